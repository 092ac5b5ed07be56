"""The numbered documents one document cites in its text: "Kế hoạch Hà Tĩnh yêu cầu thực hiện nghiêm những nghị
định, quyết định nào?", "Ngoài Nghị quyết 66 và Chương trình 95-CTr/TU, kế hoạch của Hải Phòng còn dẫn chiếu những
văn bản có số hiệu nào?", "Which decrees does the plan tell agencies to comply with?" — every reference the text
prints by its kind and number ("Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 của Chính phủ …"), once each, in the
order the text first names them, each quoted with the words that say what it is and cited to its lines.

What the question narrows by, from its own words:
- the kinds it names ("nghị định", "quyết định"; "decrees", "decisions"); "văn bản", "documents": any kind;
- "thực hiện nghiêm", "tuân thủ", "comply with", "strictly implement": only the references a sentence asks to be
  carried out strictly (all of them when no sentence says so);
- the issuer it names with a kind ("những nghị quyết của Bộ Chính trị nào", "Party documents"): the references of
  that issuer, by the words after them or their number's suffix ("/TW", "-CP", "-TTg");
- "ngoài …", "apart from …": the documents it names there are set aside (by their numbers);
- a part named by its title ("phần Tổ chức thực hiện") or "preamble": only the passages there; words of its own
  ("về hợp tác quốc tế"): the passages about them.
Not "căn cứ": the legal bases of the preamble are read elsewhere (assistant.special).

Reads the index view only (passages); never the documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant import compose
from assistant.index_view import IndexView, titles_above
from assistant.matching import hinted_docs, section_named, under_title
from assistant.messages import lang_of, say
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import KIND_WORDS, Query
from indexer.records import Chunk
from indexer.text import fold

MIN_CITED = 2  # one document named is a fact of its own, not a list
MAX_QUOTE_WORDS = 30  # a reference is quoted up to where its title ends, at most this many words

# the kinds of document a reference prints before its number, as printed (any case)
_PRINTED_KINDS = (
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Nghị định",
    "Nghị quyết",
    "Quyết định",
    "Thông tư liên tịch",
    "Thông tư",
    "Chỉ thị",
    "Kết luận",
    "Quy định",
    "Quy chế",
    "Chương trình hành động",
    "Chương trình",
    "Kế hoạch",
    "Công văn",
    "Công điện",
    "Hướng dẫn",
    "Thông báo",
    "Thông tri",
)
_KIND_RE = "|".join(re.escape(k) for k in _PRINTED_KINDS)
# a document number: digits, then "/" or "-" parts, one of which has a capital ("80/2025/NĐ-CP", "66-NQ/TW",
# "45-CTr/TU", "32/2023/UBTVQH15")
_NUMBER = r"\d{1,5}(?:/\d{4})?[/-](?=[\w/-]*[A-ZĐ])[\wĐđ]+(?:[/-][\wĐđ]+)*"
# a law names itself before its number: "Luật Tổ chức Chính phủ số 63/2025/QH15"
_REFERENCE = re.compile(
    rf"(?<!\w)({_KIND_RE})\s+(?:số\s+)?({_NUMBER})"
    # (a law by its capitalised name before its number, no other document named between: not "luật về nhà ở và
    # Nghị quyết số 201/2025/QH15", nor "luật tại Báo cáo số 3618")
    rf"|(?-i:(?<!\w)(Luật|Bộ luật)\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])(?:(?!(?:{_KIND_RE}|Báo cáo|Tờ trình)\b)[^\s;.()|]+\s+){{1,12}}?số\s+({_NUMBER}))",
    re.IGNORECASE,
)
# where a reference's own words end: a clause or sentence mark, a bracket, or another document named after a
# comma or "và"
_QUOTE_END = re.compile(
    rf"[;:|]|\.(?=\s|$)|\s[(\[]|\)|,\s+(?:các\s+)?(?:{_KIND_RE})\b|\s+(?:và|hoặc)\s+(?:các\s+)?(?:{_KIND_RE})\b",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:\s+(?:của|tại|theo|và|về|số|ngày|các|hoặc|,))+\s*$", re.IGNORECASE)

# the kinds a question asks for (folded), with the English words for them
_ASKED_KINDS = {
    "bo luat": ("bo luat", "codes"),
    "luat": ("luat", "laws"),
    "nghi dinh": ("nghi dinh", "decrees"),
    "nghi quyet": ("nghi quyet", "resolutions"),
    "quyet dinh": ("quyet dinh", "decisions"),
    "thong tu": ("thong tu", "circulars"),
    "chi thi": ("chi thi", "directives"),
    "ket luan": ("ket luan", "conclusions"),
    "quy dinh": ("quy dinh", "regulations"),
    "chuong trinh": ("chuong trinh", "programmes", "programs"),
    "ke hoach": ("ke hoach", "plans"),
    "cong van": ("cong van", "official letters", "letters"),
}
_ANY_KIND = (
    "van ban",
    "van ban quy pham phap luat",
    "van ban phap luat",
    "van ban qppl",
    "documents",
    "legal documents",
    "legal instruments",
    "texts",
)
_KIND_WORDS = "|".join(
    sorted({w for forms in _ASKED_KINDS.values() for w in forms} | set(_ANY_KIND), key=len, reverse=True)
)
# a run of kinds asked ("những nghị định của Chính phủ và quyết định của Thủ tướng nào", "which Government decrees
# and Prime Minister's decisions"): each kind may carry its issuer
_OWNER = r"(?:\s+(?:cua\s+)?(?:chinh phu|thu tuong(?: chinh phu)?|bo chinh tri|trung uong|quoc hoi|bo \w+|tinh uy|ubnd tinh))?"
_EN_OWNER = r"(?:(?:government|prime minister'?s?|politburo|party|central|national assembly|ministry)\s+)?"
_ASKED_VI = re.compile(
    rf"\b(?:nhung|cac)\s+((?:{_KIND_WORDS}){_OWNER}(?:\s*(?:,|va|hoac)\s*(?:{_KIND_WORDS}){_OWNER})*)"
    r"(?:\s+(?:duoc danh so|co so hieu|(?:duoc )?(?:neu|nhac|dan) (?:ro|ten|so hieu)))?\s+(?:nao|gi)\b"
)
_ASKED_EN = re.compile(
    rf"\b(?:which|what)\s+(?:other\s+)?(?:numbered\s+)?((?:{_EN_OWNER}(?:{_KIND_WORDS}))"
    rf"(?:\s*(?:,|and|or)\s*{_EN_OWNER}(?:{_KIND_WORDS}))*)\b"
)
# that the document cites them: "viện dẫn", "dẫn chiếu", "nhắc đến", "đề cập", "yêu cầu thực hiện nghiêm",
# "tuân thủ"; "cite", "refer to", "mention", "comply with", "strictly implement"
_CITES_VI = re.compile(
    r"\b(?:vien dan|dan chieu|trich dan|dan ra|nhac (?:den|toi)|de cap(?: den| toi)?|neu ten|thuc hien nghiem"
    r"|nghiem tuc thuc hien|chap hanh nghiem|tuan thu)\b|\bdan (?:nhung|cac)\b"
)
_CITES_EN = re.compile(
    r"\b(?:cites?|citing|refers? to|referring to|references?|mentions?|names?|invokes?|compl(?:y|ies) with"
    r"|strictly (?:implement|appl|follow|observ|enforc)\w*|(?:implement|appl|follow|observ|enforc)\w* strictly)\b"
)
# that it asks for the references a sentence wants carried out strictly
_STRICT_ASKED = re.compile(
    r"\b(?:thuc hien nghiem|nghiem tuc thuc hien|chap hanh nghiem|tuan thu|compl(?:y|ies) with|strictly|strict)\b"
)
# that it asks for what the document cites, strictly or not
_PLAIN_CITES = re.compile(
    r"\b(?:vien dan|dan chieu|trich dan|nhac (?:den|toi)|de cap|cites?|citing|refers? to|referring to|mentions?)\b"
)
_STRICT_SAID = re.compile(
    r"\b(?:thuc hien nghiem|nghiem tuc thuc hien|thuc hien nghiem tuc|chap hanh nghiem|trien khai nghiem"
    r"|tuan thu|quan triet)\b"
)
_EN_KINDS = rf"\b(?:{_KIND_WORDS})\b"
# the legal bases of the preamble, which assistant.special reads ("căn cứ", "legal basis")
_BASES = re.compile(r"\bcan cu\b|\blegal bas[ie]s\b|\bbas[ie]s\b")
_PREAMBLE = re.compile(r"\bpreamble\b|\b(?:phan|loi) mo dau\b|\bopening (?:part|paragraph)s?\b")
# the English kinds said of one document ("Resolution 66 and Resolution 140")
# (the English words understanding reads kinds by, and those it has none for)
_SINGULAR_EN = (
    "(?:"
    + "|".join(
        sorted(
            {w for w, kind in KIND_WORDS.items() if w != kind and len(w) > 2}
            | {"programme", "program", "conclusion"}
        )
    )
    + ")"
)
# "ngoài …", "apart from …": the documents named after it are set aside
_ASIDE = re.compile(r"\b(?:ngoai|ben canh|apart from|besides|other than|except(?: for)?|aside from|beyond)\b")
_ASIDE_ITEM = re.compile(
    rf"\s*(?:,|va|and|or|hoac|cac|the|ra)?\s*(?:(?:{_KIND_WORDS}|{_SINGULAR_EN}|chuong trinh hanh dong|nghi quyet"
    # (abbreviated: "ngoài NQ 66, NQ 140 và CTr 45")
    r"|nq|nd|qd|ctr|ct|kh|tt|cv)\s+)?"
    r"(?:so\s+|no\.?\s*)?(\d{1,5})(?:[/-][\w/-]+)?\b"
)


@dataclass(frozen=True)
class CitedAsk:
    asked: str  # the question's words that ask for the kinds (folded)
    kinds: frozenset[str]  # folded kinds asked; empty: any kind
    strict: bool  # only references a sentence asks to be carried out strictly
    aside: frozenset[str]  # leading numbers of the documents set aside ("66", "140")
    preamble: bool = False  # "… in its preamble", "phần mở đầu": only the references the preamble prints
    owners: frozenset[str] = frozenset()  # the issuers the kinds asked are said to be of ("của Bộ Chính trị")
    # each kind with the issuers said with it, when some kinds carry their own and others none ("decrees, decisions,
    # Politburo regulations or National Assembly resolutions": decrees and decisions of anyone, regulations of the
    # Politburo, resolutions of the National Assembly); empty: `owners` holds for every kind
    kind_owners: tuple[tuple[str, frozenset[str]], ...] = ()


def asks_cited_documents(query: Query) -> CitedAsk | None:
    """What a question asks of the documents a document cites, or None when it does not ask for them."""
    f = fold(query.question)
    if _BASES.search(f):
        # ("căn cứ những văn bản nào", "as its legal basis": the preamble's bases, read elsewhere)
        return None
    if query.lang == "en":
        m = _ASKED_EN.search(f)
        cites = m is not None and _CITES_EN.search(f, m.end())
    else:
        m = _ASKED_VI.search(f)
        cites = m is not None and _CITES_VI.search(f)
    if m is None or not cites:
        return None
    asked = m.group(1)
    # (the issuer after the kinds too: "những nghị quyết nào của Bộ Chính trị")
    owner_text = f"{m.group(1)} {f[m.end() : m.end() + 40]}"
    aside, spans = _set_aside(f)
    if query.lang == "en":
        # ("which government decrees (Nghị định) and Prime Minister's decisions": every kind the question asks
        # for, outside what it sets aside)
        rest = "".join(ch if not any(a <= i < b for a, b in spans) else " " for i, ch in enumerate(f))
        asked = " ".join(m.group(0) for m in re.finditer(_EN_KINDS, rest)) or asked
        owner_text = rest  # ("Government decrees and Prime Minister's decisions": each kind's issuer)
    kinds = frozenset(
        kind
        for kind, forms in _ASKED_KINDS.items()
        if any(re.search(rf"\b{re.escape(w)}\b", asked) for w in forms)
        # ("bộ luật" is not also "luật")
        and not (
            kind == "luat" and re.search(r"\bbo luat\b", asked) and not re.search(r"(?<!bo )\bluat\b", asked)
        )
    )
    if any(re.search(rf"\b{re.escape(w)}\b", asked) for w in _ANY_KIND):
        kinds = frozenset()
    kind_owners = _kind_owners(asked if query.lang != "en" else owner_text, english=query.lang == "en")
    return CitedAsk(
        owners=frozenset(owner for owner, (said, _, _) in _ISSUERS.items() if re.search(said, owner_text)),
        kind_owners=kind_owners,
        asked=asked,
        kinds=kinds,
        # (not when it asks for those it cites as well: "yêu cầu thực hiện nghiêm hoặc dẫn chiếu những văn bản nào")
        strict=bool(_STRICT_ASKED.search(f)) and not _PLAIN_CITES.search(_STRICT_ASKED.sub(" ", f)),
        aside=aside,
        preamble=bool(_PREAMBLE.search(f)),
    )


def _kind_owners(text: str, english: bool) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each kind asked with the issuers said with it (before it in English, after it in Vietnamese); () unless some
    kinds carry issuers and others none."""
    said = rf"({_EN_OWNER})({_KIND_WORDS})\b" if english else rf"\b({_KIND_WORDS})({_OWNER})"
    pairs = []
    for m in re.finditer(said, text):
        word, owner = (m.group(2), m.group(1)) if english else (m.group(1), m.group(2))
        kind = next((k for k, forms in _ASKED_KINDS.items() if word in forms), None)
        if kind is None:
            continue
        owners = frozenset(
            o for o, (pattern, _, _) in _ISSUERS.items() if owner and re.search(pattern, owner)
        )
        pairs.append((kind, owners))
    if not any(owners for _, owners in pairs) or all(owners for _, owners in pairs):
        return ()
    return tuple(pairs)


def _fits_kind_owner(ref: Reference, kind_owners: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Whether a reference is of a kind asked and, when that kind was asked with its issuers, one of theirs."""
    return any(
        _kind_asked(ref.kind, frozenset({kind})) and (not owners or _owned(ref, owners))
        for kind, owners in kind_owners
    )


# an issuer a question names with the kind it asks for (folded), and how a reference shows it is that issuer's: its
# name in the reference's words, or its document number's suffix
_ISSUERS = {
    "bo chinh tri": (r"\b(?:bo chinh tri|politburo)\b", r"\bbo chinh tri\b", r"/tw\b"),
    "trung uong": (
        r"\b(?:trung uong|ban bi thu|central)\b",
        r"\b(?:trung uong|ban bi thu|bo chinh tri)\b",
        r"/tw\b",
    ),
    # (the Party's documents at any level: "Kế hoạch số 390-KH/TU của Tỉnh ủy", "09-KH/ĐUUB của Đảng ủy …")
    "dang": (
        r"\b(?:party|cua dang)\b",
        r"\b(?:bo chinh tri|ban bi thu|trung uong dang|tinh uy|thanh uy|dang uy|ban thuong vu)\b",
        r"/(?:tw|tu|du\w*)\b",
    ),
    "chinh phu": (r"\b(?:cua chinh phu|government)\b", r"\bcua chinh phu\b", r"-cp\b"),
    "thu tuong": (r"\b(?:thu tuong|prime minister)", r"\bthu tuong\b", r"-ttg\b"),
    "quoc hoi": (r"\b(?:quoc hoi|national assembly)\b", r"\bquoc hoi\b", r"/qh\d*\b"),
    "tinh uy": (r"\b(?:tinh uy|provincial party committee)\b", r"\btinh uy\b", r"/tu\b"),
}


def _owned(ref: Reference, owners: frozenset[str]) -> bool:
    """Whether a reference is a document of one of the issuers asked, by the words after it or its number."""
    quote, number = fold(ref.quote), fold(ref.number)
    return any(
        re.search(_ISSUERS[o][1], quote) or re.search(_ISSUERS[o][2], number) for o in owners if o in _ISSUERS
    )


def _set_aside(folded: str) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """The leading numbers of the documents named after "ngoài", "apart from", and where they are named."""
    numbers: set[str] = set()
    spans = []
    for m in _ASIDE.finditer(folded):
        at = m.end()
        while (item := _ASIDE_ITEM.match(folded, at)) is not None:
            numbers.add(item.group(1))
            at = item.end()
        spans.append((m.start(), at))
    return frozenset(numbers), spans


@dataclass(frozen=True)
class Reference:
    kind: str  # folded kind as printed ("nghi dinh")
    number: str  # as printed
    chunk: Chunk
    quote: str  # the reference and the words that say what it is, verbatim from the passage


def references(chunk: Chunk) -> list[tuple[Reference, int]]:
    """The documents a passage names by kind and number, each with where it begins in the passage's text."""
    text = chunk.text
    found = list(_REFERENCE.finditer(text))
    out = []
    for i, m in enumerate(found):
        limit = found[i + 1].start() if i + 1 < len(found) else len(text)
        end_mark = _QUOTE_END.search(text, m.end(), limit)
        end = end_mark.start() if end_mark else limit
        # (", Ủy ban nhân dân tỉnh ban hành …": a comma before a capitalised word opens the sentence's next part)
        end = next(
            (i for i in range(m.end(), end - 2) if text[i : i + 2] == ", " and text[i + 2].isupper()), end
        )
        quote = text[m.start() : end]
        words = quote.split()
        if len(words) > MAX_QUOTE_WORDS:
            quote = " ".join(words[:MAX_QUOTE_WORDS])
            # (not a title cut in the middle of its last words: up to its last comma, if any)
            quote = quote.rsplit(",", 1)[0] if "," in quote[len(m.group(0)) :] else quote
        quote = _TRAILING.sub("", quote).rstrip(" ,")
        kind, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append((Reference(fold(kind), number, chunk, quote), m.start()))
    return out


def _key(number: str) -> str:
    return re.sub(r"\s+", "", fold(number)).replace("đ", "d")


def _leading(number: str) -> str:
    return re.match(r"\d+", number).group(0)


def _kind_asked(kind: str, kinds: frozenset[str]) -> bool:
    if not kinds:
        return True
    if kind in kinds:
        return True
    # "Thông tư liên tịch" is a circular, "Chương trình hành động" a programme
    return any(kind.startswith(k + " ") for k in kinds)


def _strictly(chunk: Chunk, at: int) -> bool:
    """Whether the sentence that names a reference, up to it, asks for something to be carried out strictly."""
    text = chunk.text
    # (a list after "Thực hiện nghiêm" runs on over its semicolons: "… Nghị định số 26/2024/NĐ-CP …; Quyết định
    # số 14/2020/QĐ-TTg …")
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return bool(_STRICT_SAID.search(fold(text[start:at])))


# the kind a question names its document by, besides the kinds it asks for ("Kế hoạch Hà Tĩnh …", "the Hà Tĩnh
# plan"): the kind words understanding reads a document's kind by (not their short forms, "kh", "qd")
_DOC_KIND_WORDS = {word: kind for word, kind in KIND_WORDS.items() if len(word) > 2}


def _the_document(view: IndexView, query: Query, scope: set[str] | None, asked: str) -> str | None:
    """The one document the question asks of: named by its number, the one in scope, or the one of the kind
    the question names it by (its words outside the kinds it asks for)."""
    if len(query.docs) == 1:
        return query.docs[0]
    if not scope:
        return None
    names = {d for d in scope if d in view.docs}
    if len(names) > 1 and query.doc_hints:
        names = hinted_docs(query, names, view.docs) or names
    if len(names) > 1:
        rest = fold(query.question).replace(asked, " ")
        named = {kind for word, kind in _DOC_KIND_WORDS.items() if re.search(rf"\b{word}\b", rest)}
        of_kind = {d for d in names if fold(view.docs[d].kind or "") in named}
        names = of_kind or names
    return next(iter(names)) if len(names) == 1 else None


# the phrases of a question that ask for cited documents, name its document or say how, not what about
_FORM = re.compile(
    r"\b(?:ke hoach(?: hanh dong)?|van ban(?: quy pham phap luat)?|yeu cau|thuc hien nghiem(?: tuc)?"
    r"|nghiem tuc thuc hien|thuc hien|nghiem|vien dan|dan chieu|trich dan|dan|nhac (?:den|toi)|de cap(?: den| toi)?"
    r"|so hieu|duoc danh so|danh so|uy ban nhan dan|ubnd|tinh uy|thanh uy|tinh|thanh pho|chuong trinh(?: hanh dong)?"
    r"|nghi quyet|nghi dinh|quyet dinh|thong tu|chi thi|ket luan|bo luat|luat|quy dinh|tuan thu|chap hanh"
    r"|trien khai|buoc|cong van|neu ro|neu ten|neu|ro rang|ro|nhung|cac|nao|gi|ve|cua|trong|o|tai|theo|khi|con"
    r"|ngoai|phan|muc|co|la|va|hoac|ra|nay|do|ma|giao|cu the|nhiem vu|duoc|so"
    # (kinds abbreviated: "ngoài NQ 66 và CTr 45")
    r"|nq|nd|qd|ctr|ct|kh|tt|cv)\b"
)
_OWNERS = re.compile(
    r"\b(?:chinh phu|thu tuong|bo chinh tri|ban bi thu|trung uong|quoc hoi|tinh uy|thanh uy)\b"
)


def _topic_runs(query: Query, ask: CitedAsk) -> list[list[str]]:
    """The question's content words beyond asking for cited documents and naming its document, as the runs of
    words it prints together (a Vietnamese question's own words; an English one's Vietnamese topic)."""
    text = fold(query.topic) if query.lang == "en" else fold(query.question).replace(ask.asked, " | ")
    text = _FORM.sub(" | ", _OWNERS.sub(" | ", text))
    places = set(fold(" ".join(query.provinces)).split())
    runs: list[list[str]] = [[]]
    for w in re.findall(r"[\w/-]+|\|", text):
        if w == "|" or w in places or any(ch.isdigit() for ch in w) or re.fullmatch(r"[ivxlc]+", w):
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(w)
    return [r for r in runs if r]


# a part of the document said by its kind's word ("in its section on …", "phần …", "mục …")
_NAMES_PART = re.compile(r"\b(?:section|part|chapter|phan|muc)\b")
MIN_TITLE_WORDS = 2  # the question's words a section's title must say to be the part it names
_MAX_PART_WORDS = 8
_PART_WORDS_END = re.compile(
    r"\b(?:cua|trong|thuoc|tai|o|ke hoach|van ban|quyet dinh|nghi quyet|yeu cau|co|dan|of|in|under|does|do|did)\b"
    r"|[,;:?(]"
)


def _section_by_words(
    query: Query, chunks: list[Chunk], runs: list[list[str]]
) -> tuple[str, set[str]] | None:
    """The top title (folded) of the one part of the document whose title says the most of the question's topic
    words (two at least), when the question names a part; with those words."""
    # ("Phần nhiệm vụ cụ thể của kế hoạch …", "in its section on specific tasks", glossed "mục on cụ thể nhiệm vụ":
    # the words after the part's word, up to what names the document)
    f = fold(query.search_text if query.lang == "en" and query.search_text else query.question)
    m = _NAMES_PART.search(f)
    if m is None:
        return None
    words = {w for run in runs for w in run}
    words |= set(_PART_WORDS_END.split(f[m.end() :], maxsplit=1)[0].split()[:_MAX_PART_WORDS])
    said: dict[str, set[str]] = {}
    for c in chunks:
        above = titles_above(c)
        if above:
            title = " ".join(fold(above[0]).split())
            said.setdefault(title, words & set(title.split()))
    best = max((len(w) for w in said.values()), default=0)
    top = [t for t, w in said.items() if len(w) == best]
    if best < MIN_TITLE_WORDS or len(top) != 1:
        return None
    return top[0], said[top[0]]


def _pairs(run: list[str]) -> list[str]:
    """A run's adjacent pairs of words; a run of one word, itself."""
    return [" ".join(run[i : i + 2]) for i in range(max(1, len(run) - 1))]


_WORD = re.compile(r"\w+")
MIN_ON_TOPIC = (
    0.5  # of the question's runs of content words, a passage (with its titles) says at least this share
)
_TOPIC_SLACK = 0.25  # … and no less than the best passage's share by more than this


def _on_topic(found: list[tuple[Reference, int]], runs: list[list[str]]) -> list[tuple[Reference, int]]:
    """The references of the passages about what the question names ("Về hợp tác quốc tế về pháp luật, …"); all
    of them when it names nothing, or no passage says enough of it. A run of words is said when half its
    pairs are; "thi hành pháp luật và hợp tác quốc tế" names two things, each passage may say one."""
    if sum(len(r) for r in runs) < 2 or not found:
        return found

    def share(chunk: Chunk) -> float:
        said = " " + " ".join(_WORD.findall(fold(chunk.context + " " + chunk.text))) + " "
        covered = 0
        for run in runs:
            pairs = _pairs(run)
            covered += 2 * sum(f" {p} " in said for p in pairs) >= len(pairs)
        return covered / len(runs)

    best = max(share(ref.chunk) for ref, _ in found)
    if best < MIN_ON_TOPIC:
        return found
    return [(ref, at) for ref, at in found if share(ref.chunk) >= max(MIN_ON_TOPIC, best - _TOPIC_SLACK)]


MAX_UNNUMBERED_WORDS = 20  # an item of a strict list longer than this is a sentence of its own, not an item


def _unnumbered(found: list[tuple[Reference, int]]) -> list[tuple[Chunk, str]]:
    """The items, split at semicolons, of each sentence that asks for references to be carried out strictly,
    which name no document by its number."""
    out: list[tuple[Chunk, str]] = []
    done: set[tuple[str, int]] = set()
    for ref, at in found:
        text = ref.chunk.text
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        if (ref.chunk.id, start) in done:
            continue
        done.add((ref.chunk.id, start))
        end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
        strict = _STRICT_SAID.search(fold(text[start:at]))
        if strict is None:
            continue
        for item in text[start + strict.end() : end].split(";")[1:]:
            item = item.strip().rstrip(".").strip()
            if item and not _REFERENCE.search(item) and len(item.split()) <= MAX_UNNUMBERED_WORDS:
                out.append((ref.chunk, item))
    return out


@dataclass(frozen=True)
class Cited:
    text: str
    citations: list[Citation]
    count: int


def answer_cited_documents(view: IndexView, query: Query, scope: set[str] | None) -> Cited | None:
    ask = asks_cited_documents(query)
    if ask is None:
        return None
    doc = _the_document(view, query, scope, ask.asked)
    if doc is None:
        return None
    d = view.docs.get(doc)
    own = _key(d.number) if d is not None and d.number else ""
    section = section_named(query)
    chunks = [
        c
        for c in view.clause_chunks_by_doc.get(doc, ())
        if c.kind in ("clause", "preamble")
        and (not section or under_title(c, section))
        and (not ask.preamble or c.path == "preamble")
    ]
    found: list[tuple[Reference, int]] = [
        (ref, at)
        for c in chunks
        for ref, at in references(c)
        if _kind_asked(ref.kind, ask.kinds)
        and _key(ref.number) != own
        and _leading(ref.number) not in ask.aside
    ]
    if ask.strict:
        strict = [(ref, at) for ref, at in found if _strictly(ref.chunk, at)]
        if strict:
            found = strict
        else:
            # (no sentence asks for a numbered document to be carried out strictly: every one cited, said so)
            ask = replace(ask, strict=False)
    if ask.kind_owners:
        found = [(ref, at) for ref, at in found if _fits_kind_owner(ref, ask.kind_owners)]
    elif ask.owners:
        # ("những nghị quyết của Bộ Chính trị nào": the references that document's issuer's, by name or by number)
        owned = [(ref, at) for ref, at in found if _owned(ref, ask.owners)]
        found = owned or found
    runs = _topic_runs(query, ask)
    if not section and (titled := _section_by_words(query, chunks, runs)) is not None:
        # ("… cite in its section on main tasks and solutions": the references under the title that says the
        # question's words, which name where, not what about)
        title, said = titled
        found = [(ref, at) for ref, at in found if under_title(ref.chunk, title)]
        runs = [kept for run in runs if (kept := [w for w in run if w not in said])]
    found = _on_topic(found, runs)
    seen: set[str] = set()
    refs: list[Reference] = []
    for ref, _at in found:
        if _key(ref.number) not in seen:
            seen.add(_key(ref.number))
            refs.append(ref)
    # (one is the answer when the question narrowed what it asks to a kind or an issuer: "những luật nào", "những
    # nghị quyết của Bộ Chính trị nào")
    if len(refs) < (1 if ask.kinds or ask.owners else MIN_CITED):
        return None
    lang = lang_of(query.lang)
    cites = citations(view, query)
    name = compose.kind_and_owner(d) if d is not None else doc
    lines = [
        say(
            lang,
            "cited_documents_strict_head" if ask.strict else "cited_documents_head",
            doc=name,
            n=len(refs),
        )
    ]
    for ref in refs:
        n = cites.chunk(ref.chunk, ref.quote)
        lines.append(f"- “{ref.quote}” ({ref.chunk.section}) [{n}]")
    also = _unnumbered(found) if ask.strict and not ask.kinds else []
    if also:
        # ("… yêu cầu thực hiện nghiêm những văn bản nào?" of "Thực hiện nghiêm Nghị định số …; điều ước quốc tế; bản
        # án và phán quyết …": the items of the same list that carry no number)
        lines.append(say(lang, "cited_documents_also"))
        for chunk, item in also:
            n = cites.chunk(chunk, item)
            lines.append(f"- “{item}” ({chunk.section}) [{n}]")
    text = "\n".join(lines)
    return Cited(compose.finish_english(text) if lang == "en" else text, cites.items, len(refs))
