"""Rows whose time waits on an event rather than a date, the documents a plan cites by kind and issuer (each kind with
its own issuer, strictly or not, in a part named by its words, abbreviated kinds set aside), a role set aside "rather
than as the lead", whole listings asked with "liệt kê", a topic pair the rows say though the title says one of its
words and a department glossed with "provincial" before it — on hand-made records and the question rules."""

from __future__ import annotations

import pytest

from assistant.cited_documents import asks_cited_documents
from assistant.duties import asks_duties
from assistant.glossary import translate_question
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task
from tests.unit.test_cited_documents import COOPERATION, ENFORCEMENT, MENTION, PREAMBLE

LC = "kh_7360_lai_chau.txt"
KH = "kh_ha_tinh.txt"
PT = "kh_phu_tho.txt"
VL = "kh_vinh_long.txt"
CV = "cv_tinh_uy.txt"

EVENT_ROWS = {  # line → the row's time cell
    114: "Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.",
    142: "Sau khi Nghị định quy định chi tiết thi hành Luật ban hành.",
    209: "sau khi Chiến lược tiêu chuẩn quốc gia được ban hành.",
    230: "Khi có kiến nghị",
}
DATED_ROWS = {69: "Năm 2026", 171: "Năm 2026 và các năm tiếp theo", 250: "Thường xuyên"}


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(LC, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Kế hoạch",
                 number="7360/KH-UBND", province="Lai Châu", issuer="UBND tỉnh Lai Châu"),
        Document(KH, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="310/KH-UBND",
                 province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh"),
        Document(PT, "Kế hoạch triển khai Nghị quyết số 140/NQ-CP của Chính phủ", "Kế hoạch", number="150/KH-UBND",
                 province="Phú Thọ", issuer="UBND tỉnh Phú Thọ"),
        Document(VL, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="120/KH-UBND",
                 province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long"),
        Document(CV, "Công văn về việc thực hiện Nghị quyết số 66-NQ/TW", "Công văn", number="45-CV/TU",
                 province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh"),
    ]  # fmt: skip
    tasks = [
        make_task(LC, str(i), f"Nhiệm vụ triển khai Luật số {i}", ["Sở Khoa học và Công nghệ"], deadline=cell, line=line)
        for i, (line, cell) in enumerate(sorted({**EVENT_ROWS, **DATED_ROWS}.items()), start=1)
    ] + [
        make_task(PT, "1", "Rà soát văn bản quy phạm pháp luật về tổ chức bộ máy", ["Sở Nội vụ"], line=400),
        make_task(PT, "2", "Bố trí nguồn ngân sách cho công tác xây dựng pháp luật", ["Sở Tài chính"],
                  group="VI", group_title="Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng pháp luật",
                  line=643),
        make_task(PT, "3", "Ưu tiên nguồn lực cho phổ biến, giáo dục pháp luật", ["Các sở, ban, ngành và địa phương"],
                  group="VI", group_title="Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng pháp luật",
                  line=661),
        make_task(PT, "4", "Tuyên truyền, phổ biến Nghị quyết", ["Sở Tư pháp", "Các sở, ban, ngành và địa phương"],
                  line=700),
        make_task(VL, "1", "Rà soát thủ tục hành chính cấp xã", ["UBND cấp xã"], deadline="Năm 2025", line=1113),
    ]  # fmt: skip
    t2, t3, t5 = "II. NHIỆM VỤ CỤ THỂ", "III. TỔ CHỨC THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"
    clauses = [
        Clause(KH, "preamble", "Phần mở đầu", (), (5, 9), PREAMBLE, kind="preamble"),
        Clause(KH, "II.1.b", "Mục II, khoản 1, điểm b", (t2, "1. Đổi mới tư duy xây dựng pháp luật"), (60, 62), MENTION),
        Clause(KH, "II.3.a", "Mục II, khoản 3, điểm a", (t2, "3. Tạo đột phá trong thi hành pháp luật"), (150, 153),
               ENFORCEMENT),
        Clause(KH, "II.4.a", "Mục II, khoản 4, điểm a", (t2, "4. Nâng cao hiệu quả hợp tác quốc tế"), (205, 213),
               COOPERATION),
        Clause(KH, "III.1", "Mục III, khoản 1", (t3,), (300, 302),
               "1. Sở Tư pháp theo dõi việc thực hiện Nghị định số 55/2011/NĐ-CP ngày 04/7/2011 của Chính phủ về "
               "tổ chức pháp chế."),
        Clause(VL, "I", "Mục I", (), (132, 132), "I. MỤC ĐÍCH, YÊU CẦU"),
        Clause(VL, "I.2", "Mục I, khoản 2", ("I. MỤC ĐÍCH, YÊU CẦU",), (150, 160),
               "2. Yêu cầu Các sở, ban, ngành tỉnh cụ thể hóa các mục tiêu, nhiệm vụ và giải pháp của Nghị quyết."),
        Clause(VL, "V", "Mục V", (), (566, 566), t5),
        Clause(VL, "V.1", "Mục V, khoản 1", (t5,), (568, 578),
               "1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp xã xây dựng kế hoạch thực hiện Nghị quyết số "
               "66-NQ/TW trong tháng 6 năm 2025."),
        Clause(VL, "V.2", "Mục V, khoản 2", (t5,), (580, 590),
               "2. Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp xã có trách nhiệm rà soát các chương trình, kế "
               "hoạch hành động, hoàn thành trong năm 2025."),
        Clause(VL, "V.4", "Mục V, khoản 4", (t5,), (602, 612),
               "4. Sở Tư pháp tổng hợp, báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2025."),
        Clause(CV, "1", "Mục 1", (), (30, 30), "1. Các cấp ủy, tổ chức đảng các cấp tiếp tục quán triệt Nghị quyết."),
        Clause(CV, "2", "Mục 2", (), (33, 33), "2. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh rà soát văn bản."),
        Clause(CV, "3", "Mục 3", (), (40, 41), "3. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo công tác tuyên truyền."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[int]:
    return {c.lines[0] for c in outcome.citations}


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch 7360 Lai Châu: những nhiệm vụ nào có thời gian thực hiện phụ thuộc vào sự kiện khác?",
        "In Lai Chau's plan 7360, which tasks have no fixed date and are instead timed to some other event?",
        "In Lai Chau's plan 7360, which tasks are timed to another event rather than a date?",
    ],
)
def test_rows_timed_to_an_event_are_those_whose_time_waits_on_one(view, question):
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "cell_listing", (outcome.strategy, outcome.text)
    assert _lines(outcome) == set(EVENT_ROWS), outcome.text


def test_an_act_named_in_a_few_words_after_viec_is_what_the_time_waits_on(view):
    _, _, outcome = ask_view(
        view,
        "Kế hoạch 7360 của Lai Châu có những nhiệm vụ nào không ghi mốc thời gian cụ thể mà phụ thuộc vào việc soạn "
        "thảo hoặc ban hành văn bản khác?",
    )
    assert _lines(outcome) == {114, 142, 209}, outcome.text


def test_no_fixed_date_alone_is_every_row_without_a_year(view):
    _, _, outcome = ask_view(view, "In Lai Chau's plan 7360, which tasks have no fixed date?")
    assert outcome.strategy == "listing", outcome.strategy
    assert _lines(outcome) == set(EVENT_ROWS) | {250}, outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch 7360 Lai Châu: liệt kê các nhiệm vụ và cơ quan chủ trì từng nhiệm vụ",
        "Kế hoạch 7360 của Lai Châu: kể tên tất cả các nhiệm vụ",
    ],
)
def test_naming_every_task_lists_the_whole_table(view, question):
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "topic_listing", (outcome.strategy, outcome.text)
    assert len(_lines(outcome)) == len(EVENT_ROWS) + len(DATED_ROWS), outcome.text


def _numbers(outcome) -> list[str]:
    return [
        n
        for n in ("66-NQ", "140/NQ", "178-QĐ", "80/2025", "26/2024", "14/2020", "55/2011")
        if n in outcome.text
    ]


def test_each_kind_asked_with_its_own_issuer_or_none(view):
    _, _, outcome = ask_view(
        view, "Which decrees, decisions or Politburo regulations does Hà Tĩnh's plan 310 refer to in its section on "
        "specific tasks?",
    )  # fmt: skip
    assert outcome.strategy == "cited_documents", outcome.strategy
    # (not Resolution 66 of the Politburo: no resolution is asked; not Decree 55, in the implementation section)
    assert _numbers(outcome) == ["178-QĐ", "80/2025", "26/2024", "14/2020"], outcome.text
    every = asks_cited_documents(
        understand("Which Government decrees and Prime Minister's decisions does it cite?")
    )
    assert every is not None and not every.kind_owners and every.owners == {"chinh phu", "thu tuong"}


def test_carried_out_strictly_or_cited_is_every_reference_and_abbreviated_kinds_are_set_aside(view):
    _, _, outcome = ask_view(
        view,
        "Phần nhiệm vụ cụ thể của kế hoạch Hà Tĩnh yêu cầu thực hiện nghiêm hoặc dẫn chiếu những văn bản pháp luật "
        "nào (ngoài NQ 66, NQ 140)?",
    )
    assert _numbers(outcome) == ["178-QĐ", "80/2025", "26/2024", "14/2020"], outcome.text
    strict = asks_cited_documents(
        understand("Kế hoạch Hà Tĩnh yêu cầu thực hiện nghiêm những nghị định nào?")
    )
    assert strict is not None and strict.strict


def test_a_role_set_aside_rather_than_as_the_lead():
    for question in (
        "Which tasks list the Department of Justice as a coordinating body rather than as the lead?",
        "Sở Tư pháp là cơ quan phối hợp chứ không phải là cơ quan chủ trì ở những nhiệm vụ nào?",
        "Sở Tư pháp được ghi là cơ quan phối hợp thay vì cơ quan chủ trì ở những nhiệm vụ nào?",
    ):
        assert understand(question).role == "coordinating", question
    assert (
        understand("Which tasks does the Department of Justice lead rather than coordinate?").role == "lead"
    )


def test_what_a_body_has_to_see_to_is_its_duties():
    assert asks_duties(understand("Theo kế hoạch của Hà Tĩnh, Sở Nội vụ phải lo những việc gì?"))
    assert asks_duties(understand("Sở Tài chính phải đảm nhận những việc gì?"))
    assert not asks_duties(understand("Sở Nội vụ lo hồ sơ gì?"))


def test_a_topic_pair_the_rows_say_is_kept_though_the_title_says_one_of_its_words(view):
    # ("chính" of the title's "Chính phủ"; "tài chính" of group VI's title)
    _, _, outcome = ask_view(view, "Phụ lục kế hoạch Phú Thọ có những nhiệm vụ nào về tài chính?")
    assert outcome.strategy == "topic_listing", (outcome.strategy, outcome.text)
    assert _lines(outcome) == {643, 661}, outcome.text


def test_provincial_before_a_named_department_keeps_its_name():
    assert "Sở Y tế" in translate_question(
        "Which indicators is the provincial Department of Health responsible for?"
    )
    assert "Sở Tài chính" in translate_question("What does the provincial Department of Finance lead?")


def test_what_the_implementation_part_asks_of_named_bodies_in_a_year_is_its_sentences_naming_them(view):
    _, _, outcome = ask_view(
        view,
        "Phần tổ chức thực hiện của kế hoạch Vĩnh Long yêu cầu các sở và UBND cấp xã làm xong những việc gì ngay "
        "trong năm 2025?",
    )
    assert _lines(outcome) == {568, 580}, outcome.text
    # (without the part named, the rows they lead)
    _, _, rows = ask_view(view, "UBND cấp xã ở Vĩnh Long chủ trì những nhiệm vụ nào trong năm 2025?")
    assert _lines(rows) == {1113}, rows.text


def test_rows_asked_first_thing_by_viec_nao():
    assert (
        understand("Việc nào trong phụ lục Kế hoạch 7360 có thời gian kéo dài đến năm 2028?").intent
        == "period_tasks"
    )
    assert (
        understand("Nhiệm vụ nào trong phụ lục có thời gian kéo dài đến năm 2028?").intent == "period_tasks"
    )


def test_the_bodies_a_letter_writes_to_though_the_question_says_what_it_does_with_the_act(view):
    for question in (
        "Công văn của Tỉnh ủy Hà Tĩnh về tiếp tục thực hiện Nghị quyết 66 giao việc cho những cơ quan, tổ chức nào?",
        "Which bodies are given specific assignments in the Hà Tĩnh Provincial Party Committee's letter urging "
        "implementation of Resolution 66?",
    ):
        _, _, outcome = ask_view(view, question)
        assert outcome.strategy == "addressees", (question, outcome.strategy, outcome.text)
        assert _lines(outcome) == {30, 33, 40}, outcome.text


def test_every_year_said_as_moi_nam():
    assert "hằng năm" in understand("Ở phụ lục, những nhiệm vụ nào được làm định kỳ mỗi năm?").periods
    assert "hằng năm" in understand("nhung nhiem vu nao lam moi nam?").periods
    assert not understand("Nhiệm vụ nào phải xong trong năm 2026?").periods


def test_a_part_named_by_its_title_is_that_part_though_another_title_says_more_of_the_words(view):
    _, _, outcome = ask_view(
        view,
        "Mục Tổ chức thực hiện trong kế hoạch của Vĩnh Long đặt ra những yêu cầu gì đối với các cơ quan?",
    )
    assert outcome.strategy == "section", (outcome.strategy, outcome.text)
    assert 568 in _lines(outcome) and 150 not in _lines(outcome), outcome.text


def test_which_city_bodies_asks_bodies_of_one_place_not_a_comparison_of_cities():
    assert (
        understand("Which city bodies does Can Tho's Directive 09 assign specific tasks to?").intent
        != "compare"
    )
    assert understand("Which provincial-level agencies lead tasks in Hà Tĩnh's plan?").intent != "compare"
    assert understand("Which city has the earlier deadline, Hà Tĩnh or Hải Phòng?").intent == "compare"
    assert understand("Which provinces assign the Department of Justice a lead role?").intent == "compare"


def test_led_by_a_body_other_than_the_generic_collective(view):
    _, _, outcome = ask_view(
        view,
        "Which tasks in Phú Thọ's plan 150 are led by a body other than the generic 'Các sở, ban, ngành và địa phương'?",
    )
    # (a row the collective leads with a named body too)
    assert _lines(outcome) == {400, 643, 700}, outcome.text
