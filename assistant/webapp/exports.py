"""Exports of the (filtered) task table: CSV (UTF-8 with BOM, so that Excel reads Vietnamese right) and
XLSX (openpyxl: bold frozen header, set column widths, wrapped text, auto-filter).

Files are written into a private temporary folder, one sub-folder per export so that the download keeps
a readable name ("nhiem-vu.xlsx"); exports older than an hour are deleted.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

# (key in a table row, column header, XLSX column width in characters)
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("province", "Tỉnh/thành phố", 14),
    ("document", "Văn bản", 24),
    ("group", "Nhóm", 7),
    ("number", "STT", 6),
    ("name", "Nhiệm vụ", 60),
    ("lead", "Cơ quan chủ trì", 28),
    ("coordinating", "Cơ quan phối hợp", 36),
    ("output", "Kết quả", 30),
    ("deadline", "Thời hạn", 18),
    ("doc", "Tệp", 26),
    ("lines", "Dòng", 10),
)
HEADERS = tuple(header for _, header, _ in COLUMNS)
KEEP_SECONDS = 3600

_root: Path | None = None
_root_lock = threading.Lock()


def _export_root() -> Path:
    global _root
    with _root_lock:
        if _root is None or not _root.is_dir():
            _root = Path(tempfile.mkdtemp(prefix="kehoach-exports-"))
        return _root


def _fresh_folder() -> Path:
    root = _export_root()
    now = time.time()
    for old in root.iterdir():
        try:
            if now - old.stat().st_mtime > KEEP_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue
    folder = root / uuid.uuid4().hex
    folder.mkdir()
    return folder


def _cells(row: dict) -> list[str]:
    return ["" if row.get(key) is None else str(row.get(key)) for key, _, _ in COLUMNS]


def write_csv(rows: Sequence[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([_csv_safe(v) for v in _cells(row)])
    return Path(path)


def write_xlsx(rows: Sequence[dict], path: Path, title: str = "Nhiệm vụ") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(_cells(row))
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE7F3")
    for cell in sheet[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    wrap = Alignment(vertical="top", wrap_text=True)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = wrap
            if cell.data_type == "f":  # text from a document that starts with "=" stays text, not a formula
                cell.data_type = "s"
    for i, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"
    book.save(path)
    return Path(path)


def _csv_safe(value: str) -> str:
    """A cell that a spreadsheet will not run as a formula: a leading "=", "+" or "@" gets a "'" before it
    ("-" is left alone: Vietnamese lists start lines with it)."""
    return "'" + value if value[:1] in ("=", "+", "@") else value


def export_files(rows: Sequence[dict], stem: str = "nhiem-vu") -> tuple[Path, Path]:
    """(CSV path, XLSX path) of `rows`, freshly written."""
    folder = _fresh_folder()
    return write_csv(rows, folder / f"{stem}.csv"), write_xlsx(rows, folder / f"{stem}.xlsx")
