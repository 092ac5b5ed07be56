"""A group of task rows named by its title's words, a section's item named by what the question says it is about,
rows asked by their time kind or by their output in the singular, a document's recipients asked as a destination,
the title over a body's points, the bodies given rows of a plan, a level word in an English body name, a name's
word the topic says in a pair, and the head of rows that wait on a text's drafting — on hand-made records."""

from __future__ import annotations

import pytest

from assistant.glossary import english_terms, translate_question
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

PT = "kh_phu_tho.txt"
VL = "kh_vinh_long.txt"
HT = "kh_ha_tinh.txt"
HCM = "kh_174_hcm.txt"
ND = "nd_302.txt"
LC = "kh_7360_lai_chau.txt"

LAW = "Tạo đột phá trong công tác thi hành pháp luật, bảo đảm pháp luật được thực hiện công bằng, nghiêm minh"
BOTH = "Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật"
LEAD = "Bảo đảm sự lãnh đạo của Đảng trong công tác xây dựng pháp luật, tính Đảng trong xây dựng và thi hành pháp luật"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(PT, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="150/KH-UBND",
                 province="Phú Thọ", issuer="UBND tỉnh Phú Thọ"),
        Document(VL, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="120/KH-UBND",
                 province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long"),
        Document(HT, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="310/KH-UBND",
                 province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh"),
        Document(HCM, "Kế hoạch phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "Kế hoạch", number="174/KH-UBND",
                 province="Hồ Chí Minh", issuer="UBND Thành phố Hồ Chí Minh"),
        Document(ND, "Nghị định quy định về Quỹ Nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                 issuer="Chính phủ", national=True),
        Document(LC, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Kế hoạch",
                 number="7360/KH-UBND", province="Lai Châu", issuer="UBND tỉnh Lai Châu"),
    ]  # fmt: skip
    tasks = [
        make_task(PT, "1", "Quán triệt Nghị quyết trong cán bộ, đảng viên", ["Các sở, ngành, địa phương"],
                  ["Sở Tư pháp"], group="I", group_title=LEAD, line=250),
        make_task(PT, "11", "Thực hiện thường xuyên việc kiểm tra, xử lý văn bản", ["Các sở, ngành, địa phương"],
                  ["Sở Tư pháp"], group="III", group_title=LAW, line=459),
        make_task(PT, "12", "Tăng cường đối thoại, tiếp nhận phản ánh, kiến nghị", ["Các sở, ngành, địa phương"],
                  ["Sở Tư pháp"], group="III", group_title=LAW, line=484),
        make_task(PT, "13", "Đánh giá tác động của chính sách sau ban hành", ["Sở Tư pháp"], ["Sở Nội vụ"],
                  group="III", group_title=LAW, line=504),
        make_task(PT, "20", "Bố trí kinh phí bảo đảm cho công tác pháp luật", ["Sở Tài chính"],
                  ["Sở Tư pháp"], group="VI", group_title=BOTH, line=643),
        make_task(HT, "4", "Hướng dẫn, kiểm soát chặt chẽ quy trình ban hành văn bản QPPL", ["Sở Tư pháp"],
                  deadline="Thường xuyên", output="Văn bản", line=628),
        make_task(HT, "5", "Phổ biến, quán triệt thường xuyên Nghị quyết", ["Các sở, ban, ngành cấp tỉnh"],
                  ["Sở Tư pháp"], deadline="Thường xuyên", output="Hội nghị", line=466),
        make_task(HT, "6", "Mời Sở Tư pháp các tỉnh bạn Lào sang làm việc", ["Sở Tư pháp"],
                  deadline="Khi được cơ quan có thẩm quyền cho phép", output="Các cuộc làm việc", line=1125),
        make_task(HT, "7", "Ban hành Kế hoạch xây dựng văn bản QPPL hằng năm", ["Sở Tư pháp"],
                  deadline="Hằng năm", output="Kế hoạch", line=634),
        make_task(HT, "9", "Rà soát văn bản quy phạm pháp luật của tỉnh", ["Các Sở, ban, ngành cấp tỉnh"], line=700),
        make_task(HT, "8", "Xây dựng Kế hoạch ứng dụng trí tuệ nhân tạo trong rà soát văn bản", ["Sở Tư pháp"],
                  deadline="Ngay sau khi Đề án được ban hành", output="Kế hoạch của UBND tỉnh", line=1278),
        make_task(VL, "24", "Bố trí ngân sách tương xứng cho công tác thi hành pháp luật", ["Sở Tài chính"], line=1418),
        make_task(VL, "25", "Hỗ trợ người trực tiếp làm công tác xây dựng pháp luật", ["Sở Tài chính"], line=1454),
        make_task(HCM, "a", "Hoạt động 1: Triển khai Tháng hành động", ["Sở Văn hóa và Thể thao"], line=292),
        make_task(HCM, "b", "Hoạt động 2: Truyền thông Luật Phòng chống bạo lực gia đình", ["Sở Văn hóa và Thể thao"],
                  line=302),
        make_task(HCM, "c", "Hoạt động 3: Hỗ trợ nạn nhân tại cơ sở y tế", ["Sở Y tế"], line=313),
        make_task(LC, "1", "Góp ý dự thảo Nghị định hướng dẫn Luật", ["Sở Khoa học và Công nghệ"],
                  deadline="Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.", line=114),
        make_task(LC, "2", "Triển khai Nghị định hướng dẫn Luật", ["Sở Khoa học và Công nghệ"],
                  deadline="Sau khi Nghị định quy định chi tiết thi hành Luật ban hành.", line=142),
        make_task(LC, "3", "Kiểm tra việc thi hành Luật", ["Sở Khoa học và Công nghệ"], deadline="Năm 2026",
                  line=171),
    ]  # fmt: skip
    iv = "IV. NHIỆM VỤ, GIẢI PHÁP"
    first = "1. Bảo đảm sự lãnh đạo toàn diện của Đảng trong công tác xây dựng và thi hành pháp luật"
    seventh = "7. Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật"
    art = "Điều 24. Trách nhiệm của các bộ, ngành, địa phương"
    fifth = "5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:"
    clauses = [
        Clause(VL, "IV", "Mục IV", (), (272, 272), iv),
        Clause(VL, "IV.1", "Mục IV, khoản 1", (iv,), (274, 278), first),
        Clause(VL, "IV.1.1", "Mục IV, khoản 1, ý 1", (iv, first), (280, 284),
               "- Tăng cường sự lãnh đạo của cấp ủy đối với công tác xây dựng pháp luật."),
        Clause(VL, "IV.1.2", "Mục IV, khoản 1, ý 2", (iv, first), (286, 290),
               "- Phát huy tính Đảng trong xây dựng và thi hành pháp luật."),
        Clause(VL, "IV.7", "Mục IV, khoản 7", (iv,), (539, 541), seventh),
        Clause(VL, "IV.7.1", "Mục IV, khoản 7, ý 1", (iv, seventh), (543, 553),
               "- Thực hiện việc phân bổ ngân sách gắn với khoán chi theo kết quả, sản phẩm."),
        Clause(VL, "IV.7.2", "Mục IV, khoản 7, ý 2", (iv, seventh), (555, 559),
               "- Bảo đảm chi cho công tác xây dựng pháp luật không thấp hơn 0,5% tổng chi ngân sách hằng năm."),
        Clause(VL, "V.5", "Mục V, khoản 5", ("V. TỔ CHỨC THỰC HIỆN",), (614, 618),
               "5. Sở Tài chính căn cứ các quy định của pháp luật hiện hành, chủ trì, phối hợp với các sở, ban, "
               "ngành tỉnh bảo đảm nguồn kinh phí thực hiện hằng năm."),
        Clause(VL, "V.3", "Mục V, khoản 3", ("V. TỔ CHỨC THỰC HIỆN",), (592, 600),
               "3. Các sở, ban, ngành tỉnh định kỳ báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 05/6 và trước "
               "ngày 25/11 hằng năm."),
        Clause(PT, "III.2", "Mục III, khoản 2", ("III. TỔ CHỨC THỰC HIỆN",), (171, 175),
               "2. Các sở, ngành có trách nhiệm rà soát các chương trình, kế hoạch hành động thực hiện các Nghị quyết "
               "của Đảng, Chương trình, Kế hoạch đã ban hành, còn hiệu lực thực hiện có liên quan đến xây dựng và tổ "
               "chức thi hành pháp luật để điều chỉnh, đồng bộ thống nhất với Kế hoạch thực hiện Nghị quyết này."),
        Clause(PT, "III.3", "Mục III, khoản 3", ("III. TỔ CHỨC THỰC HIỆN",), (176, 176),
               "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        Clause(PT, "III.4", "Mục III, khoản 4", ("III. TỔ CHỨC THỰC HIỆN",), (177, 178),
               "4. Sở Tư pháp theo dõi, đôn đốc việc triển khai Kế hoạch này; tổng hợp, báo cáo UBND tỉnh kết quả "
               "thực hiện."),
        Clause(HT, "III.1", "Mục III, khoản 1", ("III. TỔ CHỨC THỰC HIỆN",), (300, 300), "1. Sở Tư pháp"),
        Clause(HT, "III.1.1", "Mục III, khoản 1, ý 1", ("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp"), (302, 304),
               "- Chủ trì theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch."),
        Clause(PT, "KET", "Phần kết", (), (184, 186),
               "Trong quá trình thực hiện Kế hoạch này, nếu có khó khăn, vướng mắc đề nghị các sở, ngành kịp thời "
               "phản ánh về Sở Tư pháp để tổng hợp báo cáo UBND tỉnh."),
        Clause(PT, "noi-nhan", "Nơi nhận", (), (188, 195),
               "Nơi nhận: - Văn phòng Chính phủ; - Bộ Tư pháp; - Các sở, ban, ngành thuộc tỉnh; - UBND các huyện."),
        Clause(ND, "Điều 24", "Điều 24", (), (830, 831), art),
        Clause(ND, "Điều 24.5", "Điều 24, khoản 5", (art,), (845, 846), fifth),
        Clause(ND, "Điều 24.5.a", "Điều 24, khoản 5, điểm a", (art, fifth), (848, 851),
               "a) Quyết định việc thành lập mới, tổ chức lại Quỹ nhà ở địa phương;"),
        Clause(ND, "Điều 24.5.b", "Điều 24, khoản 5, điểm b", (art, fifth), (853, 855),
               "b) Ban hành Quy chế tổ chức và hoạt động Quỹ nhà ở địa phương;"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _lines(outcome) -> set[int]:
    return {c.lines[0] for c in outcome.citations}


def test_a_group_named_by_its_title_words_keeps_the_body_listing_to_that_group(view):
    # (groups I and VI say "thi hành pháp luật" too, as the second of two fields joined by "và")
    _, _, outcome = ask_view(
        view,
        "Trong nhóm nhiệm vụ về thi hành pháp luật của phụ lục Phú Thọ, những nhiệm vụ nào có Sở Tư pháp phối hợp?",
    )
    assert _lines(outcome) == {459, 484}, outcome.text
    # (without a group named, every row it coordinates)
    _, _, every = ask_view(view, "Những nhiệm vụ nào trong phụ lục Phú Thọ có Sở Tư pháp phối hợp?")
    assert _lines(every) == {250, 459, 484, 643}, every.text


def test_a_word_of_the_body_name_said_in_a_pair_of_the_topic_stays_in_the_topic():
    query = understand("Sở Tư pháp chủ trì những nhiệm vụ nào về thi hành pháp luật?")
    assert "pháp luật" in query.topic, query.topic
    # (typed apart, the name's own words are no topic)
    assert "chinh" not in understand("so tai chinh chu tri nhung nhiem vu nao?").topic.split()


def test_the_item_a_question_says_a_section_is_about_is_quoted_not_the_whole_section(view):
    _, _, outcome = ask_view(
        view,
        "Kế hoạch Vĩnh Long đề ra những giải pháp gì về cơ chế tài chính cho công tác xây dựng và thi hành pháp luật?",
    )
    assert _lines(outcome) >= {539, 543, 555} and 274 not in _lines(outcome), outcome.text
    # (the whole part, when the question says no one item's title)
    _, _, whole = ask_view(view, "Kế hoạch Vĩnh Long đề ra những nhiệm vụ, giải pháp nào?")
    assert {274, 539} <= _lines(whole), whole.text


def test_rows_of_a_time_kind_asked_before_nao_are_a_listing(view):
    query = understand(
        "Những nhiệm vụ thường xuyên nào trong phụ lục kế hoạch Hà Tĩnh do Sở Tư pháp chủ trì?"
    )
    assert query.intent == "agency_tasks" and "thường xuyên" in query.periods, query
    _, _, outcome = ask_view(
        view, "nhung nhiem vu thuong xuyen nao trong phu luc ke hoach ha tinh do so tu phap chu tri?"
    )
    assert _lines(outcome) == {628}, outcome.text


def test_rows_by_their_output_asked_in_the_singular(view):
    _, _, outcome = ask_view(view, "Nhiệm vụ nào trong phụ lục Hà Tĩnh có sản phẩm đầu ra là một kế hoạch?")
    assert outcome.strategy == "cell_listing", (outcome.strategy, outcome.text)
    assert _lines(outcome) == {634, 1278}, outcome.text


def test_where_a_document_itself_is_sent_is_its_recipients_not_where_problems_go(view):
    _, _, outcome = ask_view(view, "Kế hoạch của UBND tỉnh Phú Thọ được gửi đến đâu?")
    assert _lines(outcome) == {188}, outcome.text
    _, _, problems = ask_view(view, "Theo kế hoạch Phú Thọ, vướng mắc được gửi đến đâu?")
    assert 188 not in _lines(problems), problems.text


def test_a_body_s_points_come_with_the_title_that_says_whose_they_are(view):
    _, _, outcome = ask_view(
        view, "Under Decree 302/2025/NĐ-CP, what are the responsibilities of provincial People's Committees?"
    )
    assert _lines(outcome) == {845, 848, 853}, outcome.text
    assert "Ủy ban nhân dân cấp tỉnh:" in outcome.text


def test_the_bodies_given_the_rows_of_a_plan(view):
    for question in (
        "Which city bodies are assigned tasks in HCM City plan 174?",
        "Những cơ quan nào được giao nhiệm vụ trong Kế hoạch 174 của TP.HCM?",
    ):
        _, _, outcome = ask_view(view, question)
        assert outcome.strategy == "lead_bodies", (question, outcome.strategy, outcome.text)
        assert _lines(outcome) == {292, 302, 313}, outcome.text


def test_a_level_word_before_a_body_name_is_part_of_the_name():
    question = "What does the provincial Department of Health have to do under Can Tho's Directive 09?"
    assert "cấp tỉnh" not in translate_question(question)
    assert [phrase for phrase, _ in english_terms(question)][0] == "provincial Department of Health"
    # (alone, the level word is still read: "provincial departments")
    assert "cấp tỉnh" in translate_question("Which provincial departments lead tasks?")


def test_a_sentence_that_opens_with_the_body_and_says_how_before_its_lead(view):
    # (beside its row, the sentence of the implementation part that gives it the lead)
    _, _, outcome = ask_view(view, "Sở Tài chính Vĩnh Long được giao chủ trì những nhiệm vụ nào?")
    assert _lines(outcome) == {1418, 1454, 614}, outcome.text


def test_rows_waiting_on_a_text_s_drafting_are_said_so_when_its_issuing_is_asked(view):
    _, _, outcome = ask_view(
        view,
        "Kế hoạch 7360 của Lai Châu có những nhiệm vụ nào có thời gian thực hiện phụ thuộc vào việc ban hành văn bản "
        "khác?",
    )
    assert _lines(outcome) == {114, 142}, outcome.text
    assert "soạn thảo" in outcome.text.splitlines()[0], outcome.text


def test_bodies_of_a_level_asked_are_no_comparison_of_provinces_and_are_grouped_by_name(view):
    question = "Những cơ quan cấp tỉnh nào chủ trì nhiệm vụ trong kế hoạch Hà Tĩnh?"
    assert understand(question).intent != "compare"
    assert understand("Tỉnh nào giao Sở Tư pháp chủ trì xây dựng Cổng pháp luật?").intent == "compare"
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "lead_bodies", (outcome.strategy, outcome.text)
    # ("Các Sở, ban, ngành cấp tỉnh" and "Các sở, ban, ngành cấp tỉnh" are one body, counted once, shown as printed)
    assert "Các sở, ban, ngành cấp tỉnh (2)" in outcome.text.splitlines()[0], outcome.text


def test_how_two_places_arrange_reporting_is_each_one_s_reporting_sentences(view):
    _, _, outcome = ask_view(
        view, "Vĩnh Long và Phú Thọ quy định việc báo cáo kết quả thực hiện kế hoạch như thế nào?"
    )
    assert outcome.strategy == "reporting", (outcome.strategy, outcome.text)
    assert {592, 177} <= _lines(outcome), outcome.text


def test_the_other_bodies_besides_one_set_aside(view):
    question = "Ngoài Sở Tư pháp, những cơ quan nào khác chủ trì nhiệm vụ trong kế hoạch Hà Tĩnh?"
    assert understand(question).agencies_set_aside
    assert understand(
        "Trong phụ lục, những nhiệm vụ nào do cơ quan khác ngoài Sở Tư pháp chủ trì?"
    ).agencies_set_aside
    assert not understand("Ngoài Sở Tư pháp, Sở Nội vụ chủ trì những nhiệm vụ nào?").agencies_set_aside
    _, _, outcome = ask_view(view, question)
    assert outcome.strategy == "lead_bodies", (outcome.strategy, outcome.text)
    head = outcome.text.splitlines()[0]
    assert "Các sở, ban, ngành cấp tỉnh" in head and "Sở Tư pháp" not in head, outcome.text


def test_how_the_work_is_shared_out_quotes_each_body_s_paragraph_at_length(view):
    _, _, outcome = ask_view(
        view, "Phần tổ chức thực hiện kế hoạch Phú Thọ phân công trách nhiệm cho các cơ quan ra sao?"
    )
    assert outcome.strategy == "addressees", (outcome.strategy, outcome.text)
    assert "điều chỉnh, đồng bộ thống nhất" in outcome.text, outcome.text
    # (asked only who is given work, the paragraphs are quoted short)
    _, _, who = ask_view(view, "Kế hoạch Phú Thọ giao nhiệm vụ cho những cơ quan nào?")
    assert who.strategy == "addressees" and "đồng bộ thống nhất" not in who.text, (who.strategy, who.text)


def test_a_body_s_rows_asked_in_english_by_either_role_by_drafting_or_by_where_it_is_listed():
    either = understand(
        "What is the Department of Science and Technology responsible for under the plan, either as lead or as a "
        "coordinating agency?"
    )
    assert (either.intent, either.role) == ("agency_tasks", "either")
    drafting = understand("Which texts is the Department of Justice responsible for drafting under the plan?")
    assert drafting.intent == "agency_tasks", drafting
    listed = understand(
        "Where does Hai Phong's action plan list the Department of Home Affairs as a coordinating body?"
    )
    assert (listed.intent, listed.role) == ("agency_tasks", "coordinating")
    # (one task's lead, asked as before)
    assert understand("Which agency leads the legal portal task?").intent == "lead_agency"


def test_how_the_body_is_printed_is_no_topic_of_its_rows(view):
    # ("trực tiếp hoặc ghi trong ngoặc": in its own name or in brackets after a collective)
    _, _, outcome = ask_view(
        view,
        "Phụ lục của Vĩnh Long giao Sở Tài chính chủ trì (trực tiếp hoặc ghi trong ngoặc) những nhiệm vụ nào?",
    )
    assert {1418, 1454} <= _lines(outcome), outcome.text
