"""The bodies a document, or one part of it, gives work to: "Phần Tổ chức thực hiện trong Kế hoạch … giao nhiệm
vụ cho những cơ quan nào?", "Which bodies does the draft dispatch assign tasks to?".

Plans, dispatches and Party letters assign work in numbered paragraphs that each open with the body they
address ("1. Sở Tư pháp", "2. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo …"). The answer lists those
paragraphs, in document order, each with the body it opens with (or its first words) and cited: the run of
sibling paragraphs under the part the question names by its title, else the run in which most paragraphs
open with a body.

Reads the index view only (clause chunks, their outline paths and section titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import compose, special
from assistant.duties import opening_body
from assistant.index_view import IndexView
from assistant.matching import section_named, under_title
from assistant.messages import lang_of, say
from assistant.question_rules import any_match
from assistant.sections import WHAT_EACH_DOES
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import KIND_WORDS, Query, understand
from indexer.records import Chunk
from indexer.text import fold

# (folded) "giao nhiệm vụ cho những cơ quan nào", "những cơ quan, đơn vị nào được giao nhiệm vụ?", "which
# bodies does … assign tasks to?", "to which agencies does … assign work?"
ASKS_ADDRESSEES = (
    # ("Phú Thọ phân công trách nhiệm tổ chức thực hiện kế hoạch cho các cơ quan như thế nào?")
    r"\bphan cong (?:trach nhiem|nhiem vu)(?: \w+){0,6} cho (?:cac|nhung) (?:co quan|don vi|so|so, nganh"
    r"|so, ban, nganh)(?:,? \w+){0,4} (?:nhu the nao|ra sao)\s*(?:\?|$)",
    r"\bgiao (?:nhiem vu |viec )?cho (?:nhung|cac) (?:co quan|don vi|to chuc|chu the)(?:,? (?:don vi|to chuc"
    r"|ca nhan))* nao\s*(?:\?|$)",
    r"\b(?:nhung|cac) (?:co quan|don vi|to chuc|chu the)(?:,? (?:don vi|to chuc))* nao (?:duoc )?(?:giao|phan cong)"
    r"(?: nhiem vu| trach nhiem)?\s*(?:\?|$)",
    r"\bwhich (?:bodies|agencies|units|organi[sz]ations|offices)\b(?: [\w'-]+){0,14} (?:assign|assigns|give|gives"
    r"|allocate|allocates) (?:tasks|duties|responsibilities|work)(?: to)?\s*(?:\?|$)",
    r"\bto (?:which|what) (?:bodies|agencies|units|organi[sz]ations)\b(?: [\w'-]+){0,14} (?:assign|give|allocate)"
    r" (?:tasks|duties|responsibilities|work)\s*(?:\?|$)",
    # "… assigns tasks to which bodies? Name them all."
    r"\b(?:assigns?|gives?|allocates?) (?:tasks|duties|responsibilities|work) to (?:which|what) (?:bodies|agencies"
    r"|units|organi[sz]ations|offices)\s*(?:\?|$|\. (?:name|list|give)\b)",
    # "which agencies or bodies are given responsibilities in the 'Tổ chức thực hiện' section of …?"
    r"\bwhich (?:bodies|agencies|units|organi[sz]ations)(?: (?:or|and) (?:bodies|agencies|units|organi[sz]ations"
    r"|groups))?"
    # ("… are assigned numbered tasks in …": a word may say which tasks; "are each given their own numbered
    # assignment", "are handed specific tasks")
    r" (?:are|were) (?:each )?(?:given|assigned|allocated|handed) (?:their own )?(?:[\w-]+ )?(?:tasks?|duties"
    r"|responsibilities|work|assignments?)\b",
    # "Name all the bodies that the … letter gives specific assignments to."
    r"\b(?:name|list)(?: all)? (?:the )?(?:bodies|agencies|units|organi[sz]ations|offices)(?: (?:or|and) groups)?"
    r" (?:that|which)(?: [\w'’-]+){1,14} (?:assigns?|gives?|allocates?|hands?) (?:[\w-]+ )?(?:tasks|duties"
    r"|responsibilities|work|assignments)(?: to)?\b",
    # "Phần Tổ chức thực hiện … giao những trách nhiệm gì (cho ai)?", "phân công trách nhiệm cho những cơ quan nào"
    r"\b(?:giao|phan cong) (?:nhung |cac )?(?:trach nhiem|nhiem vu) (?:gi|nao)(?: cho (?:nhung |cac )?(?:co quan|don vi)"
    r"(?: nao)?)?\s*(?:\?|$)",
    r"\b(?:giao|phan cong) (?:trach nhiem|nhiem vu) cho (?:nhung|cac) (?:co quan|don vi|to chuc)(?:,? (?:don vi|to chuc))*"
    r" nao\s*(?:\?|$)",
)
# words that say the ask, not what is asked about
_FRAME = frozenset(
    "giao nhiem vu viec cho nhung cac co quan don vi to chuc nao duoc phan cong trach nhiem chu the ca nhan gi "
    "phan muc trong theo cua tai ve thuc hien nhu the ra sao"
    # the second ask of what each does ("và mỗi cơ quan phải làm gì", "and what must each do")
    " moi tung lam phai can each must should do does what"
    # ("specific tasks", "their own numbered assignment": which tasks, not what about)
    " cu the rieng danh so"
    # (what the document does with the act it names: "về tiếp tục thực hiện Nghị quyết 66", "urging implementation of
    # Resolution 66", glossed "theo dõi, đôn đốc triển khai")
    " tiep tuc trien khai theo doi don doc quan triet".split()
)
MIN_BODIES = 2  # paragraphs of the run that must open with a body
TITLE_ONLY = 80  # a paragraph this short is its body's name, its work in the items under it
ITEMS_EACH = 8  # items quoted under one such paragraph, at most
ITEM_CHARS = 240
# each body's paragraph is quoted up to this; whole (to the quote limit) when its share of the work is asked
PARAGRAPH_CHARS = 240
# how the work is shared out: "phân công trách nhiệm cho các cơ quan ra sao?", "how are responsibilities assigned?"
_HOW_SHARED = re.compile(
    r"\bphan cong (?:trach nhiem|nhiem vu)\b.*\b(?:ra sao|nhu the nao|the nao|gi)\b"
    r"|\bhow (?:are|is|does|do) (?:[\w'’-]+ ){0,8}?(?:responsibilities|duties|tasks|work) (?:[\w'’-]+ ){0,3}?"
    r"(?:assigned|divided|allocated|split|shared)\b"
)

# the plan's closing instruction printed on after the last body's paragraph, with no number of its own ("Quá trình
# triển khai thực hiện Kế hoạch, trường hợp có khó khăn, vướng mắc …"): the whole plan's, not that body's
_CLOSING = re.compile(r"^(?:trong )?qua trinh (?:to chuc )?(?:trien khai )?(?:to chuc )?thuc hien\b")


def _without_closing(text: str) -> str:
    """A body's paragraph without the plan's closing instruction that the text runs on into."""
    for m in re.finditer(r"(?<=[.;])\s+(?=\S)", text):
        if _CLOSING.match(fold(text[m.end() :])):
            return text[: m.start()]
    return text


@dataclass(frozen=True)
class Addressees:
    text: str
    citations: list[Citation]
    count: int


def asks_addressees(query: Query) -> bool:
    # ("… giao cho những cơ quan nào và mỗi cơ quan phải làm gì?": what each does is the answer's items)
    return any_match(ASKS_ADDRESSEES, _EACH_DOES_AFTER.sub("", fold(query.question)))


# a second ask of what each body does, after the bodies asked
# ("… và mỗi cơ quan làm gì", "and what is the core job of each")
_EACH_DOES_AFTER = re.compile(r",? (?:va|and) (?=[^?]*\b(?:moi|tung|each)\b)[^?]*(?=\?|$)")


def _without_each_does(view: IndexView, query: Query) -> Query:
    """The query of the question without its second ask of what each body does ("…, and what is the core job of
    each?"): that ask's words are no topic of the bodies asked."""
    text = query.question
    cut = _EACH_DOES_AFTER.sub("", fold(text))
    if cut == fold(text) or len(fold(text)) != len(text):
        return query
    m = _EACH_DOES_AFTER.search(fold(text))
    return understand(
        text[: m.start()] + text[m.end() :], documents=view.docs.values(), agency_names=view.printed_agencies
    )


def _names_only(view: IndexView, query: Query, docs: set[str], section: str) -> bool:
    """Whether the question's topic only names the documents and the part (no task of its own: not "Nhiệm
    vụ xây dựng Cổng pháp luật giao cho những cơ quan nào?")."""
    # (any kind word names the document: "Dispatch 227" is read "công văn 227" of a công điện)
    named = set(section.split()) | {w for kind in KIND_WORDS.values() for w in kind.split()}
    for name in docs:
        d = view.docs[name]
        named |= set(re.findall(r"\w+", fold(f"{d.kind} {d.title} {d.issuer} {d.province} {d.number}")))
        if d.draft:  # "công văn dự thảo", "the draft dispatch"
            named |= {"du", "thao", "draft"}
        if re.search(r"\b(?:tinh uy|thanh uy|dang uy|ban bi thu|trung uong dang)\b", fold(d.issuer or "")):
            named.add("dang")  # ("the Hà Tĩnh Party Committee's letter": a Party body's)
    if query.lang == "en":
        named.add("nhom")  # ("which bodies or groups …": the addressees, in two words)
    # ("… được giao các nhiệm vụ đánh số", "numbered tasks": the paragraphs asked for are numbered ones)
    said = [w for w in re.findall(r"\w+", re.sub(r"\bdanh so\b", " ", fold(query.topic))) if w not in _FRAME]
    return all(w in named for w in said)


def _number_of(chunk: Chunk) -> bool:
    """Whether the paragraph is numbered ("3", "III.3"), not a lettered point or a dash."""
    return bool(re.fullmatch(r"\d{1,2}", chunk.path.rsplit(".", 1)[-1]))


# an article that gives bodies their work ("Điều 18. Trách nhiệm của các cơ quan, tổ chức", "Điều 20. Tổ chức thực
# hiện"), folded
_ASSIGNING_ARTICLE = re.compile(r"\bdieu \d+\.? (?:trach nhiem|to chuc thuc hien|nhiem vu cua|phan cong)\b")


def _runs(view: IndexView, doc: str) -> dict[str, list[Chunk]]:
    """Numbered paragraphs of the document's body, by the part they stand in (a long paragraph split into
    several passages, once: its first)."""
    runs: dict[str, list[Chunk]] = {}
    seen: set[str] = set()
    for chunk in sorted(view.clause_chunks_by_doc.get(doc, ()), key=lambda c: c.lines[0]):
        if chunk.path in ("preamble", "ket-luan", "noi-nhan") or not _number_of(chunk) or chunk.path in seen:
            continue
        if chunk.path.startswith("Điều") and not _ASSIGNING_ARTICLE.search(fold(chunk.context)):
            # a law's clauses ("Điều 20, khoản 1") say what is so, not who does what (unless the article is
            # titled by the bodies' responsibilities: "Điều 18. Trách nhiệm của các cơ quan, tổ chức")
            continue
        seen.add(chunk.path)
        parent = chunk.path.rsplit(".", 1)[0] if "." in chunk.path else ""
        runs.setdefault(parent, []).append(chunk)
    return runs


def _head(chunk: Chunk) -> str:
    """The body a paragraph opens with, else its first words."""
    body = opening_body(chunk.text)
    if body:
        return body
    words = re.sub(r"^\s*(?:\d{1,2}\.)*\d{1,2}[.)]?\s+", "", chunk.text).split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


def answer_addressees(view: IndexView, query: Query, scope: set[str] | None) -> Addressees | None:
    """The numbered paragraphs that give each body its work, of the one document in scope; None when the
    question names no document, asks of a task, or no run of paragraphs opens with bodies."""
    if not scope or len(scope) > 2 or query.has_period:
        return None  # ("Trong năm 2026, … giao cho những cơ quan nào?": what is due then)
    section = section_named(query)
    if not _names_only(view, _without_each_does(view, query), scope, section):
        return None
    best: list[Chunk] = []
    best_bodies = 0
    for doc in sorted(scope):
        for run in _runs(view, doc).values():
            if section and not all(under_title(c, section) for c in run):
                continue
            bodies = sum(opening_body(c.text) is not None for c in run)
            # (most of the run opens with a body: not a law's clauses, "1. Thông tin … bao gồm:")
            if bodies > best_bodies and 2 * bodies >= len(run):
                best, best_bodies = run, bodies
    if best_bodies < MIN_BODIES:
        return None
    lang = lang_of(query.lang)
    cites = citations(view, query)
    lines = [say(lang, "addressees_head", n=len(best))]
    each = bool(WHAT_EACH_DOES.search(fold(query.question)))
    # ("… phân công trách nhiệm cho các cơ quan ra sao?": what each is given, quoted at the length of a passage)
    limit = compose.MAX_QUOTE if _HOW_SHARED.search(fold(query.question)) else PARAGRAPH_CHARS
    for chunk in best:
        n = cites.chunk(chunk, chunk.text)
        own = _without_closing(chunk.text) if limit > PARAGRAPH_CHARS else chunk.text
        lines.append(f"- {_head(chunk)} ({chunk.section}): “{compose.short_quote(own, limit)}” [{n}]")
        # "… and what must each do?": a paragraph that is only its body's name ("1. Sở Tư pháp") says it in
        # the items under it, each quoted
        items = special.sub_items(view, chunk) if each and len(chunk.text) <= TITLE_ONLY else []
        for item in items[:ITEMS_EACH]:
            quote = compose.short_quote(item.text, ITEM_CHARS)
            lines.append(f"  - “{quote}” [{cites.chunk(item, quote)}]")
        if len(items) > ITEMS_EACH:
            lines.append("  - " + say(lang, "more_items", n=len(items) - ITEMS_EACH))
    text = "\n".join(lines)
    return Addressees(compose.finish_english(text) if lang == "en" else text, cites.items, len(best))
