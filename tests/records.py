"""Hand-made records for unit tests of the answer strategies (in-memory record views)."""

from __future__ import annotations

from indexer.records import Clause, Task


def make_task(
    doc, number, name, lead, coordinating=(), deadline=None, output=None, line=100, lead_text="",
    group_title="Nhiệm vụ", group="I",
) -> Task:  # fmt: skip
    """A task row as the indexer makes it: printed agencies are also the canonical ones."""
    return Task(
        doc=doc,
        group=group,
        group_title=group_title,
        number=number,
        name=name,
        lead=tuple(lead),
        coordinating=tuple(coordinating),
        output=output,
        deadline=deadline,
        lines=(line, line + 3),
        lead_text=lead_text or "; ".join(lead),
        coordinating_text="; ".join(coordinating),
        lead_ids=tuple(lead),
        coordinating_ids=tuple(coordinating),
    )


def hai_phong_plan(name: str, number: str = "95/KH-UBND"):
    """The Hải Phòng People's Committee's plan implementing Resolution 66, as several tests' record views hold it."""
    from indexer.records import Document

    return Document(name, "Kế hoạch thực hiện Nghị quyết 66", "Kế hoạch", number=number, province="Hải Phòng")


def ha_tinh_plan(name: str, number: str = "280/KH-UBND"):
    """The Hà Tĩnh People's Committee's plan implementing Resolution 66, as several tests' record views hold it."""
    from indexer.records import Document

    return Document(
        name, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number=number, province="Hà Tĩnh",
        issuer="UBND tỉnh Hà Tĩnh",
    )  # fmt: skip


def cited_starts(outcome) -> list[int]:
    """The first lines of an outcome's citations, in order: which passages an answer quotes."""
    return sorted(c.lines[0] for c in outcome.citations)


def read_view(view, question: str):
    """(query, scope) of a question over a record view, as the assistant reads it before any strategy."""
    from assistant.matching import documents_in_scope
    from assistant.understand import understand

    query = understand(question, documents=view.docs.values(), agency_names=view.printed_agencies)
    scope, _ = documents_in_scope(view, query, None)
    return query, scope


def ask_view(view, question: str, threshold: float = 0.45):
    """(query, scope, outcome) of a question answered by the strategy plan over a record view."""
    from assistant.matching import documents_in_scope, issuer_period_listing
    from assistant.strategies import run_plan
    from assistant.understand import understand

    query = understand(question, documents=view.docs.values(), agency_names=view.printed_agencies)
    scope, _ = documents_in_scope(view, query, None)
    scope, query = issuer_period_listing(view, query, scope)
    return query, scope, run_plan(query, view, scope, threshold)


def make_row_clause(doc, table, i, titles, name, line, appendix="Phụ lục I") -> Clause:
    """A row of an appendix list that assigns no task, as indexer.table_rows makes it: one "header: value" a
    line, titled by the appendix and by what `titles` gives (the list's caption, its group row)."""
    return Clause(
        doc,
        f"PL.B{table}.{i}",
        f"{appendix}, bảng {table}, hàng {i}",
        (appendix, *titles),
        (line, line + 4),
        f"TT: {i}\nTên thủ tục hành chính: {name}\nThời hạn giải quyết: 04 ngày làm việc",
    )


LETTER_TITLE = "Về tăng cường lãnh đạo công tác xây dựng và thi hành pháp luật"


def letter_view(title: str = LETTER_TITLE, name: str = "cv_tinh_uy_hatinh.txt"):
    """A record view of a Provincial Party Committee's draft letter whose three numbered paragraphs each open with
    the body they give work to ("2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo …")."""
    from assistant.index_view import IndexView, RecordSearcher
    from indexer.records import Document

    docs = [Document(name, title, "Công văn", issuer="Tỉnh ủy Hà Tĩnh (Ban Thường vụ)", province="Hà Tĩnh",
                     draft=True)]  # fmt: skip
    clauses = [
        Clause(name, "1", "Mục 1", (), (30, 32), "1. Các cấp ủy, tổ chức đảng các cấp tiếp tục quán triệt Nghị quyết."),
        Clause(name, "2", "Mục 2", (), (33, 34), "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo rà soát văn bản."),
        Clause(name, "3", "Mục 3", (), (35, 36), "3. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))
