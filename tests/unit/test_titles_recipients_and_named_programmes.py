"""What a plan says of a section named by its long title ("… quy định gì về cơ chế tài chính đặc biệt?") is the
section's items, not its title alone; a path in brackets ("section (II.6)") names the item; the second document a
plan is said to implement ("triển khai Nghị quyết 66-NQ/TW và Chương trình hành động 45-CTr/TU") is not asked to have
laid anything down, and its number is no task row; "Which bodies receive <document>?" asks the recipients; the body
that assigns the tasks is not the one asked about; an item's body read from its passage's opening."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from assistant.matching import _ASKS_RECIPIENTS
from assistant.row_number import asked_row
from assistant.sections import heading_by_path
from assistant.special import unindexed_subject
from assistant.understand import understand
from indexer.records import Clause, Document
from indexer.text import fold
from tests.records import ask_view, read_view

P = "kh_phutho.txt"
II = "II. NHIỆM VỤ, GIẢI PHÁP"
SIX = "6. Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [Document(P, "Kế hoạch triển khai Nghị quyết số 66-NQ/TW", "Kế hoạch", province="Phú Thọ")]
    clauses = [
        Clause(P, "II", "Mục II", (), (100, 100), II),
        Clause(
            P,
            "II.5",
            "Mục II, khoản 5",
            (II,),
            (101, 103),
            "5. Đẩy mạnh chuyển đổi số trong xây dựng pháp luật.",
        ),
        Clause(P, "II.6", "Mục II, khoản 6", (II,), (147, 148), SIX),
        Clause(
            P,
            "II.6.a",
            "Mục II, khoản 6, điểm a",
            (II, SIX),
            (150, 154),
            "a) Thực hiện cơ chế phân bổ, quản lý, sử dụng ngân sách gắn với khoán chi theo kết quả, sản phẩm.",
        ),
        Clause(
            P,
            "II.6.b",
            "Mục II, khoản 6, điểm b",
            (II, SIX),
            (155, 156),
            "b) Bảo đảm chi cho công tác xây dựng pháp luật không thấp hơn 0,5% tổng chi ngân sách hàng năm.",
        ),
        Clause(
            P,
            "II.6.c",
            "Mục II, khoản 6, điểm c",
            (II, SIX),
            (158, 161),
            "c) Bố trí nguồn ngân sách phù hợp, tương xứng cho công tác tổ chức thi hành pháp luật.",
        ),
    ]
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch Phú Thọ quy định gì về cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật?",
        "What does the Phú Thọ plan say about the special financial mechanism for law-making?",
    ],
)
def test_a_long_title_matched_whole_is_answered_by_its_items(view, question):
    _, _, out = ask_view(view, question)
    assert not out.abstained
    assert [c.lines for c in out.citations] == [(147, 148), (150, 154), (155, 156), (158, 161)], out.text


def test_a_path_in_brackets_names_the_item(view):
    query, scope = read_view(
        view, "What does the Phú Thọ plan say under its special financial mechanism section (II.6)?"
    )
    heading = heading_by_path(view, query, scope)
    assert heading is not None and heading.path == "II.6"


def test_the_second_document_a_plan_implements_is_not_asked_to_lay_anything_down():
    own = {"1218/qđ-ubnd"}
    said = (
        "Kế hoạch của UBND tỉnh Hà Tĩnh triển khai Nghị quyết 66-NQ/TW và Chương trình hành động 45-CTr/TU nêu "
        "những mục đích, yêu cầu nào?"
    )
    assert unindexed_subject(said, own) is None
    said = (
        "What purposes and requirements does Hà Tĩnh's provincial plan for implementing Resolution 66-NQ/TW, "
        "Resolution 140/NQ-CP and Action Programme 45-CTr/TU set out?"
    )
    assert unindexed_subject(said, own) is None
    # named on its own as what lays something down, it is still not indexed
    assert unindexed_subject("Chương trình hành động 45-CTr/TU đặt ra những mục tiêu gì?", own) is not None
    # a document named twice over ("Kế hoạch 168", "168-KH/TU") joined by "và" is one implemented document
    assert (
        unindexed_subject(
            "Kế hoạch Phú Thọ triển khai Nghị quyết 66-NQ/TW và Kế hoạch 168-KH/TU nêu gì?", own
        )
        is None
    )
    # a comma after a fronted clause ends it: the second document is the one asked of
    assert unindexed_subject("Thực hiện Nghị quyết 66, Nghị quyết 140/NQ-CP đề ra những nhiệm vụ gì?", own)
    assert unindexed_subject("Nghị quyết 66-NQ/TW và Nghị quyết 57-NQ/TW đặt ra những mục tiêu gì?", own)


def test_a_programme_of_actions_number_is_no_task_row():
    assert asked_row("Kế hoạch 12/KH-UBND triển khai Chương trình hành động 45-CTr/TU nêu những gì?") is None
    assert asked_row("Kế hoạch 12/KH-UBND triển khai chương trình hành động số 45 nêu những gì?") is None
    assert asked_row("Kế hoạch 12/KH-UBND: dòng 45 do ai chủ trì?") == (None, "45")


def test_which_bodies_receive_a_document_asks_its_recipients():
    assert _ASKS_RECIPIENTS.search(
        fold("Which bodies receive Hải Phòng City People's Committee's action plan on Resolution 66?")
    )
    assert not _ASKS_RECIPIENTS.search(fold("Which bodies receive support under Hải Phòng's plan?"))
    assert not _ASKS_RECIPIENTS.search(fold("Who receives reports on implementing the Hà Tĩnh plan?"))
    assert not _ASKS_RECIPIENTS.search(
        fold("Who receives a complaint about an unemployment insurance decision?")
    )


@pytest.mark.parametrize(
    "question",
    [
        "What tasks does the Vĩnh Long Provincial People's Committee assign to the Department of Justice?",
        "Which tasks does the PPC of Vĩnh Long assign to the Department of Justice?",
    ],
)
def test_the_body_that_assigns_the_tasks_is_not_asked_about(question):
    query = understand(question)
    assert query.agencies == ("Sở Tư pháp",)
    assert "giao" not in query.topic and "Ủy ban" not in query.topic, query.topic


@pytest.mark.parametrize(
    "question, body",
    [
        # (a commune's committee is not the plan's issuer; the provincial one directing its own tasks is asked)
        ("Which tasks does the commune-level People's Committee direct in Vĩnh Long?", "Ủy ban nhân dân"),
        ("Which tasks does the Provincial People's Committee direct in Vĩnh Long?", "Ủy ban nhân dân tỉnh"),
    ],
)
def test_a_body_that_assigns_to_no_other_is_the_one_asked(question, body):
    assert understand(question).agencies == (body,)


def test_a_communes_committee_is_never_read_as_the_issuer():
    asked = "What tasks does the commune-level People's Committee assign to the Department of Justice in Vĩnh Long?"
    assert "Ủy ban nhân dân" in understand(asked).agencies


def test_ppc_is_the_provincial_peoples_committee():
    assert understand("Which tasks does the PPC lead in Vĩnh Long?").agencies == ("Ủy ban nhân dân tỉnh",)
    # ("CPC" is a commune's committee as often as a city's: not glossed)
    assert (
        "Ủy ban nhân dân thành phố" not in understand("Which tasks do the CPCs lead in Vĩnh Long?").agencies
    )


def test_who_is_read_from_the_opening_of_the_passage_quoted_in_part():
    doc = "cd_ttg.txt"
    opening = "5. Bộ trưởng Bộ Tài chính chủ trì:"
    text = (
        f"{opening} (1) Phối hợp với Bộ Nông nghiệp và Môi trường tiếp tục rà soát, tổng hợp tình hình thiệt hại do "
        "mưa lũ, có phương án cụ thể xử lý những vấn đề cấp bách và lâu dài, báo cáo Chính phủ theo quy định. "
        "(2) Khẩn trương rà soát, cập nhật, hoàn thiện dự thảo Nghị quyết của Chính phủ về các giải pháp khắc phục "
        "hậu quả thiên tai, phục hồi sản xuất tại các địa phương khu vực Trung Bộ, trình Chính phủ trước ngày "
        "26/11/2025. (3) Triển khai các chính sách giãn, hoãn, miễn, giảm thuế, phí, lệ phí cho người dân."
    )
    records = IndexView(
        RecordSearcher(
            [Document(doc, "Công điện về tập trung khắc phục hậu quả mưa lũ", "Công điện", number="227/CĐ-TTg",
                      national=True)],
            [Clause(doc, "5", "Mục 5", (), (113, 127), text)],
            [],
        )
    )  # fmt: skip
    asked = (
        "Ai chủ trì hoàn thiện dự thảo Nghị quyết của Chính phủ về giải pháp khắc phục hậu quả thiên tai, phục hồi "
        "sản xuất khu vực Trung Bộ theo Công điện 227, phải trình trước ngày nào?"
    )
    _, _, out = ask_view(records, asked)
    assert not out.abstained and "26/11/2025" in out.text
    assert opening in out.text, out.text
    # a question that does not ask who is quoted as before
    _, _, out = ask_view(
        records,
        "Theo Công điện 227, dự thảo Nghị quyết về khắc phục hậu quả thiên tai phải trình trước ngày nào?",
    )
    assert "26/11/2025" in out.text and opening not in out.text, out.text


def test_data_sets_that_have_a_body_as_owning_agency_are_its_rows():
    asked = (
        "In the appendix to Regulation 384-QĐ/TW, which data sets have the Central Inspection Commission as the "
        "owning agency?"
    )
    assert understand(asked).intent == "agency_tasks"
    # owners that are not the body named: no listing of its rows
    asked = "What data-sharing reports must data owners send to the Party Central Office?"
    assert understand(asked).intent != "agency_tasks"


def test_a_closing_paragraph_the_passage_runs_on_into_is_no_item_of_its_opening():
    from assistant.matches import SentenceMatch
    from assistant.statement import _lead_opening

    doc = "kh.txt"
    closing = (
        "Quá trình triển khai thực hiện Kế hoạch, trường hợp có khó khăn, vướng mắc, Sở Tư pháp tổng hợp, báo cáo "
        "UBND tỉnh và cơ quan có thẩm quyền theo quy định./."
    )
    item = "- Phối hợp giám sát việc thực hiện Kế hoạch."
    text = f"6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: {item} {closing}"
    records = RecordSearcher(
        [Document(doc, "Kế hoạch thực hiện Nghị quyết", "Kế hoạch", province="Hà Tĩnh")],
        [Clause(doc, "III.6", "Mục III, khoản 6", (), (380, 392), text)],
        [],
    )
    chunk = records.chunks()[0]
    query = understand("Cơ quan nào phải báo cáo khi có khó khăn, vướng mắc?")
    assert _lead_opening(query, SentenceMatch(1.0, chunk, closing)) is None
    assert (
        _lead_opening(query, SentenceMatch(1.0, chunk, item))
        == "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:"
    )
