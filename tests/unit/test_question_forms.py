"""Question forms met in questions written by others: which of two things after a comma, a place asked
(not compared), an adjective before a noun ("which earlier law"), yes/no endings, the body that issued a
document, bounds printed in words, a document's header, a foreign country in an English question."""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.evidence import Stats, has_answer_type, terms
from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import _asks_when
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task


def test_which_of_two_things_after_a_comma_splits_at_the_comma():
    parts = halves(
        "o ha tinh, hoi thao ve giai phap thuc hien NQ 66 va de an doi moi to chuc thi hanh phap luat, "
        "viec nao co thoi han som hon?"
    )
    assert parts is not None
    assert (parts.context, parts.first, parts.second) == (
        "o ha tinh",
        "hoi thao ve giai phap thuc hien NQ 66",
        "de an doi moi to chuc thi hanh phap luat",
    )
    # without a "which one" ask, two unlike phrases are no pair
    assert halves("Hội thảo về giải pháp và đề án đổi mới tổ chức thi hành pháp luật do ai chủ trì?") is None


@pytest.mark.parametrize(
    "question",
    [
        "Trụ sở chính của Quỹ nhà ở trung ương đặt ở tỉnh, thành phố nào?",
        "Trung tâm điều hành được đặt tại thành phố nào?",
    ],
)
def test_where_one_thing_is_asks_a_place_and_compares_nothing(question):
    query = understand(question)
    assert query.intent != "compare"
    assert query.answer_type == "place"


def test_places_are_still_compared():
    assert understand("Tỉnh nào giao Sở Tư pháp chủ trì xây dựng Cổng pháp luật?").intent == "compare"


def test_an_adjective_before_a_noun_asks_for_that_thing():
    query = understand(
        "When does the Employment Law No. 74/2025/QH15 come into force, and which earlier law does it terminate?"
    )
    assert query.intent != "compare"
    assert understand("Which was issued earlier, Decree 302 or Circular 23?").intent == "compare"


def test_which_department_leads_is_a_lead_question_and_cooperation_is_a_topic():
    query = understand("Which Hai Phong department leads the city's legal cooperation with Lao provinces?")
    assert query.intent == "lead_agency"
    assert "Lào" in query.topic
    assert understand("Which agencies cooperate with the Department of Justice?").intent == (
        "coordinating_agencies"
    )


def test_yes_no_endings_and_role_words_are_no_topic():
    query = understand(
        "Vĩnh Long và Phú Thọ yêu cầu các sở ban hành kế hoạch trong thời hạn nào; hai tỉnh có giống nhau không?"
    )
    assert query.topic.split()[-1] == "hoạch"
    listing = understand("Ban Nội chính Trung ương là cơ quan chủ quản của những loại dữ liệu nào?")
    assert listing.topic == "dữ liệu"
    assert "không" in understand("Những nhiệm vụ nào không có thời hạn cụ thể?").topic


def test_the_body_that_issued_the_document_is_no_agency_asked_about():
    query = understand(
        "Mục đích của kế hoạch triển khai NQ 66 do UBND tỉnh Hà Tĩnh ban hành gồm những điểm nào?"
    )
    assert query.agencies == ()
    assert understand("Kế hoạch giao Sở Tư pháp chủ trì những nhiệm vụ nào?").agencies == ("Sở Tư pháp",)


def test_a_bound_printed_in_words_answers_its_name():
    stats = Stats(["bảo đảm chi không thấp hơn 0,5% tổng chi", "mức chi tối đa", "không quá 05 ngày"])
    asked = terms("mức chi tối thiểu")
    assert stats.coverage(
        asked, terms("Bảo đảm chi không thấp hơn 0,5% tổng chi ngân sách")
    ) > stats.coverage(asked, terms("Bảo đảm chi 0,5% tổng chi ngân sách"))
    assert terms("thời gian không quá 05 ngày").bigrams >= {"toi da"}


def test_where_a_document_was_signed_is_no_place_answer():
    header = "Số: 2597/QĐ-TTg Hà Nội, ngày 27 tháng 11 năm 2025 QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN"
    assert not has_answer_type(header, "place")
    assert has_answer_type("Thí điểm tại thành phố Đà Nẵng.", "place")


def test_a_time_limit_to_act_is_asked_even_of_issuing_a_plan():
    assert _asks_when("Các sở phải ban hành kế hoạch riêng trong thời hạn nào?")
    assert not _asks_when("Kế hoạch được ban hành ngày nào?")


D = "ht.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(
            D,
            "Kế hoạch triển khai thực hiện Nghị quyết 66",
            "Kế hoạch",
            province="Hà Tĩnh",
            issuer="UBND tỉnh Hà Tĩnh",
        )
    ]
    clauses = [
        Clause(D, "I", "Mục I", (), (10, 10), "I. MỤC ĐÍCH, YÊU CẦU"),
        Clause(
            D,
            "I.1",
            "Mục I, khoản 1",
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            (11, 12),
            "1. Triển khai đầy đủ Nghị quyết.",
        ),
        Clause(
            D, "I.2", "Mục I, khoản 2", ("I. MỤC ĐÍCH, YÊU CẦU",), (13, 14), "2. Xác định nhiệm vụ cụ thể."
        ),
        Clause(
            D,
            "II.1",
            "Mục II, khoản 1",
            (),
            (20, 21),
            "1. Tăng cường hợp tác quốc tế về pháp luật với các địa phương nước bạn.",
        ),
    ]
    tasks = [
        make_task(
            D, "1", "Hợp tác quốc tế về pháp luật với các địa phương nước bạn", ["Sở Ngoại vụ"], line=40
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_section_asked_with_its_issuer_and_its_points(view):
    _, _, outcome = ask_view(
        view,
        "Mục đích, yêu cầu của kế hoạch triển khai NQ 66 do UBND tỉnh Hà Tĩnh ban hành gồm những điểm nào?",
    )
    assert outcome.strategy == "section"
    assert [c.lines for c in outcome.citations] == [(10, 10), (11, 12), (13, 14)]


def test_a_foreign_country_the_evidence_does_not_name_is_not_answered(view):
    _, _, outcome = ask_view(view, "Which Ha Tinh department leads legal cooperation with Lao provinces?")
    assert outcome.abstained
    _, _, outcome = ask_view(view, "Which Ha Tinh department leads international legal cooperation?")
    assert not outcome.abstained
    assert "Sở Ngoại vụ" in outcome.text
