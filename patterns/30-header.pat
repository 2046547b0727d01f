# Header rules: number, kind, issuer, place and date, title, meeting, signer,
# recipients; news datelines.
# Regexes run on tone-folded text (see 10-normalize.pat). Top-block and
# signature regexes see a few cleaned lines joined by "\n", so `^`/`$` with
# (?m) are line bounds and `\s` may cross a hard-wrapped line break.
# Case checks (title lines in capitals, names capitalised) use (?-i:…).
# Note: `\p{Lu }` is written with a space so it is not read as a {macro}.

# ---------------------------------------------------------------- lexicons

# Kinds of documents, as printed in the title line (in capitals).
[list doc_type]
THÔNG BÁO
KẾ HOẠCH
CHỈ THỊ
CÔNG VĂN
QUYẾT ĐỊNH
NGHỊ QUYẾT
NGHỊ ĐỊNH
THÔNG TƯ
THÔNG TƯ LIÊN TỊCH
BÁO CÁO
TỜ TRÌNH
CÔNG ĐIỆN
HƯỚNG DẪN
CHƯƠNG TRÌNH
CHƯƠNG TRÌNH HÀNH ĐỘNG
QUY ĐỊNH
QUY CHẾ
ĐỀ ÁN
PHƯƠNG ÁN
KẾT LUẬN
KẾT LUẬN THANH TRA
KẾT LUẬN KIỂM TRA
THÔNG TRI
LỆNH
GIẤY MỜI
BIÊN BẢN
CÔNG BỐ
ĐIỀU LỆ
QUY HOẠCH
DỰ ÁN
HIẾN PHÁP
LUẬT
PHÁP LỆNH

# Words that open the name of an issuing body in the top-left block.
[list issuer_head]
ỦY BAN NHÂN DÂN
UBND
HỘI ĐỒNG NHÂN DÂN
HĐND
ỦY BAN
VĂN PHÒNG
CHÍNH PHỦ
THỦ TƯỚNG CHÍNH PHỦ
QUỐC HỘI
BỘ
SỞ
BAN
CỤC
TỔNG CỤC
CHI CỤC
PHÒNG
TRUNG TÂM
CÔNG AN
BỘ CHỈ HUY
BỘ TƯ LỆNH
THANH TRA
KHO BẠC
NGÂN HÀNG
BẢO HIỂM XÃ HỘI
KIỂM TOÁN NHÀ NƯỚC
TÒA ÁN NHÂN DÂN
VIỆN KIỂM SÁT NHÂN DÂN
VIỆN
ĐẠI HỌC
TRƯỜNG
TỈNH ỦY
THÀNH ỦY
HUYỆN ỦY
THỊ ỦY
QUẬN ỦY
ĐẢNG ỦY
ĐẢNG BỘ
ĐẢNG ĐOÀN
BAN CÁN SỰ ĐẢNG
BAN CHẤP HÀNH
BAN THƯỜNG VỤ
BAN CHỈ ĐẠO
BAN CHỈ HUY
MẶT TRẬN TỔ QUỐC
ỦY BAN MẶT TRẬN TỔ QUỐC
LIÊN ĐOÀN
ĐOÀN
HỘI
TỔNG CÔNG TY
CÔNG TY
BỆNH VIỆN
BCĐ
BCH
ĐẢNG CỘNG SẢN VIỆT NAM

# Titles of signers (the line above the name).
[list signer_position]
CHỦ TỊCH
PHÓ CHỦ TỊCH
PHÓ CHỦ TỊCH THƯỜNG TRỰC
GIÁM ĐỐC
PHÓ GIÁM ĐỐC
TỔNG GIÁM ĐỐC
PHÓ TỔNG GIÁM ĐỐC
CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
BỘ TRƯỞNG
THỨ TRƯỞNG
THỦ TƯỚNG
PHÓ THỦ TƯỚNG
CHỦ NHIỆM
PHÓ CHỦ NHIỆM
TRƯỞNG BAN
PHÓ TRƯỞNG BAN
PHÓ TRƯỞNG BAN THƯỜNG TRỰC
TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
BÍ THƯ
PHÓ BÍ THƯ
PHÓ BÍ THƯ THƯỜNG TRỰC
CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
CHI CỤC TRƯỞNG
PHÓ CHI CỤC TRƯỞNG
VỤ TRƯỞNG
PHÓ VỤ TRƯỞNG
VIỆN TRƯỞNG
PHÓ VIỆN TRƯỞNG
HIỆU TRƯỞNG
PHÓ HIỆU TRƯỞNG
CHÁNH THANH TRA
PHÓ CHÁNH THANH TRA
CHÁNH ÁN
THỦ TRƯỞNG
CHỈ HUY TRƯỞNG
TƯ LỆNH
# military and police commands: `THAM MƯU TRƯỞNG`, `PHÓ CHỈ HUY TRƯỞNG`
PHÓ CHỈ HUY TRƯỞNG
THAM MƯU TRƯỞNG
PHÓ THAM MƯU TRƯỞNG
PHÓ TƯ LỆNH
CHÍNH ỦY
PHÓ CHÍNH ỦY
PHÓ TRƯỞNG CÔNG AN
GIÁM ĐỐC CÔNG AN
TRƯỞNG CÔNG AN
TỔNG THƯ KÝ
THƯ KÝ
TRƯỞNG ĐOÀN
TỔ TRƯỞNG
ỦY VIÊN
CHỦ TỌA
KẾ TOÁN TRƯỞNG
TRƯỞNG KHOA
TỔNG BIÊN TẬP
ĐỘI TRƯỞNG
TRƯỞNG TRẠM
TRƯỞNG CHI CỤC
GIÁM ĐỐC TRUNG TÂM
CHỦ TỊCH HỘI ĐỒNG
TỔNG KIỂM TOÁN

# Words that open the description of the person who chaired a meeting.
[list chair_head]
đồng chí
ông
bà
Thủ tướng
Phó Thủ tướng
Chủ tịch
Phó Chủ tịch
Bộ trưởng
Thứ trưởng
Bí thư
Phó Bí thư
Giám đốc
Phó Giám đốc
Chánh Văn phòng
Phó Chánh Văn phòng
Trưởng ban
Phó Trưởng ban
Chủ nhiệm
Tổng cục trưởng
Cục trưởng

# Kinds of meetings a conclusion notice reports on.
[list meeting_kind]
hội nghị
hội nghị trực tuyến
cuộc họp
buổi họp
phiên họp
kỳ họp
hội thảo
tọa đàm
buổi làm việc
cuộc làm việc
buổi kiểm tra
đợt kiểm tra
cuộc kiểm tra
buổi đối thoại
buổi tiếp
buổi khảo sát
đợt khảo sát
buổi giao ban
cuộc giao ban

# ---------------------------------------------------------------- dates

# A full date in words or digits (no capture groups: used inside others).
[regex date_any]
ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*,?\s*năm\s*\d{4}
(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}

# The parts of a date in words: `ngày 19 tháng 3 năm 2024`.
# The words of a date with one letter slipped by OCR (`ngàv 26 tháng 12
# năm 2014`, `ngay`, `thánq`): the digits between them keep it a date. The
# slip is an ASCII letter (a look-alike, a mark lost): any letter (`\pL`)
# cost the place and date search 4 MB.
[regex ocr_ngay]
ngày|[a-z]gày|n[a-z]ày|ng[a-z]y|ngà[a-z]

[regex ocr_thang]
tháng|[a-z]háng|t[a-z]áng|th[a-z]ng|thá[a-z]g|thán[a-z]

[regex ocr_nam]
năm|[a-z]ăm|n[a-z]m|nă[a-z]

# A day whose two digits a scan set apart (`ngày 1 8 tháng 4 năm 2013`).
[regex date_words]
{ocr_ngay}\s*(?P<d>\d{1,2}|[0-3] \d)\s*{ocr_thang}\s*(?P<m>\d{1,2})\s*,?\s*{ocr_nam}\s*(?P<y>\d{4})

# The parts of a date in digits: `19/3/2024`, `16-03-2021`, `01.12.2025`.
[regex date_digits]
\b(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b

# The parts of an ISO date, as some news pages print it: `2024-03-12`.
[regex date_iso]
\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b

# A date as a news page stamps it (any of the forms above).
[regex stamp_date]
{date_any}
\d{4}-\d{1,2}-\d{1,2}

# ---------------------------------------------------------------- top block

# The number and symbol: `Số: 136 /TB-UBND`, `Số 31-CT/TU`, `Số: /KH-UBND`.
[regex number_token]
# ("856/UBND-TN&MT": an office's initials joined by "&")
(?:[\pL\d]+)?(?:[^\S\n]*[-/.][^\S\n]*[\pL\d][\pL\d&]*)+

[regex number_line]
(?m)(?:^[^\S\n]*số(?:[^\S\n]*:|[^\S\n]+)|\bsố[^\S\n]*:)\s*(?P<num>{number_token})

# A portal's or legal database's label of the number (`Số/Ký hiệu: 214/KH-UBND`,
# `Số ký hiệu 1845/QĐ-UBND`, `Ký hiệu:`, `Số hiệu:`): read only when the top
# block prints no `Số:` line of the document's own. Optional section.
[regex number_label]
(?m)^[^\S\n]*(?:số[^\S\n]*/[^\S\n]*ký|số[^\S\n]+ký|ký|số)[^\S\n]+hiệu[^\S\n]*:?[^\S\n]*(?P<num>{number_token})

# The place and date line: `Biên Hòa, ngày 19 tháng 3 năm 2024`, wrapped
# `Hà Nội, ngày 24\ntháng 11 năm 2025`, `Đồng Tháp,\nngày 01 tháng 12 năm 2025`,
# a blank day `ngày   tháng 3 năm 2024`; a number cell may precede it on the line.
# `ngày` is required so that a news stamp `Thứ ba, 06/09/2022` is no place, and
# the date ends the line, so that a sentence `Tại Huế, ngày 5/6/2024, …` is none.
# (One letter of its words may be slipped by OCR: `Phú Yên, ngàv 26 tháng 12 năm 2014`.)
[regex place_date]
(?m)^(?:[^\n]*?/[^\s/]+[^\S\n]+)?(?P<place>\pL[^\n,:;/|()]{1,40}?)[^\S\n]*,\s*(?P<date>{ocr_ngay}\s*(?:[0-3] \d|\d{0,2})\s*{ocr_thang}\s*\d{0,2}\s*,?\s*{ocr_nam}\s*\d{4}|ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})[^\S\n]*$

# A date line without a place: `Ngày 19 tháng 3 năm 2024`.
[regex date_line]
(?m)^[^\S\n]*(?P<date>{date_any})[^\S\n]*$

# A legal database's title of the page, before the document: its kind, its
# number and year, then its subject ("Công văn 3412/UBND-VX năm 2020 về đôn
# đốc …", "Quyết định 1845/QĐ-UBND năm 2022 ban hành …"). Read for the kind
# only when the document prints no title line in capitals (an official
# letter), and only for the document's own number. Optional section.
[regex database_title]
^(?P<kind>{doc_type})\s+(?:số\s+)?(?P<num>\d+[\pL\d]*(?:[-/.][\pL\d&]+)+)\s+năm\s+\d{4}\s+(?:về|do|của|quy\s+định|ban\s+hành|hướng\s+dẫn|phê\s+duyệt|triển\s+khai|thực\s+hiện|sửa\s+đổi)\b

# The national heading, which sits beside the issuer and is not part of it.
[regex motto]
cộng\s+hòa\s+xã
chủ\s+nghĩa\s+việt\s+nam
^nghĩa\s+việt\s+nam
độc\s+lập\s*-\s*tự\s+do
^tự\s+do\s*-\s*hạnh\s+phúc

# A line where the body begins (the top block ends before it). Sentence
# openers count only in a line of five words or more, so a short web-page
# line (`Theo dõi`) above the header does not end it.
[regex body_start]
^(căn cứ|kính gửi)\b
^(?:thực hiện|trong|theo|để|sau khi|qua|hôm nay|vừa qua|nhằm|trên cơ sở)\s+(?:\S+\s+){3}\S
^(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?{date_any}\s*,
^(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d
^(?-i:[IVXLC]+)\.\s
^\d+\.\s
^điều\s+\d+\b

# A first line that cannot be a subject line under the kind.
[regex title_stop]
^(căn cứ|kính gửi|hôm nay|điều\s+\d|quyết nghị|quyết định\s*:)
^(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?{date_any}\s*,
^(?-i:[IVXLC]+)\.\s
^\d+\.\s

# A subject given without a kind line (official letters): `V/v …`, `Về việc …`.
[regex subject_line]
^(?:v/v|về việc)\s*:?\s*

# A subject mark that only a formal letter prints (`Về việc này, …` may open
# a news paragraph, so it is no sign of a formal notice).
[regex subject_mark]
^v\s*/\s*v\b

# An appendix line naming the document it belongs to:
# `(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của …)`.
[regex appendix_ref]
(?:kèm theo|ban hành theo)\s+(?P<kind>{doc_type})\s+số\s*:?\s*(?P<num>{number_token})(?:\s*,?\s*(?P<date>{date_any}))?

# The start of an appendix after the signature.
[regex appendix_start]
^phụ lục\b
^danh mục\b
^\(?\s*kèm theo\b

# Where the issue date is printed in the closing article only:
# `Nghị quyết này … thông qua ngày 14 tháng 7 năm 2017` (`ban hành ngày` more
# often dates another document, so it is not read).
[regex adopted_date]
\bnày\b[^\n]{0,250}?\bthông\s+qua\s+(?:vào\s+)?(?P<date>{date_any})

# ---------------------------------------------------------------- news

# A publication stamp of a news page: `Thứ ba, 06/09/2022 14:25`,
# `09:59:00 | 16-03-2021`, `Thứ Ba, 17/09/2024 - 19:51`, `Ngày đăng: 05/06/2025 15:50`,
# `Cập nhật: 10:30 12/03/2024`, `Cập nhật ngày: 17/08/2023 - 09:12`, a bare `06/09/2022 14:25`.
# The tools a news page sets next to its date stamp.
[list page_tool]
thu gọn
phóng to
in bài
bản in
cỡ chữ
chia sẻ
gửi email
gửi bài
nghe đọc
nghe bài
lưu bài
bình luận

[regex news_dateline]
# (the time may come first: `Thứ Năm, 09:15, 09/10/2025`)
^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)\s*,?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|–-]?\s*)?(?:ngày\s*)?{stamp_date}
# after the site's name: `Baolaocai.vn  Thứ Sáu, 27/09/2024 - 18:15 GMT+7`
^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)\b\s*[-|,·•]?\s*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|–-]?\s*)?(?:ngày\s*)?{stamp_date}
^\d{1,2}:\d{2}(?::\d{2})?\s*(?:\|\s*|-\s*|,\s*)?(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?{stamp_date}\s*(?:\(?gmt\s*\+\s*7\)?)?\s*$
^(?:ngày đăng|ngày cập nhật|cập nhật(?:\s+lúc|\s+ngày)?|đăng lúc|đăng ngày|ngày xuất bản|xuất bản(?:\s+ngày)?|thời gian đăng|ngày ban hành tin|published|posted)\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|–-]?\s*)?(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?{stamp_date}
^ngày\s*:\s*{stamp_date}
^{stamp_date}\s*(?:[-|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:\(?gmt\s*\+\s*7\)?)?\s*$
# with the view counter after it: `Ngày 06/06/2022 | 16:30:00 | Lượt xem: 1203`,
# or a font-size widget, and more of the portal's tools after either:
# `19/10/2020 20:30 | Lượt xem: 2015 | Cỡ chữ: A- A A+`
^(?:ngày\s+)?{stamp_date}\s*(?:[-|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-|,]\s*)?(?:(?:lượt\s+(?:xem|đọc)|views?)\s*:?\s*[\d.,]+|cỡ\s+chữ\b)(?:\s[^\n]*)?$
# the time first, then the page's tools: `15:40 - 02/11/2020   |   Thu gọn  |  In bài`
^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-|,]\s*)?(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?{stamp_date}\s*(?:\(?gmt\s*\+\s*7\)?)?\s*(?:[-|•·,]\s*)?(?:(?:lượt\s+(?:xem|đọc)|views?)\s*:?\s*[\d.,]+|{page_tool})(?:\s[^\n]*)?$

# The site's date of the day at the top of a news page: a weekday and a date
# with no time (`Thứ Năm, 21/08/2025`, the first cell of `Thứ Tư, 17/4/2024 |
# Đăng nhập`). It yields to the article's own stamp in the lines after it
# (`Cập nhật lúc: 15:40 | 20/08/2025`, `29/09/2023 21:14`); with none, it is
# the date.
[regex news_page_date]
^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)\s*,?\s*(?:ngày\s*)?{stamp_date}\s*$

# Weaker stamps, read near the headline only (further down they may be table
# cells or captions): a line that is only a date (`16/03/2021`), or a short
# line ending in one after a separator (`Thu Hà | 12/03/2024 10:20`; the
# normalizer turns `|` into spaces).
[regex news_date_bare]
# (also after a bullet: `Thanh Lê • 06/11/2025 14:20`, the time first: `Thanh Lê •
# 14:20, 05/07/2022`)
(?:\||•|·|\s-\s|\s{3})\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*)?(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?{stamp_date}(?:\s*(?:[-|,]\s*)?\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\(?gmt\s*\+\s*7\)?)?\s*$
^\(?\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*\)?$
^\d{4}-\d{1,2}-\d{1,2}(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$
# the date, then its source: `09/12/2024 | Đài TT-TH Tân Kỳ`
^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\||•|·|\s-\s|\s{3})\s*[^\d\n]+$

# ---------------------------------------------------------------- meeting

# Kinds of notices that report a meeting's conclusions.
[list meeting_doc_type]
THÔNG BÁO
KẾT LUẬN

# A notice that reports the conclusions of a meeting.
[regex meeting_notice]
\bkết luận\b
\bý kiến chỉ đạo\b
\bý kiến\s+(?:kết luận\s+)?của\b

# The paragraph that opens with the meeting date: `Ngày 14/3/2024, tại …`,
# `Sáng ngày 28 tháng 5 năm 2018, …`.
[regex meeting_lead]
^(?:(?:sáng|chiều|tối|trưa)\s+)?(?:thứ\s+\S+\s*,\s*)?(?:ngày\s+)?{date_any}

# The meeting named in the title: `… tại Hội nghị tổng kết …`.
[regex meeting_in_title]
\btại\s+(?P<name>{meeting_kind}\b.*)$

# The meeting named in the lead paragraph: `… đã chủ trì Hội nghị Tổng kết …;`.
[regex meeting_in_text]
\b(?:chủ\s+trì|tổ\s+chức)\s+(?P<name>{meeting_kind}\b[^,;.]*)

# The chair in the lead paragraph: `đồng chí Đỗ Khôi Nguyên - Chủ tịch UBND
# thành phố Biên Hòa, Trưởng Ban … đã chủ trì`.
[regex meeting_chair]
(?P<chair>\b{chair_head}\b[^,;]*?)(?:\s*,[^;]*?)?\s+(?:đã\s+)?chủ\s+trì\b

# The chair named in the title: `Kết luận của đồng chí X - Chủ tịch … tại Hội nghị …`.
[regex chair_in_title]
\b(?:kết luận|chỉ đạo)\s+của\s+(?P<chair>.+?)\s+tại\s+{meeting_kind}\b

# ---------------------------------------------------------------- closing

# The heading of the recipients list.
[regex recipients_head]
^nơi\s+nhận\s*:?\s*

# A delegation mark before a signer's title: `KT.`, `TM.`, `TL.`, `Q.`, `TUQ.`,
# old style `T/M`, `K/T`, `T/L` (read as `TM.`, `KT.`, `TL.`).
[regex signer_delegation]
^(?P<mark>ktl|kt|tm|tl|tuq|q)\s*\.\s*
^(?P<slash>[kt]\s*/\s*[mlt])\.?\s+

# Lines between the title and the name that are not the name.
[regex signer_skip]
^\(?\s*(?:đã ký|đã kí|ký|kí|signed|chữ ký|ký tên|ký bởi|\(ký)\b

# A person's name as printed under a signature: `Ngô Văn Thành`, `Y Thanh H'Đơk`.
[regex person_name]
^(?-i:\p{Lu }(?:\p{Ll }|['’]\p{Lu }?)*(?:\s+\p{Lu }(?:\p{Ll }|['’]\p{Lu }?)*){1,5})\s*(?:\(.*\))?$

# A rank or degree printed before a signer's name, left out of the name:
# `Đại tá Lương Hữu Thắng`, `Thượng tá Trần Văn Quyết`, `Đại úy …`, `BSCKII.
# Phạm Minh Trí`, `PGS.TS. …`, `ThS. BS. …`, `Ds. …`, `KS. …`, `Lương y …`
# (a lower-case `y`: `Lương Y …` may be a name). Optional section.
[regex signer_rank]
^(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy)|chuẩn\s+úy|lương\s+(?-i:y)|(?:(?:p?gs|ts|ths|bs|ds|ks|ls|cn|ncs|ck|bsck|dsck)\s*(?:i{1,2})?\s*\.\s*)+)\s*

# A web page's signature shown as an image, named by its caption after the
# closing formula (`Ảnh: Chữ ký số của Chủ tịch UBND huyện Nguyễn Văn Tuấn`,
# `[Hình ảnh chữ ký của Giám đốc Sở …]`): group `title` the office, group
# `name` the signer's name (read only where no signature block names one).
# Optional section.
[regex signer_caption]
^[\[(]?\s*(?:(?:ảnh|hình(?:\s+ảnh)?)\s*:?\s*)?chữ\s+ký(?:\s+(?:số|điện\s+tử))?\s+(?:của\s+)?(?:đồng\s+chí\s+|ông\s+|bà\s+)?(?P<title>(?:phó\s+)?(?:chủ\s+tịch|giám\s+đốc|chánh\s+văn\s+phòng|trưởng\s+ban|bí\s+thư|bộ\s+trưởng|thứ\s+trưởng|trưởng\s+phòng)(?:\s+[^\s\d]+)*?)\s+(?P<name>(?-i:\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+))\s*[\])]?\s*$

# Several bulleted recipients flattened onto one line: `- Như trên; - Lưu: VT.`
[regex recipient_split]
;\s*[-+•]\s+

# ---------------------------------------------------------------- layout

# The gap between the cells of a table row flattened onto one line (the
# normalizer turns `|` into spaces): `Số: 45/TB-SNV   An Giang, ngày …`.
# Lines are cleaned by then: every space and tab is an ASCII space, and a
# run of ASCII spaces is searched four times faster than `\s` on every line.
[regex cell_gap]
\x20{3,}
