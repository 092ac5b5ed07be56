"""Document metadata: the corpus manifest (corpus/manifest.json) and guessing from the text.

A manifest entry wins field by field over the guess, so a user corrects a wrong guess by writing
only the wrong field (`save_manifest_entry`). The guess reads the document's own signals — the
issuer line ("ỦY BAN NHÂN DÂN TỈNH X"), "Số: ...", the place-date line ("X, ngày 25 tháng 6 năm
2025"), the kind heading ("KẾ HOẠCH"), "DỰ THẢO", cited resolutions — never a file name.
Text is compared after NFC, with tone marks in one placement ("hoà" = "hòa") and lower-cased.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from indexer.clean import normalize_tones
from indexer.records import Document
from indexer.text import tone_key

MANIFEST_NAME = "manifest.json"
FIELDS = ("name", "title", "kind", "number", "issuer", "province", "date", "draft", "implements")
HEAD_LINES = 60

_PROVINCES = (
    # the 34 provinces and cities since 1 July 2025
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
    "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh",
    "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    # provinces merged in 2025, still named by older documents
    "Hà Giang", "Yên Bái", "Bắc Kạn", "Bắc Giang", "Vĩnh Phúc", "Hòa Bình", "Hải Dương",
    "Thái Bình", "Hà Nam", "Nam Định", "Quảng Bình", "Thừa Thiên Huế", "Quảng Nam", "Kon Tum",
    "Bình Định", "Phú Yên", "Ninh Thuận", "Bình Thuận", "Đắk Nông", "Bình Phước", "Bình Dương",
    "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Sóc Trăng", "Hậu Giang",
    "Bạc Liêu", "Kiên Giang",
)  # fmt: skip

# Heading line (alone, upper case) -> (kind, how the title starts)
_KIND_HEADINGS = {
    "kế hoạch": ("Kế hoạch", "Kế hoạch"),
    "kế hoạch hành động": ("Kế hoạch", "Kế hoạch hành động"),
    "quyết định": ("Quyết định", "Quyết định"),
    "công văn": ("Công văn", "Công văn"),
    "luật": ("Luật", "Luật"),
    "nghị định": ("Nghị định", "Nghị định"),
    "thông tư": ("Thông tư", "Thông tư"),
    "nghị quyết": ("Nghị quyết", "Nghị quyết"),
    "chỉ thị": ("Chỉ thị", "Chỉ thị"),
    "chương trình": ("Chương trình", "Chương trình"),
    "chương trình hành động": ("Chương trình", "Chương trình hành động"),
    "thông báo": ("Thông báo", "Thông báo"),
    "báo cáo": ("Báo cáo", "Báo cáo"),
    "hướng dẫn": ("Hướng dẫn", "Hướng dẫn"),
    "quy định": ("Quy định", "Quy định"),
    "quy chế": ("Quy chế", "Quy chế"),
    "công điện": ("Công điện", "Công điện"),
    "đề án": ("Đề án", "Đề án"),
    "pháp lệnh": ("Pháp lệnh", "Pháp lệnh"),
}
# Kind from the document number's type code when there is no heading: "12/KH-UBND" -> Kế hoạch.
_NUMBER_KINDS = {"kh": "Kế hoạch", "qđ": "Quyết định", "cv": "Công văn", "nq": "Nghị quyết", "cđ": "Công điện",
                 "nđ": "Nghị định", "tt": "Thông tư", "ct": "Chỉ thị", "ctr": "Chương trình"}  # fmt: skip

_SPACE = re.compile(r"\s+")
_ISSUER_LINE = re.compile(
    r"^(?:tm\.\s*)?(?P<body>ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|tỉnh ủy|thành ủy)"
    r"(?:\s+(?P<level>tỉnh|thành phố|tp\.?))?\s+(?P<name>[^\W\d_]+(?: [^\W\d_]+){0,4})"
)
_HEADER_TAIL = re.compile(r"\s+(?:cộng hòa|đảng cộng sản|độc lập|số\b).*$")
_ISSUER_PROSE = re.compile(
    r"(?:ủy ban nhân dân|ubnd)\s+(?P<level>tỉnh|thành phố)\s+(?P<name>(?:\S+\s+){0,4}?)ban hành"
)
# "Số: 1218/QĐ-UBND", "Số:      /KH-UBND" (blank), "Số   CV/TU" (blank); not "Số lượng ...".
_NUMBER_LINE = re.compile(r"số\s*:?\s*(?P<num>\d[\w.]*)?\s*(?P<rest>[\w.-]*/[\w./-]+)")
_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d_][\w.' -]{1,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})?\s*tháng\s+(?P<m>\d{1,2})?"
    r"\s*năm\s+(?P<y>\d{4})"
)
_REFERENCE = re.compile(
    r"(?<![\w/])(?P<num>\d{1,4})\s*(?P<s1>[-/])\s*(?P<kind>NQ|CTr|KH|CT|KL|QĐ)\s*(?P<s2>[-/])\s*"
    r"(?P<by>TW|TƯ|TU|CP|ĐUUB|ĐU|HĐND|TTg|UBTVQH\d*)(?!\w)",
    re.IGNORECASE,
)
_REFERENCE_CASE = {"ctr": "CTr", "ttg": "TTg"}
_LOWER_FIRST_KEEP = ("Nghị ", "Luật ", "Bộ ", "Chính phủ", "Quốc hội", "Thủ tướng", "Ủy ban", "Đảng ")
_TITLE_STOP = re.compile(r"^(?:thực hiện|căn cứ|để |kính gửi|theo đề nghị|xét đề nghị|[ivx]+\.|\d+\.|điều 1)")


# National issuers (no province): header line (upper case, folded by .lower()) → printed name
_NATIONAL_HEADERS = (
    ("ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội"),
    ("văn phòng chính phủ", "Văn phòng Chính phủ"),
    ("thủ tướng chính phủ", "Thủ tướng Chính phủ"),
    ("ban chấp hành trung ương", "Ban Chấp hành Trung ương"),
    ("quốc hội", "Quốc hội"),
    ("chính phủ", "Chính phủ"),
)
# Issuer codes in a number ("2597/QĐ-TTg", "74/2025/QH15", "23/2025/TT-BTP", "384-QĐ/TW")
_NATIONAL_CODES = (
    (re.compile(r"-TTg\b", re.I), "Thủ tướng Chính phủ"),
    (re.compile(r"UBTVQH", re.I), "Ủy ban Thường vụ Quốc hội"),
    (re.compile(r"/QH\d*\b", re.I), "Quốc hội"),
    (re.compile(r"[/-]CP\b", re.I), "Chính phủ"),
    (re.compile(r"/TW\b", re.I), "Ban Chấp hành Trung ương"),
    (re.compile(r"-VPCP\b", re.I), "Văn phòng Chính phủ"),
    (re.compile(r"[/-]B[A-ZĐ]{1,10}(?:-[A-Z]+)?$"), None),  # a ministry: "TT-BTP", "BVHTTDL-VP"
)
_MINISTRY_LINE = re.compile(r"^bộ\s+\w")
SCOPE_NATIONAL = "Trung ương"


def _national_issuer(head: list[_Line], number: str | None) -> str | None:
    """The national body that issued the document (Quốc hội, Chính phủ, Thủ tướng, a Bộ, …), from an
    upper-case header line or the issuer code of its number; None for local issuers."""
    for line in head[:25]:
        key = _HEADER_TAIL.sub("", line.key).strip(" *-|")
        if not line.text or not _is_upper(line.text):
            continue
        for header, printed in _NATIONAL_HEADERS:
            if key == header:
                return printed
        if _MINISTRY_LINE.match(key) and len(key) < 60:
            return "Bộ " + _ministry_case(line.text.strip(" *-|")[3:].strip())
    for pattern, printed in _NATIONAL_CODES:
        if number and pattern.search(number):
            return printed or "Bộ"
    return None


_CAPTION = re.compile(
    r"[Kk]èm theo\s+(?P<kind>Công văn|Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Nghị định|Quy định)\s+"
    r"số\s*:?\s*(?P<num>\d+[\w/.-]*[/-][\w.-]+)\s+ngày\s+"
    r"(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
    r"(?:\s+của\s+(?P<by>[^)*]{3,80}))?"
)


def _caption_date(text: str) -> str | None:
    parts = re.findall(r"\d+", text)
    try:
        return dt.date(int(parts[2]), int(parts[1]), int(parts[0])).isoformat()
    except (ValueError, IndexError):
        return None


def _national_name(text: str) -> str | None:
    """The national body a name denotes ("Chính phủ", "Bộ Văn hóa, Thể thao và Du lịch"), or None."""
    key = normalize_tones(text).lower().strip()
    for header, printed in _NATIONAL_HEADERS:
        if key == header:
            return printed
    if re.match(r"bộ\s+\w", key) and len(key) < 60:
        return text.strip()
    return None


def _ministry_case(name: str) -> str:
    """ "VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Văn hóa, Thể thao và Du lịch": each component capitalised."""
    parts = re.split(r"(,\s*|\s+và\s+|\s+-\s+)", name.lower())
    return "".join(p if i % 2 else p[:1].upper() + p[1:] for i, p in enumerate(parts))


def _joined_head(head: list[_Line], stop: int | None) -> str:
    return _SPACE.sub(" ", " ".join(line.text for line in head[:stop] if line.text))


def fold(text: str) -> str:
    """Comparison key with the marks kept (indexer.text.tone_key)."""
    return tone_key(text)


@lru_cache(maxsize=1)
def _province_by_key() -> dict[str, str]:
    return {fold(name): name for name in _PROVINCES}


class _Line(NamedTuple):
    text: str  # NFC, one tone placement, stripped
    key: str  # text.lower(): same length, so a match's span in `key` slices `text`


def guess_metadata(name: str, lines: Sequence[str]) -> dict:
    """Guess {"title","kind","number","issuer","province","date","draft","implements"} from the text.

    The header is read from the first HEAD_LINES lines; only when it names no province is the
    whole text searched for the most-mentioned province name. `lines` may be strings or SourceLines.
    """
    texts = [normalize_tones(_as_text(line)).strip() for line in lines]  # NFC + one tone placement
    head = [_Line(piece, piece.lower()) for text in texts[:HEAD_LINES] for piece in _header_pieces(text)]
    kind, title_start, title_index = _find_kind(head, None)
    joined = _joined_head(head, title_index)
    number = _find_number(head)
    if number is None and not any(_number_line(line) for line in head):
        # "Số:" / "7360/KH-UBND" wrapped over two lines, or "Luật số: 74/2025/QH15"
        m = re.search(r"(?i)\bsố\s*:\s*(\d+[\w/.-]*[/-][\w.-]+)", joined)
        number = m.group(1).rstrip(".,;|") if m else None
    level, issuer_name, issuer_body = _find_issuer(head)
    place, date = _find_place_date(head)
    if date is None:  # the place-date line wrapped: "Đồng Tháp," / "ngày 01 tháng 12 năm 2025"
        m = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", joined)
        if m:
            try:
                date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
            except ValueError:
                date = None
    if date is None:  # a statute prints its date where it was passed: "… thông qua ngày 16 tháng 6 năm 2025"
        m = re.search(
            r"thông qua ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", " ".join(texts[-40:])
        )
        if m:
            date = _caption_date(" ".join(m.groups()))
    national = None if issuer_body else _national_issuer(head, number)
    province = _canonical_province(issuer_name) if issuer_name else None
    if national:
        province = None  # "Hà Nội, ngày …" is where a national document was signed, not its scope
    else:
        if province is None and place and fold(place) in _province_by_key():
            province = _province_by_key()[fold(place)]
        if province is None:
            province = _most_mentioned_province(texts) or place
    issuer = national or _issuer_label(issuer_body, level, province)
    kind, title_start, title_index = _find_kind(head, number)
    caption = None if number else _CAPTION.search(_SPACE.sub(" ", " ".join(texts)))
    if caption:  # no header block: "(Kèm theo Công văn số 6225/BVHTTDL-VP ngày 18/11/2025 của Bộ …)"
        number = caption["num"].rstrip(".,;)")
        date = date or _caption_date(caption["date"])
        if kind == "Văn bản":
            kind = _KIND_HEADINGS.get(caption["kind"].lower(), (caption["kind"],))[0]
        if issuer is None and caption["by"]:
            by = caption["by"].strip(" .;*")
            national = _national_name(by) or _national_issuer([], number)
            issuer = national or by
            if national:
                province = None
    title = _title(head, title_start, title_index, issuer, name)
    if title_start is None and (number or kind != "Văn bản"):
        # no heading to take a title from (the file starts at "Kính gửi:"): name it by kind and number
        title = " ".join(p for p in (kind, number) if p) + (f" ({issuer})" if issuer else "")
    return {
        "name": name,
        "title": title,
        "kind": kind,
        "number": number,
        "issuer": issuer,
        "province": province,
        "national": bool(national),
        "date": date,
        "draft": any(_is_upper(line.text) and re.match(r"dự thảo\b", line.key) for line in head),
        "implements": _references(_preamble(head), exclude=number),
    }


# Where a DOCX header table's cell joins its paragraphs into one line ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH Số:
# 12/KH-UBND", "CỘNG HÒA … Độc lập - Tự do - Hạnh phúc Hà Tĩnh, ngày 3 tháng 2 năm 2026"), the pieces
# that would each be a line of a printed header: before "Số:" and after the motto.
_HEADER_SPLIT = re.compile(
    r"(?<=\S)\s+(?=Số\s*:?\s*(?:\d[\w.]*)?\s*[\w.-]*/[\w./-]+)|(?<=Hạnh phúc)\s+(?=\S)|(?<=HẠNH PHÚC)\s+(?=\S)"
)


def _header_pieces(text: str) -> list[str]:
    return [piece.strip() for piece in _HEADER_SPLIT.split(text) if piece and piece.strip()] or [text]


def _as_text(line: object) -> str:
    return line if isinstance(line, str) else str(getattr(line, "text", line))


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return bool(re.fullmatch(r"[\d\s/.,–-]+", text.strip())) and any(ch.isdigit() for ch in text)
    return all(ch.isupper() for ch in letters)


_AUTHORITY = re.compile(
    r"^(?:thủ tướng chính phủ|chính phủ|quốc hội|bộ trưởng|chủ tịch|ủy ban nhân dân|hội đồng nhân dân|"
    r"ban chấp hành|ban bí thư|bộ chính trị)"
)


def _number_line(line: _Line) -> re.Match[str] | None:
    """The "Số: ..." header line; not a wrapped sentence that happens to start with "số 95-CTr/TU"."""
    match = _NUMBER_LINE.match(line.key)
    if not match or not line.text.startswith("S"):
        return None
    after = line.key[match.end() :]
    if ":" in line.key[: match.start("rest")] or not after.strip() or ", ngày" in after:
        return match
    return None


def _find_number(head: list[_Line]) -> str | None:
    for line in head:
        match = _number_line(line)
        if match:
            if match.group("num"):
                return re.sub(r"\s+", "", line.text[match.start("num") : match.end("rest")]).rstrip(".,;")
            return None  # "Số:    /KH-UBND": the number is left blank
    return None


_ISSUER_BODIES = {"ủy ban nhân dân": "UBND", "ubnd": "UBND", "hội đồng nhân dân": "HĐND", "hđnd": "HĐND",
                  "tỉnh ủy": "Tỉnh ủy", "thành ủy": "Thành ủy"}  # fmt: skip


def _find_issuer(head: list[_Line]) -> tuple[str | None, str | None, str | None]:
    """(level "tỉnh"/"thành phố", name, body "UBND"/"Tỉnh ủy"/...) from an upper-case header
    line, else from the preamble's "Ủy ban nhân dân tỉnh ... ban hành"."""
    upper = [line for line in head if line.text and _is_upper(line.text)]
    for index, line in enumerate(upper):
        key = line.key
        following = upper[index + 1].key if index + 1 < len(upper) else ""
        third = upper[index + 2].key if index + 2 < len(upper) else ""
        if key not in _ISSUER_BODIES and f"{key} {following}" in _ISSUER_BODIES:
            key, following = f"{key} {following}", third  # "ỦY BAN NHÂN" / "DÂN" / "THÀNH PHỐ …"
        if key in _ISSUER_BODIES and re.match(r"(?:tỉnh|thành phố|tp\b)", following):
            key = f"{key} {following}"  # "ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH" on two lines
        match = _ISSUER_LINE.match(_HEADER_TAIL.sub("", key))
        if match and not re.match(r"(?:tỉnh|thành phố)$", match.group("name")):
            level = match.group("level")
            level = "thành phố" if level and level.startswith("tp") else level
            return level, match.group("name").strip(), _ISSUER_BODIES[match.group("body")]
    joined = _SPACE.sub(" ", " ".join(line.text for line in head))
    match = _ISSUER_PROSE.search(joined.lower())
    if match:
        name = joined[match.start("name") : match.end("name")].strip()
        capitalised = bool(name) and all(word[0].isupper() for word in name.split())
        return match.group("level"), (name if capitalised else None), "UBND"
    return None, None, None


def _canonical_province(name: str) -> str:
    return _province_by_key().get(fold(name), " ".join(word.capitalize() for word in name.split()))


def _issuer_label(body: str | None, level: str | None, province: str | None) -> str | None:
    if body is None:
        return None
    if body in ("Tỉnh ủy", "Thành ủy"):
        return f"{body} {province}" if province else body
    return " ".join(part for part in (body, level, province) if part)


def _find_place_date(head: list[_Line]) -> tuple[str | None, str | None]:
    for line in head:
        number = _number_line(line)  # "Số: 1218/QĐ-UBND Vĩnh Long, ngày ..." shares the number's line
        match = _PLACE_DATE.search(line.key, number.end() if number else 0)
        if not match:
            continue
        place = line.text[match.start("place") : match.end("place")].strip()
        if not all(word[0].isupper() for word in place.split() if word[0].isalpha()):
            continue
        day, month, year = match.group("d"), match.group("m"), match.group("y")
        try:
            date = dt.date(int(year), int(month), int(day)).isoformat() if day and month else None
        except ValueError:
            date = None
        return place, date
    return None, None


def _most_mentioned_province(texts: list[str]) -> str | None:
    """The province named most often (first named on a tie), by its printed Title or UPPER form."""
    text = " ".join(texts)
    found: dict[str, tuple[int, int]] = {}  # name -> (count, -first position)
    for name in sorted(_PROVINCES, key=len, reverse=True):  # "Thừa Thiên Huế" before "Huế"
        # "Hồ Chí Minh" alone is usually "tư tưởng Hồ Chí Minh", not the city
        prefix = r"(?i:thành phố|tp\.?)\s+" if name == "Hồ Chí Minh" else ""
        pattern = re.compile(rf"(?<!\w){prefix}(?:{re.escape(name)}|{re.escape(name.upper())})(?!\w)")
        positions = [match.start() for match in pattern.finditer(text)]
        if positions:
            found[name] = (len(positions), -positions[0])
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return max(found, key=lambda name: found[name]) if found else None


def _find_kind(head: list[_Line], number: str | None) -> tuple[str, str | None, int | None]:
    """(kind, how the title starts, index of the heading line) from the heading, "V/v" or the number."""
    for index, line in enumerate(head):
        if _is_upper(line.text) and line.key in _KIND_HEADINGS:
            kind, start = _KIND_HEADINGS[line.key]
            return kind, start, index
        if (
            _is_upper(line.text)
            and re.match(r"(?:luật|pháp lệnh|bộ luật)\s+\w", line.key)
            and len(line.key) < 120
        ):
            # "LUẬT VIỆC LÀM": a statute's heading is its kind and its title
            kind = "Luật" if line.key.startswith(("luật", "bộ luật")) else "Pháp lệnh"
            return kind, line.text, None
    for index, line in enumerate(head):
        if line.key.startswith("v/v"):
            return "Công văn", "Công văn", index
    code = re.search(r"/([^\W\d_]+)", number or "")
    if code and code.group(1).lower() in _NUMBER_KINDS:
        return _NUMBER_KINDS[code.group(1).lower()], None, None
    return "Văn bản", None, None


def _title(head: list[_Line], start: str | None, index: int | None, issuer: str | None, name: str) -> str:
    """Kind + the descriptive lines under the heading (up to the first ";"), then the issuer."""
    subtitle: list[str] = []
    if index is not None:
        if head[index].key.startswith("v/v"):  # "V/v thực hiện ..." is the letter's subject
            subtitle.append("về việc " + head[index].text[3:].strip())
        for offset, line in enumerate(head[index + 1 :]):
            if not line.text:
                continue
            if subtitle and _AUTHORITY.match(line.key):
                break  # "THỦ TƯỚNG CHÍNH PHỦ" before "Căn cứ …": the enacting authority, not the title
            upper_run = _is_upper(line.text) and (not subtitle or _is_upper(subtitle[-1]))
            stop = (_is_upper(line.text) and not upper_run) or (subtitle and _TITLE_STOP.match(line.key))
            if subtitle and _is_upper(subtitle[-1]) and not _is_upper(line.text):
                break
            if stop or offset > 20 or len(subtitle) >= 10:
                break
            subtitle.append(line.text)
    text = _SPACE.sub(" ", " ".join(subtitle)).split(";")[0].strip().rstrip(",.:")
    if len(text) > 220:
        text = text[:220].rsplit(" ", 1)[0] + "…"
    if text and not text.startswith(_LOWER_FIRST_KEEP) and not _is_upper(text):
        text = text[0].lower() + text[1:]
    if start:
        title = f"{start} {text}".strip()
    else:
        title = next((line.text for line in head if line.text), Path(name).stem)[:120]
    return f"{title} ({issuer})" if issuer and issuer not in title else title


def _preamble(head: list[_Line]) -> str:
    """The text before the body's first section ("I.", "1.", "Điều 1."): where cited acts are named."""
    end = next((i for i, line in enumerate(head) if re.match(r"(?:[IVX]+\.|1\.|Điều 1\b)", line.text)), None)
    return _SPACE.sub(" ", " ".join(line.text for line in head[:end]))


def _references(text: str, exclude: str | None) -> list[str]:
    """Cited party/government acts ("66-NQ/TW", "140/NQ-CP", "45-CTr/TU"), first mention first."""
    found: list[str] = []
    for match in _REFERENCE.finditer(text):
        kind = _REFERENCE_CASE.get(match.group("kind").lower(), match.group("kind").upper())
        by = _REFERENCE_CASE.get(match.group("by").lower(), match.group("by").upper())
        ref = f"{match.group('num')}{match.group('s1')}{kind}{match.group('s2')}{by}"
        if ref not in found and ref != exclude:
            found.append(ref)
    return found


# --- manifest -------------------------------------------------------------------------------


def load_manifest(corpus_dir: Path) -> dict[str, dict]:
    """File name -> manifest entry (only the fields the entry gives). No manifest -> {}."""
    path = Path(corpus_dir) / MANIFEST_NAME
    if not path.is_file():
        return {}
    data = _read_manifest(path)
    entries: dict[str, dict] = {}
    for i, entry in enumerate(data.get("documents", [])):
        checked = _validate_entry(entry, f"{path}: documents[{i}]")
        if checked["name"] in entries:
            raise ValueError(f"{path}: documents[{i}].name: duplicate entry for {checked['name']!r}")
        entries[checked["name"]] = checked
    return entries


def _read_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents", []), list):
        raise ValueError(f'{path}: documents: expected {{"documents": [ ... ]}}')
    return data


def _validate_entry(entry: object, where: str) -> dict:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected an object, got {type(entry).__name__}")
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise ValueError(f"{where}.{unknown[0]}: unknown field (allowed: {', '.join(FIELDS)})")
    for field in ("name", "title", "kind"):
        if field in entry and (not isinstance(entry[field], str) or not entry[field].strip()):
            raise ValueError(f"{where}.{field}: expected a non-empty string, got {entry[field]!r}")
    if "name" not in entry:
        raise ValueError(f"{where}.name: missing (the file name the entry describes)")
    for field in ("number", "issuer", "province"):
        if entry.get(field) is not None and not isinstance(entry[field], str):
            raise ValueError(f"{where}.{field}: expected a string or null, got {entry[field]!r}")
    if entry.get("date") is not None and not _is_iso_date(entry["date"]):
        raise ValueError(f"{where}.date: expected an ISO date YYYY-MM-DD or null, got {entry['date']!r}")
    if "draft" in entry and not isinstance(entry["draft"], bool):
        raise ValueError(f"{where}.draft: expected true or false, got {entry['draft']!r}")
    if "implements" in entry:
        refs = entry["implements"]
        if not isinstance(refs, list) or not all(isinstance(ref, str) and ref.strip() for ref in refs):
            raise ValueError(f"{where}.implements: expected a list of document numbers, got {refs!r}")
    return dict(entry)


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def save_manifest_entry(corpus_dir: Path, entry: dict) -> dict:
    """Merge `entry` into the manifest entry of the same name (creating the manifest if needed).

    Returns the merged entry. The file is replaced atomically; an invalid entry or an invalid
    existing manifest raises ValueError and leaves the file untouched.
    """
    path = Path(corpus_dir) / MANIFEST_NAME
    checked = _validate_entry(entry, f"{path}: entry")
    data = _read_manifest(path) if path.is_file() else {"documents": []}
    entries = load_manifest(corpus_dir)  # validates what is already there
    merged = {**entries.get(checked["name"], {}), **checked}
    entries[checked["name"]] = merged
    data["documents"] = [entries[name] for name in sorted(entries)]
    handle, tmp = tempfile.mkstemp(prefix=".manifest-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return merged


def document_metadata(
    name: str, lines: Sequence[str], manifest: dict[str, dict], sha256: str, line_count: int
) -> Document:
    """The Document record: the manifest entry's fields where given, the guess elsewhere."""
    values = guess_metadata(name, lines)
    values.update({k: v for k, v in manifest.get(name, {}).items() if k in FIELDS and k != "name"})
    return Document(
        name=name,
        title=values["title"],
        kind=values["kind"],
        number=values["number"],
        issuer=values["issuer"],
        province=values["province"],
        date=values["date"],
        draft=bool(values["draft"]),
        implements=tuple(values["implements"] or ()),
        national=bool(values.get("national")) and not values["province"],
        sha256=sha256,
        line_count=line_count,
    )
