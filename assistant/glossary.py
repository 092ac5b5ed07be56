"""A bilingual (Vietnamese ↔ English) glossary of this domain, and the language tools built on it.

- `detect_language`: "vi", "en" or "other"; unaccented Vietnamese ("co quan nao chu tri") counts as vi.
- `english_to_vietnamese`: the Vietnamese terms of the English phrases in a question, so that an English
  question can be searched in Vietnamese documents (retrieval expansions).
- `english_gloss` / `gloss_names`: English glosses of Vietnamese names, for English answers that keep the
  Vietnamese names as printed ("Sở Tư pháp (Department of Justice)").
- `find_provinces`: province / city names in a text, accented, unaccented or English.

The data live in assistant/data/glossary.tsv and provinces.tsv, one entry a line, so that a reader can
extend them without touching code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from indexer.clean import normalize_tones, strip_diacritics
from indexer.text import fold

_WORD = re.compile(r"[^\W\d_]+")
# letters that only Vietnamese (among Latin-script languages we may meet) writes
_VI_LETTERS = set("ăâđêôơưạảãầấẩẫậằắẳẵặẹẻẽềếểễệỉịĩọỏõồốổỗộờớởỡợụủũừứửữựỳỵỷỹ")
_EN_ENDINGS = "s|es|ed|d|ing|'s"
_EN_SUFFIX = rf"(?:{_EN_ENDINGS})?"
# Common English words, plus the glossary's English words (added at load). Words of one or two letters
# that are also unaccented Vietnamese syllables ("an", "to", "ai") only count when longer evidence agrees.
_EN_COMMON = set(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our out over own same she should so some such than that the their
    them then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours please tell show list give find many much
    named name province provinces city cities department departments task tasks agency agencies lead
    leads who whose according document documents plan plans must shall need needs set sets does did
    year years month quarter date when deadline expected outputs output include includes including
    between compare compared same different both either whether there ones responsible by via specify
    specifies specified""".split()
)


@dataclass(frozen=True)
class Term:
    kind: str  # "agency", "term", "time", "doc", "country"
    vi: tuple[str, ...]  # Vietnamese forms, preferred first
    en: tuple[str, ...]  # English forms, gloss first

    @property
    def gloss(self) -> str:
        return self.en[0]


@dataclass(frozen=True)
class Province:
    name: str  # "Hà Tĩnh"
    kind: str  # "tỉnh" or "thành phố"
    forms: tuple[str, ...]  # other spellings: unaccented, English, old names
    needs_prefix: bool = False  # the bare name is also an ordinary phrase


def _rows(filename: str) -> list[list[str]]:
    text = files("assistant").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def glossary() -> tuple[Term, ...]:
    terms = []
    for row in _rows("glossary.tsv"):
        kind, vi, en = (row + ["", "", ""])[:3]
        forms = [e.strip() for e in en.split("|") if e.strip()]
        if kind == "agency":  # "the Minister of Foreign Affairs" is asked about for the Ministry's tasks
            forms += [f"Minister {f[len('Ministry ') :]}" for f in forms if f.startswith("Ministry of ")]
            # ("the Finance Minister", "the health minister": the minister named by the ministry's field)
            forms += [f"{f[len('Ministry of ') :]} Minister" for f in forms if f.startswith("Ministry of ")]
            forms += [f"{f[: -len('ministry')]}minister" for f in forms if f.lower().endswith(" ministry")]
        terms.append(
            Term(
                kind,
                tuple(normalize_tones(v.strip()) for v in vi.split("|") if v.strip()),
                tuple(dict.fromkeys(forms)),
            )
        )
    return tuple(terms)


@lru_cache(maxsize=1)
def lexicon() -> tuple[Term, ...]:
    """The general vocabulary of these documents (assistant/data/lexicon.tsv: Vietnamese word <TAB>
    English forms), below the glossary: it fills the words the glossary lacks ("mô hình" ← "model",
    "tối đa" ← "maximum"), so that an English question's topic is read in full. An English form the
    glossary already has keeps the glossary's meaning."""
    curated = {form.lower() for term in glossary() for form in term.en}
    # the words a question is framed with ("list", "name", "date") and short words of many senses
    # ("own", "key", "due") are not read through the lexicon
    framing = curated | _EN_COMMON | _EN_FUNCTION | _AMBIGUOUS
    rows = []
    for row in _rows("lexicon.tsv"):
        vi, en = (row + ["", ""])[:2]
        forms = tuple(
            e.strip()
            for e in en.split("|")
            if e.strip() and e.strip().lower() not in framing and (len(e.strip()) > 2 or e.strip().isupper())
        )
        if vi.strip() and forms:
            rows.append((normalize_tones(vi.strip()), forms))
    # an English word of several senses ("purpose": mục tiêu, mục đích) is read as all of them, the first
    # row's first
    senses: dict[str, list[str]] = {}
    for vi, forms in rows:
        for form in forms:
            senses.setdefault(form.lower(), []).append(vi)
    out = []
    for vi, forms in rows:
        single = tuple(f for f in forms if len(senses[f.lower()]) == 1)
        if single:
            out.append(Term("word", (vi,), single))
        for form in forms:
            several = senses[form.lower()]
            if len(several) > 1 and several[0] == vi:
                out.append(Term("word", tuple(dict.fromkeys(several)), (form,)))
    return tuple(out)


def vocabulary() -> tuple[Term, ...]:
    """The glossary, then the lexicon."""
    return glossary() + lexicon()


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    out = []
    for row in _rows("provinces.tsv"):
        name, kind, forms, flags = (row + ["", "", "", ""])[:4]
        out.append(
            Province(
                normalize_tones(name.strip()),
                kind.strip(),
                tuple(f.strip() for f in forms.split("|") if f.strip()),
                "prefix" in flags,
            )
        )
    return tuple(out)


def _has_diacritics(text: str) -> bool:
    return strip_diacritics(text) != text


def has_vietnamese_marks(text: str) -> bool:
    return any(ch in _VI_LETTERS for ch in text.lower())


# --- language ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _vietnamese_syllables() -> tuple[frozenset[str], frozenset[str]]:
    """(accented, unaccented) lower-case syllables of underthesea's Viet74K dictionary."""
    data = files("underthesea.corpus").joinpath("data/Viet74K.txt").read_text(encoding="utf-8")
    accented = {s for line in data.splitlines() for s in unicodedata.normalize("NFC", line).lower().split()}
    accented = {s for s in accented if s.isalpha()}
    return frozenset(accented), frozenset(fold(s) for s in accented)


def is_vietnamese_syllable(word: str) -> bool:
    """Whether a word (any case, marked or not) is a syllable of the dictionary ("ca", "tp" are; "nv" is not)."""
    accented, unaccented = _vietnamese_syllables()
    return word.lower() in accented or word.lower() in unaccented


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    words = set(_EN_COMMON)
    # the glossary's words only: the lexicon's ("ban", "long", "ten") would make unaccented Vietnamese
    # look English and made-up English names look known
    for term in glossary():
        for form in term.en:
            words.update(w for w in _WORD.findall(form.lower()) if len(w) > 2)
    # (and the short capitals both lists print as English forms: "HR", "IT", "SMEs", which no Vietnamese word looks like)
    for term in (*glossary(), *lexicon()):
        words.update(form.lower() for form in term.en if _CAPITALS.fullmatch(form))
    return frozenset(words)


_CAPITALS = re.compile(r"[A-Z][A-Z0-9]{1,5}s?")


def english_words() -> frozenset[str]:
    """Common English words and the glossary's English words (lower case)."""
    return _english_words()


def _english_stem(word: str) -> str:
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_AMBIGUOUS = frozenset(
    """own see lie top key fit arm pen sew dig sag now due fee far tie jam hub lap arc ice rig vet tag add
    gap die bug era ore kid fix sex sue net run way act end age long share soon done kind main full often
    type much""".split()
)
_EN_FUNCTION = frozenset(
    """the of which who whom whose what when where why how is are was were be been does do did in on at to
    for from by with and or its their this that these those must should can will would has have had a an
    it not there into about under""".split()
)


_ASIDE = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<!\w)'[^']+'(?!\w)|\([^()]*\)")
_ASIDE_MIN_WORDS = 4  # words left outside the asides for them to be set apart


_EN_OPENERS = frozenset(
    "which what who whom whose when where why how does is are was were under according".split()
)


def detect_language(text: str) -> str:
    """ "vi", "en", or "other" ("" when the text has no letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return ""
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    if latin < 0.7 * len(letters):
        return "other"
    # what a question quotes or puts in brackets ("do 'Dữ liệu đảng phí' and 'Dữ liệu hồ sơ lưu trữ' have the
    # same owner (cơ quan chủ quản)?") is the documents' own words, not the language it is asked in
    bare = _ASIDE.sub(" ", text)
    if bare != text and len(_WORD.findall(bare)) >= _ASIDE_MIN_WORDS:
        text = bare
    printed = _WORD.findall(unicodedata.normalize("NFC", text))
    words = [w.lower() for w in printed]
    accented, unaccented = _vietnamese_syllables()
    english = _english_words()
    vi = en = foreign = named_vi = 0.0
    function_words = 0
    for i, word in enumerate(words):
        before = vi
        # a capitalised Vietnamese word inside the question is mostly a name ("Which tasks does Sở Nội vụ
        # lead in Hồ Chí Minh?"): it says little about the language the question is asked in
        name = 0.25 if i and printed[i][:1].isupper() else 1.0
        if has_vietnamese_marks(word):
            vi += 1.0 if normalize_tones(word) in accented or word in accented else 0.5
        elif word in _EN_FUNCTION:
            function_words += 1
            en += 1.0
        elif word in english or _english_stem(word) in english or word.rstrip("s") in english:
            en += 1.0
        elif word in unaccented or word in accented or normalize_tones(word) in accented:
            vi += 1.0  # "hoàn", "thành": marks that other languages write too, on a Vietnamese syllable
        else:
            foreign += (
                1.0  # neither a Vietnamese syllable nor a word we know: English we lack, or another language
            )
        named_vi += name * (vi - before)
    if function_words and en + foreign > named_vi:
        return "en"
    if words and words[0] in _EN_OPENERS and function_words >= 2:
        return "en"  # "Which tasks does <a Vietnamese name> lead …?": asked in English
    if vi >= 0.5 * len(words):
        return "vi"
    if en >= 0.4 * len(words):
        return "en"
    return "other"


# --- English → Vietnamese --------------------------------------------------------------------------
def _inflected(word: str) -> str:
    """A pattern of an English word with its plural and verb endings."""
    if word.endswith("e") and len(word) > 3:  # disseminate → disseminating, disseminated
        return re.escape(word[:-1]) + r"(?:e|es|ed|ing|e's)"  # not "unit" for "unite"
    if word.endswith("y") and len(word) > 3:  # policy → policies
        return re.escape(word[:-1]) + r"(?:y|ies|ied|ying|y's)"
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgklmnprt]", word):  # cut → cutting, plan → planned
        return re.escape(word) + rf"(?:{re.escape(word[-1])}(?:ing|ed)|s|es|ed|ing|'s)?"
    return re.escape(word) + _EN_SUFFIX


@lru_cache(maxsize=1)
def _english_patterns() -> dict[str, list[tuple[re.Pattern[str], Term, int]]]:
    """The English forms' patterns by the first (up to) three letters of their first word, each with
    its place in the order they are tried (longest form first; the glossary before the lexicon)."""
    pairs = [(form, term) for term in vocabulary() for form in term.en]
    pairs.sort(key=lambda p: -len(p[0]))
    out: dict[str, list[tuple[re.Pattern[str], Term, int]]] = {}
    for order, (form, term) in enumerate(pairs):
        words = form.lower().split()
        if len(words) >= 2 and words[-1] in _PARTICLES:
            # "draw up" → "drawing up", "carry out" → "carries out": the verb before its particle takes the endings
            parts = [_inflected(words[0]), *(re.escape(w) for w in words[1:])]
        else:
            parts = [re.escape(w) for w in words[:-1]] + [_inflected(words[-1])]
        # "Party Committee of Hà Tĩnh's Provincial People's Committee": a place's name for "the" after "of"
        parts = [
            _OF_PLACES if k and words[k - 1] == "of" and w == "the" and k < len(words) - 1 else part
            for k, (w, part) in enumerate(zip(words, parts, strict=True))
        ]
        body = r"[\s-]+".join(parts)
        if len(words) >= 2 and words[-1] in _PARTICLES:
            # "which bodies carry it out", "set them up": the object between the verb and its particle (the verb as
            # the form prints it: "carried out" is a form of its own)
            body = r"[\s-]+".join(parts[:-1]) + _OBJECT_BETWEEN + r"[\s-]+" + parts[-1]
        # (a form in capitals, "MOST", "DOJ", "HR", is an abbreviation: typed so, not the word "most")
        capitals = form.isupper() and len(form) <= 6 and " " not in form
        if capitals:
            body = re.escape(form) + "(?:s|'s)?"
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])", 0 if capitals else re.IGNORECASE)
        first = re.findall(r"[^\W_]+", words[0])
        out.setdefault(first[0][:3] if first else "", []).append((pattern, term, order))
    return out


_PARTICLES = frozenset({"out", "up", "off", "down", "over", "back", "forward", "forth"})
_OBJECT_BETWEEN = r"(?:\s+(?:it|them|this|that|these|those))?"
_OF_PLACES = r"(?:the|[^\W\d_][^\W\d_.]*(?:\s+[^\W\d_][^\W\d_.]*){0,3}'s)"


def _patterns_in(text: str):
    """The English patterns whose first word's first letters begin a word of `text` (the others cannot
    match), in the order they are tried."""
    table = _english_patterns()
    keys = {w[:n] for w in re.findall(r"[^\W_]+", text.lower()) for n in (1, 2, 3)} | {""}
    found = [entry for key in keys if key in table for entry in table[key]]
    found.sort(key=lambda e: e[2])
    return [(pattern, term) for pattern, term, _ in found]


# the words after a capitalised word, up to three capitalised ones ("Nội chính Trung", "Kinh tế")
_CAPITAL_RUN = re.compile(r"(?:\s+[^\W\d_][^\W\d_]*){1,3}")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _in_vietnamese_name(text: str, start: int, end: int) -> bool:
    """An English-looking word inside a Vietnamese name ("Ban" of "Ban Nội chính Trung ương", "Ban Bí thư",
    "Ban Kinh tế Trung ương"; "ban" of "Ủy ban Kiểm tra"), not the English "ban": one word, after a word with
    Vietnamese marks, or capitalised before a capitalised word of a run of them with Vietnamese marks."""
    word = text[start:end]
    # (one word that Vietnamese writes so too: "ban", not "plan" of "the Phú Thọ plan")
    if " " in word or word.lower() not in _vietnamese_syllables()[0]:
        return False
    before = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    if before and not before.group(1).isascii():
        return True
    if not word[:1].isupper():
        return False
    run = _CAPITAL_RUN.match(text, end)
    if not run:
        return False
    words = run.group(0).split()
    if not words[0][0].isupper():
        return False
    capitals = []
    for w in words:
        if not w[0].isupper() and capitals and w.isascii():
            break
        capitals.append(w)
    return any(not w.isascii() for w in capitals)


_UNTIL = frozenset({"up to", "through", "until", "till"})
_YEAR_NEXT = re.compile(r"\s+(?:the (?:end of )?(?:year )?)?(?:19|20)\d\d\b")
_SPAN_OF_YEARS = re.compile(r"\s+(?:up to|until|till|through|to|ending(?: in)?)\s+(?:19|20)\d\d\b", re.I)


@lru_cache(maxsize=2048)
def english_term_spans(text: str) -> tuple[tuple[int, int, Term], ...]:
    """(start, end, term) of the glossary and lexicon phrases in `text`, in order; a longer phrase is
    taken before the shorter ones inside it, and phrases do not overlap."""
    taken = [False] * len(text)
    place = [False] * len(text)
    for _, start, end in find_provinces(text):  # "Dong" of "Dong Thap" is a place's, not money
        place[start:end] = [True] * (end - start)
    found: list[tuple[int, int, Term]] = []
    for pattern, term in _patterns_in(text):
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]) or _in_vietnamese_name(text, m.start(), m.end()):
                continue
            # (a body's name may hold its place: "Party Committee of Hà Tĩnh's Provincial People's Committee")
            if any(place[m.start() : m.end()]) and (term.kind != "agency" or "'s" not in m.group(0)):
                continue
            if term.kind == "word" and _used_as_verb(text, m.start(), m.end()):
                continue
            if m.group(0).lower() in _PREPOSITIONS:
                continue  # "the prohibited acts concerning groundwater": about, no concern (quan tâm)
            if _YEAR_NEXT.match(text, m.end()) and m.group(0).lower() in _UNTIL:
                continue  # "the period up to 2030": until a year (đến năm), no maximum (tối đa)
            if m.group(0).lower() == "period" and _SPAN_OF_YEARS.match(text, m.end()):
                continue  # ("for the period up to 2030": the years say it; no "thời gian" is asked)
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            found.append((m.start(), m.end(), term))
    found = _level_in_name(text, found)
    # "vocational-training support": the words of a compound no phrase took, read as written apart
    compounds = [
        m.span()
        for m in _COMPOUND.finditer(text)
        if not any(taken[m.start() : m.end()]) and not _BOUND_PART.search(m.group(0))
    ]
    if compounds:
        apart = _COMPOUND_HYPHEN.sub(" ", text)  # same length: the places stay
        for pattern, term in _patterns_in(apart):
            for m in pattern.finditer(apart):
                if (
                    any(taken[m.start() : m.end()])
                    or any(place[m.start() : m.end()])
                    or not any(s <= m.start() < e or s < m.end() <= e for s, e in compounds)
                ):
                    continue
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                found.append((m.start(), m.end(), term))
    return tuple(sorted(found, key=lambda f: f[0]))


# the level a body's English name may open with ("the provincial Department of Health"): part of the name, which
# Vietnamese prints without it ("Sở Y tế"), not a topic word of the question
_LEVEL_WORD = frozenset({"provincial", "municipal"})


def _level_in_name(text: str, found: list[tuple[int, int, Term]]) -> list[tuple[int, int, Term]]:
    """The spans with a level word right before a body's name taken into that name's span."""
    by_start = sorted(found, key=lambda f: f[0])
    out: list[tuple[int, int, Term]] = []
    for start, end, term in by_start:
        if (
            term.kind == "agency"
            and out
            and out[-1][2].kind != "agency"
            and text[out[-1][0] : out[-1][1]].lower() in _LEVEL_WORD
            and not text[out[-1][1] : start].strip()
        ):
            start = out.pop()[0]
        out.append((start, end, term))
    return out


# a noun of the lexicon that a question also uses as its verb: "How do Decree 302 and Decision 2597 state their
# entry into force?" asks how they say it, not about the State (nhà nước)
_VERB_NOUNS = frozenset({"state", "states", "stated"})
# a verb's -ing form that is a preposition in a question ("concerning", "regarding"): no term of its own
_PREPOSITIONS = frozenset({"concerning", "regarding", "following", "including"})
_VERB_BEFORE = re.compile(
    r"(?i)\b(?:do|does|did|to|they|it|each|both|which|that|who|must|should|shall|will|would|may|can|not)"
    r"(?:\s+\w+ly)?\s+$"
)
_VERB_AFTER = re.compile(
    r"(?i)^\s+(?:their|its|his|her|that|whether|what|how|when|where|which|who|explicitly)\b"
)


def _used_as_verb(text: str, start: int, end: int) -> bool:
    return text[start:end].lower() in _VERB_NOUNS and bool(
        _VERB_BEFORE.search(text[max(0, start - 40) : start]) or _VERB_AFTER.match(text[end : end + 20])
    )


_COMPOUND = re.compile(r"(?<![\w-])[A-Za-z]{3,}(?:-[A-Za-z]{3,})+(?![\w-])")
# a part that changes the other's sense ("non-payment", "self-employed", "part-time", "decision-making"): the
# compound is no two words
_BOUND_PART = re.compile(
    r"(?i)^(?:non|self|part|full|co|re|pre|post|anti|multi|semi|sub|cross|well|long|short|high|low|over|under"
    r"|inter|mid|ex)-|-(?:making|based|led|related|like|free|wide|level|oriented|owned|run)$"
)
_COMPOUND_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def english_terms(text: str) -> list[tuple[str, Term]]:
    """(matched English phrase, term) for the glossary and lexicon phrases in `text`, in order."""
    return [(text[start:end], term) for start, end, term in english_term_spans(text)]


def english_to_vietnamese(text: str) -> list[str]:
    """Vietnamese forms of the English glossary phrases in `text` (for retrieval), in order, unique."""
    out: list[str] = []
    for _, term in english_terms(text):
        # a general word of several senses is searched in its first: the others widen retrieval too much
        for form in term.vi[:1] if term.kind == "word" else term.vi:
            if len(form) > 2 and form not in out:
                out.append(form)
    return out


# the head of a body's name that English prints last and Vietnamese first ("Digital Transformation Centre" →
# "Trung tâm Chuyển đổi số"), by the English word (the lexicon's first sense of "fund" is money, not a body)
_HEAD_LAST = {
    "centre": "trung tâm",
    "center": "trung tâm",
    "institute": "viện",
    "academy": "học viện",
    "fund": "quỹ",
    "council": "hội đồng",
    "board": "ban",
    "office": "văn phòng",
    "hospital": "bệnh viện",
    "inspectorate": "thanh tra",
}
# between two capitalised words of one name: a space, a comma, "and", "&"
_NAME_GAP = re.compile(r"\s*,?\s*(?:(?:and|&)\s+)?")
_SPACE = re.compile(r"\s+")


def _head(text: str, span: tuple[int, int, Term]) -> str | None:
    """The Vietnamese head a capitalised phrase ends in ("Centre" → "trung tâm"; "Housing Fund" → "quỹ nhà ở",
    its own form when that begins with the head), or None."""
    start, end, term = span
    words = text[start:end].split()
    head = _HEAD_LAST.get(words[-1].lower())
    if head is None or not text[start].isupper():
        return None
    if len(words) == 1:
        return head
    return term.vi[0] if fold(term.vi[0]).startswith(fold(head)) else None


def _head_first(text: str, spans: Sequence[tuple[int, int, Term]]) -> dict[int, tuple[int, str]]:
    """For each English body name whose head comes last after capitalised glossed words ("the Culture, Sports
    and Tourism Digital Transformation Centre"): {index of its first span: (index of its head span, the name
    as Vietnamese writes it: head first, then the words before it from the nearest out, a coordination ("Culture,
    Sports and Tourism") kept in its order)}."""
    out: dict[int, tuple[int, str]] = {}
    taken = -1  # the first span of the last name made (the outer name is made first: "Land Fund … Centre")
    for i in range(len(spans) - 1, -1, -1):
        head = _head(text, spans[i])
        if head is None or (taken >= 0 and i >= taken):
            continue
        first = i
        while (
            first > 0
            and text[spans[first - 1][0]].isupper()
            and _NAME_GAP.fullmatch(text, spans[first - 1][1], spans[first][0])
        ):
            first -= 1
        if first == i:
            continue
        groups: list[str] = []  # the coordinations, in the English order
        for j in range(first, i):
            word = _head(text, spans[j]) or spans[j][2].vi[0]
            gap = text[spans[j - 1][1] : spans[j][0]] if j > first else ""
            if groups and not _SPACE.fullmatch(gap):
                groups[-1] += re.sub(r"\band\b|&", "và", gap) + word
            else:
                groups.append(word)
        out[first] = (i, " ".join([head, *reversed(groups)]))
        taken = first
    return out


def translate_question(text: str) -> str:
    """The question with each English glossary phrase replaced by its preferred Vietnamese form (a body's
    name with its head last is written head first, as Vietnamese prints it)."""
    spans = english_term_spans(text)
    names = _head_first(text, spans)
    pieces, last, k = [], 0, 0
    while k < len(spans):
        start, end, term = spans[k]
        pieces.append(text[last:start])
        if k in names:
            head_at, name = names[k]
            pieces.append(name)
            last, k = spans[head_at][1], head_at + 1
            continue
        pieces.append(term.vi[0])
        last, k = end, k + 1
    pieces.append(text[last:])
    return "".join(pieces)


# --- Vietnamese → English --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _vietnamese_names() -> tuple[tuple[re.Pattern[str], Term], ...]:
    pairs = [(form, term) for term in glossary() if term.kind == "agency" for form in term.vi]
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple((re.compile(rf"(?<!\w){re.escape(form.lower())}(?!\w)"), term) for form, term in pairs)


def english_gloss(name: str) -> str | None:
    """The English gloss of a Vietnamese agency name ("Sở Tư pháp" → "Department of Justice")."""
    key = normalize_tones(" ".join(name.split())).lower().strip(" .;,")
    for pattern, term in _vietnamese_names():
        if pattern.fullmatch(key):
            return term.gloss
    return None


_UPPER = "".join(chr(c) for c in range(0x41, 0x1EF9) if chr(c).isupper() and chr(c).isalpha())
_NAME_GOES_ON = re.compile(
    rf"(?:[ \t]+(?:Trung ương|[{_UPPER}][^\W\d_]*|TW|tỉnh|thành phố)(?![^\W\d_])){{0,4}}"
)


# the printed value goes on past the name, in lower case: a word of it ("Ủy ban nhân dân phường, xã") or
# one more item of the same cell ("các sở, ban, ngành, đoàn thể Thành phố") — not "các …", "và …"
_PRINTED_GOES_ON = re.compile(
    r" (?:phường|xã|huyện|quận|thị xã|đặc khu|cấp|tỉnh|thành phố)\b"
    r"|, (?:ban|ngành|đoàn thể|hội|đơn vị|cơ quan|tổ chức|địa phương|xã|phường|đặc khu|báo|đài|doanh nghiệp)\b"
)


def gloss_names(text: str, seen: set[str] | None = None) -> str:
    """Add "(English gloss)" after each Vietnamese agency name in `text` (the first time it is named),
    outside “quotes” (quoted source text stays exactly as printed). The names of one printed list ("Bộ Tài
    chính, Bộ Nông nghiệp và Môi trường, các địa phương") are glossed together after the whole list, so
    the list reads as printed. `seen` carries glossed names across calls so that a long answer glosses
    each name once."""
    seen = set() if seen is None else seen
    norm = normalize_tones(text)
    if len(norm) != len(text):  # cannot map positions back; leave the text as it is
        return text
    low = norm.lower()
    taken = [False] * len(text)
    # (nor inside brackets: a gloss already said, "(Sở Nội vụ: Department of Home Affairs)")
    for m in re.finditer(r"“[^”]*”|\"[^\"]*\"|\([^()]*:[^()]*\)", text):
        taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    names: list[tuple[int, int, str]] = []
    for pattern, term in _vietnamese_names():
        for m in pattern.finditer(low):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            # a longer proper name goes on ("Ủy ban Kiểm tra Trung ương", "Sở Tư pháp Hà Tĩnh"): the
            # gloss follows the whole name, not its first words
            names.append((m.start(), m.end() + len(_NAME_GOES_ON.match(text, m.end()).group(0)), term.gloss))
    runs: list[list] = []  # [start, end, glosses] of names one printed list holds
    for start, end, gloss in sorted(names):
        if runs and _in_one_list(text[runs[-1][1] : start]):
            runs[-1][1:] = [end, runs[-1][2] + [gloss]]
        else:
            runs.append([start, end, [gloss]])
    inserts: dict[int, list[str]] = {}  # where a value ends → the glosses of its names, in order
    for _, end, glosses in runs:
        # (nor a gloss the answer says already: "Bộ KH&CN; các doanh nghiệp viễn thông (Bộ KH&CN: Ministry of
        # …)" glosses the printed list after it, and a gloss inside it would split the value)
        new = [
            g for g in dict.fromkeys(glosses) if g not in seen and f"{g})" not in text and f"{g};" not in text
        ]
        if not new:
            continue
        # the printed value goes on in words of its own (", các địa phương", " phường, xã, đặc khu"): the
        # gloss follows it, where the value ends
        at = _value_end(text, end)
        if at is None and _PRINTED_GOES_ON.match(text, end):
            continue  # glossed where it stands whole
        at = end if at is None else at
        # a name in the value's own brackets ("Các sở, ban, ngành tỉnh (Sở Tư pháp), …"): the gloss follows the
        # bracket, which stays as printed
        if text[:at].count("(") > text[:at].count(")") and (close := text.find(")", at)) >= 0:
            at = close + 1
        if text[at : at + 2] != " (":
            seen.update(new)
            inserts.setdefault(at, []).extend(new)
    for pos, glosses in sorted(inserts.items(), reverse=True):
        text = text[:pos] + f" ({'; '.join(glosses)})" + text[pos:]
    return text


# between two names of one list: words and separators only ("; ", " và ", ", các sở, ban, "): no digit,
# bracket, quote or other punctuation (checked character by character: no backtracking regex)
_NOT_IN_LIST = re.compile(r"[^\w\s,;]|[\d_]")
_LIST_SEPARATOR = re.compile(r"[,;]|\bvà\b|\band\b")
# where a printed value ends in an English answer: its citation, a bracket, a quote or punctuation
_VALUE_BOUNDARY = re.compile(r"\s*(?:\[|\(|“|[.;:—\n]|$)")
# English words that are no Vietnamese syllable ("an", "in", "to" are: "an ninh", "in ấn", "to lớn")
_ENGLISH_PROSE = re.compile(
    r"\b(?:the|which|who|is|are|was|were|leads?|led|by|of|for|with|tasks?|and|or|its|this)\b",
    re.IGNORECASE,
)
MAX_VALUE_TAIL = 120


_LIST_GOES_ON = re.compile(r"\s*[,;]\s|\s+và\s")


def _has_marks(text: str) -> bool:
    return fold(text) != text.lower()


def _in_one_list(gap: str) -> bool:
    return (
        len(gap) <= 60
        and bool(_LIST_GOES_ON.match(gap) or _PRINTED_GOES_ON.match(gap))
        and bool(_LIST_SEPARATOR.search(gap))
        and not _NOT_IN_LIST.search(gap)
        and not _ENGLISH_PROSE.search(gap)
    )


def _tail_end(text: str, end: int) -> int:
    """Where the run of words, spaces and commas after `end` ends (at its last letter)."""
    last = end
    for i in range(end, min(len(text), end + MAX_VALUE_TAIL + 1)):
        c = text[i]
        if c.isalpha() or (c.isdigit() and last > end):  # (a date within the value: "trước ngày 10/01/2025")
            last = i + 1
        elif (
            c == ";"
            and _has_marks(_NEXT_WORD.match(text, i + 1).group(0))
            and ":" not in _next_segment(text, i + 1)
        ):
            continue  # one cell's entries ("…, các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan"), not a label
            # that follows ("Sở Tư pháp; phối hợp: Sở Nội vụ")
        elif c not in " \t,/-" and not c.isdigit():
            break
    return last


_NEXT_WORD = re.compile(r"\s*\S*")
_SEGMENT = re.compile(r"[^;\[\]\n]*")


def _next_segment(text: str, start: int) -> str:
    """The text from `start` up to the next ";", citation mark or line end."""
    return _SEGMENT.match(text, start).group(0)


def _value_end(text: str, end: int) -> int | None:
    """Where the printed value that a name starts ends, when it goes on in Vietnamese words up to its
    citation or punctuation (None when English prose follows the name, or nothing does)."""
    stop = _tail_end(text, end)
    tail = text[end:stop]
    english = _ENGLISH_PROSE.search(tail)
    if english:
        # "…, tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương leads the task": the value ends where the
        # English words begin, when Vietnamese words come before them (not "Sở Tư pháp, in particular")
        stop = end + len(tail[: english.start()].rstrip(" ,\t"))
        tail = text[end:stop]
        words = tail.split()
        # (the last word Vietnamese, or a numeral or code of the name: "khu vực XII")
        if not words or not _has_marks(tail) or not (_has_marks(words[-1]) or words[-1].isupper()):
            return None
    if stop == end:
        return None
    if not (_PRINTED_GOES_ON.match(text, end) or _LIST_GOES_ON.match(text, end) or _has_marks(tail)):
        return None  # Vietnamese words go on ("có liên quan và UBND các xã, phường"), not English ones
    if not (english or _VALUE_BOUNDARY.match(text, stop)) or stop - end > MAX_VALUE_TAIL:
        return None
    return stop


# --- provinces -------------------------------------------------------------------------------------
# "ở Hồ Chí Minh", "tại Hòa Bình": a place word before the name makes it a place too; so does a local
# body's name right before it ("Sở Nội vụ Hồ Chí Minh", "UBND Hồ Chí Minh")
_PREFIX = (
    r"(?:tỉnh|thành phố|tp\.?|ở|tại|in|province of|city of"
    # ("Sở Văn hóa và Thể thao Hồ Chí Minh": "và" inside the name, never right before the place)
    r"|(?<!cơ )(?:sở|ubnd|ủy ban nhân dân)(?:\s+(?:và\s+)?(?!và\b)[^\W\d_]+){0,5})\s+"
)
# unaccented "so" is also "số", "sổ", "sơ": only the People's Committee names a place this way
_PREFIX_FOLDED = r"(?:tinh|thanh pho|tp\.?|o|tai|in|province of|city of|(?:ubnd|uy ban nhan dan))\s+"


@lru_cache(maxsize=64)
def _province_patterns(
    extra: tuple[str, ...],
) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str, str, str], ...]:
    """(pattern on accented text, pattern on folded text, canonical name, the name as each pattern prints it),
    longest forms first. (A pattern can only match where its name stands: the name is looked for first, which
    spares running some hundred patterns over every text.)"""
    entries: list[tuple[str, str, bool]] = []
    known = {fold(p.name) for p in provinces()}
    for p in provinces():
        entries.append((p.name, p.name, p.needs_prefix))
        entries.extend((form, p.name, False) for form in p.forms)
    entries.extend((name, name, False) for name in extra if fold(name) not in known)
    entries.sort(key=lambda e: -len(e[0]))
    out = []
    for form, name, needs_prefix in entries:
        low = normalize_tones(form).lower()
        prefix_acc = _PREFIX if needs_prefix else ""
        prefix_fold = _PREFIX_FOLDED if needs_prefix else ""
        # the prefix must be there but is not part of the name: only the name's span is reported
        accented = re.compile(rf"(?<!\w){prefix_acc}(?P<n>{re.escape(low)})(?!\w)")
        folded = re.compile(rf"(?<!\w){prefix_fold}(?P<n>{re.escape(fold(form))})(?!\w)")
        out.append((accented, folded, name, low, fold(form)))
    return tuple(out)


def find_provinces(text: str, extra: Iterable[str] = ()) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of each province/city named in `text` (see _find_provinces)."""
    return list(_find_provinces(text, tuple(sorted(set(extra)))))


@lru_cache(maxsize=2048)
def _find_provinces(text: str, extra: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """(canonical name, start, end) of each province/city named in `text`, in order of appearance.
    `extra`: more names (e.g. the provinces of the indexed documents). Accented text is matched with its
    accents (so "năm định kỳ" is not "Nam Định"); unaccented text is matched unaccented."""
    accented_input = _has_diacritics(text)
    norm = normalize_tones(text)
    if len(norm) != len(text):
        norm = text
    low = norm.lower() if accented_input else fold(norm)
    taken = [False] * len(low)
    found = []
    for accented, folded, name, said, said_folded in _province_patterns(tuple(sorted(set(extra)))):
        pattern = accented if accented_input else folded
        if (said if accented_input else said_folded) not in low:
            continue
        for m in pattern.finditer(low):
            start, end = m.span("n")
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            found.append((name, start, end))
    # an English question may still carry an accented name ("Hải Phòng's task"), and vice versa
    if accented_input:
        folded_low = fold(norm)
        for _, folded, name, _, said_folded in _province_patterns(tuple(sorted(set(extra)))):
            if said_folded not in folded_low:
                continue
            for m in folded.finditer(folded_low):
                start, end = m.span("n")
                if not any(taken[start:end]) and not _has_diacritics(text[start:end]):
                    taken[start:end] = [True] * (end - start)
                    found.append((name, start, end))
    return tuple(sorted(found, key=lambda f: f[1]))


def province_names(text: str, extra: Iterable[str] = ()) -> list[str]:
    """Canonical province names in `text`, unique, in order."""
    out: list[str] = []
    for name, _, _ in find_provinces(text, extra):
        if name not in out:
            out.append(name)
    return out


def gloss_list(values: Sequence[str], printed: str | None = None) -> str:
    """Agency names as printed (`printed`, else joined with "; "), then the English glosses of those the
    glossary knows, in one bracket: "Sở Tư pháp; Sở Ngoại vụ (Department of Justice; Department of
    Foreign Affairs)"; when it knows only some, each gloss is said with its name ("Ban X; Sở Nội vụ (Sở Nội
    vụ: Department of Home Affairs)"). The printed value stays whole, so that a reader (or a search) finds
    it as it is."""
    text = printed if printed is not None else "; ".join(values)
    known = [(value, g) for value in values if (g := english_gloss(value))]
    if not known:
        return text
    if len(known) == len(values):
        return f"{text} ({'; '.join(dict.fromkeys(g for _, g in known))})"
    # some names the glossary does not know: each gloss says whose it is
    return f"{text} ({'; '.join(dict.fromkeys(f'{value}: {g}' for value, g in known))})"
