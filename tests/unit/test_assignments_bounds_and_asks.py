"""Rules of the twenty-third session, on hand-made text and records: "Quyết định … giao ai chủ trì triển khai
thực hiện Kế hoạch?" is answered by the article that gives the whole plan to one body; "trước năm 2027" lists
what ends before 2027 begins; a row asked "ở đâu" must print a place; a person named after a title must be in
the evidence; "gồm mấy bước" counts; "what is its date" asks the document's own date; two things are read
in "differ for A and for B", "A khác với nhiệm vụ B thế nào" and "…, còn B … ngày nào?"; two documents are
compared by when each enters into force.
"""

from __future__ import annotations

import pytest

from assistant.compare_items import halves
from assistant.strategies import two_asks
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

QD = "quyetdinh_kehoach.txt"
CD = "congdien_lu.txt"
TT = "thongtu_quychuan.txt"
QDTW = "quydinh_dulieu.txt"


@pytest.fixture(scope="module")
def view():
    from assistant.index_view import IndexView, RecordSearcher

    docs = [
        Document(QD, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW trên địa bàn tỉnh Vĩnh Long",
                 "Quyết định", number="1218/QĐ-UBND", province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long",
                 date="2025-06-25"),
        Document(CD, "Công điện về khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                 province="Trung ương", issuer="Thủ tướng Chính phủ", date="2025-11-24"),
        Document(TT, "Thông tư quy định về quy chuẩn kỹ thuật", "Thông tư", number="23/2025/TT-BTP",
                 province="Trung ương", issuer="Bộ Tư pháp", date="2025-11-20"),
        Document(QDTW, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW",
                 province="Trung ương", issuer="Ban Bí thư", date="2025-11-19"),
    ]  # fmt: skip
    clauses = [
        Clause(QD, "2", "Điều 2", (), (67, 68),
               "Điều 2. Giao Giám đốc Sở Tư pháp chủ trì, phối hợp với cơ quan, đơn vị có liên quan triển khai "
               "thực hiện nội dung Kế hoạch.", "clause"),
        Clause(QD, "KH.V.3", "Kế hoạch, Mục V, khoản 3", ("V. TỔ CHỨC THỰC HIỆN",), (592, 600),
               "3. Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp xã tập trung chỉ đạo tổ chức triển khai thực "
               "hiện Kế hoạch; tăng cường kiểm tra, đôn đốc việc tổ chức triển khai thực hiện Kế hoạch, định kỳ "
               "6 tháng báo cáo kết quả thực hiện về Sở Tư pháp.", "clause"),
        Clause(CD, "14", "Mục 14", (), (80, 86),
               "14. Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi, chỉ đạo khắc phục hậu quả "
               "mưa lũ tại các địa phương: Phó Thủ tướng Nguyễn Hòa Bình tại tỉnh Đắk Lắk; Phó Thủ tướng Hồ "
               "Đức Phớc tại tỉnh Khánh Hòa.", "clause"),
        Clause(TT, "21.1", "Điều 21, khoản 1", (), (300, 300),
               "1. Thông tư này có hiệu lực thi hành kể từ ngày ký ban hành.", "clause"),
        Clause(QDTW, "20", "Điều 20", (), (410, 411),
               "Điều 20. Điều khoản thi hành Quy định này có hiệu lực kể từ ngày ký.", "clause"),
    ]  # fmt: skip
    tasks = [
        make_task(QD, "1", "Tổ chức hội nghị quán triệt Nghị quyết số 66-NQ/TW", ["Sở Tư pháp"],
                  deadline="Quý IV/2025", line=700),
        make_task(QD, "2", "Rà soát văn bản quy phạm pháp luật của tỉnh", ["Sở Tư pháp"],
                  deadline="Năm 2026", line=710),
        make_task(QD, "3", "Xây dựng Đề án nâng cao chất lượng thi hành pháp luật", ["Sở Tư pháp"],
                  deadline="Năm 2026-2027", line=720),
        make_task(QD, "4", "Tổ chức hội thảo trao đổi giải pháp thi hành pháp luật", ["Sở Tư pháp"],
                  deadline="Năm 2027", output="Hội thảo", line=730),
        make_task(QD, "5", "Phổ biến, giáo dục pháp luật cho người dân", ["Sở Tư pháp"],
                  deadline="Thường xuyên", line=740),
        make_task(QD, "6", "Kiểm kê tài sản công tại các cơ quan", ["Sở Tài chính"],
                  deadline="Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê", line=750),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_the_article_that_gives_the_whole_plan_answers_who_leads_it(view) -> None:
    for question in (
        "Quyết định 1218/QĐ-UBND của Vĩnh Long giao ai chủ trì triển khai thực hiện Kế hoạch?",
        "According to Decision 1218/QĐ-UBND, who is assigned to lead the implementation of the Vĩnh Long plan?",
    ):
        _, _, outcome = ask_view(view, question)
        assert not outcome.abstained
        # (the article first; the plan's own section after it, if it is quoted at all)
        later = outcome.text.find("Mục V")
        assert later == -1 or outcome.text.index("Giám đốc Sở Tư pháp") < later


def test_before_a_year_lists_what_ends_before_it_begins(view) -> None:
    query, _, outcome = ask_view(
        view, "Những nhiệm vụ nào trong kế hoạch của Vĩnh Long phải hoàn thành trước năm 2027?"
    )
    assert query.before
    assert "trước năm 2027" in outcome.text
    assert "quán triệt" in outcome.text and "Rà soát văn bản" in outcome.text
    for later in ("Đề án nâng cao", "hội thảo", "Phổ biến"):  # 2026-2027, 2027, "Thường xuyên"
        assert later not in outcome.text
    assert understand("Which tasks of the Vĩnh Long plan are due before 2027?").before == 2027
    # the year after "trước", not the first year the question says; a time that goes on is not before it
    assert (
        understand("Trong giai đoạn 2025-2030, những nhiệm vụ nào phải hoàn thành trước năm 2027?").before
        == 2027
    )
    _, _, goes_on = ask_view(
        view, "Những nhiệm vụ nào trong kế hoạch của Vĩnh Long phải hoàn thành trước năm 2026?"
    )
    assert "quán triệt" in goes_on.text and "Kiểm kê" not in goes_on.text
    # "in 2027", "before the end of 2027": not a bound before the year
    assert not understand("Những nhiệm vụ nào hoàn thành năm 2027?").before
    assert not understand("Which tasks are due before the end of 2027?").before


def test_a_row_asked_where_must_print_a_place(view) -> None:
    _, _, outcome = ask_view(
        view, "Hội thảo trao đổi giải pháp thi hành pháp luật của Vĩnh Long tổ chức ở đâu?"
    )
    assert outcome.abstained


def test_a_person_after_a_title_must_be_in_the_evidence(view) -> None:
    _, _, outcome = ask_view(
        view,
        "Trong Công điện 227, Phó Thủ tướng Trần Hồng Hà được phân công theo dõi, chỉ đạo khắc phục hậu quả mưa lũ tại địa phương nào?",
    )
    assert outcome.abstained
    _, _, named = ask_view(
        view,
        "Trong Công điện 227, Phó Thủ tướng Hồ Đức Phớc được phân công chỉ đạo khắc phục hậu quả mưa lũ tại tỉnh nào?",
    )
    assert not named.abstained and "Khánh Hòa" in named.text
    # a person the document names elsewhere (its signer) is the document's
    from assistant.matching import _printed_in

    assert _printed_in(view, CD, "Hồ Đức Phớc") and not _printed_in(view, CD, "Trần Hồng Hà")


def test_may_asks_how_many() -> None:
    q = understand("Quy trình nội bộ giải quyết thủ tục cấp giấy phép lễ hội gồm mấy bước?")
    assert q.answer_type == "count" and q.count_noun == "buoc"
    assert understand("quy trinh cap phep le hoi gom may buoc").answer_type == "count"
    # "bộ máy", "số mấy", "ngày mấy" are no count
    assert understand("Sắp xếp tổ chức bộ máy như thế nào?").answer_type is None
    assert understand("sap xep bo may xa the nao").answer_type is None
    assert understand("Quy chế sử dụng mạng máy tính nội bộ thế nào?").answer_type is None
    assert understand("quyet dinh 2031 cong bo may thu tuc").answer_type == "count"
    assert understand("Kế hoạch của Tỉnh ủy là kế hoạch số mấy?").answer_type == "doc_number"


def test_english_counted_nouns() -> None:
    q = understand("How many new and amended administrative procedures does Cao Bằng Decision 2031 announce?")
    assert q.count_noun == "thủ tục hành chính"
    # two things counted: the first, which the text must print with its number ("không quá 02 Phó Giám đốc")
    assert (
        understand("How many deputy directors and department-level units may the Fund have?").count_noun
        == "Giám đốc"
    )
    # a verb after "or" is not a noun counted
    assert understand("How many people died or went missing in the floods?").count_noun == ""
    # an adverb after the noun is no part of it
    assert understand("How many English-training classes abroad per year are planned?").count_noun == "lớp"


def test_its_date_is_the_documents_own_date() -> None:
    from assistant.matching import _ISSUE_DATE
    from indexer.text import fold

    q = understand("Who signed the Ministry's Official Letter 6225/BVHTTDL-VP, and what is its date?")
    parts = two_asks(q)
    assert parts is not None and parts[1].answer_type == "date"
    assert _ISSUE_DATE.search(fold("What is the date of the Ministry of Culture's Official Letter 6225?"))
    # the date of a submission asked first is that submission's
    assert not _ISSUE_DATE.search(
        fold("Which Department of Justice submission does the plan cite, and what is its date?")
    )
    assert not _ISSUE_DATE.search(fold("What is the date of the task deadline in plan 617?"))
    assert not _ISSUE_DATE.search(fold("Which decree does Decision 2031 cite, and what is its date?"))


def test_two_things_in_other_words() -> None:
    parts = halves(
        "In Hà Tĩnh's appendix, how do the timelines differ for standardizing the legal-document database "
        "and for building the Hà Tĩnh legal portal?"
    )
    assert parts is not None
    assert parts.first.startswith("standardizing") and parts.second.startswith("building")
    q = understand(
        "Kế hoạch 7360: thời gian thực hiện nhiệm vụ 1 (tuyên truyền về Luật) khác với nhiệm vụ 4 (kiểm tra thi "
        "hành Luật) thế nào?"
    )
    assert q.intent == "compare"
    asks = two_asks(
        understand(
            "Kế hoạch kiểm kê tài sản công: UBND cấp xã phải gửi kết quả kiểm kê trước ngày nào, còn Sở Tài "
            "chính báo cáo Bộ Tài chính trước ngày nào?"
        )
    )
    assert asks is not None and len(asks) == 2


def test_two_documents_are_compared_by_when_each_enters_into_force(view) -> None:
    _, _, outcome = ask_view(
        view, "Thông tư 23/2025/TT-BTP và Quy định 384-QĐ/TW có hiệu lực từ khi nào, giống hay khác nhau?"
    )
    assert not outcome.abstained
    assert "Thông tư này có hiệu lực" in outcome.text and "Quy định này có hiệu lực" in outcome.text


def test_how_many_rows_counts_a_row_printed_over_two_lines_once(view) -> None:
    from dataclasses import replace as with_

    from assistant.listing import distinct_rows

    _, _, outcome = ask_view(view, "Kế hoạch 1218/QĐ-UBND của Vĩnh Long có bao nhiêu nhiệm vụ?")
    assert not outcome.abstained and outcome.text.startswith("Có 6 nhiệm vụ")
    _, _, english = ask_view(view, "How many tasks are listed in the appendix of Vĩnh Long's plan?")
    assert english.text.startswith("There are 6 tasks")
    first = make_task(QD, "1", "Đề án bảo vệ môi trường", ["Mặt trận Tổ quốc"], line=10)
    second = with_(first, lead=("Ủy ban nhân dân các tỉnh",), lines=(14, 16))  # the lead cell's second line
    other = make_task(QD, "2", "Đề án khác", ["Bộ Tài chính"])
    assert distinct_rows([first, second, other]) == 2
    # the same step of two procedures, apart: two rows
    assert distinct_rows([first, other, with_(first, lines=(30, 33))]) == 3
