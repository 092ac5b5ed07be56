"""The bilingual glossary: language detection, English → Vietnamese terms, glosses, provinces."""

from __future__ import annotations

import pytest

from assistant.glossary import (
    detect_language,
    english_gloss,
    english_terms,
    english_to_vietnamese,
    gloss_list,
    gloss_names,
    glossary,
    province_names,
    translate_question,
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?", "vi"),
        ("co quan nao chu tri nhiem vu xay dung cong phap luat", "vi"),
        ("nhiem vu nao cua ha tinh hoan thanh nam 2026", "vi"),
        ("Hà Tĩnh", "vi"),
        ("which agency leads the legal portal task?", "en"),
        ("In Hải Phòng, who coordinates the task of fully disseminating Resolution 140/NQ-CP?", "en"),
        ("Quelle agence dirige le portail juridique ?", "other"),
        ("Welche Behörde leitet das Rechtsportal?", "other"),
        ("法律门户网站由哪个机构负责？", "other"),
        ("Какое ведомство отвечает за портал?", "other"),
        ("???  123", ""),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_glossary_is_large_and_well_formed():
    terms = glossary()
    assert len(terms) >= 150
    assert all(t.vi and t.en and t.kind in {"agency", "term", "time", "doc", "country"} for t in terms)


def test_english_question_becomes_vietnamese_search_terms():
    terms = english_to_vietnamese("Which agency leads the legal portal task?")
    assert "Cổng pháp luật" in terms and "chủ trì" in terms and "cơ quan" in terms
    budget = english_to_vietnamese("What is the training budget for legal normative documents?")
    assert {"tập huấn", "kinh phí", "văn bản quy phạm pháp luật"} <= set(budget)


def test_inflected_english_words_match():
    # (the verb: what is disseminated follows it; "legal dissemination" is "phổ biến, giáo dục pháp luật")
    assert "phổ biến" in english_to_vietnamese("disseminating the resolution")
    assert "phổ biến, giáo dục pháp luật" in english_to_vietnamese("legal dissemination to the people")
    assert "phối hợp" in english_to_vietnamese("who coordinates it")
    assert "chính sách" in english_to_vietnamese("policies on digital transformation")


def test_a_word_is_not_read_as_a_longer_one():
    # "unite" is "đoàn kết"; "unit" is not "unite"
    assert "đơn vị" in english_to_vietnamese("Which unit drafts it?")
    assert "đoàn kết" not in english_to_vietnamese("Which unit drafts it?")
    assert "đoàn kết" in english_to_vietnamese("to unite the people")


def test_central_bodies_and_regions():
    assert english_to_vietnamese("the Central Internal Affairs Commission")[0] == "Ban Nội chính Trung ương"
    assert english_to_vietnamese("the Internal Affairs Commission")[0] == "Ban Nội chính Tỉnh ủy"
    assert "Nam Trung Bộ" in english_to_vietnamese("the South Central floods")


def test_framing_words_are_not_topic_words():
    # "according to X" frames the question; it is no legal basis ("căn cứ") nor an agreement
    terms = english_to_vietnamese("According to the plan, where should agencies send their reports?")
    assert "căn cứ" not in terms and "thỏa thuận" not in terms
    assert "gửi" in terms  # reports are sent ("gửi"), not staff ("cử đi")
    assert "hợp tác quốc tế" in english_to_vietnamese("Which international-cooperation decree applies?")


def test_translate_question_keeps_unknown_words():
    assert (
        translate_question("which agency leads the legal portal task?")
        == "which cơ quan chủ trì the Cổng pháp luật nhiệm vụ?"
    )


def test_english_gloss_of_agencies():
    assert english_gloss("Sở Tư pháp") == "Department of Justice"
    assert english_gloss("Sở Khoa học và Công nghệ") == "Department of Science and Technology"
    assert (
        english_gloss("Uỷ ban nhân dân tỉnh") == "Provincial People's Committee"
    )  # the other tone placement
    assert english_gloss("UBND cấp xã") == "commune-level People's Committees"
    assert english_gloss("Công an tỉnh") == "provincial police"
    assert english_gloss("Trung tâm Hội nghị") is None


def test_gloss_names_once_and_not_inside_quotes():
    text = "Sở Tư pháp chủ trì; Sở Tư pháp báo cáo. Trích: “Sở Tài chính phối hợp”. Sở Tài chính nữa."
    glossed = gloss_names(text)
    assert glossed.count("(Department of Justice)") == 1
    assert "“Sở Tài chính phối hợp”" in glossed  # the quote is untouched
    assert "Sở Tài chính nữa (Department of Finance)" in glossed
    # a cell's names stay as printed, one after another; the glosses follow the whole cell
    assert (
        gloss_list(["Sở Nội vụ", "Ban Chỉ đạo X"])
        == "Sở Nội vụ; Ban Chỉ đạo X (Sở Nội vụ: Department of Home Affairs)"
    )
    assert (
        gloss_list(["Sở Tư pháp", "Sở Ngoại vụ"], "Sở Tư pháp;Sở Ngoại vụ")
        == "Sở Tư pháp;Sở Ngoại vụ (Department of Justice; Department of Foreign Affairs)"
    )
    # a gloss said with its name is not glossed again inside its bracket
    assert "Nội vụ (Department" not in gloss_names("Lead: Ban X (Sở Nội vụ: Department of Home Affairs) [1].")
    # a date inside a printed value: the gloss follows the value, not the name inside it
    assert gloss_names("Deadline: Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025 [1].") == (
        "Deadline: Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025 (National Assembly Standing Committee) [1]."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhiệm vụ nào của Hà Tĩnh hoàn thành năm 2026?", ["Hà Tĩnh"]),
        ("co quan nao chu tri o ha tinh", ["Hà Tĩnh"]),
        ("So sánh tỉnh Vĩnh Long và thành phố Hải Phòng", ["Vĩnh Long", "Hải Phòng"]),
        ("Which bodies lead Hải Phòng's task?", ["Hải Phòng"]),
        ("What does Haiphong plan?", ["Hải Phòng"]),
        ("Thành phố Hồ Chí Minh và TP.HCM", ["Hồ Chí Minh"]),
        # ordinary phrases that look like place names are not places
        ("thực hiện hằng năm định kỳ", []),
        ("xây dựng hòa bình, học tập tư tưởng Hồ Chí Minh", []),
        ("tỉnh Hòa Bình", ["Hòa Bình"]),
        # a department's name right before the city places it, "và" inside the name too
        ("Sở Văn hóa và Thể thao Hồ Chí Minh chủ trì những nhiệm vụ nào?", ["Hồ Chí Minh"]),
        ("Sở Nội vụ và Hồ Chí Minh", []),
    ],
)
def test_find_provinces(text, expected):
    assert province_names(text) == expected


def test_extra_province_names_from_the_index():
    assert province_names("Kế hoạch của Xứ Mơ", extra=["Xứ Mơ"]) == ["Xứ Mơ"]


def test_the_gloss_follows_the_whole_name():
    # the glossary knows "Ủy ban Kiểm tra"; the printed name goes on, and the gloss must not split it
    glossed = gloss_names("Ủy ban Kiểm tra Trung ương leads the task")
    assert glossed.startswith("Ủy ban Kiểm tra Trung ương (")
    assert gloss_names("Sở Tư pháp Hà Tĩnh leads").startswith("Sở Tư pháp Hà Tĩnh (Department of Justice)")
    # the names of one printed list are glossed together after it: the list reads as printed
    assert gloss_names("Sở Tài chính và Sở Tư pháp") == (
        "Sở Tài chính và Sở Tư pháp (Department of Finance; Department of Justice)"
    )
    cell = "Bộ Tài chính, Bộ Nông nghiệp và Môi trường, các địa phương"
    assert gloss_names(f"The task is coordinated by {cell} [1].") == (
        f"The task is coordinated by {cell} (Ministry of Finance; Ministry of Agriculture and Environment) [1]."
    )
    # not across English prose, nor Vietnamese words that are not a list
    assert gloss_names("Sở Tư pháp leads; Sở Nội vụ helps") == (
        "Sở Tư pháp (Department of Justice) leads; Sở Nội vụ (Department of Home Affairs) helps"
    )


def test_a_minister_is_asked_about_for_the_ministry():
    found = [term.vi[0] for _, term in english_terms("What must the Minister of Foreign Affairs do?")]
    assert "Bộ Ngoại giao" in found


def test_a_gloss_never_splits_a_name_or_a_sentence():
    # Vietnamese words that go on after the name are the printed value: the gloss follows them
    assert gloss_names("Bộ Tài chính đã ban hành hướng dẫn.") == (
        "Bộ Tài chính đã ban hành hướng dẫn (Ministry of Finance)."
    )
    assert gloss_names("Ủy ban Kiểm tra Trung ương leads").startswith("Ủy ban Kiểm tra Trung ương (")


def test_lexicon_words_do_not_make_unaccented_vietnamese_english():
    assert detect_language("ban nao do") != "en"


def test_a_gloss_never_cuts_a_printed_value():
    """A cell's value is quoted as printed: no gloss inside "các sở, ban, ngành, đoàn thể Thành phố" or
    "Ủy ban nhân dân phường, xã, đặc khu"; a name that stands whole is still glossed."""
    cell = "các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu"
    assert cell in gloss_names(f"Coordinating: {cell} [1].")
    assert gloss_names("Sở Tư pháp chủ trì.") == "Sở Tư pháp chủ trì (Department of Justice)."
    assert gloss_names("Sở Tư pháp leads.") == "Sở Tư pháp (Department of Justice) leads."


def test_a_doubled_last_letter_is_an_inflection():
    from assistant.glossary import english_terms

    assert [t.vi[0] for _, t in english_terms("cutting business conditions")][:1] == ["cắt giảm"]
    assert [t.vi[0] for _, t in english_terms("reports submitted")][1:] == ["trình"]


def test_a_word_of_several_senses_reads_as_all_of_them():
    from assistant.glossary import english_terms

    ((_, term),) = english_terms("purpose")
    assert {"mục tiêu", "mục đích"} <= set(term.vi)


def test_a_public_service_portal_is_not_the_legal_portal():
    from assistant.glossary import english_terms

    assert [t.vi[0] for _, t in english_terms("the ministry-level public service portal")][
        -1
    ] == "Cổng Dịch vụ công"
    assert "Cổng pháp luật" not in [t.vi[0] for _, t in english_terms("the portal of the province")]
