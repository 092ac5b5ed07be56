"""Rules of the fourteenth session, on hand-made records: a document's issuer named without "của" or in
brackets is no agency asked about; a task row's other columns asked by their printed header; two rows of
a table named by their numbers ("Đề án ưu tiên số 1 và số 3") and whether they have the same lead and
time; a named group's members listed in brackets; a deadline passage that prints a date before one that
says only "định kỳ"; the several years asked of one passage; counts, amounts, signers and plural asks
read from the question's words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.compare_items import halves
from assistant.duties import asks_duties
from assistant.evidence import has_answer_type, quote_window
from assistant.index_view import IndexView, RecordSearcher
from assistant.question_rules import defined_term
from assistant.row_columns import asked_columns
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import ask_view, make_task

NQ = "nghiquyet.txt"
PLAN = "kehoach.txt"
REG = "quydinh.txt"
KH = "kehoach_qh.txt"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(NQ, "Nghị quyết về phân loại rác thải", "Nghị quyết", number="394/NQ-CP", issuer="Chính phủ",
                 national=True),
        Document(PLAN, "Kế hoạch phát triển kinh tế số giai đoạn 2026 - 2030", "Kế hoạch", number="144/KH-UBND",
                 province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh"),
        Document(REG, "Quy định về kết nối, chia sẻ dữ liệu", "Quy định", number="384-QĐ/TW", issuer="Ban Bí thư",
                 national=True),
        Document(KH, "Kế hoạch sửa đổi các luật, nghị quyết", "Nghị quyết", number="1339/NQ-UBTVQH15",
                 issuer="Ủy ban Thường vụ Quốc hội", national=True),
    ]  # fmt: skip
    clauses = [
        Clause(PLAN, "VI.13", "Mục VI, khoản 13", ("VI. TỔ CHỨC THỰC HIỆN",), (1240, 1247),
               "13. Báo và Phát thanh, Truyền hình tỉnh triển khai tuyên truyền thường xuyên, định kỳ, sâu rộng "
               "về nội dung Kế hoạch hằng năm."),
        Clause(PLAN, "VII", "Mục VII", ("VII. CHẾ ĐỘ BÁO CÁO",), (1325, 1334),
               "Định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm về Sở Khoa học và Công nghệ."),
        Clause(PLAN, "II.1.-1", "Mục II, khoản 1, ý 1", ("II. MỤC TIÊU", "1. Mục tiêu chung"), (88, 88),
               "- Kinh tế số chiếm 45% GRDP tỉnh."),
        Clause(REG, "Điều 1", "Điều 1", ("Điều 1. Phạm vi điều chỉnh",), (97, 103),
               "Quy định này quy định về kết nối, chia sẻ dữ liệu giữa các cơ quan đảng và giữa 4 Văn phòng Trung "
               "ương (Văn phòng Trung ương Đảng, Văn phòng Chủ tịch nước, Văn phòng Chính phủ, Văn phòng Quốc "
               "hội)."),
    ]  # fmt: skip
    tasks = [
        make_task(NQ, "1", "Đề án triển khai phong trào toàn dân tham gia bảo vệ môi trường",
                  ["Trung ương Mặt trận Tổ quốc Việt Nam"], deadline="2030", line=582, group="", group_title=""),
        make_task(NQ, "2", "Đề án truyền thông nâng cao nhận thức về phân loại rác thải",
                  ["Bộ Nông nghiệp và Môi trường"], deadline="2027", line=602, group="", group_title=""),
        make_task(NQ, "3", "Đề án đầu tư, nâng cấp hạ tầng kỹ thuật về phân loại, thu gom rác thải",
                  ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], deadline="Năm 2030", line=616,
                  group="", group_title=""),
        replace(
            make_task(KH, "", "Nghị quyết ban hành Quy chế hoạt động đối ngoại của Quốc hội", ["Ủy ban Đối ngoại"],
                      deadline="Theo kết quả rà soát", line=72, group="II", group_title="Văn bản"),
            extra=(("Cơ quan thẩm tra/chuẩn bị ý kiến", "Thường trực Ủy ban Đối ngoại"),
                   ("Hồ sơ", "(1) Tờ trình; (2) Dự thảo Nghị quyết; (3) Báo cáo ý kiến.")),
        ),
        replace(make_task(KH, "", "Nghị quyết sửa đổi Nghị quyết về tổ chức của Văn phòng Quốc hội",
                          ["Văn phòng Quốc hội"], line=80, group="II", group_title="Văn bản"),
                extra=(("Cơ quan trình", "Ban Dân nguyện"),)),
        replace(make_task(KH, "", "Nghị quyết sửa đổi Nghị quyết về Ban Dân nguyện", ["Ban Dân nguyện"], line=84,
                          group="II", group_title="Văn bản"),
                extra=(("Cơ quan trình", "Ban Dân nguyện; Văn phòng Quốc hội"),)),
        replace(make_task(KH, "", "Nghị quyết về Ban Thư ký", ["Ban Dân nguyện"], line=88, group="II",
                          group_title="Văn bản"),
                extra=(("Cơ quan trình", "Tổng Thư ký Quốc hội"),)),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


@pytest.mark.parametrize(
    ("question", "agencies"),
    [
        # the issuer of the document the question names, in brackets, without "của", or printed in full
        ("Sở Nội vụ có trách nhiệm gì theo Kế hoạch triển khai Nghị quyết 66 (UBND tỉnh)?", ("Sở Nội vụ",)),
        ("nhiem vu nao trong phu luc ke hoach ubnd tinh ha tinh ghi thoi gian la nam 2026", ()),
        ("Trong phụ lục kế hoạch của Ủy ban nhân dân tỉnh Hà Tĩnh, Sở Tài chính chủ trì những nhiệm vụ nào?",
         ("Sở Tài chính",)),
        ("Mục đích của Kế hoạch thực hiện Nghị quyết 66 của UBND tỉnh Vĩnh Long là gì?", ()),
        ("Which tasks in the Ha Tinh People's Committee plan are led by the Department of Finance?",
         ("Sở Tài chính",)),
        # a body named right after the document's kind that acts in it is the one asked about
        ("Nhiệm vụ nào trong kế hoạch Sở Nội vụ chủ trì?", ("Sở Nội vụ",)),
        ("Does the Department of Finance lead the plan in Ha Tinh?", ("Sở Tài chính",)),
    ],
)  # fmt: skip
def test_a_documents_issuer_is_no_agency_asked_about(question, agencies):
    assert understand(question).agencies == agencies


def test_an_english_issuer_is_no_listing_topic():
    query = understand(
        "Which tasks in the Ha Tinh People's Committee plan are led by the Department of Finance?"
    )
    assert query.intent == "agency_tasks"
    assert "Ủy ban nhân dân" not in query.topic


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Quyết định 1218/QĐ-UBND được ban hành dựa trên những căn cứ nào?", "legal_basis"),
        ("Quyết định 1218/QĐ-UBND do đồng chí Chủ tịch nào ký?", "signer"),
        ("What is the maximum number of deputy heads that a unit may have?", "count"),
        ("Kế hoạch quy định mức thù lao cho chuyên gia là bao nhiêu?", "money"),
        ("Which National Assembly resolution number is cited in the plan?", "doc_number"),
    ],
)
def test_the_kind_of_answer_asked(question, asked):
    assert understand(question).answer_type == asked
    # a minimum spending may be a share of the budget: no amount is required
    assert (
        understand("Tỉnh đặt mức chi tối thiểu cho công tác xây dựng pháp luật là bao nhiêu?").answer_type
        != "money"
    )


def test_a_document_number_is_no_count():
    assert not has_answer_type(
        "Thực hiện nghiêm Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 của Chính phủ.", "count"
    )
    assert has_answer_type("Bố trí không quá 03 cấp phó.", "count")


@pytest.mark.parametrize(
    "question",
    [
        "Theo Nghị định 302, ba nhóm đối tượng được ưu tiên đầu tiên khi thuê nhà ở là những ai?",
        "What are the six groups of tasks set out in Section II of the plan?",
    ],
)
def test_a_number_of_things_asked_is_plural(question):
    assert understand(question).plural


def test_halves_named_by_their_numbers():
    parts = halves(
        "Đề án ưu tiên số 1 và số 3 trong Phụ lục Nghị quyết 394/NQ-CP có cùng cơ quan chủ trì và cùng thời hạn "
        "hoàn thành không?"
    )
    assert parts is not None
    assert (parts.first, parts.second) == ("Đề án ưu tiên số 1", "Đề án ưu tiên số 3")
    assert parts.after == "trong Phụ lục Nghị quyết 394/NQ-CP"
    parts = halves("Do tasks 2 and 5 of group II in the appendix have the same lead agency?")
    assert parts is not None and (parts.first, parts.second) == ("task 2", "task 5")
    # a document's reference before a comma places both things
    parts = halves(
        "Theo kế hoạch kèm Nghị quyết 1339, Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ "
        "họp được trình Quốc hội thông qua vào thời điểm nào, văn bản nào trước?"
    )
    assert parts is not None and parts.first == "Luật sửa đổi Luật Tổ chức Quốc hội"
    assert parts.second == "Nghị quyết sửa đổi Nội quy kỳ họp"


def test_which_document_first_at_the_end_is_a_comparison():
    query = understand(
        "Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ họp được trình Quốc hội thông qua "
        "vào thời điểm nào, văn bản nào trước?"
    )
    assert query.intent == "compare"


def test_two_rows_the_same_or_not(view):
    question = (
        "Đề án ưu tiên số 1 và số 3 trong Phụ lục Nghị quyết 394/NQ-CP có cùng cơ quan chủ trì và cùng thời hạn "
        "hoàn thành không?"
    )
    _, _, out = ask_view(view, question)
    assert out.strategy == "compare_items" and not out.abstained, out.text
    first = out.text.splitlines()[0]
    # the leads differ; "2030" and "Năm 2030" are one time, as printed
    assert first.startswith("Khác cơ quan chủ trì: Đề án ưu tiên số 1 — Trung ương Mặt trận Tổ quốc Việt Nam")
    assert "Cùng thời hạn: 2030; Năm 2030." in first
    assert {c.lines for c in out.citations} == {(582, 585), (616, 619)}


def test_a_rows_other_column_asked_by_its_header(view):
    row = next(t for t in view.tasks if t.doc == KH and t.lines[0] == 72)
    assert [h for h, _ in asked_columns(row, "Hồ sơ trình UBTVQH đối với Nghị quyết này gồm những gì?")] == [
        "Hồ sơ"
    ]
    # either name of a header of two names; one word is too weak
    assert [h for h, _ in asked_columns(row, "Cơ quan thẩm tra nghị quyết này là ai?")] == [
        "Cơ quan thẩm tra/chuẩn bị ý kiến"
    ]
    assert asked_columns(row, "Hồ là gì?") == []
    _, _, out = ask_view(
        view,
        "Hồ sơ trình đối với Nghị quyết ban hành Quy chế hoạt động đối ngoại của Quốc hội gồm những tài liệu gì?",
    )
    assert "Hồ sơ: (1) Tờ trình; (2) Dự thảo Nghị quyết; (3) Báo cáo ý kiến." in out.text, out.text


def test_a_named_groups_members_in_brackets(view):
    question = "“4 Văn phòng Trung ương” nêu trong Quy định 384-QĐ/TW gồm những cơ quan nào?"
    assert defined_term(question) == "4 Văn phòng Trung ương"
    _, _, out = ask_view(view, question)
    assert not out.abstained and "Văn phòng Chủ tịch nước" in out.text
    assert [c.lines for c in out.citations] == [(97, 103)]
    assert defined_term("How does the Law on Employment define “việc làm công”?") == "việc làm công"


def test_a_deadline_passage_prints_its_date(view):
    _, _, out = ask_view(view, "What is the annual reporting deadline in Bac Ninh plan 144?")
    assert not out.abstained and "15/11" in out.text, out.text
    assert out.citations[0].lines == (1325, 1334)


def test_each_year_asked_is_quoted():
    sentences = [
        "Năm 2027, hoàn thành việc sửa đổi văn bản.",
        "Năm 2028, hoàn thiện hệ thống pháp luật.",
        "Khác.",
    ]
    assert quote_window(sentences, [0.2, 0.5, 0.1], 1, False) == sentences[1]
    assert quote_window(sentences, [0.2, 0.5, 0.1], 1, False, wanted=["2027", "2028"]) == " ".join(
        sentences[:2]
    )


def test_rephrased_asks():
    # "what are the tasks of X" asks X's duties; a task's name that opens with "phối hợp" keeps those words
    assert asks_duties(
        understand("Under Part IV.2 of the plan, what are the tasks of the Department of Home Affairs?")
    )
    query = understand("Cơ quan nào chủ trì nhiệm vụ phối hợp kiểm tra việc thi hành Luật?")
    assert query.intent == "lead_agency" and "phối hợp" in query.topic


def test_a_numbered_row_with_the_asked_cell_empty_abstains(view):
    _, _, out = ask_view(view, "Trong phụ lục Nghị quyết 394/NQ-CP, đề án số 2 có cơ quan phối hợp nào?")
    assert out.strategy == "row_number" and out.abstained
    # the row is still shown and cited: the document does not name one
    assert "Đề án truyền thông" in out.text and [c.lines for c in out.citations] == [(602, 605)]


def test_a_year_asked_as_a_time_is_not_the_titles(view):
    _, _, out = ask_view(
        view, "What share of GRDP does Bac Ninh's Plan 144 set for the digital economy by the end of 2026?"
    )
    assert out.abstained, out.text
    _, _, out = ask_view(
        view, "What share of GRDP does Bac Ninh's 2026-2030 plan set for the digital economy?"
    )
    assert not out.abstained and "45%" in out.text, out.text


def test_a_span_of_time_asked():
    assert (
        understand(
            "In Quang Ngai's plan, during what period must the inventory subjects carry out the count?"
        ).intent
        == "deadline"
    )
    assert understand("Tháng hành động diễn ra từ ngày nào đến ngày nào?").answer_type == "date"


def test_english_words_as_the_documents_print_them():
    query = understand(
        "Under Regulation 384, how do the public-notice requirements differ between a planned suspension and a "
        "suspension caused by force majeure?"
    )
    assert "thông báo công khai" in query.topic and "sự nghiệp" not in query.topic


def test_rows_listed_by_another_column(view):
    _, _, out = ask_view(
        view, "Những văn bản nào trong Kế hoạch kèm Nghị quyết 1339 có Ban Dân nguyện là cơ quan trình?"
    )
    assert out.strategy == "column_listing" and not out.abstained, out.text
    assert out.text.startswith("Có 2 dòng ghi Ban Dân nguyện ở cột “Cơ quan trình”:")
    assert sorted(c.lines for c in out.citations) == [(80, 83), (84, 87)]
    # a question about the lead column is the listing's own
    _, _, out = ask_view(
        view, "Ban Dân nguyện chủ trì những nhiệm vụ nào trong Kế hoạch kèm Nghị quyết 1339?"
    )
    assert out.strategy != "column_listing"


def test_review_cases():
    import time

    from assistant.row_number import asked_row

    # no backtracking on an unclosed bracket after a document's name (the old patterns took hours on these:
    # 12 s at 45 characters, doubling with each one)
    understand("Thời hạn của Kế hoạch là khi nào?")  # (the gazetteer and glossaries loaded first)
    started = time.perf_counter()
    understand("Thời hạn của Kế hoạch (" + "1" * 60 + " là khi nào?")
    understand("ke hoach do " + "a" * 60)
    assert time.perf_counter() - started < 10.0
    # a body that acts right after the document's name is asked about; "plan to" is a verb
    assert understand("Kế hoạch 144 Sở Tài chính có nhiệm vụ gì?").agencies == ("Sở Tài chính",)
    assert (
        "Sở Tư pháp"
        in understand("Which tasks does the Department of Justice plan to complete by 2026?").agencies
    )
    # a count is no document number; "kỳ họp" is no signing
    assert understand("How many tasks are in Plan number 144?").answer_type != "doc_number"
    assert understand("Nghị quyết 1339 được thông qua ở phiên nào kỳ họp thứ 9?").answer_type != "signer"
    # a number before a noun is plural only as a count
    for question in ("Sau bước thẩm định, hồ sơ được gửi đến đâu?", "Điều 5 nội dung chính là gì?"):
        assert not understand(question).plural, question
    # two rows named by number are each asked on their own
    assert asked_row("Trong phụ lục Vĩnh Long, nhiệm vụ 25 và 31 ai chủ trì?") is None
    parts = halves("So sánh nhiệm vụ số 14 và số 16 trong phụ lục Hà Tĩnh")
    assert parts is not None and parts.first == "nhiệm vụ số 14"


def test_undated_times_are_the_same_only_as_printed(view):
    from assistant.strategies import _same_or_not

    q = understand("Đề án số 1 và số 2 trong phụ lục có cùng thời hạn không?")
    a = make_task(
        NQ, "1", "Đề án A", ["Bộ Tài chính"], deadline="Hàng năm", line=900, group="", group_title=""
    )
    b = make_task(NQ, "2", "Đề án B", ["Bộ Tài chính"], deadline="Tháng 10 hàng năm", line=910, group="",
                  group_title="")  # fmt: skip

    class _Out:
        def __init__(self, task):
            self.citations = [type("C", (), {"n": 1, "doc": task.doc, "lines": task.lines})()]

    local = IndexView(RecordSearcher(list(view.docs.values()), [], [a, b]))
    verdict = _same_or_not(local, [("Đề án số 1", _Out(a)), ("Đề án số 2", _Out(b))], q)
    assert verdict.startswith("Khác thời hạn"), verdict
