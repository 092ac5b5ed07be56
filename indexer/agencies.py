"""The agency gazetteer: canonical names of a province's agencies, and finding them in text.

Names are matched on folded words (lower case, no diacritics, "đ" → "d"), so "so tai chinh" finds
"Sở Tài chính"; commas and hyphens inside a name are skipped ("Các sở, ban, ngành"), and the
abbreviations UBND / HĐND / MTTQ / ĐBQH match their expansion. The data is indexer/data/agencies.json.

Two readings of a table cell, decided once here and used everywhere:
- "Các Sở: Tài chính, Tư pháp, Nội vụ" names three departments (each item gets "Sở" prefixed).
- "Các sở, ban, ngành tỉnh (Sở Nội vụ, Sở Tài chính)": the departments in brackets are the ones
  actually charged, so the cell canonicalises to them and the collective is dropped. Keeping the
  collective would make every such row answer "which tasks do all departments lead?" and bury the
  named department among 20 collective rows; the printed cell stays in Task.lead_text.

`agency_run` is the parser's tool: how far a cell's text is a list of agencies, whether the text
stops inside a name (the cell wraps on), and where a new cell begins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from indexer.clean import clean_text, fold_spaces, normalize_tones
from indexer.text import fold

_TERMINAL = "\0"
_TOKEN = re.compile(r"\w+|[^\w\s]")
# Abbreviations matched as their expansion (folded).
_ABBREVIATIONS = {
    "ubnd": ("uy", "ban", "nhan", "dan"),
    "hdnd": ("hoi", "dong", "nhan", "dan"),
    "mttq": ("mat", "tran", "to", "quoc"),
    "ubmttq": ("uy", "ban", "mat", "tran", "to", "quoc"),
    "dbqh": ("dai", "bieu", "quoc", "hoi"),
}
_LEVEL_PLACEHOLDERS = {"{tỉnh}": ("tỉnh", "thành phố"), "{Tỉnh ủy}": ("Tỉnh ủy", "Thành ủy")}
# Local government named by the units it covers, listed in any order: "UBND các phường, xã, đặc khu",
# "Ủy ban nhân dân xã, phường và thị trấn", "UBND các huyện, thị xã, thành phố". A placeholder stands
# for every such list (two or more units, or one after "các"); a list must hold a unit of its level.
_UNIT_LISTS = {
    "{các xã}": (("xã", "phường", "thị trấn", "đặc khu"), ("xã", "phường", "thị trấn", "đặc khu")),
    "{các huyện}": (("huyện", "quận", "thị xã", "thành phố", "thành", "thị"), ("huyện", "quận", "thị xã")),
}
_INNER_PUNCT = frozenset(",-–&")  # may stand inside a name: "Văn hóa, Thể thao", "KH&CN"
_SEPARATORS = frozenset(",;:/&")
_SEPARATOR_WORDS = frozenset({"và", "cùng"})
# A name the gazetteer does not know, recognised by its head word followed by a capitalised word
# ("Ban Quản lý ...", "Hội Nông dân ..."); "Sở" takes any word. Keeps unseen tables parsable.
_GENERIC_HEADS = (
    "Sở",
    "Bộ",
    "Tổng cục",
    "Ngân hàng",
    "Kiểm toán",
    "Thông tấn",
    "Ban",
    "Văn phòng",
    "Công an",
    "Bộ Chỉ huy",
    "Ủy ban",
    "UBND",
    "HĐND",
    "Thanh tra",
    "Trung tâm",
    "Báo",
    "Đài",
    "Hội",
    "Hiệp hội",
    "Đoàn",
    "Liên đoàn",
    "Cục",
    "Chi cục",
    "Kho bạc",
    "Tòa án",
    "Viện",
    "Cổng",
    "Tỉnh ủy",
    "Thành ủy",
    "Đảng ủy",
    "Trường",
    "Bảo hiểm",
    "Liên minh",
)
_GENERIC_HEAD = re.compile(
    r"(?P<head>"
    + "|".join(sorted(map(re.escape, _GENERIC_HEADS), key=len, reverse=True))
    + r")\s+(?P<next>\w+)"
)
_GENERIC_COLLECTIVE = re.compile(
    r"Các\s+(?:sở|ban|ngành|cơ quan|đơn vị|tổ chức|địa phương|hội|đoàn thể|doanh nghiệp|xã|phường)\b"
)


def _generic_at(text: str, pos: int) -> bool:
    """An unknown agency name starts at pos: a head word and a capitalised word ("Sở" takes any)."""
    if _GENERIC_COLLECTIVE.match(text, pos):
        return True
    m = _GENERIC_HEAD.match(text, pos)
    return bool(m) and (m.group("head") == "Sở" or m.group("next")[0].isupper())


# Heads of office and staff names that task cells print besides bodies ("Công chức phòng …").
_STAFF_HEADS = ("Vụ", "Phòng", "Công chức", "Lãnh đạo", "Chuyên viên", "Văn thư", "Học viện", "Nhà xuất bản")
_STAFF_HEAD = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, _STAFF_HEADS), key=len, reverse=True)) + r")\s+\w"
)


def looks_like_agency(name: str) -> bool:
    """Whether a printed name starts like the name of a body or an office ("Văn phòng Bộ", "Cục Du lịch
    Quốc gia Việt Nam", "Công chức phòng QLTTBCXB") rather than a fragment of a cell ("Tài chính")."""
    name = name.strip()
    if _GENERIC_COLLECTIVE.match(name):
        return False  # "Các địa phương": a collective, not one body
    return bool(_STAFF_HEAD.match(name)) or _generic_at(name, 0)


_BODY_IN_TEXT = re.compile(
    r"(?<![^\W\d_])(?P<before>Các\s+)?(?:"
    + "|".join(sorted(map(re.escape, _GENERIC_HEADS + _STAFF_HEADS), key=len, reverse=True))
    + r")\s+(?P<next>[^\W\d_])"
)


def names_a_body(text: str) -> bool:
    """Whether free text names a body or an office: one the gazetteer knows, or an unknown one by its
    head word and a capitalised word ("Vụ Khoa học công nghệ …", "Trung tâm Chuyển đổi số …"); not a
    collective ("Các Sở Ban ngành")."""
    return bool(find_agencies(text)) or any(
        m.group("next").isupper() and not m.group("before") for m in _BODY_IN_TEXT.finditer(text)
    )


@dataclass(frozen=True)
class Agency:
    name: str
    kind: str  # "department", "body", "local", "collective"
    variants: tuple[str, ...]


@dataclass(frozen=True)
class _Tok:
    text: str
    keys: tuple[str, ...]  # folded word(s); () for punctuation
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return bool(self.keys)

    @property
    def is_lower(self) -> bool:
        return self.is_word and self.text[0].islower()


@dataclass(frozen=True)
class AgencyItem:
    """One agency in a run: char offsets in the text, canonical name (None when unknown)."""

    start: int
    end: int
    canonical: str | None
    partial: bool = False  # the text stops inside a known name ("Các sở, ban,", "Văn phòng")
    bracketed: bool = False
    kind: str = ""


@dataclass(frozen=True)
class AgencyRun:
    """The longest prefix of a text that is a list of agencies."""

    end: int  # char offset where the run stops (trailing separators included)
    items: tuple[AgencyItem, ...]
    open: bool  # the text ends inside a name or on a separator: the cell goes on

    @property
    def complete(self) -> bool:
        return bool(self.items) and not self.open


def spelled_out(text: str) -> str:
    """The text folded, its abbreviations of bodies written out ("UBND tỉnh Hà Tĩnh" → "uy ban nhan dan tinh ha
    tinh"): the words a question may name them by."""
    return " ".join(" ".join(_ABBREVIATIONS.get(w, (w,))) for w in re.findall(r"\w+", fold(text)))


def _fold(word: str) -> str:
    return fold(word)


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if word[0].isalnum() or word[0] == "_":
            folded = _fold(word)
            keys = _ABBREVIATIONS.get(folded, (folded,))
        else:
            keys = ()
        out.append(_Tok(word, keys, m.start(), m.end()))
    return out


@lru_cache(maxsize=4)
def _unit_lists(placeholder: str) -> tuple[str, ...]:
    """Every printed list of local units the placeholder stands for (see _UNIT_LISTS): two to four
    units in any order, "," or "và" before the last, "các" before the first or before each."""
    from itertools import permutations

    units, required = _UNIT_LISTS[placeholder]
    out = [f"các {unit}" for unit in required]
    for size in range(2, 5):
        for combo in permutations(units, size):
            if not any(unit in required for unit in combo):
                continue
            for glue in (", ", " và "):
                for each in (False, True):
                    items = [f"các {unit}" if each else unit for unit in combo]
                    head = ", ".join(items[:-1])
                    out.append(f"{head}{glue}{items[-1]}")
                    if not each:
                        out.append(f"các {head}{glue}{items[-1]}")
    return tuple(out)


def _expand_levels(variant: str, every_list: bool = True) -> list[str]:
    """The variant's forms with its placeholders filled; `every_list=False` fills a unit list with one
    list only (enough where only the first words matter)."""
    out = [variant]
    for placeholder in _UNIT_LISTS:
        if placeholder in variant:
            values = _unit_lists(placeholder) if every_list else _unit_lists(placeholder)[:1]
            out = [v.replace(placeholder, value) for v in out for value in values]
    for placeholder, values in _LEVEL_PLACEHOLDERS.items():
        out = (
            [v.replace(placeholder, value) for v in out for value in values]
            if placeholder in variant
            else out
        )
    return out


@lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    data = json.loads(files("indexer").joinpath("data/agencies.json").read_text(encoding="utf-8"))
    try:
        return tuple(Agency(a["name"], a["kind"], tuple(a.get("variants", ()))) for a in data["agencies"])
    except (KeyError, TypeError) as exc:
        raise ValueError(f"indexer/data/agencies.json: malformed entry ({exc})") from exc


@lru_cache(maxsize=1)
def _trie() -> tuple[dict, dict[str, str]]:
    """(trie over folded words, canonical name → kind)."""
    root: dict = {}
    kinds = {}
    for agency in agencies():
        kinds[agency.name] = agency.kind
        for variant in (agency.name, *agency.variants):
            for form in _expand_levels(variant):
                keys = [k for tok in _tokens(form) for k in tok.keys]
                node = root
                for key in keys:
                    node = node.setdefault(key, {})
                node.setdefault(_TERMINAL, agency.name)
    return root, kinds


@lru_cache(maxsize=1)
def _first_words() -> dict[str, frozenset[str]]:
    """Folded first word of the gazetteer's names → the ways the names write it ("so" → "sở"): a
    word written with other marks ("chuyển đổi số VHTTDL") does not begin a name."""
    out: dict[str, set[str]] = {}
    for agency in agencies():
        for variant in (agency.name, *agency.variants):
            for form in _expand_levels(variant, every_list=False):
                toks = [t for t in _tokens(form) if t.is_word]
                if toks:
                    out.setdefault(toks[0].keys[0], set()).add(normalize_tones(toks[0].text.lower()))
    return {k: frozenset(v) for k, v in out.items()}


def _may_begin(tok: _Tok) -> bool:
    if fold(tok.text) == tok.text.lower():
        return True  # written without marks (typed so, or an abbreviation): any name may begin here
    written = normalize_tones(tok.text.lower())
    forms = _first_words().get(tok.keys[0])
    return forms is None or written in forms


@dataclass(frozen=True)
class _Walk:
    end_tok: int  # index after the last token of the longest complete match (or of the partial)
    canonical: str | None
    partial: bool


def _walk(toks: list[_Tok], i: int, prefix: tuple[str, ...] = ()) -> _Walk | None:
    """Longest gazetteer name starting at token i; partial when the text ends inside a name."""
    root, _ = _trie()
    node = root
    for key in prefix:
        node = node[key]
    j, best, words = i, None, 0
    if not prefix and i < len(toks) and toks[i].is_word and not _may_begin(toks[i]):
        return None
    while j < len(toks):
        tok = toks[j]
        if not tok.is_word:
            if words and tok.text in _INNER_PUNCT:
                j += 1
                continue
            break
        for key in tok.keys:
            node = node.get(key)
            if node is None:
                break
        if node is None:
            break
        j += 1
        words += 1
        if _TERMINAL in node:
            best = _Walk(j, node[_TERMINAL], False)
    else:  # the text ended while still inside a trie path
        if words and len(node) > (1 if _TERMINAL in node else 0) and (best is None or best.end_tok < j):
            return _Walk(j, None, True)
    if best is None and words >= 2 and j < len(toks) and toks[j].is_word and toks[j].text[0].isupper():
        # cut short and followed by a new cell, as on a row's first line at a page foot:
        # "Các sở, ban, | Các cơ quan, | Thực hiện"
        return _Walk(j, None, True)
    return best


def _generic_end(toks: list[_Tok], i: int, text: str) -> int | None:
    """Token index after an unknown agency name starting at i (up to a separator or end)."""
    if not _generic_at(text, toks[i].start):
        return None
    j = i + 1
    while j < len(toks) and toks[j].text not in _SEPARATORS and toks[j].text not in "()":
        if toks[j].is_word and toks[j].text in _SEPARATOR_WORDS:
            break
        if j > i + 1 and toks[j].is_word and not toks[j].is_lower and _walk(toks, j) is not None:
            break  # a known name follows without a separator: a new cell
        j += 1
    return j


_HEAD_LEADS = (("gom",), ("bao", "gom"), ("la",))


def _head_at(toks: list[_Tok], i: int) -> tuple[tuple[str, ...], int, int] | None:
    """A shared head at token i: "Các Sở:" or "Các Bộ:", maybe after "gồm"/"bao gồm"/"là" →
    (the head's key, the token after the colon, the colon's end)."""
    for lead in _HEAD_LEADS:
        if tuple(k for t in toks[i : i + len(lead)] for k in t.keys) == lead and all(
            t.is_lower for t in toks[i : i + len(lead)]
        ):
            k = i + len(lead)
            break
    else:
        k = i
    keys = [t.keys for t in toks[k : k + 2]]
    if keys in ([("cac",), ("so",)], [("cac",), ("bo",)]) and k + 2 < len(toks) and toks[k + 2].text == ":":
        return keys[1], k + 3, toks[k + 2].end
    return None


def agency_run(text: str, filler: bool = True) -> AgencyRun:
    """Read agencies from the start of `text` while they form one list (joined by , ; : và ( )).

    With filler=False the list must be names and separators only: no words around a name
    ("UBND cấp xã thực hiện") and no unknown lower-case piece.
    """
    _, kinds = _trie()
    toks = _tokens(text)
    items: list[AgencyItem] = []
    i, depth, prefix, end = 0, 0, (), 0
    after_separator = True
    while i < len(toks):
        tok = toks[i]
        if tok.text in _SEPARATORS or tok.text in "()" or (tok.is_lower and tok.text in _SEPARATOR_WORDS):
            if not items:
                break
            depth += {"(": 1, ")": -1}.get(tok.text, 0)
            after_separator, i, end = True, i + 1, tok.end
            continue
        if not tok.is_word:
            break
        if not after_separator:
            if filler and tok.is_lower and items and not items[-1].partial:
                i, end = i + 1, tok.end  # filler after a name: "UBND cấp xã thực hiện;"
                continue
            break  # a capitalised word without a separator begins a new cell
        head = _head_at(toks, i)
        if head is not None:
            prefix, i, end = head  # "Các Sở: Tài chính, Tư pháp", "(gồm các Bộ: Tài chính, …"
            continue
        walk = (_walk(toks, i, prefix) if prefix else None) or _walk(toks, i)
        if walk is not None:
            j = walk.end_tok
            items.append(
                AgencyItem(
                    tok.start,
                    toks[j - 1].end,
                    walk.canonical,
                    walk.partial,
                    depth > 0,
                    kinds.get(walk.canonical or "", ""),
                )
            )
            i, end, after_separator = j, toks[j - 1].end, False
            if walk.partial and i < len(toks):
                break  # a name cut short: the cell ends here
            continue
        j = _generic_end(toks, i, text) if not tok.is_lower else None
        if j is None and filler and tok.is_lower and items:
            # a lower-case piece after a separator stays in the cell ("cơ quan khác")
            j = i + 1
            while j < len(toks) and toks[j].is_word and toks[j].text not in _SEPARATOR_WORDS:
                j += 1
        if j is None:
            break
        items.append(AgencyItem(tok.start, toks[j - 1].end, None, False, depth > 0, ""))
        i, end, after_separator = j, toks[j - 1].end, False
    at_end = i >= len(toks)
    is_open = bool(items) and at_end and (items[-1].partial or after_separator)
    return AgencyRun(end, tuple(items), is_open)


def agency_starts(text: str) -> bool:
    """Does `text` begin (with a capital letter) with an agency name, known or unknown, whole or cut?"""
    text = text.lstrip()
    if not text or not text[0].isupper():
        return False
    return bool(agency_run(text).items)


def _clean_piece(text: str) -> str:
    return fold_spaces(clean_text(text)).strip(" ,;:.()-")


def split_agencies(cell: str) -> list[str]:
    """One table cell → canonical agency names, in order, without duplicates.

    Splits on ";" "," "và" where they separate agencies, never inside a known name; "Các Sở: A, B"
    yields "Sở A", "Sở B"; a collective followed by bracketed departments yields the departments.
    Unknown names are kept cleaned; words around a known name ("thực hiện", "đầu mối") are dropped.
    """
    text = fold_spaces(clean_text(cell))
    out: list[str] = []
    pos = 0
    while pos < len(text):
        run = agency_run(text[pos:])
        items = run.items
        for k, item in enumerate(items):
            if (
                item.kind == "collective"
                and not item.bracketed
                and k + 1 < len(items)
                and items[k + 1].bracketed
            ):
                continue  # the bracketed departments are the ones named
            name = item.canonical or _clean_piece(text[pos + item.start : pos + item.end])
            if name and name not in out:
                out.append(name)
        if run.end <= 0:
            # not an agency: skip to the next separator and try again
            m = re.search(r"[;,]", text[pos:])
            piece = _clean_piece(text[pos : pos + m.start()] if m else text[pos:])
            if piece and piece not in out:
                out.append(piece)
            pos = pos + m.end() if m else len(text)
        else:
            pos += run.end
    return out


def split_printed(cell: str) -> list[tuple[str, str | None]]:
    """One cell → its agencies as printed, one per item, each with its canonical name (None when the
    gazetteer does not know it). Nothing is reworded: the items are pieces of the cell, except that a
    shared head is repeated ("Các Sở: Tài chính, Tư pháp" → "Sở Tài chính", "Sở Tư pháp"). A
    collective followed by bracketed departments keeps both ("Các sở, ban, ngành tỉnh",
    "Sở Nội vụ", ...)."""
    text = fold_spaces(clean_text(cell))
    spans: list[list] = []  # [start, end, canonical, head]
    pos = 0
    while pos < len(text):
        run = agency_run(text[pos:])
        head = _shared_head(text[pos:])
        for item in run.items:
            start, end = pos + item.start, pos + item.end
            word = text[start:end]
            glued = bool(spans) and not re.search(r"[,;:()]|\bvà\b", text[spans[-1][1] : start])
            if glued and item.canonical is None and not word.startswith(("Các ", "các ")):
                spans[-1][1], spans[-1][2] = end, None  # "Ban Tổ chức" + "Trung ương": one printed name
                continue
            if (
                spans
                and item.canonical is None
                and word[:1].islower()
                and not _GENERIC_COLLECTIVE.match(word[:1].upper() + word[1:])
            ):
                spans[-1][1], spans[-1][2] = end, None  # "… công nghệ cao và khu công nghiệp": one name
                continue
            spans.append([start, end, item.canonical, head[0] if head and item.start >= head[1] else ""])
        if run.end <= 0:
            m = re.search(r"[;,]", text[pos:])
            end = pos + m.start() if m else len(text)
            if spans and not re.search(r"[,;:()]|\bvà\b", text[spans[-1][1] : pos]):
                spans[-1][1], spans[-1][2] = end, None  # the name goes on: "Ban Tổ chức Trung ương"
            else:
                spans.append([pos, end, None, ""])
            pos = pos + m.end() if m else len(text)
        else:
            pos += run.end
    out: list[tuple[str, str | None]] = []
    for start, end, canonical, head in spans:
        piece = _clean_piece(text[start:end])
        if head and not piece.lower().startswith(head.lower()):
            piece = f"{head} {piece}"
        if piece and piece not in [p for p, _ in out]:
            out.append((piece, canonical))
    return out


_SHARED_HEAD = re.compile(r"(?:^\s*|\b(?:bao\s+)?gồm\s+|\blà\s+)(?:Các|các)\s+(Sở|sở|Bộ|bộ)\s*:")


def _shared_head(text: str) -> tuple[str, int] | None:
    """("Sở", offset after the colon) for a cell with a shared head: "Các Sở: …", "(gồm các Bộ: …"."""
    m = _SHARED_HEAD.search(text)
    return (m.group(1)[0].upper() + m.group(1)[1:], m.end()) if m else None


def canonical_agency(text: str) -> str:
    """A variant's canonical name ("Ủy ban nhân dân cấp xã" → "UBND cấp xã"); unknown text comes back cleaned."""
    names = split_agencies(text)
    known = {a.name for a in agencies()}
    if len(names) == 1 and names[0] in known:
        return names[0]
    return _clean_piece(text)


_DOCUMENT_NUMBER = re.compile(r"(?<!\w)\d+[a-z]?(?:/\d{4})?/[^\W\d_][\w.]*(?:-[^\W_][\w.]*)+", re.UNICODE)


def find_agencies(text: str) -> list[str]:
    """Canonical names of the known agencies mentioned in free text (accents optional), in order."""
    return list(_agencies_in(text))


@lru_cache(maxsize=8192)
def _agencies_in(text: str) -> tuple[str, ...]:
    """find_agencies, remembered: the gazetteer is fixed for the process and the same passages and
    questions are read many times while one question is answered."""
    return tuple(dict.fromkeys(canonical for canonical, _ in _found_in(text)))


def printed_agencies(text: str, of: Iterable[str] | None = None) -> list[str]:
    """The known agencies mentioned in free text as printed there ("Công an thành phố", "UBND tỉnh"), in
    order (find_agencies gives their canonical names); `of`: only those of these canonical names."""
    wanted = None if of is None else set(of)
    return list(
        dict.fromkeys(
            printed for canonical, printed in _found_in(text) if wanted is None or canonical in wanted
        )
    )


@lru_cache(maxsize=8192)
def _found_in(text: str) -> tuple[tuple[str, str], ...]:
    """(canonical name, printed words) of every known agency the text mentions, in order."""
    cleaned = clean_text(text)
    toks = _tokens(cleaned)
    # "617/KH-UBND", "140/NQ-CP": an issuer's letters inside a document's number name no agency
    numbers = [m.span() for m in _DOCUMENT_NUMBER.finditer(cleaned)]
    out: list[tuple[str, str]] = []
    i, prefix = 0, ()
    while i < len(toks):
        if numbers and any(start < toks[i].start < end for start, end in numbers):
            i += 1
            continue
        if (
            [t.keys for t in toks[i : i + 2]] == [("cac",), ("so",)]
            and i + 2 < len(toks)
            and toks[i + 2].text == ":"
        ):
            prefix, i = ("so",), i + 3  # "Các Sở: Tài chính, Tư pháp" until the sentence ends
            continue
        if _digital_so(toks, i):
            i += 1
            continue
        walk = (_walk(toks, i, prefix) if prefix else None) or _walk(toks, i)
        if walk is not None and walk.canonical and not walk.partial:
            out.append((walk.canonical, cleaned[toks[i].start : toks[walk.end_tok - 1].end]))
            i = walk.end_tok
            continue
        if toks[i].text in ".;?!()":
            prefix = ()
        i += 1
    return tuple(out)


# words that make a compound with "số" (digital): typed without marks, "nen tang so du lich" is "nền tảng số
# du lịch", no "Sở Du lịch"
DIGITAL_BEFORE = frozenset(
    "nen tang|ha tang|chuyen doi|kinh te|xa hoi|chinh phu|chinh quyen|cong dan|ky nang|du lieu|doanh nghiep"
    "|do thi|thu vien|hoc lieu".split("|")
)


def _digital_so(toks: list[_Tok], i: int) -> bool:
    """Whether token i is "so" typed without marks right after a word pair that "số" completes."""
    if toks[i].text != "so" or i < 2:
        return False
    before = " ".join(t.keys[0] for t in toks[i - 2 : i] if t.keys)
    return before in DIGITAL_BEFORE


def is_known_name(name: str) -> bool:
    """Whether `name` is one agency of the gazetteer under one of its own names ("Bộ VHTTDL", "UBTVQH"),
    not a longer name that merely contains one ("Trung tâm Chuyển đổi số VHTTDL")."""
    found = find_agencies(name)
    return len(found) == 1 and len(fold(name)) <= len(fold(found[0])) + 2


def agency_kind(name: str) -> str:
    """ "department", "body", "local", "collective" for a canonical name; "" when unknown."""
    return _trie()[1].get(name, "")
