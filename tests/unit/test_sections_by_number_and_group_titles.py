"""A section named by its Roman number, a title that closes on "thực hiện", a source asked with "where …
from", a heading in capitals that ends in a word of reference, and the printed lines of a table's group
titles."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import answer_groups
from assistant.sections import answer_section, asks_section, heading_by_marker
from assistant.understand import understand
from indexer.clean import clean_lines
from indexer.numbering import parse_marker
from indexer.outline import parse_outline
from indexer.records import Cell, Clause, Document, Table
from indexer.table_tasks import tasks_from_table
from tests.records import make_task, read_view

P = "kh_lai_chau.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [Document(P, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn", "Kế hoạch", province="Lai Châu")]
    clauses = [
        Clause(P, "II", "Mục II", (), (10, 10), "II. NỘI DUNG KẾ HOẠCH"),
        Clause(
            P,
            "II.1",
            "Mục II, khoản 1",
            ("II. NỘI DUNG KẾ HOẠCH",),
            (11, 12),
            "1. Tuyên truyền, phổ biến Luật.",
        ),
        Clause(
            P, "II.2", "Mục II, khoản 2", ("II. NỘI DUNG KẾ HOẠCH",), (13, 14), "2. Rà soát văn bản quy phạm."
        ),
        Clause(P, "III", "Mục III", (), (20, 20), "III. KINH PHÍ THỰC HIỆN"),
        Clause(
            P, "III.1", "Mục III, khoản 1", ("III. KINH PHÍ THỰC HIỆN",), (21, 22), "1. Ngân sách hằng năm."
        ),
        Clause(
            P, "III.2", "Mục III, khoản 2", ("III. KINH PHÍ THỰC HIỆN",), (23, 23), "2. Nguồn hợp pháp khác."
        ),
    ]
    tasks = [
        make_task(P, "1", "Rà soát văn bản", ["Sở Tư pháp"], line=40, group="I", group_title="CƠ CHẾ"),
        make_task(P, "2", "Xây dựng quy chế", ["Sở Nội vụ"], line=45, group="I", group_title="CƠ CHẾ"),
        make_task(P, "1", "Tập huấn", ["Sở Tư pháp"], line=60, group="II", group_title="NHÂN LỰC"),
    ]
    tasks = [t.__class__(**{**t.__dict__, "group_lines": (36 if t.group == "I" else 56,) * 2}) for t in tasks]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_section_named_by_its_roman_number_is_stated_whole(view):
    query, scope = read_view(view, "What are the main tasks in section II of Lai Châu's plan?")
    assert asks_section(query)
    heading = heading_by_marker(view, query, scope)
    assert heading is not None and heading.path == "II"
    out = answer_section(view, query, scope)
    assert out is not None and out.count == 2
    assert [c.lines for c in out.citations][1:] == [(11, 12), (13, 14)]
    # a question about one thing in that section is not asking for the section whole
    asked, scope = read_view(
        view, "What does section II of Lai Châu's plan say about the national standards strategy?"
    )
    assert heading_by_marker(view, asked, scope) is None
    # a lower-case Roman-looking word is no section number ("mục vi phạm")
    vi, scope = read_view(view, "Những mục vi phạm nào được nêu trong kế hoạch Lai Châu?")
    assert heading_by_marker(view, vi, scope) is None


def test_funding_names_a_title_that_closes_on_implementing(view):
    query, scope = read_view(view, "What is the funding source of Lai Chau's plan?")
    out = answer_section(view, query, scope)
    assert out is not None and out.count == 2 and out.citations[0].lines == (20, 20)


def test_where_something_comes_from_asks_no_place():
    assert understand("Where does the funding for the plan come from?").answer_type is None
    assert understand("Where is the launch ceremony held?").answer_type == "location"


def test_a_heading_in_capitals_ending_in_a_word_of_reference_refers_to_nothing():
    assert parse_marker("1. Bảo đảm sự lãnh đạo của Đảng", "II. QUAN ĐIỂM") is not None
    # (a wrapped sentence that ends in "tại điểm" is still continued by "2. …" as a reference)
    assert parse_marker("2. Điều 5 Luật này", "theo quy định tại điểm") is None
    text = (
        "I. MỤC ĐÍCH\n1. Triển khai kịp thời.\n2. Bảo đảm đồng bộ.\nII. QUAN ĐIỂM\n"
        "1. Bảo đảm sự lãnh đạo của Đảng.\n2. Xây dựng pháp luật là đột phá.\n3. Đầu tư."
    )
    outline = parse_outline("t.txt", list(enumerate(clean_lines(text.split("\n")), 1)))
    assert [c.path for c in outline.clauses if c.path.startswith("II")] == ["II", "II.1", "II.2", "II.3"]


def test_a_tables_group_rows_give_their_printed_lines_to_the_rows_under_them():
    header = (Cell("TT", (1, 1), 0, 0), Cell("Nội dung", (1, 1), 0, 1), Cell("Cơ quan chủ trì", (1, 1), 0, 2))
    rows = (
        header,
        (Cell("I", (3, 3), 1, 0), Cell("CƠ CHẾ, CHÍNH SÁCH", (4, 5), 1, 1)),
        (Cell("1", (6, 6), 2, 0), Cell("Rà soát văn bản", (7, 7), 2, 1), Cell("Sở Tư pháp", (8, 8), 2, 2)),
        (Cell("II", (9, 9), 3, 0), Cell("NHÂN LỰC", (10, 10), 3, 1)),
        (Cell("1", (11, 11), 4, 0), Cell("Tập huấn", (12, 12), 4, 1), Cell("Sở Nội vụ", (13, 13), 4, 2)),
    )
    tasks = tasks_from_table("t.txt", Table(rows, (1, 13), 3, spans_known=False))
    assert [(t.group, t.group_title, t.group_lines) for t in tasks] == [
        ("I", "CƠ CHẾ, CHÍNH SÁCH", (3, 5)),
        ("II", "NHÂN LỰC", (9, 10)),
    ]


def test_the_groups_of_a_table_cite_each_title_with_its_first_row(view):
    query, scope = read_view(view, "Phụ lục kế hoạch Lai Châu chia nhiệm vụ thành những nhóm nào?")
    out = answer_groups(view, query, scope)
    assert out is not None
    assert [c.lines for c in out.citations] == [(36, 43), (56, 63)]


def test_a_section_title_the_question_names_stands_over_the_items_under_it():
    from assistant.matching import _named_title_above

    asked = "Theo quan điểm của kế hoạch, công tác xây dựng pháp luật được xác định là gì?"
    assert _named_title_above("II. QUAN ĐIỂM", asked) == "QUAN ĐIỂM"
    assert _named_title_above("II. QUAN ĐIỂM", "theo quan diem cua ke hoach thi ... la gi") == "QUAN ĐIỂM"
    # a title the question does not name as the part it asks from, or one that is no title in capitals
    assert _named_title_above("II. QUAN ĐIỂM", "Quan điểm của kế hoạch là gì?") == ""
    assert _named_title_above("IV. NHIỆM VỤ, GIẢI PHÁP › 1. Bảo đảm …", asked) == ""
    assert _named_title_above("1. Quan điểm chỉ đạo", "theo quan điểm chỉ đạo thì …") == ""
