"""The rows of an appendix list that assigns no task (procedures with their time limits and fees, documents
to draft), listed by the title they stand under: the list's own title ("DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI
BAN HÀNH (02 TTHC)") or one of its group rows ("I | LĨNH VỰC DI SẢN VĂN HÓA (02 TTHC)"), for a question
that asks for several things and names that title ("Cao Bằng công bố những thủ tục hành chính mới ban
hành nào?"). Task rows are listed by `listing`; these rows are passages, titled in their context."""

from __future__ import annotations

from dataclasses import dataclass

from assistant import compose
from assistant.evidence import terms
from assistant.index_view import IndexView
from assistant.messages import say
from assistant.statement import citations
from assistant.understand import Query, without_named_kinds
from indexer.records import Chunk

TITLE_HOLDS = 0.6  # a title that holds this share of what is asked (and more than any one row) is meant
ROW_CHARS = 300  # each row is quoted up to here (its name first: the columns are printed in order)
MAX_ROWS = 40


@dataclass(frozen=True)
class TitledRows:
    doc: str
    title: str
    rows: tuple[Chunk, ...]


def titled_lists(view: IndexView, scope: set[str] | None) -> dict[tuple[str, str], list[Chunk]]:
    """(document, title) → the rows standing under that title, one passage a row, in document order."""
    lists: dict[tuple[str, str], dict[str, Chunk]] = {}
    for chunk in view.row_chunks:
        if scope is not None and chunk.doc not in scope:
            continue
        # ("Phụ lục I › DANH MỤC … › I LĨNH VỰC …": the appendix's own name titles every list in it)
        for title in view.row_titles(chunk)[1:]:
            # (a long row is several passages of one path: its first)
            lists.setdefault((chunk.doc, title), {}).setdefault(chunk.path, chunk)
    return {key: list(rows.values()) for key, rows in lists.items()}


def find_titled_rows(view: IndexView, query: Query, scope: set[str] | None) -> TitledRows | None:
    """The rows under the one title that holds the question's topic best, when it holds at least
    TITLE_HOLDS of it and no single row holds more (then the question is about that row); None else."""
    lists = titled_lists(view, scope)
    if not lists:
        return None
    # ("Quyết định 2031/QĐ-UBND … công bố những thủ tục … nào?": the document's kind is no word of the title)
    asked = terms(without_named_kinds(query.topic, query.question) or query.search_text)
    if not asked.unigrams:
        return None
    stats = view.stats
    scored = [(stats.coverage(asked, terms(key[1])), key) for key in lists]
    best = max(score for score, _ in scored)
    chosen = {tuple(c.path for c in lists[key]): key for score, key in scored if score == best}
    # (a list and its one group row hold the same rows: one answer)
    if best < TITLE_HOLDS or len(chosen) != 1:
        return None
    doc, title = next(iter(chosen.values()))
    rows = lists[(doc, title)]
    if max(stats.coverage(asked, terms(c.text)) for key in lists for c in lists[key]) > best:
        return None
    return TitledRows(doc, title, tuple(rows))


def state_titled_rows(view: IndexView, query: Query, found: TitledRows, lang: str) -> tuple[str, list]:
    """The answer's text and citations: the count under the title, then each row quoted and cited."""
    cites = citations(view, query)
    place = compose.place_of(view.docs.get(found.doc))
    head = say(lang, "titled_rows_head", n=len(found.rows), title=found.title, where=place or found.doc)
    lines = [head]
    for row in found.rows[:MAX_ROWS]:
        quote = compose.short_quote(_without_number(row.text), ROW_CHARS)
        lines.append(f"- “{quote}” [{cites.chunk(row, quote)}]")
    if len(found.rows) > MAX_ROWS:
        lines.append(say(lang, "more_rows", n=len(found.rows) - MAX_ROWS))
    text = "\n".join(lines)
    return (compose.finish_english(text) if lang == "en" else text), cites.items


def _without_number(text: str) -> str:
    """A row's cells after its order number ("TT: 1"), one "header: value" a line, joined."""
    cells = [line for line in text.split("\n") if line.strip()]
    if cells and len(cells[0]) <= 12 and any(ch.isdigit() for ch in cells[0]):
        cells = cells[1:]
    return "; ".join(cells)
