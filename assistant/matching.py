"""Evidence matching: which task rows and which clause sentences answer a question, over one index view.

- Task rows are scored by how much of the question's topic their task name covers.
- Clause chunks are scored sentence by sentence (topic coverage of the sentence and of its chunk, a small
  retrieval-rank bonus, a penalty when a "who" / "by when" question meets a sentence naming no one / no time).
- Signer, legal-basis and document-number questions take their evidence from assistant.special instead.
- A task's companion body clause (one that assigns the same task) is found here.
- So are the documents a question is about (its scope), and the words that only name a document.

Every function is a pure function of (query, view): the view is read, never changed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from assistant import compose, en_months, numbered_parts, references, special
from assistant.abbreviations import expand_short_forms, short_form_words
from assistant.evidence import (
    DOC_DATE,
    STOP,
    Terms,
    asks_a_documents_date,
    best_sentences,
    has_answer_type,
    name_phrases,
    quote_window,
    split_sentences,
    terms,
)
from assistant.footnotes import notes_for
from assistant.glossary import (
    english_term_spans,
    english_terms,
    english_to_vietnamese,
    english_words,
    find_provinces,
    has_vietnamese_marks,
    provinces,
)
from assistant.index_view import IndexView
from assistant.matches import TASK_INTENTS, Found, SentenceMatch, TaskMatch, agency_matches, favoured
from assistant.messages import say
from assistant.question_rules import (
    ASKED_HEAD_EN,
    ASKED_HEAD_VI,
    ASKED_THE_EN,
    ASKED_THE_END_EN,
    ASKS_IN_FORCE,
    ASKS_SPAN,
    BOTH_OF_TWO,
    FORM_TERMS,
    HEAD_END_VI,
    NUMBER_ASKED_LAST,
    OTHER_DOCUMENT_UNASKED,
    WHEN_ISSUED,
    defined_term,
    word_pattern,
)
from assistant.retrieve import SearchFilter
from assistant.row_columns import asked_columns
from assistant.understand import ARTICLE, DOC_KINDS_EN, DOC_NUMBER, KIND_WORDS, Query, issuer_spans_en
from indexer.agencies import agency_run
from indexer.chunk import task_text
from indexer.records import Chunk, Clause, Hit, Task
from indexer.table_rows import is_row
from indexer.text import compiled, fold, normalize_tones, word_runs

__all__ = ["TASK_INTENTS", "Found", "SentenceMatch", "TaskMatch", "find", "search"]

_METADATA_WORDS = frozenset(
    "so hieu|so|ngay|ban hanh|ngay ban hanh|ky hieu|trich yeu|ten goi|ten|nguoi ky|co quan|thoi diem|hieu luc"
    "|va|han|thoi han|han chot|chot|han cuoi|thoi gian|tien do".split(
        "|"
    )  # a deadline is a field of every task
)
K_HITS = 20  # retrieved chunks whose sentences are scored
RELATED_MIN = 0.6  # share of a task name's terms a body clause must hold to count as assigning the same task
SCAN_ALL_MAX = 5000  # up to this many clause chunks, every one is scored; beyond, the top SCAN_HITS retrieved
SCAN_HITS = 200
RANK_BONUS = 0.03
INTRO_BONUS = 1.1  # a question asking for several things prefers a sentence that opens a list (":")
TITLE_WEIGHT = 0.35  # weight of a question word that the document's title holds (see _DocWeights)
# Time expressions: what a deadline answer must say.
_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\bquy [ivx1-4]+\b|\bthang \d|\bhang (?:nam|quy|thang)\b|\bthuong xuyen\b"
    r"|\bdinh ky\b|\bngay sau khi\b|\btruoc (?:ngay|khi)\b|\bkhi\b|\bsau khi\b|\bkip thoi\b"
)
# A passage that answers "by when?": what `_TIME` reads, or a date, a span ("05 ngày", "trong tháng"), a
# period word or a bound in English (the deadline abstention reads it, `strategies._says_when`)
SAYS_WHEN = re.compile(
    _TIME.pattern
    + r"|(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{4})?(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d)|\b\d+ (?:ngay|thang|nam|tuan|gio)\b"
    r"|\b(?:hang|moi|tung|cuoi|dau|giua|trong|sau|truoc) (?:nam|quy|thang|tuan|ngay)\b|\b(?:ngay|quy) \d"
    r"|\b(?:lien tuc|giai doan|truoc|ke tu|ngay khi|thoi han|thoi diem|den het"
    r"|annually|regularly|before|after|within|by the end|until)\b"
)
# a date, a month, a quarter, a year or a span: a deadline's own words (not "định kỳ", "kịp thời")
_SAYS_DATE = re.compile(
    r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{4})?(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d)|\b\d+ (?:ngay|thang|nam|tuan|gio)\b"
    r"|\bquy [ivx1-4]+\b|\bthang \d|\bngay \d|\btruoc ngay\b|\b(?:cuoi|dau|giua) (?:nam|quy|thang)\b"
    r"|\bthu \d+\b|\bke tu ngay\b"  # "ngày làm việc thứ 11 kể từ ngày nộp đủ hồ sơ"
)
VAGUE_WHEN = 0.9  # a deadline question's passage that says only "định kỳ", "thường xuyên", "khi …"
# a span asked ("during what period …", "diễn ra từ ngày nào đến ngày nào?") and a span said ("Từ ngày 01/01/2026
# đến ngày 31/3/2026", "Tháng 11 - 12/2025")
_SPAN_ASKED = re.compile(ASKS_SPAN)
_SPAN = re.compile(r"\btu\b.*\b(?:den|toi)\b|\bfrom\b.*\b(?:to|until)\b|\d\s*[-–]\s*\d")
_ISSUE_DATE = re.compile(
    r"\bban hanh(?: \w+){0,2} (?:vao )?ngay\b|\bngay ban hanh\b|(?<!dinh )\bky\b(?! niem| hop| thuat| nang| luat| vong)(?: \w+){0,2} (?:vao )?ngay\b|\bngay ky\b(?! niem)"
    r"|\bissued on\b|\bdate of issue\b|\bsigned on\b"
    # "Who signed Decision 2031 … and on what date?": the date it was signed, asked after the signer
    r"|\b(?:signed|issued)\b.*\band (?:on )?(?:what|which) (?:date|day)\W*$"
    # "…, and what is its date?", "What is the date of the Ministry's Official Letter 6225?": the document's
    # (not the date of another document asked first: "which submission / decree …, and what is its date?")
    rf"|{OTHER_DOCUMENT_UNASKED}(?!.*\b(?:to trinh|bao cao)\b)"
    r".*\bwhat(?: is|'s| was) its (?:issue |issuing |signing )?date\b"
    r"|\bwhat(?: is|'s| was) the (?:issue |issuing |signing )?date of (?:the |this )?"
    r"(?:(?!(?:tasks?|deadlines?|due|reports?|meetings?|workshops?|conferences?|events?)\b)[\w,'’-]+ ){0,8}?"
    r"(?:plan|decision|letter|resolution|directive|decree|circular|dispatch|telegram|law)\b"
    # "On what exact date did the People's Committee sign its plan?"
    r"|\b(?:what|which) (?:\w+ )?(?:date|day) (?:did|was|were)\b(?!.*\b(?:required|must|asked|supposed|due)\b)"
    r".*\b(?:sign|issu|adopt|promulgat)\w*\b"
    rf"|{WHEN_ISSUED}"
)
_ASKS_IN_FORCE = re.compile(ASKS_IN_FORCE)


def _time_words(text: str) -> str:
    """A text as its times are read: folded, without the dates that follow a document's number ("kèm theo Kế
    hoạch số …/KH-UBND ngày tháng 6 năm 2025" dates that document, no time of the work). (Read with its marks
    first: folded, "Sở Tài chính trước ngày …" and "hồ sơ" would say "so" too.)"""
    return fold(_NOT_TIME_WORDS.sub(" ", _DATED_NUMBER.sub(" ", normalize_tones(text).lower())))


# words that fold into a time word and are none: "khí thải" (exhaust gas) is no "khi" (when)
_NOT_TIME_WORDS = re.compile(r"(?<!\w)khí(?!\w)")
_OWN_NUMBER = re.compile(r"^\s*(?:\d+|[a-zđ]|[IVX]+)[.)]\s*")  # a passage's own number ("4.") is no time


def says_when(match: SentenceMatch, unsaid: re.Pattern[str] | None = None) -> bool:
    """Whether a passage (or the headings above it) says a time: a date, a period, "hằng năm", "trước …".
    `unsaid`: words of the passage (folded) that are no time there."""
    said = _time_words(_OWN_NUMBER.sub("", match.quote))
    said = said if unsaid is None else unsaid.sub(" ", said)
    return bool(SAYS_WHEN.search(said) or SAYS_WHEN.search(_time_words(match.chunk.context)))


def time_heading(match: SentenceMatch, titles: Sequence[str]) -> str | None:
    """The nearest title above a passage that says a time ("1. Đến năm 2030"), when the passage itself says
    none ("- Hoàn thành việc sửa đổi …"): what a deadline answer must show beside it."""
    if SAYS_WHEN.search(_time_words(_OWN_NUMBER.sub("", match.quote))):
        return None
    return next((t for t in reversed(titles) if SAYS_WHEN.search(_time_words(t))), None)


DATED_RATIO = 0.75  # of the best passage's support, that a passage naming the day must have to answer first
# a day or a month named ("trước ngày 15/11", "ngày 15 tháng 12", "01/6", "tháng 6/2025", "quý III"), not a year
_DAY_SAID = re.compile(
    r"\bngay \d{1,2}\b|(?<![\d/])\d{1,2}/\d{1,2}(?!\d)|\bthang \d{1,2}\b|\bquy (?:[ivx]+|\d)\b"
)


def says_a_date(text: str) -> bool:
    """Whether a text prints a date, a month, a quarter, a year or a span (a deadline's own words)."""
    return bool(_SAYS_DATE.search(_time_words(text)))


def names_a_day(text: str) -> bool:
    """Whether a passage names a day or a month (not only a year, "định kỳ" or "hằng năm")."""
    return bool(_DAY_SAID.search(fold(text)))


_DATED_NUMBER = re.compile(
    # (a number: "số 168-KH/TU", "số /KH- UBND"; not the word "số" of "chuyển đổi số trước ngày …")
    r"(?<!\w)số:?\s*[\w.-]*[\d/][\w./-]*\s+(?:[\w./-]+\s+){0,2}?ngày\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|(?:\d{1,2}\s+)?tháng\s*(?:\d{1,2}\s+)?năm\s*\d{4})"
)


def asks_in_force(query: Query) -> bool:
    """Whether the question asks when a document enters into force."""
    return bool(_ASKS_IN_FORCE.search(fold(query.question)))


# the document a question asks about by its kind ("the Hà Tĩnh Provincial Party Committee's dispatch", "Decision
# 1218"), with no report, result or notice of it between
_ITSELF = (
    r"(?:(?!(?:reports?|results?|notifications?|notices?|minutes|findings|data|records?|lists?|applications?)\b)"
    r"[\w'’-]+ ){0,7}?(?:plan|decision|letter|document|resolution|directive|decree|circular|dispatch|telegram)s?\b"
)
# "Kế hoạch … được gửi tới những nơi nào?", "nơi nhận của Quyết định …", "who was the plan sent to?": the
# document's own "Nơi nhận" list (its name may take a dozen words: "Chỉ thị 09/CT-UBND về bảo vệ tài nguyên nước
# dưới đất của Cần Thơ được gửi tới …", or twenty: "Kế hoạch … của UBND tỉnh (thực hiện Chương trình hành
# động 45-CTr/TU) được gửi tới …") (not "báo cáo gửi về Sở Tư pháp", where a report is sent)
_ASKS_RECIPIENTS = re.compile(
    r"\bnoi nhan\b|\bkinh gui\b"
    # ("Quy định 384-QĐ/TW …" by its number: "theo quy định, báo cáo gửi tới …" is a rule, not the document)
    # (not "báo cáo kết quả thực hiện Kế hoạch 617 … gửi đâu": the report is sent, not the plan)
    r"|(?<!thuc hien )(?<!trien khai )\b(?:ke hoach|quyet dinh|cong van|van ban|nghi quyet|chi thi|thong tu|cong dien"
    r"|nghi dinh|(?:quy dinh|luat)(?= (?:so )?\d))\b"
    r"(?: (?!bao cao|ket qua|so lieu)\S+){0,20} (?:duoc )?(?:gui|phat hanh) (?:toi|den|cho)\b"
    # "Công điện 227 gửi những ai?", "… được gửi đến đâu"
    r"|(?<!thuc hien )(?<!trien khai )\b(?:ke hoach|quyet dinh|cong van|van ban|nghi quyet|chi thi|thong tu|cong dien"
    r"|nghi dinh)\b"
    r"(?: (?!bao cao|ket qua|so lieu)\S+){0,20} (?:duoc )?gui (?:toi |den |cho )?(?:nhung )?(?:ai|dau|noi nao)\b"
    # "Công văn của Tỉnh ủy … gửi những cơ quan nào?"
    r"|(?<!thuc hien )(?<!trien khai )\b(?:ke hoach|quyet dinh|cong van|van ban|nghi quyet|chi thi|thong tu|cong dien"
    r"|nghi dinh)\b"
    r"(?: (?!bao cao|ket qua|so lieu)\S+){0,20} (?:duoc )?gui (?:toi |den |cho )?(?:nhung|cac) (?:co quan|don vi|noi)"
    r"(?:,? (?:don vi|to chuc))* nao\b"
    r"|\b(?:plan|decision|letter|document|resolution|directive|decree|circular|dispatch|telegram)\b"
    r"(?: (?!reports?|results?)\S+){0,6} (?:sent|addressed|distributed) to\b"
    r"|\bto whom (?:is|was) (?:the |this |that )?(?:\S+ ){0,8}(?:plan|decision|letter|document|resolution|directive"
    r"|decree|circular|dispatch|telegram)\b(?: \S+){0,12} (?:sent|addressed|distributed)\b"
    r"|\bwho (?:is|was|are|were) (?:the )?(?:\w+ ){0,8}addressed to\b"
    r"|\brecipients? of (?:the|this|that) (?:\w+ ){0,2}(?:plan|decision|letter|document|resolution|directive|decree|circular|dispatch|telegram)\b|\b(?:who|which \w+) (?:was|were|is|are) (?:the )?\w+(?: \w+){0,6} sent to\b"
    # "Which bodies receive the Hà Tĩnh Provincial Party Committee's dispatch?"
    r"|\b(?:who|which \w+) (?:receives?|received|gets?|got) (?:the|this|that) (?:[\w'’-]+ ){0,6}(?:plan|decision|letter"
    r"|document|resolution|directive|decree|circular|dispatch|telegram)\b"
    # "Which bodies receive Hải Phòng City People's Committee's action plan …?": no article, the document named by
    # whose it is (not "who receives reports on the plan", "… support under the plan")
    r"|\b(?:who|which \w+) (?:receives?|received|gets?|got) (?:(?!(?:under|of|on|about|from|in|for|by|with|per|regarding|through|within"
    r"|according|as|to|after|at|reports?|support)\b)[\w'’-]+ ){0,5}[\w-]+['’]s (?:[\w-]+ ){0,2}"
    r"(?:plan|decision|letter|document|resolution|directive|decree|circular|dispatch|telegram)\b"
    # ("Who receives Decision 1218 …?": a document named by its number; not "who receives support under the plan")
    r"|\b(?:who|which \w+) (?:receives?|received|gets?|got) (?:plan|decision|letter|resolution|directive|decree|circular"
    r"|dispatch|telegram)s? (?:no\.? ?|number )?\d"
    # "… and who receives copies?", "Which bodies are copied on the decision?": copies of the document itself
    # (nothing after, or the document by its kind), not of what it speaks of ("copies of the inventory reports")
    r"|\b(?:who|which \w+) (?:receives?|received|gets?|got) (?:a )?cop(?:y|ies)(?=\W*$| of " + _ITSELF + ")"
    r"|\b(?:who|which \w+) (?:is|are|was|were) (?:copied|cc'?d?)(?=\W*$| (?:on|in|to) " + _ITSELF + ")"
    r"|\b(?:nhung |cac )?(?:co quan|don vi|noi) nao (?:nhan|duoc nhan) (?:ke hoach|quyet dinh|cong van|van ban|nghi quyet"
    r"|chi thi|thong tu|cong dien|nghi dinh)\b"
)
# "Kế hoạch của UBND tỉnh Phú Thọ được gửi đến đâu?": where the document itself goes (its recipients), asked as a
# destination is; the question opens with the document, and nothing sent under it is named on the way
# (not "Theo kế hoạch, vướng mắc được gửi đến đâu?", "Kế hoạch yêu cầu gửi báo cáo về đâu?")
_DOCUMENT_SENT = re.compile(
    r"^(?:ban )?(?:ke hoach|quyet dinh|cong van|van ban|nghi quyet|chi thi|thong tu|cong dien|nghi dinh|quy dinh|luat)\b"
    r"(?: (?!bao cao|ket qua|so lieu|vuong mac|kho khan|kien nghi|phan anh|ho so|de xuat|y kien|yeu cau|de nghi"
    r"|thong tin|theo\b)[^\s,;]+){0,20} (?:duoc )?gui (?:toi |den |cho )?(?:nhung )?(?:ai|dau|noi nao)\b"
)
# "… through the section addressed to department directors …": a part of the text, not the document's recipients
_PART_ADDRESSED = re.compile(
    r"\b(?:section|part|clause|article|item|paragraph|point)s? (?:\w+ )?addressed to\b"
)
# a second question after "who signed": "… and to whom is it addressed?", "… và gửi tới những nơi nào?"
_RECIPIENTS_TOO = re.compile(
    r"\b(?:and|va) (?:to whom\b|who (?:is|was) it (?:sent|addressed)\b|(?:where|who) (?:is|was) it sent\b"
    r"|(?:what are |who are )?(?:its|the) (?:recipients|addressees)\b|(?:duoc )?gui (?:toi|den|cho) (?:nhung )?"
    r"(?:ai|dau|noi nao|co quan nao)\b|(?:kinh gui|noi nhan)\b)"
)
# the list of those who receive a document's copies ("Nơi nhận"), named beside its addressees
# ("… kính gửi những ai và còn gửi tới những nơi nào?", "… and where else is it sent?": the others it goes to)
_COPIES = re.compile(
    r"\bnoi nhan\b|\b(?:receives?|gets?) (?:a )?cop(?:y|ies)\b|\bcopied\b|\brecipients\b"
    r"|\b(?:con|cung|dong thoi) (?:duoc )?gui (?:toi|den|cho)\b|\bgui them\b|\balso (?:sent|copied|goes)\b"
    r"|\bwhere else\b|\bwho else\b"
)
_RECIPIENT_WORDS = re.compile(
    r"\b(?:noi nhan|duoc gui|gui|toi|den|cho|nhung|noi|nao|co quan|sent|to|recipients?|nhan|muc huong|huong)\b"
)
_SELF_NUMBER = re.compile(
    r"\bso hieu\b|\bwhat (?:is the )?(?:document |official |reference )?number\b|\bnumber and date\b|\bso may\b"
    r"|\bso(?:,| va) ngay (?:ky|ban hanh)\b"
    r"|\bwhat(?: is|'s|was) its (?:document |official |reference )?number\b"
    r"|\b(?:mang|ghi) so (?:bao nhieu|gi)\b"
    r"|^\W*(?:ke hoach|quyet dinh|nghi quyet|nghi dinh|cong van|cong dien|chi thi|thong tu) so (?:bao nhieu|gi)\b"
    # "Công văn của Tỉnh ủy … về thực hiện NQ 66 số bao nhiêu?": the document first, its number last
    rf"|{NUMBER_ASKED_LAST}"
)
# "theo đề nghị của Sở Tư pháp tại văn bản số mấy", "căn cứ Kế hoạch số mấy của Tỉnh ủy": the number of a
# document the named one cites, not its own
_CITED_NUMBER = re.compile(
    r"\b(?:de nghi|can cu|to trinh)\b|\btai (?:van ban|cong van|to trinh|ke hoach|quyet dinh|nghi quyet|thong bao)\b"
    # "thực hiện … theo Kế hoạch số mấy": the plan it follows (not "Theo Kế hoạch X, văn bản có số hiệu gì")
    r"|\btheo (?:van ban|cong van|ke hoach|quyet dinh|nghi quyet|chuong trinh) so (?:may|bao nhieu)\b"
    # "the number of the Party Committee plan that the People's Committee plan implements": the one it follows
    r"|\b(?:that|which) (?:the |this |its )?(?:[\w'-]+ ){0,6}(?:plan|decision|document|letter|programme|program)"
    r" (?:implements|cites|follows|carries out|is based on)\b"
    r"|\bma (?:ke hoach|quyet dinh|van ban|cong van|chuong trinh)\b(?: \w+){0,6} (?:thuc hien|trien khai|can cu)\b"
    # "Kế hoạch của Tỉnh ủy … mà UBND tỉnh … triển khai có số hiệu …": the one a body carries out
    r"|\b(?:ke hoach|nghi quyet|chuong trinh(?: hanh dong)?|chi thi|ket luan|van ban) cua (?:ban thuong vu )?"
    r"(?:tinh uy|thanh uy|dang uy|bo chinh tri|ban bi thu|trung uong|chinh phu|quoc hoi)\b(?: \w+){0,6} ma"
    r" (?:\w+ ){1,6}(?:thuc hien|trien khai|cu the hoa)\b(?! (?:thuc hien )?(?:ke hoach|nghi quyet|chuong trinh"
    r"|van ban)\b)"
)
_KIND_BEFORE_NUMBER = re.compile(r"((?:\w+ ){1,3})(?:so may|so hieu|(?:mang|ghi) so (?:bao nhieu|gi))\b")


def asked_document_field(view: IndexView, query: Query, scope: set[str] | None):
    """The indexed document whose own date ("… ký ngày nào?") or number ("… có số hiệu là gì?") the
    question asks, or None."""
    texts = (fold(query.search_text), fold(query.question))
    if query.answer_type == "date" and any(_ISSUE_DATE.search(t) for t in texts):
        return special.named_document(view, query, scope)
    if query.answer_type == "doc_number" and any(_SELF_NUMBER.search(t) for t in texts):
        target = special.named_document(view, query, scope)
        if target is not None and all(_asks_own_number(t, target) for t in texts):
            return target
    return None


def _cited_date_asked(view: IndexView, query: Query) -> str | None:
    """The pattern of the document another one cites whose date of issue the question asks, or None."""
    if query.answer_type != "date" or not any(
        _ISSUE_DATE.search(t) for t in (fold(query.search_text), fold(query.question))
    ):
        return None
    docs = view.docs.values()
    return special.cited_reference(
        query.question,
        {fold(d.number) for d in docs if d.number},
        {fold(f"{d.kind} {d.title}") for d in docs} | {fold(d.title) for d in docs},
    )


def _asks_own_number(f: str, target) -> bool:
    """Whether "… số mấy / số hiệu" asks for the named document's own number."""
    if _CITED_NUMBER.search(f):
        return False
    m = _KIND_BEFORE_NUMBER.search(f)
    kinds = (
        "ke hoach",
        "quyet dinh",
        "nghi quyet",
        "nghi dinh",
        "thong tu",
        "cong van",
        "chi thi",
        "to trinh",
        "chuong trinh",
    )
    # "… ghi số hiệu Chương trình hành động của Tỉnh ủy": the number of the document of another kind named
    # right after the ask, which the target cites
    after = re.match(rf"\s*(?:cua )?({'|'.join(kinds)})\b", f[m.end() :]) if m else None
    if after and after.group(1) not in fold(target.kind or ""):
        return False
    before = m.group(1) if m else ""
    # "Công văn … thực hiện Nghị quyết 66 mang số bao nhiêu": a document named by its number is not asked it
    named = [k for k in kinds if re.search(rf"\b{k}\b(?! (?:so )?\d)", before)]
    return not named or fold(target.kind) in before


# The words of each document hint (understand._DOC_HINTS), removed from the topic when they name a document in scope
# (typed with marks or without: "ke hoach hanh dong")
_HINT_WORDS = {
    "công văn": re.compile(r"(?i)\b(?:công văn|cong van|official letter)\b"),
    "dự thảo": re.compile(r"(?i)\b(?:dự thảo|du thao|draft)\b"),
    "tỉnh ủy": re.compile(
        r"(?i)\b(?:ban thường vụ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|ban thuong vu|tinh uy|thanh uy)\b"
    ),
    # (not the decision a body carries out: "chịu trách nhiệm thi hành Quyết định", as its closing article says)
    "quyết định": re.compile(r"(?i)(?<!thi hành )(?<!thi hanh )\b(?:quyết định|quyet dinh)\b"),
    "kế hoạch hành động": re.compile(r"(?i)\b(?:kế hoạch hành động|ke hoach hanh dong)\b"),
}


def search(view: IndexView, query: Query, scope: set[str] | None, k: int) -> list[Hit]:
    return view.search(query.search_text, query.expansions, scope, k)


# a question that sets two things side by side ("… có trùng với …", "so với", "compared with", "the same")
_RELATES_TWO = re.compile(
    r"\b(?:trung voi|trung khop|giong|khac (?:nhau|voi|gi|biet|the nao|ra sao)|so voi|doi chieu|compar\w*"
    r"|same|differ\w*|both|versus|vs)\b"
    rf"|{BOTH_OF_TWO}"
)


def documents_in_scope(view: IndexView, query: Query, doc: str | None) -> tuple[set[str] | None, bool]:
    """The documents a question is about: its provinces, its document numbers, --doc, and the kind of
    document it names ("dự thảo công văn của Tỉnh ủy") when that singles out some of them. None: all of
    them; the flag says whether the named kind narrowed the scope."""
    docs = view.docs
    flt = SearchFilter(provinces=list(query.provinces), docs=[doc] if doc else list(query.docs))
    scope = view.searcher.allowed_docs(flt)
    if doc and doc not in docs:
        return set(), False
    if query.intent == "compare" and len(query.provinces) >= 2 and query.docs and not doc:
        # "Kế hoạch bình đẳng giới 174 của TP.HCM và Chỉ thị 09 của Cần Thơ": each place keeps the document
        # named for it, or all of its documents when the one named is not recognised
        scope = set()
        for place in query.provinces:
            own = view.searcher.allowed_docs(SearchFilter(provinces=[place])) or set()
            named = own & set(query.docs)
            scope |= named or own
    if (
        scope is not None
        and not scope
        and query.provinces
        and query.docs
        and not doc
        and _RELATES_TWO.search(fold(query.question))
    ):
        # "Thời hạn … ở Cần Thơ … có trùng với thời hạn … thực hiện Nghị quyết 394/NQ-CP không?": a place and a
        # document of another issuer (a national one) are two sides of one question, not a filter on each other
        by_place = view.searcher.allowed_docs(SearchFilter(provinces=list(query.provinces))) or set()
        named = {d for d in query.docs if d in docs}
        if by_place and named:
            scope = by_place | named
    named_national = {d for d in query.docs if d in docs and not docs[d].province}
    if (
        scope
        and not doc
        and query.provinces
        and len(set(query.docs) & set(docs)) >= 2
        and named_national - scope
    ):
        # "… in Decision 2597/QĐ-TTg and in Bắc Ninh's KH 144?": the place names its own document, not a filter
        # on the national one named beside it
        scope = scope | named_national
    # a comparison names both documents: keep both (also one asked as a listing: "Kế hoạch của UBND tỉnh và
    # công văn của Tỉnh ủy giao cho Mặt trận những việc gì?")
    if query.doc_hints and query.intent != "compare" and not _TWO_KINDS.search(fold(query.question)):
        base = scope if scope is not None else set(docs)
        hinted = hinted_docs(query, base, docs)
        if hinted and hinted != base:
            return hinted, True
    if (
        query.intent != "compare"
        and not query.docs
        and not doc
        and not _TWO_KINDS.search(fold(query.question))
    ):
        named = _named_by_kind_and_issuer(view, query, scope) or _named_by_title(view, query, scope)
        if named:
            return named, True
    if not query.docs and not doc:
        # "Kế hoạch … do Phó Chủ tịch Nguyễn Hồng Lĩnh ký": the documents that print the person's name
        signed = _named_by_person(view, query, scope)
        if signed:
            return signed, True
    if query.intent in TASK_INTENTS and not query.docs and not query.provinces and not doc:
        # "the deliverable of the MOCST task to build three platforms": a body no task row assigns anything
        # owns the task through the document it issued
        issued = issued_by_unassigned(view, query, scope)
        if issued and issued != (scope if scope is not None else set(view.docs)):
            return issued, True
    if query.intent == "compare" and not query.docs and not query.provinces and not doc:
        # "In MOCST's key-task list, compare task 4 and task 7": two things of the one document its issuer names
        named = _named_by_kind_and_issuer(view, query, scope)
        if named and len(named) == 1:
            return named, True
    return scope, False


# a person's full name: three or four capitalised syllables ("Nguyễn Hồng Lĩnh", "Trần Thanh Mẫn"), or two after a
# title ("Phó Chủ tịch Hồ Lĩnh", "đồng chí Lê Minh")
_NAME_RUN = re.compile(r"(?<![\w/])(?:[^\W\d_a-zđ][^\W\d_]*[ ]){1,3}[^\W\d_a-zđ][^\W\d_]*(?![\w/])")
_PERSON_TITLE = re.compile(
    r"\b(?:(?:pho )?chu tich|(?:pho )?thu tuong|(?:bo|thu) truong|(?:pho )?giam doc|(?:pho )?bi thu|dong chi|ong|ba"
    r"|(?:vice[- ])?(?:chairman|chairwoman|chair|president|governor|minister|director|secretary)|mr|ms|mrs"
    r"|signed by|ky(?: boi)?)\s+$"
)


@lru_cache(maxsize=1)
def _place_forms() -> tuple[str, ...]:
    """Every form of every province's name, as printed."""
    return tuple(dict.fromkeys(form for p in provinces() for form in (p.name, *p.forms)))


@lru_cache(maxsize=1)
def _place_words() -> tuple[str, ...]:
    """Every form of every province's name, as folded word runs."""
    return tuple(word_runs(form) for form in _place_forms())


def _named_by_person(view: IndexView, query: Query, scope: set[str] | None) -> set[str] | None:
    """The documents (in scope) that print the person a question names by full name, when only some do."""
    base = scope if scope is not None else set(view.docs)
    # (nor a place's name said without its "tỉnh"/"thành phố": "tư tưởng Hồ Chí Minh" names no signer)
    places = [fold(p) for p in query.provinces] + list(_place_words())
    found: set[str] | None = None
    for m in _NAME_RUN.finditer(query.question):
        if not all(w[0].isupper() for w in m.group(0).split()):
            continue  # ("ủy ban …": a lower-case letter with marks is no capital)
        name = word_runs(m.group(0))
        words = name.split()
        titled = bool(_PERSON_TITLE.search(fold(query.question[: m.start()])))
        if (len(words) < 3 and not titled) or any(f" {p} " in f" {name} " for p in places if p):
            continue
        printing = {d for d in base if f" {name} " in view.doc_words.get(d, "")}
        if printing:
            found = printing if found is None else found & printing
    return found if found and found != base else None


def issued_by_unassigned(view: IndexView, query: Query, scope: set[str] | None) -> set[str] | None:
    """The documents (in scope) issued by the one body a task question names, when no task row of the index
    names that body as leading or coordinating: the body is then the task's owner, not its doer."""
    if len(query.agencies) != 1 or query.agencies[0] in view.assigned_agencies:
        return None
    agency = query.agencies[0]
    base = scope if scope is not None else set(view.docs)
    return {n for n in base if agency in view.issuer_agencies.get(n, ())} or None


def issuer_period_listing(
    view: IndexView, query: Query, scope: set[str] | None
) -> tuple[set[str] | None, Query]:
    """(scope, query) of a listing of one body's tasks in a period, read again when no task row names the
    body and it issued documents in scope: "Những nhiệm vụ nào trong phụ lục Công văn 6225 của Bộ Văn hóa …
    có thời hạn tháng 12/2025?" names the document by its issuer, and the period lists."""
    if query.intent != "agency_tasks" or not (query.years or query.quarters or query.months or query.periods):
        return scope, query
    issued = issued_by_unassigned(view, query, scope) or issued_by_named_after_kind(view, query, scope)
    if not issued:
        return scope, query
    return issued, replace(query, intent="period_tasks", aspect="period_tasks", agencies=())


# a document named by its kind, then (its number and) the body that issued it: "kế hoạch UBND tỉnh Hà Tĩnh thực
# hiện NQ 66", "Công văn số 6225 của Bộ Văn hóa …", "the plan of the Provincial People's Committee"
_KIND_THEN_BODY = re.compile(
    r"\b(?:ke hoach|quyet dinh|chi thi|cong van|chuong trinh|nghi quyet|plan|decision|directive|letter|programme)"
    r"(?: (?:(?:so|no\.?|number) )?[\w.-]*\d[\w/.-]*)?(?: (?:cua|of|by)(?: the)?)? (?P<rest>.+?)(?=$| (?:ke hoach"
    r"|quyet dinh|chi thi|cong van|chuong trinh|nghi quyet|plan|decision|directive|letter|programme)\b)"
)
# the body then its role ("kế hoạch UBND tỉnh Hà Tĩnh chủ trì …"): the body is asked of, not the plan's issuer
_ROLE_AFTER = re.compile(
    r"^(?:\W*\w+){0,3}?\W*(?:chu tri|phoi hop|duoc giao|phai|leads?|coordinat\w*|is assigned)\b"
)


def issued_by_named_after_kind(view: IndexView, query: Query, scope: set[str] | None) -> set[str] | None:
    """The documents (in scope) the one body a question names right after a document's kind issued ("kế
    hoạch UBND tỉnh Hà Tĩnh …": the plan is named by its issuer, its rows are not that body's)."""
    if len(query.agencies) != 1:
        return None
    agency = query.agencies[0]
    said = False
    for m in _KIND_THEN_BODY.finditer(fold(query.question)):
        run = agency_run(m.group("rest"))
        if run.items and run.items[0].start == 0 and run.items[0].canonical == agency:
            said = not _ROLE_AFTER.match(m.group("rest")[run.items[0].end :])
            break
    if not said:
        return None
    base = scope if scope is not None else set(view.docs)
    return {n for n in base if agency in view.issuer_agencies.get(n, ())} or None


# (not "quyết định"/"decision": also a verb and a common noun)
_KIND_WORD = r"(?:ke hoach|chi thi|nghi quyet|cong van|chuong trinh|plan|directive|letter)"
_TWO_KINDS = re.compile(rf"\b{_KIND_WORD}\b.*\b(?:va|and)\b(?: (?:trong|in|the|cua))? {_KIND_WORD}\b")
_SHORT_TITLE_WORDS = 6


def _named_by_title(view: IndexView, query: Query, scope: set[str] | None) -> set[str] | None:
    """The documents the question names by their kind and whole short title ("Luật Việc làm", "Nghị định
    về Quỹ nhà ở quốc gia" when that is the title), when that singles out some of those in scope."""
    f = f" {' '.join(fold(query.question).split())} "
    topic = f" {' '.join(fold(query.topic).split())} "
    english_kinds = {
        vi for en, vi in KIND_WORDS.items() if en.isascii() and len(en) > 2 and re.search(rf"\b{en}s?\b", f)
    }
    docs = view.docs
    base = scope if scope is not None else set(docs)

    def named(name: str) -> bool:
        d = docs[name]
        kind = " ".join(fold(d.kind or "").split())
        title = " ".join(fold((d.title or "").split(" (")[0]).split())  # not "(Quốc hội)", the issuer
        if not kind or not title:
            return False
        rest = title[len(kind) :].strip() if title.startswith(kind) else title
        words = rest.split()
        if not 2 <= len(words) <= _SHORT_TITLE_WORDS:
            return False
        if f" {kind} {rest} " in f:
            return True
        # "the Employment Law": an English kind word, and the title's words in the translated topic
        return query.lang == "en" and kind in english_kinds and f" {rest} " in topic

    hit = {n for n in base if n in docs and named(n)}
    if not hit:
        hit = _named_by_title_run(view, query, base)
    return hit if hit and hit != base else None


# what a title says a document sets out, in the words an English question's translation keeps ("the construction
# digital transformation scheme" of a decision approving "ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG …")
_TITLE_KINDS = (
    r"(?:de an|ke hoach|chuong trinh|quy dinh|nghi quyet|quyet dinh|nghi dinh|thong tu|cong van|chi thi|luat)"
)


# the kind of document said after an issuer's name ("'s data-sharing regulation"; "list", "appendix": any kind)
_KIND_SAID_EN = re.compile(rf"(?i)(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?({DOC_KINDS_EN})s?\b")
_TITLE_RUN_WORDS = 4  # (not "the digital transformation scheme": three words many a task prints)


def _named_by_title_run(view: IndexView, query: Query, base: set[str]) -> set[str]:
    """The one document a question names by words of its title run next to the kind its title names (in English
    before it, "the construction digital transformation scheme"; in Vietnamese after it, "Đề án chuyển đổi số
    kết cấu hạ tầng xây dựng" of "… ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ
    TẦNG XÂY DỰNG"): the longest run of words beside the kind that the title prints, `_TITLE_RUN_WORDS` words
    or more, and the kind, are the title's; no other document's."""
    english = query.lang == "en"
    f = " ".join(re.findall(r"\w+", fold(query.search_text if english else query.question)))
    printed = list(re.finditer(r"\w+", query.question))  # (word for word with `f`, in Vietnamese)
    hit: set[str] = set()
    titles = {
        name: " ".join(re.findall(r"\w+", fold((view.docs[name].title or "").split(" (")[0])))
        for name in base
        if name in view.docs
    }
    for m in re.finditer(rf"\b{_TITLE_KINDS}\b", f):
        if not english and _DRAFT_BEFORE.search(f[: m.start()]):
            continue  # ("dự thảo nghị quyết của Chính phủ về …": a draft a task makes, not an indexed document)
        beside = list(reversed(f[: m.start()].split())) if english else f[m.end() :].split()
        for name, title in titles.items():
            words = set(title.split())
            run = list(itertools.takewhile(lambda w, words=words: w in words, beside))
            # (in Vietnamese, where many a task is "Đề án chuyển đổi số trong lĩnh vực …", more of the title's own
            # words: "chuyển đổi số trong" says no title)
            enough = (
                len(run) >= _TITLE_RUN_WORDS
                if english
                else len([w for w in run if w not in _RUN_STOP]) >= _TITLE_RUN_WORDS_VI
            )
            if not english and enough:
                enough = not _name_goes_on(query.question, printed, len(f[: m.end()].split()) + len(run))
            if enough and re.search(rf"\b{m.group(0)}\b", title):
                hit.add(name)
    return hit if len(hit) == 1 else set()


def _name_goes_on(question: str, printed: list[re.Match], after: int) -> bool:
    """Whether the name a question says goes on, capitalised, past its `after` first words ("Luật sửa đổi, bổ sung
    một số điều của Luật Tổ chức Quốc hội" beside a title "… LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN …");
    a comma ends it ("Trong Đề án … kết cấu hạ tầng xây dựng, Bộ Xây dựng chủ trì …")."""
    if after >= len(printed) or not printed[after].group(0)[:1].isupper():
        return False
    return not re.search(r"[,;:()?]", question[printed[after - 1].end() : printed[after].start()])


_TITLE_RUN_WORDS_VI = 6
_RUN_STOP = frozenset("trong cua va ve cac nhung cho voi tai theo".split())
_DRAFT_BEFORE = re.compile(r"\b(?:du thao|draft)\s*$")


_LIST_WORDS = r"(?:list|appendix|annex|table|phu luc|danh muc|bang)"


def _named_by_kind_and_issuer(view: IndexView, query: Query, scope: set[str] | None) -> set[str] | None:
    """The documents the question names by their kind and their issuer together ("the MOCST dispatch",
    "Quyết định của Thủ tướng Chính phủ"), when that singles out some of those in scope."""
    f = fold(query.search_text)
    docs = view.docs
    base = scope if scope is not None else set(docs)

    def named(name: str) -> bool:
        d = docs[name]
        issuer = fold((d.issuer or "").split(" (")[0])
        kind = fold(d.kind or "")
        if not kind or not issuer:
            return False
        issuers = [issuer]
        place = fold(d.province or "")
        if place and place in issuer and re.search(rf"(?<!\w){re.escape(place)}(?!\w)", f):
            # "the Hà Tĩnh Tỉnh ủy's letter" (the place said apart from the issuer "Tỉnh ủy Hà Tĩnh")
            core = " ".join(issuer.replace(place, " ").split())
            if len(core.split()) >= 2:
                issuers.append(core)
        # (a draft to be made is not an issued document: "trình Chính phủ dự thảo Nghị quyết …" names what a
        # ministry submits, not the Government's resolution in the index; "dự thảo công văn" names a draft)
        k = re.escape(kind) if d.draft else rf"(?<!du thao ){re.escape(kind)}"
        # "Công văn số … của Bộ …", "the Ministry's dispatch", "Bộ … công văn": the two name one document;
        # "Luật sửa đổi Luật Tổ chức Quốc hội" names a law's subject, not a law of the Quốc hội; a body
        # something is submitted or sent to ("trình Chính phủ …") is no issuer
        return any(
            re.search(rf"(?<!\w){k}(?: [\w/.-]+){{0,4}} (?:cua|do) {i}(?!\w)", f)
            # (nor "the draft Government resolution": a draft to be made, its issuer before its kind)
            or re.search(
                rf"(?<!\w)(?<!trinh )(?<!gui )(?<!len )(?<!du thao )(?<!draft ){i}(?:'s)?(?: \w+){{0,3}} {k}(?!\w)",
                f,
            )
            # "In MOCST's key-task list", "the MOCST appendix": the issuer's list or table, of its one document
            or re.search(
                rf"(?<!\w)(?<!trinh )(?<!gui )(?<!len ){i}(?:'s)?(?: [\w-]+){{0,2}} {_LIST_WORDS}(?!\w)", f
            )
            for i in map(re.escape, issuers)
        )

    hit = {n for n in base if n in docs and named(n)}
    if not hit and query.lang == "en":
        # "the culture ministry's end-2025 priority list", "the Culture Ministry's letter": the issuer named in
        # English (a glossary name the question gives as a document's issuer) names its documents
        # (of the kind said after it: "the National Assembly's foreign affairs regulation" is no law of the Quốc hội)
        given = set(issuer_spans_en(query.question))
        issued: dict[str, set[str]] = {}
        for start, end, term in english_term_spans(query.question):
            if (start, end) in given:
                said = _KIND_SAID_EN.match(query.question, end)
                kind = KIND_WORDS.get(said.group(1).lower(), "") if said else ""
                for form in term.vi:
                    issued.setdefault(fold(form), set()).add(kind)
        hit = {
            n
            for n in base
            if n in docs
            and (kinds := issued.get(fold((docs[n].issuer or "").split(" (")[0]))) is not None
            and ("" in kinds or fold(docs[n].kind or "") in kinds)
        }
    return hit if hit and hit != base else None


def without_document_names(
    query: Query, docs: dict, scope: set[str] | None, naming_kind: bool = False
) -> Query:
    """The query with the words that name a document in scope ("dự thảo công văn …") taken out of its
    topic: they say which document, not what the answer is about. `naming_kind`: the kind word that names
    the one document by its number too ("Kế hoạch 617"), for one side of a comparison of two things of it,
    whose words must tell the two apart (a question asked on its own keeps it: what is asked of the
    document may be the document itself, and a topic that names it is harder to answer from another)."""
    # (a comparison keeps them: each side's document is told apart by them, "… or the Party Committee's letter")
    naming = [
        h
        for h in query.doc_hints
        if query.intent != "compare"
        and any(fold(h) in _doc_text(d) for d in docs.values() if scope is None or d.name in scope)
    ]
    topic = query.topic
    for hint in naming:
        topic = _HINT_WORDS[hint].sub(" ", topic)
    if scope is not None and len(scope) == 1 and next(iter(scope)) in docs:
        # one document in scope: its number and its issuer ("công văn 6225 của Bộ Văn hóa, Thể thao và
        # Du lịch") say which document, not what in it answers
        topic = without_names_of(docs[next(iter(scope))], topic)
        if naming_kind:
            topic = _without_naming_kind(docs[next(iter(scope))], query, topic)
        if query.lang == "vi" and query.answer_type is None:
            # "… kết quả thực hiện Kế hoạch chuyển đổi số doanh nghiệp …": the document named by its title
            topic = _without_title(docs[next(iter(scope))], topic)
        if query.lang == "en" and query.answer_type is None:
            # "… in Resolution 394/NQ-CP on the environmental movement": what the document is on, said after it
            topic = _without_title_en(docs[next(iter(scope))], topic, query.question)
        if query.answer_type is None:
            topic = _without_title_subject(docs[next(iter(scope))], topic)
            topic = _without_implemented(docs[next(iter(scope))], topic, query.question)
    if topic == query.topic:
        return query
    return replace(query, topic=" ".join(topic.split()) or query.topic)


def _without_naming_kind(doc, query: Query, topic: str) -> str:
    """`topic` without the kind word with which the question names the document by its number ("Kế hoạch
    617", "Plan 617": the word says which document, not what in it answers); a kind word said again
    ("… xây dựng Kế hoạch hỗ trợ doanh nghiệp") stays, as often as the question says it besides."""
    if not (doc.kind and doc.number) or query.intent not in TASK_INTENTS:
        return topic  # (a fact of the document itself: "Quyết định 1218 có hiệu lực khi nào?")
    kind, number = fold(doc.kind), fold(re.split(r"[/-]", doc.number)[0])
    said = fold(query.search_text)
    # the document named as where the task stands ("Trong Kế hoạch 617", "In Đồng Tháp's Plan 617", "under
    # Plan 617"), not as what is done ("thi hành Quyết định 1218")
    if not re.search(
        rf"\b(?:trong|theo|tai|o|in|under|from|per|of)\s+(?:[\w']+\s+){{0,3}}?{re.escape(kind)}(?: so)? "
        rf"{re.escape(number)}(?!\w)",
        said,
    ):
        return topic
    words = topic.split()
    size = len(kind.split())
    at = [i for i in range(len(words) - size + 1) if fold(" ".join(words[i : i + size])) == kind]
    extra = len(at) - (len(re.findall(rf"(?<!\w){re.escape(kind)}(?!\w)", said)) - 1)
    for i in reversed(at[: max(0, extra)]):
        del words[i : i + size]
    return " ".join(words)


def without_names_of(doc, topic: str) -> str:
    """`topic` without the document's number and issuer, where it names them."""
    names = [(doc.issuer or "").split(" (")[0], doc.number or ""]
    if doc.number:
        names.append(re.split(r"[/-]", doc.number)[0])
    for name in (n.strip() for n in names):
        if len(name) >= 2:
            topic = _without_words(topic, name)
    return topic


# "trong kế hoạch hành động thực hiện …", "in its action plan implementing …": the document the answer is in,
# named by what it carries out (not "ban hành kế hoạch thực hiện …", a plan to be made)
_IN_PLAN_DOING = (
    r"\b(?:trong|theo|cua|tai|in|under|of|from)\s+(?:the\s+|its\s+|this\s+)?(?:\w+'s\s+)?(?:action\s+)?"
    r"(?:ke hoach|kh|chuong trinh|quyet dinh|plan|programme|program|decision)(?:\s+\w+){0,2}?\s+"
    r"(?:thuc hien|trien khai|implementing|to implement|on implementing)\s+(?:\w+\s+){0,2}?(?:so\s+|no\.?\s*)?"
)


def _without_implemented(doc, topic: str, question: str) -> str:
    """`topic` without "thực hiện Nghị quyết 140/NQ-CP" where the question names the document it is in by what
    it carries out ("… trong kế hoạch hành động thực hiện Nghị quyết 140/NQ-CP") and the document carries
    that one out: those words say which document."""
    asked = fold(question)
    for number in doc.implements:
        head = re.escape(re.split(r"[/-]", number)[0])
        if not re.search(_IN_PLAN_DOING + rf"{re.escape(fold(re.split(r'[/-]', number)[0]))}(?!\d)", asked):
            continue
        rest = re.escape(number[len(re.split(r"[/-]", number)[0]) :])
        topic = re.sub(
            rf"(?i)\b(?:thực hiện|triển khai|thuc hien|trien khai|implementing|implements?)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:số\s+|so\s+|no\.?\s*)?{head}(?:{rest})?(?!\w)",
            " ",
            topic,
        )
    return " ".join(topic.split())


TITLE_OPENING_WORDS = 5  # the title's opening words a topic says, in order, to name the document by them
_NOT_TITLE_OPENING = frozenset("ban thuc trien ve cua so nay do duoc co la".split())


# the words of a title a question may leave out between two it says ("… triển khai Luật sửa đổi Luật Tiêu chuẩn …" of
# "… triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn …"), plus one
TITLE_GAP = 7


def _without_title(doc, topic: str) -> str:
    """`topic` without the document named by its kind and words of its title, in the title's order ("Kế
    hoạch chuyển đổi số doanh nghiệp" for "Kế hoạch Chuyển đổi số cho các doanh nghiệp, nhất là …"): they
    say which document."""
    kind = fold(doc.kind or "").split()
    title = re.findall(r"\w+", fold(doc.title or ""))
    if not kind or not title:
        return topic
    words = topic.split()
    folded = [re.sub(r"[^\w]", "", fold(w)) for w in words]
    for i in range(len(words) - len(kind)):
        if folded[i : i + len(kind)] != kind:
            continue
        j = i + len(kind)
        if j < len(words) and folded[j] in _NOT_TITLE_OPENING:
            continue  # "Quyết định ban hành ngày nào": the ask, not the title
        at = -1  # the title's words in its order, a few at most left out between them
        while j < len(words):
            window = title[at + 1 : at + 1 + TITLE_GAP] if at >= 0 else title
            if folded[j] not in window:
                break
            if at < 0 and title.index(folded[j]) > 2:
                break  # (the title's words from its opening, not from anywhere in it)
            at += window.index(folded[j]) + 1 if at >= 0 else title.index(folded[j]) + 1
            j += 1
        if j - i - len(kind) >= 3:
            return " ".join(words[:i] + words[j:])
    # the kind word already read as the document's name ("Quyết định ban hành kế hoạch thực hiện Nghị quyết
    # 66" of a decision titled "Ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW …"): the title's own
    # opening words, in its order, several of them
    # (a number, "số 1218/QĐ-UBND", by its first digits: "Nghị quyết 66")
    title = re.findall(r"\w+", re.sub(r"\bso\s+(\d+)[\w/.-]*", r"\1", fold(doc.title or "")))
    # (a title that opens with the kind, "Quyết định … ban hành …", is named from the words after it too)
    start = len(kind) if title[: len(kind)] == kind else 0
    start += 1 if start and start < len(title) - 1 and title[start].isdigit() else 0
    for i in range(len(words)):
        if folded[i] not in (title[0], title[start]):
            continue
        j, k = _walk(folded, i, title, 0 if folded[i] == title[0] else start)
        while k < len(title) and j < len(words) and folded[j] in title[k + 1 : k + 3]:
            j, k = _walk(folded, j, title, title.index(folded[j], k + 1))  # (a word of it left out: "số")
        if k - (0 if folded[i] == title[0] else start) >= TITLE_OPENING_WORDS:
            if folded[i] == title[0] and start and folded[max(0, i - 2) : i] == ["thi", "hanh"]:
                i += len(kind)  # ("thi hành Quyết định …": the decision carried out, its kind word kept)
            return " ".join(words[:i] + words[j:])
    return topic


# "… in Resolution 394/NQ-CP on the environmental movement", "Plan 174 about gender equality": what a document
# named by its kind (and number) is on, said right after it
# (a document named by its number: "Law on Standards …", "Law on Employment No. 74" say the law's own name)
_ON_TITLE_EN = re.compile(
    r"(?i)\b(?:resolution|decision|plan|decree|circular|regulation|directive|letter|dispatch|telegram|programme)"
    r" (?:no\.? )?[\w/.-]*\d[\w/.-]* (?:on|about|regarding|concerning) (?:the )?"
    r"((?:[\w-]+ ){0,5}?[\w-]+)(?=\s*(?:[?,.;:]|$)|\s(?:in|under|for|who|what|which|is|are|does|do|and)\b)"
)


def _without_title_en(doc, topic: str, question: str) -> str:
    """`topic` without the glossed words of what an English question says the document is on ("Resolution 394
    on the environmental movement"), when its title says each of them: they say which document."""
    title = set(re.findall(r"\w+", fold(doc.title or "")))
    for m in _ON_TITLE_EN.finditer(question):
        forms = english_to_vietnamese(m.group(1))
        if forms and all(set(fold(f).split()) <= title for f in forms):
            for form in forms:
                topic = _without_words(topic, form)
    return topic


_SUBJECT_MIN = 3  # words of the subject's name after its kind word


def _without_title_subject(doc, topic: str) -> str:
    """`topic` without the law the document's title names as its subject ("… kiểm tra việc thi hành Luật
    Tiêu chuẩn và quy chuẩn kỹ thuật ở Lai Châu" of "Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung …
    của Luật Tiêu chuẩn và quy chuẩn kỹ thuật"): every passage of the plan is about that law, whether or not
    it repeats its name, so its name tells no passage apart."""
    title = [w for w in re.findall(r"\w+", fold(doc.title or "")) if w != "va"]
    words = topic.split()
    folded = [re.sub(r"[^\w]", "", fold(w)) for w in words]
    for i, word in enumerate(folded):
        if word != "luat":
            continue
        best = 0
        for t in (k for k, w in enumerate(title) if w == "luat"):
            best = max(best, _walk(folded, i + 1, title, t + 1)[0])
        if best and len([w for w in folded[i + 1 : best] if w not in ("", "va")]) >= _SUBJECT_MIN:
            return " ".join(words[:i] + words[best:])
    return topic


def _walk(folded: list[str], j: int, key: list[str], k: int) -> tuple[int, int]:
    """How far the words `folded[j:]` follow `key[k:]`, word for word, skipping punctuation and "và" in the
    text: the positions reached in each."""
    while j < len(folded) and k < len(key):
        if folded[j] in ("", "va"):
            j += 1
            continue
        if folded[j] != key[k]:
            break
        j, k = j + 1, k + 1
    return j, k


def _without_words(text: str, name: str) -> str:
    """`text` without the words of `name` where they stand in a row, whatever the punctuation and "và"
    between them ("Bộ Văn hóa Thể thao Du lịch" for "Bộ Văn hóa, Thể thao và Du lịch")."""
    key = [w for w in re.findall(r"[\w/]+", fold(name)) if w != "va"]
    words = text.split()
    folded = [re.sub(r"[^\w/]", "", fold(w)) for w in words]
    keep = [True] * len(words)
    i = 0
    while key and i < len(words):
        j, k = _walk(folded, i, key, 0)
        if k == len(key):
            keep[i:j] = [False] * (j - i)
            i = j
        else:
            i += 1
    return " ".join(w for w, kept in zip(words, keep, strict=True) if kept)


QUOTED_TASK = 0.9  # a task row whose name the question quotes scores at least this
_QUOTED = re.compile(r"[“\"«]([^”\"»]{6,})[”\"»]")


def _quotes_name(quote: str, name: str) -> bool:
    """Whether a quoted phrase (folded) is the row's name, or its beginning ("… của nội” for a long name)."""
    key = " ".join(fold(name).split()).rstrip(" .;")
    quote = " ".join(quote.split()).rstrip(" .;…")
    return bool(quote) and (key == quote or key.startswith(quote) and len(quote) >= 20)


class _DocWeights:
    """The question's term weights as seen from one document: words of the document's own title ("Kế
    hoạch chuyển đổi số doanh nghiệp") say which document is meant, not which passage of it answers, so
    they weigh TITLE_WEIGHT of their usual weight there (the preamble, which repeats the title, no longer
    answers every question about the document)."""

    def __init__(self, view: IndexView, q) -> None:
        self.view, self.q = view, q
        self.base = view.stats.weights(q)
        self._by_doc: dict[str, dict[str, float]] = {}

    def __getitem__(self, doc: str) -> dict[str, float]:
        out = self._by_doc.get(doc)
        if out is None:
            d = self.view.docs.get(doc)
            title = terms(d.title) if d is not None else None
            if not title:
                out = self.base
            else:
                have = title.unigrams | title.bigrams
                out = {t: w * TITLE_WEIGHT if t in have else w for t, w in self.base.items()}
            self._by_doc[doc] = out
        return out


CAPTION_BONUS = 0.1  # a row's score gains this share of the question its table's caption holds
CAPTION_NAME_MIN = 0.2  # … and holds it whole when the row's own name holds this share of the question
CAPTION_WHOLE = 0.6  # … or when name and caption together hold this share of it, and the name holds
CAPTION_REST = 0.15  # this share of what the caption does not say (the step asked: "bước thẩm định hồ sơ")
# … and the question says this share of the row's name (not a long step's stray words)
CAPTION_NAME_SAID = 0.3
_ASKED_CELLS = frozenset({"deadline", "output"})  # intents named as the Task field they ask for
# the time itself is the answer, not a word the question shares with the row ("hạn báo cáo hằng năm")
_TIME_WORDS = re.compile(
    r"\b(?:hang|hàng|nam|quy|thang|thuong xuyen|dinh ky|truoc|ngay|tu|den|giai doan|trong|cuoi|dau|giua)\b"
    r"|\d[\d/.\-–]*"
)


# an agency named after these words receives the report, it does not do the task
_TO_WHOM = (
    r"(?:gui(?: ve| den| toi| len| cho)?|bao cao(?: ve| len| cho)?|trinh|ve"
    # "… send their 2025 reports to Sở Nội vụ": English, the one a report goes to
    r"|(?:send|sent|sends|submit\w*|forward\w*)(?: (?!assigned\b|given\b|entrusted\b|by\b)[\w/'-]+){0,8} to(?: the)?"
    r"|(?:reports?|reporting|reported|bao cao)(?: (?!assigned\b|given\b|entrusted\b|by\b)[\w/'-]+){0,6} to(?: the)?)"
)


# the body others work with, said as such: "phối hợp với Sở …", "coordinate with the Department …"
# ("… which bodies does the Department of Home Affairs coordinate with?": the question may end there)
_PARTNER_OF = re.compile(r"\b(?:phoi hop (?:cung|voi)\b|coordinat\w* with\b|work\w* with\b|support\w* )")


def _subjects(question: str, agencies, printed_only: bool = False, read: str = "") -> tuple[str, ...]:
    """The agencies the question names as doing something (not one a report is sent to: "báo cáo Bộ Tài
    chính", "gửi về Sở Tài chính"). `printed_only`: only those the question prints as named (an English
    question names them in English, and where they stand is not read, unless `read`, the question with
    the names it says in English put in their Vietnamese names, shows it: "… to report … to the Sở Tài
    chính")."""
    f = " ".join(fold(question).split())
    g = " ".join(fold(read).split())
    out = []
    for name in agencies:
        said, to_whom = _times_named(name, f)
        if not said and g and not printed_only and _times_named(name, g)[1]:
            continue
        if not said and printed_only:
            continue
        if not said or to_whom < said:
            out.append(name)
    return tuple(out)


def _times_named(agency: str, folded: str) -> tuple[int, int]:
    """How often the folded text names the agency, and how often as the one a report goes to."""
    key = re.escape(fold(agency))
    said = list(re.finditer(rf"(?<!\w){key}(?!\w)", folded))
    return len(said), sum(1 for m in said if re.search(rf"\b{_TO_WHOM} $", folded[: m.start()]))


def _only_as_recipient(agency: str, evidence: str) -> bool:
    """Whether the (folded) evidence names the agency, and every time as the one a report goes to."""
    said, to_whom = _times_named(agency, evidence)
    return bool(said) and to_whom == said


_ITEM_MARK = re.compile(r"^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-–•+])\s+")
SIBLING_SHARE = 0.75  # a sibling item this close to the best one may take its place when it is the one asked


def _item_subject(quote: str, fq: str) -> bool:
    """Whether the list item opens with words the (folded) question prints as a phrase: "a) Người lao động
    đóng …" for "người lao động đóng bảo hiểm … bao nhiêu"."""
    return bool(_item_phrase(quote, fq))


def _item_phrase(quote: str, fq: str) -> str:
    """The opening words of a list item that the (folded) question prints as a phrase ("" when none)."""
    m = _ITEM_MARK.match(quote)
    if m is None:
        return ""
    words = re.findall(r"\w+", fold(quote[m.end() :]))
    for n in (4, 3, 2):
        if len(words) >= n and any(w not in STOP for w in words[:n]):
            if word_pattern(" ".join(words[:n])).search(fq):
                return " ".join(words[:n])
    return ""


# "Quyết định 1218 giao ai chủ trì triển khai thực hiện Kế hoạch?", "who is assigned to lead the implementation
# of the plan?": who leads carrying out the document as a whole (not one of its tasks)
_WHOLE_LEAD_ASKED = re.compile(
    r"\bchu tri\b(?: \w+){0,3}? (?:trien khai|to chuc)(?: \w+){0,2}? thuc hien (?:noi dung )?(?:ke hoach|quyet dinh"
    r"|de an|chuong trinh)\b(?! so \w+ nao| nao)(?: \S+){0,8}\W*$"
    r"|\b(?:assigned|tasked|designated|in charge)\b(?: \w+){0,3} (?:to )?(?:lead|coordinate|preside)\w*(?: \w+){0,2}"
    r" implement\w*(?: of)? (?:the|this|its) (?:[\w'’-]+ ){0,4}?(?:plan|decision|scheme|programme|program)\b"
)
# "Điều 2. Giao Giám đốc Sở Tư pháp chủ trì, phối hợp … triển khai thực hiện nội dung Kế hoạch.": the passage that
# gives the document as a whole to one body
_ASSIGNS_WHOLE = re.compile(
    r"^(?:dieu \d+\.? )?giao (?:cho )?[^.;:]{3,120}? chu tri\b[^.]*\b(?:ke hoach|quyet dinh nay|de an|chuong trinh)\b"
)


def _assignment_first(sentences: list) -> None:
    """The passage that assigns the whole document to a body ("Giao … chủ trì … Kế hoạch") before the
    passages that only share the question's words ("… đôn đốc việc triển khai thực hiện Kế hoạch")."""
    given = [i for i, m in enumerate(sentences) if _ASSIGNS_WHOLE.match(fold(m.quote))]
    if not given or given[0] == 0:
        return
    top = sentences[0]
    other = sentences.pop(given[0])
    sentences.insert(0, replace(other, score=top.score, coverage=max(other.support, top.support)))


def _subject_first(sentences: list, fq: str) -> None:
    """Sibling items of one list ("a) Người lao động …", "b) Người sử dụng lao động …") differ by whom they
    are about: when the best one opens with someone the question does not name and a close sibling under
    the same heading opens with the one it names, the sibling comes first."""
    if (
        len(sentences) < 2
        or _item_subject(sentences[0].quote, fq)
        or not _ITEM_MARK.match(sentences[0].quote)
    ):
        return
    top = sentences[0]
    for i, other in enumerate(sentences[1:], start=1):  # sorted: siblings close enough come first
        if other.score < SIBLING_SHARE * top.score:
            return
        if (
            other.chunk.doc == top.chunk.doc
            and other.chunk.context == top.chunk.context
            and _item_subject(other.quote, fq)
        ):
            sentences.insert(
                0, replace(sentences.pop(i), score=top.score, coverage=max(other.support, top.support))
            )
            return


BOTH_SUBJECTS = 0.95  # a sibling item the question names with "và"/"and" is stated beside the best one
BOTH_FLOOR = 0.5  # … when it scores at least this share of the best one
SIBLING_LINES = 12  # items of one list are printed this close
_AND = re.compile(r"\b(?:va|and)\b")


def _mark_kind(quote: str) -> str:
    """The kind of an item's mark: "a)" letter, "1." number, "-" dash."""
    m = _ITEM_MARK.match(quote)
    c = m.group(0).strip()[:1] if m else ""
    return "letter" if c.isalpha() else "number" if c.isdigit() else c


def _both_subjects(sentences: list, fq: str) -> None:
    """ "… mức đóng tối đa của người lao động và của người sử dụng lao động": when the best passage is an
    item opening with one subject the question prints ("b) Người sử dụng lao động đóng …"), the sibling
    item of the same list opening with another one ("a) Người lao động đóng …") is stated beside it."""
    if len(sentences) < 2 or not _AND.search(fq):
        return
    top = sentences[0]
    first = _item_phrase(top.quote, fq) if _ITEM_MARK.match(top.quote) else ""
    if not first:
        return
    for i, other in enumerate(sentences[1:], start=1):
        if other.score < BOTH_FLOOR * top.score:
            return
        phrase = _item_phrase(other.quote, fq)
        if (
            phrase
            and phrase not in first
            and first not in phrase
            and other.chunk.doc == top.chunk.doc
            and other.chunk.context == top.chunk.context
            and other.chunk is not top.chunk
            and abs(other.chunk.lines[0] - top.chunk.lines[0]) <= SIBLING_LINES
            and _mark_kind(other.quote) == _mark_kind(top.quote)
        ):
            if other.score < BOTH_SUBJECTS * top.score:
                sentences.insert(1, replace(sentences.pop(i), score=BOTH_SUBJECTS * top.score))
            return


PREAMBLE_WHEN = 0.75  # a document's opening, for a question of when to act
BASIS_UNASKED = 0.7  # a "Căn cứ …" line, for a question that asks no basis of the document
# what asks for the documents a document rests on or cites: "căn cứ", "dựa trên", "theo quy định nào",
# "legal basis", "pursuant to", "cited in its preamble", "what it implements"
_ASKS_BASIS = re.compile(
    r"\bcan cu\b|\bdua (?:tren|vao)\b|\btheo (?:quy dinh|nhung|cac|luat|nghi dinh|nghi quyet|thong tu|van ban"
    r"|quyet dinh|chi thi|ke hoach|chuong trinh)\b|\bquy dinh nao\b|\bphan mo dau\b|\bviet dan\b|\btrich dan\b"
    r"|\bde nghi\b|\bto trinh\b|\b(?:thuc hien|trien khai|cu the hoa|tuan thu)\b"
    r"|\bbas[ie]s\b|\bbased\b|\bpursuant\b|\bgrounds?\b|\bpreamble\b|\bcit(?:e|es|ed|ing)\b|\bimplement\w*\b"
    r"|\bproposal\b|\brecommendation\b|\bunder (?:which|what)\b"
)
SUBJECT_BONUS = 0.15  # added to a task row's rank among rows when an agency the question names leads it


# "căn cứ và thực hiện …", "legal bases and …": the bases asked beside what a document implements
# (not "Căn cứ Quyết định 1218, …" that frames the question)
_ASKS_BASES_TOO = re.compile(r"(?<!^)\bcan cu (?:va|vao|phap ly)\b|\blegal bas[ie]s\b")
# "… the preamble legal bases and implemented documents …": what it implements as well as its bases
_ASKS_IMPLEMENTED_TOO = re.compile(
    r"\b(?:implemented|implementing) (?:documents?|plans?|resolutions?|programmes?|programs?)\b"
    r"|\b(?:documents?|plans?|resolutions?) (?:it|that it|the decision|the plan) implements\b"
    r"|\band (?:what|which)(?: documents?)? (?:it|the decision|the plan) implements\b"
    # "… dựa trên những căn cứ và văn bản nào?", "What legal bases and Party documents are cited …?"
    r"|\bcan cu va (?:nhung |cac )?(?:van ban|huong dan)\b|\bbas[ie]s and (?:the |other )?(?:party |provincial party )?"
    r"(?:documents?|plans?|programmes?)\b"
    # "… legal bases and implementing instructions …": the guidance it carries out ("Thực hiện Thông tri …")
    r"|\b(?:implementing|implementation) (?:instructions?|guidance|guidelines?|directions?)\b"
    r"|\bbas[ie]s and (?:the )?(?:instructions?|guidance|guidelines?)\b"
)


def _with_aliases(view: IndexView, topic: str, question: str, scope: set[str] | None) -> str:
    """The topic without the extra words of a long name the question says, when a document in scope gives
    that name a short one ("… (sau đây gọi tắt là Tháng hành động)"): its passages go on to say only the
    short one, so only the short one's words are looked for."""
    if scope is None or not any(view.aliases.get(doc) for doc in scope):
        return topic
    said = f" {word_runs(question)} "
    extra: list[str] = []
    for doc in sorted(scope):
        for long, short in view.aliases.get(doc, ()):
            if f" {long} " in said:
                rest = long.split()
                for w in short.split():
                    rest.remove(w)
                extra += rest
    if not extra:
        return topic
    words = re.findall(r"\w+", fold(topic))
    for w in extra:
        if w in words:
            words.remove(w)
    return " ".join(words)


def _row_notes(view: IndexView, task: Task) -> str:
    """The texts of the footnotes a row's printed cells point to ("" when they point to none)."""
    printed = [task.lead_text or "", task.coordinating_text or ""] + [v for _, v in task.extra]
    if not any("[" in text for text in printed):
        return ""
    return " ".join(text for _, _, text in notes_for(view, task.doc, printed, task.lines[0], ""))


def _row_share(stats, asked, own, name_terms, weights) -> float:
    """How much of the question a task row holds: its words (name, and the cells read), and a little of how
    much of its name the question says."""
    return 0.85 * stats.coverage(asked, own, weights) + 0.15 * stats.coverage(name_terms, asked)


def find(view: IndexView, query: Query, scope: set[str] | None, hits: list[Hit] | None = None) -> Found:
    """Task rows and sentences scored against the question's topic. `hits`: retrieved chunks to use
    instead of a new search (a comparison searches once for all provinces)."""
    from indexer.agencies import agency_kind

    stats = view.stats
    topic = query.topic or query.search_text
    if query.intent == "compare" and query.agencies:
        for name in query.agencies:
            topic = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", " ", topic)
    articles = articles_in_scope(view, query, scope)
    if articles:  # "Theo Điều 8, …": the article's own passages answer, and need not say "Điều 8"
        topic = ARTICLE.sub(" ", topic)
    q = terms(_with_aliases(view, topic, query.question, scope))
    found = Found()
    if not q:
        return found
    weights = _DocWeights(view, q)
    asked = q.unigrams | q.bigrams
    quoted = [fold(m) for m in _QUOTED.findall(query.question) if len(m.split()) >= 2]
    # a field of a task asked with the agency that does it: that agency leads the row
    subjects = (
        _subjects(query.question, query.agencies, read=query.search_text if query.lang == "en" else "")
        if query.intent in ("deadline", "output", "coordinating_agencies")
        else ()
    )
    subject_rank: dict[int, float] = {}  # rows an agency the question names leads: their rank among rows
    span_asked = _when_rules(query.question, query.intent, query.periods)[0]
    partner_named = bool(subjects) and bool(_PARTNER_OF.search(fold(query.question)))  # (once, not per row)
    for task in view.tasks:
        if scope is not None and task.doc not in scope:
            continue
        name_terms = terms(task.name)
        if task.group_title:
            group = terms(task.group_title)
            if asked.isdisjoint(name_terms.unigrams) and asked.isdisjoint(group.unigrams):
                continue  # shares no word with the question: scores 0
        elif asked.isdisjoint(name_terms.unigrams):
            continue
        # the row's group title ("LĨNH VỰC BÁO CHÍ, XUẤT BẢN") tells apart rows of the same name; the
        # column asked about may repeat the question's words ("… trình Quốc hội thông qua khi nào?" and
        # "Trình Quốc hội xem xét, thông qua tại Kỳ họp …")
        if query.intent in _ASKED_CELLS:
            cell = _TIME_WORDS.sub(" ", fold(getattr(task, query.intent) or ""))
        elif query.intent == "general":
            # no field asked: what any cell prints may be the answer ("… thông qua tại kỳ họp nào?")
            cell = fold(" ".join([task.deadline or "", task.output or ""] + [v for _, v in task.extra]))
        else:
            cell = ""
        # a table's caption (rows with no group of their own: "Quy trình số 03 … Thủ tục ra nước ngoài dự thi
        # người đẹp") tells apart rows of the same name; it is no part of what the row says
        tie_caption = task.group_title if task.group_title and not task.group else ""
        if tie_caption and (
            stats.coverage(q, name_terms, weights[task.doc]) >= CAPTION_NAME_MIN
            or _names_step(task, query)
            # "… thủ tục ra nước ngoài dự thi người đẹp, ai thực hiện bước thẩm định hồ sơ?": the caption and
            # the row's name together are what the question says
            or (
                stats.coverage(q, terms(f"{task.name} {tie_caption}"), weights[task.doc]) >= CAPTION_WHOLE
                and _beyond_caption(tie_caption, name_terms, weights[task.doc]) >= CAPTION_REST
                and stats.coverage(name_terms, q) >= CAPTION_NAME_SAID
            )
        ):
            tie_caption = ""  # the question names the row itself ("bước 3"): its caption, whole, says which
        title = "" if tie_caption else task.group_title
        # a column the question names by its header ("Hồ sơ trình UBTVQH gồm …"): the row has it
        columns = " ".join(h for h, _ in asked_columns(task, query.search_text))
        # a footnote a cell points to ("… chủ trì thẩm tra [1]" and "[1] Sau khi sửa đổi … sẽ do Ủy ban Kinh tế
        # và Ngân sách thực hiện") says more about the row: what it says is read with the row
        notes = _row_notes(view, task)
        if notes:
            cell = f"{cell} {notes}"
        own = terms(f"{task.name} {title} {cell} {columns}") if title or cell or columns else name_terms
        score = _row_share(stats, q, own, name_terms, weights[task.doc])
        if subjects and any(agency_matches(task, a, "lead") for a in subjects):
            # the row says who does it in its lead column: ranked among rows with that cell read too
            with_lead = terms(f"{task.name} {title} {cell} {task.lead_text or ' '.join(task.lead)}")
            led = _row_share(stats, q, with_lead, name_terms, weights[task.doc])
            subject_rank[id(task)] = max(led, score) + SUBJECT_BONUS
            # ("which bodies coordinate with the Central Committee of the Fatherland Front on …": the body
            # of its own the question names is the row's lead; what else the question says is read against
            # the row without that name, which neither counts for the row nor against it — not a collective,
            # "các sở, ngành", that many rows and passages name; and only when who coordinates is asked: a
            # deadline asked of a body may be said by a passage instead)
            own_lead = query.intent == "coordinating_agencies" and any(
                agency_kind(a) not in ("collective", "local") and agency_matches(task, a, "lead")
                for a in subjects
            )
        else:
            own_lead = False
        coverage = _row_share(stats, q, own, name_terms, weights.base)
        if own_lead and partner_named:
            # "Cơ quan nào phối hợp với Sở Khoa học và Công nghệ trong nhiệm vụ …?": the body the others work
            # with is said as the row's lead, which its lead cell prints: the row is read with it
            score = max(score, led)
            coverage = max(coverage, _row_share(stats, q, with_lead, name_terms, weights.base))
        elif own_lead:
            lead_words = terms(task.lead_text or " ".join(task.lead))
            rest = Terms(q.unigrams - lead_words.unigrams, q.bigrams - lead_words.bigrams)
            if rest.unigrams:
                score = max(score, _row_share(stats, rest, own, name_terms, weights[task.doc]))
                coverage = max(coverage, _row_share(stats, rest, own, name_terms, weights.base))
        if tie_caption:
            score += CAPTION_BONUS * stats.coverage(q, terms(tie_caption), weights[task.doc])
        if quoted and any(_quotes_name(quote, task.name) for quote in quoted):
            # the question quotes the row's name: the row, whatever else the question says
            score, coverage = QUOTED_TASK + (1 - QUOTED_TASK) * score, max(coverage, QUOTED_TASK)
        if span_asked and not _SPAN.search(fold(task.deadline or "")):
            score *= VAGUE_WHEN  # "during what period …": a time from … to … answers
        found.tasks.append(TaskMatch(score, task, coverage))
    # "Hạn Sở Tài chính báo cáo Bộ Tài chính …": among rows, the one Sở Tài chính leads comes first (its
    # score against the text's passages is unchanged)
    found.tasks.sort(key=lambda m: -max(m.score, subject_rank.get(id(m.task), 0.0)))
    if hits is None:
        hits = search(view, query, scope, K_HITS)
    found.hits = [h for h in hits if scope is None or h.chunk.doc in scope][:K_HITS]
    if query.answer_type == "signer":
        found.tasks = []
        # "Nghị quyết 66-NQ/TW do ai ký?" asks about a document that is not in the index: no signature answers it
        # the kind words that go with the other document's number ("Nghị quyết 66-NQ/TW") do not name an
        # indexed document of that kind
        rest = fold(query.search_text)
        for number in query.doc_numbers:
            rest = re.sub(rf"\w+(?: \w+)?(?: so)? {re.escape(fold(number))}", " ", rest)
        about_other = (
            query.doc_numbers
            and not query.docs
            and not any(fold(d.kind) in rest for d in view.docs.values() if scope is None or d.name in scope)
        )
        found.sentences = [] if about_other else special.signatures(view, q, scope)
        if found.sentences and _RECIPIENTS_TOO.search(fold(query.question)):
            # "Who signed Official Letter 6225 and to whom is it addressed?": its addressees after the signature
            low = min(m.score for m in found.sentences)
            signed = {m.chunk.doc for m in found.sentences}
            sent = [m for m in special.recipients(view, [], signed, True) if m.chunk.doc in signed]
            found.sentences += [replace(m, score=low - 0.001 * (i + 1)) for i, m in enumerate(sent)]
        return found
    if (term := defined_term(query.question)) and (defined := special.definitions(view, term, scope)):
        # "'X' là gì?": where the text defines X ("… (sau đây gọi là X)", "X là …")
        found.tasks, found.sentences = [], defined
        return found
    if query.answer_type == "implements":
        found.tasks, found.sentences = [], special.implemented(view, q, scope)
        if _ASKS_BASES_TOO.search(fold(query.question)):
            # "… căn cứ và thực hiện những văn bản nào?": the "Căn cứ" lines as well as what it implements
            named = {m.chunk.doc for m in found.sentences}
            bases = [m for m in special.legal_bases(view, q, scope) if not named or m.chunk.doc in named]
            top = max((m.score for m in found.sentences), default=0.0)
            # the bases first, in their order
            found.sentences = [
                replace(m, score=top + 0.001 * (len(bases) - i)) for i, m in enumerate(bases)
            ] + found.sentences
        return found
    if query.answer_type == "proposal":
        found.tasks, found.sentences = [], special.proposals(view, q, scope)
        return found
    if query.answer_type == "legal_basis" and not section_named(query):
        # (not "Theo Tổ chức thực hiện …, các sở xây dựng kế hoạch căn cứ vào những văn bản nào?": what that
        # section says, not the preamble's bases)
        # ("căn cứ những văn bản nào?", "legal bases and Party documents": the proposal it is issued on too; not of
        # "căn cứ những luật nào", "which laws")
        proposal = not _LAWS_ONLY.search(fold(query.question))
        found.tasks, found.sentences = [], special.legal_bases(view, q, scope, proposal)
        if not found.sentences:
            # a plan that prints no "Căn cứ …" line rests on what it says it carries out ("KẾ HOẠCH Triển
            # khai thực hiện Nghị quyết số 66-NQ/TW …; Chương trình hành động số 45-CTr/TU …")
            found.sentences = special.implemented(view, q, scope)
        elif _ASKS_IMPLEMENTED_TOO.search(fold(query.question)):
            named = {m.chunk.doc for m in found.sentences}
            low = min(m.score for m in found.sentences)
            done = special.implemented(view, q, scope)
            # after the bases, in their order
            found.sentences += [
                replace(m, score=low - 0.001 * (i + 1))
                for i, m in enumerate(done)
                if m.chunk.doc in named and m.quote not in {b.quote for b in found.sentences}
            ]
        return found
    if (query.answer_type is None or _DOCUMENT_SENT.search(fold(query.question))) and (
        (
            _ASKS_RECIPIENTS.search(fold(query.search_text))
            # ("… through the section addressed to department directors …": a part of the text, not its recipients)
            and not _PART_ADDRESSED.search(fold(query.question))
        )
        or _ASKS_RECIPIENTS.search(fold(query.question))
        # ("QĐ 1218 … được gửi cho những ai?": a document's kind in its short form before its number)
        or _ASKS_RECIPIENTS.search(fold(expand_short_forms(query.question, ("number",), as_typed=False)))
    ):
        rest = terms(_RECIPIENT_WORDS.sub(" ", fold(topic)))
        addressed = "kinh gui" in fold(query.question) or "addressed" in fold(query.question)
        found.tasks, found.sentences = [], special.recipients(view, rest, scope, addressed)
        if addressed and _COPIES.search(fold(query.question)):
            # "… được kính gửi và gửi nơi nhận đến những đâu?", "… addressed to, and who receives copies?": both
            # lists of a document, asked alike
            best = {m.chunk.doc: m.score for m in reversed(found.sentences)}
            found.sentences = [replace(m, score=best[m.chunk.doc]) for m in found.sentences]
        return found
    if query.answer_type in (None, "date") and _ASKS_IN_FORCE.search(fold(query.question)):
        # the question's own words name the document ("Luật Việc làm số 74/2025/QH15"); an English
        # question's, through the glossary
        words = topic if query.lang == "en" else query.search_text
        rest = terms(special.EFFECT_WORDS.sub(" ", fold(words)))
        found.tasks = []
        found.sentences = special.in_force(view, rest, scope) if rest else []
        if found.sentences and _FROM_SIGNING.search(fold(found.sentences[0].quote)):
            # "có hiệu lực kể từ ngày ký": the date it was signed, from its header, said beside it
            first = found.sentences[0]
            signed = special.date_of(view, view.docs[first.chunk.doc]) if first.chunk.doc in view.docs else []
            if signed and signed[0].chunk is not first.chunk:
                found.sentences.insert(1, replace(signed[0], score=first.score, coverage=first.coverage))
        if found.sentences and _ASKS_EXECUTORS.search(fold(query.question)):
            # "… có hiệu lực từ khi nào và ai chịu trách nhiệm thi hành?": the same document's sentence that
            # names who executes it ("Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành Quyết định này")
            first = found.sentences[0]
            # ("who is assigned to lead implementation of the plan": the article that gives the lead)
            lead = bool(_ASKS_LEAD.search(fold(query.question)))
            executors = special.executors(view, first.chunk.doc, lead)
            if lead and not executors:  # (no article gives the lead: those who execute it)
                executors = special.executors(view, first.chunk.doc)
            if executors and executors[0].quote not in {m.quote for m in found.sentences}:
                found.sentences.insert(1, replace(executors[0], score=first.score, coverage=first.coverage))
        return found
    cited = _cited_date_asked(view, query)
    if cited is not None and special.cites(view, cited, scope):
        # "Quyết định 1218 căn cứ Luật Tổ chức chính quyền địa phương ban hành ngày nào?": the date the
        # documents print with the cited law, not the decision's own (none: the text does not say it)
        found.tasks, found.sentences = [], special.cited_dates(view, cited, scope)
        return found
    target = asked_document_field(view, query, scope)
    if target is not None:
        of = special.date_of if query.answer_type == "date" else special.number_of
        found.tasks, found.sentences = [], of(view, target)
        return found
    # Every clause chunk in scope is read (a small index: a few thousand chunks score in milliseconds);
    # a larger one reads the top SCAN_HITS retrieved. Retrieval rank adds a small bonus.
    ranks = {id(h.chunk): r for r, h in enumerate(found.hits)}
    clause_chunks = view.clause_chunks
    if len(clause_chunks) > SCAN_ALL_MAX:
        clause_chunks = [h.chunk for h in search(view, query, scope, SCAN_HITS) if h.chunk.kind == "clause"]
    for chunk in clause_chunks:
        if scope is not None and chunk.doc not in scope:
            continue
        match = score_chunk(view, query, q, weights[chunk.doc], chunk, ranks.get(id(chunk)), weights.base)
        if match is not None:
            found.sentences.append(match)
    found.sentences.sort(key=lambda m: -m.score)
    said = fold(query.question) if query.lang == "vi" else fold(f"{query.question} {query.topic}")
    _subject_first(found.sentences, said)  # an English question names its subject in the glossary's words
    if _WHOLE_LEAD_ASKED.search(fold(query.question)):
        _assignment_first(found.sentences)
    _both_subjects(found.sentences, said)
    if parts := numbered_parts.asked_parts(query.question):
        # "bước 3 của quy trình số 04": the rows and passages under that part, not under its siblings
        captions = [t.group_title for t in view.tasks if scope is None or t.doc in scope] + [
            c.context for c in view.clause_chunks if scope is None or c.doc in scope
        ]
        found.tasks, found.sentences = numbered_parts.placed(
            parts,
            found.tasks,
            found.sentences,
            captions,
            task_caption=lambda m: m.task.group_title,
            sentence_caption=lambda m: _caption_of(m.chunk),
        )
    if query.lang == "en" and (glosses := _glosses(query.question)):
        # "the task of strengthening legal-affairs (pháp chế) organisations": the document's own word, in
        # brackets, says which rows and passages the English words mean
        found.tasks, found.sentences = _glossed_first(glosses, found.tasks, found.sentences)
    if numbers := numbered_parts.asked_sections(query.question):
        # "nhóm 1.3 gồm những cơ quan nào?": the passages and rows of that part of the outline first
        found.tasks, found.sentences = numbered_parts.sections_first(
            numbers,
            found.tasks,
            found.sentences,
            task_label=lambda m: f"nhóm {m.task.group}",
            sentence_label=lambda m: m.chunk.section,
        )
    if articles:
        inside = [m for m in found.sentences if _in_articles(m.chunk.path, articles)]
        if inside:
            found.tasks, found.sentences = [], inside
    elif section := section_named(query):
        # "Phần Quan điểm trong Kế hoạch … xác định … là gì?": the passages under that title first (the
        # task rows stay as they are)
        under = [m for m in found.sentences if under_title(m.chunk, section)]
        if under:
            found.sentences = under + [m for m in found.sentences if m not in under]
    return found


# "Phần Quan điểm …", "theo mục Mục tiêu cụ thể …": a section the question names by its title (capitalised)
_SECTION_NAMED = re.compile(r"(?<!\w)(?:[Pp]hần|[Mm]ục)\s+(\w+(?:\s+\w+){0,3})")
_SECTION_STOP = frozenset("trong cua tai theo thi co xac neu quy giao yeu de ve la va nay nao gi".split())


def _caption_of(chunk: Chunk) -> str:
    """A passage's titles and its own words: where a numbered part it stands under is named."""
    return f"{chunk.context}\n{chunk.text}"


# a question of the laws (or decrees) among the bases alone: "căn cứ những luật nào", "which laws"
_LAWS_ONLY = re.compile(r"\b(?:nhung|cac|which|what) (?:luat|laws?|bo luat|nghi dinh|decrees?|statutes?)\b")


def section_named(query: Query) -> str:
    """The title (folded) of the section the question names ("Phần Quan điểm"), or ""."""
    for m in _SECTION_NAMED.finditer(query.question):
        printed = m.group(1).split()
        if not printed[0][0].isupper() or printed[0].isupper():
            continue  # a title is capitalised ("Quan điểm"), not a marker ("II") nor a word ("ưu tiên")
        words = []
        for w in fold(m.group(1)).split():
            if w in _SECTION_STOP:
                break
            words.append(w)
        if words and words[0] not in ("phu", "muc", "phan") and len(" ".join(words)) >= 5:
            return " ".join(words)
    # "in the 'Tổ chức thực hiện' section of …", "the section “Kinh phí”": a title quoted, in English
    for m in _QUOTED_SECTION.finditer(query.question):
        printed = m.group(1) or m.group(2)
        title = " ".join(fold(printed).split())
        if len(title) >= 5 and not printed.isascii():  # (a Vietnamese title, not "the 'Funding' section")
            return title
    # "Theo Tổ chức thực hiện của Kế hoạch …": a plan's standard part, named by its capitalised title alone
    f = fold(query.question)
    m = _PART_TITLE.search(f)
    if m and len(f) == len(query.question) and query.question[m.start(1)].isupper():
        return m.group(1)
    # "Phần tổ chức thực hiện của kế hoạch …": the part named by its kind's word, in any case
    m = _PART_NAMED.search(f)
    if m:
        return m.group(1)
    # "In the implementation section of Vĩnh Long's plan, …": the plan's standard part, named in English
    return "to chuc thuc hien" if _IMPLEMENTATION_PART.search(f) else ""


_IMPLEMENTATION_PART = re.compile(
    r"\b(?:implementation|implementing) (?:section|part|chapter|arrangements)\b"
    r"|\b(?:section|part|chapter) on (?:the )?(?:organi[sz]ation of )?implementation\b"
    r"|\borgani[sz]ation of implementation\b"
)


_QUOTED_SECTION = re.compile(
    r"['‘“\"]([^'’”\"]{3,60})['’”\"]\s+(?:section|part|chapter)\b"
    r"|\b(?:section|part|chapter)\s+(?:titled\s+|called\s+|on\s+)?['‘“\"]([^'’”\"]{3,60})['’”\"]"
)
_PART_NAMED = re.compile(
    r"(?<!\w)(?:phan|muc)\s+(to chuc thuc hien|kinh phi thuc hien|quan diem chi dao|muc dich, yeu cau"
    r"|muc dich va yeu cau)\b"
)
_PART_TITLE = re.compile(
    r"(?<!\w)(?:theo|trong|tai)\s+(to chuc thuc hien|kinh phi thuc hien|quan diem chi dao|muc dich, yeu cau"
    r"|muc dich va yeu cau)\b"
)


def under_title(chunk: Chunk, section: str) -> bool:
    """Whether the passage stands under (or opens with) a title that says `section`."""
    titles = [_own_title(chunk.text)[1]] + chunk.context.splitlines()[1:]
    return any(re.search(rf"(?<!\w){re.escape(section)}(?!\w)", fold(t)) for t in titles if t)


@lru_cache(maxsize=1)
def _procedure_time():
    return terms("tổng thời gian thời hạn giải quyết bao lâu bao nhiêu ngày làm việc")


def _beyond_caption(caption: str, name_terms, weights: dict[str, float]) -> float:
    """How much of the question's terms that the caption does not print the row's own name holds (the words
    of a procedure's time, "tổng thời gian giải quyết … bao lâu", ask of the procedure, not of a step)."""
    said, time = terms(caption), _procedure_time()
    rest = {
        t: v
        for t, v in weights.items()
        if " " not in t and t not in said.unigrams and t not in time.unigrams  # words, not pairs across them
    }
    total = sum(rest.values())
    if total <= 0:
        return 0.0
    return sum(v for t, v in rest.items() if t in name_terms.unigrams) / total


def _names_step(task: Task, query: Query) -> bool:
    """Whether the question names the row's step ("Bước 3" as "bước 3", "step 3")."""
    m = re.match(r"(?:buoc|step)\s*(\d+)$", fold(task.number))
    return bool(m) and bool(re.search(rf"\b(?:buoc|step)\s*{m.group(1)}\b", fold(query.question)))


def is_preamble(path: str) -> bool:
    """The opening of a document, or of one of its parts ("KH:preamble": the plan a decision issues)."""
    return path == "preamble" or path.endswith(":preamble")


def _in_articles(path: str, articles: Sequence[str]) -> bool:
    return any(path == f"Điều {a}" or path.startswith(f"Điều {a}.") for a in articles)


def articles_in_scope(view: IndexView, query: Query, scope: set[str] | None) -> tuple[str, ...]:
    """The articles the question names that a document in scope has ("Điều 8" of a law, not of a law it
    cites)."""
    if not query.articles:
        return ()
    return tuple(
        a
        for a in query.articles
        if any(_in_articles(c.path, (a,)) for c in view.clause_chunks if scope is None or c.doc in scope)
    )


# the name of the thing a "… là gì?" question asks for, which a passage that answers says by that name
# ("Chủ đề Tháng hành động năm 2025 là gì?": "a) Chủ đề Tháng hành động năm 2025 “Bình đẳng giới …”")
_NAMED_HEADS = re.compile(r"\b(chu de|khau hieu|thong diep|phuong cham)\b")
HEAD_UNSAID = 0.8
BODY_UNSAID = 0.9  # a sentence that does not name the department asked of, beside one that does
HEAD_OPENS = 1.2  # a passage that opens with the head asked ("Chủ đề …", "Thông điệp …") says what it is
SAYS_WHAT_IS = 1.15
# "… xác định công tác xây dựng và thi hành pháp luật là gì?": what is asked to be said of
_WHAT_IS = re.compile(r"^(.*?)\s+(?:duoc (?:xac dinh|hieu|coi|danh gia|goi) )?la (?:gi|the nao)\b")


def _what_is(query: Query) -> tuple[str, ...]:
    """The endings (three to eight words) of what a "… là gì?" question asks about."""
    if query.lang != "vi" or query.intent not in ("general", "fact"):
        return ()
    m = _WHAT_IS.match(word_runs(query.question))
    if m is None:
        return ()
    words = m.group(1).split()
    return tuple(" ".join(words[-n:]) for n in range(min(8, len(words)), 2, -1))


# the first of things listed in order ("ưu tiên đầu tiên", "thứ tự ưu tiên thứ nhất", "first in line")
_FIRST_ASKED = re.compile(
    r"\b(?:uu tien|thu tu|buoc|dieu kien|doi tuong|truong hop)(?: \w+){0,4} (?:dau tien|thu nhat|truoc tien)\b"
    r"|\b(?:which|what|who)\b(?: \w+){0,6} (?:first in (?:line|order|priority)|(?:comes|ranks|is ranked) first)\b"
    r"|\b(?:top|highest) priority\b"
)
_FIRST_ITEM = re.compile(r"\s*(?:a\)|1[.)]|\(1\)|\(a\))\s")
FIRST_ITEM, OTHER_ITEM = 1.2, 0.85


def _named_head(query: Query) -> str:
    f = fold(query.topic or query.search_text)
    m = _NAMED_HEADS.search(f)
    return m.group(1) if m and query.intent in ("general", "fact") else ""


LIST_NAMED = 1.15  # a list's opening sentence whose subject the question says word for word
_LIST_OPENING = re.compile(
    r"^\W*(?:[a-zđ0-9]{1,3}[.)]\s+)?(?:(?:các|những)\s+)?(.+?),?\s+(?:bao gồm|gồm có|gồm|như sau|sau đây)\s*:\s*$",
    re.I,
)


def _names_list(sentence: str, asked: Terms) -> bool:
    """Whether the question says every word pair of what a list's opening sentence says the list is of
    ("Nguồn vốn cho vay giải quyết việc làm" of "… bao gồm:"), three pairs or more."""
    m = _LIST_OPENING.match(sentence.strip())
    if m is None:
        return False
    subject = terms(m.group(1))
    return len(subject.bigrams) >= 3 and subject.bigrams <= asked.bigrams


def _said_by_all(items: list[Chunk]) -> Terms | None:
    """The words and word pairs every item of a list (two or more) says, or None."""
    if len(items) < 2:
        return None
    said = [terms(item.text) for item in items]
    return Terms(
        frozenset.intersection(*(t.unigrams for t in said)),
        frozenset.intersection(*(t.bigrams for t in said)),
    )


def score_chunk(
    view: IndexView, query: Query, q, weights, chunk: Chunk, rank: int | None, base=None
) -> SentenceMatch | None:
    """The chunk's best sentence for the question (and the quote around it), or None when no sentence
    holds the kind of value asked for. `weights` rank the sentences; the match's `coverage` is the best
    sentence's score under `base` weights (default: the same), which the abstention decision reads."""
    stats = view.stats
    heading = view.heading(chunk)
    titles = chunk.context.splitlines()[-1] if chunk.context and "\n" in chunk.context else ""
    # "b) Thời gian: Từ ngày 15/11/2025 …" under "2. Tháng hành động": the field the question asks of that
    # thing ("thời gian Tháng hành động …"), labelled; the titles over it, up to the document's own, say
    # whose field it is (the document's opening, which prints them all, says no such field)
    labelled = ""
    if _labelled_under(chunk.text, titles, query.question):
        doc = view.docs.get(chunk.doc)
        labelled = f"{titles} {doc.title if doc else ''}"
    chunk_terms = terms(f"{chunk.text} {labelled or titles}")
    # "Nguồn vốn cho vay giải quyết việc làm qua Ngân hàng Chính sách xã hội gồm những nguồn nào?" of "2. Nguồn
    # vốn cho vay giải quyết việc làm bao gồm:": the question names what the list is of, word for word; what
    # every item of it says ("… cho Ngân hàng Chính sách xã hội") the opening says too
    opened = (
        _said_by_all(special.sub_items(view, chunk))
        if query.plural
        and query.intent in ("general", "fact")
        and not is_row(chunk.path)
        and chunk.text.rstrip().endswith(":")
        and _names_list(chunk.text, terms(query.question))
        else None
    )
    if opened is not None:
        chunk_terms = Terms(chunk_terms.unigrams | opened.unigrams, chunk_terms.bigrams | opened.bigrams)
    # an item of a list that a sentence opens ("… phải đáp ứng đủ các điều kiện sau đây:" › "d) Đã đóng …"):
    # the item completes that sentence, under its article; the words they say are the item's too, so
    # among the items what sets one apart decides
    # (a list asked is answered by the sentence that opens it: then the items keep their own words)
    lead_in = (
        terms(f"{titles} {references.referred_text(view, chunk.doc, chunk.path, titles.split(' › ')[-1])}")
        if titles.rstrip().endswith(":") and query.intent in ("general", "fact") and not query.plural
        else None
    )
    chunk_cov = stats.coverage(q, chunk_terms, weights)
    row = is_row(chunk.path)
    # a table row is one "header: value" a line: each is a sentence, and a quote keeps the row's name
    sentences = chunk.text.split("\n") if row else split_sentences(chunk.text)

    # a passage that opens with its own title in capitals ("II. QUAN ĐIỂM 1. …"): the title stands over
    # each of its sentences, not only the first
    opening, over = _own_title(chunk.text)
    if not over and (named := _named_title_above(titles, query.question)):
        # "Theo quan điểm của kế hoạch, … được xác định là gì?" of "2. Công tác …" under "II. QUAN ĐIỂM": the
        # title the question names stands over each sentence of the items under it, as over a passage that
        # opens with it
        opening, over = "\0", named
    elif not over and labelled:
        opening, over = "\0", labelled

    def score_of(sentence: str, w, cov: float, typed: str = "") -> float:
        own = terms(sentence if not over or sentence.startswith(opening) else f"{sentence} {over}")
        if lead_in is not None:
            own = Terms(own.unigrams | lead_in.unigrams, own.bigrams | lead_in.bigrams)
        if opened is not None and sentence.rstrip().endswith(":"):
            own = Terms(own.unigrams | opened.unigrams, own.bigrams | opened.bigrams)
        score = 0.6 * stats.coverage(q, own, w) + 0.4 * cov
        if rank is not None:
            score += RANK_BONUS * (1 - rank / K_HITS)
        if query.intent in ("lead_agency", "coordinating_agencies") and not (
            _names_agency(sentence) or heading
        ):
            score *= 0.75  # "who leads …?" is answered by a passage that names someone
        elif query.intent == "deadline":
            # "by when …?", "how long …?" is answered by a passage that says when or how long, best by a date
            # or a span; the period the question says itself ("the annual reporting deadline": "hằng năm") is
            # no answer
            says_when, says_date, says_span = _when_said(
                own_periods.sub(" ", _without_doc_dates(typed or sentence))
            )
            if not says_when:
                score *= 0.75
            elif not says_date or (span_asked and not says_span):
                score *= VAGUE_WHEN
        if said_is and any(f"{x} la " in fold(sentence) for x in said_is):
            score *= SAYS_WHAT_IS  # "X là gì?": the sentence that says "X là …"
        if first_asked and lead_in is not None:
            # "đối tượng nào được ưu tiên đầu tiên …?": of the items a sentence lists in order, the first
            score *= FIRST_ITEM if _FIRST_ITEM.match(chunk.text) else OTHER_ITEM
        if named_head and not re.search(rf"\b{named_head}\b", fold(f"{sentence} {titles} {heading or ''}")):
            score *= HEAD_UNSAID  # "Chủ đề Tháng hành động … là gì?": the passage that says "Chủ đề …"
        elif named_head and re.match(
            rf"(?:[a-z0-9]{{1,2}}[.)]\s+|[-+•]\s+)?{named_head}\b", fold(sentence.strip())
        ):
            score *= (
                HEAD_OPENS  # ("a) Chủ đề Tháng hành động năm 2025 “…”" over "… truyền thông về chủ đề, …")
            )
        if labelled:
            score *= HEAD_OPENS  # (the field opens with the label asked, as a passage opening with a head)
        if bodies and not any(
            re.search(
                rf"(?<!\w){re.escape(b)}(?!\w)", fold(f"{sentence} {over or ''} {titles} {heading or ''}")
            )
            for b in bodies
        ):
            score *= BODY_UNSAID  # "… văn bản nào của Sở Tài chính": the sentence that names Sở Tài chính
        if intro_asked and sentence.rstrip().endswith(":"):
            score *= INTRO_BONUS  # "Các chế độ bảo hiểm thất nghiệp bao gồm:": a list opens, as asked
            if opened is not None or _names_list(sentence, terms(query.question)):
                score *= LIST_NAMED  # ("… quy định những chế độ bảo hiểm thất nghiệp nào?": that list, named)
        if (
            cited_unasked
            and fold(sentence).lstrip("-*+• ").startswith("can cu ")
            and not any(n in fold(sentence) for n in numbers_named)
        ):
            # "Căn cứ Quyết định số 682/QĐ-BVHTTDL … về việc công bố thủ tục … bị bãi bỏ": what another
            # document did, for a question of what this one does ("Quyết định 2031 bãi bỏ … những quyết
            # định nào?")
            score *= BASIS_UNASKED
        if when_asked and is_preamble(chunk.path):
            # the bases a document cites ("Căn cứ …") and its own heading say when those were issued, not
            # when to act
            score *= PREAMBLE_WHEN
        return score

    span_asked, own_periods = _when_rules(query.question, query.intent, query.periods)
    when_asked = query.asks_time and _asks_when(query.question)
    cited_unasked = is_preamble(chunk.path) and not any(
        _ASKS_BASIS.search(fold(t)) for t in (query.question, query.search_text)
    )
    # (a document the question names by its number is cited there: "the issue date … for Resolution 71/NQ-CP")
    numbers_named = [fold(n) for n in query.doc_numbers] if cited_unasked else []
    # several things asked of the text itself (not of a task's fields), outside the preamble
    intro_asked = (
        query.plural and query.intent in ("general", "fact") and not row and "preamble" not in chunk.path
    )

    named_head = _named_head(query)
    first_asked = bool(_FIRST_ASKED.search(fold(query.question)))
    # the departments or ministries a question about the text names, by the folded name the passage prints
    # (a passage that names them otherwise — a short form — is not told apart from its neighbours)
    bodies = [fold(a) for a in query.agencies if _specific(a)] if query.intent in ("general", "fact") else []
    if bodies and not any(re.search(rf"(?<!\w){re.escape(b)}(?!\w)", fold(chunk.text)) for b in bodies):
        bodies = []
    said_is = _what_is(query)
    own_date = _own_date(view, chunk, query)
    # "1. Đến năm 2030" over "- Hoàn thành việc sửa đổi …": the year a passage's headings set is its own
    headed_year = query.answer_type == "year" and has_answer_type(
        chunk.context.partition("\n")[2], "year", "", query.question
    )
    scores: list[float] = []
    for sentence in sentences:
        typed = own_date.sub(" ", sentence) if own_date else sentence
        if not headed_year and not has_answer_type(
            typed, query.answer_type, query.count_noun, query.question
        ):
            scores.append(-1.0)
            continue
        scores.append(score_of(sentence, weights, chunk_cov, typed))
    if not scores or max(scores) < 0:
        return None
    best = max(range(len(scores)), key=lambda i: scores[i])
    if row:  # the row's best line says it is the row asked about; the quote, what is asked of it
        quote = _row_quote(sentences, scores, query)
    elif len(chunk.text) <= 400:
        quote = chunk.text
    else:
        # several years asked of a fact ("mục tiêu năm 2027 và năm 2028"): each year's sentence
        wanted: list = (
            [str(y) for y in query.years]
            if len(query.years) > 1 and query.intent in ("fact", "general")
            else []
        )
        if query.intent == "deadline":
            # "7. Bộ trưởng Bộ Y tế … khẩn trương khôi phục … sau lũ. Không để …; hoàn thành trước ngày
            # 30/11/2025.": the item's time, said a sentence or two after what it is about
            wanted.append(SAYS_WHEN)
        quote = quote_window(sentences, scores, best, query.plural, _two_asks(query.question), wanted)
    coverage = None
    if base is not None and base is not weights:
        coverage = score_of(sentences[best], base, stats.coverage(q, chunk_terms, base))
    return SentenceMatch(scores[best], chunk, quote, coverage)


@lru_cache(maxsize=20_000)
def _without_doc_dates(sentence: str) -> str:
    """A sentence folded, the dates of the documents it cites set aside (read once per sentence)."""
    return DOC_DATE.sub(" ", fold(sentence))


@lru_cache(maxsize=20_000)
def _when_said(text: str) -> tuple[bool, bool, bool]:
    """(says when, says a date or span, says a span) of a folded sentence; the patterns are long alternations
    tried at every position, and the same sentences come back question after question."""
    return bool(SAYS_WHEN.search(text)), bool(_SAYS_DATE.search(text)), bool(_SPAN.search(text))


@lru_cache(maxsize=256)
def _when_rules(question: str, intent: str, periods: tuple[str, ...]) -> tuple[bool, re.Pattern[str]]:
    """(a span of time asked, the periods the question says itself), read once per question."""
    span_asked = intent == "deadline" and bool(_SPAN_ASKED.search(fold(question)))
    own = "|".join(rf"\b{re.escape(fold(p))}\b" for p in periods) if periods else r"(?!x)x"
    return span_asked, re.compile(own)


_TITLE_MARK = re.compile(r"(?:[IVXLC]{1,6}|\d{1,2})\.\s+")
_TITLE_SPAN = 240  # characters after the mark that hold a title of twelve words


_LABEL = re.compile(r"\s*(?:[a-zđ0-9]{1,2}[.)]\s+|[-+•]\s*)?([^\W\d][^:\n]{1,30}?)\s*:\s*\S")
LABEL_WORDS = 4  # a field's label ("Thời gian", "Địa điểm", "Thành phần tham dự") is this short


def _labelled_under(text: str, titles: str, question: str) -> str:
    """The title a passage stands under, when the passage is one labelled field of it ("b) Thời gian: Từ
    ngày …", "- Địa điểm: …") and the question names that label; "" otherwise."""
    m = _LABEL.match(text)
    if m is None or not titles or len(m.group(1).split()) > LABEL_WORDS:
        return ""
    label = fold(m.group(1)).strip()
    if not re.search(rf"(?<!\w){re.escape(label)}(?!\w)", fold(question)):
        return ""
    return titles.split(" › ")[-1].strip()


def _named_title_above(titles: str, question: str) -> str:
    """The title in capitals of the section a passage stands in ("II. QUAN ĐIỂM" → "QUAN ĐIỂM"), when the
    question names it as the part it asks from ("theo quan điểm", "trong phần mục tiêu"); "" otherwise."""
    top = titles.split(" › ")[0].strip()
    mark = _TITLE_MARK.match(top)
    if mark is None:
        return ""
    title = top[mark.end() :].strip()
    words = title.split()
    if not 2 <= len(words) <= 4 or not all(w.strip(",;").isupper() for w in words):
        return ""
    said = fold(title).replace(",", "")
    return title if re.search(rf"\b(?:theo|trong|tai|o|phan|muc) {re.escape(said)}\b", fold(question)) else ""


def _own_title(text: str) -> tuple[str, str]:
    """(opening, title) of a passage that opens with its own title in capitals ("II. QUAN ĐIỂM 1. …" →
    "QUAN ĐIỂM"); ("", "") otherwise."""
    mark = _TITLE_MARK.match(text)
    if mark is None:
        return "", ""
    words = []
    for word in text[mark.end() : mark.end() + _TITLE_SPAN].split()[
        :12
    ]:  # (a prefix: on every passage scored)
        if not word.strip(",;").isupper() or not any(c.isalpha() for c in word):
            break
        words.append(word)
    if len(words) < 2:  # ("1. UBND tỉnh …": an acronym opens a sentence)
        return "", ""
    title = " ".join(words)
    return text[: mark.end()] + title, title


# "how many … and what was the damage?", "do ai làm và được bao nhiêu ngày?": two things asked, which
# neighbouring sentences may say
_ASK_WORD = re.compile(
    r"\b(?:what|which|who|whom|when|where|how (?:many|much|long))\b"
    r"|\b(?:bao nhieu|khi nao|bao gio|o dau|la gi|nhu the nao|ra sao|ai|gi)\b"
)


@lru_cache(maxsize=1024)
def _two_asks(question: str) -> bool:
    f = fold(question)
    asks = list(_ASK_WORD.finditer(f))
    if asks and _AND_THE_NUMBER.search(f, asks[0].end()):  # "what were the losses and the number of dead"
        return True
    return len(asks) >= 2 and bool(re.search(r"\b(?:and|va)\b", f[asks[0].end() : asks[-1].start()]))


_AND_THE_NUMBER = re.compile(r"\b(?:and|va) (?:the )?(?:number|amount|total|date|so luong)\b(?: of| \w+)")


@lru_cache(maxsize=1024)
def _asks_when(question: str) -> bool:
    """A date asked of something to be done, not of a document's issue."""
    fq = fold(question)
    if _TIME_LIMIT.search(fq):  # "ban hành kế hoạch riêng trong thời hạn nào": a time limit to act
        return True
    if has_vietnamese_marks(question) and _ORDERED.search(normalize_tones(question).lower()):
        return True  # "yêu cầu các sở ban hành kế hoạch vào thời điểm nào": the departments' plans
    return not (_ASKS_OWN_DATE.search(fq) or asks_a_documents_date(fq))


_FROM_SIGNING = re.compile(r"\bhieu luc(?: thi hanh)? (?:ke )?tu ngay ky\b")
# "ai chịu trách nhiệm thi hành", "cơ quan nào thi hành", "who is responsible for implementing it"
_ASKS_EXECUTORS = re.compile(
    r"\b(?:ai|co quan nao|nhung ai|nhung co quan nao|who|which (?:bodies|agencies|officials))\b"
    r"[^?]{0,40}\b(?:thi hanh|implement\w*|execut\w*|enforc\w*|chu tri|trien khai|thuc hien|lead)\b"
    r"|\btrach nhiem thi hanh\b"
)
_ASKS_LEAD = re.compile(r"\b(?:lead\w*|chu tri|giao)\b")
# a time limit to act: "thời hạn", "by when"; or something others are required to do ("yêu cầu các sở …
# ban hành kế hoạch vào thời điểm nào": the departments' plans, not the document's own date)
_TIME_LIMIT = re.compile(r"\b(?:thoi han|han chot|deadline|by when|due)\b")
_ORDERED = re.compile(r"(?<!\w)(?:giao|yêu cầu)(?!\w)")


# What a question asks of a table row, by the column header that holds it (any language)
_ROW_ASKS = (
    (
        re.compile(r"\b(?:o dau|noi nao|dia diem|nop (?:ho so )?(?:o|tai)|where)\b"),
        re.compile(r"\bdia diem|\bnoi\b"),
    ),
    (
        re.compile(
            r"\b(?:bao lau|may ngay|bao nhieu ngay|thoi han|thoi gian|how long|how many days|time limit"
            r"|processing time|(?:how much|what) time)\b"
        ),
        re.compile(r"\bthoi han|\bthoi gian"),
    ),
    (re.compile(r"\b(?:phi|le phi|fees?|cost)\b"), re.compile(r"\bphi\b")),
    (
        re.compile(
            r"\b(?:cach thuc|hinh thuc|nop (?:the )?nao|how (?:to|can)|(?<!khoang )(?:nhung |bang )?cach nao"
            r"|(?:what|which|in what) (?:ways|channels|methods)|ways to)\b"
        ),
        re.compile(r"\bcach thuc|\bhinh thuc"),
    ),
    (re.compile(r"\b(?:can cu|legal basis)\b"), re.compile(r"\bcan cu\b")),
)


def _row_quote(lines: list[str], scores: list[float], query: Query) -> str:
    """The quote of a table row ("header: value" a line): the row's name (its first lines, the
    number and the name) and the lines whose header the question asks for, or that hold the kind of
    value asked; the whole row when no other line is asked for."""
    named = 2 if lines and re.fullmatch(r"[^:]{1,6}: \S{1,6}", lines[0]) else 1
    fq = fold(query.question)
    asked = [i for i in range(named, len(lines)) if scores[i] >= 0 and _asked_column(lines[i], fq)]
    if not asked and query.answer_type:
        asked = [i for i in range(named, len(lines)) if scores[i] >= 0]
    if not asked:
        return "\n".join(lines)
    return "\n".join(lines[i] for i in sorted({*range(named), *asked}))


def _asked_column(line: str, fq: str) -> bool:
    header = fold(line.split(":", 1)[0]) if ":" in line else ""
    return bool(header) and any(q.search(fq) and h.search(header) for q, h in _ROW_ASKS)


def _own_date(view: IndexView, chunk: Chunk, query: Query) -> re.Pattern | None:
    """The document's own date as its header prints it ("Quảng Ngãi, ngày 21 tháng 11 năm 2025"): no answer
    to a question about another date ("công bố kết quả vào ngày nào?")."""
    if (
        (query.answer_type not in ("date", "year") and query.intent != "deadline")
        or chunk.path != "preamble"
        or chunk.doc in query.docs  # "Quyết định 1627/QĐ-UBND ngày nào?": its own date is asked
        or _ASKS_OWN_DATE.search(fold(query.question))
    ):
        return None
    doc = view.docs.get(chunk.doc)
    if doc is None or not doc.date:
        return None
    return _printed_date(doc.date)


@lru_cache(maxsize=256)
def _printed_date(iso: str) -> re.Pattern:
    y, m, d = (int(x) for x in iso.split("-"))
    return re.compile(rf"(?i)ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}|(?<!\d)0?{d}/0?{m}/{y}(?!\d)")


_ASKS_OWN_DATE = re.compile(
    r"\bban hanh\b|(?<!dinh )\bky\b(?! niem| hop| thuat| nang| luat| vong)|\bissued?\b|\bsigned\b|\bdated\b|\bso hieu\b"
)


# capitals and digits ("G1", "5G", "CFS2"), not "31st", "5ha", "100m2"; "Q4" is a quarter
_CODE = re.compile(r"(?<![\w/.-])(?!Q[1-4]\b)(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6}(?![\w/-])")
_DOC_ABBREVIATION = re.compile(r"^(?:nq|qd|kh|cv|tt|nd|ct|cd|tb|bc|tw|ctr|hd|ttg|cp|ubnd|qh)\d")


# what an English question may ask for without the text naming it so: "what principle applies to …" is
# answered by a viewpoint that never says "nguyên tắc"
_GENERIC_ASKS = frozenset({"nguyên tắc"})
_TIME_COLUMN_WORDS = frozenset({"tien do", "thoi gian", "lich trinh", "thoi han"})
# a target asked is answered by the quantity a passage sets, whether or not it calls it one (read with its marks:
# "đất", "tầng" and "giám" set no quantity)
_TARGET_WORDS_EN = frozenset({"target", "targets"})
_QUANTITY = re.compile(
    r"\d+(?:[.,]\d+)?\s*%|(?<!\w)(?:ít nhất|tối thiểu|tối đa|đạt|cắt giảm|giảm|tăng)\s+(?:\w+\s+)?\d"
)


# (full and short, "(15 Nov – 15 Dec)"; capitalised, as a date prints it: "3 may apply" is no date)
_MONTH_WORD = "|".join(m.capitalize() for m in en_months.NAME.split("|"))
_EN_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORD})\b")
_EN_MONTH_DAY = re.compile(rf"\b({_MONTH_WORD})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)")


_ANY_DOCUMENT_EN = re.compile(r"\s+(?:documents?|instruments?|texts?)\b", re.I)


def unsupported_terms(
    view: IndexView,
    query: Query,
    chosen: TaskMatch | SentenceMatch,
    stated: Sequence[TaskMatch | SentenceMatch] = (),
) -> list[str]:
    """The question's salient terms that the evidence does not support: a name ("Nhật Bản", "Pháp",
    "Japan") the index never uses as a word, or uses but not in the chosen evidence; the thing asked for
    ("mức xử phạt … là bao nhiêu", "what penalty …") when the index has no such word, or (English, through
    the glossary) the chosen evidence does not say it. Topic overlap alone ("thủ tướng") is not an answer."""
    from indexer.agencies import agency_kind, find_agencies, is_known_name
    from indexer.tokenize import tokenize

    vocab = view.vocabulary
    text = query.question
    evidence = fold(_evidence_text(view, chosen))
    glossary_terms = english_terms(text) if query.lang == "en" else []
    names = name_phrases(text, _understood_spans(view, query, glossary_terms), vocab.compound)
    if query.lang == "en":  # "Party Committee", "People's Committee": English words of the domain, not names
        known = english_words()
        # ("3-level", "5-year": a number and an English word make an English word, "3 cấp", "5 năm")
        # (the month of a date with its day, "before 31 December 2025", is a time, not a name; a month alone,
        # "which day in June 2025", is what the evidence must print)
        dated = {m.group(1).lower() for m in _EN_DAY_MONTH.finditer(text)} | {
            m.group(1).lower() for m in _EN_MONTH_DAY.finditer(text)
        }
        names = [
            n
            for n in names
            if not all(
                _english_word(re.sub(r"^\d{1,3}-(?=[a-z])", "", w.lower().removesuffix("'s")), known)
                or w.lower() in dated
                for w in n.split()
            )
        ]
        # words of an English title of a document or body ("the Employment Law", "Law on Standards and
        # Technical Regulations", "the Secretariat's Regulation") name what the question points at; the
        # Vietnamese evidence cannot be checked for them
        titled = [(m.start(), m.end()) for m in _EN_TITLE.finditer(text)]
        names = [n for n in names if not any(s <= text.find(n) < e for s, e in titled if text.find(n) >= 0)]
    # an agency the gazetteer knows by this name ("Bộ VHTTDL") is understood, not a name to look for; so
    # is the country every one of these documents is about ("phong trào Việt Nam sáng - xanh - sạch - đẹp")
    names = [
        n
        for n in names
        if not is_known_name(n)
        and n.lower() not in short_form_words()
        and fold(n).replace(" ", "") != "vietnam"
        and len(n) > 1  # the letter of a code ("G" of "G2") is no name: codes are checked whole below
    ]
    # "Phó Thủ tướng Trần Hồng Hà": the person after a title is a proper name of its own
    persons = [p for p in map(_person_after_title, names) if p and p not in names]
    names += persons
    # a name the index never uses, or a proper name (every word capitalised: "Việt Nam") the evidence lacks
    # a number split where the text wraps ("69/KH-⏎UBND"): read joined
    joined = re.sub(r"(?<=\w[/-])\s+(?=\w)", "", evidence)
    missing = [
        name
        for name in names
        if (
            not vocab.knows(name)
            and not re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", evidence)
            and not re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", joined)
            and not _spelled_out(name, evidence)
        )
        or (
            len(name.split()) >= 2
            and all(w[0].isupper() for w in name.split())
            and not name.isupper()  # "LĨNH VỰC BÁO CHÍ": a heading the index prints, not a proper name
            and fold(name).replace(" ", "") not in evidence.replace(" ", "")
        )
    ]
    # the proper name of a body or of a law ("Ban Đối ngoại …", "Luật Tổ chức Chính phủ") that the gazetteer
    # does not know: its words are common ("đối ngoại", "chính phủ"), so only the name printed whole in the
    # evidence (or as its document's own title or issuer) says the evidence is about it
    # (`stated`: the other passages the answer quotes beside the chosen one)
    source = _source_doc(chosen)
    # (a person the evidence's document names elsewhere — its signer, "Phó Thủ tướng Trần Hồng Hà" of
    # "Quyết định 2597 do Phó Thủ tướng Trần Hồng Hà ký …" — is the document's; only one it never names is not)
    missing = [n for n in missing if n not in persons or not _printed_in(view, source, n)]
    # (of the topic: one thing of a comparison is not asked the other thing's names)
    topic_folded = set(fold(query.topic).split())
    proper = [
        n for n in names if n not in missing and _proper_name(n) and set(fold(n).split()) <= topic_folded
    ]
    if proper:
        said = _said_whole(view, source, evidence, stated)
        missing += [n for n in proper if re.sub(r"\s+", "", fold(n)) not in said]
    # a document number that is not one of the indexed documents' own ("Nghị quyết 197/2025/QH15 thông qua
    # ngày nào?") is something the evidence must say
    own = {fold(d.number) for d in view.docs.values() if d.number}
    for number in query.doc_numbers:
        if fold(number) not in own and fold(number) not in joined and number not in missing:
            missing.append(number)
    # a code of letters and digits the topic names ("trò chơi điện tử G1", "hạ tầng 5G") tells one thing
    # from its neighbours ("G2, G3, G4"): the evidence must print it; a short document reference
    # ("NQ66") names the document, not the thing
    topic_words = set(fold(query.topic).split())
    for code in _CODE.findall(text):
        key = fold(code)
        if (
            key in topic_words
            and not _DOC_ABBREVIATION.match(key)
            and not re.search(rf"(?<!\w){key}(?!\w)", evidence)
        ):
            if code not in missing:
                missing.append(code)
    # an agency the question names ("Sở Y tế hướng dẫn …", "giao Sở Tư pháp chủ trì chỉ tiêu nào") must be
    # named by the evidence, or the evidence is about someone else
    # (a listing deferred to the passages — "What does … ask the Ministry of Foreign Affairs to do?" —
    # too)
    named = [a for a in query.agencies if _specific(a)]
    if source is not None:
        # "thủ tục … tại Sở VHTTDL Cao Bằng": where the thing is done, which the evidence's document names
        named = [a for a in named if not (_said_as_place(text, a) and view.names_agency(a, {source}))]
    if named and query.intent not in ("period_tasks", "compare"):
        if not _names_any(view, chosen, named, evidence):
            missing.append(named[0])
    if isinstance(chosen, SentenceMatch) and query.intent not in ("period_tasks", "compare"):
        # "Sở NN&MT hoàn thành … trước ngày nào?" is not answered by another body's duty that reports to it
        # ("… tổng hợp báo cáo về Sở Nông nghiệp và Môi trường"): the one who does it is named as doing
        # something, or heads the passage
        bodies = [a for a in query.agencies if agency_kind(a) not in ("collective", "local")]
        for agency in _subjects(text, bodies, printed_only=True):
            if agency not in missing and _only_as_recipient(agency, evidence):
                missing.append(agency)
    # a body the evidence's document never names ("Tỉnh ủy giao Ban Nội chính Tỉnh ủy nhiệm vụ gì?" of a
    # letter that does not speak to it): the document does not answer for it
    if query.intent != "compare" and source is not None:
        for agency in query.agencies:
            if (
                agency not in missing
                and agency_kind(agency) not in ("collective", "local")
                # People's Councils and Committees are named in many ways ("UBND các tỉnh, thành phố")
                and not agency.startswith(("UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân"))
                and find_agencies(agency) == [agency]
                and not view.names_agency(agency, {source})
            ):
                missing.append(agency)
    # (not where a national document was signed: "Hà Nội, ngày 27 tháng 11 năm 2025" of its heading)
    undated = _DATELINE.sub(" ", evidence)
    for place in query.must_mention:
        if fold(place) not in undated and place not in missing:
            missing.append(place)
    named = _named_things(text, vocab)
    if named:
        # "Quỹ nhà ở địa phương" is not "Quỹ nhà ở trung ương": a named fund, portal or centre the index also
        # prints with another ending must be printed whole where the answer stands (or be its document's);
        # one of this question's topic (not the other thing compared), and no document's title ("Nghị định
        # về Quỹ nhà ở quốc gia" names the document)
        topic_said = set(fold(query.topic).split())
        titles = [" ".join(fold(d.title or "").split()) for d in view.docs.values()]
        said = _said_whole(view, source, evidence)
        missing += [
            n
            for n in named
            if len(set(fold(n).split()) - topic_said) <= 1
            and not any(re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", t) for t in titles)
            and re.sub(r"\s+", "", fold(n)) not in said
            and n not in missing
        ]
    if query.lang == "en" and isinstance(chosen, (SentenceMatch, TaskMatch)):
        # "the civil status (hộ tịch) data", "the mid-term review (sơ kết)", "Vietnam Law Day (Ngày Pháp
        # luật)": the document's own word for the thing asked, which the passage (or the headings it stands
        # under, or the row) must print (a body's name is checked as a body's; a row's column names are not
        # its text)
        for glossed in _GLOSSED_VI.findall(text):
            glossed = glossed.strip(" “”\"'‘’")
            if _NOT_A_GLOSS.search(glossed):
                continue  # "(not 'Thường xuyên')", "(e.g. …)": an aside, not the thing's own name
            key = " ".join(fold(glossed).split())
            if isinstance(chosen, TaskMatch) and _COLUMN_WORDS.search(key):
                continue  # "(chủ trì)", "(thời gian thực hiện)": the column asked
            if (
                key
                and not is_known_name(glossed)
                and not find_agencies(glossed)
                and not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", evidence)
                and glossed not in missing
            ):
                missing.append(glossed)
    spans = english_term_spans(text) if query.lang == "en" else ()
    # "Which Party action programme …", "which central decision": the Party (or the centre) right before a kind
    # of document names its issuer (its level); the kind is what is asked (not "which digital transformation
    # plan": the words say which plan)
    # ("Which Party Central resolutions": a run of such words, each right before the next, before the kind)
    # ("which local party document": the level before the Party is the document's too)
    levels = ("dang", "trung uong", "dia phuong")
    qualifiers: set[str] = set()
    for i, (start, end, term) in enumerate(spans):
        # ("which central document does … implement": a document of no kind named, after its level)
        if fold(term.vi[0]) in levels and _ANY_DOCUMENT_EN.match(text, end):
            qualifiers.add(text[start:end])
            j = i - 1
            while (
                j >= 0
                and not text[spans[j][1] : spans[j + 1][0]].strip()
                and fold(spans[j][2].vi[0]) in levels
            ):
                qualifiers.add(text[spans[j][0] : spans[j][1]])
                j -= 1
    for i, (_, _, term) in enumerate(spans):
        if term.kind != "doc":
            continue
        j, start = i - 1, spans[i][0]
        while j >= 0 and not text[spans[j][1] : start].strip() and fold(spans[j][2].vi[0]) in levels:
            qualifiers.add(text[spans[j][0] : spans[j][1]])
            j, start = j - 1, spans[j][0]
    for phrase, term in glossary_terms:
        # the lexicon's general words ("what share", "which types") frame the question; the glossary's
        # terms ("what penalty") are what it asks for
        # ("which provincial departments …": the answer names departments, not the collective)
        if term.vi[0] in FORM_TERMS or term.vi[0] in _GENERIC_ASKS or term.kind in ("time", "word", "agency"):
            continue
        if term.kind == "country" and not any(word_pattern(fold(form)).search(evidence) for form in term.vi):
            missing.append(phrase)  # "legal cooperation with Lao provinces": a country is a name
            continue
        asked = (
            compiled(ASKED_HEAD_EN + re.escape(phrase) + r"(?!\w)").search(text) and phrase not in qualifiers
        ) or compiled(ASKED_THE_EN + re.escape(phrase) + r"(?!\w)" + ASKED_THE_END_EN).search(text)
        if asked and fold(term.vi[0]) in _DOCUMENT_CLASSES and _CITES_DOCUMENT.search(evidence):
            continue  # "Which legal instruments …": documents cited by kind and number are such
        if asked and query.answer_type == "proposal" and fold(term.vi[0]) in ("to trinh", "de nghi"):
            continue  # "Which submission …": the proposal sentence is it, whatever it calls the document
        if asked and query.answer_type == "legal_basis" and fold(term.vi[0]) == "can cu":
            continue  # "What is the legal basis …": of a plan that prints no "Căn cứ", what it carries out
        if (
            asked
            and isinstance(chosen, TaskMatch)
            and query.intent == "deadline"
            and fold(term.vi[0]) in _TIME_COLUMN_WORDS
        ):
            continue  # "what schedule is set for …": the row's time column is its schedule, whatever it prints
        if asked and phrase.lower() in _TARGET_WORDS_EN and _QUANTITY.search(_evidence_text(view, chosen)):
            continue  # "what is the reduction target …": a quantity set ("cắt giảm ít nhất 30 điều kiện") is one
        if asked and not any(
            fold(form) in evidence or _cited_by_code(fold(form), evidence) for form in term.vi
        ):
            missing.append(phrase)
    if isinstance(chosen, TaskMatch) and query.intent in TASK_INTENTS:
        # "When is the Phú Thọ provincial workshop … scheduled?": an event the question names (a workshop, a
        # conference, a contest) is what the row must be about, not a row on the same resolution
        fq = fold(text)
        events = {e for e in _EVENTS if re.search(rf"\b{e}\b", fq)}
        events |= {fold(term.vi[0]) for _, term in glossary_terms if fold(term.vi[0]) in _EVENTS}
        for event in sorted(events):
            if not re.search(rf"\b{event}\b", evidence) and _EVENTS[event] not in missing:
                missing.append(_EVENTS[event])
    # (a row's field asked — "Kết quả thực hiện mong đợi của nhiệm vụ … là gì?" — is named by its column, in
    # the asker's words: not a thing the text must print)
    field_of_row = isinstance(chosen, TaskMatch) and query.intent in _ASKED_CELLS
    if query.lang == "vi" and has_vietnamese_marks(text) and not field_of_row:
        # a quoted task name is what the question is about, not what it asks for
        low = re.sub(r"[“\"«][^”\"»]*[”\"»]", " ", normalize_tones(text).lower()).strip(" ?.!")
        low = " ".join(low.split())
        content = terms(query.topic).unigrams
        for pattern in ASKED_HEAD_VI:
            m = pattern.match(low)
            if m is None:
                continue
            head = HEAD_END_VI.sub("", m.group("head").rsplit(",", 1)[-1]).strip()
            words = [
                t for t in tokenize(head) if all(s in content for s in terms(t.replace("_", " ")).unigrams)
            ]
            # fields every document has (its number, date, issuer, signer) are known to the index as metadata
            words = [w for w in words if fold(w.replace("_", " ")) not in _METADATA_WORDS]
            words = words[:2]  # the head noun ("mức xử phạt"), not the whole subject
            if any(not vocab.knows(w.replace("_", " ")) for w in words if not w.isdigit()):
                missing.append(head)
            break
    return missing


def _cited_by_code(kind: str, evidence: str) -> bool:
    """Whether the (folded) evidence cites a document of this (folded) kind by a number that carries the kind's
    code ("van ban so 2208/ttr-stp" for "to trinh"; a công văn carries its issuer's code, not its kind's)."""
    code = special.KIND_CODES.get(kind, "")
    return code.isalpha() and re.search(rf"\d[\w.]*(?:/{code}-|-{code}/)\w", evidence) is not None


# (folded) events a task may be: the row asked about must name the one the question names
_EVENTS = {fold(e): e for e in ("hội thảo", "hội nghị", "tọa đàm", "cuộc thi", "hội thi", "diễn đàn")}
# (folded) a class of documents asked for, and a document the evidence cites by its kind and number
_DOCUMENT_CLASSES = frozenset({"van ban quy pham phap luat", "van ban"})
_CITES_DOCUMENT = re.compile(
    r"\b(?:luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|cong van|chuong trinh)(?: so)? \d"
)


# "Quý IV", "Quí III/2025", "Tháng 6": a period the question names, understood as a period, not a name
_PERIOD_NAME = re.compile(r"(?i)\b(?:qu[ýíyi]|tháng|thang)\s+(?:IV|III|II|I|\d{1,2})\b")


_EN_KINDS = (
    r"Law|Code|Decree|Resolution|Decision|Circular|Directive|Regulations?|Dispatch|Strategy|Programme|Program"
    r"|Scheme|Project|Plan|Ministry|Department|Committee|Secretariat|Office|Agency|Fund|Commission|Council"
)
_EN_TITLE = re.compile(
    rf"(?:(?:[A-Z][\w'’-]*|of|and|on|for|the)\s+)*(?:{_EN_KINDS})(?:'s)?(?:\s+(?:on|of|for)\s+"
    rf"(?:(?:[A-Z][\w'’-]*|and|the|of|on|for|,)\s*)+)?"
)


# the endings of English words ("Elimination", "Management"): a capitalised word of an English title, no name
_EN_ENDING = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ical|ative|ility)s?")


def _spelled_out(name: str, evidence: str) -> bool:
    """Whether a short form in capitals ("XHCN", "DNNVV") is printed in full in the (folded) evidence: words in
    a row within one phrase (no punctuation between) whose first letters spell it ("xã hội chủ nghĩa").
    Four letters at least: three match common runs of words ("trong công tác" for "TCT")."""
    letters = fold(name).replace(" ", "")
    if not (name.isupper() and name.isalpha() and 4 <= len(letters) <= 6):
        return False
    for phrase in re.split(r"[^\w\s]+", evidence):
        initials = "".join(w[0] for w in phrase.split())
        if letters in initials:
            return True
    return False


def _english_word(word: str, known) -> bool:
    return word in known or bool(_EN_ENDING.fullmatch(word))


_KIND_SHORT = re.compile(
    r"(?<!\w)(?:QĐ|QD|NQ|NĐ|ND|TT|KH|CV|CT|CĐ|CD|TB|HD|QH)(?:-[^\W\d_]+)*(?=\s*(?:số\s*|so\s*)?\d)",
    re.IGNORECASE,
)


_PLACE_WORD_EN = re.compile(r" (?:City|city|Province|province)\b")


@lru_cache(maxsize=1)
def _named_places_en() -> re.Pattern[str]:
    """A province's or city's name, in any of its forms, followed by the English word for it ("Hồ Chí Minh City",
    "Lai Chau Province")."""
    names = sorted(_place_forms(), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in names)}){_PLACE_WORD_EN.pattern}")


def _understood_spans(view: IndexView, query: Query, glossary_terms) -> list[tuple[int, int]]:
    """Where the question names a place, a document number, an agency or a glossary term: understood
    already, so not a name to look for."""
    text = query.question
    extra = [d.scope for d in view.docs.values() if d.scope]
    # (with the English word after a place's name: "Hồ Chí Minh City", "Lai Chau Province")
    spans = [
        (s, e + (m.end() if (m := _PLACE_WORD_EN.match(text[e:])) else 0))
        for _, s, e in find_provinces(text, extra)
    ]
    # ("Hồ Chí Minh City", whose bare name needs "thành phố" before it to be read as the place)
    spans += [m.span() for m in _named_places_en().finditer(text)]
    spans += [(m.start(), m.end()) for m in DOC_NUMBER.finditer(text)]
    spans += [(m.start(), m.end()) for m in _PERIOD_NAME.finditer(text)]
    # the short name of a document's kind before its number ("Phụ lục QĐ 2597", "NQ 66")
    spans += [(m.start(), m.end()) for m in _KIND_SHORT.finditer(text)]
    # an English question capitalises the words of what it names ("Certificate of Free Sale"): read
    # through the glossary or the lexicon, they are understood
    # (an agency as the question prints it, marks or none: "So Tu phap" for "Sở Tư pháp")
    from indexer.agencies import printed_agencies

    for phrase in [
        *query.agencies,
        *printed_agencies(text, of=query.agencies),
        *(p for p, _ in glossary_terms),
    ]:
        spans += [
            (m.start(), m.end()) for m in compiled(rf"(?i)(?<!\w){re.escape(phrase)}(?!\w)").finditer(text)
        ]
    return spans


_LAW_HEAD = re.compile(
    r"(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Quy định)\s+\w"
)


def _proper_name(name: str) -> bool:
    """A name of two or more words that opens like a body's ("Ban Đối ngoại", "Cục Điện ảnh") or a law's
    ("Luật Tổ chức Chính phủ") and goes on with a capitalised word."""
    from indexer.agencies import looks_like_agency

    name = _TITLE_HEAD.sub("", name)  # "Trưởng Ban Chỉ đạo": the body whose head is asked
    words = name.split()
    if len(words) < 2 or not words[1][0].isupper():
        return False
    return looks_like_agency(name) or bool(_LAW_HEAD.match(name))


_TITLE_HEAD = re.compile(
    r"^(?:Phó |Tổng )?(?:Trưởng|Thủ trưởng|Giám đốc|Chủ tịch|Chủ nhiệm|Bí thư|Chánh|Thứ trưởng|Bộ trưởng)"
    r" (?=[^\W\d_])"
)


def _printed_in(view: IndexView, doc: str | None, name: str) -> bool:
    """Whether the document prints `name` (folded, across line breaks) in any of its passages."""
    if doc is None:
        return False
    key = re.sub(r"\s+", "", fold(name))
    return any(key in re.sub(r"\s+", "", view.folded(c)) for c in view.clause_chunks_by_doc.get(doc, ()))


def _source_doc(chosen) -> str | None:
    if isinstance(chosen, TaskMatch):
        return chosen.task.doc
    if isinstance(chosen, SentenceMatch):
        return chosen.chunk.doc
    return None


def _said_as_place(question: str, agency: str) -> bool:
    """Whether the question names the agency as where something is done ("tại Sở …", "at the …")."""
    from indexer.agencies import find_agencies

    folded = fold(question)
    # (and a procedure's owner: "quy trình nội bộ thủ tục … của Sở VHTTDL Cao Bằng" is done there)
    for m in re.finditer(
        r"\b(?:tai|o|at|in)\s+(?:the\s+)?|\b(?:quy trinh|thu tuc|procedures?)\b(?:[ ,]+\w+){0,12}?[ ,]+(?:cua|thuoc|of)\s+",
        folded,
    ):
        if agency in find_agencies(question[m.end() : m.end() + 60])[:1]:
            return True
    return False


def _specific(agency: str) -> bool:
    """A department or ministry of its own ("Sở Y tế", "Bộ Tài chính"), not a collective or a People's
    Committee that every document of a place speaks for."""
    from indexer.agencies import agency_kind

    return agency_kind(agency) == "department" or (agency.startswith("Bộ ") and agency_kind(agency) == "body")


def _names_any(view: IndexView, chosen, agencies, evidence: str) -> bool:
    """Whether the evidence (with its headings and document) names one of `agencies`, in any variant."""
    from indexer.agencies import find_agencies

    if any(fold(a) in evidence for a in agencies):
        return True
    if isinstance(chosen, TaskMatch):
        named = {*chosen.task.lead_ids, *chosen.task.coordinating_ids}
    else:
        named = set()
    doc = view.docs.get(chosen.task.doc if isinstance(chosen, TaskMatch) else chosen.chunk.doc)
    if doc is not None and doc.issuer:
        named |= set(find_agencies(doc.issuer))
    named |= set(find_agencies(_evidence_text(view, chosen)))
    return any(a in named for a in agencies)


# a thing named by a capitalised head inside a sentence ("… của Quỹ nhà ở địa phương là …")
_NAMED_HEAD = re.compile(r"(?:^|(?<=\s))(?:Quỹ|Cổng|Trung tâm|Kho|Nền tảng|Hệ thống|Sàn)\s+(?=[^\W\d_])")
_NAME_STOP = frozenset(
    "là của có được do cho trong theo và với về bao nào gì tại thì phải đã sẽ nhằm để".split()
)


def _named_things(question: str, vocab) -> list[str]:
    """The longest phrases (head and up to five words) the question names that some passage prints whole,
    and that the index also prints with another last word ("Quỹ nhà ở địa phương" / "… trung ương"); not
    inside brackets (an aside), nor with a short form in capitals ("… giải quyết TTHC")."""
    if not has_vietnamese_marks(question):
        return _named_things_unmarked(question, vocab)
    aside = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", question)]
    out = []
    for m in _NAMED_HEAD.finditer(question):
        if any(s <= m.start() < e for s, e in aside):
            continue
        words = []
        for w in re.findall(r"[\w-]+|[^\w\s]", question[m.end() :])[:5]:
            if not re.match(r"\w", w) or w.lower() in _NAME_STOP or (w.isupper() and len(w) > 1):
                break
            words.append(w)
        for n in range(len(words), 1, -1):
            name = f"{m.group(0).strip()} {' '.join(words[:n])}"
            if vocab.prints(name):
                if vocab.ends_otherwise(name, after=len(m.group(0).split()) + 1):
                    out.append(name)
                break
    return out


_NAMED_HEAD_FOLDED = re.compile(r"(?:^|(?<=\s))(?:quy|cong|trung tam|nen tang|san)\s+(?=[a-z])")
# (typed without marks, "quy" is mostly "quy định", "cong" "công tác": the head as the documents print it
# tells a fund or a portal; "kho", "hệ thống" are too often common words to count here)
_NAMED_HEAD_MARKED = ("quỹ ", "cổng ", "trung tâm ", "nền tảng ", "sàn ")
_NAME_STOP_FOLDED = frozenset(fold(w) for w in _NAME_STOP)


def _named_things_unmarked(question: str, vocab) -> list[str]:
    """`_named_things` of a question typed without marks: a phrase of the head and two words or more counts
    when the passages print it in one way only ("cong phap luat" is only ever "cổng pháp luật"), which is
    then the name looked for. (Typed without marks, "cong" may be any of "cổng", "công", "cộng": the name
    printed whole tells which, so it need not also end otherwise elsewhere.)"""
    low = fold(re.sub(r"\([^()]*\)", " ", question))
    out = []
    for m in _NAMED_HEAD_FOLDED.finditer(low):
        words = []
        for w in re.findall(r"[\w-]+|[^\w\s]", low[m.end() :])[:5]:
            if not re.match(r"\w", w) or w in _NAME_STOP_FOLDED:
                break
            words.append(w)
        for n in range(len(words), 1, -1):
            forms = vocab.marked_forms(f"{m.group(0).strip()} {' '.join(words[:n])}")
            if not forms:
                continue
            if len(forms) == 1 and next(iter(forms)).startswith(_NAMED_HEAD_MARKED):
                out.append(next(iter(forms)))
            break
    return out


_COLUMN_WORDS = re.compile(
    r"\b(?:chu tri|chu quan|dau moi|phoi hop|thoi gian|thoi han|tien do|ket qua|san pham|co quan|don vi|nhiem vu"
    r"|hinh thuc)\b"
)
_NOT_A_GLOSS = re.compile(r"(?i)\b(?:not|or|and|the|of|e\.g|i\.e|other than|except|such as)\b|[\"“”'‘’]")
# a Vietnamese phrase an English question prints in brackets after its own words ("civil status (hộ tịch)")
_GLOSSED_VI = re.compile(r"\(\s*([^()\d]*?[^\W\x00-\x7f][^()\d]*?)\s*\)")


_NAMES_A_DOCUMENT = re.compile(
    r"(?:luat|bo luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|cong van|cong dien|quy dinh"
    r"|chuong trinh|de an)\b"
)
GLOSS_UNSAID = 0.55  # the share of its score a record keeps that does not print the question's gloss


def _glosses(question: str) -> list[str]:
    """The Vietnamese words an English question glosses its own with, folded ("(pháp chế)" → "phap che");
    not a body's name, nor a column's."""
    from indexer.agencies import find_agencies, is_known_name

    out = []
    for glossed in _GLOSSED_VI.findall(question):
        glossed = glossed.strip(" “”\"'‘’")
        key = " ".join(fold(glossed).split())
        if (
            key
            and not _NOT_A_GLOSS.search(glossed)
            and not _COLUMN_WORDS.search(key)
            and not is_known_name(glossed)
            and not find_agencies(glossed)
            and not find_provinces(glossed)  # "(tỉnh Lai Châu)", "(Hà Nội)": a place
            and not _NAMES_A_DOCUMENT.match(key)  # "(Luật Việc làm)": a document's name
        ):
            out.append(key)
    return out


def _glossed_first(glosses: list[str], tasks: list, sentences: list) -> tuple[list, list]:
    """(tasks, sentences) re-ranked: when some record prints a gloss, those that print none keep GLOSS_UNSAID
    of their score."""

    def says(text: str) -> bool:
        folded = fold(text)
        return any(re.search(rf"(?<!\w){re.escape(g)}(?!\w)", folded) for g in glosses)

    task_says = [says(f"{m.task.name} {m.task.group_title} {task_text(m.task)}") for m in tasks]
    sentence_says = [says(f"{m.chunk.text} {m.chunk.context}") for m in sentences]
    return favoured(tasks, sentences, task_says, sentence_says, GLOSS_UNSAID)


def _said_whole(view: IndexView, source: str | None, evidence: str, stated=()) -> str:
    """The (folded) evidence, its document's kind, title and issuer, and the other passages stated, with every
    whitespace out (a line break inside a cell is no part of a name): where a name must stand whole."""
    doc = view.docs.get(source or "")
    own_names = fold(f"{doc.kind} {doc.title} {doc.issuer or ''}") if doc else ""
    return re.sub(
        r"\s+", "", " ".join([evidence, own_names, *(fold(_evidence_text(view, m)) for m in stated)])
    )


def _person_after_title(phrase: str) -> str:
    """The capitalised name (two to four words) that ends a phrase opening with a title written partly in
    lower case ("Phó Thủ tướng Trần Hồng Hà" → "Trần Hồng Hà"), or ""."""
    words = phrase.split()
    for i in range(1, len(words) - 1):
        rest = words[i:]
        if (
            2 <= len(rest) <= 4
            and all(w[0].isupper() and not w.isupper() for w in rest)
            and _PERSON_TITLE.search(fold(" ".join(words[:i])))
        ):
            return " ".join(rest)
    return ""


# a title a person's name follows ("Phó Thủ tướng", "Bộ trưởng", "đồng chí"), at the end of what precedes it
_PERSON_TITLE = re.compile(
    r"\b(?:thu tuong|bo truong|thu truong|chu tich|giam doc|bi thu|dong chi|ong|ba|truong ban|chanh van phong"
    r"|tong bi thu|cuc truong|vu truong|chanh an|vien truong)$"
)


# a document's dateline, folded: the place it was signed and its date ("ha noi, ngay 27 thang 11 nam 2025")
_DATELINE = re.compile(r"(?<!\w)[\w ]{2,30}, ngay\s*(?:\d{1,2}|\.+|…)?\s*thang\s*\d{0,2}\s*nam\s*\d{4}")


def _evidence_text(view: IndexView, chosen: TaskMatch | SentenceMatch) -> str:
    """What the chosen evidence says, with where it stands (headings, document title)."""
    if isinstance(chosen, TaskMatch):
        doc = view.docs.get(chosen.task.doc)
        notes = _row_notes(view, chosen.task)  # (the footnotes its cells point to say more about it)
        return f"{task_text(chosen.task)} {chosen.task.group_title} {doc.title if doc else ''} {notes}"
    doc = view.docs.get(chosen.chunk.doc)
    return f"{chosen.chunk.text} {chosen.chunk.context} {doc.title if doc else ''}"


# capitalised words of a question that name where or what kind, not the thing asked ("Phụ lục", "Kế hoạch")
_FRAME_WORDS = frozenset(
    normalize_tones(w)
    for w in "phụ lục mục điều khoản chương phần nhóm bảng kế hoạch quyết định nghị thông tư chỉ thị công văn "
    "điện luật trình đề án tỉnh thành phố ủy ban nhân dân hội đồng quốc trung ương".split()
)


def tone_mismatch(view: IndexView, query: Query, chosen: TaskMatch | SentenceMatch) -> str | None:
    """The topic's rarest word (as printed, with its tone marks) when the evidence holds it only under other
    marks: folded, "cổng" (a portal) is "công", so "Cổng pháp luật" seems covered by any "… công … pháp
    luật". Only words the question prints with marks count (one typed without them may stand for any); an
    English question's topic is the glossary's Vietnamese, printed with its marks."""
    if not has_vietnamese_marks(query.topic):
        return None
    asked = [w for w in re.findall(r"\w+", normalize_tones(query.topic).lower()) if not w.isdigit()]
    df = view.marked_df
    # the word names a thing: printed with a capital inside the question ("hoàn thành Cổng pháp luật");
    # a common word's marks vary by spelling ("hằng năm" / "hàng năm") and are left to coverage
    # (not the question's first word, capitalised as any sentence opens; an English question's topic is
    # the glossary's Vietnamese, every word of it)
    if query.lang == "en":
        printed = [m.group(0) for m in re.finditer(r"\w+", normalize_tones(query.topic))]
    else:
        printed = [m.group(0) for m in re.finditer(r"(?<=\w )\w+", normalize_tones(query.question))]
    capitalised = {w.lower() for w in printed if w[0].isupper()}
    marked = [w for w in asked if fold(w) != w and len(w) > 1 and w in capitalised]
    if not marked:
        return None
    # (a word the index never prints is for the name checks; an agency's name is a slot of its own)
    slots = {w for a in query.agencies for w in normalize_tones(a).lower().split()} | _FRAME_WORDS
    printed = [w for w in marked if df.get(w, 0) and w not in slots]
    if not printed:
        return None
    rarest = min(printed, key=lambda w: (df[w], asked.index(w)))
    commoner = [w for w in asked if fold(w) == fold(rarest) and w != rarest]
    if commoner:
        return None  # the topic prints the other form too
    evidence = normalize_tones(_evidence_text(view, chosen)).lower()
    words = set(re.findall(r"\w+", evidence))
    if rarest in words or fold(rarest) not in {fold(w) for w in words}:
        return None  # said as asked, or not at all (coverage speaks for a missing word)
    return rarest


def related_sentence(view: IndexView, task: Task, cites: compose.CitationList, lang: str) -> str:
    """A sentence about a body clause of the same document that assigns the same task, if any (its
    citation added to `cites`); "" when none does."""
    from indexer.agencies import find_agencies

    name = task.name
    for _, start, end in sorted(find_provinces(name), key=lambda p: -p[1]):
        name = name[:start] + " " + name[end:]
    name_terms = terms(name)
    if len(name_terms.unigrams) < 2:
        return ""
    weights = view.stats.weights(name_terms)
    best: tuple[float, Clause] | None = None
    for clause in view.clauses(task.doc):
        if clause.kind != "clause" or len(clause.text) > 3000:
            continue
        cov = view.stats.coverage(name_terms, terms(clause.text), weights)
        if cov >= RELATED_MIN and (best is None or (cov, -len(clause.text)) > (best[0], -len(best[1].text))):
            if find_agencies(clause.text):
                best = (cov, clause)
    if best is None:
        return ""
    clause = best[1]
    sentences = best_sentences(view.stats, name_terms, clause.text, k=1)
    quote = sentences[0][1] if sentences and len(clause.text) > 400 else clause.text
    n = cites.clause(clause, quote)
    return say(lang, "related_clause", label=clause.label, quote=compose.short_quote(quote), n=n)


def hinted_docs(query: Query, names: set[str], docs: dict) -> set[str]:
    """Those of the documents that the question's kind and issuer words ("công văn", "tỉnh ủy") name
    best; none when no word names any."""

    # "the draft resolution amending …" names a draft of another kind than a draft letter in the index
    drafted = _DRAFT_OF.search(fold(query.question))
    drafted_kind = KIND_WORDS.get(drafted.group(1), "") if drafted else ""

    def hint_score(name: str) -> int:
        text = _doc_text(docs[name])
        return sum(
            1
            for hint in query.doc_hints
            if fold(hint) in text
            # ("the draft Government resolution" names the draft a task is about: only a document that is itself
            # a draft of that kind is named by it)
            and not (
                fold(hint) == "du thao"
                and drafted_kind
                and (drafted_kind not in fold(docs[name].kind or "") or not docs[name].draft)
            )
        )

    best = max((hint_score(n) for n in names), default=0)
    return {n for n in names if best and hint_score(n) == best}


_DRAFT_OF = re.compile(
    # ("the draft Government resolution", "dự thảo Nghị quyết của Chính phủ": its issuer may stand between)
    r"\b(?:du thao|draft) (?:(?:government|party|national assembly|ministry|prime minister)(?:'s|s)? )?("
    + "|".join(sorted(KIND_WORDS, key=len, reverse=True))
    + r")\b"
)


def _doc_text(d) -> str:
    """What a document hint is matched against: kind, title, issuer, draft status (folded)."""
    return fold(f"{d.kind} {d.title} {d.issuer or ''} {'dự thảo' if d.draft else ''}")


@lru_cache(maxsize=50_000)
def _names_agency(text: str) -> bool:
    from indexer.agencies import names_a_body

    return names_a_body(text)
