"""The documents of one kind that a document lists ("Danh mục các văn bản đã ban hành: I. QUYẾT ĐỊNH 1.
Quyết định số 1381/QĐ-BVHTTDL …"): "Bộ VHTTDL đã ban hành những kế hoạch nào được liệt kê trong danh mục kèm
Công văn 6225?", "Which decisions does Official Letter 6225 list as already issued?" — every item of the
document that opens with that kind and its number, in order, each quoted and cited."""

from __future__ import annotations

import re

from assistant import compose
from assistant.index_view import IndexView
from assistant.messages import lang_of, say
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.text import fold

MIN_ITEMS = 2  # one document named is a fact of its own, not a list

# the kinds a question may ask for, folded, with the words English uses for them
_KINDS = {
    "quyet dinh": ("decisions", "quyet dinh"),
    "ke hoach": ("plans", "ke hoach"),
    "cong van": ("official letters", "letters", "dispatches", "cong van"),
    "nghi quyet": ("resolutions", "nghi quyet"),
    "chi thi": ("directives", "chi thi"),
    "thong tu": ("circulars", "thong tu"),
    "nghi dinh": ("decrees", "nghi dinh"),
    "thong bao": ("notices", "thong bao"),
}  # (not "văn bản", "documents": any kind, which a question asks of the text's own words as often as of a list)
_KIND_WORDS = "|".join(sorted({w for forms in _KINDS.values() for w in forms}, key=len, reverse=True))
# "những kế hoạch nào", "các công văn …", "which Quyết định", "what decisions"
_KIND_ASKED = re.compile(
    rf"\b(?:nhung|cac|which|what|list(?: all)?(?: the)?) ({_KIND_WORDS})\b(?! (?:so|no\.?|number) ?\d)"
)
# that the document lists them: "được liệt kê", "danh mục", "đã ban hành", "listed", "issued"
_LISTED = re.compile(r"\b(?:liet ke|danh muc|da ban hanh|listed|lists?|already issued|issued)\b")
# an item that opens with a document of the kind and its number: "1. Quyết định số 1381/QĐ-BVHTTDL …"
_ITEM = r"^\s*(?:\d{{1,2}}[.)]\s*)?{kind}\s+(?:số|so)\b"


def asks_listed_documents(query: Query) -> str:
    """The kind of document ("quyet dinh") a question asks a document to list, or ""."""
    f = fold(query.question)
    m = _KIND_ASKED.search(f)
    if m is None or not _LISTED.search(f) or len(query.docs) != 1:
        return ""
    return next(kind for kind, forms in _KINDS.items() if m.group(1) in forms)


def answer_listed_documents(view: IndexView, query: Query) -> tuple[str, list[Citation], int] | None:
    kind = asks_listed_documents(query)
    if not kind:
        return None
    (doc,) = query.docs
    item = re.compile(_ITEM.format(kind=re.escape(kind)))
    found = [
        c for c in view.clause_chunks_by_doc.get(doc, ()) if c.kind == "clause" and item.match(fold(c.text))
    ]
    if len(found) < MIN_ITEMS:
        return None
    lang = lang_of(query.lang)
    cites = citations(view, query)
    d = view.docs.get(doc)
    head = say(lang, "listed_documents_head", doc=compose.kind_and_owner(d) if d else doc, n=len(found))
    lines = [head]
    for chunk in found:
        n = cites.chunk(chunk, chunk.text)
        lines.append(f"- {chunk.section}: “{compose.short_quote(chunk.text)}” [{n}]")
    text = "\n".join(lines)
    return (compose.finish_english(text) if lang == "en" else text), cites.items, len(found)
