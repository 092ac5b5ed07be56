"""Exports of the (filtered) task table: CSV (UTF-8 with BOM, so that Excel reads Vietnamese right) and
XLSX (openpyxl: bold frozen header, set column widths, wrapped text, auto-filter).

Files are written into the app's private temporary folder (`set_root`, inside Gradio's cache so that
Gradio serves them without copying), one sub-folder per distinct content so that the download keeps a
readable name ("nhiem-vu.xlsx"): the same rows are written once and reused by every page load that
shows them; exports unused for an hour are deleted.

Cells that a spreadsheet would run as a formula (starting with "=", "+", "-", "@", tab or carriage
return) are neutralised: in CSV a "'" is put before them; in XLSX they are stored as text with Excel's
quote prefix, so the text is kept exactly as printed and never evaluated.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
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
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_root: Path | None = None
_root_lock = threading.Lock()
_last_sweep = 0.0


def set_root(folder: Path) -> None:
    """Write exports under `folder` (the web server gives its private temporary folder)."""
    global _root
    with _root_lock:
        _root = Path(folder)
        _root.mkdir(parents=True, exist_ok=True, mode=0o700)


def _export_root() -> Path:
    global _root
    with _root_lock:
        if _root is None or not _root.is_dir():
            _root = Path(tempfile.mkdtemp(prefix="kehoach-exports-"))
        return _root


def _sweep(root: Path) -> None:
    """Delete exports unused for KEEP_SECONDS (at most once a minute)."""
    global _last_sweep
    now = time.time()
    if now - _last_sweep < 60:
        return
    _last_sweep = now
    for old in root.iterdir():
        try:
            if now - old.stat().st_mtime > KEEP_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue


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
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"  # text as printed, never a formula
                cell.quotePrefix = True
    for i, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"
    book.save(path)
    return Path(path)


def _csv_safe(value: str) -> str:
    """A cell that a spreadsheet will not run as a formula: one starting with "=", "+", "-", "@", tab or
    carriage return gets a "'" before it."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def fresh_folder() -> Path:
    """A new folder under the export root for one export (swept like the others after KEEP_SECONDS)."""
    root = _export_root()
    _sweep(root)
    return Path(tempfile.mkdtemp(prefix="export-", dir=root))


def export_files(rows: Sequence[dict], stem: str = "nhiem-vu") -> tuple[Path, Path]:
    """(CSV path, XLSX path) of `rows`: written once per distinct content, then reused."""
    root = _export_root()
    _sweep(root)
    key = hashlib.sha1(
        json.dumps([stem, [_cells(r) for r in rows]], ensure_ascii=False).encode("utf-8")
    ).hexdigest()[:24]
    folder = root / key
    csv_path, xlsx_path = folder / f"{stem}.csv", folder / f"{stem}.xlsx"
    if csv_path.is_file() and xlsx_path.is_file():
        os.utime(folder)  # in use: not swept
        return csv_path, xlsx_path
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
    write_csv(rows, staging / csv_path.name)
    write_xlsx(rows, staging / xlsx_path.name)
    try:
        os.rename(staging, folder)  # whole or not at all; another thread may have won the race
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
    return csv_path, xlsx_path
