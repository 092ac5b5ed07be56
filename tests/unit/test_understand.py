"""Question understanding without an index: intent, places, agencies, times, topic, follow-ups."""

from __future__ import annotations

import pytest

from assistant.understand import MAX_QUESTION_CHARS, clean_question, understand


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?", "lead_agency"),
        ("co quan nao chu tri nhiem vu xay dung cong phap luat", "lead_agency"),
        ("which agency leads the legal portal task?", "lead_agency"),
        (
            "Ở Hà Tĩnh, nhiệm vụ tổ chức các cuộc truyền thông chính sách có cơ quan phối hợp nào?",
            "coordinating_agencies",
        ),
        (
            "In Hải Phòng, who coordinates the task of disseminating Resolution 140/NQ-CP?",
            "coordinating_agencies",
        ),
        ("Thời hạn hoàn thành Đề án đổi mới công tác thi hành pháp luật là khi nào?", "deadline"),
        ("Kết quả của nhiệm vụ tổ chức đoàn kiểm tra là gì?", "output"),
        ("Sở Tài chính Phú Thọ chủ trì những nhiệm vụ nào?", "agency_tasks"),
        ("Nhiệm vụ nào của Hà Tĩnh hoàn thành năm 2026?", "period_tasks"),
        (
            "Chi cho công tác xây dựng pháp luật không thấp hơn bao nhiêu phần trăm tổng chi ngân sách?",
            "fact",
        ),
        ("Ai ký Kế hoạch hành động của UBND thành phố Hải Phòng?", "fact"),
        ("Which decree on international legal cooperation must Hà Tĩnh implement?", "fact"),
        ("Tỉnh nào giao Sở Tư pháp chủ trì tổ chức tập huấn?", "compare"),
        ("Hà Tĩnh và Phú Thọ giao cơ quan nào bảo đảm nguồn kinh phí?", "compare"),
        ("Kế hoạch nói gì về văn hóa tuân thủ pháp luật?", "general"),
    ],
)
def test_intent(question, intent):
    assert understand(question).intent == intent


def test_places_agencies_times_and_topic():
    q = understand("Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào phải thực hiện định kỳ hằng năm?")
    assert q.intent == "agency_tasks" and q.role == "lead"
    assert q.provinces == ("Hà Tĩnh",)
    assert q.agencies == ("Sở Tư pháp",)
    assert q.periods == ("hằng năm",)
    q = understand("Nhiệm vụ nào hoàn thành trong Quý IV/2025 hoặc tháng 10 năm 2026 ở tp Hải Phòng?")
    assert q.years == (2025, 2026) and q.quarters == ("IV",) and q.months == (10,)
    assert q.provinces == ("Hải Phòng",)
    q = understand("Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?")
    assert q.topic == "xây dựng Cổng pháp luật"


def test_coordinating_role_in_listing():
    q = understand("Hải Phòng giao Sở Nội vụ phối hợp những nhiệm vụ nào?")
    assert q.intent == "agency_tasks" and q.role == "coordinating" and q.agencies == ("Sở Nội vụ",)


def test_document_numbers_are_not_years():
    q = understand("Quyết định 1218/QĐ-UBND thực hiện Nghị quyết 66-NQ/TW ngày 30/4/2025 gồm những gì?")
    assert q.doc_numbers == ("1218/QĐ-UBND", "66-NQ/TW")
    assert 2025 not in q.years or q.years == (2025,)
    assert 1218 not in q.years


def test_english_question_has_vietnamese_topic_and_expansions():
    q = understand("which agency leads the legal portal task?")
    assert q.lang == "en"
    assert q.topic == "Cổng pháp luật"
    assert "Cổng pháp luật" in q.expansions
    assert "Cổng pháp luật" in q.search_text


@pytest.mark.parametrize(
    ("question", "answer_type"),
    [
        ("Chi không thấp hơn bao nhiêu phần trăm tổng chi ngân sách?", "percent"),
        ("Ngân sách bao nhiêu tỷ đồng cho Cổng pháp luật Hà Tĩnh?", "money"),
        ("Dự thảo yêu cầu sơ kết vào ngày nào?", "date"),
        ("Kế hoạch đặt tầm nhìn đến năm nào?", "year"),
        ("Hải Phòng có bao nhiêu đơn vị hành chính cấp xã?", "count"),
        ("Ai ký Kế hoạch hành động của Hải Phòng?", "signer"),
        ("Quyết định căn cứ vào những văn bản nào?", "legal_basis"),
        ("Kế hoạch nói gì về chuyển đổi số?", None),
    ],
)
def test_expected_answer_type(question, answer_type):
    assert understand(question).answer_type == answer_type


def test_count_noun():
    assert understand("Hải Phòng có bao nhiêu đơn vị hành chính cấp xã?").count_noun.startswith("don vi")


def test_followup_keeps_topic_and_intent_with_new_province():
    history = ["Cơ quan nào chủ trì nhiệm vụ tổ chức tập huấn ở Hà Tĩnh?"]
    q = understand("Còn ở Phú Thọ thì sao?", history)
    assert q.followup
    assert q.intent == "lead_agency"
    assert q.provinces == ("Phú Thọ",)
    assert q.topic == "tổ chức tập huấn"
    assert "Hà Tĩnh" not in q.search_text


def test_followup_from_chat_messages_and_new_intent():
    history = [
        {"role": "user", "content": "Who is in charge of building Hà Tĩnh's legal portal?"},
        {"role": "assistant", "content": "Sở Tư pháp leads."},
    ]
    q = understand("And what output is set for that task?", history)
    assert q.followup and q.intent == "output"
    assert q.provinces == ("Hà Tĩnh",)
    assert "Cổng pháp luật" in q.topic


def test_a_new_question_is_not_a_followup():
    q = understand(
        "Kết quả của nhiệm vụ tổ chức đoàn kiểm tra là gì?", ["Cơ quan nào chủ trì Cổng pháp luật?"]
    )
    assert not q.followup and "kiểm tra" in q.topic


def test_clean_question_removes_control_characters_and_cuts_long_text():
    text, cut = clean_question("Cơ quan\x00 nào\x1b[31m chủ trì\u200b?")
    assert text == "Cơ quan nào chủ trì ?" and not cut
    text, cut = clean_question("Cổng pháp luật " * 2000)
    assert cut and len(text) <= MAX_QUESTION_CHARS
    q = understand("Cổng pháp luật " * 2000)
    assert q.truncated


def test_only_a_province_name():
    q = understand("ha tinh")
    assert q.provinces == ("Hà Tĩnh",) and q.topic == "" and q.intent == "general"


def test_name_phrases_are_names_not_title_cased_words():
    from assistant.evidence import name_phrases

    def compound(words):
        return "_".join(w.lower() for w in words) in {"kế_hoạch", "thủ_tướng"}

    assert name_phrases("Ai là thủ tướng Nhật Bản?") == ["Nhật Bản"]
    assert name_phrases("Thủ đô của Pháp là gì?") == ["Pháp"]
    # "Kế hoạch" is a title-cased word, not a name; "Hà Tĩnh" is skipped as understood already
    text = "Theo Kế hoạch Hà Tĩnh, ai chủ trì?"
    start = text.index("Hà Tĩnh")
    assert name_phrases(text, [(start, start + len("Hà Tĩnh"))], compound) == ["Kế hoạch"]


def test_vocabulary_tells_a_name_from_a_syllable_of_a_compound():
    from assistant.evidence import Vocabulary

    vocab = Vocabulary(
        ["pháp_luật", "tư_pháp", "thủ_tướng", "ban_hành", "trình", "nghị_quyết", "bản"],
        ["Sở Tư pháp trình Nghị quyết; Thủ tướng Chính phủ ban hành văn bản pháp luật."],
    )
    assert not vocab.knows("Pháp")  # only inside "pháp luật", "Tư pháp"
    assert not vocab.knows("Nhật Bản")  # "bản" is a word, "nhật" is not
    assert vocab.knows("Thủ tướng") and vocab.knows("Sở Tư")  # a token; a phrase the text prints
    assert vocab.compound(("Thủ", "tướng")) and not vocab.compound(("Pháp", "là"))
