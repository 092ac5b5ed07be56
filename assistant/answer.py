"""Extractive answers with citations, offline (the default), and through an LLM on request.

- Task questions (lead / coordinating agencies, deadline, output) are answered from the appendix task
  records: the task whose name the question's topic covers best, its cells quoted as printed, grouped
  by province when several documents match; a body clause of the same document that also assigns the
  task is said and cited.
- Listings (tasks of an agency, tasks due in a period) are a structured query over ALL task records,
  complete and counted.
- Facts and general questions: the best-supported sentences of the retrieved clauses, quoted and cited.
- Comparisons: the same, per province.
- Abstention when the best evidence covers too little of the question (ABSTAIN_THRESHOLD), lacks the
  kind of value asked for (a percentage, a sum of money, a date …), or leaves a salient term of the
  question unsupported (a name the index never uses, "Nhật Bản"; the thing asked for, "mức xử phạt");
  the closest passages come along.

The evidence itself (scope, task rows, scored sentences) is found by assistant.matching.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from assistant import compose, special
from assistant.evidence import Stats, Vocabulary, terms
from assistant.glossary import fold
from assistant.matching import (
    TASK_INTENTS,
    Found,
    SentenceMatch,
    TaskMatch,
    documents_in_scope,
    find_heading,
    related_sentence,
    unsupported_terms,
    without_document_names,
)
from assistant.matching import find as find_evidence
from assistant.retrieve import SearchFilter
from assistant.types import ABSTAIN_EN, ABSTAIN_VI, Answer, Citation
from assistant.understand import MAX_QUESTION_CHARS, Query, understand
from indexer.records import Chunk, Clause, Hit, Task

# Names other modules import from here (the matching types and constants live in assistant.matching).
__all__ = ["ABSTAIN_THRESHOLD", "TASK_INTENTS", "Assistant", "Found", "SentenceMatch", "TaskMatch"]

# Evidence below this score (weighted share of the question's topic found in the passage, 0..1) is not
# an answer. Chosen with `python -m eval.calibrate` over eval/data/qa.jsonl + ../shared/eval/qa_dev.jsonl
# (203 items, 20 unanswerable): overall accuracy peaks at 0.970 at 0.30 (answer accuracy 0.973,
# abstention precision 0.86 / recall 0.95) and falls on both sides (0.961 at 0.20, 0.906 at 0.425).
ABSTAIN_THRESHOLD = 0.30
SIMILAR_TASK = 0.9  # other tasks within this ratio of the best are answered too (grouped by province)
MAX_TASKS = 4
SEARCH_CACHE = 256


class Assistant:
    """Answers questions from one index. Thread-safe for concurrent `ask` calls."""

    def __init__(self, settings, searcher=None) -> None:
        from assistant.retrieve import Searcher

        self.settings = settings
        self.searcher = searcher or Searcher(settings)
        self._lock = threading.Lock()
        self._stats: Stats | None = None
        self._task_chunks: dict[str, Chunk] | None = None
        self.abstain_threshold = ABSTAIN_THRESHOLD  # eval/calibrate.py sweeps it
        self._headings: dict[str, tuple[str, Clause | None] | None] = {}
        self._clause_chunks: list[Chunk] | None = None
        self._searches: OrderedDict[tuple, list[Hit]] = OrderedDict()
        self._vocabulary: Vocabulary | None = None

    # --- shared, lazily built ----------------------------------------------------------------------
    @property
    def stats(self) -> Stats:
        with self._lock:
            if self._stats is None:
                self._stats = Stats(c.text for c in self.searcher.store.chunks())
                self._task_chunks = {c.ref: c for c in self.searcher.store.chunks() if c.kind == "task"}
            return self._stats

    @property
    def vocabulary(self) -> Vocabulary:
        """The index's words (BM25 tokens and texts), to tell a question's names from the documents' own."""
        stats = self.stats
        with self._lock:
            if self._vocabulary is None:
                store = self.searcher.store
                chunks = store.chunks()
                if hasattr(store, "chunk_tokens"):
                    tokens = [t for row in range(len(chunks)) for t in store.chunk_tokens(row)]
                else:  # a store that keeps no tokens: segment the texts (slower, once)
                    from indexer.tokenize import tokenize

                    tokens = [t for c in chunks for t in tokenize(c.text)]
                texts = [f"{c.text}\n{c.context}" for c in chunks]
                texts += [d.title for d in self.searcher.documents()]
                self._vocabulary = Vocabulary(tokens, texts, stats)
            return self._vocabulary

    def task_chunk(self, task: Task) -> Chunk | None:
        _ = self.stats
        return (self._task_chunks or {}).get(task.id)

    def warm_up(self) -> None:
        """Load the models and build the statistics now, so that the first question is fast."""
        _ = self.stats
        self.searcher.search("Cơ quan nào chủ trì nhiệm vụ?", k=1)

    @property
    def docs(self):
        return {d.name: d for d in self.searcher.documents()}

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
        if not raw.strip() or not re.search(r"\w", raw):
            text = (
                "Câu hỏi trống: hãy nhập một câu hỏi, ví dụ “Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng "
                "pháp luật?”"
            )
            return Answer(question=raw.strip(), text=text, abstained=True, intent="general"), None, []
        query = understand(raw, history, self.searcher)
        if province:
            query = replace(query, provinces=(province,))
        notes: list[str] = []
        if query.truncated:
            notes.append(f"Câu hỏi dài hơn {MAX_QUESTION_CHARS} ký tự: chỉ phần đầu được xét.")
        if query.lang == "other":
            text = (
                "Xin hãy đặt câu hỏi bằng tiếng Việt hoặc tiếng Anh. / Please ask in Vietnamese or English: "
                "the documents are Vietnamese plans."
            )
            return (
                Answer(
                    question=query.question,
                    text=text,
                    abstained=True,
                    intent="general",
                    lang="other",
                    notes=tuple(notes),
                ),
                query,
                [],
            )
        scope, _ = documents_in_scope(self, query, doc)
        query = without_document_names(query, self.docs, scope)
        if scope is not None and not scope:
            place = ", ".join(query.provinces) or doc or ""
            text = (
                f"Chưa có tài liệu nào của {place} trong chỉ mục. "
                if query.lang == "vi"
                else f"No indexed document is about {place}. "
            ) + (ABSTAIN_VI if query.lang == "vi" else ABSTAIN_EN)
            return self._answer(query, text, True, [], notes, scope=scope), query, []
        if query.intent in ("agency_tasks", "period_tasks"):
            from assistant.listing import answer_listing

            text, cites, abstained = answer_listing(self, query, scope)
            return self._answer(query, text, abstained, cites, notes, scope=scope), query, []
        if not query.topic and not query.agencies and not query.has_period and query.provinces:
            from assistant.listing import answer_overview

            text, cites = answer_overview(self, query, scope)
            return self._answer(query, text, False, cites, notes, scope=scope), query, []
        if query.intent == "compare":
            from assistant.listing import answer_compare

            text, cites, abstained, hits = answer_compare(self, query, scope)
            return self._answer(query, text, abstained, cites, notes, scope=scope), query, hits
        return self._single(query, scope, notes)

    def _single(
        self, query: Query, scope: set[str] | None, notes: list[str]
    ) -> tuple[Answer, Query, list[Hit]]:
        found = self.find(query, scope)
        chosen = found.choose(query.intent, query.answer_type, query.count_noun, query.question)
        score = chosen.score if chosen else 0.0
        # the topic may be covered while what the question names or asks for is not ("thủ tướng Nhật Bản")
        missing = unsupported_terms(self, query, chosen) if chosen and score >= self.abstain_threshold else []
        if chosen is None or score < self.abstain_threshold or missing:
            closest = self._closest(query, found)
            text = ABSTAIN_VI if query.lang != "en" else ABSTAIN_EN
            answer = self._answer(query, text, True, [], notes, closest=closest, score=score, scope=scope)
            if missing:
                answer.meta["unsupported"] = missing
            return (
                answer,
                query,
                found.hits,
            )
        cites = self.citations(query)
        text = self.state(query, found, chosen, cites, with_place=True)
        return (
            self._answer(query, text, False, cites.items, notes, score=score, scope=scope),
            query,
            found.hits,
        )

    def citations(self, query: Query) -> compose.CitationList:
        return compose.CitationList(self.docs, terms(query.topic or query.search_text))

    def state(self, query: Query, found: Found, chosen, cites: compose.CitationList, with_place: bool) -> str:
        """The answer text for the chosen evidence (and its companions), citations added to `cites`."""
        docs = self.docs
        lang = "en" if query.lang == "en" else "vi"
        if isinstance(chosen, TaskMatch):
            picked = [t for t in found.tasks if t.score >= chosen.score * SIMILAR_TASK][:MAX_TASKS]
            picked = picked if chosen in picked else [chosen]
            lines = []
            for match in picked:
                task = match.task
                n = cites.task(task, self.task_chunk(task))
                line = compose.task_sentence(task, n, docs.get(task.doc), query.intent, lang, with_place)
                lines.append(line + related_sentence(self, task, cites, lang))
            if len(lines) > 1:
                head = (
                    f"Có {len(lines)} nhiệm vụ phù hợp:" if lang == "vi" else f"{len(lines)} matching tasks:"
                )
                text = head + "\n" + "\n".join(f"- {line}" for line in lines)
            else:
                text = lines[0]
        elif query.plural and len(items := special.list_items(self, chosen.chunk)) >= 2:
            text = special.state_items(self, chosen.chunk, items, cites, lang, with_place)
        else:
            picked = [s for s in found.sentences if s.score >= chosen.score * 0.85][:3]
            picked = picked if chosen in picked else [chosen]
            lines = []
            for match in picked:
                n = cites.chunk(match.chunk, match.quote)
                heading = self.heading(match.chunk)
                under = None
                if heading and heading[1] is not None and fold(heading[0]) not in fold(match.quote):
                    under = (heading[0], cites.clause(heading[1], heading[0]))
                line = compose.sentence_line(
                    match.quote, n, match.chunk, docs.get(match.chunk.doc), lang, with_place, under
                )
                if lang == "en" and query.intent in TASK_INTENTS:
                    from indexer.agencies import find_agencies

                    note = compose.english_names_note(find_agencies(match.quote), n)
                    line = f"{line} {note}" if note else line
                lines.append(line)
            text = "\n".join(lines)
        return compose.finish_english(text) if lang == "en" else text

    # --- evidence ------------------------------------------------------------------------------------
    def find(self, query: Query, scope: set[str] | None, hits: list[Hit] | None = None) -> Found:
        """Task rows and sentences scored against the question's topic (assistant.matching.find)."""
        return find_evidence(self, query, scope, hits)

    def clause_chunks(self) -> list[Chunk]:
        if self._clause_chunks is None:
            self._clause_chunks = [c for c in self.searcher.store.chunks() if c.kind == "clause"]
        return self._clause_chunks

    def heading(self, chunk: Chunk) -> tuple[str, Clause | None] | None:
        """The nearest enclosing section title that names an agency ("c) Sở Tư pháp:"), with its clause."""
        key = chunk.id
        if key not in self._headings:
            self._headings[key] = find_heading(self.searcher.store, chunk)
        return self._headings[key]

    def search(self, query: Query, scope: set[str] | None, k: int) -> list[Hit]:
        """Hybrid retrieval, remembered for the last SEARCH_CACHE searches (the index does not change under
        a Searcher, and a conversation or a comparison asks the same search again)."""
        key = (
            query.search_text,
            tuple(query.expansions),
            k,
            tuple(sorted(scope)) if scope is not None else None,
        )
        with self._lock:
            if key in self._searches:
                self._searches.move_to_end(key)
                return self._searches[key]
        flt = SearchFilter(docs=sorted(scope)) if scope is not None else None
        hits = self.searcher.search(query.search_text, k, flt, query.expansions)
        with self._lock:
            self._searches[key] = hits
            while len(self._searches) > SEARCH_CACHE:
                self._searches.popitem(last=False)
        return hits

    def _closest(self, query: Query, found: Found) -> list[Citation]:
        cites = self.citations(query)
        for hit in found.hits[:3]:
            cites.chunk(hit.chunk)
        return cites.items

    def _answer(
        self,
        query: Query,
        text: str,
        abstained: bool,
        citations: Sequence[Citation],
        notes: list[str],
        closest: Sequence[Citation] = (),
        score: float | None = None,
        scope: set[str] | None = None,
    ) -> Answer:
        if notes:
            text = " ".join(notes) + "\n" + text
        meta = {
            "provinces": list(query.provinces),
            "agencies": list(query.agencies),
            "years": list(query.years),
            "periods": list(query.periods),
            "topic": query.topic,
            "followup": query.followup,
            "scope": sorted(scope) if scope is not None else None,
        }
        if score is not None:
            meta["score"] = round(score, 3)
        return Answer(
            question=query.question,
            text=text,
            abstained=abstained,
            intent=query.intent,
            citations=tuple(citations),
            lang=query.lang if query.lang in ("vi", "en") else "vi",
            notes=tuple(notes),
            closest=tuple(closest),
            meta=meta,
        )


def _search_query(query: Query) -> str:
    return " ".join([query.search_text, *query.expansions]).strip()


def _llm_module():
    try:
        from assistant import llm
    except ImportError:
        return None
    return llm if hasattr(llm, "answer_with_llm") else None
