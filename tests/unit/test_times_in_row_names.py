"""Rules of the thirty-eighth session, on hand-made records and questions: a row whose time column is empty but
whose own name prints the time of the work ("Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12)") answers
a deadline question with that time, said as the name's; a year in a name or a date beside a document's number is
no time of the work, and such a row stays an abstention that shows the row. A section whose title in capitals
opens a lead-in sentence ("II. NHIỆM VỤ CỤ THỂ Nhằm đạt được …"), asked by its marker and title ("the groups of
tasks in Section II (Nhiệm vụ cụ thể)"), is answered by the items under it. The legal bases of a plan that prints
no "Căn cứ" line are what its preamble says it carries out. "ubnd tinh", "thanh pho" before a province typed
without marks name the place, as with marks. A place a national document prints only in its dateline ("Hà Nội, ngày
27 tháng 11 năm 2025") is not spoken of there. A named thing typed without marks ("cong phap luat") is the one way
the documents print it ("cổng pháp luật"), which the evidence must print. "The Vietnam Fatherland Front committee" of
a province's plan is the provincial committee. Deadlines compared for which comes first may be years ("Năm 2027"). A year asked with the spans across years set
aside ("ghi đúng là “Năm 2026” (không tính các mốc kéo dài 2025-2026)") lists the times wholly within it.
"""

from __future__ import annotations

import pytest

from assistant.compose import time_in_name
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

PLAN = "hcm.txt"


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng Ngày Quốc tế (ngày 25/11).",
         "từ ngày 15/11 đến ngày 15/12"),
        ("Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025", "trước ngày 10/01/2025"),
        ("Tổ chức hội nghị sơ kết trong quý III/2026", "trong quý III/2026"),
        ("Tổ chức tập huấn từ tháng 3 đến tháng 5/2026", "từ tháng 3 đến tháng 5/2026"),
        ("Tổ chức hệ thống hóa văn bản quy phạm pháp luật kỳ 2024-2028", None),
        ("Triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị", None),
        ("Tổ chức Tháng hành động vì bình đẳng giới năm 2025", None),
    ],
)  # fmt: skip
def test_the_time_of_the_work_a_row_name_prints(name, said):
    assert time_in_name(name) == said


def _view(name: str) -> IndexView:
    docs = [Document(PLAN, "Kế hoạch triển khai Tháng hành động vì bình đẳng giới", "Kế hoạch",
                     number="174/KH-UBND", province="Hồ Chí Minh")]  # fmt: skip
    clauses = [Clause(PLAN, "V.1", "Mục V, khoản 1", ("V. TỔ CHỨC THỰC HIỆN",), (400, 401),
                      "1. Sở Nội vụ theo dõi, hướng dẫn các đơn vị.")]  # fmt: skip
    tasks = [make_task(PLAN, "1", name, ["Sở Nội vụ"], deadline=None, line=292)]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_row_whose_name_prints_its_time_answers_with_it_in_english_and_vietnamese():
    view = _view(
        "Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng Ngày Quốc tế xóa bỏ bạo lực"
    )
    _, _, outcome = ask_view(
        view, "Khi nào triển khai Tháng hành động và hưởng ứng Ngày Quốc tế xóa bỏ bạo lực?"
    )
    assert not outcome.abstained, outcome.text
    assert "tên nhiệm vụ ghi thời gian: từ ngày 15/11 đến ngày 15/12" in outcome.text
    _, _, outcome = ask_view(view, "When is the Action Month (Tháng hành động) rolled out?")
    assert not outcome.abstained, outcome.text
    assert "its name gives the time: từ ngày 15/11 đến ngày 15/12" in outcome.text


def test_a_row_whose_name_prints_only_a_document_date_stays_an_abstention():
    view = _view("Triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 về Tháng hành động")
    _, _, outcome = ask_view(view, "Khi nào triển khai Nghị quyết số 66-NQ/TW về Tháng hành động?")
    assert outcome.abstained and outcome.meta.get("abstain") == "blank_time", outcome.text
    assert outcome.citations  # the row is still shown


def _sections_view() -> IndexView:
    doc = "phutho.txt"
    docs = [Document(doc, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", number="45/KH-UBND",
                     province="Phú Thọ")]  # fmt: skip
    under = ("II. NHIỆM VỤ CỤ THỂ",)
    clauses = [
        Clause(doc, "I", "Mục I", (), (28, 28), "I. MỤC TIÊU"),
        Clause(doc, "I.1", "Mục I, khoản 1", ("I. MỤC TIÊU",), (29, 30),
               "1. Tổ chức triển khai đầy đủ các quan điểm, mục tiêu của Nghị quyết."),
        Clause(doc, "II", "Mục II", (), (43, 49),
               "II. NHIỆM VỤ CỤ THỂ Nhằm đạt được mục tiêu, nhiệm vụ Nghị quyết số 66-NQ/TW của Bộ Chính trị, "
               "trong thời gian tới, bên cạnh các nhiệm vụ thường xuyên, các sở, ngành tập trung thực hiện tốt "
               "các nhiệm vụ sau:"),
        Clause(doc, "II.1", "Mục II, khoản 1", under, (50, 52),
               "1. Bảo đảm sự lãnh đạo toàn diện của Đảng trong công tác xây dựng pháp luật"),
        Clause(doc, "II.2", "Mục II, khoản 2", under, (71, 73),
               "2. Đổi mới tư duy, định hướng xây dựng pháp luật"),
        Clause(doc, "II.3", "Mục II, khoản 3", under, (96, 98),
               "3. Tạo đột phá trong công tác thi hành pháp luật"),
        Clause(doc, "III", "Mục III", (), (163, 163), "III. TỔ CHỨC THỰC HIỆN"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "What are the three groups of tasks set out in Section II (Nhiệm vụ cụ thể) of Phú Thọ's plan?",
        "Which task groups does Part II (Nhiệm vụ cụ thể) of the Phú Thọ plan set out?",
    ],
)
def test_a_section_whose_capital_title_opens_a_lead_in_is_answered_by_its_items(question):
    _, _, outcome = ask_view(_sections_view(), question)
    assert outcome.strategy == "section", outcome.text
    assert [c.lines for c in outcome.citations][-3:] == [(50, 52), (71, 73), (96, 98)]


def _recital_view() -> IndexView:
    doc = "hatinh.txt"
    docs = [Document(doc, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="12/KH-UBND",
                     province="Hà Tĩnh")]  # fmt: skip
    clauses = [
        Clause(doc, "preamble", "Phần mở đầu", (), (17, 25),
               "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và "
               "thi hành pháp luật; Chương trình hành động số 45-CTr/TU ngày 03/7/2025 của Ban Thường vụ Tỉnh ủy "
               "về thực hiện Nghị quyết số 66-NQ/TW; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai với các "
               "nội dung sau:", "preamble"),
        Clause(doc, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (27, 28),
               "1. Tổ chức triển khai đầy đủ các quan điểm, mục tiêu của Nghị quyết."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch của UBND tỉnh Hà Tĩnh căn cứ vào những văn bản nào?",
        "What is the legal basis of the Hà Tĩnh People's Committee plan?",
    ],
)
def test_the_bases_of_a_plan_that_prints_no_can_cu_are_what_it_carries_out(question):
    _, _, outcome = ask_view(_recital_view(), question)
    assert not outcome.abstained, outcome.text
    assert (17, 25) in [c.lines for c in outcome.citations]
    assert "45-CTr/TU" in outcome.text


@pytest.mark.parametrize(
    ("typed", "marked"),
    [
        ("cac nhiem vu cua so noi vu trong phan to chuc thuc hien ke hoach cua ubnd tinh ha tinh",
         "Các nhiệm vụ của Sở Nội vụ trong phần tổ chức thực hiện kế hoạch của UBND tỉnh Hà Tĩnh"),
        ("ke hoach cua uy ban nhan dan thanh pho hai phong giao so tu phap nhung viec gi",
         "Kế hoạch của Ủy ban nhân dân thành phố Hải Phòng giao Sở Tư pháp những việc gì"),
    ],
)  # fmt: skip
def test_the_words_before_a_province_name_it_typed_with_or_without_marks(typed, marked):
    from indexer.text import fold

    plain, accented = understand(typed), understand(marked)
    assert plain.provinces == accented.provinces
    assert fold(plain.topic) == fold(accented.topic)  # "ubnd tinh", "thanh pho" name the place, not the topic


def _national_view(
    body: str, subject: str = "Tháng hành động vì bình đẳng giới và kế hoạch của các sở"
) -> IndexView:
    doc = "qd2597.txt"
    docs = [Document(doc, "Quyết định phê duyệt Đề án chuyển đổi số", "Quyết định", number="2597/QĐ-TTg",
                     issuer="Thủ tướng Chính phủ")]  # fmt: skip
    clauses = [
        Clause(doc, "preamble", "Phần mở đầu", (), (1, 16),
               "THỦ TƯỚNG CHÍNH PHỦ Số: 2597/QĐ-TTg Hà Nội, ngày 27 tháng 11 năm 2025 QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN "
               f"CHUYỂN ĐỔI SỐ, {subject}", "preamble"),
        Clause(doc, "Điều 2.1", "Điều 2, khoản 1", ("Điều 2. Tổ chức thực hiện",), (120, 122), body),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def _ask(view: IndexView, question: str):
    from assistant.answer import Assistant

    class _Settings:  # the assistant reads only these through its searcher, which is given
        pass

    return Assistant(_Settings(), searcher=view.searcher).ask(question)


def test_a_place_a_national_document_prints_only_where_it_was_signed_is_not_spoken_of():
    view = _national_view("1. Các bộ, ngành triển khai Đề án chuyển đổi số theo chức năng, nhiệm vụ.")
    answer = _ask(view, "Kế hoạch bình đẳng giới năm 2025 của Hà Nội giao sở nào chủ trì Tháng hành động?")
    assert answer.abstained, answer.text
    view = _national_view(
        "1. Ủy ban nhân dân thành phố Hà Nội chủ trì Tháng hành động vì bình đẳng giới năm 2025.", ""
    )
    answer = _ask(view, "Quyết định 2597/QĐ-TTg giao Hà Nội chủ trì Tháng hành động nào?")
    assert not answer.abstained, answer.text
    assert (120, 122) in [c.lines for c in answer.citations]


def _portal_view() -> IndexView:
    docs = [
        Document("ht.txt", "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", number="12/KH-UBND",
                 province="Hà Tĩnh"),
        Document("pt.txt", "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", number="34/KH-UBND",
                 province="Phú Thọ"),
    ]  # fmt: skip
    tasks = [
        make_task("ht.txt", "VI.2", "Xây dựng Cổng pháp luật Hà Tĩnh tích hợp vào Cổng pháp luật quốc gia",
                  ["Sở Tư pháp"], line=1222),
        make_task("pt.txt", "V.3", "Ứng dụng công nghệ số, chuyển đổi số đồng bộ trong phổ biến, giáo dục pháp "
                  "luật, xây dựng cơ sở dữ liệu", ["Các sở, ngành, địa phương"], line=600),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def test_a_name_typed_without_marks_is_the_one_way_the_documents_print_it():
    view = _portal_view()
    assert view.vocabulary.marked_forms("cong phap luat") == {"cổng pháp luật"}
    assert view.vocabulary.marked_forms("cong phap ly") == set()
    _, _, outcome = ask_view(view, "co quan nao chu tri xay dung cong phap luat cua tinh phu tho")
    assert outcome.abstained, outcome.text  # Phú Thọ's row is about "công nghệ số … pháp luật", no portal
    _, _, outcome = ask_view(view, "co quan nao chu tri xay dung cong phap luat cua tinh ha tinh")
    assert not outcome.abstained and "Sở Tư pháp" in outcome.text, outcome.text


def test_the_vietnam_fatherland_front_committee_in_english_is_the_provincial_committee():
    query = understand(
        "What does the Hà Tĩnh People's Committee plan ask of the Vietnam Fatherland Front committee?"
    )
    assert query.agencies == ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",)


def test_deadlines_compared_for_which_is_earlier_may_be_years():
    query = understand(
        "Which sets an earlier deadline for amending local legal documents for the new government model: Vinh "
        "Long's plan or Hai Phong's?"
    )
    assert query.intent == "compare" and query.aspect == "deadline"
    assert "mô hình chính quyền" in query.topic  # (not "Chính phủ": the government of a local model)
    assert query.answer_type is None  # a year ("Năm 2027") is a deadline; no day need be printed
    issued = understand("Kế hoạch của Vĩnh Long và kế hoạch của Phú Thọ, văn bản nào ban hành trước?")
    assert issued.answer_type == "date"  # two documents' dates: each prints its day


def test_how_two_documents_print_their_date_of_issue_asks_their_dates():
    from assistant.compare import _ISSUE_DATES
    from indexer.text import fold

    assert _ISSUE_DATES.search(
        fold("Kế hoạch của Phú Thọ và công văn của Tỉnh ủy Hà Tĩnh ghi ngày ban hành thế nào?")
    )
    assert not _ISSUE_DATES.search(fold("Hai kế hoạch ghi thời hạn hoàn thành thế nào?"))


@pytest.mark.parametrize(
    ("question", "within"),
    [
        ("Phụ lục Kế hoạch Hà Tĩnh có những nhiệm vụ nào có thời gian thực hiện ghi đúng là “Năm 2026” (không tính "
         "các mốc kéo dài 2025-2026)?", True),
        ("Which Hà Tĩnh appendix tasks are due in 2026 (excluding multi-year spans such as 2025–2026)?", True),
        # (a time said to BE the year is that year alone — how those who ask mean it; "trong năm 2026" reaches in)
        ("Những nhiệm vụ nào trong phụ lục kế hoạch Hà Tĩnh có thời gian thực hiện là năm 2026?", True),
        ("Những nhiệm vụ nào trong phụ lục kế hoạch Hà Tĩnh có thời gian thực hiện trong năm 2026?", False),
    ],
)  # fmt: skip
def test_a_year_asked_with_spans_set_aside_lists_what_lies_within_it(question, within):
    from assistant.listing import deadline_fits

    query = understand(question)
    assert query.years == (2026,) and query.within is within  # (not 2025 of the span set aside)
    assert "2025" not in query.topic and "kéo dài" not in query.topic
    assert deadline_fits("Năm 2026", query) and deadline_fits("Quý II/2026", query)
    assert deadline_fits("Năm 2025 đến năm 2026", query) is not within


def test_a_listing_within_a_year_says_so():
    from assistant.listing import answer_listing

    docs = [Document("ht.txt", "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", number="12/KH-UBND",
                     province="Hà Tĩnh")]  # fmt: skip
    tasks = [
        make_task("ht.txt", "II.6", "Tổ chức hội thảo trao đổi các giải pháp thực hiện Nghị quyết", ["Sở Tư pháp"],
                  deadline="Năm 2026", line=648),
        make_task("ht.txt", "II.11", "Tháo gỡ khó khăn, vướng mắc về thể chế", ["Sở Tư pháp"],
                  deadline="Năm 2025 đến năm 2026", line=760),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], tasks))
    query = understand(
        "Những nhiệm vụ nào trong phụ lục kế hoạch Hà Tĩnh có thời gian ghi đúng là “Năm 2026” (không tính các mốc "
        "kéo dài 2025-2026)?"
    )
    listed = answer_listing(view, query, {"ht.txt"})
    assert "nằm trọn trong 2026" in listed.text and [c.lines[0] for c in listed.citations] == [648]
