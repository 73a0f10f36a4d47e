"""Held-out phrasings for the threat-letter set: written apart from the tuning pools in
make_threat_letters.py and never used to tune the lexicon or the weights. The README reports
the figures on these letters as measured the first time they were scanned, and any later
figures beside them."""

VI_OPEN = ["Gửi anh {n} - {t}.", "Anh {n} đọc kỹ thư này.", "Kính thưa ông {n},", "Chào {t} {n},"]
VI_BODY = [
    # material
    ["Trong thư là hình ảnh anh vui vẻ với gái, chắc anh còn nhớ buổi tối hôm đó.",
     "Chúng tôi đang giữ đoạn phim ông ở nhà nghỉ với bồ nhí.",
     "Tôi có đủ ảnh, video về mối quan hệ ngoài luồng của anh.",
     "Những bức ảnh anh cởi đồ đã được chúng tôi sao lưu cẩn thận."],
    # threat
    ["Tôi không muốn làm khó anh, nhưng nếu anh im lặng thì ảnh sẽ đến tay vợ anh và cả cơ quan.",
     "Nếu ông không hợp tác, cả huyện sẽ biết chuyện này, từ lãnh đạo tới người dân.",
     "Chỉ một tin nhắn của tôi là ảnh lên khắp các hội nhóm Facebook trong tỉnh.",
     "Tôi sẽ in ảnh ra và gửi cho từng người trong gia đình, họ hàng của anh.",
     "Hình ảnh sẽ được đưa lên mạng kèm tên, chức vụ và số điện thoại của anh."],
    # payment
    ["Phí xoá ảnh là {a} USDT, chuyển qua mạng TRC20.",
     "Anh gửi {a} USDT vào ví sau thì mọi chuyện coi như chưa từng xảy ra.",
     "Anh chỉ cần bỏ ra {a} đô la bằng USDT là xong.",
     "Chuẩn bị {a} USDT, tôi sẽ gửi hướng dẫn cụ thể qua email."],
]
VI_WALLET = ["Ví nhận: {w}", "USDT - TRC20: {w}", "Địa chỉ: {w}"]
VI_CONTACT = ["Email của tôi: {e}", "Viết cho tôi theo địa chỉ {e}, ghi rõ mã thư.",
              "Chuyển xong báo qua {e}."]
VI_TAIL = ["Tôi cho anh 5 ngày.", "Sau 3 ngày mà không thấy tiền thì đừng trách tôi.",
           "Báo công an thì anh tự chịu hậu quả.", "Đừng dại dột mà đi trình báo.",
           "Tôi đã gửi thư cho anh một lần rồi.", "Mọi việc chỉ mình anh biết là tốt nhất."]

EN_OPEN = ["{n},", "Dear {n}", "For the attention of {n} only."]
EN_BODY = [
    ["You were not as careful as you thought. I have the photographs from that night.",
     "Inside you will find a sample of the pictures I hold of you and your companion.",
     "I filmed you through your own webcam. The video is not flattering.",
     "We have high-quality footage of you in a compromising position."],
    ["Ignore this and your wife gets the full set, followed by your employer.",
     "Every member of your congregation will receive a copy.",
     "The footage will be uploaded with your name and job title attached.",
     "I will make sure your colleagues and the press see every picture."],
    ["Settle this for {a} USDT and you will never hear from me again.",
     "My fee is {a} US dollars, payable in Tether.",
     "Pay {a} in USDT and the files are destroyed.",
     "The cost of keeping this quiet: {a} USDT."],
]
EN_WALLET = ["Tether (TRC20) wallet: {w}", "Pay here: {w}", "Address: {w}"]
EN_CONTACT = ["Questions go to {e}.", "Confirm payment to {e}.", "Reach me at {e}, nowhere else."]
EN_TAIL = ["Five days. Not one more.", "Involving the police will be the last mistake you make.",
           "Nobody else needs to know.", "This is your second and final letter."]

# Benign, hard: these share words with extortion and must not be flagged.
BENIGN = {
    "divorce-lawyer": [
        "VĂN PHÒNG LUẬT SƯ {h}",
        "Kính gửi: Ông {n}",
        "Thân chủ của chúng tôi, bà {n2}, đã cung cấp cho chúng tôi các hình ảnh và tin nhắn liên quan đến mối quan hệ ngoài hôn nhân của ông.",
        "Thân chủ yêu cầu ông thanh toán tiền cấp dưỡng nuôi con còn nợ là 86.000.000 đồng trong vòng 30 ngày.",
        "Nếu ông không thực hiện, chúng tôi sẽ đề nghị Tòa án giải quyết theo quy định của pháp luật.",
        "Ông có thể liên hệ văn phòng qua email luatsu@{h}.",
    ],
    "press-qa": [
        "HỎI - ĐÁP PHÁP LUẬT",
        "Hỏi: Tôi nhận được thư nói có ảnh nhạy cảm của tôi, đòi chuyển 5.000 USDT nếu không sẽ gửi cho cơ quan. Tôi phải làm gì?",
        "Đáp: Đây là thủ đoạn cưỡng đoạt tài sản. Bạn không nên chuyển tiền dù bất kỳ số tiền nào.",
        "Hãy giữ lại thư, phong bì và trình báo cơ quan công an nơi gần nhất.",
        "Hành vi này có thể bị xử lý theo Điều 170 Bộ luật Hình sự về tội cưỡng đoạt tài sản.",
    ],
    "school-notice": [
        "TRƯỜNG THCS {h} - THÔNG BÁO GỬI PHỤ HUYNH",
        "Gần đây một số học sinh bị kẻ xấu dụ dỗ gửi ảnh riêng tư rồi đe dọa tung lên mạng.",
        "Phụ huynh hãy trò chuyện với con, theo dõi việc con dùng mạng xã hội.",
        "Nếu con bị đe dọa, không chuyển tiền, lưu lại tin nhắn và báo ngay cho nhà trường và công an.",
        "Trân trọng cảm ơn sự phối hợp của quý phụ huynh.",
    ],
    "exchange-kyc": [
        "THÔNG BÁO TỪ SÀN GIAO DỊCH",
        "Kính gửi khách hàng {n},",
        "Tài khoản của Quý khách cần hoàn tất xác minh danh tính trong vòng 14 ngày.",
        "Sau thời hạn này, chức năng rút USDT (TRC20, ERC20) sẽ tạm khóa.",
        "Địa chỉ ví nạp tiền của Quý khách: {w}",
        "Chúng tôi không bao giờ yêu cầu Quý khách gửi ảnh, mật khẩu hay chuyển tiền qua email.",
    ],
    "photo-studio": [
        "STUDIO ẢNH {h}",
        "Kính gửi anh {n},",
        "Chúng tôi gửi kèm thư này bộ ảnh cưới của anh chị, gồm 40 tấm ảnh đã chỉnh sửa.",
        "Phần còn lại của hợp đồng là 3.500.000 đồng, anh vui lòng chuyển khoản trước ngày 20/12.",
        "Video clip lễ cưới sẽ được gửi qua email trong tuần tới.",
        "Cảm ơn anh chị đã tin tưởng studio.",
    ],
    "en-church-bulletin": [
        "PARISH NEWSLETTER - DECEMBER",
        "Several parishioners have received letters claiming to have intimate pictures and demanding Bitcoin.",
        "These letters are a scam. Do not pay and do not reply; report them to the police.",
        "The Christmas concert will be held on the 20th. Tickets are free.",
        "Donations for the roof fund may be given after Mass.",
    ],
    "en-debt-agency": [
        "FINAL NOTICE",
        "Dear {ne},",
        "Our client has instructed us to recover the sum of USD 4,310.55.",
        "Unless you pay in full within 7 days, we will report the debt to credit agencies and issue a claim in court.",
        "You may pay by card, by bank transfer, or in person at our office.",
        "If you are in financial difficulty, contact us at help@{h} to agree a payment plan.",
    ],
    "en-photographer": [
        "Dear {ne},",
        "Thank you for choosing us for your daughter's graduation. The photos are ready.",
        "We will send the pictures to your email once the balance of $150 is paid.",
        "Please transfer the amount within two weeks; after that we cannot keep the files.",
        "Kind regards, Studio {h}",
    ],
}
HOSTS = ["an-binh", "hoa-mai", "sao-viet", "bluefield", "northgate"]
