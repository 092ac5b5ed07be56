"""Extractive answers with citations, offline (the default), and through an LLM on request.

The pipeline: the question is cleaned and understood into a typed query (assistant.understand); its scope
(the documents it is about) is found; the planner (assistant.strategies) tries the answer strategies that
fit the query — listing, overview, comparison, evidence — each a pure function of (query, index view);
the outcome becomes the Answer of the CLI / JSON contract (assistant.types). The index view
(assistant.index_view) is built once per index generation and shared by all questions.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace

from assistant.abstain import ABSTAIN_THRESHOLD, junk
from assistant.index_view import IndexView
from assistant.matches import TASK_INTENTS, Found, SentenceMatch, TaskMatch
from assistant.matching import documents_in_scope, issuer_period_listing, without_document_names
from assistant.messages import lang_of, say
from assistant.references import warm as warm_references
from assistant.references import with_references
from assistant.strategies import Outcome, run_plan
from assistant.types import Answer
from assistant.understand import MAX_QUESTION_CHARS, Query, understand
from indexer.records import Hit

# Names other modules import from here.
__all__ = ["ABSTAIN_THRESHOLD", "TASK_INTENTS", "Assistant", "Found", "SentenceMatch", "TaskMatch"]


# Intents answered from passages and task rows (not listings, comparisons or overviews of one place).
_READS_TEXT = ("general", "fact", "lead_agency", "coordinating_agencies", "deadline", "output")

# One question per strategy and language, asked once by warm_up.
_WARM_QUESTIONS = (
    "Cơ quan nào chủ trì nhiệm vụ xây dựng văn bản?",
    "Who coordinates the task and what is the deadline?",
    "Sở Tư pháp chủ trì những nhiệm vụ nào trong năm 2026?",
    "So sánh thời hạn hoàn thành giữa các tỉnh",
    "Kinh phí thực hiện là bao nhiêu phần trăm?",
    "co quan nao chu tri xay dung he thong thong tin du lieu?",  # (typed without marks: the folded texts)
)


class Assistant:
    """Answers questions from one index. Thread-safe for concurrent `ask` calls."""

    def __init__(self, settings, searcher=None) -> None:
        from assistant.retrieve import Searcher

        self.settings = settings
        self.searcher = searcher or Searcher(settings)
        self.view = IndexView(self.searcher)
        self.abstain_threshold = ABSTAIN_THRESHOLD  # eval/calibrate.py sweeps it

    @property
    def docs(self):
        return self.view.docs

    @property
    def stats(self):
        return self.view.stats

    def warm_up(self) -> None:
        """Load the models and build the index view now, so that the first question is fast."""
        self.view.warm()
        warm_references(self.view)
        for question in _WARM_QUESTIONS:  # compiles the rules and glossaries every strategy reads
            self._extractive(question, (), None, None)

    # --- entry points ------------------------------------------------------------------------------
    def ask(
        self,
        question: str,
        history: Sequence[object] = (),
        province: str | None = None,
        doc: str | None = None,
        use_llm: bool = False,
    ) -> Answer:
        started = time.perf_counter()
        answer, query, hits = self._extractive(question, history, province, doc)
        if use_llm and query is not None:
            llm = _llm_module()
            if llm is not None:
                answer = llm.answer_with_llm(
                    self, answer.question, _search_query(query), hits, answer, history=list(history or ())
                )
        return replace(answer, latency_ms=(time.perf_counter() - started) * 1000)

    def ask_stream(
        self,
        question: str,
        history: Sequence[object] = (),
        province: str | None = None,
        doc: str | None = None,
        use_llm: bool = False,
    ) -> Iterator[str | Answer]:
        """Text pieces as they are ready, then the final Answer (always last)."""
        started = time.perf_counter()
        answer, query, hits = self._extractive(question, history, province, doc)
        llm = _llm_module() if use_llm and query is not None else None
        if llm is not None and hasattr(llm, "stream_with_llm"):
            for piece in llm.stream_with_llm(
                self, answer.question, _search_query(query), hits, answer, history=list(history or ())
            ):
                if isinstance(piece, Answer):
                    yield replace(piece, latency_ms=(time.perf_counter() - started) * 1000)
                    return
                yield piece
            return
        yield from answer.text.splitlines(keepends=True)
        yield replace(answer, latency_ms=(time.perf_counter() - started) * 1000)

    # --- the extractive pipeline -----------------------------------------------------------------
    def _extractive(self, question: str, history, province, doc) -> tuple[Answer, Query | None, list[Hit]]:
        raw = question if isinstance(question, str) else ""
        if not raw.strip():
            text = say("vi", "empty_question")
            return Answer(question="", text=text, abstained=True, intent="general"), None, []
        if not re.search(r"[^\W_]", raw):  # "(((((", ".*": nothing to look for
            text = say("vi", "abstain")
            meta = {"strategy": "junk", "abstain": "no_words"}
            return (
                Answer(question=raw.strip(), text=text, abstained=True, intent="general", meta=meta),
                None,
                [],
            )
        view = self.view
        # "đóng BHTN": a short form the documents never print, read as the words they print in full
        raw = _SHORT_FORM.sub(lambda m: view.spelled_out(m.group(0)) or m.group(0), raw)
        query = understand(raw, history, view.docs.values(), agency_names=view.printed_agencies)
        if province:
            query = replace(query, provinces=(province,))
        notes: list[str] = []
        if query.truncated:
            notes.append(say(query.lang, "truncated", limit=MAX_QUESTION_CHARS))
        if query.lang == "other":
            answer = Answer(
                question=query.question,
                text=say("vi", "other_language"),
                abstained=True,
                intent="general",
                lang="other",
                notes=tuple(notes),
            )
            return answer, query, []
        if reason := junk(query.question):
            outcome = Outcome(say(query.lang, "abstain"), [], True, "junk", meta={"abstain": reason})
            return self._answer(query, outcome, notes, None), query, []
        scope, _ = documents_in_scope(view, query, doc)
        scope, query = issuer_period_listing(view, query, scope)
        if scope is not None and not scope and query.intent == "compare" and len(query.provinces) >= 2:
            # "Công điện 227 yêu cầu Đắk Lắk, Khánh Hòa, Gia Lai, Lâm Đồng làm gì?": places no document is
            # from are not compared; a national document may speak to them all
            if not view.allowed_docs(provinces=query.provinces):
                aspect = query.aspect if query.aspect in _READS_TEXT else "general"
                query = replace(query, intent=aspect)
        if (
            scope is not None
            and not scope
            and query.provinces
            and not province
            and query.intent in _READS_TEXT
        ):
            # no document is from the place the question names: a national document may still speak of it
            # ("Phó Thủ tướng nào chỉ đạo tại tỉnh Gia Lai?"); the evidence must then name the place
            national = {name for name, d in view.docs.items() if not d.province}
            if national:
                # the place is then part of what the passage must be about
                topic = " ".join([query.topic, *query.provinces]).strip()
                query = replace(query, provinces=(), must_mention=query.provinces, topic=topic)
                scope = (national & set(query.docs)) or national  # the national document it names
        query = without_document_names(query, view.docs, scope)
        if scope is not None and not scope:
            place = ", ".join(query.provinces) or doc or ""
            text = say(query.lang, "abstain")
            if doc or not query.provinces or not view.allowed_docs(provinces=query.provinces):
                # (a place that has documents, none of them the one named, is not "no document about it")
                text = say(query.lang, "no_document_for", place=place) + text
            return self._answer(query, Outcome(text, [], True, "scope"), notes, scope), query, []
        outcome = run_plan(query, view, scope, self.abstain_threshold)
        # a cited passage that points to items of its document ("… tại mục (IV)(3.4)(a)"): those items too
        outcome = with_references(view, outcome, lang_of(query.lang))
        if outcome.abstained and query.must_mention:  # the national documents do not speak of it either
            place = ", ".join(query.must_mention)
            text = say(query.lang, "abstain")
            if not view.allowed_docs(provinces=query.must_mention):
                text = say(query.lang, "no_document_for", place=place) + text
            outcome = replace(outcome, text=text)
        return self._answer(query, outcome, notes, scope), query, outcome.hits

    def _answer(self, query: Query, outcome: Outcome, notes: list[str], scope: set[str] | None) -> Answer:
        text = outcome.text
        if notes:
            text = " ".join(notes) + "\n" + text
        meta = {
            "provinces": list(query.provinces),
            "agencies": list(query.agencies),
            "role": query.role,
            "years": list(query.years),
            "periods": list(query.periods),
            "answer_type": query.answer_type,
            "topic": query.topic,
            "followup": query.followup,
            "scope": sorted(scope) if scope is not None else None,
            "strategy": outcome.strategy,
            **outcome.meta,
        }
        if outcome.score is not None:
            meta["score"] = round(outcome.score, 3)
        return Answer(
            question=query.question,
            text=text,
            abstained=outcome.abstained,
            intent=query.intent,
            citations=tuple(outcome.citations),
            lang=query.lang if query.lang in ("vi", "en") else "vi",
            notes=tuple(notes),
            closest=tuple(outcome.closest),
            meta=meta,
        )


_SHORT_FORM = re.compile(r"(?<![\w/-])[^\W\d_a-zđ]{4,6}(?![\w/-])")


def _search_query(query: Query) -> str:
    return " ".join([query.search_text, *query.expansions]).strip()


def _llm_module():
    try:
        from assistant import llm
    except ImportError:
        return None
    return llm if hasattr(llm, "answer_with_llm") else None
