"""What one index generation knows, built once and read by every question: documents, clauses, task
records (agencies as printed and canonical), chunks, term statistics, vocabulary, the agency headings
of chunks, and a cache of recent searches.

The view is read-only: questions never change it. The structures are built lazily on first use (no work
at import or construction time) under a lock, so that concurrent questions build them once. A new index
generation gets a new Searcher and so a new view.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from functools import cached_property, lru_cache

from assistant.evidence import Stats, Vocabulary
from assistant.retrieve import SearchFilter
from indexer.agencies import split_agencies
from indexer.records import Chunk, Clause, Document, Hit, Task
from indexer.table_rows import is_row
from indexer.text import fold, nfc, strip_diacritics, tone_key, word_runs


@lru_cache(maxsize=1)
def _known_short_forms() -> frozenset[str]:
    """Short forms the project already reads (folded): the gazetteer's ("Sở GDĐT", "UBND"), the evidence's
    ("QPPL", "KHCN") and the question reader's ("NQ", "DTTS", assistant/data/abbreviations.tsv)."""
    from assistant.abbreviations import short_form_words
    from assistant.evidence import short_words
    from indexer.agencies import agencies

    printed = {
        w for a in agencies() for v in (a.name, *a.variants) for w in re.findall(r"\w+", v) if w.isupper()
    }
    return frozenset({fold(w) for w in printed} | set(short_words()) | {fold(w) for w in short_form_words()})


# words that open no term a short form stands for ("PCCC" is no "phải có chứng chỉ")
_OPENING_FUNCTION_WORDS = frozenset(
    "phai co cac cua va la cho de duoc khi neu thi tai trong theo nhung mot da se dang tu den voi".split()
)
SEARCH_CACHE = 256  # searches remembered (a conversation or a comparison asks the same search again)


_ROLE_WORDS = re.compile(r"chủ trì|phối hợp|được giao|thực hiện nhiệm vụ")
# a column of bodies by its header ("Cơ quan trình", "Cơ quan thẩm tra/chuẩn bị ý kiến", "Đơn vị thực hiện")
_BODY_COLUMN = re.compile(r"^(?:co quan|don vi)\b(?! tinh| do)")
# the role a cell gives after a body's name ("Ủy ban Pháp luật chủ trì thẩm tra", "… tham gia")
_ROLE_TAIL = re.compile(r"\s+(?:chủ trì|phối hợp|tham gia|thực hiện|là cơ quan)\b")


# "(sau đây gọi tắt là Tháng hành động)", "(sau đây được gọi là Quỹ)": a short name for the long one before it
_ALIAS = re.compile(r"\(\s*sau day (?:duoc )?goi (?:tat )?la ([^()]{2,60}?)\s*\)")


class IndexView:
    """Read-only structures of one index generation, shared by all questions (thread-safe)."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self.store = searcher.store
        self._lock = threading.RLock()
        self._searches: OrderedDict[tuple, list[Hit]] = OrderedDict()
        self._headings: dict[str, tuple[str, Clause | None] | None] = {}
        self._spellings: dict[str, str | None] = {}

    # --- records -----------------------------------------------------------------------------------
    @cached_property
    def docs(self) -> dict[str, Document]:
        return {d.name: d for d in self.searcher.documents()}

    @cached_property
    def tasks(self) -> tuple[Task, ...]:
        return tuple(self.searcher.tasks())

    @cached_property
    def chunks(self) -> tuple[Chunk, ...]:
        return tuple(self.store.chunks())

    @cached_property
    def clause_chunks(self) -> tuple[Chunk, ...]:
        return tuple(c for c in self.chunks if c.kind == "clause")

    @cached_property
    def row_chunks(self) -> tuple[Chunk, ...]:
        """The passages of appendix table rows that assign no task (indexer.table_rows), in document order."""
        rows = (c for c in self.clause_chunks if is_row(c.path))
        return tuple(sorted(rows, key=lambda c: (c.doc, c.lines[0])))

    @staticmethod
    def row_titles(chunk: Chunk) -> list[str]:
        """The titles a table row stands under, outermost first ("Phụ lục I", the list's caption, its group
        row), as its context prints them; [] for a passage without context."""
        return chunk.context.splitlines()[-1].split(" › ") if chunk.context else []

    @cached_property
    def _folded_clauses(self) -> dict[int, str]:
        return {id(c): " ".join(fold(c.text).split()) for c in self.clause_chunks}

    def folded(self, chunk: Chunk) -> str:
        """A clause passage's text folded, spaces collapsed (computed once per passage)."""
        known = self._folded_clauses.get(id(chunk))
        return known if known is not None else " ".join(fold(chunk.text).split())

    @cached_property
    def _printed_words(self) -> tuple[str, str, frozenset[str]]:
        """Every passage's text (NFC, one per line), the same folded (same length), and the folded words
        the passages print."""
        texts = "\n".join(" ".join(nfc(c.text).split()) for c in self.chunks)
        folded = strip_diacritics(texts).lower()
        return texts, folded, frozenset(re.findall(r"\w+", folded))

    def spelled_out(self, short: str) -> str | None:
        """How the documents print a short form in capitals they never print as such ("BHTN" → "bảo
        hiểm thất nghiệp"): the words in a row whose first letters spell it (a "và" may stand between, as
        in "khoa học và công nghệ" for "KHCN"), when one such run is printed at least three times and three
        times as often as any other, and opens with no function word ("phải có chứng chỉ"); None otherwise.
        Four letters at least: three match common runs of words. Short forms the project already reads
        (agency names, "QPPL") are not looked up."""
        key = fold(short)
        if not (short.isupper() and short.isalpha() and 4 <= len(key) <= 6) or key in _known_short_forms():
            return None
        with self._lock:
            if key in self._spellings:
                return self._spellings[key]
        texts, folded, words = self._printed_words
        found: Counter[str] = Counter()
        if key not in words:
            run = r"\w*[ \t]+(?:va[ \t]+)?".join(re.escape(c) for c in key)
            for m in re.finditer(rf"(?<!\w){run}\w*(?!\w)", folded):
                found[tone_key(texts[m.start() : m.end()])] += 1
        ranked = found.most_common(2)
        best = None
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]):
            if fold(ranked[0][0]).split()[0] not in _OPENING_FUNCTION_WORDS:
                best = ranked[0][0]
        with self._lock:
            self._spellings[key] = best
        return best

    @cached_property
    def aliases(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Per document, the short names its text gives longer ones, as (long, short) word strings, folded:
        "“Tháng hành động vì bình đẳng giới và phòng ngừa, …” năm 2025 (sau đây gọi tắt là Tháng hành
        động)". The long name opens with the short one's words. (Not a bare kind, "Quỹ", "Kế hoạch": the long
        name is what tells it from others; see `defined_names`.)"""
        return {
            doc: kept
            for doc, pairs in self.defined_names.items()
            if (kept := tuple((long, short) for long, short in pairs if len(short.split()) >= 3))
        }

    @cached_property
    def defined_names(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Per document, every (long, short) name pair its text defines, short ones too: "Quỹ nhà ở quốc gia
        (sau đây gọi là Quỹ)" — in that document's titles "Quỹ" is the fund."""
        out: dict[str, dict[str, str]] = {}
        for chunk in self.clause_chunks:
            text = self.folded(chunk)
            for m in _ALIAS.finditer(text):
                short = word_runs(m.group(1))
                before = word_runs(text[max(0, m.start() - 400) : m.start()])
                at = before.rfind(short)
                if not short or at < 0 or (at and before[at - 1] != " "):
                    continue
                long = before[at:]
                if len(long.split()) >= len(short.split()) + 2:
                    out.setdefault(chunk.doc, {})[long] = short
        return {doc: tuple(pairs.items()) for doc, pairs in out.items()}

    @cached_property
    def doc_words(self) -> dict[str, str]:
        """Per document, the folded word runs of all its passages, one string (" … " padded), to find a phrase
        it prints."""
        out: dict[str, list[str]] = {}
        for chunk in self.clause_chunks:
            out.setdefault(chunk.doc, []).append(word_runs(self.folded(chunk)))
        return {doc: f" {' '.join(runs)} " for doc, runs in out.items()}

    @cached_property
    def clause_chunks_by_doc(self) -> dict[str, tuple[Chunk, ...]]:
        out: dict[str, list[Chunk]] = {}
        for c in self.clause_chunks:
            out.setdefault(c.doc, []).append(c)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _task_chunks(self) -> dict[str, Chunk]:
        return {c.ref: c for c in self.chunks if c.kind == "task"}

    @cached_property
    def _clauses(self) -> tuple[Clause, ...]:
        return tuple(self.store.clauses())

    @cached_property
    def _clauses_by_doc(self) -> dict[str, tuple[Clause, ...]]:
        out: dict[str, list[Clause]] = {}
        for c in self._clauses:
            out.setdefault(c.doc, []).append(c)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def clauses_by_id(self) -> dict[str, Clause]:
        return {c.id: c for c in self._clauses}

    def clauses(self, doc: str | None = None) -> tuple[Clause, ...]:
        if doc is None:
            return self._clauses
        return self._clauses_by_doc.get(doc, ())

    def task_chunk(self, task: Task) -> Chunk | None:
        return self._task_chunks.get(task.id)

    def tasks_of(self, doc: str) -> list[Task]:
        return [t for t in self.tasks if t.doc == doc]

    # --- statistics --------------------------------------------------------------------------------
    @cached_property
    def stats(self) -> Stats:
        return Stats(c.text for c in self.chunks)

    @cached_property
    def marked_df(self) -> dict[str, int]:
        """In how many passages each word occurs as printed with its tone marks (lower case, tone marks
        placed one way): "cổng" is rare where "công", folded to the same letters, is everywhere."""
        from indexer.text import normalize_tones

        df: Counter[str] = Counter()
        for chunk in self.chunks:
            df.update(set(re.findall(r"\w+", normalize_tones(chunk.text).lower())))
        return dict(df)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The index's words (BM25 tokens and texts), to tell a question's names from the documents' own."""
        chunks = self.chunks
        if hasattr(self.store, "chunk_tokens"):
            tokens = [t for row in range(len(chunks)) for t in self.store.chunk_tokens(row)]
        else:  # a store that keeps no tokens: segment the texts (slower, once)
            from indexer.tokenize import tokenize

            tokens = [t for c in chunks for t in tokenize(c.text)]
        texts = [f"{c.text}\n{c.context}" for c in chunks]
        texts += [d.title for d in self.docs.values()]
        return Vocabulary(tokens, texts, self.stats)

    @cached_property
    def printed_agencies(self):
        """The agencies task rows print that the gazetteer does not know, for understanding questions."""
        from assistant.understand import PrintedAgencies
        from indexer.agencies import is_known_name

        names = {n for t in self.tasks for n in (*t.lead, *t.coordinating)}
        # "Ủy ban Đối ngoại (Văn phòng Quốc hội phối hợp chuẩn bị)": the name before its bracket
        names |= {n.split(" (", 1)[0].strip() for n in names if " (" in n}
        names |= {
            n for t in self.tasks for cell in (t.lead_text, t.coordinating_text) for n in shared_head(cell)
        }
        # the bodies another column of bodies prints ("Cơ quan thẩm tra": "- Ủy ban Pháp luật chủ trì thẩm tra; -
        # Hội đồng Dân tộc … tham gia"), each name before the role it is given
        names |= {
            _ROLE_TAIL.split(n, 1)[0].strip(" ,;:-")
            for t in self.tasks
            for header, cell in t.extra
            if _BODY_COLUMN.search(fold(header))
            for n in split_agencies(cell)
        }
        # a body the lead column names in lower case, row after row ("đối tượng thực hiện kiểm kê"): its
        # column says it is the one who acts
        leads = Counter(t.lead_text.split(" (", 1)[0].strip() for t in self.tasks if len(t.lead) == 1)
        by_role = {
            n
            for n, k in leads.items()
            if k >= 2 and n[:1].islower() and len(n.split()) >= 3 and not _ROLE_WORDS.search(n)
        }
        return PrintedAgencies((n for n in sorted(names) if not is_known_name(n)), by_role)

    @cached_property
    def provinces(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(d.scope for d in self.docs.values() if d.scope))

    def warm(self) -> None:
        """Build every structure now (the first question is then as fast as the others)."""
        with self._lock:
            _ = (self.docs, self.tasks, self.clause_chunks_by_doc, self._task_chunks, self._clauses_by_doc)
            _ = self.clauses_by_id
            _ = (self.stats, self.vocabulary, self.marked_df, self.printed_agencies, self.agencies_by_doc)
            _ = self._printed_words
        if hasattr(self.searcher, "restorer"):  # (tone marks for unaccented questions: the index's searcher)
            _ = self.searcher.restorer
        self._warm_texts()
        _ = (self.aliases, self.doc_words)  # (read the folded texts warmed above)

    def _warm_texts(self) -> None:
        """Fill the per-text memos the strategies read (agency headings, sentences and their terms, task
        names), so that no question pays for building them."""
        from assistant.evidence import split_sentences, terms

        for chunk in self.chunks:
            self.heading(chunk)
            titles = chunk.context.splitlines()[-1] if chunk.context and "\n" in chunk.context else ""
            terms(f"{chunk.text} {titles}")
            for sentence in split_sentences(chunk.text):
                terms(sentence)
        for task in self.tasks:
            terms(task.name)

    @cached_property
    def agencies_by_doc(self) -> dict[str, frozenset[str]]:
        """The gazetteer's agencies each document names anywhere (clauses and task rows), canonical."""
        from indexer.agencies import find_agencies

        out: dict[str, set[str]] = {}
        for chunk in self.chunks:
            out.setdefault(chunk.doc, set()).update(find_agencies(chunk.text))
        for task in self.tasks:
            out.setdefault(task.doc, set()).update((*task.lead_ids, *task.coordinating_ids))
        for doc in self.docs.values():  # the issuer, named in the header or only in the metadata
            out.setdefault(doc.name, set()).update(find_agencies(doc.issuer or ""))
        return {doc: frozenset(names) for doc, names in out.items()}

    @cached_property
    def issuer_agencies(self) -> dict[str, frozenset[str]]:
        """The gazetteer's agencies each document's issuer names, canonical (not its aside: "Tỉnh ủy Hà Tĩnh
        (Ban Thường vụ)" is issued by the Tỉnh ủy)."""
        from indexer.agencies import find_agencies

        return {d.name: frozenset(find_agencies((d.issuer or "").split(" (")[0])) for d in self.docs.values()}

    @cached_property
    def assigned_agencies(self) -> frozenset[str]:
        """The agencies some task row names as leading or coordinating, canonical."""
        return frozenset(a for t in self.tasks for a in (*t.lead_ids, *t.coordinating_ids))

    def names_agency(self, agency: str, scope: set[str] | None) -> bool:
        """Whether a document in scope names the agency (by any of the gazetteer's names for it)."""
        docs = self.docs if scope is None else scope
        return any(agency in self.agencies_by_doc.get(d, ()) for d in docs)

    # --- derived look-ups --------------------------------------------------------------------------
    def allowed_docs(self, provinces=(), docs=()) -> set[str] | None:
        return self.searcher.allowed_docs(SearchFilter(provinces=list(provinces), docs=list(docs)))

    def heading(self, chunk: Chunk) -> tuple[str, Clause | None] | None:
        """The nearest enclosing section title that names an agency ("c) Sở Tư pháp:"), with its clause."""
        key = chunk.id
        if key not in self._headings:
            self._headings[key] = _find_heading(self, chunk)
        return self._headings[key]

    def title_clause(self, chunk: Chunk, title: str) -> Clause | None:
        """The clause that prints a title the chunk stands under (for its citation)."""
        return _owner(self, chunk, title)

    def search(self, text: str, expansions: tuple[str, ...], scope: set[str] | None, k: int) -> list[Hit]:
        """Hybrid retrieval, remembered for the last SEARCH_CACHE searches."""
        key = (text, tuple(expansions), k, tuple(sorted(scope)) if scope is not None else None)
        with self._lock:
            if key in self._searches:
                self._searches.move_to_end(key)
                return self._searches[key]
        flt = SearchFilter(docs=sorted(scope)) if scope is not None else None
        hits = self.searcher.search(text, k, flt, expansions)
        with self._lock:
            self._searches[key] = hits
            while len(self._searches) > SEARCH_CACHE:
                self._searches.popitem(last=False)
        return hits


_SHARED = re.compile(
    r"(?:^|[;.(]\s*|\b(?:gồm|bao gồm)\s+)(?:Các|các)\s+(Sở|Cục|Vụ|Ban|Bộ|Phòng|Trung tâm)\s*:\s*([^.)]+)"
)


def shared_head(cell: str) -> list[str]:
    """ "Các Cục: Báo chí, Di sản văn hóa" → ["Cục Báo chí", "Cục Di sản văn hóa"]; the list ends at the
    sentence's end or at a piece that names a body of its own ("…; UBND cấp xã")."""
    from indexer.agencies import looks_like_agency

    out = []
    for m in _SHARED.finditer(cell or ""):
        for piece in re.split(r"[,;]", m.group(2)):
            piece = piece.strip(" ,;.")
            if not piece:
                continue
            if not piece[0].isupper() or looks_like_agency(piece):
                break
            out.append(f"{m.group(1)} {piece}")
    return out


def _find_heading(view: IndexView, chunk: Chunk) -> tuple[str, Clause | None] | None:
    from indexer.agencies import find_agencies

    for title in reversed(titles_above(chunk)):
        if find_agencies(title):
            return title, _owner(view, chunk, title)
    return None


def titles_above(chunk: Chunk) -> list[str]:
    """The titles the chunk stands under, outermost first ("III. MỤC TIÊU", "1. Đến năm 2030")."""
    return chunk.context.splitlines()[-1].split(" › ") if chunk.context and "\n" in chunk.context else []


def _owner(view: IndexView, chunk: Chunk, title: str) -> Clause | None:
    """The clause that prints a title the chunk stands under."""
    key = fold(title)[:40]
    owners = [
        c for c in view.clauses(chunk.doc) if c.lines[0] <= chunk.lines[0] and fold(c.text).startswith(key)
    ]
    return max(owners, key=lambda c: c.lines[0], default=None)


def list_intro(view: IndexView, chunk: Chunk) -> tuple[str, Clause | None] | None:
    """The sentence that opens the list the chunk is an item of ("1. Vụ trưởng … quản lý hồ sơ của:" for
    "b) Cục trưởng …"): without it the item says nothing."""
    titles = titles_above(chunk)
    if titles and titles[-1].rstrip().endswith(":"):
        return titles[-1], _owner(view, chunk, titles[-1])
    return None


class RecordSearcher:
    """A searcher over records held in memory (documents, clauses, tasks): chunks made as the indexer makes
    them (indexer.chunk), lexical ranking by IDF-weighted term coverage. A real backend for small views —
    unit tests of the strategies, tools that check a few hand-made records — not a stand-in for the index."""

    def __init__(self, documents, clauses, tasks) -> None:
        from indexer.chunk import clause_chunks, task_chunk

        self._docs = {d.name: d for d in documents}
        self._clauses = list(clauses)
        self._tasks = list(tasks)
        chunks = [c for cl in self._clauses for c in clause_chunks(self._docs[cl.doc], cl)]
        chunks += [task_chunk(self._docs[t.doc], t) for t in self._tasks]
        self._chunks = chunks
        self._stats = Stats(c.text for c in chunks)
        self.store = self

    # the store's read interface
    def documents(self) -> list[Document]:
        return list(self._docs.values())

    def document(self, name: str) -> Document | None:
        return self._docs.get(name)

    def clauses(self, doc: str | None = None) -> list[Clause]:
        return [c for c in self._clauses if doc is None or c.doc == doc]

    def tasks(self, doc: str | None = None) -> list[Task]:
        return [t for t in self._tasks if doc is None or t.doc == doc]

    def chunks(self) -> list[Chunk]:
        return list(self._chunks)

    def allowed_docs(self, flt: SearchFilter | None) -> set[str] | None:
        from assistant.retrieve import allowed_docs

        return allowed_docs(self._docs, flt)

    def search(self, query: str, k: int = 10, flt: SearchFilter | None = None, expansions=()) -> list[Hit]:
        from assistant.evidence import terms

        q = terms(" ".join([query, *expansions]))
        if not q:
            return []
        allowed = self.allowed_docs(flt)
        weights = self._stats.weights(q)
        scored = [
            (self._stats.coverage(q, terms(c.retrieval_text), weights), i, c)
            for i, c in enumerate(self._chunks)
            if allowed is None or c.doc in allowed
        ]
        scored = [x for x in scored if x[0] > 0]
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [Hit(chunk=c, score=s, sources={"lexical": r + 1}) for r, (s, _, c) in enumerate(scored[:k])]
