"""Rules of the sixty-third session, on hand-made records: a day a listing is bounded by ("trước ngày 01/12/2025",
"before 10 January 2025") asks what falls due by then, whatever month it falls in; "có hạn hoàn thành" asks for a
time, not rows that say "hạn"; a time cell of several words said word for word, unquoted, picks the rows that print
it; "phụ lục của UBND tỉnh …" names the appendix's issuer, not a lead; a person named in full scopes the question to
the documents that print the name; a defined short name ("Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)") lets a title's
"Quỹ" stand for the full name a question says; English forms of the rows asked ("which of them are due …", "list
each project …", "which data sets belong to …", "which draft resolutions must go … before …"). Then, from the dev
parts of sets 177–180: times "instead of 'Thường xuyên'", that "continue into the following years", that stretch
"over both 2025 and 2026"; rows "not led by X? Which ones"; "where does X appear as a coordinating agency" after a
place; "chỉ tiêu nào do X chủ trì"; "the owner of"; "cite as its legal and policy bases"; what an English question
says a document is on; a procedure's table named clearly in other words; "leave … blank"; "show up", "feature".
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import deadline_fits
from assistant.question_rules import LISTING, any_match
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, ha_tinh_plan, make_task

QN = "qd_quang_ngai.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    doc = Document(
        QN, "Kế hoạch kiểm kê tài sản công", "Quyết định", number="1627/QĐ-UBND", province="Quảng Ngãi"
    )
    tasks = [
        make_task(QN, "1", "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã", ["UBND cấp xã"],
                  deadline="Trước ngày 15/11/2025.", line=317),
        make_task(QN, "2", "Thành lập Tổ kiểm kê", ["Đối tượng thực hiện kiểm kê"], deadline="Trước ngày 30/11/2025.",
                  line=360),
        make_task(QN, "3", "Chuẩn bị các điều kiện cần thiết về hồ sơ", ["Đối tượng thực hiện kiểm kê"],
                  deadline="Trước ngày 31/12/2025.", line=367),
        make_task(QN, "4", "Đôn đốc, kiểm tra, giám sát việc kiểm kê", ["UBND cấp xã"],
                  deadline="Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.", line=340),
        make_task(QN, "5", "Tổng hợp kết quả kiểm kê, báo cáo bằng văn bản gửi về Sở Tài chính", ["UBND cấp xã"],
                  deadline="Trước ngày 15/4/2026.", line=349, group_title="Thời hạn hoàn thành"),
        make_task(QN, "6", "Xây dựng cơ chế thử nghiệm có kiểm soát", ["Sở Tài chính"],
                  deadline="Theo thời hạn giao của Trung ương", line=851),
        make_task(QN, "7", "Tổ chức hội thảo", ["Sở Tư pháp"], deadline="Năm 2026", line=900),
    ]  # fmt: skip
    return IndexView(RecordSearcher([doc], [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "kiem ke tai san cong quang ngai: viec nao phai xong truoc ngay 01/12/2025",
        "In Quảng Ngãi, which tasks must be completed by 1 December 2025?",
    ],
)
def test_a_day_asks_what_falls_due_by_then_in_any_month(view, question):
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "listing" and not outcome.abstained, outcome.text
    assert "Ban Chỉ đạo" in outcome.text and "Tổ kiểm kê" in outcome.text
    assert "Chuẩn bị" not in outcome.text  # (31/12/2025 is after the day)
    assert "Đôn đốc" not in outcome.text  # (a time that goes on past it)


def test_a_day_bounds_the_time_from_above_only():
    query = understand("Những việc nào phải xong trước ngày 15/4/2026?")
    assert deadline_fits("Trước ngày 15/11/2025.", query)
    assert deadline_fits("Từ ngày 01/01/2026 đến ngày 31/3/2026.", query)
    assert deadline_fits("Trước ngày 15/4/2026.", query)
    assert not deadline_fits("Trước ngày 31/5/2026.", query)
    assert not deadline_fits("Thường xuyên", query)


def test_has_a_due_date_is_the_ask_for_a_time_not_a_word_rows_say(view):
    question = "Trong kế hoạch của Quảng Ngãi, những việc nào có hạn hoàn thành trước ngày 15/4/2026?"
    assert "hạn" not in understand(question).topic.split()
    _, _, outcome = ask_view(view, question)
    assert "Sở Tài chính" in outcome.text and "Ban Chỉ đạo" in outcome.text
    # ("có hạn" alone is limited, a word of the topic)
    assert "hạn" in understand("Những nhiệm vụ nào có hạn chế về nguồn lực?").topic


def test_a_time_cell_said_word_for_word_unquoted_picks_its_rows(view):
    _, _, outcome = ask_view(
        view,
        "quang ngai co nhiem vu nao lam theo thoi han giao cua trung uong khong, la nhung nhiem vu nao, ai chu tri",
    )
    assert outcome.strategy == "cell_listing", outcome.text
    assert (
        "Xây dựng cơ chế thử nghiệm" in outcome.text and "Theo thời hạn giao của Trung ương" in outcome.text
    )
    assert "hội thảo" not in outcome.text


def test_the_appendix_of_a_body_names_its_issuer_not_a_lead():
    query = understand("Những nhiệm vụ nào trong phụ lục của UBND tỉnh Hà Tĩnh có thời hạn rơi vào năm 2026?")
    assert query.intent == "period_tasks" and not query.agencies
    # (a body that leads, said with "chủ trì", still is one)
    assert understand("Trong phụ lục, UBND tỉnh chủ trì những nhiệm vụ nào?").agencies


@pytest.fixture(scope="module")
def two_plans() -> IndexView:
    ht, pt = ha_tinh_plan("kh_ha_tinh.txt"), ha_tinh_plan("kh_ha_tinh_2.txt", number="301/KH-UBND")
    clauses = [
        Clause(ht.name, "NN", "Nơi nhận", (), (397, 400), "Nơi nhận: - Bộ Tư pháp; - Thường trực Tỉnh ủy;"),
        Clause(ht.name, "KY", "Chữ ký", (), (424, 426), "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hồng Lĩnh"),
        Clause(pt.name, "NN", "Nơi nhận", (), (300, 302), "Nơi nhận: - Văn phòng Chính phủ; - Bộ Nội vụ;"),
        Clause(pt.name, "KY", "Chữ ký", (), (310, 312), "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Báu Hà"),
    ]
    return IndexView(RecordSearcher([ht, pt], clauses, []))


def test_a_person_named_in_full_scopes_the_question_to_the_documents_that_print_the_name(two_plans):
    from assistant.matching import documents_in_scope

    for question in (
        "Kế hoạch do Phó Chủ tịch Nguyễn Hồng Lĩnh ký được gửi tới những nơi nào?",
        "Where was the plan signed by Nguyễn Hồng Lĩnh sent?",
    ):
        query = understand(question, documents=two_plans.docs.values())
        assert documents_in_scope(two_plans, query, None)[0] == {"kh_ha_tinh.txt"}, question
    # (a name neither prints, or a place, scopes nothing)
    query = understand("Kế hoạch do ông Lê Văn Tám ký gửi tới đâu?", documents=two_plans.docs.values())
    assert documents_in_scope(two_plans, query, None)[0] is None


def test_a_defined_short_name_stands_for_the_full_name_in_a_title():
    nd = "nd_302.txt"
    doc = Document(nd, "Nghị định quy định chi tiết về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                   issuer="Chính phủ")  # fmt: skip
    clauses = [
        Clause(nd, "1.1", "Điều 1, khoản 1", ("Điều 1. Phạm vi điều chỉnh",), (10, 11),
               "1. Nghị định này quy định chi tiết về Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)."),
        Clause(nd, "3.4.b", "Điều 3, khoản 4, điểm b", ("Điều 3. Quỹ nhà ở địa phương",), (116, 120),
               "b) Quỹ thực hiện mục tiêu, chức năng hoạt động của quỹ theo quy định tại Điều 5 của Nghị định này;"),
        Clause(nd, "5", "Điều 5", (), (151, 151), "Điều 5. Mục tiêu, chức năng hoạt động của Quỹ"),
        Clause(nd, "5.1", "Điều 5, khoản 1", ("Điều 5. Mục tiêu, chức năng hoạt động của Quỹ",), (153, 155),
               "1. Đầu tư xây dựng nhà ở xã hội để cho thuê."),
        Clause(nd, "5.2", "Điều 5, khoản 2", ("Điều 5. Mục tiêu, chức năng hoạt động của Quỹ",), (157, 160),
               "2. Tạo lập nhà ở xã hội thông qua hình thức tiếp nhận để cho thuê."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], clauses, []))
    assert ("quy nha o quoc gia", "quy") in view.defined_names[nd]
    assert nd not in view.aliases  # (a one-word short name is no alias of the topic)
    _, _, outcome = ask_view(
        view,
        "What are the objectives and functions of the National Housing Fund under Decree 302/2025/NĐ-CP?",
    )
    assert outcome.strategy == "section", outcome.text
    assert "Đầu tư xây dựng nhà ở xã hội" in outcome.text and "Tạo lập nhà ở xã hội" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "The culture ministry's Công văn 6225/BVHTTDL-VP lists key tasks for the end of 2025 — which of them are "
        "due in December 2025?",
        "Which of Bac Ninh's digital economy/digital society targets to 2030 is the provincial police responsible for?",
        "For the priority projects annexed to Resolution 394/NQ-CP, list each project with the body that leads it.",
        "In the data-sharing regulation 384-QĐ/TW, which data sets belong to the Central Internal Affairs Commission?",
        "Under Resolution 1339/NQ-UBTVQH15, which draft resolutions must go to the Standing Committee before 10 "
        "January 2025?",
    ],
)
def test_english_forms_of_the_rows_asked_are_listings(question):
    assert any_match(LISTING, fold(question))


def test_a_list_without_a_time_or_rows_is_no_listing():
    assert not any_match(LISTING, fold("Which draft resolution did the Standing Committee pass?"))
    assert not any_match(LISTING, fold("Which of them is older?"))
    # (what a project must do by a year is no row due then)
    assert not any_match(
        LISTING, fold("Under the scheme, which projects must use BIM on a mandatory basis by 2026?")
    )


def test_an_english_city_after_its_name_is_the_place_not_an_unknown_name():
    from assistant.matching import _understood_spans

    question = "Who signed the plan of Hồ Chí Minh City on gender equality?"
    query = understand(question)
    view = IndexView(RecordSearcher([], [], []))
    start = question.index("Hồ")
    assert (start, start + len("Hồ Chí Minh City")) in _understood_spans(view, query, [])


def test_the_department_of_culture_and_sports_is_its_own_body():
    query = understand(
        "Which activities is the Department of Culture and Sports in charge of in HCMC's plan?"
    )
    assert query.agencies == ("Sở Văn hóa và Thể thao",)
    assert understand("What does the Department of Culture, Sports and Tourism lead?").agencies == (
        "Sở Văn hóa, Thể thao và Du lịch",
    )


def test_a_kind_of_time_set_aside_with_instead_of():
    query = understand(
        "Which tasks in the Hải Phòng appendix have a concrete time frame instead of just 'Thường xuyên'?"
    )
    assert query.periods_set_aside == ("thường xuyên",) and query.intent == "period_tasks"


@pytest.mark.parametrize(
    "question",
    [
        "Which tasks in Lai Chau's plan are set to continue into the following years rather than ending at a fixed date?",
        "Những nhiệm vụ nào của Lai Châu kéo dài sang các năm tiếp theo?",
    ],
)
def test_times_that_go_on_into_the_following_years(question):
    query = understand(question)
    assert query.periods == ("các năm tiếp theo",) and query.intent == "period_tasks"
    assert deadline_fits("Quý IV năm 2025 và các năm tiếp theo", query)
    assert deadline_fits("Năm 2026 và các năm tiếp theo", query)
    assert not deadline_fits("Năm 2025-2026", query) and not deadline_fits("Thường xuyên", query)


@pytest.mark.parametrize(
    "question",
    [
        "Which tasks in the Hà Tĩnh appendix have a timeframe stretching over both 2025 and 2026?",
        "Nhiệm vụ nào ở Hà Tĩnh kéo dài qua cả năm 2025 và năm 2026?",
    ],
)
def test_a_time_over_both_years_asked(question):
    query = understand(question)
    assert query.covers and query.intent == "period_tasks"
    assert deadline_fits("Năm 2025-2026", query) and deadline_fits("Năm 2025 đến năm 2026", query)
    assert not deadline_fits("Năm 2026", query) and not deadline_fits("Năm 2026-2027", query)
    # (two years asked otherwise: either)
    either = understand("Which tasks are due in 2025 and 2026?")
    assert not either.covers and deadline_fits("Năm 2026", either)


def test_rows_not_led_by_a_body_asked_which_ones():
    query = understand(
        "In Dong Thap's plan 617/KH-UBND, are there any appendix tasks not led by the Department of Science and "
        "Technology? Which ones, and who leads them?"
    )
    assert query.intent == "agency_tasks" and query.agencies_set_aside


@pytest.mark.parametrize(
    "question",
    [
        "In Phú Thọ's task list, where does the Department of Finance appear as a coordinating agency?",
        "ke hoach 144 bac ninh chi tieu nao do so y te chu tri",
        "Under Quy định 384-QĐ/TW, which data sets is the Central Internal Affairs Commission the owner of?",
    ],
)
def test_more_forms_of_a_bodys_rows(question):
    assert any_match(LISTING, fold(question))
    assert understand(question).intent == "agency_tasks"


def test_legal_and_policy_bases_are_the_legal_bases():
    question = "What documents does Bắc Ninh's Plan 144/KH-UBND cite as its legal and policy bases?"
    assert understand(question).answer_type == "legal_basis"


def test_what_an_english_question_says_a_document_is_on_names_the_document():
    from assistant.matching import without_document_names

    doc = Document("nq_394.txt", "Nghị quyết về phát động phong trào toàn dân tham gia bảo vệ môi trường",
                   "Nghị quyết", number="394/NQ-CP", issuer="Chính phủ")  # fmt: skip
    question = "What is the Ministry of Industry and Trade tasked with in Resolution 394/NQ-CP on the environmental movement?"
    query = understand(question, documents=[doc])
    assert "môi trường" in query.topic
    plain = without_document_names(query, {doc.name: doc}, {doc.name})
    assert "môi trường" not in plain.topic and "phong trào" not in plain.topic
    # (a topic the title does not hold stays)
    other = understand("Who leads waste collection tasks in Resolution 394/NQ-CP on the environmental movement?",
                       documents=[doc])  # fmt: skip
    assert "thu gom" in without_document_names(other, {doc.name: doc}, {doc.name}).topic


def test_the_appendix_of_a_body_with_words_between_names_its_issuer():
    query = understand(
        "Phụ lục phân công nhiệm vụ của UBND thành phố Hải Phòng có những nhiệm vụ nào về nâng cao chất lượng nguồn "
        "nhân lực pháp luật, ai phối hợp từng việc?"
    )
    assert not query.agencies


def test_a_possessive_place_in_the_groups_asked_and_a_blank_field_left():
    from assistant.listing import asks_groups
    from assistant.question_rules import blank_column

    assert asks_groups(understand("How are the tasks in Hải Phòng's appendix grouped?"))
    assert blank_column("Which tasks in Lai Chau's plan leave the coordinating body blank?") == "coordinating"
    assert blank_column("Which rows leave the deadline empty?") == "deadline"
    assert blank_column("Does the plan leave any room for the province?") == ""


@pytest.mark.parametrize("verb", ["show up", "feature"])
def test_showing_up_is_either_role(verb):
    question = (
        "In which Hà Tĩnh tasks does the Department of Foreign Affairs show up?"
        if verb == "show up"
        else "Which Hà Tĩnh appendix tasks feature the Department of Foreign Affairs?"
    )
    assert understand(question).role == "either"


def test_a_place_named_bare_is_no_signer(two_plans):
    from assistant.matching import documents_in_scope

    hcm = Document(
        "kh_hcm.txt", "Kế hoạch bình đẳng giới", "Kế hoạch", number="174/KH-UBND", province="Hồ Chí Minh"
    )
    clauses = [
        Clause(hcm.name, "1", "Phần mở đầu", (), (55, 60), "Thông tri về học tập tư tưởng Hồ Chí Minh")
    ]
    view = IndexView(RecordSearcher([*two_plans.docs.values(), hcm], clauses, []))
    query = understand(
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được nêu ở văn bản nào?"
    )
    assert documents_in_scope(view, query, None)[0] is None


def test_a_procedures_table_named_clearly_in_other_words():
    from assistant.listing import _titled_table
    from indexer.records import Task

    cb = "qd_cao_bang.txt"
    doc = Document(cb, "Quyết định phê duyệt quy trình nội bộ giải quyết thủ tục hành chính", "Quyết định",
                   number="2031/QĐ-UBND", province="Cao Bằng")  # fmt: skip
    first = "Quy trình số 01: Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu báo chí, xuất bản"
    second = "Quy trình số 02: Thủ tục cấp lại giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật"
    tasks = [
        Task(doc=cb, group="", group_title=title, number=f"Bước {i}", name=f"Bước {i} của {title[:14]}", lead=("Sở",),
             coordinating=(), output=None, deadline="0,5 ngày làm việc", lines=(100 * k + i, 100 * k + i),
             lead_text="Sở", coordinating_text="", lead_ids=("Sở",), coordinating_ids=(), source="table")
        for k, title in enumerate((first, second), start=1)
        for i in (1, 2)
    ]  # fmt: skip
    view = IndexView(RecordSearcher([doc], [], tasks))
    query = understand(
        "Walk me through the internal steps for issuing a free sale certificate (CFS) for exported press/publishing "
        "goods in Cao Bang: who handles each step?",
        documents=[doc],
    )
    chosen = _titled_table(view, query, {cb}, tasks)
    assert chosen and all(t.group_title == first for t in chosen)


def test_the_second_reviews_near_misses_and_wordings():
    # the years named after "run over the years" are no open end
    named = understand("Which Hải Phòng tasks run over the years 2025 and 2026?")
    assert named.periods == () and named.covers
    # a time that goes on from the first year covers the later ones
    assert deadline_fits("Năm 2025 và các năm tiếp theo", named)
    # "continue" says the period, not a word the rows must print
    from assistant.listing import listing_topic

    assert "tiep tuc" not in listing_topic(
        understand("Which Hải Phòng tasks continue into the following years?")
    )
    assert understand("Những nhiệm vụ nào có thời hạn cụ thể thay vì Thường xuyên?").periods_set_aside == (
        "thường xuyên",
    )
    assert understand("Which tasks last through 2025 and 2026?").covers
    from assistant.question_rules import blank_column

    assert blank_column("Which tasks leave the coordinating agency column empty?") == "coordinating"
    assert blank_column("Which tasks leave the expected output blank?") == "output"
    assert any_match(LISTING, fold("ke hoach 144 chi tieu gi do so y te chu tri"))
