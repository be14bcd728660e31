"""Make the app icon's raster files (app.png, app.ico, app.icns) from app.svg.

A developer script, run by hand after editing app.svg (``.venv/bin/python
resources/icons/make_app_icon.py``); the outputs are committed and bundled by filing_desk.spec.
Qt renders the SVG; the ICO and ICNS containers are written here with PNG entries (ICO: Windows
Vista and later; ICNS: types ic07-ic10), so no extra image plugin or tool is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "app.svg"
PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = size % 256  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """An ICNS container: 'icns' + total length, then (type, length, PNG) per entry."""
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    sizes = {*ICO_SIZES, *(size for _, size in ICNS_TYPES), PNG_SIZE}
    pngs = {size: render_png(renderer, size) for size in sorted(sizes)}
    (HERE / "app.png").write_bytes(pngs[PNG_SIZE])
    (HERE / "app.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "app.icns").write_bytes(icns_bytes({k: pngs[s] for k, s in ICNS_TYPES}))
    del app
    print(f"wrote app.png, app.ico, app.icns in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
