#!/usr/bin/env python3
"""Makes the labelled threat-language letter set: extortion letters in many phrasings
(Vietnamese with and without diacritics, English) and benign letters, with the hard negatives a
mailroom really receives (police and IT scam warnings, a newspaper report of a case, legal and
debt demands, crypto newsletters and exchange notices, bank notices) and ordinary mail
(invoices, personal letters, invitations, memos). truth.json labels every page.

Used by tests/integration/threat_eval.rs (recall and false-positive rate) and bench/run.sh.

Run from the repository root: `python3 tests/data/threat-letters/make_threat_letters.py`
(Pillow from PyPI; Debian fonts-dejavu-core and fonts-liberation2). Deterministic: fixed seed.
Each letter is assembled from sentence pools written as such letters are written, typeset on A4
at 150 or 200 dpi and degraded like an office scan: skew, blur, sensor noise, then either grey
JPEG or 1-bit (thresholded, CCITT G4 TIFF) as a mailroom scanner in document mode produces.
Names, e-mail addresses and agencies are invented; wallet addresses are public test vectors
(../vectors, see its README). Pictures are synthetic shapes, not people.
"""
import io
import json
import os
import random
import unicodedata

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
V = os.path.join(HERE, "..", "vectors")
rnd = random.Random(4042026)

FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
]


def load(rel):
    with open(os.path.join(V, rel), encoding="utf-8") as f:
        return json.load(f)


TRON = [v["address"] for v in load("tron/tron_addresses.json")["vectors"] if v["valid"]]
ETH = [v["address"] for v in load("ethereum/eip55.json")["vectors"] if v["eip55_valid"]]
BTC = [x[0] for x in load("bitcoin-core/key_io_valid.json")
       if x[2]["chain"] == "main" and not x[2]["isPrivkey"] and 26 <= len(x[0]) <= 42]


def wallet():
    r = rnd.random()
    if r < 0.65:
        return "USDT (TRC20)", rnd.choice(TRON)
    if r < 0.85:
        return "USDT (ERC20)", rnd.choice(ETH)
    return "BTC", rnd.choice(BTC)


NAMES_VI = ["Nguyễn Văn Hùng", "Trần Minh Đức", "Lê Quang Vinh", "Phạm Thị Lan", "Hoàng Văn Nam",
            "Đặng Quốc Bảo", "Vũ Thị Hương", "Bùi Đức Thắng", "Đỗ Mạnh Cường", "Ngô Thanh Tùng"]
TITLES_VI = ["Phó Giám đốc Sở", "Chủ tịch UBND xã", "Trưởng phòng", "Giám đốc", "Phó Chủ tịch UBND huyện",
             "Chánh Văn phòng", "Hiệu trưởng"]
NAMES_EN = ["Mr. Daniel Price", "Ms. Laura Bennett", "Dr. Samuel Ortiz", "Mr. Peter Walsh",
            "Mrs. Helen Carter", "Mr. Thomas Reed"]
MAIL_USERS = ["baomat.rieng", "giaiquyet247", "hotro.kin", "thuongluong88", "lienhe.anh", "quiet.deal",
              "private.matter", "resolve.now", "silentpay", "hopdong.bimat"]
MAIL_HOSTS = ["proton.me", "gmail.com", "tutanota.com", "outlook.com", "yandex.com"]


def email():
    return f"{rnd.choice(MAIL_USERS)}{rnd.randint(1, 99)}@{rnd.choice(MAIL_HOSTS)}"


def pick(pool, **kw):
    return rnd.choice(pool).format(**kw)


# --- Extortion letters, Vietnamese ------------------------------------------------------------

VI_OPEN = ["Kính gửi anh {n},", "Gửi ông {n}.", "Chào anh {n}.", "Thưa chị {n},", "Gửi {t} {n},",
           "Kính gửi đồng chí {n} - {t}", "Anh {n},", "Ông {n} thân mến,"]
VI_MATERIAL = [
    "Tôi đang nắm giữ những hình ảnh và video nhạy cảm của anh với một người phụ nữ tại khách sạn.",
    "Chúng tôi có trong tay nhiều hình ảnh, clip quay cảnh ông quan hệ bất chính.",
    "Gửi kèm thư này là vài tấm ảnh của anh mà chúng tôi thu thập được, anh xem kỹ sẽ hiểu.",
    "Tôi đã ghi lại những khoảnh khắc riêng tư, không đứng đắn của ông trong thời gian qua.",
    "Những tấm ảnh trong thư chỉ là một phần nhỏ, tôi còn giữ toàn bộ video clip.",
    "Người của chúng tôi đã chụp được ảnh anh ngoại tình, đủ để anh mất tất cả.",
    "Chúng tôi biết rõ đời tư của chị và có đầy đủ hình ảnh, tin nhắn làm bằng chứng.",
    "Tôi có clip nóng của anh, quay rõ mặt, đã lưu ở nhiều nơi.",
]
VI_SURVEIL = [
    "Chúng tôi đã theo dõi anh nhiều tháng nay, biết nơi anh ở và nơi con anh đi học.",
    "Mọi hành động của ông đều nằm trong tầm mắt của chúng tôi.",
    "Tôi biết rõ lịch làm việc và địa chỉ nhà riêng của anh.",
]
VI_EXPOSE = [
    "Nếu anh không hợp tác, toàn bộ hình ảnh sẽ được gửi đến cơ quan, gia đình và đăng tải lên mạng xã hội.",
    "Tôi sẽ gửi chúng cho lãnh đạo, đồng nghiệp của anh và tung lên Facebook, Zalo.",
    "Các hình ảnh này sẽ được chuyển đến Ủy ban kiểm tra, báo chí và người thân của ông.",
    "Bằng không, chúng tôi sẽ công khai toàn bộ trên các trang mạng và gửi về cơ quan ông đang công tác.",
    "Nếu không, vợ con và cấp trên của anh sẽ nhận được những tấm ảnh này trong tuần tới.",
    "Chỉ cần tôi bấm một nút, hình ảnh của anh sẽ có mặt trên mọi nhóm Zalo của cơ quan.",
    "Ảnh sẽ được in ra và dán ở cổng cơ quan, gửi tới từng phòng ban.",
]
VI_PAY = [
    "Để giữ kín chuyện này, anh phải chuyển {a} USDT vào ví điện tử dưới đây.",
    "Hãy thanh toán {a} USDT (mạng TRC20) tới địa chỉ ví sau.",
    "Cái giá cho sự im lặng là {a} USDT, chuyển vào ví bên dưới.",
    "Ông chuẩn bị {a} USD bằng tiền điện tử USDT và gửi vào địa chỉ sau.",
    "Số tiền anh cần chuyển: {a} USDT.",
    "Tôi chỉ cần {a} USDT, sau khi nhận đủ tôi sẽ xoá hết dữ liệu.",
    "Anh hãy mua {a} USDT trên sàn và chuyển về ví của tôi.",
]
VI_PAY_MAILONLY = [
    "Để giữ kín chuyện này anh cần trả một khoản tiền; viết email cho tôi để biết số tiền và cách chuyển.",
    "Muốn hình ảnh không bị phát tán, ông phải trả phí. Liên hệ qua email bên dưới để nhận hướng dẫn thanh toán.",
    "Chúng ta có thể thương lượng về số tiền. Gửi thư điện tử cho tôi, tôi sẽ báo số ví để anh chuyển tiền.",
]
VI_WALLET = ["Ví {k}: {w}", "Địa chỉ ví ({k}): {w}", "Mạng: TRC20 - Địa chỉ nhận: {w}", "{w}",
             "Địa chỉ nhận tiền: {w}"]
VI_CONTACT = [
    "Liên hệ với tôi qua email {e} để được hướng dẫn.",
    "Sau khi chuyển, gửi mã giao dịch về địa chỉ {e}.",
    "Mọi thắc mắc viết thư về {e}, tôi sẽ trả lời trong ngày.",
    "Email: {e}",
    "Chuyển xong thì nhắn tin Telegram cho tôi hoặc email {e}.",
]
VI_DEADLINE = ["Anh có 3 ngày kể từ khi nhận được thư.", "Thời hạn là 48 giờ.",
               "Hạn chót là ngày 05/12, quá hạn tôi sẽ không nhắc lại.", "Trong vòng 72 giờ tôi phải nhận được tiền.",
               "Tôi chỉ chờ đến hết tuần này."]
VI_SECRET = ["Đừng báo công an, tôi biết mọi động tĩnh của anh.",
             "Nếu anh báo cho cơ quan chức năng, hình ảnh sẽ được phát tán ngay lập tức.",
             "Chuyện này chỉ anh và tôi biết, đừng nói với ai.",
             "Báo công an cũng vô ích, chúng tôi ở nước ngoài."]
VI_REPEAT = ["Đây là lần thứ hai tôi gửi thư cho anh.", "Anh đã phớt lờ thư trước, đây là lần cuối.",
             "Lần trước anh chưa chuyển đủ."]
VI_CLOSE = ["Đừng để mất tất cả chỉ vì tiếc một khoản tiền nhỏ.", "Hãy suy nghĩ kỹ vì sự nghiệp của anh.",
            "Tôi nói là làm.", "Chúc anh sáng suốt."]


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def vi_extortion():
    n, t = rnd.choice(NAMES_VI), rnd.choice(TITLES_VI)
    a = rnd.choice(["3.000", "5.000", "8.000", "10.000", "15.000", "20.000", "50.000"])
    k, w = wallet()
    e = email()
    paras = [pick(VI_OPEN, n=n, t=t), pick(VI_MATERIAL)]
    if rnd.random() < 0.3:
        paras.append(pick(VI_SURVEIL))
    paras.append(pick(VI_EXPOSE))
    has_wallet = rnd.random() < 0.8
    if has_wallet:
        paras.append(pick(VI_PAY, a=a))
        paras.append(pick(VI_WALLET, k=k, w=w))
    else:
        paras.append(pick(VI_PAY_MAILONLY))
    if not has_wallet or rnd.random() < 0.7:
        paras.append(pick(VI_CONTACT, e=e))
    if rnd.random() < 0.7:
        paras.append(pick(VI_DEADLINE))
    if rnd.random() < 0.5:
        paras.append(pick(VI_SECRET))
    if rnd.random() < 0.25:
        paras.insert(1, pick(VI_REPEAT))
    paras.append(pick(VI_CLOSE))
    return paras, has_wallet


# --- Extortion letters, English ---------------------------------------------------------------

EN_OPEN = ["Dear {n},", "{n},", "To {n}.", "Hello {n}.", "Attention: {n}"]
EN_MATERIAL = [
    "I have photographs and video of you that you would not want anyone to see.",
    "We have obtained intimate pictures of you with a woman who is not your wife.",
    "The pictures enclosed are a small part of what I hold: explicit photos and a video.",
    "My people recorded you at the hotel. The footage is very clear.",
    "I know about your affair and I have the pictures to prove it.",
    "You will recognise yourself in the enclosed images. There are many more.",
]
EN_EXPOSE = [
    "Unless you pay, copies go to your colleagues, your family and every newspaper in town.",
    "I will send them to your wife, your employer and post them on social media.",
    "Refuse, and the images will be published online and mailed to your office.",
    "Everyone you know will see them: your boss, your children's school, your friends.",
    "If I do not hear from you the pictures will be shared with your whole department.",
]
EN_PAY = [
    "The price of my silence is {a} USDT, sent to the wallet below.",
    "You must pay {a} USDT to this address.",
    "Transfer {a} USDT (TRC20) and the files will be deleted.",
    "Send {a} dollars in Bitcoin to the following wallet.",
    "Buy {a} USDT on any exchange and transfer it to me.",
]
EN_PAY_MAILONLY = [
    "To keep this private you will have to pay. Write to the address below for the amount and the instructions.",
    "We can settle this quietly for a fee. E-mail me and I will tell you where to send the money.",
]
EN_WALLET = ["Wallet ({k}): {w}", "{k} address: {w}", "{w}", "Send to: {w}"]
EN_CONTACT = ["Contact me at {e} once you have paid.", "Email {e} with the transaction ID.",
              "Write to {e}. Do not reply by post.", "My address: {e}"]
EN_DEADLINE = ["You have 48 hours from receiving this letter.", "You have three days.",
               "The deadline is Friday.", "After 72 hours the offer is gone."]
EN_SECRET = ["Do not go to the police; I will know.", "Tell no one about this letter.",
             "If you contact the police, the pictures go out at once.", "Keep this between us."]
EN_CLOSE = ["Think about your career.", "This is not a joke.", "Choose wisely.", "Your move."]


def en_extortion():
    n = rnd.choice(NAMES_EN)
    a = rnd.choice(["2,000", "3,500", "5,000", "10,000"])
    k, w = wallet()
    e = email()
    paras = [pick(EN_OPEN, n=n), pick(EN_MATERIAL), pick(EN_EXPOSE)]
    has_wallet = rnd.random() < 0.8
    if has_wallet:
        paras += [pick(EN_PAY, a=a), pick(EN_WALLET, k=k, w=w)]
    else:
        paras.append(pick(EN_PAY_MAILONLY))
    if not has_wallet or rnd.random() < 0.6:
        paras.append(pick(EN_CONTACT, e=e))
    if rnd.random() < 0.7:
        paras.append(pick(EN_DEADLINE))
    if rnd.random() < 0.5:
        paras.append(pick(EN_SECRET))
    paras.append(pick(EN_CLOSE))
    return paras, has_wallet


# --- Benign letters: hard negatives -----------------------------------------------------------

PROVINCES = ["Nghệ An", "Thanh Hóa", "Bắc Giang", "Quảng Ninh", "Đồng Nai", "Thái Bình", "Lâm Đồng"]

VI_POLICE_HEAD = ["CÔNG AN TỈNH {p}", "CÔNG AN THÀNH PHỐ {p}", "CÔNG AN HUYỆN {p}"]
VI_POLICE_TITLE = ["THÔNG BÁO", "CẢNH BÁO", "THÔNG BÁO KHẨN"]
VI_POLICE_SUBJ = ["V/v cảnh báo thủ đoạn gửi thư đe dọa, cưỡng đoạt tài sản",
                  "V/v phòng ngừa tội phạm tống tiền bằng hình ảnh ghép",
                  "V/v thủ đoạn lừa đảo nhắm vào cán bộ, công chức"]
VI_POLICE_BODY = [
    "Thời gian gần đây, các đối tượng sử dụng hình ảnh cắt ghép nhạy cảm gửi qua đường bưu điện đến cán bộ, lãnh đạo cơ quan.",
    "Đối tượng đe dọa sẽ phát tán hình ảnh cho gia đình, đồng nghiệp và lên mạng xã hội nếu nạn nhân không chuyển tiền.",
    "Trong thư, chúng yêu cầu chuyển tiền điện tử USDT vào địa chỉ ví và liên hệ qua email để nhận hướng dẫn.",
    "Nhiều người đã chuyển tiền nhưng tiếp tục bị đòi thêm nhiều lần.",
    "Các đối tượng thường ở nước ngoài, sử dụng ví điện tử ẩn danh để nhận tiền.",
    "Một số thư ghi ví dụ: \"nếu anh không chuyển 5.000 USDT trong 3 ngày, hình ảnh sẽ được gửi đến cơ quan\".",
    "Ví dụ địa chỉ ví đối tượng đã sử dụng: {w}",
    "Email đối tượng sử dụng: {e}",
]
VI_POLICE_ADVICE = [
    "Công an tỉnh đề nghị cán bộ, công chức và người dân nâng cao cảnh giác.",
    "Tuyệt đối không chuyển tiền, không liên hệ với đối tượng.",
    "Khi nhận được thư có nội dung trên, giữ nguyên thư và phong bì, trình báo ngay cho cơ quan Công an gần nhất.",
    "Đề nghị các cơ quan, đơn vị phổ biến thông báo này đến toàn thể cán bộ.",
    "Mọi thông tin xin liên hệ Phòng Cảnh sát hình sự, số điện thoại 069.2xxx.xxx.",
]

VI_NEWS_TITLE = ["Cán bộ xã nhận thư tống tiền kèm ảnh ghép nhạy cảm",
                 "Hàng loạt lãnh đạo nhận thư đe dọa đòi tiền bằng USDT",
                 "Bắt nhóm đối tượng gửi thư tống tiền quan chức"]
VI_NEWS_BODY = [
    "Theo lời kể, ông H. nhận được một phong bì chuyển phát nhanh, bên trong là ảnh ghép mặt ông vào hình ảnh khiêu dâm.",
    "Kẻ gian đe dọa sẽ gửi ảnh cho gia đình, đồng nghiệp nếu ông không chuyển 5.000 USDT vào một ví điện tử.",
    "Lá thư viết: \"Anh có 3 ngày. Đừng báo công an.\"",
    "Ông H. không chuyển tiền mà đã trình báo Công an huyện.",
    "Cơ quan điều tra xác định nhóm đối tượng đã gửi hàng trăm thư tương tự tới cán bộ các tỉnh.",
    "Theo cơ quan công an, các đối tượng lợi dụng tâm lý sợ ảnh hưởng danh dự để cưỡng đoạt tài sản.",
    "Người nhận thư được khuyến cáo bình tĩnh, không làm theo yêu cầu của đối tượng.",
]

VI_LEGAL = [
    "Căn cứ Hợp đồng vay số {c}/HĐV, Công ty chúng tôi đã nhiều lần đề nghị ông thanh toán khoản nợ quá hạn.",
    "Tính đến ngày 20/11, tổng số tiền ông phải trả là 245.600.000 đồng, gồm nợ gốc và lãi.",
    "Đề nghị ông thanh toán toàn bộ số tiền trên trong vòng 15 ngày kể từ ngày nhận thông báo này.",
    "Nếu ông không thanh toán đúng hạn, chúng tôi sẽ khởi kiện ra Tòa án nhân dân có thẩm quyền.",
    "Ông có thể chuyển khoản vào tài khoản số 0451000xxxxxx tại Ngân hàng Vietcombank.",
    "Mọi thắc mắc xin liên hệ phòng Pháp chế qua email phapche@{h}.",
    "Văn bản này được gửi kèm bản sao hợp đồng và bảng kê công nợ.",
]
VI_CRYPTO = [
    "BẢN TIN THỊ TRƯỜNG TIỀN ĐIỆN TỬ - TUẦN 47",
    "Giá Bitcoin (BTC) tăng 4% trong tuần, USDT vẫn giữ mức 1 USD.",
    "Sàn thông báo: từ 01/12, nạp USDT qua mạng TRC20 sẽ được miễn phí.",
    "Khách hàng chuyển tiền vào địa chỉ ví nạp của mình trong mục Tài sản; không chuyển vào ví lạ.",
    "Địa chỉ ví quỹ từ thiện của cộng đồng: {w}",
    "Lưu ý bảo mật: bật xác thực hai lớp và không chia sẻ khóa riêng với bất kỳ ai.",
    "Thời hạn chương trình khuyến mãi: trong vòng 30 ngày.",
    "Liên hệ hỗ trợ: support@{h}",
]
VI_BANK = [
    "Ngân hàng xin thông báo tới Quý khách hàng:",
    "Ngân hàng không bao giờ yêu cầu khách hàng chuyển tiền vào tài khoản lạ hoặc cung cấp mã OTP.",
    "Kẻ gian có thể giả danh nhân viên ngân hàng, công an để đe dọa và yêu cầu chuyển tiền.",
    "Khi nghi ngờ, Quý khách vui lòng gọi tổng đài 1900 xxxx hoặc đến chi nhánh gần nhất.",
    "Trân trọng cảm ơn Quý khách đã tin dùng dịch vụ.",
]
VI_IT = [
    "PHÒNG CÔNG NGHỆ THÔNG TIN - THÔNG BÁO NỘI BỘ",
    "Một số cán bộ trong cơ quan đã nhận thư điện tử và thư giấy có nội dung đe dọa, đòi tiền.",
    "Thư thường nói có hình ảnh nhạy cảm và yêu cầu chuyển tiền vào ví tiền ảo.",
    "Đây là hình thức lừa đảo phổ biến. Không trả lời, không chuyển tiền.",
    "Chuyển thư cho bộ phận an ninh hoặc báo cáo lãnh đạo đơn vị.",
]

EN_WARN = [
    "SCAM ALERT from the Office of Information Security",
    "Staff have received letters claiming to hold explicit photos and threatening to send them to colleagues and family.",
    "The letters demand payment in Bitcoin or USDT to a wallet address and give an e-mail to write to.",
    "This is extortion. Do not pay, do not reply, and report it to the security office and the police.",
    "Criminals send the same letter to hundreds of people; paying only leads to further demands.",
    "If you receive such a letter, keep it and the envelope, and hand them to the security desk.",
]
EN_LEGAL = [
    "RE: Outstanding balance on account {c}",
    "Despite previous reminders, the sum of USD 12,480.00 remains unpaid.",
    "You must pay the full amount within 14 days of the date of this letter.",
    "If you do not pay, we will commence legal proceedings without further notice.",
    "Payment may be made by bank transfer to the account shown on the enclosed statement.",
    "Please contact our office at collections@{h} if you dispute this debt.",
]
EN_CRYPTO = [
    "THE CHAIN LETTER - weekly crypto newsletter",
    "Tether (USDT) on TRC20 remains the cheapest way to move stablecoins.",
    "Deposits to your exchange wallet address arrive within minutes.",
    "Our donation wallet: {w}",
    "Never send funds to an address given to you by a stranger.",
    "Subscribe at news@{h}. Unsubscribe at any time.",
]

# --- Benign letters: ordinary mail ------------------------------------------------------------

VI_INVOICE = [
    "HÓA ĐƠN TIỀN ĐIỆN THÁNG 11",
    "Khách hàng: {n}. Mã khách hàng: PE0400{c}.",
    "Điện năng tiêu thụ: 312 kWh. Số tiền thanh toán: 842.350 đồng.",
    "Hạn thanh toán: trước ngày 10/12. Quý khách có thể thanh toán qua ngân hàng hoặc ví điện tử.",
    "Quá thời hạn trên, đơn vị sẽ tạm ngừng cấp điện theo quy định.",
]
VI_PERSONAL = [
    "Con chào bố mẹ,",
    "Dạo này ở nhà mọi người có khỏe không? Con ở thành phố vẫn ổn, công việc cũng đỡ vất vả hơn.",
    "Con gửi kèm mấy tấm ảnh của cả nhà chụp hôm đám cưới chị Hoa, bố mẹ xem có đẹp không.",
    "Tháng sau con sẽ chuyển tiền về để bố sửa lại mái nhà.",
    "Bố đừng nói với mẹ nhé, con muốn để dành bất ngờ cho sinh nhật mẹ.",
    "Con sẽ về quê trước Tết. Con nhớ nhà lắm.",
    "Con của bố mẹ, {n}",
]
VI_INVITE = [
    "GIẤY MỜI",
    "Kính gửi: {t} {n}",
    "Ban tổ chức trân trọng kính mời đồng chí tới dự Hội nghị tổng kết công tác năm 2026.",
    "Thời gian: 8 giờ 00, ngày 15/12/2026. Địa điểm: Hội trường tầng 3, trụ sở cơ quan.",
    "Đề nghị đồng chí đến đúng giờ. Mọi chi tiết liên hệ Văn phòng qua email vanphong@{h}.",
]
VI_MEMO = [
    "Kính gửi các phòng, ban chuyên môn,",
    "Để chuẩn bị cho đợt kiểm tra cuối năm, đề nghị các đơn vị gửi báo cáo về Văn phòng trước ngày 05/12.",
    "Báo cáo gửi bản giấy có chữ ký và bản điện tử qua email baocao@{h}.",
    "Đơn vị nào chậm nộp sẽ bị nhắc tên trong cuộc họp giao ban.",
    "Trân trọng.",
]
EN_PERSONAL = [
    "Dear Grandma,",
    "Thank you for the lovely parcel. The children loved the books.",
    "I have enclosed some photos from our holiday at the lake - the little one finally learned to swim!",
    "Don't tell Dad yet, but we are planning a surprise visit for his birthday.",
    "We will send the money for the train tickets next week.",
    "Lots of love, {n}",
]
EN_INVOICE = [
    "INVOICE No. {c}",
    "Bill to: {n}",
    "Office supplies, November: USD 1,245.00. Payment due within 30 days.",
    "Please transfer the amount to the account below, quoting the invoice number.",
    "Late payment incurs a fee of 1.5 % per month.",
]

HOSTS = ["congty-an-phat.vn", "sodienluc.vn", "example.org", "chainletter.news", "ubnd-tinh.gov.vn"]


def fill(lines, **kw):
    return [l.format(**kw) for l in lines]


def some(pool, lo, hi):
    k = rnd.randint(lo, min(hi, len(pool)))
    idx = sorted(rnd.sample(range(len(pool)), k))
    return [pool[i] for i in idx]


def benign(kind):
    n, t, p = rnd.choice(NAMES_VI), rnd.choice(TITLES_VI), rnd.choice(PROVINCES).upper()
    kw = dict(n=n, t=t, p=p, w=wallet()[1], e=email(), c=rnd.randint(1000, 9999), h=rnd.choice(HOSTS))
    if kind == "police-warning":
        return fill([pick(VI_POLICE_HEAD, p=p), pick(VI_POLICE_TITLE), pick(VI_POLICE_SUBJ)]
                    + some(VI_POLICE_BODY, 3, 6) + some(VI_POLICE_ADVICE, 2, 4), **kw)
    if kind == "news-report":
        return fill([pick(VI_NEWS_TITLE)] + some(VI_NEWS_BODY, 4, 7), **kw)
    if kind == "it-warning":
        return fill(VI_IT[:1] + some(VI_IT[1:], 3, 4), **kw)
    if kind == "bank-notice":
        return fill(VI_BANK, **kw)
    if kind == "legal-demand":
        return fill([f"Kính gửi: Ông {n}"] + some(VI_LEGAL, 4, 7), **kw)
    if kind == "crypto-newsletter":
        return fill(VI_CRYPTO[:1] + some(VI_CRYPTO[1:], 4, 7), **kw)
    if kind == "en-warning":
        return fill(EN_WARN[:1] + some(EN_WARN[1:], 3, 5), **kw)
    if kind == "en-legal-demand":
        return fill([rnd.choice(NAMES_EN)] + some(EN_LEGAL, 4, 6), **kw)
    if kind == "en-crypto-newsletter":
        return fill(EN_CRYPTO[:1] + some(EN_CRYPTO[1:], 3, 5), **kw)
    if kind == "invoice":
        return fill(VI_INVOICE, **kw)
    if kind == "personal-letter":
        return fill(some(VI_PERSONAL, 5, 7), **kw)
    if kind == "invitation":
        return fill(VI_INVITE, **kw)
    if kind == "memo":
        return fill(VI_MEMO, **kw)
    if kind == "en-personal-letter":
        return fill(some(EN_PERSONAL, 4, 6), **kw)
    if kind == "en-invoice":
        return fill(EN_INVOICE, n=rnd.choice(NAMES_EN), c=kw["c"], h=kw["h"])
    raise ValueError(kind)


HARD = {"police-warning": 14, "news-report": 8, "it-warning": 6, "bank-notice": 4, "legal-demand": 10,
        "crypto-newsletter": 10, "en-warning": 8, "en-legal-demand": 6, "en-crypto-newsletter": 6}
ORDINARY = {"invoice": 8, "personal-letter": 10, "invitation": 6, "memo": 6, "en-personal-letter": 6,
            "en-invoice": 4}
EXTORTION = {"vi": 50, "vi-nodiacritics": 30, "en": 30}


# --- Rendering --------------------------------------------------------------------------------

def picture(w, h):
    """A synthetic printed picture: gradient, shaded shapes, grain. Not a person."""
    img = Image.linear_gradient("L").resize((w, h)).rotate(rnd.choice([0, 90, 180]))
    img = Image.eval(img, lambda v: 60 + v * 0.6)
    d = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = rnd.randint(0, w), rnd.randint(0, h)
        r = rnd.randint(w // 10, w // 3)
        d.ellipse([x - r, y - r, x + r, y + r], fill=rnd.randint(30, 220))
    img = img.filter(ImageFilter.GaussianBlur(w / 60))
    img = ImageChops.add(img, Image.effect_noise((w, h), 18), 1.0, -128)
    return img


def render(paras, photos, dpi, name):
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    pt = rnd.choice([11, 12, 13])
    fnt = ImageFont.truetype(rnd.choice(FONTS), int(pt * dpi / 72))
    lh = int(pt * dpi / 72 * 1.45)
    margin = int(0.9 * dpi)
    y = margin
    for k in range(photos):
        pw, ph = int(rnd.uniform(1.6, 2.4) * dpi), int(rnd.uniform(2.0, 2.8) * dpi)
        x = margin + k * (pw + int(0.3 * dpi))
        img.paste(picture(pw, ph), (x, y))
        d.rectangle([x - 2, y - 2, x + pw + 1, y + ph + 1], outline=40, width=2)
    if photos:
        y += int(3.0 * dpi)
    width = w - 2 * margin
    for para in paras:
        line = ""
        for word in para.split(" "):
            trial = (line + " " + word).strip()
            if d.textlength(trial, font=fnt) <= width:
                line = trial
            else:
                d.text((margin, y), line, font=fnt, fill=0)
                y, line = y + lh, word
        d.text((margin, y), line, font=fnt, fill=0)
        y += lh + lh // 2
    img = img.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.3, 0.8)))
    img = ImageChops.add(img, Image.effect_noise(img.size, rnd.uniform(2, 5)), 1.0, -128)
    if rnd.random() < 0.6:
        name += ".tif"
        img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
        img.save(os.path.join(HERE, name), compression="group4", dpi=(dpi, dpi))
    else:
        name += ".jpg"
        img.save(os.path.join(HERE, name), "JPEG", quality=rnd.choice([40, 50, 60]), dpi=(dpi, dpi))
    return name


def heldout_letters():
    """(file stem, label, group, kind, paragraphs) of the held-out letters (heldout_pools.py)."""
    import heldout_pools as H

    out = []
    for i in range(40):
        vi = i < 28
        a = rnd.choice(["4.000", "6.000", "12.000"]) if vi else rnd.choice(["3,000", "7,500"])
        _, w = wallet()
        kw = dict(n=rnd.choice(NAMES_VI) if vi else rnd.choice(NAMES_EN), t=rnd.choice(TITLES_VI),
                  a=a, w=w, e=email())
        opens, body, wal, con, tail = ((H.VI_OPEN, H.VI_BODY, H.VI_WALLET, H.VI_CONTACT, H.VI_TAIL) if vi else
                                       (H.EN_OPEN, H.EN_BODY, H.EN_WALLET, H.EN_CONTACT, H.EN_TAIL))
        paras = [rnd.choice(opens)] + [rnd.choice(b) for b in body]
        if rnd.random() < 0.75:
            paras.append(rnd.choice(wal))
        paras.append(rnd.choice(con))
        paras += rnd.sample(tail, 2)
        paras = [x.format(**kw) for x in paras]
        group = "vi" if vi else "en"
        if vi and i % 3 == 0:
            paras, group = [strip_diacritics(x) for x in paras], "vi-nodiacritics"
        out.append((f"hx{i + 1:03d}-{group}", "extortion", group, None, paras))
    for kind, lines in H.BENIGN.items():
        for j in range(5):
            kw = dict(n=rnd.choice(NAMES_VI), n2=rnd.choice(NAMES_VI), ne=rnd.choice(NAMES_EN),
                      h=rnd.choice(H.HOSTS), w=wallet()[1])
            out.append((f"hb-{kind}-{j + 1}", "benign", "hard-negative", kind, [x.format(**kw) for x in lines]))
    return out


def write_set(folder, letters, photo_kinds, about):
    """Renders `letters` into `folder` with its truth.json: 0-2 pictures on an extortion letter,
    one on a benign letter of `photo_kinds`."""
    d = os.path.join(HERE, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith((".jpg", ".tif")):
            os.remove(os.path.join(d, f))
    pages = []
    for stem, label, group, kind, paras in letters:
        photos = rnd.choice([0, 1, 2]) if label == "extortion" else (1 if kind in photo_kinds else 0)
        name = render(paras, photos, rnd.choice([150, 200, 200]), os.path.join(folder, stem))
        pages.append({"file": os.path.basename(name), "label": label, "group": group, "kind": kind,
                      "photos": photos, "text": paras})
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"about": about, "pages": pages}, f, ensure_ascii=False, indent=1)
    print(f"{len(pages)} letters in {folder}/")


def make_heldout():
    write_set("heldout", heldout_letters(), ("photo-studio", "en-photographer"),
              "Held-out labelled letters (phrasings in heldout_pools.py, never used for tuning)")


def extortion_letter(stem, i, tpl, vi, amounts):
    """Letter `i` of a blind set from template `tpl`: names, amount (Vietnamese or English
    `amounts`), wallet and e-mail filled in; every third Vietnamese letter without diacritics."""
    kw = dict(n=rnd.choice(NAMES_VI if vi else NAMES_EN), a=rnd.choice(amounts[0] if vi else amounts[1]),
              w=wallet()[1], e=email())
    paras = [x.format(**kw) for x in tpl]
    group = "vi" if vi else "en"
    if vi and i % 3 == 0:
        paras, group = [strip_diacritics(x) for x in paras], "vi-nodiacritics"
    return (f"{stem}{i + 1:03d}-{group}", "extortion", group, None, paras)


def make_blind(folder="blind", module="blind_pools"):
    B = __import__(module)

    letters = []
    for i in range(30):
        vi = i < 20
        tpl = rnd.choice(B.VI_LETTERS if vi else B.EN_LETTERS)
        letters.append(extortion_letter("bx", i, tpl, vi, (["5.000", "9.000"], ["4,000", "8,000"])))
    for kind, lines in B.BENIGN.items():
        for j in range(4):
            kw = dict(n=rnd.choice(NAMES_VI), ne=rnd.choice(NAMES_EN), p=rnd.choice(PROVINCES).upper())
            letters.append((f"bb-{kind}-{j + 1}", "benign", "hard-negative", kind, [x.format(**kw) for x in lines]))
    write_set(folder, letters, ("son-asks-money", "photo-contest"),
              f"Blind labelled letters ({module}.py): measured once, nothing tuned on them")


def make_each_once(folder, module, prefix, photo_kinds, about):
    """Every template of `module` once; every third Vietnamese letter without diacritics, and
    the second copy of each Vietnamese benign letter too."""
    B = __import__(module)

    letters = []
    for i, tpl in enumerate(B.VI_LETTERS + B.EN_LETTERS):
        vi = i < len(B.VI_LETTERS)
        letters.append(extortion_letter(f"{prefix}x", i, tpl, vi, (["3.000", "7.000"], ["2,500", "6,000"])))
    for kind, lines in B.BENIGN.items():
        for j in range(2):
            kw = dict(n=rnd.choice(NAMES_VI), ne=rnd.choice(NAMES_EN), p=rnd.choice(PROVINCES).upper())
            paras = [x.format(**kw) for x in lines]
            if j == 1 and not kind.startswith("en-"):
                paras = [strip_diacritics(x) for x in paras]
            letters.append((f"{prefix}b-{kind}-{j + 1}", "benign", "hard-negative", kind, paras))
    write_set(folder, letters, photo_kinds, about)


# The sets whose letters are each used once: seed, file prefix, benign kinds given a picture,
# and the words of their truth.json's "about".
EACH_ONCE = {
    94: (2811202694, "co", ("dash-camera-installed", "en-airport-coffee"), "Ninety-fourth", "never trained on"),
    93: (2811202693, "cn", ("parking-camera-notice", "en-video-call-recording"), "Ninety-third", "never trained on"),
    92: (2811202692, "cm", ("hotel-camera-maintenance", "en-hotel-pool-photos"), "Ninety-second", "never trained on"),
    91: (2811202691, "cl", ("karaoke-clip-party", "en-facebook-page-followers"), "Ninety-first", "never trained on"),
    90: (2811202690, "ck", ("night-market-invitation", "en-airport-photo"), "Ninetieth", "never trained on"),
    89: (2811202689, "cj", ("coffee-chain-opening", "en-video-call-minutes"), "Eighty-ninth", "never trained on"),
    88: (2811202688, "ci", ("nha-trang-photo-album", "en-beach-trip-photos"), "Eighty-eighth", "never trained on"),
    87: (2811202687, "ch", ("dashcam-installed", "en-cafe-loyalty"), "Eighty-seventh", "never trained on"),
    86: (2811202686, "cg", ("early-retirement-farewell", "en-early-retirement"), "Eighty-sixth", "never trained on"),
    85: (2811202685, "cf", ("korea-trip-group-photo", "en-karaoke-photo"), "Eighty-fifth", "never trained on"),
    84: (2811202684, "ce", ("hotel-memory-card-found", "en-hotel-memory-card"), "Eighty-fourth", "never trained on"),
    83: (2811202683, "cd", ("dashcam-insurance-claim", "en-photo-contest-win"), "Eighty-third", "never trained on"),
    82: (2811202682, "cc", ("hotel-booking-confirmation", "en-hotel-room-photo"), "Eighty-second", "never trained on"),
    81: (2811202681, "cb", ("wedding-thanks", "en-thirty-years-service"), "Eighty-first", "never trained on"),
    80: (2811202680, "ca", ("savings-book-maturity", "en-photo-takedown"), "Eightieth", "never trained on"),
    79: (2811202679, "bz", ("school-festival-photos", "en-school-photos-online"), "Seventy-ninth", "never trained on"),
    78: (2811202678, "by", ("phone-repair-done", "en-photo-expiry"), "Seventy-eighth", "never trained on"),
    77: (2811202677, "bx", ("year-end-party-photos", "en-car-park-permit"), "Seventy-seventh", "never trained on"),
    76: (2811202676, "bw", ("spa-voucher", "en-photo-lab-prints"), "Seventy-sixth", "never trained on"),
    75: (2811202675, "bv", ("driver-farewell-letter", "en-motel-review"), "Seventy-fifth", "never trained on"),
    74: (2811202674, "bu", ("driving-licence-renewal", "en-beach-photo-print"), "Seventy-fourth", "never trained on"),
    73: (2811202673, "bt", ("sister-photo-album", "en-guesthouse-photo-contest"), "Seventy-third", "never trained on"),
    72: (2811202672, "bs", ("acceptance-record-signing", "en-promotion-congratulations"), "Seventy-second", "never trained on"),
    71: (2811202671, "br", ("homestay-review-request", "en-old-friend-dalat-letter"), "Seventy-first", "never trained on"),
    70: (2811202670, "bq", ("wedding-video-call-invite", "en-photo-print-order-ready"), "Seventieth", "never trained on"),
    69: (2811202669, "bp", ("former-driver-thanks", "en-cafe-meeting-thanks"), "Sixty-ninth", "never trained on"),
    68: (2811202668, "bo", ("year-end-party-video", "en-ex-partner-returns-photos"), "Sixty-eighth", "never trained on"),
    67: (2811202667, "bn", ("parents-association-trip", "en-grandmother-enclosed-photo"), "Sixty-seventh", "never trained on"),
    66: (2811202666, "bm", ("teacher-class-photos", "en-mother-visit-letter"), "Sixty-sixth", "never trained on"),
    65: (2811202665, "bl", ("hotel-pool-photo-policy", "en-school-parents-page"), "Sixty-fifth", "never trained on"),
    64: (2811202664, "bk", ("wedding-photographer-raw-files", "en-school-class-photo"), "Sixty-fourth", "never trained on"),
    63: (2811202663, "bj", ("print-shop-extra-copy", "en-tv-report-blurred-faces"), "Sixty-third", "never trained on"),
    62: (2811202662, "bi", ("model-shoot-parental-consent", "en-photo-proofs-envelope"), "Sixty-second", "never trained on"),
    61: (2811202661, "bh", ("photo-studio-prints-ready", "en-clinic-data-breach-notice"), "Sixty-first", "never trained on"),
    60: (2811202660, "bg", ("year-end-party-photos", "en-private-detective-final-report"), "Sixtieth", "never trained on"),
    59: (2811202659, "bf", ("livestream-recording-notice", "en-year3-photo-consent"), "Fifty-ninth", "never trained on"),
    58: (2811202658, "be", ("grade10-class-zalo", "en-hotel-two-guest-invoice"), "Fifty-eighth", "never trained on"),
    57: (2811202657, "bd", ("leaflet-printing-quote", "en-post-office-memory-card"), "Fifty-seventh", "never trained on"),
    56: (2811202656, "bc", ("school-trip-album-fund", "en-daughter-abroad-letter"), "Fifty-sixth", "never trained on"),
    55: (2811202655, "bb", ("golf-club-photos", "en-private-investigator-report"), "Fifty-fifth", "never trained on"),
    54: (2811202654, "ba", ("karaoke-party-video", "en-dashcam-insurance-claim"), "Fifty-fourth", "never trained on"),
    53: (2811202653, "az", ("villa-party-photos", "en-icloud-storage-full"), "Fifty-third", "never trained on"),
    52: (2811202652, "ay", ("film-developing-ready", "en-hotel-loyalty-night"), "Fifty-second", "never trained on"),
    51: (2811202651, "ax", ("tshirt-print-order", "en-hotel-camera-notice"), "Fifty-first", "never trained on"),
    50: (2811202650, "aw", ("standing-committee-portrait", "en-gym-lost-phone"), "Fiftieth", "never trained on"),
    49: (2811202649, "av", ("print-shop-order", "en-class-trip-photos"), "Forty-ninth", "never trained on"),
    48: (2811202648, "au", ("year-end-party-photos", "en-baby-photos-grandparents"), "Forty-eighth", "never trained on"),
    47: (2811202647, "at", ("birthday-album-studio", "en-phone-repair-data"), "Forty-seventh", "never trained on"),
    46: (2811202646, "as", ("dalat-trip-photos", "en-tv-station-interview"), "Forty-sixth", "never trained on"),
    45: (2811202645, "ar", ("photo-print-pickup", "en-neighbour-cctv-parking"), "Forty-fifth", "never trained on"),
    44: (2811202644, "aq", ("restaurant-lost-bag", "en-video-editing-invoice"), "Forty-fourth", "never trained on"),
    43: (2811202643, "ap", ("hotel-lost-and-found", "en-son-abroad-thanks"), "Forty-third", "never trained on"),
    42: (2811202642, "ao", ("portfolio-consent", "en-traffic-camera-fine"), "Forty-second", "never trained on"),
    41: (2811202641, "an", ("taxi-lost-camera", "en-neighbour-leak-photos"), "Forty-first", "never trained on"),
    40: (2811202640, "am", ("wedding-studio-balance", "en-newspaper-right-of-reply"), "Fortieth", "never trained on"),
    39: (2811202639, "al", ("lost-wallet-returned", "en-photo-club-exhibition-fee"), "Thirty-ninth", "never trained on"),
    38: (2811202638, "ak", ("memoir-photo-consent", "en-real-estate-listing-photos"), "Thirty-eighth", "never trained on"),
    37: (2811202637, "aj", ("alumni-photo-book", "en-police-found-phone"), "Thirty-seventh", "never trained on"),
    36: (2811202636, "ai", ("school-photo-consent", "en-landlord-deposit-photos"), "Thirty-sixth", "never trained on"),
    35: (2811202635, "ah", ("missing-dog-reward", "en-crypto-conference-invite"), "Thirty-fifth", "never trained on"),
    34: (2811202634, "ag", ("reunion-usdt-fund", "en-grandparent-gift"), "Thirty-fourth", "never trained on"),
    33: (2811202633, "af", ("overseas-son-usdt", "en-photo-exhibition-consent"), "Thirty-third", "never trained on"),
    32: (2811202632, "ae", ("photo-contest-fee", "en-private-investigator-quote"), "Thirty-second", "never trained on"),
    31: (2811202631, "ad", ("lost-phone-found", "en-wedding-gift-crypto"), "Thirty-first", "never trained on"),
    30: (2811202630, "ac", ("student-asks-parents", "en-finder-reward"), "Thirtieth", "never trained on"),
    29: (2811202629, "ab", ("ex-partner-return-photos", "en-journalist-right-of-reply"), "Twenty-ninth", "never trained on"),
    28: (2811202628, "aa", ("uncle-asks-money", "en-election-volunteer-photos"), "Twenty-eighth", "never trained on"),
    27: (2811202627, "a", ("wedding-album-zalo", "en-school-trip-photos"), "Twenty-seventh", "never trained on"),
    26: (2811202626, "z", ("mother-school-photos", "en-class-reunion"), "Twenty-sixth", "never trained on"),
    25: (2811202625, "y", ("wedding-photo-delivery", "en-btc-donation-receipt"), "Twenty-fifth", "never trained on"),
    24: (2811202624, "x", ("photo-studio-reprint", "en-wedding-video-balance"), "Twenty-fourth", "never trained on"),
    23: (2811202623, "w", ("family-wedding-photos", "en-wedding-photographer"), "Twenty-third", "never trained on"),
    22: (2811202622, "v", ("anniversary-album", "en-school-yearbook"), "Twenty-second", "never trained on"),
    21: (2811202621, "u", ("yearbook-photo-fund", "en-pet-portrait"), "Twenty-first", "never trained on"),
    20: (2811202620, "t", ("photo-studio-family-gift", "en-photographer-family-prints"), "Twentieth", "never trained on"),
    19: (2811202619, "s", ("church-usdt-donation", "en-estate-photos"), "Nineteenth", "never trained on"),
    18: (2811202618, "r", ("wedding-video-delivery", "en-photographer-proofs"), "Eighteenth", "never trained on"),
    17: (2811202617, "q", ("wedding-photos-family", "en-photographer-gallery"), "Seventeenth", "never trained on"),
    16: (2811202616, "p", ("wedding-album-delivery", "en-charity-crypto"), "Sixteenth", "never trained on"),
    15: (2811202615, "o", ("photo-studio-balance", "en-photographer-balance"), "Fifteenth", "never trained on"),
    14: (2811202614, "n", ("photographer-reminder-zalo", "en-charity-thank-you"), "Fourteenth", "never trained on"),
    13: (2811202613, "m", ("studio-zalo-delivery", "en-photo-club"), "Thirteenth", "never trained on"),
    12: (2811202612, "l", ("photo-lab-order", "en-photographer-watermark"), "Twelfth", "never trained on"),
    11: (2811202611, "k", ("studio-reminder-photos", "en-modelling-agency"), "Eleventh", "never trained on"),
    10: (2811202610, "j", ("photo-contest-result", "en-wedding-album"), "Tenth", "never trained on"),
    9: (2811202609, "i", ("wedding-photographer", "en-gallery-invitation"), "Ninth", "never trained on"),
    8: (2811202608, "h", ("photographer-invoice", "en-crypto-charity-receipt"), "Eighth", "never trained on"),
    7: (2811202607, "g", ("photo-studio-reminder", "en-model-release"), "Seventh", "never trained on"),
    6: (2811202606, "f", ("wedding-invitation", "en-photo-agency"), "Sixth", "never trained on"),
    5: (2811202605, "e", ("family-photos-money", "en-wedding-video"), "Fifth", "never trained on"),
    4: (2811202604, "d", ("charity-usdt", "wedding-studio", "en-charity-crypto"), "Fourth", "nothing tuned on it"),
    3: (2811202603, "c", ("relative-asks-money", "en-photographer-release"), "Third", "nothing tuned on it"),
}


def main():
    import sys

    for n, (seed, prefix, photo_kinds, ordinal, note) in EACH_ONCE.items():
        if f"--blind{n}" in sys.argv:
            rnd.seed(seed)
            sys.path.insert(0, HERE)
            return make_each_once(f"blind{n}", f"blind{n}_pools", prefix, photo_kinds,
                                  f"{ordinal} blind set (blind{n}_pools.py): committed unmeasured, measured once, {note}")
    if "--blind2" in sys.argv:
        rnd.seed(2811202602)
        sys.path.insert(0, HERE)
        return make_blind("blind2", "blind2_pools")
    if "--blind" in sys.argv:
        rnd.seed(28112026)
        sys.path.insert(0, HERE)
        return make_blind()
    if "--heldout" in sys.argv:
        rnd.seed(9112026)
        sys.path.insert(0, HERE)
        return make_heldout()
    d = os.path.join(HERE, "tuning")
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith((".jpg", ".tif")):
            os.remove(os.path.join(d, f))
    pages = []
    n = 0
    for lang, count in EXTORTION.items():
        for _ in range(count):
            n += 1
            paras, has_wallet = en_extortion() if lang == "en" else vi_extortion()
            if lang == "vi-nodiacritics":
                paras = [strip_diacritics(p) for p in paras]
            photos = rnd.choice([0, 1, 1, 2])
            name = render(paras, photos, rnd.choice([150, 200, 200]), os.path.join("tuning", f"x{n:03d}-{lang}"))
            pages.append({"file": os.path.basename(name), "label": "extortion", "group": lang, "photos": photos,
                          "wallet": has_wallet, "text": paras})
    for group, kinds in (("hard-negative", HARD), ("ordinary", ORDINARY)):
        for kind, count in kinds.items():
            for _ in range(count):
                n += 1
                paras = benign(kind)
                photos = 1 if kind in ("personal-letter", "en-personal-letter", "news-report") and rnd.random() < 0.6 else 0
                name = render(paras, photos, rnd.choice([150, 200, 200]), os.path.join("tuning", f"b{n:03d}-{kind}"))
                pages.append({"file": os.path.basename(name), "label": "benign", "group": group, "kind": kind,
                              "photos": photos, "text": paras})
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Labelled threat-language letters (tuning set); made by make_threat_letters.py",
                   "pages": pages}, f, ensure_ascii=False, indent=1)
    print(f"{len(pages)} letters")


if __name__ == "__main__":
    main()
