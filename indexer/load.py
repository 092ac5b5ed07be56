"""Read a TXT, PDF, DOCX or HTML file into numbered lines with coordinates, without changing the text.

Line N of a TXT file is what `sed -n Np` prints (only "\\n" ends a line; a trailing "\\r" of a
CRLF file is dropped, everything else is kept). For a PDF the lines are the extracted text lines
page by page, table cells one per line (`indexer.load_pdf`); for a DOCX one line per paragraph and
per paragraph of a table cell, in body order (`indexer.load_docx`); for HTML one line per visible
block (`indexer.load_html`). Every line keeps a locator ("trang 3", "đoạn 12", "bảng 1, hàng 2, ô 3")
so that a citation can be found in the original. DOCX, HTML and PDF also give blocks in reading
order with tables as rows of cells and their merges (`LoadedDocument.blocks` / `.tables`). The type
is decided by the content (magic bytes; markup for .html/.htm), the suffix only has to be one we
support.
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

from indexer.records import Block, LoadedDocument, SourceLine

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

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
        lines, blocks = _pdf_lines(path, data)
        return LoadedDocument(path, sha256, "pdf", lines, "pdf", blocks)
    if data.startswith(_ZIP_MAGICS):
        lines, blocks = _docx_lines(path, data)
        return LoadedDocument(path, sha256, "docx", lines, "docx", blocks)
    if data.startswith(_OLE_MAGIC):
        raise LoadError(
            path,
            "tệp Word dạng cũ (.doc) hoặc được bảo vệ bằng mật khẩu; hãy lưu lại thành .docx không mật khẩu",
        )
    if suffix == ".pdf":
        raise LoadError(path, "PDF hỏng hoặc không đọc được (không có chữ ký %PDF-)")
    if suffix == ".docx":
        raise LoadError(path, "DOCX hỏng hoặc không phải DOCX (không phải tệp ZIP)")
    if suffix in HTML_SUFFIXES:
        html = _html_document(path, data, sha256)
        if html is not None:
            return html
    text, encoding = _decode_text(path, data)
    lines = tuple(SourceLine(n=i, text=line) for i, line in enumerate(_split_lines(text), start=1))
    _require_text(path, (line.text for line in lines))
    return _text_document(path, sha256, encoding, lines, suffix)


def _text_document(path: Path, sha256: str, encoding: str, lines: tuple[SourceLine, ...], suffix: str):
    """Plain text, or Markdown when the suffix or the content says so (portal exports saved as .txt
    carry `|` cell lines, pipe tables and `**` markers)."""
    from indexer.markdown import looks_like_markdown, markdown_blocks

    texts = [line.text for line in lines]
    if suffix == ".md" or looks_like_markdown(texts):
        blocks = markdown_blocks([(line.n, line.text) for line in lines])
        return LoadedDocument(path, sha256, encoding, lines, "markdown", blocks)
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


# --- HTML -----------------------------------------------------------------------------------


def _html_document(path: Path, data: bytes, sha256: str) -> LoadedDocument | None:
    """An .html/.htm file whose content is markup, read as a browser shows it; None when the
    content is not markup (then it is read as plain text)."""
    from indexer.load_html import declared_charset, looks_like_html, read_html

    charset = None if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) else declared_charset(data)
    text = None
    if charset is not None and not charset.startswith("utf-16"):
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            text = None  # a wrong declaration: read the bytes as any text file
    if text is None:
        text, _ = _decode_text(path, data)
    if not looks_like_html(text):
        return None
    try:
        lines, blocks = read_html(text)
    except Exception as exc:  # lxml raises ParserError and others on unusable markup
        raise LoadError(path, f"HTML hỏng hoặc không đọc được ({_damage(exc)})") from exc
    _require_text(path, (line.text for line in lines))
    return LoadedDocument(path, sha256, "html", lines, "html", blocks)


# --- PDF ------------------------------------------------------------------------------------


def _pdf_lines(path: Path, data: bytes) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    from indexer.load_pdf import read_pdf

    try:
        lines, blocks = read_pdf(data)
    except Exception as exc:  # pdfminer raises many unrelated types on damaged input
        if _is_password_error(exc):
            raise LoadError(path, "PDF được bảo vệ bằng mật khẩu (password-protected)") from exc
        raise LoadError(path, f"PDF hỏng hoặc không đọc được ({_damage(exc)})") from exc
    if not any(line.text.strip() for line in lines):
        raise LoadError(path, "PDF không có lớp chữ (có thể là bản quét); cần nhận dạng chữ (OCR) trước")
    return lines, blocks


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


def _docx_lines(path: Path, data: bytes) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise LoadError(path, "DOCX hỏng hoặc không đọc được (tệp ZIP hỏng)") from exc
    if "word/document.xml" not in names:
        raise LoadError(path, "tệp ZIP không phải DOCX (thiếu word/document.xml)")
    try:
        lines, blocks = _docx_body_lines(data)
    except Exception as exc:  # python-docx / lxml raise many types on damaged parts
        raise LoadError(path, f"DOCX hỏng hoặc không đọc được ({_damage(exc)})") from exc
    _require_text(path, (line.text for line in lines))
    return lines, blocks


def _docx_body_lines(data: bytes) -> tuple[tuple[SourceLine, ...], tuple[Block, ...]]:
    from indexer.load_docx import read_docx

    return read_docx(data)
