"""Second blind set: phrasings written after the second round of rules, measured once, nothing
tuned on them. Each letter is complete as written; {n} {a} {w} {e} are filled in."""

VI_LETTERS = [
    ["Gửi {n}.", "Anh đừng hỏi tôi là ai. Chỉ cần biết tôi đang giữ mấy tấm hình anh trần truồng trong phòng khách sạn Mường Thanh.",
     "Một tuần nữa là đại hội, anh không muốn mọi người trong Đảng ủy được chiêm ngưỡng chúng đâu nhỉ.",
     "{a} USDT. Ví TRC20: {w}. Xong thì mail cho tôi: {e}"],
    ["Chú {n} kính mến,", "Cháu là người quen cũ. Cháu biết chuyện chú với cô thư ký, có cả ảnh lẫn video.",
     "Cháu đang kẹt tiền nên mong chú giúp {a} USDT, chuyển vào {w}.",
     "Nếu chú không giúp thì cháu đành gửi mấy thứ đó cho cô nhà và cơ quan chú thôi.", "Cháu chờ tin chú qua {e}."],
    ["THÔNG BÁO CUỐI CÙNG", "Ông {n}, ông đã không trả lời hai lá thư trước.",
     "Bộ ảnh ông trong nhà nghỉ đã được chuẩn bị để gửi lên các trang tin và nhóm Zalo của huyện.",
     "Hủy việc này: {a} USDT vào địa chỉ {w}.", "Đây là cơ hội cuối cùng."],
    ["Anh {n}", "Em có clip anh ở quán massage. Anh mà không gửi em {a} USDT thì clip lên Tiktok ngay.",
     "Ví: {w}", "Zalo em không dùng, chỉ email {e} thôi."],
]
EN_LETTERS = [
    ["Hi {n},", "Small world. I was at the same conference in Da Nang and so was my camera.",
     "The shots of you leaving room 412 with your young friend are quite something.",
     "For {a} USDT they disappear. Otherwise your spouse and your ministry receive a printed album.",
     "Wallet: {w}", "{e}"],
    ["{n} -", "You have a choice. Pay {a} USDT to {w} by the 10th, or a dossier with photographs of your evenings goes to the anti-corruption committee and to your daughter's school.",
     "Questions: {e}"],
    ["Dear {n},", "This is my second letter. You ignored the first one.",
     "The explicit video is still with me. Your reputation is in your hands.",
     "Transfer {a} in USDT (TRC20) to {w}, then email {e}.", "Going to the police would only make it public sooner."],
]
BENIGN = {
    "journalist-request": [
        "BÁO ĐIỆN TỬ {p}",
        "Kính gửi ông {n},",
        "Tòa soạn nhận được đơn phản ánh kèm hình ảnh liên quan đến việc ông sử dụng xe công vào mục đích cá nhân.",
        "Theo quy định, chúng tôi gửi thư đề nghị ông cung cấp ý kiến phản hồi trong vòng 7 ngày trước khi đăng bài.",
        "Mọi ý kiến xin gửi về email toasoan@baodientu.vn.",
    ],
    "insurance-claim": [
        "CÔNG TY BẢO HIỂM {p}",
        "Kính gửi khách hàng {n},",
        "Chúng tôi đã nhận hồ sơ bồi thường kèm 12 tấm ảnh hiện trường vụ va chạm xe.",
        "Đề nghị ông bổ sung hóa đơn sửa chữa trước ngày 15/12 để được thanh toán 18.600.000 đồng vào tài khoản.",
        "Hồ sơ quá hạn sẽ bị từ chối theo điều khoản hợp đồng.",
    ],
    "cease-desist": [
        "Kính gửi ông {n},",
        "Chúng tôi là luật sư của bà Trần Thị Mai.",
        "Ông đã đăng tải hình ảnh riêng tư của bà Mai lên mạng xã hội mà không có sự đồng ý.",
        "Yêu cầu ông gỡ bỏ toàn bộ hình ảnh trong vòng 48 giờ và bồi thường thiệt hại 50.000.000 đồng.",
        "Nếu không, chúng tôi sẽ khởi kiện và gửi đơn tố giác đến cơ quan công an.",
    ],
    "union-newsletter": [
        "BẢN TIN CÔNG ĐOÀN CƠ QUAN",
        "Tháng này, công đoàn tổ chức tập huấn về bảo vệ thông tin cá nhân trên mạng xã hội.",
        "Đoàn viên lưu ý không chia sẻ ảnh gia đình, con cái công khai trên Facebook.",
        "Kinh phí tổ chức Tết cho con em đoàn viên đề nghị nộp về công đoàn trước ngày 20/1.",
    ],
    "en-tabloid": [
        "THE EVENING STAR - page 7",
        "Councillor caught on camera: photos obtained by this paper show the married councillor leaving a hotel with a young aide.",
        "The councillor did not respond to our request for comment by Friday.",
        "Readers with information can contact the newsdesk at tips@eveningstar.example.",
    ],
    "en-insurer-fraud-warning": [
        "Dear policyholder,",
        "Fraudsters are sending letters that claim to hold intimate images and demand payment in Bitcoin or USDT.",
        "If you receive one, do not pay and do not contact the sender. Keep the envelope and call the police.",
        "Our staff will never ask you to pay a claim fee in cryptocurrency.",
    ],
    "en-photo-lab": [
        "Dear {ne},",
        "Your order of 36 prints and the digital files is ready for collection.",
        "If you prefer delivery, we can post the photos to your home address for a fee of $6.",
        "Unclaimed orders are kept for 60 days.",
    ],
}
