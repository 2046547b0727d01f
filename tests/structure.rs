//! Document structure on notices written for these tests: parts, sections,
//! items, closings, tables, running page lines and news layouts.

use crate::common::{directive, extract, no_directive_with, texts};
use chidao::model::{Directive, Role};

fn leads(d: &Directive) -> Vec<&str> {
    d.responsible
        .iter()
        .filter(|p| p.role == Role::Lead)
        .map(|p| p.name.as_str())
        .collect()
}

/// The assessment that opens a Roman-numbered topic of a conclusion is no
/// task, and the topic's bullets (and the next topics) still are.
#[test]
fn assessment_opening_a_topic_keeps_the_conclusions_going() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy\n\nNgày 12/3/2025, Ban Thường vụ Huyện ủy họp, sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:\n\nI. VỀ CÔNG TÁC QUY HOẠCH CÁN BỘ\n\n1. Giao Ban Tổ chức Huyện ủy rà soát danh sách quy hoạch, hoàn thành trước ngày 30/4/2025.\n\nII. VỀ DỰ THẢO NGHỊ QUYẾT ĐẠI HỘI\n\nBan Thường vụ Huyện ủy cơ bản đồng ý với dự thảo; tuy nhiên phần đánh giá hạn chế còn sơ sài, chưa nêu rõ nguyên nhân.\n\n+ Giao Tổ biên tập tiếp thu ý kiến, chỉnh sửa dự thảo trong tháng 4/2025.\n\n+ Các đồng chí Huyện ủy viên nghiên cứu, góp ý bằng văn bản.\n\nIII. VỀ CÔNG TÁC KIỂM TRA\n\nThống nhất với báo cáo của Ủy ban Kiểm tra Huyện ủy về kết quả kiểm tra tại xã Tân Lập.\n\n+ Ủy ban Kiểm tra Huyện ủy theo dõi việc khắc phục các hạn chế sau kiểm tra.\n\nVăn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    );
    no_directive_with(&n, &["cơ bản đồng ý", "Thống nhất với báo cáo"]);
    directive(&n, "Giao Tổ biên tập");
    directive(&n, "Các đồng chí Huyện ủy viên");
    let d = directive(&n, "Ủy ban Kiểm tra Huyện ủy theo dõi");
    assert_eq!(leads(d), ["Ủy ban Kiểm tra Huyện ủy"]);
}

/// A Word table pasted with tabs between its cells, in an appendix after the
/// signature: group rows, sub-rows `2.1`, a cell carried over to the next line.
#[test]
fn tab_separated_task_table_in_an_appendix() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 215/KH-UBND\tTân Phú, ngày 03 tháng 3 năm 2025\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh trên gia súc năm 2025\n\nI. NHIỆM VỤ\n(Chi tiết tại Phụ lục kèm theo)\n\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Nông nghiệp và Môi trường theo dõi, tổng hợp tình hình dịch bệnh, báo cáo UBND huyện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n\nPHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG DỊCH BỆNH NĂM 2025\n(Kèm theo Kế hoạch số 215/KH-UBND ngày 03/3/2025 của UBND huyện Tân Phú)\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n1\tTiêm phòng\t\t\t\n1.1\tTổ chức tiêm vắc xin lở mồm long móng đợt I cho đàn trâu, bò\tTrạm Chăn nuôi và Thú y\tUBND các xã;\nHội Nông dân huyện\tTrước ngày 30/4/2025\n1.2\tKiểm tra, đánh giá tỷ lệ bảo hộ sau tiêm phòng\tPhòng Nông nghiệp và Môi trường\tTrạm Chăn nuôi và Thú y\tQuý III/2025\n2\tKiểm soát vận chuyển\t\t\t\n2.1\tLập chốt kiểm dịch tạm thời tại các đầu mối giao thông\tCông an huyện\tTrạm Chăn nuôi và Thú y\tKhi có dịch\n",
    );
    let d = directive(&n, "Tổ chức tiêm vắc xin");
    assert_eq!(leads(d), ["Trạm Chăn nuôi và Thú y"]);
    let cooperating: Vec<&str> = d
        .responsible
        .iter()
        .filter(|p| p.role == Role::Cooperate)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(cooperating, ["UBND các xã", "Hội Nông dân huyện"]);
    assert_eq!(d.deadlines[0].date.as_deref(), Some("2025-04-30"));
    assert!(!d.text.contains("Trạm Chăn nuôi"), "{}", d.text);
    assert_eq!(
        leads(directive(&n, "Kiểm tra, đánh giá tỷ lệ")),
        ["Phòng Nông nghiệp và Môi trường"]
    );
    assert_eq!(
        leads(directive(&n, "Lập chốt kiểm dịch")),
        ["Công an huyện"]
    );
    no_directive_with(&n, &["Tiêm phòng", "Kiểm soát vận chuyển", "STT"]);
}

/// A Chỉ thị's "… Chủ tịch UBND tỉnh chỉ thị:" opens its task part: the
/// items after it are tasks from the first one, before any "Body:" heading.
#[test]
fn a_directives_chi_thi_colon_opens_its_tasks() {
    for cue in ["chỉ thị:", "chỉ thị như sau:"] {
        let n = extract(&format!(
            "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 05/CT-UBND\n\nCHỈ THỊ\nVề tăng cường phòng, chống sốt xuất huyết\n\nThời gian qua, số ca mắc sốt xuất huyết trên địa bàn tỉnh tăng cao so với cùng kỳ, nhiều ổ dịch chưa được xử lý triệt để.\n\nĐể chủ động kiểm soát dịch, Chủ tịch Ủy ban nhân dân tỉnh {cue}\n\n1. Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện, thị xã tổ chức chiến dịch diệt lăng quăng trong tháng 7/2025.\n\n2. Tăng cường giám sát ca bệnh tại cộng đồng, xử lý triệt để ổ dịch mới.\n\n3. Sở Y tế:\n\na) Chỉ đạo các bệnh viện bố trí giường bệnh điều trị.\n\nYêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chỉ thị này./."
        ));
        directive(&n, "Thủ trưởng các sở, ngành, Chủ tịch UBND");
        directive(&n, "Tăng cường giám sát ca bệnh");
        assert_eq!(leads(directive(&n, "Chỉ đạo các bệnh viện")), ["Sở Y tế"]);
    }
}

/// A road's code ("ĐT.741", "QL.14") is no sentence end: the label before it
/// and the task after it stay one directive.
#[test]
fn road_codes_do_not_split_a_directive() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n1. Về đề nghị sửa chữa tuyến đường ĐT.741 và QL.14C: Giao Sở Giao thông vận tải kiểm tra hiện trạng, báo cáo UBND tỉnh trong tháng 8/2024.\n\n2. Sở Tài chính cân đối nguồn vốn sửa chữa.",
    );
    let d = directive(&n, "Về đề nghị sửa chữa");
    assert!(d.text.contains("Giao Sở Giao thông vận tải"), "{}", d.text);
    assert_eq!(leads(d), ["Sở Giao thông vận tải"]);
    assert!(
        !n.directives.iter().any(|d| d.text.starts_with("741")),
        "{:#?}",
        texts(&n)
    );
}

/// The closing formula is no task: run on after the last item in the same
/// paragraph (its clause has a subject of its own), or asking everyone to
/// carry the plan out with what to do when stuck.
#[test]
fn closings_after_the_last_item_are_no_tasks() {
    let n = extract(
        "KẾ HOẠCH\nTuyên truyền phòng, chống tác hại của thuốc lá năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa và Thông tin xây dựng nội dung tuyên truyền trên hệ thống truyền thanh cơ sở.\n\n2. Trung tâm Y tế huyện tổ chức truyền thông tại các trường học.\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về UBND huyện (qua Trung tâm Y tế) để xem xét, giải quyết./.\n\nNơi nhận:\n- Như trên;",
    );
    directive(&n, "Trung tâm Y tế huyện tổ chức truyền thông");
    no_directive_with(&n, &["để xem xét, giải quyết"]);
    let n = extract(
        "KẾ HOẠCH\nTuyên truyền phòng, chống tác hại của thuốc lá năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa và Thông tin xây dựng nội dung tuyên truyền.\n\n2. Đề nghị Hội Liên hiệp Phụ nữ huyện vận động hội viên không hút thuốc lá.\n\nYêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo UBND huyện (qua Trung tâm Y tế) để được hướng dẫn./.\n\nNơi nhận:\n- Như trên;",
    );
    directive(&n, "Đề nghị Hội Liên hiệp Phụ nữ");
    no_directive_with(&n, &["nghiêm túc triển khai"]);
}

/// Items that report where things stand, with doers named in them, and
/// items that only record a decision (a personnel move, keeping what
/// stands) are no tasks; items of the same openings that ask are.
#[test]
fn report_and_decision_items_are_no_tasks() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\nSau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Tính đến ngày 10/6/2024, toàn tỉnh đã giải ngân được 41% kế hoạch vốn; các chủ đầu tư đã tích cực triển khai, tuy nhiên một số dự án còn chậm.\n\n2. Trong 5 tháng đầu năm, các sở, ngành đã tập trung tháo gỡ vướng mắc về mặt bằng cho các dự án trọng điểm.\n\n3. Năm 2024 là năm tăng tốc thực hiện kế hoạch đầu tư công trung hạn.\n\n4. Đồng ý điều động, bổ nhiệm đồng chí Lê Văn Tâm giữ chức Giám đốc Ban Quản lý dự án tỉnh.\n\n5. Thống nhất giữ nguyên danh mục dự án khởi công mới năm 2024.\n\n6. Tính đến ngày 30/6/2024, dự án nào chưa giải ngân được 30% vốn, giao Sở Kế hoạch và Đầu tư tham mưu điều chuyển vốn cho dự án khác.\n\n7. Thống nhất tổ chức hội nghị đôn đốc giải ngân trong tháng 7/2024.\n\n8. Trong quý III năm 2024, Sở Tài chính rà soát, thu hồi vốn tạm ứng quá hạn.",
    );
    no_directive_with(
        &n,
        &[
            "toàn tỉnh đã giải ngân",
            "các sở, ngành đã tập trung",
            "năm tăng tốc",
            "Lê Văn Tâm",
            "giữ nguyên danh mục",
        ],
    );
    assert_eq!(
        leads(directive(&n, "Tính đến ngày 30/6/2024")),
        ["Sở Kế hoạch và Đầu tư"]
    );
    directive(&n, "Thống nhất tổ chức hội nghị");
    assert_eq!(
        leads(directive(&n, "Trong quý III năm 2024")),
        ["Sở Tài chính"]
    );
}

/// An instruction told inside an assessment part is left out; a paragraph
/// there that opens with the assignment is a task.
#[test]
fn instructions_told_in_an_assessment_part_are_left_out() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra\n\nI. ĐÁNH GIÁ TÌNH HÌNH\n\nDự án đường ven biển đã hoàn thành 62% khối lượng, còn 18 hộ chưa bàn giao mặt bằng.\n\nChủ tịch UBND tỉnh biểu dương tinh thần làm việc của các nhà thầu; đồng thời yêu cầu các sở, ngành, địa phương tiếp tục phát huy tinh thần trách nhiệm, bám sát mục tiêu đề ra.\n\nGiao Sở Giao thông vận tải báo cáo tiến độ dự án hằng tuần.\n\nII. NHIỆM VỤ THỜI GIAN TỚI\n\n1. UBND huyện Phù Mỹ hoàn thành bàn giao mặt bằng trước ngày 30/10/2024.",
    );
    no_directive_with(&n, &["tiếp tục phát huy tinh thần"]);
    assert_eq!(
        leads(directive(&n, "Giao Sở Giao thông vận tải")),
        ["Sở Giao thông vận tải"]
    );
    directive(&n, "UBND huyện Phù Mỹ hoàn thành");
}

/// The doers named by the sentence that introduces a task part reach the
/// items of its sub-parts, through a sub-part's title that names no one.
#[test]
fn introducing_sentence_hands_its_doers_through_a_subpart_title() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 5/2025\n\nI. TÌNH HÌNH KINH TẾ - XÃ HỘI\n\nTrong tháng 5/2025, thu ngân sách đạt 41,2% dự toán; giải ngân vốn đầu tư công còn chậm.\n\nII. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI\n\nChủ tịch UBND tỉnh yêu cầu các sở, ban, ngành cấp tỉnh, UBND các huyện, thị xã tập trung thực hiện tốt các nhiệm vụ sau:\n\n1. Nhiệm vụ chung\n\na) Rà soát từng chỉ tiêu được giao, nhất là các chỉ tiêu khó đạt, đề xuất giải pháp khả thi.\n\nb) Đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đến ngày 30/6/2025 đạt trên 50% kế hoạch.\n\n2. Nhiệm vụ cụ thể\n\na) Sở Tài chính tham mưu điều hành ngân sách, hoàn thành trước ngày 15/6/2025.\n\nb) Theo dõi tiến độ giải ngân, báo cáo UBND tỉnh hằng tháng.\n",
    );
    let d = directive(&n, "Rà soát từng chỉ tiêu");
    assert_eq!(
        leads(d),
        ["sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã"]
    );
    let d = directive(&n, "Sở Tài chính tham mưu");
    assert_eq!(leads(d), ["Sở Tài chính"]);
}

/// A news article's lead (its first paragraph of prose: after the outlet's
/// tag, in bold, or set before the dateline) sums up the directions the body
/// tells one by one: no task, and the body's directions still are.
#[test]
fn news_lead_is_no_task() {
    // The outlet's tag.
    let n = extract(
        "Chủ tịch UBND tỉnh kiểm tra tiến độ xây dựng trường học vùng lũ\n\nThứ Hai, 09/09/2024, 16:20 [GMT+7]\n\n(Baoyenbai.vn) - Sáng 9/9, Chủ tịch UBND tỉnh đã kiểm tra tiến độ xây dựng các điểm trường bị hư hỏng do lũ tại huyện Trạm Tấu. Chủ tịch UBND tỉnh yêu cầu các địa phương sửa chữa xong phòng học trước ngày 30/9/2024.\n\nTheo báo cáo của Sở Giáo dục và Đào tạo, lũ quét đã làm hư hỏng 14 điểm trường, 36 phòng học.\n\nKết luận buổi kiểm tra, Chủ tịch UBND tỉnh yêu cầu UBND huyện Trạm Tấu huy động lực lượng sửa chữa xong phòng học trước ngày 30/9/2024, bảo đảm học sinh trở lại trường an toàn.\n",
    );
    no_directive_with(&n, &["Sáng 9/9", "yêu cầu các địa phương sửa chữa"]);
    let d = directive(&n, "Kết luận buổi kiểm tra");
    assert_eq!(leads(d), ["UBND huyện Trạm Tấu"]);
    // In bold, after the dateline.
    let n = extract(
        "Phó Thủ tướng kiểm tra dự án hồ chứa nước Ka Pét\n\n*12/04/2025 10:15*\n\n**(Chinhphu.vn) - Ngày 12/4, Phó Thủ tướng đã kiểm tra dự án hồ chứa nước Ka Pét. Phó Thủ tướng yêu cầu tỉnh hoàn thành tích nước trong tháng 6/2025.**\n\nDự án có dung tích hơn 50 triệu m3, khởi công năm 2021.\n\nPhó Thủ tướng yêu cầu UBND tỉnh Bình Thuận chỉ đạo nhà thầu tăng ca, hoàn thành tích nước trong tháng 6/2025.\n",
    );
    no_directive_with(&n, &["Ngày 12/4", "yêu cầu tỉnh hoàn thành"]);
    assert_eq!(
        leads(directive(&n, "Phó Thủ tướng yêu cầu UBND tỉnh Bình Thuận")),
        ["UBND tỉnh Bình Thuận"]
    );
    // Before the dateline, with no tag: the body tells the same again.
    let n = extract(
        "Bộ trưởng yêu cầu không để thiếu thuốc điều trị sốt xuất huyết\n\nBộ trưởng Bộ Y tế yêu cầu các bệnh viện tuyến tỉnh bảo đảm đủ thuốc, dịch truyền điều trị sốt xuất huyết trong mùa dịch.\n\nThứ Ba, 15/7/2025, 09:30 (GMT+7)\n\nSáng 15/7, Bộ trưởng Bộ Y tế làm việc với Sở Y tế Hà Nội về công tác phòng, chống dịch.\n\nBộ trưởng yêu cầu Sở Y tế Hà Nội chỉ đạo các bệnh viện tuyến tỉnh bảo đảm đủ thuốc, dịch truyền điều trị sốt xuất huyết, hoàn thành dự trữ trước ngày 1/8/2025.\n",
    );
    no_directive_with(&n, &["các bệnh viện tuyến tỉnh bảo đảm đủ thuốc, dịch truyền điều trị sốt xuất huyết trong mùa"]);
    directive(&n, "Bộ trưởng yêu cầu Sở Y tế Hà Nội");
}

/// A formal notice has no lead: its first paragraph that hands out work is a task.
#[test]
fn formal_first_paragraph_task_is_kept() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 88/TB-UBND\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n(Tanphu.gov.vn) - Chủ tịch UBND huyện yêu cầu Phòng Giáo dục và Đào tạo sửa chữa xong phòng học trước ngày 30/9/2024.\n\nPhòng Tài chính - Kế hoạch bố trí kinh phí sửa chữa phòng học.\n",
    );
    let d = n
        .directives
        .iter()
        .find(|d| {
            d.text
                .contains("Chủ tịch UBND huyện yêu cầu Phòng Giáo dục")
        })
        .unwrap_or_else(|| panic!("{:#?}", texts(&n)));
    assert_eq!(leads(d), ["Phòng Giáo dục và Đào tạo"]);
}

/// A summary box at the top of an article ("Tóm tắt:" and its lines up to
/// the first blank line) restates it: no directive; the article goes on.
#[test]
fn summary_box_is_no_task() {
    let n = extract(
        "Khẩn trương khắc phục sạt lở tại huyện Mường Khương\n\nThứ Tư, 02/10/2024 - 10:05 GMT+7\n\nNgày 2/10, đoàn công tác của tỉnh đã kiểm tra các điểm sạt lở tại huyện Mường Khương.\n\nTóm tắt:\n- Tỉnh yêu cầu di dời các hộ dân khỏi vùng sạt lở trong tháng 10/2024.\n- Bảo đảm đường giao thông thông suốt trước ngày 15/10/2024.\n\nTheo báo cáo của huyện, mưa lớn đã gây sạt lở 12 điểm trên tuyến đường liên xã.\n\nPhó Chủ tịch UBND tỉnh yêu cầu UBND huyện Mường Khương di dời các hộ dân khỏi vùng sạt lở trong tháng 10/2024.\n",
    );
    no_directive_with(
        &n,
        &["Tóm tắt", "Tỉnh yêu cầu di dời", "Bảo đảm đường giao thông"],
    );
    assert_eq!(
        leads(directive(&n, "Phó Chủ tịch UBND tỉnh yêu cầu UBND huyện")),
        ["UBND huyện Mường Khương"]
    );
}

/// A sentence that only announces the items after it ("… tập trung một số
/// nhiệm vụ. Thứ nhất, …") is no task; the items take its bodies.
#[test]
fn announcing_sentence_hands_its_bodies_to_inline_items() {
    let n = extract(
        "Bí thư Tỉnh ủy kiểm tra công tác phòng, chống hạn mặn\n\nNgày 5/3, Bí thư Tỉnh ủy đã kiểm tra công tác phòng, chống hạn mặn tại huyện Cù Lao Dung.\n\nMặn đã xâm nhập sâu 60 km vào sông Hậu, làm hơn 2.000 ha lúa bị ảnh hưởng.\n\nĐồng chí yêu cầu UBND tỉnh chỉ đạo các sở, ngành, địa phương tập trung một số nhiệm vụ. Thứ nhất, vận hành linh hoạt hệ thống cống ngăn mặn, giữ ngọt. Thứ hai, bảo đảm nước sinh hoạt cho người dân vùng bị ảnh hưởng. Thứ ba, khuyến cáo nông dân không xuống giống lúa sớm.\n",
    );
    no_directive_with(&n, &["tập trung một số nhiệm vụ"]);
    for start in [
        "Thứ nhất, vận hành",
        "Thứ hai, bảo đảm",
        "Thứ ba, khuyến cáo",
    ] {
        assert_eq!(leads(directive(&n, start)), ["UBND tỉnh"], "{start}");
    }
}

/// A leader's quoted words: the sentence in which a body must do something
/// is a task even when a statement opens the quote or no request came
/// before it; the statement is no part of it, and a quote that only
/// assesses ("Chúng ta phải giữ được …", no body) is none.
#[test]
fn quoted_direction_after_a_statement() {
    let n = extract(
        "Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống ngập\n\nThứ Năm, 22/05/2025, 17:40\n\nNgày 22/5, Phó Chủ tịch UBND tỉnh đã kiểm tra công tác phòng, chống ngập tại TP.Tân Uyên.\n\nTheo báo cáo của UBND TP.Tân Uyên, trên địa bàn còn 9 điểm ngập khi mưa lớn.\n\n\"Mùa mưa năm nay đến sớm. Các phường phải rà soát từng điểm ngập, có phương án ứng phó cụ thể trước ngày 15/6/2025\", Phó Chủ tịch UBND tỉnh nhấn mạnh.\n\n\"Chúng ta phải giữ được hình ảnh một đô thị sạch, đẹp\", Phó Chủ tịch UBND tỉnh nói.\n\nPhó Chủ tịch UBND tỉnh giao Sở Xây dựng rà soát quy hoạch thoát nước của thành phố.\n",
    );
    let d = directive(&n, "Các phường phải rà soát từng điểm ngập");
    assert_eq!(leads(d), ["phường"]);
    assert_eq!(d.deadlines.len(), 1);
    no_directive_with(&n, &["Mùa mưa năm nay", "Chúng ta phải giữ"]);
    directive(&n, "Phó Chủ tịch UBND tỉnh giao Sở Xây dựng");
}

/// A body that asks a third party who is no body (households, traders)
/// does the work itself; when it asks a body, that body does it; an office
/// holder who speaks for the issuer does not become the doer.
#[test]
fn body_asking_people_is_its_own_task() {
    let n = extract(
        "ỦY BAN NHÂN DÂN XÃ HÒA THẮNG\nSố: 35/TB-UBND\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 4\n\nChủ tịch UBND xã kết luận như sau:\n\n1. Công tác trật tự đô thị: Ban Quản lý chợ xã yêu cầu các tiểu thương không bày hàng lấn chiếm lòng đường, giữ vệ sinh khu vực kinh doanh. Đoàn Thanh niên xã tổ chức ra quân dọn vệ sinh các tuyến đường vào ngày 20/4/2025.\n\n2. Công tác thuế: Ban Tài chính xã yêu cầu Đội Thuế xã đôn đốc các hộ kinh doanh nộp thuế đúng hạn.\n\n3. Công tác dân số: Chủ tịch UBND xã yêu cầu các hộ gia đình khai báo tạm trú đầy đủ.\n",
    );
    let d = n
        .directives
        .iter()
        .find(|d| d.text.contains("Ban Quản lý chợ xã yêu cầu"))
        .unwrap_or_else(|| panic!("{:#?}", texts(&n)));
    assert_eq!(leads(d), ["Ban Quản lý chợ xã"]);
    assert_eq!(
        leads(directive(&n, "Đoàn Thanh niên xã tổ chức")),
        ["Đoàn Thanh niên xã"]
    );
    let d = n
        .directives
        .iter()
        .find(|d| d.text.contains("Đội Thuế xã đôn đốc"))
        .unwrap_or_else(|| panic!("{:#?}", texts(&n)));
    assert_eq!(leads(d), ["Đội Thuế xã"]);
    if let Some(d) = n
        .directives
        .iter()
        .find(|d| d.text.contains("khai báo tạm trú"))
    {
        assert!(
            !leads(d).iter().any(|l| l.contains("UBND xã")),
            "{:?}",
            leads(d)
        );
    }
}

/// A sentence that announces a counted set of tasks ("… thực hiện tốt 3
/// nhóm nhiệm vụ trọng tâm.") is no task: the "Thứ nhất, …" paragraphs after
/// it are, with its bodies, the last one too when paragraphs follow it.
#[test]
fn counted_task_groups_announced_then_listed() {
    let n = extract(
        "Bí thư Tỉnh ủy chủ trì hội nghị về chuyển đổi số\n\nThứ Hai, 11/05/2026 - 20:10\n\nNgày 11/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị chuyên đề về chuyển đổi số.\n\nTheo báo cáo của Sở Khoa học và Công nghệ, tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 38%.\n\nBí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền các cấp tập trung thực hiện tốt 3 nhóm nhiệm vụ trọng tâm.\n\nThứ nhất, nâng cao trách nhiệm của người đứng đầu trong chuyển đổi số.\n\nThứ hai, rà soát toàn bộ thủ tục hành chính, hoàn thành trong tháng 7/2026.\n\nThứ ba, siết chặt kỷ luật, kỷ cương trong giải quyết hồ sơ; định kỳ hằng quý công khai các đơn vị có hồ sơ trễ hạn.\n\nBí thư Tỉnh ủy giao Sở Khoa học và Công nghệ bảo đảm hạ tầng kết nối trước ngày 30/6/2026.\n",
    );
    no_directive_with(&n, &["3 nhóm nhiệm vụ trọng tâm"]);
    for start in [
        "nâng cao trách nhiệm",
        "rà soát toàn bộ",
        "siết chặt kỷ luật",
    ] {
        assert_eq!(
            leads(directive(&n, start)),
            ["cấp ủy, chính quyền các cấp"],
            "{start}"
        );
    }
    assert_eq!(
        leads(directive(&n, "Bí thư Tỉnh ủy giao Sở Khoa học")),
        ["Sở Khoa học và Công nghệ"]
    );
}

/// A news article's headline set in the body and its subheadings (short
/// lines with no final punctuation) are no tasks; the tasks around them are.
#[test]
fn news_headlines_and_subheadings_are_no_tasks() {
    let n = extract(
        "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Y tế | Giáo dục\nĐăng nhập | Đăng ký\nTìm kiếm...\n\nY tế\n\nThứ Tư, 15/10/2025 - 09:10\n\nSốt xuất huyết tăng nhanh, Giám đốc Sở Y tế yêu cầu không để dịch lan rộng\n\n(LĐO) - Trước tình hình sốt xuất huyết tăng nhanh, chiều 14/10, Giám đốc Sở Y tế đã họp với các đơn vị y tế trong tỉnh.\n\nTheo báo cáo của Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm đến nay toàn tỉnh ghi nhận 1.250 ca mắc.\n\nKết luận cuộc họp, Giám đốc Sở Y tế yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh:\n\n• Tăng cường giám sát, xử lý triệt để các ổ dịch.\n\n• Phối hợp với các trung tâm y tế khu vực phun hóa chất diệt muỗi.\n\nĐẩy mạnh truyền thông, không để dịch lan rộng\n\nĐối với các bệnh viện, Giám đốc Sở Y tế yêu cầu:\n\n• Bệnh viện Đa khoa tỉnh bố trí khu điều trị riêng cho bệnh nhân sốt xuất huyết.\n",
    );
    no_directive_with(
        &n,
        &[
            "tăng nhanh, Giám đốc Sở Y tế yêu cầu",
            "Đẩy mạnh truyền thông",
        ],
    );
    directive(&n, "Tăng cường giám sát");
    directive(&n, "Phối hợp với các trung tâm");
    assert_eq!(
        leads(directive(&n, "Bệnh viện Đa khoa tỉnh bố trí")),
        ["Bệnh viện Đa khoa tỉnh"]
    );
}

/// The quotation may follow the speaker's colon: its sentence that tells a
/// body what it must do is the task, the speaker's words before it are not.
#[test]
fn quoted_direction_after_the_speakers_colon() {
    let n = extract(
        "Thứ trưởng kiểm tra công tác phòng, chống dịch cúm gia cầm\n\nThứ Sáu, 07/03/2025 - 16:00\n\nNgày 7/3, Thứ trưởng Bộ Nông nghiệp và Môi trường đã kiểm tra công tác phòng, chống dịch cúm gia cầm tại tỉnh Nghệ An.\n\nTheo báo cáo của Chi cục Chăn nuôi và Thú y, dịch đã xuất hiện tại 5 xã.\n\nPhát biểu chỉ đạo, Thứ trưởng nhấn mạnh: \"Chúng ta không được chủ quan. Các địa phương phải khoanh vùng, xử lý triệt để ổ dịch trong vòng 24 giờ\".\n",
    );
    let d = directive(&n, "Các địa phương phải khoanh vùng");
    assert_eq!(leads(d), ["địa phương"]);
    no_directive_with(&n, &["Phát biểu chỉ đạo", "Chúng ta không được"]);
}

/// A level named bare after its own body ("… UBND huyện Đắk Mil … Huyện
/// cần …") is the same doer: one directive, not a new one for "Huyện".
#[test]
fn a_bare_level_refers_back_to_its_body() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n1. UBND huyện Krông Năng rà soát diện tích cà phê già cỗi cần tái canh. Huyện cần ưu tiên ghép cải tạo những vườn còn bộ rễ tốt.\n\n2. UBND huyện Krông Năng và UBND xã Ea Hồ rà soát quỹ đất. Xã Phú Lộc cần chủ động phương án.\n",
    );
    let d = directive(&n, "UBND huyện Krông Năng rà soát diện tích");
    assert_eq!(leads(d), ["UBND huyện Krông Năng"]);
    assert!(d.text.contains("Huyện cần ưu tiên"), "{:#?}", texts(&n));
    // Another place is another doer.
    let d = directive(&n, "Xã Phú Lộc cần");
    assert_eq!(leads(d), ["Xã Phú Lộc"]);
}

/// A portal's category line over a news article ("Tin chỉ đạo điều hành")
/// files the article; it opens no part of tasks, so the lead, the attendees
/// and the figures are no tasks, and the chair's numbered requests still are.
#[test]
fn a_portal_category_line_opens_no_task_part() {
    let n = extract(
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ TÂN\n\nTin chỉ đạo điều hành\n\nPhó Chủ tịch UBND huyện làm việc về công tác thu ngân sách\n\nNgày 05/8/2024 | 09:10\n\nChiều ngày 02/8/2024, bà Lê Thị Hoa - Phó Chủ tịch UBND huyện chủ trì buổi làm việc với Chi cục Thuế khu vực về tình hình thu ngân sách 7 tháng đầu năm 2024. Cùng dự có lãnh đạo Phòng Tài chính - Kế hoạch; Chủ tịch UBND các xã, thị trấn.\n\nQuang cảnh buổi làm việc.\n\nTheo báo cáo, tổng thu ngân sách trên địa bàn 7 tháng ước đạt 62,4 tỷ đồng, bằng 51% dự toán.\n\nKết luận buổi làm việc, Phó Chủ tịch UBND huyện yêu cầu:\n\n1. Chi cục Thuế khu vực rà soát các nguồn thu, đôn đốc thu hồi nợ thuế, báo cáo kết quả trước ngày 30/8/2024.\n\n2. UBND các xã, thị trấn phối hợp chặt chẽ với Chi cục Thuế khu vực trong công tác thu ngân sách.\n\nTin, ảnh: Minh Khang\n",
    );
    no_directive_with(&n, &["Chiều ngày 02/8/2024", "Quang cảnh", "Theo báo cáo"]);
    assert_eq!(
        leads(directive(&n, "Chi cục Thuế khu vực rà soát")),
        ["Chi cục Thuế khu vực"]
    );
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// A paragraph after the last item that asks bodies of its own and wants a
/// report is their task, not the last item's; the same without the report
/// is a closing; "…; giao Văn phòng … theo dõi …" after a closing clause
/// gives that office alone a task.
#[test]
fn a_paragraph_after_the_last_item_names_its_own_doers() {
    let head = "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 120/UBND-NN\nHà Nam, ngày 10 tháng 7 năm 2022\n\nVề việc tăng cường phòng, chống dịch bệnh trên đàn gia súc\n\nĐể chủ động phòng, chống dịch bệnh, Chủ tịch UBND tỉnh yêu cầu:\n\n1. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Chăn nuôi và Thú y tổ chức tiêm phòng bổ sung cho đàn gia súc; hoàn thành trước ngày 31/7/2022.\n\n2. Đài Phát thanh và Truyền hình tỉnh tăng cường thời lượng tuyên truyền về phòng, chống dịch bệnh.\n\n";
    let tail = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(&format!("{head}Yêu cầu Giám đốc các sở, ngành, Chủ tịch UBND các huyện, thành phố và các đơn vị liên quan nghiêm túc triển khai thực hiện; kết quả báo cáo UBND tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn) trước ngày 15/8/2022./.{tail}"));
    let d = directive(&n, "Yêu cầu Giám đốc các sở");
    assert_eq!(
        leads(d),
        ["sở, ngành", "UBND các huyện, thành phố", "đơn vị liên quan"]
    );
    assert!(d.responsible.iter().all(|p| !p.inherited));
    let n = extract(&format!("{head}Yêu cầu Giám đốc các sở, ngành, Chủ tịch UBND các huyện, thành phố và các đơn vị liên quan nghiêm túc triển khai thực hiện./.{tail}"));
    no_directive_with(&n, &["Yêu cầu Giám đốc"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
    let n = extract(&format!("{head}Ban Thường vụ Đảng ủy yêu cầu các chi bộ, các cơ quan, đoàn thể nghiêm túc thực hiện; giao Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ./.{tail}"));
    no_directive_with(&n, &["nghiêm túc thực hiện"]);
    assert_eq!(
        leads(directive(&n, "giao Văn phòng Đảng ủy")),
        ["Văn phòng Đảng ủy"]
    );
}

/// Parts lettered in capitals ("A. ĐÁNH GIÁ KẾT QUẢ …", "B. PHƯƠNG HƯỚNG,
/// NHIỆM VỤ …") are parts: the assessment under A asks nothing, the items
/// under B (with Roman parts under it or not) are tasks.
#[test]
fn capital_lettered_parts_are_parts() {
    let n = extract("ĐẢNG ỦY XÃ TÂN HÒA\nSố 45-TB/ĐU\nTân Hòa, ngày 06 tháng 9 năm 2023\nTHÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY\nSau khi nghe báo cáo, đồng chí Bí thư Đảng ủy xã kết luận như sau:\nA. ĐÁNH GIÁ KẾT QUẢ THÁNG 8 NĂM 2023\nTrong tháng 8, Ủy ban nhân dân xã chỉ đạo thu hoạch lúa Hè Thu đạt 95% diện tích.\nBan Chỉ huy Quân sự xã phối hợp với Công an xã tổ chức tuần tra bảo đảm an ninh dịp Quốc khánh.\nB. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 9 NĂM 2023\n1. Tập trung đôn đốc thu ngân sách, phấn đấu đạt 70% dự toán trong tháng 9.\n2. Hội Nông dân xã phối hợp với Trạm Khuyến nông tổ chức tập huấn kỹ thuật cho hội viên.\nNơi nhận:\n- Như trên;\n- Lưu VPĐU.\n");
    no_directive_with(&n, &["Trong tháng 8", "Ban Chỉ huy Quân sự xã phối hợp"]);
    directive(&n, "Tập trung đôn đốc thu ngân sách");
    assert_eq!(leads(directive(&n, "Hội Nông dân xã")), ["Hội Nông dân xã"]);
    let n = extract("ĐẢNG ỦY XÃ TÂN HÒA\nSố 45-TB/ĐU\nTân Hòa, ngày 06 tháng 9 năm 2023\nTHÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY\ntại hội nghị giao ban tháng 8 năm 2023\nSau khi nghe báo cáo, đồng chí Bí thư Đảng ủy xã kết luận như sau:\nA. ĐÁNH GIÁ KẾT QUẢ THÁNG 8 NĂM 2023\nTrong tháng 8, Ủy ban nhân dân xã đã chỉ đạo thu hoạch lúa Hè Thu đạt 95% diện tích, năng suất bình quân 58 tạ/ha.\nCông tác thu ngân sách còn chậm, mới đạt 52% dự toán.\nB. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 9 NĂM 2023\nI. Đối với Ủy ban nhân dân xã\n1. Chỉ đạo bộ phận Tài chính - Kế toán đôn đốc thu ngân sách, phấn đấu đạt 70% dự toán trong tháng 9.\n2. Tổ chức khai giảng năm học mới an toàn, tiết kiệm.\nII. Đối với các chi bộ\n1. Các chi bộ thôn tổ chức sinh hoạt chuyên đề trong tháng 9/2023.\nNơi nhận:\n- Như trên;\n- Lưu VPĐU.\n");
    no_directive_with(&n, &["Trong tháng 8", "Công tác thu ngân sách"]);
    assert_eq!(
        leads(directive(&n, "Chỉ đạo bộ phận Tài chính")),
        ["Ủy ban nhân dân xã"]
    );
    directive(&n, "Tổ chức khai giảng");
    assert_eq!(leads(directive(&n, "Các chi bộ thôn")), ["chi bộ thôn"]);
}

/// Reports and decisions are no tasks: a text received told before the
/// directions (with the requests it tells), a request refused ("Không đồng
/// ý đề nghị …"; a prohibition "Không cho phép …" still is one), praise
/// after an opening phrase ("Phát biểu tại …, Chủ tịch … biểu dương …").
#[test]
fn received_texts_refusals_and_praise_are_no_tasks() {
    let n = extract("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 215/TB-UBND\nBắc Kạn, ngày 20 tháng 5 năm 2023\nTHÔNG BÁO\nÝ kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về việc giải quyết đơn của ông Lý Văn Tài\n\nNgày 10/5/2023, UBND tỉnh nhận được Văn bản số 88/TTr ngày 08/5/2023 của Thanh tra tỉnh báo cáo kết quả kiểm tra đơn của ông Lý Văn Tài đề nghị xem xét hỗ trợ tái định cư; UBND huyện Chợ Mới đã ban hành Quyết định giải quyết khiếu nại lần đầu.\n\nXét đề nghị của Thanh tra tỉnh, Phó Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n1. Không đồng ý đề nghị giao thêm đất tái định cư của ông Lý Văn Tài do không đủ điều kiện theo quy định.\n\n2. Không cho phép xây dựng công trình trên phần đất đang tranh chấp; các trường hợp vi phạm phải lập biên bản, xử lý theo quy định.\n\n3. Giao UBND huyện Chợ Mới tổ chức đối thoại với ông Lý Văn Tài, kết quả báo cáo UBND tỉnh trước ngày 15/6/2023.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n");
    no_directive_with(&n, &["nhận được Văn bản", "Không đồng ý"]);
    directive(&n, "Không cho phép xây dựng");
    assert_eq!(
        leads(directive(&n, "Giao UBND huyện Chợ Mới")),
        ["UBND huyện Chợ Mới"]
    );
    let n = extract("Chủ tịch UBND tỉnh kiểm tra công tác khắc phục hậu quả mưa lũ\n\nSáng 12/9/2024, đồng chí Chủ tịch UBND tỉnh đã đi kiểm tra công tác khắc phục hậu quả mưa lũ tại huyện Bảo Yên.\n\nPhát biểu tại đây, Chủ tịch UBND tỉnh biểu dương tinh thần chủ động của cấp ủy, chính quyền và lực lượng vũ trang huyện. Đồng chí chỉ đạo huyện Bảo Yên khẩn trương di dời các hộ dân ở vùng nguy cơ sạt lở đến nơi an toàn. Sở Giao thông vận tải huy động máy móc thông tuyến Quốc lộ 70 trước ngày 15/9/2024.\n");
    no_directive_with(&n, &["biểu dương"]);
    assert_eq!(
        leads(directive(&n, "Đồng chí chỉ đạo huyện Bảo Yên")),
        ["huyện Bảo Yên"]
    );
}

/// A heading of items that titles tasks "đối với" bodies ("2. Yêu cầu chung
/// đối với các Ban quản lý rừng phòng hộ …") hands those bodies down; one
/// that names what is worked on ("Tăng cường quản lý đối với …") does not.
#[test]
fn a_task_title_for_bodies_hands_them_down() {
    let n = extract("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 301/TB-UBND\nBình Phước, ngày 20 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại hội nghị về công tác phòng cháy, chữa cháy rừng\n\nSau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\nI. NHIỆM VỤ, GIẢI PHÁP\n\n1. Đối với các sở, ngành, UBND các huyện, thị xã, thành phố và các chủ rừng\n\na) Xác định phòng cháy, chữa cháy rừng là nhiệm vụ trọng tâm trong mùa khô.\n\nb) Thường xuyên kiểm tra, phát hiện sớm các điểm cháy; không để cháy lan diện rộng.\n\n2. Yêu cầu chung đối với các Ban quản lý rừng phòng hộ và các công ty lâm nghiệp\n\na) Bố trí lực lượng trực 24/24 giờ tại các chòi canh lửa.\n\nb) Phát dọn thực bì, làm đường băng cản lửa trước ngày 30/3/2025.\n\n3. Sở Tài chính bố trí kinh phí cho công tác phòng cháy, chữa cháy rừng.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n");
    assert_eq!(
        leads(directive(&n, "Bố trí lực lượng trực")),
        ["Ban quản lý rừng phòng hộ", "công ty lâm nghiệp"]
    );
    assert_eq!(
        leads(directive(&n, "Thường xuyên kiểm tra")),
        ["sở, ngành", "UBND các huyện, thị xã, thành phố", "chủ rừng"]
    );
    let n = extract("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 301/TB-UBND\nBình Phước, ngày 20 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại hội nghị về công tác phòng cháy, chữa cháy rừng\n\nSau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\nI. NHIỆM VỤ, GIẢI PHÁP\n\n1. Đối với các sở, ngành, UBND các huyện, thị xã, thành phố và các chủ rừng\n\na) Xác định phòng cháy, chữa cháy rừng là nhiệm vụ trọng tâm trong mùa khô.\n\nb) Thường xuyên kiểm tra, phát hiện sớm các điểm cháy; không để cháy lan diện rộng.\n\n2. Tăng cường quản lý đối với các Ban quản lý rừng phòng hộ và các công ty lâm nghiệp\n\na) Bố trí lực lượng trực 24/24 giờ tại các chòi canh lửa.\n\nb) Phát dọn thực bì, làm đường băng cản lửa trước ngày 30/3/2025.\n\n3. Sở Tài chính bố trí kinh phí cho công tác phòng cháy, chữa cháy rừng.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n");
    assert!(leads(directive(&n, "Bố trí lực lượng trực")).is_empty());
}

/// A label listing places without a final colon ("2. UBND các xã: Bảo
/// Nhai, Tả Van Chư, Lùng Phình") over a line of what each is to do ("Mỗi
/// xã chuẩn bị …"): the line is the item's text, the places its doers.
#[test]
fn a_label_of_places_over_what_each_does() {
    let n = extract("ỦY BAN NHÂN DÂN\nHUYỆN BẮC HÀ\nSố: 45/KH-UBND\nBắc Hà, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nTổ chức Phiên chợ văn hóa vùng cao năm 2025\nI. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin chủ trì xây dựng chương trình, kịch bản phiên chợ, hoàn thành trước ngày 20/01/2025.\n2. UBND các xã: Bảo Nhai, Tả Van Chư, Lùng Phình\nMỗi xã chuẩn bị 02 gian hàng nông sản đặc trưng và một đội văn nghệ tham gia phiên chợ; đăng ký với Phòng Văn hóa và Thông tin trước ngày 25/01/2025.\n3. Trung tâm Y tế huyện bố trí tổ y tế thường trực tại khu vực phiên chợ.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n");
    let d = directive(&n, "Mỗi xã chuẩn bị");
    assert_eq!(
        leads(d),
        [
            "UBND xã Bảo Nhai",
            "UBND xã Tả Van Chư",
            "UBND xã Lùng Phình"
        ]
    );
    assert!(!d.text.contains("UBND các xã"), "{}", d.text);
}

/// Items after an introducing sentence that asks several bodies: an item
/// that names one of them as its subject ("Các chi bộ trực thuộc đưa nội
/// dung … vào sinh hoạt") is that body's alone; one without a subject takes
/// them all.
#[test]
fn an_item_naming_its_body_keeps_only_it() {
    let n = extract("ĐẢNG ỦY XÃ HƯNG ĐẠO\nSố 56-TB/ĐU\nHưng Đạo, ngày 18 tháng 11 năm 2024\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ\n1. Đánh giá chung\nNăm 2024, Hội đồng nghĩa vụ quân sự xã đã tổ chức tuyển chọn, bàn giao 12 công dân nhập ngũ, đạt 100% chỉ tiêu.\n2. Nhiệm vụ trọng tâm trong thời gian tới\nĐể hoàn thành chỉ tiêu tuyển quân năm 2025, Ban Thường vụ Đảng ủy yêu cầu các chi bộ, Ủy ban nhân dân xã, Mặt trận Tổ quốc và các đoàn thể tập trung thực hiện tốt các nhiệm vụ sau:\n2.1. Các chi bộ trực thuộc đưa nội dung công tác tuyển quân vào sinh hoạt chi bộ tháng 12/2024.\n2.2. Tổ chức tuyên truyền Luật Nghĩa vụ quân sự đến từng hộ gia đình.\n2.3. Ủy ban nhân dân xã chỉ đạo Ban Chỉ huy Quân sự xã lập danh sách công dân đủ điều kiện, hoàn thành trước ngày 10/12/2024.\nNơi nhận:\n- Lưu VPĐU.\n");
    let d = directive(&n, "Các chi bộ trực thuộc đưa");
    assert_eq!(leads(d), ["chi bộ trực thuộc"]);
    assert!(!d.responsible[0].inherited);
    assert_eq!(leads(directive(&n, "Tổ chức tuyên truyền")).len(), 4);
}

/// A numbered item that tells what was done over a period ("1. Trong 9
/// tháng đầu năm 2023, thực hiện Kế hoạch số …, toàn huyện đã …") assesses;
/// the items that ask still are tasks.
#[test]
fn a_numbered_account_of_a_period_is_no_task() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\nHUYỆN CẦU NGANG\nSố: 77/TB-UBND\nCầu Ngang, ngày 12 tháng 10 năm 2023\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại hội nghị sơ kết công tác chuyển đổi cây trồng\n\nSau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:\n\n1. Trong 9 tháng đầu năm 2023, thực hiện Kế hoạch số 15/KH-UBND ngày 10/02/2023 của UBND huyện, Phòng Nông nghiệp và Phát triển nông thôn đã phối hợp với các xã chuyển đổi 640 ha đất lúa kém hiệu quả, đạt 80% kế hoạch năm.\n\n2. Phòng Nông nghiệp và Phát triển nông thôn tiếp tục hướng dẫn các xã chuyển đổi phần diện tích còn lại, hoàn thành trong quý IV/2023.\n\nVăn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n",
    );
    no_directive_with(&n, &["Trong 9 tháng đầu năm 2023"]);
    assert_eq!(
        leads(directive(
            &n,
            "Phòng Nông nghiệp và Phát triển nông thôn tiếp tục"
        )),
        ["Phòng Nông nghiệp và Phát triển nông thôn"]
    );
}

/// A plan's part "NỘI DUNG VÀ THỜI GIAN THỰC HIỆN" holds its steps: items
/// under a time label ("1. Từ ngày … đến ngày …: Công chức … phối hợp …")
/// are tasks of the body after the label.
#[test]
fn a_plans_steps_by_date_are_tasks() {
    let n = extract("ỦY BAN NHÂN DÂN\nXÃ TÂN AN\nSố: 18/KH-UBND\nTân An, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nTổng vệ sinh môi trường hưởng ứng Ngày Nước thế giới năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao ý thức bảo vệ môi trường của Nhân dân trên địa bàn xã.\nII. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n1. Từ ngày 05/3/2024 đến ngày 10/3/2024: Công chức Địa chính - Xây dựng xã phối hợp với Ban nhân dân các ấp khảo sát các điểm tập kết rác tự phát.\n2. Ngày 17/3/2024: Đoàn Thanh niên xã tổ chức ra quân thu gom rác thải dọc các tuyến kênh.\nIII. TỔ CHỨC THỰC HIỆN\n1. Đài Truyền thanh xã tuyên truyền Kế hoạch này trên hệ thống loa truyền thanh.\nNơi nhận:\n- Lưu: VT.\n");
    let d = directive(&n, "Từ ngày 05/3/2024");
    assert_eq!(leads(d), ["Địa chính - Xây dựng xã"]);
    assert_eq!(
        leads(directive(&n, "Ngày 17/3/2024")),
        ["Đoàn Thanh niên xã"]
    );
    no_directive_with(&n, &["Nâng cao ý thức"]);
}

/// A task handed out in the passive in a news run ("Trạm Y tế xã được
/// giao giám sát …") is that body's task and keeps the run going.
#[test]
fn a_passive_assignment_is_a_task_of_its_body() {
    let n = extract("Xã Tân Lộc triển khai nhiệm vụ phòng, chống dịch sốt xuất huyết\n\n(TL) - Sáng ngày 05/6, UBND xã Tân Lộc tổ chức hội nghị triển khai công tác phòng, chống dịch sốt xuất huyết năm 2024.\n\nNăm 2023, trên địa bàn xã ghi nhận 46 ca mắc sốt xuất huyết, tăng 12 ca so với năm 2022.\n\nPhát biểu kết luận hội nghị, đồng chí Chủ tịch UBND xã giao Ban Chỉ huy Quân sự xã phối hợp với Đoàn Thanh niên xã tổ chức ra quân diệt lăng quăng tại các ấp trong tháng 6/2024.\n\nTrạm Y tế xã được giao giám sát chặt chẽ các ca bệnh, xử lý triệt để ổ dịch ngay khi phát hiện; báo cáo UBND xã hằng tuần.\n\nCác trường học trên địa bàn cần hướng dẫn học sinh vệ sinh lớp học, loại bỏ vật dụng chứa nước đọng.\n\nTin: Minh Thư\n");
    assert_eq!(
        leads(directive(&n, "Trạm Y tế xã được giao")),
        ["Trạm Y tế xã"]
    );
    assert_eq!(
        leads(directive(&n, "Các trường học trên địa bàn")),
        ["trường học trên địa bàn"]
    );
}

/// A heading made of bodies only, in parts set apart by ";" ("Thủ trưởng
/// các cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND huyện; Chủ tịch UBND
/// các xã, thị trấn:"), hands all of them down, each collective whole.
#[test]
fn a_heading_of_several_collectives_hands_all_down() {
    let n = extract("ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC\nSố: 09/KH-UBND\nĐại Lộc, ngày 12 tháng 01 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\nI. TỔ CHỨC THỰC HIỆN\n1. Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn:\n- Xây dựng kế hoạch cải cách hành chính năm 2024 của cơ quan, đơn vị, gửi Phòng Nội vụ trước ngày 31/01/2024.\n- Tăng cường tự kiểm tra công tác cải cách hành chính tại cơ quan, đơn vị.\n2. Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND huyện:\n- Niêm yết công khai thủ tục hành chính tại trụ sở.\n3. Phòng Nội vụ; Văn phòng HĐND và UBND huyện:\n- Kiểm tra công tác cải cách hành chính tại ít nhất 05 cơ quan trong năm 2024.\nNơi nhận:\n- Lưu: VT.\n");
    assert_eq!(
        leads(directive(&n, "Xây dựng kế hoạch cải cách")),
        [
            "cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND huyện",
            "UBND các xã, thị trấn"
        ]
    );
    assert_eq!(
        leads(directive(&n, "Niêm yết công khai")),
        ["cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND huyện"]
    );
    assert_eq!(
        leads(directive(&n, "Kiểm tra công tác")),
        ["Phòng Nội vụ", "Văn phòng HĐND và UBND huyện"]
    );
}

/// A sentence of its own that only says where the tasks are listed
/// ("Nhiệm vụ cụ thể, cơ quan chủ trì, thời gian hoàn thành tại Phụ lục kèm
/// theo.") is no task; one that asks bodies to carry them out is.
#[test]
fn a_pointer_sentence_to_an_appendix_is_no_task() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\nHUYỆN QUẾ SƠN\nSố: 11/KH-UBND\nQuế Sơn, ngày 15 tháng 01 năm 2024\nKẾ HOẠCH\nChuyển đổi số năm 2024\n\nI. NHIỆM VỤ\n\n1. Phát triển hạ tầng số: phủ sóng di động 4G đến 100% thôn.\n\nNhiệm vụ cụ thể, cơ quan chủ trì, thời gian hoàn thành tại Phụ lục kèm theo.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo, báo cáo kết quả trước ngày 15/12/2024.\n\nNơi nhận:\n- Lưu: VT.\n",
    );
    no_directive_with(&n, &["Nhiệm vụ cụ thể, cơ quan chủ trì"]);
    assert_eq!(
        leads(directive(&n, "Các cơ quan, đơn vị thực hiện")),
        ["cơ quan, đơn vị"]
    );
}

/// A plan told of after a news report's directions ("Theo kế hoạch, …, Sở Y
/// tế sẽ trình …", "Được biết, … phấn đấu …") asks no one; "Theo kế hoạch,"
/// before a request still opens a task.
#[test]
fn a_plan_told_of_in_news_is_no_task() {
    let text = "THÔNG BÁO\nKết luận của Giám đốc Sở Y tế\n\n\
        Giám đốc Sở Y tế kết luận như sau:\n\n\
        1. Phòng Kế hoạch - Tài chính rà soát quy chế chi tiêu nội bộ.\n\n\
        2. Theo kế hoạch, UBND các huyện hoàn thành việc rà soát trước ngày 30/6/2024.\n\n\
        Theo kế hoạch, trong năm 2024, Sở Y tế sẽ trình UBND tỉnh giao tự chủ cho thêm hai bệnh viện.\n\n\
        Được biết, từ nay đến cuối năm 2024, Sở Lao động - Thương binh và Xã hội phấn đấu hoàn thành việc chi trả.\n";
    let n = extract(text);
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1", "2"]);
    no_directive_with(
        &n,
        &["sẽ trình UBND tỉnh", "phấn đấu hoàn thành việc chi trả"],
    );
}

/// A decision that goes on to ask for work is a task: one agreed with a
/// partner and then a clause of work after ";", and an item whose first
/// sentence records an agreement and whose next gives a body its work,
/// with the closing nested under it.
#[test]
fn decisions_followed_by_work_are_tasks() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Ban Thường vụ Thị ủy\n\nBan Thường vụ Thị ủy kết luận như sau:\n\n1. Đối với UBND các phường Hòa Bình, Tân An:\n\n- Thống nhất vị trí, ranh giới khu đất xây dựng trường với Sở Giáo dục và Đào tạo; hoàn thành giải phóng mặt bằng trước ngày 15/10/2025.\n\n- Thống nhất nội dung dự thảo phương án bồi thường.\n\n2. Về công tác tuyển quân: Ban Thường vụ Thị ủy thống nhất với báo cáo của Hội đồng nghĩa vụ quân sự thị xã. Ban Chỉ huy Quân sự thị xã tiếp tục phối hợp với các phường rà soát nguồn công dân trước ngày 30/11/2025.\n\nCác chi, đảng bộ cơ sở triển khai thực hiện nghiêm túc kết luận này.",
    );
    let site = directive(&n, "Thống nhất vị trí");
    assert_eq!(leads(site), ["UBND phường Hòa Bình", "UBND phường Tân An"]);
    assert_eq!(site.deadlines[0].date.as_deref(), Some("2025-10-15"));
    no_directive_with(&n, &["dự thảo phương án", "thống nhất với báo cáo"]);
    assert_eq!(
        leads(directive(&n, "Ban Chỉ huy Quân sự thị xã")),
        ["Ban Chỉ huy Quân sự thị xã"]
    );
}

/// An inspection's conclusion: the findings under "KẾT LUẬN" before a part
/// of remedies are no tasks, and a bare "YÊU CẦU" after the results of an
/// inspection holds the remedies (a plan's "YÊU CẦU" after its purposes
/// holds none).
#[test]
fn findings_before_remedies_and_requests_after_results() {
    let n = extract(
        "THANH TRA HUYỆN HÒA AN\nSố: 07/KL-TTr\nHòa An, ngày 12 tháng 8 năm 2022\n\nKẾT LUẬN THANH TRA\nViệc quản lý ngân sách xã Bình Long\n\nI. KẾT QUẢ THANH TRA\n\nUBND xã chi sai quy định 45.000.000 đồng.\n\nII. KẾT LUẬN\n\nNăm 2021, UBND xã Bình Long đã cơ bản thực hiện các nhiệm vụ thu, chi ngân sách.\n\nTrách nhiệm thuộc về Chủ tịch UBND xã Bình Long và công chức Tài chính - Kế toán xã.\n\nIII. KIẾN NGHỊ, BIỆN PHÁP XỬ LÝ\n\n1. UBND xã Bình Long thu hồi số tiền 45.000.000 đồng chi sai trước ngày 30/9/2022.\n\n2. Phòng Tài chính - Kế hoạch tăng cường hướng dẫn công tác quyết toán ngân sách xã.\n",
    );
    assert_eq!(
        texts(&n).len(),
        2,
        "only the remedies are tasks: {:#?}",
        texts(&n)
    );
    no_directive_with(&n, &["Trách nhiệm thuộc về", "đã cơ bản thực hiện"]);

    let n = extract(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 210/TB-SGDĐT\nCà Mau, ngày 4 tháng 12 năm 2023\n\nTHÔNG BÁO\nKết quả kiểm tra công tác tuyển sinh\n\nI. KẾT QUẢ KIỂM TRA\n\nMột số trường chưa công khai kế hoạch tuyển sinh.\n\nII. YÊU CẦU\n\n1. Về hồ sơ tuyển sinh\n\na) Rà soát hồ sơ tuyển sinh của các trường trực thuộc.\n\nb) Công khai kế hoạch tuyển sinh trên trang thông tin điện tử.\n",
    );
    directive(&n, "Rà soát hồ sơ tuyển sinh");
    directive(&n, "Công khai kế hoạch tuyển sinh");

    let n = extract(
        "UBND HUYỆN NĂM CĂN\nSố: 15/KH-UBND\nNăm Căn, ngày 4 tháng 1 năm 2024\n\nKẾ HOẠCH\nTuyên truyền phổ biến pháp luật năm 2024\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức pháp luật của Nhân dân.\n\nII. YÊU CẦU\n\n1. Bảo đảm thiết thực, hiệu quả, tránh hình thức.\n\nIII. NHIỆM VỤ\n\n1. Phòng Tư pháp tổ chức hội nghị phổ biến pháp luật trong quý II/2024.\n",
    );
    no_directive_with(&n, &["thiết thực, hiệu quả"]);
    directive(&n, "Phòng Tư pháp tổ chức hội nghị");
}

/// A closing formula asked of named bodies in the first sentences of a
/// paragraph is no task: the work after it is (done by the bodies it asked
/// unless it names its own), what to do when stuck is not, and a reason
/// put before it ("Đây là công trình trọng điểm, …") changes nothing.
#[test]
fn closing_sentences_before_work_and_after_reasons() {
    let head = "UBND TỈNH HÀ NAM\nSố: 05/CT-UBND\nHà Nam, ngày 3 tháng 3 năm 2023\n\nCHỈ THỊ\nVề tăng cường quản lý đê điều\n\nChủ tịch UBND tỉnh chỉ thị:\n\n1. Sở Nông nghiệp và Phát triển nông thôn kiểm tra hiện trạng đê điều trước mùa mưa lũ.\n\n";
    let n = extract(&format!("{head}Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố nghiêm túc triển khai thực hiện Chỉ thị này. Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện Chỉ thị, báo cáo UBND tỉnh trước ngày 15/12/2023./.\n"));
    assert_eq!(texts(&n).len(), 2, "{:#?}", texts(&n));
    assert_eq!(leads(directive(&n, "Giao Sở Tư pháp")), ["Sở Tư pháp"]);
    no_directive_with(&n, &["nghiêm túc triển khai"]);

    let n = extract(&format!("{head}Yêu cầu các cơ quan, đơn vị và UBND các xã nghiêm túc triển khai thực hiện. Kết quả thực hiện báo cáo về UBND tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn) trước ngày 30/6/2023./.\n"));
    let d = directive(&n, "Kết quả thực hiện báo cáo");
    assert_eq!(leads(d), ["cơ quan, đơn vị", "UBND các xã"]);
    assert_eq!(d.deadlines[0].date.as_deref(), Some("2023-06-30"));

    for closing in [
        "Đây là công trình trọng điểm của tỉnh, UBND tỉnh yêu cầu các cơ quan, đơn vị, UBND các huyện nghiêm túc thực hiện. Quá trình thực hiện có vướng mắc báo cáo về UBND tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn) để xem xét, giải quyết./.",
        "Đây là nhiệm vụ cấp bách. Sở Nông nghiệp và Phát triển nông thôn đề nghị các đơn vị khẩn trương, nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Thủy lợi để được hướng dẫn./.",
        "Yêu cầu Giám đốc Sở Xây dựng và các tổ chức, cá nhân có liên quan nghiêm túc thực hiện các nội dung tại Chỉ thị này.",
    ] {
        let n = extract(&format!("{head}{closing}\n"));
        assert_eq!(texts(&n).len(), 1, "{closing}: {:#?}", texts(&n));
    }
}

/// Under the results of an inspection, a topic title that names a kind of
/// work ("2. Công tác giao đất …") opens no run of tasks: the findings under
/// it are none. The breakdown of a sum under a recovery task ("- Tiền …:
/// 1.215.400.000 đồng;") is no task either.
#[test]
fn findings_under_a_work_topic_and_sum_breakdowns_are_no_tasks() {
    let n = extract(
        "THANH TRA TỈNH BẮC KẠN\nSố: 11/KL-TTr\nBắc Kạn, ngày 9 tháng 9 năm 2021\n\nKẾT LUẬN THANH TRA\nViệc quản lý đất đai tại huyện Na Rì\n\nII. KẾT QUẢ KIỂM TRA, XÁC MINH\n\n1. Công tác giao đất, cho thuê đất tại các xã\n\nUBND huyện đã giao đất ở cho 12 hộ gia đình không qua đấu giá.\n\n2. Công tác bồi thường, giải phóng mặt bằng\n\nBan Quản lý dự án huyện chi hỗ trợ di chuyển mồ mả vượt đơn giá số tiền 98.000.000 đồng.\n\nIII. KIẾN NGHỊ\n\n1. Giao Chủ tịch UBND huyện Na Rì thu hồi 140.000.000 đồng nộp vào tài khoản tạm giữ của Thanh tra tỉnh, gồm:\n\n- Tiền sử dụng đất còn thiếu của 12 hộ gia đình: 42.000.000 đồng;\n\n- Tiền chi hỗ trợ vượt đơn giá tại Ban Quản lý dự án huyện: 98.000.000 đồng.\n\n2. Sở Tài nguyên và Môi trường hướng dẫn huyện Na Rì xác định lại giá đất.\n",
    );
    assert_eq!(texts(&n).len(), 2, "{:#?}", texts(&n));
    directive(&n, "Giao Chủ tịch UBND huyện Na Rì thu hồi");
    no_directive_with(
        &n,
        &[
            "chi hỗ trợ di chuyển",
            ": 42.000.000 đồng",
            ": 98.000.000 đồng",
        ],
    );
}

/// What came before the directions is no task: a text issued on a past day
/// with the requests it made, where things stand by someone's report; the
/// lead-in "… kiến nghị Chủ tịch UBND tỉnh:" is none either. A report that
/// ends introducing the conclusions still introduces them.
#[test]
fn issued_texts_reports_and_lead_ins_are_no_tasks() {
    let n = extract(
        "UBND TỈNH PHÚ YÊN\nSố: 3120/UBND-KT\nV/v thực hiện kiến nghị của Kiểm toán nhà nước\nPhú Yên, ngày 5 tháng 10 năm 2023\n\nKính gửi: Các sở, ban, ngành; UBND các huyện, thị xã, thành phố.\n\nNgày 15/6/2023, Kiểm toán nhà nước khu vực V ban hành Báo cáo kiểm toán ngân sách địa phương năm 2022 của tỉnh, trong đó kiến nghị xử lý tài chính 45.200 triệu đồng.\n\nTheo báo cáo của Sở Tài chính, đến ngày 30/9/2023 các đơn vị mới thực hiện được 21.300 triệu đồng.\n\nĐể thực hiện nghiêm các kiến nghị, Chủ tịch UBND tỉnh yêu cầu:\n\n1. Các sở, ban, ngành và UBND các huyện thực hiện dứt điểm các kiến nghị trước ngày 31/12/2023.\n\n2. Sở Tài chính tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/01/2024.\n",
    );
    assert_eq!(texts(&n).len(), 2, "{:#?}", texts(&n));
    no_directive_with(&n, &["ban hành Báo cáo kiểm toán", "mới thực hiện được"]);

    let n = extract(
        "THANH TRA TỈNH PHÚ YÊN\nSố: 21/KL-TTr\nPhú Yên, ngày 5 tháng 10 năm 2023\n\nKẾT LUẬN THANH TRA\nViệc mua sắm trang thiết bị y tế\n\nIII. KIẾN NGHỊ\n\nTừ kết quả thanh tra nêu trên, Chánh Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh:\n\n1. Giao Sở Y tế thu hồi số tiền chi sai trước ngày 31/12/2023.\n\n2. Giao Sở Tài chính hướng dẫn các đơn vị định giá trang thiết bị.\n",
    );
    assert_eq!(texts(&n).len(), 2, "{:#?}", texts(&n));
    no_directive_with(&n, &["kiến nghị Chủ tịch UBND tỉnh"]);

    let n = extract(
        "UBND XÃ SƠN THÀNH\nSố: 88/TB-UBND\nSơn Thành, ngày 5 tháng 10 năm 2023\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND xã\n\nTheo báo cáo của Ban Thú y xã, trên địa bàn xã đã xuất hiện dịch tại 04 hộ chăn nuôi. Chủ tịch UBND xã kết luận như sau:\n\n1. Ban Thú y xã tổ chức tiêu độc, khử trùng các ổ dịch.\n",
    );
    directive(&n, "Ban Thú y xã tổ chức tiêu độc");
}

/// An item that only says whom its doer answers to is no task; one that
/// goes on to the work is.
#[test]
fn accountability_alone_is_no_task() {
    let n = extract(
        "UBND HUYỆN TRI TÔN\nSố: 45/TB-UBND\nTri Tôn, ngày 2 tháng 3 năm 2024\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\nChủ tịch UBND huyện kết luận như sau:\n\n1. Chủ tịch UBND các xã, thị trấn:\n\n- Chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả tuyển quân của địa phương.\n\n- Chịu trách nhiệm trước pháp luật nếu để xảy ra tình trạng lấn chiếm đất công trên địa bàn.\n\n- Chịu trách nhiệm trước Chủ tịch UBND huyện về công tác quản lý đất đai; tổ chức kiểm tra, xử lý dứt điểm các trường hợp lấn chiếm trong quý II/2024.\n\n- Tổ chức sơ tuyển sức khỏe cho công dân đủ điều kiện nhập ngũ.\n",
    );
    assert_eq!(texts(&n).len(), 2, "{:#?}", texts(&n));
    no_directive_with(&n, &["kết quả tuyển quân", "trước pháp luật"]);
    directive(
        &n,
        "Chịu trách nhiệm trước Chủ tịch UBND huyện về công tác quản lý",
    );
}

/// A closing's wording after work named for a body ("Đề nghị Sở Tài chính
/// rà soát hồ sơ, khẩn trương thực hiện.") is a task; the formula alone
/// ("… các cơ quan, đơn vị khẩn trương, nghiêm túc triển khai thực hiện.")
/// is none.
#[test]
fn work_before_a_closings_urgency_is_a_task() {
    let n = extract(
        "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\nChủ tịch UBND huyện kết luận như sau:\n\n1. Đề nghị Phòng Tài chính - Kế hoạch rà soát hồ sơ quyết toán, khẩn trương thực hiện.\n\n2. Giao Phòng Nội vụ tổng hợp danh sách trước ngày 20/6/2025.\n\nYêu cầu các cơ quan, đơn vị, địa phương khẩn trương, nghiêm túc triển khai thực hiện.",
    );
    assert_eq!(
        leads(directive(&n, "Đề nghị Phòng Tài chính")),
        ["Phòng Tài chính - Kế hoạch"]
    );
    no_directive_with(&n, &["nghiêm túc triển khai thực hiện"]);
}

/// Every Unicode space a copied notice may hold (no-break, en, thin,
/// ideographic, the line separator …) reads as an ASCII space: the rules,
/// whose `\s` is ASCII whitespace, find the same body and deadline as in
/// the notice typed with plain spaces.
#[test]
fn odd_spaces_between_words_read_as_plain_spaces() {
    let plain = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\nChủ tịch UBND huyện kết luận như sau:\n\n1. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch rà soát biên chế, báo cáo trước ngày 30/6/2024.\n";
    for space in [
        '\u{A0}', '\u{2009}', '\u{3000}', '\u{2028}', '\u{85}', '\u{202F}',
    ] {
        let text = plain.replace(' ', &space.to_string());
        let n = extract(&text);
        let d = directive(&n, "Giao Phòng Nội vụ");
        assert_eq!(leads(d), ["Phòng Nội vụ"], "{space:?}");
        assert_eq!(
            d.deadlines.first().and_then(|x| x.date.as_deref()),
            Some("2024-06-30"),
            "{space:?}"
        );
    }
}

/// A markdown table whose cells wrap inside their rows (a Word table pasted
/// as text): lines with an empty number cell carry each cell on, column by
/// column, so each task keeps its whole lead, partners and time, and their
/// spans reach the lines they go on to. A row without a number whose cells
/// open with capitals is a row of its own.
#[test]
fn wrapped_cells_of_a_pipe_table_join_their_own_columns() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN KỲ SƠN\n\nSố: 77/KH-UBND\n\nKỳ Sơn, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhòng, chống sạt lở đất mùa mưa năm 2026\n\nII. PHÂN CÔNG NHIỆM VỤ\n\
| TT | Nhiệm vụ | Cơ quan chủ | Cơ quan phối hợp | Thời hạn |\n\
|    |          | trì         |                  | hoàn thành |\n\
|----|----------|-------------|------------------|----------|\n\
| 1 | Rà soát các điểm có nguy cơ sạt lở dọc | Phòng Nông nghiệp và | Công an huyện; UBND các | Trước ngày |\n\
|   | quốc lộ 7A và tỉnh lộ 543 | Môi trường | xã, thị trấn | 15/4/2026 |\n\
| 2 | Lắp đặt biển cảnh báo tại các điểm sạt lở | Phòng Kinh tế, Hạ tầng | | Tháng 5/2026 |\n\
|   | Di dời khẩn cấp 12 hộ dân ra khỏi vùng nguy hiểm | Ban Chỉ huy Phòng thủ dân sự huyện | | Trước mùa mưa lũ |\n";
    let n = extract(text);
    let d = directive(&n, "Rà soát các điểm");
    assert!(d.text.contains("quốc lộ 7A và tỉnh lộ 543"), "{}", d.text);
    assert_eq!(leads(d), ["Phòng Nông nghiệp và Môi trường"]);
    let partners: Vec<&str> = d
        .responsible
        .iter()
        .filter(|p| p.role == Role::Cooperate)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(partners, ["Công an huyện", "UBND các xã, thị trấn"]);
    assert_eq!(d.deadlines.len(), 1);
    assert_eq!(d.deadlines[0].date.as_deref(), Some("2026-04-15"));
    // The lead's span runs from its first line to the line it goes on to.
    let lead = d.responsible[0].span.expect("the lead's span");
    assert_eq!((lead.line_start, lead.line_end), (15, 16));
    assert!(text[lead.start..].starts_with("Phòng Nông nghiệp và |"));
    assert!(text[..lead.end].ends_with("Môi trường"));
    // The unnumbered row in capitals is not the second row's tail.
    let d = directive(&n, "Lắp đặt biển cảnh báo");
    assert!(!d.text.contains("Di dời"), "{}", d.text);
    assert_eq!(leads(d), ["Phòng Kinh tế, Hạ tầng"]);
}
