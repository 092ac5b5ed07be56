"""Rules of the fifty-third session, on hand-made records: lists asked in words the earlier rules did not read
("những đầu việc nào", "có mấy nhiệm vụ", "Give me every task …", "List the data items for which … is the
custodian", "Các nhiệm vụ về chuyển đổi số …?"), a body that "takes part in" tasks (either column), a value
quoted in single quotes or set aside in brackets ("… là Nghị quyết (không tính các nhiệm vụ ghi Nghị
quyết/Quyết định)"), "số" of "chuyển đổi số" kept as a topic's word, two things joined by a comma as
alternatives, the items under each body of an implementation section ("… and what must each do?"), every time
limit a document sets ("có những mốc thời hạn nào?"), and an English gloss that does not split a cell's
entries ("…, các doanh nghiệp viễn thông; các cơ quan …")."""

from __future__ import annotations

import pytest

from assistant.glossary import gloss_names
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import listing_topic, topic_alternatives
from assistant.question_rules import LISTING, SOFT_LISTING, any_match
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, ha_tinh_plan, make_task


@pytest.mark.parametrize(
    "question",
    [
        "List the data items for which Ban Nội chính Trung ương is the custodian.",
        "List all procedures managed by the Department of Culture.",
        "Sở Tài chính tham gia phối hợp ở những đầu việc nào trong kế hoạch?",
        "Các đầu việc Sở Khoa học và Công nghệ chủ trì là gì?",
        "Có mấy nhiệm vụ giao Sở Tư pháp chủ trì?",
        "Cho biết danh sách nhiệm vụ có thời hạn năm 2026",
        "Give me every task the Department of Justice is responsible for leading.",
        "Enumerate the activities of the plan.",
        "Tasks with a deadline in the third quarter of 2025 in Vinh Long?",
        "Đầu việc nào do Sở Tư pháp chủ trì?",
        "Which jobs does Sở Tư pháp have to lead?",
        "Which items of the appendix have the Department of Science and Technology as lead?",
        "Which resolutions in the plan are drafted by Ban Công tác đại biểu?",
        "Name the tasks the Department of Justice of Hai Phong coordinates on.",
        "List the assignments of the Department of Justice in Vinh Long.",
        "What must commune-level People's Committees in Ha Tinh lead?",
    ],
)
def test_lists_asked_in_other_words(question):
    assert any_match(LISTING, fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "List the data sources named in Article 5.",  # a list, of no body's rows
        "What is the deadline of the task?",
        "Nhiệm vụ này có kết quả gì?",
        # a body's own part of the text, not rows
        "Hải Phòng giao Sở Tư pháp những nhiệm vụ riêng gì?",
        "Sở Nội vụ được giao những nhiệm vụ cụ thể nào trong phần Tổ chức thực hiện?",
        # one task, one item
        "Tell me the task the Department of Home Affairs leads.",
        "What items must the Department of Finance include in the report it is responsible for?",
    ],
)
def test_other_asks_are_no_lists(question):
    assert not any_match(LISTING, fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Những việc Sở Nội vụ Hà Tĩnh cùng tham gia thực hiện là gì?",
        "Sở Tư pháp Vĩnh Long đứng ra chủ trì bao nhiêu việc?",
    ],
)
def test_a_bodys_work_asked_in_plain_words_lists_its_rows(question):
    assert understand(question).intent == "agency_tasks"


def test_list_what_a_body_is_in_charge_of():
    assert any_match(SOFT_LISTING, fold("Could you list what Sở Nội vụ is in charge of?"))
    assert not any_match(
        SOFT_LISTING, fold("List what the Ministry of Construction checks when it inspects the Fund.")
    )
    query = understand("Could you list what Sở Nội vụ Vĩnh Long is in charge of?")
    assert query.intent == "agency_tasks"
    assert "phụ trách" not in query.topic  # the role asked, no topic


def test_a_body_that_takes_part_is_asked_in_either_column():
    query = understand(
        "Show all tasks in the Vinh Long plan that the Department of Home Affairs takes part in."
    )
    assert query.intent == "agency_tasks" and query.role == "either"
    assert understand("Which tasks does the Department of Home Affairs lead?").role == "lead"


def test_a_cell_entry_list_is_glossed_where_it_ends():
    text = (
        "The task X is coordinated by Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông; "
        "các cơ quan, đơn vị liên quan [1]."
    )
    out = gloss_names(text)
    assert (
        "các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan (Department of Industry and Trade) [1]"
        in out
    )
    # an English word after ";" ends the value there, and so does a label
    out = gloss_names("The task X — lead: Sở Tư pháp; coordinating: Sở Nội vụ [1].")
    assert "Sở Tư pháp (Department of Justice); coordinating" in out
    assert gloss_names("Lead: Sở Tư pháp; phối hợp: Sở Nội vụ [1].").startswith(
        "Lead: Sở Tư pháp (Department of Justice);"
    )


HT = "kh_thi_hanh_phap_luat.txt"


@pytest.fixture(scope="module")
def table() -> IndexView:
    docs = [ha_tinh_plan(HT, "54/KH-UBND")]  # fmt: skip
    tasks = [
        make_task(HT, "9", "Xây dựng các chính sách phát triển khoa học, công nghệ", ["Sở Khoa học và Công nghệ"],
                  output="Nghị quyết", deadline="Theo thời hạn đăng ký", line=706, group="II",
                  group_title="Hoàn thiện thể chế"),
        make_task(HT, "14", "Xây dựng cơ chế, chính sách ưu đãi để phát triển kinh tế tư nhân", ["Sở Tài chính"],
                  output="Nghị quyết/ Quyết định", deadline="Theo thời hạn giao của Trung ương", line=828,
                  group="II", group_title="Hoàn thiện thể chế"),
        make_task(HT, "2", "Bố trí ngân sách tương xứng cho công tác tổ chức thi hành pháp luật", ["Sở Tài chính"],
                  output="Nghị quyết", deadline="Hàng năm", line=1308, group="VII", group_title="Kinh phí"),
        make_task(HT, "1", "Rà soát hệ thống văn bản QPPL để chuẩn hóa cơ sở dữ liệu", ["Sở Tư pháp"],
                  output="Văn bản", deadline="Thường xuyên", line=1100, group="VI",
                  group_title="Tăng cường chuyển đổi số, ứng dụng trí tuệ nhân tạo"),
        make_task(HT, "2", "Lồng ghép nội dung phổ biến pháp luật vào hoạt động học tập", ["Sở Tư pháp"],
                  output="Văn bản", deadline="Thường xuyên", line=1120, group="VI",
                  group_title="Tăng cường chuyển đổi số, ứng dụng trí tuệ nhân tạo"),
        make_task(HT, "3", "Tổ chức đào tạo cán bộ làm công tác pháp chế", ["Sở Nội vụ"], deadline="Hàng năm",
                  line=1200, group="III", group_title="Nguồn nhân lực"),
        make_task(HT, "4", "Tổ chức bồi dưỡng nghiệp vụ cho hòa giải viên", ["Sở Tư pháp"], deadline="Hàng năm",
                  line=1220, group="III", group_title="Nguồn nhân lực"),
        make_task(HT, "5", "Kiểm tra việc thi hành pháp luật", ["Sở Tư pháp"], deadline="Hàng năm", line=1240,
                  group="III", group_title="Nguồn nhân lực"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def test_a_value_in_single_quotes_picks_the_rows_that_print_it(table):
    _, _, out = ask_view(
        table,
        "Những nhiệm vụ nào trong kế hoạch của Hà Tĩnh có thời hạn thực hiện 'theo thời hạn giao của Trung ương'?",
    )
    assert not out.abstained and out.meta["count"] == 1 and "kinh tế tư nhân" in out.text


def test_a_bracket_sets_aside_the_rows_that_print_what_it_names(table):
    question = (
        "Ở Hà Tĩnh, những nhiệm vụ nào trong phụ lục có kết quả là Nghị quyết (không tính các nhiệm vụ ghi Nghị "
        "quyết/Quyết định)?"
    )
    _, _, out = ask_view(table, question)
    assert not out.abstained and out.meta["count"] == 2
    assert (
        "khoa học, công nghệ" in out.text
        and "Bố trí ngân sách" in out.text
        and "kinh tế tư nhân" not in out.text
    )


def test_the_digital_so_is_a_topic_word():
    query = understand("Hải Phòng có những nhiệm vụ gì về chuyển đổi số trong phụ lục")
    assert listing_topic(query).split()[-1] == "so"
    assert "so" not in listing_topic(understand("Những nhiệm vụ nào do các sở chủ trì?")).split()


def test_a_topic_a_group_title_says_lists_the_group(table):
    _, _, out = ask_view(table, "Hà Tĩnh có những nhiệm vụ gì về chuyển đổi số trong phụ lục?")
    assert not out.abstained and out.meta["count"] == 2 and "nhóm VI" in out.text


def test_two_things_joined_by_a_comma_are_alternatives(table):
    query = understand("Những nhiệm vụ liên quan đến đào tạo, bồi dưỡng trong kế hoạch Hà Tĩnh?")
    assert topic_alternatives(query) == ["dao tao", "boi duong"]
    # joined by "và": one thing
    assert topic_alternatives(understand("Những nhiệm vụ nào về xây dựng và thi hành pháp luật?")) == []
    _, _, out = ask_view(table, "Những nhiệm vụ liên quan đến đào tạo, bồi dưỡng trong kế hoạch Hà Tĩnh?")
    assert not out.abstained and out.meta["count"] == 2 and "Kiểm tra" not in out.text


def test_a_search_for_tasks_on_a_topic_is_a_listing(table):
    _, _, out = ask_view(table, "Các nhiệm vụ về chuyển đổi số trong kế hoạch Hà Tĩnh?")
    assert not out.abstained and out.meta["count"] == 2


ORGANISE = "III. TỔ CHỨC THỰC HIỆN"


@pytest.fixture(scope="module")
def duties() -> IndexView:
    docs = [ha_tinh_plan(HT, "54/KH-UBND")]  # fmt: skip
    clauses = [
        Clause(HT, "III", "Mục III", (), (298, 298), ORGANISE),
        Clause(HT, "III.1", "Mục III, khoản 1", (ORGANISE,), (300, 300), "1. Sở Tư pháp"),
        Clause(HT, "III.1.1", "Mục III, khoản 1, ý 1", (ORGANISE, "1. Sở Tư pháp"), (302, 304),
               "- Chủ trì theo dõi, đôn đốc; tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Tư pháp."),
        Clause(HT, "III.1.2", "Mục III, khoản 1, ý 2", (ORGANISE, "1. Sở Tư pháp"), (306, 309),
               "- Tham mưu Hội đồng Phối hợp phổ biến giáo dục pháp luật tỉnh."),
        Clause(HT, "III.2", "Mục III, khoản 2", (ORGANISE,), (323, 323), "2. Sở Tài chính"),
        Clause(HT, "III.2.1", "Mục III, khoản 2, ý 1", (ORGANISE, "2. Sở Tài chính"), (325, 329),
               "- Bảo đảm nguồn kinh phí thực hiện hằng năm."),
        Clause(HT, "III.3", "Mục III, khoản 3", (ORGANISE,), (335, 339),
               "3. Sở Khoa học và Công nghệ: phối hợp với Sở Tư pháp vận hành Cổng pháp luật của Tỉnh."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def test_what_each_body_must_do_quotes_the_items_under_its_name(duties):
    question = (
        "In the implementation section (Tổ chức thực hiện) of Hà Tĩnh's plan, which bodies are given "
        "responsibilities and what must each do?"
    )
    _, _, out = ask_view(duties, question)
    assert not out.abstained
    assert "báo cáo UBND tỉnh và Bộ Tư pháp" in out.text and "Bảo đảm nguồn kinh phí" in out.text
    # asked only which bodies: the paragraphs, not their items
    _, _, only = ask_view(
        duties, "Which bodies are given responsibilities in the implementation section of Hà Tĩnh's plan?"
    )
    assert "Sở Tài chính" in only.text and "Bảo đảm nguồn kinh phí" not in only.text


NQ = "nq_moi_truong.txt"


@pytest.fixture(scope="module")
def resolution() -> IndexView:
    docs = [Document(NQ, "Nghị quyết về giữ gìn vệ sinh môi trường", "Nghị quyết", number="394/NQ-CP",
                     issuer="Chính phủ")]  # fmt: skip
    clauses = [
        Clause(NQ, "III.1.b", "Mục III, khoản 1, điểm b", (), (168, 171),
               "b) Bộ Nội vụ rà soát, hoàn thiện Luật Thi đua khen thưởng, hoàn thành trước ngày 01 tháng 01 năm "
               "2027."),
        Clause(NQ, "III.1.c", "Mục III, khoản 1, điểm c", (), (172, 175),
               "c) Bộ Xây dựng hướng dẫn các địa phương thực hiện phân loại rác thải."),
        Clause(NQ, "IV.1.đ", "Mục IV, khoản 1, điểm đ", (), (507, 509),
               "đ) Trước ngày 15 tháng 12 hàng năm, báo cáo tình hình, kết quả thực hiện Nghị quyết này."),
    ]  # fmt: skip
    tasks = [make_task(NQ, "1", "Đề án xử lý, cải tạo các bãi chôn lấp rác thải", ["Ủy ban nhân dân các tỉnh"],
                       deadline="2030", line=603, group="", group_title="")]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Nghị quyết 394/NQ-CP có những mốc thời hạn cụ thể nào mà các bộ, địa phương cần theo dõi?",
        "What deadlines does Resolution 394 set?",
    ],
)
def test_every_time_limit_a_document_sets(resolution, question):
    _, _, out = ask_view(resolution, question)
    assert not out.abstained and out.meta["count"] == 3
    assert "01 tháng 01 năm 2027" in out.text and "15 tháng 12 hàng năm" in out.text
    assert "“Đề án xử lý, cải tạo các bãi chôn lấp rác thải” — " in out.text and "2030" in out.text
    assert "phân loại rác thải" not in out.text


def test_a_bodys_own_tasks_in_the_implementation_section_are_its_duties(duties):
    clauses = [c for c in duties.clauses()]
    tasks = [make_task(HT, "2", "Tham mưu vận hành Hệ thống thông tin tiếp nhận phản ánh", ["Sở Tư pháp"],
                       deadline="Thường xuyên", line=1267, group="VI")]  # fmt: skip
    view = IndexView(RecordSearcher(list(duties.docs.values()), clauses, tasks))
    _, _, out = ask_view(
        view,
        "Sở Tư pháp Hà Tĩnh có những nhiệm vụ riêng gì trong phần Tổ chức thực hiện?",
    )
    assert not out.abstained and out.strategy == "duties" and out.meta["count"] == 2
    assert "báo cáo UBND tỉnh và Bộ Tư pháp" in out.text and "Hệ thống thông tin" not in out.text


def test_an_empty_column_no_row_leaves_is_said_so(table):
    # every row of the table names a lead: none leaves it empty
    query, _, out = ask_view(table, "Which tasks in the Ha Tinh plan have no lead agency?")
    assert out.abstained and "all 8 rows" in out.text
    _, _, out = ask_view(table, "Những nhiệm vụ nào trong kế hoạch Hà Tĩnh không ghi cơ quan chủ trì?")
    assert out.abstained and "cả 8 dòng" in out.text


@pytest.mark.parametrize(
    "question",
    [
        "What does group III of the Ha Tinh appendix contain?",
        "Nhóm III trong phụ lục kế hoạch Hà Tĩnh gồm những gì?",
    ],
)
def test_what_a_group_holds_is_its_rows(table, question):
    _, _, out = ask_view(table, question)
    assert not out.abstained and out.meta["count"] == 3 and "Kiểm tra việc thi hành" in out.text


@pytest.mark.parametrize(
    "question",
    [
        "Những cơ quan nào chủ trì nhiệm vụ trong phụ lục kế hoạch Hà Tĩnh?",
        "Which agencies lead tasks in the Ha Tinh appendix?",
    ],
)
def test_the_bodies_that_lead_a_tables_rows(table, question):
    _, _, out = ask_view(table, question)
    assert not out.abstained and out.strategy == "lead_bodies" and out.meta["count"] == 8
    assert "Sở Tư pháp (4)" in out.text


def test_activities_asked_by_period_are_the_rows_of_that_period(table):
    _, _, out = ask_view(table, "Which activities in the Ha Tinh appendix are scheduled annually?")
    assert not out.abstained and out.meta["count"] == 4


@pytest.mark.parametrize(
    "question",
    [
        "What are the duties of the Department of Home Affairs under the Ha Tinh plan?",
        "Sở Nội vụ Hà Tĩnh có trách nhiệm gì?",
    ],
)
def test_a_bodys_duties_with_no_part_of_its_own_are_the_rows_naming_it(table, question):
    _, _, out = ask_view(table, question)
    assert not out.abstained and out.meta["count"] == 1 and "đào tạo cán bộ" in out.text


def test_a_quarter_of_every_year_falls_due_in_the_quarter_asked():
    docs = [ha_tinh_plan(HT, "54/KH-UBND")]  # fmt: skip
    tasks = [
        make_task(HT, "5", "Ban hành Kế hoạch xây dựng văn bản QPPL hằng năm", ["Sở Tư pháp"],
                  deadline="Quý I hằng năm", line=634),
        make_task(HT, "6", "Tổ chức hội thảo trao đổi các giải pháp", ["Sở Tư pháp"], deadline="Năm 2026", line=648),
        make_task(HT, "7", "Tổng kết việc thi hành pháp luật", ["Sở Tư pháp"], deadline="Quý II hằng năm", line=660),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], tasks))
    _, _, out = ask_view(view, "Trong quý I năm 2026, Hà Tĩnh có những nhiệm vụ nào đến hạn?")
    assert not out.abstained and out.meta["count"] == 1 and "văn bản QPPL hằng năm" in out.text
    # a month of every year, likewise
    budget = make_task(HT, "8", "Bố trí nguồn ngân sách của tỉnh", ["Sở Tài chính"], deadline="Tháng 10 hàng năm",
                       line=700)  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], [*tasks, budget]))
    _, _, out = ask_view(view, "Những nhiệm vụ nào của Hà Tĩnh đến hạn trong tháng 10/2025?")
    assert not out.abstained and out.meta["count"] == 1 and "ngân sách" in out.text


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Which tasks name the Department of Justice of Vinh Long in either column?", "either"),
        ("Sở Tư pháp Hà Tĩnh vừa chủ trì vừa phối hợp những nhiệm vụ nào?", "either"),
        ("Những nhiệm vụ nào Sở Nội vụ Hải Phòng hỗ trợ thực hiện?", "coordinating"),
        ("Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào?", "lead"),
    ],
)
def test_the_column_a_listing_reads(question, role):
    query = understand(question)
    assert query.intent == "agency_tasks" and query.role == role


def test_a_role_asked_in_other_words_is_no_topic(table):
    _, _, out = ask_view(table, "Sở Tư pháp Hà Tĩnh có vai trò chủ trì ở những việc gì?")
    assert not out.abstained and out.meta["count"] == 4


def test_a_column_of_holders_asked_by_its_activity_after_the_body():
    from dataclasses import replace

    nq = "nq_chuong_trinh.txt"
    docs = [Document(nq, "Nghị quyết về Kế hoạch sửa đổi các luật", "Nghị quyết", number="1339/NQ-UBTVQH15",
                     issuer="Ủy ban Thường vụ Quốc hội")]  # fmt: skip
    rows = [
        ("Nghị quyết về việc giải thể Viện Nghiên cứu lập pháp", "Ban Công tác đại biểu"),
        ("Nghị quyết sửa đổi Quy chế làm việc mẫu của Hội đồng Dân tộc", "Ban Công tác đại biểu"),
        ("Nghị quyết sửa đổi Nghị quyết số 22/2022/UBTVQH15", "Văn phòng Quốc hội"),
    ]
    tasks = [
        replace(
            make_task(nq, str(i), name, ["Ban soạn thảo"], line=50 + 5 * i), extra=(("Cơ quan trình", body),)
        )
        for i, (name, body) in enumerate(rows, start=1)
    ]
    view = IndexView(RecordSearcher(docs, [], tasks))
    _, _, out = ask_view(view, "Ban Công tác đại biểu trình những văn bản nào theo Nghị quyết 1339?")
    assert not out.abstained and out.meta["count"] == 2 and "Cơ quan trình" in out.text


def test_only_in_one_year_leaves_out_the_spans_and_is_no_topic():
    qd = "qd_chuyen_doi_so.txt"
    docs = [Document(qd, "Quyết định phê duyệt Đề án chuyển đổi số kết cấu hạ tầng", "Quyết định",
                     number="2597/QĐ-TTg", issuer="Thủ tướng Chính phủ")]  # fmt: skip
    tasks = [
        make_task(qd, "1", "Rà soát toàn diện các luật, nghị định", ["Bộ Xây dựng"], deadline="2026", line=540),
        make_task(qd, "2", "Triển khai mã định danh thống nhất cho công trình", ["Bộ Xây dựng"], deadline="2026",
                  line=560),
        make_task(qd, "3", "Xây dựng và ban hành các tiêu chuẩn quốc gia", ["Bộ Xây dựng"], deadline="2026-2027",
                  line=580),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], tasks))
    query, _, out = ask_view(
        view, "Trong phụ lục QĐ 2597/QĐ-TTg, những nhiệm vụ nào chỉ triển khai trong năm 2026?"
    )
    assert "một năm" in query.periods
    assert "một năm" not in understand("Tổng kinh phí chi trong năm 2026 là bao nhiêu?").periods
    assert "một năm" not in understand("Những nhiệm vụ nào chỉ triển khai trong năm 2026-2027?").periods
    assert "một năm" not in understand("Which tasks run only in 2026-2027?").periods
    assert not out.abstained and out.meta["count"] == 2 and "tiêu chuẩn quốc gia" not in out.text
    _, _, out = ask_view(view, "Which tasks of Decision 2597 run only in 2026?")
    assert not out.abstained and out.meta["count"] == 2


def test_a_column_left_blank_in_other_words(table):
    from assistant.listing import blank_column

    assert (
        blank_column("Những nhiệm vụ nào chỉ ghi cơ quan chủ trì mà để trống cơ quan phối hợp?")
        == "coordinating"
    )
    assert blank_column("Nhiệm vụ nào bỏ trống cột thời gian?") == "deadline"
    # folded, "để trong" ("in order to … within") reads the same: only before the column's holder word
    assert blank_column("Các bộ trong thời gian tới phải làm gì?") == ""
    assert blank_column("Sở Tư pháp cần làm gì để trong thời hạn quy định hoàn thành?") == ""


def test_an_output_among_the_results(table):
    from assistant.listing import output_values

    assert output_values("Which tasks have a report (báo cáo) among their expected results?") == ("bao cao",)
    _, _, out = ask_view(
        table, "In Ha Tinh's task appendix, which tasks have a resolution among their expected results?"
    )
    assert not out.abstained and out.meta["count"] == 3


def test_the_recipients_asked_in_other_words():
    from assistant.matching import _ASKS_RECIPIENTS

    assert _ASKS_RECIPIENTS.search(fold("Công văn của Tỉnh ủy Hà Tĩnh gửi những cơ quan nào?"))
    # a report sent somewhere is no recipient list of the document
    assert not _ASKS_RECIPIENTS.search(fold("Kế hoạch yêu cầu báo cáo kết quả gửi những cơ quan nào?"))


@pytest.mark.parametrize(
    "question",
    [
        "Which tasks have no fixed deadline in the Ha Tinh appendix?",
        "Những nhiệm vụ nào không ghi thời hạn cụ thể?",
    ],
)
def test_no_specific_time_sets_the_specific_years_aside(question):
    query = understand(question)
    assert "năm cụ thể" not in query.periods and "năm cụ thể" in query.periods_set_aside
    assert "năm cụ thể" in understand("Những nhiệm vụ nào có thời hạn cụ thể?").periods


def test_whats_due_in_a_quarter_is_a_listing():
    assert (
        understand("What's due in the fourth quarter of 2025 under the Vinh Long plan?").intent
        == "period_tasks"
    )


def test_work_due_in_a_year_of_a_plan_named_as_attached_to_its_decision():
    qn = "qd_kiem_ke.txt"
    docs = [Document(qn, "Kế hoạch triển khai thực hiện Tổng kiểm kê tài sản công", "Quyết định",
                     number="1627/QĐ-UBND", province="Quảng Ngãi", issuer="UBND tỉnh Quảng Ngãi")]  # fmt: skip
    tasks = [
        make_task(qn, "", "Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính.", ["Sở Tài chính"],
                  deadline="Trước ngày 31/5/2026.", line=242, group="1.2"),
        make_task(qn, "", "Thành lập Tổ kiểm kê", ["đối tượng thực hiện kiểm kê"], deadline="Trước ngày 30/11/2025.",
                  line=360, group="1.5"),
        make_task(qn, "", "Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên", ["đối tượng thực hiện kiểm kê"],
                  deadline="Trước ngày 31/3/2026.", line=382, group="1.5"),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], tasks))
    question = (
        "Trong Kế hoạch tổng kiểm kê tài sản công của Quảng Ngãi (kèm QĐ 1627/QĐ-UBND), những công việc nào có "
        "thời hạn rơi vào năm 2026?"
    )
    _, _, out = ask_view(view, question)
    assert not out.abstained and out.meta["count"] == 2 and "Thành lập Tổ kiểm kê" not in out.text


def test_a_yearly_time_asked_is_no_list_of_every_time_limit(resolution):
    query, _, out = ask_view(resolution, "Các thời hạn hằng năm nào trong Nghị quyết 394?")
    assert out.strategy != "text_deadlines"


def test_words_that_only_look_like_a_set_aside_keep_the_bracket():
    from assistant.listing import _without_set_aside

    question = "Những nhiệm vụ nào có kết quả là báo cáo (kho lưu trữ số)?"
    assert _without_set_aside(question) == (question, [])


def test_which_bodies_and_what_each_does_asked_in_vietnamese(duties):
    question = (
        "Phần Tổ chức thực hiện của kế hoạch Hà Tĩnh giao cho những cơ quan nào và mỗi cơ quan phải làm gì?"
    )
    _, _, out = ask_view(duties, question)
    assert not out.abstained and out.strategy == "addressees"
    assert "Sở Khoa học và Công nghệ" in out.text and "báo cáo UBND tỉnh và Bộ Tư pháp" in out.text
