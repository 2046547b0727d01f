# Cue words that give a body its role in a directive. Matched on words of the
# directive's key text (NFC, one tone style), case-insensitively.

# Assignment: the bodies right after are responsible ("giao Phòng Nội vụ …").
[list cue_assign]
giao
giao trách nhiệm
giao trách nhiệm cho
giao nhiệm vụ
giao nhiệm vụ cho
giao cho
yêu cầu
đề nghị
phân công
phân công cho
ủy quyền
ủy quyền cho
trân trọng đề nghị
kiến nghị
# a minister's directive as a verb: "Bộ trưởng … chỉ thị các sở giáo dục và
# đào tạo … thực hiện …" (the noun, "Chỉ thị số …", "Chỉ thị này", asks no one)
chỉ thị
lưu ý
nhắc nhở
nhấn mạnh
đơn vị chủ trì
cơ quan chủ trì

# The bodies after these are told by the subject to act: they are not
# responsible for this directive, and a `phối hợp` inside their task names
# no cooperating body of this directive.
[list cue_direct]
chỉ đạo
hướng dẫn
đôn đốc
yêu cầu
giao
tham mưu chỉ đạo
quán triệt
# A Party committee over the government and forces ("Đảng ủy xã lãnh đạo UBND
# xã …", "Đảng ủy Quân sự lãnh đạo Ban CHQS phối hợp với …")
lãnh đạo
lãnh đạo, chỉ đạo

# Titles of whoever speaks for the issuing authority in a notice or a news
# report: when one of them directs a body ("Phó Thủ tướng chỉ đạo Bộ Xây dựng
# …", "Chủ tịch UBND tỉnh chỉ đạo Sở Y tế …"), that body is responsible.
[list speaker_title]
đồng chí
đ/c
Chủ tịch
Phó Chủ tịch
Phó Chủ tịch Thường trực
Thủ tướng
Thủ tướng Chính phủ
Phó Thủ tướng
Phó Thủ tướng Chính phủ
Phó Thủ tướng Thường trực
Bí thư
Phó Bí thư
Phó Bí thư Thường trực
# the leader named before, in a news report: "Ông cũng yêu cầu Ban Quản lý …"
ông
bà

# Titles that speak for the issuer only when named bare, in a news report of
# a minister's visit ("Bộ trưởng đề nghị thành phố …", "Thứ trưởng yêu cầu
# tỉnh …"); before the body they head ("Bộ trưởng Bộ Y tế chỉ đạo …") they
# name that body, as office holders do. Optional section.
[list speaker_title_bare]
Bộ trưởng
Thứ trưởng

# Cooperation: the bodies after are cooperating.
[list cue_cooperate]
phối hợp
phối hợp với
phối hợp chặt chẽ với
phối hợp chặt chẽ
phối hợp cùng
phối hợp chặt chẽ cùng
với sự phối hợp của
có sự phối hợp của
với sự tham gia của
có sự tham gia của
đơn vị phối hợp
cơ quan phối hợp
với sự phối hợp chặt chẽ của
cùng với
cùng

# Reporting: the bodies after receive a report, they are not responsible.
[list cue_report]
báo cáo
báo cáo về
đồng gửi
gửi
gửi về
trình
tham mưu
tham mưu cho
thông qua
xin ý kiến
đề xuất
kiến nghị với
chịu trách nhiệm trước
phản ánh về

# Leading phrases before the subject of a sentence ("Đồng thời, …").
[regex lead_in]
^(?:đồng\s+thời|trong\s+đó|ngoài\s+ra|bên\s+cạnh\s+đó|cùng\s+với\s+đó|song\s+song\s+với\s+đó|theo\s+đó|mặt\s+khác|do\s+đó|vì\s+vậy|tiếp\s+theo)\s*,?\s+
# "Riêng UBND xã A chủ trì …": one of the bodies handed down, named alone.
^riêng\s+(?:đối\s+với\s+)?
# An article or part titled by whose duties follow: "Điều 4. Trách nhiệm của
# Sở Công Thương", "Nhiệm vụ của UBND các xã"
^(?:trách\s+nhiệm|nhiệm\s+vụ)(?:\s*,?\s*(?:và\s+)?quyền\s+hạn)?\s+(?:cụ\s+thể\s+)?của\s+
# A plan's reporting item: "Chế độ báo cáo: Các sở, ngành … báo cáo …" (the label's
# "báo cáo" sends nothing).
^(?:chế\s+độ|công\s+tác)\s+(?:thông\s+tin\s*,?\s*)?báo\s+cáo\s*:\s+
^(?:về|đối\s+với)\s[^:;.]+?:\s+
# A speaker's words before the clause they set off: "Phó Chủ tịch UBND tỉnh
# nhấn mạnh, các địa phương, đơn vị phải …", "Chủ tịch UBND tỉnh yêu cầu, các
# sở, ngành …", "Bí thư Tỉnh ủy nhấn mạnh: …" (the bodies after them are the doers;
# between title and verb only the speaker's body and name: capitalized words
# and levels)
^(?:{speaker_title})(?:\s+(?:(?-i:\p{Lu})[^\s,:;.]*|tỉnh|huyện|xã|thành\s+phố|thị\s+xã|quận|phường|thị\s+trấn))*\s+(?:cũng\s+|đã\s+)?(?:nhấn\s+mạnh|yêu\s+cầu|đề\s+nghị|lưu\s+ý|chỉ\s+đạo|khẳng\s+định)\s*[,:]\s+["“]?
# The speaker's title over a level alone, as news shortens "Chủ tịch UBND
# huyện", then the request: "đồng chí Chủ tịch huyện cũng yêu cầu Phòng Tài
# chính - Kế hoạch rà soát …" (the body after the cue is the doer)
^(?:{speaker_title})(?:\s+(?:{speaker_title}))*\s+(?:tỉnh|huyện|xã|thành\s+phố|thị\s+xã|quận|phường|thị\s+trấn)\s+(?:cũng\s+|đã\s+)?(?:yêu\s+cầu|đề\s+nghị)\s+
# (after an opening phrase: "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh
# Nguyễn Văn A nhấn mạnh, thời gian còn lại không nhiều, yêu cầu các sở …":
# the remark after the speaker's verb swallows no request that follows it)
^(?:phát\s+biểu\s+(?:kết\s+luận|chỉ\s+đạo)|kết\s+luận\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc))\s*,\s*(?:{speaker_title})(?:\s+(?:(?-i:\p{Lu})[^\s,:;.]*|tỉnh|huyện|xã|thành\s+phố|thị\s+xã|quận|phường|thị\s+trấn))*\s+(?:cũng\s+|đã\s+)?(?:nhấn\s+mạnh|khẳng\s+định)\s*,\s+
# ("phòng, chống" is one word of the topic: "Về phòng, chống sạt lở, đồng chí yêu cầu …")
# (the results reported, put first: "Kết quả giải quyết, UBND huyện X báo cáo
# Chủ tịch UBND tỉnh trước ngày …", "Kết quả khắc phục, các doanh nghiệp báo cáo …")
# (the occasion a news report sets the request at: "Sau chuyến kiểm tra,
# đồng chí Chủ tịch huyện cũng yêu cầu Phòng …", "Tại buổi làm việc, …",
# "Kết thúc buổi kiểm tra, …"; not "Sau thời hạn này, thành phố sẽ …")
^(?:về|đối\s+với|trên\s+cơ\s+sở|căn\s+cứ|để|nhằm|trong|ngay\s+trong|sau\s+(?:khi|chuyến|buổi|cuộc|đợt)|kết\s+thúc|tại\s+(?:buổi|cuộc|hội\s+nghị|phiên)|trước\s+mắt|kết\s+quả)\s(?:phòng\s*,\s*chống|[^,:;])+?[,:]\s+
# A remark on whom it concerns, a list of bodies, before the speaker who asks
# the doer: "Lưu ý các doanh nghiệp, khu công nghiệp, Bộ trưởng đề nghị Ban
# Quản lý các khu công nghiệp tỉnh hướng dẫn …" (the bodies noted are no doers)
^(?:lưu\s+ý|nhắc\s+nhở)\s(?:[^.;:,]+,\s+)+?(?:{speaker_title}|{speaker_title_bare})\s+(?:cũng\s+)?
# The bodies' remit the work follows: "Theo chức năng, nhiệm vụ, chỉ đạo …",
# "Theo chức năng, nhiệm vụ được giao, các sở …", "Trong phạm vi thẩm quyền, …"
^(?:theo|trong\s+phạm\s+vi)\s+(?:đúng\s+)?(?:chức\s+năng|thẩm\s+quyền|lĩnh\s+vực|nhiệm\s+vụ)[^.;:,]*?(?:,\s*(?:nhiệm\s+vụ|quyền\s+hạn|thẩm\s+quyền)[^.;:,]*?)*,\s+

# A sentence giving work without naming the doer ("cần", "phải" after a topic).
[regex passive_assigned]
\bđược\s+giao\b

# A paragraph that goes on with the doer of the paragraph before it.
[regex continuation]
^(?:đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|cùng\s+với\s+đó|mặt\s+khác)\b

# Nouns that contain a cue word: no role cue inside them.
[list not_cue]
# a slogan of standing by someone, no cooperation: "thực hiện phương châm
# đồng hành cùng nhà đầu tư", "chung tay cùng người dân", "sát cánh cùng
# doanh nghiệp"
đồng hành cùng
chung tay cùng
sát cánh cùng
# voters' and citizens' petitions as a noun: "giải quyết kiến nghị cử tri",
# "cử tri huyện có 64 kiến nghị"
kiến nghị cử tri
kiến nghị của cử tri
kiến nghị của
các kiến nghị
những kiến nghị
giải quyết kiến nghị
trả lời kiến nghị
tiếp nhận kiến nghị
đơn thư kiến nghị
nội dung kiến nghị
có kiến nghị
công trình
quy trình
chương trình
lộ trình
tờ trình
tiến trình
hành trình
quá trình
giải trình
trình độ
chỉ thị số
chỉ thị này
chỉ thị của
các chỉ thị
giao thông
giao dịch
giao ban
giao đất
giao rừng
giao lưu
giao tiếp
bàn giao
chuyển giao
tiền gửi
các yêu cầu
theo yêu cầu
đáp ứng yêu cầu
có yêu cầu
với yêu cầu
của yêu cầu
những yêu cầu
mọi yêu cầu
đúng yêu cầu
đạt yêu cầu
các đề nghị
theo đề nghị
# a request as a paper: "lập hồ sơ đề nghị cấp giấy chứng nhận"
hồ sơ đề nghị
văn bản đề nghị
công văn đề nghị
tờ trình đề nghị
đơn đề nghị
giấy đề nghị
cùng kỳ
cùng cấp
# a paper that sets out cooperation, not the act: "ký kết chương trình phối
# hợp với Bưu điện tỉnh", "ban hành quy chế phối hợp với …" (not "kế hoạch
# phối hợp": "Phòng Tài chính - Kế hoạch phối hợp với …" is a body at work)
chương trình phối hợp
quy chế phối hợp
cơ chế phối hợp
# chairing a meeting: "Đồng chí …, Phó Chủ tịch UBND tỉnh chủ trì Hội nghị"
chủ trì hội nghị
chủ trì cuộc họp
chủ trì buổi làm việc
chủ trì buổi họp
chủ trì phiên họp
chủ trì hội thảo
chủ trì buổi tiếp
chủ trì tọa đàm

# What a heading may say of its bodies before its colon: "Sở NN&PTNT có
# trách nhiệm:", "UBND các xã thực hiện các nhiệm vụ sau:" — the items after it
# are theirs, the heading is no task (optional section).
[list label_predicate]
có trách nhiệm
chịu trách nhiệm
có nhiệm vụ
thực hiện
thực hiện các nhiệm vụ sau
thực hiện các nội dung sau
thực hiện một số nhiệm vụ sau
tập trung
tập trung thực hiện
tập trung thực hiện các nhiệm vụ sau
tập trung thực hiện các nội dung sau
cần
phải
cần tập trung

# After a clause's subject: it answers for the work, it is given none
# ("…; Chủ tịch UBND cấp huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu
# không hoàn thành …"), so the clause stays in the directive (optional).
[regex accountability]
^(?:(?:phải|sẽ|hoàn\s+toàn|trực\s+tiếp)\s+)*chịu\s+trách\s+nhiệm(?:\s+(?:hoàn\s+toàn|toàn\s+diện|cá\s+nhân|chính))?\s+(?:trước|nếu|khi\s+để)\b

# Verbs that tell what someone else said: a request after them in the same
# sentence is told of, not made ("lãnh đạo các xã phản ánh một số hộ dân đề
# nghị …", "nhà thầu cho biết … đề nghị …"). Optional section.
[list account_verb]
phản ánh
cho biết
bày tỏ
chia sẻ
nêu ý kiến
thông tin
# "… Phó Chủ tịch UBND huyện thừa nhận: "…"": what the speaker owns up to
thừa nhận

# Private persons a notice addresses by a label over its items ("1. Đối với
# chủ tàu, thuyền trưởng:" ⏎ "a) Khai báo …"): people, no bodies; the items
# are still tasks, with no body. Optional section.
[list private_person]
chủ tàu
thuyền trưởng
thuyền viên
ngư dân
chủ hộ
hộ gia đình
hộ dân
hộ nuôi
người nuôi
người chăn nuôi
người dân
nông dân
chủ phương tiện
người điều khiển phương tiện
người lao động
học sinh
sinh viên
phụ huynh
thí sinh
cá nhân
chủ cơ sở
chủ nhà
người thuê nhà
du khách

# Who takes the floor at a meeting without speaking for the issuer: a request
# in a sentence they open is told of ("Đại diện nhà thầu thi công đề nghị địa
# phương sớm bàn giao …"). Optional section.
[list participant]
đại diện
đại biểu
cử tri
người dân
hộ dân
nhà thầu
nhà đầu tư

# One who takes the floor, named in person or by where they come from, and
# asks ("Đại biểu Nguyễn Thị Hương (tổ huyện Lục Nam) đề nghị làm rõ …",
# "Cử tri xã An Phú kiến nghị …"): a question or a request to the meeting,
# no task when no body is assigned in it (the chair's conclusion is).
# Optional section.
[regex floor_request]
^(?:các\s+|một\s+số\s+|nhiều\s+)?(?:đại\s+biểu|cử\s+tri|người\s+dân|công\s+dân|hộ\s+dân)(?:\s+(?:xã|phường|thị\s+trấn|huyện|thôn|ấp|bản|tổ|khu\s+phố))?(?:\s+(?-i:\p{Lu}\p{L}*))*(?:\s*\([^()]*\))?\s*,?\s+(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|chất\s+vấn|băn\s+khoăn)\b

# Kinds of subordinate bodies that pass work on: one named as the subject (not
# an office holder, the issuer's government or a Party board) that requires
# another body to act ("Ban Quản lý các khu công nghiệp Đồng Nai yêu cầu các
# công ty hạ tầng … rà soát …") is the doer, as "X chỉ đạo Y" is X's; the body
# asked gets no role. Optional section.
[list passing_body]
ban quản lý
chi cục
trung tâm
công an
đội
trạm
hạt kiểm lâm
ban bồi thường
bộ chỉ huy quân sự

# Who carries out the works for the state: a body that requires them to act
# ("Ban Quản lý dự án đầu tư xây dựng khu vực yêu cầu nhà thầu tăng ca …") is
# the doer of that work, as "X chỉ đạo Y" is X's. Optional section.
[list contractor]
nhà thầu
nhà đầu tư
đơn vị thi công
đơn vị tư vấn giám sát
đơn vị tư vấn

# What a leader does in speaking: a leader named in person who does it is the
# speaker, no doer ("Chủ tịch UBND tỉnh Nguyễn Đình Phúc đánh giá, …").
# Optional section.
[list speech_verb]
đánh giá
đánh giá cao
khẳng định
nhấn mạnh
ghi nhận
biểu dương
phát biểu
cho rằng
nhận định
chia sẻ
cho biết
thông tin
# praise or blame spoken at a meeting: "Chủ tịch UBND huyện Nguyễn Văn A
# phê bình nhà thầu chậm tiến độ và yêu cầu Công ty … huy động thêm …" (the
# leader criticizes, then asks the company: it is the doer)
phê bình
nghiêm khắc phê bình
khen ngợi
hoan nghênh
chúc mừng

# Kinds of texts an authority issues: "Sở Xây dựng vừa có văn bản đề nghị UBND
# các quận … chủ động …", "UBND tỉnh vừa ban hành Công điện số 12/CĐ-UBND yêu
# cầu …" report a request just made (after "vừa" only: "đã có văn bản kiến
# nghị" tells of the past); the bodies asked do the work. Optional section.
[list issued_text]
văn bản
công văn
công điện
chỉ thị
thông báo
văn bản hỏa tốc

# What a leader says that neither asks nor tells of work done: in a news
# report, a paragraph the speaker opens so ("Phó Chủ tịch UBND tỉnh cũng lưu
# ý, về lâu dài, …") takes no body from the paragraph before (with
# `speech_verb`). Optional section.
[list remark_verb]
lưu ý
nhắc nhở
nói
nêu rõ
chỉ rõ
cảnh báo

# A level above, named bare after a request: "… kiến nghị tỉnh bố trí thêm
# vốn", "bà đề nghị huyện khẩn trương …" — someone under it proposes; no
# one's task (a body asked by name, "UBND tỉnh", still is). Optional section.
[list upper_level]
tỉnh
huyện
thành phố
trung ương
# "Bà đề nghị Chính phủ cho phép áp dụng cơ chế đặc thù …" (a minister or a
# province asks the Government: a proposal)
Chính phủ
Thủ tướng Chính phủ
Quốc hội

# In a news report, advice given to the public ("Đài Khí tượng thủy văn khu
# vực Nam Bộ khuyến cáo người dân sống ven sông … chủ động kê cao tài sản",
# "Ngành y tế khuyến cáo bà con …"): the advisor is no doer, the public no
# body; no task. (In a notice, "Trạm Khuyến nông khuyến cáo nông dân …" is
# the station's task: news only.) Optional section.
[regex public_advice]
^[^.;:"]*?\s(?:khuyến\s+cáo|khuyến\s+nghị|kêu\s+gọi|lưu\s+ý)\s+(?:(?:toàn\s+thể|mọi|các|những)\s+)?(?:người\s+dân|nhân\s+dân|bà\s+con|hộ\s+dân|du\s+khách|ngư\s+dân|nông\s+dân|người\s+tiêu\s+dùng|phụ\s+huynh|người\s+tham\s+gia\s+giao\s+thông|cộng\s+đồng)\b

# The last sentence of an item that only names who does the item's work
# ("…; hoàn thành … trong tháng 9/2025. Nhiệm vụ này giao Ban Quản lý dự
# án … thực hiện.", "Giao Phòng Kinh tế thực hiện nội dung này.", "Phòng
# Văn hóa - Xã hội chịu trách nhiệm thực hiện nội dung này."): the work
# before it is that body's, the sentence no task of its own. Matched on
# the last sentence only. Optional section.
[regex trailing_assignment]
^nhiệm\s+vụ\s+(?:này|trên)\s+(?:giao(?:\s+cho)?|do)\s[^.;:]+\s(?:thực\s+hiện|chủ\s+trì(?:\s+thực\s+hiện)?|đảm\s+nhận|phụ\s+trách)\s*[./]*$
^giao\s[^.;:]+\s(?:thực\s+hiện|chủ\s+trì(?:\s+thực\s+hiện)?)\s+(?:nội\s+dung|nhiệm\s+vụ)\s+(?:này|trên)\s*[./]*$
^[^.;:]+\schịu\s+trách\s+nhiệm\s+(?:thực\s+hiện|triển\s+khai)\s+(?:nội\s+dung|nhiệm\s+vụ)\s+(?:này|trên)\s*[./]*$
# after a first sentence that names no one, the body that leads the work and
# its partners, with no work of their own but finishing it ("Thứ nhất, rà
# soát quy hoạch vùng cam …. Phòng Tài nguyên và Môi trường chủ trì, phối
# hợp với UBND các xã liên quan hoàn thành trong năm 2025.")
^[^.;:]+\schủ\s+trì\s*,\s*phối\s+hợp\s+với\s[^.;:]+\s(?:thực\s+hiện|hoàn\s+thành|triển\s+khai)(?:\s+(?:trong|trước|chậm\s+nhất)\s[^.;:]*)?\s*[./]*$
