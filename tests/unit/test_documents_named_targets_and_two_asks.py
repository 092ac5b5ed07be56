"""Rules of the thirty-sixth session, on hand-made records and questions: "which central decision does Plan X
implement" asks what the plan implements, and "central" before a kind of document is its level, not a word the
evidence must print; "which committee examines A and which examines B" compares two things, and so do "targets for
A and for B" and "issued before or after"; "thiệt hại bao nhiêu về người" counts people; a document the text cites
is quoted with the issuer printed after its date (read with its marks); a period question in words of its own falls
back to the passages when no row answers it; a target asked is answered by the quantity a row sets; "what is the
maximum volume (m3/day)" asks a number; "Kế hoạch của Phú Thọ" and "Plan 7360" name the document, not the task; the
words that name each compared plan with its place ("Bac Ninh's digital economy plan") are no words of what is
compared; a time limit in a condition ("departments that miss their deadlines") asks no deadline.
"""

from __future__ import annotations

import pytest

from assistant import special
from assistant.compare_items import halves
from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import COMPARE, any_match
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task


def test_which_central_decision_a_plan_implements_is_asked_and_answered():
    assert (
        understand("Which central decision does Lai Chau's Plan 7360/KH-UBND implement?").answer_type
        == "implements"
    )
    # (a decree a plan requires to be carried out is no document the plan implements)
    assert (
        understand(
            "Which international-cooperation decree does the Hà Tĩnh plan require to be strictly implemented?"
        ).answer_type
        != "implements"
    )
    plan = "laichau.txt"
    docs = [Document(plan, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn", "Kế hoạch", number="7360/KH-UBND",
                     province="Lai Châu")]  # fmt: skip
    clauses = [
        Clause(plan, "preamble", "Phần mở đầu", (), (25, 30),
               "Thực hiện Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành Kế "
               "hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ "
               "thuật.", "preamble"),
        Clause(plan, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (40, 41),
               "1. Xác định cụ thể nội dung công việc, thời hạn hoàn thành."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(view, "Which central decision does Lai Chau's Plan 7360/KH-UBND implement?")
    assert not outcome.abstained, outcome.text
    assert "2138/QĐ-TTg" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Which committee examines the resolution on salary tables and which examines the one on emulation?",
        "Which ministry drafts the decree on housing funds and which drafts the circular on rents?",
    ],
)
def test_which_body_does_a_and_which_does_b_compares(question):
    assert any_match(COMPARE, fold(question)), question


@pytest.mark.parametrize(
    "question",
    [
        "Which committee examines the draft and which one approves it?",
        "Which ministry leads the task and which agencies coordinate it?",
    ],
)
def test_two_verbs_after_which_are_two_fields_not_two_things(question):
    assert not any_match(COMPARE, fold(question)), question


def test_targets_for_a_and_for_b_are_two_things():
    parts = halves(
        "Compare HCMC's 2025 targets for the share of women among company directors and for women's share of "
        "paid wage employment."
    )
    assert parts is not None
    assert parts.first == "for the share of women among company directors", parts
    assert parts.second == "for women's share of paid wage employment", parts


def test_a_count_of_people_is_read_after_ve():
    assert understand("Đợt mưa lũ gây thiệt hại bao nhiêu về người?").count_noun == "nguoi"
    assert understand("Có bao nhiêu người chết và mất tích?").count_noun == "nguoi chet"


def test_a_cited_document_is_quoted_with_the_issuer_printed_after_its_date():
    plan = "phutho.txt"
    docs = [Document(plan, "Kế hoạch triển khai Nghị quyết 66", "Kế hoạch", province="Phú Thọ")]
    clauses = [
        Clause(plan, "preamble", "Phần mở đầu", (), (13, 15),
               "Thực hiện Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy Phú Thọ về triển khai Nghị quyết số "
               "66-NQ/TW;", "preamble"),
        Clause(plan, "preamble.2", "Phần mở đầu", (), (16, 17),
               "Căn cứ Quyết định số 2138/QĐ-TTg ngày 27/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch;",
               "preamble"),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    quotes = [m.quote for m in special.cited_dates(view, "168-kh/tu", None)]
    assert quotes == ["Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy Phú Thọ"], quotes
    # (the issuer ends where what the document does begins: "… của Thủ tướng Chính phủ ban hành …")
    quotes = [m.quote for m in special.cited_dates(view, "2138/qd-ttg", None)]
    assert quotes == ["Quyết định số 2138/QĐ-TTg ngày 27/9/2025 của Thủ tướng Chính phủ"], quotes


REGULATION = "quy_dinh.txt"


def _regulation_view() -> IndexView:
    docs = [
        Document(REGULATION, "Quy định về chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", national=True)
    ]
    clauses = [
        Clause(REGULATION, "Điều 18.1", "Điều 18, khoản 1", ("Điều 18. Trách nhiệm",), (511, 519),
               "1. Các cơ quan chủ quản dữ liệu có trách nhiệm ban hành bằng hình thức văn bản phù hợp quy định "
               "về nội dung chia sẻ dữ liệu; định kỳ hằng năm (trước ngày 25/12 trong năm) thực hiện rà soát, "
               "cập nhật danh mục và gửi báo cáo kết quả chia sẻ dữ liệu về Văn phòng Trung ương Đảng."),
        Clause(REGULATION, "Điều 5.1", "Điều 5, khoản 1", ("Điều 5. Nguyên tắc",), (100, 101),
               "1. Dữ liệu được chia sẻ đúng mục đích."),
    ]  # fmt: skip
    tasks = [
        make_task(REGULATION, "1", "Dữ liệu về tổ chức đảng", ["Ban Tổ chức Trung ương"], deadline="Năm 2026",
                  line=600)
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_period_asked_in_words_of_its_own_is_answered_from_the_passages():
    query, _, outcome = ask_view(
        _regulation_view(),
        "Under Regulation 384-QĐ/TW, what must data-custodian agencies issue and report each year?",
    )
    assert query.intent == "period_tasks"
    assert not outcome.abstained, outcome.text
    assert "trước ngày 25/12 trong năm" in outcome.text
    assert (511, 519) in {c.lines for c in outcome.citations}


def test_tasks_of_a_period_are_still_listed_from_the_rows():
    query, _, outcome = ask_view(_regulation_view(), "Which tasks of Regulation 384 are due in 2026?")
    assert query.intent == "period_tasks"
    assert "Dữ liệu về tổ chức đảng" in outcome.text, outcome.text


def test_a_target_asked_is_answered_by_the_quantity_a_row_sets():
    plan = "haiphong.txt"
    docs = [Document(plan, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Hải Phòng")]
    tasks = [
        make_task(plan, "3", "Rà soát, hoàn thiện pháp luật về điều kiện đầu tư kinh doanh theo hướng cắt giảm ít "
                  "nhất 30 điều kiện đầu tư kinh doanh", ["Các sở, ban, ngành"], output="Văn bản quy phạm pháp "
                  "luật được ban hành", deadline="Năm 2025", line=852),
        make_task(plan, "4", "Tổ chức tập huấn nghiệp vụ cho cán bộ pháp chế", ["Sở Tư pháp"], output="Hội nghị",
                  deadline="Năm 2026", line=900),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], tasks))
    _, _, outcome = ask_view(
        view,
        "In Hải Phòng's appendix, what is the reduction target and the expected result of the review of "
        "business investment conditions?",
    )
    assert not outcome.abstained, outcome.text
    assert "ít nhất 30 điều kiện" in outcome.text and "Văn bản quy phạm pháp luật" in outcome.text


def test_a_maximum_volume_asks_a_number():
    query = understand("What is the maximum groundwater extraction volume (m3/day) permitted per well?")
    assert query.answer_type == "count"


def test_the_kind_and_number_that_name_the_document_are_no_words_of_the_task():
    topic = understand(
        "Kế hoạch của Phú Thọ giao cơ quan nào chủ trì nhiệm vụ hợp tác quốc tế về pháp luật?"
    ).topic
    assert "kế hoạch" not in topic.lower() and "hợp tác quốc tế" in topic
    docs = [
        Document("lc.txt", "Kế hoạch triển khai Luật", "Kế hoạch", number="7360/KH-UBND", province="Lai Châu")
    ]
    topic = understand(
        "Who leads the training on the amended Law in Lai Châu Plan 7360?", documents=docs
    ).topic
    assert "7360" not in topic, topic
    # (the plan's own subject is still asked: "kế hoạch" is kept where it names no province's document)
    assert "kế hoạch" in understand("Cơ quan nào chủ trì xây dựng kế hoạch kiểm tra?").topic.lower()


BN, DT = "bacninh.txt", "dongthap.txt"
TWO_PLANS = [
    Document(
        BN, "Kế hoạch phát triển kinh tế số và xã hội số tỉnh Bắc Ninh", "Kế hoạch", province="Bắc Ninh"
    ),
    Document(DT, "Kế hoạch chuyển đổi số cho các doanh nghiệp", "Kế hoạch", province="Đồng Tháp"),
]


def test_the_words_naming_each_compared_plan_are_no_words_of_what_is_compared():
    bn, dt, docs = BN, DT, TWO_PLANS
    clauses = [
        Clause(bn, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (100, 101),
               "1. Phát triển kinh tế số, kinh tế số chiếm tỷ trọng 30% GRDP; doanh nghiệp số tăng nhanh."),
        Clause(bn, "VII", "Mục VII", ("VII. CHẾ ĐỘ BÁO CÁO",), (1328, 1334),
               "Các cơ quan định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm về Sở Khoa học và "
               "Công nghệ để tổng hợp."),
        Clause(dt, "I.1", "Mục I, khoản 1", ("I. MỤC TIÊU",), (50, 51),
               "1. Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã."),
        Clause(dt, "IV.7", "Mục IV, khoản 7", ("IV. TỔ CHỨC THỰC HIỆN",), (262, 268),
               "7. Các sở, ngành định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo kết quả thực hiện về Sở Khoa "
               "học và Công nghệ."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(
        view,
        "How do the reporting deadlines in Bac Ninh's digital economy plan and Dong Thap's enterprise digital "
        "transformation plan differ?",
    )
    assert not outcome.abstained, outcome.text
    assert "trước ngày 15/11 hằng năm" in outcome.text and "01/6 và 15/11" in outcome.text, outcome.text


def test_a_year_asked_of_an_item_is_shown_with_the_heading_that_says_it():
    hp, vl = "haiphong.txt", "vinhlong.txt"
    docs = [
        Document(hp, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Hải Phòng"),
        Document(vl, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Vĩnh Long"),
    ]
    clauses = [
        Clause(hp, "II.1", "Mục II, khoản 1", ("II. MỤC TIÊU",), (95, 101),
               "1. Năm 2027, hoàn thành việc sửa đổi, bổ sung, ban hành văn bản quy phạm pháp luật của thành phố "
               "đảm bảo cơ sở pháp lý đồng bộ cho hoạt động của bộ máy nhà nước theo mô hình chính quyền 3 cấp."),
        Clause(vl, "III.1", "Mục III, khoản 1", ("III. MỤC TIÊU",), (215, 215), "1. Đến năm 2030"),
        Clause(vl, "III.1.-1", "Mục III, khoản 1, ý 1", ("III. MỤC TIÊU", "1. Đến năm 2030"), (217, 222),
               "- Rà soát, kiến nghị cơ quan có thẩm quyền tháo gỡ những điểm nghẽn do quy định pháp luật."),
        Clause(vl, "III.1.-2", "Mục III, khoản 1, ý 2", ("III. MỤC TIÊU", "1. Đến năm 2030"), (241, 247),
               "- Hoàn thành việc sửa đổi, bổ sung, ban hành mới văn bản pháp luật thuộc thẩm quyền của tỉnh bảo "
               "đảm cơ sở pháp lý đồng bộ cho hoạt động của bộ máy nhà nước theo mô hình chính quyền 02 cấp."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(
        view,
        "By what year does Hải Phòng aim to finish amending its legal documents for the new government model, and "
        "what is Vĩnh Long's horizon for the same goal?",
    )
    assert not outcome.abstained, outcome.text
    assert "Năm 2027" in outcome.text and "“1. Đến năm 2030”" in outcome.text, outcome.text
    assert (215, 215) in {c.lines for c in outcome.citations}


def test_sanctions_for_missed_deadlines_ask_no_deadline_but_a_deadline_asked_does():
    assert (
        understand(
            "What sanctions does the plan impose on departments that miss their reporting deadlines?"
        ).intent
        != "deadline"
    )
    assert understand("What is the deadline for submitting the report?").intent == "deadline"
    assert understand("What documents must be sent before the deadline?").intent != "deadline"


def test_implementing_bodies_are_the_lead_and_issued_before_or_after_compares():
    assert (
        understand("Which implementing bodies are named for the one-stop support model activity?").intent
        == "lead_agency"
    )
    question = "Was Regulation 384 issued before or after Decree 302?"
    assert any_match(COMPARE, fold(question))


def test_rnd_and_a_bracketed_printed_term_are_read_as_the_document_prints_them():
    from assistant.glossary import translate_question
    from assistant.question_rules import defined_term

    assert "nghiên cứu phát triển" in translate_question("What R&D spending target does the plan set?")
    assert (
        defined_term('How does Regulation 384 define a "data custodian" (Chủ quản dữ liệu)?')
        == "Chủ quản dữ liệu"
    )
    assert defined_term('How does Regulation 384 define a "data custodian"?') == "data custodian"


@pytest.mark.parametrize(
    ("printed", "issuer"),
    [
        (" của Sở Tư pháp về việc", " của Sở Tư pháp"),
        (" của Bộ Tài chính sửa đổi", " của Bộ Tài chính"),
        (" của Bộ Giáo dục và Đào tạo;", " của Bộ Giáo dục và Đào tạo"),
        (" của Bộ Văn hóa, Thể thao và Du lịch ban hành", " của Bộ Văn hóa, Thể thao và Du lịch"),
        (" của Ban Thường vụ Tỉnh ủy Hà Tĩnh thực hiện", " của Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        (" của Tỉnh ủy và Kế hoạch số 09", " của Tỉnh ủy"),
        (" về việc", ""),
    ],
)
def test_the_issuer_after_a_date_is_read_with_its_marks(printed, issuer):
    assert printed[: special.issuer_after(printed, 0)] == issuer


@pytest.mark.parametrize(
    "question",
    [
        "Which decrees does the plan require agencies to implement?",
        "Which decision does the province need to implement?",
        "Which directive does the ministry expect departments to implement?",
    ],
)
def test_what_a_plan_asks_others_to_implement_is_not_what_it_implements(question):
    assert understand(question).answer_type != "implements"


@pytest.mark.parametrize(
    "question",
    [
        "What must implementing agencies report each year?",
        "How should implementing agencies use the funding?",
    ],
)
def test_implementing_bodies_as_the_subject_ask_no_lead(question):
    assert understand(question).intent != "lead_agency"


@pytest.mark.parametrize(
    "question",
    [
        "What reports must departments submit, and by when?",
        "What reports are required, and what is the deadline?",
    ],
)
def test_a_time_asked_beside_a_thing_is_still_a_deadline_ask(question):
    assert understand(question).intent == "deadline"


def test_a_time_limit_in_a_condition_is_no_deadline_ask_in_either_language():
    for question in (
        "What penalty does the plan impose on departments that miss their deadlines?",
        "Các sở không báo cáo đúng thời hạn sẽ bị xử lý thế nào?",
        "cac so khong bao cao dung thoi han se bi xu ly the nao?",
    ):
        assert understand(question).intent != "deadline", question


def test_a_plan_the_task_makes_keeps_its_kind_and_a_land_use_plan_stays_compared():
    assert "kế hoạch" in understand("Cơ quan nào chủ trì xây dựng kế hoạch tỉnh Phú Thọ?").topic.lower()
    bn, dt, docs = BN, DT, TWO_PLANS
    view = IndexView(RecordSearcher(docs, [], []))
    from assistant import compare

    query = understand(
        "Thời hạn phê duyệt kế hoạch sử dụng đất của Bắc Ninh và Đồng Tháp khác nhau thế nào?", documents=docs
    )
    topic = compare._side_topic(view, query.topic, {bn}, {bn, dt}, query)
    assert "sử dụng đất" in topic, topic


def test_quantities_and_counts_are_asked_only_as_such():
    assert understand("Which wells exceed 100 m3/day?").answer_type != "count"
    assert understand("How is the maximum flow calculated?").answer_type != "count"
    from assistant.question_rules import defined_term

    assert defined_term('How does Regulation 384 define a "data custodian" (Điều 3)?') == "data custodian"


@pytest.mark.parametrize(
    "question",
    [
        "Quy định 384 được ban hành trước hay sau Nghị định 302?",
        "quy dinh 384 duoc ban hanh truoc hay sau nghi dinh 302?",
        "Did Decree 302 come before or after Regulation 384?",
    ],
)
def test_more_ways_of_setting_two_things_side_by_side(question):
    assert any_match(COMPARE, fold(question)), question
