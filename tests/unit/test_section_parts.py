"""Rules of the forty-sixth session, on hand-made records: a section whose title joins two names ("I. MỤC
ĐÍCH, YÊU CẦU") is answered whole when the question names both, and its sub-section when the question names
that one whole ("2. Yêu cầu").
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view

KH = "kh_chuyendoiso.txt"
HEAD = "I. MỤC ĐÍCH, YÊU CẦU"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(KH, "Kế hoạch chuyển đổi số cho các doanh nghiệp nhỏ và vừa", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp"),
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
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


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
