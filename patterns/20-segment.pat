# Segmentation rules: item markers, section headings, closing parts.
# Marker regexes are matched at the start of a paragraph (key text) and must
# capture the printed label in a group named `label`; the marker ends where the
# match ends.

[regex marker_roman]
# "I.", "II)", "III -", "IV/ " (a slash only before a space: "V/v …" is the
# subject line of an official letter, "về việc")
^(?-i:(?P<label>[IVX]{1,5}))\s*(?:[.)-]|/\s)\s*

[regex marker_arabic]
# "1.", "2)", "3 - ", "1- ", "1/ " (a slash or dash only before a space:
# "15/4/2026" is a date, "1-2 ngày" a range); "l.2." is "1.2." as OCR
# reads it (a lower-case L for 1, only before ".digit": "l." alone is the
# letter item l)
^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3}|(?-i:l)(?:\.\d{1,2}){1,3})(?:\.\s*|\)\s*|\s*-\s+|/\s+)

[regex marker_letter]
# "a)", "b.", "c/ ", "d- " (old typescripts)
^(?-i:(?P<label>[a-zđ]))\s*[)./-]\s+

[regex marker_bullet]
^(?P<label>[-+•*◦▪●>])\s*

[regex marker_ordinal]
# (also the steps of a plan: "Bước 1 - Thành lập Ban chỉ đạo …", "Bước 2: …")
^(?P<label>thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})|bước\s+\d{1,2})(?:\s*[:.)]|\s+[-–])\s*
# a step whose time stands in brackets before its colon ("Bước 1 (tháng 5 -
# tháng 6/2022): Xây dựng văn kiện …"): the marker ends before the bracket,
# which stays in the item's text as its deadline
^(?P<step>bước\s+\d{1,2})\s*\(

# "Thứ hai, UBND các huyện …:" with a comma: the number word in lower case
# ("Thứ Hai, ngày 20/11" is a weekday). Optional section.
[regex marker_ordinal_comma]
# Also "Một là, …", "Hai là, …" … "Mười là, …": the number word
# capitalized, then "là" and a comma or colon.
^(?P<label>thứ\s+(?-i:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?-i:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)\s*[,:]\s*

# A chapter or part of a regulation or plan: "Chương II", "Phần I", "Chương 3"
# over its title in capitals; read as a Roman-numbered part. Optional section.
[regex marker_chapter]
# (in words too, in old typescripts: "Phần thứ hai" over "NHIỆM VỤ VÀ GIẢI PHÁP")
^(?:chương|phần)\s+(?P<label>(?-i:[IVXLC]{1,6})|\d{1,2}|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\b\s*[.:-]?\s*

# A part lettered in capitals over its title in capitals: "A. ĐÁNH GIÁ KẾT
# QUẢ THÁNG 5", "B. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 6" (Roman parts under it);
# read as a Roman-numbered part. Optional section.
[regex marker_part]
^(?-i:(?P<label>[A-H]))\s*[.)]\s+

[regex marker_article]
^(?P<label>điều\s+\d{1,3})\s*[.:]\s*

[regex marker_paren]
^\((?P<label>\d{1,2}|(?-i:[ivx]{1,4}|[a-zđ]))\)\s*

# Inline enumerations inside one item: "(i) …; (ii) …", "a) … b) …".
[regex inline_enum]
(?:^|[;:.]\s*|\s)\((?-i:i{1,3}|iv|v|vi{1,3}|[a-zđ]|\d{1,2})\)\s+
# ("…: i) …; ii) …; iii) …", and letters after a sentence's end: "… kinh phí. a) …. b) …")
(?:^|[;:]\s*|\.\s+)(?-i:ii|iii|iv|vi|vii|viii|[a-zđ]|\d{1,2})\)\s+
(?:^|[;:.]\s*)thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]\s+
# A bullet flattened into the line by a PDF copy: "1. Về dự toán • Phòng Tài chính … • Các phòng …"
(?:^|\s)•\s+
# The first lettered item flattened after a heading that names its body: "1. Chi cục Thuế khu vực a) Rà soát …; b) …"
\s(?-i:a)\)\s+(?-i:\p{Lu})
# A plus item flattened after a heading that names its body: "2. Phòng Tài chính - Kế hoạch + Tham mưu …; + Phối hợp …"
(?:^|[;:.]\s*|\s)\+\s+(?-i:\p{Lu})

# Heading text of a part that holds directives (matched on the heading text).
[regex section_directive]
^(?:các\s+|một\s+số\s+|những\s+)?(?:nhiệm\s+vụ|giải\s+pháp|tổ\s+chức\s+thực\s+hiện|phân\s+công|kiến\s+nghị|đề\s+xuất|kết\s+luận|chỉ\s+đạo|yêu\s+cầu\s+(?:cụ\s+thể|đối\s+với)|nội\s+dung\s+(?:(?:công\s+tác|công\s+việc|nhiệm\s+vụ)\s+)?(?:thực\s+hiện|chỉ\s+đạo|kết\s+luận|hoạt\s+động|trọng\s+tâm|chủ\s+yếu|cụ\s+thể|triển\s+khai)|hoạt\s+động\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|chính))
^(?:về\s+)?(?:các\s+|một\s+số\s+|những\s+)?(?:nhiệm\s+vụ|giải\s+pháp|kiến\s+nghị|đề\s+xuất)
# "B. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 6", "Phương hướng nhiệm vụ quý IV"
^phương\s+hướng\s*(?:,|và)?\s*(?:nhiệm\s+vụ|giải\s+pháp)
# What a complaint's or an inspection's ruling orders: "IV. BIỆN PHÁP XỬ LÝ
# THEO THẨM QUYỀN", "KIẾN NGHỊ BIỆN PHÁP XỬ LÝ", "Biện pháp khắc phục"
^(?:kiến\s+nghị\s*(?:,|và)?\s*)?(?:các\s+)?biện\s+pháp\s+(?:xử\s+lý|khắc\s+phục|giải\s+quyết)\b
# "Chương II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN" (a regulation's duties)
^trách\s+nhiệm\s+(?:của\s+các|thực\s+hiện)\b
# "II. NỘI DUNG, NHIỆM VỤ", "Nội dung và giải pháp"
^nội\s+dung\s*(?:,|và)\s*(?:nhiệm\s+vụ|giải\s+pháp)
# What is to be done and by when: "IV. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN",
# "NỘI DUNG, LỘ TRÌNH TRIỂN KHAI", "Nội dung và thời hạn hoàn thành" (an
# inspection's "NỘI DUNG, THỜI GIAN, THÀNH PHẦN" sets no tasks)
# "III. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN" (a plan's steps by date)
# "I. CÔNG VIỆC VÀ TIẾN ĐỘ" (the work of a plan and when it is due)
^(?:nội\s+dung|công\s+việc)\s*(?:,|và)\s*(?:tiến\s+độ|lộ\s+trình|(?:thời\s+gian|thời\s+hạn)\s+(?:hoàn\s+thành|thực\s+hiện))\b
# What a phương án has the bodies do: "III. PHƯƠNG ÁN ỨNG PHÓ", "Phương án
# xử lý", "Phương án sơ tán, di dời dân" (the title of the document alone,
# "PHƯƠNG ÁN", is no part)
^(?:các\s+)?phương\s+án\s+(?:ứng\s+phó|xử\s+lý|triển\s+khai|thực\s+hiện|tổ\s+chức|phòng\s+(?:chống|ngừa)|phòng\s*,\s*chống|bảo\s+đảm|đảm\s+bảo|khắc\s+phục|sơ\s+tán|di\s+dời|cứu\s+hộ|cứu\s+nạn|hành\s+động)\b
# A plan's schedule of the work: "2. Lịch tuyển sinh", "Lịch thực hiện",
# "Tiến độ thực hiện", "Thời gian và tiến độ triển khai"
^(?:lịch|tiến\s+độ)\s+(?:tuyển\s+sinh|thi|thực\s+hiện|triển\s+khai|tổ\s+chức|kiểm\s+tra|công\s+tác|làm\s+việc|trực)\b
^(?:thời\s+gian\s*(?:,|và)\s*)?tiến\s+độ\s+(?:thực\s+hiện|triển\s+khai)\b
# the steps a plan takes, one task each ("II. Các bước tiến hành:" over
# "Bước 1 - Thành lập Ban chỉ đạo …")
^(?:các\s+)?bước\s+(?:tiến\s+hành|thực\s+hiện|triển\s+khai|chuẩn\s+bị)\b

# A plan's bare content part ("II. NỘI DUNG", "III. Nội dung:"): its items
# are the plan's tasks when a part of the same level before it set the plan's
# purposes or requirements ("I. MỤC ĐÍCH, YÊU CẦU"); elsewhere (a report, a
# topic of a part) it stays a topic. Matched on the heading text. Optional section.
[regex content_part]
^nội\s+dung\s*:?$

# Heading text of a part that holds no directives: assessment, purposes, targets.
[regex section_other]
^(?:i+\.\s*)?(?:về\s+(?:những\s+)?(?:tồn\s+tại|hạn\s+chế|ưu\s+điểm|nguyên\s+nhân)|nguyên\s+nhân|đánh\s+giá|kết\s+quả|tình\s+hình|mục\s+đích|mục\s+tiêu|đối\s+tượng|yêu\s+cầu$|quan\s+điểm|căn\s+cứ|sự\s+cần\s+thiết|phạm\s+vi|thực\s+trạng|bối\s+cảnh|những\s+kết\s+quả|ưu\s+điểm|hạn\s+chế|tồn\s+tại)
# An article that only sets when the text takes effect: "Điều 3. Hiệu lực thi hành"
^(?:hiệu\s+lực\s+thi\s+hành|điều\s+khoản\s+thi\s+hành|hiệu\s+lực)$
# A regulation's general part: "Chương I. QUY ĐỊNH CHUNG", "Nguyên tắc phối hợp"
^(?:quy\s+định\s+chung|nguyên\s+tắc(?:\s+[^\s.;:]+){0,3}|giải\s+thích\s+từ\s+ngữ)$
# A plan's funding part: "IV. KINH PHÍ", "V. Kinh phí thực hiện"
# What a citizen claims in a complaint, a denunciation or a petition ("I.
# NỘI DUNG KHIẾU NẠI", "NỘI DUNG TỐ CÁO", "Tóm tắt nội dung đơn"): the
# claims are told, no one is asked.
^(?:tóm\s+tắt\s+)?nội\s+dung\s+(?:(?:đơn|vụ\s+việc)\s+)?(?:khiếu\s+nại|tố\s+cáo|kiến\s+nghị\s+của\s+công\s+dân|phản\s+ánh|đơn)\b
^(?:nguồn\s+)?kinh\s+phí(?:\s+thực\s+hiện)?$

# A part of an inspection's conclusion that states its findings ("III. KẾT
# LUẬN", "NHẬN XÉT, KẾT LUẬN"): an assessment when a later part of the same
# level holds the remedies ("IV. KIẾN NGHỊ, BIỆN PHÁP XỬ LÝ"). Optional section.
[regex findings_part]
^(?:nhận\s+xét\s*(?:,|và)\s*)?kết\s+luận(?:\s+(?:chung|thanh\s+tra|kiểm\s+tra))?\s*:?$

# A bare "YÊU CẦU" part: the remedies asked for when it follows the results
# of an inspection ("I. KẾT QUẢ KIỂM TRA" ⏎ "II. YÊU CẦU"); a plan's
# requirements after its purposes otherwise, and after its results too when
# a task part of its own comes later ("I. KẾT QUẢ NĂM 2021" ⏎ "II. YÊU CẦU" ⏎
# "III. NHIỆM VỤ CỤ THỂ", a title `task_title_for` reads). Optional section.
[regex request_part]
^(?:các\s+)?yêu\s+cầu\s*:?$

# The title of a numbered part of an inspection's findings, however numbered
# ("Một là, ưu điểm", "Hai là, vi phạm, khuyết điểm", "2. Hạn chế, tồn tại
# và nguyên nhân", "a) Khuyết điểm:"), matched on the text after the marker:
# an assessment part, its sub-items findings too, until a part that assigns
# work ("Ba là, xử lý và khắc phục"). Optional section.
[regex findings_title]
^(?:về\s+)?(?:những\s+|một\s+số\s+)?(?:ưu\s+điểm|khuyết\s+điểm|vi\s+phạm|hạn\s+chế|tồn\s+tại|nguyên\s+nhân|yếu\s+kém|thiếu\s+sót)(?:\s*(?:,|và)\s*(?:những\s+)?(?:ưu\s+điểm|khuyết\s+điểm|vi\s+phạm|hạn\s+chế|tồn\s+tại|nguyên\s+nhân|yếu\s+kém|thiếu\s+sót))*(?:\s+(?:chủ\s+yếu|chính|đạt\s+được|cần\s+khắc\s+phục))?\s*:?$
# "1. Khái quát chung" (the inspected body described), "2. Nhận xét, đánh
# giá", "Kết quả kiểm tra, xác minh" (what the inspectors found)
^(?:khái\s+quát(?:\s+chung)?|nhận\s+xét(?:\s*(?:,|và)\s*đánh\s+giá)?|kết\s+quả\s+(?:kiểm\s+tra|thanh\s+tra|xác\s+minh)(?:\s*(?:,|và)\s*(?:kiểm\s+tra|xác\s+minh))?)\s*:?$

# The headings of an assessment part (their paragraphs become `assessment`).
[regex section_assessment]
^(?:đánh\s+giá|kết\s+quả|tình\s+hình|thực\s+trạng|những\s+kết\s+quả)
# "I. Nhận xét chung", "Nhận xét, đánh giá": what an inspection found;
# "I. Nhận định: Quý I/2018, …": how the period went, as the chair sees it
^nhận\s+(?:xét|định)\b

# Closing formulas: not directives. A paragraph is a closing formula when
# it matches `closing` (formulas that open the paragraph) or `closing_end`
# (formulas that end the notice with its `./.` mark). Keep every rule of
# `closing_end` ending in `$`: then it is searched backwards from the
# paragraph's end and gives up after a few bytes on the paragraphs that do not
# end so, instead of scanning every paragraph of the notice.
[regex closing_end]
^(?:văn\s+phòng|ủy\s+ban|ubnd)\b(?:[^.]|\.\d)*?\bthông\s+báo\b(?:[^.]|\.\d)*?\b(?:biết|thực\s+hiện)\b(?:[^.]|\.\d)*?\./\.\s*$
# The same formula as one sentence without "./.", as Party offices write it,
# whoever sends it: "Ban Thường vụ Hội Nông dân tỉnh thông báo để … biết, thực
# hiện.", "Văn phòng Tỉnh ủy thông báo kết luận của đồng chí Trưởng Ban Chỉ đạo để …"
# (with the notice's "./." mark too, from whichever office issues it:
# "Phòng Tham mưu thông báo kết luận của đồng chí Giám đốc để các đơn vị
# biết, thực hiện./.", "Văn phòng Sở thông báo để các phòng biết, phối hợp
# thực hiện./.")
^[^.]*\bthông\s+báo(?:\s+(?:nội\s+dung\s+|ý\s+kiến\s+)?(?:kết\s+luận|chỉ\s+đạo)\b[^.]*?)?\s+(?:để|đến)\b[^.]*\b(?:biết|thực\s+hiện)\s*(?:\./\.|\.)?\s*$
\bthông\s+báo\s+(?:để|đến)\b(?:[^.]|\.\d)*?\b(?:biết|thực\s+hiện)\s*\./\.\s*$
# (also with the issuing committee as its subject: "UBND huyện yêu cầu các cơ
# quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.", set right
# after the last item: a closing, not that item's paragraph)
^(?:(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|thị\s+trấn)\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+(?:thủ\s+trưởng|giám\s+đốc|các|chủ\s+tịch)(?:[^.]|\.\d)*?\b(?:nghiêm\s+túc|triển\s+khai)\b(?:[^.]|\.\d)*?\b(?:thực\s+hiện|(?:chỉ\s+thị|kế\s+hoạch|thông\s+báo|công\s+văn|văn\s+bản|phương\s+án|công\s+điện|hướng\s+dẫn|chương\s+trình|quyết\s+định)\s+này)\s*\./\.\s*$
# With what to do when stuck after it: "Yêu cầu Thủ trưởng các cơ quan, …
# nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn,
# vướng mắc kịp thời báo cáo UBND huyện để được hướng dẫn./."
^(?:đề\s+nghị|yêu\s+cầu)\s+(?:thủ\s+trưởng|giám\s+đốc|các|chủ\s+tịch)(?:[^.]|\.\d)*?\b(?:nghiêm\s+túc|triển\s+khai)\b(?:[^.]|\.\d)*?\bthực\s+hiện\s*[;,]\s*(?:trong\s+quá\s+trình|quá\s+trình|nếu)\b(?:[^.]|\.\d)*?\b(?:khó\s+khăn|vướng\s+mắc)\b(?:[^.]|\.\d)*\./\.\s*$

# "… đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm, chỉ đạo thực hiện./."
# (with what the notice asked as object: "… đề nghị UBND huyện và các cơ quan,
# đơn vị liên quan quan tâm thực hiện các kiến nghị nêu trên./.")
\b(?:đề\s+nghị|yêu\s+cầu)\b[^.]*\bquan\s+tâm\s*,?\s*(?:chỉ\s+đạo\s*,?\s*)?(?:triển\s+khai\s+|tổ\s+chức\s+)?thực\s+hiện(?:\s+(?:các\s+)?(?:kiến\s+nghị|nội\s+dung|đề\s+xuất|đề\s+nghị)(?:\s+(?:nêu\s+)?trên)?)?\s*\./\.\s*$
# The execution article of a decision: "Điều 3. Chánh Văn phòng …, Chủ tịch
# UBND các xã chịu trách nhiệm thi hành Quyết định này.", "… căn cứ Quyết
# định thi hành.", with the effective date after it or not.
\b(?:chịu\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thi\s+hành|căn\s+cứ\s+(?:quyết\s+định|chỉ\s+thị|nghị\s+quyết)(?:\s+này)?\s+(?:để\s+)?thi\s+hành)(?:\s+(?:quyết\s+định|chỉ\s+thị|nghị\s+quyết)\s+này)?\s*\.?(?:/\.)?(?:\s*(?:quyết\s+định|chỉ\s+thị|nghị\s+quyết)(?:\s+này)?\s+có\s+hiệu\s+lực\b[^.]*\.(?:/\.)?)?\s*$
# "Sở Y tế kính đề nghị UBND các huyện quan tâm chỉ đạo; yêu cầu Thủ trưởng
# các đơn vị nghiêm túc triển khai thực hiện./."
\bđề\s+nghị\b[^.;]*\bquan\s+tâm\s*,?\s*chỉ\s+đạo\s*[;,]\s*(?:đồng\s+thời\s+)?yêu\s+cầu\b[^.;]*\b(?:nghiêm\s+túc|triển\s+khai)\b[^.;]*\bthực\s+hiện\s*\./\.\s*$
# "Nhận được thông báo, đề nghị các bộ phận, thôn nghiêm túc thực hiện./."
^nhận\s+được\s+(?:thông\s+báo|văn\s+bản|công\s+văn|kế\s+hoạch)(?:\s+này)?\s*,[^.]*\bthực\s+hiện\s*\./\.\s*$

[regex closing]
^trên\s+đây\s+là
^(?:trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện)|quá\s+trình\s+(?:triển\s+khai|thực\s+hiện))\s*,?\s*(?:nếu\s+)?có\s+(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh)
# a help line: whom to call when stuck ("Trường hợp có vướng mắc, đề nghị
# liên hệ Vụ Kế hoạch - Tài chính (số điện thoại …)", "Nếu có khó khăn,
# vướng mắc, các đơn vị liên hệ Phòng … để được hướng dẫn"), or where to
# send word ("Mọi thông tin phản ánh, đề nghị liên hệ Phòng Quản lý nước …,
# điện thoại …", "Mọi thắc mắc xin liên hệ …"): no work. Only
# with "liên hệ": "Trường hợp có khó khăn, UBND các xã báo cáo …" is left to
# the extraction.
^(?:(?:trường\s+hợp|nếu)\s+có\s+(?:khó\s+khăn|vướng\s+mắc)|mọi\s+(?:thông\s+tin|chi\s+tiết|ý\s+kiến|thắc\s+mắc|vướng\s+mắc)|(?:thông\s+tin\s+)?chi\s+tiết)[^.;:]*?\sliên\s+hệ\b
^(?:nghị\s+quyết|chỉ\s+thị|quyết\s+định|kế\s+hoạch)\s+này\s+(?:đã\s+được|có\s+hiệu\s+lực)
^điều\s+\d+\s*\.\s*(?:nghị\s+quyết|quyết\s+định)\s+này\s+(?:đã\s+được|có\s+hiệu\s+lực)
# an article on when the text takes effect, its title on a line of its own
# ("Điều 3. Hiệu lực thi hành" over "Nghị quyết này đã được … thông qua …")
^(?:điều\s+\d+\s*\.\s*)?hiệu\s+lực\s+thi\s+hành\s*\.?\s*(?:\n|$|(?:nghị\s+quyết|quyết\s+định)\s+này\b)
# a notice that replaces or repeals an earlier one ("Thông báo này thay thế
# Thông báo số 12/TB-UBND …", "Quyết định này bãi bỏ …"): no work
^(?:nghị\s+quyết|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|công\s+văn)\s+này\s+(?:thay\s+thế|bãi\s+bỏ)\b

# A paragraph that opens with a closing sentence and then hands out work of
# its own ("Chỉ thị này có hiệu lực kể từ ngày ký. Giao Công an tỉnh theo dõi,
# đôn đốc việc thực hiện Chỉ thị này, định kỳ hằng quý báo cáo …"): not a
# closing; the extraction reads the work after the first sentence. Optional
# section.
[regex closing_then_assigns]
^(?:nghị\s+quyết|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+báo|công\s+văn)\s+này\s+(?:đã\s+được|có\s+hiệu\s+lực)[^.]*\.\s+(?:đồng\s+thời\s*,?\s*)?giao\s

# Where the recipients list starts; everything after is recipients and signature.
[regex recipients_start]
^nơi\s+nhận\b

# Signature block lines (delegation and position).
[regex signature_line]
^(?:kt|tm|tl|q|ktl)\s*\.\s*\p{Lu}
^(?-i:K/T|T/M|T/L|KT|TM|TL)\s+\p{Lu}{2,}
^(?-i:(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG|BỘ\s+TRƯỞNG|TRƯỞNG\s+BAN|CHỦ\s+NHIỆM|THỦ\s+TRƯỞNG))\s*$

# An appendix after the signature: tables of tasks, or a document the
# decision issues ("KẾ HOẠCH Lập lại trật tự … (Ban hành kèm theo Quyết định
# số 4521/QĐ-UBND …)"), read as one of its own.
[regex appendix_heading]
^(?-i:PHỤ\s+LỤC|DANH\s+MỤC\s+(?:CÁC\s+)?NHIỆM\s+VỤ)
^(?-i:KẾ\s+HOẠCH|PHƯƠNG\s+ÁN|QUY\s+CHẾ|QUY\s+ĐỊNH|CHƯƠNG\s+TRÌNH|HƯỚNG\s+DẪN|ĐỀ\s+ÁN)\b[^\n]*?\bkèm\s+theo\b

# The end of a sentence in which the one who chairs concludes ("…, Chủ tịch
# UBND phường kết luận như sau:"): its subject is the speaker, handed down to
# no item (bodies it asks still are). Optional section.
[regex conclusion_cue]
\b(?:kết\s+luận|ý\s+kiến\s+chỉ\s+đạo|có\s+ý\s+kiến|chỉ\s+đạo|thông\s+báo|kiến\s+nghị)(?:\s+(?:như\s+sau|sau\s+đây|một\s+số\s+nội\s+dung(?:\s+sau)?|các\s+nội\s+dung\s+sau))?\s*:$

# The opening of a news article's lead (optional section): the outlet's tag
# ("(Baoquangngai.vn)- ", "(Chinhphu.vn) - ", "TTO - ", "VOV.VN - "), or a
# report that a leader has just issued a text ("Thủ tướng vừa ký ban hành
# Chỉ thị …", "Chủ tịch UBND tỉnh vừa có Công điện …").
[regex news_lead]
^\([^()\n]+\)\s*-\s
^(?-i:\p{Lu}[\p{Lu}.]*)(?:\.(?:vn|net|com))?\s*-\s
^[^.:;]*?\svừa\s+(?:ký\s+)?(?:ban\s+hành|có|gửi|ra)\s+(?:công\s+điện|chỉ\s+thị|văn\s+bản|công\s+văn|quyết\s+định|kế\s+hoạch|thông\s+báo)\b

# A sentence that introduces a list of tasks: the items after it inherit its bodies.
[regex intro_sentence]
(?:như\s+sau|sau\s+đây|như\s+sau\s+đây|(?:(?:các|những)\s+yêu\s+cầu|nội\s+dung|nhiệm\s+vụ|công\s+việc|giải\s+pháp|việc)\s+(?:trọng\s+tâm\s+|cụ\s+thể\s+|chủ\s+yếu\s+|chung\s+)?sau)\s*:$
^(?:cụ\s+thể|cụ\s+thể\s+là|trong\s+đó|gồm)\s*:$
# A bare lead-in label of its own over the items that follow ("Yêu cầu:",
# "Đề nghị:", "Giao:"), after each topic's findings, as often as it comes.
^(?:yêu\s+cầu|đề\s+nghị|giao|kết\s+luận|chỉ\s+đạo)\s*:$
# "… lãnh đạo, chỉ đạo thực hiện một số nội dung:", "… tập trung một số
# nhiệm vụ." (the items follow: "Thứ nhất, …")
\bmột\s+số\s+(?:nội\s+dung|nhiệm\s+vụ|việc)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|cấp\s+bách|cấp\s+thiết|trước\s+mắt))?(?:\s+sau)?\s*[.:]$
# counted: "… đề nghị BHXH tỉnh tập trung vào ba nhóm nhiệm vụ." (then "Thứ nhất, …")
\s(?:hai|ba|bốn|năm|sáu|bảy|tám|[2-9])\s+(?:nhóm\s+)?(?:nội\s+dung|nhiệm\s+vụ|giải\s+pháp)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|chính))?\s*[.:]$
# A news lead into the tasks, ended by a full stop: "…, đồng thời giao nhiệm
# vụ cụ thể cho từng sở, ngành, địa phương."
\bgiao\s+nhiệm\s+vụ\s+(?:cụ\s+thể\s+)?(?:cho\s+)?(?:từng|các|mỗi)\s[^.:;]+[.:]$
# "… Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể:" (the bodies head the paragraphs after)
\s(?:giao|phân\s+công)\s+nhiệm\s+vụ(?:\s+cụ\s+thể)?\s*:$
# A heading of the work to come: "Các nội dung cần triển khai:", "Nhiệm vụ tuần tới:"
^(?:các\s+|một\s+số\s+)?(?:nội\s+dung|nhiệm\s+vụ|công\s+việc)(?:\s+trọng\s+tâm)?\s+(?:cần|phải|sẽ|cần\s+phải)\s+(?:triển\s+khai|thực\s+hiện|tập\s+trung|làm)(?:\s+(?:ngay|trong\s+(?:thời\s+gian|tuần|tháng)\s+tới))?\s*:$
^(?:nhiệm\s+vụ|công\s+việc|phương\s+hướng)(?:\s*,\s*(?:nhiệm\s+vụ|giải\s+pháp))?(?:\s+trọng\s+tâm)?\s+(?:tuần|tháng|quý|năm|thời\s+gian|những\s+tháng\s+cuối\s+năm)(?:\s+tới|\s+sau)?\s*:$
# "… đề nghị các cơ quan, đơn vị tập trung thực hiện một số nhiệm vụ trọng tâm." (items follow),
# also counted: "… thực hiện tốt 4 nhóm nhiệm vụ trọng tâm.", "ba giải pháp chủ yếu sau:"
\b(?:một\s+số|các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nhóm\s+)?(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp|công\s+việc)\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể)(?:\s+(?:sau|sau\s+đây|như\s+sau))?\s*[.:]$
# "… đề nghị tỉnh tập trung vào các nhóm giải pháp:" (the groups follow)
\b(?:các|những|một\s+số|mấy)\s+nhóm\s+(?:giải\s+pháp|nhiệm\s+vụ|nội\s+dung|vấn\s+đề)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|chính))?\s*:$
# A leader's points in a news report: "… đề nghị thành phố lưu ý mấy vấn đề
# sau:", "… một số vấn đề sau:", "… ba điểm sau:" (then "Thứ nhất, …")
\b(?:một\s+số|mấy|các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:vấn\s+đề|điểm|việc)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|lớn))?\s+(?:sau|sau\s+đây|như\s+sau)\s*:$
# A resolution's article that hands its items to one body: "Giao Ủy ban nhân
# dân huyện tập trung chỉ đạo thực hiện:", "Đề nghị UBND thị xã triển khai:"
# (then "1. Hoàn thành …", "2. Tổ chức …", each that body's task)
^(?:giao|đề\s+nghị|yêu\s+cầu)\s[^.;:]*?\s(?:thực\s+hiện|triển\s+khai)(?:\s+(?:tốt|ngay|quyết\s+liệt|các\s+việc|các\s+nội\s+dung))?\s*:$
# "…, Chủ tịch UBND tỉnh yêu cầu:", "UBND tỉnh chỉ thị:": a subject, then the cue.
\S\s+(?:yêu\s+cầu|đề\s+nghị|chỉ\s+thị|chỉ\s+đạo|giao|kết\s+luận)\s*:$
# A regulator that announces its measures, then who must do what ("…, Cục
# Quản lý Dược thông báo:" ⏎ "1. Đình chỉ lưu hành …" ⏎ "2. Công ty … phải …"):
# a lead-in like "yêu cầu:" that hands its subject down to no item.
\S\s+thông\s+báo\s*:$
# A supervising body's lead-in over its recommendations ("Trên cơ sở kết quả
# giám sát, Ban Kinh tế - Ngân sách HĐND tỉnh kiến nghị:"): who does them is
# in the items ("1. Đối với UBND tỉnh: …").
\S\s+kiến\s+nghị\s*:$
# The cue, then whom it asks: "Từ kết quả thanh tra nêu trên, Chánh Thanh
# tra tỉnh kiến nghị Chủ tịch UBND tỉnh:" (the items are the asked one's)
# (the one asked named without a comma: "…, yêu cầu các địa phương khẩn
# trương, quyết liệt giải quyết …, cụ thể:" is a task)
^[^.;:]*\s(?:kiến\s+nghị|đề\s+nghị|yêu\s+cầu)\s+(?:chủ\s+tịch|giám\s+đốc|thủ\s+trưởng|ủy\s+ban|ubnd)\s[^.;:,]*:$

# A line of its own that hands out work with a subject of its own ("Bộ
# Nông nghiệp và Môi trường giao:", "Đồng thời, UBND tỉnh yêu cầu:"): after a
# numbered item that is a whole sentence it opens a list beside that item,
# not one under it (the item is a task, not the heading of the list).
# So does one after a purpose ("Để thực hiện các nhiệm vụ nêu trên, Bộ
# trưởng yêu cầu:" after "Bốn là, đổi mới …").
# Optional section.
[regex own_lead_in]
# a linking word, then the cue and its tasks, no subject: "Đồng thời, giao
# nhiệm vụ cụ thể:", "Bên cạnh đó, phân công cụ thể như sau:"
^(?:đồng\s+thời|bên\s+cạnh\s+đó|ngoài\s+ra)\s*,?\s*(?:giao|phân\s+công|yêu\s+cầu|đề\s+nghị)(?:\s+(?:nhiệm\s+vụ|các\s+nhiệm\s+vụ|cụ\s+thể|như\s+sau|(?:nhiệm\s+vụ\s+)?cụ\s+thể\s+như\s+sau))?(?:\s+cụ\s+thể)?\s*:$
^(?:(?:đồng\s+thời|bên\s+cạnh\s+đó|ngoài\s+ra)\s*,?\s*|để\s+(?:thực\s+hiện|triển\s+khai|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo|đạt)\s[^.;:,]*?,\s*)?[^.;:,]*?\S\s+(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|kết\s+luận|thông\s+báo|kiến\s+nghị)\s*:$

# The opening of a numbered item that assesses instead of asking ("1. Thời
# gian qua, các sở, ngành đã …"): no task unless it reads as one. Optional section.
[regex assessment_opening]
^(?:(?:trong\s+)?thời\s+gian\s+(?:vừa\s+)?qua|qua\s+(?:\d+\s+)?(?:năm|tháng|quý)\b|qua\s+(?:kiểm\s+tra|theo\s+dõi|báo\s+cáo|giám\s+sát|rà\s+soát|khảo\s+sát|thống\s+kê|tổng\s+hợp)|nhìn\s+chung|tuy\s+nhiên|bên\s+cạnh\s+(?:những\s+)?kết\s+quả|(?:trong\s+)?năm\s+\d{4}\s*,|\d+\s+tháng\s+đầu\s+năm)
# "Từ đầu mùa khô đến nay, mặn xâm nhập sâu …"
^từ\s+đầu\s+(?:năm|mùa|vụ|tháng|quý)\b[^.;:]*?\s(?:đến|tới)\s+nay\b
# a project's story to date: "Dự án được UBND tỉnh chấp thuận đầu tư năm
# 2009, đến nay mới hoàn thành 35% khối lượng; …"
^[^.;:]*?\snăm\s+\d{4}\s*,\s*(?:nhưng\s+)?(?:đến|tới)\s+nay\s+(?:mới|đã|vẫn|chưa|còn|chỉ)\b
# what an event did: "Mưa lớn kéo dài từ đêm 05 … đã gây sạt lở …"
^[^.;:]*?\s(?:đã|vừa)\s+(?:gây|làm\s+(?:sạt|hư|thiệt|chết|ngập|sập)|gây\s+ra|khiến)\b

# The title of a heading of items before "đối với" and the bodies it
# concerns ("1. Yêu cầu chung đối với các sở, ngành, UBND các huyện …",
# "Nhiệm vụ cụ thể đối với UBND các xã"): those bodies are the items' doers
# ("Tăng cường quản lý đối với các cơ sở …" names what is managed). Matched
# on the whole text before "đối với". Optional section.
[regex task_title_for]
^(?:các\s+|một\s+số\s+)?(?:yêu\s+cầu|nhiệm\s+vụ|giải\s+pháp|trách\s+nhiệm|nội\s+dung\s+thực\s+hiện)(?:\s*(?:,|và)\s*(?:nhiệm\s+vụ|giải\s+pháp|yêu\s+cầu))?(?:\s+(?:chung|cụ\s+thể|chủ\s+yếu|trọng\s+tâm))?$

# A paragraph that tells what came in before the directions: a text
# received ("Ngày 08/3/2022, UBND tỉnh nhận được Văn bản số … của Thanh tra
# tỉnh báo cáo …, đề nghị xem xét …"): the requests it tells are no tasks.
# Optional section.
[regex background_paragraph]
# An earlier instruction told as history: "Trước đó, tại cuộc họp … ngày
# 10/1, UBND tỉnh đã yêu cầu các chủ rừng hoàn thành … Đến nay, …"
^(?:trước\s+đó|trước\s+đây)\s*,[^.;]*?\sđã\s+(?:yêu\s+cầu|chỉ\s+đạo|giao|đề\s+nghị)\b
# What was done before, as news tells it after the directions: "Trước đó,
# trong năm 2011, Đà Nẵng đã thu hồi 18 dự án … để giao cho các nhà đầu tư
# khác." (the whole paragraph so: one sentence, past)
^(?:trước\s+đó|trước\s+đây)\s*,[^.;]*?\sđã\s[^.;]*\.?$
# The text sent out earlier to carry out a higher one's, with what it asked
# then ("Thực hiện Công văn số 286/SNV-CCHC …, ngày 05/6/2008 UBND huyện đã có
# Công văn số 388/UBND-NV yêu cầu các cơ quan, đơn vị báo cáo …, hạn gửi …")
^thực\s+hiện\s[^.;:]*?\sđã\s+(?:có|ban\s+hành|gửi)\s+(?:các\s+)?(?:công\s+văn|văn\s+bản|thông\s+báo|kế\s+hoạch|quyết\s+định|chỉ\s+thị|công\s+điện)\b
# What the hosts told a visiting delegation: "Báo cáo với đoàn, lãnh đạo
# UBND huyện cho biết, …", "Báo cáo tại buổi làm việc, Giám đốc Sở thông tin …"
^báo\s+cáo\s+(?:với|tại)\s[^.;:,]*,[^.;:]*?\s(?:cho\s+biết|thông\s+tin|nêu\s+rõ|phản\s+ánh)\b
^(?:(?:ngày|vào\s+ngày)\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\s*,\s*)?[^.;:,]*?\s(?:đã\s+)?(?:nhận\s+được|tiếp\s+nhận)\s+(?:các\s+)?(?:văn\s+bản|công\s+văn|tờ\s+trình|báo\s+cáo|đơn|thư|kiến\s+nghị|phản\s+ánh)\b
# A text issued on a past day, with the requests it made ("Ngày 28/6/2022,
# Kiểm toán nhà nước ban hành Báo cáo kiểm toán …, trong đó kiến nghị …")
^(?:ngày|vào\s+ngày)\s+\d{1,2}[/-]\d{1,2}[/-]\d{4}\s*,\s*[^.;:,]*?\s(?:đã\s+)?(?:ban\s+hành|có|gửi)\s+(?:các\s+)?(?:báo\s+cáo|kết\s+luận|văn\s+bản|công\s+văn|thông\s+báo|quyết\s+định|tờ\s+trình)\b
# Where things stand by someone's report ("Theo báo cáo của Sở Tài chính, đến
# ngày 31/8/2022 các cơ quan, đơn vị mới thực hiện được 54% …")
^theo\s+(?:báo\s+cáo|số\s+liệu|kết\s+quả\s+(?:kiểm\s+tra|thanh\s+tra|rà\s+soát))\b[^.;:]*?,[^.;:]*?\s(?:đã|mới|chỉ|chưa)\s

# Seasons that open a paragraph telling where they stand, in figures,
# before a letter's requests ("Vụ Đông Xuân 2025 - 2026, vùng Đồng bằng sông
# Cửu Long xuống giống khoảng 1,48 triệu ha, dự kiến thu hoạch rộ …", "Mùa
# khô năm 2026, toàn tỉnh có khoảng 3.000 ha lúa có nguy cơ thiếu nước …"):
# background, no task, when the season and its year end at a comma, a
# figure follows "khoảng", "ước" or "dự kiến", and the paragraph asks no one
# (no task modal, no cue that hands out work). Optional section.
[list season_opening]
vụ đông xuân
vụ hè thu
vụ thu đông
vụ xuân hè
vụ mùa
vụ chiêm
vụ lúa
mùa mưa
mùa khô
mùa lũ
mùa mưa bão
mùa thu hoạch
niên vụ

# The opening of a numbered item that reports where things stand, even with
# doers named in it ("1. Tính đến ngày 05/5/2019, bệnh … đã xuất hiện …",
# "1. Trong quý I năm 2014, các cấp ủy … đã tập trung …", "1. Năm 2016 là
# năm đầu tiên …", "1. Dịch COVID-19 đã tác động …", "1. Đến nay, 100% tổ
# chức cơ sở đảng đã …", "1. Thống nhất đánh giá tình hình …"): no task
# unless it asks someone (a body it assigns, a cue then a verb, "cần/phải").
# Optional section.
[regex assessment_item]
^tính\s+(?:đến|tới)\s+(?:ngày|hết|nay|thời\s+điểm|cuối)\b
^(?:đến|cho\s+đến|tới)\s+nay\s*,
^năm\s+\d{4}\s+là\s+năm\b
# What a project or a place counts, and what befell those counted ("Dự án
# có 412 hộ bị ảnh hưởng, trong đó 156 hộ phải di dời …")
^[^.;:,]*?\scó\s+(?:tổng\s+(?:số\s+)?)?\d[\d.,]*\s+[^.;:,]*?\s(?:bị|được|đã)\s
# (a count of months in words too: "Hai tháng đầu năm 2014, các lực lượng đã …")
# ("Trong 6 tháng đầu năm 2021, thực hiện Nghị định số …, toàn tỉnh đã chuyển đổi …")
# (or what befell, counted, without "đã": "Trong 5 tháng đầu năm 2024, trên
# địa bàn huyện xảy ra 2 vụ cháy rừng …", "Quý I/2025, toàn tỉnh ghi nhận 12
# ổ dịch …": an occurrence verb right before its count is a figure reported)
^(?:trong\s+|qua\s+)?(?:(?:quý|tháng)\s+[^\s,]+|(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|năm\s+\d{4})(?:\s+(?:năm\s+)?\d{4})?\s*,(?:[^.;]|\.\d)*?\s(?:(?:đã|đạt)\s|(?:xảy\s+ra|ghi\s+nhận|phát\s+hiện|phát\s+sinh)\s+\d)
^[^.;:,]*?\s(?:đã|vừa)\s+(?:tác\s+động|ảnh\s+hưởng)\b
# A crop season's results ("Vụ Hè Thu 2025, toàn xã xuống giống 3.420 ha
# lúa, năng suất bình quân ước đạt 6,1 tấn/ha; …"): the season, a comma,
# then what was done or is estimated reached, in its first clause
# ("Vụ Thu Đông 2025, các HTX xuống giống 1.500 ha" asks).
^(?:trong\s+|qua\s+)?vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|chiêm\s+xuân|mùa|chiêm|lúa\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|mùa))(?:\s+(?:năm\s+)?\d{4}(?:\s*-\s*\d{4})?)?\s*,(?:[^.;:]|\.\d)*?\s(?:đã|ước\s+(?:đạt|tính|thu\s+hoạch)|vẫn)\s
# The week just past, as a briefing reports it ("1. Trong tuần qua, các
# phòng, ban đã tập trung triển khai …; công tác thu ngân sách đạt 18,6% …")
^(?:trong\s+|qua\s+)?tuần\s+(?:vừa\s+)?qua\s*,(?:[^.;]|\.\d)*?\s(?:đã|đạt)\s
# What the subject has done, then what still lags ("1. Các đơn vị đã hoàn
# thành tổng kết năm 2025; tuy nhiên việc chuẩn bị … còn chậm")
^[^.;:]*?\sđã\s+(?:cơ\s+bản\s+)?(?:hoàn\s+thành|triển\s+khai|thực\s+hiện|tổ\s+chức|tập\s+trung|ban\s+hành|đạt)\b[^.:]*?[;,]\s*(?:tuy\s+nhiên|nhưng|song)\b
# (the shortcomings in a sentence of their own: "Thực hiện Kế hoạch số
# 96/KH-UBND …, đến nay đơn vị tư vấn đã hoàn thành điều tra 1.240 phiếu …;
# …. Tuy nhiên, việc thu thập … còn chậm; …")
^[^.;:]*?\sđã\s+(?:cơ\s+bản\s+)?(?:hoàn\s+thành|triển\s+khai|thực\s+hiện|tổ\s+chức|tập\s+trung|ban\s+hành|đạt)\b(?:[^.:]|\.\d)*?\.\s*(?:tuy\s+nhiên|song)\s*,[^.;:]*?\s(?:còn|chưa)\s
^(?:cơ\s+bản\s+)?thống\s+nhất\s+(?:với\s+)?(?:đánh\s+giá|nhận\s+định)\b
# What a service handled over a closed window, counted ("Từ ngày 01/7/2025
# đến ngày 15/9/2025, Trung tâm Phục vụ hành chính công xã tiếp nhận 863 hồ
# sơ, đã giải quyết 701 hồ sơ, còn 162 hồ sơ …"): a count of what was taken
# in or settled, then what was done or is left, reports (even after "… kết
# luận như sau:"); "Từ ngày …, Phòng X tiếp nhận hồ sơ …" asks.
^[^.;:]*?\s(?:tiếp\s+nhận|giải\s+quyết|thụ\s+lý)\s+(?:được\s+)?\d[\d.,]*\s[^.;:]*?,\s*(?:đã|còn|trong\s+đó)\s
# How the machinery runs after a first stretch, then what still lacks ("1.
# Sau một tháng vận hành, bộ máy chính quyền cấp xã … cơ bản hoạt động thông
# suốt. Toàn tỉnh đã bố trí …. Tuy nhiên, còn 23 xã …"): "cơ bản" or "đã"
# in the opening sentence, a "Tuy nhiên, còn/chưa" after it.
^[^.;:]*?\s(?:cơ\s+bản|đã)\s[^:]*?\.\s*tuy\s+nhiên\s*,\s*(?:còn|[^.;:]*?\s(?:còn|chưa))\s
# A result despite a setback ("1. Vụ Hè Thu 2021 tuy chịu ảnh hưởng của dịch
# COVID-19, việc thu hoạch … gặp khó khăn, nhưng toàn tỉnh vẫn xuống giống
# 187.450 ha …"): "tuy/mặc dù …, nhưng … vẫn/đã" tells what was done.
^(?:[^.;:,]*?\s)?(?:tuy|mặc\s+dù)\s(?:[^.;:]|\.\d)*?,\s*nhưng\s[^.;:,]*?\s(?:vẫn|đã)\s
# What carrying out an earlier text has done ("1. Thực hiện Kế hoạch số
# 05/KH-UBND ngày 05/01/2026 của UBND xã, công tác chuẩn bị bầu cử đã được
# triển khai đúng quy định: …"; the work as its subject: "…, UBND các xã rà
# soát các công trình đã hoàn thành" asks)
^thực\s+hiện\s+(?:các\s+)?(?:kế\s+hoạch|công\s+văn|chỉ\s+thị|nghị\s+quyết|quyết\s+định|thông\s+báo|văn\s+bản|chương\s+trình|hướng\s+dẫn|kết\s+luận)\b(?:[^.;:]|\.\d)*?,\s*(?:công\s+tác|việc|hoạt\s+động|các\s+(?:nội\s+dung|nhiệm\s+vụ|bước))\s[^.;:,]*?\s(?:đã|vừa)\s+(?:được\s+|cơ\s+bản\s+)?(?:triển\s+khai|thực\s+hiện|hoàn\s+thành|tổ\s+chức|ban\s+hành|đạt)\b
# A paragraph of results and their causes ("Thu ngân sách trên địa bàn đạt
# 68,2% dự toán; giải ngân vốn đầu tư công mới đạt 47,5%, thấp hơn bình quân
# chung của tỉnh. Nguyên nhân do …"), even right after "… kết luận:": a
# figure reached, then how it lags or why.
^[^.;:]*?\sđạt\s+(?:khoảng\s+|trên\s+|gần\s+|hơn\s+)?\d[\d,.]*\s*%[^:]*?(?:\bthấp\s+hơn\b|\bnguyên\s+nhân\s+(?:là|do|chủ\s+yếu)\b|\bcòn\s+chậm\b|\bchưa\s+đạt\b)
# (or the result, or the pace, judged in words before any figure: "1. Kết
# quả giải ngân 7 tháng chưa đạt yêu cầu đề ra; một số chủ đầu tư còn tâm lý
# chờ đợi …", "Tiến độ thu ngân sách còn chậm so với dự toán")
^(?:kết\s+quả|tiến\s+độ)\s[^.;:]*?\s(?:(?:chưa|mới|vẫn\s+chưa)\s+(?:đạt|đáp\s+ứng|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo)|còn\s+(?:chậm|thấp))\b
# A total and where it stands ("1. Tổng kế hoạch vốn năm 2024 Ban được
# giao là 1.284,6 tỷ đồng, đến ngày 30/6/2024 đã giải ngân …", "1. Tổng thu
# NSNN trên địa bàn 5 tháng đầu năm 2019 ước đạt …", "I. Tổng chiều dài
# tuyến đã bàn giao mặt bằng … là 19,4/27,3 km")
^tổng\s+(?:thu|chi|vốn|kế\s+hoạch\s+vốn|chiều\s+dài|diện\s+tích|số|giá\s+trị|dự\s+toán|mức\s+đầu\s+tư|kinh\s+phí|sản\s+lượng|kim\s+ngạch)\b[^.;:]*?\s(?:là|ước\s+đạt|ước\s+thực\s+hiện|đạt|đã|được)\s

# Words that make an introducing sentence hand out work (a run of tasks follows).
[regex run_cue]
\b(?:yêu\s+cầu|đề\s+nghị|giao|phân\s+công|kết\s+luận|ý\s+kiến\s+chỉ\s+đạo|chỉ\s+đạo\s+như|nhiệm\s+vụ|giải\s+pháp|quyết\s+nghị)\b
# "…, Chủ tịch UBND tỉnh chỉ đạo:" (elsewhere "chỉ đạo" names a board or a text)
\bchỉ\s+đạo\s*:\s*$
# "…, Cục Quản lý Dược thông báo:" before its numbered measures.
\S\s+thông\s+báo\s*:\s*$
# A Chỉ thị's "…, Chủ tịch UBND tỉnh chỉ thị:" / "… chỉ thị như sau:" opens
# its task part (elsewhere "Chỉ thị" names the text itself).
\bchỉ\s+thị(?:\s+như\s+sau)?\s*:\s*$
# "Các nội dung cần triển khai:", "Công việc phải làm ngay:"
\b(?:nội\s+dung|công\s+việc)(?:\s+trọng\s+tâm)?\s+(?:cần|phải|sẽ)\b

# A paragraph that asks for work without a leading verb ("… cần được …").
[regex task_modal]
^[^.;]{0,120}\b(?:cần|phải|cần\s+phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)\b

# Column headers of task tables (one header cell per line, matched whole).
[regex table_index]
^(?:stt|tt|số\s+tt|số\s+thứ\s+tự)\.?$
# a column that numbers the rounds or stages of a plan's work ("Đợt" over
# "Đợt 1", "Giai đoạn" over "Giai đoạn II")
^(?:đợt|giai\s+đoạn|bước)$

[regex table_task]
^(?:tên\s+nhiệm\s+vụ|nhiệm\s+vụ|nội\s+dung(?:\s+công\s+việc|\s+nhiệm\s+vụ|\s+thực\s+hiện|\s+hoạt\s+động)?|(?:tên\s+)?hoạt\s+động|công\s+việc|nhiệm\s+vụ,?\s+giải\s+pháp|tên\s+đề\s+án|tên\s+nhiệm\s+vụ,?\s+đề\s+án)$
# The column of a table of citizens' requests that answers them ("Ý kiến
# kết luận của Chủ tịch UBND tỉnh", "Ý kiến giải quyết"): its cells are tasks.
^ý\s+kiến\s+(?:kết\s+luận|chỉ\s+đạo|giải\s+quyết|trả\s+lời)(?:\s+(?:của|tại)\s[^.;:]+)?$
# The works of a table of projects held to milestones ("Công trình |
# Chủ đầu tư | Mốc tiến độ"): each row is the work on its project.
^(?:tên\s+)?(?:công\s+trình|dự\s+án)(?:\s*[,/]\s*(?:công\s+trình|dự\s+án|hạng\s+mục))?$

# "Cơ quan chủ trì", "Cơ quan, đơn vị chủ trì", "Đơn vị/cơ quan thực hiện",
# "Chủ trì thực hiện", "Cơ quan chịu trách nhiệm", "Đơn vị đầu mối".
[regex table_lead]
^(?:(?:cơ\s+quan|đơn\s+vị|người|bộ\s+phận)(?:\s*[,/]\s*(?:cơ\s+quan|đơn\s+vị|bộ\s+phận))?\s*)?chủ\s+trì(?:\s+thực\s+hiện)?$
^(?:cơ\s+quan|đơn\s+vị|người|bộ\s+phận)(?:\s*[,/]\s*(?:cơ\s+quan|đơn\s+vị|bộ\s+phận))?\s+(?:thực\s+hiện|đầu\s+mối|chịu\s+trách\s+nhiệm|chủ\s+trì\s+thực\s+hiện)$
^(?:trách\s+nhiệm\s+thực\s+hiện|chịu\s+trách\s+nhiệm)$
# the investor of a project in a table of works ("Chủ đầu tư")
^(?:đơn\s+vị\s+)?chủ\s+đầu\s+tư$

[regex table_cooperate]
^(?:(?:cơ\s+quan|đơn\s+vị)(?:\s*[,/]\s*(?:cơ\s+quan|đơn\s+vị))?\s*)?phối\s+hợp(?:\s+thực\s+hiện)?$

# "Thời gian hoàn thành", "Thời hạn", "Tiến độ thực hiện", "Mốc thời gian",
# "Thời gian dự kiến hoàn thành".
[regex table_deadline]
^(?:thời\s+gian|thời\s+hạn)(?:\s+dự\s+kiến)?(?:\s+hoàn\s+thành|\s+thực\s+hiện|\s+trình|\s+báo\s+cáo)?$
^(?:tiến\s+độ|thời\s+điểm)(?:\s+hoàn\s+thành|\s+thực\s+hiện)?$
^mốc\s+thời\s+gian(?:\s+hoàn\s+thành)?$
^(?:mốc|yêu\s+cầu)\s+(?:tiến\s+độ|hoàn\s+thành)$
^tiến\s+độ\s+yêu\s+cầu$

[regex table_other]
^(?:ghi\s+chú|sản\s+phẩm|kết\s+quả|hình\s+thức\s+văn\s+bản|kinh\s+phí|dự\s+kiến\s+sản\s+phẩm|cấp\s+trình|sản\s+phẩm\s+đầu\s+ra)$
# what an event plan lists under an activity ("- Quy mô: Khoảng 1.500 đại
# biểu", "- Địa điểm: …", "- Thành phần tham dự: …"): the activity's fields,
# no task of their own
^(?:quy\s+mô|địa\s+điểm|thành\s+phần(?:\s+tham\s+(?:dự|gia))?|hình\s+thức\s+tổ\s+chức)$

# Columns of a table of what citizens asked, told and no task: who asked
# ("Họ tên, địa chỉ công dân", "Người khiếu nại") and what ("Nội dung kiến
# nghị", "Nội dung đơn"). With such a column and an answer column the table
# holds tasks, whose cells name their doers. Optional section.
[regex table_petition]
^(?:họ\s+(?:và\s+)?tên|tên\s+công\s+dân|công\s+dân|người\s+(?:khiếu\s+nại|tố\s+cáo|kiến\s+nghị|phản\s+ánh|đề\s+nghị|gửi\s+đơn))(?:\s*[,/]\s*địa\s+chỉ)?(?:\s+(?:của\s+)?công\s+dân)?$
^(?:tóm\s+tắt\s+)?nội\s+dung\s+(?:đơn|kiến\s+nghị|khiếu\s+nại|tố\s+cáo|phản\s+ánh|đề\s+nghị)(?:\s*(?:,|và)\s*(?:kiến\s+nghị|phản\s+ánh|đề\s+nghị))?(?:\s+(?:của\s+)?công\s+dân)?$

# A row of a task table marked as done ("Tháng 4/2015 (đã thực hiện)",
# "(đã hoàn thành)"): work reported, no task. Optional section.
[regex table_row_done]
\(\s*đã\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai|xong)\s*\)

# A task table set one cell per line whose cells wrap over lines (a PDF's
# text): how a line opens a cell of its own (a body's head, a time word),
# and how a line ends with its cell going on (a joining word, a comma).
# Where a row has more lines than cells, the line breaks most like a wrap
# are joined. Optional sections.
[regex table_cell_start]
^(?:sở|phòng|ủy\s+ban|ubnd|ban|đài|báo|trung\s+tâm|công\s+ty|chi\s+cục|cục|bộ|hội|hợp\s+tác\s+xã|tỉnh\s+đoàn|huyện\s+đoàn|công\s+an|bộ\s+chỉ\s+huy|kho\s+bạc|ngân\s+hàng|bảo\s+hiểm|các\s+(?:sở|phòng|cơ\s+quan|đơn\s+vị)|từ|trước|trong|đến|tháng|quý|năm|hằng|hàng|định\s+kỳ|thường\s+xuyên|mùa|vụ|giai\s+đoạn)\b

# A line that ends a task table set one cell per line, though no row follows
# it: a note under the table ("Ghi chú: …", "Lưu ý: …", "(*) …"). (The
# closing formulas and "Nơi nhận" end it as well.)
[regex table_after]
^(?:ghi\s+chú|lưu\s+ý)\s*:
^\(\*+\)\s

[regex table_cell_goes_on]
(?:\s(?:và|của|các|cho|tại|trên|với|đến|từ|theo|về|thuộc|trong|những|được|đối\s+với)|[,;\-–])$
