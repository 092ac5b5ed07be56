"""What a document says of one body and nothing else ("Kế hoạch … quy định gì về Sở Tư pháp?", "What does …
plan say about the Department of Justice?") is that body's own part: its duties."""

from __future__ import annotations

import pytest

from assistant.duties import asks_duties
from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view

PT = "kh_phutho.txt"
ORG = "III. TỔ CHỨC THỰC HIỆN"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(
            PT,
            "Kế hoạch triển khai Nghị quyết số 66-NQ/TW",
            "Kế hoạch",
            number="232/KH-UBND",
            province="Phú Thọ",
        )
    ]
    clauses = [
        Clause(PT, "III", "Mục III", (), (163, 163), ORG),
        Clause(
            PT,
            "III.1",
            "Mục III, khoản 1",
            (ORG,),
            (164, 169),
            "1. Các sở, ngành, địa phương xây dựng và tổ chức thực hiện kế hoạch triển khai Nghị quyết.",
        ),
        Clause(
            PT,
            "III.3",
            "Mục III, khoản 3",
            (ORG,),
            (177, 178),
            "3. Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương bảo đảm nguồn kinh phí thực hiện.",
        ),
        Clause(
            PT,
            "III.4",
            "Mục III, khoản 4",
            (ORG,),
            (180, 182),
            "4. Sở Tư pháp chủ trì, phối hợp với các sở, ngành, địa phương theo dõi, đôn đốc việc triển khai Kế "
            "hoạch này; tham mưu báo cáo kết quả thực hiện theo quy định.",
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch 232/KH-UBND của Phú Thọ quy định gì về Sở Tư pháp?",
        "Kế hoạch 232/KH-UBND đề ra những gì đối với Sở Tư pháp tỉnh Phú Thọ?",
        "ke hoach 232/KH-UBND noi gi ve so tu phap",
        "What does Phu Tho's plan 232/KH-UBND say about the Department of Justice?",
    ],
)
def test_what_is_said_of_one_body_is_its_own_part(view, question):
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "duties", (outcome.strategy, outcome.text)
    assert [c.lines for c in outcome.citations] == [(180, 182)], outcome.text


@pytest.mark.parametrize(
    "question",
    [
        # something of the body is asked, not all it must do
        "Kế hoạch 232/KH-UBND quy định gì về thời hạn Sở Tư pháp báo cáo kết quả?",
        # two bodies
        "Kế hoạch 232/KH-UBND quy định gì về Sở Tư pháp và Sở Tài chính?",
        "What does plan 232/KH-UBND say about the monitoring by the Department of Justice?",
    ],
)
def test_more_than_one_body_said_of_is_no_ask_for_its_duties(view, question):
    query, _, _ = ask_view(view, question)
    assert query.agencies and not asks_duties(query), query.agencies


def test_the_body_that_says_is_not_the_body_said_of(view):
    query, _, _ = ask_view(view, "Sở Tư pháp nói gì về tỉnh Phú Thọ?")
    assert query.agencies and not asks_duties(query)
