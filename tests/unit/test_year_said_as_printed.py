"""Rules of the sixtieth session, on hand-made records: a time said to BE a year ("có thời gian thực hiện là
năm 2026", "have 'Năm 2026' as their timeframe", "scheduled for 2026 only") asks for the rows whose time lies
within that year alone, while "trong năm 2026" asks for every row whose time reaches into it; a bracket that
lets spans in ("kể cả các nhiệm vụ kéo dài 2025–2026") asks for neither the span's years nor a single year;
a document's kind abbreviated before its number ("kế hoạch NQ 66 của UBND tỉnh Hà Tĩnh") names its issuer.
"""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Document
from indexer.text import fold
from tests.records import ask_view, make_task

HT = "kh_ha_tinh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(HT, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="280/KH-UBND",
                 province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh"),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Tổ chức hội thảo trao đổi các giải pháp thực hiện", ["Sở Tư pháp"],
                  deadline="Năm 2026", output="Hội thảo", line=100),
        make_task(HT, "2", "Rà soát điểm nghẽn thể chế về khoa học, công nghệ", ["Sở Khoa học và Công nghệ"],
                  deadline="Năm 2026", output="Báo cáo rà soát", line=110),
        make_task(HT, "3", "Tháo gỡ vướng mắc đối với các dự án tồn đọng", ["Sở Tài chính"],
                  deadline="2025-2026", line=120),
        make_task(HT, "4", "Tổ chức đoàn kiểm tra công tác thi hành văn bản", ["Sở Tư pháp"],
                  deadline="Hàng năm", line=130),
        make_task(HT, "5", "Xây dựng đề án nâng cao chất lượng công tác pháp chế", ["Sở Nội vụ"],
                  deadline="Năm 2025", line=140),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def _read(view, question):
    return understand(question, documents=view.docs.values(), agency_names=view.printed_agencies)


@pytest.mark.parametrize(
    "question",
    [
        "Những nhiệm vụ nào trong phụ lục kế hoạch Hà Tĩnh có thời gian thực hiện là năm 2026?",
        "nhung nhiem vu nao trong phu luc ke hoach ha tinh co thoi gian thuc hien ghi rieng la nam 2026",
        'Những nhiệm vụ nào trong phụ lục kế hoạch Hà Tĩnh có thời gian thực hiện là "Năm 2026"?',
        "Which tasks in Hà Tĩnh's appendix have 'Năm 2026' as their timeframe?",
        "Which tasks in the Hà Tĩnh appendix are scheduled for 2026 only?",
        "Which Hà Tĩnh tasks are due in a single year, 2026, not a multi-year range?",
    ],
)
def test_a_time_said_to_be_the_year_lies_within_it(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.years == (2026,) and query.within
    text = outcome.text
    assert "hội thảo" in text and "điểm nghẽn" in text
    assert "dự án tồn đọng" not in text  # (2025-2026: reaches into another year)
    assert "đoàn kiểm tra" not in text  # (every year)


@pytest.mark.parametrize(
    "question",
    [
        "Những nhiệm vụ nào trong phụ lục kế hoạch Hà Tĩnh có thời gian thực hiện trong năm 2026?",
        "Những nhiệm vụ nào của Hà Tĩnh có thời hạn đến năm 2026?",
        "Which Hà Tĩnh tasks are due in 2026?",
        # a span let in by a bracket: not asked, not a single year
        "Liệt kê các nhiệm vụ trong phụ lục KH của Hà Tĩnh phải thực hiện trong năm 2026 (kể cả các nhiệm vụ "
        "kéo dài 2025–2026), kèm cơ quan chủ trì từng nhiệm vụ.",
        "Which Hà Tĩnh appendix tasks are due in 2026 (including multi-year spans)?",
    ],
)
def test_a_time_in_the_year_reaches_into_it(view, question):
    query, _, outcome = ask_view(view, question)
    assert query.years == (2026,) and not query.within
    assert "dự án tồn đọng" in outcome.text and "hội thảo" in outcome.text
    assert "nâng cao chất lượng" not in outcome.text  # (Năm 2025)


@pytest.mark.parametrize(
    "question",
    [
        # two years, or a date, is not a single year said as printed
        "Những nhiệm vụ nào có thời hạn là năm 2025, 2026?",
        "Nhiệm vụ nào có thời hạn là 30/6/2026?",
    ],
)
def test_a_span_or_date_said_is_not_a_single_year(view, question):
    assert not _read(view, question).within


@pytest.mark.parametrize(
    "question",
    [
        "Trong phụ lục kế hoạch NQ 66 của UBND tỉnh Hà Tĩnh, những nhiệm vụ nào có thời hạn ghi đúng là “Năm "
        "2026” (không tính các nhiệm vụ kéo dài 2025-2026)?",
        "Kế hoạch QĐ 1218 của UBND tỉnh Hà Tĩnh có những nhiệm vụ nào thực hiện năm 2026?",
    ],
)
def test_an_abbreviated_kind_before_a_number_names_the_issuer(view, question):
    query, _, outcome = ask_view(view, question)
    assert "UBND tỉnh" not in query.agencies and not any("UBND" in a for a in query.agencies)
    assert "hội thảo" in outcome.text


def test_a_body_after_an_abbreviation_without_a_number_is_still_asked(view):
    # ("KH" with no number is no document: the body named is the one asked about)
    query = _read(view, "Theo KH, Sở Tư pháp Hà Tĩnh chủ trì những nhiệm vụ nào?")
    assert query.agencies == ("Sở Tư pháp",)


# --- roles, bodies and documents in the user's own words ---------------------------------------------------

DT = "kh_dong_thap.txt"
CV = "cv_bo_van_hoa.txt"
CD = "cong_dien.txt"
HT_DOC = "kh_ha_tinh_thuc_hien.txt"


@pytest.fixture(scope="module")
def words() -> IndexView:
    from indexer.records import Clause

    docs = [
        Document(DT, "Kế hoạch chuyển đổi số doanh nghiệp nhỏ và vừa", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp", issuer="UBND tỉnh Đồng Tháp"),
        Document(CV, "Công văn về các nhiệm vụ trọng tâm cuối năm", "Công văn", number="6225/BVHTTDL-VP",
                 province="Trung ương", issuer="Bộ Văn hóa, Thể thao và Du lịch", date="2025-11-18",
                 national=True),
        Document(CD, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 province="Trung ương", issuer="Thủ tướng Chính phủ", national=True),
        Document(HT_DOC, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="280/KH-UBND",
                 province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh"),
    ]  # fmt: skip
    impl = "III. TỔ CHỨC THỰC HIỆN"
    minister = "5. Bộ trưởng Bộ Tài chính chủ trì:"  # (its numbered items printed in the one clause)
    clauses = [
        Clause(CD, "5", "Mục 5", (), (113, 121),
               f"{minister} (1) Phối hợp với Bộ Nông nghiệp và Môi trường rà soát, tổng hợp tình hình thiệt hại do "
               "mưa lũ. (2) Khẩn trương hoàn thiện dự thảo Nghị quyết của Chính phủ, trình Chính phủ trước ngày "
               "26/11/2025."),
        Clause(CD, "6", "Mục 6", (), (128, 130),
               "6. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo khôi phục hoạt động của các cơ sở giáo dục."),
        Clause(HT_DOC, "III", "Mục III", (), (320, 320), impl),
        Clause(HT_DOC, "III.3", "Mục III, khoản 3", (impl,), (335, 339),
               "3. Sở Khoa học và Công nghệ: phối hợp với Sở Tư pháp xây dựng, vận hành Cổng pháp luật của Tỉnh."),
        Clause(HT_DOC, "III.4", "Mục III, khoản 4", (impl,), (340, 342),
               "4. Sở Tài chính: bảo đảm nguồn kinh phí thực hiện hàng năm."),
        Clause(HT_DOC, "III.5", "Mục III, khoản 5", (impl,), (343, 345),
               "5. Sở Tư pháp: theo dõi, đôn đốc việc triển khai Kế hoạch, tham mưu báo cáo kết quả."),
    ]  # fmt: skip
    tasks = [
        make_task(DT, "3", "Biểu dương, khen thưởng các doanh nghiệp có thành tích trong chuyển đổi số",
                  ["Sở Nội vụ"], coordinating=["Sở KH&CN"], deadline="Thường xuyên, hằng năm", line=340),
        make_task(DT, "4", "Hỗ trợ doanh nghiệp tiếp cận nền tảng số", ["Sở Công Thương"],
                  coordinating=["Sở Nội vụ"], deadline="Năm 2026", line=360),
        make_task(DT, "5", "Đào tạo kỹ năng số cho doanh nghiệp", ["Sở Công Thương"],
                  coordinating=["Sở Nội vụ", "Sở Tài chính"], deadline="Năm 2027", line=380),
        make_task(CV, "5", "Triển khai xây dựng 03 nền tảng số", ["Trung tâm Chuyển đổi số VHTTDL"],
                  deadline="Tháng 12/2025", line=254),
        make_task(CV, "8", "Đóng giao diện Cổng Dịch vụ công cấp bộ", ["Trung tâm Chuyển đổi số VHTTDL"],
                  deadline="01/03/2026", line=314),
        make_task(CV, "9", "Rà soát dữ liệu chuyên ngành", ["Cục Di sản văn hóa"], deadline="Tháng 11/2025",
                  line=331),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Ở Đồng Tháp, ai lo việc biểu dương, khen thưởng các doanh nghiệp làm tốt chuyển đổi số?",
        "o dong thap ai lo viec bieu duong khen thuong doanh nghiep lam tot chuyen doi so",
        "Ở Đồng Tháp, đơn vị đầu mối biểu dương, khen thưởng doanh nghiệp làm tốt chuyển đổi số là ai?",
        "Ở Đồng Tháp, sở nào cầm trịch việc biểu dương, khen thưởng doanh nghiệp chuyển đổi số?",
    ],
)
def test_the_lead_asked_in_everyday_words(words, question):
    query, _, outcome = ask_view(words, question)
    assert query.intent == "lead_agency"
    assert "Sở Nội vụ" in outcome.text and "Biểu dương" in outcome.text


def test_helping_to_coordinate_is_the_role_not_the_topic(words):
    query, _, outcome = ask_view(words, "nhung nhiem vu nao cua Dong Thap co So Noi vu ho tro phoi hop?")
    assert query.role == "coordinating" and "ho tro" not in fold(query.topic)
    assert "nền tảng số" in outcome.text and "kỹ năng số" in outcome.text


def test_a_yes_no_ask_then_the_list_keeps_its_form_words_out_of_the_topic(words):
    query = _read(
        words, "Sở Công Thương Đồng Tháp có chủ trì nhiệm vụ nào không? Nếu có là những nhiệm vụ nào?"
    )
    assert "không" not in query.topic.split() and "nếu" not in query.topic.lower().split()


def test_an_english_issuer_before_a_list_names_its_document(words):
    question = (
        "List the tasks in the culture ministry's end-2025 priority list that the Digital Transformation Centre "
        "is in charge of, with the deadline for each."
    )
    query, scope, outcome = ask_view(words, question)
    assert scope == {CV} and query.agencies == ("Trung tâm Chuyển đổi số VHTTDL",)
    # (the year the letter is dated names the list, not a period: the task due in 2026 is listed too)
    assert "03 nền tảng" in outcome.text and "Cổng Dịch vụ công" in outcome.text


def test_which_ones_is_a_body_in_charge_of_lists_its_rows(words):
    _, _, outcome = ask_view(
        words,
        "In the Culture Ministry's list of priority year-end tasks, which ones is the Digital Transformation "
        "Centre (Trung tâm Chuyển đổi số VHTTDL) in charge of?",
    )
    assert "03 nền tảng" in outcome.text and "Cổng Dịch vụ công" in outcome.text
    assert "Rà soát dữ liệu chuyên ngành" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "What are the rules the culture ministry wants units to follow for each assigned task?",
        "What must heads of units in the Ministry of Culture, Sports and Tourism follow for assigned tasks?",
    ],
)
def test_a_ministry_asking_its_units_names_its_documents(words, question):
    _, scope, _ = ask_view(words, question)
    assert scope == {CV}


@pytest.mark.parametrize(
    "question",
    [
        "Give me everything the Finance Minister is told to handle in the flood-recovery telegram 227.",
        "What is the finance minister told to carry out in telegram 227?",
    ],
)
def test_a_minister_named_by_the_field_of_the_ministry(words, question):
    query, _, outcome = ask_view(words, question)
    assert query.agencies == ("Bộ Tài chính",)
    assert "tình hình thiệt hại" in outcome.text and "26/11/2025" in outcome.text
    assert "cơ sở giáo dục" not in outcome.text
    # ("everything" is no Internet of Things)
    assert "vạn vật" not in query.topic


@pytest.mark.parametrize(
    "question, bodies",
    [
        ("In the Hà Tĩnh plan, what job does the implementation section give to the provincial science and "
         "technology department?", ["Cổng pháp luật"]),
        ("According to the implementation section of Hà Tĩnh's plan, what are the Department of Finance and the "
         "Department of Justice each responsible for?", ["nguồn kinh phí", "theo dõi, đôn đốc"]),
    ],
)  # fmt: skip
def test_duties_asked_of_one_or_two_bodies_in_english(words, question, bodies):
    _, _, outcome = ask_view(words, question)
    assert outcome is not None and not outcome.abstained
    assert all(b in outcome.text for b in bodies)


def test_name_all_the_indicators_is_a_listing():
    from assistant.question_rules import LISTING, any_match

    assert any_match(
        LISTING, "name all the digital-society indicators in bac ninh's plan that the police lead"
    )
