"""Who reports to whom ("những cơ quan nào phải báo cáo và báo cáo cho ai?", "who reports to whom?"): every
sentence of the body text that reports to a body, with the body that reports — named before the verb, or the
one its paragraph opens with — in document order, each cited; a body asked about keeps its own."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.reporting import asks_reporting
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view

HT = "kh_ha_tinh.txt"
ORGANISE = "III. TỔ CHỨC THỰC HIỆN"
JUSTICE = "1. Sở Tư pháp"
DEPARTMENTS = "5. Các sở, ban, ngành cấp tỉnh và các địa phương"


@pytest.fixture(scope="module")
def plan() -> IndexView:
    docs = [
        Document(HT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number="250/KH-UBND", province="Hà Tĩnh")
    ]
    clauses = [
        Clause(HT, "preamble", "Phần mở đầu", (), (1, 20),
               "Căn cứ Báo cáo số 12/BC-STP của Sở Tư pháp; UBND tỉnh ban hành Kế hoạch thực hiện như sau:",
               kind="preamble"),
        Clause(HT, "III", "Mục III", (), (300, 300), ORGANISE),
        Clause(HT, "III.1", "Mục III, khoản 1", (ORGANISE,), (301, 301), JUSTICE),
        Clause(HT, "III.1.-2", "Mục III, khoản 1, ý 2", (ORGANISE, JUSTICE), (304, 309),
               "- Chủ trì theo dõi, đôn đốc các cơ quan triển khai thực hiện Kế hoạch này; định kỳ tổng hợp kết quả "
               "thực hiện, báo cáo UBND tỉnh và Bộ Tư pháp theo quy định."),
        Clause(HT, "III.5", "Mục III, khoản 5", (ORGANISE,), (330, 330), DEPARTMENTS),
        Clause(HT, "III.5.-1", "Mục III, khoản 5, ý 1", (ORGANISE, DEPARTMENTS), (373, 379),
               "- Chủ động triển khai thực hiện Kế hoạch này; báo cáo kết quả thực hiện của đơn vị, địa phương mình "
               "về UBND tỉnh (qua Sở Tư pháp) theo quy định."),
        Clause(HT, "III.6", "Mục III, khoản 6", (ORGANISE,), (386, 392),
               "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường giám sát. Trường hợp có khó khăn, các cơ "
               "quan phản ánh về Sở Tư pháp; trường hợp vượt thẩm quyền, Sở Tư pháp tổng hợp, tham mưu, báo cáo UBND "
               "tỉnh và cơ quan có thẩm quyền theo quy định./."),
        Clause(HT, "III.7", "Mục III, khoản 7", (ORGANISE,), (393, 394),
               "7. Sở Nội vụ xây dựng báo cáo chuyên đề về tổ chức bộ máy."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Theo kế hoạch 250 của Hà Tĩnh, những cơ quan nào phải báo cáo và báo cáo cho ai?",
        "Describe the reporting chain set out in Hà Tĩnh's plan 250: who reports to whom?",
    ],
)
def test_every_reporting_duty_with_the_body_that_reports(plan, question):
    _, _, out = ask_view(plan, question)
    assert out.strategy == "reporting"
    assert out.meta["count"] == 3
    assert "báo cáo UBND tỉnh và Bộ Tư pháp" in out.text
    assert "về UBND tỉnh (qua Sở Tư pháp)" in out.text
    lines = out.text.splitlines()[1:]
    # the body that reports: the paragraph's (lines 1, 2), the one named before the verb (line 3: not the
    # Fatherland Front the paragraph opens with)
    assert lines[0].startswith("- Sở Tư pháp")
    assert lines[1].startswith("- Các sở, ban, ngành cấp tỉnh")
    assert lines[2].startswith("- Sở Tư pháp")
    # (no report cited by number in the preamble, no report that is a product sent to no one)
    assert "12/BC-STP" not in out.text and "chuyên đề" not in out.text
    assert [c.lines for c in out.citations] == [(304, 309), (373, 379), (386, 392)]


def test_a_body_asked_keeps_its_own_reports(plan):
    _, _, out = ask_view(plan, "Sở Tư pháp Hà Tĩnh báo cáo cho ai theo kế hoạch 250?")
    assert out.strategy == "reporting"
    assert out.meta["count"] == 2
    assert "Các sở, ban, ngành" not in out.text


def test_what_asks_reporting():
    assert asks_reporting(understand("Các sở phải báo cáo kết quả về đâu?"))
    assert asks_reporting(understand("To whom must departments report their results?"))
    assert not asks_reporting(understand("Báo cáo rà soát do cơ quan nào chủ trì?"))
    assert not asks_reporting(understand("Which tasks produce a report?"))


def test_the_body_that_reports_is_not_one_it_works_with():
    from assistant.reporting import _subject

    sentence = "(1) Phối hợp với Bộ Nông nghiệp và Môi trường rà soát, tổng hợp tình hình thiệt hại, báo cáo Chính phủ."
    assert _subject(sentence) is None  # (the paragraph's body, "Bộ Tài chính", reports)
    assert _subject("Trường hợp vượt thẩm quyền, Sở Tư pháp tổng hợp, báo cáo UBND tỉnh.") == "Sở Tư pháp"


def test_a_body_asked_that_passes_the_reports_on_keeps_that_passage():
    from assistant.reporting import _reports_in

    sentence = (
        "định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 05/6 và trước ngày 25/11 để tổng hợp, "
        "báo cáo Ủy ban nhân dân tỉnh, báo cáo Bộ Tư pháp."
    )
    assert _reports_in(sentence, {"Sở Tư pháp"})
    assert not _reports_in("Sở Tư pháp hướng dẫn các sở rà soát văn bản.", {"Sở Tư pháp"})


def test_what_asks_a_reporting_list_and_what_asks_one_passage():
    # the article on the reporting regime answers that ("Điều 11. Chế độ báo cáo, kế toán"); one report whose
    # destination is said asks who makes it, of one passage
    assert not asks_reporting(understand("Chế độ báo cáo của Quỹ nhà ở quốc gia theo NĐ 302 như thế nào?"))
    assert not asks_reporting(understand("Gặp vướng mắc vượt thẩm quyền thì ai báo cáo UBND tỉnh?"))
