# Deadlines: time expressions that fix when work must be done or how often.
#
# Finding. Three sections find phrases; the section gives the kind:
#   deadline_date       a day or a point (trước ngày …, chậm nhất …, tại kỳ họp …)
#   deadline_period     a span the work must fall in (trong tháng …, trong quý …)
#   deadline_recurring  how often (hằng năm, định kỳ, 1 tuần/lần)
# Inside one section the alternatives are tried in order at each position and
# the first that matches wins, so a longer form goes before its prefix. Between
# sections the longest phrase at the earliest position wins. A date or period
# written right next to a recurrence (`trước ngày 25/12 hằng năm`) makes one
# recurring phrase. A phrase that overlaps a `deadline_not` match without
# containing it whole is dropped (dates of cited documents, start dates, names).
#
# Dating. The date of a phrase is read from the phrase itself by the
# `deadline_value_*` sections, in this order; the first kind of value found
# decides, and among several of that kind the latest day wins:
#   deadline_undated   the phrase fixes no day (open-ended, after an event, a season)
#   _half              N tháng đầu năm (end of month N), N tháng cuối năm (31/12)
#   _duration          N ngày/tuần/tháng … kể từ <day>; without a fixed start: no date
#   _day, _quarter, _month, _year   the last day of the unit
#   deadline_year_end  31/12 of the year in view (vào cuối năm, đến hết năm)
# Named groups read by the code: d day, m month, q quarter, y year (2 or 4
# digits), rel (a word of deadline_relative: this / next), first/last (count of
# months), n (count), u (unit, through deadline_units), work (working days).
# A group name may end in digits (y2, m3) so that each alternative of a section
# has its own groups. Numbers in words and Roman numerals are read through
# deadline_numbers. A year left out is the notice's (or, without a notice date,
# the last year written before in the same directive).

# ---------------------------------------------------------------- lexicons

[list deadline_numbers]
I => 1
II => 2
III => 3
IV => 4
một => 1
hai => 2
ba => 3
bốn => 4
tư => 4
sáu => 6
chín => 9
# (the months named in words: "trong tháng Tư", "tháng Mười hai")
năm => 5
bảy => 7
tám => 8
mười => 10
mười một => 11
mười hai => 12

[list deadline_units]
ngày => day
tuần => week
tháng => month
năm => year

[list deadline_relative]
nay => 0
này => 0
tới => 1
sau => 1
kế tiếp => 1
tiếp theo => 1

# Seasons and holidays a task can be bound to.
[list dl_seasons]
mùa mưa lũ
mùa mưa bão
mùa mưa
mùa lũ
mùa bão
mùa khô
mùa hanh khô
# the Mekong's north-east monsoon, when salt water comes in: "trước mùa gió chướng"
mùa gió chướng
# the fishing seasons of the central coast: "tuyên truyền cho ngư dân trước
# mùa cá Nam", "trong mùa biển"
mùa cá Nam
mùa biển
# winter's cold spells in the north: "trong mùa rét", "trước mùa đông"
mùa rét
mùa đông
mùa nắng nóng
mùa cháy rừng
mùa du lịch
mùa lễ hội
mùa tựu trường
mùa thi
năm học mới
đầu năm học mới
đầu năm học
các tháng cao điểm nắng nóng
các tháng cao điểm mùa khô
mùa cao điểm
cao điểm nắng nóng
cao điểm mùa khô
cao điểm du lịch
cao điểm hè
# a month of peak work: "trong suốt tháng cao điểm" (the campaign month in
# capitals is read with its title in deadline_period)
tháng cao điểm
# the Hùng Kings' anniversary: "dịp Giỗ Tổ Hùng Vương và lễ 30/4, 1/5"
Giỗ Tổ Hùng Vương
lễ khai trương
lễ hội
ngày khai giảng năm học mới
ngày khai giảng
những ngày nghỉ Tết
nghỉ Tết
Quốc khánh
lễ Quốc khánh
# (the National Day named as a holiday: "trước Tết Độc lập 2/9")
Tết Độc lập
nghỉ lễ Quốc khánh
khai giảng
lễ khai giảng
khai giảng năm học mới
kỳ thi
Đại hội
Tết Nguyên đán
Tết Dương lịch
Tết
mùa nước nổi
nghỉ hè
kỳ nghỉ hè
mùa hè
# an outbreak's season: "tuyên truyền phòng bệnh trong mùa dịch"
mùa dịch
# harvests: "tăng cường tuần tra trong mùa thu hoạch"
mùa thu hoạch
vụ thu hoạch
kỳ nghỉ Tết
# (the break named in full, "sau dịp nghỉ Tết Nguyên đán", is read on in
# deadlines.rs: entries here are copied into ten finder lines)
# a holiday's break named by its days: "trước kỳ nghỉ lễ 30/4 - 01/5"
kỳ nghỉ lễ

# Seasons and holidays that stand for a time even without a preposition, after
# "phục vụ" or "cho": "bố trí bãi đỗ xe phục vụ mùa cao điểm Tết", "dự trữ hàng
# hóa cho Tết Nguyên đán" (not an activity or a meeting: "phục vụ Đại hội",
# "cho kỳ thi" name what the work serves).
[list dl_holidays]
mùa cao điểm
mùa du lịch
mùa lễ hội
mùa mưa lũ
mùa mưa bão
mùa mưa
mùa lũ
mùa bão
mùa khô
mùa hanh khô
mùa nắng nóng
mùa cháy rừng
mùa rét
mùa đông
mùa hè
mùa dịch
mùa thu hoạch
mùa nước nổi
mùa gió chướng
cao điểm du lịch
cao điểm nắng nóng
cao điểm mùa khô
cao điểm hè
Tết Nguyên đán
Tết Dương lịch
Tết
kỳ nghỉ Tết
kỳ nghỉ lễ
kỳ nghỉ hè
nghỉ Tết
nghỉ hè

# ---------------------------------------------------------------- building blocks

# One day: 30/6/2024, 30-6-24, 30.6, 31/12 năm 2024, 15 tháng 3 năm 2024 (year optional).
[regex dl_day]
\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:\d{4}|\d{2})|\s+năm\s+\d{4})?\b
\d{1,2}\s+tháng\s+\d{1,2}(?:\s*(?:năm\s+|[/-]\s*)\d{4})?\b

# One day or a list of days: 01/6 và 15/11.
[regex dl_days]
{dl_day}(?:\s*(?:,|và|hoặc)\s*(?:ngày\s+)?{dl_day})*

# A quarter number: Roman, digit or word.
[regex dl_qnum]
(?:IV|I{1,3}|[1-4]|một|hai|ba|bốn|tư)\b

# A year after a quarter or a month: /2024, -2025, /24, năm 2024.
[regex dl_unit_year]
\s*[/-]\s*(?:\d{4}|\d{2})\b|,?\s+năm\s+\d{4}\b

# quý II, Quí IV-2025, quý 4 năm 2017, quý I và quý II/2024 (year optional).
# "đến" is left out of the lists: "từ quý I đến quý III" is a range (deadline_period).
[regex dl_quarter]
qu[ýí]\s+{dl_qnum}(?:\s*(?:,|và|hoặc|-)\s*(?:qu[ýí]\s+)?{dl_qnum})*(?:{dl_unit_year})?

# A quarter with its year, which may stand without a cue word.
[regex dl_quarter_year]
qu[ýí]\s+{dl_qnum}(?:\s*(?:,|và|hoặc|-)\s*(?:qu[ýí]\s+)?{dl_qnum})*(?:{dl_unit_year})

# tháng 6, tháng 6/2024, tháng 11 năm 2025, tháng 6 và tháng 7/2024 (year optional);
# each month of a list may carry its own year: "tháng 12/2023 và tháng 01/2024"
# (one loop over years and joined months: one copy of dl_unit_year, fewer states).
[regex dl_month]
tháng\s+\d{1,2}\b(?:{dl_unit_year}|\s*(?:và|hoặc|-)\s*(?:tháng\s+)?\d{1,2}\b)*

# A part of a month before it: "cuối tháng 12", "tuần đầu tháng 01/2026",
# "nửa đầu tháng 6", "10 ngày đầu tháng 3", "tuần thứ ba tháng 5", "Tuần 3
# tháng 10/2025" (a plan's schedule).
[regex dl_month_part]
cuối|giữa|đầu|(?:tuần|nửa|\d{1,2}\s+ngày)\s+(?:đầu|cuối)(?:\s+tiên)?(?:\s+của)?|tuần\s+(?:thứ\s+(?:nhất|hai|ba|tư|[1-4])|[1-4])(?:\s+của)?

# A time of day before a date: 17 giờ, 16h30, 8 giờ 00 phút sáng.
[regex dl_time]
\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|chiều|tối))?

# Words that set a deadline on the day or unit after them ("không muộn hơn
# ngày 10/9/2026": no later than).
[regex dl_cue_date]
trước|chậm\s+nhất|muộn\s+nhất|không\s+(?:muộn|chậm)\s+hơn|hạn\s+chót|hạn\s+cuối|thời\s+hạn|xong\s+trước|kết\s+thúc\s+trước

# Filler between such a word and the date: "chậm nhất là vào ngày", "hạn chót: ngày",
# "trước thời điểm 31/12".
[regex dl_cue_fill]
(?:\s*:)?(?:\s+(?:là|vào|trong|đến|trước|hết|thời\s+điểm))*

# A day of the lunar calendar (its solar day is not printed): mùng 6 tháng
# Giêng, ngày 15 tháng Chạp, Rằm tháng Giêng, ngày 10 tháng 3 âm lịch.
# Giêng and Chạp name lunar months only; a month in digits needs "âm lịch".
[regex dl_lunar]
(?:ngày\s+)?(?:(?:mùng|mồng)\s+\d{1,2}|\d{1,2}|rằm)\s+tháng\s+(?:(?:giêng|chạp)\b(?:\s*\(âm\s+lịch\))?|(?:\d{1,2}|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\s*(?:âm\s+lịch\b|\(âm\s+lịch\)))
# a day of Tết, the first days of tháng Giêng: "đến hết mùng 6 Tết", "mồng 4
# Tết Nguyên đán" (undated: `tết` in deadline_undated)
(?:ngày\s+)?(?:mùng|mồng)\s+\d{1,2}\s+tết\b(?:\s+nguyên\s+đán)?

# A year of the sexagenary cycle: Giáp Thìn, Bính Ngọ (a stem, then a branch:
# 10 + 12 words, not the sixty names).
[regex dl_lunar_year]
(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)\b

# Crops a harvest season is named by: "trong mùa thu hoạch vải năm 2019"
# (one finder line: in the seasons' tail each copy would cost search cache).
[list dl_crop_names]
vải
vải thiều
nhãn
lúa
ngô
cà phê
hồ tiêu
tiêu
điều
mía
chè
thanh long
sầu riêng
xoài
cam
bưởi
mận
mơ
mít

# Days of an event a task is bound to, after "vào/trong ngày" or "vào đêm":
# "trong ngày bầu cử", "vào đêm Giao thừa", "trong ngày khai giảng".
[list dl_event_days]
bầu cử
# the day the event the item is about is held: "bố trí lực lượng giữ trật
# tự trong ngày tổ chức"
tổ chức
bỏ phiếu
Giao thừa
khai giảng
tựu trường
giao quân
ra quân
hội
thi

# Events after which work is due: "ổn định tình hình sau bầu cử", "khôi phục
# sản xuất sau thiên tai"; and the end of a season, a crop or an election:
# "sau khi kết thúc vụ thu hoạch", "khi kết thúc mùa khô", "sau khi kết thúc bỏ phiếu".
[list dl_events_after]
bầu cử
thiên tai
mưa lũ
bão lũ
bỏ phiếu
bão

# What may follow a season or a holiday: its year or school year (Tết Nguyên
# đán năm 2025, "trong mùa mưa lũ năm học 2025 - 2026",
# Tết Nguyên đán Giáp Thìn, mùa khô 2023 - 2024, also after words that say
# which: "mùa cao điểm du lịch năm 2020", "mùa du lịch hè năm 2023"), or the
# days a holiday is named by (lễ 30/4 - 1/5, Quốc khánh 2/9); the summer
# without a year: "trong suốt mùa du lịch hè (từ ngày 01/5 đến …)".
[regex dl_season_tail]
# (also this year's: "trước mùa mưa bão năm nay"; the main round: "trước vụ
# thu hoạch chính")
\s+chính\b
# (the early spring's: "mùa lễ hội đầu xuân")
\s+đầu\s+xuân\b(?:\s+{dl_lunar_year})?
\s+(?:xuân\s+|năm\s+)?{dl_lunar_year}(?:\s+(?:năm\s+)?\d{4}\b)?|(?:\s+(?:du\s+lịch|hè|xuân|thu|đông)\b){0,2}\s+(?:năm\s+(?:học\s+)?)?\d{4}\b(?:\s*-\s*\d{4}\b)?|\s+(?:du\s+lịch\s+)?hè\b|\s+\d{1,2}\s*/\s*\d{1,2}\b(?:\s*(?:-|–|và|,)\s*\d{1,2}\s*/\s*\d{1,2}\b)?(?:\s*/\s*\d{4}\b|\s+năm\s+\d{4}\b)?|\s+năm\s+nay\b

# The day of an event printed in brackets after it: "trước khai giảng năm học
# mới (ngày 05/9/2023)", "trước ngày bầu cử (dự kiến ngày 23/5/2021)"; the
# phrase is dated by it (the full date only: a smaller automaton than dl_day's).
[regex dl_bracket_day]
\s*\(\s*(?:dự\s+kiến\s+|(?:tức(?:\s+là)?|nhằm)(?:\s+ngày)?\s+(?:dương\s+lịch\s+)?|dương\s+lịch\s*:?\s*)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\)

# A day of the week: thứ Hai, thứ 6, Chủ nhật.
[regex dl_weekday]
(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\b

# A plan's time label before its value: "Thời gian thực hiện:", "Thời hạn hoàn thành:".
[regex dl_time_label]
(?:thời\s+gian|thời\s+hạn)(?:\s+dự\s+kiến)?(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:

# What a span of days is named by: "trong thời gian chiến dịch", "trong những
# ngày nắng nóng", "trong các ngày nghỉ lễ" (whole words only: "thi", "nghỉ",
# "lễ" end a clause in deadline_period, "thi hành", "nghỉ hưu" being other words).
[list dl_event_spans]
chiến dịch
nắng nóng
xác minh
xét tuyển
có dịch
có dịch bệnh
nghỉ lễ
nghỉ Tết
# holidays and seasonal work: "trong những ngày Tết", "trong suốt thời gian
# thu hoạch", "trước, trong và sau ngày bầu cử"
Tết
Tết Nguyên đán
lễ, Tết
thu hoạch
bầu cử
# the peak of a season and campaigns of work: "trong các ngày cao điểm nắng
# nóng", "trong suốt thời gian tiêm", "trong thời gian thu thuế" (not "cao điểm"
# alone: "trong đợt cao điểm từ ngày 10/11 đến …" is dated by what follows)
cao điểm nắng nóng
tiêm
tiêm chủng
thu thuế
# a round of payments: "tăng cường thời gian làm việc trong kỳ chi trả", "trong
# đợt chi trả"
chi trả

# Words that end the span of an event read to the end of its clause ("trong
# thời gian điều tra thực địa"): a range of days after it ("… cao điểm từ
# ngày 25/01 đến ngày 22/02/2026", joined to it again), a purpose, a
# condition, the modal that opens the work ("… tới cần tập trung"). A span
# that opens with one names no event ("trong thời gian từ ngày …").
[list deadline_span_stop]
# (and a place or a party, after the event: "trong dịp Tết tại địa phương",
# "… với sự tham gia của …")
tại
với
như
# (also "không quá …", "theo quy định" right after the head: a delay or a
# vague span, read by other lines or none)
không
theo
từ
kể từ
tính từ
đến
cho đến
để
nhằm
nếu
thì
sẽ
đã
đang
được

# Words that end an event read to the end of its clause after "ngay khi",
# "chậm nhất N giờ trước khi" …: the source or the purpose that follows it
# ("chậm nhất 12 giờ trước khi mưa lớn tập trung theo bản tin dự báo" is due
# "… trước khi mưa lớn tập trung"). Optional section.
[list deadline_event_stop]
theo
để
nhằm

# A crop season: vụ Đông Xuân 2022 - 2023, vụ Hè Thu 2023, "trong suốt vụ sản xuất";
# a farming round named with what is farmed or which round: "trước vụ nuôi chính
# năm 2020", "vụ nuôi tôm", "vụ thả nuôi thứ hai" (a bare "vụ nuôi" is vague)
[regex dl_crop]
vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|chiêm\s+xuân|mùa|đông|xuân|hè|chiêm|sản\s+xuất|(?:nuôi|thả\s+nuôi|nuôi\s+trồng|gieo\s+trồng)(?:\s+(?:tôm|cá|thủy\s+sản|chính|phụ|thứ\s+(?:nhất|hai|ba)))+)(?:\s+(?:năm\s+)?\d{4}\b(?:\s*-\s*\d{4}\b)?)?

# Words that bound a span: "trong tháng 6", "đến hết quý IV".
[regex dl_cue_span]
trong\s+suốt|ngay\s+trong|trong|vào|đến\s+hết|tới\s+hết|cho\s+đến\s+hết|đến|tới|cho\s+đến|hết

# The deadline given just before, by reference: "gửi Phòng Kinh tế cùng thời
# hạn trên", "cùng thời hạn nêu trên" ("đúng thời hạn" is urgency). Dated by
# the last dated deadline before it in the notice. Optional section.
# Words after "trong (suốt) thời gian" that make the span past, vague, or a
# person's status or conduct, not an event: "trong thời gian qua", "… sớm
# nhất", "… quy định", "… chưa có quy hoạch", "… làm việc", "hỗ trợ tiền ăn
# trong thời gian học", "… thi hành án", "… điều trị" (the span is no
# deadline). A list read by the span's first words, not a regex over every
# text. Optional section.
[list deadline_span_not]
qua
# (after "các ngày", "các tháng", "dịp": a part of the year or the week, read
# by other lines: "trong những tháng cuối năm", "vào các ngày thứ Bảy"; not
# "tới" or "giữa": "trong thời gian tới", "trong thời gian giữa hai kỳ họp"
# are spans of their own)
cuối
đầu
còn lại
thứ
chủ nhật
vừa qua
gần đây
trước
sớm
ngắn
nhanh
dài
chưa
quy định
này
đó
ấy
nhất định
hợp lý
cho phép
làm việc
công tác
thực hiện
học
hưởng
giữ
còn
tập sự
thử việc
nghỉ hưu
nghỉ phép
nghỉ ốm
nghỉ thai sản
mang thai
thi hành án
chấp hành án
chấp hành hình phạt
thử thách
cai nghiện
điều trị
nằm viện

# The first words after the days, nights or months of an event ("trong
# những ngày …", "vào các đêm …") that make it a condition, not an event:
# "trong những ngày có cảnh báo cháy rừng cấp IV" (whenever one is given);
# and the days ahead, vague ("theo dõi mưa lớn có thể xảy ra trong những ngày
# tới" is not counted where annotated). Optional section.
[list deadline_days_not]
có
tới
sắp tới
# (the weather as a condition: "không thả giống trong những ngày nhiệt độ
# xuống thấp", "… những ngày trời nắng nóng gay gắt": whenever it happens)
nhiệt độ
thời tiết
trời
# (a level of fire danger forecast: "không cấp phép đốt nương rẫy trong các
# ngày cấp dự báo cháy rừng từ cấp IV trở lên", whenever it is so)
cấp dự báo
cấp cảnh báo
# (and the water as a condition: "không bố trí lịch cắt điện vào các ngày
# mặn lên": whenever it comes; "trong đợt triều cường rằm tháng 9" is an
# event awaited)
mặn
độ mặn

# Verbs of urging the public and the people urged: a time after them in
# the sentence is when the people act, not the body's deadline ("tuyên
# truyền, vận động hội viên … đăng ký … trước khi đốt", "khuyến cáo người
# dân đi tiêm phòng ngay sau khi bị chó, mèo cắn"). Optional lists; the people
# are looked for within three words after the verb. Only a time counted
# from an act is dropped ("trước khi đốt", "sau khi …"): "vận động nhân dân
# tổng vệ sinh trước Tết" is when the body mobilizes them.
[list deadline_urge]
vận động
kêu gọi
khuyến cáo
khuyến nghị
# (a reminder passed to renters: "nhắc nhở người thuê khai báo tạm trú trước
# khi đến ở" times the renters' act)
nhắc nhở

# Starts of work that a ban with "không … trước ngày X" holds back until X
# (the earliest day, no deadline): "không xuống giống lúa vụ Xuân Hè trước
# ngày 20/4/2026". Optional list.
[list deadline_ban_start]
xuống giống
gieo
gieo sạ
gieo cấy
gieo trồng
sạ
cấy
thả nuôi
thả giống
khởi công
khai thác
thu hoạch
mở cửa
bắt đầu

[list deadline_people]
người dân
nhân dân
hội viên
đoàn viên
nông dân
ngư dân
bà con
hộ dân
học sinh
phụ huynh
du khách
người chăn nuôi
cộng đồng
người thuê
người thuê trọ
người thuê nhà

[regex deadline_reference]
(?:trong\s+)?cùng\s+(?:thời\s+hạn|thời\s+gian|mốc\s+thời\s+gian)\s+(?:nêu\s+trên|như\s+trên|trên)\b

# ---------------------------------------------------------------- finders

[regex deadline_date]
# a day with the count of days before or after an event in brackets, which
# restates it: one deadline (first: the next line would stop at the day), dated by the day: "chậm nhất ngày 13/5/2021 (10
# ngày trước ngày bầu cử)", "(trước 40 ngày so với ngày bầu cử)" (the bracket
# alone is no deadline: deadline_not)
(?:{dl_cue_date}){dl_cue_fill}(?:\s+ngày)?\s+{dl_day}\s*\(\s*(?:\d{1,3}\s+ngày\s+(?:trước|sau)|trước\s+\d{1,3}\s+ngày\s+so\s+với)\s+(?:ngày\s+)?[^\s\d()][^()\n]*\)
# a lunar day: đến hết mùng 6 tháng Giêng, trước ngày 15 tháng Chạp, trước Rằm
# tháng Giêng (before the next line, which would stop at "trước ngày 15")
# (with its solar day in brackets, dated by it: "hoàn thành trước ngày 23
# tháng Chạp (ngày 20/01/2017)")
(?:(?:{dl_cue_date}){dl_cue_fill}|(?:đến|tới|cho\s+đến)(?:\s+hết)?|vào(?:\s+dịp)?)\s+{dl_lunar}(?:\s+năm\s+(?:{dl_lunar_year}|\d{4}\b))?(?:{dl_bracket_day})?
# a solar day glossed by its lunar day after it: "xong trước ngày
# 30/8/2026, tức ngày 18 tháng 7 âm lịch", "trước ngày 10/02/2026 (tức ngày
# 23 tháng Chạp năm Ất Tỵ)" (dated by the solar day: deadline_event_day)
(?:{dl_cue_date}){dl_cue_fill}(?:\s+ngày)?\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[,(]\s*(?:tức|nhằm)(?:\s+là)?\s+{dl_lunar}(?:\s+năm\s+(?:{dl_lunar_year}|\d{4}\b))?\)?
# trước ngày 30/6/2024, chậm nhất là ngày 15 tháng 3 năm 2024, trước 15 giờ ngày 20/3, hạn chót: 15/12;
# a weekday before the day: "xong trước thứ Sáu ngày 14/3/2014", "chậm nhất thứ 6, ngày 20/3",
# a part of that day too: "chậm nhất là chiều thứ Sáu, ngày 13/3/2026";
# a day of a month not fixed: "trước ngày 05 của tháng sau", "(hằng tháng) … trước
# ngày 25" (no date; a month after the day is taken by the first branch);
# the first month of the next quarter: "(hằng quý,) chậm nhất vào ngày 05 của
# tháng đầu quý sau"
(?:{dl_cue_date}){dl_cue_fill}(?:\s+{dl_time}\s*,?)?(?:\s+(?:ngày\s+|(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?{dl_weekday}\s*,?)?(?:(?:\s+ngày)?\s+{dl_days}|\s+ngày\s+\d{1,2}\b(?:\s+(?:của\s+)?tháng\s+(?:đầu\s+(?:của\s+)?qu[ýí]\s+)?(?:sau|tiếp\s+theo|kế\s+tiếp|tới)\b)?)
# "không quá ngày 20/9/2026": no later than a printed day ("không quá 02 giờ",
# "không quá 3 ngày" are limits, no day)
không\s+quá(?:\s+ngày)?\s+{dl_days}
# Hạn chót nộp hồ sơ là ngày 20/5/2024; Thời hạn hoàn thành: trước ngày 30/6/2024
(?:hạn\s+chót|hạn\s+cuối|thời\s+hạn)(?:\s+[^\s\d.;:,()]+){0,4}?\s*:?(?:\s+(?:là|vào|trước|chậm\s+nhất))*(?:\s+ngày)?\s+{dl_days}
# vào dịp ngày 19/12/2025, vào lúc 14 giờ ngày 20/3/2024, đến hết ngày 31/12/2024,
# ngay trong đêm 19/10, ngay trong ngày 15/3, vào thứ Hai, ngày 16/3 (before "ngay trong ngày" below, which starts there too);
# a point in time: "chốt số liệu vào thời điểm 31/12/2023";
# a time of day before the day: "tổ chức lễ ra quân vào sáng ngày 01/4/2009"
(?:ngay\s+)?(?:vào|trong)\s+(?:dịp\s+|lúc\s+)?(?:{dl_time}\s*,?\s+)?(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối)\s+)?(?:{dl_weekday}\s*,?\s+)?(?:ngày|đêm|thời\s+điểm)\s+{dl_days}
# a named day with its day and month: "thăm hỏi, tặng quà nhân Ngày Quốc tế
# Người cao tuổi (01/10)", "vào dịp Ngày Nhà giáo Việt Nam 20/11" (dated in the
# notice's year; the day's name opens with a capital); a Tết joined to it is a
# second occasion, split by deadline_dated_list: "nhân Ngày Quốc tế NCT (01/10)
# và Tết Nguyên đán"
(?:nhân(?:\s+dịp)?|(?:vào\s+)?dịp|vào)\s+ngày\s+(?-i:[A-ZĐ])[^\s\d.;:,()]*(?:\s+[^\s\d.;:,()]+)*?\s*(?:\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*\)|\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\b)(?:\s+và\s+(?:dịp\s+)?tết(?:\s+nguyên\s+đán|\s+dương\s+lịch)?\b)?
# an occasion named by its day alone: "đưa đón thân nhân liệt sĩ về viếng
# mộ trong dịp 27/7" (undated without its year: the day remembered)
(?:vào|trong|nhân)\s+dịp\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\b
# also the day named with the verb of finishing: "nghiệm thu, hoàn thành ngày
# 30/9/2024", "xong ngày 15/3" (a bare "ngày …" is mostly a cited document's date
# or a past event; one line: each copy of dl_days costs automaton states)
(?:(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?|hoàn\s+thành\s+|xong\s+)ngày\s+{dl_days}
# đến hết 31/12/2025; "phấn đấu đến 30/6/2025 giải ngân …" (without "hết" the year
# must be printed: "giảm đến 1/2 số hộ" is a share; "từ 01/6 đến 30/6/2025" is a
# range, found from its start in deadline_period)
(?:đến|tới|cho\s+đến)\s+(?:hết\s+{dl_days}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})\b)
# trước tháng 6/2024, chậm nhất trong quý III, trước cuối năm, trước năm 2026
(?:{dl_cue_date}){dl_cue_fill}\s+(?:(?:{dl_month_part})\s+)?{dl_month}
(?:{dl_cue_date}){dl_cue_fill}\s+(?:(?:cuối|giữa|đầu)\s+)?{dl_quarter}
(?:{dl_cue_date}){dl_cue_fill}\s+(?:dịp\s+)?(?:cuối|hết)\s+năm(?:\s+\d{4}\b|\s+nay\b)?
(?:{dl_cue_date}){dl_cue_fill}\s+năm\s+\d{4}\b
# a clock time on a day of the week or the next day: "trước 10 giờ sáng thứ Hai",
# "trước 15 giờ ngày thứ Sáu", "trước 06 giờ sáng hôm sau" (no date: which week is
# not printed; "… hằng tuần" after it is taken whole by deadline_recurring)
# also the same day: "trước 23 giờ trong ngày", "trước 17 giờ cùng ngày"
# (undated: the day meant may be one named before); today or tomorrow named
# relative to the notice: "trước 20 giờ tối nay", "xong trước 12 giờ ngày
# mai", "trước 7 giờ sáng mai" (dated by deadline_value_today)
(?:{dl_cue_date}){dl_cue_fill}\s+{dl_time}\s*,?\s+(?:(?:ngày\s+|(?:buổi\s+)?(?:sáng|chiều|tối|đêm)\s+)?(?:{dl_weekday}|hôm\s+sau\b|(?:hôm\s+)?(?:nay|mai)\b)|(?:trong|cùng)\s+ngày\b)
# a weekday of this or next week: "đi học trở lại vào thứ Hai tuần sau" (dated
# from the notice's date by deadline_value_weekday)
(?:vào|trước|đến|chậm\s+nhất)\s+(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?{dl_weekday}\s+tuần\s+(?:này|sau|tới)\b
# the same day: "báo cáo ngay trong ngày"
# the deadline given just before, by reference: "cùng thời hạn trên"
{deadline_reference}
ngay\s+trong\s+ngày(?:\s+hôm\s+nay)?\b
# tonight, named with "nay": "bố trí chỗ ở tạm ngay trong đêm nay" (dated the
# notice's day by deadline_value_today); with tomorrow: "ngay trong đêm nay và
# ngày mai phải cấp phát đủ …" (the day after)
(?:ngay\s+)?(?:trong|vào)\s+(?:đêm|tối)\s+(?:hôm\s+)?nay\b(?:\s+và\s+(?:ngày|sáng|chiều|tối)\s+mai\b)?
# tại kỳ họp gần nhất; tại Kỳ họp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017);
# its time in brackets is part of it: "tại kỳ họp thứ 3 HĐND huyện khóa XI (cuối năm 2016)";
# after a plan's time label: "Thời hạn hoàn thành: Kỳ họp giữa năm 2025 của HĐND thành phố"
(?:tại|trước|vào|{dl_time_label})\s+(?:các\s+)?kỳ\s+họp\s+(?:gần\s+nhất|sắp\s+tới|tới|tiếp\s+theo|thường\s+lệ(?:\s+(?:cuối|giữa)\s+năm(?:\s+\d{4}\b)?)?|cuối\s+năm(?:\s+\d{4}\b)?|giữa\s+năm(?:\s+\d{4}\b)?|thứ\s+\w+)(?:\s*,?\s*(?:của\s+)?(?:(?:HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))?|Quốc\s+hội))?(?:\s*,?\s*khóa\s+[IVXLC]+)?(?:\s*\((?:dự\s+kiến|khoảng|(?:vào\s+)?(?:cuối|giữa|đầu)\s+năm\b|tháng\s+\d)[^()]{0,60}\))?
# a bare session at the end of the clause: "hoàn thành giám sát chuyên đề
# trước kỳ họp." (the session the notice spoke of; "tại kỳ họp vừa qua" is past)
(?:tại|trước)\s+kỳ\s+họp\s*(?:[.;,]|$)
# a conference of a round of reports, named by its period: "báo cáo tại Hội
# nghị giao ban 6 tháng đầu năm", "tại Hội nghị sơ kết quý III"; of a
# field's work: "tại Hội nghị tổng kết công tác Đoàn năm 2025" (undated)
(?:tại|trước|vào)\s+(?:hội\s+nghị|(?:cuộc|buổi|phiên)\s+họp)\s+(?:giao\s+ban|sơ\s+kết|tổng\s+kết)\s+(?:công\s+tác\s+(?:(?:đoàn|đảng|hội|đội|công\s+đoàn|mặt\s+trận|dân\s+vận|kiểm\s+tra|thi\s+đua)\s+)?)?(?:(?:\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|qu[ýí]\s+{dl_qnum}|năm)(?:\s*[/-]?\s*(?:năm\s+)?\d{4}\b)?
# "tại cuộc họp ấp gần nhất", "tại buổi họp giao ban tiếp theo", "tại buổi
# tiếp công dân định kỳ tháng sau", and the
# meeting of the next week or month: "tại cuộc họp giao ban tuần sau",
# "tại buổi giao ban tháng tới" (a month read by deadline_value_month)
(?:tại|trước|vào)\s+(?:hội\s+nghị\s+giao\s+ban|(?:cuộc|buổi|phiên)\s+(?:họp|tiếp\s+công\s+dân)(?:\s+(?:ấp|thôn|xóm|bản|tổ|khu\s+phố|tổ\s+dân\s+phố|khối\s+phố|dân|giao\s+ban|định\s+kỳ|thường\s+kỳ))?|(?:cuộc\s+|buổi\s+|phiên\s+)?giao\s+ban)\s+(?:gần\s+nhất|sắp\s+tới|tiếp\s+theo|(?:tuần|tháng|qu[ýí])\s+(?:sau|tới|kế\s+tiếp|tiếp\s+theo))\b
# trước mùa mưa lũ, trước Tết Nguyên đán; before a crop season: "trước vụ Đông Xuân";
# on the very day of an event: "bảo đảm học sinh đến trường đúng ngày khai
# giảng 5/9/2016", "hoàn thành đúng dịp Quốc khánh 2/9";
# on its eve: "trước thềm năm học mới"
(?:ngay\s+trước|trước|(?:ngay\s+)?đúng(?:\s+vào)?)\s+(?:dịp\s+|thềm\s+)?(?:(?:{dl_seasons})\b(?:{dl_season_tail})?(?:{dl_bracket_day})?|{dl_crop})
# before the sowing or planting of a crop: "xong trước thời vụ gieo cấy vụ Mùa 2019";
# right before the hour an event opens: "kiểm tra an toàn ngay trước giờ khai
# mạc", "trước giờ thi đấu" (undated: the hour is the event's)
(?:ngay\s+trước|trước)\s+(?:(?:khung\s+)?thời\s+vụ(?:\s+(?:gieo\s+cấy|gieo\s+trồng|gieo\s+sạ|xuống\s+giống|thu\s+hoạch))?(?:\s+{dl_crop})?|giờ\s+(?:khai\s+mạc|thi(?:\s+đấu)?|xuất\s+phát)\b)
# the day or night of an event, with its day when printed: "trong ngày bầu cử
# 23/5/2021", "vào đêm Giao thừa" (dated by deadline_event_day); the night
# of Giao thừa named bare: "tại các điểm bắn pháo hoa đêm Giao thừa" (not
# any bare "đêm hội", "đêm thi": a show's night is often its name)
(?:(?:ngay\s+)?(?:vào|trong)\s+(?:ngày|đêm)\s+(?:{dl_event_days})|\bđêm\s+giao\s+thừa)\b(?:\s*\(?\s*(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\b\)?)?
# after an election or a disaster, or at the end of a season: "sau bầu cử",
# "sau thiên tai", "sau khi kết thúc vụ thu hoạch", "khi kết thúc mùa khô"
(?:ngay\s+)?sau\s+(?:{dl_events_after})\b
# during and after it, also a flood, a cold spell, a high tide: "túc trực, sẵn
# sàng ứng cứu trong và sau lũ", "trước, trong và sau bão" (a bare "sau lũ" is
# mostly what the flood left: "xử lý môi trường sau lũ")
(?:trước\s*,\s*)?trong\s+và\s+sau\s+(?:(?:{dl_events_after})\b|(?:lũ|lụt|lũ\s+lụt|ngập\s+lụt|triều\s+cường|(?:đợt\s+)?(?:rét|mưa\s+lớn|nắng\s+nóng))\b)
# (also a campaign of work: "tổng hợp báo cáo khi kết thúc đợt cao điểm",
# "sau khi kết thúc chiến dịch")
(?:(?:ngay\s+)?sau\s+khi|khi)\s+(?:kết\s+thúc|hết)\s+(?:(?:{dl_events_after})\b|(?:{dl_seasons})\b|{dl_crop}|(?:đợt\s+(?:cao\s+điểm|ra\s+quân)|chiến\s+dịch)\b)
# a stage of a crop, counted in days: "phun thuốc sau cấy 20-25 ngày"
sau\s+(?:gieo\s+cấy|gieo\s+sạ|gieo|cấy|sạ|trồng)\s+\d{1,2}(?:\s*-\s*\d{1,2})?\s+ngày\b
# the session a text is submitted to, named by its time: "trình kỳ họp cuối năm
# 2019", "trình kỳ họp thường lệ cuối năm 2025 của HĐND tỉnh" (undated: the
# session, not the year's end)
trình\s+(?:tại\s+)?(?:các\s+)?kỳ\s+họp\s+(?:thường\s+lệ\s+)?(?:cuối|giữa)\s+năm(?:\s+\d{4}\b|\s+nay\b)?
# a session of the council named by its time after the council: "trước kỳ họp
# HĐND tỉnh cuối năm 2016", "trước kỳ họp HĐND thành phố giữa năm 2026" (undated)
(?:tại|trước|vào)\s+(?:các\s+)?kỳ\s+họp\s+(?:của\s+)?(?:HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))?\s+(?:thường\s+lệ\s+)?(?:cuối|giữa)\s+năm(?:\s+\d{4}\b|\s+nay\b)?
# the briefing meeting of a named authority: "báo cáo tại cuộc họp giao ban của
# UBND phường" (a bare "tại cuộc họp giao ban" may cite a past one)
(?:tại|trước|vào)\s+(?:(?:cuộc|buổi|phiên)\s+(?:họp\s+)?)?giao\s+ban(?:\s+(?:hằng|hàng)\s+(?:tuần|tháng))?\s+(?:của\s+)(?:UBND|Ủy\s+ban\s+nhân\s+dân|Thường\s+trực\s+(?:HĐND|UBND))\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)\b
# after the water or the storm is gone, without "ngay": "vệ sinh môi trường sau khi
# nước rút", "sau khi bão tan" (a bare "sau khi …" is mostly a step of the work)
(?:ngay\s+)?sau\s+khi\s+(?:nước|lũ|bão|mưa\s+lũ|mưa|triều\s+cường)\s+(?:rút|tan|tạnh|dứt|đi\s+qua|qua|kết\s+thúc)\b
# ngay khi nước rút; ngay sau khi kết thúc việc thanh tra (to the end of the clause)
# (not "ngay từ khi mới phát sinh": handling violations as soon as they arise is
# promptness, annotated as no deadline in most sets)
ngay\s+(?:sau\s+)?khi(?:\s+[^\s.;:,()]+)+
# a festival of the lunar calendar or a solar term (its day is not
# printed): "trước tiết Thanh minh năm Nhâm Thìn", "dịp Tết Trung thu năm
# 2025", "trước Tết Đoan ngọ", "vào Rằm tháng Bảy", "trước lễ Vu lan"
# (undated: deadline_undated; a solar term is "tiết" and two words, the
# first capitalized: "trước tiết Lập xuân", not "trong tiết học")
(?:ngay\s+)?(?:trước|trong|vào|nhân|đến|sau)\s+(?:dịp\s+)?(?:tiết\s+(?-i:[A-ZĐ])[^\s\d.;:,()]*\s+[^\s\d.;:,()]+|tết\s+(?:thanh\s+minh|hàn\s+thực|đoan\s+ngọ|trung\s+thu)|lễ\s+vu\s+lan|rằm\s+(?:tháng\s+(?:bảy|7|giêng)|trung\s+thu))\b(?:\s+(?:năm\s+)?(?:{dl_lunar_year}|\d{4}\b))?
# a lunar day named bare with "âm lịch", the time of the event the work
# readies: "chuẩn bị mặt bằng để tổ chức lễ hội mùng 10 tháng Hai âm lịch năm
# 2020" (undated: its solar day is not printed)
(?:mùng|mồng)\s+\d{1,2}\s+tháng\s+(?:\d{1,2}|giêng|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s+âm\s+lịch(?:\s+năm\s+(?:\d{4}\b|{dl_lunar_year}))?
# a lead time before an event bare, no cue before the count: "tổ chức tổng
# duyệt 2 ngày trước khai mạc", "họp báo 03 ngày trước ngày khai giảng"
# (dated by deadline_value_event where the notice prints the event's day)
\b\d{1,3}\s+(?:ngày|tuần)\s+trước\s+(?:(?:ngày|lễ|buổi)\s+)?(?:khai\s+mạc|khai\s+giảng|bế\s+mạc|bầu\s+cử|giao\s+quân|tựu\s+trường)\b

[regex deadline_period]
# trong năm 2018 và những năm tiếp theo; "Năm 2018 và các năm tiếp theo" opening a sentence
(?:trong|từ|ngay\s+từ|cho)\s+năm\s+\d{4}\s+và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới)
(?:từ|ngay\s+từ)\s+năm\s+\d{4}\s+trở\s+đi
(?:^|[.;:!?]\s+|\n)năm\s+\d{4}\s+và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới)
# từ ngày 01/6 đến ngày 30/6/2024, từ tháng 3 đến tháng 6/2024 (a start alone is no deadline);
# the end may carry its clock time: "từ ngày 24/4/2025 đến 17 giờ 00 ngày 05/5/2025"
từ\s+(?:ngày\s+)?{dl_day}\s*(?:đến|tới|-)\s*(?:hết\s+)?(?:{dl_time}\s*,?\s+)?(?:ngày\s+)?{dl_day}
# (also in brackets after the season it dates: "trong các tháng cao điểm nắng
# nóng (tháng 5 đến tháng 8/2023)", joined to it)
(?:từ\s+|\(\s*)(?:(?:cuối|giữa|đầu)\s+)?{dl_month}\s*(?:đến|tới|-)\s*(?:hết\s+|cuối\s+)?{dl_month}
# months listed in brackets after the season they date: "trong các tháng cao
# điểm nắng nóng (tháng 5, 6, 7)" (joined to it, due at the end of the last)
\(\s*tháng\s+\d{1,2}(?:\s*(?:,|và|hoặc)\s*(?:tháng\s+)?\d{1,2}\b)*(?:{dl_unit_year})?\s*\)
# (also numbered weeks: "diệt lăng quăng từ tuần 30 đến tuần 32/2024")
từ\s+(?:{dl_quarter}\s*(?:đến|tới|-)\s*(?:hết\s+)?{dl_quarter}|tuần\s+\d{1,2}\s*(?:đến|tới|-)\s*(?:hết\s+)?tuần\s+\d{1,2}\s*(?:[/-]\s*\d{4}|,?\s+năm\s+\d{4})\b)
(?:từ\s+nay|từ\s+bây\s+giờ)\s+(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?(?:ngày\s+)?{dl_days}
# until the day of an event, to the end of its clause: "từ nay đến ngày giao quân",
# "từ nay đến lễ khai giảng" (its day is not printed); also from the day this
# document is issued: "từ ngày ban hành Kế hoạch đến ngày bầu cử"
(?:từ\s+nay|từ\s+bây\s+giờ|từ\s+ngày\s+(?:ký\s+)?(?:ban\s+hành|ký)(?:\s+(?:thông\s+báo|kế\s+hoạch|chỉ\s+thị|quyết\s+định|công\s+văn|văn\s+bản|công\s+điện))?(?:\s+này)?)\s+(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?(?:ngày|lễ|thời\s+điểm)\s+[^\s\d.;:,()]+(?:\s+[^\s.;:,()]+)*
# days that share their month: "trong các ngày 19 và 20/10/2020", "các ngày 5, 6/3",
# "trong các ngày 09 - 10/11/2024", counted: "trong hai ngày 03 và 04/6/2026"
# (also after a bare cue: "kiểm tra tập trung vào ngày 26 và 27/12/2024"; and
# the days named by what is held on them: "trong các ngày thi 26 và 27/6/2025")
(?:(?:trong|vào|ngay\s+trong)\s+(?:(?:(?:các|những)(?:\s+(?:hai|ba|02|03))?|hai|ba|02|03)\s+)?|(?:(?:các|những)(?:\s+(?:hai|ba|02|03))?|hai|ba|02|03)\s+)ngày\s+(?:(?:thi|hội|lễ|bầu\s+cử)\s+)?\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|và|-)\s*{dl_day}
# a lunar month (its solar days are not printed): "từ nay đến hết tháng Giêng", "trong tháng Chạp"
(?:(?:từ\s+nay\s+)?(?:đến|tới|cho\s+đến)(?:\s+(?:hết|cuối))?|trong(?:\s+suốt)?|ngay\s+trong|trước|vào|hết)\s+(?:(?:cuối|giữa|đầu)\s+)?tháng\s+(?:giêng|chạp)\b(?:\s*\(âm\s+lịch\))?
# a window of lunar days, whole (not cut to its end): "từ 29 tháng Chạp đến
# mùng 6 tháng Giêng", "từ 15 tháng Chạp đến 30 tháng Chạp năm Ất Tỵ"
từ\s+(?:(?:mùng|mồng)\s+)?\d{1,2}\s+tháng\s+(?:giêng|chạp)\s+(?:đến|tới)\s+(?:hết\s+)?(?:(?:mùng|mồng)\s+)?\d{1,2}\s+tháng\s+(?:giêng|chạp)\b(?:\s+năm\s+{dl_lunar_year})?
# a school year to its end, not the calendar year (before "đến hết năm",
# which would take its first words): "đến hết năm học 2022-2023" (undated)
(?:(?:từ\s+nay|từ\s+bây\s+giờ)\s+)?(?:cho\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+học\s+\d{4}\s*[-–]\s*\d{4}\b
# trong những tháng còn lại của năm 2022; từ nay đến hết năm; đến hết năm 2025; vào cuối năm
(?:trong\s+)?(?:những|các)\s+tháng\s+(?:còn\s+lại|cuối)\s+(?:của\s+|trong\s+)?năm(?:\s+\d{4}\b|\s+nay\b)?
(?:từ\s+nay|từ\s+bây\s+giờ)\s+(?:đến|tới|cho\s+đến)\s+(?:hết|cuối)\s+năm(?:\s+\d{4}\b|\s+nay\b)?
(?:từ\s+nay|từ\s+bây\s+giờ)\s+(?:đến|tới|cho\s+đến)\s+(?:(?:hết|cuối)\s+)?(?:{dl_month}|{dl_quarter})
(?:đến|tới|cho\s+đến)\s+(?:hết|cuối)\s+năm(?:\s+\d{4}\b|\s+nay\b)?
(?:vào|trong|đến|tới)\s+(?:dịp\s+)?cuối\s+năm(?:\s+\d{4}\b|\s+nay\b)?
# the last days or the season of the year's end: "vào những ngày cuối năm",
# "nhất là dịp cuối năm và trước Tết"
(?:(?:vào|trong)\s+)?(?:(?:những|các)\s+ngày|dịp)\s+cuối\s+năm(?:\s+\d{4}\b|\s+nay\b)?
# 6 tháng đầu năm as a span to act in (a reporting period is in deadline_not)
(?:trong|ngay\s+trong|trước|đến\s+hết|vào)\s+(?:\d{1,2}|ba|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4}\b|\s+nay\b)?
(?:\d{1,2}|ba|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4}\b|\s+nay\b)?
# before an event by a delay: trước ngày kiểm tra ít nhất 03 ngày làm việc
# and a lead time alone: "công bố kế hoạch ngừng cấp điện trước ít nhất 05 ngày";
# a lead time measured against an event: "Trước 15 ngày so với ngày giao quân"
# (the event's name to two words, a wider tail costs a megabyte of search
# cache; dated by deadline_value_event); a
# countdown to an event that takes place or opens: "trước 20 ngày diễn ra
# Lễ hội", "trước 02 ngày khai mạc Hội chợ", "trước 30 ngày diễn ra Đại hội
# cấp huyện" (dated only when deadline_value_event reads a printed day of it;
# not "tổ chức", which costs half a megabyte of search cache on the bench
# corpus for no notice seen)
trước\s+(?:(?:ít\s+nhất|tối\s+thiểu)\s+\d{1,3}\s+(?:ngày|giờ|tuần)(?:\s+làm\s+việc)?|\d{1,3}\s+(?:ngày|tuần|tháng)\s+(?:so\s+với\s+(?:ngày|lễ|kỳ|thời\s+điểm|lịch)|(?:ngày\s+)?(?:diễn\s+ra|khai\s+mạc))\s+[^\s\d.;:,()|]+(?:\s+[^\s\d.;:,()|]+)?)
# (the event may name whose it is: "trước thời điểm đại hội của từng đảng bộ
# ít nhất 30 ngày")
trước\s+(?:ngày|thời\s+điểm|khi)\s+[^\s\d.;:,()]+(?:\s+[^\s\d.;:,()]+){0,6}?\s+(?:ít\s+nhất|tối\s+thiểu)\s+\d{1,3}\s+(?:ngày|giờ|tuần)(?:\s+làm\s+việc)?
# a lead time before an event, one phrase: "chậm nhất 15 ngày trước ngày giao
# quân", "ít nhất 02 ngày trước khi Tổ công tác về làm việc", "chậm nhất 12 giờ
# trước khi mưa lớn tập trung" (no day printed:
# deadline_undated; before the delays below, which would take its first words)
(?:chậm\s+nhất|muộn\s+nhất|ít\s+nhất|tối\s+thiểu)(?:\s+là)?\s+\d{1,3}\s+(?:giờ|ngày|tuần|tháng)(?:\s+làm\s+việc)?\s+trước\s+(?:ngày|khi|lễ|kỳ|đợt|thời\s+điểm)\s+[^\s\d.;:,()]+(?:\s+[^\s.;:,()]+)*
# the days or nights of a holiday or a festival, counted: "nhất là trong 5 ngày
# Tết", "trong 03 đêm lễ hội", "trong 04 ngày nghỉ lễ" (undated: an event's
# time; before the delays below, which would stop at "ngày")
(?:trong\s+suốt|ngay\s+trong|trong|suốt)\s+(?:\d{1,2}|hai|ba|bốn|sáu|bảy|chín|mười)\s+(?:ngày|đêm)\s+(?:nghỉ\s+)?(?:tết|lễ\s+hội|lễ|hội\s+(?:chợ|thi|diễn|hoa|xuân))\b
# (also the days of an exam, "thi" ending its clause: "trong 03 ngày thi.",
# not "trong 30 ngày thi công")
(?:trong\s+suốt|ngay\s+trong|trong|suốt)\s+(?:\d{1,2}|hai|ba|bốn)\s+(?:ngày|buổi)\s+thi\s*(?:[.;,:)]|$)
# within a delay: trong vòng 10 ngày (kể từ ngày 15/3/2024), chậm nhất 05 ngày làm việc sau khi …,
# không quá 05 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ, chậm nhất sau 10 ngày kể từ …,
# trong thời hạn không quá 15 ngày kể từ …
# (also the days ahead from the notice: "bảo đảm thông tuyến trong 3 ngày tới")
(?:trong\s+vòng|trong\s+thời\s+hạn(?:\s+không\s+quá)?|trong\s+thời\s+gian|trong|chậm\s+nhất(?:\s+là)?(?:\s+sau)?|không\s+quá)\s+\d{1,3}\s+(?:phút|giờ|ngày|tuần|tháng|năm)(?:\s+làm\s+việc)?(?:\s+(?:tới|sắp\s+tới)\b)?(?:\s*[,(]?\s*(?:kể\s+từ|tính\s+từ|sau)\s+(?:ngày\s+{dl_day}|khi\s+kết\s+thúc\s+(?:đợt\s+(?:cao\s+điểm|ra\s+quân)|chiến\s+dịch)\b|(?:\s*[^\s.;:,()]+){1,8}))?
# a delay named "thời hạn" without "trong", counted from an event: "thẩm định
# hồ sơ, thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ" (the count from an event
# is required: "giấy phép có thời hạn 5 năm" is a licence's term); so is a
# limit past which a thing may not stay so, counted from an event: "không để
# nhà, đất bỏ trống quá 6 tháng kể từ ngày phương án được phê duyệt" (without
# the count, "nợ quá 90 ngày" is a class of debt)
(?:thời\s+hạn(?:\s+(?:giải\s+quyết|thực\s+hiện|hoàn\s+thành))?(?:\s+(?:là|không\s+quá))?|quá)\s+\d{1,3}\s+(?:ngày|tuần|tháng)(?:\s+làm\s+việc)?\s*,?\s*(?:kể|tính)\s+từ(?:\s*[^\s.;:,()]+){1,8}
# a limit in hours on a task: "không để tồn đọng rác tại điểm tập kết quá 24 giờ"
# (hours only: "nợ quá 90 ngày" is a class of debt)
quá\s+\d{1,3}\s+giờ\b
# a clock-time range on a day, or on each morning or night of an event: "từ 05
# giờ 00 đến 14 giờ 00 ngày 07/02/2025", "từ 6 giờ 30 đến 9 giờ 30 các buổi
# sáng" (no date); opened by "từ" (a bare range is read in a table's time
# column only, deadline_cell: opening on a digit the line held a third of a
# megabyte of search cache)
từ\s+{dl_time}\s*(?:đến|tới|-)\s*{dl_time}(?:\s*,?\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\b|\s+(?:các|những|mỗi)\s+(?:buổi|đêm|ngày)(?:\s+[^\s\d.;:,()]+)?)
# the rush hours of a day: "bố trí nhân viên hướng dẫn vào giờ cao điểm"
(?:vào|trong)\s+(?:các\s+|những\s+)?giờ\s+cao\s+điểm
# a list of months apart by commas (before the single month, which would
# stop at the first): "trong các tháng 4, 5, 6 và 7/2024",
# "trong tháng 10, 11 và 12" (without "các", the list ends in "và"/"hoặc":
# "trong tháng 6, 10 đơn vị …" is no list)
(?:{dl_cue_span})\s+(?:các|những)\s+tháng\s+\d{1,2}(?:\s*(?:,|và|hoặc|-)\s*\d{1,2}\b)+(?:{dl_unit_year})?
(?:{dl_cue_span})\s+tháng\s+\d{1,2}(?:\s*,\s*\d{1,2})+\s*(?:và|hoặc)\s*\d{1,2}\b(?:{dl_unit_year})?
# (with "này" or "năm nay" after it, taken whole: "ngay trong tháng 9 này",
# "trong quý IV năm nay", dated in the notice's year)
(?:{dl_cue_span})\s+(?:(?:{dl_month_part})\s+)?{dl_month}(?:\s+(?:này|năm\s+nay)\b)?
# a month named in words, capitalized: "khắc phục sạt lở trong tháng Tư",
# "hoàn thành trước cuối tháng Mười năm 2025" (dated by deadline_value_month;
# Giêng and Chạp are lunar, read above)
(?:{dl_cue_span}|trước)\s+(?:(?:cuối|giữa|đầu)\s+)?tháng\s+(?-i:Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười(?:\s+(?:một|hai|Một|Hai))?)\b(?:\s+(?:năm\s+\d{4}\b|này\b|năm\s+nay\b))?
# a crop's harvest or processing season named by the crop: "duy trì hoạt
# động đến hết vụ mía 2020-2021", "trong suốt vụ vải thiều" (undated)
(?:trong\s+suốt|ngay\s+trong|trong|suốt|đến\s+hết|cho\s+đến\s+hết|tới\s+hết)\s+vụ\s+(?:{dl_crop_names})\b(?:\s+(?:năm\s+)?\d{4}\b(?:\s*[-–]\s*\d{4}\b)?)?
(?:{dl_cue_span})\s+(?:(?:cuối|giữa|đầu)\s+)?{dl_quarter}(?:\s+(?:này|năm\s+nay)\b)?
(?:trong\s+suốt|ngay\s+trong|trong|vào|đến\s+hết|tới\s+hết|cho\s+đến\s+hết|hết)\s+năm\s+\d{4}\b(?:\s*(?:,|và|-)\s*(?:năm\s+)?\d{4}\b)*
# work that must not run on into the next year: "giải quyết dứt điểm, không
# để kéo dài sang năm 2020" (due the day before it: deadline_before_period)
không\s+để\s+(?:(?:kéo\s+dài|chậm\s+trễ|dây\s+dưa|tồn\s+đọng|chuyển|kéo)\s+)?sang\s+năm\s+\d{4}\b
# a target year to strive for: "phấn đấu đến năm 2018 cơ bản không còn phòng
# học tạm" (a bare "đến năm 2018" may be a range's end or a count)
phấn\s+đấu\s+(?:đến|tới)\s+năm\s+\d{4}\b
# the first or last week of a school year: "tuyên truyền trong tuần đầu năm học
# mới", "trong tuần lễ đầu năm học", "trong tuần đầu của học kỳ II"
# (undated: its first day is not printed)
(?:ngay\s+trong|trong|vào)\s+(?:tuần(?:\s+lễ)?|tháng)\s+(?:đầu(?:\s+tiên)?|cuối)\s+(?:của\s+)?(?:năm\s+học(?:\s+mới)?|học\s+kỳ\s+(?:I{1,2}|[12]|một|hai))\b
# a campaign month named by its title: "phát sóng trong suốt Tháng an toàn giao
# thông", "trong Tháng hành động vì trẻ em" (undated; to the end of the clause)
(?:trong\s+suốt|ngay\s+trong|trong|suốt)\s+(?-i:Tháng)\s+(?:hành\s+động|an\s+toàn|thanh\s+niên|nhân\s+đạo|công\s+nhân|tri\s+ân|cao\s+điểm)\b(?:\s+[^\s\d.;:,()]+){0,6}
# the start of a school year named with its years: "đưa nội dung vào hoạt động
# ngoại khóa, sinh hoạt đầu năm học 2019 - 2020" (bare "đầu năm học" is in deadline_not)
(?:(?:vào|trong|ngay)\s+)?đầu\s+năm\s+học\s+\d{4}\s*-\s*\d{4}\b
# a school year that bounds the work: trong năm học 2025-2026 (its last day is not printed)
(?:trong\s+suốt|ngay\s+trong|trong|hết|(?:ngay\s+)?trước(?:\s+khi\s+(?:kết\s+thúc|bắt\s+đầu|vào))?|kết\s+thúc|đầu|vào\s+đầu)\s+học\s+kỳ\s+(?:I{1,2}|[12]|một|hai)\b(?:\s+(?:của\s+)?năm\s+học\s+\d{4}\s*-\s*\d{4}\b)?
(?:trong\s+suốt|ngay\s+trong|trong|hết|(?:ngay\s+)?trước)\s+năm\s+học\s+\d{4}\s*[-–]\s*\d{4}\b
# Thời gian hoàn thành: năm 2024; Thời hạn hoàn thành: Năm 2025; Thời gian thực hiện: Cả năm 2023
# also open-ended: "Thời gian thực hiện: năm 2025 và các năm tiếp theo" (undated)
(?:thời\s+gian|thời\s+hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:\s*(?:trong\s+|cả\s+)?năm\s+\d{4}\b(?:\s+và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới))?
thời\s+gian\s+(?:hoàn\s+thành|thực\s+hiện)\s+(?:trong\s+)?năm\s+\d{4}\b(?:\s+và\s+(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới))?
# trong năm (no year: vague), trong năm nay, trong năm tới
(?:ngay\s+trong|trong)\s+năm(?:\s+(?:nay|tới|sau))?\b
# a month or quarter with its year standing alone: tháng 6/2024, Quí IV-2025
{dl_quarter_year}
# (with the months listed before it: "sinh hoạt chi bộ tháng 11 và tháng 12/2024")
tháng\s+\d{1,2}\b(?:\s*(?:và|hoặc)\s*(?:tháng\s+)?\d{1,2}\b)*\s*[/-]\s*\d{4}\b
tháng\s+\d{1,2},?\s+năm\s+\d{4}\b
# a week or a half of a month with its year, standing alone: "Tuần thứ 4 tháng
# 9/2025" (dated by deadline_value_month_start: the 28th)
(?:tuần|nửa)\s+(?:đầu|thứ\s+(?:nhất|hai|ba|tư|[1-4])|[1-4])(?:\s*(?:,|và|-)\s*tuần\s+(?:thứ\s+(?:nhất|hai|ba|tư|[1-4])|[1-4]))*\s+(?:của\s+)?tháng\s+\d{1,2}\s*(?:[/-]\s*\d{4}\b|,?\s+năm\s+\d{4}\b)
# vague spans that still bound the work
trong\s+thời\s+gian\s+(?:tới|sắp\s+tới|giữa\s+hai\s+kỳ\s+họp)
trong\s+(?:các|những)\s+năm\s+(?:tới|sắp\s+tới|tiếp\s+theo)
# also after "vào": "kiểm tra thực địa vào tuần sau", "ngay trong tuần tới";
# a numbered week of a year, as health services count them: "cấp hóa chất
# trong tuần 30/2024" (an ISO week, due on its Sunday: epidemic_week_end)
(?:ngay\s+trong|trong|vào)\s+(?:(?:tuần|tháng|qu[ýí])\s+(?:này|nay|tới|sau)\b|tuần\s+\d{1,2}\s*(?:[/-]\s*\d{4}|,?\s+năm\s+\d{4})\b)
# next week bare after the work: "trình UBND tỉnh phê duyệt tuần sau.", "gửi về
# UBND xã tuần sau để tổng hợp", "trình Ban Chỉ đạo tuần sau cùng với dự thảo …"
# (a week's programme or tasks named so are in deadline_not)
# the week after guidance or a decision comes: "tổ chức hội nghị cử tri, tuần
# sau khi có hướng dẫn của Ban Thường trực …" (whole, not cut at "tuần sau")
\b(?:(?:một|01|1)\s+)?tuần\s+sau\s+khi\s+(?:có|nhận\s+được)\s+(?:văn\s+bản\s+)?(?:hướng\s+dẫn|chỉ\s+đạo|quyết\s+định|kết\s+quả|thông\s+báo|ý\s+kiến)\b
\btuần\s+(?:sau|tới)\b
# trước, trong và sau Tết Nguyên đán
(?:trước|trong|sau)(?:\s*,\s*(?:trước|trong|sau))*\s+và\s+(?:trước|trong|sau)\s+(?:dịp\s+)?(?:{dl_seasons})\b(?:{dl_season_tail})?
# ... of the day or round of an event: "trước, trong và sau ngày bầu cử"
# (also of its activities: "trước, trong và sau các hoạt động kỷ niệm")
(?:trước|trong|sau)(?:\s*,\s*(?:trước|trong|sau))*\s+và\s+(?:ngay\s+)?(?:trước|trong|sau)\s+(?:(?:các|những)\s+)?(?:ngày|đợt|kỳ|lễ|thời\s+gian|hoạt\s+động|sự\s+kiện|chương\s+trình)\s+[^\s\d.;:,()]+(?:\s+[^\s.;:,()]+){0,6}
# the harvest of a crop in a year: "trong mùa thu hoạch vải năm 2019"
(?:trong\s+suốt|trong|vào|suốt)\s+(?:mùa|vụ)\s+thu\s+hoạch\s+(?:{dl_crop_names})\s+năm\s+\d{4}\b
# during a crop season, or several: "trong vụ Hè Thu", "trong vụ Hè Thu và vụ Thu
# Đông năm 2021" (not "vào": "đưa giống mới vào vụ Đông Xuân" puts a thing in it)
(?:trong\s+suốt|ngay\s+trong|trong|suốt|đến\s+hết|cho\s+đến\s+hết)\s+(?:cả\s+)?{dl_crop}(?:\s*(?:,|và)\s*{dl_crop})*
# seasons named by a farm or life activity: "phòng trừ sâu bệnh trên cây điều
# trước mùa ra hoa", "trong mùa cạo mủ", "trong suốt mùa sinh sản" (the
# activity's own words only: "mùa ra hoa kết trái" is due "trước mùa ra hoa";
# one line of its own, not dl_seasons: each copy of that list costs states)
# also a crop's stage, named with the crop or not: "phun thuốc trong giai đoạn
# điều ra bông, đậu trái", "trong giai đoạn cây lúa trổ bông"; and the planting
# round of a year: "chuyển đổi sang trồng cà phê trong vụ trồng năm 2024" (here,
# not in dl_crop: that regex is copied into nine finders)
(?:trước|trong\s+suốt|trong|suốt|sau)\s+(?:mùa|giai\s+đoạn(?:\s+(?:cây\s+)?[^\s\d.;:,()]+)?)\s+(?:ra\s+hoa|ra\s+bông|trổ\s+bông|đậu\s+(?:trái|quả)|cạo\s+mủ|lúa\s+chín|gặt|nước\s+đổ|sinh\s+sản|gieo\s+cấy|gieo\s+trồng|trồng\s+rừng|đánh\s+bắt|tuyển\s+sinh|cưới)\b(?:\s*,\s*(?:đậu|nuôi)\s+(?:trái|quả)\b)?(?:\s+(?:năm\s+)?\d{4}\b)?|(?:trong\s+suốt|trong|suốt)\s+vụ\s+(?:trồng(?:\s+mới)?|gieo\s+trồng)\s+(?:năm\s+)?\d{4}\b
# a campaign or a month of action named with its year: "thành lập đội hình
# trong Chiến dịch Thanh niên tình nguyện hè 2024", "trong Tháng hành động vì
# trẻ em năm 2025" (the year makes it a time: "tham gia chiến dịch" is the work)
(?:trong\s+suốt|trong|suốt)\s+(?:chiến\s+dịch|tháng\s+hành\s+động)(?:\s+[^\s\d.;:,()]+){1,6}?\s+(?:năm\s+)?\d{4}\b
# trong mùa mưa lũ, vào dịp Tết, dịp Tết; work that goes on through a holiday:
# "thi công xuyên Tết", "trực xuyên suốt dịp Tết Nguyên đán"
# also until a season ends and right after a holiday: "đến hết mùa khô", "ngay
# sau Tết Nguyên đán", "dịp sau Tết" (one line: each copy of the seasons list
# costs automaton states)
# (also a season after the night hours under one "vào": "tuần tra, nhất là vào
# ban đêm và mùa lễ hội đầu xuân")
(?:trong\s+suốt|ngay\s+trong|trong|vào(?:\s+ban\s+(?:đêm|ngày)\s+và|\s+(?:cuối|giữa))?|suốt|xuyên(?:\s+suốt)?|(?:từ\s+nay\s+)?(?:đến|tới|cho\s+đến)\s+(?:hết|cuối)|ngay\s+sau|sau)\s+(?:dịp\s+|thời\s+gian\s+|thời\s+điểm\s+|thời\s+kỳ\s+)?(?:{dl_seasons})\b(?:{dl_season_tail})?
# days of the week within one month or quarter: "ra quân vào các ngày Chủ
# nhật trong tháng 11/2024" is one time, due at that month's end (the
# weekdays alone would be a weekly round, read by deadline_recurring)
(?:vào|trong)\s+(?:các|những)\s+(?:ngày\s+)?(?:cuối\s+tuần\b|{dl_weekday}(?:\s*(?:,|và|hoặc)\s*(?:ngày\s+)?{dl_weekday})*)\s+(?:trong|của)\s+(?:tháng\s+\d{1,2}(?:\s*/\s*\d{4})?|qu[ýí]\s+(?:I{1,3}|IV|[1-4])(?:\s*/\s*\d{4})?)\b
# a season named with its years right after the work, without a preposition:
# "phòng cháy, chữa cháy rừng mùa khô 2022 - 2023" (the years make it a time;
# a bare "mùa khô" after a noun names a kind of thing)
\bmùa\s+(?:mưa\s+lũ|mưa\s+bão|mưa|lũ|bão|khô|hanh\s+khô|cháy\s+rừng|nắng\s+nóng)\s+(?:năm\s+)?\d{4}\s*[-–]\s*\d{4}\b
# the start or the end of the crop season: "ký hợp đồng ngay từ đầu vụ",
# "tổng kết vào cuối vụ" (undated; bare, "lúa cuối vụ" is a kind of crop)
(?:ngay\s+từ|ngay|vào|trong|trước|từ)\s+(?:đầu|cuối)\s+(?:{dl_crop}|vụ\b)
# in time for the crop's planting window: "hỗ trợ giống cho nông dân gieo
# trồng lại, kịp khung thời vụ Đông Xuân 2020 - 2021" (the crop named: "kịp
# thời" is urgency, "làm đất kịp thời vụ" in time)
kịp\s+(?:khung\s+)?thời\s+vụ\b(?:\s+(?:gieo\s+cấy|gieo\s+trồng|gieo\s+sạ|xuống\s+giống|thu\s+hoạch))?\s+(?:{dl_crop}|(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|chiêm\s+xuân|mùa)\b(?:\s+(?:năm\s+)?\d{4}\b(?:\s*-\s*\d{4}\b)?)?)
# the end of a season opening a clause, before the work due then: "kết thúc
# mùa mưa bão báo cáo kết quả về UBND xã" (inside a clause "kết thúc" is the work)
# (a campaign too: "…; kết thúc đợt cao điểm, tổ chức sơ kết")
(?:^|[;:]\s+|\n)kết\s+thúc\s+(?:(?:{dl_seasons})\b|{dl_crop}|(?:đợt\s+(?:cao\s+điểm|ra\s+quân)|chiến\s+dịch)\b)
# a holiday named by its days: "trong dịp đại lễ 30/4 và 1/5", "dịp lễ 30/4 - 1/5",
# "dịp Quốc khánh 2/9"; the summer with a cue only: "trong dịp hè" (a plan
# "… đuối nước trẻ em dịp hè năm 2024" is named by it)
# the peak of a holiday: "dịp cao điểm Tết Nguyên đán Bính Ngọ 2026";
# a festival named in its own language after "lễ", in capitals: "dịp lễ Ok
# Om Bok", "dịp Lễ hội Katê" (after the seasons: "lễ Quốc khánh" is one);
# a second holiday joined by "và": "dịp Giỗ Tổ Hùng Vương và lễ 30/4, 1/5";
# a campaign's launch, named by when it falls: "ra quân đồng loạt dịp ra quân
# đầu xuân Ất Tỵ"; the summer bare: "hoàn thành trong hè", "mở lớp dạy bơi
# trong hè 2025" (undated: `hè` in deadline_undated)
(?:(?:vào|trong(?:\s+suốt)?)\s+(?:dịp\s+|(?:các\s+)?hoạt\s+động\s+)?hè|(?:vào\s+|trong\s+)?dịp\s+(?:sau\s+|cao\s+điểm\s+)?(?:{dl_seasons}|ra\s+quân|(?:đại\s+|nghỉ\s+)?lễ(?:\s+hội)?(?:\s+(?-i:\p{Lu})[^\s\d.;:,()]*){1,4}|(?:đại\s+|nghỉ\s+)?lễ))\b(?:{dl_season_tail})?(?:\s+và\s+(?:(?:đại\s+|nghỉ\s+)?lễ|{dl_seasons})\b(?:{dl_season_tail})?)?
# before an event, to the end of its clause and before the work's next word
# (action_lead, deadline_event_stop): "trước khi tổ chức Lễ giao nhận quân",
# "trước khi kết thúc năm học 2023 - 2024", "trước khi bão đổ bộ"
# (first: with the term of the congress or council it names, whole: "trước khi tiến
# hành đại hội đảng bộ huyện nhiệm kỳ 2015 - 2020"; the term is no date)
# (a congress of delegates named to its ordinal: "xong trước Đại hội đại biểu
# Đảng bộ tỉnh lần thứ XVII", not cut at "Đại hội"; a narrow line: a gap after
# a bare "trước" costs cache)
(?:ngay\s+)?trước\s+khi\s+(?:tiến\s+hành\s+|tổ\s+chức\s+|diễn\s+ra\s+)?(?:đại\s+hội|hội\s+nghị|kỳ\s+họp|bầu\s+cử)(?:\s+[^\s\d.;:,()]+){0,8}?\s+(?:nhiệm\s+kỳ|khóa|giai\s+đoạn)\s+\d{4}\s*[-–]\s*\d{4}\b
(?:ngay\s+)?trước\s+đại\s+hội\s+đại\s+biểu(?:\s+[^\s\d.;:,()]+){1,4}?\s+lần\s+thứ\s+(?-i:[IVXLC]+)\b
(?:ngay\s+)?trước\s+khi(?:\s+[^\s.;:,()]+)+
# until an event, to the end of its clause (a longer clause is left out rather than
# cut inside a word): "cho đến khi bão tan", "đến khi hoàn thành việc di dời",
# "cho đến khi có ý kiến của cơ quan có thẩm quyền"
(?:cho\s+)?(?:đến|tới)\s+khi(?:\s+[^\s.;:,()]+){1,12}\s*(?:[.;:,()]|$)
# until a count of days after an event: "cho đến khi hết 21 ngày kể từ ngày
# tiêu hủy gia cầm bệnh cuối cùng" (longer than the line above allows)
(?:cho\s+)?(?:đến|tới)\s+khi\s+hết\s+\d{1,3}\s+(?:ngày|tuần|tháng)\s+(?:kể|tính)\s+từ(?:\s+[^\s.;:,()]+){1,10}\s*(?:[.;:,()]|$)
# before the day or round of an event, to the end of its clause and before the
# work's next word (action_lead, deadline_event_stop): "trước ngày bầu cử",
# "trước ngày giao quân", "trước thời điểm chính thức chuyển sang công ty cổ phần",
# "trước thời điểm đại hội cơ sở",
# "trước đợt kiểm tra của Đoàn thanh tra …"; a round of assessment named
# with "kỳ": "trước kỳ đánh giá, phân hạng sản phẩm OCOP cấp tỉnh", "trước
# kỳ thẩm định hồ sơ" (undated: its day is not printed; not "kỳ kiểm tra",
# a school test: "không ôn tập tràn lan trước kỳ kiểm tra" times a ban)
(?:ngay\s+)?trước\s+(?:(?:ngày|đợt|phiên|buổi|lễ|thời\s+điểm)\s+[^\s\d.;:,()]+|kỳ\s+(?:đánh\s+giá|thẩm\s+định|chấm\s+điểm|xét\s+duyệt|phúc\s+tra|kiểm\s+định))(?:\s+[^\s.;:,()]+)*(?:{dl_bracket_day})?
# a count of days after an event's day, the count last: "Sau ngày bầu cử 10
# ngày", "sau khi kết thúc đại hội 15 ngày" (dated by the event's printed day:
# deadline_value_event)
(?:chậm\s+nhất\s+)?sau\s+(?:ngày|khi\s+kết\s+thúc)\s+(?:bầu\s+cử|bỏ\s+phiếu|khai\s+giảng|khai\s+mạc|bế\s+mạc|giao\s+quân|tựu\s+trường|thi|đại\s+hội|hội\s+nghị|kỳ\s+họp)\s+\d{1,3}\s+(?:ngày|tuần|tháng)(?:\s+làm\s+việc)?\b
# around a named event, printed with a capital: "nhặt rác làm sạch bãi biển sau
# Giải", "sau Lễ hội" (lower-case "sau lễ" is a holiday, read above; after
# the line above: "trước Lễ khai trương du lịch biển …" is read whole there)
(?:ngay\s+)?(?:trước|sau)\s+(?-i:Giải|Festival|Lễ|Liên\s+hoan|Hội\s+chợ|Hội\s+thi|Ngày\s+hội|Tuần\s+lễ)\b
# while an event lasts: "trong thời gian diễn ra Lễ hội", "trong thời gian chờ nâng cấp …";
# while a construction lasts: "giám sát cộng đồng trong quá trình thi công" ("trong
# quá trình thực hiện" alone is vague)
trong\s+(?:suốt\s+)?quá\s+trình\s+thi\s+công(?:\s+[^\s.;:,()]+){0,6}
(?:trong\s+(?:suốt\s+)?|suốt\s+)thời\s+gian\s+(?:(?:diễn\s+ra|tổ\s+chức|chờ)(?:\s+[^\s.;:,()]+){1,6}|(?:thi\s+công|nghỉ|mưa\s+lũ|mưa\s+bão)(?:\s+[^\s.;:,()]+){0,6})
# while an event lasts, named by it: "trong thời gian chiến dịch", "trong những ngày
# nắng nóng", "vào các ngày nghỉ lễ", "trong các ngày thi", "vào các ngày nghỉ, ngày
# lễ" ("thi", "nghỉ", "lễ" at the end of a clause only: "thi hành", "lễ hội" are
# other words)
# (also a session or a round of it: "trong suốt buổi tiêm", "trong đợt thu hoạch",
# "trong các đợt nắng nóng cao điểm")
# and right after such an event: "làm đất ngay sau thu hoạch" ("sau thu hoạch"
# alone is a trade: "công nghệ sau thu hoạch")
(?:(?:trong\s+suốt|ngay\s+trong|trong|suốt)\s+(?:thời\s+(?:gian|kỳ)|quá\s+trình|buổi|(?:các\s+|những\s+)?(?:đợt|kỳ))|ngay\s+sau)\s+(?:{dl_event_spans})\b(?:{dl_season_tail})?
(?:trong\s+suốt|ngay\s+trong|trong|suốt|vào)\s+(?:các|những)\s+(?:ngày|đêm)\s+(?:{dl_event_spans})\b(?:{dl_season_tail})?
(?:trong\s+suốt|ngay\s+trong|trong|suốt|vào)\s+(?:thời\s+gian|(?:các|những)\s+(?:ngày|đêm|buổi))\s+(?:thi|nghỉ|lễ)\s*(?:[.;,:)]|$)
# "trong tuần" with nothing after it in the clause (this week)
# (also the same day, with nothing after it: "thu gom rác thải trong ngày.")
(?:ngay\s+)?trong\s+ngày\s*(?:[.;,]|$)
# (and within the working day: "thanh toán cho các hồ sơ hợp lệ trong ngày
# làm việc", not "trong ngày làm việc tiếp theo", a day after)
(?:ngay\s+)?trong\s+ngày\s+làm\s+việc\s*(?:[.;,]|$)
# a session of a council named by its kind before "gần nhất": "tại kỳ họp
# chuyên đề gần nhất", "tại kỳ họp bất thường tới"
(?:tại|trước|vào)\s+(?:các\s+)?kỳ\s+họp\s+(?:chuyên\s+đề|bất\s+thường|thường\s+lệ)\s+(?:gần\s+nhất|sắp\s+tới|tới|tiếp\s+theo)\b
# through the whole crop season named before: "đảm bảo nước tưới trong suốt vụ."
# (also a bare "trong vụ" closing the clause, the plan's season: "xử lý các
# trường hợp thả vịt phá hoại lúa trong vụ.")
(?:trong\s+suốt|trong|suốt)\s+(?:cả\s+)?vụ\s*(?:[.;,]|$)
# a clock time alone, after the round it closes: "báo cáo hằng ngày trong các
# ngày nghỉ Tết (trước 15 giờ)", "… hằng ngày, chậm nhất 16 giờ."
(?:{dl_cue_date}){dl_cue_fill}\s+{dl_time}\s*(?:[.;,)]|$)
(?:ngay\s+)?trong\s+tuần\s*(?:[.;,]|$)
# at a monthly meeting: "tại phiên họp tháng 12", "tại cuộc họp thường kỳ tháng 12/2025",
# "trong phiên họp thường kỳ tháng 4/2016", "tại phiên họp thường kỳ UBND
# xã tháng 3" (the round named before the body),
# "tại buổi tiếp công dân định kỳ tháng 10/2016"
# (also a briefing conference: "tổng hợp kết quả báo cáo tại Hội nghị giao ban
# tháng 11/2020")
(?:tại|trước|vào|trong)\s+(?:hội\s+nghị\s+giao\s+ban|(?:phiên|cuộc|buổi)\s+họp(?:\s+thường\s+kỳ)?(?:\s+(?:Chính\s+phủ|UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu))?)?|buổi\s+tiếp\s+công\s+dân)\s+(?:thường\s+kỳ\s+|định\s+kỳ\s+|giao\s+ban\s+)?{dl_month}
# a season or a holiday the work serves, without a preposition: "bố trí bãi đỗ
# xe tạm phục vụ mùa cao điểm Tết Dương lịch và Tết Nguyên đán Giáp Thìn 2024",
# "dự trữ hàng hóa cho dịp Tết" (undated: the time of an event)
(?:phục\s+vụ|cho)\s+(?:dịp\s+)?(?:{dl_holidays})\b(?:\s+(?:{dl_holidays})\b)?(?:{dl_season_tail})?(?:\s*(?:,|và)\s*(?:{dl_holidays})\b(?:{dl_season_tail})?)*
# the end of a span at the day of an event: "từ ngày 15/6 đến hết ngày thi",
# "đến hết ngày bầu cử" (undated; "thi" at the end of its clause only: "ngày thi
# hành" is another word)
(?:đến|tới|cho\s+đến)\s+hết\s+(?:các\s+)?(?:ngày|đêm)\s+(?:thi|bầu\s+cử|bỏ\s+phiếu|khai\s+giảng|hội)\s*(?:[.;,:)]|$)
# a campaign of the year's end: "triển khai đợt cao điểm tấn công trấn áp tội
# phạm cuối năm" (one round in the notice's year: its end, deadline_year_end;
# before the bare "cuối năm" below)
\bđợt\s+cao\s+điểm(?:\s+[^\s\d.;:,()]+){0,8}?\s+cuối\s+năm\b
# from now to the end of a campaign: "từ nay đến hết Chiến dịch", "cho đến
# hết đợt cao điểm" (undated; joined to an event's span right before it:
# "trong thời gian cao điểm từ nay đến hết Chiến dịch")
(?:từ\s+nay\s+)?(?:đến|tới|cho\s+đến)\s+hết\s+(?:chiến\s+dịch|đợt\s+(?:cao\s+điểm|ra\s+quân|thi\s+đua))\b
# "cuối năm" alone (xếp loại cuối năm): kept, with no date unless a year
# follows; "Cuối năm nay, …" is this year's end
cuối\s+năm(?:\s+\d{4}\b|\s+nay\b)?
# "đầu năm" alone, like "cuối năm": "tổ chức khám sức khỏe đầu năm cho học sinh"
# (no date; "từ đầu năm", "đầu năm học" and "6 tháng đầu năm" are in deadline_not)
đầu\s+năm\b

[regex deadline_recurring]
# định kỳ vào thứ Sáu hằng tuần; vào sáng thứ Hai hằng tuần; trước 16 giờ thứ Sáu hằng tuần
# (several days of the week: "vào thứ Năm, Chủ nhật hằng tuần", one phrase)
(?:định\s+kỳ\s+)?(?:(?:vào|trước|lúc)\s+)?(?:{dl_time}\s*,?\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?{dl_weekday}(?:\s*(?:,|và|hoặc)\s*{dl_weekday})*\s+(?:hằng|hàng|mỗi)\s+tuần
# a clock time every day: "trước 15 giờ hằng ngày", "vào lúc 8 giờ sáng hằng ngày";
# several times of the day before the round: "trước 7 giờ và 16 giờ hằng ngày"
(?:(?:{dl_cue_date}){dl_cue_fill}|vào(?:\s+lúc)?|lúc)\s+{dl_time}(?:\s*(?:,|và|hoặc)\s*(?:lúc\s+)?{dl_time})*\s*,?\s+(?:hằng|hàng|mỗi)\s+ngày\b
# every week, the day or the time in brackets: "định kỳ hằng tuần (trước 15 giờ
# thứ Năm)", "định kỳ hàng tuần (thứ Sáu)"
(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+tuần\s*\(\s*(?:(?:{dl_cue_date}){dl_cue_fill}\s+{dl_time}\s*,?\s+(?:ngày\s+|(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?)?(?:ngày\s+)?{dl_weekday}\s*\)
# a round with its day or time in brackets, and a weekday between: "định kỳ
# hằng tuần vào thứ Năm (trước 15 giờ 00)", "định kỳ hằng quý (trước ngày 05
# của tháng đầu quý sau)"; and a weekday after the week: "định kỳ hằng tuần
# vào thứ Năm" (no full date in the brackets: "định kỳ 6 tháng (trước ngày
# 15/6/2023)" is a recurrence and a date of its own)
(?:định\s+kỳ(?:\s+(?:hằng|hàng|mỗi))?|hằng|hàng|mỗi)\s+(?:\d{1,2}\s+tháng|ngày|tuần|tháng|qu[ýí]|năm)(?:\s+(?:vào\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?{dl_weekday})?\s*\(\s*(?:{dl_cue_date})\b[^()\n/]*\)
(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+tuần\s+(?:vào\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?{dl_weekday}
# định kỳ trước ngày 25 hằng tháng; vào ngày 5 hàng tháng; "trước ngày 20
# tháng cuối mỗi quý"
(?:định\s+kỳ\s+)?(?:trước|chậm\s+nhất|vào|trong|từ|đến)(?:\s+(?:là|ngày))*\s+\d{1,2}(?:\s*(?:,|và|hoặc|-)\s*\d{1,2})*\s+(?:hằng|hàng|mỗi|của\s+mỗi|của\s+các|(?:của\s+)?tháng\s+(?:cuối|đầu)(?:\s+(?:của\s+)?(?:mỗi|hằng|hàng))?)\s+(?:tháng|qu[ýí]|tuần|năm)(?:\s+(?:sau|tiếp\s+theo|kế\s+tiếp))?\b
# định kỳ quý, năm; định kỳ 6 tháng; định kỳ hằng tháng; định kỳ; "định kỳ 6
# tháng và cuối năm" (one phrase; "… và đột xuất" is no round: left out)
định\s+kỳ(?:\s+(?:hằng|hàng|mỗi))?(?:\s+(?:\d{1,2}|ba|sáu)\s+tháng\b|\s+(?:tháng|qu[ýí]|năm|tuần|ngày)\b)(?:\s*(?:,|và|hoặc|/)\s*(?:(?:hằng|hàng)\s+)?(?:(?:\d{1,2}|ba|sáu)\s+tháng|tháng|qu[ýí]|(?:cuối\s+)?năm)\b)*(?:\s+(?:một|hai|ba|\d{1,2})\s+lần)?
định\s+kỳ
# giao ban Quý định kỳ
(?:tháng|qu[ýí]|tuần)\s+định\s+kỳ
# hằng năm, hàng tháng, hằng quý, năm
# (also "thường niên", yearly: "tổ chức hội nghị nhà chung cư thường niên";
# with a year after it the meeting is named: deadline_not)
\bthường\s+niên\b
(?:hằng|hàng|mỗi)\s+học\s+kỳ\b
(?:hằng|hàng)\s+(?:ngày|tuần|tháng|qu[ýí]|năm)\b(?:\s*(?:,|và|hoặc|/)\s*(?:(?:hằng|hàng)\s+)?(?:tuần|tháng|qu[ýí]|năm)\b)*
# 1 tuần/lần, 2 lần/tuần, mỗi tháng một lần; 3 buổi/tuần, phát sóng 3 buổi/ngày
# ("học 2 buổi/ngày" is a kind of school day: deadline_not)
(?:\d{1,2}|một|hai|ba)\s+(?:ngày|tuần|tháng|qu[ýí]|năm)\s*/\s*(?:\d{1,2}\s+)?lần
(?:\d{1,2}|một|hai|ba)\s+lần\s*/\s*(?:\d{1,2}\s+)?(?:ngày|tuần|tháng|qu[ýí]|năm)
# also issues, news items and articles, classes, rounds and trips: "phát sóng tối
# thiểu 02 kỳ/tháng", "phát sóng chuyên mục 02 số/tuần", "03 tin/tuần", "mở ít nhất 02 lớp/năm", "01 cuộc/quý"
(?:\d{1,2}|một|hai|ba)\s+(?:buổi|đợt|kỳ|số|tin|bài|lớp|cuộc|chuyến)\s*/\s*(?:ngày|tuần|tháng|qu[ýí]|năm)
mỗi\s+(?:ngày|tuần|tháng|qu[ýí]|năm)\s+(?:(?:ít\s+nhất|tối\s+thiểu)\s+)?(?:\d{1,2}|một|hai|ba)\s+(?:lần|buổi)\b
# an interval between rounds: "mỗi đợt phun cách nhau 07 ngày", "hai lần
# tiêm cách nhau 28 ngày", "cách nhau 7 - 10 ngày"
(?:(?:mỗi|các|hai|02|2)\s+(?:đợt|lần)(?:\s+[^\s\d.;:,()]+){0,2}\s+)?cách\s+nhau\s+(?:từ\s+)?\d{1,3}(?:\s*(?:-|–|đến)\s*\d{1,3})?\s+(?:ngày|tuần|tháng)\b
# the start or the end of each round: "báo cáo vào cuối mỗi học kỳ", "đầu mỗi
# năm học", "cuối hằng tháng"
(?:(?:vào|trước|trong)\s+)?(?:(?:tuần|ngày|tháng)(?:\s+lễ)?\s+)?(?:cuối|đầu(?:\s+tiên)?|giữa)\s+(?:của\s+)?(?:mỗi|hằng|hàng)\s+(?:năm\s+học|học\s+kỳ|tuần|tháng|qu[ýí]|năm|đợt|kỳ)\b
(?:(?:\d{1,2}|hai|ba|sáu)\s+)?(?:tuần|tháng|qu[ýí]|năm)\s+(?:một|1|01)\s+lần
# days and hours need their count: "báo cáo tiến độ 3 ngày một lần", "cập nhật
# bản tin 03 giờ một lần", "6 giờ/lần"
(?:\d{1,2}|hai|ba)\s+(?:ngày|giờ)\s+(?:một|1|01)\s+lần
\d{1,2}\s+giờ\s*/\s*(?:1\s+)?lần
# within the day: "phát thanh ít nhất 2 lần trong ngày"
(?:ít\s+nhất\s+)?(?:\d{1,2}|hai|ba)\s+lần\s+trong\s+(?:một\s+)?ngày\b
(?:\d{1,2}|một|hai|ba)\s+lần\s+(?:mỗi|một|trong\s+một)\s+(?:ngày|tuần|tháng|qu[ýí]|năm)
# the rounds of a report listed without "định kỳ": "báo cáo tình hình 6 tháng, năm",
# "báo cáo quý, 6 tháng, năm", "báo cáo kết quả 6 tháng đầu năm, cả năm"
# (a year after "năm" makes it a period: deadline_not)
(?:(?:tháng|qu[ýí])\s*,\s*)*(?:6|06|sáu)\s+tháng(?:\s+đầu\s+năm)?(?:\s*,\s*(?:9|09|chín)\s+tháng)?\s*(?:,|và)\s*(?:cả\s+)?năm\b
# "mỗi tháng tổ chức ít nhất 02 đợt", "mỗi quý kiểm tra một lần" (as "hằng tháng")
mỗi\s+(?:năm\s+học|ngày|đêm|tuần|tháng|qu[ýí]|năm|buổi\s+(?:tập|sáng|chiều|tối))\b(?:\s+\d{1,2}\s+lần\b)?
# every night: "test ngẫu nhiên 30 mẫu mỗi đêm", "tuần tra hằng đêm"
(?:hằng|hàng)\s+đêm\b
# a day of the week in each month or week: "vào ngày Chủ nhật cuối tháng", "vào
# thứ Sáu tuần cuối mỗi tháng", "vào sáng Chủ nhật tuần thứ hai của tháng" (a
# month in digits after it makes one day: left out, so the bare month must
# close the clause; with "hằng", "mỗi" the round recurs whatever follows:
# "vào ngày Chủ nhật cuối cùng hằng tháng trong thời gian diễn ra Chiến dịch")
(?:vào\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?{dl_weekday}\s+(?:(?:(?:tuần\s+)?(?:đầu|cuối|cuối\s+cùng)|tuần\s+thứ\s+(?:nhất|hai|ba|tư|[1-4]))\s+(?:của\s+)?(?:(?:mỗi|hằng|hàng|các)\s+(?:tháng|qu[ýí])\b|(?:tháng|qu[ýí])\s*(?:[.;,:)]|$))|tuần\s+(?:đầu|cuối)\s+(?:của\s+)?(?:mỗi|hằng|hàng)\s+(?:tháng|qu[ýí])\b)
# days of every week: "vào các ngày thứ Bảy, Chủ nhật", "vào các ngày cuối
# tuần" (the plural says they recur); with the holidays listed after the
# weekend: "vào các dịp cuối tuần, lễ, Tết", or after the weekdays: "vào các
# ngày thứ Bảy, Chủ nhật và ngày lễ"
(?:vào|trong)\s+(?:các|những)\s+(?:(?:ngày|dịp)\s+)?(?:cuối\s+tuần\b|{dl_weekday}(?:\s*(?:,|và|hoặc)\s*(?:ngày\s+)?{dl_weekday})*)(?:\s*(?:,|và|hoặc)\s*(?:(?:ngày|dịp)\s+)?(?:nghỉ\s+)?(?:lễ|tết)\b)*
# bound to each round of an event: "trước mỗi kỳ họp HĐND huyện", "sau mỗi đợt kiểm tra"
# (also at its end: "tổng kết, đánh giá khi kết thúc mỗi vụ sản xuất")
# (also a market day, a show or a match: "thu gom rác sau mỗi phiên chợ", "trong và
# ngay sau mỗi chương trình", "sau mỗi trận đấu")
(?:(?:ngay\s+)?(?:trước|sau|tại|vào|trong)(?:\s*(?:,|và)\s*(?:ngay\s+)?(?:trước|trong|sau))*|(?:(?:ngay\s+)?sau\s+)?khi\s+(?:kết\s+thúc|hết))\s+mỗi\s+(?:kỳ\s+họp|phiên\s+họp|cuộc\s+họp|phiên|đợt|kỳ|mùa|vụ|dịp|năm\s+học|học\s+kỳ|đêm|buổi|chương\s+trình|sự\s+kiện|trận|lễ|chuyến|ca)(?:\s+(?:và[^\s\d.;:,()]+|v[^\sà\d.;:,()][^\s\d.;:,()]*|v\b|[^\sv\d.;:,()][^\s\d.;:,()]*)){0,6}
# at least so many days of each week or month, whole: "bố trí ít nhất 01 ngày
# trong tuần để tiếp công dân" (a recurrence, not "trong tuần")
(?:ít\s+nhất|tối\s+thiểu)\s+(?:\d{1,2}|một|hai|ba)\s+(?:ngày|buổi|lần)\s+(?:trong|mỗi|của\s+mỗi)\s+(?:tuần|tháng)\b

[regex deadline_not]
# A reference day that says which debt or balance is meant: "thu hồi 60% số
# nợ thuế đến ngày 31/12/2024 trước ngày 30/9/2025", "số dư tính đến ngày …"
\b(?:nợ(?:\s+thuế|\s+đọng|\s+phí|\s+xấu)?|dư\s+nợ|số\s+dư|lũy\s+kế|số\s+liệu)\s+(?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b
# A campaign's own span in brackets after the work that follows it: "tiếp nhận
# ủng hộ sau Tháng cao điểm (từ ngày 17/10 đến ngày 18/11 hằng năm)" (the
# bracket names the campaign; the work only starts after it)
\bsau\s+(?:tháng|đợt)\s+cao\s+điểm\s*\(\s*từ\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}[^()]{0,40}\)
# A past span the work looks back on: "đánh giá kết quả đạt được trong 6
# tháng qua" (not "trong 6 tháng")
# (also the span a measure is taken over: "5% số lượng gạo đã xuất khẩu trong
# 6 tháng trước đó", "bình quân trong 3 năm liền kề")
\btrong\s+(?:\d{1,3}|{deadline_numbers})\s+(?:ngày|tuần|tháng|năm)\s+(?:(?:vừa\s+)?qua|trước\s+đó|liền\s+(?:kề|trước)|gần\s+nhất)\b
# The care one takes before a choice of one's own, not the work's time: "vận
# động người lao động cân nhắc kỹ trước khi quyết định nhận BHXH một lần"
\bcân\s+nhắc(?:\s+(?:kỹ(?:\s+lưỡng)?|thận\s+trọng))?\s+trước\s+khi\b
# The period a plan or scheme covers, before, during and after an event, when
# the plan's own due time follows: "xây dựng phương án bảo đảm an ninh, trật tự
# trước, trong và sau ngày bầu cử; hoàn thành trước Tết" (the plan's subject;
# without a due time of its own the span is the work's time)
\b(?:phương\s+án|kế\s+hoạch)(?:\s+[^\s.;:()]+){1,6}?\s+trước\s*,\s*trong\s+và\s+sau(?:\s+[^\s.;:()]+){1,4}\s*;\s*(?:hoàn\s+thành|xong)\b
# Until a state returns or settles, a condition, not an event: "cấm biển … cho
# đến khi thời tiết trở lại bình thường", "đến khi tình hình ổn định"
(?:cho\s+)?(?:đến|tới)\s+khi(?:\s+[^\s.;:,()]+){1,6}?\s+(?:trở\s+lại\s+bình\s+thường|bình\s+thường\s+trở\s+lại|(?:trở\s+lại\s+|được\s+)?ổn\s+định)\b
# A count of days before or after an event, in brackets after a printed day,
# restates that day: "xong trước ngày 13/02/2026 (30 ngày trước ngày bầu cử)"
\(\s*(?:\d{1,3}\s+ngày\s+(?:trước|sau)|trước\s+\d{1,3}\s+ngày\s+so\s+với)\s+(?:ngày\s+)?[^\s\d()][^()\n]*\)
# (and the part of a school year it falls in: "hoàn thành trước ngày 30 tháng 9
# năm 2021 (đầu năm học 2021 - 2022)")
\(\s*(?:đầu|cuối)\s+năm\s+học\s+\d{4}\s*-\s*\d{4}\s*\)
# The year in which someone was disciplined or rewarded names who is meant,
# no time for the work: "cung cấp thông tin về những đảng viên … bị xử lý kỷ
# luật trong năm 2023 để làm căn cứ xếp loại"
\b(?:bị\s+(?:xử\s+lý(?:\s+kỷ\s+luật)?|kỷ\s+luật|xử\s+phạt)|được\s+khen\s+thưởng)\s+trong\s+năm\s+\d{4}\b

# One session named with its kind (`buổi tiếp công dân định kỳ được chuyển
# sang …`, `lịch tiếp công dân định kỳ của Chủ tịch`, `tiếp công dân định kỳ
# ngày 20/8/2025`): a name, no recurrence (`… định kỳ tháng 10/2016` is read
# with its month elsewhere)
(?:buổi|phiên|cuộc)\s+(?:tiếp\s+công\s+dân|họp|giao\s+ban)\s+định\s+kỳ\s+(?:được|đã|sẽ|vẫn|không|bị)\b
(?:tiếp\s+công\s+dân|họp|giao\s+ban)\s+định\s+kỳ\s+(?:(?:vào\s+)?ngày\s+\d|của\b)
# A cited document's date: Quyết định số 2619/QĐ-UBND, ngày 01/12/2017; 617/KH-UBND ngày 01/12/2025
số\s+[\w.-]*\d[\w/.-]*\s*,?\s*(?:ngày\s+)?{dl_day}
\d+[\w.-]*/[\w/.&-]+\s*,?\s*ngày\s+{dl_day}
# A date that opens an account or dates the notice: Ngày 28 tháng 5 năm 2018; (Ngày 07 và 08 tháng 3 năm 2025)
(?:ngày\s+)?\d{1,2}(?:\s*(?:,|và|-)\s*\d{1,2})*\s+tháng\s+\d{1,2}\s+năm\s+\d{4}
# Start dates: từ ngày 01/01/2026, áp dụng từ tháng 7/2024, từ năm 2025
(?:kể\s+)?từ\s+(?:ngày\s+)?{dl_day}
# (also from a round named by its month: "Kể từ kỳ chi trả tháng 6/2026,
# thực hiện chi trả qua tài khoản", "từ kỳ lương tháng 7/2024")
(?:kể\s+)?từ\s+(?:(?:cuối|giữa|đầu)\s+|(?:kỳ|đợt)\s+(?:chi(?:\s+trả)?|lương|thanh\s+toán)\s+)?{dl_month}
(?:kể\s+)?từ\s+{dl_quarter}
(?:kể\s+)?từ\s+năm\s+\d{4}\b(?:\s+(?:đến|tới)\s+(?:năm\s+)?\d{4}\b)?
# The cut-off of a figure: tính đến hết ngày 31/10/2025
# (also after a figure below a threshold, "các chủ đầu tư giải ngân dưới 60%
# đến hết ngày 31/10/2023", "chưa đạt 70% chỉ tiêu đến …", and a running total:
# "lũy kế đến ngày 30/9") (the match reaches into the phrase
# found from "đến": no copy of the date forms)
\b(?:(?:dưới|chưa\s+đạt|không\s+đạt|chỉ\s+đạt|mới\s+đạt|thấp\s+hơn)\s+\d{1,3}(?:[.,]\d{1,2})?\s*%(?:\s+(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|vốn|được\s+giao|tổng\s+vốn))*|lũy\s+kế)\s+(?:tính\s+)?(?:đến|tới)\b
tính\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:(?:ngày\s+)?{dl_day}|{dl_month}|{dl_quarter}|năm\s+\d{4}|nay)
# Names of plans and terms: tầm nhìn đến năm 2050, giai đoạn 2026 - 2030
(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}
(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+\d{4}\s*-\s*\d{4}
# "trong năm" that is not a span to act in: trong năm học, trong năm qua, trong năm ngày
trong\s+năm\s+(?:học|qua|trước|vừa\s+qua|ngân\s+sách|tài\s+chính|ngày|tháng|tuần|giờ)\b
# The period of a policy proposed or applied, not of the work: "đề xuất giảm
# thuế bảo vệ môi trường đối với nhiên liệu bay đến hết năm 2020", "gia hạn
# nộp thuế … đến hết ngày 30/9/2023"
\b(?:miễn|giảm|giãn|gia\s+hạn|hoàn)(?:\s*,\s*giảm)?\s+(?:nộp\s+)?(?:thuế|phí|lệ\s+phí|tiền\s+thuê\s+đất|tiền\s+sử\s+dụng\s+đất|lãi\s+suất|lãi\s+vay)\b(?:\s+[^\s.;:,()]+)*?\s+(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?(?:ngày\s+{dl_day}|{dl_month}|{dl_quarter}|năm\s+\d{4})
# A recurrence inside the title of a cited document: "Nghị định số 77/2015/NĐ-CP
# về kế hoạch đầu tư công trung hạn và hằng năm"
\bsố\s+[\w.-]*\d[\w/.-]*(?:\s+[^\s.;:,()]+)*?\s+(?:về|quy\s+định|hướng\s+dẫn|ban\s+hành)(?:\s+[^\s.;:,()]+)*?\s+(?:hằng|hàng)\s+(?:năm|quý|tháng)\b
# "hàng" of a noun before a time word: ngân hàng năm 2024, cửa hàng tháng
(?:ngân|cửa|mặt|khách|đơn|xếp|nhà|tàu|kho|món)\s+hàng\s+(?:ngày|tuần|tháng|qu[ýí]|năm)
# (but the one-stop shop is no shop: "báo cáo tình hình thực hiện cơ chế một
# cửa hàng quý" is a quarterly report; matched first from "một", so that
# "cửa hàng quý" is not read)
một\s+cửa\b
# Six months and a year with the year printed: "kết quả 6 tháng, năm 2024" is a period
(?:6|06|sáu)\s+tháng\s*(?:,|và)\s*năm\s+\d{4}
# A span of counts, not a day: trước 2 - 3 ngày, gấp 2-3 lần
\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:ngày|tuần|tháng|năm|giờ|lần|ca|kíp|người)\b
# A condition, not a time: ngay khi có yêu cầu, ngay khi có đề nghị (each
# request as it comes: a standing rule), ngay khi phát hiện vi phạm,
# ngay khi nhận đủ hồ sơ hợp lệ (each time one comes in: a standing rule); a
# case of sickness: "báo ngay khi có lợn ốm, chết", "ngay khi có trường hợp
# nghi mắc bệnh" (an
# event awaited is a time: "ngay khi có mặt bằng", "ngay khi có khối lượng");
# a case that comes up ("ngay khi xảy ra vụ việc phức tạp") is a condition,
# a hazard is an event awaited, as after "có" ("ngay khi xảy ra cháy phải có
# mặt tại hiện trường", as "ngay khi có sạt lở"); so is a breakdown the
# crews stand by for ("ứng trực, xử lý cây ngã đổ ngay khi có sự cố") and
# a sickness found with no object after it ("nhổ bỏ bụi lúa nhiễm bệnh ngay
# khi phát hiện": as soon as it shows, the work's time; "ngay khi phát hiện
# vi phạm" names each case, a condition)
ngay\s+(?:sau\s+)?khi\s+(?:có\s+(?:yêu\s+cầu|đề\s+nghị|ý\s+kiến|chỉ\s+đạo|văn\s+bản|thông\s+tin|tin\s+báo|phản\s+ánh|kiến\s+nghị|vi\s+phạm|dịch|ca\s+bệnh|người|trường\s+hợp|ổ\s+dịch|biểu\s+hiện|dấu\s+hiệu|hiện\s+tượng|(?:lợn|heo|gà|vịt|trâu|bò|dê|chó|mèo|cá|tôm|gia\s+súc|gia\s+cầm|vật\s+nuôi|động\s+vật|chim)\b)|phát\s+hiện\s+[^\s.;:,()]+|xảy\s+ra\s+(?:các\s+|những\s+)?(?:vụ|vi\s+phạm|dịch|ổ\s+dịch|trường\s+hợp|tình\s+huống|tai\s+nạn|ngộ\s+độc|ca)|phát\s+sinh|xuất\s+hiện|(?:tiếp\s+)?nhận(?:\s+được|\s+đủ)?)\b(?:\s+[^\s.;:,()]+)*
# A length a procedure is cut down to, not when work is due: "rút ngắn thời
# gian thẩm định xuống không quá 30 ngày", "giảm còn tối đa 15 ngày"
(?:xuống|còn)\s+(?:không\s+quá|tối\s+đa|dưới|chỉ\s+còn)\s+\d{1,3}\s+(?:giờ|ngày|tuần|tháng)(?:\s+làm\s+việc)?
# "quy định kỳ …" is not "định kỳ"; "thường xuyên Tết" is not "xuyên Tết"
thường\s+xuyên
quy\s+định\s+kỳ
# A restatement in brackets ("… đến hết ngày 10/02/2025 (tức từ 21 tháng
# Chạp đến mùng 13 tháng Giêng)"): the days again in another calendar, no
# deadline of its own (a phrase holding it whole, an event dated by it, stays).
\(\s*tức(?:\s+là)?\s[^()\n]*\)
# A meeting named by its month: "buổi tiếp công dân định kỳ tháng 10/2016" (the
# month names the meeting; "tại …" before it is a time, in deadline_period)
# (or by the month after: "… định kỳ tháng sau" is one meeting, not monthly)
# A school test named by its term: "tổ chức kiểm tra định kỳ cuối học kỳ I"
# is the end-of-term test, no recurrence.
định\s+kỳ\s+(?:tháng\s+(?:\d{1,2}\b|sau\b|tới\b|kế\s+tiếp\b|tiếp\s+theo\b)|(?:cuối|giữa)\s+(?:học\s+kỳ|năm\s+học|kỳ)\b)
# A time the text forbids, not one it sets: "không để dồn khối lượng vào cuối năm",
# "chậm nhất trước ngày 15/11, không để đến cuối năm mới xin điều chỉnh"
không\s+để\s+(?:đến|tới|sang)\s+(?:(?:hết|cuối|đầu|giữa)\s+)?(?:năm|quý|tháng|kỳ)
\bdồn\b(?:\s+[^\s.;:,()]+){0,4}?\s+vào\s+(?:những\s+tháng\s+)?(?:cuối|thời\s+điểm\s+cuối)\s+(?:năm|quý|tháng|kỳ)
# A plan named with the season it covers, its years printed, no time of the
# work: "ban hành Phương án phòng cháy, chữa cháy rừng mùa khô 2025 - 2026"
# ("hướng dẫn phòng cháy, chữa cháy rừng mùa khô 2022 - 2023" is done then)
\b(?:kế\s+hoạch|phương\s+án|chương\s+trình|đề\s+án)\b(?:\s+[^\s.;:()]+){0,10}?\s+mùa\s+(?:mưa\s+lũ|mưa\s+bão|mưa|lũ|bão|khô|hanh\s+khô|cháy\s+rừng|nắng\s+nóng)\s+(?:năm\s+)?\d{4}\s*[-–]\s*\d{4}\b
# What a plan or a reserve is for, not when it is due: "có phương án cấp nước
# dự phòng cho mùa khô năm 2017" (the season it covers; "dự trữ hàng hóa cho
# Tết" stays the time of the work)
\b(?:phương\s+án|kế\s+hoạch|kịch\s+bản)\b(?:\s+[^\s.;:,()]+){0,6}?\s+cho\s+(?:dịp\s+)?mùa\b
# A time that describes the people or things concerned: "thẻ BHYT hết hạn trong năm 2024"
# (also a shelf life: "rà soát thuốc có hạn sử dụng đến tháng 6/2024")
\b(?:hết|đến|có|còn)\s+hạn\s+(?:sử\s+dụng\s+|dùng\s+)?(?:(?:cho\s+)?(?:đến|tới)|trong|vào|từ)\b
# A time the text says is not needed: "(chứng thư số có thời hạn 05 năm,
# không phải gia hạn trong năm 2019)", "không cần đổi thẻ vào năm 2026"
\bkhông\s+(?:phải|cần)(?:\s+[^\s\d.;:,()]+){1,5}?\s+(?:trong|vào)\b
# A condition, not a time set: "chấm dứt hợp đồng nếu đến ngày 15/7/2020 khối
# lượng không đạt 40%", "trường hợp quá ngày 30/6 chưa nộp …"
# (the match need only reach into the phrase found from "đến": no copy of the
# date forms)
\b(?:nếu|trường\s+hợp)\s+(?:đến|tới|sau|quá|hết)\b
# A step of a process or a place, not a time: what is done to a thing before it
# leaves or enters somewhere ("xử lý nước thải sơ bộ trước khi thải ra môi
# trường", "vệ sinh bánh xe trước khi ra khỏi công trường", "gờ giảm tốc trên
# đường ĐH.02 trước khi nhập vào Quốc lộ 10"); an event stays a time ("trước
# khi xả lũ", "trước khi bão đổ bộ"). The word before is taken so that the
# match straddles the phrase found from "trước khi" (in a group: a line opening
# with "[" would read as a section header).
# Also goods or waste before they move on: "truy xuất nguồn gốc sâm thương
# phẩm trước khi đưa ra thị trường", "bố trí điểm tập kết rác tạm thời trước
# khi chuyển về khu xử lý", "kiểm dịch trước khi vận chuyển, tiêu thụ" (a
# handover or a submission stays a time: "trước khi bàn giao", "trước khi nộp").
(?:[^\s.;:,()]+)\s+trước\s+khi\s+(?:(?:xả\s+)?thải|ra\s+khỏi|nhập\s+vào|đưa\s+ra\s+(?:thị\s+trường|lưu\s+thông)|lưu\s+thông|tiêu\s+thụ|xuất\s+bán|bán\s+ra|chuyển\s+(?:về|đến|tới|ra|đi)|vận\s+chuyển)\b
# A recurrence the text rules out, not one it sets: "không tổ chức kiểm tra, đánh
# giá định kỳ vào ngày học sinh tiêm" (to the clause end at most)
\bkhông\s+(?:tổ\s+chức|thực\s+hiện|tiến\s+hành)\b[^.;:\n]*?\bđịnh\s+kỳ\b
# A waiting period that a payment or a contract covers, not a time of the work:
# "bố trí kinh phí hợp đồng giáo viên trong thời gian chờ tuyển dụng"
\b(?:hợp\s+đồng|kinh\s+phí|chế\s+độ|phụ\s+cấp)\b[^.;:,\n]*?\btrong\s+(?:suốt\s+)?thời\s+gian\s+chờ\b
# A waiting time after what must not happen, while what holds, not by when:
# "không để lấn chiếm, hư hỏng trong thời gian chờ xử lý", "không để hỏng vắc
# xin trong thời gian chờ cấp phát" (the interim work stays: "chuyển rác về bãi
# tập trung trong thời gian chờ nâng cấp lò đốt"; so does a clause it opens)
\bkhông\s+để\b[^.;:\n]*?\btrong\s+(?:suốt\s+)?(?:thời\s+gian|khi)\s+chờ\b
# A purpose clause, not a time set: "Để chủ động ứng phó trước khi mưa lũ xảy ra, …"
(?:^|[.;:]\s+)để(?:\s+[^\s.;:,()]+){0,6}?\s+trước\s+khi\b
# A result up to a time, not a time set: "Đến hết tháng 10, thu ngân sách mới
# đạt 68% dự toán."
(?:^|[.;:]\s+)(?:đến|tính\s+đến)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+{dl_day}|tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4})?|{dl_quarter}|năm\s+\d{4})\s*,[^.;]*?\b(?:mới\s+)?(?:đạt|đã)\b
# A meeting's agenda, not a time: "xây dựng chương trình kỳ họp thứ 38 …"
# The start of a year that is a start, a school year, or part of a count of
# months: "từ đầu năm đến nay", "thu, chi đầu năm học", "sơ kết 6 tháng đầu
# năm" (so that "đầu năm" alone is not read inside them)
từ\s+đầu\s+năm
đầu\s+năm\s+học
tháng\s+đầu\s+năm
chương\s+trình\s+(?:các\s+)?kỳ\s+họp\b
# The reports a council's body examines, named by their period, to the clause
# end: "thẩm tra các báo cáo về công tác phòng, chống tội phạm, vi phạm pháp
# luật 6 tháng đầu năm 2021" (the reports are of that period)
\bthẩm\s+tra\s+(?:các\s+)?báo\s+cáo\b[^.;:\n]*?\b(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}\b
# A week's programme or roster, a name: "lịch công tác tuần tới"
(?:lịch|chương\s+trình|kế\s+hoạch)\s+(?:công\s+tác|làm\s+việc|trực)\s+tuần\s+(?:sau|tới)\b
# (also bare: "xây dựng kế hoạch tuần tới", "nhiệm vụ tuần sau")
(?:lịch|chương\s+trình|kế\s+hoạch|nhiệm\s+vụ|công\s+việc)\s+tuần\s+(?:sau|tới)\b
# A week that is past: "trong tuần qua"
\btrong\s+tuần\s+(?:qua|trước|vừa\s+qua)\b
# A habit of hygiene, not a time set: "rửa tay bằng xà phòng trước khi ăn"
# (the word before is taken, as for a step of a process above)
(?:[^\s.;:,()]+)\s+trước\s+khi\s+(?:ăn|uống|ngủ|đi\s+ngủ|cho\s+trẻ\s+ăn)\b
# (also the pre-harvest interval of a pesticide, a noun: "sử dụng thuốc đúng
# thời gian cách ly trước khi thu hoạch")
\bthời\s+gian\s+cách\s+ly\s+trước\s+khi\b
# A season or an event that describes the things concerned: "phòng, chống
# dịch bệnh phát sinh trong mùa khô", "các bệnh thường gặp vào mùa hè",
# "không để dịch bệnh bùng phát sau mưa lũ"
\b(?:phát\s+sinh|bùng\s+phát|thường\s+xảy\s+ra|thường\s+gặp|hay\s+gặp)\s+(?:trong|vào|sau)\s+(?:(?:các|những)\s+(?:ngày|tháng)\s+)?(?:{dl_seasons}|{dl_events_after})\b
# The festivals of a time of year, not a time: "quản lý chặt chẽ lễ hội đầu năm"
\bhội\s+(?:đầu|cuối)\s+năm\b
# A lesson or a session named by the part of the year it falls in, not a time
# set: "lồng ghép truyền thông vào tiết sinh hoạt đầu năm", "buổi chào cờ đầu
# tuần" (not "trong buổi sinh hoạt cuối năm học", a time); a council's
# session named so after what is prepared for it:
# "chuẩn bị nội dung kỳ họp thường lệ cuối năm HĐND xã" (the session is the
# object; with its year, or after "tại", "trước", "trình", it stays a time)
\b(?:tiết|giờ)\s+(?:sinh\s+hoạt|chào\s+cờ|học)(?:\s+(?:lớp|dưới\s+cờ|chủ\s+nhiệm))?\s+(?:đầu|cuối)\s+(?:năm|tuần|tháng|học\s+kỳ)\b
\b(?:nội\s+dung|chương\s+trình|tài\s+liệu)\s+(?:các\s+)?kỳ\s+họp\s+(?:thường\s+lệ\s+)?(?:cuối|giữa)\s+năm\s*(?:[^\s\d]|$)
# Pay or gifts named by the time they are for, not a time set: "trả lương,
# thưởng cuối năm; báo cáo … trước ngày 15/12/2019", "chi trả tiền thưởng Tết",
# "chuẩn bị quà Tết cho hộ nghèo"
\b(?:thưởng|quà|lương)\s+(?:cuối\s+năm|tết)\b
# A yearly meeting named with its year: "tổ chức Đại hội thành viên thường
# niên năm 2023 xong trong quý I/2023" (the year names which)
\bthường\s+niên\s+(?:năm\s+)?\d{4}\b
# The round of an allowance a person draws, not of the work: "rà soát các
# đối tượng đang hưởng trợ cấp hằng tháng" (who is meant)
\b(?:hưởng|nhận)\s+(?:trợ\s+cấp|phụ\s+cấp|lương\s+hưu)(?:\s+xã\s+hội)?\s+(?:hằng|hàng)\s+tháng\b
# The head of an office before a year: "xếp loại người đứng đầu năm 2023"
# (`đầu năm` there is no start of a year)
\bđứng\s+đầu\s+năm\b
# How long a state may last, not when work is due: "không để ách tắc giao
# thông quá 02 giờ", "không để mất điện quá 4 giờ", "mất điện kéo dài không
# quá 02 giờ" (a limit in hours on work left undone, "không để rác tồn đọng
# quá 24 giờ", is a delay)
\b(?:ách\s+tắc|ùn\s+tắc|tắc\s+nghẽn|gián\s+đoạn|mất\s+điện|mất\s+nước|ngập\s+úng)(?:\s+giao\s+thông)?(?:\s+kéo\s+dài)?(?:\s+không)?\s+quá\s+\d{1,3}\s+giờ\b
# The state of things during an event that a report tells: "tổng hợp tình hình
# trong những ngày Tết báo cáo …"
\btình\s+hình\s+(?:trong|vào)\s+(?:các|những)\s+(?:ngày|đêm)\b
# A plan, a work or goods named by the season they serve, not a time: "xây
# dựng kế hoạch phục vụ mùa du lịch hè", "tổng kết công tác phục vụ mùa du
# lịch", "kiểm tra cơ sở kinh doanh thực phẩm phục vụ Tết" ("bố trí bãi đỗ xe
# tạm phục vụ mùa cao điểm Tết" is the time the work is for)
\b(?:công\s+tác|kế\s+hoạch|phương\s+án|chương\s+trình|thực\s+phẩm|hàng\s+hóa|sản\s+phẩm)\s+phục\s+vụ\s+(?:{dl_holidays})\b
# Until further notice after a printed start: the window a ban is in force,
# not a time set for the work ("cấm tàu thuyền ra khơi kể từ 12 giờ ngày
# 14/9/2017 cho đến khi có thông báo mới"). Without a start it bounds the work
# and counts, undated ("không tổ chức sự kiện tập trung … đến khi có thông báo
# mới", "… cho đến khi có chỉ đạo mới"). (Set FH's gold counts the window
# after a start too; DP's does not: kept as it was.)
(?:kể\s+|tính\s+)?từ\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,?\s+(?:cho\s+)?(?:đến|tới)\s+khi\s+có\s+(?:thông\s+báo|chỉ\s+đạo|lệnh|quyết\s+định|hướng\s+dẫn)\s+(?:mới|khác|tiếp\s+theo)\b
# People or diseases after an event, described by it, not a time for the work:
# "không để học sinh bỏ học sau mưa lũ", "phòng chống dịch bệnh sau thiên tai"
# (a verb's time stays: "khôi phục sản xuất sau thiên tai")
# (weather after a storm too: "mưa lũ sau bão", "hoàn lưu sau bão")
# (and after a holiday: "không để học sinh bỏ học sau dịp Tết Nguyên đán")
\b(?:dịch\s+bệnh|dịch|bệnh|ô\s+nhiễm|bỏ\s+học|nghỉ\s+học|thất\s+học|mưa\s+lũ|mưa\s+lớn|mưa|lũ|lũ\s+quét|hoàn\s+lưu|sạt\s+lở)\s+sau\s+(?:dịp\s+)?(?:{dl_events_after}|tết)\b
# The same with the animals or crops a disease strikes, and damage: "phòng
# chống dịch bệnh gia súc, gia cầm sau bão lũ", "thống kê thiệt hại sau thiên tai"
\b(?:dịch\s+bệnh|dịch|bệnh)\s+(?:gia\s+súc|gia\s+cầm|vật\s+nuôi|cây\s+trồng|thủy\s+sản|động\s+vật)(?:\s*(?:,|và)\s*(?:gia\s+súc|gia\s+cầm|vật\s+nuôi|cây\s+trồng|thủy\s+sản|động\s+vật))*\s+sau\s+(?:{dl_events_after})\b
\b(?:thiệt\s+hại|hư\s+hỏng|tổn\s+thất)\s+sau\s+(?:{dl_events_after})\b
# A time that tells which things, after what was found in it: "các điểm đen
# đã được xác định trong năm 2015", "các vi phạm đã phát hiện trong tháng 6"
\bđã\s+(?:được\s+)?(?:xác\s+định|phát\s+hiện|ghi\s+nhận|xảy\s+ra|diễn\s+ra)\s+(?:trong|vào|từ)\s+(?:năm|tháng|qu[ýí]|(?:các\s+|những\s+)?(?:đợt|dịp))\b
# A schedule named by the time it keeps, not a time for the work: "thông báo
# công khai lịch sát hạch sau Tết", "lịch làm việc sau kỳ nghỉ Tết"
\blịch\s+[^\s\d.;:,()]+(?:\s+[^\s\d.;:,()]+){0,2}?\s+sau\s+(?:{dl_seasons})\b
# A kind of school day, not how often: "dạy học 2 buổi/ngày", "trường học 2 buổi/ngày"
# (the word before the count: a gap from "trường" to it held a megabyte of
# search cache per thread)
\b(?:học|dạy)\s+(?:\d{1,2}|hai)\s+buổi\s*/\s*ngày
# (also the rounds a schedule is made of, after its noun: "xây dựng lịch
# phát sóng thống nhất 2 buổi/ngày" is what the schedule holds; a round of
# the work itself, "kiểm tra 02 lần/tuần", stays)
\blịch\s+(?:phát\s+sóng|phát\s+thanh|tiếp\s+sóng|trực|làm\s+việc|hoạt\s+động)(?:\s+[^\s\d.;:,()]+){0,3}?\s+(?:\d{1,2}|hai|ba)\s+(?:buổi|lần|ca|kíp)\s*/\s*(?:ngày|tuần)
# How long a paper or a decision stays valid, not a time for the work: "giấy
# phép được cấp lại có giá trị đến hết ngày 31/12/2020", "Quyết định số
# 25/2016/QĐ-UBND (có hiệu lực đến hết ngày 31/12/2018)", "quy chế … tiếp
# tục có hiệu lực cho đến khi có quy chế mới thay thế" (the words before the
# time are taken, so that the match straddles the phrase found from "đến";
# "công bố danh mục văn bản hết hiệu lực trong quý I/2021" stays a time)
\bcó\s+(?:giá\s+trị|hiệu\s+lực)(?:\s+(?:sử\s+dụng|thi\s+hành|pháp\s+lý))?\s+(?:(?:cho\s+)?(?:đến|tới)|trong|từ)\b
# (and how long a plan or a rule it follows applies: "…: thực hiện theo Kế
# hoạch số 05/KH-UBND …, áp dụng đến hết ngày 31/12/2026", "được áp dụng đến
# hết năm 2025"; "áp dụng" with its object, "áp dụng phần mềm … trong năm
# 2025", is the work)
\b(?:được\s+)?áp\s+dụng\s+(?:cho\s+)?(?:đến|tới)\b
# How long hired or seconded people serve, not when the work is due: "bố trí
# kinh phí thuê chuyên gia công nghệ thông tin hỗ trợ Tổ giúp việc trong 90
# ngày", "cử 02 cán bộ tăng cường cho xã trong thời gian 06 tháng"
\b(?:thuê|biệt\s+phái|tăng\s+cường|điều\s+động)\s+(?:\d{1,3}\s+|các\s+|một\s+số\s+)?(?:chuyên\s+gia|nhân\s+sự|nhân\s+công|lao\s+động|cán\s+bộ|công\s+chức|viên\s+chức|giáo\s+viên|bác\s+sĩ)\b[^.;:]*?\s(?:trong|thời\s+gian|trong\s+thời\s+gian)\s+(?:\d{1,3}|{deadline_numbers})\s+(?:ngày|tuần|tháng|năm)\b
# A round that names what criteria measure, inside the name of the criteria
# or rules being drafted: "xây dựng Bộ tiêu chí đánh giá công chức theo sản
# phẩm, kết quả công việc hằng tháng, trình … trước ngày 31/3/2026"
\b(?:xây\s+dựng|ban\s+hành|hoàn\s+thiện|sửa\s+đổi|dự\s+thảo|soạn\s+thảo)\s+(?:bộ\s+)?(?:tiêu\s+chí|quy\s+chế|quy\s+định)\s+(?:đánh\s+giá|chấm\s+điểm|xếp\s+loại|thi\s+đua)[^.;:]*?\s(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)\b
# (a warranty still running, "chi phí khắc phục do nhà thầu chịu vì công trình
# còn trong thời gian bảo hành (đến ngày 30/11/2026)", and the term of a
# licence, a contract or its annex: "Thời hạn phụ lục không quá 06 tháng",
# "thời hạn của hợp đồng là 12 tháng")
(?:\bcòn\s+)?trong\s+(?:suốt\s+)?(?:thời\s+gian|thời\s+hạn)\s+bảo\s+hành\b(?:\s*\([^()\n]*\))?
\bthời\s+(?:hạn|gian)\s+(?:của\s+|thực\s+hiện\s+)?(?:giấy\s+phép|hợp\s+đồng|phụ\s+lục|hiệu\s+lực|bảo\s+hành|thuê|cho\s+thuê|giấy\s+chứng\s+nhận|chứng\s+chỉ)\b(?:\s+[^\s.;:,()]+){0,4}?\s+(?:không\s+quá|tối\s+đa|là|(?:cho\s+)?đến|tới|trong|kéo\s+dài)\b
# (also "thời gian thực hiện hợp đồng không quá 60 ngày kể từ ngày ký hợp
# đồng", the contract's term, not when the body that signs must act; and a
# paper or a lease that has a term: "(hợp đồng thuê đất có thời hạn đến năm
# 2057)", "giấy phép có thời hạn đến hết ngày …")
\bcó\s+thời\s+hạn\s+(?:(?:hoạt\s+động|sử\s+dụng|thuê)\s+)?(?:(?:cho\s+)?(?:đến|tới)|trong|là)\b
# A policy's period or a quantity counted in days, not a time for the work:
# "ưu tiên miễn tiền thuê ki-ốt trong 06 tháng đầu cho các hộ di dời", "dự
# trữ xăng dầu tối thiểu đủ bán trong 05 ngày" (a count of days or months
# only: "đón khách miễn phí trong thời gian diễn ra Lễ hội" is a time)
\b(?:miễn|giảm)(?:\s*,\s*giảm)?\s+(?:\d{1,3}\s*%\s+)?(?:tiền\s+thuê|tiền|thuế|phí|lệ\s+phí|giá\s+thuê)\b(?:\s+[^\s.;:,()]+){0,3}?\s+trong\s+(?:\d{1,3}|{deadline_numbers})\s+(?:ngày|tháng|năm)\b
\bđủ\s+(?:bán|dùng|cung\s+(?:cấp|ứng)|phục\s+vụ|sử\s+dụng|tiêu\s+dùng|ăn|cho\s+(?:sản\s+xuất|tiêu\s+dùng|sinh\s+hoạt))\s+(?:trong|cho)\s+(?:\d{1,3}|{deadline_numbers})\s+(?:ngày|tuần|tháng)\b
# The spells a contingency plan covers, not a time for the work: "xây dựng
# phương án cấp điện ưu tiên cho bệnh viện, trạm bơm, nhà máy nước trong các
# đợt cao điểm nắng nóng", "phương án bố trí lực lượng … trong các đợt triều
# cường" (the plan is for them; "huy động lực lượng … trong các đợt cao điểm
# nắng nóng" is work done then)
\b(?:phương\s+án|kịch\s+bản)\b(?:\s+[^\s.;:()]+){0,16}?\s+trong\s+(?:các|những)\s+đợt\b
# A limit on how fast help arrives, not a time for the work: "bảo đảm thời
# gian tiếp cận hiện trường không quá 30 phút", "thời gian phản hồi tối đa 15 phút"
\bthời\s+gian\s+(?:tiếp\s+cận|phản\s+ứng|phản\s+hồi|có\s+mặt|cơ\s+động|di\s+chuyển|chờ\s+đợi)\b(?:\s+[^\s.;:,()]+){0,5}?\s+(?:không\s+quá|tối\s+đa|dưới)\b
# The things begun in a year, not a time for the work: "các tuyến khởi công
# trong năm phải hoàn thành trước 30/11/2017" (which lines are meant)
\b(?:tuyến|công\s+trình|dự\s+án|hạng\s+mục|gói\s+thầu)(?:\s+[^\s.;:,()]+){0,3}?\s+(?:được\s+|mới\s+)?(?:khởi\s+công|mở\s+mới)\s+trong\s+năm\b
# The days a service opens, its hours, not a time for the work: "duy trì mở
# cửa điểm bưu điện - văn hóa xã vào các ngày thứ Bảy, Chủ nhật", "làm việc
# cả ngày thứ Bảy, Chủ nhật" (the weekend only: "tiếp nhận hồ sơ … vào thứ
# Năm hằng tuần" is a round of the work; "mở cửa đón khách … trong thời gian
# diễn ra Lễ hội" is its time)
\b(?:mở\s+cửa|làm\s+việc)(?:\s+[^\s.;:,()]+){0,8}?\s+(?:vào\s+)?(?:cả\s+)?(?:các\s+)?(?:ngày\s+)?(?:thứ\s+bảy|chủ\s+nhật)\b
# Days of a kind of weather or of the week stressed inside the work's own
# span with no cue of their own: "trực sẵn sàng từ ngày 15/12/2025 đến ngày
# 30/4/2026, nhất là các ngày cao điểm nắng nóng", "…, nhất là các ngày thứ
# Bảy, Chủ nhật" ("nhất là trong các ngày nắng nóng cao điểm", the days of a
# holiday or an event, "nhất là những ngày giáp Tết", and "nhất là dịp Tết"
# stay times; the comma before is taken, so that the match straddles the
# phrase, a day printed before it staying whole)
(?:[,;])\s*(?:nhất|đặc\s+biệt)\s+là\s+(?:các|những)\s+(?:ngày|đêm)\s+(?:cao\s+điểm|nắng|nóng|mưa|rét|lạnh|có|cuối\s+tuần|thứ|chủ\s+nhật)\b
# A limit on how many come each night or day, no round of work: "giới hạn
# số khách mỗi đêm", "hạn chế số lượt xe mỗi ngày"
\b(?:giới\s+hạn|hạn\s+chế)\s+số\s+[^\s\d.;:,()]+(?:\s+[^\s\d.;:,()]+)?\s+mỗi\s+(?:đêm|ngày)\b

# A period that names what the work is about, not when it is due: a reporting
# period ("báo cáo kết quả 6 tháng đầu năm", "sơ kết 9 tháng đầu năm 2023"), the
# period of a meeting, a figure or a cost ("nội dung giao ban 6 tháng đầu năm
# 2017", "khả năng thu 6 tháng cuối năm", "chi phí khám chữa bệnh quý I và quý
# II/2019", "số liệu quý IV/2023", the claims of a period: "thanh toán chi phí
# khám bệnh, chữa bệnh bảo hiểm y tế quý I và quý II/2019"). Unlike deadline_not, a cue between the noun
# and the period or opening it (deadline_name_cue) keeps it: "báo cáo kết quả
# thực hiện trong 6 tháng đầu năm" is due within it, "báo cáo … tại phiên họp
# thường kỳ tháng 12/2025" at that meeting. Optional section (with
# deadline_name_cue).
# (also a work programme or schedule of the period: "xây dựng Chương trình
# công tác quý III/2025 của UBND phường", "lịch công tác tháng 10/2025")
# (also an index or a scenario of the period: "công bố chỉ số giá xây dựng quý
# I/2025", "xây dựng kịch bản thu ngân sách 3 tháng cuối năm 2024"; not a plan
# or the revenue itself: "giải ngân 60% kế hoạch vốn 6 tháng đầu năm", "phấn đấu
# thu ngân sách 6 tháng đầu năm đạt 55% dự toán" are targets within the period)
# (also the pay of a month: "thanh toán tiền phụ cấp phẫu thuật, thủ thuật tháng
# 8/2023", "chi trả lương tháng 12/2024"; a session of a council named by its
# time after a conference: "Hội nghị sơ kết 9 tháng và kỳ họp thường lệ cuối
# năm 2019" (a session alone stays a time: "chuẩn bị nội dung kỳ họp thường lệ
# cuối năm 2022" is due by it); what a
# plan is made for: "xây dựng kế hoạch cụ thể cho 6 tháng cuối năm"; a
# document named with its period, capitalized as a name: "phê duyệt Kế hoạch vận
# hành hệ thống điện tháng 4/2024", "Chương trình công tác quý III/2025")
[regex deadline_name]
(?-i:Kế\s+hoạch|Chương\s+trình|Đề\s+án|Phương\s+án)\b|(?:công\s+tác|phụ\s+cấp(?:\s+phẫu\s+thuật,\s*thủ\s+thuật)?|trợ\s+cấp|tiền\s+lương|lương|tiền\s+công|cho|kết\s+quả|sơ\s+kết|tổng\s+kết|đánh\s+giá|lũy\s+kế|so\s+với|cùng\s+kỳ|hội\s+nghị|báo\s+cáo|giao\s+ban|số\s+liệu|chi\s+phí|khả\s+năng\s+thu|dự\s+toán|quyết\s+toán|bảo\s+hiểm\s+y\s+tế|bhyt|chỉ\s+số|kịch\s+bản|nhu\s+cầu)

# The periods such a noun names (see deadline_name).
[regex deadline_name_period]
(?:(?:\d{1,2}|ba|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm|{dl_quarter_year}|tháng\s+\d{1,2}\s*[/-]\s*\d{4}\b|(?:cuối|giữa)\s+năm\s+\d{4}\b)

# A review report asked for a period named without its year: "báo cáo sơ kết
# 6 tháng đầu năm." is due at that period's end (the notice's year), not a
# name (with its year, "báo cáo sơ kết 6 tháng đầu năm 2026 gửi UBND tỉnh trước
# ngày 15/7/2026", it names the report). The match takes the word after the
# period to see that no year follows. Optional section (with deadline_name).
[regex deadline_name_due]
\bbáo\s+cáo\s+(?:sơ|tổng)\s+kết\s+(?:\d{1,2}|ba|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s*[.;,)]|\s*$|\s+(?:nay|và|về|gửi|cho|lên)\b)

# A cue that makes a period the time of the work, between the noun and the
# period or opening it (see deadline_name).
[regex deadline_name_cue]
\b(?:trong|vào|đến|tới|trước|hết|chậm\s+nhất|muộn\s+nhất|tại|trình)\b

# A whole cell of a task table's time column (or the value after a plan's time
# label) that is a time there only: "Ngày 13/9/2024", "Năm 2026", "Trong năm 2026", "Cả năm 2023",
# "Năm học 2024 - 2025", "Vụ Đông Xuân 2022 - 2023 và vụ Hè Thu 2023", "Kỳ họp
# giữa năm 2025 của HĐND thành phố" (a finder above needs a cue). Optional section.
[regex deadline_cell]
# years: "2024-2025", "Năm 2025 và năm 2026", "Giai đoạn 2024 - 2025" (dated by
# deadline_cell_last_year; first: "Năm 2025" alone would end the match)
(?:(?:trong\s+)?(?:năm|giai\s+đoạn)\s+)?\d{4}(?:\s*(?:-|,|và|đến)\s*(?:năm\s+)?\d{4})+
(?:trong\s+|cả\s+)?năm\s+\d{4}
# (also a term of it: "Học kỳ I năm học 2025 - 2026")
(?:trong\s+)?(?:học\s+kỳ\s+(?:i|ii|1|2)\s+)?năm\s+học\s+\d{4}\s*-\s*\d{4}
{dl_crop}(?:\s*(?:,|và)\s*{dl_crop})*
# a bare day in the time column: "Ngày 13/9/2024", "30/9/2024", or its hours:
# "04 giờ 00 - 10 giờ 00 ngày 13/8/2023"
(?:{dl_time}\s*(?:-|đến)\s*{dl_time}\s*,?\s+)?(?:ngày\s+)?{dl_days}
# a part of a month, bare: "Tuần 3 tháng 10/2025", "Tuần đầu tháng 9"
(?:{dl_month_part})\s+{dl_month}
# a season of years: "Mùa khô 2023 - 2024" (no day printed)
{dl_seasons}(?:\s+(?:năm\s+)?\d{4}(?:\s*-\s*\d{4})?)?
# the schedule of the event the work serves: "Theo lịch thi" (no day printed)
theo\s+lịch\s+(?:thi|thi\s+đấu|tiêm|kiểm\s+tra|sát\s+hạch)
# the schedule of the body that runs the event: "Theo lịch của Hội đồng bầu cử
# quốc gia", "Theo lịch của Ban Tổ chức" (no day printed)
# (the whole cell is matched: the rest of it, not a counted run of words, which
# cost 190 KB of search cache per thread)
theo\s+(?:lịch|lịch\s+trình|kế\s+hoạch|thời\s+gian\s+biểu)\s+(?:của|do)\s+\S.*
# a range of months with the year after the last: "Tháng 6 - 7/2023", "Tháng
# 10 đến tháng 12/2025" (due at the last month's end)
tháng\s+\d{1,2}\s*(?:-|–|đến)\s*(?:tháng\s+)?\d{1,2}\s*[/-]\s*\d{4}
# a lead time before an event, "trước" first: "Trước 15 ngày so với ngày giao
# quân" (dated by the event's printed day; in running text such a phrase in
# parentheses restates the day before it: "chậm nhất ngày 03/02/2026 (trước
# 40 ngày so với ngày bầu cử)", so a cell only)
trước\s+\d{1,3}\s+(?:ngày|tuần|tháng)\s+so\s+với\s+(?:ngày|lễ|kỳ|buổi|khi|lịch)\s+\S.*
(?:các\s+)?kỳ\s+họp\s+(?:thường\s+lệ\s+)?(?:giữa|cuối)\s+năm(?:\s+\d{4})?(?:\s*,?\s*(?:của\s+)?(?:HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))?)?

# While an activity or a weather event lasts, named to the end of its clause:
# "trong thời gian điều tra thực địa", "trong suốt thời gian thu thập thông
# tin", "trong thời gian khám tuyển và giao quân", "trong thời gian bảo hành
# công trình", "trong thời gian có bão, lũ". Found as a period, cut before a
# range of days or the work by deadline_span_stop; past, vague and conduct
# spans are in deadline_not. A section of its own: inside deadline_period it
# would run over the start of "… cao điểm từ ngày 25/01 đến …" and hide it.
# Optional section.
# The same for an occasion, for the days, nights or months of an event and
# for its rounds: "trong dịp thu hoạch, tiêu thụ vải thiều", "nhân dịp kỷ niệm
# 73 năm Ngày Thương binh - Liệt sĩ", "trong dịp Festival", "vào các ngày cao
# điểm", "trong những ngày diễn ra lễ hội", "trong các tháng mùa hè", "ngay
# sau các ngày cao điểm", "trong suốt đợt triều cường", "vào đêm diễn ra Lễ
# Tắm Bà", "nhất là dịp kỷ niệm …" (a bare "dịp" needs its season, read by
# deadline_period: "Kế hoạch phòng, chống đuối nước dịp hè năm 2024" is a name).
# One alternative with one tail (no digits: a year or a day after the event is
# read by the other finders): each copy of the tail costs search cache.
[regex deadline_event_span]
(?:trong\s+(?:suốt\s+)?thời\s+gian|(?:trong\s+suốt|ngay\s+trong|trong|vào|nhân|suốt|ngay\s+sau|nhất\s+là|đặc\s+biệt\s+là)\s+(?:dịp|(?:các|những)\s+(?:ngày|đêm|tháng|đợt)|đợt|(?:ngày|đêm|buổi)\s+diễn\s+ra))\s+[^\s\d.;:,()]+(?:\s+[^\s\d.;:,()]+)*

# A cell of the time column that spans years ("2024-2025", "Năm 2025 và năm
# 2026"): due at the end of the last one (`y`). Optional section.
[regex deadline_cell_last_year]
^(?:(?:trong\s+)?(?:năm|giai\s+đoạn)\s+)?\d{4}(?:\s*(?:-|,|và|đến)\s*(?:năm\s+)?\d{4})*\s*(?:-|,|và|đến)\s*(?:năm\s+)?(?P<y>\d{4})$

# An action done on a printed day, a halt or a closure: "chủ động cho học sinh
# nghỉ học ngày 29/9/2025", "tạm dừng hoạt động ngày 15/10" (group `at`, the day
# alone, is the phrase; a bare "ngày …" elsewhere is mostly a cited document's
# date). Optional section.
[regex deadline_action_day]
# the same day, where the work is done follows: "bảo đảm thu gom rác thải
# sinh hoạt trong ngày tại các khu dân cư" (the time alone)
(?P<at3>(?:ngay\s+)?trong\s+ngày)\s+(?:tại|ở)\s
# an event the work prepares, planned on a printed day: "chuẩn bị cơ sở vật
# chất phục vụ đại hội điểm …, dự kiến tổ chức ngày 18/4/2025"; a ceremony
# the work is due at, with its day: "giao đủ chỉ tiêu quân tại Lễ giao nhận
# quân ngày 14/02/2025" (the day alone, or the ceremony and its day)
\b(?:dự\s+kiến|sẽ)\s+(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|khai\s+mạc)\s+(?P<at4>(?:vào\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\b
\b(?P<at5>tại\s+lễ(?:\s+[^\s\d.;:,()]+){1,4}?\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\b
\b(?:nghỉ\s+học|nghỉ\s+làm\s+việc|đóng\s+cửa|tạm\s+dừng|tạm\s+ngừng|dừng|ngừng)(?:\s+(?:hoạt\s+động|dạy\s+học|dạy\s+và\s+học|thi\s+công|giao\s+dịch|kinh\s+doanh|làm\s+việc))?\s+(?P<at>(?:vào\s+)?(?:các\s+)?ngày\s+{dl_days})
# an event organised on a printed day: "tổ chức tốt Lễ khai giảng năm học mới
# ngày 05/9/2022", "tổ chức Hội nghị tổng kết vào ngày 20/12" (the day alone)
\btổ\s+chức(?:\s+(?:tốt|trọng\s+thể|chu\s+đáo|thành\s+công))?\s+(?:các\s+)?(?:lễ|buổi\s+lễ|hội\s+nghị|đại\s+hội|ngày\s+hội|hội\s+thi|hội\s+diễn|hội\s+chợ|liên\s+hoan|mít\s+tinh|kỳ\s+thi)\b(?:\s+[^\s.;:,()]+){0,8}?\s+(?P<at2>(?:vào\s+)?ngày\s+{dl_days})

# ---------------------------------------------------------------- dating

[regex deadline_undated]
# a lead time before an event without its day: "chậm nhất 15 ngày trước ngày giao quân"
^(?:(?:chậm\s+nhất|muộn\s+nhất|ít\s+nhất|tối\s+thiểu)(?:\s+là)?\s+\d{1,3}\s+(?:giờ|ngày|tuần|tháng)(?:\s+làm\s+việc)?\s+trước|(?:(?:chậm|muộn)\s+nhất\s+)?trước\s+\d{1,3}\s+(?:giờ|ngày|tuần|tháng)\s+so\s+với)\s+(?:ngày|khi|lễ|kỳ|đợt|thời\s+điểm|lịch)\s+[^\s\d]
(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau|tới|sắp\s+tới)
# bound to an event, whatever year it names: "trước khi kết thúc năm học 2023 - 2024"
^(?:ngay\s+)?trước\s+khi\b
# an event named with the year it is held in, read to its clause's end: "trước
# Lễ khai trương du lịch biển Sầm Sơn năm 2026" (no day printed; the year is
# the event's, not the work's end)
^(?:ngay\s+)?trước\s+(?:ngày|đợt|phiên|buổi|lễ|thời\s+điểm)\s+[^\s\d][^()\d]*\snăm\s+\d{4}$
# a count of days after an event, the count last ("sau ngày bầu cử 10 ngày"):
# dated from the event's printed day only; the schedule of a body ("Theo lịch
# của Hội đồng bầu cử quốc gia")
^(?:chậm\s+nhất\s+)?sau\s+(?:ngày|khi\s+kết\s+thúc)\s+[^\s\d]
^theo\s+lịch\b
# a school year to its end: "đến hết năm học 2022 - 2023" (its last day is not printed)
^(?:(?:từ\s+nay|từ\s+bây\s+giờ)\s+)?(?:cho\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+học\b
^(?:cho\s+)?(?:đến|tới)\s+khi\b
\bthời\s+gian\s+(?:diễn\s+ra|tổ\s+chức|chờ|thi\s+công|nghỉ|mưa|lũ|bão)\b
\bhè\b
\btrở\s+đi\b
# a season or a holiday the work serves, whatever year it names: "phục vụ mùa
# cao điểm du lịch hè 2024" ("cho đến hết ngày 31/5/2019", "cho tới …" bound
# the work: dated like "đến …")
^phục\s+vụ\s
^cho\s+(?:[^đt\s]|đ[^ế]|t[^ớ])
^(?:ngay\s+)?sau\s+khi\b
^ngay\s+khi\b
\btết\b
\bmùa\b
# a solar term, a lunar festival: "trước tiết Thanh minh", "vào Rằm tháng
# Bảy", "trước lễ Vu lan"
\btiết\s+\pL|\brằm\b|\bvu\s+lan\b
# a crop season, a lunar month, a mid-year session: their days are not printed
\b{dl_crop}
\btháng\s+(?:giêng|chạp)\b
\bkỳ\s+họp\b
^(?:ngay\s+)?trước\s+kỳ\s+(?:đánh\s+giá|thẩm\s+định|chấm\s+điểm|xét\s+duyệt|phúc\s+tra|kiểm\s+định)\b
# a campaign month or the weeks of a school year: "trong suốt Tháng an toàn
# giao thông", "trong tuần đầu năm học mới"
(?-i:Tháng)\s+(?:hành\s+động|an\s+toàn|thanh\s+niên|nhân\s+đạo|công\s+nhân|tri\s+ân|cao\s+điểm)\b
\b(?:tuần(?:\s+lễ)?|tháng)\s+(?:đầu(?:\s+tiên)?|cuối)\s+(?:của\s+)?năm\s+học\b
# a conference of a round of reports: "tại Hội nghị giao ban 6 tháng đầu
# năm" (its day is not printed; "tại cuộc họp giao ban tháng 5/2012" is
# dated by its month)
\b(?:hội\s+nghị|họp)\s+(?:giao\s+ban|sơ\s+kết|tổng\s+kết)\s+(?:công\s+tác\s+(?:(?:đoàn|đảng|hội|đội|công\s+đoàn|mặt\s+trận|dân\s+vận|kiểm\s+tra|thi\s+đua)\s+)?)?(?:(?:\d{1,2}|ba|sáu|chín)\s+tháng\b|qu[ýí]\b|năm\b)
# the stage of a crop: "sau cấy 20-25 ngày"
^sau\s+(?:gieo|cấy|sạ|trồng)\b
# the eve of an event
\btrước\s+thềm\b
# the start of a year named alone ("khám sức khỏe đầu năm 2024"): its last day is
# not the year's
^(?:vào\s+)?đầu\s+năm\b
# an anniversary: its printed day is the day remembered ("dịp kỷ niệm 73 năm
# Ngày Thương binh - Liệt sĩ 27/7/2020")
\bkỷ\s+niệm\b
# while an event lasts: "trong thời gian chiến dịch năm 2024"
\b(?:thời\s+gian|ngày|đêm|buổi|đợt|kỳ|sau)\s+(?:{dl_event_spans})\b
\bhọc\s+kỳ\b
\bquốc\s+khánh\b
\bkhai\s+giảng\b
# a holiday named by its days: "dịp lễ 30/4 - 1/5"
\bdịp\s+(?:đại\s+|nghỉ\s+)?lễ\b
# a named day's occasion printed by its day alone: "trong dịp 27/7" (the day
# remembered, not the work's last day)
^(?:vào|trong|nhân)\s+dịp\s+\d{1,2}\s*/\s*\d{1,2}$
# the Hùng Kings' anniversary, with the holidays joined to it: "dịp Giỗ Tổ
# Hùng Vương và lễ 30/4, 1/5" (the lunar day, not the printed ones)
\bgiỗ\s+tổ\b
\bkỳ\s+nghỉ\s+lễ\b
# a crop's season named by the crop: "đến hết vụ mía 2020-2021"
\bvụ\s+(?:{dl_crop_names})\b
# a lunar day with its month in digits: "vào ngày 10 tháng 3 âm lịch" (with
# Giêng or Chạp no value section reads a day)
\bâm\s+lịch\b
# a day of a month not fixed: "trước ngày 05", "trước ngày 05 của tháng sau"
\bngày\s+\d{1,2}(?:\s+(?:của\s+)?tháng\s+(?:đầu\s+(?:của\s+)?qu[ýí]\s+)?(?:sau|tiếp\s+theo|kế\s+tiếp|tới))?$

# An occasion ("dịp Quốc khánh 2/9", "vào dịp Tết") after a plan's name in
# its clause (deadline_occasion_plan: "xây dựng kế hoạch cao điểm bảo đảm trật
# tự an toàn giao thông dịp Quốc khánh 2/9, trình … trước ngày 25/8/2022"):
# the plan's subject, no deadline when the directive prints a day of its own
# ("tổ chức các hoạt động dịp Tết" is the work's time). Optional sections.
[regex deadline_occasion]
^(?:(?:vào|trong|nhân)\s+)?dịp\b
# (also a season or a span of months the plan covers: "xây dựng phương án
# điều tiết phương tiện trong mùa cao điểm thu hoạch (tháng 10 đến tháng 12);
# trình … trước ngày 15/9/2024")
^(?:trong\s+(?:suốt\s+)?|vào\s+)mùa\b
# (the times around a holiday listed: "kế hoạch cao điểm chống buôn lậu, gian
# lận thương mại và hàng giả dịp trước, trong và sau Tết Nguyên đán Bính Ngọ,
# ban hành trước ngày 15/12/2025"; and the end of the span a plan covers:
# "xây dựng kế hoạch điều tiết nước các hồ chứa đến hết tháng 8/2024, trình
# UBND tỉnh trước ngày 05/4/2024")
^(?:trước|trong|sau)\s*,\s*(?:trước|trong|sau)\b
^(?:đến|tới)\s+hết\s+(?:tháng|qu[ýí]|năm)\b
^(?:từ\s+)?tháng\s+\d{1,2}\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+\d
# (and the waiting time a rule covers, with `deadline_rule_scope` in its
# sentence: "ban hành quy định về khai thác tạm thời nhà, đất công chưa sử
# dụng trong thời gian chờ xử lý, trình … trước ngày 30/10/2024")
^trong\s+(?:suốt\s+)?thời\s+gian\s+chờ\b

# A rule's noun before an occasion in its sentence (from the last `.`, `;`,
# `:`, commas and all: a rule's subject is often a list): the occasion is
# what the rule governs ("ban hành quy định về khai thác tạm thời nhà, đất
# công trong thời gian chờ xử lý"). Optional section.
[regex deadline_counted_before]
# The words right before a span that a count of cases is taken over: "thu
# hồi phù hiệu xe vi phạm từ 02 lần trở lên trong năm" (a measure, no time
# for the work). Matched on the few words before each phrase only: as an
# alternative of deadline_not it cost a megabyte of search cache.
(?:^|\s)lần\s+trở\s+lên\s*$
# (and a count above a threshold: "thu hồi phù hiệu xe vi phạm quá 03 lần
# trong 01 tháng")
(?:^|\s)(?:quá|trên|vượt\s+quá)\s+\d{1,3}\s+lần\s*$
# (and a span already past that selects the things meant: "rà soát các dự
# án đã quá 12 tháng kể từ ngày được cấp Giấy chứng nhận mà chưa triển
# khai", "các hồ sơ vẫn quá 30 ngày …"; "không quá 30 ngày kể từ …" is a
# delay; as an alternative of deadline_not, opening on so common a word,
# it cost 90 KB of search cache)
(?:^|\s)(?:đã|vẫn|đều)\s*$
# (and a validity from a first day to the last the phrase gives: "mức chi
# áp dụng từ ngày 01/01/2024 đến hết năm 2025", "thẻ có giá trị sử dụng từ
# 01/01/2024 đến 31/12/2024")
(?:^|\s)(?:áp\s+dụng|giá\s+trị|hiệu\s+lực|sử\s+dụng)\s+(?:kể\s+)?từ\s+(?:(?:ngày|năm)\s+)?[\d/.-]+\s*$
# (the same window as one phrase: "định mức áp dụng từ ngày 01/01/2024 đến
# hết ngày 31/12/2026")
(?:^|\s)áp\s+dụng\s*$

[regex deadline_rule_scope]
\bquy\s+(?:định|chế)\s+(?:về|quản\s+lý)\b

[regex deadline_occasion_plan]
# (also the results reported: "tổng hợp kết quả bảo đảm TTATGT dịp Tết …, báo
# cáo … trước ngày 25/02/2019" reports on the occasion; "nắm tình hình học
# sinh trong dịp hè" is work done then)
# (and a pledge signed for a season: "ký cam kết không đốt nương rẫy trong mùa
# khô với các hộ …; hoàn thành chậm nhất ngày 15/12/2025")
# (and the money asked for it: "tham mưu bố trí kinh phí bổ sung cho hoạt
# động thu gom rác dịp Tết, trình trước ngày 17/01/2022" is what the money
# pays for)
\b(?:kế\s+hoạch|phương\s+án|đợt\s+cao\s+điểm|kịch\s+bản|kết\s+quả|tổng\s+hợp\s+tình\s+hình|cam\s+kết|kinh\s+phí)\b

# A rough part of a year in brackets after an event: "tại kỳ họp thứ 3 HĐND
# huyện khóa XI (cuối năm 2016)" (the bracket dates no day of it; a month or a
# day in brackets does: "(dự kiến tổ chức tháng 12/2017)"). Optional section.
[regex deadline_bracket_vague]
^(?:vào\s+)?(?:cuối|giữa|đầu)\s+năm\b

[regex deadline_value_half]
(?P<first>\d{1,2}|ba|sáu|chín)\s+tháng\s+đầu\s+năm(?:\s+(?P<y>\d{4})\b|\s+(?P<rel>nay)\b)?
(?P<last>\d{1,2}|ba|sáu|chín)\s+tháng\s+cuối\s+năm(?:\s+(?P<y2>\d{4})\b|\s+(?P<rel2>nay)\b)?

# A start printed as a day, or as the day this notice was signed or issued
# ("trong thời hạn 30 ngày kể từ ngày ban hành Kết luận này", "… kể từ ngày
# Kế hoạch được ban hành": group `issued`,
# counted from the notice's date; "kể từ ngày nhận được" fixes no day).
[regex deadline_value_duration]
# the start printed first ("kể từ 12 giờ ngày 12/8/2021 trong thời gian 14
# ngày": the value text of a bare delay after a start, deadline_start_before)
^(?:kể|tính)\s+từ\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+)?(?:ngày\s+)?(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>\d{4})\b\s*,?\s+(?:trong\s+vòng|trong\s+thời\s+hạn|trong\s+thời\s+gian|trong)\s+(?P<n2>\d{1,3})\s+(?P<u2>ngày|tuần|tháng)\s*$
# the days ahead, counted from the notice's (a news report's) date: "trong 3
# ngày tới", "trong 2 tuần sắp tới"
^(?:ngay\s+)?(?:trong\s+vòng|trong)\s+(?P<n3>\d{1,3})\s+(?P<u3>ngày|tuần|tháng)\s+(?P<issued4>tới|sắp\s+tới)$
(?:trong\s+vòng|trong\s+thời\s+hạn|trong\s+thời\s+gian|trong|chậm\s+nhất|không\s+quá|sau)(?:\s+không\s+quá)?\s+(?P<n>\d{1,3})\s+(?P<u>ngày|tuần|tháng|năm)(?P<work>\s+làm\s+việc)?(?:[^.;]*?\b(?:kể\s+từ|tính\s+từ)\s+ngày\s+(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4}|\d{2})\b|(?P<issued>ký|ban\s+hành)\b(?:\s+[^\s.;:,()]+)*?\s+này\b|(?:thông\s+báo|kế\s+hoạch|chỉ\s+thị|quyết\s+định|kết\s+luận|công\s+văn|văn\s+bản|nghị\s+quyết|phương\s+án|công\s+điện)\s+(?:này\s+(?:được\s+)?|được\s+)(?P<issued2>ký|ban\s+hành)\b|(?P<issued3>ký\s+ban\s+hành|ký|ban\s+hành)\s*(?:[.;:,)]|$)))?

# (a bare "kể từ ngày ký ban hành" at the end of its clause names no other
# document: the notice's own signing)
# A delay counted from the meeting the notice reports ("trong 15 ngày kể từ
# ngày cuộc họp") or from the day the document takes effect ("trong thời hạn
# 30 ngày kể từ ngày Quyết định này có hiệu lực"), dated when that day is
# known (deadline_meeting_day, deadline_effective_day, or the header's
# meeting). Optional sections.
[regex deadline_value_from]
^(?:trong\s+vòng|trong\s+thời\s+hạn|trong|chậm\s+nhất|không\s+quá)\s+(?P<n>\d{1,3})\s+(?P<u>ngày|tuần|tháng)\s+(?:kể|tính)\s+từ\s+ngày\s+(?:(?P<meeting>(?:cuộc|buổi|phiên)\s+(?:họp|làm\s+việc)|hội\s+nghị)\b|(?:quyết\s+định|chỉ\s+thị|quy\s+chế|quy\s+định|nghị\s+quyết)\s+này\s+(?P<effective>có\s+hiệu\s+lực)\b|(?:ký|ban\s+hành)\s+(?P<reported>thông\s+báo|kế\s+hoạch|chỉ\s+thị|quyết\s+định|kết\s+luận|công\s+văn|công\s+điện|văn\s+bản)\b)

# The day of a news report's meeting, opening a paragraph of its lead: "Chiều
# 11/6, đồng chí … chủ trì cuộc họp …" (the year the notice's when left out).
[regex deadline_meeting_day]
(?m)^(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:ngày\s+)?hôm\s+nay\s+)?\(?(?:ngày\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?\)?\s*,\s*(?:tại\s+[^\n,]+,\s*)?(?:đồng\s+chí|ông|bà|ủy\s+ban|ubnd|ban|sở|thường\s+trực|chủ\s+tịch|phó\s+chủ\s+tịch)

# A news report's delay "kể từ ngày ký Thông báo" (no "này": the report is
# no notice) counts from the day of the document it reports, printed with its
# number: "Văn phòng UBND tỉnh vừa có Thông báo số 58/TB-VP ngày 11/4/2018"
# (group `kind`, matched to the delay's; news reports only). Optional section.
[regex deadline_reported_day]
(?P<kind>thông\s+báo|kế\s+hoạch|chỉ\s+thị|quyết\s+định|kết\s+luận|công\s+văn|công\s+điện|văn\s+bản)\s+(?:số\s+)?\d+[\w/.-]*\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\b

# The day a decision takes effect: "Quyết định này có hiệu lực kể từ ngày 25
# tháng 7 năm 2022", "có hiệu lực thi hành từ ngày 01/8/2022".
[regex deadline_effective_day]
có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+(?P<d>\d{1,2})(?:\s*/\s*|\s+tháng\s+)(?P<m>\d{1,2})(?:\s*/\s*|\s+năm\s+)(?P<y>\d{4})\b

# The day of an event printed after its name: "trong ngày bầu cử 23/5/2021",
# "trước ngày khai giảng 5-9" (group `day`; the event's name alone fixes no
# day). Optional section.
[regex deadline_event_day]
^(?:ngay\s+)?(?:trước|trong|vào|đúng(?:\s+vào)?)\s+(?:ngày|đêm)(?:\s+[^\s\d.;:,()]+)+\s*\(?\s*(?:ngày\s+)?(?P<day>\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?)\s*\)?$
# a holiday over the days printed after it, to its last: "trong dịp nghỉ lễ
# 30/4 - 01/5" is due 1 May, "vào dịp Quốc khánh 2/9" on 2 September
^(?:(?:trong\s+suốt|ngay\s+trong|trong|vào|suốt|trước|ngay\s+trước)\s+)?(?:dịp\s+)?(?:nghỉ\s+|đại\s+)?(?:lễ(?:\s+quốc\s+khánh)?|quốc\s+khánh|tết\s+độc\s+lập)\s+(?:\d{1,2}\s*/\s*\d{1,2}\s*(?:-|–|và|,)\s*)?(?P<day2>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)$
# a solar day glossed by its lunar day after it: "trước ngày 30/8/2026, tức
# ngày 18 tháng 7 âm lịch" is due the solar day
(?P<day3>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*[,(]\s*(?:tức|nhằm)(?:\s+là)?\s+(?:ngày|mùng|mồng|rằm)\b

# The first days of a month: "tuần đầu tháng 01/2026" ends on the 7th,
# "nửa đầu tháng 6" on the 15th, "10 ngày đầu tháng 3" on the 10th, "tuần
# thứ hai của tháng 1" on the 14th (the days of `part` and `week` are in
# deadline_month_start_days). Optional section.
# Named events whose day a notice prints somewhere ("ngày bầu cử 15/3/2026",
# "ngày bầu cử là Chủ nhật, ngày 15/3/2026", "(ngày bầu cử: Chủ nhật,
# 22/5/2016)", "Lễ khai giảng năm học mới vào ngày 5/9"), the value the
# event's key (one event under two names). Optional section.
[list deadline_printed_event]
bầu cử
bỏ phiếu => bầu cử
khai giảng
khánh thành
giao quân
giao nhận quân => giao quân
thi
tựu trường
khai mạc
bế mạc

# Where such an event's day is printed, read once per notice (groups
# `event`, `d`, `m`, `y`; a range "26 và 27/6" gives its first day). An event
# printed with two different days dates nothing. Also a plan's time label
# ("Thời gian giao nhận quân: ngày 26/02/2016") and the event as the work
# ("Để khai giảng năm học mới vào ngày 05/9/2023", "tổ chức tựu trường cho
# học sinh vào ngày 28/8/2023"). Optional section.
[regex deadline_event_printed]
\b(?:ngày|lễ|kỳ|buổi|thời\s+gian|để|tổ\s+chức)\s+(?P<event>{deadline_printed_event})(?:\s+năm\s+học(?:\s+mới|\s+\d{4}\s*[-–]\s*\d{4})|\s+cho\s+(?:học\s+sinh|trẻ|thí\s+sinh))?\s*[(:,]?\s*(?:(?:sẽ\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra)\s+)?(?:(?:là|vào)\s+)?(?:(?:chủ\s+nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy))\s*,?\s*)?(?:ngày\s+)?(?P<d>\d{1,2})(?:\s*(?:và|-|–)\s*\d{1,2}\s*/|\s*[/-])\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?\b
# an election named in full before its day: "cuộc bầu cử đại biểu Quốc hội
# khóa XVI … được tổ chức vào Chủ nhật, ngày 15/3/2026" (the full date only)
\bcuộc\s+(?P<event2>bầu\s+cử|bỏ\s+phiếu)(?:\s+[^\s.;:,()]+)*?\s+(?:sẽ\s+)?(?:được\s+tổ\s+chức|diễn\s+ra)\s+(?:(?:là|vào)\s+)?(?:(?:chủ\s+nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy))\s*,?\s*)?(?:ngày\s+)?(?P<d2>\d{1,2})\s*[/-]\s*(?P<m2>\d{1,2})\s*[/-]\s*(?P<y2>\d{4})\b

# A lead time before (or a delay after) such an event: "chậm nhất 10 ngày
# trước ngày bầu cử" is due 10 days before the printed day, "trong vòng 5
# ngày sau ngày bầu cử" 5 days after (groups n, u, event; `after`). A day of
# work is no calendar day: not dated. Optional section.
[regex deadline_value_event]
^(?:chậm\s+nhất\s+)?sau\s+(?:ngày|khi\s+kết\s+thúc)\s+(?P<event4>{deadline_printed_event})\s+(?P<n4>\d{1,3})\s+(?P<u4>ngày|tuần|tháng)(?P<after4>)\s*$
^(?:(?:chậm|muộn)\s+nhất(?:\s+là)?\s+|ít\s+nhất\s+|tối\s+thiểu\s+)?(?P<n>\d{1,3})\s+(?P<u>ngày|tuần|tháng)\s+trước\s+(?:(?:ngày|lễ|kỳ|buổi)\s+)?(?P<event>{deadline_printed_event})\b
# (the count first: "Trước 15 ngày so với ngày giao quân", "trước 02 ngày
# khai mạc Hội chợ" where the notice prints "Lễ khai mạc vào ngày …")
^trước\s+(?P<n6>\d{1,3})\s+(?P<u6>ngày|tuần|tháng)\s+(?:so\s+với\s+(?:ngày|lễ|kỳ|buổi)\s+|ngày\s+)?(?P<event6>{deadline_printed_event})\b
# Before or on the event's day itself, where the notice prints it: "trước
# ngày tựu trường", "trong ngày khai giảng" (no lead time; the school
# year's days only: "trong ngày bầu cử" stays undated).
^(?:ngay\s+)?(?:trước|trong|vào|đúng(?:\s+vào)?)\s+(?:ngày|lễ)\s+(?P<event5>khai\s+giảng|tựu\s+trường)(?:\s+năm\s+học(?:\s+mới)?)?\s*$
^(?:trong\s+vòng|trong\s+thời\s+hạn|trong|chậm\s+nhất(?:\s+là)?)\s+(?P<n2>\d{1,3})\s+(?P<u2>ngày|tuần|tháng)\s+(?P<after>sau|(?:kể|tính)\s+từ)\s+(?:ngày\s+)?(?:(?:kết\s+thúc|diễn\s+ra)\s+)?(?P<event2>{deadline_printed_event})\b

# The end of a window at the event itself, its day (no lead time): "đến ngày
# bầu cử" closing "từ ngày 01/02/2026 …", "đến khi kết thúc bầu cử".
^(?:đến|tới|cho\s+đến)\s+(?:ngày|lễ|khi\s+kết\s+thúc(?:\s+cuộc)?)\s+(?P<event3>{deadline_printed_event})(?:\s+năm\s+học(?:\s+mới|\s+\d{4}\s*[-–]\s*\d{4}))?\s*$

# A round of the work named with "theo": "công bố kịp thời giá vật liệu xây
# dựng theo quý", "báo cáo kết quả theo tháng" (group `at`; no digit after:
# "theo tháng 6" is a month). Only in a clause (from the last `.`, `;`, `:`)
# with a verb of reporting or publishing (`deadline_round_by_needs`) and
# without the plan, schedule or list the round divides
# (`deadline_round_by_not`: "lập kế hoạch giải ngân chi tiết theo từng
# tháng", "lập lại tiến độ … theo từng tháng"). Optional sections.
[regex deadline_round_by]
(?P<at>theo\s+(?:từng\s+)?(?:qu[ýí]|tháng))(?:\s*[.;,:)\n]|\s*$|\s+[^\d\s])

[regex deadline_round_by_needs]
\b(?:báo\s+cáo|công\s+bố|cập\s+nhật|công\s+khai|đăng\s+tải|thông\s+báo|niêm\s+yết|tổng\s+hợp)\b

[regex deadline_round_by_not]
\b(?:kế\s+hoạch|tiến\s+độ|danh\s+mục|lộ\s+trình|dự\s+toán|phân\s+bổ|phân\s+kỳ)\b

# The end of a window from a printed day (or month) to an event: "từ ngày
# 01/02/2026 đến ngày bầu cử", "từ ngày 05/02 đến lễ khai giảng năm học mới",
# "từ ngày 01/01/2026 đến khi kết thúc bầu cử" (group `at`, to the end of its
# clause; dated by the event's day where the notice prints it). Optional section.
[regex deadline_window_event_end]
\btừ\s+(?:(?:ngày\s+)?{dl_day}|{dl_month})\s*,?\s+(?P<at>(?:đến|tới|cho\s+đến)\s+(?:(?:ngày|lễ)\s+(?:{deadline_printed_event})\b|khi\s+kết\s+thúc\s+[^\s\d.;:,()]+)(?:\s+[^\s.;:,()]+)*)

# The period a key task falls in: "coi giải ngân vốn đầu tư công là nhiệm vụ
# chính trị trọng tâm của quý IV", "nhiệm vụ trọng tâm trong tháng 12" (group
# `at`; a year is the key tasks' name: "… là nhiệm vụ chính trị trọng tâm năm
# 2016"). Optional section.
[regex deadline_key_task_period]
\bnhiệm\s+vụ(?:\s+chính\s+trị)?\s+trọng\s+tâm(?:\s+hàng\s+đầu)?\s+(?:của\s+|trong\s+)?(?P<at>qu[ýí]\s+(?:IV|I{1,3}|[1-4])\b(?:\s*[/-]\s*\d{4}\b|\s+năm\s+\d{4}\b)?|tháng\s+\d{1,2}\b(?:\s*[/-]\s*\d{4}\b|\s+năm\s+\d{4}\b)?)

# A span of years the work is done in, right after a verb of doing: "có lộ
# trình thực hiện trong giai đoạn 2016 - 2020", "hoàn thành trong giai đoạn
# 2021-2025" (group `at`; due at the last year's end). A span after what it
# belongs to is that thing's period, no deadline: "Kế hoạch … giai đoạn
# 2021-2025" (deadline_not), "thực hiện dự án … (…) trong giai đoạn 2018 -
# 2020". Also a bare year opening a clause before a task verb ("…; năm
# 2027 tham mưu sơ kết …", group `at2`): the year the work is due in (a
# year naming a thing, "Kế hoạch năm 2027", opens no clause). Optional section.
[regex deadline_work_years]
\b(?:thực\s+hiện|hoàn\s+thành|triển\s+khai|xong)\s+(?P<at>trong\s+(?:suốt\s+)?giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:[-–]|đến)\s*(?:năm\s+)?\d{4})\b|(?:^|[.;:]\s+|\n)(?P<at2>năm\s+\d{4})\s+(?:tham\s+mưu|tổ\s+chức|sơ\s+kết|tổng\s+kết|hoàn\s+thành|triển\s+khai|rà\s+soát|báo\s+cáo|trình|xây\s+dựng)\b

# A span of years that closes its clause (before `.`, `;` or the end), in a
# clause that urges work (`deadline_years_closing_needs`: "đẩy nhanh", "không
# để", "bảo đảm") and names no plan or programme whose period it would be
# (`deadline_years_closing_not`): "Đồng thời, TKV đẩy nhanh đầu tư mở rộng các
# mỏ than, không để thiếu than cho sản xuất điện trong giai đoạn 2026 - 2030."
# (group `at`; due at the last year's end). Optional sections.
[regex deadline_years_closing]
\b(?P<at>trong\s+(?:suốt\s+)?giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:[-–]|đến)\s*(?:năm\s+)?\d{4})\s*(?:[.;]|$)

# (lists: matched on the clause's words, no automaton)
[list deadline_years_closing_needs]
đẩy nhanh
không để
bảo đảm
đảm bảo

[list deadline_years_closing_not]
kế hoạch
chương trình
đề án
quy hoạch
chiến lược
dự án
nghị quyết
mục tiêu
chỉ tiêu

[regex deadline_value_month_start]
(?:(?P<part>tuần(?:\s+lễ)?|nửa)\s+đầu(?:\s+tiên)?(?:\s+của)?|(?P<n>\d{1,2})\s+ngày\s+đầu(?:\s+tiên)?(?:\s+của)?|(?P<week>tuần\s+(?:thứ\s+(?:nhất|hai|ba|tư|[1-4])|[1-4]))(?:\s+của)?)\s+tháng\s+(?P<m>\d{1,2})\b(?:\s*[/-]\s*(?P<y>\d{4}|\d{2})\b|,?\s+năm\s+(?P<y2>\d{4})\b)?

[list deadline_month_start_days]
tuần => 7
tuần lễ => 7
nửa => 15
tuần thứ nhất => 7
tuần thứ 1 => 7
tuần thứ hai => 14
tuần thứ 2 => 14
tuần thứ ba => 21
tuần thứ 3 => 21
tuần thứ tư => 28
tuần thứ 4 => 28
# "Tuần 3 tháng 10/2025": the third week, days 15 to 21, as above
tuần 1 => 7
tuần 2 => 14
tuần 3 => 21
tuần 4 => 28

[regex deadline_value_epidemic_week]
# A numbered week of a year, as health services count them ("trong tuần
# 30/2024", "từ tuần 30 đến tuần 32/2024", "tuần 12 năm 2025"): ISO weeks,
# due on the Sunday of the last one named (groups w, y). The year must follow
# the week's number: "tuần 2 tháng 9" is a week of a month, read elsewhere.
\btuần\s+(?P<w>\d{1,2})(?:\s*[/,–-]\s*|\s+)(?:năm\s+)?(?P<y>\d{4})\b

[regex deadline_value_new_year]
# New Year's Day, a holiday of a fixed day: "trước Tết Dương lịch 2025" is
# 1 January 2025; without its year (group y) the first 1 January after the
# notice; other words after it fix no day.
\btết\s+dương\s+lịch(?:\s+(?:năm\s+)?(?P<y>\d{4})\b|\s*$)

[regex deadline_value_new_year_not]
# Phrases naming New Year's Day that fix no day: another Tết with it ("Tết
# Dương lịch và Tết Nguyên đán"), or the time after it ("sau Tết Dương lịch").
(?s)\btết\b.*\btết\b|(?:^|\s)sau\s

[regex deadline_value_day]
# A month or a quarter, with its list, holds no day: taken whole so that
# "tháng 6 - 7 năm 2024" is not read as 6 July.
# (nor a week of a month: "tuần thứ 4 tháng 9/2025", "Tuần 3 tháng
# 10/2025" are not 4 September, 3 October)
tuần\s+(?:thứ\s+)?\d{1,2}\s+(?:của\s+)?{dl_month}
{dl_month}
{dl_quarter}
# two days sharing a month: "các ngày 09 - 10/11/2024" (not 9 October 2011)
\d{1,2}\s*-\s*(?P<d4>\d{1,2})\s*/\s*(?P<m4>\d{1,2})\s*/\s*(?P<y5>\d{4}|\d{2})\b
# (a day of next year: "26/3 năm sau", read with the phrase's tail by
# deadline_next_year)
(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}|\d{2})|\s+năm\s+(?P<y3>\d{4})|\s+(?:của\s+)?năm\s+(?P<rel>sau|tới))?\b
(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm\s+|[/-]\s*)(?P<y2>\d{4}))?\b

[regex deadline_value_quarter]
# A month list holds no quarter ("tháng 3 - 4/2024"): taken whole.
{dl_month}
qu[ýí]\s+(?P<q>{dl_qnum})(?:\s*[/-]\s*(?P<y>\d{4}|\d{2})\b|,?\s+năm\s+(?P<y2>\d{4})\b)?
(?:,|\bvà|\bhoặc|-|\bđến)\s*(?:qu[ýí]\s+)?(?P<q2>IV|I{1,3}|[1-4])\b(?:\s*[/-]\s*(?P<y3>\d{4}|\d{2})\b|,?\s+năm\s+(?P<y4>\d{4})\b)?
qu[ýí]\s+(?P<rel>này|nay|tới|sau)\b

[regex deadline_value_month]
# a range of months with a dash, the year after the last: "Tháng 9-10/2013"
# (the second number is no two-digit year: due at October's end)
tháng\s+\d{1,2}\s*[-–]\s*(?:tháng\s+)?(?P<m7>0?[1-9]|1[0-2])\b(?:\s*/\s*(?P<y8>\d{4})\b|,?\s+năm\s+(?P<y9>\d{4})\b)?
# a list of months with a comma: "tháng 5, 6, 7", "tháng 4, 5 và 6/2024"
# (the last; first: the line after it would stop at the first month)
tháng\s+\d{1,2}\s*,(?:\s*(?:tháng\s+)?\d{1,2}\s*(?:,|và|hoặc))*\s*(?:tháng\s+)?(?P<m5>\d{1,2})\b(?:\s*[/-]\s*(?P<y5>\d{4}|\d{2})\b|,?\s+năm\s+(?P<y6>\d{4})\b)?
tháng\s+(?P<m>\d{1,2})\b(?:\s*[/-]\s*(?P<y>\d{4}|\d{2})\b|,?\s+năm\s+(?P<y2>\d{4})\b)?
(?:\bvà|\bhoặc|-|\bđến)\s*(?P<m2>\d{1,2})(?:\s*[/-]\s*(?P<y3>\d{4}|\d{2})\b|,?\s+năm\s+(?P<y4>\d{4})\b)
tháng\s+(?P<rel>này|nay|tới|sau)\b
# a month named in words, capitalized: "trong tháng Tư" (lunar ones are
# undated before: âm lịch, Giêng, Chạp)
tháng\s+(?P<m6>(?-i:Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười(?:\s+(?:một|hai|Một|Hai))?))\b(?:,?\s+năm\s+(?P<y7>\d{4})\b)?

# A phrase that asks for the work before a whole month, quarter or year
# starts: "trước tháng 4/2024" is due on 31/3/2024, "hoàn thành trước quý
# III/2025" on 30/6/2025, "trước năm 2026" on 31/12/2025 ("trước cuối năm",
# "trước hết tháng 6" and "trước ngày …" name the last day itself). Optional
# section.
[regex deadline_before_period]
^(?:(?:hoàn\s+thành|xong|kết\s+thúc)\s+)?trước\s+(?:tháng|qu[ýí]|năm)\s+(?:\d|[IV])
# (work that must not run on into a year: "không để kéo dài sang năm 2020"
# is due on 31/12/2019)
^không\s+để\s

# The end of a whole period named as an event after "trước khi": "trước
# khi kết thúc năm 2021" is due on 31/12/2021, "trước khi hết tháng 3/2026"
# on 31/3/2026, "trước khi kết thúc quý II" at the quarter's end (group
# `at`, the period, read alone; a school year or a term stays an event's
# time, undated). Optional section.
[regex deadline_period_end]
^(?:ngay\s+)?trước\s+khi\s+(?:kết\s+thúc|hết)\s+(?P<at>(?:năm\s+\d{4}|năm\s+(?:nay|tới|sau)|tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4}|,?\s+năm\s+\d{4})?|qu[ýí]\s+(?:IV|I{1,3}|[1-4])(?:\s*[/-]\s*\d{4}|,?\s+năm\s+\d{4})?))\s*$

# The words after a day printed without its year that make it next year's:
# "nhân dịp kỷ niệm Ngày thành lập Đoàn 26/3 năm sau", "trước ngày 31/01
# của năm sau" (read on into the phrase; matched right after it). Optional
# section.
[regex deadline_next_year]
^\s+(?:của\s+)?năm\s+(?:sau|tới)\b

[regex deadline_value_year]
# (a span of years, "giai đoạn 2016 - 2020", "giai đoạn từ năm 2016 đến năm
# 2020": its last)
(?:năm\s+|giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:[-–]|đến)\s*(?:năm\s+)?)(?P<y>\d{4})\b
năm\s+(?P<rel>nay|tới|sau)\b

[regex deadline_year_end]
# (a campaign of the year's end, "đợt cao điểm … cuối năm": one round)
^đợt\s+cao\s+điểm\b.*\scuối\s+năm$
(?:vào|đến|tới|trước|trong|cho\s+đến)\s+(?:dịp\s+)?(?:hết|cuối)\s+năm
(?:(?:những|các)\s+ngày|dịp)\s+cuối\s+năm
tháng\s+(?:còn\s+lại|cuối)

# A window from its first day to its last ("từ ngày 01/6 đến ngày 30/6/2024"):
# one that closed before the notice was issued is the period a figure covers,
# no deadline. Optional section.
[regex deadline_range]
^từ\s

# A weekly round, after which a day of the week printed away from it is the
# round's day: "định kỳ hằng tuần báo cáo … vào thứ Sáu" (deadline_weekday_after).
# Optional sections.
[regex deadline_weekly]
\btuần\b

[regex deadline_weekday_after]
(?:vào|trước)\s+(?:{dl_time}\s*,?\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?{dl_weekday}

# A purpose clause whose time is that of what the work serves: "gửi hồ sơ
# chậm nhất ngày 15/12/2024 để kịp kiểm soát chi trong năm". "kịp thời" (in
# time) is an adverb, no purpose: the group `adverb` marks it. Optional section.
[regex deadline_purpose]
# (also what must not happen: "Để không để xảy ra tai nạn trong dịp Tết năm
# nay, …", "nhằm không để tái diễn … trong mùa khô")
\b(?:để|nhằm)\s+(?:kịp\b(?P<adverb>\s+thời\b)?|không\s+để\s+(?:xảy\s+ra|tái\s+diễn|phát\s+sinh)\b)
# (also a purpose opening the sentence, before its doer: "Để bảo đảm cấp điện
# ổn định trong mùa nắng nóng, đồng chí đề nghị Công ty Điện lực …" names
# the season the work serves, to its comma)
(?:^|[.;:!?]\s+)(?:để|nhằm)\s+(?:bảo\s+đảm|đảm\s+bảo)\b
# (also the stage a crop is sown for: "gieo sạ từ ngày 25/12 đến ngày
# 05/01/2024, để lúa trỗ bông an toàn từ ngày 05/4 đến 15/4/2024" is when
# the rice is expected to flower, not a time of the work)
\bđể\s+(?:cây\s+)?(?:lúa|ngô|cây\s+trồng)\s+(?:trổ|trỗ|ra\s+hoa|ra\s+bông|chín|đậu\s+(?:quả|trái))\b
# (also the session a report or a draft is to be presented at, what it
# serves: "báo cáo … chậm nhất ngày 05/12/2019 để trình bày tại kỳ họp cuối
# năm của HĐND huyện", "… trước ngày 12/12/2025 để trình HĐND xã tại kỳ họp
# thứ 5"; not "để trình HĐND tỉnh trước kỳ họp …", by when it goes up)
\b(?:để|nhằm)\s+trình(?:\s+bày)?(?:\s+[^\s\d.;:,()]+){0,4}?\s+tại\s+(?:kỳ|phiên)\s+họp\b
# (also what an estimate covers, "dự trù nhu cầu sử dụng đến hết năm 2025", and
# whom a list holds, "danh sách hộ nghèo … cần hỗ trợ dịp Tết Nguyên đán":
# the times of the thing estimated or of the help needed, not the work's)
\b(?:dự\s+trù|dự\s+báo|ước\s+tính)\s+nhu\s+cầu\b|\bcần\s+(?:được\s+)?(?:hỗ\s+trợ|thăm\s+hỏi|tặng\s+quà|trợ\s+giúp)\b

# A weekday of this or next week ("vào thứ Hai tuần sau"): group wd the
# weekday's number word or digit (hai/2 = Monday … bảy/7, chủ nhật), rel a
# word of deadline_relative (này: this week, sau/tới: next). Dated from the
# notice's date. Optional section.
[regex deadline_value_weekday]
(?:thứ\s+(?P<wd>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<sun>chủ\s+nhật))\s+tuần\s+(?P<rel>này|sau|tới)\b
# next week as a whole ("trong tuần tới", "trình … tuần sau"): its Sunday
# (a meeting of next week, "tại cuộc họp giao ban tuần sau", is not read)
^(?:(?:ngay\s+)?(?:trong|vào)\s+)?tuần\s+(?P<rel2>sau|tới|này|nay)$

# Two whole days, each with its year, under one cue ("trước ngày 20/6/2018
# và 20/12/2018"): two deadlines, split at the group `sep` (days that share
# their month, "03 và 04/6/2026", are one). Optional section.
[regex deadline_dated_list]
\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?P<sep>\s*(?:,|và|hoặc)\s*)(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b
# a named day's day and a Tết joined to it (group sep2): "nhân Ngày Quốc tế NCT
# (01/10) và Tết Nguyên đán" is due at both
\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*\)?(?P<sep2>\s+và\s+)(?:dịp\s+)?tết\b
# two days without their year under a cue of a due day, one each half or
# round: "(định kỳ 6 tháng, năm) trước ngày 15/6 và 15/12" (split at `sep`;
# days that follow each other stay one)
^(?:{dl_cue_date}){dl_cue_fill}(?:\s+ngày)?\s+\d{1,2}\s*/\s*\d{1,2}(?P<sep3>\s*(?:,|và)\s*)(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\b

# Words after "trong thời gian" that close the span right after them: the
# time ahead, vague ("hướng dẫn người dân trong thời gian tới về các biện pháp
# …" is due "trong thời gian tới"). Optional section.
[list deadline_span_ahead]
tới
sắp tới

# Words anywhere in the span of an event (before a word that ends it) that
# make the event past: it names which things are meant ("kiểm tra các đoạn đê
# bị sạt lở trong đợt lũ vừa qua", "… trong đợt mưa lớn vừa rồi"), no time
# for the work. Optional section.
[list deadline_span_past]
vừa qua
vừa rồi
đã qua
trước đây

# A start printed right before a bare delay ("kể từ 12 giờ ngày 12/8/2021
# trong thời gian 14 ngày"): the start and the delay, read up to the delay's
# end; the delay is dated from the start (deadline_value_duration's start-first line). Optional
# section.
[regex deadline_start_before]
(?:kể|tính)\s+từ\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,?\s+(?:trong\s+vòng|trong\s+thời\s+hạn|trong\s+thời\s+gian|trong)\s+\d{1,3}\s+(?:ngày|tuần|tháng)\s*$

# Tonight named with "nay" ("ngay trong đêm nay", "trong tối hôm nay"): due
# the notice's own day (a news report's date); with tomorrow after it (group
# `tomorrow`: "… đêm nay và ngày mai") the day after. Optional section.
[regex deadline_value_today]
^(?:ngay\s+)?(?:trong|vào)\s+(?:đêm|tối)\s+(?:hôm\s+)?nay(?:\s+và\s+(?P<tomorrow>(?:ngày|sáng|chiều|tối)\s+mai))?$
# a clock time today or tomorrow: "trước 20 giờ tối nay", "xong trước 12 giờ
# ngày mai" (the cue is deadline_date's)
# (only deadline_date's hour line ends a phrase so: no need to read it again)
^(?:{dl_cue_date})[^\n]*?\d\s*(?:giờ|h)[^\n]*\s(?:nay|(?P<tomorrow2>mai))$

# How long a list stays posted (drop_posting_periods): a bare count of days
# that the law sets ("… trong thời hạn 20 ngày theo quy định") or that a due
# day follows ("… trong 20 ngày, trước ngày 31/12/2016"), matched from the
# phrase's start, in a clause with a verb of posting: the posting's length,
# no deadline ("niêm yết công khai tại nhà văn hóa thôn trong 03 ngày làm
# việc" alone stays the work's time). Optional sections.
[regex deadline_posting]
^trong\s+(?:thời\s+hạn\s+)?\d{1,3}\s+ngày(?:\s+làm\s+việc)?\s*(?:,\s*(?:trước|chậm\s+nhất)\b|theo\s+quy\s+định\b)

[list deadline_posting_verb]
niêm yết
công khai
