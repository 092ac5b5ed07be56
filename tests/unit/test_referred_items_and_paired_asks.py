"""Rules of the thirty-fourth session, on hand-made records and questions: an item under a lead-in that refers
to another item of its article ("Trường hợp người lao động không thuộc đối tượng quy định tại khoản 1 Điều
này …") is matched with the words of the item it refers to; "hạn A và hạn B là khi nào?" / "the deadline
for A and the deadline for B" asks one thing of two; "Cơ quan nào chủ trì X, cơ quan nào thẩm tra?" asks the
second column of the same X (the second half names no thing of its own); the kind word with which a
question names its one document by number ("Kế hoạch 617", "Plan 617") is no topic word; a listing by
period that names the body which issued the document, and which no row assigns, lists the document's rows;
"của Luật A và Nghị quyết B", "A và B liên quan với nhau thế nào?" and "how do A and B relate?" name two
things; a body a report is sent to in English ("… report … to the Department of Finance") is no subject;
"UBND cấp xã" is "Ủy ban nhân dân cấp xã" in a lead cell; a row that says less than half as much of the
question as a passage does not win by the rows' margin; an English agency name with "and" in it is one
name; the second of two things that says the first one's words itself borrows none; a deadline asked
quotes the item's sentence that says the time; a listing's topic holds neither the period's years nor the
time column's name; "report to" is reporting; "concerning" is no concern; an organisational structure is
the "cơ cấu tổ chức" a decree prints; the recitals of what a decision carries out ("Thực hiện Kế hoạch số
390-KH/TU …;") are listed with its legal bases; "which day" asks a date.
"""

from __future__ import annotations

import pytest

from assistant import references
from assistant.compare_items import halves
from assistant.index_view import IndexView, RecordSearcher
from assistant.matches import agency_matches
from assistant.matching import _subjects, without_document_names
from assistant.question_rules import COMPARE, any_match
from assistant.strategies import two_asks
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

LAW = "luat_viec_lam.txt"
TRAINING = "Điều 37. Hỗ trợ người lao động tham gia đào tạo, nâng cao trình độ kỹ năng nghề"
ALLOWANCE = "Điều 38. Điều kiện hưởng trợ cấp thất nghiệp"
OTHERS = (
    "2. Trường hợp người lao động không thuộc đối tượng quy định tại khoản 1 Điều này thì phải đáp ứng đủ các "
    "điều kiện sau đây:"
)
ALL_OF = "1. Người lao động được hưởng trợ cấp thất nghiệp khi có đủ các điều kiện sau đây:"


@pytest.fixture(scope="module")
def view() -> IndexView:
    law = Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", national=True, issuer="Quốc hội")
    clauses = [
        Clause(LAW, "Điều 37.1", "Điều 37, khoản 1", (TRAINING,), (620, 620),
               "1. Người lao động đang hưởng trợ cấp thất nghiệp được hỗ trợ đào tạo, nâng cao trình độ kỹ năng "
               "nghề."),
        Clause(LAW, "Điều 37.2.b", "Điều 37, khoản 2, điểm b", (TRAINING, OTHERS), (626, 626),
               "b) Đã nộp hồ sơ đề nghị hỗ trợ đào tạo trong thời hạn 12 tháng kể từ ngày chấm dứt hợp đồng lao "
               "động;"),
        Clause(LAW, "Điều 37.2.d", "Điều 37, khoản 2, điểm d", (TRAINING, OTHERS), (630, 630),
               "d) Đã đóng bảo hiểm thất nghiệp từ đủ 09 tháng trở lên trong thời gian 36 tháng trước khi chấm dứt "
               "hợp đồng lao động."),
        Clause(LAW, "Điều 38.1.c", "Điều 38, khoản 1, điểm c", (ALLOWANCE, ALL_OF), (656, 656),
               "c) Đã nộp đủ hồ sơ hưởng trợ cấp thất nghiệp trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng "
               "lao động;"),
        Clause(LAW, "Điều 38.1.d", "Điều 38, khoản 1, điểm d", (ALLOWANCE, ALL_OF), (658, 658),
               "d) Trong thời hạn 10 ngày làm việc kể từ ngày nộp đủ hồ sơ hưởng trợ cấp thất nghiệp mà người lao "
               "động không có việc làm."),
    ]  # fmt: skip
    return IndexView(RecordSearcher([law], clauses, []))


def test_a_lead_in_that_refers_to_an_item_lends_its_words(view):
    said = references.referred_text(view, LAW, "Điều 37.2.d", OTHERS)
    assert said.startswith("1. Người lao động đang hưởng trợ cấp thất nghiệp")
    # the item a passage stands in is not its own referent; a lead-in that refers to nothing lends nothing
    assert (
        references.referred_text(view, LAW, "Điều 37.1", "1. Người lao động đang hưởng khoản 1 Điều này")
        == ""
    )
    assert references.referred_text(view, LAW, "Điều 38.1.d", ALL_OF) == ""


def test_the_item_under_the_referring_lead_in_answers(view):
    _, _, outcome = ask_view(
        view,
        "Người lao động không hưởng trợ cấp thất nghiệp muốn được hỗ trợ đào tạo phải đóng bảo hiểm thất "
        "nghiệp bao lâu?",
    )
    assert "từ đủ 09 tháng trở lên" in outcome.text, outcome.text
    assert "03 tháng" not in outcome.text and "10 ngày làm việc" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Theo Công điện 227/CĐ-TTg, hạn Bộ Tài chính trình Chính phủ dự thảo Nghị quyết và hạn Bộ Giáo dục và "
        "Đào tạo báo cáo Thủ tướng về tình hình trường lớp là khi nào?",
        "han bo tai chinh trinh du thao nghi quyet va han bo giao duc bao cao thu tuong la khi nao",
        "Bước thẩm định mất bao lâu ở quy trình nội bộ số 01 so với quy trình số 04 của Cao Bằng?",
        "What are the deadline for the Ministry of Finance to submit the draft resolution and the deadline for "
        "the Ministry of Education to report on schools?",
    ],
)
def test_one_field_named_before_each_of_two_things_compares_them(question):
    assert any_match(COMPARE, fold(question).lower())
    assert understand(question).intent == "compare"


@pytest.mark.parametrize(
    "question",
    [
        "Hạn nộp báo cáo và thời gian tổng hợp là khi nào?",  # two fields, not one field twice
        "Các hạn của kế hoạch này là khi nào?",
        "What is the deadline for the Ministry of Finance to submit the draft resolution?",
        "Số thủ tục năm 2025 là bao nhiêu so với năm 2024?",  # one thing's change, not two things
        # the second "kết quả" is inside the quoted name of the one task asked
        "Kết quả của nhiệm vụ “Thiết lập cơ chế giám sát theo tiêu chí về nhân lực và kết quả đầu ra” là gì?",
    ],
)
def test_one_field_of_one_thing_is_no_comparison(question):
    assert not any_match(COMPARE, fold(question).lower())


def test_a_second_half_that_names_no_thing_asks_of_the_first_halfs_subject():
    question = (
        "Cơ quan nào chủ trì soạn thảo Nghị quyết ban hành Quy chế hoạt động đối ngoại của Quốc hội và cơ quan "
        "nào thẩm tra?"
    )
    halves = two_asks(understand(question))
    assert halves is not None and len(halves) == 2
    assert "thẩm tra" in halves[1].topic and "Quy chế hoạt động đối ngoại" in halves[1].topic
    # a second half that names its own thing keeps its own words
    halves = two_asks(
        understand(
            "Cơ quan nào chủ trì xây dựng Cổng pháp luật tỉnh và cơ quan nào chủ trì rà soát văn bản quy phạm "
            "pháp luật?"
        )
    )
    assert halves is not None and "Cổng" not in halves[1].topic and "rà soát" in halves[1].topic


def test_the_kind_word_that_names_the_one_document_is_no_topic_word():
    plan = Document("kh617.txt", "Kế hoạch chuyển đổi số doanh nghiệp", "Kế hoạch", number="617/KH-UBND",
                    province="Đồng Tháp")  # fmt: skip
    docs = {plan.name: plan}
    for question in (
        "Trong Kế hoạch 617 của Đồng Tháp, ai chủ trì nhiệm vụ hỗ trợ doanh nghiệp kinh doanh trên môi trường số?",
        "In Đồng Tháp's Plan 617, who leads the task on helping businesses trade in the digital environment?",
    ):
        query = understand(question, documents=[plan])
        side = without_document_names(query, docs, {plan.name}, naming_kind=True)  # one side of a comparison
        assert "ke hoach" not in fold(side.topic), side.topic
        assert "doanh nghiep" in fold(side.topic)
        # a question asked on its own keeps it
        assert "ke hoach" in fold(without_document_names(query, docs, {plan.name}).topic)
    # the kind said again names a thing of the document: it stays once
    query = understand(
        "Trong Kế hoạch 617, ai chủ trì xây dựng Kế hoạch hỗ trợ doanh nghiệp?", documents=[plan]
    )
    kept = without_document_names(query, docs, {plan.name}, naming_kind=True)
    assert fold(kept.topic).count("ke hoach") == 1, kept.topic
    # a document named as what is done, and a fact of the document itself, keep the word
    for question in ("Ai chịu trách nhiệm thi hành Kế hoạch 617?", "Kế hoạch 617 có hiệu lực khi nào?"):
        query = understand(question, documents=[plan])
        assert "ke hoach" in fold(without_document_names(query, docs, {plan.name}, naming_kind=True).topic)


def test_a_listing_that_names_the_issuer_of_its_document_lists_the_documents_rows():
    from assistant.answer import Assistant

    letter = Document("cv6225.txt", "Công văn về nhiệm vụ trọng tâm", "Công văn", number="6225/BVHTTDL-VP",
                      national=True, issuer="Bộ Văn hóa, Thể thao và Du lịch")  # fmt: skip
    tasks = [
        make_task(letter.name, "1", "Đưa vào vận hành 03/7 cơ sở dữ liệu chuyên ngành", ["Cục Chuyển đổi số"],
                  deadline="Tháng 12/2025", line=170),
        make_task(letter.name, "2", "Triển khai Mô hình du lịch thông minh", ["Cục Du lịch Quốc gia Việt Nam"],
                  deadline="Tháng 12/2025", line=192),
        make_task(letter.name, "3", "Xây dựng bộ dữ liệu di sản", ["Cục Di sản văn hóa"], deadline="Năm 2026",
                  line=210),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([letter], [], tasks))

    class _Settings:  # the assistant reads only these through its searcher, which is given
        pass

    assistant = Assistant(_Settings(), searcher=view.searcher)
    for question in (
        "Những nhiệm vụ nào trong phụ lục Công văn 6225 của Bộ Văn hóa, Thể thao và Du lịch có thời hạn tháng "
        "12/2025?",
        "Which tasks in the MOCST appendix have the deadline Tháng 12/2025?",
    ):
        answer = assistant.ask(question)
        assert not answer.abstained, answer.text
        assert "03/7 cơ sở dữ liệu" in answer.text and "Mô hình du lịch thông minh" in answer.text
        assert "bộ dữ liệu di sản" not in answer.text
    # a body that rows do assign is a filter on the rows, as before
    lead = assistant.ask(
        "Cục Du lịch Quốc gia Việt Nam chủ trì những nhiệm vụ nào có thời hạn tháng 12/2025?"
    )
    assert "Mô hình du lịch thông minh" in lead.text and "03/7 cơ sở dữ liệu" not in lead.text


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "So sánh tiến độ trình Quốc hội của Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy "
            "kỳ họp Quốc hội.",
            "Luật sửa đổi Luật Tổ chức Quốc hội",
            "Nghị quyết sửa đổi Nội quy kỳ họp Quốc hội",
        ),
        (
            "Trong Kế hoạch 174, thời gian diễn ra Tháng hành động và hạn gửi báo cáo kết quả về Sở Nội vụ liên "
            "quan với nhau thế nào?",
            "thời gian diễn ra Tháng hành động",
            "hạn gửi báo cáo kết quả về Sở Nội vụ",
        ),
        (
            "In Plan 174, how do the period of the Action Month and the deadline for sending reports to the "
            "Department of Home Affairs relate?",
            "the period of the Action Month",
            "the deadline for sending reports to the Department of Home Affairs",
        ),
    ],
)
def test_two_things_named_by_their_kinds_or_related_are_read_apart(question, first, second):
    parts = halves(question)
    assert parts is not None and parts.first == first and parts.second.startswith(second), parts
    assert understand(question).intent == "compare"


def test_a_body_a_report_goes_to_in_english_is_no_subject():
    question = "What is the deadline for commune-level People's Committees to report results to the Department of Finance?"
    query = understand(question)
    assert set(query.agencies) >= {"Sở Tài chính"}
    subjects = _subjects(query.question, query.agencies, read=query.search_text)
    assert "Sở Tài chính" not in subjects and subjects
    # the body that reports is the subject
    query = understand(
        "What is the deadline for the Department of Finance to report to the Ministry of Finance?"
    )
    subjects = _subjects(query.question, query.agencies, read=query.search_text)
    assert "Sở Tài chính" in subjects and "Bộ Tài chính" not in subjects


def test_a_council_written_short_in_a_cell_is_the_council_named_in_full():
    row = make_task(
        "kh.txt", "1.4", "Tổng hợp kết quả kiểm kê", ["UBND cấp xã"], deadline="Trước ngày 15/4/2026"
    )
    assert agency_matches(row, "Ủy ban nhân dân cấp xã", "lead")
    assert not agency_matches(row, "Ủy ban nhân dân tỉnh", "lead")


def test_a_row_that_says_far_less_than_the_passage_does_not_win_by_the_margin():
    from assistant.matches import Found, SentenceMatch, TaskMatch
    from indexer.records import Chunk

    row = make_task("kh.txt", "5", "Rà soát, đề xuất các chính sách đặc thù của địa phương", ["Sở Tư pháp"])
    body = Chunk("kh.txt", "clause", (594, 600), "Mục V, khoản 3",
                 "định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 05/6", "")  # fmt: skip
    asked = "How often must results be reported under the plan?"
    weak = Found(tasks=[TaskMatch(0.074, row)], sentences=[SentenceMatch(0.208, body, body.text)])
    assert isinstance(weak.choose("deadline", None, "", asked), SentenceMatch)
    # a row close to the passage still wins a task question by the margin
    close = Found(tasks=[TaskMatch(0.15, row)], sentences=[SentenceMatch(0.208, body, body.text)])
    assert isinstance(close.choose("deadline", None, "", asked), TaskMatch)


def test_an_english_name_with_and_is_one_name_and_a_second_thing_borrows_only_what_it_leaves_out():
    question = (
        "Do the Ministry of Health's task of restoring medical facilities and the Ministry of Science and "
        "Technology's task of restoring telecom networks have the same deadline?"
    )
    parts = halves(question)
    assert parts is not None
    assert parts.first == "the Ministry of Health's task of restoring medical facilities"
    assert parts.second == "the Ministry of Science and Technology's task of restoring telecom networks"


def test_a_deadline_asked_quotes_the_sentence_that_says_the_time():
    from assistant.evidence import quote_window
    from assistant.matching import SAYS_WHEN

    sentences = [
        "7. Bộ trưởng Bộ Y tế chỉ đạo các địa phương khẩn trương khôi phục hoạt động của các cơ sở y tế.",
        "Không để người dân thiếu nơi điều trị; hoàn thành trước ngày 30/11/2025.",
        "Chủ động liên hệ với Tổ chức Y tế Thế giới.",
    ]
    assert quote_window(sentences, [0.5, 0.2, 0.1], 0, False) == sentences[0]
    quoted = quote_window(sentences, [0.5, 0.2, 0.1], 0, False, wanted=[SAYS_WHEN])
    assert quoted == " ".join(sentences[:2])


def test_a_listing_topic_holds_neither_the_years_nor_the_time_columns_name():
    from assistant.listing import listing_topic

    query = understand("Which tasks in the appendix of Decision 2597 are scheduled for 2026-2028?")
    assert query.intent == "period_tasks"
    topic = listing_topic(query)
    assert "2026" not in topic and "2028" not in topic and "tien do" not in topic


def test_report_to_is_reporting():
    query = understand("When must the Department of Finance report to the Ministry of Finance?")
    assert "báo cáo" in query.search_text and "trực thuộc" not in query.search_text


def test_concerning_is_about_and_a_structure_is_the_decrees_word():
    query = understand("List the prohibited acts concerning groundwater in Cần Thơ's Directive 09/CT-UBND.")
    assert "quan tâm" not in query.topic and "hành vi" in query.topic
    from assistant.glossary import english_terms

    (_, term), *_ = english_terms("organisational structure")
    assert "cơ cấu tổ chức" in term.vi and "bộ máy" in term.vi  # a word of two senses, read as both


def test_the_recitals_a_decision_carries_out_are_listed_with_its_bases():
    from assistant import special
    from assistant.evidence import terms

    decision = Document("qd.txt", "Quyết định ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Quyết định",
                        number="1218/QĐ-UBND", province="Vĩnh Long")  # fmt: skip
    letter = Document("cv.txt", "Công văn về thực hiện Nghị quyết 66", "Công văn", province="Hà Tĩnh")
    clauses = [
        Clause(decision.name, "preamble", "Phần mở đầu", (), (21, 40),
               "QUYẾT ĐỊNH Ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW trên địa bàn tỉnh. Căn cứ Luật Tổ chức "
               "chính quyền địa phương ngày 16 tháng 6 năm 2025; Thực hiện Kế hoạch số 390-KH/TU ngày 20 tháng 5 "
               "năm 2025 của Tỉnh ủy; Theo đề nghị của Giám đốc Sở Tư pháp."),
        Clause(letter.name, "preamble", "Phần mở đầu", (), (5, 8),
               "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, thời gian qua, cấp ủy đã quan "
               "tâm chỉ đạo."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([decision, letter], clauses, []))
    found = special.legal_bases(view, terms("căn cứ văn bản nào"), None)
    quotes = " ".join(m.quote for m in found)
    assert (
        "Căn cứ Luật Tổ chức chính quyền địa phương" in quotes and "Thực hiện Kế hoạch số 390-KH/TU" in quotes
    )
    assert "Ban hành Kế hoạch thực hiện" not in quotes  # the title carries nothing out
    assert all(m.chunk.doc == decision.name for m in found)  # a letter with no legal basis lists none


@pytest.mark.parametrize(
    "question",
    [
        "On which day of each quarter must party committees submit their quarterly report?",
        "By which day must the departments send their reports to the Department of Home Affairs?",
    ],
)
def test_which_day_asks_a_date(question):
    assert understand(question).answer_type == "date"
    # a day counted from an event is said as "ngày làm việc thứ 11", no date
    relative = "From which day does a worker start receiving unemployment benefits after applying?"
    assert understand(relative).answer_type != "date"
