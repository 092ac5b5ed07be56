"""Rules of the thirty-seventh session, on hand-made records and questions: a deadline asked of a row that gives
none, with no time printed beside it, is an abstention that still shows the row; "Which Party action programmes do
the two plans implement" reads "Party" as a Party committee of any level; "who consolidates the reports and how
often" of two plans asks each one's reporting passage, not a task row's lead; a value's closing full stop is no part
of it when extractions are scored; "which Deputy Minister …" asks a name, which a passage that prints none does not
answer.
"""

from __future__ import annotations

import pytest

from assistant.compare import _party_words_vi
from assistant.index_view import IndexView, RecordSearcher
from assistant.understand import understand
from eval.extraction import score_tasks
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, make_task

PLAN = "laichau.txt"


def _plan_view(deadline: str | None, body: str) -> IndexView:
    docs = [Document(PLAN, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn", "Kế hoạch", number="7360/KH-UBND",
                     province="Lai Châu")]  # fmt: skip
    clauses = [Clause(PLAN, "II.2", "Mục II, khoản 2", ("II. NỘI DUNG",), (90, 92), body)]
    tasks = [
        make_task(PLAN, "2", "Rà soát văn bản quy phạm pháp luật về tiêu chuẩn và quy chuẩn kỹ thuật",
                  ["Sở Khoa học và Công nghệ"], deadline=deadline, line=85)
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, tasks))


QUESTION = "Thời hạn hoàn thành việc rà soát văn bản quy phạm pháp luật về tiêu chuẩn và quy chuẩn kỹ thuật là khi nào?"


def test_a_deadline_of_a_row_that_gives_none_is_an_abstention_that_shows_the_row():
    view = _plan_view(None, "2. Tổ chức tuyên truyền, phổ biến Luật cho người dân.")
    _, _, outcome = ask_view(view, QUESTION)
    assert outcome.abstained, outcome.text
    assert outcome.meta.get("abstain") == "blank_time"
    assert "không ghi thời hạn" in outcome.text and outcome.citations  # the row is still shown and cited


def test_a_row_with_its_time_printed_answers():
    view = _plan_view("Quý IV năm 2025.", "2. Tổ chức tuyên truyền, phổ biến Luật cho người dân.")
    _, _, outcome = ask_view(view, QUESTION)
    assert not outcome.abstained, outcome.text
    assert "Quý IV năm 2025." in outcome.text  # as printed, its full stop too


def test_a_party_committee_of_any_level_and_its_programmes_in_english():
    f = fold(
        "Which Party action programmes do the Hà Tĩnh and Hải Phòng plans implement, and which came first?"
    )
    assert _party_words_vi(f).startswith("chuong trinh hanh dong cua cap uy nao ")
    # (the party of a contract, or "Party" alone, is no committee)
    assert "cap uy" not in _party_words_vi(fold("Which party signs the contract?"))


def test_two_plans_each_cite_a_party_programme_and_the_earlier_is_said():
    docs = [
        Document("hatinh.txt", "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number="12/KH-UBND",
                 province="Hà Tĩnh"),
        Document("haiphong.txt", "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number="34/KH-UBND",
                 province="Hải Phòng"),
    ]  # fmt: skip
    clauses = [
        Clause("hatinh.txt", "preamble", "Phần mở đầu", (), (10, 12),
               "Căn cứ Chương trình hành động số 45-CTr/TU ngày 03/7/2025 của Ban Thường vụ Tỉnh ủy thực hiện "
               "Nghị quyết số 66-NQ/TW;", "preamble"),
        Clause("haiphong.txt", "preamble", "Phần mở đầu", (), (8, 9),
               "Thực hiện Chương trình hành động số 95-CTr/TU ngày 09/6/2025 của Ban Thường vụ Thành ủy thực hiện "
               "Nghị quyết số 66-NQ/TW;", "preamble"),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    question = "Which Party action programmes do the Hà Tĩnh and Hải Phòng plans implement, and which was issued first?"
    _, _, outcome = ask_view(view, question)
    assert not outcome.abstained, outcome.text
    assert "45-CTr/TU" in outcome.text and "95-CTr/TU" in outcome.text
    assert outcome.text.index("Hải Phòng") < outcome.text.index("Hà Tĩnh")  # issued first: 09/6 before 03/7


def test_who_consolidates_the_reports_and_how_often_asks_the_reporting_passages():
    docs = [
        Document("dongthap.txt", "Kế hoạch chuyển đổi số doanh nghiệp", "Kế hoạch", number="617/KH-UBND",
                 province="Đồng Tháp"),
        Document("laichau.txt", "Kế hoạch thi hành Luật Tiêu chuẩn", "Kế hoạch", number="7360/KH-UBND",
                 province="Lai Châu"),
    ]  # fmt: skip
    clauses = [
        Clause("dongthap.txt", "IV.7", "Mục IV, khoản 7", ("IV. TỔ CHỨC THỰC HIỆN",), (265, 268),
               "Các sở, ngành, UBND các xã định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo kết quả thực hiện "
               "về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân Tỉnh."),
        Clause("laichau.txt", "IV.1", "Mục IV, khoản 1", ("IV. TỔ CHỨC THỰC HIỆN",), (120, 123),
               "1. Sở Khoa học và Công nghệ theo dõi, tổng hợp báo cáo kết quả thực hiện Kế hoạch gửi Ủy ban nhân "
               "dân tỉnh định kỳ hằng năm theo quy định."),
    ]  # fmt: skip
    tasks = [
        make_task("dongthap.txt", "1", "Triển khai hạ tầng 5G trong các khu công nghiệp", ["Sở Công Thương"],
                  deadline="2026", line=400),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, tasks))
    question = (
        "Compare the reporting arrangements in Dong Thap plan 617 and Lai Chau plan 7360: who consolidates the "
        "reports and how often?"
    )
    query, _, outcome = ask_view(view, question)
    assert query.aspect == "lead_agency"  # "who …": the body asked, which each reporting passage names
    assert "tần suất" not in query.topic  # ("how often" is the ask, no word the passages must print)
    assert not outcome.abstained, outcome.text
    assert "01/6 và 15/11 hằng năm" in outcome.text and "định kỳ hằng năm theo quy định" in outcome.text
    assert "5G" not in outcome.text


def test_a_closing_full_stop_is_no_part_of_a_scored_value():
    task = make_task(
        "qn.txt", "1", "Thành lập Tổ kiểm kê", ["Đối tượng kiểm kê"], deadline="Trước ngày 30/11/2025."
    )
    gold = [{"doc": "qn.txt", "group": "I", "number": "1", "deadline": "Trước ngày 30/11/2025"}]
    assert score_tasks([task], gold)["deadline"]["accuracy"] == 1.0


@pytest.mark.parametrize(
    "question",
    [
        "Which Deputy Minister of Culture supervises the task of re-engineering administrative procedures?",
        "Which vice-chairman oversees the inventory?",
        "Thứ trưởng nào phụ trách nhiệm vụ tái cấu trúc quy trình thủ tục hành chính?",
    ],
)
def test_which_holder_of_a_title_asks_a_name(question):
    assert understand(question).answer_type == "person"


@pytest.mark.parametrize(
    "question",
    [
        "Which ministry leads the task of re-engineering administrative procedures?",
        "Phó Chủ tịch nào ký Kế hoạch 7360?",  # (the signature answers)
        "Which Deputy Minister signed the letter?",
        # (a minister is told apart by the ministry: "Bộ trưởng Bộ Công Thương")
        "Which minister is tasked with directing EVN to restore the power supply?",
        "Công điện giao Bộ trưởng nào chỉ đạo EVN khôi phục hệ thống cung cấp điện?",
    ],
)
def test_a_body_or_a_signer_is_no_name_asked(question):
    assert understand(question).answer_type != "person"


def test_which_deputy_minister_is_not_answered_by_a_passage_that_names_none():
    doc = "bvhttdl.txt"
    docs = [Document(doc, "Về việc triển khai nhiệm vụ trọng tâm", "Công văn", number="6225/BVHTTDL-VP")]
    clauses = [
        Clause(doc, "I.3", "Mục I, khoản 3", ("I. NHIỆM VỤ",), (30, 32),
               "3. Các đơn vị rà soát, tái cấu trúc quy trình thủ tục hành chính, báo cáo Bộ trưởng Bộ Văn hóa, "
               "Thể thao và Du lịch."),
    ]  # fmt: skip
    view = IndexView(RecordSearcher(docs, clauses, []))
    _, _, outcome = ask_view(
        view, "Which Deputy Minister supervises re-engineering administrative procedures under Letter 6225?"
    )
    assert outcome.abstained, outcome.text
