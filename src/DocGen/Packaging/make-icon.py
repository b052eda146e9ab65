#!/usr/bin/env python3
"""Writes icon.png, the package's 128x128 icon: a sheet of paper with text lines and a folded corner on a dark
blue ground, drawn pixel by pixel with the standard library only, so the same script always gives the same bytes.
Run it from anywhere: python3 src/DocGen/Packaging/make-icon.py"""
import os
import struct
import zlib

SIZE = 128
GROUND = (28, 53, 92)
PAPER = (244, 238, 222)
FOLD = (205, 196, 172)
INK = (70, 70, 80)
MARK = (176, 58, 46)


def colour(x, y):
    left, top, right, bottom, fold = 30, 16, 98, 112, 22
    if not (left <= x < right and top <= y < bottom):
        return GROUND
    # The folded top-right corner: the cut-off triangle shows the ground, the flap below it a darker paper.
    dx, dy = x - (right - fold), y - top
    if dx >= 0 and dy < fold:
        if dx > dy:
            return GROUND
        return FOLD
    # A bold date line, then lines of text of varying lengths.
    if 32 <= y < 38 and 40 <= x < 70:
        return MARK
    for row, length in enumerate((48, 44, 48, 36, 48, 40, 28)):
        line = 48 + row * 8
        if line <= y < line + 3 and 40 <= x < 40 + length:
            return INK
    return PAPER


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png():
    rows = b"".join(b"\x00" + bytes(v for x in range(SIZE) for v in colour(x, y)) for y in range(SIZE))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as file:
        file.write(png())
