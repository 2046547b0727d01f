//! Extraction rules on notices written for these tests (tests/notices/), in the
//! style of real ones but from other places and topics: each kind of body,
//! office holder, role cue and deadline form the rules claim to handle.

use crate::common::{directive, extract, no_directive_with, texts};
use chidao::model::{Directive, Notice, Role};

fn notice(name: &str) -> Notice {
    let path = crate::common::repo(&format!("tests/notices/{name}"));
    let text = std::fs::read_to_string(&path).expect("test notice");
    extract(&text)
}

fn bodies(d: &Directive, role: Role) -> Vec<&str> {
    d.responsible
        .iter()
        .filter(|p| p.role == role)
        .map(|p| p.name.as_str())
        .collect()
}

fn deadlines(d: &Directive) -> Vec<(&str, Option<&str>)> {
    d.deadlines
        .iter()
        .map(|x| (x.text.as_str(), x.date.as_deref()))
        .collect()
}

#[test]
fn assignment_lead_cooperation_and_report() {
    let n = notice("tb-dat-dai-chau-thanh.txt");
    let d = directive(&n, "Giao Phòng Tài nguyên");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài nguyên và Môi trường"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Phòng Tài chính - Kế hoạch", "UBND các xã, thị trấn"]
    );
    assert_eq!(bodies(d, Role::ReportTo), ["UBND huyện"]);
    assert_eq!(deadlines(d), [("trước ngày 31/8/2023", Some("2023-08-31"))]);
}

#[test]
fn subject_body_with_recurring_report() {
    let n = notice("tb-dat-dai-chau-thanh.txt");
    let d = directive(&n, "Chi cục Thuế");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Thuế khu vực"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Phòng Tài nguyên và Môi trường"]
    );
    assert_eq!(d.deadlines[0].kind, chidao::model::DeadlineKind::Recurring);
}

#[test]
fn office_holder_heading_hands_its_body_down() {
    let n = notice("tb-dat-dai-chau-thanh.txt");
    let d = directive(&n, "Tăng cường kiểm tra, xử lý nghiêm");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    assert!(d.responsible[0].inherited);
    assert_eq!(deadlines(d), [("trong quý III/2023", Some("2023-09-30"))]);
    assert_eq!(d.id, "3.a");
}

#[test]
fn request_to_front_and_unions() {
    let n = notice("tb-dat-dai-chau-thanh.txt");
    let d = directive(&n, "Đề nghị Ủy ban Mặt trận");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "đoàn thể"]
    );
    let police = directive(&n, "Công an huyện");
    assert_eq!(bodies(police, Role::Lead), ["Công an huyện"]);
    assert_eq!(deadlines(police), [("trong năm 2023", Some("2023-12-31"))]);
    // the closing formula is not a directive
    assert!(!n.directives.iter().any(|d| d.text.contains("thông báo để")));
}

#[test]
fn news_run_with_requester_subject_and_continuation() {
    let n = notice("news-giai-ngan-quang-ninh.txt");
    assert_eq!(n.header.date.as_deref(), Some("2024-10-14"));
    assert_eq!(n.header.number, None);
    // the report of results before the first request is no directive
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Chiều 12/10")));
    let d = directive(&n, "Phát biểu kết luận");
    assert_eq!(bodies(d, Role::Lead), ["sở, ngành, địa phương"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 31/01/2025", Some("2025-01-31"))]
    );
    let d = directive(&n, "Sở Kế hoạch và Đầu tư");
    assert_eq!(bodies(d, Role::Lead), ["Sở Kế hoạch và Đầu tư"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]
    );
    assert_eq!(deadlines(d), [("trong tháng 11/2024", Some("2024-11-30"))]);
    // "Giám đốc Sở X chỉ đạo các chủ đầu tư …": the Sở leads, the directed bodies do not
    let d = directive(&n, "Giám đốc Sở Xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(bodies(d, Role::ReportTo), ["UBND tỉnh"]);
    let d = directive(&n, "Đồng thời");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(deadlines(d), [("trước mùa mưa bão", None)]);
    // page debris is gone
    assert!(!n.directives.iter().any(|d| d.text.contains("Nguồn")));
}

#[test]
fn directive_forms_and_time_expressions() {
    let n = notice("ct-dich-benh-nghe-an.txt");
    assert_eq!(n.header.doc_type.as_deref(), Some("CHỈ THỊ"));
    let d = directive(&n, "Chủ trì, phối hợp với các sở");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Nông nghiệp và Phát triển nông thôn"]
    );
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["sở, ngành liên quan", "UBND các huyện, thành phố, thị xã"]
    );
    assert_eq!(deadlines(d), [("trước ngày 25 hằng tháng", None)]);
    let d = directive(&n, "Chỉ đạo Chi cục");
    assert_eq!(
        deadlines(d),
        [("chậm nhất ngày 30 tháng 4 năm 2024", Some("2024-04-30"))]
    );
    let d = directive(&n, "Sở Tài chính tham mưu");
    assert_eq!(bodies(d, Role::ReportTo), ["UBND tỉnh"]);
    assert!(d.deadlines[0].text.starts_with("trong vòng 10 ngày"));
    let d = directive(&n, "Sở Thông tin và Truyền thông");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Sở Thông tin và Truyền thông",
            "Đài Phát thanh và Truyền hình tỉnh",
            "Báo Nghệ An"
        ]
    );
    assert_eq!(deadlines(d), [("từ nay đến hết năm", Some("2024-12-31"))]);
    // ordinal items under an office-holder heading
    let d = directive(&n, "Bố trí kinh phí tiêm phòng");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thành phố, thị xã"]);
    assert_eq!(
        deadlines(d),
        [("trong 6 tháng đầu năm", Some("2024-06-30"))]
    );
    let d = directive(&n, "Chỉ đạo UBND cấp xã");
    assert_eq!(deadlines(d), [("định kỳ 6 tháng", None)]);
    // two-digit year
    let d = directive(&n, "Công an tỉnh");
    assert_eq!(deadlines(d), [("trước 15/12/24", Some("2024-12-15"))]);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Yêu cầu Giám đốc")));
}

#[test]
fn nested_numbering_labels_and_holders() {
    let n = notice("tb-truong-hoc-duc-hoa.txt");
    assert_eq!(
        n.header
            .signer
            .as_ref()
            .and_then(|s| s.delegation.as_deref()),
        Some("TL.")
    );
    // the assessment part is not a directive
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Các công trình")));
    assert!(n.assessment.is_some());
    let d = directive(&n, "Đôn đốc nhà thầu");
    assert_eq!(d.id, "II.1.1");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng huyện"]
    );
    assert_eq!(deadlines(d), [("trong tháng 11", Some("2022-11-30"))]);
    let d = directive(&n, "Phối hợp Phòng Giáo dục");
    assert_eq!(bodies(d, Role::Cooperate), ["Phòng Giáo dục và Đào tạo"]);
    let d = directive(&n, "Rà soát nhu cầu");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Giáo dục và Đào tạo"]);
    assert_eq!(bodies(d, Role::ReportTo), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(deadlines(d), [("trước 30/10/2022", Some("2022-10-30"))]);
    let d = directive(&n, "Trưởng phòng Tài chính");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(
        deadlines(d),
        [("trong quý IV năm 2022", Some("2022-12-31"))]
    );
}

#[test]
fn plan_parts_labels_and_service_bodies() {
    let n = notice("kh-chuyen-doi-so-binh-dinh.txt");
    // purposes are not directives; the task part and the organisation part are
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Nâng cao nhận thức")));
    let d = directive(&n, "Hoàn thiện hạ tầng số");
    assert!(d.responsible.is_empty());
    assert_eq!(deadlines(d), [("trong quý II/2025", Some("2025-06-30"))]);
    let d = directive(&n, "Sở Khoa học và Công nghệ:");
    assert_eq!(bodies(d, Role::Lead), ["Sở Khoa học và Công nghệ"]);
    assert_eq!(bodies(d, Role::Cooperate), ["sở, ban, ngành"]);
    assert_eq!(deadlines(d), [("định kỳ hằng quý", None)]);
    let d = directive(&n, "Các sở, ban, ngành, UBND");
    assert_eq!(
        bodies(d, Role::Lead),
        ["sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]
    );
    let d = directive(&n, "Đề nghị Bưu điện");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Bưu điện tỉnh", "Viễn thông Bình Định"]
    );
    // the standard closing about difficulties is not a directive
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Trong quá trình")));
    assert_eq!(n.directives.len(), 6);
}

#[test]
fn decisions_of_the_meeting_are_not_tasks() {
    let n = notice("tb-giao-ban-kinh-mon.txt");
    let texts = || n.directives.iter().map(|d| &d.text).collect::<Vec<_>>();
    // Approvals and acknowledgements that ask for no work are dropped …
    for decision in ["Thống nhất thông qua", "Ghi nhận và đánh giá cao"] {
        assert!(
            !n.directives.iter().any(|d| d.text.starts_with(decision)),
            "{decision}: {:#?}",
            texts()
        );
    }
    assert_eq!(n.directives.len(), 4, "{:#?}", texts());
    // … but not when the item assigns work to a body of its own,
    let d = directive(&n, "Đồng ý chủ trương đầu tư");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND xã Hiệp Hòa"]);
    assert_eq!(deadlines(d), [("trước ngày 15/5/2025", Some("2025-05-15"))]);
    let d = directive(
        &n,
        "Nhất trí với đề xuất của Phòng Kinh tế; Phòng Kinh tế khẩn trương",
    );
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế"]);
    assert_eq!(deadlines(d), [("trong tháng 5/2025", Some("2025-05-31"))]);
    let d = directive(&n, "Cơ bản thống nhất phương án");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Giáo dục và Đào tạo"]);
    // or when a verb follows the decision ("thống nhất tổ chức …"); and a
    // numbered item naming nobody does not take the bodies of the item
    // before it, which were that item's own.
    let d = directive(&n, "Thống nhất tổ chức Hội nghị");
    assert_eq!(deadlines(d), [("trong tháng 7/2025", Some("2025-07-31"))]);
    assert!(d.responsible.is_empty(), "{:?}", d.responsible);
}

#[test]
fn a_sentence_ending_in_its_cue_introduces_the_tasks() {
    // "…, Chủ tịch UBND tỉnh yêu cầu:" opens the list as "… như sau:" does.
    let n = notice("ct-pccc-thai-binh.txt");
    let d = directive(&n, "Công an tỉnh chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["sở, ngành", "UBND các huyện, thành phố"]
    );
    assert_eq!(
        deadlines(d),
        [
            ("trước ngày 15 tháng 12 năm 2025", Some("2025-12-15")),
            ("định kỳ 6 tháng", None)
        ]
    );
    let d = directive(&n, "Sở Công Thương hướng dẫn");
    assert_eq!(bodies(d, Role::Lead), ["Sở Công Thương"]);
    let d = directive(&n, "Giám đốc Sở Giáo dục và Đào tạo chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["Sở Giáo dục và Đào tạo"]);
    let d = directive(&n, "Rà soát, bố trí nguồn nước");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thành phố"]);
    assert_eq!(
        deadlines(d),
        [("xong trước 31/01/2026", Some("2026-01-31"))]
    );
    assert_eq!(n.directives.len(), 6);
}

/// A request a news report says was made ("… đã ban hành công điện đề nghị
/// …") is no task; `đã` in an earlier clause (before `;`) does not count.
#[test]
fn reported_requests_are_not_tasks_but_later_clauses_are() {
    let text = "Ứng phó bão số 3\n\nThứ ba, 06/09/2022 14:25\n\n\
        Sáng 5/9, UBND tỉnh đã ban hành công điện đề nghị ứng phó với bão số 3.\n\n\
        Hội nghị đã diễn ra sáng nay; đề nghị kiểm tra các hồ chứa xung yếu.\n\n\
        UBND tỉnh đã họp, đề nghị rà soát các hồ chứa xung yếu.\n";
    let n = extract(text);
    assert_eq!(
        texts(&n),
        ["Hội nghị đã diễn ra sáng nay; đề nghị kiểm tra các hồ chứa xung yếu."]
    );
}

/// "Giao ban" is a briefing meeting, but "Giao Ban Chỉ huy Quân sự huyện …"
/// assigns the Board; a body name ends before a time phrase ("… Môi trường
/// chậm nhất ngày …"); lettered items under a body heading inherit it.
#[test]
fn command_board_assigned_and_names_ended_by_time_phrases() {
    let n = notice("tb-mua-lu-huong-khe.txt");
    assert_eq!(n.header.number.as_deref(), Some("215/TB-VP"));
    assert_eq!(n.directives.len(), 9);
    let d = directive(&n, "Giao Ban Chỉ huy Quân sự huyện");
    assert_eq!(bodies(d, Role::Lead), ["Ban Chỉ huy Quân sự huyện"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Công an huyện"]);
    assert_eq!(deadlines(d), [("trong quý III/2025", Some("2025-09-30"))]);
    let d = directive(&n, "Tổ chức kiểm tra các hồ, đập");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    assert_eq!(
        bodies(d, Role::ReportTo),
        ["Phòng Nông nghiệp và Môi trường"]
    );
    assert_eq!(
        deadlines(d),
        [("chậm nhất ngày 31/7/2025", Some("2025-07-31"))]
    );
    let d = directive(&n, "Đề nghị Ủy ban Mặt trận Tổ quốc");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]
    );
}

/// A lead paragraph that ends "… kết luận như sau:" right after the title
/// (short enough to be read with the header) starts the run of tasks: the
/// items after it are tasks whoever their subject is, and the chair who
/// concludes is handed down to none of them.
#[test]
fn items_after_a_lead_ending_in_a_colon_are_tasks() {
    let n = notice("tb-giao-ban-son-tinh.txt");
    assert_eq!(n.header.date.as_deref(), Some("2025-08-14"));
    assert_eq!(n.directives.len(), 4);
    let d = directive(&n, "Phòng Văn hóa, Khoa học và Thông tin");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Phòng Văn hóa, Khoa học và Thông tin"]
    );
    assert_eq!(deadlines(d), [("trong tháng 9/2025", Some("2025-09-30"))]);
    let d = directive(&n, "Trung tâm Phát triển quỹ đất");
    assert_eq!(bodies(d, Role::Cooperate), ["UBND xã Tịnh Hà"]);
    // A lowercase run given up after a two-syllable capitalized word keeps it.
    let d = directive(&n, "Giao Ban Quản lý dự án");
    assert_eq!(bodies(d, Role::Cooperate), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện"]
    );
}

/// A news page: its breadcrumb trail is debris (the headline is the title),
/// each paragraph of the chair's conclusion is a task of its own subject, and
/// an event of the school year is a deadline without a date.
#[test]
fn news_page_with_breadcrumb_and_event_deadline() {
    let n = notice("news-kon-tum-giao-duc.txt");
    assert_eq!(
        n.header.title.as_deref(),
        Some("Chủ tịch UBND tỉnh chỉ đạo chuẩn bị năm học mới 2025-2026")
    );
    assert_eq!(n.header.date.as_deref(), Some("2025-08-18"));
    assert_eq!(n.directives.len(), 4);
    // The report of what is missing is no directive.
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Theo báo cáo")));
    let d = directive(&n, "Kết luận cuộc họp");
    assert_eq!(bodies(d, Role::Lead), ["Sở Giáo dục và Đào tạo"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Nội vụ"]);
    let d = directive(&n, "UBND các huyện, thành phố chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thành phố"]);
    assert_eq!(deadlines(d), [("trước khai giảng", None)]);
    let d = directive(&n, "Đồng thời, Công an tỉnh");
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Giao thông vận tải"]);
}

/// A plan that lists each task's lead, partners and time as fields under it:
/// one directive per task, its bodies and deadline read from the fields;
/// "X là cơ quan thường trực, …" names X as the lead.
#[test]
fn plan_tasks_with_their_fields_listed_under_them() {
    let n = notice("kh-cai-cach-hanh-chinh-lao-cai.txt");
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["II.1", "II.2", "II.3", "III.1", "III.2", "III.3"]);
    let d = directive(&n, "Rà soát, đơn giản hóa thủ tục hành chính");
    assert_eq!(d.text, "Rà soát, đơn giản hóa thủ tục hành chính");
    assert_eq!(d.parent.as_deref(), Some("II"));
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng UBND tỉnh"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]
    );
    assert_eq!(deadlines(d), [("Quý II/2025", Some("2025-06-30"))]);
    let d = directive(&n, "Nâng cao chất lượng hoạt động");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Phục vụ hành chính công tỉnh"]
    );
    // "Thường xuyên" is urgency, not a deadline.
    assert!(d.deadlines.is_empty());
    let d = directive(&n, "Tổ chức điều tra xã hội học");
    assert_eq!(deadlines(d), [("Tháng 11/2025", Some("2025-11-30"))]);
    let d = directive(&n, "Sở Nội vụ là cơ quan thường trực");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/12/2025", Some("2025-12-15"))]
    );
}

/// An official letter (công văn): its "V/v …" subject line is no Roman
/// numeral, the items are numbered from 1, and "UBND các huyện: A, B, C"
/// gives one body per district.
#[test]
fn official_letter_with_subject_line_and_listed_districts() {
    let n = notice("cv-ha-giang-sat-lo.txt");
    assert_eq!(n.header.number.as_deref(), Some("3120/UBND-KTTH"));
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4"]);
    let d = directive(&n, "Giao Sở Xây dựng chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(
        deadlines(d),
        [
            ("trong tháng 9/2025", Some("2025-09-30")),
            ("trước ngày 30/10/2025", Some("2025-10-30"))
        ]
    );
    let d = directive(&n, "Chủ tịch UBND các huyện");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND huyện Quản Bạ",
            "UBND huyện Yên Minh",
            "UBND huyện Đồng Văn",
            "UBND huyện Mèo Vạc"
        ]
    );
    assert_eq!(deadlines(d), [("định kỳ hằng tuần", None)]);
}

/// Regional offices ("Kho bạc Nhà nước khu vực XVI"), a distributed list of
/// departments split at commas ("Giám đốc các Sở: Xây dựng, Nông nghiệp và
/// Môi trường"), and deadlines without "ngày" ("trước 15/10/2025").
#[test]
fn regional_offices_and_departments_listed_after_a_colon() {
    let n = notice("tb-ykcd-dong-nai.txt");
    let d = directive(&n, "Kho bạc Nhà nước khu vực XVI");
    assert_eq!(bodies(d, Role::Lead), ["Kho bạc Nhà nước khu vực XVI"]);
    let d = directive(&n, "Giám đốc các Sở");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]
    );
    let d = directive(&n, "Về công tác giải phóng mặt bằng");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thành phố"]);
    assert_eq!(deadlines(d), [("trước 15/10/2025", Some("2025-10-15"))]);
    let d = directive(&n, "Sở Tài chính theo dõi");
    assert_eq!(deadlines(d), [("vào ngày 25 hằng tháng", None)]);
}

/// A Chỉ thị: bullets under a body heading inherit it, "X chỉ đạo Y …" keeps
/// X responsible, a start-to-end period gives its end, and the generic
/// closing call is no directive.
#[test]
fn directive_with_body_headings_and_a_closing_call() {
    let n = notice("ct-an-toan-thuc-pham-vinh-long.txt");
    assert_eq!(n.header.doc_type.as_deref(), Some("CHỈ THỊ"));
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "Chủ trì, phối hợp với các sở, ngành liên quan");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    assert_eq!(bodies(d, Role::Cooperate), ["sở, ngành liên quan"]);
    assert_eq!(
        deadlines(d),
        [(
            "từ ngày 15/12/2025 đến hết ngày 15/02/2026",
            Some("2026-02-15")
        )]
    );
    let d = directive(&n, "Công an tỉnh chỉ đạo Phòng Cảnh sát kinh tế");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    assert!(bodies(d, Role::Cooperate).is_empty());
    let d = directive(&n, "Thành lập đoàn kiểm tra cấp huyện");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thị xã, thành phố"]);
    no_directive_with(&n, &["nghiêm túc triển khai"]);
}

/// A national notice: partners listed after "các Bộ:" and more after the
/// list ("… và các địa phương liên quan"), provinces listed after "Ủy ban
/// nhân dân các tỉnh:" with a city that brings its own unit.
#[test]
fn national_notice_with_listed_ministries_and_provinces() {
    let n = notice("tb-vpcp-vanh-dai-4.txt");
    assert_eq!(n.header.number.as_deref(), Some("488/TB-VPCP"));
    let d = directive(&n, "Giao Bộ Xây dựng chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Bộ Xây dựng"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        [
            "Bộ Tài chính",
            "Bộ Nông nghiệp và Môi trường",
            "địa phương liên quan"
        ]
    );
    let d = directive(&n, "Ủy ban nhân dân các tỉnh");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Ủy ban nhân dân tỉnh Bắc Ninh",
            "Ủy ban nhân dân tỉnh Hưng Yên",
            "Ủy ban nhân dân thành phố Hà Nội"
        ]
    );
    assert_eq!(
        deadlines(d),
        [("trước ngày 31 tháng 12 năm 2025", Some("2025-12-31"))]
    );
}

/// A plan whose task table is written one row per line (markdown pipes):
/// the header row names the columns, each numbered row is a task, and the
/// header row itself is no directive.
#[test]
fn task_table_written_one_row_per_line() {
    let n = notice("kh-cchc-bac-kan.txt");
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["T.1", "T.2", "T.3", "II.p1"]);
    let d = directive(&n, "Rà soát văn bản quy phạm pháp luật");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tư pháp"]);
    assert_eq!(bodies(d, Role::Cooperate), ["sở, ngành"]);
    assert_eq!(deadlines(d), [("Quý II/2025", Some("2025-06-30"))]);
    let d = directive(&n, "Đánh giá chỉ số cải cách hành chính");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
    assert_eq!(deadlines(d), [("Quý IV/2025", Some("2025-12-31"))]);
}

/// Headings that name the doers of the bullets under them: "Đối với các sở,
/// ban, ngành tỉnh:" (only "đối với" is skipped), "Giao Sở Nội vụ:", "Đề
/// nghị Ủy ban MTTQ … và các tổ chức chính trị - xã hội:".
#[test]
fn bullets_under_headings_that_name_their_doers() {
    let n = notice("tb-doi-voi-ky-anh.txt");
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "Rà soát thủ tục hành chính thuộc thẩm quyền");
    assert_eq!(bodies(d, Role::Lead), ["sở, ban, ngành tỉnh"]);
    assert_eq!(deadlines(d), [("trong quý I/2026", Some("2026-03-31"))]);
    let d = directive(&n, "Theo dõi, tổng hợp tình hình thực hiện");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
    assert_eq!(bodies(d, Role::ReportTo), ["UBND tỉnh"]);
    let d = directive(&n, "Vận động đoàn viên, hội viên");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ủy ban MTTQ Việt Nam tỉnh", "tổ chức chính trị - xã hội"]
    );
}

/// A news report in which the speaker (a deputy chair, "đồng chí") directs
/// bodies with "chỉ đạo", "đề nghị", "lưu ý", "nhắc nhở": the bodies
/// directed are responsible, the speaker is not; a body that directs another
/// ("Sở Xây dựng chỉ đạo các đơn vị …") stays the doer.
#[test]
fn news_speaker_directs_bodies() {
    let n = notice("news-gia-lai-mua-lu.txt");
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "Tại buổi kiểm tra, Phó Chủ tịch");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện Đak Pơ"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 25/11/2025", Some("2025-11-25"))]
    );
    let d = directive(&n, "Phó Chủ tịch UBND tỉnh đề nghị Sở Y tế");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    let d = directive(&n, "Đồng chí cũng lưu ý");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nông nghiệp và Môi trường"]);
    let d = directive(&n, "Kiểm tra tại công trình cầu Ia Pết");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"]
    );
    assert_eq!(deadlines(d), [("trong quý I/2026", Some("2026-03-31"))]);
    let d = directive(&n, "Sở Xây dựng chỉ đạo các đơn vị");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    let d = directive(&n, "Phó Chủ tịch UBND tỉnh nhắc nhở");
    assert_eq!(bodies(d, Role::Lead), ["địa phương"]);
}

/// A conclusion of a Party committee's standing board: Party bodies
/// (Ban cán sự đảng, Đảng đoàn, đảng ủy trực thuộc) lead, "lãnh đạo" is
/// their verb, not part of their name.
#[test]
fn party_committee_conclusion() {
    let n = notice("tb-btv-tinh-uy-lang-son.txt");
    assert_eq!(n.header.number.as_deref(), Some("215-TB/TU"));
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "Ban cán sự đảng UBND tỉnh lãnh đạo");
    assert_eq!(bodies(d, Role::Lead), ["Ban cán sự đảng UBND tỉnh"]);
    assert_eq!(deadlines(d), [("đến ngày 31/01/2026", Some("2026-01-31"))]);
    let d = directive(&n, "Đảng đoàn HĐND tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Đảng đoàn HĐND tỉnh"]);
    // Party committees named by their kind in one phrase are one
    // collective, "… và đảng ủy trực thuộc Tỉnh ủy" included (set DZ's gold).
    let d = directive(&n, "Các đảng ủy xã, phường");
    assert_eq!(
        bodies(d, Role::Lead),
        ["đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy"]
    );
    assert_eq!(bodies(d, Role::ReportTo), ["Ban Thường vụ Tỉnh ủy"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/12/2025", Some("2025-12-20"))]
    );
    let d = directive(&n, "Giao Văn phòng Tỉnh ủy theo dõi");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng Tỉnh ủy"]);
    assert_eq!(deadlines(d), [("định kỳ hằng quý", None)]);
}

/// A storm telegram (công điện): numbered orders to the addressees, a
/// lettered pair under a body heading, and a start time that is no deadline.
#[test]
fn storm_telegram_orders() {
    let n = notice("cd-bao-quang-ngai.txt");
    assert_eq!(n.header.doc_type.as_deref(), Some("CÔNG ĐIỆN"));
    assert_eq!(n.directives.len(), 8);
    let d = directive(&n, "Chủ tịch UBND các xã, phường, đặc khu theo dõi");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, phường, đặc khu"]);
    assert_eq!(
        deadlines(d),
        [("trước 17 giờ ngày 25/10/2025", Some("2025-10-25"))]
    );
    let d = directive(&n, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp");
    assert_eq!(bodies(d, Role::Lead), ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Sở Nông nghiệp và Môi trường", "địa phương ven biển"]
    );
    assert!(deadlines(d).is_empty(), "kể từ … is a start");
    let d = directive(&n, "Hướng dẫn các địa phương triển khai");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nông nghiệp và Môi trường"]);
    let d = directive(&n, "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
    );
}

/// A ward's weekly briefing: the new tax office by number ("Thuế cơ sở 3"),
/// a board of the wards' quarters ("Ban Điều hành các khu phố"), a domain
/// name holding "Xã hội" (no commune), event deadlines around Tết.
#[test]
fn ward_briefing_with_local_bodies() {
    let n = notice("tb-phuong-giao-ban.txt");
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "Về công tác thu ngân sách: Giao Phòng Kinh tế");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Thuế cơ sở 3"]);
    let d = directive(&n, "Về trật tự đô thị: Công an phường");
    assert_eq!(
        bodies(d, Role::Cooperate),
        [
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Ban Điều hành các khu phố"
        ]
    );
    let d = directive(&n, "Phòng Văn hóa - Xã hội lập danh sách");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa - Xã hội"]);
    assert_eq!(bodies(d, Role::ReportTo), ["UBND phường"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 10/01/2026", Some("2026-01-10"))]
    );
    let d = directive(&n, "Ban Chỉ huy Quân sự phường xây dựng");
    assert_eq!(deadlines(d), [("trước, trong và sau Tết", None)]);
}

/// A plan whose "Tổ chức thực hiện" part lists each body's bullets under
/// its name; a start ("từ năm học 2025-2026") is no deadline, the closing
/// ("Trong quá trình thực hiện, nếu có khó khăn …") no task.
#[test]
fn plan_with_bullets_under_each_body() {
    let n = notice("kh-phong-chong-ma-tuy.txt");
    assert_eq!(n.directives.len(), 10);
    let d = directive(&n, "Mở các đợt cao điểm tấn công");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    assert_eq!(deadlines(d), [("trước, trong và sau Tết Nguyên đán", None)]);
    let d = directive(&n, "Phối hợp với Công an tỉnh xét nghiệm");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Công an tỉnh"]);
    let d = directive(&n, "Sở Giáo dục và Đào tạo chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["Sở Giáo dục và Đào tạo"]);
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "UBND các xã, phường xây dựng kế hoạch");
    assert_eq!(deadlines(d), [("trong tháng 01/2026", Some("2026-01-31"))]);
}

/// A directive (Chỉ thị) whose item headings name two kinds of doers apart
/// with `;` ("Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân
/// các xã, phường:"): both hand down (the first was lost), and a bank
/// branch by its region is one body.
#[test]
fn directive_headings_with_doers_apart_by_semicolons() {
    let n = notice("ct-chuyen-doi-so-tay-ninh.txt");
    assert_eq!(n.header.doc_type.as_deref(), Some("CHỈ THỊ"));
    assert_eq!(n.directives.len(), 7);
    let d = directive(&n, "Niêm yết công khai tài khoản");
    assert_eq!(
        bodies(d, Role::Lead),
        ["sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]
    );
    assert_eq!(deadlines(d), [("trong tháng 12/2025", Some("2025-12-31"))]);
    let d = directive(&n, "Định kỳ hằng quý báo cáo");
    assert_eq!(bodies(d, Role::ReportTo), ["Ủy ban nhân dân tỉnh"]);
    assert_eq!(deadlines(d), [("Định kỳ hằng quý", None)]);
    let d = directive(&n, "Tuyên truyền, hướng dẫn người dân");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ngân hàng Nhà nước chi nhánh Khu vực 9"]
    );
}

/// A council resolution (Nghị quyết HĐND): the article that asks bodies to
/// act holds the directives, numbered under it; "Giao … tổ chức thực hiện"
/// items of the last article are tasks, with a session as their time.
#[test]
fn council_resolution_articles() {
    let n = notice("nq-hdnd-dien-bien.txt");
    assert_eq!(n.header.number.as_deref(), Some("45/NQ-HĐND"));
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "Chỉ đạo Sở Xây dựng chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban nhân dân tỉnh"]);
    assert!(
        bodies(d, Role::Cooperate).is_empty(),
        "partners of the body directed"
    );
    assert_eq!(deadlines(d), [("trước ngày 31/3/2026", Some("2026-03-31"))]);
    let d = directive(
        &n,
        "Ủy ban nhân dân các huyện, thị xã, thành phố tăng cường",
    );
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ủy ban nhân dân các huyện, thị xã, thành phố"]
    );
    let d = directive(&n, "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban nhân dân tỉnh"]);
    assert_eq!(deadlines(d).len(), 1);
    assert!(deadlines(d)[0].0.starts_with("tại kỳ họp giữa năm 2026"));
}

/// A news report of a Prime Minister's conclusion: the headline and the
/// lead opening with its source tag ("(Chinhphu.vn) - …") are two
/// paragraphs (the headline, joined to the lead, read as a task), and
/// "các tỉnh, thành phố có dự án đi qua" narrows the doers without ending
/// the run of tasks.
#[test]
fn news_of_a_national_conclusion() {
    let n = notice("news-baochinhphu-cao-toc.txt");
    assert_eq!(n.header.date.as_deref(), Some("2025-11-22"));
    assert!(
        !n.directives
            .iter()
            .any(|d| d.text.starts_with("Thủ tướng yêu cầu hoàn thành 3.000 km")),
        "the headline is no task"
    );
    let d = directive(&n, "Bộ Xây dựng chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Bộ Xây dựng"]);
    assert_eq!(deadlines(d), [("trước ngày 25 hằng tháng", None)]);
    let d = directive(&n, "Ủy ban nhân dân các tỉnh, thành phố có dự án");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ủy ban nhân dân các tỉnh, thành phố có dự án đi qua"]
    );
    assert_eq!(
        deadlines(d),
        [("trước ngày 31/12/2025", Some("2025-12-31"))]
    );
}

/// A conclusion whose topic headings ("1. Về công tác giải phóng mặt bằng")
/// sit right over their first item in a text of blank-line paragraphs: the
/// item under the heading is a task of its own (it was joined into the
/// heading and lost), and "Trường hợp …, giao Sở Tài chính chủ trì" assigns.
#[test]
fn topic_headings_over_their_first_item() {
    let n = notice("tb-kl-pho-chu-tich-hung-yen.txt");
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "UBND phường Phố Hiến chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["UBND phường Phố Hiến"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["nhà đầu tư", "cơ quan liên quan"]
    );
    assert_eq!(
        deadlines(d),
        [("trước ngày 31/01/2026", Some("2026-01-31"))]
    );
    let d = directive(&n, "Công ty Cổ phần Đầu tư Phát triển Đô thị Hưng Thịnh");
    assert_eq!(bodies(d, Role::ReportTo), ["Sở Xây dựng"]);
    let d = directive(&n, "Trường hợp nhà đầu tư không đáp ứng tiến độ");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Xây dựng"]);
}

/// A plan's task table whose headers say "Cơ quan, đơn vị chủ trì" and
/// "Thời gian dự kiến hoàn thành": one task per row, and a bare year in the
/// time column ("Năm 2026") is that row's deadline.
#[test]
fn task_table_with_longer_headers_and_a_year_cell() {
    let n = notice("kh-bang-chuyen-doi-so-bac-ninh.txt");
    assert_eq!(n.directives.len(), 3);
    let d = directive(&n, "Xây dựng kho dữ liệu dùng chung");
    assert_eq!(bodies(d, Role::Lead), ["Sở Khoa học và Công nghệ"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["sở, ngành", "UBND các xã, phường"]
    );
    assert_eq!(deadlines(d), [("Quý II/2026", Some("2026-06-30"))]);
    let d = directive(&n, "Tập huấn kỹ năng số");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
    assert_eq!(deadlines(d), [("Năm 2026", Some("2026-12-31"))]);
}

/// A news report where the speaker "nhấn mạnh:" a quoted task ("Các chủ đầu
/// tư phải …"), then "Đồng chí yêu cầu:" a bulleted list: the quoted task is
/// the quoted bodies', and the narrative around them is no task.
#[test]
fn news_quoted_task_and_bulleted_requests() {
    let n = notice("news-quang-nam-giai-ngan.txt");
    assert_eq!(n.directives.len(), 4);
    let d = directive(&n, "Phó Chủ tịch UBND tỉnh nhấn mạnh");
    assert_eq!(bodies(d, Role::Lead), ["chủ đầu tư"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 31/01/2026", Some("2026-01-31"))]
    );
    let d = directive(&n, "Sở Tài chính theo dõi sát");
    assert_eq!(bodies(d, Role::ReportTo), ["UBND tỉnh"]);
    assert_eq!(deadlines(d), [("định kỳ hằng tuần", None)]);
    let d = directive(&n, "Kho bạc Nhà nước khu vực XIII");
    assert_eq!(bodies(d, Role::Lead), ["Kho bạc Nhà nước khu vực XIII"]);
}

/// An official letter (công văn) giving the chair's opinion: an approval
/// ("Đồng ý với đề xuất …") is no task; the bullets under a body are its
/// tasks; the closing request is no task.
#[test]
fn letter_with_the_chairs_opinion() {
    let n = notice("cv-thanh-hoa-xang-dau.txt");
    assert_eq!(n.header.number.as_deref(), Some("18234/UBND-CN"));
    assert_eq!(n.directives.len(), 3);
    assert!(!n.directives.iter().any(|d| d.text.starts_with("Đồng ý")));
    let d = directive(&n, "Chủ trì, phối hợp với các đơn vị liên quan tăng cường");
    assert_eq!(bodies(d, Role::Lead), ["Sở Công Thương"]);
    assert_eq!(bodies(d, Role::Cooperate), ["đơn vị liên quan"]);
    let d = directive(&n, "Công an tỉnh chỉ đạo lực lượng chức năng");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    assert!(
        bodies(d, Role::Cooperate).is_empty(),
        "the partner of the force directed"
    );
    // (whom the xã answer to is no task)
    no_directive_with(&n, &["Chủ tịch UBND các xã, phường chịu trách nhiệm"]);
}

/// A short notice that goes from its title straight to "1. Sở Xây dựng
/// khẩn trương …" (no lead paragraph, no part heading): its first numbered
/// item is a task.
#[test]
fn numbered_tasks_right_after_the_title() {
    let n = notice("tb-tphcm-khong-mo-dau.txt");
    assert_eq!(n.header.place.as_deref(), Some("TP. Hồ Chí Minh"));
    assert_eq!(n.directives.len(), 1);
    let d = directive(&n, "Sở Xây dựng khẩn trương rà soát");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/12/2025", Some("2025-12-15"))]
    );
}

/// Header and signature laid out in two columns with runs of spaces and no
/// blank lines: the signer's title and "Đã ký" stand alone, so the last
/// task does not take the signature block as an item under it.
#[test]
fn two_column_layout_with_the_signature_far_right() {
    let n = notice("tb-chu-se-hai-cot.txt");
    assert_eq!(n.header.number.as_deref(), Some("102/TB-VP"));
    assert_eq!(n.header.date.as_deref(), Some("2025-11-28"));
    assert_eq!(
        n.header.signer.as_ref().and_then(|s| s.name.as_deref()),
        Some("Rơ Mah Thuyên")
    );
    assert_eq!(n.directives.len(), 1);
    let d = directive(&n, "Phòng Tài chính - Kế hoạch tham mưu");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(deadlines(d), [("trong tháng 12/2025", Some("2025-12-31"))]);
}

/// A monthly briefing's ten items in the forms district notices use: a
/// colon after "Giao", bodies listed after "các đơn vị sau:", "X là cơ quan
/// đầu mối", districts listed after "các xã:", "cấp" as a verb after a
/// name, and an item that only asks everyone to carry the notice out.
#[test]
fn briefing_items_in_many_forms() {
    let n = notice("tb-tan-phu-giao-ban-thang.txt");
    assert_eq!(n.directives.len(), 9);
    assert!(
        !n.directives.iter().any(|d| d
            .text
            .starts_with("Các phòng, ban, đơn vị được giao nhiệm vụ")),
        "a closing formula numbered as an item is no task"
    );
    let d = directive(&n, "Giao: Phòng Kinh tế và Hạ tầng");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế và Hạ tầng"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Phòng Tài chính - Kế hoạch"]);
    let d = directive(&n, "Đề nghị các đơn vị sau");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính", "Sở Xây dựng"]);
    let d = directive(&n, "Phòng Nội vụ là cơ quan đầu mối");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nội vụ"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/12/2025", Some("2025-12-20"))]
    );
    let d = directive(&n, "Chi nhánh Văn phòng Đăng ký đất đai");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Chi nhánh Văn phòng Đăng ký đất đai huyện"]
    );
}

/// A Party office's notice signed "K/T CHÁNH VĂN PHÒNG" (a slash, not a
/// dot): the signature is no item under the last task, which stays a task.
#[test]
fn signature_delegated_with_a_slash() {
    let n = notice("tb-vptu-kien-giang.txt");
    assert_eq!(n.header.number.as_deref(), Some("245-TB/VPTU"));
    assert_eq!(
        n.header.signer.as_ref().and_then(|s| s.name.as_deref()),
        Some("Lê Văn Tuấn")
    );
    assert_eq!(n.directives.len(), 2);
    let d = directive(&n, "Đề nghị Ban Tổ chức Tỉnh ủy hướng dẫn");
    assert_eq!(bodies(d, Role::Lead), ["Ban Tổ chức Tỉnh ủy"]);
    assert_eq!(deadlines(d), [("trong quý I/2026", Some("2026-03-31"))]);
}

/// A plan whose bodies head their bullets in bold ("**1. Sở Nội vụ**"), and
/// whose capitals heading "III. TỔ CHỨC THỰC HIỆN" sits right over its one
/// task: the task is its own paragraph (it was joined into the heading).
#[test]
fn plan_with_bold_body_headings_and_a_heading_over_its_task() {
    let n = notice("kh-cchc-dak-lak.txt");
    assert_eq!(n.directives.len(), 6);
    let d = directive(&n, "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
    assert_eq!(deadlines(d), [("trong tháng 01/2026", Some("2026-01-31"))]);
    let d = directive(&n, "Xây dựng kế hoạch cải cách hành chính của cơ quan");
    assert_eq!(
        bodies(d, Role::Lead),
        ["sở, ban, ngành", "UBND các xã, phường"]
    );
    assert_eq!(bodies(d, Role::ReportTo), ["Sở Nội vụ"]);
    let d = directive(&n, "Giao Sở Nội vụ theo dõi, đôn đốc");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
}

/// Partners written in the ways notices write them: before their cue ("Sở
/// Y tế chủ trì, Sở Tài chính … phối hợp"), in a clause of their own after
/// the doer's ("…; Sở Tài chính, … phối hợp."), "với sự tham gia của", and
/// as inline fields ("Đơn vị chủ trì: …; đơn vị phối hợp: …").
#[test]
fn partners_in_many_forms() {
    let n = notice("tb-phu-yen-phoi-hop.txt");
    assert_eq!(n.directives.len(), 5);
    let d = directive(&n, "Sở Y tế chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Sở Tài chính", "Bảo hiểm xã hội tỉnh"]
    );
    let d = directive(&n, "Sở Xây dựng chủ trì thực hiện");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"]
    );
    let d = directive(&n, "Giao Sở Công Thương thực hiện");
    assert_eq!(bodies(d, Role::Cooperate), ["Hiệp hội Doanh nghiệp tỉnh"]);
    let d = directive(&n, "Đơn vị chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Sở Văn hóa, Thể thao và Du lịch"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Ngoại vụ"]);
}

/// Tasks enumerated inside one item with "(1) …; (2) …", "a) …; b) …" or
/// "thứ nhất, …; thứ hai, …" after the body's label are one directive each,
/// with the label's body;
/// "Giao Sở Tài chính: a) …" is no heading (its tasks follow on the line).
#[test]
fn tasks_enumerated_inside_an_item() {
    let n = notice("tb-nam-dinh-liet-ke.txt");
    assert_eq!(n.directives.len(), 7);
    for anchor in [
        "(1) Rà soát quy hoạch",
        "(2) Hướng dẫn các địa phương",
        "(3) Kiểm tra chất lượng",
    ] {
        assert_eq!(bodies(directive(&n, anchor), Role::Lead), ["Sở Xây dựng"]);
    }
    let d = directive(&n, "(1) Rà soát quy hoạch");
    assert_eq!(deadlines(d), [("trong tháng 12/2025", Some("2025-12-31"))]);
    let d = directive(&n, "b) Tham mưu UBND tỉnh phân bổ vốn");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 25/12/2025", Some("2025-12-25"))]
    );
    assert_eq!(
        bodies(directive(&n, "a) Cân đối nguồn vốn"), Role::Lead),
        ["Sở Tài chính"]
    );
    // "thứ nhất, …; thứ hai, …" enumerate too.
    let d = directive(&n, "thứ hai, hỗ trợ sửa chữa nhà ở");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, phường"]);
    assert_eq!(deadlines(d), [("trước Tết Nguyên đán", None)]);
    assert_eq!(
        bodies(directive(&n, "thứ nhất, rà soát các hộ nghèo"), Role::Lead),
        ["UBND các xã, phường"]
    );
}

/// A short news item whose lead, read with the headline, ends "Chủ tịch
/// UBND tỉnh chỉ đạo:" over a bulleted list: the bullets are tasks.
#[test]
fn news_lead_ending_in_chi_dao_colon() {
    let n = notice("news-phu-tho-chong-ret.txt");
    assert_eq!(n.directives.len(), 3);
    let d = directive(&n, "Sở Nông nghiệp và Môi trường hướng dẫn");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nông nghiệp và Môi trường"]);
    let d = directive(&n, "UBND các xã, phường theo dõi sát");
    assert_eq!(bodies(d, Role::ReportTo), ["Sở Nông nghiệp và Môi trường"]);
    assert_eq!(deadlines(d), [("trước 16 giờ hằng ngày", None)]);
}

#[test]
fn work_given_to_a_person_has_no_body_and_inherits_none() {
    let n = notice("tb-vpcp-duong-sat.txt");
    // "Giao Phó Thủ tướng Trần Hồng Hà chỉ đạo …" under a heading that hands
    // three ministries down: the item names its own doer, a person.
    let d = directive(&n, "Giao Phó Thủ tướng");
    assert!(d.responsible.is_empty(), "{:?}", d.responsible);
    // Its siblings still take the heading's bodies.
    let d = directive(&n, "Rà soát các cơ chế");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Bộ Xây dựng",
            "Bộ Tài chính",
            "Bộ Nông nghiệp và Môi trường"
        ]
    );
    assert_eq!(deadlines(d), [("trong quý I năm 2026", Some("2026-03-31"))]);
}

#[test]
fn pdf_wraps_that_start_with_a_count_or_a_year_go_on() {
    let n = notice("tb-gpmb-yen-thanh.txt");
    // "… tổ chức đối thoại với ⏎ 14 hộ chưa đồng ý kiểm đếm, hoàn thành trước
    // ngày 10/12/2024": the count opens no item, the deadline stays.
    let d = directive(&n, "Riêng UBND xã Bắc Thành");
    assert!(d.text.contains("14 hộ chưa đồng ý"), "{}", d.text);
    assert_eq!(
        deadlines(d),
        [("trước ngày 10/12/2024", Some("2024-12-10"))]
    );
    assert!(!n.directives.iter().any(|d| d.text.starts_with("14 hộ")));
}

#[test]
fn riêng_names_one_of_the_bodies_handed_down() {
    let n = notice("tb-gpmb-yen-thanh.txt");
    let d = directive(&n, "Riêng UBND xã Bắc Thành");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Bắc Thành"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Công an huyện"]);
    // Its siblings keep the heading's three communes.
    let d = directive(&n, "Tăng cường tuyên truyền");
    assert_eq!(
        bodies(d, Role::Lead).len(),
        3,
        "{:?}",
        bodies(d, Role::Lead)
    );
}

#[test]
fn a_topic_label_the_speaker_asks_to_act_is_the_doer() {
    let n = notice("news-quang-ngai-giai-ngan-von.txt");
    // "Đối với Sở Tài chính, Chủ tịch UBND tỉnh giao rà soát …"
    let d = directive(&n, "Đối với Sở Tài chính");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 30/11/2025", Some("2025-11-30"))]
    );
    let d = directive(&n, "Đối với UBND các xã");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND các xã, phường có dự án đi qua"]
    );
    // A time after a body ends its name: "về Sở Tài chính vào thứ Năm hằng tuần".
    let d = directive(&n, "Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư");
    assert_eq!(bodies(d, Role::ReportTo), ["Sở Tài chính"]);
    // The paragraph after it, with its own subject, is still read.
    let d = directive(&n, "Sở Nông nghiệp và Môi trường phối hợp");
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các xã, phường"]);
}

#[test]
fn news_requests_in_a_row_and_a_related_link_between_them() {
    let n = notice("news-chinhphu-cong-dien-bao-10.txt");
    // A second "Thủ tướng yêu cầu Bộ …" paragraph after one that asked the
    // provinces: the ministries are told, not partners of the provinces.
    let d = directive(&n, "Thủ tướng yêu cầu Bộ trưởng các Bộ");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Bộ Nông nghiệp và Môi trường",
            "Bộ Xây dựng",
            "Bộ Công Thương"
        ]
    );
    // "Xem thêm: …" is a link to another article, not a subheading ending the run.
    assert!(!n.directives.iter().any(|d| d.text.starts_with("Xem thêm")));
    let d = directive(&n, "Văn phòng Chính phủ theo dõi");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng Chính phủ"]);
    let d = directive(&n, "Đài Truyền hình Việt Nam");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Đài Truyền hình Việt Nam",
            "Đài Tiếng nói Việt Nam",
            "Thông tấn xã Việt Nam",
            "cơ quan thông tấn, báo chí"
        ]
    );
}

#[test]
fn kinds_of_bodies_forest_boards_portals_road_agencies_wards() {
    let n = notice("tb-ban-chi-huy-thanh-hoa.txt");
    let lead = |start: &str| bodies(directive(&n, start), Role::Lead);
    assert_eq!(
        lead("Các Ban quản lý rừng"),
        [
            "Ban quản lý rừng phòng hộ, rừng đặc dụng",
            "công ty lâm nghiệp"
        ]
    );
    assert_eq!(
        lead("Báo và Phát thanh"),
        [
            "Báo và Phát thanh, Truyền hình Thanh Hóa",
            "Cổng Thông tin điện tử tỉnh"
        ]
    );
    assert_eq!(
        bodies(directive(&n, "Sở Xây dựng phối hợp"), Role::Cooperate),
        ["Khu Quản lý đường bộ II"]
    );
    assert_eq!(lead("Các cấp ủy, tổ chức đảng"), ["cấp ủy, tổ chức đảng"]);
    assert_eq!(
        lead("Giao Tổ dân phố số 3"),
        ["Tổ dân phố số 3 phường Hạc Thành"]
    );
    // A verb the list did not have ("sẵn sàng") still makes a task.
    assert_eq!(lead("Công an tỉnh sẵn sàng"), ["Công an tỉnh"]);
}

#[test]
fn ordinals_with_a_comma_number_items_and_hand_bodies_down() {
    let n = notice("tb-du-lich-he-thanh-hoa.txt");
    // "**Thứ ba,** UBND các huyện, thị xã, thành phố:" over "- …" items.
    let d = directive(&n, "Tổ chức ra quân tổng vệ sinh");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thị xã, thành phố"]);
    assert_eq!(d.parent.as_deref(), Some("3"));
    // "**Thứ hai,** Ban Quản lý các khu du lịch tỉnh ⏎ khẩn trương …" and
    // every item after it are read.
    let d = directive(&n, "Ban Quản lý các khu du lịch tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý các khu du lịch tỉnh"]);
    assert_eq!(
        n.directives.len(),
        8,
        "{:#?}",
        n.directives.iter().map(|d| &d.text).collect::<Vec<_>>()
    );
}

#[test]
fn appendix_tables_with_group_rows_and_tab_separated_cells() {
    let n = notice("qd-phu-luc-du-lich-lao-cai.txt");
    // "| II | **Hạ tầng, xúc tiến, đào tạo** | | | |" sits between rows 3 and 4.
    let d = directive(&n, "Tham mưu cơ chế hỗ trợ");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(deadlines(d), [("Năm 2026", Some("2026-12-31"))]);
    let d = directive(&n, "Đầu tư nâng cấp đường giao thông");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(deadlines(d), [("Quý IV/2026", Some("2026-12-31"))]);
    // Phụ lục II is tab-separated.
    let d = directive(&n, "Thành lập tổ quản lý du lịch");
    assert_eq!(bodies(d, Role::Cooperate), ["Hội Nông dân tỉnh"]);
    assert_eq!(deadlines(d), [("Trước 30/6/2026", Some("2026-06-30"))]);
    // Its cooperating cell is empty (two tabs).
    let d = directive(&n, "Báo cáo kết quả thực hiện về Sở");
    // (the cell ends with a clause on "có" that narrows the kind)
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND các xã, phường có điểm du lịch cộng đồng"]
    );
    assert!(bodies(d, Role::Cooperate).is_empty());
    assert_eq!(deadlines(d), [("Định kỳ 6 tháng, năm", None)]);
}

#[test]
fn a_header_in_two_columns_set_apart_by_tabs() {
    let n = notice("cv-dich-ta-lon-thanh-hoa.txt");
    assert_eq!(n.header.place.as_deref(), Some("Thanh Hóa"));
    assert_eq!(n.header.date.as_deref(), Some("2025-10-22"));
    assert_eq!(n.header.number.as_deref(), Some("15820/UBND-NN"));
}

#[test]
fn a_plan_s_purpose_and_requirement_parts_hold_no_tasks() {
    let n = notice("kh-atgt-nghe-an.txt");
    // "2. Yêu cầu" (not bold) under "I. MỤC ĐÍCH, YÊU CẦU": its bullets ask
    // nothing of anyone, though the heading's word reads as a request.
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Công tác bảo đảm TTATGT phải")));
    // "… trong 6 tháng đầu năm ⏎ 2026. ⏎ **2. Sở Xây dựng:**": the year ends
    // the wrapped sentence and the heading still hands Sở Xây dựng down.
    let d = directive(&n, "Hoàn thành lắp đặt");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    assert_eq!(
        deadlines(d),
        [("trong 6 tháng đầu năm 2026", Some("2026-06-30"))]
    );
    let d = directive(&n, "Chủ trì, phối hợp với Công an tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    // "8. Chế độ báo cáo: Các sở, ban, ngành, UBND các xã, phường báo cáo …":
    // the bodies after the label report, they do not receive.
    let d = directive(&n, "Chế độ báo cáo");
    assert_eq!(
        bodies(d, Role::Lead),
        ["sở, ban, ngành", "UBND các xã, phường"]
    );
    assert_eq!(bodies(d, Role::ReportTo), ["UBND tỉnh"]);
}

#[test]
fn a_resolution_s_effect_article_is_no_task() {
    let n = notice("nq-hdnd-lam-dong-an-ninh-co-so.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("Hiệu lực thi hành")));
    let d = directive(&n, "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện");
    assert_eq!(
        deadlines(d),
        [
            ("Hằng năm", None),
            (
                "tại kỳ họp thường lệ cuối năm của Hội đồng nhân dân tỉnh",
                None
            )
        ]
    );
}

#[test]
fn a_party_office_closing_without_its_end_mark() {
    let n = notice("tb-tinh-uy-gia-lai-dan-van.txt");
    // "Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện."
    // (no "./.") is the closing formula, and item 6 above it stays a task.
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Văn phòng Tỉnh ủy thông báo")));
    let d = directive(&n, "Giao Văn phòng Tỉnh ủy theo dõi");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng Tỉnh ủy"]);
    assert_eq!(deadlines(d), [("định kỳ 6 tháng", None)]);
    // "… ít nhất ⏎ 01 lần/năm …": the count goes on with its bullet.
    let d = directive(&n, "Tổ chức đối thoại với đoàn viên");
    assert_eq!(deadlines(d), [("01 lần/năm", None)]);
}

#[test]
fn time_bound_to_events_seasons_and_hours() {
    let n = notice("tb-cao-diem-he-thanh-hoa.txt");
    let dl = |start: &str| {
        deadlines(directive(&n, start))
            .into_iter()
            .map(|(t, d)| (t.to_string(), d.map(str::to_string)))
            .collect::<Vec<_>>()
    };
    let undated = |t: &str| vec![(t.to_string(), None)];
    assert_eq!(
        dl("Chi cục Chăn nuôi"),
        undated("trong vòng 24 giờ kể từ khi phát hiện")
    );
    assert_eq!(dl("Sở Giáo dục"), undated("vào đầu năm học mới"));
    assert_eq!(
        dl("Các Ban quản lý rừng"),
        undated("trong các tháng cao điểm nắng nóng")
    );
    assert_eq!(
        dl("UBND thành phố Sầm Sơn"),
        undated("trước Lễ khai trương du lịch biển Sầm Sơn năm 2026")
    );
    assert_eq!(
        dl("Công an tỉnh bảo đảm"),
        undated("trong thời gian cao điểm du lịch hè")
    );
}

#[test]
fn items_numbered_with_a_slash() {
    let n = notice("tb-xa-cam-due-giao-ban.txt");
    // "1/ Công tác quân sự …" and "a/ Ban Chỉ huy Quân sự xã:" over "–" items.
    let d = directive(&n, "Chuẩn bị chu đáo các điều kiện");
    assert_eq!(bodies(d, Role::Lead), ["Ban Chỉ huy Quân sự xã"]);
    assert_eq!(d.id, "1.a.b1");
    assert_eq!(deadlines(d), [("trước ngày 15/3/2024", Some("2024-03-15"))]);
    let d = directive(&n, "Trạm Y tế xã triển khai");
    assert_eq!(d.id, "4.b");
    // "Nhận được thông báo, đề nghị … nghiêm túc thực hiện./." closes it.
    no_directive_with(&n, &["Nhận được"]);
    // The commune's military command by its short name.
    let d = directive(&n, "Xã đội bố trí lực lượng");
    assert_eq!(bodies(d, Role::Lead), ["Xã đội"]);
    // "Trưởng các thôn" is written as the villages.
    let d = directive(&n, "Tổ chức họp thôn");
    assert_eq!(bodies(d, Role::Lead), ["thôn"]);
}

#[test]
fn an_assessment_between_task_paragraphs_does_not_end_them() {
    let n = notice("tb-lac-son-chuan-bi-tet.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Thời gian qua")));
    // The paragraphs after it, each led by a body and its verb, are tasks.
    let d = directive(&n, "Phòng Nông nghiệp và PTNT chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và PTNT"]);
    assert_eq!(deadlines(d), [("trong quý I/2025", Some("2025-03-31"))]);
    let d = directive(&n, "Công an huyện xây dựng phương án");
    assert_eq!(bodies(d, Role::Lead), ["Công an huyện"]);
}

#[test]
fn the_last_item_before_a_plain_paragraph_is_still_a_task() {
    let n = notice("cv-don-doc-giai-ngan-thanh-chuong.txt");
    // "5. Đề nghị Kho bạc … kịp thời …" then an unnumbered warning, nested
    // under it by the numbering: the item is a task, not a heading.
    let d = directive(&n, "Đề nghị Kho bạc Nhà nước");
    assert_eq!(d.id, "5");
    assert_eq!(bodies(d, Role::Lead).len(), 1);
    assert!(bodies(d, Role::Lead)[0].starts_with("Kho bạc Nhà nước khu vực XI"));
}

#[test]
fn bodies_handed_down_two_levels_and_a_plan_s_activities_part() {
    let n = notice("kh-kiem-tra-attp-ha-tinh.txt");
    // "1. Sở Y tế:" → "1.1. Chủ trì thành lập đoàn kiểm tra …:" → "a) …": the
    // middle heading names no body of its own and hands Sở Y tế on.
    let d = directive(&n, "Kiểm tra các bếp ăn tập thể");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    // "II. NỘI DUNG HOẠT ĐỘNG" holds tasks; "Tổ chức Lễ phát động …" opens
    // with the verb, no body named "Tổ chức Lễ".
    let d = directive(&n, "Tổ chức Lễ phát động");
    assert!(d.responsible.is_empty(), "{:?}", d.responsible);
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/12/2025", Some("2025-12-20"))]
    );
    // A one-syllable verb ends a name after a place: "… Hà Tĩnh mở chuyên mục".
    let d = directive(&n, "Báo và Phát thanh");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Báo và Phát thanh, Truyền hình Hà Tĩnh"]
    );
}

#[test]
fn bodies_asked_together_are_not_each_other_s_partners() {
    let n = notice("kh-chuyen-doi-so-binh-dinh.txt");
    let d = directive(&n, "Đề nghị Bưu điện tỉnh, Viễn thông Bình Định phối hợp");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Bưu điện tỉnh", "Viễn thông Bình Định"]
    );
    assert!(bodies(d, Role::Cooperate).is_empty());
}

#[test]
fn school_terms_holidays_and_delays_before_an_event() {
    let n = notice("tb-nam-hoc-moi-ninh-kieu.txt");
    let undated = |start: &str, phrase: &str| {
        assert_eq!(deadlines(directive(&n, start)), [(phrase, None)], "{start}");
    };
    undated(
        "Phòng Giáo dục và Đào tạo",
        "trước ngày khai giảng năm học mới",
    );
    undated("Các trường học", "trong học kỳ I năm học 2024 - 2025");
    undated("Công an quận", "trong những ngày nghỉ Tết");
    // A holiday with its printed day is due that day.
    assert_eq!(
        deadlines(directive(&n, "Phòng Văn hóa và Thông tin")),
        [("trong dịp Quốc khánh 2/9", Some("2024-09-02"))]
    );
    undated(
        "Phòng Nội vụ",
        "trước ngày kiểm tra ít nhất 03 ngày làm việc",
    );
    let d = directive(&n, "Phòng Văn hóa và Thông tin trang trí");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa và Thông tin"]);
    let d = directive(&n, "Đề nghị Quận Đoàn");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Quận Đoàn Ninh Kiều", "Hội Liên hiệp Phụ nữ quận"]
    );
    assert!(bodies(d, Role::Cooperate).is_empty());
}

#[test]
fn headings_whose_bodies_are_narrowed_before_the_colon() {
    let n = notice("tb-so-y-te-quang-ngai-giao-ban.txt");
    // "3. Các bệnh viện tuyến tỉnh:" hands its kind down, qualifier and all.
    let d = directive(&n, "Rà soát, bảo đảm đủ thuốc");
    assert_eq!(bodies(d, Role::Lead), ["bệnh viện tuyến tỉnh"]);
    // … and a sentence of another body inside one of its items is its own task.
    let d = directive(&n, "Bệnh viện Đa khoa tỉnh hỗ trợ");
    assert_eq!(bodies(d, Role::Lead), ["Bệnh viện Đa khoa tỉnh"]);
    let n = notice("cv-don-doc-giai-ngan-thanh-chuong.txt");
    // "1. Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn được
    // giao làm chủ đầu tư:"
    let d = directive(&n, "Tập trung chỉ đạo quyết liệt");
    assert_eq!(
        bodies(d, Role::Lead),
        ["cơ quan, đơn vị", "UBND các xã, thị trấn"]
    );
}

#[test]
fn party_abbreviations_and_an_issuer_s_request_heading() {
    let n = notice("tb-huyen-uy-hai-hau-dat-dai.txt");
    let d = directive(&n, "UBKT Huyện ủy chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["UBKT Huyện ủy"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Ban Tổ chức Huyện ủy"]);
    let d = directive(&n, "BTG Huyện ủy chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["BTG Huyện ủy"]);
    // Canonical names expand them, for grep.
    assert_eq!(d.responsible[0].canonical, "ban tuyên giáo huyện ủy");
    // "2. …, Ban Thường vụ Huyện ủy yêu cầu:" hands nothing down from item 1
    // ("1. Ban Thường vụ Huyện ủy ghi nhận …").
    for d in &n.directives {
        assert!(
            !bodies(d, Role::Lead)
                .iter()
                .any(|b| b.starts_with("Ban Thường vụ")),
            "{}: {:?}",
            d.text,
            d.responsible
        );
    }
}

#[test]
fn a_pdf_copy_with_page_furniture_and_a_numbered_assessment() {
    let n = notice("tb-cap-nuoc-quang-ngai-pdf.txt");
    // "1. Thời gian qua, các sở, ngành, địa phương đã …": an assessment.
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Thời gian qua")));
    // "- 2 -" and the page's running header between two lines of item c).
    let d = directive(&n, "Sở Tài chính: Cân đối");
    assert!(
        d.text.contains("sửa chữa khẩn cấp") && !d.text.contains("VĂN PHÒNG"),
        "{}",
        d.text
    );
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    let d = directive(&n, "Sở Y tế chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    // A name's lowercase words up to the verb after it, within five words.
    let d = directive(&n, "Tuyên truyền, vận động Nhân dân");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"]
    );
}

#[test]
fn a_proposal_up_is_reported_and_the_conclusion_after_it_is_read() {
    let n = notice("news-dak-lak-gpmb-cao-toc.txt");
    // "Tại buổi làm việc, lãnh đạo các xã kiến nghị tỉnh sớm phê duyệt …"
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("kiến nghị tỉnh")));
    let d = directive(&n, "Kết luận buổi làm việc");
    // Communes named after their unit without a colon: one body each.
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND xã Ea Kao", "UBND xã Hòa Phú", "UBND xã Ea Ktur"]
    );
    let d = directive(&n, "Các sở: Tài chính, Xây dựng");
    assert_eq!(bodies(d, Role::Lead).len(), 3);
    // One recurrence with its weekday.
    let d = directive(&n, "Định kỳ vào thứ Sáu");
    assert_eq!(deadlines(d), [("Định kỳ vào thứ Sáu hằng tuần", None)]);
}

#[test]
fn news_tasks_after_a_report_and_a_label_a_named_speaker_asks() {
    let n = notice("news-thai-nguyen-mua-lu.txt");
    // After "… cho biết đã khôi phục …", a body that leads with its partners.
    let d = directive(&n, "Sở Tài chính chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate)[0],
        "Sở Nông nghiệp và Môi trường"
    );
    assert_eq!(
        deadlines(d),
        [
            ("trước ngày 25/10/2025", Some("2025-10-25")),
            ("hằng ngày", None)
        ]
    );
    let n = notice("news-khanh-hoa-bua-an-ban-tru.txt");
    // "Đối với Công an tỉnh, ông Bình đề nghị phối hợp với Sở Y tế …"
    let d = directive(&n, "Đối với Công an tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Y tế"]);
}

#[test]
fn a_lead_sentence_ending_in_a_period_introduces_items_and_hyphens_in_a_list() {
    let n = notice("news-can-loc-sap-xep-xa.txt");
    // "… đề nghị các cơ quan, đơn vị tập trung thực hiện một số nhiệm vụ trọng tâm."
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("một số nhiệm vụ trọng tâm")));
    // "các phòng: Tài chính - Kế hoạch, Tài nguyên và Môi trường, Văn hóa và Thông tin"
    let d = directive(&n, "các phòng: Tài chính - Kế hoạch");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Phòng Tài chính - Kế hoạch",
            "Phòng Tài nguyên và Môi trường",
            "Phòng Văn hóa và Thông tin"
        ]
    );
}

#[test]
fn numbered_items_after_a_task_table_are_read() {
    // "| 6 | … |" then "4. Sở Tài chính chủ trì …": the items after a pipe
    // table are no group rows of it.
    let n = notice("tb-giai-ngan-dak-lak-bang.txt");
    let d = directive(&n, "Lập hồ sơ quyết toán");
    assert_eq!(bodies(d, Role::Lead), ["chủ đầu tư"]);
    let d = directive(&n, "Sở Tài chính chủ trì, phối hợp với Kho bạc");
    assert_eq!(d.id, "4");
    assert_eq!(bodies(d, Role::Cooperate), ["Kho bạc Nhà nước khu vực XIV"]);
    let d = directive(&n, "Giao Sở Nội vụ tham mưu");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
    // A tab-separated table in a plan, then "III. TỔ CHỨC THỰC HIỆN".
    let n = notice("kh-kiem-ke-dat-cong-moc-chau.txt");
    let d = directive(&n, "Cập nhật biến động đất công");
    assert_eq!(d.id, "T.6");
    let d = directive(&n, "Thành lập Tổ rà soát đất công");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/12/2024", Some("2024-12-15"))]
    );
    let d = directive(&n, "Thanh tra huyện");
    assert_eq!(bodies(d, Role::Lead), ["Thanh tra huyện"]);
}

#[test]
fn a_plan_attached_after_the_decision_s_signature_is_read() {
    // "KẾ HOẠCH … (Ban hành kèm theo Quyết định số 4521/QĐ-UBND …)" after
    // the signer: its task parts are read, its ids start with "A.".
    let n = notice("qd-ke-hoach-via-he-thanh-hoa.txt");
    let d = directive(&n, "Thành lập Tổ kiểm tra trật tự đô thị");
    assert_eq!(d.id, "A.IV.5.a");
    assert_eq!(bodies(d, Role::Lead), ["UBND các phường, xã"]);
    assert_eq!(deadlines(d), [("trong tháng 8/2024", Some("2024-08-31"))]);
    let d = directive(&n, "Chủ trì xử lý các hành vi vi phạm");
    assert_eq!(bodies(d, Role::Lead), ["Công an thành phố"]);
    // Its purposes and scope hold no task, nor does its funding part.
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Lập lại trật tự")));
    assert!(!n.directives.iter().any(|d| d.text.starts_with("Kinh phí")));
    let n = notice("kh-kiem-ke-dat-cong-moc-chau.txt");
    assert!(!n.directives.iter().any(|d| d.text.starts_with("Kinh phí")));
}

#[test]
fn times_bound_to_an_event_before_or_after_it() {
    fn undated(t: &str) -> Vec<(&str, Option<&str>)> {
        vec![(t, None)]
    }
    let n = notice("tb-dang-uy-xa-giao-quan.txt");
    let d = directive(&n, "Đoàn Thanh niên xã chủ trì tổ chức gặp mặt");
    // The year names the event, not the last day.
    assert_eq!(
        deadlines(d),
        undated("trước khi tổ chức Lễ giao nhận quân năm 2025")
    );
    let n = notice("tb-mttq-xa-bau-cu.txt");
    let d = directive(&n, "Rà soát, lập danh sách đoàn viên");
    assert_eq!(deadlines(d), undated("trước ngày bầu cử"));
    let n = notice("cv-vp-huyen-phong-duoi-nuoc.txt");
    let d = directive(&n, "Thành lập các điểm giữ trẻ cộng đồng");
    assert_eq!(deadlines(d), undated("trước mùa nước nổi năm 2024"));
    let d = directive(&n, "Phòng Giáo dục và Đào tạo");
    assert_eq!(
        deadlines(d)[0],
        ("trước khi kết thúc năm học 2023 - 2024", None)
    );
    // A time the text forbids is none: "không để dồn khối lượng vào cuối năm";
    // the awaited event before it is one ("ngay khi có khối lượng").
    let n = notice("tb-giai-ngan-dak-lak-bang.txt");
    let d = directive(&n, "Đối với các dự án đã có khối lượng");
    assert_eq!(deadlines(d), undated("ngay khi có khối lượng"));
}

#[test]
fn a_party_committee_leading_a_body_is_responsible_alone() {
    // "Đề nghị Đảng ủy Quân sự thành phố lãnh đạo Ban Chỉ huy Quân sự thành
    // phố phối hợp với Công an …": as "X chỉ đạo Y …", the partners are Y's.
    let n = notice("tb-thanh-uy-phu-ly-thuong-truc.txt");
    let d = directive(&n, "Đề nghị Đảng ủy Quân sự thành phố lãnh đạo");
    assert_eq!(bodies(d, Role::Lead), ["Đảng ủy Quân sự thành phố"]);
    assert!(bodies(d, Role::Cooperate).is_empty(), "{:?}", d.responsible);
    // "lãnh đạo việc …" is no body told to act.
    let d = directive(&n, "Các đảng ủy xã, phường lãnh đạo việc");
    assert_eq!(bodies(d, Role::Lead), ["đảng ủy xã, phường"]);
}

#[test]
fn places_named_after_their_unit_without_a_colon_are_one_body_each() {
    let n = notice("news-can-loc-sap-xep-xa.txt");
    let d = directive(&n, "UBND các xã Tùng Lộc");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND xã Tùng Lộc",
            "UBND xã Đồng Lộc",
            "UBND xã Thượng Lộc",
            "UBND xã Mỹ Lộc"
        ]
    );
    // A domain name with commas after a unit stays one body.
    let n = notice("qd-ke-hoach-via-he-thanh-hoa.txt");
    let d = directive(&n, "Phối hợp với Trung tâm Văn hóa");
    // (its label line over it, "Phòng Văn hóa và Thông tin", lost its colon)
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa và Thông tin"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch thành phố"]
    );
}

#[test]
fn an_office_holder_addressed_and_in_charge_of_a_field_is_their_body() {
    // "Đồng chí Phó Chủ tịch UBND xã phụ trách khối kinh tế chỉ đạo …"
    let n = notice("tb-dang-uy-xa-giao-quan.txt");
    let d = directive(&n, "Đồng chí Phó Chủ tịch UBND xã phụ trách");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã"]);
}

#[test]
fn the_head_of_the_issuing_office_asks_its_units() {
    // "Giám đốc Sở yêu cầu Thủ trưởng các đơn vị trực thuộc … :" hands down
    // the units, not "Sở" (the director speaks for the issuer).
    let n = notice("tb-so-y-te-binh-dinh-giao-ban.txt");
    let d = directive(&n, "Tiếp tục củng cố, kiện toàn tổ chức bộ máy");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị trực thuộc"]);
    assert!(d.responsible[0].inherited);
    // "…; tham mưu Giám đốc Sở đề nghị UBND tỉnh công nhận …": what the
    // director is advised to ask is part of this task, no task of UBND tỉnh.
    let d = directive(&n, "Tổng hợp, đánh giá kết quả thực hiện Bộ tiêu chí");
    assert_eq!(deadlines(d), [("trong tháng 12/2024", Some("2024-12-31"))]);
    assert!(!n.directives.iter().any(|d| d.text.starts_with("tham mưu")));
}

#[test]
fn a_heading_that_says_what_its_bodies_must_do_hands_them_down() {
    // "1. Trung tâm Y tế huyện có trách nhiệm:", "2. Phòng … thực hiện các
    // nhiệm vụ sau:": the body, not "… có trách nhiệm", is the items' doer.
    let n = notice("kh-tiem-chung-huyen-trach-nhiem.txt");
    let d = directive(&n, "Lập danh sách trẻ");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Y tế huyện"]);
    let d = directive(&n, "Đăng tải lịch tiêm");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa và Thông tin"]);
    let d = directive(&n, "Vận động phụ huynh");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    // In news, the heading is a paragraph and its bullets follow it.
    let n = notice("news-binh-dinh-chong-iuu.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.ends_with("có trách nhiệm:")));
    let d = directive(&n, "Kiểm soát chặt chẽ sản lượng thủy sản");
    assert_eq!(bodies(d, Role::Lead), ["Sở NN&PTNT"]);
}

#[test]
fn who_answers_for_a_task_is_not_given_another() {
    // "a) … xây dựng kế hoạch …; Chủ tịch UBND cấp huyện chịu trách nhiệm
    // trước Chủ tịch UBND tỉnh nếu không hoàn thành …": one directive.
    let n = notice("tb-bao-hiem-y-te-thanh-hoa.txt");
    let d = directive(&n, "Căn cứ chỉ tiêu được giao");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thị xã, thành phố"]);
    assert!(d.text.contains("chịu trách nhiệm trước"));
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Chủ tịch UBND cấp huyện chịu")));
    // An item that is only that sentence asks for no work: who answers
    // for what is no task.
    let n = notice("cv-thanh-hoa-xang-dau.txt");
    no_directive_with(&n, &["Chủ tịch UBND các xã, phường chịu trách nhiệm"]);
}

/// A district decision setting up a working group (articles that hand out
/// work, one where its leader shares the work among members, one where it
/// dissolves, the formula of who carries the decision out), for two tests.
const WORKING_GROUP_DECISION: &str = "ỦY BAN NHÂN DÂN HUYỆN ĐẠ TẺH\n\
        QUYẾT ĐỊNH\n\
        Về việc thành lập Tổ giúp việc kiểm tra đất công\n\
        \n\
        CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\n\
        \n\
        QUYẾT ĐỊNH:\n\
        \n\
        Điều 1. Thành lập Tổ giúp việc kiểm tra việc sử dụng đất công trên địa bàn huyện.\n\
        \n\
        Điều 2. Tổ giúp việc có nhiệm vụ:\n\
        1. Kiểm tra hiện trạng sử dụng các thửa đất công do UBND các xã quản lý, hoàn thành trước ngày 30/9/2023.\n\
        2. Tổng hợp kết quả, báo cáo UBND huyện.\n\
        \n\
        Điều 3. Tổ trưởng Tổ giúp việc phân công nhiệm vụ cụ thể cho từng thành viên. Phòng Tài nguyên và Môi trường là cơ quan thường trực, bảo đảm điều kiện làm việc cho Tổ giúp việc.\n\
        Tổ giúp việc tự giải thể sau khi hoàn thành nhiệm vụ.\n\
        \n\
        Điều 4. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n";

/// After its subject, a piece that only says whom the body answers to
/// ("… chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra …", "… về kết
/// quả thực hiện …") or that the body ends when its work is done ("Tổ công
/// tác tự giải thể …") is no task; with work after it, it is one.
#[test]
fn a_subjects_accountability_or_dissolution_is_no_task() {
    let text = "CHỈ THỊ\n\
        Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2024\n\
        \n\
        Chủ tịch UBND tỉnh Kon Tum chỉ thị:\n\
        \n\
        I. YÊU CẦU CHUNG\n\
        \n\
        Thứ nhất, các sở, ban, ngành, UBND các huyện xác định phòng cháy rừng là nhiệm vụ trọng tâm trong mùa khô.\n\
        \n\
        Thứ hai, người đứng đầu cơ quan, đơn vị, địa phương chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện trong phạm vi quản lý.\n\
        \n\
        II. NHIỆM VỤ CỤ THỂ\n\
        \n\
        1. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Kiểm lâm tăng cường tuần tra rừng.\n\
        \n\
        2. Tổ chức thực hiện\n\
        \n\
        - UBND các huyện hướng dẫn các chủ rừng xây dựng phương án chữa cháy rừng, hoàn thành trước ngày 15/3/2024.\n\
        \n\
        - Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra cháy rừng do thiếu trách nhiệm. Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này./.\n";
    let n = extract(text);
    no_directive_with(&n, &["chịu trách nhiệm trước"]);
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));

    let text = WORKING_GROUP_DECISION;
    let n = extract(text);
    assert!(
        !n.directives
            .iter()
            .any(|d| d.text.starts_with("Tổ giúp việc tự giải thể")),
        "{:#?}",
        texts(&n)
    );
    let d = directive(&n, "Phòng Tài nguyên và Môi trường là cơ quan");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài nguyên và Môi trường"]);

    // Work after the accountability keeps the piece a task.
    let text = "CHỈ THỊ\nVề công tác tuyển quân năm 2024\n\n\
        Chủ tịch UBND huyện chỉ thị:\n\n\
        1. Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả tuyển quân; tổ chức khám sơ tuyển trước ngày 15/12/2023.\n";
    let n = extract(text);
    let d = directive(&n, "Chủ tịch UBND các xã chịu trách nhiệm");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã"]);
}

/// A regulation's article on rewards and sanctions ("Cơ quan, đơn vị, cá
/// nhân có thành tích … được khen thưởng …; tổ chức, cá nhân vi phạm bị xử
/// lý …") says what befalls whoever keeps or breaks it: no task.
#[test]
fn rewards_and_sanctions_of_a_regulation_are_no_task() {
    let text = "QUY CHẾ\nPhối hợp quản lý cụm công nghiệp trên địa bàn tỉnh\n\n\
        Điều 5. Trách nhiệm của Sở Công Thương\n\n\
        1. Chủ trì, phối hợp với các sở, ngành kiểm tra việc đầu tư hạ tầng các cụm công nghiệp.\n\n\
        Điều 6. Khen thưởng và xử lý vi phạm\n\n\
        Tổ chức, cá nhân có thành tích trong thực hiện Quy chế được khen thưởng theo quy định; cơ quan, đơn vị, cá nhân vi phạm bị xử lý theo quy định của pháp luật.\n";
    let n = extract(text);
    no_directive_with(&n, &["khen thưởng"]);
    assert_eq!(n.directives.len(), 1, "{:#?}", texts(&n));
}

#[test]
fn a_request_told_of_under_an_assessment_heading_is_no_task() {
    // Under "I. TÌNH HÌNH THỰC HIỆN": "… 09 hộ đề nghị bố trí tái định cư …".
    let n = notice("tb-boi-thuong-duc-trong.txt");
    assert!(
        !n.directives
            .iter()
            .any(|d| d.text.starts_with("Dự án Đường liên huyện")),
        "{:#?}",
        n.directives.iter().map(|d| &d.text).collect::<Vec<_>>()
    );
    let d = directive(&n, "Về đơn giá bồi thường đất nông nghiệp");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài nguyên và Môi trường"]);
}

#[test]
fn headings_of_a_word_copy_that_lost_their_numbers() {
    // "Chủ tịch Ủy ban nhân dân các xã, phường:" then its tasks as plain
    // paragraphs; "Các chủ rừng là tổ chức (Ban quản lý …):" with an aside.
    let n = notice("ct-chay-rung-lam-dong-word.txt");
    let d = directive(&n, "Kiện toàn Ban Chỉ huy phòng cháy");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban nhân dân các xã, phường"]);
    let d = directive(&n, "Làm đường băng cản lửa");
    assert_eq!(bodies(d, Role::Lead), ["chủ rừng là tổ chức"]);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Các chủ rừng là tổ chức")));
}

#[test]
fn closings_of_a_plan_for_an_event_and_of_a_directive() {
    // "Yêu cầu Thủ trưởng các cơ quan … triển khai thực hiện Phương án này./."
    let n = notice("pa-le-hoi-phao-hoa-da-nang.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("Phương án này")));
    // "Giám đốc các sở, … chịu trách nhiệm tổ chức triển khai thực hiện
    // nghiêm túc Chỉ thị này." closes; the task after it is still read.
    let n = notice("ct-chay-rung-lam-dong-word.txt");
    assert!(!n.directives.iter().any(|d| d.text.contains("Chỉ thị này")));
    let d = directive(&n, "Giao Sở Nông nghiệp và Môi trường theo dõi");
    assert_eq!(deadlines(d), [("định kỳ hằng quý", None)]);
}

#[test]
fn a_web_page_s_stamp_after_its_menu_and_requests_of_those_who_took_the_floor() {
    let n = notice("news-dien-chau-gpmb-web.txt");
    // "Cập nhật lúc: 09:15 | 22/11/2024" under a site menu.
    assert_eq!(n.header.date.as_deref(), Some("2024-11-22"));
    // "… lãnh đạo các xã phản ánh … Đại diện nhà thầu thi công đề nghị địa
    // phương sớm bàn giao …": told of, not asked by the chair.
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Tại buổi kiểm tra")));
    let d = directive(&n, "Giao Phòng Tài nguyên và Môi trường");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài nguyên và Môi trường"]);
}

#[test]
fn a_request_told_by_someone_who_took_the_floor_is_no_task() {
    // "… lãnh đạo các xã cho biết nhiều hộ dân đề nghị hỗ trợ thêm …"
    let n = notice("news-thuy-loi-cho-biet.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Tại buổi làm việc")));
    let d = directive(&n, "Phát biểu kết luận");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và Môi trường"]);
}

#[test]
fn a_leader_named_in_person_speaks_and_related_links_are_debris() {
    let n = notice("news-quang-ngai-quy-iii.txt");
    // "Kết luận hội nghị, Chủ tịch UBND tỉnh Nguyễn Đình Phúc đánh giá, ….
    // Quý IV là thời điểm quyết định, do đó từ nay đến cuối năm, … yêu cầu
    // các sở, ban, ngành … tập trung …": the assessment before is no task.
    let d = directive(&n, "Quý IV là thời điểm quyết định");
    no_directive_with(&n, &["Kết luận hội nghị, Chủ tịch UBND tỉnh"]);
    assert!(
        !bodies(d, Role::Lead).contains(&"UBND tỉnh"),
        "{:?}",
        d.responsible
    );
    assert!(bodies(d, Role::Lead).contains(&"sở, ban, ngành"));
    // "Xem thêm:" then the headlines of other articles.
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("Giải ngân vốn đầu tư công đạt thấp")));
}

#[test]
fn the_leader_named_before_asks_again_as_ong() {
    let n = notice("news-un-tac-tan-son-nhat.txt");
    // "… Sở Tài chính cân đối … Ông cũng yêu cầu Ban Quản lý dự án … đẩy nhanh
    // …, hoàn thành thông xe trước Tết Nguyên đán.": a task of its own.
    let d = directive(&n, "Ông cũng yêu cầu Ban Quản lý dự án");
    assert_eq!(bodies(d, Role::Lead).len(), 1);
    assert!(bodies(d, Role::Lead)[0].starts_with("Ban Quản lý dự án đầu tư xây dựng"));
    assert_eq!(deadlines(d), [("trước Tết Nguyên đán", None)]);
    let d = directive(&n, "Sở Tài chính cân đối");
    assert_eq!(deadlines(d), [("trong quý I-2025", Some("2025-03-31"))]);
    // "các sở ngành, địa phương" without the comma after "sở".
    let d = directive(&n, "Cuối cùng, ông lưu ý");
    assert_eq!(bodies(d, Role::Lead), ["sở ngành, địa phương"]);
}

#[test]
fn a_statement_before_a_request_in_a_quote_is_no_task() {
    // '"Nước sinh hoạt là nhu cầu thiết yếu. Tôi đề nghị các địa phương …"'
    let n = notice("news-ben-tre-nuoc-mua-kho.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("Nước sinh hoạt là nhu cầu thiết yếu")));
    let d = directive(&n, "Tôi đề nghị các địa phương");
    assert_eq!(bodies(d, Role::Lead), ["địa phương"]);
}

#[test]
fn a_paragraph_opening_with_a_time_and_a_closing_split_by_semicolons() {
    let n = notice("ct-pccc-khu-dan-cu-hung-yen.txt");
    // "Định kỳ 6 tháng, năm tổng hợp kết quả …": the time, then the verb; the
    // items after it are read.
    let d = directive(&n, "Định kỳ 6 tháng, năm tổng hợp");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    let d = directive(&n, "Sở Tài chính: Tham mưu");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    // "Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch … nghiêm túc
    // triển khai thực hiện Chỉ thị này./."
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("Chỉ thị này./.")));
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Giám đốc các sở, Thủ trưởng")));
}

#[test]
fn related_links_inside_an_article_do_not_end_it() {
    // "Tin liên quan" then two headlines, then the article goes on.
    let n = notice("news-tuyen-quang-par-index.txt");
    let d = directive(&n, "Ban Tổ chức Tỉnh ủy chủ trì");
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Nội vụ"]);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("Bắc Ninh tăng 9 bậc")));
    // At the end of a page, the links and all after them are dropped.
    let n = notice("news-quang-ngai-quy-iii.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("Giải ngân vốn đầu tư công đạt thấp")));
}

#[test]
fn a_heading_of_the_work_to_come_opens_a_run_after_an_assessment() {
    // An assessment paragraph, then "Các nội dung cần triển khai:" and bullets.
    let n = notice("tb-phuong-giao-ban-noi-dung-can-trien-khai.txt");
    assert_eq!(
        n.directives.len(),
        7,
        "{:#?}",
        n.directives.iter().map(|d| &d.text).collect::<Vec<_>>()
    );
    let d = directive(&n, "Công an phường tăng cường tuần tra");
    assert_eq!(bodies(d, Role::Lead), ["Công an phường"]);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Trong tuần")));
}

#[test]
fn a_numbered_assessment_title_in_sentence_case() {
    // "1. Đánh giá chung" then its paragraph (a PDF copy: no blank line),
    // "2. Nhiệm vụ trong thời gian tới" then the tasks.
    let n = notice("tb-qua-tai-benh-vien-bac-ninh-pdf.txt");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Đánh giá chung") || d.text.starts_with("Thời gian qua")));
    let d = directive(&n, "Chủ trì, phối hợp với Bảo hiểm xã hội tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
}

#[test]
fn partners_after_cung_in_a_second_clause_are_no_subject() {
    // "… di dời 37 hộ dân …; cùng Ban Chỉ huy Quân sự huyện, Công an huyện bố
    // trí lực lượng …, hoàn thành trước ngày 20/9/2024."
    let n = notice("tb-khac-phuc-lu-luc-yen-crlf.txt");
    let d = directive(&n, "UBND các xã Khánh Hòa, Minh Tiến, An Phú");
    assert_eq!(d.id, "1.c");
    assert_eq!(bodies(d, Role::Lead).len(), 3);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban Chỉ huy Quân sự huyện", "Công an huyện"]
    );
    assert_eq!(deadlines(d), [("trước ngày 20/9/2024", Some("2024-09-20"))]);
}

#[test]
fn telecom_branches_named_by_brand_and_place() {
    // "Viettel Lục Yên, VNPT Lục Yên bảo đảm thông tin liên lạc …" after the
    // power branch's task: a directive of their own.
    let n = notice("tb-khac-phuc-lu-luc-yen-crlf.txt");
    let d = directive(&n, "Viettel Lục Yên, VNPT Lục Yên");
    assert_eq!(bodies(d, Role::Lead), ["Viettel Lục Yên", "VNPT Lục Yên"]);
    let n = notice("kh-kiem-ke-dat-cong-moc-chau.txt");
    let d = directive(&n, "Xây dựng cơ sở dữ liệu đất công");
    assert!(bodies(d, Role::Cooperate)
        .iter()
        .any(|b| b.starts_with("Viettel")));
}

#[test]
fn a_label_the_leader_asks_with_a_colon_hands_its_bodies_down() {
    // "Đối với UBND các xã, phường, Chủ tịch UBND tỉnh yêu cầu:" then "+" items.
    let n = notice("news-nghe-an-tuyen-sinh-giao-vien.txt");
    let d = directive(&n, "Khẩn trương tổ chức tuyển dụng giáo viên");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, phường"]);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Đối với UBND các xã")));
}

#[test]
fn a_plan_in_one_line_per_paragraph_with_labels_that_lost_their_colon() {
    // "1. Văn phòng HĐND và UBND huyện" over "Là cơ quan thường trực, …":
    // the label's body, not a name running into the text.
    let n = notice("kh-tiep-xuc-cu-tri-word.txt");
    let d = directive(&n, "Là cơ quan thường trực");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng HĐND và UBND huyện"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban Thường trực Ủy ban MTTQ Việt Nam huyện"]
    );
    // Bound to each round of an event: a recurrence with no date.
    assert_eq!(deadlines(d), [("trước mỗi kỳ họp thường lệ", None)]);
    let d = directive(&n, "Tham mưu UBND huyện giải quyết");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài nguyên và Môi trường"]);
    let d = directive(&n, "Căn cứ chức năng, nhiệm vụ");
    assert_eq!(bodies(d, Role::Lead), ["cơ quan, đơn vị thuộc UBND huyện"]);
    let d = directive(&n, "Bố trí địa điểm");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    assert_eq!(
        deadlines(d),
        [("trước và sau mỗi kỳ họp Hội đồng nhân dân huyện", None)]
    );
    // "II. NỘI DUNG, NHIỆM VỤ" holds tasks, with no body.
    let d = directive(&n, "Tổng hợp, phân loại kiến nghị");
    assert!(d.responsible.is_empty(), "{:?}", d.responsible);
    assert_eq!(deadlines(d), [("sau mỗi đợt tiếp xúc cử tri", None)]);
    // Each place with its own unit after a comma: one body each.
    let d = directive(&n, "Giao UBND xã Thục Luyện, xã Văn Miếu");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND xã Thục Luyện", "UBND xã Văn Miếu"]
    );
    // Two places after a plural unit, joined by "và": one body each.
    let d = directive(&n, "Đề nghị UBND các xã Thục Luyện");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND xã Thục Luyện", "UBND xã Địa Cương"]
    );
}

#[test]
fn an_assessment_after_the_conclusion_does_not_hide_the_tasks_under_topics() {
    // "… Bộ trưởng kết luận như sau:", then a paragraph of results, then
    // "Thứ nhất: Về …" headings over bullets: the bullets are the tasks.
    let n = notice("tb-bo-nong-nghiep-danh-gia-truoc-ket-luan.txt");
    no_directive_with(&n, &["Đến nay"]);
    let d = directive(&n, "Cục Thủy lợi đôn đốc");
    assert_eq!(bodies(d, Role::Lead), ["Cục Thủy lợi"]);
    assert_eq!(deadlines(d), [("trong quý IV/2025", Some("2025-12-31"))]);
    // The next bullet names no body and inherits none from its sibling.
    let d = directive(&n, "Tăng cường giám sát chất lượng");
    assert!(d.responsible.is_empty(), "{:?}", d.responsible);
    // A ministry's departments, a "Phòng Quản lý …" whose field is long, a
    // council named by its task.
    let d = directive(&n, "Vụ Kế hoạch - Tài chính chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Vụ Kế hoạch - Tài chính"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Cục Thủy lợi"]);
    let d = directive(&n, "Phòng Quản lý kết cấu");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Phòng Quản lý kết cấu hạ tầng thủy lợi"]
    );
    let d = directive(&n, "Hội đồng thẩm định");
    assert_eq!(bodies(d, Role::Lead), ["Hội đồng thẩm định dự án của Bộ"]);
    // The closing asks the provinces to see the notice carried out: no task.
    no_directive_with(&n, &["quan tâm, chỉ đạo"]);
    // A sentence naming the doers before the items of a part hands them down.
    for starts in ["Hoàn thành giải phóng mặt bằng", "Bố trí đủ vốn đối ứng"]
    {
        let d = directive(&n, starts);
        assert_eq!(bodies(d, Role::Lead), ["Ủy ban nhân dân các tỉnh"]);
    }
}

#[test]
fn a_regulation_in_chapters_gives_each_article_of_duties_its_body() {
    // "Chương II" over "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", then "Điều 3.
    // Trách nhiệm của Phòng Kinh tế và Hạ tầng" over its items.
    let n = notice("qd-quy-che-phoi-hop-chuong.txt");
    let d = directive(&n, "Chủ trì tham mưu UBND huyện quy hoạch");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế và Hạ tầng"]);
    let d = directive(&n, "Chủ trì, phối hợp với Phòng Tài chính");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế và Hạ tầng"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Phòng Tài chính - Kế hoạch"]);
    // An article title alone on its line over its one paragraph.
    let d = directive(&n, "Tham mưu bố trí kinh phí");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    let d = directive(&n, "Báo cáo tình hình hoạt động của chợ");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/12/2025", Some("2025-12-15"))]
    );
    // The general part's principles and the regulation's closing are none.
    no_directive_with(&n, &["Cơ quan được đề nghị", "Trong quá trình thực hiện"]);
    assert_eq!(n.directives.len(), 6, "{:#?}", n.directives);
}

#[test]
fn a_news_page_with_captions_and_readers_comments() {
    let n = notice("news-binh-thuan-sot-xuat-huyet-binh-luan.txt");
    // "CDC tỉnh": the disease-control centre by its abbreviation.
    let d = directive(&n, "Kết luận cuộc họp");
    assert_eq!(bodies(d, Role::Lead), ["CDC tỉnh"]);
    // The paragraphs after it are read on (they were lost with the body).
    let d = directive(&n, "Các đoàn thể chính trị - xã hội tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["đoàn thể chính trị - xã hội tỉnh"]);
    let d = directive(&n, "Phòng Kế hoạch - Tài chính");
    assert_eq!(
        deadlines(d),
        [("trước ngày 30/11/2025", Some("2025-11-30"))]
    );
    // Photo captions and readers' comments ask nothing; nor does a proposal
    // up to the province ("… kiến nghị tỉnh bổ sung kinh phí …").
    no_directive_with(
        &n,
        &[
            "Trẻ mắc",
            "Nhân viên y tế",
            "Bình luận",
            "Trần Thị Mai",
            "Tại cuộc họp",
        ],
    );
    // The speaker named before by a given name asks more: a task, after a
    // task that named another body; asking everyone to carry it out is none.
    let d = directive(&n, "Ông Bình cũng yêu cầu");
    assert_eq!(bodies(d, Role::Lead), ["trạm y tế xã, phường"]);
    no_directive_with(&n, &["nghiêm túc triển khai"]);
    assert_eq!(n.directives.len(), 5);
}

/// Time expressions that fix no solar day or only part of one: a day of a
/// month not fixed ("trước ngày 05 của tháng sau", "hằng tháng … trước ngày
/// 05"), lunar days, holidays named by their days, the summer holidays and an
/// open-ended period are deadlines without a date; "đến 30/6/2025" without
/// "ngày" is dated like "đến ngày 30/6/2025". Cited documents, the date of an
/// account, a figure's cut-off and a share ("giảm đến 1/2") are no deadlines.
#[test]
fn days_without_a_month_lunar_days_and_holidays_named_by_their_days() {
    let n = notice("tb-vinh-linh-nhiem-vu-dau-nam.txt");
    // Lunar days: the solar day is not printed.
    let d = directive(&n, "Phòng Văn hóa và Thông tin chủ trì");
    assert_eq!(deadlines(d), [("trước ngày 15 tháng Chạp", None)]);
    let d = directive(&n, "Công an huyện bố trí lực lượng");
    assert_eq!(deadlines(d), [("đến hết mùng 6 tháng Giêng", None)]);
    let d = directive(&n, "Ban Quản lý di tích huyện");
    assert_eq!(
        deadlines(d),
        [
            ("trước Rằm tháng Giêng", None),
            ("vào ngày 10 tháng 3 âm lịch", None)
        ]
    );
    // "đến 30/6/2025" without "ngày"; a range stays whole.
    let d = directive(&n, "Ban Quản lý dự án");
    assert_eq!(
        deadlines(d),
        [
            ("đến 30/6/2025", Some("2025-06-30")),
            ("từ 01/6 đến 30/6/2025", Some("2025-06-30"))
        ]
    );
    // A day of a month that is not fixed.
    let d = directive(&n, "Phòng Tài chính - Kế hoạch theo dõi");
    assert_eq!(deadlines(d), [("trước ngày 05 của tháng sau", None)]);
    let d = directive(&n, "Các chủ đầu tư hằng tháng");
    assert_eq!(
        deadlines(d),
        [("hằng tháng", None), ("trước ngày 05", None)]
    );
    let d = directive(&n, "Định kỳ hằng tháng báo cáo");
    assert_eq!(
        deadlines(d),
        [("Định kỳ hằng tháng", None), ("trước ngày 25", None)]
    );
    // Holidays named by their days: work in them is due by their last day.
    let d = directive(&n, "Công an huyện xây dựng phương án");
    assert_eq!(
        deadlines(d),
        [
            ("trong dịp đại lễ 30/4 và 1/5", Some("2025-05-01")),
            ("trong dịp Quốc khánh 2/9", Some("2025-09-02"))
        ]
    );
    let d = directive(&n, "Phòng Văn hóa và Thông tin chỉ đạo");
    assert_eq!(
        deadlines(d),
        [
            ("dịp lễ 30/4 - 1/5", Some("2025-05-01")),
            ("dịp Quốc khánh 2/9/2025", Some("2025-09-02"))
        ]
    );
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng hoàn thành");
    assert_eq!(
        deadlines(d),
        [
            ("trước Quốc khánh 2/9", Some("2025-09-02")),
            ("trước, trong và sau dịp Quốc khánh 2/9", None)
        ]
    );
    // The summer holidays.
    let d = directive(&n, "Phòng Giáo dục và Đào tạo");
    assert_eq!(
        deadlines(d),
        [("trước khi nghỉ hè", None), ("trong dịp hè", None)]
    );
    let d = directive(&n, "UBND các xã, thị trấn tăng cường");
    assert_eq!(deadlines(d), [("trong kỳ nghỉ hè", None)]);
    let d = directive(&n, "Điện lực Vĩnh Linh");
    assert_eq!(deadlines(d), [("trong mùa hè năm 2025", None)]);
    // Open-ended periods, whole.
    let d = directive(&n, "Phòng Tài nguyên và Môi trường");
    assert_eq!(
        deadlines(d),
        [("Thời gian thực hiện: năm 2025 và các năm tiếp theo", None)]
    );
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng rà soát");
    assert_eq!(
        deadlines(d),
        [(
            "thời gian thực hiện trong năm 2025 và những năm tiếp theo",
            None
        )]
    );
    // A cited document's date is none; a day with its month is dated.
    let d = directive(&n, "Phòng Nội vụ");
    assert_eq!(deadlines(d), [("trước ngày 05/02", Some("2025-02-05"))]);
    // A figure's cut-off and a share are none.
    let d = directive(&n, "Phòng Lao động");
    assert_eq!(deadlines(d), [("trong tháng 01/2025", Some("2025-01-31"))]);
    // The account's date and the report's number give none.
    assert!(n.directives.iter().all(|d| d
        .deadlines
        .iter()
        .all(|x| !x.text.contains("tháng 01 năm 2025") && !x.text.contains("05/BC"))));
}

#[test]
fn boards_and_teams_named_by_their_work() {
    let n = notice("tb-phuong-tan-an-trat-tu-mua-mua.txt");
    // "Phòng, chống" inside a name is no list; the heading hands it down.
    let d = directive(&n, "Rà soát các hộ dân sống ven kênh");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn phường"]
    );
    let d = directive(&n, "Tổ Quản lý trật tự đô thị phường");
    assert_eq!(bodies(d, Role::Lead), ["Tổ Quản lý trật tự đô thị phường"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Ban điều hành các khu phố"]);
    let d = directive(&n, "Ban Công tác Mặt trận");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Công tác Mặt trận các khu dân cư"]
    );
    let d = directive(&n, "Ban Chỉ đạo phòng, chống dịch");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Chỉ đạo phòng, chống dịch phường"]
    );
    // A result up to a time ("Về thu ngân sách: Đến hết tháng 8, thu ngân
    // sách … mới đạt 58% dự toán.") is no task and sets no deadline; the
    // next sentence, with its doer and quarter, is the task.
    no_directive_with(&n, &["mới đạt 58%"]);
    let d = directive(&n, "Yêu cầu Đội Thuế khu vực");
    assert_eq!(deadlines(d), [("trong quý IV/2025", Some("2025-12-31"))]);
    // "Yêu cầu X …": X is asked. The chair who concludes ("…, Chủ tịch UBND
    // phường kết luận như sau:") hands no work down to the items.
    assert_eq!(bodies(d, Role::Lead), ["Đội Thuế khu vực"]);
    // A meeting's agenda ("chương trình kỳ họp thứ 12") is no time.
    let d = directive(&n, "Văn phòng HĐND và UBND phường chuẩn bị");
    assert!(d.deadlines.is_empty(), "{:?}", d.deadlines);
}

#[test]
fn praise_and_a_party_closing_without_its_end_mark_are_no_tasks() {
    let n = notice("tb-huyen-uy-danh-gia-cao-khong-dau-ket.txt");
    // "1. Ban Thường vụ Huyện ủy đánh giá cao …": the issuer praises.
    // "Văn phòng Huyện ủy thông báo kết luận … để … biết, thực hiện.": the
    // closing, without "./.".
    no_directive_with(
        &n,
        &[
            "Ban Thường vụ Huyện ủy đánh giá cao",
            "Văn phòng Huyện ủy thông báo",
        ],
    );
    assert_eq!(n.directives.len(), 3);
    let d = directive(&n, "Ban Tổ chức Huyện ủy");
    assert_eq!(bodies(d, Role::Cooperate), ["Ủy ban Kiểm tra Huyện ủy"]);
}

#[test]
fn a_news_lead_giving_each_department_its_task_then_one_paragraph_each() {
    // "…, đồng thời giao nhiệm vụ cụ thể cho từng sở, ngành, địa phương."
    // opens the run; "Đối với Sở Xây dựng, khẩn trương …" names its doer.
    let n = notice("news-giao-nhiem-vu-tung-so-nganh.txt");
    let d = directive(&n, "Đối với Sở Xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 25/11/2025", Some("2025-11-25"))]
    );
    let d = directive(&n, "Sở Tài chính cân đối");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    // While the works last: a time bound to an event.
    let d = directive(&n, "Công an tỉnh xây dựng");
    assert_eq!(deadlines(d), [("trong thời gian thi công", None)]);
    assert_eq!(n.directives.len(), 3);
}

#[test]
fn the_issuers_board_by_its_short_name_asks_the_bodies_it_names() {
    // "…, Ban Thường vụ yêu cầu Hội Nông dân các huyện, thị xã, thành phố
    // tập trung thực hiện:": the board asks (it is not told), the sentence
    // hands the bodies it names to the items and is no task itself.
    let n = notice("tb-hoi-nong-dan-ban-thuong-vu-yeu-cau.txt");
    no_directive_with(&n, &["Để hoàn thành"]);
    for starts in [
        "Rà soát, phân loại hội viên",
        "Phối hợp với Ngân hàng",
        "Tổ chức tập huấn",
    ] {
        let d = directive(&n, starts);
        assert_eq!(
            bodies(d, Role::Lead),
            ["Hội Nông dân các huyện, thị xã, thành phố"]
        );
    }
    assert_eq!(n.directives.len(), 3);
}

#[test]
fn voters_petitions_as_a_noun_and_a_closing_that_holds_heads_to_account() {
    let n = notice("tb-huyen-kien-nghi-cu-tri-hoc-ky.txt");
    // "… rà soát kết quả giải quyết kiến nghị cử tri …" in the opening asks
    // nothing; nor does the closing with its "; trường hợp …, người đứng đầu
    // phải chịu trách nhiệm …".
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
    let d = directive(&n, "Phòng Giáo dục và Đào tạo chỉ đạo");
    assert_eq!(deadlines(d), [("hằng học kỳ", None)]);
    let d = directive(&n, "Công đoàn ngành Giáo dục");
    assert_eq!(bodies(d, Role::Lead), ["Công đoàn ngành Giáo dục"]);
    // "đưa" (put) ends the name it follows.
    let d = directive(&n, "Giao Thanh tra huyện");
    assert_eq!(bodies(d, Role::Lead), ["Thanh tra huyện"]);
    assert!(d.deadlines.is_empty(), "{:?}", d.deadlines);
}

#[test]
fn a_leaders_order_in_quotes_names_its_doer() {
    // ("… trước Tết", ông nói): the doer inside the quotation, not the
    // body of the paragraph before.
    let n = notice("news-dien-chau-gpmb-web.txt");
    let d = directive(&n, "\"Các xã phải hoàn thành");
    assert_eq!(bodies(d, Role::Lead), ["xã"]);
}

#[test]
fn until_an_event_and_after_each_night_of_it() {
    // "24/24 giờ cho đến khi thông tuyến": until an event, no date.
    let n = notice("cv-ha-giang-sat-lo.txt");
    let d = directive(&n, "Công an tỉnh bố trí lực lượng");
    assert_eq!(deadlines(d), [("cho đến khi thông tuyến", None)]);
    // "ngay sau mỗi đêm thi": after each round of an event.
    let n = notice("pa-le-hoi-phao-hoa-da-nang.txt");
    let d = directive(&n, "Công ty Cổ phần Môi trường đô thị Đà Nẵng");
    assert_eq!(deadlines(d)[0], ("ngay sau mỗi đêm thi", None));
}

/// Inside one item, a sentence with a named doer after a sentence without one
/// starts a task of its own (GUIDELINES rule 3); a criticism ("Phê bình …")
/// or a result ("… mới đạt 58% …") before it is no task at all.
#[test]
fn a_named_doer_after_a_sentence_without_one_starts_a_task() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n\
        Chủ tịch UBND huyện kết luận như sau:\n\n\
        1. Tập trung rà soát nợ đọng thuế. Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn trong tháng 7.\n\n\
        2. Phê bình 5 xã có tỷ lệ giải ngân dưới 50%. Chủ tịch UBND các xã này kiểm điểm trách nhiệm.\n\n\
        3. Về thu ngân sách: Đến hết tháng 8, thu ngân sách mới đạt 58% dự toán. Yêu cầu Chi cục Thuế đôn đốc thu nợ.\n";
    let n = extract(text);
    let got: Vec<(&str, Vec<&str>)> = n
        .directives
        .iter()
        .map(|d| (d.text.as_str(), bodies(d, Role::Lead)))
        .collect();
    assert_eq!(
        got,
        [
            ("Tập trung rà soát nợ đọng thuế.", vec![]),
            (
                "Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn trong tháng 7.",
                vec!["Phòng Tài chính - Kế hoạch"]
            ),
            (
                "Chủ tịch UBND các xã này kiểm điểm trách nhiệm.",
                vec!["UBND các xã này"]
            ),
            ("Yêu cầu Chi cục Thuế đôn đốc thu nợ.", vec!["Chi cục Thuế"]),
        ]
    );
}

/// Old typescripts number items "1- " and "a- " (a dash right after the
/// number or letter); "1-2 ngày" opening a line is a range, not an item.
#[test]
fn items_numbered_with_a_dash_after_the_number_or_letter() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND thị xã\n\n\
        Chủ tịch UBND thị xã kết luận như sau:\n\n\
        1- Chi cục Thuế thị xã :\n\n\
        a- Rà soát, phân loại các khoản nợ thuế.\n\n\
        b- Lập danh sách doanh nghiệp chây ỳ, công khai trên Đài Truyền thanh.\n\n\
        2- Kho bạc Nhà nước thị xã phối hợp với Chi cục Thuế trích tài khoản của đơn vị còn nợ thuế.\n";
    let n = extract(text);
    let got: Vec<(&str, Vec<&str>)> = n
        .directives
        .iter()
        .map(|d| (d.id.as_str(), bodies(d, Role::Lead)))
        .collect();
    assert_eq!(
        got,
        [
            ("1.a", vec!["Chi cục Thuế thị xã"]),
            ("1.b", vec!["Chi cục Thuế thị xã"]),
            ("2", vec!["Kho bạc Nhà nước thị xã"]),
        ]
    );
}

/// The execution article of a decision ("… chịu trách nhiệm thi hành Quyết
/// định này.", "… căn cứ Quyết định thi hành.") and "Trong quá trình triển
/// khai, nếu có khó khăn …" are closings, not tasks; the article that gives
/// work stays.
#[test]
fn execution_articles_and_feedback_invitations_are_closings() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN THANH OAI\nSố: 12/QĐ-UB\n\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ phòng, chống dịch cúm gia cầm\n\nQUYẾT ĐỊNH:\n\n\
        Điều 1. Giao Phòng Nông nghiệp huyện chủ trì tổ chức tiêm phòng cho đàn gia cầm trong tháng 3/2005.\n\n\
        Điều 2. Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị các xã phản ánh về UBND huyện để xử lý.\n\n\
        Điều 3. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các cơ quan, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này.\n\n\
        Điều 4. Trưởng phòng Y tế, Chủ tịch UBND các xã căn cứ Quyết định thi hành.\n\n\
        UBND huyện kính đề nghị UBND các xã quan tâm chỉ đạo; yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.\n";
    let n = extract(text);
    assert_eq!(
        texts(&n),
        ["Giao Phòng Nông nghiệp huyện chủ trì tổ chức tiêm phòng cho đàn gia cầm trong tháng 3/2005."]
    );
}

/// A plan whose tasks list their fields under them: a note in parentheses
/// among the fields, fields after an unnumbered task paragraph under a topic
/// heading (with a `Sản phẩm:` line), a pointer to the appendix after them;
/// then an appendix whose table is set one cell per line without pipes, an
/// empty cell as a blank line.
#[test]
fn fields_after_a_task_paragraph_and_a_table_one_cell_per_line() {
    let n = notice("kh-nuoc-sach-nong-thon-quang-tri.txt");
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        ["II.1.a", "II.1.b", "II.2.p1", "III.p1", "A.1", "A.2", "A.3"]
    );
    let d = directive(&n, "Rà soát, cập nhật quy hoạch cấp nước");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nông nghiệp và Môi trường"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Sở Xây dựng", "UBND các huyện"]
    );
    assert_eq!(deadlines(d), [("Quý III/2025", Some("2025-09-30"))]);
    // A field's value is a cell: a year alone is a time there.
    let d = directive(&n, "Lập danh mục công trình cấp nước");
    assert_eq!(deadlines(d), [("Cả năm 2025", Some("2025-12-31"))]);
    let d = directive(&n, "Tổ chức kiểm tra, giám sát chất lượng nước");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Kiểm soát bệnh tật tỉnh", "UBND các huyện"]
    );
    assert_eq!(deadlines(d), [("Định kỳ 6 tháng", None)]);
    no_directive_with(
        &n,
        &[
            "Cơ quan chủ trì",
            "Sản phẩm",
            "chi tiết tại",
            "PHỤ LỤC",
            "Kiểm tra chất lượng nước",
        ],
    );
    let d = directive(&n, "Vận động hộ dân đấu nối");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các xã"]);
    assert_eq!(deadlines(d), [("Năm 2025", Some("2025-12-31"))]);
    // The blank line is the empty cooperating cell: the time stays a time.
    let d = directive(&n, "Bàn giao công trình cấp nước");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện Hướng Hóa"]);
    assert!(bodies(d, Role::Cooperate).is_empty());
    assert_eq!(deadlines(d), [("Tháng 9/2025", Some("2025-09-30"))]);
    let d = directive(&n, "Kiểm tra, xử lý việc khai thác nước ngầm");
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Nông nghiệp và Môi trường"]);
}

/// A topic label names the doer ("Đối với Sở Xây dựng, khẩn trương …",
/// "Với UBND tỉnh Hà Nam, Phó Thủ tướng đề nghị tỉnh tiếp tục …": the bare
/// level asked is the label's body); a request to the Government by the
/// one reporting is a proposal, no one's task.
#[test]
fn topic_labels_name_the_doer_and_requests_to_the_government_are_proposals() {
    let text = "Phó Thủ tướng làm việc tại Hà Nam\n\nThứ bảy, 19/10/2024 10:15\n\n\
        Báo cáo tại buổi làm việc, Bộ trưởng Bộ Y tế cho biết dự án còn vướng mắc. Bà đề nghị Chính phủ cho phép áp dụng cơ chế đặc thù.\n\n\
        Kết luận buổi làm việc, Phó Thủ tướng giao Bộ Y tế hoàn thiện phương án vận hành trong tháng 11/2024.\n\n\
        Với UBND tỉnh Hà Nam, Phó Thủ tướng đề nghị tỉnh tiếp tục hoàn thiện hạ tầng kết nối giao thông.\n\n\
        Đối với Bộ Xây dựng, khẩn trương kiểm tra chất lượng các hạng mục đã thi công.\n";
    let n = extract(text);
    no_directive_with(&n, &["Chính phủ cho phép"]);
    let d = directive(&n, "Với UBND tỉnh Hà Nam");
    assert_eq!(bodies(d, Role::Lead), ["UBND tỉnh Hà Nam"]);
    let d = directive(&n, "Đối với Bộ Xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Bộ Xây dựng"]);
}

/// The outlet's footer and the list of other articles after a news report
/// are page debris, not tasks.
#[test]
fn an_outlets_footer_and_other_articles_are_debris() {
    let text = "Tái canh cà phê ở Di Linh\n\nThứ năm, 12/05/2022 08:30\n\n\
        Giám đốc Sở giao Trung tâm Khuyến nông tỉnh mở các lớp tập huấn kỹ thuật tái canh trong tháng 6/2022.\n\n\
        Bài viết khác\n\n- Bảo Lâm: Hơn 2.000 ha cà phê được tái canh trong năm 2021\n\n\
        Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng\n\n\
        Cơ quan chủ quản: Tỉnh ủy Lâm Đồng\n";
    let n = extract(text);
    assert_eq!(
        texts(&n),
        ["Giám đốc Sở giao Trung tâm Khuyến nông tỉnh mở các lớp tập huấn kỹ thuật tái canh trong tháng 6/2022."]
    );
}

/// Under a body's heading, "Phân công X …" shares out that body's own work:
/// the heading's body stays responsible (X is its staff, no body of the
/// notice's).
#[test]
fn sharing_out_work_under_a_heading_keeps_the_headings_body() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n\
        Chủ tịch UBND huyện kết luận như sau:\n\n\
        1. Chủ tịch UBND các xã, thị trấn:\n\n\
        a) Kiện toàn Ban Chỉ đạo cấp xã, phân công thành viên phụ trách từng thôn, bản.\n\n\
        2. Hạt Kiểm lâm huyện:\n\n\
        a) Phân công kiểm lâm địa bàn bám sát cơ sở, hướng dẫn các hộ làm đường băng cản lửa.\n";
    let n = extract(text);
    let got: Vec<Vec<&str>> = n.directives.iter().map(|d| bodies(d, Role::Lead)).collect();
    assert_eq!(
        got,
        [vec!["UBND các xã, thị trấn"], vec!["Hạt Kiểm lâm huyện"]]
    );
}

/// A task whose object ends in what was not done ("… các kiến nghị đã được
/// trả lời nhưng chưa thực hiện.") is no closing formula.
#[test]
fn a_task_ending_in_what_was_not_done_is_no_closing() {
    let text = "HĐND tỉnh giám sát kiến nghị cử tri\n\nThứ hai, 10/06/2024 09:00\n\n\
        Thường trực HĐND tỉnh đề nghị các Ban của HĐND tỉnh, các Tổ đại biểu tăng cường giám sát; sau mỗi kỳ họp, tổ chức tái giám sát các kiến nghị đã được trả lời nhưng chưa thực hiện.\n\n\
        Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 1, "{:#?}", n.directives);
    let d = directive(&n, "Thường trực HĐND tỉnh đề nghị");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban của HĐND tỉnh", "Tổ đại biểu HĐND tỉnh"]
    );
    assert_eq!(deadlines(d), [("sau mỗi kỳ họp", None)]);
}

/// A task before an inline enumeration, ended by ";", is one of its own;
/// the issuer agreeing with a report is no task unless it hands work out.
#[test]
fn a_task_before_an_enumeration_and_agreement_with_a_report() {
    let text = "THÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy\n\n\
        Ban Thường vụ Huyện ủy kết luận như sau:\n\n\
        1. Ban Thường vụ Huyện ủy thống nhất với báo cáo của Ban Chỉ đạo bầu cử huyện.\n\n\
        2. Hướng dẫn UBND các xã rà soát, đánh giá hiệu quả các dự án hỗ trợ sản xuất; (i) nhân rộng các mô hình hiệu quả; (ii) dừng các dự án kém hiệu quả.\n\n\
        3. UBND huyện thống nhất với đề xuất của Phòng Tài chính - Kế hoạch; giao Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn.\n";
    let n = extract(text);
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["2.1", "2.2", "2.3", "3"]);
    assert!(n.directives[0]
        .text
        .starts_with("Hướng dẫn UBND các xã rà soát"));
    assert_eq!(
        bodies(&n.directives[3], Role::Lead),
        ["Phòng Tài chính - Kế hoạch"]
    );
}

/// A long title in capitals that opens with "KẾT LUẬN CỦA …" is the notice's
/// title, not a part of tasks: the meeting's account under it ("Ngày
/// 12/01/2026, Ban Chỉ đạo … tổ chức Hội nghị …") is no task.
#[test]
fn a_long_capitals_title_opening_with_ket_luan_is_no_task_part() {
    let n = notice("tb-bcd-giam-ngheo-tuyen-quang.txt");
    no_directive_with(&n, &["tổ chức Hội nghị đánh giá", "chủ trì Hội nghị"]);
    let d = directive(&n, "Các thành viên Ban Chỉ đạo theo lĩnh vực");
    assert_eq!(bodies(d, Role::Lead), ["thành viên Ban Chỉ đạo"]);
    assert_eq!(deadlines(d), [("định kỳ hằng quý", None)]);
}

/// Numbered items that open with what happened ("Từ đầu mùa khô đến nay,
/// …", "Mưa lớn … đã gây sạt lở …") assess; they ask for no work.
#[test]
fn numbered_items_telling_what_happened_are_no_tasks() {
    let text = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n\n\
        Đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Từ đầu mùa khô đến nay, mặn xâm nhập sâu và sớm hơn so với cùng kỳ, ảnh hưởng đến 2.000 ha lúa.\n\n\
        2. Mưa lớn kéo dài từ đêm 05 đến rạng sáng 06/9/2023 đã gây sạt lở đất nghiêm trọng tại nhiều khu vực.\n\n\
        3. UBND huyện khẩn trương di dời các hộ dân ra khỏi vùng nguy hiểm.\n";
    let n = extract(text);
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["3"]);
}

/// "Sở A chỉ đạo Chi cục B:" over items: A is their doer, the items are what
/// B is to do, so a "phối hợp" in them names no partner of A's; the next
/// heading that names its own doer has its partners again.
#[test]
fn items_under_a_doer_directing_another_body_are_that_bodys_tasks() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n\
        Chủ tịch UBND huyện kết luận như sau:\n\n\
        1. Phòng Y tế chỉ đạo Trung tâm Y tế huyện:\n\n\
        - Rà soát cơ số thuốc, vật tư phòng chống dịch trước ngày 15/6/2024.\n\n\
        - Phối hợp với Công an huyện, Phòng Giáo dục và Đào tạo kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\n\
        2. Phòng Kinh tế và Hạ tầng:\n\n\
        - Phối hợp với Điện lực huyện kiểm tra hành lang lưới điện.\n";
    let n = extract(text);
    let d = directive(&n, "Phối hợp với Công an huyện");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Y tế"]);
    assert!(bodies(d, Role::Cooperate).is_empty());
    let d = directive(&n, "Phối hợp với Điện lực huyện");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế và Hạ tầng"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Điện lực huyện"]);
}

/// A sentence reporting what a body already did ("UBND xã tiếp thu và đã có
/// văn bản …") before the task of the item names no doer and gives no task;
/// the task after it keeps its own body.
#[test]
fn a_body_reported_as_having_acted_is_no_doer() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND xã\n\n\
        Chủ tịch UBND xã kết luận như sau:\n\n\
        1. Về các ý kiến, kiến nghị của Nhân dân:\n\n\
        1.1. Về việc chậm cấp giấy phép xây dựng tại khu dân cư Tân Lập 2: Việc cấp giấy phép thuộc thẩm quyền của UBND huyện; UBND xã tiếp thu và đã có văn bản kiến nghị Phòng Kinh tế và Hạ tầng huyện đẩy nhanh tiến độ. Giao công chức Địa chính - Nông nghiệp hướng dẫn các hộ hoàn thiện hồ sơ trước ngày 15/7/2024.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 1, "{:#?}", texts(&n));
    let d = &n.directives[0];
    assert_eq!(bodies(d, Role::Lead), ["Địa chính - Nông nghiệp"]);
}

/// The partners of a label before an inline enumeration ("Giao Sở A chủ
/// trì, phối hợp với Sở B, Sở C: (i) …; (ii) …") work on every part with
/// its doer; a part naming its own partner keeps that one.
#[test]
fn a_labels_partners_reach_each_part_of_its_enumeration() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường: (i) rà soát quy hoạch vùng nuôi; (ii) tham mưu cơ chế hỗ trợ ngư dân.\n\n\
        2. Giao Sở Y tế: (i) rà soát cơ số thuốc; (ii) tập huấn cho tuyến xã, phối hợp với Sở Tài chính.\n";
    let n = extract(text);
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1.1", "1.2", "2.1", "2.2"]);
    for d in &n.directives[..2] {
        assert_eq!(
            bodies(d, Role::Lead),
            ["Sở Nông nghiệp và Phát triển nông thôn"]
        );
        assert_eq!(
            bodies(d, Role::Cooperate),
            ["Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường"]
        );
    }
    assert!(bodies(&n.directives[2], Role::Cooperate).is_empty());
    assert_eq!(bodies(&n.directives[3], Role::Cooperate), ["Sở Tài chính"]);
}

/// "Đối với X, Giám đốc Sở đề nghị:" over items: the head of the issuing
/// office asks X, whose tasks the items are.
#[test]
fn items_under_a_label_that_the_head_of_the_office_asks() {
    let text = "THÔNG BÁO\nKết luận của Giám đốc Sở\n\n\
        Giám đốc Sở kết luận như sau:\n\n\
        1. Đối với Phòng Tài nguyên và Môi trường các huyện, thành phố, Giám đốc Sở đề nghị:\n\n\
        - Rà soát bảng giá đất các khu vực giáp ranh.\n\n\
        - Tổng hợp ý kiến của người dân, báo cáo Sở trước ngày 20/3/2025.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 2);
    for d in &n.directives {
        assert_eq!(
            bodies(d, Role::Lead),
            ["Phòng Tài nguyên và Môi trường các huyện, thành phố"]
        );
    }
}

/// "1. Đối với Trung tâm Y tế huyện (cơ quan thường trực Ban Chỉ đạo)" with
/// no colon, a note in brackets on what the body is, and bullets under it:
/// a heading that hands its body down, not the intro sentence's bodies.
#[test]
fn a_body_heading_with_a_role_note_in_brackets_hands_its_body_down() {
    let text = "THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo\n\n\
        II. NHIỆM VỤ TRỌNG TÂM\n\n\
        Trưởng Ban Chỉ đạo yêu cầu các thành viên Ban Chỉ đạo, các cơ quan, đơn vị có liên quan thực hiện tốt các nhiệm vụ sau:\n\n\
        1. Đối với Trung tâm Y tế huyện (cơ quan thường trực Ban Chỉ đạo)\n\n\
        - Tổ chức giám sát chặt chẽ các ổ dịch trên địa bàn trong tháng 4/2023.\n\n\
        - Tổng hợp báo cáo Ban Chỉ đạo kết quả định kỳ hằng tháng.\n\n\
        2. Đối với Phòng Giáo dục và Đào tạo (đơn vị phối hợp):\n\n\
        - Chỉ đạo các trường học tăng cường vệ sinh lớp học.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
    for d in &n.directives[..2] {
        assert_eq!(bodies(d, Role::Lead), ["Trung tâm Y tế huyện"]);
    }
    assert_eq!(
        bodies(&n.directives[2], Role::Lead),
        ["Phòng Giáo dục và Đào tạo"]
    );
}

/// Clauses after ";" that name no new doer stay one directive: a case
/// handled ("các vụ việc …" is no ministry's department), a share-out after
/// a comma ("…, phân công thành viên phụ trách …"), a ";" inside brackets,
/// and the doer's head doing something itself ("Giám đốc Sở … tự kiểm điểm").
#[test]
fn clauses_that_name_no_new_doer_stay_one_directive() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n\
        Chủ tịch UBND huyện kết luận như sau:\n\n\
        1. Chi cục Thi hành án dân sự huyện tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài; các vụ việc thu hồi tiền cho Nhà nước trong các vụ án tham nhũng. Đối với vụ việc cần cưỡng chế, xây dựng phương án, báo cáo Ban Chỉ đạo trước ngày 30/6/2024.\n\n\
        2. Ban Chỉ đạo huyện có trách nhiệm giúp UBND huyện tổ chức cuộc điều tra; xây dựng kế hoạch cụ thể cho từng giai đoạn, phân công thành viên phụ trách từng cụm xã.\n\n\
        3. Các nhà thầu nộp lại số tiền thanh toán thừa (Công ty TNHH Xây dựng Hòa Bình: 120.000.000 đồng; Công ty cổ phần Cầu đường Sông Mã: 75.500.000 đồng) vào tài khoản tạm giữ trong thời hạn 15 ngày.\n\n\
        4. Giao Sở Y tế tổ chức kiểm điểm trách nhiệm đối với tập thể lãnh đạo Trung tâm; đồng thời, Giám đốc Sở Y tế tự kiểm điểm trách nhiệm trong công tác chỉ đạo.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 4, "{:#?}", texts(&n));
    assert_eq!(
        bodies(&n.directives[0], Role::Lead),
        ["Chi cục Thi hành án dân sự huyện"]
    );
    assert_eq!(bodies(&n.directives[1], Role::Lead), ["Ban Chỉ đạo huyện"]);
    assert!(n.directives[2].text.ends_with("trong thời hạn 15 ngày."));
    assert_eq!(bodies(&n.directives[3], Role::Lead), ["Sở Y tế"]);
}

/// Old typescripts letter their items "a- ", "b- " under "1/ …:": each its
/// own directive with its own deadline.
#[test]
fn letters_with_a_dash_are_items_of_their_own() {
    let text = "CÔNG VĂN\nV/v đẩy nhanh giải phóng mặt bằng\n\n\
        UBND huyện yêu cầu:\n\n\
        1/ Hội đồng bồi thường giải phóng mặt bằng huyện:\n\
        a- Kiểm kê lại tài sản của các hộ còn khiếu nại, trình phê duyệt trước ngày 10/9/2009.\n\
        b- Chi trả tiền bồi thường cho các hộ đã có phương án được duyệt chậm nhất ngày 25/9/2009.\n\
        c- Cử cán bộ bám sát từng xã để đối thoại với các hộ dân.\n";
    let n = extract(text);
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1.a", "1.b", "1.c"], "{:#?}", texts(&n));
    assert_eq!(
        deadlines(&n.directives[1]),
        [("chậm nhất ngày 25/9/2009", Some("2009-09-25"))]
    );
    for d in &n.directives {
        assert_eq!(
            bodies(d, Role::Lead),
            ["Hội đồng bồi thường giải phóng mặt bằng huyện"]
        );
    }
}

/// In a news report, a quotation whose duty only exhorts ("… phải mạnh
/// dạn hơn, không ngồi chờ tỉnh") or warns ("… phải chịu trách nhiệm"),
/// a quoted report after "thừa nhận:", and an earlier instruction told as
/// history ("Trước đó, … đã yêu cầu …") are no tasks; a quotation with
/// work in it still is.
#[test]
fn news_quotes_that_exhort_warn_or_report_are_no_tasks() {
    let text = "Bí thư Tỉnh ủy làm việc với huyện Krông Pa\n\n\
        Chiều 12/4, Bí thư Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Huyện ủy Krông Pa.\n\n\
        Trước đó, tại hội nghị ngày 5/3, UBND tỉnh đã yêu cầu các chủ rừng hoàn thành làm đường băng cản lửa trước ngày 31/3. Đến nay, các đơn vị đã cơ bản hoàn thành.\n\n\
        Ông Ksor Y, Phó Chủ tịch UBND huyện thừa nhận: \"Lực lượng kiểm lâm của huyện còn mỏng, mỗi người phải quản lý trên 2.000 ha rừng\".\n\n\
        Kết luận buổi làm việc, Bí thư Tỉnh ủy yêu cầu UBND huyện Krông Pa tập trung tháo gỡ vướng mắc về mặt bằng cho các dự án giao thông trong quý II/2023.\n\n\
        Báo cáo với đoàn, lãnh đạo huyện cho biết, trên địa bàn huyện xảy ra 12 vụ cháy rừng trong quý I.\n\n\
        \"Krông Pa có nhiều tiềm năng về nông nghiệp. Huyện phải năng động hơn, không trông chờ vào tỉnh\", ông nhấn mạnh.\n\n\
        \"Để cháy rừng ở xã nào thì Chủ tịch UBND xã đó phải chịu trách nhiệm. Tỉnh sẽ xử lý nghiêm\", Bí thư Tỉnh ủy khẳng định.\n\n\
        \"Các xã phải hoàn thành cắm mốc ranh giới rừng trước mùa mưa\", ông lưu ý.\n";
    let n = extract(text);
    no_directive_with(
        &n,
        &[
            "mỗi người phải quản lý",
            "đường băng cản lửa",
            "năng động hơn",
            "phải chịu trách nhiệm",
            "12 vụ cháy rừng",
        ],
    );
    directive(&n, "Kết luận buổi làm việc");
    let d = n
        .directives
        .iter()
        .find(|d| d.text.contains("cắm mốc ranh giới"))
        .unwrap_or_else(|| panic!("{:#?}", texts(&n)));
    assert_eq!(deadlines(d), [("trước mùa mưa", None)]);
}

/// A news lead-in's hand-down ends past its items at the first paragraph
/// that names its own subject: a later paragraph whose subject is not read
/// gets no body of the lead-in.
#[test]
fn a_news_lead_ins_hand_down_ends_at_a_paragraph_with_its_own_subject() {
    let text = "Chủ tịch UBND tỉnh kiểm tra công tác phòng cháy rừng\n\n\
        Ngày 3/4, Chủ tịch UBND tỉnh đã đi kiểm tra công tác phòng cháy, chữa cháy rừng tại huyện Đắk Glong.\n\n\
        Chủ tịch UBND tỉnh yêu cầu UBND huyện Đắk Glong và UBND huyện Tuy Đức:\n\n\
        - Chỉ đạo các xã rà soát diện tích rừng có nguy cơ cháy cao, hoàn thành trước ngày 15/4/2024.\n\n\
        - Kiểm điểm trách nhiệm của người đứng đầu các đơn vị để xảy ra cháy rừng.\n\n\
        Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an tỉnh kiểm tra các điểm nóng.\n\n\
        Các chủ rừng là Ban Quản lý rừng phòng hộ Gia Nghĩa, Công ty TNHH MTV Lâm nghiệp Quảng Sơn phải tuần tra thường xuyên, trực 24/24 giờ.\n";
    let n = extract(text);
    let d = directive(&n, "Sở Nông nghiệp");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Nông nghiệp và Phát triển nông thôn"]
    );
    let owners = directive(&n, "Các chủ rừng");
    assert!(
        !bodies(owners, Role::Lead).contains(&"UBND huyện Đắk Glong"),
        "{:#?}",
        owners.responsible
    );
    let first = directive(&n, "Chỉ đạo các xã");
    assert_eq!(
        bodies(first, Role::Lead),
        ["UBND huyện Đắk Glong", "UBND huyện Tuy Đức"]
    );
}

/// An issuer printed over two lines, its unit then its office ("UBND TỈNH
/// BÌNH PHƯỚC" ⏎ "VĂN PHÒNG"): the scope of the bodies is the unit alone.
#[test]
fn the_scope_ends_where_the_issuers_office_begins() {
    let text = "UBND TỈNH BÌNH PHƯỚC\nVĂN PHÒNG\n\nSố: 210/TB-VP\n\n\
        Bình Phước, ngày 4 tháng 6 năm 2025\n\n\
        THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n\n\
        Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Giao Sở Xây dựng rà soát hồ sơ các dự án nhà ở xã hội trước ngày 30/6/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Giao Sở Xây dựng");
    assert_eq!(d.responsible[0].scope.as_deref(), Some("tỉnh Bình Phước"));
}

/// "cùng thời hạn trên" gives the deadline of the item before again: dated
/// by the last dated deadline before it in the notice.
#[test]
fn a_deadline_by_reference_takes_the_date_before_it() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND xã\n\n\
        Chủ tịch UBND xã kết luận như sau:\n\n\
        1. Công chức Tài chính - Kế toán lập dự toán thu ngân sách năm 2025, báo cáo UBND xã trước ngày 28/11/2024.\n\n\
        2. Trạm Y tế xã lập dự toán kinh phí tiêm chủng năm 2025, gửi công chức Tài chính - Kế toán cùng thời hạn nêu trên.\n";
    let n = extract(text);
    let d = directive(&n, "Trạm Y tế xã");
    assert_eq!(
        deadlines(d),
        [("cùng thời hạn nêu trên", Some("2024-11-28"))]
    );
}

/// A decision with its plan attached after the signature: the plan's title
/// stands alone ("KẾ HOẠCH"), "kèm theo" two lines below, so the plan is
/// read as an attached document whose numbering starts again (its items
/// under "TỔ CHỨC THỰC HIỆN" are tasks, no repeated numbers). A sentence
/// that only points to the appendix is none; the appendix's tab-separated
/// table with an empty last cell is read row by row, its time cells
/// spanning years due at the end of the last one.
#[test]
fn attached_plan_with_its_items_and_a_tab_table() {
    let n = notice("qd-ke-hoach-nong-nghiep-so-quang-tri.txt");
    assert!(
        n.warnings.iter().all(|w| !w.contains("repeated")),
        "{:?}",
        n.warnings
    );
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["A.III.1", "A.III.2", "A.1", "A.2", "A.3", "A.4"]);
    let d = directive(&n, "Sở Nông nghiệp và Môi trường chủ trì theo dõi");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nông nghiệp và Môi trường"]);
    no_directive_with(&n, &["Chi tiết nhiệm vụ, giải pháp"]);
    let d = directive(&n, "Xây dựng cơ sở dữ liệu vùng trồng");
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các huyện"]);
    assert_eq!(deadlines(d), [("2025-2026", Some("2026-12-31"))]);
    let d = directive(&n, "Cấp mã số vùng trồng");
    assert_eq!(deadlines(d), [("Năm 2025 và năm 2026", Some("2026-12-31"))]);
    let d = directive(&n, "Hướng dẫn nông dân bán hàng trực tuyến");
    assert_eq!(bodies(d, Role::Lead), ["Hội Nông dân tỉnh"]);
    assert!(bodies(d, Role::Cooperate).is_empty());
    assert_eq!(deadlines(d), [("Mùa khô 2025 - 2026", None)]);
}

/// A ruling on a complaint: the citizen's claims, the verification and the
/// verdict ("… là đúng một phần", "Giữ nguyên Quyết định …") are no tasks;
/// the measures after them are.
#[test]
fn a_complaint_ruling_asks_only_in_its_measures() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\n\nSố: 41/TB-UBND\n\nTam Nông, ngày 12 tháng 5 năm 2022\n\n\
        THÔNG BÁO\nKết luận nội dung tố cáo đối với ông Trần Văn Bảy\n\n\
        Chủ tịch UBND huyện Tam Nông kết luận nội dung tố cáo như sau:\n\n\
        I. NỘI DUNG TỐ CÁO\n\n\
        1. Ông Trần Văn Bảy, Trưởng ấp Phú Thọ, thu tiền đóng góp làm đường giao thông nông thôn không đúng quy định.\n\n\
        2. Ông Trần Văn Bảy không công khai danh sách hộ nghèo năm 2021.\n\n\
        II. KẾT QUẢ XÁC MINH\n\n\
        1. Đối với nội dung thứ nhất: ấp đã thu 120 triệu đồng của 240 hộ dân mà không có biên bản họp dân.\n\n\
        III. KẾT LUẬN\n\n\
        1. Nội dung tố cáo thứ nhất là đúng. Ông Trần Văn Bảy đã thiếu trách nhiệm trong việc vận động nhân dân.\n\n\
        2. Nội dung tố cáo thứ hai là sai.\n\n\
        Như vậy, nội dung tố cáo đối với ông Trần Văn Bảy là tố cáo đúng một phần.\n\n\
        IV. BIỆN PHÁP XỬ LÝ\n\n\
        1. Giao Chủ tịch UBND xã Phú Thọ tổ chức kiểm điểm ông Trần Văn Bảy, hoàn trả tiền cho các hộ dân trước ngày 30/6/2022.\n\n\
        2. Giữ nguyên nội dung Quyết định số 215/QĐ-UBND ngày 02/3/2022 của UBND xã Phú Thọ về danh sách hộ nghèo.\n\n\
        3. Chánh Thanh tra huyện theo dõi, đôn đốc việc thực hiện Thông báo này.\n\n\
        Chủ tịch UBND huyện thông báo để các cơ quan, đơn vị có liên quan biết, thực hiện./.\n";
    let n = extract(text);
    no_directive_with(
        &n,
        &[
            "thu tiền đóng góp",
            "không công khai",
            "là đúng",
            "là sai",
            "đúng một phần",
            "Giữ nguyên",
        ],
    );
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
    let d = directive(&n, "Giao Chủ tịch UBND xã Phú Thọ");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Phú Thọ"]);
}

/// A table of what citizens asked at a reception: the header and the
/// citizens' requests are no tasks; each answer is one, its doers, partners
/// and deadlines read from its own words.
#[test]
fn a_citizen_reception_table_holds_tasks_in_its_answers() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân định kỳ tháng 9/2021\n\n\
        I. KẾT LUẬN ĐỐI VỚI TỪNG VỤ VIỆC\n\n\
        | STT | Họ tên, địa chỉ công dân | Nội dung kiến nghị | Ý kiến giải quyết |\n\
        |---|---|---|---|\n\
        | 1 | Bà Lò Thị Hoa, bản Co Mạ, xã Chiềng Khoi | Đề nghị bồi thường đất bị sạt lở do thi công đường | Giao UBND huyện Yên Châu chủ trì, phối hợp với Sở Giao thông vận tải kiểm tra hiện trạng, trả lời bà Hoa trước ngày 30/10/2021. |\n\
        | 2 | Ông Cầm Văn Nọi, bản Nà Sài | Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất | Giao Sở Tài nguyên và Môi trường xem xét, giải quyết theo quy định. |\n\n\
        II. Ý KIẾN CHỈ ĐẠO CHUNG\n\n\
        1. Thanh tra tỉnh theo dõi, đôn đốc việc thực hiện kết luận này.\n";
    let n = extract(text);
    no_directive_with(
        &n,
        &[
            "Họ tên",
            "Lò Thị Hoa, bản",
            "Cầm Văn Nọi",
            "Đề nghị bồi thường",
        ],
    );
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
    let d = directive(&n, "Giao UBND huyện Yên Châu");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện Yên Châu"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Giao thông vận tải"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 30/10/2021", Some("2021-10-30"))]
    );
    let d = directive(&n, "Giao Sở Tài nguyên");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài nguyên và Môi trường"]);
}

/// A plan's purposes and targets tell of work handed out before ("các chỉ
/// tiêu được UBND tỉnh giao cho ngành giáo dục"): no run of tasks starts
/// there, and the targets under it are none.
#[test]
fn work_told_in_a_plans_purposes_starts_no_run() {
    let text = "KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2024-2025\n\n\
        I. MỤC ĐÍCH, YÊU CẦU\n\n\
        1. Cụ thể hóa các chỉ tiêu được Ủy ban nhân dân tỉnh giao cho ngành giáo dục năm 2024; làm căn cứ đánh giá thi đua.\n\n\
        II. CHỈ TIÊU\n\n\
        - Tỷ lệ trẻ 5 tuổi đến trường: 99,5%.\n\
        - Tỷ lệ trường đạt chuẩn quốc gia: 75%.\n\n\
        III. NHIỆM VỤ\n\n\
        1. Rà soát, sắp xếp mạng lưới trường lớp trước ngày 30/9/2024.\n";
    let n = extract(text);
    no_directive_with(&n, &["Cụ thể hóa", "Tỷ lệ trẻ", "Tỷ lệ trường"]);
    assert_eq!(n.directives.len(), 1, "{:#?}", texts(&n));
}

/// Conclusions numbered in Roman as sentences: a total and where it stands
/// is no task, a topic label with its task on the same line is one; a
/// sentence in the results part that introduces what was done starts no run.
#[test]
fn roman_numbered_sentences_and_results_told_under_an_assessment() {
    let text = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án đường tránh phía Tây\n\n\
        Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        I. Tổng diện tích đã thu hồi để bàn giao mặt bằng cho nhà thầu là 41,2/55,0 ha (đạt 75%). Các vướng mắc còn lại tập trung tại xã Hòa Phong và xã Hòa Sơn.\n\n\
        II. Yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n\n\
        1. UBND huyện Hòa Vang hoàn thành bàn giao mặt bằng còn lại trước ngày 30/11/2021.\n\n\
        III. Về đề nghị của UBND huyện Hòa Vang về bổ sung kinh phí bồi thường: Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh bố trí kinh phí từ nguồn dự phòng ngân sách tỉnh.\n";
    let n = extract(text);
    no_directive_with(&n, &["Tổng diện tích"]);
    let d = directive(&n, "Về đề nghị của UBND huyện Hòa Vang");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Kế hoạch và Đầu tư"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));

    let text = "THÔNG BÁO\nKết luận của Giám đốc Sở tại Hội nghị tổng kết năm học\n\n\
        Sau khi nghe báo cáo, Giám đốc Sở kết luận như sau:\n\n\
        I. KẾT QUẢ NĂM HỌC 2022 - 2023\n\n\
        Với sự nỗ lực của đội ngũ nhà giáo, cấp tiểu học của tỉnh đã hoàn thành tốt các nhiệm vụ trọng tâm:\n\n\
        - Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,2%.\n\n\
        - 100% trường tiểu học tổ chức dạy học 2 buổi/ngày.\n\n\
        II. NHIỆM VỤ NĂM HỌC 2023 - 2024\n\n\
        1. Phòng Giáo dục Tiểu học tham mưu ban hành hướng dẫn nhiệm vụ năm học trước ngày 31/8/2023.\n";
    let n = extract(text);
    no_directive_with(&n, &["Tỷ lệ học sinh", "2 buổi/ngày"]);
    assert_eq!(n.directives.len(), 1, "{:#?}", texts(&n));
}

/// A plan's funding part tells where the money was allocated ("… đã giao
/// cho phòng Văn hóa và Thông tin"): a past allocation, no task; a task part
/// after it still holds tasks.
#[test]
fn a_past_allocation_in_a_funding_part_is_no_task() {
    let text = "KẾ HOẠCH\nTổ chức Hội thi văn nghệ quần chúng huyện năm 2023\n\n\
        I. NỘI DUNG THỰC HIỆN\n\n\
        1. Phòng Văn hóa và Thông tin xây dựng điều lệ Hội thi, hoàn thành trước ngày 15/4/2023.\n\n\
        II. KINH PHÍ\n\n\
        Kinh phí tổ chức Hội thi được bố trí từ nguồn sự nghiệp văn hóa năm 2023 đã giao cho phòng Văn hóa và Thông tin huyện.\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        1. UBND các xã, thị trấn cử đội tham gia Hội thi.\n";
    let n = extract(text);
    no_directive_with(&n, &["Kinh phí tổ chức"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// A news report of a text just issued that asks ("Sở … vừa có văn bản đề
/// nghị UBND các huyện …", "… vừa ban hành Công văn số … yêu cầu …") is a
/// direction given now: the bodies asked do the work. A text issued before
/// ("đã có văn bản đề nghị …") is told of.
#[test]
fn a_text_just_issued_that_asks_is_a_direction() {
    let text = "Lâm Đồng chủ động phòng chống sạt lở\n\nThứ hai, 08:10, 12/09/2022\n\n\
        (LĐO) - Mưa lớn kéo dài, nhiều tuyến đường có nguy cơ sạt lở.\n\n\
        Theo Đài Khí tượng thủy văn tỉnh, mưa lớn có thể kéo dài đến hết tuần.\n\n\
        Trước tình hình trên, Sở Giao thông vận tải vừa có văn bản đề nghị UBND các huyện, thành phố chủ động cắm biển cảnh báo tại các điểm sạt lở, hoàn thành trước ngày 20/9.\n";
    let n = extract(text);
    let d = directive(
        &n,
        "Trước tình hình trên, Sở Giao thông vận tải vừa có văn bản",
    );
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thành phố"]);
    assert_eq!(deadlines(d), [("trước ngày 20/9", Some("2022-09-20"))]);

    let text = "Lâm Đồng chủ động phòng chống sạt lở\n\nThứ hai, 08:10, 12/09/2022\n\n\
        (LĐO) - Mưa lớn kéo dài, nhiều tuyến đường có nguy cơ sạt lở.\n\n\
        Theo Đài Khí tượng thủy văn tỉnh, mưa lớn có thể kéo dài đến hết tuần.\n\n\
        Sở Nông nghiệp và Phát triển nông thôn vừa ban hành Công văn số 812/SNN-TL yêu cầu các công ty thủy lợi kiểm tra an toàn hồ đập.\n";
    let n = extract(text);
    let d = directive(&n, "Sở Nông nghiệp và Phát triển nông thôn vừa ban hành");
    assert_eq!(bodies(d, Role::Lead), ["công ty thủy lợi"]);

    let text = "Lâm Đồng chủ động phòng chống sạt lở\n\nThứ hai, 08:10, 12/09/2022\n\n\
        (LĐO) - Mưa lớn kéo dài, nhiều tuyến đường có nguy cơ sạt lở.\n\n\
        Theo Đài Khí tượng thủy văn tỉnh, mưa lớn có thể kéo dài đến hết tuần.\n\n\
        Trước đó, Sở Giao thông vận tải đã có văn bản đề nghị UBND các huyện cắm biển cảnh báo.\n";
    let n = extract(text);
    no_directive_with(&n, &["đã có văn bản đề nghị"]);
}

/// In a news report, the leader's own words after a paragraph that gave
/// work ('"Cán bộ thú y phải …", ông X nói.', "Phó Chủ tịch UBND tỉnh cũng
/// lưu ý, …") take no body from that paragraph.
#[test]
fn a_quote_or_a_remark_after_an_assignment_inherits_no_body() {
    let text = "Hà Tĩnh khẩn cấp chống dịch tả lợn châu Phi\n\nThứ ba, 06/09/2022 14:25\n\n\
        (HTO) - Chiều 5/9, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp bàn giải pháp chống dịch.\n\n\
        Phó Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện tổ chức tiêu hủy lợn bệnh, hoàn thành trước ngày 15/9/2022.\n\n\
        \"Cán bộ thú y phải xuống từng thôn, phát hiện ổ dịch đến đâu xử lý dứt điểm đến đó\", ông nói.\n\n\
        Phó Chủ tịch UBND tỉnh cũng lưu ý, về lâu dài, việc chăn nuôi phải được quy hoạch xa khu dân cư.\n";
    let n = extract(text);
    let d = directive(&n, "Phó Chủ tịch UBND tỉnh giao Sở Nông nghiệp");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Nông nghiệp và Phát triển nông thôn"]
    );
    for starts in ["\"Cán bộ thú y phải", "Phó Chủ tịch UBND tỉnh cũng lưu ý"] {
        let d = directive(&n, starts);
        assert!(bodies(d, Role::Lead).is_empty(), "{d:#?}");
    }
}

/// Clauses of one body's task: a "; yêu cầu …" after the doer's own work is
/// the doer requiring a third party (one directive, the deadline after it
/// its own); "; Đ/c Trưởng phòng X trực tiếp …" names the same office, no
/// new body; "; tư vấn, tuyển chọn …" is a verb, no body. Two sentences
/// with two offices in one item are two directives.
#[test]
fn clauses_that_go_on_with_the_same_doer() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n\
        Chủ tịch UBND huyện kết luận như sau:\n\n\
        1. Giao Phòng Nông nghiệp và PTNT chủ trì, phối hợp với UBND xã Tân Lập kiểm tra hiện trường; yêu cầu chủ đầu tư dừng ngay việc đổ thải ra kênh; báo cáo kết quả trong tháng 9/2023.\n\n\
        2. Phòng VH&TT: Hướng dẫn các thôn xây dựng hương ước; Đ/c Trưởng phòng VH&TT trực tiếp kiểm tra việc thực hiện tại các thôn.\n\n\
        3. Trung tâm Dịch vụ việc làm chủ trì tổ chức sàn giao dịch việc làm hằng quý; tư vấn, tuyển chọn lao động đi làm việc ở nước ngoài, phấn đấu năm 2024 đưa 300 lao động đi làm việc.\n\n\
        4. Phòng KT&HT rà soát các tuyến đường xuống cấp. Phòng TC-KH bố trí kinh phí sửa chữa trong quý IV/2023.\n";
    let n = extract(text);
    let d = directive(&n, "Giao Phòng Nông nghiệp");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và PTNT"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND xã Tân Lập"]);
    assert_eq!(deadlines(d), [("trong tháng 9/2023", Some("2023-09-30"))]);
    assert!(d.text.contains("yêu cầu chủ đầu tư"));
    assert!(!n.directives.iter().any(|d| d.text.starts_with("tư vấn")));
    let d = directive(&n, "Phòng VH&TT");
    assert!(d.text.contains("trực tiếp kiểm tra"), "{:?}", d.text);
    assert_eq!(bodies(d, Role::Lead), ["Phòng VH&TT"]);
    let d = directive(&n, "Trung tâm Dịch vụ việc làm");
    assert!(d.text.contains("tư vấn, tuyển chọn"), "{:?}", d.text);
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Dịch vụ việc làm"]);
    let d = directive(&n, "Phòng KT&HT");
    assert_eq!(bodies(d, Role::Lead), ["Phòng KT&HT"]);
    let d = directive(&n, "Phòng TC-KH");
    assert_eq!(bodies(d, Role::Lead), ["Phòng TC-KH"]);
    assert_eq!(deadlines(d), [("trong quý IV/2023", Some("2023-12-31"))]);
}

/// A plan item whose task names its doers after a colon ("Thứ ba, thực
/// hiện nghiêm chế độ báo cáo: các Ban … báo cáo …"): they lead, they are
/// no receivers. An introducing sentence that asks two groups with two
/// verbs ("… yêu cầu các phòng …, đề nghị Phòng … các huyện tập trung thực
/// hiện các nhiệm vụ sau:") hands both down.
#[test]
fn doers_after_a_tasks_colon_and_two_requests_in_one_intro() {
    let text = "THÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban\n\n\
        I. NHIỆM VỤ CHUNG\n\n\
        Thứ nhất, thực hiện nghiêm chế độ thông tin: các Đội Quản lý thị trường báo cáo kết quả kiểm tra hằng tuần về Văn phòng Cục.\n\n\
        II. NHIỆM VỤ CỤ THỂ\n\n\
        Giám đốc Sở yêu cầu các phòng, đơn vị trực thuộc Sở, đề nghị Phòng Y tế các huyện, thị xã tập trung thực hiện các nhiệm vụ sau:\n\n\
        1. Rà soát danh sách đối tượng tiêm chủng, hoàn thành trước ngày 15/3/2024.\n";
    let n = extract(text);
    let d = directive(&n, "thực hiện nghiêm chế độ thông tin");
    assert_eq!(bodies(d, Role::Lead), ["Đội Quản lý thị trường"]);
    assert!(!bodies(d, Role::ReportTo).contains(&"Đội Quản lý thị trường"));
    let d = directive(&n, "Rà soát danh sách");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "phòng, đơn vị trực thuộc Sở",
            "Phòng Y tế các huyện, thị xã"
        ]
    );
}

/// "1. Phòng, chống dịch …" ⏎ "Giao các Trạm Y tế:" ⏎ "+ …": the bodies of
/// the label hold inside topic 1 only; topic 3's paragraph, whose doer is
/// not read, gets none of them.
#[test]
fn a_label_under_a_topic_hands_down_inside_that_topic_only() {
    let text = "THÔNG BÁO\nKết luận của Giám đốc Trung tâm Y tế tại hội nghị giao ban\n\n\
        II. NHIỆM VỤ TRỌNG TÂM THÁNG 7\n\n\
        1. Phòng, chống dịch sốt xuất huyết\n\n\
        Giao các Trạm Y tế:\n\n\
        + Kiểm tra các ổ bọ gậy trên địa bàn trước ngày 10/7/2024.\n\n\
        + Bố trí lực lượng trực cấp cứu 24/24h.\n\n\
        2. Công tác khám chữa bệnh\n\n\
        a) Khoa Khám bệnh rà soát quy trình tiếp đón trong tháng 7/2024.\n\n\
        3. Công tác đầu tư xây dựng\n\n\
        Ban Quản lý dự án nước sạch đẩy nhanh tiến độ cải tạo khu điều trị, hoàn thành trước ngày 30/8/2024.\n";
    let n = extract(text);
    let d = directive(&n, "Kiểm tra các ổ bọ gậy");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Y tế"]);
    let d = directive(&n, "Ban Quản lý dự án nước sạch");
    assert!(
        !bodies(d, Role::Lead).contains(&"Trạm Y tế"),
        "{:#?}",
        d.responsible
    );
}

/// A news report of a hospital's meeting: "Đối với Phòng X, Giám đốc yêu
/// cầu <verb> …" gives X the task; "X được yêu cầu <verb>" / "X được đề
/// nghị phối hợp với Y …" give X the task in the passive; a bare "Sở"
/// quoted after directions to one Sở is that Sở (left bare when two Sở
/// were named before).
#[test]
fn a_topic_label_with_a_bare_title_passive_requests_and_a_bare_head() {
    let text = "Bệnh viện Đa khoa tỉnh giao ban tháng 5\n\
        \n\
        (Baotinh.vn) - Chiều 2/6, Bệnh viện Đa khoa tỉnh tổ chức hội nghị giao ban tháng 5/2024.\n\
        \n\
        Theo báo cáo, trong tháng 5, bệnh viện đã khám cho hơn 25.000 lượt người bệnh.\n\
        \n\
        Phát biểu kết luận, Giám đốc Bệnh viện yêu cầu Khoa Dược rà soát danh mục thuốc đấu thầu, hoàn thành trước ngày 20/6/2024.\n\
        \n\
        Đối với Phòng Quản lý chất lượng, Giám đốc yêu cầu tăng cường đánh giá sự hài lòng của người bệnh, định kỳ hằng tháng công bố kết quả tại giao ban.\n\
        \n\
        Trung tâm Kiểm soát bệnh tật tỉnh được yêu cầu hướng dẫn bệnh viện giám sát ca bệnh sốt xuất huyết trong mùa mưa.\n\
        \n\
        Ngoài ra, Khoa Truyền nhiễm được đề nghị phối hợp với Khoa Nhi chuẩn bị giường bệnh dự phòng.\n\
        \n\
        Giám đốc Bệnh viện đề nghị Sở Y tế bổ sung kinh phí mua sắm máy thở trong quý III/2024.\n\
        \n\
        \"Sở cần sớm phê duyệt danh mục kỹ thuật mới cho bệnh viện\", ông nhấn mạnh.\n";
    let n = extract(text);
    let d = directive(&n, "Đối với Phòng Quản lý chất lượng");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Quản lý chất lượng"]);
    assert_eq!(deadlines(d), [("định kỳ hằng tháng", None)]);
    let d = directive(&n, "Trung tâm Kiểm soát bệnh tật tỉnh được yêu cầu");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Kiểm soát bệnh tật tỉnh"]);
    let d = directive(&n, "Ngoài ra, Khoa Truyền nhiễm");
    assert_eq!(bodies(d, Role::Lead), ["Khoa Truyền nhiễm"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Khoa Nhi"]);
    let d = directive(&n, "\"Sở cần sớm phê duyệt");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    let two = extract(&text.replace(
        "Giám đốc Bệnh viện yêu cầu Khoa Dược",
        "Giám đốc Bệnh viện đề nghị Sở Tài chính",
    ));
    let d = directive(&two, "\"Sở cần sớm phê duyệt");
    assert_eq!(bodies(d, Role::Lead), ["Sở"]);
}

/// An event plan: the doers printed after the activity, as a bullet ("-
/// Đơn vị thực hiện: X chủ trì, phối hợp với Y") after a "- Quy mô: …"
/// bullet, or inline after its sentence ("… . Đơn vị thực hiện: X. Đơn vị
/// phối hợp: Y."), lead and partner the activity, which keeps its own
/// times; neither field is a task. "UBND TP. Vị Thanh được giao …" opening
/// a paragraph is one sentence.
#[test]
fn an_event_plans_doers_after_the_activity_and_a_city_abbreviated() {
    let text = "ỦY BAN NHÂN DÂN\n\
        TỈNH HẬU GIANG\n\
        Số: 52/KH-UBND\n\
        Hậu Giang, ngày 10 tháng 3 năm 2025\n\
        \n\
        KẾ HOẠCH\n\
        Tổ chức các hoạt động kỷ niệm Ngày thành lập tỉnh\n\
        \n\
        I. NỘI DUNG HOẠT ĐỘNG\n\
        \n\
        1. Lễ kỷ niệm\n\
        \n\
        - Tổ chức Lễ kỷ niệm tại Quảng trường tỉnh vào 19 giờ 30 ngày 01/4/2025.\n\
        \n\
        - Quy mô: Khoảng 800 đại biểu.\n\
        \n\
        - Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Văn phòng UBND tỉnh.\n\
        \n\
        2. Hoạt động thể thao\n\
        \n\
        a) Tổ chức Giải đua ghe ngo truyền thống trên sông Cái Côn từ ngày 28/3 đến ngày 30/3/2025. Đơn vị thực hiện: Trung tâm Huấn luyện và Thi đấu thể thao tỉnh. Đơn vị phối hợp: UBND huyện Phụng Hiệp.\n\
        \n\
        b) UBND TP. Vị Thanh được giao chỉnh trang các tuyến đường trung tâm, hoàn thành trước ngày 25/3/2025.\n";
    let n = extract(text);
    no_directive_with(&n, &["Quy mô", "Đơn vị thực hiện", "Đơn vị phối hợp"]);
    let d = directive(&n, "Tổ chức Lễ kỷ niệm");
    assert_eq!(bodies(d, Role::Lead), ["Sở Văn hóa, Thể thao và Du lịch"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Văn phòng UBND tỉnh"]);
    assert_eq!(
        deadlines(d),
        [("vào 19 giờ 30 ngày 01/4/2025", Some("2025-04-01"))]
    );
    let d = directive(&n, "Tổ chức Giải đua ghe ngo");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"]
    );
    assert_eq!(bodies(d, Role::Cooperate), ["UBND huyện Phụng Hiệp"]);
    assert!(d.responsible.iter().all(|p| !p.inherited));
    let d = directive(&n, "UBND TP. Vị Thanh");
    assert_eq!(bodies(d, Role::Lead), ["UBND TP. Vị Thanh"]);
    assert_eq!(deadlines(d), [("trước ngày 25/3/2025", Some("2025-03-25"))]);
}

/// A People's Council's own bodies are doers ("Thường trực HĐND, các Ban
/// HĐND, các Tổ đại biểu và đại biểu HĐND …": its members are people); a
/// supervision of "việc thực hiện" is a task, a closing formula is not.
#[test]
fn a_councils_bodies_and_members_and_supervision_of_the_carrying_out() {
    let n = extract(
        "HỘI ĐỒNG NHÂN DÂN HUYỆN KIM SƠN\nSố: 21/TB-HĐND\nKim Sơn, ngày 12 tháng 9 năm 2024\n\n\
         THÔNG BÁO\nKết luận phiên giải trình\n\n\
         1. Thường trực HĐND, các Ban HĐND, các Tổ đại biểu và đại biểu HĐND huyện theo chức năng, \
         nhiệm vụ theo dõi việc giải quyết kiến nghị cử tri.\n\
         2. Các nội dung khác:\n\
         - Các Ban HĐND huyện giám sát chặt chẽ việc thực hiện.\n\
         - Các cơ quan, đơn vị nghiêm túc thực hiện.\n\n\
         TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\nLê Văn Tâm\n",
    );
    let d = directive(&n, "Thường trực HĐND");
    // (the council's level printed after its delegates is each part's:
    // the eighteenth session's bodies2 branch)
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Thường trực HĐND huyện",
            "Ban HĐND huyện",
            "Tổ đại biểu HĐND huyện"
        ]
    );
    // Supervising the carrying out is a task, not the closing formula.
    let d = directive(&n, "Các Ban HĐND huyện giám sát");
    assert_eq!(bodies(d, Role::Lead), ["Ban HĐND huyện"]);
    no_directive_with(&n, &["nghiêm túc thực hiện"]);
}

/// A reference to "the same time" takes the last deadline before it, in the
/// same item too (the window's end), and skips a closed window a figure covers.
#[test]
fn a_reference_takes_the_last_deadline_not_a_data_period() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN THẠCH HÀ\nSố: 45/TB-UBND\nThạch Hà, ngày 30 tháng 5 năm 2025\n\n\
        THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n\
        Chủ tịch UBND huyện kết luận như sau:\n\n\
        1. Phòng Giáo dục và Đào tạo nhận hồ sơ từ ngày 02/6/2025 đến 17 giờ 00 ngày 13/6/2025; các trường nhận hồ sơ bổ sung trong cùng thời gian nêu trên.\n\n\
        2. Phòng Tài chính - Kế hoạch báo cáo UBND huyện trước 16 giờ ngày 20/6/2025.\n\n\
        3. Bộ phận một cửa thống kê số hồ sơ từ ngày 01/01/2025 đến ngày 30/4/2025, gửi Phòng Nội vụ cùng thời hạn trên.\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Giáo dục và Đào tạo");
    assert_eq!(
        deadlines(d),
        [(
            "từ ngày 02/6/2025 đến 17 giờ 00 ngày 13/6/2025",
            Some("2025-06-13")
        )]
    );
    // The schools' part after the semicolon gives work to another body: a
    // task of its own, whose reference still takes the window's end.
    let d = directive(&n, "các trường nhận hồ sơ");
    assert_eq!(bodies(d, Role::Lead), ["trường"]);
    assert_eq!(
        deadlines(d),
        [("trong cùng thời gian nêu trên", Some("2025-06-13"))]
    );
    let d = directive(&n, "Bộ phận một cửa");
    assert_eq!(deadlines(d), [("cùng thời hạn trên", Some("2025-06-20"))]);
}

/// The top of a news report written for these tests: title, dateline, lead
/// and a background paragraph, so the paragraphs after are its body.
const NEWS_TOP: &str = "Bình Phước chủ động ứng phó nắng hạn\n\nThứ tư, 09:15, 15/03/2023\n\n\
    (BP) - Nắng hạn kéo dài, tỉnh yêu cầu các ngành chủ động ứng phó.\n\n\
    Theo Đài Khí tượng thủy văn tỉnh, nắng nóng có thể kéo dài đến hết tháng 4.\n\n";

/// In a news report, a paragraph that opens with a body asking others
/// ("Sở Công Thương yêu cầu các doanh nghiệp …", "Sở Xây dựng vừa ban hành
/// Công văn số … yêu cầu …") after one that gave work is a new request:
/// kept, with its own doers (it was read as the first doer requiring a third
/// party, and lost with every second such paragraph).
#[test]
fn news_paragraphs_of_several_askers_are_each_a_task() {
    let text = format!(
        "{NEWS_TOP}Trước tình hình trên, Sở Nông nghiệp và Phát triển nông thôn đề nghị UBND các huyện, thị xã rà soát nguồn nước, hoàn thành trước ngày 25/3.\n\n\
        Sở Công Thương yêu cầu các doanh nghiệp bảo đảm nguồn hàng thiết yếu.\n\n\
        Sở Y tế cũng yêu cầu các bệnh viện bố trí đủ nước sạch phục vụ người bệnh.\n\n\
        Sở Xây dựng vừa ban hành Công văn số 321/SXD-HTKT yêu cầu các đơn vị cấp nước kiểm tra đường ống.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Sở Công Thương yêu cầu");
    assert_eq!(bodies(d, Role::Lead), ["doanh nghiệp"]);
    let d = directive(&n, "Sở Y tế cũng yêu cầu");
    assert_eq!(bodies(d, Role::Lead), ["bệnh viện"]);
    let d = directive(&n, "Sở Xây dựng vừa ban hành");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị cấp nước"]);
}

/// "vừa" after a body's name is an adverb ("just", "vừa … vừa …": "Công ty
/// Điện lực Bình Phước vừa kiểm tra vừa sửa chữa …"), no part of the name;
/// a report of what a body just did is no task. "doanh nghiệp nhỏ và vừa"
/// keeps it.
#[test]
fn vua_after_a_name_ends_it() {
    let text = format!(
        "{NEWS_TOP}Chủ tịch UBND tỉnh yêu cầu Sở Kế hoạch và Đầu tư hỗ trợ các doanh nghiệp nhỏ và vừa tiếp cận vốn vay.\n\n\
        Chủ tịch UBND tỉnh giao Công ty Điện lực Bình Phước vừa kiểm tra vừa sửa chữa các đường dây, hoàn thành trước ngày 20/3.\n\n\
        Công ty Cấp thoát nước tỉnh vừa lắp đặt thêm 20 bồn chứa nước tại các xã vùng sâu.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Chủ tịch UBND tỉnh yêu cầu Sở Kế hoạch");
    assert!(d.text.contains("doanh nghiệp nhỏ và vừa tiếp cận"));
    let d = directive(&n, "Chủ tịch UBND tỉnh giao Công ty Điện lực");
    assert_eq!(bodies(d, Role::Lead), ["Công ty Điện lực Bình Phước"]);
    no_directive_with(&n, &["vừa lắp đặt thêm 20 bồn"]);
}

/// Reported speech that directs no one: localities proposing up to the
/// province ("Các xã đề nghị tỉnh …; đề nghị ngành điện …"), advice to the
/// public ("… khuyến cáo người dân …"), a citizen named with where they live
/// ("Ông X, trú tại thôn A, xã B phản ánh …", "Bà Y, ngụ tại …, đề nghị …").
#[test]
fn proposals_up_public_advice_and_citizens_requests_are_no_tasks() {
    let text = format!(
        "{NEWS_TOP}Các xã vùng biên đề nghị tỉnh sớm hỗ trợ kinh phí nạo vét ao hồ; đề nghị ngành điện ưu tiên cấp điện cho các trạm bơm.\n\n\
        Trung tâm Y tế huyện khuyến cáo người dân vùng khô hạn chủ động trữ nước sạch, đun sôi nước trước khi uống.\n\n\
        Tại buổi đối thoại, ông Trần Văn Bình, trú tại thôn 3, xã Đak Nhau, huyện Bù Đăng phản ánh việc một số hộ dân lấn chiếm kênh mương. Bà Lê Thị Hoa, ngụ tại ấp 2, xã Lộc Hưng đề nghị xem xét hỗ trợ giống cây trồng.\n\n\
        Chủ tịch UBND tỉnh giao UBND huyện Bù Đăng kiểm tra, xử lý việc lấn chiếm kênh mương, báo cáo trước ngày 30/3.\n"
    );
    let n = extract(&text);
    no_directive_with(&n, &["đề nghị tỉnh sớm hỗ trợ"]);
    no_directive_with(&n, &["ưu tiên cấp điện cho các trạm bơm"]);
    no_directive_with(&n, &["khuyến cáo người dân"]);
    no_directive_with(&n, &["phản ánh việc một số hộ dân"]);
    no_directive_with(&n, &["xem xét hỗ trợ giống cây trồng"]);
    let d = directive(&n, "Chủ tịch UBND tỉnh giao UBND huyện Bù Đăng");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện Bù Đăng"]);
    assert!(n.directives.iter().all(|d| d
        .responsible
        .iter()
        .all(|p| !p.name.contains("Đak Nhau") && !p.name.contains("Lộc Hưng"))));
}

/// A leader's quotation that only warns whoever fails ("… thì Trưởng thôn
/// đó phải giải trình") or tells what the speaker's body will do ("HĐND
/// tỉnh sẽ tiếp tục giám sát …") asks no one; a request in the same
/// quotation still does, and a body given work after it ("Công an xã được
/// giao …") takes the run up.
#[test]
fn quoted_warnings_and_intentions_are_no_tasks() {
    let text = format!(
        "{NEWS_TOP}Chủ tịch UBND huyện giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã xóa các điểm rác tự phát, hoàn thành trước ngày 31/3.\n\n\
        \"Không để rác tái phát. Thôn nào để tái phát điểm rác thì Trưởng thôn đó phải giải trình\", ông Hùng nhấn mạnh.\n\n\
        Công an xã được giao tăng cường tuần tra vào ban đêm.\n\n\
        \"HĐND huyện sẽ tiếp tục giám sát việc thực hiện các cam kết hôm nay. Đề nghị UBND huyện báo cáo kết quả tại kỳ họp cuối năm\", Chủ tịch HĐND huyện nói.\n"
    );
    let n = extract(&text);
    no_directive_with(&n, &["phải giải trình"]);
    no_directive_with(&n, &["sẽ tiếp tục giám sát"]);
    let d = directive(&n, "Công an xã được giao");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã"]);
    let d = directive(&n, "Đề nghị UBND huyện báo cáo");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện"]);
}

/// A regulator's "… thông báo:" lead-in over its measures: an item "X phải
/// …" under it is a task of X (it was dropped: only "yêu cầu:" opened a
/// run), the issuer is handed down to no item, and the product's suspension
/// it announces is its own measure, no task.
#[test]
fn items_under_a_regulators_announcement_lead_in() {
    let text = "Số: 214/CN-TACN\nV/v đình chỉ lưu hành thức ăn chăn nuôi không đạt chất lượng\n\n\
        Hà Nội, ngày 12 tháng 9 năm 2023\n\n\
        Kính gửi: Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố.\n\n\
        Căn cứ kết quả kiểm tra chất lượng, Cục Chăn nuôi thông báo:\n\n\
        1. Đình chỉ lưu hành trên toàn quốc lô thức ăn hỗn hợp cho lợn thịt số lô 0823 do Công ty TNHH Thức ăn Hòa Bình sản xuất.\n\n\
        2. Công ty TNHH Thức ăn Hòa Bình phải phối hợp với các đại lý thu hồi toàn bộ lô sản phẩm nêu trên, báo cáo kết quả về Cục Chăn nuôi trước ngày 15/10/2023.\n\n\
        3. Đề nghị Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố kiểm tra, giám sát việc thu hồi.\n\n\
        Cục Chăn nuôi thông báo để các đơn vị biết và thực hiện./.\n";
    let n = extract(text);
    no_directive_with(&n, &["Đình chỉ lưu hành"]);
    let d = directive(&n, "Công ty TNHH Thức ăn Hòa Bình phải");
    assert_eq!(bodies(d, Role::Lead), ["Công ty TNHH Thức ăn Hòa Bình"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/10/2023", Some("2023-10-15"))]
    );
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// What a supervising board writes around its recommendations is no task:
/// its lead-in ("…, Ban Pháp chế HĐND huyện kiến nghị:"), its closing with
/// the recommendations as object ("… quan tâm thực hiện các kiến nghị nêu
/// trên./."); the items under "Đối với X:" still are X's.
#[test]
fn a_supervision_notices_lead_in_and_closing_are_no_tasks() {
    let text = "HĐND HUYỆN ĐỨC THỌ\n\
        BAN PHÁP CHẾ\n\
        \n\
        Số: 15/TB-BPC\n\
        \n\
        Đức Thọ, ngày 20 tháng 9 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết quả giám sát công tác tiếp công dân trên địa bàn huyện\n\
        \n\
        I. KẾT QUẢ GIÁM SÁT\n\
        \n\
        Công tác tiếp công dân được duy trì thường xuyên; một số xã chưa bố trí phòng tiếp công dân.\n\
        \n\
        II. KIẾN NGHỊ\n\
        \n\
        Trên cơ sở kết quả giám sát, Ban Pháp chế HĐND huyện kiến nghị:\n\
        \n\
        1. Đối với UBND huyện:\n\
        \n\
        - Chỉ đạo UBND các xã bố trí phòng tiếp công dân đúng quy định trước ngày 31/12/2024.\n\
        \n\
        2. Đối với UBND các xã:\n\
        \n\
        - Niêm yết công khai lịch tiếp công dân tại trụ sở.\n\
        \n\
        Ban Pháp chế HĐND huyện đề nghị UBND huyện và các cơ quan, đơn vị liên quan quan tâm thực hiện các kiến nghị nêu trên./.\n\
        \n\
        Nơi nhận:\n\
        - Lưu: VT.\n";
    let n = extract(text);
    no_directive_with(&n, &["Trên cơ sở kết quả giám sát", "quan tâm thực hiện"]);
    let d = directive(&n, "Chỉ đạo UBND các xã bố trí");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// The issuer's earlier text told as background ("Thực hiện Kế hoạch số …,
/// ngày 15/3/2023 UBND huyện đã có Công văn số … yêu cầu … hạn gửi trước
/// ngày 30/3/2023."): what was asked then is no task now.
#[test]
fn an_earlier_request_told_as_background_is_no_task() {
    let text = "Số: 302/UBND-VP\n\
        V/v đôn đốc báo cáo công tác dân vận chính quyền\n\
        \n\
        Hương Khê, ngày 05 tháng 4 năm 2023\n\
        \n\
        Kính gửi: UBND các xã, thị trấn.\n\
        \n\
        Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2023 của UBND tỉnh, ngày 15/3/2023 UBND huyện đã có Công văn số 210/UBND-VP yêu cầu UBND các xã, thị trấn báo cáo kết quả công tác dân vận chính quyền, hạn gửi trước ngày 30/3/2023.\n\
        \n\
        Đến nay, UBND huyện mới nhận được báo cáo của 12/21 xã, thị trấn.\n\
        \n\
        Để kịp tổng hợp, Chủ tịch UBND huyện yêu cầu:\n\
        \n\
        1. UBND các xã, thị trấn khẩn trương hoàn thành báo cáo, gửi về UBND huyện (qua Văn phòng) trước ngày 10/4/2023.\n\
        \n\
        2. Văn phòng HĐND và UBND huyện tổng hợp, tham mưu báo cáo UBND tỉnh trước ngày 15/4/2023.\n\
        \n\
        Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.\n\
        \n\
        Nơi nhận:\n\
        - Lưu: VT.\n";
    let n = extract(text);
    no_directive_with(&n, &["Thực hiện Kế hoạch số 12"]);
    let d = directive(&n, "UBND các xã, thị trấn khẩn trương");
    assert_eq!(deadlines(d), [("trước ngày 10/4/2023", Some("2023-04-10"))]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// A people's council saying what it will itself go on supervising, quoted in
/// a news report, is its own intention; the request after it is a task.
#[test]
fn a_councils_own_supervision_to_come_is_no_task() {
    let text = "(Baohatinh.vn) - Chiều 12/12, Chủ tịch HĐND tỉnh kết luận phiên chất vấn về công tác quản lý rừng.\n\
        \n\
        Chủ tịch HĐND tỉnh đề nghị UBND tỉnh chỉ đạo rà soát toàn bộ diện tích rừng bị lấn chiếm, hoàn thành trước ngày 30/6/2024.\n\
        \n\
        \"HĐND tỉnh sẽ tiếp tục giám sát việc thực hiện những cam kết của các sở, ngành tại phiên chất vấn. Đề nghị UBND tỉnh báo cáo kết quả tại kỳ họp giữa năm 2024\", Chủ tịch HĐND tỉnh nhấn mạnh.\n";
    let n = extract(text);
    no_directive_with(&n, &["sẽ tiếp tục giám sát"]);
    let d = directive(&n, "Đề nghị UBND tỉnh báo cáo");
    assert_eq!(bodies(d, Role::Lead), ["UBND tỉnh"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// The last numbered task before a lead-in line with a subject of its own
/// ("Sở Nông nghiệp và Phát triển nông thôn giao:" ⏎ "- Chi cục …") is kept
/// with its deadline; the bullets are the bodies' they name.
#[test]
fn the_last_item_before_a_subjects_lead_in_is_kept() {
    let text = "Số: 88/SNN-TL\nV/v ứng phó mưa lớn\n\nThanh Hóa, ngày 02 tháng 10 năm 2024\n\n\
        Kính gửi: UBND các huyện, thị xã, thành phố.\n\n\
        Sở Nông nghiệp và Phát triển nông thôn đề nghị Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo các cơ quan chuyên môn, UBND cấp xã thực hiện các nội dung sau:\n\n\
        1. Rà soát các khu dân cư ven sông, chủ động sơ tán người dân khỏi vùng nguy hiểm.\n\n\
        2. Tổ chức trực ban 24/24 giờ, báo cáo tình hình về Sở trước 16 giờ hằng ngày.\n\n\
        Sở Nông nghiệp và Phát triển nông thôn giao:\n\n\
        - Chi cục Thủy lợi theo dõi mực nước các hồ chứa, cập nhật tình hình 06 giờ một lần.\n\n\
        - Chi cục Chăn nuôi và Thú y hướng dẫn các địa phương vệ sinh chuồng trại sau lũ.\n";
    let n = extract(text);
    let d = directive(&n, "Tổ chức trực ban 24/24 giờ");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thị xã, thành phố"]);
    assert_eq!(d.deadlines.len(), 1, "{:#?}", d.deadlines);
    let d = directive(&n, "Chi cục Thủy lợi");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Thủy lợi"]);
    no_directive_with(&n, &["Sở Nông nghiệp và Phát triển nông thôn giao"]);
    assert_eq!(n.directives.len(), 4, "{:#?}", texts(&n));
}

/// "Đồng thời, <issuer> yêu cầu X …" after a numbered run asks X: X is the
/// doer, not the run's bodies carried on by "Đồng thời".
#[test]
fn an_issuer_asking_a_body_after_dong_thoi_names_the_doer() {
    let text = "Số: 512/SYT-KHTC\n\
        V/v đẩy nhanh tiến độ mua sắm trang thiết bị y tế\n\
        \n\
        Cần Thơ, ngày 14 tháng 8 năm 2024\n\
        \n\
        Kính gửi: Các đơn vị trực thuộc Sở Y tế.\n\
        \n\
        Thực hiện chỉ đạo của UBND thành phố về đẩy nhanh tiến độ giải ngân, Sở Y tế đề nghị Thủ trưởng các đơn vị trực thuộc thực hiện các nội dung sau:\n\
        \n\
        1. Rà soát danh mục trang thiết bị cần mua sắm, hoàn thành trước ngày 31/8/2024.\n\
        \n\
        2. Báo cáo tiến độ mua sắm về Sở Y tế (qua Phòng Kế hoạch - Tài chính) trước ngày 05 hằng tháng.\n\
        \n\
        Đồng thời, Sở Y tế yêu cầu Trung tâm Kiểm soát bệnh tật thành phố hướng dẫn các đơn vị xây dựng cấu hình kỹ thuật trang thiết bị xét nghiệm.\n\
        \n\
        Sở Y tế đề nghị các đơn vị quan tâm, chỉ đạo thực hiện./.\n";
    let n = extract(text);
    let d = directive(&n, "Đồng thời, Sở Y tế yêu cầu");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Kiểm soát bệnh tật thành phố"]
    );
    let d = directive(&n, "Báo cáo tiến độ mua sắm");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị trực thuộc"]);
}

/// A numbered assessment title inside the conclusions ("1. Đánh giá chung")
/// covers its own paragraphs: the topics after it ("2. Đối với từng công
/// trình" ⏎ "a) …: Ban Quản lý dự án … chỉ đạo …") are conclusions again; a
/// second findings title ("2. Tồn tại, hạn chế") is not.
#[test]
fn conclusions_go_on_past_a_numbered_assessment_title() {
    let text = "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại buổi kiểm tra tiến độ các công trình giao thông nông thôn\n\
        \n\
        Sau khi kiểm tra thực tế và nghe báo cáo của Ban Quản lý dự án đầu tư xây dựng huyện, Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        1. Đánh giá chung\n\
        \n\
        Các công trình cơ bản bảo đảm chất lượng; tuy nhiên tiến độ tuyến đường ĐH5 còn chậm so với hợp đồng.\n\
        \n\
        2. Đối với từng công trình\n\
        \n\
        a) Tuyến đường ĐH5: Ban Quản lý dự án đầu tư xây dựng huyện chỉ đạo nhà thầu tăng cường nhân lực, hoàn thành trước ngày 30/9/2024.\n\
        \n\
        b) Cầu Bến Đình: UBND xã Tân Lập chủ trì vận động các hộ dân bàn giao mặt bằng trước ngày 15/8/2024.\n";
    let n = extract(text);
    no_directive_with(&n, &["Các công trình cơ bản"]);
    let d = directive(&n, "Tuyến đường ĐH5");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng huyện"]
    );
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));

    let text = "THÔNG BÁO\nKết luận giám sát của Thường trực HĐND xã\n\n\
        Ngày 06/11/2024, Đoàn giám sát của Thường trực HĐND xã đã giám sát việc tổ chức bữa ăn bán trú tại Trường Mầm non Hoa Mai, kết luận như sau:\n\n\
        1. Kết quả\n\
        Trường có 8 lớp với 250 cháu, trong đó 220 cháu ăn bán trú.\n\n\
        2. Tồn tại, hạn chế\n\
        - Sổ kiểm thực 3 bước ghi chép chưa đầy đủ.\n\
        - Nguồn nước giếng khoan chưa được xét nghiệm.\n\n\
        3. Kiến nghị\n\
        3.1. Đối với Trường Mầm non Hoa Mai:\n\
        a. Chấn chỉnh việc ghi chép sổ kiểm thực 3 bước.\n";
    let n = extract(text);
    no_directive_with(&n, &["Sổ kiểm thực 3 bước ghi chép", "Nguồn nước giếng"]);
    assert_eq!(n.directives.len(), 1, "{:#?}", texts(&n));
}

/// The closing formula with the conclusions as its object ("… yêu cầu các
/// phòng, ban, đơn vị nghiêm túc triển khai thực hiện các nội dung kết luận
/// trên./.") is no task; the task before it is.
#[test]
fn a_closing_on_the_conclusions_above_is_no_task() {
    let text = "THÔNG BÁO\nKết luận của Giám đốc Công ty tại cuộc họp giao ban quý II\n\n\
        Sau khi nghe các phòng báo cáo, Giám đốc Công ty kết luận như sau:\n\n\
        1. Phòng Kỹ thuật rà soát hồ sơ các công trình sửa chữa lớn, hoàn thành trước ngày 15/7/2023.\n\n\
        Giám đốc Công ty yêu cầu các phòng, ban, xí nghiệp nghiêm túc triển khai thực hiện các nội dung kết luận trên./.\n";
    let n = extract(text);
    no_directive_with(&n, &["nghiêm túc triển khai"]);
    assert_eq!(n.directives.len(), 1, "{:#?}", texts(&n));
}

/// A closing that asks everyone to carry the text out is no task, whatever
/// kind of text it names ("… nội dung Công văn này./.") and with the
/// emulation clause after it ("…; kết quả thực hiện là một trong những tiêu
/// chí đánh giá, xếp loại thi đua cuối năm 2023 …./."): no deadline either.
#[test]
fn a_closing_with_the_emulation_clause_is_no_task() {
    let text = "CÔNG VĂN\nV/v tăng cường quản lý chợ tạm trên địa bàn huyện\n\n\
        UBND huyện Tân Phước yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:\n\n\
        1. Phòng Kinh tế và Hạ tầng rà soát các chợ tạm, chợ cóc trên địa bàn, báo cáo UBND huyện trước ngày 30/6/2023.\n\n\
        2. UBND các xã, thị trấn vận động các hộ kinh doanh vào chợ đúng nơi quy định.\n\n\
        Nhận được văn bản này, yêu cầu các cơ quan, đơn vị, UBND các xã, thị trấn nghiêm túc triển khai thực hiện; kết quả thực hiện được đánh giá vào bình xét thi đua cuối năm 2023./.\n";
    let n = extract(text);
    no_directive_with(&n, &["Nhận được văn bản này"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));

    let text = "CHỈ THỊ\nVề tăng cường phòng, chống dịch bệnh trên đàn gia súc\n\n\
        Chủ tịch UBND huyện Tân Phước chỉ thị:\n\n\
        1. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các xã tiêm phòng cho đàn gia súc trong tháng 4/2023.\n\n\
        Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện Chỉ thị này; kết quả thực hiện là một trong những tiêu chí đánh giá, xếp loại thi đua cuối năm 2023 của cơ quan, đơn vị, địa phương./.\n";
    let n = extract(text);
    no_directive_with(&n, &["xếp loại thi đua"]);
    assert_eq!(n.directives.len(), 1, "{:#?}", texts(&n));

    let text = "CÔNG VĂN\nV/v đôn đốc thu nộp kinh phí công đoàn\n\n\
        1. Liên đoàn Lao động tỉnh rà soát các đơn vị chậm nộp kinh phí công đoàn, báo cáo trước ngày 15/11/2023.\n\n\
        2. Sở Tài chính hướng dẫn các đơn vị dự toán trích nộp kinh phí đúng quy định.\n\n\
        Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện quan tâm, triển khai thực hiện nghiêm túc nội dung Công văn này./.\n";
    let n = extract(text);
    no_directive_with(&n, &["nội dung Công văn này"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// A body that shares its work out among its own people ("Tổ trưởng Tổ giúp
/// việc phân công nhiệm vụ cụ thể cho từng thành viên.") is the doer, as the
/// first sentence of an article of a decision; the article that only says
/// who carries the decision out is no task.
#[test]
fn sharing_work_out_to_members_is_the_bodys_task() {
    let text = WORKING_GROUP_DECISION;
    let n = extract(text);
    let d = directive(&n, "Tổ trưởng Tổ giúp việc phân công nhiệm vụ");
    assert_eq!(bodies(d, Role::Lead), ["Tổ giúp việc"]);
    no_directive_with(&n, &["chịu trách nhiệm thi hành"]);
}

/// A conclusion item that tells what carrying out an earlier text has done
/// ("1. Thực hiện Kế hoạch số …, công tác … đã được triển khai …. Tuy nhiên,
/// …") assesses, no task; one whose subject is a body still asks.
#[test]
fn what_carrying_out_a_plan_has_done_is_no_task() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp triển khai công tác tiêm chủng\n\n\
        Sau khi nghe Trạm Y tế xã báo cáo, Chủ tịch UBND xã kết luận như sau:\n\n\
        1. Thực hiện Kế hoạch số 12/KH-UBND ngày 10/02/2024 của UBND xã, công tác tiêm chủng mở rộng đã được triển khai đúng quy định: lập danh sách trẻ trong độ tuổi, bố trí điểm tiêm. Tuy nhiên, địa bàn rộng, giao thông đi lại khó khăn nên tỷ lệ tiêm chủng còn thấp.\n\n\
        2. Giao Trạm Y tế xã tổ chức tiêm bù cho trẻ chưa được tiêm, hoàn thành trước ngày 30/4/2024.\n\n\
        3. Thực hiện Kế hoạch số 12/KH-UBND, các thôn rà soát các hộ gia đình đã chuyển đi nơi khác, báo cáo UBND xã trước ngày 15/4/2024.\n";
    let n = extract(text);
    no_directive_with(&n, &["công tác tiêm chủng mở rộng đã được"]);
    directive(&n, "Giao Trạm Y tế xã");
    directive(&n, "Thực hiện Kế hoạch số 12/KH-UBND, các thôn rà soát");
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// The place and date line with one letter of its words slipped by OCR
/// ("ngàv", "thánq", "nam") still gives the place and the date.
#[test]
fn place_and_date_with_an_ocr_slip() {
    for line in [
        "Tuy Hòa, ngàv 05 tháng 3 năm 2015",
        "Tuy Hòa, ngày 05 thánq 3 năm 2015",
        "Tuy Hòa, ngay 05 tháng 3 nam 2015",
    ] {
        let text = format!(
            "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  THÀNH PHỐ TUY HÒA                Độc lập - Tự do - Hạnh phúc\n  Số: 215 /TB-UBND              {line}\n\n                             THÔNG BÁO\n       Kết luận của Chủ tịch UBND thành phố tại cuộc họp về chợ Tuy Hòa\n\n   Ngày 02/3/2015, Chủ tịch UBND thành phố chủ trì cuộc họp về việc sắp xếp các hộ kinh doanh tại chợ Tuy Hòa. Chủ tịch UBND thành phố kết luận như sau:\n\n   1. Phòng Kinh tế rà soát các hộ kinh doanh, báo cáo UBND thành phố trước ngày 20/3/2015.\n"
        );
        let n = extract(&text);
        assert_eq!(n.header.place.as_deref(), Some("Tuy Hòa"), "{line}");
        assert_eq!(n.header.date.as_deref(), Some("2015-03-05"), "{line}");
    }
}

/// An official letter prints no title line in capitals; a legal database's
/// page title before it ("Công văn 1520/UBND-VX năm 2019 về …") names its
/// kind, when the number is the letter's own.
#[test]
fn kind_from_a_legal_databases_page_title() {
    let text = "Trang chủ  >  Văn bản pháp luật  >  Giáo dục\n\
        \n\
        Công văn 1520/UBND-VX năm 2019 về tăng cường công tác phòng, chống đuối nước trẻ em do tỉnh Quảng Trị ban hành\n\
        \n\
        Tải văn bản   |   In   |   Chia sẻ\n\
        \n\
        ỦY BAN NHÂN DÂN\n\
        TỈNH QUẢNG TRỊ\n\
        Số: 1520/UBND-VX\n\
        V/v tăng cường công tác phòng, chống đuối nước trẻ em\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        Quảng Trị, ngày 15 tháng 5 năm 2019\n\
        \n\
        Kính gửi:\n\
        - Sở Giáo dục và Đào tạo;\n\
        - UBND các huyện, thị xã, thành phố.\n\
        \n\
        Để chủ động phòng, chống đuối nước trẻ em trong dịp hè năm 2019, Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        1. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức dạy bơi cho học sinh trong tháng 6/2019.\n\
        \n\
        2. UBND các huyện, thị xã, thành phố rà soát, lắp đặt biển cảnh báo tại các điểm nguy hiểm ven sông, hồ.\n";
    let n = extract(text);
    assert_eq!(n.header.doc_type.as_deref(), Some("CÔNG VĂN"));
    assert_eq!(n.header.number.as_deref(), Some("1520/UBND-VX"));
    // Another document's number: no kind.
    let other = text.replace("Công văn 1520/UBND-VX năm", "Công văn 1777/UBND-VX năm");
    assert_eq!(extract(&other).header.doc_type, None);
}

/// After the directions a news report tells, "Trước đó, …, X đã …" tells what
/// was done before: no task.
#[test]
fn what_was_done_before_in_a_news_report_is_no_task() {
    let text = "Quảng Nam thu hồi các dự án chậm triển khai\n\n\
        (Baoquangnam.vn) - Ngày 10/9/2013, UBND tỉnh Quảng Nam tổ chức cuộc họp rà soát các dự án đầu tư chậm triển khai trên địa bàn tỉnh.\n\n\
        Theo kết luận, Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài nguyên và Môi trường rà soát toàn bộ các dự án chậm triển khai, báo cáo trước ngày 30/10/2013.\n\n\
        Sở Tài nguyên và Môi trường khẩn trương lập thủ tục thu hồi đất các dự án đã quá thời hạn trong quý IV/2013.\n\n\
        Trước đó, trong năm 2012, Quảng Nam đã thu hồi 12 dự án với tổng diện tích hơn 200 ha để giao cho các nhà đầu tư khác.\n";
    let n = extract(text);
    no_directive_with(&n, &["Trước đó"]);
    directive(&n, "Sở Tài nguyên và Môi trường khẩn trương");
}

/// A numbered label too long for a short line ("6. Đề nghị Công an huyện,
/// Công ty Cấp nước Hà Tĩnh") over a line opening with a task verb of two
/// words printed as a sentence's start ("Bảo đảm …"): the label's bodies
/// end at the break. A line that goes on a name ("Sở Giáo dục và" ⏎ "Đào
/// tạo …") is still a wrap.
#[test]
fn a_long_label_ends_before_a_capitalized_task_verb() {
    let text = "KẾ HOẠCH\nTổ chức Ngày hội thể thao huyện năm 2025\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        1. Phòng Văn hóa và Thông tin chủ trì xây dựng điều lệ giải, lập dự toán\n\
        kinh phí, trình UBND huyện phê duyệt trước ngày 15/3/2025; phối hợp với\n\
        các xã, thị trấn chuẩn bị sân bãi, dụng cụ thi đấu cho các môn thi đấu.\n\n\
        2. Đề nghị Công an huyện, Công ty Điện lực Thạch Hà, Trung tâm Y tế huyện\n\
        Bảo đảm an ninh trật tự, cấp điện và y tế tại các địa điểm thi đấu trong\n\
        suốt thời gian tổ chức Ngày hội.\n\n\
        3. Đề nghị Huyện đoàn phối hợp với Phòng Giáo dục và\n\
        Đào tạo vận động đoàn viên, học sinh tham gia cổ vũ các môn thi đấu.\n";
    let n = extract(text);
    let d = directive(&n, "Bảo đảm an ninh trật tự");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Công an huyện",
            "Công ty Điện lực Thạch Hà",
            "Trung tâm Y tế huyện"
        ]
    );
    let d = directive(&n, "Đề nghị Huyện đoàn");
    assert_eq!(bodies(d, Role::Lead), ["Huyện đoàn"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Phòng Giáo dục và Đào tạo"]);
}

/// Places listed after a bare unit ("Các tỉnh Quảng Nam, Quảng Ngãi, Bà
/// Rịa - Vũng Tàu …") are one body each, a dash inside a place's name
/// included.
#[test]
fn listed_provinces_with_a_dashed_name_are_one_body_each() {
    let text = "CÔNG ĐIỆN\nVề việc ứng phó áp thấp nhiệt đới\n\n\
        THỦ TƯỚNG CHÍNH PHỦ yêu cầu:\n\n\
        1. Các tỉnh Quảng Nam, Quảng Ngãi, Bà Rịa - Vũng Tàu khẩn trương kêu gọi tàu thuyền vào nơi tránh trú an toàn trước 17 giờ ngày 12/10/2024.\n";
    let n = extract(text);
    let d = directive(&n, "Các tỉnh Quảng Nam");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Tỉnh Quảng Nam",
            "Tỉnh Quảng Ngãi",
            "Tỉnh Bà Rịa - Vũng Tàu"
        ]
    );
}

/// A state group known by its initials ("EVN") is a body of a list; the
/// mass media named as a kind ("Các cơ quan thông tin đại chúng") open a
/// list of bodies; "còn lại" narrows a kind ("UBND các xã còn lại").
#[test]
fn group_initials_mass_media_and_the_remaining_units_are_bodies() {
    let text = "THÔNG BÁO\nKết luận của Phó Thủ tướng về dự án đường dây 220 kV\n\n\
        Phó Thủ tướng kết luận như sau:\n\n\
        1. Yêu cầu các Bộ, ngành, địa phương liên quan và EVN tập trung hoàn thành giải phóng mặt bằng trong quý I năm 2025.\n\n\
        2. Các cơ quan thông tin đại chúng, Báo Nhân Dân tăng cường tuyên truyền về dự án.\n\n\
        3. Chủ tịch UBND các xã còn lại chủ động rà soát, báo cáo kết quả.\n";
    let n = extract(text);
    let d = directive(&n, "Yêu cầu các Bộ");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Bộ, ngành, địa phương liên quan", "EVN"]
    );
    let d = directive(&n, "Các cơ quan thông tin");
    assert_eq!(
        bodies(d, Role::Lead),
        ["cơ quan thông tin đại chúng", "Báo Nhân Dân"]
    );
    let d = directive(&n, "Chủ tịch UBND các xã");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã còn lại"]);
}

/// "…; phân công thành viên phụ trách địa bàn" with no body before it: the
/// doer shares the work out among its members, who are no body.
#[test]
fn sharing_work_among_members_names_no_body() {
    let text = "KẾ HOẠCH\nPhòng, chống dịch tả lợn châu Phi năm 2025\n\n\
        III. NHIỆM VỤ VÀ GIẢI PHÁP\n\n\
        1. Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh động vật các cấp; phân công thành viên phụ trách từng xã, thị trấn.\n\n\
        2. Tổ chức tiêm phòng vắc xin cho đàn lợn trước ngày 30/6/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Kiện toàn Ban Chỉ đạo");
    assert!(bodies(d, Role::Lead).is_empty(), "{:?}", d.responsible);
}

/// "Chủ tịch UBND thị xã A chỉ đạo nhà thầu …" under a heading that hands
/// down UBND thị xã A: the head of a place addressed is no speaker for the
/// issuer, so its body is the doer and the contractor directed is not.
#[test]
fn the_head_of_an_addressed_place_directing_is_the_doer() {
    let text = "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\n\
        Số: 215/TB-UBND\n\
        \n\
        Bình Định, ngày 12 tháng 9 năm 2023\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về giải phóng mặt bằng Khu công nghiệp Hòa Hội\n\
        \n\
        Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        1. UBND thị xã Hoài Nhơn, UBND huyện Tây Sơn:\n\
        \n\
        - Tập trung vận động các hộ dân còn lại bàn giao mặt bằng trước ngày 30/9/2023.\n\
        \n\
        - Chủ tịch UBND thị xã Hoài Nhơn chỉ đạo nhà thầu đẩy nhanh tiến độ thi công Khu tái định cư Hoài Tân, hoàn thành trước ngày 30/10/2023.\n\
        \n\
        2. Sở Tài chính thẩm định giá đất cụ thể, trình UBND tỉnh trong tháng 10/2023.\n";
    let n = extract(text);
    let d = directive(&n, "Chủ tịch UBND thị xã Hoài Nhơn chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["UBND thị xã Hoài Nhơn"]);
}

/// "Thống đốc Ngân hàng Nhà nước …" is written as its bank; "… báo cáo Lãnh
/// đạo Bộ. Cục B chỉ đạo …": the dot after "Bộ" ends a sentence (only
/// unmarked short units, "TP.", "TX.", are abbreviated), so Cục B's
/// sentence is a directive of its own with its own deadline.
#[test]
fn a_governor_and_a_sentence_after_bo_name_their_doers() {
    let text = "THỦ TƯỚNG CHÍNH PHỦ\n\
        Số: 1001/CĐ-TTg\n\
        \n\
        Hà Nội, ngày 05 tháng 11 năm 2023\n\
        \n\
        CÔNG ĐIỆN\n\
        Về bảo đảm nguồn cung phân bón\n\
        \n\
        Để bảo đảm nguồn cung phân bón cho vụ Đông Xuân, Thủ tướng Chính phủ yêu cầu:\n\
        \n\
        1. Bộ Công Thương chỉ đạo các doanh nghiệp sản xuất phân bón duy trì sản xuất ổn định trong quý IV năm 2023.\n\
        \n\
        2. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng bố trí đủ nguồn vốn cho các doanh nghiệp nhập khẩu phân bón.\n\
        \n\
        3. Giao Cục Trồng trọt làm đầu mối theo dõi tình hình cung ứng, tổng hợp kết quả báo cáo Lãnh đạo Bộ. Cục Bảo vệ thực vật chỉ đạo các chi cục kiểm tra chất lượng phân bón trước ngày 30/11/2023.\n\
        \n\
        4. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.\n";
    let n = extract(text);
    let d = directive(&n, "Thống đốc Ngân hàng");
    assert_eq!(bodies(d, Role::Lead), ["Ngân hàng Nhà nước Việt Nam"]);
    let d = directive(&n, "Cục Bảo vệ thực vật chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["Cục Bảo vệ thực vật"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 30/11/2023", Some("2023-11-30"))]
    );
    let d = directive(&n, "Giao Cục Trồng trọt");
    assert!(d.deadlines.is_empty(), "{:?}", deadlines(d));
}

/// A block of links under "Thông tin liên quan" after the last item is page
/// furniture: the item stays a task, not a heading over the links.
#[test]
fn related_news_links_after_the_last_item_are_dropped() {
    let text = "BÁO CẦN THƠ ĐIỆN TỬ\n\
        \n\
        Chủ động ứng phó xâm nhập mặn mùa khô\n\
        Cập nhật lúc 09:10, Thứ Hai, 10/02/2025 (GMT+7)\n\
        \n\
        Sáng 10-2, Phó Chủ tịch UBND thành phố đã chủ trì cuộc họp với các sở, ngành về công tác phòng, chống hạn mặn.\n\
        \n\
        Phó Chủ tịch UBND thành phố yêu cầu các đơn vị, địa phương thực hiện một số nội dung sau:\n\
        \n\
        1. Sở Nông nghiệp và Môi trường theo dõi sát diễn biến độ mặn, cung cấp bản tin cho các địa phương định kỳ hằng tuần.\n\
        \n\
        2. Các quận, huyện ven sông chỉ đạo ngành nông nghiệp khuyến cáo người dân không xuống giống tại những vùng có nguy cơ nhiễm mặn.\n\
        \n\
        3. Sở Y tế chỉ đạo các trung tâm y tế kiểm tra chất lượng nước sinh hoạt tại các điểm cấp nước tập trung.\n\
        \n\
        Thông tin liên quan\n\
        - Cần Thơ: Hơn 2.000 ha lúa có nguy cơ thiếu nước (02/02/2025)\n\
        - Khởi công cống ngăn mặn Cái Răng (25/01/2025)\n";
    let n = extract(text);
    let d = directive(&n, "Sở Y tế chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    no_directive_with(&n, &["Khởi công cống"]);
}

/// In a news report, advice to the public is no task, but a body that
/// directs another to give it ("Các quận, huyện … chỉ đạo ngành nông nghiệp
/// khuyến cáo người dân …") has one.
#[test]
fn directing_another_to_advise_the_public_is_a_task() {
    let text = "BÁO CẦN THƠ ĐIỆN TỬ\n\
        \n\
        Chủ động ứng phó xâm nhập mặn mùa khô\n\
        Cập nhật lúc 09:10, Thứ Hai, 10/02/2025 (GMT+7)\n\
        \n\
        Sáng 10-2, Phó Chủ tịch UBND thành phố đã chủ trì cuộc họp với các sở, ngành về công tác phòng, chống hạn mặn.\n\
        \n\
        Phó Chủ tịch UBND thành phố yêu cầu Sở Nông nghiệp và Môi trường theo dõi sát diễn biến độ mặn, cung cấp bản tin cho các địa phương định kỳ hằng tuần.\n\
        \n\
        Các quận, huyện ven sông chỉ đạo ngành nông nghiệp khuyến cáo người dân không xuống giống tại những vùng có nguy cơ nhiễm mặn.\n\
        \n\
        Sở Y tế khuyến cáo người dân sử dụng nước sạch, đun sôi nước trước khi uống.\n";
    let n = extract(text);
    let d = directive(&n, "Các quận, huyện ven sông chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["quận, huyện ven sông"]);
    no_directive_with(&n, &["Sở Y tế khuyến cáo"]);
}

/// A topic before a comma and a speaker's request ("Đối với phần mặt bằng
/// còn vướng, Phó Chủ tịch UBND tỉnh đề nghị UBND các huyện: A, B …") ends
/// at its comma, not at the list's colon; and the dot after a place written
/// short ("… về TP.HCM. Sở Giao thông vận tải phải …") ends a sentence, so
/// the body of the next one has a directive of its own.
#[test]
fn a_topic_ends_at_its_comma_before_a_request_and_tp_hcm_ends_a_sentence() {
    let text = "BÁO BÌNH DƯƠNG\n\
        \n\
        Kiểm tra tiến độ dự án đường Vành đai 4\n\
        \n\
        Sáng 15-9, Phó Chủ tịch UBND tỉnh đã kiểm tra tiến độ dự án đường Vành đai 4.\n\
        \n\
        Đối với phần mặt bằng còn vướng, Phó Chủ tịch UBND tỉnh đề nghị UBND các huyện: Bàu Bàng, Bắc Tân Uyên tiếp tục vận động các hộ dân còn lại bàn giao mặt bằng trước ngày 30/10.\n\
        \n\
        \"Các đơn vị liên quan phải xác định đây là công trình trọng điểm, tập trung cao độ để dự án hoàn thành trong năm 2025, kết nối với Quốc lộ 13 về TP.HCM. Sở Giao thông vận tải phải tổ chức giao ban định kỳ hằng tuần với chủ đầu tư và các nhà thầu\" - Phó Chủ tịch UBND tỉnh nhấn mạnh.\n";
    let n = extract(text);
    let d = directive(&n, "Đối với phần mặt bằng còn vướng");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND huyện Bàu Bàng", "UBND huyện Bắc Tân Uyên"]
    );
    let d = directive(&n, "Sở Giao thông vận tải phải");
    assert_eq!(bodies(d, Role::Lead), ["Sở Giao thông vận tải"]);
    assert_eq!(deadlines(d), [("định kỳ hằng tuần", None)]);
}

/// "… cảnh báo cháy rừng cấp IV, cấp V. Công an xã, phường phối hợp với Ban
/// quản lý chợ …": a grade in Roman numerals ends the sentence (no
/// abbreviated unit), the police's sentence is its own directive, and a
/// market's board is one body.
#[test]
fn a_roman_grade_ends_a_sentence() {
    let text = "ỦY BAN NHÂN DÂN TỈNH KON TUM\n\
        Số: 07/CT-UBND\n\
        \n\
        CHỈ THỊ\n\
        Về tăng cường công tác phòng cháy, chữa cháy mùa khô\n\
        \n\
        1. UBND các xã, phường:\n\
        \n\
        a) Các xã có rừng chủ động phối hợp với các đơn vị chủ rừng tuần tra, kiểm soát người ra vào rừng; nghiêm cấm đốt nương rẫy khi có cảnh báo cháy rừng cấp IV, cấp V. Công an xã, phường phối hợp với Ban quản lý chợ kiểm tra việc sử dụng điện, lửa tại các chợ.\n\
        \n\
        b) Tổ chức sơ kết công tác phòng cháy, chữa cháy định kỳ hàng quý.\n";
    let n = extract(text);
    let d = directive(&n, "Công an xã, phường phối hợp");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã, phường"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Ban quản lý chợ"]);
    let d = directive(&n, "Các xã có rừng");
    assert!(!bodies(d, Role::Cooperate).contains(&"Ban quản lý chợ"));
}

/// How often between a subject and its verb ("Sở Kế hoạch và Đầu tư định kỳ
/// hằng tháng cung cấp …") still leaves the body its subject; and in a news
/// report a paragraph that opens with the request ("Yêu cầu UBND các huyện,
/// thành phố …") asks the bodies it names, not the doer of the paragraph
/// before.
#[test]
fn a_recurrence_after_the_subject_and_a_news_paragraph_opening_with_a_request() {
    let n = extract("BÁO HƯNG YÊN\n\
        \n\
        Đẩy mạnh phát triển người tham gia bảo hiểm xã hội\n\
        Cập nhật lúc 10:05, Thứ Ba, 18/07/2023 (GMT+7)\n\
        \n\
        Chiều 17-7, Phó Chủ tịch UBND tỉnh đã chủ trì hội nghị sơ kết công tác bảo hiểm xã hội 6 tháng đầu năm.\n\
        \n\
        Phó Chủ tịch UBND tỉnh giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với BHXH tỉnh thanh tra các doanh nghiệp nợ đọng bảo hiểm xã hội, hoàn thành trước ngày 30/11/2023.\n\
        \n\
        Sở Kế hoạch và Đầu tư định kỳ hằng tháng cung cấp cho BHXH tỉnh danh sách doanh nghiệp thành lập mới trên địa bàn.\n\
        \n\
        Yêu cầu UBND các huyện, thành phố đưa chỉ tiêu phát triển người tham gia bảo hiểm xã hội vào chỉ tiêu phát triển kinh tế - xã hội hằng năm của địa phương.\n");
    let d = directive(&n, "Sở Kế hoạch và Đầu tư định kỳ");
    assert_eq!(bodies(d, Role::Lead), ["Sở Kế hoạch và Đầu tư"]);
    assert_eq!(deadlines(d), [("định kỳ hằng tháng", None)]);
    let n = extract("BÁO HƯNG YÊN\n\
        \n\
        Đẩy mạnh phát triển người tham gia bảo hiểm xã hội\n\
        Cập nhật lúc 10:05, Thứ Ba, 18/07/2023 (GMT+7)\n\
        \n\
        Chiều 17-7, Phó Chủ tịch UBND tỉnh đã chủ trì hội nghị sơ kết công tác bảo hiểm xã hội 6 tháng đầu năm.\n\
        \n\
        Phó Chủ tịch UBND tỉnh giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với BHXH tỉnh thanh tra các doanh nghiệp nợ đọng bảo hiểm xã hội, hoàn thành trước ngày 30/11/2023.\n\
        \n\
        Yêu cầu UBND các huyện, thành phố đưa chỉ tiêu phát triển người tham gia bảo hiểm xã hội vào chỉ tiêu phát triển kinh tế - xã hội hằng năm của địa phương.\n");
    let d = directive(&n, "Yêu cầu UBND các huyện");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thành phố"]);
}

/// "Việc rà soát … do Sở Xây dựng chủ trì, phối hợp với …": the body that
/// leads the work named in the passive is responsible.
#[test]
fn the_body_leading_passive_work_is_responsible() {
    let n = extract("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\
        Số: 09/CT-UBND\n\
        \n\
        CHỈ THỊ\n\
        Về công tác phục vụ mùa du lịch hè\n\
        \n\
        1. Sở Văn hóa, Thể thao và Du lịch kiểm tra các cơ sở lưu trú trên địa bàn.\n\
        \n\
        2. Việc rà soát, điều chỉnh quy hoạch chi tiết các bãi tắm Cửa Tùng, Cửa Việt do Sở Xây dựng chủ trì, phối hợp với UBND huyện Vĩnh Linh, UBND huyện Gio Linh thực hiện, hoàn thành trong quý III/2024.\n");
    let d = directive(&n, "Việc rà soát");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["UBND huyện Vĩnh Linh", "UBND huyện Gio Linh"]
    );
}

/// The formal top of a district notice issued on 05/3/2026, for the deadline
/// tests below.
const DISTRICT_TOP: &str = "ỦY BAN NHÂN DÂN\nHUYỆN HƯNG NGUYÊN\n\nSố: 41/TB-UBND\n\nHưng Nguyên, ngày 05 tháng 3 năm 2026\n\n\
    THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp triển khai nhiệm vụ quý II\n\n\
    Sau khi nghe các phòng báo cáo, Chủ tịch UBND huyện kết luận như sau:\n\n";

fn deadlines_of<'a>(n: &'a Notice, starts: &str) -> Vec<(&'a str, Option<&'a str>)> {
    deadlines(directive(n, starts))
}

/// Work bound to an event of a kind (a crop's sowing, an election, a
/// council session named after the council, a disaster, a school year's eve,
/// the night of a holiday, a named authority's briefing): a deadline with
/// no date, unless the event's day is printed after it.
#[test]
fn deadlines_bound_to_kinds_of_events() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Nông nghiệp và Môi trường hoàn thành nạo vét kênh mương xong trước thời vụ gieo cấy vụ Mùa 2026.\n\n\
        2. UBND các xã báo cáo kết quả bầu cử sau khi kết thúc bỏ phiếu.\n\n\
        3. Công an huyện bảo đảm an ninh, trật tự trong ngày bầu cử 15/3/2026.\n\n\
        4. Phòng Tài chính - Kế hoạch trình phương án phân bổ vốn trước kỳ họp HĐND huyện cuối năm 2026.\n\n\
        5. Ban Chỉ huy Quân sự huyện tổ chức bắn pháo hoa vào đêm Giao thừa.\n\n\
        6. Phòng Giáo dục và Đào tạo sửa chữa phòng học trước thềm năm học mới.\n\n\
        7. UBND các xã hướng dẫn nhân dân khôi phục sản xuất sau thiên tai.\n\n\
        8. Trạm Khuyến nông hướng dẫn nông dân bón thúc sau cấy 15-20 ngày.\n\n\
        9. Phòng Nội vụ báo cáo kết quả tại cuộc họp giao ban của UBND huyện.\n\n\
        10. Các trường tổng vệ sinh trường lớp trước ngày khai giảng 5-9.\n\n\
        11. Phòng Văn hóa tổng kết công tác phục vụ khi kết thúc mùa du lịch.\n"
    );
    let n = extract(&text);
    let cases: [(&str, (&str, Option<&str>)); 11] = [
        (
            "Phòng Nông nghiệp",
            ("trước thời vụ gieo cấy vụ Mùa 2026", None),
        ),
        ("UBND các xã báo cáo", ("sau khi kết thúc bỏ phiếu", None)),
        (
            "Công an huyện",
            ("trong ngày bầu cử 15/3/2026", Some("2026-03-15")),
        ),
        (
            "Phòng Tài chính",
            ("trước kỳ họp HĐND huyện cuối năm 2026", None),
        ),
        ("Ban Chỉ huy", ("vào đêm Giao thừa", None)),
        ("Phòng Giáo dục", ("trước thềm năm học mới", None)),
        ("UBND các xã hướng dẫn", ("sau thiên tai", None)),
        ("Trạm Khuyến nông", ("sau cấy 15-20 ngày", None)),
        (
            "Phòng Nội vụ",
            ("tại cuộc họp giao ban của UBND huyện", None),
        ),
        (
            "Các trường",
            ("trước ngày khai giảng 5-9", Some("2026-09-05")),
        ),
        ("Phòng Văn hóa", ("khi kết thúc mùa du lịch", None)),
    ];
    for (starts, expected) in cases {
        assert_eq!(deadlines_of(&n, starts), [expected], "{starts}");
    }
}

/// Times that describe the diseases, habits, festivals or the state of
/// things a task is about, or name a programme, fix no time for the work.
#[test]
fn times_that_describe_or_name_are_no_deadlines() {
    let text = format!(
        "{DISTRICT_TOP}1. Trung tâm Y tế huyện chủ động phòng, chống dịch bệnh phát sinh trong mùa khô.\n\n\
        2. Các trường mầm non hướng dẫn trẻ rửa tay bằng xà phòng trước khi ăn.\n\n\
        3. Phòng Văn hóa quản lý chặt chẽ lễ hội đầu năm.\n\n\
        4. Văn phòng HĐND và UBND huyện xây dựng Chương trình công tác quý III/2026 của UBND huyện.\n\n\
        5. Phòng Nội vụ tổng hợp, báo cáo UBND huyện trước ngày 20 hằng tháng và báo cáo sơ kết 6 tháng đầu năm 2026 gửi UBND tỉnh trước ngày 15/7/2026.\n\n\
        6. Các xã tổng hợp tình hình trong những ngày Tết báo cáo UBND huyện.\n\n\
        7. Trung tâm Y tế không để dịch bệnh bùng phát sau mưa lũ.\n"
    );
    let n = extract(&text);
    for starts in [
        "Trung tâm Y tế huyện",
        "Các trường mầm non",
        "Phòng Văn hóa",
        "Văn phòng HĐND",
        "Các xã tổng hợp",
        "Trung tâm Y tế không",
    ] {
        assert_eq!(deadlines_of(&n, starts), [], "{starts}");
    }
    assert_eq!(
        deadlines_of(&n, "Phòng Nội vụ"),
        [
            ("trước ngày 20 hằng tháng", None),
            ("trước ngày 15/7/2026", Some("2026-07-15"))
        ]
    );
}

/// A delay counted from the day the plan is issued ("… kể từ ngày Kế hoạch
/// này được ban hành") ends that many days after the plan's date; a week of
/// a month in a plan's time column ends on its 7n-th day; an event's span
/// ends before "và" and the verb of a second task; a summer season keeps
/// the range in brackets that dates it.
#[test]
fn delays_weeks_and_spans_of_events() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Lao động rà soát danh sách hộ nghèo, hoàn thành trong thời hạn 10 ngày kể từ ngày Kế hoạch này được ban hành.\n\n\
        2. Phòng Văn hóa báo cáo UBND huyện hằng tuần trong các tháng cao điểm và tổng kết công tác phục vụ mùa du lịch hè trước ngày 15/9/2026.\n\n\
        3. Công an huyện bảo đảm an ninh tại các điểm du lịch trong suốt mùa du lịch hè (từ ngày 01/5 đến ngày 31/8/2026).\n\n\
        4. Phòng Kinh tế tuyên truyền trên hệ thống loa truyền thanh: Tuần thứ 2 tháng 4/2026.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Phòng Lao động"),
        [(
            "trong thời hạn 10 ngày kể từ ngày Kế hoạch này được ban hành",
            Some("2026-03-15")
        )]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Văn hóa"),
        [
            ("hằng tuần trong các tháng cao điểm", None),
            ("trước ngày 15/9/2026", Some("2026-09-15"))
        ]
    );
    assert_eq!(
        deadlines_of(&n, "Công an huyện"),
        [(
            "trong suốt mùa du lịch hè (từ ngày 01/5 đến ngày 31/8/2026)",
            Some("2026-08-31")
        )]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Kinh tế"),
        [("Tuần thứ 2 tháng 4/2026", Some("2026-04-14"))]
    );
}

/// A news page's stamp in the first cell of a longer row of the page's
/// furniture ("Ngày đăng: … | Người đăng: … | Lượt xem: …") is its
/// publication date, not the date of the document it reports.
#[test]
fn a_news_stamp_in_a_row_of_page_furniture() {
    for (stamp, date) in [
        (
            "Ngày đăng: 14/01/2026 | Người đăng: Văn phòng HĐND và UBND phường | Lượt xem: 287",
            "2026-01-14",
        ),
        (
            "08/11/2025 - 10:27        A   A   A   |   Facebook   |   Zalo   |   Sao chép liên kết",
            "2025-11-08",
        ),
        (
            "Thứ Sáu, 12/04/2013 - 16:05 GMT+7                                ▶ Xem video  |  Nghe đọc",
            "2013-04-12",
        ),
    ] {
        let text = format!(
            "Phường Đông Sơn triển khai nhiệm vụ tháng 01\n{stamp}\n\n\
            Sáng 13/01, UBND phường tổ chức hội nghị giao ban theo Kế hoạch số 12/KH-UBND ngày 05/01/2026.\n\n\
            Chủ tịch UBND phường yêu cầu Công an phường tăng cường tuần tra, bảo đảm an ninh trật tự.\n"
        );
        let n = extract(&text);
        assert_eq!(n.header.date.as_deref(), Some(date), "{stamp}");
    }
}

/// A delay counted from the meeting a news report tells of ("Chiều 11/6,
/// …") or from the day a decision takes effect, when that day is printed,
/// ends that many days after it; counted from an unknown day, it has none.
#[test]
fn delays_from_the_meeting_or_the_effective_day() {
    let text = "Đẩy nhanh giải phóng mặt bằng dự án đường ven sông\nCập nhật: 15:42 | 12/06/2019\n\n\
        Chiều 11/6, đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tiến độ giải phóng mặt bằng dự án.\n\n\
        Phó Chủ tịch UBND tỉnh yêu cầu UBND thành phố hoàn thành chi trả tiền bồi thường trong 15 ngày kể từ ngày cuộc họp.\n";
    let n = extract(text);
    let d = directive(&n, "Phó Chủ tịch UBND tỉnh yêu cầu");
    assert_eq!(
        deadlines(d),
        [("trong 15 ngày kể từ ngày cuộc họp", Some("2019-06-26"))]
    );

    let text = format!(
        "{DISTRICT_TOP}1. Phòng Kinh tế rà soát quy chế, hoàn thành trong thời hạn 30 ngày kể từ ngày Quyết định này có hiệu lực.\n\n\
        2. Phòng Tài chính giải quyết hồ sơ trong 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.\n\n\
        Quyết định này có hiệu lực kể từ ngày 10 tháng 3 năm 2026.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Phòng Kinh tế"),
        [(
            "trong thời hạn 30 ngày kể từ ngày Quyết định này có hiệu lực",
            Some("2026-04-09")
        )]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Tài chính"),
        [("trong 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", None)]
    );
}

/// A heading line of bodies with no colon whose next line opens with the
/// work ("2. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh" ⏎
/// "Xây dựng kế hoạch …") is a label, not a sentence wrapped: the line's
/// first word would have fitted on it. Its bodies are handed down.
#[test]
fn a_heading_line_of_bodies_the_next_word_would_fit_on_is_a_label() {
    let text = "UBND TỈNH BÌNH ĐỊNH\nSố: 45/KH-UBND\nBình Định, ngày 12 tháng 6 năm 2019\n\n\
        KẾ HOẠCH\nPhòng, chống thiên tai năm 2019\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Công an tỉnh\n\
        Đảm bảo an ninh trật tự, phân luồng giao thông tại các khu vực ngập sâu, sạt lở.\n\n\
        2. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n\
        Xây dựng kế hoạch, sẵn sàng lực lượng, phương tiện tham gia sơ tán dân, tìm\n\
        kiếm cứu nạn; tổ chức diễn tập phòng, chống thiên tai trong tháng 8/2019.\n\n\
        3. Sở Tài chính\n\
        Chủ trì, phối hợp với Sở Kế hoạch và Đầu tư cân đối, bố trí kinh phí cho công\n\
        tác phòng, chống thiên tai; tham mưu UBND tỉnh sử dụng dự phòng ngân sách.\n";
    let n = extract(text);
    let d = directive(&n, "Xây dựng kế hoạch, sẵn sàng");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Bộ Chỉ huy Quân sự tỉnh",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
        ]
    );
    assert!(d.responsible[0].inherited);
}

/// "Các trường học trên địa bàn xã": a kind of body with the place it lies
/// in is one body, and as a heading hands it down.
#[test]
fn a_kind_of_body_on_a_places_territory_is_one_body() {
    let text = "UBND XÃ AN HÒA\nSố: 21/PA-UBND\nAn Hòa, ngày 02 tháng 8 năm 2024\n\n\
        PHƯƠNG ÁN\nỨng phó thiên tai trên địa bàn xã\n\n\
        IV. TỔ CHỨC THỰC HIỆN\n\
        1. Công an xã\n\
        Bảo đảm an ninh trật tự tại các điểm sơ tán.\n\n\
        2. Các trường học trên địa bàn xã\n\
        Chủ động rà soát, gia cố phòng học, bảo vệ hồ sơ, thiết bị; cho học sinh nghỉ học khi có thông báo của UBND xã.\n\n\
        3. Văn phòng HĐND và UBND xã\n\
        Tổng hợp, báo cáo nhanh tình hình thiên tai gửi UBND huyện theo quy định.\n";
    let n = extract(text);
    let d = directive(&n, "Chủ động rà soát, gia cố");
    assert_eq!(bodies(d, Role::Lead), ["trường học trên địa bàn xã"]);
}

/// "1. Giao HTX Dịch vụ nông nghiệp Hồng Phong:" over bullets: a cooperative
/// written "HTX" heads a named body like "Hợp tác xã", handed down.
#[test]
fn a_cooperative_written_htx_is_a_body_handed_down() {
    let text = "UBND XÃ TÂN AN\nSố: 03/KH-UBND\nTân An, ngày 05 tháng 01 năm 2022\n\n\
        KẾ HOẠCH\nSản xuất vụ Xuân năm 2022\n\n\
        IV. TỔ CHỨC THỰC HIỆN\n\
        1. Giao HTX Dịch vụ nông nghiệp Tân Thành:\n\
        - Xây dựng phương án cung ứng giống, phân bón đảm bảo chất lượng, giá cả hợp lý.\n\
        - Báo cáo tiến độ gieo cấy về UBND xã vào thứ Hai hằng tuần.\n\
        2. Đài Truyền thanh xã\n\
        Tăng thời lượng thông tin về lịch thời vụ, thời tiết, tình hình sâu bệnh.\n";
    let n = extract(text);
    let d = directive(&n, "Xây dựng phương án cung ứng");
    assert_eq!(bodies(d, Role::Lead), ["HTX Dịch vụ nông nghiệp Tân Thành"]);
    let d = directive(&n, "Báo cáo tiến độ gieo cấy");
    assert_eq!(bodies(d, Role::Lead), ["HTX Dịch vụ nông nghiệp Tân Thành"]);
}

/// "Theo chức năng, nhiệm vụ, chỉ đạo …" under a heading of bodies: the
/// bodies' remit opens the task, which is theirs; the items after it are
/// tasks still.
#[test]
fn a_task_opening_with_the_bodies_remit_is_theirs() {
    let text = "Số: 1520/UBND-VX\nV/v thực hiện chính sách bảo hiểm y tế\n\n\
        Cà Mau, ngày 08 tháng 10 năm 2021\n\n\
        Kính gửi: Các sở, ban, ngành cấp tỉnh.\n\n\
        Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n\n\
        1. Bảo hiểm xã hội tỉnh\n\n\
        a) Chủ trì, phối hợp với Liên đoàn Lao động tỉnh rà soát các đơn vị nợ đóng bảo hiểm xã hội.\n\n\
        2. Các Sở: Y tế, Giáo dục và Đào tạo\n\n\
        Theo chức năng, nhiệm vụ, chỉ đạo các đơn vị trực thuộc vận động học sinh, sinh viên tham gia bảo hiểm y tế.\n\n\
        3. Sở Thông tin và Truyền thông tăng cường tuyên truyền về chính sách bảo hiểm y tế.\n";
    let n = extract(text);
    let d = directive(&n, "Theo chức năng, nhiệm vụ");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế", "Sở Giáo dục và Đào tạo"]);
    let d = directive(&n, "Sở Thông tin và Truyền thông");
    assert_eq!(bodies(d, Role::Lead), ["Sở Thông tin và Truyền thông"]);
}

/// Under a numbered sentence that introduces the work of the bodies it
/// names ("2. …, Chủ tịch UBND xã yêu cầu các phòng, đơn vị … thực hiện các
/// nhiệm vụ sau:"), a paragraph not read as a task does not end the
/// conclusions: the paragraphs and items after it are tasks still.
#[test]
fn a_paragraph_read_as_no_task_under_a_label_ends_no_run() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp triển khai công tác bầu cử\n\n\
        Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận như sau:\n\n\
        1. Thống nhất dự kiến thành lập 05 đơn vị bầu cử đại biểu HĐND xã.\n\n\
        2. Để cuộc bầu cử thành công, Chủ tịch UBND xã yêu cầu các phòng, đơn vị, các thôn tập trung thực hiện tốt các nhiệm vụ sau:\n\n\
        Một là, Văn phòng HĐND và UBND xã (bộ phận thường trực của Ủy ban bầu cử xã) tham mưu ban hành các văn bản hướng dẫn theo đúng lịch trình bầu cử.\n\n\
        Hai là, Công an xã xây dựng kế hoạch bảo đảm an ninh, trật tự trong suốt quá trình bầu cử.\n\n\
        3. Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện Thông báo này.\n";
    let n = extract(text);
    // ("Hai là," numbers the item: the directive's text starts after it)
    let d = directive(&n, "Công an xã xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã"]);
    let d = directive(&n, "Văn phòng HĐND và UBND xã (bộ phận");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng HĐND và UBND xã"]);
}

/// After "Giám đốc Sở yêu cầu Thủ trưởng các đơn vị trực thuộc Sở:", a
/// numbered heading that is one body's name as a whole, whose words read
/// as verbs ("1. Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản"), hands
/// that body down: a heading of its own wins over the introducing sentence.
#[test]
fn a_heading_body_of_its_own_wins_over_an_earlier_intro() {
    let text = "SỞ NÔNG NGHIỆP VÀ PTNT\nSố: 120/KH-SNN\nĐồng Hới, ngày 10 tháng 3 năm 2012\n\n\
        KẾ HOẠCH\nPhòng, chống lụt bão năm 2012\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        Giám đốc Sở yêu cầu Thủ trưởng các đơn vị trực thuộc Sở:\n\n\
        Xây dựng phương án phòng, chống lụt bão của đơn vị, gửi về Sở trước ngày 15/4/2012.\n\n\
        Ngoài ra, các đơn vị thực hiện các nhiệm vụ cụ thể sau:\n\n\
        1. Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản\n\
        a) Hướng dẫn tàu thuyền vào nơi tránh trú an toàn khi có áp thấp nhiệt đới.\n\
        b) Thống kê số lượng tàu thuyền, ngư dân hoạt động trên biển.\n\n\
        2. Chi cục Đê điều và Phòng chống lụt bão\n\
        a) Chủ trì kiểm tra đê điều trước lũ, hoàn thành trước ngày 31/5/2012.\n";
    let n = extract(text);
    let d = directive(&n, "Thống kê số lượng tàu thuyền");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản"]
    );
    let d = directive(&n, "Chủ trì kiểm tra đê điều");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Chi cục Đê điều và Phòng chống lụt bão"]
    );
    let d = directive(&n, "Xây dựng phương án phòng");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị trực thuộc Sở"]);
}

/// Under a heading for two bodies, a bullet naming one of them is that
/// body's alone; the next bullet with no body returns to both.
#[test]
fn a_bullet_naming_one_of_the_headings_bodies_is_its_alone() {
    let text = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND thành phố tại buổi kiểm tra tiến độ dự án\n\n\
        Sau khi kiểm tra hiện trường, Phó Chủ tịch UBND thành phố kết luận như sau:\n\n\
        1. Ban QLDA thành phố đôn đốc nhà thầu tăng cường nhân lực, hoàn thành trước ngày 30/6/2026.\n\n\
        2. UBND phường Tân An, UBND phường An Bình\n\n\
        - Phối hợp với Ban QLDA thành phố giải quyết dứt điểm các hộ dân còn vướng mặt bằng.\n\n\
        - UBND phường An Bình vận động các hộ kinh doanh tự phát di dời khỏi khu vực cổng bệnh viện.\n\n\
        - Bảo đảm an ninh trật tự, vệ sinh môi trường khu vực dự án trong thời gian tới.\n";
    let n = extract(text);
    let d = directive(&n, "UBND phường An Bình vận động");
    assert_eq!(bodies(d, Role::Lead), ["UBND phường An Bình"]);
    let d = directive(&n, "Bảo đảm an ninh trật tự");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND phường Tân An", "UBND phường An Bình"]
    );
}

/// "Một là, … / Hai là, … / Ba là, …" number the items like "Thứ nhất, …":
/// each is a directive of its own, an item that names no body is kept with
/// none, and the wrapped lines of one item stay in it.
#[test]
fn items_numbered_mot_la_hai_la_are_directives() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại hội nghị triển khai công tác phòng, chống hạn hán\n\n\
        Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận như sau:\n\n\
        Một là, Ban Chỉ huy Phòng chống thiên tai xã rà soát các hồ chứa, trạm bơm;\n\
        báo cáo UBND xã trước ngày 20/4/2025.\n\n\
        Hai là, tuyên truyền nhân dân sử dụng nước tiết kiệm, không lấy nước sinh hoạt tưới cây.\n\n\
        Ba là, Hợp tác xã Nông nghiệp Đông Hòa điều tiết nước tưới luân phiên cho các cánh đồng trong tháng 5/2025.\n\n\
        Ủy ban nhân dân xã thông báo để các ban, ngành, các thôn biết, thực hiện./.\n";
    let n = extract(text);
    let d = directive(&n, "Ban Chỉ huy Phòng chống");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Chỉ huy Phòng chống thiên tai xã"]
    );
    assert_eq!(deadlines(d), [("trước ngày 20/4/2025", Some("2025-04-20"))]);
    let d = directive(&n, "tuyên truyền nhân dân sử dụng nước");
    assert!(d.responsible.is_empty() && !d.text.contains("Hợp tác xã"));
    let d = directive(&n, "Hợp tác xã Nông nghiệp");
    assert_eq!(bodies(d, Role::Lead), ["Hợp tác xã Nông nghiệp Đông Hòa"]);
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
}

/// A plan's parts that hold its work by other titles ("NỘI DUNG TRỌNG
/// TÂM", "PHƯƠNG ÁN ỨNG PHÓ", a schedule "Lịch kiểm tra") hold directives;
/// its purposes and requirements do not, unless an item there opens with
/// the body that is to do it by a date.
#[test]
fn plan_parts_of_content_response_and_schedule_hold_tasks() {
    let text = "KẾ HOẠCH\nKiểm tra an toàn thực phẩm dịp Tết Nguyên đán năm 2025\n\n\
        Ủy ban nhân dân xã ban hành Kế hoạch kiểm tra an toàn thực phẩm như sau:\n\n\
        I. MỤC ĐÍCH, YÊU CẦU\n\
        1. Nâng cao nhận thức của người sản xuất, kinh doanh thực phẩm.\n\
        2. Trạm Y tế xã xây dựng kế hoạch kiểm tra chi tiết, gửi về UBND xã trước ngày 05/01/2025.\n\n\
        II. NỘI DUNG TRỌNG TÂM\n\
        1. Kiểm tra các cơ sở kinh doanh thực phẩm tại chợ xã, hoàn thành trước ngày 20/01/2025.\n\
        2. Lịch kiểm tra\n\
        - Các tổ kiểm tra làm việc tại chợ xã từ ngày 10/01/2025 đến ngày 15/01/2025.\n\
        - Tổng hợp kết quả kiểm tra, báo cáo UBND xã trước ngày 25/01/2025.\n\n\
        III. PHƯƠNG ÁN ỨNG PHÓ\n\
        1. Khi xảy ra ngộ độc thực phẩm, Trạm Y tế xã tổ chức cấp cứu người bệnh, lấy mẫu thực phẩm gửi xét nghiệm.\n\
        2. Công an xã phối hợp điều tra nguyên nhân vụ ngộ độc.\n";
    let n = extract(text);
    no_directive_with(&n, &["Nâng cao nhận thức"]);
    let d = directive(&n, "Trạm Y tế xã xây dựng kế hoạch");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Y tế xã"]);
    directive(&n, "Kiểm tra các cơ sở kinh doanh");
    directive(&n, "Tổng hợp kết quả kiểm tra");
    directive(&n, "Khi xảy ra ngộ độc");
    let d = directive(&n, "Công an xã phối hợp");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã"]);
    assert_eq!(n.directives.len(), 6, "{:#?}", texts(&n));
}

/// A page number set off by dashes ("- 3 -") between blank lines inside a
/// sentence the page broke is no paragraph break: the sentence keeps its
/// deadline.
#[test]
fn a_dashed_page_number_inside_a_sentence_does_not_split_it() {
    let text = "KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n\n\
        IV. TỔ CHỨC THỰC HIỆN\n\n\
        1. Phòng Nông nghiệp và Môi trường\n\
        - Tham mưu UBND huyện chỉ đạo công tác phòng, chống thiên tai trên địa bàn huyện.\n\
        - Kiểm tra an toàn các hồ chứa nước nhỏ, báo cáo kết quả về\n\n\
        \x20                                   - 3 -\n\n\
        UBND huyện trước ngày 15/8/2024.\n\
        - Hướng dẫn các xã gia cố đê bao trước mùa mưa bão.\n";
    let n = extract(text);
    let d = directive(&n, "Kiểm tra an toàn các hồ chứa");
    assert_eq!(deadlines(d), [("trước ngày 15/8/2024", Some("2024-08-15"))]);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("UBND huyện trước")));
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
}

/// A news report whose first direction gives a ministry the lead in the
/// passive ("Bộ X được giao chủ trì, phối hợp với …"): the body named before
/// the cue leads and the run of directions starts there. (Left: in this
/// layout the name is still read on over "được giao chủ trì".)
#[test]
fn a_body_given_the_lead_in_the_passive_opens_a_news_run() {
    let text = format!(
        "{NEWS_TOP}Theo Phó Chủ tịch, việc thiếu nước sạch mùa khô năm trước đã ảnh hưởng đến đời sống người dân.\n\n\
        Sở Xây dựng được giao chủ trì, phối hợp với Sở Tài chính rà soát các phương án cấp nước, hoàn thành trước ngày 15/12/2025. Sở cũng phải đôn đốc tiến độ nhà máy nước phía Nam, bảo đảm vận hành trong tháng 6/2026.\n\n\
        Công ty Cấp nước tỉnh và các nhà máy nước phải bố trí lịch sửa chữa đường ống xong trước tháng 4/2026.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Sở Xây dựng được giao chủ trì");
    assert!(bodies(d, Role::Lead)[0].starts_with("Sở Xây dựng"));
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Tài chính"]);
    assert_eq!(deadlines(d)[0].1, Some("2025-12-15"));
    directive(&n, "Công ty Cấp nước tỉnh và các nhà máy nước phải");
}

/// Kinds of time bound to an occasion or a session: the next week after
/// "vào" (due on that week's Sunday), the weekend with the holidays listed after it (recurring), a bare
/// session at the end of a clause, a conference named by the period it
/// reports on (no date), and a season with the part of a year it falls in
/// (one span, due at that year's end).
#[test]
fn occasions_sessions_conferences_and_a_season_of_a_year() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Kinh tế và Hạ tầng bố trí lịch để lãnh đạo huyện kiểm tra thực địa tuyến kè vào tuần sau.\n\n\
        2. Phòng Văn hóa và Thông tin bố trí đủ điểm trông giữ xe cho du khách vào các dịp cuối tuần, lễ, Tết.\n\n\
        3. Phòng Tài chính - Kế hoạch hoàn thành thẩm định phương án phân bổ vốn trước kỳ họp.\n\n\
        4. Văn phòng HĐND và UBND huyện tổng hợp kết quả, báo cáo Chủ tịch UBND huyện tại Hội nghị giao ban 6 tháng đầu năm.\n\n\
        5. Phòng Nông nghiệp và Môi trường tăng cường tuần tra bảo vệ rừng trong mùa cao điểm cuối năm 2026.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Phòng Kinh tế và Hạ tầng"),
        [("vào tuần sau", Some("2026-03-15"))]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Văn hóa và Thông tin"),
        [("vào các dịp cuối tuần, lễ, Tết", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Tài chính - Kế hoạch"),
        [("trước kỳ họp", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Văn phòng HĐND và UBND huyện"),
        [("tại Hội nghị giao ban 6 tháng đầu năm", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Nông nghiệp và Môi trường"),
        [("trong mùa cao điểm cuối năm 2026", Some("2026-12-31"))]
    );
}

/// A half-year to act in, without its year, in a notice issued more than a
/// quarter after it ended is next year's ("trong 6 tháng đầu năm" in
/// November); in a notice issued while it runs it is this year's.
#[test]
fn a_half_year_long_gone_is_next_years() {
    let top = |date: &str| {
        format!(
            "BỘ CÔNG THƯƠNG\n\nSố: 112/TB-BCT\n\nHà Nội, {date}\n\nTHÔNG BÁO\nKết luận của Bộ trưởng về cung ứng điện\n\n\
            Bộ trưởng kết luận như sau:\n\n\
            1. Tập đoàn Điện lực Việt Nam bảo đảm cung ứng đủ điện cho sản xuất, nhất là trong 6 tháng đầu năm.\n"
        )
    };
    let n = extract(&top("ngày 20 tháng 11 năm 2023"));
    assert_eq!(
        deadlines_of(&n, "Tập đoàn Điện lực"),
        [("trong 6 tháng đầu năm", Some("2024-06-30"))]
    );
    let n = extract(&top("ngày 20 tháng 02 năm 2024"));
    assert_eq!(
        deadlines_of(&n, "Tập đoàn Điện lực"),
        [("trong 6 tháng đầu năm", Some("2024-06-30"))]
    );
}

/// A news report's delay "kể từ ngày ký Thông báo" counts from the day of
/// the notice it reports, printed with its number; a formal notice's own
/// "kể từ ngày ký Thông báo này" counts from its own date.
#[test]
fn a_news_reports_delay_counts_from_the_reported_notice() {
    let text = "Khẩn trương khắc phục sạt lở bờ sông Hậu\nNgày đăng: 22/09/2021 | Lượt xem: 830\n\n\
        Văn phòng UBND tỉnh vừa có Thông báo số 214/TB-VP ngày 20/9/2021 truyền đạt ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra các điểm sạt lở.\n\n\
        Phó Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn lập phương án gia cố khẩn cấp bờ kè, trình UBND tỉnh trong 10 ngày kể từ ngày ký Thông báo.\n";
    let n = extract(text);
    assert_eq!(
        deadlines_of(&n, "Phó Chủ tịch UBND tỉnh giao"),
        [("trong 10 ngày kể từ ngày ký Thông báo", Some("2021-09-30"))]
    );
}

/// Under a doer handed down, "Chỉ đạo Y làm A; làm B; phối hợp với W làm C":
/// a clause of other work between makes the run the doer's own tasks, so W
/// is the doer's partner (the first clause after "chỉ đạo Y" stays Y's). A
/// topic label's colon before "chỉ đạo" lists no tasks of Y.
#[test]
fn after_a_run_of_own_tasks_the_doer_works_with_partners() {
    let text = "ỦY BAN NHÂN DÂN TỈNH LONG AN\n\nCHỈ THỊ\nVề phòng, chống hạn hán mùa khô năm 2020\n\n\
        Để chủ động ứng phó với hạn hán, Chủ tịch UBND tỉnh yêu cầu:\n\n\
        1. Sở Nông nghiệp và Phát triển nông thôn\n\n\
        a) Chỉ đạo Chi cục Thủy lợi vận hành các cống ngăn mặn hợp lý; hoàn thành việc nạo vét kênh nội đồng trước ngày 15/2/2020; phối hợp với UBND các huyện tháo dỡ các đập tạm trước mùa mưa.\n\n\
        b) Chỉ đạo Trung tâm Khuyến nông hướng dẫn nông dân chuyển đổi cây trồng; phối hợp với Hội Nông dân tỉnh tổ chức tập huấn.\n\n\
        2. UBND xã Tân Lập\n\n\
        a) Về môi trường: chỉ đạo Ban Nhân dân các ấp ra quân dọn vệ sinh kênh rạch; vận động các hộ không xả rác xuống kênh; phối hợp với Trạm Y tế xã tuyên truyền phòng bệnh.\n";
    let n = extract(text);
    let d = directive(&n, "Chỉ đạo Chi cục Thủy lợi");
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các huyện"]);
    let d = directive(&n, "Chỉ đạo Trung tâm Khuyến nông");
    assert!(bodies(d, Role::Cooperate).is_empty());
    let d = directive(&n, "Về môi trường: chỉ đạo Ban Nhân dân");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Tân Lập"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Trạm Y tế xã"]);
}

/// Suppliers are a kind of body: "phối hợp với … và nhà cung cấp".
#[test]
fn suppliers_are_partners() {
    let text = "SỞ Y TẾ TỈNH PHÚ YÊN\n\nTHÔNG BÁO\nKết luận của Giám đốc Sở Y tế tại hội nghị giao ban\n\n\
        Giám đốc Sở kết luận như sau:\n\n\
        1. Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Trung tâm Y tế các huyện và nhà cung cấp triển khai bệnh án điện tử, hoàn thành trong quý III/2024.\n";
    let n = extract(text);
    let d = directive(&n, "Giao Phòng Nghiệp vụ Y");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nghiệp vụ Y"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Y tế các huyện", "nhà cung cấp"]
    );
}

/// A task naming its doer only in a closing bracket ("(Văn phòng … thực
/// hiện)", "(Phòng … chủ trì)") is that body's.
#[test]
fn a_closing_bracket_names_the_doer() {
    let text = "ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND phường tại cuộc họp về chuyển đổi số\n\n\
        Chủ tịch UBND phường kết luận như sau:\n\n\
        - Phòng Văn hóa - Xã hội tuyên truyền về dịch vụ công trực tuyến trong tháng 12/2025.\n\n\
        - Rà soát danh mục thủ tục hành chính, công khai trên Cổng dịch vụ công trước ngày 20/12/2025 (Văn phòng HĐND và UBND phường thực hiện).\n";
    let n = extract(text);
    let d = directive(&n, "Rà soát danh mục thủ tục");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng HĐND và UBND phường"]);
}

/// "các hội, đoàn thể chính trị - xã hội" is one collective, kept whole.
#[test]
fn mass_organisations_by_their_kind_are_one_collective() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện về công tác giải phóng mặt bằng\n\n\
        Chủ tịch UBND huyện kết luận như sau:\n\n\
        1. Đề nghị Ủy ban MTTQ Việt Nam huyện và các hội, đoàn thể chính trị - xã hội của huyện \
        phối hợp với chính quyền cơ sở vận động nhân dân bàn giao mặt bằng.\n";
    let n = extract(text);
    let d = directive(&n, "Đề nghị Ủy ban MTTQ");
    let lead = bodies(d, Role::Lead);
    assert_eq!(lead.len(), 2, "{lead:?}");
    assert!(
        lead[1].starts_with("hội, đoàn thể chính trị - xã hội"),
        "{lead:?}"
    );
}

/// A capitalized "Phòng chống" after "và" is a field of the name, no office
/// of its own: the subject is the whole department.
#[test]
fn phong_chong_after_va_stays_in_the_name() {
    let text = "THÔNG BÁO\nKết luận của Giám đốc Sở về công tác phòng chống thiên tai\n\n\
        Giám đốc Sở kết luận như sau:\n\n\
        1. Chi cục Thủy lợi và Phòng chống thiên tai kiểm tra các tuyến đê xung yếu trước mùa mưa lũ.\n\n\
        2. Văn phòng Sở bố trí phương tiện phục vụ công tác chỉ đạo.\n";
    let n = extract(text);
    let d = directive(&n, "Chi cục Thủy lợi");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Chi cục Thủy lợi và Phòng chống thiên tai"]
    );
}

/// A youth union branch ("Chi đoàn …") is a body after a comma.
#[test]
fn initials_joined_by_va_and_a_youth_union_branch() {
    let text = "THÔNG BÁO\nKết luận của Phó Thủ tướng về bảo đảm cung ứng điện\n\n\
        Phó Thủ tướng kết luận như sau:\n\n\
        1. Đề nghị EVN và VNPT phối hợp bảo đảm thông tin liên lạc phục vụ điều độ hệ thống điện.\n\n\
        2. Công đoàn, Chi đoàn Thanh niên Công ty phát động phong trào thi đua tiết kiệm điện.\n";
    let n = extract(text);
    let d = directive(&n, "Công đoàn, Chi đoàn");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công đoàn", "Chi đoàn Thanh niên Công ty"]
    );
}

/// After a cue, a kind of body told by what it does and then the body itself
/// in brackets: the bracketed body is the one named.
#[test]
fn a_kind_then_the_body_in_brackets_names_the_body() {
    let text = "KẾ HOẠCH\nTriển khai hồ sơ sức khỏe điện tử năm 2025\n\n\
        IV. TỔ CHỨC THỰC HIỆN\n\n\
        1. Phòng Công nghệ thông tin chủ trì, phối hợp với đơn vị cung cấp phần mềm (Viettel Nghệ An) \
        cấu hình, kiểm thử hệ thống trong quý II/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Công nghệ thông tin chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Công nghệ thông tin"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Viettel Nghệ An"]);
}

/// A recurrence then the day its rounds end are two deadlines ("hằng tuần"
/// and "đến ngày 30/4/2026"; "định kỳ 2 buổi/ngày" and "từ nay đến ngày bầu
/// cử"); days joined by "và" to a yearly day recur with it.
#[test]
fn a_recurrence_and_the_day_its_rounds_end_are_two_deadlines() {
    let text = "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nSố: 12/KH-UBND\nHòa Bình, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\nTuyên truyền bầu cử năm 2026\n\n\
        II. NHIỆM VỤ\n\n\
        1. Công chức Văn hóa - Xã hội xã cập nhật tin bài trên trang thông tin điện tử hằng tuần đến ngày 30/4/2026.\n\n\
        2. Đài truyền thanh xã phát thông tin bầu cử định kỳ 2 buổi/ngày từ nay đến ngày bầu cử.\n\n\
        3. Các thôn báo cáo kết quả về UBND xã trước ngày 20/6 và trước ngày 20/12 hằng năm.\n";
    let n = extract(text);
    let d = directive(&n, "Công chức Văn hóa");
    assert_eq!(
        deadlines(d),
        [
            ("hằng tuần", None),
            ("đến ngày 30/4/2026", Some("2026-04-30"))
        ]
    );
    let d = directive(&n, "Đài truyền thanh xã");
    assert_eq!(
        deadlines(d),
        [
            ("định kỳ 2 buổi/ngày", None),
            ("từ nay đến ngày bầu cử", None)
        ]
    );
    let d = directive(&n, "Các thôn báo cáo");
    assert_eq!(
        deadlines(d),
        [
            ("trước ngày 20/6", None),
            ("trước ngày 20/12 hằng năm", None)
        ]
    );
}

/// A day with the count of days before an event in brackets restates the
/// day: one deadline, dated by it. "Cho đến khi thời tiết trở lại bình
/// thường" is how long a ban lasts (a condition), and "trình kỳ họp thứ N"
/// names where the report goes, not when.
#[test]
fn a_restated_day_a_ban_until_calm_weather_and_a_session_reported_to() {
    let text = "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 88/TB-UBND\nPhú Yên, ngày 10 tháng 01 năm 2026\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. UBND các phường niêm yết danh sách cử tri, hoàn thành chậm nhất ngày 12/02/2026 (30 ngày trước ngày bầu cử).\n\n\
        2. UBND các xã ven biển hướng dẫn ngư dân đưa tàu vào nơi neo đậu an toàn trước 16 giờ ngày 15/01; cấm ra khơi kể từ 18 giờ ngày 15/01 cho đến khi thời tiết trở lại bình thường.\n\n\
        3. Sở Tài chính chuẩn bị báo cáo quyết toán ngân sách trình kỳ họp thứ 4 HĐND tỉnh, hoàn thành trước kỳ họp HĐND tỉnh giữa năm 2026.\n";
    let n = extract(text);
    let d = directive(&n, "UBND các phường niêm yết");
    assert_eq!(
        deadlines(d),
        [(
            "chậm nhất ngày 12/02/2026 (30 ngày trước ngày bầu cử)",
            Some("2026-02-12")
        )]
    );
    let d = directive(&n, "UBND các xã ven biển");
    assert_eq!(
        deadlines(d),
        [("trước 16 giờ ngày 15/01", Some("2026-01-15"))]
    );
    let d = directive(&n, "Sở Tài chính chuẩn bị");
    assert_eq!(
        deadlines(d),
        [("trước kỳ họp HĐND tỉnh giữa năm 2026", None)]
    );
}

/// Sessions of the National Assembly ("tại Kỳ họp thứ hai, Quốc hội khóa
/// XV") and a named body's regular meeting of a month ("tại phiên họp Chính
/// phủ thường kỳ tháng 9 năm 2022", due at the month's end) are whole times;
/// "trong thời gian tới" ends at "tới".
#[test]
fn sessions_of_the_assembly_a_governments_monthly_meeting_and_the_time_ahead() {
    let text = "CHÍNH PHỦ\nSố: 130/NQ-CP\nHà Nội, ngày 20 tháng 8 năm 2022\n\nNGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 7 năm 2022\n\n\
        QUYẾT NGHỊ:\n\n\
        1. Bộ Tài chính hoàn thiện phương án phân bổ vốn, báo cáo tại Kỳ họp thứ tư, Quốc hội khóa XV.\n\n\
        2. Văn phòng Chính phủ theo dõi, tổng hợp tình hình, báo cáo tại phiên họp Chính phủ thường kỳ tháng 9 năm 2022.\n\n\
        3. Bộ Y tế hướng dẫn các địa phương trong thời gian tới về các biện pháp tiêm chủng mùa đông.\n";
    let n = extract(text);
    let d = directive(&n, "Bộ Tài chính hoàn thiện");
    assert_eq!(
        deadlines(d),
        [("tại Kỳ họp thứ tư, Quốc hội khóa XV", None)]
    );
    let d = directive(&n, "Văn phòng Chính phủ theo dõi");
    assert_eq!(
        deadlines(d),
        [(
            "tại phiên họp Chính phủ thường kỳ tháng 9 năm 2022",
            Some("2022-09-30")
        )]
    );
    let d = directive(&n, "Bộ Y tế hướng dẫn");
    assert_eq!(deadlines(d), [("trong thời gian tới", None)]);
}

/// Spans of an event: an outbreak's season ("trong mùa dịch"), a
/// construction ("trong quá trình thi công"), an election ("trong suốt quá
/// trình bầu cử"); report rounds listed as "6 tháng đầu năm, cả năm" recur.
#[test]
fn an_outbreaks_season_a_construction_and_report_rounds() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN KRÔNG BUK\nSố: 21/KH-UBND\nKrông Buk, ngày 15 tháng 3 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        1. Trung tâm Văn hóa huyện tăng thời lượng tuyên truyền phòng bệnh tay chân miệng trong mùa dịch.\n\n\
        2. UBND xã Cư Pơng tổ chức giám sát cộng đồng trong quá trình thi công, công khai các khoản đóng góp.\n\n\
        3. Công an huyện bảo đảm an ninh trật tự trong suốt quá trình bầu cử.\n\n\
        4. Phòng Kinh tế và Hạ tầng cập nhật dữ liệu quy hoạch; báo cáo kết quả 6 tháng đầu năm, cả năm.\n";
    let n = extract(text);
    let d = directive(&n, "Trung tâm Văn hóa huyện");
    assert_eq!(deadlines(d), [("trong mùa dịch", None)]);
    let d = directive(&n, "UBND xã Cư Pơng");
    assert_eq!(deadlines(d), [("trong quá trình thi công", None)]);
    let d = directive(&n, "Công an huyện");
    assert_eq!(deadlines(d), [("trong suốt quá trình bầu cử", None)]);
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng");
    assert_eq!(deadlines(d), [("6 tháng đầu năm, cả năm", None)]);
    assert_eq!(d.deadlines[0].kind, chidao::model::DeadlineKind::Recurring);
}

/// A delay "kể từ ngày ký ban hành" with no other document named counts from
/// the notice's own date; a weekday of next week ("vào thứ Ba tuần sau") is
/// dated from the notice's date (a news article's publication day).
#[test]
fn a_delay_from_signing_and_a_weekday_of_next_week() {
    let text = "ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA\nSố: 05/CTr-UBND\nAn Hòa, ngày 09 tháng 02 năm 2026\n\nCHƯƠNG TRÌNH\nCông tác năm 2026\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        1. Các phòng chuyên môn thuộc UBND phường xây dựng kế hoạch công tác của đơn vị, gửi Văn phòng trong 10 ngày kể từ ngày ký ban hành.\n";
    let n = extract(text);
    let d = directive(&n, "Các phòng chuyên môn");
    assert_eq!(
        deadlines(d),
        [("trong 10 ngày kể từ ngày ký ban hành", Some("2026-02-19"))]
    );
    let news = "Huế: Học sinh nghỉ học vì lũ\n\n21/10/2023 10:20\n\n\
        Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung khắc phục hậu quả lũ.\n\n\
        Sở Giáo dục và Đào tạo kiểm tra các trường bị ngập để học sinh đi học trở lại vào thứ Ba tuần sau.\n";
    let n = extract(news);
    let d = directive(&n, "Sở Giáo dục và Đào tạo kiểm tra");
    assert_eq!(deadlines(d), [("vào thứ Ba tuần sau", Some("2023-10-24"))]);
}

/// A legal database's page: its caps title "QUYẾT ĐỊNH 512/QĐ-UBND VỀ …" and
/// its property table stand above the document's own header, which wins.
#[test]
fn a_database_page_title_yields_to_the_documents_own_header() {
    let text = "CƠ SỞ DỮ LIỆU VĂN BẢN\n\
        Trang chủ  ›  Văn bản  ›  Nông nghiệp\n\n\
        KẾ HOẠCH 512/KH-UBND VỀ PHÒNG, CHỐNG DỊCH BỆNH GIA SÚC NĂM 2024 DO ỦY BAN NHÂN DÂN TỈNH KON TUM BAN HÀNH\n\n\
        Số hiệu\t512/KH-UBND\tNgày ban hành\t04/03/2024\n\
        Loại văn bản\tKế hoạch\tNgày hiệu lực\tĐã biết\n\
        Nơi ban hành\tTỉnh Kon Tum\n\
        Người ký\tY Ngọc\n\n\
        ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\
        Số: 512/KH-UBND\nKon Tum, ngày 04 tháng 03 năm 2024\n\n\
        KẾ HOẠCH\nPhòng, chống dịch bệnh gia súc năm 2024\n\n\
        I. NHIỆM VỤ\n\n\
        1. Sở Nông nghiệp và Phát triển nông thôn tổ chức tiêm phòng đợt 1 trong tháng 4/2024.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n\
        KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nY Ngọc\n";
    let n = extract(text);
    assert_eq!(n.header.number.as_deref(), Some("512/KH-UBND"));
    assert_eq!(n.header.doc_type.as_deref(), Some("KẾ HOẠCH"));
    assert_eq!(n.header.place.as_deref(), Some("Kon Tum"));
    assert_eq!(n.header.date.as_deref(), Some("2024-03-04"));
    assert_eq!(
        n.header.signer.as_ref().and_then(|s| s.name.as_deref()),
        Some("Y Ngọc")
    );
}

/// A portal's label "Số/Ký hiệu:" introduces the number; it is never read
/// as a number "/Ký".
#[test]
fn a_portals_number_label_is_no_number() {
    let text = "Cổng thông tin điện tử xã Tân Phú\n\
        Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\
        Số/Ký hiệu: 88/KH-UBND | Ngày ban hành: 03/10/2025\n\n\
        ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\
        Tân Phú, ngày 03 tháng 10 năm 2025\n\n\
        KẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\n\
        1. Ban Công tác Mặt trận các ấp tổ chức Ngày hội trước ngày 18/11/2025.\n";
    let n = extract(text);
    assert_eq!(n.header.number.as_deref(), Some("88/KH-UBND"));
    let with_own = text.replace("Tân Phú, ngày 03", "Số: 88/KH-UBND\nTân Phú, ngày 03");
    assert_eq!(
        extract(&with_own).header.number.as_deref(),
        Some("88/KH-UBND")
    );
}

/// A notice that only informs the public of a change of schedule gives no
/// directive; the session's name "… định kỳ" is no recurrence.
#[test]
fn a_change_of_schedule_told_to_the_public_is_no_task() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HẢI\n\n\
        Số: 17/TB-UBND\n\nĐông Hải, ngày 05 tháng 3 năm 2025\n\n\
        THÔNG BÁO\nVề việc thay đổi lịch tiếp công dân định kỳ tháng 3 năm 2025\n\n\
        Do Chủ tịch UBND xã đi công tác, Ủy ban nhân dân xã thông báo:\n\n\
        1. Tạm hoãn buổi tiếp công dân định kỳ ngày 10/3/2025 (thứ Hai).\n\n\
        2. Buổi tiếp công dân định kỳ được dời sang ngày 12/3/2025, địa điểm không thay đổi.\n\n\
        3. Việc tiếp nhận đơn thư tại Bộ phận một cửa vẫn được thực hiện vào giờ hành chính.\n\n\
        Ủy ban nhân dân xã Đông Hải thông báo để các tổ chức, công dân trên địa bàn được biết./.\n";
    let n = extract(text);
    assert!(n.directives.is_empty(), "{:?}", texts(&n));
    // Told to units to carry out, the items stay, and the session's name
    // gives no recurrence.
    let to_do = text.replace(
        "tổ chức, công dân trên địa bàn được biết",
        "cơ quan, đơn vị biết, thực hiện",
    );
    let n = extract(&to_do);
    let d = directive(&n, "Tạm hoãn buổi tiếp công dân");
    assert!(
        d.deadlines.iter().all(|x| !x.text.contains("định kỳ")),
        "{:?}",
        deadlines(d)
    );
    // An item that names its doer is a task even in a notice that informs.
    let own = text.replace("1. Tạm hoãn", "1. Văn phòng HĐND và UBND xã tạm hoãn");
    let n = extract(&own);
    let d = directive(&n, "Văn phòng HĐND và UBND xã tạm hoãn");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng HĐND và UBND xã"]);
    assert_eq!(n.directives.len(), 1, "{:?}", texts(&n));
}

/// A body that recommends after a supervision ("Đoàn kiểm tra kiến nghị …")
/// speaks; the topic label names whom the recommendation is for.
#[test]
fn a_recommending_body_after_a_topic_label_leaves_the_label_responsible() {
    let text = "THÔNG BÁO\nKết quả giám sát của Thường trực HĐND huyện về công tác y tế cơ sở\n\n\
        Đối với UBND huyện, Đoàn kiểm tra kiến nghị chỉ đạo Phòng Y tế rà soát nhân lực các \
        trạm y tế xã trong quý III/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Đối với UBND huyện");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện"]);
}

/// A time between the cue and the bodies asked ("đề nghị từ nay đến cuối
/// năm 2025, các ban, ngành …:"): the bodies are handed down all the same.
#[test]
fn a_time_between_the_cue_and_the_bodies_asked() {
    let text =
        "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại hội nghị sơ kết công tác chuyển đổi số\n\n\
        Phát biểu kết luận, đồng chí Chủ tịch UBND xã đề nghị từ nay đến cuối năm 2025, các ban, \
        ngành, đoàn thể xã tập trung thực hiện một số nhiệm vụ sau:\n\n\
        - Rà soát, cập nhật dữ liệu dân cư trên địa bàn.\n\n\
        - Hướng dẫn người dân cài đặt ứng dụng định danh điện tử.\n";
    let n = extract(text);
    for start in ["Rà soát, cập nhật", "Hướng dẫn người dân"] {
        let d = directive(&n, start);
        assert_eq!(bodies(d, Role::Lead), ["ban, ngành, đoàn thể xã"]);
    }
}

/// "Đối với UBND các phường: A, B, C:" over items: one body per place.
#[test]
fn a_topic_label_with_a_distributed_list_hands_each_body_down() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND thị xã về phòng, chống hạn hán\n\n\
        II. NHIỆM VỤ\n\n\
        1. Phòng Kinh tế theo dõi sát tình hình nguồn nước, báo cáo UBND thị xã hằng tuần.\n\n\
        2. Đối với UBND các phường: An Hòa, Tân Lập, Bình Minh:\n\n\
        - Nạo vét kênh mương nội đồng, hoàn thành trước ngày 15/3/2025;\n\n\
        - Bố trí xe chở nước sinh hoạt cho các hộ thiếu nước.\n";
    let n = extract(text);
    let d = directive(&n, "Nạo vét kênh mương");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND phường An Hòa",
            "UBND phường Tân Lập",
            "UBND phường Bình Minh"
        ]
    );
}

/// "Riêng đối với lĩnh vực xây dựng, Phó Chủ tịch … yêu cầu Phòng …" after a
/// run of items: a topic, then the speaker asking a body of its own.
#[test]
fn rieng_before_a_topic_keeps_the_speakers_request() {
    let text =
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND huyện tại hội nghị về cải cách hành chính\n\n\
        Kết luận hội nghị, Phó Chủ tịch UBND huyện đề nghị các cơ quan, đơn vị thực hiện một số \
        nhiệm vụ sau:\n\n\
        - Niêm yết công khai thủ tục hành chính tại bộ phận một cửa.\n\n\
        Riêng đối với lĩnh vực xây dựng, Phó Chủ tịch UBND huyện yêu cầu Phòng Kinh tế - Hạ tầng \
        rà soát các hồ sơ cấp phép xây dựng trễ hạn, giải quyết dứt điểm trong tháng 9/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Riêng đối với lĩnh vực xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế - Hạ tầng"]);
}

/// A minister's "chỉ thị" as a verb hands its bodies to "Một là, …"; a
/// purpose lead-in ("Để thực hiện …, Bộ trưởng yêu cầu:") after "Hai là,
/// …" opens a list beside it, so "Hai là" stays a directive.
#[test]
fn a_minister_chi_thi_hands_down_and_a_purpose_lead_in_opens_a_list() {
    let text = "CHỈ THỊ\nVề nhiệm vụ trọng tâm của ngành y tế năm 2025\n\n\
        Năm 2024, toàn ngành đã hoàn thành các chỉ tiêu được giao.\n\
        Bộ trưởng Bộ Y tế chỉ thị các sở y tế, các bệnh viện trực thuộc Bộ thực hiện các nhiệm \
        vụ trọng tâm sau đây:\n\n\
        Một là, nâng cao chất lượng khám bệnh, chữa bệnh tại tuyến cơ sở.\n\n\
        Hai là, đẩy mạnh chuyển đổi số trong quản lý hồ sơ bệnh án.\n\n\
        Để thực hiện các nhiệm vụ nêu trên, Bộ trưởng yêu cầu:\n\
        1. Cục Quản lý Khám, chữa bệnh ban hành hướng dẫn chuyên môn trước ngày 30/6/2025.\n\
        2. Thanh tra Bộ kiểm tra việc thực hiện Chỉ thị này trong quý IV/2025.\n";
    let n = extract(text);
    for start in ["nâng cao chất lượng", "đẩy mạnh chuyển đổi số"] {
        let d = directive(&n, start);
        assert_eq!(
            bodies(d, Role::Lead),
            ["sở y tế", "bệnh viện trực thuộc Bộ"]
        );
    }
    let d = directive(&n, "Thanh tra Bộ");
    assert_eq!(bodies(d, Role::Lead), ["Thanh tra Bộ"]);
}

/// "… đề nghị Cục Thuế tỉnh tập trung vào hai nhóm nhiệm vụ." only
/// introduces "Thứ nhất, …": no directive of its own.
#[test]
fn a_counted_group_of_tasks_only_introduces() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Cục Thuế tỉnh\n\n\
        Kết luận buổi làm việc, đồng chí Chủ tịch UBND tỉnh đề nghị Cục Thuế tỉnh tập trung vào \
        hai nhóm nhiệm vụ.\n\n\
        Thứ nhất, rà soát các khoản nợ thuế, phân loại và đôn đốc thu hồi trong quý IV/2025.\n\n\
        Thứ hai, đẩy mạnh hóa đơn điện tử khởi tạo từ máy tính tiền.\n";
    let n = extract(text);
    no_directive_with(&n, &["hai nhóm nhiệm vụ"]);
    let d = directive(&n, "đẩy mạnh hóa đơn");
    assert_eq!(bodies(d, Role::Lead), ["Cục Thuế tỉnh"]);
}

/// A new sentence whose subject is told by what it has not done ("Các
/// huyện … chưa hoàn thành … phải …") is a new directive; so is a clause of
/// broadcasters after a `;` ("Đài … dành thời lượng phát sóng …").
#[test]
fn new_subjects_after_a_condition_or_a_semicolon_split_the_item() {
    let text = "CÔNG VĂN\nVề việc phát triển đoàn viên công đoàn năm 2024\n\n\
        1. Giao Liên đoàn Lao động tỉnh theo dõi kết quả phát triển đoàn viên của các địa \
        phương. Các huyện, thành phố chưa hoàn thành 60% kế hoạch tính đến ngày 30/6/2024 phải \
        báo cáo nguyên nhân về UBND tỉnh trước ngày 10/7/2024.\n\n\
        2. Sở Văn hóa và Thông tin chỉ đạo các cơ quan báo chí tăng cường tuyên truyền về an toàn \
        giao thông; Đài Phát thanh và Truyền hình tỉnh dành thời lượng phát sóng phù hợp trước \
        và trong dịp Tết.\n";
    let n = extract(text);
    let d = directive(&n, "Các huyện, thành phố chưa hoàn thành");
    assert_eq!(bodies(d, Role::Lead), ["huyện, thành phố"]);
    let d = directive(&n, "Giao Liên đoàn");
    assert_eq!(bodies(d, Role::Lead), ["Liên đoàn Lao động tỉnh"]);
    let d = directive(&n, "Đài Phát thanh và Truyền hình tỉnh dành");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Đài Phát thanh và Truyền hình tỉnh"]
    );
}

/// A centre whose field holds "và" in lower case ("tài nguyên và môi
/// trường") keeps the whole field, as a subject, after "phối hợp với" and
/// alone in a table's cell; "môi trường" opens no school.
#[test]
fn a_lower_case_field_joined_by_va_stays_in_the_name() {
    let text = "KẾ HOẠCH\nQuản lý chất thải rắn năm 2025\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        1. Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu, phân tích chất lượng nước thải.\n\n\
        2. Chi cục Bảo vệ môi trường chủ trì, phối hợp với Trung tâm Quan trắc tài nguyên và môi \
        trường kiểm tra các lò đốt chất thải định kỳ 6 tháng một lần.\n";
    let n = extract(text);
    let d = directive(&n, "Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Quan trắc tài nguyên và môi trường"]
    );
    let d = directive(&n, "Chi cục Bảo vệ môi trường chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Quan trắc tài nguyên và môi trường"]
    );
}

/// A board of projects goes on with the trades of its projects ("đầu tư
/// xây dựng", verbs elsewhere) and its place, written in full or in
/// initials.
#[test]
fn a_board_of_projects_keeps_its_trades_and_place() {
    let text = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND thị xã về giải phóng mặt bằng\n\n\
        Phó Chủ tịch UBND thị xã kết luận như sau:\n\n\
        - Ban QLDA đầu tư xây dựng thị xã phối hợp với nhà thầu thi công ngay trên phần diện tích \
        đã bàn giao.\n\n\
        - Đề nghị Ban Quản lý các dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ các công trình \
        trường học đang thi công.\n";
    let n = extract(text);
    let d = directive(&n, "Ban QLDA đầu tư xây dựng thị xã phối hợp");
    assert_eq!(bodies(d, Role::Lead), ["Ban QLDA đầu tư xây dựng thị xã"]);
    let d = directive(&n, "Đề nghị Ban Quản lý các dự án");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý các dự án đầu tư xây dựng tỉnh"]
    );
}

/// The party committees of several districts named after one plural kind
/// ("Các huyện ủy A, B") are one body each, like "UBND các huyện A, B".
#[test]
fn party_committees_of_named_districts_are_one_body_each() {
    let text = "THÔNG BÁO\nKết luận của Ban Thường vụ Tỉnh ủy về quản lý rừng\n\n\
        Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n\
        1. Các huyện ủy Hướng Hóa, Đakrông lãnh đạo chính quyền địa phương nâng cao hiệu quả \
        quản lý, bảo vệ rừng.\n";
    let n = extract(text);
    let d = directive(&n, "Các huyện ủy Hướng Hóa");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Huyện ủy Hướng Hóa", "Huyện ủy Đakrông"]
    );
}

/// The parts of a council listed after it without a name of their own
/// ("các Ban", "các Tổ đại biểu") take the council's name.
#[test]
fn parts_of_a_council_listed_after_it_take_its_name() {
    let text = "NGHỊ QUYẾT\nVề giám sát việc thu hồi đất\n\n\
        Điều 2. Tổ chức thực hiện\n\n\
        1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\n\
        2. Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu giám sát việc thực hiện \
        Nghị quyết.\n";
    let n = extract(text);
    let d = directive(&n, "Thường trực Hội đồng nhân dân tỉnh, các Ban");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Thường trực Hội đồng nhân dân tỉnh",
            "Ban Hội đồng nhân dân tỉnh",
            "Tổ đại biểu Hội đồng nhân dân tỉnh"
        ]
    );
}

/// A plan's bare "II. NỘI DUNG" after its "I. MỤC ĐÍCH, YÊU CẦU" is its
/// content: the items under it are tasks; the purposes are none.
#[test]
fn a_plans_bare_content_part_holds_its_tasks() {
    let text = "KẾ HOẠCH\nSố hóa hồ sơ hộ tịch năm 2025\n\n\
        I. MỤC ĐÍCH, YÊU CẦU\n\
        - Bảo đảm dữ liệu hộ tịch được cập nhật đầy đủ, chính xác.\n\n\
        II. NỘI DUNG\n\
        1. Giai đoạn 1\n\
        a) Rà soát sổ hộ tịch lưu trữ tại xã, hoàn thành trước ngày 30/6/2025.\n\
        b) Nhập dữ liệu vào phần mềm hộ tịch điện tử trong quý III/2025.\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Công chức Tư pháp - Hộ tịch chủ trì thực hiện Kế hoạch.\n";
    let n = extract(text);
    let d = directive(&n, "Rà soát sổ hộ tịch");
    assert_eq!(deadlines(d), [("trước ngày 30/6/2025", Some("2025-06-30"))]);
    directive(&n, "Nhập dữ liệu vào phần mềm");
    no_directive_with(&n, &["Bảo đảm dữ liệu hộ tịch"]);
}

/// Without a part of purposes before it, a bare "NỘI DUNG" stays a topic
/// (a report's content is no task part).
#[test]
fn a_bare_content_heading_without_purposes_is_no_task_part() {
    let text = "BÁO CÁO\nKết quả công tác hộ tịch năm 2024\n\n\
        I. NỘI DUNG\n\
        1. Rà soát sổ hộ tịch lưu trữ tại 12 xã với 3.500 hồ sơ.\n\
        2. Nhập dữ liệu vào phần mềm hộ tịch điện tử đạt 85%.\n";
    let n = extract(text);
    no_directive_with(&n, &["Rà soát sổ hộ tịch", "Nhập dữ liệu"]);
}

/// "NỘI DUNG CÔNG TÁC TRỌNG TÂM" names the work to be done: a task part.
#[test]
fn content_of_the_key_work_is_a_task_part() {
    let text = "CHƯƠNG TRÌNH\nCông tác năm 2026 của UBND xã\n\n\
        I. MỤC ĐÍCH, YÊU CẦU\n\
        Cụ thể hóa các nhiệm vụ trọng tâm năm 2026.\n\n\
        II. NỘI DUNG CÔNG TÁC TRỌNG TÂM\n\n\
        Một là, tập trung chỉnh trang các tuyến đường trung tâm xã; xong trước ngày 30/4/2026.\n\n\
        Hai là, phấn đấu thu ngân sách đạt và vượt dự toán được giao.\n";
    let n = extract(text);
    let d = directive(&n, "tập trung chỉnh trang");
    assert_eq!(d.deadlines[0].date.as_deref(), Some("2026-04-30"));
    directive(&n, "phấn đấu thu ngân sách");
}

/// A task table whose header names stand on one line apart by tabs, its rows
/// set one cell per line (a blank line an empty cell): each row is one task
/// with its column's bodies and time.
#[test]
fn a_tab_separated_header_over_rows_one_cell_per_line() {
    let text = "KẾ HOẠCH\nPhòng, chống dịch bệnh gia súc năm 2024\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\
        STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n\
        1\n\tTiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò\n\tTrạm Chăn nuôi và Thú y huyện\n\tUBND các xã\n\tQuý II/2024\n\
        2\n\tKiểm soát vận chuyển gia súc qua địa bàn\n\tĐội Quản lý thị trường số 3\n\t\n\tTrong năm 2024\n\
        3\n\tTuyên truyền biện pháp phòng bệnh trên loa truyền thanh\n\tTrung tâm Văn hóa huyện\n\tHội Nông dân huyện; UBND các xã\n\tTháng 3/2024\n";
    let n = extract(text);
    no_directive_with(&n, &["Đơn vị chủ trì"]);
    let d = directive(&n, "Tiêm phòng vắc xin");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Chăn nuôi và Thú y huyện"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các xã"]);
    assert_eq!(deadlines(d), [("Quý II/2024", Some("2024-06-30"))]);
    let d = directive(&n, "Kiểm soát vận chuyển");
    assert_eq!(bodies(d, Role::Lead), ["Đội Quản lý thị trường số 3"]);
    assert_eq!(deadlines(d), [("Trong năm 2024", Some("2024-12-31"))]);
    let d = directive(&n, "Tuyên truyền biện pháp");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Hội Nông dân huyện", "UBND các xã"]
    );
}

/// The last row of a pipe table set one cell per line, short of an empty
/// cell, ends before the closing after the table: its time cell stays under
/// the time column (a time, not a partner body).
#[test]
fn a_last_row_short_of_a_cell_does_not_run_into_the_closing() {
    let text = "KẾ HOẠCH\nCông tác năm 2026 của UBND xã\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        |\nSTT\n|\nNội dung công việc\n|\nĐơn vị chủ trì\n|\nĐơn vị phối hợp\n|\nThời gian\n|\n|\n\
        1\n|\nBáo cáo tình hình kinh tế - xã hội 6 tháng đầu năm\n|\nVăn phòng UBND xã\n|\nCác ban, ngành\n|\nTháng 6/2026\n|\n|\n\
        2\n|\nDự toán ngân sách xã năm 2027\n|\nBan Tài chính xã\n|\n|\nTrước kỳ họp HĐND xã cuối năm\n|\n\n\
        Trên đây là Kế hoạch công tác năm 2026 của UBND xã./.\n";
    let n = extract(text);
    let d = directive(&n, "Dự toán ngân sách xã");
    assert_eq!(bodies(d, Role::Lead), ["Ban Tài chính xã"]);
    assert!(bodies(d, Role::Cooperate).is_empty(), "{:?}", d.responsible);
    assert_eq!(deadlines(d), [("Trước kỳ họp HĐND xã cuối năm", None)]);
}

/// In a news report, a topic label and then the leader named as "ông/bà X"
/// (his title between commas or not) asking a bare level: the leader's
/// conclusions, a directive; no citizen's proposal up.
#[test]
fn a_topic_label_then_the_named_leader_asking_a_level_is_a_directive() {
    let text = "Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống hạn mặn tại huyện Cầu Ngang\n\n\
        Chiều 12/3, Phó Chủ tịch UBND tỉnh Trần Văn Hòa kiểm tra công tác phòng, chống hạn mặn tại huyện Cầu Ngang.\n\n\
        Phó Chủ tịch UBND tỉnh yêu cầu huyện Cầu Ngang rà soát các hộ thiếu nước sinh hoạt, \
        bố trí xe chở nước đến từng ấp trước ngày 20/3.\n\n\
        Về chăn nuôi, ông Trần Văn Hòa đề nghị huyện chỉ đạo các xã theo dõi nguồn nước, \
        hướng dẫn người dân dự trữ thức ăn cho đàn gia súc trong tháng 4.\n\n\
        Về thủy lợi, ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh, đề nghị huyện nạo vét các kênh \
        nội đồng trước mùa mưa.\n";
    let n = extract(text);
    let d = directive(&n, "Về chăn nuôi");
    assert_eq!(bodies(d, Role::Lead), ["huyện"]);
    assert_eq!(deadlines(d), [("trong tháng 4", None)]);
    let d = directive(&n, "Về thủy lợi");
    assert_eq!(bodies(d, Role::Lead), ["huyện"]);
}

/// In a news report, a subheading between the leader's directions, then a
/// paragraph whose body follows a topic label ("Đối với …, Ban Quản lý dự
/// án … đôn đốc …"): the directions go on.
#[test]
fn after_a_news_subheading_a_body_after_a_topic_label_takes_the_run_up() {
    let text = "Phó Chủ tịch UBND huyện kiểm tra tiến độ xây dựng trường học\n\n\
        (TH) - Sáng 5/8/2024, Phó Chủ tịch UBND huyện Lê Văn Tâm kiểm tra tiến độ các công trình trường học.\n\n\
        Phó Chủ tịch UBND huyện yêu cầu Phòng Giáo dục và Đào tạo rà soát cơ sở vật chất, \
        hoàn thành trước ngày 25/8/2024.\n\n\
        Bảo đảm phòng học cho năm học mới\n\n\
        Đối với công trình Trường Tiểu học Tân Phú, Ban Quản lý dự án đầu tư xây dựng huyện \
        đôn đốc nhà thầu hoàn thiện các hạng mục phụ trợ, bàn giao trước ngày 30/8/2024.\n\n\
        Về thiết bị dạy học, Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí mua sắm trong tháng 8/2024.\n";
    let n = extract(text);
    let d = directive(&n, "Đối với công trình Trường Tiểu học");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng huyện"]
    );
    assert_eq!(deadlines(d), [("trước ngày 30/8/2024", Some("2024-08-30"))]);
    let d = directive(&n, "Về thiết bị dạy học");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
}

/// Tasks enumerated inline ("(1) …; (2) …") after a body's label in a
/// numbered item that has a paragraph under it: one directive each, the
/// label's body their doer; the paragraph under it is its own task.
#[test]
fn inline_enumeration_in_an_item_with_a_paragraph_under_it_is_split() {
    let text = "Phó Chủ tịch UBND tỉnh chỉ đạo chuẩn bị mùa mưa bão\n\n\
        (BĐT) - Chiều 2/9/2025, Phó Chủ tịch UBND tỉnh Hồ Văn Nam chủ trì cuộc họp về phòng, chống thiên tai.\n\n\
        Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành và địa phương triển khai \
        đồng bộ các giải pháp. Cụ thể:\n\n\
        Thứ nhất, về hồ chứa, Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh phải coi đây là \
        nhiệm vụ trọng tâm: (1) kiểm tra toàn bộ các hồ chứa xung yếu trước ngày 20/9/2025; \
        (2) bố trí lực lượng trực 24/24 giờ tại các hồ chứa lớn; (3) phối hợp với UBND các huyện \
        xây dựng phương án vận hành xả lũ.\n\n\
        Sở Xây dựng chủ trì rà soát các công trình đang thi công, hoàn thành trong tháng 9/2025.\n\n\
        Thứ hai, Công an tỉnh chỉ đạo lực lượng chức năng tăng cường tuần tra các tuyến đê. \
        Đồng thời, (1) lập chốt cảnh giới tại các ngầm tràn; (2) hỗ trợ địa phương sơ tán dân khi có lệnh.\n";
    let n = extract(text);
    let d = directive(&n, "(1) kiểm tra toàn bộ các hồ chứa");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh"]
    );
    assert_eq!(deadlines(d), [("trước ngày 20/9/2025", Some("2025-09-20"))]);
    let d = directive(&n, "(3) phối hợp với UBND các huyện");
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các huyện"]);
    let d = directive(&n, "Sở Xây dựng chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    // The sentence before "Đồng thời, (1) …" is a task of its own.
    let d = directive(&n, "Công an tỉnh chỉ đạo lực lượng chức năng");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
    let d = directive(&n, "(2) hỗ trợ địa phương sơ tán dân");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
}

/// In a news report, what delegates ask or propose when they take the floor
/// (after an opening phrase too, "Tại hội nghị, các đại biểu đề nghị …",
/// and in the clauses after it) is told of: no directive.
#[test]
fn delegates_requests_after_an_opening_phrase_are_no_directives() {
    let text = "Sơ kết công tác xây dựng nông thôn mới 6 tháng đầu năm\n\n\
        (NA) - Sáng 12/7/2024, UBND tỉnh tổ chức hội nghị sơ kết công tác xây dựng nông thôn mới.\n\n\
        Phát biểu kết luận, Phó Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và PTNT rà soát \
        tiêu chí các xã, hoàn thành trong quý III/2024.\n\n\
        Tại hội nghị, các đại biểu đề nghị Sở Tài chính sớm phân bổ vốn sự nghiệp; \
        kiến nghị ngành điện đầu tư lưới điện nông thôn.\n\n\
        Thảo luận tại hội nghị, đại diện các huyện đề xuất tỉnh có cơ chế hỗ trợ lãi suất; \
        đề nghị Sở Xây dựng hướng dẫn thiết kế mẫu nhà văn hóa thôn.\n\n\
        Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu bố trí vốn trong tháng 8/2024.\n";
    let n = extract(text);
    no_directive_with(
        &n,
        &[
            "Sở Tài chính sớm phân bổ",
            "ngành điện đầu tư",
            "Sở Xây dựng hướng dẫn",
        ],
    );
    let d = directive(&n, "Sở Kế hoạch và Đầu tư chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Sở Kế hoạch và Đầu tư"]);
}

/// A heading of two distributed lists joined by "và", wrapped over two
/// lines: the bodies of both lists are handed down, the second list's head
/// read as a body and not as a place of the first.
#[test]
fn two_distributed_lists_joined_by_va_in_a_heading() {
    let text = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về giải phóng mặt bằng\n\n\
        II. NHIỆM VỤ THỜI GIAN TỚI\n\n\
        1. UBND các phường: Tân An, Hòa Bình và UBND các\nxã: Lộc Châu, Đại Lào\n\n\
        1.1. Hoàn thành kiểm đếm, lập phương án bồi thường trước ngày 30/6/2025.\n\n\
        2. Sở Tài chính\n\n\
        2.1. Bố trí kinh phí chi trả bồi thường trong tháng 7/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Hoàn thành kiểm đếm");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND phường Tân An",
            "UBND phường Hòa Bình",
            "UBND xã Lộc Châu",
            "UBND xã Đại Lào"
        ]
    );
}

/// A kind of body narrowed by a relative clause on "có" keeps the clause up
/// to "và" and the next body, or up to the heading's colon; and a clause
/// begun inside the name ("có dự án") goes on with how its object fares
/// ("chậm đưa vào sử dụng") before the predicate.
#[test]
fn a_kind_narrowed_by_a_relative_clause_on_co_keeps_it() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh về quản lý thu ngân sách\n\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Các sở, ngành có thu học phí, viện phí và UBND các thị xã, huyện:\n\n\
        a) Công khai mức thu, đối tượng miễn giảm trước ngày 15/9/2025.\n\n\
        2. Các chủ đầu tư có dự án chưa giải ngân báo cáo nguyên nhân trong tháng 9/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Công khai mức thu");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "sở, ngành có thu học phí, viện phí",
            "UBND các thị xã, huyện"
        ]
    );
    let d = directive(&n, "Các chủ đầu tư");
    assert_eq!(
        bodies(d, Role::Lead),
        ["chủ đầu tư có dự án chưa giải ngân"]
    );
}

/// Groups known by their initials joined by "và" are two bodies, and a
/// name followed by its initials in brackets goes on to the next body of
/// the list.
#[test]
fn groups_by_initials_joined_by_va_and_initials_in_brackets() {
    let text = "THÔNG BÁO\nKết luận của Phó Thủ tướng về cung ứng nhiên liệu cho phát điện\n\n\
        Phó Thủ tướng kết luận như sau:\n\n\
        1. Yêu cầu PVN và TKV bảo đảm đủ khí, than cho các nhà máy nhiệt điện trong quý III/2025.\n\n\
        2. Tổng công ty Điện lực miền Trung (EVNCPC) và Tổng công ty Truyền tải điện Quốc gia \
        rà soát các đường dây trước ngày 30/6/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Yêu cầu PVN");
    assert_eq!(bodies(d, Role::Lead), ["PVN", "TKV"]);
    let d = directive(&n, "Tổng công ty Điện lực");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Tổng công ty Điện lực miền Trung",
            "Tổng công ty Truyền tải điện Quốc gia"
        ]
    );
}

/// A hard-wrapped line opening "2 - Tây Ninh" after a line that runs to the
/// wrap width and ends on a place's name is the rest of a route's name
/// ("Đắk Nông 2 - Tây Ninh"), no new item.
#[test]
fn a_number_dash_place_after_a_full_line_is_a_wrap() {
    let text = "THÔNG BÁO\nKết luận của Phó Thủ tướng về các dự án lưới điện truyền tải\n\n\
        Phó Thủ tướng kết luận như sau:\n\n\
        1. Bộ Công Thương chỉ đạo các chủ đầu tư rà soát tiến độ các dự án lưới điện\n\
        truyền tải, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2025.\n\n\
        2. Về đấu nối các dự án điện gió: Tập đoàn Điện lực Việt Nam khẩn trương hoàn\n\
        thành đầu tư đường dây 220 kV Krông Búk - Buôn Ma Thuột và đường dây 500 kV Đắk\n\
        2 - Tây Ninh để giải tỏa công suất các nhà máy điện trên địa bàn, hoàn thành\n\
        trong năm 2026.\n\n\
        3. UBND tỉnh Đắk Lắk bàn giao mặt bằng cho chủ đầu tư trong quý III/2025.\n";
    let n = extract(text);
    assert!(
        !texts(&n).iter().any(|t| t.starts_with("Tây Ninh")),
        "{:#?}",
        texts(&n)
    );
    let d = directive(&n, "Về đấu nối");
    assert!(d.text.contains("Đắk 2 - Tây Ninh"), "{}", d.text);
    assert_eq!(deadlines(d), [("trong năm 2026", Some("2026-12-31"))]);
}

/// A named body whose lower-case fields hold a comma ("Phòng Kinh tế, hạ
/// tầng và đô thị", "… Thiết bị trường học, đồ chơi trẻ em", "phòng, chống
/// lụt, bão") keeps its whole name up to its verb, and a second body after
/// such a name is still a body of its own.
#[test]
fn a_comma_inside_lowercase_fields_of_a_name() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND phường về chuẩn bị Tết\n\n\
        Chủ tịch UBND phường kết luận như sau:\n\n\
        1. Phòng Kinh tế, hạ tầng và đô thị chủ trì, phối hợp với Công an phường kiểm tra \
        việc niêm yết giá tại các chợ, xong trước ngày 20/12/2025.\n\n\
        2. Cục Cơ sở vật chất và Thiết bị trường học, đồ chơi trẻ em phối hợp với Sở Y tế \
        rà soát phòng học tạm trong năm 2026.\n\n\
        3. Ban Chỉ đạo phòng, chống lụt, bão tỉnh, Ban Chỉ huy Quân sự tỉnh theo chức năng, \
        nhiệm vụ được giao theo dõi chặt chẽ diễn biến mưa lũ.\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Kinh tế");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế, hạ tầng và đô thị"]);
    let d = directive(&n, "Cục Cơ sở vật chất");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Cục Cơ sở vật chất và Thiết bị trường học, đồ chơi trẻ em"]
    );
    let d = directive(&n, "Ban Chỉ đạo phòng");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Ban Chỉ đạo phòng, chống lụt, bão tỉnh",
            "Ban Chỉ huy Quân sự tỉnh"
        ]
    );
}

/// Another place of the kind a board's name ends with ("Ban Quản lý chợ
/// Vườn Hoa, chợ Điện Biên") is a second board under the same head; a line
/// opening "Theo chức năng, nhiệm vụ …" under a label of bodies is the
/// item's task, not the rest of the label.
#[test]
fn a_second_place_of_a_boards_kind_and_a_task_by_remit_under_a_label() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND phường về quản lý chợ và khoáng sản\n\n\
        Chủ tịch UBND phường kết luận như sau:\n\n\
        1. Ban Quản lý chợ Vườn Hoa, chợ Điện Biên rà soát, sửa chữa hệ thống điện, phương tiện \
        phòng cháy, chữa cháy trước ngày 31/12/2025.\n\n\
        2. Các phòng: Kinh tế và Hạ tầng, Tài chính - Kế hoạch, Chi cục Thuế huyện\n\
        Theo chức năng, nhiệm vụ được giao phối hợp kiểm tra việc kê khai, nộp thuế tài nguyên \
        trong năm 2026.\n\n\
        3. Công an phường bảo đảm an ninh trật tự tại các chợ trong dịp Tết.\n";
    let n = extract(text);
    let d = directive(&n, "Ban Quản lý chợ");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý chợ Vườn Hoa", "Ban Quản lý chợ Điện Biên"]
    );
    let d = directive(&n, "Theo chức năng");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Phòng Kinh tế và Hạ tầng",
            "Phòng Tài chính - Kế hoạch",
            "Chi cục Thuế huyện"
        ]
    );
}

/// A parenthesized number over a bold title of its own (a body's name) keeps
/// the paragraphs after it: they are its tasks and take its body.
#[test]
fn a_bold_numbered_body_title_hands_down_to_its_paragraphs() {
    let text = "KẾ HOẠCH\nTriển khai chiến dịch làm sạch dữ liệu đất đai\n\n\
        **II. TỔ CHỨC THỰC HIỆN**\n\n\
        **(1) Phòng Kinh tế, Hạ tầng và Đô thị**\n\n\
        Là cơ quan thường trực, tham mưu UBND xã tổ chức thực hiện Kế hoạch; \
        tổng hợp kết quả, báo cáo UBND xã hằng tuần.\n\n\
        **(2) Phòng Văn hóa - Xã hội**\n\n\
        Chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao xã đăng tải tin, bài về \
        Chiến dịch trên Trang thông tin điện tử xã.\n";
    let n = extract(text);
    let d = directive(&n, "Là cơ quan thường trực");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế, Hạ tầng và Đô thị"]);
    let d = directive(&n, "Chỉ đạo Trung tâm Văn hóa");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa - Xã hội"]);
    assert!(
        !texts(&n).iter().any(|t| t.starts_with("Phòng Kinh tế")),
        "{:#?}",
        texts(&n)
    );
}

/// The central flood and storm board is named with commas inside its name.
#[test]
fn a_flood_and_storm_board_keeps_its_commas() {
    let text = "CÔNG ĐIỆN\n\n\
        1. Bộ Quốc phòng chỉ đạo các đơn vị sẵn sàng lực lượng cứu hộ.\n\n\
        2. Ban Chỉ đạo phòng, chống lụt, bão Trung ương, Ủy ban Quốc gia Tìm kiếm Cứu nạn \
        theo chức năng, nhiệm vụ được giao theo dõi chặt chẽ diễn biến của bão.\n";
    let n = extract(text);
    let d = directive(&n, "Ban Chỉ đạo phòng");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Ban Chỉ đạo phòng, chống lụt, bão Trung ương",
            "Ủy ban Quốc gia Tìm kiếm Cứu nạn"
        ]
    );
}

/// Initials a news report gives a body in brackets name that body later.
#[test]
fn initials_given_in_brackets_name_the_body_later() {
    let text = "TP.HCM: Số ca sốt xuất huyết giảm\n\n15/05/2024 06:30 GMT+7\n\n\
        Theo báo cáo của Trung tâm Kiểm soát bệnh tật thành phố (HCDC), tuần qua \
        thành phố ghi nhận 186 ca sốt xuất huyết.\n\n\
        Phát biểu chỉ đạo, bà Nguyễn Thị Mai, Phó giám đốc Sở Y tế, đề nghị HCDC \
        giám sát chặt chẽ các điểm nguy cơ, xử lý ổ dịch trong vòng 48 giờ.\n";
    let n = extract(text);
    let d = directive(&n, "Phát biểu chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["HCDC"]);
}

/// "bị xử lý" is a sanction only where its clause ends there or says how
/// ("… vi phạm bị xử lý theo quy định"); "lắp đặt thiết bị xử lý nước lợ"
/// is equipment to install, and the bullet a task.
#[test]
fn equipment_that_treats_water_is_no_sanction() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh về cấp nước mùa khô\n\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Sở Nông nghiệp và Môi trường:\n\n\
        - Rà soát các trạm cấp nước tập trung, hoàn thành trước ngày 10/3/2025.\n\n\
        - Chủ trì, phối hợp với Sở Tài chính tổng hợp nhu cầu kinh phí khoan giếng, \
        lắp đặt thiết bị xử lý nước lợ, trình UBND tỉnh trước ngày 05/3/2025.\n\n\
        2. Tổ chức, cá nhân vi phạm bị xử lý nghiêm theo quy định của pháp luật.\n";
    let n = extract(text);
    let d = directive(&n, "Chủ trì, phối hợp");
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Tài chính"]);
    assert_eq!(deadlines(d), [("trước ngày 05/3/2025", Some("2025-03-05"))]);
    no_directive_with(&n, &["vi phạm bị xử lý"]);
}

/// "l.2." is "1.2." as OCR reads it: an item after "1.1.", with the
/// lettered items under it; "l." alone stays the letter item l.
#[test]
fn ocr_lower_case_l_for_one_opens_a_numbered_item() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND quận về trật tự xây dựng\n\n\
        II. KẾT LUẬN VÀ CHỈ ĐẠO\n\n\
        1. VỀ QUẢN LÝ TRẬT TỰ XÂY DỰNG\n\n\
        1.1. Phòng Quản lý đô thị lập hồ sơ xử lý các công trình vi phạm, hoàn thành trong tháng 3/2012.\n\n\
        l.2. Chủ tịch UBND phường Đằng Hải:\n\
        a) Tổ chức cưỡng chế các công trình vi phạm trước ngày 30/3/2012.\n\
        b) Báo cáo kết quả về UBND quận trước ngày 05/4/2012.\n";
    let n = extract(text);
    let d = directive(&n, "Tổ chức cưỡng chế");
    assert_eq!(d.id, "II.1.2.a", "{:#?}", texts(&n));
    assert_eq!(bodies(d, Role::Lead), ["UBND phường Đằng Hải"]);
}

/// In a copy whose lines are paragraphs (set apart by blank lines, never
/// broken inside a sentence), a line ending a sentence over a line opening
/// with a task verb, or with a linking phrase and a body, starts a new
/// paragraph: its own directive, with the item's doer but not its partners
/// or deadline.
#[test]
fn a_sentence_end_over_a_task_line_is_a_paragraph_break() {
    let text = "THÔNG BÁO\nÝ kiến của Chủ tịch UBND tỉnh về chi trả lương hưu dịp Tết\n\n\
        Chủ tịch UBND tỉnh có ý kiến như sau:\n\n\
        1. Bảo hiểm xã hội tỉnh chủ trì, phối hợp với Bưu điện tỉnh hoàn thành việc chi trả lương hưu tháng 01 và tháng 02/2026 chậm nhất ngày 10/02/2026.\n\
        Tổ chức chi trả tại nhà cho người hưởng từ 80 tuổi trở lên, người ốm đau không thể đến điểm chi trả.\n\n\
        2. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Kiểm lâm:\n\n\
        - Tăng cường lực lượng kiểm lâm địa bàn xuống cơ sở.\n\
        - Cập nhật cấp dự báo cháy rừng hằng ngày trên các phương tiện thông tin đại chúng.\n\
        Đồng thời, Sở Tài chính bố trí kinh phí mua sắm máy thổi gió cho các địa phương trọng điểm, hoàn thành trước ngày 10/7/2026.\n\n\
        3. Công an tỉnh bảo đảm an ninh, trật tự tại các điểm chi trả.\n";
    let n = extract(text);
    let d = directive(&n, "Tổ chức chi trả tại nhà");
    assert!(!d.text.contains("chậm nhất"), "{}", d.text);
    assert_eq!(bodies(d, Role::Lead), ["Bảo hiểm xã hội tỉnh"]);
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Cập nhật cấp dự báo");
    assert!(!d.text.contains("Đồng thời"), "{}", d.text);
    let d = directive(&n, "Đồng thời, Sở Tài chính");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(deadlines(d), [("trước ngày 10/7/2026", Some("2026-07-10"))]);
}

/// In a news report: a block of links after ">> Tin liên quan:" is page
/// furniture; a quotation with its speaker that asks no body and no work,
/// or warns whoever fails ("… nào không làm thì phải …"), is no task and
/// does not end the run; "Bộ cũng phải …" after "Bộ Công Thương …" is the
/// same doer's task.
#[test]
fn news_links_remarks_and_a_bare_ministry_after_its_name() {
    let text = format!(
        "{NEWS_TOP}Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng rà soát các công trình xây dựng sai phép, hoàn thành trong tháng 4/2023.\n\n\
        >> Tin liên quan:\n\
        • Thị xã khởi công khu tái định cư phường Tân Bình\n\
        • Người dân đồng thuận giao đất làm đường liên xã\n\n\
        \"Không để tình trạng xe quá tải cày nát đường rồi mới xử lý\", người đứng đầu chính quyền tỉnh nhấn mạnh.\n\n\
        \"Tỉnh đã tạo mọi điều kiện, nhưng nhà đầu tư nào không làm thì phải trả đất lại để giao cho nhà đầu tư khác\", ông Hùng nói.\n\n\
        Cũng theo kết luận, Cục Thuế tỉnh rà soát, truy thu tiền thuê đất còn nợ đọng của các chủ đầu tư.\n\n\
        Bộ Công Thương được giao chủ trì rà soát các kịch bản cung ứng điện trước ngày 15/5/2023. Bộ cũng phải chỉ đạo đẩy nhanh tiến độ đường dây 500 kV, bảo đảm đóng điện trong tháng 6/2023.\n"
    );
    let n = extract(&text);
    no_directive_with(&n, &["khởi công khu tái định cư"]);
    no_directive_with(&n, &["Người dân đồng thuận"]);
    no_directive_with(&n, &["cày nát đường"]);
    no_directive_with(&n, &["trả đất lại"]);
    let d = directive(&n, "Cũng theo kết luận");
    assert_eq!(bodies(d, Role::Lead), ["Cục Thuế tỉnh"]);
    let d = directive(&n, "Bộ Công Thương");
    assert!(d.text.contains("Bộ cũng phải chỉ đạo"), "{}", d.text);
    assert!(
        !texts(&n).iter().any(|t| t.starts_with("Bộ cũng")),
        "{:#?}",
        texts(&n)
    );
}

/// A plan's funding sentence says where the money comes from: no one is
/// asked, even under an item that hands down its body.
#[test]
fn a_funding_sentence_is_no_task() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN\n\nKẾ HOẠCH\nKiểm tra hoạt động khai thác cát trái phép năm 2024\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Ủy ban nhân dân các xã, thị trấn:\n\
        - Quản lý chặt chẽ các bãi cát ven sông trên địa bàn.\n\
        - Báo cáo kết quả về UBND huyện trước ngày 15/6/2024.\n\n\
        Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện năm 2024 theo dự toán được duyệt.\n";
    let n = extract(text);
    directive(&n, "Quản lý chặt chẽ");
    no_directive_with(&n, &["Kinh phí thực hiện"]);
}

/// Time phrases: a day of Tết ("đến hết mùng 6 Tết"), a round of payments
/// ("trong kỳ chi trả"), "mỗi tuần ít nhất 01 lần", "vào cuối mỗi học kỳ",
/// and a season "trong suốt" after a recurrence, a phrase of its own.
#[test]
fn tet_days_payment_rounds_and_rounds_with_their_bounds() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND phường về công tác chuẩn bị Tết\n\n\
        Ngày 10 tháng 12 năm 2025\n\n\
        Chủ tịch UBND phường kết luận như sau:\n\n\
        1. Ban Quản lý chợ bố trí lực lượng trực bảo vệ 24/24 giờ đến hết mùng 6 Tết.\n\n\
        2. Bưu điện phường tăng cường thời gian làm việc cả thứ Bảy, Chủ nhật trong kỳ chi trả.\n\n\
        3. Trạm Y tế phường kiểm tra bếp ăn các trường mầm non mỗi tuần ít nhất 01 lần.\n\n\
        4. Văn phòng UBND phường tổng hợp kết quả, báo cáo Chủ tịch UBND phường vào cuối mỗi học kỳ.\n\n\
        5. Phòng Kinh tế theo dõi độ mặn, cập nhật bản tin định kỳ 02 lần/tuần trong suốt mùa khô.\n";
    let n = extract(text);
    let d = directive(&n, "Ban Quản lý chợ");
    assert_eq!(deadlines(d), [("đến hết mùng 6 Tết", None)]);
    let d = directive(&n, "Bưu điện phường");
    assert_eq!(deadlines(d), [("trong kỳ chi trả", None)]);
    let d = directive(&n, "Trạm Y tế phường");
    assert_eq!(deadlines(d), [("mỗi tuần ít nhất 01 lần", None)]);
    let d = directive(&n, "Văn phòng UBND phường");
    assert_eq!(deadlines(d), [("vào cuối mỗi học kỳ", None)]);
    let d = directive(&n, "Phòng Kinh tế");
    assert_eq!(
        deadlines(d),
        [("định kỳ 02 lần/tuần", None), ("trong suốt mùa khô", None)]
    );
}

/// Praise ("Biểu dương …") or a leader's criticism ("Phó Chủ tịch UBND tỉnh
/// phê bình …", "giao thông" in a name no cue) opening a piece, and a warning
/// of accountability with no one to answer to named ("… phải chịu trách
/// nhiệm nếu để xảy ra …"): no tasks.
#[test]
fn praise_criticism_and_accountability_warnings_are_no_tasks() {
    let text = "THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về tiến độ xây dựng trường học\n\
        \n\
        Ngày 12 tháng 9 năm 2023\n\
        \n\
        Phó Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        1. Biểu dương Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh và các nhà thầu đã nỗ lực thi công trong mùa mưa.\n\
        \n\
        2. Việc chậm tiến độ có nguyên nhân khách quan. Phó Chủ tịch UBND tỉnh phê bình Ban QLDA giao thông và UBND huyện Tuy An đã chưa quyết liệt trong chỉ đạo.\n\
        \n\
        3. Sở Giáo dục và Đào tạo hoàn thành bàn giao phòng học trước ngày 30/9/2023.\n\
        \n\
        4. Người đứng đầu các địa phương phải chịu trách nhiệm nếu để xảy ra tình trạng học sinh thiếu phòng học.\n";
    let n = extract(text);
    directive(&n, "Sở Giáo dục và Đào tạo hoàn thành");
    no_directive_with(&n, &["Biểu dương"]);
    no_directive_with(&n, &["phê bình"]);
    no_directive_with(&n, &["chịu trách nhiệm nếu để xảy ra"]);
}

/// A numbered line that is only a body, narrowed by "có …" and with no
/// colon, hands that body down to its items; the head of a unit named by
/// its place who "chỉ đạo" a body is that unit, the doer (no partner from
/// inside the work directed); "Cùng với đó," before a new subject opens a
/// directive of its own.
#[test]
fn body_line_without_colon_directing_head_and_linking_opener() {
    let text = "CHỈ THỊ\n\
        Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2024\n\
        \n\
        Chủ tịch UBND huyện yêu cầu:\n\
        \n\
        1. Chủ tịch UBND các xã, thị trấn có rừng\n\
        Chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra cháy rừng lớn trên địa bàn.\n\
        a) Rà soát phương án phòng cháy rừng cấp xã, xong trước ngày 31/3/2024.\n\
        b) Tổ chức ký cam kết bảo vệ rừng đến từng hộ nhận khoán.\n\
        \n\
        2. Chủ tịch UBND huyện Sơn Hòa chỉ đạo Trung tâm Phát triển quỹ đất huyện phối hợp UBND xã Sơn Long hoàn thành bàn giao mặt bằng trước ngày 30/10/2024.\n\
        \n\
        3. Công an huyện tăng cường tuần tra, xử lý nghiêm vi phạm về tốc độ. Cùng với đó, Phòng Kinh tế và Hạ tầng phối hợp với Đội Quản lý thị trường số 5 kiểm tra tải trọng xe tại các mỏ đá.\n";
    let n = extract(text);
    let d = directive(&n, "Rà soát phương án");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn có rừng"]);
    assert!(d.responsible[0].inherited);
    let d = directive(&n, "Tổ chức ký cam kết");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn có rừng"]);
    let d = directive(&n, "Chủ tịch UBND huyện Sơn Hòa");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện Sơn Hòa"]);
    assert!(bodies(d, Role::Cooperate).is_empty());
    let d = directive(&n, "Công an huyện");
    assert!(bodies(d, Role::Cooperate).is_empty());
    let d = directive(&n, "Cùng với đó, Phòng Kinh tế");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế và Hạ tầng"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Đội Quản lý thị trường số 5"]);
}

/// A body that the task sets up ("Ủy ban bầu cử phường thành lập xong trước
/// …; các Tổ bầu cử thành lập chậm nhất …") is no doer and opens no
/// directive: its deadline stays with the task before. A line that opens
/// with a round and then a task ("Định kỳ trước ngày 20 hằng tháng báo cáo
/// …") after a sentence's end is a paragraph, a directive, of its own.
#[test]
fn bodies_set_up_and_rounds_opening_a_line() {
    let text = "KẾ HOẠCH\n\
        Tổ chức bầu cử đại biểu HĐND phường nhiệm kỳ 2026-2031\n\
        \n\
        II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN\n\
        1. Thành lập Ủy ban bầu cử phường và các Ban bầu cử, Tổ bầu cử: Ủy ban bầu cử phường thành lập xong trước ngày 18/01/2026; các Tổ bầu cử thành lập chậm nhất ngày 03/02/2026.\n\
        2. Lập danh sách cử tri: các tổ dân phố rà soát, lập danh sách cử tri trước ngày 12/02/2026.\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        UBND phường yêu cầu Thủ trưởng các ban, ngành, đoàn thể phường:\n\
        Quán triệt, triển khai Kế hoạch này đến toàn thể cán bộ, công chức; xây dựng kế hoạch chi tiết của đơn vị trước ngày 20/01/2026.\n\
        Định kỳ trước ngày 20 hằng tháng báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường để tổng hợp.\n";
    let n = extract(text);
    let d = directive(&n, "Thành lập Ủy ban bầu cử phường");
    assert!(bodies(d, Role::Lead).is_empty());
    assert_eq!(
        deadlines(d),
        [
            ("xong trước ngày 18/01/2026", Some("2026-01-18")),
            ("chậm nhất ngày 03/02/2026", Some("2026-02-03"))
        ]
    );
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("các Tổ bầu cử")));
    let d = directive(&n, "Định kỳ trước ngày 20 hằng tháng báo cáo");
    assert_eq!(deadlines(d)[0].0, "Định kỳ trước ngày 20 hằng tháng");
    let d = directive(&n, "UBND phường yêu cầu");
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/01/2026", Some("2026-01-20"))]
    );
}

/// Initials are learned from the words around their bracket only: a long
/// report before them, other brackets close by ("(1)", a remark in small
/// letters) and the initials used far below still name the body.
#[test]
fn initials_deep_in_a_long_report_with_other_brackets_close_by() {
    let filler = "thành phố ghi nhận thêm nhiều ca bệnh tại các khu dân cư đông đúc, \
        nhất là ở các khu nhà trọ công nhân và các khu vực ven kênh rạch. ";
    let text = format!(
        "TP.HCM: Số ca sốt xuất huyết giảm\n\n15/05/2024 06:30 GMT+7\n\n{}\n\n\
         (1) Theo báo cáo của Trung tâm Kiểm soát bệnh tật thành phố (HCDC), tuần qua \
         thành phố ghi nhận 186 ca sốt xuất huyết (giảm 12 ca so với tuần trước).\n\n{}\n\n\
         Phát biểu chỉ đạo, bà Nguyễn Thị Mai, Phó giám đốc Sở Y tế, đề nghị HCDC \
         giám sát chặt chẽ các điểm nguy cơ, xử lý ổ dịch trong vòng 48 giờ.\n",
        filler.repeat(6),
        filler.repeat(8)
    );
    let n = extract(&text);
    let d = directive(&n, "Phát biểu chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["HCDC"]);
}

/// Next week as a whole ("trình … tuần sau", "trong tuần tới") is due on
/// its Sunday; months listed in brackets after a season date it to the last;
/// a season after a weekly round is a phrase of its own, a season of a
/// year's end and a day of each quarter's last month are one.
#[test]
fn next_week_bracketed_months_and_seasons_after_rounds() {
    let text = "ỦY BAN NHÂN DÂN\n\
        HUYỆN GIO LINH\n\
        \n\
        Số: 52/TB-UBND\n\
        \n\
        Gio Linh, ngày 15 tháng 4 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 4\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        1. Phòng Tài nguyên và Môi trường hoàn thiện hồ sơ giá đất, trình UBND huyện phê duyệt tuần sau.\n\
        \n\
        2. Phòng Kinh tế và Hạ tầng rà soát đơn giá vật liệu xây dựng, hoàn thành trong tuần tới.\n\
        \n\
        3. Hạt Kiểm lâm huyện bố trí lực lượng trực 24/24 giờ trong các tháng cao điểm nắng nóng (tháng 6, 7, 8).\n\
        \n\
        4. Trung tâm Văn hóa - Thông tin huyện phát sóng tin phòng cháy rừng định kỳ hàng tuần trong mùa khô.\n\
        \n\
        5. Trạm Thủy nông huyện vận hành an toàn các hồ chứa trong mùa lũ cuối năm.\n\
        \n\
        6. Phòng Tài chính - Kế hoạch tổng hợp tình hình giải ngân, báo cáo UBND huyện trước ngày 15 tháng cuối mỗi quý.\n";
    let n = extract(text);
    assert_eq!(
        deadlines_of(&n, "Phòng Tài nguyên và Môi trường"),
        [("tuần sau", Some("2024-04-28"))]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Kinh tế và Hạ tầng"),
        [("trong tuần tới", Some("2024-04-28"))]
    );
    assert_eq!(
        deadlines_of(&n, "Hạt Kiểm lâm huyện"),
        [(
            "trong các tháng cao điểm nắng nóng (tháng 6, 7, 8)",
            Some("2024-08-31")
        )]
    );
    assert_eq!(
        deadlines_of(&n, "Trung tâm Văn hóa"),
        [("định kỳ hàng tuần", None), ("trong mùa khô", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Trạm Thủy nông huyện"),
        [("trong mùa lũ cuối năm", None)]
    );
    let d = directive(&n, "Phòng Tài chính - Kế hoạch");
    assert_eq!(deadlines(d), [("trước ngày 15 tháng cuối mỗi quý", None)]);
    assert_eq!(d.deadlines[0].kind, chidao::model::DeadlineKind::Recurring);
}

/// Two whole days under one cue are two deadlines, counted days sharing
/// their month one; a delay from the day the plan "được ban hành" counts
/// from the notice's date; a span from that day to an event, and a
/// holiday's break, are undated deadlines; "sau bầu cử" right before a day
/// is when the work starts, no deadline.
#[test]
fn two_days_under_one_cue_delays_from_issue_and_holiday_breaks() {
    let text = "ỦY BAN NHÂN DÂN\n\
        XÃ PHƯỚC SƠN\n\
        \n\
        Số: 18/KH-UBND\n\
        \n\
        Phước Sơn, ngày 20 tháng 3 năm 2025\n\
        \n\
        KẾ HOẠCH\n\
        Tổ chức các hoạt động trọng tâm quý II năm 2025\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        \n\
        1. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/6/2025 và 15/12/2025.\n\
        \n\
        2. Trường THCS Phước Sơn tổ chức hội khỏe Phù Đổng cấp trường trong hai ngày 24 và 25/5/2025.\n\
        \n\
        3. Bộ phận Tài chính - Kế toán xã lập dự toán kinh phí, trình UBND xã trong 10 ngày kể từ ngày Kế hoạch được ban hành; hướng dẫn quyết toán kinh phí sau bầu cử trước ngày 30/6/2025.\n\
        \n\
        4. Đài truyền thanh xã tuyên truyền từ ngày ban hành Kế hoạch đến ngày bầu cử, bằng loa truyền thanh và pa-nô.\n\
        \n\
        5. Công an xã ra quân lập lại trật tự lòng đường, vỉa hè tại khu vực chợ xã trước kỳ nghỉ lễ 30/4 - 01/5.\n";
    let n = extract(text);
    assert_eq!(
        deadlines_of(&n, "Văn phòng HĐND và UBND xã"),
        [
            ("trước ngày 15/6/2025", Some("2025-06-15")),
            ("15/12/2025", Some("2025-12-15"))
        ]
    );
    assert_eq!(
        deadlines_of(&n, "Trường THCS Phước Sơn"),
        [("trong hai ngày 24 và 25/5/2025", Some("2025-05-25"))]
    );
    assert_eq!(
        deadlines_of(&n, "Bộ phận Tài chính"),
        [
            (
                "trong 10 ngày kể từ ngày Kế hoạch được ban hành",
                Some("2025-03-30")
            ),
            ("trước ngày 30/6/2025", Some("2025-06-30"))
        ]
    );
    assert_eq!(
        deadlines_of(&n, "Đài truyền thanh xã"),
        [("từ ngày ban hành Kế hoạch đến ngày bầu cử", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Công an xã"),
        [("trước kỳ nghỉ lễ 30/4 - 01/5", None)]
    );
}

/// A news subheading read with the paragraph under it ("Chủ động trước
/// mùa mưa" ⏎ "Phát biểu chỉ đạo, …") gives that paragraph no deadline.
#[test]
fn a_news_subheadings_time_bounds_no_work() {
    let text = "Cần Thơ chủ động phòng chống dịch tay chân miệng\n\
        Ngày đăng: 12/05/2025\n\
        \n\
        (Báo Cần Thơ) - Sáng 12/5, Sở Y tế thành phố tổ chức hội nghị triển khai công tác phòng chống dịch bệnh năm 2025.\n\
        \n\
        Chủ động trước mùa mưa\n\
        Phát biểu chỉ đạo, ông Trần Văn Hùng, Phó giám đốc Sở Y tế, đề nghị CDC thành phố phối hợp với trung tâm y tế các quận, huyện giám sát chặt chẽ các ổ dịch, xử lý ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh.\n\
        \n\
        Ông Hùng cũng yêu cầu các bệnh viện tuyến thành phố dự trữ đủ thuốc, vật tư trước mùa mưa.\n";
    let n = extract(text);
    let d = n
        .directives
        .iter()
        .find(|d| d.text.contains("giám sát chặt chẽ"))
        .expect("the CDC directive");
    assert_eq!(
        deadlines(d),
        [("trong vòng 48 giờ kể từ khi phát hiện ca bệnh", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Ông Hùng cũng yêu cầu"),
        [("trước mùa mưa", None)]
    );
}

/// A collective narrowed by a clause is one body with the clause, up to
/// where its task starts: `bị …` up to the task verb, `chưa …` up to
/// `khẩn trương`, `từ … đến …`, `(trực) thuộc X` and `có …` after it. Not a
/// bare place of a topic label (`Đối với các huyện chưa có dịch:`), nor a
/// report (`Các xã đã triển khai …`).
#[test]
fn collectives_narrowed_by_a_clause() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh về khắc phục hậu quả mưa lũ\n\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính, UBND các xã bị thiệt hại nặng tổng hợp nhu cầu hỗ trợ, trình UBND tỉnh trong tháng 4/2025.\n\n\
        2. Yêu cầu UBND các huyện, thị xã chưa hoàn thành kế hoạch gieo trồng vụ Đông Xuân khẩn trương chỉ đạo gieo trồng bổ sung.\n\n\
        3. Thủ trưởng các đơn vị trực thuộc Sở có học sinh khuyết tật bố trí giáo viên hỗ trợ.\n\n\
        4. Ủy ban nhân dân các huyện từ Sông Cầu đến Đông Hòa chủ động sơ tán dân ở vùng trũng thấp.\n\n\
        5. Các phòng, ban thuộc UBND huyện rà soát thủ tục hành chính.\n\n\
        6. Đối với các huyện chưa có dịch: lập chốt kiểm dịch tạm thời.\n";
    let n = extract(text);
    let d = directive(&n, "Sở Nông nghiệp và Môi trường chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Sở Tài chính", "UBND các xã bị thiệt hại nặng"]
    );
    let d = directive(&n, "Yêu cầu UBND các huyện");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND các huyện, thị xã chưa hoàn thành kế hoạch gieo trồng vụ Đông Xuân"]
    );
    let d = directive(&n, "Thủ trưởng các đơn vị");
    assert_eq!(
        bodies(d, Role::Lead),
        ["đơn vị trực thuộc Sở có học sinh khuyết tật"]
    );
    let d = directive(&n, "Ủy ban nhân dân các huyện từ");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ủy ban nhân dân các huyện từ Sông Cầu đến Đông Hòa"]
    );
    let d = directive(&n, "Các phòng, ban thuộc");
    assert_eq!(bodies(d, Role::Lead), ["phòng, ban thuộc UBND huyện"]);
    let d = directive(&n, "Đối với các huyện");
    assert!(bodies(d, Role::Lead).is_empty());
}

/// Names that a stop word or a verb cut: "Hàng không" inside a name,
/// the commune's "Trung tâm Dịch vụ tổng hợp", a field unit of irrigation as a
/// head ("Cụm Thủy nông …"), and "nhận hồ sơ" the task, not part of the name.
#[test]
fn field_units_and_names_with_stop_words_inside() {
    let text = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Sở Giao thông vận tải phối hợp với Cảng vụ Hàng không miền Trung đề xuất mở thêm đường bay.\n\n\
        2. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ tổng hợp phường tổ chức tuyên truyền.\n\n\
        3. Sở Nông nghiệp và Môi trường phối hợp với Cụm Thủy nông Sơn Hòa kiểm tra các tuyến kênh.\n\n\
        4. Các trường THPT nhận hồ sơ đăng ký dự tuyển từ ngày 10/5/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Sở Giao thông vận tải");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Cảng vụ Hàng không miền Trung"]
    );
    let d = directive(&n, "Phòng Văn hóa");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Dịch vụ tổng hợp phường"]
    );
    let d = directive(&n, "Sở Nông nghiệp");
    assert_eq!(bodies(d, Role::Cooperate), ["Cụm Thủy nông Sơn Hòa"]);
    let d = directive(&n, "Các trường THPT");
    assert_eq!(bodies(d, Role::Lead), ["trường THPT"]);
}

/// A PDF copy's page number "Trang 2" (or "Trang 2/5") inside a sentence the
/// page broke: dropped, and the sentence joined again, so the lettered item
/// keeps its text and the clause after the break is no item of its own.
#[test]
fn a_named_page_number_inside_a_sentence_joins_it_again() {
    let text = "\
        ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        XÃ TÂN HỘI                              Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Số: 41/TB-UBND                      Tân Hội, ngày 03 tháng 9 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã về quyết toán ngân sách các xã cũ\n\
        \n\
        Ngày 29/8/2025, Chủ tịch UBND xã chủ trì cuộc họp về quyết toán ngân sách năm 2024 của\n\
        các xã cũ. Chủ tịch UBND xã kết luận:\n\
        \n\
        1. Về quyết toán ngân sách\n\
        \n\
        a) Phòng Kinh tế hoàn chỉnh hồ sơ quyết toán ngân sách năm 2024 của các xã cũ, trình UBND\n\
        xã trước ngày 20/9/2025.\n\
        \n\
        b) Rà soát các khoản tạm ứng, tạm chi tồn đọng của các xã cũ, lập danh sách cụ thể từng\n\
        đối tượng, hoàn thành trong tháng 10/2025. Đối với các khoản tạm ứng quá hạn, phối hợp với\n\
        \n\
        Trang 2\n\
        \n\
        \n\
        Ban Quản lý dự án đầu tư xây dựng khu vực thu hồi dứt điểm.\n\
        \n\
        c) Văn phòng HĐND và UBND xã lưu trữ đầy đủ chứng từ, sổ sách kế toán của các xã cũ.\n";
    let n = extract(text);
    let d = directive(&n, "Rà soát các khoản tạm ứng");
    assert!(d.text.contains("thu hồi dứt điểm"), "{}", d.text);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban Quản lý dự án đầu tư xây dựng khu vực"]
    );
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Ban Quản lý dự án")));
    no_directive_with(&n, &["Trang 2"]);
}

/// Items a PDF copy set on their heading's line: "•" bullets after a topic
/// ("1. Về dự toán … • Phòng … • Trung tâm …"), a first "a)" after a heading
/// that only names a body ("2. Chi cục Thuế khu vực a) Rà soát …; b) …"), and
/// "+" items ("3. Phòng Quản lý đô thị + Kiểm tra …; + Phối hợp …"): one
/// directive each, with the heading's body when it names one.
#[test]
fn bullets_and_lettered_items_flattened_onto_the_heading_line() {
    let text = "\
        ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        THỊ XÃ AN NHƠN                            Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Số: 77/TB-UBND                      An Nhơn, ngày 20 tháng 11 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND thị xã về dự toán ngân sách năm 2025\n\
        \n\
        Ngày 18/11/2024, Chủ tịch UBND thị xã chủ trì cuộc họp. Thu ngân sách năm 2024 ước đạt\n\
        105% dự toán, nhưng thu tiền sử dụng đất chỉ đạt 70%; công tác bồi thường còn chậm. Chủ\n\
        tịch UBND thị xã kết luận:\n\
        \n\
        1. Về dự toán ngân sách năm 2025 • Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Chi\n\
        cục Thuế khu vực hoàn chỉnh dự toán thu, chi ngân sách năm 2025, trình Thường trực HĐND\n\
        thị xã trước ngày 05/12/2024. • Trung tâm Phát triển quỹ đất thị xã lập phương án đấu giá\n\
        các lô đất ở khu dân cư Bắc Phong, báo cáo UBND thị xã trong tháng 12/2024.\n\
        \n\
        2. Chi cục Thuế khu vực a) Rà soát, lập bộ thuế khoán năm 2025 đối với hộ kinh doanh, bảo\n\
        đảm công khai, đúng doanh thu thực tế; b) Phân loại nợ thuế, áp dụng biện pháp cưỡng chế\n\
        đối với người nộp thuế chây ỳ, báo cáo UBND thị xã trước ngày 15/01/2025.\n\
        \n\
        3. Phòng Quản lý đô thị + Kiểm tra, xử lý các công trình xây dựng không phép trên địa bàn,\n\
        báo cáo UBND thị xã hằng tháng; + Phối hợp với UBND các phường cắm mốc chỉ giới các tuyến\n\
        đường mới trong quý I/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Tài chính - Kế hoạch chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 05/12/2024", Some("2024-12-05"))]
    );
    let d = directive(&n, "Trung tâm Phát triển quỹ đất");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Phát triển quỹ đất thị xã"]
    );
    assert_eq!(deadlines(d), [("trong tháng 12/2024", Some("2024-12-31"))]);
    let d = directive(&n, "a) Rà soát, lập bộ thuế khoán");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Thuế khu vực"]);
    let d = directive(&n, "b) Phân loại nợ thuế");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Thuế khu vực"]);
    let d = directive(&n, "Kiểm tra, xử lý các công trình");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Quản lý đô thị"]);
    assert!(!d.text.ends_with('+'), "{}", d.text);
    let d = directive(&n, "Phối hợp với UBND các phường");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Quản lý đô thị"]);
    assert_eq!(deadlines(d), [("trong quý I/2025", Some("2025-03-31"))]);
}

/// A pipe table ("| Nội dung | Thời gian |") under a heading that names
/// bodies: each row a directive of the heading's bodies with its own time
/// cell, none merged into the heading.
#[test]
fn pipe_table_rows_under_a_heading_of_bodies() {
    let text = "\
        CÔNG AN TỈNH QUẢNG NINH\n\
        Số: 205/KH-CAT-PV01\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        Quảng Ninh, ngày 10 tháng 4 năm 2024\n\
        \n\
        KẾ HOẠCH\n\
        Bảo đảm an ninh, trật tự mùa du lịch hè năm 2024\n\
        \n\
        II. PHÂN CÔNG NHIỆM VỤ\n\
        Một là, Phòng Tham mưu chủ trì theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp kết quả báo cáo Giám đốc Công an tỉnh trước ngày 15/9/2024.\n\
        Hai là, Công an thành phố Hạ Long, Công an thành phố Cẩm Phả, Công an huyện Vân Đồn\n\
        | Nội dung | Thời gian |\n\
        | Kiểm tra các cơ sở lưu trú, nhà hàng phục vụ khách du lịch | Xong trước 31/5/2024 |\n\
        | Bố trí lực lượng tuần tra tại các bãi tắm, khu vui chơi | Từ 01/6 đến 31/8/2024 |\n\
        Ba là, Đề nghị Sở Du lịch phối hợp với Công an tỉnh hướng dẫn doanh nghiệp lữ hành chấp hành quy định về khai báo tạm trú trước ngày 10/5/2024.\n";
    let n = extract(text);
    let lead = [
        "Công an thành phố Hạ Long",
        "Công an thành phố Cẩm Phả",
        "Công an huyện Vân Đồn",
    ];
    let d = directive(&n, "Kiểm tra các cơ sở lưu trú");
    assert_eq!(bodies(d, Role::Lead), lead);
    assert_eq!(deadlines(d), [("Xong trước 31/5/2024", Some("2024-05-31"))]);
    let d = directive(&n, "Bố trí lực lượng tuần tra");
    assert_eq!(bodies(d, Role::Lead), lead);
    assert_eq!(deadlines(d)[0].1, Some("2024-08-31"));
    no_directive_with(&n, &["Nội dung   Thời gian"]);
}

/// "Ban Chỉ đạo chống thất thu ngân sách": "thu" is part of the board's name
/// (revenue loss), no verb, also where a hard wrap breaks the name.
#[test]
fn a_board_against_revenue_loss_keeps_its_whole_name() {
    let text = "\
        Số: 15/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện\n\
        \n\
        Ngày 02/3/2023, đồng chí Lê Văn Hòa, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chống thất\n\
        thu ngân sách huyện chủ trì cuộc họp. Chủ tịch UBND huyện kết luận:\n\
        \n\
        1. Chi cục Thuế khu vực rà soát các hộ kinh doanh chưa đăng ký thuế trên địa bàn, báo cáo\n\
        UBND huyện trước ngày 30/3/2023.\n\
        \n\
        2. Các thành viên Ban Chỉ đạo chống thất thu ngân sách huyện theo dõi địa bàn được phân\n\
        công, báo cáo kết quả về Chi cục Thuế định kỳ hằng quý.\n\
        \n\
        3. Thành viên Ban Chỉ đạo chống thất thu báo cáo kết quả về Chi cục Thuế định kỳ hằng\n\
        quý để tổng hợp báo cáo UBND huyện.\n";
    let n = extract(text);
    let d = directive(&n, "Các thành viên Ban Chỉ đạo");
    assert_eq!(
        bodies(d, Role::Lead),
        ["thành viên Ban Chỉ đạo chống thất thu ngân sách huyện"]
    );
    let d = directive(&n, "Thành viên Ban Chỉ đạo");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Thành viên Ban Chỉ đạo chống thất thu"]
    );
}

/// A season or a holiday the work serves, after "phục vụ" or "cho" without a
/// preposition, is time bound to an event (undated); a plan, a work or goods
/// named by the season it serves is not.
#[test]
fn a_season_served_without_a_preposition_is_an_event_time() {
    let text = "\
        Số: 88/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về phát triển du lịch\n\
        \n\
        Chủ tịch UBND tỉnh kết luận:\n\
        \n\
        1. Sở Giao thông vận tải phối hợp với UBND thị xã Đồ Sơn bố trí điểm trông giữ xe tạm phục vụ mùa du lịch hè năm 2025.\n\
        \n\
        2. Sở Công Thương dự trữ hàng hóa thiết yếu cho Tết Nguyên đán Ất Tỵ 2025.\n\
        \n\
        3. Sở Du lịch xây dựng kế hoạch phục vụ mùa du lịch hè, trình UBND tỉnh trước ngày 20/4/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Sở Giao thông vận tải");
    assert_eq!(deadlines(d), [("phục vụ mùa du lịch hè năm 2025", None)]);
    let d = directive(&n, "Sở Công Thương");
    assert_eq!(deadlines(d), [("cho Tết Nguyên đán Ất Tỵ 2025", None)]);
    let d = directive(&n, "Sở Du lịch");
    assert_eq!(deadlines(d), [("trước ngày 20/4/2025", Some("2025-04-20"))]);
}

/// A span that ends at the day of an event: "đến hết ngày thi" (undated).
#[test]
fn a_span_ending_at_an_event_day_is_found() {
    let text = "\
        Số: 21/CT-UBND\n\
        \n\
        CHỈ THỊ\n\
        Về tổ chức Kỳ thi tuyển sinh lớp 10\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        1. Công ty Điện lực tỉnh bảo đảm cấp điện ổn định cho các điểm thi từ ngày 02/6/2024 đến hết ngày thi.\n";
    let n = extract(text);
    let d = directive(&n, "Công ty Điện lực");
    assert!(
        deadlines(d)
            .iter()
            .any(|(p, date)| p.contains("đến hết ngày thi") && date.is_none()),
        "{:?}",
        deadlines(d)
    );
}

/// Conditions are no deadlines: a ban in force from a printed start "cho đến
/// khi có thông báo mới" (without a start it counts: see
/// `until_further_notice_without_a_start_counts_undated`), and
/// people or diseases after an event ("bỏ học sau mưa lũ", "dịch bệnh sau
/// thiên tai"); a verb's time after an event stays.
#[test]
fn until_further_notice_and_things_after_an_event_are_no_deadlines() {
    let text = "\
        Số: 12/CĐ-UBND\n\
        \n\
        CÔNG ĐIỆN\n\
        Về ứng phó với bão số 4\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh hướng dẫn tàu thuyền vào nơi tránh trú; cấm tàu thuyền ra khơi kể từ 14 giờ ngày 20/9/2024 cho đến khi có thông báo mới.\n\
        \n\
        2. Sở Giáo dục và Đào tạo bảo đảm chỗ ở cho học sinh bán trú, không để học sinh bỏ học sau bão lũ.\n\
        \n\
        3. Sở Y tế chỉ đạo phòng, chống dịch bệnh sau thiên tai tại các xã vùng ngập.\n\
        \n\
        4. Sở Nông nghiệp và Môi trường hướng dẫn nhân dân khôi phục sản xuất sau thiên tai.\n";
    let n = extract(text);
    assert!(deadlines(directive(&n, "Bộ Chỉ huy Bộ đội Biên phòng")).is_empty());
    assert!(deadlines(directive(&n, "Sở Giáo dục")).is_empty());
    assert!(deadlines(directive(&n, "Sở Y tế")).is_empty());
    assert_eq!(
        deadlines(directive(&n, "Sở Nông nghiệp")),
        [("sau thiên tai", None)]
    );
}

/// A bare page number between a clause closed by ";" and a line in lower case
/// is the page's: the item goes on, and its deadline is found.
#[test]
fn a_page_number_after_a_semicolon_keeps_the_item_whole() {
    let text = "\
        Số: 45/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về chuyển đổi số\n\
        \n\
        Phó Chủ tịch UBND tỉnh kết luận:\n\
        \n\
        1. Giao Sở Khoa học và Công nghệ:\n\
        \n\
        a) Chủ trì, phối hợp với Công an tỉnh hoàn thành kết nối cơ sở dữ liệu dân cư với\n\
        Cổng dịch vụ công của tỉnh, xong trước 30/6;\n\
        \n\
        b) Nâng cấp phần mềm quản lý văn bản, bảo đảm văn bản trao đổi giữa các cơ quan dưới\n\
        dạng điện tử;\n\
        \n\
                                           2\n\
        \n\
        \n\
        tổng hợp, báo cáo UBND tỉnh kết quả đánh giá chuyển đổi số cấp huyện trước ngày\n\
        20/12/2024.\n\
        \n\
        2. Văn phòng UBND tỉnh hướng dẫn các cơ quan số hóa hồ sơ thủ tục hành chính.\n";
    let n = extract(text);
    let d = directive(&n, "Nâng cấp phần mềm");
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/12/2024", Some("2024-12-20"))]
    );
}

/// A task table set one cell per line (a Word table flattened) whose last
/// row is followed by a part heading in capitals or a note ("Ghi chú: …"):
/// neither is a cell of the last row, whose lead, partner and time stay apart.
#[test]
fn a_one_cell_per_line_table_ends_at_a_part_heading_or_a_note() {
    let rows = "\
        UBND TỈNH HÀ TĨNH\n\
        Số: 88/KH-UBND\n\
        KẾ HOẠCH\n\
        Triển khai chuyển đổi số năm 2025\n\
        I. MỤC ĐÍCH\n\
        Nâng cao hiệu quả quản lý.\n\
        II. NHIỆM VỤ CỤ THỂ\n\
        STT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n\
        1\nXây dựng kho dữ liệu dùng chung của tỉnh\nSở Khoa học và Công nghệ\nVăn phòng UBND tỉnh\nQuý II/2025\n\
        2\nTập huấn kỹ năng số cho cán bộ, công chức cấp xã\nSở Nội vụ\nTrường Chính trị Trần Phú\nTháng 10/2025\n";
    for after in [
        "III. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai thực hiện Kế hoạch này.\n",
        "Ghi chú: các cơ quan gửi báo cáo về Sở Nội vụ.\nIII. TỔ CHỨC THỰC HIỆN\nCác sở triển khai Kế hoạch.\n",
    ] {
        let n = extract(&format!("{rows}{after}"));
        let d = directive(&n, "Tập huấn kỹ năng số");
        assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"], "{after}");
        assert_eq!(
            bodies(d, Role::Cooperate),
            ["Trường Chính trị Trần Phú"],
            "{after}"
        );
        assert_eq!(
            deadlines(d),
            [("Tháng 10/2025", Some("2025-10-31"))],
            "{after}"
        );
    }
}

/// A PDF copy's page break inside a sentence with a page number ("Trang
/// 2/3") and a running header that repeats the issuer ("SỞ NÔNG NGHIỆP VÀ
/// PTNT NGHỆ AN"): both dropped and the item's sentence joined again; the
/// footnotes under a footnote rule ("_____" ⏎ "1 Chỉ thị về …") are no text.
#[test]
fn a_running_issuer_header_and_footnotes_at_a_page_break() {
    let text = "\
        UBND TỈNH NGHỆ AN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        SỞ NÔNG NGHIỆP VÀ PTNT                          Độc lập - Tự do - Hạnh phúc\n\
        Số: 1520/SNN-KL                           Nghệ An, ngày 14 tháng 5 năm 2024\n\
        KẾ HOẠCH\n\
        Phòng cháy, chữa cháy rừng mùa khô năm 2024\n\
        Căn cứ Chỉ thị số 12/CT-UBND ngày 02/4/2024 của UBND tỉnh1, Sở Nông nghiệp và PTNT\n\
        xây dựng Kế hoạch như sau:\n\
        I. NHIỆM VỤ\n\
        1. Chi cục Kiểm lâm chủ trì, phối hợp với Công an tỉnh kiểm tra công tác phòng cháy,\n\
        chữa cháy rừng tại các huyện trọng điểm, hoàn thành trước ngày 30/6/2024.\n\
        2. Các Hạt Kiểm lâm tăng cường tuần tra, canh gác lửa rừng tại các vùng trọng điểm;\n\
        xây dựng phương án chữa cháy rừng tại chỗ, gửi Chi cục\n\
        Trang 2/3\n\
        SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN\n\
        Kiểm lâm trước ngày 15/6/2024.\n\
        3. Ban Quản lý rừng phòng hộ Tân Kỳ bố trí lực lượng trực 24/24 giờ trong những\n\
        ngày nắng nóng cao điểm.\n\
        _____________________\n\
        1 Chỉ thị về tăng cường công tác phòng cháy rừng.\n\
        II. TỔ CHỨC THỰC HIỆN\n\
        Giao Chi cục Kiểm lâm theo dõi, tổng hợp kết quả, báo cáo Sở định kỳ hằng tháng./.\n";
    let n = extract(text);
    let d = directive(&n, "Các Hạt Kiểm lâm tăng cường");
    assert!(d.text.contains("gửi Chi cục Kiểm lâm trước"), "{}", d.text);
    assert_eq!(deadlines(d), [("trước ngày 15/6/2024", Some("2024-06-15"))]);
    no_directive_with(
        &n,
        &["SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN", "Chỉ thị về tăng cường"],
    );
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Kiểm lâm trước")));
}

/// A running line with the notice's own number whose page count stands after
/// a cell gap with no "Trang" ("Thông báo số 215/TB-UBND ngày … của UBND
/// huyện Châu Thành      2/3"), inside a sentence the page broke: dropped,
/// and the deadline over the break read whole.
#[test]
fn a_running_line_with_a_bare_page_count_inside_a_sentence() {
    let text = "\
        ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        HUYỆN CHÂU THÀNH                          Độc lập - Tự do - Hạnh phúc\n\
        Số: 215/TB-UBND                        Châu Thành, ngày 08 tháng 7 năm 2023\n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND huyện tại buổi làm việc với UBND xã Phú Hựu\n\
        Ngày 05/7/2023, Phó Chủ tịch UBND huyện chủ trì buổi làm việc với UBND xã Phú Hựu về\n\
        tiến độ xây dựng xã nông thôn mới nâng cao. Phó Chủ tịch UBND huyện kết luận như sau:\n\
        1. UBND xã Phú Hựu khẩn trương hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn\n\
        nông thôn mới nâng cao, gửi Văn phòng Điều phối nông thôn mới huyện trước ngày\n\
        -2-\n\
        Thông báo số 215/TB-UBND ngày 08/7/2023 của UBND huyện Châu Thành               2/3\n\
        31/7/2023.\n\
        2. Phòng Kinh tế và Hạ tầng hướng dẫn xã thực hiện tiêu chí về quy hoạch, hoàn thành\n\
        trong tháng 8/2023.\n";
    let n = extract(text);
    let d = directive(&n, "UBND xã Phú Hựu khẩn trương");
    assert_eq!(deadlines(d), [("trước ngày 31/7/2023", Some("2023-07-31"))]);
    no_directive_with(&n, &["Thông báo số 215"]);
}

/// "X yêu cầu nhà thầu …": the body that requires the contractor or investor
/// to act is the doer; the contractor gets no role. A request offered as the
/// alternative to the doer's own work ("… hoặc đề nghị UBND tỉnh thu hồi") is
/// its proposal: the body asked only receives it, no directive of its own.
#[test]
fn a_body_requiring_its_contractor_is_the_doer() {
    let text = "\
        UBND XÃ TÂN PHONG\n\
        Số: 45/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp về tiến độ xây dựng trạm y tế\n\
        \n\
        Chủ tịch UBND xã kết luận:\n\
        \n\
        1. Ban Quản lý dự án đầu tư xây dựng khu vực yêu cầu nhà thầu bổ sung máy móc, nhân\n\
        lực, bảo đảm hoàn thành trạm y tế trước ngày 30/9/2026.\n\
        \n\
        2. Phòng Kinh tế chủ trì, phối hợp với Công an xã kiểm kê, lập hồ sơ 03 trụ sở dôi dư;\n\
        đề xuất phương án sử dụng (chuyển làm nhà văn hóa thôn) hoặc đề nghị UBND tỉnh thu\n\
        hồi, báo cáo UBND xã trước ngày 20/10/2026.\n\
        \n\
        3. Phòng Tài chính rà soát các khoản tạm ứng quá hạn, hoàn thành trong tháng 11/2026. Đối\n\
        với các khoản tạm ứng xây dựng cơ bản, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu\n\
        vực yêu cầu nhà thầu hoàn trả.\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Tài chính");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban Quản lý dự án đầu tư xây dựng khu vực"]
    );
    assert!(!n
        .directives
        .iter()
        .any(|d| d.responsible.iter().any(|p| p.name == "nhà thầu")));
    let d = directive(&n, "Ban Quản lý dự án");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng khu vực"]
    );
    assert_eq!(deadlines(d)[0].1, Some("2026-09-30"));
    let d = directive(&n, "Phòng Kinh tế chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Công an xã"]);
    assert!(deadlines(d).iter().any(|x| x.1 == Some("2026-10-20")));
    assert!(
        !n.directives.iter().any(|d| d.text.starts_with("đề xuất")),
        "{:#?}",
        texts(&n)
    );
    assert!(!n.directives.iter().any(|d| d
        .responsible
        .iter()
        .any(|p| p.name == "UBND tỉnh" && p.role == Role::Lead)));
}

/// A plan's time frame from one date to another ("2.1. Thời gian triển khai:
/// từ ngày … đến ngày …") is no directive, nor is a bullet that only says
/// whom its doer answers to, ending in a semicolon.
#[test]
fn a_time_frame_and_accountability_bullets_are_no_directives() {
    let text = "\
        UBND XÃ HÒA BÌNH\n\
        Số: 120/KH-UBND\n\
        \n\
        KẾ HOẠCH\n\
        Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán\n\
        \n\
        1. NỘI DUNG TRỌNG TÂM\n\
        1.1. Thời gian triển khai: từ ngày 20/12/2026 đến ngày 10/3/2027.\n\
        1.2. Thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm; tổ chức kiểm tra các cơ sở sản xuất trước Tết.\n\
        \n\
        2. TỔ CHỨC THỰC HIỆN\n\
        2.1. Trạm Y tế xã:\n\
        - Chủ trì kiểm tra các bếp ăn tập thể trên địa bàn;\n\
        - Chịu trách nhiệm trước Chủ tịch UBND xã nếu để xảy ra ngộ độc thực phẩm đông người trên địa bàn;\n\
        - Báo cáo kết quả về UBND xã trước ngày 15/3/2027.\n";
    let n = extract(text);
    no_directive_with(&n, &["Thời gian triển khai", "Chịu trách nhiệm trước"]);
    let d = directive(&n, "Báo cáo kết quả");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Y tế xã"]);
}

/// "Khu bảo tồn thiên nhiên Pù Hoạt": a nature reserve's kind in lower case
/// before its name is one body, in a list of forest owners told to act.
#[test]
fn a_nature_reserve_named_with_its_kind_is_one_body() {
    let text = "\
        UBND TỈNH NGHỆ AN\n\
        Số: 12/CĐ-UBND\n\
        \n\
        CÔNG ĐIỆN\n\
        Về tăng cường phòng cháy, chữa cháy rừng\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        1. Sở Nông nghiệp và Môi trường kiểm tra các khu rừng có nguy cơ cháy cao.\n\
        \n\
        2. Các Ban quản lý rừng phòng hộ, Khu bảo tồn thiên nhiên Pù Hoạt và các chủ rừng là tổ\n\
        chức bố trí lực lượng trực chữa cháy tại đơn vị trong suốt mùa khô; dọn vật liệu cháy\n\
        trước ngày 20/7/2026.\n";
    let n = extract(text);
    let d = directive(&n, "Các Ban quản lý rừng");
    assert!(bodies(d, Role::Lead).contains(&"Khu bảo tồn thiên nhiên Pù Hoạt"));
    assert!(deadlines(d).iter().any(|x| x.1 == Some("2026-07-20")));
}

/// A bare page number between a line that ends in a linking word ("… phối
/// hợp với") and the body's name on the next page, or between a clause
/// ended by ";" and its lower-case continuation: the page's, the lines one.
#[test]
fn a_bare_page_number_after_a_linking_word_or_a_semicolon_joins_the_lines() {
    let text = "\
        UBND HUYỆN YÊN THÀNH\n\
        Số: 88/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về giải phóng mặt bằng\n\
        \n\
        1. Phòng Tài nguyên và Môi trường\n\
        \n\
        - Chủ trì, phối hợp với\n\
        \n\
        \x20                                                                     3\n\
        \n\
        \n\
        Văn phòng Đăng ký đất đai chi nhánh Yên Thành xác định nguồn gốc đất của 12 thửa còn\n\
        vướng mắc; báo cáo kết quả về Ban chỉ đạo trước ngày 20/11/2026.\n\
        \n\
        2. Giao Phòng Kinh tế:\n\
        \n\
        a) Rà soát các hộ kinh doanh trên địa bàn, cập nhật dữ liệu dưới dạng điện tử;\n\
        \n\
        \x20                                  4\n\
        \n\
        \n\
        tổng hợp, báo cáo UBND huyện kết quả trước ngày 31/12/2026.\n\
        \n\
        3. Văn phòng HĐND và UBND huyện hướng dẫn các xã số hóa hồ sơ hằng tháng.\n";
    let n = extract(text);
    let d = directive(&n, "Chủ trì, phối hợp với Văn phòng");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài nguyên và Môi trường"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Văn phòng Đăng ký đất đai chi nhánh Yên Thành"]
    );
    let d = directive(&n, "Rà soát các hộ kinh doanh");
    assert!(deadlines(d).iter().any(|x| x.1 == Some("2026-12-31")));
    let d = directive(&n, "Văn phòng HĐND và UBND huyện hướng dẫn");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng HĐND và UBND huyện"]);
}

/// A collective named in one phrase stays one body, also before a task verb
/// that is no name word ("nêu cao") and with what its units spend from
/// ("đơn vị dự toán").
#[test]
fn chains_of_collectives_before_nêu_cao_and_budget_units_stay_one() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        XÃ TÂN PHÚ\n\
        Số: 41/TB-UBND\n\
        Tân Phú, ngày 04 tháng 6 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban\n\
        \n\
        1. Giao Văn phòng HĐND và UBND xã rà soát hồ sơ tồn đọng.\n\
        2. Yêu cầu thủ trưởng các cơ quan, đơn vị nêu cao trách nhiệm trong tiếp nhận hồ sơ của người dân.\n\
        3. Các phòng, ban, đơn vị dự toán rà soát nhiệm vụ chi, không mua sắm tài sản chưa cần thiết.\n";
    let n = extract(text);
    let d = directive(&n, "Yêu cầu thủ trưởng");
    assert_eq!(bodies(d, Role::Lead), ["cơ quan, đơn vị"]);
    let d = directive(&n, "Các phòng, ban");
    assert_eq!(bodies(d, Role::Lead), ["phòng, ban, đơn vị dự toán"]);
}

/// A kind with its members named in brackets gives the members; a list
/// goes on after an aside in brackets, the places after it under the
/// first body's head.
#[test]
fn members_in_brackets_and_a_list_going_on_after_a_bracket() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        TỈNH THANH HÓA\n\
        Số: 88/CV-UBND\n\
        Thanh Hóa, ngày 10 tháng 9 năm 2024\n\
        \n\
        CÔNG VĂN\n\
        Về việc ứng phó với bão số 4\n\
        \n\
        1. Sở Nông nghiệp và Phát triển nông thôn theo dõi diễn biến của bão.\n\
        2. UBND các huyện miền núi (Mường Lát, Quan Sơn, Bá Thước), thị xã Nghi Sơn:\n\
        a) Hoàn thành việc sơ tán dân ra khỏi vùng nguy hiểm.\n\
        b) Bố trí lực lượng canh gác tại các ngầm tràn.\n\
        3. Các hội đoàn thể tỉnh (Hội Cựu chiến binh, Hội Nông dân, Tỉnh đoàn) vận động hội viên hỗ trợ người dân.\n";
    let n = extract(text);
    let d = directive(&n, "Hoàn thành việc sơ tán");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND các huyện miền núi", "UBND thị xã Nghi Sơn"]
    );
    let d = directive(&n, "Các hội đoàn thể");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Hội Cựu chiến binh", "Hội Nông dân", "Tỉnh đoàn"]
    );
}

/// A notice of a commune's chairman on fire safety, for the name rules below.
const FIRE_SAFETY_NOTICE: &str = "\
    ỦY BAN NHÂN DÂN\n\
    XÃ TÂN PHÚ\n\
    Số: 45/TB-UBND\n\
    Tân Phú, ngày 12 tháng 3 năm 2024\n\
    \n\
    THÔNG BÁO\n\
    Kết luận của Chủ tịch UBND xã tại cuộc họp về phòng cháy chữa cháy\n\
    \n\
    1. Phòng Kinh tế rà soát các công trình nhà ở, báo cáo UBND xã trước ngày 30/3/2024.\n\
    2. Phòng Văn hóa - Thông tin phát tin cảnh báo trên hệ thống truyền thanh xã.\n\
    3. Trạm Y tế xã phối hợp với lực lượng Công an xã kiểm tra các cơ sở karaoke.\n\
    4. Ban Chỉ huy Quân sự xã chủ trì, phối hợp với Hội Nông dân xã và trưởng thôn Đông Hòa vận động người dân di dời.\n\
    5. Hạt Kiểm lâm phối hợp với Trung tâm Bảo tồn động vật hoang dã, Vườn quốc gia Bạch Mã kiểm tra các hộ nuôi nhốt.\n\
    6. Các hợp tác xã tham gia chương trình bình ổn thị trường thực hiện niêm yết giá bán.\n\
    7. Phòng Y tế phối hợp với các cơ sở giáo dục trên địa bàn kiểm tra bếp ăn tập thể.\n\
    8. UBND các huyện hạ du chủ động sơ tán dân khi hồ chứa xả lũ.\n\
    9. UBND các huyện, thành, thị còn lại chỉ đạo UBND các xã tăng cường giám sát.\n\
    \n\
    II. TỔ CHỨC THỰC HIỆN\n\
    a) Phòng Nội vụ là cơ quan thường trực:\n\
    - Tổng hợp danh sách, báo cáo UBND xã trước ngày 05/4/2024.\n\
    \n\
    Nơi nhận:\n\
    - Như trên;\n\
    CHỦ TỊCH\n\
    Nguyễn Văn An\n";

/// A body's name ends before a broadcasting verb ("phát tin"), and a
/// heading's "là cơ quan thường trực" is the part it plays, not its name.
#[test]
fn a_name_ends_before_a_broadcast_verb_and_a_role_clause() {
    let n = extract(FIRE_SAFETY_NOTICE);
    let d = directive(&n, "Phòng Văn hóa - Thông tin phát tin");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa - Thông tin"]);
    let d = directive(&n, "Tổng hợp danh sách");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nội vụ"]);
}

/// "lực lượng Công an xã" is the commune police; the head of one named
/// hamlet in lower case ("trưởng thôn Đông Hòa") is a person, no body.
#[test]
fn a_force_named_by_its_body_and_a_hamlet_head_in_person() {
    let n = extract(FIRE_SAFETY_NOTICE);
    let d = directive(&n, "Trạm Y tế xã");
    assert_eq!(bodies(d, Role::Cooperate), ["Công an xã"]);
    let d = directive(&n, "Ban Chỉ huy Quân sự xã");
    assert_eq!(bodies(d, Role::Cooperate), ["Hội Nông dân xã"]);
}

/// Lower-case field words after a capitalized one run to the comma that
/// ends the name ("Trung tâm Bảo tồn động vật hoang dã, Vườn quốc gia …").
#[test]
fn lowercase_field_words_run_to_the_comma_after_a_name() {
    let n = extract(FIRE_SAFETY_NOTICE);
    let d = directive(&n, "Hạt Kiểm lâm");
    assert_eq!(
        bodies(d, Role::Cooperate),
        [
            "Trung tâm Bảo tồn động vật hoang dã",
            "Vườn quốc gia Bạch Mã"
        ]
    );
}

/// Collectives narrowed by taking part ("tham gia chương trình …"), by the
/// lower reaches ("hạ du")
/// and the rest of shortened towns ("huyện, thành, thị còn lại").
#[test]
fn collectives_narrowed_by_taking_part_area_reaches_and_the_rest() {
    let n = extract(FIRE_SAFETY_NOTICE);
    let d = directive(&n, "Các hợp tác xã tham gia");
    assert_eq!(
        bodies(d, Role::Lead),
        ["hợp tác xã tham gia chương trình bình ổn thị trường"]
    );
    let d = directive(&n, "UBND các huyện hạ du");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện hạ du"]);
    let d = directive(&n, "UBND các huyện, thành, thị");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND các huyện, thành, thị còn lại"]
    );
}

/// A bare head as a subject ("Chi cục chủ trì …", "Sở chỉ đạo …") refers
/// back to the one body of that head the notice named before; when two of
/// that head were named, which one is meant is unknown and it stays bare.
#[test]
fn a_bare_head_refers_back_to_the_one_body_named_before() {
    let text = "UỶ BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nSố: 45/TB-UBND\nBình Thuận, ngày 12 tháng 8 năm 2023\n\n\
        THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về phòng, chống bệnh dịch tả lợn châu Phi\n\n\
        Ngày 10/8/2023, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp với Sở Nông nghiệp và Phát triển nông thôn, Chi cục Chăn nuôi và Thú y tỉnh và các địa phương. Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Chi cục chủ trì kiểm soát chặt chẽ việc vận chuyển lợn ra, vào địa bàn tỉnh.\n\n\
        2. Sở chỉ đạo các địa phương tiêu hủy lợn bệnh trước ngày 20/8/2023.\n";
    let n = extract(text);
    let d = directive(&n, "Chi cục chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Chăn nuôi và Thú y tỉnh"]);
    let d = directive(&n, "Sở chỉ đạo");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Nông nghiệp và Phát triển nông thôn"]
    );
    let two = text.replace(
        "Thú y tỉnh và các",
        "Thú y tỉnh, Chi cục Thủy sản tỉnh và các",
    );
    let n = extract(&two);
    let d = directive(&n, "Chi cục chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục"]);
}

/// A Chỉ thị's effective-date sentence opens its last paragraph and the
/// paragraph then hands out work ("Giao Công an tỉnh theo dõi, đôn đốc …"):
/// that work is a task of the body given it; the sentence and a generic
/// closing after it are none.
#[test]
fn work_given_after_the_effective_date_sentence_is_a_task() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 07/CT-UBND\nHậu Giang, ngày 3 tháng 4 năm 2022\n\n\
        CHỈ THỊ\nVề tăng cường phòng, chống cháy rừng mùa khô\n\n\
        1. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Kiểm lâm tăng cường tuần tra các khu rừng tràm.\n\n\
        2. UBND các huyện, thị xã, thành phố rà soát phương án chữa cháy rừng trước ngày 15/4/2022.\n\n\
        Chỉ thị này có hiệu lực kể từ ngày ký. Giao Sở Nông nghiệp và Phát triển nông thôn theo dõi, đôn đốc việc thực hiện Chỉ thị này, định kỳ hằng tháng báo cáo Chủ tịch UBND tỉnh. Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện nghiêm túc triển khai thực hiện Chỉ thị này./.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 3, "{:#?}", n.directives);
    let d = directive(&n, "Giao Sở Nông nghiệp");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Nông nghiệp và Phát triển nông thôn"]
    );
    assert_eq!(deadlines(d), [("định kỳ hằng tháng", None)]);
    // Without work after it, the effective-date sentence is a closing.
    let closing_only = text.replace(
        "Giao Sở Nông nghiệp và Phát triển nông thôn theo dõi, đôn đốc việc thực hiện Chỉ thị này, định kỳ hằng tháng báo cáo Chủ tịch UBND tỉnh. ",
        "",
    );
    assert_eq!(extract(&closing_only).directives.len(), 2);
}

/// A bare lead-in label on a line of its own ("Yêu cầu:") after each
/// topic's findings is no task, and it opens the run of the items after it
/// every time it comes, not only the first.
#[test]
fn a_repeated_bare_lead_in_label_opens_each_topic_s_items() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 88/TB-UBND\nNghệ An, ngày 15 tháng 3 năm 2025\n\n\
        THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra các công trình\n\n\
        Sau khi kiểm tra hiện trường, Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Đối với Trạm y tế xã Nghi Phong\n\
        Công trình khởi công tháng 8/2024, đến nay đã xong phần thô, đạt khoảng 60% khối lượng.\n\
        Yêu cầu:\n\
        - Ban Quản lý dự án đầu tư xây dựng tỉnh đôn đốc nhà thầu hoàn thành công trình trước ngày 30/6/2025.\n\
        - Sở Y tế bố trí trang thiết bị cho trạm trong quý III/2025.\n\
        2. Đối với đường giao thông xã Nghi Thái\n\
        Tuyến đường dài 3,2 km, đã giải phóng mặt bằng được 2,5 km; còn 12 hộ chưa bàn giao mặt bằng.\n\
        Yêu cầu:\n\
        - UBND xã Nghi Thái vận động các hộ còn lại bàn giao mặt bằng trước ngày 30/4/2025.\n\
        - Sở Xây dựng kiểm tra chất lượng nền đường trong tháng 5/2025.\n\n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 4, "{:#?}", n.directives);
    assert!(!n.directives.iter().any(|d| d.text.starts_with("Yêu cầu")));
    let d = directive(&n, "UBND xã Nghi Thái vận động");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Nghi Thái"]);
    let d = directive(&n, "Sở Xây dựng kiểm tra");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
}

/// A numbered item or a paragraph under a conclusion that reports what was
/// done in a period ("Hai tháng đầu năm 2014, các lực lượng … đã kiểm tra
/// …", "Năm 2023, hệ thống điện đã trải qua …, phải tiết giảm …") is no
/// task: a count of months in words opens it too, and a modal inside the
/// past clause ("đã …, phải …") told what had to be done then.
#[test]
fn a_report_of_a_past_period_is_no_task() {
    let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 61/TB-UBND\nĐà Nẵng, ngày 20 tháng 3 năm 2015\n\n\
        THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo 389 thành phố\n\n\
        Sau khi nghe báo cáo, Trưởng Ban Chỉ đạo kết luận:\n\n\
        1. Ba tháng đầu năm 2015, các lực lượng chức năng đã kiểm tra 215 vụ, xử lý 190 vụ vi phạm, thu nộp ngân sách 2,1 tỷ đồng.\n\n\
        2. Năm 2014, thị trường đã trải qua nhiều biến động, phải tạm dừng nhập khẩu một số mặt hàng trong tháng 7.\n\n\
        3. Cục Quản lý thị trường chủ trì kiểm tra các cơ sở kinh doanh hàng nhập khẩu trong quý II/2015.\n\n\
        Văn phòng UBND thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 1, "{:#?}", n.directives);
    let d = directive(&n, "Cục Quản lý thị trường");
    assert_eq!(bodies(d, Role::Lead), ["Cục Quản lý thị trường"]);
}

/// A condition after ";" ("trường hợp … thì …", "nếu … thì …") goes on
/// with the task before it: no directive of its own, and a body its
/// consequence names ("giao cho nhà thầu khác", "tham mưu UBND huyện") is
/// no doer.
#[test]
fn a_condition_after_a_semicolon_goes_on_with_the_task() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 120/TB-UBND\nYên Bái, ngày 5 tháng 9 năm 2023\n\n\
        THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh về tiến độ dự án\n\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Giao Ban Quản lý dự án đầu tư xây dựng tỉnh:\n\n\
        1.1. Xử lý nghiêm nhà thầu thi công chậm; trường hợp sau 15 ngày không khắc phục thì chấm dứt hợp đồng, giao cho nhà thầu khác thực hiện.\n\n\
        1.2. Hoàn thiện hồ sơ thanh toán trước ngày 31/12/2023.\n\n\
        2. Sở Tài chính rà soát nguồn vốn; nếu không đủ vốn thì tham mưu UBND tỉnh điều chuyển vốn trong tháng 10/2023.\n\n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n";
    let n = extract(text);
    assert_eq!(n.directives.len(), 3, "{:#?}", n.directives);
    let d = directive(&n, "Xử lý nghiêm nhà thầu");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]
    );
    let d = directive(&n, "Sở Tài chính rà soát");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
}

/// In a copy with one line per paragraph whose title alone is set over
/// several lines, a line that opens with a task verb after a line ending a
/// sentence is a paragraph of its own under the body's heading ("Phối hợp
/// với Sở … hướng dẫn …"), and so is one that opens "Đồng thời" and a task
/// verb: a directive of the heading's body or the item's doer, with its own
/// partner.
#[test]
fn a_task_line_after_a_sentence_end_is_its_own_paragraph_under_a_wrapped_title() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n\nSố: 77/TB-UBND\n\nHải Dương, ngày 10 tháng 5 năm 2021\n\n\
        THÔNG BÁO\nKết luận của đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh\n\
        tại buổi kiểm tra thực địa tiến độ dự án xây dựng và kinh doanh\n\
        kết cấu hạ tầng Khu công nghiệp Phúc Điền mở rộng\n\n\
        Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Ban Quản lý các KCN tỉnh\n\n\
        Chủ trì, phối hợp với Sở Xây dựng kiểm tra, giám sát việc thực hiện quy hoạch chi tiết, chất lượng công trình hạ tầng của dự án; định kỳ hằng tháng báo cáo UBND tỉnh tiến độ thực hiện dự án.\n\
        Phối hợp với Sở Tài nguyên và Môi trường hướng dẫn chủ đầu tư hoàn thiện thủ tục thuê đất đối với phần diện tích đã giải phóng mặt bằng, bàn giao cho các nhà đầu tư thứ cấp.\n\n\
        2. Ban Quản lý dự án đầu tư xây dựng tỉnh chỉ đạo nhà thầu tăng cường máy móc, nhân lực, thi công xong phần nền đường và hệ thống thoát nước của khu công nghiệp trong tháng 6/2021.\n\
        Đồng thời sửa chữa ngay đường công vụ bị hư hỏng, tưới nước chống bụi 2 lần/ngày, không để ảnh hưởng đến sinh hoạt của người dân các thôn lân cận khu công nghiệp.\n\n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n";
    let n = extract(text);
    let d = directive(&n, "Chủ trì, phối hợp với Sở Xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý các KCN tỉnh"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Xây dựng"]);
    let d = directive(&n, "Phối hợp với Sở Tài nguyên");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý các KCN tỉnh"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Tài nguyên và Môi trường"]);
    let d = directive(&n, "Đồng thời sửa chữa");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]
    );
}

/// Names with lower-case parts run whole ("Phòng giao dịch Ngân hàng …",
/// "Cục Quản lý nhà và thị trường bất động sản", "Năng lượng tái tạo") and
/// end at a task verb ("điều phối", "phân luồng", "phát lệnh"), at "xong"
/// and at a time after a receiver ("tuần sau").
#[test]
fn names_with_lower_case_parts_end_at_task_verbs_and_times() {
    let text = "BỘ XÂY DỰNG\nSố: 88/TB-BXD\nHà Nội, ngày 12 tháng 5 năm 2025\n\n\
        THÔNG BÁO\nKết luận của Thứ trưởng tại buổi làm việc với tỉnh Hòa Bình\n\n\
        Sau khi nghe báo cáo, Thứ trưởng kết luận như sau:\n\n\
        1. Giao Phòng giao dịch Ngân hàng Chính sách xã hội huyện Lạc Sơn hướng dẫn người dân vay vốn mua nhà ở xã hội.\n\n\
        2. Cục Quản lý nhà và thị trường bất động sản tổng hợp kiến nghị của tỉnh.\n\n\
        3. Cục Điện lực và Năng lượng tái tạo kiểm tra nguồn điện cho các dự án.\n\n\
        4. Vụ Kế hoạch - Tài chính điều phối thêm vốn cho các dự án chậm tiến độ.\n\n\
        5. Các tổ dân phố phát lệnh gọi công dân tham gia lao động công ích.\n\n\
        6. Các chủ đầu tư gửi hồ sơ về Sở Xây dựng xong trước ngày 30/5/2025.\n\n\
        7. Văn phòng Bộ trình Ban Chỉ đạo tuần sau.\n";
    let n = extract(text);
    let lead = |start: &str| bodies(directive(&n, start), Role::Lead);
    assert_eq!(
        lead("Giao Phòng giao dịch"),
        ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện Lạc Sơn"]
    );
    assert_eq!(
        lead("Cục Quản lý nhà"),
        ["Cục Quản lý nhà và thị trường bất động sản"]
    );
    assert_eq!(lead("Cục Điện lực"), ["Cục Điện lực và Năng lượng tái tạo"]);
    assert_eq!(lead("Vụ Kế hoạch"), ["Vụ Kế hoạch - Tài chính"]);
    assert_eq!(lead("Các tổ dân phố"), ["tổ dân phố"]);
    let d = directive(&n, "Các chủ đầu tư");
    assert_eq!(bodies(d, Role::ReportTo), ["Sở Xây dựng"]);
    let d = directive(&n, "Văn phòng Bộ");
    assert_eq!(bodies(d, Role::ReportTo), ["Ban Chỉ đạo"]);
}

/// A kind's members ("các sở, ngành thành viên") after their heads'
/// titles are the doers; members in charge of a place keep that clause
/// ("các thành viên Ban Chỉ huy phụ trách thôn").
#[test]
fn member_kinds_and_members_in_charge_of_a_place() {
    let text = "BAN CHỈ ĐẠO 389 TỈNH\nSố: 21/TB-BCĐ\nVĩnh Long, ngày 4 tháng 3 năm 2024\n\n\
        THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo 389 tỉnh\n\n\
        Trưởng Ban Chỉ đạo kết luận như sau:\n\n\
        1. Thủ trưởng các sở, ngành thành viên và Chủ tịch UBND các huyện, thị xã báo cáo kết quả về Văn phòng thường trực trước ngày 20/3/2024.\n\n\
        2. Các thành viên Ban Chỉ đạo phụ trách huyện khẩn trương kiểm tra các điểm nóng buôn lậu.\n";
    let n = extract(text);
    let d = directive(&n, "Thủ trưởng các sở");
    assert_eq!(
        bodies(d, Role::Lead),
        ["sở, ngành thành viên", "UBND các huyện, thị xã"]
    );
    let d = directive(&n, "Các thành viên");
    assert_eq!(
        bodies(d, Role::Lead),
        ["thành viên Ban Chỉ đạo phụ trách huyện"]
    );
}

/// A letter's "các đơn vị nêu trên" points back to the bodies of its
/// "Kính gửi:" block: they are the doers.
#[test]
fn the_units_named_above_are_the_letters_addressees() {
    let text =
        "ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\nSố: 311/UBND-YT\nV/v phòng, chống dịch tay chân miệng\n\
        Gia Lâm, ngày 9 tháng 9 năm 2024\n\n\
        Kính gửi:\n- Phòng Y tế huyện;\n- Trung tâm Y tế huyện;\n- UBND các xã, thị trấn.\n\n\
        Thời gian qua, trên địa bàn huyện ghi nhận nhiều ca mắc tay chân miệng ở trẻ nhỏ.\n\n\
        UBND huyện yêu cầu các đơn vị nêu trên khẩn trương thực hiện các nội dung sau:\n\n\
        Tổ chức vệ sinh khử khuẩn tại các trường mầm non, hoàn thành trước ngày 20/9/2024.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(text);
    let d = directive(&n, "Tổ chức vệ sinh");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Phòng Y tế huyện",
            "Trung tâm Y tế huyện",
            "UBND các xã, thị trấn"
        ]
    );
}

/// A news report of a minister's visit: "Thứ trưởng đề nghị tỉnh lưu ý mấy
/// vấn đề sau:" introduces the "Thứ nhất, …" points, and the bare level the
/// minister asks ("tỉnh") is handed down to them; a point naming its own
/// body keeps it. A participant telling what it will do ("Đại diện … cho
/// biết sẽ …") and the links after a bulleted "* Tin liên quan:" are no tasks.
#[test]
fn a_ministers_points_after_a_request_ending_in_a_colon_are_tasks() {
    let text = "Báo Điện tử Tỉnh\n\
        Kinh tế › Giáo dục\n\
        \n\
        Thứ trưởng Giáo dục làm việc với tỉnh về trường học vùng cao\n\
        \n\
        Thứ ba, 12-03-2024, 10:15\n\
        \n\
        BĐT - Ngày 11/3, Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Văn Hòa làm việc với UBND tỉnh về tình hình xây dựng trường học vùng cao.\n\
        \n\
        Theo báo cáo của Sở Giáo dục và Đào tạo, toàn tỉnh còn 120 phòng học tạm, 45 điểm trường chưa có nhà vệ sinh đạt chuẩn.\n\
        \n\
        Kết luận buổi làm việc, Thứ trưởng Phạm Văn Hòa ghi nhận những cố gắng của tỉnh. Để bảo đảm năm học mới, Thứ trưởng đề nghị tỉnh lưu ý mấy vấn đề sau:\n\
        \n\
        Thứ nhất, khẩn trương bố trí vốn xóa phòng học tạm, hoàn thành trước ngày 31/8/2024.\n\
        \n\
        Thứ hai, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu giáo viên trong quý II/2024.\n\
        \n\
        Thứ ba, kiểm tra chặt chẽ việc sử dụng nguồn kinh phí hỗ trợ học sinh bán trú.\n\
        \n\
        Đại diện Ngân hàng Chính sách xã hội cho biết sẽ chỉ đạo chi nhánh tỉnh ưu tiên cho vay xây nhà bán trú.\n\
        \n\
        * Tin liên quan:\n\
        - Tỉnh khởi công 12 trường bán trú\n\
        - Sở Giáo dục và Đào tạo tổ chức tập huấn giáo viên vùng cao\n\
        \n\
        Lượt xem: 1.024\n\
        ";
    let n = extract(text);
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
    let d = directive(&n, "khẩn trương bố trí vốn");
    assert_eq!(bodies(d, Role::Lead), ["tỉnh"]);
    let d = directive(&n, "Sở Giáo dục và Đào tạo chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Sở Giáo dục và Đào tạo"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Tài chính"]);
    assert_eq!(
        bodies(directive(&n, "kiểm tra chặt chẽ"), Role::Lead),
        ["tỉnh"]
    );
    no_directive_with(
        &n,
        &[
            "Đại diện Ngân hàng",
            "khởi công 12 trường",
            "tổ chức tập huấn",
        ],
    );
    // "Bộ trưởng Bộ Y tế chỉ đạo Cục …": the title before the body it heads
    // names that body; only the bare title speaks.
    let cd = extract(
        "THÔNG BÁO\n\nThủ tướng yêu cầu các bộ, ngành khẩn trương triển khai các nhiệm vụ sau:\n\n\
         1. Bộ trưởng Bộ Y tế chỉ đạo Cục Quản lý Khám, chữa bệnh bố trí đủ giường hồi sức tích cực.\n",
    );
    let d = directive(&cd, "Bộ trưởng Bộ Y tế");
    assert_eq!(bodies(d, Role::Lead), ["Bộ Y tế"]);
}

/// In a news report, after the leader asked ("… nên yêu cầu các địa phương
/// không được lơ là."), a paragraph whose body must do concrete work ("Theo
/// đó, Ban Chỉ huy … các xã phải rà soát …", "…; các ngành, địa phương cần
/// kiểm tra ngay …") is a directive of that body. A quoted slogan ('"Mỗi cán
/// bộ phải là một tấm gương …", Chủ tịch nhấn mạnh.') asks no work.
#[test]
fn a_bodys_duty_told_after_the_leaders_request_is_a_task() {
    let text = "Báo Tỉnh điện tử\n\
        Trang chủ / Chính trị\n\
        \n\
        Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống lụt bão\n\
        \n\
        05/09/2025 08:30 | Minh Anh\n\
        \n\
        Ngày 4/9/2025, đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh đã kiểm tra công tác phòng, chống lụt bão tại huyện Kỳ Sơn.\n\
        \n\
        Báo cáo của UBND huyện cho biết, huyện đã di dời 120 hộ dân khỏi vùng nguy hiểm; một số tuyến đê còn xung yếu.\n\
        \n\
        Phát biểu kết luận, Chủ tịch UBND tỉnh ghi nhận sự chủ động của huyện. Đồng chí nhấn mạnh mùa mưa bão năm nay diễn biến phức tạp, nên yêu cầu các địa phương không được lơ là.\n\
        \n\
        Theo đó, Ban Chỉ huy phòng thủ dân sự các xã phải rà soát kỹ phương án sơ tán dân, hoàn thành trước ngày 15/9/2025.\n\
        \n\
        Đồng chí nhấn mạnh, mùa mưa còn kéo dài; các ngành, địa phương cần kiểm tra ngay các tuyến đê xung yếu, không để xảy ra sự cố.\n\
        \n\
        Đồng chí đề nghị Sở Nông nghiệp và Môi trường kiểm tra các hồ đập trước ngày 20/9/2025.\n\
        \n\
        \"Mỗi cán bộ phải là một tấm gương trong phòng, chống thiên tai\", Chủ tịch UBND tỉnh nhấn mạnh.\n\
        \n\
        Minh Anh\n\
        ";
    let n = extract(text);
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
    let d = directive(&n, "Theo đó, Ban Chỉ huy");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Chỉ huy phòng thủ dân sự các xã"]
    );
    assert_eq!(deadlines(d), [("trước ngày 15/9/2025", Some("2025-09-15"))]);
    let d = directive(&n, "Đồng chí nhấn mạnh, mùa mưa");
    assert_eq!(bodies(d, Role::Lead), ["ngành, địa phương"]);
    no_directive_with(&n, &["tấm gương", "không được lơ là"]);
}

/// "Ông nhấn mạnh, đây là công trình trọng điểm …, vì vậy yêu cầu các nhà
/// thầu phải …": the leader speaking asks the contractors, who do the work
/// (not the told-of party of another body's work).
#[test]
fn contractors_asked_in_the_leaders_speech_are_the_doers() {
    let n = extract("Thời sự\n\
        \n\
        Chủ tịch UBND tỉnh kiểm tra dự án trường chuyên\n\
        \n\
        20/05/2024 15:00\n\
        \n\
        Chiều 19/5, Chủ tịch UBND tỉnh Lê Văn Hùng đã kiểm tra tiến độ dự án Trường THPT chuyên của tỉnh.\n\
        \n\
        Dự án có tổng mức đầu tư 420 tỉ đồng, khối lượng thực hiện mới đạt khoảng 55%.\n\
        \n\
        Ông nhấn mạnh, đây là công trình trọng điểm của ngành giáo dục, vì vậy yêu cầu các nhà thầu phải tăng cường nhân lực, máy móc, bảo đảm hoàn thành trước ngày 15/8/2024.\n\
        \n\
        Thanh Hà\n\
        ");
    let d = directive(&n, "Ông nhấn mạnh");
    assert_eq!(bodies(d, Role::Lead), ["nhà thầu"]);
    assert_eq!(deadlines(d), [("trước ngày 15/8/2024", Some("2024-08-15"))]);
}

/// "Bộ trưởng đề nghị UBND tỉnh tập trung vào các nhóm giải pháp:" leads
/// into the numbered groups: no task itself, its body handed down.
#[test]
fn a_lead_in_to_groups_of_measures_is_no_task() {
    let n = extract("Thời sự\n\
        \n\
        Bộ trưởng Y tế làm việc với tỉnh về phòng, chống dịch\n\
        \n\
        10/08/2021 09:00\n\
        \n\
        TTXVN - Ngày 9/8, Bộ trưởng Y tế làm việc với tỉnh về công tác phòng, chống dịch COVID-19.\n\
        \n\
        Phát biểu chỉ đạo, Bộ trưởng đánh giá cao nỗ lực của tỉnh. Bộ trưởng đề nghị UBND tỉnh tập trung vào các nhóm giải pháp:\n\
        \n\
        (1) Xét nghiệm diện rộng tại các khu vực nguy cơ rất cao, hoàn thành trong tháng 8/2021;\n\
        \n\
        (2) Sở Y tế khẩn trương bố trí thêm 300 giường hồi sức tích cực trước ngày 31/8/2021.\n\
        ");
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
    assert_eq!(
        bodies(directive(&n, "Xét nghiệm diện rộng"), Role::Lead),
        ["UBND tỉnh"]
    );
    no_directive_with(&n, &["các nhóm giải pháp"]);
}

/// "\"Công ty … phải coi đây là nhiệm vụ chính trị\", Chủ tịch nói và đề
/// nghị Công ty … cùng X, Y di dời …": after a quotation that named the
/// doer, the speaker's request names it again; X and Y are its partners.
#[test]
fn partners_after_a_request_that_follows_a_quotation() {
    let n = extract("Thời sự\n\
        \n\
        Chủ tịch UBND tỉnh kiểm tra dự án đường vành đai\n\
        \n\
        12/06/2024 10:00\n\
        \n\
        Sáng 11/6, Chủ tịch UBND tỉnh Trần Văn Lâm đã kiểm tra tiến độ dự án đường vành đai phía Tây.\n\
        \n\
        \"Công ty Điện lực tỉnh phải coi việc di dời lưới điện là nhiệm vụ trọng tâm\", Chủ tịch nói và đề nghị Công ty Điện lực tỉnh cùng Công ty Cổ phần Cấp nước Hòa Bình, Trung tâm Viễn thông tỉnh di dời các công trình còn lại trước ngày 30/8/2024.\n\
        \n\
        Minh Khang\n\
        ");
    let d = directive(&n, "\"Công ty Điện lực tỉnh phải");
    assert_eq!(bodies(d, Role::Lead), ["Công ty Điện lực tỉnh"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        [
            "Công ty Cổ phần Cấp nước Hòa Bình",
            "Trung tâm Viễn thông tỉnh"
        ]
    );
}

/// "Lưu ý các doanh nghiệp, khu công nghiệp, Bộ trưởng đề nghị Ban Quản lý
/// … hướng dẫn doanh nghiệp …": the bodies the remark is about are no
/// doers; the body the speaker asks is.
#[test]
fn bodies_of_a_remark_before_the_speaker_are_no_doers() {
    let n = extract("Thời sự\n\
        \n\
        Bộ trưởng Công Thương làm việc với tỉnh\n\
        \n\
        05/09/2021 08:00\n\
        \n\
        Ngày 4/9, Bộ trưởng Công Thương làm việc với tỉnh về bảo đảm chuỗi cung ứng hàng hóa.\n\
        \n\
        Lưu ý các hợp tác xã, chợ đầu mối, Bộ trưởng đề nghị Sở Công Thương tỉnh hướng dẫn hợp tác xã chỉ vận chuyển hàng hóa khi có giấy nhận diện phương tiện.\n\
        \n\
        Hải Yến\n\
        ");
    let d = directive(&n, "Lưu ý các hợp tác xã");
    assert_eq!(bodies(d, Role::Lead), ["Sở Công Thương tỉnh"]);
}

/// Partners named as a unit and its parent ("Cảnh sát đường thủy - Công an
/// tỉnh"), a board's place then a numbered place after a comma ("Ban Quản lý
/// dự án khu vực, tổ dân phố 7": two bodies), and a kind whose members are
/// named in brackets ("các tổ chức hội (Hội Nông dân, Hội Cựu chiến binh)").
#[test]
fn partners_named_with_a_parent_a_numbered_place_or_in_brackets() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        HUYỆN TÂN PHÚ\n\
        Số: 45/TB-UBND\n\
        Tân Phú, ngày 12 tháng 4 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện\n\
        \n\
        1. Phòng Kinh tế và Hạ tầng phối hợp với Cảnh sát đường thủy - Công an tỉnh kiểm tra các bến đò ngang.\n\
        2. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu vực, tổ dân phố 7 vận động các hộ dân bàn giao mặt bằng.\n\
        3. Phòng giao dịch Ngân hàng Chính sách xã hội huyện phối hợp UBND các xã và các tổ chức hội nhận ủy thác (Hội Nông dân, Hội Cựu chiến binh) rà soát nợ quá hạn.\n\
        ");
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Cảnh sát đường thủy - Công an tỉnh"]
    );
    let d = directive(&n, "Phòng Tài nguyên và Môi trường");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban Quản lý dự án đầu tư xây dựng khu vực", "tổ dân phố 7"]
    );
    let d = directive(&n, "Phòng giao dịch");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["UBND các xã", "Hội Nông dân", "Hội Cựu chiến binh"]
    );
}

/// "Các đơn vị định kỳ trước ngày 25 hằng tháng báo cáo …" after the last
/// item: the collective opening the paragraph is its own doer, though a day
/// of the month stands inside the recurrence before the verb.
#[test]
fn a_collective_before_a_monthly_day_opens_its_own_paragraph() {
    let n = extract("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 212/TB-UBND\n\
        Yên Bái, ngày 12 tháng 6 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về dự án đường nối hai huyện\n\
        \n\
        Phó Chủ tịch UBND tỉnh kết luận:\n\
        \n\
        1. Sở Giao thông vận tải đôn đốc nhà thầu tăng ca, bảo đảm thông xe tuyến đường trước ngày 30/9/2024.\n\
        \n\
        2. UBND huyện Văn Yên hoàn thành chi trả tiền bồi thường cho các hộ dân trước ngày 15/7/2024.\n\
        \n\
        Các đơn vị định kỳ trước ngày 25 hằng tháng báo cáo kết quả thực hiện về Sở Giao thông vận tải để tổng hợp.\n\
        \n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n");
    let d = directive(&n, "Các đơn vị định kỳ");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị"], "{:#?}", d.responsible);
    assert!(!d.responsible.iter().any(|p| p.inherited));
}

/// "d) Sở Tài chính … bố trí vốn …" ⏎ "Công trình phải hoàn thành …": the
/// work itself is the subject of its duty; the item before hands it no doer.
#[test]
fn a_thing_that_must_be_done_after_the_last_item_takes_no_doer() {
    let n = extract("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 54/TB-VPUB\n\
        Hậu Giang, ngày 10 tháng 3 năm 2019\n\
        \n\
        THÔNG BÁO\n\
        Ý kiến kết luận của Phó Chủ tịch UBND tỉnh khi kiểm tra công trình cầu Cái Tắc\n\
        \n\
        Phó Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        a) Ban Quản lý dự án đầu tư xây dựng tỉnh chỉ đạo nhà thầu tăng cường thiết bị, thi công xong mố cầu trước mùa mưa năm 2019.\n\
        \n\
        b) Sở Tài chính cân đối, bố trí bổ sung vốn cho dự án trong kế hoạch vốn năm 2019.\n\
        \n\
        Cầu phải thông xe trước ngày 30/4/2020 để chào mừng kỷ niệm ngày giải phóng miền Nam.\n\
        \n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n");
    let d = directive(&n, "Cầu phải thông xe");
    assert!(d.responsible.is_empty(), "{:#?}", d.responsible);
    assert_eq!(deadlines(d), [("trước ngày 30/4/2020", Some("2020-04-30"))]);
}

/// "Thứ năm, Tổ giúp việc … tham mưu …" ⏎ "Đối với cán bộ, công chức xã:
/// mỗi người phải …": the paragraph names whom it is for; the item before
/// hands it nothing.
#[test]
fn a_paragraph_for_people_named_before_a_colon_takes_nothing_from_the_item() {
    let n = extract("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 31/TB-UBND\n\
        Tân Phú, ngày 04 tháng 11 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Trưởng Ban Chỉ đạo chuyển đổi số xã\n\
        \n\
        Trưởng Ban Chỉ đạo kết luận như sau:\n\
        \n\
        Thứ nhất, Công an xã tiếp tục cấp tài khoản định danh điện tử cho người dân, hoàn thành trong tháng 12/2025.\n\
        \n\
        Thứ hai, Tổ giúp việc Ban Chỉ đạo tham mưu xây dựng Kế hoạch chuyển đổi số năm 2026.\n\
        \n\
        Đối với cán bộ, công chức xã: mỗi người phải sử dụng chữ ký số trong xử lý hồ sơ công việc.\n\
        \n\
        Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.\n");
    let d = directive(&n, "Đối với cán bộ");
    assert!(
        !d.responsible
            .iter()
            .any(|p| p.name.contains("Tổ giúp việc")),
        "{:#?}",
        d.responsible
    );
}

/// "Lễ giao quân dự kiến tổ chức vào ngày …. Ban Chỉ huy Quân sự xã tổng
/// hợp …": what is planned, then a named body's work in one closing
/// paragraph: the work is a task (without the event's day).
#[test]
fn a_task_after_a_schedule_sentence_in_a_closing_paragraph() {
    let n = extract("ỦY BAN NHÂN DÂN\nXÃ HƯƠNG SƠN\nSố: 18/TB-UBND\n\
        Hương Sơn, ngày 05 tháng 12 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã về công tác tuyển quân năm 2026\n\
        \n\
        Chủ tịch UBND xã yêu cầu:\n\
        \n\
        (1) Trạm Y tế xã chuẩn bị lực lượng khám sơ tuyển trong tháng 12/2025.\n\
        \n\
        (2) Công an xã thẩm tra, xác minh lý lịch công dân theo quy định.\n\
        \n\
        Lễ giao quân dự kiến tổ chức vào ngày 05/3/2026. Ban Chỉ huy Quân sự xã tổng hợp tình hình, báo cáo UBND xã vào thứ Sáu hằng tuần./.\n\
        \n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n");
    let d = directive(&n, "Ban Chỉ huy Quân sự xã tổng hợp");
    assert_eq!(bodies(d, Role::Lead), ["Ban Chỉ huy Quân sự xã"]);
    assert!(!d.deadlines.iter().any(|x| x.text.contains("05/3/2026")));
}

/// "…, yêu cầu Thủ trưởng các sở, ngành … khẩn trương triển khai thực hiện;
/// Sở Nông nghiệp và PTNT theo dõi, tổng hợp, báo cáo …./.": after the
/// formula's clause, a named body's own work is a task.
#[test]
fn a_named_bodys_work_after_the_closing_formula_in_one_sentence() {
    let n = extract("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 1520/UBND-NN\n\
        Quảng Trị, ngày 02 tháng 7 năm 2020\n\
        \n\
        V/v tăng cường phòng cháy, chữa cháy rừng\n\
        \n\
        Kính gửi:\n- Các sở, ban, ngành;\n- UBND các huyện.\n\
        \n\
        Để chủ động phòng cháy, chữa cháy rừng, Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        1. UBND các huyện kiểm tra phương án phòng cháy, chữa cháy rừng của các chủ rừng trước ngày 15/7/2020.\n\
        \n\
        2. Công an tỉnh điều tra, xử lý nghiêm các vụ gây cháy rừng.\n\
        \n\
        Đây là nhiệm vụ cấp bách, yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện khẩn trương triển khai thực hiện; Chi cục Kiểm lâm theo dõi, tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện./.\n\
        \n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n");
    let d = directive(&n, "Chi cục Kiểm lâm theo dõi");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Kiểm lâm"]);
}

/// A lead time before a named event whose day the notice prints elsewhere
/// ("ngày bầu cử là Chủ nhật, ngày 15/3/2026") is dated from that day,
/// before or after it, whichever of the event's names it uses ("ngày bỏ
/// phiếu"); the event's name alone ("trong ngày bầu cử") stays undated.
#[test]
fn lead_times_before_a_printed_event_day_are_dated_from_it() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        XÃ PHÚ LỘC\n\
        Số: 08/KH-UBND\n\
        Phú Lộc, ngày 12 tháng 01 năm 2026\n\
        \n\
        KẾ HOẠCH\n\
        Tổ chức bầu cử đại biểu HĐND xã\n\
        \n\
        I. MỤC ĐÍCH\n\
        Bảo đảm cuộc bầu cử thành công; ngày bầu cử là Chủ nhật, ngày 15/3/2026.\n\
        \n\
        II. NHIỆM VỤ\n\
        1. Công an xã xây dựng phương án bảo vệ các điểm bỏ phiếu, hoàn thành chậm nhất 20 ngày trước ngày bầu cử.\n\
        2. Các thôn niêm yết danh sách cử tri ít nhất 3 tuần trước ngày bỏ phiếu.\n\
        3. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo trong vòng 5 ngày sau ngày bầu cử.\n\
        4. Trạm Y tế xã bố trí cán bộ trực tại các khu vực bỏ phiếu trong ngày bầu cử.\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "Công an xã")),
        [("chậm nhất 20 ngày trước ngày bầu cử", Some("2026-02-23"))]
    );
    assert_eq!(
        deadlines(directive(&n, "Các thôn")),
        [("ít nhất 3 tuần trước ngày bỏ phiếu", Some("2026-02-22"))]
    );
    assert_eq!(
        deadlines(directive(&n, "Văn phòng HĐND")),
        [("trong vòng 5 ngày sau ngày bầu cử", Some("2026-03-20"))]
    );
    assert_eq!(
        deadlines(directive(&n, "Trạm Y tế")),
        [("trong ngày bầu cử", None)]
    );
}

/// An event printed with two different days (a past election told of beside
/// the coming one) dates no lead time before it.
#[test]
fn an_event_printed_with_two_days_dates_no_lead_time() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        PHƯỜNG AN HÒA\n\
        Số: 15/KH-UBND\n\
        An Hòa, ngày 20 tháng 01 năm 2026\n\
        \n\
        KẾ HOẠCH\n\
        Tổ chức bầu cử\n\
        \n\
        I. MỤC ĐÍCH\n\
        Nhiệm kỳ trước, ngày bầu cử 23/5/2021 diễn ra an toàn; ngày bầu cử 15/3/2026 phải bảo đảm dân chủ. Lễ khai giảng năm học mới tổ chức vào ngày 5/9/2026.\n\
        \n\
        II. NHIỆM VỤ\n\
        1. Công an phường xây dựng phương án bảo vệ, hoàn thành chậm nhất 20 ngày trước ngày bầu cử.\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        Trường Tiểu học An Hòa sửa chữa phòng học xong chậm nhất 10 ngày trước lễ khai giảng.\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "Công an phường")),
        [("chậm nhất 20 ngày trước ngày bầu cử", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Trường Tiểu học")),
        [("chậm nhất 10 ngày trước lễ khai giảng", Some("2026-08-26"))]
    );
}

/// Not deadlines: a trigger each time a file comes in ("ngay khi nhận đủ hồ
/// sơ hợp lệ") and how long a procedure may take ("xuống không quá 30
/// ngày"); a delay "trong thời hạn không quá 15 ngày kể từ …" is one, and a
/// school year to its end ("đến hết năm học 2022-2023") is no calendar year,
/// nor the first month of next quarter a plain quarter.
#[test]
fn triggers_and_lengths_are_no_deadlines_and_school_years_stay_whole() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        TỈNH NINH THUẬN\n\
        Số: 45/TB-UBND\n\
        Ninh Thuận, ngày 10 tháng 3 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh\n\
        \n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\
        1. Kho bạc Nhà nước tỉnh thanh toán vốn cho các công trình ngay khi nhận được hồ sơ đề nghị hợp lệ.\n\
        2. Sở Tài nguyên và Môi trường rút ngắn thời gian cấp giấy chứng nhận xuống không quá 20 ngày.\n\
        3. Sở Tư pháp giải quyết yêu cầu của công dân trong thời hạn không quá 10 ngày kể từ ngày nhận hồ sơ.\n\
        4. Sở Giáo dục và Đào tạo duy trì sĩ số học sinh đến hết năm học 2022 - 2023.\n\
        5. Các huyện báo cáo kết quả định kỳ trước ngày 15 của tháng đầu quý sau.\n\
        ");
    assert_eq!(deadlines(directive(&n, "Kho bạc")), []);
    assert_eq!(deadlines(directive(&n, "Sở Tài nguyên")), []);
    assert_eq!(
        deadlines(directive(&n, "Sở Tư pháp")),
        [(
            "trong thời hạn không quá 10 ngày kể từ ngày nhận hồ sơ",
            None
        )]
    );
    assert_eq!(
        deadlines(directive(&n, "Sở Giáo dục")),
        [("đến hết năm học 2022 - 2023", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Các huyện")),
        [("định kỳ trước ngày 15 của tháng đầu quý sau", None)]
    );
}

/// Deadlines of a weekly briefing's conclusions: a weekday before the day
/// ("xong trước thứ Sáu ngày 20/3/2015"), a target year to strive for
/// ("phấn đấu đến năm 2017"), the session a text is submitted to ("trình kỳ
/// họp cuối năm 2015": the session, undated, not the year's end), a campaign
/// month named by its title and the first week of a school year (undated),
/// a review report asked for a period without its year (due at its end in
/// the notice's year), and a session with its rough time in brackets (one
/// phrase, undated). Not deadlines: the period of the reports a council's
/// body examines ("thẩm tra các báo cáo về … 6 tháng đầu năm 2015").
#[test]
fn weekdays_target_years_sessions_and_campaign_months() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        HUYỆN NGHI LỘC\n\
        Số: 52/TB-UBND\n\
        Nghi Lộc, ngày 16 tháng 3 năm 2015\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tuần\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        1. Phòng Kinh tế và Hạ tầng rà soát các khoản nợ đọng xây dựng cơ bản, báo cáo UBND huyện xong trước thứ Sáu ngày 20/3/2015.\n\
        2. Phòng Tài chính - Kế hoạch ưu tiên bố trí vốn xây dựng phòng học; phấn đấu đến năm 2017 không còn phòng học tạm.\n\
        3. Ban Pháp chế HĐND huyện chủ động thẩm tra các báo cáo về công tác thi hành án dân sự, hành chính 6 tháng đầu năm 2015.\n\
        4. Văn phòng HĐND và UBND huyện hoàn thiện các tờ trình trình kỳ họp cuối năm 2015, gửi Thường trực HĐND huyện chậm nhất ngày 10/11/2015.\n\
        5. Đài Truyền thanh huyện phát sóng chuyên mục an toàn thực phẩm 2 lần/tuần trong suốt Tháng hành động vì an toàn thực phẩm.\n\
        6. Phòng Nội vụ xây dựng kế hoạch trong 10 ngày kể từ ngày ký Thông báo này; báo cáo sơ kết 6 tháng đầu năm.\n\
        7. Phòng Tư pháp báo cáo Thường trực HĐND huyện tại kỳ họp thứ 5 HĐND huyện khóa XVIII (giữa năm 2015).\n\
        8. Phòng Giáo dục và Đào tạo chỉ đạo các trường tổ chức tuyên truyền trong tuần đầu năm học mới.\n",
    );
    assert_eq!(
        deadlines(directive(&n, "Phòng Kinh tế")),
        [("xong trước thứ Sáu ngày 20/3/2015", Some("2015-03-20"))]
    );
    assert_eq!(
        deadlines(directive(&n, "Phòng Tài chính")),
        [("phấn đấu đến năm 2017", Some("2017-12-31"))]
    );
    assert_eq!(deadlines(directive(&n, "Ban Pháp chế")), []);
    assert_eq!(
        deadlines(directive(&n, "Văn phòng HĐND")),
        [
            ("trình kỳ họp cuối năm 2015", None),
            ("chậm nhất ngày 10/11/2015", Some("2015-11-10"))
        ]
    );
    assert_eq!(
        deadlines(directive(&n, "Đài Truyền thanh")),
        [
            ("2 lần/tuần", None),
            ("trong suốt Tháng hành động vì an toàn thực phẩm", None)
        ]
    );
    assert_eq!(
        deadlines(directive(&n, "Phòng Nội vụ")),
        [
            (
                "trong 10 ngày kể từ ngày ký Thông báo này",
                Some("2015-03-26")
            ),
            ("6 tháng đầu năm", Some("2015-06-30"))
        ]
    );
    assert_eq!(
        deadlines(directive(&n, "Phòng Tư pháp")),
        [(
            "tại kỳ họp thứ 5 HĐND huyện khóa XVIII (giữa năm 2015)",
            None
        )]
    );
    assert_eq!(
        deadlines(directive(&n, "Phòng Giáo dục")),
        [("trong tuần đầu năm học mới", None)]
    );
}

/// The boards that manage a place unit (`các ban quản lý ấp`, `ban quản lý
/// khu phố`) are one collective body, not a bare "ban"; the traffic
/// inspectorate named with its sector in lower case is a body after a bare
/// `phối hợp` (no `với`) opening a list, not the verb "thanh tra", which
/// stays the work in lower case.
#[test]
fn place_unit_boards_and_the_traffic_inspectorate_are_bodies() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        XÃ TÂN PHÚ\n\
        Số: 27/TB-UBND\n\
        Tân Phú, ngày 14 tháng 4 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 4 năm 2025\n\
        \n\
        1. Đội Quản lý trật tự đô thị chủ trì, phối hợp với các ban quản lý ấp rà soát, lập biên bản các trường hợp lấn chiếm hành lang an toàn giao thông.\n\
        2. Công an xã chủ trì, phối hợp Thanh tra giao thông, Đội Quản lý trật tự đô thị tăng cường tuần tra, xử lý xe quá tải trên tuyến đê.\n\
        3. Phòng Kinh tế chủ trì, phối hợp thanh tra xây dựng các công trình trên địa bàn xã.\n\
        ");
    let d = directive(&n, "Đội Quản lý trật tự đô thị chủ trì");
    assert_eq!(bodies(d, Role::Cooperate), ["ban quản lý ấp"]);
    let d = directive(&n, "Công an xã chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Thanh tra giao thông", "Đội Quản lý trật tự đô thị"]
    );
    let d = directive(&n, "Phòng Kinh tế chủ trì");
    assert_eq!(bodies(d, Role::Cooperate), Vec::<&str>::new());
}

/// A kind's head in capitals after "các" over domains set apart by commas,
/// without a colon ("các Sở Tài chính, Xây dựng"), names one body per
/// domain; a domain with a comma inside ("Văn hóa, Thể thao và Du lịch")
/// stays whole.
#[test]
fn a_plural_head_over_comma_domains_without_a_colon_is_distributed() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        TỈNH HẬU GIANG\n\
        Số: 88/TB-VPUBND\n\
        Hậu Giang, ngày 22 tháng 5 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công\n\
        \n\
        1. Giao các Sở Tài chính, Xây dựng rà soát các dự án chậm giải ngân, đề xuất điều chuyển vốn.\n\
        2. Các Sở Văn hóa, Thể thao và Du lịch, Y tế chuẩn bị các hoạt động chào mừng ngày lễ.\n\
        ");
    let d = directive(&n, "Giao các Sở Tài chính, Xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính", "Sở Xây dựng"]);
    let d = directive(&n, "Các Sở Văn hóa");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]
    );
}

/// Lead times and times bound to an event: a lead time before an event ends
/// before the work that follows it ("… trước ngày khai mạc đại hội phải gửi
/// …") and takes the event's owner before "ít nhất N ngày"; a council's
/// special session, the whole crop season, a bare clock time after a daily
/// round (in brackets: a phrase of its own) and the same day are times too.
#[test]
fn lead_times_end_at_the_work_and_event_bound_times_are_found() {
    let n = extract("HUYỆN ỦY TÂN KỲ\n\
        Số: 112-TB/HU\n\
        Tân Kỳ, ngày 15 tháng 4 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Ban Thường vụ Huyện ủy\n\
        \n\
        Ban Thường vụ Huyện ủy kết luận như sau:\n\
        1. Ban Tổ chức Huyện ủy thẩm định văn kiện chậm nhất 15 ngày trước ngày khai mạc đại hội phải gửi kết quả cho Thường trực Huyện ủy.\n\
        2. Các chi bộ gửi báo cáo về Huyện ủy trước thời điểm đại hội của từng chi bộ ít nhất 20 ngày.\n\
        3. Đảng đoàn HĐND huyện lãnh đạo HĐND huyện xem xét, bố trí kinh phí khắc phục hậu quả tại kỳ họp chuyên đề gần nhất.\n\
        4. Trạm Thủy lợi vận hành cống, trạm bơm bảo đảm nước tưới trong suốt vụ.\n\
        5. Văn phòng HĐND và UBND huyện tổng hợp tình hình, báo cáo hằng ngày trong các ngày nghỉ Tết (trước 16 giờ).\n\
        6. Ban Quản lý dịch vụ công ích huyện thu gom rác thải sinh hoạt trong ngày.\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "Ban Tổ chức")),
        [("chậm nhất 15 ngày trước ngày khai mạc đại hội", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Các chi bộ")),
        [(
            "trước thời điểm đại hội của từng chi bộ ít nhất 20 ngày",
            None
        )]
    );
    assert_eq!(
        deadlines(directive(&n, "Đảng đoàn")),
        [("tại kỳ họp chuyên đề gần nhất", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Trạm Thủy lợi")),
        [("trong suốt vụ", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Văn phòng HĐND")),
        [
            ("hằng ngày trong các ngày nghỉ Tết", None),
            ("trước 16 giờ", None)
        ]
    );
    assert_eq!(
        deadlines(directive(&n, "Ban Quản lý")),
        [("trong ngày", None)]
    );
}

/// Not deadlines: diseases of animals and damage told by the event they follow
/// ("dịch bệnh gia súc, gia cầm sau mưa lũ", "thiệt hại sau bão"), a year
/// that tells which things were found ("đã được xác định trong năm 2024"),
/// a schedule named by its time ("lịch thi sau Tết"); the days that follow
/// them still count.
#[test]
fn things_told_by_a_time_are_no_deadlines() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        HUYỆN CAM LỘ\n\
        Số: 88/TB-UBND\n\
        Cam Lộ, ngày 20 tháng 9 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        1. Phòng Kinh tế và Hạ tầng lắp biển báo tại các điểm đen đã được xác định trong năm 2024; hoàn thành trước Tết Nguyên đán.\n\
        2. Trung tâm Dịch vụ nông nghiệp huyện chuẩn bị hóa chất phòng chống dịch bệnh gia súc, gia cầm sau mưa lũ, báo cáo trước ngày 30/10/2024.\n\
        3. UBND các xã thống kê thiệt hại sau bão, báo cáo UBND huyện trước ngày 15/10/2024.\n\
        4. Trường Trung cấp nghề huyện thông báo công khai lịch thi sau Tết.\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "Phòng Kinh tế")),
        [("trước Tết Nguyên đán", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Trung tâm Dịch vụ")),
        [("trước ngày 30/10/2024", Some("2024-10-30"))]
    );
    assert_eq!(
        deadlines(directive(&n, "UBND các xã")),
        [("trước ngày 15/10/2024", Some("2024-10-15"))]
    );
    assert_eq!(deadlines(directive(&n, "Trường Trung cấp")), []);
}

/// A distributed list keeps a head of two words whole ("Các Chi cục: Thủy
/// lợi, …" → "Chi cục Thủy lợi"; "Các Trung tâm: …", "Các Đội: …"), and a
/// plural kind keeps a bare "trên địa bàn" after it.
#[test]
fn distributed_lists_keep_two_word_heads_and_kinds_keep_their_area() {
    let n = extract("UBND TỈNH GIA LAI\n\
        SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\
        Số: 210/TB-SNNMT\n\
        Gia Lai, ngày 12 tháng 8 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 8\n\
        \n\
        Giám đốc Sở kết luận như sau:\n\
        1. Các Chi cục: Thủy lợi, Trồng trọt và Bảo vệ thực vật rà soát kế hoạch sản xuất vụ mùa, báo cáo trước ngày 25/8/2025.\n\
        2. Các Trung tâm: Khuyến nông, Nước sạch hướng dẫn nông dân chuyển đổi giống lúa.\n\
        3. Các Đội: Trật tự đô thị, Kiểm lâm cơ động kiểm tra việc vận chuyển lâm sản.\n\
        4. Văn phòng Sở phối hợp với các hợp tác xã trên địa bàn trong việc tiêu thụ nông sản.\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Các Chi cục"), Role::Lead),
        ["Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật"]
    );
    assert_eq!(
        bodies(directive(&n, "Các Trung tâm"), Role::Lead),
        ["Trung tâm Khuyến nông", "Trung tâm Nước sạch"]
    );
    assert_eq!(
        bodies(directive(&n, "Các Đội"), Role::Lead),
        ["Đội Trật tự đô thị", "Đội Kiểm lâm cơ động"]
    );
    assert_eq!(
        bodies(directive(&n, "Văn phòng Sở"), Role::Cooperate),
        ["hợp tác xã trên địa bàn"]
    );
}

/// The two-level local government: a commune civil servant named by a
/// lower-case field ("công chức tư pháp - hộ tịch") is a partner and the list
/// goes on after it; "Trưởng ấp các ấp" is the hamlets' collective.
#[test]
fn commune_posts_in_lower_case_and_heads_of_every_hamlet() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        XÃ HÒA BÌNH\n\
        Số: 35/TB-UBND\n\
        Hòa Bình, ngày 20 tháng 9 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp về cải cách hành chính\n\
        \n\
        Chủ tịch UBND xã kết luận như sau:\n\
        1. Phòng Văn hóa - Xã hội chủ trì, phối hợp với công chức tư pháp - hộ tịch và Công an xã rà soát hồ sơ khai sinh, hoàn thành trước ngày 15/10/2025.\n\
        2. Trưởng ấp các ấp: phối hợp với Chi hội Nông dân ấp vận động người dân đăng ký tài khoản định danh điện tử.\n\
        3. Phòng Kinh tế phối hợp với công chức địa chính - xây dựng xã và Trung tâm Phục vụ hành chính công xã rà soát hồ sơ đất đai.\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Phòng Văn hóa"), Role::Cooperate),
        ["công chức tư pháp - hộ tịch", "Công an xã"]
    );
    let d = directive(&n, "Trưởng ấp");
    assert_eq!(bodies(d, Role::Lead), ["ấp"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Chi hội Nông dân ấp"]);
    assert_eq!(
        bodies(directive(&n, "Phòng Kinh tế"), Role::Cooperate),
        [
            "công chức địa chính - xây dựng xã",
            "Trung tâm Phục vụ hành chính công xã"
        ]
    );
}

/// A bullet that holds a whole task (a body, its work, its deadline, ending
/// ";") stays a task though sub-bullets follow it; the "+" lines under it
/// are more work of the same body, not the bullet's items.
#[test]
fn a_whole_task_bullet_over_sub_bullets_is_a_task() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        XÃ TÂN HÒA\n\
        Số: 41/UBND-VP\n\
        Tân Hòa, ngày 08 tháng 01 năm 2026\n\
        \n\
        Kính gửi: Các phòng, đơn vị thuộc UBND xã.\n\
        \n\
        1. Về công tác bầu cử\n\
        Chủ tịch UBND xã yêu cầu:\n\
        - Phòng Kinh tế chủ trì, phối hợp với Công an xã rà soát các điểm bỏ phiếu, hoàn thành chậm nhất ngày 20/02/2026;\n\
        + kiểm tra hệ thống điện, nước tại các điểm bỏ phiếu.\n\
        - Trạm Y tế xã bố trí lực lượng trực trong ngày bầu cử.\n\
        ");
    let d = directive(&n, "Phòng Kinh tế chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế"]);
    assert_eq!(
        deadlines(d),
        [("chậm nhất ngày 20/02/2026", Some("2026-02-20"))]
    );
    let sub = directive(&n, "kiểm tra hệ thống điện");
    assert_eq!(bodies(sub, Role::Lead), ["Phòng Kinh tế"]);
}

/// Not tasks: a numbered item that tells a result despite a setback ("tuy
/// …, nhưng … vẫn …"), and an arrangement agreed under its topic ("Lịch thời
/// vụ: thống nhất …").
#[test]
fn results_despite_setbacks_and_agreed_arrangements_are_no_tasks() {
    let n = extract("THÔNG BÁO\n\
        Kết luận của Giám đốc Sở Nông nghiệp tại cuộc họp triển khai vụ Thu Đông\n\
        \n\
        Giám đốc Sở kết luận:\n\
        \n\
        1. Vụ Hè Thu 2024 tuy chịu ảnh hưởng của hạn mặn, việc tiêu thụ lúa gặp khó khăn, nhưng toàn tỉnh vẫn đạt năng suất 57 tạ/ha.\n\
        \n\
        2. Lịch thời vụ: thống nhất xuống giống thành 2 đợt, dự kiến đợt 1 từ ngày 05/8/2024.\n\
        \n\
        3. Chi cục Trồng trọt ban hành lịch thời vụ chi tiết trước ngày 01/8/2024.\n\
        ");
    no_directive_with(&n, &["Vụ Hè Thu", "Lịch thời vụ"]);
    directive(&n, "Chi cục Trồng trọt");
}

/// A briefing's numbered report of the week past ("1. Trong tuần qua, các
/// phòng … đã …") and of what was done before what lags ("Các tổ dân phố đã
/// hoàn thành …; tuy nhiên … còn chậm") holds no task; nor does a closing
/// that asks every unit to carry it out and report at the next briefing.
#[test]
fn a_briefings_report_items_and_its_closing_with_a_report_are_no_tasks() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP\n\nSố: 12/TB-UBND\n\nTân Hiệp, ngày 09 tháng 02 năm 2026\n\n\
        THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp giao ban tuần\n\n\
        Sau khi nghe Văn phòng HĐND và UBND xã báo cáo, Chủ tịch UBND xã kết luận như sau:\n\n\
        1. Trong tuần qua, các ban, ngành đã tập trung chỉ đạo sản xuất vụ Đông Xuân; thu ngân sách đạt 12,4% dự toán.\n\n\
        2. Các ấp đã hoàn thành rà soát hộ nghèo năm 2025; tuy nhiên việc thu quỹ phòng, chống thiên tai còn chậm.\n\n\
        3. Công chức Địa chính - Xây dựng kiểm tra các trường hợp xây dựng trái phép trên đất nông nghiệp, báo cáo trước ngày 20/02/2026.\n\n\
        Đề nghị các đơn vị khẩn trương thực hiện, báo cáo kết quả tại cuộc họp giao ban tuần sau./.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n",
    );
    no_directive_with(
        &n,
        &[
            "Trong tuần qua",
            "Các ấp đã hoàn thành",
            "khẩn trương thực hiện",
        ],
    );
    let d = directive(&n, "Công chức Địa chính");
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/02/2026", Some("2026-02-20"))]
    );
}

/// A plan's parts that ask no one: "YÊU CẦU" after last year's results when
/// a task part follows, a paragraph of money spent and where the money comes
/// from; its task table numbered by rounds ("Đợt | Nội dung | Cơ quan chủ
/// trì | Thời gian", cells apart by "|") gives a task a row, the lead from
/// its column, and the line that brings the table in is none.
#[test]
fn a_plans_requirements_funding_and_a_table_of_rounds() {
    let n = extract(
        "UBND TỈNH HÀ GIANG\nBAN CHỈ ĐẠO 389\n\nSố: 08/KH-BCĐ389\n\nHà Giang, ngày 10 tháng 01 năm 2026\n\n\
        KẾ HOẠCH\nKiểm tra thị trường dịp Tết Nguyên đán Bính Ngọ\n\n\
        I. KẾT QUẢ NĂM 2025\n\
        Năm 2025, các lực lượng đã kiểm tra 820 vụ, xử lý 611 vụ vi phạm.\n\n\
        II. YÊU CẦU\n\
        - Coi đây là nhiệm vụ thường xuyên, liên tục của các ngành.\n\
        - Không để xảy ra điểm nóng về buôn lậu trên địa bàn.\n\n\
        III. NHIỆM VỤ CỤ THỂ\n\n\
        1) Công an tỉnh điều tra các đường dây vận chuyển pháo nổ.\n\n\
        Bảng phân công kiểm tra theo đợt:\n\
        Đợt | Nội dung | Cơ quan chủ trì | Thời gian\n\
        Đợt 1 | Kiểm tra thực phẩm phục vụ Tết | Cục Quản lý thị trường tỉnh | Trước ngày 10/02/2026\n\
        Đợt 2 | Kiểm tra phân bón vụ Xuân | Sở Nông nghiệp và Môi trường | Trong tháng 3/2026\n\n\
        2) Các huyện xây dựng kế hoạch của địa phương trước ngày 20/01/2026.\n\n\
        Kinh phí: Năm 2025, tỉnh đã chi 210 triệu đồng cho các đoàn kiểm tra. Kinh phí thực hiện năm 2026 do ngân sách tỉnh bảo đảm.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n",
    );
    no_directive_with(
        &n,
        &[
            "Coi đây là",
            "Không để xảy ra",
            "Bảng phân công",
            "Kinh phí",
        ],
    );
    let d = directive(&n, "Kiểm tra thực phẩm");
    assert_eq!(bodies(d, Role::Lead), ["Cục Quản lý thị trường tỉnh"]);
    assert_eq!(
        deadlines(d),
        [("Trước ngày 10/02/2026", Some("2026-02-10"))]
    );
    let d = directive(&n, "Kiểm tra phân bón");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nông nghiệp và Môi trường"]);
    assert_eq!(deadlines(d), [("Trong tháng 3/2026", Some("2026-03-31"))]);
}

/// A council's supervision notice: its part "II. Về tồn tại, hạn chế" and
/// its "Nguyên nhân" tell what lags, no task; the tasks are under "Kiến nghị".
#[test]
fn a_supervision_notices_shortcomings_part_holds_no_tasks() {
    let n = extract(
        "HĐND TỈNH QUẢNG BÌNH\nTHƯỜNG TRỰC\n\nSố: 31/TB-HĐND\n\nQuảng Bình, ngày 14 tháng 10 năm 2025\n\n\
        THÔNG BÁO\nKết luận giám sát việc thực hiện chính sách bảo hiểm y tế\n\n\
        I. Về kết quả đạt được\n\n\
        Đến 30/9/2025, tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 93,1%.\n\n\
        II. Về tồn tại, hạn chế\n\n\
        Số học sinh, sinh viên chưa tham gia bảo hiểm y tế còn nhiều (khoảng 4.000 em), tập trung ở các trường nghề.\n\n\
        III. Kiến nghị\n\n\
        1. UBND tỉnh chỉ đạo Sở Y tế rà soát, cấp thẻ bảo hiểm y tế cho học sinh trước ngày 31/12/2025.\n",
    );
    no_directive_with(&n, &["Số học sinh"]);
    directive(&n, "UBND tỉnh chỉ đạo Sở Y tế");
}

/// News of a council's session: a delegate named in person who asks is told
/// of, no task; a leader's lead-in ending "… một số việc cấp bách." is no
/// task itself, its bodies go to the paragraphs after it.
#[test]
fn a_delegates_request_and_a_lead_in_to_urgent_work_are_no_tasks() {
    let n = extract(
        "Thời sự\n\nHĐND tỉnh giám sát công tác phòng, chống sạt lở\n\n12/11/2025 09:30\n\n\
        Ngày 11/11, Thường trực HĐND tỉnh giám sát công tác phòng, chống sạt lở tại các xã miền núi.\n\n\
        Đại biểu Trần Văn Lâm (tổ huyện Bắc Trà My) đề nghị làm rõ vì sao nhiều hộ dân chưa được bố trí tái định cư.\n\n\
        Kết luận buổi giám sát, Phó Chủ tịch HĐND tỉnh ghi nhận nỗ lực của các địa phương. Ông đề nghị UBND tỉnh chỉ đạo các sở, ngành tập trung một số việc cấp bách.\n\n\
        Trước hết, Sở Nông nghiệp và Môi trường khẩn trương rà soát các điểm có nguy cơ sạt lở cao, hoàn thành trước ngày 30/11/2025.\n\n\
        Thu Hà\n",
    );
    no_directive_with(&n, &["Đại biểu Trần Văn Lâm", "một số việc cấp bách"]);
    directive(&n, "Trước hết, Sở Nông nghiệp");
}

/// Party committees named by their kind in lower case, in one phrase, are
/// one collective ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc
/// Tỉnh ủy", "các quận ủy, huyện ủy, đảng ủy trực thuộc"), as "sở, ban,
/// ngành" is; a committee over a list of named places stays one per place.
/// The Party's own bodies and its phrasing of work keep their doers.
#[test]
fn party_committees_named_by_kind_are_one_collective() {
    let n = extract("TỈNH ỦY HÀ GIANG\n\
        Số: 789-TB/TU\n\
        ĐẢNG CỘNG SẢN VIỆT NAM\n\
        Hà Giang, ngày 20 tháng 4 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\n\
        về công tác chuẩn bị đại hội đảng bộ các cấp\n\
        \n\
        Ngày 18/4/2024, Thường trực Tỉnh ủy nghe Ban Tổ chức Tỉnh ủy báo cáo. Đồng chí Bí thư Tỉnh ủy kết luận như sau:\n\
        \n\
        Thứ nhất, Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh bố trí kinh phí phục vụ đại hội trong tháng 5/2024.\n\
        Thứ hai, các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy hoàn thành đại hội cấp cơ sở trước ngày 30/6/2024.\n\
        Thứ ba, các quận ủy, huyện ủy, đảng ủy trực thuộc rà soát quy hoạch cán bộ.\n\
        Thứ tư, Ban Thường vụ Đảng ủy các xã Minh Tân, Thuận Hòa, Tùng Bá kiểm tra việc chuẩn bị văn kiện.\n\
        Thứ năm, giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn xây dựng phương án nhân sự.\n\
        Thứ sáu, các cấp ủy, tổ chức đảng rà soát, bổ sung quy hoạch cán bộ trước ngày 15/5/2024.\n\
        Thứ bảy, Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy.\n\
        \n\
        Nơi nhận:\n\
        ");
    let d = directive(&n, "Ban cán sự đảng");
    assert_eq!(bodies(d, Role::Lead), ["Ban cán sự đảng UBND tỉnh"]);
    assert_eq!(
        bodies(directive(&n, "các huyện ủy"), Role::Lead),
        ["huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy"]
    );
    assert_eq!(
        bodies(directive(&n, "các quận ủy"), Role::Lead),
        ["quận ủy, huyện ủy, đảng ủy trực thuộc"]
    );
    assert_eq!(
        bodies(directive(&n, "Ban Thường vụ Đảng ủy"), Role::Lead).len(),
        3
    );
    let d = directive(&n, "giao Ban Tổ chức");
    assert_eq!(bodies(d, Role::Lead), ["Ban Tổ chức Tỉnh ủy"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Văn phòng Tỉnh ủy"]);
    assert_eq!(
        bodies(directive(&n, "các cấp ủy"), Role::Lead),
        ["cấp ủy, tổ chức đảng"]
    );
    assert_eq!(
        bodies(directive(&n, "Văn phòng Tỉnh ủy"), Role::Lead),
        ["Văn phòng Tỉnh ủy"]
    );
}

/// The findings parts of an inspection's conclusion ("Một là, ưu điểm",
/// "Hai là, vi phạm, khuyết điểm", "2. Hạn chế, khuyết điểm và nguyên
/// nhân"), however numbered, and their numbered sub-items hold no tasks; the
/// part after them that assigns work ("Ba là, xử lý và khắc phục", a bare
/// "3. Yêu cầu") does.
#[test]
fn findings_parts_of_an_inspection_conclusion_hold_no_tasks() {
    let n = extract("THÀNH ỦY VINH\n\
        Số: 214-TB/TU\n\
        ĐẢNG CỘNG SẢN VIỆT NAM\n\
        Vinh, ngày 07 tháng 10 năm 2019\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Ban Thường vụ Thành ủy về kết quả kiểm tra đối với Đảng ủy phường Hưng Dũng\n\
        \n\
        Ban Thường vụ Thành ủy kết luận như sau:\n\
        \n\
        Một là, ưu điểm\n\
        Đảng ủy phường đã ban hành nhiều văn bản lãnh đạo công tác quản lý đất đai.\n\
        \n\
        Hai là, vi phạm, khuyết điểm\n\
        (1) Thiếu kiểm tra, giám sát để UBND phường xác nhận sai nguồn gốc đất tại khối 5.\n\
        (2) Chậm chỉ đạo giải quyết đơn thư của 12 hộ dân.\n\
        \n\
        Ba là, xử lý và khắc phục\n\
        (1) Đảng ủy phường Hưng Dũng tổ chức kiểm điểm, báo cáo Ủy ban Kiểm tra Thành ủy trước ngày 15/11/2019.\n\
        (2) Giao Ủy ban Kiểm tra Thành ủy theo dõi, đôn đốc việc khắc phục.\n\
        \n\
        Nơi nhận:\n\
        ");
    assert!(!n.directives.iter().any(|d| d.text.contains("đã ban hành")));
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Thiếu kiểm tra")));
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Chậm chỉ đạo")));
    assert_eq!(
        bodies(directive(&n, "Đảng ủy phường Hưng Dũng"), Role::Lead),
        ["Đảng ủy phường Hưng Dũng"]
    );
    let n = extract("HUYỆN ỦY ĐỨC THỌ\n\
        Số: 56-TB/HU\n\
        ĐẢNG CỘNG SẢN VIỆT NAM\n\
        Đức Thọ, ngày 12 tháng 8 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n\
        về kết quả kiểm tra đối với Đảng ủy xã Tùng Ảnh\n\
        \n\
        Ban Thường vụ Huyện ủy kết luận như sau:\n\
        \n\
        1. Ưu điểm\n\
        Đảng ủy xã đã ban hành các văn bản lãnh đạo công tác quản lý đất đai.\n\
        \n\
        2. Hạn chế, khuyết điểm và nguyên nhân\n\
        a) Chưa kiểm tra, giám sát để UBND xã cấp giấy chứng nhận sai đối tượng.\n\
        b) Chậm chỉ đạo giải quyết đơn thư của công dân.\n\
        \n\
        3. Yêu cầu\n\
        a) Đảng ủy xã Tùng Ảnh tổ chức kiểm điểm, rút kinh nghiệm, báo cáo kết quả trước ngày 30/9/2022.\n\
        b) Giao Ủy ban Kiểm tra Huyện ủy theo dõi, đôn đốc việc khắc phục.\n\
        \n\
        Nơi nhận:\n\
        ");
    assert_eq!(n.directives.len(), 2);
    assert_eq!(
        bodies(directive(&n, "Đảng ủy xã Tùng Ảnh"), Role::Lead),
        ["Đảng ủy xã Tùng Ảnh"]
    );
    assert_eq!(
        bodies(directive(&n, "Giao Ủy ban Kiểm tra"), Role::Lead),
        ["Ủy ban Kiểm tra Huyện ủy"]
    );
}

#[test]
fn council_resolution_article_on_taking_effect_is_no_task() {
    // A Nghị quyết HĐND: only the article that asks bodies to act holds tasks;
    // "Điều 3. Hiệu lực thi hành" over "Nghị quyết này đã được … thông qua" is
    // a closing, as "Điều 3. Nghị quyết này …" on one line already was.
    let n = extract("HỘI ĐỒNG NHÂN DÂN\n\
        TỈNH QUẢNG TRỊ\n\
        Số: 18/NQ-HĐND\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        Quảng Trị, ngày 12 tháng 7 năm 2024\n\
        \n\
        NGHỊ QUYẾT\n\
        Về việc thông qua Đề án phát triển du lịch cộng đồng tỉnh Quảng Trị giai đoạn 2024 - 2030\n\
        \n\
        HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\n\
        KHÓA VIII, KỲ HỌP THỨ 26\n\
        \n\
        \n\
        QUYẾT NGHỊ:\n\
        \n\
        Điều 1. Thông qua Đề án phát triển du lịch cộng đồng tỉnh Quảng Trị giai đoạn 2024 - 2030 với các nội dung chủ yếu sau:\n\
        1. Mục tiêu: đến năm 2030 có ít nhất 20 điểm du lịch cộng đồng được công nhận.\n\
        2. Nhiệm vụ, giải pháp: phát triển sản phẩm du lịch gắn với văn hóa các dân tộc; đào tạo nguồn nhân lực; xúc tiến, quảng bá.\n\
        3. Kinh phí thực hiện: từ ngân sách nhà nước và nguồn xã hội hóa.\n\
        \n\
        Điều 2. Tổ chức thực hiện\n\
        1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; hằng năm báo cáo kết quả thực hiện tại kỳ họp cuối năm của Hội đồng nhân dân tỉnh.\n\
        2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n\
        3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền, vận động Nhân dân tham gia phát triển du lịch cộng đồng.\n\
        \n\
        Điều 3. Hiệu lực thi hành\n\
        Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Trị Khóa VIII, Kỳ họp thứ 26 thông qua ngày 12 tháng 7 năm 2024 và có hiệu lực từ ngày ký./.\n\
        \n\
        Nơi nhận:\n\
        - UBTVQH, Chính phủ;\n\
        - TT Tỉnh ủy, TT HĐND tỉnh;\n\
        - Lưu: VT.\n\
        CHỦ TỊCH\n\
        Nguyễn Đăng Quang\n\
        ");
    assert_eq!(n.directives.len(), 3);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("thông qua ngày")));
    assert_eq!(
        bodies(directive(&n, "Giao Ủy ban nhân dân tỉnh"), Role::Lead),
        ["Ủy ban nhân dân tỉnh"]
    );
    assert_eq!(
        bodies(directive(&n, "Đề nghị Ủy ban Mặt trận"), Role::Lead),
        [
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "tổ chức chính trị - xã hội"
        ]
    );
}

#[test]
fn appendix_table_rows_set_one_cell_per_line_among_tab_rows() {
    // A Quyết định's Phụ lục copied from a PDF: short rows on one line apart by
    // tabs, rows whose cells wrap set one cell per line under their number.
    let n = extract("ỦY BAN NHÂN DÂN\n\
        TỈNH HÀ TĨNH\n\
        Số: 1520/QĐ-UBND\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        Hà Tĩnh, ngày 05 tháng 8 năm 2024\n\
        \n\
        QUYẾT ĐỊNH\n\
        Ban hành Kế hoạch thực hiện chuyển đổi số tỉnh Hà Tĩnh năm 2024\n\
        \n\
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\
        \n\
        \n\
        QUYẾT ĐỊNH:\n\
        \n\
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện chuyển đổi số tỉnh Hà Tĩnh năm 2024 (Chi tiết tại Phụ lục kèm theo).\n\
        \n\
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\
        \n\
        Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thành phố, thị xã và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.\n\
        \n\
        Nơi nhận:\n\
        - Như Điều 3;\n\
        - Lưu: VT, KGVX.\n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        Nguyễn Hồng Lĩnh\n\
        \n\
        PHỤ LỤC\n\
        NHIỆM VỤ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2024\n\
        (Kèm theo Quyết định số 1520/QĐ-UBND ngày 05/8/2024 của UBND tỉnh)\n\
        \n\
        STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n\
        1\tXây dựng kho dữ liệu dùng chung của tỉnh\tSở Thông tin và Truyền thông\tCác sở, ban, ngành\tQuý IV/2024\n\
        2\tTriển khai nền tảng số thanh toán không dùng tiền mặt tại các bệnh viện\tSở Y tế\tNgân hàng Nhà nước chi nhánh tỉnh\tTháng 10/2024\n\
        3\n\
        Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n\
        Văn phòng UBND tỉnh\n\
        Sở Thông tin và Truyền thông; UBND các huyện, thành phố, thị xã\n\
        Trước ngày 30/11/2024\n\
        4\n\
        Đào tạo kỹ năng số cho cán bộ, công chức cấp xã\n\
        Sở Nội vụ\n\
        Sở Thông tin và Truyền thông\n\
        Năm 2024\n\
        ");
    assert_eq!(n.directives.len(), 4);
    let d = directive(&n, "Số hóa hồ sơ, kết quả giải quyết");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng UBND tỉnh"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        [
            "Sở Thông tin và Truyền thông",
            "UBND các huyện, thành phố, thị xã"
        ]
    );
    assert_eq!(
        deadlines(d),
        [("Trước ngày 30/11/2024", Some("2024-11-30"))]
    );
    let d = directive(&n, "Đào tạo kỹ năng số");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nội vụ"]);
    assert_eq!(deadlines(d), [("Năm 2024", Some("2024-12-31"))]);
}

#[test]
fn a_notice_that_replaces_an_earlier_one_says_so_as_no_task() {
    // A Thông báo phân công nhiệm vụ of a UBND's leaders: "Thông báo này thay
    // thế Thông báo số …" after the last item is a closing, not a paragraph
    // of it.
    let n = extract("ỦY BAN NHÂN DÂN\n\
        HUYỆN CAN LỘC\n\
        Số: 45/TB-UBND\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        Can Lộc, ngày 02 tháng 4 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch và Ủy viên UBND huyện nhiệm kỳ 2021 - 2026\n\
        \n\
        Căn cứ Quy chế làm việc của UBND huyện; Ủy ban nhân dân huyện thông báo phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch và Ủy viên UBND huyện như sau:\n\
        \n\
        I. NGUYÊN TẮC PHÂN CÔNG\n\
        1. Chủ tịch UBND huyện là người đứng đầu, lãnh đạo và điều hành công việc của UBND huyện, chịu trách nhiệm cá nhân về việc thực hiện nhiệm vụ, quyền hạn của mình.\n\
        2. Các Phó Chủ tịch được Chủ tịch phân công phụ trách một số lĩnh vực công tác, chịu trách nhiệm trước Chủ tịch UBND huyện.\n\
        \n\
        II. PHÂN CÔNG NHIỆM VỤ CỤ THỂ\n\
        1. Chủ tịch UBND huyện - ông Trần Văn Hùng\n\
        a) Lãnh đạo, điều hành chung mọi hoạt động của UBND huyện; trực tiếp phụ trách các lĩnh vực: Nội vụ, tài chính, kế hoạch và đầu tư, quốc phòng, an ninh.\n\
        b) Theo dõi, chỉ đạo: Phòng Nội vụ, Phòng Tài chính - Kế hoạch, Công an huyện, Ban Chỉ huy Quân sự huyện.\n\
        2. Phó Chủ tịch UBND huyện - ông Nguyễn Văn Nam\n\
        a) Giúp Chủ tịch phụ trách các lĩnh vực: Nông nghiệp, tài nguyên và môi trường, xây dựng nông thôn mới.\n\
        b) Theo dõi, chỉ đạo: Phòng Nông nghiệp và PTNT, Phòng Tài nguyên và Môi trường.\n\
        c) Làm Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện.\n\
        3. Phó Chủ tịch UBND huyện - bà Lê Thị Hoa\n\
        a) Giúp Chủ tịch phụ trách các lĩnh vực: Văn hóa, giáo dục, y tế, lao động - thương binh và xã hội.\n\
        b) Theo dõi, chỉ đạo: Phòng Văn hóa và Thông tin, Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện.\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Các Phó Chủ tịch, Ủy viên UBND huyện chủ động giải quyết công việc thuộc lĩnh vực được phân công; định kỳ hằng tháng báo cáo Chủ tịch UBND huyện.\n\
        2. Giao Văn phòng HĐND và UBND huyện thông báo phân công này đến các cơ quan, đơn vị và UBND các xã, thị trấn trước ngày 10/4/2024.\n\
        \n\
        Thông báo này thay thế Thông báo số 12/TB-UBND ngày 15/01/2023 của UBND huyện./.\n\
        \n\
        Nơi nhận:\n\
        - TT Huyện ủy;\n\
        - Lưu: VT.\n\
        TM. ỦY BAN NHÂN DÂN\n\
        CHỦ TỊCH\n\
        Trần Văn Hùng\n\
        ");
    assert!(!n.directives.iter().any(|d| d.text.contains("thay thế")));
    let d = directive(&n, "Giao Văn phòng HĐND và UBND huyện");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng HĐND và UBND huyện"]);
    assert_eq!(deadlines(d), [("trước ngày 10/4/2024", Some("2024-04-10"))]);
}

#[test]
fn web_notice_with_signature_image_caption_and_season_of_this_year() {
    // A district notice copied from a web page: items broken over lines, a
    // "Tải về" list, the signature an image named by its caption.
    let n = extract("Trang chủ > Tin tức - Sự kiện > Thông báo\n\
        Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc về công tác giải phóng mặt bằng\n\
        Ngày đăng: 15/10/2024 | Lượt xem: 245\n\
        ỦY BAN NHÂN DÂN\n\
        HUYỆN THẠCH HÀ\n\
        Số: 388/TB-UBND\n\
        Thạch Hà, ngày 14 tháng 10 năm 2024\n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại buổi làm việc về công tác giải phóng mặt bằng dự án đường ven biển\n\
        Ngày 10/10/2024, Chủ tịch UBND huyện chủ trì buổi làm việc về công tác giải phóng mặt bằng dự án đường ven biển đoạn qua huyện. Sau khi nghe báo cáo và ý kiến các thành viên dự họp, Chủ tịch UBND huyện kết luận:\n\
        1. Giao UBND các xã Thạch Hải, Thạch Trị, Thạch Lạc\n\
        tập trung rà soát, hoàn thiện hồ sơ bồi thường các hộ còn lại, hoàn thành\n\
        trước ngày 31/10/2024.\n\
        2. Trung tâm Phát triển quỹ đất huyện chủ trì, phối hợp\n\
        với Phòng Tài nguyên và Môi trường lập phương án bồi thường, trình phê duyệt trong tháng\n\
        11/2024.\n\
        3. Giao Phòng Kinh tế và Hạ tầng hướng dẫn các xã di dời hệ thống điện, nước ra khỏi phạm vi\n\
        dự án trước mùa mưa bão năm nay.\n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        Tải về\n\
        Thông báo 388/TB-UBND.pdf\n\
        Phụ lục kèm theo.docx\n\
        Ảnh: Chữ ký số của Chủ tịch UBND huyện Nguyễn Văn Tuấn\n\
        Tin liên quan\n\
        Huyện Thạch Hà ra quân làm đường giao thông nông thôn\n\
        Họp bàn công tác chuẩn bị Đại hội thể dục thể thao\n\
        ");
    assert_eq!(n.directives.len(), 3);
    assert_eq!(
        n.header.signer.as_ref().and_then(|s| s.name.as_deref()),
        Some("Nguyễn Văn Tuấn")
    );
    assert_eq!(
        deadlines(directive(&n, "Giao Phòng Kinh tế và Hạ tầng")),
        [("trước mùa mưa bão năm nay", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Trung tâm Phát triển quỹ đất")),
        [("trong tháng 11/2024", Some("2024-11-30"))]
    );
}

#[test]
fn a_plans_period_and_the_week_after_guidance() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        PHƯỜNG AN KHÊ\n\
        Số: 25/TB-UBND\n\
        An Khê, ngày 05 tháng 01 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Phân công nhiệm vụ chuẩn bị bầu cử\n\
        \n\
        1. Công an phường\n\
        + Chủ trì, phối hợp với Ban Chỉ huy Quân sự phường xây dựng kế hoạch bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử; hoàn thành trước ngày 31/01/2026.\n\
        + Bảo đảm an ninh, trật tự tại các điểm bỏ phiếu trước, trong và sau ngày bầu cử.\n\
        2. Trưởng các khu phố\n\
        + Tổ chức hội nghị cử tri nơi cư trú, tuần sau khi có hướng dẫn của Ủy ban MTTQ Việt Nam phường.\n\
        \n\
        Nơi nhận:\n\
        ");
    // the period the plan covers, with the plan's own due time after it
    assert_eq!(
        deadlines(directive(&n, "Chủ trì, phối hợp với Ban Chỉ huy")),
        [("trước ngày 31/01/2026", Some("2026-01-31"))]
    );
    // the work's own time
    assert_eq!(
        deadlines(directive(&n, "Bảo đảm an ninh, trật tự tại")),
        [("trước, trong và sau ngày bầu cử", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Tổ chức hội nghị cử tri")),
        [("tuần sau khi có hướng dẫn", None)]
    );
}

#[test]
fn firm_and_centre_names_posts_with_their_office_and_inspectorate_units() {
    let n = extract("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ TĨNH\n\
        Số: 215/TB-SNNMT\n\
        Hà Tĩnh, ngày 12 tháng 8 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Giám đốc Sở tại hội nghị triển khai sản xuất vụ Đông\n\
        \n\
        1. Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Hà Tĩnh bố trí đủ nước tưới cho các vùng sản xuất.\n\
        2. Trung tâm Giống cây trồng cung ứng đủ giống lúa xác nhận cho các xã.\n\
        3. Công chức Địa chính - Nông nghiệp (Phòng Kinh tế) hướng dẫn các thôn gieo cấy đúng lịch thời vụ.\n\
        4. Giao Phòng Nghiệp vụ 3 - Thanh tra tỉnh theo dõi, đôn đốc việc thực hiện.\n\
        5. Yêu cầu Chủ tịch UBND xã Kỳ Lạc và các tổ chức, cá nhân liên quan nghiêm túc thực hiện Kết luận này, báo cáo kết quả trước ngày 30/9/2025.\n\
        \n\
        Nơi nhận:\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Trung tâm Giống"), Role::Lead),
        ["Trung tâm Giống cây trồng"]
    );
    assert_eq!(
        bodies(directive(&n, "Công chức Địa chính"), Role::Lead),
        ["Phòng Kinh tế"]
    );
    assert_eq!(
        bodies(directive(&n, "Giao Phòng Nghiệp vụ"), Role::Lead),
        ["Phòng Nghiệp vụ 3 - Thanh tra tỉnh"]
    );
    assert_eq!(
        bodies(directive(&n, "Yêu cầu Chủ tịch"), Role::Lead),
        ["UBND xã Kỳ Lạc"]
    );
}

/// A sentence whose subject is a plural kind narrowed by what it has ("Các
/// xã có tỷ lệ … dưới 85% phải …") gives work to another body: a directive
/// of its own, with the narrowed kind as its body and its own deadline.
#[test]
fn narrowed_plural_kind_then_modal_starts_a_directive() {
    let n = extract("HUYỆN ỦY YÊN THÀNH\n\
        Số: 112-TB/HU\n\
        ĐẢNG CỘNG SẢN VIỆT NAM\n\
        Yên Thành, ngày 10 tháng 5 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n\
        về công tác tiêm chủng mở rộng\n\
        \n\
        Ban Thường vụ Huyện ủy kết luận như sau:\n\
        \n\
        1. Đảng ủy các xã, thị trấn lãnh đạo UBND cùng cấp rà soát đối tượng trong độ tuổi tiêm chủng. Các xã có tỷ lệ tiêm chủng đầy đủ dưới 90% phải xây dựng kế hoạch tiêm bù, hoàn thành trước ngày 31/7/2022.\n\
        \n\
        Nơi nhận:\n\
        ");
    let first = directive(&n, "Đảng ủy các xã, thị trấn");
    assert!(!first.text.contains("tiêm bù"));
    assert!(first.deadlines.is_empty());
    let second = directive(&n, "Các xã có tỷ lệ");
    assert_eq!(
        bodies(second, Role::Lead),
        ["xã có tỷ lệ tiêm chủng đầy đủ dưới 90%"]
    );
    assert_eq!(
        deadlines(second),
        [("trước ngày 31/7/2022", Some("2022-07-31"))]
    );
}

/// "…; đề nghị Sở … tỉnh hỗ trợ …" in a ward's task: a clause after ";"
/// that asks a body above the issuer is the ward's proposal, no directive
/// of its own (a new sentence that gives a lower body work still is).
#[test]
fn request_to_a_higher_body_after_semicolon_stays_in_the_task() {
    let n = extract("HĐND PHƯỜNG NAM SƠN\n\
        THƯỜNG TRỰC\n\
        Số: 45/TB-HĐND\n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Nam Sơn, ngày 20 tháng 10 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Thường trực HĐND phường tại phiên họp giám sát\n\
        \n\
        Thường trực HĐND phường kết luận như sau:\n\
        \n\
        1. Đối với UBND phường\n\
        \n\
        1.1. Sửa chữa hệ thống chiếu sáng công cộng các tuyến đường nội phường trong quý IV/2025; đề nghị Sở Xây dựng tỉnh hướng dẫn quy chuẩn đèn chiếu sáng tiết kiệm năng lượng.\n\
        \n\
        1.2. Giao Phòng Kinh tế, Hạ tầng và Đô thị rà soát các tuyến đường xuống cấp, báo cáo trước ngày 30/11/2025.\n\
        \n\
        Nơi nhận:\n\
        ");
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("đề nghị Sở Xây dựng")));
    let d = directive(&n, "Sửa chữa hệ thống");
    assert!(d.text.contains("hướng dẫn quy chuẩn"));
    assert_eq!(bodies(d, Role::Lead), ["UBND phường"]);
}

/// In a news report, "Tỉnh cần …" (the level alone as a subject) is the
/// province's People's Committee the article named before.
#[test]
fn news_bare_province_subject_is_its_peoples_committee() {
    let n = extract("Thứ trưởng Bộ Nông nghiệp và Môi trường làm việc với tỉnh Quảng Ngãi\n\
        \n\
        Chiều 14/7, Thứ trưởng Bộ Nông nghiệp và Môi trường có buổi làm việc với UBND tỉnh Quảng Ngãi về công tác phòng, chống hạn hán.\n\
        \n\
        Thứ trưởng đề nghị UBND tỉnh Quảng Ngãi khẩn trương rà soát các hồ chứa nước xung yếu, hoàn thành trước mùa mưa bão năm nay.\n\
        \n\
        Tỉnh cần kiểm soát chặt chẽ việc khai thác nước ngầm tại các khu công nghiệp; hoàn thành hệ thống cấp nước sạch cho vùng ven biển trong năm 2026.\n\
        ");
    let d = directive(&n, "Tỉnh cần kiểm soát");
    assert_eq!(bodies(d, Role::Lead), ["UBND tỉnh Quảng Ngãi"]);
}

#[test]
fn an_office_holder_heading_after_doi_voi_hands_his_body_down() {
    // "2. Đối với Chủ tịch UBND huyện X" (no colon) and "4.1. Đối với Hiệu
    // trưởng Trường …:" over items: the holder's body is the items' doer.
    let n = extract("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG\n\
        THANH TRA SỞ\n\
        Số: 31/KL-TTr\n\
        Hà Giang, ngày 14 tháng 7 năm 2022\n\
        \n\
        KẾT LUẬN THANH TRA\n\
        Về công tác thu, chi tại Trường THPT Vị Xuyên\n\
        \n\
        Chánh Thanh tra Sở kết luận như sau:\n\
        \n\
        1. Khái quát chung\n\
        Năm học 2021-2022, Trường có 30 lớp với 1.120 học sinh, 78 cán bộ, giáo viên.\n\
        \n\
        2. Kết luận\n\
        Việc quản lý các khoản thu tại Trường còn sai phạm, trách nhiệm thuộc về Hiệu trưởng và kế toán.\n\
        \n\
        3. Kiến nghị biện pháp xử lý\n\
        3.1. Đối với Hiệu trưởng Trường THPT Vị Xuyên:\n\
        (1) Thu hồi số tiền chi sai 25.400.000 đồng, xong trước ngày 30/8/2022.\n\
        (2) Rà soát, sửa đổi Quy chế chi tiêu nội bộ, trình Sở trước ngày 30/9/2022.\n\
        \n\
        3.2. Đối với Chủ tịch UBND huyện Vị Xuyên\n\
        a) Chỉ đạo UBND xã Đạo Đức thu hồi tiền hỗ trợ cấp sai trong quý IV/2022.\n\
        b) Tổ chức kiểm điểm trách nhiệm các cá nhân có sai phạm.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Thu hồi số tiền chi sai"), Role::Lead),
        ["Trường THPT Vị Xuyên"]
    );
    assert_eq!(
        bodies(directive(&n, "Rà soát, sửa đổi Quy chế"), Role::Lead),
        ["Trường THPT Vị Xuyên"]
    );
    assert_eq!(
        bodies(directive(&n, "Chỉ đạo UBND xã Đạo Đức"), Role::Lead),
        ["UBND huyện Vị Xuyên"]
    );
    assert_eq!(
        bodies(directive(&n, "Tổ chức kiểm điểm trách nhiệm"), Role::Lead),
        ["UBND huyện Vị Xuyên"]
    );
    // The findings parts ("Khái quát chung", "Kết luận" before "Kiến nghị
    // …") hold no tasks.
    assert!(!n.directives.iter().any(|d| d.text.contains("30 lớp")));
    assert!(!n.directives.iter().any(|d| d.text.contains("còn sai phạm")));
    assert_eq!(n.directives.len(), 4);
}

#[test]
fn an_item_naming_its_own_subject_over_an_officer_keeps_it() {
    // "Hạt Kiểm lâm huyện phân công kiểm lâm viên …": the rangers are
    // people, the item's own subject is its doer, not the intro's bodies.
    let n = extract("UBND HUYỆN SÌN HỒ\n\
        Số: 88/UBND-NN\n\
        Sìn Hồ, ngày 05 tháng 01 năm 2014\n\
        \n\
        Kính gửi: Các cơ quan, đơn vị liên quan.\n\
        \n\
        Để chủ động bảo vệ diện tích rừng hiện có, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:\n\
        \n\
        1. Hạt Kiểm lâm huyện phân công kiểm lâm viên bám sát địa bàn các xã, tổ chức tuần tra trong quý I năm 2014.\n\
        \n\
        2. Thanh tra huyện cử thanh tra viên kiểm tra việc cấp phép khai thác gỗ.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Hạt Kiểm lâm huyện"), Role::Lead),
        ["Hạt Kiểm lâm huyện"]
    );
    assert_eq!(
        bodies(directive(&n, "Thanh tra huyện"), Role::Lead),
        ["Thanh tra huyện"]
    );
}

#[test]
fn plural_units_keep_the_region_that_narrows_them() {
    // "các tỉnh, thành phố vùng đồng bằng sông Hồng", "các xã vùng đệm",
    // "các huyện giáp biên giới": the region is part of the collective.
    let n = extract("VĂN PHÒNG CHÍNH PHỦ\n\
        Số: 215/TB-VPCP\n\
        Hà Nội, ngày 12 tháng 9 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Thủ tướng tại cuộc họp về phòng, chống hạn hán\n\
        \n\
        1. Yêu cầu Ủy ban nhân dân các tỉnh, thành phố vùng đồng bằng sông Hồng rà soát các công trình thủy lợi xung yếu, hoàn thành trước ngày 30/10/2025.\n\
        2. UBND các xã vùng đệm tăng cường tuần tra, bảo vệ rừng trong mùa khô.\n\
        3. UBND các huyện giáp biên giới phối hợp kiểm soát chặt việc vận chuyển gia súc.\n\
        4. UBND các tỉnh duyên hải Bắc Trung Bộ chủ động sơ tán dân khỏi vùng nguy hiểm.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Yêu cầu Ủy ban nhân dân"), Role::Lead),
        ["Ủy ban nhân dân các tỉnh, thành phố vùng đồng bằng sông Hồng"]
    );
    assert_eq!(
        bodies(directive(&n, "UBND các xã vùng đệm"), Role::Lead),
        ["UBND các xã vùng đệm"]
    );
    assert_eq!(
        bodies(directive(&n, "UBND các huyện giáp"), Role::Lead),
        ["UBND các huyện giáp biên giới"]
    );
    assert_eq!(
        bodies(directive(&n, "UBND các tỉnh duyên hải"), Role::Lead),
        ["UBND các tỉnh duyên hải Bắc Trung Bộ"]
    );
}

#[test]
fn firms_and_boards_named_by_a_trade_that_is_a_verb_elsewhere() {
    // "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Hà Tĩnh",
    // "Ban Quản lý đầu tư phát triển đảo Cô Tô", "BQL rừng phòng hộ Sông
    // Hinh": one body each; a lower-case verb after a firm's trade still
    // ends its name.
    let n = extract("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n\
        Số: 77/TB-UBND\n\
        Hà Tĩnh, ngày 03 tháng 10 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về ứng phó mưa lũ\n\
        \n\
        1. Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Hà Tĩnh vận hành các hồ chứa theo đúng quy trình được duyệt.\n\
        2. UBND huyện Cô Tô chủ trì, phối hợp với Ban Quản lý đầu tư phát triển đảo Cô Tô rà soát các công trình ven biển.\n\
        3. BQL rừng phòng hộ Sông Hinh bố trí lực lượng trực 24/24 giờ tại các điểm xung yếu.\n\
        4. Công ty Cổ phần Môi trường đô thị kiểm tra hệ thống thoát nước.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Công ty TNHH MTV"), Role::Lead),
        ["Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Hà Tĩnh"]
    );
    assert_eq!(
        bodies(directive(&n, "UBND huyện Cô Tô"), Role::Cooperate),
        ["Ban Quản lý đầu tư phát triển đảo Cô Tô"]
    );
    assert_eq!(
        bodies(directive(&n, "BQL rừng"), Role::Lead),
        ["BQL rừng phòng hộ Sông Hinh"]
    );
    assert_eq!(
        bodies(directive(&n, "Công ty Cổ phần"), Role::Lead),
        ["Công ty Cổ phần Môi trường đô thị"]
    );
}

#[test]
fn a_pair_of_collective_kinds_then_investors_are_two_bodies() {
    // "các sở, ngành, chủ đầu tư": "sở, ngành" stays one collective, the
    // investors are a kind of their own.
    let n = extract("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\
        Số: 301/TB-UBND\n\
        Nghệ An, ngày 15 tháng 10 năm 2019\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về giải ngân vốn đầu tư công\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu các sở, ngành, chủ đầu tư và UBND các huyện, thành phố, thị xã tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Chủ tịch UBND tỉnh yêu cầu"), Role::Lead),
        [
            "sở, ngành",
            "chủ đầu tư",
            "UBND các huyện, thành phố, thị xã"
        ]
    );
}

#[test]
fn a_round_named_with_theo_after_a_publishing_verb_recurs() {
    // "công bố … theo quý": the round of the work; "lập kế hoạch … theo từng
    // tháng" divides the plan, no time of the work.
    let n = extract("UBND TỈNH LẠNG SƠN\n\
        Số: 45/TB-UBND\n\
        Lạng Sơn, ngày 12 tháng 3 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n\
        \n\
        1. Sở Xây dựng rà soát, công bố kịp thời chỉ số giá xây dựng theo quý; hướng dẫn chủ đầu tư điều chỉnh giá hợp đồng.\n\
        2. Sở Tài chính tổng hợp, báo cáo tình hình giải ngân theo từng tháng.\n\
        3. Các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tháng cho từng dự án.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "Sở Xây dựng rà soát")),
        [("theo quý", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Sở Tài chính tổng hợp")),
        [("theo từng tháng", None)]
    );
    assert!(deadlines(directive(&n, "Các chủ đầu tư lập kế hoạch")).is_empty());
}

#[test]
fn a_window_closed_by_an_event_ends_on_its_printed_day() {
    // "từ ngày 01/02/2026 đến ngày bầu cử": the window's end, dated by the
    // election's day the plan prints ("cuộc bầu cử … được tổ chức vào Chủ
    // nhật, ngày 15/3/2026").
    let n = extract("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\n\
        Số: 21/KH-UBND\n\
        Tân Lập, ngày 10 tháng 01 năm 2026\n\
        \n\
        KẾ HOẠCH\n\
        Tuyên truyền bầu cử\n\
        \n\
        I. MỤC ĐÍCH, YÊU CẦU\n\
        Tuyên truyền để cử tri hiểu rõ ý nghĩa của cuộc bầu cử đại biểu Quốc hội khóa XVI được tổ chức vào Chủ nhật, ngày 15/3/2026.\n\
        \n\
        II. NHIỆM VỤ\n\
        1. Đài truyền thanh xã phát sóng chuyên mục hỏi đáp về bầu cử mỗi tuần ít nhất 02 buổi, từ ngày 05/02/2026 đến ngày bầu cử.\n\
        2. Công an xã tuần tra bảo vệ các điểm niêm yết từ ngày 10/02/2026 đến khi kết thúc bầu cử.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "Đài truyền thanh xã")),
        [
            ("mỗi tuần ít nhất 02 buổi", None),
            ("đến ngày bầu cử", Some("2026-03-15"))
        ]
    );
    assert_eq!(
        deadlines(directive(&n, "Công an xã tuần tra")),
        [("đến khi kết thúc bầu cử", Some("2026-03-15"))]
    );
}

#[test]
fn the_quarter_a_key_task_falls_in_is_its_due_period() {
    // "… là nhiệm vụ chính trị trọng tâm của quý IV": due at the quarter's
    // end; a year there names the key tasks, no due time.
    let n = extract("UBND TỈNH HÀ TĨNH\n\
        Số: 310/TB-UBND\n\
        Hà Tĩnh, ngày 02 tháng 10 năm 2017\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại hội nghị về giải ngân vốn đầu tư công\n\
        \n\
        1. Các sở, ngành và UBND các huyện coi giải ngân vốn đầu tư công là nhiệm vụ trọng tâm của quý IV; người đứng đầu trực tiếp chỉ đạo.\n\
        2. Sở Tài nguyên và Môi trường xác định giải phóng mặt bằng là nhiệm vụ chính trị trọng tâm năm 2017, hoàn thành trong tháng 11/2017.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "Các sở, ngành")),
        [("quý IV", Some("2017-12-31"))]
    );
    assert_eq!(
        deadlines(directive(&n, "Sở Tài nguyên và Môi trường")),
        [("trong tháng 11/2017", Some("2017-11-30"))]
    );
}

#[test]
fn a_parenthesized_office_holder_without_colon_hands_down_to_the_paragraph_under_it() {
    // "(2) Trưởng phòng Tài nguyên và Môi trường" ⏎ "Đẩy nhanh …": a label
    // whose colon is missing; the paragraph under it is its body's task,
    // and the label is no directive.
    let n = extract("ỦY BAN NHÂN DÂN\n\
        HUYỆN ĐIỆN BÀN\n\
        \n\
        Số: 142/TB-UBND\n\
        \n\
        Điện Bàn, ngày 12 tháng 8 năm 2019\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại buổi làm việc về công tác thu ngân sách\n\
        \n\
        Để hoàn thành dự toán thu ngân sách năm 2019, Chủ tịch UBND huyện giao:\n\
        \n\
        (1) Chi cục trưởng Chi cục Thuế huyện\n\
        - Rà soát các khoản nợ đọng thuế, lập danh sách doanh nghiệp nợ kéo dài trước ngày 20/8/2019.\n\
        - Công khai danh sách trên Đài Truyền thanh huyện.\n\
        \n\
        (2) Trưởng phòng Tài nguyên và Môi trường\n\
        Đẩy nhanh thủ tục giao đất, cho thuê đất đối với các dự án đã có chủ trương; tham mưu UBND huyện tổ chức đấu giá quyền sử dụng đất trong quý III/2019.\n\
        \n\
        (3) Phòng Tài chính - Kế hoạch theo dõi tiến độ thu, báo cáo UBND huyện hằng tháng.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ");
    let d = directive(&n, "Đẩy nhanh thủ tục giao đất");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài nguyên và Môi trường"]);
    assert_eq!(deadlines(d), [("trong quý III/2019", Some("2019-09-30"))]);
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Trưởng phòng")));
    assert_eq!(
        bodies(directive(&n, "Phòng Tài chính - Kế hoạch"), Role::Lead),
        ["Phòng Tài chính - Kế hoạch"]
    );
}

#[test]
fn a_numbered_body_label_over_an_office_holders_line_is_no_wrap() {
    // A hard-wrapped copy: "3. UBND các xã, phường" ⏎ "Chủ tịch UBND các xã,
    // phường rà soát …": the short label line is the heading, the holder's
    // sentence its first task (joined, it was lost).
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        TỈNH HÀ NAM\n\
        \n\
        Số: 35/TB-VPUBND\n\
        \n\
        Hà Nam, ngày 06 tháng 3 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại hội nghị về công tác cải cách hành chính\n\
        \n\
        Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, Chủ tịch UBND tỉnh kết luận\n\
        như sau:\n\
        \n\
        1. Sở Nội vụ chủ trì tổng hợp kết quả chấm điểm chỉ số cải cách hành chính của các\n\
        cơ quan, đơn vị; báo cáo UBND tỉnh trước ngày 20/3/2026.\n\
        \n\
        2. Sở Khoa học và Công nghệ hướng dẫn các xã, phường vận hành hệ thống thông tin\n\
        giải quyết thủ tục hành chính; xong trong quý II/2026.\n\
        \n\
        3. UBND các xã, phường\n\
        Chủ tịch UBND các xã, phường rà soát toàn bộ hồ sơ trễ hạn trên địa bàn, báo cáo\n\
        UBND tỉnh trước ngày 15/3/2026. Các xã, phường bố trí công chức thường trực tại bộ\n\
        phận một cửa theo lịch cố định.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "Chủ tịch UBND các xã, phường rà soát");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, phường"]);
    assert_eq!(deadlines(d), [("trước ngày 15/3/2026", Some("2026-03-15"))]);
    assert!(directive(&n, "Các xã, phường bố trí")
        .text
        .ends_with("cố định."));
}

#[test]
fn news_conclusions_go_on_past_a_remark_and_ask_a_national_federation() {
    // A news report of a Deputy Prime Minister's conclusions: a remark between
    // the directions does not end them; bodies that open their paragraph with
    // their work take them up; "Tổng Liên đoàn …" is a body; "cân nhắc kỹ
    // trước khi …" is the care the public takes, no deadline.
    let n = extract("baotintuc.vn\n\
        \n\
        Thứ Năm, 10/08/2023 09:15 (GMT+7)\n\
        \n\
        Siết chặt an toàn lao động tại các công trình xây dựng\n\
        \n\
        (Baotintuc.vn) - Văn phòng Chính phủ vừa có Thông báo kết luận của Phó Thủ tướng tại cuộc họp về an toàn lao động trong xây dựng.\n\
        \n\
        Phó Thủ tướng yêu cầu Bộ Xây dựng chủ trì, phối hợp với Bộ Công an rà soát quy chuẩn an toàn giàn giáo, trình Chính phủ trong tháng 10/2023.\n\
        \n\
        Theo Phó Thủ tướng, số vụ tai nạn lao động tại các công trình thời gian qua còn ở mức cao.\n\
        \n\
        Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo lực lượng thanh tra kiểm tra đột xuất các công trình cao tầng, hoàn thành trong quý IV/2023.\n\
        \n\
        Các Bộ: Y tế, Tài chính định kỳ 6 tháng đánh giá việc chi trả chế độ cho người bị tai nạn, báo cáo Thủ tướng Chính phủ.\n\
        \n\
        Phó Thủ tướng đề nghị Tổng Liên đoàn Lao động Việt Nam tăng cường tuyên truyền, vận động công nhân cân nhắc kỹ trước khi nhận việc ở công trình không bảo đảm an toàn.\n\
        \n\
        Minh Anh\n\
        ");
    no_directive_with(&n, &["Theo Phó Thủ tướng"]);
    assert_eq!(
        bodies(directive(&n, "Ủy ban nhân dân các tỉnh"), Role::Lead),
        ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    );
    assert_eq!(
        bodies(directive(&n, "Các Bộ: Y tế"), Role::Lead),
        ["Bộ Y tế", "Bộ Tài chính"]
    );
    let d = directive(&n, "Phó Thủ tướng đề nghị Tổng Liên đoàn");
    assert_eq!(bodies(d, Role::Lead), ["Tổng Liên đoàn Lao động Việt Nam"]);
    assert!(deadlines(d).is_empty(), "{:?}", deadlines(d));
}

#[test]
fn a_chairs_closing_call_with_what_it_serves_is_no_task() {
    // "Chủ tịch UBND xã đề nghị các cơ quan, đơn vị, thôn nghiêm túc triển
    // khai thực hiện, góp phần …./.": the closing formula of a report of
    // conclusions, though the chair asks it and a purpose follows.
    let n = extract("Cổng thông tin điện tử xã Hòa Bình\n\
        \n\
        Ngày 12/02/2026\n\
        \n\
        Kết luận của Chủ tịch UBND xã tại hội nghị triển khai công tác phòng chống cháy rừng\n\
        \n\
        Chiều ngày 10/02/2026, UBND xã tổ chức hội nghị triển khai công tác phòng chống cháy rừng mùa khô năm 2026. Kết thúc hội nghị, Chủ tịch UBND xã kết luận như sau:\n\
        \n\
        Thứ nhất, Hạt Kiểm lâm phối hợp với Công an xã tuần tra các khu rừng trọng điểm, hoàn thành trước ngày 28/02/2026.\n\
        \n\
        Thứ hai, các thôn rà soát, lập danh sách hộ nhận khoán bảo vệ rừng, gửi về UBND xã trong tháng 3/2026.\n\
        \n\
        Chủ tịch UBND xã đề nghị các cơ quan, đơn vị, thôn nghiêm túc triển khai thực hiện, góp phần để mùa khô năm 2026 không để xảy ra cháy rừng./.\n\
        \n\
        Lan Hương - Văn phòng UBND xã\n\
        ");
    no_directive_with(&n, &["nghiêm túc triển khai"]);
    assert_eq!(
        bodies(directive(&n, "Hạt Kiểm lâm"), Role::Lead),
        ["Hạt Kiểm lâm"]
    );
}

#[test]
fn units_of_one_kind_named_one_by_one_each_with_its_level() {
    // "Các trường Mầm non A, Tiểu học B, THCS C:" gives one school each;
    // "các trường THCS A, B" shares the level; "các HTX A, B" the kind.
    let n = extract("ỦY BAN NHÂN DÂN XÃ PHÚ LỘC\n\
        Số: 41/TB-UBND\n\
        Phú Lộc, ngày 12 tháng 9 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Ý kiến chỉ đạo của Chủ tịch UBND xã về phòng, chống dịch bệnh trong trường học\n\
        \n\
        1. Các trường Mầm non Phú Lộc, Tiểu học Phú Lộc A, THCS Phú Lộc: tổ chức vệ sinh lớp học, khử khuẩn đồ dùng học tập hằng tuần.\n\
        2. Các trường THCS Lê Lợi, Nguyễn Trãi tuyên truyền cho học sinh cách phòng bệnh.\n\
        3. Các HTX Hòa Bình, Tân Phú cung ứng đủ vôi bột cho các thôn.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Các trường Mầm non"), Role::Lead),
        [
            "Trường Mầm non Phú Lộc",
            "Trường Tiểu học Phú Lộc A",
            "Trường THCS Phú Lộc"
        ]
    );
    assert_eq!(
        bodies(directive(&n, "Các trường THCS"), Role::Lead),
        ["Trường THCS Lê Lợi", "Trường THCS Nguyễn Trãi"]
    );
    assert_eq!(
        bodies(directive(&n, "Các HTX"), Role::Lead),
        ["HTX Hòa Bình", "HTX Tân Phú"]
    );
}

#[test]
fn a_second_name_after_va_without_its_kind_takes_the_first_ones() {
    // "HTX Nông nghiệp A và Dịch vụ chăn nuôi B": two cooperatives, the
    // first name complete (a trade, then a place); "Sở Tài nguyên và Môi
    // trường", "Trung tâm Văn hóa và Thể thao" stay whole.
    let n = extract("ỦY BAN NHÂN DÂN XÃ HÒA AN\n\
        Số: 18/TB-UBND\n\
        Hòa An, ngày 24 tháng 3 năm 2021\n\
        \n\
        THÔNG BÁO\n\
        Ý kiến chỉ đạo của Chủ tịch UBND xã về phòng, chống bệnh cúm gia cầm\n\
        \n\
        1. Các HTX Nông nghiệp Hòa An và Dịch vụ chăn nuôi Phú Xuân cung ứng đủ vôi bột, hóa chất cho các thôn.\n\
        2. Trung tâm Văn hóa và Thể thao xã phối hợp với Sở Tài nguyên và Môi trường tuyên truyền trên loa truyền thanh.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Các HTX"), Role::Lead),
        ["HTX Nông nghiệp Hòa An", "HTX Dịch vụ chăn nuôi Phú Xuân"]
    );
    assert_eq!(
        bodies(directive(&n, "Trung tâm Văn hóa"), Role::Lead),
        ["Trung tâm Văn hóa và Thể thao xã"]
    );
    assert_eq!(
        bodies(directive(&n, "Trung tâm Văn hóa"), Role::Cooperate),
        ["Sở Tài nguyên và Môi trường"]
    );
}

#[test]
fn a_steering_board_named_by_its_field_and_a_commune_service() {
    // "Ban Chỉ đạo phòng chống dịch bệnh động vật xã", "BCĐ chuyển đổi số
    // huyện": the field and the level are the board's name; "cán bộ thú y
    // xã" is written as the commune's service.
    let n = extract("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\n\
        Số: 27/TB-UBND\n\
        Tân Lập, ngày 05 tháng 4 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp phòng, chống dịch tả lợn châu Phi\n\
        \n\
        1. Ban Chỉ đạo phòng chống dịch bệnh động vật xã thành lập chốt kiểm dịch tạm thời tại đầu thôn 2.\n\
        2. Cán bộ thú y xã phối hợp với Trạm Chăn nuôi và Thú y huyện hướng dẫn các hộ tiêu độc khử trùng chuồng trại.\n\
        3. Ban Chỉ đạo giảm nghèo xã rà soát hộ chăn nuôi bị thiệt hại.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert_eq!(
        bodies(directive(&n, "Ban Chỉ đạo phòng"), Role::Lead),
        ["Ban Chỉ đạo phòng chống dịch bệnh động vật xã"]
    );
    assert_eq!(
        bodies(directive(&n, "Cán bộ thú y"), Role::Lead),
        ["thú y xã"]
    );
    assert_eq!(
        bodies(directive(&n, "Ban Chỉ đạo giảm"), Role::Lead),
        ["Ban Chỉ đạo giảm nghèo xã"]
    );
}

#[test]
fn news_items_due_on_an_event_day_this_month_or_a_span_of_years() {
    // "Một là / Hai là" items of a news report: "đúng ngày khai giảng
    // 5/9/2019" is dated by its day; "có lộ trình thực hiện trong giai đoạn
    // 2019 - 2025" is due at the last year's end, while a span after the
    // project it belongs to names the project's period; "ngay trong tháng 8
    // này" is taken whole.
    let n = extract("Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị năm học mới tại huyện Kỳ Sơn\n\
        \n\
        Ngày đăng: 20/8/2019\n\
        \n\
        Kết luận buổi kiểm tra, Phó Chủ tịch UBND tỉnh đề nghị huyện Kỳ Sơn tập trung một số nội dung:\n\
        \n\
        Một là, khẩn trương sửa chữa các phòng học bị tốc mái do mưa lớn, bảo đảm học sinh được đến trường đúng ngày khai giảng 5/9/2019.\n\
        \n\
        Hai là, sắp xếp lại các điểm trường lẻ, có lộ trình thực hiện trong giai đoạn 2019 - 2025.\n\
        \n\
        Ba là, hoàn thành việc cấp phát sách giáo khoa cho học sinh vùng cao ngay trong tháng 8 này.\n\
        \n\
        Bốn là, bố trí vốn tiếp tục thực hiện dự án nhà bán trú xã Mường Lống (do UBND huyện làm chủ đầu tư) trong giai đoạn 2021 - 2025.\n\
        ");
    assert_eq!(
        deadlines(directive(&n, "khẩn trương sửa chữa")),
        [("đúng ngày khai giảng 5/9/2019", Some("2019-09-05"))]
    );
    assert_eq!(
        deadlines(directive(&n, "sắp xếp lại các điểm")),
        [("trong giai đoạn 2019 - 2025", Some("2025-12-31"))]
    );
    assert_eq!(
        deadlines(directive(&n, "hoàn thành việc cấp phát")),
        [("ngay trong tháng 8 này", Some("2019-08-31"))]
    );
    assert!(deadlines(directive(&n, "bố trí vốn")).is_empty());
}

#[test]
fn reporting_as_soon_as_animals_fall_sick_is_a_condition() {
    // "báo ngay khi có gà, vịt ốm, chết": each time a case comes up, no
    // deadline; "ngay khi nước rút" is an event awaited, a deadline.
    let n = extract("UBND XÃ PHÚ LỘC\n\
        Số: 45/TB-UBND\n\
        Phú Lộc, ngày 12 tháng 3 năm 2020\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã về phòng, chống dịch cúm gia cầm\n\
        \n\
        1. Trưởng các thôn phối hợp với Chi hội Cựu chiến binh nắm số hộ chăn nuôi, phát hiện và báo ngay khi có gà, vịt ốm, chết; không để vứt xác gia cầm ra môi trường.\n\
        2. Ban Thú y xã tiêu độc, khử trùng các ổ dịch ngay khi nước rút.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        ");
    assert!(deadlines(directive(&n, "Trưởng các thôn")).is_empty());
    assert_eq!(
        deadlines(directive(&n, "Ban Thú y xã")),
        [("ngay khi nước rút", None)]
    );
}

#[test]
fn a_sentence_for_some_of_the_places_named_like_a_kind_is_their_own_task() {
    // "Riêng các xã A, B, C …" after the work of all the communes: the named
    // communes' own directive, though one is named like a kind's head
    // ("Liên Hiệp"), with its own deadline.
    let n = extract(
        "UBND HUYỆN ĐỨC HÒA\n\
        Số: 88/TB-VP\n\
        Đức Hòa, ngày 05 tháng 9 năm 2019\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về công tác đo đạc bản đồ địa chính\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        Thứ nhất, Phòng Tài nguyên và Môi trường hướng dẫn đơn vị đo đạc hoàn thiện hồ sơ trong quý IV/2019.\n\
        \n\
        Thứ hai, giao Chủ tịch UBND các xã, thị trấn: phối hợp với đơn vị đo đạc xác định mốc giới; tổ chức công khai kết quả đo đạc tại trụ sở UBND xã. Riêng các xã Tân Mỹ, Liên Hiệp, Hòa Khánh khẩn trương bàn giao hồ sơ ranh giới còn thiếu trong tháng 9/2019.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "Riêng các xã Tân Mỹ");
    assert_eq!(bodies(d, Role::Lead).len(), 3);
    assert!(bodies(d, Role::Lead)
        .iter()
        .any(|b| b.to_lowercase().contains("liên hiệp")));
    assert_eq!(deadlines(d), [("trong tháng 9/2019", Some("2019-09-30"))]);
    assert!(deadlines(directive(&n, "giao Chủ tịch UBND các xã")).is_empty());
}

#[test]
fn a_body_that_lets_people_do_something_is_the_doer() {
    // "<body> cho <people> <verb> …": the body's own task; a bare kind that
    // is also work ("Tư vấn cho học sinh …") stays the task's verb.
    let n = extract(
        "UBND TỈNH NINH THUẬN\n\
        Số: 21/TB-VPUBND\n\
        Ninh Thuận, ngày 27 tháng 10 năm 2020\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về ứng phó với bão số 9\n\
        \n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        1. Sở Giáo dục và Đào tạo cho học sinh toàn tỉnh nghỉ học ngày 28/10/2020.\n\
        \n\
        2. Tư vấn cho người dân lựa chọn nơi tránh trú an toàn trước ngày 28/10/2020.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    assert_eq!(
        bodies(
            directive(&n, "Sở Giáo dục và Đào tạo cho học sinh"),
            Role::Lead
        ),
        ["Sở Giáo dục và Đào tạo"]
    );
    assert!(bodies(directive(&n, "Tư vấn cho người dân"), Role::Lead).is_empty());
}

#[test]
fn plural_bodies_narrowed_by_a_figure_keep_their_task() {
    // "Chủ tịch UBND các xã có tỷ lệ … trên 3% kiểm điểm …": what they have,
    // bounded by a figure, narrows the doers; the task is theirs.
    let n = extract(
        "UBND TỈNH HÀ NAM\n\
        Số: 41/TB-VPUBND\n\
        Hà Nam, ngày 10 tháng 3 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về giải quyết thủ tục hành chính\n\
        \n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        1. Sở Nội vụ theo dõi việc giải quyết hồ sơ, báo cáo UBND tỉnh trong quý I/2026.\n\
        \n\
        2. Chủ tịch UBND các xã, phường có tỷ lệ hồ sơ quá hạn trên 5% kiểm điểm trách nhiệm, báo cáo Chủ tịch UBND tỉnh trước ngày 20/3/2026.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "Chủ tịch UBND các xã, phường có tỷ lệ");
    assert!(bodies(d, Role::Lead)
        .iter()
        .any(|b| b.starts_with("UBND các xã, phường")));
    assert_eq!(deadlines(d), [("trước ngày 20/3/2026", Some("2026-03-20"))]);
}

#[test]
fn what_was_done_then_its_shortcomings_is_no_task_after_the_lead_in() {
    // A paragraph right after "… kết luận như sau:" that tells what has been
    // done ("đã hoàn thành …") and then, in a sentence of its own, what still
    // lags ("Tuy nhiên, … còn chậm") is an assessment, no directive.
    let n = extract(
        "UBND HUYỆN LÂM HÀ\n\
        Số: 102/TB-VP\n\
        Lâm Hà, ngày 15 tháng 8 năm 2019\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về công tác giải phóng mặt bằng\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        Thực hiện Kế hoạch số 45/KH-UBND ngày 02/4/2019 của UBND huyện, đến nay Ban Quản lý dự án đã hoàn thành kiểm đếm 312 hộ; đã chi trả 1.120 triệu đồng. Tuy nhiên, việc lập phương án tái định cư còn chậm; một số hộ chưa đồng thuận.\n\
        \n\
        Để hoàn thành đúng tiến độ, Chủ tịch UBND huyện yêu cầu các cơ quan thực hiện các nội dung sau:\n\
        \n\
        1. Ban Quản lý dự án hoàn thành phương án tái định cư trước ngày 30/9/2019.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Thực hiện Kế hoạch")));
    assert_eq!(
        bodies(directive(&n, "Ban Quản lý dự án hoàn thành"), Role::Lead),
        ["Ban Quản lý dự án"]
    );
}

#[test]
fn village_words_opening_commune_names_and_dam_owners_named_by_their_dams() {
    // In a list of communes under "các xã", a capitalized "Bản", "Thôn" …
    // opens the next commune's name, no hamlet of its own; after a kind in
    // lower case ("các chủ hồ thủy điện") it opens a dam's name.
    let n = extract(
        "UBND HUYỆN SÌN HỒ\n\
        Số: 57/TB-UBND\n\
        Sìn Hồ, ngày 14 tháng 5 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND huyện về giải phóng mặt bằng\n\
        \n\
        Phó Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        1. Trung tâm Phát triển quỹ đất huyện chủ trì, phối hợp với UBND các xã Pa Tần, Bản Lang, Thôn Mé tiếp tục vận động 21 hộ còn lại; hoàn thành trước ngày 30/5/2024.\n\
        \n\
        2. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Điện lực Sìn Hồ và các chủ hồ thủy điện Bản Chát, Nậm Na vận hành hồ chứa an toàn.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "Trung tâm Phát triển quỹ đất huyện chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["UBND xã Pa Tần", "UBND xã Bản Lang", "UBND xã Thôn Mé"]
    );
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Điện lực Sìn Hồ", "chủ hồ thủy điện Bản Chát, Nậm Na"]
    );
}

#[test]
fn firms_named_by_their_trades_in_the_plural_are_one_collective() {
    // "các hãng lữ hành, hàng không": firms of the trades named after a
    // comma, one collective like "các sở, ngành".
    let n = extract(
        "UBND TỈNH KHÁNH HÒA\n\
        Số: 130/TB-UBND\n\
        Khánh Hòa, ngày 02 tháng 4 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về chuẩn bị mùa du lịch hè\n\
        \n\
        1. Sở Văn hóa, Thể thao và Du lịch phối hợp với các hãng lữ hành, hàng không xây dựng các gói kích cầu du lịch trong tháng 5/2025.\n\
        \n\
        2. Sở Xây dựng phối hợp với các hãng taxi kiểm tra việc niêm yết giá cước.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "Sở Văn hóa, Thể thao và Du lịch phối hợp");
    assert_eq!(bodies(d, Role::Cooperate), ["hãng lữ hành, hàng không"]);
    let d = directive(&n, "Sở Xây dựng phối hợp");
    assert_eq!(bodies(d, Role::Cooperate), ["hãng taxi"]);
}

#[test]
fn party_boards_named_by_their_field_in_a_list_of_bodies() {
    // "Các ban xây dựng Đảng, Ủy ban Kiểm tra Huyện ủy, …": the Party's
    // boards by their field, one collective, then the other bodies.
    let n = extract(
        "HUYỆN ỦY KỲ SƠN\n\
        Số: 88-KH/HU\n\
        Kỳ Sơn, ngày 05 tháng 6 năm 2024\n\
        \n\
        KẾ HOẠCH\n\
        Triển khai chuyển đổi số trong các cơ quan đảng\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Văn phòng Huyện ủy chủ trì tham mưu triển khai Kế hoạch này.\n\
        2. Các ban xây dựng Đảng, Ủy ban Kiểm tra Huyện ủy, Trung tâm Chính trị huyện, Đảng ủy các xã, thị trấn căn cứ Kế hoạch, xây dựng chương trình cụ thể để thực hiện trong năm 2024.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        T/M BAN THƯỜNG VỤ\n\
        PHÓ BÍ THƯ\n\
        Lữ Thị Hằng\n\
        ",
    );
    let d = directive(&n, "Các ban xây dựng Đảng");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "ban xây dựng Đảng",
            "Ủy ban Kiểm tra Huyện ủy",
            "Trung tâm Chính trị huyện",
            "Đảng ủy các xã, thị trấn"
        ]
    );
}

#[test]
fn standard_names_of_zones_and_water_centres_run_to_their_end() {
    // "Khu nông nghiệp ứng dụng công nghệ cao phát triển …": a zone's
    // standard name with its purpose and place; "Trung tâm Nước sạch và Vệ
    // sinh môi trường nông thôn:" as a heading, after "và".
    let n = extract(
        "UBND TỈNH SÓC TRĂNG\n\
        Số: 211/TB-VP\n\
        Sóc Trăng, ngày 12 tháng 3 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về phòng, chống hạn mặn\n\
        \n\
        1. Công ty Cổ phần Cấp nước Sóc Trăng và Trung tâm Nước sạch và Vệ sinh môi trường nông thôn:\n\
        - Xây dựng phương án cấp nước an toàn trong mùa khô.\n\
        2. Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao phát triển lúa gạo Sóc Trăng\n\
        - Đẩy nhanh công tác bồi thường, giải phóng mặt bằng.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    assert_eq!(
        bodies(directive(&n, "Xây dựng phương án cấp nước"), Role::Lead),
        [
            "Công ty Cổ phần Cấp nước Sóc Trăng",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"
        ]
    );
    assert_eq!(
        bodies(directive(&n, "Đẩy nhanh công tác bồi thường"), Role::Lead),
        ["Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao phát triển lúa gạo Sóc Trăng"]
    );
}

#[test]
fn a_council_named_once_after_two_of_its_boards_is_each_boards() {
    // "Ban Pháp chế, Ban Dân tộc HĐND tỉnh": the council after the last
    // board is the first board's as well.
    let n = extract(
        "HĐND TỈNH ĐIỆN BIÊN\n\
        THƯỜNG TRỰC\n\
        Số: 36/TB-HĐND\n\
        Điện Biên, ngày 20 tháng 9 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận phiên họp chất vấn của Thường trực HĐND tỉnh\n\
        \n\
        1. Ban Pháp chế, Ban Dân tộc HĐND tỉnh tiếp tục giám sát việc thực hiện các nội dung đã cam kết tại phiên chất vấn.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    assert_eq!(
        bodies(directive(&n, "Ban Pháp chế, Ban Dân tộc"), Role::Lead),
        ["Ban Pháp chế HĐND tỉnh", "Ban Dân tộc HĐND tỉnh"]
    );
}

#[test]
fn an_emphasis_and_the_speakers_own_target_are_no_tasks() {
    // In a news report, the chair stressing what a work is ("… nhấn mạnh X
    // là nhiệm vụ …, người đứng đầu phải chịu trách nhiệm …") and the target
    // the chair sets for the whole area ("… phấn đấu … toàn huyện … đạt …")
    // give no body work; the requests around them do.
    let n = extract(
        "Huyện Krông Pắc đẩy nhanh tiến độ xây dựng nông thôn mới\n\
        \n\
        Chiều 12/7, UBND huyện Krông Pắc tổ chức hội nghị sơ kết 6 tháng đầu năm.\n\
        \n\
        Sáu tháng đầu năm, toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới, nhưng việc huy động nguồn lực còn chậm.\n\
        \n\
        Kết luận hội nghị, Chủ tịch UBND huyện Lê Văn Hòa nhấn mạnh xây dựng nông thôn mới là nhiệm vụ trọng tâm của cả hệ thống chính trị, người đứng đầu các xã phải chịu trách nhiệm nếu để tiêu chí bị tụt hạng.\n\
        \n\
        Chủ tịch UBND huyện yêu cầu Phòng Nông nghiệp và Phát triển nông thôn rà soát các tiêu chí chưa đạt, báo cáo UBND huyện trước ngày 15/8/2024.\n\
        \n\
        Chủ tịch UBND huyện phấn đấu đến hết năm 2024 toàn huyện có 90% số thôn đạt chuẩn nông thôn mới theo chỉ tiêu được giao.\n\
        ",
    );
    assert!(!n.directives.iter().any(|d| d.text.contains("nhấn mạnh")));
    assert!(!n.directives.iter().any(|d| d.text.contains("phấn đấu")));
    assert_eq!(
        bodies(directive(&n, "Chủ tịch UBND huyện yêu cầu"), Role::Lead),
        ["Phòng Nông nghiệp và Phát triển nông thôn"]
    );
}

#[test]
fn carrying_out_the_contents_strictly_is_a_closing() {
    // "… triển khai nghiêm các nội dung nêu trên" (strictly, without "túc")
    // by the bodies of a province with a special zone is the closing formula.
    let n = extract(
        "UBND TỈNH KHÁNH HÒA\n\
        Số: 88/TB-UBND\n\
        Khánh Hòa, ngày 03 tháng 3 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Ý kiến chỉ đạo của Chủ tịch UBND tỉnh về phòng, chống cháy rừng\n\
        \n\
        I. NHIỆM VỤ\n\
        \n\
        1. Sở Nông nghiệp và Môi trường kiểm tra các vùng rừng trọng điểm trước ngày 20/3/2026.\n\
        \n\
        2. UBND các xã ven rừng bố trí lực lượng trực 24/24 giờ trong mùa khô.\n\
        \n\
        II. TỔ CHỨC THỰC HIỆN\n\
        \n\
        Các sở, ban, ngành, UBND các xã, phường, đặc khu thực hiện nghiêm các nội dung nêu trên.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.contains("thực hiện nghiêm")));
    assert_eq!(n.directives.len(), 2);
}

#[test]
fn what_a_report_asks_of_a_body_above_is_no_new_directive() {
    // "…; đồng thời báo cáo UBND tỉnh (để) đề nghị / kiến nghị Bộ X …": the
    // body named after the report's request is what the report asks for,
    // neither a new directive nor its doer.
    let n = extract(
        "UBND TỈNH QUẢNG TRỊ\n\
        Số: 214/TB-UBND\n\
        Quảng Trị, ngày 10 tháng 10 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về tiến độ dự án đường ven biển\n\
        \n\
        Phó Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        1. Sở Xây dựng rà soát đơn giá vật liệu đất đắp tại các mỏ; đồng thời báo cáo UBND tỉnh đề nghị Bộ Xây dựng hướng dẫn điều chỉnh định mức cho phù hợp.\n\
        \n\
        2. Sở Tài nguyên và Môi trường hoàn thiện hồ sơ cấp phép khai thác mỏ cát Hải Khê; báo cáo UBND tỉnh để đề nghị Bộ Tài nguyên và Môi trường bổ sung trữ lượng trước ngày 30/10/2024.\n\
        \n\
        3. Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh giải ngân; tham mưu UBND tỉnh đề nghị Bộ Tài chính xem xét, kéo dài thời gian thực hiện vốn năm 2024.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    assert_eq!(n.directives.len(), 3);
    assert_eq!(
        bodies(directive(&n, "Sở Xây dựng rà soát"), Role::Lead),
        ["Sở Xây dựng"]
    );
    assert_eq!(
        bodies(directive(&n, "Sở Tài nguyên và Môi trường"), Role::Lead),
        ["Sở Tài nguyên và Môi trường"]
    );
    assert_eq!(
        bodies(directive(&n, "Ban Quản lý dự án"), Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]
    );
}

#[test]
fn the_next_item_run_on_after_a_semicolon_is_an_item_of_its_own() {
    // Items "a) … b) …" each on a line, the next one run on after "; " in
    // the one before (a PDF's wrap): "b) …; c) …" is two directives.
    let n = extract(
        "UBND HUYỆN CHÂU THÀNH\n\
        Số: 57/TB-UBND\n\
        Châu Thành, ngày 22 tháng 4 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác phòng, chống dịch tả lợn châu Phi\n\
        \n\
        1. Phòng Nông nghiệp và Môi trường tham mưu UBND huyện:\n\
        a) Rà soát tổng đàn lợn tại các hộ chăn nuôi nhỏ lẻ, xong trước ngày 05/5/2025;\n\
        b) kiểm tra việc tiêu hủy lợn bệnh tại các xã có dịch trong\n\
        tháng 5/2025; c) hướng dẫn các hộ chăn nuôi thực hiện tiêu độc khử trùng chuồng trại.\n\
        \n\
        2. UBND các xã, thị trấn tổ chức trực chốt kiểm dịch 24/24 giờ.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "hướng dẫn các hộ chăn nuôi");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và Môi trường"]);
    let b = directive(&n, "kiểm tra việc tiêu hủy");
    assert!(!b.text.contains("tiêu độc"));
    assert_eq!(deadlines(b), [("trong tháng 5/2025", Some("2025-05-31"))]);
    // The run-on item keeps its own number beside its siblings, as if it
    // had been printed on a line of its own ("1.b", "1.c"; not "1.b.2").
    let ids: Vec<&str> = n.directives.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1.a", "1.b", "1.c", "2"]);
    assert_eq!(d.parent.as_deref(), Some("1"));
}

#[test]
fn extending_or_putting_off_is_a_verb_that_ends_a_bodys_name() {
    // "đề nghị Bộ Tài chính kéo dài thời gian …": without the verb the
    // name ran on to "Bộ Tài chính kéo dài thời gian".
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về giải ngân vốn đầu tư công\n\
        \n\
        1. Đề nghị Sở Xây dựng kéo dài thời gian tiếp nhận hồ sơ đến hết tháng 12/2024.\n\
        2. Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh đề nghị Bộ Kế hoạch và Đầu tư hoãn thời hạn báo cáo.\n\
        ",
    );
    let d = directive(&n, "Đề nghị Sở Xây dựng");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
    let d = directive(&n, "Sở Kế hoạch và Đầu tư tham mưu");
    assert_eq!(bodies(d, Role::Lead), ["Sở Kế hoạch và Đầu tư"]);
    assert_eq!(
        bodies(d, Role::ReportTo),
        ["UBND tỉnh", "Bộ Kế hoạch và Đầu tư"]
    );
}

#[test]
fn a_project_board_named_with_the_works_it_builds_heads_its_items() {
    // "Ban QLDA đầu tư xây dựng các công trình dân dụng thành phố" over its
    // items is one body: it does every item, "Đôn đốc nhà thầu …" too.
    let n = extract(
        "UBND THÀNH PHỐ BẢO LỘC\n\
        Số: 312/TB-UBND\n\
        Bảo Lộc, ngày 18 tháng 9 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND thành phố về tiến độ các dự án trường học\n\
        \n\
        1. Ban QLDA đầu tư xây dựng các công trình dân dụng thành phố\n\
        \n\
        a) Đôn đốc nhà thầu tăng ca, hoàn thành nhà lớp học Trường Tiểu học Lộc Sơn trước ngày 15/10/2024.\n\
        \n\
        b) Lập hồ sơ quyết toán các công trình hoàn thành trong năm 2023.\n\
        \n\
        2. Phòng Tài chính - Kế hoạch bố trí vốn đối ứng cho các dự án.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    for start in ["Đôn đốc nhà thầu", "Lập hồ sơ quyết toán"] {
        assert_eq!(
            bodies(directive(&n, start), Role::Lead),
            ["Ban QLDA đầu tư xây dựng các công trình dân dụng thành phố"]
        );
    }
}

#[test]
fn results_and_their_causes_after_the_conclusion_cue_are_no_task() {
    // Right after "… kết luận:", a paragraph of figures reached ("đạt X%"),
    // how they lag ("thấp hơn …") and why ("Nguyên nhân là …") assesses; the
    // tasks start at "Thời gian tới, đề nghị:".
    let n = extract(
        "ĐẢNG ỦY XÃ TÂN PHÚ\n\
        Số 45-TB/ĐU\n\
        Tân Phú, ngày 06 tháng 11 năm 2023\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Thường trực Đảng ủy về công tác thu ngân sách 10 tháng năm 2023\n\
        \n\
        Ngày 03/11/2023, Thường trực Đảng ủy nghe UBND xã báo cáo tình hình thu ngân sách. Đồng chí Bí thư Đảng ủy kết luận:\n\
        \n\
        Thu ngân sách trên địa bàn xã đạt 61,5% dự toán, thấp hơn cùng kỳ năm trước. Nguyên nhân là thu tiền sử dụng đất còn chậm, một số hộ kinh doanh chưa kê khai thuế.\n\
        \n\
        Thời gian tới, đề nghị:\n\
        \n\
        - UBND xã phối hợp với Chi cục Thuế khu vực rà soát các hộ kinh doanh, hoàn thành trước ngày 30/11/2023.\n\
        - Ủy ban MTTQ xã tuyên truyền, vận động nhân dân thực hiện nghĩa vụ thuế.\n\
        \n\
        Văn phòng Đảng ủy thông báo để các chi bộ biết, thực hiện./.\n\
        ",
    );
    assert!(!n
        .directives
        .iter()
        .any(|d| d.text.starts_with("Thu ngân sách")));
    assert_eq!(
        bodies(directive(&n, "UBND xã phối hợp"), Role::Lead),
        ["UBND xã"]
    );
    assert_eq!(n.directives.len(), 2);
}

#[test]
fn inline_roman_items_and_letters_after_a_full_stop_are_items() {
    // "…: i) …; ii) …; iii) …" and "…. a) …. b) …" inline in one item are
    // one directive each, with the item's body.
    let n = extract(
        "UBND TỈNH SÓC TRĂNG\n\
        Số: 146/TB-VP\n\
        Sóc Trăng, ngày 02 tháng 5 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về công tác y tế cơ sở\n\
        \n\
        1. Sở Y tế chủ trì: i) rà soát nhân lực các trạm y tế xã trước ngày 20/5/2025; ii) bố trí đủ thuốc thiết yếu; iii) báo cáo UBND tỉnh trong tháng 6/2025.\n\
        \n\
        2. Sở Tài chính bố trí kinh phí cho các trạm y tế. a) Rà soát nguồn vốn sự nghiệp y tế. b) Cấp bổ sung kinh phí trong quý III/2025.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    for start in ["ii) bố trí", "iii) báo cáo"] {
        assert_eq!(bodies(directive(&n, start), Role::Lead), ["Sở Y tế"]);
    }
    let b = directive(&n, "b) Cấp bổ sung");
    assert_eq!(bodies(b, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(deadlines(b), [("trong quý III/2025", Some("2025-09-30"))]);
}

/// Times bound to an event or measured, not set: a day after a figure below a
/// threshold is the day it is measured on (no deadline); an event organised
/// on a printed day dates the task by that day; a farming round and a
/// congress with its term ("nhiệm kỳ 2020 - 2025", no date) bound the work
/// undated.
#[test]
fn a_measured_figure_an_event_day_a_farming_round_and_a_congress_term() {
    let n = extract(
        "UBND HUYỆN CÀNG LONG\n\
        Số: 88/TB-UBND\n\
        Càng Long, ngày 05 tháng 8 năm 2019\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 7/2019\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        1. Phòng Tài chính - Kế hoạch tham mưu UBND huyện phê bình các xã thu ngân sách chưa đạt 50% dự toán đến hết ngày 31/7/2019.\n\
        \n\
        2. Phòng Giáo dục và Đào tạo chỉ đạo các trường tổ chức trang trọng Lễ khai giảng năm học 2019 - 2020 vào ngày 05/9/2019, bảo đảm tiết kiệm.\n\
        \n\
        3. Phòng Nông nghiệp và Phát triển nông thôn nạo vét kênh cấp nước, hoàn thành trước vụ nuôi tôm năm 2020.\n\
        \n\
        4. Phòng Nội vụ rà soát quy hoạch cán bộ trước khi tổ chức đại hội đảng bộ xã nhiệm kỳ 2020 - 2025.\n\
        \n\
        5. Văn phòng HĐND và UBND huyện tổng hợp, báo cáo Chủ tịch UBND huyện trong phiên họp thường kỳ tháng 9/2019.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "Phòng Tài chính - Kế hoạch tham mưu");
    assert!(deadlines(d).is_empty(), "{:?}", deadlines(d));
    let d = directive(&n, "Phòng Giáo dục và Đào tạo chỉ đạo");
    assert_eq!(deadlines(d), [("vào ngày 05/9/2019", Some("2019-09-05"))]);
    let d = directive(&n, "Phòng Nông nghiệp");
    assert_eq!(deadlines(d), [("trước vụ nuôi tôm năm 2020", None)]);
    let d = directive(&n, "Phòng Nội vụ rà soát");
    assert_eq!(
        deadlines(d),
        [(
            "trước khi tổ chức đại hội đảng bộ xã nhiệm kỳ 2020 - 2025",
            None
        )]
    );
    let d = directive(&n, "Văn phòng HĐND và UBND huyện tổng hợp");
    assert_eq!(
        deadlines(d),
        [("trong phiên họp thường kỳ tháng 9/2019", Some("2019-09-30"))]
    );
}

/// Cells of a plan's time column: a range of months with the year after the
/// last is due at its end, a body's schedule is undated, and a count of days
/// after the election's day (printed in the plan) is dated from that day.
#[test]
fn time_cells_of_month_ranges_schedules_and_days_after_the_election() {
    let n = extract(
        "ĐẢNG ỦY XÃ AN PHÚ\n\
        Số 15-KH/ĐU\n\
        An Phú, ngày 05 tháng 01 năm 2026\n\
        \n\
        KẾ HOẠCH\n\
        lãnh đạo cuộc bầu cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031\n\
        \n\
        I. MỤC ĐÍCH, YÊU CẦU\n\
        - Bảo đảm ngày bầu cử 15/3/2026 diễn ra an toàn.\n\
        \n\
        II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n\
        \n\
        | STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n\
        |---|---|---|---|---|\n\
        | 1 | Tập huấn nghiệp vụ cho các Tổ bầu cử | UBND xã | Ủy ban bầu cử xã | Tháng 1 - 2/2026 |\n\
        | 2 | Tổ chức hội nghị cử tri nơi cư trú | Ủy ban MTTQ Việt Nam xã | UBND xã | Theo lịch của Ủy ban bầu cử tỉnh |\n\
        | 3 | Tổng kết công tác bầu cử | Văn phòng Đảng ủy | Các cơ quan liên quan | Sau ngày bầu cử 7 ngày |\n\
        \n\
        Nơi nhận:\n\
        - Lưu: VT.\n\
        ",
    );
    let d = directive(&n, "Tập huấn nghiệp vụ");
    assert_eq!(deadlines(d), [("Tháng 1 - 2/2026", Some("2026-02-28"))]);
    let d = directive(&n, "Tổ chức hội nghị cử tri");
    assert_eq!(deadlines(d), [("Theo lịch của Ủy ban bầu cử tỉnh", None)]);
    let d = directive(&n, "Tổng kết công tác bầu cử");
    assert_eq!(
        deadlines(d),
        [("Sau ngày bầu cử 7 ngày", Some("2026-03-22"))]
    );
}

/// An event already past names which things are meant, no time for the work:
/// "bị sạt lở trong đợt lũ vừa qua", "trong đợt mưa lớn vừa rồi", "sự cố đã
/// xảy ra trong tháng 9"; a coming event's span stays.
#[test]
fn a_past_event_naming_the_things_is_no_deadline() {
    let text = "\
        Số: 88/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về khắc phục hậu quả mưa lũ\n\
        \n\
        1. Phòng Nông nghiệp và Môi trường rà soát các tuyến kênh mương bị bồi lấp trong đợt mưa lớn vừa rồi, đề xuất phương án nạo vét.\n\
        \n\
        2. UBND các xã kiểm tra ngay các điểm trường bị hư hỏng trong đợt lũ vừa qua.\n\
        \n\
        3. Phòng Kinh tế - Hạ tầng tổng hợp các sự cố lưới điện đã xảy ra trong tháng 9, báo cáo UBND huyện.\n\
        \n\
        4. Ban Chỉ huy Quân sự huyện bố trí lực lượng trực trong đợt mưa lũ sắp tới.\n";
    let n = extract(text);
    assert!(deadlines(directive(&n, "Phòng Nông nghiệp")).is_empty());
    assert!(deadlines(directive(&n, "UBND các xã")).is_empty());
    assert!(deadlines(directive(&n, "Phòng Kinh tế")).is_empty());
    assert_eq!(
        deadlines(directive(&n, "Ban Chỉ huy Quân sự")),
        [("trong đợt mưa lũ sắp tới", None)]
    );
}

/// "… đến khi có thông báo mới" (or "có chỉ đạo mới") without a printed
/// start bounds the work: an undated deadline.
#[test]
fn until_further_notice_without_a_start_counts_undated() {
    let text = "\
        Số: 21/CĐ-UBND\n\
        \n\
        CÔNG ĐIỆN\n\
        Về phòng, chống dịch sốt xuất huyết\n\
        \n\
        1. UBND các phường tạm dừng các hoạt động lễ hội, thể thao đông người đến khi có thông báo mới.\n\
        \n\
        2. Sở Y tế duy trì các đội phun hóa chất tại ổ dịch cho đến khi có chỉ đạo mới.\n";
    let n = extract(text);
    assert_eq!(
        deadlines(directive(&n, "UBND các phường")),
        [("đến khi có thông báo mới", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Sở Y tế")),
        [("cho đến khi có chỉ đạo mới", None)]
    );
}

/// A delay printed after its start ("kể từ 0 giờ ngày 05/3/2022 trong thời
/// gian 21 ngày") is dated start + delay, as "trong 21 ngày kể từ ngày …".
#[test]
fn a_delay_after_its_printed_start_is_dated_from_it() {
    let text = "\
        Số: 30/TB-UBND\n\
        \n\
        Cẩm Xuyên, ngày 04 tháng 3 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        Về phong tỏa tạm thời khu dân cư\n\
        \n\
        1. UBND xã Cẩm Thạch thực hiện phong tỏa thôn Trung Hòa kể từ 0 giờ ngày 05/3/2022 trong thời gian 21 ngày.\n";
    let n = extract(text);
    assert_eq!(
        deadlines(directive(&n, "UBND xã Cẩm Thạch")),
        [("trong thời gian 21 ngày", Some("2022-03-26"))]
    );
}

/// Tonight named with "nay" ("ngay trong đêm nay") is due the report's own
/// day; "ít nhất 01 ngày trong tuần" is one recurrence, taken whole.
#[test]
fn tonight_is_the_notice_day_and_days_each_week_are_whole() {
    let text = "\
        Số: 15/TB-UBND\n\
        \n\
        Mường Lát, ngày 18 tháng 8 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại buổi kiểm tra vùng lũ quét\n\
        \n\
        1. UBND xã Tam Chung di dời các hộ dân ở khu vực nguy hiểm đến nơi an toàn ngay trong đêm nay.\n\
        \n\
        2. Văn phòng HĐND và UBND huyện bố trí ít nhất 01 ngày trong tuần để lãnh đạo huyện nghe báo cáo tình hình khắc phục.\n";
    let n = extract(text);
    assert_eq!(
        deadlines(directive(&n, "UBND xã Tam Chung")),
        [("ngay trong đêm nay", Some("2024-08-18"))]
    );
    assert_eq!(
        deadlines(directive(&n, "Văn phòng HĐND")),
        [("ít nhất 01 ngày trong tuần", None)]
    );
}

/// A topic label of an item ending in its colon ("1. Về kiến nghị của ông A,
/// phường B đề nghị …:") is no doer and no request of the meeting: the
/// "Giao X chủ trì, phối hợp với Y" on the line below is read as usual, and
/// two sentences with two subjects under such a label are two directives.
#[test]
fn topic_label_over_its_tasks_is_no_request() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        THÀNH PHỐ HÀ TĨNH\n\
        Số: 112/TB-UBND\n\
        Hà Tĩnh, ngày 14 tháng 4 năm 2023\n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND thành phố tại buổi tiếp công dân định kỳ tháng 4 năm 2023\n\
        \n\
        Sau khi nghe công dân trình bày, Chủ tịch UBND thành phố kết luận như sau:\n\
        \n\
        1. Về kiến nghị của ông Nguyễn Văn Hùng, phường Thạch Linh đề nghị xem xét hỗ trợ tái định cư khi thu hồi đất làm đường Hàm Nghi nối dài:\n\
        Giao Trung tâm Phát triển quỹ đất thành phố chủ trì, phối hợp với phòng Tài nguyên và Môi trường, UBND phường Thạch Linh rà soát hồ sơ, trả lời công dân bằng văn bản trong 10 ngày.\n\
        \n\
        2. Về kiến nghị của bà Lê Thị Mai, xã Thạch Trung đề nghị cấp đổi giấy chứng nhận quyền sử dụng đất:\n\
        Chủ tịch UBND xã Thạch Trung kiểm tra hiện trạng, lập hồ sơ cấp đổi gửi phòng Tài nguyên và Môi trường trước ngày 30/4/2023. Phòng Tài nguyên và Môi trường thẩm định, trình UBND thành phố trong tháng 5/2023.\n\
        \n\
        Văn phòng HĐND và UBND thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        ",
    );
    let d = directive(&n, "Giao Trung tâm Phát triển quỹ đất");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Phát triển quỹ đất thành phố"]
    );
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["phòng Tài nguyên và Môi trường", "UBND phường Thạch Linh"]
    );
    let d = directive(&n, "Chủ tịch UBND xã Thạch Trung");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Thạch Trung"]);
    assert_eq!(deadlines(d), [("trước ngày 30/4/2023", Some("2023-04-30"))]);
    let d = directive(&n, "Phòng Tài nguyên và Môi trường thẩm định");
    assert_eq!(deadlines(d), [("trong tháng 5/2023", Some("2023-05-31"))]);
}

/// "I. Nhận xét chung" over what an inspection found is an assessment part:
/// its paragraph ("Các đơn vị được kiểm tra đã bố trí …; Tuy nhiên …") is no
/// directive.
#[test]
fn general_remarks_part_is_an_assessment() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        HUYỆN THỌ XUÂN\n\
        Số: 58/TB-UBND\n\
        Thọ Xuân, ngày 20 tháng 9 năm 2022\n\
        THÔNG BÁO\n\
        Ý kiến chỉ đạo của Chủ tịch UBND huyện tại buổi kiểm tra công tác chuyển đổi số\n\
        \n\
        Ngày 15/9/2022, Chủ tịch UBND huyện kiểm tra công tác chuyển đổi số tại UBND các xã Xuân Lai, Thọ Hải. Sau kiểm tra, Chủ tịch UBND huyện có ý kiến chỉ đạo:\n\
        \n\
        I. Nhận xét chung\n\
        Các đơn vị được kiểm tra đã bố trí Tổ công nghệ số cộng đồng; cán bộ, công chức sử dụng thành thạo phần mềm quản lý văn bản. Tuy nhiên, tỷ lệ hồ sơ trực tuyến còn thấp; trang thiết bị của xã Thọ Hải đã cũ.\n\
        \n\
        II. Nhiệm vụ thời gian tới\n\
        1. UBND xã Thọ Hải rà soát, đề xuất mua sắm trang thiết bị, xong trước ngày 15/10/2022.\n\
        2. Phòng Văn hóa và Thông tin hướng dẫn các xã nâng tỷ lệ hồ sơ trực tuyến trong quý IV năm 2022.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các đơn vị biết, thực hiện./.\n\
        ",
    );
    no_directive_with(&n, &["Các đơn vị được kiểm tra"]);
    assert_eq!(n.directives.len(), 2, "{:?}", texts(&n));
}

/// A name of parts joined by " - " runs on over a part that only begins like
/// a body's head ("Báo chí", the press, is no newspaper): "Phòng Thông tin -
/// Báo chí - Xuất bản" is one body.
#[test]
fn dashed_name_runs_over_the_press() {
    let n = extract(
        "SỞ VĂN HÓA VÀ THỂ THAO\n\
        TỈNH BẾN TRE\n\
        Số: 215/TB-SVHTT\n\
        Bến Tre, ngày 12 tháng 3 năm 2024\n\
        THÔNG BÁO\n\
        Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3 năm 2024\n\
        \n\
        Giám đốc Sở kết luận như sau:\n\
        \n\
        1. Phòng Thông tin - Báo chí - Xuất bản phối hợp với Báo Đồng Khởi, Đài Phát thanh và Truyền hình Bến Tre xây dựng chuyên mục về phòng, chống hạn mặn trước ngày 31/3/2024.\n\
        \n\
        Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.\n\
        ",
    );
    let d = directive(&n, "Phòng Thông tin - Báo chí");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Phòng Thông tin - Báo chí - Xuất bản"]
    );
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Báo Đồng Khởi", "Đài Phát thanh và Truyền hình Bến Tre"]
    );
}

/// "khác" after a list of bodies names the rest of their kind, like "còn
/// lại": "các sở, ban, ngành, UBND các huyện, thành phố Sa Đéc khác" is the
/// departments and the other districts' committees, not one town.
#[test]
fn the_other_bodies_of_a_listed_kind() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        TỈNH ĐỒNG THÁP\n\
        Số: 09/CĐ-UBND\n\
        Đồng Tháp, ngày 16 tháng 8 năm 2021\n\
        CÔNG ĐIỆN\n\
        Về việc áp dụng biện pháp cách ly xã hội tại thành phố Cao Lãnh\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        Một là, UBND thành phố Cao Lãnh thực hiện cách ly xã hội trên toàn thành phố trong thời gian 14 ngày.\n\
        \n\
        Hai là, các sở, ban, ngành, UBND các huyện, thành phố Sa Đéc khác tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch đến khi có thông báo mới.\n\
        ",
    );
    let d = directive(&n, "các sở, ban, ngành");
    assert_eq!(
        bodies(d, Role::Lead),
        ["sở, ban, ngành", "UBND các huyện, thành phố Sa Đéc khác"]
    );
}

#[test]
fn the_issuers_name_in_the_header_stops_at_its_line() {
    // "báo cáo Giám đốc Sở" refers to the department that issued the notice;
    // its name in the header ends at the line's end, not at "Số" below it.
    let n = extract(
        "UBND TỈNH BẾN TRE\n\
        SỞ VĂN HÓA VÀ THỂ THAO\n\
        \n\
        Số: 45/TB-SVHTT\n\
        Bến Tre, ngày 10 tháng 3 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3\n\
        \n\
        1. Phòng Quản lý văn hóa kiểm tra các cơ sở karaoke, báo cáo Giám đốc Sở trước ngày 30/3/2024.\n\
        \n\
        2. Trung tâm Văn hóa tỉnh tổ chức Ngày hội văn hóa các dân tộc.\n\
        ",
    );
    let d = directive(&n, "Phòng Quản lý văn hóa kiểm tra");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Quản lý văn hóa"]);
    let reported = bodies(d, Role::ReportTo);
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert!(
        !reported[0].contains('\n') && !reported[0].contains("Số"),
        "{reported:?}"
    );
    assert!(
        reported[0].to_lowercase().starts_with("sở văn hóa"),
        "{reported:?}"
    );
}

/// A scanned header may set a day's two digits apart ("ngày 1 8 tháng 4"),
/// on the line of the number; the day is still read.
#[test]
fn a_scanned_header_with_a_day_whose_digits_are_apart() {
    let n = extract(
        "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        \x20 HUYỆN HÓC MÔN                 Độc lập - Tự do - Hạnh phúc\n\
        Số : 41 /TB-UBND              Hóc Môn, ngày 2 7 tháng 9 năm 2012\n\
        \n\
        \x20                   THÔNG BÁO\n\
        Kết luận của Chủ tịch Ủy ban nhân dân huyện về công tác thu ngân sách\n\
        \n\
        1. Chi cục Thuế huyện rà soát các khoản nợ đọng thuế, báo cáo trước ngày 15/10/2012.\n\
        ",
    );
    assert_eq!(n.header.date.as_deref(), Some("2012-09-27"));
    assert_eq!(n.header.place.as_deref(), Some("Hóc Môn"));
}

/// The sub-boards helping an election committee are a body: "giúp việc"
/// names them, it is no verb of theirs.
#[test]
fn the_sub_boards_helping_a_committee_are_a_body() {
    let n = extract(
        "Phường Tân Định triển khai công tác bầu cử\n\
        \n\
        Ông Lê Văn Tâm, Chủ tịch UBND phường yêu cầu Công an phường xây dựng phương án bảo đảm an ninh trật tự trước ngày 20-2-2026.\n\
        \n\
        Các tiểu ban giúp việc định kỳ hằng tuần báo cáo tiến độ về Ủy ban bầu cử phường.\n\
        ",
    );
    let d = directive(&n, "Các tiểu ban giúp việc");
    assert_eq!(bodies(d, Role::Lead), ["tiểu ban giúp việc"]);
}

/// "cho đến hết ngày …" bounds the work like "đến hết ngày …": it is dated
/// (a phrase opening with "cho" is otherwise what the work serves).
#[test]
fn until_the_end_of_a_day_with_cho_is_dated() {
    let n = extract(
        "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG\n\
        Số: 38/TB-UBND\n\
        Đức Trọng, ngày 12 tháng 4 năm 2021\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về phòng, chống hạn hán\n\
        \n\
        1. Phòng Nông nghiệp và Phát triển nông thôn phối hợp với UBND các xã duy trì lực lượng trực 24/24 giờ tại các trạm bơm cho đến hết ngày 15/6/2021.\n\
        \n\
        2. Trung tâm Y tế huyện bố trí tổ cấp cứu thường trực cho tới hết ngày 30/6/2021.\n\
        ",
    );
    let d = directive(&n, "Phòng Nông nghiệp và Phát triển nông thôn phối hợp");
    assert_eq!(
        deadlines(d),
        [("cho đến hết ngày 15/6/2021", Some("2021-06-15"))]
    );
    let d = directive(&n, "Trung tâm Y tế huyện bố trí");
    assert_eq!(deadlines(d).len(), 1, "{:?}", deadlines(d));
    assert_eq!(deadlines(d)[0].1, Some("2021-06-30"));
}

/// A period after a programme's or a report's name is its subject, not when
/// it is due: "nhu cầu … cho Chương trình … 6 tháng cuối năm 2024, gửi …
/// trước ngày …", "hoàn thành báo cáo sơ kết 6 tháng đầu năm, gửi … trước
/// ngày …"; a past span ("trong 6 tháng qua") is no deadline; a span the
/// work is done in ("trong 6 tháng cuối năm 2024") stays.
#[test]
fn a_period_naming_a_programme_or_report_is_no_deadline() {
    let n = extract(
        "SỞ NÔNG NGHIỆP TỈNH HẬU GIANG\n\
        Số: 512/SNN-CNTY\n\
        Hậu Giang, ngày 05 tháng 6 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Giám đốc Sở về tiêm phòng gia súc, gia cầm\n\
        \n\
        1. Chi cục Chăn nuôi và Thú y tổng hợp nhu cầu vắc xin lở mồm long móng cho Chương trình tiêm phòng gia súc 6 tháng cuối năm 2024, gửi Sở Nông nghiệp trước ngày 25/6/2024.\n\
        \n\
        2. Phòng Kế hoạch - Tài chính hoàn thành báo cáo sơ kết 6 tháng đầu năm, gửi Giám đốc Sở trước ngày 08/7/2024.\n\
        \n\
        3. Các trạm thú y đánh giá kết quả đạt được trong 6 tháng qua, đề xuất giải pháp khắc phục hạn chế.\n\
        \n\
        4. Trung tâm Khuyến nông tăng cường kiểm tra các cơ sở ấp trứng trong 6 tháng cuối năm 2024.\n\
        ",
    );
    let d = directive(&n, "Chi cục Chăn nuôi và Thú y tổng hợp");
    assert_eq!(deadlines(d), [("trước ngày 25/6/2024", Some("2024-06-25"))]);
    let d = directive(&n, "Phòng Kế hoạch - Tài chính hoàn thành");
    assert_eq!(deadlines(d), [("trước ngày 08/7/2024", Some("2024-07-08"))]);
    let d = directive(&n, "Các trạm thú y đánh giá");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Trung tâm Khuyến nông tăng cường");
    assert_eq!(
        deadlines(d),
        [("trong 6 tháng cuối năm 2024", Some("2024-12-31"))]
    );
}

/// An occasion after a plan's name names the plan: with a printed day in
/// the directive it is no deadline; work done on the occasion keeps it.
#[test]
fn an_occasion_after_a_plans_name_is_no_deadline() {
    let n = extract(
        "CÔNG AN TỈNH KON TUM\n\
        Số: 215/TB-CAT\n\
        Kon Tum, ngày 02 tháng 4 năm 2023\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Giám đốc Công an tỉnh tại cuộc họp giao ban tháng 3\n\
        \n\
        1. Phòng Cảnh sát giao thông xây dựng phương án tuần tra kiểm soát giao thông dịp nghỉ lễ 30/4 - 1/5, trình Giám đốc Công an tỉnh trước ngày 20/4/2023.\n\
        \n\
        2. Phòng Cảnh sát cơ động tổ chức lực lượng tuần tra trên các tuyến quốc lộ dịp Tết Nguyên đán.\n\
        ",
    );
    let d = directive(&n, "Phòng Cảnh sát giao thông xây dựng");
    assert_eq!(deadlines(d), [("trước ngày 20/4/2023", Some("2023-04-20"))]);
    let d = directive(&n, "Phòng Cảnh sát cơ động tổ chức");
    assert_eq!(deadlines(d).len(), 1, "{:?}", deadlines(d));
    assert!(deadlines(d)[0].0.starts_with("dịp Tết"));
}

/// A waiting time after the work ("không để … hư hỏng trong thời gian chờ
/// thanh lý") says while, not by when; opening its clause it is kept.
#[test]
fn a_waiting_time_after_the_work_is_no_deadline() {
    let n = extract(
        "ỦY BAN NHÂN DÂN PHƯỜNG HÒA HẢI\n\
        Số: 77/TB-UBND\n\
        Hòa Hải, ngày 15 tháng 9 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND phường về quản lý tài sản công\n\
        \n\
        1. Ban Quản lý chợ có trách nhiệm bảo quản các ki-ốt, không để hư hỏng, mất mát trong thời gian chờ thanh lý.\n\
        \n\
        2. Phòng Kinh tế kiểm định cầu treo thôn 3; trong thời gian chờ kết quả, cấm xe cơ giới qua cầu.\n\
        ",
    );
    let d = directive(&n, "Ban Quản lý chợ có trách nhiệm");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Phòng Kinh tế kiểm định");
    assert_eq!(deadlines(d), [("trong thời gian chờ kết quả", None)]);
}

/// Rounds paired with the year's end are one recurrence: "định kỳ 6 tháng
/// và cuối năm".
#[test]
fn rounds_paired_with_the_years_end_are_one_recurrence() {
    let n = extract(
        "ỦY BAN NHÂN DÂN HUYỆN LONG ĐIỀN\n\
        Số: 90/TB-UBND\n\
        Long Điền, ngày 10 tháng 3 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về công tác giảm nghèo\n\
        \n\
        1. Phòng Lao động - Thương binh và Xã hội tổng hợp kết quả giảm nghèo, báo cáo UBND huyện định kỳ 6 tháng và cuối năm.\n\
        ",
    );
    let d = directive(&n, "Phòng Lao động - Thương binh và Xã hội tổng hợp");
    assert_eq!(deadlines(d), [("định kỳ 6 tháng và cuối năm", None)]);
}

/// A body singled out under a heading's bodies ("Riêng UBND xã A chưa …,
/// yêu cầu …"), or named as lagging ("UBND xã B còn chậm …, đề nghị …"),
/// then a request with no object of its own: that body is the doer.
#[test]
fn a_body_singled_out_then_a_bare_request_is_the_doer() {
    let n = extract(
        "ỦY BAN NHÂN DÂN HUYỆN CAM LÂM\n\
        VĂN PHÒNG\n\
        Số: 45/TB-VP\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp về chuyển đổi cây trồng\n\
        \n\
        II. NHIỆM VỤ THỜI GIAN TỚI\n\
        1. UBND các xã, thị trấn:\n\
        - Rà soát diện tích cây trồng kém hiệu quả, lập kế hoạch chuyển đổi trong năm 2025.\n\
        Riêng UBND xã Suối Tân chưa lập kế hoạch chuyển đổi, yêu cầu báo cáo rõ nguyên nhân, gửi Phòng Nông nghiệp trong 10 ngày.\n\
        - UBND xã Cam Hải Tây còn chậm giải ngân vốn hỗ trợ, đề nghị khẩn trương hoàn thành trước ngày 30/6/2025.\n\
        ",
    );
    let d = directive(&n, "Rà soát diện tích");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    let d = directive(&n, "Riêng UBND xã Suối Tân");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Suối Tân"]);
    let d = directive(&n, "UBND xã Cam Hải Tây còn chậm");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Cam Hải Tây"]);
}

/// In a news report, "X (nay là …) được yêu cầu …": the body given the
/// work in the passive, its note in brackets no part of its name.
#[test]
fn a_passive_request_to_a_body_with_a_note_in_brackets() {
    let n = extract(
        "Tin tức\n\
        \n\
        (BĐN) - Chiều 12/3, Sở Y tế tỉnh họp giao ban công tác phòng, chống dịch.\n\
        \n\
        Đối với các bệnh viện, Giám đốc Sở yêu cầu sàng lọc các trường hợp sốt xuất huyết. Các bệnh viện tuyến tỉnh như Bệnh viện Đa khoa tỉnh sẵn sàng tiếp nhận bệnh nhân nặng.\n\
        \n\
        Bên cạnh đó, Trung tâm Truyền thông giáo dục sức khỏe (nay là Khoa Truyền thông thuộc CDC) được yêu cầu phối hợp với các cơ quan báo chí tăng cường tuyên truyền phòng bệnh.\n\
        ",
    );
    let d = directive(&n, "Bên cạnh đó, Trung tâm Truyền thông");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Truyền thông giáo dục sức khỏe"]
    );
}

/// A newspaper or station named as the doer with the verb "thông tin":
/// the verb is no word of its name (as "Thông tin" of "Cổng Thông tin" is).
#[test]
fn a_newspaper_or_station_that_informs() {
    let n = extract(
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n\
        Số: 88/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về phòng, chống thiên tai\n\
        \n\
        1. Báo Phú Yên thông tin kịp thời tình hình mưa lũ trên địa bàn.\n\
        2. Đài Phát thanh và Truyền hình tỉnh thông tin, tuyên truyền các biện pháp phòng tránh.\n\
        3. Cổng Thông tin điện tử tỉnh đăng tải các bản tin dự báo.\n\
        ",
    );
    let d = directive(&n, "Báo Phú Yên thông tin");
    assert_eq!(bodies(d, Role::Lead), ["Báo Phú Yên"]);
    let d = directive(&n, "Đài Phát thanh và Truyền hình tỉnh thông tin");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Đài Phát thanh và Truyền hình tỉnh"]
    );
    let d = directive(&n, "Cổng Thông tin điện tử");
    assert_eq!(bodies(d, Role::Lead), ["Cổng Thông tin điện tử tỉnh"]);
}

/// "Các Ban …" under "Đối với các Ban HĐND huyện:": the plural head
/// printed bare points back to the heading's bodies.
#[test]
fn a_bare_plural_head_under_a_heading_of_that_head() {
    let n = extract(
        "HĐND HUYỆN NAM TRÀ MY\n\
        THƯỜNG TRỰC\n\
        Số: 12/TB-HĐND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch HĐND huyện tại cuộc họp giao ban tháng 3\n\
        \n\
        1. Đối với UBND huyện:\n\
        - Chỉ đạo khắc phục hậu quả sạt lở đường giao thông trước ngày 30/4/2024.\n\
        2. Đối với các Ban HĐND huyện:\n\
        - Các Ban tiếp tục giám sát việc giải quyết kiến nghị cử tri.\n\
        ",
    );
    let d = directive(&n, "Các Ban tiếp tục giám sát");
    assert_eq!(bodies(d, Role::Lead), ["Ban HĐND huyện"]);
}

/// "Các bệnh viện tuyến tỉnh như Bệnh viện A, Bệnh viện B sẵn sàng …":
/// the kind is the doer, the bodies after "như" only examples of it.
#[test]
fn a_kind_with_examples_after_nhu_is_the_doer() {
    let n = extract(
        "Tin tức\n\
        \n\
        (BĐN) - Chiều 12/3, Sở Y tế tỉnh họp giao ban công tác phòng, chống dịch.\n\
        \n\
        Giám đốc Sở yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt chẽ các ổ dịch sốt xuất huyết. Các bệnh viện tuyến tỉnh như Bệnh viện Đa khoa tỉnh, Bệnh viện Lao và Bệnh phổi sẵn sàng tiếp nhận bệnh nhân nặng.\n\
        ",
    );
    let d = directive(&n, "Các bệnh viện tuyến tỉnh như");
    assert_eq!(bodies(d, Role::Lead), ["bệnh viện tuyến tỉnh"]);
}

/// What a service handled over a closed window, counted, right after "…
/// kết luận như sau:" ("Từ ngày … đến ngày …, Bộ phận Một cửa tiếp nhận 412
/// hồ sơ, đã trả kết quả …"), reports: no task; the items after the request
/// are.
#[test]
fn a_count_of_what_was_handled_after_the_conclusion_cue_is_no_task() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        PHƯỜNG HÒA MINH\n\
        \n\
        Số: 18/TB-UBND\n\
        Hòa Minh, ngày 05 tháng 4 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND phường tại cuộc họp về công tác hộ tịch\n\
        \n\
        Sau khi nghe báo cáo và ý kiến của các thành viên dự họp, Chủ tịch UBND phường kết luận như sau:\n\
        \n\
        Từ ngày 01/01/2026 đến ngày 31/3/2026, Bộ phận Một cửa phường tiếp nhận 412 hồ sơ hộ tịch, đã trả kết quả 398 hồ sơ, còn 14 hồ sơ đang xử lý. Sổ hộ tịch của 2 phường cũ chưa được số hóa đầy đủ.\n\
        \n\
        Để khắc phục những hạn chế trên, Chủ tịch UBND phường yêu cầu:\n\
        \n\
        Một là, Phòng Văn hóa - Xã hội rà soát 14 hồ sơ còn tồn, trả kết quả cho người dân trước ngày 20/4/2026.\n\
        \n\
        Hai là, Bộ phận Một cửa phường niêm yết công khai thủ tục hành chính lĩnh vực hộ tịch.\n\
        ",
    );
    no_directive_with(&n, &["tiếp nhận 412 hồ sơ"]);
    let d = directive(&n, "Phòng Văn hóa - Xã hội rà soát");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa - Xã hội"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// A numbered item that only tells how things run ("cơ bản đáp ứng", "đã bố
/// trí 1.204 công chức") and then what still lacks ("Tuy nhiên, còn …") is
/// assessment; one that then asks ("Vì vậy, yêu cầu UBND các xã …") stays a
/// task. The issuing office's closing ("Phòng Tổng hợp thông báo kết luận …
/// để các cơ quan, đơn vị biết, thực hiện./.") is no task either.
#[test]
fn a_numbered_assessment_and_an_office_closing_are_no_tasks() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        TỈNH HÀ TĨNH\n\
        \n\
        Số: 77/TB-UBND\n\
        Hà Tĩnh, ngày 12 tháng 9 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về vận hành trung tâm hành chính công cấp xã\n\
        \n\
        Sau khi nghe Sở Nội vụ báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        1. Sau hai tháng vận hành, các trung tâm phục vụ hành chính công cấp xã cơ bản đáp ứng yêu cầu. Toàn tỉnh đã bố trí 1.204 công chức làm việc tại bộ phận một cửa. Tuy nhiên, còn 9 xã thiếu máy scan; một số nơi chưa kết nối phần mềm.\n\
        \n\
        2. Trong tháng đầu vận hành, nhiều xã đã tiếp nhận hồ sơ đúng quy định. Tuy nhiên, còn chậm trả kết quả. Vì vậy, yêu cầu UBND các xã rà soát quy trình, trả kết quả đúng hạn.\n\
        \n\
        3. Giao Sở Khoa học và Công nghệ cấp bổ sung máy scan cho các xã trước ngày 30/9/2025.\n\
        \n\
        Phòng Tổng hợp thông báo kết luận của đồng chí Chủ tịch để các cơ quan, đơn vị biết, thực hiện./.\n\
        ",
    );
    no_directive_with(&n, &["cơ bản đáp ứng", "Phòng Tổng hợp thông báo"]);
    let d = directive(&n, "Vì vậy, yêu cầu UBND các xã");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã"]);
    let d = directive(&n, "Giao Sở Khoa học và Công nghệ");
    assert_eq!(bodies(d, Role::Lead), ["Sở Khoa học và Công nghệ"]);
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
}

/// A news report's conclusion opened by a phrase, the speaker's remark after
/// "nhấn mạnh," and then a request in the same sentence ("Phát biểu kết
/// luận, Phó Chủ tịch UBND tỉnh … nhấn mạnh, nhu cầu … còn rất lớn, yêu cầu
/// Sở Xây dựng và UBND các xã … rà soát …"): the remark swallows no request;
/// those asked are the doers.
#[test]
fn a_remark_after_nhan_manh_does_not_swallow_the_request_after_it() {
    let n = extract(
        "Quảng Ngãi đẩy nhanh tiến độ xây dựng nhà ở xã hội\n\
        \n\
        Chiều 14/10, UBND tỉnh tổ chức hội nghị về phát triển nhà ở xã hội.\n\
        \n\
        Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Trần Văn Bình nhấn mạnh, nhu cầu nhà ở của công nhân còn rất lớn, yêu cầu Sở Xây dựng và UBND các xã, phường có khu công nghiệp rà soát quỹ đất dành cho nhà ở xã hội, hoàn thành trước ngày 30/11/2025.\n\
        \n\
        Phó Chủ tịch giao Sở Tài chính tham mưu bố trí vốn cho các dự án trong tháng 12/2025.\n\
        ",
    );
    let d = directive(&n, "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh");
    let lead = bodies(d, Role::Lead);
    assert!(lead.contains(&"Sở Xây dựng"), "{lead:?}");
    assert_eq!(lead.len(), 2, "{lead:?}");
    assert_eq!(
        deadlines(d),
        [("trước ngày 30/11/2025", Some("2025-11-30"))]
    );
}

/// An item worded as the part a body plays, then its task ("Phòng Nghiệp vụ
/// Y và Quản lý chất lượng khám chữa bệnh là đầu mối tham mưu Giám đốc Sở
/// thành lập …"): the name's lower-case run ends at "là đầu mối" as at a
/// verb, and the item is that body's task with its own deadline.
#[test]
fn a_body_named_as_the_focal_point_then_its_task_is_a_directive() {
    let n = extract(
        "SỞ Y TẾ TỈNH NINH BÌNH\n\
        Số: 845/SYT-NVY\n\
        V/v triển khai cấp chứng chỉ hành nghề năm 2024\n\
        Ninh Bình, ngày 15 tháng 5 năm 2024\n\
        \n\
        Kính gửi: Các đơn vị trực thuộc Sở\n\
        \n\
        Để triển khai cấp chứng chỉ hành nghề năm 2024, Sở Y tế yêu cầu các đơn vị thực hiện như sau:\n\
        \n\
        Một là, rà soát danh sách người hành nghề tại đơn vị, gửi về Sở trước ngày 31/5/2024.\n\
        \n\
        Hai là, Phòng Nghiệp vụ Y và Quản lý chất lượng khám chữa bệnh là đầu mối tham mưu Giám đốc Sở thành lập Hội đồng tư vấn cấp chứng chỉ hành nghề trong tháng 6/2024; Phòng Kế hoạch - Tài chính bố trí kinh phí in phôi chứng chỉ.\n\
        \n\
        Nhận được công văn này, đề nghị các đơn vị nghiêm túc triển khai thực hiện./.\n\
        ",
    );
    let d = directive(&n, "Phòng Nghiệp vụ Y và Quản lý chất lượng");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Phòng Nghiệp vụ Y và Quản lý chất lượng khám chữa bệnh"]
    );
    assert_eq!(deadlines(d), [("trong tháng 6/2024", Some("2024-06-30"))]);
    let d = directive(&n, "Phòng Kế hoạch - Tài chính bố trí");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kế hoạch - Tài chính"]);
}

/// A new sentence inside an item whose subject is a kind of place narrowed
/// by what it has ("Các phường có chợ truyền thống xây dựng nội quy chợ,
/// hoàn thành trong quý II/2026.") after the named places of the same level
/// ("Chủ tịch UBND các phường An Hòa, Bình Minh, Đông Ngàn chịu trách nhiệm
/// …"): a directive of its own, its deadline not the first one's.
#[test]
fn places_narrowed_by_what_they_have_start_a_directive_of_their_own() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        THÀNH PHỐ BẮC NINH\n\
        \n\
        Số: 56/TB-UBND\n\
        Bắc Ninh, ngày 20 tháng 3 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND thành phố về quản lý trật tự đô thị\n\
        \n\
        Chủ tịch UBND thành phố kết luận như sau:\n\
        \n\
        Một là, Phòng Quản lý đô thị tăng cường kiểm tra trật tự xây dựng trên địa bàn.\n\
        \n\
        Hai là, Chủ tịch UBND các phường An Hòa, Bình Minh, Đông Ngàn chịu trách nhiệm quản lý chặt chẽ trật tự xây dựng trên địa bàn; không để phát sinh công trình trái phép. Các phường có chợ truyền thống xây dựng nội quy chợ, hoàn thành trong quý II/2026.\n\
        ",
    );
    let d = directive(&n, "Các phường có chợ truyền thống");
    assert_eq!(bodies(d, Role::Lead), ["phường có chợ truyền thống"]);
    assert_eq!(deadlines(d), [("trong quý II/2026", Some("2026-06-30"))]);
    let d = directive(&n, "Chủ tịch UBND các phường An Hòa");
    assert_eq!(bodies(d, Role::Lead).len(), 3);
    assert!(deadlines(d).is_empty(), "{:?}", deadlines(d));
}

/// A plural kind of unit with capitalized proper names ("các Đồn Biên
/// phòng A, B và C", "Ban Quản lý rừng phòng hộ A, B") is one body per
/// name; the "và" before the last name ends the list.
#[test]
fn a_plural_kind_with_proper_names_is_one_body_per_name() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện Phong Thổ về quản lý biên giới\n\
        \n\
        1. Các Đồn Biên phòng Ma Ly Pho, Huổi Luông và Vàng Ma Chải tăng cường tuần tra, kiểm soát đường mòn, lối mở.\n\
        2. Ban Quản lý rừng phòng hộ Mường So, Dào San kiểm tra hiện trạng rừng trước ngày 30/6/2026.\n\
        3. Các trường THPT Phong Thổ, Sì Lở Lầu và Mường So rà soát hồ sơ học sinh.\n\
        ",
    );
    let d = directive(&n, "Các Đồn Biên phòng");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Đồn Biên phòng Ma Ly Pho",
            "Đồn Biên phòng Huổi Luông",
            "Đồn Biên phòng Vàng Ma Chải"
        ]
    );
    let d = directive(&n, "Ban Quản lý rừng phòng hộ");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Ban Quản lý rừng phòng hộ Mường So",
            "Ban Quản lý rừng phòng hộ Dào San"
        ]
    );
    let d = directive(&n, "Các trường THPT");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Trường THPT Phong Thổ",
            "Trường THPT Sì Lở Lầu",
            "Trường THPT Mường So"
        ]
    );
}

/// A kind's lower-case qualifier of place or origin ("sở tại", "nước
/// bạn", "trong lưu vực") and the field of "lực lượng" belong to the name.
#[test]
fn a_kind_keeps_its_qualifier_of_place_or_origin() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về phòng chống buôn lậu qua biên giới\n\
        \n\
        1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với lực lượng biên phòng nước bạn tổ chức tuần tra song phương.\n\
        2. Công an huyện Mường Khương phối hợp với Trung tâm Y tế sở tại kiểm tra sức khỏe người nhập cảnh.\n\
        3. Sở Tài nguyên và Môi trường phối hợp với các địa phương trong lưu vực kiểm soát nguồn xả thải.\n\
        ",
    );
    let d = directive(&n, "Bộ Chỉ huy Bộ đội Biên phòng");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["lực lượng biên phòng nước bạn"]
    );
    let d = directive(&n, "Công an huyện Mường Khương");
    assert_eq!(bodies(d, Role::Cooperate), ["Trung tâm Y tế sở tại"]);
    let d = directive(&n, "Sở Tài nguyên và Môi trường");
    assert_eq!(bodies(d, Role::Cooperate), ["địa phương trong lưu vực"]);
}

/// A field that takes an object ("Quản lý", "Phát triển") keeps it in the
/// name though it is a verb ("Phòng Quản lý xây dựng chủ trì …").
#[test]
fn a_field_keeps_its_object_though_it_is_a_verb() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Giám đốc Sở Xây dựng về cấp giấy phép xây dựng\n\
        \n\
        1. Phòng Quản lý xây dựng chủ trì, phối hợp với Thanh tra Sở rà soát hồ sơ cấp phép.\n\
        2. Phòng Quản lý xây dựng và Phòng Kinh tế và Hạ tầng thị xã kiểm tra công trình trước ngày 15/9/2025.\n\
        3. Sở Xây dựng hướng dẫn thực hiện quy định về cấp phép.\n\
        ",
    );
    let d = directive(&n, "Phòng Quản lý xây dựng chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Quản lý xây dựng"]);
    let d = directive(&n, "Phòng Quản lý xây dựng và");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Phòng Quản lý xây dựng", "Phòng Kinh tế và Hạ tầng thị xã"]
    );
    let d = directive(&n, "Sở Xây dựng hướng dẫn");
    assert_eq!(bodies(d, Role::Lead), ["Sở Xây dựng"]);
}

/// A kind with examples after "như" ("Các bệnh viện tuyến thành phố như
/// Bệnh viện A, Bệnh viện B sẵn sàng …"): the body is the kind.
#[test]
fn a_kind_with_examples_is_the_body() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Giám đốc Sở Y tế về phòng chống dịch sởi\n\
        \n\
        1. Các bệnh viện tuyến thành phố như Bệnh viện Hữu Nghị, Bệnh viện Phổi sẵn sàng tiếp nhận, điều trị bệnh nhân nặng.\n\
        2. Các trung tâm y tế như Trung tâm Y tế quận Lê Chân, Trung tâm Y tế huyện Thủy Nguyên tổ chức tiêm vắc xin trước ngày 30/4/2026.\n\
        ",
    );
    let d = directive(&n, "Các bệnh viện tuyến thành phố");
    assert_eq!(bodies(d, Role::Lead), ["bệnh viện tuyến thành phố"]);
    let d = directive(&n, "Các trung tâm y tế");
    assert_eq!(bodies(d, Role::Lead), ["trung tâm y tế"]);
}

/// A kind narrowed by a participle and the role it names ("các trường
/// THPT được chọn làm điểm thi chuẩn bị …") is the body, whole.
#[test]
fn a_kind_narrowed_by_a_participle_keeps_it() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Giám đốc Sở Giáo dục và Đào tạo về kỳ thi tuyển sinh lớp 10\n\
        \n\
        1. Các trường THCS được chọn làm điểm thi chuẩn bị phòng thi, phòng trực trước ngày 25/5/2026.\n\
        ",
    );
    let d = directive(&n, "Các trường THCS được chọn");
    assert_eq!(
        bodies(d, Role::Lead),
        ["trường THCS được chọn làm điểm thi"]
    );
}

/// Under a heading that names a body ("3. Trung tâm Khuyến nông tỉnh"), an
/// item that opens with a trade done as work ("Tư vấn kỹ thuật …") is the
/// heading body's task: the trade is no body of its own.
#[test]
fn a_trade_opening_a_sub_item_is_the_heading_body_s_work() {
    let n = extract(
        "KẾ HOẠCH\n\
        Phát triển sản xuất nông nghiệp hữu cơ năm 2026\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Sở Nông nghiệp và Môi trường\n\
        1.1. Chủ trì hướng dẫn các xã xây dựng vùng sản xuất hữu cơ.\n\
        2. Trung tâm Khuyến nông tỉnh\n\
        2.1. Tư vấn chuyển đổi cây trồng, hỗ trợ nông dân áp dụng quy trình hữu cơ.\n\
        2.2. Phối hợp với Hội Nông dân tỉnh mở lớp tập huấn trong quý II/2026.\n\
        ",
    );
    let d = directive(&n, "Tư vấn chuyển đổi");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Khuyến nông tỉnh"]);
    let d = directive(&n, "Phối hợp với Hội Nông dân");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Khuyến nông tỉnh"]);
}

/// A crop season's results told before or after "… kết luận như sau:"
/// ("Vụ Đông Xuân 2025-2026, toàn xã … ước đạt …; tuy nhiên, việc phân công
/// … còn chậm") report, even with "việc phân công" in them: no task.
#[test]
fn a_season_s_results_are_no_task() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp sơ kết vụ Đông Xuân\n\
        \n\
        Vụ Đông Xuân 2025-2026, toàn xã gieo trồng 2.150 ha lúa, năng suất ước đạt 7,2 tấn/ha. Tuy nhiên, việc phân công theo dõi dịch hại giữa các ấp còn chậm.\n\
        \n\
        Chủ tịch UBND xã kết luận như sau:\n\
        \n\
        1. Phòng Kinh tế xã hướng dẫn nông dân vệ sinh đồng ruộng trước ngày 15/4/2026.\n\
        ",
    );
    assert!(
        !n.directives
            .iter()
            .any(|d| d.text.starts_with("Vụ Đông Xuân")),
        "{:#?}",
        n.directives
    );
    let d = directive(&n, "Phòng Kinh tế xã");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế xã"]);
}

/// Firms of one kind named one by one ("Các Công ty Điện lực A, B và C",
/// "Các Công ty TNHH MTV Khai thác công trình thủy lợi A, B"): one body
/// each, the later names sharing the first name's words before its place.
#[test]
fn firms_of_one_kind_named_one_by_one() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về phòng chống hạn hán vụ Đông Xuân\n\
        \n\
        1. Các Công ty TNHH một thành viên Khai thác công trình thủy lợi Bắc Hà Nam, Nam Hà Nam khẩn trương nạo vét kênh dẫn trước ngày 20/01/2026.\n\
        2. Các Công ty Điện lực Hà Nam, Ninh Bình và Nam Định bảo đảm cấp điện cho các trạm bơm.\n\
        ",
    );
    let d = directive(&n, "Các Công ty TNHH");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Công ty TNHH một thành viên Khai thác công trình thủy lợi Bắc Hà Nam",
            "Công ty TNHH một thành viên Khai thác công trình thủy lợi Nam Hà Nam"
        ]
    );
    let d = directive(&n, "Các Công ty Điện lực");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Công ty Điện lực Hà Nam",
            "Công ty Điện lực Ninh Bình",
            "Công ty Điện lực Nam Định"
        ]
    );
}

/// A generic kind narrowed by what it runs ("các đơn vị quản lý bãi tắm
/// xây dựng …", "các đơn vị vận hành hồ chứa"): the kind keeps it.
#[test]
fn a_generic_kind_narrowed_by_what_it_runs_keeps_it() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về mùa du lịch biển\n\
        \n\
        1. Sở Du lịch chủ trì, phối hợp với UBND thị xã Cửa Lò và các đơn vị quản lý bãi tắm xây dựng phương án cứu hộ trước ngày 30/4/2026.\n\
        2. Sở Nông nghiệp và Môi trường phối hợp với các đơn vị vận hành hồ chứa kiểm tra an toàn đập.\n\
        ",
    );
    let d = directive(&n, "Sở Du lịch chủ trì");
    assert!(bodies(d, Role::Cooperate).contains(&"đơn vị quản lý bãi tắm"));
    let d = directive(&n, "Sở Nông nghiệp");
    assert!(bodies(d, Role::Cooperate).contains(&"đơn vị vận hành hồ chứa"));
}

/// Seasons named by a farm or life activity ("trước mùa ra hoa", "trong suốt
/// mùa sinh sản", "trong mùa cạo mủ") bound the work like seasons of weather.
#[test]
fn a_season_named_by_an_activity_is_an_event_deadline() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND huyện tại buổi làm việc về sản xuất nông, lâm nghiệp\n\
        \n\
        1. Trạm Khuyến nông huyện hướng dẫn nông dân tỉa cành, bón phân cho vườn xoài trước mùa ra hoa kết trái.\n\
        2. Hạt Kiểm lâm huyện tăng cường tuần tra, ngăn chặn săn bắt chim hoang dã trong suốt mùa sinh sản.\n\
        3. Nông trường Cao su Đồng Phú bảo đảm an toàn lao động cho công nhân trong mùa cạo mủ năm 2026.\n\
        ",
    );
    let d = directive(&n, "Trạm Khuyến nông huyện");
    assert_eq!(deadlines(d), [("trước mùa ra hoa", None)]);
    let d = directive(&n, "Hạt Kiểm lâm huyện");
    assert_eq!(deadlines(d), [("trong suốt mùa sinh sản", None)]);
    let d = directive(&n, "Nông trường Cao su");
    assert_eq!(deadlines(d), [("trong mùa cạo mủ năm 2026", None)]);
}

/// A report due at a briefing conference named by its month ("báo cáo tại
/// Hội nghị giao ban tháng 4/2026") or by the week ahead, like a meeting's.
#[test]
fn a_briefing_conference_named_by_its_month_is_a_deadline() {
    let n = extract(
        "ỦY BAN NHÂN DÂN HUYỆN CẦN GIỜ\n\
        Số: 41/TB-UBND\n\
        Cần Giờ, ngày 12 tháng 3 năm 2026\n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp về thu ngân sách\n\
        \n\
        1. Chi cục Thuế khu vực rà soát các khoản nợ thuế, tổng hợp kết quả báo cáo tại Hội nghị giao ban tháng 4/2026.\n\
        2. Phòng Kinh tế báo cáo tiến độ giải ngân tại hội nghị giao ban tuần tới.\n\
        ",
    );
    let d = directive(&n, "Chi cục Thuế");
    assert_eq!(
        deadlines(d),
        [("tại Hội nghị giao ban tháng 4/2026", Some("2026-04-30"))]
    );
    let d = directive(&n, "Phòng Kinh tế");
    assert_eq!(deadlines(d), [("tại hội nghị giao ban tuần tới", None)]);
}

/// Pay or gifts named by the time they are for ("lương, thưởng cuối năm",
/// "quà Tết") are things, not deadlines; the day printed beside them is.
#[test]
fn pay_or_gifts_named_by_a_time_are_no_deadline() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về chăm lo đời sống người lao động\n\
        \n\
        1. Liên đoàn Lao động tỉnh theo dõi các doanh nghiệp chi trả lương, thưởng cuối năm cho người lao động; tổng hợp, báo cáo UBND tỉnh trước ngày 20/01/2026.\n\
        2. Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể cuối năm.\n\
        ",
    );
    let d = directive(&n, "Liên đoàn Lao động");
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/01/2026", Some("2026-01-20"))]
    );
    let d = directive(&n, "Sở Y tế kiểm tra");
    assert_eq!(deadlines(d), [("cuối năm", None)]);
}

/// A season or a span of months a plan covers ("xây dựng kế hoạch … trong
/// mùa lễ hội (tháng 01 đến tháng 3)") names the plan when the directive
/// prints a day of its own; work done in the season keeps it.
#[test]
fn a_plans_season_beside_a_printed_day_names_the_plan() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về phục vụ mùa lễ hội\n\
        \n\
        1. Sở Công Thương xây dựng kế hoạch bình ổn giá hàng hóa trong mùa lễ hội (tháng 01 đến tháng 3), bảo đảm đủ nguồn cung; trình UBND tỉnh trước ngày 10/12/2025.\n\
        2. Công an tỉnh tổ chức phân luồng giao thông trong mùa lễ hội; báo cáo kết quả trước ngày 31/3/2026.\n\
        ",
    );
    let d = directive(&n, "Sở Công Thương");
    assert_eq!(
        deadlines(d),
        [("trước ngày 10/12/2025", Some("2025-12-10"))]
    );
    let d = directive(&n, "Công an tỉnh");
    assert_eq!(
        deadlines(d),
        [
            ("trong mùa lễ hội", None),
            ("trước ngày 31/3/2026", Some("2026-03-31"))
        ]
    );
}

/// A lead time in hours before an event is one phrase, ending before the
/// source it is read from ("chậm nhất 24 giờ trước khi lũ về theo bản tin …").
#[test]
fn a_lead_time_in_hours_before_an_event_is_one_phrase() {
    let n = extract(
        "PHƯƠNG ÁN\n\
        Ứng phó với lũ quét, sạt lở đất trên địa bàn xã\n\
        \n\
        1. Ban Chỉ huy quân sự xã di dời các hộ dân ven suối đến nơi an toàn chậm nhất 24 giờ trước khi lũ lớn tập trung theo thông báo của Đài Khí tượng thủy văn tỉnh.\n\
        2. Trạm Y tế xã chuẩn bị cơ số thuốc ít nhất 48 giờ trước khi bão đổ bộ.\n\
        ",
    );
    let d = directive(&n, "Ban Chỉ huy quân sự xã");
    assert_eq!(
        deadlines(d),
        [("chậm nhất 24 giờ trước khi lũ lớn tập trung", None)]
    );
    let d = directive(&n, "Trạm Y tế xã");
    assert_eq!(deadlines(d), [("ít nhất 48 giờ trước khi bão đổ bộ", None)]);
}

/// An organ printed once before a list of places that ends in a plural unit
/// ("UBND các thị xã A, B và các huyện", "… và các xã còn lại"): the organ
/// is the closing unit's too.
#[test]
fn an_organ_before_places_is_the_closing_plural_units_too() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về phòng, chống sốt xuất huyết\n\
        \n\
        1. UBND các thành phố Long Xuyên, Châu Đốc và các huyện:\n\
        - Tổ chức chiến dịch diệt lăng quăng tại các khu dân cư.\n\
        2. Trung tâm Y tế các huyện Chợ Mới, Phú Tân và các thị xã còn lại giám sát ca bệnh hằng tuần.\n\
        ",
    );
    let d = directive(&n, "Tổ chức chiến dịch");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND thành phố Long Xuyên",
            "UBND thành phố Châu Đốc",
            "UBND các huyện"
        ]
    );
    let d = directive(&n, "Trung tâm Y tế các huyện");
    assert!(bodies(d, Role::Lead).contains(&"Trung tâm Y tế các thị xã còn lại"));
}

/// A kind named by its project or task keeps it up to the verb ("các chủ
/// đầu tư dự án … không tự ý …", "Ban Bồi thường, hỗ trợ và tái định cư
/// huyện"), and a passive after a name in full is no part of it ("Sở … được
/// giao chủ trì …").
#[test]
fn kinds_keep_their_project_and_a_passive_ends_a_full_name() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về công tác giải phóng mặt bằng\n\
        \n\
        1. Ban Bồi thường, hỗ trợ và tái định cư huyện khẩn trương lập phương án bồi thường trước ngày 15/8/2026.\n\
        2. Ban Giải phóng mặt bằng tỉnh tổ chức đối thoại với các hộ dân.\n\
        3. Các chủ đầu tư dự án nhà ở xã hội không tự ý chuyển nhượng nền đất khi chưa đủ điều kiện.\n\
        4. Sở Văn hóa, Thể thao và Du lịch được giao chủ trì rà soát các di tích nằm trong phạm vi dự án.\n\
        ",
    );
    let d = directive(&n, "Ban Bồi thường");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Bồi thường, hỗ trợ và tái định cư huyện"]
    );
    let d = directive(&n, "Ban Giải phóng");
    assert_eq!(bodies(d, Role::Lead), ["Ban Giải phóng mặt bằng tỉnh"]);
    let d = directive(&n, "Các chủ đầu tư");
    assert_eq!(bodies(d, Role::Lead), ["chủ đầu tư dự án nhà ở xã hội"]);
    let d = directive(&n, "Sở Văn hóa");
    assert_eq!(bodies(d, Role::Lead), ["Sở Văn hóa, Thể thao và Du lịch"]);
}

/// Kinds whose trade holds a word read otherwise elsewhere ("cấp" a level,
/// "trật tự" a verb) are named whole among partners: "các tổ cấp cứu lưu
/// động", "lực lượng trật tự đô thị các phường".
#[test]
fn partner_kinds_with_a_trade_read_otherwise_are_named_whole() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND thành phố về lễ hội pháo hoa\n\
        \n\
        1. Trung tâm Y tế thành phố chủ trì, phối hợp với các tổ cấp cứu lưu động trực tại các điểm bắn pháo hoa.\n\
        2. Công an thành phố phối hợp với lực lượng trật tự đô thị các phường giải tỏa hàng rong trên tuyến đường ven sông.\n\
        ",
    );
    let d = directive(&n, "Trung tâm Y tế");
    assert_eq!(bodies(d, Role::Cooperate), ["tổ cấp cứu lưu động"]);
    let d = directive(&n, "Công an thành phố");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["lực lượng trật tự đô thị các phường"]
    );
}

/// A subordinate body named as the subject that requires another body to
/// act ("Ban Quản lý … yêu cầu các công ty … rà soát …") is the doer, as
/// "X chỉ đạo Y" is X's; the speaker's own "Chủ tịch UBND tỉnh yêu cầu …"
/// still makes the body asked the doer.
#[test]
fn a_subordinate_body_requiring_another_is_the_doer() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về an toàn thực phẩm tại các chợ\n\
        \n\
        1. Ban Quản lý chợ đầu mối Bình Điền yêu cầu các hộ kinh doanh thủy sản niêm yết giá, ghi rõ nguồn gốc hàng hóa trước ngày 15/3/2026.\n\
        2. Trung tâm Kiểm soát bệnh tật tỉnh yêu cầu các cơ sở chế biến suất ăn công nghiệp lấy mẫu lưu thực phẩm hằng ngày.\n\
        3. Chủ tịch UBND tỉnh yêu cầu Sở Công Thương kiểm tra các chợ đêm trong quý II/2026.\n\
        4. Ban Quản lý các khu kinh tế tỉnh yêu cầu các doanh nghiệp kinh doanh hạ tầng khu công nghiệp hoàn thiện hệ thống xử lý nước thải.\n\
        ",
    );
    let d = directive(&n, "Ban Quản lý các khu kinh tế");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý các khu kinh tế tỉnh"]);
    let d = directive(&n, "Ban Quản lý chợ");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý chợ đầu mối Bình Điền"]);
    let d = directive(&n, "Trung tâm Kiểm soát");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Kiểm soát bệnh tật tỉnh"]);
    let d = directive(&n, "Chủ tịch UBND tỉnh yêu cầu");
    assert_eq!(bodies(d, Role::Lead), ["Sở Công Thương"]);
}

/// A fronted time clause before the subject ("Ngay sau khi lũ rút, Trạm Y
/// tế xã …", "Sau khi có kết quả …, Phòng …"): the body after its comma is
/// the doer.
#[test]
fn the_subject_after_a_fronted_time_clause_is_the_doer() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã về khắc phục hậu quả mưa lũ\n\
        \n\
        1. Ngay sau khi lũ rút, Trạm Y tế xã phối hợp với các thôn phun hóa chất khử khuẩn tại các vùng bị ngập.\n\
        2. Sau khi có kết quả thống kê thiệt hại, Phòng Kinh tế xã phối hợp với Ban Chỉ huy Quân sự xã lập hồ sơ đề nghị hỗ trợ.\n\
        ",
    );
    let d = directive(&n, "Ngay sau khi lũ rút");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Y tế xã"]);
    let d = directive(&n, "Sau khi có kết quả");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế xã"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Ban Chỉ huy Quân sự xã"]);
}

/// A firm narrowed by its owner ("các công ty TNHH một thành viên do UBND
/// tỉnh làm chủ sở hữu", "các doanh nghiệp nhà nước do Sở … quản lý")
/// keeps the clause up to its verb, also in a heading over its items.
#[test]
fn a_firm_narrowed_by_its_owner_keeps_the_clause() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về sắp xếp, đổi mới doanh nghiệp\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\
        1. Các công ty TNHH một thành viên do UBND tỉnh làm chủ sở hữu rà soát phương án sử dụng đất trước ngày 30/6/2026.\n\
        2. Các doanh nghiệp nhà nước do Sở Nông nghiệp và Môi trường quản lý công khai báo cáo tài chính hằng năm.\n\
        3. Đối với các công ty TNHH một thành viên do UBND huyện làm chủ sở hữu:\n\
        - Hoàn thiện hồ sơ xác định giá trị doanh nghiệp.\n\
        ",
    );
    let d = directive(&n, "Các công ty TNHH");
    assert_eq!(
        bodies(d, Role::Lead),
        ["công ty TNHH một thành viên do UBND tỉnh làm chủ sở hữu"]
    );
    let d = directive(&n, "Các doanh nghiệp nhà nước");
    assert_eq!(
        bodies(d, Role::Lead),
        ["doanh nghiệp nhà nước do Sở Nông nghiệp và Môi trường quản lý"]
    );
    let d = directive(&n, "Hoàn thiện hồ sơ");
    assert_eq!(
        bodies(d, Role::Lead),
        ["công ty TNHH một thành viên do UBND huyện làm chủ sở hữu"]
    );
}

/// A kind narrowed by "có <noun>" and how the noun fares ("các nhà đầu tư
/// có dự án chậm tiến độ cam kết …", "các đơn vị có dự án được giao vốn năm
/// 2026 rà soát …"): the clause runs to the task verb.
#[test]
fn a_clause_on_what_a_kind_has_runs_to_the_task_verb() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh tại hội nghị tháo gỡ khó khăn cho dự án ngoài ngân sách\n\
        Phó Chủ tịch UBND tỉnh kết luận như sau:\n\
        1. Các nhà đầu tư có dự án chậm tiến độ cam kết lại tiến độ bằng văn bản, gửi Sở Tài chính trước ngày 15/3/2026.\n\
        2. Các đơn vị có dự án được giao vốn năm 2026 rà soát khối lượng hoàn thành.\n\
        ",
    );
    let d = directive(&n, "Các nhà đầu tư");
    assert_eq!(bodies(d, Role::Lead), ["nhà đầu tư có dự án chậm tiến độ"]);
    let d = directive(&n, "Các đơn vị có dự án");
    assert_eq!(
        bodies(d, Role::Lead),
        ["đơn vị có dự án được giao vốn năm 2026"]
    );
}

/// Places of one level narrowed by the zone they lie in ("Các thôn trong
/// vùng lõi Vườn quốc gia …") keep the zone.
#[test]
fn places_narrowed_by_their_zone_keep_it() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã về bảo vệ rừng mùa khô\n\
        Chủ tịch UBND xã kết luận như sau:\n\
        1. Các thôn trong vùng lõi Vườn quốc gia Bạch Mã tuyên truyền người dân không đốt nương trước ngày 30/4/2026.\n\
        ",
    );
    let d = directive(&n, "Các thôn trong");
    assert_eq!(
        bodies(d, Role::Lead),
        ["thôn trong vùng lõi Vườn quốc gia Bạch Mã"]
    );
}

/// A slogan of standing by someone ("phương châm đồng hành cùng nhà đầu
/// tư", "chung tay cùng", "sát cánh cùng") names no cooperating body.
#[test]
fn standing_by_someone_is_no_cooperation() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại hội nghị đối thoại doanh nghiệp\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\
        1. Tiếp tục thực hiện phương châm đồng hành cùng doanh nghiệp, tháo gỡ khó khăn cho sản xuất kinh doanh.\n\
        2. Sở Tài chính cùng Sở Xây dựng rà soát đơn giá trước ngày 20/5/2026.\n\
        ",
    );
    let d = directive(&n, "Tiếp tục thực hiện phương châm");
    assert!(bodies(d, Role::Cooperate).is_empty(), "{:#?}", d);
    let d = directive(&n, "Sở Tài chính cùng");
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Xây dựng"]);
}

/// A news paragraph after "X yêu cầu:" led by a collective of public and
/// private bodies ("Các trường công lập và ngoài công lập …") is a task:
/// the qualifier is part of the kind, so the paragraph has its doer.
#[test]
fn news_paragraph_led_by_public_and_private_kind_is_a_task() {
    let n = extract(
        "Sở Giáo dục yêu cầu các trường chuẩn bị năm học mới\n\
        \n\
        (QN) - Sở Giáo dục và Đào tạo tỉnh vừa có văn bản gửi các phòng giáo dục về chuẩn bị năm học mới.\n\
        \n\
        Để bảo đảm an toàn cho học sinh, Sở Giáo dục và Đào tạo yêu cầu:\n\
        \n\
        Các trường công lập và ngoài công lập rà soát cơ sở vật chất, sửa chữa phòng học xuống cấp; hoàn thành trước ngày 20/8/2026. Các cơ sở giáo dục ngoài công lập báo cáo số học sinh về Sở trước ngày 25/8/2026.\n\
        \n\
        Phòng Giáo dục và Đào tạo các huyện chủ trì kiểm tra công tác tuyển sinh đầu cấp.\n\
        ",
    );
    let d = directive(&n, "Các trường công lập");
    assert_eq!(bodies(d, Role::Lead), ["trường công lập và ngoài công lập"]);
    let d = directive(&n, "Các cơ sở giáo dục ngoài công lập");
    assert!(bodies(d, Role::Lead).contains(&"cơ sở giáo dục ngoài công lập"));
}

/// A closing paragraph whose first sentence is the long generic formula
/// (many bodies asked to carry the text out) and whose second gives one
/// named body specific work: the second sentence is a directive.
#[test]
fn long_closing_formula_then_a_named_bodys_work_keeps_the_work() {
    let n = extract(
        "ỦY BAN NHÂN DÂN\n\
        TỈNH BẠC LIÊU\n\
        Số: 08/CT-UBND\n\
        Bạc Liêu, ngày 12 tháng 5 năm 2025\n\
        \n\
        CHỈ THỊ\n\
        Về tăng cường quản lý thu phí chợ\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        1. Sở Công Thương rà soát mạng lưới chợ trên địa bàn tỉnh.\n\
        \n\
        2. UBND các huyện kiểm tra việc thu phí tại các chợ.\n\
        \n\
        Giám đốc các sở, thủ trưởng các ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố Bạc Liêu và các tổ chức, cá nhân liên quan có trách nhiệm tổ chức thực hiện nghiêm túc Chỉ thị này. Sở Tài chính theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh trước ngày 30/11/2025./.\n\
        \n\
        Nơi nhận:\n\
        - Bộ Công Thương;\n\
        ",
    );
    let d = directive(&n, "Sở Tài chính theo dõi");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 30/11/2025", Some("2025-11-30"))]
    );
    no_directive_with(&n, &["Giám đốc các sở"]);
}

/// A last sentence that only names who does the item's work ("Nhiệm vụ
/// này giao Ban Quản lý dự án … thực hiện.", "Giao Phòng … thực hiện nội
/// dung này."): the item is one task, that body's, not the intro's.
#[test]
fn a_trailing_assignment_names_the_items_doer() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND phường về thu ngân sách\n\
        \n\
        Chủ tịch UBND phường yêu cầu các phòng, đơn vị thuộc UBND phường thực hiện tốt các nội dung sau:\n\
        \n\
        Thứ nhất, rà soát các công trình chuyển tiếp; hoàn thành hồ sơ quyết toán trong tháng 10/2025. Nhiệm vụ này giao Ban Quản lý dự án đầu tư xây dựng khu vực Tân Uyên thực hiện.\n\
        \n\
        Thứ hai, kiểm tra các hộ kinh doanh chưa kê khai thuế. Giao Phòng Kinh tế thực hiện nội dung này.\n\
        \n\
        Thứ ba, tổng hợp kết quả thu ngân sách, báo cáo Chủ tịch UBND phường trước ngày 05 hằng tháng.\n\
        ",
    );
    let d = directive(&n, "rà soát các công trình chuyển tiếp");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng khu vực Tân Uyên"]
    );
    no_directive_with(&n, &["Nhiệm vụ này giao"]);
    let d = directive(&n, "kiểm tra các hộ kinh doanh");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế"]);
    no_directive_with(&n, &["Giao Phòng Kinh tế"]);
    let d = directive(&n, "tổng hợp kết quả thu");
    assert_eq!(bodies(d, Role::Lead), ["phòng, đơn vị thuộc UBND phường"]);
}

/// "Hai là, đối với các công ty cổ phần do UBND huyện nắm giữ …:" over
/// items that name no body, or name it bare after its holder ("Chủ tịch
/// công ty chỉ đạo …"): the kind of body is their doer; "Đối với các
/// dự án chuyển tiếp:" is a topic and names none.
#[test]
fn a_for_label_naming_a_kind_of_body_hands_it_down() {
    let n = extract(
        "THÔNG BÁO\n\
        Ý kiến chỉ đạo của Chủ tịch UBND huyện về kinh tế tập thể\n\
        \n\
        Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n\
        \n\
        Một là, Phòng Kinh tế hướng dẫn các xã rà soát kinh tế tập thể trên địa bàn.\n\
        \n\
        Hai là, đối với các công ty cổ phần do UBND huyện nắm giữ cổ phần chi phối:\n\
        \n\
        + Chủ tịch công ty chỉ đạo kiện toàn bộ máy quản lý, điều hành theo quy định.\n\
        \n\
        + Gửi báo cáo tài chính năm về Phòng Tài chính - Kế hoạch trước ngày 31/3/2026.\n\
        \n\
        Ba là, đối với các dự án chuyển tiếp:\n\
        \n\
        + Hoàn thành thủ tục quyết toán trong quý II/2026.\n\
        ",
    );
    for start in ["Chủ tịch công ty chỉ đạo", "Gửi báo cáo tài chính"] {
        let d = directive(&n, start);
        let lead = bodies(d, Role::Lead);
        assert_eq!(lead.len(), 1, "{lead:?}");
        assert!(lead[0].starts_with("công ty cổ phần"), "{lead:?}");
    }
    let d = directive(&n, "Hoàn thành thủ tục quyết toán");
    assert!(
        !bodies(d, Role::Lead).iter().any(|b| b.contains("dự án")),
        "{:?}",
        bodies(d, Role::Lead)
    );
}

/// Office holders as the subject, then a round with its day in brackets
/// and a second round, then the verb: the holders' bodies are the doers.
#[test]
fn a_subject_before_rounds_with_bracketed_days_is_read() {
    let n = extract(
        "CHỈ THỊ\n\
        Về tăng cường công tác phòng chống đuối nước\n\
        \n\
        1. Sở Giáo dục và Đào tạo chỉ đạo các trường tổ chức dạy bơi cho học sinh.\n\
        2. Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thị xã định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) báo cáo kết quả thực hiện về UBND tỉnh.\n\
        ",
    );
    let d = directive(&n, "Giám đốc các sở");
    let lead = bodies(d, Role::Lead);
    assert!(lead.iter().any(|b| b.contains("ban, ngành")), "{lead:?}");
    assert!(
        lead.iter().any(|b| b.contains("UBND các huyện")),
        "{lead:?}"
    );
}

/// "Các sở, ban, ngành cấp tỉnh, các cơ quan thông tin, báo chí tăng cường
/// …" after an introducing sentence: the item's own subject, the press
/// named as one collective.
#[test]
fn the_press_named_as_one_collective_is_an_items_own_subject() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về phát triển người tham gia BHYT\n\
        \n\
        Phó Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện thực hiện các nội dung sau:\n\
        \n\
        1. Rà soát đối tượng chưa tham gia BHYT trên địa bàn.\n\
        \n\
        2. Các sở, ban, ngành cấp tỉnh, các cơ quan thông tin, báo chí đẩy mạnh tuyên truyền chính sách BHYT hộ gia đình.\n\
        ",
    );
    let d = directive(&n, "Các sở, ban, ngành cấp tỉnh");
    let lead = bodies(d, Role::Lead);
    assert!(lead.contains(&"cơ quan thông tin, báo chí"), "{lead:?}");
    assert!(!lead.iter().any(|b| b.contains("UBND")), "{lead:?}");
}

/// The days or nights of a festival or a holiday, counted or while it lasts
/// ("trong 04 ngày Tết (từ … đến …)", "trong 02 đêm hội hoa", "suốt thời
/// gian diễn ra lễ hội"): one undated deadline each, a bracket that spells
/// out the days belonging to it.
#[test]
fn counted_days_of_a_festival_and_its_whole_time() {
    let n = extract(
        "CÔNG ĐIỆN\n\
        Về bảo đảm an ninh trật tự dịp Tết Nguyên đán và mùa lễ hội\n\
        \n\
        1. Ban Quản lý di tích tỉnh bố trí lực lượng trông coi các đền, chùa, nhất là trong 04 ngày Tết (từ 30 tháng Chạp đến mùng 3 tháng Giêng); hoàn thành sửa chữa hệ thống điện trước ngày 20/01/2027.\n\
        2. Công an huyện Kim Sơn thành lập tổ tuần tra túc trực suốt thời gian diễn ra lễ hội.\n\
        3. Đoàn Thanh niên xã bố trí thanh niên tình nguyện giữ gìn vệ sinh trong 02 đêm lễ hội.\n\
        ",
    );
    let d = directive(&n, "Ban Quản lý di tích tỉnh");
    let dl = deadlines(d);
    assert_eq!(dl.len(), 2, "{dl:?}");
    assert!(dl[0].0.starts_with("trong 04 ngày Tết"), "{dl:?}");
    assert_eq!(dl[0].1, None);
    assert_eq!(dl[1], ("trước ngày 20/01/2027", Some("2027-01-20")));
    let d = directive(&n, "Công an huyện Kim Sơn");
    assert_eq!(deadlines(d), [("suốt thời gian diễn ra lễ hội", None)]);
    let d = directive(&n, "Đoàn Thanh niên xã");
    assert_eq!(deadlines(d), [("trong 02 đêm lễ hội", None)]);
}

/// An occasion that names the results reported ("tổng hợp kết quả … dịp
/// Tết, báo cáo … trước ngày …") is no deadline beside the printed day;
/// work done on the occasion keeps it. (Left: the plan's noun is looked
/// for back to the last comma only, so "kết quả phòng cháy, chữa cháy dịp
/// Tết" keeps its occasion.)
#[test]
fn an_occasion_of_reported_results_is_no_deadline() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về phòng cháy, chữa cháy\n\
        \n\
        1. Công an tỉnh tổng hợp kết quả bảo đảm an toàn cháy nổ dịp Tết Dương lịch, báo cáo UBND tỉnh trước ngày 10/01/2027.\n\
        2. Sở Công Thương tổ chức các điểm bán hàng bình ổn giá dịp Tết.\n\
        ",
    );
    let d = directive(&n, "Công an tỉnh");
    assert_eq!(
        deadlines(d),
        [("trước ngày 10/01/2027", Some("2027-01-10"))]
    );
    let d = directive(&n, "Sở Công Thương");
    assert_eq!(deadlines(d).len(), 1);
}

/// A named day with its day and month after "nhân", "vào" or "dịp" is dated
/// in the notice's year; the working day, the same day at a place, the
/// weekend with the holidays after it and an event read to its last word.
#[test]
fn named_days_the_working_day_and_phrase_ends() {
    let n = extract(
        "KẾ HOẠCH\n\
        Thực hiện công tác phụ nữ năm 2025\n\
        Bắc Giang, ngày 10 tháng 02 năm 2025\n\
        \n\
        1. Hội Liên hiệp Phụ nữ huyện tổ chức gặp mặt, tặng quà hội viên nhân Ngày Quốc tế Phụ nữ (08/3).\n\
        2. Bộ phận Một cửa trả kết quả cho các hồ sơ đầy đủ trong ngày làm việc.\n\
        3. Công ty Môi trường đô thị thu gom rác thải trong ngày tại các chợ.\n\
        4. Ban Quản lý chợ duy trì tổ trực vào các ngày thứ Bảy, Chủ nhật và ngày lễ.\n\
        ",
    );
    let d = directive(&n, "Hội Liên hiệp Phụ nữ huyện");
    assert_eq!(
        deadlines(d),
        [("nhân Ngày Quốc tế Phụ nữ (08/3)", Some("2025-03-08"))]
    );
    let d = directive(&n, "Bộ phận Một cửa");
    assert_eq!(deadlines(d), [("trong ngày làm việc", None)]);
    let d = directive(&n, "Công ty Môi trường");
    assert_eq!(deadlines(d), [("trong ngày", None)]);
    let d = directive(&n, "Ban Quản lý chợ");
    assert_eq!(
        deadlines(d),
        [("vào các ngày thứ Bảy, Chủ nhật và ngày lễ", None)]
    );
}

/// A body named in full and given the work in the passive ("Sở Xây dựng
/// được giao chủ trì, phối hợp với …", "Bộ Công Thương được phân công rà
/// soát …") does it: its name ends before "được" and it stays the doer.
#[test]
fn a_named_body_given_the_work_in_the_passive_leads() {
    let n = extract(
        "UBND TỈNH BÌNH ĐỊNH\n\
        Số: 45/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về cấp nước sinh hoạt\n\
        \n\
        1. Sở Nông nghiệp và Môi trường được giao chủ trì, phối hợp với Sở Tài chính rà soát các công trình cấp nước nông thôn, hoàn thành trước ngày 30/9/2025.\n\
        2. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn được phân công sửa chữa các trạm bơm hư hỏng trong quý IV/2025.\n\
        3. UBND các huyện tuyên truyền người dân sử dụng nước tiết kiệm.\n",
    );
    let d = directive(&n, "Sở Nông nghiệp và Môi trường được giao");
    assert_eq!(bodies(d, Role::Lead), ["Sở Nông nghiệp và Môi trường"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Tài chính"]);
    let d = directive(&n, "Trung tâm Nước sạch");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"]
    );
}

/// An investor named by its project, the project's own capitalized name
/// included ("Chủ đầu tư dự án khu đô thị Nam Hà Tiên không được …"), is the
/// body of a negative duty, and the notice keeps its items (the first item
/// losing its body had lost every item after it).
#[test]
fn an_investor_named_by_its_project_keeps_a_negative_duty() {
    let n = extract(
        "UBND TỈNH KIÊN GIANG\n\
        Số: 112/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về quản lý xây dựng\n\
        \n\
        1. Chủ đầu tư dự án khu đô thị Nam Hà Tiên không được san lấp mặt bằng khi chưa có giấy phép.\n\
        2. Chủ đầu tư dự án nhà máy nước Tây Sơn tuyệt đối không xả nước thải chưa xử lý ra kênh.\n\
        3. UBND thành phố Hà Tiên kiểm tra, xử lý các vi phạm.\n",
    );
    let d = directive(&n, "Chủ đầu tư dự án khu đô thị");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Chủ đầu tư dự án khu đô thị Nam Hà Tiên"]
    );
    let d = directive(&n, "Chủ đầu tư dự án nhà máy");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Chủ đầu tư dự án nhà máy nước Tây Sơn"]
    );
    let d = directive(&n, "UBND thành phố Hà Tiên");
    assert_eq!(bodies(d, Role::Lead), ["UBND thành phố Hà Tiên"]);
}

/// A body's head printed bare as the next sentence's subject ("Ban …",
/// "Công ty …") after the one body of that head did the work is that body
/// again: one directive, not a second one.
#[test]
fn a_bare_head_after_its_body_goes_on_with_its_directive() {
    let n = extract(
        "UBND TỈNH QUẢNG NGÃI\n\
        Số: 210/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về tiến độ các dự án giao thông\n\
        \n\
        1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh rà soát hồ sơ thanh toán, hoàn thành trước ngày 30/6/2025. Ban chịu trách nhiệm toàn diện về chất lượng công trình, bảo đảm giải ngân hết kế hoạch vốn năm 2025.\n\
        2. Công ty Cổ phần Cấp thoát nước Quảng Ngãi di dời đường ống nước trong tháng 7/2025. Công ty chịu trách nhiệm bảo đảm cấp nước liên tục cho người dân.\n\
        3. Sở Tài chính hướng dẫn thủ tục thanh toán.\n",
    );
    assert!(n
        .directives
        .iter()
        .all(|d| !d.text.starts_with("Ban chịu") && !d.text.starts_with("Công ty chịu")));
    let d = directive(&n, "Ban Quản lý dự án");
    assert!(d.text.contains("bảo đảm giải ngân"));
    let d = directive(&n, "Công ty Cổ phần");
    assert!(d.text.contains("cấp nước liên tục"));
}

/// Fields joined by "và" inside a team's name, also after a team's standard
/// name ("Đội Quản lý trật tự đô thị và môi trường quận"), go on to the verb;
/// "chăm sóc" in a centre's capitalized field is no hamlet ("sóc").
#[test]
fn team_fields_joined_by_va_and_a_care_centre_are_one_body() {
    let n = extract(
        "UBND QUẬN LIÊN CHIỂU\n\
        Số: 88/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND quận tại buổi làm việc về trật tự vỉa hè\n\
        \n\
        1. Đội Quản lý trật tự đô thị và môi trường quận hỗ trợ các phường ra quân giải tỏa lấn chiếm vỉa hè.\n\
        2. Tổ Kiểm tra trật tự đô thị và xây dựng phường Hòa Minh kiểm tra các công trình sửa chữa nhà ở.\n\
        3. Trung tâm Chăm sóc sức khỏe sinh sản thành phố triển khai tư vấn tiền hôn nhân cho thanh niên.\n",
    );
    let d = directive(&n, "Đội Quản lý trật tự đô thị");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Đội Quản lý trật tự đô thị và môi trường quận"]
    );
    let d = directive(&n, "Tổ Kiểm tra");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Tổ Kiểm tra trật tự đô thị và xây dựng phường Hòa Minh"]
    );
    let d = directive(&n, "Trung tâm Chăm sóc");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Chăm sóc sức khỏe sinh sản thành phố"]
    );
}

/// Two project boards in a heading without a colon, the second with fields
/// joined by "và" ("… các công trình nông nghiệp và phát triển nông thôn
/// tỉnh"), both hand the work down; the board of every institution of a
/// kind ("Ban giám hiệu các trường tiểu học") is one body with that kind.
#[test]
fn project_boards_with_va_fields_and_boards_of_institutions() {
    let n = extract(
        "UBND TỈNH HÀ NAM\n\
        Số: 77/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về giải ngân vốn đầu tư công\n\
        \n\
        5. Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh, Ban QLDA đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh\n\
        \n\
        - Rà soát các gói thầu chậm tiến độ, báo cáo UBND tỉnh trước ngày 15/11/2025.\n\
        \n\
        6. Phòng Giáo dục và Đào tạo thành phố phối hợp Ban giám hiệu các trường tiểu học rà soát phòng học xuống cấp.\n\
        7. Sở Y tế phối hợp với Ban Giám đốc các bệnh viện tuyến tỉnh bảo đảm thuốc, vật tư.\n",
    );
    let d = directive(&n, "Rà soát các gói thầu");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh",
            "Ban QLDA đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh"
        ]
    );
    let d = directive(&n, "Phòng Giáo dục");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban giám hiệu các trường tiểu học"]
    );
    let d = directive(&n, "Sở Y tế");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban Giám đốc các bệnh viện tuyến tỉnh"]
    );
}

/// An event after "trước thời điểm", "trước khi", "trước ngày …" is read to
/// the end of its clause, however long, and ends before the work's next
/// word; the year the event is held in does not date it.
#[test]
fn an_event_before_the_work_is_read_to_its_clause_end() {
    let n = extract(
        "UBND TỈNH HÀ TĨNH\n\
        Số: 112/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận về sắp xếp đơn vị sự nghiệp công lập\n\
        Hà Tĩnh, ngày 15 tháng 3 năm 2025\n\
        \n\
        1. Sở Nội vụ giải quyết dứt điểm chế độ cho viên chức dôi dư trước thời điểm chính thức sáp nhập hai trung tâm dịch vụ nông nghiệp huyện.\n\
        2. Sở Văn hóa và Thể thao chỉnh trang khu di tích trước Lễ kỷ niệm ngày sinh Đại thi hào Nguyễn Du năm 2025.\n\
        3. UBND các xã bàn giao hồ sơ lưu trữ trước khi chuyển giao trụ sở làm việc cho đơn vị mới tiếp nhận theo hướng dẫn của Sở Nội vụ.\n",
    );
    let d = directive(&n, "Sở Nội vụ giải quyết");
    assert_eq!(
        deadlines(d),
        [(
            "trước thời điểm chính thức sáp nhập hai trung tâm dịch vụ nông nghiệp huyện",
            None
        )]
    );
    let d = directive(&n, "Sở Văn hóa và Thể thao");
    assert_eq!(
        deadlines(d),
        [(
            "trước Lễ kỷ niệm ngày sinh Đại thi hào Nguyễn Du năm 2025",
            None
        )]
    );
    let d = directive(&n, "UBND các xã bàn giao");
    assert_eq!(
        deadlines(d),
        [(
            "trước khi chuyển giao trụ sở làm việc cho đơn vị mới tiếp nhận",
            None
        )]
    );
}

/// A named day with its day and month and a Tết joined to it by "và" are
/// two occasions; a plan's time cell joining two times with "và" is one
/// deadline, due at the later.
#[test]
fn a_named_day_and_tet_and_a_cell_of_two_times() {
    let n = extract(
        "KẾ HOẠCH\n\
        Chăm sóc trẻ em có hoàn cảnh đặc biệt năm 2025\n\
        Long An, ngày 20 tháng 01 năm 2025\n\
        \n\
        I. NHIỆM VỤ\n\
        1. Hội Chữ thập đỏ huyện tặng quà trẻ em mồ côi vào dịp Ngày Quốc tế Thiếu nhi (01/6) và Tết Nguyên đán.\n\
        \n\
        II. PHÂN CÔNG\n\
        | TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n\
        |---|---|---|---|---|\n\
        | 1 | Rà soát, lập danh sách trẻ em mồ côi | UBND các xã | Công an xã | Đầu năm 2025 và dịp 15/8 |\n",
    );
    let d = directive(&n, "Hội Chữ thập đỏ huyện");
    assert_eq!(
        deadlines(d),
        [
            ("vào dịp Ngày Quốc tế Thiếu nhi (01/6)", Some("2025-06-01")),
            ("Tết Nguyên đán", None)
        ]
    );
    let d = directive(&n, "Rà soát, lập danh sách");
    assert_eq!(
        deadlines(d),
        [("Đầu năm 2025 và dịp 15/8", Some("2025-08-15"))]
    );
}

/// A plural kind narrowed by a clause on "có" ends a table's cell of
/// partners ("UBND các xã có đê bao"); a firm's trades joined by a comma
/// stay in its name ("Công ty TNHH MTV Quản lý, vận hành công trình thủy
/// lợi Yên Bái", "Công ty Cổ phần Xây dựng, thương mại Hoàng Long").
#[test]
fn a_kind_narrowed_by_co_in_a_cell_and_a_firm_with_two_trades() {
    let n = extract(
        "KẾ HOẠCH\n\
        Bảo đảm an toàn đê điều mùa mưa lũ năm 2024\n\
        Yên Bái, ngày 10 tháng 3 năm 2024\n\
        \n\
        II. NHIỆM VỤ\n\
        | TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n\
        |---|---|---|---|---|\n\
        | 1 | Kiểm tra hiện trạng đê, kè xung yếu | Sở Nông nghiệp và Phát triển nông thôn | Công an tỉnh, UBND các huyện có đê bao | Trước ngày 30/4/2024 |\n\
        | 2 | Lập phương án bảo vệ hồ chứa | Sở Công Thương | Công ty TNHH MTV Quản lý, vận hành công trình thủy lợi Yên Bái | Tháng 5/2024 |\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Công ty Cổ phần Xây dựng, thương mại Hoàng Long gia cố kè bờ sông trước mùa mưa lũ.\n",
    );
    let d = directive(&n, "Kiểm tra hiện trạng đê");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Công an tỉnh", "UBND các huyện có đê bao"]
    );
    let d = directive(&n, "Lập phương án bảo vệ");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Công ty TNHH MTV Quản lý, vận hành công trình thủy lợi Yên Bái"]
    );
    let d = directive(&n, "Công ty Cổ phần Xây dựng");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công ty Cổ phần Xây dựng, thương mại Hoàng Long"]
    );
}

/// In a commune's letter, an office that gives the work to its own staff
/// ("Phòng Kinh tế giao công chức địa chính …") does it, as "X chỉ đạo Y"
/// does; a kind narrowed by its zone before a clean-up campaign ("tổng vệ
/// sinh") is the doer.
#[test]
fn an_office_giving_work_to_its_staff_and_a_zoned_kind_cleaning_up() {
    let n = extract(
        "UBND XÃ TÂN HƯNG\n\
        Số: 120/UBND-VP\n\
        V/v chấn chỉnh trật tự xây dựng và phòng chống sốt xuất huyết\n\
        Tân Hưng, ngày 10 tháng 10 năm 2025\n\
        \n\
        Kính gửi: Phòng Kinh tế; Trạm Y tế xã.\n\
        \n\
        UBND xã yêu cầu:\n\
        1. Phòng Kinh tế giao cán bộ phụ trách từng ấp kiểm tra, lập biên bản các trường hợp xây dựng trái phép.\n\
        2. Các trường học trên địa bàn xã tổng vệ sinh trường lớp, loại bỏ dụng cụ chứa nước đọng.\n",
    );
    let d = directive(&n, "Phòng Kinh tế giao");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế"]);
    let d = directive(&n, "Các trường học trên địa bàn");
    assert_eq!(bodies(d, Role::Lead), ["trường học trên địa bàn xã"]);
}

/// One organ printed once before places of different levels, the list
/// closed by a peer of the first ("UBND huyện U Minh, thành phố Cà Mau và
/// thị xã Năm Căn"): one body each. A unit of no fixed level with no such
/// peer after it may be where the place lies, and stays in the name.
#[test]
fn one_organ_before_places_of_different_levels() {
    let n = extract(
        "CHỈ THỊ\n\
        Về tăng cường phòng cháy rừng mùa khô năm 2024\n\
        Cà Mau, ngày 10 tháng 01 năm 2024\n\
        \n\
        I. NHIỆM VỤ\n\
        1. UBND huyện U Minh, thành phố Cà Mau và thị xã Năm Căn kiện toàn Ban Chỉ huy phòng cháy rừng trước ngày 30/01/2024.\n\
        2. Công an huyện Trần Văn Thời, thành phố Cà Mau tăng cường tuần tra các khu rừng tràm.\n",
    );
    let d = directive(&n, "UBND huyện U Minh");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND huyện U Minh",
            "UBND thành phố Cà Mau",
            "UBND thị xã Năm Căn"
        ]
    );
    let d = directive(&n, "Công an huyện Trần Văn Thời");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công an huyện Trần Văn Thời, thành phố Cà Mau"]
    );
}

/// Delegates listed with a council's boards are people: "các Ban HĐND và
/// đại biểu HĐND tỉnh" names the boards only.
#[test]
fn delegates_after_a_councils_boards_are_no_body() {
    let n = extract(
        "NGHỊ QUYẾT\n\
        Về nhiệm vụ 6 tháng cuối năm 2015\n\
        Phú Thọ, ngày 10 tháng 7 năm 2015\n\
        \n\
        Điều 2. Tổ chức thực hiện\n\
        1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\
        2. Thường trực HĐND tỉnh, các Ban HĐND và đại biểu HĐND tỉnh giám sát việc thực hiện Nghị quyết.\n",
    );
    let d = directive(&n, "Thường trực HĐND tỉnh");
    // (the level after the delegates is the boards' too)
    assert_eq!(
        bodies(d, Role::Lead),
        ["Thường trực HĐND tỉnh", "Ban HĐND tỉnh"]
    );
}

/// A topic label before "Giao công chức <post>:" is no subject handing the
/// work to its staff: the post is handed down to the items (a merge found
/// "Công tác đất đai:\nGiao công chức Địa chính – Xây dựng:" losing it).
#[test]
fn a_post_given_the_work_after_a_topic_label_is_handed_down() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 4\n\
        Tân Hòa, ngày 08 tháng 4 năm 2025\n\
        \n\
        2/ Công tác tài nguyên, môi trường:\n\
        Giao công chức Địa chính – Nông nghiệp:\n\
        – Kiểm tra, xử lý các điểm tập kết rác thải tự phát tại ấp Bình Thạnh trước ngày 20/4/2025.\n",
    );
    let d = directive(&n, "Kiểm tra, xử lý các điểm tập kết");
    assert_eq!(bodies(d, Role::Lead), ["Địa chính - Nông nghiệp"]);
}

/// A part's title naming an assessment with its findings run on after the
/// colon on the same line ("I. Tình hình quý III: …", "I. Về kết quả …:",
/// "I. Nhận định: …") tells what was done: no directive, and the period it
/// names is no deadline; the task part after it is read as usual.
#[test]
fn an_assessment_title_with_its_findings_on_one_line() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại phiên họp tháng 9 năm 2024\n\
        Lâm Đồng, ngày 05 tháng 10 năm 2024\n\
        \n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        I. Tình hình tháng 9 năm 2024: Diện tích cà phê tái canh đạt 1.250 ha; thu ngân sách 9 tháng đạt 6.120 tỷ đồng, bằng 78% dự toán. Một số dự án giải ngân chậm.\n\
        \n\
        II. Nhiệm vụ thời gian tới\n\
        \n\
        1. Sở Tài chính đôn đốc các chủ đầu tư giải ngân vốn đầu tư công trước ngày 30/11/2024.\n",
    );
    no_directive_with(&n, &["Diện tích cà phê", "Tình hình tháng 9"]);
    let d = directive(&n, "Sở Tài chính");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 30/11/2024", Some("2024-11-30"))]
    );

    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại phiên họp quý II năm 2025\n\
        Đắk Mil, ngày 08 tháng 7 năm 2025\n\
        \n\
        I. Nhận định: Quý II/2025, mưa trái mùa gây thiệt hại 40 ha hoa màu; tiến độ xây dựng nông thôn mới còn chậm.\n\
        \n\
        II. Nhiệm vụ quý III/2025\n\
        \n\
        1. Phòng Nông nghiệp và Môi trường hướng dẫn các xã khôi phục sản xuất sau mưa.\n",
    );
    no_directive_with(&n, &["mưa trái mùa"]);
    assert_eq!(
        bodies(directive(&n, "Phòng Nông nghiệp"), Role::Lead),
        ["Phòng Nông nghiệp và Môi trường"]
    );
}

/// A paragraph that only tells a fact among the tasks: the reference moment
/// of a count and when its results come out, or what an office stops taking
/// in from a day on. No directive, and it takes no body from the item above.
#[test]
fn a_census_moment_and_an_office_rule_are_no_tasks() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Trưởng Ban Chỉ đạo Tổng điều tra kinh tế huyện\n\
        Cái Bè, ngày 10 tháng 3 năm 2026\n\
        \n\
        II. NHIỆM VỤ TRỌNG TÂM\n\
        Thứ nhất, Chi cục Thống kê huyện lập danh sách cơ sở sản xuất kinh doanh cá thể trước ngày 25/3/2026.\n\
        \n\
        Thời điểm tổng điều tra là 0 giờ ngày 01 tháng 6 năm 2026; kết quả chính thức sẽ được Cục Thống kê công bố vào tháng 12/2026.\n\
        \n\
        Lưu ý: Từ ngày 01/4/2026, Bộ phận Một cửa huyện không tiếp nhận hồ sơ chuyển mục đích sử dụng đất tại xã Hậu Thành cho đến khi có quy hoạch chi tiết.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n",
    );
    no_directive_with(&n, &["Thời điểm tổng điều tra", "không tiếp nhận hồ sơ"]);
    let d = directive(&n, "Chi cục Thống kê");
    assert_eq!(deadlines(d), [("trước ngày 25/3/2026", Some("2026-03-25"))]);
}

/// A resolution's article whose unnumbered line hands its items to one body
/// ("Giao Ủy ban nhân dân thị xã triển khai thực hiện:"): the line is no task
/// of its own, and each item below is that body's.
#[test]
fn a_resolution_article_hands_its_items_to_one_body() {
    let n = extract(
        "NGHỊ QUYẾT\n\
        Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025\n\
        Hương Thủy, ngày 15 tháng 7 năm 2025\n\
        \n\
        Điều 2. Nhiệm vụ, giải pháp chủ yếu\n\
        Giao Ủy ban nhân dân thị xã triển khai thực hiện:\n\
        1. Hoàn thành giải phóng mặt bằng Khu tái định cư Thủy Phương trong quý III/2025.\n\
        2. Đôn đốc các phường hoàn thiện hồ sơ công nhận phường văn minh đô thị, trình UBND tỉnh trước ngày 30/10/2025.\n",
    );
    no_directive_with(&n, &["triển khai thực hiện:"]);
    let d = directive(&n, "Hoàn thành giải phóng");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban nhân dân thị xã"]);
    assert_eq!(deadlines(d), [("trong quý III/2025", Some("2025-09-30"))]);
    let d = directive(&n, "Đôn đốc các phường");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban nhân dân thị xã"]);
}

/// A numbered topic of a few words without a colon ("2.3. Bầu cử") over a
/// line that opens with a body: the body's task starts there, and the body
/// is its doer.
#[test]
fn a_short_topic_over_a_line_opening_with_a_body() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại phiên họp quý I năm 2026\n\
        Sóc Trăng, ngày 06 tháng 4 năm 2026\n\
        \n\
        2. Nhiệm vụ quý II/2026\n\
        2.1. Giáo dục\n\
        Sở Giáo dục và Đào tạo tổ chức kỳ thi tốt nghiệp THPT an toàn, đúng quy chế.\n\
        2.2. Bầu cử\n\
        UBND các huyện, thị xã rà soát danh sách cử tri; báo cáo tiến độ hằng tuần về Sở Nội vụ.\n",
    );
    let d = directive(&n, "UBND các huyện, thị xã rà soát");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thị xã"]);
    assert_eq!(bodies(d, Role::ReportTo), ["Sở Nội vụ"]);
}

/// An item whose body-led sentence is worded with standing on duty ("trực
/// sẵn sàng chiến đấu", "trực chiến") keeps its subjects and partner, and a
/// second sentence naming another body is a task of its own.
#[test]
fn standing_on_duty_is_a_task_of_its_subject() {
    let n = extract(
        "THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp tháng 12 năm 2025\n\
        Mường Lát, ngày 28 tháng 12 năm 2025\n\
        \n\
        II. NHIỆM VỤ\n\
        \n\
        3. Công an huyện, Ban Chỉ huy Quân sự huyện trực chiến trước, trong và sau Tết Dương lịch 2026; phối hợp với Đồn Biên phòng Pù Nhi tuần tra khu vực biên giới. Phòng Văn hóa - Thông tin tổ chức các hoạt động mừng Đảng, mừng Xuân trước ngày 25/01/2026.\n",
    );
    let d = directive(&n, "Công an huyện, Ban Chỉ huy");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công an huyện", "Ban Chỉ huy Quân sự huyện"]
    );
    assert_eq!(bodies(d, Role::Cooperate), ["Đồn Biên phòng Pù Nhi"]);
    let d = directive(&n, "Phòng Văn hóa - Thông tin");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa - Thông tin"]);
}

/// A plain paragraph after a Roman-numbered item that names its own bodies
/// before a verb after "tự" ("Các hợp tác xã, hộ nuôi tự kiểm tra …") is
/// theirs, not the item's body's.
#[test]
fn a_paragraph_naming_its_own_bodies_before_tu_and_a_verb() {
    let n = extract(
        "CHỈ THỊ\n\
        Về phòng, chống cháy rừng mùa khô\n\
        Hà Giang, ngày 10 tháng 11 năm 2025\n\
        \n\
        I. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Kiểm lâm kiểm tra các vùng rừng trọng điểm trong suốt mùa khô.\n\
        \n\
        II. Đề nghị Hội Nông dân tỉnh vận động hội viên không đốt nương gần rừng trong những ngày nắng nóng.\n\
        \n\
        Các Hạt Kiểm lâm, chủ rừng tự kiểm tra, phát dọn thực bì dọc các đường ranh cản lửa; báo cáo kết quả về Chi cục Kiểm lâm định kỳ hằng tháng.\n",
    );
    let d = directive(&n, "Các Hạt Kiểm lâm");
    assert_eq!(bodies(d, Role::Lead), ["Hạt Kiểm lâm", "chủ rừng"]);
    assert_eq!(bodies(d, Role::ReportTo), ["Chi cục Kiểm lâm"]);
}

/// An ordinal item whose first sentence names no one, then a sentence that
/// only names who leads and who helps ("X chủ trì, phối hợp với Y hoàn thành
/// trong năm 2026."): one task, that body's, its partners kept.
#[test]
fn a_lead_and_partner_sentence_after_an_item_naming_no_one() {
    let n = extract(
        "CHƯƠNG TRÌNH\n\
        Phát triển vùng chè chất lượng cao huyện Tân Uyên giai đoạn 2026 - 2030\n\
        Lai Châu, ngày 12 tháng 01 năm 2026\n\
        \n\
        II. NHIỆM VỤ, GIẢI PHÁP\n\
        Thứ nhất, rà soát quỹ đất trồng chè tại các xã Phúc Khoa, Trung Đồng; không mở rộng diện tích ngoài vùng quy hoạch. Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã liên quan hoàn thành trong năm 2026.\n\
        Thứ hai, UBND các xã vận động nhân dân thâm canh chè theo tiêu chuẩn VietGAP.\n",
    );
    let d = directive(&n, "rà soát quỹ đất");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và Môi trường"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các xã liên quan"]);
    no_directive_with(
        &n,
        &["chủ trì, phối hợp với UBND các xã liên quan hoàn thành"],
    );
}

/// One directive's text, bodies by role and deadlines, in lower case.
type CaseFreeDirective = (String, Vec<(String, Role)>, Vec<(String, Option<String>)>);

/// What a notice yields read the same when it is typed in capitals: the
/// directives (compared case-insensitively), each one's bodies by role and
/// its deadlines.
fn same_in_capitals(text: &str) -> Notice {
    let key = |n: &Notice| -> Vec<CaseFreeDirective> {
        n.directives
            .iter()
            .map(|d| {
                (
                    d.text.to_lowercase(),
                    d.responsible
                        .iter()
                        .map(|p| (p.name.to_lowercase(), p.role))
                        .collect(),
                    d.deadlines
                        .iter()
                        .map(|x| (x.text.to_lowercase(), x.date.clone()))
                        .collect(),
                )
            })
            .collect()
    };
    let normal = extract(text);
    let capitals = extract(&text.to_uppercase());
    assert_eq!(key(&capitals), key(&normal));
    capitals
}

/// A district's Chỉ thị in normal case: the capitals tests read it as typed
/// and with its items upper-cased.
const GIAO_THUY_CHI_THI: &str = "ỦY BAN NHÂN DÂN\n\
        HUYỆN GIAO THỦY\n\
        Số: 15/CT-UBND\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Giao Thủy, ngày 10 tháng 12 năm 2014\n\
        \n\
        CHỈ THỊ\n\
        Về việc phòng, chống dịch cúm gia cầm vụ đông xuân 2014 - 2015\n\
        \n\
        Theo thông báo của Chi cục Thú y tỉnh, dịch cúm gia cầm đã xuất hiện tại một số tỉnh lân cận. Để chủ động phòng, chống dịch, Chủ tịch UBND huyện yêu cầu:\n\
        \n\
        1. Chủ tịch UBND các xã, thị trấn:\n\
        \n\
        - Chỉ đạo các trưởng thôn tuyên truyền người chăn nuôi khai báo gia cầm ốm, chết; không bán chạy gia cầm bệnh.\n\
        \n\
        - Tổ chức tiêu độc khử trùng chuồng trại trong tháng 12/2014.\n\
        \n\
        2. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Trạm Bảo vệ thực vật, Trạm Khuyến nông huyện kiểm tra các chợ buôn bán gia cầm; hoàn thành trước ngày 31/12/2014.\n\
        \n\
        3. Trạm Chăn nuôi và Thú y huyện chuẩn bị đủ hóa chất, vắc xin, tiêm phòng cho đàn gia cầm trong tháng 01/2015.\n\
        \n\
        4. Trung tâm Văn hóa - Thông tin huyện thường xuyên tuyên truyền các biện pháp phòng dịch để nhân dân biết, thực hiện.\n\
        \n\
        5. Ban Quản lý chợ huyện điều tiết các điểm buôn bán gia cầm hợp lý, bảo đảm vệ sinh.\n\
        \n\
        6. Đề nghị Ủy ban MTTQ và các đoàn thể huyện vận động hội viên thực hiện nghiêm các biện pháp phòng dịch; Hội Nông dân huyện ra quân hướng dẫn các hộ chăn nuôi che chắn chuồng trại trước Tết Nguyên đán.\n\
        \n\
        Yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn nghiêm túc thực hiện Chỉ thị này./.\n\
        \n\
        Nơi nhận:\n\
        - Sở NN và PTNT (b/c);\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Trần Văn Hùng\n";

/// A notice typed in capitals: a body at the start of an item ends where
/// its task verb starts (`TRẠM … HUYỆN CHUẨN BỊ`, a firm's or a station's
/// name before `ĐIỀU TIẾT`, `THƯỜNG XUYÊN`), a cooperating body before its
/// verb, the bullets under a heading that names the body (the first one
/// too), and a new body taking over after `;`, all as in normal case; what
/// is read is printed in capitals.
#[test]
fn a_notice_typed_in_capitals() {
    let n = same_in_capitals(GIAO_THUY_CHI_THI);
    let d = directive(&n, "CHỈ ĐẠO CÁC TRƯỞNG THÔN");
    assert_eq!(bodies(d, Role::Lead), ["UBND CÁC XÃ, THỊ TRẤN"]);
    let d = directive(&n, "TỔ CHỨC TIÊU ĐỘC");
    assert_eq!(deadlines(d), [("TRONG THÁNG 12/2014", Some("2014-12-31"))]);
    let d = directive(&n, "PHÒNG KINH TẾ VÀ HẠ TẦNG CHỦ TRÌ");
    assert_eq!(bodies(d, Role::Lead), ["PHÒNG KINH TẾ VÀ HẠ TẦNG"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["TRẠM BẢO VỆ THỰC VẬT", "TRẠM KHUYẾN NÔNG HUYỆN"]
    );
    let d = directive(&n, "TRẠM CHĂN NUÔI");
    assert_eq!(bodies(d, Role::Lead), ["TRẠM CHĂN NUÔI VÀ THÚ Y HUYỆN"]);
    let d = directive(&n, "TRUNG TÂM VĂN HÓA");
    assert_eq!(
        bodies(d, Role::Lead),
        ["TRUNG TÂM VĂN HÓA - THÔNG TIN HUYỆN"]
    );
    let d = directive(&n, "BAN QUẢN LÝ CHỢ");
    assert_eq!(bodies(d, Role::Lead), ["BAN QUẢN LÝ CHỢ HUYỆN"]);
    let d = directive(&n, "ĐỀ NGHỊ ỦY BAN MTTQ");
    assert_eq!(bodies(d, Role::Lead), ["ỦY BAN MTTQ", "ĐOÀN THỂ HUYỆN"]);
    let d = directive(&n, "HỘI NÔNG DÂN HUYỆN RA QUÂN");
    assert_eq!(bodies(d, Role::Lead), ["HỘI NÔNG DÂN HUYỆN"]);
    assert_eq!(deadlines(d), [("TRƯỚC TẾT NGUYÊN ĐÁN", None)]);
}

/// More kinds of bodies typed in capitals: a firm's trade after its form
/// (`CÔNG TY TNHH MỘT THÀNH VIÊN QUẢN LÝ KHAI THÁC …` before `VẬN HÀNH`), a
/// place ending a name before its verb (`… HUYỆN HẢI LĂNG BẢO ĐẢM`), fields
/// joined by `VÀ` (`SỞ KẾ HOẠCH VÀ ĐẦU TƯ`), a name joined by a dash, a
/// newspaper named by the notice's place, and the bullets of a heading.
#[test]
fn bodies_typed_in_capitals_end_at_their_verbs() {
    let n = same_in_capitals(
        "ỦY BAN NHÂN DÂN\n\
        TỈNH QUẢNG TRỊ\n\
        Số: 08/TB-UBND\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Quảng Trị, ngày 05 tháng 3 năm 2012\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống hạn hán\n\
        \n\
        Ngày 02/3/2012, Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng, chống hạn hán vụ hè thu. Chủ tịch UBND tỉnh kết luận như sau:\n\
        \n\
        1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư tổng hợp nhu cầu kinh phí chống hạn, trình UBND tỉnh trước ngày 15/3/2012.\n\
        \n\
        2. Chi cục Thủy lợi tỉnh hướng dẫn các địa phương nạo vét kênh mương nội đồng trong tháng 3/2012.\n\
        \n\
        3. Công ty TNHH một thành viên Quản lý khai thác công trình thủy lợi Quảng Trị vận hành các hồ chứa tiết kiệm nước; ưu tiên nước cho cây lúa.\n\
        \n\
        4. Sở Tài nguyên và Môi trường kiểm tra việc khai thác nước ngầm của các doanh nghiệp; Công an tỉnh xử lý nghiêm các trường hợp phá hoại công trình thủy lợi.\n\
        \n\
        5. Trung tâm Y tế huyện Hải Lăng bảo đảm nước sạch cho các trường học, trạm y tế xã.\n\
        \n\
        6. Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Trị phối hợp với Sở Nông nghiệp và Phát triển nông thôn xây dựng chuyên mục về chống hạn, phát sóng hằng tuần.\n\
        \n\
        7. UBND các huyện, thị xã, thành phố:\n\
        \n\
        - Chỉ đạo các hợp tác xã bố trí lịch tưới luân phiên, không để lãng phí nước.\n\
        \n\
        - Báo cáo tình hình hạn hán về Sở Nông nghiệp và Phát triển nông thôn định kỳ hằng tuần.\n\
        \n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        \n\
        Nơi nhận:\n\
        - CT, các PCT UBND tỉnh;\n\
        - Lưu: VT.\n\
        \n\
        TL. CHỦ TỊCH\n\
        CHÁNH VĂN PHÒNG\n\
        \n\
        Lê Văn Nam\n",
    );
    let d = directive(&n, "SỞ NÔNG NGHIỆP");
    assert_eq!(
        bodies(d, Role::Lead),
        ["SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"]
    );
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["SỞ TÀI CHÍNH", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"]
    );
    assert_eq!(deadlines(d), [("TRƯỚC NGÀY 15/3/2012", Some("2012-03-15"))]);
    let d = directive(&n, "CÔNG TY TNHH");
    assert_eq!(
        bodies(d, Role::Lead),
        ["CÔNG TY TNHH MỘT THÀNH VIÊN QUẢN LÝ KHAI THÁC CÔNG TRÌNH THỦY LỢI QUẢNG TRỊ"]
    );
    let d = directive(&n, "TRUNG TÂM Y TẾ");
    assert_eq!(bodies(d, Role::Lead), ["TRUNG TÂM Y TẾ HUYỆN HẢI LĂNG"]);
    let d = directive(&n, "CÔNG AN TỈNH");
    assert_eq!(bodies(d, Role::Lead), ["CÔNG AN TỈNH"]);
    let d = directive(&n, "BÁO CÁO TÌNH HÌNH HẠN HÁN");
    assert_eq!(bodies(d, Role::Lead), ["UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ"]);
    assert_eq!(deadlines(d), [("ĐỊNH KỲ HẰNG TUẦN", None)]);
}

/// Items typed in capitals inside a notice in normal case read as they
/// would in normal case, and are printed as typed.
#[test]
fn items_typed_in_capitals_in_a_normal_notice() {
    // Items 2, 3, 4 and 6 typed in capitals, the rest as typed.
    let text: String = GIAO_THUY_CHI_THI
        .lines()
        .map(|line| {
            if ["2. ", "3. ", "4. ", "6. "]
                .iter()
                .any(|p| line.starts_with(p))
            {
                line.to_uppercase()
            } else {
                line.to_string()
            }
        })
        .map(|line| line + "\n")
        .collect();
    let n = extract(&text);
    let normal = extract(&text.replace(
        "3. TRẠM CHĂN NUÔI VÀ THÚ Y HUYỆN CHUẨN BỊ",
        "3. Trạm Chăn nuôi và Thú y huyện chuẩn bị",
    ));
    let d = directive(&n, "TRẠM CHĂN NUÔI VÀ THÚ Y HUYỆN CHUẨN BỊ");
    assert_eq!(bodies(d, Role::Lead), ["TRẠM CHĂN NUÔI VÀ THÚ Y HUYỆN"]);
    assert_eq!(deadlines(d), [("TRONG THÁNG 01/2015", Some("2015-01-31"))]);
    let d = directive(&n, "PHÒNG KINH TẾ VÀ HẠ TẦNG CHỦ TRÌ");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["TRẠM BẢO VỆ THỰC VẬT", "TRẠM KHUYẾN NÔNG HUYỆN"]
    );
    let d = directive(&n, "TRUNG TÂM VĂN HÓA");
    assert_eq!(
        bodies(d, Role::Lead),
        ["TRUNG TÂM VĂN HÓA - THÔNG TIN HUYỆN"]
    );
    let d = directive(&n, "HỘI NÔNG DÂN HUYỆN");
    assert_eq!(bodies(d, Role::Lead), ["HỘI NÔNG DÂN HUYỆN"]);
    assert_eq!(n.directives.len(), normal.directives.len());
    let d = directive(&n, "Chỉ đạo các trưởng thôn");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
}

const COMMUNE_TOP: &str =
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\n\nSố: 58/TB-UBND\n\nTân Hưng, ngày 14 tháng 11 năm 2025\n\n\
    THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 11\n\n\
    Sau khi nghe các bộ phận báo cáo, Chủ tịch UBND xã kết luận như sau:\n\n";

/// Seasons and crop times read without a preposition, or with one the tool
/// did not read: a season with its years after the work, the start or the
/// end of the crop, in time for a crop's window, a month of peak work, the
/// end of a season opening a clause; a plan named with its season is none.
#[test]
fn seasons_and_crop_times_without_a_preposition() {
    let text = format!(
        "{COMMUNE_TOP}1. Hạt Kiểm lâm hướng dẫn các thôn phòng cháy, chữa cháy rừng mùa khô 2025 - 2026.\n\n\
        2. Hợp tác xã Chè Tân Hưng ký hợp đồng với các hộ ngay từ đầu vụ; tổng kết, khen thưởng vào cuối vụ.\n\n\
        3. Trạm Khuyến nông cung ứng giống cho nông dân gieo sạ lại, kịp khung thời vụ Hè Thu 2026.\n\n\
        4. Đài Truyền thanh xã phát tin cảnh báo ngộ độc rượu trong suốt tháng cao điểm.\n\n\
        5. Các thôn nghiêm túc thực hiện; kết thúc mùa mưa lũ báo cáo kết quả về UBND xã trước ngày 25/12/2025.\n\n\
        6. Ban Chỉ huy Quân sự xã ban hành Phương án phòng cháy, chữa cháy rừng mùa khô 2025 - 2026, xong trước ngày 30/11/2025.\n\n\
        7. Hợp tác xã Nông nghiệp nạo vét kênh trữ nước cho diện tích lúa cuối vụ.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines(directive(&n, "Hạt Kiểm lâm")),
        [("mùa khô 2025 - 2026", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Hợp tác xã Chè")),
        [("ngay từ đầu vụ", None), ("vào cuối vụ", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Trạm Khuyến nông")),
        [("kịp khung thời vụ Hè Thu 2026", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Đài Truyền thanh")),
        [("trong suốt tháng cao điểm", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Các thôn nghiêm túc")),
        [
            ("kết thúc mùa mưa lũ", None),
            ("trước ngày 25/12/2025", Some("2025-12-25"))
        ]
    );
    assert_eq!(
        deadlines(directive(&n, "Ban Chỉ huy Quân sự")),
        [("xong trước ngày 30/11/2025", Some("2025-11-30"))]
    );
    assert_eq!(deadlines(directive(&n, "Hợp tác xã Nông nghiệp")), []);
}

/// Holidays and festivals: an anniversary with the holidays joined to it,
/// the peak of Tết with its year, a festival named in its own language.
#[test]
fn holidays_and_festivals_named_after_dip() {
    let text = format!(
        "{COMMUNE_TOP}1. Công an xã bảo đảm an ninh, trật tự dịp Giỗ Tổ Hùng Vương và lễ 30/4, 1/5.\n\n\
        2. Đoàn Thanh niên xã ra quân vớt rác trên kênh dịp cao điểm Tết Nguyên đán Bính Ngọ 2026.\n\n\
        3. Ban Văn hóa xã bảo đảm trật tự tại sân chùa dịp lễ Sene Dolta.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines(directive(&n, "Công an xã")),
        [("dịp Giỗ Tổ Hùng Vương và lễ 30/4, 1/5", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Đoàn Thanh niên")),
        [("dịp cao điểm Tết Nguyên đán Bính Ngọ 2026", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Ban Văn hóa")),
        [("dịp lễ Sene Dolta", None)]
    );
}

/// Periods counted from the notice's day: the days ahead, tonight and
/// tomorrow.
#[test]
fn days_ahead_and_tomorrow_from_the_notice() {
    let text = format!(
        "{COMMUNE_TOP}1. Ban Giao thông xã khắc phục điểm sạt lở trên đường liên thôn, bảo đảm thông tuyến trong 5 ngày tới.\n\n\
        2. Các thôn ngay trong đêm nay và ngày mai phải cấp phát đủ lương thực cho các hộ bị cô lập.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines(directive(&n, "Ban Giao thông")),
        [("trong 5 ngày tới", Some("2025-11-19"))]
    );
    assert_eq!(
        deadlines(directive(&n, "Các thôn ngay trong đêm nay")),
        [("ngay trong đêm nay và ngày mai", Some("2025-11-15"))]
    );
}

/// Phrases cut or joined wrongly before: the months of a season in
/// brackets after a time before it, several weekdays of a weekly round, a
/// round of events before "và" and the next time.
#[test]
fn season_brackets_weekday_lists_and_rounds_cut_at_va() {
    let text = format!(
        "{COMMUNE_TOP}1. Hợp tác xã Thanh Long xây dựng kho sơ chế trước vụ thu hoạch chính (tháng 6 - tháng 8).\n\n\
        2. Tổ Quản lý thị trường kiểm tra khu vực chợ vào thứ Ba, thứ Bảy hằng tuần.\n\n\
        3. Xí nghiệp Thủy lợi đóng cống trước mỗi đợt triều cường và mở lại ngay khi triều rút.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines(directive(&n, "Hợp tác xã Thanh Long")),
        [("trước vụ thu hoạch chính", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Tổ Quản lý thị trường")),
        [("vào thứ Ba, thứ Bảy hằng tuần", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Xí nghiệp Thủy lợi")),
        [
            ("trước mỗi đợt triều cường", None),
            ("ngay khi triều rút", None)
        ]
    );
}

/// Times that name a thing: a lesson of the year's start, a council's
/// session as the object of the work, what a plan covers, what must not
/// happen after a holiday.
#[test]
fn times_naming_a_lesson_a_session_or_a_plan_s_season() {
    let text = format!(
        "{COMMUNE_TOP}1. Trường Tiểu học Tân Hưng lồng ghép truyền thông phòng bệnh vào tiết sinh hoạt đầu năm.\n\n\
        2. Văn phòng HĐND và UBND xã chuẩn bị nội dung kỳ họp thường lệ cuối năm HĐND xã, gửi các ban chậm nhất ngày 08/12/2025.\n\n\
        3. Tổ Cấp nước có phương án cấp nước dự phòng cho mùa khô năm 2026.\n\n\
        4. Trường THCS Tân Hưng không để học sinh bỏ học sau dịp Tết Nguyên đán.\n"
    );
    let n = extract(&text);
    assert_eq!(deadlines(directive(&n, "Trường Tiểu học")), []);
    assert_eq!(
        deadlines(directive(&n, "Văn phòng HĐND và UBND xã")),
        [("chậm nhất ngày 08/12/2025", Some("2025-12-08"))]
    );
    assert_eq!(deadlines(directive(&n, "Tổ Cấp nước")), []);
    assert_eq!(deadlines(directive(&n, "Trường THCS")), []);
}

/// A campaign of the year's end is due at the end of the notice's year; a
/// task cell's own time before an event stands beside the time column.
#[test]
fn a_year_end_campaign_and_a_task_cell_s_own_time() {
    let text = format!(
        "{COMMUNE_TOP}1. Công an xã triển khai đợt cao điểm tấn công trấn áp tội phạm cuối năm.\n\n\
        2. Phân công thực hiện:\n\n\
        | TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n\
        |---|---|---|---|---|\n\
        | 1 | Gia cố bờ bao xung yếu tại các ấp trước mùa mưa bão | Ban Nông nghiệp xã | Các ấp | Trước ngày 30/11/2025 |\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines(directive(&n, "Công an xã")),
        [(
            "đợt cao điểm tấn công trấn áp tội phạm cuối năm",
            Some("2025-12-31")
        )]
    );
    assert_eq!(
        deadlines(directive(&n, "Gia cố bờ bao")),
        [
            ("trước mùa mưa bão", None),
            ("Trước ngày 30/11/2025", Some("2025-11-30"))
        ]
    );
}

/// A department's fields abbreviated with a comma inside ("Sở VH,TT&DL",
/// spaced "Sở VH, TT&DL", "Sở LĐ,TB&XH", "Phòng VH,TT") are one name: as the
/// subject of a news paragraph, and as a cooperating body in a list (the
/// comma cut the name at "Sở VH", and a paragraph so opened was lost).
#[test]
fn fields_abbreviated_with_a_comma_inside_stay_one_name() {
    let text = format!(
        "{NEWS_TOP}Kết luận cuộc họp, Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở VH, TT&DL, Công an tỉnh kiểm tra an toàn thực phẩm tại các khu du lịch, hoàn thành trước ngày 30/4/2023.\n\n\
        Sở LĐ,TB&XH tổ chức lớp tập huấn an toàn lao động cho người lao động tại các khu công nghiệp trước mùa nắng nóng.\n\n\
        Sở VH,TT&DL tổ chức lớp bồi dưỡng cho hướng dẫn viên trước mùa du lịch hè.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Kết luận cuộc họp");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Sở VH, TT&DL", "Công an tỉnh"]);
    let d = directive(&n, "Sở LĐ,TB&XH");
    assert_eq!(bodies(d, Role::Lead), ["Sở LĐ,TB&XH"]);
    assert_eq!(deadlines(d), [("trước mùa nắng nóng", None)]);
    let d = directive(&n, "Sở VH,TT&DL");
    assert_eq!(bodies(d, Role::Lead), ["Sở VH,TT&DL"]);
    assert_eq!(d.responsible[0].canonical, "sở văn hóa thể thao và du lịch");
}

/// An item whose first sentence names no one, then a sentence naming who
/// leads it and when it is done ("… . Phòng X chủ trì, phối hợp với Y hoàn
/// thành trước ngày …"): one task of that body, due when that sentence says
/// (the merged task kept the doers but lost the time).
#[test]
fn a_trailing_assignment_keeps_its_deadline() {
    let text = format!(
        "{DISTRICT_TOP}Thứ nhất, nạo vét các tuyến kênh tưới chính tại các xã Hưng Tân, Hưng Lợi; không để ách tắc dòng chảy. Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã liên quan hoàn thành trước ngày 30/6/2026.\n\n\
        Thứ hai, kiểm tra hiện trạng các trạm bơm điện. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công ty Thủy lợi thực hiện trong quý II/2026.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "nạo vét");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và Môi trường"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các xã liên quan"]);
    assert_eq!(deadlines(d), [("trước ngày 30/6/2026", Some("2026-06-30"))]);
    let d = directive(&n, "kiểm tra hiện trạng");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế, Hạ tầng và Đô thị"]);
    assert_eq!(deadlines(d), [("trong quý II/2026", Some("2026-06-30"))]);
}

/// A bare year opening a clause before a task verb ("…; năm 2027 tham mưu
/// sơ kết …") is when that work is due; a year naming a thing ("Kế hoạch
/// năm 2027") is none.
#[test]
fn a_bare_year_opening_a_clause_is_its_time() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Văn hóa và Thông tin theo dõi việc thực hiện Đề án; năm 2028 tổ chức tổng kết 5 năm thực hiện Đề án.\n\n\
        2. Phòng Tài chính - Kế hoạch xây dựng Kế hoạch năm 2027 về phát triển du lịch, trình UBND huyện.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Phòng Văn hóa");
    assert_eq!(deadlines(d), [("năm 2028", Some("2028-12-31"))]);
    let d = directive(&n, "Phòng Tài chính");
    assert_eq!(deadlines(d), []);
}

/// A clock time on a day named from the notice's own ("trước 21 giờ tối
/// nay", "xong trước 8 giờ sáng mai") is due that day or the next; "cùng
/// ngày" is undated (the day meant may be one named before).
#[test]
fn an_hour_tonight_or_tomorrow_is_dated_from_the_notice() {
    let text = format!(
        "{DISTRICT_TOP}1. UBND xã Hưng Thành sơ tán các hộ dân ven sông Lam đến nơi an toàn, hoàn thành trước 21 giờ tối nay.\n\n\
        2. UBND xã Hưng Lĩnh đưa người trên các chòi canh vào bờ, xong trước 8 giờ sáng mai.\n\n\
        3. Trạm Thú y huyện tổng hợp số gia súc bị chết, báo cáo UBND huyện trước 16 giờ cùng ngày.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "UBND xã Hưng Thành"),
        [("trước 21 giờ tối nay", Some("2026-03-05"))]
    );
    assert_eq!(
        deadlines_of(&n, "UBND xã Hưng Lĩnh"),
        [("xong trước 8 giờ sáng mai", Some("2026-03-06"))]
    );
    assert_eq!(
        deadlines_of(&n, "Trạm Thú y"),
        [("trước 16 giờ cùng ngày", None)]
    );
}

/// During and after a flood or a high tide and the bare night of the new
/// year bound the work, undated; "ngay khi có yêu cầu" stays a condition.
#[test]
fn events_bound_the_work_without_a_day() {
    let text = format!(
        "{DISTRICT_TOP}1. Công an huyện bố trí xuồng máy trực tại các vùng bị cô lập, sẵn sàng cứu hộ trong và sau triều cường.\n\n\
        2. Đoàn Thanh niên huyện giữ gìn trật tự tại khu vực bắn pháo hoa đêm Giao thừa.\n\n\
        3. Chi cục Thống kê cung cấp số liệu dân số ngay khi có yêu cầu.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Công an huyện"),
        [("trong và sau triều cường", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Đoàn Thanh niên"),
        [("đêm Giao thừa", None)]
    );
    // each request as it comes: a standing condition, not a time
    assert!(deadlines_of(&n, "Chi cục Thống kê").is_empty());
}

/// Two days that follow each other are one span due the last; two days
/// apart under one cue stay two deadlines.
#[test]
fn two_following_days_are_one_span() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Giáo dục và Đào tạo cho học sinh các trường vùng ngập nghỉ học ngày 09/3/2026 và ngày 10/3/2026.\n\n\
        2. Phòng Tài chính - Kế hoạch báo cáo tiến độ giải ngân trước ngày 20/6/2026 và 20/12/2026.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Phòng Giáo dục"),
        [("ngày 09/3/2026 và ngày 10/3/2026", Some("2026-03-10"))]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Tài chính"),
        [
            ("trước ngày 20/6/2026", Some("2026-06-20")),
            ("20/12/2026", Some("2026-12-20"))
        ]
    );
}

/// A time counted from an act of the people the body urges, and the
/// earliest day of a banned start ("không gieo sạ … trước ngày X"), are no
/// deadlines of the body; a campaign's own time is.
#[test]
fn times_of_the_peoples_acts_and_earliest_starts_are_no_deadlines() {
    let text = format!(
        "{DISTRICT_TOP}1. Hội Phụ nữ huyện vận động hội viên khai báo với trạm y tế trước khi đi vùng dịch về.\n\n\
        2. Trạm Khuyến nông huyện khuyến cáo bà con không gieo sạ lúa Hè Thu trước ngày 15/5/2026.\n\n\
        3. Hội Nông dân huyện vận động nhân dân phát quang bờ kênh trước mùa mưa lũ.\n"
    );
    let n = extract(&text);
    assert_eq!(deadlines_of(&n, "Hội Phụ nữ"), []);
    assert_eq!(deadlines_of(&n, "Trạm Khuyến nông"), []);
    assert_eq!(
        deadlines_of(&n, "Hội Nông dân"),
        [("trước mùa mưa lũ", None)]
    );
}

/// In an inspection's conclusion, a delay "kể từ ngày ký Kết luận thanh tra"
/// (no "này") counts from the notice's own date, as "… Kết luận này" does.
#[test]
fn a_delay_from_signing_the_notices_own_kind_is_dated() {
    let text = "SỞ XÂY DỰNG\n\nSố: 15/KL-SXD\n\nBắc Giang, ngày 02 tháng 4 năm 2026\n\n\
        KẾT LUẬN THANH TRA\nViệc quản lý chất lượng công trình tại Ban Quản lý dự án huyện\n\n\
        III. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n\n\
        1. Ban Quản lý dự án huyện khắc phục các tồn tại nêu trên trong thời hạn 20 ngày kể từ ngày ký Kết luận thanh tra.\n";
    let n = extract(text);
    assert_eq!(
        deadlines_of(&n, "Ban Quản lý dự án huyện khắc phục"),
        [(
            "trong thời hạn 20 ngày kể từ ngày ký Kết luận thanh tra",
            Some("2026-04-22")
        )]
    );
}

/// A task table whose cells are set apart by tabs, its doer column named
/// "Bộ phận chủ trì" (or "Người/bộ phận chủ trì"): each row is a task of
/// the body in that column, with its partners and its time.
#[test]
fn a_tab_separated_table_with_a_section_as_its_doer_column() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        XÃ HÒA BÌNH\n\
        \n\
        Số: 18/TB-UBND\n\
        \n\
        Hòa Bình, ngày 10 tháng 3 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Phân công nhiệm vụ chuyển đổi số quý II năm 2026\n\
        \n\
        UBND xã phân công nhiệm vụ như sau:\n\
        \n\
        TT\tCông việc\tBộ phận chủ trì\tPhối hợp\tThời gian\tGhi chú\n\
        1\tCập nhật dữ liệu dân cư trên phần mềm quản lý\tCông an xã\tVăn phòng - Thống kê xã\tTrước 30/4/2026\t\n\
        2\tTuyên truyền cài đặt ứng dụng định danh điện tử\tĐoàn Thanh niên xã\tHội Liên hiệp Phụ nữ xã\tTrong tháng 5/2026\t\n\
        \n\
        Đề nghị các bộ phận nghiêm túc thực hiện./.\n\
        ");
    let d = directive(&n, "Cập nhật dữ liệu dân cư");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Văn phòng - Thống kê xã"]);
    assert_eq!(deadlines(d), [("Trước 30/4/2026", Some("2026-04-30"))]);
    let d = directive(&n, "Tuyên truyền cài đặt");
    assert_eq!(bodies(d, Role::Lead), ["Đoàn Thanh niên xã"]);
    assert_eq!(deadlines(d), [("Trong tháng 5/2026", Some("2026-05-31"))]);
}

/// A lead-in whose later clause hands the work on ("UBND xã ban hành Kế
/// hoạch … và giao Trưởng các thôn thực hiện các yêu cầu chung sau:") over
/// "+" items: each item is a task of the bodies given the work, and the
/// lead-in none.
#[test]
fn plus_items_after_a_lead_in_that_hands_work_on() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        XÃ HÒA BÌNH\n\
        \n\
        Số: 19/KH-UBND\n\
        \n\
        Hòa Bình, ngày 10 tháng 3 năm 2026\n\
        \n\
        KẾ HOẠCH\n\
        Vệ sinh môi trường năm 2026\n\
        \n\
        Năm 2025, toàn xã thu gom được 85% rác thải sinh hoạt.\n\
        \n\
        UBND xã ban hành Kế hoạch với các nhiệm vụ tại Phụ lục kèm theo và giao Trưởng các thôn thực hiện các yêu cầu chung sau:\n\
        + Tổ chức tổng vệ sinh đường làng vào sáng Chủ nhật cuối tháng;\n\
        + Vận động các hộ dân phân loại rác tại nguồn trước ngày 30/6/2026;\n\
        + Lập danh sách hộ chưa ký cam kết, gửi về UBND xã.\n\
        \n\
        Trong quá trình thực hiện, nếu có vướng mắc, báo cáo về UBND xã để được hướng dẫn./.\n\
        ");
    assert_eq!(n.directives.len(), 3, "{:#?}", texts(&n));
    let d = directive(&n, "Tổ chức tổng vệ sinh");
    assert_eq!(bodies(d, Role::Lead), ["thôn"]);
    let d = directive(&n, "Vận động các hộ dân");
    assert_eq!(bodies(d, Role::Lead), ["thôn"]);
    assert_eq!(deadlines(d), [("trước ngày 30/6/2026", Some("2026-06-30"))]);
    no_directive_with(&n, &["ban hành Kế hoạch"]);
}

/// Paragraphs that ask no one: facts with counts after the conclusion's
/// lead-in ("Công trình có 86 hộ bị ảnh hưởng, trong đó 24 hộ phải di dời
/// …"), a pointer to the appendix with whom the bodies answer to, when
/// the results will be reviewed, the next meeting's day, a statement of
/// accountability with the closing after it. A task that says "chịu trách
/// nhiệm" stays one.
#[test]
fn paragraphs_that_only_report_point_or_schedule_are_no_tasks() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        HUYỆN HƯNG NGUYÊN\n\
        \n\
        Số: 52/TB-UBND\n\
        \n\
        Hưng Nguyên, ngày 05 tháng 3 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp về giải phóng mặt bằng\n\
        \n\
        Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        Công trình có 86 hộ bị ảnh hưởng, trong đó 24 hộ phải di dời nhà ở. Đến nay đã chi trả 12 tỷ đồng; còn 9 hộ chưa nhận tiền. Việc bàn giao mặt bằng phải hoàn thành trước mùa mưa năm 2026.\n\
        \n\
        1. Trung tâm Phát triển quỹ đất huyện hoàn thành chi trả cho 9 hộ còn lại trước ngày 30/4/2026.\n\
        \n\
        2. Giao các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này. Thủ trưởng các phòng, đơn vị chịu trách nhiệm trước Chủ tịch UBND huyện nếu để chậm tiến độ.\n\
        \n\
        3. Phòng Tài chính - Kế hoạch chịu trách nhiệm thẩm định phương án bồi thường, trình UBND huyện trong tháng 4/2026.\n\
        \n\
        Kết quả thực hiện các nội dung trên được kiểm điểm tại phiên họp thường kỳ tháng 5/2026 của UBND huyện.\n\
        \n\
        Hội nghị sơ kết công tác giải phóng mặt bằng sẽ tổ chức vào ngày 15/6/2026.\n\
        \n\
        Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND huyện về tiến độ bàn giao mặt bằng trên địa bàn. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về UBND huyện để được hướng dẫn./.\n\
        ");
    assert_eq!(n.directives.len(), 2, "{:#?}", texts(&n));
    let d = directive(&n, "Trung tâm Phát triển quỹ đất");
    assert_eq!(deadlines(d), [("trước ngày 30/4/2026", Some("2026-04-30"))]);
    let d = directive(&n, "Phòng Tài chính - Kế hoạch chịu trách nhiệm");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(deadlines(d), [("trong tháng 4/2026", Some("2026-04-30"))]);
    no_directive_with(
        &n,
        &[
            "86 hộ",
            "tại Phụ lục",
            "được kiểm điểm tại phiên họp",
            "sẽ tổ chức vào ngày",
            "về tiến độ bàn giao",
        ],
    );
}

/// A line after an inspection's lettered measures that sets a time for all
/// of them ("Những tồn tại nêu trên khắc phục trong thời hạn 15 ngày kể từ
/// ngày ký Kết luận thanh tra."): a task of its own for the inspected unit,
/// due 15 days after the conclusion's date; the last item keeps no time.
#[test]
fn a_closing_time_for_all_the_measures_is_a_task_of_its_own() {
    let n = extract(
        "SỞ Y TẾ\n\
        \n\
        Số: 31/KL-SYT\n\
        \n\
        Thái Bình, ngày 20 tháng 11 năm 2025\n\
        \n\
        KẾT LUẬN THANH TRA\n\
        Việc quản lý thuốc tại Trung tâm Y tế huyện Kiến Xương\n\
        \n\
        III. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n\
        1. Yêu cầu Giám đốc Trung tâm Y tế huyện Kiến Xương:\n\
        a) Bổ sung hồ sơ nhập kho thuốc còn thiếu.\n\
        b) Kiểm điểm trách nhiệm cá nhân để xảy ra thiếu sót.\n\
        Những tồn tại nêu trên khắc phục trong thời hạn 15 ngày kể từ ngày ký Kết luận thanh tra.\n\
        \n\
        2. Thanh tra Sở theo dõi, đôn đốc việc thực hiện Kết luận này.\n\
        ",
    );
    let d = directive(&n, "Kiểm điểm trách nhiệm");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Những tồn tại nêu trên");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Y tế huyện Kiến Xương"]);
    assert_eq!(
        deadlines(d),
        [(
            "trong thời hạn 15 ngày kể từ ngày ký Kết luận thanh tra",
            Some("2025-12-05")
        )]
    );
}

/// A numbered line of its own, without a colon, naming a station's or a
/// team's head ("2. Trạm trưởng Trạm Y tế huyện", "3. Đội trưởng Đội Quản
/// lý thị trường số 5"), hands its body down to the bullets under it.
#[test]
fn a_station_heads_heading_hands_its_body_down() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH\nSố: 08/CĐ-UBND\nĐức Linh, ngày 12 tháng 4 năm 2025\n\n\
        CÔNG ĐIỆN\nVề tăng cường phòng cháy rừng\n\nCHỦ TỊCH UBND HUYỆN ĐỨC LINH điện:\n\n\
        1. Chủ tịch UBND các xã, thị trấn\n- Tổ chức trực 24/24 giờ tại các chòi canh lửa.\n\n\
        2. Trạm trưởng Trạm Y tế huyện\n- Bố trí cán bộ trực cấp cứu tại các xã có rừng;\n- Dự trữ đủ cơ số thuốc, hoàn thành trước ngày 20/4/2025.\n\n\
        3. Đội trưởng Đội Quản lý thị trường số 5\n- Kiểm tra việc buôn bán vật liệu dễ cháy trên địa bàn.\n";
    let n = extract(text);
    let d = directive(&n, "Bố trí cán bộ trực");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Y tế huyện"]);
    let d = directive(&n, "Dự trữ đủ");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Y tế huyện"]);
    assert_eq!(deadlines(d), [("trước ngày 20/4/2025", Some("2025-04-20"))]);
    let d = directive(&n, "Kiểm tra việc buôn bán");
    assert_eq!(bodies(d, Role::Lead), ["Đội Quản lý thị trường số 5"]);
}

/// Office holders over a distributed list of places ("Chủ tịch UBND các
/// huyện: Tuy An, Đông Hòa và Chủ tịch UBND thị xã Sông Cầu:"): a new
/// holder after "và" ends the places and names a body of its own (no
/// place "Chủ"); likewise after a list of departments.
#[test]
fn a_new_office_holder_after_va_ends_a_list_of_places() {
    let text = "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 05/CĐ-UBND\nPhú Yên, ngày 3 tháng 10 năm 2025\n\n\
        CÔNG ĐIỆN\nVề chủ động ứng phó bão số 10\n\nCHỦ TỊCH UBND TỈNH điện:\n\n\
        1. Chủ tịch UBND các huyện: Tuy An, Đông Hòa và Chủ tịch UBND thị xã Sông Cầu:\n\
        a) Kiểm đếm tàu thuyền, hướng dẫn vào nơi trú ẩn an toàn.\n\
        b) Di dời người dân ra khỏi vùng nguy hiểm, hoàn thành trước 17 giờ ngày 4/10/2025.\n\n\
        2. Giám đốc các Sở: Xây dựng, Công Thương và Giám đốc Công ty Điện lực Phú Yên kiểm tra an toàn công trình.\n";
    let n = extract(text);
    let d = directive(&n, "Kiểm đếm tàu thuyền");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND huyện Tuy An",
            "UBND huyện Đông Hòa",
            "UBND thị xã Sông Cầu"
        ]
    );
    let d = directive(&n, "Giám đốc các Sở");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Xây dựng", "Sở Công Thương", "Công ty Điện lực Phú Yên"]
    );
}

/// A heading naming a head over places with no colon ("Chủ tịch UBND các
/// huyện Mù Cang Chải, Trạm Tấu, Văn Chấn"), one place's name opening
/// with a word that heads bodies elsewhere ("Trạm"): one body per place.
#[test]
fn places_after_a_plural_unit_may_open_like_a_body() {
    let text = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 11/CĐ-UBND\nLào Cai, ngày 8 tháng 8 năm 2025\n\n\
        CÔNG ĐIỆN\nVề ứng phó lũ quét\n\nCHỦ TỊCH UBND TỈNH điện:\n\n\
        1. Chủ tịch UBND các huyện Bắc Hà, Trạm Tấu, Si Ma Cai\n\
        - Rà soát các khu dân cư ven sông, suối.\n\
        - Bố trí lực lượng canh gác tại các ngầm tràn.\n\n\
        2. UBND các xã Bản Lầu, Trạm Hành, Bản Phiệt kiểm tra các hồ chứa nhỏ.\n";
    let n = extract(text);
    let d = directive(&n, "Rà soát các khu dân cư");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND huyện Bắc Hà",
            "UBND huyện Trạm Tấu",
            "UBND huyện Si Ma Cai"
        ]
    );
    let d = directive(&n, "UBND các xã");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND xã Bản Lầu", "UBND xã Trạm Hành", "UBND xã Bản Phiệt"]
    );
}

/// An item's own subject narrowed by "có …", with the places meant in
/// brackets ("UBND các xã có ổ dịch (Tân Hưng, Mỹ Thái) lập chốt …"): that
/// subject is the doer, not the letter's addressees, named without the
/// brackets.
#[test]
fn a_narrowed_subject_with_its_places_in_brackets() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN LẠNG GIANG\nSố: 215/UBND-NN\nLạng Giang, ngày 14 tháng 6 năm 2025\n\n\
        V/v khẩn trương khống chế bệnh lở mồm long móng\n\nKính gửi: Các cơ quan, đơn vị; UBND các xã, thị trấn.\n\n\
        Để ngăn chặn dịch lây lan, Chủ tịch UBND huyện yêu cầu:\n\n\
        1. Phòng Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến dịch bệnh.\n\n\
        2. UBND các xã có ổ dịch (Tân Hưng, Mỹ Thái, Xương Lâm) lập chốt kiểm soát vận chuyển gia súc ra vào vùng dịch, hoàn thành trong ngày 15/6/2025.\n\n\
        3. Chủ tịch UBND các xã có gia súc mắc bệnh (Tân Dĩnh, Phi Mô) tổ chức tiêu hủy gia súc bệnh theo quy định.\n";
    let n = extract(text);
    let d = directive(&n, "UBND các xã có ổ dịch");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã có ổ dịch"]);
    assert_eq!(deadlines(d), [("trong ngày 15/6/2025", Some("2025-06-15"))]);
    let d = directive(&n, "Chủ tịch UBND các xã có gia súc");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã có gia súc mắc bệnh"]);
}

/// Parts lettered in capitals that are no title in capitals ("A. Giao
/// Phòng Kinh tế xã:" over items; "C. Ủy ban MTTQ Việt Nam xã, Đoàn
/// Thanh niên xã, … vận động …"): the letter is a marker, the lead-in
/// hands its body down, and the first body after a letter is kept.
#[test]
fn parts_lettered_in_capitals_over_lead_ins_and_lists_of_bodies() {
    let text = "ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 52/TB-UBND\nTân Lập, ngày 10 tháng 3 năm 2026\n\n\
        THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại buổi làm việc về bảo vệ rừng\n\n\
        Sau khi nghe báo cáo, Chủ tịch UBND xã chỉ đạo:\n\n\
        A. Giao Phòng Kinh tế xã:\n1. Rà soát diện tích rừng bị lấn chiếm, hoàn thành trong tháng 4/2026.\n2. Tham mưu phương án thu hồi đất lấn chiếm.\n\n\
        B. Công an xã tuần tra, kiểm soát các tuyến đường vào rừng.\n\n\
        C. Ủy ban MTTQ Việt Nam xã, Đoàn Thanh niên xã, Chi hội Cựu chiến binh thôn 4 vận động người dân không phát rừng làm rẫy.\n";
    let n = extract(text);
    let d = directive(&n, "Rà soát diện tích rừng");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế xã"]);
    let d = n
        .directives
        .iter()
        .find(|d| d.text.contains("vận động người dân không phát rừng"))
        .expect("the lettered item");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Ủy ban MTTQ Việt Nam xã",
            "Đoàn Thanh niên xã",
            "Chi hội Cựu chiến binh thôn 4"
        ]
    );
}

/// A heading in capitals naming schools by their levels' initials, one
/// ending on the level it serves ("II. ĐỐI VỚI CÁC TRƯỜNG THCS, PT DTNT
/// HUYỆN VÀ TRUNG TÂM GDTX TỈNH"): each is a body of its own, handed down
/// to the bullets under it; so in normal case.
#[test]
fn schools_named_by_initials_in_a_heading_in_capitals() {
    let top = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH THUẬN\nSố: 1210/SGDĐT-CTTT\nBình Thuận, ngày 20 tháng 5 năm 2024\n\n\
        V/v tăng cường phòng, chống đuối nước cho học sinh dịp hè\n\nKính gửi: Các đơn vị trực thuộc.\n\n\
        Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện tốt các nội dung sau:\n\n\
        I. ĐỐI VỚI PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CÁC HUYỆN\n1. Chỉ đạo các trường tiểu học, THCS lập danh sách học sinh sinh hoạt hè tại địa phương.\n\n";
    let items =
        "- Tổ chức cho học sinh ký cam kết không tắm ở ao, hồ khi không có người lớn đi kèm.\n";
    let n = extract(&format!(
        "{top}II. ĐỐI VỚI CÁC TRƯỜNG THCS, PT DTNT HUYỆN VÀ TRUNG TÂM GDTX TỈNH\n{items}"
    ));
    let d = directive(&n, "Tổ chức cho học sinh ký cam kết");
    assert_eq!(
        bodies(d, Role::Lead),
        ["TRƯỜNG THCS", "TRƯỜNG PT DTNT HUYỆN", "TRUNG TÂM GDTX TỈNH"]
    );
    let n = extract(&format!(
        "{top}II. Đối với các trường THCS, PT DTNT huyện và Trung tâm GDTX tỉnh\n{items}"
    ));
    let d = directive(&n, "Tổ chức cho học sinh ký cam kết");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trường THCS", "Trường PT DTNT huyện", "Trung tâm GDTX tỉnh"]
    );
}

/// Bodies named in ways that cut or hid them: "Tổ chức" and a kind of
/// organisation in a table's cell of doers (no verb there), a subject with
/// a condition before its modal or verb ("khi …", ", khi có yêu cầu, …"),
/// a board's members given an area in the passive before their verb, and a
/// centre named by a compound noun whose last word is a verb elsewhere
/// ("việc làm").
#[test]
fn bodies_before_a_condition_or_named_by_a_trade() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 77/KH-UBND\n\nHà Tĩnh, ngày 10 tháng 4 năm 2026\n\n\
        KẾ HOẠCH\nĐịnh giá đất cụ thể các dự án năm 2026\n\n\
        I. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n\
        STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n\
        1 | Thu thập thông tin thửa đất định giá tại 5 dự án | Tổ chức thẩm định giá | UBND các xã | Tháng 5/2026\n\
        2 | Lập phương án giá đất trình Hội đồng thẩm định | Sở Tài chính | Tổ chức tư vấn định giá đất | Tháng 6/2026\n\n\
        II. TỔ CHỨC THỰC HIỆN\n\
        1. Trung tâm Kiểm soát bệnh tật tỉnh khi phát hiện ca bệnh phải điều tra, khoanh vùng ngay trong ngày.\n\n\
        2. Chi cục Thú y tỉnh, khi có yêu cầu, cử cán bộ hỗ trợ các xã lấy mẫu xét nghiệm.\n\n\
        3. Các thành viên Ban Chỉ đạo được phân công phụ trách địa bàn thường xuyên kiểm tra, đôn đốc các xã.\n\n\
        4. Phòng Y tế trong trường hợp phát hiện ca bệnh phải báo cáo ngay Sở Y tế.\n\n\
        5. Sở Nội vụ phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm trong quý II/2026.\n";
    let n = extract(text);
    let d = directive(&n, "Thu thập thông tin thửa đất");
    assert_eq!(bodies(d, Role::Lead), ["Tổ chức thẩm định giá"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các xã"]);
    let d = directive(&n, "Lập phương án giá đất");
    assert_eq!(bodies(d, Role::Cooperate), ["Tổ chức tư vấn định giá đất"]);
    let d = directive(&n, "Trung tâm Kiểm soát bệnh tật");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Kiểm soát bệnh tật tỉnh"]);
    assert_eq!(deadlines(d), [("ngay trong ngày", None)]);
    let d = directive(&n, "Chi cục Thú y tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Thú y tỉnh"]);
    let d = directive(&n, "Các thành viên Ban Chỉ đạo");
    assert_eq!(bodies(d, Role::Lead), ["thành viên Ban Chỉ đạo"]);
    let d = directive(&n, "Phòng Y tế trong trường hợp");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Y tế"]);
    let d = directive(&n, "Sở Nội vụ phối hợp");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Dịch vụ việc làm tỉnh"]
    );
}

/// Commune posts named by their holder and a capitalized field are written
/// as the field ("Công chức Tư pháp - Hộ tịch" → "Tư pháp - Hộ tịch", the
/// scorer matches a gold that keeps "Công chức"); in lower case the holder's
/// word stays with the field, which alone would name no office.
#[test]
fn commune_posts_are_written_as_their_field() {
    let text = format!(
        "{COMMUNE_TOP}1. Công chức Tư pháp - Hộ tịch hoàn thành số hóa sổ hộ tịch trước ngày 30/11/2025.\n\n\
        2. Công chức Địa chính - Xây dựng kiểm tra các công trình xây dựng trái phép trên địa bàn.\n\n\
        3. công chức Văn hóa - Xã hội tổ chức tuyên truyền về dịch vụ công trực tuyến.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Công chức Tư pháp");
    assert_eq!(bodies(d, Role::Lead), ["Tư pháp - Hộ tịch"]);
    let d = directive(&n, "Công chức Địa chính");
    assert_eq!(bodies(d, Role::Lead), ["Địa chính - Xây dựng"]);
    let d = directive(&n, "công chức Văn hóa");
    assert_eq!(bodies(d, Role::Lead), ["Văn hóa - Xã hội"]);
}

/// A board of projects named by their trade right after "dự án" ("Ban
/// Quản lý dự án giao thông tỉnh": "giao" assigns elsewhere), and a firm
/// whose brand is read before its verb and a list of the works it runs
/// ("Công ty … Thủy lợi Nghệ An vận hành hồ A, hồ B …": no brand after
/// "vận hành").
#[test]
fn a_board_named_by_its_trade_and_a_firm_before_its_works() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Kinh tế và Hạ tầng phối hợp với Ban Quản lý dự án giao thông tỉnh bàn giao mặt bằng tuyến tránh, hoàn thành trước ngày 30/6/2026.\n\n\
        2. Ban Quản lý dự án giao thông nông thôn huyện rà soát các tuyến đường xuống cấp.\n\n\
        3. Giám đốc Công ty TNHH MTV Thủy lợi Bắc Nghệ An vận hành hồ Vực Mấu, hồ Khe Đá đúng quy trình được phê duyệt.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Ban Quản lý dự án giao thông tỉnh"]
    );
    let d = directive(&n, "Ban Quản lý dự án giao thông nông thôn");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án giao thông nông thôn huyện"]
    );
    let d = directive(&n, "Giám đốc Công ty");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công ty TNHH MTV Thủy lợi Bắc Nghệ An"]
    );
}

/// A news report's quotation of a leader whose first sentence has a body
/// ready its means ("Công an tỉnh sẵn sàng lực lượng, phương tiện …"), no
/// modal: a task of that body, as a sentence with `phải` is.
#[test]
fn a_quoted_body_readying_its_means_is_a_task() {
    let text = format!(
        "{NEWS_TOP}Kiểm tra công tác chống hạn tại huyện Bù Đốp, Phó Chủ tịch UBND tỉnh yêu cầu UBND huyện rà soát các hồ chứa, hoàn thành trước ngày 25/3/2023.\n\n\
        \"Công ty Điện lực Bình Phước sẵn sàng nhân lực, vật tư bảo đảm cấp điện cho các trạm bơm. Các xã phải tổ chức trực ban nghiêm túc trong mùa khô\" - Phó Chủ tịch UBND tỉnh nhấn mạnh.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "\"Công ty Điện lực");
    assert_eq!(bodies(d, Role::Lead), ["Công ty Điện lực Bình Phước"]);
}

/// Periods of a season, a crop's stage, a planting round, a campaign named
/// with its year: deadlines without a date.
#[test]
fn stages_campaigns_and_festival_seasons_bound_the_work() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Nông nghiệp hướng dẫn nông dân phun thuốc phòng trừ bọ xít trong giai đoạn xoài ra hoa, đậu quả.\n\n\
        2. Trạm Khuyến nông hỗ trợ giống cây ăn quả cho các hộ trong vụ trồng năm 2026.\n\n\
        3. Huyện đoàn tổ chức các đội hình sửa chữa nhà văn hóa trong Chiến dịch Thanh niên tình nguyện hè năm 2026.\n\n\
        4. Công an huyện tăng cường tuần tra tại các đình, chùa, nhất là vào ban đêm và mùa lễ hội đầu xuân.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Phòng Nông nghiệp"),
        [("trong giai đoạn xoài ra hoa, đậu quả", None)]
    );
    // (the year's end is read from "năm 2026" for now; the golds leave
    // such a round undated)
    let d = deadlines_of(&n, "Trạm Khuyến nông");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].0, "trong vụ trồng năm 2026");
    assert_eq!(
        deadlines_of(&n, "Huyện đoàn"),
        [("trong Chiến dịch Thanh niên tình nguyện hè năm 2026", None)]
    );
    let d = deadlines_of(&n, "Công an huyện");
    assert_eq!(d.len(), 1);
    assert!(d[0].0.ends_with("mùa lễ hội đầu xuân"), "{d:?}");
    assert_eq!(d[0].1, None);
}

/// A limit in hours inside a "khi" condition says when to act, not by when;
/// a time after urging people to act is theirs ("quay lại lớp sau Tết"),
/// while one bounding the campaign ("trước Tết") stays.
#[test]
fn a_limit_in_a_condition_and_the_time_of_peoples_own_act() {
    let text = format!(
        "{DISTRICT_TOP}1. Đồn Biên phòng duy trì trực ban; khi phát hiện phương tiện mất liên lạc quá 12 giờ thì báo ngay cho Ban Chỉ huy.\n\n\
        2. Phòng Giáo dục phối hợp với các trường vận động học sinh nghỉ học trở lại trường sau Tết.\n\n\
        3. UBND các xã vận động nhân dân tổng vệ sinh đường làng trước Tết.\n"
    );
    let n = extract(&text);
    assert!(deadlines_of(&n, "Đồn Biên phòng").is_empty());
    assert!(deadlines_of(&n, "Phòng Giáo dục").is_empty());
    assert_eq!(deadlines_of(&n, "UBND các xã"), [("trước Tết", None)]);
}

/// Parts numbered with a dash ("I- ĐÁNH GIÁ CHUNG", "II- NHIỆM VỤ") are read
/// like "I.": the assessment under the first heading is no directive.
#[test]
fn parts_numbered_with_a_dash_are_headings() {
    let text = format!(
        "{DISTRICT_TOP}I- ĐÁNH GIÁ CHUNG\nNăm 2025, diện tích lúa toàn huyện đạt 9.200 ha, năng suất bình quân 6,1 tấn/ha; đã có 03 hợp tác xã được cấp chứng nhận VietGAP.\n\n\
        II- NHIỆM VỤ THỜI GIAN TỚI\n1- Phòng Nông nghiệp rà soát diện tích lúa kém hiệu quả, hoàn thành trước ngày 30/6/2026.\n"
    );
    let n = extract(&text);
    no_directive_with(&n, &["diện tích lúa toàn huyện"]);
    let d = directive(&n, "Phòng Nông nghiệp");
    assert_eq!(deadlines(d), [("trước ngày 30/6/2026", Some("2026-06-30"))]);
}

/// The office holder of several places listed after a plural unit, the last
/// place ending in a letter ("Châu Thành A", "Tân Phú B"): a district, no
/// person's name ("Châu" a family name, "Thành" a middle one), so it stays
/// in the list.
#[test]
fn a_holder_of_places_whose_last_ends_in_a_letter() {
    let text = format!(
        "{DISTRICT_TOP}1. Giao Chủ tịch UBND các xã Mỹ Hương, Long Hưng, Châu Thành B chỉ đạo các ấp rà soát hộ nghèo, hoàn thành trước ngày 30/6/2026.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Giao Chủ tịch UBND các xã");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "UBND xã Mỹ Hương",
            "UBND xã Long Hưng",
            "UBND xã Châu Thành B"
        ]
    );
}

/// Two bodies joined by "và", the second a bank known by its brand
/// ("Vietcombank Chi nhánh Nghệ An"): two bodies, while a "và" inside a
/// name ("Sở Văn hóa và Thể thao") still joins its fields.
#[test]
fn a_body_and_a_bank_by_its_brand_are_two() {
    let text = format!(
        "{DISTRICT_TOP}1. Đề nghị Quỹ Đầu tư phát triển tỉnh và Vietcombank Chi nhánh Nghệ An hỗ trợ vốn cho các hợp tác xã.\n\n\
        2. Sở Văn hóa và Thể thao tổ chức lễ hội đền Hồng Sơn.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Đề nghị Quỹ");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Quỹ Đầu tư phát triển tỉnh",
            "Vietcombank Chi nhánh Nghệ An"
        ]
    );
    let d = directive(&n, "Sở Văn hóa");
    assert_eq!(bodies(d, Role::Lead), ["Sở Văn hóa và Thể thao"]);
}

/// A heading naming private owners ("Các chủ đò, chủ phương tiện:"): the
/// items under it are the owners' tasks, not the issuing commune's.
#[test]
fn items_under_a_heading_of_owners_are_theirs() {
    let text = format!(
        "{DISTRICT_TOP}1. Các chủ đò, chủ phương tiện:\na) Trang bị đủ áo phao cho người qua sông.\nb) Không chở quá số người quy định.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Trang bị đủ áo phao");
    assert_eq!(bodies(d, Role::Lead), ["chủ đò, chủ phương tiện"]);
}

/// A council's parts listed with its delegates, the level named once at the
/// end ("… các Tổ đại biểu và đại biểu Hội đồng nhân dân huyện giám sát"):
/// each part is the council of that level; the delegates, people, are not
/// listed.
#[test]
fn a_council_level_named_after_its_delegates_is_each_parts() {
    let text = format!(
        "{DISTRICT_TOP}1. Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Thường trực Hội đồng nhân dân");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Thường trực Hội đồng nhân dân huyện",
            "Ban Hội đồng nhân dân huyện",
            "Tổ đại biểu Hội đồng nhân dân huyện"
        ]
    );
}

/// A sector body named by initials the notice spelled out in brackets
/// ("các Quỹ tín dụng nhân dân (QTDND)"), then bare after "các" under an
/// ordinal opener ("Thứ nhất, các QTDND …"); "các HTX …" as well.
#[test]
fn bodies_by_sector_initials_after_an_ordinal_opener() {
    let text = format!(
        "{DISTRICT_TOP}Buổi làm việc có đại diện các Quỹ tín dụng nhân dân (QTDND) trên địa bàn huyện.\n\n\
        Thứ nhất, các QTDND củng cố bộ máy kiểm soát, hoàn thành trước ngày 30/6/2026.\n\n\
        Thứ hai, các HTX nông nghiệp xây dựng phương án tiêu thụ sản phẩm.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "các QTDND");
    assert_eq!(bodies(d, Role::Lead), ["QTDND"]);
    assert_eq!(deadlines(d), [("trước ngày 30/6/2026", Some("2026-06-30"))]);
    let d = directive(&n, "các HTX");
    assert_eq!(bodies(d, Role::Lead), ["HTX nông nghiệp"]);
}

/// "Trưởng các phòng, Thủ trưởng các cơ quan, đơn vị … báo cáo kết quả về
/// Phòng Nông nghiệp …": the plural head is every office, not the one
/// office named before; the office reported to only receives.
#[test]
fn a_plural_head_is_no_report_receiver_named_before() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì theo dõi việc chăm sóc lúa xuân.\n\n\
        2. Chủ tịch UBND huyện yêu cầu Trưởng các phòng, Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã vùng trũng khẩn trương triển khai thực hiện; hằng tháng báo cáo kết quả về Phòng Nông nghiệp và Phát triển nông thôn để tổng hợp.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Chủ tịch UBND huyện yêu cầu");
    let lead = bodies(d, Role::Lead);
    assert_eq!(&lead[..2], ["phòng", "cơ quan, đơn vị"]);
    assert!(!lead.contains(&"Phòng Nông nghiệp và Phát triển nông thôn"));
}

/// Centres named by a verb and its object ("Trung tâm Hỗ trợ doanh nghiệp
/// nhỏ và vừa"), a team in lower case ("đội kiểm tra liên ngành huyện") and
/// credit institutions by initials ("Các TCTD …"): whole names.
#[test]
fn centres_named_by_a_verb_teams_in_lower_case_and_credit_initials() {
    let text = format!(
        "{DISTRICT_TOP}1. Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa hướng dẫn hộ kinh doanh chuyển đổi lên doanh nghiệp.\n\n\
        2. Giao đội kiểm tra liên ngành huyện kiểm tra các cơ sở kinh doanh xăng dầu.\n\n\
        3. Các TCTD trên địa bàn huyện ưu tiên vốn vay cho hộ sản xuất lúa.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Trung tâm Hỗ trợ");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa"]
    );
    let d = directive(&n, "Giao đội");
    assert_eq!(bodies(d, Role::Lead), ["đội kiểm tra liên ngành huyện"]);
    let d = directive(&n, "Các TCTD");
    assert_eq!(bodies(d, Role::Lead), ["TCTD trên địa bàn huyện"]);
}

const WARD_TOP: &str =
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA MINH\n\nSố: 27/TB-UBND\n\nĐà Nẵng, ngày 10 tháng 3 năm 2026\n\n\
    THÔNG BÁO\nKết luận của Chủ tịch UBND phường tại cuộc họp giao ban tháng 3\n\n\
    Sau khi nghe các bộ phận báo cáo, Chủ tịch UBND phường kết luận như sau:\n\n";

/// Residential groups counted in digits after their leaders' post ("Trưởng
/// 9 khu phố:", "Tổ trưởng 12 TDP …", a heading or a subject): the groups
/// are the doers, handed down to the items under a heading.
#[test]
fn residential_groups_counted_after_their_leaders_post() {
    let text = format!(
        "{WARD_TOP}1. Trưởng 9 khu phố:\n\
        - Niêm yết công khai lịch thu gom rác tại nhà sinh hoạt cộng đồng.\n\
        - Lập danh sách hộ đăng ký thu gom, gửi UBND phường trước ngày 20/3/2026.\n\n\
        2. Tổ trưởng 12 TDP vận động các hộ dân không đổ rác ra kênh.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Niêm yết công khai");
    assert_eq!(bodies(d, Role::Lead), ["khu phố"]);
    let d = directive(&n, "Lập danh sách hộ");
    assert_eq!(bodies(d, Role::Lead), ["khu phố"]);
    assert_eq!(deadlines(d), [("trước ngày 20/3/2026", Some("2026-03-20"))]);
    let d = directive(&n, "Tổ trưởng 12 TDP");
    assert_eq!(bodies(d, Role::Lead), ["TDP"]);
}

/// Boards and forces whose names go on in lower case with a verb of their
/// task ("Ban bảo vệ dân phố", "lực lượng dân phòng", "lực lượng bảo vệ biên
/// giới nước bạn …"), the ward's beat police, and a union's branch in every
/// zone of a kind ("Công đoàn các Khu công nghiệp tỉnh"): whole names, not
/// their first word.
#[test]
fn lower_case_boards_forces_and_zone_unions_named_whole() {
    let text = format!(
        "{WARD_TOP}1. Ban bảo vệ dân phố tuần tra các tuyến hẻm vào ban đêm.\n\n\
        2. Công an phường chủ trì, phối hợp với lực lượng dân phòng và Cảnh sát khu vực kiểm tra các nhà trọ.\n\n\
        3. Đồn Biên phòng phối hợp với lực lượng bảo vệ biên giới nước bạn Campuchia tuần tra chung.\n\n\
        4. Liên đoàn Lao động quận phối hợp với Công đoàn các Khu công nghiệp tỉnh thăm hỏi công nhân.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Ban bảo vệ dân phố tuần tra");
    assert_eq!(bodies(d, Role::Lead), ["Ban bảo vệ dân phố"]);
    let d = directive(&n, "Công an phường chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["lực lượng dân phòng", "Cảnh sát khu vực"]
    );
    let d = directive(&n, "Đồn Biên phòng");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["lực lượng bảo vệ biên giới nước bạn Campuchia"]
    );
    let d = directive(&n, "Liên đoàn Lao động quận");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Công đoàn các Khu công nghiệp tỉnh"]
    );
}

/// "Công an phường giao Cảnh sát khu vực phụ trách …": the force hands the
/// work on to its own beat officers and stays the doer.
#[test]
fn a_police_force_giving_work_to_its_beat_officers_stays_the_doer() {
    let text = format!(
        "{WARD_TOP}1. Công an phường giao Cảnh sát khu vực nắm danh sách người thuê trọ ở từng khu phố.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Công an phường giao");
    assert_eq!(bodies(d, Role::Lead), ["Công an phường"]);
}

/// A bare "Sở" after its full name was given refers back to it, though a
/// report to its director "6 tháng và năm" names the head before a count of
/// months (no body "Sở 6 tháng").
#[test]
fn a_bare_head_refers_back_past_a_count_of_months() {
    let text = format!(
        "{DISTRICT_TOP}1. Các cơ sở gửi kết quả quan trắc về Sở Xây dựng trước ngày 31/3/2026.\n\n\
        2. Phòng Kinh tế tổng hợp kết quả, báo cáo Giám đốc Sở 6 tháng và năm.\n\n\
        3. Đề nghị Ban Quản lý các Khu công nghiệp phối hợp với Sở kiểm tra các doanh nghiệp.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Đề nghị Ban Quản lý");
    assert_eq!(bodies(d, Role::Cooperate), ["Sở Xây dựng"]);
}

/// A hard-wrapped copy cuts a post's field at its first spaced dash
/// ("… gửi công chức Tư pháp" ⏎ "- Hộ tịch - Văn hóa xã hội phường …"):
/// the dashed line goes on with the item, no bullet of its own.
#[test]
fn a_wrapped_dash_inside_a_post_s_field_is_no_bullet() {
    let text = format!(
        "{WARD_TOP}1. Trưởng 9 khu phố:\n\
        + Thông báo đến từng hộ dân lịch thu gom rác mới, dán tại bảng tin của khu\n\
        phố trong tuần đầu tháng 4/2026.\n\
        + Lập danh sách hộ xin cấp phép sửa chữa nhà ở, gửi công chức Tư pháp\n\
        - Hộ tịch - Văn hóa xã hội phường trước ngày 25 hằng tháng.\n\n\
        2. Công an phường chủ trì, phối hợp với lực lượng dân phòng kiểm tra các\n\
        nhà trọ trên địa bàn, xử lý nghiêm các trường hợp vi phạm.\n"
    );
    let n = extract(&text);
    assert!(!n.directives.iter().any(|d| d.text.starts_with("Hộ tịch")));
    let d = directive(&n, "Lập danh sách hộ xin cấp phép");
    assert_eq!(bodies(d, Role::Lead), ["khu phố"]);
    assert_eq!(deadlines(d), [("trước ngày 25 hằng tháng", None)]);
}

/// A closing formula that asks for a report to a body with no day set
/// ("…; báo cáo kết quả về UBND huyện (qua Văn phòng …)./.") is still the
/// formula; with a day ("… trước ngày 20/4/2026") it asks for work.
#[test]
fn a_closing_with_a_report_but_no_day_is_no_directive() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Nông nghiệp và Môi trường kiểm tra các điểm khai thác cát trái phép trên sông Lam.\n\n\
        2. Đội Quản lý trật tự đô thị huyện rà soát các công trình xây dựng không phép.\n\n\
        Đề nghị các phòng, ban, đơn vị nghiêm túc thực hiện; báo cáo kết quả về UBND huyện (qua Văn phòng HĐND và UBND huyện)./.\n"
    );
    let n = extract(&text);
    no_directive_with(&n, &["nghiêm túc thực hiện"]);
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Nông nghiệp và Môi trường kiểm tra các điểm khai thác cát trái phép trên sông Lam.\n\n\
        Đề nghị các phòng, ban, đơn vị nghiêm túc thực hiện; báo cáo kết quả về UBND huyện trước ngày 20/4/2026./.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Đề nghị các phòng");
    assert_eq!(deadlines(d), [("trước ngày 20/4/2026", Some("2026-04-20"))]);
}

/// "Những nội dung còn lại thực hiện theo Công văn số …": the rest of the
/// work left to another document, a pointer with no work of its own.
#[test]
fn the_rest_left_to_another_document_is_no_directive() {
    let text = format!(
        "{DISTRICT_TOP}1. UBND các xã ra quân dọn vệ sinh kênh mương trước ngày 15/3/2026.\n\n\
        2. Phòng Văn hóa và Thông tin tuyên truyền trên hệ thống loa truyền thanh.\n\n\
        Những nội dung còn lại thực hiện theo Công văn số 112/UBND-NN ngày 20/02/2026 của UBND huyện./.\n"
    );
    let n = extract(&text);
    assert_eq!(n.directives.len(), 2);
    no_directive_with(&n, &["Những nội dung còn lại"]);
}

/// A target line ("Mục tiêu năm 2026: tỷ lệ … đạt 94,5% …") after the
/// items is what is to be reached, no directive, and takes no body.
#[test]
fn a_target_line_is_no_directive() {
    let text = format!(
        "{DISTRICT_TOP}1. Bảo hiểm xã hội huyện đôn đốc các đơn vị nợ đóng bảo hiểm y tế.\n\n\
        2. UBND các xã, thị trấn nắm số người chưa tham gia, phối hợp với Bảo hiểm xã hội huyện vận động người dân tham gia bảo hiểm y tế hộ gia đình.\n\n\
        Mục tiêu năm 2026: tỷ lệ bao phủ bảo hiểm y tế đạt 94,5% dân số; số người tham gia BHXH tự nguyện đạt 3.800 người.\n"
    );
    let n = extract(&text);
    no_directive_with(&n, &["Mục tiêu năm 2026"]);
    let d = directive(&n, "UBND các xã, thị trấn nắm");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
}

/// In a letter from an office under a district ("PHÒNG NÔNG NGHIỆP VÀ MÔI
/// TRƯỜNG"), the office saying what it will do itself ("Phòng … huyện sẽ
/// phối hợp … kiểm tra …") gives no one a task; the work it gives the
/// district's own Văn phòng stays a directive.
#[test]
fn the_issuing_office_announcing_its_own_work_is_no_directive() {
    let text = "UBND HUYỆN HƯNG NGUYÊN\nPHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 55/NNMT\n\n\
        Hưng Nguyên, ngày 05 tháng 3 năm 2026\n\nKính gửi: UBND các xã, thị trấn.\n\n\
        Để bảo đảm nước tưới cho vụ Xuân, Phòng Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:\n\n\
        1. UBND các xã, thị trấn chỉ đạo các hợp tác xã nạo vét kênh mương trước ngày 20/3/2026.\n\n\
        2. Văn phòng HĐND và UBND huyện bố trí xe phục vụ đoàn kiểm tra.\n\n\
        Phòng Nông nghiệp và Môi trường huyện sẽ phối hợp với Trạm Khuyến nông kiểm tra đột xuất từ ngày 25/3/2026.\n";
    let n = extract(text);
    no_directive_with(&n, &["sẽ phối hợp"]);
    let d = directive(&n, "Văn phòng HĐND");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng HĐND và UBND huyện"]);
}

/// A second sentence whose subject is a Party inspection committee doing
/// its own work ("Ủy ban Kiểm tra Huyện ủy kết luận dứt điểm …") starts a
/// directive of its own, with its own deadline.
#[test]
fn a_party_committee_s_sentence_after_an_assignment_is_its_own_directive() {
    let text = format!(
        "{DISTRICT_TOP}1. Giao Phòng Nội vụ chủ trì, phối hợp với Thanh tra huyện rà soát hồ sơ cán bộ trong tháng 4/2026. Ủy ban Kiểm tra Huyện ủy kết luận dứt điểm các đơn khiếu nại trước ngày 30/5/2026.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Giao Phòng Nội vụ");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nội vụ"]);
    assert_eq!(deadlines(d), [("trong tháng 4/2026", Some("2026-04-30"))]);
    let d = directive(&n, "Ủy ban Kiểm tra Huyện ủy kết luận");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban Kiểm tra Huyện ủy"]);
    assert_eq!(deadlines(d), [("trước ngày 30/5/2026", Some("2026-05-30"))]);
}

/// Under a heading naming bodies, a request inside an item ("…; (i) đề nghị
/// ngân hàng gia hạn nợ …", "Làm việc với …, đề nghị hợp tác xã …") is the
/// heading's bodies' work; the body asked is its object.
#[test]
fn a_request_inside_an_item_keeps_the_heading_s_bodies() {
    let text = format!(
        "{DISTRICT_TOP}1. Hội Nông dân các xã, thị trấn:\n\
        - Làm việc với các hợp tác xã, đề nghị hợp tác xã ký hợp đồng bao tiêu lúa cho hội viên trước ngày 30/4/2026.\n\
        - Chỉ đạo chi hội cơ sở rà soát hộ vay vốn; (i) đề nghị ngân hàng gia hạn nợ cho hội viên bị thiệt hại; (ii) vận động hội viên chuyển đổi cây trồng.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "(i) đề nghị ngân hàng");
    assert_eq!(bodies(d, Role::Lead), ["Hội Nông dân các xã, thị trấn"]);
    let d = directive(&n, "Làm việc với các hợp tác xã");
    assert_eq!(bodies(d, Role::Lead), ["Hội Nông dân các xã, thị trấn"]);
}

/// Kinds of firms listed as one subject ("Các doanh nghiệp, hợp tác xã, hộ
/// kinh doanh …", household businesses being firms): one body each, the
/// last with the words that narrow it (its trade, where it works, what it
/// is doing now), up to the verb; households and people stay addressees.
#[test]
fn listed_kinds_of_firms_are_one_body_each() {
    let text = format!(
        "{DISTRICT_TOP}1. Các doanh nghiệp, hợp tác xã, hộ kinh doanh chậm nộp thuế nộp dứt điểm số tiền còn nợ trước ngày 30/6/2026.\n\n\
        2. Các hộ kinh doanh, hợp tác xã, doanh nghiệp chế biến gỗ xây dựng hệ thống thu gom bụi trong quý III/2026.\n\n\
        3. Các chủ đầu tư, nhà thầu đang thi công trên địa bàn huyện không để bùn đất rơi vãi ra đường.\n\n\
        4. Các cơ sở kinh doanh nhà nghỉ, khách sạn tự kiểm tra điều kiện an toàn phòng cháy.\n\n\
        5. Các hộ gia đình, cá nhân chấp hành nghiêm quy định về vệ sinh môi trường.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Các doanh nghiệp, hợp tác xã");
    let lead = bodies(d, Role::Lead);
    assert_eq!(&lead[..2], ["doanh nghiệp", "hợp tác xã"]);
    assert!(lead[2].starts_with("hộ kinh doanh"));
    let d = directive(&n, "Các hộ kinh doanh");
    assert_eq!(
        bodies(d, Role::Lead),
        ["hộ kinh doanh", "hợp tác xã", "doanh nghiệp chế biến gỗ"]
    );
    let d = directive(&n, "Các chủ đầu tư");
    assert_eq!(
        bodies(d, Role::Lead),
        ["chủ đầu tư", "nhà thầu đang thi công trên địa bàn huyện"]
    );
    let d = directive(&n, "Các cơ sở kinh doanh");
    assert_eq!(
        bodies(d, Role::Lead),
        ["cơ sở kinh doanh nhà nghỉ, khách sạn"]
    );
    let d = directive(&n, "Các hộ gia đình");
    assert!(bodies(d, Role::Lead).is_empty());
}

/// A heading that names a kind of doer with what narrows it ("Các tổ chức
/// được cấp phép …", "Các cơ sở đã lắp đặt …", a firm named by its trade)
/// hands the narrowed kind down to the items under it; the owner of an
/// establishment is written as the establishment.
#[test]
fn a_narrowed_kind_heading_hands_its_doer_down() {
    let text = format!(
        "{DISTRICT_TOP}1. Các tổ chức được cấp phép khai thác cát lòng sông\n\
        a) Khai thác đúng vị trí, độ sâu ghi trong giấy phép.\n\
        b) Lắp đặt camera tại bến bãi trước ngày 30/9/2026.\n\n\
        2. Các hợp tác xã, doanh nghiệp đã được cấp giấy phép môi trường\n\
        a) Xây dựng bể xử lý nước thải trong năm 2026.\n\n\
        3. Chủ cơ sở giết mổ gia súc tự kiểm tra vệ sinh thú y hằng tháng.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Khai thác đúng vị trí");
    assert_eq!(
        bodies(d, Role::Lead),
        ["tổ chức được cấp phép khai thác cát lòng sông"]
    );
    let d = directive(&n, "Lắp đặt camera");
    assert_eq!(
        bodies(d, Role::Lead),
        ["tổ chức được cấp phép khai thác cát lòng sông"]
    );
    let d = directive(&n, "Xây dựng bể xử lý");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "hợp tác xã",
            "doanh nghiệp đã được cấp giấy phép môi trường"
        ]
    );
    let d = directive(&n, "Chủ cơ sở giết mổ");
    assert_eq!(bodies(d, Role::Lead), ["Cơ sở giết mổ gia súc"]);
}

/// Work bound to a season, a holiday's break, a campaign's launch or its end
/// ("trong suốt mùa gặt", "sau kỳ nghỉ Tết Nguyên đán" set off with "đặc
/// biệt là", "dịp ra quân đầu xuân Bính Ngọ", "khi kết thúc chiến dịch"):
/// deadlines without a date, the holiday named whole.
#[test]
fn times_bound_to_seasons_breaks_and_campaigns() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Nông nghiệp và Môi trường tăng cường tuần tra đê điều trong suốt mùa gặt.\n\n\
        2. Phòng Giáo dục và Đào tạo vận động học sinh ra lớp đầy đủ, đặc biệt là sau kỳ nghỉ Tết Nguyên đán.\n\n\
        3. Huyện đoàn tổ chức trồng cây xanh dịp ra quân đầu xuân Bính Ngọ.\n\n\
        4. Công an huyện theo dõi, tổng hợp kết quả; khi kết thúc chiến dịch, tổ chức sơ kết rút kinh nghiệm.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Phòng Nông nghiệp"),
        [("trong suốt mùa gặt", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Giáo dục"),
        [("sau kỳ nghỉ Tết Nguyên đán", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Huyện đoàn"),
        [("dịp ra quân đầu xuân Bính Ngọ", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Công an huyện"),
        [("khi kết thúc chiến dịch", None)]
    );
}

/// An event with its day printed: a holiday before which the work is due
/// ("trước dịp lễ Quốc khánh 2/9", the notice's year), a ceremony the work
/// is due at ("tại Lễ giao nhận quân ngày 25/02/2026"), a congress the work
/// prepares, planned on a day ("dự kiến tổ chức ngày 20/4/2026"): dated.
#[test]
fn events_with_their_printed_days_are_dated() {
    let text = format!(
        "{DISTRICT_TOP}1. Văn phòng HĐND và UBND huyện lắp đặt màn hình tra cứu tại Bộ phận Một cửa, xong trước dịp lễ Quốc khánh 2/9.\n\n\
        2. Ban Chỉ huy Quân sự huyện bảo đảm giao đủ chỉ tiêu tại Lễ giao nhận quân ngày 25/02/2026.\n\n\
        3. Trung tâm Văn hóa huyện chuẩn bị hội trường phục vụ đại hội điểm của Đảng bộ xã Hưng Tây, dự kiến tổ chức ngày 20/4/2026.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Văn phòng HĐND"),
        [("trước dịp lễ Quốc khánh 2/9", Some("2026-09-02"))]
    );
    assert_eq!(
        deadlines_of(&n, "Ban Chỉ huy"),
        [("tại Lễ giao nhận quân ngày 25/02/2026", Some("2026-02-25"))]
    );
    assert_eq!(
        deadlines_of(&n, "Trung tâm Văn hóa"),
        [("ngày 20/4/2026", Some("2026-04-20"))]
    );
}

/// Days of the week within one month ("vào các ngày thứ Bảy trong tháng
/// 4/2026"): one time, due at the month's end, not a weekly round and a month.
#[test]
fn weekdays_within_a_month_are_one_time() {
    let text = format!(
        "{DISTRICT_TOP}1. Hội Liên hiệp Phụ nữ huyện ra quân dọn vệ sinh vào các ngày thứ Bảy trong tháng 4/2026.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Hội Liên hiệp"),
        [(
            "vào các ngày thứ Bảy trong tháng 4/2026",
            Some("2026-04-30")
        )]
    );
}

/// Days that are no deadline: the reference day of a debt ("số nợ đọng đến
/// ngày 31/12/2025"), a campaign's own span in brackets ("sau Tháng cao điểm
/// (từ ngày 01/3 đến ngày 31/3 hằng năm)"), the renters' act a reminder is
/// about ("nhắc nhở người thuê nhà … trước khi đến ở").
#[test]
fn reference_days_campaign_spans_and_renters_acts_are_no_deadlines() {
    let text = format!(
        "{DISTRICT_TOP}1. Chi cục Thuế khu vực thu hồi tối thiểu 50% số nợ đọng đến ngày 31/12/2025 trước ngày 30/6/2026.\n\n\
        2. Ủy ban MTTQ Việt Nam huyện tiếp tục nhận ủng hộ sau Tháng cao điểm (từ ngày 01/3 đến ngày 31/3 hằng năm); nộp kết quả trước ngày 15/4/2026.\n\n\
        3. Công an các xã vận động chủ nhà trọ nhắc nhở người thuê nhà đăng ký tạm trú trước khi đến ở.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Chi cục Thuế"),
        [("trước ngày 30/6/2026", Some("2026-06-30"))]
    );
    assert_eq!(
        deadlines_of(&n, "Ủy ban MTTQ"),
        [("trước ngày 15/4/2026", Some("2026-04-15"))]
    );
    assert!(deadlines_of(&n, "Công an các xã").is_empty());
}

/// An event's edge: a congress named to its ordinal ("trước Đại hội đại
/// biểu Đảng bộ huyện lần thứ XXI"), a holiday's break named whole ("trước
/// kỳ nghỉ Tết Nguyên đán"), not cut after their first words.
#[test]
fn congresses_and_breaks_are_named_whole() {
    let text = format!(
        "{DISTRICT_TOP}1. Ủy ban Kiểm tra Huyện ủy giải quyết dứt điểm đơn thư trước Đại hội đại biểu Đảng bộ huyện lần thứ XXI.\n\n\
        2. Phòng Y tế kiểm tra an toàn thực phẩm trước kỳ nghỉ Tết Nguyên đán.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Ủy ban Kiểm tra"),
        [("trước Đại hội đại biểu Đảng bộ huyện lần thứ XXI", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Y tế"),
        [("trước kỳ nghỉ Tết Nguyên đán", None)]
    );
}

/// "…; thường xuyên nhắc nhở các doanh nghiệp không …" after a clause whose
/// subject does the work: the reminder is that subject's own act, and the
/// firms reminded are no doers of a directive of their own.
#[test]
fn a_reminder_after_a_subject_s_clause_is_its_own_act() {
    let text = format!(
        "{DISTRICT_TOP}1. Các thôn, khóm duy trì tổng vệ sinh vào chiều thứ Bảy hằng tuần; thường xuyên nhắc nhở các doanh nghiệp, hộ kinh doanh không đổ phế thải ra lòng đường.\n\n\
        2. Giao Phòng Kinh tế và Hạ tầng kiểm tra hành lang an toàn giao thông; nhắc nhở các chủ phương tiện không dừng đỗ sai quy định.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Các thôn, khóm duy trì");
    assert!(d.text.contains("nhắc nhở các doanh nghiệp"), "{}", d.text);
    assert_eq!(bodies(d, Role::Lead), ["thôn, khóm"]);
    assert_eq!(n.directives.len(), 2);
    let d = directive(&n, "Giao Phòng Kinh tế và Hạ tầng");
    assert!(
        d.text.contains("nhắc nhở các chủ phương tiện"),
        "{}",
        d.text
    );
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế và Hạ tầng"]);
}

/// The results asked for, put before the doer ("Kết quả kiểm tra, Phòng
/// Tài chính - Kế hoạch báo cáo …"): a lead-in, the body after its comma
/// does the work, even in a closing paragraph after the numbered items.
#[test]
fn results_put_before_the_doer_leave_the_doer_its_work() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Tài chính - Kế hoạch kiểm tra việc sử dụng kinh phí sự nghiệp môi trường tại các xã.\n\n\
        2. Các hợp tác xã nông nghiệp khắc phục ngay các tồn tại về sổ sách kế toán.\n\n\
        Kết quả khắc phục, các hợp tác xã nông nghiệp báo cáo Phòng Nông nghiệp và Môi trường trước ngày 15/4/2026. Kết quả kiểm tra, Phòng Tài chính - Kế hoạch báo cáo Chủ tịch UBND huyện trước ngày 30/4/2026./.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Kết quả khắc phục");
    assert_eq!(bodies(d, Role::Lead), ["hợp tác xã nông nghiệp"]);
    assert_eq!(deadlines(d), [("trước ngày 15/4/2026", Some("2026-04-15"))]);
    let d = directive(&n, "Kết quả kiểm tra");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(deadlines(d), [("trước ngày 30/4/2026", Some("2026-04-30"))]);
}

/// "khởi công sau Tết …", "mở cửa trở lại sau …": a time right after a
/// start of work is the earliest it may begin, no deadline; the time it is
/// due by in the same sentence stays, and "sau Tết" after other work stays.
#[test]
fn a_time_after_a_start_of_work_is_no_deadline() {
    let text = format!(
        "{DISTRICT_TOP}1. Ban Quản lý dự án huyện khởi công sau Tết Nguyên đán Bính Ngọ và hoàn thành trước mùa mưa năm 2026.\n\n\
        2. Ban quản lý các chợ đầu mối mở cửa trở lại sau Tết Nguyên đán, báo cáo tình hình kinh doanh trước ngày 20/02/2026.\n\n\
        3. Các trường tổ chức cho học sinh trở lại trường sau Tết Nguyên đán.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Ban Quản lý dự án huyện");
    assert_eq!(deadlines(d), [("trước mùa mưa năm 2026", None)]);
    let d = directive(&n, "Ban quản lý các chợ đầu mối");
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/02/2026", Some("2026-02-20"))]
    );
    let d = directive(&n, "Các trường tổ chức");
    assert_eq!(deadlines(d), [("sau Tết Nguyên đán", None)]);
}

/// A delay counted from an event ends before the work's lead word
/// ("… kể từ ngày nhận được văn bản này phải báo cáo …"), and a delay named
/// "thời hạn" without "trong" counts when it is counted from an event; a
/// licence's "thời hạn 5 năm" is its term, no deadline.
#[test]
fn delays_counted_from_an_event() {
    let text = format!(
        "{DISTRICT_TOP}1. Giao Phòng Kinh tế và Hạ tầng thẩm định hồ sơ cấp phép, thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n\n\
        2. Giao Văn phòng HĐND và UBND huyện đôn đốc; trong vòng 07 ngày kể từ ngày nhận được thông báo này phải báo cáo kết quả.\n\n\
        3. Phòng Tài nguyên và Môi trường gia hạn giấy phép có thời hạn 5 năm cho các hộ khai thác cát đủ điều kiện.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Giao Phòng Kinh tế");
    assert_eq!(
        deadlines(d),
        [(
            "thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
            None
        )]
    );
    let d = directive(&n, "Giao Văn phòng");
    assert_eq!(
        deadlines(d),
        [(
            "trong vòng 07 ngày kể từ ngày nhận được thông báo này",
            None
        )]
    );
    let d = directive(&n, "Phòng Tài nguyên");
    assert_eq!(deadlines(d), []);
}

/// A numbered heading over items that only names bodies, with no colon and
/// no verb of work, hands them down though the lexicon knows only the first
/// ("1. Các trường mẫu giáo tư thục, nhóm trẻ độc lập"), after an office
/// holder ("2. Giám đốc các trung tâm …"), in capitals after "Đối với" ("III.
/// ĐỐI VỚI ĐƠN VỊ TƯ VẤN THIẾT KẾ"), or as a kind with its members after a
/// colon ("4. Các nhà thầu: Công ty A (…), Công ty B (…) và nhà thầu …"); a
/// topic ("3. Công tác kiểm tra") names no one.
#[test]
fn headings_that_only_name_bodies_hand_them_down() {
    let text = "UBND TỈNH HÀ TĨNH\n\
        SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\
        \n\
        Số: 815/SGDĐT-KHTC\n\
        \n\
        Hà Tĩnh, ngày 12 tháng 7 năm 2025\n\
        \n\
        V/v chuẩn bị cơ sở vật chất năm học 2025 - 2026\n\
        \n\
        Để chuẩn bị cơ sở vật chất cho năm học mới, Sở Giáo dục và Đào tạo yêu cầu:\n\
        \n\
        1. Các trường mẫu giáo tư thục, nhóm trẻ độc lập\n\
        - Rà soát phòng học, đồ chơi ngoài trời, hoàn thành trước ngày 15/8/2025.\n\
        - Bổ sung hồ sơ cấp phép hoạt động còn thiếu.\n\
        \n\
        2. Giám đốc các trung tâm GDNN-GDTX, trung tâm học tập cộng đồng\n\
        a) Sửa chữa phòng học, thư viện trước ngày khai giảng.\n\
        b) Công khai các khoản thu theo quy định.\n\
        \n\
        3. Công tác kiểm tra\n\
        - Kiểm tra việc thu chi đầu năm học tại các trường.\n\
        \n\
        4. Các nhà thầu: Công ty TNHH Thiết bị Giáo dục Hồng Lam (gói thầu số 2), Công ty Cổ phần Sách Hà Tĩnh (gói thầu số 5) và nhà thầu các gói thầu khác\n\
        - Giao thiết bị đúng chủng loại trong hợp đồng trước ngày 25/8/2025.\n\
        - Hướng dẫn giáo viên sử dụng, bảo quản thiết bị sau khi lắp đặt.\n\
        \n\
        III. ĐỐI VỚI ĐƠN VỊ TƯ VẤN THIẾT KẾ\n\
        1. Hoàn thiện hồ sơ thiết kế phòng học bộ môn trong tháng 8/2025.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        GIÁM ĐỐC\n\
        Nguyễn Văn An\n\
        ";
    let n = extract(text);
    for starts in ["Rà soát phòng học", "Bổ sung hồ sơ"] {
        let d = directive(&n, starts);
        assert_eq!(
            bodies(d, Role::Lead),
            ["trường mẫu giáo tư thục, nhóm trẻ độc lập"]
        );
    }
    let d = directive(&n, "Sửa chữa phòng học");
    assert_eq!(
        bodies(d, Role::Lead),
        ["trung tâm GDNN-GDTX, trung tâm học tập cộng đồng"]
    );
    let d = directive(&n, "Kiểm tra việc thu chi");
    assert!(bodies(d, Role::Lead).is_empty());
    let d = directive(&n, "Giao thiết bị");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Công ty TNHH Thiết bị Giáo dục Hồng Lam",
            "Công ty Cổ phần Sách Hà Tĩnh",
            "nhà thầu các gói thầu khác"
        ]
    );
    assert_eq!(deadlines(d), [("trước ngày 25/8/2025", Some("2025-08-25"))]);
    let d = directive(&n, "Hoàn thiện hồ sơ thiết kế");
    assert_eq!(bodies(d, Role::Lead), ["ĐƠN VỊ TƯ VẤN THIẾT KẾ"]);
}

/// A plan's table pasted from Word without a number column, its cells apart
/// by tabs: each line is one task with its own cells, the columns read by
/// their names in whatever order ("Đơn vị thực hiện" before the task, "Tiến
/// độ" for the time), a unit's code after a body ("Công an tỉnh (PC06)")
/// no body of its own.
#[test]
fn tab_table_without_a_number_column() {
    let n = extract(
        "UBND HUYỆN KỲ SƠN\n\nSố: 17/KH-UBND\n\nKỳ Sơn, ngày 12 tháng 3 năm 2025\n\n\
        KẾ HOẠCH\nPhòng, chống dịch tả lợn châu Phi năm 2025\n\n\
        III. PHÂN CÔNG NHIỆM VỤ\n\n\
        Đơn vị thực hiện\tCông việc\tĐơn vị phối hợp\tTiến độ\n\
        Trạm Chăn nuôi và Thú y huyện\tTiêm phòng vắc xin cho đàn lợn tại các xã vùng cao\tUBND các xã\tTừ 01/4 đến 30/5/2025\n\
        Phòng Tài chính - Kế hoạch\tBố trí kinh phí mua hóa chất khử trùng\tPhòng Nông nghiệp và PTNT\tQuý II/2025\n\
        Đội Quản lý thị trường số 3\tKiểm soát việc vận chuyển lợn qua địa bàn\tCông an tỉnh (PC06)\tHằng ngày\n\
        \n\
        IV. TỔ CHỨC THỰC HIỆN\n\n\
        Các phòng, ban báo cáo kết quả về UBND huyện trước ngày 15/6/2025.\n",
    );
    let d = directive(&n, "Tiêm phòng vắc xin");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Chăn nuôi và Thú y huyện"]);
    assert_eq!(bodies(d, Role::Cooperate), ["UBND các xã"]);
    assert_eq!(
        deadlines(d),
        [("Từ 01/4 đến 30/5/2025", Some("2025-05-30"))]
    );
    let d = directive(&n, "Bố trí kinh phí");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Phòng Nông nghiệp và PTNT"]);
    assert_eq!(deadlines(d), [("Quý II/2025", Some("2025-06-30"))]);
    let d = directive(&n, "Kiểm soát việc vận chuyển");
    assert_eq!(bodies(d, Role::Lead), ["Đội Quản lý thị trường số 3"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Công an tỉnh"]);
    assert_eq!(deadlines(d)[0].0, "Hằng ngày");
    no_directive_with(&n, &["Đơn vị thực hiện"]);
}

/// A pipe table without an alignment row and without a number column: the
/// header row is no task, each row is one with its bodies; a row marked
/// "(đã hoàn thành)" is work reported, no task; a lead time before an event
/// ("Trước 10 ngày so với ngày khai giảng") is dated by the event's day the
/// notice prints under its time label.
#[test]
fn pipe_table_without_alignment_row_or_number_column() {
    let n = extract(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LÂM\n\nSố: 88/KH-PGDĐT\n\nCam Lâm, ngày 02 tháng 7 năm 2024\n\n\
        KẾ HOẠCH\nChuẩn bị năm học mới 2024 - 2025\n\n\
        I. THỜI GIAN\n\
        - Thời gian khai giảng: ngày 05/9/2024.\n\n\
        II. NỘI DUNG\n\n\
        | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành |\n\
        | Rà soát danh sách học sinh lưu ban | Các trường tiểu học | Ban đại diện cha mẹ học sinh | Tháng 6/2024 (đã hoàn thành) |\n\
        | Sửa chữa phòng học xuống cấp tại điểm trường Suối Tân | Ban Quản lý dự án huyện | Trường Tiểu học Suối Tân | Trước 10 ngày so với ngày khai giảng |\n\
        | Cấp phát sách giáo khoa cho học sinh khó khăn | Hội Khuyến học huyện | Các trường tiểu học; Đoàn Thanh niên | Tháng 8/2024 |\n",
    );
    no_directive_with(&n, &["Rà soát danh sách học sinh"]);
    no_directive_with(&n, &["Đơn vị chủ trì"]);
    let d = directive(&n, "Sửa chữa phòng học");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý dự án huyện"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Trường Tiểu học Suối Tân"]);
    assert_eq!(
        deadlines(d),
        [("Trước 10 ngày so với ngày khai giảng", Some("2024-08-26"))]
    );
    let d = directive(&n, "Cấp phát sách giáo khoa");
    assert_eq!(bodies(d, Role::Lead), ["Hội Khuyến học huyện"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["trường tiểu học", "Đoàn Thanh niên"]
    );
}

/// Bodies of kinds the lexicon lacked or cut: a co-op's name ends before
/// `liên kết`, a contractor is named by its package's code, a school's youth
/// union after a topic label, a youth cell of the bodies it serves, the Party
/// units under supervision, a numbered ward sharing its head, a board whose
/// name lists the committees it serves, one department with a comma in its
/// field, the treasury's payment control ("chi" no verb).
#[test]
fn bodies_of_firms_teams_party_and_youth_units() {
    let text = format!(
        "{DISTRICT_TOP}1. Hợp tác xã Nông nghiệp dịch vụ Hưng Tây liên kết với các hộ trồng cam, bao tiêu sản phẩm trước ngày 30/9/2026.\n\n\
        2. Liên danh nhà thầu gói XD-02 tăng ca, bổ sung thiết bị thi công; Nhà thầu gói XD-03 hoàn thành cầu Khe Gai trong tháng 6/2026.\n\n\
        3. Về công tác thanh niên: Đoàn trường THPT Lê Hồng Phong và Đoàn trường THPT Phạm Hồng Thái ra quân hỗ trợ thí sinh; Chi đoàn các trạm y tế xã phối hợp với Hội Chữ thập đỏ huyện tổ chức hiến máu trước ngày 15/7/2026.\n\n\
        4. Các tổ chức đảng được giám sát chuẩn bị báo cáo bằng văn bản, gửi Ủy ban Kiểm tra Huyện ủy.\n\n\
        5. UBND Phường 3, Phường 4 vận động các hộ kinh doanh tham gia tuần lễ văn hóa.\n\n\
        6. Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy tổ chức quán triệt nghị quyết; Phòng Dân vận chính quyền - Mặt trận, đoàn thể theo dõi việc thực hiện.\n\n\
        7. Phòng Kiểm soát chi KBNN huyện kiểm tra hồ sơ thanh toán vốn đầu tư.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Hợp tác xã");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Hợp tác xã Nông nghiệp dịch vụ Hưng Tây"]
    );
    assert_eq!(deadlines(d), [("trước ngày 30/9/2026", Some("2026-09-30"))]);
    let d = directive(&n, "Liên danh");
    assert_eq!(bodies(d, Role::Lead), ["Liên danh nhà thầu gói XD-02"]);
    let d = directive(&n, "Nhà thầu gói");
    assert_eq!(bodies(d, Role::Lead), ["Nhà thầu gói XD-03"]);
    assert_eq!(deadlines(d), [("trong tháng 6/2026", Some("2026-06-30"))]);
    let d = directive(&n, "Về công tác thanh niên");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Đoàn trường THPT Lê Hồng Phong",
            "Đoàn trường THPT Phạm Hồng Thái"
        ]
    );
    let d = directive(&n, "Chi đoàn");
    assert_eq!(bodies(d, Role::Lead), ["Chi đoàn các trạm y tế xã"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Hội Chữ thập đỏ huyện"]);
    let d = directive(&n, "Các tổ chức đảng");
    assert_eq!(bodies(d, Role::Lead), ["tổ chức đảng được giám sát"]);
    let d = directive(&n, "UBND Phường 3");
    assert_eq!(bodies(d, Role::Lead), ["UBND Phường 3", "UBND Phường 4"]);
    let d = directive(&n, "Ban Tuyên giáo");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy"]
    );
    let d = directive(&n, "Phòng Dân vận");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Phòng Dân vận chính quyền - Mặt trận, đoàn thể"]
    );
    let d = directive(&n, "Phòng Kiểm soát");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kiểm soát chi KBNN huyện"]);
}

/// Ethnic boarding schools in initials are levels of the school kind: the
/// heading's list is one collective that its items inherit.
#[test]
fn boarding_schools_in_initials_are_levels_of_the_school_kind() {
    let text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH SÓC TRĂNG\n\nSố: 88/SGDĐT-GDTrH\n\nSóc Trăng, ngày 12 tháng 7 năm 2026\n\n\
        Kính gửi:\n- Hiệu trưởng các trường THPT, PT DTNT tỉnh;\n- Trưởng phòng GDĐT các huyện.\n\n\
        Sở GDĐT đề nghị các đơn vị thực hiện một số nội dung sau:\n\n\
        1. Hiệu trưởng các trường THPT, PT DTNT tỉnh\n- Kiểm kê thiết bị dạy học tối thiểu lớp 11.\n\n\
        2. Hiệu trưởng các trường mầm non, tiểu học, THCS, PTDTBT THCS\n- Xây dựng kế hoạch tuyển sinh của đơn vị.\n";
    let n = extract(text);
    let d = directive(&n, "Kiểm kê");
    assert_eq!(bodies(d, Role::Lead), ["trường THPT, PT DTNT tỉnh"]);
    let d = directive(&n, "Xây dựng kế hoạch");
    assert_eq!(
        bodies(d, Role::Lead),
        ["trường mầm non, tiểu học, THCS, PTDTBT THCS"]
    );
}

/// A bank's name ends before `đàm phán`, and a consultant named by its trade
/// (`nhà thầu tư vấn giám sát`) is a kind of body.
#[test]
fn negotiating_bank_and_supervising_consultant() {
    let text = format!(
        "{DISTRICT_TOP}1. Ngân hàng Nhà nước Việt Nam đàm phán Hiệp định vay với Ngân hàng Phát triển châu Á trước ngày 30/9/2026.\n\n\
        2. Nhà thầu tư vấn giám sát bố trí kỹ sư thường trực tại công trường.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Ngân hàng Nhà nước");
    assert_eq!(bodies(d, Role::Lead), ["Ngân hàng Nhà nước Việt Nam"]);
    assert_eq!(deadlines(d), [("trước ngày 30/9/2026", Some("2026-09-30"))]);
    let d = directive(&n, "Nhà thầu tư vấn");
    assert_eq!(bodies(d, Role::Lead), ["Nhà thầu tư vấn giám sát"]);
}

/// A working team named alone is a body after a step's label, as a team
/// with a name of its own is.
#[test]
fn working_team_named_alone_after_a_step_label() {
    let text = format!(
        "{DISTRICT_TOP}1. Các bước thực hiện:\n\
        - Bước 1 (tháng 4/2026): Phòng Kinh tế và Hạ tầng rà soát danh mục công trình.\n\
        - Bước 2 (tháng 5/2026): Tổ công tác kiểm tra hiện trường.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Bước 2");
    assert_eq!(bodies(d, Role::Lead), ["Tổ công tác"]);
}

const HEALTH_TOP: &str = "SỞ Y TẾ TỈNH NINH THUẬN\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n\nSố: 512/KSBT-PCBTN\n\nPhan Rang, ngày 02 tháng 5 năm 2025\n\n\
    CÔNG VĂN\nV/v triển khai các biện pháp phòng, chống sốt xuất huyết\n\n\
    Trung tâm Kiểm soát bệnh tật đề nghị các đơn vị thực hiện các nội dung sau:\n\n";

/// Numbered weeks of a year, as health services count them ("từ tuần 18
/// đến tuần 20/2025", "trong tuần 19/2025"): ISO weeks, due on the Sunday
/// of the last one named.
#[test]
fn numbered_weeks_of_a_year_end_on_their_sunday() {
    let text = format!(
        "{HEALTH_TOP}1. Trung tâm Y tế huyện Ninh Phước tổ chức phun hóa chất diệt muỗi tại các ổ dịch từ tuần 18 đến tuần 20/2025.\n\n\
        2. Khoa Côn trùng cấp bổ sung bình phun cho các xã trọng điểm trong tuần 19/2025.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Trung tâm Y tế huyện Ninh Phước");
    assert_eq!(
        deadlines(d),
        [("từ tuần 18 đến tuần 20/2025", Some("2025-05-18"))]
    );
    let d = directive(&n, "Khoa Côn trùng");
    assert_eq!(deadlines(d), [("trong tuần 19/2025", Some("2025-05-11"))]);
}

/// The summer, a term's or a school year's first week, days sharing their
/// month after a bare cue or named by the exam, and a test named by its
/// term ("kiểm tra định kỳ giữa học kỳ II": no recurrence).
#[test]
fn school_terms_summer_and_exam_days() {
    let text = format!(
        "{DISTRICT_TOP}1. Các trường tiểu học phụ đạo cho học sinh chưa hoàn thành chương trình; hoàn thành trong hè.\n\n\
        2. Trung tâm Văn hóa huyện mở lớp dạy bơi miễn phí cho thiếu nhi trong hè 2026.\n\n\
        3. Các trường THCS gửi sổ liên lạc đến phụ huynh trong tuần đầu của học kỳ II.\n\n\
        4. Công an xã Hưng Thịnh phân luồng giao thông trước cổng trường trong tuần lễ đầu năm học.\n\n\
        5. Các trường THCS tổ chức kiểm tra định kỳ giữa học kỳ II môn Toán từ ngày 16/3/2026 đến ngày 21/3/2026.\n\n\
        6. Phòng Giáo dục tổ chức khảo sát chung môn Toán lớp 9 vào ngày 24 và 25/3/2026.\n\n\
        7. Huyện Đoàn bố trí tình nguyện viên đưa đón thí sinh trong các ngày thi 11 và 12/6/2026.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Các trường tiểu học"),
        [("trong hè", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Trung tâm Văn hóa huyện"),
        [("trong hè 2026", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Các trường THCS gửi"),
        [("trong tuần đầu của học kỳ II", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Công an xã Hưng Thịnh"),
        [("trong tuần lễ đầu năm học", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Các trường THCS tổ chức"),
        [("từ ngày 16/3/2026 đến ngày 21/3/2026", Some("2026-03-21"))]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Giáo dục tổ chức"),
        [("vào ngày 24 và 25/3/2026", Some("2026-03-25"))]
    );
    assert_eq!(
        deadlines_of(&n, "Huyện Đoàn bố trí"),
        [("trong các ngày thi 11 và 12/6/2026", Some("2026-06-12"))]
    );
}

/// A field's year-end conference, a point in time, New Year's Day (a
/// holiday of a fixed day), and a latest day cued after a round's comma
/// (two phrases).
#[test]
fn a_conference_a_point_in_time_new_years_day_and_a_rounds_own_day() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Nội vụ tổng hợp hồ sơ, đề xuất khen thưởng tại Hội nghị tổng kết công tác Hội năm 2026.\n\n\
        2. Chi cục Thống kê chốt số liệu hộ nghèo vào thời điểm 31/12/2026.\n\n\
        3. Phòng Y tế hoàn thành sửa chữa trạm y tế xã trước Tết Dương lịch 2027.\n\n\
        4. Trung tâm Y tế báo cáo tình hình sử dụng vắc xin về Phòng Y tế hằng tháng, chậm nhất vào ngày 10 của tháng sau.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Phòng Nội vụ tổng hợp"),
        [("tại Hội nghị tổng kết công tác Hội năm 2026", None)]
    );
    assert_eq!(
        deadlines_of(&n, "Chi cục Thống kê"),
        [("vào thời điểm 31/12/2026", Some("2026-12-31"))]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Y tế hoàn thành"),
        [("trước Tết Dương lịch 2027", Some("2027-01-01"))]
    );
    assert_eq!(
        deadlines_of(&n, "Trung tâm Y tế báo cáo"),
        [
            ("hằng tháng", None),
            ("chậm nhất vào ngày 10 của tháng sau", None)
        ]
    );
}

/// An event's day read from the notice: the event as the work ("tổ chức
/// tựu trường cho học sinh vào ngày …", "Để khai giảng … vào ngày …") or a
/// plan's time label ("Thời gian giao nhận quân: ngày …"), dating "trước
/// ngày tựu trường", "trong ngày khai giảng" and a lead time "so với ngày
/// giao quân".
#[test]
fn an_events_day_printed_in_the_notice_dates_the_work_bound_to_it() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN CAI LẬY\n\nSố: 88/TB-UBND\n\nCai Lậy, ngày 10 tháng 8 năm 2026\n\n\
        THÔNG BÁO\nKết luận của Chủ tịch UBND huyện về chuẩn bị năm học mới\n\n\
        1. Để khai giảng năm học mới vào ngày 05/9/2026 an toàn, Phòng Giáo dục chỉ đạo các trường tổ chức tựu trường cho học sinh vào ngày 27/8/2026.\n\n\
        2. Đề nghị Điện lực Cai Lậy bảo đảm cấp điện ổn định trong ngày khai giảng.\n\n\
        3. Đề nghị Ban Chỉ huy Quân sự huyện giúp các trường dọn vệ sinh phòng học trước ngày tựu trường.\n";
    let n = extract(text);
    assert_eq!(
        deadlines_of(&n, "Đề nghị Điện lực"),
        [("trong ngày khai giảng", Some("2026-09-05"))]
    );
    assert_eq!(
        deadlines_of(&n, "Đề nghị Ban Chỉ huy"),
        [("trước ngày tựu trường", Some("2026-08-27"))]
    );
    let text = "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ\nHUYỆN ĐỨC THỌ\n\nSố: 15/KH-HĐNVQS\n\nĐức Thọ, ngày 12 tháng 11 năm 2025\n\n\
        KẾ HOẠCH\nTuyển chọn và gọi công dân nhập ngũ năm 2026\n\n\
        I. CHỈ TIÊU, THỜI GIAN\n\n- Thời gian giao nhận quân: ngày 03/3/2026.\n\n\
        II. TỔ CHỨC THỰC HIỆN\n\n\
        1. Ban Chỉ huy Quân sự huyện phát lệnh gọi công dân nhập ngũ trước 10 ngày so với ngày giao quân.\n";
    let n = extract(text);
    assert_eq!(
        deadlines_of(&n, "Ban Chỉ huy Quân sự huyện phát"),
        [("trước 10 ngày so với ngày giao quân", Some("2026-02-21"))]
    );
}

/// No deadlines: a time inside a condition ("khi … sau Tết"), a pesticide's
/// pre-harvest interval (a noun), a time in a purpose clause ("Để không để
/// xảy ra … trong dịp Tết năm nay, …"), a plan's occasion where the work
/// has a dated month, a restatement in brackets ("(tức từ … đến mùng …
/// tháng Giêng)"), and a delay after a campaign ends stops there.
#[test]
fn conditions_purposes_topics_and_restatements_hold_no_deadline() {
    let text = format!(
        "{DISTRICT_TOP}1. Các doanh nghiệp xây dựng phương án đón công nhân, bảo đảm an toàn khi công nhân trở lại làm việc sau Tết; gửi phương án về Phòng Kinh tế trước ngày 20/01/2027.\n\n\
        2. Trạm Trồng trọt hướng dẫn nông dân tuân thủ thời gian cách ly trước khi thu hoạch rau màu.\n\n\
        3. Để không để xảy ra cháy nổ trong dịp Tết năm nay, Công an huyện kiểm tra các cơ sở kinh doanh gas; báo cáo kết quả trước ngày 25/02/2027.\n\n\
        4. Phòng Kinh tế tham mưu phương án dự trữ hàng hóa thiết yếu dịp Tết, trình UBND huyện trong tháng 12/2026.\n\n\
        5. Bến xe huyện bố trí trực 24/24 giờ từ ngày 25/01/2027 đến hết ngày 13/02/2027 (tức từ 18 tháng Chạp đến mùng 7 tháng Giêng).\n\n\
        6. Đội Quản lý thị trường kiểm tra hàng giả; chậm nhất 05 ngày sau khi kết thúc đợt cao điểm báo cáo số vụ vi phạm.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines_of(&n, "Các doanh nghiệp xây dựng"),
        [("trước ngày 20/01/2027", Some("2027-01-20"))]
    );
    assert_eq!(deadlines_of(&n, "Trạm Trồng trọt"), []);
    let d = n
        .directives
        .iter()
        .find(|d| d.text.contains("cơ sở kinh doanh gas"))
        .expect("the gas inspections");
    assert_eq!(
        deadlines(d),
        [("trước ngày 25/02/2027", Some("2027-02-25"))]
    );
    assert_eq!(
        deadlines_of(&n, "Phòng Kinh tế tham mưu"),
        [("trong tháng 12/2026", Some("2026-12-31"))]
    );
    assert_eq!(
        deadlines_of(&n, "Bến xe huyện"),
        [(
            "từ ngày 25/01/2027 đến hết ngày 13/02/2027",
            Some("2027-02-13")
        )]
    );
    assert_eq!(
        deadlines_of(&n, "Đội Quản lý thị trường"),
        [("chậm nhất 05 ngày sau khi kết thúc đợt cao điểm", None)]
    );
}

/// Closings and information that ask no one: a sanction foretold after a
/// deadline, the money given to the office that holds it, a help line, a
/// season's schedule told to farmers, the issuer's promise to tell more,
/// the results of a past year; the tasks around them stay.
#[test]
fn closings_schedules_and_results_are_no_tasks() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ TÂN\n\nSố: 12/TB-UBND\n\nAn Phú Tân, ngày 10 tháng 6 năm 2025\n\n\
        THÔNG BÁO\nLịch thời vụ và các việc cần làm vụ Hè Thu 2025\n\n\
        Ủy ban nhân dân xã thông báo lịch thời vụ và yêu cầu các ấp, hợp tác xã thực hiện các nội dung sau:\n\n\
        Thứ nhất: Lịch gieo sạ: từ ngày 15/6/2025 đến ngày 30/6/2025 đối với các ấp Tân Hòa, Tân Lợi; từ ngày 20/6/2025 đến ngày 05/7/2025 đối với ấp Tân Mỹ.\n\n\
        Thứ hai: Ban nhân dân các ấp phổ biến lịch thời vụ đến hộ dân trong tháng 6/2025.\n\n\
        Thứ ba, 03 hợp tác xã còn nợ phí thủy lợi (HTX Tân Hòa, HTX Tân Lợi, HTX Tân Mỹ): nộp đủ phí còn nợ trước ngày 30/7/2025.\n\n\
        Thứ tư: Kinh phí thực hiện do ngân sách xã bảo đảm trong dự toán năm 2025 giao cho Văn phòng - Thống kê xã.\n\n\
        Thứ năm: Nếu thời tiết diễn biến bất thường, UBND xã sẽ có thông báo bổ sung.\n\n\
        Kết quả vụ Hè Thu năm 2024: gieo sạ 1.250 ha, năng suất bình quân 6,2 tấn/ha.\n\n\
        Năm 2024 đã hoàn thành nạo vét 12 tuyến kênh nội đồng.\n\n\
        Quá thời hạn nêu trên, hợp tác xã nào chưa nộp đủ, UBND xã sẽ đề nghị cơ quan chức năng xử lý theo quy định.\n\n\
        Trường hợp có vướng mắc, đề nghị liên hệ công chức Địa chính - Nông nghiệp xã (số điện thoại 0290.3851234) để được hướng dẫn.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VP.\n";
    let n = extract(text);
    let d = directive(&n, "Ban nhân dân các ấp phổ biến");
    assert_eq!(bodies(d, Role::Lead), ["Ban nhân dân các ấp"]);
    assert_eq!(deadlines(d), [("trong tháng 6/2025", Some("2025-06-30"))]);
    let d = directive(&n, "03 hợp tác xã còn nợ");
    assert_eq!(deadlines(d), [("trước ngày 30/7/2025", Some("2025-07-30"))]);
    no_directive_with(
        &n,
        &[
            "Lịch gieo sạ",
            "Kinh phí thực hiện",
            "sẽ có thông báo bổ sung",
            "Kết quả vụ Hè Thu",
            "Năm 2024 đã hoàn thành",
            "Quá thời hạn",
            "liên hệ công chức",
        ],
    );
}

/// A body and its task verb opening an item keep it a task though the
/// object names who was disciplined ("… bị xử lý kỷ luật trong năm 2024"),
/// and that year, naming whom, is no deadline; a rule on sanctions alone
/// stays no task.
#[test]
fn sanction_words_in_the_object_of_a_task() {
    let text = format!(
        "{DISTRICT_TOP}1. Ủy ban Kiểm tra Huyện ủy cung cấp danh sách đảng viên bị xử lý kỷ luật trong năm 2025 để làm căn cứ đánh giá, xếp loại.\n\n\
        2. Tổ chức, cá nhân vi phạm bị xử lý nghiêm theo quy định của pháp luật.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Ủy ban Kiểm tra Huyện ủy");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban Kiểm tra Huyện ủy"]);
    assert_eq!(deadlines(d), []);
    no_directive_with(&n, &["vi phạm bị xử lý"]);
}

/// An old typescript's parts numbered in words ("Phần thứ hai" over its
/// title in capitals) and a plan's steps ("Bước 1 - …" under "Các bước
/// thực hiện:"): each item is a task, the report of the first part none.
#[test]
fn parts_in_words_and_steps_hold_tasks() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN MỸ\n\nSố: 15/KH-UBND\n\nYên Mỹ, ngày 10 tháng 3 năm 2013\n\n\
        KẾ HOẠCH\nXây dựng trường chuẩn quốc gia năm 2013\n\n\
        Phần thứ nhất\n\
        THỰC TRẠNG\n\
        Năm học 2012 - 2013 toàn huyện có 12 trường đạt chuẩn quốc gia.\n\n\
        Phần thứ hai\n\
        NHIỆM VỤ\n\
        1. Cơ sở vật chất: Các trường tiểu học rà soát phòng học, lập danh mục sửa chữa trước ngày 30/4/2013.\n\
        2. Đội ngũ: Phòng Giáo dục và Đào tạo bồi dưỡng cán bộ quản lý trong hè năm 2013.\n\n\
        Phần thứ ba\n\
        CÁC BƯỚC THỰC HIỆN\n\
        Bước 1 - Thành lập đoàn kiểm tra cấp huyện. Xong trước 15/4/2013.\n\
        Bước 2 - Kiểm tra, đề nghị công nhận các trường đủ điều kiện trong quý III/2013.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(text);
    let d = directive(&n, "Cơ sở vật chất: Các trường tiểu học");
    assert_eq!(deadlines(d), [("trước ngày 30/4/2013", Some("2013-04-30"))]);
    let d = directive(&n, "Đội ngũ: Phòng Giáo dục");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Giáo dục và Đào tạo"]);
    let d = directive(&n, "Thành lập đoàn kiểm tra");
    assert_eq!(deadlines(d), [("Xong trước 15/4/2013", Some("2013-04-15"))]);
    let d = directive(&n, "Kiểm tra, đề nghị công nhận");
    assert_eq!(deadlines(d), [("trong quý III/2013", Some("2013-09-30"))]);
    no_directive_with(&n, &["12 trường đạt chuẩn"]);
}

/// A heading that names a kind of doer narrowed by its trades, verbs and
/// all, before a colon closing its line ("2. Các doanh nghiệp sản xuất,
/// kinh doanh, vận chuyển xăng dầu, khí hóa lỏng:"), hands the kind down to its bullets; a named
/// body followed by its duty ("UBND thị xã … là chủ đầu tư …, có trách
/// nhiệm:") is not stretched to the colon.
#[test]
fn a_kind_narrowed_by_its_trades_before_a_closing_colon() {
    let text = format!(
        "{DISTRICT_TOP}1. Phòng Kinh tế và Hạ tầng kiểm tra các cơ sở trong tháng 4/2026.\n\n\
        2. Các doanh nghiệp sản xuất, kinh doanh, vận chuyển xăng dầu, khí hóa lỏng:\n\
        + Niêm yết nguồn gốc nguyên liệu tại nơi bán;\n\
        + Báo cáo kết quả tự kiểm tra trước ngày 15/5/2026.\n\n\
        3. UBND xã Hưng Tây là chủ đầu tư dự án kè sông, có trách nhiệm:\n\
        + Hoàn thành giải phóng mặt bằng trong quý II/2026;\n\
        + Bàn giao mặt bằng cho nhà thầu.\n"
    );
    let n = extract(&text);
    for starts in ["Niêm yết nguồn gốc", "Báo cáo kết quả tự kiểm tra"] {
        let d = directive(&n, starts);
        assert_eq!(
            bodies(d, Role::Lead),
            ["doanh nghiệp sản xuất, kinh doanh, vận chuyển xăng dầu, khí hóa lỏng"]
        );
    }
    let d = directive(&n, "Hoàn thành giải phóng mặt bằng");
    assert!(bodies(d, Role::Lead).iter().all(|b| !b.contains(" là ")));
}

/// A programme's lines under its list of activities name an event and when
/// (and where) it is held ("1. Lễ mít tinh …: 06h30 ngày 30/4/2026."): no
/// task; one that opens with a task verb ("Tổ chức giải kéo co …: từ ngày
/// …") asks for the work and stays. A part that only lists its contents
/// ("Bao gồm: thi nấu ăn; trò chơi dân gian; …") is no task either.
#[test]
fn programme_lines_and_content_lists_are_not_tasks() {
    let text =
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 12/CTr-UBND\nPhú Lộc, ngày 05 tháng 4 năm 2026\n\n\
        CHƯƠNG TRÌNH\nCác hoạt động chào mừng ngày Giải phóng miền Nam 30/4\n\n\
        I. CÁC HOẠT ĐỘNG CHÍNH\n\
        1. Lễ mít tinh, thắp hương tại Nghĩa trang liệt sĩ xã: 06h30 ngày 30/4/2026.\n\
        2. Giải bóng chuyền nam các thôn: từ ngày 20/4 đến ngày 25/4/2026 tại Nhà văn hóa xã.\n\
        3. Đêm giao lưu văn nghệ \"Phú Lộc - Mùa hoa đỏ\": 20 giờ ngày 29/4/2026 tại sân UBND xã.\n\
        4. Tổ chức giải kéo co thanh niên: từ ngày 26/4 đến ngày 27/4/2026.\n\n\
        II. NỘI DUNG\nBao gồm: thi nấu ăn; trò chơi dân gian; trưng bày ảnh tư liệu.\n\n\
        III. PHÂN CÔNG THỰC HIỆN\n\
        1. Công an xã bảo đảm an ninh trật tự tại các điểm tổ chức hoạt động.\n\
        2. Trạm Y tế xã bố trí cán bộ trực cấp cứu trước ngày 20/4/2026.\n\n\
        TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n";
    let n = extract(text);
    no_directive_with(
        &n,
        &[
            "Lễ mít tinh, thắp hương",
            "Giải bóng chuyền nam",
            "Đêm giao lưu văn nghệ",
            "thi nấu ăn",
        ],
    );
    let d = directive(&n, "Tổ chức giải kéo co thanh niên");
    assert_eq!(
        deadlines(d),
        [("từ ngày 26/4 đến ngày 27/4/2026", Some("2026-04-27"))]
    );
    let d = directive(&n, "Trạm Y tế xã bố trí");
    assert_eq!(bodies(d, Role::Lead), ["Trạm Y tế xã"]);
    assert_eq!(deadlines(d), [("trước ngày 20/4/2026", Some("2026-04-20"))]);
}

/// A plan's closing that names the standing office and no work ("Giao Phòng
/// … là cơ quan thường trực, chịu trách nhiệm chung;") and leaves the rest
/// to the appendix, with the bodies as its subject ("các phòng, ban, đơn vị
/// thực hiện nhiệm vụ được phân công tại Phụ lục …"): no task.
#[test]
fn a_closing_that_names_the_standing_office_and_points_to_the_appendix() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN ĐẮK MIL\nSố: 88/KH-UBND\nĐắk Mil, ngày 10 tháng 3 năm 2025\n\n\
        KẾ HOẠCH\nTổ chức Lễ hội cà phê huyện Đắk Mil năm 2025\n\n\
        I. MỤC ĐÍCH\nQuảng bá sản phẩm cà phê của huyện.\n\n\
        II. TỔ CHỨC THỰC HIỆN\n\
        1. Phòng Kinh tế và Hạ tầng chủ trì xây dựng kịch bản Lễ hội, trình UBND huyện trước ngày 30/3/2025.\n\
        2. Công an huyện bảo đảm an ninh trật tự trong thời gian diễn ra Lễ hội.\n\n\
        Giao Phòng Văn hóa và Thông tin là cơ quan thường trực, chịu trách nhiệm chung; các phòng, ban, đơn vị thực hiện nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này.\n\n\
        KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Bình\n";
    let n = extract(text);
    no_directive_with(
        &n,
        &["là cơ quan thường trực", "được phân công tại Phụ lục"],
    );
    assert_eq!(n.directives.len(), 2);
    let d = directive(&n, "Công an huyện bảo đảm");
    assert_eq!(bodies(d, Role::Lead), ["Công an huyện"]);
}

/// A news report's closing quotation that sets a standard for everyone
/// ('"Mỗi người dân đến lễ hội phải được đón tiếp chu đáo, an toàn. …", ông
/// … nhấn mạnh.'): a saying, no task; the directions before it stay.
#[test]
fn a_quoted_standard_for_everyone_is_no_task() {
    let text = "BÁO QUẢNG NAM ONLINE\nThứ Ba, 14/01/2025 - 08:30\n\n\
        Bảo đảm an toàn Lễ hội Bà Thu Bồn năm 2025\n\n\
        (QNO) - Sáng 13/1, ông Trần Văn Tâm, Phó Chủ tịch UBND tỉnh chủ trì họp triển khai công tác chuẩn bị Lễ hội Bà Thu Bồn năm 2025.\n\n\
        Kết luận cuộc họp, ông Trần Văn Tâm yêu cầu các thành viên Ban Tổ chức bám sát kịch bản. Cụ thể:\n\n\
        Công an tỉnh xây dựng phương án phân luồng giao thông, hoàn thành trước ngày 25/01/2025.\n\n\
        Sở Y tế bố trí 2 điểm sơ cấp cứu tại khu vực lễ hội.\n\n\
        \"Mỗi người dân đến lễ hội phải được đón tiếp chu đáo, an toàn. Đó là thước đo của cả hệ thống chính trị\", ông Tâm nhấn mạnh.\n\n\
        Minh Châu\n";
    let n = extract(text);
    no_directive_with(&n, &["Mỗi người dân đến lễ hội"]);
    let d = directive(&n, "Sở Y tế bố trí");
    assert_eq!(bodies(d, Role::Lead), ["Sở Y tế"]);
    let d = directive(&n, "Công an tỉnh xây dựng");
    assert_eq!(
        deadlines(d),
        [("trước ngày 25/01/2025", Some("2025-01-25"))]
    );
}

/// A ministry's letter: the season in figures told after its lead-in
/// ("Vụ Hè Thu 2026, các tỉnh … gieo sạ khoảng 1,5 triệu ha, dự kiến …") is
/// background, no task, and does not keep the items after it from being
/// read; the ministry's own plan at the end ("Bộ … sẽ kiểm tra … từ ngày
/// 01/8/2026; …") asks no one.
#[test]
fn a_season_in_figures_and_the_issuers_own_plan_are_not_tasks() {
    let text = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 1500/BNNMT-TTBVTV\nV/v thu hoạch lúa vụ Hè Thu\n\
        Hà Nội, ngày 10 tháng 6 năm 2026\n\n\
        Kính gửi:\n- Sở Nông nghiệp và Môi trường các tỉnh: An Giang, Đồng Tháp, Cần Thơ;\n- Các doanh nghiệp thu mua lúa gạo.\n\n\
        Bộ Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:\n\n\
        Vụ Hè Thu 2026, các tỉnh Đồng bằng sông Cửu Long gieo sạ khoảng 1,5 triệu ha, dự kiến thu hoạch rộ từ đầu tháng 7/2026, sản lượng khoảng 9 triệu tấn lúa. Hiện giá lúa tại ruộng thấp hơn cùng kỳ năm 2025.\n\n\
        1. Sở Nông nghiệp và Môi trường các tỉnh hướng dẫn nông dân thu hoạch lúa đúng thời điểm; báo cáo Bộ trước ngày 15/7/2026.\n\n\
        2. Các doanh nghiệp thu mua lúa gạo tăng cường thu mua lúa trong thời gian thu hoạch rộ.\n\n\
        Bộ Nông nghiệp và Môi trường sẽ kiểm tra việc thực hiện của các đơn vị từ ngày 01/8/2026; đơn vị không thực hiện sẽ bị xem xét xử lý theo quy định.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n";
    let n = extract(text);
    no_directive_with(&n, &["Vụ Hè Thu 2026", "sẽ kiểm tra việc thực hiện"]);
    let d = directive(&n, "Sở Nông nghiệp và Môi trường các tỉnh hướng dẫn");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Sở Nông nghiệp và Môi trường các tỉnh"]
    );
    assert_eq!(deadlines(d), [("trước ngày 15/7/2026", Some("2026-07-15"))]);
    let d = directive(&n, "Các doanh nghiệp thu mua lúa gạo tăng cường");
    assert_eq!(deadlines(d), [("trong thời gian thu hoạch rộ", None)]);
}

/// A plan's top for the tests of event countdowns: the fair opens on a
/// printed day ("Lễ khai mạc vào ngày 20/02/2025"), the boat race's day is
/// not printed with its name.
const FAIR_TOP: &str = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNG\n\nSố: 52/KH-UBND\n\nMường Ảng, ngày 12 tháng 01 năm 2025\n\n\
    KẾ HOẠCH\nTổ chức Hội chợ xuân và Giải đua thuyền truyền thống năm 2025\n\n\
    I. THỜI GIAN\nHội chợ diễn ra từ ngày 20/02/2025 đến ngày 23/02/2025. Lễ khai mạc vào ngày 20/02/2025 tại Quảng trường huyện.\n\n\
    II. NHIỆM VỤ\n";

/// A countdown to an event ("trước 15 ngày khai mạc Hội chợ", "trước 10
/// ngày diễn ra Hội thi", "ngay trước giờ khai mạc", "chậm nhất 05
/// ngày trước ngày thi") is a deadline, dated only from an event's day the
/// notice prints (the opening here), else undated.
#[test]
fn countdowns_to_an_event_dated_only_from_a_printed_day() {
    let text = format!(
        "{FAIR_TOP}1. Phòng Văn hóa và Thông tin\n\
        - Xây dựng kịch bản chương trình nghệ thuật, trình Ban Tổ chức duyệt trước 15 ngày khai mạc Hội chợ.\n\
        - Tổ chức tập huấn cho trọng tài, hoàn thành trước 10 ngày diễn ra Hội thi.\n\
        - Kiểm tra hệ thống âm thanh, ánh sáng sân khấu ngay trước giờ khai mạc.\n\
        - Thông báo lịch thi cho các đội chậm nhất 05 ngày trước ngày thi.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Xây dựng kịch bản chương trình");
    assert_eq!(
        deadlines(d),
        [("trước 15 ngày khai mạc Hội chợ", Some("2025-02-05"))]
    );
    let d = directive(&n, "Tổ chức tập huấn cho trọng tài");
    assert_eq!(deadlines(d), [("trước 10 ngày diễn ra Hội thi", None)]);
    let d = directive(&n, "Kiểm tra hệ thống âm thanh");
    assert_eq!(deadlines(d), [("ngay trước giờ khai mạc", None)]);
    let d = directive(&n, "Thông báo lịch thi");
    assert_eq!(deadlines(d), [("chậm nhất 05 ngày trước ngày thi", None)]);
}

/// Rounds bound to each occasion ("mỗi buổi tập", "mỗi buổi tối sau khi …",
/// "trước mỗi chuyến") recur, undated; "mỗi hộ", "mỗi người" name no time.
#[test]
fn rounds_per_occasion_recur_but_each_household_is_no_time() {
    let text = format!(
        "{FAIR_TOP}1. Trung tâm Văn hóa huyện\n\
        - Bố trí nhân viên y tế trực tại sân tập mỗi buổi tập.\n\
        - Thu gom rác thải tại khu gian hàng mỗi buổi tối sau khi kết thúc các hoạt động Hội chợ.\n\
        - Kiểm tra phương tiện đưa đón vận động viên trước mỗi chuyến.\n\
        - Phát tờ rơi hướng dẫn cho mỗi hộ kinh doanh, mỗi người bán hàng tại Hội chợ.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Bố trí nhân viên y tế");
    assert_eq!(deadlines(d), [("mỗi buổi tập", None)]);
    let d = directive(&n, "Thu gom rác thải tại khu gian hàng");
    assert_eq!(deadlines(d), [("mỗi buổi tối", None)]);
    let d = directive(&n, "Kiểm tra phương tiện đưa đón");
    assert_eq!(deadlines(d), [("trước mỗi chuyến", None)]);
    let d = directive(&n, "Phát tờ rơi hướng dẫn");
    assert!(deadlines(d).is_empty());
}

/// The days of an event with their range in brackets, the first day sharing
/// the last one's month ("trong các ngày diễn ra giải đua (từ ngày 21 đến
/// ngày 23/02/2025)"), are one phrase dated by the last day; a span of years
/// closing a later sentence that urges work ("Đồng thời, … không để quá tải
/// … trong giai đoạn 2026 - 2030.") is due at its last year's end, a
/// programme's period is not.
#[test]
fn an_events_days_with_a_bracketed_range_and_years_closing_a_sentence() {
    let text = format!(
        "{FAIR_TOP}1. Trung tâm Văn hóa huyện huy động lực lượng cổ vũ trong các ngày diễn ra giải đua (từ ngày 21 đến ngày 23/02/2025).\n\
        2. Điện lực huyện hoàn thành sửa chữa lưới điện khu vực trung tâm trong tháng 02/2025. Đồng thời, Điện lực huyện đẩy nhanh cải tạo lưới điện nông thôn, không để quá tải trạm biến áp trong giai đoạn 2026 - 2030.\n\
        3. Phòng Nông nghiệp bảo đảm thực hiện Chương trình mục tiêu quốc gia trong giai đoạn 2026 - 2030.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Trung tâm Văn hóa huyện huy động");
    assert_eq!(
        deadlines(d),
        [(
            "trong các ngày diễn ra giải đua (từ ngày 21 đến ngày 23/02/2025)",
            Some("2025-02-23")
        )]
    );
    let d = directive(&n, "Điện lực huyện hoàn thành");
    assert_eq!(
        deadlines(d),
        [
            ("trong tháng 02/2025", Some("2025-02-28")),
            ("trong giai đoạn 2026 - 2030", Some("2030-12-31"))
        ]
    );
    let d = directive(&n, "Phòng Nông nghiệp bảo đảm");
    assert!(deadlines(d).is_empty());
}

/// Times that are no deadlines: what an estimate covers ("dự trù nhu cầu sử
/// dụng điện đến hết năm 2025"), whom a list holds ("… cần hỗ trợ dịp Tết
/// Nguyên đán"), what a rule governs ("quy định về … trong thời gian chờ
/// bố trí mặt bằng mới"), a measure's span ("10% số lượng hàng đã bán
/// trong 3 tháng trước đó"), the weather as a condition ("trong những ngày
/// nhiệt độ xuống thấp"), a period opening a reported result ("Trong tháng
/// 12/2024, Phòng đã tiếp nhận …"); the work's own days stay. An interim
/// measure while waiting, with no rule named, keeps its span.
#[test]
fn scopes_purposes_measures_conditions_and_results_are_no_deadlines() {
    let text = format!(
        "{FAIR_TOP}1. Phòng Kinh tế và Hạ tầng\n\
        - Lập danh sách các hộ kinh doanh cần hỗ trợ dịp Tết Nguyên đán Ất Tỵ 2025, gửi UBND huyện trước ngày 25/01/2025.\n\
        - Ban hành quy chế quản lý tạm thời các điểm bán hàng, quầy hàng trong thời gian chờ bố trí mặt bằng mới, hoàn thành trước ngày 31/01/2025.\n\
        - Dự trù nhu cầu sử dụng điện đến hết năm 2025, gửi Điện lực huyện trước ngày 15/02/2025.\n\
        - Các cơ sở duy trì lượng hàng dự trữ bằng 10% số lượng hàng đã bán trong 3 tháng trước đó.\n\
        - Hướng dẫn các hộ nuôi cá lồng không thả giống trong những ngày nhiệt độ xuống thấp.\n\
        - Đôn đốc các xã giải quyết dứt điểm các kiến nghị tồn đọng trước kỳ họp. Trong tháng 12/2024, Phòng đã tiếp nhận 15 kiến nghị.\n\
        - Bố trí điểm bán hàng tạm cho các hộ bị giải tỏa trong thời gian chờ xây dựng chợ mới.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Lập danh sách các hộ kinh doanh");
    assert_eq!(
        deadlines(d),
        [("trước ngày 25/01/2025", Some("2025-01-25"))]
    );
    let d = directive(&n, "Ban hành quy chế quản lý tạm thời");
    assert_eq!(
        deadlines(d),
        [("trước ngày 31/01/2025", Some("2025-01-31"))]
    );
    let d = directive(&n, "Dự trù nhu cầu sử dụng điện");
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/02/2025", Some("2025-02-15"))]
    );
    let d = directive(&n, "Các cơ sở duy trì lượng hàng");
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Hướng dẫn các hộ nuôi cá lồng");
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Đôn đốc các xã giải quyết");
    assert_eq!(deadlines(d), [("trước kỳ họp", None)]);
    let d = directive(&n, "Bố trí điểm bán hàng tạm");
    assert_eq!(
        deadlines(d),
        [("trong thời gian chờ xây dựng chợ mới", None)]
    );
}

/// A board named by no project goes on with its trade and the works it
/// keeps ("Ban Quản lý bảo trì công trình giao thông kiểm tra …"), though
/// the trade is a verb elsewhere; a bare "Ban Quản lý" before its own verb
/// stays bare. A plural kind and another after a comma are two doers
/// ("Các doanh nghiệp vận tải, chủ hàng"); an investor that issues a text
/// ("chủ đầu tư có văn bản đề nghị …") is not narrowed by it.
#[test]
fn boards_by_their_works_and_kinds_of_traders() {
    let text = "SỞ XÂY DỰNG TỈNH QUẢNG NGÃI\n\nSố: 812/SXD-QLCL\n\nQuảng Ngãi, ngày 12 tháng 9 năm 2025\n\n\
        Kính gửi: Các cơ quan, đơn vị liên quan\n\n\
        Để bảo đảm an toàn giao thông mùa mưa bão, Sở Xây dựng yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:\n\n\
        1. Ban Quản lý bảo trì công trình giao thông kiểm tra cầu yếu trên Quốc lộ 24B; lập phương án gia cố, hoàn thành trong quý IV/2025.\n\n\
        2. Ban Quản lý khai thác các công trình thủy lợi tỉnh vận hành hồ chứa theo quy trình trong tháng 10/2025.\n\n\
        3. Ban Quản lý kiểm tra hồ sơ dự án, báo cáo Sở Xây dựng trước ngày 30/9/2025.\n\n\
        4. Các doanh nghiệp vận tải, chủ hàng chấp hành quy định về tải trọng xe.\n\n\
        5. Đối với các công trình chậm tiến độ, chủ đầu tư có văn bản đề nghị gia hạn chậm nhất 30 ngày trước khi giấy phép hết hạn.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(text);
    let d = directive(&n, "Ban Quản lý bảo trì");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý bảo trì công trình giao thông"]
    );
    assert_eq!(deadlines(d), [("trong quý IV/2025", Some("2025-12-31"))]);
    let d = directive(&n, "Ban Quản lý khai thác");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý khai thác các công trình thủy lợi tỉnh"]
    );
    let d = directive(&n, "Ban Quản lý kiểm tra");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý"]);
    let d = directive(&n, "Các doanh nghiệp vận tải");
    assert_eq!(bodies(d, Role::Lead), ["doanh nghiệp vận tải", "chủ hàng"]);
    let d = directive(&n, "Đối với các công trình chậm");
    assert_eq!(bodies(d, Role::Lead), ["chủ đầu tư"]);
}

/// Traders, outlets, bus stations and agents of a trade addressed as
/// doers: as a subject ("Các thương nhân phân phối xăng dầu bảo đảm …",
/// "Bến xe khách tỉnh và các doanh nghiệp vận tải niêm yết …"), and as an
/// item line over lettered tasks ("2. Cửa hàng bán lẻ xăng dầu" ⏎ "a) …").
#[test]
fn traders_and_outlets_as_doers() {
    let text = "SỞ CÔNG THƯƠNG TỈNH CAO BẰNG\n\nSố: 95/TB-SCT\n\nCao Bằng, ngày 20 tháng 1 năm 2025\n\n\
        THÔNG BÁO\nVề bảo đảm cung ứng xăng dầu dịp Tết Nguyên đán Ất Tỵ 2025\n\n\
        Để bảo đảm cung ứng xăng dầu phục vụ nhân dân, Sở Công Thương thông báo như sau:\n\n\
        1. Các thương nhân phân phối xăng dầu bảo đảm nguồn hàng cho các cửa hàng từ ngày 25/01/2025 đến ngày 05/02/2025.\n\n\
        2. Cửa hàng bán lẻ xăng dầu\n\
        a) Niêm yết giá bán, thời gian mở cửa bán hàng.\n\
        b) Bổ sung phương tiện phòng cháy, chữa cháy trước ngày 24/01/2025.\n\n\
        3. Bến xe khách tỉnh và các doanh nghiệp vận tải niêm yết giá vé, không tăng giá vé quá mức đã kê khai.\n\n\
        4. Các đại lý bán lẻ khí hóa lỏng niêm yết giá bán trước ngày 24/01/2025.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(text);
    let d = directive(&n, "Các thương nhân phân phối");
    assert_eq!(bodies(d, Role::Lead), ["thương nhân phân phối xăng dầu"]);
    for starts in ["Niêm yết giá bán", "Bổ sung phương tiện"] {
        let d = directive(&n, starts);
        assert_eq!(bodies(d, Role::Lead), ["Cửa hàng bán lẻ xăng dầu"]);
    }
    let d = directive(&n, "Bổ sung phương tiện");
    assert_eq!(
        deadlines(d),
        [("trước ngày 24/01/2025", Some("2025-01-24"))]
    );
    let d = directive(&n, "Bến xe khách tỉnh");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Bến xe khách tỉnh", "doanh nghiệp vận tải"]
    );
    let d = directive(&n, "Các đại lý");
    assert_eq!(bodies(d, Role::Lead), ["đại lý bán lẻ khí hóa lỏng"]);
}

/// Partners named in other ways: invited ("…, mời Nhà hát Ca múa nhạc …
/// phối hợp biểu diễn"), a commune's or ward's youth union ("Phường
/// đoàn", no ward named "Đoàn"), a kind told by its part then the firm it
/// is ("đơn vị tài trợ là Công ty TNHH …"); an agency's office named by
/// the agency ("Văn phòng cơ quan Ủy ban MTTQ phường").
#[test]
fn invited_partners_youth_unions_and_named_apposition() {
    let text = "UBND PHƯỜNG ĐÔNG HẢI\n\nSố: 61/KH-UBND\n\nĐông Hải, ngày 02 tháng 8 năm 2025\n\n\
        KẾ HOẠCH\nTổ chức Ngày hội văn hóa các dân tộc phường năm 2025\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        1. Phòng Văn hóa - Thông tin chủ trì xây dựng chương trình văn nghệ, mời Nhà hát Ca múa nhạc dân tộc Việt Bắc phối hợp biểu diễn trước ngày 20/8/2025.\n\n\
        2. Công an phường phối hợp với Phường đoàn, Hội Cựu chiến binh phường bảo đảm an ninh trật tự tại khu vực lễ hội.\n\n\
        3. Văn phòng - Thống kê phường phối hợp với đơn vị tài trợ là Công ty TNHH Thương mại Hoàng Long bố trí sân khấu, âm thanh.\n\n\
        4. Văn phòng cơ quan Ủy ban MTTQ phường bảo đảm kinh phí cho các đội văn nghệ.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Văn hóa - Thông tin chủ trì");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa - Thông tin"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Nhà hát Ca múa nhạc dân tộc Việt Bắc"]
    );
    let d = directive(&n, "Công an phường");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Phường đoàn", "Hội Cựu chiến binh phường"]
    );
    let d = directive(&n, "Văn phòng - Thống kê");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Công ty TNHH Thương mại Hoàng Long"]
    );
    let d = directive(&n, "Văn phòng cơ quan");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Văn phòng cơ quan Ủy ban MTTQ phường"]
    );
}

/// A crop season opening the situation told between the introducing
/// sentence and its items ("Vụ Xuân 2026, các tỉnh … gieo cấy …") is no
/// ministry's department and no task, and the items after it are still
/// the run's: the traders of a heading ("1. Đối với các thương nhân kinh
/// doanh phân bón") hand down; the kinds of higher education are one
/// collective ("Các đại học, trường đại học, học viện …").
#[test]
fn season_before_items_and_higher_education_kinds() {
    let text = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 3120/BNNMT-TT\n\nHà Nội, ngày 10 tháng 3 năm 2026\n\n\
        Kính gửi:\n- Sở Nông nghiệp và Môi trường các tỉnh phía Bắc;\n- Các thương nhân kinh doanh phân bón.\n\n\
        Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Nông nghiệp và Môi trường đề nghị các đơn vị triển khai một số nội dung sau:\n\n\
        Vụ Xuân 2026, các tỉnh phía Bắc gieo cấy khoảng 1,1 triệu ha lúa, dự kiến trỗ bông từ cuối tháng 4/2026.\n\n\
        1. Đối với các thương nhân kinh doanh phân bón\n\
        a) Bảo đảm nguồn cung phân bón trong thời gian cao điểm vụ Xuân.\n\
        b) Báo cáo lượng phân bón tồn kho về Bộ Nông nghiệp và Môi trường trước ngày 15 hằng tháng.\n\n\
        2. Các đại học, trường đại học, học viện nông nghiệp cử giảng viên hướng dẫn kỹ thuật cho nông dân.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let n = extract(text);
    no_directive_with(&n, &["gieo cấy khoảng"]);
    for starts in ["Bảo đảm nguồn cung phân bón", "Báo cáo lượng phân bón"] {
        let d = directive(&n, starts);
        assert_eq!(bodies(d, Role::Lead), ["thương nhân kinh doanh phân bón"]);
    }
    let d = directive(&n, "Các đại học");
    assert_eq!(
        bodies(d, Role::Lead),
        ["đại học, trường đại học, học viện nông nghiệp"]
    );
}

/// In a news report, an earlier request told as history in a sentence of
/// its own ("Trước đó, ngày …, Sở Công Thương đã có văn bản yêu cầu các
/// thương nhân …") asks no one now and hands no doer on: the leader's
/// request after it keeps its own doer.
#[test]
fn earlier_request_told_as_history_hands_nothing_on() {
    let text = "Hà Tĩnh yêu cầu bảo đảm nguồn cung phân bón\n\nThứ Hai, 10/03/2026 09:15\n\n\
        (Baohatinh.vn) - UBND tỉnh vừa ban hành Công văn số 1220/UBND-NL1 về bảo đảm nguồn cung phân bón.\n\n\
        Công văn nêu: Thời gian qua, giá phân bón tăng. Trước đó, ngày 10/02/2026, Sở Công Thương đã có văn bản yêu cầu các thương nhân phân phối bảo đảm nguồn hàng, song việc thực hiện chưa nghiêm.\n\n\
        Để khắc phục tình trạng trên, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương chỉ đạo các thương nhân phân phối nhập đủ hàng trong tháng 3/2026.\n\n\
        Sở Tài chính kiểm tra việc kê khai giá phân bón trong tháng 3/2026.\n";
    let n = extract(text);
    no_directive_with(&n, &["đã có văn bản yêu cầu"]);
    let d = directive(&n, "Để khắc phục tình trạng trên");
    assert_eq!(bodies(d, Role::Lead), ["Sở Công Thương"]);
    assert!(!d.responsible[0].inherited);
}

/// A letter's label paragraph "Đối với <bodies>:" with nothing after its
/// colon, over "-" bullets at its own level: the bullets are those bodies'
/// work, the label no task; the run's own doers come back after them.
#[test]
fn a_for_label_paragraph_hands_its_bodies_to_the_bullets_after_it() {
    let text = "UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 512/SNNMT-TL\n\
        V/v bảo đảm an toàn hồ chứa nước mùa mưa bão năm 2025\n\n\
        Quảng Trị, ngày 12 tháng 8 năm 2025\n\n\
        Kính gửi:\n- UBND các huyện;\n- Các chủ hồ chứa nước.\n\n\
        Trên địa bàn tỉnh hiện có 142 hồ chứa thủy lợi, trong đó 19 hồ đã xuống cấp.\n\n\
        Để bảo đảm an toàn hồ đập trong mùa mưa bão, Sở Nông nghiệp và Môi trường đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n\n\
        Đối với UBND các huyện có hồ chứa xung yếu: chỉ đạo UBND các xã vùng hạ du rà soát phương án sơ tán dân trước ngày 15/9/2025.\n\n\
        Đối với các đơn vị quản lý, khai thác hồ chứa:\n\
        - Kiểm tra toàn bộ cửa van, thiết bị đóng mở; sửa chữa hư hỏng trước ngày 30/8/2025.\n\
        - Báo cáo mực nước hồ về Sở Nông nghiệp và Môi trường hằng ngày.\n\n\
        Giao Chi cục Thủy lợi kiểm tra an toàn các hồ chứa, hoàn thành trong quý III/2025.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Hùng\n";
    let n = extract(text);
    let d = directive(&n, "Kiểm tra toàn bộ cửa van");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị quản lý, khai thác hồ chứa"]);
    assert_eq!(deadlines(d), [("trước ngày 30/8/2025", Some("2025-08-30"))]);
    let d = directive(&n, "Báo cáo mực nước hồ");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị quản lý, khai thác hồ chứa"]);
    let d = directive(&n, "Giao Chi cục Thủy lợi");
    assert_eq!(bodies(d, Role::Lead), ["Chi cục Thủy lợi"]);
    no_directive_with(&n, &["Đối với các đơn vị quản lý"]);
}

/// A heading naming traders or shops by their trade, with or without "Đối
/// với" and with no colon ("1. Đối với các thương nhân kinh doanh phân bón",
/// "2. Cửa hàng bán lẻ khí dầu mỏ hóa lỏng"), hands that kind down to its
/// items, not the introducing sentence's generic "đơn vị".
#[test]
fn a_heading_naming_traders_or_shops_hands_them_down() {
    let text = "BỘ CÔNG THƯƠNG\nSố: 1450/BCT-TTTN\nV/v bảo đảm cung ứng phân bón vụ Hè Thu 2026\n\n\
        Hà Nội, ngày 10 tháng 4 năm 2026\n\n\
        Kính gửi:\n- Sở Công Thương các tỉnh, thành phố;\n- Các thương nhân kinh doanh phân bón.\n\n\
        Bộ Công Thương đề nghị các đơn vị triển khai một số nội dung sau:\n\n\
        1. Đối với các thương nhân kinh doanh phân bón\n\n\
        a) Bảo đảm nguồn hàng cho vụ Hè Thu, không găm hàng chờ tăng giá.\n\n\
        b) Báo cáo lượng phân bón tồn kho về Bộ Công Thương trước ngày 15 hằng tháng.\n\n\
        2. Cửa hàng bán lẻ khí dầu mỏ hóa lỏng\n\n\
        - Niêm yết giá bán tại nơi dễ thấy.\n\n\
        - Kiểm tra bình chứa, van an toàn trước ngày 30/4/2026.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Sinh Nhật Tân\n";
    let n = extract(text);
    let d = directive(&n, "Bảo đảm nguồn hàng");
    assert_eq!(bodies(d, Role::Lead), ["thương nhân kinh doanh phân bón"]);
    let d = directive(&n, "Báo cáo lượng phân bón");
    assert_eq!(bodies(d, Role::Lead), ["thương nhân kinh doanh phân bón"]);
    assert_eq!(bodies(d, Role::ReportTo), ["Bộ Công Thương"]);
    for starts in ["Niêm yết giá bán", "Kiểm tra bình chứa"] {
        let d = directive(&n, starts);
        assert_eq!(
            bodies(d, Role::Lead),
            ["Cửa hàng bán lẻ khí dầu mỏ hóa lỏng"]
        );
    }
}

/// A heading listing units of one kind with a note in brackets closing its
/// line, no colon ("3. Tổ dân phố số 2, số 5 (dọc bờ kè sông Hồng)", "2. Các
/// hợp tác xã dịch vụ nông nghiệp (vùng trũng ven sông Lam)"): the note
/// tells where; the bodies before it are handed down to the items.
#[test]
fn a_heading_of_units_with_a_note_in_brackets_hands_them_down() {
    let text =
        "BỘ CÔNG THƯƠNG\nSố: 1451/BCT-TTTN\nV/v bảo đảm cung ứng phân bón vụ Hè Thu 2026\n\n\
        Hà Nội, ngày 10 tháng 4 năm 2026\n\n\
        Kính gửi:\n- Sở Công Thương các tỉnh, thành phố.\n\n\
        Bộ Công Thương đề nghị các đơn vị triển khai một số nội dung sau:\n\n\
        1. Tổ dân phố số 2, số 5 (dọc bờ kè sông Hồng)\n\n\
        - Niêm yết giá bán tại nơi dễ thấy.\n\n\
        2. Các hợp tác xã dịch vụ nông nghiệp (vùng trũng ven sông Lam)\n\n\
        - Kiểm tra kho chứa phân bón trước ngày 30/4/2026.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Sinh Nhật Tân\n";
    let n = extract(text);
    let d = directive(&n, "Niêm yết giá bán");
    assert_eq!(bodies(d, Role::Lead), ["Tổ dân phố số 2, số 5"]);
    let d = directive(&n, "Kiểm tra kho chứa");
    assert_eq!(bodies(d, Role::Lead), ["hợp tác xã dịch vụ nông nghiệp"]);
    assert_eq!(deadlines(d), [("trước ngày 30/4/2026", Some("2026-04-30"))]);
}

/// Classes, rounds and trips counted per period are rounds of the work
/// ("mở ít nhất 02 lớp/năm", "01 cuộc/quý"); the span a count of offences
/// is taken over ("vi phạm từ 02 lần trở lên trong năm") is a measure, no
/// time for the work.
#[test]
fn classes_per_year_recur_and_a_count_of_offences_is_no_time() {
    let text = format!(
        "{COMMUNE_TOP}1. Trạm Khuyến nông xã mở ít nhất 02 lớp/năm tập huấn kỹ thuật chăm sóc cây sầu riêng.\n\n\
        2. Công an xã tổ chức kiểm tra hành chính các cơ sở kinh doanh có điều kiện 01 cuộc/quý.\n\n\
        3. Ban Chỉ huy Quân sự xã lập danh sách các phương tiện vi phạm từ 02 lần trở lên trong năm, gửi Công an huyện trước ngày 15/12/2025.\n"
    );
    let n = extract(&text);
    assert_eq!(
        deadlines(directive(&n, "Trạm Khuyến nông")),
        [("02 lớp/năm", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Công an xã")),
        [("01 cuộc/quý", None)]
    );
    assert_eq!(
        deadlines(directive(&n, "Ban Chỉ huy Quân sự")),
        [("trước ngày 15/12/2025", Some("2025-12-15"))]
    );
}

/// Partners the doer invites ("mời … phối hợp") cooperate with it whether
/// the invitation follows a comma or a semicolon.
#[test]
fn partners_invited_after_a_semicolon_cooperate() {
    let text = format!(
        "{COMMUNE_TOP}1. Trung tâm Văn hóa - Thể thao xã tổ chức đêm văn nghệ mừng Xuân; mời Đoàn Nghệ thuật Khmer tỉnh phối hợp biểu diễn.\n\n\
        2. Hội Nông dân xã tổ chức phiên chợ nông sản, mời Hợp tác xã Rau an toàn Tân Hòa phối hợp trưng bày sản phẩm.\n"
    );
    let n = extract(&text);
    let d = directive(&n, "Trung tâm Văn hóa");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Văn hóa - Thể thao xã"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Đoàn Nghệ thuật Khmer tỉnh"]);
    let d = directive(&n, "Hội Nông dân xã");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Hợp tác xã Rau an toàn Tân Hòa"]
    );
}

/// An assessment told in figures, opened by a period ("I. Trong quý II/2025,
/// toàn huyện ghi nhận 4 ổ dịch …"): what befell, counted, is no task though
/// no "đã" says it is past, and its period is no deadline.
#[test]
fn a_period_opening_counted_occurrences_is_an_assessment() {
    let n = extract("ỦY BAN NHÂN DÂN HUYỆN TƯƠNG DƯƠNG\n\
        VĂN PHÒNG HĐND VÀ UBND\n\
        Số: 88/TB-VP\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Tương Dương, ngày 12 tháng 7 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Ý kiến kết luận của Phó Chủ tịch UBND huyện tại cuộc họp phòng, chống dịch tả lợn châu Phi\n\
        \n\
        Sáng ngày 10/7/2025, đồng chí Phó Chủ tịch UBND huyện chủ trì cuộc họp. Sau khi nghe Trạm Chăn nuôi và Thú y huyện báo cáo, đồng chí Phó Chủ tịch UBND huyện kết luận:\n\
        \n\
        I. Trong quý II/2025, toàn huyện ghi nhận 4 ổ dịch tại xã Yên Na và xã Tam Quang, số lợn tiêu hủy 312 con. Một số xã còn chậm báo cáo dịch.\n\
        \n\
        II. Thời gian tới, yêu cầu các cơ quan, đơn vị thực hiện:\n\
        \n\
        1. Trạm Chăn nuôi và Thú y huyện tổ chức tiêm phòng bổ sung cho đàn lợn trước ngày 31/7/2025.\n\
        \n\
        2. UBND các xã, thị trấn lập chốt kiểm dịch tại các thôn có dịch trong tháng 8/2025.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ");
    no_directive_with(&n, &["ghi nhận 4 ổ dịch"]);
    let d = directive(&n, "Trạm Chăn nuôi");
    assert_eq!(deadlines(d), [("trước ngày 31/7/2025", Some("2025-07-31"))]);
    assert_eq!(n.directives.len(), 2);
}

/// A higher body's demand cited in the background of a school's notice
/// ("Bộ Giáo dục và Đào tạo yêu cầu các trường … trước ngày 31/12/2025."),
/// before the notice's own conclusions: no task of the notice.
#[test]
fn a_demand_of_a_level_above_cited_in_the_background_is_no_task() {
    let n = extract("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM ĐỊNH\n\
        TRƯỜNG THPT CHUYÊN LÊ HỒNG PHONG\n\
        Số: 215/TB-THPT\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Nam Định, ngày 05 tháng 9 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Hiệu trưởng tại cuộc họp về chuyển đổi số trong nhà trường\n\
        \n\
        Chiều ngày 03/9/2025, Hiệu trưởng chủ trì cuộc họp về chuyển đổi số. Đến nay có 20/36 lớp dùng sổ điểm điện tử. Bộ Giáo dục và Đào tạo yêu cầu các trường trung học phổ thông sử dụng học bạ số trước ngày 31/12/2025.\n\
        \n\
        Hiệu trưởng kết luận như sau:\n\
        \n\
        1. Tổ Tin học hướng dẫn giáo viên nhập điểm trên phần mềm trước ngày 20/9/2025.\n\
        \n\
        2. Bộ phận Văn thư rà soát hồ sơ học sinh trong tháng 10/2025.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ");
    no_directive_with(&n, &["học bạ số"]);
    let d = directive(&n, "Tổ Tin học");
    assert_eq!(bodies(d, Role::Lead), ["Tổ Tin học"]);
    assert_eq!(n.directives.len(), 2);
}

/// A ministry's own plan named by its bare head in its own letter ("Bộ sẽ
/// tổng hợp, báo cáo Thủ tướng Chính phủ …" under "BỘ XÂY DỰNG"): no task.
#[test]
fn the_issuer_by_its_bare_head_telling_its_plan_is_no_task() {
    let n = extract("BỘ XÂY DỰNG\n\
        Số: 4410/BXD-KTXD\n\
        V/v kiểm soát giá vật liệu xây dựng\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Hà Nội, ngày 20 tháng 6 năm 2025\n\
        \n\
        Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\
        \n\
        Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:\n\
        \n\
        1. Chỉ đạo Sở Xây dựng công bố giá vật liệu xây dựng hằng tháng.\n\
        \n\
        2. Báo cáo tình hình giá vật liệu về Bộ Xây dựng trước ngày 15/7/2025. Bộ sẽ tổng hợp, báo cáo Thủ tướng Chính phủ trong tháng 8/2025.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ");
    no_directive_with(&n, &["Bộ sẽ tổng hợp"]);
    let d = directive(&n, "Báo cáo tình hình giá");
    assert_eq!(deadlines(d), [("trước ngày 15/7/2025", Some("2025-07-15"))]);
}

/// A generic closing with its urgency after the verb ("Yêu cầu các sở,
/// ngành, địa phương thực hiện ngay./."): no directive.
#[test]
fn a_generic_closing_done_at_once_is_no_directive() {
    let n = extract("ỦY BAN NHÂN DÂN\n\
        TỈNH QUẢNG BÌNH\n\
        Số: 12/CĐ-UBND\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Quảng Bình, ngày 28 tháng 9 năm 2025\n\
        \n\
        CÔNG ĐIỆN\n\
        Về việc ứng phó với bão số 10\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu:\n\
        \n\
        1. UBND các huyện, thị xã, thành phố kêu gọi tàu thuyền vào nơi tránh trú an toàn trước 17 giờ ngày 28/9/2025.\n\
        \n\
        2. Sở Nông nghiệp và Môi trường chỉ đạo vận hành hồ chứa bảo đảm an toàn.\n\
        \n\
        Yêu cầu các sở, ngành, địa phương thực hiện ngay./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ");
    no_directive_with(&n, &["thực hiện ngay"]);
    assert_eq!(n.directives.len(), 2);
}

/// A label of bodies alone over bullets ("Các doanh nghiệp phân phối, bán lẻ
/// hàng tiêu dùng:" ⏎ "+ …"), then a closing paragraph that assigns specific
/// work ("Kết quả …, các đơn vị gửi về Sở Công Thương … trước ngày …"): the
/// bullets are the label's bodies' tasks, and the closing is a task too.
#[test]
fn a_closing_that_assigns_dated_work_after_a_label_of_bodies_is_a_task() {
    let n = extract("UBND TỈNH BÌNH ĐỊNH\n\
        SỞ CÔNG THƯƠNG\n\
        \n\
        Số: 1702/SCT-QLTM\n\
        V/v bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán 2026\n\
        \n\
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\n\
        \n\
        Quy Nhơn, ngày 10 tháng 12 năm 2025\n\
        \n\
        Kính gửi:\n\
        - Phòng Kinh tế các xã, phường;\n\
        - Các doanh nghiệp phân phối, bán lẻ trên địa bàn tỉnh.\n\
        \n\
        Để bảo đảm cung ứng hàng hóa dịp Tết, Sở Công Thương đề nghị các đơn vị thực hiện một số nội dung sau:\n\
        \n\
        Phòng Kinh tế các xã, phường theo dõi diễn biến giá cả hàng hóa thiết yếu trên địa bàn.\n\
        \n\
        Các doanh nghiệp phân phối, bán lẻ hàng tiêu dùng:\n\
        + Dự trữ hàng hóa thiết yếu với giá trị tăng 15% so với năm trước.\n\
        + Niêm yết giá bán rõ ràng tại quầy hàng.\n\
        \n\
        Kết quả dự trữ hàng hóa, các đơn vị gửi về Sở Công Thương (qua Phòng Quản lý thương mại) trước ngày 25/12/2025 để tổng hợp.\n\
        \n\
        Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        ");
    let d = directive(&n, "Dự trữ hàng hóa");
    assert_eq!(
        bodies(d, Role::Lead),
        ["doanh nghiệp phân phối, bán lẻ hàng tiêu dùng"]
    );
    let d = directive(&n, "Kết quả dự trữ hàng hóa");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị"]);
    assert_eq!(bodies(d, Role::ReportTo), ["Sở Công Thương"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 25/12/2025", Some("2025-12-25"))]
    );
    no_directive_with(&n, &["nghiêm túc triển khai"]);
}

/// A district's plan for a dry season (the s33 deadline kinds):
/// - missed times: the end of a season, summer activities, a limit counted
///   from an event, a hazard awaited right when it comes (a case that comes
///   up is a condition);
/// - no deadlines: a pledge's season and the span or holiday times a plan
///   covers beside the plan's own day, days of a fire-danger level;
/// - extent: counted rounds per week, an event's months after it, a weekday
///   of each month, a bare "định kỳ" before the round it is reported at;
/// - a holiday's day printed in its name dates it.
const S33_DRY_SEASON_PLAN: &str = "\
ỦY BAN NHÂN DÂN\n\
    HUYỆN TUY PHƯỚC\n\
    \n\
    Số: 41/KH-UBND\n\
    \n\
    Tuy Phước, ngày 12 tháng 3 năm 2025\n\
    \n\
    KẾ HOẠCH\n\
    Phòng, chống hạn hán và cháy rừng mùa khô năm 2025\n\
    \n\
    1. Phòng Nông nghiệp và Môi trường theo dõi tình hình; tổ chức tổng kết công tác chống hạn vào cuối mùa khô năm 2025.\n\
    \n\
    2. Phòng Giáo dục và Đào tạo chỉ đạo các trường lồng ghép giáo dục phòng, chống đuối nước trong các hoạt động hè năm 2025.\n\
    \n\
    3. Phòng Tài chính - Kế hoạch rà soát nhà, đất công, không để bỏ trống quá 12 tháng kể từ ngày phương án sắp xếp được phê duyệt.\n\
    \n\
    4. Hạt Kiểm lâm tuần tra các khu rừng trọng điểm; ngay khi xảy ra cháy phải huy động lực lượng chữa cháy tại chỗ.\n\
    \n\
    5. Công an huyện báo cáo UBND huyện ngay khi xảy ra vụ việc phức tạp về an ninh.\n\
    \n\
    6. Các thôn ký cam kết không đốt rác, đốt thực bì trong mùa khô với các hộ dân ven rừng, hoàn thành trước ngày 30/4/2025.\n\
    \n\
    7. Phòng Kinh tế xây dựng kế hoạch cấp nước sinh hoạt đến hết tháng 9/2025, trình UBND huyện trước ngày 10/4/2025.\n\
    \n\
    8. UBND các xã không cấp phép đốt nương trong các ngày cấp dự báo cháy rừng từ cấp IV trở lên.\n\
    \n\
    9. Phòng Kinh tế xây dựng kế hoạch kiểm tra thị trường, chống hàng giả, hàng kém chất lượng dịp trước, trong và sau Tết Nguyên đán Bính Ngọ, ban hành trước ngày 15/12/2025.\n\
    \n\
    10. Trạm Thú y huyện giám sát các ổ dịch, định kỳ mỗi tuần 2 lần.\n\
    \n\
    11. Huyện đoàn huy động đoàn viên hỗ trợ người dân chở nước trong các đợt cao điểm nắng nóng tháng 5 và tháng 6/2025.\n\
    \n\
    12. Đoàn Thanh niên các xã ra quân làm sạch kênh mương vào ngày Chủ nhật cuối cùng hằng tháng.\n\
    \n\
    13. Các xã báo cáo kết quả về UBND huyện. Chế độ báo cáo định kỳ thực hiện hằng tháng theo quy định.\n\
    \n\
    14. Hội Liên hiệp Phụ nữ huyện tổ chức tọa đàm vào dịp kỷ niệm Ngày Gia đình Việt Nam 28/6.\n\
    \n\
    15. Hội Cựu chiến binh huyện thăm hỏi hội viên khó khăn nhân dịp kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam (22/12).\n\
    \n\
    Nơi nhận:\n\
    - Như trên;\n\
    - Lưu: VT.\n\
    \n\
    TM. ỦY BAN NHÂN DÂN\n\
    CHỦ TỊCH\n\
    \n\
    Nguyễn Văn An\n\
";

#[test]
fn s33_seasons_limits_and_hazards_awaited_are_deadlines() {
    let n = extract(S33_DRY_SEASON_PLAN);
    let d = directive(&n, "Phòng Nông nghiệp và Môi trường theo dõi");
    assert_eq!(deadlines(d), [("vào cuối mùa khô năm 2025", None)]);
    let d = directive(&n, "Phòng Giáo dục và Đào tạo chỉ đạo");
    assert_eq!(deadlines(d), [("trong các hoạt động hè năm 2025", None)]);
    let d = directive(&n, "Phòng Tài chính - Kế hoạch rà soát");
    assert_eq!(
        deadlines(d),
        [(
            "quá 12 tháng kể từ ngày phương án sắp xếp được phê duyệt",
            None
        )]
    );
    let d = directive(&n, "Hạt Kiểm lâm tuần tra");
    assert_eq!(deadlines(d), [("ngay khi xảy ra cháy", None)]);
    assert!(deadlines(directive(&n, "Công an huyện báo cáo")).is_empty());
}

#[test]
fn s33_a_pledges_season_a_plans_span_and_danger_days_are_no_deadlines() {
    let n = extract(S33_DRY_SEASON_PLAN);
    let d = directive(&n, "Các thôn ký cam kết");
    assert_eq!(deadlines(d), [("trước ngày 30/4/2025", Some("2025-04-30"))]);
    let d = directive(&n, "Phòng Kinh tế xây dựng kế hoạch cấp nước");
    assert_eq!(deadlines(d), [("trước ngày 10/4/2025", Some("2025-04-10"))]);
    let d = directive(&n, "Phòng Kinh tế xây dựng kế hoạch kiểm tra thị trường");
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/12/2025", Some("2025-12-15"))]
    );
    assert!(deadlines(directive(&n, "UBND các xã không cấp phép")).is_empty());
}

#[test]
fn s33_rounds_counted_months_of_an_event_and_a_reports_round() {
    let n = extract(S33_DRY_SEASON_PLAN);
    let d = directive(&n, "Trạm Thú y huyện");
    assert_eq!(deadlines(d), [("định kỳ mỗi tuần 2 lần", None)]);
    let d = directive(&n, "Huyện đoàn huy động");
    assert_eq!(
        deadlines(d),
        [(
            "trong các đợt cao điểm nắng nóng tháng 5 và tháng 6/2025",
            Some("2025-06-30")
        )]
    );
    let d = directive(&n, "Đoàn Thanh niên các xã");
    assert_eq!(
        deadlines(d),
        [("vào ngày Chủ nhật cuối cùng hằng tháng", None)]
    );
    let d = directive(&n, "Các xã báo cáo kết quả");
    assert_eq!(deadlines(d), [("hằng tháng", None)]);
}

#[test]
fn s33_a_holidays_day_in_its_name_dates_it() {
    let n = extract(S33_DRY_SEASON_PLAN);
    let d = directive(&n, "Hội Liên hiệp Phụ nữ huyện");
    assert_eq!(
        deadlines(d),
        [(
            "vào dịp kỷ niệm Ngày Gia đình Việt Nam 28/6",
            Some("2025-06-28")
        )]
    );
    let d = directive(&n, "Hội Cựu chiến binh huyện");
    assert_eq!(
        deadlines(d),
        [(
            "nhân dịp kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam (22/12)",
            Some("2025-12-22")
        )]
    );
}

/// An item that names its own doer keeps it over the intro's bodies: firms
/// and farms of a trade, stores of a kind, a named supermarket, a club, an
/// advisory council helping its principal; the next item without one
/// returns to the intro's.
#[test]
fn items_name_their_own_doers_over_the_intro() {
    let text = "ỦY BAN NHÂN DÂN\n\
        HUYỆN THANH SƠN\n\
        \n\
        Số: 112/UBND-NN\n\
        \n\
        Thanh Sơn, ngày 10 tháng 3 năm 2026\n\
        \n\
        Kính gửi: Các cơ quan, đơn vị liên quan.\n\
        \n\
        Để chủ động phòng, chống dịch cúm gia cầm, UBND huyện yêu cầu các phòng chuyên môn và UBND các xã, thị trấn thực hiện một số nội dung sau:\n\
        \n\
        1. Rà soát tổng đàn gia cầm trên địa bàn, hoàn thành trước ngày 20/3/2026.\n\
        \n\
        2. Các doanh nghiệp, trang trại chăn nuôi gà quy mô lớn áp dụng nghiêm các biện pháp an toàn sinh học, tiêu độc khử trùng chuồng trại.\n\
        \n\
        3. Các siêu thị, trung tâm thương mại kiểm tra chặt chẽ nguồn gốc sản phẩm gia cầm bày bán.\n\
        \n\
        4. Siêu thị Vinmart Thanh Sơn phối hợp với Trạm Chăn nuôi và Thú y huyện kiểm tra nguồn gốc gia cầm nhập về.\n\
        \n\
        5. Câu lạc bộ Doanh nhân trẻ huyện vận động hội viên hỗ trợ kinh phí mua vắc xin.\n\
        \n\
        6. Hội đồng nghĩa vụ quân sự huyện giúp UBND huyện chỉ đạo khám sức khỏe công dân nhập ngũ trong tháng 3/2026.\n\
        \n\
        7. Báo cáo kết quả về UBND huyện (qua Phòng Nông nghiệp) trước ngày 30/3/2026.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        \n\
        Hà Văn Minh\n\
        ";
    let n = extract(text);
    let intro = ["phòng chuyên môn", "UBND các xã, thị trấn"];
    assert_eq!(bodies(directive(&n, "Rà soát tổng đàn"), Role::Lead), intro);
    assert_eq!(
        bodies(directive(&n, "Các doanh nghiệp, trang trại"), Role::Lead),
        ["doanh nghiệp", "trang trại chăn nuôi gà quy mô lớn"]
    );
    assert_eq!(
        bodies(directive(&n, "Các siêu thị, trung tâm"), Role::Lead),
        ["siêu thị, trung tâm thương mại"]
    );
    let d = directive(&n, "Siêu thị Vinmart");
    assert_eq!(bodies(d, Role::Lead), ["Siêu thị Vinmart Thanh Sơn"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trạm Chăn nuôi và Thú y huyện"]
    );
    assert_eq!(
        bodies(directive(&n, "Câu lạc bộ Doanh nhân"), Role::Lead),
        ["Câu lạc bộ Doanh nhân trẻ huyện"]
    );
    let d = directive(&n, "Hội đồng nghĩa vụ");
    assert_eq!(bodies(d, Role::Lead), ["Hội đồng nghĩa vụ quân sự huyện"]);
    assert_eq!(deadlines(d), [("trong tháng 3/2026", Some("2026-03-31"))]);
    assert_eq!(
        bodies(directive(&n, "Báo cáo kết quả về"), Role::Lead),
        intro
    );
}

/// A plan's reporting part titled on its own line ("3. Chế độ báo cáo")
/// is no wrapped line: the doer opening the next line does the work, and
/// only the body after "báo cáo" receives the report.
#[test]
fn a_reporting_part_title_leaves_the_next_line_its_own_doer() {
    let text = "ỦY BAN NHÂN DÂN\n\
        HUYỆN ĐỨC THỌ\n\
        \n\
        Số: 45/KH-UBND\n\
        \n\
        Đức Thọ, ngày 02 tháng 4 năm 2026\n\
        \n\
        KẾ HOẠCH\n\
        Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Phòng Y tế huyện\n\
        a) Chủ trì tham mưu thành lập các đoàn kiểm tra liên ngành; hoàn thành trước ngày 15/4/2026.\n\
        b) Hướng dẫn các cơ sở kinh doanh ăn uống tự kiểm tra.\n\
        2. Phòng Văn hóa và Thông tin huyện\n\
        Tuyên truyền trên hệ thống loa truyền thanh các xã.\n\
        3. Chế độ báo cáo\n\
        UBND các xã, thị trấn tổng hợp kết quả thực hiện, báo cáo UBND huyện (qua Phòng Y tế) trước ngày 20/5/2026.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        TM. ỦY BAN NHÂN DÂN\n\
        CHỦ TỊCH\n\
        \n\
        Trần Văn Hùng\n\
        ";
    let n = extract(text);
    let d = directive(&n, "UBND các xã, thị trấn tổng hợp");
    assert_eq!(bodies(d, Role::Lead), ["UBND các xã, thị trấn"]);
    assert_eq!(bodies(d, Role::ReportTo), ["UBND huyện"]);
    assert_eq!(deadlines(d), [("trước ngày 20/5/2026", Some("2026-05-20"))]);
}

/// The sender named with the initials it will use ("Sở Y tế (SYT) yêu cầu
/// các đơn vị …:") asks the bodies after its cue; the items are theirs.
#[test]
fn a_sender_with_initials_in_brackets_hands_down_the_bodies_it_asks() {
    let text = "SỞ Y TẾ TỈNH NAM ĐỊNH\n\
        \n\
        Số: 210/SYT-NVY\n\
        \n\
        Nam Định, ngày 05 tháng 5 năm 2026\n\
        \n\
        Kính gửi: Các bệnh viện, trung tâm y tế trực thuộc.\n\
        \n\
        Tỷ lệ bệnh án điện tử của các đơn vị còn thấp. Để bảo đảm tiến độ, Sở Y tế (SYT) yêu cầu các đơn vị thực hiện các nội dung sau:\n\
        \n\
        1. Xây dựng lộ trình triển khai bệnh án điện tử, gửi về Sở trước ngày 31/5/2026.\n\
        \n\
        2. Tổ chức tập huấn cho nhân viên y tế về ký số.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        GIÁM ĐỐC\n\
        \n\
        Lê Văn Nam\n\
        ";
    let n = extract(text);
    assert_eq!(
        bodies(directive(&n, "Xây dựng lộ trình"), Role::Lead),
        ["đơn vị"]
    );
    assert_eq!(
        bodies(directive(&n, "Tổ chức tập huấn"), Role::Lead),
        ["đơn vị"]
    );
}

/// A plural kind narrowed by what it has not done yet, closed by how many
/// they are in brackets, then its verb without a modal ("Các khoa … chưa
/// kết nối … (05 khoa) hoàn thành …"): the kind with its narrowing is the
/// doer, over the heading's body.
#[test]
fn a_kind_narrowed_and_counted_in_brackets_is_the_doer() {
    let text = "BỆNH VIỆN ĐA KHOA TỈNH HÀ NAM\n\nSố: 88/TB-BV\n\nHà Nam, ngày 12 tháng 5 năm 2026\n\n\
        THÔNG BÁO\nKết luận của Giám đốc Bệnh viện tại cuộc họp giao ban tháng 5\n\n\
        Để đẩy nhanh chuyển đổi số, Giám đốc Bệnh viện yêu cầu các khoa, phòng thực hiện một số nội dung sau:\n\n\
        1. Rà soát danh mục kỹ thuật chuyên môn, gửi Phòng Kế hoạch tổng hợp trước ngày 25/5/2026.\n\n\
        2. Các khoa cận lâm sàng chưa kết nối hệ thống LIS (05 khoa) hoàn thành kết nối trước ngày 30/6/2026.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nPhạm Văn Bình\n";
    let n = extract(text);
    assert_eq!(
        bodies(directive(&n, "Rà soát danh mục"), Role::Lead),
        ["khoa, phòng"]
    );
    let d = directive(&n, "Các khoa cận lâm sàng");
    assert_eq!(
        bodies(d, Role::Lead),
        ["khoa cận lâm sàng chưa kết nối hệ thống LIS"]
    );
    assert_eq!(deadlines(d), [("trước ngày 30/6/2026", Some("2026-06-30"))]);
}

/// A heading that asks a kind named "tổ chức" ("2. Đề nghị các tổ chức
/// chính trị - xã hội huyện") hands that kind down to its items: after the
/// request, "các tổ chức" is the bodies asked, not the verb "tổ chức".
#[test]
fn a_heading_asking_organisations_hands_them_down() {
    let text = "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nHUYỆN QUỲ HỢP\n\nSố: 31/KH-MTTQ-BTT\n\n\
        Quỳ Hợp, ngày 18 tháng 9 năm 2025\n\nKẾ HOẠCH\nTổ chức Tuần lễ cao điểm vì người nghèo năm 2025\n\n\
        III. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban MTTQ các xã, thị trấn\n\
        - Rà soát danh sách hộ nghèo cần hỗ trợ sửa chữa nhà ở, hoàn thành trước ngày 10/10/2025.\n\
        2. Đề nghị các tổ chức chính trị - xã hội huyện\n\
        - Chỉ đạo hội cơ sở vận động hội viên đóng góp Quỹ \"Vì người nghèo\".\n\
        - Phân công cán bộ theo dõi, giúp đỡ hộ nghèo thoát nghèo.\n\
        3. Đề nghị các tổ chức tín dụng trên địa bàn\n\
        Ưu tiên giải ngân vốn vay cho hộ cận nghèo trong quý IV/2025.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nLô Văn Sơn\n";
    let n = extract(text);
    let unions = ["tổ chức chính trị - xã hội huyện"];
    assert_eq!(
        bodies(directive(&n, "Chỉ đạo hội cơ sở"), Role::Lead),
        unions
    );
    assert_eq!(
        bodies(directive(&n, "Phân công cán bộ"), Role::Lead),
        unions
    );
    let d = directive(&n, "Ưu tiên giải ngân");
    assert_eq!(bodies(d, Role::Lead), ["tổ chức tín dụng trên địa bàn"]);
    assert_eq!(deadlines(d), [("trong quý IV/2025", Some("2025-12-31"))]);
}

/// A letter of plain paragraphs: a kind of body with its trades before a
/// colon ("Các cơ sở chế biến, kinh doanh thịt trâu, bò:") over "+" items
/// hands itself down to them, some of that kind narrowed later ("cơ sở chưa
/// đủ điều kiện phải …") are no new directive; a duty told of a thing after
/// its start date ("Kể từ ngày 01/12/2025, trâu, bò phải được tiêm phòng
/// …; giao Công an xã …") under a label of doers is their task, and its
/// start date no deadline.
#[test]
fn a_kind_of_body_with_its_trades_labels_the_items_under_it() {
    let n = extract(TEXT_A);
    let d = directive(&n, "Kể từ ngày 01/12/2025");
    assert_eq!(bodies(d, Role::Lead), ["Ủy ban nhân dân các xã, phường"]);
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "giao Công an xã");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã, phường"]);
    let d = directive(&n, "Chỉ tiếp nhận trâu, bò");
    assert_eq!(
        bodies(d, Role::Lead),
        ["cơ sở chế biến, kinh doanh thịt trâu, bò"]
    );
    let d = directive(&n, "Thực hiện vệ sinh, tiêu độc");
    assert!(d.text.contains("phải dừng hoạt động"));
    assert_eq!(
        deadlines(d),
        [
            ("hằng ngày", None),
            ("trước ngày 31/12/2025", Some("2025-12-31"))
        ]
    );
    no_directive_with(&n, &["Các cơ sở chế biến, kinh doanh thịt"]);
}

const TEXT_A: &str = "UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 845/SNNMT-CNTY\nV/v phòng, chống bệnh lở mồm long móng\n\nLong Xuyên, ngày 12 tháng 11 năm 2025\n\nKính gửi:\n- Ủy ban nhân dân các xã, phường;\n- Chi cục Chăn nuôi và Thú y.\n\nSở Nông nghiệp và Môi trường đề nghị các đơn vị triển khai một số nội dung sau:\n\nỦy ban nhân dân các xã, phường:\n- Kể từ ngày 01/12/2025, trâu, bò phải được tiêm phòng trước khi vận chuyển ra khỏi xã; giao Công an xã, phường phối hợp với các ấp kiểm tra các phương tiện vận chuyển.\n- Quản lý chặt các điểm giết mổ nhỏ lẻ trên địa bàn.\n\nCác cơ sở chế biến, kinh doanh thịt trâu, bò:\n+ Chỉ tiếp nhận trâu, bò có giấy chứng nhận kiểm dịch.\n+ Thực hiện vệ sinh, tiêu độc khu chế biến hằng ngày; cơ sở chưa đủ điều kiện phải dừng hoạt động trước ngày 31/12/2025.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Lâm\n";

/// An ordinal item whose first sentence opens with a task verb of referral
/// ("Thứ hai, giới thiệu hội viên có nhu cầu vay vốn …. Giao Văn phòng Hội
/// …"): two directives, the first the handed-down doers'.
#[test]
fn a_referral_before_an_assignment_in_one_item_is_a_task_of_its_own() {
    let n = extract(TEXT_B);
    let d = directive(&n, "giới thiệu hội viên");
    assert_eq!(bodies(d, Role::Lead), ["Hội Nông dân các xã, phường"]);
    let d = directive(&n, "Giao Văn phòng Hội");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng Hội"]);
    assert_eq!(deadlines(d), [("trong quý I/2026", Some("2026-03-31"))]);
}

const TEXT_B: &str = "UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 845/SNNMT-CNTY\nV/v phòng, chống bệnh lở mồm long móng\n\nLong Xuyên, ngày 12 tháng 11 năm 2025\n\nKính gửi:\n- Ủy ban nhân dân các xã, phường;\n- Chi cục Chăn nuôi và Thú y.\n\nBan Thường vụ Hội Nông dân tỉnh đề nghị Hội Nông dân các xã, phường tập trung thực hiện một số nhiệm vụ sau:\n\nThứ nhất, tuyên truyền hội viên tiêm phòng đầy đủ cho đàn gia súc.\n\nThứ hai, giới thiệu hội viên có nhu cầu vay vốn từ Quỹ Hỗ trợ nông dân để cải tạo chuồng trại. Giao Văn phòng Hội phối hợp với Ban Kinh tế - Xã hội thẩm định hồ sơ vay vốn trong quý I/2026.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Lâm\n";

/// Two departments named with lower-case words and verbs, each the subject
/// of one clause of an item: two directives, each with its doer.
#[test]
fn two_departments_named_with_lower_case_words_split_one_item() {
    let n = extract(TEXT_C);
    let d = directive(&n, "Cục Giám định nhà nước");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Cục Giám định nhà nước về chất lượng công trình xây dựng"]
    );
    let d = directive(&n, "Cục Kinh tế - Quản lý");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Cục Kinh tế - Quản lý đầu tư xây dựng"]
    );
}

const TEXT_C: &str = "UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 845/SNNMT-CNTY\nV/v phòng, chống bệnh lở mồm long móng\n\nLong Xuyên, ngày 12 tháng 11 năm 2025\n\nKính gửi:\n- Ủy ban nhân dân các xã, phường;\n- Chi cục Chăn nuôi và Thú y.\n\nBộ Xây dựng đề nghị các đơn vị thực hiện các nội dung sau:\n\n1. Sở Xây dựng các tỉnh kiểm tra an toàn công trình trước mùa mưa bão.\n\n2. Cục Giám định nhà nước về chất lượng công trình xây dựng kiểm tra, đôn đốc các địa phương; Cục Kinh tế - Quản lý đầu tư xây dựng phối hợp rà soát đơn giá sửa chữa công trình.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Lâm\n";

/// A table appendix flattened to labelled lines ("1. Nội dung: …" ⏎ "Đơn
/// vị chủ trì: …" ⏎ "Đơn vị phối hợp: …" ⏎ "Thời gian hoàn thành: Tuần 2
/// tháng 11/2025"): one task per item, the fields its doer, partner and
/// time; a bare week of a month is that week (days 8 to 14).
#[test]
fn an_appendix_of_labelled_lines_holds_one_task_per_item() {
    let n = extract(TEXT_D);
    let d = directive(&n, "Ban hành thể lệ hội thi");
    assert_eq!(d.text, "Ban hành thể lệ hội thi");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nghiệp vụ Y"]);
    assert_eq!(bodies(d, Role::Cooperate), ["Bệnh viện Đa khoa tỉnh"]);
    assert_eq!(deadlines(d), [("Tuần 2 tháng 11/2025", Some("2025-11-14"))]);
    let d = directive(&n, "Chuẩn bị hội trường");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng Sở"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Trung tâm Y tế thành phố Hoa Lư"]
    );
    assert_eq!(
        deadlines(d),
        [("Trước ngày 05/12/2025", Some("2025-12-05"))]
    );
}

const TEXT_D: &str = "UBND TỈNH NINH BÌNH\nSỞ Y TẾ\n\nSố: 1530/KH-SYT\n\nKẾ HOẠCH\nTổ chức Hội thi điều dưỡng giỏi năm 2025\n\nNinh Bình, ngày 02 tháng 10 năm 2025\n\nI. MỤC ĐÍCH\nNâng cao chất lượng chăm sóc người bệnh.\n\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện theo lịch trình tại Phụ lục kèm theo.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Hòa\n\nPHỤ LỤC\nLỊCH TRÌNH CÁC CÔNG VIỆC CHUẨN BỊ HỘI THI\n(Kèm theo Kế hoạch số 1530/KH-SYT ngày 02/10/2025 của Sở Y tế)\n\n1. Nội dung: Ban hành thể lệ hội thi\nĐơn vị chủ trì: Phòng Nghiệp vụ Y\nĐơn vị phối hợp: Bệnh viện Đa khoa tỉnh\nThời gian hoàn thành: Tuần 2 tháng 11/2025\n\n2. Nội dung: Chuẩn bị hội trường, âm thanh\nĐơn vị chủ trì: Văn phòng Sở\nĐơn vị phối hợp: Trung tâm Y tế thành phố Hoa Lư\nThời gian hoàn thành: Trước ngày 05/12/2025\n";

/// Bare kinds of firms of one rank joined by commas are one collective
/// ("các Tập đoàn kinh tế, Tổng công ty nhà nước"), as are ministries,
/// central bodies and localities after a modifier ("các Bộ, cơ quan trung
/// ương, địa phương"); groups named each by their own name stay apart.
/// A field that takes an object keeps it before the predicate ("Cục Kinh
/// tế - Quản lý đầu tư xây dựng"), and the body one level up is one
/// collective ("cơ quan quản lý cấp trên trực tiếp").
#[test]
fn firms_of_one_rank_and_ministries_with_localities_are_one_collective() {
    let text = "BỘ XÂY DỰNG\nSố: 318/BXD-KTXD\nHà Nội, ngày 12 tháng 8 năm 2025\n\
        V/v tăng cường quản lý chi phí đầu tư xây dựng\nKính gửi:\n- Các Bộ, cơ quan trung ương;\n\
        - Ủy ban nhân dân các tỉnh, thành phố.\n\
        Bộ Xây dựng đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n\
        1. Các Tập đoàn kinh tế, Tổng công ty nhà nước khẩn trương rà soát chi phí các gói thầu đang triển khai, báo cáo trước ngày 30/9/2025.\n\
        2. Các Bộ, cơ quan trung ương, địa phương gửi danh mục dự án chậm tiến độ về Bộ Xây dựng trong tháng 10/2025.\n\
        3. Tập đoàn Dầu khí Việt Nam, Tổng công ty Đường sắt Việt Nam cập nhật định mức chuyên ngành trong quý IV/2025.\n\
        4. Viện Kinh tế Xây dựng phối hợp với Cục Kinh tế - Quản lý đầu tư xây dựng rà soát đơn giá nhân công.\n\
        5. Đối với dự án không còn chủ đầu tư: giao cơ quan quản lý cấp trên trực tiếp chủ trì thu hồi tạm ứng.\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Sinh\n";
    let n = extract(text);
    let d = directive(&n, "Các Tập đoàn kinh tế");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Tập đoàn kinh tế, Tổng công ty nhà nước"]
    );
    let d = directive(&n, "Các Bộ, cơ quan trung ương");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Bộ, cơ quan trung ương, địa phương"]
    );
    let d = directive(&n, "Tập đoàn Dầu khí");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Tập đoàn Dầu khí Việt Nam",
            "Tổng công ty Đường sắt Việt Nam"
        ]
    );
    let d = directive(&n, "Viện Kinh tế");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Cục Kinh tế - Quản lý đầu tư xây dựng"]
    );
    let d = directive(&n, "Đối với dự án");
    assert_eq!(
        bodies(d, Role::Lead),
        ["cơ quan quản lý cấp trên trực tiếp"]
    );
}

/// Names cut short or stretched: a field with its object ("Phòng Quản lý
/// bảo tồn thiên nhiên"), rivers named after "ven sông" (no communes of
/// theirs), the parents' association of every school, the forest board of
/// both kinds named with a comma, a bare head joined by "và" inside a name
/// ("Cục Lâm nghiệp và Kiểm lâm thuộc Bộ").
#[test]
fn names_read_to_their_end_rivers_and_boards_with_commas() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG SƠN\nSố: 77/TB-UBND\nHương Sơn, ngày 03 tháng 10 năm 2025\n\
        THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp phòng chống lụt bão\n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        1. Phòng Quản lý bảo tồn thiên nhiên theo dõi diễn biến mực nước các hồ chứa hằng ngày.\n\
        2. UBND các xã ven sông Ngàn Trươi, Ngàn Phố chủ động di dời vật liệu ra khỏi hành lang thoát lũ.\n\
        3. Các trường học phối hợp với Hội Cha mẹ học sinh các trường tổ chức trồng cây xanh trong tháng 11/2025.\n\
        4. Ban quản lý rừng phòng hộ, đặc dụng và Công ty TNHH MTV Lâm nghiệp Hương Sơn tăng cường tuần tra, canh gác.\n\
        5. Phòng Nông nghiệp phối hợp với Cục Lâm nghiệp và Kiểm lâm thuộc Bộ cập nhật bản đồ cháy rừng.\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Quản lý bảo tồn");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Quản lý bảo tồn thiên nhiên"]);
    let d = directive(&n, "UBND các xã ven sông");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND các xã ven sông Ngàn Trươi, Ngàn Phố"]
    );
    let d = directive(&n, "Các trường học");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Hội Cha mẹ học sinh các trường"]
    );
    let d = directive(&n, "Ban quản lý rừng");
    assert_eq!(
        bodies(d, Role::Lead),
        [
            "Ban quản lý rừng phòng hộ, đặc dụng",
            "Công ty TNHH MTV Lâm nghiệp Hương Sơn"
        ]
    );
    let d = directive(&n, "Phòng Nông nghiệp");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Cục Lâm nghiệp và Kiểm lâm thuộc Bộ"]
    );
}

/// A paragraph telling what went wrong in an earlier year ("Năm 2013, một
/// số xã nộp báo cáo chậm, …, phải điều chỉnh nhiều lần.") is no duty of
/// the doers handed down, though it says "phải"; the work after it is.
#[test]
fn a_past_year_told_with_phai_is_no_duty() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN PHÙ MỸ\nSố: 88/TB-UBND\nPhù Mỹ, ngày 12 tháng 2 năm 2015\n\nTHÔNG BÁO\nVề việc quyết toán ngân sách xã năm 2014\n\n\
        Ủy ban nhân dân huyện thông báo như sau:\n\n\
        1. UBND các xã, thị trấn hoàn thành báo cáo quyết toán ngân sách năm 2014, gửi Phòng Tài chính - Kế hoạch trước ngày 28/02/2015.\n\n\
        2. Đối với các xã còn nợ đọng xây dựng cơ bản: lập danh mục công trình còn nợ, gửi về phòng trong tháng 3/2015.\n\n\
        Năm 2013, một số xã nộp báo cáo chậm, số liệu không khớp với Kho bạc, phải điều chỉnh nhiều lần. Để tránh tình trạng trên, Kho bạc Nhà nước huyện phối hợp rà soát số liệu cho các xã trong vòng 03 ngày làm việc.\n\n\
        3. Chi cục Thuế huyện đôn đốc thu nợ thuế trên địa bàn.\n\n\
        Nơi nhận:\n- Như trên;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n";
    let n = extract(text);
    no_directive_with(&n, &["nộp báo cáo chậm"]);
    let d = directive(&n, "Để tránh tình trạng trên");
    assert_eq!(bodies(d, Role::Lead), ["Kho bạc Nhà nước huyện"]);
}

/// Kinds of establishments listed each with its trade before one verb
/// ("Các cơ sở sản xuất, cơ sở kinh doanh thực hiện …", "Các cơ sở chăn
/// nuôi gia cầm, cơ sở ấp trứng, lò mổ gia cầm …"): one body each. Before,
/// no subject was read and a plain paragraph of a letter was lost whole.
#[test]
fn kinds_each_with_a_trade_listed_before_the_verb_are_the_doers() {
    let text = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH AN GIANG\nSố: 120/SNNMT-CNTY\nAn Giang, ngày 05 tháng 11 năm 2025\n\nV/v phòng chống dịch cúm gia cầm\n\n\
        Kính gửi: Ủy ban nhân dân các xã, phường.\n\n\
        Để chủ động phòng, chống dịch cúm gia cầm, Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:\n\n\
        Ủy ban nhân dân các xã, phường:\n\
        - Tổ chức tiêm phòng vắc xin cúm gia cầm đợt 2 trong tháng 11/2025.\n\n\
        Các cơ sở chăn nuôi vịt, cơ sở ấp trứng, lò mổ gia cầm thực hiện vệ sinh, tiêu độc khử trùng định kỳ 2 lần/tuần.\n\n\
        Các cơ sở sản xuất, cơ sở kinh doanh thức ăn chăn nuôi phải niêm yết giá bán tại nơi giao dịch.\n\n\
        Sở Nông nghiệp và Môi trường đề nghị các đơn vị báo cáo kết quả trước ngày 15/12/2025./.\n\n\
        Nơi nhận:\n- Như trên;\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Cường\n";
    let n = extract(text);
    let d = directive(&n, "Các cơ sở chăn nuôi vịt");
    assert_eq!(
        bodies(d, Role::Lead),
        ["cơ sở chăn nuôi vịt", "cơ sở ấp trứng", "lò mổ gia cầm"]
    );
    assert_eq!(deadlines(d), [("định kỳ 2 lần/tuần", None)]);
    let d = directive(&n, "Các cơ sở sản xuất");
    assert_eq!(
        bodies(d, Role::Lead),
        ["cơ sở sản xuất", "cơ sở kinh doanh thức ăn chăn nuôi"]
    );
}

/// A label that names only private persons ("1. Đối với chủ tàu, thuyền
/// trưởng:", people, not bodies) over lettered items: the items are tasks
/// with no body. Before, the label started no run and all of them were lost.
#[test]
fn items_under_a_label_of_private_persons_are_tasks_with_no_body() {
    let text = "UBND TỈNH KIÊN GIANG\nBAN QUẢN LÝ CẢNG CÁ\nSố: 14/TB-BQL\nKiên Giang, ngày 20 tháng 01 năm 2025\n\nTHÔNG BÁO\nVề việc quản lý tàu cá ra vào cảng cá Tắc Cậu dịp Tết\n\n\
        Ban Quản lý cảng cá thông báo đến các chủ tàu cá, thuyền trưởng và các đơn vị liên quan như sau:\n\n\
        1. Đối với chủ tàu cá, thuyền trưởng:\n\
        a) Nộp nhật ký khai thác cho Văn phòng kiểm soát nghề cá khi cập cảng.\n\
        b) Đưa tàu vào vị trí neo đậu theo sơ đồ của cảng chậm nhất ngày 25/01/2025.\n\n\
        2. Trạm Kiểm soát nghề cá:\n\
        - Kiểm tra 100% tàu cá ra vào cảng trong dịp Tết.\n\n\
        Nơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\nLê Văn Hùng\n";
    let n = extract(text);
    let d = directive(&n, "Nộp nhật ký khai thác");
    assert!(d.responsible.is_empty());
    let d = directive(&n, "Đưa tàu vào vị trí neo đậu");
    assert!(bodies(d, Role::Lead).is_empty());
    assert_eq!(
        deadlines(d),
        [("chậm nhất ngày 25/01/2025", Some("2025-01-25"))]
    );
    no_directive_with(&n, &["Đối với chủ tàu"]);
}

/// The last numbered sub-item of a list, followed by the committee's own
/// closing formula ("UBND huyện yêu cầu các cơ quan, đơn vị, địa phương
/// nghiêm túc triển khai thực hiện./."): the formula is a closing, not the
/// item's paragraph, and the item a task of its body. Before, the item was
/// read as a heading over the formula and lost.
#[test]
fn the_last_sub_item_before_the_committees_closing_is_a_task() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN TRIỆU PHONG\nSố: 210/TB-UBND\nTriệu Phong, ngày 02 tháng 12 năm 2024\n\nTHÔNG BÁO\nLịch thời vụ sản xuất vụ Đông Xuân 2024 - 2025\n\n\
        1. Thời vụ\n\
        Gieo sạ tập trung từ ngày 28/12/2024 đến ngày 08/01/2025.\n\n\
        2. Tổ chức thực hiện\n\
        2.1. Phòng Nông nghiệp và PTNT huyện kiểm tra chất lượng giống tại các cơ sở kinh doanh trước ngày 20/12/2024.\n\
        2.2. Đài Truyền thanh huyện phát lịch thời vụ trên sóng phát thanh hằng ngày.\n\
        UBND huyện yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.\n\n\
        Nơi nhận:\n- Như trên;\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHồ Văn Nam\n";
    let n = extract(text);
    let d = directive(&n, "Đài Truyền thanh huyện phát lịch");
    assert_eq!(bodies(d, Role::Lead), ["Đài Truyền thanh huyện"]);
    assert_eq!(deadlines(d), [("hằng ngày", None)]);
    no_directive_with(&n, &["nghiêm túc triển khai thực hiện./."]);
}

/// Plan parts whose heading names the work and its schedule ("I. CÔNG VIỆC
/// VÀ TIẾN ĐỘ") or the steps ("II. CÁC BƯỚC CHUẨN BỊ" over "Bước 1 (tháng
/// 4/2023): …"): their items are tasks, a step's time in brackets its
/// deadline. Before, both parts were read as topics and their items lost.
#[test]
fn items_of_a_plans_work_and_steps_parts_are_tasks() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN TIÊN YÊN\nSố: 95/KH-UBND\nTiên Yên, ngày 10 tháng 3 năm 2023\n\nKẾ HOẠCH\nTổ chức Hội thao quốc phòng huyện năm 2023\n\n\
        I. CÔNG VIỆC VÀ TIẾN ĐỘ\n\
        1. Công tác chuẩn bị\n\
        a) Phòng Văn hóa và Thông tin huyện hoàn thành điều lệ hội thao trước ngày 31/3/2023.\n\
        b) Tổ chức tập huấn trọng tài trong tuần đầu tháng 4/2023.\n\n\
        II. CÁC BƯỚC CHUẨN BỊ\n\
        Bước 1 (tháng 4/2023): Thành lập các đội tuyển.\n\
        Bước 2 (tháng 5/2023): Tập luyện, tổng duyệt.\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\
        1. Ban Chỉ huy Quân sự huyện chủ trì tổ chức hội thao.\n\n\
        Nơi nhận:\n- Như trên;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hải\n";
    let n = extract(text);
    let d = directive(&n, "Phòng Văn hóa và Thông tin huyện hoàn thành");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa và Thông tin huyện"]);
    assert_eq!(deadlines(d), [("trước ngày 31/3/2023", Some("2023-03-31"))]);
    let d = directive(&n, "Tổ chức tập huấn trọng tài");
    assert!(d.responsible.is_empty());
    let d = directive(&n, "(tháng 4/2023): Thành lập các đội tuyển");
    assert!(d.responsible.is_empty());
    assert_eq!(deadlines(d), [("tháng 4/2023", Some("2023-04-30"))]);
    let d = directive(&n, "(tháng 5/2023): Tập luyện");
    assert_eq!(deadlines(d), [("tháng 5/2023", Some("2023-05-31"))]);
}

/// A label that only names a body and its role: "Giao Phòng … (cơ quan
/// thường trực Ban Chỉ đạo):" over bullets hands its body down and is no
/// task; so is "Là đơn vị chủ trì, có trách nhiệm:" under a body's
/// heading; "Là cơ quan thường trực, chủ trì …" under one is its task.
#[test]
fn a_label_of_a_body_and_its_role_hands_the_body_down() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ\nSố: 77/TB-UBND\nĐức Thọ, ngày 05 tháng 4 năm 2024\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện về công tác phòng cháy rừng\n\n\
        I. ĐÁNH GIÁ CHUNG\n\
        Công tác phòng cháy rừng quý I được triển khai đồng bộ.\n\n\
        II. NHIỆM VỤ TRỌNG TÂM\n\
        Giao Hạt Kiểm lâm huyện (cơ quan thường trực Ban Chỉ đạo):\n\
        - Rà soát phương án chữa cháy rừng tại các xã trọng điểm trước ngày 20/4/2024.\n\
        - Tổ chức diễn tập chữa cháy rừng tại xã Đức Lạng.\n\n\
        III. PHÂN CÔNG\n\
        1. Phòng Nông nghiệp và PTNT huyện\n\
        Là cơ quan thường trực, chủ trì kiểm tra các tổ đội bảo vệ rừng, hoàn thành trước ngày 30/4/2024.\n\
        2. Trung tâm Văn hóa - Truyền thông huyện\n\
        Là đơn vị chủ trì, có trách nhiệm:\n\
        - Đưa tin cảnh báo cháy rừng trên sóng phát thanh hằng ngày.\n\n\
        Nơi nhận:\n- Như trên;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhan Văn Tình\n";
    let n = extract(text);
    no_directive_with(&n, &["cơ quan thường trực Ban Chỉ đạo"]);
    let d = directive(&n, "Rà soát phương án chữa cháy rừng");
    assert_eq!(bodies(d, Role::Lead), ["Hạt Kiểm lâm huyện"]);
    let d = directive(&n, "Tổ chức diễn tập chữa cháy rừng");
    assert_eq!(bodies(d, Role::Lead), ["Hạt Kiểm lâm huyện"]);
    let d = directive(&n, "Là cơ quan thường trực, chủ trì kiểm tra");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và PTNT huyện"]);
    assert_eq!(deadlines(d), [("trước ngày 30/4/2024", Some("2024-04-30"))]);
    no_directive_with(&n, &["Là đơn vị chủ trì"]);
    let d = directive(&n, "Đưa tin cảnh báo cháy rừng");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Trung tâm Văn hóa - Truyền thông huyện"]
    );
}

/// A conclusion's numbered items that judge the result or the pace ("1.
/// Tiến độ … còn chậm …; một số địa phương chưa tích cực …") or give a
/// target by its date and share ("2. Mục tiêu đến ngày 31/12/2024 thu ngân
/// sách đạt trên 105% …") are no tasks; a target that names its doer is one.
#[test]
fn judged_results_and_bare_targets_of_a_conclusion_are_no_tasks() {
    let text = "ỦY BAN NHÂN DÂN\n\
        TỈNH QUẢNG BÌNH\n\
        Số: 205/TB-UBND\n\
        Quảng Bình, ngày 14 tháng 9 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về thu ngân sách 8 tháng năm 2024\n\
        \n\
        Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận:\n\
        \n\
        1. Tiến độ thu tiền sử dụng đất còn chậm so với dự toán; một số địa phương chưa tích cực đấu giá quyền sử dụng đất.\n\
        \n\
        2. Mục tiêu đến ngày 31/12/2024 thu ngân sách đạt trên 105% dự toán được giao.\n\
        \n\
        3. UBND các huyện, thị xã, thành phố tổ chức đấu giá các khu đất đã đủ điều kiện, hoàn thành trong quý IV/2024.\n\
        \n\
        4. Mục tiêu năm 2025: Sở Tài chính chủ trì tham mưu phương án tăng thu, trình UBND tỉnh trước ngày 15/11/2024.\n\
        \n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        TL. CHỦ TỊCH\n\
        CHÁNH VĂN PHÒNG\n\
        \n\
        Nguyễn Văn Hòa\n";
    let n = extract(text);
    no_directive_with(&n, &["còn chậm so với dự toán", "đạt trên 105%"]);
    let d = directive(&n, "UBND các huyện");
    assert_eq!(deadlines(d), [("trong quý IV/2024", Some("2024-12-31"))]);
    let d = directive(&n, "Mục tiêu năm 2025");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/11/2024", Some("2024-11-15"))]
    );
    assert_eq!(n.directives.len(), 2);
}

/// After a letter's items: a past season's results ("Kết quả cấp nước vụ
/// Mùa năm 2024: diện tích được tưới tiêu 28.450 ha …"), the issuer's own
/// announcement of what comes next ("Lịch cấp nước đợt 2 sẽ được Công ty
/// thông báo sau …") and a contact line ("Mọi ý kiến phản ánh xin liên hệ
/// …"): none is a task, nor inherits the last item's body.
#[test]
fn results_own_announcements_and_contacts_after_the_items_are_no_tasks() {
    let text = "CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI BẮC NINH\n\
        Số: 45/TB-CT\n\
        Bắc Ninh, ngày 20 tháng 12 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Lịch cấp nước phục vụ gieo cấy vụ Xuân năm 2025\n\
        \n\
        I. LỊCH CẤP NƯỚC\n\
        - Đợt 1: từ ngày 05/01/2025 đến ngày 18/01/2025.\n\
        \n\
        II. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ\n\
        1. Các Xí nghiệp thủy lợi\n\
        a) Vận hành trạm bơm đúng lịch; bố trí người trực tại các cống đầu mối trong suốt thời gian cấp nước.\n\
        b) Báo cáo lượng nước cấp về Phòng Kỹ thuật vào 15 giờ hằng ngày.\n\
        \n\
        2. Đề nghị UBND các huyện, thị xã\n\
        Chỉ đạo UBND các xã vận động nhân dân đổ ải, làm đất kịp thời; xử lý các trường hợp đắp đập ngăn kênh trái phép.\n\
        \n\
        Kết quả cấp nước vụ Mùa năm 2024: diện tích được tưới tiêu 28.450 ha, đạt 99,2% kế hoạch.\n\
        \n\
        Lịch cấp nước đợt 2 sẽ được Công ty thông báo sau khi kết thúc đợt 1, dự kiến vào đầu tháng 02/2025.\n\
        \n\
        Mọi ý kiến phản ánh xin liên hệ Phòng Kỹ thuật, điện thoại 0222.38xx.xxx.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        GIÁM ĐỐC\n\
        \n\
        Trần Văn Minh\n";
    let n = extract(text);
    no_directive_with(
        &n,
        &["28.450 ha", "sẽ được Công ty thông báo", "xin liên hệ"],
    );
    let d = directive(&n, "Chỉ đạo UBND các xã");
    assert_eq!(bodies(d, Role::Lead), ["UBND các huyện, thị xã"]);
    let d = directive(&n, "Báo cáo lượng nước");
    assert_eq!(deadlines(d), [("vào 15 giờ hằng ngày", None)]);
    assert_eq!(n.directives.len(), 3);
}

/// A generic closing after a remark on why the work matters, ended by a
/// semicolon ("Đây là nhiệm vụ cấp bách; yêu cầu … triển khai ngay./."), or
/// after a sentence on what was done before ("Thời gian qua, các xã đã hoàn
/// thành …. Đây là nhiệm vụ quan trọng; đề nghị … nghiêm túc triển khai thực
/// hiện./."): no task.
#[test]
fn a_closing_after_a_reason_or_a_past_result_is_no_task() {
    let text = "ỦY BAN NHÂN DÂN\n\
        HUYỆN CAM LỘ\n\
        Số: 312/UBND-VP\n\
        Cam Lộ, ngày 06 tháng 11 năm 2024\n\
        \n\
        V/v chuẩn bị tuyển quân năm 2025\n\
        \n\
        Kính gửi: Các cơ quan, đơn vị; UBND các xã, thị trấn.\n\
        \n\
        UBND huyện yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n\
        \n\
        1. Ban Chỉ huy Quân sự huyện tổng hợp danh sách công dân đủ điều kiện, báo cáo UBND huyện trước ngày 20/11/2024.\n\
        \n\
        2. Trung tâm Y tế huyện chuẩn bị nhân lực, trang thiết bị khám sức khỏe trong tháng 12/2024.\n\
        \n\
        Thời gian qua, các xã đã hoàn thành chỉ tiêu giao quân. Đây là nhiệm vụ quan trọng; đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Lê Văn An\n";
    let n = extract(text);
    no_directive_with(&n, &["Đây là nhiệm vụ", "đã hoàn thành chỉ tiêu"]);
    let d = directive(&n, "Trung tâm Y tế huyện");
    assert_eq!(deadlines(d), [("trong tháng 12/2024", Some("2024-12-31"))]);
    assert_eq!(n.directives.len(), 2);
    let text = "ỦY BAN BẦU CỬ\n\
        TỈNH ĐIỆN BIÊN\n\
        Số: 18/UBBC\n\
        Điện Biên, ngày 25 tháng 02 năm 2026\n\
        \n\
        V/v niêm yết danh sách cử tri\n\
        \n\
        Kính gửi: UBND các xã, phường.\n\
        \n\
        Ủy ban bầu cử tỉnh đề nghị:\n\
        \n\
        1. UBND các xã, phường niêm yết danh sách cử tri tại trụ sở và nơi công cộng chậm nhất ngày 03/3/2026.\n\
        \n\
        2. Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban bầu cử tỉnh trước ngày 06/3/2026.\n\
        \n\
        Đây là nhiệm vụ cấp bách; yêu cầu các cơ quan, đơn vị, địa phương triển khai ngay./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        TM. ỦY BAN BẦU CỬ\n\
        CHỦ TỊCH\n\
        \n\
        Vừ A Bằng\n";
    let n = extract(text);
    no_directive_with(&n, &["Đây là nhiệm vụ cấp bách"]);
    let d = directive(&n, "Sở Nội vụ");
    assert_eq!(deadlines(d), [("trước ngày 06/3/2026", Some("2026-03-06"))]);
    assert_eq!(n.directives.len(), 2);
}

/// An item that opens with a result ("2. Năm 2025, trên địa bàn xã xảy ra 03
/// vụ tai nạn …") and then hands a named body its work in the next sentence
/// ("Công an xã tổ chức tuần tra …, hoàn thành trong tháng 6/2026"): the
/// task is that sentence. Before, the item was dropped whole as a report.
#[test]
fn an_item_opening_with_a_result_keeps_the_task_after_it() {
    let text = "ỦY BAN NHÂN DÂN\n\
        XÃ HÒA AN\n\
        Số: 77/UBND-VX\n\
        Hòa An, ngày 10 tháng 4 năm 2026\n\
        \n\
        V/v bảo đảm an toàn cho trẻ em dịp hè năm 2026\n\
        \n\
        Kính gửi: Các ban, ngành, đoàn thể xã; các thôn.\n\
        \n\
        UBND xã yêu cầu các đơn vị thực hiện các nội dung sau:\n\
        \n\
        1. Trường Tiểu học Hòa An tuyên truyền cho học sinh kỹ năng phòng, chống đuối nước trước khi kết thúc năm học.\n\
        \n\
        2. Năm 2025, trên địa bàn xã xảy ra 03 vụ tai nạn giao thông liên quan đến học sinh. Công an xã tổ chức tuần tra, kiểm soát tại các tuyến đường liên thôn, hoàn thành trong tháng 6/2026.\n\
        \n\
        3. Trạm Y tế xã tổ chức sơ cứu, cấp cứu kịp thời các trường hợp tai nạn.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Phạm Văn Hùng\n";
    let n = extract(text);
    no_directive_with(&n, &["xảy ra 03 vụ"]);
    let d = directive(&n, "Công an xã tổ chức tuần tra");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã"]);
    assert_eq!(deadlines(d), [("trong tháng 6/2026", Some("2026-06-30"))]);
    assert_eq!(n.directives.len(), 3);
}

/// Kinds named longer than their bare head: the level above a kind ("Các
/// công đoàn cấp trên trực tiếp cơ sở"), a kind with its trade and what it
/// deals in before the verb ("Đơn vị quản lý vận hành chợ kiểm tra …",
/// "phối hợp với các doanh nghiệp kinh doanh phân bón tổ chức …"), and the
/// cooperative teams and fishermen's unions named together, one collective.
/// Before, each was cut at its head ("công đoàn cấp", "Đơn vị", "doanh
/// nghiệp") or lost. A bare "Ban quản trị" is that board, not the "BAN" of
/// the issuer's "ỦY BAN NHÂN DÂN" lines; partners mobilized before "cùng"
/// are all partners.
#[test]
fn kinds_named_by_level_or_trade_and_partners_mobilized() {
    let text = "ỦY BAN NHÂN DÂN\n\
        TỈNH BẮC GIANG\n\
        ỦY BAN NHÂN DÂN XÃ TÂN AN\n\
        \n\
        Số: 210/UBND-VP\n\
        V/v phòng chống cháy nổ tại khu dân cư\n\
        \n\
        Tân An, ngày 10 tháng 3 năm 2025\n\
        \n\
        Kính gửi:\n\
        - Ban quản trị các khu tập thể;\n\
        - Đơn vị quản lý vận hành chợ;\n\
        - Các trưởng thôn.\n\
        \n\
        Ủy ban nhân dân xã đề nghị các đơn vị thực hiện một số nội dung sau:\n\
        \n\
        1. Các công đoàn cấp trên trực tiếp cơ sở rà soát danh sách đoàn viên khó khăn, gửi về Liên đoàn Lao động huyện trước ngày 20/3/2025.\n\
        \n\
        2. Các tổ hợp tác, nghiệp đoàn nghề cá tuyên truyền ngư dân không khai thác thủy sản bằng chất nổ.\n\
        \n\
        3. Phòng Kinh tế xã phối hợp với các doanh nghiệp kinh doanh phân bón tổ chức tập huấn cho nông dân trong tháng 4/2025.\n\
        \n\
        4. Đơn vị quản lý vận hành chợ kiểm tra hệ thống điện định kỳ hằng quý.\n\
        \n\
        5. Trưởng các thôn phối hợp với Ban quản trị vận động người dân tham gia diễn tập phòng cháy.\n\
        \n\
        6. Phòng Văn hóa - Xã hội xã tổ chức ngày hội thể thao trong tháng 5/2025, huy động Đoàn Thanh niên, Hội Cựu chiến binh, Hội Phụ nữ cùng tham gia.\n\
        \n\
        8. Phòng Kinh tế xã phối hợp với Phòng Văn hóa - Xã hội xã kiểm tra các cơ sở kinh doanh; phối hợp với đơn vị quản lý vận hành chợ sắp xếp lại quầy hàng.\n\
        \n\
        Yêu cầu thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các thôn nghiêm túc triển khai thực hiện; báo cáo kết quả về UBND xã trước ngày 30/6/2025./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        TM. ỦY BAN NHÂN DÂN\n\
        CHỦ TỊCH\n\
        \n\
        Nguyễn Văn An\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Các công đoàn cấp trên");
    assert_eq!(
        bodies(d, Role::Lead),
        ["công đoàn cấp trên trực tiếp cơ sở"]
    );
    let d = directive(&n, "Các tổ hợp tác");
    assert_eq!(bodies(d, Role::Lead), ["tổ hợp tác, nghiệp đoàn nghề cá"]);
    let d = directive(&n, "Phòng Kinh tế xã phối hợp với các doanh nghiệp");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế xã"]);
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["doanh nghiệp kinh doanh phân bón"]
    );
    let d = directive(&n, "Đơn vị quản lý vận hành chợ");
    assert_eq!(bodies(d, Role::Lead), ["Đơn vị quản lý vận hành chợ"]);
    assert_eq!(deadlines(d), [("định kỳ hằng quý", None)]);
    let d = directive(&n, "Phòng Kinh tế xã phối hợp với Phòng Văn hóa");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Phòng Văn hóa - Xã hội xã", "đơn vị quản lý vận hành chợ"]
    );
    let d = directive(&n, "Trưởng các thôn");
    assert_eq!(bodies(d, Role::Cooperate), ["Ban quản trị"]);
    let d = directive(&n, "Phòng Văn hóa - Xã hội xã tổ chức");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Đoàn Thanh niên", "Hội Cựu chiến binh", "Hội Phụ nữ"]
    );
    assert_eq!(deadlines(d), [("trong tháng 5/2025", Some("2025-05-31"))]);
}

/// An item's own subject: under a short topic heading that lists fields of
/// work with a comma ("2. Làm đất, thủy lợi", its first word a verb) the
/// body on the line below opens the task (before, the line was joined to
/// the heading and the body read as part of the topic's name); a body
/// before a verb of checking records ("xác thực") is the doer.
#[test]
fn an_items_own_subject_under_a_listed_topic_and_before_a_records_verb() {
    let text = "UBND HUYỆN YÊN THẾ\nUBND XÃ TAM HIỆP\n\nSố: 18/KH-UBND\nTam Hiệp, ngày 10 tháng 5 năm 2023\n\nKẾ HOẠCH\nSản xuất vụ Mùa năm 2023\n\n\
        II. NHIỆM VỤ, GIẢI PHÁP\n\n\
        1. Làm đất, tưới tiêu\n\
        Ban quản lý HTX dịch vụ nông nghiệp Tam Hiệp vận hành trạm bơm Đồng Sen theo lịch của Công ty Thủy lợi; bảo đảm đủ nước cho làm đất.\n\n\
        2. Dân cư\n\
        3. Công an xã xác thực thông tin người hưởng trợ cấp trên Cơ sở dữ liệu quốc gia về dân cư, phát hiện trường hợp đã chuyển đi nơi khác.\n\n\
        Nơi nhận:\n- Như trên;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hải\n";
    let n = extract(text);
    let d = directive(&n, "Ban quản lý HTX dịch vụ nông nghiệp Tam Hiệp vận hành");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban quản lý HTX dịch vụ nông nghiệp Tam Hiệp"]
    );
    let d = directive(&n, "Công an xã xác thực");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã"]);
}

/// An intro that asks a kind of body at every level ("đề nghị các cấp Hội
/// Nông dân triển khai một số nội dung sau:") hands it down to the items;
/// a request inside an item ("…; đề nghị doanh nghiệp hỗ trợ …") is theirs
/// to make, its object no doer and no new directive.
#[test]
fn every_level_of_a_kind_handed_down_and_a_request_inside_an_item() {
    let text = "HỘI NÔNG DÂN TỈNH THÁI BÌNH\n\nSố: 215/HND-KT\nThái Bình, ngày 15 tháng 11 năm 2024\n\nKính gửi: Hội Nông dân các huyện, thành phố.\n\n\
        Thực hiện Kế hoạch của Trung ương Hội, Ban Thường vụ Hội Nông dân tỉnh đề nghị các cấp Hội Nông dân triển khai một số nội dung sau:\n\n\
        1. Nắm chắc tình hình sản xuất, tiêu thụ nông sản của hội viên; báo cáo về Hội Nông dân tỉnh trước ngày 10/12/2024.\n\n\
        2. Chủ động làm việc với các hợp tác xã về giá thu mua lúa; đề nghị doanh nghiệp hỗ trợ vật tư cho hội viên trước vụ Xuân.\n\n\
        Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.\n\n\
        Nơi nhận:\n- Như trên;\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nVũ Văn Nam\n";
    let n = extract(text);
    let d = directive(&n, "Nắm chắc tình hình sản xuất");
    assert_eq!(bodies(d, Role::Lead), ["cấp Hội Nông dân"]);
    let d = directive(&n, "Chủ động làm việc với các hợp tác xã");
    assert_eq!(bodies(d, Role::Lead), ["cấp Hội Nông dân"]);
    assert!(d.text.contains("đề nghị doanh nghiệp hỗ trợ"), "{}", d.text);
    assert!(
        !n.directives
            .iter()
            .any(|d| d.text.starts_with("đề nghị doanh nghiệp")),
        "{:#?}",
        texts(&n)
    );
}

/// A letter's "các đơn vị" is kept as printed, the addressees of its "Kính
/// gửi:" block not put in its place: so the older golds annotate it (about
/// twenty letters of earlier sets against two).
#[test]
fn a_letters_units_stay_as_printed() {
    let text = "SỞ Y TẾ TỈNH BẮC KẠN\n\nSố: 301/SYT-NVY\nV/v phòng chống sốt xuất huyết\n\nBắc Kạn, ngày 12 tháng 7 năm 2024\n\n\
        Kính gửi:\n- Trung tâm Y tế các huyện, thành phố;\n- Bệnh viện Đa khoa tỉnh.\n\n\
        Để chủ động phòng, chống dịch sốt xuất huyết, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n\n\
        - Tăng cường giám sát ca bệnh tại cộng đồng; báo cáo về Sở Y tế trước 15 giờ thứ Năm hằng tuần.\n\n\
        - Bố trí đủ giường bệnh, thuốc và vật tư để thu dung, điều trị người bệnh.\n\n\
        Đề nghị các đơn vị nghiêm túc thực hiện./.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nHoàng Văn Minh\n";
    let n = extract(text);
    let d = directive(&n, "Tăng cường giám sát ca bệnh");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị"]);
}

/// News speech: the leader named by "Đồng chí" asks bodies counted in words
/// ("hai Ban Quản lý dự án"), and a sentence that asks another body in the
/// passive ("Kho bạc … được đề nghị phối hợp …") is a directive of its own,
/// that body responsible.
#[test]
fn news_speech_with_counted_bodies_and_a_passive_request() {
    let text = "Trang chủ > Kinh tế\n\nChủ tịch UBND tỉnh kiểm tra tiến độ các dự án giao thông\n\nCập nhật lúc 09:15, Thứ Ba, 15/07/2025\n\n\
        BTO - Sáng 14/7, đồng chí Nguyễn Minh Hòa, Chủ tịch UBND tỉnh đã kiểm tra tiến độ các dự án giao thông trọng điểm.\n\n\
        Phát biểu kết luận, Chủ tịch UBND tỉnh nhấn mạnh: giải ngân vốn đầu tư công là nhiệm vụ chính trị hàng đầu.\n\n\
        Đồng chí yêu cầu ba Ban Quản lý dự án lập kế hoạch giải ngân theo từng tháng, kiên quyết xử lý nhà thầu chậm tiến độ.\n\n\
        Sở Xây dựng theo dõi tiến độ các gói thầu, tham mưu UBND tỉnh điều chuyển vốn trong tháng 9/2025. Kho bạc Nhà nước khu vực XII được đề nghị phối hợp với các chủ đầu tư, thanh toán hồ sơ hợp lệ ngay trong ngày.\n\n\
        Thanh Hà\n";
    let n = extract(text);
    let d = directive(&n, "Đồng chí yêu cầu ba Ban Quản lý dự án");
    assert_eq!(bodies(d, Role::Lead), ["ba Ban Quản lý dự án"]);
    let d = directive(&n, "Sở Xây dựng theo dõi");
    assert_eq!(bodies(d, Role::Lead)[0], "Sở Xây dựng");
    assert_eq!(bodies(d, Role::Cooperate), Vec::<&str>::new());
    assert_eq!(deadlines(d), [("trong tháng 9/2025", Some("2025-09-30"))]);
    let d = directive(&n, "Kho bạc Nhà nước khu vực XII");
    assert_eq!(bodies(d, Role::Lead), ["Kho bạc Nhà nước khu vực XII"]);
    assert_eq!(bodies(d, Role::Cooperate), ["chủ đầu tư"]);
    assert_eq!(deadlines(d), [("ngay trong ngày", None)]);
}

/// Times bound to an event or a season with no day printed: a fishing
/// season ("trước mùa cá Nam"), the plan's crop season bare at the clause's
/// end ("trong vụ."), a named day's occasion printed by its day alone
/// ("trong dịp 27/7", undated), the day the event is held ("trong ngày tổ
/// chức"), and a breakdown or a sickness awaited ("ngay khi có sự cố",
/// "ngay khi phát hiện"; with an object, "ngay khi phát hiện vi phạm",
/// each case, a condition). A limit on how long a state may last ("không
/// để mất điện quá 04 giờ") is no deadline.
#[test]
fn event_and_season_times_without_a_day_are_deadlines() {
    let text = "ỦY BAN NHÂN DÂN XÃ BÌNH SƠN\n\
        Số: 88/TB-UBND\n\
        Bình Sơn, ngày 20 tháng 11 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 11\n\
        \n\
        Chủ tịch UBND xã kết luận, giao nhiệm vụ như sau:\n\
        \n\
        1. Đồn Biên phòng Sa Kỳ tuyên truyền cho ngư dân về quy định khai thác thủy sản trước mùa cá Nam.\n\
        \n\
        2. Công an xã xử lý các trường hợp thả trâu bò phá hoại hoa màu trong vụ.\n\
        \n\
        3. Phòng Văn hóa - Xã hội tổ chức viếng nghĩa trang liệt sĩ, thăm hỏi thân nhân liệt sĩ trong dịp 27/7.\n\
        \n\
        4. Đoàn Thanh niên xã bố trí lực lượng giữ trật tự, vệ sinh môi trường trong ngày tổ chức.\n\
        \n\
        5. Điện lực Bình Sơn khắc phục lưới điện ngay khi có sự cố, không để mất điện quá 04 giờ.\n\
        \n\
        6. Trạm Khuyến nông nhổ bỏ, tiêu hủy cây lúa nhiễm bệnh ngay khi phát hiện.\n\
        \n\
        Trên đây là kết luận của Chủ tịch UBND xã./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Nguyễn Văn Lâm\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Đồn Biên phòng Sa Kỳ");
    assert_eq!(bodies(d, Role::Lead), ["Đồn Biên phòng Sa Kỳ"]);
    assert_eq!(deadlines(d), [("trước mùa cá Nam", None)]);
    let d = directive(&n, "Công an xã xử lý");
    assert_eq!(deadlines(d), [("trong vụ", None)]);
    let d = directive(&n, "Phòng Văn hóa - Xã hội tổ chức");
    assert_eq!(deadlines(d), [("trong dịp 27/7", None)]);
    let d = directive(&n, "Đoàn Thanh niên xã bố trí");
    assert_eq!(deadlines(d), [("trong ngày tổ chức", None)]);
    let d = directive(&n, "Điện lực Bình Sơn");
    assert_eq!(bodies(d, Role::Lead), ["Điện lực Bình Sơn"]);
    assert_eq!(deadlines(d), [("ngay khi có sự cố", None)]);
    let d = directive(&n, "Trạm Khuyến nông");
    assert_eq!(deadlines(d), [("ngay khi phát hiện", None)]);
}

/// Rounds and days read whole: a yearly meeting ("thường niên"), issues
/// per week ("03 số/tuần"); a weekday worked even so beside its months
/// ("cả ngày thứ Bảy trong tháng 12/2025") leaves the months alone, as
/// earlier annotations have it; a part
/// of a weekday before the day ("chậm nhất là sáng thứ Hai, ngày
/// 15/12/2025"); a lunar day with its solar day in brackets, dated by it.
#[test]
fn rounds_weekdays_and_lunar_days_with_their_solar_day() {
    let text = "ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH\n\
        Số: 145/TB-UBND\n\
        An Khánh, ngày 02 tháng 12 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Ý kiến chỉ đạo của Chủ tịch UBND phường\n\
        \n\
        Chủ tịch UBND phường có ý kiến chỉ đạo như sau:\n\
        \n\
        1. Ban Quản trị các nhà chung cư tổ chức hội nghị cư dân thường niên theo quy chế.\n\
        \n\
        2. Kho bạc Nhà nước khu vực tổ chức kiểm soát chi cả ngày thứ Bảy trong tháng 12/2025.\n\
        \n\
        3. Đài Truyền thanh phường phát chuyên mục \"An toàn giao thông\" 03 số/tuần cho đến hết năm.\n\
        \n\
        4. Trường THCS An Khánh bàn giao hội trường cho Ban tổ chức chậm nhất là sáng thứ Hai, ngày 15/12/2025.\n\
        \n\
        5. Hội Chữ thập đỏ phường hoàn thành trao quà cho hộ nghèo trước ngày 25 tháng Chạp (ngày 13/02/2026).\n\
        \n\
        Trên đây là ý kiến chỉ đạo của Chủ tịch UBND phường./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Trần Thị Hoa\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Ban Quản trị các nhà chung cư");
    assert_eq!(deadlines(d), [("thường niên", None)]);
    let d = directive(&n, "Kho bạc Nhà nước khu vực");
    assert_eq!(bodies(d, Role::Lead), ["Kho bạc Nhà nước khu vực"]);
    assert_eq!(deadlines(d), [("trong tháng 12/2025", Some("2025-12-31"))]);
    let d = directive(&n, "Đài Truyền thanh phường");
    assert_eq!(
        deadlines(d),
        [
            ("03 số/tuần", None),
            ("cho đến hết năm", Some("2025-12-31"))
        ]
    );
    let d = directive(&n, "Trường THCS An Khánh");
    assert_eq!(
        deadlines(d),
        [(
            "chậm nhất là sáng thứ Hai, ngày 15/12/2025",
            Some("2025-12-15")
        )]
    );
    let d = directive(&n, "Hội Chữ thập đỏ phường");
    assert_eq!(
        deadlines(d),
        [(
            "trước ngày 25 tháng Chạp (ngày 13/02/2026)",
            Some("2026-02-13")
        )]
    );
}

/// Times that fix no work's due day: the head of an office before a year
/// ("người đứng đầu năm 2025"), how long a list stays posted ("niêm yết
/// công khai … trong thời hạn 15 ngày theo quy định"), how long a state may
/// last ("không để ùn tắc giao thông quá 03 giờ"), what money is for
/// ("kinh phí cho hoạt động … dịp Tết", beside a day of its own), an
/// allowance's round ("đang hưởng trợ cấp hằng tháng"), a start ("Kể từ kỳ
/// chi trả tháng 01/2026"), a crop's expected stage ("để lúa trổ bông từ
/// …"), and the lunar days restating a solar window in brackets.
#[test]
fn heads_postings_states_purposes_allowances_and_starts_are_no_deadlines() {
    let text = "ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ\n\
        Số: 301/TB-UBND\n\
        Thạch Hà, ngày 20 tháng 11 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND huyện\n\
        \n\
        Phó Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        1. Phòng Nội vụ đưa kết quả thực hiện vào tiêu chí xếp loại người đứng đầu năm 2025.\n\
        \n\
        2. Hội đồng bồi thường lập phương án bồi thường, niêm yết công khai tại trụ sở UBND xã trong thời hạn 15 ngày theo quy định.\n\
        \n\
        3. Ban An toàn giao thông huyện bố trí lực lượng phân luồng, không để ùn tắc giao thông quá 03 giờ.\n\
        \n\
        4. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí cho hoạt động trang trí đường phố dịp Tết, trình trước ngày 20/12/2025.\n\
        \n\
        5. Phòng Lao động - Thương binh và Xã hội rà soát người có công đang hưởng trợ cấp hằng tháng, hoàn thành trong tháng 12/2025.\n\
        \n\
        6. Kể từ kỳ chi trả tháng 01/2026, Bưu điện huyện chi trả trợ cấp qua tài khoản.\n\
        \n\
        7. Hợp tác xã nông nghiệp gieo sạ từ ngày 20/12/2025 đến ngày 30/12/2025, để lúa trổ bông từ ngày 25/3 đến 05/4/2026.\n\
        \n\
        8. Công an huyện bố trí lực lượng trực 24/24 giờ từ ngày 14/02 đến hết ngày 22/02/2026 (từ 27 tháng Chạp đến mùng 6 tháng Giêng).\n\
        \n\
        Trên đây là kết luận của Phó Chủ tịch UBND huyện./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        \n\
        Lê Văn Hùng\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Phòng Nội vụ đưa");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Hội đồng bồi thường");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Ban An toàn giao thông");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Phòng Tài chính - Kế hoạch");
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/12/2025", Some("2025-12-20"))]
    );
    let d = directive(&n, "Phòng Lao động");
    assert_eq!(deadlines(d), [("trong tháng 12/2025", Some("2025-12-31"))]);
    let d = directive(&n, "Kể từ kỳ chi trả");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Hợp tác xã nông nghiệp");
    assert_eq!(
        deadlines(d),
        [("từ ngày 20/12/2025 đến ngày 30/12/2025", Some("2025-12-30"))]
    );
    let d = directive(&n, "Công an huyện bố trí");
    assert_eq!(
        deadlines(d),
        [("từ ngày 14/02 đến hết ngày 22/02/2026", Some("2026-02-22"))]
    );
}

/// "No later than" a printed day: "không muộn hơn ngày …", "không chậm hơn …",
/// "không quá ngày …" set the day itself; "không quá 02 giờ" and "không quá 3
/// ngày" are limits with no day.
#[test]
fn no_later_than_a_printed_day_is_that_day() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n\
        Số: 318/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về chuẩn bị năm học mới\n\
        \n\
        1. Sở Giáo dục và Đào tạo hoàn thành sửa chữa các phòng học xuống cấp không muộn hơn ngày 25/8/2025.\n\
        2. Sở Tài chính tham mưu bố trí kinh phí mua sắm thiết bị không chậm hơn ngày 15 tháng 8 năm 2025.\n\
        3. UBND các xã, phường báo cáo kết quả huy động trẻ ra lớp không quá ngày 20/9/2025.\n\
        4. Công ty Điện lực Bắc Kạn xử lý sự cố lưới điện tại các điểm trường, không để mất điện kéo dài không quá 02 giờ.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        \n\
        Hoàng Văn Bình\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Sở Giáo dục và Đào tạo");
    assert_eq!(
        deadlines(d),
        [("không muộn hơn ngày 25/8/2025", Some("2025-08-25"))]
    );
    let d = directive(&n, "Sở Tài chính");
    assert_eq!(
        deadlines(d),
        [(
            "không chậm hơn ngày 15 tháng 8 năm 2025",
            Some("2025-08-15")
        )]
    );
    let d = directive(&n, "UBND các xã");
    assert_eq!(
        deadlines(d),
        [("không quá ngày 20/9/2025", Some("2025-09-20"))]
    );
    let d = directive(&n, "Công ty Điện lực");
    assert_eq!(deadlines(d), []);
}

/// "trước 17 giờ cùng ngày": the same day as the day printed before it in the
/// directive; with none printed before, the time stays undated.
#[test]
fn a_time_on_the_same_day_takes_the_day_printed_before_it() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\n\
        Số: 205/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về công tác chuẩn bị Tết Trung thu\n\
        \n\
        1. Sở Văn hóa và Thể thao tổ chức đêm hội Trăng rằm vào ngày 06/10/2025 tại Quảng trường tỉnh; tổng hợp tình hình, báo cáo UBND tỉnh trước 21 giờ cùng ngày.\n\
        2. Công an tỉnh bảo đảm an ninh trật tự, báo cáo trước 22 giờ cùng ngày.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Phạm Anh Tuấn\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Sở Văn hóa và Thể thao");
    assert_eq!(
        deadlines(d),
        [
            ("vào ngày 06/10/2025", Some("2025-10-06")),
            ("trước 21 giờ cùng ngày", Some("2025-10-06"))
        ]
    );
    let d = directive(&n, "Công an tỉnh");
    assert_eq!(deadlines(d), [("trước 22 giờ cùng ngày", None)]);
}

/// A letter's lead-in by the head of a numbered board ("Trưởng Ban Chỉ đạo
/// 138 tỉnh đề nghị các đơn vị:"): the board's number is its name, not a
/// count of provinces, so the items after it are tasks of "các đơn vị".
#[test]
fn a_numbered_board_heads_the_lead_in_of_a_letter() {
    let text = "\
        UBND TỈNH HÀ NAM\n\
        BAN CHỈ ĐẠO 138 TỈNH\n\
        Số: 21/BCĐ138\n\
        V/v tăng cường bảo đảm an ninh trật tự dịp cuối năm 2024\n\
        \n\
        Kính gửi:\n\
        - Công an tỉnh;\n\
        - Sở Văn hóa, Thể thao và Du lịch.\n\
        \n\
        Hà Nam, ngày 02 tháng 12 năm 2024\n\
        \n\
        Để bảo đảm an ninh trật tự dịp cuối năm, Trưởng Ban Chỉ đạo 138 tỉnh đề nghị các đơn vị:\n\
        \n\
        1. Rà soát các địa bàn phức tạp, xây dựng phương án bảo vệ, gửi về Công an tỉnh trước ngày 15/12/2024.\n\
        \n\
        2. Sở Văn hóa, Thể thao và Du lịch kiểm tra các cơ sở kinh doanh karaoke, vũ trường.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. TRƯỞNG BAN\n\
        PHÓ TRƯỞNG BAN\n\
        Trần Văn Nam\n\
        ";
    let n = extract(text);
    assert_eq!(n.directives.len(), 2);
    let d = directive(&n, "Rà soát các địa bàn phức tạp");
    assert_eq!(bodies(d, Role::Lead), ["đơn vị"]);
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/12/2024", Some("2024-12-15"))]
    );
    let d = directive(&n, "Sở Văn hóa, Thể thao và Du lịch");
    assert_eq!(bodies(d, Role::Lead), ["Sở Văn hóa, Thể thao và Du lịch"]);
}

/// A news report: a leader who criticizes, then asks a company, makes the
/// company the doer; a request set at an occasion ("Tại buổi kiểm tra, đồng
/// chí Chủ tịch huyện cũng yêu cầu Phòng …") after it is a task of its own.
#[test]
fn a_request_after_criticism_and_one_set_at_an_occasion() {
    let text = "\
        Báo Quảng Trị điện tử\n\
        Cập nhật: 09:10 | 12/06/2024\n\
        \n\
        Triệu Phong: Đẩy nhanh tiến độ đường tránh lũ\n\
        \n\
        (QTĐT) - Sáng 12/6, Chủ tịch UBND huyện Triệu Phong đã kiểm tra tiến độ thi công tuyến đường tránh lũ qua xã Triệu Hòa.\n\
        \n\
        Công trình khởi công tháng 5/2023 nhưng đến nay mới đạt 55% khối lượng.\n\
        \n\
        Phát biểu kết luận, Chủ tịch UBND huyện Lê Minh Quang phê bình đơn vị thi công chậm tiến độ và yêu cầu Công ty CP Xây dựng Hải Bình bổ sung máy móc, nhân lực, hoàn thành nền đường trước ngày 31/8/2024.\n\
        \n\
        Tại buổi kiểm tra, đồng chí Chủ tịch huyện cũng yêu cầu Phòng Kinh tế và Hạ tầng giám sát chặt chẽ chất lượng công trình.\n\
        \n\
        Minh Anh\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Phát biểu kết luận");
    assert_eq!(bodies(d, Role::Lead), ["Công ty CP Xây dựng Hải Bình"]);
    assert_eq!(deadlines(d), [("trước ngày 31/8/2024", Some("2024-08-31"))]);
    let d = directive(&n, "Tại buổi kiểm tra");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Kinh tế và Hạ tầng"]);
}

/// A plural kind with a qualifier, then a colon and its work ("Các chủ đò
/// ngang sông: trang bị …"): the kind is the doer, as a bare kind is.
#[test]
fn a_qualified_kind_before_a_colon_is_the_doer() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI\n\
        Số: 412/UBND-KT\n\
        V/v bảo đảm an toàn tại các bến đò mùa mưa lũ năm 2024\n\
        \n\
        Chợ Mới, ngày 10 tháng 7 năm 2024\n\
        \n\
        Kính gửi:\n\
        - Phòng Kinh tế và Hạ tầng huyện;\n\
        - Các chủ đò ngang sông.\n\
        \n\
        Để bảo đảm an toàn cho người qua sông, Chủ tịch UBND huyện yêu cầu:\n\
        \n\
        1. Phòng Kinh tế và Hạ tầng huyện kiểm tra điều kiện an toàn các bến đò trước ngày 30/7/2024.\n\
        \n\
        2. Các chủ đò ngang sông: trang bị đủ áo phao cho hành khách; không chở quá số người quy định.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        Nguyễn Văn Hùng\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Các chủ đò ngang sông");
    assert_eq!(bodies(d, Role::Lead), ["chủ đò ngang sông"]);
}

/// A firm's branch or plant named by its trade in lower case, then its place
/// ("Chi nhánh cấp thoát nước Tân Phú", "Nhà máy chè Phú Đa"), is one body
/// (`brand_named`), also as the subject that opens an item; so is a firm
/// whose brand is a number ("Công ty CP Xây dựng công trình giao thông 512"),
/// a note in brackets after it too; and several units narrowed by a region
/// ("các xã vùng nguyên liệu") are partners with the region.
#[test]
fn branches_and_plants_named_by_their_trade() {
    let text = "\
        ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\n\
        Số: 88/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND xã về cấp nước sinh hoạt và thu mua chè\n\
        \n\
        1. Giao Phòng Kinh tế xã kiểm tra chất lượng nước tại các điểm đấu nối.\n\
        2. Chi nhánh cấp thoát nước Tân Phú sửa chữa đường ống bị vỡ tại khu phố 3, báo cáo UBND xã trước ngày 10/9/2025.\n\
        3. Đề nghị Chi nhánh cấp thoát nước Tân Phú khẩn trương thay thế đồng hồ nước hư hỏng.\n\
        4. Nhà máy chè Phú Đa thu mua chè búp tươi đạt tiêu chuẩn; phối hợp với các xã vùng nguyên liệu hướng dẫn người trồng chè.\n\
        5. Công ty CP Xây dựng công trình giao thông 512 (đơn vị thi công) hoàn trả mặt đường trước ngày 30/9/2025.\n\
        \n\
        Nơi nhận:\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Trần Văn Lâm\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Chi nhánh cấp thoát nước Tân Phú sửa chữa");
    assert_eq!(bodies(d, Role::Lead), ["Chi nhánh cấp thoát nước Tân Phú"]);
    let d = directive(&n, "Đề nghị Chi nhánh cấp thoát nước");
    assert_eq!(bodies(d, Role::Lead), ["Chi nhánh cấp thoát nước Tân Phú"]);
    let d = directive(&n, "Nhà máy chè Phú Đa");
    assert_eq!(bodies(d, Role::Lead), ["Nhà máy chè Phú Đa"]);
    assert_eq!(bodies(d, Role::Cooperate), ["xã vùng nguyên liệu"]);
    let d = directive(&n, "Công ty CP Xây dựng công trình giao thông 512");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Công ty CP Xây dựng công trình giao thông 512"]
    );
}

/// Verbs of settling terms and of laying lines end a body's name
/// ("Phòng Nông nghiệp và Môi trường thương lượng với …", "Phòng Văn hóa và
/// Thông tin kéo cáp …").
#[test]
fn verbs_of_settling_terms_and_laying_lines_end_a_name() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LÁT\n\
        Số: 140/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về hạ tầng viễn thông\n\
        \n\
        1. Giao Phòng Nông nghiệp và Môi trường thương lượng với các hộ dân để giải phóng mặt bằng tuyến cáp.\n\
        2. Viettel Mường Lát phối hợp với Phòng Văn hóa và Thông tin kéo cáp quang đến các bản vùng cao trước ngày 30/11/2025.\n\
        3. Giao Phòng Tài chính - Kế hoạch thỏa thuận với nhà thầu về tiến độ thanh toán.\n\
        \n\
        Nơi nhận:\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Hà Văn Sơn\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Giao Phòng Nông nghiệp và Môi trường thương lượng");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Nông nghiệp và Môi trường"]);
    let d = directive(&n, "Viettel Mường Lát");
    assert_eq!(bodies(d, Role::Cooperate), ["Phòng Văn hóa và Thông tin"]);
    let d = directive(&n, "Giao Phòng Tài chính - Kế hoạch thỏa thuận");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Tài chính - Kế hoạch"]);
}

/// Bodies named with words that are verbs or plain nouns elsewhere: a board
/// that speaks for a market's traders ("Ban đại diện tiểu thương"), a brand
/// with a dot inside ("Siêu thị Co.opmart …"), and in a table's cell a division of a body named in brackets after it ("Công
/// an tỉnh (Phòng Cảnh sát kinh tế)"), the part that does the work, no body
/// of its own.
#[test]
fn boards_of_traders_brands_with_a_dot_and_a_division_in_brackets() {
    let text = "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA CƯỜNG\n\nSố: 31/KH-UBND\n\nĐà Nẵng, ngày 12 tháng 3 năm 2026\n\n\
        KẾ HOẠCH\nBảo đảm an toàn thực phẩm tại chợ Hòa Cường năm 2026\n\n\
        I. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN\n\
        STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n\
        1 | Kiểm tra nguồn gốc hàng hóa tại các quầy thực phẩm tươi sống | Trạm Y tế phường | Công an thành phố (Phòng Cảnh sát kinh tế) | Tháng 4/2026\n\
        2 | Sửa chữa mái che khu chợ cá | Ban Quản lý chợ | Phòng Kinh tế | Tháng 6/2026\n\
        3 | Mở điểm bán hàng bình ổn giá dịp Tết | Siêu thị Co.opmart Hòa Cường | Phòng Kinh tế | Tháng 12/2026\n\n\
        II. TỔ CHỨC THỰC HIỆN\n\
        1. Ban đại diện tiểu thương vận động các hộ kinh doanh ký cam kết bảo đảm an toàn thực phẩm trong tháng 3/2026.\n";
    let n = extract(text);
    let d = directive(&n, "Kiểm tra nguồn gốc hàng hóa");
    assert_eq!(bodies(d, Role::Cooperate), ["Công an thành phố"]);
    let d = directive(&n, "Ban đại diện tiểu thương");
    assert_eq!(bodies(d, Role::Lead), ["Ban đại diện tiểu thương"]);
    let d = directive(&n, "Mở điểm bán hàng bình ổn");
    assert_eq!(bodies(d, Role::Lead), ["Siêu thị Co.opmart Hòa Cường"]);
}

/// A news page prints the site's date of the day at its top (`Thứ Sáu,
/// 14/11/2025`); the article's own stamp under the headline is its date, in a
/// row of cells (`Cập nhật lúc: 08:15 | 13/11/2025 | Tác giả: …`) or on a line
/// of its own. With no stamp under it, the weekday line is the date.
#[test]
fn a_news_articles_stamp_wins_over_the_pages_date_of_the_day() {
    let page = "\
        Cổng thông tin điện tử phường Hòa Minh\n\
        Trang chủ | Tin tức | Văn bản\n\
        Thứ Sáu, 14/11/2025\n\
        \n\
        Phường Hòa Minh ra quân dọn vệ sinh kênh thoát nước\n\
        \n\
        {STAMP}\n\
        \n\
        (TTĐT) - Sáng 12/11, Chủ tịch UBND phường chủ trì buổi kiểm tra hệ thống thoát nước.\n\
        \n\
        Chủ tịch UBND phường giao Phòng Kinh tế nạo vét các tuyến kênh trước ngày 30/11/2025.\n\
        ";
    for (stamp, date) in [
        (
            "Cập nhật lúc: 08:15 | 13/11/2025 | Tác giả: Thanh Hà - Văn phòng HĐND và UBND phường",
            "2025-11-13",
        ),
        ("13/11/2025 08:15", "2025-11-13"),
        ("Ngày đăng: 12/11/2025 17:02 | Lượt xem: 310", "2025-11-12"),
        ("Thanh Hà", "2025-11-14"),
    ] {
        let n = extract(&page.replace("{STAMP}", stamp));
        assert_eq!(n.header.date.as_deref(), Some(date), "{stamp}");
    }
}

/// Statements that give no one work: a paper or a rule said to be in force,
/// meetings held as a standing rule says, a contract's term, the issuer's
/// own measure on traffic until a new notice. An item naming its doer stays
/// a task.
#[test]
fn statements_of_a_rule_in_force_are_not_tasks() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN AN LÃO\n\
        Số: 88/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về sửa chữa cầu Suối Đá\n\
        \n\
        1. Phòng Kinh tế và Hạ tầng kiểm định cầu Suối Đá, báo cáo UBND huyện trước ngày 20/4/2026.\n\
        2. Về cầu Suối Đá: Tạm cấm các loại xe tải trên 2,5 tấn qua cầu kể từ ngày 05/4/2026 cho đến khi có thông báo mới.\n\
        3. Ban Quản lý dự án huyện lập hồ sơ sửa chữa mặt cầu trong tháng 5/2026.\n\
        \n\
        Hợp đồng tư vấn giám sát số 12/2025/HĐ-TV có hiệu lực đến hết ngày 30/6/2026.\n\
        \n\
        Thời hạn bảo hành hạng mục mặt cầu là 12 tháng kể từ ngày bàn giao.\n\
        \n\
        Các cuộc họp giao ban về dự án được tổ chức theo Quy chế làm việc của UBND huyện.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        TL. CHỦ TỊCH\n\
        CHÁNH VĂN PHÒNG\n\
        \n\
        Lê Văn Hòa\n\
        ";
    let n = extract(text);
    let texts: Vec<&str> = n.directives.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(n.directives.len(), 2, "{texts:?}");
    for stated in [
        "Tạm cấm",
        "Hợp đồng tư vấn",
        "Thời hạn bảo hành",
        "Các cuộc họp",
    ] {
        assert!(
            !texts.iter().any(|t| t.contains(stated)),
            "{stated}: {texts:?}"
        );
    }
}

/// A letter's closing courtesy asks the addressee's attention, no work; an
/// item that tells what a review found, or a project's story to date, is an
/// assessment, no task.
#[test]
fn a_closing_courtesy_and_assessment_items_are_not_tasks() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN PHÚ LỘC\n\
        Số: 310/TB-UBND\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về quản lý cơ sở kinh doanh karaoke\n\
        \n\
        1. Qua khảo sát, trên địa bàn huyện có 14 cơ sở kinh doanh karaoke, trong đó 5 cơ sở chưa bảo đảm điều kiện phòng cháy.\n\
        2. Dự án chợ Phú Lộc được khởi công năm 2021, đến nay mới hoàn thành phần móng.\n\
        3. UBND huyện thống nhất triển khai các nội dung sau:\n\
        a) Phòng Văn hóa và Thông tin chủ trì kiểm tra các cơ sở karaoke, hoàn thành trước ngày 15/5/2026.\n\
        b) Công an huyện rà soát các cơ sở chưa bảo đảm điều kiện phòng cháy, báo cáo UBND huyện trong tháng 5/2026.\n\
        \n\
        UBND huyện Phú Lộc đề nghị Công an tỉnh quan tâm, hỗ trợ./.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Trần Minh Quân\n\
        ";
    let n = extract(text);
    let texts: Vec<&str> = n.directives.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(n.directives.len(), 2, "{texts:?}");
    assert!(texts[0].contains("kiểm tra các cơ sở karaoke"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("quan tâm")), "{texts:?}");
}

/// How long a paper stays valid, a warranty still running and the term of a
/// contract's annex are no deadlines ("có giá trị đến hết ngày …", "(có
/// hiệu lực đến hết ngày …)", "còn trong thời gian bảo hành (đến ngày …)",
/// "Thời hạn phụ lục không quá 03 tháng"); a list of lapsed documents
/// published within a quarter keeps its quarter.
#[test]
fn validity_warranty_and_a_contracts_term_are_no_deadlines() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        HUYỆN ĐỨC LINH\n\
        Số: 118/TB-UBND\n\
        Đức Linh, ngày 12 tháng 6 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp về quản lý bến đò và chợ\n\
        \n\
        1. Phòng Kinh tế và Hạ tầng hướng dẫn chủ bến đò làm thủ tục cấp đổi giấy phép trước ngày 30/6/2025; giấy phép được cấp đổi có giá trị đến hết ngày 31/12/2027.\n\
        2. Phòng Tài chính - Kế hoạch hướng dẫn các xã thu giá dịch vụ theo Quyết định số 12/2024/QĐ-UBND của UBND tỉnh (có hiệu lực đến hết ngày 31/12/2026).\n\
        3. Ban Quản lý dự án yêu cầu nhà thầu sửa chữa mặt cầu trong tháng 7/2025; chi phí do nhà thầu chịu vì công trình còn trong thời gian bảo hành (đến ngày 15/3/2026).\n\
        4. Ban Quản lý chợ ký phụ lục hợp đồng thu gom rác trước ngày 10/7/2025. Thời hạn phụ lục không quá 03 tháng.\n\
        5. Văn phòng HĐND và UBND huyện công bố danh mục văn bản hết hiệu lực trong quý III/2025.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Nguyễn Văn Hòa\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng");
    assert_eq!(deadlines(d), [("trước ngày 30/6/2025", Some("2025-06-30"))]);
    let d = directive(&n, "Phòng Tài chính - Kế hoạch");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Ban Quản lý dự án");
    assert_eq!(deadlines(d), [("trong tháng 7/2025", Some("2025-07-31"))]);
    let d = directive(&n, "Ban Quản lý chợ");
    assert_eq!(deadlines(d), [("trước ngày 10/7/2025", Some("2025-07-10"))]);
    let d = directive(&n, "Văn phòng HĐND và UBND huyện");
    assert_eq!(deadlines(d), [("trong quý III/2025", Some("2025-09-30"))]);
}

/// Stock for a count of days, a fee waived for a count of months, a limit on
/// how fast help arrives, a count of violations over a month, the weekend
/// days a service opens and the rounds a broadcast schedule holds are no
/// deadlines; a weekly round of the work and a month to finish in stay.
#[test]
fn quantities_limits_and_service_hours_are_no_deadlines() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        TỈNH BÌNH THUẬN\n\
        Số: 301/TB-UBND\n\
        Bình Thuận, ngày 14 tháng 7 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về bình ổn thị trường và an toàn giao thông\n\
        \n\
        1. Công ty Xăng dầu Bình Thuận dự trữ hàng tối thiểu đủ bán trong 07 ngày tại các cửa hàng.\n\
        2. Ban Quản lý chợ Phan Thiết miễn tiền thuê quầy trong 03 tháng đầu cho các hộ mới vào chợ; hoàn thành bố trí quầy trước ngày 20/8/2025.\n\
        3. Sở Y tế bảo đảm thời gian tiếp cận hiện trường tai nạn không quá 20 phút.\n\
        4. Sở Giao thông vận tải thu hồi phù hiệu của xe khách vi phạm quá 02 lần trong 01 tháng.\n\
        5. Trung tâm Văn hóa tỉnh mở cửa thư viện vào các ngày thứ Bảy, Chủ nhật; bố trí cán bộ tiếp nhận hồ sơ vào thứ Hai hằng tuần.\n\
        6. Đài Phát thanh - Truyền hình tỉnh xây dựng lịch phát sóng 3 buổi/ngày, hoàn thành trong tháng 9/2025.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        \n\
        Trần Minh Quang\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Công ty Xăng dầu");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Ban Quản lý chợ");
    assert_eq!(deadlines(d), [("trước ngày 20/8/2025", Some("2025-08-20"))]);
    let d = directive(&n, "Sở Y tế");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Sở Giao thông vận tải");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Trung tâm Văn hóa tỉnh");
    assert_eq!(deadlines(d), [("vào thứ Hai hằng tuần", None)]);
    let d = directive(&n, "Đài Phát thanh");
    assert_eq!(deadlines(d), [("trong tháng 9/2025", Some("2025-09-30"))]);
}

/// Works begun in the year (which ones are meant), a purpose opening the
/// sentence ("Để bảo đảm … trong mùa khô, …"), the spells a contingency plan
/// covers and days of rising salinity are no deadlines; the same spells
/// bound work done in them.
#[test]
fn scope_purpose_and_a_plans_spells_are_no_deadlines() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        TỈNH SÓC TRĂNG\n\
        Số: 75/TB-UBND\n\
        Sóc Trăng, ngày 03 tháng 3 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh về cấp điện, cấp nước mùa khô\n\
        \n\
        1. UBND huyện Mỹ Xuyên tập trung hoàn thành các công trình giao thông; các tuyến khởi công trong năm phải hoàn thành trước ngày 15/12/2026.\n\
        2. Để bảo đảm cấp nước ổn định trong mùa khô, Công ty Cấp nước súc xả bể lọc trước ngày 30/4/2026.\n\
        3. Công ty Điện lực tỉnh xây dựng phương án cấp điện ưu tiên cho trạm bơm, nhà máy nước trong các đợt cao điểm nắng nóng.\n\
        4. Điện lực huyện Trần Đề không cắt điện vào các ngày mặn lên.\n\
        5. UBND các xã huy động lực lượng nạo vét kênh mương trong các đợt cao điểm nắng nóng.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Lê Văn Hiểu\n\
        ";
    let n = extract(text);
    let d = directive(&n, "UBND huyện Mỹ Xuyên");
    assert_eq!(
        deadlines(d),
        [("trước ngày 15/12/2026", Some("2026-12-15"))]
    );
    let d = directive(&n, "Để bảo đảm cấp nước");
    assert_eq!(deadlines(d), [("trước ngày 30/4/2026", Some("2026-04-30"))]);
    let d = directive(&n, "Công ty Điện lực tỉnh");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Điện lực huyện Trần Đề");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "UBND các xã");
    assert_eq!(deadlines(d), [("trong các đợt cao điểm nắng nóng", None)]);
}

/// Lunar days and other time phrases read whole: a lunar day glossed with its
/// solar day ("(nhằm ngày …)", "(tức ngày …)") is due that day; a lunar day
/// named bare with "âm lịch", a window of lunar days and a crop's season stay
/// undated; weeks of a month listed are due at the last one's end; a month in
/// words is dated; two days without their year under one cue are two
/// deadlines; "tuần này" is due its Sunday; "mỗi đêm" is a round; a lead time
/// before an opening with no cue is kept.
#[test]
fn lunar_glosses_word_months_listed_weeks_and_this_week() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH GIA LAI\n\
        Số: 14/TB-UBND\n\
        Gia Lai, ngày 08 tháng 01 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Phó Chủ tịch UBND tỉnh về công tác chuẩn bị Tết Nguyên đán Bính Ngọ\n\
        \n\
        1. Sở Công Thương kiểm tra các chợ đầu mối, hoàn thành trước ngày 20 tháng Chạp (nhằm ngày 07/02/2026); tổ chức các điểm bán hàng bình ổn giá trong Tuần 1, tuần 2 tháng 02/2026.\n\
        2. Sở Văn hóa, Thể thao và Du lịch chuẩn bị sân khấu cho lễ hội đền mùng 8 tháng Giêng âm lịch năm Bính Ngọ; tổ chức tổng duyệt 3 ngày trước khai mạc.\n\
        3. Công an tỉnh tuần tra kiểm soát mỗi đêm, nhất là từ 23 tháng Chạp đến mùng 7 tháng Giêng năm Bính Ngọ.\n\
        4. Sở Giao thông vận tải sửa chữa mặt đường tỉnh lộ 662 trong tháng Ba; báo cáo UBND tỉnh trước ngày 20/3 và 20/9; gửi danh sách trong tuần này.\n\
        5. Sở Nông nghiệp và Môi trường hướng dẫn các nhà máy duy trì thu mua đến hết vụ mía 2025-2026.\n\
        6. Sở Tài chính thẩm định dự toán, xong trước 25 tháng Chạp (tức ngày 12/02/2026).\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        \n\
        Nguyễn Văn Bình\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Sở Công Thương");
    assert_eq!(
        deadlines(d),
        [
            (
                "trước ngày 20 tháng Chạp (nhằm ngày 07/02/2026)",
                Some("2026-02-07")
            ),
            ("Tuần 1, tuần 2 tháng 02/2026", Some("2026-02-14"))
        ]
    );
    let d = directive(&n, "Sở Văn hóa, Thể thao và Du lịch");
    assert_eq!(
        deadlines(d),
        [
            ("mùng 8 tháng Giêng âm lịch năm Bính Ngọ", None),
            ("3 ngày trước khai mạc", None)
        ]
    );
    let d = directive(&n, "Công an tỉnh");
    assert_eq!(
        deadlines(d),
        [
            ("mỗi đêm", None),
            ("từ 23 tháng Chạp đến mùng 7 tháng Giêng năm Bính Ngọ", None)
        ]
    );
    let d = directive(&n, "Sở Giao thông vận tải");
    assert_eq!(
        deadlines(d),
        [
            ("trong tháng Ba", Some("2026-03-31")),
            ("trước ngày 20/3", Some("2026-03-20")),
            ("20/9", Some("2026-09-20")),
            ("trong tuần này", Some("2026-01-11"))
        ]
    );
    let d = directive(&n, "Sở Nông nghiệp và Môi trường");
    assert_eq!(deadlines(d), [("đến hết vụ mía 2025-2026", None)]);
    let d = directive(&n, "Sở Tài chính");
    assert_eq!(
        deadlines(d),
        [(
            "xong trước 25 tháng Chạp (tức ngày 12/02/2026)",
            Some("2026-02-12")
        )]
    );
}

/// What is no task, and time phrases that are no deadlines: a plan's
/// validity ("Kế hoạch này áp dụng từ ngày ký đến hết ngày …") and its time
/// frame from its signing to an event's end; a law's time limit told as a
/// note; results to be announced on a day; a doer answering for delays; the
/// issuing committee's own plan in the future tense; how long a rule applies,
/// a hire lasts, or what criteria measure each month are no deadlines.
#[test]
fn validity_time_frames_law_limits_and_the_issuers_own_plan_are_no_tasks() {
    let text = "\
        ỦY BAN NHÂN DÂN XÃ THẠCH HÀ BẮC\n\
        Số: 21/KH-UBND\n\
        Thạch Hà Bắc, ngày 05 tháng 02 năm 2026\n\
        \n\
        KẾ HOẠCH\n\
        Cải thiện chất lượng giải quyết thủ tục hành chính năm 2026\n\
        \n\
        I. NHIỆM VỤ\n\
        1. Văn phòng HĐND và UBND xã soạn thảo Quy chế chấm điểm cán bộ theo kết quả xử lý hồ sơ hằng tháng, trình Chủ tịch UBND xã trước ngày 15/3/2026.\n\
        2. Phòng Kinh tế bố trí kinh phí thuê chuyên gia phần mềm hỗ trợ bộ phận một cửa trong 60 ngày.\n\
        3. Phòng Văn hóa - Xã hội tổ chức thi đua giữa các thôn: thực hiện theo Quy chế số 02/QC-UBND ngày 06/01/2026 của UBND xã, được áp dụng đến hết ngày 30/11/2026.\n\
        4. Chủ tịch UBND xã yêu cầu thủ trưởng các phòng chịu trách nhiệm cá nhân nếu để tồn đọng hồ sơ quá hạn.\n\
        5. Từ ngày 01/5/2026, UBND xã sẽ công khai tỷ lệ hồ sơ trễ hạn của từng phòng trên cổng thông tin điện tử xã.\n\
        6. Kết quả chấm điểm dự kiến được công bố vào ngày 20/12/2026.\n\
        7. Ghi chú: thời hiệu khiếu nại là 90 ngày kể từ ngày nhận được quyết định; trường hợp ốm đau thì thời hiệu được kéo dài không quá 30 ngày.\n\
        8. Các hộ kinh doanh lấn chiếm vỉa hè tự tháo dỡ mái che trước ngày 28/02/2026. Quá thời hạn trên, UBND xã sẽ tổ chức cưỡng chế theo quy định.\n\
        \n\
        II. TỔ CHỨC THỰC HIỆN\n\
        Thời gian thực hiện Kế hoạch: từ ngày ký đến khi kết thúc đợt đánh giá cuối năm (dự kiến tháng 12/2026).\n\
        \n\
        Kế hoạch này áp dụng từ ngày ký đến hết ngày 31/12/2026.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Trần Văn Long\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Văn phòng HĐND và UBND xã soạn thảo");
    assert_eq!(deadlines(d), [("trước ngày 15/3/2026", Some("2026-03-15"))]);
    let d = directive(&n, "Phòng Kinh tế bố trí");
    assert_eq!(deadlines(d), []);
    let d = directive(&n, "Phòng Văn hóa - Xã hội tổ chức");
    assert_eq!(deadlines(d), []);
    // (the committee's warning after work asked of others keeps the piece)
    let d = directive(&n, "Các hộ kinh doanh lấn chiếm");
    assert_eq!(
        deadlines(d),
        [("trước ngày 28/02/2026", Some("2026-02-28"))]
    );
    no_directive_with(
        &n,
        &[
            "chịu trách nhiệm cá nhân",
            "sẽ công khai tỷ lệ",
            "dự kiến được công bố",
            "thời hiệu khiếu nại",
            "Thời gian thực hiện Kế hoạch",
            "Kế hoạch này áp dụng",
        ],
    );
}

#[test]
fn weeks_of_a_month_festivals_lead_times_intervals_and_exam_days() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        HUYỆN ĐÔNG SƠN\n\
        Số: 45/TB-UBND\n\
        \n\
        Đông Sơn, ngày 10 tháng 02 năm 2026\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp triển khai sản xuất vụ Xuân năm 2026\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        1. Phòng Nông nghiệp và Môi trường hướng dẫn các xã lập kế hoạch gieo cấy, báo cáo UBND huyện trong tuần đầu tiên của tháng 3/2026.\n\
        2. Trung tâm Dịch vụ nông nghiệp huyện cung ứng vật tư cho các hợp tác xã chậm nhất trước 10 ngày so với lịch xuống giống.\n\
        3. Trạm Thú y huyện phun khử trùng tại các ổ dịch, mỗi đợt phun cách nhau 05 ngày.\n\
        4. Đài Truyền thanh huyện phát tin về đợt tiêm phòng vào tuần đầu của mỗi đợt.\n\
        5. Ban Quản lý các nghĩa trang huyện hoàn thành chỉnh trang nghĩa trang trước tiết Thanh minh năm Bính Ngọ.\n\
        6. Công an huyện bảo đảm an ninh tại các điểm thi trong 02 ngày thi; phân luồng giao thông trong các buổi thi.\n\
        7. Phòng Kinh tế và Hạ tầng nạo vét kênh tiêu, xong trước ngày 15/7/2026, tức ngày 01 tháng 6 âm lịch.\n\
        8. UBND xã Đông Hòa tổ chức trực tại trụ sở mỗi tuần 03 buổi.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        KT. CHỦ TỊCH\n\
        PHÓ CHỦ TỊCH\n\
        \n\
        Lê Văn Hùng\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Phòng Nông nghiệp và Môi trường hướng dẫn");
    assert_eq!(
        deadlines(d),
        [("trong tuần đầu tiên của tháng 3/2026", Some("2026-03-07"))]
    );
    let d = directive(&n, "Trung tâm Dịch vụ nông nghiệp huyện");
    assert_eq!(
        deadlines(d),
        [("trước 10 ngày so với lịch xuống giống", None)]
    );
    let d = directive(&n, "Trạm Thú y huyện");
    assert_eq!(deadlines(d), [("mỗi đợt phun cách nhau 05 ngày", None)]);
    let d = directive(&n, "Đài Truyền thanh huyện");
    assert_eq!(deadlines(d), [("vào tuần đầu của mỗi đợt", None)]);
    let d = directive(&n, "Ban Quản lý các nghĩa trang huyện");
    assert_eq!(deadlines(d), [("trước tiết Thanh minh năm Bính Ngọ", None)]);
    let d = directive(&n, "Công an huyện");
    assert_eq!(
        deadlines(d),
        [("trong 02 ngày thi", None), ("trong các buổi thi", None)]
    );
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng");
    assert_eq!(
        deadlines(d),
        [(
            "xong trước ngày 15/7/2026, tức ngày 01 tháng 6 âm lịch",
            Some("2026-07-15")
        )]
    );
    let d = directive(&n, "UBND xã Đông Hòa");
    assert_eq!(deadlines(d), [("mỗi tuần 03 buổi", None)]);
}

#[test]
fn teams_by_field_posts_of_each_unit_farms_and_bracketed_examples() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN PHÚ LỘC\n\
        Số: 57/TB-UBND\n\
        Phú Lộc, ngày 12 tháng 5 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 5/2025\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        1. Tổ công tác bồi thường, GPMB thị trấn cùng Ban điều hành các tổ dân phố vận động các hộ bàn giao mặt bằng trước ngày 30/6/2025.\n\
        2. Công an huyện phối hợp với Tổ an ninh trật tự cơ sở các thôn tuần tra ban đêm trong tháng 6/2025.\n\
        3. Công chức Văn hóa - Xã hội các xã, thị trấn rà soát danh sách hộ nghèo trước ngày 20/6/2025.\n\
        4. Phòng Nội vụ phối hợp với công chức tư pháp - hộ tịch các xã, thị trấn rà soát hồ sơ trước ngày 25/6/2025.\n\
        5. Các trang trại, gia trại nuôi lợn thực hiện tiêu độc khử trùng hằng tuần.\n\
        6. Các trường học trên địa bàn (Trường THCS Vinh Hiền, Trường Tiểu học Lộc Trì) tổ chức ngày hội đọc sách trong tháng 6/2025.\n\
        7. Ủy ban MTTQ huyện và các đoàn thể (Hội Nông dân, Hội Cựu chiến binh) tuyên truyền người dân trong tháng 6/2025.\n\
        8. Giám đốc Bệnh viện Đa khoa huyện (đồng chí Lê Văn Nam) và Giám đốc Trung tâm Y tế huyện thống nhất phương án tiếp nhận người bệnh trong quý III/2025.\n\
        \n\
        Nơi nhận:\n\
        - Như trên;\n\
        - Lưu: VT.\n\
        \n\
        CHỦ TỊCH\n\
        \n\
        Trần Văn Bình\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Tổ công tác bồi thường");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Tổ công tác bồi thường, GPMB thị trấn"]
    );
    let d = directive(&n, "Công an huyện phối hợp");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Tổ an ninh trật tự cơ sở các thôn"]
    );
    let d = directive(&n, "Công chức Văn hóa");
    assert_eq!(bodies(d, Role::Lead), ["Văn hóa - Xã hội các xã, thị trấn"]);
    let d = directive(&n, "Phòng Nội vụ");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["công chức tư pháp - hộ tịch các xã, thị trấn"]
    );
    let d = directive(&n, "Các trang trại");
    assert_eq!(bodies(d, Role::Lead), ["trang trại, gia trại nuôi lợn"]);
    let d = directive(&n, "Các trường học");
    assert_eq!(bodies(d, Role::Lead), ["trường học trên địa bàn"]);
    let d = directive(&n, "Ủy ban MTTQ huyện");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ủy ban MTTQ huyện", "Hội Nông dân", "Hội Cựu chiến binh"]
    );
    let d = directive(&n, "Giám đốc Bệnh viện");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Bệnh viện Đa khoa huyện", "Trung tâm Y tế huyện"]
    );
}

/// A bare page number a PDF left inside a sentence the page broke, over a
/// line opening in capitals ("… khu vực phía" ⏎ ⏎ "2" ⏎ "Bắc thị trấn, …"):
/// page debris; the items after it are read.
#[test]
fn a_page_number_before_a_capitalized_line_does_not_cut_the_list() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n\
        Số: 88/TB-UBND\n\
        Thái Bình, ngày 10 tháng 8 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra bãi chôn lấp rác\n\
        \n\
        Để xử lý dứt điểm tình trạng trên, yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n\
        \n\
        Thứ nhất, Sở Xây dựng khảo sát, đề xuất vị trí bãi chôn lấp mới tại khu vực phía\n\
        \n\
        \x20                                                               2\n\
        Bắc thị trấn, báo cáo UBND tỉnh trong quý IV/2022.\n\
        \n\
        Thứ hai, Sở Tài chính bố trí kinh phí đóng cửa bãi rác cũ.\n\
        \n\
        Thứ ba, Công an tỉnh bảo đảm an ninh trật tự khu vực bãi rác.\n\
        \n\
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Sở Xây dựng khảo sát");
    assert!(d.text.contains("Bắc thị trấn"), "{}", d.text);
    assert_eq!(deadlines(d), [("trong quý IV/2022", Some("2022-12-31"))]);
    assert_eq!(
        bodies(directive(&n, "Sở Tài chính"), Role::Lead),
        ["Sở Tài chính"]
    );
    assert_eq!(
        bodies(directive(&n, "Công an tỉnh"), Role::Lead),
        ["Công an tỉnh"]
    );
}

/// A table of works held to milestones ("Công trình | Chủ đầu tư | Mốc tiến
/// độ") gives one task per row; the item over it that asks for work before
/// its last clause is a task of its own.
#[test]
fn a_table_of_works_under_an_item_with_its_own_work() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH\n\
        Số: 61/TB-UBND\n\
        Châu Thành, ngày 12 tháng 5 năm 2021\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về giải ngân vốn đầu tư công\n\
        \n\
        1. Yêu cầu các chủ đầu tư tập trung hoàn thiện hồ sơ, giải ngân đạt 60% kế hoạch vốn trước ngày 30/9/2021; các công trình sau phải bảo đảm mốc tiến độ:\n\
        \n\
        STT | Công trình | Chủ đầu tư | Mốc tiến độ\n\
        1 | Cầu Rạch Chanh | Ban QLDA huyện | Hoàn thành trong tháng 8/2021\n\
        2 | Nhà văn hóa ấp Phú Hòa | UBND xã Phú Tân | Khởi công trước ngày 15/6/2021\n\
        \n\
        2. Phòng Tài chính - Kế hoạch theo dõi, báo cáo tiến độ giải ngân hằng tháng.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Yêu cầu các chủ đầu tư tập trung");
    assert_eq!(bodies(d, Role::Lead), ["chủ đầu tư"]);
    let d = directive(&n, "Cầu Rạch Chanh");
    assert_eq!(bodies(d, Role::Lead), ["Ban QLDA huyện"]);
    assert_eq!(deadlines(d), [("trong tháng 8/2021", Some("2021-08-31"))]);
    let d = directive(&n, "Nhà văn hóa ấp Phú Hòa");
    assert_eq!(bodies(d, Role::Lead), ["UBND xã Phú Tân"]);
}

/// In a news report, the sentence that brings in a task table ("… được phân
/// công như sau:") opens a run: the paragraphs after the table that give a
/// named body its work are tasks too.
#[test]
fn paragraphs_after_a_task_table_in_a_news_report() {
    let text = "\
        Tin hoạt động\n\
        \n\
        Chủ tịch UBND xã kiểm tra công tác phòng chống sạt lở bờ sông\n\
        20/09/2024 | 09:15\n\
        \n\
        Sáng ngày 18/9/2024, ông Nguyễn Văn Tám, Chủ tịch UBND xã Tân Phú đã kiểm tra tình hình sạt lở bờ sông Tiền tại ấp Phú Lợi. Qua kiểm tra, có 12 hộ nằm trong vùng nguy cơ sạt lở cao.\n\
        \n\
        Phát biểu chỉ đạo, ông Tám nhấn mạnh phải bảo đảm an toàn tính mạng người dân. Nhiệm vụ cụ thể được phân công như sau:\n\
        \n\
        TT | Nội dung | Chủ trì | Phối hợp | Thời hạn\n\
        1 | Cắm biển cảnh báo khu vực sạt lở | Phòng Kinh tế | Ban nhân dân ấp Phú Lợi | Trước 30/9/2024\n\
        2 | Vận động các hộ di dời đến nơi an toàn | Ban nhân dân ấp Phú Lợi | Công an xã | Tháng 10/2024\n\
        \n\
        Ông Tám lưu ý, đối với các hộ chưa có nơi ở mới, Phòng Văn hóa - Xã hội rà soát, lập danh sách hỗ trợ tiền thuê nhà, hoàn thành trước ngày 15/10/2024.\n\
        \n\
        Công an xã phối hợp với Đoàn Thanh niên xã tuần tra khu vực sạt lở vào ban đêm trong mùa mưa lũ năm 2024.\n\
        \n\
        Minh Thư\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Ông Tám lưu ý");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Văn hóa - Xã hội"]);
    let d = directive(&n, "Công an xã phối hợp");
    assert_eq!(bodies(d, Role::Lead), ["Công an xã"]);
    directive(&n, "Cắm biển cảnh báo");
}

/// The last of a list of items that hold nothing of their own keeps its
/// task when plain paragraphs follow it ("9. Các chủ tàu, thuyền trưởng …"
/// ⏎ ⏎ "Văn phòng … trực ban …"; "c) Kể từ ngày …, các cơ sở … không sử
/// dụng …"): the paragraphs follow the list, they are not its items.
#[test]
fn the_last_item_of_a_list_keeps_its_task_before_plain_paragraphs() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\n\
        Số: 09/CT-UBND\n\
        Bình Định, ngày 20 tháng 7 năm 2015\n\
        \n\
        CHỈ THỊ\n\
        Về công tác phòng, chống thiên tai năm 2015\n\
        \n\
        1. Sở Nông nghiệp và Phát triển nông thôn kiểm tra các hồ chứa trước mùa mưa bão.\n\
        2. Sở Công Thương chỉ đạo dự trữ hàng hóa thiết yếu.\n\
        3. Các chủ tàu, thuyền trưởng trang bị đủ phao cứu sinh cho thuyền viên trước khi ra khơi.\n\
        \n\
        Văn phòng Ban Chỉ huy PCTT tỉnh tổ chức trực ban 24/24 giờ trong mùa mưa bão năm 2015.\n\
        \n\
        Giám đốc các sở, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ thị này./.\n\
        ";
    let n = extract(text);
    directive(&n, "Các chủ tàu, thuyền trưởng trang bị");
    let d = directive(&n, "Văn phòng Ban Chỉ huy PCTT tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Văn phòng Ban Chỉ huy PCTT tỉnh"]);
}

/// A provisional measure is a task verb ("tạm đình chỉ", "tạm giữ"): a
/// sentence giving one to a different body, after a leading time phrase,
/// is a directive of its own.
#[test]
fn a_provisional_measure_given_to_another_body_splits_off() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\n\
        Số: 77/TB-VP\n\
        Bình Thuận, ngày 12 tháng 3 năm 2015\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân định kỳ\n\
        \n\
        1. Giao Chánh Thanh tra tỉnh kiểm tra lại nội dung phản ánh của công dân, báo cáo Chủ tịch UBND tỉnh trong tháng 4/2015. Trong thời gian kiểm tra, Chủ tịch UBND huyện Hàm Tân tạm đình chỉ công tác đối với công chức địa chính xã Tân Xuân.\n\
        2. Công an tỉnh tạm giữ các phương tiện khai thác cát trái phép tại xã Tân Xuân.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Trong thời gian kiểm tra, Chủ tịch UBND huyện Hàm Tân");
    assert_eq!(bodies(d, Role::Lead), ["UBND huyện Hàm Tân"]);
    let d = directive(&n, "Giao Chánh Thanh tra tỉnh");
    assert_eq!(bodies(d, Role::Lead), ["Thanh tra tỉnh"]);
    let d = directive(&n, "Công an tỉnh tạm giữ");
    assert_eq!(bodies(d, Role::Lead), ["Công an tỉnh"]);
}

/// A topic heading that is a body's name ("2. Về Trung tâm Y tế huyện")
/// over items that name no one hands that body down; a topic of work ("1.
/// Về công tác tiêm chủng") hands down none.
#[test]
fn a_topic_heading_that_names_a_body_hands_it_down() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH\n\
        Số: 45/TB-UBND\n\
        Đức Linh, ngày 05 tháng 3 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện về công tác y tế\n\
        \n\
        II. NHIỆM VỤ TRỌNG TÂM NĂM 2025\n\
        1. Về công tác tiêm chủng\n\
        a) Phòng Y tế đôn đốc các xã hoàn thành tiêm chủng mở rộng trong quý I/2025.\n\
        2. Về Trung tâm Y tế huyện\n\
        + Bố trí bàn hướng dẫn người bệnh đăng ký khám bằng căn cước công dân.\n\
        + Rà soát, bổ sung thuốc thiết yếu trước ngày 30/4/2025.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Bố trí bàn hướng dẫn");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Y tế huyện"]);
    let d = directive(&n, "Rà soát, bổ sung thuốc");
    assert_eq!(bodies(d, Role::Lead), ["Trung tâm Y tế huyện"]);
    let d = directive(&n, "Phòng Y tế đôn đốc");
    assert_eq!(bodies(d, Role::Lead), ["Phòng Y tế"]);
}

/// Time phrases read whole and dated: a round after "một cửa" (no shop),
/// the end of each crop season, a round of assessment, a regular meeting
/// named before its body, the end of a whole year after "trước khi kết
/// thúc", a day of next year, work that must not run into a year, the
/// National Day named as a Tết, a daily round apart from the holiday window
/// that dates it, months ranged with a dash, and a span from now to a
/// campaign's end.
#[test]
fn time_phrases_read_whole_and_dated() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN\n\
        Số: 58/TB-UBND\n\
        Phú Tân, ngày 14 tháng 10 năm 2022\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 10/2022\n\
        \n\
        1. Văn phòng HĐND và UBND huyện báo cáo kết quả thực hiện cơ chế một cửa hàng quý về Sở Nội vụ.\n\
        2. Phòng Kinh tế hướng dẫn các hợp tác xã tổng kết, rút kinh nghiệm khi kết thúc mỗi vụ sản xuất.\n\
        3. Phòng Nông nghiệp chuẩn bị hồ sơ các sản phẩm trước kỳ đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2022.\n\
        4. Phòng Tài chính - Kế hoạch tham mưu dự thảo báo cáo tại phiên họp thường kỳ UBND huyện tháng 11.\n\
        5. Phòng Tài nguyên và Môi trường hoàn thành cấp giấy chứng nhận cho các hộ trước khi kết thúc năm 2022.\n\
        6. Huyện đoàn tổ chức ngày hội tình nguyện nhân dịp kỷ niệm Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3 năm sau.\n\
        7. Ban Quản lý dự án giải quyết dứt điểm vướng mắc về mặt bằng, không để kéo dài sang năm 2023.\n\
        8. Phòng Văn hóa - Thông tin tuyên truyền cổ động trực quan trước Tết Độc lập 2/9.\n\
        9. Công an huyện báo cáo tình hình trước 16 giờ hằng ngày trong thời gian nghỉ Tết từ 20/01/2023 đến 26/01/2023.\n\
        10. Phòng Giáo dục và Đào tạo vận động học sinh tham gia bảo hiểm y tế trong tháng 11-12/2022.\n\
        11. Phòng Lao động - Thương binh và Xã hội rà soát đối tượng chính sách trong thời gian cao điểm từ nay đến hết Chiến dịch.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Văn phòng HĐND và UBND huyện báo cáo");
    assert_eq!(deadlines(d), [("hàng quý", None)]);
    let d = directive(&n, "Phòng Kinh tế hướng dẫn");
    assert_eq!(deadlines(d), [("khi kết thúc mỗi vụ sản xuất", None)]);
    let d = directive(&n, "Phòng Nông nghiệp chuẩn bị");
    assert_eq!(deadlines(d), [("trước kỳ đánh giá", None)]);
    let d = directive(&n, "Phòng Tài chính - Kế hoạch tham mưu");
    assert_eq!(
        deadlines(d),
        [(
            "tại phiên họp thường kỳ UBND huyện tháng 11",
            Some("2022-11-30")
        )]
    );
    let d = directive(&n, "Phòng Tài nguyên và Môi trường hoàn thành");
    assert_eq!(
        deadlines(d),
        [("trước khi kết thúc năm 2022", Some("2022-12-31"))]
    );
    let d = directive(&n, "Huyện đoàn tổ chức");
    assert_eq!(
        deadlines(d),
        [(
            "nhân dịp kỷ niệm Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3 năm sau",
            Some("2023-03-26")
        )]
    );
    let d = directive(&n, "Ban Quản lý dự án giải quyết");
    assert_eq!(
        deadlines(d),
        [("không để kéo dài sang năm 2023", Some("2022-12-31"))]
    );
    let d = directive(&n, "Phòng Văn hóa - Thông tin tuyên truyền");
    assert_eq!(
        deadlines(d),
        [("trước Tết Độc lập 2/9", Some("2023-09-02"))]
    );
    let d = directive(&n, "Công an huyện báo cáo");
    assert_eq!(
        deadlines(d),
        [
            ("trước 16 giờ hằng ngày", None),
            (
                "trong thời gian nghỉ Tết từ 20/01/2023 đến 26/01/2023",
                Some("2023-01-26")
            )
        ]
    );
    let d = directive(&n, "Phòng Giáo dục và Đào tạo vận động");
    assert_eq!(
        deadlines(d),
        [("trong tháng 11-12/2022", Some("2022-12-31"))]
    );
    let d = directive(&n, "Phòng Lao động - Thương binh và Xã hội rà soát");
    assert_eq!(
        deadlines(d),
        [("trong thời gian cao điểm từ nay đến hết Chiến dịch", None)]
    );
}

/// Time phrases that are no deadlines: days stressed inside the work's
/// own span with no cue, a validity from a first day to a last, the term of
/// a licence or a contract, a span already past that selects the things
/// meant, a time the text says is not needed, a start from a round of
/// payments, and the session a report due on a printed day is presented at.
#[test]
fn validity_terms_conditions_and_hours_of_the_day_are_no_deadlines() {
    let text = "\
        ỦY BAN NHÂN DÂN HUYỆN PHÚ LỘC\n\
        Số: 58/TB-UBND\n\
        Phú Lộc, ngày 12 tháng 3 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 3\n\
        \n\
        1. Công an huyện bố trí lực lượng hướng dẫn giao thông trước cổng các trường học vào giờ cao điểm; hoàn thành phương án trước ngày 25/3/2024.\n\
        2. Điện lực Phú Lộc không cắt điện vào giờ cao điểm bơm tưới.\n\
        3. Hạt Kiểm lâm tổ chức trực chữa cháy rừng từ ngày 01/4/2024 đến ngày 31/8/2024, đặc biệt là những ngày nắng gắt.\n\
        4. Ban Quản lý rừng phòng hộ trực 24/24 giờ trong mùa khô, nhất là trong các ngày nắng nóng kéo dài.\n\
        5. Phòng Tài chính - Kế hoạch bố trí kinh phí hỗ trợ cán bộ thôn theo Nghị quyết số 15/2023/NQ-HĐND (định mức áp dụng từ ngày 01/01/2024 đến hết ngày 31/12/2026).\n\
        6. Phòng Tài nguyên và Môi trường gia hạn giấy phép khai thác cát cho Công ty TNHH Minh Phát (giấy phép có thời hạn đến ngày 30/6/2025) trong tháng 4/2024.\n\
        7. Ban Quản lý dự án ký hợp đồng thuê đơn vị giám sát; thời gian thực hiện hợp đồng không quá 90 ngày kể từ ngày ký.\n\
        8. Phòng Kinh tế và Hạ tầng rà soát các công trình đã quá 24 tháng kể từ ngày khởi công mà chưa hoàn thành, báo cáo trước ngày 10/4/2024.\n\
        9. Phòng Văn hóa và Thông tin giải quyết hồ sơ của người dân trong thời hạn không quá 15 ngày kể từ ngày nhận đủ hồ sơ.\n\
        10. Trung tâm Văn hóa cập nhật dữ liệu thẻ thư viện (thẻ cấp năm 2023 không cần đổi lại trong năm 2024).\n\
        11. Phòng Nội vụ hoàn thiện báo cáo công tác cán bộ, gửi UBND huyện trước ngày 20/11/2024 để trình bày tại kỳ họp cuối năm của HĐND huyện.\n\
        12. Phòng Lao động - Thương binh và Xã hội chi trả trợ cấp qua tài khoản bắt đầu từ kỳ chi tháng 5/2024.\n\
        13. Trung tâm Y tế huyện rà soát thuốc có hạn sử dụng đến tháng 6/2024, báo cáo trước ngày 30/4/2024.\n\
        14. Đội Quản lý thị trường số 3 kiểm tra hàng hóa, nhất là các ngày cuối tuần.\n\
        15. Phòng Y tế kiểm tra an toàn thực phẩm, đặc biệt là những ngày giáp Tết Nguyên đán.\n\
        16. Phòng Giáo dục và Đào tạo không cần tổ chức kiểm tra lại trong tháng 5/2024 đối với các trường đã đạt chuẩn.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Công an huyện bố trí lực lượng");
    assert_eq!(
        deadlines(d),
        [
            ("vào giờ cao điểm", None),
            ("trước ngày 25/3/2024", Some("2024-03-25"))
        ]
    );
    let d = directive(&n, "Điện lực Phú Lộc");
    assert_eq!(deadlines(d), [("vào giờ cao điểm", None)]);
    let d = directive(&n, "Hạt Kiểm lâm");
    assert_eq!(
        deadlines(d),
        [("từ ngày 01/4/2024 đến ngày 31/8/2024", Some("2024-08-31"))]
    );
    let d = directive(&n, "Ban Quản lý rừng phòng hộ");
    assert_eq!(
        deadlines(d),
        [
            ("trong mùa khô", None),
            ("trong các ngày nắng nóng kéo dài", None)
        ]
    );
    let d = directive(&n, "Phòng Tài chính - Kế hoạch");
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Phòng Tài nguyên và Môi trường");
    assert_eq!(deadlines(d), [("trong tháng 4/2024", Some("2024-04-30"))]);
    let d = directive(&n, "Ban Quản lý dự án ký hợp đồng");
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Phòng Kinh tế và Hạ tầng");
    assert_eq!(deadlines(d), [("trước ngày 10/4/2024", Some("2024-04-10"))]);
    let d = directive(&n, "Phòng Văn hóa và Thông tin");
    assert_eq!(
        deadlines(d),
        [(
            "trong thời hạn không quá 15 ngày kể từ ngày nhận đủ hồ sơ",
            None
        )]
    );
    let d = directive(&n, "Trung tâm Văn hóa");
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Phòng Nội vụ");
    assert_eq!(
        deadlines(d),
        [("trước ngày 20/11/2024", Some("2024-11-20"))]
    );
    let d = directive(&n, "Phòng Lao động");
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Trung tâm Y tế huyện");
    assert_eq!(deadlines(d), [("trước ngày 30/4/2024", Some("2024-04-30"))]);
    let d = directive(&n, "Đội Quản lý thị trường");
    assert!(deadlines(d).is_empty());
    let d = directive(&n, "Phòng Y tế");
    assert_eq!(
        deadlines(d),
        [("đặc biệt là những ngày giáp Tết Nguyên đán", None)]
    );
    let d = directive(&n, "Phòng Giáo dục và Đào tạo");
    assert!(deadlines(d).is_empty());
}

/// Names of bodies: a team named by its field alone ("Tổ khuyến nông cơ
/// sở"), a city and a district under one UBND, schools listed after one
/// "các trường" (a number in a name), a firm's trade of two words ("cáp
/// treo"), a cooperative group, signing verbs ending a name, a kind given
/// more time ("nhà đầu tư được gia hạn"), a commune post named by its job
/// ("Kế toán - Ngân sách xã").
#[test]
fn names_of_teams_cities_schools_firms_and_licensed_kinds() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n\
        Số: 88/TB-UBND\n\
        Hòa Bình, ngày 10 tháng 4 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về phát triển du lịch\n\
        \n\
        1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Tổ khuyến nông cơ sở hướng dẫn nông dân trồng cây ăn quả.\n\
        2. UBND thành phố Hòa Bình, huyện Lạc Sơn rà soát quỹ đất xây dựng nhà ở xã hội.\n\
        3. Sở Lao động phối hợp với các trường Cao đẳng nghề Sông Đà số 2, Cao đẳng Kinh tế Hòa Bình tổ chức ngày hội việc làm.\n\
        4. Sở Văn hóa phối hợp với Công ty CP Dịch vụ cáp treo Thác Bờ tổ chức lễ hội.\n\
        5. Tổ hợp tác chè Tân Lạc hoàn thiện hồ sơ sản phẩm OCOP.\n\
        6. Sở Tài chính ký hợp đồng với đơn vị tư vấn trong tháng 5/2025.\n\
        7. Các nhà đầu tư được gia hạn phải ký quỹ bảo đảm thực hiện dự án.\n\
        8. Kế toán - Ngân sách xã Tân Lạc tham mưu bố trí kinh phí.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Sở Nông nghiệp và Môi trường chủ trì");
    assert_eq!(bodies(d, Role::Cooperate), ["Tổ khuyến nông cơ sở"]);
    let d = directive(&n, "UBND thành phố Hòa Bình");
    assert_eq!(
        bodies(d, Role::Lead),
        ["UBND thành phố Hòa Bình", "UBND huyện Lạc Sơn"]
    );
    let d = directive(&n, "Sở Lao động phối hợp");
    assert_eq!(
        bodies(d, Role::Cooperate),
        [
            "Trường Cao đẳng nghề Sông Đà số 2",
            "Trường Cao đẳng Kinh tế Hòa Bình"
        ]
    );
    let d = directive(&n, "Sở Văn hóa phối hợp");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Công ty CP Dịch vụ cáp treo Thác Bờ"]
    );
    let d = directive(&n, "Tổ hợp tác chè");
    assert_eq!(bodies(d, Role::Lead), ["Tổ hợp tác chè Tân Lạc"]);
    let d = directive(&n, "Sở Tài chính ký hợp đồng");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    let d = directive(&n, "Các nhà đầu tư được gia hạn");
    assert_eq!(bodies(d, Role::Lead), ["nhà đầu tư được gia hạn"]);
    let d = directive(&n, "Kế toán - Ngân sách xã");
    assert_eq!(bodies(d, Role::Lead), ["Kế toán - Ngân sách xã Tân Lạc"]);
}

/// Initials a news report gives a board ("Ban Quản lý … (BQL)"), which
/// elsewhere stand for the kind: the later "BQL" is that board; a team
/// named by its field before a comma ("Tổ công nghệ số cộng đồng, Công an
/// cấp xã") is named whole.
#[test]
fn initials_given_to_a_board_point_back_to_it() {
    let text = "\
        ỦY BAN NHÂN DÂN TỈNH THANH HÓA\n\
        Số: 91/TB-UBND\n\
        Thanh Hóa, ngày 12 tháng 5 năm 2025\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra dự án\n\
        \n\
        Tham dự có Ban Quản lý Khu kinh tế Nghi Sơn và các KCN tỉnh Thanh Hóa (BQL) và UBND thị xã Nghi Sơn.\n\
        Chủ tịch UBND tỉnh kết luận như sau:\n\
        1. Giao BQL làm việc với nhà đầu tư về tiến độ dự án trong tháng 6/2025.\n\
        2. UBND thị xã Nghi Sơn chủ trì, phối hợp với Tổ công nghệ số cộng đồng, Công an cấp xã thu thập dữ liệu dân cư.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Giao BQL làm việc");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý Khu kinh tế Nghi Sơn và các KCN tỉnh Thanh Hóa"]
    );
    let d = directive(&n, "UBND thị xã Nghi Sơn chủ trì");
    assert_eq!(
        bodies(d, Role::Cooperate),
        ["Tổ công nghệ số cộng đồng", "Công an cấp xã"]
    );
}

/// In a news report of directions: an item with work of its own stays a
/// task though a lead-in opened by a linking word ("Bên cạnh đó, giao nhiệm
/// vụ cụ thể:") follows it; "Với <bodies>, X đề nghị mỗi xã …" asks the
/// label's bodies; a stance of the speaker's own level after "khẳng định,"
/// is no task.
#[test]
fn an_item_before_a_linked_lead_in_and_a_with_label_asking_each() {
    let text = "\
        Quảng Bình đẩy nhanh tiến độ xây dựng nông thôn mới\n\
        \n\
        Văn phòng UBND tỉnh vừa có Thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp về xây dựng nông thôn mới.\n\
        \n\
        Chủ tịch UBND tỉnh yêu cầu các sở, ngành và UBND các huyện, thị xã:\n\
        \n\
        1. Tập trung hoàn thành các tiêu chí còn thiếu của các xã đăng ký đạt chuẩn năm 2024.\n\
        \n\
        2. Rà soát, ưu tiên bố trí vốn lồng ghép cho các công trình hạ tầng thiết yếu; định kỳ ngày 25 hằng tháng báo cáo tiến độ về Văn phòng Điều phối nông thôn mới tỉnh.\n\
        \n\
        Bên cạnh đó, giao nhiệm vụ cụ thể:\n\
        \n\
        - Sở Tài chính tham mưu phân bổ vốn sự nghiệp, hoàn thành trước ngày 30/6/2024.\n\
        \n\
        - Sở Nông nghiệp và Phát triển nông thôn hướng dẫn các xã hoàn thiện hồ sơ đề nghị công nhận.\n\
        \n\
        Với các xã vùng bãi ngang, Chủ tịch UBND tỉnh đề nghị mỗi xã lựa chọn ít nhất một sản phẩm OCOP để đầu tư, hoàn thành trong quý III/2024.\n\
        \n\
        Phó Chủ tịch UBND tỉnh khẳng định, tỉnh luôn đồng hành cùng các địa phương, song sẽ xử lý nghiêm người đứng đầu để chậm tiến độ.\n\
        ";
    let n = extract(text);
    let d = directive(&n, "Rà soát, ưu tiên bố trí vốn lồng ghép");
    assert_eq!(
        bodies(d, Role::Lead),
        ["sở, ngành", "UBND các huyện, thị xã"]
    );
    assert!(!d.deadlines.is_empty());
    let d = directive(&n, "Sở Tài chính tham mưu");
    assert_eq!(bodies(d, Role::Lead), ["Sở Tài chính"]);
    let d = directive(&n, "Với các xã vùng bãi ngang");
    assert_eq!(bodies(d, Role::Lead), ["xã vùng bãi ngang"]);
    no_directive_with(&n, &["tỉnh luôn đồng hành"]);
}

/// A numbered item that only points at the task table under it is no task;
/// "Đối với <body> …: <task>" takes the body read to the colon; a kind of
/// doer narrowed at length before its colon still reads as a task; the
/// head's authorisation of a deputy and the accountability of whoever lets
/// harm happen are no tasks.
#[test]
fn pointer_over_a_table_labels_to_the_colon_and_statements_of_the_head() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        HUYỆN PHÚ LỘC\n\
        Số: 88/TB-UBND\n\
        \n\
        Phú Lộc, ngày 14 tháng 5 năm 2024\n\
        \n\
        THÔNG BÁO\n\
        Kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác phòng chống lụt bão\n\
        \n\
        Chủ tịch UBND huyện kết luận như sau:\n\
        \n\
        1. Thống nhất phân công nhiệm vụ theo bảng sau; yêu cầu các đơn vị chủ trì khẩn trương thực hiện, bảo đảm tiến độ:\n\
        \n\
        STT	Nội dung nhiệm vụ	Đơn vị chủ trì	Đơn vị phối hợp	Thời hạn\n\
        1	Kiểm tra, gia cố các tuyến đê xung yếu	Phòng Nông nghiệp và Phát triển nông thôn	UBND các xã ven biển	Trước 30/6/2024\n\
        2	Dự trữ vật tư, phương tiện cứu hộ	Ban Chỉ huy Quân sự huyện	Công an huyện	Tháng 7/2024\n\
        \n\
        2. Đối với Ban Quản lý dự án đầu tư xây dựng khu vực huyện: Hoàn thành sửa chữa cống Hói Dừa trước mùa mưa bão, bàn giao cho UBND xã Vinh Hưng quản lý.\n\
        \n\
        3. Các hộ nuôi trồng thủy sản, nhất là các hộ nuôi lồng bè trên đầm phá, ven cửa biển, gần bến cá: di chuyển lồng bè vào nơi an toàn khi có bão.\n\
        \n\
        4. Chủ tịch UBND huyện ủy quyền cho đồng chí Phó Chủ tịch UBND huyện Lê Văn Hải ký các văn bản điều hành về phòng chống thiên tai trong thời gian từ ngày 15/5/2024 đến ngày 15/11/2024.\n\
        \n\
        Địa phương nào để xảy ra thiệt hại về người do chủ quan, Chủ tịch UBND địa phương đó phải chịu trách nhiệm trước Chủ tịch UBND huyện.\n\
        \n\
        Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
        ";
    let n = extract(text);
    no_directive_with(&n, &["Thống nhất phân công", "ủy quyền", "Địa phương nào"]);
    let d = directive(&n, "Kiểm tra, gia cố các tuyến đê");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Phòng Nông nghiệp và Phát triển nông thôn"]
    );
    let d = directive(&n, "Đối với Ban Quản lý dự án");
    assert_eq!(
        bodies(d, Role::Lead),
        ["Ban Quản lý dự án đầu tư xây dựng khu vực huyện"]
    );
    directive(&n, "Các hộ nuôi trồng thủy sản, nhất là");
}

/// "II. NỘI DUNG" after the plan's purposes holds its tasks ("Thứ nhất,
/// …"); a line of bodies and only what they are ("Các
/// trường học là đơn vị …:") hands them down to the bullets under it.
#[test]
fn content_part_items_and_a_label_saying_what_the_bodies_are() {
    let text = "\
        ỦY BAN NHÂN DÂN\n\
        XÃ TÂN THÀNH\n\
        Số: 21/KH-UBND\n\
        \n\
        Tân Thành, ngày 04 tháng 4 năm 2025\n\
        \n\
        KẾ HOẠCH\n\
        Ra quân tổng vệ sinh môi trường năm 2025\n\
        \n\
        I. MỤC ĐÍCH, YÊU CẦU\n\
        Tạo chuyển biến về ý thức giữ gìn vệ sinh môi trường trong nhân dân.\n\
        \n\
        II. NỘI DUNG\n\
        Thứ nhất, tổ chức lễ ra quân tại Nhà văn hóa xã vào ngày 20/4/2025.\n\
        Thứ hai, phát quang bụi rậm, khơi thông cống rãnh tại các thôn trong tháng 5/2025.\n\
        \n\
        III. TỔ CHỨC THỰC HIỆN\n\
        Các trường học là đơn vị trực tiếp tổ chức cho học sinh ra quân:\n\
        - Phân công giáo viên, học sinh dọn vệ sinh khuôn viên trường;\n\
        - Báo cáo số lượng tham gia về UBND xã trước ngày 18/4/2025.\n\
        ";
    let n = extract(text);
    directive(&n, "tổ chức lễ ra quân tại Nhà văn hóa xã");
    directive(&n, "phát quang bụi rậm");
    let d = directive(&n, "Phân công giáo viên");
    assert_eq!(bodies(d, Role::Lead), ["trường học"]);
    no_directive_with(&n, &["Các trường học là đơn vị"]);
}

/// Initials point back only to a body named with them in brackets before:
/// a "BQL" printed before the bracket that gives it stays the kind.
#[test]
fn initials_point_back_only_to_a_bracket_before_them() {
    let text = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về các dự án trong khu kinh tế\n\n\
        Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n\
        1. Giao BQL rà soát hồ sơ các dự án chậm tiến độ, báo cáo trong tháng 7/2025.\n\n\
        2. Ban Quản lý Khu kinh tế Vân Phong (BQL) chủ trì, phối hợp với Sở Tài chính lập danh mục dự án kêu gọi đầu tư.\n\n\
        3. Giao BQL làm việc với nhà đầu tư về tiến độ giải ngân trước ngày 30/8/2025.\n";
    let n = extract(text);
    let d = directive(&n, "Giao BQL rà soát");
    assert_eq!(bodies(d, Role::Lead), ["BQL"]);
    let d = directive(&n, "Giao BQL làm việc");
    assert_eq!(bodies(d, Role::Lead), ["Ban Quản lý Khu kinh tế Vân Phong"]);
}
