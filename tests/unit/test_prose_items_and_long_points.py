"""Rules of the sixty-second session, on hand-made records: a numbered heading over one dash item and the labels
("5. Tổ chức các nội dung hỗ trợ …" / "- Các nội dung … bao gồm: …" / "- Cơ quan thực hiện: …") is the task, named
by the heading; a time printed on a line of its own with no colon ("Thời gian thực hiện sau khi … ban hành.") is
the item's time; the items of labelled prose, like a table's rows, are listed when a column is asked to be empty
("nhiệm vụ nào không ghi cơ quan phối hợp?", "no implementation time given"); the points under one title are
a short list however long each point is, and are quoted whole for "… chỉ đạo những tổ chức nào …?"; tasks "kéo
dài qua nhiều năm" / "spanning more than one year" are those whose time is a bounded range of years.
"""

from __future__ import annotations

import pytest

from assistant import special
from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import blank_column
from assistant.understand import understand
from indexer.prose_tasks import prose_tasks
from indexer.records import Clause, Document, Task
from tests.records import ask_view, ha_tinh_plan, make_task

HT = "kh_ha_tinh.txt"

PLAN = [
    "II. NỘI DUNG KẾ HOẠCH",  # 1
    "1.",  # 2
    "Tổ chức tuyên truyền, phổ biến nội dung Luật",  # 3
    "- Cơ quan thực hiện: Sở Tư pháp",  # 4
    "- Cơ quan phối hợp: Các sở, ngành",  # 5
    "- Thời gian thực hiện: Quý IV năm 2025.",  # 6
    "2.",  # 7
    "Rà soát văn bản quy phạm pháp luật",  # 8
    "- Nội dung: Rà soát các văn bản có liên quan đến Luật.",  # 9
    "- Cơ quan thực hiện: Sở Khoa học và Công nghệ",  # 10
    "5.",  # 11
    "Tổ chức các nội dung hỗ trợ thi hành Luật theo quy định pháp luật",  # 12
    "- Các nội dung hỗ trợ thi hành Luật bao gồm:",  # 13
    "+ Hướng dẫn áp dụng các văn bản quy định chi tiết;",  # 14
    "+ Tổ chức rà soát, đánh giá và cập nhật cơ sở dữ liệu liên quan.",  # 15
    "- Cơ quan thực hiện: Các sở, ngành có liên quan.",  # 16
    "6.",  # 17
    "Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia",  # 18
    "Thời gian thực hiện sau khi",  # 19
    "Chiến lược tiêu chuẩn quốc gia được ban hành.",  # 20
    "III. KINH PHÍ BẢO ĐẢM",  # 21
    "1. Kinh phí thực hiện Kế hoạch này được bố trí từ ngân sách nhà nước.",  # 22
]


def _tasks() -> list[Task]:
    return prose_tasks("kh_lai_chau.txt", list(enumerate(PLAN, start=1)))


def test_a_heading_over_one_dash_item_and_its_labels_is_the_task_it_names():
    five = next(t for t in _tasks() if t.number == "5")
    assert five.name.startswith(
        "Tổ chức các nội dung hỗ trợ thi hành Luật theo quy định pháp luật: Các nội dung"
    )
    assert "+ Tổ chức rà soát, đánh giá" in five.name  # (what it holds, as printed)
    assert (five.group, five.lines, five.lead_text) == ("II", (11, 16), "Các sở, ngành có liên quan")


def test_a_time_printed_with_no_colon_on_a_line_of_its_own_is_the_items_time():
    six = next(t for t in _tasks() if t.number == "6")
    assert six.name == "Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia"
    assert six.deadline == "sau khi Chiến lược tiêu chuẩn quốc gia được ban hành."
    assert six.lines == (17, 20) and not six.lead_text


def test_dash_items_each_with_labels_stay_tasks_of_their_own():
    text = [
        "1.2. Các nhiệm vụ của Sở Tư pháp",  # 1 (names no body at its start)
        "- Tổ chức tập huấn cho cán bộ. Thời gian thực hiện: Tháng 11/2025.",  # 2
        "- Tổng hợp kết quả, báo cáo UBND tỉnh. Thời gian hoàn thành: Trước ngày 31/12/2025.",  # 3
    ]
    tasks = prose_tasks("x.txt", list(enumerate(text, start=1)))
    assert [t.name for t in tasks] == ["Tổ chức tập huấn cho cán bộ.", "Tổng hợp kết quả, báo cáo UBND tỉnh."]


@pytest.fixture(scope="module")
def view() -> IndexView:
    doc = Document("kh_lai_chau.txt", "Kế hoạch triển khai thi hành Luật sửa đổi Luật Tiêu chuẩn và quy chuẩn kỹ thuật",
                   "Kế hoạch", number="7360/KH-UBND", province="Lai Châu")  # fmt: skip
    return IndexView(RecordSearcher([doc], [], _tasks()))


@pytest.mark.parametrize(
    "question",
    [
        "Trong Kế hoạch 7360/KH-UBND của Lai Châu, những nhiệm vụ nào không ghi cơ quan phối hợp?",
        "Which tasks in Lai Chau's plan 7360/KH-UBND have no coordinating agency named?",
    ],
)
def test_items_of_labelled_prose_that_leave_a_field_empty_are_listed(view, question):
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "cell_listing" and not outcome.abstained
    assert "Rà soát văn bản quy phạm pháp luật" in outcome.text
    assert "Tổ chức các nội dung hỗ trợ thi hành Luật" in outcome.text
    assert "tuyên truyền" not in outcome.text  # (its coordinating bodies are printed)


def test_no_implementation_time_names_the_time_column_but_no_specific_deadline_does_not():
    assert (
        blank_column("Which tasks in Lai Chau's plan have no implementation time given at all?") == "deadline"
    )
    assert blank_column("Which tasks have no expected output?") == "output"
    assert (
        blank_column("Which tasks have no specific deadline?") == ""
    )  # ("Thường xuyên" is no specific time)


def _long(body: str) -> str:
    return (
        f"- Chỉ đạo {body} tăng cường tuyên truyền, vận động hội viên và Nhân dân tích cực tham gia giữ gìn vệ sinh "
        "công cộng, phân loại rác thải sinh hoạt tại hộ gia đình, thu gom rác thải đúng nơi quy định; phối hợp "
        "với chính quyền địa phương tổ chức các đợt tổng vệ sinh đường làng, ngõ xóm, tuyến phố, kênh mương, ao "
        "hồ, sông ngòi, bờ biển; nêu gương, phát huy vai trò nòng cốt trong xây dựng, duy trì các mô hình cộng "
        "đồng về bảo vệ môi trường, tạo sức lan tỏa rộng rãi trong cộng đồng dân cư."
    )


BODIES = ["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Cựu chiến binh Việt Nam",
          "Hội Nông dân Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"]  # fmt: skip
FRONT = "c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam"


@pytest.fixture(scope="module")
def resolution() -> IndexView:
    doc = Document("nq_394.txt", "Nghị quyết về phát động phong trào toàn dân tham gia bảo vệ môi trường",
                   "Nghị quyết", number="394/NQ-CP", issuer="Chính phủ")  # fmt: skip
    clauses = [
        Clause("nq_394.txt", "III.1", "Mục III, khoản 1", (), (160, 160), "1. Nhiệm vụ tuyên truyền, vận động"),
        Clause("nq_394.txt", "III.1.c", "Mục III, khoản 1, điểm c", ("1. Nhiệm vụ tuyên truyền, vận động",),
               (173, 174), FRONT),
        *(
            Clause("nq_394.txt", f"III.1.c.-{i}", f"Mục III, khoản 1, điểm c, ý {i}",
                   ("1. Nhiệm vụ tuyên truyền, vận động", FRONT), (170 + 6 * i, 174 + 6 * i), _long(body))
            for i, body in enumerate(BODIES, start=1)
        ),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], clauses, []))


def test_the_points_under_one_title_are_a_short_list_however_long_each_is(resolution):
    point = next(c for c in resolution.clause_chunks if c.path == "III.1.c.-2")
    assert len(point.text) > 400
    items = special.titled_items(resolution, point)
    assert [c.path for c in items] == [f"III.1.c.-{i}" for i in range(1, 6)]


def test_the_members_a_body_is_asked_to_steer_are_all_listed(resolution):
    question = "Chính phủ đề nghị Trung ương Mặt trận Tổ quốc chỉ đạo những tổ chức thành viên nào tham gia?"
    _, _, outcome = ask_view(resolution, question)
    assert not outcome.abstained
    assert all(body in outcome.text for body in BODIES)


@pytest.fixture(scope="module")
def years_view() -> IndexView:
    doc = ha_tinh_plan(HT)
    tasks = [
        make_task(HT, "1", "Tổ chức hội thảo trao đổi các giải pháp", ["Sở Tư pháp"], deadline="Năm 2026", line=100),
        make_task(HT, "2", "Tháo gỡ khó khăn, vướng mắc về thể chế", ["Sở Tài chính"], deadline="Năm 2025-2026",
                  line=110),
        make_task(HT, "3", "Tổ chức hệ thống hóa văn bản QPPL", ["Sở Tư pháp"], deadline="Năm 2028 đến 2029", line=120),
        make_task(HT, "4", "Rà soát văn bản pháp luật", ["Sở Nội vụ"], deadline="Năm 2025 và các năm tiếp theo",
                  line=130),
        make_task(HT, "5", "Phổ biến Nghị quyết", ["Sở Tư pháp"], deadline="Thường xuyên", line=140),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Trong phụ lục kế hoạch Hà Tĩnh, những nhiệm vụ nào có thời gian thực hiện kéo dài qua nhiều năm?",
        "Which tasks in the Hà Tĩnh appendix span more than one year?",
        "Which Hà Tĩnh tasks are multi-year?",
    ],
)
def test_tasks_spanning_more_than_one_year_are_the_bounded_ranges(years_view, question):
    _, _, outcome = ask_view(years_view, question)
    assert not outcome.abstained
    assert {c.lines[0] for c in outcome.citations} == {110, 120}  # (not one year, nor one with no end)


def test_not_several_years_is_one_year():
    query = understand("Những nhiệm vụ nào có thời gian là năm 2026, không phải nhiều năm?")
    assert "một năm" in query.periods and "nhiều năm" not in query.periods
    assert "nhiều năm" not in understand("Which tasks are due in 2026 alone, not a multi-year range?").periods


@pytest.fixture(scope="module")
def roles_view() -> IndexView:
    doc = ha_tinh_plan(HT)
    tasks = [
        make_task(HT, "1", "Tổ chức thực hiện các Điều ước quốc tế có liên quan đến tỉnh", ["Sở Tư pháp", "Sở Ngoại vụ"],
                  deadline="Thường xuyên", line=100),
        make_task(HT, "2", "Mời Sở Tư pháp các tỉnh bạn Lào sang làm việc", ["Sở Tư pháp"], ["Sở Ngoại vụ"],
                  deadline="Hàng năm", line=110),
        make_task(HT, "3", "Tổ chức hội thi tìm hiểu pháp luật", ["Sở Tư pháp"], deadline="Năm 2026", line=120),
        make_task(HT, "4", "Rà soát văn bản theo chuyên đề", ["Sở Nội vụ"], deadline="Quý IV/2025", line=130,
                  output="Báo cáo"),
        make_task(HT, "5", "Thực hiện có hiệu quả các chỉ đạo của Trung ương về nguồn lực", ["Sở Tài chính"],
                  deadline="Theo quy định của trung ương", line=140),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Sở Ngoại vụ xuất hiện ở những nhiệm vụ nào trong phụ lục kế hoạch Hà Tĩnh, với vai trò gì?",
        "Where does the Department of Foreign Affairs (Sở Ngoại vụ) appear in the Hà Tĩnh appendix, and in what role?",
    ],
)
def test_where_a_body_appears_lists_its_rows_of_either_role(roles_view, question):
    query, _, outcome = ask_view(roles_view, question)
    assert query.intent == "agency_tasks" and query.role == "either" and query.answer_type != "location"
    assert {c.lines[0] for c in outcome.citations} == {100, 110}


def test_a_document_asked_for_its_tasks_and_nothing_else_lists_them_all(roles_view):
    for question in (
        "Kế hoạch 280/KH-UBND gồm những nhiệm vụ nào?",
        "Kế hoạch 280/KH-UBND gồm những nội dung công việc nào?",
    ):
        _, _, outcome = ask_view(roles_view, question)
        assert len(outcome.citations) == 5, question


def test_the_rows_a_question_picks_by_its_own_words_are_not_all_the_tasks():
    from assistant.listing import _ALL_TASKS

    assert _ALL_TASKS.search("quyet dinh 2597 gom nhung nhiem vu nao")
    assert not _ALL_TASKS.search("quyet dinh 2031 cong bo nhung thu tuc hanh chinh moi ban hanh nao")


def test_according_to_central_regulations_is_glossed_in_the_order_cells_print_it():
    from assistant.glossary import translate_question

    assert "theo quy định của Trung ương" in translate_question(
        'timing set "according to central regulations"'
    )


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        (
            "Trong phụ lục kế hoạch 280/KH-UBND, có nhiệm vụ nào mà Sở Tư pháp không phải là cơ quan chủ trì không?",
            True,
        ),
        ("In plan 280/KH-UBND, which tasks are there where the Department of Justice is not the lead?", True),
        (
            "Sở Tư pháp tham gia những nhiệm vụ nào mà Sở Tư pháp không phải chủ trì?",
            False,
        ),  # (its other role)
    ],
)
def test_a_body_said_not_to_lead_sets_it_aside(question, aside):
    assert understand(question).agencies_set_aside is aside


def test_how_the_tasks_are_grouped_asks_the_groups():
    from assistant.listing import asks_groups

    assert asks_groups(
        understand("How are the key tasks in the appendix of Đồng Tháp Plan 617/KH-UBND grouped?")
    )
    assert asks_groups(understand("Các nhiệm vụ trong phụ lục Kế hoạch 617 được nhóm như thế nào?"))
    assert not asks_groups(understand("How are the tasks in the appendix funded?"))


def test_a_body_named_after_what_the_work_rests_on_is_the_one_that_does_it():
    from assistant.duties import own_passages

    doc = Document(
        "kh_vinh_long.txt", "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Vĩnh Long"
    )
    impl = "V. TỔ CHỨC THỰC HIỆN"
    clauses = [
        Clause(doc.name, "V", "Mục V", (), (566, 566), impl),
        Clause(doc.name, "V.1", "Mục V, khoản 1", (impl,), (568, 578),
               "1. Trên cơ sở nội dung Nghị quyết số 66-NQ/TW, Kế hoạch số 390-KH/TU của Tỉnh ủy các sở, ban, ngành "
               "tỉnh, Ủy ban nhân dân cấp xã xây dựng kế hoạch thực hiện trong tháng 6 năm 2025."),
        Clause(doc.name, "V.2", "Mục V, khoản 2", (impl,), (580, 590),
               "2. Trên cơ sở đề xuất của Sở Tư pháp, Văn phòng Ủy ban nhân dân tỉnh tổng hợp, báo cáo."),
        Clause(doc.name, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (30, 32),
               "1. Trên cơ sở Nghị quyết, các sở, ban, ngành tỉnh quán triệt đầy đủ mục tiêu của Nghị quyết."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], clauses, []))
    own = [rec.path for _, rec in own_passages(view, ["Các sở, ban, ngành cấp tỉnh"], None)]
    assert own == ["V.1"]  # (not outside the implementation section)
    # (a body the work rests on, "đề xuất của Sở Tư pháp", does not do it)
    assert [rec.path for _, rec in own_passages(view, ["Sở Tư pháp"], None)] == []


def test_the_states_budget_asked_which_is_no_country():
    query = understand("Quỹ nhà ở địa phương được hình thành từ những nguồn vốn ngân sách nhà nước nào?")
    assert query.answer_type != "country"
    assert understand("Đoàn công tác sẽ sang làm việc tại nước nào?").answer_type == "country"


def test_one_thing_of_each_body_asks_for_several():
    assert understand("Từng sở quản lý ngành hướng dẫn kiểm kê loại tài sản kết cấu hạ tầng nào?").plural
    assert understand("What kind of infrastructure asset does each department guide the inventory of?").plural
    assert not understand("Mỗi năm phải báo cáo mấy lần?").plural


def test_prose_items_that_describe_the_plan_are_no_rows_and_no_item_claims_none():
    text = [
        "2. Tháng hành động",  # 1
        "a) Chủ đề Tháng hành động năm 2025 “Bình đẳng giới”.",  # 2
        "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.",  # 3
        "III. NỘI DUNG HOẠT ĐỘNG",  # 4
        "1. Nâng cao nhận thức",  # 5
        "a) Hoạt động 1: Triển khai Tháng hành động",  # 6
        "- Cơ quan chủ trì: Sở Nội vụ",  # 7
        "- Cơ quan phối hợp: các sở, ban, ngành",  # 8
        "b) Hoạt động 2: Tuyên truyền về bình đẳng giới",  # 9
        "- Cơ quan chủ trì: Sở Văn hóa và Thể thao",  # 10
        "- Cơ quan phối hợp: các sở, ban, ngành",  # 11
    ]
    doc = Document("kh_174.txt", "Kế hoạch triển khai Tháng hành động vì bình đẳng giới", "Kế hoạch",
                   number="174/KH-UBND", province="Hồ Chí Minh")  # fmt: skip
    tasks = prose_tasks(doc.name, list(enumerate(text, start=1)))
    assert any(t.name.startswith("Chủ đề") for t in tasks)  # (read as an item with a time)
    view = IndexView(RecordSearcher([doc], [], tasks))
    _, _, outcome = ask_view(view, "Kế hoạch 174/KH-UBND có hoạt động nào không ghi cơ quan phối hợp?")
    assert "Chủ đề" not in outcome.text
    assert "cả" not in outcome.text.split(":")[0]  # (no claim that every item names one)


def test_involving_a_body_keeps_it_though_it_is_not_the_lead():
    question = "Which tasks in plan 280/KH-UBND involve the Department of Justice where it is not the lead?"
    assert not understand(question).agencies_set_aside


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Phụ lục có những nhiệm vụ nào về đào tạo nguồn nhân lực pháp luật, kèm thời gian thực hiện?",
            "general",
        ),
        ("liet ke cac viec ma don vi kiem ke phai lam, kem thoi han cua tung viec", "general"),
        ("Which appendix tasks are about digital transformation, with their deadlines?", "general"),
    ],
)
def test_a_field_asked_of_every_row_keeps_the_question_a_listing(question, intent):
    assert understand(question).intent == intent


def test_a_bodys_rows_with_their_deadlines_are_not_made_a_general_ask():
    assert understand("List the tasks of the communes with their deadlines.").intent != "general"
