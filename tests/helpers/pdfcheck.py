"""Reading rendered PDFs back in tests (forms, print): text (whitespace-free), embedded fonts."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

SPACE = re.compile(r"\s+")


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def compact(text: str) -> str:
    """Text without whitespace: wrapped lines and cell breaks do not matter."""
    return SPACE.sub("", text)


def all_text(pdf: bytes) -> str:
    return compact("".join(page_texts(pdf)))


def _embedded(descriptor: object) -> bool:
    if not isinstance(descriptor, DictionaryObject):
        return False
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Names of fonts used on any page that carry no embedded font program."""
    missing = []
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font", {}) if resources else {}
        for name, ref in fonts.get_object().items():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            if not _embedded(descriptor.get_object() if descriptor else None):
                missing.append(f"{name} {font.get('/BaseFont')}")
    return missing
