"""The bodies a text gives the lead of a part of it by reference: "Những sở nào được giao chủ trì các nhiệm vụ
tại mục IV?", "Which departments does the plan designate to lead the sector tasks in Section IV?".

A plan may give each body its share of a section by pointing at it ("7. Sở Nội vụ — Chủ trì triển khai các nhiệm
vụ tại mục (IV) (4.3) và Phụ lục của Kế hoạch"). The answer lists every passage of the document that gives the
lead of the section the question names by its marker, or of an item under it, with the body it is given to, in
document order, cited. Reads the index view only (clauses and their references).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import compose
from assistant.duties import opening_body
from assistant.index_view import IndexView
from assistant.lead_bodies import asks_lead_bodies
from assistant.messages import lang_of, say
from assistant.references import gives_lead, referrers_under
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.agencies import names_a_body
from indexer.records import Clause
from indexer.text import fold, normalize_tones

# "mục IV", "phần IV", "Section IV", "Part IV" (capitals: "mục vi phạm" is no section VI), whole (not "mục IV
# 3.4 a", one item of it)
_SECTION = re.compile(
    r"(?i:\b(?:mục|muc|phần|phan|section|part))\s+(?:\(\s*)?(VIII|VII|VI|IV|V|IX|X|III|II|I)\b(?!\s*[.,(]?\s*\d)"
)
# the bodies asked for: "những sở nào", "cơ quan nào", "which departments / agencies / bodies"
_BODIES_ASKED = re.compile(
    r"\b(?:nhung |cac )?(?:so|co quan|don vi|bo|nganh)(?:,? \w+){0,2} nao\b|\bai\b"
    r"|\bwhich (?:\w+ ){0,2}(?:departments|agencies|bodies|units|ministries|organi[sz]ations)\b|\bwho\b"
)
_LEAD_ASKED = re.compile(r"\bchu tri\b|\blead\w*\b|\bin charge\b|\bresponsible\b")
# the tasks given to lead in the appendix, as the text refers to them ("nhiệm vụ được giao chủ trì tại Phụ lục",
# "the tasks they lead in the appendix"): the part named is the appendix
_APPENDIX_ASKED = re.compile(
    r"\b(?:trien khai|thuc hien) (?:cac )?nhiem vu (?:duoc )?giao chu tri (?:tai|trong|o) (?:cac )?phu luc\b"
    r"|\bduoc giao chu tri (?:tai|trong|o) (?:cac )?phu luc\b"
    r"|\b(?:tasks?|duties) (?:they|it|each) (?:is |are )?(?:leads?|assigned to lead) in (?:the )?(?:appendix|annex)\b"
)
_APPENDIX = re.compile(r"\bphu luc\b")
_MARKER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*")
TITLE_WORDS = 10  # a body's title over the items it is given, at most
MIN_PASSAGES = 2  # passages that give a part by reference, at least, for a list of them to answer


@dataclass(frozen=True)
class ReferenceLeads:
    text: str
    citations: list[Citation]
    count: int


def asks_reference_leads(query: Query) -> bool:
    f = fold(query.question)
    return (
        not query.agencies
        and not query.has_period
        and query.intent in ("lead_agency", "general", "fact")
        and bool(_BODIES_ASKED.search(f))
        and bool(_LEAD_ASKED.search(f))
        and (
            _SECTION.search(normalize_tones(query.question)) is not None
            # (not "những cơ quan nào chủ trì các nhiệm vụ trong phụ lục?": the table's lead column answers that)
            or (bool(_APPENDIX_ASKED.search(f)) and not asks_lead_bodies(query))
        )
    )


def _body_of(view: IndexView, clause: Clause) -> str | None:
    """The body a passage opens with, or the one the item it stands under opens with ("17. Chi cục Hải quan khu
    vực V" over "a) Chủ trì triển khai …")."""
    body = opening_body(clause.text)
    if body is None and "." in clause.path:
        parent = clause.path.rsplit(".", 1)[0]
        owner = next((c for c in view.clauses(clause.doc) if c.path == parent), None)
        if owner is not None:
            # (a title that is only a name the gazetteer does not know: "17. Chi cục Hải quan khu vực V")
            title = _MARKER.sub("", owner.text.strip(), count=1).rstrip(" :")
            short = (
                len(title.split()) <= TITLE_WORDS and not re.search(r"[.;,]", title) and names_a_body(title)
            )
            body = opening_body(owner.text) or (title if short else None)
    return body


def answer_reference_leads(view: IndexView, query: Query, scope: set[str] | None) -> ReferenceLeads | None:
    """The passages that give the lead of the section named, each with its body; None when the question names
    no one document, or fewer than MIN_PASSAGES passages give that section's parts by reference."""
    if not scope or len(scope) != 1:
        return None
    doc = next(iter(scope))
    section = _SECTION.search(normalize_tones(query.question))
    if section is not None:
        marker = section.group(1).upper()
        passages = [c for c in referrers_under(view, doc, marker) if gives_lead(c)]
    else:  # the appendix: the passages that give a body its tasks in it to lead
        marker = None
        passages = [c for c in view.clauses(doc) if _APPENDIX.search(fold(c.text)) and gives_lead(c)]
    bodies = [(c, _body_of(view, c)) for c in passages]
    bodies = [(c, b) for c, b in bodies if b]
    if len(bodies) < MIN_PASSAGES:
        return None
    lang = lang_of(query.lang)
    cites = citations(view, query)
    if marker is None:
        lines = [say(lang, "reference_leads_appendix_head", n=len(bodies))]
    else:
        lines = [say(lang, "reference_leads_head", n=len(bodies), section=marker)]
    for clause, body in bodies:
        n = cites.clause(clause, clause.text)
        lines.append(f"- {body} ({clause.label}): “{compose.short_quote(clause.text, 300)}” [{n}]")
    text = "\n".join(lines)
    return ReferenceLeads(compose.finish_english(text) if lang == "en" else text, cites.items, len(bodies))
