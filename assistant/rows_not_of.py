"""The task rows a body is not named in, in the role asked: "Trong phụ lục Hải Phòng, những nhiệm vụ nào không do
các sở, ban, ngành và địa phương chủ trì?", "Which tasks in the annex of Decision 2597 are NOT led by the Ministry
of Construction, alone or jointly?".

Every row in scope (of the group or period the question also names) whose column of that role does not name the
body, counted and cited in the order the document prints them. Reads the index view only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.index_view import IndexView
from assistant.listing import describe, rows, task_lines
from assistant.matches import agency_matches, canonical_agency
from assistant.messages import lang_of, say
from assistant.question_rules import SET_ASIDE_OPENERS
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.agencies import agency_kind
from indexer.text import fold


@dataclass(frozen=True)
class RowsNotOf:
    text: str
    citations: list[Citation]
    count: int
    abstained: bool = False


# "rather than only by …", "not just …", "không chỉ do …": the rows that name someone else too
# (or "chứ không phải chung chung 'các sở, …'", "rather than the generic …": a specific body asked against the
# collective, joint rows too)
_NOT_ONLY = re.compile(
    r"\b(?:rather than|not|khong|chu khong phai) (?:only|just|solely|merely|chi|rieng|(?:mot cach )?chung chung)"
    r" (?:by |do |duoc giao cho |ghi (?:chung )?)?(?:the )?(?:generic |general |collective )?(?:'|\"|“|‘)?$"
    r"|\brather than (?:by )?(?:the )?(?:generic|general|collective) (?:'|\"|“|‘)?$"
)

# (an English question names the collective in its own words after it: "rather than only by the generic …")
_NOT_ONLY_EN = re.compile(
    r"\brather than (?:(?:only|just|solely|merely) (?:by )?(?:the )?(?:generic |general )?"
    r"|(?:by )?(?:the )?(?:generic|general|collective) )\W*\w"
    # ("… led by a body other than the generic 'Các sở, ban, ngành và địa phương'": some lead besides it)
    r"|\b(?:a|an|any|some) (?:specific |named |particular )?(?:body|agency|department|unit|organi[sz]ation|one)"
    r" other than (?:the )?(?:generic |general |collective )?\W*\w"
)

# "Besides the generic 'các sở, ban, ngành và địa phương', which specific bodies lead …?": a collective said first,
# set aside; the rows that name someone else
_BESIDES = re.compile(rf"^{SET_ASIDE_OPENERS} ")


# "Which tasks are not led by the Ministry of Construction alone?", "… không do riêng Bộ Xây dựng chủ trì": the rows
# of someone besides the body (with it, or without)
_NOT_ALONE = re.compile(
    r"\bnot (?:led|chaired|headed|coordinated|run|handled|assigned)? ?(?:by |to )?(?:[\w'-]+ ){1,8}"
    r"(?:alone|by itself|on its own|solely)\b"
    r"|\bkhong (?:chi )?(?:do|giao cho|thuoc) (?:rieng|mot minh)\b"
    r"|\bkhong (?:chi )?(?:do|giao cho) (?:\w+ ){1,8}(?:mot minh|chu tri mot minh)\b"
)


def _not_only(query: Query) -> bool:
    """Whether the question sets aside a collective said right after "rather than only (by)", "không chỉ do" —
    the rows of someone besides it, not the rows it is absent from; or any body asked "not … alone"."""
    folded = fold(query.question)
    if _NOT_ALONE.search(folded):
        return True
    collective = [a for a in query.agencies if agency_kind(canonical_agency(a) or a) == "collective"]
    if collective and len(collective) == len(query.agencies) and _BESIDES.match(folded.lstrip()):
        return True
    if query.lang == "en" and collective and len(collective) == len(query.agencies):
        return bool(_NOT_ONLY_EN.search(folded))
    for agency in collective:
        # (its first words too: "các sở, ban, ngành và các địa phương" prints more than the name it reads as)
        names = {fold(agency), *(fold(c) for c in [canonical_agency(agency)] if c)}
        for name in names | {n.split(",")[0] for n in names if "," in n}:
            at = folded.find(name)
            if at > 0 and _NOT_ONLY.search(folded[:at]):
                return True
    return False


def _only_these(task, agencies, role: str) -> bool:
    """Whether the task's column of `role` names the bodies asked and no other — no specific one: beside a
    collective asked, another collective or a level's bodies are generic too ("Các sở, ban, ngành cấp tỉnh; UBND cấp
    xã")."""
    ids = task.lead_ids if role == "lead" else task.coordinating_ids
    wanted = {fold(a) for a in agencies} | {fold(c) for a in agencies if (c := canonical_agency(a))}
    return bool(ids) and all(fold(i) in wanted or agency_kind(i) in ("collective", "local") for i in ids)


def _by_these_alone(task, agencies, role: str) -> bool:
    """Whether the task's column of `role` names the bodies asked and no one else (a collective is someone else)."""
    ids = task.lead_ids if role == "lead" else task.coordinating_ids
    wanted = {fold(a) for a in agencies} | {fold(c) for a in agencies if (c := canonical_agency(a))}
    return bool(ids) and all(fold(i) in wanted for i in ids)


def asks_rows_not_of(query: Query) -> bool:
    return query.intent == "agency_tasks" and query.agencies_set_aside and bool(query.agencies)


def answer_rows_not_of(view: IndexView, query: Query, scope: set[str] | None) -> RowsNotOf | None:
    """The rows in scope (of the period asked) whose column of the role asked names none of the question's
    bodies; None when no row in scope names one of them there (the question is then of something else)."""
    role = query.role if query.role in ("lead", "coordinating", "either") else "lead"
    anywhere = rows(view, replace(query, agencies=(), years=(), quarters=(), months=(), periods=(),
                                  periods_set_aside=(), before=0, after=0, until=""), scope, role)  # fmt: skip
    if not any(agency_matches(t, a, role) for t in anywhere for a in query.agencies):
        return None
    every = rows(view, replace(query, agencies=()), scope, role)
    only = role != "either" and _not_only(query)
    if only and _NOT_ALONE.search(fold(query.question)):
        # "not led by the Ministry of Construction alone": the rows whose column names someone besides it — a
        # collective too, with it or without it; only the rows it leads by itself are left out
        named = {id(t) for t in every if _by_these_alone(t, query.agencies, role)}
    elif only:
        # "led by a named body rather than only by the generic 'departments, agencies and localities'": the
        # rows whose column names some body besides them (with them, or alone)
        named = {id(t) for t in every if _only_these(t, query.agencies, role)}
    else:
        named = {id(t) for t in every if any(agency_matches(t, a, role) for a in query.agencies)}
    kept = sorted((t for t in every if id(t) not in named), key=lambda t: (t.doc, t.lines[0]))
    lang = lang_of(query.lang)
    verb = say(lang, f"role_{role}")
    what = say(
        lang, "by_agency_not_only" if only else "by_agency_not", names=", ".join(query.agencies), verb=verb
    )
    timed = describe(replace(query, agencies=(), provinces=()), lang)
    what = f"{what} {timed}".strip()
    cites = citations(view, query)
    if not kept:
        return RowsNotOf(say(lang, "listing_none_not_of", what=what), [], 0, abstained=True)
    lines = [say(lang, "listing_head", n=len(kept), what=what), *task_lines(view, kept, cites, lang, query)]
    return RowsNotOf("\n".join(lines), cites.items, len(kept))
