"""The evidence a strategy finds: task rows and sentences scored against a question, and the choice of
the one that answers it. Plain data, shared by the strategies and the answer writing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from assistant.evidence import has_answer_type
from assistant.question_rules import COMPARE, any_match
from indexer.agencies import find_agencies
from indexer.chunk import task_text
from indexer.records import Chunk, Hit, Task
from indexer.text import fold

TASK_INTENTS = ("lead_agency", "coordinating_agencies", "deadline", "output")
TASK_STRONG = 0.75  # a task name holding this share of a task question's topic answers it outright


@dataclass
class TaskMatch:
    score: float  # ranks the evidence
    task: Task
    coverage: float | None = None  # share of the question it holds, for abstaining (default: score)

    @property
    def support(self) -> float:
        return self.score if self.coverage is None else self.coverage


@dataclass
class SentenceMatch:
    score: float  # ranks the evidence
    chunk: Chunk
    quote: str
    coverage: float | None = None  # share of the question it holds, for abstaining (default: score)

    @property
    def support(self) -> float:
        return self.score if self.coverage is None else self.coverage


@dataclass
class Found:
    tasks: list[TaskMatch] = field(default_factory=list)
    sentences: list[SentenceMatch] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)

    def choose(
        self, intent: str, answer_type: str | None, count_noun: str = "", question: str = ""
    ) -> TaskMatch | SentenceMatch | None:
        """The task row or the sentence that answers best; task rows win ties on task questions."""
        # a row's place column ("Địa điểm thực hiện") is no field of the task record: any row may say where
        row_type = None if answer_type == "location" else answer_type
        task = next(
            (t for t in self.tasks if has_answer_type(task_text(t.task), row_type, count_noun, question)),
            None,
        )
        sentence = self.sentences[0] if self.sentences else None
        if task is None or sentence is None:
            return task or sentence
        if intent in TASK_INTENTS and task.support >= TASK_STRONG:
            return task  # a task question whose task row is plainly there: the row is the answer
        numbers = cited_numbers(question)
        quoted = fold(sentence.quote)
        cited = next(
            (
                t
                for t in self.tasks
                if any(n in fold(task_text(t.task)) and n not in quoted for n in numbers)
                and has_answer_type(task_text(t.task), row_type, count_noun, question)
            ),
            None,
        )
        if cited is not None:
            # "Hồ sơ trình … dự thảo Nghị quyết sửa đổi Nghị quyết 1156/2016/UBTVQH13 gồm những gì?": the row
            # that prints the document number asked of, not a like passage of another row
            return cited
        # (a question that names the appendix asks of its rows: "the task … in the plan appendices")
        folded = fold(question)
        in_appendix = bool(NAMES_APPENDIX.search(folded))
        rows_asked = intent in TASK_INTENTS or in_appendix
        # (a task's field asked of a row the question places in the appendix: both say a row is wanted; not in a
        # comparison, whose other side may not be the appendix's: "theo Kế hoạch của A và theo phụ lục của B")
        strong = intent in TASK_INTENTS and in_appendix and not any_match(COMPARE, folded)
        margin = APPENDIX_ROW_MARGIN if strong else 0.15 if rows_asked else -0.05
        if task.score + margin >= sentence.score and (strong or task.score >= ROW_SHARE_MIN * sentence.score):
            # (not a row that says less than half as much of the question as the passage: "How often must
            # results be reported under Vinh Long's plan?" is the passage's "định kỳ 6 tháng báo cáo", not a
            # row whose name shares a word with it)
            return task
        return self._row_printed_in(sentence, row_type, count_noun, question) or sentence

    def _row_printed_in(self, sentence, row_type, count_noun: str, question: str) -> TaskMatch | None:
        """The task row whose cells a passage prints as table text ("… | | Nghị quyết sửa đổi … | Ủy ban
        Thường vụ Quốc hội |": a table inside an article): the row answers, with its columns, for it."""
        if not _PRINTED_CELLS.search(sentence.quote):
            return None
        quote, (first, last) = " ".join(fold(sentence.quote).split()), sentence.chunk.lines
        for t in self.tasks:
            row = t.task
            if (
                row.doc == sentence.chunk.doc
                and row.lines[0] <= last
                and row.lines[1] >= first
                and " ".join(fold(row.name).split())[:60] in quote
                and has_answer_type(task_text(row), row_type, count_noun, question)
            ):
                return t
        return None


# a document number the question cites, with its year ("1156/2016/UBTVQH13", "29/2022/QH15", "730/2004"),
# folded (not a month: "11/2025", nor a day's: "15/11/2025")
_CITED_NUMBER = re.compile(r"(?<![\d/])(?:1[3-9]|[2-9]\d|\d{3,5})/(?:19|20)\d\d(?:/[a-z0-9đ-]+)?(?![\w/])")


@lru_cache(maxsize=1024)
def cited_numbers(question: str) -> tuple[str, ...]:
    """The document numbers with their year that a question cites, folded."""
    return tuple(_CITED_NUMBER.findall(fold(question)))


def prints_cited_number(question: str, task: Task) -> bool:
    """Whether a row prints a document number (with its year) that the question cites."""
    row = fold(task_text(task))
    return any(n in row for n in cited_numbers(question))


ROW_SHARE_MIN = 0.5  # a row's score, at least this share of the best passage's, to win by the margin
APPENDIX_ROW_MARGIN = 0.3  # a row's lead over passages when a task's field is asked of the appendix's rows
# a question that names an appendix (folded): "phụ lục", "appendix", "annex"
# ("the projects annexed to …" too)
NAMES_APPENDIX = re.compile(
    r"\b(?:phu luc|appendix|appendices|annex(?:es|ed)?)\b"
    # ("the priority projects attached to Resolution 394", "các đề án kèm theo Nghị quyết 394": its appendix)
    r"|\battached to (?:the )?(?:government |party )?(?:resolution|decision|plan|decree|directive|circular|regulation)"
    r"|\bkem theo (?:nghi quyet|quyet dinh|ke hoach|nghi dinh|chi thi|thong tu|quy dinh)\b"
)
# cells of a table printed in a passage's text: "… | | Nghị quyết … | Ủy ban Thường vụ Quốc hội |"
_PRINTED_CELLS = re.compile(r"\|[^|\n]*\|")


_SHARED_HEADS = frozenset({"so", "cuc", "vu", "ban", "bo", "phong"})


def _short_council(folded: str) -> str:
    """A folded name with "Ủy ban nhân dân" / "Hội đồng nhân dân" written short, as cells and the index's
    names often print them ("UBND cấp xã" is "Ủy ban nhân dân cấp xã")."""
    return folded.replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd")


@lru_cache(maxsize=4096)
def canonical_agency(agency: str) -> str:
    """The gazetteer's name of an agency as the question says it ("" when it knows it not as one body)."""
    found = find_agencies(agency)
    return found[0] if len(found) == 1 else ""


_PLACE_AFTER = re.compile(r" (?:tinh|thanh pho|tp\.?)(?: \w+){1,3}")


def agency_matches(task: Task, agency: str, role: str) -> bool:
    """Whether `agency` is among the task's agencies in `role` ("lead", "coordinating", "either"), as a
    canonical name or as printed (also inside a collective cell)."""
    if role == "either":
        return agency_matches(task, agency, "lead") or agency_matches(task, agency, "coordinating")
    names = task.lead_ids if role == "lead" else task.coordinating_ids
    printed_items = task.lead if role == "lead" else task.coordinating
    printed = task.lead_text if role == "lead" else task.coordinating_text
    key = _short_council(fold(agency))
    if any(_short_council(fold(n)) == key for n in (*names, *printed_items)):
        return True
    # (a name said in another of its printed forms, "các sở, ngành, địa phương": the gazetteer's one name)
    if canonical_agency(agency) in names:
        return True
    # (or without the level its name takes in the province: "Đoàn Thanh niên Cộng sản Hồ Chí Minh" of "Tỉnh đoàn")
    if (
        not canonical_agency(agency)
        and (provincial := canonical_agency(f"{agency} tỉnh"))
        and provincial in names
    ):
        return True
    cell = _short_council(fold(" ; ".join([printed, *printed_items]) or "; ".join(names)))
    if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", cell):
        return True
    # (a name the row's canonical one says with its place after: "Trung tâm Thông tin báo chí và Truyền thông" of
    # "Trung tâm Thông tin báo chí và Truyền thông thành phố Hải Phòng", printed "Trung tâm báo chí và …")
    if len(key.split()) >= 3 and any(
        _PLACE_AFTER.fullmatch(fold(n)[len(key) :]) for n in names if fold(n).startswith(f"{key} ")
    ):
        return True
    if re.search(r"\b(?:ubnd|hdnd) tinh$", key):
        # "the provincial People's Committees" of a national document: "Ủy ban nhân dân các tỉnh, thành
        # phố trực thuộc trung ương"
        plural = key[: -len(" tinh")] + " cac tinh"
        if re.search(
            rf"(?<!\w){re.escape(plural)}(?!\w)", f"{cell} ; {_short_council(fold('; '.join(names)))}"
        ):
            return True
    # "Các Sở: Tài chính, Tư pháp", "Các Cục: Báo chí, …" name Sở Tài chính, Cục Báo chí without the head
    head, _, rest = key.partition(" ")
    if rest and head in _SHARED_HEADS and re.search(rf"\bcac {head}\s*:", cell):
        return bool(re.search(rf"(?<!\w){re.escape(rest)}(?!\w)", cell))
    return False


def favoured(tasks: list, sentences: list, task_flags: list, sentence_flags: list, share: float):
    """(tasks, sentences), each re-ranked when some record of either is flagged (stands under the part asked,
    prints the question's gloss …): the unflagged keep `share` of their score. Unchanged when none is."""
    if not any(task_flags) and not any(sentence_flags):
        return tasks, sentences

    def ranked(matches: list, flags: list) -> list:
        out = [m if f else replace(m, score=m.score * share) for m, f in zip(matches, flags, strict=True)]
        return sorted(out, key=lambda m: -m.score)

    return ranked(tasks, task_flags), ranked(sentences, sentence_flags)
