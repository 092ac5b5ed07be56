"""How many task rows two or more places give, side by side: "Hà Tĩnh và Vĩnh Long, nơi nào giao Sở Tư pháp
nhiều nhiệm vụ chủ trì hơn?", "Số nhiệm vụ trong phụ lục của Hà Tĩnh và Hải Phòng là bao nhiêu?", "Which plan has
more appendix tasks, Phu Tho or Vinh Long?" — each place's rows that fit the question's body, role and period,
counted and cited, and which place has more."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.index_view import IndexView
from assistant.listing import _topic_readings, describe, distinct_rows, rows
from assistant.messages import lang_of, say
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.text import fold

# a count of rows asked, or which side has more of them
_COUNT_ASKED = re.compile(
    # (not "chuyển đổi số hoạt động …", the digital word before a noun)
    r"\b(?:bao nhieu|so luong|(?<!doi )so|may) (?:nhiem vu|dau viec|chi tieu|hoat dong)\b"
    r"|\bnhieu (?:nhiem vu|dau viec|chi tieu|hoat dong|viec)\b(?:[^?]*)\bhon\b"
    r"|\b(?:nhiem vu|dau viec|chi tieu|hoat dong|viec)\b(?:[^?]*)\b(?:nhieu|it) hon\b"
    r"|\bhow many (?:[\w-]+ ){0,2}(?:tasks|activities|indicators)\b"
    r"|\b(?:more|fewer|most) (?:[\w-]+ ){0,2}(?:tasks|activities|indicators)\b"
)


@dataclass(frozen=True)
class CountAnswer:
    text: str
    citations: list[Citation]
    count: int


def asks_count_compare(query: Query) -> bool:
    return (
        query.intent == "compare"
        and len(set(query.provinces)) >= 2
        and bool(_COUNT_ASKED.search(fold(query.question)))
    )


def answer_count_compare(view: IndexView, query: Query, scope: set[str] | None) -> CountAnswer | None:
    """Each place's rows counted; None when a place has no task table (its count would say nothing)."""
    lang = lang_of(query.lang)
    sides: list[tuple[str, list]] = []
    for place in dict.fromkeys(query.provinces):
        docs = {d for d, doc in view.docs.items() if doc.province == place and (scope is None or d in scope)}
        if not any(view.tasks_of(d) for d in docs):
            return None
        asked = replace(query, provinces=(place,))
        # (of the topic the question names, "Số nhiệm vụ về phổ biến pháp luật …": the rows of it)
        topic, _ = _topic_readings(view, asked, docs)
        sides.append((place, rows(view, asked, docs, query.role, topic if topic.unigrams else None)))
    cites = citations(view, query)
    what = describe(replace(query, provinces=()), lang)
    lines = [say(lang, "count_compare_head", what=f" {what}" if what else "")]
    for place, found in sides:
        marks = [cites.task(t, None) for t in found]
        span = f" [{marks[0]}]" if len(marks) == 1 else f" [{marks[0]}]–[{marks[-1]}]" if marks else ""
        n = distinct_rows(found)
        lines.append(
            say(lang, "count_compare_line_one" if n == 1 else "count_compare_line", place=place, n=n) + span
        )
    # (a row printed over two lines of its table, one record a lead, counts once)
    counted = [(place, distinct_rows(found)) for place, found in sides]
    if len({n for _, n in counted}) == 1:
        lines.append(say(lang, "count_compare_equal", n=counted[0][1]))
    else:
        most = max(counted, key=lambda s: s[1])
        others = ", ".join(str(n) for p, n in counted if p != most[0])
        lines.append(say(lang, "count_compare_more", place=most[0], n=most[1], others=others))
    return CountAnswer("\n".join(lines), cites.items, sum(n for _, n in counted))
