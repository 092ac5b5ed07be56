"""Rules of the nineteenth session, on hand-made text and records: a task row named by its group and its
number written with a dot ("nhiệm vụ VI.3", "task II.15"), two such rows compared, the two rows of an
appendix section named after the appendix ("In the appendix, … the two tasks under section VII"); who
signed each of two documents compared by date; where a message is shown ("ở đâu"); a header in capitals
is no person's name; a relative "who" or "and on what date" in English; a report sent to a body; how long
("bao lâu"); a document named first and its number asked last; appendix tasks "scheduled for" a quarter.
"""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.evidence import _person_named, has_answer_type
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import group_markers
from assistant.matching import _subjects
from assistant.row_number import asked_row
from assistant.strategies import two_asks
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

HT = "kehoach_hatinh.txt"
NQ = "nghiquyet_moitruong.txt"
ND = "nghidinh_quy.txt"
QD = "quyetdinh_haitang.txt"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Trong phụ lục Kế hoạch Hà Tĩnh, nhiệm vụ VI.3 do cơ quan nào chủ trì?", ("VI", "3")),
        ("In the Hà Tĩnh appendix, who leads task II.15?", ("II", "15")),
        ("Nội dung nhiệm vụ số thứ tự 9 trong phụ lục Kế hoạch Vĩnh Long là gì?", (None, "9")),
        ("Nhiệm vụ VI.3 do cơ quan nào chủ trì?", None),  # no table named: an item of the text may be meant
        ("Trong phụ lục, nhiệm vụ 2.5% tăng trưởng do ai chủ trì?", None),  # a share, not a row
    ],
)
def test_a_row_named_by_its_group_and_number(question, expected) -> None:
    assert asked_row(question) == expected


def test_two_dotted_rows_are_two_things_compared() -> None:
    parts = halves("Trong phụ lục Kế hoạch Hà Tĩnh, nhiệm vụ VI.3 và VI.4 giống và khác nhau thế nào?")
    assert parts is not None
    assert parts.first.endswith("nhiệm vụ VI.3") and parts.second.endswith("nhiệm vụ VI.4")
    versus = understand("In the Hà Tĩnh appendix, who leads task II.14 versus task II.15?")
    assert versus.intent == "compare"


def test_an_appendix_section_named_after_the_appendix_is_a_group() -> None:
    q = "In Hải Phòng's appendix, how do the two tasks under section VII (special financial mechanism) differ?"
    assert group_markers(q) == {"VII"}
    assert group_markers("Mục VII của phụ lục gồm những nhiệm vụ nào?") == {"VII"}
    assert group_markers("Theo mục II của Kế hoạch, ai chủ trì?") == set()  # a part of the text, no table


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(HT, "Kế hoạch triển khai Nghị quyết 66", "Kế hoạch", number="12/KH-UBND", province="Hà Tĩnh",
                 issuer="UBND tỉnh Hà Tĩnh", date="2025-06-20"),
        Document(NQ, "Nghị quyết về bảo vệ môi trường", "Nghị quyết", number="394/NQ-CP", issuer="Chính phủ",
                 date="2025-12-03", national=True),
        Document(ND, "Nghị định về Quỹ nhà ở", "Nghị định", number="302/2025/NĐ-CP", issuer="Chính phủ",
                 date="2025-11-19", national=True),
        Document(QD, "Quyết định phê duyệt Đề án chuyển đổi số hạ tầng", "Quyết định", number="2597/QĐ-TTg",
                 issuer="Thủ tướng Chính phủ", date="2025-11-27", national=True),
    ]  # fmt: skip
    clauses = [
        Clause(ND, "preamble", "Phần mở đầu", (), (2, 10),
               "CHÍNH PHỦ Số: 302/2025/NĐ-CP Hà Nội, ngày 19 tháng 11 năm 2025 NGHỊ ĐỊNH về Quỹ nhà ở", "preamble"),
        Clause(ND, "signature", "Chữ ký", (), (941, 944), "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà",
               "signature"),
        Clause(QD, "preamble", "Phần mở đầu", (), (2, 12),
               "THỦ TƯỚNG CHÍNH PHỦ Số: 2597/QĐ-TTg Hà Nội, ngày 27 tháng 11 năm 2025 QUYẾT ĐỊNH phê duyệt Đề án",
               "preamble"),
        Clause(QD, "signature", "Chữ ký", (), (501, 503), "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long", "signature"),
        Clause(NQ, "III.1.c", "Mục III, khoản 1, điểm c", ("III. NHIỆM VỤ",), (173, 174),
               "c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo Mặt trận Tổ quốc Việt Nam tại địa phương "
               "tuyên truyền về bảo vệ môi trường, phân loại rác thải."),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "3", "Xây dựng cơ sở dữ liệu lớn về pháp luật", ["Sở Tư pháp"], ["Văn phòng UBND tỉnh"],
                  group="VI", group_title="Chuyển đổi số", line=1240),
        make_task(HT, "4", "Ứng dụng trí tuệ nhân tạo trong rà soát văn bản", ["Sở Khoa học và Công nghệ"],
                  group="VI", group_title="Chuyển đổi số", line=1278),
        make_task(NQ, "1", "Đề án triển khai phong trào toàn dân tham gia bảo vệ môi trường, phân loại rác thải",
                  ["Trung ương Mặt trận Tổ quốc Việt Nam"], ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"],
                  deadline="2030", group="", group_title="", line=582),
        make_task(NQ, "1", "Đề án triển khai phong trào toàn dân tham gia bảo vệ môi trường, phân loại rác thải",
                  ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
                  ["Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương"], deadline="2030", group="",
                  group_title="", line=597),
    ]  # fmt: skip
    tasks = [t.__class__(**{**t.__dict__, "source": "table"}) for t in tasks]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_two_dotted_rows_are_each_answered_by_their_own_row(view) -> None:
    _, _, outcome = ask_view(
        view, "Trong phụ lục Kế hoạch Hà Tĩnh, nhiệm vụ VI.3 và VI.4 giống và khác nhau thế nào?"
    )
    assert not outcome.abstained
    assert "Sở Tư pháp" in outcome.text and "Sở Khoa học và Công nghệ" in outcome.text
    assert {c.lines[0] for c in outcome.citations} == {1240, 1278}


def test_a_row_number_shared_by_two_rows_answers_with_the_named_lead_s_row(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Which bodies coordinate with the Central Committee of the Vietnam Fatherland Front on priority "
        "project no. 1 in the appendix of Resolution 394/NQ-CP?",
    )
    assert "Đài Tiếng nói Việt Nam" in outcome.text
    assert "tại địa phương" not in outcome.text
    assert [c.lines[0] for c in outcome.citations] == [582]


def test_who_signed_each_of_two_documents_compared_by_date(view) -> None:
    _, _, outcome = ask_view(
        view, "Nghị định 302/2025/NĐ-CP và Quyết định 2597/QĐ-TTg do ai ký và văn bản nào ban hành trước?"
    )
    assert "Trần Hồng Hà" in outcome.text and "Lê Thành Long" in outcome.text
    assert outcome.text.index("302/2025/NĐ-CP") < outcome.text.index("2597/QĐ-TTg")  # the earlier one first
    _, _, order_only = ask_view(
        view, "Nghị định 302/2025/NĐ-CP và Quyết định 2597/QĐ-TTg, văn bản nào ban hành trước?"
    )
    assert "Trần Hồng Hà" not in order_only.text


def test_where_a_message_is_shown_is_a_location() -> None:
    shown = (
        "+ Sở Xây dựng đăng tải thông điệp trên bảng quang báo thông tin giao thông, tại các nhà chờ xe buýt."
    )
    assert has_answer_type(shown, "location")
    assert not has_answer_type("+ Sở Xây dựng phối hợp tuyên truyền về bình đẳng giới.", "location")


def test_a_header_in_capitals_is_no_persons_name() -> None:
    header = (
        "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG … TRONG PHẠM VI TỈNH CAO BẰNG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"
    )
    assert _person_named(header) is None
    assert _person_named("KT. CHỦ TỊCH PHÓ CHỦ TỊCH NGUYỄN VĂN AN") == "NGUYỄN VĂN AN"
    assert _person_named("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Chí Hùng") == "Trần Chí Hùng"


def test_english_second_asks_open_the_half() -> None:
    relative = understand(
        "What is the name of the Director of Cao Bang's Department of Culture, Sports and Tourism who "
        "submitted Tờ trình 370?"
    )
    assert two_asks(relative) is None  # "… Sports and Tourism who submitted …": no second ask
    dated = two_asks(understand("Who signed Can Tho City's Directive 09/CT-UBND, and on what date?"))
    assert dated is not None and [q.answer_type for q in dated] == ["signer", "date"]
    fee = two_asks(
        understand("In Cao Bằng, how long does it take to process the CFS procedure, and is a fee charged?")
    )
    assert fee is not None and len(fee) == 2


def test_a_body_a_report_is_sent_to_is_not_the_one_asked_to_do_it() -> None:
    q = "By what date must city departments send their 2025 reports to Sở Nội vụ?"
    assert _subjects(q, ["Sở Nội vụ"]) == ()
    assert _subjects("By what date must Sở Nội vụ send its report?", ["Sở Nội vụ"]) == ("Sở Nội vụ",)


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Chủ quản dữ liệu phải thông báo trước bao lâu khi tạm ngừng dịch vụ?", "duration"),
        ("quy dinh 384 chu quan du lieu phai thong bao truoc bao lau", "duration"),
        ("How long does step 3 take?", "duration"),
        ("Bao lâu một lần các cấp ủy phải báo cáo?", None),  # how often
        ("Công văn của Tỉnh ủy Hà Tĩnh về thực hiện NQ 66 số bao nhiêu?", "doc_number"),
        ("cong van cua tinh uy ha tinh ve thuc hien nq 66 so bao nhieu", "doc_number"),
        ("Kế hoạch của Bắc Ninh có tổng số bao nhiêu chỉ tiêu?", "count"),
    ],
)
def test_how_long_and_a_documents_number_asked_last(question, answer_type) -> None:
    assert understand(question).answer_type == answer_type


def test_a_length_of_time_is_printed_as_a_number_and_a_unit() -> None:
    assert has_answer_type("phải thông báo công khai ít nhất 7 ngày làm việc trước khi tạm ngừng", "duration")
    assert not has_answer_type("phải thực hiện trong thời gian ngắn nhất", "duration")


def test_appendix_tasks_scheduled_for_a_quarter_and_a_year_after_a_word() -> None:
    q = understand("Which Vĩnh Long appendix tasks are scheduled for Quý III/2025?")
    assert q.intent == "period_tasks" and q.quarters == ("III",) and q.years == (2025,)
    assert understand("What tasks are due by mid-2026 in Phu Tho?").years == (2026,)
    assert "theo" not in understand("According to the Vinh Long plan, who leads the review?").topic.split()


def test_who_signed_a_document_named_by_its_number_and_on_what_date(view) -> None:
    _, _, outcome = ask_view(view, "Who signed Decree 302/2025/NĐ-CP and on what date?")
    assert "Trần Hồng Hà" in outcome.text
    # the header's date, quoted from its number ("Số: …"), not from the motto before it
    assert "“Số: 302/2025/NĐ-CP Hà Nội, ngày 19 tháng 11 năm 2025”" in outcome.text


# --- what the review of these rules found ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Trong phụ lục Kế hoạch Hà Tĩnh, nhiệm vụ VI.3 và VI.4 do cơ quan nào chủ trì?",  # two rows, each asked
        "Trong phụ lục, chỉ tiêu 1.000 doanh nghiệp do ai chủ trì?",  # a thousand, not a row
        "Trong phụ lục, nhiệm vụ 2.5 tỷ đồng do ai chủ trì?",  # a sum
    ],
)
def test_no_single_dotted_row_is_read_from(question) -> None:
    assert asked_row(question) is None


def test_a_section_of_the_plan_itself_is_no_appendix_group() -> None:
    assert (
        group_markers("Ngoài các nhiệm vụ trong phụ lục, mục III của Kế hoạch Hà Tĩnh giao những gì?")
        == set()
    )
    assert group_markers("In the appendix, which tasks does section II of the plan list?") == set()


def test_a_second_verb_of_the_same_subject_is_no_second_ask() -> None:
    q = understand("Which ministry leads building the digital twin centre and has to finish it by 2030?")
    assert two_asks(q) is None


def test_the_body_a_task_is_assigned_to_does_it() -> None:
    q = "What is the deadline for the reporting task assigned to Sở Tư pháp?"
    assert _subjects(q, ["Sở Tư pháp"]) == ("Sở Tư pháp",)


def test_a_date_is_no_length_of_time_but_a_time_limit_answers_how_long() -> None:
    assert not has_answer_type("Hà Nội, ngày 23 tháng 11 năm 2025", "duration")
    assert not has_answer_type("Việt Nam ngày nay, sau ngày ký", "duration")
    assert has_answer_type("khôi phục sản xuất trước ngày 30/11/2025", "duration")
    assert (
        understand("Theo Nghị định 302, định kỳ bao lâu Quỹ phải báo cáo?").answer_type is None
    )  # how often


def test_a_coordinating_ask_of_a_topic_no_row_has_is_not_answered_by_the_bodys_rows(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Which bodies coordinate with the Central Committee of the Vietnam Fatherland Front on building airports?",
    )
    # (the body's name in the row's lead cell lifts no row whose task is not the one asked)
    assert 582 not in {c.lines[0] for c in outcome.citations}
    assert "Đài Tiếng nói Việt Nam" not in outcome.text


def test_where_is_not_answered_by_a_report_or_a_table() -> None:
    assert not has_answer_type("Ủy ban Pháp luật rà soát tại Báo cáo số 3618/BC-UBPL15.", "location")
    assert not has_answer_type("Các chỉ tiêu nêu tại bảng 1 của phụ lục.", "location")
