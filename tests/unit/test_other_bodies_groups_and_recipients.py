"""Rows led by bodies other than the one named ("Nhiệm vụ nào do bộ khác chủ trì?"), a body asked by its name
without the place its canonical name carries, a table's groups asked with the document described in brackets,
the recipients of a document named at length, and which of two documents takes effect first — on hand-made
records and on the question rules."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import asks_groups
from assistant.matches import agency_matches
from assistant.matching import _ASKS_RECIPIENTS
from assistant.question_rules import COMPARE, any_match
from assistant.understand import understand
from indexer.records import Document
from indexer.text import fold
from tests.records import ask_view, make_task

QD = "qd_2597.txt"
HP = "kh_hai_phong.txt"
BXD = "Bộ Xây dựng"
CENTRE = "Trung tâm Thông tin báo chí và Truyền thông thành phố Hải Phòng"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(QD, "Quyết định phê duyệt Đề án chuyển đổi số kết cấu hạ tầng xây dựng", "Quyết định",
                 number="2597/QĐ-TTg", issuer="Thủ tướng Chính phủ", national=True),
        Document(HP, "Kế hoạch hành động thực hiện Nghị quyết số 140/NQ-CP", "Kế hoạch", number="95/KH-UBND",
                 province="Hải Phòng"),
    ]  # fmt: skip
    tasks = [
        make_task(QD, "1", "Rà soát toàn diện các luật, nghị định về đầu tư xây dựng", [BXD], group="I", line=545),
        make_task(QD, "2", "Thiết lập cơ chế kiểm tra, giám sát chuyển đổi số", ["Bộ Khoa học và Công nghệ"],
                  group="II", line=617),
        make_task(QD, "3", "Xây dựng cơ sở dữ liệu kết cấu hạ tầng", [BXD], group="III", line=700),
        make_task(QD, "4", "Hợp tác đầu tư và tài chính, thu hút vốn ODA", ["Bộ Tài chính", "Bộ Ngoại giao"],
                  group="VII", line=1050),
        make_task(HP, "2", "Quán triệt, phổ biến đầy đủ Nghị quyết số 140/NQ-CP", [CENTRE], line=659),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Bộ Xây dựng có phải cơ quan chủ trì duy nhất trong phụ lục Quyết định 2597 không? Nhiệm vụ nào do bộ khác "
        "chủ trì?",
        "In the appendix of Decision 2597, which tasks are led by other ministries than the Ministry of Construction?",
    ],
)
def test_rows_led_by_other_bodies_than_the_one_named(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.agencies == (BXD,) and query.agencies_set_aside
    assert "kiểm tra, giám sát" in outcome.text and "vốn ODA" in outcome.text, outcome.text
    assert "Rà soát toàn diện" not in outcome.text and "cơ sở dữ liệu" not in outcome.text


def test_a_body_asked_without_the_place_its_name_carries():
    task = make_task(HP, "2", "Quán triệt", ["Trung tâm báo chí và Truyền thông thành phố Hải Phòng"])
    task = type(task)(**{**task.__dict__, "lead_ids": (CENTRE,)})
    assert agency_matches(task, "Trung tâm Thông tin báo chí và Truyền thông", "lead")
    # (another body's name is no prefix of it; nor is a name followed by more than a place)
    assert not agency_matches(task, "Trung tâm Thông tin", "lead")
    other = type(task)(**{**task.__dict__, "lead_ids": ("Sở Tư pháp thành phố Hải Phòng",)})
    assert not agency_matches(other, "Sở Tư", "lead")


def test_the_press_centre_asked_in_english(view):
    query, _, outcome = ask_view(
        view, "Which of Hai Phong's assigned tasks are led by the city's press and communications centre?"
    )
    assert query.agencies and outcome.strategy == "listing", outcome.text
    assert "Quán triệt, phổ biến đầy đủ" in outcome.text


@pytest.mark.parametrize(
    "question, grouped",
    [
        ("How are the key tasks in the appendix of Decision 2597/QĐ-TTg (digital transformation of construction "
         "infrastructure) grouped? List the groups.", True),
        ("List the task groups of the appendix of Decision 2597.", True),
        ("How are the tasks of the Ministry of Construction in the appendix funded?", False),
    ],
)  # fmt: skip
def test_groups_asked_with_the_document_described_in_brackets(question, grouped):
    assert asks_groups(understand(question)) is grouped


def test_recipients_of_a_document_named_at_length():
    asked = fold(
        "Kế hoạch triển khai Nghị quyết 66 của UBND tỉnh (thực hiện Chương trình hành động 45-CTr/TU) được gửi tới "
        "những nơi nào?"
    )
    assert _ASKS_RECIPIENTS.search(asked)
    # (a report is sent, not the plan)
    assert not _ASKS_RECIPIENTS.search(
        fold("Báo cáo kết quả thực hiện kế hoạch được gửi tới Sở Tư pháp trước ngày nào?")
    )


@pytest.mark.parametrize(
    "question, compared",
    [
        ("Which takes effect first: Decree 302/2025/NĐ-CP on the National Housing Fund or the Employment Law No. "
         "74/2025/QH15?", True),
        ("Which came into force earlier, Decree 302 or Law 74?", True),
        ("Which provisions take effect first under Law 74?", False),
    ],
)  # fmt: skip
def test_which_of_two_documents_takes_effect_first(question, compared):
    assert any_match(COMPARE, fold(question)) is compared


@pytest.mark.parametrize(
    "question, role",
    [
        (
            "cho toi danh sach du lieu ma Ban To chuc Trung uong la co quan chu quan theo phu luc Quy dinh 384",
            "lead",
        ),
        ("Liệt kê các nhiệm vụ mà Sở Tư pháp Hà Tĩnh là cơ quan phối hợp.", "coordinating"),
    ],
)
def test_a_list_of_things_a_body_owns_leads_or_partners(question, role):
    query = understand(question)
    assert query.intent == "agency_tasks" and query.role == role


@pytest.mark.parametrize(
    "question",
    [
        "Does the State Bank regional branch (Ngân hàng nhà nước khu vực XII) lead any indicator in Bac Ninh's "
        "digital economy plan 144/KH-UBND? If so, which?",
        "Which digital economy / digital society targets in Bac Ninh's plan 144/KH-UBND are assigned to the State "
        "Bank regional branch (Ngân hàng nhà nước khu vực XII)?",
    ],
)
def test_the_rows_of_a_body_asked_whether_it_leads_any(question):
    assert understand(question).intent == "agency_tasks"
