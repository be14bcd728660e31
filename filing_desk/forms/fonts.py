"""The bundled CJK font (WenQuanYi Micro Hei), registered with ReportLab once, on first use.

No Qt. ReportLab subsets and embeds it in every PDF, so forms print the same everywhere.
``resources_dir()`` finds ``resources/`` in the source tree or in a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


@cache
def register_font() -> str:
    """Register the font (first call only) and return its ReportLab name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=0))
    # The font has no bold or italic face: <b> and <i> in paragraphs map to the same face.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
