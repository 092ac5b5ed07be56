"""Rules of the forty-seventh session, on hand-made records: "Liệt kê …" asks for several things (a list's
opening and all its items); an implementation section quoted whole keeps the closing paragraph printed
right after it; a duties question that names two or three bodies quotes each one's own part; an agency's
duties narrowed to a topic keep the other items of a short part under its own title; "… có hiệu lực từ khi
nào và ai chịu trách nhiệm thi hành?" quotes the sentence that names who executes the document.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

PT = "kh_nq66_phutho.txt"
NQ = "nq394_chinhphu.txt"
LUAT = "luat74_vieclam.txt"
QD = "qd1218_vinhlong.txt"
CD = "cd227_ttg.txt"
TU = "cv_tinhuy_hatinh.txt"
BN = "kh144_bacninh.txt"
DA = "qd2597_ttg.txt"
HCM = "kh174_hcm.txt"
FOUNDATIONS = "III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ"
ORG = "III. TỔ CHỨC THỰC HIỆN"
CT = "- Bộ Công Thương"
TITLES = ("III. NHIỆM VỤ, GIẢI PHÁP", "2. Tăng cường hiệu quả công tác quản lý rác")
BENEFITS = "1. Các chế độ bảo hiểm thất nghiệp bao gồm:"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(PT, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", number="232/KH-UBND",
                 province="Phú Thọ"),
        Document(NQ, "Nghị quyết về giữ gìn vệ sinh môi trường", "Nghị quyết", number="394/NQ-CP",
                 province="Trung ương", issuer="Chính phủ"),
        Document(LUAT, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương", issuer="Quốc hội"),
        Document(QD, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Quyết định",
                 number="1218/QĐ-UBND", province="Vĩnh Long"),
        Document(CD, "Công điện về tập trung khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 province="Trung ương", issuer="Thủ tướng Chính phủ"),
        Document(TU, "Công văn về thực hiện Nghị quyết số 66-NQ/TW", "Công văn", province="Hà Tĩnh",
                 issuer="Tỉnh ủy Hà Tĩnh"),
        Document(BN, "Kế hoạch phát triển kinh tế số và xã hội số tỉnh Bắc Ninh giai đoạn 2026 - 2030", "Kế hoạch",
                 number="144/KH-UBND", province="Bắc Ninh"),
        Document(DA, "PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG XÂY "
                 "DỰNG", "Quyết định", number="2597/QĐ-TTg", province="Trung ương", issuer="Thủ tướng Chính phủ"),
        Document(HCM, "Kế hoạch thực hiện Tháng hành động vì bình đẳng giới năm 2025", "Kế hoạch",
                 number="174/KH-UBND", province="Hồ Chí Minh"),
    ]  # fmt: skip
    clauses = [
        Clause(PT, "III", "Mục III", (), (163, 163), ORG),
        Clause(PT, "III.1", "Mục III, khoản 1", (ORG,), (164, 169),
               "1. Các sở, ngành, địa phương xây dựng và tổ chức thực hiện kế hoạch triển khai Nghị quyết."),
        Clause(PT, "III.2", "Mục III, khoản 2", (ORG,), (171, 175),
               "2. Các sở, ngành có trách nhiệm rà soát các chương trình, kế hoạch hành động đã ban hành."),
        Clause(PT, "III.3", "Mục III, khoản 3", (ORG,), (177, 178),
               "3. Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương bảo đảm nguồn kinh phí thực hiện."),
        Clause(PT, "III.4", "Mục III, khoản 4", (ORG,), (180, 182),
               "4. Sở Tư pháp chủ trì, phối hợp với các sở, ngành, địa phương theo dõi, đôn đốc việc triển khai Kế "
               "hoạch này; tham mưu báo cáo kết quả thực hiện theo quy định."),
        Clause(PT, "ket-luan", "Phần kết", (), (184, 186),
               "Trong quá trình thực hiện Kế hoạch này, nếu có khó khăn, vướng mắc đề nghị các sở, ngành, địa "
               "phương kịp thời phản ánh về Sở Tư pháp để tổng hợp báo cáo UBND tỉnh xem xét, quyết định./."),
        Clause(NQ, "III.2.a", "Mục III, khoản 2, điểm a", TITLES, (230, 231),
               "a) Tiếp tục hoàn thiện thể chế, chính sách về quản lý chất thải"),
        Clause(NQ, "III.2.a.2", "Mục III, khoản 2, điểm a, ý 2", (*TITLES, "a) Tiếp tục hoàn thiện thể chế"),
               (243, 243), CT),
        Clause(NQ, "III.2.a.2.1", "Mục III, khoản 2, điểm a, ý 2, ý 1", (*TITLES, CT), (245, 248),
               "+ Ban hành các chính sách thúc đẩy công nghiệp tái chế, xử lý chất thải kết hợp thu hồi năng lượng."),
        Clause(NQ, "III.2.a.2.2", "Mục III, khoản 2, điểm a, ý 2, ý 2", (*TITLES, CT), (250, 253),
               "+ Ban hành tỷ lệ sử dụng nguyên, vật liệu tái chế trong các sản phẩm, hàng hóa tiêu dùng."),
        Clause(NQ, "III.2.a.2.3", "Mục III, khoản 2, điểm a, ý 2, ý 3", (*TITLES, CT), (255, 257),
               "+ Tiếp tục rà soát các quy hoạch về năng lượng, ưu tiên điện rác và điện sinh khối."),
        Clause(PT, "IV.4", "Mục IV, khoản 4", ("IV. NHIỆM VỤ, GIẢI PHÁP",), (464, 464),
               "4. Nâng cao hiệu quả công tác hợp tác quốc tế"),
        Clause(PT, "IV.4.1", "Mục IV, khoản 4, ý 1", ("IV. NHIỆM VỤ, GIẢI PHÁP",
               "4. Nâng cao hiệu quả công tác hợp tác quốc tế"), (466, 472),
               "- Xử lý tốt các tranh chấp phát sinh ngay từ cơ sở, nhất là tranh chấp về đầu tư trực tiếp nước ngoài."),
        Clause(PT, "IV.4.2", "Mục IV, khoản 4, ý 2", ("IV. NHIỆM VỤ, GIẢI PHÁP",
               "4. Nâng cao hiệu quả công tác hợp tác quốc tế"), (474, 478),
               "- Thu hút nguồn nhân lực có kinh nghiệm về pháp luật quốc tế và hợp tác quốc tế về pháp luật."),
        Clause(NQ, "II", "Mục II", (), (76, 76), "II. MỤC TIÊU"),
        Clause(NQ, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (78, 84),
               "1. Mục tiêu tổng quát Phát động phong trào toàn dân tham gia bảo vệ môi trường trên phạm vi toàn quốc."),
        Clause(NQ, "II.2", "Mục II, khoản 2", ("II. MỤC TIÊU",), (86, 87), "2. Mục tiêu cụ thể đến năm 2030"),
        Clause(NQ, "II.2.a", "Mục II, khoản 2, điểm a", ("II. MỤC TIÊU", "2. Mục tiêu cụ thể đến năm 2030"),
               (89, 91), "a) 100% các phường, xã tổ chức ngày cuối tuần ra quân tổng vệ sinh công cộng."),
        Clause(NQ, "II.2.b", "Mục II, khoản 2, điểm b", ("II. MỤC TIÊU", "2. Mục tiêu cụ thể đến năm 2030"),
               (93, 96), "b) 100% chính quyền địa phương tổ chức phân loại rác thải sinh hoạt tại hộ gia đình."),
        Clause(NQ, "II.2.c", "Mục II, khoản 2, điểm c", ("II. MỤC TIÊU", "2. Mục tiêu cụ thể đến năm 2030"),
               (98, 100), "c) 95% rác thải sinh hoạt được thu gom, xử lý đúng quy định."),
        Clause(HCM, "VII", "Mục VII", (), (450, 457),
               "VII. CHẾ ĐỘ BÁO CÁO Các sở, ban, ngành, đoàn thể Thành phố gửi báo cáo công tác Bình đẳng giới năm "
               "2025 và báo cáo kết quả thực hiện Tháng hành động năm 2025 về Sở Nội vụ trước ngày 16 tháng 12 năm "
               "2025 để tổng hợp báo cáo Bộ Nội vụ, Ủy ban nhân dân Thành phố theo quy định./."),
        Clause(LUAT, "Điều 30", "Điều 30", (), (505, 505), "Điều 30. Các chế độ bảo hiểm thất nghiệp"),
        Clause(LUAT, "Điều 30.1", "Điều 30, khoản 1", ("Điều 30. Các chế độ bảo hiểm thất nghiệp",), (507, 507),
               BENEFITS),
        *[
            Clause(LUAT, f"Điều 30.1.{p}", f"Điều 30, khoản 1, điểm {p}",
                   ("Điều 30. Các chế độ bảo hiểm thất nghiệp", BENEFITS), (line, line), text)
            for p, line, text in (
                ("a", 508, "a) Tư vấn, giới thiệu việc làm;"),
                ("b", 510, "b) Hỗ trợ người lao động tham gia đào tạo, nâng cao trình độ kỹ năng nghề;"),
                ("c", 512, "c) Trợ cấp thất nghiệp;"),
                ("d", 514, "d) Hỗ trợ người sử dụng lao động đào tạo để duy trì việc làm cho người lao động."),
            )
        ],
        Clause(QD, "Điều 1", "Điều 1", (), (60, 62),
               "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 66-NQ/TW."),
        Clause(QD, "Điều 2", "Điều 2", (), (67, 68),
               "Điều 2. Giao Giám đốc Sở Tư pháp chủ trì, phối hợp với cơ quan, đơn vị có liên quan triển khai "
               "thực hiện nội dung Kế hoạch."),
        Clause(QD, "Điều 3", "Điều 3", (), (70, 76),
               "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Thủ trưởng các sở, ban, "
               "ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này. "
               "Quyết định có hiệu lực thi hành kể từ ngày ký./."),
        Clause(CD, "preamble", "Phần mở đầu", (), (12, 28),
               "Số: 227/CĐ-TTg Hà Nội, ngày 23 tháng 11 năm 2025 CÔNG ĐIỆN V/V TẬP TRUNG KHẮC PHỤC HẬU QUẢ SAU MƯA "
               "LŨ TẠI KHU VỰC NAM TRUNG BỘ THỦ TƯỚNG CHÍNH PHỦ điện: | ** ** | - Đồng chí Bí thư tỉnh ủy và Chủ "
               "tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng; - Bộ trưởng, Thủ trưởng cơ "
               "quan ngang bộ; - Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia.", "preamble"),
        Clause(CD, "1", "Mục 1", (), (40, 42),
               "1. Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh tập trung khắc phục hậu quả mưa lũ."),
        Clause(CD, "noi-nhan", "Nơi nhận", (), (185, 196),
               "Nơi nhận: - Như trên; - Ban Bí thư Trung ương Đảng; - Văn phòng Quốc hội; - Lưu: Văn thư.",
               "recipients"),
        Clause(TU, "preamble", "Phần mở đầu", (), (17, 29),
               "Kính gửi - Các ban Đảng, Văn phòng Tỉnh ủy, - Các đảng ủy trực thuộc Tỉnh ủy. Thực hiện Nghị quyết "
               "số 66-NQ/TW, cấp ủy, chính quyền các cấp đã quan tâm chỉ đạo triển khai. Ban Thường vụ Tỉnh ủy yêu "
               "cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị tập trung thực hiện một số nhiệm vụ trọng tâm sau:",
               "preamble"),
        Clause(TU, "1", "Mục 1", (), (30, 30),
               "1. Các cấp ủy, tổ chức đảng các cấp tiếp tục quán triệt, tuyên truyền sâu rộng Nghị quyết."),
        Clause(TU, "2", "Mục 2", (), (33, 33),
               "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo rà soát, sửa đổi hệ thống văn bản QPPL."),
        Clause(TU, "3", "Mục 3", (), (40, 40),
               "3. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo công tác tuyên truyền Nghị quyết."),
        Clause(TU, "noi-nhan", "Nơi nhận", (), (47, 54),
               "Nơi nhận: - Như trên, - Thường trực Tỉnh ủy, - Đoàn ĐBQH tỉnh - Lưu: Văn phòng Tỉnh ủy.",
               "recipients"),
        Clause(BN, "III", "Mục III", (), (162, 163), FOUNDATIONS),
        *[
            Clause(BN, f"III.{i}", f"Mục III, khoản {i}", (FOUNDATIONS,), (line, line + 2),
                   f"{i}. {name} Phát triển {name.lower()} là nền tảng của kinh tế số. Trọng tâm:")
            for i, (name, line) in enumerate(
                [("Thể chế", 165), ("Hạ tầng số", 207), ("Nền tảng số", 251), ("Dữ liệu số", 283),
                 ("Chuyển đổi AI", 320), ("An toàn thông tin mạng và an ninh mạng", 342), ("Nhân lực số", 380),
                 ("Công dân số và văn hóa số", 408)],
                start=1,
            )
        ],
        *[
            Clause(BN, f"III.{i}.{p}", f"Mục III, khoản {i}, điểm {p}", (FOUNDATIONS,), (line + 3 + k, line + 3 + k),
                   f"{p}) Triển khai nội dung {k + 1} của nền móng {i}.")
            for i, line in enumerate([165, 207, 251, 283, 320, 342, 380, 408], start=1)
            for k, p in enumerate("abc")
        ],
        Clause(BN, "IV", "Mục IV", (), (511, 516),
               "IV. PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC Phát triển kinh tế số và xã hội số toàn diện "
               "trong tất cả các ngành, lĩnh vực, cụ thể như sau:"),
        Clause(BN, "IV.1", "Mục IV, khoản 1", ("IV. PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC",),
               (518, 519), "1. Nông nghiệp và Môi trường"),
        Clause(BN, "IV.2", "Mục IV, khoản 2", ("IV. PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC",),
               (599, 600), "2. Du lịch và Văn hóa"),
    ]  # fmt: skip
    law = "Tạo đột phá trong công tác thi hành pháp luật"
    tasks = [
        make_task(PT, "6", "Thực hiện nghiêm quy định của Luật Ban hành văn bản quy phạm pháp luật",
                  ["Các sở, ngành, địa phương"], ["Sở Tư pháp"], deadline="Thường xuyên", line=326, group="II",
                  group_title="Đổi mới tư duy xây dựng pháp luật"),
        make_task(PT, "11", "Thực hiện thường xuyên, hiệu quả việc kiểm tra, xử lý văn bản quy phạm pháp luật",
                  ["Các sở, ngành, địa phương"], ["Sở Tư pháp"], deadline="Thường xuyên", line=459, group="III",
                  group_title=law),
        make_task(PT, "12", "Tăng cường đối thoại, tiếp nhận, lắng nghe phản ánh của người dân",
                  ["Các sở, ngành, địa phương"], ["Sở Tư pháp"], deadline="Thường xuyên", line=484, group="III",
                  group_title=law),
        make_task(PT, "13", "Tập trung xây dựng văn hóa tuân thủ pháp luật", ["Các sở, ngành, địa phương"],
                  deadline="Thường xuyên", line=436, group="III", group_title=law),
        make_task(PT, "20", "Xây dựng Đề án đổi mới công tác tổ chức thi hành pháp luật", ["Sở Tư pháp"],
                  deadline="2027", line=936, group="IV", group_title="Nguồn lực"),
        make_task(PT, "21", "Tổ chức hệ thống hóa văn bản QPPL kỳ 2024-2028", ["Sở Tư pháp"],
                  deadline="Năm 2028 đến 2029", line=1078, group="IV", group_title="Nguồn lực"),
        make_task(PT, "22", "Tổ chức hội thảo trao đổi các giải pháp", ["Sở Tư pháp"], deadline="Năm 2026",
                  line=648, group="IV", group_title="Nguồn lực"),
    ]  # fmt: skip
    tasks += [
        make_task(DA, str(i), name, ["Bộ Xây dựng"], line=line, group=group, group_title=title)
        for i, (name, line, group, title) in enumerate(
            [
                ("Xây dựng cơ chế chia sẻ dữ liệu kết cấu hạ tầng", 535, "I", "CƠ CHẾ, CHÍNH SÁCH"),
                ("Ban hành quy chế quản lý cơ sở dữ liệu", 545, "I", "CƠ CHẾ, CHÍNH SÁCH"),
                ("Thành lập tổ công tác chuyển đổi số", 640, "II", "CHỈ ĐẠO, ĐIỀU HÀNH"),
                ("Hợp tác với các tổ chức quốc tế về dữ liệu", 1005, "VII", "HỢP TÁC QUỐC TẾ"),
            ],
            start=1,
        )
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_list_asked_in_words_asks_for_several_things(view):
    assert understand("Liệt kê các chế độ bảo hiểm thất nghiệp theo Luật Việc làm số 74/2025/QH15.").plural
    assert understand("Kể tên các chế độ bảo hiểm thất nghiệp.").plural
    _, _, outcome = ask_view(
        view, "Liệt kê các chế độ bảo hiểm thất nghiệp theo Luật Việc làm số 74/2025/QH15."
    )
    assert {(508, 508), (510, 510), (512, 512), (514, 514)} <= _lines(outcome), outcome.text


def test_an_implementation_section_quoted_whole_keeps_its_closing_paragraph(view):
    from assistant import special

    _, _, outcome = ask_view(
        view, "Phần tổ chức thực hiện trong kế hoạch của Phú Thọ phân công những việc gì?"
    )
    assert {(164, 169), (180, 182), (184, 186)} <= _lines(outcome), outcome.text
    # (the closing paragraph belongs to no other section)
    heading = next(c for c in view.clause_chunks if c.doc == LUAT and c.path == "Điều 30")
    assert special.closing_of(view, heading) is None


def test_duties_of_two_named_bodies_quote_each_ones_part(view):
    _, _, outcome = ask_view(
        view,
        "Phần tổ chức thực hiện của kế hoạch Phú Thọ giao trách nhiệm gì cho các sở, ngành, Sở Tài chính và Sở "
        "Tư pháp?",
    )
    assert not outcome.abstained, outcome.text
    assert {(177, 178), (180, 182)} <= _lines(outcome), outcome.text
    assert outcome.strategy == "duties", outcome.strategy


def test_duties_on_a_topic_keep_the_short_part_under_the_agencys_title(view):
    _, _, outcome = ask_view(
        view,
        "What does Resolution 394/NQ-CP ask the Ministry of Industry and Trade (Bộ Công Thương) to do "
        "on waste management?",
    )
    assert {(245, 248), (250, 253), (255, 257)} <= _lines(outcome), outcome.text


def test_in_force_and_who_executes_quotes_both_sentences(view):
    _, _, outcome = ask_view(
        view, "Quyết định 1218/QĐ-UBND có hiệu lực từ khi nào và ai chịu trách nhiệm thi hành?"
    )
    assert "kể từ ngày ký" in outcome.text, outcome.text
    assert "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp" in outcome.text, outcome.text
    _, _, alone = ask_view(view, "Quyết định 1218/QĐ-UBND có hiệu lực từ khi nào?")
    assert "Chánh Văn phòng" not in alone.text, alone.text


def test_who_is_given_the_lead_and_when_in_force_quotes_the_article_that_gives_it(view):
    _, _, outcome = ask_view(
        view,
        "Under Decision 1218/QĐ-UBND, who is assigned to lead implementation of the plan, and when does the "
        "decision take effect?",
    )
    assert "Giao Giám đốc Sở Tư pháp chủ trì" in outcome.text, outcome.text
    assert "kể từ ngày ký" in outcome.text, outcome.text


def test_the_tasks_of_a_period_asked_as_what_they_comprise_are_a_period_listing():
    query = understand("Các nhiệm vụ thực hiện hàng năm trong phụ lục Kế hoạch của Hà Tĩnh gồm những gì?")
    assert query.intent == "period_tasks", query
    assert understand("Các nhiệm vụ của Sở Tư pháp Hà Tĩnh gồm những gì?").intent == "agency_tasks"


def test_up_to_a_year_is_a_time_not_a_maximum():
    from assistant.glossary import translate_question

    assert "tối đa" not in translate_question("What targets does the plan set for the period up to 2030?")
    assert "thời gian" not in translate_question("What targets does the plan set for the period up to 2030?")
    assert "tối đa" in translate_question("a maximum of up to 5 years")


def test_a_code_asked_with_how_much_is_no_count_and_two_procedures_are_several():
    query = understand("Hai thủ tục hành chính mới ban hành trong Quyết định 2031 là gì, mã TTHC bao nhiêu?")
    assert query.answer_type is None and query.plural, query
    assert understand("Quyết định 2031 công bố bao nhiêu thủ tục hành chính?").answer_type == "count"


def test_a_telegrams_addressees_follow_its_sender_and_both_lists_answer_when_both_are_asked(view):
    _, _, outcome = ask_view(view, "To whom is the Prime Minister's Official Dispatch 227/CĐ-TTg addressed?")
    assert "THỦ TƯỚNG CHÍNH PHỦ điện: - Đồng chí Bí thư tỉnh ủy" in outcome.text, outcome.text
    assert "KHU VỰC NAM TRUNG BỘ" not in outcome.text, outcome.text
    _, _, sent = ask_view(view, "Công điện 227 gửi những ai?")
    assert (185, 196) in _lines(sent), sent.text
    _, _, both = ask_view(
        view,
        "Công văn của Tỉnh ủy Hà Tĩnh về thực hiện Nghị quyết 66 được kính gửi và gửi nơi nhận đến những đâu?",
    )
    assert {(17, 29), (47, 54)} <= _lines(both), both.text


def test_the_bodies_a_letters_opening_gives_tasks_are_its_numbered_parts(view):
    _, _, outcome = ask_view(
        view,
        "Công văn của Tỉnh ủy Hà Tĩnh về thực hiện Nghị quyết 66 giao nhiệm vụ trọng tâm cho những chủ thể nào?",
    )
    assert {(30, 30), (33, 33), (40, 40)} <= _lines(outcome), outcome.text


def test_a_long_title_in_capitals_named_by_its_noun_is_the_section_and_its_items_come_first(view):
    _, _, outcome = ask_view(
        view,
        "Kế hoạch phát triển kinh tế số, xã hội số Bắc Ninh giai đoạn 2026-2030 xác định những nền móng nào cần "
        "phát triển?",
    )
    assert outcome.strategy == "section", (outcome.strategy, outcome.text)
    # (all eight foundations are named; their points would pass the list's length, so none is quoted)
    assert {(165, 167), (380, 382), (408, 410)} <= _lines(outcome), outcome.text
    assert (168, 168) not in _lines(outcome), outcome.text
    assert (518, 519) not in _lines(outcome), outcome.text


def test_the_document_two_plans_implement_compared_asks_what_each_implements():
    query = understand(
        "So sánh văn bản của cấp ủy tỉnh mà Kế hoạch của UBND tỉnh Hà Tĩnh và Kế hoạch của UBND tỉnh Phú Thọ "
        "cùng triển khai thực hiện."
    )
    assert query.answer_type == "implements", query


def test_the_groups_of_an_appendix_of_a_document_named_by_its_title(view):
    _, scope, outcome = ask_view(
        view,
        "Phụ lục danh mục nhiệm vụ trọng tâm của Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác "
        "kết cấu hạ tầng xây dựng được chia thành những nhóm nào?",
    )
    assert outcome.strategy == "groups", (scope, outcome.strategy, outcome.text)
    assert "CƠ CHẾ, CHÍNH SÁCH" in outcome.text and "HỢP TÁC QUỐC TẾ" in outcome.text, outcome.text


def test_a_section_whose_title_prints_the_year_asked_answers_whole(view):
    _, _, outcome = ask_view(
        view,
        "Nghị quyết 394/NQ-CP đặt ra những mục tiêu cụ thể nào đến năm 2030 về phân loại, thu gom, xử lý rác thải?",
    )
    assert outcome.strategy == "section", (outcome.strategy, outcome.text)
    assert {(89, 91), (93, 96), (98, 100)} <= _lines(outcome), outcome.text


def test_a_deadline_asked_as_the_last_day_is_no_unknown_thing(view):
    _, _, outcome = ask_view(
        view,
        "Hạn chót gửi báo cáo công tác bình đẳng giới năm 2025 và kết quả Tháng hành động về Sở Nội vụ TP.HCM là "
        "ngày nào?",
    )
    assert not outcome.abstained, outcome.text
    assert "trước ngày 16 tháng 12 năm 2025" in outcome.text, outcome.text


def test_listing_topics_lose_the_drafting_role_and_the_months_asked():
    from dataclasses import replace

    from assistant.listing import listing_topic

    drafts = understand("Ban Công tác đại biểu là cơ quan soạn thảo những văn bản nào?")
    assert listing_topic(replace(drafts, agencies=("Ban Công tác đại biểu",))) == ""
    months = understand("Những nhiệm vụ nào của Quảng Ngãi có thời gian thực hiện là Tháng 11 - 12/2025?")
    assert months.months == (11, 12), months
    assert not any(ch.isdigit() for ch in listing_topic(months)), listing_topic(months)


def test_what_data_asks_for_several_things():
    assert understand(
        "Under Regulation 384-QĐ/TW, what data is shared among the four Central Offices?"
    ).plural


def test_a_role_set_aside_is_not_the_one_asked():
    question = "Liệt kê các nhiệm vụ mà Sở Tư pháp tham gia với vai trò cơ quan phối hợp (không chủ trì)."
    assert understand(question).role == "coordinating"
    assert (
        understand("Which tasks does the Department of Justice coordinate, not lead?").role == "coordinating"
    )
    assert understand("Sở Tư pháp chủ trì hoặc phối hợp nhiệm vụ nào?").role == "either"


def test_tasks_from_a_year_on_reach_that_year(view):
    query, _, outcome = ask_view(
        view, "Những nhiệm vụ nào trong kế hoạch Phú Thọ có mốc thời gian từ năm 2027 trở về sau?"
    )
    assert query.after == 2027, query
    assert _lines(outcome) == {(936, 939), (1078, 1081)}, outcome.text
    assert understand("Which tasks are due from 2027 onwards?").after == 2027
    assert understand("Những nhiệm vụ nào có thời hạn sau năm 2026?").after == 2027


def test_a_group_named_by_its_number_keeps_an_agency_listing_to_its_rows(view):
    _, _, outcome = ask_view(
        view,
        "Trong nhóm nhiệm vụ về thi hành pháp luật (nhóm III) của Phụ lục kế hoạch Phú Thọ, những nhiệm vụ nào có "
        "Sở Tư pháp phối hợp và kết quả của từng nhiệm vụ là gì?",
    )
    assert _lines(outcome) == {(459, 462), (484, 487)}, outcome.text


def test_two_plans_groups_compared_asks_the_groups():
    from assistant.listing import asks_groups

    assert asks_groups(
        understand("So với kế hoạch của Hà Tĩnh, kế hoạch của Phú Thọ khác gì về các nhóm nhiệm vụ cụ thể?")
    )


def test_a_part_named_by_the_words_closing_its_title_is_that_section(view):
    for question in (
        "Mục hợp tác quốc tế trong kế hoạch của Phú Thọ gồm những giải pháp nào?",
        "muc hop tac quoc te trong ke hoach cua phu tho gom nhung giai phap nao",
    ):
        _, _, outcome = ask_view(view, question)
        assert {(466, 472), (474, 478)} <= _lines(outcome), (question, outcome.text)
        assert outcome.strategy == "section", (question, outcome.strategy)


def test_groups_named_as_a_range_are_every_group_between(view):
    from assistant.listing import group_markers

    assert group_markers("Trong nhóm I đến III của Phụ lục, Sở Tư pháp phối hợp ở những nhiệm vụ nào?") == {
        "I",
        "II",
        "III",
    }
    _, _, outcome = ask_view(
        view,
        "Trong nhóm II đến III của Phụ lục kế hoạch Phú Thọ, Sở Tư pháp được phân công phối hợp ở những nhiệm vụ nào?",
    )
    assert _lines(outcome) == {(326, 329), (459, 462), (484, 487)}, outcome.text


def test_an_agency_listing_of_a_document_named_by_its_title_keeps_to_that_document(view):
    _, scope, outcome = ask_view(
        view,
        "Trong Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây dựng, Bộ Xây dựng "
        "chủ trì những nhiệm vụ nào?",
    )
    assert scope == {DA}, scope  # (named by the words of its title after its kind)
    assert {(535, 538), (1005, 1008)} <= _lines(outcome), outcome.text


def test_tasks_inside_a_quoted_task_name_ask_no_listing():
    question = (
        "Kết quả (sản phẩm) của nhiệm vụ “Thực hiện các nhiệm vụ tại Kế hoạch số 69/KH-UBND ngày 06/3/2025” ở Hà "
        "Tĩnh là gì?"
    )
    assert understand(question).intent == "output", understand(question)


@pytest.mark.parametrize(
    "question",
    [
        "What is Phú Thọ's Department of Justice responsible for under the plan, both in the appendix and in the "
        "implementation section?",
        "Sở Tư pháp Phú Thọ được giao những nhiệm vụ gì trong kế hoạch (cả phần tổ chức thực hiện và phụ lục)?",
    ],
)
def test_a_bodys_rows_and_its_own_part_both_asked(view, question):
    # (sixty-first session: the appendix and the implementation section named together ask both)
    query, _, outcome = ask_view(view, question)
    assert query.intent == "agency_tasks", query
    assert {(936, 939), (1078, 1081), (180, 182)} <= _lines(outcome), outcome.text
