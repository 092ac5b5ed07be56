"""Listings by subject or by group of the task table, and answers scoped to the article a question names."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import documents_in_scope, find
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

PLAN, LAW = "kh_tinh.txt", "luat_du_lieu.txt"
DIGITAL = "Tăng cường chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn"
LAWS = "Hoàn thiện thể chế, pháp luật"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(PLAN, "Kế hoạch thực hiện Nghị quyết 66 của tỉnh Hà Tĩnh", "Kế hoạch", province="Hà Tĩnh"),
        Document(LAW, "Luật Dữ liệu", "Luật"),
    ]
    clauses = [
        Clause(
            PLAN, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH",), (5, 6), "Nâng cao chất lượng xây dựng pháp luật."
        ),
        Clause(LAW, "Điều 8", "Điều 8", (), (20, 20), "Điều 8. Chia sẻ dữ liệu"),
        Clause(
            LAW,
            "Điều 8.1",
            "Điều 8, khoản 1",
            (),
            (21, 22),
            "1. Dữ liệu được chia sẻ cho cơ quan nhà nước gồm dữ liệu dân cư và dữ liệu đất đai.",
        ),
        Clause(
            LAW,
            "Điều 10.1",
            "Điều 10, khoản 1",
            (),
            (30, 31),
            "1. Dữ liệu chia sẻ theo quy định tại Điều 8 cho cơ quan nhà nước phải được mã hóa và ghi nhật ký.",
        ),
    ]
    rows = [
        ("1", "Rà soát văn bản để chuẩn hóa cơ sở dữ liệu văn bản của tỉnh", "II", DIGITAL, 200),
        ("2", "Xây dựng Cổng pháp luật của tỉnh", "II", DIGITAL, 210),
        ("3", "Xây dựng kế hoạch ứng dụng trí tuệ nhân tạo trong thi hành pháp luật", "II", DIGITAL, 220),
        ("1", "Rà soát, sửa đổi quy chế xây dựng văn bản quy phạm pháp luật", "I", LAWS, 100),
        ("2", "Tổ chức hội thảo về Cổng pháp luật quốc gia", "I", LAWS, 110),
    ]
    tasks = [
        make_task(
            PLAN, n, name, ["Sở Tư pháp"], ["Các sở, ngành"], "Năm 2026", None, line, group=g, group_title=t
        )
        for n, name, g, t, line in rows
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


_ask = ask_view


@pytest.mark.parametrize(
    "question",
    [
        "Phụ lục có những nhiệm vụ nào về chuyển đổi số, trí tuệ nhân tạo, dữ liệu lớn?",
        "Which tasks does the appendix list under digital transformation and artificial intelligence?",
        "Nhóm II của phụ lục gồm những nhiệm vụ gì?",
        "List the tasks in group II.",
    ],
)
def test_a_group_named_by_title_or_marker_lists_all_its_rows(view, question):
    _, _, outcome = _ask(view, question)
    assert outcome.strategy == "topic_listing"
    assert outcome.meta["count"] == 3  # the portal row too, though its name says none of the group's words
    assert {c.lines[0] for c in outcome.citations} == {200, 210, 220}


def test_rows_that_hold_the_subject_are_listed_across_groups(view):
    _, _, outcome = _ask(view, "Những nhiệm vụ nào liên quan đến Cổng pháp luật?")
    assert outcome.strategy == "topic_listing"
    assert {c.lines[0] for c in outcome.citations} == {210, 110}


def test_a_subject_no_row_names_is_left_to_the_passages(view):
    _, _, outcome = _ask(view, "Những nhiệm vụ nào về hợp tác quốc tế, đào tạo luật sư?")
    assert outcome.strategy != "topic_listing"


@pytest.mark.parametrize(
    "question, articles",
    [
        ("Theo Điều 8 Luật Dữ liệu, dữ liệu nào được chia sẻ?", ("8",)),
        ("Khoản 2 Điều 5 quy định gì?", ("5.2",)),
        ("khoan 2 dieu 5 quy dinh gi", ("5.2",)),
        ("Under Article 8 of the Data Law, what data is shared?", ("8",)),
        ("What does clause 1 of Article 10 require?", ("10.1",)),
        ("Nghị định 302/2025/NĐ-CP quy định gì?", ()),
    ],
)
def test_articles_named_by_the_question(question, articles):
    assert understand(question).articles == articles


def test_the_article_named_scopes_the_passages(view):
    query = understand(
        "Theo Điều 8 Luật Dữ liệu, dữ liệu nào được chia sẻ cho cơ quan nhà nước?",
        documents=view.docs.values(),
    )
    scope, _ = documents_in_scope(view, query, None)
    found = find(view, query, scope)
    assert found.sentences and all(m.chunk.path.startswith("Điều 8") for m in found.sentences)
    # without the article, Điều 10 (which names "Điều 8") competes
    plain = understand(
        "Dữ liệu nào được chia sẻ cho cơ quan nhà nước theo Luật Dữ liệu?", documents=view.docs.values()
    )
    paths = {m.chunk.path for m in find(view, plain, scope).sentences}
    assert "Điều 10.1" in paths


def test_an_article_of_another_law_does_not_scope(view):
    query = understand("Điều 99 của Luật Dữ liệu nói gì về mã hóa?", documents=view.docs.values())
    scope, _ = documents_in_scope(view, query, None)
    assert {m.chunk.path for m in find(view, query, scope).sentences} >= {"Điều 10.1"}


@pytest.fixture(scope="module")
def sections_view() -> IndexView:
    docs = [
        Document(PLAN, "Kế hoạch thực hiện Nghị quyết 66 của tỉnh Phú Thọ", "Kế hoạch", province="Phú Thọ")
    ]
    clauses = [
        Clause(PLAN, "I", "Mục I", (), (10, 10), "I. MỤC ĐÍCH, YÊU CẦU"),
        Clause(
            PLAN,
            "I.1",
            "Mục I, khoản 1",
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            (11, 12),
            "1. Triển khai đầy đủ Nghị quyết.",
        ),
        Clause(
            PLAN,
            "I.2",
            "Mục I, khoản 2",
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            (13, 14),
            "2. Bảo đảm tiến độ, hiệu quả.",
        ),
        Clause(
            PLAN,
            "II",
            "Mục II",
            (),
            (20, 21),
            "II. NHIỆM VỤ Để đạt mục đích, các sở thực hiện các nhiệm vụ sau đây:",
        ),
        Clause(PLAN, "II.1", "Mục II, khoản 1", ("II. NHIỆM VỤ",), (22, 23), "1. Rà soát văn bản pháp luật."),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Mục đích của kế hoạch Phú Thọ là gì?",
        "Kế hoạch thực hiện Nghị quyết 66 của Phú Thọ đặt ra những yêu cầu gì?",
        "What are the purposes of Phu Tho's plan?",
    ],
)
def test_a_section_the_question_names_by_its_title_is_quoted_whole(sections_view, question):
    _, _, outcome = _ask(sections_view, question)
    assert outcome.strategy == "section"
    assert [c.lines for c in outcome.citations] == [(10, 10), (11, 12), (13, 14)]


def test_a_title_among_other_words_is_no_section_question(sections_view):
    _, _, outcome = _ask(
        sections_view, "Mục đích của việc rà soát văn bản pháp luật về đất đai ở Phú Thọ là gì?"
    )
    assert outcome.strategy != "section"


def test_a_tables_caption_tells_apart_rows_of_the_same_name():
    press = "Quy trình số 01 Quy trình nội bộ: Thủ tục cấp giấy chứng nhận lưu hành tự do báo chí, xuất bản"
    beauty = "Quy trình số 03 Quy trình nội bộ: Thủ tục ra nước ngoài dự thi người đẹp, người mẫu"
    docs = [Document(PLAN, "Quyết định công bố thủ tục hành chính", "Quyết định", province="Cao Bằng")]
    tasks = [
        make_task(
            PLAN,
            "Bước 3",
            "Thẩm định, thụ lý hồ sơ",
            ["Phòng báo chí"],
            [],
            "0,5 ngày",
            None,
            100,
            group="",
            group_title=press,
        ),
        make_task(
            PLAN,
            "Bước 3",
            "Thẩm định, thụ lý hồ sơ",
            ["Phòng văn hóa"],
            [],
            "2,5 ngày",
            None,
            200,
            group="",
            group_title=beauty,
        ),
    ]
    view = IndexView(RecordSearcher(docs, [], tasks))
    for question, line in (
        ("Ai thẩm định hồ sơ ở bước 3 của thủ tục ra nước ngoài dự thi người đẹp?", 200),
        ("Who appraises the dossier at step 3 of the free-sale certificate procedure for press?", 100),
    ):
        _, _, outcome = _ask(view, question)
        assert [c.lines[0] for c in outcome.citations][:1] == [line], question
