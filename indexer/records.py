"""The records that flow from the indexer to the assistant.

Every record is a frozen dataclass validated at construction, with a content-hash id
(like haystack's Document) so that the same clause parsed twice gets the same id and an
incremental re-index can tell what changed.

Line numbers are always 1-based and inclusive, and always refer to the *original* file:
for a TXT file its physical lines, for a PDF or DOCX the lines of the text the loader
extracted (each keeps its page / paragraph / table-cell locator).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

Span = tuple[int, int]
CENTRAL = "Trung ương"  # the scope of national documents (Quốc hội, Chính phủ, the ministries …)


def content_id(*parts: object) -> str:
    """A short stable id from the record's identifying content."""
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def _check_span(span: Span, what: str) -> Span:
    first, last = int(span[0]), int(span[1])
    if first < 1 or last < first:
        raise ValueError(f"{what}: invalid line span {span!r} (1-based, first <= last)")
    return (first, last)


def _require(value: str, what: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string")


@dataclass(frozen=True)
class SourceLine:
    """One line of a source as the loader read it. `text` is never modified."""

    n: int  # 1-based line number in the original (TXT) or in the extracted text (PDF/DOCX)
    text: str
    page: int | None = None  # PDF page (1-based)
    locator: str = ""  # human description, e.g. "trang 3", "đoạn 12", "bảng 1, hàng 2, ô 3"

    def __post_init__(self) -> None:
        if self.n < 1:
            raise ValueError(f"SourceLine.n must be >= 1, got {self.n}")


@dataclass(frozen=True)
class Cell:
    """One table cell as printed: markup removed, wrapped lines joined with one space.

    `row`/`col` are 0-based positions in the table's grid; a merged cell appears once, at its first
    grid position, with its spans (rowspan/colspan, DOCX vMerge/gridSpan). `lines` are the lines of
    the loaded text that show the cell (for citations)."""

    text: str
    lines: Span
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", _check_span(self.lines, "Cell"))
        if self.row < 0 or self.col < 0 or self.rowspan < 1 or self.colspan < 1:
            raise ValueError(
                f"Cell: invalid grid position/spans {self.row},{self.col} {self.rowspan}x{self.colspan}"
            )


@dataclass(frozen=True)
class Table:
    """A table as rows of cells. `rows[r]` holds the cells that *start* in grid row r, left to right;
    a row may print fewer cells than the grid has columns (merged or missing cells). `spans_known`
    says whether the format states its merges (DOCX, HTML) or not (flattened text, where a
    continuation row simply prints fewer cells)."""

    rows: tuple[tuple[Cell, ...], ...]
    lines: Span
    ncols: int
    locator: str = ""  # "bảng 2", "trang 3, bảng 1"
    spans_known: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", tuple(tuple(r) for r in self.rows))
        object.__setattr__(self, "lines", _check_span(self.lines, f"Table {self.locator}"))


@dataclass(frozen=True)
class Block:
    """One block of the document model, in reading order: "heading", "paragraph", "list_item" or
    "table" (then `table` holds it)."""

    kind: str
    lines: Span
    text: str = ""
    level: int = 0  # heading level (1 = "#"), list depth
    table: Table | None = None

    def __post_init__(self) -> None:
        if self.kind not in ("heading", "paragraph", "list_item", "table"):
            raise ValueError(f"Block.kind must be heading/paragraph/list_item/table, got {self.kind!r}")
        if (self.kind == "table") != (self.table is not None):
            raise ValueError("Block: a table block needs a table, and only a table block has one")
        object.__setattr__(self, "lines", _check_span(self.lines, "Block"))


@dataclass(frozen=True)
class LoadedDocument:
    """A file as read from disk: its raw lines with coordinates, nothing cleaned, and the blocks the
    format's reader found (empty for plain text, whose structure the outline and task parsers
    recover from the lines)."""

    path: Path
    sha256: str
    encoding: str  # "utf-8", "utf-16", "cp1258", "pdf", "docx", "html"
    lines: tuple[SourceLine, ...]
    format: str = "text"  # "text", "markdown", "html", "docx", "pdf"
    blocks: tuple[Block, ...] = ()

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b.table for b in self.blocks if b.table is not None)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Document:
    """Metadata of one indexed document (from the corpus manifest or guessed)."""

    name: str  # file name, the key used by citations and evaluation sets
    title: str
    kind: str  # "Kế hoạch", "Quyết định", "Công văn", "Luật", "Nghị định", ... or "Văn bản"
    number: str | None = None  # "1218/QĐ-UBND"; None when the source leaves it blank
    issuer: str | None = None
    province: str | None = None  # "Hà Tĩnh", "Vĩnh Long", "Phú Thọ", "Hải Phòng"
    date: str | None = None  # ISO "2025-06-25"; None when blank
    draft: bool = False
    implements: tuple[str, ...] = ()  # "66-NQ/TW", "140/NQ-CP", ...
    sha256: str = ""
    line_count: int = 0
    national: bool = False  # issued by a national body (Quốc hội, Chính phủ, Thủ tướng, a Bộ …)

    @property
    def scope(self) -> str | None:
        """The province, or "Trung ương" for national documents (which have no province)."""
        return CENTRAL if self.national and not self.province else self.province

    def __post_init__(self) -> None:
        _require(self.name, "Document.name")
        _require(self.title, f"Document.title ({self.name})")
        _require(self.kind, f"Document.kind ({self.name})")

    @cached_property
    def id(self) -> str:
        return content_id("doc", self.name)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["implements"] = list(self.implements)
        d["scope"] = self.scope
        return d


@dataclass(frozen=True)
class Clause:
    """One unit of a document's outline: a section, item, point, dash item or article."""

    doc: str  # file name
    path: str  # "II.6.b", "Điều 5.2.a", "preamble", "noi-nhan", "signature"
    label: str  # "Mục II, khoản 6, điểm b"
    titles: tuple[str, ...]  # titles of the enclosing sections, outermost first
    lines: Span
    text: str  # cleaned (repaired, normalised) text of the clause, wrapped lines joined
    kind: str = "clause"  # "clause", "preamble", "recipients", "signature", "title"
    # (offset in `text`, line number) where each source line of the clause begins, in order; lines the
    # indexer could not place are left out (they belong to the line before): for citing a quote's lines
    breaks: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        _require(self.doc, "Clause.doc")
        _require(self.path, "Clause.path")
        object.__setattr__(self, "lines", _check_span(self.lines, f"Clause {self.doc} {self.path}"))
        object.__setattr__(self, "breaks", tuple((int(o), int(n)) for o, n in self.breaks))

    @cached_property
    def id(self) -> str:
        return content_id("clause", self.doc, self.path, self.lines, self.text)

    def lines_of(self, start: int, end: int) -> Span:
        """The source lines that print `text[start:end]`: from the line it begins on to the line before
        the next placed one that begins after it. The whole span when the clause has no breaks."""
        first = max((n for o, n in self.breaks if o <= start), default=self.lines[0])
        after = min((n for o, n in self.breaks if o >= max(end, start + 1)), default=None)
        last = self.lines[1] if after is None else after - 1
        first = min(max(first, self.lines[0]), self.lines[1])
        return (first, min(max(last, first), self.lines[1]))


@dataclass(frozen=True)
class Task:
    """One task assigned by a document: a row of a task table, or an item of labelled prose.

    Every text field holds the value as printed (wrapped lines joined, markup removed, the text
    cleaned only as every clause is: NFC, tone marks per syllable, dropped letters repaired).
    `lead` / `coordinating` are the agencies as printed, one per item ("Các Sở: Tài chính, Tư pháp"
    gives "Sở Tài chính", "Sở Tư pháp": a split, never a rewording); `lead_ids` /
    `coordinating_ids` are the gazetteer's canonical names of the same cells, for filtering and
    grouping only. `extra` keeps every other column by its printed header; `inherited` names the
    fields a continuation row takes from a merged cell, with the lines where the value is printed.
    """

    doc: str
    group: str  # group marker as printed, e.g. "VI" or "A" ("" when the table has no groups)
    group_title: str
    number: str  # row number as printed, e.g. "2" or "1.1" or "Bước 3"; "" for unnumbered rows
    name: str  # task name (Tên nhiệm vụ / Nội dung)
    lead: tuple[str, ...]  # lead agencies as printed, one per item
    coordinating: tuple[str, ...]  # coordinating agencies as printed, one per item
    output: str | None  # Kết quả / Sản phẩm; None when there is no such column or the cell is empty
    deadline: str | None  # Thời gian / Thời hạn / Tiến độ, as printed
    lines: Span
    lead_text: str = ""  # the whole cells as printed
    coordinating_text: str = ""
    lead_ids: tuple[str, ...] = ()  # canonical names (gazetteer) for matching and grouping
    coordinating_ids: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()  # (printed header, value) of every other column
    inherited: tuple[tuple[str, int, int], ...] = ()  # (field, first, last line where it is printed)
    source: str = "table"  # "table" or "prose"
    group_lines: Span | None = None  # where the group's marker and title are printed (tables), if known

    def __post_init__(self) -> None:
        _require(self.doc, "Task.doc")
        if not isinstance(self.number, str):
            raise ValueError(f"Task.number ({self.doc}) must be a string")
        _require(self.name, f"Task.name ({self.doc} row {self.number})")
        if self.source not in ("table", "prose"):
            raise ValueError(f"Task.source must be 'table' or 'prose', got {self.source!r}")
        for name in ("lead", "coordinating", "lead_ids", "coordinating_ids"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        extra = self.extra.items() if isinstance(self.extra, dict) else self.extra
        object.__setattr__(self, "extra", tuple((str(k), str(v)) for k, v in extra))
        inherited = (
            [(k, *v) for k, v in self.inherited.items()]
            if isinstance(self.inherited, dict)
            else self.inherited
        )
        object.__setattr__(self, "inherited", tuple((str(f), int(a), int(b)) for f, a, b in inherited))
        object.__setattr__(self, "lines", _check_span(self.lines, f"Task {self.doc} row {self.number}"))
        if self.group_lines is not None:
            object.__setattr__(
                self,
                "group_lines",
                _check_span(tuple(self.group_lines), f"Task {self.doc} group {self.group}"),
            )

    @cached_property
    def id(self) -> str:
        return content_id("task", self.doc, self.group, self.number, self.lines, self.name)

    @property
    def label(self) -> str:
        where = "Phụ lục" if self.source == "table" else "Nhiệm vụ"
        group = f"nhóm {self.group}, " if self.group else ""
        number = f"nhiệm vụ {self.number}" if self.number else f"dòng {self.lines[0]}"
        return f"{where}, {group}{number}"

    def to_dict(self) -> dict:
        d = asdict(self)
        for name in ("lead", "coordinating", "lead_ids", "coordinating_ids"):
            d[name] = list(getattr(self, name))
        d["lines"] = list(self.lines)
        d["extra"] = dict(self.extra)
        d["inherited"] = {f: [a, b] for f, a, b in self.inherited}
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Task:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass(frozen=True)
class Chunk:
    """The unit of retrieval: one clause (or a sentence-bounded part of a long one) or one task row."""

    doc: str
    kind: str  # "clause" or "task"
    lines: Span
    section: str  # the Vietnamese label, e.g. "Mục II, khoản 6, điểm b" / "Phụ lục, nhóm VI, nhiệm vụ 2"
    text: str  # what is shown and quoted
    context: str  # header prepended for retrieval: title, province, section titles
    ref: str = ""  # id of the Clause or Task it came from
    path: str = ""  # outline path, e.g. "II.6.b"

    def __post_init__(self) -> None:
        _require(self.doc, "Chunk.doc")
        if self.kind not in ("clause", "task"):
            raise ValueError(f"Chunk.kind must be 'clause' or 'task', got {self.kind!r}")
        _require(self.text, f"Chunk.text ({self.doc} {self.section})")
        object.__setattr__(self, "lines", _check_span(self.lines, f"Chunk {self.doc} {self.section}"))

    @cached_property
    def id(self) -> str:
        return content_id("chunk", self.doc, self.kind, self.lines, self.section, self.text)

    @property
    def retrieval_text(self) -> str:
        return f"{self.context}\n{self.text}" if self.context else self.text


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    sources: dict[str, int] = field(default_factory=dict)  # rank per retriever, e.g. {"bm25": 1, "dense": 3}
