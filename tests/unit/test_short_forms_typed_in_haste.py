"""Questions typed in haste: the short forms officials use ("nv", "KH", "Sở TP", "BTC", "CT 09") read as
the words the documents print; "nhiệm vụ Sở Tư pháp chủ trì năm 2027?" with no question word lists that
body's tasks; "gồm mấy nội dung, liệt kê giúp" of a section states its points, counted; "responsible for
executing" a decision is its closing article."""

from __future__ import annotations

import pytest

from assistant.abbreviations import ShortForm, expand_short_forms, short_form_words
from assistant.understand import understand


@pytest.mark.parametrize(
    "typed, read",
    [
        ("nv Sở TP chủ trì năm 2027?", "nhiệm vụ Sở Tư pháp chủ trì năm 2027?"),
        (
            "NĐ 302: BTC và BNV có trách nhiệm gì?",
            "Nghị định 302: Bộ Tài chính và Bộ Nội vụ có trách nhiệm gì?",
        ),
        (
            "sở xd được giao những nv gì trong CT 09?",
            "sở Xây dựng được giao những nhiệm vụ gì trong Chỉ thị 09?",
        ),
        ("KH 617: nv nào Sở KH&CN chủ trì?", "Kế hoạch 617: nhiệm vụ nào Sở Khoa học và Công nghệ chủ trì?"),
        ("phần thi hành PL gồm mấy ND", "phần thi hành pháp luật gồm mấy nội dung"),
        ("NQ66 giao gì", "Nghị quyết 66 giao gì"),
        ("VBQPPL của TP và năm nào", "văn bản quy phạm pháp luật của thành phố và năm nào"),
        # "PL" is the law, or the appendix after "trong"/"theo" or before a number or the plan
        ("trong PL KH Phú Thọ có mấy NV", "trong phụ lục kế hoạch Phú Thọ có mấy nhiệm vụ"),
        ("PL II có gì", "phụ lục II có gì"),
        ("BTV TU chỉ đạo gì về CCHC", "Ban Thường vụ Tỉnh ủy chỉ đạo gì về cải cách hành chính"),
    ],
)
def test_short_forms_are_read_as_printed(typed, read):
    assert expand_short_forms(typed) == read


def test_short_forms_are_not_read_inside_numbers_names_or_words():
    # a document's number, a longer short form, a place's short form stay as typed
    assert (
        expand_short_forms("Quyết định 3531/QĐ-BTC của Bộ Tài chính")
        == "Quyết định 3531/QĐ-BTC của Bộ Tài chính"
    )
    assert expand_short_forms("Công văn 6225/BVHTTDL-VP") == "Công văn 6225/BVHTTDL-VP"
    assert expand_short_forms("TP HCM có kế hoạch gì") == "TP HCM có kế hoạch gì"
    assert expand_short_forms("Kế hoạch của TP. Hải Phòng") == "Kế hoạch của TP. Hải Phòng"
    # a kind's letters before no number are a word ("CT" of "chủ tịch", "TT" of a table's "thứ tự")
    assert expand_short_forms("TT nào ghi CT UBND") == "TT nào ghi CT UBND"
    # a short form that is a syllable in lower case is read in capitals only ("tw")
    assert expand_short_forms("tw giao gì") == "tw giao gì"
    assert expand_short_forms("TW giao gì") == "Trung ương giao gì"


def test_a_question_typed_without_marks_stays_so():
    assert expand_short_forms("nv so TP chu tri nam 2026") == "nhiem vu so Tu phap chu tri nam 2026"


def test_an_english_question_reads_only_bodies_names():
    assert expand_short_forms("Which tasks does the STP lead under CV 6225?") == (
        "Which tasks does the Sở Tư pháp lead under CV 6225?"
    )


def test_a_citys_short_names_are_places():
    from assistant.glossary import find_provinces

    assert [p for p, _, _ in find_provinces("KH hành động của UBND TP HP")] == ["Hải Phòng"]


def test_the_table_is_checked_when_read():
    with pytest.raises(ValueError, match="unknown context"):
        ShortForm("place", "HN", "Hà Nội")
    with pytest.raises(ValueError, match="bad pattern for 'TP'"):
        ShortForm("word", "TP", "thành phố", unless_next=r"\s*(")
    assert {"nv", "btc", "nq"} <= short_form_words()


def test_a_body_named_then_its_role_lists_its_tasks():
    query = understand("nv Sở TP chủ trì trong phụ lục KH thực hiện CTr 45-CTr/TU có thời hạn năm 2027?")
    assert query.intent == "agency_tasks"
    assert query.agencies == ("Sở Tư pháp",)
    assert query.years == (2027,)
    # (not a task named first and its lead asked)
    assert understand("Nhiệm vụ xây dựng Cổng pháp luật do cơ quan nào chủ trì?").intent != "agency_tasks"


def test_a_plans_issuer_before_how_many_is_no_body_asked():
    query = understand("nhóm I phụ lục KH UBND tỉnh Phú Thọ có mấy NV? kể ra giúp")
    assert query.agencies == ()
    # ("mấy", "giúp" ask; they are no words of the topic)
    assert "mấy" not in query.topic and "giúp" not in query.topic


def test_how_many_points_of_a_section_asks_the_section():
    from assistant.sections import asks_section

    assert asks_section(understand("KH Phú Thọ, phần tạo đột phá trong thi hành PL gồm mấy ND, liệt kê giúp"))
    # (a count of tasks is the rows')
    assert not asks_section(understand("Kế hoạch có bao nhiêu nhiệm vụ?"))


def test_responsible_for_executing_a_decision_is_its_closing_article():
    from assistant.glossary import translate_question

    assert "chịu trách nhiệm thi hành" in translate_question(
        "Who is responsible for executing Decision 1218?"
    )


@pytest.mark.parametrize(
    "typed, read",
    [
        # a review's near misses: "so"/"bo" typed without marks are also "số"/"bỏ"; a number after a body's
        # letters is a document's ("so CT 09"); "các sở TP HP" are a city's departments; "PL" before a decision
        # is its appendix; "CV" before an office is an officer; "BTC" before "TW" or a contest an organising board
        ("tong so nv cua ke hoach", "tong so nhiem vu cua ke hoach"),
        ("so CT 09", "so CT 09"),
        ("các sở TP HP", "các sở TP HP"),
        ("phòng TP huyện", "phòng Tư pháp huyện"),
        ("nhóm II PL QĐ 1218 gồm những NV nào?", "nhóm II phụ lục QĐ 1218 gồm những nhiệm vụ nào?"),
        ("CV phòng KGVX", "chuyên viên phòng KGVX"),
        ("BTC hội thi do ai chủ trì", "Ban Tổ chức hội thi do ai chủ trì"),
        ("CĐ ngành giáo dục", "CĐ ngành giáo dục"),
    ],
)
def test_short_forms_of_two_meanings_are_read_by_their_neighbours(typed, read):
    assert expand_short_forms(typed, ("head", "name", "word")) == read


def test_a_body_then_its_role_and_a_question_word_asks_one_task():
    # ("năm mấy?": when, of one task named by its body and its content)
    query = understand("nhiệm vụ hội thảo Sở Tư pháp chủ trì ở Hà Tĩnh tổ chức năm mấy?")
    assert query.intent != "agency_tasks"


def test_a_records_labelled_lines_are_no_points_to_count():
    from assistant.sections import _LABEL_LINE

    assert _LABEL_LINE.match("- Nội dung: Triển khai Tháng hành động")
    assert _LABEL_LINE.match("- Cơ quan thực hiện: Sở Nội vụ chủ trì")
    assert not _LABEL_LINE.match("a) Quán triệt tới đội ngũ cán bộ, công chức, viên chức")


def test_a_title_in_capitals_keeps_its_syllables():
    # "DIEN TU" is "điện tử" typed without marks, not "TU" of Tỉnh ủy; two short forms side by side are read
    title = "Cơ quan nào chủ trì “THONG TIN DIEN TU (02 TTHC)”?"
    assert expand_short_forms(title, ("head", "name", "word")) == title
    assert expand_short_forms("BTV TU chỉ đạo gì", ("word",)) == "Ban Thường vụ Tỉnh ủy chỉ đạo gì"
