#!/usr/bin/env python3
"""Makes the sample mail items in this folder and their expected results (expected.json).

Run from the repository root: `python3 samples/make_samples.py` (needs Pillow and qrcode from
PyPI, and the Debian fonts fonts-dejavu-core and fonts-liberation2). The output is committed, so
nobody needs to run this to use or test mailscreen; it exists so that every sample can be
re-made and every expectation traced to the text that was printed.

Each letter is typeset on an A4 page at 200 or 300 dpi, with a synthetic continuous-tone
"photo" where the letter has one, then degraded like a real office scan (small rotation, blur,
sensor noise, JPEG compression) so that OCR meets the errors it meets in a mailroom. Wallet
addresses are public test-vector addresses (see ../tests/data/vectors/README.md); e-mail
addresses are invented. Nothing here depicts a real person.
"""
import io
import json
import math
import os
import random

import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "liberation": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "liberation-sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
}

TRON_1 = "TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM"
TRON_2 = "TLsV52sRDL79HXGGm9yzwKibb6BeruhUzy"
TRON_3 = "THKJYuUmMKKARNf7s2VT51g5uPY6KEqnat"
TRON_NEWS = "TVDmPWGYxgi5DNeW8hXrzrhY8Y6zgxPNg4"
ETH_1 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
BTC_BECH32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
BTC_P2PKH = "1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"


def font(name, pt, dpi):
    return ImageFont.truetype(FONTS[name], int(pt * dpi / 72))


def page(dpi):
    return Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)


def wrap(draw, text, fnt, width):
    lines = []
    for para in text.split("\n"):
        words, line = para.split(" "), ""
        for w in words:
            trial = (line + " " + w).strip()
            if draw.textlength(trial, font=fnt) <= width:
                line = trial
            else:
                lines.append(line)
                line = w
        lines.append(line)
    return lines


def typeset(img, blocks, dpi, top=None):
    """Draws blocks of (kind, text, font, pt); returns the y after the last block."""
    d = ImageDraw.Draw(img)
    margin = int(0.9 * dpi)
    y = top if top is not None else int(0.9 * dpi)
    width = img.width - 2 * margin
    for kind, text, fname, pt in blocks:
        fnt = font(fname, pt, dpi)
        lh = int(pt * dpi / 72 * 1.45)
        if kind == "gap":
            y += int(pt * dpi / 72)
            continue
        for line in wrap(d, text, fnt, width):
            x = margin
            if kind == "center":
                x = (img.width - d.textlength(line, font=fnt)) / 2
            elif kind == "indent":
                x = margin + int(0.4 * dpi)
            d.text((x, y), line, font=fnt, fill=0)
            y += lh
    return y


def photo(w, h, seed, colour=False):
    """A synthetic continuous-tone portrait-like picture: background gradient, a shaded head and
    shoulders, texture. Not a real person."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h))
    px = img.load()
    cx, cy = w * rnd.uniform(0.4, 0.6), h * 0.38
    rx, ry = w * 0.17, h * 0.24
    for y in range(h):
        for x in range(w):
            g = 90 + 100 * y / h + 25 * math.sin(x / 37.0 + seed)
            r, gg, b = g * 0.9, g * 0.85, g * 1.05
            dx, dy = (x - cx) / rx, (y - cy) / ry
            d2 = dx * dx + dy * dy
            if d2 < 1:
                shade = 1 - 0.45 * d2 - 0.2 * dx
                r, gg, b = 215 * shade, 175 * shade, 150 * shade
            elif y > cy + ry * 0.8 and abs(x - cx) < w * 0.32 * min(1, (y - cy - ry * 0.8) / (h * 0.15) + 0.4):
                r, gg, b = 60 + 40 * math.sin(y / 9.0), 50, 70
            n = rnd.gauss(0, 9)
            px[x, y] = (int(max(0, min(255, r + n))), int(max(0, min(255, gg + n))), int(max(0, min(255, b + n))))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    return img if colour else img.convert("L")


def paste_photo(img, ph, x, y):
    if img.mode == "L" and ph.mode != "L":
        ph = ph.convert("L")
    img.paste(ph, (x, y))
    ImageDraw.Draw(img).rectangle([x - 2, y - 2, x + ph.width + 1, y + ph.height + 1], outline=40, width=2)


def degrade(img, seed, angle=0.0, blur=0.6, noise=6.0):
    rnd = random.Random(seed)
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255 if img.mode == "L" else (255, 255, 255))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        n = Image.effect_noise(img.size, noise)
        if img.mode == "L":
            img = Image.blend(img, Image.eval(n, lambda v: v), 0.0)  # keep size/mode
            img = Image.eval(img, lambda v: v)
            px, npx = img.load(), n.load()
            for y in range(0, img.height):
                for x in range(0, img.width):
                    v = px[x, y] + (npx[x, y] - 128) * noise / 40.0
                    px[x, y] = int(max(0, min(255, v)))
    return img


def save(img, name, dpi, jpeg_quality=None):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if jpeg_quality:
        img.convert("L" if img.mode == "L" else "RGB").save(path, "JPEG", quality=jpeg_quality, dpi=(dpi, dpi))
    else:
        img.save(path, dpi=(dpi, dpi), optimize=True)


EXPECTED = []


def expect(item, flagged, made, wallets=(), emails=(), photos=0, categories=(), codes=(), messengers=()):
    EXPECTED.append({
        "item": item,
        "flagged": flagged,
        "wallets": [{"chain": c, "address": a, "via": v} for c, a, v in wallets],
        "emails": list(emails),
        "messengers": [{"service": s, "handle": h} for s, h in messengers],
        "min_photos": photos,
        "categories": list(categories),
        "codes": list(codes),
        "made": made,
    })


def vn_letter_01():
    dpi = 200
    img = page(dpi)
    y = typeset(img, [
        ("text", "Gửi anh Nguyễn Văn Hùng,", "sans", 12),
        ("gap", "", "sans", 8),
        ("text", "Tôi là người đã theo dõi anh suốt ba tháng qua. Tôi có trong tay nhiều hình ảnh nhạy cảm và "
                 "clip quan hệ bất chính của anh (ảnh in kèm bên dưới chỉ là một phần).", "sans", 12),
        ("gap", "", "sans", 8),
        ("text", "Nếu anh không muốn những hình ảnh này bị phát tán đến cơ quan, gửi cho đồng nghiệp, vợ con "
                 "và đăng lên mạng xã hội, anh phải chuyển 30.000 USDT vào ví điện tử sau:", "sans", 12),
        ("gap", "", "sans", 6),
        ("indent", "Mạng: USDT (TRC20)", "sans", 12),
        ("indent", "Địa chỉ ví: " + TRON_1, "sans", 12),
        ("gap", "", "sans", 6),
        ("text", "Sau khi chuyển, liên hệ qua email: hoangtu.bimat88@proton.me để nhận lại toàn bộ dữ liệu. "
                 "Thời hạn: trong vòng 72 giờ kể từ khi nhận được thư này.", "sans", 12),
        ("text", "Đừng báo công an, nếu báo công an thì anh sẽ mất tất cả.", "sans", 12),
    ], dpi)
    paste_photo(img, photo(560, 420, 1), int(0.9 * dpi), y + 40)
    paste_photo(img, photo(420, 420, 2), int(0.9 * dpi) + 620, y + 40)
    img = degrade(img, 1, angle=0.4, blur=0.5, noise=5)
    save(img, "vn-letter-01.png", dpi)
    expect("vn-letter-01.png", True, "Vietnamese with diacritics, TRON USDT-TRC20 wallet labelled, e-mail, two pasted photos; 200 dpi PNG, 0.4 degree skew, blur, noise",
           wallets=[("tron", TRON_1, "text")], emails=["hoangtu.bimat88@proton.me"], photos=1,
           categories=["payment", "exposure", "compromising", "secrecy", "deadline"])


def vn_letter_02():
    dpi = 200
    img = page(dpi)
    typeset(img, [
        ("text", "Chao ong Tran Quoc Bao,", "liberation", 13),
        ("gap", "", "sans", 8),
        ("text", "Chung toi co hinh anh nhay cam cua ong voi mot phu nu tai khach san. Neu ong khong chuyen "
                 "20.000 USDT (ERC20) vao vi duoi day trong vong 48 gio, chung toi se gui toan bo hinh anh "
                 "cho lanh dao co quan, dong nghiep va gia dinh ong.", "liberation", 13),
        ("gap", "", "sans", 8),
        ("text", "Vi USDT ERC20: " + ETH_1, "liberation", 13),
        ("text", "Lien he: dichvu.xoaanh@tutanota.com", "liberation", 13),
        ("gap", "", "sans", 8),
        ("text", "Khong bao cong an. Day la lan cuoi chung toi lien lac.", "liberation", 13),
    ], dpi)
    img = degrade(img, 2, angle=-0.8, blur=0.7, noise=7)
    save(img, "vn-letter-02-nodiacritics.jpg", dpi, jpeg_quality=70)
    expect("vn-letter-02-nodiacritics.jpg", True, "Vietnamese without diacritics, Ethereum (USDT-ERC20) EIP-55 wallet, e-mail; 200 dpi JPEG q70, -0.8 degree skew, blur, noise",
           wallets=[("ethereum", ETH_1, "text")], emails=["dichvu.xoaanh@tutanota.com"],
           categories=["payment", "exposure", "compromising", "secrecy", "deadline"])


def vn_case_03():
    dpi = 200
    env = Image.new("L", (int(9.0 * dpi), int(4.3 * dpi)), 238)
    d = ImageDraw.Draw(env)
    d.text((int(0.5 * dpi), int(0.4 * dpi)), "MẬT - KHẨN", font=font("sans-bold", 22, dpi), fill=0)
    d.text((int(0.5 * dpi), int(0.9 * dpi)), "Chỉ người nhận mở", font=font("sans", 12, dpi), fill=0)
    d.text((int(3.6 * dpi), int(2.0 * dpi)), "Kính gửi: Đồng chí Lê Minh Tuấn", font=font("serif", 14, dpi), fill=0)
    d.text((int(3.6 * dpi), int(2.45 * dpi)), "Phó Giám đốc Sở Tài nguyên và Môi trường", font=font("serif", 12, dpi), fill=0)
    d.rectangle([int(0.5 * dpi), int(2.9 * dpi), int(3.2 * dpi), int(3.9 * dpi)], outline=0, width=4)
    d.text((int(0.65 * dpi), int(3.0 * dpi)), "CHUYỂN PHÁT NHANH", font=font("sans-bold", 11, dpi), fill=0)
    d.text((int(0.65 * dpi), int(3.4 * dpi)), "Mã vận đơn: EB482913067VN", font=font("mono", 10, dpi), fill=0)
    env = degrade(env, 30, angle=0.3, blur=0.5, noise=5)
    save(env, "vn-case-03/1-envelope.png", dpi)
    p1 = page(dpi)
    typeset(p1, [
        ("text", "Thưa đồng chí,", "serif", 12),
        ("gap", "", "sans", 8),
        ("text", "Chúng tôi biết rõ đồng chí đã làm gì. Những hình ảnh khỏa thân của đồng chí đang nằm trong tay "
                 "chúng tôi (xem trang sau). Chúng tôi sẽ gửi cho lãnh đạo cơ quan và tung lên mạng nếu đồng chí "
                 "không thanh toán 0,5 BTC vào địa chỉ ví Bitcoin dưới đây trong vòng 5 ngày.", "serif", 12),
        ("gap", "", "sans", 6),
        ("indent", "BTC: " + BTC_BECH32, "mono", 11),
        ("gap", "", "sans", 6),
        ("text", "Mọi liên lạc qua email: thamtu.kin@proton.me. Giữ bí mật, không được báo cho ai.", "serif", 12),
    ], dpi)
    p1 = degrade(p1, 31, angle=0.2, blur=0.5, noise=5)
    save(p1, "vn-case-03/2-letter.png", dpi)
    p2 = page(dpi)
    paste_photo(p2, photo(900, 700, 7, colour=True), int(1.0 * dpi), int(1.2 * dpi))
    typeset(p2, [("center", "Đây mới là một phần. Còn nhiều hơn nữa.", "serif", 12)], dpi, top=int(1.2 * dpi) + 760)
    p2 = degrade(p2, 32, angle=-0.3, blur=0.5, noise=5)
    save(p2, "vn-case-03/3-photos.png", dpi)
    expect("vn-case-03", True, "folder item: envelope (MẬT - KHẨN, addressed to an official by title, courier label, no sender), letter with bech32 BTC wallet and e-mail, photo page",
           wallets=[("bitcoin", BTC_BECH32, "text")], emails=["thamtu.kin@proton.me"], photos=1,
           categories=["payment", "exposure", "compromising", "secrecy", "envelope"])


def en_letter_04():
    dpi = 300
    img = page(dpi)
    typeset(img, [
        ("text", "Dear Mr. Pham,", "liberation", 12),
        ("gap", "", "sans", 8),
        ("text", "I have been watching you for a while. I have explicit photos and a sex video of you, and I know "
                 "where you work. You must pay 0.3 BTC to the wallet below within 72 hours.", "liberation", 12),
        ("gap", "", "sans", 6),
        ("indent", "Bitcoin wallet: " + BTC_P2PKH, "liberation", 12),
        ("gap", "", "sans", 6),
        ("text", "If you do not pay, I will send the pictures to your colleagues, your family and post them on "
                 "social media. Write to securedeal77@protonmail.com when you have paid. Do not contact the police.",
         "liberation", 12),
    ], dpi)
    img = degrade(img, 4, angle=0.6, blur=0.8, noise=6)
    save(img, "en-letter-04.png", dpi)
    expect("en-letter-04.png", True, "English, Bitcoin P2PKH wallet, e-mail; 300 dpi PNG, 0.6 degree skew, blur, noise",
           wallets=[("bitcoin", BTC_P2PKH, "text")], emails=["securedeal77@protonmail.com"],
           categories=["payment", "exposure", "compromising", "secrecy", "deadline"])


def vn_letter_05_tiff():
    dpi = 200
    p1 = page(dpi)
    typeset(p1, [
        ("text", "Kính gửi ông Đỗ Văn Nam,", "sans", 12),
        ("gap", "", "sans", 8),
        ("text", "Chúng tôi đang giữ các video nhạy cảm của ông. Ông phải chuyển 15.000 USDT (TRC20) bằng cách "
                 "quét mã QR ở trang 2. Nếu ông không chuyển tiền trong vòng 3 ngày, chúng tôi sẽ phát tán video "
                 "cho gia đình và đồng nghiệp của ông.", "sans", 12),
        ("text", "Đừng báo công an.", "sans", 12),
    ], dpi)
    p2 = page(dpi)
    qr = qrcode.make("tron:" + TRON_2 + "?amount=15000", box_size=8, border=4).convert("L")
    p2.paste(qr, (int(2.5 * dpi), int(2.0 * dpi)))
    typeset(p2, [("center", "Quét mã để chuyển USDT. Liên hệ: nguoigiu.anh@tutanota.com", "sans", 11)], dpi, top=int(2.0 * dpi) + qr.height + 60)
    p1 = degrade(p1, 51, angle=0.3, blur=0.5, noise=4)
    p2 = degrade(p2, 52, angle=0.0, blur=0.4, noise=4)
    path = os.path.join(HERE, "vn-letter-05-multipage.tif")
    p1.save(path, save_all=True, append_images=[p2], compression="tiff_deflate", dpi=(dpi, dpi))
    expect("vn-letter-05-multipage.tif", True, "two-page TIFF (deflate): threat on page 0, QR code with a tron: payment URI and an e-mail on page 1",
           wallets=[("tron", TRON_2, "qr")], emails=["nguoigiu.anh@tutanota.com"],
           categories=["payment", "exposure", "compromising", "secrecy"], codes=["qr"])


def vn_letter_06_grouped():
    dpi = 200
    img = page(dpi)
    grouped = " ".join(TRON_3[i:i + 4] for i in range(0, len(TRON_3), 4))
    typeset(img, [
        ("text", "Anh Hùng,", "serif", 12),
        ("gap", "", "sans", 8),
        ("text", "Đây là lần thứ hai tôi viết thư cho anh. Anh đã chuyển lần đầu, nhưng số tiền đó chưa đủ. "
                 "Tôi vẫn giữ ảnh nóng của anh. Anh phải chuyển thêm 10.000 USDT, nếu không tôi sẽ gửi cho vợ anh "
                 "và đồng nghiệp.", "serif", 12),
        ("gap", "", "sans", 6),
        ("indent", "Ví USDT-TRC20:", "serif", 12),
        ("indent", grouped, "mono", 12),
        ("gap", "", "sans", 6),
        ("text", "Nhắn tin qua Telegram @nguoiquen_2024 hoặc email nguoiquen2024@proton.me.", "serif", 12),
    ], dpi)
    img = degrade(img, 6, angle=-0.5, blur=0.6, noise=6)
    save(img, "vn-letter-06-grouped.png", dpi)
    expect("vn-letter-06-grouped.png", True, "follow-up demand (second letter), TRON wallet printed in groups of four in a monospace font, e-mail and Telegram",
           wallets=[("tron", TRON_3, "text")], emails=["nguoiquen2024@proton.me"],
           messengers=[("telegram", "@nguoiquen_2024")],
           categories=["payment", "exposure", "compromising", "repeat"])


def benign():
    dpi = 200
    img = page(dpi)
    typeset(img, [
        ("center", "CÔNG AN TỈNH BÌNH DƯƠNG", "serif-bold", 13),
        ("center", "THÔNG BÁO", "serif-bold", 14),
        ("center", "Về thủ đoạn gửi thư đe dọa, tống tiền cán bộ công chức", "serif", 12),
        ("gap", "", "sans", 8),
        ("text", "Thời gian gần đây, các đối tượng lừa đảo gửi thư qua đường bưu điện đến cơ quan, nhà riêng của "
                 "cán bộ công chức. Trong thư có ảnh ghép nhạy cảm, đe dọa phát tán cho đồng nghiệp, gia đình và "
                 "mạng xã hội nếu không chuyển tiền (thường là USDT) vào ví điện tử hoặc liên hệ qua email.", "serif", 12),
        ("gap", "", "sans", 6),
        ("text", "Công an tỉnh khuyến cáo: cảnh giác, tuyệt đối không chuyển tiền, không làm theo yêu cầu của đối "
                 "tượng; giữ nguyên thư và phong bì, trình báo ngay cho cơ quan Công an gần nhất.", "serif", 12),
    ], dpi)
    save(degrade(img, 7, angle=0.3, blur=0.5, noise=5), "warning-notice-police.png", dpi)
    expect("warning-notice-police.png", False, "hard negative: a police notice warning staff about exactly this scam (photos, exposure, USDT, e-mail), no wallet",
           categories=["warning"])

    img = page(300)
    typeset(img, [
        ("text", "IT Security Notice - please read", "liberation-sans", 14),
        ("gap", "", "sans", 8),
        ("text", "Several colleagues have received letters by post claiming to hold explicit photos and demanding "
                 "payment in Bitcoin or USDT within 48 hours. This is a scam. Do not pay, do not reply to the "
                 "e-mail address in the letter, and report it to the security office. The criminals rely on "
                 "fear; beware of follow-up letters.", "liberation-sans", 12),
    ], 300)
    save(degrade(img, 8, angle=-0.2, blur=0.6, noise=5), "warning-notice-it.png", 300)
    expect("warning-notice-it.png", False, "hard negative: English IT-security notice about sextortion letters", categories=["warning"])

    img = page(dpi)
    typeset(img, [
        ("center", "NGÂN HÀNG TMCP AN PHÚ - CHI NHÁNH HÀ ĐÔNG", "sans-bold", 12),
        ("center", "THÔNG BÁO NỢ QUÁ HẠN (lần 2)", "sans-bold", 13),
        ("gap", "", "sans", 8),
        ("text", "Kính gửi ông Vũ Đức Thắng. Theo hợp đồng tín dụng số 2291/HĐTD, khoản vay của ông đã quá hạn 45 "
                 "ngày. Đề nghị ông thanh toán số tiền 48.250.000 đồng vào tài khoản 1029 3847 561 tại ngân hàng "
                 "trong vòng 15 ngày kể từ ngày nhận thông báo này. Nếu ông không thanh toán, chúng tôi sẽ chuyển "
                 "hồ sơ đến Tòa án nhân dân quận Hà Đông để giải quyết theo quy định của pháp luật.", "sans", 12),
    ], dpi)
    save(degrade(img, 9, angle=0.5, blur=0.5, noise=5), "legal-demand.png", dpi)
    expect("legal-demand.png", False, "hard negative: bank's overdue-loan demand with deadline and legal consequences",
           categories=["payment", "deadline"])

    img = page(dpi)
    typeset(img, [
        ("center", "BẢN TIN TIỀN ĐIỆN TỬ - Số 12/2026", "sans-bold", 13),
        ("gap", "", "sans", 8),
        ("text", "Tuần qua, giá Bitcoin (BTC) dao động quanh 95.000 USD. Đồng USDT trên mạng TRC20 tiếp tục chiếm "
                 "phần lớn khối lượng giao dịch tại châu Á vì phí thấp. Nhà đầu tư nên dùng ví điện tử có bảo mật "
                 "hai lớp và kiểm tra kỹ địa chỉ ví trước khi giao dịch.", "sans", 12),
        ("gap", "", "sans", 6),
        ("text", "Ủng hộ bản tin (USDT TRC20): " + TRON_NEWS, "sans", 11),
    ], dpi)
    save(degrade(img, 10, angle=-0.4, blur=0.5, noise=5), "crypto-newsletter.png", dpi)
    expect("crypto-newsletter.png", False, "hard negative: crypto newsletter with a donation wallet (a wallet alone is weak evidence)",
           wallets=[("tron", TRON_NEWS, "text")], categories=["crypto"])

    img = page(dpi)
    typeset(img, [
        ("text", "INVOICE No. 2026-0418", "liberation-sans", 14),
        ("text", "Saigon Office Supplies Co., Ltd. - 12 Le Loi, District 1, Ho Chi Minh City", "liberation-sans", 11),
        ("gap", "", "sans", 8),
        ("text", "Bill to: Department of Planning and Investment", "liberation-sans", 11),
        ("text", "A4 paper, 80 gsm, 50 reams ........ 3,750,000 VND", "liberation-sans", 11),
        ("text", "Toner cartridges, 6 units ......... 7,200,000 VND", "liberation-sans", 11),
        ("text", "Total due: 10,950,000 VND. Payment by bank transfer within 30 days. Questions: accounts@sos-supplies.vn",
         "liberation-sans", 11),
    ], dpi)
    save(degrade(img, 11, angle=0.2, blur=0.5, noise=4), "invoice.png", dpi)
    expect("invoice.png", False, "benign: supplier invoice with payment terms and an e-mail", emails=["accounts@sos-supplies.vn"])

    img = page(dpi)
    typeset(img, [
        ("text", "Con chào bố mẹ,", "serif", 13),
        ("gap", "", "sans", 8),
        ("text", "Dạo này ở cơ quan con bận lắm, các đồng nghiệp mới đều rất tốt. Con gửi kèm ảnh cả nhà chụp "
                 "hôm Tết để bố mẹ xem. Cuối tháng con sẽ chuyển tiền về để bố sửa lại mái nhà. Bố mẹ giữ gìn "
                 "sức khỏe nhé.", "serif", 13),
        ("text", "Con, Minh Anh", "serif", 13),
    ], dpi)
    paste_photo(img, photo(700, 500, 12), int(1.2 * dpi), int(4.5 * dpi))
    save(degrade(img, 12, angle=-0.3, blur=0.5, noise=5), "personal-letter.png", dpi)
    expect("personal-letter.png", False, "benign: personal letter with a family photo, mentions colleagues and sending money home", photos=1)

    env = Image.new("L", (int(9.0 * dpi), int(4.3 * dpi)), 240)
    d = ImageDraw.Draw(env)
    d.text((int(0.5 * dpi), int(0.4 * dpi)), "CỤC THUẾ TỈNH BẮC NINH", font=font("sans-bold", 13, dpi), fill=0)
    d.text((int(0.5 * dpi), int(0.75 * dpi)), "Số 10 Lý Thái Tổ, TP. Bắc Ninh", font=font("sans", 11, dpi), fill=0)
    d.text((int(3.6 * dpi), int(2.2 * dpi)), "Kính gửi: Công ty TNHH Minh Phát", font=font("serif", 13, dpi), fill=0)
    save(degrade(env, 13, angle=0.2, blur=0.5, noise=4), "tax-office/1-envelope.png", dpi)
    p = page(dpi)
    typeset(p, [
        ("center", "THÔNG BÁO", "serif-bold", 13),
        ("text", "Về việc nộp hồ sơ khai thuế quý IV năm 2026. Đề nghị công ty nộp hồ sơ trước ngày 31/01/2027 "
                 "qua cổng thuế điện tử. Mọi vướng mắc xin liên hệ phòng Tuyên truyền - Hỗ trợ người nộp thuế.", "serif", 12),
    ], dpi)
    save(degrade(p, 14, angle=-0.2, blur=0.5, noise=4), "tax-office/2-letter.png", dpi)
    expect("tax-office", False, "benign folder item: tax office envelope with sender, and a filing reminder with a deadline",
           categories=["deadline"])


if __name__ == "__main__":
    vn_letter_01()
    vn_letter_02()
    vn_case_03()
    en_letter_04()
    vn_letter_05_tiff()
    vn_letter_06_grouped()
    benign()
    EXPECTED.sort(key=lambda e: e["item"])
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"_about": "What each sample item must produce; see README.md. Checked by tests/integration.rs.",
                   "items": EXPECTED}, f, ensure_ascii=False, indent=1)
        f.write("\n")
