"""Rules of the twenty-seventh session, on hand-made records and questions: the kind said with a place picks
that place's document ("kế hoạch Hà Tĩnh", not the Tỉnh ủy's letter); a comparison's second side may answer a
little under the bar when the first clears it; one numbered row that holds two records is answered as both;
a row that prints no value in the field compared still answers for its side; groups named "nhóm nhiệm vụ I"
and "mục I Phụ lục"; English "task groups"; a glossed list of bodies is not split by a second gloss; "which
legal instruments" is answered by documents cited by kind and number.
"""

from __future__ import annotations

import pytest

from assistant.compare import _cited_suffix, _rows_named, sides
from assistant.glossary import gloss_list, gloss_names
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import asks_groups, asks_tasks, group_markers
from assistant.matching import _ASKS_IMPLEMENTED_TOO, _subjects
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

HT, TU, PT, QD = "kh_hatinh.txt", "cv_tinhuy.txt", "kh_phutho.txt", "qd_chuyendoiso.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(HT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Hà Tĩnh", issuer="UBND tỉnh Hà Tĩnh"),
        Document(TU, "Công văn về thực hiện Nghị quyết 66", "Công văn", province="Hà Tĩnh", issuer="Tỉnh ủy Hà Tĩnh"),
        Document(PT, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", province="Phú Thọ", issuer="UBND tỉnh Phú Thọ"),
        Document(QD, "Quyết định PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU "
                 "HẠ TẦNG XÂY DỰNG", "Quyết định", number="2597/QĐ-TTg", province="Trung ương",
                 issuer="Thủ tướng Chính phủ"),
    ]  # fmt: skip
    clauses = [
        Clause(HT, "III.6", "Mục III, khoản 6", ("III. TỔ CHỨC THỰC HIỆN",), (381, 386),
               "6. Quá trình triển khai thực hiện Kế hoạch, trường hợp có khó khăn, vướng mắc, các cơ quan, đơn "
               "vị, địa phương kịp thời phản ánh về Sở Tư pháp để được hướng dẫn, giải quyết."),
        Clause(TU, "end", "Phần kết", (), (46, 46),
               "Quá trình thực hiện nếu có vướng mắc cần bổ sung, sửa đổi, các cơ quan, đơn vị, địa phương tổng "
               "hợp gửi Văn phòng Tỉnh ủy để kịp thời tham mưu Ban Thường vụ Tỉnh ủy xem xét, quyết định./."),
        Clause(HT, "recipients", "Nơi nhận", (), (397, 410),
               "Nơi nhận: - Bộ Tư pháp; - Thường trực Tỉnh ủy; - Các sở, ban, ngành cấp tỉnh; - UBND cấp xã;",
               "recipients"),
        Clause(TU, "recipients", "Nơi nhận", (), (47, 54),
               "Nơi nhận: - Như trên, - Thường trực Tỉnh ủy, - Ủy ban nhân dân các xã, phường,", "recipients"),
        Clause(PT, "recipients", "Nơi nhận", (), (188, 195),
               "Nơi nhận: - Văn phòng Chính phủ; - Bộ Tư pháp; - UBND các huyện, thành, thị;", "recipients"),
        Clause(HT, "III.2", "Mục III, khoản 2", ("III. TỔ CHỨC THỰC HIỆN", "2. Sở Tài chính"), (325, 329),
               "- Chủ trì, phối hợp với các sở, ban, ngành, địa phương bảo đảm nguồn kinh phí thực hiện hằng năm "
               "theo Nghị quyết số 66-NQ/TW và Nghị quyết số 197/2025/QH15."),
        Clause(PT, "III.2.a", "Mục III, khoản 2, điểm a", ("III. TỔ CHỨC THỰC HIỆN",), (482, 486),
               "a) Sở Tài chính cân đối, bố trí chi thường xuyên trong dự toán ngân sách nhà nước hàng năm cho "
               "các sở, ban, ngành và địa phương."),
        Clause(QD, "IV.1", "Mục IV, khoản 1", ("IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN",), (393, 397),
               "1. Kinh phí thực hiện Đề án từ ngân sách nhà nước, bao gồm chi thường xuyên và chi đầu tư phát "
               "triển; kinh phí tài trợ từ các nước và tổ chức quốc tế."),
        Clause(QD, "IV.2", "Mục IV, khoản 2", ("IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN",), (399, 402),
               "2. Khuyến khích nguồn kinh phí huy động từ các doanh nghiệp, tổ chức, cá nhân trong và ngoài nước."),
        Clause(QD, "V.5.a", "Mục V, khoản 5, điểm a", ("V. TỔ CHỨC THỰC HIỆN", "5. Ủy ban nhân dân các tỉnh"),
               (467, 471),
               "a) Căn cứ mục tiêu, nội dung, giải pháp của Đề án để cụ thể hóa thành các chương trình, kế hoạch "
               "chuyển đổi số hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng của địa phương; chỉ đạo các "
               "đơn vị thuộc thẩm quyền quản lý của địa phương bố trí kinh phí và thực hiện triển khai các nhiệm vụ "
               "theo quy định;"),
    ]  # fmt: skip
    tasks = [
        make_task(HT, "1", "Tổ chức các lớp tập huấn nâng cao nghiệp vụ cho đội ngũ làm công tác xây dựng pháp luật",
                  ["Sở Tư pháp"], (), "Hàng năm", "Lớp tập huấn", line=1153, group="V",
                  group_title="Nâng cao chất lượng nguồn nhân lực pháp luật"),
        make_task(HT, "3", "Xây dựng, phát hành các tài liệu, sổ tay, bài giảng điện tử về kỹ năng xây dựng pháp luật",
                  ["Sở Tư pháp"], ["Các sở, ban, ngành cấp tỉnh"], "Hàng năm", "Tài liệu/sổ tay/bài giảng điện tử",
                  line=1184, group="V", group_title="Nâng cao chất lượng nguồn nhân lực pháp luật"),
        make_task(PT, "1", "Xây dựng, ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW",
                  ["Các sở, ngành, địa phương"], ["Cơ quan, tổ chức có liên quan"], "Tháng 6/2025", "Kế hoạch",
                  line=226, group="I", group_title="Bảo đảm sự lãnh đạo của Đảng"),
        make_task(PT, "2", "Tổ chức quán triệt Nghị quyết số 66-NQ/TW đến cán bộ, công chức",
                  ["Sở Tư pháp"], [], "Năm 2025", "Hội nghị", line=240, group="I",
                  group_title="Bảo đảm sự lãnh đạo của Đảng"),
        make_task(QD, "1", "Đề án triển khai phong trào bảo vệ môi trường ở trung ương và địa phương",
                  ["Trung ương Mặt trận Tổ quốc Việt Nam"], ["Đài Truyền hình Việt Nam"], "2030", line=582,
                  group="", group_title=""),
        make_task(QD, "1", "Đề án triển khai phong trào bảo vệ môi trường ở trung ương và địa phương",
                  ["Ủy ban nhân dân các tỉnh"], ["Các cơ quan báo chí tại địa phương"], "2030", line=597,
                  group="", group_title=""),
        make_task(QD, "2", "Đề án xử lý các bãi chôn lấp rác thải không hợp vệ sinh",
                  ["Ủy ban nhân dân các tỉnh"], ["Các bộ, ngành"], "2030", line=603, group="", group_title=""),
    ]  # fmt: skip
    for t in tasks:
        object.__setattr__(t, "source", "table")
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_the_kind_said_with_a_place_picks_its_document(view) -> None:
    query = understand(
        "Nơi nhận của kế hoạch Hà Tĩnh và kế hoạch Phú Thọ khác nhau thế nào?", documents=view.docs.values()
    )
    compared = dict((label, docs) for label, docs in sides(view, query, None))
    assert {HT} in compared.values() and {TU} not in compared.values()
    # the English form: "the Hà Tĩnh plan"
    query = understand("How do the recipients of the Hà Tĩnh plan and the Phú Thọ plan differ?")
    assert {HT} in [docs for _, docs in sides(view, query, None)]


def test_a_side_a_little_under_the_bar_answers_when_the_other_clears_it(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Khi gặp khó khăn, vướng mắc, Kế hoạch của UBND tỉnh Hà Tĩnh và công văn của Tỉnh ủy Hà Tĩnh hướng dẫn "
        "phản ánh về đâu?",
        threshold=0.3,
    )
    assert not outcome.abstained
    assert "Sở Tư pháp" in outcome.text and "Văn phòng Tỉnh ủy" in outcome.text


def test_one_numbered_row_of_two_records_is_answered_as_both(view) -> None:
    for question in (
        "Trong Phụ lục Quyết định 2597, đề án ưu tiên số 1 có hai cơ quan chủ trì; cơ quan phối hợp của mỗi bên "
        "khác nhau thế nào?",
        "Row 1 of the appendix to Decision 2597/QĐ-TTg has two lead agencies. How do their coordinating bodies "
        "differ?",
    ):
        _, _, outcome = ask_view(view, question, threshold=0.3)
        assert not outcome.abstained, question
        assert (
            "Đài Truyền hình Việt Nam" in outcome.text
            and "Các cơ quan báo chí tại địa phương" in outcome.text
        )
        assert "bãi chôn lấp" not in outcome.text


def test_a_row_that_prints_no_value_still_answers_for_its_side(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Trong kế hoạch Hà Tĩnh, nhiệm vụ tổ chức lớp tập huấn nâng cao nghiệp vụ và nhiệm vụ xây dựng tài liệu, "
        "sổ tay, bài giảng điện tử khác nhau thế nào về kết quả và cơ quan phối hợp?",
        threshold=0.3,
    )
    assert not outcome.abstained
    assert "Lớp tập huấn" in outcome.text and "Tài liệu/sổ tay/bài giảng điện tử" in outcome.text


def test_groups_named_with_their_kind_and_the_task_groups_asked_in_english() -> None:
    assert group_markers("Phụ lục kế hoạch Hải Phòng, nhóm nhiệm vụ I gồm những nhiệm vụ nào?") == {"I"}
    assert group_markers("Nhiệm vụ thuộc mục I Phụ lục kế hoạch hành động của Hải Phòng gồm những gì?") == {
        "I"
    }
    assert asks_tasks(
        understand("Nhiệm vụ thuộc mục I Phụ lục kế hoạch hành động của Hải Phòng gồm những gì?")
    )
    assert asks_groups(
        understand("What are the main task groups (section II) of the Phú Thọ implementation plan?")
    )
    assert not asks_groups(understand("Which tasks does the Department of Justice lead in the Phú Thọ plan?"))


def test_the_rows_of_a_group_named_by_its_marker(view) -> None:
    _, _, outcome = ask_view(
        view, "Nhiệm vụ thuộc mục I Phụ lục kế hoạch Phú Thọ gồm những gì?", threshold=0.3
    )
    assert not outcome.abstained
    assert "quán triệt Nghị quyết" in outcome.text and "Xây dựng, ban hành Kế hoạch" in outcome.text


def test_a_glossed_list_of_bodies_is_not_split_by_another_gloss() -> None:
    listed = gloss_list(["Bộ Khoa học và Công nghệ", "các doanh nghiệp viễn thông"])
    text = gloss_names(f"The task is coordinated by {listed} [1].")
    assert "Bộ Khoa học và Công nghệ; các doanh nghiệp viễn thông" in text
    assert text.count("Ministry of Science and Technology") == 1


def test_a_period_quoted_in_an_english_listing_is_no_topic() -> None:
    query = understand('Which tasks in the Hà Tĩnh appendix are scheduled for the year 2026 ("Năm 2026")?')
    assert query.years == (2026,)
    assert "2026" not in query.topic and "Hà Tĩnh" not in query.topic


def test_which_legal_instruments_are_documents_cited_by_number() -> None:
    from assistant.matching import _CITES_DOCUMENT, _DOCUMENT_CLASSES
    from indexer.text import fold

    assert "van ban quy pham phap luat" in _DOCUMENT_CLASSES
    assert _CITES_DOCUMENT.search(fold("a) Thực hiện nghiêm Nghị định số 26/2024/NĐ-CP ngày 01/3/2024"))
    assert not _CITES_DOCUMENT.search(fold("a) Thực hiện nghiêm các quy định về hợp tác quốc tế"))


def test_each_side_of_a_comparison_takes_the_row_it_names(view) -> None:
    question = (
        "Compare who leads the task in the Hà Tĩnh appendix (item V.3) and the Phú Thọ appendix (item I.2)."
    )
    query = understand(question, documents=view.docs.values())
    compared = [(label, docs) for label, docs in sides(view, query, None) if docs & {HT, PT}]
    named = _rows_named(question, compared)
    assert sorted(named.values()) == [("I", "2"), ("V", "3")]
    _, _, outcome = ask_view(view, question, threshold=0.3)
    assert "tài liệu, sổ tay" in outcome.text and "Tổ chức quán triệt" in outcome.text
    # one number said for both sides
    assert set(
        _rows_named("Both appendices contain a task (IV.1). Who coordinates each?", compared).values()
    ) == {("IV", "1")}
    # no number, or numbers that cannot be told to sides: none
    assert _rows_named("Compare the Hà Tĩnh and Phú Thọ appendices.", compared) == {}


def test_an_agencys_one_passage_answers_its_side_in_other_words(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Phần Tổ chức thực hiện của Hà Tĩnh và Phú Thọ giao Sở Tài chính nhiệm vụ về kinh phí khác nhau thế nào?",
        threshold=0.3,
    )
    assert "197/2025/QH15" in outcome.text and "bố trí chi thường xuyên" in outcome.text


def test_an_event_named_must_be_the_rows(view) -> None:
    _, _, outcome = ask_view(
        view,
        "When is the Phú Thọ provincial workshop on implementing Resolution 66 scheduled?",
        threshold=0.3,
    )
    assert outcome.abstained


def test_small_readings_of_this_session() -> None:
    # a country asked is a country's name to find
    assert (
        understand("In which foreign country will Vĩnh Long civil servants be trained?").answer_type
        == "country"
    )
    # a body a report is submitted to is not the one who does the task
    question = "By what date must HCMC departments submit their 2025 reports to the Sở Nội vụ?"
    assert _subjects(question, ["Sở Nội vụ"], printed_only=True) == ()
    # the provincial Party committee said as "cấp ủy tỉnh" issues /TU documents
    assert (
        _cited_suffix(fold("Văn bản của cấp ủy tỉnh mà hai kế hoạch căn cứ, văn bản nào ban hành trước?"))
        == "tu|du"
    )
    # the bases and what a decision implements, asked together in English
    assert _ASKS_IMPLEMENTED_TOO.search(
        fold("What are the preamble legal bases and implemented documents of …?")
    )
