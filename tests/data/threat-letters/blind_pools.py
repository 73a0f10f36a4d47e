"""Blind phrasings for the threat-letter set: written after the lexicon's proximity rules and
measured once, with no rule changed afterwards. See ../README.md for the figures."""

VI_LETTERS = [
    ["{n} thân,", "Anh còn nhớ cô gái ở quán karaoke tháng trước chứ? Tôi có toàn bộ clip hai người trong phòng.",
     "Tôi sẽ không làm ầm lên nếu anh biết điều.", "Gửi {a} USDT về ví {w} trước thứ sáu.",
     "Quá hạn, clip sẽ được gửi tới vợ anh và đăng lên trang của huyện.", "Liên lạc: {e}"],
    ["Ông {n},", "Ảnh nóng của ông đang nằm trong tay tôi.", "Tôi yêu cầu ông chuyển {a} USDT (TRC20) vào: {w}",
     "Nếu tôi không nhận được tiền, Ban Thường vụ và cả cơ quan sẽ xem những bức ảnh đó.",
     "Mọi liên hệ qua {e}. Đừng tìm cách báo cơ quan chức năng."],
    ["Chào anh {n}.", "Tôi là người làm dịch vụ, nhận tiền để giữ bí mật cho khách.",
     "Có người thuê tôi tung ảnh anh ôm ấp gái trẻ lên mạng. Tôi cho anh cơ hội trả giá cao hơn.",
     "Phí: {a} USDT. Ví: {w}", "Anh có 48 giờ. Thư điện tử: {e}"],
    ["Anh {n},", "Thư này gửi riêng anh.", "Đoạn video anh trong nhà nghỉ dài 12 phút, rõ từng chi tiết.",
     "Tôi đã chuẩn bị sẵn danh sách email của toàn bộ cán bộ trong cơ quan anh.",
     "Muốn dừng lại thì chuyển {a} USDT tới {w}, rồi viết cho tôi qua {e}.", "Tôi không nhắc lần hai."],
]
EN_LETTERS = [
    ["{n},", "I was paid to follow you. What I saw at the motel is on camera.",
     "My client wants it sent to your wife and your board of directors.",
     "I am willing to lose the files for {a} USDT: {w}", "Contact: {e}. You have until Monday."],
    ["Dear {n}", "Your webcam was not off. I have a recording of what you did in front of it.",
     "If I don't receive {a} in Bitcoin, every contact in your phone gets the clip.",
     "BTC address: {w}", "Write to {e} if you need more time. Not the police."],
    ["{n}", "Enclosed: one photograph. I have forty more, less decent than this one.",
     "They will be on the desk of your managing partner by the end of the month unless we agree.",
     "Agreement costs {a} USDT to {w}.", "Reply to {e}."],
]
BENIGN = {
    "court-report": [
        "TÒA ÁN XÉT XỬ VỤ TỐNG TIỀN BẰNG ẢNH GHÉP",
        "Ngày 20/11, TAND tỉnh đưa ra xét xử bị cáo Trần Văn K. về tội cưỡng đoạt tài sản.",
        "Theo cáo trạng, K. đã gửi thư tới 37 cán bộ, kèm ảnh ghép nhạy cảm, yêu cầu chuyển USDT vào ví và đe dọa gửi ảnh cho gia đình, cơ quan.",
        "Bị cáo bị tuyên phạt 12 năm tù.",
    ],
    "police-press": [
        "CÔNG AN TỈNH {p} - THÔNG TIN BÁO CHÍ",
        "Phòng Cảnh sát hình sự đã bắt giữ nhóm đối tượng chuyên gửi thư đe dọa, đòi tiền các cán bộ.",
        "Nhóm này dùng ví tiền điện tử để nhận tiền, mỗi nạn nhân bị yêu cầu từ 5.000 đến 20.000 USDT.",
        "Công an khuyến cáo: ai nhận được thư tương tự, không chuyển tiền và liên hệ cơ quan công an.",
    ],
    "son-asks-money": [
        "Bố mẹ ơi,",
        "Con đang cần gấp 20 triệu để đóng học phí, bố mẹ chuyển vào tài khoản của con giúp con nhé.",
        "Con gửi kèm ảnh thẻ sinh viên mới của con.",
        "Con hứa sẽ không để bố mẹ phải lo nữa. Con yêu bố mẹ.",
    ],
    "hospital-bill": [
        "BỆNH VIỆN ĐA KHOA {p}",
        "Giấy báo viện phí của bệnh nhân {n}.",
        "Tổng chi phí điều trị: 14.250.000 đồng. Bảo hiểm chi trả: 9.100.000 đồng.",
        "Số tiền người bệnh phải trả: 5.150.000 đồng, nộp tại quầy thu ngân trước khi ra viện.",
    ],
    "photo-contest": [
        "THỂ LỆ CUỘC THI ẢNH 'QUÊ HƯƠNG TÔI'",
        "Ảnh dự thi gửi về Ban tổ chức trước ngày 31/12; ảnh đoạt giải sẽ được đăng lên trang Facebook của Hội.",
        "Lệ phí dự thi: 100.000 đồng mỗi tác phẩm.",
        "Ban tổ chức không nhận ảnh có nội dung nhạy cảm.",
    ],
    "en-bank-alert": [
        "Security notice from your bank",
        "We are aware of letters demanding payment in Bitcoin and threatening to share embarrassing pictures with family and colleagues.",
        "Never transfer money because of such a letter. Report it to us and to the police.",
        "We will never ask you to buy cryptocurrency.",
    ],
    "en-gallery": [
        "Dear {ne},",
        "Thank you for lending us your photographs for the spring exhibition.",
        "The pictures will be shown to the public and to the press from 3 March.",
        "Your fee of $400 will be paid by bank transfer within 30 days.",
    ],
}
