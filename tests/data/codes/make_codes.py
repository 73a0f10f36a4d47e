#!/usr/bin/env python3
"""Makes courier-label scans for the barcode and tracking-number tests: an express-post
envelope label with a Code 128 barcode of a UPU S10 tracking number (printed below it too), and
a private courier's label with a Code 39 reference that is not S10. Degraded like an office scan.

Run from the repository root: `python3 tests/data/codes/make_codes.py` (Pillow and
python-barcode 0.15.1 from PyPI; Debian fonts-dejavu-core). The numbers are made up; the S10
check digit is computed as the UPU standard says.
"""
import os

import barcode
from barcode.writer import ImageWriter
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def s10(service, serial, country):
    s = sum(int(d) * w for d, w in zip(serial, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{service}{serial}{c}{country}"


def code(kind, text, module_px):
    w = ImageWriter()
    opts = {"add_checksum": False} if kind == "code39" else {}
    img = barcode.get_barcode_class(kind)(text, writer=w, **opts).render(
        {"module_width": module_px / 10.0, "module_height": 12.0, "dpi": 254, "write_text": False, "quiet_zone": 4})
    return img.convert("L")


def envelope(name, lines, kind, payload, dpi=200, angle=0.4):
    img = Image.new("L", (int(9.0 * dpi), int(4.3 * dpi)), 236)
    d = ImageDraw.Draw(img)
    x, y = int(0.4 * dpi), int(0.4 * dpi)
    d.rectangle([x - 10, y - 10, x + int(3.8 * dpi), y + int(2.6 * dpi)], fill=255, outline=0, width=3)
    for text, pt, f in lines:
        d.text((x, y), text, font=ImageFont.truetype(f, int(pt * dpi / 72)), fill=0)
        y += int(pt * dpi / 72 * 1.5)
    bc = code(kind, payload, 2.5)
    img.paste(bc, (x, y))
    y += bc.height + 6
    d.text((x, y), payload, font=ImageFont.truetype(FONT, int(11 * dpi / 72)), fill=0)
    d.text((int(4.6 * dpi), int(2.2 * dpi)), "Kính gửi: Ông Nguyễn Văn Hùng", font=ImageFont.truetype(FONT, int(14 * dpi / 72)), fill=0)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=236)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img = ImageChops.add(img, Image.effect_noise(img.size, 4), 1.0, -128)
    img.save(os.path.join(HERE, name), "JPEG", quality=75, dpi=(dpi, dpi))


if __name__ == "__main__":
    ems = s10("EE", "12345678", "VN")
    envelope("ems-label.jpg", [("CHUYỂN PHÁT NHANH EMS", 16, BOLD), ("Bưu cục gửi: Hà Nội", 11, FONT)], "code128", ems)
    envelope("courier-label.jpg", [("GIAO HÀNG NHANH", 16, BOLD), ("Mã đơn hàng", 11, FONT)], "code39", "GHN2611ZX8",
             angle=-0.6)
    print(ems)
