"""Rules of the forty-eighth session, on hand-made records: a funding question that names its document by a
kind and number ("QĐ 2597/QĐ-TTg") and asks "from which sources" is answered by the funding section whole; a
listing of a body printed as a list of units ("UBND các phường, xã, đặc khu") bounded by a date ("trước
ngày 15/11/2025") keeps neither a unit nor the bounding word as a topic word; "02 lớp/năm" is every year and
"theo chu kỳ" no topic; "Kể tên các nhiệm vụ …" lists rows; a body printed with an acronym ("Trung tâm
Chuyển đổi số VHTTDL") is named by the words spelled out; a year said with the words the document's title
prints before it ("cuối năm 2025") names the document, not a period; "which data sets does X own" lists X's
rows; "every quarter" reads "hàng quý"; "the State Bank" is a body; two tasks compared by their fields are
each found even when one's name says a kind of value ("tỷ lệ …"); "nhiệm vụ nào … sau khi Đề án … được ban hành"
lists the rows whose time waits for that event; the body whose procedure is asked ("quy trình … của Sở VHTTDL")
need not be the one the answer names; "những sở nào chủ trì các hoạt động" of a plan names every body its rows
print as lead, each with its rows; a table grouped by a column of its own ("Nhóm lĩnh vực dữ liệu") has those
groups, each with its leads; "những kế hoạch nào được liệt kê …" lists a document's items that open with that kind
and number; a passage that names only the body the question names as part of the task ("dự thảo Nghị quyết
của Chính phủ") does not say who leads; "Chỉ thị … (a dozen words) … được gửi tới những nơi nào" asks its
recipients; a title's form words ("Cơ cấu tổ chức của Quỹ") need not be said; "Nhóm nhiệm vụ chuyển đổi số, ứng
dụng AI … gồm những việc gì?" lists that group's rows ("AI" in capitals is "trí tuệ nhân tạo").
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant import sections
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

DA = "qd2597_ttg.txt"
QN = "qd1627_quangngai.txt"
VL = "qd1218_vinhlong.txt"
BO = "cv6225_bvhttdl.txt"
HCM = "kh174_hcm.txt"
HT = "kh_nq66_hatinh.txt"
CB = "qd2031_caobang.txt"
DL = "qd384_bbt.txt"
CD = "cd227_ttg.txt"
CT = "ct09_cantho.txt"
ND = "nd302_chinhphu.txt"
FUNDING = "IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN"
ORG = "V. TỔ CHỨC THỰC HIỆN"
DIGITAL = "Tăng cường chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong công tác xây dựng và thi hành pháp luật"
COMMUNES = "Ủy ban nhân dân các phường, xã, đặc khu"  # (printed; "UBND cấp xã" canonical)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(DA, "PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG XÂY "
                 "DỰNG", "Quyết định", number="2597/QĐ-TTg", province="Trung ương", issuer="Thủ tướng Chính phủ"),
        Document(VL, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Quyết định",
                 number="1218/QĐ-UBND", province="Vĩnh Long"),
        Document(BO, "Công văn về triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025", "Công văn",
                 number="6225/BVHTTDL-VP", province="Trung ương", issuer="Bộ Văn hóa, Thể thao và Du lịch"),
        Document(HCM, "Kế hoạch TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 LĨNH VỰC BÌNH ĐẲNG GIỚI", "Kế hoạch",
                 number="174/KH-UBND", province="Hồ Chí Minh"),
        Document(HT, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Hà Tĩnh"),
        Document(CB, "Quyết định phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực văn hóa",
                 "Quyết định", number="2031/QĐ-UBND", province="Cao Bằng"),
        Document(CD, "Công điện về tập trung khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 province="Trung ương", issuer="Thủ tướng Chính phủ"),
        Document(DL, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", province="Trung ương",
                 issuer="Ban Bí thư"),
        Document(CT, "Chỉ thị về tăng cường quản lý, bảo vệ tài nguyên nước dưới đất", "Chỉ thị", number="09/CT-UBND",
                 province="Cần Thơ"),
        Document(ND, "Nghị định quy định chi tiết về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 province="Trung ương", issuer="Chính phủ"),
        Document(QN, "Kế hoạch kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị của tỉnh Quảng Ngãi", "Quyết định",
                 number="1627/QĐ-UBND", province="Quảng Ngãi"),
    ]  # fmt: skip
    clauses = [
        Clause(DA, "IV", "Mục IV", (), (391, 391), FUNDING),
        Clause(DA, "IV.1", "Mục IV, khoản 1", (FUNDING,), (393, 397),
               "1. Kinh phí thực hiện Đề án từ ngân sách nhà nước, bao gồm chi thường xuyên và chi đầu tư phát "
               "triển; kinh phí tài trợ từ các nước và tổ chức quốc tế."),
        Clause(DA, "IV.2", "Mục IV, khoản 2", (FUNDING,), (399, 402),
               "2. Khuyến khích nguồn kinh phí huy động từ các doanh nghiệp, tổ chức, cá nhân trong và ngoài nước."),
        Clause(DA, "V", "Mục V", (), (420, 420), ORG),
        Clause(DA, "V.5", "Mục V, khoản 5", (ORG,), (460, 460), "5. Ủy ban nhân dân các tỉnh, thành phố"),
        Clause(DA, "V.5.a", "Mục V, khoản 5, điểm a", (ORG, "5. Ủy ban nhân dân các tỉnh, thành phố"), (467, 471),
               "a) Căn cứ mục tiêu, nội dung, giải pháp của Đề án để cụ thể hóa thành các chương trình, kế hoạch "
               "chuyển đổi số của địa phương; chỉ đạo các đơn vị bố trí kinh phí và thực hiện triển khai các nhiệm "
               "vụ theo quy định;"),
        Clause(CB, "Điều 1", "Điều 1", (), (20, 23),
               "Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính thuộc phạm vi "
               "chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng."),
        # (the body prints the group's title as a heading of its own, with an item under it)
        Clause(HT, "II.6", "Mục II, khoản 6", ("II. NHIỆM VỤ, GIẢI PHÁP",), (260, 262), f"6. {DIGITAL}"),
        Clause(HT, "II.6.a", "Mục II, khoản 6, điểm a", ("II. NHIỆM VỤ, GIẢI PHÁP", f"6. {DIGITAL}"), (264, 268),
               "a) Kịp thời xây dựng Kế hoạch để tổ chức triển khai thực hiện sau khi các Đề án của Thủ tướng Chính phủ "
               "về chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn được ban hành."),
        Clause(BO, "P2:I", "Phần 2, Mục I", (), (76, 76), "I. QUYẾT ĐỊNH"),
        Clause(BO, "P2:I.1", "Phần 2, Mục I, khoản 1", ("I. QUYẾT ĐỊNH",), (77, 81),
               "1. Quyết định số 1381/QĐ-BVHTTDL ngày 15/5/2025 của Bộ trưởng ban hành Kế hoạch năm 2025."),
        Clause(BO, "P2:I.2", "Phần 2, Mục I, khoản 2", ("I. QUYẾT ĐỊNH",), (82, 85),
               "2. Quyết định số 2270/QĐ-BVHTTDL ngày 30/6/2025 của Bộ trưởng ban hành Kế hoạch tuyên truyền."),
        Clause(BO, "P2:II", "Phần 2, Mục II", (), (107, 107), "II. KẾ HOẠCH"),
        Clause(BO, "P2:II.1", "Phần 2, Mục II, khoản 1", ("II. KẾ HOẠCH",), (108, 113),
               "1. Kế hoạch số 3137/KH-BVHTTDL ngày 30/6/2025 của Bộ Văn hóa, Thể thao và Du lịch về chuyển đổi số."),
        Clause(BO, "P2:II.2", "Phần 2, Mục II, khoản 2", ("II. KẾ HOẠCH",), (114, 121),
               "2. Kế hoạch số 4084/KH-BVHTTDL ngày 13/8/2025 của Bộ Văn hóa, Thể thao và Du lịch về dữ liệu."),
        Clause(CD, "5", "Mục 5", (), (113, 121),
               "5. Bộ trưởng Bộ Tài chính chủ trì: (1) Phối hợp với Bộ Nông nghiệp và Môi trường rà soát, tổng hợp tình "
               "hình thiệt hại do mưa lũ. (2) Khẩn trương rà soát, hoàn thiện dự thảo Nghị quyết của Chính phủ về các giải "
               "pháp khắc phục hậu quả thiên tai, phục hồi sản xuất tại các địa phương khu vực Trung Bộ, trình Chính phủ "
               "trước ngày 26/11/2025."),
        Clause(CD, "6", "Mục 6", (), (123, 126),
               "6. Bộ trưởng Bộ Xây dựng chỉ đạo khôi phục giao thông, bảo đảm thông suốt các tuyến giao thông."),
        Clause(CT, "noi-nhan", "Nơi nhận", (), (348, 361),
               "Nơi nhận: - TT. Thành ủy; - TT. HĐND thành phố; - Sở, ban, ngành thành phố; - Cty Cổ phần cấp nước ST; "
               "- UBND xã, phường; - Lưu: VT, KTD."),
        Clause(CT, "1", "Mục 1", (), (30, 34),
               "1. Sở Nông nghiệp và Môi trường tổng hợp báo cáo gửi tới Ủy ban nhân dân thành phố trước ngày 15/12."),
        Clause(ND, "Điều 9", "Điều 9", (), (295, 295), "Điều 9. Cơ cấu tổ chức của Quỹ"),
        Clause(ND, "Điều 9.1", "Điều 9, khoản 1", ("Điều 9. Cơ cấu tổ chức của Quỹ",), (297, 300),
               "1. Cơ cấu tổ chức của Quỹ bao gồm Giám đốc Quỹ, không quá 02 Phó Giám đốc, Kế toán trưởng và không quá "
               "05 đơn vị cấp phòng."),
        Clause(ND, "Điều 9.2", "Điều 9, khoản 2", ("Điều 9. Cơ cấu tổ chức của Quỹ",), (302, 305),
               "2. Giám đốc Quỹ do Bộ trưởng Bộ Xây dựng bổ nhiệm."),
        Clause(ND, "Điều 22", "Điều 22", (), (760, 760), "Điều 22. Kiểm tra hoạt động của Quỹ"),
        Clause(ND, "Điều 22.1", "Điều 22, khoản 1", ("Điều 22. Kiểm tra hoạt động của Quỹ",), (762, 764),
               "1. Quỹ có trách nhiệm xây dựng, ban hành quy chế kiểm tra nội bộ."),
        Clause(ND, "Điều 22.2", "Điều 22, khoản 2", ("Điều 22. Kiểm tra hoạt động của Quỹ",), (765, 767),
               "2. Định kỳ hằng năm, Quỹ báo cáo Bộ Xây dựng về tình hình hoạt động."),
        Clause(ND, "Điều 3.4", "Điều 3, khoản 4", ("Điều 3. Quỹ nhà ở địa phương",), (106, 110),
               "4. Ủy ban nhân dân cấp tỉnh quyết định việc thành lập mới hoặc tổ chức lại quỹ nhà ở địa phương."),
    ]  # fmt: skip
    group = "1.4. Ủy ban nhân dân các phường, xã, đặc khu"
    tasks = [
        make_task(QN, "1", "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã", ["UBND cấp xã"], lead_text=COMMUNES,
                  deadline="Trước ngày 15/11/2025", line=317, group="1.4", group_title=group),
        make_task(QN, "2", "Xây dựng, ban hành kế hoạch kiểm kê của từng đối tượng kiểm kê", ["UBND cấp xã"], lead_text=COMMUNES,
                  deadline="Trước ngày 15/11/2025", line=325, group="1.4", group_title=group),
        make_task(QN, "3", "Báo cáo kết quả kiểm kê tài sản trên địa bàn", ["UBND cấp xã"], lead_text=COMMUNES,
                  deadline="Trước ngày 15/4/2026", line=340, group="1.4", group_title=group),
        make_task(QN, "4", "Làm đầu mối tổ chức tập huấn tổng kiểm kê cho UBND các phường, xã, đặc khu",
                  ["Sở Tài chính"], deadline="Tháng 11 - 12/2025", line=226, group="1.2",
                  group_title="1.2. Sở Tài chính"),
    ]  # fmt: skip
    tasks += [
        make_task(VL, "6", "Lựa chọn các cán bộ, công chức để đào tạo tại nước ngoài", ["Sở Tư pháp"],
                  deadline="02 lớp/năm", line=1397),
        make_task(VL, "7", "Phối hợp tổ chức các khóa đào tạo, bồi dưỡng chuyên sâu", ["Sở Tư pháp"],
                  deadline="Hàng năm", line=1454),
        make_task(VL, "8", "Thể chế hóa theo thẩm quyền chủ trương của Đảng", ["Sở Tư pháp"],
                  deadline="Quý III/2025", line=1077),
        # (a row that says "chu kỳ" in its name: the cycle asked is no topic that keeps only this row)
        make_task(VL, "9", "Rà soát, hệ thống hóa văn bản theo chu kỳ", ["Sở Tư pháp"], deadline="Quý IV/2025",
                  line=1258),
        make_task(BO, "5", "Triển khai xây dựng 03 nền tảng số", ["Trung tâm Chuyển đổi số VHTTDL"],
                  deadline="Tháng 12/2025", line=254),
        make_task(BO, "6", "Xây dựng Đề án chuyển đổi số trong lĩnh vực Văn hóa", ["Trung tâm Chuyển đổi số VHTTDL"],
                  deadline="Năm 2026", line=273),
        make_task(BO, "7", "Số hóa di sản văn hóa", ["Cục Di sản văn hóa"], deadline="Năm 2026", line=290),
        make_task(BO, "8", "Đóng giao diện “Cổng Dịch vụ công cấp bộ”", ["Văn phòng Bộ"], deadline="01/03/2026",
                  line=314),
        make_task(BO, "10", "Rà soát, cấu trúc lại quy trình các dịch vụ công trực tuyến có tỷ lệ hồ sơ trực tuyến thấp",
                  ["Các đơn vị được giao thực hiện TTHC"], deadline="31/12/2025", line=358),
        make_task(HCM, "a", "Hoạt động 1: Triển khai Tháng hành động", ["Sở Nội vụ"],
                  deadline="Từ ngày 15/11/2025 đến ngày 15/12/2025.", line=292),
        make_task(HCM, "b", "Hoạt động 2: Lồng ghép nội dung phòng ngừa bạo lực trên cơ sở giới", ["Sở Văn hóa và Thể thao"],
                  line=302),
        make_task(HCM, "c", "Hoạt động 3: Tuyên truyền, giáo dục về phòng ngừa bạo lực", ["Sở Văn hóa và Thể thao"],
                  line=313),
        make_task(HT, "13", "Xây dựng kế hoạch triển khai Đề án về soạn thảo văn bản QPPL tập trung", ["Sở Tư pháp"],
                  deadline="Sau khi Đề án ban hành", line=805),
        make_task(HT, "3", "Xây dựng Kế hoạch triển khai Đề án xây dựng cơ sở dữ liệu lớn về pháp luật", ["Sở Tư pháp"],
                  deadline="Ngay sau khi Đề án được ban hành", line=1240),
        make_task(HT, "2", "Ban hành văn bản triển khai thực hiện Nghị quyết số 66-NQ/TW", ["Các sở, ban, ngành"],
                  deadline="Ngay sau khi Kế hoạch ban hành", line=505),
        make_task(HT, "7", "Góp ý dự thảo văn bản quy phạm pháp luật", ["Sở Tư pháp"],
                  deadline="Trong quá trình xây dựng dự thảo và sau khi được ban hành", line=664),
        make_task(HT, "1", "Rà soát hệ thống văn bản QPPL để chuẩn hóa cơ sở dữ liệu văn bản QPPL của Tỉnh",
                  ["Sở Tư pháp"], deadline="Năm 2027", line=1207, group="VI", group_title=DIGITAL),
        make_task(HT, "2", "Xây dựng Cổng pháp luật Hà Tĩnh tích hợp vào Cổng pháp luật quốc gia", ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=1222, group="VI", group_title=DIGITAL),
        make_task(HT, "4", "Tổ chức hội nghị quán triệt Nghị quyết số 66-NQ/TW", ["Sở Tư pháp"], deadline="Năm 2025",
                  line=520, group="I", group_title="Bảo đảm sự lãnh đạo của Đảng trong công tác xây dựng pháp luật"),
        make_task(CB, "Bước 2", "Phân công chuyên viên thụ lý hồ sơ", ["Lãnh đạo phòng QLVH&GĐ"],
                  deadline="0,25 ngày làm việc", line=831, group_title="Thủ tục ra nước ngoài dự thi người đẹp, người mẫu"),
        make_task(CB, "Bước 3", "Thẩm định, thụ lý hồ sơ", ["Công chức phòng QLVH&GĐ"],
                  deadline="2,5 ngày làm việc", line=839, group_title="Thủ tục ra nước ngoài dự thi người đẹp, người mẫu"),
    ]  # fmt: skip
    tasks += [
        replace(make_task(DL, str(i), name, [lead], line=line), extra=(("Nhóm lĩnh vực dữ liệu", group),))
        for i, (name, lead, group, line) in enumerate(
            [
                (
                    "Dữ liệu đảng viên",
                    "Ban Tổ chức Trung ương",
                    "Dữ liệu lĩnh vực tổ chức xây dựng Đảng",
                    631,
                ),
                (
                    "Dữ liệu tổ chức đảng",
                    "Ban Tổ chức Trung ương",
                    "Dữ liệu lĩnh vực tổ chức xây dựng Đảng",
                    640,
                ),
                ("Dữ liệu tài sản", "Văn phòng Trung ương Đảng", "Dữ liệu lĩnh vực văn phòng", 670),
                ("Dữ liệu về các vụ án", "Ban Nội chính Trung ương", "Dữ liệu lĩnh vực nội chính", 757),
            ],
            start=1,
        )
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_funding_sources_of_a_document_named_by_kind_and_number_quote_its_funding_section(view):
    _, _, outcome = ask_view(
        view,
        "Kinh phí thực hiện Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây "
        "dựng (QĐ 2597/QĐ-TTg) được lấy từ những nguồn nào?",
    )
    assert {(393, 397), (399, 402)} <= _lines(outcome), outcome.text
    assert (467, 471) not in _lines(outcome), outcome.text
    # (the section is the one the question names by its title, whatever the passages' scores)
    # ("QĐ" names the document and "nguồn" the items asked: neither counts among the words the title does not
    # say, so "bố trí" may be said besides)
    query, scope, _ = ask_view(
        view, "Kinh phí thực hiện Đề án theo QĐ 2597/QĐ-TTg được bố trí từ những nguồn nào?"
    )
    heading = sections.heading_for(view, query, scope)
    assert heading is not None and heading.lines == (391, 391), heading


def test_a_body_printed_as_units_and_a_bounding_date_are_no_topic_words():
    query = understand(
        "UBND các phường, xã, đặc khu ở Quảng Ngãi có những việc nào phải hoàn thành trước ngày 15/11/2025?"
    )
    assert query.agencies == ("UBND cấp xã",)
    assert query.until == "2025-11-15"
    assert query.topic == "", query.topic


def test_tasks_of_communes_due_before_a_date_are_listed_from_their_rows(view):
    _, _, outcome = ask_view(
        view,
        "UBND các phường, xã, đặc khu ở Quảng Ngãi có những việc nào phải hoàn thành trước ngày 15/11/2025 "
        "trong đợt tổng kiểm kê?",
    )
    assert outcome.strategy == "listing", outcome.strategy
    lines = _lines(outcome)
    assert {(317, 320), (325, 328)} <= lines, outcome.text
    assert (226, 229) not in lines and (340, 343) not in lines, outcome.text


def test_so_many_a_year_is_every_year_and_a_cycle_is_no_topic(view):
    from indexer.period import ANNUAL, QUARTER, parse_period

    assert parse_period("02 lớp/năm").kind == ANNUAL
    assert parse_period("Quý I/năm 2026").kind == QUARTER
    _, _, outcome = ask_view(
        view, "Trong Phụ lục kế hoạch Vĩnh Long, những nhiệm vụ nào được thực hiện theo chu kỳ hằng năm?"
    )
    assert _lines(outcome) == {(1397, 1400), (1454, 1457)}, outcome.text


def test_naming_the_tasks_asks_for_rows():
    query = understand(
        "Kể tên các nhiệm vụ được thực hiện hằng năm theo Phụ lục Kế hoạch của UBND tỉnh Hà Tĩnh."
    )
    assert query.intent == "period_tasks", query.intent


def test_a_body_printed_with_an_acronym_is_named_by_its_words_spelled_out(view):
    question = (
        "Trong phụ lục Công văn 6225/BVHTTDL-VP, Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch là cơ quan "
        "chủ trì những nhiệm vụ nào?"
    )
    query, _, outcome = ask_view(view, question)
    assert query.agencies == ("Trung tâm Chuyển đổi số VHTTDL",), query.agencies
    assert _lines(outcome) == {(254, 257), (273, 276)}, outcome.text


def test_a_year_the_title_prints_with_the_same_words_names_the_document(view):
    _, _, outcome = ask_view(
        view,
        "Trong Kế hoạch 174/KH-UBND của TP.HCM về bình đẳng giới cuối năm 2025, Sở Văn hóa và Thể thao chủ trì "
        "những hoạt động nào?",
    )
    assert _lines(outcome) >= {(302, 305), (313, 316)}, outcome.text


def test_data_a_body_owns_are_its_rows():
    query = understand(
        "Which data sets does the Central Internal Affairs Commission own under Regulation 384-QĐ/TW?"
    )
    assert query.intent == "agency_tasks", query.intent


def test_every_quarter_reads_quarterly():
    query = understand("What must Party committees do every year and every quarter regarding Resolution 66?")
    assert "hàng quý" in query.topic or "hằng quý" in query.topic, query.topic


def test_the_state_bank_is_a_body():
    query = understand(
        "Which digital-society targets in Bac Ninh's plan are assigned to the State Bank regional branch?"
    )
    assert query.intent == "agency_tasks" and query.agencies, query


def test_two_tasks_compared_by_their_fields_are_each_found(view):
    _, _, outcome = ask_view(
        view,
        "So sánh thời hạn hoàn thành và cơ quan chủ trì của nhiệm vụ đóng giao diện Cổng Dịch vụ công cấp bộ với "
        "nhiệm vụ rà soát, cấu trúc lại quy trình dịch vụ công trực tuyến có tỷ lệ hồ sơ trực tuyến thấp (CV 6225).",
    )
    assert {(314, 317), (358, 361)} <= _lines(outcome), outcome.text


def test_tasks_that_wait_for_an_event_are_the_rows_whose_time_says_so(view):
    _, _, outcome = ask_view(
        view,
        "Những nhiệm vụ nào trong kế hoạch Hà Tĩnh chỉ bắt đầu sau khi Đề án của Thủ tướng Chính phủ được ban hành?",
    )
    assert _lines(outcome) == {(805, 808), (1240, 1243)}, outcome.text


def test_the_body_whose_procedure_is_asked_need_not_be_named_by_the_step(view):
    _, _, outcome = ask_view(
        view,
        "Trong quy trình nội bộ thủ tục ra nước ngoài dự thi người đẹp, người mẫu của Sở VHTTDL Cao Bằng, bước thẩm "
        "định, thụ lý hồ sơ do ai thực hiện và trong bao lâu?",
    )
    assert not outcome.abstained, outcome.text
    assert "Công chức phòng QLVH&GĐ" in outcome.text and "2,5 ngày làm việc" in outcome.text, outcome.text


def test_which_bodies_lead_the_activities_names_every_lead_with_its_rows(view):
    _, _, outcome = ask_view(view, "Kế hoạch 174 TP HCM giao những sở nào chủ trì các hoạt động?")
    assert outcome.strategy == "lead_bodies", outcome.strategy
    assert "Sở Nội vụ (1); Sở Văn hóa và Thể thao (2)" in outcome.text, outcome.text
    assert _lines(outcome) == {(292, 295), (302, 305), (313, 316)}, outcome.text
    # (the activities of a topic are the matching rows', not every body's)
    _, _, topical = ask_view(
        view, "Những sở nào chủ trì các hoạt động tuyên truyền, giáo dục trong kế hoạch 174 TP HCM?"
    )
    assert topical.strategy != "lead_bodies", topical.text


def test_a_table_grouped_by_its_own_column_has_those_groups_each_with_its_leads(view):
    _, _, outcome = ask_view(
        view,
        "Phụ lục của Quy định 384-QĐ/TW chia dữ liệu thành những nhóm lĩnh vực nào, mỗi nhóm do cơ quan nào chủ "
        "quản?",
    )
    assert outcome.strategy == "groups", outcome.strategy
    assert "Dữ liệu lĩnh vực tổ chức xây dựng Đảng (2" in outcome.text, outcome.text
    assert "Ban Nội chính Trung ương" in outcome.text, outcome.text


def test_the_documents_of_a_kind_a_document_lists(view):
    _, _, outcome = ask_view(
        view,
        "Bộ Văn hóa, Thể thao và Du lịch đã ban hành những kế hoạch nào được liệt kê trong danh mục văn bản kèm "
        "Công văn 6225/BVHTTDL-VP?",
    )
    assert outcome.strategy == "listed_documents", outcome.strategy
    assert _lines(outcome) == {(108, 113), (114, 121)}, outcome.text


def test_a_body_named_only_as_part_of_the_task_is_not_who_leads(view):
    _, _, outcome = ask_view(
        view,
        "Bộ nào chủ trì hoàn thiện dự thảo Nghị quyết của Chính phủ về giải pháp khắc phục hậu quả thiên tai, phục "
        "hồi sản xuất khu vực Trung Bộ theo Công điện 227/CĐ-TTg?",
    )
    assert "Bộ trưởng Bộ Tài chính chủ trì" in outcome.text, outcome.text
    # (the piece of the item that matched, "(2) … dự thảo Nghị quyết của Chính phủ …", names no one who leads)
    from assistant.matches import SentenceMatch
    from assistant.strategies import _names_whom_asked

    query = understand(
        "Bộ nào chủ trì hoàn thiện dự thảo Nghị quyết của Chính phủ về khắc phục hậu quả thiên tai?"
    )
    chunk = next(c for c in view.clause_chunks if c.doc == CD and c.path == "5")
    piece = "(2) Khẩn trương rà soát, hoàn thiện dự thảo Nghị quyết của Chính phủ về các giải pháp khắc phục hậu quả"
    assert not _names_whom_asked(query, view, SentenceMatch(1.0, chunk, piece, 1.0))
    assert _names_whom_asked(query, view, SentenceMatch(1.0, chunk, chunk.text, 1.0))


def test_recipients_of_a_document_named_at_length(view):
    _, _, outcome = ask_view(
        view, "Chỉ thị 09/CT-UBND về bảo vệ tài nguyên nước dưới đất của Cần Thơ được gửi tới những nơi nào?"
    )
    assert (348, 361) in _lines(outcome), outcome.text


def test_a_title_is_named_without_its_form_words(view):
    _, _, outcome = ask_view(
        view, "co cau to chuc cua quy nha o quoc gia theo nghi dinh 302/2025/ND-CP gom nhung gi"
    )
    assert {(297, 300), (302, 305)} <= _lines(outcome), outcome.text


def test_a_group_named_by_its_title_words_lists_its_rows(view):
    assert (
        "trí tuệ nhân tạo" in understand("Nhiệm vụ ứng dụng AI trong xây dựng pháp luật do ai chủ trì?").topic
    )
    _, _, outcome = ask_view(
        view,
        "Nhóm nhiệm vụ chuyển đổi số, ứng dụng AI, dữ liệu lớn trong kế hoạch của Hà Tĩnh gồm những việc gì?",
    )
    assert {(1207, 1210), (1222, 1225)} <= _lines(outcome), outcome.text
    assert (520, 523) not in _lines(outcome), outcome.text
