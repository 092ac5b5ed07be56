"""Read an HTML page (e.g. a document saved from a legal portal) into visible lines and blocks.

The page is parsed with lxml.html. What a browser would not show as the document is dropped:
<head>, <script>, <style>, <noscript>, <template>, <nav>, elements marked hidden; when the page
marks one main region (<main> or role="main"), only that region is read. The body is walked
in reading order; every block element (p, div, h1–h6, li, …) ends the running text, so each block
gives one line per <br>-separated part, whitespace collapsed as a browser does: "đoạn N" counts the
blocks. h1–h6 give heading blocks, li list_item blocks (level = list depth), other text paragraph
blocks. A <table> gives a Table: rows of its own <tr>, cells placed on the grid with rowspan and
colspan as a browser places them, one line per paragraph of a cell ("bảng T, hàng R, ô C", 1-based
grid positions); a table nested in a cell is read into that cell's lines. A table that only lays the
page out (one column of cells holding paragraphs or tables, or at most two rows whose cells hold
headings, lists or tables) is read as parts of the page, so the data tables inside it stay tables.

Errors are not caught here: `indexer.load` turns them into one-line LoadErrors naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.records import Block, Cell, SourceLine, Table

_DROPPED = frozenset(
    {"head", "script", "style", "noscript", "template", "nav", "iframe", "object", "svg", "button"}
)
_DROPPED |= frozenset({"select", "option", "input", "textarea", "map", "audio", "video", "canvas"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre",
        "section", "summary", "ul", "caption", "td", "th", "tr", "tbody", "thead", "tfoot", "table",
    }
)  # fmt: skip
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "dir", "menu"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|table|h[1-6]|span|br)[\s/>]", re.IGNORECASE
)


def looks_like_html(text: str) -> bool:
    """Whether decoded text is markup: a doctype or html/body/head tag, or common block tags."""
    return bool(_HTML_SIGNS.search(text[:65536]))


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> in the first bytes declares, if Python knows it."""
    import codecs

    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


@dataclass
class _Flow:
    """Running inline text of the current block: a list of <br>-separated parts."""

    parts: list[list[str]] = field(default_factory=lambda: [[]])

    def add(self, text: str | None) -> None:
        if text:
            self.parts[-1].append(text)

    def newline(self) -> None:
        self.parts.append([])

    def take(self) -> list[str]:
        lines = [" ".join("".join(part).split()) for part in self.parts]
        self.parts = [[]]
        return [line for line in lines if line]


class _Reader:
    def __init__(self) -> None:
        self.lines: list[SourceLine] = []
        self.blocks: list[Block] = []
        self.flow = _Flow()
        self.context: list[tuple[str, int]] = [("paragraph", 0)]  # (block kind, level) of open blocks
        self.paragraphs = 0
        self.tables = 0

    def add_line(self, text: str, locator: str) -> int:
        self.lines.append(SourceLine(len(self.lines) + 1, text, None, locator))
        return len(self.lines)

    def flush(self) -> None:
        parts = self.flow.take()
        if not parts:
            return
        self.paragraphs += 1
        numbers = [self.add_line(part, f"đoạn {self.paragraphs}") for part in parts]
        kind, level = self.context[-1]
        self.blocks.append(Block(kind, (numbers[0], numbers[-1]), " ".join(parts), level))

    def walk(self, element, list_depth: int = 0) -> None:
        tag = _tag(element)
        if tag is None or _dropped(element, tag):
            return
        if tag == "br":
            self.flow.newline()
            return
        if tag == "table":
            self.flush()
            self.table(element)
            return
        block = tag in _BLOCKS
        if block:
            self.flush()
            if tag in _HEADINGS:
                self.context.append(("heading", _HEADINGS[tag]))
            elif tag == "li":
                self.context.append(("list_item", max(1, list_depth)))
            elif tag in ("p", "div", "dd", "dt", "blockquote", "pre", "section", "article"):
                # a paragraph inside a list item or heading is still that item / heading
                inherit = self.context[-1][0] in ("list_item", "heading")
                self.context.append(self.context[-1] if inherit else ("paragraph", 0))
            else:
                self.context.append(self.context[-1])
        depth = list_depth + (1 if tag in _LISTS else 0)
        if tag == "pre":
            self.preformatted(element)
        else:
            self.flow.add(element.text)
            for child in element:
                self.walk(child, depth)
                self.flow.add(child.tail)
        if block:
            self.flush()
            self.context.pop()

    def preformatted(self, element) -> None:
        """<pre> keeps its line breaks: each printed line is a line."""
        text = element.text_content()
        for i, part in enumerate(text.split("\n")):
            if i:
                self.flow.newline()
            self.flow.add(part)

    def table(self, element) -> None:
        if _is_layout(element):
            self.layout(element)
            return
        self.tables += 1
        number = self.tables
        caption = element.find("caption")
        if caption is not None:
            self.flow.add(caption.text_content())
            self.flush()
        placed: list[tuple[int, int, int, int, object]] = []  # row, col, rowspan, colspan, element
        taken: set[tuple[int, int]] = set()
        rows = _table_rows(element)
        for r, tr in enumerate(rows):
            col = 0
            for td in (child for child in tr if _tag(child) in ("td", "th")):
                while (r, col) in taken:
                    col += 1
                colspan = min(max(_span(td.get("colspan")), 1), 1000)
                rowspan = _span(td.get("rowspan"))
                rowspan = len(rows) - r if rowspan == 0 else max(1, min(rowspan, len(rows) - r))
                for dr in range(rowspan):
                    for dc in range(colspan):
                        taken.add((r + dr, col + dc))
                placed.append((r, col, rowspan, colspan, td))
                col += colspan
        cells: list[Cell] = []
        for r, c, rowspan, colspan, td in placed:
            texts = self.cell_lines(td)
            if not texts:
                continue
            locator = f"bảng {number}, hàng {r + 1}, ô {c + 1}"
            numbers = [self.add_line(text, locator) for text in texts]
            cells.append(Cell(" ".join(texts), (numbers[0], numbers[-1]), r, c, rowspan, colspan))
        if not cells:
            return
        grid = [[] for _ in range(len(rows))]
        for cell in cells:
            grid[cell.row].append(cell)
        ncols = max(c + span for (_, c, _, span, _) in placed)
        lines = (min(c.lines[0] for c in cells), max(c.lines[1] for c in cells))
        table = Table(tuple(tuple(row) for row in grid), lines, ncols, f"bảng {number}")
        self.blocks.append(Block("table", lines, "", 0, table))

    def layout(self, element) -> None:
        """A table used to lay the page out: its cells are read as parts of the page, in order."""
        for tr in _table_rows(element):
            for td in (child for child in tr if _tag(child) in ("td", "th")):
                self.flush()
                self.context.append(("paragraph", 0))
                self.flow.add(td.text)
                for child in td:
                    self.walk(child)
                    self.flow.add(child.tail)
                self.flush()
                self.context.pop()

    def cell_lines(self, td) -> list[str]:
        """A cell's visible lines: one per paragraph / <br> part; nested tables read cell by cell."""
        inner = _Reader()
        inner.read_cell(td)
        return [line.text for line in inner.lines]

    def read_cell(self, element) -> None:
        self.flow.add(element.text)
        for child in element:
            tag = _tag(child)
            if tag == "table":
                self.flush()
                for tr in _table_rows(child):
                    for td in (c for c in tr if _tag(c) in ("td", "th")):
                        self.flush()
                        self.read_cell(td)
                        self.flush()
            elif tag is not None and not _dropped(child, tag):
                self.walk(child)
            self.flow.add(child.tail)
        self.flush()


def read_html(text: str) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    """The visible lines of decoded HTML with locators, and the blocks in reading order."""
    import lxml.html

    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses a str with an encoding declaration
    root = lxml.html.document_fromstring(text)
    body = root.find("body")
    reader = _Reader()
    reader.walk(_main_content(body if body is not None else root))
    reader.flush()
    return tuple(reader.lines), tuple(reader.blocks)


def _main_content(body):
    """The page's own main region when it marks one (<main>, role="main") and it holds text: a page
    saved from a portal keeps the portal's menus, search boxes and link lists around the document."""
    mains = [el for el in body.iter("main") if not _dropped(el, "main")]
    mains += [el for el in body.iterfind(".//*[@role='main']") if not _dropped(el, _tag(el) or "")]
    if len(mains) == 1 and mains[0].text_content().strip():
        return mains[0]
    return body


def _is_layout(table) -> bool:
    """A table that lays out the page rather than holds data, as old portal pages do: one column of
    cells, or at most two rows whose cells hold headings, lists or tables of their own."""
    rows = _table_rows(table)
    cells = [[c for c in tr if _tag(c) in ("td", "th")] for tr in rows]
    if not any(cells):
        return False
    if all(len(row) <= 1 and all(_span(c.get("colspan")) <= 1 for c in row) for row in cells):
        return any(c.find(".//table") is not None or c.find(".//p") is not None for row in cells for c in row)
    if len(rows) <= 2:
        structured = ".//table|.//h1|.//h2|.//h3|.//h4|.//ul|.//ol"
        return any(c.xpath(structured) for row in cells for c in row)
    return False


def _table_rows(table) -> list:
    """The table's own rows (directly or in thead/tbody/tfoot), not those of nested tables."""
    rows = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child if _tag(row) == "tr")
    return rows


def _tag(element) -> str | None:
    tag = element.tag
    return tag.lower().rsplit("}", 1)[-1] if isinstance(tag, str) else None  # comments have no str tag


def _dropped(element, tag: str) -> bool:
    if tag in _DROPPED:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _span(value: str | None) -> int:
    try:
        return int((value or "1").strip())
    except ValueError:
        return 1
