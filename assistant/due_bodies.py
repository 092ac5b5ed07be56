"""Bodies with something due on a date: "Trong Công điện 227, những bộ nào phải hoàn thành trước ngày 30/11/2025?",
"Which ministries must finish by 30 November 2025?".

Dispatches and directives assign work in numbered paragraphs that open with the body ("7. Bộ trưởng Bộ
Y tế chỉ đạo …, hoàn thành trước ngày 30/11/2025"), not in task tables. The answer lists every task row
whose time cell prints the date, and every sentence of the body text that prints it under a paragraph
(or a section title) that opens with a body — complete, in document order, each cited.

Reads the index view only (task rows, clauses, clause chunks with their section titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant import compose
from assistant.duties import opening_body
from assistant.en_months import NAME as MONTH_NAME
from assistant.en_months import month_number
from assistant.evidence import split_sentences
from assistant.index_view import IndexView
from assistant.listing import task_lines
from assistant.messages import lang_of, say
from assistant.question_rules import ASKS_BODIES, ASKS_TASKS_DUE, any_match
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.period import dates_in
from indexer.text import fold

MAX_PASSAGES = 12  # sentences of the body text listed, at most

_EN_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_NAME})\b\.?,? (20\d\d)\b"
    rf"|\b({MONTH_NAME})\b\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (20\d\d)\b"
)


@dataclass(frozen=True)
class DueBodies:
    text: str
    citations: list[Citation]
    count: int


# "Kế hoạch 45/KH-UBND ngày 10/3/2025": the date of a document the question cites is not a date asked
_CITED_DATE = re.compile(
    r"\d+/[^\W\d_][\w/.-]*\s+(?:ngày\s+|ngay\s+|of\s+|dated\s+)?(?:\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})",
    re.IGNORECASE,
)


def asked_dates(question: str) -> list[date]:
    """The whole dates a question names, Vietnamese or English ("30/11/2025", "30 November 2025"), not
    the dates of documents it cites."""
    question = _CITED_DATE.sub(" ", question)
    found = dates_in(question)
    for m in _EN_DATE.finditer(fold(question)):
        day, month, year = (
            (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        )
        try:
            d = date(int(year), month_number(month), int(day))
        except ValueError:
            continue
        if d not in found:
            found.append(d)
    return found


def asks_tasks_due(query: Query) -> bool:
    """A question that asks which tasks are due by a date it names with its day ("… before 30/11/2025")."""
    return any_match(ASKS_TASKS_DUE, fold(query.question)) and bool(asked_dates(query.question))


def asks_bodies_due(query: Query) -> bool:
    """A question that asks which bodies (ministries, departments …) have something due on a date."""
    return any_match(ASKS_BODIES, fold(query.question)) and bool(asked_dates(query.question))


def _body_of(view: IndexView, clause, chunks_by_lines: dict) -> str | None:
    """The body a paragraph is addressed to: the one it opens with, or the one its section title opens
    with."""
    body = opening_body(clause.text)
    if body:
        return body
    chunk = chunks_by_lines.get((clause.doc, clause.lines))
    heading = view.heading(chunk) if chunk is not None else None
    return opening_body(heading[0]) if heading else None


SHORT_SENTENCE = 160


def answer_due_bodies(
    view: IndexView, query: Query, scope: set[str] | None, tasks_asked: bool = False
) -> DueBodies | None:
    """Task rows and body sentences that print the asked date, with their bodies; None when none does.
    `tasks_asked` ("which tasks are due …"): passages addressed to no body are listed too."""
    wanted = set(asked_dates(query.question))
    if not wanted:
        return None
    in_scope = [d for d in view.docs if scope is None or d in scope]
    rows = [t for d in in_scope for t in view.tasks_of(d) if wanted & set(dates_in(t.deadline))]
    chunks_by_lines = {(c.doc, c.lines): c for c in view.clause_chunks}
    passages = []
    for d in in_scope:
        for clause in view.clauses(d):
            if clause.kind != "clause":
                continue
            sentences = split_sentences(clause.text)
            said = []
            for i, sentence in enumerate(sentences):
                if wanted & set(dates_in(sentence)):
                    # a short sentence that only closes the work before it ("Không để người dân thiếu nơi
                    # điều trị …; hoàn thành trước ngày 30/11/2025."): the sentence before says what is due
                    if len(sentence) < SHORT_SENTENCE and i > 0 and sentences[i - 1] not in said:
                        said.append(sentences[i - 1])
                    said.append(sentence)
            if not said:
                continue
            body = _body_of(view, clause, chunks_by_lines)
            if body or tasks_asked:
                passages.append((clause, body, " ".join(said)))
    if not rows and not passages:
        return None
    lang = lang_of(query.lang)
    when = ", ".join(sorted(f"{d.day:02d}/{d.month:02d}/{d.year}" for d in wanted))
    cites = citations(view, query)
    passages = passages[:MAX_PASSAGES]
    count = len(rows) + len(passages)
    lines = [say(lang, "due_head", when=when, n=count)]
    if rows:
        lines += task_lines(view, rows, cites, lang, query)
    for clause, body, sentence in passages:
        n = cites.clause(clause, sentence)
        lines.append(
            compose.body_passage_line(
                view.docs.get(clause.doc), clause, body, compose.short_quote(sentence), n
            )
        )
    text = "\n".join(lines)
    return DueBodies(compose.finish_english(text) if lang == "en" else text, cites.items, count)
