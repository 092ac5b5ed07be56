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

from assistant.glossary import (
    detect_language,
    english_terms,
    english_to_vietnamese,
    find_provinces,
    fold,
    glossary,
    has_vietnamese_marks,
    translate_question,
)
from indexer.clean import normalize_tones

MAX_QUESTION_CHARS = 2000  # longer questions are cut (and the answer says so)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")  # terminal escape sequences pasted with a question
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
DOC_NUMBER = re.compile(r"(?<![\w/])\d{1,5}(?:/\d{4})?[/-][A-ZĐa-zđ]{1,8}(?:[/-][A-ZĐa-zđ0-9]{1,10}){0,3}(?![\w])")
_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d/-])|(?<=/)(20\d\d)(?!\d)")
_ROMAN_Q = {"1": "I", "2": "II", "3": "III", "4": "IV", "i": "I", "ii": "II", "iii": "III", "iv": "IV"}
_EN_ORDINAL_Q = {"first": "I", "second": "II", "third": "III", "fourth": "IV"}
_EN_MONTHS = ("january february march april may june july august september october november december").split()


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
    role: str = "lead"  # for agency_tasks: "lead" (chủ trì) or "coordinating" (phối hợp)
    years: tuple[int, ...] = ()
    quarters: tuple[str, ...] = ()  # Roman numerals "I".."IV"
    months: tuple[int, ...] = ()
    periods: tuple[str, ...] = ()  # "hằng năm", "thường xuyên"
    answer_type: str | None = None  # "percent", "money", "date", "year", "count", "doc_number", "signer"
    plural: bool = False  # asks for several things ("những văn bản nào", "gồm những gì"): quote whole lists
    count_noun: str = ""  # for answer_type "count": the thing counted ("đơn vị hành chính")
    topic: str = ""  # Vietnamese content of the question, for matching task names and sentences
    search_text: str = ""  # what retrieval is given
    expansions: tuple[str, ...] = ()
    doc_hints: tuple[str, ...] = ()  # document kinds/issuers the question names: "công văn", "tỉnh ủy" …
    followup: bool = False
    truncated: bool = False

    @property
    def has_period(self) -> bool:
        return bool(self.years or self.quarters or self.months or self.periods)


# --- rules (on folded text) ----------------------------------------------------------------------
def _any(patterns: Sequence[str], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


_COMPARE = (r"\b(?:tinh|thanh pho|dia phuong|tinh thanh)(?: nao| gi)\b", r"\bso sanh\b", r"\bkhac nhau\b",
            r"\bgiong nhau\b", r"\bca hai\b", r"\bwhich (?:provinces?|cities|city|localit)", r"\bcompar",
            r"\bdiffer", r"\bboth\b")
_LISTING = (r"\bnhiem vu (?:nao|gi)\b", r"\b(?:nhung|cac) nhiem vu (?:ma|do|duoc)\b.*\b(?:nao|gi)\b",
            r"\bbao nhieu nhiem vu\b", r"\bliet ke\b", r"\bwhich tasks\b", r"\bwhat tasks\b",
            r"\blist (?:the |all )?tasks\b", r"\bhow many tasks\b", r"\btasks (?:led|coordinated|due|that)\b",
            r"\ball (?:the )?tasks\b")
_COORDINATING = (r"\bphoi hop (?:nao|voi (?:ai|co quan nao|nhung ai|nhung co quan nao))", r"\bphoi hop voi (?:\w+ ){0,2}nao\b",
                 r"\b(?:co quan|don vi|ben) phoi hop\b", r"\bsu phoi hop cua\b", r"\bphoi hop thuc hien\b",
                 r"\bcoordinat", r"\bcooperat", r"\bin coordination\b", r"\bsupport(?:s|ing)? (?:the|this)\b")
_LEAD = (r"\bchu tri\b", r"\bphan cong\b", r"\bso nao\b", r"\bgiao cho (?:so|co quan|don vi|ai)\b",
         r"\b(?:to chuc|co quan|don vi) nao\b", r"\b(?:co quan|don vi|so|ai) nao\b.*\b(?:giao|phu trach|chiu trach nhiem|thuc hien)\b",
         r"\bai (?:duoc giao|phu trach|chiu trach nhiem|thuc hien|to chuc|lam)\b",
         r"\b(?:giao|phu trach|chiu trach nhiem)\b.*\b(?:co quan|don vi|ai) nao\b",
         r"\bco quan nao\b", r"\bdon vi nao\b",
         r"\bwho (?:leads?|is (?:in charge|responsible)|carries|performs|organi[sz]es|conducts|must)\b",
         r"\bwhich (?:agenc|bod|department|unit|organi[sz]ation)", r"\blead(?:s|ing)? agenc", r"\bin charge\b",
         r"\bresponsible\b", r"\bwho\b")
_OUTPUT = (r"\bwhat (?:result|output|deliverable)s?\b", r"\btao ra\b.*\b(?:gi|nao)\b", r"\bket qua\b", r"\bsan pham\b", r"\bdau ra\b", r"\boutputs?\b", r"\bdeliverables?\b",
           r"\bexpected results?\b", r"\bproducts?\b")
_DEADLINE = (r"\bthoi han\b", r"\bthoi gian nao\b", r"\bchu ky nao\b", r"\bmoc thoi gian\b", r"\bnhip do\b", r"\bthoi gian (?:hoan thanh|thuc hien)\b", r"\bkhi nao\b", r"\bbao gio\b",
             r"\bthoi diem nao\b", r"\bluc nao\b", r"\bhan chot\b", r"\btan suat\b", r"\bnam nao hoan thanh\b",
             r"\bhoan thanh (?:vao|trong) (?:nam|thoi gian) nao\b", r"\bdeadline\b", r"\bby when\b",
             r"\bwhen\b", r"\bdue\b", r"\bhow often\b", r"\bfrequency\b", r"\btime ?frame\b")
_FACT = (r"\bbao nhieu\b", r"\bso hieu\b", r"\bso may\b", r"\bngay nao\b", r"\bngay bao nhieu\b",
         r"\b(?:ai|nguoi) ky\b", r"\bky boi\b", r"\bphan tram\b", r"%", r"\bnam nao\b", r"\bvan ban nao\b",
         r"\bnghi (?:dinh|quyet) nao\b", r"\bquyet dinh nao\b", r"\bco y nghia gi\b", r"\bmuc tieu\b",
         r"\bhow many\b", r"\bhow much\b", r"\bwhat number\b", r"\bwhich (?:decree|decision|resolution|law)",
         r"\bwho signed\b", r"\bpercent", r"\bwhich year\b", r"\bwhat year\b", r"\bwhat date\b", r"\btarget")
# Markers of a factual question that win over agency words ("which decree on … coordinating …").
_STRONG_FACT = (r"\b(?:ai|nguoi) ky\b", r"\bky boi\b", r"\bwho signed\b", r"\bso hieu\b", r"\bvan ban nao\b",
                r"\bnghi (?:dinh|quyet) nao\b", r"\bquyet dinh nao\b", r"\bngay nao\b", r"\bbao nhieu\b",
                r"\bhow (?:many|much)\b", r"\bwhich (?:decree|decision|resolution|law|document)s?\b", r"\bwhat number\b")
_ANSWER_TYPES = (
    ("legal_basis", (r"\bcan cu (?:vao )?(?:nhung |cac )?(?:van ban|co so phap ly|luat|nghi quyet)(?: \w+)? nao\b",
                     r"\bcan cu phap ly\b", r"\blegal bas[ie]s\b", r"\bon what legal basis\b")),
    ("signer", (r"\b(?:ai|nguoi) ky\b", r"\bky boi\b", r"\bwho signed\b", r"\bsigned by\b", r"\bsignator", r"\bsigner\b")),
    ("percent", (r"\bphan tram\b", r"\bty le\b", r"%", r"\bpercent", r"\bshare\b", r"\bbao nhieu so voi\b",
                 r"\bchiem\b.*\bbao nhieu\b", r"\bty trong\b")),
    ("money", (r"\bbao nhieu (?:ty |trieu )?(?:dong|tien)\b", r"\bmuc tien\b", r"\bso tien\b", r"\btien thuong\b", r"\b(?:kinh phi|ngan sach|chi phi|von)(?: \w+){0,3} bao nhieu\b",
               r"\b(?:ty|trieu) dong\b", r"\bhow much money\b", r"\bvnd\b", r"\bbillion\b", r"\bmillion\b")),
    ("date", (r"\bngay nao\b", r"\bngay bao nhieu\b", r"\bwhat date\b", r"\bwhich date\b", r"\bon what day\b")),
    ("year", (r"\bnam nao\b", r"\bwhich year\b", r"\bwhat year\b")),
    ("doc_number", (r"\bso hieu\b", r"\bso may\b", r"\bwhat number\b", r"\b(?:van ban|nghi dinh|nghi quyet|quyet dinh|thong tu|chuong trinh(?: hanh dong)?|ke hoach|chi thi) (?:so )?nao\b",
                    r"\bwhich (?:decree|decision|resolution|circular|document)s?\b")),
    ("count", (r"\bbao nhieu\b", r"\bhow many\b")),
)
_FOLLOWUP = (r"^\s*(?:con|the con|vay con|va|con o|con tai)\b", r"\bthi sao\s*\??\s*$",
             r"^\s*(?:what|how) about\b", r"^\s*and\b", r"^\s*same (?:for|in)\b",
             r"\b(?:that|this|the same) (?:task|plan|one|document)\b", r"\bnhiem vu (?:do|nay|tren)\b",
             r"\bviec (?:do|nay)\b", r"\b(?:van ban|ke hoach) (?:do|nay)\b")
_PERIOD_WORDS = (("hằng năm", (r"\bhang nam\b", r"\bannual", r"\bevery year\b", r"\byearly\b", r"\beach year\b")),
                 ("thường xuyên", (r"\bthuong xuyen\b", r"\bregular", r"\bongoing\b", r"\bcontinuous")))
_DOC_HINTS = (("công văn", r"\bcong van\b|\bofficial letter\b"), ("dự thảo", r"\bdu thao\b|\bdraft\b"),
              ("tỉnh ủy", r"\btinh uy\b|\bparty committee\b"), ("quyết định", r"\bquyet dinh ban hanh\b"),
              ("kế hoạch hành động", r"\bke hoach hanh dong\b|\baction plan\b"))

# Words that carry the question's form, not its topic (removed from the topic). Matched on the accented
# text when the question has accents ("cơ chế" keeps its "cơ"), on the folded text otherwise.
_FORM_WORDS_VI = (
    "cơ quan nào", "đơn vị nào", "tỉnh nào", "thành phố nào", "địa phương nào", "so sánh", "khác nhau",
    "giống nhau", "cả hai", "cơ quan", "đơn vị", "là ai", "ai", "nào", "gì", "là gì", "thế nào", "ra sao",
    "bao nhiêu", "bao giờ", "khi nào", "thời hạn", "thời gian hoàn thành", "thời gian thực hiện", "kết quả",
    "sản phẩm", "đầu ra", "chủ trì", "phối hợp", "được giao", "giao", "nhiệm vụ", "của", "ở", "tại", "theo",
    "trong", "là", "có", "được", "những", "các", "hãy", "cho biết", "vui lòng", "xin", "thì sao", "còn", "vậy",
    "thế", "và", "với", "chịu trách nhiệm", "phụ trách", "sự", "việc", "hoàn thành",
    "liệt kê", "một số", "cho", "gồm", "về", "phải",
)
_FORM_WORDS_EN = (
    "which", "who", "what", "when", "how", "does", "do", "did", "is", "are", "the", "a", "an", "of", "in",
    "for", "to", "by", "must", "be", "it", "its", "and", "or", "task", "tasks", "agency", "agencies",
)


def _form_pattern(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in alternatives) + r")(?!\w)")


# English form words only in unaccented text: "an", "do", "to" are also Vietnamese syllables ("Công an tỉnh")
_FORM_ACCENTED = _form_pattern([normalize_tones(w) for w in _FORM_WORDS_VI])
_FORM_FOLDED = _form_pattern([fold(w) for w in _FORM_WORDS_VI] + [w for w in _FORM_WORDS_EN if len(w) > 3])
# Glossary terms that say what is asked rather than what about: not part of an English question's topic.
_FORM_TERMS = {"chủ trì", "phối hợp", "cơ quan", "nhiệm vụ", "thời hạn", "kết quả"}


def clean_question(text: str) -> tuple[str, bool]:
    """Control characters out, NFC, spaces folded, cut to MAX_QUESTION_CHARS; (text, truncated)."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", _ANSI.sub(" ", text or "")))
    text = " ".join(text.split())
    if len(text) > MAX_QUESTION_CHARS:
        cut = text[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
        return cut, True
    return text, False


def _intent(f: str, provinces: Sequence[str], agencies: Sequence[str], has_period: bool, compare: bool = True) -> str:
    listing = _any(_LISTING, f)
    if listing and agencies:
        return "agency_tasks"  # "địa phương nào giao Công an tỉnh chủ trì nhiệm vụ gì?" too: listed by province
    if compare and (len(set(provinces)) >= 2 or _any(_COMPARE, f)):
        return "compare"
    if listing and has_period:
        return "period_tasks"
    if _any(_STRONG_FACT, f):
        return "fact"
    if _any(_COORDINATING, f):
        return "coordinating_agencies"
    if _any(_LEAD, f):
        return "lead_agency"
    if _any(_OUTPUT, f):
        return "output"
    if _any(_DEADLINE, f):
        return "deadline"
    if _any(_FACT, f):
        return "fact"
    return "general"


def _answer_type(f: str) -> tuple[str | None, str]:
    for kind, patterns in _ANSWER_TYPES:
        if _any(patterns, f):
            if kind == "count":
                m = re.search(r"\bbao nhieu\s+((?:\w+\s*){1,2})", f)
                return kind, m.group(1).strip() if m else ""
            return kind, ""
    return None, ""


def _find_agencies(text: str, lang: str) -> list[str]:
    """Vietnamese names of the agencies named in `text` (the gazetteer when present, else the glossary)."""
    names: list[str] = []
    try:
        from indexer.agencies import find_agencies

        names = [a if isinstance(a, str) else getattr(a, "name", str(a)) for a in find_agencies(text)]
    except ImportError:  # the gazetteer module is optional for the assistant
        names = []
    folded = fold(text)
    if not names:
        for term in glossary():
            if term.kind != "agency":
                continue
            for form in term.vi:
                if len(form) > 4 and re.search(rf"(?<!\w){re.escape(fold(form))}(?!\w)", folded):
                    names.append(term.vi[0])
                    break
    if lang == "en":
        names += [term.vi[0] for _, term in english_terms(text) if term.kind == "agency"]
    # keep the most specific names: "Sở Tư pháp" rather than a bare "Ủy ban nhân dân" it does not contain
    out: list[str] = []
    for name in names:
        if name not in out and not any(fold(name) in fold(o) and name != o for o in names):
            out.append(name)
    generic = {"Chính phủ", "Thủ tướng Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Chấp hành Trung ương"}
    return [n for n in out if n not in generic]


def _times(text: str, f: str) -> tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
    masked = DOC_NUMBER.sub(" ", text)
    years = tuple(dict.fromkeys(int(m.group(1) or m.group(2)) for m in _YEAR.finditer(masked)))
    quarters = [_ROMAN_Q[m.group(1)] for m in re.finditer(r"\bquy\s+(iv|iii|ii|i|[1-4])\b", f)]
    quarters += [f"{_ROMAN_Q[m.group(1)]}" for m in re.finditer(r"\bq([1-4])\b", f)]
    quarters += [_EN_ORDINAL_Q[m.group(1)] for m in re.finditer(r"\b(first|second|third|fourth) quarter\b", f)]
    months = [int(m.group(1)) for m in re.finditer(r"\bthang\s+(\d{1,2})\b", f) if 1 <= int(m.group(1)) <= 12]
    months += [i + 1 for i, name in enumerate(_EN_MONTHS) if re.search(rf"\b{name}\b", f) and name != "may"]
    periods = tuple(name for name, patterns in _PERIOD_WORDS if _any(patterns, f))
    return years, tuple(dict.fromkeys(quarters)), tuple(dict.fromkeys(months)), periods


def _topic(text: str, remove: Sequence[tuple[int, int]]) -> str:
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
    keep = [True] * len(rest)
    for m in (_FORM_ACCENTED if accented else _FORM_FOLDED).finditer(matchable):
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    rest = "".join(ch if k else " " for ch, k in zip(norm, keep, strict=True))
    rest = re.sub(r"[?!:;,.“”\"()]+(?=\s|$)|(?<=\s)[?!:;,.“”\"()]+|^[?!:;,.“”\"()]+", " ", rest)
    return " ".join(rest.split())


def _english_topic(text: str, remove: Sequence[tuple[int, int]]) -> str:
    """An English question's topic in Vietnamese: its glossary terms, plus numbers and names kept as written."""
    parts = [term.vi[0] for _, term in english_terms(text) if term.vi[0] not in _FORM_TERMS and term.kind != "time"]
    chars = list(text)
    for start, end in remove:
        chars[start:end] = [" "] * (end - start)
    rest = "".join(chars)
    parts += [m.group(0) for m in DOC_NUMBER.finditer(rest)]
    parts += [m.group(0) for m in re.finditer(r"\b\d+(?:[.,]\d+)?\s*%|\b(?:19|20)\d\d\b", DOC_NUMBER.sub(" ", rest))]
    return " ".join(dict.fromkeys(parts))


_PLACE_PREFIX = re.compile(r"(?:(?:ở|tại|của|in|of|for)\s+)?(?:(?:ubnd|ủy ban nhân dân|tỉnh|thành phố|tp\.?)\s*)+$", re.IGNORECASE)


def _with_prefix(text: str, start: int) -> int:
    """Where a place name starts once its "tỉnh" / "thành phố" / "ở" is counted with it."""
    m = _PLACE_PREFIX.search(normalize_tones(text[max(0, start - 40) : start]))
    return start - len(m.group(0)) if m and len(normalize_tones(text[max(0, start - 40) : start])) == len(text[max(0, start - 40) : start]) else start


def _history_questions(history: Sequence[object]) -> list[str]:
    """The user's earlier questions, from plain strings, {"question"/"q"} dicts or chat messages."""
    out = []
    for turn in history or ():
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict):
            if turn.get("role") in ("assistant", "system"):
                continue
            value = turn.get("question") or turn.get("q") or (turn.get("content") if turn.get("role") == "user" else None)
            if isinstance(value, str):
                out.append(value)
        elif isinstance(turn, (list, tuple)) and turn and isinstance(turn[0], str):
            out.append(turn[0])  # (question, answer) pairs, as Gradio keeps them
    return [q for q in out if q.strip()]


def understand(question: str, history: Sequence[object] = (), searcher=None, _depth: int = 0) -> Query:
    """What the question asks. `searcher` (optional) supplies the indexed documents: their provinces
    and numbers. `history`: earlier turns, oldest first."""
    text, truncated = clean_question(question)
    lang = detect_language(text) or "vi"
    documents = searcher.documents() if searcher is not None else []
    extra_places = [d.province for d in documents if d.province]
    places = [(name, _with_prefix(text, start), end) for name, start, end in find_provinces(text, extra_places)]
    provinces = tuple(dict.fromkeys(name for name, _, _ in places))
    doc_numbers = tuple(dict.fromkeys(m.group(0) for m in DOC_NUMBER.finditer(text)))
    docs = tuple(d.name for d in documents if d.number and any(fold(d.number) == fold(n) for n in doc_numbers))
    f = fold(normalize_tones(text) if has_vietnamese_marks(text) else text)
    agencies = tuple(_find_agencies(text, lang))
    years, quarters, months, periods = _times(text, f)
    has_period = bool(years or quarters or months or periods)
    intent = _intent(f, provinces, agencies, has_period)
    aspect = _intent(f, provinces, agencies, has_period, compare=False) if intent == "compare" else intent
    if aspect in ("agency_tasks", "period_tasks"):
        aspect = "lead_agency" if agencies else "general"
    role = "coordinating" if intent == "agency_tasks" and re.search(r"\bphoi hop\b|\bcoordinat", f) and not re.search(r"\bchu tri\b|\blead", f) else "lead"
    answer_type, count_noun = _answer_type(f) if intent in ("fact", "general", "compare") else (None, "")
    remove = [(s, e) for _, s, e in places] + [(m.start(), m.end()) for m in DOC_NUMBER.finditer(text) if m.group(0) and docs]
    if intent in ("agency_tasks", "period_tasks"):
        remove += [(m.start(), m.end()) for m in _YEAR.finditer(text)]
    expansions: list[str] = []
    if lang == "en":
        expansions = english_to_vietnamese(text)
        topic = _english_topic(text, remove)
    else:
        topic = _topic(text, remove)
    if intent == "agency_tasks":
        for name in agencies:
            topic = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", " ", topic)
        topic = " ".join(topic.split())
    doc_hints = tuple(name for name, pattern in _DOC_HINTS if re.search(pattern, f))
    search_text = text if lang != "en" else translate_question(text)
    plural = bool(re.search(r"\bnhung\b.*\bnao\b|\bcac\b.*\bnao\b|\bgom\b|\bbao gom\b|\bwhat are\b|\bwhich (?:\w+ )?\w+s\b"
                            r"|\blist\b|\bnhung (?:gi|linh vuc|noi dung|co quan|van ban)\b", f))
    query = Query(question=text, lang=lang, intent=intent, aspect=aspect, plural=plural, provinces=provinces, docs=docs, doc_numbers=doc_numbers,
                  agencies=agencies, role=role, years=years, quarters=quarters, months=months, periods=periods,
                  answer_type=answer_type, count_noun=count_noun, topic=topic, search_text=search_text,
                  expansions=tuple(expansions), doc_hints=doc_hints, truncated=truncated)
    earlier = _history_questions(history)
    if earlier and _depth < 3 and _is_followup(f, query):
        return _resolve_followup(query, understand(earlier[-1], earlier[:-1], searcher, _depth + 1))
    return query


_REFERENTIAL = (r"\b(?:nhiem vu|viec|van ban|ke hoach|noi dung|co quan) (?:do|nay|tren|tuong tu)\b|\bviec nay\b"
                r"|\b(?:that|this|the same|same) (?:task|plan|one|document|work)\b|\b(?:it|there)\b")


def syllable_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def _is_followup(f: str, query: Query) -> bool:
    if _any(_FOLLOWUP, f):
        return True
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
    referential = bool(re.search(_REFERENTIAL, fold(current.question)))
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
        years=current.years or previous.years,
        quarters=current.quarters or previous.quarters,
        months=current.months or previous.months,
        periods=current.periods or previous.periods,
        search_text=search_text,
        followup=True,
        truncated=current.truncated,
        lang=current.lang if current.lang in ("vi", "en") else previous.lang,
    )
