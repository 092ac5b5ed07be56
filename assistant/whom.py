"""Who a passage gives an item to, when the sentence that matched does not say it: the body that opens the
item ("2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo, chỉ đạo …; ưu tiên … Vũng Áng - Sơn Dương."), or the
body another passage gives the item to by a reference ("17. Chi cục Hải quan khu vực V" › "a) Chủ trì triển
khai các nhiệm vụ tại mục (IV)(3.4)(a)").

Reads the index view only (clauses and their chunks); never the documents.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence import split_sentences
from assistant.index_view import IndexView
from assistant.matches import SentenceMatch
from assistant.references import gives_lead, referring
from indexer.agencies import names_a_body

SUBJECT_SPAN = 900  # characters from an item's opening to the end of the matched sentence, at most
OPENING = 80  # characters of an item's opening (after its marker) that must name the body it is about
_ITEM_MARKER = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[a-zđ]|[IVXLC]+)[.)]\s+|^\s*[-+•]\s+")
_FIRST_VERB = re.compile(
    r"(?i)(?:^|\s)(?:chủ trì|phối hợp|có trách nhiệm|thực hiện|tham mưu|hướng dẫn|chỉ đạo|lãnh đạo|triển khai)(?!\w)|:"
)


def opens_with_body(text: str) -> bool:
    """Whether an item opens with the body it is about, before its first verb ("2. Đảng đoàn Hội đồng nhân dân
    tỉnh lãnh đạo …"; not "b) Phối hợp với Bộ Xây dựng …", where the body named is a partner)."""
    opening = _ITEM_MARKER.sub("", text, count=1)[:OPENING]
    head = _FIRST_VERB.split(opening, maxsplit=1)[0].strip()
    return bool(head) and names_a_body(head)


def with_its_subject(chosen) -> SentenceMatch | None:
    """The chosen sentence quoted from its item's opening, when the opening names a body and the sentence
    does not; None otherwise (or for a header, a preamble, the recipients: no item)."""
    if not isinstance(chosen, SentenceMatch):
        return None
    text = chosen.chunk.text
    if chosen.chunk.kind != "clause" or not _ITEM_MARKER.match(text) or "preamble" in chosen.chunk.path:
        return None
    quote = chosen.quote.rstrip(" …")
    at = text.find(quote)
    if at <= 0:
        return None
    end = at + len(quote)
    if end > SUBJECT_SPAN or not opens_with_body(split_sentences(text)[0]):
        return None
    return replace(chosen, quote=text[:end])


def given_by_reference(view: IndexView, chosen, lead_asked: bool) -> list[SentenceMatch]:
    """The passage that gives the chosen item to a body by a reference to it, as evidence in the chosen
    one's place: the item, after the title that names the body unless the item opens with it; [] when none
    does. A lead asked is answered only by a passage that gives the item to lead ("chủ trì")."""
    if not isinstance(chosen, SentenceMatch):
        return []

    def chunk_of(clause):
        chunks = view.clause_chunks_by_doc.get(clause.doc, ())
        return next((c for c in chunks if c.lines[0] <= clause.lines[0] <= c.lines[1]), None)

    for clause in referring(view, chosen.chunk):
        if lead_asked and not gives_lead(clause):
            continue
        chunk = chunk_of(clause)
        if chunk is None:
            continue
        if opens_with_body(clause.text) or view.heading(chunk):
            return [SentenceMatch(chosen.score, chunk, clause.text, chosen.coverage)]
        parent_path = clause.path.rsplit(".", 1)[0]
        parent = next((c for c in view.clauses(clause.doc) if c.path == parent_path), None)
        owner = chunk_of(parent) if parent is not None and names_a_body(parent.text) else None
        if owner is not None and owner is not chunk:
            return [
                SentenceMatch(chosen.score, owner, parent.text, chosen.coverage),
                SentenceMatch(chosen.score * 0.999, chunk, clause.text, chosen.coverage),
            ]
    return []


# "d) Giao Ban Quản lý các khu chế xuất … chỉ đạo …:": the body an item is given to by its opening verb
_GIVEN_TO = re.compile(r"(?i)^\s*(?:giao|đề nghị|yêu cầu)\s+")


def under_its_owner(view: IndexView, chosen) -> list[SentenceMatch]:
    """The item the chosen sub-item stands under ("- Đối với các khu chế xuất …" under "d) Giao Ban Quản lý …
    chỉ đạo …:"), then the sub-item, when the item names the body it is given to at its opening; [] otherwise.
    (For a sub-item that names no body itself: the caller asks this only then.)"""
    if not isinstance(chosen, SentenceMatch) or chosen.chunk.kind != "clause" or "." not in chosen.chunk.path:
        return []
    parent_path = chosen.chunk.path.rsplit(".", 1)[0]
    parent = next((c for c in view.clauses(chosen.chunk.doc) if c.path == parent_path), None)
    if parent is None:
        return []
    opening = _ITEM_MARKER.sub("", parent.text, count=1)
    if not (opens_with_body(parent.text) or (_GIVEN_TO.match(opening) and names_a_body(opening[:OPENING]))):
        return []
    chunks = view.clause_chunks_by_doc.get(parent.doc, ())
    owner = next((c for c in chunks if c.lines[0] <= parent.lines[0] <= c.lines[1]), None)
    if owner is None or owner is chosen.chunk:
        return []
    return [
        SentenceMatch(chosen.score, owner, parent.text, chosen.coverage),
        SentenceMatch(chosen.score * 0.999, chosen.chunk, chosen.quote, chosen.coverage),
    ]
