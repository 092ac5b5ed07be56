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
from tests.records import make_task

QD = "qd_thu_tuc.txt"
KH = "kh_nhom.txt"
CAPTION = "Phụ lục I"
GROUP_A = "I LĨNH VỰC DI SẢN VĂN HÓA (02 TTHC)"
GROUP_B = "II LĨNH VỰC PHÁT THANH, TRUYỀN HÌNH (02 TTHC)"


def _row(i: int, group: str, name: str, line: int) -> Clause:
    return Clause(
        QD,
        f"PL.B1.{i}",
        f"{CAPTION}, bảng 1, hàng {i}",
        (CAPTION, group),
        (line, line + 4),
        f"TT: {i}\nTên thủ tục hành chính: {name}\nThời hạn giải quyết: 04 ngày làm việc",
    )


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(QD, "Quyết định công bố danh mục thủ tục hành chính", "Quyết định", province="Cao Bằng"),
        Document(KH, "Kế hoạch thực hiện Nghị quyết", "Kế hoạch", province="Lai Châu"),
    ]
    clauses = [
        Clause(QD, "PL.1", f"{CAPTION}, đoạn 1", (CAPTION,), (40, 40), GROUP_A),
        _row(1, GROUP_A, "Cấp lại giấy chứng nhận giám định cổ vật", 42),
        _row(2, GROUP_A, "Cấp lại giấy chứng nhận hành nghề tu bổ di tích", 48),
        Clause(QD, "PL.2", f"{CAPTION}, đoạn 2", (CAPTION,), (54, 54), GROUP_B),
        _row(3, GROUP_B, "Gia hạn giấy chứng nhận cung cấp dịch vụ trò chơi điện tử", 56),
        _row(4, GROUP_B, "Cấp lại giấy xác nhận thông báo phát hành trò chơi điện tử", 62),
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
