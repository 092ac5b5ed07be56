"""Answers from a section whose title is what the question asks about: "Phú Thọ đặt ra những mục tiêu gì?"
is answered by the items under "I. MỤC TIÊU", "Quan điểm chỉ đạo của Nghị quyết là gì?" by those under
"1. Quan điểm chỉ đạo" — the section, whole, not the one sentence that repeats its title's words."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant import compose, special
from assistant.evidence import terms
from assistant.glossary import english_terms, has_vietnamese_marks
from assistant.index_view import IndexView
from assistant.matching import section_named, under_title
from assistant.messages import lang_of, say
from assistant.question_rules import ASKS_BODIES, any_match
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import ARTICLE, Query, without_named_kinds
from indexer.agencies import spelled_out
from indexer.records import Chunk
from indexer.text import fold, normalize_tones

HEADING_MAX_WORDS = 8  # a section title, not a sentence
NAMED_TITLE_WORDS = 16  # a title the question names by its marker ("Mục 8 …") may be longer
NAMED_MIN = 4  # words of a document's kind and title the question must say to name it among many
NAMED_LEAD = 2  # words of its title a question says beyond any other document named alike
EXTRA_MAX = 2  # words of the question beyond the title and the document's name ("đặt ra", "nêu")
# the marker of a heading: "I.", "2.", "a)", "Điều 3."
_MARKER = re.compile(
    r"^\s*(?:(?:phần|chương|mục|điều)\s+)?(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?\s+", re.I
)
_PART = re.compile(r"\s*(?:,|;|\bvà\b)\s*", re.I)
# "gồm những điểm / nội dung nào", "lấy từ những nguồn nào" (of funding): the items asked for, not words of a
# title
# (and the words for a part of the text: "its purpose-and-requirements part", "phần mục đích, yêu cầu")
_LIST_WORDS = frozenset(
    {"diem", "noi", "dung", "points", "items", "nguon", "sources", "phan", "part", "section"}
)
# how a question says a document states what it holds: "xác định", "đặt ra", "đề ra", "nêu", "cần"
_STATES = frozenset({"xac", "dinh", "dat", "de", "ra", "neu", "can"})
_ASKS = re.compile(r"\b(?:gi|nao|gom|what|which|list|dau|where)\b")


@dataclass(frozen=True)
class SectionAnswer:
    text: str
    citations: list[Citation]
    count: int
    labelled: bool = False  # its items are a record's labelled lines ("- Nội dung: …"), not points to count


# what a question says a section is about: "… những quan điểm chỉ đạo nào về công tác xây dựng …"
# (a time between them: "… những mục tiêu cụ thể nào đến năm 2030 về phân loại, thu gom …")
_ABOUT = re.compile(r"\b(?:nao|gi)(?: \w+){0,4}? (?:ve|doi voi|trong linh vuc) (.+)$")
# … and an English one, in its glossed words, after its last "for"/"about"/"on" ("What guiding viewpoints does
# the plan set out for law-making and enforcement?")
_ABOUT_EN = re.compile(r"\b(?:for|about|regarding|concerning|on) ((?:(?!\b(?:for|about|on)\b).)+)$")


def _about(query: Query) -> re.Match[str] | None:
    if query.lang == "en":
        return _ABOUT_EN.search(fold(query.search_text or query.question))
    return _ABOUT.search(fold(query.question))


def _title(chunk: Chunk, opening: bool = False, named: bool = False) -> str | None:
    """The chunk's text as a section title ("I. MỤC TIÊU" → "MỤC TIÊU"), or None for a sentence. `opening`: a
    title in capitals that opens the chunk before its lead-in sentence ("II. NHIỆM VỤ CỤ THỂ Nhằm đạt được
    mục tiêu …") counts too. `named`: the question names the section by its marker, so a longer title of no
    sentence ("8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", the bodies its items address) counts."""
    text = chunk.text.strip().rstrip(":.")
    rest = _MARKER.sub("", text, count=1)
    if rest == text or not rest:
        return None
    if named and len(rest.split()) <= NAMED_TITLE_WORDS and not re.search(r"[.;]", rest):
        return rest
    if rest.isupper() and len(rest.split()) <= NAMED_TITLE_WORDS and not re.search(r"[.;:]", rest):
        return (
            rest  # a longer title printed whole in capitals ("PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ")
        )
    if len(rest.split()) > HEADING_MAX_WORDS:
        if not opening:
            return None
        words = []
        for word in rest.split()[: HEADING_MAX_WORDS + 1]:
            if not word.strip(",;:").isupper() or not any(c.isalpha() for c in word):
                break
            words.append(word)
        if not 2 <= len(words) <= HEADING_MAX_WORDS:
            return None  # ("UBND tỉnh …": an acronym opens a sentence)
        return " ".join(words).rstrip(",;:")
    return rest


UNPUNCTUATED_MAX = 60  # words of a numbered title that ends no sentence, at most


def _unpunctuated(chunk: Chunk) -> str | None:
    """A numbered clause's text that ends no sentence, as a long title ("3. Tạo đột phá trong công tác thi
    hành pháp luật, bảo đảm pháp luật được thực hiện công bằng …; gắn kết chặt chẽ …"); None otherwise."""
    text = chunk.text.strip().rstrip(":")
    rest = _MARKER.sub("", text, count=1)
    if rest == text or not rest or len(rest.split()) > UNPUNCTUATED_MAX or re.search(r"[.!?](?=\s|$)", rest):
        return None
    return rest


# a title's closing period ("… đến năm 2030", "… giai đoạn 2026 - 2030", "(năm 2025)")
_TITLE_PERIOD = re.compile(
    r"\s*\(?\s*(?:(?:đến|tới|trong)\s+)?(?:năm|giai đoạn)\s+((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\s*\)?$",
    re.I,
)
# a title's label and number before its name ("Mục tiêu 4: Trong lĩnh vực y tế", "Nhóm 2. Về dữ liệu")
_TITLE_LABEL = re.compile(
    r"^(\w+(?:\s\w+)?)\s+(?:\d{1,2}|[IVX]{1,4})\s*[.:]\s*(?:(?:trong|về)\s+)?(?:lĩnh vực\s+)?(.+)$", re.I
)


_TARGETS_HEAD = re.compile(r"^(?:các )?(?:mục tiêu|chỉ tiêu|tầm nhìn)\b", re.I)
_ITEM_BY_NUMBER = re.compile(r"\b(?:chi tieu|muc tieu|targets?|objectives?|indicators?|goals?) (?:so )?\d")


def _unqualified(piece: str, years: tuple[int, ...], item_asked: bool = False) -> str:
    """A title piece of targets without the period that closes it (when the question says no other year) and
    without the number of its label and the "trong lĩnh vực" before its name (unless the question asks one item
    by its number): what a question names it by. ("Phát triển kinh tế số đến năm 2030" keeps its period: without
    it, it is the plan's own topic.)"""
    period = _TITLE_PERIOD.search(piece)
    if period and period.start() > 0 and _TARGETS_HEAD.match(piece.strip()):
        first = int(period.group(1))
        span = range(first, int(period.group(2) or first) + 1)
        if not years or any(y in span for y in years):
            piece = piece[: period.start()]
    label = _TITLE_LABEL.match(piece)
    if label and not label.group(1)[0].isdigit() and not item_asked:
        piece = f"{label.group(1)} {label.group(2)}"
    return piece


# the head of a body's name an English question says in its own word ("department directors": "Giám đốc Sở")
_HEADS_SAID = (("so", re.compile(r"\bdepartments?\b")), ("bo", re.compile(r"\bministr(?:y|ies)\b")))


def _heads_said(query: Query) -> frozenset[str] | None:
    """The heads of bodies' names an English question says in English ("department" → "so"); None for a
    question in Vietnamese."""
    if query.lang != "en":
        return None
    folded = fold(query.question)
    return frozenset(head for head, english in _HEADS_SAID if english.search(folded))


def _part_said(part, said, heads: frozenset[str] | None) -> bool:
    """Whether the question says a part of a title of no sentence (its words as pairs; a one-word part, the word);
    in English (`heads` not None), its words in any order, the heads of bodies' names it says in English aside."""
    if part.bigrams <= said.bigrams if part.bigrams else part.unigrams <= said.unigrams:
        return True
    if heads is None:
        return False
    words = part.unigrams - heads
    return len(words) >= 2 and words <= said.unigrams


def _marker_named(chunk: Chunk, question: str) -> set[str]:
    """The words with which the question names the heading by its marker ("Mục II", "Section II", "phần
    2"): they say which section, not what it holds."""
    m = _MARKER.match(chunk.text.strip())
    if m is None:
        return set()
    mark = fold(m.group(0)).strip(" .)")
    mark = mark.split()[-1] if mark else mark
    if not mark or not re.search(
        rf"\b(?:muc|phan|chuong|dieu|section|part|chapter|article)\s+{re.escape(mark)}\b", fold(question)
    ):
        return set()
    return {mark, "muc", "phan", "chuong", "dieu"}


# "Các hành vi bị nghiêm cấm": no content ("nghiêm" only strengthens "cấm": "luật cấm những hành vi nào")
_GRAMMAR = frozenset({"bi", "duoc", "cac", "nhung", "nghiem", "va"})


def _words_named(part, asked, question: str) -> bool:
    """A title of three or more content words that the question says in another order, asking for the
    title's own noun ("nghiêm cấm những hành vi nào" for "Các hành vi bị nghiêm cấm")."""
    words = part.unigrams - _GRAMMAR
    # (the question's own words: a topic has lost those that name the document, "kinh tế số, xã hội số" of
    # "Kế hoạch phát triển kinh tế số, xã hội số …" for "PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ")
    if len(words) < 3 or not words <= asked.unigrams | terms(question).unigrams:
        return False
    return any(m.group(1) in part.bigrams for m in _ASKED_NOUN.finditer(fold(question)))


def _named_before_implementing(part, titled) -> bool:
    """ "KINH PHÍ THỰC HIỆN" named by "funding" alone: an English question rarely says the "thực hiện" (of
    implementing) that closes such a title; what stands before it, two words or more, must be said.
    ("TỔ CHỨC THỰC HIỆN" is not named by "organisation": its words before "thực hiện" are a verb there.)"""
    if "thuc hien" not in part.bigrams:
        return False
    rest = part.unigrams - _GRAMMAR - {"thuc", "hien"}
    return len(rest) >= 2 and rest != {"to", "chuc"} and rest <= titled.unigrams


# form words a question's topic drops ("của", "ở") that a title prints between its words
_FORM_WORDS = frozenset({"cua", "o", "tai", "ve", "cho", "voi", "cac", "nhung"})


def _without_form_words(text: str) -> str:
    return " ".join(w for w in text.split() if fold(w) not in _FORM_WORDS)


def _bare_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(_without_form_words(text))))


# words a question drops from a title it names ("tạo đột phá trong thi hành pháp luật" of "Tạo đột phá trong
# công tác thi hành pháp luật"): form words, and "công tác" (the "work of" before a field)
_DROPPED = re.compile(r"\b(?:" + "|".join(sorted(_FORM_WORDS | {"trong", "cong tac"})) + r")\b")
HEAD_IN_ORDER = 4  # content words of a title's head the question says in its order, at least


def _head_in_order(piece: str, question: str) -> bool:
    """Whether the question says the words of a title's first piece in their order, each but the words it may
    drop ("Nhóm giải pháp tạo đột phá trong thi hành pháp luật …" of "3. Tạo đột phá trong công tác thi hành
    pháp luật, bảo đảm …"): the title named by its head, its list of aims left unsaid."""
    words = " ".join(_DROPPED.sub(" ", fold(_MARKER.sub("", piece, count=1))).split())
    if len(words.split()) < HEAD_IN_ORDER:
        return False
    said = " ".join(_DROPPED.sub(" ", " ".join(re.findall(r"\w+", fold(question)))).split())
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", said) is not None


_ASKED_NOUN = re.compile(r"(?=\b(\w+ \w+) (?:nao|gi)\b)")


def article_title(view: IndexView, chunk: Chunk) -> str | None:
    """The title of an article printed over its one paragraph ("Điều 49. Quyền khiếu nại về bảo hiểm thất
    nghiệp" above "Cơ quan, tổ chức, cá nhân có quyền …"): the words before the first blank line of its
    source, without the marker; None when the article prints no such title."""
    clause = view.clauses_by_id.get(chunk.ref)
    if clause is None:
        return None
    ends = [o for (o, _), (p, _) in zip(clause.breaks, clause.breaks[1:], strict=False) if o == p and o > 0]
    if not ends:
        return None
    if not ARTICLE.match(clause.text.lstrip()):
        return None
    rest = _MARKER.sub("", clause.text[: ends[0]].strip(), count=1).strip().rstrip(":")
    after = clause.text[ends[0] :].lstrip()
    # (a wrapped line is no title: "… Kế hoạch thực hiện Nghị" over "quyết …", "… Giám đốc Sở Tư pháp," over "…")
    if not after or not after[0].isupper() or rest.endswith((",", "-")):
        return None
    if not rest or len(rest.split()) > NAMED_TITLE_WORDS or re.search(r"[.;]", rest):
        return None
    return rest


def _words_before_number(view: IndexView, doc: str, question: str) -> set[str]:
    """The words of the document's kind and title the question says right before its number ("Luật Việc làm
    74/2025/QH15"): they name it, whatever the topic kept of them. `question`: folded words."""
    d = view.docs.get(doc)
    number = re.match(r"\d+", d.number or "") if d else None
    if number is None:
        return set()
    m = re.search(rf"((?:\w+ ){{1,6}}){number.group(0)}(?!\d)", question)
    if m is None:
        return set()
    own = terms(f"{d.kind} {d.title}").unigrams
    return {w for w in m.group(1).split() if w in own}


def _said_at(piece: str, question: str) -> int | None:
    """Where the question (its words, folded, one space apart) says the title piece word for word (two words
    or more); None when it does not."""
    words = _piece_words(piece)
    if len(words) < 3:  # ("các nhiệm vụ" of the ask is no title "NHIỆM VỤ")
        return None
    at = f" {question} ".find(f" {' '.join(words)} ")
    return None if at < 0 else at


@lru_cache(maxsize=8192)
def _piece_words(piece: str) -> tuple[str, ...]:
    words = re.findall(r"\w+", fold(piece))
    while words and words[0] in ("cac", "nhung"):  # ("Các chế độ …" said as "những chế độ …")
        words = words[1:]
    return tuple(words)


def _without_title_runs(question: str, titles: list[str]) -> str:
    """The folded question with every run of three words or more that a document's title prints (folded) put
    out ("|"): those words name the document."""
    words = question.split()
    folded = [" " + " ".join(re.findall(r"\w+", fold(t))) + " " for t in titles]
    out, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and any(f" {' '.join(words[i : j + 1])} " in t for t in folded):
            j += 1
        if j - i >= 3:
            out.append("|")
            i = j
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


_OF_DOCUMENT = re.compile(
    r"(?i)\s+(?:của\s+|cua\s+|of\s+)?(?:the\s+)?(?:nghị quyết|nghi quyet|quyết định|quyet dinh|kế hoạch|ke hoach"
    r"|luật|luat|nghị định|nghi dinh|thông tư|thong tu|chỉ thị|chi thi|công văn|cong van|chương trình|chuong trinh"
    r"|resolution|decision|plan|law|decree|circular|directive|letter|programme)\s+(?:số\s+|so\s+|no\.?\s*)?(\d+)"
)


def _parts_asked(view: IndexView, question: str, scope: set[str] | None) -> set[str]:
    """The top-level parts ("Mục IV", "section II") a question names of a document in scope; a part of another
    document ("mục III Nghị quyết 66" in a question about a plan that implements it) is none of them."""
    said = normalize_tones(question)
    asked = set()
    for m in _ROMAN_ASKED.finditer(said):
        other = _OF_DOCUMENT.match(said, m.end())
        if other and not any(
            (view.docs[d].number or "").startswith(other.group(1)) for d in (scope or ()) if d in view.docs
        ):
            continue
        asked.add(m.group(1))
    return asked


def _says_phrase(piece: str, question: str) -> bool:
    return _said_at(piece, question) is not None


def _names_document(view: IndexView, doc: str, asked) -> set[str]:
    """The question's words it shares, as pairs, with the document's kind and title: they name it."""
    d = view.docs.get(doc)
    if d is None:
        return set()
    # (its issuer too: "Government Resolution 394", "Nghị quyết của Chính phủ")
    title = terms(f"{d.kind} {d.title} {d.number or ''} {spelled_out(d.issuer or '')}")
    shared = asked.bigrams & title.bigrams
    # (and the numbers of the documents its title cites, "66-NQ/TW", "45-CTr/TU", as the question writes them)
    numbers = {w for w in asked.unigrams & title.unigrams if any(ch.isdigit() for ch in w)}
    return {w for pair in shared for w in pair.split()} | numbers


def named_documents(view: IndexView, asked, scope: set[str] | None, one: bool = False) -> set[str] | None:
    """Of many documents in scope (or all), the one or two the question names by their kind and title words
    ("Quy định về kết nối, chia sẻ dữ liệu …", "Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai
    thác kết cấu hạ tầng xây dựng"); None when it names none, or more (`one`: or more than one)."""
    shared = {d: len(_names_document(view, d, asked)) for d in (scope or view.docs)}
    names = [d for d, n in shared.items() if n >= NAMED_MIN]
    if len(names) > (1 if one else 2):
        # several plans named alike ("kế hoạch triển khai Nghị quyết 66-NQ/TW, Nghị quyết 140/NQ-CP và
        # Chương trình 45-CTr/TU"): the one or two whose title the question says clearly more of
        most = max(shared[d] for d in names)
        top = [d for d in names if shared[d] == most]
        runner_up = max((shared[d] for d in names if shared[d] < most), default=0)
        names = top if most - runner_up >= NAMED_LEAD else names
    return set(names) if 0 < len(names) <= (1 if one else 2) else None


# "Kế hoạch … nhằm mục đích gì?": the plan's part titled "Mục đích", when it has one ("mục đích gì" is otherwise a form
# of the ask, not its topic: "ưu tiên cho những mục đích nào")
_PURPOSE_ASKED = re.compile(
    r"\b(?:nham|co|la|voi) muc dich (?:gi|nao)\b|\bmuc dich (?:cua (?:\w+ ){1,8})?la gi\b"
)


def heading_for(
    view: IndexView, query: Query, scope: set[str] | None, whole_articles: bool = False
) -> Chunk | None:
    """The section heading of a document in scope whose title (or one part of it: "MỤC ĐÍCH" of "MỤC
    ĐÍCH, YÊU CẦU") the question names, with at most EXTRA_MAX words besides it and the document's name."""
    if _PURPOSE_ASKED.search(fold(query.question)) and "muc dich" not in fold(query.topic):
        purposed = _heading_for(view, replace(query, topic=f"{query.topic} mục đích"), scope, whole_articles)
        if purposed is not None and "muc dich" in fold(purposed.text[:60]):
            return purposed
    return _heading_for(view, query, scope, whole_articles)


def _heading_for(view: IndexView, query: Query, scope: set[str] | None, whole_articles: bool) -> Chunk | None:
    # (the kind before a number the question names, "QĐ 2597/QĐ-TTg", names the document, not the section)
    asked = terms(without_named_kinds(query.topic, query.question))
    if not asked.unigrams:
        return None
    if scope is None or len(scope) > 2:
        scope = named_documents(view, asked, scope)
        if scope is None:
            return None
    opening_words = _bare_words(query.topic)
    # an English word of several senses ("purpose") may name the title in any of them ("MỤC ĐÍCH")
    senses = [term.vi for _, term in english_terms(query.question)] if query.lang == "en" else []
    titled = terms(" ".join([query.topic, *(f for forms in senses for f in forms)])) if senses else asked
    # "under Article 23", "tại Điều 23": another article's title is not the one asked
    articles = {path.split(".")[0] for path in query.articles}
    # "Mục IV …", "section II": a title under another top-level part is not the one asked
    parts_asked = _parts_asked(view, query.question, scope)
    folded_question = " ".join(re.findall(r"\w+", fold(query.question)))
    # (the words of a document's title said in the question name the document, not a section: "Kế hoạch phát
    # triển kinh tế số … đặt ra những mục tiêu nào?" asks no section "Phát triển kinh tế số")
    doc_titles = [view.docs[d].title for d in scope if d in view.docs]
    question = _without_title_runs(folded_question, doc_titles)
    if query.lang == "en" and query.search_text:
        # (an English question says a title in its glossed words: "the specific targets" is "mục tiêu cụ thể")
        glossed = " ".join(re.findall(r"\w+", fold(query.search_text)))
        question = f"{question} | {_without_title_runs(glossed, doc_titles)}"
    # ("Chỉ tiêu 2 của mục tiêu về y tế": one item asked by its label and number, not the section its label names)
    item_asked = bool(_ITEM_BY_NUMBER.search(folded_question))
    whole_words = terms(
        query.question if query.lang != "en" else " ".join([query.question, query.search_text, query.topic])
    )
    heads_said = _heads_said(query)
    # "Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)": a title's "Quỹ" is the fund the question names in full
    defined = [
        (frozenset(long.split()), frozenset(short.split()))
        for doc in sorted(scope)
        for long, short in view.defined_names.get(doc, ())
    ]
    best: tuple | None = None
    for doc in sorted(scope):
        naming = _names_document(view, doc, asked)
        # (an article of a document named by its number, "Luật Việc làm 74/2025/QH15": the words before the number
        # name the document too, whatever the topic kept of them)
        before_number = _words_before_number(view, doc, folded_question)
        for chunk in view.clause_chunks_by_doc.get(doc, ()):
            if not chunk.path or chunk.kind != "clause":
                continue
            title = _title(chunk, opening=True)
            # a longer title of no sentence ("8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", whom its items
            # address) is named only by all its parts
            whole = title is None
            title = title or _title(chunk, opening=True, named=True)
            # a long title of no sentence end ("3. Tạo đột phá trong công tác thi hành pháp luật, bảo đảm …;
            # gắn kết …"): named only by its head
            unpunctuated = title is None
            title = title or _unpunctuated(chunk)
            own = ARTICLE.match(chunk.text.lstrip())
            if title is None and own:
                title = article_title(view, chunk)
                whole = unpunctuated = False
            if title is None:
                continue
            if articles and own and own.group(2) not in articles:
                continue
            top = chunk.path.split(":")[-1].split(".")[0]
            if parts_asked and re.fullmatch(_ROMAN, top) and top not in parts_asked:
                continue
            printed = [p for p in _PART.split(title) if p.strip()]
            # (a title's period and label number qualify it: "Mục tiêu cụ thể đến năm 2030" is named by "mục
            # tiêu cụ thể" of a question of no other year, "Mục tiêu 4: Trong lĩnh vực y tế" by "mục tiêu … y tế")
            pieces = [_unqualified(p, query.years, item_asked) for p in printed]
            parts = [terms(p) for p in pieces]
            # each part without the form words a topic loses ("Cơ cấu tổ chức của Quỹ" as "cơ cấu tổ chức Quỹ")
            # (named so only as the question's opening words: "Nội dung kiểm tra hoạt động của Quỹ …" asks a part of
            # what "Kiểm tra hoạt động của Quỹ" covers)
            bare = [
                terms(_without_form_words(p)) if opening_words.startswith(_bare_words(p)) else terms("")
                for p in pieces
            ]
            # (a title named by its head in the question's order: its first piece, whatever follows it)
            head = len(pieces) > 1 and _head_in_order(pieces[0], query.question)
            if whole:
                # (every part, by the question's own words: a topic may have lost "cơ quan" of "Thủ trưởng cơ
                # quan" as a word of the ask)
                # (an English question's, in its glossed words: "department directors and heads of agencies" for
                # "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", its "Sở" said as "department")
                named = [p for p in parts if _part_said(p, whole_words, heads_said)]
                # (a one-word part goes with the list before it: "ban", "ngành" of "cơ quan, ban, ngành")
                needed = [p for p in parts if len(p.unigrams) >= 2] or parts
                if (any(p not in named for p in needed) and not head) or (unpunctuated and not head):
                    continue
            else:
                named = [
                    p
                    for p, b, piece in zip(parts, bare, pieces, strict=True)
                    if p.bigrams
                    and (
                        p.bigrams <= titled.bigrams
                        # (printed word for word in the question, its "của"/"về" too: "trách nhiệm của Quỹ")
                        or _says_phrase(piece, question)
                        or (bool(b.bigrams) and b.bigrams <= titled.bigrams)
                        or _words_named(p, titled, query.question)
                        # an English question glossed word by word keeps English order ("funding sources for
                        # implementing the scheme" for "KINH PHÍ THỰC HIỆN ĐỀ ÁN"): the title's words, in any order
                        or (
                            query.lang == "en"
                            and len(p.unigrams - _GRAMMAR) >= 3
                            and p.unigrams <= titled.unigrams
                        )
                        or (query.lang == "en" and _named_before_implementing(p, titled))
                    )
                ]
            if head and parts[0] not in named:
                named = [parts[0], *named]
            if not named:
                continue
            said = set().union(*(p.unigrams for p in parts), *(terms(p).unigrams for p in printed))
            # (the words of a part the question names, and those it says of another part it says a word pair of:
            # "objectives and functions of the Fund" of "Mục tiêu, chức năng hoạt động của Quỹ"; not words that name
            # the document)
            covered = set().union(*(p.unigrams for p in named))
            if named:
                covered |= set().union(
                    *((p.unigrams & titled.unigrams) - naming for p in parts if p.bigrams & titled.bigrams)
                )
            if not head and 2 * len(covered) < len(said):
                continue  # "tổ chức" of "Trách nhiệm của các cơ quan, tổ chức": a word of a list, not the title
            marker = _marker_named(chunk, query.question)
            extra = {
                w for w in asked.unigrams - said - naming - marker - _LIST_WORDS - _STATES if not w.isdigit()
            }
            if own:
                extra -= before_number
            for long, short in defined:
                if short <= said and long & extra:
                    extra -= long
            for forms in senses:  # the topic reads each English word in its first sense
                if any(terms(f).unigrams <= said for f in forms):
                    extra -= set().union(*(terms(f).unigrams for f in forms))
            items = special.sub_items(view, chunk)
            if len(extra) > EXTRA_MAX and items and (about := _about(query)):
                # "… nêu những quan điểm chỉ đạo nào về công tác xây dựng và thi hành pháp luật?": what the
                # question says the section is about ("về …"), its items say
                extra -= (
                    terms(about.group(1)).unigrams & terms(" ".join(item.text for item in items)).unigrams
                )
            # (an article of no numbered clauses, "Điều 49. Quyền khiếu nại …" over one paragraph, is stated whole)
            if len(extra) > EXTRA_MAX or (not items and (own is None or not whole_articles)):
                continue
            # "yêu cầu" names the part "YÊU CẦU" of "I. MỤC ĐÍCH, YÊU CẦU" and the whole of its "2. Yêu cầu":
            # the section the question names whole is the one asked
            # (a title the question names as printed before one it names only without its form words)
            loose = (
                not whole
                and not any(
                    p.bigrams <= titled.bigrams or _words_named(p, titled, query.question) for p in named
                )
                and not any(_says_phrase(piece, question) for piece in pieces)
            )
            # (of titles named alike, the longer one the question says word for word: "nguyên tắc bảo hiểm thất
            # nghiệp" is the article's, not its chapter's "BẢO HIỂM THẤT NGHIỆP")
            # (and of two said word for word, the one the question opens its ask with: "Nội dung kiểm tra hoạt
            # động của Quỹ …" asks the article "Nội dung kiểm tra", not "Kiểm tra hoạt động của Quỹ")
            said = min(
                ((at, -len(p.split())) for p in pieces if (at := _said_at(p, question)) is not None),
                default=(len(question), 0),
            )
            key = (int(loose), said, len(extra), len(parts) - len(named), chunk.lines[0])
            if best is None or key < best[:5]:
                best = (*key, chunk)
    return best[5] if best else None


# what a count of a section's items counts ("phần tạo đột phá … gồm mấy nội dung, liệt kê giúp"): its points,
# answered by the section with its items counted (not tasks, documents or bodies: the rows and the records)
_SECTION_ITEMS = frozenset(
    {"noi dung", "giai phap", "bien phap", "yeu cau", "muc tieu", "quan diem", "diem", "y", "point", "item"}
)


# a labelled line of a record ("- Nội dung: …", "- Cơ quan thực hiện: …"): a field, not a point of a list
_LABEL_LINE = re.compile(r"^\s*[-+•*]?\s*[^\W\d_][^:;.]{0,40}:\s")


def _counts_section_items(noun: str) -> bool:
    """A count asked of a section's items ("bao nhiêu giải pháp"), or of its groups ("mấy nhóm giải pháp": the
    noun after "nhóm", cut short as the count's noun may be, "nhom giai")."""
    words = fold(noun).split()
    if len(words) > 1 and words[0] in ("nhom", "loai"):
        said = " ".join(words[1:])
        return any(item == said or item.startswith(said + " ") for item in _SECTION_ITEMS if " " in item)
    return " ".join(words) in _SECTION_ITEMS


def asks_section(query: Query) -> bool:
    counted = query.answer_type == "count" and _counts_section_items(query.count_noun)
    return (
        query.intent in ("general", "fact")
        and (
            query.answer_type is None
            or (counted and (query.plural or fold(query.count_noun).startswith(("nhom ", "loai "))))
        )
        and not query.agencies
        and not query.has_period
        and bool(query.plural or counted or _ASKS.search(fold(query.question)))
    ) or _asks_who_and_what_of_marked(query)


# "… which bodies are assigned tasks under point 8 …, and what must each do?", "Mục 8 giao những cơ quan nào
# và nội dung là gì?": who and what, of a section named by its number: that section, whole
WHAT_EACH_DOES = re.compile(
    r"\bwhat (?:must|do|does|should|will) (?:each|they|it|every)\b|\bwhat (?:each|they) (?:must|should|do)\b"
    r"|\b(?:lam|thuc hien|phai lam) (?:nhung )?(?:viec )?gi\b|\bviec gi\b|\bnoi dung (?:la )?gi\b"
    # ("… which specific bodies are tasked under point 8 …, and with what?")
    r"|\b(?:and )?with what\W*$|\bto do what\b"
)


def _asks_who_and_what_of_marked(query: Query) -> bool:
    # ("… which specific bodies are tasked under point 8 (heads of departments and agencies), and with what?": the
    # bodies asked in a question read as general, a collective named in brackets)
    bodies = query.intent == "general" and any_match(ASKS_BODIES, fold(query.question))
    if (query.intent not in ("lead_agency", "coordinating_agencies") and not bodies) or query.has_period:
        return False
    said = normalize_tones(query.question)
    marked = _ROMAN_ASKED.search(said) or _ARABIC_ASKED.search(said)
    return bool(marked) and bool(WHAT_EACH_DOES.search(fold(query.question)))


_ROMAN = r"(VIII|VII|VI|IV|IX|X|V|III|II|I)"
_ROMANS = frozenset(_ROMAN.strip("()").split("|"))
# "Mục II", "section III", "phần IV": a top-level section by its Roman number (printed in capitals: "mục vi
# phạm" is no section VI)
_ROMAN_ASKED = re.compile(
    r"(?i:\b(?:mục|muc|phần|phan|section|part))\s+(?:no\.?\s*)?(VIII|VII|VI|IV|V|IX|X|III|II|I)\b(?![.,]?\d)"
)
_ARABIC_ASKED = re.compile(r"(?i:\b(?:mục|muc|section|item|point))\s+(?:no\.?\s*)?(\d{1,2})\b(?![.,/]?\d)")
# what a question may say of the section's items besides naming the section ("các nhiệm vụ chính", "nội dung")
_ITEM_WORDS = frozenset(
    {"nhiem", "vu", "noi", "dung", "chinh", "cu", "the", "gom", "bao", "main", "tasks", "items"}
)


def heading_by_marker(
    view: IndexView, query: Query, scope: set[str] | None, described: bool = False
) -> Chunk | None:
    """The top-level section a question names by its Roman number ("What are the main tasks in section II of
    Lai Châu's plan?"), in the one document in scope that has it, when the question says little else of it."""
    asked_numbers = {m.group(1) for m in _ROMAN_ASKED.finditer(normalize_tones(query.question))}
    # "Mục 8 Chỉ thị 09 …" of a document numbered "1.", "2.", … at its top (a directive, an official letter,
    # with no Roman parts): the item whose whole path is that number
    arabic = {m.group(1) for m in _ARABIC_ASKED.finditer(normalize_tones(query.question))}
    if len(asked_numbers) + len(arabic) != 1:
        return None
    (number,) = asked_numbers | arabic
    docs = set(query.docs) or scope
    if not docs:
        return None
    heads = [
        chunk
        for doc in sorted(docs)
        for chunk in view.clause_chunks_by_doc.get(doc, ())
        if chunk.kind == "clause"
        and (chunk.path == number if arabic else chunk.path.split(":")[-1] == number)
    ]
    if not heads or len({h.doc for h in heads}) != 1 or len({h.path for h in heads}) != 1:
        return None
    heading = min(heads, key=lambda c: c.lines[0])
    title = _title(heading, opening=True, named=True)
    if title is None:
        return None
    asked = terms(query.topic)
    said = terms(title).unigrams | _names_document(view, heading.doc, asked) | _ITEM_WORDS | _LIST_WORDS
    extra = {w for w in asked.unigrams - said - {"muc", "phan", number.lower()} if not w.isdigit()}
    # (`described`: who and what of it asked, the words besides its number describe the section, "directors
    # of departments and heads of agencies" in a question's own language)
    return heading if len(extra) <= EXTRA_MAX or described else None


# "mục hợp tác quốc tế trong kế hoạch …", "phần chuyển đổi số của …": a section named by the words that close
# its title ("4. Nâng cao hiệu quả công tác hợp tác quốc tế"), the words between the part's name and the rest
# (read with its marks where the question has them: "cơ chế" is no "có")
# (the kind of document after the part's words: "phan to chuc thuc hien ke hoach phu tho …", typed without "của")
_PART_STOPS = "trong|của|thuộc|gồm|bao|có|là|về|nào|gì|in|of|kế hoạch|quyết định|nghị quyết|công văn|chỉ thị"


def _part_words(part_names: str, stops: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?:{part_names})\s+((?:(?!(?:{stops})(?!\w))\w+\s+){{3,8}}?)(?=(?:{stops})(?!\w))"
    )


_PART_WORDS = _part_words("mục|phần|nhóm|section|part", _PART_STOPS)
_PART_WORDS_FOLDED = _part_words(fold("mục|phần|nhóm|section|part"), fold(_PART_STOPS))


def heading_by_words(view: IndexView, query: Query, scope: set[str] | None) -> Chunk | None:
    """The one section title in scope that prints the words the question names a part by ("mục hợp tác quốc
    tế" of "4. Nâng cao hiệu quả công tác hợp tác quốc tế"); None when none or several do."""
    m = _part_named(query.question)
    if m is None or scope is None or len(scope) > 2:
        return None
    phrase = re.compile(rf"(?<!\w){re.escape(' '.join(fold(m.group(1)).split()))}(?!\w)")
    heads = {
        (c.doc, c.path): c
        for doc in sorted(scope)
        for c in view.clause_chunks_by_doc.get(doc, ())
        if c.path
        and c.kind == "clause"
        and (title := _title(c, opening=True, named=True)) is not None
        and phrase.search(fold(title))
    }
    return next(iter(heads.values())) if len(heads) == 1 else None


def asks_part_of_collective(query: Query) -> bool:
    """ "Phần tổ chức thực hiện của kế hoạch … giao những gì cho các sở, ngành và địa phương?": a part of the
    text named by its words, asked of a collective ("các sở, ngành", "các địa phương") that is no one body —
    what the part says, not the task rows of the collective."""
    # ("Phần tổ chức thực hiện của kế hoạch Vĩnh Long giao những nhiệm vụ gì, cho ai?": no body named, the part asked
    # for who is given what)
    collective = bool(query.agencies) and all(fold(a).startswith("cac ") for a in query.agencies)
    return (
        (
            collective
            or (
                not query.agencies
                and bool(_TO_WHOM.search(fold(query.question)))
                and bool(_WHAT_LIST.search(fold(query.question)))
            )
        )
        and query.intent in ("general", "fact", "agency_tasks")
        and query.answer_type is None
        and not query.has_period
        and _part_named(query.question) is not None
    )


# (a list of what the part gives, not one task named: "… giao việc thẩm định dự toán kinh phí cho ai?" is its lead)
_WHAT_LIST = re.compile(
    r"\b(?:nhung|cac) (?:nhiem vu|viec|cong viec|noi dung)(?: \w+)? (?:gi|nao)\b|\bwhat (?:tasks|work)\b"
)
_TO_WHOM = re.compile(
    r"\bcho (?:nhung )?(?:ai|co quan nao|don vi nao)\b|\bto whom\b|\b(?:who|which bodies) (?:is|are) (?:given|assigned)\b"
)


def _part_named(question: str) -> re.Match[str] | None:
    if has_vietnamese_marks(question):
        return _PART_WORDS.search(normalize_tones(question).lower())
    return _PART_WORDS_FOLDED.search(fold(question))


def answer_part_of_collective(view: IndexView, query: Query, scope: set[str] | None) -> SectionAnswer | None:
    """The part of the body the question names by its words, whole; None when no one part of the body (the
    appendix's table is no part of it) prints them."""
    heading = heading_by_words(view, query, scope)
    if heading is None or heading.section.startswith("Phụ lục"):
        return None
    return answer_under(view, query, heading, opening=True, named=True)


_ARTICLE_WORDS = frozenset({"dieu", "khoan", "article", "clause", "paragraph"})
# how a question asks what an article says ("quy định gì", "nêu những gì", "What does … provide / say / set out
# / cover?", an English verb read through the glossary: "cung cấp", "bao gồm", "phap luat" of "Law")
_SAYS_WORDS = frozenset(
    "quy dinh gi nao gom bao nhung neu cung cap provide provides say says state states set out cover covers"
    " contain contains".split()
)


def heading_by_article(view: IndexView, query: Query, scope: set[str] | None) -> Chunk | None:
    """The article (or clause of one) a question names by its number ("Điều 11 Nghị định 302 gồm những nội
    dung nào?", "What does Article 23 of Decree 302 provide?"), in the one document in scope that has it, when
    the question says little else of it than its title."""
    if len(query.articles) != 1:
        return None
    (number,) = query.articles
    path = f"Điều {number}"
    heading = _opening_at(view, query, scope, lambda p: p == path)
    if heading is None:
        return None
    title = _title(heading, opening=True, named=True) or article_title(view, heading) or ""
    return heading if _says_little_else(view, query, heading, title, _ARTICLE_WORDS) else None


def _opening_at(view: IndexView, query: Query, scope: set[str] | None, wanted) -> Chunk | None:
    """The first chunk of the clause whose path is `wanted`, in the one document in scope that has one (a long
    clause is cut into parts of one path: its first part opens it); None when none or several documents do."""
    docs = set(query.docs) or scope
    if not docs:
        return None
    heads = [
        chunk
        for doc in sorted(docs)
        for chunk in view.clause_chunks_by_doc.get(doc, ())
        if chunk.kind == "clause" and wanted(chunk.path)
    ]
    if len({h.doc for h in heads}) != 1:
        return None
    return min(heads, key=lambda c: c.lines[0])


def _says_little_else(
    view: IndexView, query: Query, heading: Chunk, title: str, marker_words, romans: bool = False
) -> bool:
    """Whether the question's topic says at most EXTRA_MAX words besides the heading's title, its marker words,
    the ask and the document's name (its kind, and the words right before its number only: "Quy định 384" names
    it; its title's "chia sẻ dữ liệu" said elsewhere is what the question asks of the heading)."""
    question = " ".join(re.findall(r"\w+", fold(query.question)))
    d = view.docs.get(heading.doc)
    named = _words_before_number(view, heading.doc, question) | (terms(d.kind).unigrams if d else set())
    known = terms(title).unigrams | named | _ITEM_WORDS | _LIST_WORDS | marker_words | _SAYS_WORDS
    # (`romans`: the part's Roman number, "III" of "mục III", is a marker word too)
    extra = {
        w
        for w in terms(query.topic).unigrams - known
        if not w.isdigit() and not (romans and w.upper() in _ROMANS)
    }
    return len(extra) <= EXTRA_MAX


# "mục III.6", "section III.6", "… section (III.6)", "khoản 6 mục III", "điểm 6 phần III", "item 6 of section III":
# a numbered item of a top-level part, by its path
_PATH_ASKED = (
    re.compile(rf"(?i:\b(?:mục|muc|phần|phan|section|part))\s+\(?{_ROMAN}\.(\d{{1,2}})(?![.,]?\d)"),
    re.compile(
        rf"(?i:\b(?:khoản|khoan|điểm|diem|tiểu mục|tieu muc|item|point|paragraph|subsection))\s+(\d{{1,2}})\s+"
        rf"(?i:(?:của\s+|cua\s+|thuộc\s+|thuoc\s+|of\s+)?(?:the\s+)?(?:mục|muc|phần|phan|section|part))\s+{_ROMAN}\b"
        r"(?![.,]?\d)"
    ),
)
_PATH_WORDS = frozenset(
    "muc phan khoan diem tieu section part item point paragraph subsection cua thuoc of".split()
)


def heading_by_path(view: IndexView, query: Query, scope: set[str] | None) -> Chunk | None:
    """The numbered item of a top-level part a question names by its path ("Khoản 6 mục III …", "What does
    section III.6 of … say?"), in the one document in scope that has it, when the question says little else
    of it than its title."""
    said = normalize_tones(query.question)
    paths = set()
    for pattern in _PATH_ASKED:
        for m in pattern.finditer(said):
            roman, number = (m.group(1), m.group(2)) if m.group(1)[0] in "IVX" else (m.group(2), m.group(1))
            paths.add(f"{roman}.{number}")
    if len(paths) != 1:
        return None
    (path,) = paths
    heading = _opening_at(view, query, scope, lambda p: p == path or p.endswith(":" + path))
    if heading is None:
        return None
    # (a long title of no sentence end, "6. Thực hiện cơ chế tài chính đặc biệt cho công tác …", is its title too)
    title = _title(heading, opening=True, named=True) or _unpunctuated(heading) or ""
    return heading if _says_little_else(view, query, heading, title, _PATH_WORDS, romans=True) else None


def section_heading(view: IndexView, query: Query, scope: set[str] | None) -> tuple[Chunk | None, bool]:
    """The heading of the section a question names, and whether it was named by its number or article (then
    stated whole even when it is one passage of no title)."""
    whole = None
    if _asks_who_and_what_of_marked(query):
        heading = heading_by_marker(view, query, scope, described=True)
    else:
        # (an item by its path, "khoản 11 mục VI", before any title and the part it is in, "mục VI")
        whole = heading = heading_by_path(view, query, scope)
        heading = (
            heading
            or heading_for(view, query, scope, whole_articles=True)
            or heading_by_marker(view, query, scope)
            or heading_by_words(view, query, scope)
        )
    if heading is None:
        whole = heading = heading_by_article(view, query, scope)
    named = section_named(query)
    if heading is not None and named and whole is None and not under_title(heading, named):
        # ("Mục Tổ chức thực hiện … đặt ra những yêu cầu gì …?": the part titled so, not "I. MỤC ĐÍCH, YÊU CẦU",
        # whose title says more of the question's words)
        heading = _titled(view, heading.doc, named) or heading
    if heading is not None and whole is None:
        # ("… những giải pháp gì về cơ chế tài chính cho công tác xây dựng và thi hành pháp luật?": the one item of
        # "IV. NHIỆM VỤ, GIẢI PHÁP" whose title says what the question says it is about)
        heading = _item_about(view, query, heading) or heading
    return heading, whole is not None


ABOUT_MIN_PAIRS = 3  # word pairs a question says a section is about, at least, to name one item by them
ABOUT_SHARE = 0.8  # of those pairs, the share one item's title must print


def _item_about(view: IndexView, query: Query, heading: Chunk) -> Chunk | None:
    """The item under a section whose title prints what the question says it is about ("về cơ chế tài chính cho
    công tác xây dựng và thi hành pháp luật" of "7. Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và
    thi hành pháp luật"): nearly all of it, its head ("cơ chế") in no other item's title; None otherwise (a
    subject the items share, "về công tác xây dựng và thi hành pháp luật", names the section, not an item)."""
    about = _about(query)
    if about is None:
        return None
    words = re.findall(r"\w+", about.group(1))
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    asked = terms(about.group(1)).bigrams
    items = special.sub_items(view, heading)
    if len(asked) < ABOUT_MIN_PAIRS or len(items) < 2 or not pairs or pairs[0] not in asked:
        return None
    titled = []
    for item in items:
        title = _title(item, opening=True) or _title(item, opening=True, named=True) or _unpunctuated(item)
        titled.append((terms(title).bigrams if title else frozenset(), item))
    holding = [(said, item) for said, item in titled if pairs[0] in said]
    if len(holding) != 1 or len(asked & holding[0][0]) < ABOUT_SHARE * len(asked):
        return None
    return holding[0][1]


TITLE_CHARS = 120  # a heading's passage is its title alone, at most this long


def _titled(view: IndexView, doc: str, title: str) -> Chunk | None:
    """The first heading of a document whose own title says `title` (folded)."""
    for chunk in sorted(view.clause_chunks_by_doc.get(doc, ()), key=lambda c: c.lines[0]):
        own = chunk.text.split("\n", 1)[0][:TITLE_CHARS]
        if (
            chunk.kind == "clause"
            and len(chunk.text) <= TITLE_CHARS
            and re.search(rf"(?<!\w){re.escape(title)}(?!\w)", fold(own))
        ):
            return chunk
    return None


def section_end(view: IndexView, heading: Chunk) -> int:
    """The first line after the section a heading opens (the next clause outside it), or a large number."""
    inside = (heading.path, f"{heading.path}.")
    later = [
        c.lines[0]
        for c in view.clause_chunks_by_doc.get(heading.doc, ())
        if c.lines[0] > heading.lines[1] and not (c.path == inside[0] or c.path.startswith(inside[1]))
    ]
    return min(later, default=10**9)


def answer_section(view: IndexView, query: Query, scope: set[str] | None) -> SectionAnswer | None:
    heading, whole = section_heading(view, query, scope)
    if heading is None:
        return None
    stated = answer_under(view, query, heading, opening=True, named=True)
    if stated is None and (whole or ARTICLE.match(heading.text.lstrip())):
        stated = _passage_whole(view, query, heading)
    if stated is not None and query.answer_type == "count" and not stated.labelled:
        # "… gồm mấy nội dung, liệt kê giúp": the number asked, then the points
        counted = say(lang_of(query.lang), "section_items_counted", n=stated.count)
        stated = replace(stated, text=f"{counted}\n{stated.text}")
    return stated


def _passage_whole(view: IndexView, query: Query, article: Chunk) -> SectionAnswer:
    """An article of no numbered clauses ("Điều 4. Thẩm quyền về tổ chức bộ máy Chánh Văn phòng Bộ, …"), or an
    item asked by its number that is one passage of no title: its passage, quoted whole."""
    cites = citations(view, query)
    lang = lang_of(query.lang)
    if items := special.sub_items(view, article):
        # (an opening of no title of its own over its clauses: the opening and the clauses)
        text = special.state_items(view, article, items, cites, lang, with_place=True)
        return SectionAnswer(compose.finish_english(text) if lang == "en" else text, cites.items, len(items))
    parts = sorted(
        (
            c
            for c in view.clause_chunks_by_doc.get(article.doc, ())
            if c.kind == "clause" and c.path == article.path
        ),
        key=lambda c: c.lines[0],
    )
    lines = []
    for part in parts:
        quote = compose.short_quote(part.text, compose.MAX_QUOTE)
        lines.append(
            compose.sentence_line(quote, cites.chunk(part, quote), part, view.docs.get(part.doc), lang)
        )
    text = "\n".join(lines)
    if lang == "en":
        text = compose.finish_english(text)
    return SectionAnswer(text, cites.items, len(parts))


def answer_under(
    view: IndexView, query: Query, heading: Chunk, opening: bool = False, named: bool = False
) -> SectionAnswer | None:
    """The section a title opens ("3. Vụ Tổ chức cán bộ" and the items under it), stated whole; None when
    the chunk is no title or has no items. `opening`, `named`: see _title."""
    if (
        _title(heading, opening, named) is None
        and (not named or _unpunctuated(heading) is None)
        and article_title(view, heading) is None
    ):
        return None
    items = special.sub_items(view, heading)
    if not items:
        return None
    cites = citations(view, query)
    lang = lang_of(query.lang)
    text = special.state_items(view, heading, items, cites, lang, with_place=True)
    if lang == "en":
        text = compose.finish_english(text)
    labelled = any(_LABEL_LINE.match(item.text) for item in items)
    return SectionAnswer(text, cites.items, len(items), labelled)
