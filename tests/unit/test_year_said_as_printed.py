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
from tests.records import ask_view, ha_tinh_plan, letter_view, make_task

HT = "kh_ha_tinh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        ha_tinh_plan(HT),
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


# --- a body's own passage, a document named by what it carries out, outputs and counts ---------------------

QD = "quy_dinh_384.txt"
KH45 = "kh_thuc_hien_45.txt"
KH_OTHER = "kh_thuc_hien_khac.txt"
QD_TTG = "qd_de_an.txt"


@pytest.fixture(scope="module")
def passages() -> IndexView:
    from indexer.records import Clause

    docs = [
        Document(QD, "Quy định về kết nối, chia sẻ dữ liệu giữa các cơ quan đảng", "Quy định", number="384-QĐ/TW",
                 province="Trung ương", issuer="Ban Bí thư", national=True),
        Document(KH45, "Kế hoạch triển khai thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Hà Tĩnh",
                 implements=("66-NQ/TW", "45-CTr/TU")),
        Document(KH_OTHER, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="1218/QĐ-UBND",
                 province="Vĩnh Long", implements=("66-NQ/TW", "390-KH/TU")),
        Document(QD_TTG, "Quyết định phê duyệt Đề án chuyển đổi số trong hoạt động xây dựng, quản lý kết cấu hạ "
                 "tầng xây dựng", "Quyết định", number="2597/QĐ-TTg", province="Trung ương", national=True),
    ]  # fmt: skip
    office = "2. Văn phòng Trung ương Đảng có trách nhiệm:"
    impl = "III. TỔ CHỨC THỰC HIỆN"
    clauses = [
        Clause(QD, "Điều 10", "Điều 10", (), (302, 307),
               "Điều 10. Chia sẻ dữ liệu giữa 4 Văn phòng Trung ương: chương trình công tác, báo cáo công tác tuần."),
        Clause(QD, "Điều 18.2", "Điều 18, khoản 2", (), (521, 521), office),
        Clause(QD, "Điều 18.2.a", "Điều 18, khoản 2, điểm a", (office,), (523, 527),
               "a) Chủ trì tổ chức triển khai việc chia sẻ dữ liệu giữa các cơ quan đảng."),
        Clause(QD, "Điều 18.2.d", "Điều 18, khoản 2, điểm d", (office,), (539, 541),
               "d) Chủ trì, phối hợp với Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc hội triển "
               "khai công tác kết nối, chia sẻ dữ liệu giữa 4 Văn phòng Trung ương."),
        Clause(KH45, "III", "Mục III", (), (298, 298), impl),
        Clause(KH45, "III.1", "Mục III, khoản 1", (impl,), (300, 304),
               "1. Sở Tư pháp: chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch, báo cáo UBND tỉnh."),
        Clause(KH_OTHER, "V", "Mục V", (), (560, 560), "V. TỔ CHỨC THỰC HIỆN"),
        Clause(KH_OTHER, "V.4", "Mục V, khoản 4", ("V. TỔ CHỨC THỰC HIỆN",), (590, 594),
               "4. Sở Tư pháp chủ trì hướng dẫn, theo dõi việc triển khai thực hiện Kế hoạch này."),
    ]  # fmt: skip
    tasks = [
        make_task(QD, "2", "Dữ liệu lịch làm việc, lịch công tác", ["Văn phòng Trung ương Đảng"], line=679),
        make_task(KH45, "5", "Rà soát xác định nội dung giao quy định chi tiết", ["Các sở, ban, ngành cấp tỉnh"],
                  coordinating=["Sở Tư pháp"], output="Văn bản", deadline="Thường xuyên", line=991, group="III",
                  group_title="Tạo đột phá trong tổ chức thi hành pháp luật"),
        make_task(KH45, "6", "Hướng dẫn nghiệp vụ xây dựng văn bản", ["Sở Tư pháp"], output="Văn bản",
                  deadline="Thường xuyên", line=1001, group="III",
                  group_title="Tạo đột phá trong tổ chức thi hành pháp luật"),
        make_task(KH45, "9", "Xây dựng chính sách phát triển khoa học, công nghệ", ["Sở Khoa học và Công nghệ"],
                  output="Nghị quyết", line=706, group="II"),
        make_task(KH45, "14", "Xây dựng cơ chế ưu đãi phát triển kinh tế tư nhân", ["Sở Tài chính"],
                  output="Nghị quyết/Quyết định", line=828, group="II"),
        make_task(KH45, "15", "Tổ chức hội nghị phổ biến pháp luật", ["Sở Tư pháp"], output="Hội nghị", line=840,
                  group="II"),
        make_task(QD_TTG, "I.1", "Rà soát toàn diện các luật, nghị định về đầu tư xây dựng", ["Bộ Xây dựng"],
                  deadline="2026", line=545),
        make_task(QD_TTG, "I.3", "Xây dựng cơ sở dữ liệu kết cấu hạ tầng", ["Bộ Xây dựng"], deadline="2026-2027",
                  line=580),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Under Regulation 384, which offices does the Central Party Office coordinate with to connect and share "
        "data among the 4 central offices?",
        "Under the Party Secretariat's data-sharing regulation, which offices does the Central Party Office work "
        "with to connect and share data among the four central offices?",
    ],
)
def test_a_role_said_in_the_bodys_own_passage(passages, question):
    query, _, outcome = ask_view(passages, question)
    assert query.intent == "coordinating_agencies" and query.agencies == ("Văn phòng Trung ương Đảng",)
    assert "Văn phòng Chủ tịch nước" in outcome.text
    assert "lịch làm việc" not in outcome.text and "báo cáo công tác tuần" not in outcome.text


def test_a_row_that_says_the_topic_is_read_before_the_bodys_passage(passages):
    _, _, outcome = ask_view(passages, "Sở Tư pháp Hà Tĩnh phối hợp với ai để rà soát xác định nội dung giao quy "
                                       "định chi tiết?")  # fmt: skip
    assert "Các sở, ban, ngành cấp tỉnh" in outcome.text and "đôn đốc" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Trong phần tổ chức thực hiện của KH triển khai NQ 66 (gắn với CTr 45-CTr/TU), Sở Tư pháp được giao những "
        "việc gì?",
        "Ở nhóm tạo đột phá thi hành pháp luật trong phụ lục KH (CTr 45-CTr/TU), Sở Tư pháp chỉ đóng vai phối hợp, "
        "không cầm trịch, ở những việc nào?",
    ],
)
def test_a_number_only_one_document_carries_out_names_it(passages, question):
    query, scope, outcome = ask_view(passages, question)
    assert scope == {KH45} and "45" not in query.topic and "CTr" not in query.topic.split()
    assert "không" not in query.topic.split() and "vai" not in query.topic.split()
    assert "Vĩnh Long" not in outcome.text


def test_a_number_several_documents_carry_out_names_none():
    docs = [
        Document("a.txt", "Kế hoạch A", "Kế hoạch", province="Hà Tĩnh", implements=("66-NQ/TW",)),
        Document("b.txt", "Kế hoạch B", "Kế hoạch", province="Phú Thọ", implements=("66-NQ/TW",)),
    ]
    assert understand("Nghị quyết 66-NQ/TW giao những nhiệm vụ gì?", documents=docs).docs == ()


@pytest.mark.parametrize(
    "question",
    [
        'Liệt kê các nhiệm vụ trong phụ lục kế hoạch Hà Tĩnh có sản phẩm là nghị quyết (kể cả loại "Nghị quyết/Quyết '
        'định").',
        "Which tasks in the Hà Tĩnh appendix are expected to end in a resolution (Nghị quyết), either alone or as "
        "'resolution/decision'?",
    ],
)
def test_an_output_asked_with_the_forms_it_lets_in(passages, question):
    _, _, outcome = ask_view(passages, question)
    assert "khoa học, công nghệ" in outcome.text and "kinh tế tư nhân" in outcome.text
    assert "hội nghị phổ biến" not in outcome.text


def test_a_scheme_named_by_the_words_of_its_title(passages):
    query, scope, outcome = ask_view(
        passages,
        "Give me the tasks in the construction digital transformation scheme that are scheduled for 2026 only.",
    )
    assert scope == {QD_TTG}
    assert "Rà soát toàn diện" in outcome.text and "cơ sở dữ liệu kết cấu" not in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "How many of Bac Ninh's 2030 digital economy targets are assigned to the provincial police, and which ones?",
        "Name everything Can Tho's groundwater directive asks the Department of Construction to lead.",
        "What does Party Regulation 384 make the Central Party Office responsible for?",
        "In Quảng Ngãi's plan, what do the commune, ward and special-zone People's Committees have to get done "
        "before 15 November 2025?",
    ],
)
def test_english_asks_for_a_bodys_rows_or_duties(question):
    from assistant.question_rules import ASKS_DUTIES, LISTING, any_match

    folded = fold(question)
    assert any_match(LISTING, folded) or any_match(ASKS_DUTIES, folded)


def test_commune_ward_and_special_zone_committees_are_the_commune_level():
    query = understand("What do the commune, ward and special-zone People's Committees have to do?")
    assert query.agencies and "cấp xã" in query.agencies[0]


@pytest.mark.parametrize(
    "question",
    [
        "Which bodies are handed specific tasks in the Hà Tĩnh Provincial Party Standing Committee's letter on "
        "Resolution 66?",
        "Name all the bodies that the Hà Tĩnh Provincial Party Standing Committee's letter on Resolution 66 gives "
        "specific assignments to.",
        "In the Hà Tĩnh Party Committee's letter, which bodies or groups are each given their own numbered "
        "assignment? Give me all of them.",
    ],
)
def test_the_bodies_a_letter_gives_numbered_assignments(question):
    _, _, out = ask_view(letter_view("Về lãnh đạo thực hiện Nghị quyết số 66-NQ/TW"), question)
    assert out.strategy == "addressees" and out.meta["count"] == 3


def test_the_other_bodys_passage_that_works_with_it_is_quoted_too():
    from indexer.records import Clause

    nd = "nd_quy_nha_o.txt"
    docs = [Document(nd, "Nghị định quy định chi tiết về Quỹ nhà ở quốc gia", "Nghị định", number="302/2025/NĐ-CP",
                     province="Trung ương", issuer="Chính phủ", national=True)]  # fmt: skip
    own, other = "1. Trách nhiệm của Bộ Xây dựng:", "2. Trách nhiệm của Bộ Tài chính:"
    clauses = [
        Clause(nd, "Điều 24.1", "Điều 24, khoản 1", (), (794, 795), own),
        Clause(nd, "Điều 24.1.đ", "Điều 24, khoản 1, điểm đ", (own,), (816, 818),
               "đ) Chủ trì, phối hợp với Bộ Tài chính kiểm tra, đánh giá tình hình hoạt động của Quỹ;"),
        Clause(nd, "Điều 24.2", "Điều 24, khoản 2", (), (825, 826), other),
        Clause(nd, "Điều 24.2.b", "Điều 24, khoản 2, điểm b", (other,), (832, 833),
               "b) Phối hợp với Bộ Xây dựng kiểm tra, đánh giá tình hình hoạt động của Quỹ."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, out = ask_view(view, "Theo Nghị định 302/2025/NĐ-CP, Bộ Xây dựng phối hợp với bộ nào để kiểm tra, đánh giá "
                               "tình hình hoạt động của Quỹ?")  # fmt: skip
    assert out.strategy == "own_passage"
    assert "phối hợp với Bộ Tài chính" in out.text and "Phối hợp với Bộ Xây dựng" in out.text
    assert out.text.index("Bộ Tài chính kiểm tra") < out.text.index("Phối hợp với Bộ Xây dựng")


def test_a_ministry_saying_what_it_has_issued_names_its_letter(words):
    _, scope, _ = ask_view(words, "List the decisions that the Culture Ministry says it has already issued.")
    assert scope == {CV}


def test_a_possessive_before_a_subject_is_no_issued_document_of_another_kind():
    from assistant.matching import _named_by_kind_and_issuer

    docs = [
        Document("luat.txt", "Luật Việc làm", "Luật", number="74/2025/QH15", province="Trung ương",
                 issuer="Quốc hội", national=True),
        Document("nq.txt", "Nghị quyết về kế hoạch sửa đổi luật", "Nghị quyết", number="1339/NQ-UBTVQH15",
                 province="Trung ương", issuer="Ủy ban Thường vụ Quốc hội", national=True),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, [], []))
    query = understand("Which body drafts the resolution on the National Assembly's foreign affairs regulation?",
                       documents=docs)  # fmt: skip
    assert _named_by_kind_and_issuer(view, query, None) is None


def test_three_words_of_a_title_name_no_document(passages):
    _, scope, _ = ask_view(passages, "What is the digital transformation scheme expected to deliver?")
    assert scope != {QD_TTG}


# --- the review's near misses --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spans() -> IndexView:
    docs = [ha_tinh_plan(HT)]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Tổ chức hội thảo trao đổi các giải pháp thực hiện", ["Sở Tư pháp"],
                  deadline="Năm 2026", line=100),
        make_task(HT, "2", "Tháo gỡ vướng mắc đối với các dự án tồn đọng", ["Sở Tài chính"],
                  deadline="Năm 2025 đến năm 2026", line=120),
        make_task(HT, "3", "Tổ chức hệ thống hóa văn bản kỳ 2024-2028", ["Sở Tư pháp"],
                  deadline="Năm 2028 đến 2029", line=140),
        make_task(HT, "4", "Rà soát, cắt giảm điều kiện kinh doanh", ["Sở Tài chính"],
                  deadline="Năm 2026 và các năm tiếp theo", line=160),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Nhiệm vụ nào trong kế hoạch Hà Tĩnh có thời gian thực hiện là năm 2025 đến năm 2026?",
        "Nhiệm vụ nào của Hà Tĩnh có thời hạn là năm 2026 trở đi?",
        "Kế hoạch Hà Tĩnh, nhiệm vụ nào có thời gian thực hiện là 2026?",
    ],
)
def test_a_span_an_open_end_or_a_bare_year_is_no_year_alone(spans, question):
    assert not _read(spans, question).within


def test_a_year_then_another_condition_is_still_the_year_alone(spans):
    query = _read(
        spans, "Nhiệm vụ nào của Hà Tĩnh có thời gian thực hiện là năm 2026 và do Sở Tư pháp chủ trì?"
    )
    assert query.within and query.agencies == ("Sở Tư pháp",)


def test_an_open_ended_time_is_not_wholly_within_its_year(spans):
    _, _, outcome = ask_view(spans, "Những nhiệm vụ nào của Hà Tĩnh có thời gian thực hiện là năm 2026?")
    assert "hội thảo" in outcome.text and "cắt giảm điều kiện" not in outcome.text


def test_no_row_within_the_year_alone_lists_the_rows_that_reach_into_it(spans):
    _, _, outcome = ask_view(spans, "Kế hoạch Hà Tĩnh, nhiệm vụ nào có thời gian thực hiện là năm 2028?")
    assert not outcome.abstained and "hệ thống hóa văn bản" in outcome.text


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch Hà Tĩnh có nêu ai lo ngại về chất lượng văn bản không?",
        "Nếu có vướng mắc trong rà soát văn bản thì báo cáo cơ quan nào?",
    ],
)
def test_worry_and_a_condition_are_no_role_nor_form(question):
    query = understand(question)
    if question.startswith("Nếu"):  # (a condition, not the form "… không? Nếu có …")
        assert "Nếu" in query.topic and "vướng mắc" in query.topic
    else:
        assert query.intent != "lead_agency"


def test_a_ministrys_year_end_priority_tasks_are_its_letters(words):
    query, scope, outcome = ask_view(
        words,
        "What are the culture ministry's end-2025 priority tasks, and which ones is the Digital Transformation "
        "Centre in charge of?",
    )
    assert scope == {CV} and query.agencies == ("Trung tâm Chuyển đổi số VHTTDL",)
    assert "Cổng Dịch vụ công" in outcome.text  # (due 01/03/2026: 2025 named the letter, not a period)
