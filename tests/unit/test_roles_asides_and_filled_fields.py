"""Rules of the sixty-first session, on hand-made records: "In X's appendix, what does <body> lead, and where
does it only play a supporting (coordinating) role?" lists the body's rows of both roles; "Apart from the tasks
marked 'regular' (Thường xuyên), which … have a specific time frame?" sets that kind of time aside; "có hạn hoàn
thành trong năm 2026" names the time column, not what rows are about; "ghi rõ kết quả/sản phẩm đầu ra" asks the
output column filled; "expected to produce some kind of report" asks rows by their output; "… đề nghị Trung
ương MTTQ chỉ đạo những tổ chức nào …" asks the named body's own part, not a task's lead; "what is the Director
of … (Vụ trưởng Vụ Tổ chức cán bộ) responsible for?" asks duties; "phải làm những gì theo phần tổ chức thực
hiện", typed without marks, keeps "làm" out of the topic; "which tasks can only start once a Prime Minister's
scheme (Đề án) has been issued?" lists the rows whose time waits for that event; "nhiệm vụ nào có thời gian thực hiện phụ thuộc vào … Trung ương?"
the rows whose time cell names what it waits on.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import output_values
from assistant.question_rules import filled_column, without_duty_frame
from assistant.understand import understand
from indexer.records import Document
from tests.records import ask_view, ha_tinh_plan, make_task

HT = "kh_ha_tinh.txt"
QN = "qd_quang_ngai.txt"
DOST = "Sở Khoa học và Công nghệ"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        ha_tinh_plan(HT),
        Document(QN, "Quyết định về việc ban hành Kế hoạch kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị",
                 "Quyết định", number="1627/QĐ-UBND", province="Quảng Ngãi", issuer="UBND tỉnh Quảng Ngãi"),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Rà soát điểm nghẽn thể chế về khoa học, công nghệ", [DOST],
                  deadline="Năm 2026", output="Báo cáo rà soát", line=100),
        make_task(HT, "2", "Xây dựng chính sách phát triển chuyển đổi số", [DOST], deadline="Thường xuyên",
                  output="Nghị quyết", line=110),
        make_task(HT, "3", "Xây dựng kế hoạch cơ sở dữ liệu lớn về pháp luật", ["Sở Tư pháp"], [DOST],
                  deadline="Ngay sau khi Đề án được ban hành", output="Kế hoạch", line=120),
        make_task(HT, "4", "Tổ chức hội thi tìm hiểu pháp luật", ["Sở Tư pháp"], deadline="Thường xuyên",
                  line=130),
        make_task(HT, "5", "Tổ chức đoàn kiểm tra công tác thi hành văn bản", ["Sở Tư pháp"],
                  deadline="Hàng năm", output="Báo cáo kết quả kiểm tra", line=140),
        make_task(HT, "6", "Trình ban hành Nghị quyết sửa đổi Nghị quyết của HĐND tỉnh", ["Sở Tư pháp"],
                  deadline="Sau khi có Văn bản của Trung ương", line=150),
        make_task(HT, "7", "Xây dựng cơ chế thử nghiệm có kiểm soát trong trường hợp được giao", ["Sở Tài chính"],
                  deadline="Theo thời hạn giao của Trung ương", line=160),
        make_task(HT, "8", "Rà soát chính sách đặc thù của địa phương", ["Sở Tài chính"],
                  deadline="Theo yêu cầu của bộ, ngành", line=170),
        make_task(QN, "1", "Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính", ["Sở Tài chính"],
                  deadline="Trước ngày 31/5/2026.", line=242),
        make_task(QN, "2", "Thực hiện kiểm kê tài sản thuộc phạm vi kiểm kê do mình quản lý",
                  ["đối tượng thực hiện kiểm kê"], deadline="Từ ngày 01/01/2026 đến ngày 31/3/2026.", line=375),
        make_task(QN, "3", "Tổng hợp kết quả kiểm kê của các đơn vị cấp dưới theo thời hạn",
                  ["các cơ quan quản lý cấp trên"], deadline="Trước ngày 15/4/2026.", line=400),
        make_task(QN, "4", "Thành lập Tổ kiểm kê tài sản", ["đối tượng thực hiện kiểm kê"],
                  deadline="Trước ngày 30/11/2025.", line=360),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def _starts(outcome) -> set[int]:
    return {c.lines[0] for c in outcome.citations}


def test_a_body_asked_what_it_leads_and_where_it_only_coordinates_lists_both_roles(view):
    query, _, outcome = ask_view(
        view,
        "In Hà Tĩnh's task appendix, what does the Department of Science and Technology lead, and where does it "
        "only play a supporting (coordinating) role?",
    )
    assert query.intent == "agency_tasks" and query.role == "either", query
    assert _starts(outcome) >= {100, 110, 120}, outcome.text
    # (a place said first, then what a body leads: the body's rows)
    assert understand("In Hà Tĩnh's plan, what does the Department of Justice lead?").intent == "agency_tasks"


def test_apart_from_a_kind_of_time_sets_it_aside(view):
    query, _, outcome = ask_view(
        view,
        "Apart from the tasks marked 'regular' (Thường xuyên), which Hà Tĩnh tasks have a specific time frame?",
    )
    assert query.periods_set_aside == ("thường xuyên",) and "thường xuyên" not in query.periods, query
    assert 110 not in _starts(outcome) and 130 not in _starts(outcome), outcome.text
    assert 100 in _starts(outcome), outcome.text
    assert understand(
        "Aside from annual tasks, which Hà Tĩnh appendix tasks have a deadline?"
    ).periods_set_aside == ("hằng năm",)
    # (not a body set apart: "apart from the Department of Justice, which bodies …")
    assert not understand(
        "Apart from the Department of Justice, which bodies coordinate in 2026?"
    ).periods_set_aside


def test_the_time_column_named_as_han_is_no_topic_of_the_rows(view):
    _, _, outcome = ask_view(
        view,
        "Kế hoạch tổng kiểm kê tài sản công của Quảng Ngãi có những việc nào có hạn hoàn thành trong năm 2026?",
    )
    assert _starts(outcome) == {242, 375, 400}, outcome.text


def test_an_output_column_asked_filled_under_two_names():
    assert (
        filled_column("Phụ lục của Hải Phòng có những nhiệm vụ nào ghi rõ kết quả/sản phẩm đầu ra?")
        == "output"
    )
    assert filled_column("Những nhiệm vụ nào ghi rõ thời gian/tiến độ thực hiện?") == "deadline"
    assert filled_column("Những nhiệm vụ nào ghi kết quả khảo sát vào cơ sở dữ liệu?") == ""


def test_some_kind_of_output_names_the_output(view):
    assert "bao cao" in output_values(
        "Which tasks in the Hà Tĩnh appendix are expected to produce some kind of report?"
    )
    _, _, outcome = ask_view(
        view, "Which tasks in the Hà Tĩnh appendix are expected to produce some kind of report?"
    )
    assert _starts(outcome) == {100, 140}, outcome.text


def test_the_bodies_a_named_body_is_to_steer_ask_its_own_part():
    query = understand(
        "Nghị quyết 394 đề nghị Trung ương MTTQ Việt Nam chỉ đạo những tổ chức nào tham gia phong trào bảo vệ "
        "môi trường?"
    )
    assert query.intent == "general", query
    assert understand("Tổ chức nào chủ trì phong trào bảo vệ môi trường?").intent == "lead_agency"


def test_a_post_printed_in_brackets_is_still_asked_what_it_is_responsible_for():
    question = (
        "Under Circular 23/2025/TT-BTP, what is the Director of the Department of Personnel and Organisation "
        "(Vụ trưởng Vụ Tổ chức cán bộ) responsible for?"
    )
    assert understand(question).intent == "general", understand(question)


def test_lam_before_the_part_asked_is_the_ask_typed_without_marks():
    topic = "lam phan to chuc thuc hien ke hoach"
    assert without_duty_frame(topic).split() == []
    assert "lam" in without_duty_frame("lam nghiep").split()


def test_not_printed_as_regular_sets_that_time_aside():
    query = understand(
        "phu luc KH hanh dong Hai Phong co nhiem vu nao khong ghi thuong xuyen ma co moc thoi gian cu the?"
    )
    assert query.periods_set_aside == ("thường xuyên",) and not query.periods, query
    assert understand("Nhiệm vụ nào có thời gian thực hiện thường xuyên?").periods == ("thường xuyên",)


def test_besides_the_common_part_is_the_ask_not_a_topic():
    # ("…, ngoài phần việc chung, Sở Tư pháp phải làm những việc gì?": its own part, not passages saying "chung")
    assert "chung" not in without_duty_frame("ngoài phần chung làm").split()
    assert "chung" not in without_duty_frame("ngoai phan viec chung").split()
    assert "chung" in without_duty_frame("báo cáo chung").split()


@pytest.mark.parametrize(
    "question",
    [
        "Which Hà Tĩnh tasks can only start once a Prime Minister's project (Đề án) has been issued?",
        "Which Hà Tĩnh tasks can only get going once the Prime Minister has issued the relevant scheme (Đề án)?",
        "Những nhiệm vụ nào của Hà Tĩnh chỉ bắt đầu sau khi Đề án của Thủ tướng Chính phủ được ban hành?",
        "Which tasks in the Hà Tĩnh plan wait until the Prime Minister's scheme (Đề án) is issued?",
        "In the Hà Tĩnh plan appendix, which tasks are to be done as soon as the scheme (Đề án) is issued?",
    ],
)
def test_the_rows_whose_time_waits_for_an_event_asked_in_either_language(view, question):
    _, _, outcome = ask_view(view, question)
    assert _starts(outcome) == {120}, outcome.text


def test_which_task_waits_for_an_event_asked_without_a_plural():
    from assistant.listing import asks_after_event

    assert asks_after_event("Nhiệm vụ nào của Kế hoạch Hà Tĩnh thực hiện sau khi có văn bản của Trung ương?")
    assert asks_after_event("Which tasks in the Hà Tĩnh plan wait until the scheme is issued?")
    assert not asks_after_event("Sau khi kế hoạch ban hành, Sở Tư pháp phải báo cáo ai?")


def test_the_rows_whose_time_waits_on_what_the_question_names(view):
    # (two of the pairs it names, "thời hạn giao", "Trung ương": not a cell that names the central level alone)
    _, _, outcome = ask_view(
        view,
        "Trong phụ lục kế hoạch Hà Tĩnh, nhiệm vụ nào có thời gian thực hiện phụ thuộc vào thời hạn giao của Trung ương?",
    )
    assert _starts(outcome) == {160}, outcome.text
    # (its only pair: every cell that names the central level)
    _, _, outcome = ask_view(
        view, "Which Hà Tĩnh appendix tasks have deadlines that depend on the central level?"
    )
    assert _starts(outcome) == {150, 160}, outcome.text
