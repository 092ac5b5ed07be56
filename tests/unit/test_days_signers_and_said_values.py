"""Rules of the sixty-third session, on hand-made records: a day a listing is bounded by ("trước ngày 01/12/2025",
"before 10 January 2025") asks what falls due by then, whatever month it falls in; "có hạn hoàn thành" asks for a
time, not rows that say "hạn"; a time cell of several words said word for word, unquoted, picks the rows that print
it; "phụ lục của UBND tỉnh …" names the appendix's issuer, not a lead; a person named in full scopes the question to
the documents that print the name; a defined short name ("Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)") lets a title's
"Quỹ" stand for the full name a question says; English forms of the rows asked ("which of them are due …", "list
each project …", "which data sets belong to …", "which draft resolutions must go … before …").
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
    assert query.provinces == ("Hồ Chí Minh",)


def test_the_department_of_culture_and_sports_is_its_own_body():
    query = understand(
        "Which activities is the Department of Culture and Sports in charge of in HCMC's plan?"
    )
    assert query.agencies == ("Sở Văn hóa và Thể thao",)
    assert understand("What does the Department of Culture, Sports and Tourism lead?").agencies == (
        "Sở Văn hóa, Thể thao và Du lịch",
    )
