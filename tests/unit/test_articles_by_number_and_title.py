"""An article of a law or decree asked by its number ("Điều 11 … gồm những nội dung nào?", "What does Article
49 of … provide?") or by its title said word for word ("trách nhiệm của Quỹ được quy định như thế nào?"),
including an article printed as one paragraph under its title, and a title the question says whole over its
chapter's shorter one."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.sections import answer_section, article_title, heading_by_article, heading_for
from indexer.records import Clause, Document
from tests.records import read_view

P = "luat_viec_lam.txt"
CH = "Chương VII BẢO HIỂM THẤT NGHIỆP"
TITLE_49 = "Điều 49. Quyền khiếu nại về bảo hiểm thất nghiệp "
BODY_49 = "Cơ quan, tổ chức, cá nhân có quyền đề nghị xem xét lại quyết định về bảo hiểm thất nghiệp."


def _article(path, lines, text, titles=(CH,)):
    label = path.replace(".", ", khoản ")
    return Clause(P, path, label, titles, lines, text)


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [Document(P, "Luật Việc làm", "Luật", number="74/2025/QH15", national=True)]
    clauses = [
        # a part of a shorter title the questions below also say, over items of its own
        Clause(P, "VII", "Mục VII", (), (90, 90), "VII. BẢO HIỂM THẤT NGHIỆP"),
        Clause(
            P,
            "VII.1",
            "Mục VII, khoản 1",
            ("VII. BẢO HIỂM THẤT NGHIỆP",),
            (92, 93),
            "1. Nguyên tắc và đối tượng tham gia.",
        ),
        Clause(
            P,
            "VII.2",
            "Mục VII, khoản 2",
            ("VII. BẢO HIỂM THẤT NGHIỆP",),
            (95, 96),
            "2. Mức đóng hằng tháng.",
        ),
        Clause(P, "Chương VII", "Chương VII", (), (100, 101), CH),
        _article("Điều 11", (110, 110), "Điều 11. Chế độ báo cáo, kế toán"),
        _article("Điều 11.1", (112, 113), "1. Quỹ tổ chức bộ máy kế toán theo quy định."),
        _article("Điều 11.2", (115, 116), "2. Chế độ báo cáo thực hiện theo quy định."),
        _article("Điều 25", (120, 120), "Điều 25. Trách nhiệm của Quỹ"),
        _article("Điều 25.1", (122, 123), "1. Quản lý, sử dụng vốn đúng mục đích."),
        _article("Điều 25.2", (125, 126), "2. Báo cáo định kỳ hằng năm."),
        _article("Điều 29", (130, 130), "Điều 29. Nguyên tắc bảo hiểm thất nghiệp"),
        _article("Điều 29.1", (132, 133), "1. Mức hưởng được tính trên cơ sở mức đóng."),
        _article("Điều 29.2", (135, 136), "2. Việc thực hiện bảo đảm đơn giản, thuận tiện."),
        _article("Điều 30", (137, 137), "Điều 30. Các chế độ bảo hiểm thất nghiệp"),
        _article("Điều 30.1", (138, 138), "1. Trợ cấp thất nghiệp."),
        _article("Điều 30.2", (139, 139), "2. Hỗ trợ đào tạo nghề."),
        # one paragraph under its title: the source prints a blank line between them (two breaks, one offset)
        Clause(
            P,
            "Điều 49",
            "Điều 49",
            (CH,),
            (140, 142),
            TITLE_49 + BODY_49,
            breaks=((0, 140), (len(TITLE_49), 141), (len(TITLE_49), 142)),
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Điều 11 Luật Việc làm 74/2025/QH15 gồm những nội dung nào?",
        "dieu 11 Luật Việc làm 74/2025/QH15 quy dinh gi",
        "What does Article 11 of Law 74/2025/QH15 provide?",
    ],
)
def test_an_article_asked_by_its_number_is_stated_with_its_clauses(view, question):
    query, scope = read_view(view, question)
    heading = heading_by_article(view, query, scope)
    assert heading is not None and heading.path == "Điều 11"
    out = answer_section(view, query, scope)
    assert out is not None and out.count == 2
    assert [c.lines for c in out.citations] == [(110, 110), (112, 113), (115, 116)]


def test_an_article_of_one_paragraph_is_quoted_whole(view):
    query, scope = read_view(view, "What does Article 49 of Law 74/2025/QH15 provide?")
    out = answer_section(view, query, scope)
    assert out is not None and [c.lines for c in out.citations] == [(140, 142)]
    assert BODY_49 in out.text


def test_an_article_asked_with_more_than_its_number_is_left_to_the_other_readings(view):
    # what is asked of the article is more than what it says whole: not the article's whole text
    query, scope = read_view(
        view,
        "Điều 11 Luật Việc làm 74/2025/QH15 quy định mức hỗ trợ cho người lao động mất việc do thiên tai?",
    )
    assert heading_by_article(view, query, scope) is None
    # an article the document does not have
    query, scope = read_view(view, "Điều 12 Luật Việc làm 74/2025/QH15 gồm những nội dung nào?")
    assert heading_by_article(view, query, scope) is None


def test_a_title_said_word_for_word_with_its_small_words_names_the_article(view):
    # the topic drops "của"; the question prints it, as the title does
    query, scope = read_view(
        view, "Theo Luật Việc làm 74/2025/QH15, trách nhiệm của Quỹ được quy định như thế nào?"
    )
    heading = heading_for(view, query, scope)
    assert heading is not None and heading.path == "Điều 25"


def test_the_longer_title_the_question_says_whole_wins_over_its_chapter(view):
    query, scope = read_view(
        view, "Luật Việc làm 74/2025/QH15 quy định những gì về nguyên tắc bảo hiểm thất nghiệp?"
    )
    heading = heading_for(view, query, scope)
    assert heading is not None and heading.path == "Điều 29"
    # (a title whose small words the topic loses, "Các chế độ …", said word for word: no loose naming)
    query, scope = read_view(
        view, "Luật Việc làm 74/2025/QH15 quy định những gì về các chế độ bảo hiểm thất nghiệp?"
    )
    heading = heading_for(view, query, scope)
    assert heading is not None and heading.path == "Điều 30"
    # ("những chế độ …" says the title "Các chế độ …")
    query, scope = read_view(view, "Luật 74/2025/QH15 quy định những chế độ bảo hiểm thất nghiệp nào?")
    heading = heading_for(view, query, scope)
    assert heading is not None and heading.path == "Điều 30"
    # the part is still the one asked when only its title is said
    query, scope = read_view(view, "Luật 74/2025/QH15 quy định những gì về bảo hiểm thất nghiệp?")
    heading = heading_for(view, query, scope)
    assert heading is not None and heading.path == "VII"


def test_the_title_of_an_article_of_one_paragraph_is_read_from_its_blank_line(view):
    chunk = next(c for c in view.clause_chunks if c.path == "Điều 49")
    assert article_title(view, chunk) == "Quyền khiếu nại về bảo hiểm thất nghiệp"
    query, scope = read_view(
        view,
        "Theo Luật Việc làm 74/2025/QH15, quyền khiếu nại về bảo hiểm thất nghiệp được quy định như thế nào?",
    )
    heading = heading_for(view, query, scope, whole_articles=True)
    assert heading is not None and heading.path == "Điều 49"
    # (callers that state a heading's items get no article of one paragraph)
    assert heading_for(view, query, scope) is None
    out = answer_section(view, query, scope)
    assert out is not None and BODY_49 in out.text
    # an article whose paragraph follows its title with no blank line prints no separate title
    other = next(c for c in view.clause_chunks if c.path == "Điều 11.1")
    assert article_title(view, other) is None


Q = "quy_dinh_384.txt"
INTRO_23 = "Điều 23. Nội dung kiểm tra "
BODY_23 = "Bộ Xây dựng tổ chức kiểm tra định kỳ hằng năm hoạt động của Quỹ. Nội dung kiểm tra bao gồm:"


@pytest.fixture(scope="module")
def decree() -> IndexView:
    docs = [
        Document(Q, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", national=True),
    ]
    clauses = [
        Clause(Q, "Điều 18", "Điều 18", (), (10, 10), "Điều 18. Trách nhiệm của các cơ quan, tổ chức"),
        Clause(Q, "Điều 18.1", "Điều 18, khoản 1", (), (12, 13), "1. Các cơ quan chủ quản ban hành văn bản."),
        Clause(Q, "Điều 18.2", "Điều 18, khoản 2", (), (15, 16), "2. Văn phòng Trung ương Đảng theo dõi."),
        Clause(Q, "Điều 22", "Điều 22", (), (20, 20), "Điều 22. Kiểm tra hoạt động của Quỹ"),
        Clause(Q, "Điều 22.1", "Điều 22, khoản 1", (), (22, 23), "1. Quỹ ban hành quy chế kiểm tra nội bộ."),
        Clause(Q, "Điều 22.2", "Điều 22, khoản 2", (), (25, 26), "2. Quỹ báo cáo định kỳ hằng năm."),
        # the title, a blank line, then the sentence that opens the clauses
        Clause(
            Q,
            "Điều 23",
            "Điều 23",
            (),
            (30, 33),
            INTRO_23 + BODY_23,
            breaks=((0, 30), (len(INTRO_23), 31), (len(INTRO_23), 32), (len(INTRO_23) + 40, 33)),
        ),
        Clause(Q, "Điều 23.1", "Điều 23, khoản 1", (), (35, 35), "1. Tình hình quản lý, sử dụng vốn."),
        Clause(Q, "Điều 23.2", "Điều 23, khoản 2", (), (37, 37), "2. Tình hình thu chi của Quỹ."),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


def test_of_two_titles_said_word_for_word_the_one_the_ask_opens_with_wins(decree):
    query, scope = read_view(
        decree, "Nội dung kiểm tra hoạt động của Quỹ theo Quy định 384-QĐ/TW gồm những gì?"
    )
    heading = heading_for(decree, query, scope)
    assert heading is not None and heading.path == "Điều 23"
    # its title is read above its opening sentence, and its clauses are stated under it
    out = answer_section(decree, query, scope)
    assert out is not None and out.count == 2
    assert [c.lines for c in out.citations][1:] == [(35, 35), (37, 37)]


def test_an_article_number_with_the_documents_title_words_asked_of_it_is_no_ask_for_the_whole(decree):
    # "chia sẻ dữ liệu", "ban hành" are words of the document's title, but the question asks them of the article
    query, scope = read_view(
        decree,
        "Theo Điều 18 Quy định 384, cơ quan chủ quản dữ liệu phải ban hành văn bản quy định cụ thể những nội dung "
        "gì về chia sẻ dữ liệu?",
    )
    assert heading_by_article(decree, query, scope) is None


def test_a_wrapped_first_line_is_no_article_title(view):
    first = "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, "
    clause = Clause(P, "Điều 3", "Điều 3", (), (1, 3), first + "Thủ trưởng các sở chịu trách nhiệm thi hành.",
                    breaks=((0, 1), (len(first), 2), (len(first), 3)))  # fmt: skip
    wrapped = IndexView(RecordSearcher(list(view.docs.values()), [clause], []))
    assert article_title(wrapped, wrapped.clause_chunks[0]) is None


def test_an_article_opening_of_no_title_keeps_its_clauses(decree):
    from assistant.sections import _passage_whole

    query, _ = read_view(decree, "Điều 18 Quy định 384-QĐ/TW gồm những nội dung nào?")
    article = next(c for c in decree.clause_chunks if c.path == "Điều 18")
    out = _passage_whole(decree, query, article)
    assert out.count == 2 and [c.lines for c in out.citations] == [(10, 10), (12, 13), (15, 16)]
