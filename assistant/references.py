"""Cross-references inside a document, followed: a cited passage that says "Chủ trì triển khai các nhiệm vụ
tại mục (IV)(3.4)(a)" or "Phối hợp … thực hiện các nhiệm vụ quy định tại các điểm c, g mục 1, điểm d mục 3
Phần III Điều 1 Quyết định này" points to items of the same document; the answer quotes those items too,
each cited to its own lines, so that the reader sees what the reference stands for.

Two ways of writing a reference are read, from the text's own numbering words:
- inner to outer: "điểm c, g mục 1 … Phần III", "điểm a khoản 2 Điều 5", "khoản 1 Điều này";
- outer to inner, in brackets: "mục (IV)(3.4)(a)", "mục (IV) (4.1) (4.2)".
A reference is followed only when it resolves to clauses of the cited document's outline (its paths:
"III.1.c", "IV.3.4.a", "Điều 5.2.a"); a reference to another document ("… của Luật Đất đai") and a whole
article ("Điều 31") are left as printed.

Reads the index view only (clauses); never the documents.
"""

from __future__ import annotations

import re
from dataclasses import replace
from weakref import WeakKeyDictionary

from assistant import compose
from assistant.evidence import Terms
from assistant.index_view import IndexView
from assistant.messages import say
from assistant.types import Citation
from indexer.records import Clause
from indexer.text import fold, nfc

MAX_FOLLOWED = 4  # referenced items quoted, at most, per answer
MAX_LINES = 80  # a referenced item longer than this many lines (a whole part) is not quoted

_LETTER = r"[a-zđ]"
_LETTERS = rf"{_LETTER}(?:\s*(?:,|va)\s*(?:diem\s+)?{_LETTER}(?![\w]))*"  # "d, đ", "a và điểm b"
_NUM = r"\d{1,2}(?:\.\d{1,2})*"
_NUMS = rf"{_NUM}(?:\s*(?:,|va)\s*{_NUM}(?![\d.]))*"
_ROMAN = r"[ivxlc]{1,6}"
# inner to outer: a run of items "[điểm L[, L…]] mục|khoản|tiểu mục N[, N…]", then what they stand in
# ("Phần III", "Mục II", "Điều 5", "Điều này"), which holds for every item of the run
_SEG = rf"(?:diem {_LETTERS}\s+)?(?:tieu muc|muc|khoan) {_NUMS}(?![\w.])"
_SEG_PARTS = re.compile(rf"(?:diem ({_LETTERS})\s+)?(?:tieu muc|muc|khoan) ({_NUMS})(?![\w.])")
_OUTER = re.compile(
    rf"^\s*,?\s*(?:(?:cua\s+)?\b(?:phan|muc|chuong) ({_ROMAN})\b)?(?:\s*,?\s*(?:cua\s+)?\bdieu (\d{{1,3}}|nay)\b)?"
)
_RUN = re.compile(rf"\b{_SEG}(?:\s*(?:,|;|va)\s*(?:cac\s+)?{_SEG})*")
# "điểm b Mục II", "điểm a Phần III Điều 1": letters straight under a part
_LETTER_ONLY = re.compile(
    rf"\bdiem ({_LETTERS})\s*,?\s*(?:cua\s+)?\b(?:phan|muc) ({_ROMAN})\b(?:\s*,?\s*(?:cua\s+)?\bdieu (\d{{1,3}}|nay)\b)?"
)
# outer to inner, bracketed: "mục (IV)(3.4)(a)", "mục (IV) (4.1) (4.2)"
_BRACKETED = re.compile(rf"\b(?:muc|phan)\s*((?:\(\s*(?:{_ROMAN}|{_NUM}|{_LETTER})\s*\)\s*){{2,4}})")
# a reference to another document, not to this one: after the reference (and any others chained to it, "khoản
# 2 Điều 7 và khoản 3 Điều 8 Nghị định số 15/2020/NĐ-CP"), a document named by its kind and number or name
_CHAINED = re.compile(
    r"^(?:[\s,;.]|\b(?:va|hoac|cua|tai|theo|quy dinh|diem|khoan|tieu muc|muc|dieu|phan|chuong|[a-z]|[ivxlc]+)\b|\d+)*"
)
_OTHER_KIND = re.compile(
    r"^(?:(?:luat|bo luat|hien phap|phap lenh)\s+(?!nay\b)\w|(?:nghi dinh|nghi quyet|thong tu(?: lien tich)?|quyet dinh"
    r"|ke hoach|chi thi|quy dinh|quy che|cong van|van ban|chuong trinh|huong dan|ket luan|thong bao)\s+(?:so\s+)?\d)"
)
_SPLIT = re.compile(r"\s*(?:,|\bva\b)\s*")


def _other_document(tail: str) -> bool:
    """Whether the text after a reference names the document it is in ("… Điều 7 Nghị định số 15/2020/NĐ-CP",
    "… của Luật Đất đai"), skipping references chained to it."""
    rest = tail[_CHAINED.match(tail).end() :]
    return bool(_OTHER_KIND.match(rest))


def _items(text: str, pattern: str) -> list[str]:
    return [p for p in _SPLIT.split(text) if re.fullmatch(pattern, p)]


def _letters(printed: str) -> list[str]:
    """The point letters of a span as printed ("d, đ" stays two letters: folding would make "đ" a "d")."""
    return re.findall(r"(?<!\w)([a-zđ])(?!\w)", printed.lower())


def references(text: str) -> list[list[str]]:
    """The outline paths (as lists of components, outermost first; "?" for the article the text stands in)
    the text refers to, in order, each once."""
    text = nfc(text)
    f = fold(text).lower()
    if len(f) != len(text):
        return []
    out: list[list[str]] = []
    for m in _BRACKETED.finditer(f):
        if _other_document(f[m.end() :]):
            continue
        parts = re.findall(r"\(\s*([^()]+?)\s*\)", text[m.start(1) : m.end(1)].lower())
        # a roman head ("(IV)"); one letter is a point unless a number follows it ("(c)(d)": two points)
        is_roman = re.fullmatch(_ROMAN, parts[0]) and (len(parts[0]) > 1 or re.fullmatch(_NUM, parts[1]))
        head = [parts[0].upper()] if is_roman else []
        rest = parts[1:] if head else parts
        numbers = [p for p in rest if re.fullmatch(_NUM, p)]
        letters = [p for p in rest if re.fullmatch(r"[a-zđ]", p)]
        if len(numbers) > 1 and not letters:  # "(IV) (4.1) (4.2)": siblings
            out += [head + n.split(".") for n in numbers]
        else:
            out.append(head + [c for n in numbers for c in n.split(".")] + letters)
    for m in _RUN.finditer(f):
        tail = _OUTER.match(f[m.end() :])
        roman, article = tail.groups() if tail else (None, None)
        after = m.end() + (tail.end() if tail else 0)
        if _other_document(f[after:]) or not (roman or article):
            continue  # ("mục 3" alone: which part's item 3 is not said)
        outer = [roman.upper()] if roman else []
        if article:
            outer = [f"Điều {article}" if article != "nay" else "?"] + outer
        for seg in _SEG_PARTS.finditer(f, m.start(), m.end()):
            numbers = seg.group(2)
            letters = _letters(text[seg.start(1) : seg.end(1)]) if seg.group(1) else []
            for number in _items(numbers, _NUM):
                base = outer + number.split(".")
                out += [base + [x] for x in letters] if letters else [base]
    for m in _LETTER_ONLY.finditer(f):
        roman, article = m.group(2), m.group(3)
        if _other_document(f[m.end() :]):
            continue
        outer = ([f"Điều {article}"] if article and article != "nay" else []) + [roman.upper()]
        out += [outer + [x] for x in _letters(text[m.start(1) : m.end(1)])]
    unique: list[list[str]] = []
    for path in out:
        if path not in unique:
            unique.append(path)
    return unique


_OUTLINES: WeakKeyDictionary = WeakKeyDictionary()  # view → doc → {path: clause}, built once per document


def _by_path(view: IndexView, doc: str) -> dict[str, Clause]:
    by_doc = _OUTLINES.setdefault(view, {})
    if doc not in by_doc:
        by_doc[doc] = {c.path: c for c in view.clauses(doc)}
    return by_doc[doc]


def _resolve(view: IndexView, doc: str, cited: Clause | None, path: list[str]) -> Clause | None:
    """The clause of `doc` at `path`, read in the cited clause's part ("KH:" of a plan a decision issues:
    its own items, never the decision's) and article ("Điều này"); a leading "Điều 1" that the outline does
    not print is dropped ("Phần III Điều 1 Quyết định này": Phần III is the outline's first level)."""
    by_path = _by_path(view, doc)
    prefix = ""
    article = ""
    if cited is not None:
        if ":" in cited.path:
            prefix = cited.path.split(":", 1)[0] + ":"
        head = cited.path[len(prefix) :].split(".")[0]
        article = head if head.startswith("Điều ") else ""
    if path and path[0] == "?":
        if not article:
            return None
        path = [article, *path[1:]]
    tries = [path]
    if path and path[0].startswith("Điều ") and len(path) > 1 and not path[1].isdigit():
        tries.append(path[1:])  # "… Phần III Điều 1": the parts of Điều 1 are the outline's first level
    for candidate in tries:
        if len(candidate) < 2:
            continue  # a whole article or part is too much to quote
        key = prefix + ".".join(candidate)
        if key in by_path:
            return by_path[key]
    return None


def _subtree(view: IndexView, clause: Clause) -> list[Clause]:
    """The clause and the items under it, in document order."""
    by_path = _by_path(view, clause.doc)
    under = [c for p, c in by_path.items() if p == clause.path or p.startswith(clause.path + ".")]
    return sorted(under, key=lambda c: c.lines[0])


def _cited_text(view: IndexView, citation: Citation) -> str:
    """What a citation quotes, whole: its quote, or the clauses of its lines when the quote was cut."""
    if not citation.quote.endswith("…"):
        return citation.quote
    inside = [c.text for c in _by_path(view, citation.doc).values()
              if citation.lines[0] <= c.lines[0] and c.lines[1] <= citation.lines[1]]  # fmt: skip
    return " ".join(inside) or citation.quote


def follow(view: IndexView, text: str, citations: list[Citation], lang: str) -> tuple[str, list[Citation]]:
    """The answer text and citations with the items its cited passages refer to quoted and cited after it
    (unchanged when they refer to none, or only to what is already cited)."""
    if not citations or [c.n for c in citations] != list(range(1, len(citations) + 1)):
        return text, citations
    cites = compose.CitationList(view.docs, Terms(frozenset(), frozenset()), list(citations))
    cited_spans = {(c.doc, c.lines) for c in citations}
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for citation in citations:
        paths = references(_cited_text(view, citation))
        if not paths:
            continue
        owner = _clause_at(view, citation.doc, citation.lines[0])
        for path in paths:
            target = _resolve(view, citation.doc, owner, path)
            if target is None or (target.doc, target.path) in seen:
                continue
            seen.add((target.doc, target.path))
            tree = _subtree(view, target)
            first, last = tree[0].lines[0], max(c.lines[1] for c in tree)
            if last - first > MAX_LINES or (target.doc, (first, last)) in cited_spans:
                continue
            if any(c.doc == target.doc and c.lines[0] <= first and last <= c.lines[1] for c in citations):
                continue  # (already quoted within a cited passage)
            quote = " ".join(c.text for c in tree)
            n = cites.add(target.doc, (first, last), target.label, quote)
            lines.append(say(lang, "referenced", label=target.label, quote=compose.short_quote(quote), n=n))
            if len(lines) >= MAX_FOLLOWED:
                break
        if len(lines) >= MAX_FOLLOWED:
            break
    if not lines:
        return text, citations
    return text + "\n" + "\n".join(lines), cites.items


def _clause_at(view: IndexView, doc: str, line: int) -> Clause | None:
    """The innermost clause of `doc` that holds the line."""
    best = None
    for c in _by_path(view, doc).values():
        if c.lines[0] <= line <= c.lines[1] and (
            best is None or c.lines[1] - c.lines[0] <= best.lines[1] - best.lines[0]
        ):
            best = c
    return best


def with_references(view: IndexView, outcome, lang: str):
    """The outcome with the items its cited passages refer to followed (an abstention is unchanged)."""
    if outcome.abstained or not outcome.citations:
        return outcome
    text, cited = follow(view, outcome.text, list(outcome.citations), lang)
    if len(cited) == len(outcome.citations):
        return outcome
    return replace(outcome, text=text, citations=cited)


_REFERRED: WeakKeyDictionary = WeakKeyDictionary()  # view → (doc, path, text) → the referred items' text
MAX_REFERRED_CHARS = 600  # a referred item longer than this (a whole article or part) lends no words


def referred_text(view: IndexView, doc: str, path: str, text: str) -> str:
    """The text of the items of `doc` that `text`, a passage standing over the clause at `path`, refers to in
    its own article or part: "2. Trường hợp người lao động không thuộc đối tượng quy định tại khoản 1 Điều
    này thì …" stands for what khoản 1 says ("Người lao động đang hưởng trợ cấp thất nghiệp …"); "" when it
    refers to none."""
    cache = _REFERRED.setdefault(view, {})
    key = (doc, path, text)
    if key not in cache:
        cited = _by_path(view, doc).get(path)
        said = []
        for ref in references(text):
            if ref[0].startswith("Điều "):
                continue  # (another article's item: "khoản 1 Điều 31" names who, not what this item is about)
            target = _resolve(view, doc, cited, ref)
            if (
                target is not None
                and path != target.path
                and not path.startswith(target.path + ".")
                and len(target.text) <= MAX_REFERRED_CHARS
            ):
                said.append(target.text)
        cache[key] = " ".join(said)
    return cache[key]


# --- the other way: who is given an item, by a reference to it ----------------------------------------
_REFERRERS: WeakKeyDictionary = WeakKeyDictionary()


def _referrers(view: IndexView, doc: str) -> dict[str, list[Clause]]:
    """For each clause path of `doc`, the clauses of `doc` that refer to it ("Chi cục Hải quan khu vực V:
    a) Chủ trì triển khai các nhiệm vụ tại mục (IV)(3.4)(a)" refers to IV.3.4.a), built once per view."""
    by_doc = _REFERRERS.setdefault(view, {})
    out = by_doc.get(doc)
    if out is None:
        out = {}
        for clause in view.clauses(doc):
            for path in references(clause.text):
                target = _resolve(view, doc, clause, path)
                if target is not None and target.path != clause.path:
                    out.setdefault(target.path, []).append(clause)
        by_doc[doc] = out
    return out


_LEADS = re.compile(r"\bchu tri\b")


def referrers_under(view: IndexView, doc: str, path: str) -> list[Clause]:
    """The clauses of `doc` that refer to the item at `path` or to one under it ("mục (IV)(4.3)" of IV), once
    each, in document order."""
    found: dict[str, Clause] = {}
    for target, clauses in _referrers(view, doc).items():
        if target == path or target.startswith(path + "."):
            for clause in clauses:
                found.setdefault(clause.path, clause)
    return sorted(found.values(), key=lambda c: c.lines[0])


def gives_lead(clause: Clause) -> bool:
    """Whether a passage gives what it refers to to lead ("Chủ trì triển khai các nhiệm vụ tại mục …")."""
    return bool(_LEADS.search(fold(clause.text)))


def referring(view: IndexView, chunk) -> list[Clause]:
    """The clauses that refer to the item a passage stands in, or to an item it stands under ("mục (IV)(3)"
    gives every point of IV.3): those that give it to lead ("chủ trì") first, then the others; nearest
    first within each."""
    table = _referrers(view, chunk.doc)
    owner = _clause_at(view, chunk.doc, chunk.lines[0]) if table else None
    if owner is None:
        return []
    parts = owner.path.split(".")
    found: list[Clause] = []
    for k in range(len(parts), 1, -1):
        found += [c for c in table.get(".".join(parts[:k]), []) if c not in found]
    return sorted(found, key=lambda c: not gives_lead(c))


def warm(view: IndexView) -> None:
    """Build the outline lookups and the reverse references of every document now (the first question
    about a document is then as fast as the others)."""
    for doc in view.docs:
        _by_path(view, doc)
        _referrers(view, doc)
