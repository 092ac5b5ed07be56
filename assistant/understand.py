"""Question understanding, by rules over the question's own words (offline, no model):

language, intent (one of types.INTENTS), provinces, document numbers, agencies, years / quarters /
months / recurring periods, the expected kind of answer (a percentage, a sum of money, a date …), the
topic (the question minus intent words, names and places), and follow-up resolution from a history
("Còn ở Phú Thọ thì sao?" after a Hà Tĩnh question keeps the topic and intent, with the new province).
A question that fits no rule is "general": plain retrieval.

Patterns are written on the folded form (lower case, no diacritics) so that unaccented input
("co quan nao chu tri") is understood like accented input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.abbreviations import expand_short_forms
from assistant.en_months import NAME as MONTH_NAME
from assistant.en_months import month_number, months_named
from assistant.glossary import (
    detect_language,
    english_term_spans,
    english_terms,
    english_to_vietnamese,
    find_provinces,
    glossary,
    has_vietnamese_marks,
    translate_question,
)
from assistant.question_rules import (
    ANSWER_TYPES,
    ASKS_TIME,
    BODIES_STEERED,
    COMPARE,
    COORDINATING,
    COUNTED_BY_MAY,
    DEADLINE,
    DOC_HINTS,
    FACT,
    FOLLOWUP,
    FOR_EACH_ROW,
    FORM_ACCENTED,
    FORM_FOLDED,
    FORM_TERMS,
    LEAD,
    LISTING,
    OUTPUT,
    PERIOD_WORDS,
    PLACE_PREFIX,
    PLACE_PREFIX_FOLDED,
    REFERENTIAL,
    RESPONSIBLE_FOR_ASKED,
    SET_ASIDE_OPENERS,
    SOFT_LISTING,
    STRONG_FACT,
    any_match,
    blank_column_span,
    defined_term,
    word_pattern,
)
from indexer.clean import normalize_tones
from indexer.records import CENTRAL, Document
from indexer.text import fold

_QUOTED = re.compile(r"[“\"«„]([^”\"»“]{8,})[”\"»]")
# (folded) a quoted value that says a time only: "Năm 2026", "Quý III/2025", "trước ngày 30/6/2026"
_QUOTED_PERIOD = re.compile(
    r"\b(?:truoc |sau |trong )?(?:nam|thang|quy|ngay|year|quarter|month)\b|\b(?:i|ii|iii|iv)\b|[\d/.-]+"
)
MAX_QUESTION_CHARS = 2000  # longer questions are cut (and the answer says so)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")  # terminal escape sequences pasted with a question
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
DOC_NUMBER = re.compile(
    # (not a number and a lower-case word: "3-level", "5-year" are English words, not "66-NQ/TW")
    r"(?<![\w/])(?!\d{1,5}-[a-zđ]+(?![\w/-]))\d{1,5}(?:/\d{4})?[/-][A-ZĐa-zđ]{1,8}\d{0,3}(?:[/-][A-ZĐa-zđ0-9&]{1,10}){0,3}(?![\w])"
)
_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d/-])|(?<=/)(20\d\d)(?!\d)")
# "Điều 8", "khoản 2 Điều 5", "Article 8", "clause 2 of Article 5", "Article 5(2)"
ARTICLE = re.compile(
    r"(?i)(?<!\w)(?:(?:khoản|khoan|clause|paragraph)\s+(\d{1,3})\s+(?:của\s+|cua\s+|of\s+)?)?"
    r"(?:điều|dieu|article)\s+(\d{1,3})(?!\w|/)(?:\s*\((\d{1,3})\))?"
)
_ROMAN_Q = {"1": "I", "2": "II", "3": "III", "4": "IV", "i": "I", "ii": "II", "iii": "III", "iv": "IV"}
_EN_ORDINAL_Q = {"first": "I", "second": "II", "third": "III", "fourth": "IV"}


@dataclass(frozen=True)
class Query:
    question: str  # the question as answered (control characters removed, cut to MAX_QUESTION_CHARS)
    lang: str  # "vi", "en", "other" ("" for a question without letters)
    intent: str
    aspect: str = "general"  # for compare: what is compared (lead_agency, deadline …); otherwise = intent
    provinces: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()  # file names named through their document number
    doc_numbers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()  # Vietnamese names of agencies named in the question
    role: str = "lead"  # for agency_tasks: "lead" (chủ trì), "coordinating" (phối hợp) or "either"
    years: tuple[int, ...] = ()
    quarters: tuple[str, ...] = ()  # Roman numerals "I".."IV"
    months: tuple[int, ...] = ()
    periods: tuple[str, ...] = ()  # "hằng năm", "thường xuyên"
    # kinds of period the question sets aside ("other than “Thường xuyên”", "không phải thường xuyên"): the
    # rows whose time is of none of them, and says one
    periods_set_aside: tuple[str, ...] = ()
    # … and only where a time is that kind alone ("other than just “Thường xuyên”", "không ghi đơn thuần là …":
    # "Thường xuyên, định kỳ" says more, and is listed)
    periods_aside_alone: bool = False
    # the question asks for the rows its agencies are NOT named in, in its role ("không do Bộ Xây dựng chủ trì",
    # "NOT led by the Ministry of Construction")
    agencies_set_aside: bool = False
    before: int = 0  # the year that bounds the time from above ("trước năm 2027", "before 2027"), or 0
    after: int = 0  # the year the time reaches at least ("từ năm 2027 trở về sau", "2027 onwards"), or 0
    # the time lies wholly within the year asked: "ghi đúng là “Năm 2026” (không tính các mốc kéo dài
    # 2025-2026)" sets the spans across years aside (otherwise a span that overlaps the year is in it)
    within: bool = False
    # a span of years asked as one ("giai đoạn 2026-2028", "từ năm 2026 đến năm 2028"), not set aside: the time
    # lies within the whole span, not within one of its years
    span_asked: bool = False
    # the time runs over every year asked ("a timeframe stretching over both 2025 and 2026", "kéo dài qua cả năm
    # 2025 và năm 2026"): not one that falls in one of them
    covers: bool = False
    # the day that bounds a month from above ("trước ngày 26/11/2025", "by 26 November 2025"): ISO date or ""
    until: str = ""
    answer_type: str | None = None  # "percent", "money", "date", "year", "count", "doc_number", "signer"
    plural: bool = False  # asks for several things ("những văn bản nào", "gồm những gì"): quote whole lists
    count_noun: str = ""  # for answer_type "count": the thing counted ("đơn vị hành chính")
    topic: str = ""  # Vietnamese content of the question, for matching task names and sentences
    search_text: str = ""  # what retrieval is given
    expansions: tuple[str, ...] = ()
    doc_hints: tuple[str, ...] = ()  # document kinds/issuers the question names: "công văn", "tỉnh ủy" …
    followup: bool = False
    truncated: bool = False
    soft_listing: bool = False  # a listing asked in plain words ("Sở X phải làm gì năm 2027?")
    # places the question names that no document is from ("tỉnh Gia Lai" in a national dispatch): the
    # evidence must say them
    must_mention: tuple[str, ...] = ()
    # articles the question names, as outline paths: "8" (Điều 8), "5.2" (khoản 2 Điều 5)
    articles: tuple[str, ...] = ()
    # read as one of two asks ("… được gửi đến ai và ai chịu trách nhiệm thi hành?"): the words of its own half
    own_half: str = ""

    @property
    def has_period(self) -> bool:
        return bool(self.years or self.quarters or self.months or self.periods or self.periods_set_aside)

    @property
    def asks_time(self) -> bool:
        """A time asked: a deadline, or a date or year as the answer ("by what year …")."""
        return self.intent == "deadline" or self.answer_type in ("date", "year")

    @property
    def topic_words(self) -> int:
        """Syllables of the topic that are not names: what the question is about beyond its slots."""
        return len(syllable_words(self.topic))


# --- rules (on folded text) ----------------------------------------------------------------------


def clean_question(text: str) -> tuple[str, bool]:
    """Control characters out, NFC, spaces folded, cut to MAX_QUESTION_CHARS; (text, truncated)."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", _ANSI.sub(" ", text or "")))
    text = " ".join(text.split())
    if len(text) > MAX_QUESTION_CHARS:
        cut = text[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
        return cut, True
    return text, False


_ROLE_SET_ASIDE = re.compile(
    r"\b(?:khong phai (?:la )?(?:co quan )?|khong (?:phai )?|chu khong phai (?:la )?(?:co quan )?"
    r"|thay vi (?:la )?(?:co quan )?|not (?:as )?(?:the |a )?|(?:rather than|instead of) (?:as )?(?:the |a )?)"
    r"(?:chu tri|phoi hop|lead\w*|coordinat\w*)\b"
)


def _role(f: str) -> str:
    """The column an agency listing reads: "lead", "coordinating" or "either" (both named, or neither:
    "có tên", "tham gia", "liên quan")."""
    # a role set aside ("… vai trò cơ quan phối hợp (không chủ trì)", "not as the lead") is not the one asked,
    # nor a column asked to be empty ("… on its own, with no coordinating body listed")
    f = _ROLE_SET_ASIDE.sub(" ", blank_column_span(f))
    lead = bool(re.search(r"\bchu tri\b|\blead|\bin charge\b|\bresponsible\b", f))
    # ("… hỗ trợ thực hiện": helps carry out)
    # ("… does the Ministry help out on?", "assist with": helps the lead)
    coordinating = bool(
        re.search(
            r"\bphoi hop\b|\bcoordinat|\bsupport|\bho tro thuc hien\b|\bhelps? out\b|\bassists? (?:on|with)\b",
            f,
        )
    )
    # ("Which tasks are led by a named body …": the lead, when no other role is named; "… does the Department of
    # Justice coordinate that are led by the Department of Finance" reads the coordinating column, as before)
    lead = lead or (not coordinating and bool(re.search(r"\bled by\b", f)))
    if coordinating and not lead:
        return "coordinating"
    if lead and not coordinating:
        return "lead"
    # ("vừa chủ trì vừa phối hợp": both asked, each row of either)
    if lead and coordinating and re.search(r"\b(?:hoac|va|or|and|vua)\b", f):
        return "either"
    if not lead and re.search(
        r"\bco ten\b|\btham gia\b|\blien quan\b|\binvolv|\bnamed\b|\bmention|\btakes? part\b|\bparticipat"
        r"|\b(?:plays?|has|have) (?:a|any) (?:\w+ )?role\b|\beither (?:column|role)\b|\bany (?:column|role)\b"
        # "Sở Ngoại vụ xuất hiện ở những nhiệm vụ nào, với vai trò gì?", "where does X appear, and in what role?"
        r"|\bxuat hien\b|\bappears?\b|\bvai tro (?:gi|nao|ra sao|the nao)\b|\b(?:what|which) roles?\b"
        # ("In which tasks does … show up?", "Which tasks feature …?")
        r"|\bshows? up\b|\bturns? up\b|\bfeatur(?:e|es|ing)\b|\bfigures? in\b"
        # ("Where does the Department of Foreign Affairs come into the task list?")
        r"|\bwhere (?:does|do) .*\b(?:comes? in(?:to)?|fits? in(?:to)?)\b",
        f,
    ):
        return "either"
    return "lead"


# a document named as what was proposed: "proposed Quảng Ngãi Decision 1627", "đề nghị ban hành Quyết định số …"
_PROPOSED_DOCUMENT = re.compile(
    r"\b(?:proposed|recommended|requested|submitted|de nghi|trinh)\b(?: \S+){0,3}? (?:decision|resolution|plan"
    r"|circular|decree|directive|regulation|quyet dinh|nghi quyet|ke hoach|thong tu|nghi dinh|chi thi|quy dinh)"
    r"(?: so)? \d"
)


_DOC_KIND = (
    r"(?:ke hoach|cong van|quyet dinh|nghi quyet|nghi dinh|chi thi|thong tu|chuong trinh|cong dien|van ban)"
)
# two documents set against each other ("… trong kế hoạch của UBND tỉnh so với công văn của Tỉnh ủy"): what
# a body is given in each is compared, not listed over both
_DOCUMENTS_SET_AGAINST = re.compile(
    rf"\b{_DOC_KIND} (?:\w+ ){{0,2}}?cua [^,?;]{{3,60}}? (?:so voi|khac voi|doi chieu voi) (?:trong |o )?"
    rf"(?:du thao )?{_DOC_KIND} (?:\w+ ){{0,2}}?cua\b"
)


# between two documents' numbers: joined as the subjects of one question ("A and B", "A và B"), not one
# document implementing or citing the other
_JOINED = re.compile(r"^[^?.;]{0,80}?\b(?:and|va)\b[^?.;]{0,60}$")
# "Which takes effect first: Decree 302/2025/NĐ-CP or Law 74/2025/QH15?": a choice between the two
_ONE_OR_THE_OTHER = re.compile(r"^[^?.;]{0,80}?\b(?:or|hay|hoac)\b[^?.;]{0,60}$")
_CHOICE = re.compile(r"\b(?:which|nao)\b")
_ASK = re.compile(r"\b(?:nao|gi|bao nhieu|when|what|which|who|how)\b")
_ONE_OF_THE_OTHER = re.compile(r"\b(?:thuc hien|trien khai|implement\w*|theo|under|can cu|cites?|based)\b")


# "Ngoài dữ liệu tại Điều 8, Điều 9, …", "apart from Articles 8 and 9": articles the question sets aside
_APART_FROM = re.compile(r"\b(?:ngoai|tru|apart from|besides|other than|except(?: for)?|in addition to)\b")
_SET_ASIDE_GAP = re.compile(r"[^,;?.]{0,40}")
_ARTICLE_CHAIN = re.compile(r"(?:\s*(?:,|va|and|&)\s*)+(?:(?:dieu|article)s?\s+)?$")


def _articles_set_aside(text: str) -> list[tuple[int, int]]:
    """Spans (from the setting-aside word to the last article of its run) of the articles the question
    sets aside ("Ngoài dữ liệu tại Điều 8, Điều 9")."""
    f = fold(text)
    if len(f) != len(text):
        return []
    spans: list[tuple[int, int]] = []
    found = list(ARTICLE.finditer(text))
    for apart in _APART_FROM.finditer(f):
        end = None
        for m in found:
            if m.start() < apart.end():
                continue
            # the first article close after the word ("ngoài dữ liệu tại Điều 8"), then those chained to it
            # (", Điều 9", "và 10")
            if end is None:
                joined = _SET_ASIDE_GAP.fullmatch(f[apart.end() : m.start()])
            else:
                joined = _ARTICLE_CHAIN.match(f[end : m.start()])
            if not joined:
                break
            end = m.end()
        if end is not None:
            spans.append((apart.start(), end))
    return spans


_SHORT_NUMBER = re.compile(r"(?<![\w/.-])\d{1,5}/\d{4}(?![\w/.-])")


def _two_documents_joined(text: str, named: Sequence[Document]) -> bool:
    """Whether the question names two indexed documents by number, joined by "and"/"và" (or by "or"/"hay"
    when it asks which of them)."""
    f = fold(text)
    numbers = {fold(d.number): d.name for d in named if d.number}
    spans = [(m.start(), m.end()) for m in DOC_NUMBER.finditer(text) if fold(m.group(0)) in numbers]
    # ("Luật Việc làm 74/2025 và Thông tư 23/2025/TT-BTP": a number said without its issuer's code names the
    # one document whose number opens with it)
    for m in _SHORT_NUMBER.finditer(f):
        owners = {name for number, name in numbers.items() if number.startswith(m.group(0) + "/")}
        if len(owners) == 1 and not any(s <= m.start() < e for s, e in spans):
            numbers[m.group(0)] = owners.pop()
            spans.append((m.start(), m.end()))
    spans.sort()
    if len({numbers[fold(text[s:e])] for s, e in spans}) < 2:
        return False
    gap = f[spans[0][1] : spans[1][0]]
    joined = _JOINED.match(gap) or (_ONE_OR_THE_OTHER.match(gap) and _CHOICE.search(f))
    if not joined or _ONE_OF_THE_OTHER.search(gap):
        return False
    # ("… có hiệu lực từ khi nào và được ký ngày nào?": two asks of both, each answered by its own passages)
    asks = list(_ASK.finditer(f, spans[1][1]))
    return not (len(asks) >= 2 and re.search(r"\b(?:and|va)\b", f[asks[0].end() : asks[-1].start()]))


# what a body or a list is made of: "… gồm những chức danh, đơn vị nào", "bao gồm các cơ quan nào"
_MEMBERS_ASKED = re.compile(
    r"\bgom (?:co )?(?:nhung|cac) (?:\w+,? ){0,4}?(?:co quan|don vi|to chuc|thanh vien) nao\b"
)


# a field asked of every row of a listing: "kèm thời gian thực hiện", "kèm theo cơ quan chủ trì", "và thời hạn của
# từng nhiệm vụ", "with their deadlines", "and the lead agency of each"
_FIELD_ATTACHED = re.compile(
    r"\bkem(?: theo)? (?:ca )?(?:thoi gian|thoi han|tien do|co quan|don vi|ket qua|san pham)\b"
    r"|\b(?:thoi gian|thoi han|tien do|co quan chu tri|ket qua|san pham)(?: thuc hien| hoan thanh)? (?:cua )?(?:tung|moi)"
    r" (?:nhiem vu|viec|hoat dong)\b"
    # ("… có những đề án ưu tiên nào, mỗi đề án do ai chủ trì?": every row, each with its lead)
    r"|\b(?:moi|tung) (?:nhiem vu|viec|hoat dong|de an|du an|chi tieu|noi dung|du thao) (?:do |thi do |la do )?"
    r"(?:ai|co quan nao|don vi nao|so nao|bo nao) (?:chu tri|phoi hop|thuc hien|phu trach)\b"
    # (in English, of rows asked by what they are about: not "the communes' tasks with their deadlines", a body's
    # rows, which its listing gives)
    r"|\b(?:about|concerning|regarding|related to|relating to|dealing with)\b.*(?:"
    r"\b(?:with|along with|together with|and) (?:their|its|the) (?:deadlines?|time ?frames?|timelines?|lead\w*"
    r"|outputs?|results?)(?: (?:agenc(?:y|ies)|bod(?:y|ies)))?(?: (?:of|for) each)?\W*$"
    r"|\b(?:of|for) each (?:task|row|item|one)\W*$)"
    # ("Những nhiệm vụ nào có thời hạn “…” và sản phẩm phải ra là gì?": the rows, each with its output)
    r"|\b(?:nhung|cac) (?:nhiem vu|viec|hoat dong|de an) nao\b.*\b(?:va|kem) (?:san pham|ket qua|thoi han|thoi gian"
    r"|tien do|co quan chu tri|don vi chu tri)\b[^,;?]{0,30}\b(?:la gi|la nhu the nao|nao|ra sao)\W*$"
    # "For each activity in section III of plan 174, which department leads it?": every row, each with its field
    rf"|{FOR_EACH_ROW}(?! (?:named|listed) (?:above|below)\b)"
    # ("List the activities in plan 174 and which department leads each.")
    r"|\b(?:and|with) (?:which|who|what) (?:[\w-]+ ){0,3}(?:leads?|coordinates?|is responsible for|is in charge of)"
    r" (?:each|every one)\b"
)


def _intent(
    f: str,
    provinces: Sequence[str],
    agencies: Sequence[str],
    has_period: bool,
    compare: bool = True,
    soft: bool = False,
) -> str:
    listing = any_match(LISTING, f) or soft
    if listing and agencies and not (compare and _DOCUMENTS_SET_AGAINST.search(f)):
        return (
            "agency_tasks"  # "địa phương nào giao Công an tỉnh chủ trì nhiệm vụ gì?" too: listed by province
        )
    if compare and (len(set(provinces)) >= 2 or any_match(COMPARE, f)):
        return "compare"
    if listing and has_period:
        return "period_tasks"
    if listing and _FIELD_ATTACHED.search(f):
        # "những nhiệm vụ nào về …, kèm thời gian thực hiện?", "… with the deadline of each": the rows, each with
        # its fields, not one row's field
        return "general"
    if any_match(STRONG_FACT, f):
        return "fact"
    if re.match(r"(?:by )?when (?:is|are|was|were|do|does|did|will|must|should|can|has|have|shall)\b", f):
        return "deadline"  # "When is the task of coordinating inspection … carried out?": the ask opens it
    if re.match(
        r"(?:in [^,]{0,120}, )?(?:what|which) (?:is|are|was|were) the (?:[\w-]+ ){0,2}(?:deadlines?|time ?frames?"
        r"|timelines?|time limits?|due dates?|completion dates?|(?:implementation |time )?periods?|durations?)\b",
        f,
    ):
        return "deadline"  # "what is the implementation timeframe for coordinating inspections …?": the same
    kind = _answer_type(f)[0]
    if kind in ("person", "signer") or (kind == "proposal" and _PROPOSED_DOCUMENT.search(f)):
        # "Who is the Director of …?", "Who is the chairman that signed …?": a person's name, not the body that
        # leads a task; "Which department proposed Decision 1627?": the preamble's proposal, not a task's lead
        # (not "which agency proposed amending the rules on …": a task)
        return "fact"
    if _LEADS_ASKED.search(f) and not _COORDINATORS_ASKED.search(f):
        # "which agency leads the coordinated inspection of …": the lead, of a task that says "coordinated"
        return "lead_agency"
    if any_match(COORDINATING, f):
        return "coordinating_agencies"
    if _MEMBERS_ASKED.search(f):
        return "general"  # "Cơ cấu tổ chức của Quỹ gồm những chức danh, đơn vị nào?": its members, not a lead
    if re.search(RESPONSIBLE_FOR_ASKED, f):
        return "general"  # "what is the Department of Justice responsible for?": what it must do, not who
    if agencies and BODIES_STEERED.search(f):
        # "… đề nghị Trung ương MTTQ chỉ đạo những tổ chức nào …": whom the named body steers
        return "general"
    if any_match(LEAD, f):
        return "lead_agency"
    # ("What sanctions does the plan impose on departments that miss their reporting deadlines?": the time limit
    # is a condition, not what is asked)
    thing_asked = _TIME_IN_CONDITION.search(f) and not _TIME_ASKED.search(f)
    if any_match(ASKS_TIME, f) and not thing_asked:
        return "deadline"
    if any_match(OUTPUT, f):
        return "output"
    if any_match(DEADLINE, f) and not thing_asked:
        return "deadline"
    if any_match(FACT, f):
        return "fact"
    return "general"


# a time limit named in a condition, not asked: "… departments that miss their reporting deadlines", "các sở
# không báo cáo đúng thời hạn", "quá hạn" (not when the question also asks a time: "… and by when?")
_TIME_IN_CONDITION = re.compile(
    r"\b(?:miss(?:es|ed|ing)?|fail(?:s|ed|ing)? to meet|exceed(?:s|ed|ing)?|overdue|late|extend(?:s|ed|ing)?|beyond"
    r"|past)\b(?: [\w'-]+){0,3} (?:deadlines?|time limits?|due dates?)\b"
    r"|\bkhong (?:\w+ ){1,4}dung (?:thoi )?han\b|\b(?:qua|tre|cham) (?:thoi )?han\b"
)
_TIME_ASKED = re.compile(
    r"\bwhen\b|\bwhat (?:is|are|was|were) the (?:[\w-]+ )?(?:deadlines?|time ?frames?|time limits?|due dates?)\b"
    r"|\b(?:khi nao|bao gio|han nao|thoi han nao|ngay nao|thang nao|nam nao|luc nao)\b"
)


# who leads, asked in so many words, and no coordinator asked beside it
_LEADS_ASKED = re.compile(
    r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:agency|body|department|unit|ministry|organi[sz]ation|office) (?:leads|is leading"
    r"|is (?:the )?lead(?:ing)?(?: agency| body)?(?: for| of| on)?|is in charge of|chairs|presides over)\b"
    r"|\bwho leads\b"
)
_COORDINATORS_ASKED = re.compile(
    r"\bcoordinating (?:agenc|bod|department|unit|partner)|\b(?:who|which \w+) (?:coordinates|supports|cooperates)"
    r"|\b(?:and|or) (?:who|which)(?: \w+)? (?:coordinat|support|cooperat|assist|help)|\bco-?lead"
)


_EN_VERBS = (
    r"does|do|did|is|are|was|were|will|would|can|could|must|should|shall|may|has|have|had|per|in|of|at|for"
    r"|to|on|by|from|with|currently|now|each|every|a|an|the"
)


def _set_apart(text: str, f: str, word: str, apart) -> str:
    """The folded question, with each folded `word` whose printed form (lower case) `apart` holds written
    apart ("m_y"), so that no rule reads it as `word`; unchanged when the question has no marks (typed
    without them, the word may be either)."""
    if len(text) != len(f) or not has_vietnamese_marks(text):
        return f
    lowered = text.lower()
    hidden = word[0] + "_" + word[2:]  # ("m_y", "k_": the same length)
    return re.sub(rf"\b{word}\b", lambda m: hidden if apart(lowered[m.start() : m.end()]) else m.group(0), f)


def _as_printed(text: str, f: str) -> str:
    """The folded question as its marks tell words apart: a "may" printed otherwise than "mấy" (how many) is
    no count ("máy tính", "bộ máy"); a "ky" printed "kỷ" / "kỉ" asks no signature ("kỷ luật", "kỷ cương")."""
    f = _set_apart(text, f, "may", lambda printed: printed != "mấy")
    return _set_apart(text, f, "ky", lambda printed: printed in ("kỷ", "kỉ"))


_PLAN_PRINTED = "(?:kế hoạch|ke hoach)"


def _names_place_plan(f: str, provinces: Sequence[str]) -> bool:
    """Whether the (folded) question names a province's plan by its kind and place ("kế hoạch của Phú Thọ",
    "Phu Tho's plan", "the plan of Phú Thọ")."""
    places = "|".join(re.escape(fold(p)) for p in provinces)
    # ("xây dựng kế hoạch … theo Kế hoạch của Vĩnh Long": which of them names it is not known)
    if len(re.findall(r"\b(?:ke hoach|plan)\b", f)) != 1:
        return False
    m = re.search(rf"\bke hoach (?:cua )?(?:tinh |thanh pho |tp )?(?:{places})\b", f) or re.search(
        # (not "Đồng Tháp's Plan 617": a document named by its number keeps its kind, see without_document_names)
        rf"\b(?:{places})(?:'s|’s| s)? plan\b(?! (?:no\.? |number )?\d)"
        rf"|\bplan of (?:the )?(?:province of |city of )?(?:{places})\b",
        f,
    )
    # (not a plan the task makes: "xây dựng kế hoạch tỉnh Phú Thọ", "who drafts the plan of Phú Thọ")
    return m is not None and not _MAKES.search(f[: m.start()])


_MAKES = re.compile(
    r"\b(?:xay dung|ban hanh|phe duyet|soan thao|lap|draft|drafts|drafting|issue|issues|develop|develops|prepare"
    r"|prepares|build|builds|approve|approves|make|makes)(?: (?:the|a|an|cac|mot))?\s*$"
)


# words after "bao nhiêu" that are no thing counted: they join or frame what follows
_NOT_COUNTED = "va|hoac|de|cho|trong|tai|o|khi|la|thi|ma|duoc|nhu|theo|voi"


def _answer_type(f: str) -> tuple[str | None, str]:
    for kind, patterns in ANSWER_TYPES:
        if any_match(patterns, f):
            if kind == "count":
                # the thing counted: "bao nhiêu người chết", not "bao nhiêu và bao nhiêu …"'s "và bao"
                # (or "số lượng giếng … là bao nhiêu": the thing after "số lượng")
                m = (
                    # (not a word of what follows: "số lượng bao nhiêu để triển khai …", "bao nhiêu trong …")
                    # ("thiệt hại bao nhiêu về người và …": the thing counted after "về", and no "và" in it)
                    re.search(
                        rf"\bbao nhieu\s+(?:ve\s+)?+(?!(?:ve|bao|{_NOT_COUNTED})\b)(\w+(?:\s+(?!(?:{_NOT_COUNTED})\b)\w+)?)",
                        f,
                    )
                    or re.search(COUNTED_BY_MAY + r"((?:\w+\s*){1,2})", f)
                    or re.search(
                        # (a verb after the noun is no part of it: "số lượng tỉnh nhận …")
                        r"\bso luong\s+(?!(?:toi|cu|la|cua|cac|nhung)\b)(\w+(?:\s+(?!(?:nhan|duoc|co|da|phai|can|la"
                        r"|bi|se|dang|tham|trong|cua|tai|o)\b)\w+)?)(?=.*\bbao nhieu\W*$)",
                        f,
                    )
                )
                return kind, m.group(1).strip() if m else ""
            return kind, ""
    return None, ""


_ASKED_BEFORE = re.compile(r"(?i)\b(?:which|what)(?: other)?\s+$")  # the kind of body asked, not one named


def _collective(term) -> bool:
    """A glossary agency that names a kind of body ("các sở, ban, ngành"), not one body."""
    return term.kind == "agency" and fold(term.vi[0]).startswith("cac ")


# what opens a body's name ("Sở …", "Ban …", "Công an …"): the next item of a list of bodies
_LISTED_BODY_HEAD = re.compile(
    r"(?:so|ban|bo|uy ban|ubnd|thanh tra|cong an|trung tam|vien|hoi|doan|van phong|toa an|dai|bao|cuc|chi cuc"
    r"|mat tran|lien doan|tinh doan|quan doi|bo chi huy)\b"
)


def _bare_bodies_listed(folded: str) -> list[str]:
    """The glossary's bodies a question names bare in a list with other bodies, the gazetteer's among them ("giao
    thanh tra, công an và ban quản lý khu chế xuất làm gì": "Thanh tra", "Công an") — a name followed by "," or "và"
    and another body's name; not the same words as an activity ("thanh tra, kiểm tra")."""
    return [
        term.vi[0]
        for term in glossary()
        if term.kind == "agency" and any(_listed_bare(form, folded) for form in term.vi)
    ]


def _listed_bare(form: str, folded: str) -> bool:
    """Whether the (folded) question says a glossary body's name followed by "," or "và" and another body's name,
    a name the gazetteer does not read."""
    from indexer.agencies import find_agencies

    key = fold(form)
    return (
        len(key) > 4
        and any(
            _LISTED_BODY_HEAD.match(folded[m.end() :])
            for m in re.finditer(rf"(?<!\w){re.escape(key)}\s*(?:,|\bva\b|\band\b)\s*", folded)
        )
        and not find_agencies(form)  # (a name the gazetteer reads is found as it is)
    )


def _find_agencies(text: str, lang: str) -> list[str]:
    """Vietnamese names of the agencies named in `text` (the gazetteer when present, else the glossary)."""
    names: list[str] = []
    try:
        from indexer.agencies import find_agencies

        names = [a if isinstance(a, str) else getattr(a, "name", str(a)) for a in find_agencies(text)]
    except ImportError:  # the gazetteer module is optional for the assistant
        names = []
    # (not the issuer's letters of a document's number: "617/KH-UBND tỉnh Đồng Tháp" names no "UBND tỉnh")
    folded = fold(DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text))
    if not names:
        for term in glossary():
            if term.kind != "agency":
                continue
            for form in term.vi:
                if len(form) > 4 and word_pattern(fold(form)).search(folded):
                    names.append(term.vi[0])
                    break
    else:
        names += _bare_bodies_listed(folded)
    if lang == "en":
        # "which provincial departments …": a collective after "which" is what is asked, not a name
        names += [
            term.vi[0]
            for start, _, term in english_term_spans(text)
            if term.kind == "agency" and not (_collective(term) and _ASKED_BEFORE.search(text[:start]))
        ]
    # keep the most specific names: "Sở Tư pháp" rather than a bare "Ủy ban nhân dân" it does not contain
    out: list[str] = []
    for name in names:
        if name not in out and not any(fold(name) in fold(o) and name != o for o in names):
            out.append(name)
    generic = {"Chính phủ", "Thủ tướng Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Chấp hành Trung ương"}
    return [n for n in out if n not in generic]


def _printed_names(agency_names: PrintedAgencies, text: str, lang: str) -> list[str]:
    """The printed agency names `text` says; in English also as Vietnamese writes them ("the Digital
    Transformation Centre" → "Trung tâm Chuyển đổi số …")."""
    found = agency_names.find(text)
    if lang == "en":
        spans = agency_names.spans(translate_question(text))
        # (a name inside a longer one is its words, not a body: "số Văn hóa" of "Trung tâm Chuyển đổi số Văn
        # hóa, …" folds as "Sở Văn hóa")
        found += [
            name
            for name, said in spans
            if name not in found and not any(said != other and said in other for _, other in spans)
        ]
    return list(dict.fromkeys(found))


class PrintedAgencies:
    """Agency names as the index's task rows print them, found in a question (accents optional): a name of
    two words or more that the gazetteer does not know ("Văn phòng Bộ", "Công chức phòng QLTTBCXB")."""

    def __init__(self, names, by_role=()) -> None:
        """`by_role`: names the lead column prints that need not look like a body's name."""
        from indexer.agencies import looks_like_agency

        by_role = set(by_role)
        self.names: dict[str, str] = {}
        for name in [*names, *sorted(by_role)]:
            key = " ".join(fold(name).split())
            if (
                2 <= len(key.split()) <= 10
                and not re.search(r"\d", key)
                and (looks_like_agency(name) or name in by_role)
            ):
                self.names.setdefault(key, name)
        keys = sorted(self.names, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)") if keys else None
        )
        # a name printed with an acronym ("Trung tâm Chuyển đổi số VHTTDL") is also named with the words the
        # acronym stands for spelled out ("Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch")
        self._spelled = [
            (pattern, name) for name in self.names.values() if (pattern := _spelled_acronym(name)) is not None
        ]
        # … and with the acronym left out, when the name is then still of three words and no other name
        # printed opens with them ("Trung tâm Chuyển đổi số" of "Trung tâm Chuyển đổi số VHTTDL")
        shortened: dict[
            str, list[str]
        ] = {}  # a name's key without its acronym → the keys of the names it shortens
        for key, name in self.names.items():
            words = name.split()
            if (
                len(words) >= 4
                and _ACRONYM.fullmatch(words[-1])
                and not re.fullmatch(r"[IVXLC]+", words[-1])
                and _BODY_HEAD.match(key)  # (a body, not a post: "Chuyên viên phòng KGVX")
            ):
                shortened.setdefault(key.rsplit(" ", 1)[0], []).append(key)
        self._spelled += [
            # (not before a place: "Trung tâm Chuyển đổi số tỉnh Bắc Ninh" is another body)
            (
                re.compile(
                    rf"(?<!\w){re.escape(short)}(?!\w)(?! (?:tinh|thanh pho|tp|huyen|quan|xa|phuong)\b)"
                ),
                self.names[keys[0]],
            )
            for short, keys in shortened.items()
            if len(keys) == 1
            and not any(k not in (short, keys[0]) and k.startswith(short + " ") for k in self.names)
        ]

    def spans(self, text: str) -> list[tuple[str, str]]:
        """(name as printed, the words of the question that name it, folded) of each name the text says."""
        if self._pattern is None:
            return []
        said = " ".join(fold(text).split())
        found = [(self.names[m.group(0)], m.group(0)) for m in self._pattern.finditer(said)]
        found += [(name, m.group(0)) for pattern, name in self._spelled for m in pattern.finditer(said)]
        return found

    def find(self, text: str) -> list[str]:
        return list(dict.fromkeys(name for name, _ in self.spans(text)))


_ACRONYM = re.compile(r"(?<!\w)[A-ZĐ]{4,8}(?!\w)")
# the head of a body's name, folded ("trung tâm …", "cục …"): what may be named without its acronym
_BODY_HEAD = re.compile(
    r"(?:trung tam|cuc|tong cuc|chi cuc|vu|vien|so|ban|van phong|phong|uy ban|hoi dong|thanh tra|bo|quy) "
)


def _spelled_acronym(name: str) -> re.Pattern[str] | None:
    """A pattern of the name with its one acronym of four letters or more spelled out word by word (each
    word opening with the acronym's letter, "và" and commas between them), None when it has none."""
    found = _ACRONYM.findall(name)
    if len(found) != 1 or re.fullmatch(r"[IVXLC]+", found[0]):
        return None
    acronym = found[0]
    spelled = r",?\s+(?:va\s+)?".join(rf"{re.escape(fold(letter))}\w*" for letter in acronym)
    before, after = (" ".join(fold(part).split()) for part in name.split(acronym, 1))
    return re.compile(
        r"(?<!\w)"
        + (re.escape(before) + r"\s*" if before else "")
        + spelled
        + (r"\s*" + re.escape(after) if after else "")
        + r"(?!\w)"
    )


# a school, hospital, bank or company named after a place ("Trường Đại học Luật Hà Nội", "Hanoi Law
# University"): the place is part of its name, not where the question is about
_INSTITUTION_BEFORE = re.compile(
    r"(?<!\w)(?:trường|đại học|học viện|bệnh viện|ngân hàng|công ty|nhà máy|dai hoc|hoc vien|benh vien"
    r"|ngan hang|cong ty)(?: \w+){0,4}\s*$"
)
_INSTITUTION_AFTER = re.compile(
    r"^\s*(?:\w+ ){0,2}(?:university|college|academy|hospital|bank|company|newspaper)\b"
)


def _without_institutions(places: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """The places that are not part of an institution's name (read with tone marks: "trường", not
    "trưởng" nor "trường hợp" folded alike)."""
    if not places:
        return places
    low = unicodedata.normalize("NFC", text).lower()
    if len(low) != len(text):
        return places
    return [
        p
        for p in places
        if not (
            (
                _INSTITUTION_BEFORE.search(low[: p[1]])
                and not re.search(r"trường hợp|truong hop", low[: p[1]][-40:])
            )
            or _INSTITUTION_AFTER.match(low[p[2] :])
        )
    ]


def _without_central(places: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """ "Trung ương" names the national documents' scope only when it stands for a place of its own:
    not inside a name ("thành phố trực thuộc Trung ương", "Ban Chấp hành Trung ương"), and not beside a
    province the question is about ("Hà Tĩnh cắt giảm theo chỉ tiêu của Trung ương") unless it compares."""
    central = [p for p in places if p[0] == CENTRAL]
    if not central:
        return places
    f = fold(text)
    others = [p for p in places if p[0] != CENTRAL]
    keep = []
    quoted = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
    for place in central:
        if any(s <= place[1] < e for s, e in quoted):
            continue  # "có thời gian “Theo quy định của trung ương”": a value quoted, not a place
        before = f[: place[1]].rstrip()
        inside_name = before.endswith(("truc thuoc", "ban chap hanh", "kiem tra", "van phong")) or bool(
            re.match(r"\s*(?:dang|mat tran|hoi)\b", f[place[2] :])
        )
        if not inside_name and (not others or any_match(COMPARE, f)):
            keep.append(place)
    return sorted(others + keep, key=lambda p: p[1])


_DATE_MONTH = re.compile(
    r"\b(?:truoc|den|han|trong|tu|cham nhat|before|by|until)\s+(?:ngay\s+)?(?<![\d/])\d{1,2}/(\d{1,2})/20\d\d(?!\d)"
)
# "trước ngày 26/11/2025", "chậm nhất ngày 26 tháng 11 năm 2025", "by 26 November 2025", "before
# November 26, 2025" (folded): a day that bounds the time from above
_UNTIL_DAY = re.compile(
    r"\b(?:truoc|den|han|cham nhat|before|by|until|no later than)\s+(?:(?:ngay|the)\s+)?"
    r"(?:(?<![\d/])(\d{1,2})/(\d{1,2})/(20\d\d)(?!\d)"
    r"|(\d{1,2}) thang (\d{1,2}) nam (20\d\d)\b"
    r"|(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? (20\d\d)\b"
    r"|([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (20\d\d)\b)"
)
# a date a listing is bounded by, with the word that bounds it ("trước ngày 15/11/2025", "by 15/11/2025"):
# the period asked, no word of the rows'
# (written out too: "ngày 31 tháng 12 năm 2025", "December 31, 2025", "the 15th of Nov. 2025")
_DATE_SPAN = re.compile(
    r"(?i)(?:(?:trước|truoc|sau|đến|den|từ|tu|before|after|by|until|from)\s+)?(?:ngày\s+|ngay\s+|the\s+)?"
    r"(?:(?<![\d/])\d{1,2}/\d{1,2}/20\d\d(?!\d)"
    r"|(?<![\d/])\d{1,2}\s+(?:tháng|thang)\s+\d{1,2}\s+(?:năm|nam)\s+20\d\d(?!\d)"
    r"|(?<![\d/])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTH_NAME + r")\b\.?,?\s+20\d\d(?!\d)"
    r"|\b(?:" + MONTH_NAME + r")\b\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+20\d\d(?!\d))"
)


_KIND_NUMBER = re.compile(
    r"(?i)(?<!\w)((?:quyết định|quyet dinh|kế hoạch|ke hoach|nghị quyết|nghi quyet|nghị định|nghi dinh|chỉ thị"
    r"|chi thi|công văn|cong van|thông tư|thong tu|công điện|cong dien|qđ|qd|kh|nq|nđ|ct|cv|tt"
    r"|decision|plan|resolution|decree|directive|circular|dispatch|letter))\s+(?:(?:số|so|no\.?|number)\s+)?"
    r"((?:19|20)\d\d)(?![\d/])"
)


def _times(
    text: str, f: str, own_numbers: frozenset[tuple[str | None, str]] = frozenset()
) -> tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
    masked = DOC_NUMBER.sub(" ", text)
    # "Quyết định 2031 của Cao Bằng", "QĐ số 2031": a document named by its number, not a year
    # (only the leading number of an indexed document of that kind: "kế hoạch 2026" may be a plan for 2026)
    masked = _KIND_NUMBER.sub(
        lambda m: (
            " " * len(m.group(0))
            if (KIND_WORDS.get(fold(m.group(1)).lower()), m.group(2)) in own_numbers
            else m.group(0)
        ),
        masked,
    )
    # "mid-2026", "late-2025": a year after a word of its part, not a range's second end
    masked = re.sub(r"(?i)\b(mid|late|early|end|year)-(?=(?:19|20)\d\d\b)", r"\1 ", masked)
    years = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(masked)]
    # "Quý IV-2025", "Quí III/2025": the year of a quarter is written after a dash or a slash
    years += [
        int(m.group(1))
        for m in re.finditer(r"\b(?:qu[yi]|quarter)\s+(?:iv|iii|ii|i|[1-4])\s*[-/]\s*(20\d\d)\b", f)
    ]
    # "2026-2028", "2025 – 2026": every year of the range
    for m in re.finditer(r"(?<![\d/])(20\d\d)\s*[-–]\s*(20\d\d)(?![\d/])", masked):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last <= first + 10:
            years += list(range(first, last + 1))
    # "từ năm 2026 đến năm 2028", "from 2026 to 2028": every year between
    for m in re.finditer(
        r"\b(?:tu|from) (?:nam |the year )?(20\d\d) (?:den|toi|to|until|through) (?:nam )?(20\d\d)\b", f
    ):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last <= first + 10:
            years += list(range(first, last + 1))
    years = tuple(dict.fromkeys(years))
    quarters = [_ROMAN_Q[m.group(1)] for m in re.finditer(r"\bqu[yi]\s+(iv|iii|ii|i|[1-4])\b", f)]
    quarters += [f"{_ROMAN_Q[m.group(1)]}" for m in re.finditer(r"\bq([1-4])\b", f)]
    quarters += [_ROMAN_Q[m.group(1)] for m in re.finditer(r"\bquarter\s+(iv|iii|ii|i|[1-4])\b", f)]
    quarters += [
        _EN_ORDINAL_Q[m.group(1)] for m in re.finditer(r"\b(first|second|third|fourth) quarter\b", f)
    ]
    months = [int(m.group(1)) for m in re.finditer(r"\bthang\s+(\d{1,2})\b", f) if 1 <= int(m.group(1)) <= 12]
    # "tháng 11-12/2025", "tháng 10 - 12 năm 2025", "months 11–12": every month of the range
    for m in re.finditer(r"\b(?:thang|months?)\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d,.])", f):
        first, last = int(m.group(1)), int(m.group(2))
        if 1 <= first < last <= 12:
            months += list(range(first, last + 1))
    # "trước ngày 15/11/2025", "ngày 30 tháng 11 năm 2025": the month of a date
    months += [int(m.group(1)) for m in _DATE_MONTH.finditer(f) if 1 <= int(m.group(1)) <= 12]
    months += months_named(f)
    # "… chứ không phải “Thường xuyên”", "other than annual ones": a period set aside is not asked for
    asked = _SET_ASIDE.sub(" ", f)
    # (one year and no more is read before: "không phải khoảng nhiều năm" sets no period aside)
    periods = tuple(
        name
        for name, patterns in PERIOD_WORDS
        if any_match(patterns, _ONE_YEAR_DECLINED.sub(" ", f) if name == "một năm" else asked)
    )
    return years, tuple(dict.fromkeys(quarters)), tuple(dict.fromkeys(months)), periods


# "những nhiệm vụ nào phải hoàn thành trước năm 2027?", "which tasks are due before 2027?": what ends before the
# year begins (not "trước cuối năm 2026", "before the end of 2026": by then)
_BEFORE_YEAR = re.compile(
    r"\b(?:truoc(?: nam)?|before(?: the year)?|prior to(?: the year)?) ((?:19|20)\d\d)\b"
)


# words that set rows aside (folded; "trừ" only before what it sets aside: not "lưu trữ", "trụ sở")
ASIDE_WORDS = (
    r"(?:khong tinh|khong ke|ngoai tru|loai tru|tru(?= (?:cac|nhung|di|nhiem vu|viec)\b)|excluding|except"
    r"|not counting|other than|leaving out)"
)
_EXCLUDED_ASIDE = re.compile(rf"\((?=[^()]*\b{ASIDE_WORDS}\b)[^()]*\)")
# "(kể cả các nhiệm vụ kéo dài 2025–2026)", "(kể cả loại “Nghị quyết/Quyết định”)": what is let in, not asked
INCLUDE_WORDS = r"(?:ke ca|bao gom ca|tinh ca|including|incl\.)"
_INCLUDED_ASIDE = re.compile(rf"\((?=[^()]*\b{INCLUDE_WORDS}\b)[^()]*\)")
# a span across years named in what is set aside: "các mốc kéo dài 2025-2026", "multi-year spans"
_YEAR_SPAN_ASKED = re.compile(
    r"(?<![\d/.-])(?:20\d\d\s*[-–]\s*20\d\d|(?:tu|from) (?:nam )?20\d\d (?:den|toi|to|until) (?:nam )?20\d\d)(?![\d/])"
)
_SPAN_WORDS = re.compile(
    r"\b(?:20\d\d\s*[-–]\s*20\d\d|keo dai|spans?|spanning|ranges?|multi-year|nhieu nam)\b"
)
# "ghi đúng là “Năm 2026”", "exactly “Năm 2026”": the cell is that year alone; so is a time said to BE the
# year ("có thời gian thực hiện là năm 2026", "ghi riêng là năm 2026"; not "trong năm 2026": in it), a year
# quoted as printed ("have 'Năm 2026' as their timeframe") and "2026 only", "a single year", "not a multi-year range"
_EXACT_YEAR = re.compile(
    r"\b(?:ghi )?dung (?:la )?[\"“”']?nam 20\d\d\b|\bexactly [\"“”']?(?:nam |year )?20\d\d\b"
    # (not a span or an open end: "là năm 2025 đến năm 2026", "là năm 2026 trở đi", "… và các năm tiếp theo")
    r"|\b(?:thoi gian|thoi han)(?: (?:thuc hien|hoan thanh|trien khai|du kien))? (?:ghi )?(?:rieng )?la"
    r" [\"“”']?nam 20\d\d(?![\d/.-]|\s*(?:[-–,]|(?:den|toi|to|tro|onwards?)\b|(?:va|and) (?:cac |nhung )?(?:nam|20\d\d)\b))"
    r"|[\"“”'‘’](?:nam |year )?20\d\d[\"“”'‘’]"
    r"|\b20\d\d (?:only|alone)\b|\bonly (?:in )?(?:the year )?20\d\d\b|\b(?:a )?single year\b"
    r"|\bnot (?:a |any )?multi-?year\b"
)


# one year and no more, declined: "run across both 2025 and 2026 instead of being tied to a single year", "rather
# than a single year", "thay vì chỉ một năm", "không gói gọn trong một năm"
_ONE_YEAR_DECLINED = re.compile(
    r"\b(?:instead of|rather than|not|never)(?: (?:being|just|only|merely|tied|limited|confined|bound|restricted|to|in"
    r"|within))* (?:a |one )?single(?:[ -]calendar)? year\b"
    r"|\b(?:thay vi|chu khong phai|khong phai|khong)(?: (?:chi|la|gan voi|goi gon|nam|trong|gioi han))* (?:trong )?mot"
    r" nam(?: duy nhat)?\b"
)


# "stretching over both 2025 and 2026", "that cover 2025 and 2026 alike", "kéo dài qua cả năm 2025 và năm 2026", "trải
# cả 2025 lẫn 2026": a time that runs over each of the years (folded)
_COVERS_YEARS = re.compile(
    r"\b(?:span\w*|stretch\w*|run\w*|last\w*|cover\w*|extend\w*|straddl\w*)(?: over| across| into| through)?(?: both)?"
    r" (?:(?:the )?years )?(?:19|20)\d\d and (?:19|20)\d\d\b"
    r"|\b(?:keo dai|trai dai|trai|trai qua|bao trum)(?: qua| suot)? ca (?:hai )?(?:nam )?(?:19|20)\d\d"
    r"(?: (?:va|lan) |\s*[-–]\s*)(?:nam )?(?:19|20)\d\d\b"
)


def _before_year(f: str) -> int:
    m = _BEFORE_YEAR.search(f)
    return int(m.group(1)) if m else 0


# "từ năm 2027 trở về sau", "từ 2027 trở đi", "from 2027 onwards", "2027 or later"; "sau năm 2026": from 2027
_FROM_YEAR = re.compile(
    r"\b((?:19|20)\d\d) (?:tro ve sau|tro di|ve sau|tro len|onwards?|and (?:later|beyond|after)|or later)\b"
)
_AFTER_YEAR = re.compile(r"\b(?:sau nam|after(?: the year)?) ((?:19|20)\d\d)\b")


def _from_year(f: str) -> int:
    if m := _FROM_YEAR.search(f):
        return int(m.group(1))
    m = _AFTER_YEAR.search(f)
    return int(m.group(1)) + 1 if m else 0


_NO_SPECIFIC_TIME = re.compile(
    r"\b(?:khong|chua) (?:duoc )?(?:ghi|co|neu|xac dinh|dat)(?: ro)? (?:thoi han|thoi gian|nam|moc)"
    r"(?: (?:thuc hien|hoan thanh))? cu the\b"
    r"|\b(?:no|without (?:a|any)|lacks? (?:a|any)|not (?:have|given) (?:a|any)) (?:fixed|specific|set|concrete)"
    r" (?:deadlines?|years?|dates?|time ?frames?)\b"
)
_SPECIFIC_TIME_VI = re.compile(r"\bthoi gian(?: thuc hien| hoan thanh)? cu the\b")
_SET_ASIDE = re.compile(
    # ("… a concrete time frame instead of just 'Thường xuyên'")
    r"\b(?:chu khong phai|chu khong|khong phai la|khong phai|other than|except|rather than|instead of|thay vi|excluding"
    # ("ngoài các việc làm thường xuyên thì …", "ngoài những nhiệm vụ hằng năm": a kind of time set aside)
    r"|ngoai(?= (?:cac |nhung )?(?:(?:viec|cong viec|nhiem vu|hoat dong|dau viec)(?: (?:lam|thuc hien|dien ra))? )?"
    r"(?:thuong xuyen|hang nam)\b)"
    # ("… có nhiệm vụ nào không ghi thường xuyên mà có mốc thời gian cụ thể?")
    # ("… không ghi đơn thuần là “Thường xuyên”?", "không chỉ ghi “Hàng năm”")
    r"|khong (?:chi |don thuan )?(?:ghi|de|la)(?= (?:(?:chi|don thuan|chi don thuan) )?(?:la )?[\"“”'‘’]?"
    r"(?:thuong xuyen|hang nam)\b)"
    # ("… có thời gian hoàn thành khác với chỉ ghi “Thường xuyên”?")
    # ("… khác với việc chỉ ghi “Thường xuyên”?")
    r"|khac(?: voi| han)?(?= (?:viec )?(?:chi |don thuan )?(?:ghi |la )?[\"“”'‘’]?(?:thuong xuyen|hang nam)\b)"
    # ("Apart from the tasks marked 'regular' (Thường xuyên), which … have a specific time frame?")
    r"|(?:apart|aside) from(?=[^,;?]{0,40}\b(?:regular\w*|ongoing|continuous\w*|thuong xuyen|annual\w*|hang nam"
    r"|yearly|every year)\b))\b"
    r"(?:[^,.;?()]|\([^()]*\))*"  # (with what glosses it: "other than “Thường xuyên” (ongoing)")
)


# "những nhiệm vụ nào không do các sở … chủ trì", "không được giao cho Sở X", "which tasks are NOT led by …",
# "led by bodies other than …"
_AGENCY_SET_ASIDE = re.compile(
    r"\bkhong (?:phai )?(?:la )?(?:do|duoc giao cho|giao cho)\s"
    # ("không chỉ do các sở, ban, ngành … chủ trì": rows of someone besides a collective; not "không chỉ do Sở Tư
    # pháp chủ trì mà còn …", that body with others)
    # ("… có cơ quan chủ trì là một đơn vị cụ thể, không chỉ ghi chung 'các sở, ban, ngành và địa phương'?")
    r"|\bkhong chi (?:do|duoc giao cho|giao cho|ghi(?: chung)?)\s[\"'“‘]?(?=cac\b)"
    # ("not led (or co-led) by …": a bracket between)
    r"|\bnot (?:led|coordinated|chaired|handled|assigned|given)(?: \w+)?(?: \([^()]{1,30}\))? (?:by|to)\s"
    r"|\b(?:led|coordinated|chaired) by (?:\w+ ){0,2}other than\s"
    # "led by a named body rather than (only) by the generic 'departments, agencies and localities'" (not "led
    # by the provincial police rather than the Department of Justice": the first body is asked)
    r"|\b(?:led|coordinated|chaired) by (?:a|an|some|another|other|any) (?:[\w-]+ ){0,2}(?:body|bodies|agency|agencies"
    r"|department|departments|ministry|ministries|unit|units|organi[sz]ations?) rather than\s"
    # "có cơ quan chủ trì không phải Bộ Xây dựng", "whose lead agency is not the Ministry of Construction"
    # "nhiệm vụ nào do cơ quan cụ thể chủ trì chứ không phải chung chung 'các sở, ban, ngành …'": the collective
    # said after is set aside
    r"|\b(?:chu tri|phoi hop),? (?:chu|ma|nhung) khong phai (?:la )?(?:(?:chung chung|chi|mot cach chung chung) )?"
    r"[\"'“”‘’]?(?=cac\b)"
    r"|\b(?:chu tri|phoi hop) (?:la )?khong phai(?: la)?\s(?=(?:bo|so|ubnd|uy ban|co quan|ban|cuc|vu|van phong"
    r"|cong an|thanh tra|hdnd|tinh uy|chinh phu|thu tuong)\b)"
    r"|\b(?:lead|leading|coordinating)(?: agenc(?:y|ies)| bod(?:y|ies)| department| ministry)? (?:that |which )?(?:is|are) not\s"
    # "nhiệm vụ nào mà Bộ Xây dựng không phải là cơ quan chủ trì", "tasks where the Ministry is not the lead" (not
    # "… Sở Tư pháp tham gia nhưng không phải chủ trì": a role set aside, the body's other rows)
    r"|^(?!.*\b(?:tham gia|phoi hop)\b).*\bma (?:[\w-]+ ){1,10}?khong phai (?:la )?(?:co quan |don vi )?chu tri\b"
    r"|^(?!.*\b(?:coordinat\w*|support\w*|involv\w*|takes? part|participat\w*)\b).*\bwhere (?:the )?(?:[\w'’()-]+ ){1,10}?"
    r"(?:is|was) not (?:the |a )?(?:lead|leading|lead agency|in charge)\b"
    # "tasks … that the Ministry of Construction does not lead", "nhiệm vụ nào mà Bộ Xây dựng không chủ trì" (not
    # "… takes part in but does not lead": its other role asked)
    r"|^(?!.*\b(?:coordinat\w*|support\w*|involv\w*|takes? part|participat\w*)\b).*\b(?:that|which|where)"
    r" (?:the )?(?:[\w'’()-]+ ){1,10}?(?:(?:does|do|did) not|doesn'?t|don'?t) (?:lead|chair|head)\b"
    # ("Which tasks in the appendix does the Ministry of Construction not lead?")
    r"|^(?!.*\b(?:coordinat\w*|support\w*|involv\w*|takes? part|participat\w*)\b).*\b(?:does|do|did) (?:the )?"
    r"(?:[\w'’()-]+ ){1,10}?not (?:lead|chair|head)\b"
    r"|^(?!.*\b(?:tham gia|phoi hop)\b).*\bma (?:[\w-]+ ){1,10}?khong (?:truc tiep )?(?:chu tri|cam trich|phu trach)\b"
    # "Bộ Xây dựng có phải cơ quan chủ trì duy nhất không? Nhiệm vụ nào do bộ khác chủ trì?", "which tasks are led by
    # other ministries?": the body named is set aside
    r"|\bdo (?:(?:cac|nhung|mot) )?(?:bo|so|co quan|don vi|ban|nganh|bo nganh|dia phuong)(?:, nganh)? khac"
    r" (?:chu tri|phoi hop|thuc hien)\b"
    # ("… do cơ quan khác ngoài Sở Tư pháp chủ trì", "Ngoài Sở Tư pháp, những cơ quan nào khác chủ trì …?")
    r"|\b(?:bo|so|co quan|don vi|ban|nganh|dia phuong) khac ngoai\s"
    r"|^ngoai (?=[^?]*\b(?:bo|so|co quan|don vi|ban|nganh|dia phuong) (?:nao )?khac\b)"
    r"|\b(?:led|chaired|coordinated|handled) by (?:an?other|other|different) (?:ministr(?:y|ies)|bod(?:y|ies)"
    r"|agenc(?:y|ies)|departments?|units?|organi[sz]ations?)\b"
    # "Besides the generic 'các sở, ban, ngành và địa phương', which specific bodies lead …?": the body said first
    # is set aside
    rf"|^{SET_ASIDE_OPENERS} (?=[^?]*\b(?:specific|particular|named"
    r"|individual|other) (?:[\w-]+ )?(?:bod(?:y|ies)|agenc(?:y|ies)|departments?|ministr(?:y|ies)|units?"
    r"|organi[sz]ations?)\b)"
)


def _periods_set_aside(f: str) -> tuple[str, ...]:
    """The kinds of period the (folded) question sets aside and does not ask ("… có thời gian thực hiện không
    phải là thường xuyên?", "other than “Thường xuyên” (ongoing)")."""
    aside = " ".join(m.group(0) for m in _SET_ASIDE.finditer(f))
    asked = _SET_ASIDE.sub(" ", f)
    return tuple(
        name
        for name, patterns in PERIOD_WORDS
        if name in ("hằng năm", "thường xuyên")
        and any_match(patterns, aside)
        and not any_match(patterns, asked)
    )


# "… chứ không chỉ ghi “Thường xuyên”", "other than simply …": a kind set aside where it stands alone
_ALONE_WORD = re.compile(
    r"\b(?:chi|don thuan|just|only|merely|purely|simply|solely|plain|plainly|bare|thuan tuy)\b"
)


def _aside_alone(f: str) -> bool:
    """Whether the (folded) question sets its kinds of period aside only where a time is that kind alone."""
    return any(_ALONE_WORD.search(m.group(0)) for m in _SET_ASIDE.finditer(f))


_ROLE_IN_NAME = re.compile(
    r"\bphoi hop (?!voi\b|nao\b|thuc hien\b|cung\b|la\b|gom\b|co\b)\w+(?=.*\bchu tri\b)"
    # "cơ quan nào chủ trì nhiệm vụ phối hợp kiểm tra …": the task's name opens with "phối hợp"
    r"|\bchu tri (?:\w+ ){0,2}?(?:nhiem vu|viec|hoat dong|noi dung) phoi hop (?!voi\b|nao\b|thuc hien\b|cung\b)\w+"
)
# "Nhiệm vụ phối hợp kiểm tra … được thực hiện trong thời gian nào?": a task whose name opens with "phối hợp",
# asked for its time or product
_TASK_OPENS_WITH_ROLE = re.compile(
    r"\b(?:nhiem vu|viec|hoat dong|noi dung) phoi hop (?!voi\b|nao\b|thuc hien\b|cung\b|la\b|gom\b|co\b)\w+"
)
# "nhiệm vụ phối hợp kiểm tra … thì cơ quan phối hợp gồm những ai": the same, before the coordinating agencies
# are asked
_COORDINATION_NAMED = re.compile(_TASK_OPENS_WITH_ROLE.pattern + r"(?=.*\bphoi hop\b)")
# (also where the list is asked after it: "… có chủ trì đề án nào không? Nếu có là những đề án nào?")
_YES_NO_END = re.compile(
    r"(?<!\w)(?:không|khong|chưa|chua)(?=\W*$|\s*[?,;]\s*(?:nếu|neu|là|la|đó là|do la|kể|ke|liệt|liet)\b)"
    # ("Nếu có là những đề án nào?" after the yes/no ask; not "nếu có vướng mắc thì …", a condition)
    r"|(?<=[?.;,] )(?:nếu|neu) (?:có|co|vậy|vay)(?: thì| thi)?(?= (?:là|la|thì|thi|kể|ke|liệt|liet|cho|đó|do|những"
    r"|nhung|các|cac)\b|\W*$)"
)


# "kết quả" right after these words is what is reported or published, not the output asked
_REPORTED = re.compile(r"\b(?:bao cao|tong hop|cong bo|danh gia)\s+$")
# "Hạn UBND xã báo cáo …", "hạn nào sớm hơn": the ask for a time, not "gia hạn", "quyền hạn", "trung hạn",
# "hạn chế", "hạn sử dụng" (read with tone marks when the question has them)
_NOT_DUE_BEFORE = "gia kỳ giới hữu vô quyền thời đúng quá dài ngắn có trung hết đến trễ tới".split()
_NOT_DUE_AFTER = ("chế", "mức", "ngạch", "hán", "sử dụng")


def _due_word(word: str, before, after) -> re.Pattern[str]:
    behind = "".join(rf"(?<!\b{w} )" for w in before)
    return re.compile(rf"{behind}(?<!\w){word}(?!\w)(?! (?:{'|'.join(after)})\b)")


_DUE_WORD_MARKED = _due_word("hạn", _NOT_DUE_BEFORE, _NOT_DUE_AFTER)
# "những việc nào có hạn hoàn thành trước ngày …", "có hạn chót vào …": "có hạn" before the time's own words
# asks for a time too (not "có hạn" alone, limited)
_HAS_DUE_WORDS = "hoàn thành|chót|cuối cùng|trước|vào|trong|đến|tới|nộp|báo cáo|thực hiện"
_HAS_DUE_MARKED = re.compile(rf"(?<=\bcó )hạn(?= (?:{_HAS_DUE_WORDS})\b)")
_HAS_DUE = re.compile(rf"(?<=\bco )han(?= (?:{fold(_HAS_DUE_WORDS)})\b)")
# folded, "hàn" is "han" too: "sông Hàn", "Hàn lâm", "Hàn Quốc", "hàn the"
_DUE_WORD = _due_word(
    "han",
    [fold(w) for w in _NOT_DUE_BEFORE] + ["han", "song"],
    [fold(w) for w in _NOT_DUE_AFTER] + ["han", "quoc", "the", "xep", "lam"],
)


# the word before a year that names a part of it ("late 2025", "the end of 2026", "mid-2026")
_PART_OF_YEAR = re.compile(
    r"(?i)\b(?:late|early|mid|(?:the )?(?:end|beginning|start|middle) of)(?=[\s-]+(?:19|20)\d\d\b)"
)


@lru_cache(maxsize=1)
def _folded_compounds() -> re.Pattern[str]:
    """The glossary's and lexicon's words of two syllables or more that, typed without marks, open with a form
    word's letters though not with the form word ("tai chinh" / "tại", "co so" / "có"): kept whole in a topic."""
    from assistant.glossary import vocabulary

    words = set()
    for term in vocabulary():
        for vi in term.vi:
            folded = " ".join(fold(vi).split())
            marked = " ".join(normalize_tones(vi).lower().split())
            # (the form word opens the word: "tai san"; one that closes it is read as the form word, "hoat
            # dong cua" being "hoạt động của" more often than "đóng cửa")
            if len(folded.split()) >= 2 and FORM_FOLDED.match(folded) and not FORM_ACCENTED.search(marked):
                words.add(folded)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if alternatives else r"(?!x)x")


_KIND_ABBREVIATION_BEFORE = re.compile(r"(?i)\b(?:ctr|kh|nq|qđ|qd|ct|cv|tt|nđ|nd)\s+$")


_EN_NAME_WORD = r"(?:[A-Z][\w'’&-]*|of|the|and|for|on)"
_GLOSSED_BODY_EN = re.compile(rf"\b((?:[A-Z][\w'’&-]*)(?:\s+{_EN_NAME_WORD}){{0,9}})\s*\(([^()]{{3,80}})\)")


def _topic(text: str, remove: Sequence[tuple[int, int]], keep: frozenset[str] = frozenset()) -> str:
    """The question without the given spans (places, numbers), form words and punctuation."""
    chars = list(text)
    for start, end in remove:
        for i in range(start, min(end, len(chars))):
            chars[i] = " "
    rest = "".join(chars)
    accented = has_vietnamese_marks(rest)
    norm = normalize_tones(rest)
    if len(norm) != len(rest):
        norm = rest
    matchable = norm.lower() if accented else fold(norm)
    kept_words = keep
    keep = [True] * len(rest)
    # typed without marks, a body's name or a word of the documents may hold a form word's letters: "So Tai
    # chinh" is no "Sở tại chính", "tai san cong" no "tại sản công", "co so du lieu" no "có sở dữ liệu"
    named = [False] * len(rest)
    if not accented:
        from indexer.agencies import find_agencies

        spans = [
            m.span()
            for name in find_agencies(rest)
            for m in re.finditer(rf"(?<!\w){re.escape(fold(name))}(?!\w)", matchable)
        ]
        for start, end in [*spans, *(m.span() for m in _folded_compounds().finditer(matchable))]:
            named[start:end] = [True] * (end - start)
    for m in (FORM_ACCENTED if accented else FORM_FOLDED).finditer(matchable):
        if any(named[m.start() : m.end()]) or (m.start() > 0 and rest[m.start() : m.end()] == "AI"):
            continue  # ("AI" in capitals is no "ai", who: see _expand_abbreviations)
        if fold(m.group(0)) in kept_words or (
            fold(m.group(0)) == "ket qua" and _REPORTED.search(fold(matchable[: m.start()]))
        ):
            continue  # "báo cáo kết quả kiểm kê": what is reported, not the output asked
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    due = (_DUE_WORD_MARKED, _HAS_DUE_MARKED) if accented else (_DUE_WORD, _HAS_DUE)
    for m in (m for pattern in due for m in pattern.finditer(matchable)):
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())  # the ask for a time
    for m in _YES_NO_END.finditer(matchable):  # "… có giống nhau không?": the question's form
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    rest = "".join(ch if k else " " for ch, k in zip(norm, keep, strict=True))
    rest = re.sub(r"[?!:;,.“”\"()]+(?=\s|$)|(?<=\s)[?!:;,.“”\"()]+|^[?!:;,.“”\"()]+", " ", rest)
    return " ".join(_expand_abbreviations(rest).split())


def _expand_abbreviations(text: str) -> str:
    """A document's kind before its number written in full ("NQ 66" → "Nghị quyết 66"; the other short forms
    of assistant/data/abbreviations.tsv are read when the question is), and "AI" in capitals."""
    text = expand_short_forms(text, ("number",), as_typed=False)
    # "AI" in capitals (in lower case it is "ai", who; and "AI chủ trì …" opening a question asks who): the
    # documents print "trí tuệ nhân tạo"
    return re.sub(r"(?<!^)(?<![\w/-])AI(?![\w/-])", "trí tuệ nhân tạo", text)


_DESCRIBED = re.compile(r"\s*\([^()]{3,80}\)")


_IS_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_SAID = re.compile(r"(?i)\b(?:in|is|was|of|for|during|year)\s+$")
_SAYS_ABOUT = re.compile(
    r"(?i)\b(say|says|said|state|states|mention|mentions|stipulate|stipulates|provide|provides)\s+(?:about|on"
    r"|regarding|concerning)\b"
)


_SEND_VERBS_EN = r"send|sent|report|reported|submit|submitted|forward|forwarded|refer|referred|raise|raised"
_DESTINATION_ASK = re.compile(
    r"\b(?:(?:huong dan|yeu cau|quy dinh|de nghi)\s+)?(?:(?:phan anh|gui|chuyen|nop|bao cao)\s+)?(?:ve|den|toi|cho|len|qua)\s+"
    r"(?:dau|noi nao|co quan nao|don vi nao)\b"
    r"|\b(?:phan anh|gui|nop|chuyen) (?:ve )?(?:dau|co quan nao|don vi nao)\b"
    # (the verb of the ask, not one that says what is sent: "… report results twice a year — who should they report
    # to?" keeps "report results")
    rf"|\b(?:{_SEND_VERBS_EN})\b(?=(?:\s+[\w'’-]+){{0,6}}?\s+to\s+(?:which|what|whom)\b|(?:\s+[\w'’-]+){{0,3}}?\s+to\W*$)"
    r"|\bto (?:which|what|whom)\b"
)
# … and in "where should agencies send …?", "where are problems to be reported?", the verb wherever it stands
_SEND_VERB_EN = re.compile(rf"\b(?:{_SEND_VERBS_EN})\b")


_ASKS_SINCE_WHEN = re.compile(r"(?i)(?:from|since|starting(?: from)?) when")


_FIELD_WORD = (
    r"(?:lead(?:s|ing)?(?: agenc(?:y|ies)| bod(?:y|ies))?|coordinat\w*(?: agenc(?:y|ies)| bod(?:y|ies))?|partners?"
    r"|timing|timeline|time ?frame|deadlines?|due dates?|time|outputs?|results?|products?|who|when|what"
    r"|(?:co quan )?chu tri|(?:co quan )?phoi hop|thoi gian(?: hoan thanh| thuc hien)?|thoi han|ket qua|san pham)"
)
# a parenthesis that lists only fields asked: "(lead, coordinators, timing)"
_FIELDS_ASIDE = re.compile(rf"\(\s*{_FIELD_WORD}(?:\s*(?:,|;|/|&|\band\b|\bva\b)\s*{_FIELD_WORD})+\s*\)")


def _english_topic(text: str, remove: Sequence[tuple[int, int]]) -> str:
    """An English question's topic in Vietnamese: its glossary terms, plus numbers and names kept as written."""
    # a word inside a place's or a document number's span ("Ha" of "Ha Tinh") is part of that name
    parts = [
        term.vi[0]
        for start, end, term in english_term_spans(text)
        if term.vi[0] not in FORM_TERMS
        # a unit of time ("year", "month") says no topic; "periodic", "annual", "regularly" do, as in Vietnamese
        and (term.kind != "time" or len(term.vi[0].split()) > 1)
        and not any(s < end and start < e for s, e in remove)
        and not (_collective(term) and _ASKED_BEFORE.search(text[:start]))  # "which departments …"
        # "…, and from when?": the ask for a time, closing the question
        and not (_ASKS_SINCE_WHEN.fullmatch(text[start:end]) and not text[end:].strip(" ?.!"))
    ]
    chars = list(text)
    for start, end in remove:
        chars[start:end] = [" "] * (end - start)
    rest = "".join(chars)
    parts += [m.group(0) for m in DOC_NUMBER.finditer(rest)]
    numbers = DOC_NUMBER.sub(" ", rest)
    parts += [
        # "80%", "2030", "Project 06", "at least 30 conditions": numbers as written; a year the question says
        # as a time ("in 2026", "why is 2026 special") as the documents print one, "năm 2026"
        f"năm {m.group(0)}"
        if _YEAR_SAID.search(numbers[: m.start()]) and _IS_YEAR.fullmatch(m.group(0))
        else m.group(0)
        for m in re.finditer(r"\b\d+(?:[.,]\d+)*(?:\s*%)?(?![\w/:])", numbers)
    ]
    # acronyms the documents print as such ("GRDP", "BIM", "5G") and Vietnamese words the question keeps
    # ("the 'rõ' principle", "Đề án"), outside the glossary's phrases
    plain = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), rest)  # not "KH", "TU" of "168-KH/TU"
    taken = [(start, end) for start, end, _ in english_term_spans(plain)]
    parts += [
        m.group(0)
        for m in re.finditer(r"(?<![\w/-])(?:[A-Z]{2,6}|\d[A-Z]{1,3}|\w*[^\W\x00-\x7f]\w*)(?![\w/-])", plain)
        if not any(s <= m.start() < e for s, e in taken)
        and (not m.group(0).isupper() or m.group(0) not in _EN_ALLCAPS_WORDS)
    ]
    # "the 'six clear' principle" is printed "nguyên tắc 6 rõ"; "one" is too common a word to count
    # (not a number of things the question counts itself: "the four provinces", "two deputy directors")
    parts += [
        str(_NUMBER_WORDS[m.group(1).lower()])
        for m in re.finditer(r"\b([A-Za-z]+)\b(?!\s+(?:[\w-]+\s+)?[a-z]{2,}(?<![ui])s\b)", rest)
        if m.group(1).lower() in _NUMBER_WORDS
    ]
    return " ".join(dict.fromkeys(parts))


_EN_ALLCAPS_WORDS = frozenset(
    "A I AN THE AND OR OF TO IN ON AT BY FOR IS ARE WHAT WHICH WHO WHEN HOW NO".split()
)
_NUMBER_WORDS = {
    w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), start=2)
}


# "Nghị quyết 394", "NQ 394", "QĐ 2597", "Decree 302", "công văn 6225": a document named by its kind and
# the leading number of its own number (folded)
KIND_WORDS = {
    "ke hoach": "ke hoach", "kh": "ke hoach", "plan": "ke hoach",
    "quyet dinh": "quyet dinh", "qd": "quyet dinh", "decision": "quyet dinh",
    "nghi quyet": "nghi quyet", "nq": "nghi quyet", "resolution": "nghi quyet",
    "nghi dinh": "nghi dinh", "nd": "nghi dinh", "decree": "nghi dinh",
    "thong tu": "thong tu", "tt": "thong tu", "circular": "thong tu",
    "cong van": "cong van", "cv": "cong van", "dispatch": "cong van", "letter": "cong van",
    "cong dien": "cong dien", "telegram": "cong dien",
    "chi thi": "chi thi", "ct": "chi thi", "directive": "chi thi",
    "luat": "luat", "law": "luat", "quy dinh": "quy dinh", "regulation": "quy dinh",
}  # fmt: skip
_KIND_ALTERNATIVES = "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))  # longest first
_SHORT_REFERENCE = re.compile(
    r"(?<![\w/])(" + _KIND_ALTERNATIVES + r")"
    r"(?: so| no\.?| number)? (?!(?:19|20)\d\d\b)(\d{2,5})(?:/((?:19|20)\d\d))?(?![\w/-]|[.,]\d)"
    # "quy định 15 ngày làm việc": a count of something, not a document
    r"(?! ?(?:ngay|thang|nam|tuan|gio|lan|nguoi|%|days?|months?|years?|weeks?|hours?|times|people)\b)"
)


_KIND_BEFORE = re.compile(r"(?<![\w/])(" + _KIND_ALTERNATIVES + r")(?: so| no\.?| number)? ?$")


def without_named_kinds(topic: str, question: str) -> str:
    """The topic without the kind printed before a document number the question names ("Quyết định" of
    "Quyết định 2031/QĐ-UBND … công bố những thủ tục nào?"): the kind names the document, not a list in it.
    (Not for every ask: "Quyết định này có hiệu lực …" prints the kind an ask of its entry into force wants.)"""
    folded = fold(question)
    if len(folded) != len(question):
        return topic
    for m in DOC_NUMBER.finditer(question):
        kind = _KIND_BEFORE.search(folded[: m.start()]) if m.group(0) else None
        if kind is None:
            continue
        topic = without_words(topic, kind.group(1).split())
    return topic


def without_words(text: str, words: Sequence[str]) -> str:
    """`text` without the first run of its words that fold to `words` (folded, in order); unchanged when
    none does."""
    said = text.split()
    for i in range(len(said) - len(words) + 1):
        if [fold(w) for w in said[i : i + len(words)]] == list(words):
            return " ".join(said[:i] + said[i + len(words) :])
    return text


# "luật việc làm số 74/2025": the document's name between its kind and its number, the year given
_NAMED_REFERENCE = re.compile(
    r"(?<![\w/])(" + _KIND_ALTERNATIVES + r")"
    # (no other kind in the name: "Kế hoạch thực hiện Nghị quyết số 140/2025" names the resolution)
    r"(?: (?!(?:" + _KIND_ALTERNATIVES + r")\b)[^\W\d_]+){1,5}"
    # ("luật việc làm 74/2025": the "số" may be left out, the year given)
    r" (?:(?:so|no\.?|number) )?(\d{2,5})/((?:19|20)\d\d)(?![\w/-]|[.,]\d)"
)


def _until(f: str) -> str:
    """The one day a (folded) question bounds its time by, as an ISO date ("trước ngày 26/11/2025" →
    "2025-11-26"), else ""."""
    days = set()
    for m in _UNTIL_DAY.finditer(f):
        g = m.groups()
        if g[0]:
            day, month, year = int(g[0]), int(g[1]), int(g[2])
        elif g[3]:
            day, month, year = int(g[3]), int(g[4]), int(g[5])
        elif g[6] and month_number(g[7]):
            day, month, year = int(g[6]), month_number(g[7]), int(g[8])
        elif g[9] and month_number(g[9]):
            day, month, year = int(g[10]), month_number(g[9]), int(g[11])
        else:
            continue
        if 1 <= month <= 12 and 1 <= day <= 31:
            days.add(f"{year:04d}-{month:02d}-{day:02d}")
    return days.pop() if len(days) == 1 else ""


def _short_references(text: str, documents) -> tuple[str, ...]:
    """The indexed documents a question names by kind and leading number ("nq 394" → 394/NQ-CP): the
    one of that kind, or the only one with that number. A number no indexed document has ("Nghị quyết
    66" for 66-NQ/TW) names none."""
    out: list[str] = []
    for m in [*_SHORT_REFERENCE.finditer(fold(text)), *_NAMED_REFERENCE.finditer(fold(text))]:
        for name in _referred(m, documents):
            if name not in out:
                out.append(name)
    return tuple(out)


def _referred(m: re.Match, documents) -> list[str]:
    """The indexed documents a kind and leading number (and year) name."""
    kind, number = KIND_WORDS[m.group(1)], m.group(2).lstrip("0") or "0"
    same = [d for d in documents if d.number and re.match(r"0*(\d+)", d.number) and
            re.match(r"0*(\d+)", d.number).group(1) == number]  # fmt: skip
    if m.group(3):  # "NĐ 302/2025": of that year too
        same = [d for d in same if f"/{m.group(3)}" in d.number or (d.date or "").startswith(m.group(3))]
    of_kind = [d for d in same if fold(d.kind or "") == kind]
    return [d.name for d in (of_kind or (same if len(same) == 1 else []))]


def _with_prefix(text: str, start: int) -> int:
    """Where a place name starts once its "tỉnh" / "thành phố" / "ở" is counted with it ("tinh" / "thanh
    pho" / "o" in a question typed without marks)."""
    prefix = PLACE_PREFIX if has_vietnamese_marks(text) else PLACE_PREFIX_FOLDED
    m = prefix.search(normalize_tones(text[max(0, start - 40) : start]))
    return (
        start - len(m.group(0))
        if m
        and len(normalize_tones(text[max(0, start - 40) : start])) == len(text[max(0, start - 40) : start])
        else start
    )


def _history_questions(history: Sequence[object]) -> list[str]:
    """The user's earlier questions, from plain strings, {"question"/"q"} dicts or chat messages."""
    out = []
    for turn in history or ():
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict):
            if turn.get("role") in ("assistant", "system"):
                continue
            value = (
                turn.get("question")
                or turn.get("q")
                or (turn.get("content") if turn.get("role") == "user" else None)
            )
            if isinstance(value, str):
                out.append(value)
        elif isinstance(turn, (list, tuple)) and turn and isinstance(turn[0], str):
            out.append(turn[0])  # (question, answer) pairs, as Gradio keeps them
    return [q for q in out if q.strip()]


_DOC_KINDS_VI = (
    r"(?:nghi quyet|quyet dinh|ke hoach|nghi dinh|thong tu|quy dinh|chi thi|cong van|cong dien|chuong trinh)"
)
DOC_KINDS_EN = r"(?:resolution|decision|plan|decree|circular|regulation|directive|letter|dispatch|telegram|programme|law)"
_DOC_KINDS_EN = DOC_KINDS_EN
# a body's year-end priority tasks ("the culture ministry's end-2025 priority tasks"): the tasks its document sets
PRIORITY_TASKS_EN = r"(?:(?:end|mid)-\d{4}\s+|year-end\s+)?(?:priority|key)\s+(?:tasks|assignments)\b"
# "Nghị quyết 1339/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội", "kế hoạch UBND tỉnh Hà Tĩnh", "Kế hoạch hành
# động của UBND thành phố", "the Government's Resolution 394/NQ-CP"
# (a document's kind abbreviated before its number too: "kế hoạch NQ 66 của UBND tỉnh Hà Tĩnh")
# ("trong phụ lục của UBND tỉnh Hà Tĩnh", "phụ lục phân công nhiệm vụ của UBND thành phố …": the appendix of the
# body's document, said with "của")
_ISSUER_VI = re.compile(
    rf"\b(?:{_DOC_KINDS_VI}|phu luc(?: (?!cua\b)\w+){{0,4}}(?= cua )|(?:nq|qd|kh|nd|tt|ct|cv)(?= [\w./-]*\d))(?: hanh dong)?(?: so)?(?: [\w./-]*\d[\w./-]*)?"
    r"(?: ngay [\d/]+)? (?:cua )?((?:\w++ ?){1,8})"
)
# "kế hoạch triển khai NQ 66 do UBND tỉnh Hà Tĩnh ban hành": the body that issued it
_ISSUED_BY_VI = re.compile(
    rf"\b{_DOC_KINDS_VI}\b[^,;?]{{0,80}}? do ((?:\w++ ?){{1,8}}?) (?:ban hanh|phe duyet)\b"
)
# a body named right after a document's kind without "của" is its issuer when a clause ends there or the
# document's own words follow ("kế hoạch UBND tỉnh Hà Tĩnh ghi …", "… giao Sở Tư pháp"), not when it acts
# in it ("trong kế hoạch Sở Nội vụ chủ trì", "Kế hoạch 144 Sở Tài chính có nhiệm vụ gì?": the one asked about; "Công
# văn Tỉnh ủy Hà Tĩnh yêu cầu cấp ủy …": the issuer asks);
# a bracket after it describes the document ("kế hoạch UBND tỉnh Phú Thọ (tạo đột phá …)")
_ISSUER_EDGE = re.compile(
    r"(?: \w+){0,3}?(?:\s*$|\s*[?,.;:()]| (?:ghi|neu|quy dinh|de ra|dat ra|giao|gom|co bao nhieu|co may|co nhung"
    r"|ban hanh|yeu cau|de nghi)\b)"
)
# "Kế hoạch triển khai Nghị quyết 66 (UBND tỉnh)": the issuer in brackets after the document's name
_ISSUER_BRACKET_VI = re.compile(rf"\b{_DOC_KINDS_VI}\b[^,;?()]{{0,80}}?\(((?:\w++ ?){{1,8}})\)")
_ISSUER_EN = re.compile(
    rf"\b((?:[A-Z][\w-]*\s+){{0,5}}[A-Z][\w-]*)'s\s+(?:\w+\s+){{0,2}}(?i:{_DOC_KINDS_EN})\b"
)  # the issuer's name is capitalised: "Văn phòng Bộ coordinate under the Ministry's …" names two bodies


_PLACE_ASKED = re.compile(
    r"\b(?:tinh|thanh pho|dia phuong|tinh thanh)(?: nao| gi)\b|\bwhich (?:provinces?|cities|city)\b"
)


# who or what goes to which province: "… assigned to oversee flood recovery in each province?", "… phụ trách
# từng tỉnh" (not what each province must do: "… each province must report")
_EACH_PLACE_ASKED = re.compile(
    r"\b(?:in|to|for|over|oversees?|of) (?:which|each|every) (?:province|city|locality)\b"
    r"(?!\s*(?:must|should|shall|has|have|is|are|do|does|did|will|can|need|needs)\b)"
    r"|\b(?:phu trach|theo doi|chi dao|kiem tra) (?:moi|tung) (?:tinh|dia phuong)\b"
)


# "which ministries must help … in each province?": bodies asked, not a place
_BODIES_ASKED = re.compile(
    r"\bwhich (?:\w+ )?(?:ministr(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|departments?|organi[sz]ations?|units?)\b"
    r"|\b(?:bo|co quan|so|don vi|to chuc) nao\b"
)


# "mỗi sở hướng dẫn kiểm kê loại tài sản nào?": one thing of each body (read with its tone marks: "mời Sở Tư pháp",
# to invite, folds alike); typed without them, "moi so" before what each does, not before a body's name
_EACH_BODY = re.compile(r"(?<!\w)mỗi (?:sở|bộ|cơ quan|đơn vị|ngành|địa phương|ban)(?!\w)")
_EACH_BODY_UNMARKED = re.compile(
    r"\bmoi (?:so|bo|co quan|don vi)(?: (?:chuyen nganh|quan ly nganh|nganh|lien quan))? (?:huong dan|phu trach"
    r"|chiu trach nhiem|thuc hien|lam|duoc giao|co trach nhiem|dam nhiem|quan ly)\b"
)


_AT_VI = re.compile(
    r"(?:^|[,;:.]\s*)(?:tai|o|trong noi bo|trong)\s+$"
    # "đơn vị nào của Bộ X", "cục nào thuộc Bộ X": one of the body's own units is asked
    r"|\b(?:don vi|co quan|cuc|to chuc) (?:nao|gi) (?:cua|thuoc|trong|truc thuoc)\s+$"
)
_AT_EN = re.compile(
    r"(?i)(?:^|[,;:.]\s*|\s)(?:at|within|inside)\s+(?:the\s+)?$"
    r"|\b(?:which|what) (?:units?|departments?|agenc(?:y|ies)|bod(?:y|ies)|offices?) (?:of|under|in|within)"
    r" (?:the\s+)?$"
    # "heads of units in the Ministry of Culture …", "units under the Ministry": the ministry's own units (not "the
    # units of the Ministry of Justice lead": the ministry asked about)
    r"|\bunits (?:under|in|within) (?:the\s+)?$"
)


def _issuer_place(text: str, lang: str, agencies, documents) -> tuple[str, tuple[str, ...]] | None:
    """(agency, its documents) when the question places itself at a body that issued documents of the
    index: "At the Ministry of Culture, Sports and Tourism, …", "… at the MOCST?", "Tại Bộ Tư pháp, …"."""
    from indexer.agencies import find_agencies

    folded = fold(text)
    for name in agencies:
        issued = tuple(
            d.name
            for d in documents
            if d.issuer and (name in find_agencies(d.issuer) or fold(name) == fold(d.issuer.split(" (")[0]))
        )
        if not issued:
            continue
        starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(fold(name))}(?!\w)", folded)]
        if lang == "en":
            starts += [
                text.find(p)
                for p, term in english_terms(text)
                if term.kind == "agency" and term.vi[0] == name
            ]
        if any(s >= 0 and (_AT_VI.search(folded[:s]) or _AT_EN.search(text[:s])) for s in starts):
            return name, issued
    return None


# "the Ha Tinh People's Committee plan", "the Ministry of Justice's circular", "the plan of the People's Committee"
_ISSUER_AFTER_EN = re.compile(
    # ("the Hà Tĩnh People's Committee appendix": the appendix of its plan)
    # ("the Culture Ministry's list of priority tasks", "… task list": the list its letter sets out)
    # ("the Party Secretariat's data-sharing regulation": two words of the document's subject after "'s")
    rf"(?i)(?:['’]s\s+(?:[\w-]+\s+){{0,2}}|\s+(?:(?:action|implementation|draft|own|(?:end-|mid-|year-end\s+)?\d{{4}}"
    rf"|priority|task)\s+){{0,2}})(?:{_DOC_KINDS_EN}|appendix|annex|list)s?\b"
    r"(?!\s+to\b)"
    # ("the culture ministry's end-2025 priority tasks": the tasks its document sets as priorities)
    rf"|['’]s\s+{PRIORITY_TASKS_EN}"
)  # (not "does the Department of Justice plan to complete …": a verb)
# (after a name whose glossary span holds the "'s" itself)
_POSSESSED_KIND_EN = re.compile(
    rf"(?i)\s+(?:(?:[\w-]+\s+){{0,2}}(?:{_DOC_KINDS_EN}|appendix|annex|list)s?\b(?!\s+to\b)|{PRIORITY_TASKS_EN})"
)
_ISSUER_BEFORE_EN = re.compile(
    rf"(?i)\b{_DOC_KINDS_EN}s?\s+(?:(?:issued|adopted|signed|approved)\s+)?(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}$"
)
_AUXILIARY_EN = re.compile(r"(?i)\b(?:does|do|did|will|would|should|must|can)\s+(?:the\s+)?$")
# "… the culture ministry wants units to follow", "the Ministry requires its agencies to …": the body whose
# document asks something of the units under it
_ASKS_UNITS_EN = re.compile(
    r"(?i)\s+(?:wants|requires|asks|tells|instructs|directs|urges|expects)\s+(?:(?:its|all|the|all\s+its|every|each)\s+)?"
    r"(?:[\w-]+\s+)?(?:units|agencies|bodies|departments|offices|localities|heads|subordinates)\b"
    # "the decisions that the Culture Ministry says it has already issued": the body speaking in its document
    r"|\s+(?:says|said|states|stated|reports|reported|notes|noted)\s+(?:that\s+)?(?:it|they)\s+(?:has|have|had)\b"
)


def issuer_spans_en(text: str) -> list[tuple[int, int]]:
    """The spans of the glossary's agency names that an English question gives as a document's issuer."""
    return [
        (start, end)
        for start, end, term in english_term_spans(text)
        if term.kind == "agency"
        # ("the draft Government resolution": a draft a task is about, not the Government's issued one)
        and not re.search(r"(?i)\bdraft\s+$", text[:start])
        and (
            (
                (
                    _ISSUER_AFTER_EN.match(text, end)
                    or (text[:end].endswith(("'s", "’s")) and _POSSESSED_KIND_EN.match(text, end))
                )
                and not _AUXILIARY_EN.search(text[:start])
            )
            or _ISSUER_BEFORE_EN.search(text[:start])
            or _ASKS_UNITS_EN.match(text, end)
        )
    ]


def _printed_issuers_en(text: str) -> list[tuple[int, int]]:
    """The spans of bodies an English question prints in Vietnamese as a document's issuer: "the Tỉnh ủy Hà
    Tĩnh draft letter", "UBND tỉnh Vĩnh Long's plan" (the name, maybe its place, then the document's kind)."""
    folded = fold(text)
    if len(folded) != len(text) or detect_language(text) != "en":
        return []
    spans = []
    for term in glossary():
        if term.kind != "agency":
            continue
        for form in term.vi:
            if len(form) <= 4 or fold(form) == form.lower():
                continue  # (a Vietnamese name as printed, with its marks: not an English word)
            for m in word_pattern(fold(form)).finditer(folded):
                end = m.end()
                place = re.match(r"(?:\s+[^\W\d_a-z]\w*){0,3}", text[end:])  # "Hà Tĩnh" after "Tỉnh ủy"
                ends = {end, end + (place.end() if place else 0)}
                if any(_ISSUER_AFTER_EN.match(text, e) for e in ends) and not _AUXILIARY_EN.search(
                    text[: m.start()]
                ):
                    spans.append(m.span())
    return spans


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, each starting after the previous one's start ("kế hoạch thực hiện Nghị quyết 66 của
    UBND tỉnh": the resolution's issuer too, inside the plan's match)."""
    out, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        out.append(m)
        pos = m.start() + 1
    return out


# a provincial body named with its place ("UBND tỉnh Vĩnh Long", "Tỉnh ủy Hà Tĩnh"), folded
_PROVINCIAL_BODY = re.compile(
    r"\b(?:ubnd|uy ban nhan dan|tinh uy|thanh uy)(?: (?:tinh|thanh pho|tp\.?))? (?:[a-z]+ ){0,2}?[a-z]+(?= (?:va|,|deu"
    r"|cung|yeu cau|chi dao|giao|de nghi|quy dinh))"
)
# one or two such bodies, then what they ask of others
_ISSUER_ASKS_VI = re.compile(
    r"^(?:theo )?(?:ubnd|uy ban nhan dan|tinh uy|thanh uy)\b[^?,;]{0,70}?\b(?:deu |cung )?(?:yeu cau|chi dao|giao"
    r"|de nghi)\b"
)


# "Apart from the general duties, …": what an English question sets aside first; "what specific jobs": the
# tasks asked for (not employment)
_OPENING_ASIDE_EN = re.compile(r"(?i)^\s*(?:apart from|aside from|besides|other than|beyond) [^,;?]{1,60},")
_JOBS_ASKED_EN = re.compile(
    r"(?i)\b(?:what|which|any|list|name)(?: the| all)?(?: specific| other| main| particular)? (jobs?)\b"
    # ("What work must the Department of Justice do …?": the tasks asked, not "công tác"; not "which works", "công
    # trình")
    r"|\b(?:what|which)(?: kind of| sort of)? (work)\b(?! with)"
)
# a body's doing asked after the auxiliary and the body's name ("… does the Department of Justice handle (on its
# own)?", "… does the Ministry help out on?"): what it leads or helps with, not a topic (group 1: the verb)
_BODY_THEN_EN = r"(?i)\b(?:does|do|did|will)\s+(?:the\s+)?(?:[\w'’&,()-]+\s+){1,10}?"
_BODY_DOES_EN = re.compile(
    _BODY_THEN_EN
    + r"(handles?|carry out|carries out|deal with|take care of|undertakes?|performs?|takes? on|implements?)"
    r"(?=\s+(?:on (?:its|their) own|alone|by (?:itself|themselves)|independently|single-handedly)\b|\s*[?.,;]|\s*$)"
)
_BODY_HELPS_EN = re.compile(_BODY_THEN_EN + r"(helps? out(?: on| with)?|assists?(?: on| with)?)\b")
# "What tasks does the Vĩnh Long Provincial People's Committee assign to the Department of Justice?", "… does the PPC
# of Vĩnh Long give …": the body that issues the plan and assigns its tasks to another, not a body asked about (not a
# commune's or district's committee, and not "which tasks does the PPC direct": its own)
_ISSUER_ASKS_EN = re.compile(
    r"(?i)\b(?:does|did|do)\s+(?:the\s+)?((?:(?!(?:commune|district|ward|village|each|every)\b)[\w'’-]+\s+){0,3}?"
    r"(?:(?:provincial|city|municipal)\s+)?(?:people's\s+committee|ppc|(?:provincial|city|municipal)\s+party\s+committee)"
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)\s+"
    r"(?:(?:assigns?|gives?|entrusts?)(?=(?:\s+[\w'’-]+){0,4}?\s+to\s)|(?:asks?|requires?|directs?|tasks?)"
    r"(?=(?:\s+[\w'’-]+){1,6}?\s+to\s+\w))"
)


def _without_issuers(text: str) -> str:
    """The question with the issuer it names for a document blanked ("Nghị quyết 1339 của Ủy ban Thường vụ
    Quốc hội", "the Government's Resolution 394/NQ-CP"): the agencies left are the ones asked about."""
    from indexer.agencies import agency_run

    spans = [m.span(1) for m in _ISSUER_EN.finditer(text)] + issuer_spans_en(text) + _printed_issuers_en(text)
    spans += [m.span(1) for m in _ISSUER_ASKS_EN.finditer(text)]
    folded = fold(text)
    if len(folded) == len(text):
        for m in (
            *_overlapping(_ISSUER_VI, folded),
            *_ISSUED_BY_VI.finditer(folded),
            *_ISSUER_BRACKET_VI.finditer(folded),
        ):
            # only the name right after "của": "Kế hoạch của UBND tỉnh giao Sở Tư pháp …" keeps Sở Tư pháp
            piece = folded[m.start(1) : m.end(1)]
            names = [fold(n) for n in _find_agencies(text[m.start(1) : m.end(1)], "vi")]
            first = min((piece.find(n) for n in names if 0 <= piece.find(n) <= 1), default=None)
            bare = m.re is _ISSUER_VI and not m.group(0).endswith(" cua " + m.group(1))  # no "của"
            if first is None and names:
                # printed in another form than the gazetteer's name ("Ủy ban nhân dân tỉnh" for "UBND tỉnh")
                item = next(iter(agency_run(text[m.start(1) :], filler=False).items), None)
                if item is not None and item.start <= 1 and fold(item.canonical or "") in names:
                    end = m.start(1) + item.end
                    if not bare or _ISSUER_EDGE.match(folded, end):
                        spans.append((m.start(1) + item.start, end))
                continue
            if first is not None:
                name = next(n for n in names if piece.find(n) == first)
                if m.re is not _ISSUER_VI and len(piece[first + len(name) :].split()) > 3:
                    continue  # "do Sở Tư pháp tham mưu UBND tỉnh ban hành": not the issuer's name alone
                end = m.start(1) + first + len(name)
                if bare and not _ISSUER_EDGE.match(folded, end):
                    continue  # "nhiệm vụ nào trong kế hoạch Sở Nội vụ chủ trì?": the agency asked about
                spans.append((m.start(1) + first, end))
        # "UBND tỉnh Vĩnh Long và UBND tỉnh Phú Thọ yêu cầu các sở … ": the bodies that issue the documents
        # and ask, by their places, not agencies asked about
        for m in _ISSUER_ASKS_VI.finditer(folded):
            spans += [n.span() for n in _PROVINCIAL_BODY.finditer(folded, m.start(), m.end())]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def understand(
    question: str, history: Sequence[object] = (), documents=(), _depth: int = 0, agency_names=None
) -> Query:
    """What the question asks. `documents` (optional): the indexed documents (or a searcher that lists
    them), for their provinces and numbers. `history`: earlier turns, oldest first; they fill only what
    the question leaves open. `agency_names` (optional): the agencies the index's task rows print, as
    a `PrintedAgencies`, for names the gazetteer does not know ("Văn phòng Bộ", "Cục Di sản văn hóa")."""
    text, truncated = clean_question(question)
    # "nv Sở TP chủ trì" → "nhiệm vụ Sở Tư pháp chủ trì" (a kind before a number, "NQ 66", is read where a
    # document is looked for and in the topic: see _expand_abbreviations)
    text = expand_short_forms(text, ("head", "name", "word"))
    quoted = [m.group(1) for m in _QUOTED.finditer(text)]
    outside = _QUOTED.sub(" ", text) if quoted else text
    # a question in English that quotes a Vietnamese task name is English: its language is read outside quotes
    lang = (
        (detect_language(outside) if len(syllable_words(outside)) >= 3 else "")
        or detect_language(text)
        or "vi"
    )
    if lang == "vi" and _english_frame(outside):
        lang = "en"  # "Which tasks does Sở Khoa học và Công nghệ lead in Vĩnh Long?"
    if hasattr(documents, "documents"):
        documents = documents.documents()
    documents = list(documents or ())
    extra_places = [d.scope for d in documents if d.scope]
    places = [
        (name, _with_prefix(text, start), end) for name, start, end in find_provinces(text, extra_places)
    ]
    places = _without_central(_without_institutions(places, text), text)
    provinces = tuple(dict.fromkeys(name for name, _, _ in places))
    doc_numbers = tuple(dict.fromkeys(m.group(0) for m in DOC_NUMBER.finditer(text)))
    docs = tuple(
        d.name for d in documents if d.number and any(fold(d.number) == fold(n) for n in doc_numbers)
    )
    # "the 2025 Employment Law (74/2025/QH15) or Decree 302": a full number and a short reference
    docs += tuple(d for d in _short_references(text, documents) if d not in docs)
    carried: set[str] = set()  # (the numbers that name a document by what it carries out)
    # (not where a place is named: "Nghị quyết 138/NQ-CP được nhắc trong Kế hoạch … Hải Phòng" cites it there)
    if doc_numbers and not docs and not provinces:
        # "Phụ lục KH (CTr 45-CTr/TU)", "KH triển khai NQ 66 (gắn với CTr 45-CTr/TU)": a number no indexed document
        # bears that one of them alone carries out names that one
        carrying = [
            d.name
            for d in documents
            if {fold(n) for n in doc_numbers} & {fold(i) for i in d.implements or ()}
        ]
        if len(carrying) == 1:
            docs = tuple(carrying)
            carried = {fold(n) for n in doc_numbers}
    f = fold(normalize_tones(text) if has_vietnamese_marks(text) else text)
    agencies = tuple(_find_agencies(text, lang))
    if agency_names is not None:
        # (not the issuer's letters of a document's number: "617/KH-UBND tỉnh Đồng Tháp" names no "UBND tỉnh")
        unnumbered = DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
        printed = [
            n
            for n in _printed_names(agency_names, unnumbered, lang)
            if not any(fold(n) in fold(a) for a in agencies)
        ]
        if printed and len(fold(text)) == len(text):
            # a gazetteer name inside a printed one ("UBTVQH" in "Ban soạn thảo do UBTVQH thành lập") is
            # part of that name, not an agency of its own
            rest = fold(text)
            for name, said in agency_names.spans(unnumbered):
                if name in printed:
                    rest = re.sub(rf"(?<!\w){re.escape(said)}(?!\w)", lambda m: " " * len(m.group(0)), rest)
            kept = "".join(c if r != " " or c == " " else " " for c, r in zip(text, rest, strict=True))
            separate = set(_find_agencies(kept, lang))
            agencies = tuple(a for a in agencies if a in separate)
        agencies += tuple(printed)
    if not docs and agencies:
        # "At the Ministry of Culture, Sports and Tourism, which unit …", "Tại Bộ Tư pháp, …": the body
        # whose own documents the question is about, not an agency asked about
        place = _issuer_place(text, lang, agencies, documents)
        if place is not None:
            name, issued = place
            agencies = tuple(a for a in agencies if a != name)
            docs = issued
    blanked = _without_issuers(text)
    if blanked != text:  # the document's issuer ("the Government's Resolution …") is not the agency asked
        elsewhere = set(_find_agencies(blanked, lang))
        if agency_names is not None:
            elsewhere |= set(_printed_names(agency_names, blanked, lang))
        agencies = tuple(a for a in agencies if a in elsewhere)
    if lang == "en" and len(agencies) > 1:
        # "the Ministry of Justice's Department of Personnel and Organisation": the body whose unit is asked, not a
        # body asked itself
        owners = {
            term.vi[0]
            for start, end, term in english_term_spans(text)
            if term.kind == "agency" and re.match(r"['’]s\s", text[end : end + 3])
        }
        if owners and not owners >= set(agencies):
            agencies = tuple(a for a in agencies if a not in owners)
    if agencies and places and len(fold(text)) == len(text):
        # "Học viện Chính trị quốc gia Hồ Chí Minh": a place inside an agency's name is not a scope
        folded = fold(text)
        spans = [
            (m.start(), m.end())
            for name in agencies
            for m in re.finditer(rf"(?<!\w){re.escape(fold(name))}(?!\w)", folded)
        ]
        kept = [pl for pl in places if not any(s <= pl[1] and pl[2] <= e for s, e in spans)]
        if len(kept) != len(places):
            places = kept
            provinces = tuple(dict.fromkeys(name for name, _, _ in places))
    own_numbers = frozenset(
        (KIND_WORDS.get(fold(d.kind).lower()), re.split(r"[/-]", d.number)[0]) for d in documents if d.number
    )
    # "(không tính các mốc kéo dài 2025-2026)", "(excluding 2025–2026 spans)": times set aside, not asked
    excluded = (
        [m.span() for m in _EXCLUDED_ASIDE.finditer(fold(text))] if len(fold(text)) == len(text) else []
    )
    # "(kể cả các nhiệm vụ kéo dài 2025–2026)", "(including multi-year spans)": times let in, not asked
    included = (
        [m.span() for m in _INCLUDED_ASIDE.finditer(fold(text))] if len(fold(text)) == len(text) else []
    )
    excluded = [*excluded, *included]
    timed = "".join(" " if any(s <= i < e for s, e in excluded) else c for i, c in enumerate(text))
    years, quarters, months, periods = _times(timed, fold(timed) if excluded else f, own_numbers)
    within = bool(years) and (
        any(_SPAN_WORDS.search(fold(text)[s:e]) for s, e in excluded if (s, e) not in included)
        or bool(_EXACT_YEAR.search(_ONE_YEAR_DECLINED.sub(" ", f)))
        # "giai đoạn 2026-2028", "từ năm 2026 đến năm 2028": a span asked holds the times inside it (not
        # "2026-2030", which runs past it)
        or bool(_YEAR_SPAN_ASKED.search(fold(timed)))
    )
    covers = len(years) >= 2 and bool(_COVERS_YEARS.search(f))
    # ("trải dài cả hai năm 2025-2026": a time over each of them, not one inside the span)
    within = within and not covers
    periods_aside = (
        _periods_set_aside(fold(timed) if excluded else f) if not (years or quarters or months) else ()
    )
    if ("năm cụ thể" in periods or _SPECIFIC_TIME_VI.search(f)) and _NO_SPECIFIC_TIME.search(f):
        # "những nhiệm vụ nào không ghi thời hạn cụ thể?", "no fixed deadline": a specific time set aside, not asked
        # (also "chưa xác định thời gian cụ thể", which no period word names)
        periods = tuple(p for p in periods if p != "năm cụ thể")
        periods_aside = (*periods_aside, "năm cụ thể")
    has_period = bool(years or quarters or months or periods or periods_aside)
    soft = not any_match(LISTING, f) and any_match(SOFT_LISTING, f) and bool(agencies or has_period)
    intent = _intent(f, provinces, agencies, has_period, soft=soft)
    if (
        intent in ("lead_agency", "coordinating_agencies")
        and defined_term(text)
        and not re.search(r"\b(?:chu tri|phoi hop)\b", f)
    ):
        intent = (
            "fact"  # "'đơn vị sự nghiệp thuộc Bộ nhóm 2' được hiểu là đơn vị nào?": a definition, no role
        )
    aspect = _intent(f, provinces, agencies, has_period, compare=False) if intent == "compare" else intent
    if aspect in ("agency_tasks", "period_tasks"):
        aspect = "lead_agency" if agencies else "general"
    role = _role(f) if intent == "agency_tasks" else "lead"
    if intent in ("agency_tasks", "lead_agency", "coordinating_agencies", "deadline", "output"):
        kind = _answer_type(f)[0]
        # "Sở Tư pháp tổng hợp báo cáo gửi cơ quan nào?": the body a report goes to, not a task's lead;
        # "Kế hoạch Hà Tĩnh mời Sở Tư pháp của những tỉnh nào của Lào?": places by name, not the tasks
        if kind == "provinces" or (
            kind == "destination" and intent in ("lead_agency", "coordinating_agencies")
        ):
            intent = aspect = "fact"
    answer_type, count_noun = (
        _answer_type(_as_printed(text, f)) if intent in ("fact", "general", "compare") else (None, "")
    )
    if answer_type == "place" and intent == "general":  # "… đặt ở tỉnh, thành phố nào?": a fact, a place
        intent = aspect = "fact"
    if answer_type == "count" and lang == "en" and not count_noun:
        # "how many legal officers": what is counted, in the documents' words
        m = re.search(r"(?i)\bhow many\s+((?:(?!(?:" + _EN_VERBS + r")\b)[\w-]+\s*){1,6})", text)
        # (an adverb after the noun is no part of it: "how many training classes abroad")
        phrase = (
            re.sub(r"(?i)\s+(?:abroad|overseas|annually|nationwide|online|locally)$", "", m.group(1).strip())
            if m
            else ""
        )
        counted = english_term_spans(phrase) if m else ()
        # "how many civil-servant positions (biên chế)": the documents' own word for it, given by the asker
        gloss = re.match(r"\s*\(([^()]{2,40})\)", text[m.end() :]) if m else None
        if gloss and has_vietnamese_marks(gloss.group(1)):
            counted = ()
            count_noun = gloss.group(1).strip()
        # (not two things counted: "how many deputy directors and department-level units", whose first noun
        # goes before "and"; "new and amended administrative procedures" counts one)
        two = any(
            term.kind == "term" and re.match(r"\s+(?:and|or)\s", phrase[end:])
            for _, end, term in counted[:-1]
        ) or (
            # ("how many people died or went missing": a verb after "or", not a noun counted)
            bool(re.search(r"\s(?:and|or)\s", phrase)) and bool(counted) and counted[-1][2].kind == "word"
        )
        if counted and counted[-1][1] == len(phrase) and not two:  # the head noun ends the phrase
            count_noun = counted[-1][2].vi[0]
        elif two:
            # "how many legal experts and lawyers": the first thing counted, which the text must print
            first = next(
                (
                    t
                    for _, end, t in counted
                    if t.kind == "term" and re.match(r"\s+(?:and|or)\s", phrase[end:])
                ),
                None,
            ) or next(
                # ("how many doctors and staff": the phrase opens with the first thing counted, a plain word)
                (
                    t
                    for start, end, t in counted[:1]
                    if not start and re.match(r"\s+(?:and|or)\s", phrase[end:])
                ),
                None,
            )
            count_noun = first.vi[0] if first is not None else ""
    if (
        intent == "compare"
        and aspect != "deadline"  # (deadlines compared: a year or a quarter is one, "Năm 2027")
        and re.search(r"\b(?:som hon|muon hon|truoc|earlier|first|sooner|later)\b", f)
    ):
        answer_type, count_noun = "date", ""  # "văn bản nào ban hành trước / có hiệu lực sớm hơn": dates
    named = [d for d in documents if d.name in docs]
    if (
        intent == "compare"
        and not provinces
        and named
        and all(d.scope == CENTRAL for d in named)
        and not any_match(COMPARE, _PLACE_ASKED.sub(" ", f))
    ):
        # "Theo Quyết định 2597/QĐ-TTg, trung tâm … đặt tại tỉnh, thành phố nào?": a place the national
        # document names, not a comparison of provinces
        intent, aspect, answer_type, count_noun = "fact", "fact", "place", ""
    elif (
        intent in ("fact", "general")
        and answer_type is None
        and not provinces
        and named
        and all(d.scope == CENTRAL for d in named)
        and _EACH_PLACE_ASKED.search(f)
        and not _BODIES_ASKED.search(f)
    ):
        # "Which Deputy Prime Minister is assigned to oversee flood recovery in each province under Dispatch
        # 227?": a national document's passage that names the provinces, one by one
        intent, aspect, answer_type, count_noun = "fact", "fact", "place", ""
    if intent in ("fact", "general", "deadline") and len(named) >= 2 and _two_documents_joined(text, named):
        intent = "compare"  # "When do Decree 302/2025/NĐ-CP and the Employment Law 74/2025/QH15 take effect?"
    # the numbers of the indexed documents the question names (not another's it asks about: "Nghị quyết
    # 730/2004/NQ-UBTVQH11" in a question about Nghị quyết 1339)
    own_numbers = {fold(d.number) for d in documents if d.number and d.name in docs} | carried
    remove = [(s, e) for _, s, e in places] + [
        (m.start(), m.end())
        for m in DOC_NUMBER.finditer(text)
        if m.group(0) and fold(m.group(0)) in own_numbers
    ]
    for m in DOC_NUMBER.finditer(text):
        # ("(CTr 45-CTr/TU)": the kind's abbreviation before a number that names the document by what it carries out)
        if (
            m.group(0)
            and fold(m.group(0)) in carried
            and (kind := _KIND_ABBREVIATION_BEFORE.search(text[: m.start()]))
        ):
            remove.append(kind.span())
    if docs:
        # "plan 144/KH-UBND (digital economy and society)": words in brackets after a document's number
        # describe that document, not what is asked of it
        for m in DOC_NUMBER.finditer(text):
            if m.group(0) and (described := _DESCRIBED.match(text, m.end())):
                remove.append(described.span())
    if docs and len(fold(text)) == len(text):  # "NĐ 302/2025": the number and year name the document
        remove += [(m.start(1), m.end(3)) for m in _SHORT_REFERENCE.finditer(fold(text)) if m.group(3)]
        # "Bac Ninh's KH 144 (digital economy)": the words in brackets after a short reference describe it
        heads = {re.split(r"[/-]", d.number)[0] for d in documents if d.number and d.name in docs}
        for m in _SHORT_REFERENCE.finditer(fold(text)):
            if m.group(2) in heads:
                if text[m.start(1) : m.end(1)].isupper():
                    # "KH 144": a kind's abbreviation with the number of a document in scope names it (the
                    # letters are no name the evidence must print); a kind spelled out stays a word asked
                    remove.append((m.start(1), m.end(2)))
                else:
                    # ("Plan 7360": its number names it all the same, and no row of it prints the number)
                    remove.append((m.start(2), m.end(2)))
                if described := _DESCRIBED.match(text, m.end()):
                    remove.append(described.span())
        remove += [
            (m.start(2), m.end(3)) for m in _NAMED_REFERENCE.finditer(fold(text)) if _referred(m, documents)
        ]
    if lang == "en":
        # "the Director of the Personnel Department (Vụ Tổ chức cán bộ)": the English words before a body named in
        # brackets name that body (which the glossary may not know); they are no topic of their own
        for m in _GLOSSED_BODY_EN.finditer(text):
            if any(fold(m.group(2).strip()).endswith(fold(a)) for a in agencies):
                remove.append(m.span(1))
    remove += excluded  # (times set aside are not what is asked about either)
    if within:
        remove += [m.span() for m in re.finditer(r"\b(?:ghi )?dung la\b|\bexactly\b", fold(text))]
    set_aside = _articles_set_aside(text)
    # "Ngoài dữ liệu tại Điều 8, Điều 9, …": the articles set aside are not asked, nor the words that set them
    remove += set_aside
    articles = tuple(
        dict.fromkeys(
            m.group(2) + (f".{m.group(1) or m.group(3)}" if m.group(1) or m.group(3) else "")
            for m in ARTICLE.finditer(text)
            if not any(s <= m.start() < e for s, e in set_aside)
        )
    )
    if answer_type == "destination" and len(f) == len(text):
        # "phản ánh về đâu", "where should agencies send …": the ask for where it goes, which the evidence
        # says in its own verb ("tổng hợp gửi Văn phòng Tỉnh ủy")
        remove += [m.span() for m in _DESTINATION_ASK.finditer(f)]
        if re.search(r"\bwhere\b", f):
            remove += [m.span() for m in _SEND_VERB_EN.finditer(f)]
    if answer_type == "count" and len(f) == len(text):
        # "Số lượng nhiệm vụ … là bao nhiêu?": the ask for a count, as "bao nhiêu nhiệm vụ" is
        remove += [m.span() for m in re.finditer(r"\bso luong\b(?=.*\bbao nhieu\b)", f)]
    if intent in ("agency_tasks", "period_tasks"):
        remove += [(m.start(), m.end()) for m in _DATE_SPAN.finditer(text)]
        remove += [(m.start(), m.end()) for m in _YEAR.finditer(text)]
    if len(f) == len(text):
        # "(lead, coordinators, timing)", "(chủ trì, phối hợp, thời gian)": the fields asked, listed aside
        remove += [m.span() for m in _FIELDS_ASIDE.finditer(f)]
    expansions: list[str] = []
    if lang == "en":
        # "in late 2025", "by early 2026", "mid-2026": a part of a year, read with the year, no topic word
        remove += [(m.start(), m.end()) for m in _PART_OF_YEAR.finditer(text)]
        # "What does the appendix say about …?": the verb that asks what the text says is no topic word
        remove += [m.span(1) for m in _SAYS_ABOUT.finditer(text)]
        expansions = english_to_vietnamese(_PART_OF_YEAR.sub(" ", _SAYS_ABOUT.sub(" about", outside)))
        # a quoted name in English ("“deploy unified identification codes …”") is translated as the rest
        said = [q if detect_language(q) != "en" else _english_topic(q, []) for q in quoted]
        if intent in ("agency_tasks", "period_tasks"):
            # ("… scheduled for the year 2026 (“Năm 2026”)?": the period quoted as printed, read as the period)
            said = [q for q in said if _QUOTED_PERIOD.sub(" ", fold(q)).strip()]
        # (a listing's topic filters its rows: the issuer of "the People's Committee plan" is none)
        # (nor the body that assigns them, with its verb: "does the Vĩnh Long Provincial People's Committee assign")
        # (nor of a body's duties: "What duties does the City People's Committee's action plan assign to the
        # Department of Justice": the duties that name the City People's Committee are not the ones asked)
        listing_issuer = (
            issuer_spans_en(text) + [(m.start(1), m.end()) for m in _ISSUER_ASKS_EN.finditer(text)]
            if intent in ("agency_tasks", "period_tasks") or agencies
            else []
        )
        if agencies:
            # "which tasks does the Department of Justice handle on its own?": the body's doing, no topic
            listing_issuer += [m.span(1) for m in _BODY_DOES_EN.finditer(text)]
            # ("… does the Ministry of Science and Technology help out on as a coordinating body?": its role)
            listing_issuer += [m.span(1) for m in _BODY_HELPS_EN.finditer(text)]
            # "Apart from the general duties, what specific jobs does … give the Department of Justice?": what is
            # set aside first, and the "jobs" asked for (tasks, not employment), are no topic
            listing_issuer += [m.span() for m in _OPENING_ASIDE_EN.finditer(text)]
            listing_issuer += [m.span(m.lastindex) for m in _JOBS_ASKED_EN.finditer(text)]
        # the words outside the quotes, where they stand (the places, years and dates said are no topic)
        padded = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
        topic = " ".join([_english_topic(padded, remove + listing_issuer), *said]).strip()
        if intent == "deadline":
            # "…, what schedule is set?": the time asked ("tiến độ") is the row's time column, no word of the task
            topic = " ".join(re.sub(r"(?<!\w)tiến độ(?!\w)", " ", topic).split()) or topic
    else:
        # "Lai Châu bắt đầu phối hợp kiểm tra … từ năm nào, ai chủ trì?": "phối hợp" names the task, not
        # the role asked
        named_role = (
            frozenset({"phoi hop"})
            if (intent == "lead_agency" and _ROLE_IN_NAME.search(f))
            or (intent == "coordinating_agencies" and _COORDINATION_NAMED.search(f))
            or (intent in ("deadline", "output") and _TASK_OPENS_WITH_ROLE.search(f))
            else frozenset()
        )
        topic = _topic(text, remove, named_role)
    if intent == "agency_tasks":
        for name in agencies:
            topic = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", " ", topic)
        from indexer.agencies import printed_agencies

        # the other bodies the question prints — the issuer of the document it reads, "Kế hoạch của UBND tỉnh và
        # công văn của Tỉnh ủy …" — name where, not what: their printed names, as phrases, are no topic
        for name in printed_agencies(text):
            if name not in agencies and len(fold(topic)) == len(topic):
                for m in reversed(list(re.finditer(rf"(?<!\w){re.escape(fold(name))}(?!\w)", fold(topic)))):
                    topic = topic[: m.start()] + " " + topic[m.end() :]
        # typed without tone marks, the name's words may be split by form words ("So Tai chinh" → "So chinh");
        # and the words a name is printed in ("Công an thành phố" of "Công an tỉnh") are the name's too
        names = [*agencies, *printed_agencies(text, of=agencies)]
        words = {w for name in names for w in fold(name).split()}
        spelled = (
            [said for name, said in agency_names.spans(text) if name in agencies] if agency_names else []
        )
        # the words of a list of units ("UBND các phường, xã, đặc khu") and of an acronym spelled out ("Trung tâm
        # Chuyển đổi số Văn hóa, Thể thao và Du lịch"), when the question says them nowhere else ("bản" of "văn
        # bản" is no "ban" of "các sở, ban, ngành")
        outside = fold(text)
        for said in [*(fold(n) for n in names), *spelled]:
            outside = re.sub(rf"(?<!\w){re.escape(said)}(?!\w)", " ", outside)
        words |= {
            w for said in [*(fold(n) for n in names), *spelled] for w in re.findall(r"\w+", said)
        } - set(re.findall(r"\w+", outside))
        # (a word of a name that the topic says in a pair with a word of no name, as the question prints the pair
        # outside the names, is the topic's: "pháp" of "thi hành pháp luật" beside "Sở Tư pháp")
        pairs = set(zip(outside.split(), outside.split()[1:], strict=False))
        kept = topic.split()
        topic = " ".join(
            w
            for i, w in enumerate(kept)
            if fold(w) not in words
            or any(
                0 <= j < len(kept)
                and fold(kept[j]) not in words
                and ((fold(w), fold(kept[j])) if j > i else (fold(kept[j]), fold(w))) in pairs
                for j in (i - 1, i + 1)
            )
        )
    if aspect in ("deadline", "lead_agency", "coordinating_agencies", "output"):
        # "the Phú Thọ appendix sets which deadline for …": the appendix is where the task rows are, not
        # words of the task asked about
        topic = " ".join(re.sub(r"(?i)(?<!\w)(?:phụ lục|phu luc)(?!\w)", " ", topic).split()) or topic
        # "Kế hoạch của Phú Thọ giao cơ quan nào chủ trì …", "Phú Thọ's plan": the kind names the province's
        # document, not the task asked about (whose output cell may print "Kế hoạch")
        if provinces and _names_place_plan(f, provinces):
            topic = (
                " ".join(re.sub(rf"(?i)(?<!\w){_PLAN_PRINTED}(?!\w)", " ", topic, count=1).split()) or topic
            )
    doc_hints = tuple(name for name, pattern in DOC_HINTS if re.search(pattern, f))
    search_text = text if lang != "en" else translate_question(_PART_OF_YEAR.sub(" ", text))
    if lang == "en" and quoted:
        search_text = " ".join(
            [
                translate_question(_PART_OF_YEAR.sub(" ", outside)),
                *(q if detect_language(q) != "en" else translate_question(q) for q in quoted),
            ]
        )
    plural = bool(
        re.search(
            r"\bnhung\b.*\bnao\b|\bcac\b.*\bnao\b|(?<!thu )\bgom\b|\bbao gom\b|\bwhat are\b|\bwhich (?:\w+ )?\w+s\b"
            # "whose personnel files are kept by …": the persons of a list
            r"|\bwhose (?:[\w()-]+ ){1,6}(?:are|were)\b"
            r"|\bwhich (?:\w+ ){2,3}(?:decisions|decrees|resolutions|documents|circulars|laws|plans|tasks|items|procedures)\b"
            # ("các thủ tục hành chính … được sửa đổi theo QĐ 2031": the things asked for, named with no question word)
            r"|^(?:cac|nhung|danh sach(?: cac)?|tat ca(?: cac)?|toan bo(?: cac)?) (?:thu tuc|nhiem vu|van ban|chi tieu"
            r"|hoat dong|giai phap|co quan|don vi|du lieu|muc tieu|linh vuc|de an)\b"
            r"|\blist\b|\bliet ke\b|\bke ten\b|\bnhung (?:gi|linh vuc|noi dung|co quan|van ban|ai)\b|\bnhung \w+(?: \w+)? gi\b"
            # an order asked: the things in it ("… được ưu tiên cho thuê theo thứ tự nào?", "in what order")
            r"|(?<!so )\b(?:theo )?thu tu (?:nao|the nao|ra sao|gi)\b|\bin (?:what|which) order\b|\border of priority\b"
            # "ba nhóm đối tượng … là những ai?", "the six groups of tasks": a count of several things
            # (not "Điều 5 nội dung …", "khoản 3 nội dung nào", "Sau bước thẩm định": a number, "sau" is "after")
            r"|(?<!dieu )(?<!khoan )(?<!nhom )(?<!muc )(?<!so )(?<!thu )\b(?:hai|ba|bon|bay|chin|[2-9])"
            r" (?:nhom|loai|doi tuong|truong hop|noi dung|nhiem vu|muc tieu|giai phap|linh vuc|thu tuc|quy trinh)\b"
            r"|(?<!group )(?<!task )(?<!article )(?<!section )(?<!no\. )\b(?:two|three|four|five|six|seven|eight"
            r"|nine|[2-9]) (?:\w+ )?(?:groups|types|kinds|categories|cases|tasks|items|steps|principles|objectives"
            r"|measures|solutions)\b"
            # duties are several: "Sở Tư pháp làm gì …", "trách nhiệm gì", "what must … do"
            r"|\b(?:lam|thuc hien|dam nhiem) (?:nhung )?(?:gi|viec gi)\b|\b(?:trach nhiem|nhiem vu|viec) gi\b"
            r"|\bwhat (?:must|does|should|will) .*\bdo\b|\bresponsibilities\b"
            # "what categories of data", "what kinds of …", "what does X consist of"
            r"|\bwhat (?:\w+ )?(?:categories|kinds|types|items|groups|principles|measures|purposes)\b"
            # ("What conduct is prohibited …": the acts a list forbids; not "what conduct must employers follow")
            r"|\bwhat (?:\w+ )?(?:conduct|behaviou?r)\b(?=.*\b(?:prohibit|forbid|ban))"
            # a value asked by each milestone: "… theo từng mốc năm như thế nào?", "… for each year / at each stage"
            r"|\b(?:theo|o|cho|qua) (?:tung|moi) (?:moc|giai doan|thoi ky|buoc|chang)\b"
            # "từng sở hướng dẫn kiểm kê loại tài sản nào?", "what does each department guide": one thing of each
            r"|\btung (?:so|bo|co quan|don vi|nganh|dia phuong|nhom|loai)\b"
            r"|\beach (?:department|ministry|agency|body|unit|locality|group|kind|type)\b"
            r"|\b(?:for|by|at|in) each (?:milestone|stage|phase|period|step)\b"
            # "Give me the overall solutions …", "Show me all the measures …": a plural noun asked for
            # (not "Tell me who drafts …": a verb after an ask word)
            r"|\b(?:give|show|tell) me (?:all (?:of )?(?:the )?|every |the )(?:[\w-]+ ){0,2}[a-z]{3,}(?<![usi])s\b"
            # "What state-budget sources make up …", "What targets does … set": a plural noun asked of
            # (not "what status does", "what basis is": a word ending in s)
            r"|\bwhat (?:[\w-]+ ){0,2}[a-z]{3,}(?<![usi])s (?=(?:do|does|did|are|were|make|must|should|will"
            r"|can|have|has|need|apply)\b)"
            # "what data is shared among …": data, information — several things
            r"|\bwhat (?:[\w-]+ )?(?:data|information)\b(?= (?:is|are|must|should|will|can|do|does)\b)"
            r"|\bconsists? of\b|\bmade up of\b|\bwhat (?:do|does|did|must|should|will)\b.*\b(?:cover|include|comprise)\b"
            # "What unemployment insurance benefits does the law provide?"
            r"|\bwhat (?:[\w-]+ ){0,4}[a-z]{3,}(?<![su])s (?:\([^()]{1,60}\) )?(?:are|does|do|did|must|should|will|can|has|have)\b"
            # "In what cases may the Minister …?": several cases
            r"|\bin (?:what|which) (?:\w+ )?(?:cases|circumstances|situations|events)\b"
            # "A đóng bao nhiêu, B đóng bao nhiêu …?": one ask of several subjects
            r"|\bbao nhieu\b.*\bbao nhieu\b|\bhow (?:much|many)\b.*\bhow (?:much|many)\b"
            # "thứ tự ưu tiên … như thế nào?", "what is the priority order": the items in their order
            r"|\bthu tu uu tien\b|\b(?:priority|order of) (?:order|priority)\b|\border of precedence\b",
            f,
        )
        or _EACH_BODY.search(normalize_tones(text).lower())
        or _EACH_BODY_UNMARKED.search(f)
    )
    query = Query(
        question=text,
        lang=lang,
        intent=intent,
        aspect=aspect,
        plural=plural,
        provinces=provinces,
        docs=docs,
        doc_numbers=doc_numbers,
        agencies=agencies,
        role=role,
        years=years,
        quarters=quarters,
        months=months,
        periods=periods,
        periods_set_aside=periods_aside,
        periods_aside_alone=bool(periods_aside) and _aside_alone(fold(timed) if excluded else f),
        agencies_set_aside=bool(agencies) and bool(_AGENCY_SET_ASIDE.search(f)),
        before=_before_year(f) if years and not quarters and not months else 0,
        after=_from_year(f) if years and not quarters and not months else 0,
        within=within,
        span_asked=bool(years) and bool(_YEAR_SPAN_ASKED.search(fold(timed))),
        covers=covers,
        until=_until(f) if len(months) == 1 else "",
        answer_type=answer_type,
        count_noun=count_noun,
        topic=topic,
        search_text=search_text,
        expansions=tuple(expansions),
        doc_hints=doc_hints,
        truncated=truncated,
        soft_listing=soft,
        articles=articles,
    )
    earlier = _history_questions(history)
    if earlier and _depth < 3 and _is_followup(f, query):
        return _resolve_followup(
            query, understand(earlier[-1], earlier[:-1], documents, _depth + 1, agency_names)
        )
    return query


_EN_FRAME = re.compile(
    r"(?i)^\s*(?:which|what|who|when|how|does|do|is|are|list|show|give|tell|in which|by when|according to)\b"
)


def _english_frame(text: str) -> bool:
    """An English question around Vietnamese names: it opens with an English question word and, once the
    words with Vietnamese marks are set aside, at least three words are English."""
    if not _EN_FRAME.search(text):
        return False
    rest = " ".join(w for w in text.split() if not has_vietnamese_marks(w))
    return len(syllable_words(rest)) >= 3 and detect_language(rest) == "en"


def syllable_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def _is_followup(f: str, query: Query) -> bool:
    if any_match(FOLLOWUP, f):
        return True
    if query.intent in ("agency_tasks", "period_tasks"):
        return False  # its agency or period is the whole question: complete on its own
    # a question that is only names / times ("Phú Thọ?", "năm 2026?") continues the conversation
    return not query.topic and (bool(query.provinces) or bool(query.agencies) or query.has_period)


def _resolve_followup(current: Query, previous: Query) -> Query:
    """The previous question's topic and intent, with whatever the follow-up changes."""
    intent = current.intent if current.intent not in ("general", "compare") else previous.intent
    if current.intent == "compare" and len(current.provinces) >= 2:
        intent = "compare"
    provinces = current.provinces or previous.provinces
    search_text = previous.search_text
    for old in previous.provinces:
        search_text = re.sub(re.escape(old), " ", search_text, flags=re.IGNORECASE)
    search_text = " ".join([search_text, *provinces]).strip()
    # "Còn nhiệm vụ tập huấn thì sao?" brings its own topic; "nhiệm vụ đó", "that task" point back
    referential = bool(re.search(REFERENTIAL, fold(current.question)))
    own_topic = not referential and len(syllable_words(current.topic)) >= 3
    if own_topic:
        search_text = current.search_text
    return replace(
        previous,
        question=current.question,
        topic=current.topic if own_topic else previous.topic,
        expansions=tuple(dict.fromkeys([*previous.expansions, *current.expansions])),
        answer_type=current.answer_type or previous.answer_type,
        count_noun=current.count_noun or previous.count_noun,
        intent=intent,
        aspect=previous.aspect if intent == previous.intent else intent,
        provinces=provinces,
        docs=current.docs or (previous.docs if not current.provinces else ()),
        agencies=current.agencies or previous.agencies,
        agencies_set_aside=current.agencies_set_aside if current.agencies else previous.agencies_set_aside,
        years=current.years or previous.years,
        quarters=current.quarters or previous.quarters,
        months=current.months or previous.months,
        periods=current.periods or previous.periods,
        periods_set_aside=current.periods_set_aside if current.has_period else previous.periods_set_aside,
        periods_aside_alone=current.periods_aside_alone
        if current.has_period
        else previous.periods_aside_alone,
        before=current.before if current.has_period else previous.before,
        after=current.after if current.has_period else previous.after,
        within=current.within if current.has_period else previous.within,
        span_asked=current.span_asked if current.has_period else previous.span_asked,
        covers=current.covers if current.has_period else previous.covers,
        until=current.until if current.has_period else previous.until,
        articles=current.articles or previous.articles,
        search_text=search_text,
        followup=True,
        truncated=current.truncated,
        lang=current.lang if current.lang in ("vi", "en") else previous.lang,
    )
