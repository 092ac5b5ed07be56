"""Rules of the tenth session, on hand-made records: a body's or a law's proper name the evidence does not
print, a deadline passage that says no time, the groups of an appendix, the years of a document's title in a
listing, and question forms (a document's number and date, an amount in English, a table's column)."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

Q = "qd.txt"
P = "kh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(Q, "Quy định về chia sẻ dữ liệu", "Quy định", issuer="Ban Bí thư", national=True),
        Document(
            P,
            "Kế hoạch phát triển kinh tế số giai đoạn 2026-2030",
            "Kế hoạch",
            province="Bắc Ninh",
            issuer="UBND tỉnh Bắc Ninh",
            number="144/KH-UBND",
            date="2025-12-01",
        ),
    ]
    clauses = [
        Clause(
            Q,
            "1",
            "Điều 1",
            (),
            (10, 11),
            "Điều 1. Dữ liệu về hợp tác quốc tế do Ban Đối ngoại Trung ương làm chủ quản dữ liệu.",
        ),
        Clause(
            Q,
            "2",
            "Điều 2",
            (),
            (12, 13),
            "Điều 2. Các dữ liệu được chia sẻ bao gồm chương trình công tác và báo cáo tổng hợp.",
        ),
        Clause(
            Q,
            "3",
            "Điều 3",
            (),
            (14, 15),
            "Điều 3. Dữ liệu về công tác dân vận do Ban Dân\nvận Trung ương làm chủ quản dữ liệu.",
        ),
        Clause(
            P,
            "IV.4",
            "Mục IV, khoản 4",
            (),
            (30, 31),
            "4. Sở Văn hóa, Thể thao và Du lịch định hướng các cơ quan truyền thông đẩy mạnh tuyên truyền "
            "về nội dung Kế hoạch này.",
        ),
        Clause(
            P,
            "IV.5",
            "Mục IV, khoản 5",
            (),
            (32, 33),
            "5. Sở Tư pháp hoàn thành rà soát các văn bản quy phạm pháp luật trước ngày 30/11/2026.",
        ),
        Clause(
            P,
            "V.1",
            "Mục V, khoản 1, ý 2",
            ("V. THÁNG HÀNH ĐỘNG VỀ CHUYỂN ĐỔI SỐ",),
            (40, 41),
            "+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng quang báo tại các nhà chờ xe buýt.",
        ),
    ]
    tasks = [
        make_task(P, "1", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%", ["Sở Công Thương"],
                  deadline="Năm 2027", line=100, group="I", group_title="Kinh tế số"),
        make_task(P, "2", "Tỷ lệ người dân có tài khoản định danh điện tử đạt 80%", ["Công an tỉnh"],
                  deadline="Năm 2025", line=110, group="II", group_title="Xã hội số"),
        make_task(P, "3", "Tỷ lệ người dân được định danh số đạt 100%", ["Công an tỉnh"],
                  deadline="Thường xuyên", line=120, group="II", group_title="Xã hội số"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


def test_a_body_the_evidence_does_not_name_is_not_answered(view):
    _, _, outcome = ask_view(
        view, "Theo Quy định, Ban Công tác tổng hợp là cơ quan chủ quản của những dữ liệu nào?"
    )
    assert outcome.abstained
    _, _, outcome = ask_view(
        view, "Theo Quy định, Ban Đối ngoại Trung ương là cơ quan chủ quản của những dữ liệu nào?"
    )
    assert not outcome.abstained
    assert "hợp tác quốc tế" in outcome.text


def test_a_name_broken_over_two_lines_is_still_printed(view):
    _, _, outcome = ask_view(
        view,
        "Theo Quy định, Ban Dân vận Trung ương là cơ quan chủ quản của những dữ liệu nào?",
        threshold=0.3,
    )
    assert not outcome.abstained
    assert "công tác dân vận" in outcome.text


def test_a_deadline_passage_must_say_a_time(view):
    _, _, outcome = ask_view(
        view, "Hạn để Sở Văn hóa, Thể thao và Du lịch định hướng các cơ quan truyền thông là khi nào?"
    )
    assert outcome.abstained
    _, _, outcome = ask_view(
        view, "Sở Tư pháp phải hoàn thành rà soát các văn bản quy phạm pháp luật khi nào?"
    )
    assert not outcome.abstained
    assert "30/11/2026" in outcome.text


def test_the_groups_of_an_appendix_are_listed_with_their_counts(view):
    query, _, outcome = ask_view(view, "Phụ lục Kế hoạch của Bắc Ninh được chia thành những nhóm nào?")
    assert outcome.strategy == "groups"
    assert "I. Kinh tế số (1 nhiệm vụ)" in outcome.text
    assert "II. Xã hội số (2 nhiệm vụ)" in outcome.text
    assert [c.lines for c in outcome.citations] == [(100, 103), (110, 113)]
    _, _, outcome = ask_view(view, "Which groups of tasks does the appendix of the Bac Ninh plan have?")
    assert outcome.strategy == "groups"
    assert "(1 task)" in outcome.text
    # one agency's tasks are no question about the groups
    assert ask_view(view, "Công an tỉnh chủ trì những nhiệm vụ nào?")[2].strategy != "groups"


def test_the_years_of_a_documents_title_do_not_filter_a_listing(view):
    _, _, outcome = ask_view(
        view,
        "Những chỉ tiêu nào trong Kế hoạch phát triển kinh tế số Bắc Ninh 2026-2030 do Công an tỉnh chủ trì?",
    )
    assert outcome.strategy == "listing"
    assert outcome.meta["count"] == 2
    # a year asked about still filters
    _, _, outcome = ask_view(view, "Những chỉ tiêu nào do Công an tỉnh chủ trì có thời hạn năm 2025?")
    assert outcome.meta["count"] == 1


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Công văn của Tỉnh ủy về thực hiện Nghị quyết 66 mang số bao nhiêu?", "doc_number"),
        ("Kế hoạch của UBND tỉnh Phú Thọ được ký vào ngày cụ thể nào?", "date"),
        ("What is the minimum charter capital of the central housing fund?", "money"),
        ("Công văn này mang số bao nhiêu người tham gia?", "count"),
        ("Họ tên Chủ tịch UBND tỉnh đã ký Quyết định 1218/QĐ-UBND là gì?", "signer"),
        ("Các sở phải gửi báo cáo về Sở Tư pháp trước ngày, tháng cụ thể nào?", "date"),
    ],
)
def test_question_forms_ask_their_kind(question, kind):
    assert understand(question).answer_type == kind


def test_time_and_fee_is_not_only_an_amount():
    assert understand("What is the processing time and fee for issuing a certificate?").answer_type != "money"


def test_a_tables_column_is_no_topic():
    query = understand("Which tasks name the Department of Finance in the lead column?")
    assert "chuyên mục" not in query.topic


def test_review_cases_of_the_tenth_session(view):
    # "cơ sở gì" is no document number, "có số bao nhiêu xã" a count
    assert (
        understand("Kế hoạch phát triển kinh tế số được xây dựng trên cơ sở gì?").answer_type != "doc_number"
    )
    assert understand("Tỉnh có số bao nhiêu xã?").answer_type != "doc_number"
    # groups of people are no groups of an appendix's tasks
    assert ask_view(view, "Kế hoạch có bao nhiêu nhóm đối tượng được hỗ trợ?")[2].strategy != "groups"
    # a year asked about in "kế hoạch … năm 2025" still filters the listing
    _, _, outcome = ask_view(view, "Những chỉ tiêu nào trong kế hoạch phải đạt năm 2025?")
    assert outcome.meta.get("count") == 1


def test_an_agency_the_rows_never_name_is_answered_from_its_own_passages(view):
    query, _, outcome = ask_view(
        view, "Sở Xây dựng được giao làm gì trong Tháng hành động về chuyển đổi số năm 2025?"
    )
    assert query.intent == "agency_tasks"
    assert outcome.strategy == "duties"
    assert "nhà chờ xe buýt" in outcome.text


def test_a_kinds_short_name_before_its_number_is_understood(view):
    from assistant.matching import _understood_spans

    query = understand("Kết quả của nhiệm vụ trong Phụ lục QĐ 2597 là gì?")
    text = query.question
    spans = _understood_spans(view, query, [])
    assert any(text[s:e] == "QĐ" for s, e in spans)


def test_a_counted_noun_is_read_with_its_tone_marks():
    from assistant.evidence import has_answer_type

    assert not has_answer_type("- 2030 Căn cứ Nghị quyết số 57-NQ/TW", "count", "cán bộ, công chức")
    assert has_answer_type("Năm 2026 tuyển dụng 05 cán bộ làm công tác chuyển đổi số.", "count", "cán bộ")
    # a question typed without tone marks still finds its noun
    assert has_answer_type("Năm 2026 tuyển dụng 05 cán bộ làm công tác chuyển đổi số.", "count", "can bo")


def test_a_row_is_found_by_its_number_and_a_missing_number_is_said(view):
    from assistant.row_number import asked_row

    _, _, outcome = ask_view(view, "Trong phụ lục kế hoạch Bắc Ninh, chỉ tiêu số 3 do ai chủ trì?")
    assert outcome.strategy == "row_number"
    assert "Công an tỉnh" in outcome.text
    assert [c.lines for c in outcome.citations] == [(120, 123)]
    _, _, outcome = ask_view(view, "In the Bac Ninh appendix, who leads task 1 of group I?")
    assert "Sở Công Thương" in outcome.text
    _, _, outcome = ask_view(view, "Nhiệm vụ số 9 trong phụ lục Kế hoạch Bắc Ninh là gì, ai chủ trì?")
    assert outcome.abstained and "9" in outcome.text
    # a share or a document's number is no row
    assert asked_row("Chỉ tiêu 80% trong phụ lục do ai chủ trì?") is None
    assert asked_row("Nghị quyết số 66 giao nhiệm vụ gì?") is None


def test_a_blank_number_is_said_to_be_blank(view):
    _, _, outcome = ask_view(view, "Quy định về chia sẻ dữ liệu của Ban Bí thư có số hiệu là gì?")
    assert outcome.abstained
    assert "để trống số hiệu" in outcome.text
    _, _, outcome = ask_view(
        view, "What is the document number of the Secretariat's regulation on data sharing?"
    )
    assert outcome.abstained


def test_second_review_cases_of_the_tenth_session(view):
    from assistant.matching import _CITED_NUMBER, _KIND_SHORT
    from assistant.row_number import asked_row, group_number
    from indexer.text import fold

    # "kỳ" (định kỳ, kỳ họp) is no "ký"
    assert understand("Họ và tên cán bộ đầu mối theo dõi báo cáo định kỳ là gì?").answer_type != "signer"
    assert understand("Họ tên đại biểu được bầu tại kỳ họp thứ 9 là gì?").answer_type != "signer"
    # groups numbered either way; a length of time is no row
    assert group_number("II") == group_number("2") == 2 and group_number("IV") == 4
    assert asked_row("Phụ lục có những nhiệm vụ 6 tháng đầu năm 2026 nào?") is None
    _, _, outcome = ask_view(view, "Trong phụ lục kế hoạch Bắc Ninh, nhóm 2 chỉ tiêu số 2 do ai chủ trì?")
    assert outcome.strategy == "row_number" and "Công an tỉnh" in outcome.text
    # the n-th task of an agency is not the table's row n
    assert ask_view(view, "Trong phụ lục kế hoạch Bắc Ninh, nhiệm vụ 1 của Công an tỉnh là gì?")[
        2
    ].strategy != ("row_number")
    # "Theo Kế hoạch X, …" opens the question; "theo Kế hoạch số mấy" asks a cited plan
    assert not _CITED_NUMBER.search(fold("Theo kế hoạch phát triển kinh tế số, văn bản có số hiệu gì?"))
    assert _CITED_NUMBER.search(fold("thực hiện các nhiệm vụ theo kế hoạch số mấy của UBND tỉnh"))
    assert _KIND_SHORT.search("Phụ lục QD 2597") and _KIND_SHORT.search("Qđ 2597")
