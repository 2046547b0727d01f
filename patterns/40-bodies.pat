# Kinds of bodies (responsible, cooperating, report-to). Lexicons of KINDS of
# bodies, never of particular names: a head word opens a body name and the
# capitalized words after it (and a few lowercase ones) complete it.
# All lists are matched on whole words, case-insensitively.

# Heads that open a named body: "Sở Tài nguyên và Môi trường", "Phòng Nội vụ".
[list body_head]
Bộ
Sở
Ban
Phòng
Văn phòng
# the office of an agency, named by the agency: "Văn phòng cơ quan Ủy ban
# MTTQ tỉnh bảo đảm kinh phí …"
Văn phòng cơ quan
Ủy ban nhân dân
UBND
Ủy ban
UB
Hội đồng nhân dân
HĐND
# Councils of a task and departments of a ministry: "Hội đồng nghĩa vụ quân
# sự huyện", "Vụ Kế hoạch - Tài chính"
Hội đồng
Vụ
HDND
Thường trực
Thanh tra
Công an
Bộ Chỉ huy
Bộ Tư lệnh
Bộ đội Biên phòng
Kho bạc
Kho bạc Nhà nước
Kiểm toán Nhà nước
Thuế
Tòa án nhân dân
Đảng bộ
Chi cục
Cục
Tổng cục
Trung tâm
# A hospital's departments: "Khoa Khám bệnh", "Khoa Kiểm soát nhiễm khuẩn"
Khoa
# a named supermarket and a club doing the work: "Siêu thị Co.opmart Hà
# Đông tổ chức …", "Câu lạc bộ Doanh nhân Cựu chiến binh xã vận động …"
Siêu thị
Câu lạc bộ
Ban Quản lý
# ("Ban Quản lý dự án các công trình điện miền Trung": the projects it manages)
Ban Quản lý dự án
# with its trade written lower case: "Ban Quản lý dự án xây dựng huyện", "Ban Quản lý
# xây dựng nông thôn mới xã" ("xây dựng" is a verb elsewhere)
Ban Quản lý dự án xây dựng
Ban Quản lý xây dựng nông thôn mới
# firms by their form, written lower case: "Công ty cổ phần Nước sạch Bắc Ninh"
Công ty cổ phần
Công ty trách nhiệm hữu hạn
Công ty TNHH
Ban Chỉ đạo
Ban Chỉ huy
# a committee's sub-board: "Tiểu ban Văn kiện"
Tiểu ban
Ban Thường vụ
Ban Thường trực
Đài
Báo
Trường
Bệnh viện
Công ty
Tổng công ty
Tập đoàn
Hội
Hiệp hội
Liên hiệp
Liên đoàn
# national federations and associations: "Tổng Liên đoàn Lao động Việt Nam",
# "Tổng hội Y học Việt Nam" ("Tổng" alone is a total)
Tổng Liên đoàn
Tổng hội
Liên minh
Đoàn
Tỉnh đoàn
Thành đoàn
Huyện đoàn
# the youth union of a commune, ward or town ("phối hợp với Xã đoàn, Hội
# Cựu chiến binh xã"): no commune named "Đoàn"
Xã đoàn
Phường đoàn
Mặt trận Tổ quốc
Ủy ban Mặt trận Tổ quốc
UBMTTQ
MTTQ
Tỉnh ủy
Thành ủy
Huyện ủy
Quận ủy
Thị ủy
Đảng ủy
Đảng đoàn
Ban cán sự đảng
Chi bộ
Công đoàn
Viện
Viện Kiểm sát
Tòa án
Ngân hàng
# Banks known by their brand alone, a head of their own: "Ngân hàng Chính
# sách xã hội tỉnh và Agribank Chi nhánh Bắc Kạn" are two bodies, the "và"
# before the brand joins bodies, not words of one name.
Agribank
Vietcombank
VietinBank
BIDV
Sacombank
Techcombank
LienVietPostBank
Quỹ
Bảo hiểm xã hội
Hạt Kiểm lâm
# road, dyke and forest wardens: "Hạt Quản lý đường bộ Thanh Hóa", "Hạt Quản lý đê Tam Nông"
Hạt
Hạt Quản lý đường bộ
Hạt Quản lý đê
Hạt Quản lý đê điều
Hạt Quản lý đường sông
# state-owned works: "Xí nghiệp Thủy lợi Quỳnh Lưu"
Xí nghiệp
Kiểm lâm
Chi nhánh
Tổ công tác
# hamlet and residential boards: "Ban phát triển thôn Hạ", "Ban bảo vệ dân phố"
Ban phát triển thôn
Ban phát triển ấp
Ban bảo vệ dân phố
Tổ đại biểu
# A team named by its task: "Tổ Quản lý trật tự đô thị phường"
Tổ
# Telecom, post and power branches named by their brand and place:
# "Viettel Yên Thành", "VNPT Nghệ An", "Bưu điện huyện", "Điện lực Lục Yên"
Viettel
VNPT
MobiFone
# State groups known by their initials: "EVN", "EVN miền Bắc"
EVN
PVN
TKV
# Youth union of a town, branches of a mass association, an airport
Thị đoàn
Quận đoàn
Chi hội
# the youth union's branch of a unit: "Chi đoàn Thanh niên Bệnh viện"
Chi đoàn
# a school's youth union: "Đoàn trường THPT Mỏ Cày Nam"
Đoàn trường
Cảng hàng không quốc tế
Cảng hàng không
Đoàn đại biểu
Bộ phận
Cổng thông tin
Cổng Thông tin điện tử
Thông tấn xã
Khu Quản lý
# zones of a standard kind a board manages, whose name holds a verb: "Ban
# Quản lý Khu nông nghiệp ứng dụng công nghệ cao …", "… Khu công nghệ cao"
Khu nông nghiệp ứng dụng công nghệ cao
Khu công nghệ cao
Ban quản lý rừng
Tổ dân phố
Khu phố
Bưu điện
Viễn thông
Điện lực
Hải quan
Đội
# "Đội Thuế thị trấn" (often with a lowercase "thuế")
Đội thuế
# a tax team over several wards or communes: "Đội Thuế liên phường Vạn Phúc - Văn Quán"
Đội thuế liên phường
Đội thuế liên xã
# Hamlet committees of the south: "Ban nhân dân ấp Tân Hội"; the short
# form before the hamlet ("Ban ấp Tân Hiệp, ấp Tân Lợi"), the village's own
# board, not the commune that issues the notice
Ban nhân dân
Ban ấp
Ban khóm
Đồn
Đồn Biên phòng
# Trade offices abroad: "các Thương vụ Việt Nam ở nước ngoài"
Thương vụ
Hải đội
Hải đoàn
Trạm
Cảng vụ
# field units of irrigation: "Cụm Thủy nông Triệu Sơn" (not a bare "cụm":
# "cụm công nghiệp" is a zone)
Cụm Thủy nông
Cụm Thủy lợi
Học viện
Đại học
Nhà máy
# cultural institutions: "mời Nhà hát Ca múa nhạc Sơn La phối hợp biểu diễn",
# "Bảo tàng tỉnh", "Thư viện tỉnh"
Nhà hát
Bảo tàng
Thư viện
Ban Dân tộc
Thống kê
Cục Thống kê
Bảo hiểm
Hợp tác xã
# "HTX Dịch vụ nông nghiệp Hồng Phong"
HTX
Tổ hợp tác
# sector bodies known by their initials, bare after "các" as well: "các
# QTDND rà soát …", "QTDND Hòa An", "các TCTD trên địa bàn đẩy mạnh …"
QTDND
TCTD
Vườn quốc gia
Khu bảo tồn
# a nature reserve, its kind in lower case before its name: "Khu bảo tồn thiên
# nhiên Kẻ Gỗ", "Khu Bảo tồn thiên nhiên Xuân Liên"
Khu bảo tồn thiên nhiên
Ban Tiếp công dân
Trường Đại học
Trường Cao đẳng
Chính phủ
Quốc hội
Ủy ban Thường vụ Quốc hội
Y tế
VP
SNV
BCĐ
BCH
BQL
BQLDA
UBKT
BTG
BDV
BTGDV
TTYT
BHXH
# Centres for disease control: "CDC tỉnh", "CDC Hà Nội"
CDC
# police and treasury in initials: "CA huyện", "CA thị xã", "KBNN tỉnh"
# ("CA" only in capitals: "ca bệnh" is a case)
CA
KBNN

# Bodies named in full by these words, whatever follows: compounds whose
# name contains `và` before another head, and the committees of a level.
[list body_compound]
# the standard provincial centre for rural water, its name in lower case
# after "và": "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"
Trung tâm Nước sạch và Vệ sinh môi trường nông thôn
# State groups and corporations known by their initials, alone: "các Bộ,
# địa phương liên quan và EVN quán triệt …"
EVN
PVN
TKV
VNPT
Viettel
# Services and commune units named with lower-case words that are verbs
# elsewhere ("việc làm", "trả kết quả", "giám sát")
Trung tâm Dịch vụ việc làm
# the service centre of a commune or ward: "Trung tâm Dịch vụ tổng hợp xã"
Trung tâm Dịch vụ tổng hợp
Bưu điện văn hóa xã
Ban giám sát đầu tư cộng đồng
Ban Giám sát đầu tư của cộng đồng
Bộ phận Tiếp nhận và trả kết quả
Bộ phận Một cửa
# a bank's or fund's branch office named with lower-case words: "Phòng giao
# dịch Ngân hàng Chính sách xã hội huyện"
Phòng giao dịch
# Mass organizations of a bloc of agencies: "Đoàn Khối các cơ quan tỉnh"
Đoàn Khối các cơ quan
Công đoàn Khối các cơ quan
Hội Cựu chiến binh Khối các cơ quan
Công đoàn Viên chức
# a census's boards: "Ban Chỉ đạo Tổng điều tra dân số và nhà ở huyện"
Ban Chỉ đạo Tổng điều tra
Ban Chỉ đạo Tổng điều tra dân số và nhà ở
# forces named without a place: "phối hợp với Bộ đội Biên phòng, Công an, Quản lý thị trường"
Bộ đội Biên phòng
# police forces named by their field, in lower case: "Cảnh sát đường thủy -
# Công an thành phố", "lực lượng Cảnh sát giao thông"
Cảnh sát đường thủy
Cảnh sát giao thông
Cảnh sát cơ động
# the ward's beat police, a force of its own in a ward's notices:
# "phối hợp với Cảnh sát khu vực" ("khu vực" is no scope there)
Cảnh sát khu vực
Quản lý thị trường
# the boards of forests of both kinds, named with a comma inside: "Ban
# quản lý rừng đặc dụng, phòng hộ và Công ty …" (one board, then the firm)
Ban quản lý rừng đặc dụng, phòng hộ
Ban quản lý rừng phòng hộ, đặc dụng
# provincial funds named by purpose, with verbs in lower case
Quỹ Đầu tư phát triển
Quỹ Bảo vệ và phát triển rừng
Quỹ Phát triển đất
Quỹ Hỗ trợ nông dân
# people's credit funds, their kind in lower case: "các Quỹ tín dụng nhân
# dân (QTDND)", "Quỹ tín dụng nhân dân Hòa An"
Quỹ tín dụng nhân dân
# Election bodies ("cử" is no verb here): "Ủy ban bầu cử xã Ea Kar", "Tổ
# bầu cử số 5"
Ủy ban bầu cử
Ban bầu cử
Tổ bầu cử
# Parents' boards of a school
Ban đại diện cha mẹ học sinh
Ban đại diện cha mẹ trẻ
Ban đại diện cha mẹ trẻ em
# boards that speak for the traders of a market or the members of a group:
# "Ban đại diện tiểu thương tuyên truyền, vận động …", "Ban đại diện hộ kinh
# doanh chợ …", "Ban đại diện người cao tuổi"
Ban đại diện tiểu thương
Ban đại diện hộ kinh doanh
Ban đại diện các hộ kinh doanh
Ban đại diện người cao tuổi
Ban đại diện hội viên
# The coordination office of a national programme
Văn phòng điều phối Chương trình nông thôn mới
Văn phòng Điều phối nông thôn mới
Văn phòng Điều phối Chương trình mục tiêu quốc gia
# "Hàng không" (aviation) holds the negation "không"
Cục Hàng không
Tổng công ty Hàng không
Học viện Hàng không
# Units whose official names hold verbs, commas or "và" (police, tax,
# social insurance, hospitals, ministries): the verb is the unit's field,
# not the predicate ("Phòng Quản lý thu đôn đốc …").
Phòng Cảnh sát điều tra tội phạm về trật tự xã hội
Phòng Cảnh sát điều tra tội phạm về kinh tế và tham nhũng
Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường
Phòng Cảnh sát điều tra tội phạm về ma túy
Phòng Cảnh sát quản lý hành chính về trật tự xã hội
Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ
Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp
Phòng Cảnh sát bảo vệ
Phòng Cảnh sát cơ động
Phòng Cảnh sát giao thông
Phòng Cảnh sát môi trường
Phòng Cảnh sát kinh tế
Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
Phòng Quản lý xuất nhập cảnh
Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc
Phòng Hồ sơ nghiệp vụ
Phòng Kỹ thuật hình sự
Phòng Tổ chức cán bộ
Phòng Quản lý thu
Phòng Quản lý hộ kinh doanh, cá nhân và thu khác
Phòng Quản lý nợ và cưỡng chế nợ thuế
Phòng Tuyên truyền và Hỗ trợ người nộp thuế
Phòng Kê khai và Kế toán thuế
Phòng Khai thác và thu nợ
Phòng Quản lý thu, cấp sổ, thẻ
Phòng Cấp sổ, thẻ
Phòng Giám định bảo hiểm y tế
Phòng Chế độ bảo hiểm xã hội
Phòng Kế hoạch tổng hợp
Phòng Tài chính kế toán
Phòng Quản lý chất lượng
Phòng Công tác xã hội
# offices of a provincial Department of Home Affairs, named with commas and
# lower-case words: "phối hợp với Phòng Tổ chức, biên chế và tổ chức phi chính phủ"
Phòng Tổ chức, biên chế và tổ chức phi chính phủ
Phòng Công chức, viên chức
Phòng Xây dựng chính quyền và công tác thanh niên
# a district's urban order teams: "phối hợp với Đội Kiểm tra trật tự đô thị, UBND các xã"
Đội Kiểm tra trật tự đô thị
Đội Kiểm tra quy tắc đô thị
Đội Quản lý trật tự đô thị
Đội Thanh tra trật tự đô thị
# the traffic inspectorate, its sector in lower case: "phối hợp Thanh tra
# giao thông, Đội Quản lý trật tự đô thị tăng cường tuần tra …" (not other
# sectors: "phối hợp thanh tra xây dựng các công trình" is the work)
Thanh tra giao thông
Thanh tra giao thông vận tải
Cục Quản lý Khám, chữa bệnh
# a Party board's department for the state and the front: "Phòng Dân vận
# chính quyền - Mặt trận, đoàn thể" is one department, not two bodies
Mặt trận, đoàn thể
# the older post and telecom department: "Sở Bưu chính, Viễn thông"
Bưu chính, Viễn thông
Vụ Thi đua, khen thưởng
Vụ Truyền thông và Thi đua, khen thưởng
Ủy ban Quản lý vốn nhà nước tại doanh nghiệp
Công ty TNHH MTV Khai thác công trình thủy lợi
Công ty TNHH một thành viên Khai thác công trình thủy lợi
Tỉnh ủy
Thành ủy
Huyện ủy
Quận ủy
Thị ủy
Đảng ủy
Đảng ủy các cơ quan
Đảng ủy Khối các cơ quan
Tỉnh đoàn
Thành đoàn
Huyện đoàn
Xã đoàn
Phường đoàn
Thị đoàn
Quận đoàn
# Teams and boards named by what they do: "Tổ giúp việc Ban Chỉ đạo", "Ban
# điều hành khu phố 4", "Ban Công tác Mặt trận các khu dân cư"; commands and
# the natural-disaster command (its "và" joins two lowercase parts)
Tổ giúp việc
# the sub-boards and units helping an election committee or a steering
# board: "Các tiểu ban giúp việc định kỳ hằng tuần báo cáo …" ("giúp" is no
# verb there)
Tiểu ban giúp việc
Bộ phận giúp việc
Ban điều hành
Ban Công tác Mặt trận
Ban Chỉ huy PCTT và TKCN
Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn
# the flood and storm boards of every level, central ones included: "Ban
# Chỉ đạo phòng, chống lụt, bão Trung ương, Ủy ban Quốc gia …"
Ban Chỉ đạo phòng, chống lụt, bão
# a board against revenue loss: "Ban Chỉ đạo chống thất thu ngân sách huyện" ("thu" is no verb there)
Ban Chỉ đạo chống thất thu ngân sách
Ban Chỉ đạo chống thất thu
Ban Chỉ huy phòng, chống lụt, bão
# A trade union of a sector: "Công đoàn ngành Giáo dục"
Công đoàn ngành
# The military command of a commune, a district or a town
Xã đội
Phường đội
Huyện đội
Thị đội
# Councils named by the task they hold (its verb is part of the name):
# "Hội đồng thẩm định Chỉ số CCHC tỉnh", "Hội đồng bồi thường, hỗ trợ và tái
# định cư huyện"
Hội đồng thẩm định
Hội đồng thi đua
Hội đồng thi đua - khen thưởng
Hội đồng thi đua, khen thưởng
Hội đồng tư vấn
Hội đồng xét duyệt
Hội đồng đánh giá
Hội đồng bồi thường
Hội đồng bồi thường, hỗ trợ và tái định cư
Hội đồng quản lý
Hội đồng quản trị
# a block of flats' or a market's elected board: "Ban quản trị nhà chung cư",
# named bare as "Ban quản trị" (its trade a verb elsewhere)
Ban quản trị
# Exam boards: "các Hội đồng coi thi"
Hội đồng thi
Hội đồng coi thi
Hội đồng chấm thi
Hội đồng tuyển sinh
Hội đồng tuyển dụng
Hội đồng xét tuyển
Ủy ban Kiểm tra
# a market's board, written in lower case: "phối hợp với Ban quản lý chợ …"
Ban quản lý chợ
Ban Quản lý các khu du lịch
Ban Quản lý khu du lịch
Khu Quản lý đường bộ
Cục Quản lý đường bộ
# departments of the Ministry of Construction named with lower-case words,
# verbs among them: "Cục Giám định nhà nước về chất lượng công trình xây
# dựng hướng dẫn …; Cục Kinh tế - Quản lý đầu tư xây dựng phối hợp …"
Cục Giám định nhà nước về chất lượng công trình xây dựng
Cục Kinh tế - Quản lý đầu tư xây dựng
Cục Kinh tế xây dựng
Ban Quản lý các khu công nghiệp
Ban Quản lý các khu kinh tế
Ban Quản lý các KCN
Ban Quản lý các KKT
# Inspection and working teams: "Đoàn kiểm tra liên ngành huyện"
Đoàn kiểm tra liên ngành
Đoàn kiểm tra
Đoàn thanh tra
Đoàn công tác
Tổ kiểm tra liên ngành
# (also in lower case: "giao đội kiểm tra liên ngành kiểm tra …")
Đội kiểm tra liên ngành
Đội kiểm tra
Tổ kiểm tra
# a working team named alone, as a step's doer: "Bước 2: Tổ công tác kiểm
# tra thực địa."
Tổ công tác
Tổ công tác liên ngành
Ban Quản lý dự án đầu tư xây dựng
Ban Quản lý dự án đầu tư xây dựng các công trình giao thông
Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp
Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn
Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất
# (its "sử dụng" is no verb)
Văn phòng Đăng ký quyền sử dụng đất
# land-clearance and resettlement boards, named by their task ("bồi
# thường", "giải phóng" are verbs elsewhere): "Ban Bồi thường giải phóng mặt
# bằng huyện", "Ban Bồi thường, hỗ trợ và tái định cư thành phố"
Ban Bồi thường giải phóng mặt bằng
Ban Bồi thường, giải phóng mặt bằng
Ban Bồi thường, hỗ trợ và tái định cư
Ban Bồi thường, hỗ trợ, tái định cư
Ban Giải phóng mặt bằng
Ban Bồi thường GPMB
Ban GPMB
# a labour department's office ("có" ends other names): "Phòng Người có công"
Phòng Người có công
# centres named by a verb and its object ("hỗ trợ", "phát triển",
# "giám định" are verbs elsewhere): "Trung tâm Hỗ trợ phát triển doanh nghiệp"
Trung tâm Hỗ trợ phát triển doanh nghiệp
Trung tâm Hỗ trợ doanh nghiệp
Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa
Trung tâm Hỗ trợ khởi nghiệp
Trung tâm Phát triển quỹ đất
Trung tâm Giám định chất lượng xây dựng
# investment promotion centres ("đầu tư" is a verb elsewhere)
Trung tâm Xúc tiến đầu tư
Trung tâm Xúc tiến và Hỗ trợ đầu tư
Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch
# ("đăng ký" is a verb elsewhere: "Chi nhánh Văn phòng đăng ký đất đai huyện")
Văn phòng Đăng ký đất đai
# (its "cử" is no verb)
Ban Chỉ đạo bầu cử
Ban Quản lý dự án đầu tư xây dựng khu vực
Ban Quản lý dự án đầu tư xây dựng công trình giao thông
Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp
Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn
Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và PTNT
Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và PTNT
Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và môi trường
Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và môi trường
# a commune's office and statistics post
Văn phòng - Thống kê
# a commune's accounting post named by its job alone: "Kế toán - Ngân sách
# xã tham mưu bố trí …"
Kế toán - Ngân sách
Tài chính - Kế toán
# Units found in every hospital, school, district or power company whose
# names hold words that are verbs or adverbs elsewhere ("tích cực", "quản
# lý", "tư vấn", "sau", "xúc tiến", "thường xuyên") or a comma
Khoa Hồi sức tích cực
Khoa Hồi sức tích cực - Chống độc
Khoa Hồi sức cấp cứu
Phòng Đào tạo sau đại học
Khoa Sau đại học
Trung tâm Tư vấn tuyển sinh
Trung tâm Tư vấn tuyển sinh và Hỗ trợ sinh viên
Trung tâm Giáo dục thường xuyên
Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên
Trung tâm Thông tin xúc tiến du lịch
Trung tâm Xúc tiến du lịch
Trung tâm Thông tin và Xúc tiến du lịch
Đội Quản lý vận hành lưới điện
Đội Quản lý vận hành lưới điện cao thế
Đội Quản lý vận hành lưới điện trung thế
Ban Quản lý dự án lưới điện
Ban Quản lý dự án điện
Ban Điều hành dự án
Đội Thanh tra trật tự xây dựng
Đội Thanh tra trật tự xây dựng địa bàn
Đội Quản lý trật tự xây dựng
Đội Quản lý trật tự xây dựng đô thị
Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ
Đội Cảnh sát phòng cháy và chữa cháy
Đội Cảnh sát giao thông
Đội Cảnh sát giao thông - trật tự
Phòng Bảo vệ, chăm sóc trẻ em
Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới
Phòng Đo đạc, bản đồ
Phòng Đo đạc, bản đồ và Viễn thám
Phòng Đo đạc và Bản đồ
# drug rehabilitation centres: "Cơ sở cai nghiện ma túy tỉnh"
Cơ sở cai nghiện ma túy
Cơ sở cai nghiện
# a commune's or district's loudspeaker station: "Đài Truyền thanh huyện",
# "đài truyền thanh các xã, thị trấn"
Đài Truyền thanh
Đài Truyền thanh - Truyền hình
# a team helping a council: "Tổ công tác giúp việc Hội đồng bồi thường …"
Tổ công tác giúp việc
# relic and forest boards: "Ban Quản lý di tích và rừng quốc gia Yên Tử"
Ban Quản lý di tích
Ban Quản lý di tích và rừng quốc gia
HĐND và UBND
Hội đồng nhân dân và Ủy ban nhân dân
Văn phòng HĐND và UBND
Văn phòng Hội đồng nhân dân và Ủy ban nhân dân
Văn phòng HĐND-UBND
Văn phòng Đoàn ĐBQH và HĐND
Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân

# Nouns naming groups or kinds of bodies: "các sở, ban, ngành", "cơ quan chức năng".
[list body_collective]
# kinds whose trade holds a word read otherwise ("cấp" a level, "trật tự"
# a verb): "các tổ cấp cứu lưu động", "lực lượng trật tự đô thị các quận"
tổ cấp cứu
tổ cấp cứu lưu động
đội cấp cứu
đội cấp cứu lưu động
kíp cấp cứu
lực lượng trật tự đô thị
lực lượng quản lý trật tự đô thị
# the body one level up, whose "quản lý" is no task: "giao cơ quan quản lý
# cấp trên trực tiếp chủ trì …"
cơ quan quản lý cấp trên trực tiếp
cơ quan quản lý cấp trên
cơ quan cấp trên trực tiếp
cơ quan cấp trên
# the committees or unions of every district-level unit, the kind's last
# word shared: "Mỗi huyện, thị, thành đoàn tổ chức …" (one collective)
huyện, thị, thành đoàn
huyện, thị, thành ủy
huyện, thị, thành hội
# written without its comma: "các sở ngành, địa phương"
sở ngành
# a ministry's kind of department named in lower case, all of them at once:
# "Bộ trưởng … chỉ thị các sở giáo dục và đào tạo, các cơ sở giáo dục …"
sở giáo dục và đào tạo
phòng giáo dục và đào tạo
sở y tế
sở
ban
ngành
bộ
cơ quan
đơn vị
địa phương
phòng
phòng ban
ban ngành
bộ ngành
cục
chi cục
tổ chức
tổ chức đảng
tổ chức cơ sở đảng
# kinds named by a trade that is no task: "các tổ chức tín dụng trên địa
# bàn", "Tổ chức hành nghề công chứng" ("tổ chức tư vấn" may be the task
# "organize counselling": read so only in a table's cell of doers)
tổ chức tín dụng
tổ chức hành nghề công chứng
tổ chức thành viên
tổ chức chính trị
ban quản lý rừng
ban quản lý rừng phòng hộ
ban quản lý rừng đặc dụng
ban quản lý rừng phòng hộ, rừng đặc dụng
ban quản lý rừng phòng hộ, đặc dụng
# in initials: "BQL rừng phòng hộ Krông Năng"
BQL rừng
BQL rừng phòng hộ
BQL rừng đặc dụng
# the boards that manage a place unit, one collective body each: "phối hợp với
# các ban quản lý ấp kiểm tra …", "các ban quản lý chợ, khu phố"
ban quản lý ấp
ban quản lý thôn
ban quản lý khu phố
ban quản lý chợ
ban quản lý khu công nghiệp
ban quản lý khu du lịch
ban quản lý cụm công nghiệp
công ty
công ty lâm nghiệp
cơ quan báo chí
# "Các cơ quan thông tin đại chúng, Đài Phát thanh - Truyền hình tỉnh …"
cơ quan thông tin đại chúng
cơ quan thông tấn, báo chí
cơ quan thông tin, báo chí
tổ dân phố
thôn, tổ dân phố
# private owners addressed as doers: "Các chủ bến, chủ phương tiện:"
chủ bến, chủ phương tiện
chủ bến
chủ phương tiện
chủ đò
đoàn thể
đoàn thể chính trị - xã hội
# all levels and sectors: "yêu cầu các cấp, các ngành tập trung …"
cấp, các ngành
cấp, ngành
hội đoàn thể
tổ chức chính trị - xã hội
doanh nghiệp
doanh nghiệp dự án
doanh nghiệp viễn thông
doanh nghiệp bưu chính, viễn thông
# bodies of one sector, lower case: "phối hợp với cơ quan thuế"
cơ quan thuế
cơ quan hải quan
cơ quan tài chính
cơ quan công an
cơ quan thống kê
cơ quan bảo hiểm xã hội
# the bodies that own a programme or project: "các cơ quan chủ quản chương trình"
cơ quan chủ quản
cơ quan chủ quản chương trình
cơ quan chủ trì chương trình
# a fund named by its purpose in lower case: "Quỹ phòng, chống thiên tai tỉnh"
quỹ phòng, chống thiên tai
# associations a bank entrusts loans to: "các hội, đoàn thể nhận ủy thác"
hội, đoàn thể
hội, đoàn thể nhận ủy thác
# the mass organisations by their kind: "các hội, đoàn thể chính trị - xã hội của huyện"
hội, đoàn thể chính trị - xã hội
hội, đoàn thể chính trị xã hội
doanh nghiệp lữ hành
# traders and shops named by their trade, addressed as doers: "1. Đối với
# các thương nhân kinh doanh xuất khẩu gạo", "2. Cửa hàng bán lẻ xăng dầu"
# over their items (the bare kinds are listed below)
thương nhân kinh doanh
cửa hàng bán lẻ
# household businesses are firms, not households: "Các hộ kinh doanh, hợp tác xã"
hộ kinh doanh
hãng hàng không
# firms named by their trade, with the trades they share after a comma
# (`kind_level`): "phối hợp với các hãng lữ hành, hàng không", "các hãng taxi",
# "các nhà xe" (one collective body)
hãng
nhà xe
chủ đầu tư
nhà thầu
nhà thầu thi công
# a joint venture of contractors: "Liên danh nhà thầu gói XL-01 bổ sung …"
liên danh nhà thầu
# a consultant by its trade, alone or as a contractor: "Nhà thầu tư vấn giám
# sát bố trí nhân sự …", "các đơn vị thi công, tư vấn giám sát"
nhà thầu tư vấn
nhà thầu tư vấn giám sát
nhà thầu tư vấn thiết kế
tư vấn giám sát
# contractors by their task: "Các đơn vị tư vấn giám sát, nhà thầu thi công"
đơn vị tư vấn giám sát
đơn vị tư vấn thiết kế
đơn vị thi công
# businesses and establishments of a trade: "Các doanh nghiệp kinh doanh
# dịch vụ du lịch, cơ sở lưu trú du lịch"
doanh nghiệp kinh doanh dịch vụ du lịch
doanh nghiệp kinh doanh du lịch
doanh nghiệp kinh doanh lữ hành
cơ sở lưu trú
cơ sở lưu trú du lịch
trung tâm giáo dục thường xuyên
nhà đầu tư
# suppliers: "phối hợp với Trung tâm Y tế các huyện … và nhà cung cấp"
nhà cung cấp
đơn vị tư vấn
# budget holders: "Thủ trưởng các cơ quan, đơn vị sử dụng ngân sách thành phố"
đơn vị sử dụng ngân sách
cơ quan, đơn vị sử dụng ngân sách
tư vấn
ban quản lý dự án
cơ sở khám bệnh, chữa bệnh
cơ sở y tế
bệnh viện
viện
trường
# research bodies with their partners, one kind: "các viện nghiên cứu,
# doanh nghiệp trong và ngoài nước", "các viện nghiên cứu, trường đại học"
viện nghiên cứu
viện nghiên cứu, doanh nghiệp
viện nghiên cứu, trường đại học
viện, trường
trường học
nhà trường
# the Government's bodies: "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"
bộ, cơ quan ngang bộ
bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ
cơ quan ngang bộ
# universities: "Các đại học, học viện, trường đại học chủ động …"
đại học, học viện, trường đại học
trường đại học
cơ sở giáo dục đại học
# The committees of Party organizations: "cấp ủy các tổ chức cơ sở đảng"
cấp ủy các tổ chức cơ sở đảng
cấp ủy các chi, đảng bộ
# farmers' cooperative groups: "các tổ hợp tác bơm tưới"
tổ hợp tác
# fishermen's unions, beside the cooperative teams at sea: "các tổ hợp
# tác, nghiệp đoàn nghề cá"
nghiệp đoàn
nghiệp đoàn nghề cá
# (the two named together, one collective of those at sea)
tổ hợp tác, nghiệp đoàn
tổ hợp tác, nghiệp đoàn nghề cá
nghiệp đoàn, tổ hợp tác
nghiệp đoàn nghề cá, tổ hợp tác
# agents collecting insurance: "phối hợp với UBND cấp xã, đại lý thu"
đại lý thu
# a hospital's departments: "các khoa lâm sàng, cận lâm sàng"
khoa
khoa lâm sàng, cận lâm sàng
khoa lâm sàng
khoa cận lâm sàng
# a sector as a doer: "Ngành giáo dục và chính quyền các xã phải …"
ngành giáo dục
ngành y tế
ngành nông nghiệp
ngành công thương
ngành thuế
ngành điện
ngành văn hóa
ngành xây dựng
ngành giao thông
ngành tài chính
ngành du lịch
ngành tư pháp
# a commune's section, in lower case: "Giao bộ phận Địa chính - Xây dựng xã …"
bộ phận
# "Các chi, đảng bộ cơ sở lãnh đạo …" ("chi" alone is the verb "spend")
chi, đảng bộ
chi, đảng bộ cơ sở
chi bộ
# "các chi bộ, đảng bộ cơ sở" (one collective, as "sở, ban, ngành")
đảng bộ
# Party committees of a level named by their kind, in lower case: "Các huyện
# ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy", "các quận ủy, huyện
# ủy, đảng ủy trực thuộc" (one collective; capitalized they are named bodies)
huyện ủy
quận ủy
thị ủy
thành ủy
tỉnh ủy
đảng ủy
đảng ủy trực thuộc
đảng ủy cơ sở
# the Party committee's boards by their field, in lower case: "Các ban xây
# dựng Đảng, Ủy ban Kiểm tra Huyện ủy, …", "các ban đảng" (one collective)
ban xây dựng Đảng
ban đảng
# traders and outlets of a trade addressed as doers: "Thương nhân đầu mối,
# thương nhân phân phối xăng dầu bảo đảm …", "Cửa hàng bán lẻ xăng dầu",
# "Bến xe khách tỉnh và các doanh nghiệp vận tải niêm yết …", "các đại lý …",
# "Các doanh nghiệp kinh doanh vận tải, chủ hàng"
thương nhân
cửa hàng
# farms and stores of a trade as doers: "Các doanh nghiệp, trang trại chăn
# nuôi gà quy mô lớn áp dụng …", "Các siêu thị, chợ đầu mối kéo dài …";
# the household farms beside them: "Các trang trại, gia trại chăn nuôi …"
trang trại
gia trại
trang trại, gia trại
siêu thị
câu lạc bộ
# slaughterhouses among establishments of a trade: "Các cơ sở chăn nuôi gia
# cầm, cơ sở ấp trứng, lò mổ gia cầm thực hiện …"
lò mổ
bến xe
bến xe khách
đại lý
chủ hàng
# Owners of dams and reservoirs: "các chủ hồ đập thủy điện"
chủ hồ đập
chủ hồ chứa
chủ đập
# … named by what they hold: "các chủ hồ thủy điện Bản Vẽ, Khe Bố" (one
# collective with the dams' names)
chủ hồ thủy điện
chủ hồ chứa thủy điện
chủ đập thủy điện
cơ sở giáo dục
cơ sở
cấp ủy
chính quyền
chính quyền địa phương
chính quyền các địa phương
chính quyền các cấp
chủ rừng
thành viên
lực lượng
lực lượng vũ trang
lực lượng chức năng
lực lượng công an
lực lượng biên phòng
lực lượng kiểm lâm
lực lượng dân quân
lực lượng dân quân tự vệ
lực lượng quân sự
lực lượng quân đội
lực lượng cứu hộ
lực lượng cứu nạn
lực lượng quản lý thị trường
lực lượng phòng cháy chữa cháy
# forces named by a verb of their task ("bảo vệ" ends a name elsewhere):
# "phối hợp với lực lượng dân phòng", "lực lượng bảo vệ biên giới nước bạn"
lực lượng dân phòng
lực lượng bảo vệ dân phố
lực lượng bảo vệ biên giới
lực lượng bảo vệ rừng
ngành chức năng
hợp tác xã
huyện ven biển
huyện đảo
trung tâm
# "Các Đội: Cảnh sát phòng cháy chữa cháy, Trật tự" (a distributed list of teams)
đội
tỉnh
thành phố
huyện
quận
thị xã
thị trấn
xã
phường
đặc khu
Y tế

# Administrative units: they scope a body ("UBND tỉnh", "Công an huyện Vị Xuyên")
# and, with a proper name, are bodies themselves ("Tỉnh Tuyên Quang:").
[list admin_unit]
tỉnh
thành phố
TP
TX
quận
huyện
thị xã
thị trấn
phường
xã
đặc khu
# "UBND các huyện, thành, thị": towns and townships, shortened in a list
thành, thị
khu vực
cấp tỉnh
cấp huyện
cấp xã
cấp cơ sở
các cấp
trung ương
khu phố
tổ dân phố
# "Tổ trưởng 22 TDP", "các TDP": residential groups in initials
TDP
thôn
khu dân cư
ấp
bản
buôn
khóm
tiểu khu
# Hamlets and street blocks: "Trưởng các xóm 3, 5", "các khối phố"
xóm
khối phố
sóc
bon
plei
cửa khẩu
cửa khẩu quốc tế
cửa khẩu chính

# Words that hold an administrative unit but are none: "Phòng Văn hóa - Xã
# hội", "Văn phòng Điều phối nông thôn mới", "văn bản", "buôn lậu".
[list not_place]
xã hội
xã hội hóa
nông thôn
văn bản
phiên bản
bản đồ
bản sao
bản án
bản cam kết
cơ bản
căn bản
buôn bán
buôn lậu
# "Trung tâm Chăm sóc sức khỏe sinh sản tỉnh": the verb "chăm sóc", no hamlet ("sóc")
chăm sóc

# Office holders and the head their body has. `=>` gives the head to put in
# front of the rest ("Trưởng phòng Nội vụ" → "Phòng Nội vụ"); an empty value
# means the body follows ("Giám đốc Sở Y tế" → "Sở Y tế").
[list holder_title]
Thủ trưởng =>
Người đứng đầu =>
Lãnh đạo =>
Giám đốc =>
Phó Giám đốc =>
Tổng Giám đốc =>
Chủ tịch =>
Phó Chủ tịch =>
# "đ/c Phạm Văn Tâm - PCT UBND TX"
PCT =>
Phó Chủ tịch Thường trực =>
Bộ trưởng =>
Thứ trưởng =>
# the State Bank's head: "Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo …"
Thống đốc =>
Phó Thống đốc =>
Cục trưởng =>
Chi cục trưởng =>
# heads of a station, a post or a team, named before their unit: "Hạt trưởng
# Hạt Kiểm lâm huyện", "Đồn trưởng Đồn Biên phòng Sa Huỳnh", "Đội trưởng Đội
# Quản lý thị trường số 3", "Trạm trưởng Trạm Y tế xã"
Hạt trưởng =>
Đồn trưởng =>
Đội trưởng =>
Trạm trưởng =>
Viện trưởng =>
Hiệu trưởng =>
Chỉ huy trưởng =>
Chủ nhiệm =>
Trưởng phòng => Phòng
Phó Trưởng phòng => Phòng
Chánh Văn phòng => Văn phòng
Chánh VP => VP
Phó Chánh Văn phòng => Văn phòng
Chánh Thanh tra => Thanh tra
Phó Chánh Thanh tra => Thanh tra
# deputies, written as their body like the titles above: "Phó Hiệu trưởng
# Trường THCS Lê Lợi", "Phó Chỉ huy trưởng Ban Chỉ huy quân sự xã"
Phó Thủ trưởng =>
Phó Tổng Giám đốc =>
Phó Chỉ huy trưởng =>
Phó Hiệu trưởng =>
Phó Cục trưởng =>
Phó Chi cục trưởng =>
Phó Hạt trưởng =>
Phó Đồn trưởng =>
Phó Đội trưởng =>
Phó Trạm trưởng =>
Phó Viện trưởng =>
Phó Chủ nhiệm =>
Trưởng ban => Ban
Phó Trưởng ban => Ban
Trưởng Công an => Công an
Trưởng Ban Chỉ huy => Ban Chỉ huy
Trưởng Ban Chỉ đạo => Ban Chỉ đạo
# "Trưởng các thôn, tổ dân phố", "Trưởng Công an xã" (the longer titles above first)
Trưởng =>
Phó Trưởng =>
# "Tổ trưởng các tổ dân phố", "Tổ trưởng tổ dân phố 32"
Tổ trưởng =>
# a school's board of management: "Ban giám hiệu Trường Tiểu học Kim Đồng" → the school
Ban giám hiệu =>
# the owner of an establishment answers for it, written as the establishment:
# "Chủ cơ sở thuộc danh mục tại Phụ lục I lắp đặt …" → "cơ sở thuộc danh mục …"
Chủ cơ sở => cơ sở

# Lowercase words that may continue a collective body ("các cơ quan liên quan").
[list body_modifier]
# "các trường THPT được chọn làm điểm thi chuẩn bị …": a participle that
# narrows the kind, with the role it names
được chọn làm
được lựa chọn làm
tuyến thành phố
tuyến trung ương
sở tại
nước bạn
trong lưu vực
# "UBND các xã có dự án đi qua"
# "trường phổ thông có nhiều cấp học có cấp THPT"
có cấp THPT
có cấp trung học phổ thông
có cấp THCS
có cấp trung học cơ sở
có dự án
có dự án đi qua
# places and schools of a kind, named by what they have: "UBND các xã,
# phường nơi có khoáng sản", "UBND các xã có sông chảy qua", "các trường mầm
# non, tiểu học có tổ chức bán trú", "các trường có công trình đang thi công"
nơi có khoáng sản
có khoáng sản
có sông chảy qua
có sông, suối chảy qua
có tổ chức bán trú
có học sinh bán trú
có công trình đang thi công
# "các cơ quan, đơn vị được giao nhiệm vụ"
được giao nhiệm vụ
# the bodies under inspection or supervision, as a kind: "Các tổ chức đảng
# được kiểm tra, giám sát chuẩn bị báo cáo …", "các đơn vị được thanh tra"
được kiểm tra, giám sát
được kiểm tra
được giám sát
được thanh tra
có dự án điện đi qua
# "các cơ quan, đơn vị được phân công chủ trì"
được phân công chủ trì
được giao chủ trì
# those given a licence, land or more time, as a kind: "Các nhà đầu tư được
# gia hạn phải ký quỹ …", "các doanh nghiệp được cấp phép khai thác …"
được gia hạn
được cấp phép
được cấp giấy phép
được giao đất
được cho thuê đất
# "Ủy ban nhân dân cùng cấp", "Ngân hàng thương mại", "Hợp tác xã dịch vụ nông nghiệp"
cùng cấp
thương mại
dịch vụ
đặc biệt
liên ngành
# "các chủ đầu tư này", "các đơn vị nêu trên"
này
nêu trên
nói trên
chi nhánh
liên quan
có liên quan
# the members of a board, as a kind: "Thủ trưởng các sở, ngành thành viên và
# Chủ tịch UBND các quận, huyện báo cáo …"
thành viên
# the rest of a kind after some were named: "UBND các xã, thị trấn còn lại"
còn lại
# "các sở, ban, ngành, UBND các huyện, thị xã, thành phố Huế khác"
khác
chuyên môn
chức năng
trực thuộc
thuộc
cấp
# the level right above a kind: "các công đoàn cấp trên trực tiếp cơ sở"
# ("trên" ends a name elsewhere)
cấp trên
cấp trên trực tiếp
cấp trên trực tiếp cơ sở
các cấp
của
trong
# "các trường học trên địa bàn xã", "các doanh nghiệp trên địa bàn tỉnh" (only before a place)
trên địa bàn
# "các viện nghiên cứu, doanh nghiệp trong và ngoài nước"
trong và ngoài nước
trong nước
nước ngoài
ven biển
là tổ chức
đầu mối
thường trực
nhà nước
công lập
# public and private alike: "các bệnh viện công lập và ngoài công lập",
# "các cơ sở giáo dục ngoài công lập"
ngoài công lập
công lập và ngoài công lập
# public service units: "Thủ trưởng các đơn vị sự nghiệp công lập thuộc UBND
# tỉnh" (a bare "sự nghiệp" is read as a short lower-case run of the name,
# which keeps "cơ quan chuyên môn, đơn vị sự nghiệp" one collective)
sự nghiệp công lập
# units that spend from a budget: "các phòng, ban, đơn vị dự toán"
dự toán
y tế
chủ rừng
cơ sở

# Words that end a body name: function words and modals that are never part
# of a name (verbs come from the actions and roles lists as well).
[list body_stop]
# "Trưởng Ban Chỉ đạo kết luận như sau:"
kết luận
cơ bản
đối
đối với
về
để
theo
tại
có
là
được
đã
đang
sẽ
cần
phải
với
cho
khi
nếu
thì
mà
nhằm
nào
cũng
đều
vẫn
chưa
không
này
đó
ngay
trước
sau
trên
dưới
từ
đến
bằng
do
vì
như
nhất là
đặc biệt là
trong đó
gồm
căn cứ
chịu trách nhiệm
có trách nhiệm
trách nhiệm
quan tâm
nghiêm túc
sớm
kịp thời
thường xuyên
# "Trưởng phòng KT&HT trực tiếp kiểm tra …": how the holder works, not
# a word of the office's name
trực tiếp
tiếp tục
chủ động
khẩn trương
nghiêm
tích cực
quyết liệt
cùng
cùng với
đồng thời
# "Giám đốc Sở Y tế tự kiểm điểm …": what the body does itself ("tự"
# alone is a part of names: "Đội Quản lý trật tự đô thị")
tự kiểm điểm
tự kiểm tra
tự rà soát
tự chịu trách nhiệm
tự đánh giá
tự cân đối
tự bố trí
bảo đảm
đảm bảo
làm
# agreeing with a partner: "phối hợp với Sở Khoa học và Công nghệ thống nhất
# giải pháp …", "Phòng Kinh tế thống nhất với …"
thống nhất
# what a report gives after its receiver: "báo cáo Sở Tài chính tình hình …"
tình hình
kết quả
số liệu
# time phrases after a name: "gửi Sở Tài chính chậm nhất ngày …"
chậm nhất
muộn nhất
hạn chót
thời hạn
định kỳ
ngày
vào
hằng
hàng ngày
hàng tuần
hàng tháng
hàng quý
hàng năm
trong
# one-syllable verbs, never the second syllable of a capitalized word of a name
# (not "tạo", "cử": "Giáo dục và Đào tạo", "Ủy ban Bầu cử")
# ("Báo Hà Tĩnh mở chuyên mục")
mở
nắm
giữ
tìm
gửi
nộp
họp
đưa
đặt
# a task's end and a time after a receiver: "gửi Phòng Giáo dục và Đào tạo
# xong trước 30/5", "trình Ban Chỉ đạo tuần sau"
xong
tuần sau
tuần tới
tuần này
tháng sau
tháng tới
năm sau

# Domain names with a comma inside: one name in a distributed list
# ("các Sở: Văn hóa, Thể thao và Du lịch; Xây dựng"), where a comma otherwise
# starts the next name.
[list domain_with_comma]
Văn hóa, Thể thao và Du lịch
Văn hóa, Khoa học và Thông tin
Văn hóa, Thông tin và Thể thao
Văn hóa, Thông tin, Thể thao và Du lịch
Văn hóa, Thể thao
Lao động, Thương binh và Xã hội
Kinh tế, Hạ tầng và Đô thị
Quản lý Khám, chữa bệnh
Khám, chữa bệnh

# Abbreviations, expanded in canonical names (and by `chidao grep` in queries).
[list abbreviation]
UBND => Ủy ban nhân dân
HĐND => Hội đồng nhân dân
HDND => Hội đồng nhân dân
UB => Ủy ban
TP => thành phố
TX => thị xã
TT => Thường trực
VP => Văn phòng
VPUB => Văn phòng Ủy ban nhân dân
MTTQ => Mặt trận Tổ quốc
UBMTTQ => Ủy ban Mặt trận Tổ quốc
MTTQVN => Mặt trận Tổ quốc Việt Nam
BCĐ => Ban Chỉ đạo
BCD => Ban Chỉ đạo
BCH => Ban Chỉ huy
BQL => Ban Quản lý
BQLDA => Ban Quản lý dự án
CCHC => cải cách hành chính
TTHC => thủ tục hành chính
SNV => Sở Nội vụ
TN&MT => Tài nguyên và Môi trường
TNMT => Tài nguyên và Môi trường
TN-MT => Tài nguyên và Môi trường
KH&CN => Khoa học và Công nghệ
KHCN => Khoa học và Công nghệ
KH&ĐT => Kế hoạch và Đầu tư
KHĐT => Kế hoạch và Đầu tư
KH&DT => Kế hoạch và Đầu tư
TT&TT => Thông tin và Truyền thông
TTTT => Thông tin và Truyền thông
VH&TT => Văn hóa và Thông tin
VHTT => Văn hóa và Thông tin
VHTTDL => Văn hóa, Thể thao và Du lịch
VH-TT-DL => Văn hóa, Thể thao và Du lịch
# Fields listed with a comma inside (`Sở VH,TT&DL`, also spaced `VH, TT&DL`:
# the tokenizer makes one word of either).
VH,TT&DL => Văn hóa, Thể thao và Du lịch
VHTT&DL => Văn hóa, Thể thao và Du lịch
VH-TT&DL => Văn hóa, Thể thao và Du lịch
VH,TT => Văn hóa và Thông tin
NN&PTNT => Nông nghiệp và Phát triển nông thôn
NNPTNT => Nông nghiệp và Phát triển nông thôn
PTNT => Phát triển nông thôn
NN&MT => Nông nghiệp và Môi trường
NNMT => Nông nghiệp và Môi trường
LĐTB&XH => Lao động - Thương binh và Xã hội
LĐ-TB&XH => Lao động - Thương binh và Xã hội
LĐTBXH => Lao động - Thương binh và Xã hội
LĐ,TB&XH => Lao động - Thương binh và Xã hội
GD&ĐT => Giáo dục và Đào tạo
GDĐT => Giáo dục và Đào tạo
TC-KH => Tài chính - Kế hoạch
TCKH => Tài chính - Kế hoạch
GTVT => Giao thông vận tải
CNTT => công nghệ thông tin
PCTT => phòng, chống thiên tai
TKCN => tìm kiếm cứu nạn
PCTT&TKCN => phòng, chống thiên tai và tìm kiếm cứu nạn
ĐBQH => đại biểu Quốc hội
BHXH => Bảo hiểm xã hội
UBKT => Ủy ban Kiểm tra
BTG => Ban Tuyên giáo
BDV => Ban Dân vận
BTGDV => Ban Tuyên giáo và Dân vận
TTYT => Trung tâm Y tế
CA => Công an
KBNN => Kho bạc Nhà nước
KT&HT => Kinh tế và Hạ tầng
ĐTXD => đầu tư xây dựng
CDC => Trung tâm Kiểm soát bệnh tật
HTX => Hợp tác xã
QTDND => Quỹ tín dụng nhân dân
TDP => Tổ dân phố
TCTD => tổ chức tín dụng

# Words that look like a body but name a meeting, a report or an act.
[list not_body]
giao ban
# organisations and individuals at large: "các tổ chức, cá nhân liên quan"
# (people are no bodies, nor is the pair)
tổ chức, cá nhân
tổ chức và cá nhân
tổ chức hoặc cá nhân
đơn vị chủ trì
cơ quan chủ trì
đơn vị phối hợp
cơ quan phối hợp
báo cáo
# the press, no newspaper: "Phòng Thông tin - Báo chí - Xuất bản"
báo chí
hội nghị
hội thảo
hội thi
hội chẩn
trường hợp
# "Cục Quản lý nhà và thị trường bất động sản": a market, no school
thị trường
phòng chống
phòng, chống
phòng ngừa
ban hành
ban đầu
bộ máy
bộ tiêu chí
bộ chỉ số
bộ thủ tục
bộ TTHC
đoàn kết
# members are people: "phân công đoàn viên thanh niên tình nguyện …"
đoàn viên
hội viên
đảng viên
cấp ủy viên
ủy viên
# officers of a service are people, not the service: "Hạt Kiểm lâm huyện
# phân công kiểm lâm viên bám sát địa bàn", "cử thanh tra viên …"
kiểm lâm viên
thanh tra viên
kiểm sát viên
kiểm toán viên
điều tra viên
chấp hành viên
cục bộ
# the environment, no school: "Trung tâm Quan trắc tài nguyên và môi trường"
môi trường
sở hữu
trung tâm hành chính công
trung tâm tích hợp dữ liệu
công ty con
# science, not a hospital's department
khoa học
# cases handled, not a ministry's department ("Vụ"): "các vụ việc trọng
# điểm; các vụ việc thu hồi tiền …", "các vụ án tham nhũng"
vụ việc
vụ án
# crop seasons, no ministry's department: "Vụ Đông Xuân 2025 - 2026, vùng
# Đồng bằng sông Cửu Long xuống giống …", "vụ Hè Thu", "vụ mùa"
vụ Đông Xuân
vụ Hè Thu
vụ Thu Đông
vụ Xuân Hè
vụ Đông
vụ Xuân
vụ Hè
vụ Thu
vụ mùa
vụ chiêm
vụ lúa

# People's names, to end a body name where the name of its office holder
# follows ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn chỉ đạo …"): a family name,
# then a middle name, then the given name.
[list person_surname]
Nguyễn
Trần
Lê
Phạm
Hoàng
Huỳnh
Phan
Vũ
Võ
Đặng
Bùi
Đỗ
Hồ
Ngô
Dương
Lý
Đào
Đoàn
Trịnh
Đinh
Lâm
Mai
Trương
Hà
Lương
Tạ
Cao
Châu
Lưu
Tô
Thái
Vương
Quách
Chu
Nông
Lò
Triệu
Tăng
Hứa

[list person_middle_name]
Văn
Thị
Hữu
Đức
Công
Quang
Minh
Ngọc
Thanh
Xuân
Hồng
Quốc
Đình
Trọng
Tiến
Anh
Thành
Duy
Mạnh
Kim
Hải
Hoàng
Viết
Bá
Đăng
Khắc
Phước
Tấn
Thế
Như
Thu
Vĩnh
Huy
Gia
Nhật
Tuấn
Việt
Trung
Phú
Sỹ
Sĩ
Hồ
Song
Bảo
Hoài
Phương
Trường
Đại
Đắc
Thiện
Khánh
Hùng
Nam
Long
Tài
Quý
Chiến
Lương
Mỹ
Thùy
Diệu
Thái

# Who holds a commune post: before the post's capitalized field the post is
# the body, written as its field ("công chức Địa chính - Xây dựng" →
# "Địa chính - Xây dựng"); "cán bộ, công chức" alone are people.
[list post_holder]
công chức
cán bộ
công chức phụ trách
cán bộ phụ trách

# Fields of commune posts, known by name when written in lower case after
# `post_holder` ("công chức địa chính - xây dựng", "công chức tư pháp - hộ
# tịch"): the holder's word and the field are the body.
[list post_field]
địa chính - xây dựng
địa chính - nông nghiệp
địa chính - nông nghiệp - xây dựng và môi trường
địa chính - xây dựng - đô thị và môi trường
địa chính - xây dựng - nông nghiệp và môi trường
tư pháp - hộ tịch
văn hóa - xã hội
văn hóa - thông tin
văn phòng - thống kê
tài chính - kế toán
lao động - thương binh và xã hội
# `service`: a commune service, no post of the commune's civil servants,
# written as the service with its level ("cán bộ thú y xã" → "thú y xã")
thú y => service
khuyến nông => service

# Kinds of bodies named by a brand that may come after lower-case words,
# verbs among them: "Công ty TNHH Đầu tư phát triển hạ tầng Kiền Bái",
# "Hợp tác xã dịch vụ nông nghiệp Hợp Thành".
[list brand_named]
Công ty
Tổng công ty
Tập đoàn
Hợp tác xã
HTX
# a cooperative group: "Tổ hợp tác mật ong Đồng Sơn"
Tổ hợp tác
Ngân hàng
Xí nghiệp
# a firm's branch or plant named by its trade, then its place: "Chi nhánh
# cấp nước Hồng Thủy", "Nhà máy đường Hòa Bình"
Chi nhánh
Nhà máy

# Trades in a firm's name that are verbs elsewhere: "Công ty CP Đầu tư xây
# dựng và phát triển đô thị Viwaco".
[list brand_trade]
đầu tư
phát triển
xây dựng
kinh doanh
sản xuất
thương mại
dịch vụ
xuất nhập khẩu
xuất khẩu
nhập khẩu
tư vấn
thiết kế
chế biến
vận tải
cấp nước
thoát nước
chăn nuôi
# "Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia"
vận hành
# "Công ty CP Dịch vụ cáp treo Fansipan Sa Pa" ("treo" hangs elsewhere)
cáp treo
# "Ban Quản lý dự án giao thông tỉnh", "Công ty CP Xây dựng giao thông
# Thanh Hóa" ("giao" assigns elsewhere)
giao thông

# Trades in a firm's name that are verbs elsewhere but no project's trade
# (so not in `brand_trade`, which a board of projects reads on with):
# "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị".
# Optional section.
[list firm_trade]
quản lý
khai thác
cung ứng
sửa chữa
bảo trì

# Kinds of organisations named after "tổ chức" by their trade, read as a
# body in a table's cell of doers, where "Tổ chức" is no verb ("Tổ chức tư
# vấn xác định giá đất"). Optional.
[list org_kind]
tư vấn
tín dụng
kiểm định
đánh giá
chứng nhận
giám định
đấu giá
thẩm định giá
định giá
hành nghề công chứng
công chứng

# Kinds that end a chain of bare collectives instead of joining it: "yêu
# cầu các sở, ngành, chủ đầu tư …" names "sở, ngành" and "chủ đầu tư".
# Optional section.
[list kind_apart]
chủ đầu tư
nhà đầu tư
nhà thầu
# kinds of firms and establishments, each a doer of its own in a list
# ("Các doanh nghiệp, hợp tác xã, hộ kinh doanh nợ đóng bảo hiểm" → three)
doanh nghiệp
hợp tác xã
hộ kinh doanh
cơ sở
# traders and owners of goods: "thương nhân đầu mối, thương nhân phân
# phối" (two), "doanh nghiệp kinh doanh vận tải, chủ hàng" (two)
thương nhân
chủ hàng

# Kinds whose members, named in brackets right after them, are the bodies:
# the mass organisations, a closed set ("các đoàn thể (Hội Nông dân, Hội Phụ
# nữ, Đoàn Thanh niên)" → three). After other kinds the names in brackets
# are examples and the collective stays one body ("Các trường học trên địa
# bàn (Trường THCS A, Trường Tiểu học B)", "UBND các xã có dịch (Đồng Lạc,
# …)"). Optional.
[list bracket_members]
đoàn thể
tổ chức chính trị - xã hội
tổ chức hội
tổ chức thành viên

# which of the kind is meant, up to the verb after what it deals in:
# "Đơn vị quản lý vận hành nhà chung cư kiểm tra …", "phối hợp với các
# doanh nghiệp kinh doanh thuốc BVTV tổ chức …". Not the verbs of plans
# ("các đơn vị xây dựng kế hoạch …" is the kind's own work). Optional.
[list kind_trade]
kinh doanh
quản lý
quản lý vận hành
vận hành
sản xuất
chế biến
cung ứng
cung cấp
khai thác
vận tải

# Kinds of firms of one rank that, bare and joined by commas, name one
# collective: "các Tập đoàn, Tổng công ty nhà nước", "Tập đoàn kinh tế, Tổng
# công ty" (a kind with its own name, "Tập đoàn Điện lực Việt Nam, Tổng công
# ty Lâm nghiệp Việt Nam", stays a body of its own). Optional section.
[list kind_peer]
Tập đoàn
Tập đoàn kinh tế
Tổng công ty
Công ty

# Words between a unit and its places' names: "các huyện miền núi Quế Phong,
# Kỳ Sơn", "các xã ven biển Hải Thanh, Hải Bình" (each place keeps its unit:
# "huyện Quế Phong").
[list place_qualifier]
miền núi
# "UBND các huyện hạ du" (of a reservoir's or river's lower reaches)
hạ du
vùng hạ du
vùng cao
vùng sâu, vùng xa
ven biển
biên giới
ven sông
trọng điểm
vùng lũ
đồng bằng
đảo
# regions after a plural unit: "các xã vùng đệm", "các huyện giáp biên giới",
# "các xã trong vùng"
vùng đệm
vùng giáp ranh
giáp ranh
giáp biên giới
trong vùng
# regions named by what they grow, hold or suffer: "phối hợp với các xã
# vùng nguyên liệu", "các xã vùng dự án", "các xã vùng trũng"
vùng nguyên liệu
vùng dự án
vùng quy hoạch
vùng trũng
vùng thấp trũng
vùng núi
vùng dịch
vùng bãi ngang
vùng khó khăn
vùng đặc biệt khó khăn
vùng ngập lụt
vùng bị ảnh hưởng
# `open`: only before more of the region's name ("các tỉnh, thành phố vùng
# đồng bằng sông Cửu Long", "vùng ĐBSCL", "các tỉnh duyên hải Nam Trung Bộ",
# "các xã dọc tuyến Quốc lộ 1")
vùng => open
duyên hải => open
dọc tuyến => open
dọc theo => open
dọc => open
ven => open

# Features of the land between a region's qualifier and its proper name
# ("vùng đồng bằng sông Cửu Long", "dọc tuyến quốc lộ 1A"), also after the
# trades of a board ("Ban Quản lý đầu tư phát triển đảo Phú Quốc").
# Optional section.
[list region_feature]
sông
đảo
vịnh
hồ
quốc lộ
tỉnh lộ
đường
cao tốc
kênh

# Levels or grades that, after a comma or "và", name more of a kind already
# named with one: "các trường mầm non, tiểu học, trung học cơ sở", "các bệnh
# viện tuyến tỉnh, tuyến huyện" (one collective body). Optional section.
[list kind_level]
mầm non
mẫu giáo
tiểu học
trung học cơ sở
trung học phổ thông
THCS
THPT
phổ thông dân tộc nội trú
phổ thông dân tộc bán trú
dân tộc nội trú
dân tộc bán trú
# the ethnic boarding schools in initials: "các trường THPT, PT DTNT tỉnh",
# "các trường mầm non, tiểu học, THCS, PTDTBT THCS" (one collective)
PT DTNT
PTDTNT
PT DTBT
PTDTBT
PTDTBT THCS
PTDTNT THCS
PTDT nội trú
PTDT bán trú
liên cấp
# higher levels: "các trường cao đẳng sư phạm", "các trường trung cấp"
cao đẳng
cao đẳng sư phạm
đại học
trung cấp
# "các đại học, trường đại học, học viện" (the kinds of higher education,
# one collective)
học viện
# schools teaching several levels: "các trường phổ thông có nhiều cấp học"
phổ thông có nhiều cấp học
tuyến trung ương
tuyến tỉnh
tuyến huyện
tuyến xã
# sectors after a collective named by one: "cơ quan thuế, hải quan, tài chính"
thuế
hải quan
tài chính
# trades of firms named by them: "các hãng lữ hành, hàng không", "các đơn vị
# vận tải", "các hãng taxi"
lữ hành
hàng không
vận tải
taxi
xe khách
# kinds of lodging after a trade of establishments: "Các cơ sở kinh doanh
# nhà trọ, chung cư mini tự kiểm tra …" (one collective body)
nhà trọ
chung cư mini
nhà nghỉ
khách sạn

# Zones a board manages, named in lower case after "và các": "Ban Quản lý Khu
# kinh tế Nghi Sơn và các khu công nghiệp" is one body. Optional section.
[list managed_zone]
khu công nghiệp
cụm công nghiệp
khu chế xuất

# Levels of administrative units: units of one level listed in a body's
# name are peers, one body each ("UBND thị xã Kỳ Anh, huyện Cẩm Xuyên, huyện
# Thạch Hà"); a unit of another level says where a place lies ("xã Kim
# Liên, huyện Nam Đàn"). ("thành phố" is of two levels: `city`, a peer of
# the districts after it only.) Optional.
# Parents named after a unit and a dash: "Cục Quân y - Bộ Quốc phòng", "Cục
# Nhà trường - Bộ Tổng Tham mưu" is one body, the department of that
# ministry. Optional.
[list parent_body]
Bộ
Bộ Tổng Tham mưu
Bộ Tư lệnh
Tổng cục
Tổng cục Chính trị
Quân khu
Quân chủng
# the police of a level, parent of its forces: "Cảnh sát đường thủy - Công an
# thành phố", "Phòng Cảnh sát giao thông - Công an tỉnh" (one body)
Công an
# an inspectorate of a level, parent of its offices: "Phòng Nghiệp vụ 2 -
# Thanh tra tỉnh"
Thanh tra

[list unit_level]
huyện => district
quận => district
thị xã => district
TX => district
xã => commune
phường => commune
thị trấn => commune
# a city, of either level, lies in no district: one named first is a peer
# of the districts after it ("UBND thành phố Phúc Yên, huyện Bình Xuyên")
thành phố => city
TP => city

# Boards of projects: the trades of their projects (`brand_trade`, verbs
# elsewhere) go on with the name, then its place ("Ban QLDA đầu tư xây dựng
# thị xã", "Ban Quản lý các dự án đầu tư xây dựng tỉnh"). Optional.
[list project_board]
# `placed`: a board named by no project keeps trades only before the place
# it serves ("Ban Quản lý đầu tư phát triển đảo Phú Quốc")
Ban Quản lý => placed
BQL => placed
Ban Quản lý dự án
Ban Quản lý các dự án
Ban QLDA
Ban QL dự án
Ban QLCDA
BQLDA
BQL dự án

# Works a board named by no project keeps, after its trade (`brand_trade`,
# `firm_trade`): "Ban Quản lý bảo trì công trình giao thông rà soát …",
# "Ban Quản lý khai thác các công trình thủy lợi huyện" name the board.
# Optional section.
[list board_works]
công trình
các công trình
hạ tầng
kết cấu hạ tầng
đường bộ

# Compound nouns in a body's name whose later word stops a name elsewhere
# ("không" is a negation, "sau" a time): "Cảng vụ Hàng không miền Nam",
# "Viện Công nghệ sau thu hoạch".
[list name_compound]
# "các trường được chọn làm điểm thi" ("thi" sits an exam elsewhere)
điểm thi
# "Trung tâm Giống cây trồng", "Chi cục Chăn nuôi và Giống vật nuôi"
cây trồng
vật nuôi
hàng không
# "các doanh nghiệp tham gia chương trình bình ổn …" ("trình" submits elsewhere)
chương trình
sau thu hoạch
# "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị"
# ("trình" submits elsewhere)
công trình
# "Cục Điện lực và Năng lượng tái tạo" ("tạo" creates elsewhere)
tái tạo
# "Trung tâm Giao dịch việc làm tỉnh", "Trung tâm Dịch vụ việc làm" ("làm"
# does elsewhere)
việc làm
# the treasury's department for checking payments: "Phòng Kiểm soát chi KBNN
# tỉnh" ("chi" spends elsewhere)
kiểm soát chi

# Mentions in a letter that only point back to its addressees, the bodies of
# its "Kính gửi:" block ("UBND huyện yêu cầu các đơn vị nêu trên khẩn trương
# …"): read as those bodies. Optional.
[list addressee_ref]
đơn vị nêu trên
cơ quan, đơn vị nêu trên
cơ quan nêu trên
đơn vị trên
cơ quan, đơn vị trên
đơn vị được gửi văn bản
cơ quan, đơn vị được gửi văn bản

# Kinds of units named one by one after one kind word, each name opening with
# a level of the kind (`kind_level`) or sharing the first one's: "các trường
# Mầm non A, Tiểu học B, THCS C" → "Trường Mầm non A", "Trường Tiểu học B",
# "Trường THCS C"; "các trường THCS A, B"; "các HTX Nông nghiệp A và Dịch vụ
# chăn nuôi B" → "HTX Nông nghiệp A", "HTX Dịch vụ chăn nuôi B"; kinds named
# by places only: "các Đồn Biên phòng A, B và C", "Ban Quản lý rừng phòng hộ
# A, B" (a "và" after a comma, or after a level, ends the list). Optional.
[list unit_named]
trường
Đồn Biên phòng
Ban Quản lý rừng phòng hộ
HTX
hợp tác xã
# Firms: valued `shared`, the later names share the first name's words before
# its proper name ("Các Công ty Cấp nước A, B" → "Công ty Cấp nước B").
Công ty => shared
Tổng công ty => shared

# Capitalized fields of a name that take an object in lower case: a verb
# right after them is the object when another verb, a cue or the next body
# follows ("Phòng Quản lý xây dựng chủ trì …" → "Phòng Quản lý xây dựng").
# Optional.
[list field_object]
Quản lý
Phát triển
Bảo vệ
Bảo tồn
Khai thác
Kiểm soát

# The board of an institution: before the plural kind it runs the
# institutions of ("Ban giám hiệu các trường", "Ban Giám đốc các bệnh
# viện") it is one body with that kind. Optional.
[list institution_board]
# a youth cell of the bodies it serves: "Chi đoàn các cơ quan huyện"
Chi đoàn
Ban giám hiệu
Ban Giám đốc
Ban chấp hành
Ban quản trị
Ban điều hành
# the parents' association of each school: "Hội Cha mẹ học sinh các
# trường", "Ban đại diện cha mẹ học sinh các lớp"
Hội Cha mẹ học sinh
Ban đại diện cha mẹ học sinh

# Boards named by their field in lower case and then a level: "Ban Chỉ đạo
# phòng chống dịch bệnh động vật xã", "BCĐ chuyển đổi số huyện", "Ban Chỉ
# đạo giảm nghèo tỉnh" are one body each. Optional.
[list board_field]
Ban Chỉ đạo
BCĐ
Ban Chỉ huy
# teams named by their field ("Tổ công tác bồi thường, GPMB phường", "Tổ
# công nghệ số cộng đồng các thôn", "Đội công tác giảm nghèo xã"): a level
# after "các" is each unit's; `bare`: a team may be named by its field alone,
# with no verb or stop word in it, to a verb, a cue or punctuation ("phối hợp
# với Tổ khuyến nông cơ sở hướng dẫn …", "Tổ công nghệ số cộng đồng;")
Tổ công tác
Tổ => bare
Đội công tác
