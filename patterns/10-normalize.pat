# Normalization rules: web-page debris and line structure.
# Every line is matched against one cleaned input line (NFC, one tone style,
# emphasis and table pipes removed, trimmed). Regexes are case-insensitive.

# A whole line that is page furniture, not notice text: dropped.
[regex debris_line]
^từ viết tắt\s+xem với cỡ chữ$
^xem với cỡ chữ$
^advertisement$
^about admin$
^nội dung chính$
^(in|chia sẻ|bình luận|lượt xem|facebook|twitter|zalo|email)$
^(tin|ảnh|bài|tác giả|nguồn|theo)\s*:\s*[^.]{0,80}$
^tin\s*:.*bbt\s*$
^(\(di chuột vào ngôi sao để chọn điểm\))$
# A breadcrumb trail: "Trang chủ > Tin tức > Chỉ đạo điều hành"
^(trang chủ|home)\s*[>»›/|].{0,200}$
^link bài viết gốc\s*:
# A page number between pages of a PDF copy: "- 2 -", "Trang 3", "Trang 3/5" (a bare
# "2" may be a table's row number), and as PDF-to-text tools print it: "-- 2 of 5 --",
# "-- Trang 1 ---"
^[-–]+\s*(?:(?:trang|page)\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?\s*[-–]+$
^trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?$
# A PDF page's running header: "VĂN PHÒNG UBND TỈNH X - Thông báo kết luận số 412/TB-VP"
^(?-i:\p{Lu}[\p{Lu}\s,]+)[-–|]\s*(?:thông\s+báo|kế\s+hoạch|chỉ\s+thị|công\s+văn|quyết\s+định|nghị\s+quyết)\b[^.]*\bsố\s*:?\s*\d+[/-][^\s.]+$
# A link to another article inside the text: "Xem thêm: Hà Tĩnh cấm biển từ 12 giờ",
# with the arrows a page sets before it: ">> Đọc thêm: …", "» Xem thêm: …" (» is
# read as a quote mark)
^(?:[>»›"]+\s*)?(xem thêm|đọc thêm|xem tiếp|có thể bạn quan tâm|bạn đọc quan tâm)\s*(?:[:>»›-].*)?$
# The article's tags: "Từ khóa: bão số 10, công điện"
^(từ khóa|từ khoá|tags?)\s*:
^<jsontable\b.*</jsontable>$
# A photo caption with its credit: "Bệnh nhân điều trị tại Bệnh viện Đa khoa
# tỉnh. Ảnh: Ngọc Lân", "Ảnh: Lực lượng Biên phòng hướng dẫn ngư dân … (Ảnh: Hữu Tín)"
^[^.]*(?:\.[^.]*)?[.\s]\s*\(?ảnh(?:\s+minh\s+họa)?\s*:\s*[^.()]+\)?\.?$
^\(?ảnh minh họa\)?$
^<[a-z]+[^>]*>$
# A portal's category or menu line over an article: "Chỉ đạo - Điều hành",
# "Tin chỉ đạo điều hành", "Tin tức - Sự kiện" (a part's heading names its
# tasks or conclusions; a category only files the article).
^(?:tin\s+|thông\s+tin\s+|hoạt\s+động\s+|văn\s+bản\s+)?chỉ\s+đạo\s*[-–,/]?\s*điều\s+hành$
^tin\s+tức\s*[-–,/]?\s*sự\s+kiện$

# A line where the page's own text ends: it and everything after are dropped.
[regex debris_tail]
^check also$
^tìm theo ngày\s*:?$
^đánh giá$
^nguồn\s*:\s*\S+\.(vn|com|gov\.vn|org|net)\S*$
^đường dây nóng$
^(tin|bài|bài viết|tin bài) (cùng chuyên mục|khác|mới|liên quan)\s*:?$
^các tin (khác|đã đưa)\s*:?$
# Readers' comments and the lists after an article: "Bình luận (3)", "Tin mới nhất"
^(bình luận|ý kiến bạn đọc)\s*(\(\d+\))?\s*:?$
^gửi bình luận$
^(tin|bài) (mới nhất|đọc nhiều|xem nhiều|nổi bật)\s*:?$
^theo cổng thông tin điện tử\b.*$
# The outlet's footer: "Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt
# Nam tỉnh Lâm Đồng", "Cơ quan chủ quản: …", "© Bản quyền thuộc …"
^(?:báo|đài|tạp\s+chí|cổng\s+thông\s+tin\s+điện\s+tử)\s[^.]*?[-–]\s*cơ\s+quan\s+(?:của|chủ\s+quản|ngôn\s+luận)\b.*$
^cơ\s+quan\s+chủ\s+quản\s*:.*$
^(?:©|bản\s+quyền\s+(?:thuộc|©)|copyright\b).*$

# A PDF page's running line that repeats the notice's kind and number, with
# the page count after it or not: "Thông báo kết luận số 371/TB-UBND   Trang
# 1/2", "Thông báo kết luận 312-TB/HU", with its date and issuer: "Thông báo
# số 205/TB-UBND ngày 12/9/2017 của UBND huyện Đức Phổ". Dropped only where
# the number is the notice's own (a wrapped sentence may end with another
# notice's number), with the page numbers and the issuer's line next to it.
# The page count may stand after a cell gap with no "Trang": "… của UBND
# huyện Châu Thành      2/3". Optional section.
[regex running_line]
^(?:thông\s+báo|kế\s+hoạch|chỉ\s+thị|công\s+văn|quyết\s+định|nghị\s+quyết|báo\s+cáo|tờ\s+trình)(?:\s+kết\s+luận)?(?:\s+số)?\s*:?\s*(?P<num>[0-9]+[-/.]\S+)(?:\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?(?:\s+của\s+[^.;:\d]+)?(?:\s+trang\s+[0-9]{1,3}(?:\s*/\s*[0-9]{1,3})?|\s+[0-9]{1,3}\s*/\s*[0-9]{1,3})?$

# The notice's own number on its header line ("Số: 371/TB-UBND", "Số
# 312-TB/HU"), against which running lines are checked. Optional section.
[regex own_number]
# (a space may stand before the slash: "Số: 205 /TB-UBND")
^số\s*:?\s*(?P<num>[0-9]+\s?[-/.]\S+)

# Next to a running line: a page number ("2", "Trang 2", "Trang 1/2"), or a
# short line that ends with one after a cell gap ("UBND tỉnh Hà Giang   2").
# Optional section (with running_line).
[regex running_page]
^[0-9]{1,3}$
^trang\s+[0-9]{1,3}(?:\s*/\s*[0-9]{1,3})?$
^[^.;:0-9]+?\x20{3,}[0-9]{1,3}$

# The heading of a block of links to other articles ("Tin liên quan", then
# headlines up to a blank line): set inside the text, only the block is
# dropped; with no sentence of the article after it, the rest of the page is.
# Optional section.
[regex debris_links]
# The heading may be set after arrows or a chevron (">> Tin liên quan:"),
# or after a bullet ("* Tin liên quan:", "• Bài liên quan").
^(?:>+|»+|[*•])?\s*(tin|bài) liên quan\s*:?$
# "Thông tin liên quan", "Tin tức liên quan", "Bài viết liên quan"
^(?:>+|»+)?\s*(thông tin|tin tức|bài viết) liên quan\s*:?$
^(?:>+|»+)?\s*(xem thêm|đọc thêm|có thể bạn quan tâm|bạn đọc quan tâm)\s*:?$
# "Tin cùng chuyên mục", "Bài cùng chuyên mục", "Tin khác"
^(?:>+|»+)?\s*(tin|bài|bài viết) (cùng chuyên mục|khác)\s*:?$

# The title of a summary box set at the top of an article ("Tóm tắt:",
# "Điểm nhấn"): its lines, to the first blank line, restate the
# article and are dropped (optional section).
[regex summary_box]
^(tóm tắt|tóm tắt nội dung|điểm nhấn|tin chính)\s*:?$

# Page furniture glued to the start of a line of text: the prefix is dropped.
[regex debris_prefix]
^advertisement

# Lines that stand alone: never joined to the line before or after.
[regex standalone_line]
^số\s*:
^(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,\s*\d{1,2}/\d{1,2}/\d{2,4}
^\d{1,2}:\d{2}(:\d{2})?\s*\|?\s*\d{1,2}[-/]\d{1,2}[-/]\d{4}$
^ngày đăng\s*:
^nơi nhận\s*:?
^(kt|tl|tm|q|ktl)\.\s
^(?-i:K/T|T/M|T/L)\s
^\d{1,2}/\d{1,2}/\d{4}(\s+\d{1,2}:\d{2})?$
# The signer's title and "Đã ký" under it, printed alone (a signature set
# far right without blank lines is otherwise one paragraph with the name).
^(?-i:(?:KT\.\s*|TL\.\s*|TM\.\s*|K/T\s+|T/L\s+|T/M\s+)?(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG|BỘ\s+TRƯỞNG|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|CHỦ\s+NHIỆM|THỦ\s+TRƯỞNG|CỤC\s+TRƯỞNG|BÍ\s+THƯ))\s*$
^\(?\s*đã\s+k[ýí]\s*\)?$
# A line that sets a time for all the items above it ("Các nội dung trên
# khắc phục trong thời hạn 30 ngày …", "Những tồn tại nêu trên phải hoàn
# thành …"): a paragraph of its own, not the last item's wrapped tail.
^(?:các|những)\s+(?:nội\s+dung|tồn\s+tại|sai\s+phạm|vi\s+phạm|kiến\s+nghị|yêu\s+cầu|nhiệm\s+vụ)\s+(?:nêu\s+)?trên\s
# A news lead opening with its source tag: "(Chinhphu.vn) - …", "(BTO)- …"
^\([^()\s]{2,30}\)\s*[-–—]

# The start of a numbered, lettered or bulleted item.
[regex list_marker]
# (also with a dash, as "I- ĐÁNH GIÁ CHUNG", "II- NHIỆM VỤ" in old typescripts:
# read as "I.", the heading not run into the paragraph under it)
^(?-i:[IVXLC]+)(?:[.)]|\s?-)\s
# A number opens an item when punctuated ("1.", "2)", "1.2", "3 - "): a wrapped
# line that starts with a count ("14 hộ dân …", "01 lần/năm") goes on.
^\d{1,2}(\.\d{1,2})*[.)/]\s
^\d{1,2}(\.\d{1,2})+\s
# ("1- " too, the dash right after the number as "I- ")
^\d{1,2}\s*[-–]\s
# A task table's row number, its cell borders turned to spaces: "| 1 | Rà soát …"
^\d{1,3}[.)]?(?:\s{2,}|\t)
^(?-i:[IVX]{1,4})[.)]?\s{2,}
# (and "a- ", "b- " in old typescripts: "1/ Hội đồng bồi thường …:" ⏎ "a- Rà soát …")
^(?-i:[a-zđ])[)./-]\s
# A part lettered in capitals over its title in capitals: "B. NHIỆM VỤ THÁNG 6"
^(?-i:[A-H][.)]\s+\p{Lu}\p{Lu})
^[-+•*>◦▪●]\s*
^thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)\s*[:.]
# the steps of a plan ("Bước 1 - Thành lập Ban chỉ đạo …", "Bước 2: Đo đạc …")
^bước\s+\d{1,2}\s*(?:[:.)]|[-–]\s|\()
^thứ\s+(?-i:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,
^(?-i:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]
^(điều|mục|phần|chương)\s+\d+\b
^(mục|phần|chương)\s+(?-i:[IVXLC]+)\b
^(phần|chương)\s+thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*$
^\(\d+\)\s
^\((?-i:[ivx]+|[a-z])\)\s

# After a short item line with no colon ("1. Phòng Văn hóa và Thông tin"), a
# line that opens with what the body is to do starts the item's text (with a
# word of `action_verb` or `action_lead` too): "Là cơ quan thường trực, …".
# Optional section.
[regex label_task_start]
^(?:là\s+(?:cơ\s+quan|đơn\s+vị|đầu\s+mối)|chịu\s+trách\s+nhiệm|có\s+trách\s+nhiệm)\b
# "3. Các phòng: Kinh tế và Hạ tầng, Tài chính - Kế hoạch" ⏎ "Theo chức năng,
# nhiệm vụ phối hợp kiểm tra …": the bodies work within their own remit
^theo\s+(?:đúng\s+)?chức\s+năng\s*,?\s+nhiệm\s+vụ\b
# Each of the bodies the label lists: "2.8. UBND các xã: Lăng Can, Khuôn Hà"
# ⏎ "Mỗi xã chuẩn bị 01 gian hàng …"
^(?:mỗi|từng)\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|sở|ngành|phòng|đơn\s+vị|cơ\s+quan|địa\s+phương|thôn|bản|tổ\s+dân\s+phố|khu\s+phố|trường|chi\s+bộ|hội|đoàn\s+thể|doanh\s+nghiệp)\b

# A numbered topic heading: "1. Về công tác giải phóng mặt bằng", "b) Đối
# với các dự án chậm tiến độ". A capitalized line under it starts the first
# item, even in a text whose single line breaks are wraps. Optional section.
[regex topic_heading]
^(?:\d+(?:\.\d+)*[.)]|(?-i:[IVXLC]+)[.)]|(?-i:[a-zđ])[).])\s+(?:về|đối\s+với|lĩnh\s+vực)(?:\s+[^\s.;:!?]+){1,15}$
# "a) Về kiến nghị của bà A, phường B đề nghị …:", "2. Đối với ý kiến của hộ ông C
# phản ánh …:": a label of a citizen's request ended by its colon, its tasks
# on the lines below (joined, the request would read as the item's own)
^(?:\d+(?:\.\d+)*[.)]|(?-i:[IVXLC]+)[.)]|(?-i:[a-zđ])[).])\s+(?:về|đối\s+với)\s[^:;.!?]*\b(?:đề\s+nghị|kiến\s+nghị|phản\s+ánh)\b[^:;.!?]*:$
# "1. Đánh giá chung", "1. Kết quả đạt được": an assessment part's title;
# "5. Chế độ báo cáo", "IV. Chế độ thông tin, báo cáo": a plan's reporting
# part, whose next line is its task with its own doer ("Ban Thường trực …
# tổng hợp …, báo cáo …"), no report sent to that doer
^(?:\d+[.)]|(?-i:[IVXLC]+)[.)])\s+(?:đánh\s+giá|kết\s+quả|tình\s+hình|thực\s+trạng|chế\s+độ)(?:\s+[^\s.;:!?]+){0,7}\s*:?$
# "1. Khái quát chung", "3. Kết luận", "2. Nhận xét, đánh giá", "I. Nhận xét
# chung", "4. Kiến nghị biện pháp xử lý": the titles of an inspection conclusion's parts
^(?:\d+[.)]|(?-i:[IVXLC]+)[.)])\s+(?:khái\s+quát(?:\s+chung)?|nhận\s+xét(?:\s+chung|\s*(?:,|và)\s*(?:đánh\s+giá|kết\s+luận))?|kết\s+luận(?:\s+(?:chung|thanh\s+tra|kiểm\s+tra))?|kiến\s+nghị(?:\s*,?\s*(?:các\s+)?(?:biện\s+pháp|xử\s+lý)(?:\s+[^\s.;:!?]+){0,4})?)\s*:?$
# "Một là, ưu điểm", "2. Hạn chế, khuyết điểm", "b) Vi phạm": a part of an
# inspection's findings, however numbered
^(?:\d+[.)]|(?-i:[IVXLC]+)[.)]|(?-i:[a-zđ])[).]|(?-i:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]|thứ\s+(?-i:nhất|hai|ba|tư|năm|sáu))\s*(?:về\s+)?(?:những\s+|một\s+số\s+)?(?:ưu\s+điểm|khuyết\s+điểm|vi\s+phạm|hạn\s+chế|tồn\s+tại|nguyên\s+nhân|yếu\s+kém|thiếu\s+sót)(?:\s*(?:,|và)\s*(?:những\s+)?(?:ưu\s+điểm|khuyết\s+điểm|vi\s+phạm|hạn\s+chế|tồn\s+tại|nguyên\s+nhân|yếu\s+kém|thiếu\s+sót))*(?:\s+(?:chủ\s+yếu|chính|đạt\s+được|cần\s+khắc\s+phục))?\s*:?$

# A phrase that links a new sentence to the one before ("Đồng thời, Sở …",
# "Ngoài ra, UBND các huyện …"): where a line ending a sentence is followed
# by a line opening so and then a body, in a copy not hard-wrapped, the
# line break is a paragraph break; so is one opening so and then a task
# verb ("Đồng thời sửa chữa ngay đường công vụ …", the comma left out too).
# Optional section.
[regex paragraph_link]
^(?:cùng\s+với\s+đó|bên\s+cạnh\s+đó|đồng\s+thời|ngoài\s+ra)\s*,\s*
^đồng\s+thời\s+

# A round opening a line after a sentence's end, then a task verb ("Định kỳ
# trước ngày 25 hằng tháng báo cáo kết quả …", "Hằng quý, tổng hợp …"):
# in a copy not hard-wrapped, a paragraph of its own. Optional section.
[regex paragraph_time]
^(?:định\s+kỳ\s*,?\s*)?(?:(?:trước|vào)\s+ngày\s+\d{1,2}\s+)?(?:hằng|hàng|mỗi)\s+(?:tháng|quý|tuần|năm)\s*,?\s*

# A field of a plan's item on a line of its own ("1. Nội dung: Ban hành …" ⏎
# "Đơn vị chủ trì: Phòng …" ⏎ "Đơn vị phối hợp: …" ⏎ "Thời gian hoàn thành:
# Tuần 3 tháng 10/2025", a table flattened to labelled lines): each opens a
# paragraph, not the line before's wrap. Optional section.
[regex field_line]
^(?:đơn\s+vị|cơ\s+quan)\s+(?:chủ\s+trì|phối\s+hợp)(?:\s+thực\s+hiện)?\s*:|^thời\s+(?:gian|hạn)\s+(?:hoàn\s+thành|thực\s+hiện)\s*:
