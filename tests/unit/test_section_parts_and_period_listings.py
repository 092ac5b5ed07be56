"""Rules of the forty-sixth session, on hand-made records: a section whose title joins two names ("I. MỤC
ĐÍCH, YÊU CẦU") is answered whole when the question names both, and its sub-section when the question names
that one whole ("2. Yêu cầu"); an agency whose task rows fit no period asked is told so, not that no table
names it (its own prose section is no answer to a question of one year).
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

KH = "kh_chuyendoiso.txt"
HT = "kh_nq66_hatinh.txt"
HEAD = "I. MỤC ĐÍCH, YÊU CẦU"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(KH, "Kế hoạch chuyển đổi số cho các doanh nghiệp nhỏ và vừa", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp"),
        Document(HT, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="140/KH-UBND",
                 province="Hà Tĩnh"),
    ]  # fmt: skip
    purpose, needs = "1. Mục đích", "2. Yêu cầu"
    clauses = [
        Clause(KH, "I", "Mục I", (), (36, 37), HEAD),
        Clause(KH, "I.1", "Mục I, khoản 1", (HEAD,), (39, 39), purpose),
        Clause(KH, "I.1.a", "Mục I, khoản 1, điểm a", (HEAD, purpose), (41, 44),
               "a) Thúc đẩy chuyển đổi số toàn diện trong hoạt động sản xuất kinh doanh của doanh nghiệp."),
        Clause(KH, "I.1.b", "Mục I, khoản 1, điểm b", (HEAD, purpose), (46, 49),
               "b) Ứng dụng công nghệ số để nâng cao năng suất và năng lực cạnh tranh."),
        Clause(KH, "I.2", "Mục I, khoản 2", (HEAD,), (55, 55), needs),
        Clause(KH, "I.2.a", "Mục I, khoản 2, điểm a", (HEAD, needs), (57, 59),
               "a) Kế hoạch được triển khai đồng bộ, phù hợp với điều kiện thực tế của từng nhóm doanh nghiệp."),
        Clause(KH, "I.2.b", "Mục I, khoản 2, điểm b", (HEAD, needs), (61, 62),
               "b) Huy động nguồn lực của Nhà nước, doanh nghiệp, hiệp hội và các tổ chức hỗ trợ."),
        Clause(KH, "II", "Mục II", (), (70, 70), "II. NHIỆM VỤ, GIẢI PHÁP"),
        Clause(KH, "II.1", "Mục II, khoản 1", ("II. NHIỆM VỤ, GIẢI PHÁP",), (72, 74),
               "1. Tuyên truyền, nâng cao nhận thức của doanh nghiệp về chuyển đổi số."),
        Clause(HT, "III", "Mục III", (), (300, 300), "III. TỔ CHỨC THỰC HIỆN"),
        Clause(HT, "III.1", "Mục III, khoản 1", ("III. TỔ CHỨC THỰC HIỆN",), (302, 302), "1. Sở Tư pháp"),
        Clause(HT, "III.1.a", "Mục III, khoản 1, ý 1", ("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp"), (304, 306),
               "- Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch."),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Tổ chức hội thảo trao đổi các giải pháp thực hiện Nghị quyết", ["Sở Tư pháp"],
                  deadline="Năm 2026", line=640),
        make_task(HT, "2", "Tổ chức tập huấn nghiệp vụ xây dựng văn bản quy phạm pháp luật", ["Sở Tư pháp"],
                  deadline="Hàng năm", line=650),
        make_task(HT, "3", "Rà soát văn bản quy phạm pháp luật về tổ chức bộ máy", ["Sở Nội vụ"],
                  deadline="Năm 2025", line=660),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[tuple[int, int]]:
    return {tuple(c.lines) for c in outcome.citations}


def test_one_part_of_a_joined_title_named_whole_by_its_sub_section_answers_with_that_sub_section(view):
    _, _, needs = ask_view(view, "Kế hoạch chuyển đổi số doanh nghiệp của Đồng Tháp có những yêu cầu gì?")
    assert {(57, 59), (61, 62)} <= _lines(needs), needs.text
    assert not {(41, 44), (46, 49)} & _lines(needs), needs.text
    _, _, purpose = ask_view(view, "Mục đích của Kế hoạch 617/KH-UBND Đồng Tháp là gì?")
    assert {(41, 44), (46, 49)} <= _lines(purpose), purpose.text
    assert not {(57, 59), (61, 62)} & _lines(purpose), purpose.text


def test_both_parts_of_a_joined_title_named_answer_with_the_whole_section(view):
    _, _, both = ask_view(view, "Mục đích, yêu cầu của Kế hoạch 617/KH-UBND Đồng Tháp là gì?")
    assert {(41, 44), (46, 49), (57, 59), (61, 62)} <= _lines(both), both.text


def test_an_agency_with_rows_of_other_periods_is_told_none_is_of_the_year_asked(view):
    _, _, outcome = ask_view(view, "Sở Tư pháp Hà Tĩnh phải hoàn thành những nhiệm vụ nào trong năm 2025?")
    assert (304, 306) not in _lines(outcome), outcome.text
    assert outcome.abstained, outcome.text
    _, _, year = ask_view(view, "Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào trong năm 2026?")
    assert "hội thảo" in year.text and not year.abstained, year.text
