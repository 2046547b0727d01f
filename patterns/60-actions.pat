# Action verbs: what a directive asks to do. They open task sentences
# ("Rà soát …", "Tăng cường …"), end body names, and are reported as
# `actions[].verb`. Adverbs that often lead a task ("khẩn trương", "chủ động")
# are in `action_lead`: a task may start with them.

[list action_verb]
# agreeing on a plan among the bodies named before it: "Giám đốc Bệnh viện
# A và Giám đốc Trung tâm Y tế B thống nhất phương án điều chuyển …" (a
# piece that opens with it, no subject, is the meeting's decision:
# `decision_only`)
thống nhất phương án
thống nhất kế hoạch
# referring members or people on to a service: "giới thiệu hội viên có nhu
# cầu vay vốn từ Quỹ Hỗ trợ nông dân …"
giới thiệu
# a farm's or firm's partnership: "Hợp tác xã Nông nghiệp dịch vụ A liên kết
# với các hộ …" (the name ends before it)
liên kết
# negotiating an agreement: "Ngân hàng Nhà nước Việt Nam đàm phán Hiệp định
# vay …" (the name ends before it)
đàm phán
# other verbs of settling terms with a party: "Phòng Tài nguyên và Môi
# trường thương thảo với Công ty …" (the name ends before them)
thương thảo
thương lượng
thỏa thuận
# laying lines and cables: "Phòng Giáo dục và Đào tạo kéo cáp quang …"
kéo cáp
kéo dây
kéo điện
kéo đường dây
kéo lưới điện
# field works named by what they do to the land or the waste
thu gom
san lấp
phát quang
# broadcasting: "Phòng Văn hóa - Xã hội phát thông tin cảnh báo …"
phát thông tin
phát tin
phát bản tin
phát sóng
# "Trung tâm Văn hóa, Thông tin và Thể thao huyện phát lịch thời vụ trên hệ
# thống truyền thanh …", "Đài Truyền thanh xã phát thông báo …"
phát lịch
phát thông báo
# directing resources, traffic and call-ups: "Vụ Trang thiết bị và Công
# trình y tế điều phối thêm 100 máy thở", "Sở Giao thông vận tải phân luồng
# …", "các tổ dân phố phát lệnh gọi nhập ngũ …"
điều phối
phân luồng
phát lệnh
# "… thả về môi trường tự nhiên"
thả
# the work of communes, land offices, schools, health and farm services, as
# it opens tasks in real notices ("Phòng Tư pháp trích lục, cung cấp hồ sơ",
# "Trạm Khuyến nông khuyến cáo nông dân …", "các trường kê cao thiết bị")
trích lục
xác nhận
# checking people's records against the population database and switching
# on their digital IDs: "Công an phường xác thực thông tin người hưởng …",
# "… kích hoạt tài khoản định danh điện tử"
xác thực
kích hoạt
đối chiếu
đối soát
bình xét
kê cao
phổ cập
phủ sóng
lồng ghép
khuyến cáo
phát dọn
gắn
đăng ký
cấm
quét
đón
chỉnh trang
chấm điểm
tự chấm điểm
tự đánh giá
# what a body does on its own ("Các Ban quản lý rừng phòng hộ, chủ rừng tự
# kiểm tra, phát dọn …"): the verb after "tự" makes the words before it the
# paragraph's own subject, instead of the item above handing its body down
tự kiểm tra
tự rà soát
tự kiểm điểm
tự bố trí
tự cân đối
tự tổ chức
tự khắc phục
# what owners buy or fit out at their own cost: "Các trang trại, gia trại
# chăn nuôi tự mua vắc xin …", "Các cơ sở tự trang bị bình chữa cháy …"
tự mua
tự trang bị
tích trữ
chấm dứt
đa dạng hóa
biên soạn
súc xả
tận dụng
tổng rà soát
# giving an opinion asked for: "Các Bộ: A, B có ý kiến đối với phương án …"
có ý kiến
# a trial run ends a partner's name: "phối hợp với Viễn thông A, Viettel A chạy
# thử hệ thống"
chạy thử
rà soát
triển khai
báo cáo
kiểm tra
tập trung
tăng cường
thực hiện
tổ chức thực hiện
tổ chức triển khai
tổ chức
xây dựng
đẩy mạnh
đẩy nhanh
nâng cao
hoàn thành
hoàn thiện
hoàn tất
chỉ đạo
lãnh đạo
lãnh đạo, chỉ đạo
phối hợp
chủ trì
tham mưu
# an advisory body's work for its principal: "Hội đồng … xã giúp UBND xã chỉ đạo …"
giúp
theo dõi
đôn đốc
hướng dẫn
cập nhật
bố trí
phê duyệt
ban hành
nghiên cứu
xem xét
xử lý
giải quyết
# a Party inspection committee's work on complaints: "Ủy ban Kiểm tra Huyện ủy
# kết luận dứt điểm các đơn thư …" (a bare "kết luận" is the chair concluding)
kết luận dứt điểm
quản lý
khắc phục
tuyên truyền
vận động
phổ biến
quán triệt
rút kinh nghiệm
đánh giá
tổng hợp
tổng kết
sơ kết
thống kê
lập
lập hồ sơ
điều chỉnh
bổ sung
sửa đổi
sửa chữa
thẩm định
thẩm tra
giám sát
thanh tra
kiểm soát
kiểm đếm
công khai
niêm yết
đăng tải
# broadcasters' work: "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam dành
# thời lượng phát sóng …"
dành thời lượng
cung cấp
hỗ trợ
tạo điều kiện
tạo
ưu tiên
huy động
phân bổ
cân đối
thu hồi
bàn giao
nghiệm thu
di dời
giải phóng
bảo vệ
phòng chống
phòng, chống
ngăn chặn
phát hiện
xử phạt
đề xuất
kiến nghị
duy trì
phát huy
củng cố
kiện toàn
sắp xếp
chuyển đổi
ứng dụng
số hóa
đầu tư
thu hút
mời gọi
xúc tiến
phát triển
thúc đẩy
khuyến khích
biểu dương
khen thưởng
tôn vinh
động viên
đào tạo
bồi dưỡng
tập huấn
chuẩn bị
dự trù
trang bị
thông báo
gửi
trình
cử
phân công
giao
yêu cầu
đề nghị
tiếp nhận
nhận hồ sơ
trả lời
đối thoại
tiếp công dân
lắng nghe
nắm bắt
nắm chắc
tiếp thu
đảm bảo
bảo đảm
giữ vững
nhận diện
cụ thể hóa
rà soát lại
lập lại
thông tuyến
tìm
di chuyển
sơ tán
cảnh báo
ứng phó
chấp hành
tuân thủ
tránh
hạn chế
giảm
giảm thiểu
tăng
mở rộng
nhân rộng
thí điểm
đổi mới
cải tiến
cải thiện
cải cách
định hướng
kêu gọi
hội chẩn
chuyển
khai thác
nhập
khai báo
tiêm
giữ
đề cao
# "nêu cao trách nhiệm, tinh thần …"
nêu cao
chú trọng
quan tâm
lưu ý
chủ động
khẩn trương
tiếp tục
nghiêm túc
kịp thời
thường xuyên
sớm
quyết liệt
phấn đấu
xác định
cam kết
căn cứ
thay thế
rút ngắn
đơn giản hóa
hiện đại hóa
chuẩn hóa
kết nối
tích hợp
vận hành
kiểm định
đo đạc
cắm mốc
cấp
cấp phát
cấp giấy
thanh toán
quyết toán
giải ngân
thu
chi
mua sắm
đấu thầu
lựa chọn
công bố
họp
tham dự
chịu trách nhiệm
có trách nhiệm
có giải pháp
có phương án
có văn bản
có kế hoạch
tuần tra
tuyển sinh
nộp
thu nộp
phát động
điều tra
xét xử
khảo sát
sẵn sàng
ra quân
# a clean-up campaign: "Các trường học trên địa bàn phường tổng vệ sinh
# trường lớp …" (not a bare "vệ sinh": "Ban Chỉ đạo vệ sinh an toàn thực phẩm")
tổng vệ sinh
nạo vét
gia cố
khôi phục
kiểm kê
ký kết
ký quỹ
ký cam kết
# signing as the work, which ends a name before it ("Sở Nông nghiệp và Môi
# trường ký hợp đồng …", "Lãnh đạo các cơ quan, đơn vị ký số …"); no bare
# "ký", a syllable of "Văn phòng Đăng ký đất đai"
ký hợp đồng
ký số
ký xác nhận
ký ban hành
ký duyệt
ký thỏa thuận
ký biên bản
ký phê duyệt
ký văn bản
thuê
in ấn
đặt hàng
thanh lý
tiêm phòng
phun
tiêu độc
khử trùng
tiêu hủy
cách ly
truy vết
xét nghiệm
tạm dừng
tạm ngừng
# provisional measures on a person or a thing ("… Chủ tịch UBND huyện tạm
# đình chỉ công tác đối với cán bộ …", "tạm giữ phương tiện")
tạm đình chỉ
tạm giữ
tạm thu giữ
dừng
ngừng
nghiêm cấm
lắp đặt
truy quét
tuyển chọn
cắt giảm
đấu tranh
lập biên bản
xác minh
thu thập
lấy mẫu
tính toán
tiết kiệm
hoàn trả
bồi thường
chi trả
vận chuyển
cứu hộ
ứng trực
cấp phép
gia hạn
# "đề nghị Bộ Tài chính kéo dài thời gian giải ngân …": without the
# verb the body's name ran on over it
kéo dài
hoãn
phân loại
làm rõ
phản ánh
tuyển dụng
bổ nhiệm
điều động
cưỡng chế
bảo dưỡng
tham gia
ủng hộ
chăm lo
thăm hỏi
trồng
chăm sóc
khoanh vùng
tiếp cận
liên hệ
làm việc
nhắc nhở
chấn chỉnh
siết chặt
thắt chặt
tạm ứng
diễn tập
ứng cứu
tu sửa
nâng cấp
cải tạo
tháo dỡ
giải tỏa
kiểm điểm
cung ứng
bám sát
sử dụng
áp dụng
coi
hạch toán
dự trữ
bình ổn
điều tiết
điều hành
sàng lọc
mở
nắm
nắm tình hình
# bringing a matter into work: "Các chi bộ trực thuộc đưa nội dung … vào sinh hoạt",
# "Thanh tra Sở đưa nội dung … vào kế hoạch thanh tra"
đưa
trang trí
treo
cắm biển
hoàn chỉnh
phụ trách
# Setting up, reorganizing, disciplining: "Sở Y tế thành lập đoàn kiểm tra"
thành lập
sáp nhập
hợp nhất
giải thể
điều chuyển
luân chuyển
phê bình
kỷ luật
đình chỉ
tạm hoãn
ổn định
# Sharing, building, treating, guarding (not "đăng ký", "khám", "cứu nạn":
# lowercase words of names such as "Văn phòng đăng ký đất đai", "Phòng khám")
kê khai
chia sẻ
làm sạch
làm
thi công
khởi công
tháo gỡ
điều trị
di tản
phòng ngừa
ngăn ngừa
canh gác
trực ban
# standing on duty, ready ("Công an huyện, Ban Chỉ huy Quân sự huyện trực
# sẵn sàng chiến đấu trước, trong và sau Tết", "trực 24/24 giờ"): "trực" alone
# is also a word of names ("trực thuộc"), so only with what follows it
trực sẵn sàng
trực chiến
trực sẵn
trực 24/24
trực 24/7
trực ứng cứu
trực cứu hộ
trực phòng chống
trực chỉ huy
quảng bá
gặp mặt
thăm
tặng quà
đấu giá
cho thuê
# a plant's or trader's purchases: "Nhà máy … chỉ thu mua mía …"
thu mua

# Words that may come before the verb of a task ("Khẩn trương triển khai …").
[list action_lead]
tiến hành
kiên quyết
tuyệt đối
không để
# a negative duty ("Chủ đầu tư dự án … không được san lấp …")
không được
không tự ý
khẩn trương
chủ động
tiếp tục
kịp thời
nghiêm túc
thường xuyên
quyết liệt
tích cực
sớm
cần
phải
cần phải
đồng thời
ngay
tập trung
trực tiếp

# A notice that only informs: its closing tells the public or the units to
# know (`… thông báo để các tổ chức, công dân trên địa bàn được biết./.`,
# `… thông báo để các đơn vị biết và thông tin cho …`), not to carry out
# (`… biết, thực hiện`). Read with `schedule_change`. Optional section.
[regex inform_closing]
thông\s+báo\s+(?:để|cho|đến)\s+[^.;:]*?\bbiết\s*(?:\.|$|và\s+thông\s+tin\b)

# In a notice that only informs (`inform_closing`), a piece that announces a
# change of an event's time or place: "Tạm dừng buổi tiếp công dân định kỳ
# ngày 20/8/2025", "Buổi tiếp công dân định kỳ được chuyển sang ngày …",
# "Việc tiếp công dân thường xuyên … vẫn được thực hiện …", "Hoãn Hội nghị
# …", "Lùi thời gian tổ chức Hội nghị sang ngày …": no one is asked, no task.
# A piece that names or inherits a doer ("Giao Ban QLDA tạm dừng thi công
# …") is kept. Optional section.
[regex schedule_change]
^(?:tạm\s+dừng|tạm\s+hoãn|hoãn|lùi|dời|thay\s+đổi)\s+(?:(?:thời\s+gian|lịch|ngày|địa\s+điểm)\s+)?(?:(?:việc\s+)?tổ\s+chức\s+)?(?:(?:các|một\s+số)\s+)?(?:buổi|cuộc|phiên|kỳ\s+họp|hội\s+nghị|hội\s+thảo|lễ|lịch|tiếp\s+công\s+dân)\b
^(?:(?:các|một\s+số)\s+)?(?:buổi|cuộc|phiên|kỳ\s+họp|hội\s+nghị|hội\s+thảo|lễ|lịch|việc|thời\s+gian|địa\s+điểm)\b[^.;:]*?\s(?:được\s+|sẽ\s+được\s+|sẽ\s+)?(?:chuyển\s+sang|dời\s+sang|lùi\s+sang|lùi\s+đến|hoãn\s+đến|tổ\s+chức\s+vào\s+ngày)\b
^(?:(?:các|một\s+số)\s+)?(?:buổi|cuộc|phiên|lịch|việc)\b[^.;:]*?\svẫn\s+(?:được\s+)?(?:thực\s+hiện|tổ\s+chức|duy\s+trì|diễn\s+ra)\b
^(?:(?:các|một\s+số)\s+)?(?:địa\s+điểm|thời\s+gian|thành\s+phần)\b[^.;:]*?\s(?:không\s+thay\s+đổi|giữ\s+nguyên)\b

# Items that only record what a meeting approved or noted, not work
# ("Thống nhất nội dung dự thảo …", "Ghi nhận và đánh giá cao kết quả …"):
# dropped unless an action verb follows the phrase matched here ("Thống nhất
# tổ chức …") or the item names a body of its own (optional section).
# Praise words (biểu dương, khen thưởng) are left out: commending is work.
[regex decision_only]
# A personnel decision, whose verbs are what was approved, not work: "Đồng
# ý điều động, phân công đồng chí Hồ Thị Lan …", "Thống nhất giới thiệu đồng chí …"
^(?:cơ\s+bản\s+)?(?:thống\s+nhất|nhất\s+trí|đồng\s+ý|chấp\s+thuận)(?:\s+chủ\s+trương)?\s+(?:(?:điều\s+động|phân\s+công|bổ\s+nhiệm|bổ\s+nhiệm\s+lại|giới\s+thiệu|luân\s+chuyển|tiếp\s+nhận|miễn\s+nhiệm|cho\s+thôi|chỉ\s+định|biệt\s+phái)\s*(?:,|và)?\s*)+(?:đồng\s+chí|ông|bà)\b
# Keeping what stands: "Thống nhất giữ ổn định phương thức tổ chức Kỳ thi như năm 2022"
^(?:cơ\s+bản\s+)?(?:thống\s+nhất|nhất\s+trí|đồng\s+ý)\s+(?:giữ\s+(?:ổn\s+định|nguyên)|duy\s+trì\s+ổn\s+định)\b
# (The lines above come first: the first line that matches is the one whose
# end is read. "Phê bình 14 chủ đầu tư có tỷ lệ giải ngân thấp." judges,
# asks for nothing.)
^(?:cơ\s+bản\s+)?(?:thống\s+nhất|nhất\s+trí|đồng\s+ý|chấp\s+thuận|ghi\s+nhận|đánh\s+giá\s+cao|phê\s+bình)(?:\s*(?:,|và)\s*(?:ghi\s+nhận|đánh\s+giá\s+cao))*\b
# A request refused: "Không chấp thuận đề nghị gia hạn tiến độ …", "Không
# đồng ý điều chỉnh quy hoạch …" (what is refused is
# no work, whatever verbs it names: the clause is read to its end; "Không
# chấp thuận …; giao Sở X thông báo …" still names a doer; "Không cho phép
# chôn cất mới …", "Không xem xét cấp phép mới …" forbid: tasks)
^(?:không|chưa)\s+(?:chấp\s+thuận|đồng\s+ý|thống\s+nhất|nhất\s+trí)\b(?:[^.;]|\.\d)*
# The ruling on a complaint or a denunciation: its verdict ("Khiếu nại của
# bà … là đúng một phần: …", "Nội dung tố cáo thứ nhất là đúng.", "Như vậy,
# nội dung tố cáo đối với ông … là tố cáo đúng một phần.") and the decision
# it keeps or recognizes ("Giữ nguyên nội dung Quyết định số …", "Công nhận
# nội dung khiếu nại …"): judged, nothing asked ("… là đúng; giao Thanh tra
# huyện …" names a doer).
^(?:như\s+vậy|vì\s+vậy|do\s+đó|từ\s+đó)?\s*,?\s*(?:(?:các\s+)?nội\s+dung\s+|việc\s+)?(?:đơn\s+)?(?:khiếu\s+nại|tố\s+cáo|kiến\s+nghị|phản\s+ánh)\b[^.;:]*?\slà\s+(?:(?:khiếu\s+nại|tố\s+cáo|kiến\s+nghị|phản\s+ánh)\s+)?(?:đúng|sai|không\s+đúng|có\s+cơ\s+sở|không\s+có\s+cơ\s+sở|chưa\s+có\s+cơ\s+sở)\b(?:[^.;]|\.\d)*
^(?:giữ\s+nguyên|công\s+nhận)\s+(?:(?:một\s+phần|toàn\s+bộ)\s+)?(?:nội\s+dung\s+)?(?:quyết\s+định|kết\s+luận|khiếu\s+nại|tố\s+cáo|kiến\s+nghị|đơn)\b(?:[^.;]|\.\d)*
# A heading's topic, then what the meeting agreed it is ("Phương án thi:
# thống nhất tổ chức thi 3 môn …, dự kiến thi vào ngày 02 và 03/6/2026."): the
# arrangement adopted, read to the clause's end; no one is asked ("Thống nhất
# tổ chức Hội nghị …" without such a topic still asks).
^(?:phương\s+án|lịch|thời\s+gian|địa\s+điểm|hình\s+thức|quy\s+mô|thành\s+phần|chỉ\s+tiêu|cơ\s+cấu|số\s+lượng)(?:\s+[^\s.;:,]+)*\s*:\s*(?:cơ\s+bản\s+)?(?:thống\s+nhất|nhất\s+trí|đồng\s+ý)\s(?:[^.;]|\.\d)*
# A regulator's own measure on a product, announced ("Đình chỉ lưu hành và thu
# hồi trên toàn quốc lô thuốc …"): who recalls it is told in the items after.
^đình\s+chỉ\s+lưu\s+hành\b(?:[^.;]|\.\d)*

# A piece whose subject only praises or notes what was done ("Ban Thường vụ
# Tỉnh ủy đánh giá cao sự nỗ lực …", "UBND huyện ghi nhận và biểu dương …"):
# no task unless a role cue follows. Without a subject it is one ("Biểu
# dương, khen thưởng kịp thời …" in a plan). Optional section.
[regex praise_only]
# ("ghi nhận ý kiến …, tổng hợp …" records opinions: a task)
# (after an opening phrase: "Phát biểu tại đây, Chủ tịch UBND tỉnh biểu dương …")
^(?:(?:phát\s+biểu|kết\s+luận|tại|qua|trong|thay\s+mặt)\b[^.;:,]*,\s*)?[^.;:,]+?\s(?:đánh\s+giá\s+cao|ghi\s+nhận\s+(?:và\s+(?:đánh\s+giá\s+cao|biểu\s+dương)|(?:những\s+|các\s+)?(?:kết\s+quả|sự\s+nỗ\s+lực|nỗ\s+lực|sự\s+cố\s+gắng|cố\s+gắng|tinh\s+thần))|biểu\s+dương|hoan\s+nghênh|khen\s+ngợi|đánh\s+giá\s+tích\s+cực|chúc\s+mừng|(?:cơ\s+bản\s+)?(?:thống\s+nhất|nhất\s+trí|đồng\s+ý)\s+(?:với|thông\s+qua))\b
# (a leader who criticizes: "Phó Chủ tịch UBND tỉnh phê bình Ban QLDA … đã
# chưa quyết liệt")
^(?:{speaker_title})\s[^.;:,]*?\b(?:nghiêm\s+khắc\s+)?phê\s+bình\s
# The praise or the criticism opening the piece, the issuer its subject
# ("Biểu dương Ban Quản lý dự án … và các nhà thầu đã nỗ lực …", "Khen ngợi
# …", "Phê bình UBND huyện … chưa quyết liệt"): no work either.
^(?:đánh\s+giá\s+cao|ghi\s+nhận\s+và\s+(?:đánh\s+giá\s+cao|biểu\s+dương)|biểu\s+dương|hoan\s+nghênh|khen\s+ngợi|(?:nghiêm\s+khắc\s+)?phê\s+bình)\s

# An emphasis on what a work is, and who answers for it ("Kết luận cuộc họp,
# Chủ tịch UBND tỉnh nhấn mạnh giải ngân vốn đầu tư công là nhiệm vụ chính
# trị trọng tâm, người đứng đầu phải chịu trách nhiệm nếu …", "… khẳng định
# chuyển đổi số là …"): a remark, no task unless a cue that asks follows.
^(?:(?:phát\s+biểu|kết\s+luận|tại|qua|trong|thay\s+mặt)\b[^.;:,]*,\s*)?[^.;:,]+?\s(?:cũng\s+|một\s+lần\s+nữa\s+)?(?:nhấn\s+mạnh|khẳng\s+định)\s+(?:rằng\s+)?[^.;:,"]*?\s(?:là|sẽ\s+là|luôn\s+là)\s
# A stance of the speaker's own level ("Phó Chủ tịch UBND tỉnh nhấn mạnh,
# tỉnh luôn tạo điều kiện cho nhà đầu tư, song sẽ kiên quyết thu hồi …",
# "… khẳng định, thành phố sẽ luôn đồng hành …"): what the level stands for,
# no task.
^(?:(?:phát\s+biểu|kết\s+luận|tại|qua|trong|thay\s+mặt)\b[^.;:,]*,\s*)?[^.;:,]+?\s(?:cũng\s+|một\s+lần\s+nữa\s+)?(?:nhấn\s+mạnh|khẳng\s+định)\s*,?\s*(?:rằng\s+)?(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|chính\s+quyền(?:\s+(?:tỉnh|huyện|thành\s+phố|xã|phường|địa\s+phương))?|lãnh\s+đạo\s+(?:tỉnh|huyện|thành\s+phố|xã|phường))\s+(?:(?:sẽ\s+)?luôn(?:\s+luôn)?|sẽ\s+luôn|cam\s+kết|sẵn\s+sàng|sẽ\s+tiếp\s+tục\s+đồng\s+hành)\s
# The head of the issuer authorising a person to act for him ("Chủ tịch UBND
# xã ủy quyền cho đồng chí Phó Chủ tịch UBND xã … ký xác nhận …", "Giám đốc
# Sở ủy quyền Phó Giám đốc … ký …"): the issuer's own act, no one's task.
^(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|trưởng\s+ban|bộ\s+trưởng)\s[^.;:,]*?\sủy\s+quyền\s+(?:cho\s+)?(?:(?:đồng\s+chí|ông|bà)\s|phó\s)
# A target set for the whole area, with no body given work ("Chủ tịch UBND
# tỉnh phấn đấu đến ngày 31/01/2024 toàn tỉnh giải ngân đạt trên 95% kế
# hoạch vốn", "Chủ tịch UBND huyện phấn đấu năm 2025 toàn huyện có 100% xã
# đạt …"): the speaker's own aim. (Without the speaker, "Phấn đấu đến cuối
# năm 2021, tỷ lệ … toàn tỉnh đạt 92%" under a body's heading is its task.)
^(?:{speaker_title})\s[^.;:,]*?\sphấn\s+đấu\s[^.;:]*?\btoàn\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|thị\s+trấn|ngành)\s[^.;:]*?\bđạt\s(?:[^.;:]|[.,]\d)*

# A plan told of, as news reports it after the directions ("Theo kế hoạch,
# trong năm 2024, Sở Y tế sẽ trình UBND tỉnh …", "Được biết, từ nay đến cuối
# năm, Sở … phấn đấu hoàn thành …"): no one is asked. Only with a word of
# intent after the opening ("Theo kế hoạch, UBND các huyện hoàn thành trước
# …" asks). Optional section.
[regex plan_report]
^(?:theo\s+kế\s+hoạch|được\s+biết|theo\s+lộ\s+trình)\s*,[^.;:]*?\s(?:sẽ|phấn\s+đấu|dự\s+kiến)\s
# An earlier request told in a news report's account, in a sentence of its
# own ("Trước đó, ngày 10/10/2022, Bộ Công Thương đã có văn bản yêu cầu các
# thương nhân đầu mối bảo đảm …"): history, no one is asked now.
^(?:trước\s+đó|trước\s+đây)\s*,[^.;:]*?\sđã\s+(?:có\s+(?:văn\s+bản|công\s+văn)\s+)?(?:yêu\s+cầu|chỉ\s+đạo|giao|đề\s+nghị)\s
# The issuer's promise to tell more if things change ("Trường hợp diễn
# biến độ mặn bất thường, UBND xã sẽ có thông báo điều chỉnh.", "Nếu thời
# tiết thay đổi, Ban Tổ chức sẽ thông báo sau."): no one is asked.
^(?:trường\s+hợp|nếu)\s[^.;:]*?\ssẽ\s+(?:có\s+)?thông\s+báo(?:\s+(?:điều\s+chỉnh|bổ\s+sung|sau|cụ\s+thể|lại))?\s*\.?$
# A people's council (or its standing board, its committees) saying what it
# will itself go on watching ("HĐND tỉnh sẽ tiếp tục giám sát việc thực hiện
# những cam kết …", "Ban Pháp chế HĐND huyện sẽ theo dõi, tái giám sát …"): its
# own intention, no one is asked.
# A participant telling what it will do itself ("Đại diện Ngân hàng Nhà nước
# cho biết sẽ chỉ đạo Chi nhánh …", "Lãnh đạo Sở Y tế cam kết sẽ …"): an
# account of its intent, no one is asked.
^(?:đại\s+diện|lãnh\s+đạo)\s[^.;:"]*?\s(?:cho\s+biết|thông\s+tin|cam\s+kết)\s*,?\s*(?:thời\s+gian\s+tới\s*,?\s*|đơn\s+vị\s+|ngành\s+)?sẽ\s
^"?\s*[^.;:,"]*?\b(?:hđnd|hội\s+đồng\s+nhân\s+dân)\b[^.;:,"]*?\ssẽ\s+(?:tiếp\s+tục\s+)?(?:theo\s+dõi\s*,?\s*|đôn\s+đốc\s*,?\s*)?(?:giám\s+sát|tái\s+giám\s+sát|theo\s+dõi|đôn\s+đốc)\b

# A sentence that reports a result ("Đến hết tháng 8, thu ngân sách mới đạt
# 58% dự toán."), before a sentence that gives a named body work: no task.
# Only read there ("phấn đấu đạt 100%" asks for work). Optional section.
[regex result_only]
\b(?:mới|chỉ|mới\s+chỉ|đã|chưa|vẫn\s+chưa)\s+đạt\b
# what a past year saw done, opened by the year ("Năm 2023, hệ thống Kho bạc
# đã kiểm soát chặt chẽ các khoản chi …")
^(?:trong\s+)?năm\s+[0-9]{4}\s*,\s[^.;:]*?\sđã\s

# The verb that would end a closing, negated: the end names what was not
# done ("… giám sát các kiến nghị đã được trả lời nhưng chưa thực hiện."), the
# item is a task. Optional section.
[regex generic_closing_not]
# "the carrying out" as the object of another verb: "Các Ban HĐND tỉnh giám
# sát chặt chẽ việc thực hiện." asks for supervision, no closing
\bviệc\s+(?:triển\s+khai|thực\s+hiện)(?:\s+thực\s+hiện)?\s*(?:\./\.|\.)?$
\b(?:chưa|không|chậm)\s+(?:được\s+)?(?:triển\s+khai|thực\s+hiện)(?:\s+thực\s+hiện)?\s*(?:\./\.|\.)?$

# An item that only asks everyone to carry the notice out: a closing formula
# numbered as an item, no task ("Các phòng, ban, đơn vị được giao nhiệm vụ
# tại Thông báo này nghiêm túc triển khai."). The whole item. Optional section.
# A sentence on why the work matters, before a closing formula ("Đây là
# nhiệm vụ trọng tâm, cấp bách trong những tháng cuối năm. Sở … đề nghị các
# cơ quan … khẩn trương triển khai thực hiện."): the formula after it is still
# one. (Apart from generic_closing: a gap to a full stop at the start of its
# lines held a megabyte of search cache.) Optional section.
[regex closing_reason]
# (the remark may end at a semicolon: "Đây là việc cấp bách; đề nghị các cơ
# quan, địa phương triển khai ngay./."; and a sentence on what was done
# before may open it, a year or a stretch of time and "đã": "Năm 2023, huyện
# đã hoàn thành 100% chỉ tiêu giao quân. Đây là nhiệm vụ chính trị trọng
# tâm; yêu cầu … khẩn trương triển khai thực hiện./.")
^(?:(?:(?:trong\s+)?năm\s+\d{4}|(?:thời\s+gian|những\s+năm)\s+(?:vừa\s+)?qua|(?:đến|tới)\s+nay)\s*,[^.;:]*?\sđã\s[^.;:]*\.\s+)?đây\s+là\s[^.;:]*[.;]\s+

# Words every line of generic_closing holds: a text without them is not
# searched for the formula (most paragraphs; the formula's search cache stays
# small). Keep in step with the lines below. Optional section.
[regex generic_closing_needs]
thực\s+hiện|triển\s+khai|quan\s+tâm

# The emulation clause a closing may end with: the carrying out is weighed
# in the year's emulation ("…; kết quả thực hiện được đánh giá vào bình xét
# thi đua cuối năm 2012./.", "…; kết quả thực hiện là một trong những tiêu
# chí đánh giá, xếp loại thi đua cuối năm 2021 của cơ quan, đơn vị./."): cut
# off before the formula is read (no task, no deadline). Apart from
# generic_closing: inside it, it cost 0.7 MB of search cache. Optional section.
[regex closing_emulation]
(?:;|,|\.)\s*(?:kết\s+quả|việc)\s+(?:triển\s+khai\s+)?(?:thực\s+hiện\s+)?(?:(?:chỉ\s+thị|công\s+văn|văn\s+bản|thông\s+báo|kế\s+hoạch)\s+này\s+)?(?:sẽ\s+)?(?:là|được|làm)\s[^.;]*?\b(?:thi\s+đua|khen\s+thưởng|xếp\s+loại)\b[^.;]*(?:\./\.|\.)?\s*$

# A report asked after the formula, to a body, with no day set ("Yêu cầu
# các cơ quan, đơn vị, tổ chức nghiêm túc thực hiện; báo cáo kết quả về UBND
# tỉnh (qua Sở Tài nguyên và Môi trường)./."): cut off before the formula is
# read, only when the tail holds no deadline ("…; báo cáo kết quả về Sở trước
# ngày 30/11" stays a task). The result may stand first: "Các cấp Hội triển
# khai thực hiện; kết quả báo cáo về Hội Cựu chiến binh tỉnh …./.".
# Optional section.
[regex closing_report_tail]
(?:;|,)\s*(?:và\s+)?(?:báo\s+cáo\s+kết\s+quả|kết\s+quả\s+báo\s+cáo)(?:\s+thực\s+hiện)?\s+(?:về|cho|lên)\s[^.;]*(?:\./\.|\.)?\s*$

[regex generic_closing]
# (a speaker may ask it: "Ông Lợi yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện.";
# its object may be the conclusions: "… nghiêm túc triển khai thực hiện các nội dung kết luận trên./.";
# it may end with whom it holds to account: "…; trường hợp để dịch lây lan, …",
# or with what to do when stuck: "…; trong quá trình thực hiện nếu có khó khăn, …";
# it may be the first clause of a paragraph whose next clause gives one body
# a task: "… yêu cầu các chi bộ, đoàn thể nghiêm túc thực hiện; giao Văn phòng …")
^(?:(?:[^.;:]*?\s)?(?:đề\s+nghị|yêu\s+cầu)\s+)?(?:(?:thủ\s+trưởng|giám\s+đốc|chủ\s+tịch)\s+)?(?:các|mọi|tất\s+cả\s+các)\s[^.:]*?\s(?:nghiêm\s+túc\s+|khẩn\s+trương\s+|chủ\s+động\s+)?(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)(?:\s+thực\s+hiện)?(?:\s+(?:nghiêm(?:\s+túc)?|có\s+hiệu\s+quả|đầy\s+đủ))?(?:\s+(?:các\s+)?(?:nội\s+dung|nhiệm\s+vụ)(?:\s+(?:kết\s+luận|chỉ\s+đạo))?(?:\s+(?:nêu\s+)?trên)?)?(?:\s+(?:thông\s+báo|chỉ\s+thị|kế\s+hoạch|nghị\s+quyết|công\s+điện|công\s+văn|văn\s+bản|quyết\s+định|phương\s+án|hướng\s+dẫn|chương\s+trình)\s+này)?(?:\s*[;,]\s*(?:trường\s+hợp|người\s+đứng\s+đầu|nếu|để\s+xảy\s+ra|(?:trong\s+)?quá\s+trình)\b[^.]*)?\s*(?:\./\.|[.;])?$
# Asked of bodies named one by one, with the urgency that makes it a formula,
# the notice or nothing as its object, after a remark on why it matters or
# not ("Đây là công trình trọng điểm của tỉnh, UBND huyện yêu cầu các cơ
# quan, UBND các xã nghiêm túc thực hiện.", "Yêu cầu Giám đốc Sở Y tế … nghiêm
# túc thực hiện các nội dung tại Kết luận này.", "Sở Bưu chính, Viễn thông đề
# nghị các đơn vị khẩn trương triển khai thực hiện."), with what it serves
# after it or not ("Chủ tịch UBND phường đề nghị các cơ quan, đơn vị, tổ dân
# phố nghiêm túc triển khai thực hiện, góp phần để cuộc bầu cử … thành công
# tốt đẹp./.")
^(?:[^.;:]*?\s)?(?:đề\s+nghị|yêu\s+cầu)\s+[^.:]*?\s(?:khẩn\s+trương\s*,?\s*|nghiêm\s+túc\s+)+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện(?:\s+(?:nghiêm\s+túc|có\s+hiệu\s+quả|đầy\s+đủ))?(?:\s+(?:các\s+)?(?:nội\s+dung|nhiệm\s+vụ|yêu\s+cầu)(?:\s+(?:nêu\s+)?trên)?)?(?:\s+(?:(?:tại|của|trong)\s+)?(?:thông\s+báo|chỉ\s+thị|kế\s+hoạch|nghị\s+quyết|công\s+điện|công\s+văn|văn\s+bản|quyết\s+định|phương\s+án|hướng\s+dẫn|chương\s+trình|kết\s+luận(?:\s+thanh\s+tra)?)\s+này)?(?:\s*[,;]\s*(?:và\s+)?báo\s+cáo\s+kết\s+quả(?:\s+thực\s+hiện)?\s+(?:tại|trong)\s+(?:cuộc\s+)?(?:họp|phiên\s+họp|buổi)\s+giao\s+ban(?:\s+(?:tuần|tháng|kỳ)(?:\s+(?:sau|tới))?)?|\s*,\s*(?:góp\s+phần|nhằm)\s[^.;:]*)?\s*(?:\./\.|[.;])?$

# A letter's closing courtesy: the addressee asked for its attention and
# help, no work named ("UBND xã … đề nghị Thuế cơ sở 4 … quan tâm, phối
# hợp./.", "Rất mong nhận được sự quan tâm, giúp đỡ của Quý cơ quan./.").
^(?:[^.;:]*?\s)?(?:đề\s+nghị|rất\s+mong|mong|kính\s+mong)\s+(?:[^.;:]*?\s)?(?:sự\s+)?quan\s+tâm(?:\s*,\s*|\s+và\s+)?(?:phối\s+hợp|giúp\s+đỡ|tạo\s+điều\s+kiện|hỗ\s+trợ|ủng\s+hộ)?(?:\s+(?:của|từ)\s+[^.;:]*?)?\s*(?:\./\.|\.)?$

# A line that only gives a sum or a count after its label, as the breakdown
# under a recovery task lists them ("- Tiền sử dụng đất còn thiếu …: 1.215.400.000
# đồng;", "- Kinh phí thực hiện: 50 triệu đồng."): no task unless it reads as
# one. Optional section.
[regex amount_line]
^[^.;:]*:\s*(?:khoảng\s+|tổng\s+cộng\s+|trên\s+|gần\s+)?\d[\d.,]*\s*(?:(?:nghìn|triệu|tỷ)\s+)?(?:đồng|ha|m2|m²|m3|hộ|người|trường\s+hợp|hồ\s+sơ|công\s+trình)\s*[;.,]?$

# A piece that only says whom its doer answers to, and for what ("Chịu
# trách nhiệm trước Chủ tịch UBND huyện về kết quả tuyển quân của địa
# phương.", "Chịu trách nhiệm trước pháp luật nếu để xảy ra …"): no task. The
# whole piece: work after it in the same piece keeps it a task. Optional section.
[regex accountability_only]
# a condition first, then the head who answers for it: "Nơi nào để xảy ra
# cháy lớn do chủ quan, người đứng đầu nơi đó chịu trách nhiệm trước Chủ tịch
# UBND xã.", "Địa phương, đơn vị nào để xảy ra …, Chủ tịch UBND địa phương đó
# phải chịu trách nhiệm …", "Nếu để xảy ra …, thủ trưởng … chịu trách nhiệm …"
^(?:nếu|ở\s+đâu|(?:nơi|địa\s+phương|đơn\s+vị|cơ\s+quan|ngành|cơ\s+sở|xã|phường|thôn)(?:\s*,\s*(?:địa\s+phương|đơn\s+vị|cơ\s+quan|ngành|cơ\s+sở))*\s+nào)\s+(?:để\s+)?(?:xảy\s+ra|diễn\s+ra|tái\s+diễn|phát\s+sinh|chậm|buông\s+lỏng|lơ\s+là)\b[^.;:]*?,\s*(?:thì\s+)?[^.;:,]*?\s(?:phải\s+)?chịu\s+trách\s+nhiệm\b(?:[^.;:]|\.\d)*?[.;]?$
^chịu\s+trách\s+nhiệm\s+(?:hoàn\s+toàn\s+|toàn\s+diện\s+)?trước\s+[^.;:]*?\s(?:về|nếu|khi)\s(?:[^.;:]|\.\d)*?[.;]?$
^(?:phải\s+)?chịu\s+trách\s+nhiệm(?:\s+(?:hoàn\s+toàn|toàn\s+diện|cá\s+nhân))?\s+(?:nếu|khi)\s+để\s+(?:xảy\s+ra|diễn\s+ra|tái\s+diễn|phát\s+sinh|chậm|kéo\s+dài|tồn\s+đọng|lây\s+lan|bùng\s+phát|thất\s+thoát|ách\s+tắc|ùn\s+tắc)\s(?:[^.;:]|\.\d)*?[.;]?$

# What follows a piece's subject when it only says whom the body answers
# to ("Giám đốc các sở, Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch
# UBND tỉnh nếu để xảy ra cháy, nổ …", "… người đứng đầu các đơn vị chịu
# trách nhiệm cá nhân nếu để chậm giải ngân", "Thứ hai, người đứng đầu cơ quan, đơn
# vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện …") or
# that the body ends when its work is done ("Tổ giúp việc tự giải thể sau khi
# hoàn thành nhiệm vụ."): no task. To the piece's end: work after it ("…;
# tổ chức kiểm tra …") keeps it a task. Optional section.
[regex subject_statement]
^(?:(?:phải|sẽ|hoàn\s+toàn|trực\s+tiếp)\s+)*chịu\s+trách\s+nhiệm(?:\s+(?:hoàn\s+toàn|toàn\s+diện|cá\s+nhân|chính))?\s+trước\s+[^.;:]*?\s(?:về|nếu|khi)\s(?:[^.;:]|\.\d)*?\.?$
# (whom it answers to left unsaid: "Người đứng đầu các địa phương phải chịu
# trách nhiệm nếu để xảy ra tình trạng …")
^(?:(?:phải|sẽ|hoàn\s+toàn|trực\s+tiếp)\s+)*chịu\s+trách\s+nhiệm(?:\s+(?:hoàn\s+toàn|toàn\s+diện|cá\s+nhân|chính))?\s+(?:nếu|khi)\s+để\s+(?:xảy\s+ra|diễn\s+ra|tái\s+diễn|phát\s+sinh|chậm|kéo\s+dài|tồn\s+đọng|lây\s+lan|bùng\s+phát|thất\s+thoát|ách\s+tắc|ùn\s+tắc)\s(?:[^.;:]|\.\d)*?\.?$
# (that it is the standing office and no more: "Giao Phòng Văn hóa và
# Thông tin là cơ quan thường trực, chịu trách nhiệm chung;", "Công an xã là
# cơ quan thường trực."; "… là cơ quan thường trực, theo dõi, đôn đốc …" goes
# on with its work and stays a task)
^là\s+cơ\s+quan\s+(?:thường\s+trực|đầu\s+mối)(?:\s*,\s*chịu\s+trách\s+nhiệm\s+chung)?\s*[.;]?$
^(?:sẽ\s+)?(?:tự\s+)?(?:giải\s+thể|giải\s+tán|chấm\s+dứt\s+hoạt\s+động)\b[^.;:]*\.?$

# A piece that only says what befalls whoever keeps or breaks the rules
# ("Cơ quan, đơn vị, cá nhân có thành tích … được khen thưởng theo quy định;
# tổ chức, cá nhân vi phạm bị xử lý theo quy định của pháp luật."), as a
# regulation's article on rewards and sanctions does: no one's work.
# Every clause so. Optional section.
[regex reward_sanction]
(?:sẽ\s+)?(?:được\s+(?:xem\s+xét\s+)?(?:khen\s+thưởng|biểu\s+dương)[^.;:]*|bị\s+(?:xem\s+xét\s+)?(?:xử\s+phạt|kỷ\s+luật|truy\s+cứu)\b[^.;:]*|bị\s+(?:xem\s+xét\s+)?xử\s+lý(?:\s*|\s*,[^.;:]*|\s+(?:theo|nghiêm|kỷ\s+luật|hình\s+sự|hành\s+chính|vi\s+phạm|trách\s+nhiệm|tùy|tuỳ|thích\s+đáng|về|trước)\b[^.;:]*))
# "bị xử lý" is a sanction only where the clause ends there or goes on
# with how ("… bị xử lý nghiêm theo quy định"); "lắp đặt thiết bị xử lý
# nước lợ" is equipment, and its clause a task.

[regex reward_sanction_only]
^(?:[^.;:]*?\s)?{reward_sanction}(?:;\s*(?:[^.;:]*?\s)?{reward_sanction})*\.?$
# A warning of what follows a missed deadline ("Quá thời hạn nêu trên, doanh
# nghiệp nào không thực hiện, Ban Quản lý sẽ đề nghị cơ quan có thẩm quyền
# xử lý …", "Hết thời hạn trên mà chủ đầu tư chưa khắc phục, Sở sẽ kiến nghị
# thu hồi …"): a sanction foretold, no one's work. Only with "sẽ": "…, giao
# Phòng … thu hồi" hands out work. (Two open gaps only: each costs search
# cache on every piece.)
^(?:quá|hết)\s+(?:thời\s+hạn|thời\s+gian)\b[^.;:]*?\ssẽ\s[^.;:]*?\b(?:xử\s+lý|xử\s+phạt|thu\s+hồi|đình\s+chỉ)\b[^.;:]*(?:\./\.|\.)?$

# A note in parentheses that only says where the tasks are listed: no task
# itself ("(Nhiệm vụ giao UBND các quận, huyện chi tiết tại Phụ lục kèm
# theo)", "(Chi tiết tại Biểu kèm theo)", "(Có Phụ lục kèm theo)"). Optional section.
[regex pointer_note]
^\([^()]*\b(?:chi\s+tiết|cụ\s+thể)\s+(?:tại|theo|như|ở)\s+(?:các\s+)?(?:phụ\s+lục|biểu|danh\s+mục|bảng)\b[^()]*\)\s*\.?$
^\(\s*(?:có|kèm\s+theo)\s+(?:các\s+)?(?:phụ\s+lục|biểu|danh\s+mục)\b[^()]*\)\s*\.?$
# The same as a sentence of its own: "Nhiệm vụ cụ thể, cơ quan chủ trì, thời
# gian hoàn thành tại Phụ lục kèm theo.", "Các nhiệm vụ cụ thể có Phụ lục kèm theo.",
# also handed to the bodies the appendix lists: "Giao các cơ quan, đơn vị
# thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này.", or with those
# bodies as its subject: "các phòng, ban thực hiện nhiệm vụ được phân công
# tại Phụ lục kèm theo Kế hoạch này." (not with more work after a comma:
# "…, báo cáo kết quả trước ngày 15/12/2024.")
^(?:(?:giao|đề\s+nghị|yêu\s+cầu|(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|phòng|ban|ngành|sở|địa\s+phương))\b[^.;:()]*?\s(?:thực\s+hiện|triển\s+khai)\s+)?(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung|danh\s+mục\s+nhiệm\s+vụ)\b[^.;:()]*?\s(?:chi\s+tiết\s+|cụ\s+thể\s+)?(?:tại|theo|như|ở|có)\s+(?:các\s+)?(?:phụ\s+lục|biểu|danh\s+mục|bảng)\b[^.;:(),]*\.?$
# ... or over the table that follows: "Các hoạt động chuyên môn được phân
# công cụ thể tại Bảng phân công nhiệm vụ dưới đây:"
^(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung|hoạt\s+động)\b[^.;:()]*?\s(?:được\s+)?phân\s+công\s+(?:chi\s+tiết\s+|cụ\s+thể\s+)?(?:tại|theo|như|ở)\s+(?:các\s+)?(?:phụ\s+lục|biểu|bảng)\b[^.;:()]*[.:]?$
# ... or agreeing on the sharing out the table below sets: "Thống nhất phân
# công nhiệm vụ theo bảng dưới đây", "Giao nhiệm vụ cụ thể theo Phụ lục kèm theo"
^(?:thống\s+nhất\s+|đồng\s+ý\s+|(?:ban\s+hành\s+)?(?:kèm\s+theo\s+)?)?(?:phân\s+công|giao)\s+(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)\b[^.;:()]*?\s(?:chi\s+tiết\s+|cụ\s+thể\s+)?(?:tại|theo|như|ở)\s+(?:các\s+)?(?:phụ\s+lục|biểu|danh\s+mục|bảng)\b[^.;:(),]*[.:]?$
# Opened by "Chi tiết": "Chi tiết nhiệm vụ, giải pháp và phân công thực hiện tại Phụ lục kèm theo."
^(?:chi\s+tiết|cụ\s+thể)\s+(?:các\s+)?(?:nhiệm\s+vụ|nội\s+dung|phân\s+công|hoạt\s+động)\b[^.;:()]*?\s(?:tại|theo|như|ở)\s+(?:các\s+)?(?:phụ\s+lục|biểu|danh\s+mục|bảng)\b[^.;:()]*\.?$
# The rest of the work left to another document ("Các nội dung khác thực
# hiện theo Kế hoạch số 56/KH-UBND ngày 03/3/2025 của UBND huyện./.", "Những
# nội dung còn lại thực hiện theo Công văn số …"): a pointer, no work of its own.
^(?:các\s+|những\s+)?(?:nội\s+dung|nhiệm\s+vụ|công\s+việc)\s+(?:khác|còn\s+lại)\s+(?:(?:tiếp\s+tục\s+)?thực\s+hiện\s+)?theo\s+(?:kế\s+hoạch|văn\s+bản|công\s+văn|quyết\s+định|chỉ\s+thị|thông\s+báo|hướng\s+dẫn|chương\s+trình)\b[^;:()]*$

# A piece that only says where the money for the work comes from, as a
# plan's funding part does ("Kinh phí thực hiện Kế hoạch được bố trí từ
# nguồn ngân sách huyện năm 2014 …", "Nguồn kinh phí: từ ngân sách tỉnh …",
# "Kinh phí do ngân sách nhà nước bảo đảm"): no one is asked. A piece that
# names its own doer ("… do Sở Tài chính tham mưu bố trí") stays a task.
# The whole piece. Optional section.
[regex funding_only]
^(?:nguồn\s+)?kinh\s+phí\b[^.;:]*?(?:\s|:\s*)(?:được\s+(?:(?:xem\s+xét\s+)?bố\s+trí|cân\s+đối|đảm\s+bảo|bảo\s+đảm|cấp|trích|chi|sử\s+dụng|lồng\s+ghép|huy\s+động)|(?:lấy\s+|sử\s+dụng\s+)?từ\s+(?:các\s+)?nguồn|(?:lấy\s+|sử\s+dụng\s+)?từ\s+ngân\s+sách|do\s+ngân\s+sách|bố\s+trí\s+từ|thực\s+hiện\s+theo\s+(?:quy\s+định|phân\s+cấp))\b[^.;:]*\.?$
# (after the money spent on the last round, as a report: "Kinh phí: Năm 2020,
# huyện đã chi 385 triệu đồng cho …. Kinh phí thực hiện … do ngân sách trung
# ương bảo đảm, …")
^(?:nguồn\s+)?kinh\s+phí(?:\s+thực\s+hiện)?\s*:\s*(?:[^.;:]|\.\d)*?\sđã\s+(?:chi|cấp|bố\s+trí|hỗ\s+trợ|giải\s+ngân)\s(?:[^.;:]|\.\d)*\.\s+kinh\s+phí\b[^.;:]*?(?:\s|:\s*)(?:được\s+(?:(?:xem\s+xét\s+)?bố\s+trí|cân\s+đối|đảm\s+bảo|bảo\s+đảm|cấp|trích|chi|sử\s+dụng|lồng\s+ghép|huy\s+động)|(?:lấy\s+|sử\s+dụng\s+)?từ\s+(?:các\s+)?nguồn|(?:lấy\s+|sử\s+dụng\s+)?từ\s+ngân\s+sách|do\s+ngân\s+sách|bố\s+trí\s+từ|thực\s+hiện\s+theo\s+(?:quy\s+định|phân\s+cấp))\b[^.;:]*\.?$

# The words of a programme's time after its event's name and a colon ("1.
# Lễ chào cờ, dâng hương tại Đền thờ liệt sĩ xã: 07h00 ngày 02/9/2025.", "-
# Giải bóng chuyền nam: từ ngày 10/5 đến ngày 12/5/2025 tại Nhà văn hóa
# xã.", "- Đợt 1: từ ngày 01/3 đến ngày 30/4/2022."), numbers aside: a line
# of only such words and numbers, then perhaps "tại"/"ở" and a place, is a
# schedule entry, no task, unless the name opens with a task verb ("Tổ chức
# giải kéo co: từ ngày …" asks for the work). A due word ("trước", "chậm
# nhất") is none of them: a deadline, not a schedule. Optional section.
[list schedule_word]
dự kiến
khoảng
vào
lúc
từ
đến
tới
hết
và
sáng
chiều
tối
trưa
đêm
ngày
tháng
năm
giờ
phút
hôm

# A piece that only gives the plan's time frame, from one date to another
# ("2.1. Thời gian triển khai: từ ngày 25/12/2025 đến ngày 15/3/2026.",
# "Thời gian thực hiện: từ tháng 6/2024 đến tháng 9/2024"): the period of the
# whole plan, no one asked. Only dates after the label; a piece that names its
# own doer stays a task. Optional section.
[regex timeframe_only]
# A target line: a label for targets and the figures after it ("Chỉ tiêu
# năm 2024: giảm tỷ lệ nợ xuống dưới 2,5% số phải thu; số người tham gia …
# đạt 31.500 người", "Mục tiêu đến năm 2025: 95% dân số …", "Phấn đấu đạt:
# …"): what is to be reached, no one asked (a piece that names its own doer
# stays a task). A figure must follow the label.
^(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|phấn\s+đấu\s+đạt)(?:\s+[^\s.;:]+){0,5}\s*:[^:]*?\d
# (without a label's colon, a target's date then the share to reach: "Mục
# tiêu đến ngày 30/9/2023 giải ngân đạt trên 65% và đến hết ngày 31/01/2024
# giải ngân 100% kế hoạch vốn", "Mục tiêu trong năm 2026 tỷ lệ … đạt 95%")
^(?:các\s+)?mục\s+tiêu\s+(?:đến|trong|năm|từ\s+nay\s+đến)\s[^:;]*?\d\s*%
# When the work will be reviewed, or when the next meeting is to be held
# ("Kết quả xử lý … được đánh giá tại cuộc họp giao ban tháng 4/2024 của
# UBND huyện.", "Cuộc họp giao ban tháng 02/2026 dự kiến tổ chức vào ngày
# 25/02/2026."), or when the issuer will announce what comes next ("Lịch lấy
# nước đợt 2 sẽ được Công ty thông báo sau khi kết thúc đợt 1, dự kiến …",
# "Danh sách trúng tuyển sẽ công bố vào ngày …"): the issuer's own schedule,
# in the future tense, no one asked.
^(?:kết\s+quả\s+(?:thực\s+hiện|xử\s+lý|khắc\s+phục|triển\s+khai)\b[^.;:]*?\s(?:sẽ\s+)?được\s+(?:đánh\s+giá|kiểm\s+điểm|xem\s+xét)\s+tại|(?:cuộc\s+họp|phiên\s+họp|hội\s+nghị|kỳ\s+họp)\b[^.;:]*?\s(?:dự\s+kiến|sẽ\s+được|sẽ)\s+(?:được\s+)?tổ\s+chức\s+(?:vào|trong|tại)|(?:lịch|kế\s+hoạch|thời\s+gian|địa\s+điểm|kết\s+quả|danh\s+sách|điểm\s+thi|đáp\s+án)\b[^.;:]*?\s(?:sẽ|dự\s+kiến(?:\s+sẽ)?)\s+(?:được\s+[^\d.;:]*?)?(?:thông\s+báo|công\s+bố|công\s+khai|niêm\s+yết)\s+(?:sau|khi|vào|trong|tại|trước))\s[^.;:]*\.?$
# The reference moment of a census or a count, and when its results come out
# ("Thời điểm điều tra là 0 giờ ngày 01/4/2009; kết quả sơ bộ sẽ được Tổng
# cục Thống kê công bố vào tháng 8/2009."): a fact told, no one asked.
^thời\s+điểm\s+(?:tổng\s+)?(?:điều\s+tra|kiểm\s+kê|thống\s+kê|rà\s+soát|chốt\s+số\s+liệu)\b[^.;:]*?\slà\s[^.;:]*?(?:;\s*[^.;:]*?\s(?:sẽ\s+)?được\s[^.;:]*?\b(?:công\s+bố|công\s+khai|thông\s+báo|phát\s+hành)\b[^.;:]*?)?\s*\.?$
# What an office stops doing from a day on, told to the public ("Lưu ý: Kể
# từ ngày 15/10/2025, UBND xã không tiếp nhận hồ sơ tách thửa tại … cho đến
# khi …"): a rule in force, no one asked (a piece naming a doer stays a task).
^(?:lưu\s+ý\s*:\s*)?(?:kể\s+)?từ\s+(?:ngày\s+)?[0-9][^,;:]*,\s*[^.;:]*?\s(?:không|tạm\s+dừng|dừng|ngừng)\s+(?:tiếp\s+nhận|thụ\s+lý|giải\s+quyết|cấp)\b[^;:]*?\.?$
# A season's schedule, told to the farmers ("Lịch xuống giống: từ ngày
# 01/8/2024 đến ngày 31/8/2024 đối với các ấp …; từ ngày 10/8/2024 …",
# "Lịch thả nuôi: từ 15/3 đến 30/4 …"): when to sow, no body asked.
^lịch\s+(?:xuống\s+giống|thời\s+vụ|gieo\s+sạ|gieo\s+cấy|gieo\s+trồng|thả\s+giống|thả\s+nuôi|lấy\s+nước)\s*:\s*từ\s+(?:ngày\s+)?[0-9]
# Results of a past year told after the tasks ("Kết quả Tháng hành động năm
# 2014: kiểm tra 412 cơ sở, xử phạt 37 cơ sở …", "Kết quả sản xuất vụ Mùa
# năm 2016: năng suất bình quân 55,7 tạ/ha …"; a count right after the
# label), and what a past year achieved ("Năm 2009 đã hoàn thành dồn điền ở
# xã Đông Sơn được 310 ha."): a report, no one asked.
^kết\s+quả(?:\s+[^\s.;:]+){0,6}\s+năm\s+[0-9]{4}\s*:\s*\pL[^\d.;:]*[0-9]
^(?:trong\s+)?năm\s+[0-9]{4}\s*,?\s+(?:[^.;:]*?\s)?đã\s+(?:hoàn\s+thành|thực\s+hiện|triển\s+khai|tổ\s+chức|kiểm\s+soát|đạt)\b(?:[^.;:]|[.,][0-9])*\.?$
# A paper or a rule said to be in force, to a day or until replaced
# ("Giấy phép thi công số … do Sở Xây dựng cấp có giá trị đến ngày
# 31/12/2019.", "Quy chế … tiếp tục có hiệu lực cho đến khi có quy chế mới
# thay thế.", "Quyết định này có hiệu lực kể từ ngày ký.", "Kế hoạch này áp
# dụng từ ngày ký đến hết ngày 31/12/2026."): a fact in force,
# no one asked (a piece naming its own doer stays a task).
^(?:các\s+|bản\s+)?(?:giấy\s+phép|giấy\s+chứng\s+nhận|chứng\s+chỉ|quy\s+chế|quy\s+định|nội\s+quy|quyết\s+định|hợp\s+đồng|bảng\s+giá|đơn\s+giá|văn\s+bản|thông\s+báo|kế\s+hoạch|phương\s+án|hướng\s+dẫn)\b[^.;:]*?\s(?:(?:vẫn|tiếp\s+tục|còn|chỉ)\s+)?(?:có\s+giá\s+trị|có\s+hiệu\s+lực|hết\s+hiệu\s+lực|hết\s+hạn|(?:được\s+)?áp\s+dụng)\s+(?:đến|cho\s+đến|tới|trong|kể\s+từ|từ|sau|thi\s+hành)\b[^;:]*?\.?$
# Meetings held as a standing rule says ("Các kỳ giao ban năm 2015 được tổ
# chức theo Quy chế làm việc của Sở ban hành năm 2013."): a rule in force.
^(?:các\s+)?(?:kỳ|cuộc|buổi|phiên)\s+(?:họp|giao\s+ban|tiếp\s+công\s+dân|sinh\s+hoạt)\b[^.;:]*?\s(?:(?:vẫn|tiếp\s+tục)\s+)?được\s+(?:tổ\s+chức|thực\s+hiện|duy\s+trì)\s+(?:theo|như)\s+(?:quy\s+chế|quy\s+định|lịch|thông\s+lệ|quyết\s+định)\b[^;:]*?\.?$
# A term a contract or a law sets ("Thời gian bảo hành công trình là 24 tháng
# kể từ ngày nghiệm thu, bàn giao đưa vào sử dụng.", "Thời hạn thuê đất: 50
# năm."): a fact, no one asked.
# The time limit a law sets for a complaint, a suit or a sanction, told as a
# note ("Lưu ý: thời hiệu khiếu nại là 90 ngày kể từ ngày nhận được quyết
# định hành chính; ở vùng cao … thì thời hiệu được kéo dài không quá 45
# ngày.", "Thời hiệu xử phạt vi phạm hành chính là 01 năm."): the law stated,
# no one asked. Every clause about the limit.
^(?:(?:lưu\s+ý|chú\s+ý|ghi\s+chú)\s*:\s*)?thời\s+hiệu\b[^.;:]*?\s(?:là|không\s+quá|tối\s+đa)\s+[0-9](?:[^.;:]|[.,][0-9])*(?:;(?:[^.;:]|[.,][0-9])*?\bthời\s+(?:hiệu|hạn)\b(?:[^.;:]|[.,][0-9])*)*\.?$
^(?:thời\s+gian|thời\s+hạn)\s+(?:bảo\s+hành|bảo\s+trì|hiệu\s+lực|sử\s+dụng|thuê|cho\s+thuê|giao\s+đất|lưu\s+trữ|khấu\s+hao)\b[^.;:]*?(?:\s+là|\s*:)\s*(?:tối\s+thiểu\s+|ít\s+nhất\s+|không\s+quá\s+)?[0-9]+\s*(?:\([^()]*\)\s*)?(?:tháng|năm|ngày)\b[^;:]*?\.?$
# The issuer's own measure on the public, in force until it says otherwise
# ("Về cầu treo …: Tạm dừng cho xe mô tô chở hàng trên 150 kg qua cầu kể từ
# ngày 10/3/2026 cho đến khi có thông báo mới."): no one asked (an item
# naming its own doer stays a task).
^(?:về\s+[^.;:]*:\s*)?(?:tạm\s+dừng|tạm\s+ngừng|dừng|ngừng|cấm|tạm\s+cấm|hạn\s+chế)\s+(?:cho\s+)?(?:các\s+|mọi\s+)?(?:loại\s+)?(?:xe|phương\s+tiện|người|tàu|thuyền|ghe|đò)\b[^.;:]*?\s(?:cho\s+)?(?:đến|tới)\s+khi\s+có\s+(?:thông\s+báo|quyết\s+định|văn\s+bản)\s+(?:mới|khác|tiếp\s+theo)\b[^;:]*?\.?$
# (from the notice's signing or from now, to a day or to an event's end:
# "Thời gian thực hiện Kế hoạch: từ ngày ký đến khi kết thúc thu hoạch vụ
# Đông Xuân (dự kiến tháng 6/2026).", "Thời gian triển khai: từ nay đến hết
# năm 2026")
^thời\s+gian(?:\s+(?:triển\s+khai|thực\s+hiện|tổ\s+chức))?(?:\s+(?:kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án))?\s*:\s*(?:kể\s+)?từ\s+(?:ngày\s+(?:ký|ban\s+hành)|nay)\b[^.;:()]*?\s(?:đến|tới)\s(?:[^.;:()]|[.,][0-9]|\([^()]*\))*\.?$
^thời\s+gian(?:\s+(?:triển\s+khai|thực\s+hiện|tổ\s+chức|cao\s+điểm|ra\s+quân))?(?:\s+(?:kế\s+hoạch|chương\s+trình|đợt\s+cao\s+điểm|chiến\s+dịch))?\s*:\s*từ\s+(?:ngày\s+)?(?:tháng\s+)?[0-9]{1,2}\s*/\s*[0-9]{1,4}(?:\s*/\s*[0-9]{4})?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:tháng\s+)?[0-9]{1,2}\s*/\s*[0-9]{1,4}(?:\s*/\s*[0-9]{4})?\s*[.;]?$
