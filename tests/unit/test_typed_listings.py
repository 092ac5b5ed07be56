"""Listings of the forty-ninth session, on hand-made records: a listing typed as a search, with no question word
("Các nhiệm vụ của Sở Nội vụ trong kế hoạch Đồng Tháp", "Những nhiệm vụ Sở Tư pháp … tham gia phối hợp",
"Danh sách nhiệm vụ giao cho …", "Các chỉ tiêu … giao …", "Tasks assigned to …"); rows asked by their output
("Những nhiệm vụ nào có sản phẩm là báo cáo …", "Which … tasks produce a report?"), a body's rows too ("Kể tên
các nhiệm vụ Sở Tư pháp … chủ trì có kết quả là …"); "Liệt kê các nhiệm vụ …" of a
period no row of the one document named falls in (said to be none, in that document); "giao những cơ quan nào
nhiệm vụ gì" (each body with its rows); a period the title of the section asked prints ("Mục tiêu cụ thể đến năm
2030") leaves the rows of that period; a span of years asked ("giai đoạn 2026-2028", "từ năm 2026 đến năm 2028")
holds the times inside it, a year alone every time that reaches it; "có tên trong cột phối hợp" asks the
coordinating bodies; "What are Vinh Long's tasks for …" is a listing; how many rows two places give is counted side
by side (new strategy `count_compare`).
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

DT = "kh617_dongthap.txt"
HT = "kh_nq66_hatinh.txt"
DA = "qd2597_ttg.txt"
HP = "kh_nq66_haiphong.txt"
NQ = "nq394_chinhphu.txt"
BN = "kh144_bacninh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(DT, "Kế hoạch triển khai Nghị quyết số 57-NQ/TW", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp"),
        Document(HT, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Hà Tĩnh"),
        Document(DA, "PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG", "Quyết định", number="2597/QĐ-TTg",
                 province="Trung ương", issuer="Thủ tướng Chính phủ"),
        Document(HP, "Kế hoạch hành động thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Hải Phòng"),
        Document(BN, "Kế hoạch phát triển kinh tế số", "Kế hoạch", number="144/KH-UBND", province="Bắc Ninh"),
        Document(NQ, "Nghị quyết về phân loại, thu gom rác thải", "Nghị quyết", number="394/NQ-CP",
                 province="Trung ương", issuer="Chính phủ"),
    ]  # fmt: skip
    clauses = [
        Clause(NQ, "II", "Mục II", (), (76, 76), "II. MỤC TIÊU"),
        Clause(NQ, "II.2", "Mục II, khoản 2", ("II. MỤC TIÊU",), (86, 87), "2. Mục tiêu cụ thể đến năm 2030"),
        Clause(NQ, "II.2.a", "Mục II, khoản 2, điểm a", ("II. MỤC TIÊU", "2. Mục tiêu cụ thể đến năm 2030"),
               (88, 90), "a) 100% các phường, xã tổ chức ngày cuối tuần ra quân thu gom rác thải."),
        Clause(NQ, "II.2.b", "Mục II, khoản 2, điểm b", ("II. MỤC TIÊU", "2. Mục tiêu cụ thể đến năm 2030"),
               (91, 93), "b) 90% rác thải sinh hoạt nông thôn được thu gom."),
        Clause(HP, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (120, 124),
               "1. Năm 2027, hoàn thành việc sửa đổi, bổ sung, ban hành văn bản quy phạm pháp luật của thành phố "
               "đảm bảo cơ sở pháp lý đồng bộ cho hoạt động của bộ máy nhà nước."),
    ]  # fmt: skip
    tasks = [
        make_task(DT, "1", "Triển khai nền tảng đào tạo trực tuyến mở đại trà", ["Sở KH&CN"], ["Sở Nội vụ"],
                  deadline="Thường xuyên", line=315),
        make_task(DT, "2", "Biểu dương, khen thưởng các doanh nghiệp có thành tích trong chuyển đổi số", ["Sở Nội vụ"],
                  ["Sở KH&CN"], deadline="Thường xuyên, hằng năm", line=340),
        make_task(DT, "3", "Phát triển thương mại điện tử trên địa bàn", ["Sở Công Thương"], deadline="Năm 2026",
                  line=360),
        make_task(HT, "1", "Rà soát xác định điểm nghẽn thể chế phục vụ chuyển đổi số", ["Sở Khoa học và Công nghệ"],
                  output="Báo cáo rà soát", deadline="Năm 2026", line=690),
        make_task(HT, "2", "Tổ chức hội thảo trao đổi các giải pháp thực hiện Nghị quyết", ["Sở Tư pháp"],
                  output="Hội thảo", deadline="Năm 2026", line=648),
        make_task(HT, "3", "Rà soát, đánh giá hiệu quả thi hành của các văn bản QPPL", ["Các sở, ban, ngành"],
                  output="Báo cáo", deadline="Hàng năm", line=964),
        make_task(HT, "4", "Xây dựng Cổng pháp luật Hà Tĩnh", ["Sở Tư pháp"], output="Dữ liệu trên Cổng pháp luật",
                  deadline="Thường xuyên", line=1222),
        make_task(DA, "1", "Rà soát toàn diện các luật, nghị định có liên quan đến kết cấu hạ tầng", ["Bộ Xây dựng"],
                  deadline="2026", line=545),
        make_task(DA, "2", "Xây dựng cơ sở dữ liệu quốc gia về kết cấu hạ tầng", ["Bộ Xây dựng"], ["Bộ Tài chính"],
                  deadline="2026-2030", line=731),
        make_task(DA, "3", "Đào tạo, bồi dưỡng về chuyển đổi số cho cán bộ ngành xây dựng", ["Bộ Nội vụ"],
                  deadline="2026-2028", line=825),
        make_task(DA, "4", "Xây dựng nền tảng số quản lý quy hoạch xây dựng", ["Bộ Xây dựng"],
                  deadline="2026-2027", line=600),
        make_task(HP, "1", "Rà soát, sửa đổi các văn bản quy phạm pháp luật đáp ứng yêu cầu tinh gọn bộ máy",
                  ["Sở Tư pháp"], deadline="Năm 2025", line=806),
        make_task(HP, "2", "Tham gia quán triệt Nghị quyết số 66-NQ/TW", ["Các sở, ban, ngành"],
                  deadline="Thường xuyên", line=638),
        # (row 2 of Bắc Ninh prints two leads, each on a line of its own: two records of one row)
        make_task(BN, "1", "Kinh tế số chiếm 45% GRDP tỉnh", ["Sở Tài chính"], line=1386),
        make_task(BN, "2", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%", ["Sở Khoa học và Công nghệ"], line=1406),
        make_task(BN, "2", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%", ["Sở Công Thương"], line=1408),
        make_task(NQ, "1", "Đề án triển khai phong trào toàn dân tham gia bảo vệ môi trường", ["Bộ Nông nghiệp và Môi "
                  "trường"], deadline="2026-2030", line=582),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


@pytest.mark.parametrize(
    "question",
    [
        "Các nhiệm vụ của Sở Nội vụ trong kế hoạch Đồng Tháp",
        "cac nhiem vu cua so noi vu dong thap",
        "Danh sách nhiệm vụ giao cho Sở Nội vụ Đồng Tháp",
    ],
)
def test_a_listing_typed_as_a_search_lists_the_bodys_rows(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.intent == "agency_tasks", query
    assert not outcome.abstained, outcome.text
    assert (340, 343) in _lines(outcome), outcome.text


def test_a_body_named_right_after_the_rows_with_its_role():
    query = understand("Những nhiệm vụ Sở Tư pháp Phú Thọ tham gia phối hợp")
    assert (query.intent, query.role, query.agencies) == ("agency_tasks", "coordinating", ("Sở Tư pháp",))
    query = understand("Những việc UBND các xã phải làm theo kế hoạch kiểm kê tài sản công Quảng Ngãi")
    assert query.intent == "agency_tasks", query
    query = understand("Các chỉ tiêu Bắc Ninh giao Sở Tài chính")
    assert (query.intent, query.agencies) == ("agency_tasks", ("Sở Tài chính",)), query
    query = understand("Tasks assigned to the Department of Home Affairs in the Dong Thap plan")
    assert (query.intent, query.agencies) == ("agency_tasks", ("Sở Nội vụ",)), query


def test_a_search_that_names_the_implementation_section_asks_the_bodys_duties():
    query = understand(
        "cac nhiem vu cua so noi vu trong phan to chuc thuc hien ke hoach cua ubnd tinh ha tinh"
    )
    assert not query.soft_listing and query.intent != "agency_tasks", query


def test_rows_asked_by_their_output_are_those_whose_output_cell_prints_it(view):
    _, _, outcome = ask_view(view, "Những nhiệm vụ nào có sản phẩm là báo cáo trong kế hoạch Hà Tĩnh?")
    assert _lines(outcome) == {(690, 693), (964, 967)}, outcome.text
    assert "Báo cáo" in outcome.text.splitlines()[0], outcome.text
    _, _, outcome = ask_view(view, "Các nhiệm vụ có kết quả là hội thảo ở Hà Tĩnh")
    assert _lines(outcome) == {(648, 651)}, outcome.text
    # (said in English, the output read through the glossary)
    _, _, outcome = ask_view(view, "Which Ha Tinh appendix tasks produce a report?")
    assert _lines(outcome) == {(690, 693), (964, 967)}, outcome.text
    assert "whose output reads “Báo cáo" in outcome.text, outcome.text


def test_a_period_no_row_of_the_named_document_falls_in_is_said_to_be_none_there(view):
    _, _, outcome = ask_view(
        view, "Liệt kê các nhiệm vụ phải hoàn thành trong quý IV năm 2025 theo Quyết định 2597"
    )
    assert outcome.abstained, outcome.text
    assert "Quyết định 2597/QĐ-TTg" in outcome.text and "quý IV" in outcome.text, outcome.text


def test_which_bodies_are_given_what_names_each_body_with_its_rows(view):
    _, _, outcome = ask_view(view, "Kế hoạch 617 Đồng Tháp giao những cơ quan nào nhiệm vụ gì?")
    first = outcome.text.splitlines()[0]
    assert "3 cơ quan" in first and "Sở Nội vụ (1)" in first, outcome.text
    assert _lines(outcome) == {(315, 318), (340, 343), (360, 363)}, outcome.text


def test_a_period_said_in_the_title_of_the_section_asked_leaves_the_rows_of_that_period(view):
    from assistant.strategies import Listing

    query, scope, _ = ask_view(view, "Liệt kê các mục tiêu cụ thể của Nghị quyết 394 đến năm 2030")
    assert query.intent == "period_tasks", query
    assert (
        Listing().run(query, view, scope, 0.45) is None
    )  # ("2. Mục tiêu cụ thể đến năm 2030" is the section)
    query, scope, _ = ask_view(view, "Liệt kê các nhiệm vụ của Nghị quyết 394 đến năm 2030")
    listed = Listing().run(query, view, scope, 0.45)
    assert listed is not None and _lines(listed) == {(582, 585)}, listed


@pytest.mark.parametrize(
    "question",
    [
        "Những nhiệm vụ nào của Quyết định 2597 thực hiện giai đoạn 2026-2028?",
        "Các nhiệm vụ trong giai đoạn 2026-2028 của Quyết định 2597",
        "Quyết định 2597 có những nhiệm vụ nào thực hiện từ năm 2026 đến năm 2028?",
    ],
)
def test_a_span_of_years_asked_holds_the_times_inside_it(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.within, query
    # ("2026", "2026-2027", "2026-2028" lie inside 2026-2028; "2026-2030" runs past it)
    assert _lines(outcome) == {(545, 548), (600, 603), (825, 828)}, outcome.text
    assert "2026-2028" in outcome.text.splitlines()[0], outcome.text


def test_a_year_asked_alone_holds_every_time_that_reaches_it(view):
    _, _, outcome = ask_view(view, "Những nhiệm vụ nào của Quyết định 2597 thực hiện trong năm 2027?")
    assert _lines(outcome) == {(600, 603), (731, 734), (825, 828)}, outcome.text


def test_the_coordinating_column_named_asks_the_coordinating_bodies():
    query = understand(
        "Những cơ quan nào có tên trong cột phối hợp của nhiệm vụ xây dựng Cổng pháp luật Hà Tĩnh?"
    )
    assert query.intent == "coordinating_agencies", query
    assert query.topic == "xây dựng Cổng pháp luật", query.topic


def test_a_bodys_rows_asked_by_their_output_are_those_of_that_output(view):
    _, _, outcome = ask_view(view, "Kể tên các nhiệm vụ Sở Tư pháp Hà Tĩnh chủ trì có kết quả là hội thảo")
    assert _lines(outcome) == {(648, 651)}, outcome.text
    # (the output's words are no topic of the rows' names: "report" is no row's name here)
    _, _, outcome = ask_view(view, "Which Ha Tinh tasks led by Sở Khoa học và Công nghệ produce a report?")
    assert _lines(outcome) == {(690, 693)}, outcome.text
    assert "whose output reads" in outcome.text, outcome.text


def test_a_places_tasks_asked_with_a_possessive_are_a_listing():
    query = understand("What are Vinh Long's tasks for the fourth quarter of 2025?")
    assert (query.intent, query.quarters, query.years) == ("period_tasks", ("IV",), (2025,)), query
    # (not "what is the deadline of the tasks …": a field asked)
    assert (
        understand("What is the deadline of the tasks on legal dissemination in Vinh Long?").intent
        == "deadline"
    )


def test_how_many_rows_two_places_give_is_counted_side_by_side(view):
    _, _, outcome = ask_view(view, "Hà Tĩnh và Đồng Tháp, nơi nào có nhiều nhiệm vụ hơn?")
    lines = outcome.text.splitlines()
    assert lines[1].startswith("- Hà Tĩnh: 4 nhiệm vụ") and lines[2].startswith("- Đồng Tháp: 3 nhiệm vụ"), (
        lines
    )
    assert lines[-1] == "Nhiều hơn: Hà Tĩnh (4 nhiệm vụ, so với 3).", lines
    assert len(outcome.citations) == 7, outcome.citations
    # (a row printed over two lines of its table, two records, counts once)
    _, _, outcome = ask_view(view, "Bắc Ninh và Đồng Tháp, nơi nào có nhiều nhiệm vụ hơn?")
    assert outcome.text.splitlines()[-1] == "Nhiều hơn: Đồng Tháp (3 nhiệm vụ, so với 2).", outcome.text
    # (the body, role and period asked keep each side to its rows)
    _, _, outcome = ask_view(view, "Hà Tĩnh và Đồng Tháp, nơi nào giao Sở Nội vụ chủ trì nhiều nhiệm vụ hơn?")
    lines = outcome.text.splitlines()
    assert lines[1:] == [
        "- Hà Tĩnh: 0 nhiệm vụ",
        "- Đồng Tháp: 1 nhiệm vụ [1]",
        "Nhiều hơn: Đồng Tháp (1 nhiệm vụ, so với 0).",
    ], lines
