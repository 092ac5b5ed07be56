"""Rules of the forty-third session, on hand-made records: the rows of an appendix list that assigns no task
are listed by the title they stand under (the list's own title or a group row), not by the appendix; a
duties question that names a bare section title gets all the points under it; a law's list is quoted past
its tenth item.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.matches import SentenceMatch
from assistant.row_lists import find_titled_rows
from assistant.statement import _points_of_named_title
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_row_clause

QD = "qd_thu_tuc.txt"
HP = "kh_haiphong.txt"
LAW = "luat_vieclam.txt"
APPENDIX = "Phụ lục I"
NEW = "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC)"
AMENDED = "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG (03 TTHC)"
HERITAGE = "I LĨNH VỰC DI SẢN VĂN HÓA (02 TTHC)"
ARTS = "II LĨNH VỰC NGHỆ THUẬT BIỂU DIỄN (01 TTHC)"
STATE_BODIES = "1. Các sở, ban, ngành thành phố và chính quyền địa phương"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(QD, "Quyết định công bố danh mục thủ tục hành chính", "Quyết định", province="Cao Bằng"),
        Document(HP, "Kế hoạch hành động thực hiện Nghị quyết 140", "Kế hoạch", province="Hải Phòng"),
        Document(
            LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương", issuer="Quốc hội"
        ),
    ]
    points = [
        "a) Xác định cụ thể nhiệm vụ, giải pháp trong Kế hoạch công tác hàng năm của cơ quan, địa phương.",
        "b) Quán triệt, phổ biến, tuyên truyền Nghị quyết số 66-NQ/TW.",
        "c) Thường xuyên đánh giá hiệu quả của pháp luật sau ban hành.",
        "d) Báo cáo kết quả thực hiện về Sở Tư pháp để tổng hợp.",
    ]
    cases = "a b c d đ e g h i k l m".split()
    clauses = [
        Clause(QD, "PL.1", f"{APPENDIX}, đoạn 1", (APPENDIX,), (120, 126), f"PHỤ LỤC I {NEW[:40]}"),
        make_row_clause(QD, 1, 1, (NEW,), "Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS)", 153),
        make_row_clause(QD, 1, 2, (NEW,), "Thủ tục cấp lại giấy chứng nhận lưu hành tự do (CFS)", 188),
        make_row_clause(QD, 2, 1, (AMENDED, HERITAGE), "Thủ tục cấp lại giấy chứng nhận giám định cổ vật", 253),
        make_row_clause(QD, 2, 2, (AMENDED, HERITAGE), "Thủ tục cấp lại giấy chứng nhận hành nghề tu bổ di tích", 285),
        make_row_clause(QD, 2, 3, (AMENDED, ARTS), "Thủ tục ra nước ngoài dự thi người đẹp, người mẫu", 326),
        Clause(HP, "IV", "Mục IV", (), (430, 430), "IV. TỔ CHỨC THỰC HIỆN"),
        Clause(HP, "IV.1", "Mục IV, khoản 1", ("IV. TỔ CHỨC THỰC HIỆN",), (433, 433), STATE_BODIES),
        *[
            Clause(
                HP,
                f"IV.1.{p[0]}",
                f"Mục IV, khoản 1, điểm {p[0]}",
                ("IV. TỔ CHỨC THỰC HIỆN", STATE_BODIES),
                (435 + 3 * i, 436 + 3 * i),
                p,
            )
            for i, p in enumerate(points)
        ],  # fmt: skip
        Clause(
            HP,
            "IV.2",
            "Mục IV, khoản 2",
            ("IV. TỔ CHỨC THỰC HIỆN",),
            (450, 451),
            "2. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        ),  # fmt: skip
        Clause(
            LAW,
            "Điều 41.4",
            "Điều 41, khoản 4",
            ("Điều 41. Chấm dứt hưởng trợ cấp thất nghiệp",),
            (690, 690),
            "4. Người lao động đang hưởng trợ cấp thất nghiệp bị chấm dứt hưởng trợ cấp thất nghiệp khi thuộc "
            "một trong các trường hợp sau đây:",
        ),  # fmt: skip
        *[
            Clause(
                LAW,
                f"Điều 41.4.{c}",
                f"Điều 41, khoản 4, điểm {c}",
                ("Điều 41. Chấm dứt hưởng trợ cấp thất nghiệp",),
                (692 + i, 692 + i),
                f"{c}) Trường hợp chấm dứt thứ {i + 1} của người hưởng trợ cấp;",
            )
            for i, c in enumerate(cases)
        ],  # fmt: skip
        Clause(
            LAW,
            "Điều 2",
            "Điều 2",
            (),
            (18, 18),
            "Điều 2. Giải thích từ ngữ Trong Luật này, các từ ngữ dưới đây được hiểu như sau:",
        ),
        Clause(
            LAW,
            "Điều 2.1",
            "Điều 2, khoản 1",
            ("Điều 2. Giải thích từ ngữ",),
            (20, 20),
            "1. Quỹ bảo hiểm thất nghiệp là quỹ tài chính được sử dụng vào việc chi trả theo Luật Việc làm.",
        ),
        Clause(
            LAW,
            "Điều 2.2",
            "Điều 2, khoản 2",
            ("Điều 2. Giải thích từ ngữ",),
            (22, 22),
            "2. Việc làm là hoạt động lao động tạo ra thu nhập mà pháp luật không cấm.",
        ),
        Clause(LAW, "Điều 45", "Điều 45", (), (766, 766), "Điều 45. Sử dụng Quỹ bảo hiểm thất nghiệp"),
        *[
            Clause(
                LAW,
                f"Điều 45.{i}",
                f"Điều 45, khoản {i}",
                ("Điều 45. Sử dụng Quỹ bảo hiểm thất nghiệp",),
                (766 + 2 * i, 766 + 2 * i),
                f"{i}. {use}",
            )
            for i, use in enumerate(
                [
                    "Chi trả các chế độ bảo hiểm thất nghiệp.",
                    "Chi đóng bảo hiểm y tế cho người hưởng trợ cấp.",
                    "Đầu tư để bảo toàn và tăng trưởng quỹ.",
                ],
                start=1,
            )
        ],  # fmt: skip
        Clause(LAW, "Điều 30", "Điều 30", (), (504, 504), "Điều 30. Các chế độ bảo hiểm thất nghiệp"),
        Clause(LAW, "Điều 30.1", "Điều 30, khoản 1", ("Điều 30. Các chế độ bảo hiểm thất nghiệp",), (506, 506),
               "1. Các chế độ bảo hiểm thất nghiệp bao gồm:"),
        *[
            Clause(LAW, f"Điều 30.1.{c}", f"Điều 30, khoản 1, điểm {c}",
                   ("Điều 30. Các chế độ bảo hiểm thất nghiệp", "1. Các chế độ bảo hiểm thất nghiệp bao gồm:"),
                   (507 + i, 507 + i), f"{c}) {text};")
            for i, (c, text) in enumerate(
                [("a", "Tư vấn, giới thiệu việc làm"), ("b", "Hỗ trợ đào tạo kỹ năng nghề"), ("c", "Trợ cấp thất nghiệp")])
        ],
        Clause(LAW, "Điều 30.2", "Điều 30, khoản 2", ("Điều 30. Các chế độ bảo hiểm thất nghiệp",), (511, 512),
               "2. Trường hợp khủng hoảng kinh tế, Chính phủ quy định việc giảm mức đóng bảo hiểm thất nghiệp."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_rows_are_listed_under_the_list_title_the_question_names(view):
    query, scope, outcome = ask_view(view, "Cao Bằng công bố những thủ tục hành chính mới ban hành nào?")
    assert outcome.strategy == "titled_rows", outcome.text
    assert _lines(outcome) == {(153, 157), (188, 192)}
    assert "lưu hành tự do" in outcome.text and "giám định cổ vật" not in outcome.text


def test_a_group_row_of_a_list_picks_its_own_rows(view):
    _, _, outcome = ask_view(view, "Lĩnh vực di sản văn hóa có những thủ tục hành chính nào được sửa đổi?")
    assert _lines(outcome) == {(253, 257), (285, 289)}, outcome.text
    _, _, arts = ask_view(
        view, "Which administrative procedures in the field of performing arts were amended?"
    )
    assert _lines(arts) == {(326, 330)}, arts.text


def test_a_question_about_one_row_is_no_listing(view):
    query = understand(
        "Thủ tục ra nước ngoài dự thi người đẹp, người mẫu cần những giấy tờ gì?",
        documents=view.docs.values(),
    )
    assert find_titled_rows(view, query, None) is None
    # nor is a question whose words no title holds
    other = understand(
        "Những thủ tục nào có thời hạn giải quyết 04 ngày làm việc?", documents=view.docs.values()
    )
    assert find_titled_rows(view, other, None) is None


def test_a_duties_question_naming_a_section_title_gets_all_its_points(view):
    question = (
        "Theo kế hoạch Hải Phòng, các sở, ban, ngành thành phố và chính quyền địa phương có trách nhiệm gì "
        "trong tổ chức thực hiện?"
    )
    _, _, outcome = ask_view(view, question)
    assert {(435, 436), (438, 439), (441, 442), (444, 445)} <= _lines(outcome), outcome.text
    # a question that says more than the title (what about) names one point: not all of them
    report = next(c for c in view.clause_chunks if c.doc == HP and c.path == "IV.1.d")
    chosen = SentenceMatch(0.9, report, report.text, 0.9)
    named = understand(question, documents=view.docs.values())
    assert _points_of_named_title(view, named, chosen) is not None
    narrower = understand(
        "Các sở, ban, ngành thành phố có trách nhiệm gì trong việc báo cáo kết quả thực hiện về Sở Tư pháp?",
        documents=view.docs.values(),
    )
    assert _points_of_named_title(view, narrower, chosen) is None


def test_a_list_question_naming_an_article_title_gets_its_clauses(view):
    question = "Quỹ bảo hiểm thất nghiệp được sử dụng vào những mục đích nào theo Luật Việc làm 2025?"
    _, _, outcome = ask_view(view, question)
    assert {(768, 768), (770, 770), (772, 772)} <= _lines(outcome), outcome.text
    assert (22, 22) not in _lines(outcome)


def test_a_list_that_opens_under_the_named_title_is_the_narrower_answer(view):
    _, _, outcome = ask_view(view, "Luật Việc làm quy định những chế độ bảo hiểm thất nghiệp nào?")
    assert {(507, 507), (508, 508), (509, 509)} <= _lines(outcome), outcome.text
    assert (511, 512) not in _lines(outcome), outcome.text


def test_a_law_list_is_quoted_past_its_tenth_item(view):
    _, _, outcome = ask_view(
        view, "Người lao động bị chấm dứt hưởng trợ cấp thất nghiệp trong những trường hợp nào?"
    )
    assert "l) Trường hợp chấm dứt thứ 11" in outcome.text and "m) Trường hợp chấm dứt thứ 12" in outcome.text


@pytest.mark.parametrize(
    ("question", "months"),
    [
        ("Những nhiệm vụ nào của Sở Tài chính có thời hạn trong tháng 11-12/2025?", (11, 12)),
        ("Nhiệm vụ nào hoàn thành trong tháng 10 - 12 năm 2025?", (10, 11, 12)),
        ("nhung nhiem vu nao het han trong thang 11 - 12/2025", (11, 12)),
        ("Việc nào xong vào tháng 12/2025?", (12,)),
    ],
)
def test_a_range_of_months_asks_every_month_in_it(question, months):
    query = understand(question)
    assert query.months == months and query.years == (2025,)
