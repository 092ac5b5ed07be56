"""Read a TXT, PDF or DOCX file into numbered lines with coordinates, without changing the text.

Line N of a TXT file is what `sed -n Np` prints (only "\\n" ends a line; a trailing "\\r" of a
CRLF file is dropped, everything else is kept). For a PDF the lines are the extracted text lines
page by page, table cells one per line; for a DOCX one line per paragraph and per table cell, in
body order. Every line keeps a locator ("trang 3", "đoạn 12", "bảng 1, hàng 2, ô 3") so that a
citation can be found in the original. The type is decided by the content (magic bytes), the
suffix only has to be one we support.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from indexer.records import LoadedDocument, SourceLine

SUPPORTED_SUFFIXES = (".txt", ".pdf", ".docx")

# Files that describe a corpus folder rather than belong to it.
MANIFEST_NAMES = frozenset({"manifest.json", "readme.md", "readme.txt", "readme"})

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, or an encrypted Office file
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


class LoadError(Exception):
    """A file that cannot be loaded; str() is one line: "<file name>: <reason>"."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.name = Path(path).name or str(path)
        self.reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{self.name}: {self.reason}")


def iter_source_files(paths: Sequence[Path]) -> list[Path]:
    """The files to index: folders expanded recursively (sorted), explicitly named files kept.

    Inside folders, hidden files/folders, Word lock files ("~$..."), manifest/README files and
    unsupported types are skipped. A file named explicitly is returned whatever its type, so that
    `load_file` refuses it with a clear error instead of it being silently ignored.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        given = Path(given)
        candidates = _folder_files(given) if given.is_dir() else [given]
        for path in candidates:
            key = Path(os.path.realpath(path))  # Path.resolve() raises on a symlink loop
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _folder_files(folder: Path) -> list[Path]:
    files = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith((".", "~$")) for part in relative):
            continue
        if not (path.is_file() or path.is_symlink()) or path.name.lower() in MANIFEST_NAMES:
            continue  # a broken or looping link is kept, for load_file to say what is wrong with it
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def load_file(path: Path, max_mb: float = 50.0) -> LoadedDocument:
    """Load one file; raises LoadError (one line naming the file) for anything unusable."""
    path = Path(path)
    if not path.exists():
        if not path.is_symlink():
            raise LoadError(path, "không tìm thấy tệp (file not found)")
        if _is_symlink_loop(path):
            raise LoadError(path, "liên kết tượng trưng tạo thành vòng lặp (symlink loop)")
        raise LoadError(path, "liên kết tượng trưng trỏ tới tệp không tồn tại (broken symlink)")
    if path.is_dir():
        raise LoadError(path, "là một thư mục, không phải tệp (is a directory)")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = " — hãy lưu lại dưới dạng .docx" if suffix == ".doc" else ""
        shown = f"'{path.suffix}'" if path.suffix else "không có đuôi"
        raise LoadError(
            path,
            f"định dạng không được hỗ trợ ({shown}); chỉ nhận {', '.join(SUPPORTED_SUFFIXES)}{hint}",
        )
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise LoadError(path, f"tệp quá lớn ({_mb(size)} MB, giới hạn {_mb(max_mb * 1024 * 1024)} MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"không đọc được tệp ({exc.strerror or exc})") from exc
    if not data:
        raise LoadError(path, "tệp rỗng (empty file)")
    sha256 = hashlib.sha256(data).hexdigest()

    if data.startswith(_PDF_MAGIC) or (suffix == ".pdf" and _PDF_MAGIC in data[:1024]):
        return LoadedDocument(path, sha256, "pdf", _pdf_lines(path, data))
    if data.startswith(_ZIP_MAGICS):
        return LoadedDocument(path, sha256, "docx", _docx_lines(path, data))
    if data.startswith(_OLE_MAGIC):
        raise LoadError(
            path,
            "tệp Word dạng cũ (.doc) hoặc được bảo vệ bằng mật khẩu; hãy lưu lại thành .docx không mật khẩu",
        )
    if suffix == ".pdf":
        raise LoadError(path, "PDF hỏng hoặc không đọc được (không có chữ ký %PDF-)")
    if suffix == ".docx":
        raise LoadError(path, "DOCX hỏng hoặc không phải DOCX (không phải tệp ZIP)")
    text, encoding = _decode_text(path, data)
    lines = tuple(SourceLine(n=i, text=line) for i, line in enumerate(_split_lines(text), start=1))
    _require_text(path, (line.text for line in lines))
    return LoadedDocument(path, sha256, encoding, lines)


def _is_symlink_loop(path: Path) -> bool:
    import errno

    try:
        path.stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _damage(exc: BaseException) -> str:
    """What is wrong inside a damaged file, in words (never a Python class name)."""
    inner = next((a for a in exc.args if isinstance(a, BaseException)), None) or exc.__cause__
    if inner is not None and inner is not exc and "pdfminer" in type(exc).__name__.lower():
        exc = inner  # pdfplumber wraps what pdfminer raised
    kind = type(exc).__name__.lower()
    if isinstance(exc, (KeyError, IndexError)) or "keyerror" in kind:
        part = re.search(r"no item named '([^']+)'", str(exc))
        return (
            f"thiếu phần {part.group(1)} bên trong tệp" if part else "thiếu một phần cấu trúc bên trong tệp"
        )
    if isinstance(exc, RecursionError):
        return "cấu trúc lồng nhau quá sâu"
    if isinstance(exc, MemoryError):
        return "tệp cần quá nhiều bộ nhớ để đọc"
    if "zlib" in kind or "zip" in kind or "decompress" in str(exc).lower():
        return "dữ liệu nén bên trong tệp bị hỏng"
    if "xml" in kind or "syntax" in kind or "parse" in kind:
        return "cấu trúc bên trong tệp sai cú pháp"
    if isinstance(exc, (UnicodeError, ValueError, TypeError)):
        return "nội dung bên trong tệp không hợp lệ"
    return "cấu trúc tệp bị hỏng"


def _mb(size: float) -> str:
    value = size / (1024 * 1024)
    return f"{value:.2f}".rstrip("0").rstrip(".") if value < 10 else f"{value:.0f}"


def _require_text(path: Path, texts: Iterable[str]) -> None:
    if not any(text.strip() for text in texts):
        raise LoadError(path, "không có nội dung chữ (no text)")


# --- TXT ------------------------------------------------------------------------------------


def _split_lines(text: str) -> list[str]:
    """Lines as `sed` numbers them: only "\\n" separates; a final "\\n" opens no new line."""
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [part[:-1] if part.endswith("\r") else part for part in parts]


def _decode_text(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _strict(path, data[3:], "utf-8"), "utf-8"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _strict(path, data, "utf-16"), "utf-16"
    elif b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise LoadError(path, "tệp nhị phân, không phải văn bản (chứa byte NUL)")
        text, encoding = _strict(path, data, codec), "utf-16"
    else:
        text, encoding = _utf8_or_cp1258(path, data)
    _reject_control_characters(path, text)
    return text, encoding


def _utf8_or_cp1258(path: Path, data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: the other encoding Vietnamese text files really come in is Windows-1258.
    unknown = "không nhận ra bảng mã (không phải UTF-8, UTF-16 hay Windows-1258)"
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise LoadError(path, unknown) from exc
    # Any byte soup decodes as cp1258; real (even Vietnamese) text there is mostly ASCII.
    if _ascii_share(text) < 0.6:
        raise LoadError(path, f"nội dung không giống văn bản — {unknown}")
    return text, "cp1258"


def _strict(path: Path, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LoadError(path, f"byte không hợp lệ với bảng mã {codec.upper()} ở vị trí {exc.start}") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position (mostly ASCII text)."""
    sample = data[:8192]
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    if odd.count(0) >= 0.3 * len(odd) and even.count(0) <= 0.02 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.3 * len(even) and odd.count(0) <= 0.02 * len(odd):
        return "utf-16-be"
    return None


def _ascii_share(text: str) -> float:
    return sum(1 for ch in text if ch < "\x80") / max(1, len(text))


def _reject_control_characters(path: Path, text: str) -> None:
    controls = sum(1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    if controls > max(2, len(text) // 100):
        raise LoadError(path, f"nội dung không giống văn bản ({controls} ký tự điều khiển)")


# --- PDF ------------------------------------------------------------------------------------


def _pdf_lines(path: Path, data: bytes) -> tuple[SourceLine, ...]:
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_pdf_page_items(page) for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many unrelated types on damaged input
        if _is_password_error(exc):
            raise LoadError(path, "PDF được bảo vệ bằng mật khẩu (password-protected)") from exc
        raise LoadError(path, f"PDF hỏng hoặc không đọc được ({_damage(exc)})") from exc
    lines: list[SourceLine] = []
    table_count = 0
    for page_number, items in enumerate(pages, start=1):
        for kind, payload in items:
            if kind == "text":
                lines.append(SourceLine(len(lines) + 1, payload, page_number, f"trang {page_number}"))
                continue
            table_count += 1
            for r, c, text in payload:
                locator = f"trang {page_number}, bảng {table_count}, hàng {r}, ô {c}"
                lines.append(SourceLine(len(lines) + 1, text, page_number, locator))
    if not any(line.text.strip() for line in lines):
        raise LoadError(path, "PDF không có lớp chữ (có thể là bản quét); cần nhận dạng chữ (OCR) trước")
    return tuple(lines)


def _pdf_page_items(page) -> list[tuple[str, object]]:
    """One page in reading order: ("text", line) outside tables, ("table", cells) for each table.

    Characters inside a table's box are removed from the running text so that a table's words
    are emitted once, as its cells (one cell per line, header row first).
    """
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside_tables(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside_tables) if boxes else page
    positioned: list[tuple[float, int, tuple[str, object]]] = []
    for line in text_page.extract_text_lines(strip=True, return_chars=False):
        if line["text"].strip():
            positioned.append((line["top"], 0, ("text", line["text"])))
    for table in tables:
        cells = []
        for r, row in enumerate(table.extract(), start=1):
            for c, value in enumerate(row, start=1):
                text = " ".join((value or "").split())
                if text:
                    cells.append((r, c, text))
        if cells:
            positioned.append((table.bbox[1], 1, ("table", cells)))
    positioned.sort(key=lambda item: (item[0], item[1]))
    return [item for _, _, item in positioned]


def _is_password_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's PDFPasswordIncorrect; look through the wrapping."""
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if "password" in type(current).__name__.lower() or "encrypt" in type(current).__name__.lower():
            return True
        pending.extend([current.__cause__, current.__context__, *current.args])
    return False


# --- DOCX -----------------------------------------------------------------------------------


def _docx_lines(path: Path, data: bytes) -> tuple[SourceLine, ...]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise LoadError(path, "DOCX hỏng hoặc không đọc được (tệp ZIP hỏng)") from exc
    if "word/document.xml" not in names:
        raise LoadError(path, "tệp ZIP không phải DOCX (thiếu word/document.xml)")
    try:
        lines = _docx_body_lines(data)
    except Exception as exc:  # python-docx / lxml raise many types on damaged parts
        raise LoadError(path, f"DOCX hỏng hoặc không đọc được ({_damage(exc)})") from exc
    _require_text(path, (line.text for line in lines))
    return lines


def _docx_body_lines(data: bytes) -> tuple[SourceLine, ...]:
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    texts: list[tuple[str, str]] = []  # (text, locator)
    paragraph_count = table_count = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            table_count += 1
            texts.extend(_docx_table_cells(block, table_count))
            continue
        paragraph_count += 1
        for part in block.text.split("\n"):  # soft line breaks (<w:br/>) become "\n"
            if part.strip():
                texts.append((part, f"đoạn {paragraph_count}"))
    return tuple(SourceLine(n, text, None, locator) for n, (text, locator) in enumerate(texts, start=1))


def _docx_table_cells(table, table_number: int) -> list[tuple[str, str]]:
    """One line per cell, row by row; a merged cell is emitted once, at its first grid position."""
    emitted = set()  # the <w:tc> elements already written (merged cells repeat in row.cells)
    out = []
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row.cells, start=1):
            if cell._tc in emitted:
                continue
            emitted.add(cell._tc)
            parts = (" ".join(paragraph.text.split()) for paragraph in cell.paragraphs)
            text = " ".join(part for part in parts if part)
            if text:
                out.append((text, f"bảng {table_number}, hàng {r}, ô {c}"))
    return out
