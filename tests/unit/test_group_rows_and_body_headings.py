"""The rows of an appendix table under a group row the question names ("những thủ tục nào trong lĩnh vực
…"), and an appendix group cited together with the body heading that prints the same group."""

from __future__ import annotations

import pytest

from assistant import special
from assistant.index_view import IndexView, RecordSearcher
from assistant.listing import answer_groups
from assistant.matching import documents_in_scope
from assistant.understand import understand
from indexer.records import Clause, Document
from tests.records import make_row_clause, make_task

QD = "qd_thu_tuc.txt"
KH = "kh_nhom.txt"
CAPTION = "Phụ lục I"
GROUP_A = "I LĨNH VỰC DI SẢN VĂN HÓA (02 TTHC)"
GROUP_B = "II LĨNH VỰC PHÁT THANH, TRUYỀN HÌNH (02 TTHC)"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(QD, "Quyết định công bố danh mục thủ tục hành chính", "Quyết định", province="Cao Bằng"),
        Document(KH, "Kế hoạch thực hiện Nghị quyết", "Kế hoạch", province="Lai Châu"),
    ]
    clauses = [
        Clause(QD, "PL.1", f"{CAPTION}, đoạn 1", (CAPTION,), (40, 40), GROUP_A),
        make_row_clause(QD, 1, 1, (GROUP_A,), "Cấp lại giấy chứng nhận giám định cổ vật", 42),
        make_row_clause(QD, 1, 2, (GROUP_A,), "Cấp lại giấy chứng nhận hành nghề tu bổ di tích", 48),
        Clause(QD, "PL.2", f"{CAPTION}, đoạn 2", (CAPTION,), (54, 54), GROUP_B),
        make_row_clause(
            QD, 1, 3, (GROUP_B,), "Gia hạn giấy chứng nhận cung cấp dịch vụ trò chơi điện tử", 56
        ),
        make_row_clause(
            QD, 1, 4, (GROUP_B,), "Cấp lại giấy xác nhận thông báo phát hành trò chơi điện tử", 62
        ),
        # the body of a plan: its task groups as numbered headings, each over points of its own
        Clause(KH, "II", "Mục II", (), (20, 20), "II. NHIỆM VỤ CỤ THỂ"),
        Clause(
            KH,
            "II.1",
            "Mục II, khoản 1",
            ("II. NHIỆM VỤ CỤ THỂ",),
            (21, 22),
            "1. Đổi mới tư duy, định hướng xây dựng pháp luật theo hướng vừa bảo đảm yêu cầu quản lý",
        ),
        Clause(KH, "II.1.a", "Mục II, khoản 1, điểm a", (), (23, 24), "a) Rà soát văn bản."),
        Clause(KH, "II.2", "Mục II, khoản 2", ("II. NHIỆM VỤ CỤ THỂ",), (25, 25), "2. Nhân lực"),
        Clause(KH, "II.2.a", "Mục II, khoản 2, điểm a", (), (26, 27), "a) Tập huấn cán bộ."),
    ]
    long_title = (
        "Đổi mới tư duy, định hướng xây dựng pháp luật theo hướng vừa bảo đảm yêu cầu quản lý nhà nước, "
        "vừa khuyến khích sáng tạo"
    )
    tasks = [
        make_task(KH, "1", "Rà soát văn bản", ["Sở Tư pháp"], line=80, group="I", group_title=long_title),
        make_task(KH, "2", "Xây dựng quy chế", ["Sở Nội vụ"], line=85, group="I", group_title=long_title),
        make_task(KH, "1", "Tập huấn", ["Sở Tư pháp"], line=95, group="II", group_title="Nguồn nhân lực"),
    ]
    tasks = [t.__class__(**{**t.__dict__, "group_lines": (76 if t.group == "I" else 92,) * 2}) for t in tasks]
    return IndexView(RecordSearcher(docs, clauses, tasks))


def _chunk(view: IndexView, doc: str, path: str):
    return next(c for c in view.clause_chunks if c.doc == doc and c.path == path)


def test_a_group_row_lists_the_rows_it_titles_and_no_others(view):
    rows = special.list_items(view, _chunk(view, QD, "PL.2"))
    assert [r.path for r in rows] == ["PL.B1.3", "PL.B1.4"]
    assert [r.path for r in special.titled_rows(view, _chunk(view, QD, "PL.1"))] == ["PL.B1.1", "PL.B1.2"]
    # a row titles nothing; a passage that is no group row lists no rows
    assert special.titled_rows(view, _chunk(view, QD, "PL.B1.3")) == []
    assert special.titled_rows(view, _chunk(view, KH, "II.2")) == []


def test_the_procedures_of_a_field_are_listed_from_its_rows(view):
    from tests.records import ask_view

    _, _, outcome = ask_view(
        view, "Quyết định của Cao Bằng công bố những thủ tục nào trong lĩnh vực phát thanh, truyền hình?"
    )
    lines = [c.lines for c in outcome.citations]
    assert (56, 60) in lines and (62, 66) in lines
    assert (42, 46) not in lines and (48, 52) not in lines


def test_a_group_is_cited_with_the_body_heading_that_prints_it(view):
    query = understand("Kế hoạch Lai Châu chia nhiệm vụ thành những nhóm nào?", documents=view.docs.values())
    scope, _ = documents_in_scope(view, query, None)
    out = answer_groups(view, query, scope)
    assert out is not None
    cited = [c.lines for c in out.citations]
    # the long title opens as the body's "1. Đổi mới tư duy …" does, though each stops at another word
    assert (21, 22) in cited
    # "Nguồn nhân lực" and "2. Nhân lực" share no opening: not the same group
    assert (25, 25) not in cited
    assert "Mục II, khoản 1" in out.text


def test_an_enumeration_cut_at_a_semicolon_is_quoted_to_its_end():
    from assistant.evidence import split_sentences
    from assistant.matches import SentenceMatch
    from assistant.statement import _with_parallel

    doc = "kh_dac_thu.txt"
    text = (
        "- Rà soát, ban hành các chính sách đặc thù của tỉnh để triển khai thực hiện Nghị quyết số "
        "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về khoa học, công nghệ và chuyển đổi số quốc gia; "
        "Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới; "
        "Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân. "
        "Tổ chức tập huấn cho cán bộ pháp chế các sở, ban, ngành theo Quyết định số 12/QĐ-UBND."
    )
    view = IndexView(
        RecordSearcher(
            [Document(doc, "Kế hoạch thực hiện Nghị quyết", "Kế hoạch", province="Vĩnh Long")],
            [Clause(doc, "III.1.-1", "Mục III, khoản 1, ý 1", (), (30, 36), text)],
            [],
        )
    )
    chunk = view.clause_chunks[0]
    first = split_sentences(chunk.text)[0]
    assert first.endswith("quốc gia;")
    ask = "Vĩnh Long ban hành chính sách đặc thù để triển khai những nghị quyết nào của Bộ Chính trị?"
    query = understand(ask, documents=view.docs.values())
    assert query.plural and query.answer_type
    quoted = [m.quote for m in _with_parallel(view, query, [SentenceMatch(1.0, chunk, first)])]
    assert len(quoted) == 1
    assert "59-NQ/TW" in quoted[0] and quoted[0].endswith("kinh tế tư nhân.")
    # the next sentence is no part of the enumeration
    assert "12/QĐ-UBND" not in quoted[0]


def test_rows_that_leave_the_asked_column_empty():
    from assistant.listing import answer_blank_listing, blank_column

    assert blank_column("ke hoach phu tho: nhung nhiem vu nao trong phu luc khong ghi co quan phoi hop") == (
        "coordinating"
    )
    assert blank_column("Which tasks have no deadline?") == "deadline"
    assert blank_column("Những nhiệm vụ nào chưa có sản phẩm?") == "output"
    assert blank_column("Sở Tư pháp phối hợp những nhiệm vụ nào?") == ""
    doc, other = "kh_phu_tho.txt", "kh_khac.txt"
    tasks = [
        make_task(doc, "1", "Rà soát văn bản", ["Sở Tư pháp"], ["Sở Nội vụ"], line=10),
        make_task(doc, "2", "Xây dựng văn hóa tuân thủ pháp luật", ["Các sở, ngành"], line=20),
        make_task(doc, "3", "Tập huấn", ["Sở Tư pháp"], ["Sở Tài chính"], line=30),
        # a table with no coordinating column at all: its rows do not leave it empty
        make_task(other, "1", "Kiểm tra", ["Sở Y tế"], line=10),
    ]
    docs = [
        Document(doc, "Kế hoạch thực hiện Nghị quyết", "Kế hoạch", province="Phú Thọ"),
        Document(other, "Kế hoạch kiểm tra", "Kế hoạch", province="Lai Châu"),
    ]
    view = IndexView(RecordSearcher(docs, [], tasks))
    query = understand("Những nhiệm vụ nào không ghi cơ quan phối hợp?", documents=view.docs.values())
    out = answer_blank_listing(view, query, {doc, other})
    assert out is not None and out.count == 1
    assert [c.lines for c in out.citations] == [(20, 23)]
    assert "không ghi cơ quan phối hợp" in out.text
    assert answer_blank_listing(view, query, {other}) is None


def test_a_reference_by_number_alone_is_completed_by_its_dated_printing():
    from assistant.matches import SentenceMatch
    from assistant.statement import _dated_references

    doc = "kh_can_cu.txt"
    opening = (
        "Thực hiện Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ; "
        "Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy Phú Thọ thực hiện Nghị quyết số 66-NQ/TW."
    )
    body = "2. Xác định nhiệm vụ cụ thể thực hiện Nghị quyết số 140/NQ-CP và Kế hoạch số 168-KH/TU, hiện thực hóa mục tiêu."
    view = IndexView(
        RecordSearcher(
            [Document(doc, "Kế hoạch triển khai Nghị quyết", "Kế hoạch", province="Phú Thọ")],
            [
                Clause(doc, "preamble", "Phần mở đầu", (), (10, 12), opening),
                Clause(doc, "I.2", "Mục I, khoản 2", (), (30, 33), body),
            ],
            [],
        )
    )
    chunk = next(c for c in view.clause_chunks if c.path == "I.2")
    match = SentenceMatch(0.8, chunk, body)
    query = understand(
        "Phú Thọ căn cứ Kế hoạch số mấy của Tỉnh ủy để triển khai NQ 66?", documents=view.docs.values()
    )
    added = _dated_references(view, query, [match])
    # the plan of the Tỉnh ủy the question names, with its date; not the Government's resolution it does not ask
    assert [m.quote for m in added] == [
        "Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy Phú Thọ thực hiện Nghị quyết số 66-NQ/TW."
    ]
    # a question that asks no number or date gets no such addition
    other = understand("Phú Thọ giao ai xác định nhiệm vụ cụ thể?", documents=view.docs.values())
    assert _dated_references(view, other, [match]) == []


def test_the_rows_of_a_group_asked_by_its_title_cite_the_body_heading_too(view):
    from tests.records import ask_view

    _, _, outcome = ask_view(
        view,
        "Kế hoạch Lai Châu có những nhiệm vụ nào để đổi mới tư duy, định hướng xây dựng pháp luật theo hướng "
        "vừa bảo đảm yêu cầu quản lý nhà nước?",
    )
    lines = [c.lines for c in outcome.citations]
    assert (80, 83) in lines and (85, 88) in lines  # the group's rows
    assert (21, 22) in lines  # and the body's "1. Đổi mới tư duy …"
    assert "Mục II, khoản 1" in outcome.text
