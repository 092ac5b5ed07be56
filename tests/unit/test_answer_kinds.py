"""Kinds of answers a question asks for: when a document enters into force, and a sum of money."""

from __future__ import annotations

import pytest

from assistant.abstain import ABSTAIN_THRESHOLD
from assistant.evidence import has_answer_type
from assistant.index_view import IndexView, RecordSearcher
from assistant.strategies import Evidence
from assistant.understand import understand
from indexer.records import Clause, Document

DECREE, PLAN = "nd302.txt", "kh617.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(
            DECREE,
            "Nghị định quy định về Quỹ nhà ở quốc gia",
            "Nghị định",
            number="302/2025/NĐ-CP",
            national=True,
        ),
        Document(
            PLAN,
            "Kế hoạch chuyển đổi số doanh nghiệp",
            "Kế hoạch",
            number="617/KH-UBND",
            province="Đồng Tháp",
        ),
    ]
    clauses = [
        Clause(
            DECREE,
            "preamble",
            "Phần mở đầu",
            (),
            (1, 3),
            "NGHỊ ĐỊNH Quy định về Quỹ nhà ở quốc gia",
            "preamble",
        ),
        Clause(
            PLAN, "preamble", "Phần mở đầu", (), (1, 3), "KẾ HOẠCH Chuyển đổi số doanh nghiệp", "preamble"
        ),
        Clause(
            DECREE,
            "Điều 8.1",
            "Điều 8, khoản 1",
            ("Điều 8. Vốn của Quỹ",),
            (100, 101),
            "1. Vốn điều lệ do ngân sách trung ương cấp tối thiểu là 5.000 tỷ đồng.",
        ),
        Clause(
            DECREE,
            "Điều 9",
            "Điều 9",
            ("Điều 9. Hỗ trợ",),
            (110, 111),
            "Thủ tướng phân công 3 đồng chí Phó Thủ tướng kiểm tra việc hỗ trợ nhà ở.",
        ),
        Clause(
            DECREE,
            "Điều 27.1",
            "Điều 27, khoản 1",
            ("Điều 27. Hiệu lực thi hành",),
            (907, 908),
            "1. Nghị định này có hiệu lực thi hành từ ngày 19 tháng 11 năm 2025.",
        ),
        Clause(
            DECREE,
            "Điều 27.2",
            "Điều 27, khoản 2",
            ("Điều 27. Hiệu lực thi hành",),
            (909, 910),
            "2. Quyết định số 12/2020/QĐ-TTg hết hiệu lực kể từ ngày 01 tháng 01 năm 2026.",
        ),
        Clause(
            PLAN,
            "III.1",
            "Mục III, khoản 1",
            ("III. TỔ CHỨC THỰC HIỆN",),
            (40, 41),
            "Sở Khoa học và Công nghệ hỗ trợ hộ kinh doanh chuyển đổi số từ ngày 01/01/2026.",
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


def ask(view, question: str):
    q = understand(question, documents=list(view.docs.values()))
    return q, Evidence().run(q, view, None, ABSTAIN_THRESHOLD)


def test_entry_into_force_is_read_from_the_document_that_states_it(view):
    _, out = ask(view, "Nghị định về Quỹ nhà ở quốc gia có hiệu lực từ ngày nào?")
    assert not out.abstained and "19 tháng 11 năm 2025" in out.text
    assert [c.lines for c in out.citations] == [(907, 908)]  # not the clause that ends another's force
    _, en = ask(view, "When does the decree on the National Housing Fund take effect?")
    assert not en.abstained and "19 tháng 11 năm 2025" in en.text


def test_a_document_that_states_no_entry_into_force_gives_no_answer(view):
    _, out = ask(view, "Kế hoạch chuyển đổi số doanh nghiệp của Đồng Tháp có hiệu lực từ khi nào?")
    assert out.abstained


def test_money_is_asked_in_many_words():
    assert understand("Lệ phí cấp giấy phép tổ chức lễ hội là bao nhiêu?").answer_type == "money"
    assert (
        understand(
            "Mức hỗ trợ tài chính cho mỗi hộ kinh doanh tham gia chuyển đổi số là bao nhiêu?"
        ).answer_type
        == "money"
    )
    assert understand("How much is the fee for the licence?").answer_type == "money"
    assert understand("Có bao nhiêu hộ kinh doanh?").answer_type == "count"


def test_money_is_read_with_its_tone_marks():
    assert has_answer_type("tối thiểu là 5.000 tỷ đồng", "money")
    assert not has_answer_type("phân công 3 đồng chí Phó Thủ tướng", "money")  # "đồng chí" is no sum
    rate = "Mức hưởng trợ cấp thất nghiệp hằng tháng là bao nhiêu?"
    assert has_answer_type("bằng 60% mức bình quân tiền lương tháng", "money", question=rate)
    assert not has_answer_type("100% vốn điều lệ", "money", question="Vốn điều lệ của Quỹ là bao nhiêu tiền?")
    fee = "Lệ phí cấp giấy chứng nhận là bao nhiêu?"
    assert has_answer_type("Phí, lệ phí: Không", "money", question=fee)


def test_a_sum_is_answered_by_a_sum_and_not_by_a_count_of_people(view):
    _, out = ask(view, "Vốn điều lệ của Quỹ nhà ở quốc gia là bao nhiêu tiền?")
    assert not out.abstained and "5.000 tỷ đồng" in out.text
    _, none = ask(view, "Nghị định hỗ trợ bao nhiêu tiền cho mỗi hộ có nhà bị sập?")
    assert none.abstained
