"""A document's outline as `Clause` records: plans' I. / 1. / 1.1. / a) / - / +, laws' Phần / Chương /
Mục / Điều / khoản / điểm, plus the preamble, the "Nơi nhận" list and the signature block.

The parser reads only the text's own signals. A line opens a clause when it starts with a marker whose
numbering is plausible where it stands: the next number/letter after its previous sibling, or a first
one (1, a, I) under a parent that may hold it. So a wrapped line that happens to start with "2. " or
"a) " in the middle of item 5 stays text, and "30/4/2025 ..." or "2208/TTr-STP ..." never look like
markers. A file can hold several documents (a Quyết định followed by the Kế hoạch it issues): after a
document's closing (recipients, signature, or a "./." end mark) a new all-caps document title starts a
new part, whose paths and labels get the part's own prefix ("KH:II.1", "Kế hoạch, Mục II, khoản 1") so
that paths stay unique. Clauses stop at the appendix heading ("PHỤ LỤC" / "Phụ lục"); its tables are
parsed elsewhere. Markers and the lines that frame a document are recognised in `indexer.numbering`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from indexer.clean import is_noise_line
from indexer.numbering import (
    ALPHABET,
    END_MARK,
    RECIPIENTS,
    SIGN_PREFIX,
    SIGNED,
    SIGNER,
    Marker,
    doc_title,
    is_caps,
    is_header,
    is_name,
    parse_marker,
)
from indexer.records import Clause

_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?!\w)\s*(.*)$")
_APPENDIX_NUMBER = re.compile(r"^(?:số\s+)?[IVXLC\d]+[a-z]?\s*(?:[.:\-–].*)?$", re.IGNORECASE)
# Which marker kinds may open directly under which (bullets are handled separately: under anything).
_CHILDREN = {
    "root": {"phan", "chuong", "dieu", "roman", "num"},
    "phan": {"chuong", "dieu", "roman", "num"},
    "chuong": {"muc", "dieu", "roman", "num"},
    "muc": {"dieu"},
    "dieu": {"num", "alpha"},
    "roman": {"num", "alpha"},
    "num": {"sub", "alpha"},
    "sub": {"sub", "alpha"},
    "alpha": set(),
}
_TITLE_MAX = 200


@dataclass(frozen=True)
class Outline:
    clauses: tuple[Clause, ...]
    appendix_start: int | None  # original line number of the appendix heading, None when there is none


@dataclass(eq=False)
class _Node:
    kind: str  # a marker kind, "root", "preamble", "recipients" or "signature"
    marker: Marker | None = None
    parent: _Node | None = None
    lines: list[tuple[int, str]] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)


@dataclass(eq=False)
class _Part:
    """One document inside the file, with its own numbering."""

    root: _Node = field(default_factory=lambda: _Node("root"))
    nodes: list[_Node] = field(default_factory=list)  # every clause node in reading order
    stack: list[_Node] = field(default_factory=list)  # open outline nodes, outermost first
    state: str = "preamble"  # preamble, body, recipients, signature
    signed_by_name: bool = False
    kind_title: str = ""  # "KẾ HOẠCH" when the part has such a title line
    last: dict[str, int] = field(
        default_factory=dict
    )  # numbering that runs through the part: roman, dieu, ...

    def open(
        self, kind: str, n: int, text: str, marker: Marker | None = None, parent: _Node | None = None
    ) -> None:
        node = _Node(kind, marker, parent, [(n, text)])
        if parent is not None:
            parent.children.append(node)
        self.nodes.append(node)

    @property
    def current(self) -> _Node | None:
        return self.nodes[-1] if self.nodes else None


def find_appendix_start(lines: Sequence[tuple[int, str]]) -> int | None:
    """The original line number of the first appendix heading ("PHỤ LỤC", "Phụ lục II: ..."), or None."""
    for n, text in lines:
        m = _APPENDIX.match(text.strip())
        # "Phụ lục", "PHỤ LỤC II", "Phụ lục 2: Danh mục ..." or an all-caps heading; not "Phụ lục kèm theo"
        if m and (not m.group(1) or is_caps(text) or _APPENDIX_NUMBER.match(m.group(1))):
            return n
    return None


def parse_outline(doc: str, lines: Sequence[tuple[int, str]]) -> Outline:
    """Parse cleaned `(original line number, text)` lines of a whole document into clauses."""
    if not isinstance(doc, str) or not doc.strip():
        raise ValueError("parse_outline: doc must be a non-empty file name")
    content: list[tuple[int, str]] = []
    previous = 0
    for item in lines:
        n, text = item
        if not isinstance(n, int) or n <= previous:
            raise ValueError(
                f"{doc}: line numbers must be increasing integers >= 1, got {n!r} after {previous}"
            )
        previous = n
        text = (text or "").strip().lstrip("\ufeff")
        if text and not is_noise_line(text):
            content.append((n, text))
    appendix = find_appendix_start(content)
    body = [(n, t) for n, t in content if appendix is None or n < appendix]
    parts = _parse_parts(body)
    return Outline(_emit(doc, parts), appendix)


# ---------------------------------------------------------------- reading the lines into parts and nodes


def _parse_parts(body: list[tuple[int, str]]) -> list[_Part]:
    parts = [_Part()]
    prev_text = ""
    for n, text in body:
        part = parts[-1]
        closed = part.state in ("recipients", "signature")
        ends_text = part.state == "body" and bool(END_MARK.search(prev_text))
        # "BỘ TRƯỞNG" after the "Nơi nhận" list signs this document; it does not head the next one
        signs = part.state == "recipients" and _signer_title(text)
        if not signs and (
            (closed and (doc_title(text) or is_header(text))) or (ends_text and doc_title(text))
        ):
            part = _Part()
            parts.append(part)
        if RECIPIENTS.match(text):
            part.state, part.stack = "recipients", []
            part.open("recipients", n, text)
        elif _signature_starts(text, part, prev_text):
            if part.state == "signature" and not part.signed_by_name:
                part.current.lines.append((n, text))  # type: ignore[union-attr]
            else:
                part.state, part.stack, part.signed_by_name = "signature", [], False
                part.open("signature", n, text)
        elif part.state == "signature":
            if SIGNED.match(text) or (not part.signed_by_name and is_name(text)):
                part.signed_by_name = part.signed_by_name or is_name(text)
                part.current.lines.append((n, text))  # type: ignore[union-attr]
            else:  # whatever follows a finished signature belongs to the next document in the file
                part = _Part()
                parts.append(part)
                _read_line(part, n, text, prev_text)
        elif part.state == "recipients":
            part.current.lines.append((n, text))  # type: ignore[union-attr]
        else:
            _read_line(part, n, text, prev_text)
        prev_text = text
    return parts


def _read_line(part: _Part, n: int, text: str, prev_text: str) -> None:
    """A line of the preamble or the body: a new outline node, or the continuation of the current one."""
    if part.state == "preamble" and not part.kind_title and (title := doc_title(text)):
        part.kind_title = title
    marker = parse_marker(text, prev_text)
    if (
        marker is None
        and part.state == "body"
        and _CLOSING.match(text)
        and (not prev_text or prev_text.rstrip().endswith((".", ";", ":", "./.")))
    ):
        part.stack = []  # the closing paragraph of a plan: a unit of its own, under nothing
        part.open("closing", n, text, None, part.root)
        return
    if marker is not None and part.state in ("preamble", "body"):
        parent = _place(part, marker)
        if parent is not None:
            _accept(part, marker, parent)
            part.state = "body"
            part.open(marker.kind, n, text, marker, parent)
            part.stack.append(part.current)  # type: ignore[arg-type]
            return
    if part.current is None:
        part.open("preamble", n, text)
    else:
        part.current.lines.append((n, text))


_CLOSING = re.compile(
    r"^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện)|Quá trình (?:tổ chức )?"
    r"(?:triển khai|thực hiện)(?: Kế hoạch| Quyết định| Chỉ thị)?,? (?:nếu|có)|Yêu cầu (?:các|Thủ trưởng|Giám đốc)"
    r"[^.]{0,200}(?:nghiêm túc|triển khai|thực hiện)[^.]{0,80}\./\.)"
)


def _signer_title(text: str) -> bool:
    return bool(SIGNER.match(text)) and is_caps(text) and len(text.split()) <= 8


def _signature_starts(text: str, part: _Part, prev_text: str) -> bool:
    if SIGN_PREFIX.match(text) and is_caps(text):
        return True
    if _signer_title(text):
        # a lone signer title; in a preamble it is the issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
        return part.state != "preamble" or bool(END_MARK.search(prev_text))
    return False


def _place(part: _Part, m: Marker) -> _Node | None:
    """The node the marker opens under, or None when its numbering does not fit where it stands."""
    if m.kind == "bullet":
        if not part.stack:
            return None
        for depth in range(len(part.stack) - 1, -1, -1):
            node = part.stack[depth]
            if node.kind != "bullet":
                break
            if node.marker.value == m.value:  # type: ignore[union-attr]
                return node.parent
        return part.stack[-1]
    for node in reversed([part.root, *part.stack]):
        if m.kind == "sub" and node.kind in ("num", "sub") and _number(node) != m.value[:-1]:  # type: ignore[index]
            continue  # "1.2" opens under item 1, next to "1.1", not under "1.1"
        if m.kind in _CHILDREN.get(node.kind, ()):
            return node if _fits(part, node, m) else None
    return None


def _number(node: _Node) -> tuple[int, ...]:
    value = node.marker.value if node.marker else ()
    return (value,) if isinstance(value, int) else value  # type: ignore[return-value]


def _fits(part: _Part, parent: _Node, m: Marker) -> bool:
    siblings = [c for c in parent.children if c.kind == m.kind]
    prev = siblings[-1].marker.value if siblings else None  # type: ignore[union-attr]
    if m.kind in ("roman", "chuong", "phan", "dieu"):
        last = part.last.get(m.kind)
        if m.kind == "dieu":
            # "Điều 5a" may follow "Điều 5"
            return last is None or m.value == last + 1 or (m.value == last and m.token != str(last))
        return m.value == (last or 0) + 1 or (m.value == 1 and prev is None and parent.kind != "root")
    if m.kind in ("num", "muc"):
        if prev is not None:
            return m.value == prev + 1
        if m.kind == "num" and parent.kind == "root" and part.state == "preamble":
            return m.value == 1
        # plans may number items on across sections (II: 1-6, III: 7-9); khoản restart in every Điều
        continued = part.last.get("num@roman") if parent.kind == "roman" else None
        return m.value == 1 or (m.kind == "num" and continued is not None and m.value == continued + 1)
    if m.kind == "sub":
        if _number(parent) != m.value[:-1]:  # type: ignore[index]
            return False
        return m.value[-1] == (prev[-1] + 1 if prev else 1)  # type: ignore[index]
    if m.kind == "alpha":
        if prev is None:
            return m.value == "a"
        i = ALPHABET.index(prev)  # type: ignore[arg-type]
        return m.value == ALPHABET[i + 1 : i + 2] or (prev == "d" and m.value == "e")  # "đ" may be skipped
    return False


def _accept(part: _Part, m: Marker, parent: _Node) -> None:
    while part.stack and part.stack[-1] is not parent:
        part.stack.pop()
    if m.kind in ("roman", "chuong", "phan", "dieu"):
        part.last[m.kind] = m.value  # type: ignore[assignment]
    elif m.kind == "num":
        part.last[f"num@{parent.kind}"] = m.value  # type: ignore[assignment]


# ---------------------------------------------------------------- turning nodes into clauses


def _emit(doc: str, parts: list[_Part]) -> tuple[Clause, ...]:
    clauses: list[Clause] = []
    seen: set[str] = set()
    used_prefixes: set[str] = set()
    for index, part in enumerate(parts):
        path_prefix, label_prefix = "", ""
        if index > 0:
            kind = part.kind_title or "PHẦN"
            abbr = "".join(w[0] for w in kind.split()) if part.kind_title else f"P{index + 1}"
            if abbr in used_prefixes:
                abbr = f"{abbr}{index + 1}"
            used_prefixes.add(abbr)
            path_prefix = f"{abbr}:"
            label_prefix = f"{kind.capitalize()}, " if part.kind_title else f"Phần {index + 1}, "
        for node in part.nodes:
            path, label = _path_label(node)
            path, label = path_prefix + path, label_prefix + label
            if path in seen:
                k = 2
                while f"{path}#{k}" in seen:
                    k += 1
                path, label = f"{path}#{k}", f"{label} ({k})"
            seen.add(path)
            titles = tuple(_title(a) for a in _ancestors(node))
            text = join_wrapped([t for _, t in node.lines])
            kind = node.kind if node.kind in ("preamble", "recipients", "signature") else "clause"
            span = (node.lines[0][0], node.lines[-1][0])
            clauses.append(
                Clause(doc=doc, path=path, label=label, titles=titles, lines=span, text=text, kind=kind)
            )
    return tuple(clauses)


def _ancestors(node: _Node) -> list[_Node]:
    chain = []
    parent = node.parent
    while parent is not None and parent.kind != "root":
        chain.append(parent)
        parent = parent.parent
    return chain[::-1]


def _path_label(node: _Node) -> tuple[str, str]:
    special = {"preamble": ("preamble", "Phần mở đầu"), "recipients": ("noi-nhan", "Nơi nhận")}
    special["signature"] = ("chu-ky", "Chữ ký")
    special["closing"] = ("ket-luan", "Phần kết")
    if node.kind in special:
        return special[node.kind]
    m, parent = node.marker, node.parent
    assert m is not None and parent is not None
    ppath, plabel = _path_label(parent) if parent.kind != "root" else ("", "")

    def under(own_path: str, own_label: str) -> tuple[str, str]:
        return (f"{ppath}.{own_path}" if ppath else own_path), (
            f"{plabel}, {own_label}" if plabel else own_label
        )

    if m.kind == "phan":
        return f"Phần {m.value}", f"Phần {m.token.lower() if ' ' in m.token else m.token}"
    if m.kind == "chuong":
        return f"Chương {m.token}", f"Chương {m.token}"
    if m.kind == "dieu":
        return f"Điều {m.token}", f"Điều {m.token}"
    if m.kind == "muc":
        return under(f"Mục {m.token}", f"Mục {m.token}")
    if m.kind == "roman" or (m.kind == "num" and parent.kind in ("root", "phan", "chuong")):
        return under(m.token, f"Mục {m.token}")
    if m.kind == "num":
        return under(m.token, f"khoản {m.token}")
    if m.kind == "sub":
        return under(m.token.split(".")[-1], f"tiểu mục {m.token}")
    if m.kind == "alpha":
        return under(m.token, f"điểm {m.token}")
    same = [c for c in parent.children if c.kind == "bullet" and c.marker.value == m.value]  # type: ignore[union-attr]
    i = next(k for k, c in enumerate(same, 1) if c is node)
    return under(f"{m.value}{i}", f"ý {i}")


def _title(node: _Node) -> str:
    """A clause's heading as its children's context: an all-caps run of lines, or its first sentence."""
    texts = [t for _, t in node.lines]
    m = node.marker
    if m is not None and m.kind in ("roman", "chuong", "phan", "muc") and (not m.rest or is_caps(m.rest)):
        heading = [texts[0]]
        for t in texts[1:]:
            if not is_caps(t):
                break
            heading.append(t)
        return _shorten(join_wrapped(heading))
    text = join_wrapped(texts)
    head = text[: len(texts[0]) - len(m.rest)] if m is not None else ""
    rest = text[len(head) :]
    found = re.search(r"[.;:!?](?=\s|$)", rest)
    if found and found.group(0) == ":" and len(rest[: found.start()].split()) <= _OPENING_WORDS:
        # "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh": a word or two that open what the colon
        # introduces (whom the part asks) say nothing of it alone
        found = _SENTENCE_END.search(rest, found.end())  # (none: the whole heading)
    return _shorten(head + (rest[: found.end()] if found else rest))


_OPENING_WORDS = 2  # a heading's words before its colon that are an opening, not a title ("Đề nghị:")
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")


def _shorten(text: str) -> str:
    text = text.strip()
    if len(text) <= _TITLE_MAX:
        return text
    cut = text[:_TITLE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + " …"


def join_wrapped(texts: Sequence[str]) -> str:
    """Join a clause's lines with single spaces; a line ending in a word + "-" ("140/NQ-") joins without one."""
    out = ""
    for t in texts:
        t = t.strip()
        if not t:
            continue
        if out and re.search(r"\w-$", out) and t[0].isalnum():
            out += t
        else:
            out = f"{out} {t}" if out else t
    return out
