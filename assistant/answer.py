"""Extractive answers with citations, offline (the default), and through an LLM on request.

- Task questions (lead / coordinating agencies, deadline, output) are answered from the appendix task
  records: the task whose name the question's topic covers best, its cells quoted as printed, grouped
  by province when several documents match; a body clause of the same document that also assigns the
  task is said and cited.
- Listings (tasks of an agency, tasks due in a period) are a structured query over ALL task records,
  complete and counted.
- Facts and general questions: the best-supported sentences of the retrieved clauses, quoted and cited.
- Comparisons: the same, per province.
- Abstention when the best evidence covers too little of the question (ABSTAIN_THRESHOLD), or lacks
  the kind of value asked for (a percentage, a sum of money, a date …); the closest passages come along.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from assistant import compose, special
from assistant.evidence import Stats, best_sentences, has_answer_type, quote_window, split_sentences, terms
from assistant.glossary import find_provinces, fold
from assistant.retrieve import SearchFilter
from assistant.types import ABSTAIN_EN, ABSTAIN_VI, Answer, Citation
from assistant.understand import MAX_QUESTION_CHARS, Query, understand
from indexer.records import Chunk, Clause, Hit, Task

# Evidence below this score (weighted share of the question's topic found in the passage, 0..1) is not
# an answer. Chosen with `python -m eval.calibrate` over eval/data/qa.jsonl + ../shared/eval/qa_dev.jsonl
# (203 items, 20 unanswerable): overall accuracy peaks at 0.970 at 0.30 (answer accuracy 0.973,
# abstention precision 0.86 / recall 0.95) and falls on both sides (0.961 at 0.20, 0.906 at 0.425).
ABSTAIN_THRESHOLD = 0.30
K_HITS = 20  # retrieved chunks whose sentences are scored
TASK_INTENTS = ("lead_agency", "coordinating_agencies", "deadline", "output")
RELATED_MIN = 0.6  # share of a task name's terms a body clause must hold to count as assigning the same task
SIMILAR_TASK = 0.9  # other tasks within this ratio of the best are answered too (grouped by province)
MAX_TASKS = 4
SEARCH_CACHE = 256
SCAN_ALL_MAX = 5000  # up to this many clause chunks, every one is scored; beyond, the top SCAN_HITS retrieved
SCAN_HITS = 200
RANK_BONUS = 0.03
# Time expressions: what a deadline answer must say.
_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\bquy [ivx1-4]+\b|\bthang \d|\bhang (?:nam|quy|thang)\b|\bthuong xuyen\b"
    r"|\bdinh ky\b|\bngay sau khi\b|\btruoc (?:ngay|khi)\b|\bkhi\b|\bsau khi\b|\bkip thoi\b"
)
TASK_STRONG = 0.75  # a task name holding this share of a task question's topic answers it outright
# The words of each document hint (understand._DOC_HINTS), removed from the topic when they name a document in scope
_HINT_WORDS = {
    "công văn": re.compile(r"(?i)\b(?:công văn|official letter)\b"),
    "dự thảo": re.compile(r"(?i)\b(?:dự thảo|draft)\b"),
    "tỉnh ủy": re.compile(r"(?i)\b(?:ban thường vụ|tỉnh ủy|thành ủy)\b"),
    "quyết định": re.compile(r"(?i)\bquyết định\b"),
    "kế hoạch hành động": re.compile(r"(?i)\bkế hoạch hành động\b"),
}
_SELF_NUMBER = re.compile(r"\bso hieu\b|\bwhat (?:is the )?number\b|\bnumber and date\b|\bso may\b")


@dataclass
class TaskMatch:
    score: float
    task: Task


@dataclass
class SentenceMatch:
    score: float
    chunk: Chunk
    quote: str


@dataclass
class Found:
    tasks: list[TaskMatch] = field(default_factory=list)
    sentences: list[SentenceMatch] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)

    def choose(
        self, intent: str, answer_type: str | None, count_noun: str = "", question: str = ""
    ) -> TaskMatch | SentenceMatch | None:
        """The task row or the sentence that answers best; task rows win ties on task questions."""
        task = next(
            (
                t
                for t in self.tasks
                if has_answer_type(compose.task_quote(t.task), answer_type, count_noun, question)
            ),
            None,
        )
        sentence = self.sentences[0] if self.sentences else None
        if task is None or sentence is None:
            return task or sentence
        if intent in TASK_INTENTS and task.score >= TASK_STRONG:
            return task  # a task question whose task row is plainly there: the row is the answer
        margin = 0.15 if intent in TASK_INTENTS else -0.05
        return task if task.score + margin >= sentence.score else sentence


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

    # --- shared, lazily built ----------------------------------------------------------------------
    @property
    def stats(self) -> Stats:
        with self._lock:
            if self._stats is None:
                self._stats = Stats(c.text for c in self.searcher.store.chunks())
                self._task_chunks = {c.ref: c for c in self.searcher.store.chunks() if c.kind == "task"}
            return self._stats

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
        scope, _ = self._scope(query, doc)
        naming = [
            h
            for h in query.doc_hints
            if any(fold(h) in _doc_text(d) for d in self.docs.values() if scope is None or d.name in scope)
        ]
        if (
            naming
        ):  # the words that name the document ("dự thảo công văn …") are not evidence about its content
            topic = query.topic
            for hint in naming:
                topic = _HINT_WORDS[hint].sub(" ", topic)
            query = replace(query, topic=" ".join(topic.split()))
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
        if chosen is None or score < self.abstain_threshold:
            closest = self._closest(query, found)
            text = ABSTAIN_VI if query.lang != "en" else ABSTAIN_EN
            return (
                self._answer(query, text, True, [], notes, closest=closest, score=score, scope=scope),
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
                lines.append(line + self._related(task, cites, lang))
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
        """Task rows and sentences scored against the question's topic. `hits`: retrieved chunks to use
        instead of a new search (a comparison searches once for all provinces)."""
        stats = self.stats
        topic = query.topic or query.search_text
        if query.intent == "compare" and query.agencies:
            for name in query.agencies:
                topic = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", " ", topic)
        q = terms(topic)
        weights = stats.weights(q)
        found = Found()
        if not q:
            return found
        for task in self.searcher.tasks():
            if scope is not None and task.doc not in scope:
                continue
            name_terms = terms(task.name)
            score = 0.85 * stats.coverage(q, name_terms, weights) + 0.15 * stats.coverage(name_terms, q)
            found.tasks.append(TaskMatch(score, task))
        found.tasks.sort(key=lambda m: -m.score)
        if hits is None:
            hits = self.search(query, scope, K_HITS)
        found.hits = [h for h in hits if scope is None or h.chunk.doc in scope][:K_HITS]
        if query.answer_type == "signer":
            found.tasks = []
            # "Nghị quyết 66-NQ/TW do ai ký?" asks about a document that is not in the index: no signature answers it
            about_other = (
                query.doc_numbers
                and not query.docs
                and not any(
                    fold(d.kind) in fold(query.search_text)
                    for d in self.docs.values()
                    if scope is None or d.name in scope
                )
            )
            found.sentences = [] if about_other else special.signatures(self, q, scope)
            return found
        if query.answer_type == "legal_basis":
            found.tasks, found.sentences = [], special.legal_bases(self, q, scope)
            return found
        if query.answer_type == "doc_number" and _SELF_NUMBER.search(fold(query.search_text)):
            target = special.named_document(self, query, scope)
            if target is not None:
                found.tasks, found.sentences = [], special.number_of(self, target)
                return found
        # Every clause chunk in scope is read (a small index: a few thousand chunks score in milliseconds);
        # a larger one reads the top SCAN_HITS retrieved. Retrieval rank adds a small bonus.
        ranks = {id(h.chunk): r for r, h in enumerate(found.hits)}
        clause_chunks = self.clause_chunks()
        if len(clause_chunks) > SCAN_ALL_MAX:
            clause_chunks = [
                h.chunk for h in self.search(query, scope, SCAN_HITS) if h.chunk.kind == "clause"
            ]
        for chunk in clause_chunks:
            if scope is not None and chunk.doc not in scope:
                continue
            match = self._score_chunk(query, q, weights, chunk, ranks.get(id(chunk)))
            if match is not None:
                found.sentences.append(match)
        found.sentences.sort(key=lambda m: -m.score)
        return found

    def clause_chunks(self) -> list[Chunk]:
        if self._clause_chunks is None:
            self._clause_chunks = [c for c in self.searcher.store.chunks() if c.kind == "clause"]
        return self._clause_chunks

    def _score_chunk(self, query: Query, q, weights, chunk: Chunk, rank: int | None) -> SentenceMatch | None:
        """The chunk's best sentence for the question (and the quote around it), or None when no sentence
        holds the kind of value asked for."""
        stats = self.stats
        heading = self.heading(chunk)
        titles = chunk.context.splitlines()[-1] if chunk.context and "\n" in chunk.context else ""
        chunk_cov = stats.coverage(q, terms(f"{chunk.text} {titles}"), weights)
        sentences = split_sentences(chunk.text)
        scores: list[float] = []
        for sentence in sentences:
            if not has_answer_type(sentence, query.answer_type, query.count_noun, query.question):
                scores.append(-1.0)
                continue
            score = 0.6 * stats.coverage(q, terms(sentence), weights) + 0.4 * chunk_cov
            if rank is not None:
                score += RANK_BONUS * (1 - rank / K_HITS)
            if query.intent in ("lead_agency", "coordinating_agencies") and not (
                _names_agency(sentence) or heading
            ):
                score *= 0.75  # "who leads …?" is answered by a passage that names someone
            elif query.intent == "deadline" and not _TIME.search(fold(sentence)):
                score *= 0.75  # "by when …?" is answered by a passage that says when
            scores.append(score)
        if not scores or max(scores) < 0:
            return None
        best = max(range(len(scores)), key=lambda i: scores[i])
        quote = chunk.text if len(chunk.text) <= 400 else quote_window(sentences, scores, best, query.plural)
        return SentenceMatch(scores[best], chunk, quote)

    def heading(self, chunk: Chunk) -> tuple[str, Clause | None] | None:
        """The nearest enclosing section title that names an agency ("c) Sở Tư pháp:"), with its clause."""
        key = chunk.id
        if key not in self._headings:
            self._headings[key] = self._find_heading(chunk)
        return self._headings[key]

    def _find_heading(self, chunk: Chunk) -> tuple[str, Clause | None] | None:
        from indexer.agencies import find_agencies

        titles = (
            chunk.context.splitlines()[-1].split(" › ") if chunk.context and "\n" in chunk.context else []
        )
        for title in reversed(titles):
            if find_agencies(title):
                key = fold(title)[:40]
                owners = [
                    c
                    for c in self.searcher.store.clauses(chunk.doc)
                    if c.lines[0] <= chunk.lines[0] and fold(c.text).startswith(key)
                ]
                return title, max(owners, key=lambda c: c.lines[0], default=None)
        return None

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

    def _related(self, task: Task, cites: compose.CitationList, lang: str) -> str:
        """A sentence about a body clause of the same document that assigns the same task, if any."""
        from indexer.agencies import find_agencies

        name = task.name
        for _, start, end in sorted(find_provinces(name), key=lambda p: -p[1]):
            name = name[:start] + " " + name[end:]
        name_terms = terms(name)
        if len(name_terms.unigrams) < 2:
            return ""
        weights = self.stats.weights(name_terms)
        best: tuple[float, Clause] | None = None
        for clause in self.searcher.store.clauses(task.doc):
            if clause.kind != "clause" or len(clause.text) > 3000:
                continue
            cov = self.stats.coverage(name_terms, terms(clause.text), weights)
            if cov >= RELATED_MIN and (
                best is None or (cov, -len(clause.text)) > (best[0], -len(best[1].text))
            ):
                if find_agencies(clause.text):
                    best = (cov, clause)
        if best is None:
            return ""
        clause = best[1]
        sentences = best_sentences(self.stats, name_terms, clause.text, k=1)
        quote = sentences[0][1] if sentences and len(clause.text) > 400 else clause.text
        n = cites.clause(clause, quote)
        if lang == "en":
            return f" The body of the same document also assigns it ({clause.label}): “{compose.short_quote(quote)}” [{n}]."
        return f" Phần nội dung của văn bản cũng giao nhiệm vụ này ({clause.label}): “{compose.short_quote(quote)}” [{n}]."

    def _closest(self, query: Query, found: Found) -> list[Citation]:
        cites = self.citations(query)
        for hit in found.hits[:3]:
            cites.chunk(hit.chunk)
        return cites.items

    def _scope(self, query: Query, doc: str | None) -> tuple[set[str] | None, bool]:
        """The documents a question is about: its provinces, its document numbers, --doc, and the kind of
        document it names ("dự thảo công văn của Tỉnh ủy") when that singles out some of them."""
        docs = self.docs
        flt = SearchFilter(provinces=list(query.provinces), docs=[doc] if doc else list(query.docs))
        scope = self.searcher.allowed_docs(flt)
        if doc and doc not in docs:
            return set(), False
        if query.doc_hints:
            base = scope if scope is not None else set(docs)

            def hint_score(name: str) -> int:
                text = _doc_text(docs[name])
                return sum(1 for hint in query.doc_hints if fold(hint) in text)

            best = max((hint_score(n) for n in base), default=0)
            hinted = {n for n in base if best and hint_score(n) == best}
            if hinted and hinted != base:
                return hinted, True
        return scope, False

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


def _doc_text(d) -> str:
    """What a document hint is matched against: kind, title, issuer, draft status (folded)."""
    return fold(f"{d.kind} {d.title} {d.issuer or ''} {'dự thảo' if d.draft else ''}")


def _names_agency(text: str) -> bool:
    from indexer.agencies import find_agencies

    return bool(find_agencies(text))


def _search_query(query: Query) -> str:
    return " ".join([query.search_text, *query.expansions]).strip()


def _llm_module():
    try:
        from assistant import llm
    except ImportError:
        return None
    return llm if hasattr(llm, "answer_with_llm") else None
