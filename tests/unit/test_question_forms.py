"""Question forms met in questions written by others: which of two things after a comma, a place asked
(not compared), an adjective before a noun ("which earlier law"), yes/no endings, the body that issued a
document, bounds printed in words, a document's header, a foreign country in an English question."""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.evidence import Stats, has_answer_type, terms
from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import _asks_when
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task


def test_which_of_two_things_after_a_comma_splits_at_the_comma():
    parts = halves(
        "o ha tinh, hoi thao ve giai phap thuc hien NQ 66 va de an doi moi to chuc thi hanh phap luat, "
        "viec nao co thoi han som hon?"
    )
    assert parts is not None
    assert (parts.context, parts.first, parts.second) == (
        "o ha tinh",
        "hoi thao ve giai phap thuc hien NQ 66",
        "de an doi moi to chuc thi hanh phap luat",
    )
    # without a "which one" ask, two unlike phrases are no pair
    assert halves("Hội thảo về giải pháp và đề án đổi mới tổ chức thi hành pháp luật do ai chủ trì?") is None


@pytest.mark.parametrize(
    "question",
    [
        "Trụ sở chính của Quỹ nhà ở trung ương đặt ở tỉnh, thành phố nào?",
        "Trung tâm điều hành được đặt tại thành phố nào?",
    ],
)
def test_where_one_thing_is_asks_a_place_and_compares_nothing(question):
    query = understand(question)
    assert query.intent != "compare"
    assert query.answer_type == "place"


def test_places_are_still_compared():
    assert understand("Tỉnh nào giao Sở Tư pháp chủ trì xây dựng Cổng pháp luật?").intent == "compare"


def test_an_adjective_before_a_noun_asks_for_that_thing():
    query = understand(
        "When does the Employment Law No. 74/2025/QH15 come into force, and which earlier law does it terminate?"
    )
    assert query.intent != "compare"
    assert understand("Which was issued earlier, Decree 302 or Circular 23?").intent == "compare"


def test_which_department_leads_is_a_lead_question_and_cooperation_is_a_topic():
    query = understand("Which Hai Phong department leads the city's legal cooperation with Lao provinces?")
    assert query.intent == "lead_agency"
    assert "Lào" in query.topic
    assert understand("Which agencies cooperate with the Department of Justice?").intent == (
        "coordinating_agencies"
    )


def test_yes_no_endings_and_role_words_are_no_topic():
    query = understand(
        "Vĩnh Long và Phú Thọ yêu cầu các sở ban hành kế hoạch trong thời hạn nào; hai tỉnh có giống nhau không?"
    )
    assert query.topic.split()[-1] == "hoạch"
    listing = understand("Ban Nội chính Trung ương là cơ quan chủ quản của những loại dữ liệu nào?")
    assert listing.topic == "dữ liệu"
    assert "không" in understand("Những nhiệm vụ nào không có thời hạn cụ thể?").topic


def test_the_body_that_issued_the_document_is_no_agency_asked_about():
    query = understand(
        "Mục đích của kế hoạch triển khai NQ 66 do UBND tỉnh Hà Tĩnh ban hành gồm những điểm nào?"
    )
    assert query.agencies == ()
    assert understand("Kế hoạch giao Sở Tư pháp chủ trì những nhiệm vụ nào?").agencies == ("Sở Tư pháp",)


def test_a_bound_printed_in_words_answers_its_name():
    stats = Stats(["bảo đảm chi không thấp hơn 0,5% tổng chi", "mức chi tối đa", "không quá 05 ngày"])
    asked = terms("mức chi tối thiểu")
    assert stats.coverage(
        asked, terms("Bảo đảm chi không thấp hơn 0,5% tổng chi ngân sách")
    ) > stats.coverage(asked, terms("Bảo đảm chi 0,5% tổng chi ngân sách"))
    assert terms("thời gian không quá 05 ngày").bigrams >= {"toi da"}


def test_where_a_document_was_signed_is_no_place_answer():
    header = "Số: 2597/QĐ-TTg Hà Nội, ngày 27 tháng 11 năm 2025 QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN"
    assert not has_answer_type(header, "place")
    assert has_answer_type("Thí điểm tại thành phố Đà Nẵng.", "place")


def test_a_time_limit_to_act_is_asked_even_of_issuing_a_plan():
    assert _asks_when("Các sở phải ban hành kế hoạch riêng trong thời hạn nào?")
    assert not _asks_when("Kế hoạch được ban hành ngày nào?")


D = "ht.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(
            D,
            "Kế hoạch triển khai thực hiện Nghị quyết 66",
            "Kế hoạch",
            province="Hà Tĩnh",
            issuer="UBND tỉnh Hà Tĩnh",
        )
    ]
    clauses = [
        Clause(D, "I", "Mục I", (), (10, 10), "I. MỤC ĐÍCH, YÊU CẦU"),
        Clause(
            D,
            "I.1",
            "Mục I, khoản 1",
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            (11, 12),
            "1. Triển khai đầy đủ Nghị quyết.",
        ),
        Clause(
            D, "I.2", "Mục I, khoản 2", ("I. MỤC ĐÍCH, YÊU CẦU",), (13, 14), "2. Xác định nhiệm vụ cụ thể."
        ),
        Clause(
            D,
            "II.1",
            "Mục II, khoản 1",
            (),
            (20, 21),
            "1. Tăng cường hợp tác quốc tế về pháp luật với các địa phương nước bạn.",
        ),
    ]
    tasks = [
        make_task(
            D, "1", "Hợp tác quốc tế về pháp luật với các địa phương nước bạn", ["Sở Ngoại vụ"], line=40
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_section_asked_with_its_issuer_and_its_points(view):
    _, _, outcome = ask_view(
        view,
        "Mục đích, yêu cầu của kế hoạch triển khai NQ 66 do UBND tỉnh Hà Tĩnh ban hành gồm những điểm nào?",
    )
    assert outcome.strategy == "section"
    assert [c.lines for c in outcome.citations] == [(10, 10), (11, 12), (13, 14)]


def test_a_foreign_country_the_evidence_does_not_name_is_not_answered(view):
    _, _, outcome = ask_view(view, "Which Ha Tinh department leads legal cooperation with Lao provinces?")
    assert outcome.abstained
    _, _, outcome = ask_view(view, "Which Ha Tinh department leads international legal cooperation?")
    assert not outcome.abstained
    assert "Sở Ngoại vụ" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ tiêu chi R&D tối thiểu 2% và chỉ tiêu tỷ trọng kinh phí xã hội ở Bắc Ninh do cùng một cơ quan chủ trì không?",
        "In Hà Tĩnh's appendix, do the same department lead the task of building AI policies and the task of revising documents?",
        "Mốc hoàn thành sửa đổi văn bản và mốc hoàn thiện pháp luật về đầu tư cách nhau thế nào?",
        "Hạn UBND xã gửi báo cáo và hạn Sở Tài chính báo cáo Bộ Tài chính chênh nhau thế nào?",
        "In the Culture Ministry's appendix, which is due first: the cybersecurity task or the review of online services?",
        "Ở Vĩnh Long, sửa đổi văn bản phục vụ tinh gọn bộ máy và phát động phong trào – việc nào phải làm trước?",
    ],
)
def test_two_things_compared_in_other_words(question):
    assert understand(question).intent == "compare"


def test_a_dash_ends_the_second_thing_and_a_two_word_parallel_wins():
    parts = halves(
        "Ở Vĩnh Long, sửa đổi văn bản QPPL phục vụ tinh gọn bộ máy và phát động phong trào "
        '"Thượng tôn Hiến pháp và pháp luật" – việc nào phải làm trước?'
    )
    assert (parts.context, parts.first) == ("Ở Vĩnh Long", "sửa đổi văn bản QPPL phục vụ tinh gọn bộ máy")
    assert parts.second == 'phát động phong trào "Thượng tôn Hiến pháp và pháp luật"'
    # "quy định" / "quy chuẩn" share one word by chance; "thời gian … và thời gian …" share two
    parts = halves(
        "Với Nghị định quy định chi tiết Luật Tiêu chuẩn và quy chuẩn kỹ thuật, thời gian góp ý dự thảo và "
        "thời gian tổ chức triển khai ở Lai Châu khác nhau ra sao?"
    )
    assert (parts.first, parts.second) == (
        "thời gian góp ý dự thảo",
        "thời gian tổ chức triển khai ở Lai Châu",
    )
    parts = halves("luat sua doi luat to chuc quoc hoi va nghi quyet sua noi quy ky hop, khac nhau the nao")
    assert (parts.first, parts.second) == (
        "luat sua doi luat to chuc quoc hoi",
        "nghi quyet sua noi quy ky hop",
    )


def test_the_proposal_is_asked_even_of_which_body():
    query = understand(
        "Quyết định 1627/QĐ-UBND được ban hành theo đề nghị của cơ quan nào, tại văn bản số mấy?"
    )
    assert query.answer_type == "proposal"


def test_two_asks_widen_the_quote():
    from assistant.matching import _two_asks

    assert _two_asks("How many people were dead or missing and what was the estimated damage?")
    assert _two_asks("What were the estimated losses and the number of dead or missing?")
    assert _two_asks("Khâu thẩm định do ai làm và được bao nhiêu ngày?")
    assert not _two_asks("Sở Tư pháp và Sở Nội vụ chủ trì nhiệm vụ nào?")


L = "law.txt"


@pytest.fixture(scope="module")
def law_view() -> IndexView:
    docs = [
        Document(L, "Nghị định về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP", national=True),
        Document(
            "rule.txt", "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", national=True
        ),
        Document(
            "tt.txt",
            "Thông tư về phân cấp",
            "Thông tư",
            number="23/2025/TT-BTP",
            national=True,
            date="2025-11-20",
        ),
    ]
    clauses = [
        Clause(
            L,
            "Điều 23",
            "Điều 23",
            (),
            (768, 770),
            "Điều 23. Nội dung kiểm tra Bộ Xây dựng tổ chức kiểm tra hoạt động của Quỹ. Nội dung kiểm tra bao gồm:",
        ),
        Clause(
            L,
            "Điều 23.1",
            "Điều 23, khoản 1",
            (),
            (771, 772),
            "1. Tình hình quản lý, sử dụng vốn, tài sản của Quỹ.",
        ),
        Clause(
            L,
            "Điều 23.2",
            "Điều 23, khoản 2",
            (),
            (773, 774),
            "2. Tình hình thu chi và kết quả hoạt động của Quỹ.",
        ),
        Clause("rule.txt", "Điều 5", "Điều 5", (), (187, 187), "Điều 5. Các hành vi bị nghiêm cấm"),
        Clause(
            "rule.txt", "Điều 5.1", "Điều 5, khoản 1", (), (188, 189), "1. Cản trở hoạt động kết nối dữ liệu."
        ),
        Clause(
            "rule.txt", "Điều 5.2", "Điều 5, khoản 2", (), (190, 191), "2. Làm sai lệch thông tin dữ liệu."
        ),
        Clause(
            "tt.txt",
            "preamble",
            "Phần mở đầu",
            (),
            (1, 3),
            "BỘ TƯ PHÁP Số: 23/2025/TT-BTP Hà Nội, ngày 20 tháng 11 năm 2025 THÔNG TƯ VỀ PHÂN CẤP",
            "preamble",
        ),
        Clause(
            "tt.txt",
            "Điều 21.1",
            "Điều 21, khoản 1",
            (),
            (421, 422),
            "1. Thông tư này có hiệu lực thi hành kể từ ngày ký ban hành.",
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


def test_a_passage_that_opens_a_list_is_answered_with_its_items(law_view):
    _, _, outcome = ask_view(
        law_view, "What do the Ministry of Construction's inspections of the Housing Fund cover?"
    )
    assert [c.lines for c in outcome.citations] == [(768, 770), (771, 772), (773, 774)]


def test_a_title_asked_for_in_another_order_is_the_section(law_view):
    _, _, outcome = ask_view(law_view, "Quy định về kết nối, chia sẻ dữ liệu nghiêm cấm những hành vi nào?")
    assert outcome.strategy == "section"
    assert [c.lines for c in outcome.citations] == [(187, 187), (188, 189), (190, 191)]


def test_in_force_from_signing_also_says_when_it_was_signed(law_view):
    _, _, outcome = ask_view(law_view, "Thông tư 23/2025/TT-BTP có hiệu lực từ khi nào?")
    assert {c.lines for c in outcome.citations} == {(421, 422), (1, 3)}
    assert "ngày 20 tháng 11 năm 2025" in outcome.text


def test_phoi_hop_naming_the_task_stays_in_a_lead_question():
    query = understand("Lai Châu bắt đầu phối hợp kiểm tra việc thi hành Luật từ năm nào, ai chủ trì?")
    assert query.intent == "lead_agency" and "phối hợp kiểm tra" in query.topic
    assert "phối hợp" not in understand("Cơ quan nào phối hợp với Sở Tư pháp xây dựng Cổng pháp luật?").topic


def test_specific_is_no_thing_asked():
    query = understand("What specific duties does Hải Phòng's plan give the Department of Home Affairs?")
    assert "đặc biệt" not in query.topic


B = "tt23.txt"


@pytest.fixture(scope="module")
def items_view() -> IndexView:
    docs = [
        Document(
            B,
            "Thông tư về phân cấp quản lý tổ chức cán bộ",
            "Thông tư",
            number="23/2025/TT-BTP",
            national=True,
        ),
        Document(
            "cb.txt",
            "Quyết định công bố thủ tục hành chính",
            "Quyết định",
            province="Cao Bằng",
            issuer="UBND tỉnh Cao Bằng",
        ),
    ]
    intro = "1. Vụ trưởng Vụ Tổ chức cán bộ quản lý hồ sơ giấy và hồ sơ điện tử của:"
    clauses = [
        Clause(B, "Điều 14", "Điều 14", (), (300, 300), "Điều 14. Quản lý hồ sơ"),
        Clause(B, "Điều 14.1", "Điều 14, khoản 1", ("Điều 14. Quản lý hồ sơ",), (301, 301), intro),
        Clause(
            B,
            "Điều 14.1.a",
            "Điều 14, khoản 1, điểm a",
            ("Điều 14. Quản lý hồ sơ", intro),
            (302, 303),
            "a) Công chức của các Cục, Vụ, Văn phòng bộ.",
        ),
        Clause(
            B,
            "Điều 14.1.b",
            "Điều 14, khoản 1, điểm b",
            ("Điều 14. Quản lý hồ sơ", intro),
            (304, 304),
            "b) Cục trưởng Cục Quản lý Thi hành án dân sự.",
        ),
        Clause(
            "cb.txt",
            "I.1",
            "Mục I, khoản 1",
            (),
            (10, 11),
            "1. Sở Văn hóa, Thể thao và Du lịch thực hiện các thủ tục hành chính tại Phụ lục.",
        ),
    ]
    tasks = [
        make_task(
            "cb.txt",
            "Bước 3",
            "Thẩm định, thụ lý hồ sơ thủ tục dự thi người đẹp",
            ["Công chức phòng QLVH&GĐ"],
            deadline="2,5 ngày làm việc",
            line=839,
        )
    ]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_list_item_is_quoted_with_the_sentence_that_opens_its_list(items_view):
    _, _, outcome = ask_view(
        items_view, "Ai quản lý hồ sơ giấy và hồ sơ điện tử của Cục trưởng Cục Quản lý Thi hành án dân sự?"
    )
    assert "Vụ trưởng Vụ Tổ chức cán bộ" in outcome.text
    assert {c.lines for c in outcome.citations} == {(304, 304), (301, 301)}


def test_an_agency_named_as_where_something_is_done_need_not_be_in_the_row(items_view):
    _, _, outcome = ask_view(
        items_view, "Khâu thẩm định, thụ lý hồ sơ thủ tục dự thi người đẹp tại Sở VHTTDL Cao Bằng do ai làm?"
    )
    assert not outcome.abstained
    assert "Công chức phòng QLVH&GĐ" in outcome.text


def test_to_whom_a_letter_is_addressed_asks_its_recipients():
    from assistant.matching import _ASKS_RECIPIENTS
    from indexer.text import fold

    asked = "To whom is the Hà Tĩnh Provincial Party Committee's draft letter on Resolution 66 addressed?"
    assert _ASKS_RECIPIENTS.search(fold(asked))
    assert not _ASKS_RECIPIENTS.search(fold("To whom must the Department of Justice report the results?"))
    assert not _ASKS_RECIPIENTS.search(
        fold("By when must ministries issue their plans, and to whom are they sent?")
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Thông tư 23/2025/TT-BTP thay thế thông tư nào trước đây?", "replaces"),
        (
            "When does the Employment Law come into force, and which earlier law does it terminate?",
            "replaces",
        ),
        ("Lễ phát động được tổ chức ở địa điểm nào?", "location"),
        ("Hồ sơ nộp ở đâu?", "location"),
        ("Where is the procedure carried out?", "location"),
    ],
)
def test_what_replaces_and_where_are_asked_kinds(question, kind):
    assert understand(question).answer_type == kind


def test_what_says_a_replacement_or_a_place():
    assert has_answer_type("Thông tư này thay thế Thông tư số 03/2021/TT-BTP.", "replaces")
    assert has_answer_type(
        "Luật Việc làm số 38/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực.", "replaces"
    )
    assert not has_answer_type(
        "Trường hợp các quy định có liên quan sửa đổi, thay thế nhưng không có quy định khác.", "replaces"
    )
    assert has_answer_type("Địa điểm thực hiện: Trung tâm Phục vụ hành chính công tỉnh Cao Bằng", "location")
    assert not has_answer_type(
        "Lồng ghép tổ chức Lễ phát động, các hoạt động hưởng ứng Tháng hành động.", "location"
    )


def test_review_cases_stay_as_they_were():
    # year ranges are not split at their dash; "chênh lệch" alone compares nothing; "định kỳ" is no signing
    parts = halves("Mục tiêu giai đoạn 2021 - 2025 và mục tiêu giai đoạn 2026 - 2030 khác nhau thế nào?")
    assert (parts.first, parts.second) == ("Mục tiêu giai đoạn 2021 - 2025", "mục tiêu giai đoạn 2026 - 2030")
    assert understand("Phần chênh lệch thu lớn hơn chi được sử dụng như thế nào?").intent != "compare"
    assert understand("Kế hoạch yêu cầu báo cáo do Sở Nội vụ tổng hợp định kỳ gửi ai?").agencies == (
        "Sở Nội vụ",
    )
    assert "Sở Tư pháp" in understand("Kế hoạch do Sở Tư pháp tham mưu UBND tỉnh ban hành giao gì?").agencies
    assert understand("Quyết định bãi bỏ thủ tục hành chính nào?").answer_type != "replaces"
    assert understand("Tại đầu cầu tỉnh, hội nghị có nội dung gì?").answer_type != "location"
    assert understand("The headquarters is located in which province?").answer_type == "place"
    assert has_answer_type("Trụ sở đặt tại Đà Nẵng, ngày 10 tháng 3 năm 2025 khai trương.", "place")
    from assistant.matching import _two_asks

    assert not _two_asks("Ai phối hợp với Sở Tư pháp và Sở Nội vụ?")
