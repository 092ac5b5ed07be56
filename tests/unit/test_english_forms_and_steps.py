"""Rules of the twelfth session, on hand-made records: an English question's subject among sibling list
items, the amount or rate a question asks for, a relative "who", listings of one year and no more, a short
reference with its year, comparisons "A khác gì với B" / "have the same …", a comparison that names no
place, a Vietnamese word an English question glosses, and a step row named by its table's caption."""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import period_matches
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

LAW = "luat.txt"
REG = "quydinh.txt"
PROC = "quytrinh.txt"
HT = "hatinh.txt"
VL = "vinhlong.txt"
HP = "haiphong.txt"

_CAPTION_A = (
    "Quy trình số 03 Quy trình nội bộ giải quyết TTHC: Thủ tục ra nước ngoài dự thi người đẹp, người mẫu"
)
_CAPTION_B = "Quy trình số 04 Quy trình nội bộ giải quyết TTHC: Thủ tục cấp giấy phép tu bổ di tích"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(LAW, "Luật Việc làm", "Luật", number="74/2025/QH15", issuer="Quốc hội", national=True),
        Document(REG, "Quy định về quản lý dữ liệu", "Quy định", number="384-QĐ/TW", issuer="Ban Bí thư",
                 national=True),
        Document(PROC, "Quyết định công bố thủ tục hành chính", "Quyết định", number="2031/QĐ-UBND",
                 province="Cao Bằng", issuer="UBND tỉnh Cao Bằng"),
        Document(HT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh"),
        Document(VL, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Vĩnh Long",
                 issuer="UBND tỉnh Vĩnh Long"),
        Document(HP, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Hải Phòng",
                 issuer="UBND thành phố Hải Phòng"),
    ]  # fmt: skip
    heading = (
        "Điều 33. Đóng bảo hiểm thất nghiệp",
        "1. Mức đóng bảo hiểm thất nghiệp được quy định như sau:",
    )
    clauses = [
        Clause(LAW, "Điều 33.1", "Điều 33, khoản 1", heading[:1], (552, 552), heading[1]),
        Clause(LAW, "Điều 33.1.a", "Điều 33, khoản 1, điểm a", heading, (554, 554),
               "a) Người lao động đóng tối đa bằng 1% tiền lương tháng;"),
        Clause(LAW, "Điều 33.1.b", "Điều 33, khoản 1, điểm b", heading, (556, 556),
               "b) Người sử dụng lao động đóng tối đa bằng 1% quỹ tiền lương tháng của những người lao động "
               "đang tham gia bảo hiểm thất nghiệp;"),
        Clause(LAW, "Điều 9.8", "Điều 9, khoản 8", (), (172, 172),
               "8. Hội đồng nhân dân cấp tỉnh quyết định các đối tượng được vay vốn hỗ trợ tạo việc làm với mức "
               "lãi suất thấp hơn."),
        Clause(LAW, "Điều 12.2", "Điều 12, khoản 2", (), (269, 271),
               "2. Người đứng đầu đơn vị sự nghiệp nhóm 1, nhóm 2 quyết định nâng bậc lương đối với cấp Phó "
               "của người đứng đầu đơn vị trở xuống."),
        Clause(LAW, "Điều 12.3", "Điều 12, khoản 3", (), (273, 275),
               "3. Người đứng đầu đơn vị sự nghiệp nhóm 3, nhóm 4 quyết định nâng bậc lương đối với Lãnh đạo "
               "cấp Phòng và tương đương trở xuống."),
        Clause(REG, "Điều 7.3", "Điều 7, khoản 3", (), (253, 259),
               "3. Dữ liệu của các cơ quan đảng được chia sẻ với cơ quan nhà nước theo danh mục dữ liệu dùng "
               "chung do cơ quan chủ quản ban hành."),
        Clause(VL, "preamble", "Phần mở đầu", (), (1, 5),
               "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và "
               "thi hành pháp luật.", kind="preamble"),
        Clause(VL, "III.1", "Mục III, khoản 1", ("III. MỤC TIÊU", "1. Đến năm 2030"), (217, 239),
               "Rà soát, ban hành các chính sách, quy định đặc thù của tỉnh để triển khai thực hiện Nghị quyết số "
               "57-NQ/TW ngày 22/12/2024 và Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị."),
        Clause(LAW, "Điều 8.1.a", "Điều 8, khoản 1, điểm a", ("Điều 8. Vốn của Quỹ",
               "1. Nguồn vốn hoạt động của Quỹ nhà ở trung ương gồm:"), (242, 246),
               "a) Vốn điều lệ do ngân sách trung ương cấp lần đầu tối thiểu là 5.000 tỷ đồng;"),
        Clause(LAW, "Điều 8.2", "Điều 8, khoản 2", ("Điều 8. Vốn của Quỹ",), (258, 260),
               "2. Quỹ nhà ở địa phương được thành lập theo quyết định của Ủy ban nhân dân cấp tỉnh."),
        Clause(PROC, "PL1.2.3", "Phụ lục I, bảng 2, hàng 3", (), (326, 352),
               "Tên thủ tục hành chính: Thủ tục ra nước ngoài dự thi người đẹp, người mẫu\n"
               "Thời hạn giải quyết: 04 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ"),
    ]  # fmt: skip
    tasks = [
        make_task(PROC, "Bước 1", "Kiểm tra, xem xét tính chính xác, đầy đủ của hồ sơ, lập phiếu tiếp nhận",
                  ["Bộ phận tiếp nhận và trả kết quả"], deadline="0,25 ngày làm việc", line=812,
                  group_title=_CAPTION_A, group=""),
        make_task(PROC, "Bước 3", "Thẩm định, thụ lý hồ sơ", ["Công chức phòng QLVH&GĐ"],
                  deadline="2,5 ngày làm việc", line=839, group_title=_CAPTION_A, group=""),
        make_task(PROC, "Bước 3", "Thẩm định, thụ lý hồ sơ", ["Công chức phòng QLDSVH"],
                  deadline="1,5 ngày làm việc", line=900, group_title=_CAPTION_B, group=""),
        make_task(HT, "6", "Tổ chức hội thảo trao đổi các giải pháp thực hiện Nghị quyết 66", ["Sở Tư pháp"],
                  deadline="Năm 2026", line=648),
        make_task(HT, "11", "Tháo gỡ khó khăn, vướng mắc về thể chế đối với các dự án tồn đọng", ["Sở Tài chính"],
                  deadline="Năm 2025 đến năm 2026", line=752),
        make_task(HT, "17", "Rà soát văn bản quy phạm pháp luật trong lĩnh vực an ninh, trật tự", ["Công an tỉnh"],
                  deadline="Năm 2025-2026", line=904),
        make_task(VL, "1", "Rà soát văn bản quy phạm pháp luật của tỉnh", ["Sở Tư pháp"], deadline="Năm 2026",
                  line=700),
        make_task(HP, "1", "Rà soát văn bản quy phạm pháp luật của thành phố", ["Sở Tư pháp"],
                  deadline="Năm 2025 và các năm tiếp theo", line=800),
        make_task(VL, "10", "Phát động phong trào Thượng tôn Hiến pháp và pháp luật trong toàn tỉnh", ["Sở Tư pháp"],
                  deadline="Năm 2025", line=949),
        make_task(VL, "12", "Sở Tài chính phối hợp với Ban Quản lý Khu kinh tế hướng dẫn kiểm kê hạ tầng khu công "
                  "nghiệp", ["Sở Tài chính"], deadline="Tháng 12/2025", output="Văn bản hướng dẫn", line=960),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_an_english_question_names_the_list_item_it_asks_about():
    from assistant.matches import SentenceMatch
    from assistant.matching import _subject_first
    from indexer.records import Chunk
    from indexer.text import fold

    def item(score, line, text):
        chunk = Chunk(LAW, "clause", (line, line), f"Điều 33, khoản 1, điểm {text[0]}", text, "Điều 33 › 1.")
        return SentenceMatch(score, chunk, text)

    others = [item(0.6 - i / 100, 600 + i, f"{i}) Một khoản khác về bảo hiểm thất nghiệp") for i in range(8)]
    employer = item(0.69, 556, "b) Người sử dụng lao động đóng tối đa bằng 1% quỹ tiền lương tháng;")
    employee = item(0.53, 554, "a) Người lao động đóng tối đa bằng 1% tiền lương tháng;")
    query = understand("Under the Employment Law, what is the maximum contribution rate for employees?")
    # the English question names its subject through the glossary ("employees": "người lao động"), and a
    # sibling close enough is looked for past the first eight passages
    sentences = [employer, *others, employee]
    _subject_first(sentences, fold(f"{query.question} {query.topic}"))
    assert sentences[0].chunk.lines == (554, 554)


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("What interest rate does the Employment Law set for job-creation loans?", "percent"),
        ("Luật Việc làm quy định lãi suất cho vay là bao nhiêu?", "percent"),
        ("What regional minimum monthly wage for 2026 does the Employment Law set?", "money"),
        ("Under the new Employment Law, how much is the monthly unemployment benefit?", "money"),
        ("What compensation amount per collapsed house did the dispatch set?", "money"),
        ("Which tasks are due in 2026?", None),
    ],
)
def test_the_amount_or_rate_asked(question, answer_type):
    assert understand(question).answer_type == answer_type


def test_a_rate_the_text_does_not_print_is_not_answered(view):
    _, _, outcome = ask_view(
        view, "What interest rate does the Employment Law set for job-creation loans?", 0.3
    )
    assert outcome.abstained


def test_a_relative_who_asks_for_nobody():
    assert understand("What disciplinary penalty applies to officials who miss the deadline?").intent != (
        "lead_agency"
    )
    assert understand("Who leads the review of legal documents?").intent == "lead_agency"
    assert understand("In Ha Tinh, who leads the review of legal documents?").intent == "lead_agency"


def test_one_year_and_no_more():
    query = understand("Which tasks in Ha Tinh's appendix are due in 2026 alone (not a multi-year range)?")
    assert "một năm" in query.periods and query.years == (2026,)
    single = make_task(HT, "6", "Hội thảo", ["Sở Tư pháp"], deadline="Năm 2026")
    ranged = make_task(HT, "17", "Rà soát", ["Công an tỉnh"], deadline="Năm 2025-2026")
    going_on = make_task(HP, "1", "Rà soát", ["Sở Tư pháp"], deadline="Năm 2025 và các năm tiếp theo")
    assert period_matches(single, query)
    assert not period_matches(ranged, query) and not period_matches(going_on, query)
    # without the words, a range that reaches into the year is in it
    plain = understand("Which tasks in Ha Tinh's appendix are due in 2026?")
    assert period_matches(ranged, plain)
    # "chỉ ghi năm 2026" in Vietnamese; "không phải khoảng nhiều năm" sets no period aside
    assert "một năm" in understand("Nhiệm vụ nào của Hà Tĩnh chỉ ghi năm 2026?").periods
    assert "một năm" in understand("Nhiệm vụ nào có thời gian năm 2026, không phải khoảng nhiều năm?").periods


def test_a_one_year_listing_counts_only_those_rows(view):
    _, _, outcome = ask_view(view, "Which tasks in Ha Tinh's appendix have exactly 'Năm 2026' as their time?")
    assert not outcome.abstained
    assert [c.lines for c in outcome.citations] == [(648, 651)], outcome.text


def test_a_short_reference_with_its_year_names_the_document():
    docs = [
        Document("nd302.txt", "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 national=True, date="2025-11-19"),
        Document("nd302cu.txt", "Nghị định cũ", "Nghị định", number="302/2019/NĐ-CP", national=True),
    ]  # fmt: skip
    query = understand("nd 302/2025 quy dinh trach nhiem cua ubnd cap xa gom nhung gi", documents=docs)
    assert query.docs == ("nd302.txt",)
    assert "302" not in query.topic and "nd" not in query.topic.split()


def test_comparison_forms():
    parts = halves(
        "Theo NQ 394, hạn ban hành kế hoạch hành động khác gì với hạn báo cáo tình hình thực hiện?"
    )
    assert parts is not None
    assert (parts.first.strip(), parts.second.strip()) == (
        "hạn ban hành kế hoạch hành động",
        "hạn báo cáo tình hình thực hiện",
    )
    assert (
        understand(
            "In Phu Tho's appendix, do task 19 and task 20 have the same coordinating agencies?"
        ).intent
        == "compare"
    )
    assert understand("Hạn A khác gì so với hạn B?").intent == "compare"


def test_two_things_that_name_no_place_are_not_compared_place_by_place(view):
    from assistant.strategies import Compare

    query = understand(
        "Thẩm quyền nâng bậc lương của người đứng đầu đơn vị sự nghiệp nhóm 1, nhóm 2 khác gì so với nhóm 3, "
        "nhóm 4?",
        documents=view.docs.values(),
    )
    assert query.intent == "compare" and not query.provinces
    assert Compare().run(query, view, None, 0.3) is None  # the passages answer, not every place in turn
    # a comparison of every plan names no two things: it is one of every place
    every = understand("Các kế hoạch khác nhau thế nào về cơ quan chủ trì?", documents=view.docs.values())
    assert Compare().run(every, view, None, 0.3) is not None
    # "the same deadline as task 6" asks which tasks, it compares nothing
    assert understand("Which tasks in Ha Tinh's plan have the same deadline as task 6?").intent != "compare"


def test_a_word_an_english_question_glosses_must_be_printed(view):
    _, _, outcome = ask_view(
        view, "Under Regulation 384-QĐ/TW, which party body owns the civil status (hộ tịch) data shared with "
        "state agencies?", 0.3
    )  # fmt: skip
    assert outcome.abstained and "hộ tịch" in outcome.meta.get("unsupported", [])


def test_which_departments_asks_and_names_none():
    query = understand("Which provincial departments lead the digital economy target in Bac Ninh?")
    assert query.agencies == ()
    assert "sở" not in query.topic.lower()


def test_a_step_is_found_by_its_procedure_and_its_own_name(view):
    _, _, outcome = ask_view(
        view,
        "Trong quy trình nội bộ thủ tục ra nước ngoài dự thi người đẹp, người mẫu, ai thực hiện bước thẩm định "
        "hồ sơ?",
        0.3,
    )
    assert not outcome.abstained
    first = min(outcome.citations, key=lambda c: c.n)
    assert first.lines == (839, 842), outcome.text
    # the procedure alone asked: its own row, not one of its steps
    _, _, outcome = ask_view(
        view, "Thời hạn giải quyết thủ tục ra nước ngoài dự thi người đẹp, người mẫu?", 0.3
    )
    first = min(outcome.citations, key=lambda c: c.n)
    assert first.lines == (326, 352), outcome.text


def test_a_cell_the_row_leaves_empty_is_said_and_not_answered(view):
    _, _, outcome = ask_view(
        view, "Kết quả của nhiệm vụ phát động phong trào Thượng tôn Hiến pháp ở Vĩnh Long là gì?"
    )
    assert outcome.abstained and outcome.meta.get("abstain") == "blank_cell"
    assert "không ghi kết quả" in outcome.text and outcome.citations
    # a row that names the body it works with in its own name answers who coordinates
    _, _, outcome = ask_view(
        view,
        "Khi hướng dẫn kiểm kê hạ tầng khu công nghiệp ở Vĩnh Long, Sở Tài chính phối hợp với đơn vị nào?",
    )
    assert not outcome.abstained, outcome.meta


def test_the_documents_a_passage_names_when_it_is_no_basis_of_the_whole(view):
    _, _, outcome = ask_view(
        view,
        "Mục tiêu đến năm 2030 của Vĩnh Long yêu cầu ban hành chính sách đặc thù để thực hiện những nghị quyết nào?",
        0.3,
    )
    assert not outcome.abstained and "57-NQ/TW" in outcome.text, outcome.meta


def test_a_named_fund_is_not_another_of_the_same_first_words(view):
    _, _, outcome = ask_view(
        view, "Vốn điều lệ tối thiểu của Quỹ nhà ở địa phương là bao nhiêu tỷ đồng?", 0.3
    )
    assert outcome.abstained and "Quỹ nhà ở địa phương" in outcome.meta.get("unsupported", []), outcome.meta
    _, _, outcome = ask_view(
        view, "Vốn điều lệ tối thiểu của Quỹ nhà ở trung ương là bao nhiêu tỷ đồng?", 0.3
    )
    assert not outcome.abstained and "5.000 tỷ đồng" in outcome.text


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        # words that only look like the session's forms when folded or read loosely
        ("Dự toán chi năm 2025 của Hà Tĩnh gồm những nhiệm vụ nào?", "periods", ()),
        ("Những nhiệm vụ nào của Hà Tĩnh áp dụng năm 2026?", "periods", ()),
        ("How much time do employers have to pay unemployment insurance contributions?", "answer_type", None),
        ("What does the Capital Law say about land?", "answer_type", None),
    ],
)
def test_forms_that_are_not_the_new_ones(question, field, value):
    assert getattr(understand(question), field) == value


def test_asides_and_names_at_the_start(view):
    from assistant.matching import _GLOSSED_VI, _NOT_A_GLOSS

    aside = _GLOSSED_VI.findall("How is data shared (not 'Thường xuyên')?")
    assert aside and all(_NOT_A_GLOSS.search(a) for a in aside)
    _, _, outcome = ask_view(view, "Quỹ nhà ở địa phương có vốn điều lệ tối thiểu là bao nhiêu tỷ đồng?", 0.3)
    assert outcome.abstained, outcome.text


def test_a_blank_cell_is_of_table_rows_only(view):
    from dataclasses import replace

    from assistant.matches import TaskMatch
    from assistant.strategies import _cell_blank

    query = understand("Kết quả của nhiệm vụ tổ chức hội thảo ở Hà Tĩnh là gì?")
    row = next(t for t in view.tasks if t.doc == HT and t.number == "6")
    assert query.intent == "output"
    assert _cell_blank(query, [TaskMatch(0.9, row, 0.9)])
    # a duty read from running text has no cells to leave empty
    assert not _cell_blank(query, [TaskMatch(0.9, replace(row, source="prose"), 0.9)])
