"""Read a DOCX body into numbered lines and document blocks, tables as rows of cells with their merges.

The body XML is walked in order (python-docx's oxml elements): every paragraph gives one line per
soft-broken part ("đoạn N" counts every body paragraph, empty ones too), every table cell one line
per paragraph ("bảng T, hàng R, ô C", 1-based grid positions). A line is the text Word shows: the
runs (also in hyperlinks, fields, content controls and tracked insertions; not deleted text) after
the paragraph's automatic number or bullet from numbering.xml ("1.", "a)", "-"); a footnote
reference as "[n]". Text boxes follow their paragraph ("đoạn N, khung chữ"), the referenced
footnotes follow the body ("chú thích n").
Cell merges are read as Word stores them: `w:gridSpan` is a column span, `w:vMerge` restart/continue
a row span, the legacy `w:hMerge` a column span, `w:gridBefore` skips grid columns at the start of a
row; a merged cell is one Cell at its first grid position. A table nested in a cell is flattened
into the enclosing cell's lines, except in a one-column frame table, whose content is read as the
document (its inner tables are tables). Blocks: heading (a heading style, the Title style or an outline
level), list_item (a numbered or bulleted paragraph, level = list level + 1), paragraph, table.

Errors are not caught here: `indexer.load` turns them into one-line LoadErrors naming the file.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from indexer.records import Block, Cell, SourceLine, Table

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (_q(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_CUSTOM_XML = _q("customXml")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    outline: int | None = None  # 0-based w:outlineLvl (9 = body text)
    num_id: int | None = None  # numbering the style applies (0 = none)
    ilvl: int | None = None


@dataclass
class _CellBuilder:
    row: int
    col: int
    colspan: int
    rowspan: int = 1
    texts: list[str] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)


class _Reader:
    def __init__(self, document) -> None:
        self.styles, self.default_paragraph_style = _read_styles(document)
        self.numbering = _Numbering(document)
        self.lines: list[SourceLine] = []
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.notes: dict[str, int] = {}  # footnote id -> number printed, in order of reference

    def note_mark(self, note_id: str) -> str:
        number = self.notes.setdefault(note_id, len(self.notes) + 1)
        return f"[{number}]"

    def footnotes(self, document) -> None:
        """The referenced footnotes after the body, in order: "[1] text" ("chú thích 1")."""
        if not self.notes:
            return
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from lxml import etree

        part = next(
            (rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FOOTNOTES), None
        )
        if part is None:
            return
        root = etree.fromstring(part.blob)
        notes = {note.get(_q("id")): note for note in root.findall(_q("footnote"))}
        for note_id, number in sorted(self.notes.items(), key=lambda item: item[1]):
            note = notes.get(note_id)
            if note is None:
                continue
            texts = [part for p in note.iter(_P) for part in _plain_text(p).split("\n") if part.strip()]
            if not texts:
                continue
            texts[0] = f"[{number}] {texts[0].strip()}"
            numbers = [self.add_line(text, f"chú thích {number}") for text in texts]
            joined = " ".join(" ".join(text.split()) for text in texts)
            self.blocks.append(Block("paragraph", (numbers[0], numbers[-1]), joined, 0))

    def add_line(self, text: str, locator: str) -> int:
        self.lines.append(SourceLine(len(self.lines) + 1, text, None, locator))
        return len(self.lines)

    # -- body ----------------------------------------------------------------------------------

    def body(self, container) -> None:
        for child in _content_children(container):
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table(child)

    def paragraph(self, p) -> None:
        self.paragraphs += 1
        kind, level, label = self.paragraph_kind(p)
        parts = [part for part in self.visible_text(p, label).split("\n") if part.strip()]
        if parts:
            numbers = [self.add_line(part, f"đoạn {self.paragraphs}") for part in parts]
            text = " ".join(" ".join(part.split()) for part in parts)
            self.blocks.append(Block(kind, (numbers[0], numbers[-1]), text, level))
        self.text_boxes(p)

    def text_boxes(self, p) -> None:
        """Text boxes drawn from this paragraph, after it: one line per paragraph, "đoạn N, khung chữ".
        A box is stored twice (DrawingML and a VML fallback); only the first is read."""
        locator = f"đoạn {self.paragraphs}, khung chữ"
        for box in p.iter(_q("txbxContent")):
            if _inside(box, p, (_MC_FALLBACK,)) or _inside(box, p, (_q("txbxContent"),)):
                continue
            for inner in box.iter(_P):
                if _inside(inner, box, (_q("txbxContent"),)):
                    continue
                parts = [part for part in paragraph_text(inner, self.note_mark).split("\n") if part.strip()]
                if parts:
                    numbers = [self.add_line(part, locator) for part in parts]
                    text = " ".join(" ".join(part.split()) for part in parts)
                    self.blocks.append(Block("paragraph", (numbers[0], numbers[-1]), text, 0))

    def visible_text(self, p, label: str | None = None) -> str:
        """The paragraph as Word shows it: its automatic number or bullet, then its runs."""
        if label is None:
            label = self.paragraph_kind(p)[2]
        text = paragraph_text(p, self.note_mark)
        if not label:
            return text
        # Word prints the number even before an empty paragraph (an STT column is often just that)
        return f"{label}{text}" if text.strip() else label.strip()

    def paragraph_kind(self, p) -> tuple[str, int, str]:
        """(block kind, level, printed number label) of a paragraph, from its own properties and
        its style chain. The label is counted here, so call this once per paragraph, in order."""
        ppr = p.find(_q("pPr"))
        style_id = None
        outline = num_id = ilvl = None
        if ppr is not None:
            style = ppr.find(_q("pStyle"))
            style_id = style.get(_q("val")) if style is not None else None
            outline = _int_val(ppr.find(_q("outlineLvl")))
            num = ppr.find(_q("numPr"))
            if num is not None:
                num_id = _int_val(num.find(_q("numId")))
                ilvl = _int_val(num.find(_q("ilvl")))
        chain = self.style_chain(style_id or self.default_paragraph_style)
        if num_id is None:
            num_id = next((s.num_id for s in chain if s.num_id is not None), None)
        if ilvl is None:
            ilvl = next((s.ilvl for s in chain if s.ilvl is not None), 0)
        numbered = bool(num_id)  # numId 0 explicitly removes the style's numbering
        label = self.numbering.label(num_id, ilvl) if numbered else ""
        if outline is None:
            outline = next((s.outline for s in chain if s.outline is not None), None)
        heading = next((m for s in chain if (m := _HEADING_NAME.match(s.name))), None)
        if outline is not None and outline < 9:
            return "heading", outline + 1, label
        if heading is not None:
            return "heading", int(heading.group(1)), label
        if chain and chain[0].name.lower() == "title":
            return "heading", 1, label
        if numbered:
            return "list_item", ilvl + 1, label
        return "paragraph", 0, label

    def style_chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            chain.append(self.styles[style_id])
            style_id = self.styles[style_id].based_on
        return chain

    # -- tables --------------------------------------------------------------------------------

    def table(self, tbl) -> None:
        if _is_frame(tbl):
            for tr in _rows(tbl):
                for tc in _cells(tr):
                    self.body(tc)
            return
        self.tables += 1
        number = self.tables
        grid_columns = len(tbl.findall(f"{_q('tblGrid')}/{_q('gridCol')}"))
        built: list[_CellBuilder] = []
        open_merges: dict[int, _CellBuilder] = {}  # grid column -> cell a vMerge may continue
        width = 0
        for r, tr in enumerate(_rows(tbl)):
            col = _int_val(_find_path(tr, "trPr", "gridBefore")) or 0
            visited: set[int] = set()
            left: _CellBuilder | None = None  # the cell before, which a legacy w:hMerge may widen
            for tc in _cells(tr):
                visited.add(col)
                tcpr = tc.find(_q("tcPr"))
                span = max(1, _int_val(_find_path(tcpr, "gridSpan")) or 1)
                vmerge = _find_path(tcpr, "vMerge")
                continues = vmerge is not None and vmerge.get(_q("val"), "continue") == "continue"
                hmerge = _find_path(tcpr, "hMerge")
                widens = hmerge is not None and hmerge.get(_q("val"), "continue") == "continue"
                above = open_merges.get(col)
                locator = f"bảng {number}, hàng {r + 1}, ô {col + 1}"
                if widens and left is not None and left.row == r and left.col + left.colspan == col:
                    left.colspan += span
                    self.cell_lines(tc, locator, [], [])
                elif continues and above is not None and above.colspan == span:
                    above.rowspan = r - above.row + 1
                    # Word keeps a continuation cell empty; any text it still holds stays readable
                    # in the lines, but is not the merged cell's value.
                    self.cell_lines(tc, locator, [], [])
                else:
                    cell = _CellBuilder(r, col, span)
                    self.cell_lines(tc, locator, cell.texts, cell.line_numbers)
                    built.append(cell)
                    for c in range(col, col + span):
                        open_merges.pop(c, None)
                    open_merges[col] = cell
                    left = cell
                col += span
            width = max(width, col)
            for c in [c for c in open_merges if c not in visited]:
                del open_merges[c]  # no cell there in this row: a merge above has ended
        numbered = [cell for cell in built if cell.line_numbers]
        if not numbered:
            return
        nrows = max(cell.row + cell.rowspan for cell in built)
        rows: list[list[Cell]] = [[] for _ in range(nrows)]
        for cell in numbered:
            rows[cell.row].append(
                Cell(
                    " ".join(cell.texts),
                    (cell.line_numbers[0], cell.line_numbers[-1]),
                    cell.row,
                    cell.col,
                    cell.rowspan,
                    cell.colspan,
                )
            )
        first = min(cell.line_numbers[0] for cell in numbered)
        last = max(cell.line_numbers[-1] for cell in numbered)
        table = Table(
            tuple(tuple(r) for r in rows), (first, last), max(width, grid_columns), f"bảng {number}"
        )
        self.blocks.append(Block("table", (first, last), "", 0, table))

    def cell_lines(self, tc, locator: str, texts: list[str], numbers: list[int]) -> None:
        """The cell's paragraphs as lines; a nested table's cells are read into the same cell."""
        for child in _content_children(tc):
            if child.tag == _P:
                for part in self.visible_text(child).split("\n"):
                    if part.strip():
                        numbers.append(self.add_line(part, locator))
                        texts.append(" ".join(part.split()))
            elif child.tag == _TBL:
                for tr in _rows(child):
                    for inner in _cells(tr):
                        self.cell_lines(inner, locator, texts, numbers)


def read_docx(data: bytes) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    """The lines a reader sees, with locators, and the blocks in reading order."""
    import docx

    document = docx.Document(io.BytesIO(data))
    reader = _Reader(document)
    reader.body(document.element.body)
    reader.footnotes(document)
    return tuple(reader.lines), tuple(reader.blocks)


def _plain_text(p) -> str:
    """Text of a paragraph parsed outside python-docx's element classes (w:t, tabs, breaks)."""
    out = []
    for element in p.iter(_q("t"), _q("tab"), _q("br"), _q("cr")):
        if element.getparent().tag != _q("r") or _inside(element, p, (_q("del"), _q("moveFrom"))):
            continue  # tab stops in paragraph properties, deleted text
        if element.tag == _q("t"):
            out.append(element.text or "")
        else:
            out.append("\t" if element.tag == _q("tab") else "\n")
    return "".join(out)


def _inside(element, stop, tags: tuple[str, ...]) -> bool:
    ancestor = element.getparent()
    while ancestor is not None and ancestor is not stop:
        if ancestor.tag in tags:
            return True
        ancestor = ancestor.getparent()
    return False


def paragraph_text(p, note_mark=None) -> str:
    """The visible text of a paragraph: its runs, also inside hyperlinks, fields, content controls
    and tracked insertions; not deleted text, not the paragraphs of a text box drawn inside it.
    Tabs and breaks come out as python-docx gives them ("\\t", "\\n"). A footnote reference is
    shown as `note_mark(id)` (e.g. "[1]") when given."""
    out = []
    for run in p.iter(_q("r")):
        ancestor = run.getparent()
        hidden = False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in (_q("del"), _q("moveFrom"), _P):
                hidden = True
                break
            ancestor = ancestor.getparent()
        if hidden:
            continue
        out.append(run.text if hasattr(run, "text") and isinstance(run.text, str) else "")
        if note_mark is not None:
            out.extend(note_mark(ref.get(_q("id"), "")) for ref in run.findall(_q("footnoteReference")))
    return "".join(out)


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str  # what Word puts between the number and the text: tab / space -> " ", nothing -> ""
    legal: bool  # w:isLgl: every level's number in decimal


_PRIVATE_BULLET = "•"  # Symbol/Wingdings bullets are private-use code points; show a bullet


class _Numbering:
    """Word's automatic numbers and bullets (word/numbering.xml), counted in reading order, so that
    a line shows "1.", "a)", "II." or "-" as the page prints it. Numbers of the same abstract list
    continue across its numIds; a numId with w:startOverride restarts at its first use."""

    def __init__(self, document) -> None:
        self.abstract: dict[int, dict[int, _Level]] = {}
        self.nums: dict[int, tuple[int, dict[int, int]]] = {}
        self.counters: dict[int, dict[int, int]] = {}
        self.started: set[int] = set()
        try:
            root = document.part.numbering_part.element
        except Exception:  # no or unreadable numbering part: no automatic numbers
            return
        for abstract in root.findall(_q("abstractNum")):
            aid = _int_attr(abstract, "abstractNumId")
            if aid is None:
                continue
            levels = {}
            for lvl in abstract.findall(_q("lvl")):
                ilvl = _int_attr(lvl, "ilvl")
                if ilvl is None:
                    continue
                fmt = _find_path(lvl, "numFmt")
                text = _find_path(lvl, "lvlText")
                suffix = _find_path(lvl, "suff")
                start = _int_val(_find_path(lvl, "start"))
                levels[ilvl] = _Level(
                    start=1 if start is None else start,
                    fmt=fmt.get(_q("val"), "decimal") if fmt is not None else "decimal",
                    text=text.get(_q("val"), "") if text is not None else "",
                    suffix="" if suffix is not None and suffix.get(_q("val")) == "nothing" else " ",
                    legal=_find_path(lvl, "isLgl") is not None,
                )
            self.abstract[aid] = levels
        for num in root.findall(_q("num")):
            num_id = _int_attr(num, "numId")
            aid = _int_val(_find_path(num, "abstractNumId"))
            if num_id is None or aid is None:
                continue
            overrides = {}
            for override in num.findall(_q("lvlOverride")):
                ilvl, start = _int_attr(override, "ilvl"), _int_val(_find_path(override, "startOverride"))
                if ilvl is not None and start is not None:
                    overrides[ilvl] = start
            self.nums[num_id] = (aid, overrides)

    def label(self, num_id: int | None, ilvl: int) -> str:
        if num_id not in self.nums:
            return ""
        aid, overrides = self.nums[num_id]
        levels = self.abstract.get(aid, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counters[lvl] = start - 1
                for deeper in [d for d in counters if d > lvl]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [d for d in counters if d > ilvl]:
            del counters[deeper]
        if level.fmt == "none":
            text = re.sub(r"%[1-9]", "", level.text)
        elif level.fmt == "bullet":
            text = "".join(_PRIVATE_BULLET if 0xE000 <= ord(ch) <= 0xF8FF else ch for ch in level.text)
        else:

            def number(match: re.Match) -> str:
                k = int(match.group(1)) - 1
                shown = levels.get(k, level)
                value = counters.get(k, shown.start)
                return _format_number(value, "decimal" if level.legal and k < ilvl else shown.fmt)

            text = re.sub(r"%([1-9])", number, level.text)
        return f"{text}{level.suffix}" if text.strip() else ""


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word: Z, AA, BB, ...
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, symbol in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def _int_attr(element, name: str) -> int | None:
    try:
        return int(element.get(_q(name), ""))
    except ValueError:
        return None


def _is_frame(tbl) -> bool:
    """A table of one column whose cells hold tables of their own: a frame drawn around part of the
    document, read as the document (its inner tables stay tables)."""
    rows = _rows(tbl)
    cells = [_cells(tr) for tr in rows]
    if not rows or any(len(row) > 1 for row in cells):
        return False
    return any(child.tag == _TBL for row in cells for tc in row for child in _content_children(tc))


def _content_children(container):
    """Block-level children in order, looking through content controls and custom XML."""
    for child in container:
        if child.tag in (_SDT, _CUSTOM_XML):
            inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if inner is not None:
                yield from _content_children(inner)
        else:
            yield child


def _rows(tbl):
    return [child for child in _content_children(tbl) if child.tag == _TR]


def _cells(tr):
    return [child for child in _content_children(tr) if child.tag == _TC]


def _find_path(element, *tags: str):
    for tag in tags:
        if element is None:
            return None
        element = element.find(_q(tag))
    return element


def _int_val(element) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(_q("val"), ""))
    except ValueError:
        return None


def _read_styles(document) -> tuple[dict[str, _Style], str | None]:
    """Paragraph styles by id, and the id of the default paragraph style (used without w:pStyle)."""
    try:
        root = document.styles.element
    except Exception:  # a DOCX without styles.xml
        return {}, None
    styles: dict[str, _Style] = {}
    default = None
    for element in root.findall(_q("style")):
        if element.get(_q("type")) not in (None, "paragraph"):
            continue
        style_id = element.get(_q("styleId"))
        if not style_id:
            continue
        name_el = element.find(_q("name"))
        name = name_el.get(_q("val"), "") if name_el is not None else ""
        if element.get(_q("default")) in ("1", "true", "on") and default is None:
            default = style_id
        based = element.find(_q("basedOn"))
        ppr = element.find(_q("pPr"))
        outline = _int_val(_find_path(ppr, "outlineLvl"))
        styles[style_id] = _Style(
            name=name.strip(),
            based_on=based.get(_q("val")) if based is not None else None,
            outline=outline,
            num_id=_int_val(_find_path(ppr, "numPr", "numId")),
            ilvl=_int_val(_find_path(ppr, "numPr", "ilvl")),
        )
    return styles, default
