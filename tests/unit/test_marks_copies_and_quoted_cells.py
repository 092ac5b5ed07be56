"""A question typed without tone marks is searched with the marks the passages print ("quy bao hiem that
nghiep" → "quỹ bảo hiểm thất nghiệp"); "who receives copies" asks the recipients; a value asked "at each
milestone" asks for all of them; "implementing instructions" are the "Thực hiện Thông tri …" recitals; a
name printed with its ministry's acronym is named without it; a body named beside a quoted cell value
lists that body's rows that print the value; who is in charge of a row also reads its "person responsible"
column; "prohibited" is "nghiêm cấm"."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import _ASKS_RECIPIENTS, _COPIES
from assistant.restore_marks import MarkRestorer
from assistant.row_columns import asked_columns
from assistant.understand import PrintedAgencies, understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

PASSAGES = [
    "Điều 45. Sử dụng Quỹ bảo hiểm thất nghiệp",
    "1. Chi trả các chế độ bảo hiểm thất nghiệp.",
    "Quỹ bảo hiểm thất nghiệp được sử dụng để chi trả trợ cấp thất nghiệp.",
    "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ.",
    "Mức quy định tại Điều này; quy trình tại Điều 3.",
]


@pytest.fixture(scope="module")
def restorer() -> MarkRestorer:
    return MarkRestorer(PASSAGES * 2)  # (a form printed once is no evidence)


def test_a_form_printed_once_or_seldom_among_others_is_not_put_back():
    assert MarkRestorer(PASSAGES).restore("cac che do") is None
    # "cơ quan" twice, "có quan" once: the dominant form; "có quan" alone twice beside "cơ quan" twice: neither
    assert MarkRestorer(["cơ quan", "cơ quan", "có quan"]).restore("co quan") == "cơ quan"
    assert MarkRestorer(["cơ quan", "cơ quan", "có quan", "có quan"]).restore("co quan") is None


def test_a_questions_own_words_are_not_taken_for_printed_ones():
    printed = MarkRestorer(["cố bảo nhiều", "đô ai chủ trì", "chủ trì"] * 3)
    assert printed.restore("co bao nhieu") is None
    assert printed.restore("do ai chu tri") == "do ai chủ trì"


def test_runs_of_unaccented_words_take_the_marks_the_passages_print(restorer):
    out = restorer.restore("quy bao hiem that nghiep duoc su dung vao muc dich nao theo luat 74/2025/QH15?")
    assert out is not None
    assert out.startswith("quỹ bảo hiểm thất nghiệp được sử dụng")
    # what is not printed stays as typed (a single word: "vao", "nao"), and so does the document's number
    assert "muc dich nao" in out and "74/2025/QH15?" in out
    # the first letter keeps the case it was typed in
    assert restorer.restore("So tu phap lam gi").startswith("Sở tư pháp lam gi")
    assert restorer.restore("So Tu phap lam gi").startswith("Sở Tư pháp")  # each word's own


def test_a_run_does_not_cross_punctuation_or_marked_words(restorer):
    # "tai, dieu": two pieces; a marked word is left and its unaccented neighbours are read apart
    assert restorer.restore("quy tai, dieu") is None  # ("quy định tại Điều này" is printed: not these runs)
    assert restorer.restore("Sở tu phap") == "Sở tư pháp"  # the marked word as typed, the run after it read
    assert restorer.restore("nothing here is printed") is None


def test_an_english_question_is_left_as_it_is(restorer):
    assert restorer.restore("Which body leads the task on the legal portal?") is None


def test_who_receives_copies_asks_the_recipients():
    assert _ASKS_RECIPIENTS.search(
        fold("Who receives copies of the Hà Tĩnh Provincial Party Committee's dispatch?")
    )
    assert _ASKS_RECIPIENTS.search(fold("Which bodies are copied on Vĩnh Long's Decision 1218?"))
    # beside "addressed to", the copies are the second list asked
    assert _COPIES.search(fold("Who is the dispatch addressed to, and who receives copies?"))
    assert not _COPIES.search(fold("Who is the dispatch addressed to?"))
    # (sixty-first session) "… kính gửi những ai và còn gửi tới những nơi nào?", "… and where else is it sent?":
    # the others it also goes to, beside its addressees
    assert _COPIES.search(fold("Công văn của Tỉnh ủy kính gửi những ai và còn gửi tới những nơi nào?"))
    assert _COPIES.search(fold("Who is the letter addressed to, and where else is it sent?"))
    assert not _COPIES.search(fold("Công văn của Tỉnh ủy kính gửi những ai?"))


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch 617 đặt mục tiêu tỷ lệ doanh nghiệp ứng dụng công nghệ số theo từng mốc năm như thế nào?",
        "What share of businesses must apply digital technology at each milestone under plan 617?",
    ],
)
def test_a_value_asked_at_each_milestone_asks_for_them_all(question):
    assert understand(question).plural


def test_a_value_asked_once_is_not_plural():
    assert not understand(
        "Kế hoạch 617 đặt mục tiêu tỷ lệ doanh nghiệp ứng dụng công nghệ số năm 2030 là bao nhiêu?"
    ).plural


def test_a_name_printed_with_its_ministrys_acronym_is_named_without_it():
    names = PrintedAgencies(["Trung tâm Chuyển đổi số VHTTDL", "Văn phòng Bộ"])
    assert names.find("trung tâm chuyển đổi số phối hợp những nhiệm vụ nào?") == [
        "Trung tâm Chuyển đổi số VHTTDL"
    ]
    # (not when two printed names share what is left)
    two = PrintedAgencies(["Trung tâm Chuyển đổi số VHTTDL", "Trung tâm Chuyển đổi số BTTTT"])
    assert two.find("trung tâm chuyển đổi số phối hợp những nhiệm vụ nào?") == []


def test_who_is_in_charge_also_reads_the_person_responsible_column():
    from dataclasses import replace

    task = replace(
        make_task(
            "cv.txt", "3", "Xây dựng bộ quy tắc ứng xử văn hóa trên môi trường số",
            ["Cục Phát thanh truyền hình và Thông tin điện tử"],
        ),
        extra=(("Người đứng đầu chịu trách nhiệm", "Cục trưởng Cục Phát thanh truyền hình và Thông tin điện tử"),),
    )  # fmt: skip
    assert asked_columns(task, "Who is in charge of drafting the code of conduct?")
    assert not asked_columns(task, "Which body drafts the code of conduct?")


Q = "nq1339.txt"
PENDING = "Theo kết quả rà soát, đề xuất của các cơ quan"


@pytest.fixture(scope="module")
def resolutions() -> IndexView:
    doc = Document(
        Q, "Kế hoạch triển khai Nghị quyết 1339", "Kế hoạch", number="1339/NQ-UBTVQH15", national=True
    )
    rows = [
        ("Nghị quyết sửa đổi Nghị quyết số 283/2021/NQ-UBTVQH15", "Ban Công tác đại biểu", PENDING, 69),
        ("Nghị quyết sửa đổi Nghị quyết số 730/2004/NQ-UBTVQH11", "Ban Công tác đại biểu", PENDING, 70),
        (
            "Nghị quyết về việc giải thể Viện Nghiên cứu lập pháp",
            "Ban Công tác đại biểu",
            "Trước ngày 10/01/2025",
            50,
        ),
        ("Nghị quyết ban hành Quy chế hoạt động đối ngoại", "Ủy ban Đối ngoại", PENDING, 72),
    ]
    tasks = [
        make_task(Q, str(i), name, [lead], deadline=when, line=n)
        for i, (name, lead, when, n) in enumerate(rows, start=1)
    ]
    return IndexView(
        RecordSearcher([doc], [Clause(Q, "I", "Mục I", (), (1, 2), "I. DANH MỤC VĂN BẢN")], tasks)
    )


def test_a_body_beside_a_quoted_cell_value_lists_its_rows_that_print_it(resolutions):
    asked = (
        "Những nghị quyết nào trong Kế hoạch 1339 do Ban Công tác đại biểu soạn thảo mà tiến độ chỉ ghi "
        "“theo kết quả rà soát, đề xuất của các cơ quan”?"
    )
    _, _, out = ask_view(resolutions, asked)
    assert not out.abstained
    assert sorted(c.lines for c in out.citations) == [(69, 72), (70, 73)], out.text


H = "kh174.txt"
PREAMBLE = (
    "Căn cứ Quyết định số 178/QĐ-TTg ngày 28 tháng 01 năm 2016 của Thủ tướng Chính phủ về ban hành Kế hoạch triển "
    "khai Thông báo kết luận số 196-TB/TW ngày 16 tháng 3 năm 2015 của Ban Bí thư; Căn cứ Nghị quyết số 28/NQ-CP "
    "ngày 03 tháng 3 năm 2021 của Chính phủ; Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành "
    "ủy Thành phố Hồ Chí Minh và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm "
    "2025;"
)


@pytest.fixture(scope="module")
def preamble() -> IndexView:
    doc = Document(H, "Kế hoạch thực hiện Tháng hành động vì bình đẳng giới năm 2025", "Kế hoạch",
                   province="Hồ Chí Minh")  # fmt: skip
    return IndexView(
        RecordSearcher([doc], [Clause(H, "preamble", "Phần mở đầu", (), (26, 60), PREAMBLE)], [])
    )


def test_implementing_instructions_are_the_recitals_of_what_a_plan_carries_out(preamble):
    from assistant.evidence import terms
    from assistant.special import implemented

    quotes = [m.quote for m in implemented(preamble, terms("kế hoạch thực hiện"), None)]
    assert any(q.startswith("Thực hiện Thông tri số 02-TT/TU") for q in quotes), quotes
    # (a basis that names what another document carries out is no recital of this one)
    assert not any("Thông báo kết luận" in q for q in quotes), quotes
    asked = "What legal bases and implementing instructions does Ho Chi Minh City cite for its plan?"
    _, _, out = ask_view(preamble, asked)
    assert "Căn cứ Quyết định số 178/QĐ-TTg" in out.text and "Thông tri số 02-TT/TU" in out.text, out.text


def test_prohibited_conduct_is_what_is_forbidden():
    from assistant.glossary import english_to_vietnamese

    assert "nghiêm cấm" in english_to_vietnamese("What acts are prohibited under Regulation 384?")
    assert understand("What conduct is prohibited under Regulation 384?").plural


def test_copies_of_what_a_document_speaks_of_are_not_its_recipients():
    assert not _ASKS_RECIPIENTS.search(
        fold("Which agency receives copies of the asset inventory reports in Quang Ngai?")
    )
    assert not _ASKS_RECIPIENTS.search(
        fold("Who is copied on the quarterly reports under the Hà Tĩnh dispatch?")
    )
    assert not _ASKS_RECIPIENTS.search(
        fold("Which bodies receive copies of the reports on implementing Directive 09?")
    )
    assert _ASKS_RECIPIENTS.search(fold("Who receives copies?"))


def test_conduct_asks_several_only_when_it_is_forbidden():
    assert not understand("What conduct must employers follow when paying unemployment insurance?").plural


def test_a_post_or_a_body_of_a_place_is_not_named_by_a_name_without_its_acronym():
    names = PrintedAgencies(["Chuyên viên phòng KGVX", "Trung tâm Chuyển đổi số VHTTDL"])
    assert names.find("chuyên viên phòng nội vụ làm gì?") == []
    assert names.find("trung tâm chuyển đổi số tỉnh bắc ninh chủ trì gì?") == []


def test_a_basis_that_names_what_another_document_carries_out_stands_when_nothing_else_does():
    from assistant.evidence import terms
    from assistant.special import implemented

    doc = Document("qd.txt", "Quyết định phê duyệt Đề án", "Quyết định", number="2597/QĐ-TTg", national=True)
    basis = (
        "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ ban hành Chương trình hành động thực hiện "
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;"
    )
    records = IndexView(
        RecordSearcher([doc], [Clause("qd.txt", "preamble", "Phần mở đầu", (), (40, 54), basis)], [])
    )
    quotes = [m.quote for m in implemented(records, terms("quyết định triển khai nghị quyết"), None)]
    assert quotes and "57-NQ/TW" in quotes[0], quotes
