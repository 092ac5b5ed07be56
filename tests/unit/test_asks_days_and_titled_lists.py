"""Rules of the twenty-sixth session, on hand-made text and records: a question of three or four asks is
answered ask by ask, each in its own words; a day bounds a month's listing from above ("trước ngày
26/11/2025"); a report sent "gửi cơ quan nào" is a destination, not a task's lead; the points under a short
title are listed whole when several of them answer; "Project 06" is a name, not a row; a document named
by its place and its issuer apart ("the Hà Tĩnh Tỉnh ủy letter"); the provinces of another country asked by
name; when a document takes effect is a fact of the document; the sentence that follows two compared things
is no part of the second.
"""

from __future__ import annotations

import re

import pytest

from assistant.addressees import asks_addressees
from assistant.compare_items import halves
from assistant.evidence import has_answer_type
from assistant.listing import deadline_fits
from assistant.row_number import asked_row
from assistant.special import cited_reference
from assistant.strategies import two_asks
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view

LAW = "luat_vieclam.txt"
DT = "kehoach_dongthap.txt"
HT = "kehoach_hatinh.txt"
TU = "congvan_tinhuy.txt"


@pytest.fixture(scope="module")
def view():
    from assistant.index_view import IndexView, RecordSearcher

    docs = [
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương", issuer="Quốc hội",
                 date="2025-06-16"),
        Document(DT, "Kế hoạch chuyển đổi số doanh nghiệp nhỏ và vừa", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp", issuer="UBND tỉnh Đồng Tháp"),
        Document(HT, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Hà Tĩnh",
                 issuer="UBND tỉnh Hà Tĩnh"),
        Document(TU, "Dự thảo công văn về đẩy mạnh thực hiện Nghị quyết số 66-NQ/TW", "Công văn",
                 province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh"),
    ]  # fmt: skip
    goals = ("II. MỤC TIÊU", "1. Mục tiêu cụ thể")
    clauses = [
        Clause(LAW, "Điều 54", "Điều 54", ("Điều 54. Hiệu lực thi hành",), (875, 876),
               "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026."),
        Clause(LAW, "Điều 55", "Điều 55", (), (882, 884),
               "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 9 thông qua "
               "ngày 16 tháng 6 năm 2025."),
        Clause(LAW, "signature", "Chữ ký", (), (895, 899), "CHỦ TỊCH QUỐC HỘI (Đã ký) Trần Thanh Mẫn", "signature"),
        Clause(LAW, "Điều 33.1.a", "Điều 33, khoản 1, điểm a", ("Điều 33. Mức đóng bảo hiểm thất nghiệp",),
               (552, 552), "a) Người lao động đóng tối đa bằng 1% tiền lương tháng;"),
        Clause(DT, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (74, 74), "1. Mục tiêu cụ thể"),
        *[
            Clause(DT, f"II.1.{letter}", f"Mục II, khoản 1, điểm {letter}", goals, (line, line + 1),
                   f"{letter}) Đến hết năm {year}: Có ≥ {share}% doanh nghiệp nhỏ và vừa trên địa bàn Tỉnh ứng "
                   "dụng công nghệ số.")
            for letter, year, share, line in (("a", 2025, 30, 76), ("b", 2030, 60, 79), ("c", 2035, 85, 82),
                                              ("d", 2040, 95, 85))
        ],
        Clause(HT, "signature", "Chữ ký", (), (424, 440),
               "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hồng Lĩnh", "signature"),
        Clause(TU, "1", "Mục 1", (), (30, 31),
               "1. Các cấp ủy, tổ chức đảng các cấp tiếp tục quán triệt Nghị quyết số 66-NQ/TW."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def test_three_asks_or_more_are_each_asked_in_their_own_words(view) -> None:
    question = (
        "Luật Việc làm số 74/2025/QH15 được Quốc hội thông qua ngày nào, tại kỳ họp nào, ai ký và có hiệu lực "
        "từ khi nào?"
    )
    parts = two_asks(understand(question))
    assert parts is not None and len(parts) >= 3
    kinds = [p.answer_type for p in parts]
    assert "date" in kinds and "signer" in kinds
    date_part = parts[kinds.index("date")]
    # the date asked first is not searched with the other asks' words
    assert "hiệu lực" not in date_part.topic and "hiệu lực" not in date_part.question
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained
    for fact in ("16 tháng 6 năm 2025", "Trần Thanh Mẫn"):
        assert fact in outcome.text, fact
    assert len(outcome.meta["asks"]) >= 2
    # two asks keep reading the whole question
    pair = two_asks(understand("Kế hoạch 144 do ai ký và ban hành ngày nào?"))
    assert pair is not None and all(p.question == pair[0].question for p in pair)


def test_a_day_bounds_the_month_asked(view) -> None:
    query = understand("Những nhiệm vụ nào có hạn trước ngày 26/11/2025?")
    assert query.until == "2025-11-26" and query.months == (11,)
    assert deadline_fits("Trước ngày 25/11/2025", query)
    assert not deadline_fits("Trước ngày 30/11/2025", query)
    assert understand("Which tasks must be completed by 26 November 2025?").until == "2025-11-26"
    # a month alone sets no day
    assert understand("Những nhiệm vụ nào có hạn trong tháng 11/2025?").until == ""


def test_where_a_report_is_sent_is_no_lead() -> None:
    query = understand("Sở Tư pháp Hà Tĩnh tổng hợp báo cáo gửi cơ quan nào?")
    assert query.intent == "fact" and query.answer_type == "destination"
    assert (
        understand("Where does the Department of Justice of Hà Tĩnh send its summary report?").answer_type
        == "destination"
    )
    assert understand("Cơ quan nào chủ trì tổng hợp báo cáo gửi Bộ Tư pháp?").intent == "lead_agency"


def test_the_points_under_a_short_title_are_listed_whole(view) -> None:
    _, _, outcome = ask_view(
        view,
        "List the milestone targets in Đồng Tháp's plan for the share of small and medium enterprises applying "
        "digital technology.",
    )
    assert not outcome.abstained
    for year in ("2025", "2030", "2035", "2040"):
        assert f"Đến hết năm {year}" in outcome.text
    assert outcome.text.index("2025") < outcome.text.index("2040")  # in the document's order


def test_a_project_named_by_number_is_no_row() -> None:
    assert asked_row("Who leads the smart tourism model using Project 06 utilities in the appendix?") is None
    assert asked_row("Who leads project 3 in the appendix?") == (None, "3")
    assert asked_row("In the appendix, who leads project no. 4?") == (None, "4")


def test_a_document_named_by_its_place_and_issuer_apart(view) -> None:
    query, scope, outcome = ask_view(
        view, "Who signed the Hà Tĩnh Provincial Party Committee's dispatch on implementing Resolution 66?"
    )
    assert scope == {TU}
    assert outcome.abstained  # the letter prints no signature; the plan's signer is not its


def test_provinces_of_another_country_asked_by_name() -> None:
    for question in (
        "Theo Kế hoạch Hà Tĩnh, cụ thể sẽ mời Sở Tư pháp của những tỉnh nào của Lào sang làm việc?",
        "Which specific Lao provinces will Hà Tĩnh's Department of Justice invite?",
    ):
        query = understand(question)
        assert query.intent != "compare" and query.answer_type == "provinces", question
    question = "Theo Kế hoạch Hà Tĩnh, mời Sở Tư pháp của những tỉnh nào của Lào?"
    assert not has_answer_type(
        "Mời Sở Tư pháp các tỉnh bạn Lào có chung đường biên giới sang làm việc",
        "provinces",
        question=question,
    )
    assert has_answer_type("Mời Sở Tư pháp tỉnh Xiêng Khoảng sang làm việc", "provinces", question=question)
    # the place the question names is not the answer
    assert not has_answer_type("UBND tỉnh Hà Tĩnh mời làm việc", "provinces", question=question)
    # provinces compared across plans still compare
    assert understand("Tỉnh nào giao Sở Tư pháp chủ trì xây dựng Cổng pháp luật?").intent == "compare"


def test_when_a_document_takes_effect_is_a_fact_of_it() -> None:
    for question in (
        "When does Decision 1218 take effect?",
        "Quyết định 1218 có hiệu lực từ khi nào?",
        "When does the Employment Law come into force?",
    ):
        assert understand(question).intent == "fact", question
    parts = two_asks(
        understand(
            "Under Decision 1218, who is assigned to lead implementation, and when does it take effect?"
        )
    )
    assert parts is not None and {p.intent for p in parts} == {"lead_agency", "fact"}


def test_the_sentence_after_two_compared_things_is_no_part_of_them() -> None:
    parts = halves(
        "In Hà Tĩnh's appendix, the task of building a scheme and the task of reviewing legal documents are both "
        "due in 2027. How do their expected outputs differ?"
    )
    assert parts is not None and parts.second == "the task of reviewing legal documents"
    parts = halves("Compare task 3 and task 5. Which is due first?")
    assert parts is not None and parts.second == "task 5"
    # "TP. Hồ Chí Minh" is no sentence's end
    parts = halves("So sánh nhiệm vụ của TP. Hồ Chí Minh và nhiệm vụ của Đồng Tháp về chuyển đổi số")
    assert parts is not None and parts.first == "nhiệm vụ của TP. Hồ Chí Minh"


def test_named_documents_cited_dates_and_amounts_paid() -> None:
    documents = [
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương"),
        Document("nd302.txt", "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 province="Trung ương"),
    ]  # fmt: skip
    query = understand(
        "luat viec lam 74/2025 va nghi dinh 302 ve quy nha o quoc gia, van ban nao co hieu luc truoc",
        documents=documents,
    )
    assert set(query.docs) == {LAW, "nd302.txt"}
    # a law the question cites by a title that is part of the indexed document's own title
    assert cited_reference(
        "Nghị quyết 394/NQ-CP căn cứ Luật Bảo vệ môi trường ban hành ngày nào?",
        {"394/nq-cp"},
        {"nghi quyet ve phong trao toan dan bao ve moi truong"},
    ) == re.escape("luat bao ve moi truong")
    assert understand("Người lao động đóng bảo hiểm thất nghiệp bao nhiêu?").answer_type == "money"
    assert understand("Đồng Tháp có bao nhiêu nhiệm vụ?").answer_type != "money"
    # "the four provinces" counts them: no "4" to find in the text
    assert "4" not in understand("By when must the four provinces finish building new houses?").topic.split()


def test_bodies_given_responsibilities_are_the_addressees() -> None:
    for question in (
        "Which agencies or bodies are given responsibilities in the 'Tổ chức thực hiện' section of the Hà Tĩnh "
        "plan?",
        "Phần Tổ chức thực hiện của Kế hoạch UBND tỉnh Phú Thọ giao những trách nhiệm gì?",
    ):
        assert asks_addressees(understand(question)), question
    assert not asks_addressees(understand("Sở Tư pháp có trách nhiệm gì?"))


def test_one_field_asked_of_two_things_alike() -> None:
    from assistant.strategies import CompareItems

    both = understand(
        "Trong kế hoạch, hoạt động lồng ghép phòng ngừa bạo lực giới vào truyền thông và hoạt động triển khai mô "
        "hình phòng ngừa tại cơ sở y tế do cơ quan nào chủ trì?"
    )
    assert both.intent == "lead_agency" and CompareItems().applies(both)
    # one task whose name holds "và" is one thing
    one = understand("Nhiệm vụ xây dựng và vận hành Cổng pháp luật do cơ quan nào chủ trì?")
    assert not CompareItems().applies(one)


def test_some_is_no_count() -> None:
    question = "Số lượng giếng khai thác nước dưới đất trên địa bàn thành phố là bao nhiêu?"
    assert understand(question).count_noun == "gieng khai"
    assert not has_answer_type(
        "tại một số khu vực trên địa bàn thành phố nguồn nước dưới đất không đạt quy chuẩn",
        "count",
        question=question,
    )
    assert has_answer_type("trên địa bàn có 1.250 giếng khai thác", "count", "gieng khai", question)


def test_a_task_group_asked_of_each_side() -> None:
    from assistant.compare import answer_compare
    from assistant.index_view import IndexView, RecordSearcher
    from assistant.matching import documents_in_scope
    from tests.records import make_task

    docs = [
        Document("pt.txt", "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Phú Thọ"),
        Document("hp.txt", "Kế hoạch hành động thực hiện Nghị quyết 66", "Kế hoạch", province="Hải Phòng"),
    ]
    tasks = [
        make_task("pt.txt", "1", "Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], group="I",
                  group_title="Hoàn thiện thể chế", line=100),
        make_task("hp.txt", "1", "Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], group="I",
                  group_title="Hoàn thiện thể chế", line=100),
        make_task("hp.txt", "1", "Nâng cao năng lực giải quyết tranh chấp quốc tế", ["Sở Tư pháp"], group="IV",
                  group_title="Nâng cao hiệu quả công tác hợp tác quốc tế, pháp luật quốc tế", line=200),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], tasks))
    for question in (
        "Giữa kế hoạch của Phú Thọ và kế hoạch của Hải Phòng, kế hoạch nào có nhóm nhiệm vụ riêng về hợp tác quốc "
        "tế, pháp luật quốc tế?",
        "Which of the Phú Thọ and Hải Phòng plans has a separate task group on international cooperation?",
    ):
        query = understand(question, documents=view.docs.values())
        scope, _ = documents_in_scope(view, query, None)
        answer = answer_compare(view, query, scope, 0.45)
        lines = answer.text.splitlines()
        assert not answer.abstained and len(lines) == 3, answer.text
        assert "Hải Phòng" in lines[2] and "hợp tác quốc tế, pháp luật quốc tế" in lines[2]
        assert "Phú Thọ" in lines[1] and "“" not in lines[1]
        assert [c.lines for c in answer.citations] == [(200, 203)]


def test_a_gloss_stays_outside_the_printed_brackets() -> None:
    from assistant.glossary import gloss_names

    glossed = gloss_names("Lead agency: Các sở, ban, ngành tỉnh (Sở Tư pháp), Ủy ban nhân dân cấp xã [1].")
    assert "Các sở, ban, ngành tỉnh (Sở Tư pháp)" in glossed
    assert "Department of Justice" in glossed


def test_three_subjects_of_one_kind_of_ask_and_a_quoted_section() -> None:
    from assistant.matching import section_named

    # one kind of ask of three subjects: several things asked, each item of the list quoted
    assert understand(
        "Người lao động đóng bảo hiểm thất nghiệp bao nhiêu, người sử dụng lao động đóng bao nhiêu và Nhà nước hỗ "
        "trợ bao nhiêu?"
    ).plural
    question = "Which bodies are given responsibilities in the 'Tổ chức thực hiện' section of Decision 2597?"
    assert section_named(understand(question)) == "to chuc thuc hien"
    assert section_named(understand("What does the 'Funding' section say?")) == ""


def test_who_receives_a_document_and_how_many_of_a_thing() -> None:
    from assistant.matching import _ASKS_RECIPIENTS

    assert _ASKS_RECIPIENTS.search("which bodies receive the ha tinh provincial party committee's dispatch?")
    assert _ASKS_RECIPIENTS.search("nhung co quan nao nhan cong van 6225?")
    assert not _ASKS_RECIPIENTS.search("which workers receive unemployment benefits?")
    # "số lượng" asks the count, as "bao nhiêu nhiệm vụ" does; a verb after the noun is no part of it
    query = understand("Số lượng nhiệm vụ trong Nghị quyết 1339 là bao nhiêu?")
    assert query.count_noun == "nhiem vu" and "lượng" not in query.topic
    assert understand("Số lượng tỉnh nhận Công điện 227 là bao nhiêu?").count_noun == "tinh"
