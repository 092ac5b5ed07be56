"""Rules of the twenty-first session, on hand-made text and records: a numbered part a question names
("quy trình số 04", "procedure no. 01") answers from the rows and passages under that part, and a number
no part has ("no. 05") from none; a table's caption, however many lines it wraps over, is its rows' group
title and a passage of its own; "how does A compare with B", "compare A … with that for B", "A and in B",
"hạn của A khác hạn B thế nào", "bước nào dài hơn" name two things; "Ai là Giám đốc …?", "Who is the
Director of …?" ask a person's name; a short form in capitals is read where the text spells it out; the
glossary's readings of "documents", "seaport", "total processing time", "implementation section"; a body
a report is sent to, many words after "send".
"""

from __future__ import annotations

import pytest

from assistant import numbered_parts
from assistant.abstain import ABSTAIN_THRESHOLD
from assistant.compare_items import halves
from assistant.glossary import english_to_vietnamese
from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import _spelled_out, _subjects
from assistant.question_rules import COMPARE, any_match
from assistant.understand import understand
from indexer.appendix import caption_clauses
from indexer.build import caption_span
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

QD = "quyetdinh_quytrinh.txt"
CAPTION_1 = (
    "A. LĨNH VỰC BÁO CHÍ (02 TTHC) Quy trình số 01 1. Quy trình nội bộ: Thủ tục cấp giấy phép xuất bản"
)
CAPTION_2 = (
    "B. LĨNH VỰC DI SẢN (01 TTHC) Quy trình số 02 2. Quy trình nội bộ: Thủ tục cấp lại chứng chỉ di tích"
)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(QD, "Quyết định phê duyệt quy trình nội bộ giải quyết thủ tục hành chính", "Quyết định",
                 number="77/QĐ-UBND", province="Cao Bằng", issuer="UBND tỉnh Cao Bằng", date="2025-11-28"),
    ]  # fmt: skip
    clauses = [
        Clause(QD, "art1", "Điều 1", (), (10, 12),
               "Điều 1. Phê duyệt kèm theo Quyết định này 02 quy trình nội bộ giải quyết thủ tục hành chính "
               "thuộc thẩm quyền của Sở Văn hóa, Thể thao và Du lịch.", "body"),
        Clause(QD, "PL.T1", "Phụ lục, bảng 1, sau dòng cuối", (CAPTION_1,), (60, 62),
               "Tổng thời gian giải quyết 03 ngày làm việc", "clause"),
        Clause(QD, "PL.T2", "Phụ lục, bảng 2, sau dòng cuối", (CAPTION_2,), (90, 92),
               "Tổng thời gian giải quyết 05 ngày làm việc", "clause"),
    ]  # fmt: skip
    tasks = [
        make_task(QD, "Bước 3", "Thẩm định, thụ lý hồ sơ", ["Công chức phòng Báo chí"],
                  deadline="0,5 ngày làm việc", line=50, group="", group_title=CAPTION_1),
        make_task(QD, "Bước 3", "Thẩm định, thụ lý hồ sơ", ["Công chức phòng Di sản"],
                  deadline="2,5 ngày làm việc", line=80, group="", group_title=CAPTION_2),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_the_parts_a_question_names() -> None:
    assert numbered_parts.asked_parts("Bước 3 của quy trình nội bộ số 04 mất bao lâu?") == {"quy trinh": {4}}
    assert numbered_parts.asked_parts("buoc 3 cua quy trinh so 01 va quy trinh so 02") == {
        "quy trinh": {1, 2}
    }
    assert numbered_parts.asked_parts("How long is step 3 of internal procedure no. 05?") == {
        "quy trinh": {5}
    }
    assert numbered_parts.asked_parts("theo Phụ lục số 01 kèm theo Luật") == {"phu luc": {1}}
    # a document's number is no part's
    assert numbered_parts.asked_parts("Quyết định số 2031 của Cao Bằng ban hành ngày nào?") == {}
    assert numbered_parts.asked_parts("quy trình số 01/QĐ-UBND") == {}
    # several numbers of one kind, and the number without "số"; not a count
    assert numbered_parts.asked_parts("bước 3 của quy trình số 01 và 04") == {"quy trinh": {1, 4}}
    assert numbered_parts.asked_parts("procedures no. 1, 2 and 3") == {"quy trinh": {1, 2, 3}}
    assert numbered_parts.asked_parts("quy trình 04 có mấy bước?") == {"quy trinh": {4}}
    assert numbered_parts.asked_parts("Quy trình 5 bước gồm những gì?") == {}


def test_a_part_s_rows_answer_and_not_its_siblings(view) -> None:
    _, _, outcome = ask_view(
        view, "Bước 3 thẩm định hồ sơ của quy trình số 02 mất bao lâu?", ABSTAIN_THRESHOLD
    )
    assert not outcome.abstained
    assert "2,5 ngày làm việc" in outcome.text and "0,5 ngày làm việc" not in outcome.text
    _, _, outcome = ask_view(
        view, "Tổng thời gian giải quyết của quy trình số 01 là bao nhiêu?", ABSTAIN_THRESHOLD
    )
    assert "03 ngày làm việc" in outcome.text and "05 ngày làm việc" not in outcome.text


def test_a_number_no_part_has_is_not_answered(view) -> None:
    question = "How many working days does step 3 take in internal procedure no. 05?"
    _, _, outcome = ask_view(view, question, ABSTAIN_THRESHOLD)
    assert outcome.abstained


def test_records_under_no_part_rank_below_those_under_the_part() -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class R:
        score: float
        caption: str

    asked = {"quy trinh": {2}}
    sentences = [R(0.5, "Điều 1. Phê duyệt 02 quy trình nội bộ"), R(0.45, CAPTION_2), R(0.6, CAPTION_1)]
    tasks, kept = numbered_parts.placed(
        asked, [], sentences, [CAPTION_1, CAPTION_2], lambda m: m.caption, lambda m: m.caption
    )
    assert tasks == [] and [m.caption for m in kept] == [CAPTION_2, "Điều 1. Phê duyệt 02 quy trình nội bộ"]
    assert numbered_parts.missing({"quy trinh": {5}}, [CAPTION_1, CAPTION_2])
    assert not numbered_parts.missing({"quy trinh": {2}}, [CAPTION_1, CAPTION_2])
    assert not numbered_parts.missing({"phu luc": {1}}, [CAPTION_1, CAPTION_2])  # no part of that kind


LINES = [
    (1, "|"),
    (2, "**Tổng thời gian giải quyết**"),
    (3, "|"),
    (4, "**D. LĨNH VỰC"),
    (5, "PHÁT THANH, TRUYỀN HÌNH VÀ THÔNG TIN ĐIỆN TỬ (05 TTHC)**"),
    (6, "**Quy"),
    (7, "trình số 04**"),
    (8, "**4. Quy"),
    (9, "trình nội bộ giải quyết nhóm TTHC:**"),
    *[(9 + i, f"4.{i}. Thủ tục thứ {i} về trò chơi điện tử G{i}") for i in range(1, 10)],
    (19, "|"),
    (20, "**Thứ tự công việc**"),
]


def test_a_caption_wrapped_over_many_lines_is_read_whole() -> None:
    caption, span = caption_span(LINES, 19)
    assert span == (4, 18)
    assert caption.startswith("D. LĨNH VỰC PHÁT THANH") and "Quy trình số 04" in caption
    assert caption.endswith("trò chơi điện tử G9")


def test_an_appendix_title_above_a_caption_is_left_out() -> None:
    lines = [
        (1, "**PHỤ LỤC II**"),
        (2, "*(Kèm theo Quyết định số 77/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch"),
        (3, "UBND tỉnh)*"),
        (4, "**A. LĨNH VỰC BÁO CHÍ (02 TTHC)**"),
        (5, "**Quy trình số 01**"),
        (6, "|"),
    ]
    caption, span = caption_span(lines, 6)
    assert caption == "A. LĨNH VỰC BÁO CHÍ (02 TTHC) Quy trình số 01" and span == (4, 5)


def test_a_caption_is_a_passage_of_its_own() -> None:
    class Table:
        lines = (19, 40)

    rows = [make_task(QD, "Bước 1", "Tiếp nhận hồ sơ", ["Bộ phận một cửa"], line=22, group="",
                      group_title=caption_span(LINES, 19)[0])]  # fmt: skip
    clauses = caption_clauses(QD, LINES, [Table()], rows)
    assert len(clauses) == 1 and clauses[0].lines == (4, 18) and "Quy trình số 04" in clauses[0].text
    assert caption_clauses(QD, LINES, [Table()], rows, taken=[(5, 5)]) == []  # already in another clause


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "In Decision 2031, how does the total processing time of internal procedure no. 01 (press) compare "
            "with procedure no. 04 (games)?",
            "procedure no. 01 (press)",
            "procedure no. 04 (games)",
        ),
        (
            "Under the Employment Law, compare the contribution condition for an employee to receive benefit "
            "with that for an employer to get training support.",
            "the contribution condition for an employee to receive benefit",
            "the contribution condition for an employer to get training support",
        ),
        (
            "Compare the time allowed for the appraisal step in internal procedure No. 01 (press) and in "
            "procedure No. 04 (games).",
            "procedure No. 01 (press)",
            "procedure No. 04 (games)",
        ),
        (
            "Trong QĐ 1627, hạn báo cáo của UBND các phường, xã khác hạn Sở Tài chính báo cáo Bộ Tài chính "
            "thế nào?",
            "hạn báo cáo của UBND các phường, xã",
            "hạn Sở Tài chính báo cáo Bộ Tài chính",
        ),
    ],
)
def test_two_things_compared(question, first, second) -> None:
    parts = halves(question)
    assert parts is not None
    assert (parts.first, parts.second) == (first, second)


def test_which_of_two_is_longer_is_a_comparison() -> None:
    assert any_match(
        COMPARE, fold("Bước 3 trong quy trình số 01 và quy trình số 02 mất bao lâu, bước nào dài hơn?")
    )
    assert any_match(COMPARE, fold("Hạn báo cáo của UBND xã khác hạn Sở Tài chính báo cáo thế nào?"))
    assert not any_match(COMPARE, fold("Bước nào dài hơn 2 ngày?"))  # a bound, not two things
    assert halves("Hạn báo cáo của Sở Y tế khác các sở khác thế nào?") is None  # "khác" = other
    assert halves("Các cơ quan khác phối hợp thế nào?") is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Ai là Giám đốc Sở Tư pháp tỉnh Hà Tĩnh?", "person"),
        ("ai la giam doc so tu phap tinh ha tinh", "person"),
        ("Who is the Director of Lai Châu's Department of Science and Technology?", "person"),
        ("Ai là Trưởng ban chỉ đạo?", None),  # a title may answer
    ],
)
def test_a_person_s_name_asked(question, kind) -> None:
    query = understand(question)
    assert query.answer_type == kind
    if kind:
        assert query.intent == "fact"  # not the body that leads a task


def test_a_short_form_spelled_out() -> None:
    evidence = fold("thể chế hóa pháp luật về kinh tế thị trường định hướng xã hội chủ nghĩa")
    assert _spelled_out("XHCN", evidence)
    assert not _spelled_out("XHCN", fold("kinh tế thị trường"))
    assert not _spelled_out("KT", fold("kinh tế"))  # two letters say too little
    assert not _spelled_out("TCT", fold("trong công tác"))  # nor three
    assert not _spelled_out("CSGT", fold("trên cơ sở giới, tăng cường"))  # not across a comma


def test_glossary_readings() -> None:
    assert "cảng biển nước sâu" in english_to_vietnamese("which deep-water seaport is mentioned")
    assert "logistics" not in english_to_vietnamese("which seaport")
    assert "tài liệu" not in english_to_vietnamese("how many documents were issued")
    assert "tổng thời gian giải quyết" in english_to_vietnamese("the total processing time of procedure 01")
    assert "tổ chức thực hiện" in english_to_vietnamese("in the implementation section")


def test_a_body_a_report_is_sent_to_many_words_after_send() -> None:
    question = (
        "By what date must departments and wards send their 2025 gender-equality report and Action Month "
        "results to Sở Nội vụ?"
    )
    assert _subjects(question, ["Sở Nội vụ"]) == ()


def test_an_outline_part_asked_by_its_number() -> None:
    assert numbered_parts.asked_sections("Which departments make up group 1.3 in the plan?") == {
        ("nhom", "1.3")
    }
    assert numbered_parts.asked_sections("tiểu mục 2.1 giao Sở Tài chính việc gì?") == {("muc", "2.1")}
    assert numbered_parts.asked_sections("List the documents in group I of the plan") == {("nhom", "I")}
    assert numbered_parts.asked_sections("tỷ lệ 1.5 lần") == set()  # a number, not a part
    assert numbered_parts.asked_sections("I am in the plan") == set()
    # "mức vi phạm", "một phần vì …": words, not parts (a Roman number is printed in capitals)
    assert numbered_parts.asked_sections("hệ thống nào cảnh báo mức vi phạm?") == set()
    assert numbered_parts.asked_sections("Một phần vì thiếu kinh phí") == set()

    from dataclasses import dataclass

    @dataclass(frozen=True)
    class S:
        score: float
        label: str

    sentences = [S(0.4, "Mục IV, khoản 1, tiểu mục 1.4, ý 6"), S(0.3, "Mục IV, khoản 1, tiểu mục 1.3")]
    _, ranked = numbered_parts.sections_first({("nhom", "1.3")}, [], sentences, str, lambda m: m.label)
    assert ranked[0].label.endswith("1.3")  # a dotted number under any kind of part
    rows = [S(0.4, "nhóm II"), S(0.3, "nhóm I")]
    ranked, _ = numbered_parts.sections_first({("nhom", "I")}, rows, [], lambda m: m.label, str)
    assert ranked[0].label == "nhóm I"  # "I" is not the start of "II" or "IV"


def test_the_chair_is_not_answered_by_a_vice_chair_s_signature() -> None:
    from assistant.evidence import has_answer_type

    signature = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình"
    assert not has_answer_type(signature, "person", "", "Ai là Chủ tịch UBND tỉnh Lai Châu?")
    assert has_answer_type(signature, "person", "", "Ai là Phó Chủ tịch UBND tỉnh Lai Châu?")
    assert has_answer_type("CHỦ TỊCH Nguyễn Văn An", "person", "", "Ai là Chủ tịch UBND tỉnh?")
    # "phố" of "thành phố" is no deputy
    assert not has_answer_type(signature, "person", "", "Ai là Chủ tịch UBND Thành phố Hồ Chí Minh?")
    # who signed is asked of the signature, not of a title's holder
    assert understand("Phó Chủ tịch UBND tỉnh Lai Châu ký Kế hoạch 7360 là ai?").answer_type != "person"


def test_the_rows_of_a_group_named_by_its_marker_are_listed() -> None:
    from assistant.listing import asks_tasks

    assert asks_tasks(understand("List the documents in group I of the plan attached to Resolution 1339."))
    assert not asks_tasks(understand("List the documents the plan cites."))  # no group: no rows asked


def test_which_tasks_are_due_by_a_day() -> None:
    from assistant.due_bodies import asks_tasks_due

    assert asks_tasks_due(
        understand("Which tasks in Official Dispatch 227 must be completed before 30/11/2025?")
    )
    assert asks_tasks_due(understand("Những nhiệm vụ nào phải hoàn thành trước ngày 30/11/2025?"))
    assert not asks_tasks_due(understand("Những nhiệm vụ nào phải hoàn thành trong năm 2026?"))  # no day


@pytest.mark.parametrize(
    ("question", "junk_kind"),
    [
        ("Viết giúp tôi một bài thơ về mùa thu Hà Nội.", "instruction"),
        ("Write me a poem about Hanoi", "instruction"),
        ("Viết báo cáo gửi Sở Tư pháp trước ngày nào?", ""),  # a question about a report
        ("Làm truyền thông về bình đẳng giới do cơ quan nào chủ trì?", ""),  # "truyền", not "truyện"
        ("Tell me which tasks Sở Tư pháp leads", ""),
    ],
)
def test_a_request_to_make_up_a_text_is_no_question(question, junk_kind) -> None:
    from assistant.abstain import junk

    assert junk(question) == junk_kind


def test_an_english_question_s_gloss_says_which_row() -> None:
    from dataclasses import dataclass

    from assistant.matching import _glossed_first, _glosses

    question = "What is the expected result of the task of strengthening legal-affairs (pháp chế) staff?"
    assert _glosses(question) == ["phap che"]
    assert _glosses("Which tasks does the Department of Justice (Sở Tư pháp) lead?") == []  # a body's name

    @dataclass(frozen=True)
    class C:
        text: str
        context: str = ""

    @dataclass(frozen=True)
    class S:
        score: float
        chunk: C

    sentences = [S(0.44, C("Tăng cường đội ngũ cán bộ, công chức")), S(0.31, C("Củng cố tổ chức pháp chế"))]
    _, ranked = _glossed_first(["phap che"], [], sentences)
    assert ranked[0].chunk.text == "Củng cố tổ chức pháp chế"


def test_a_part_a_passage_only_cites_is_no_part_of_the_index(view) -> None:
    # captions and titles say which parts there are; a passage's words may cite another document's part
    assert not numbered_parts.missing({"phu luc": {2}}, ["Luật Việc làm\nChương VII"])


def test_paragraphs_due_on_a_day_addressed_to_no_body_are_listed_when_tasks_are_asked() -> None:
    from assistant.due_bodies import answer_due_bodies

    cd = "congdien.txt"
    docs = [Document(cd, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                     issuer="Thủ tướng Chính phủ", national=True)]  # fmt: skip
    clauses = [
        Clause(cd, "1", "Mục 1", (), (10, 12),
               "(2) Huy động các lực lượng hỗ trợ dọn dẹp, vệ sinh nhà cửa trước ngày 30/11/2025.", "clause"),
        Clause(cd, "7", "Mục 7", (), (20, 22),
               "7. Bộ trưởng Bộ Y tế khôi phục các cơ sở y tế, hoàn thành trước ngày 30/11/2025.", "clause"),
    ]  # fmt: skip
    due_view = IndexView(RecordSearcher(docs, clauses, []))
    query = understand("Which tasks in Official Dispatch 227 must be completed before 30/11/2025?")
    bodies = answer_due_bodies(due_view, query, {cd})
    tasks = answer_due_bodies(due_view, query, {cd}, tasks_asked=True)
    assert bodies is not None and bodies.count == 1  # the paragraph addressed to a body
    assert tasks is not None and tasks.count == 2 and "dọn dẹp" in tasks.text
