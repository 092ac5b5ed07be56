"""Tasks written as prose: a numbered, lettered or dashed item followed by labels such as
"Cơ quan chủ trì:", "Đơn vị thực hiện:", "Cơ quan phối hợp:", "Thời gian thực hiện:",
"Thời hạn hoàn thành:", "Sản phẩm:" — labels and values that wrap over lines ("Thời" /
"gian hoàn thành: …", "Sở Khoa" / "học và Công nghệ"). Each such item becomes a task record whose
name is the item's text. Where the items carry only a time label under a heading that names an
agency ("1.2. Sở Tài chính – Cơ quan thường trực …" followed by dash items), the heading's agency
leads them. "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với …" splits into the lead and the
coordinating bodies as printed.

Reads only the text's own signals: list markers, labels, agency names at the start of a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from indexer import agencies as ag
from indexer import columns as col
from indexer.records import Task

LEAD, COORD, DEADLINE, OUTPUT, CONTENT = "lead", "coordinating", "deadline", "output", "content"

_LABELS: tuple[tuple[str, str], ...] = (
    (COORD, r"(?:cơ quan|đơn vị)\s+phối\s+hợp(?:\s+thực\s+hiện)?(?:\s*\([^)]{0,40}\))?"),
    (
        LEAD,
        r"(?:cơ quan|đơn vị)\s+(?:chủ\s+trì|thực\s+hiện|chịu\s+trách\s+nhiệm)(?:\s+thực\s+hiện)?"
        r"(?:\s*\([^)]{0,40}\))?",
    ),
    (LEAD, r"chủ\s+trì(?:\s+thực\s+hiện)?"),
    (DEADLINE, r"thời\s+(?:gian|hạn|điểm)(?:\s+(?:thực\s+hiện|hoàn\s+thành|ban\s+hành|triển\s+khai|trình))?"),
    (DEADLINE, r"tiến\s+độ(?:\s+(?:thực\s+hiện|hoàn\s+thành))?"),
    (OUTPUT, r"(?:sản\s+phẩm|kết\s+quả)(?:\s+(?:đầu\s+ra|dự\s+kiến|cần\s+đạt))?"),
    (CONTENT, r"nội\s+dung(?:\s+thực\s+hiện)?"),
)
_LABEL = re.compile(
    r"(?:(?<=^)|(?<=[\s.;:\-–+]))(?:"
    + "|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(_LABELS))
    + r")\s*:\s*",
    re.IGNORECASE,
)
_MARKER = re.compile(
    r"^\s*(?P<m>(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})[.)]|[a-zđ]\)|\(\d{1,2}\)|[-+•–])\s*(?P<rest>.*)$"
)
_ACTIVITY = re.compile(r"^(?:Hoạt động|Nhiệm vụ|Công việc)\s+\d+\b", re.IGNORECASE)
_ROLE_WORDS = re.compile(r"\s+(?:chủ trì|là cơ quan chủ trì|làm đầu mối)\b", re.IGNORECASE)
_QUALIFIER = re.compile(r"(?:có liên quan|liên quan|theo chức năng|trên địa bàn|cấp|thuộc|trực thuộc)\b")
_RESPONSIBLE = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ)\s+(?:của\s+)?(?P<who>.+)$", re.IGNORECASE)
_MEMBERS = re.compile(
    r"\(\s*(?:gồm|bao gồm)\s+(?:các\s+)?(?:Sở|Cục|Vụ|Ban|Bộ|Phòng|Trung tâm)\s*:", re.IGNORECASE
)
_WITH = re.compile(r"\bphối hợp(?: với)?\b", re.IGNORECASE)


@dataclass
class _Item:
    marker: str
    lines: list[tuple[int, str]] = field(default_factory=list)
    marker_line: int | None = None  # the line of a marker printed alone ("**4.**" over the item's text)

    @property
    def first_line(self) -> int:
        return self.marker_line if self.marker_line is not None else self.lines[0][0]

    def text(self) -> tuple[str, list[tuple[int, int]]]:
        """The item's text joined with spaces, and (offset, line number) where each line starts."""
        out, starts, pos = [], [], 0
        for n, t in self.lines:
            t = t.strip()
            if not t:
                continue
            starts.append((pos, n))
            out.append(t)
            pos += len(t) + 1
        return " ".join(out), starts


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    line = starts[0][1]
    for pos, n in starts:
        if pos > offset:
            break
        line = n
    return line


def _is_label_start(text: str, following: str) -> bool:
    probe = f"{text} {following}".strip()
    m = _LABEL.search(probe[:80])
    return bool(m) and m.start() == 0


def _items(lines: Sequence[tuple[int, str]]) -> list[_Item]:
    """Lines grouped into list items; a marker alone on its line takes the next line's text; a
    line that starts with a label belongs to the item it labels."""
    texts = [(n, t.strip()) for n, t in lines]
    items: list[_Item] = [_Item("")]
    i = 0
    absorbing = False  # "+" sub-items that belong to the dash item before them
    while i < len(texts):
        n, t = texts[i]
        if not t:
            i += 1
            continue
        m = _MARKER.match(t)
        following = next((u for _, u in texts[i + 1 :] if u), "")
        if m:
            rest = m["rest"]
            if not rest:  # "-" or "1.2." alone: the text is on the next line
                rest = following
            if _is_label_start(rest, following if m["rest"] else ""):
                items[-1].lines.append((n, rest if m["rest"] else t))
            elif m["m"] == "+" and (absorbing or _opens_parts(items[-1])):
                # "- Phối hợp hướng dẫn … Trong đó:" + "+ Sở X: …": the parts of one item
                absorbing = True
                items[-1].lines.append((n, t))
            else:
                absorbing = False
                items.append(_Item(m["m"], [(n, m["rest"])] if m["rest"] else [], None if m["rest"] else n))
            i += 1
            continue
        items[-1].lines.append((n, t))
        i += 1
    return [it for it in items if it.lines]


def _opens_parts(item: _Item) -> bool:
    """A dash item without labels whose text ends with ":" ("… Trong đó:"): the "+" items after it are
    its parts, and a label after them ("Thời gian thực hiện: …") is the whole item's."""
    if not item.lines:
        return False
    text = " ".join(t for _, t in item.lines).strip()
    if not text.endswith(":"):
        return False
    labels = list(_LABEL.finditer(text))
    if not labels:
        return item.marker in ("-", "–", "•")
    # "a) Hoạt động 1 - Nội dung:" and the "+" items that say it
    last = labels[-1]
    kind = next(k.rstrip("0123456789") for k, v in last.groupdict().items() if v)
    return kind == CONTENT and last.end() >= len(text)


def _split_lead(value: str) -> tuple[str, str]:
    """ "Sở Nội vụ chủ trì, phối hợp với A, B" → ("Sở Nội vụ", "A, B"); otherwise (value, "")."""
    m = _ROLE_WORDS.search(value)
    if m:
        lead = value[: m.start()].strip(" ,;:.")
        rest = value[m.end() :]
        w = _WITH.search(rest)
        return lead, (rest[w.end() :].strip(" ,;:.") if w else "")
    run = ag.agency_run(value, filler=False)
    rest = value[run.end :].strip() if run.items else ""
    if rest[:1].islower() and len(rest.split()) >= 3 and not _QUALIFIER.match(rest):
        return value[: run.items[-1].end].strip(" ,;:."), ""  # "Sở X tiến hành rà soát …": the agency
    return value.strip(" ,;:."), ""


def _heading_agency(text: str) -> str | None:
    """The agency a heading names at its start ("Sở Tài chính - Cơ quan thường trực …" → "Sở Tài chính")."""
    text = text.strip(" *:")
    responsible = _RESPONSIBLE.match(text)
    if responsible and len(text) <= 220:
        return responsible["who"].strip(" :.") or None  # "Trách nhiệm của …": whoever it names
    if not col.looks_agency(text) or len(text) > 220:
        return None
    if _MEMBERS.search(text):  # "Các cơ quan … (gồm các Sở: Xây dựng, Công Thương, …)": the members count
        return text.strip(" ,.;") or None
    head = re.split(r"\s+[-–]\s+|\s*\(|:\s*", text, maxsplit=1)[0]
    return head.strip(" ,.;") or None


def _agency_subitems(items: Sequence[_Item], start: int) -> list[_Item]:
    """The dash or plus items from `start` that begin with an agency's name and carry no label."""
    out = []
    for item in items[start:]:
        text = item.text()[0]
        if item.marker not in ("-", "+", "•", "–") or not item.marker or _LABEL.search(text):
            break
        if not ag.agency_run(text, filler=False).items:
            break
        out.append(item)
    return out


_TITLE_CHARS = 200  # of a heading kept as its group's title (and the lines that print them)
_ROMAN = re.compile(r"[IVXLC]{1,6}[.)]")
_DECIMAL = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?")


def _level(marker: str) -> int | None:
    """The rank of a numbered marker in the usual outline (smaller is higher): "II." over "1." over "1.2."
    over "1)" over "a)" over "(1)"; None for dashes and unmarked text."""
    if not marker or marker in "-+•–":
        return None
    if _ROMAN.fullmatch(marker):
        return 0
    if _DECIMAL.fullmatch(marker):
        return 1 + marker.rstrip(".").count(".")
    if marker[:-1].isdigit() and marker.endswith(")"):
        return 8
    if marker.startswith("("):
        return 10
    return 9  # "a)"


@dataclass
class _Heading:
    level: int
    marker: str
    title: str
    lead: str | None
    lines: tuple[int, int]


def _under(stack: list[_Heading], level: int | None) -> None:
    """Close the headings a numbered item of `level` ends: its siblings and what stands under them ("4."
    after "3.2." belongs to the section over "3.", not to "3.2.")."""
    if level is None:
        return
    while stack and stack[-1].level >= level:
        stack.pop()


# "Thời gian thực hiện sau khi …", "Thời hạn hoàn thành trong năm 2025": a time label printed with no colon, at the
# start of a line, before the words a time opens with
_BARE_TIME = re.compile(
    r"(?:Thời\s+gian|Thời\s+hạn)\s+(?:thực\s+hiện|hoàn\s+thành)\s+"
    r"(?=(?:sau\s+khi|trước|trong|từ|kể\s+từ|năm|quý|tháng|hằng|hàng|thường\s+xuyên|theo)\b)"
)


def _bare_time(text: str, starts: list[tuple[int, int]]) -> re.Match | None:
    """A time label with no colon that opens a line of the item after its first; None otherwise."""
    for pos, _ in starts[1:]:
        m = _BARE_TIME.match(text, pos)
        if m is not None:
            return m
    return None


_DASHES = ("-", "•", "–")  # an item's marker that is no number
_BULLETS = (*_DASHES, "+")


def _only_item_of(heading: _Heading | None, items: Sequence[_Item], index: int) -> _Heading | None:
    """The numbered heading a dash item is the only item of, right under it and with no other item before the
    heading's next sibling or the end ("5. Tổ chức …" / "- Các nội dung … bao gồm:" / "+ …" / "- Cơ quan thực
    hiện: …" / "6. …"); None otherwise, or when the heading names an agency (the one that leads its items)."""
    if heading is None or heading.lead or index == 0 or items[index - 1].first_line != heading.lines[0]:
        return None
    nxt = next((it for it in items[index + 1 :] if it.marker not in _BULLETS), None)
    rest = items[index + 1 : items.index(nxt) if nxt is not None else len(items)]
    if any(it.marker in _DASHES for it in rest):
        return None  # another dash item under the heading: each is a task of its own
    if nxt is not None and (_level(nxt.marker) is None or _level(nxt.marker) > heading.level):
        return None
    return heading


def prose_tasks(doc: str, lines: Sequence[tuple[int, str]]) -> list[Task]:
    """Every labelled prose task of a document (cleaned lines with their 1-based numbers). A task's group
    is the heading it stands under; its lead, when no label gives one, is the agency the nearest such
    heading names (recorded as inherited, with the heading's lines)."""
    tasks: list[Task] = []
    stack: list[_Heading] = []
    items = _items(lines)
    skip_to = 0
    for index, item in enumerate(items):
        if index < skip_to:
            continue  # an agency sub-item of the task before ("+ Sở X chủ trì, phối hợp với …")
        text, starts = item.text()
        if not text:
            continue
        labels = list(_LABEL.finditer(text))
        kinds = [next(k.rstrip("0123456789") for k, v in m.groupdict().items() if v) for m in labels]
        if not labels and (bare := _bare_time(text, starts)) is not None:
            # "6. Tổ chức triển khai … / Thời gian thực hiện sau khi Chiến lược … được ban hành.": a time said
            # on a line of its own with no colon
            labels, kinds = [bare], [DEADLINE]
        level = _level(item.marker)
        _under(stack, level)
        if not any(k in (LEAD, COORD, DEADLINE, OUTPUT) for k in kinds):
            if level is not None:
                span = (item.first_line, _line_at(starts, min(len(text), _TITLE_CHARS) - 1))
                stack.append(
                    _Heading(
                        level, item.marker.rstrip(".)"), text[:_TITLE_CHARS], _heading_agency(text), span
                    )
                )
            continue
        parent = stack[-1] if stack else None
        first, number = item.first_line, item.marker.rstrip(".)") if item.marker not in "-+•–" else ""
        # (a dash item that holds parts, "- Các nội dung … bao gồm:" over "+ …" lines, describes its heading's task;
        # one that says a task of its own, "- Tổng hợp kết quả … Thời gian hoàn thành: …", is that task)
        holds_parts = any(t.lstrip().startswith("+") for _, t in item.lines[1:])
        own = _only_item_of(parent, items, index) if item.marker in _DASHES and holds_parts else None
        if own is not None:
            # "5. Tổ chức các nội dung hỗ trợ thi hành Luật …" over one dash item, "- Các nội dung … bao gồm: …",
            # and the labels: the numbered heading is the task, the dash item says what it holds
            stack.pop()
            first, number = own.lines[0], own.marker
            parent = stack[-1] if stack else None
        group, group_title = (parent.marker, parent.title) if parent else ("", "")
        led_by = next((h for h in reversed(stack) if h.lead), None)
        values: dict[str, str] = {}
        ends: list[int] = []
        for k, (kind, m) in enumerate(zip(kinds, labels, strict=True)):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
            value = text[m.end() : end].strip(" -+;")
            if kind not in values and value:
                values[kind] = value  # as printed, its full stop too ("Trước ngày 30/11/2025.")
                ends.append(end)
        name = text[: labels[0].start()].strip(" -+:;") if labels else text
        if own is not None:
            # (the heading names the task; the dash item says what it holds, kept after it as printed)
            name = ": ".join(filter(None, [own.title.strip(" -+:;*"), name.rstrip(" :")]))
        if (not name or _ACTIVITY.match(name) and len(name) < 40) and values.get(CONTENT):
            name = f"{name}: {values[CONTENT]}".strip(": ") if name else values[CONTENT]
        if len(name) < 3:
            continue
        lead_text, coord_text = values.get(LEAD, ""), values.get(COORD, "")
        last_line = None
        inherited: tuple[tuple[str, int, int], ...] = ()
        if lead_text:
            lead_text, more = _split_lead(lead_text)
            coord_text = coord_text or more
        elif LEAD in kinds and (subs := _agency_subitems(items, index + 1)):
            # "- Cơ quan thực hiện:" with the agencies as "+" items under it, each with its part
            parts = [_split_lead(sub.text()[0]) for sub in subs]
            lead_text = "; ".join(dict.fromkeys(lead for lead, _ in parts if lead))
            coord_text = coord_text or "; ".join(dict.fromkeys(c for _, c in parts if c))
            last_line = subs[-1].lines[-1][0]
            skip_to = index + 1 + len(subs)
        elif led_by is not None and led_by.lead:
            lead_text = led_by.lead
            inherited = ((LEAD, *led_by.lines),)
        if not lead_text and DEADLINE not in values and OUTPUT not in values:
            continue
        last = _line_at(starts, max(ends) - 1) if ends else item.lines[-1][0]
        if last_line is not None:
            last = max(last, last_line)
        tasks.append(
            Task(
                doc=doc,
                group=group,
                group_title=group_title,
                number=number,
                name=name,
                lead=tuple(p for p, _ in ag.split_printed(lead_text)) if lead_text else (),
                coordinating=tuple(p for p, _ in ag.split_printed(coord_text)) if coord_text else (),
                output=values.get(OUTPUT),
                deadline=values.get(DEADLINE),
                lines=(first, max(first, last)),
                lead_text=lead_text,
                coordinating_text=coord_text,
                lead_ids=tuple(ag.split_agencies(lead_text)) if lead_text else (),
                coordinating_ids=tuple(ag.split_agencies(coord_text)) if coord_text else (),
                source="prose",
                inherited=inherited,
                group_lines=parent.lines if parent else None,
            )
        )
    return tasks
