"""Recognising a line by its own signals, for the outline parser.

Numbering markers that may open a clause — Phần / Chương / Mục / Điều, Roman sections (I.), items (1.),
sub-items (1.1.), points (a) and dash/plus bullets — with their values (Roman numerals, ordinals,
Vietnamese point letters), and the lines that frame a document: its all-caps title, header block,
"Nơi nhận" list, signature block, signer's name and the "./." end mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RECIPIENTS = re.compile(r"^n[ơo]i nh[ậa]n\s*(?::|$)", re.IGNORECASE)
SIGN_PREFIX = re.compile(r"^(?:T/?M|K/?T|T/?L|TUQ|Q)(?:\s*\.\s*|\s+)\w")
SIGNER = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|TRƯỞNG BAN|CHÁNH VĂN PHÒNG"
    r"|CHỦ NHIỆM|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG THƯ KÝ|TRƯỞNG PHÒNG|THỦ TRƯỞNG)\b"
)
SIGNED = re.compile(r"^\(?\s*(?:đã ký|ký(?:,| và)? (?:tên|ghi rõ|đóng dấu).*)\s*\)?$", re.IGNORECASE)
_DOC_KINDS = (
    "KẾ HOẠCH", "QUY CHẾ", "QUY ĐỊNH", "ĐIỀU LỆ", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "QUYẾT ĐỊNH",
    "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ", "LUẬT", "CHỈ THỊ", "CÔNG VĂN", "BÁO CÁO", "TỜ TRÌNH", "THÔNG BÁO",
)  # fmt: skip
_DOC_TITLE = re.compile(rf"^({'|'.join(_DOC_KINDS)})((?: \w+){{0,4}})$")
_HEADER = re.compile(r"^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do|Số\b.*/)")
_ISSUER = re.compile(
    r"^(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|TỈNH ỦY|THÀNH ỦY|CHÍNH PHỦ|QUỐC HỘI|BỘ|SỞ)\b"
)
END_MARK = re.compile(r"\./\.?\s*$")  # the "./." that closes a Vietnamese administrative text
_SENTENCE_END = re.compile(r"[.;:!?…]\s*$")
# A line ending like this continues on the next line ("... tại khoản" + "2. Điều 5 ..."): no marker there.
_REFERENCE_TAIL = re.compile(r"(?:khoản|điểm|mục|điều|phần|chương|số|tại|và|hoặc|theo|của)$", re.IGNORECASE)

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phan", re.compile(r"^(?:PHẦN|Phần)\s+((?:THỨ|thứ)\s+\w+|[IVXLC]+|\d+)\b\s*(.*)$")),
    ("chuong", re.compile(r"^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\b\s*(.*)$")),
    ("muc", re.compile(r"^(?:MỤC|Mục)\s+(\d{1,2})\b\s*(.*)$")),
    ("dieu", re.compile(r"^Điều\s+(\d{1,3}[a-zđ]?)\s*[.:]\s*(.*)$")),
    ("roman", re.compile(r"^([IVXLC]+)\s*[.:)\-–]\s*(.*)$|^([IVXLC]+)\s+(\S.*)$")),
    # "1.2. Title", or "3.1." alone on its line with its title on the next one
    ("sub", re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.*)$|^(\d{1,2}(?:\.\d{1,2})+)\.$")),
    ("num", re.compile(r"^(\d{1,2})\s*[.)]\s+(.*)$|^(\d{1,2})\s*\.$")),
    ("alpha", re.compile(r"^([a-zđ])\)\s*(.*)$|^([a-zđ])\.\s+(\S.*)$")),
    ("bullet", re.compile(r"^([-–—•+*])\s*(.*)$")),
)
ALPHABET = "abcdđeghiklmnopqrstuvxy"  # Vietnamese legal points skip f, j, w, z and use đ
_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}  # fmt: skip
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_STEPS = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


@dataclass(frozen=True)
class Marker:
    """A numbering marker at the start of a line, e.g. "II." or "a)"."""

    kind: str  # phan, chuong, muc, dieu, roman, sub, num, alpha or bullet
    token: str  # as printed: "II", "5", "1.2", "a", "-"
    value: object  # int, letter, tuple of ints (sub), or the bullet symbol
    rest: str  # the text after the marker on its line


def parse_marker(text: str, prev_text: str) -> Marker | None:
    """The marker `text` opens with, or None when it has none or `prev_text` shows it is a wrapped line."""
    for kind, pattern in _MARKERS:
        m = pattern.match(text)
        if not m:
            continue
        groups = [g for g in m.groups() if g is not None]
        token, rest = groups[0], (groups[1] if len(groups) > 1 else "").strip()
        second_form = kind in ("roman", "alpha") and (m.lastindex or 0) > 2  # "I MỤC ĐÍCH", "a. Text"
        value = _marker_value(kind, token)
        if value is None:
            return None
        if kind in ("phan", "chuong", "muc") and rest and not (rest[0] in ".:-–" or is_caps(rest)):
            return None  # "Mục 1 Phần IV Kế hoạch này ..." is a reference that wrapped, not a heading
        if (
            kind == "roman"
            and rest
            and not (is_caps(rest) or (rest[0].isupper() and len(rest.split()) <= 15))
        ):
            return None
        if second_form and not (is_caps(rest) if kind == "roman" else rest[:1].isupper()):
            return None
        rest = rest.lstrip(".:-– ") if kind in ("phan", "chuong", "muc") else rest
        if kind == "bullet":
            token = "+" if token == "+" else "*" if token == "*" else "-"
            value = token
        starts_lower = bool(rest) and rest[0].islower()
        if starts_lower and kind != "dieu" and not _SENTENCE_END.search(prev_text):
            return None  # a wrapped sentence that happens to begin with "2. " / "a) " / "- "
        if kind != "bullet" and _REFERENCE_TAIL.search(prev_text) and not is_caps(prev_text):
            return None  # ("II. QUAN ĐIỂM" ends in "điểm" too: a title in capitals refers to nothing)
        return Marker(kind, token, value, rest)
    return None


def _marker_value(kind: str, token: str) -> object:
    if kind in ("num", "muc"):
        return int(token)
    if kind == "sub":
        return tuple(int(p) for p in token.split("."))
    if kind == "dieu":
        return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]
    if kind in ("roman", "chuong", "phan"):
        if token.isdigit():
            return int(token)
        words = token.split()
        if len(words) == 2:  # "THỨ NHẤT" / "thứ hai"
            return _ORDINALS.get(words[1].lower())
        return _roman_value(token)
    return token


def _roman_value(token: str) -> int | None:
    total = 0
    for i, ch in enumerate(token):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(token) and _ROMAN[token[i + 1]] > v else v
    return total if total and _to_roman(total) == token else None


def _to_roman(value: int) -> str:
    out = ""
    for v, s in _ROMAN_STEPS:
        while value >= v:
            out, value = out + s, value - v
    return out


def doc_title(text: str) -> str:
    """The document kind of an all-caps title line ("KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG"), else ""."""
    m = _DOC_TITLE.match(text.strip())
    return (m.group(1) + m.group(2)) if m and is_caps(text) else ""


def is_caps(text: str) -> bool:
    """At least 90% of the letters (and at least two) are upper case: a heading, title or signer line."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def is_header(text: str) -> bool:
    """A line of a document's header block: national motto, number, or the issuing body in capitals."""
    return bool(_HEADER.match(text) or (_ISSUER.match(text) and is_caps(text)))


def is_name(text: str) -> bool:
    """A person's name as printed under a signature: 2-6 capitalised (or all-caps) words, nothing else."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(
        w.isalpha() and w[0].isupper() and (w[1:].islower() or w.isupper()) for w in words
    )
