#!/usr/bin/env python3
"""Makes the photo-collage letter set: letters with pasted pictures as extortion letters carry
them — grey, colour, printed as an AM halftone screen and scanned in grey, or scanned in 1-bit
(fax/document mode, pictures dithered) — text-only letters (grey and 1-bit) that must show no
photo, and letters whose only wallet is in a QR code. truth.json gives every picture's box in
page pixels and every QR wallet.

Run from the repository root: `python3 tests/data/collages/make_collages.py` (Pillow and qrcode
from PyPI; Debian fonts-dejavu-core and fonts-liberation2). Deterministic: fixed seed.
Pictures are crops of two public test images (../realscans/juditharismax.jpg, wet-day.jpg;
Leptonica licence, see ../realscans/README.md) and synthetic shapes. Wallets are public test
vectors from ../vectors.
"""
import json
import os
import random

import qrcode
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, "..", "realscans")
rnd = random.Random(5052026)
FONTS = ["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"]
SOURCES = [Image.open(os.path.join(REAL, "juditharismax.jpg")).convert("RGB"),
           Image.open(os.path.join(REAL, "wet-day.jpg")).convert("RGB")]
TEXT = ("Chúng tôi có trong tay những hình ảnh này và còn nhiều hơn nữa. Nếu anh không chuyển tiền, "
        "toàn bộ sẽ được gửi đến cơ quan và gia đình anh. Hãy suy nghĩ kỹ. ") * 3
PLAIN = ("Kính gửi các phòng ban. Đề nghị các đơn vị gửi báo cáo tổng kết năm về Văn phòng trước ngày "
         "15 tháng 12. Báo cáo gồm kết quả thực hiện nhiệm vụ, khó khăn và kiến nghị. ") * 4
V = os.path.join(HERE, "..", "vectors")
TRON = [v["address"] for v in json.load(open(os.path.join(V, "tron/tron_addresses.json")))["vectors"] if v["valid"]]
ETH = [v["address"] for v in json.load(open(os.path.join(V, "ethereum/eip55.json")))["vectors"] if v["eip55_valid"]]


def picture(w, h):
    """A crop of a real photo, or synthetic shapes, resized to w x h."""
    if rnd.random() < 0.7:
        src = rnd.choice(SOURCES)
        cw, ch = min(src.width, int(src.height * w / h)), min(src.height, int(src.width * h / w))
        x, y = rnd.randint(0, src.width - cw), rnd.randint(0, src.height - ch)
        return src.crop((x, y, x + cw, y + ch)).resize((w, h), Image.LANCZOS)
    img = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    d = ImageDraw.Draw(img)
    for _ in range(8):
        x, y, r = rnd.randint(0, w), rnd.randint(0, h), rnd.randint(w // 10, w // 3)
        d.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rnd.randint(30, 220) for _ in range(3)))
    return img.filter(ImageFilter.GaussianBlur(w / 80))


def am_screen(img, cell):
    """An amplitude-modulated halftone: a dot per cell whose size follows the tone, as a press
    prints a photo."""
    g = img.convert("L")
    out = Image.new("L", g.size, 255)
    d = ImageDraw.Draw(out)
    px = g.load()
    for y in range(0, g.height, cell):
        for x in range(0, g.width, cell):
            v = px[min(x + cell // 2, g.width - 1), min(y + cell // 2, g.height - 1)]
            r = (1 - v / 255) ** 0.5 * cell * 0.72
            if r > 0.4:
                d.ellipse([x + cell / 2 - r, y + cell / 2 - r, x + cell / 2 + r, y + cell / 2 + r], fill=0)
    return out


def letter(name, kind, photos, text, qr=None, dpi=200):
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (w, h), (250, 249, 246))
    d = ImageDraw.Draw(page)
    margin = int(0.8 * dpi)
    boxes = []
    x, y = margin, margin
    for i in range(photos):
        pw, ph = int(rnd.uniform(1.6, 2.8) * dpi), int(rnd.uniform(1.4, 2.4) * dpi)
        if x + pw > w - margin:
            x, y = margin, y + int(2.6 * dpi)
        pic = picture(pw, ph)
        if kind == "grey":
            pic = pic.convert("L").convert("RGB")
        elif kind == "am-halftone":
            pic = am_screen(pic, max(3, dpi // 50)).convert("RGB")
        page.paste(pic, (x, y))
        boxes.append([x, y, pw, ph])
        x += pw + int(0.3 * dpi)
    if photos:
        y = max(b[1] + b[3] for b in boxes) + int(0.4 * dpi)
    fnt = ImageFont.truetype(rnd.choice(FONTS), int(12 * dpi / 72))
    lh = int(12 * dpi / 72 * 1.5)
    line = ""
    for word in text.split(" "):
        if d.textlength(line + " " + word, font=fnt) > w - 2 * margin:
            d.text((margin, y), line, font=fnt, fill=(0, 0, 0))
            y, line = y + lh, word
        else:
            line = (line + " " + word).strip()
    d.text((margin, y), line, font=fnt, fill=(0, 0, 0))
    wallet = None
    if qr:
        chain, addr, uri = qr
        q = qrcode.make(uri, box_size=max(4, dpi // 40), border=4).convert("RGB")
        page.paste(q, (margin, y + 2 * lh))
        wallet = {"chain": chain, "address": addr}
    # print-and-scan look: slight blur and sensor noise (no rotation, so the boxes stay exact)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    page = ImageChops.add(page, Image.effect_noise(page.size, 3).convert("RGB"), 1.0, -128)
    if kind in ("bilevel-dither", "bilevel-text"):
        # document mode: text thresholded, pictures dithered (error diffusion)
        name += ".tif"
        grey = page.convert("L")
        out = grey.point(lambda v: 255 if v > 140 else 0).convert("1")
        for bx, by, bw, bh in boxes:
            out.paste(grey.crop((bx, by, bx + bw, by + bh)).convert("1"), (bx, by))
        out.save(os.path.join(HERE, name), compression="group4", dpi=(dpi, dpi))
    elif kind in ("grey", "grey-text", "am-halftone"):
        name += ".jpg"
        page.convert("L").save(os.path.join(HERE, name), "JPEG", quality=55, dpi=(dpi, dpi))
    else:
        name += ".jpg"
        page.save(os.path.join(HERE, name), "JPEG", quality=55, dpi=(dpi, dpi))
    return {"file": name, "kind": kind, "photos": boxes, "qr_wallet": wallet}


def main():
    for f in os.listdir(HERE):
        if f.endswith((".jpg", ".tif")):
            os.remove(os.path.join(HERE, f))
    pages = []
    n = 0
    for kind, count in (("grey", 10), ("colour", 10), ("am-halftone", 8), ("bilevel-dither", 8)):
        for _ in range(count):
            n += 1
            dpi = 300 if kind == "bilevel-dither" else 200
            pages.append(letter(f"c{n:02d}-{kind}", kind, rnd.choice([1, 2, 3]), TEXT, dpi=dpi))
    for kind in ("grey-text", "bilevel-text"):
        for _ in range(5):
            n += 1
            pages.append(letter(f"c{n:02d}-{kind}", kind, 0, PLAIN, dpi=rnd.choice([200, 300])))
    qrs = [("tron", a, f"tron:{a}?amount={rnd.randint(3, 20)}000") for a in TRON[:3]]
    qrs += [("ethereum", a, f"ethereum:{a}") for a in ETH[:2]]
    qrs += [("tron", TRON[5], TRON[5])]
    for chain, addr, uri in qrs:
        n += 1
        pages.append(letter(f"c{n:02d}-qr-wallet", "colour", 1, TEXT, qr=(chain, addr, uri)))
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Photo-collage letters; made by make_collages.py", "pages": pages}, f, indent=1)
    print(len(pages), "pages,", sum(len(p["photos"]) for p in pages), "pictures")


if __name__ == "__main__":
    main()
