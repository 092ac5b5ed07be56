"""The per-agency follow-up report: every task an agency leads or coordinates, across every indexed
document, ordered by how soon it is due, and written as a Vietnamese progress report (XLSX, DOCX).

What a department's staff compile by hand each quarter. A task belongs to the report when its lead
or coordinating cell names the agency: the gazetteer's canonical names (Task.lead_ids /
coordinating_ids) or the cells as printed, tone marks optional, also inside a collective
("Các sở, ban, ngành tỉnh (Sở Nội vụ, Sở Tư pháp)"). The values are the task records' printed
values; the parsed period (indexer.period) is used only to sort and to bucket.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from indexer.clean import normalize_for_match, strip_diacritics
from indexer.period import ANNUAL, REGULAR, Period, parse_period

LEAD, COORDINATING = "lead", "coordinating"
ROLE_LABELS = {LEAD: "chủ trì", COORDINATING: "phối hợp"}
# deadline buckets, in report order
OVERDUE, THIS_QUARTER, THIS_YEAR, LATER, RECURRING, UNDATED = (
    "overdue",
    "this_quarter",
    "this_year",
    "later",
    "recurring",
    "undated",
)
BUCKETS = (OVERDUE, THIS_QUARTER, THIS_YEAR, LATER, RECURRING, UNDATED)
BUCKET_LABELS = {
    OVERDUE: "Đã quá hạn",
    THIS_QUARTER: "Đến hạn trong quý này",
    THIS_YEAR: "Đến hạn trong năm nay",
    LATER: "Đến hạn sau năm nay",
    RECURRING: "Thường xuyên / hằng năm",
    UNDATED: "Không ghi hạn cụ thể",
}
# the progress report's columns: (header, XLSX width in characters, DOCX width in cm)
REPORT_COLUMNS = (
    ("TT", 5, 1.0),
    ("Nhiệm vụ", 60, 9.5),
    ("Văn bản giao", 30, 5.0),
    ("Vai trò", 10, 2.0),
    ("Thời hạn", 18, 3.2),
    ("Kết quả thực hiện", 40, 6.0),
)


def fold(text: str | None) -> str:
    """Matching key: normalised, lower case, no tone marks, single spaces."""
    return " ".join(strip_diacritics(normalize_for_match(text or "")).lower().split())


def slug(text: str | None, limit: int = 40) -> str:
    """A file-name piece: "Sở Tư pháp" -> "so-tu-phap" (no tone marks, ASCII, hyphens)."""
    words = re.findall(r"[a-z0-9]+", fold(text).replace("đ", "d"))
    return "-".join(words)[:limit].strip("-")


def _names_phrase(haystack: str, needle: str) -> bool:
    """`needle` occurs in `haystack` as whole words (both folded)."""
    if not needle:
        return False
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def resolve_agency(query: str, known: Iterable[str] = ()) -> str:
    """The canonical name an agency query stands for: the gazetteer's name ("so tu phap" → "Sở Tư
    pháp"), else the one known name that contains the query's words ("tư pháp" → "Sở Tư pháp" when
    no other known agency has them), else the query as typed (cleaned)."""
    from indexer.agencies import agency_kind, canonical_agency, find_agencies

    query = " ".join((query or "").split())
    if not query:
        return ""
    found = find_agencies(query)
    if len(found) == 1:
        return found[0]
    canonical = canonical_agency(query)
    folded = fold(canonical)
    names = sorted(set(known))
    exact = [n for n in names if fold(n) == folded]
    if exact:
        return exact[0]
    containing = [n for n in names if _names_phrase(fold(n), folded)]
    if len(containing) > 1:  # "tư pháp": the department, not "các cơ quan tư pháp"
        containing = [n for n in containing if agency_kind(n) in ("department", "body")]
    return containing[0] if len(containing) == 1 else canonical


@dataclass(frozen=True)
class ReportRow:
    role: str  # LEAD or COORDINATING
    agency: str  # the canonical name the report is for
    printed: str  # the lead or coordinating cell as printed
    doc: str
    document: str  # "Kế hoạch 12/KH-UBND (Hà Tĩnh, 03/02/2026)"
    province: str | None
    group: str
    group_title: str
    number: str
    name: str
    output: str | None
    deadline: str | None
    period: Period
    bucket: str
    lines: tuple[int, int]

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    @property
    def bucket_label(self) -> str:
        return BUCKET_LABELS[self.bucket]

    @property
    def position(self) -> str:
        """ "nhóm II, nhiệm vụ 4" / "nhiệm vụ 8" / "dòng 120"."""
        number = f"nhiệm vụ {self.number}" if self.number else f"dòng {self.lines[0]}"
        return f"nhóm {self.group}, {number}" if self.group else number

    def to_dict(self) -> dict:
        return {
            "role": self.role,
            "role_label": self.role_label,
            "agency": self.agency,
            "printed": self.printed,
            "doc": self.doc,
            "document": self.document,
            "province": self.province,
            "group": self.group,
            "group_title": self.group_title,
            "number": self.number,
            "name": self.name,
            "output": self.output,
            "deadline": self.deadline,
            "period": {
                "kind": self.period.kind,
                "start": self.period.start.isoformat() if self.period.start else None,
                "end": self.period.end.isoformat() if self.period.end else None,
            },
            "bucket": self.bucket,
            "bucket_label": self.bucket_label,
            "citation": {"doc": self.doc, "lines": list(self.lines)},
        }


def quarter_end(day: date) -> date:
    from indexer.period import query_interval

    return query_interval(day.year, (day.month - 1) // 3 + 1)[1]


# a deadline that goes on after its dates: "Quý IV/2025 và thường xuyên trong những năm tiếp theo",
# "Năm 2025 và các năm tiếp theo" is never overdue
_CONTINUES = re.compile(r"thuong xuyen|cac nam tiep theo|nhung nam tiep theo|hang nam|hàng năm")


def deadline_bucket(period: Period, today: date, printed: str | None = None) -> str:
    """Where a deadline falls relative to `today`: by the last day of its interval."""
    if period.is_interval and printed and _CONTINUES.search(fold(printed)):
        return RECURRING
    if period.is_interval:
        end = period.end
        if end < today:  # type: ignore[operator]
            return OVERDUE
        if end <= quarter_end(today):  # type: ignore[operator]
            return THIS_QUARTER
        if end.year == today.year:  # type: ignore[union-attr]
            return THIS_YEAR
        return LATER
    if period.kind in (REGULAR, ANNUAL):
        return RECURRING
    return UNDATED


def document_label(document) -> str:
    """ "Kế hoạch 12/KH-UBND (Hà Tĩnh, 03/02/2026)"; the kind alone when the number is blank."""
    if document is None:
        return ""
    what = f"{document.kind} {document.number}" if document.number else document.kind
    when = ""
    if document.date:
        y, m, d = (document.date.split("-") + ["", ""])[:3]
        when = f"{d}/{m}/{y}" if d else document.date
    extra = ", ".join(x for x in (document.scope or "", when) if x)
    return f"{what} ({extra})" if extra else what


def _role(task, agency: str) -> tuple[str, str] | None:
    """(role, printed cell) when the task's lead or coordinating cell names `agency`."""
    key = fold(agency)
    for role, ids, items, text in (
        (LEAD, task.lead_ids, task.lead, task.lead_text),
        (COORDINATING, task.coordinating_ids, task.coordinating, task.coordinating_text),
    ):
        printed = text or "; ".join(items)
        if agency in ids or any(fold(i) == key for i in ids):
            return role, printed
        if any(_names_phrase(fold(item), key) for item in items) or _names_phrase(fold(printed), key):
            return role, printed
    return None


def _number_key(number: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.findall(r"\d+", number or "")) or (10**6,)


def report_rows(
    searcher, agency: str, province: str | None = None, today: date | None = None
) -> list[ReportRow]:
    """Every task whose lead or coordinating cell names `agency` (resolved against the index's
    agencies), optionally in one province, sorted by deadline bucket, then end date, then place."""
    from assistant.retrieve import same_place

    today = today or date.today()
    tasks = searcher.tasks()
    known = {a for t in tasks for a in (*t.lead_ids, *t.coordinating_ids)}
    canonical = resolve_agency(agency, known)
    if not canonical:
        return []
    rows: list[ReportRow] = []
    for task in tasks:
        found = _role(task, canonical)
        if found is None:
            continue
        document = searcher.document(task.doc)
        prov = document.scope if document else None
        if province and not same_place(prov, province):
            continue
        period = parse_period(task.deadline)
        rows.append(
            ReportRow(
                role=found[0],
                agency=canonical,
                printed=found[1],
                doc=task.doc,
                document=document_label(document),
                province=prov,
                group=task.group,
                group_title=task.group_title,
                number=task.number,
                name=task.name,
                output=task.output,
                deadline=task.deadline,
                period=period,
                bucket=deadline_bucket(period, today, task.deadline),
                lines=tuple(task.lines),
            )
        )
    far = date.max
    rows.sort(
        key=lambda r: (
            BUCKETS.index(r.bucket),
            (r.period.end or far) if r.bucket in (OVERDUE, THIS_QUARTER, THIS_YEAR, LATER) else far,
            r.province or "",
            r.doc,
            r.lines[0],
            _number_key(r.number),
        )
    )
    return rows


def agencies_in_index(searcher) -> list[str]:
    """Canonical agencies named in task cells, the most often named first (for a chooser)."""
    from collections import Counter

    counts = Counter(a for t in searcher.tasks() for a in {*t.lead_ids, *t.coordinating_ids})
    return [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


# --- the progress report's cells ------------------------------------------------------------------
def report_cells(row: ReportRow, index: int) -> list[str]:
    """TT | Nhiệm vụ | Văn bản giao | Vai trò | Thời hạn | Kết quả thực hiện (blank, to fill in)."""
    task = row.name + (f"\nSản phẩm: {row.output}" if row.output else "")
    first, last = row.lines
    where = f"dòng {first}" if first == last else f"dòng {first}–{last}"
    source = f"{row.document}; {row.position} ({where}, tệp {row.doc})"
    return [str(index), task, source, row.role_label, row.deadline or "", ""]


def report_title(agency: str, province: str | None = None) -> str:
    where = f" – {province}" if province else ""
    return f"Báo cáo tiến độ thực hiện nhiệm vụ: {agency}{where}"


def write_xlsx(rows: Sequence[ReportRow], path: Path, agency: str, province: str | None = None) -> Path:
    """The progress report as a workbook: title, a bold frozen header row, set widths, wrapped text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Báo cáo"
    sheet.append([report_title(agency, province)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([h for h, _, _ in REPORT_COLUMNS])
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    for i, row in enumerate(rows, start=1):
        sheet.append(report_cells(row, i))
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = border
            if cell.data_type == "f":  # document text that starts with "=" stays text, not a formula
                cell.data_type = "s"
    for i, (_, width, _) in enumerate(REPORT_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "2:2"
    sheet.page_setup.orientation = "landscape"
    book.save(path)
    return Path(path)


def write_docx(rows: Sequence[ReportRow], path: Path, agency: str, province: str | None = None) -> Path:
    """The progress report as a Word document: landscape A4, a table whose header row repeats on
    every page, set column widths."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    heading = document.add_paragraph()
    run = heading.add_run(report_title(agency, province).upper())
    run.bold = True
    run.font.size = Pt(13)
    heading.alignment = 1  # centre
    document.add_paragraph(f"Ngày lập: {date.today().strftime('%d/%m/%Y')} · {len(rows)} nhiệm vụ")
    table = document.add_table(rows=1, cols=len(REPORT_COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    header = table.rows[0]
    row_props = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    row_props.append(repeat)  # the header row repeats at the top of every page
    for cell, (title, _, width) in zip(header.cells, REPORT_COLUMNS, strict=True):
        cell.width = Cm(width)
        cell.text = ""
        r = cell.paragraphs[0].add_run(title)
        r.bold = True
    for i, row in enumerate(rows, start=1):
        cells = table.add_row().cells
        for cell, value, (_, _, width) in zip(cells, report_cells(row, i), REPORT_COLUMNS, strict=True):
            cell.width = Cm(width)
            cell.text = value
    document.save(path)
    return Path(path)
