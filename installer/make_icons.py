"""Draws resources/icons/caseworker.png (256x256) and caseworker.ico (16-256 px, for the Windows
executable and its shortcuts) from caseworker.svg. Run again only when the SVG changes; the
outputs are kept in the repository so a build needs neither this script nor a display.

Uses PySide6's QSvgRenderer off-screen (no Pillow needed); the .ico is written by hand as PNG
entries, which Windows Vista and later read, so no ICO image plugin is needed either."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)  # transparent around the rounded square
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "caseworker.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 stands for 256), then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv)  # QImage text and SVG rendering want an application
    pngs = {size: render(size) for size in ICO_SIZES}
    (ICONS / "caseworker.png").write_bytes(pngs[256])
    (ICONS / "caseworker.ico").write_bytes(ico(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
