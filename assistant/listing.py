"""Listings: a complete structured query over ALL task records — an agency's tasks in a role (lead,
coordinating, either), tasks whose deadline falls in a period — counted, grouped by place and cited; plus
the body clauses that give the agency the lead. Also the overview of a place's documents.

Roles read the canonical ids (Task.lead_ids / coordinating_ids) and the printed cell, so an agency named
inside a collective ("Các Sở: Tài chính, Tư pháp", "Sở Nội vụ và các sở liên quan") is found. Periods are
intervals (indexer.period): "in 2026" matches "2025–2026", "Năm 2025, 2026", "Quý III/2026", "trước ngày
31/3/2026"; "Thường xuyên" and "Hằng năm" are kinds of their own, and "a specific year" is any interval.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from assistant import compose
from assistant.duties import ONE_PASSAGE_CHARS, addressed, asks_duties, duties_of, passage_lines, said_names
from assistant.evidence import Terms, split_sentences, terms
from assistant.glossary import detect_language, english_to_vietnamese, translate_question
from assistant.index_view import IndexView
from assistant.matches import NAMES_APPENDIX, agency_matches
from assistant.matching import section_named, under_title
from assistant.messages import lang_of, say
from assistant.question_rules import (
    BOTH_PARTS,
    COLUMN_WORDS,
    FOR_EACH_ROW,
    NOT_DIGITAL,
    SET_ASIDE_OPENERS,
    blank_column,
    filled_column,
)
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import ASIDE_WORDS, INCLUDE_WORDS, Query
from indexer.agencies import find_agencies
from indexer.period import ANNUAL, REGULAR, parse_period, query_interval
from indexer.records import Chunk, Clause, Task
from indexer.text import fold, normalize_tones, word_runs

TOPIC_NEAR_BEST = 0.85  # … and, of those, the ones within this share of the best-matching row
TOPIC_MIN = 0.5  # a listing with a topic keeps the tasks whose name holds this share of it
# Words of a listing question that say which records to list, not what they are about ("trong Phụ lục",
# "nêu tên … trong cột chủ trì", "thực hiện định kỳ hằng năm"): not a topic filter.
_LISTING_NOISE = re.compile(
    # the parts of the document the question points to ("cả phần tổ chức thực hiện và phụ lục", "kế hoạch
    # này"): where to look, not what the rows are about (before "kế hoạch" alone is read)
    r"\b(?:(?:ca )?(?:phan|muc) to chuc thuc hien|(?:ke hoach|van ban|quyet dinh) nay)\b|"
    r"\bthoi (?:gian|han) (?:trien khai|thuc hien|hoan thanh)\b|\bqu[yi] (?:iv|iii|ii|i|[1-4])\b|\b(?:thuc hien|(?:theo )?chu ky|dinh ky|hang nam|thuong xuyen|nam|tiep theo|hoan thanh|phai|quy|thang|lead|led|due|in"
    # ("moi": "mọi", every; not the "môi" of "môi trường", folded alike)
    r"|annually|regularly|every|year|by|completed?|duoc|deu|moi(?! truong)|phu luc|ke hoach|cot|neu ten|co quan|chu tri"
    r"|phoi hop|giao|trong|nhiem vu|tham gia|trien khai|mot|do|la|gi|appendix|plan|column|named|on their own|own|their"
    # ("so", a department's "Sở"; not the "số" of "chuyển đổi số", "xã hội số": the topic's own word)
    r"|dia phuong|nhung|cac|tinh|thanh pho|"
    + NOT_DIGITAL
    + r"so|rieng|lam|viec|cong viec|xong|co|can|ten|which|what|must"
    r"|tasks?|does|do|have|has|to|be|done|the|of|for|cu the|specific|thoi han|thoi gian|deadline|ghi"
    r"|involved|named|responsible|coordinat\w*|role|vai tro|any|with|all|list|lien quan|nao|dat moc|moc|han (?:cua )?tung(?: viec)?|tung viec|the nao|ra sao|khi nao"
    # ("… có hạn hoàn thành trong năm 2026", "hạn chót": the time column asked by its name)
    # (the question's other words may be out already: "có hạn hoàn thành trong năm 2026" → "hạn năm")
    r"|han(?= (?:hoan thanh|thuc hien|chot|nop|nam|thang|quy|ngay|truoc|trong)\b)|han chot"
    # alternatives and what is set aside ("năm cụ thể hoặc hàng năm chứ không phải Thường xuyên")
    r"|hoac|chu khong phai|chu khong|khong phai|or|not|rather than|other than|except|single|range|pham vi|multi|exactly|alone|duy nhat|trien khai thoi gian"
    # how the body's name is printed in the cell ("trực tiếp hoặc ghi trong ngoặc", "directly or in brackets")
    r"|truc tiep|gian tiep|(?:ghi )?(?:trong )?(?:dau )?ngoac(?: don)?|directly|in (?:brackets|parentheses)"
    # the kind of row and the table's own name ("những chỉ tiêu nào", "phụ lục phân công …")
    r"|chi tieu|kem theo|kem (?:qd|quyet dinh)|phan cong|danh muc|danh sach|tong hop"
    # the drafting body's role and the kind of row it drafts ("là cơ quan soạn thảo những văn bản nào")
    r"|soan thao|van ban"
    # a group named by its number ("nhóm III"), and "của từng nhiệm vụ": which rows, each, not what about
    r"|nhom [ivx]{1,4}|nhom \d{1,2}|nhom nhiem vu|tung"
    # the time column's own name and the years of the period asked ("scheduled for 2026-2028": "tiến độ")
    r"|tien do|scheduled?|giai doan|(?:19|20)\d\d"
    # ("What financial tasks does the appendix set out": "nêu", how the document says them)
    r"|neu(?! ten)|de ra|dat ra|tat ca|toan bo"
    # ("Which activities in the appendix …": the row noun, not "hoạt động hòa giải", what rows are about)
    r"|hoat dong(?= (?:phu luc|ke hoach|trong|nao|gi|tien do|hang nam|thuong xuyen)\b|\s*$))\b"
)


@dataclass(frozen=True)
class Listing:
    text: str
    citations: list[Citation]
    abstained: bool
    count: int = 0
    off_topic: int = 0  # topic words of the question that no task name in scope uses
    own: int = 0  # passages of the agency's own part of the text, quoted for a duties question


_DOCUMENT_KIND_EN = (
    r"(?:plan|programme|program|decision|resolution|directive|official letter|letter|scheme|list)"
)


def document_years(
    view: IndexView, query: Query, scope: set[str] | None, listing: bool = False
) -> tuple[int, ...]:
    """The years of the question that name a document rather than ask about a time: the period of the
    title of a document in scope, printed as a range ("Kế hoạch … Bắc Ninh 2026-2030"); for a `listing`, also a
    year the title prints after three of its words ("tổng kiểm kê tài sản công 2026"). (A year of a
    document's number or date is not taken for its name: "Quý IV-2025" of a plan of 2025 asks for a period.)"""
    asked = query.years
    if not asked:
        return ()
    titles = " ".join(view.docs[d].title or "" for d in (scope or ()) if d in view.docs)
    # (the year a document in scope is dated: "the culture ministry's end-2025 priority list" of a letter dated
    # 2025, said of the document as below)
    dated = " ".join((view.docs[d].date or "")[:4] for d in (scope or ()) if d in view.docs)
    first, last = str(min(asked)), str(max(asked))
    if len(asked) >= 2 and re.search(rf"(?<!\d){first}\s*[-–]\s*{last}(?!\d)", titles):
        return tuple(asked)
    # ("Which 2030 indicators … of Bắc Ninh plan 144 …" of a plan for "2026 - 2030" whose rows print no
    # time at all: the year that ends the plan's span is its horizon; no row could be told by it. A year
    # inside the span, "2027", is a time the rows do not say)
    rows_in_scope = [t for d in (scope or ()) for t in view.tasks_of(d)]
    if rows_in_scope and not any(t.deadline for t in rows_in_scope):
        spans = [
            (int(a), int(b))
            for a, b in re.findall(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)", titles)
        ]
        if all(any(y == b for _, b in spans) for y in asked):
            return tuple(asked)
    # "Kế hoạch … về bình đẳng giới cuối năm 2025" of a plan titled "… NHIỆM VỤ TRỌNG TÂM CUỐI NĂM 2025 …":
    # the year said with the words the title prints before it names the document
    folded_title, question = " ".join(fold(titles).split()), " ".join(fold(query.question).split())
    # ("… trong tổng kiểm kê tài sản công 2026" of a plan titled "… KIỂM KÊ TÀI SẢN CÔNG … NĂM 2026": a year the
    # title prints, after three words the title prints together, is the title's)
    return tuple(
        y
        for y in asked
        if any(
            f"{m.group(1)}{y}" in folded_title
            for m in re.finditer(rf"(?<!\w)((?:[^\W\d]+ ){{2}}){y}(?!\d)", question)
        )
        # ("Ho Chi Minh City's end-2025 gender equality plan": an English year before the document's kind, which
        # the title prints)
        or (
            (re.search(rf"(?<!\d){y}(?!\d)", folded_title) is not None or str(y) in dated.split())
            # (said of the document: "City's end-2025 … plan", "the 2025 plan"; not "in 2026 under the … plan")
            and (
                re.search(
                    rf"(?:['’]s|\bs|\bthe|\bthis|\bits|\btheir) (?:[a-z]+-)?{y} (?:[a-z-]+ ){{0,4}}{_DOCUMENT_KIND_EN}\b",
                    question,
                )
                # ("the culture ministry's end-2025 priority tasks": a body's year-end priorities, its letter's)
                or re.search(
                    rf"['’]s (?:end-|year-end )?{y} (?:priority|key) (?:tasks|assignments)\b", question
                )
            )
            is not None
        )
        or (
            listing  # (a listing's period; a section whose title prints the year asked is read by the section)
            and re.search(rf"(?<!\d){y}(?!\d)", folded_title) is not None
            and any(
                f" {m.group(1).strip()} " in f" {folded_title} "
                for m in re.finditer(rf"(?<!\w)((?:[^\W\d]+ ){{3}})(?:nam )?{y}(?!\d)", question)
            )
        )
    )


def query_intervals(query: Query) -> list[tuple]:
    """The intervals a question names: each year (or its quarters / months)."""
    out = []
    for year in query.years:
        if query.months:
            out += [query_interval(year, month=m) for m in query.months]
        elif query.quarters:
            out += [query_interval(year, quarter=_QUARTER[q]) for q in query.quarters]
        else:
            out.append(query_interval(year))
    return out


_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4}
# "Năm 2025 và các năm tiếp theo", "từ năm 2025 trở đi": a period that goes on past the year it names
_OPEN_END = re.compile(r"\b(?:cac )?nam tiep theo\b|\btro di\b|\bonwards?\b")


# a time that starts at a point and goes on ("từ … đến khi …", "bắt đầu từ …", "… và thường xuyên")
_GOES_ON = re.compile(
    r"\bden khi\b|\bbat dau\b|\bthuong xuyen\b|\bhang nam\b|\bsau do\b|\buntil\b|\bongoing\b"
)


def _ends_by(period, deadline: str, day: date) -> bool:
    """Whether a time (parsed, and folded as printed) ends by `day`: not "Thường xuyên", nor one that goes on
    ("Từ tháng 11/2025 đến khi kết thúc …", "Bắt đầu từ Quý IV/2025 và thường xuyên", "… và các năm tiếp theo")."""
    return (
        period.is_interval
        and period.end <= day
        and not _OPEN_END.search(deadline)
        and not _GOES_ON.search(deadline)
    )


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:  # "31/11/2025"
        return None


def period_matches(task: Task, query: Query) -> bool:
    """Whether the task's deadline, read as a period, fits the period of the question."""
    return deadline_fits(task.deadline or "", query)


def _span(query: Query) -> bool:
    """Whether the years asked are a run of consecutive years (a span: "2026-2028")."""
    years = sorted(query.years)
    return len(years) >= 2 and years == list(range(years[0], years[-1] + 1))


def deadline_fits(printed: str, query: Query) -> bool:
    """Whether a printed time limit ("Quý IV/2025", "trước ngày 30/11/2025"), read as a period, fits the
    period of the question."""
    if not printed.strip():
        return False
    period = parse_period(printed)
    deadline = fold(printed)
    ok = True
    intervals = query_intervals(query)
    last = _day(query.until)
    if last and not query.before and not query.after:
        # "trước ngày 01/12/2025", "by 15 April 2026": what falls due by that day, whenever it starts (the
        # earlier months' deadlines too)
        ok &= _ends_by(period, deadline, last)
    elif query.before:
        # "trước năm 2027": a time that ends before that year begins ("Năm 2025-2026", "Quý IV/2026"; not
        # "Năm 2026-2027")
        ok &= _ends_by(period, deadline, date(query.before, 1, 1) - timedelta(days=1))
    elif query.after:
        # "từ năm 2027 trở về sau": a time that reaches that year ("2027", "Năm 2028 đến 2030"; not "Thường
        # xuyên", which names no year)
        ok &= period.is_interval and period.end >= date(query.after, 1, 1)
    elif intervals and (query.quarters or query.months):
        # a quarter or a month asks for what falls due then: the task's period ends inside it
        ok &= any(period.is_interval and start <= period.end <= end for start, end in intervals) or (
            # ("Quý I hằng năm", "Tháng 10 hàng năm": that quarter or month of every year falls due in the one asked)
            period.kind == ANNUAL and _prints_quarter_or_month(deadline, query)
        )
    elif intervals and query.within:  # "ghi đúng là “Năm 2026” (không tính các mốc kéo dài 2025-2026)"
        # (a span asked, "giai đoạn 2025-2026", holds "Năm 2025-2026" whole)
        spans = intervals + (
            [(min(s for s, _ in intervals), max(e for _, e in intervals))] if query.span_asked else []
        )
        # ("Năm 2025 và các năm tiếp theo" goes on past its year: not wholly within it)
        ok &= not _OPEN_END.search(deadline) and any(
            period.is_interval and start <= period.start and period.end <= end for start, end in spans
        )
    elif intervals and query.covers:  # "stretching over both 2025 and 2026": a time over each year asked
        # ("Năm 2025 và các năm tiếp theo" goes on over the later years too)
        goes_on = bool(_OPEN_END.search(deadline))
        ok &= period.is_interval and all(
            period.overlaps(start, end) or (goes_on and period.start <= end) for start, end in intervals
        )
    elif intervals:  # a year: any overlap ("2025–2026", "Năm 2025, 2026", "Quý III/2026" are all in 2026)
        ok &= any(period.overlaps(start, end) for start, end in intervals)
    elif query.quarters or query.months:  # "quý III", "tháng 10" of no particular year
        ok &= _prints_quarter_or_month(deadline, query, days=True)
    # kinds of period are alternatives: "năm cụ thể hoặc hàng năm" lists either
    kinds = {
        "hằng năm": lambda: (
            period.kind == ANNUAL
            # ("Quý I/năm 2026", "Tháng 6/năm 2025": a quarter or a month of one year, not "… /năm")
            or bool(re.search(r"\bhang nam\b|\bmoi nam\b|(?<=\w)\s?/\s?nam\b(?!\s*\d)", deadline))
        ),
        "thường xuyên": lambda: period.kind == REGULAR or "thuong xuyen" in deadline,
        "năm cụ thể": lambda: period.is_interval,
        # ("Năm 2025-2026", "Năm 2028 đến 2029"; not "Năm 2025 và các năm tiếp theo", which has no end)
        "nhiều năm": lambda: (
            period.is_interval and period.start.year < period.end.year and not _OPEN_END.search(deadline)
        ),
        # ("Quý IV năm 2025 và các năm tiếp theo", "Năm 2026 trở đi")
        "các năm tiếp theo": lambda: bool(_OPEN_END.search(deadline)),
    }
    asked = [kinds[k] for k in query.periods if k in kinds]
    if asked:
        ok &= any(fits() for fits in asked)
    # "other than “Thường xuyên”": a time of none of the kinds set aside
    # ("other than just “Thường xuyên”": not "Thường xuyên, định kỳ", which says more)
    ok &= not any(
        kinds[k]() and (not query.periods_aside_alone or _kind_alone(deadline, k))
        for k in query.periods_set_aside
        if k in kinds
    )
    if (
        "một năm" in query.periods
    ):  # and, whatever the kind, no more than one year ("Năm 2026", not "2025-2026")
        ok &= period.is_interval and period.start.year == period.end.year and not _OPEN_END.search(deadline)
    return ok


# a (folded) time that is one kind and says nothing more: "Thường xuyên", "Thực hiện thường xuyên", "Hàng năm."
_KIND_ALONE = {
    "thường xuyên": re.compile(r"(?:thuc hien )?thuong xuyen"),
    "hằng năm": re.compile(r"(?:thuc hien )?(?:hang|moi) nam"),
}


def _kind_alone(deadline: str, kind: str) -> bool:
    alone = _KIND_ALONE.get(kind)
    return alone is None or bool(alone.fullmatch(" ".join(re.sub(r"[^\w\s]", " ", deadline).split())))


def _prints_quarter_or_month(deadline: str, query: Query, days: bool = False) -> bool:
    """Whether a (folded) time cell prints a quarter or a month the question asks ("quy iii", "thang 10"; with
    `days`, a date of that month too, "15/10/")."""
    return any(re.search(rf"\bquy {q.lower()}\b", deadline) for q in query.quarters) or any(
        re.search(rf"\bthang 0?{m}\b" + (rf"|(?<!\d)\d{{1,2}}/0?{m}/" if days else ""), deadline)
        for m in query.months
    )


def describe(query: Query, lang: str) -> str:
    bits = []
    if query.agencies:
        verb = say(lang, f"role_{query.role}")
        bits.append(say(lang, "by_agency", names=", ".join(query.agencies), verb=verb))
    if query.provinces:
        bits.append(say(lang, "in_place", places=", ".join(query.provinces)))
    day = _day(query.until)
    if day:  # "trước ngày 26/11/2025": what falls due by that day
        when = [say(lang, "until_day", day=f"{day:%d/%m/%Y}")]
    else:
        when = (
            [say(lang, "before_year", year=query.before)]
            if query.before
            else [say(lang, "from_year", year=query.after)]
            if query.after
            else [f"{min(query.years)}-{max(query.years)}"]
            if query.within and _span(query)
            else [say(lang, "covers_years", first=min(query.years), last=max(query.years))]
            if query.covers
            else [str(y) for y in query.years]
        )
        when += [say(lang, "quarter", q=q) for q in query.quarters]
        when += [say(lang, "month", m=m) for m in query.months]
    names = {
        "hằng năm": "period_annual",
        "thường xuyên": "period_regular",
        "năm cụ thể": "period_specific",
        "một năm": "period_single",
        "nhiều năm": "period_multi",
        "các năm tiếp theo": "period_open",
    }
    when += [say(lang, names[p]) if p in names else p for p in query.periods]
    if query.periods_set_aside:
        other = ", ".join(say(lang, names[p]) for p in query.periods_set_aside if p in names)
        when.append(say(lang, "period_other_than", what=other))
    if when:
        key = "with_deadline_within" if query.within and query.years and not query.before else "with_deadline"
        bits.append(say(lang, key, when=", ".join(when)))
    return " ".join(bits)


# "kế hoạch thực hiện Nghị quyết 66": the resolution a plan implements, which names the plan (see listing_topic)
_IMPLEMENTED = re.compile(
    r"\b(?:ke hoach|chuong trinh(?: hanh dong)?|de an|quyet dinh)\b(?: \w+){0,6}? (?:thuc hien|trien khai|thi hanh)"
    r" ((?:nghi quyet|chi thi|ket luan|quyet dinh|chuong trinh(?: hanh dong)?|ke hoach|luat)(?: so)? \d[\w/-]*)"
)


def listing_topic(query: Query) -> str:
    """What the listing is about beyond its agency and period ("về chuyển đổi số"): folded, noise out."""
    # ("có mấy nhiệm vụ": "mấy", how many, asks; only with its marks, folded it is the "máy" of "máy tính")
    topic = re.sub(r"(?i)(?<!\w)mấy(?!\w)", " ", query.topic)
    if query.count_noun and re.search(rf"\bmay {re.escape(fold(query.count_noun))}\b", fold(query.question)):
        # typed without marks, "co may nhiem vu": the "may" that counts the noun the question counts
        topic = re.sub(r"(?i)(?<!\w)may(?!\w)", " ", topic, count=1)
    for name in query.agencies:
        topic = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", " ", topic)
        topic = re.sub(rf"(?<!\w){re.escape(fold(name))}(?!\w)", " ", fold(topic))
    topic = fold(topic)
    if group_markers(query.question):  # ("trong nhóm nhiệm vụ … (nhóm III)": the group is read by its number)
        topic = re.sub(r"(?<!\w)nhom(?!\w)", " ", topic)
    for month in query.months:  # ("Tháng 11 - 12/2025": the months asked, a period, not what rows are about)
        topic = re.sub(rf"(?<![\w/]){month}(?=\W|$)/?", " ", topic)
    # "… trong kế hoạch thực hiện Nghị quyết 66 của tỉnh": the resolution a plan implements names the plan,
    # not rows (a row may mention it: that is no reason to keep only those)
    for m in _IMPLEMENTED.finditer(fold(query.question)):
        topic = re.sub(rf"(?<!\w){re.escape(m.group(1))}(?!\w)", " ", topic)
    if "các năm tiếp theo" in query.periods:  # ("continue into the following years": the period's own words)
        topic = _OPEN_PERIOD_WORDS.sub(" ", topic)
    return " ".join(_LISTING_NOISE.sub(" ", topic).split())


# the words that say a time goes on (folded): "tiếp tục", "kéo dài sang các năm tiếp theo", "continue into …"
_OPEN_PERIOD_WORDS = re.compile(
    r"\b(?:tiep tuc|tiep dien|keo dai|sang|cac nam|nhung nam|tiep theo|nam sau)\b"
)


_NUMBER_WORD = re.compile(r"(?i)(?<!\w)(?:số|so)\s+(?=\d)")


def _topic_terms(view: IndexView, query: Query, scope: set[str] | None) -> Terms:
    """The listing's topic as terms that can tell task rows apart (see _topic_readings)."""
    return _topic_readings(view, query, scope)[0]


def _topic_readings(view: IndexView, query: Query, scope: set[str] | None) -> tuple[Terms, Terms]:
    """The listing's topic as terms that can tell task rows apart: words of the title of the document the
    question names ("phụ lục Kế hoạch chuyển đổi số doanh nghiệp …") say which document, not which rows,
    and words that no task name in scope uses ("ghi đúng là …") are phrasing, not topic. Two readings: the
    strict one keeps a word pair only when both its words are kept (not "tổng kiểm" of "tổng kiểm kê tài sản
    công", whose other words name the document); the loose one keeps every pair rows use."""
    topic = terms(listing_topic(query))
    if not topic:
        return topic, topic
    in_scope = [t for t in view.tasks if scope is None or t.doc in scope]
    named = _row_words(in_scope, with_time=query.has_period)
    if scope is not None:
        for doc in scope:
            d = view.docs.get(doc)
            if d is not None:  # its title, kind, number and issuer name the document, not rows
                # (not the "số" before a number, "Nghị quyết số 140/NQ-CP": the "số" of "chuyển đổi số" is a
                # topic's word)
                title = terms(_NUMBER_WORD.sub(" ", f"{d.title} {d.kind} {d.number or ''} {d.issuer or ''}"))
                named -= title.unigrams | title.bigrams
    # (a word of the body's name that the topic says in a pair the rows print, "pháp" of "thi hành pháp luật" beside
    # "Sở Tư pháp", is the topic's too)
    agency = _agency_words(query, in_scope)
    paired = {w for p in topic.bigrams if p in named and p not in agency for w in p.split()}
    named -= agency - paired
    unigrams = frozenset(t for t in topic.unigrams if t in named)
    pairs = frozenset(t for t in topic.bigrams if t in named)
    strict = Terms(unigrams, frozenset(t for t in pairs if set(t.split()) <= unigrams))
    loose = Terms(unigrams, pairs)
    # one stray syllable ("chủ" of "chủ quản") is no topic: the listing is the agency's or the period's;
    # nor are syllables each of which the rows use only in other words ("mục" of "mục tiêu", "chi" of "chi
    # nhánh": the question's pairs with them are no row's)
    # (pairs read before the listing's noise words are taken out: "cơ" of "cơ chế" is no "có")
    said = topic.bigrams | terms(fold(query.topic)).bigrams
    rows_say = {p for p in said if p in named}
    stray = {
        w for w in unigrams if any(w in p.split() for p in said) and not any(w in p.split() for p in rows_say)
    }
    none = Terms(frozenset(), frozenset())
    return tuple(
        kept if kept.bigrams or (len(kept.unigrams) >= 2 and not kept.unigrams <= stray) else none
        for kept in (strict, loose)
    )


def _row_words(tasks: list[Task], with_time: bool = False) -> set[str]:
    """The words and word pairs the rows' names and groups (titles, group cells) use; `with_time`: their
    time cells too (a period asked as printed: "thường xuyên, theo chỉ đạo của cơ quan cấp trên")."""
    out: set[str] = set()
    for task in tasks:
        own = terms(f"{task.name} {task.group_title} {_group_cell(task)} {_time_cell(task, with_time)}")
        out |= own.unigrams | own.bigrams
    return out


def _time_cell(task: Task, asked: bool) -> str:
    return (task.deadline or "") if asked else ""


def _has_rows(view: IndexView, scope: set[str] | None, agencies: tuple[str, ...] = ()) -> bool:
    """Whether a task row is in scope (naming one of `agencies`, in either role, of any period, if given)."""
    return any(
        (scope is None or t.doc in scope)
        and (not agencies or any(agency_matches(t, a, "either") for a in agencies))
        for t in view.tasks
    )


def _agency_words(query: Query, in_scope: list[Task]) -> set[str]:
    """The words (and pairs) of the printed names of the question's agencies ("Ngân hàng nhà nước khu vực
    XII" for the State Bank, "Ủy ban nhân dân các phường, xã, đặc khu"): they name the agency, not rows."""
    wanted = set(query.agencies)
    out: set[str] = set()
    for task in in_scope:
        for printed, ids in ((task.lead, task.lead_ids), (task.coordinating, task.coordinating_ids)):
            if wanted & (set(ids) | set(printed)):
                for item in printed:
                    if item in wanted or wanted & set(find_agencies(item)):
                        own = terms(item)
                        out |= own.unigrams | own.bigrams
    return out


def _title_words(view: IndexView, scope: set[str] | None, asked: Terms) -> frozenset[str]:
    """The words of the question that it shares, as pairs, with the title of a document in scope
    ("kế hoạch … tài sản công"): they name the document."""
    if scope is None or len(scope) > 3:
        return frozenset()
    out: set[str] = set()
    for doc in scope:
        d = view.docs.get(doc)
        if d is not None:
            shared = asked.bigrams & terms(f"{d.kind} {d.title}").bigrams
            out |= {w for pair in shared for w in pair.split()}
            # (and the letters of its number, "UBTVQH" of "1339/NQ-UBTVQH15": its issuer's code)
            out |= asked.unigrams & set(re.findall(r"[a-z]{2,}", fold(d.number or "")))
    return frozenset(out)


def rows(view: IndexView, query: Query, scope: set[str] | None, role: str, topic_terms=None) -> list[Task]:
    """Every task record in scope that fits the query's agencies (in `role`), period and topic (and the group
    the question names by its number, "nhóm III", when a table in scope has it)."""
    markers = group_markers(query.question)
    if markers and not any(t.group in markers for t in view.tasks if scope is None or t.doc in scope):
        markers = set()
    out = []
    for task in view.tasks:
        if scope is not None and task.doc not in scope:
            continue
        if markers and task.group not in markers:
            continue
        if query.agencies and not any(agency_matches(task, a, role) for a in query.agencies):
            continue
        if query.has_period and not period_matches(task, query):
            continue
        own = f"{task.name} {task.group_title} {_time_cell(task, query.has_period)}"
        cover = view.stats.coverage(topic_terms, terms(own)) if topic_terms else 1.0
        if cover < TOPIC_MIN:
            continue
        out.append((task, cover))
    # rows that hold the whole topic ("xây dựng Cổng pháp luật") outrank rows that share its common words
    best = max((c for _, c in out), default=0.0)
    return [t for t, c in out if c >= TOPIC_NEAR_BEST * best]


def body_assignments(
    view: IndexView, query: Query, scope: set[str] | None, limit: int = 6, role: str = "lead"
) -> list[tuple]:
    """(clause, sentence) of the body text ("Tổ chức thực hiện") where an agency of the question is given
    the lead ("Sở Tài chính chủ trì, phối hợp với …", "giao Sở Tư pháp chủ trì …") or, for the
    coordinating role, is named after "phối hợp với" ("Sở Tư pháp chủ trì, phối hợp với Sở Tài chính …") or
    is said to work with another ("3. Sở Khoa học và Công nghệ: phối hợp với Sở Tư pháp …"); for "either",
    both."""
    patterns = []
    for agency in query.agencies:
        key = re.escape(fold(agency))
        if role in ("coordinating", "either"):
            # ("… chủ trì, phối hợp với Sở X …"; "3. Sở X: phối hợp với Sở Tư pháp nghiên cứu …", its own part)
            patterns.append(
                re.compile(
                    rf"\bphoi hop voi\b[^.;:]*?(?<!\w){key}(?!\w)|(?<!\w){key}\s*[:,-]?\s*phoi hop voi\b"
                )
            )
            if role == "coordinating":
                continue
        patterns.append(
            re.compile(
                rf"(?<!\w){key}\s*(?:[:,(-]\s*)?(?:la (?:co quan )?)?(?:chu tri|chiu trach nhiem chu tri)\b"
                rf"|\bgiao {key}\s*(?:la (?:co quan )?)?chu tri\b"
                # ("5. Sở Tài chính căn cứ các quy định của pháp luật hiện hành, chủ trì, phối hợp …": the body the
                # sentence opens with, then how, then its lead)
                rf"|^\W*(?:\d{{1,2}}\.\s*)?{key}\s(?:(?!phoi hop)[^.;:]){{0,80}}?,\s*chu tri\b"
            )
        )
    out = []
    for clause in view.clauses():
        if (scope is not None and clause.doc not in scope) or clause.kind != "clause":
            continue
        for sentence in split_sentences(clause.text):
            f = fold(sentence)
            if any(p.search(f) for p in patterns) and (not query.has_period or _mentions_period(f, query)):
                out.append((clause, sentence))
                break
        if len(out) >= limit:
            break
    return out


def _asks_all_duties(query: Query) -> bool:
    """A duties question that names no role or period ("… được giao những nhiệm vụ gì?"): all of it."""
    f = fold(query.question)
    return (
        # ("… responsible for, both in the appendix and in the implementation section?": its own part too)
        (asks_duties(query) or bool(BOTH_PARTS.search(f)))
        and not query.has_period
        and not re.search(r"\bchu tri\b|\bphoi hop\b|\blead|\bcoordinat", f)
    )


_PERIOD_SAID = {"hằng năm": "hang nam", "thường xuyên": "thuong xuyen"}  # kinds of period the text names


def _mentions_period(folded: str, query: Query) -> bool:
    words = [str(y) for y in query.years] + [f"quy {q.lower()}" for q in query.quarters]
    words += [_PERIOD_SAID[p] for p in query.periods if p in _PERIOD_SAID]
    return any(w in folded for w in words)


def answer_listing(view: IndexView, query: Query, scope: set[str] | None) -> Listing:
    """All task records that fit the agency / role / period / topic of the question, counted and cited,
    plus the body clauses that give the agency the lead."""
    lang = lang_of(query.lang)
    naming = document_years(view, query, scope, listing=True)
    if naming:  # "chỉ tiêu nào trong Kế hoạch … 2026-2030 giao Công an tỉnh": the document's years, no period
        query = replace(query, years=tuple(y for y in query.years if y not in naming))
    topic_terms, loose = _topic_readings(view, query, scope)
    # words no row names, beside those of the title of the document in scope (which name the document)
    asked = terms(listing_topic(query))
    off_topic = len(asked.unigrams - loose.unigrams - _title_words(view, scope, asked))
    # "Trong nhóm nhiệm vụ về thi hành pháp luật …, những nhiệm vụ nào có Sở Tư pháp phối hợp?": the body's rows of the
    # one group the question names by its title's words (those words name the group, not rows), in either role
    named_group = set() if group_markers(query.question) else {id(t) for t in _group_said(view, query, scope)}

    def rows_of(role: str) -> list[Task]:
        if named_group:
            return [t for t in rows(view, query, scope, role) if id(t) in named_group]
        return rows(view, query, scope, role, topic_terms)

    found = rows_of(query.role)
    body_role = query.role if query.role in ("coordinating", "either") else "lead"
    body = body_assignments(view, query, scope, role=body_role) if query.agencies else []
    what = describe(query, lang)
    # "Kể tên các nhiệm vụ Sở Tư pháp Hà Tĩnh chủ trì có kết quả là văn bản": the body's rows of that output
    # (the output's words are no topic of the rows' names)
    outputs = asked_outputs(query.question)
    of_output = _of_output(rows(view, query, scope, query.role) if outputs else [], outputs)
    if of_output:
        shown = _output_shown(of_output[0], outputs)
        found, what = of_output, f"{what} {say(lang, 'output_what', value=shown)}".strip()
    # "Sở Tư pháp chủ trì những nhiệm vụ nào không ghi cơ quan phối hợp?", "… carry out on its own, with no
    # coordinating body listed": the body's rows that leave that column empty (none in the other role instead)
    blank = blank_column(query.question, of_body=True) if query.agencies else ""
    if blank:
        named = len(found)
        found = [t for t in found if not _field_text(t, blank)]
        what = f"{what} {say(lang, f'blank_{blank}')}".strip()
        if named and not found:
            return Listing(say(lang, "blank_none_of_rows", what=what, n=named), [], True, 0, off_topic)
    cites = citations(view, query)
    docs = view.docs
    lines: list[str] = []
    if found:
        lines.append(say(lang, "listing_head", n=len(found), what=what))
        lines += task_lines(view, found, cites, lang, query)
    elif query.agencies and query.role in ("lead", "coordinating") and not blank:
        other_role = "coordinating" if query.role == "lead" else "lead"
        others = rows_of(other_role)  # (of the group named, as the rows asked were)
        names = ", ".join(query.agencies)
        if _has_rows(view, scope):
            lines.append(say(lang, "listing_none_in_appendix", what=what))  # (not of a text with no rows)
        if others:
            key = "listing_coordinates_instead" if other_role == "coordinating" else "listing_leads_instead"
            lines.append(say(lang, key, names=names, n=len(others)))
            lines += task_lines(view, others, cites, lang, query)
    # "Sở Công Thương được giao những nhiệm vụ gì?": besides its rows, the agency's own part of the text
    # ("5. Sở Công Thương" and the duties below it), whole
    # ("Chỉ thị 09 giao Sở Xây dựng chủ trì những việc gì?" of a text with no task rows: what its own
    # section gives it is what it leads)
    own_agencies = addressed(query)
    all_duties = bool(own_agencies) and (
        _asks_all_duties(query)
        or (not found and query.role == "lead" and not query.has_period and not _has_rows(view, scope))
    )
    own = (
        duties_of(view, replace(query, agencies=tuple(own_agencies)), scope, strict=False)
        if all_duties
        else []
    )
    own_keys = {(p[1].doc, p[1].lines) for p in own}
    quoted = {(c.doc, c.lines) for c in cites.items}
    body = [(clause, sentence) for clause, sentence in body if (clause.doc, clause.lines) not in quoted]
    if body:  # (not an item a row above already quotes as the agency's own part)
        key = {"coordinating": "listing_body_head_coordinating", "either": "listing_body_head_either"}.get(
            body_role, "listing_body_head"
        )
        lines.append(say(lang, key, names=", ".join(query.agencies)))
        # (one passage alone is quoted at more length, as a duties answer quotes it: "5. Bộ trưởng Bộ Tài chính
        # chủ trì: (1) … (2) … (3) …" whole)
        limit = ONE_PASSAGE_CHARS if len(body) == 1 and not found else compose.MAX_QUOTE
        for clause, sentence in body:
            quote = clause.text if (clause.doc, clause.lines) in own_keys else sentence
            n = cites.clause(clause, quote)
            place = compose.place_of(docs.get(clause.doc))
            lines.append(f"- {place}, {clause.label}: “{compose.short_quote(quote, limit)}” [{n}]")
    own_count = len(own)  # (the agency's own passages, also those a row above quotes as its part)
    if own:
        cited = {(c.doc, c.lines) for c in cites.items}
        own = [p for p in own if (p[1].doc, p[1].lines) not in cited]
        if own:
            lines.append(say(lang, "duties_head", names=said_names(query), n=len(own)))
            lines += passage_lines(view, own, cites)
    if (
        not found
        and not body
        and not cites.items
        and query.agencies
        and query.role != "coordinating"
        and not (query.has_period and _has_rows(view, scope, query.agencies))
    ):
        # no task row and no "X chủ trì" sentence: a section headed by the agency ("3. Bộ Công Thương:")
        # lists its duties in prose (not when rows name the agency, only none of the period asked: "Sở Tư
        # pháp phải hoàn thành những nhiệm vụ nào trong năm 2025?" of a table whose rows for it say "Hằng
        # năm", "Năm 2026" is answered that none is of 2025, not that no table names it)
        sections = heading_sections(view, query, scope, topic_terms)
        if sections:
            names = ", ".join(query.agencies)
            lines = [say(lang, "listing_heading_head", names=names)]
            for chunk in sections:
                n = cites.chunk(chunk)
                place = compose.place_of(docs.get(chunk.doc))
                lines.append(f"- {place}, {chunk.section}: “{compose.short_quote(chunk.text)}” [{n}]")
    if not cites.items:
        one = docs.get(next(iter(scope))) if scope and len(scope) == 1 and not query.provinces else None
        if one is not None and one.kind and one.number:
            # "… theo Quyết định 2597": none in the one document the question reads, said by its name
            doc = f"{one.kind} {one.number}"
            return Listing(
                say(lang, "listing_none_in_doc", what=what, doc=doc), [], True, off_topic=off_topic
            )
        return Listing(say(lang, "listing_none", what=what), [], True, off_topic=off_topic)
    text = "\n".join(lines)
    english = compose.finish_english(text) if lang == "en" else text
    return Listing(english, cites.items, False, len(found), off_topic, own_count)


# "Phụ lục … có những nhiệm vụ nào về pháp điển?", "List the tasks in group VI of the appendix": a listing
# of task rows by their subject or their group, asked with no agency and no period
_ASKS_TASKS = re.compile(
    # ("gồm những nội dung công việc nào": the tasks, in other words)
    r"\b(?:nhung|cac|bao nhieu) (?:nhiem vu|dau viec|phan viec|noi dung cong viec|thu tuc(?: hanh chinh)?|chi tieu"
    r"|hoat dong|du lieu|de an)\b.*"
    r"\b(?:nao|gi)\b"
    r"|\bgom (?:nhung |cac )?(?:nhiem vu|thu tuc|chi tieu|hoat dong|du lieu)\b"
    # ("Liệt kê các nhiệm vụ phải hoàn thành trong quý IV năm 2025 theo Quyết định 2597", "Kể tên những hoạt
    # động …": the rows asked with no question word)
    r"|\b(?:liet ke|ke ten)(?: ra)? (?:tat ca |toan bo )?(?:cac |nhung )?(?:nhiem vu|dau viec|thu tuc|chi tieu"
    r"|hoat dong|de an)\b"
    # ("Nhiệm vụ thuộc mục I Phụ lục … gồm những gì?")
    # ("Nhóm nhiệm vụ chuyển đổi số … gồm những việc gì?")
    r"|\b(?:nhiem vu|hoat dong)\b.*\b(?:gom|bao gom) (?:nhung )?(?:viec |cong viec )?(?:gi|nao)\b"
    # ("What are the priority projects listed in the appendix …?")
    r"|\b(?:what|which|how many|list(?: all)?(?: of)?(?: the)?)(?: (?:are|were) the)? (?:[\w-]+ ){0,2}(?:tasks|procedures"
    r"|indicators|activities|projects|schemes|data items)\b"
    # ("For the priority projects annexed to …, list each project with the body that leads it")
    r"|\blist (?:every|each) (?:[\w-]+ ){0,3}(?:task|project|scheme|indicator|activity|target|procedure)\b"
    # ("For each row in group II of the Đồng Tháp appendix, who leads it?")
    rf"|{FOR_EACH_ROW}"
    # typed as a search: "Các nhiệm vụ về chuyển đổi số trong kế hoạch Hà Tĩnh?", "Tasks about training in …"
    r"|^(?:cac|nhung|tat ca(?: cac)?) (?:nhiem vu|dau viec|phan viec|chi tieu|hoat dong) (?:ve|lien quan (?:den|toi))\b"
    r"|^(?:all )?(?:the )?tasks (?:about|on|related to|relating to|concerning|regarding|dealing with)\b"
)
# a group of the task table named by its marker: "nhóm VI", "mục II của phụ lục", "section VI"
_GROUP_MARKER = re.compile(
    r"(?<!\w)(?:(?:nhóm|nhom)(?: nhiệm vụ| nhiem vu)?|groups?|task groups?"
    r"|(?:mục|muc|phần|phan|section|part)(?=[^.?]*(?:phụ lục|phu luc|appendix|annex)))"
    r"\s+([IVX]{1,5}|\d{1,2})(?!\w)",
    re.IGNORECASE,
)
# ("In the appendix, … the two tasks under section VII": the appendix said first)
_SECTION_MARKER = re.compile(r"(?<!\w)(?:mục|muc|phần|phan|section|part)\s+([IVX]{1,5}|\d{1,2})(?!\w)", re.I)
_SAYS_APPENDIX = re.compile(r"(?<!\w)(?:phụ lục|phu luc|appendix|annex)(?!\w)", re.I)


def group_markers(question: str) -> set[str]:
    """The group markers a question names ("nhóm VI"; "mục II", "section VII" of an appendix it names)."""
    markers: set[str] = set()
    for m in _GROUP_MARKER.finditer(question):
        markers.add(m.group(1).upper())
        end, roman = m.end(), not m.group(1).isdigit()
        if (span := _TO_MARKER.match(question, m.end())) is not None:
            # "nhóm I đến III", "groups I to III": every group between (then "… và V" after the last)
            markers |= _markers_between(m.group(1).upper(), span.group(1).upper())
            end = span.end()
        # (typed in small letters, "nhom ii va iii", the next markers are read in small letters too)
        joined = _AND_MARKER_ANY_CASE if m.group(1).islower() else _AND_MARKER
        while (more := joined.match(question, end)) is not None and more.group(1).isdigit() != roman:
            # "nhóm II và III", "nhóm 1, 2 và 4", "groups II and III": each group named (numbers of one kind)
            markers.add(more.group(1).upper())
            end = more.end()
    for m in _SECTION_MARKER.finditer(question):
        before = question[: m.start()]
        said = _SAYS_APPENDIX.search(before)
        if (
            said
            # ("Ngoài các nhiệm vụ trong phụ lục, mục III của Kế hoạch …": the plan's own part, not the table's)
            and not _SET_APART.search(fold(before[: said.start()]))
            and not _OF_THE_TEXT.match(question[m.end() :])
        ):
            markers.add(m.group(1).upper())
    return markers


_TO_MARKER = re.compile(
    r"\s*(?:đến|den|tới|toi|-|–|to|through)\s*(?:nhóm\s+|nhom\s+|group\s+)?([IVX]{1,5}|\d{1,2})(?!\w)", re.I
)
# (Roman numbers in capitals: "… nhóm II và V…" is no group V)
_AND_MARKER = re.compile(
    r"(?i:\s*(?:,|và|va|and|&)\s*(?:(?:nhóm|nhom|group)\s+)?)([IVX]{1,5}|\d{1,2})(?!\w|[/.,]\d)"
)
_AND_MARKER_ANY_CASE = re.compile(
    r"(?i:\s*(?:,|và|va|and|&)\s*(?:(?:nhóm|nhom|group)\s+)?)((?i:[IVX]{1,5})|\d{1,2})(?!\w|[/.,]\d)"
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def _markers_between(first: str, last: str) -> set[str]:
    """The group markers from `first` to `last`, both Roman or both Arabic; none otherwise."""
    if first in _ROMAN and last in _ROMAN:
        a, b = _ROMAN.index(first), _ROMAN.index(last)
        return set(_ROMAN[a : b + 1]) if a <= b else set()
    if first.isdigit() and last.isdigit() and int(first) <= int(last):
        return {str(n) for n in range(int(first), int(last) + 1)}
    return set()


_SET_APART = re.compile(r"\b(?:ngoai|besides|apart from|except|other than|outside)\b")
_OF_THE_TEXT = re.compile(
    r"(?i)\s*(?:của|cua|thuộc|thuoc|of|in) (?:the )?(?:kế hoạch|ke hoach|quyết định|quyet dinh|văn bản|van ban"
    r"|nghị quyết|nghi quyet|công văn|cong van|plan|decision|resolution|document|letter)\b"
)


GROUP_MIN = 0.6  # a group title that holds this share of the topic (and no less than any one row) is meant
GROUP_SAID = 0.75  # … or whose title the question says for the most part (two rows of a group compared)
# the printed header of a column that groups rows ("Nhóm lĩnh vực dữ liệu", "Lĩnh vực", "Nhóm nhiệm vụ")
_GROUP_HEADER = re.compile(r"^(?:nhom|linh vuc)\b")


def _group_cell(task: Task) -> str:
    """The value of the task's group column, when its table has one (see _GROUP_HEADER)."""
    for header, value in task.extra:
        if value and _GROUP_HEADER.match(fold(header)):
            return value
    return ""


# the rows of a group the question names by its marker, whatever they are ("List the documents in group I")
_ASKS_ROWS_OF_GROUP = re.compile(
    r"\b(?:nhung|cac|bao nhieu) (?:van ban|du an|de an|luat|nghi quyet)\b.*\b(?:nao|gi)\b"
    r"|\bgom (?:nhung |cac )?(?:van ban|du an|de an|luat|nghi quyet)\b"
    r"|\b(?:what|which|how many|list(?: all)?(?: of)?(?: the)?) (?:[\w-]+ ){0,2}(?:documents|items|rows|laws"
    r"|resolutions|projects|schemes|bills)\b"
    # "What does group II of the appendix contain?", "Nhóm II của phụ lục gồm những gì?": what the group holds
    r"|\bwhat (?:does|do|did) (?:task )?(?:group|section|part) (?:[ivx]{1,4}|\d{1,2})\b.*\b(?:contain|include|cover"
    r"|consist of|comprise|list)s?\b"
    r"|\b(?:nhom|muc|phan) (?:[ivx]{1,4}|\d{1,2})\b.*\b(?:gom|bao gom|co) (?:nhung )?(?:gi|nao|noi dung gi)\b"
)


# a group named by its title rather than its marker ("nhóm văn bản thuộc thẩm quyền ban hành của Quốc hội")
_GROUP_TITLED = re.compile(
    r"\bnhom (?:van ban|du an|de an|luat|nghi quyet|nhiem vu)(?: \w+){2}|\bgroups? of (?:texts|documents|laws|bills"
    r"|resolutions|tasks)\b"
)


def asks_tasks(query: Query) -> bool:
    f = fold(query.question)
    return bool(_ASKS_TASKS.search(f)) or (
        bool(_ASKS_ROWS_OF_GROUP.search(f))
        and (
            bool(group_markers(query.question))
            or bool(NAMES_APPENDIX.search(f))
            or bool(_GROUP_TITLED.search(f))
        )
    )


def _appendix_title_words(view: IndexView, scope: set[str] | None) -> frozenset[str]:
    """The words of the appendix titles ("PHỤ LỤC DANH MỤC ĐỀ ÁN ƯU TIÊN …") of the documents in scope
    (at most three): they name what the appendix's rows are."""
    if scope is None or len(scope) > 3:
        return frozenset()
    out: set[str] = set()
    for doc in scope:
        for clause in view.clauses(doc):
            if clause.titles[:1] == ("Phụ lục",) and fold(clause.text).startswith(("phu luc", "danh muc")):
                out |= terms(clause.text).unigrams
    return frozenset(out)


def group_rows(view: IndexView, query: Query, scope: set[str] | None) -> list[Task]:
    """The rows of the one group of a task table the question names by its marker ("nhóm VII") or by
    its title ("nhóm hợp tác quốc tế": most of the title said); [] when it names none, or several."""
    groups: dict[tuple[str, str, str], list[Task]] = {}
    for task in view.tasks:
        if (scope is None or task.doc in scope) and task.group:
            groups.setdefault((task.doc, task.group, task.group_title), []).append(task)
    markers = group_markers(query.question)
    chosen = [key for key in groups if key[1].upper() in markers]
    if not chosen and groups:
        said_all = asked = terms(listing_topic(query))
        # (not the words that ask for two of them, nor those naming the document)
        frame = _title_words(view, scope, asked) | _PAIR_WORDS
        asked = Terms(
            frozenset(w for w in asked.unigrams if w not in frame),
            frozenset(b for b in asked.bigrams if not set(b.split()) <= frame),
        )
        scored = []
        for key in groups:
            title = terms(key[2])
            if len(title.unigrams - {"nhom", "nhiem", "vu"}) >= 2:
                held, said = view.stats.coverage(asked, title), view.stats.coverage(title, asked)
                if held >= GROUP_MIN or said >= GROUP_SAID:
                    scored.append((max(held, said), key))
        best = max((c for c, _ in scored), default=0.0)
        chosen = [key for c, key in scored if c == best]
        if len(chosen) > 1:
            order = [w for w in listing_topic(query).split() if w not in frame]
            chosen = [key for key in chosen if _heads_title(key[2], order, query.question)] or chosen
        chosen = _most_said(view, chosen, {key: key[2] for key in chosen}, said_all)
    return groups[chosen[0]] if len(chosen) == 1 else []


_TITLE_PIECE = re.compile(r"[,;:]")


def _heads_title(title: str, words: list[str], question: str) -> bool:
    """Whether a group's title is about the words asked on their own: its first piece says them, not as the second
    of two things joined by "và" / "hoặc" that the question does not join so ("nhóm nhiệm vụ về thi hành pháp
    luật" is "III. Tạo đột phá trong công tác thi hành pháp luật, …", not "VI. … cho công tác xây dựng và thi hành
    pháp luật", whose field is both)."""
    if not words:
        return False
    first = " ".join(re.findall(r"\w+", fold(_TITLE_PIECE.split(title, maxsplit=1)[0])))
    at = re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", first)
    if at is None or not set(words) <= set(first.split()):
        return False
    joined = re.search(r"\b(?:va|hoac) $", first[: at.start()])
    return joined is None or bool(re.search(rf"\b(?:va|hoac) {re.escape(words[0])}\b", fold(question)))


# "trong nhóm nhiệm vụ về …", "in the group of tasks on …": a group named by the words of its title
_GROUP_BY_WORDS = re.compile(
    r"\bnhom (?:nhiem vu |giai phap |noi dung )?(?:ve |lien quan den )?(?![ivx]+\b|\d)\w"
    r"|\b(?:task )?group (?:of tasks )?(?:on|about|for|concerning|dealing with) "
)


def _group_said(view: IndexView, query: Query, scope: set[str] | None) -> list[Task]:
    """The rows of the one group a question names by its title's words ("nhóm nhiệm vụ về thi hành pháp luật"),
    of a document in scope; [] when it names none this way, or no one group."""
    if scope is None or not _GROUP_BY_WORDS.search(fold(query.question)):
        return []
    return group_rows(view, query, scope)


_PAIR_WORDS = frozenset(
    "nhom group hai two thuoc trong cung giong khac nhau khong co same different in of".split()
)


# ("gồm những nội dung công việc nào", of which the topic keeps "nội dung công": the tasks, in other words)
_ROW_NOUN = re.compile(r"\b(?:du an|de an|nhiem vu|chi tieu|hoat dong|noi dung cong(?: viec)?(?= |$))\b")


# the tasks of a document asked with nothing said of them: "Quyết định 2597 gồm những nhiệm vụ nào?", "… gồm những
# nội dung công việc nào?", "What tasks does Decision 2597 set out?" (not "… công bố những thủ tục hành chính mới ban
# hành nào?": which of its rows)
_ALL_TASKS = re.compile(
    r"\b(?:nhung|cac) (?:nhiem vu|noi dung cong viec|dau viec|phan viec|cong viec) (?:nao|gi)\b"
    r"|\b(?:what|which) tasks (?:does|do|did|are|is|were)\b"
    # ("List the activities in plan 174 and which department leads each.")
    r"|^(?:please )?list (?:all )?(?:of )?(?:the )?(?:tasks|activities)\b"
    # ("Quyết định 2597: liệt kê các nhiệm vụ và cơ quan chủ trì từng nhiệm vụ", "Kể tên tất cả các hoạt động …")
    r"|\b(?:liet ke|ke ten)(?: ra)? (?:tat ca |toan bo )?(?:cac |nhung )?(?:nhiem vu|hoat dong|dau viec|cong viec)\b"
)


def _whole_appendix(
    view: IndexView, query: Query, scope: set[str] | None, in_scope: list[Task]
) -> list[Task]:
    """Every table row of the document(s) in scope when the question names their appendix (or counts rows)
    and asks for nothing but what the appendix's title calls its rows ("Phụ lục Nghị quyết 394 liệt kê những
    đề án ưu tiên nào?" of a "DANH MỤC ĐỀ ÁN ƯU TIÊN …") or nothing at all ("Kế hoạch 617 có bao nhiêu nhiệm
    vụ?", of one or two documents); [] otherwise."""
    # ("Kế hoạch 617 có bao nhiêu nhiệm vụ?", "How many tasks are in the appendix of …?": the rows, counted)
    counted = query.answer_type == "count"
    named = bool(NAMES_APPENDIX.search(fold(query.question)))
    # (the noun the rows are asked by is no topic: "the priority projects in the appendix", glossed "dự án", of a
    # "DANH MỤC ĐỀ ÁN ƯU TIÊN")
    topic = terms(_ROW_NOUN.sub(" ", listing_topic(query)))
    # (nor the kind the question names the document by: "Quyết định 2597 gồm những nhiệm vụ nào?")
    # (and its issuer: "the appendix of Government Resolution 394")
    kinds = {
        w
        for d in scope or ()
        if d in view.docs
        for w in fold(f"{view.docs[d].kind or ''} {view.docs[d].issuer or ''}").split()
    }
    asked = topic.unigrams - _title_words(view, scope, topic) - kinds
    table_rows = [t for t in in_scope if t.source == "table"]
    if (
        not asked
        and scope is not None
        and len(scope) <= 2
        and (named or counted or _ALL_TASKS.search(fold(query.question)))
    ):
        # nothing asked but the rows of the document's table: how many, or which ("Phụ lục Kế hoạch 7360 gồm
        # những nhiệm vụ nào?", "Quyết định 2597 gồm những nhiệm vụ nào?"), or its items of labelled prose
        return table_rows or in_scope
    appendix = _appendix_title_words(view, scope)
    if not appendix or not asked or not asked <= appendix | {"phu", "luc", "appendix", "appendices", "annex"}:
        return []
    if not named and not counted and not (asked <= appendix and len(scope or ()) == 1 and asks_tasks(query)):
        # ("Nghị quyết 394 có những đề án ưu tiên nào, …?" of its "DANH MỤC CÁC ĐỀ ÁN ƯU TIÊN": the rows asked by
        # what the one document's appendix title calls them, the appendix unsaid)
        return []
    # a word some rows' names say and others' do not picks rows ("những đề án nào về thu gom rác thải"),
    # though the appendix's title says it too
    names = [terms(t.name).unigrams for t in table_rows]
    if any(any(w in n for n in names) and not all(w in n for n in names) for w in asked):
        return []
    return table_rows


def _most_said(view: IndexView, keys: list, titles: dict, asked: Terms) -> list:
    """Of groups whose titles hold the topic alike, those whose title the question says the most of (its words
    that name the document too: "… thuộc thẩm quyền ban hành của Quốc hội" of "… của Ủy ban Thường vụ Quốc
    hội" beside it)."""
    if len(keys) < 2:
        return keys
    said = {key: view.stats.coverage(terms(titles[key]), asked) for key in keys}
    top = max(said.values())
    return [key for key in keys if said[key] == top]


def answer_topic_listing(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """The task rows of a group the question names by marker or by title, or else the rows whose names
    hold the question's topic; None when the question's topic is not what rows name (the passages may
    say it) or no row fits."""
    in_scope = [t for t in view.tasks if scope is None or t.doc in scope]
    if not in_scope:
        return None
    lang = lang_of(query.lang)
    groups: dict[tuple[str, str], list[Task]] = {}
    titles: dict[tuple[str, str], str] = {}
    for task in in_scope:
        if task.group:
            groups.setdefault((task.doc, task.group), []).append(task)
            titles.setdefault((task.doc, task.group), task.group_title)
        elif grouping := _group_cell(task):
            # a column of groups whose merged cell the rows inherit ("Nhóm lĩnh vực dữ liệu": "Dữ liệu
            # lĩnh vực nội chính"): its value groups the rows as a numbered group would
            groups.setdefault((task.doc, "\0" + grouping), []).append(task)
            titles.setdefault((task.doc, "\0" + grouping), grouping)
    markers = group_markers(query.question)
    chosen = [key for key in groups if key[1].upper() in markers] or _named_after_group_word(query, titles)
    steps = [] if chosen or not asks_steps(query) else _titled_table(view, query, scope, in_scope)
    if steps:
        return _rows_listing(
            view,
            query,
            steps,
            lang,
            "steps_head",
            tail=_table_total(view, steps),
            title=" ".join(steps[0].group_title.split()),
        )
    if not chosen and asks_steps(query) and not asks_tasks(query):
        return None  # the steps of no one procedure's table: not the rows that name "bước"
    topic, loose = _topic_readings(view, query, scope)
    if (
        not topic
        and loose.bigrams
        and any(loose.bigrams <= terms(title).bigrams for title in titles.values() if title)
    ):
        # ("những nhiệm vụ nào về tài chính" of a plan titled by "Chính phủ": "chính" is the title's word, but the
        # pair "tài chính" is a group's title, "VI. Thực hiện cơ chế tài chính …")
        topic = Terms(frozenset(w for p in loose.bigrams for w in p.split()), loose.bigrams)
    whole = [] if chosen else _whole_appendix(view, query, scope, in_scope)
    values = stated_percents(query.question)
    if values and not chosen and not whole:
        # "những chỉ tiêu nào đạt mức 80%?": the rows that print the value; the words around it ("đạt mức") are
        # how it is said, and the other words of the topic, when any is left, pick among those rows
        printing = [t for t in in_scope if _prints_values(t.name, values)]
        # (the question's own words, less those naming the document and the value: words no row says are
        # things the rows are not about — "chỉ tiêu nào về bệnh viện, trạm y tế đạt 80%")
        value_words = _VALUE_WORDS | {v.rstrip("%") for v in values}
        asked = terms(listing_topic(query))
        said = _without(
            _without(asked, _title_words(view, scope, asked)), value_words | {"chi", "tieu", "nhiem", "vu"}
        )
        if len(said.unigrams - _row_words(in_scope, with_time=query.has_period)) >= 2:
            return None
        rest = _without(topic, value_words) if topic else topic
        if rest and rest.unigrams:
            kept = [
                t
                for t in printing
                if view.stats.coverage(rest, terms(f"{t.name} {t.group_title}")) >= TOPIC_MIN
            ]
            printing = kept
        if not printing:
            return None
        what = " ".join(filter(None, [say(lang, "on_topic"), describe(query, lang)]))
        return _rows_listing(view, query, printing, lang, "listing_head", what=what)
    if not chosen and not whole and topic:
        # the question's own words, less those naming the document: all of them must be words of rows
        asked = terms(listing_topic(query))
        # (nor "nhóm", "group": the word for the grouping itself)
        # (nor "phụ lục", "appendix", where the rows are: "… dữ liệu lớn trong phụ lục")
        where = {"phu", "luc", "appendix", "annex"} if NAMES_APPENDIX.search(fold(query.question)) else set()
        kept = _without(asked, _title_words(view, scope, asked) | {"nhom", "group"} | where)
        if len(kept.unigrams - _row_words(in_scope, with_time=query.has_period)) >= 2:
            return None  # the question speaks of things no task row names
        stats = view.stats
        best_row = max(stats.coverage(kept, terms(t.name)) for t in in_scope)
        # (of any of several things listed, "… về chuyển đổi số, trí tuệ nhân tạo, dữ liệu lớn": each on its own,
        # when two or more of them are things rows name — not "lĩnh vực phát thanh, truyền hình và thông tin điện
        # tử", one field's name)
        things = [
            max(stats.coverage(terms(thing), terms(t.name)) for t in in_scope)
            for thing in topic_alternatives(query)
        ]
        if sum(c >= GROUP_MIN for c in things) >= 2:
            best_row = max(best_row, *things)
        scored = [
            (stats.coverage(kept, _said_apart(kept, terms(titles[key]))), key)
            for key in groups
            if titles[key]
        ]
        best = max((c for c, _ in scored), default=0.0)
        if best >= GROUP_MIN and best >= best_row:
            chosen = _most_said(view, [key for c, key in scored if c == best], titles, asked)
        elif best_row < GROUP_MIN:
            return None
    body = None
    if whole:
        # (items of labelled prose stand in the body of the text, not in an appendix)
        where = "appendix_what" if any(t.source == "table" for t in whole) else "text_what"
        found, what = whole, say(lang, where)
    elif chosen:
        found = [t for key in chosen for t in groups[key]]
        first = groups[chosen[0]][0]
        if first.group and len(chosen) == 1:
            # the body prints the same group as a heading of its own ("VI. Thực hiện cơ chế tài chính …"): cited
            body = _body_heading(view, first.doc, first.group_title, first.lines[0])
        what = (
            say(lang, "group_what", group=first.group, title=first.group_title)
            if first.group
            else say(lang, "group_cell_what", title=titles[chosen[0]])
        )
    elif topic:
        plain = replace(query, agencies=(), years=(), quarters=(), months=(), periods=())
        found = rows(view, plain, scope, "lead", topic)
        if len(alternatives := topic_alternatives(query)) >= 2:
            # "… về chuyển đổi số, ứng dụng trí tuệ nhân tạo và dữ liệu lớn": the rows of any thing listed
            found = _union(
                [
                    found,
                    *(
                        # (each thing's own words: the document's title may say them too)
                        rows(view, plain, scope, "lead", terms(a))
                        for a in alternatives
                        if terms(a).unigrams
                    ),
                ]
            )
        what = " ".join(filter(None, [say(lang, "on_topic"), describe(query, lang)]))
    else:
        return None
    if not found:
        return None
    return _rows_listing(view, query, found, lang, "listing_head", body=body, what=what)


# what opens the list of things a listing is about ("… về A, B và C", "… concerning A, B or C")
_ABOUT_OPENS = re.compile(
    r"(?<!\w)(?:ve|lien quan den|lien quan toi|doi voi|trong linh vuc|linh vuc|quan tam|about|on|concerning"
    r"|concern|regarding|related to|relating to|involving|involve)\s+(?=\w)"
)
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:va|hoac|hay|and|or)\s+)?|\s+(?:va|hoac|hay|and|or)\s+")
_ALTERNATIVE_WORDS = (2, 6)  # each thing of such a list, in words
_WHERE_WORDS = frozenset({"trong", "tai", "cua", "theo", "do", "in", "of", "under", "by"})


# a percentage a question states ("đạt mức 80%", "at least 95 %"), and the words that say a value is reached
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%")
_VALUE_WORDS = frozenset(
    "dat muc tu tren duoi toi thieu it nhat khoang bang reach reaches reached set at least of level target".split()
)


def stated_percents(question: str) -> tuple[str, ...]:
    """The percentages a question states, as "80%" (its number as printed, the sign after it)."""
    return tuple(dict.fromkeys(f"{m.group(1)}%" for m in _PERCENT.finditer(question)))


def _prints_values(text: str, values: tuple[str, ...]) -> bool:
    """Whether a row's text prints every percentage (its number right before a "%", spaces allowed)."""
    printed = {f"{m.group(1)}%" for m in _PERCENT.finditer(text)}
    return all(v in printed for v in values)


def topic_alternatives(query: Query) -> list[str]:
    """The things a listing asks rows of any of, when its topic is a list of three or more ("những nhiệm
    vụ nào về chuyển đổi số, ứng dụng trí tuệ nhân tạo và dữ liệu lớn"), or of two joined by "hoặc"/"or" or a comma:
    each as folded words; [] for one thing ("xây dựng và thi hành pháp luật" is one)."""
    text = fold(query.search_text if query.lang == "en" else query.question)
    opened = list(_ABOUT_OPENS.finditer(text))
    if not opened:
        return []
    rest = text[opened[-1].end() :]
    topic = set(fold(query.topic).split())
    pieces, joins = [], []
    last = 0
    for m in _LIST_JOIN.finditer(rest):
        pieces.append(rest[last : m.start()])
        joins.append(m.group(0))
        last = m.end()
    pieces.append(rest[last:])
    things = []
    for k, piece in enumerate(pieces):
        words = re.findall(r"\w+", piece)
        if k == len(pieces) - 1 or k >= 2:
            # the last thing said, up to where the question goes on to say where ("… dữ liệu lớn trong phụ lục")
            cut = next(
                (i for i, w in enumerate(words) if i >= _ALTERNATIVE_WORDS[0] and w in _WHERE_WORDS), None
            )
            words = words[:cut]
        if not (_ALTERNATIVE_WORDS[0] <= len(words) <= _ALTERNATIVE_WORDS[1]) or not set(words) <= topic:
            break
        things.append(" ".join(words))
    either = any(re.search(r"\b(?:hoac|hay|or)\b", j) for j in joins[: max(len(things) - 1, 0)])
    if len(things) == len(pieces) == 2 and joins[0].strip() == ",":
        # two joined by a comma alone ("về đào tạo, bồi dưỡng"): the rows of either; the words the second says
        # beyond the first's length are both's ("xây dựng, thi hành pháp luật": "xây dựng pháp luật" or "thi
        # hành pháp luật"; "đào tạo, bồi dưỡng cán bộ")
        first, second = things[0].split(), things[1].split()
        things = [" ".join(first + second[len(first) :]), things[1]]
        either = True
    return things if len(things) >= 3 or (len(things) == 2 and either) else []


def _union(lists: list[list[Task]]) -> list[Task]:
    """The rows of several listings, once each, in the order the documents print them."""
    seen = {id(t): t for found in lists for t in found}
    return sorted(seen.values(), key=lambda t: (t.doc, t.lines[0]))


# "nhóm", "nhóm chỉ tiêu", "nhóm nhiệm vụ", "nhóm lĩnh vực": the word that names a group, then its title
_GROUP_WORD = re.compile(
    r"(?<!\w)nhom(?: (?:nhiem vu|chi tieu|giai phap|linh vuc|van de|noi dung))?(?: ve)? "
)
GROUP_TITLE_WORDS = 6  # a group's title said whole after "nhóm" has at most this many words


def _named_after_group_word(query: Query, titles: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """The groups whose short title the question says whole right after "nhóm" ("Nhóm chỉ tiêu Kinh tế số" of
    a group "I. Kinh tế số"), though the document's own title prints those words too; [] when none does, or
    when the titles said belong to more than one group of one document."""
    # (its words only: a title said in quotes, "Nhóm “Xã hội số”", is said whole too)
    question = " ".join(re.findall(r"\w+", fold(query.question)))
    found = []
    for key, title in titles.items():
        said = " ".join(re.findall(r"\w+", fold(title)))
        if not said or len(said.split()) > GROUP_TITLE_WORDS:
            continue
        if any(
            question.startswith(said, m.end()) and not question[m.end() + len(said) :][:1].isalnum()
            for m in _GROUP_WORD.finditer(question)
        ):
            found.append(key)
    docs = [doc for doc, _ in found]
    return found if len(docs) == len(set(docs)) else []


def _rows_listing(
    view: IndexView,
    query: Query,
    found: list[Task],
    lang: str,
    head: str,
    body: Clause | None = None,
    tail: Chunk | None = None,
    **values,
) -> Listing:
    """The rows found, counted under the sentence `head` (given the count `n` and `values`), each cited; `body`:
    the heading of the document's body that prints the same group, cited after the head; `tail`: the line
    that closes the table (its total), quoted and cited after the rows."""
    cites = citations(view, query)
    n = distinct_rows(found)
    opening = say(lang, head, n=n, **values)
    if body is not None:
        where = say(lang, "group_in_body", where=body.label, n=cites.clause(body, body.text))
        opening = f"{opening[:-1]}{where}:" if opening.endswith(":") else f"{opening}{where}"
    lines = [opening, *task_lines(view, found, cites, lang, query)]
    if tail is not None:
        lines.append(f"“{tail.text}” [{cites.chunk(tail, tail.text)}]")
    text = "\n".join(lines)
    return Listing(compose.finish_english(text) if lang == "en" else text, cites.items, False, n)


# the closing line of a table ("Tổng thời gian giải quyết | 03 ngày làm việc") opens within these lines
TOTAL_GAP = 6
TOTAL_CHARS = 120  # and is short
_TOTAL = re.compile(r"\s*(?:tong|cong)\b")  # "Tổng thời gian …", "Tổng cộng", "Cộng"


def _table_total(view: IndexView, rows: list[Task]) -> Chunk | None:
    """The line the indexer kept after a table's last row when it sums the table up ("Tổng thời gian giải quyết
    03 ngày làm việc"): a passage of the same document that opens right below the last row with "Tổng"."""
    last = max(rows, key=lambda t: t.lines[1])
    below = [
        c
        for c in view.clause_chunks_by_doc.get(last.doc, ())
        if last.lines[1] < c.lines[0] <= last.lines[1] + TOTAL_GAP
    ]
    first = min(below, key=lambda c: c.lines[0], default=None)
    if first is None or len(first.text) > TOTAL_CHARS or not _TOTAL.match(fold(first.text)):
        return None
    return first


# the steps of a procedure ("Quy trình … gồm bao nhiêu bước?", "what are the steps of …")
_ASKS_STEPS = re.compile(
    # (not "bước nào … lâu nhất?", "which step takes longest": one step)
    r"\b(?:bao nhieu|may|nhung|cac) buoc\b|\bhow many steps\b"
    r"|\b(?:what|which) (?:are|were) (?:the |all )?steps\b|\blist (?:the |all )?steps\b|\bthe steps (?:of|in)\b"
    # ("which unit performs each step …", "từng bước do ai thực hiện"): every step asked
    r"|\b(?:each|every) step\b|\b(?:tung|moi) buoc\b"
)


_STEP_WORDS = frozenset({"buoc", "step", "steps", "bao", "nhieu"})  # the ask for steps, no procedure's name
_PROCEDURE_NUMBER = re.compile(r"\b(?:quy trinh so |procedure (?:no\.? ?|number |# ?)?)0*(\d{1,3})\b")


def asks_steps(query: Query) -> bool:
    return bool(_ASKS_STEPS.search(fold(query.question)))


# how many times another caption's share of the topic the one named holds, when under GROUP_MIN
CAPTION_MARGIN = 3.0


def _titled_table(view: IndexView, query: Query, scope: set[str] | None, in_scope: list[Task]) -> list[Task]:
    """The rows of the one table whose caption (the title its rows share, a document printing several
    captioned tables: one per procedure) holds the question's topic best; [] when none does, or two do."""
    tables: dict[tuple[str, str], list[Task]] = {}
    for task in in_scope:
        if task.source == "table" and not task.group and task.group_title:
            tables.setdefault((task.doc, task.group_title), []).append(task)
    # (a document of one such table: its caption is the appendix's title, no procedure's name)
    captions = Counter(doc for doc, _ in tables)
    tables = {key: rows for key, rows in tables.items() if captions[key[0]] >= 2}
    if not tables:
        return []
    # "Quy trình số 02", "procedure No. 2": the caption that prints that number
    number = _PROCEDURE_NUMBER.search(fold(query.question))
    if number:
        said = re.compile(rf"\bquy trinh (?:so )?0*{number.group(1)}\b")
        numbered = [key for key in tables if said.search(fold(key[1]))]
        return tables[numbered[0]] if len(numbered) == 1 else []
    asked = terms(listing_topic(query))
    kept = _without(asked, _title_words(view, scope, asked) | _STEP_WORDS)
    if not kept.unigrams:
        return []
    scored = [(view.stats.coverage(kept, terms(title)), key) for key in tables for title in [key[1]]]
    best = max(c for c, _ in scored)
    chosen = [key for c, key in scored if c == best]
    second = max((c for c, key in scored if key not in chosen), default=0.0)
    # (a caption that holds much of the topic and several times what any other holds is the one named, though
    # the asker's words for it are not all its own: "free sale certificate" read as "tự do tiêu thụ chứng chỉ" of
    # "giấy chứng nhận lưu hành tự do")
    clear = best >= GROUP_MIN / 2 and best >= CAPTION_MARGIN * second
    if (best < GROUP_MIN and not clear) or len(chosen) != 1:
        return []
    # (what the document's title says of all its procedures, "quy trình nội bộ giải quyết thủ tục hành chính
    # cấp tỉnh", names none of them: the first table's caption prints the appendix's title too)
    doc = view.docs.get(chosen[0][0])
    said = Terms(
        frozenset(w for w in asked.unigrams if w not in _STEP_WORDS),
        frozenset(b for b in asked.bigrams if not set(b.split()) & _STEP_WORDS),
    )
    if doc is not None and view.stats.coverage(said, terms(f"{doc.kind} {doc.title}")) >= GROUP_MIN:
        return []
    return tables[chosen[0]]


def _said_apart(asked: Terms, title: Terms) -> Terms:
    """A group's title with the question's word pairs it says apart ("lãnh đạo … của Đảng" of "sự lãnh đạo
    của Đảng"): a title is named in the asker's words, not quoted."""
    return Terms(
        title.unigrams, title.bigrams | {b for b in asked.bigrams if set(b.split()) <= title.unigrams}
    )


def _without(asked: Terms, words: frozenset[str] | set[str]) -> Terms:
    """`asked` less the given words, and less the word pairs made only of them."""
    return Terms(
        frozenset(w for w in asked.unigrams if w not in words),
        frozenset(b for b in asked.bigrams if not set(b.split()) <= words),
    )


def distinct_rows(found: list[Task]) -> int:
    """How many rows `found` are, a row printed over two lines of its table counted once: row 1 of a table
    whose lead cell names two bodies, each on a line of its own, is two records of one number and name, next
    to each other (the same step of two procedures, "Bước 2", is two rows)."""
    n = 0
    for i, t in enumerate(found):
        n += not _same_printed_row(found[i - 1] if i else None, t)
    return n


# a value the question quotes ("… có thời gian thực hiện “Theo quy định của trung ương”?"): rows that print it
_QUOTED_VALUE = re.compile(
    r"“([^”“]{4,120})”|\"([^\"]{4,120})\"|«([^»]{4,120})»|„([^“”]{4,120})[“”]|‘([^‘’]{4,120})’"
    # (a plural's apostrophe inside it, before a word: "'according to the results of agencies' review and proposals'")
    r"|(?<!\w)'((?:[^'\n]|(?<=s)'(?= \w[^'\n]*'(?!\w))){4,120})'(?!\w)"
)
# what a bracket sets aside ("… có kết quả là Nghị quyết (không tính các nhiệm vụ ghi Nghị quyết/Quyết định)"):
# rows whose cell prints it are not listed (group 1: its words, folded)
_ASIDE_BRACKET = re.compile(rf"\((?=[^()]*\b{ASIDE_WORDS}\b)[^()]*\)")
_INCLUDED_BRACKET = re.compile(rf"\((?=[^()]*\b{INCLUDE_WORDS}\b)[^()]*\)")
_ASIDE_VALUE = re.compile(
    rf"\b{ASIDE_WORDS}\b(?: (?:cac|nhung|those|the|any|tasks?|rows?|nhiem vu|viec|ghi|co|la|with|marked|that say))*"
    r" (\w.*?)\W*$"
)


# a value a column word introduces without quotes ("những nghị quyết nào có tiến độ theo kết quả rà soát,
# đề xuất của các cơ quan"): the rest of the question, read as the cell's words (folded)
_COLUMN_VALUE = re.compile(
    r"\b(?:nao|gi)\b.*?\b(?:co|voi|ghi) (?:tien do|thoi han|thoi gian (?:hoan thanh|thuc hien)|san pham(?: dau ra)?"
    r"|ket qua (?:du kien|dau ra))(?: (?:la|ghi|duoc ghi))? (\w+(?: \w+){2,24})$"
)


# … or a short value, up to where the question says where to look ("Những nhiệm vụ nào có sản phẩm là báo
# cáo trong kế hoạch Hà Tĩnh?", "Các nhiệm vụ có kết quả là hội thảo ở Hà Tĩnh"): rows asked by their output
_OUTPUT_VALUE = re.compile(
    # ("Ở Hà Tĩnh, những nhiệm vụ nào …": the place said first)
    r"^(?:(?:o|tai|trong|theo) (?:\w+ ){1,6}?)?(?:liet ke |ke ten )?(?:tat ca )?(?:(?:nhung|cac) (?:nhiem vu|hoat dong|viec)\b(?: nao)?"
    # ("Nhiệm vụ nào trong phụ lục Hà Tĩnh có sản phẩm đầu ra là một kế hoạch?": asked in the singular)
    r"|(?:nhiem vu|hoat dong|viec) nao\b)(?: \w+){0,10}? "
    r"(?:co|voi|ghi) (?:san pham(?: dau ra)?|ket qua(?: du kien| dau ra)?)(?: (?:la|ghi|duoc ghi|gom))?(?: mot)? "
    r"(?!(?:gi|nao|bao nhieu|the nao|ra sao)\b)(\w+(?: \w+){0,5}?)"
    # (not "của" before a body: "Kế hoạch của UBND tỉnh" is the output's own name)
    r"(?= (?:trong|cua(?! (?:ubnd|uy ban nhan dan|so|bo|hdnd|tinh uy|chinh phu|thu tuong)(?: tinh| thanh pho)?\W*$)|o|tai"
    r"|theo|thuoc|nao|do)\b|$)"
)


# "Which Ha Tinh appendix tasks produce a report?", "List the tasks whose output is a workshop": rows asked by
# their output, said in English (group 1: the output, read through the glossary)
_OUTPUT_VALUE_EN = re.compile(
    r"\b(?:tasks|activities|rows|items)\b.{0,40}?\b(?:produces?|yields?|delivers?|results? in"
    # ("… are expected to end in a resolution (Nghị quyết), either alone or …")
    r"|(?:are |is )?(?:expected|meant|supposed|due) to (?:end in|result in|produce|deliver|yield)|end (?:up )?in"
    r"|whose (?:expected )?(?:output|result|product)s? (?:is|are)"
    r"|with (?:an? )?(?:expected )?(?:output|result|product)s? (?:of|being|that is))"
    # ("… expected to produce some kind of report?")
    r" (?:an? |the )?(?:(?:some|any|a) (?:kind|form|type|sort)s? of )?([a-z][a-z -]{2,40}?)"
    r"(?= (?:in|of|under|for|from|according|by)\b| ?\(|,|[?.!]|$)"
    # "… which tasks have a report (báo cáo) among their expected results?"
    r"|\b(?:tasks|activities|rows|items)\b.{0,40}?\b(?:have|has|list|lists|name|names|give|gives) (?:an? |the )?"
    r"([a-z][a-z -]{2,40}?)(?: \([^()]*\))? (?:as|among|in) (?:their|its|the) (?:expected )?(?:outputs?|results?"
    r"|products?)\b"
)


_GENERIC_OUTPUTS = frozenset(
    {"result", "results", "outcome", "outcomes", "output", "outputs", "product", "products"}
)


@lru_cache(maxsize=1024)
def output_values(question: str) -> tuple[str, ...]:
    """The output an English listing question asks the rows by, as the Vietnamese words a cell may print
    (folded word runs); () when it asks none."""
    m = _OUTPUT_VALUE_EN.search(question.lower())
    said = m and (m.group(1) or m.group(2))
    if not said or said.strip() in _GENERIC_OUTPUTS:
        return ()  # ("Which tasks deliver results in 2026?": no output named, the generic word for one)
    return tuple(dict.fromkeys(word_runs(v) for v in english_to_vietnamese(said) if word_runs(v)))


def _of_output(tasks: list[Task], outputs: tuple[str, ...]) -> list[Task]:
    """The rows whose output cell prints one of `outputs` (folded words)."""
    return [t for t in tasks if any(_words(v) in _words(t.output or "") for v in outputs)]


def _output_shown(task: Task, outputs: tuple[str, ...]) -> str:
    """The output asked, as `task`'s output cell prints it."""
    return next(_printed_span([task.output], v) for v in outputs if _words(v) in _words(task.output or ""))


def asked_outputs(question: str) -> tuple[str, ...]:
    """The output a listing question asks its rows by ("… có kết quả là văn bản", "… tasks produce a report"),
    as the folded words a cell may print; () when it asks none."""
    m = _OUTPUT_VALUE.search(word_runs(question))
    return (m.group(1).strip(),) if m else output_values(question)


@lru_cache(maxsize=1024)
def column_value(question: str) -> str:
    """The cell value a listing question names after a column word, unquoted (folded words), or ""."""
    words = word_runs(question)
    m = _OUTPUT_VALUE.search(words) or _COLUMN_VALUE.search(words)
    value = m.group(1).strip() if m else ""
    # ("có ghi kết quả, sản phẩm": the column's other name, no value of it)
    return "" if value in COLUMN_WORDS else value


def _printed_span(cells: list[str | None], value: str) -> str:
    """The words of a cell, as printed, that read as `value` (folded words), or "" when none does."""
    wanted = value.split()
    for cell in filter(None, cells):
        runs = list(re.finditer(r"\w+", cell))
        folded = [fold(m.group()) for m in runs]
        for i in range(len(runs) - len(wanted) + 1):
            if folded[i : i + len(wanted)] == wanted:
                return cell[runs[i].start() : runs[i + len(wanted) - 1].end()]
    return ""


def _words(text: str) -> str:
    return f" {word_runs(text)} "


def _asked_cells(task: Task, intent: str) -> list[str | None]:
    """The cells of the column a question names ("thời gian thực hiện", "cơ quan chủ trì"), or all of them."""
    own = {
        "deadline": [task.deadline],
        "output": [task.output],
        "lead_agency": [task.lead_text],
        "coordinating_agencies": [task.coordinating_text],
    }.get(intent)
    return own if own is not None else row_cells(task)


def row_cells(task: Task) -> list[str | None]:
    """Every cell a row prints beside its task's name."""
    return [task.deadline, task.output, task.lead_text, task.coordinating_text] + [v for _, v in task.extra]


def _field_text(task: Task, field: str) -> str:
    return {
        "coordinating": task.coordinating_text,
        "lead": task.lead_text,
        "deadline": task.deadline or "",
        "output": task.output or "",
    }[field].strip()


def answer_blank_listing(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """The task rows that leave empty the column the question asks to be empty ("không ghi cơ quan phối
    hợp", "no deadline"), of the documents in scope whose table has that column (some row fills it);
    None when the question asks for no empty column, or no such row stands in scope."""
    field, kind = blank_column(query.question), "blank"
    if not field and not query.has_period and not query.agencies and not column_value(query.question):
        # (not "nhiệm vụ nào ghi thời gian Quý IV/2025?": a value of the column, which the cell listing reads)
        field, kind = filled_column(query.question), "filled"
    if not field or scope is None:
        return None
    # (rows of a table, or items of labelled prose: "2. Rà soát … - Cơ quan thực hiện: …" with no "Cơ quan phối
    # hợp:" where its siblings print one)
    in_scope = [t for t in view.tasks if t.doc in scope]
    # (an item of labelled prose is a task when it or an item beside it, under the same heading, names who leads:
    # not "a) Chủ đề Tháng hành động …" / "b) Thời gian: …", which describe the plan)
    led = {(t.doc, t.group, t.group_title) for t in in_scope if t.source == "prose" and t.lead_text}
    in_scope = [t for t in in_scope if t.source == "table" or (t.doc, t.group, t.group_title) in led]
    filled = {t.doc for t in in_scope if _field_text(t, field)}
    if kind == "filled":
        # (of a table that leaves the column empty in some rows: a column every row fills picks out none)
        empty = {t.doc for t in in_scope if not _field_text(t, field)}
        found = [t for t in in_scope if t.doc in empty and _field_text(t, field)]
    else:
        found = [t for t in in_scope if t.doc in filled and not _field_text(t, field)]
    # ("… trong nhóm III không ghi cơ quan phối hợp": of the group named by its marker; a title said in other
    # words is not read here, it names several groups of a table alike)
    markers = group_markers(query.question)
    if markers:
        in_scope = [t for t in in_scope if t.group.upper() in markers]
        found = [t for t in found if t.group.upper() in markers]
    lang = lang_of(query.lang)
    what = say(lang, f"{kind}_{field}")
    if markers:
        what = f"{say(lang, 'in_groups', groups=', '.join(sorted(markers)))} {what}"
    # (not of labelled prose: an item with no label is no task record, and may be the one that leaves it empty)
    if (
        not found
        and kind == "blank"
        and in_scope
        and all(t.source == "table" for t in in_scope)
        and all(_field_text(t, field) for t in in_scope)
    ):
        # "Which tasks in Vinh Long have no coordinating agency?" of a table every row of which names one: none
        key = "blank_none_of_rows" if markers else "blank_none"
        return Listing(say(lang, key, what=what, n=len(in_scope)), [], True, 0)
    if not found and kind == "filled" and in_scope and all(_field_text(t, field) for t in in_scope):
        # "Which Hà Tĩnh tasks mention an output?" of a table every row of which gives one: all of them, counted
        # (the rows themselves are the whole table, which a listing of the table gives)
        return Listing(say(lang, "filled_all", what=what, n=len(in_scope)), [], False, len(in_scope))
    if not found:
        return None
    cites = citations(view, query)
    lines = [say(lang, "listing_head", n=len(found), what=what), *task_lines(view, found, cites, lang, query)]
    text = "\n".join(lines)
    english = compose.finish_english(text) if lang == "en" else text
    return Listing(english, cites.items, False, len(found))


# "… những nhiệm vụ nào chỉ bắt đầu sau khi Đề án của Thủ tướng Chính phủ được ban hành?": the event a time cell
# waits for ("Sau khi Đề án ban hành", "Ngay sau khi Đề án được ban hành")
_AFTER_EVENT = re.compile(r"(?<!\w)(?:ngay )?sau khi ((?:\w+ ){1,15}\w+)")
# words of such an event that say no thing: what happens to it, not what it is ("sau khi được ban hành")
_EVENT_VERBS = frozenset({"duoc", "ban", "hanh", "co", "phe", "duyet", "thong", "qua", "ky", "cua", "khi"})
# words of an event that name no particular thing ("có văn bản khác", "một văn bản nào đó", "another document")
_GENERIC_EVENT = frozenset(
    {"van", "khac", "mot", "nao", "do", "tai", "lieu", "cac", "nhung", "other", "another", "document", "documents",
     "some", "is", "are", "has", "have", "been", "issued", "a", "the"}
)  # fmt: skip
_ISSUED = frozenset({"hanh", "duyet", "qua", "ky"})  # (ban hành, phê duyệt, thông qua, ký)
# … in English: "once …", "as soon as …", "wait until …" (the event's words glossed into those the cells print)
_AFTER_EVENT_EN = re.compile(
    r"(?i)\b(?:once|after|as soon as|only when|following|(?:waits?|waiting) (?:for|until))\b((?: [\w'’()-]+){1,15})"
)


# the rows asked, with or without a plural ("nhiệm vụ nào …", "which … tasks …")
_ROWS_ASKED = re.compile(
    r"\b(?:nhiem vu|viec|hoat dong) nao\b|\b(?:nhung|cac) (?:nhiem vu|viec|hoat dong)\b"
    r"|\b(?:which|what) (?:[\w'’-]+ ){0,4}(?:tasks|activities|rows|items|documents|resolutions|drafts)\b"
    # (rows asked by what they make: "Những kế hoạch nào … chỉ được xây dựng sau khi …")
    r"|\b(?:nhung|cac) (?:ke hoach|van ban|nghi quyet|quyet dinh|bao cao|de an|du an) nao\b"
)


def asks_after_event(question: str) -> bool:
    """Whether a question asks for the rows that wait for an event ("nhiệm vụ nào … sau khi có văn bản …")."""
    return bool(
        (_AFTER_EVENT.search(word_runs(question)) or _AFTER_EVENT_EN.search(question))
        and _ROWS_ASKED.search(fold(question))
    )


def _after_event_rows(view: IndexView, query: Query, scope: set[str] | None) -> tuple[str, list[Task]]:
    """The event a listing question says the tasks wait for, as said, and the rows whose time cell waits for
    that event: every word of the cell's event is one of the question's, and one names a thing (asked in
    English, "… can only start once a Prime Minister's scheme (Đề án) has been issued", the cell's words that name
    things are among the event's, glossed)."""
    m = _AFTER_EVENT.search(word_runs(query.question))
    said = None if m is not None or query.lang != "en" else _AFTER_EVENT_EN.search(query.question)
    if m is not None:
        asked = set(m.group(1).split())
    elif said is not None:
        asked = set(word_runs(translate_question(said.group(1))).split())
    else:
        return "", []
    # ("… chỉ bắt đầu sau khi có văn bản khác được ban hành", "once another document is issued": an event that names
    # no thing, any issuing a time cell waits for)
    generic = not (asked - _EVENT_VERBS - _GENERIC_EVENT) and bool(asked & _ISSUED)
    found = []
    for task in view.tasks:
        if scope is not None and task.doc not in scope:
            continue
        cell = _AFTER_EVENT.search(word_runs(task.deadline or ""))
        if cell is None:
            continue
        event = set(cell.group(1).split())
        things = event - _EVENT_VERBS
        if generic:
            if things and event & _ISSUED:
                found.append(task)
        elif things and (event <= asked if said is None else things <= asked):
            found.append(task)
    if said is not None:
        return said.group(1).strip(" ?."), found
    return _printed_span([query.question], m.group(1)), found


# "… nhiệm vụ nào có thời gian thực hiện phụ thuộc vào yêu cầu hoặc quy định của Trung ương?", "… whose timing
# depends on the central level": what the time cells are said to wait on
_TIME_SOURCE = re.compile(
    r"\b(?:thoi gian|thoi han|han chot|han|tien do|moc(?: thoi gian)?)(?: thuc hien| hoan thanh)?(?: cu the)?(?: ma)?"
    r" (?:phu thuoc|tuy thuoc|can cu)(?: vao| theo)? "
    r"((?:\w+ ){0,10}\w+)"
)
_TIME_SOURCE_EN = re.compile(
    r"(?i)\b(?:deadlines?|time ?frames?|timing|timelines?|schedules?|dates?)\b(?: \w+){0,2}? (?:depends?|depending|hinges?"
    r"|rests?|relies|rely) (?:up)?on((?: [\w'’()-]+){1,12})"
    # ("which tasks are timed to some other event"): what the rows' time is tied to
    r"|\b(?:tasks?|activities|rows|items|ones)\b(?: [\w'’-]+){0,12}? (?:timed|tied|pegged|keyed|linked) to((?: [\w'’()-]+){1,12})"
)
_SOURCE_NOISE = frozenset(
    {"cua", "cac", "va", "hoac", "the", "of", "or", "and", "a", "an", "by", "nao", "gi", "vao", "viec"}
)


_SET_AGAINST = re.compile(r"\b(?:rather than|instead of|instead|chu khong|thay vi)\b")


def _said_en(english: re.Match) -> str:
    """What an English question says the rows' time waits on (the group of whichever form matched)."""
    return next(g for g in english.groups() if g)


def asks_time_source(question: str) -> bool:
    """Whether a question asks for the rows whose time waits on what it names ("nhiệm vụ nào có thời gian thực
    hiện phụ thuộc vào …", "which … tasks have deadlines that depend on …")."""
    return bool(
        (_TIME_SOURCE.search(word_runs(question)) or _TIME_SOURCE_EN.search(question))
        and _ROWS_ASKED.search(fold(question))
    )


# an event said with no name ("sự kiện khác", "some other event", glossed "trường hợp khác")
_EVENT_NOUNS = frozenset({"kien", "event", "events", "hop"})
_ANY_EVENT = frozenset({"su", "kien", "truong", "hop", "event", "events", "khac", "other", "some", "an"})
# a time cell that waits on an event rather than naming a time ("Sau khi Đề án ban hành", "Khi có kiến nghị", "Theo
# tiến độ xây dựng dự thảo …", "Theo thời hạn giao của Trung ương", "Trong quá trình soạn thảo văn bản")
_ON_EVENT = re.compile(
    r"^(?:ngay |chi )?(?:sau khi|truoc khi|khi)\b|^theo (?:tien do|thoi han|yeu cau|ket qua|lo trinh|chi dao)\b"
    r"|^(?:trong )?qua trinh\b"
)


def _waits_on_event(cell: str) -> bool:
    """Whether a time cell waits on an event and prints no year ("Khi có kiến nghị", "Sau khi Đề án ban hành")."""
    folded = " ".join(fold(cell).split())
    return bool(_ON_EVENT.search(folded)) and not re.search(r"\d{4}", folded)


def _waits_for_issuing(cell: str) -> bool:
    """Whether a time cell waits for something to be issued ("Sau khi Nghị định … ban hành")."""
    m = _AFTER_EVENT.search(word_runs(cell))
    return m is not None and bool(set(m.group(1).split()) & _ISSUED)


# a text a time cell may wait on ("Theo tiến độ xây dựng dự thảo văn bản …", "Khi xây dựng văn bản QPPL")
_A_TEXT = re.compile(
    r"\b(?:van ban|du thao|nghi dinh|nghi quyet|quyet dinh|thong tu|de an|ke hoach|chien luoc|chuong trinh|luat)\b"
)


def _waits_on_a_text(cell: str) -> bool:
    """Whether a time cell waits for another text: its issuing ("Sau khi Nghị định … ban hành"), or the course of
    its drafting or its own deadlines ("Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo")."""
    return _waits_for_issuing(cell) or (_waits_on_event(cell) and bool(_A_TEXT.search(fold(cell))))


def _time_source_rows(view: IndexView, query: Query, scope: set[str] | None) -> tuple[str, list[Task]]:
    """What a listing question says the rows' time waits on, as said, and the rows whose time cell names it:
    two of its word pairs ("yêu cầu", "Trung ương"), or its only pair; ("", []) when it says none."""
    m = _TIME_SOURCE.search(word_runs(query.question))
    english = None if m is not None or query.lang != "en" else _TIME_SOURCE_EN.search(query.question)
    if m is None and english is None:
        return "", []
    # (asked in English: what it waits on, in the Vietnamese words the cells print)
    said = m.group(1) if m is not None else word_runs(translate_question(_said_en(english)))
    # ("phụ thuộc vào tiến độ hoặc việc ban hành văn bản khác": either of two things, each read on its own; one that
    # is the issuing of no particular text is any time cell that waits for an issuing)
    tests = []
    # (what it is set against is not what it waits on: "timed to another event rather than a date")
    said = _SET_AGAINST.split(said)[0]
    for part in re.split(r"\b(?:hoac|hay|or)\b", said):
        words = [w for w in part.split() if w not in _SOURCE_NOISE]
        if words and not set(words) - _EVENT_VERBS - _GENERIC_EVENT - {"viec"} and set(words) & _ISSUED:
            tests.append(_waits_on_a_text)
            continue
        if words and not set(words) - _GENERIC_EVENT - _ANY_EVENT and set(words) & _EVENT_NOUNS:
            # ("phụ thuộc vào sự kiện khác", "timed to some other event": no event named, any a time cell waits on)
            tests.append(_waits_on_event)
            continue
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        if pairs:
            # (or, said in a few words, each of them in another order: "phụ thuộc vào Trung ương giao" of "Theo thời
            # hạn giao của Trung ương")
            few = set(words) if len(words) <= _FEW_SOURCE_WORDS else set()
            tests.append(
                lambda cell, pairs=pairs, few=few: (
                    sum(f" {p} " in _words(cell) for p in pairs) >= min(2, len(pairs))
                    or bool(few and few <= set(_words(cell).split()))
                )
            )
    if not tests:
        return "", []
    found = []
    for task in view.tasks:
        if scope is not None and task.doc not in scope:
            continue
        if any(test(task.deadline or "") for test in tests):
            found.append(task)
    if m is not None:
        return _printed_span([query.question], m.group(1)), found
    return _SET_AGAINST.split(_said_en(english))[0].strip(" ?."), found


_FEW_SOURCE_WORDS = 3  # what a time waits on, said in this many words at most, may be said in any order


def _without_set_aside(question: str) -> tuple[str, list[str]]:
    """The question without the brackets that set rows aside, and the values they name (folded); without the
    brackets that let rows in too ("có sản phẩm là nghị quyết (kể cả loại “Nghị quyết/Quyết định”)": the value
    asked stands outside them)."""
    folded = fold(question)
    brackets = sorted(
        [*_ASIDE_BRACKET.finditer(folded), *_INCLUDED_BRACKET.finditer(folded)], key=lambda m: m.start()
    )
    if not brackets or len(folded) != len(question):
        return question, []
    asides = [m.group(1) for b in brackets if (m := _ASIDE_VALUE.search(b.group(0)[1:-1]))]
    for b in reversed(brackets):
        question = question[: b.start()] + " " + question[b.end() :]
    return question, asides


def quoted_values(question: str) -> list[str]:
    """The values of two words or more the question quotes (a cell's words, "“Theo quy định của trung ương”"); not
    one an opening clause sets aside ("Besides the generic 'các sở, ban, ngành và địa phương', which …")."""
    aside = _OPENING_ASIDE.match(question)
    asked = question[aside.end() :] if aside else question
    return [v for pair in _QUOTED_VALUE.findall(asked) for v in pair if v and len(re.findall(r"\w+", v)) >= 2]


_OPENING_ASIDE = re.compile(rf"(?i)\s*{SET_ASIDE_OPENERS} [^,;?]{{1,120}},")


def quoted_value(question: str) -> bool:
    return bool(quoted_values(question))


def _of_bodies_asked(query: Query, found: list[Task]) -> list[Task]:
    """The rows of the bodies the question names, in either column; all of them when it names none, or names
    bodies only as the owner of what the rows make ("Những kế hoạch nào của UBND tỉnh … sau khi Đề án được ban
    hành?" of output cells "Kế hoạch của UBND tỉnh"); [] when it names bodies the rows do not."""
    if not query.agencies:
        return found
    owned = [t for t in found if any(fold(a) in fold(t.output or "") for a in query.agencies)]
    return owned or [t for t in found if any(agency_matches(t, a, "either") for a in query.agencies)]


def answer_body_after_event(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """The rows a body the question names has in the role asked whose time waits for the event it says ("Sở Tư
    pháp chủ trì những nhiệm vụ nào thực hiện sau khi Đề án được ban hành?"); None when it says no such event, or
    no row waits for it (the body's listing answers)."""
    if not query.agencies or not asks_after_event(query.question):
        return None
    event, found = _after_event_rows(view, query, scope)
    if not found:
        return None
    role = query.role if query.role in ("lead", "coordinating", "either") else "lead"
    lang = lang_of(query.lang)
    what = " ".join(
        [say(lang, "by_agency", names=", ".join(query.agencies), verb=say(lang, f"role_{role}")),
         say(lang, "after_event_what", event=event)]
    )  # fmt: skip
    found = [t for t in found if any(agency_matches(t, a, role) for a in query.agencies)]
    if not found:
        return Listing(say(lang, "listing_none", what=what), [], True, 0)
    return _cell_listed(view, query, found, what)


def answer_cell_listing(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """The task rows whose other cells (time, output, agencies, other columns) print the value the question
    quotes; None when it quotes none, or no row prints it (or a row's name holds it: the row is named)."""
    # (a bracket that sets rows aside names no value asked; it drops the rows that print what it names)
    quoted = bool(quoted_values(query.question))
    if not quoted:
        # "… nhiệm vụ nào có thời gian thực hiện phụ thuộc vào yêu cầu hoặc quy định của Trung ương?": the rows whose
        # time cell names what the question says it waits on (not one value printed as typed)
        source, found = _time_source_rows(view, query, scope)
        if found := _of_bodies_asked(query, found):
            # (rows that wait on a text's drafting, beside those that wait for its issuing, said so in the head)
            drafting = any(
                _waits_on_a_text(t.deadline or "") and not _waits_for_issuing(t.deadline or "") for t in found
            ) and _waits_for_issuing(f"sau khi {source}")  # (the question says an issuing)
            key = "time_source_drafting" if drafting else "time_source_what"
            return _cell_listed(view, query, found, say(lang_of(query.lang), key, source=source))
    question, asides = _without_set_aside(query.question)
    values = quoted_values(question)
    unquoted = not values and column_value(question)
    if unquoted:
        values = [unquoted]
    if not values and query.intent in ("general", "fact", "period_tasks", "deadline"):
        event, found = _after_event_rows(view, query, scope)
        if found := _of_bodies_asked(query, found):
            return _cell_listed(view, query, found, say(lang_of(query.lang), "after_event_what", event=event))
    if query.agencies and not quoted:
        return None  # (a body named, and no value quoted: only a time waited on is read here)
    if not values:
        said = _said_cell_rows(view, query, scope)
        if said is not None:
            return said
        return _output_listing(view, query, scope)
    if len(values) != 1:
        return None
    value = _words(values[0])
    found = []
    for task in view.tasks:
        if scope is not None and task.doc not in scope:
            continue
        name = _words(task.name)
        if value in name and len(value.split()) * 2 >= len(name.split()):
            return None  # the quote is (most of) a row's name: that row is named, not a value of its cells
        cells = [_words(cell or "") for cell in _asked_cells(task, query.intent)]
        if any(value in cell for cell in cells) and not any(
            _words(aside) != value and _words(aside) in cell for aside in asides for cell in cells
        ):
            found.append(task)
    if query.agencies:
        # the rows of the body the question names, in the role it names (a listing of rows: either role)
        role = query.role if query.intent == "agency_tasks" else "either"
        found = [t for t in found if any(agency_matches(t, a, role) for a in query.agencies)]
    if (
        not found
        and query.lang == "en"
        and not query.agencies
        and (cell := _cell_paraphrased(view, scope, values[0]))
    ):
        # ("… only 'according to the results of agencies' review and proposals'": the time cell the quote renders)
        found = [
            t
            for t in view.tasks
            if (scope is None or t.doc in scope) and _words(t.deadline or "") == _words(cell)
        ]
        return _cell_listed(view, query, found, say(lang_of(query.lang), "cell_what", value=cell.strip()))
    if not found:
        # ("… end in a resolution (Nghị quyết), either alone or as 'resolution/decision'": an English quote that
        # no cell prints; the output the question names is asked)
        return _output_listing(view, query, scope) if query.lang == "en" else None
    # (a value typed without quotes, maybe without tone marks, is shown as the first row prints it)
    shown = _printed_span(_asked_cells(found[0], query.intent), value) if unquoted else values[0].strip()
    key = "output_what" if query.intent == "output" else "cell_what"
    return _cell_listed(view, query, found, say(lang_of(query.lang), key, value=shown or values[0].strip()))


PARAPHRASE_MIN_WORDS = 3  # words of a time cell an English quote may render in its own words
PARAPHRASE_COVER = 0.75  # share of the cell's words the quote's glossed words must hold


def _cell_paraphrased(view: IndexView, scope: set[str] | None, value: str) -> str | None:
    """The time cell an English quote renders in its own words ("'according to the results of agencies' review and
    proposals'" of "Theo kết quả rà soát, đề xuất của các cơ quan"): the one of several words most of whose words
    the quote's glossed words hold, the most of them; None when none does."""
    if detect_language(value) != "en":
        return None
    said = set(_words(translate_question(value)).split())
    best: tuple[float, str] | None = None
    for task in view.tasks:
        if (scope is not None and task.doc not in scope) or not task.deadline:
            continue
        words = set(_words(task.deadline).split()) - _SOURCE_NOISE
        if len(words) < PARAPHRASE_MIN_WORDS:
            continue
        cover = len(words & said) / len(words)
        if cover >= PARAPHRASE_COVER and (best is None or cover > best[0]):
            best = (cover, task.deadline)
    return best[1] if best else None


SAID_VALUE_MIN = 4  # words of a time cell a question says word for word, unquoted, to be read as it


def _said_cell_rows(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """The rows whose time cell prints a value of several words the question says word for word, unquoted and
    wherever it says it ("Hà Tĩnh có nhiệm vụ nào làm theo thời hạn giao của Trung ương không?" of cells "Theo
    thời hạn giao của Trung ương"); None when it says none. (Not an output cell: "Kế hoạch của UBND tỉnh" is
    also how a question names its document.)"""
    asked = _words(query.question)
    in_scope = [t for t in view.tasks if scope is None or t.doc in scope]
    said = {
        value
        for t in in_scope
        if len((value := _words(t.deadline or "")).split()) >= SAID_VALUE_MIN and value in asked
    }
    if not said:
        return None
    value = max(said, key=lambda v: len(v.split()))  # (the longest: one that holds a shorter one says more)
    found = [t for t in in_scope if value in _words(t.deadline or "")]
    shown = _printed_span([found[0].deadline], value) or (found[0].deadline or "").strip()
    return _cell_listed(view, query, found, say(lang_of(query.lang), "cell_what", value=shown))


def _output_listing(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """The rows whose output cell prints the output an English listing question names, or None."""
    outputs = output_values(query.question)
    found = _of_output([t for t in view.tasks if scope is None or t.doc in scope], outputs) if outputs else []
    if not found:
        return None
    shown = _output_shown(found[0], outputs)
    return _cell_listed(view, query, found, say(lang_of(query.lang), "output_what", value=shown))


def _cell_listed(view: IndexView, query: Query, found: list[Task], what: str) -> Listing:
    lang = lang_of(query.lang)
    cites = citations(view, query)
    lines = [say(lang, "listing_head", n=len(found), what=what), *task_lines(view, found, cites, lang, query)]
    text = "\n".join(lines)
    english = compose.finish_english(text) if lang == "en" else text
    return Listing(english, cites.items, False, len(found))


HEADING_SECTIONS = 8  # duties quoted from an agency's own section, at most


def heading_sections(view: IndexView, query: Query, scope: set[str] | None, topic_terms=None) -> list:
    """Clause chunks under a section title that names an agency of the question, in document order; with
    a topic, those that hold some of it."""
    keys = [fold(a) for a in query.agencies]
    out = []
    for chunk in view.clause_chunks:
        if scope is not None and chunk.doc not in scope:
            continue
        heading = view.heading(chunk)
        if heading is None or not any(
            re.search(rf"(?<!\w){re.escape(k)}(?!\w)", fold(heading[0])) for k in keys
        ):
            continue
        # (the heading's words are each item's: "3. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh" over "- Siết chặt kỷ luật …"
        # answers "… lãnh đạo UBND tỉnh thực hiện những việc gì?")
        if topic_terms and view.stats.coverage(topic_terms, terms(f"{heading[0]} {chunk.text}")) <= 0:
            continue
        out.append(chunk)
    out.sort(key=lambda c: (c.doc, c.lines[0]))
    return out[:HEADING_SECTIONS]


def task_lines(view: IndexView, tasks: list[Task], cites, lang: str, query: Query) -> list[str]:
    docs = view.docs
    by_place: dict[str, list[Task]] = {}
    for task in tasks:
        by_place.setdefault(compose.place_of(docs.get(task.doc)), []).append(task)
    several = len(by_place) > 1
    # rows of one document that print the same name ("a) Nghị định quy định chi tiết …" under "3.1. Tham gia góp ý
    # kiến vào dự thảo …" and again under "3.2. Tổ chức triển khai …"): each told apart by its group's title
    names = Counter((t.doc, _words(t.name)) for t in tasks)
    lines, i = [], 0
    for place, group in by_place.items():
        if several:
            lines.append(say(lang, "listing_group", place=place, n=len(group)))
        before = None
        for task in group:
            # (the next line of a row printed over two lines of its table — a lead cell of two bodies, each with its
            # partners — is that row's, not a row of its own: numbered once, as `distinct_rows` counts it)
            goes_on = _same_printed_row(before, task)
            before = task
            i += not goes_on
            n = cites.task(task, view.task_chunk(task))
            # (a task read from prose: its time as the text prints it, "Thời gian hoàn thành: Trước ngày …")
            printed = _printed_time(view, task)
            line = compose.task_line(
                task,
                n,
                docs.get(task.doc),
                lang,
                with_place=not several and not query.provinces,
                printed_time=printed if len(printed) <= PRINTED_TIME_CHARS else "",
                group_title=names[(task.doc, _words(task.name))] > 1,
                printed_bodies=_printed_bodies(view, task),
            )
            if query.agencies:  # the cell that names the body asked about, printed once above the row
                for field in ("lead", "coordinating") if query.role == "either" else (query.role,):
                    line += compose.shared_cell(task, field, cites, lang)
                # the same row printed again with another lead (a row whose lead cell holds two bodies, each on
                # its own line with its partners): the row is led jointly
                for other in _same_row_other_lead(view, task):
                    line += " " + say(
                        lang,
                        "jointly_led",
                        names=compose.lead_of(other),
                        n=cites.task(other, view.task_chunk(other)),
                    )
            for clause, name in _own_parts(view, task, query.agencies):
                part = say(
                    lang,
                    "own_part",
                    name=name,
                    quote=compose.short_quote(clause.text),
                    n=cites.clause(clause),
                )
                line = f"{line} — {part}"
            if goes_on and " — " in line:
                lines.append(f"   {say(lang, 'row_goes_on')} {line.split(' — ', 1)[1]}")
            else:
                lines.append(f"{i}. {line}")
    return lines


def _same_printed_row(before: Task | None, task: Task) -> bool:
    """Whether `task` is the next record of the row `before` is (its number, group and name)."""
    return (
        before is not None
        and bool(task.number)
        and (before.doc, before.group, before.number, before.name)
        == (task.doc, task.group, task.number, task.name)
    )


def _same_row_other_lead(view: IndexView, task: Task) -> list[Task]:
    """The other records of the same printed row (its number, group and name) whose lead differs."""
    if not task.number:
        return []
    key = _words(task.name)
    return [
        t
        for t in view.tasks_of(task.doc)
        if t is not task
        and t.number == task.number
        and t.group == task.group
        and t.lead
        and set(t.lead) != set(task.lead)
        and _words(t.name) == key
    ]


PRINTED_TIME_CHARS = 160  # a prose task's time line shown as printed when this short
# a label that introduces a time in prose: "Thời gian hoàn thành:", "Thời hạn:", "Thời gian thực hiện:"
_TIME_LABEL = re.compile(r"(?:^|(?<=[.;]\s)|(?<=^-\s))((?:thời gian|thời hạn|hạn)[^.;:]{0,30}:\s*)$", re.I)


def _chunks_within(view: IndexView, task: Task) -> list:
    """The clause chunks of the task's document that lie within its lines, in the order the view holds them."""
    first, last = task.lines
    return [
        c for c in view.clause_chunks_by_doc.get(task.doc, ()) if first <= c.lines[0] and c.lines[1] <= last
    ]


def _printed_time(view: IndexView, task: Task) -> str:
    """The time of a task read from prose as the text prints it, its label and all ("Thời gian hoàn thành:
    Trước ngày 31/5/2026."); "" for a table row, or when no passage of its span prints a label before it."""
    if task.source != "prose" or not task.deadline:
        return ""
    value = " ".join(task.deadline.split())
    for chunk in _chunks_within(view, task):
        text = " ".join(chunk.text.split())
        at = text.find(value)
        if at < 0:
            continue
        label = _TIME_LABEL.search(text[:at])
        if label is None:
            return ""
        printed = label.group(1) + value
        return printed if len(printed) <= PRINTED_TIME_CHARS else ""
    return ""


# the label of prose that names who carries an item out, its lead and partners in one value ("- Cơ quan thực
# hiện: Sở Nội vụ chủ trì, phối hợp với …", or "+" items under it, each body with its part)
_BODIES_LABEL = re.compile(
    r"^[-–+•*]?\s*((?:cơ quan|đơn vị)\s+(?:thực\s+hiện|chịu\s+trách\s+nhiệm)(?:\s+thực\s+hiện)?\s*:)\s*(.*)$",
    re.I | re.S,
)
PRINTED_BODIES_CHARS = 420  # a prose task's bodies shown as printed when this short


def _printed_bodies(view: IndexView, task: Task) -> str:
    """Who carries out a task read from prose, as the text prints it, label and all, when that value says
    more than the lead's name ("Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với …"; the label over "+" items,
    each body with its part: "… + Sở Xây dựng đăng tải thông điệp …"); "" for a table row, a value that is the
    lead's name alone, or one longer than PRINTED_BODIES_CHARS."""
    if task.source != "prose" or not task.lead_text:
        return ""
    chunks = _chunks_within(view, task)
    for k, chunk in enumerate(chunks):
        m = _BODIES_LABEL.match(" ".join(chunk.text.split()))
        if m is None:
            continue
        label, value = m.group(1), m.group(2).strip()
        if not value:  # the label alone: its "+" items follow
            items = []
            for later in chunks[k + 1 :]:
                text = " ".join(later.text.split())
                if not text.startswith("+"):
                    break
                items.append(text)
            value = " ".join(items)
        if not value or fold(value.strip(" .;")) == fold(task.lead_text.strip(" .;")):
            return ""
        printed = f"{label} {value}"
        return printed if len(printed) <= PRINTED_BODIES_CHARS else ""
    return ""


_OWN_PART_MIN = 15  # characters an item says beyond the agency's name to be its own part of the row


def _own_parts(view: IndexView, task: Task, agencies) -> list[tuple]:
    """The items of a row written as prose that give one of its several bodies its own part ("+ Sở Xây dựng
    đăng tải thông điệp … trên bảng quang báo …" in a row led by "Sở Văn hóa và Thể thao; Sở Xây dựng"),
    for the agencies asked about: (clause, the name as printed)."""
    if not agencies or len(task.lead) + len(task.coordinating) < 2:
        return []
    out = []
    for clause in view.clauses(task.doc):
        if not (task.lines[0] <= clause.lines[0] and clause.lines[1] <= task.lines[1]):
            continue
        text = clause.text.lstrip("+-–•* ")
        folded = fold(text)
        for agency in agencies:
            name = fold(agency)
            if (
                folded.startswith(name)
                and not folded[
                    len(name) : len(name) + 1
                ].isalnum()  # ("Sở Nông nghiệp" ≠ "Sở Nông nghiệp và …")
                and len(text) >= len(name) + _OWN_PART_MIN
            ):
                out.append((clause, text[: len(agency)]))
                break
    return out


def answer_overview(view: IndexView, query: Query, scope: set[str] | None) -> Listing:
    """A question that is only a place name: what the index holds about it, and how to ask."""
    lang = lang_of(query.lang)
    cites = citations(view, query)
    lines = []
    for d in (d for d in view.docs.values() if scope is None or d.name in scope):
        own = view.clause_chunks_by_doc.get(d.name, ())
        first = min(own, key=lambda c: c.lines[0], default=None)
        n = cites.chunk(first) if first else None
        count = sum(1 for t in view.tasks if t.doc == d.name)
        number = d.number or say(lang, "number_blank")
        extra = say(lang, "appendix_tasks", n=count) if count else ""
        lines.append(f"- {d.title} ({number}{extra})" + (f" [{n}]" if n else ""))
    place = ", ".join(query.provinces)
    text = "\n".join(
        [say(lang, "overview_head", place=place), *lines, say(lang, "overview_hint", place=place)]
    )
    return Listing(text, cites.items, False)


# "Phụ lục … được chia thành những nhóm nhiệm vụ nào?", "which groups of tasks does the appendix have?"
# "mỗi nhóm do cơ quan nào chủ quản", "who owns each group": the lead bodies of each group asked too
_GROUP_LEADS_ASKED = re.compile(r"\b(?:chu quan|chu tri|co quan nao|who|owns?|owners?|custodians?|leads?)\b")
# (a list of data sets, "Danh sách dữ liệu kèm Quy định 384", grouped by field)
_GROUPED_THINGS = re.compile(
    r"\b(?:phu luc|appendix|annex|nhiem vu|chi tieu|tasks?|indicators?|danh sach du lieu|du lieu|data(?: sets?)?)\b"
)
_ASKS_GROUPS = re.compile(
    r"\b(?:chia|phan) (?:\w+ ){0,14}?(?:thanh|lam|ra) (?:nhung |cac |may |bao nhieu )?nhom\b"
    r"|\b(?:gom|co) (?:nhung|cac|may|bao nhieu) nhom(?: nhiem vu| noi dung| chi tieu)?\b(?! (?:\w+ ){0,3}(?:do|cua|giao)\b)"
    r"|\bnhung nhom (?:nhiem vu|noi dung|chi tieu) nao\b|\bcac nhom (?:nhiem vu|noi dung|chi tieu) (?:nao|la gi)\b"
    # "… khác gì về các nhóm nhiệm vụ cụ thể?": the groups, set side by side
    r"|\b(?:khac|giong)(?: nhau)? (?:gi|the nao|nhu the nao|ra sao) ve (?:cac |nhung )?nhom (?:nhiem vu|noi dung|chi tieu)\b"
    r"|\b(?:which|what|how many) (?:main )?(?:groups|categories|sections|headings) (?:of (?:tasks|indicators) )?"
    r"(?:does|do|are|is)\b"
    # "What are the main task groups (section II) of …?", "list the task groups of …"
    # ("… the main task areas …", "task clusters": the groups in the user's own word)
    r"|\b(?:what|which|list|name|how many)(?: are| were)?(?: all)?(?: the)?(?: main| key| major)? (?:task|indicator)"
    r" (?:groups|areas|clusters|categories|themes)\b"
    # "What are the groups of specific tasks in Phú Thọ's implementation plan?"
    r"|\b(?:what|which|list|name|how many)(?: are| were)?(?: all)?(?: the)?(?: main| key| major)? (?:groups|areas"
    r"|clusters|categories) of (?:\w+ )?(?:tasks|indicators)\b"
    # "… gồm những mảng nhiệm vụ nào?"
    r"|\b(?:nhung|cac|may|bao nhieu) mang (?:nhiem vu|cong viec)\b"
    # "… and how many fall under each group?", "mỗi nhóm có bao nhiêu nhiệm vụ": the groups, counted
    r"|\bhow many\b.*\b(?:under|in|per|within) each (?:group|category)\b"
    r"|\b(?:moi|tung) nhom (?:co |gom )?(?:bao nhieu|may)\b|\b(?:bao nhieu|may) nhiem vu (?:moi|tung) nhom\b"
    # "How are the key tasks in the appendix … grouped?", "into which groups are … organised?", "được nhóm như thế nào"
    # ("… in Hải Phòng's appendix …": a possessive among the words; "… of Decision 2597 (digital transformation of
    # construction infrastructure) grouped?": what the document is, in brackets)
    r"|\bhow (?:are|were|is) (?:[\w/.'’()-]+ ){1,20}?(?:grouped|organi[sz]ed|divided|categori[sz]ed|arranged|structured)\b"
    r"|\binto (?:what|which) (?:groups|categories|sections)\b"
    # "… List the groups.", "name the task groups", "What are the data field groups listed in the appendix …?",
    # "List the data groups in the appendix …"
    r"|\b(?:list|name|give) (?:all )?(?:the |its |their )?(?:task )?groups\b"
    r"|\b(?:what|which|list|name)(?: are| were)?(?: all)?(?: the)?(?: [\w-]+){0,3}? (?:groups|categories)\b"
    r"(?= (?:listed |set out |printed )?(?:in|of|under) (?:the )?(?:[\w'’-]+ ){0,3}?(?:appendix|annex|table|list)\b)"
    r"|\b(?:duoc )?(?:nhom|phan nhom|chia nhom|sap xep) (?:nhu the nao|the nao|ra sao)\b"
)


def asks_groups(query: Query) -> bool:
    """Whether the question asks how a document's task table is grouped (not the tasks of one agency)."""
    f = fold(query.question)
    return not query.agencies and bool(_ASKS_GROUPS.search(f)) and bool(_GROUPED_THINGS.search(f))


MAX_SIDES_GROUPED = 3  # the groups of up to this many documents, side by side


def answer_groups(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """The groups of the task table of the one document in scope with grouped rows: each group's number and
    title as printed, its count of rows, and its title with its first row cited. None when no single document
    fits."""
    lang = lang_of(query.lang)
    grouped: dict[str, dict[tuple[str, str], list[Task]]] = {}
    for task in view.tasks:
        if (scope is None or task.doc in scope) and task.group_title:
            grouped.setdefault(task.doc, {}).setdefault((task.group or "", task.group_title), []).append(task)
    grouped = {doc: groups for doc, groups in grouped.items() if len(groups) >= 2}
    if scope is None:  # the groups of a document the question names
        return None
    # a table that groups its rows by a column of its own ("Nhóm lĩnh vực dữ liệu", a cell merged down its rows)
    for doc in sorted(scope):
        cells: dict[tuple[str, str], list[Task]] = {}
        for task in view.tasks_of(doc) if doc not in grouped else ():
            if cell := _group_cell(task):
                cells.setdefault(("", cell), []).append(task)
        if len(cells) >= 2:
            grouped[doc] = cells
    # "… mỗi nhóm do cơ quan nào chủ quản?": each group's lead bodies too
    with_leads = query.intent == "lead_agency" or bool(_GROUP_LEADS_ASKED.search(fold(query.question)))
    # a plan with no task table groups its tasks under the numbered headings of its tasks section
    outlined = {
        doc: found
        for doc in sorted(scope)
        if doc not in grouped and (found := _outline_groups(view.clauses(doc))) is not None
    }
    # "Phần nhiệm vụ cụ thể của Hà Tĩnh và của Phú Thọ có bao nhiêu nhóm …?": each document's groups, when
    # the question sets two or three places or documents side by side
    side_by_side = query.intent == "compare" or len(query.provinces) >= 2
    sides = len(grouped) + len(outlined)
    if not sides or (sides != 1 and not (side_by_side and sides <= MAX_SIDES_GROUPED)):
        return None
    cites = citations(view, query)
    lines = []
    for doc, (section, headings) in outlined.items():
        d = view.docs.get(doc)
        label = compose.kind_and_owner(d) if d else doc
        title = compose.short_quote(_heading_of(section.text), 120)
        lines.append(say(lang, "groups_head_outline", section=title, doc=label, n=len(headings)))
        for heading, count in headings:
            n = cites.clause(heading, heading.text)
            title = compose.short_quote(heading.text, 300)
            lines.append("- " + say(lang, "group_line_items", title=title, count=count, cite=n))
    for doc, groups in grouped.items():
        d = view.docs.get(doc)
        label = compose.kind_and_owner(d) if d else doc
        lines.append(
            say(lang, "groups_head", doc=label, n=len(groups), tasks=sum(len(t) for t in groups.values()))
        )
        for (number, title), tasks in groups.items():
            first = tasks[0]
            if first.group_lines is not None and first.group_lines[0] <= first.lines[0]:
                # the group's own title, printed above its rows, with its first row
                section = f"Phụ lục, nhóm {number}" if number else "Phụ lục"
                n = cites.add(
                    doc,
                    (first.group_lines[0], first.lines[1]),
                    section,
                    f"{number}. {title}".lstrip(". "),
                    "task",
                )
            else:
                n = cites.task(first, None)
            line = "- " + say(
                lang,
                "group_line_one" if len(tasks) == 1 else "group_line",
                number=f"{number}. " if number else "",
                title=title,
                count=len(tasks),
                cite=n,  # (not "n": a count of one would pick the singular line)
            )
            if (heading := _body_heading(view, doc, title, first.lines[0])) is not None:
                # the body prints the same group as a heading of its own ("1. Bảo đảm sự lãnh đạo …"): cited too
                line += say(lang, "group_in_body", where=heading.label, n=cites.clause(heading, heading.text))
            leads = list(dict.fromkeys(body for task in tasks for body in task.lead))
            if with_leads and leads:
                line += say(lang, "group_leads", names="; ".join(leads))
            lines.append(line)
    count = sum(len(g) for g in grouped.values()) + sum(len(h) for _, h in outlined.values())
    return Listing("\n".join(lines), cites.items, False, count=count)


MIN_OUTLINE_GROUPS = 2
BODY_TITLE_WORDS = 8  # words a body heading and an appendix group title must open alike (or all, both short)
_HEADING_MARKER = re.compile(r"^\s*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+")


def _body_heading(view: IndexView, doc: str, title: str, before: int) -> Clause | None:
    """The heading of the document's body, printed before its appendix (`before`: the appendix's first row),
    that titles the same group as an appendix group title: its words, marker aside, open as the title's do
    (BODY_TITLE_WORDS of them at least, or all of both); the first such heading, or None."""
    wanted = re.findall(r"\w+", fold(title))
    if len(wanted) < 2:
        return None
    for clause in view.clauses(doc):
        if clause.lines[0] >= before or clause.path.count(".") > 1:
            continue
        text = clause.text.strip()
        marked = _HEADING_MARKER.match(text)
        if marked is None or len(text) > 400:
            continue
        words = re.findall(r"\w+", fold(text[marked.end() :]))
        shared = next(
            (i for i, (a, b) in enumerate(zip(words, wanted, strict=False)) if a != b),
            min(len(words), len(wanted)),
        )
        if shared >= BODY_TITLE_WORDS or (shared and shared == len(wanted) == len(words)):
            return clause
    return None


def _heading_of(text: str) -> str:
    """A section's heading in capitals, without the text after it ("II. NHIỆM VỤ CỤ THỂ Nhằm đạt được …")."""
    words = text.split()
    for i, word in enumerate(words[1:], 1):
        if len(word) > 1 and word[0].isupper() and word[1:].islower():
            return " ".join(words[:i])
    return " ".join(words)


def _outline_groups(clauses) -> tuple | None:
    """(the section, [(heading, number of points under it)]) of a document's top-level section whose heading
    names its tasks ("II. NHIỆM VỤ CỤ THỂ") and whose numbered parts are headings over points of their own
    ("1. Bảo đảm sự lãnh đạo …" over "a) …", "b) …"); None when no section is so made."""
    for top in clauses:
        if "." in top.path or not re.fullmatch(r"[IVXLC]{1,6}|\d{1,2}", top.path):
            continue
        heading = fold(_heading_of(top.text))
        if not re.search(r"\bnhiem vu\b", heading):
            continue
        parts = [c for c in clauses if c.path.startswith(top.path + ".") and c.path.count(".") == 1]
        counted = [
            (c, sum(1 for d in clauses if d.path.startswith(c.path + ".") and d.path.count(".") == 2))
            for c in parts
        ]
        if len(counted) >= MIN_OUTLINE_GROUPS and all(n for _, n in counted):
            return top, counted
    return None


def _section_sentences(
    view: IndexView, scope: set[str] | None, section: str, keep
) -> list[tuple[Chunk, str]]:
    """(chunk, its sentences that `keep` accepts, joined) of every passage under the section titled `section`,
    in document order; passages with none left out."""
    picked = []
    for doc, chunks in view.clause_chunks_by_doc.items():
        if scope is not None and doc not in scope:
            continue
        for chunk in sorted(chunks, key=lambda c: c.lines[0]):
            if not under_title(chunk, section):
                continue
            said = [s for s in split_sentences(chunk.text) if keep(s)]
            if said:
                picked.append((chunk, " ".join(said)))
    return picked


def answer_section_period(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """ "Theo phần Tổ chức thực hiện …, những việc nào phải hoàn thành trong năm 2025?": the sentences of the
    section the question names by its title that say the year asked, quoted in document order; None when
    the question names no section, asks no year, or no sentence there says it."""
    section = section_named(query)
    if not section or not query.years:
        return None
    years = [str(y) for y in query.years]
    # ("Phần tổ chức thực hiện … yêu cầu các sở và UBND cấp xã làm xong những việc gì trong năm 2025?": the
    # sentences that name a body asked, when any is)
    asked = set(query.agencies)
    picked = _section_sentences(
        view,
        scope,
        section,
        lambda s: (
            any(re.search(rf"(?<!\d){y}(?!\d)", s) for y in years)
            and (not asked or bool(asked & set(find_agencies(s))))
        ),
    )
    if not picked:
        return None
    lang = lang_of(query.lang)
    head = say(lang, "section_period_head", section=section_title(picked[0][0], section), n=len(picked),
               what=describe(replace(query, agencies=(), provinces=()), lang))  # fmt: skip
    return _passages_listing(view, query, head, picked)


# a sentence that sets a time, with or without its year: "trong tháng 6 năm 2025", "hoàn thành trong năm 2025",
# "trước ngày 05/6 và trước ngày 25/11 hằng năm", "chậm nhất ngày 15/12"
_SETS_A_TIME = re.compile(
    r"(?i)\b(?:trước ngày|trước|chậm nhất(?: là)?(?: ngày)?|trong tháng|trong năm|trong quý|hoàn thành(?: trong)?|"
    r"thời hạn(?: hoàn thành)?:?|hạn chót|by|before|no later than)\s+(?:ngày\s+|năm\s+|tháng\s+|quý\s+)?[\dIV]"
)
SECTION_TIMES_MIN = 2  # passages of the part that set a time, at least, for a list of them to answer


def answer_section_times(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """ "Theo phần tổ chức thực hiện …, các sở, ban, ngành phải đáp ứng những mốc thời gian nào?": the sentences
    of the part the question names by its title that set a time, quoted in document order; None when the
    question names no part, or fewer than SECTION_TIMES_MIN passages there set one."""
    section = section_named(query)
    if not section:
        return None
    picked = _section_sentences(view, scope, section, lambda s: bool(_SETS_A_TIME.search(s)))
    if len(picked) < SECTION_TIMES_MIN:
        return None
    lang = lang_of(query.lang)
    head = say(lang, "section_times_head", section=section_title(picked[0][0], section), n=len(picked))
    return _passages_listing(view, query, head, picked)


def _passages_listing(view: IndexView, query: Query, head: str, picked: list) -> Listing:
    """A listing of quoted passages ((chunk, quote) in order, or (chunk, quote, what follows the quote)), each
    with its place and section, cited."""
    lang = lang_of(query.lang)
    cites = citations(view, query)
    lines = [head]
    for chunk, quote, *tail in picked:
        n = cites.chunk(chunk, quote)
        place = compose.place_of(view.docs.get(chunk.doc))
        after = f" — {tail[0]}" if tail else ""
        lines.append(f"- {place}, {chunk.section}: “{compose.short_quote(quote)}”{after} [{n}]")
    text = "\n".join(lines)
    return Listing(compose.finish_english(text) if lang == "en" else text, cites.items, False, len(picked))


# a time limit the text sets in a sentence: "hoàn thành trước ngày 30/11/2025", "chậm nhất trong tháng 12/2025",
# "Thời hạn hoàn thành: 31/12/2025", "trước ngày 31 tháng 12 năm 2025", "trong Quý IV năm 2025"
_TIME = (
    r"(?:\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|tháng\s+\d{1,2}\s*/\s*\d{4}|tháng\s+\d{1,2}\s+năm\s+\d{4}|quý\s+[IV]{1,3}\s*(?:/|-|\s+năm\s+)\s*\d{4})"
)
_TEXT_DEADLINE = re.compile(
    rf"(?i)(?:trước|chậm nhất|hoàn thành|xong|kết thúc|hạn|trong|thời hạn(?: hoàn thành| thực hiện)?:)\s+"
    rf"(?:(?:ngày|là|vào|trong)\s+)*{_TIME}"
)
# where a long sentence parts: after a full stop before a capital or an item's number ("(3) …"), not after "…"
# or an abbreviation ("TP. Hồ Chí Minh")
_PARTS = re.compile(r"(?<=[^\W\d_]{3}[.])\s+(?=[(A-ZĐ])|\s+(?=\(\d{1,2}\)\s)")


# … and, for the list of every time limit a document sets, a day of each year ("trước ngày 15 tháng 12 hằng năm")
_YEARLY_DEADLINE = re.compile(
    r"(?i)(?:trước|chậm nhất|hạn)\s+(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+|\s*/\s*)\d{1,2}\s+(?:hằng|hàng) năm"
)
# "Nghị quyết 394 có những mốc thời hạn nào …?", "What deadlines does Resolution 394 set?": every time limit
FEW_TIMED_ROWS = 6
ASKS_DEADLINES = re.compile(
    r"\b(?:nhung|cac) (?:moc (?:thoi han|thoi gian)|thoi han|han chot|moc)\b(?: \w+){0,3} (?:nao|gi)\b"
    r"|\b(?:liet ke|ke ten) (?:cac |nhung )?(?:moc (?:thoi han|thoi gian)|thoi han|han chot)\b"
    r"|\b(?:what|which|list(?: all)?(?: of)?(?: the)?) (?:[\w-]+ ){0,2}(?:deadlines|time limits|due dates|milestones)\b"
)


def _timed_parts(chunk: Chunk, fits) -> list[str]:
    """The parts of a passage's sentences (of a long sentence, its parts: "(2) … trước ngày 30/11/2025. (3) …")
    whose text, tones normalised, `fits` (sets the time limit asked)."""
    return [
        part
        for sentence in split_sentences(chunk.text)
        for part in _PARTS.split(sentence)
        if fits(normalize_tones(part))
    ]


def _quoted_parts(chunk: Chunk, said: list[str]) -> str:
    """What a listing quotes of a passage: a short passage whole (its time limit closes what the sentences before
    it ask), else the parts that set the time."""
    return chunk.text if len(chunk.text) <= compose.MAX_QUOTE else " … ".join(said)


def answer_text_deadlines(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """Every time limit a document sets in its sentences, and the time cells of its few task rows, quoted in
    document order: "Nghị quyết 394 có những mốc thời hạn nào?"; None when the question asks no such list,
    names a body or a period, the scope is not one or two documents, or the documents in it have more than
    FEW_TIMED_ROWS rows with time cells together (the listings by period answer of a task table)."""
    if (
        not ASKS_DEADLINES.search(fold(query.question))
        or query.agencies
        or scope is None
        or not 0 < len(scope) <= 2
    ):
        return None
    if (
        query.years
        or query.months
        or query.quarters
        or query.before
        or query.after
        or query.periods_set_aside
    ):
        return None  # (a period asked: answer_text_period)
    if any(p != "năm cụ thể" for p in query.periods):
        return (
            None  # ("các thời hạn hằng năm nào": rows of that kind; "thời hạn cụ thể" is every dated limit)
        )
    timed = [t for t in view.tasks if t.doc in scope and t.deadline]
    if len(timed) > FEW_TIMED_ROWS:
        return None
    picked = [
        (chunk, _quoted_parts(chunk, said))
        for doc in sorted(scope)
        for chunk in sorted(view.clause_chunks_by_doc.get(doc, ()), key=lambda c: c.lines[0])
        if (
            said := _timed_parts(
                chunk, lambda part: bool(_TEXT_DEADLINE.search(part) or _YEARLY_DEADLINE.search(part))
            )
        )
    ]
    for task in timed:
        chunk = view.task_chunk(task)
        if chunk is not None:
            picked.append((chunk, task.name, f"{say(lang_of(query.lang), 'time_word')}: {task.deadline}"))
    if not picked:
        return None
    picked.sort(key=lambda p: (p[0].doc, p[0].lines[0]))
    head = say(lang_of(query.lang), "text_deadlines_head", n=len(picked))
    return _passages_listing(view, query, head, picked)


def answer_text_period(view: IndexView, query: Query, scope: set[str] | None) -> Listing | None:
    """ "Công điện 227 yêu cầu hoàn thành những việc gì trước ngày 30/11/2025?" of documents with no task
    table: the sentences that set a time limit in the period asked ("… hoàn thành trước ngày 30/11/2025"),
    quoted in document order (only passages that name the agency the question names, when it names one);
    None when the question asks no period, the documents have task rows with time cells, or no sentence sets
    such a time."""
    if not (query.years or query.months or query.quarters or query.before) or scope is None or not scope:
        return None
    if any(t.deadline for t in view.tasks if t.doc in scope):
        return None  # (a task table with time cells: the listing of its rows answers)
    wanted = [fold(a) for a in query.agencies]
    picked = []
    for doc in sorted(scope):
        for chunk in sorted(view.clause_chunks_by_doc.get(doc, ()), key=lambda c: c.lines[0]):
            said = _timed_parts(
                chunk,
                lambda part: any(deadline_fits(m.group(0), query) for m in _TEXT_DEADLINE.finditer(part)),
            )
            if not said:
                continue
            if wanted and not any(w in fold(f"{chunk.context} {chunk.text}") for w in wanted):
                continue
            picked.append((chunk, _quoted_parts(chunk, said)))
    if not picked:
        return None
    head = say(lang_of(query.lang), "text_period_head", n=len(picked),
               what=describe(replace(query, provinces=()), lang_of(query.lang)))  # fmt: skip
    return _passages_listing(view, query, head, picked)


def section_title(chunk, section: str) -> str:
    """The title of the section `section` (folded) names, as the chunk's context prints it."""
    for title in (chunk.context or "").splitlines()[-1].split(" › "):
        if section in fold(title):
            return re.sub(r"^\s*(?:[IVXLC]+|\d+)[.)]\s*", "", title).strip()
    return section
