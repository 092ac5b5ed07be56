"""Which bodies lead (or coordinate) the tasks of a document, or of one section of it: "Kế hoạch 174 giao
những sở nào chủ trì các hoạt động trong mục Nội dung hoạt động?", "Which departments lead the activities of
section III?" — every body the rows print in that column, each with its rows, counted and cited. A question
that names what the tasks are about ("… các nhiệm vụ về chuyển đổi số") is the listings' and the matching
rows', not this."""

from __future__ import annotations

import re

from assistant import compose
from assistant.evidence import terms
from assistant.glossary import find_provinces
from assistant.index_view import IndexView
from assistant.listing import Listing, group_markers, task_lines
from assistant.matches import canonical_agency
from assistant.messages import lang_of, say
from assistant.sections import heading_by_marker, heading_by_words, heading_for, section_end
from assistant.statement import citations
from assistant.understand import Query
from indexer.records import Task
from indexer.text import fold

MIN_ROWS = 2  # one row's lead is the task question's, not a list of bodies

# "những sở nào", "các cơ quan nào", "which departments": several bodies asked for
_BODIES_ASKED = re.compile(
    r"\b(?:nhung|cac) (?:so|co quan|don vi|bo|so, nganh|so nganh|bo, nganh)(?: \w+){0,3}? nao\b"
    r"|\bwhich (?:[\w-]+ ){0,2}(?:departments|agencies|bodies|ministries|units|organi[sz]ations)\b"
)
# "các hoạt động", "những nhiệm vụ", "the activities", "all tasks": the rows as a whole ("giao những cơ quan
# nào nhiệm vụ gì": each body's rows)
_ROWS_ASKED = re.compile(
    r"\b(?:cac|nhung|tat ca(?: cac)?) (?:nhiem vu|hoat dong)\b|\b(?:nhiem vu|hoat dong|viec) (?:gi|nao)\b|\b(?:the|all(?: the)?|its) (?:[\w-]+ )?(?:activities|tasks)\b"
    # ("Những cơ quan nào chủ trì nhiệm vụ trong phụ lục …?", "Which agencies lead tasks in the appendix?")
    r"|\b(?:chu tri|phoi hop)(?: thuc hien)? (?:nhiem vu|hoat dong)\b|\b(?:lead|coordinate(?: on)?) (?:tasks|activities)\b"
    # ("Which city bodies are assigned tasks in plan 174?", "Những cơ quan nào được giao nhiệm vụ …?")
    r"|\b(?:assigned|given|allocated) (?:any )?(?:tasks|activities)\b|\bduoc giao (?:cac |nhung )?(?:nhiem vu|hoat dong)\b"
)
# what a question says of the rows besides their section: the ask, the roles, the kind of row
_ASK_WORDS = frozenset(
    {
        "nhung", "cac", "nao", "so", "nganh", "ban", "co", "quan", "don", "vi", "giao", "chu", "tri", "phoi", "hop", "nhiem",
        "vu", "hoat", "dong", "muc", "phan", "trong", "ke", "hoach", "tat", "ca", "duoc", "la", "thuc", "hien",
        "which", "departments", "agencies", "bodies", "lead", "leads", "coordinate", "activities", "tasks",
        "section", "part", "listed", "in", "of", "the", "all", "plan", "city", "provincial", "assigned", "given", "are",
        # (the level of the bodies asked: "những cơ quan cấp tỉnh nào")
        "cap", "level",
        # (the bodies set aside: "Ngoài Sở Tư pháp, những cơ quan nào khác …")
        "ngoai", "khac", "other", "besides",
        # where the rows stand, not what they are about
        "phu", "luc", "appendix", "annex",
    }
)  # fmt: skip


def asks_lead_bodies(query: Query) -> bool:
    f = fold(query.question)
    return (
        # ("Which city bodies are assigned tasks in HCM City plan 174?": asked of no role, read as a general question)
        query.intent in ("lead_agency", "coordinating_agencies", "compare", "general")
        # ("Besides the generic 'các sở, ban, ngành và địa phương', which specific bodies lead tasks …?": the bodies
        # besides those it names)
        and (not query.agencies or query.agencies_set_aside)
        and bool(_BODIES_ASKED.search(f))
        and bool(_ROWS_ASKED.search(f))
    )


_SPECIFIC_WORDS = frozenset("cu the specific particular named individual".split())


def _bodies(task: Task, role: str) -> tuple[str, ...]:
    return task.coordinating if role == "coordinating" else task.lead


def _is_one_of(body: str, agencies) -> bool:
    return any(fold(body) == fold(a) or fold(canonical_agency(body) or "") == fold(a) for a in agencies)


def answer_lead_bodies(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    # (the one document in scope with task rows: a province's plan beside its Party committee's letter)
    tabled = [d for d in sorted(scope or ()) if view.tasks_of(d)]
    if len(tabled) != 1:
        return None
    role = "coordinating" if query.intent == "coordinating_agencies" else "lead"
    (doc,) = tabled
    scope = {doc}
    found = [t for t in view.tasks_of(doc) if _bodies(t, role)]
    aside = query.agencies if query.agencies_set_aside else ()
    if aside:
        # (the rows that name some body besides those set aside, and those bodies only)
        found = [t for t in found if any(not _is_one_of(b, aside) for b in _bodies(t, role))]
    groups = group_markers(query.question)
    heading = (
        None
        if groups
        else (
            heading_by_marker(view, query, scope, described=True)
            or heading_by_words(view, query, scope)
            or heading_for(view, query, scope)
        )
    )
    if heading is not None and any(fold(a) in fold(heading.text) for a in aside):
        # (the part titled by a body set aside, "1. Sở Tư pháp", is not where the rows are asked)
        heading = None
    said = terms(f"{view.docs[doc].kind} {view.docs[doc].title} {view.docs[doc].number or ''}").unigrams
    # (the place as the question says it, or by its initials, "HCM City", names the document too)
    said |= {
        w
        for _, start, end in find_provinces(query.question)
        for w in terms(query.question[start:end]).unigrams
    }
    if province := view.docs[doc].province:
        said |= terms(province).unigrams | {"".join(w[0] for w in fold(province).split())}
    if groups:  # "… các nhiệm vụ của nhóm II trong phụ lục": that group's rows
        found = [t for t in found if (t.group or "").upper() in groups]
        said |= {g.lower() for g in groups} | {"nhom", "group", "phu", "luc", "appendix"}
    elif heading is not None:
        end = section_end(view, heading)
        found = [t for t in found if heading.lines[0] < t.lines[0] < end]
        said |= terms(heading.text).unigrams
    # words the question says of the rows beyond their section and document: a topic, for other answers
    said |= {w for a in aside for w in terms(a).unigrams} | _SPECIFIC_WORDS
    rest = {w for w in terms(query.topic).unigrams - said - _ASK_WORDS if not w.isdigit()}
    if rest or len(found) < MIN_ROWS:
        return None
    # (grouped by the name's folded form, "Các Sở, ban, ngành" with "Các sở, ban, ngành"; shown as first printed)
    bodies: dict[str, tuple[str, list[Task]]] = {}
    for task in found:
        for body in _bodies(task, role):
            if not _is_one_of(body, aside):
                bodies.setdefault(" ".join(fold(body).split()), (body, []))[1].append(task)
    lang = lang_of(query.lang)
    cites = citations(view, query)
    names = "; ".join(f"{body} ({len(rows)})" for body, rows in bodies.values())
    head = say(lang, f"{role}_bodies_head", k=len(bodies), n=len(found), names=names)
    lines = [head, *task_lines(view, found, cites, lang, query)]
    text = "\n".join(lines)
    return Listing(compose.finish_english(text) if lang == "en" else text, cites.items, False, len(found))
