#!/usr/bin/env python3
"""Makes the degraded-scan wallet set: letters (Vietnamese and English) that print one wallet
address each, in several fonts and layouts, degraded like office scans, with truth.json naming
the address each page prints. Used by tests/integration/wallet_scans.rs and bench/run.sh.

Run from the repository root: `python3 tests/data/wallet-scans/make_wallet_scans.py` (Pillow
from PyPI; Debian fonts-dejavu-core and fonts-liberation2). Deterministic: a fixed seed.
Addresses are public test vectors from ../vectors (see its README for provenance).
"""
import io
import json
import os
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
V = os.path.join(HERE, "..", "vectors")
rnd = random.Random(20261128)

FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
]


def load(rel):
    with open(os.path.join(V, rel), encoding="utf-8") as f:
        return json.load(f)


def addresses():
    tron = [v["address"] for v in load("tron/tron_addresses.json")["vectors"] if v["valid"]]
    btc = [x[0] for x in load("bitcoin-core/key_io_valid.json") if x[2]["chain"] == "main" and not x[2]["isPrivkey"] and len(x[0]) >= 26]
    ltc = [x[0] for x in load("litecoin-core/key_io_valid.json") if x[2]["chain"] == "main" and not x[2]["isPrivkey"] and len(x[0]) >= 26]
    eth = [v["address"] for v in load("ethereum/eip55.json")["vectors"] if v["eip55_valid"]]
    bch = [v["cashaddr"] for v in load("bitcoincash/cashaddr.json")["legacy_translation"]]
    xmr = [v["address"] for v in load("monero/monero_addresses.json")["vectors"] if v["valid"] and v["network"] == "mainnet" and v["length"] == 95]
    rnd.shuffle(tron)
    picks = [("tron", a, "USDT (TRC20)") for a in tron[:20]]
    picks += [("ethereum", a, "USDT (ERC20)") for a in eth[:8]]
    picks += [("bitcoin", a, "BTC") for a in btc[:8]]
    picks += [("litecoin", a, "LTC") for a in ltc[:3]]
    picks += [("bitcoincash", a, "BCH") for a in bch[:3]]
    picks += [("monero", a, "XMR") for a in xmr[:4]]
    return picks


VI = [
    "Tôi có hình ảnh nhạy cảm của anh. Hãy chuyển tiền vào ví sau trong vòng 48 giờ.",
    "Nếu ông không muốn hình ảnh bị phát tán, hãy thanh toán vào địa chỉ ví dưới đây.",
    "Chuyen khoan ngay vao vi duoi day, neu khong chung toi se gui anh cho dong nghiep.",
]
EN = [
    "I have compromising pictures of you. Pay to the wallet below within 48 hours.",
    "Send the payment to this address or the photos go to your colleagues.",
]


def render(idx, chain, addr, asset):
    dpi = rnd.choice([200, 200, 300])
    w, h = int(8.27 * dpi), int(5.5 * dpi)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    fpath = rnd.choice(FONTS)
    pt = rnd.choice([10, 11, 12, 13])
    font = ImageFont.truetype(fpath, int(pt * dpi / 72))
    lh = int(pt * dpi / 72 * 1.5)
    x, y = int(0.8 * dpi), int(0.7 * dpi)
    vi = idx % 2 == 0
    body = rnd.choice(VI if vi else EN)
    d.text((x, y), body, font=font, fill=0)
    y += 2 * lh
    label = ("Ví " if vi else "Wallet ") + asset + ":"
    layout = rnd.choice(["inline", "own-line", "grouped", "split"] if len(addr) > 30 else ["inline", "own-line"])
    if chain == "monero":
        layout = "split"
    if layout == "inline":
        d.text((x, y), f"{label} {addr}", font=font, fill=0)
    elif layout == "own-line":
        d.text((x, y), label, font=font, fill=0)
        d.text((x + int(0.3 * dpi), y + lh), addr, font=font, fill=0)
    elif layout == "grouped":
        d.text((x, y), label, font=font, fill=0)
        d.text((x + int(0.3 * dpi), y + lh), " ".join(addr[i:i + 4] for i in range(0, len(addr), 4)), font=font, fill=0)
    else:
        half = (len(addr) + 1) // 2
        d.text((x, y), label, font=font, fill=0)
        d.text((x + int(0.3 * dpi), y + lh), addr[:half], font=font, fill=0)
        d.text((x + int(0.3 * dpi), y + 2 * lh), addr[half:], font=font, fill=0)
    y += 4 * lh
    d.text((x, y), "Liên hệ: hotro.bimat@proton.me" if vi else "Contact: quiet.deal@proton.me", font=font, fill=0)
    # degradation: skew, blur, sensor noise, JPEG
    angle = rnd.uniform(-1.2, 1.2)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.3, 0.9)))
    noise = Image.effect_noise(img.size, rnd.uniform(3, 7)).point(lambda v: max(0, min(255, 128 + (v - 128))))
    img = ImageChops.add(img, noise, scale=1.0, offset=-128)
    name = f"w{idx:02d}-{chain}-{layout}"
    if rnd.random() < 0.85:
        name += ".jpg"
        img.save(os.path.join(HERE, name), "JPEG", quality=rnd.choice([60, 70, 75, 85]), dpi=(dpi, dpi))
    else:
        name += ".png"
        img.save(os.path.join(HERE, name), dpi=(dpi, dpi), optimize=True)
    return {"file": name, "chain": chain, "address": addr, "layout": layout, "dpi": dpi,
            "font": os.path.basename(fpath), "pt": pt, "angle": round(angle, 2), "language": "vi" if vi else "en"}


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith((".jpg", ".png")):
            os.remove(os.path.join(HERE, f))
    truth = [render(i, *a) for i, a in enumerate(addresses())]
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"_about": "One wallet per page; see make_wallet_scans.py.", "pages": truth}, f, ensure_ascii=False, indent=1)
        f.write("\n")
