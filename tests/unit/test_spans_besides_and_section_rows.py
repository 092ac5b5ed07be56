"""Rules of the sixty-fourth session, on hand-made records (from the dev parts of sets 181–184): rows "kéo dài cả
hai năm 2025 và 2026" (a span, not a comparison); a document named in Vietnamese by a run of its title's words
after its kind ("Đề án chuyển đổi số kết cấu hạ tầng xây dựng"); a body's rows it "handles on its own" when the
body is glossed in brackets; "where does X come into the task list" (either role); "Besides the generic 'các sở,
ban, ngành và địa phương', which specific bodies lead …" (rows led by someone besides the collective, joint ones
too); "Who is the chairman that signed …" (a signer, not a lead); "hạn chót phụ thuộc vào …" (the rows whose time
waits on what it names); "…, who should they report to?" (where a report goes); the plan a report is on is not the
document sent ("báo cáo kết quả thực hiện Kế hoạch 617 … gửi đâu"); "trách nhiệm chung gì", "phải hoàn thành những
việc gì" (a body's duties); the task records a section named by its number holds, each with its lead; what a
body owns after an event, and a body's rows that wait for one. Then, from the dev parts of sets 185–188: "which bodies
are supposed to work with it" (who coordinates); "(15 Nov – 15 Dec)" (short month names are no unknown names); a time
"khác với chỉ ghi 'Thường xuyên'"; "mốc thời gian cụ thể mà phụ thuộc vào …"; "List the activities in plan 174 and
which department leads each"; "chỉ tiêu nào trong kế hoạch 144 … do X chủ trì"; "Chủ tịch … nào đã ký …". Then, from
the dev parts of sets 189–192: "which rows name X in the lead column"; a section named by its title whose records are
asked "từng hoạt động … cầm trịch"; "kế hoạch triển khai Chương trình hành động 45-CTr/TU" names the plan that
carries it out, not a programme that is not indexed; an article titled by a body the gazetteer does not know
("Điều 16. Trách nhiệm của Vụ trưởng Vụ Tổ chức cán bộ") holds that body's duties, and the English words before a
body named in brackets ("the Director of the Personnel Department (Vụ Tổ chức cán bộ)") are no topic of their own.
From the helper's review: "Besides the generic '…', which specific bodies lead tasks …?" (the bodies besides it; the
quote is set aside, not a value asked); "For each row in group II of the appendix, who leads it?"; "… report results
twice a year — who should they report to?" keeps "report results" as its topic.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import _ASKS_RECIPIENTS
from assistant.question_rules import ASKS_DUTIES, COMPARE, LISTING, any_match
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, ha_tinh_plan, hai_phong_plan, make_task, read_view

HT = "kh_ha_tinh.txt"
HP = "kh_hai_phong.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    hai_phong = hai_phong_plan(HP)
    tasks = [
        make_task(HT, "11", "Tháo gỡ khó khăn, vướng mắc về thể chế đối với các dự án tồn đọng",
                  ["Các sở, ban, ngành cấp tỉnh"], deadline="Năm 2025 đến năm 2026", line=752),
        make_task(HT, "17", "Rà soát văn bản QPPL trong lĩnh vực an ninh, trật tự", ["Công an tỉnh"],
                  ["Các sở, ban, ngành cấp tỉnh"], deadline="Năm 2025-2026", line=904),
        make_task(HT, "6", "Tổ chức hội thảo trao đổi các giải pháp", ["Sở Tư pháp"], ["Các sở, ban, ngành cấp tỉnh"],
                  deadline="Năm 2026", line=648),
        make_task(HT, "4", "Hướng dẫn, kiểm soát chặt chẽ quy trình ban hành văn bản QPPL", ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=628),
        make_task(HT, "14", "Xây dựng cơ chế, chính sách ưu đãi phát triển kinh tế tư nhân", ["Sở Tài chính"],
                  deadline="Theo thời hạn giao của Trung ương", line=828),
        make_task(HT, "20", "Thực hiện nghiêm túc các Điều ước quốc tế có liên quan đến tỉnh", ["Sở Ngoại vụ"],
                  deadline="Thường xuyên", line=1098),
        make_task(HT, "21", "Mời Sở Tư pháp các tỉnh bạn Lào sang làm việc", ["Sở Tư pháp"], ["Sở Ngoại vụ"],
                  deadline="Năm 2025", line=1125),
        make_task(HT, "13", "Xây dựng kế hoạch triển khai Đề án về soạn thảo văn bản QPPL tập trung", ["Sở Tư pháp"],
                  deadline="Sau khi Đề án ban hành", output="Kế hoạch của UBND tỉnh", line=805),
        make_task(HT, "30", "Xây dựng Kế hoạch triển khai Đề án cơ sở dữ liệu lớn về pháp luật", ["Sở Tư pháp"],
                  ["Văn phòng UBND tỉnh"], deadline="Ngay sau khi Đề án được ban hành", output="Kế hoạch của UBND tỉnh",
                  line=1240),
        make_task(HT, "31", "Triển khai hệ thống thông tin sau khi hoàn thành đầu tư", ["Sở Khoa học và Công nghệ"],
                  deadline="Sau khi dự án hoàn thành", line=1300),
        make_task(HP, "1", "Quán triệt Nghị quyết số 66-NQ/TW", ["Các sở, ban, ngành và địa phương"],
                  deadline="Thường xuyên", line=638),
        make_task(HP, "2", "Quán triệt, phổ biến đầy đủ Nghị quyết số 140/NQ-CP",
                  ["Trung tâm Báo chí và Truyền thông thành phố", "Các sở, ban, ngành và địa phương"],
                  deadline="Thường xuyên", line=659),
        make_task(HP, "3", "Tham mưu vận hành Hệ thống thông tin tiếp nhận phản ánh", ["Sở Tư pháp"],
                  ["Các sở, ban, ngành và địa phương"], deadline="Năm 2026", line=961),
    ]  # fmt: skip
    return IndexView(RecordSearcher([ha_tinh_plan(HT), hai_phong], [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Nhiệm vụ nào trong phụ lục của Hà Tĩnh kéo dài cả hai năm 2025 và 2026?",
        "Ở Hà Tĩnh nhiệm vụ nào kéo dài suốt cả hai năm 2025 và 2026?",
        "Những nhiệm vụ nào của Hà Tĩnh trải dài cả hai năm 2025-2026?",
    ],
)
def test_a_span_over_both_years_is_asked_not_a_comparison(view, question):
    assert not any_match(COMPARE, fold(question))
    query = understand(question)
    assert query.covers and not query.within
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "listing" and not outcome.abstained, outcome.text
    assert "dự án tồn đọng" in outcome.text and "an ninh, trật tự" in outcome.text
    assert "hội thảo" not in outcome.text  # (2026 alone)


def test_both_is_still_a_comparison_of_two_things():
    assert any_match(COMPARE, fold("Cả hai kế hoạch đều giao Sở Tư pháp chủ trì phải không?"))


def test_a_document_named_by_the_words_of_its_title_after_its_kind():
    scheme = Document(
        "qd_2597.txt",
        "Quyết định PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG XÂY DỰNG",
        "Quyết định",
        number="2597/QĐ-TTg",
    )
    other = Document(
        "kh_cds.txt", "Kế hoạch chuyển đổi số năm 2026", "Kế hoạch", number="12/KH-UBND", province="Huế"
    )
    tasks = [
        make_task("qd_2597.txt", "1", "Rà soát toàn diện các luật", ["Bộ Xây dựng"], deadline="2026"),
        make_task("kh_cds.txt", "1", "Xây dựng nền tảng số", ["Sở Khoa học và Công nghệ"], deadline="2026"),
    ]
    two = IndexView(RecordSearcher([scheme, other], [], tasks))
    question = "Những nhiệm vụ nào trong phụ lục Đề án chuyển đổi số kết cấu hạ tầng xây dựng chỉ triển khai năm 2026?"
    _, scope = read_view(two, question)
    assert scope == {"qd_2597.txt"}
    # (a run of three words says no title: many a text prints "chuyển đổi số")
    _, scope = read_view(two, "Những nhiệm vụ nào về chuyển đổi số phải xong trong năm 2026?")
    assert scope is None or len(scope) == 2
    # (nor a title's formula when the name goes on, capitalised, past the title's words)
    law = Document("kh_7360.txt", "Kế hoạch TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ "
                   "QUY CHUẨN KỸ THUẬT", "Kế hoạch", number="7360/KH-UBND", province="Lai Châu")  # fmt: skip
    three = IndexView(RecordSearcher([scheme, other, law], [], tasks))
    _, scope = read_view(
        three, "Tiến độ trình dự án Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội là gì?"
    )
    assert scope is None or "kh_7360.txt" not in scope or len(scope) > 1
    _, scope = read_view(
        three, "Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật giao gì?"
    )
    assert scope == {"kh_7360.txt"}


def test_a_body_glossed_in_brackets_handles_rows_on_its_own(view):
    question = (
        "Which appendix tasks does the Department of Justice (Sở Tư pháp) of Hà Tĩnh handle on its own, with no "
        "coordinating agency listed?"
    )
    assert "xử lý" not in understand(question).topic
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained, outcome.text
    assert "quy trình ban hành" in outcome.text
    assert "hội thảo" not in outcome.text and "tỉnh bạn Lào" not in outcome.text


def test_where_a_body_comes_into_the_task_list_is_either_role(view):
    question = "Where does the Department of Foreign Affairs (Sở Ngoại vụ) come into Hà Tĩnh's task list?"
    query, _, outcome = ask_view(view, question)
    assert query.role == "either" and outcome.strategy == "listing", outcome.text
    assert "Điều ước quốc tế" in outcome.text and "tỉnh bạn Lào" in outcome.text


def test_besides_a_collective_the_rows_some_named_body_leads(view):
    question = (
        "Besides the generic 'các sở, ban, ngành và địa phương', which specific bodies are named as lead agencies in "
        "Hải Phòng's task appendix, and for which tasks?"
    )
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained, outcome.text
    assert "Hệ thống thông tin" in outcome.text  # (led by Sở Tư pháp)
    assert "140/NQ-CP" in outcome.text  # (led by a centre jointly with the collective)
    assert "Quán triệt Nghị quyết số 66" not in outcome.text  # (the collective alone)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the chairman that signed Vĩnh Long's Decision 1218/QĐ-UBND? I need his name.",
        "Who is the official who has signed the plan?",
    ],
)
def test_the_one_that_signed_is_a_signer_not_a_lead(question):
    query = understand(question)
    assert query.intent == "fact" and query.answer_type == "signer"


def test_a_deadline_said_to_depend_on_what_the_cells_name(view):
    question = "Ở Hà Tĩnh, những việc nào mà hạn chót phụ thuộc vào thời hạn Trung ương giao?"
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "cell_listing" and not outcome.abstained, outcome.text
    assert "kinh tế tư nhân" in outcome.text and "hội thảo" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "If agencies run into problems carrying out the plan, who should they report to?",
        "Which office do the communes send their reports to?",
    ],
)
def test_whom_a_report_goes_to_with_the_preposition_last(question):
    query = understand(question)
    assert query.answer_type == "destination" and query.intent in ("fact", "general")  # (not a task's lead)


def test_the_plan_a_report_is_on_is_not_the_document_sent():
    said = "Các sở, ngành ở Đồng Tháp phải báo cáo kết quả thực hiện Kế hoạch 617 vào thời điểm nào, gửi đâu?"
    assert not _ASKS_RECIPIENTS.search(fold(said))
    assert _ASKS_RECIPIENTS.search(fold("Kế hoạch 617 của Đồng Tháp được gửi đến đâu?"))


@pytest.mark.parametrize(
    "question",
    [
        "Các sở, ban, ngành thành phố ở Hải Phòng có trách nhiệm chung gì theo mục Tổ chức thực hiện?",
        "Theo phần Tổ chức thực hiện, UBND cấp xã ở Vĩnh Long phải hoàn thành những việc gì?",
    ],
)
def test_common_duties_and_what_must_be_completed_ask_duties(question):
    assert any_match(ASKS_DUTIES, fold(question))


def _section_view() -> IndexView:
    doc = Document("kh_174.txt", "Kế hoạch Tháng hành động vì bình đẳng giới", "Kế hoạch", number="174/KH-UBND",
                   province="Hồ Chí Minh")  # fmt: skip
    name = "kh_174.txt"
    clauses = [
        Clause(name, "III", "Mục III", (), (283, 284), "III. NỘI DUNG HOẠT ĐỘNG"),
        Clause(name, "III.1", "Mục III, khoản 1", ("III. NỘI DUNG HOẠT ĐỘNG",), (286, 290),
               "1. Nâng cao nhận thức về phòng ngừa bạo lực trên cơ sở giới"),
        Clause(name, "III.1.a", "Mục III, khoản 1, điểm a", ("III. NỘI DUNG HOẠT ĐỘNG", "1. Nâng cao nhận thức"),
               (292, 300), "a) Hoạt động 1 - Nội dung: Triển khai Tháng hành động - Cơ quan thực hiện: Sở Nội vụ chủ trì"),
        Clause(name, "III.1.b", "Mục III, khoản 1, điểm b", ("III. NỘI DUNG HOẠT ĐỘNG", "1. Nâng cao nhận thức"),
               (302, 311), "b) Hoạt động 2 - Nội dung: Lồng ghép truyền thông - Cơ quan thực hiện: Sở Văn hóa và Thể thao"),
        Clause(name, "IV", "Mục IV", (), (364, 365), "IV. GIẢI PHÁP THỰC HIỆN"),
        Clause(name, "IV.1", "Mục IV, khoản 1", ("IV. GIẢI PHÁP THỰC HIỆN",), (367, 371),
               "1. Đẩy mạnh công tác truyền thông nâng cao nhận thức"),
    ]  # fmt: skip
    tasks = [
        make_task(name, "a", "Hoạt động 1: Triển khai Tháng hành động", ["Sở Nội vụ"], line=292, group="1"),
        make_task(
            name, "b", "Hoạt động 2: Lồng ghép truyền thông", ["Sở Văn hóa và Thể thao"], line=302, group="1"
        ),
        make_task(name, "c", "Hoạt động của phần khác", ["Sở Y tế"], line=380, group="2"),
    ]
    return IndexView(RecordSearcher([doc], clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "For each activity in section III of HCMC plan 174/KH-UBND, which department leads it?",
        "Mục III của Kế hoạch 174 có những hoạt động nào, mỗi hoạt động do sở nào chủ trì?",
        "muc III ke hoach 174: tung hoat dong do so nao chu tri",
    ],
)
def test_each_record_of_a_section_named_by_number_with_its_lead(question):
    from assistant.section_rows import asks_section_rows

    assert not asks_section_rows(
        understand("Mục III có những hoạt động mới nào, do ai chủ trì?")
    )  # ("mới": new)
    view = _section_view()
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "section" and not outcome.abstained, outcome.text
    assert "Sở Nội vụ" in outcome.text and "Sở Văn hóa và Thể thao" in outcome.text
    assert "Sở Y tế" not in outcome.text  # (a record outside the section)


def test_what_a_body_owns_after_an_event_is_read_from_the_output_cells(view):
    question = "Những kế hoạch nào của UBND tỉnh Hà Tĩnh chỉ được xây dựng sau khi Đề án của Thủ tướng được ban hành?"
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "cell_listing" and not outcome.abstained, outcome.text
    assert "soạn thảo văn bản QPPL tập trung" in outcome.text and "cơ sở dữ liệu lớn" in outcome.text
    assert "hệ thống thông tin" not in outcome.text  # (another event)


def test_a_body_s_rows_that_wait_for_an_event(view):
    _, _, outcome = ask_view(
        view, "Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào thực hiện sau khi Đề án được ban hành?"
    )
    assert outcome.strategy == "listing" and not outcome.abstained, outcome.text
    assert "soạn thảo văn bản QPPL tập trung" in outcome.text and "cơ sở dữ liệu lớn" in outcome.text
    assert "hội thảo" not in outcome.text  # (a row of the body that waits for nothing)
    _, _, outcome = ask_view(
        view, "Sở Khoa học và Công nghệ chủ trì những nhiệm vụ nào thực hiện sau khi Đề án ban hành?"
    )
    assert outcome.abstained and "hệ thống thông tin" not in outcome.text


def test_the_bodies_that_work_with_a_lead_are_its_coordinators():
    question = (
        "For launching the Action Month (15 Nov – 15 Dec) in HCMC, the Department of Home Affairs leads — which bodies "
        "are supposed to work with it?"
    )
    assert understand(question).intent == "coordinating_agencies"


def test_short_month_names_of_a_date_are_no_unknown_names():
    from assistant.matching import _EN_DAY_MONTH

    assert {m.group(1) for m in _EN_DAY_MONTH.finditer("(15 Nov – 15 Dec)")} == {"Nov", "Dec"}
    assert not _EN_DAY_MONTH.search("the Decree 302 and 5 Novel ideas")


def test_a_time_other_than_only_regular_is_set_aside():
    query = understand('Ở Hải Phòng, nhiệm vụ nào có thời gian hoàn thành khác với chỉ ghi "Thường xuyên"?')
    assert query.periods_set_aside == ("thường xuyên",) and not query.periods


def test_a_specific_time_said_to_depend_on_drafting(view):
    from assistant.listing import asks_time_source

    assert asks_time_source(
        "Những nhiệm vụ nào không ghi mốc thời gian cụ thể mà phụ thuộc vào tiến độ soạn thảo?"
    )


def test_every_activity_of_a_document_with_the_body_that_leads_each():
    question = "List the activities in HCMC's gender equality plan 174 and which department leads each."
    assert any_match(LISTING, fold(question))
    assert understand(question).intent == "general"  # (not one task's lead)


def test_indicators_led_by_a_body_with_the_document_said_between():
    question = "chỉ tiêu nào trong kế hoạch 144 Bắc Ninh do Ngân hàng nhà nước khu vực XII chủ trì"
    assert any_match(LISTING, fold(question))


@pytest.mark.parametrize(
    "question",
    ["Chủ tịch UBND tỉnh Vĩnh Long nào đã ký Quyết định 1218/QĐ-UBND?", "Đồng chí nào đã ký kế hoạch này?"],
)
def test_which_chairman_signed_is_a_signer(question):
    assert understand(question).answer_type == "signer"
    # (not which decision was signed on a day)
    assert understand("Quyết định nào đã ký ngày 12/5/2025?").answer_type != "signer"


def test_which_rows_name_a_body_in_a_column_is_a_listing():
    question = "In the Vĩnh Long task table, which rows name the Department of Finance (Sở Tài chính) in the lead column?"
    assert any_match(LISTING, fold(question))
    assert understand(question).intent == "agency_tasks"


def test_each_record_of_a_section_named_by_its_title():
    view = _section_view()
    question = "Liệt kê các hoạt động trong phần Nội dung hoạt động của Kế hoạch 174/KH-UBND và cơ quan nào cầm trịch từng hoạt động."
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "section" and "Sở Nội vụ" in outcome.text and "Sở Y tế" not in outcome.text, (
        outcome.text
    )


def test_a_plan_named_by_the_programme_it_carries_out_is_indexed():
    from assistant.special import unindexed_subject

    own = {"280/kh-ubnd"}
    said = "Kế hoạch triển khai Chương trình hành động 45-CTr/TU đề ra những giải pháp nào?"
    assert unindexed_subject(said, own) is None
    assert unindexed_subject("Chương trình hành động 45-CTr/TU đề ra những giải pháp nào?", own) is not None


def test_an_article_titled_by_a_body_holds_its_duties():
    name = "tt_23.txt"
    doc = Document(
        name,
        "Thông tư VỀ PHÂN CẤP QUẢN LÝ TỔ CHỨC CÁN BỘ CỦA BỘ TƯ PHÁP",
        "Thông tư",
        number="23/2025/TT-BTP",
    )
    title = "Điều 16. Trách nhiệm của Vụ trưởng Vụ Tổ chức cán bộ"
    clauses = [
        Clause(name, "Điều 16", "Điều 16", (), (339, 340), title),
        Clause(name, "Điều 16.1", "Điều 16, khoản 1", (title,), (342, 343),
               "1. Tham mưu, giúp Bộ trưởng quản lý thống nhất về công tác tổ chức cán bộ của các đơn vị thuộc Bộ."),
        Clause(name, "Điều 16.2", "Điều 16, khoản 2", (title,), (345, 347),
               "2. Tổng hợp, báo cáo tình hình, kết quả thực hiện công tác tổ chức cán bộ."),
        Clause(name, "Điều 17", "Điều 17", (), (353, 354), "Điều 17. Trách nhiệm của Văn phòng Bộ"),
        Clause(name, "Điều 17.1", "Điều 17, khoản 1", ("Điều 17. Trách nhiệm của Văn phòng Bộ",), (356, 357),
               "1. Bảo đảm điều kiện làm việc cho các đơn vị."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], clauses, []))
    question = (
        "Under Circular 23/2025/TT-BTP, what is the Director of the Personnel Department (Vụ Tổ chức cán bộ) "
        "responsible for?"
    )
    query, _, outcome = ask_view(view, question)
    assert "nhân lực" not in query.topic and "Giám đốc" not in query.topic, query.topic
    assert outcome.strategy == "duties" and not outcome.abstained, outcome.text
    assert "quản lý thống nhất" in outcome.text and "Tổng hợp, báo cáo" in outcome.text
    assert "điều kiện làm việc" not in outcome.text  # (another body's article)


def test_besides_a_quoted_collective_the_bodies_that_lead(view):
    from assistant.listing import quoted_values

    question = (
        'Besides the generic "các sở, ban, ngành và địa phương", which specific bodies lead tasks in the Hải Phòng '
        "appendix?"
    )
    assert not quoted_values(question)
    assert quoted_values('Which tasks read "Theo thời hạn giao của Trung ương"?')
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "lead_bodies" and not outcome.abstained, outcome.text
    head = outcome.text.splitlines()[0]
    assert (
        "Sở Tư pháp" in head
        and "Trung tâm Báo chí" in head
        and "Các sở, ban, ngành và địa phương" not in head
    )
    assert "Quán triệt Nghị quyết số 66" not in outcome.text  # (the collective's own row)


def test_each_row_of_an_appendix_group_with_its_lead():
    from assistant.listing import asks_tasks

    assert asks_tasks(understand("For each row in group II of the Đồng Tháp appendix, who leads it?"))


def test_what_is_reported_stays_the_topic_when_whom_is_asked():
    question = "The departments in Plan 617 have to report results twice a year — who should they report to?"
    query = understand(question)
    assert query.answer_type == "destination" and "báo cáo" in query.topic, query.topic
    # (in "where should … send/report …", the verb is the ask wherever it stands)
    assert "báo cáo" not in understand("Where should the communes report problems?").topic
