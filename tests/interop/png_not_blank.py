#!/usr/bin/python3
"""Exits 0 when the PNG screenshot given holds more than 20 colours (not blank), else 1.

Usage: /usr/bin/python3 png_not_blank.py FILE.png
"""
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, header = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
width, height, depth, colour = header[:4]
channels = {2: 3, 6: 4}[colour]
assert depth == 8, "unexpected bit depth"
raw = zlib.decompress(idat)
stride = width * channels
rows, previous, colours = [], bytearray(stride), set()
for y in range(height):
    kind = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        left = line[x - channels] if x >= channels else 0
        up = previous[x]
        corner = previous[x - channels] if x >= channels else 0
        if kind == 1: line[x] = (line[x] + left) & 255
        elif kind == 2: line[x] = (line[x] + up) & 255
        elif kind == 3: line[x] = (line[x] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    previous = line
    if y % 7 == 0:
        for x in range(0, stride, channels * 5):
            colours.add(bytes(line[x:x + 3]))
    if len(colours) > 20:
        break
sys.exit(0 if len(colours) > 20 else 1)
