"""An agency's duties as the body text assigns them: "Bộ Tài chính có trách nhiệm gì theo Quyết định
2597?", "What does the plan require of the Department of Home Affairs?".

Plans and decisions give each body its own part of "Tổ chức thực hiện": a heading that names it
("3. Bộ Tài chính", "b) Sở Nội vụ:") with its duties below, or an item that opens with it as the subject
("a) Sở Tài chính cân đối, bố trí …", "7. Bộ trưởng Bộ Y tế chỉ đạo …"). Those passages, whole and in
document order, are the answer; the rest of the question's words (beyond the agency, the document and
the ask) narrow them to the passages that speak of them.

Reads the index view only (clauses, clause chunks with their section titles); never the documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant import compose
from assistant.evidence import Terms, terms
from assistant.glossary import english_term_spans, find_provinces, has_vietnamese_marks
from assistant.index_view import IndexView, titles_above
from assistant.matches import agency_matches
from assistant.messages import lang_of, say
from assistant.question_rules import ASKS_DUTIES, any_match, without_duty_frame
from assistant.statement import citations
from assistant.types import Citation
from assistant.understand import Query
from indexer.agencies import AgencyRun, agency_kind, agency_run, find_agencies, printed_agencies
from indexer.agencies import agencies as gazetteer
from indexer.chunk import task_text
from indexer.text import fold, nfc, normalize_tones

MAX_PASSAGES = 8  # duties quoted, at most
NEAR_BEST = 0.5  # with a topic, the passages that hold at least this share of the best one's coverage
WEAK = 0.3  # a topic of three words or more that the best passage covers less than this is not theirs

# What may stand before the agency that an item or title is about: its marker ("3.", "b)", "-", "Điều 5."),
# a title that names whose part it is ("Trách nhiệm của", "Nhiệm vụ và quyền hạn của"), an address
# ("Đề nghị", "Giao"), the agency's head ("Bộ trưởng Bộ Y tế chỉ đạo …").
_PREFIX = re.compile(
    r"\s*(?:dieu \d{1,3}[.:]?\s*|(?:[ivxlc]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s*|[a-zđ]\)\s*|[-+•–]\s*)?"
    r"(?:(?:trach nhiem|nhiem vu|quyen han)(?: va (?:trach nhiem|nhiem vu|quyen han))? (?:cua )?"
    r"|(?:de nghi|giao|yeu cau) )?"
    r"(?:(?:bo truong|giam doc|thu truong|chu tich|truong ban|chanh van phong|vu truong|cuc truong|vien truong"
    r"|chanh thanh tra|truong phong) )?"
)


@dataclass(frozen=True)
class Duties:
    text: str
    citations: list[Citation]
    count: int


def addressed(query: Query) -> list[str]:
    """The agencies of the question that a text addresses on their own (a department, a ministry, a
    named body, the communes' or the provinces' People's Committees of "10. Ủy ban nhân dân xã, phường"), not
    a collective ("các sở, ban, ngành")."""
    # (the People's Committees or Councils of a level are addressed as one, "5. Trách nhiệm của Ủy ban nhân dân cấp
    # tỉnh:", "a) Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")
    return [a for a in query.agencies if agency_kind(a) != "collective" or a.startswith(("UBND", "HĐND"))]


def asks_duties(query: Query) -> bool:
    """Whether the question asks what an agency it names must do (not one field of one task), or what the
    document says of that one body and nothing else ("Kế hoạch … quy định gì về Sở Tư pháp?", "What does the
    … plan say about the Department of Justice?")."""
    folded = fold(query.question)
    return (
        any_match(ASKS_DUTIES, folded)
        or _asks_about_body(query, folded)
        or (bool(query.agencies) and bool(_ASKED_OF_BODY.search(folded)))
    )


# "Công văn … yêu cầu cấp ủy làm những việc gì …?", "… đề nghị Hội Nông dân làm gì?": what a document asks of a body
# it names (only of a body the question names: "yêu cầu các đơn vị cấp nước sạch làm gì" reads the section so titled)
_ASKED_OF_BODY = re.compile(
    r"\b(?:yeu cau|de nghi) (?:cho )?(?:(?!chu tri|phoi hop)\w+,? ){1,24}(?:lam|thuc hien) (?:nhung )?"
    r"(?:gi|viec gi|nhung gi)\b"
)


# "… quy định / nói / đề ra / nêu (những) gì về|đối với|cho <body>?", "What does … say / state / provide about
# <body>?": what is said of the body is what it must do
_ABOUT = re.compile(
    r"\b(?:quy dinh|noi|de ra|dat ra|neu|yeu cau) (?:nhung )?(?:gi|nhung gi|noi dung gi) (?:ve|doi voi|cho|voi) (.+)$"
)
_ABOUT_EN = re.compile(
    r"\bwhat (?:does|do|did) .{1,80}? (?:say|says|state|states|provide|set out) (?:about|for) (.+)$"
)
_PLACE_WORDS = frozenset("tinh thanh pho cua tai o the of in s province city provincial".split())


def _asks_about_body(query: Query, folded: str) -> bool:
    if len(addressed(query)) != 1:
        return False
    m = _ABOUT.search(folded) or _ABOUT_EN.search(folded)
    if m is None:
        return False
    about = m.group(1)
    # (the words after "về" name the body, in the question's own language, and perhaps its place; no more)
    # (the body is what is said of, not the one who says: "Sở Tư pháp nói gì về tỉnh Hà Tĩnh?" is no duties ask)
    if query.lang == "en":
        spans = [(s, e) for s, e, term in english_term_spans(about) if term.kind == "agency"]
        if not spans:
            return False
        for s, e in sorted(spans, reverse=True):
            about = about[:s] + " " + about[e:]
    else:
        about, found = re.subn(rf"(?<!\w){re.escape(fold(addressed(query)[0]))}(?!\w)", " ", about)
        if not found:
            return False
    for _, start, end in sorted(find_provinces(about), key=lambda p: -p[1]):
        about = about[:start] + " " + about[end:]
    return not [w for w in re.findall(r"\w+", about) if w not in _PLACE_WORDS]


@lru_cache(maxsize=8192)
def _opening(text: str) -> tuple[str, AgencyRun]:
    """The text after its marker, title words or address, and the agencies it opens with (names and
    separators only); read once per text, since every duties question reads every section title."""
    text = nfc(text)
    rest = text[_PREFIX.match(fold(text)).end() :]
    return rest, agency_run(rest, filler=False)


def _titled_by_name(chunk, names: set[str]) -> bool:
    """Whether the title right over a chunk is, after its marker and title words, one of the names (folded) the
    question prints ("Điều 16. Trách nhiệm của Vụ trưởng Vụ Tổ chức cán bộ" over its items): a body the gazetteer
    does not know, named as the question names it."""
    titles = titles_above(chunk)
    if not titles:
        return False
    folded = fold(nfc(titles[-1]))
    # (the name and nothing more: not "4. Ủy ban nhân dân cấp tỉnh quyết định việc thành lập …", a sentence)
    return " ".join(folded[_PREFIX.match(folded).end() :].strip(" :.;").split()) in names


def _opens_with(text: str, wanted: set[str]) -> bool:
    """Whether the text opens (after a marker, a title word or an address) with one of the agencies, by
    the gazetteer's canonical name or as printed: "b) Sở Nội vụ:", "6. Đề nghị Ủy ban Mặt trận Tổ quốc
    Việt Nam tỉnh: …", "+ Sở Xây dựng đăng tải …"."""
    rest, run = _opening(text)
    if any((item.canonical or fold(rest[item.start : item.end])) in wanted for item in run.items):
        return True
    # (a body of a level the gazetteer reads as no one body: "5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:")
    folded = fold(rest)
    return any(
        re.match(rf"{re.escape(w)}(?!\w)", folded)
        for w in wanted
        if _LEVEL_BODY.fullmatch(w.replace("cap ", ""))
    )


def opening_body(text: str) -> str | None:
    """The body (or bodies) a text opens with, as printed, after a marker, a title word or an address
    ("7. Bộ trưởng Bộ Y tế chỉ đạo …" → "Bộ Y tế"); None when it opens with something else."""
    rest, run = _opening(text)
    items = [
        i
        for i in run.items
        if i.canonical
        or (
            3 < i.end - i.start
            and len(rest[i.start : i.end].split()) <= 6
            and not re.search(r"\d", rest[i.start : i.end])
        )
    ]
    if not items or items[0].start > 1:
        return None
    return rest[items[0].start : items[-1].end].strip(" ,;:")


def _wanted(agencies: list[str]) -> set[str]:
    out = set()
    for agency in agencies:
        out.add(fold(agency))
        # (a body named bare, as a question over one province's text names it — "giao thanh tra, công an …": the
        # province's own, "Thanh tra tỉnh", "Công an tỉnh")
        found = find_agencies(agency)[:1] or find_agencies(f"{agency} tỉnh")[:1]
        out.update(found)
        if found != [agency]:
            # a name no one body bears ("Mặt trận Tổ quốc Việt Nam" of a Government resolution): every body whose
            # name holds it, at any level ("Trung ương Mặt trận Tổ quốc Việt Nam" as well as the province's)
            out.update(_bodies_named_within(agency))
    # ("Ủy ban nhân dân tỉnh" as a decree names every one of them: "Ủy ban nhân dân cấp tỉnh")
    out.update(m.expand(r"\1 cap \2") for w in list(out) if (m := _LEVEL_BODY.fullmatch(fold(w))))
    return out


@lru_cache(maxsize=1024)
def _bodies_named_within(name: str) -> tuple[str, ...]:
    """The gazetteer's bodies (not collectives) one of whose forms holds `name` whole (two words or more)."""
    key = fold(name)
    if len(key.split()) < 2:
        return ()
    within = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    return tuple(
        a.name
        for a in gazetteer()
        if a.kind != "collective"
        and any(within.search(fold(form.replace("{tỉnh}", "tỉnh"))) for form in (a.name, *a.variants))
    )


_LEVEL_BODY = re.compile(r"(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd) (tinh|huyen|xa)")


def own_passages(view: IndexView, agencies: list[str], scope: set[str] | None) -> list[tuple]:
    """("clause" | "chunk", record) of the passages that are the agencies' own, in document order: clause
    chunks under a section title that opens with the agency, and clauses that open with it as subject
    (not the bare title line, whose duties are the chunks below it)."""
    wanted = _wanted(agencies)
    if not wanted:
        return []
    out: dict[tuple, tuple] = {}
    names = {w for w in wanted if len(w.split()) >= 2}  # (a title that is a name alone: two words or more)
    for chunk in view.clause_chunks:
        if scope is not None and chunk.doc not in scope:
            continue
        heading = view.heading(chunk)
        if (heading is not None and _opens_with(heading[0], wanted)) or (
            heading is None and bool(names) and _titled_by_name(chunk, names)
        ):
            out[(chunk.doc, chunk.lines)] = ("chunk", chunk)
    titled = []
    for clause in view.clauses():
        if (scope is not None and clause.doc not in scope) or clause.kind != "clause":
            continue
        if not (_opens_with(clause.text, wanted) or _subject_after_basis(clause, wanted)):
            continue
        if _is_title(clause.text):
            # "3. Bộ Tài chính": a title; its duties are the items below it (those a heading does not reach: the
            # points of a clause "5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:" of an article)
            titled.append(clause)
            continue
        if not any(d == clause.doc and s <= clause.lines[0] <= e for d, (s, e) in out):
            out[(clause.doc, clause.lines)] = ("clause", clause)
    for title in titled:
        for chunk in view.clause_chunks_by_doc.get(title.doc, ()):
            if chunk.path.startswith(f"{title.path}.") and (chunk.doc, chunk.lines) not in out:
                out[(chunk.doc, chunk.lines)] = ("chunk", chunk)
    return [out[k] for k in sorted(out, key=lambda k: (k[0], k[1][0]))]


def own_in_articles(view: IndexView, agencies: list[str], scope: set[str] | None, articles) -> bool:
    """Whether one of the articles ("18" for Điều 18) holds a passage that is the bodies' own ("2. Văn phòng
    Trung ương Đảng có trách nhiệm: …"); not an article that only names them (a plan's title, those who carry
    out a decision)."""
    return any(
        any(rec.path == f"Điều {a}" or rec.path.startswith(f"Điều {a}.") for a in articles)
        for _, rec in own_passages(view, agencies, scope)
    )


# "1. Trên cơ sở nội dung Nghị quyết …, Kế hoạch … của Tỉnh ủy, các sở, ban, ngành tỉnh … xây dựng kế hoạch …": what
# the work rests on, said before the bodies that do it
_BASIS_OPENING = re.compile(
    r"^\W*(?:[\dIVX]+[.)]|[a-zđ]\))?\s*(?:trên cơ sở|căn cứ|theo|để|nhằm|sau khi)\s", re.IGNORECASE
)


def _subject_after_basis(clause, wanted: set[str]) -> bool:
    """Whether an item of a plan's implementation section opens with what its work rests on and then names one
    of the agencies, in its first sentence, as the one that does it."""
    opening = _BASIS_OPENING.match(clause.text)
    if opening is None or not any(_IMPLEMENTATION_TITLE.search(fold(t)) for t in clause.titles):
        return False
    first = re.split(r"(?<=[.;])\s", clause.text[opening.end() :], maxsplit=1)[0]
    # (not a body the work is "của", "với", "cho" or "về": the one whose plan it rests on, or the one it serves)
    named = set(find_agencies(first)) - set(
        find_agencies(" ".join(re.findall(r"\b(?:của|với|cho|về) [^,;]+", first)))
    )
    return bool(named & wanted)


def _is_title(text: str) -> bool:
    """A clause that is only its agency (with a marker or title words): "3. Bộ Tài chính", "b) Sở Nội vụ:"."""
    rest, run = _opening(text)
    # "1. Sở Nội vụ (Cơ quan thường trực Ban …):": what it is, in brackets, is still the title
    # (from the last name's end: the run may have taken the bracket's opening)
    end = run.items[-1].end if run.items else run.end
    after = re.sub(r"^\s*\([^()]*\)", "", rest[end:])
    if len(after.strip(" :.;,")) < 12:
        return True
    # ("5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:": a body of a level, which the gazetteer reads as no one body)
    if _LEVEL_BODY.fullmatch(fold(rest).strip(" :.;,").replace("cap ", "")):
        return True
    # "5. Các sở, ban, ngành cấp tỉnh và các địa phương": a list of bodies and nothing after it
    # (not "Sở Tài chính cân đối, bố trí chi thường xuyên …, cho các sở, ban, ngành": a duty, whose words
    # the run takes as filler between names)
    body = re.sub(r"\s*\([^()]*\)", "", rest).rstrip(" :.;,")  # what a body is, in brackets, is no duty
    full = agency_run(body, filler=True)
    short = all(len(body[i.start : i.end].split()) <= 6 for i in full.items)
    return len(full.items) >= 2 and full.end >= len(body) and short


# a document named, at the question's end, by what it is about ("… trong phần tổ chức thực hiện kế hoạch về đổi mới
# xây dựng và thi hành pháp luật?", "… under the plan on gender equality?"): those words say which document
_DOCUMENT_ABOUT = re.compile(
    r"\b(?:trong|cua|theo|tai|thuoc|in|under|of|by)\b(?: [\w']+){0,5}? (?:ke hoach|chi thi|quyet dinh|nghi quyet|cong van"
    r"|cong dien|thong tu|nghi dinh|chuong trinh|de an|quy dinh|plan|directive|decision|resolution|dispatch|letter"
    r"|circular|decree|programme|program|scheme|regulation)(?: (?:so |no\.? )?\d[\w/.-]*)?(?: (?:cua|of) [^?]{1,60}?)?"
    r" (?:ve|on|about) ([^?]+?)\W*$"
)
# words a topic drops from a name it prints (folded): "các", "và"; "cấp" of "cấp ủy"
_NAME_LINKS = frozenset("cac va cua nhung cap".split())


def _without_name(text: str, name: list[str]) -> str:
    """`text` without the runs that print `name` (its linking words "các", "và" perhaps dropped; with or without
    tone marks)."""
    words, out, i = text.split(), [], 0
    folded, name = [fold(w) for w in words], [fold(w) for w in name]
    while i < len(words):
        k, j = i, 0
        while k < len(words) and j < len(name):
            if folded[k] == name[j]:
                k, j = k + 1, j + 1
            elif name[j] in _NAME_LINKS:
                j += 1
            else:
                break
        if j == len(name) and (k - i >= 2 or (k > i and len(name) >= 2)):
            i = k
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def _residual_topic(query: Query) -> str:
    """The question's topic without the agency, the document's words and the duties ask."""
    text = normalize_tones(query.topic).lower()
    # (the names as the question prints them too: "Ban Quản lý các khu chế xuất và công nghiệp" is a variant of
    # the canonical "Ban Quản lý Khu kinh tế tỉnh", and its words are no topic)
    for agency in query.agencies:
        text = re.sub(rf"(?<!\w){re.escape(normalize_tones(agency).lower())}(?!\w)", " ", text)
        text = re.sub(rf"(?<!\w){re.escape(fold(agency))}(?!\w)", " ", text)
    # (and each comma-separated part of a name the index prints, "cấp ủy, tổ chức đảng", of which the question
    # may say one: "yêu cầu cấp ủy làm gì")
    parts = [p for agency in query.agencies if "," in agency for p in agency.split(",")]
    for name in (*printed_agencies(query.question, of=query.agencies), *parts):
        text = _without_name(text, normalize_tones(name).lower().split())
    text = without_duty_frame(text)
    if query.agencies:  # ("the Director of the … Department", "Giám đốc Sở …": the body's head, not a duty)
        said = fold(query.search_text or query.question)
        heads = {
            t for t in _HEAD_TITLES if re.search(rf"\b{t}\s+(?:of\s+(?:the\s+)?|cua\s+)?{_BODY_WORD}", said)
        }
        words = text.split()
        pairs = [(i, f"{fold(words[i])} {fold(words[i + 1])}") for i in range(len(words) - 1)]
        titles = {pair for _, pair in pairs if pair in _HEAD_TITLES}
        # (only where every head it says is one of a body: "Bộ trưởng và Chủ tịch UBND cấp tỉnh" asks of ministers)
        if titles and titles <= heads:
            drop = {j for i, pair in pairs if pair in titles for j in (i, i + 1)}
            text = " ".join(w for i, w in enumerate(words) if i not in drop)
    # ("… trong kế hoạch về đổi mới xây dựng và thi hành pháp luật?": which document, not which duty)
    if described := _DOCUMENT_ABOUT.search(fold(query.question)):
        said = set(described.group(1).split())
        text = " ".join(w for w in text.split() if fold(w) not in said)
    if not has_vietnamese_marks(text):  # typed without tone marks, the agency's words may stand apart
        names = {
            w for agency in query.agencies for w in fold(agency).split()
        }  # ("Bo Tai chinh" → "bo chinh")
        text = " ".join(w for w in text.split() if w not in names)
    if query.lang == "en":
        text = without_duty_frame(text, english=True)
    return " ".join(w for w in text.split() if not w.isdigit())


# the titles of a body's head (two words), said before the body a question asks the duties of
_HEAD_TITLES = frozenset(
    ("bo truong", "giam doc", "thu truong", "chu tich", "truong ban", "vu truong", "cuc truong", "vien truong",
     "truong phong", "tong giam doc")
)  # fmt: skip

# the first word of a body's name after its head's title ("Giám đốc Sở …", "Director of the Department …")
_BODY_WORD = (
    r"(?:so|bo|vu|cuc|tong cuc|ban|uy ban|ubnd|trung tam|vien|phong|hoi dong|thanh tra|van phong|cong an)\b"
)

FEW_PASSAGES = 2
# the implementation part, named by the question ("trong phần tổ chức thực hiện", "in its implementation section") and
# by a title over a passage ("III. TỔ CHỨC THỰC HIỆN")
IMPLEMENTATION_PART = re.compile(
    r"\b(?:phan|muc) (?:to chuc thuc hien|trach nhiem thuc hien)\b"
    r"|\b(?:implementation|implementing|organi[sz]ation of implementation) (?:section|part|provisions?)\b"
)
_IMPLEMENTATION_TITLE = re.compile(r"\b(?:to chuc thuc hien|trach nhiem thuc hien)\b")


def duties_of(
    view: IndexView, query: Query, scope: set[str] | None, strict: bool = True, side: bool = False
) -> list[tuple]:
    """The agency's own passages, narrowed to the rest of the question's topic (at most MAX_PASSAGES);
    none when the agency has none, or none that speaks of the topic (`strict`: none that covers a
    longer topic well — the question may be about something else that names the agency)."""
    # (with the names as the question prints them: "Mặt trận Tổ quốc Việt Nam", read as the province's committee,
    # is the Front at every level a Government resolution addresses)
    printed = [p for p in printed_agencies(query.question, of=query.agencies) if p not in query.agencies]
    passages = own_passages(view, [*query.agencies, *printed], scope)
    if IMPLEMENTATION_PART.search(fold(query.question)):
        # "Phần Tổ chức thực hiện của Nghị quyết 394 yêu cầu Bộ trưởng và Chủ tịch UBND cấp tỉnh làm gì?": the body's
        # passages in that part; none there, the question is of that part's own words, not of the body's elsewhere
        passages = [p for p in passages if _IMPLEMENTATION_TITLE.search(fold(_with_titles(p)))]
    if not passages:
        return []
    topic = terms(_residual_topic(query))
    docs = {p[1].doc for p in passages}
    if topic and len(docs) == 1 and (d := view.docs.get(next(iter(docs)))) is not None:
        # the agency's passages are all in one document: the words of its title ("Chỉ thị … về nước dưới
        # đất", "kế hoạch bình đẳng giới") say which document, not which of the passages
        title = terms(f"{d.title} {d.kind}")
        topic = Terms(topic.unigrams - title.unigrams, topic.bigrams - title.bigrams)
    if topic:
        weights = view.stats.weights(topic)
        scored = [(view.stats.coverage(topic, terms(_with_titles(p)), weights), p) for p in passages]
        best = max(s for s, _ in scored)
        # (`side`: a side of a comparison whose agency has one or two passages there shows them, the
        # question's words being the other side's — "kinh phí" against "bố trí chi thường xuyên trong dự
        # toán ngân sách")
        few = side and len(passages) <= FEW_PASSAGES
        if (best <= 0 and len(topic.unigrams) >= 2 and not few) or (
            strict and best < WEAK and len(topic.unigrams) >= 3
        ):
            return []  # the question speaks of things none of the agency's passages names
        if best > 0:
            kept = [p for s, p in scored if s >= NEAR_BEST * best]
            # (a short part under the agency's own title, "- Bộ Công Thương" over three "+ …" duties, is its
            # whole answer on the section's topic: one duty that says the topic's words keeps its siblings)
            parts: dict[tuple, list] = {}
            for p in passages:
                if p[0] == "chunk":
                    parts.setdefault(_part_of(view, p[1]), []).append(p)
            # (only when the titles over them say the topic: "quản lý rác thải" over the duties asked "on waste
            # management"; a topic one duty alone says, "hướng dẫn quản lý đầu tư dự án", narrows to it)
            whole = {
                id(q)
                for p in kept
                if p[0] == "chunk"
                and len(group := parts[_part_of(view, p[1])]) <= SHORT_PART
                and view.stats.coverage(topic, terms(p[1].context), weights) >= TITLES_SAY
                for q in group
            }
            passages = [p for p in passages if p in kept or id(p) in whole]
    # the passages under a title that says the body's responsibilities ("5. Trách nhiệm của Ủy ban nhân dân cấp
    # tỉnh:"): all of the answer when the question asks its responsibilities; else, past the cap, first
    first = [p for p in passages if _RESPONSIBILITY_TITLE.search(fold(_last_title(p)))]
    if first and _ASKS_RESPONSIBILITIES.search(fold(query.question)):
        return first[:MAX_PASSAGES]
    if first and len(passages) > MAX_PASSAGES:
        return sorted((first + [p for p in passages if p not in first])[:MAX_PASSAGES], key=_line_of)
    return passages[:MAX_PASSAGES]


# a title of a body's responsibilities ("5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:", "Nhiệm vụ, quyền hạn của …";
# not "II. NHIỆM VỤ CỤ THỂ", the plan's tasks), and a question that asks them
_RESPONSIBILITY_TITLE = re.compile(
    r"\b(?:trach nhiem|nhiem vu|quyen han)(?:,? (?:va )?(?:trach nhiem|nhiem vu|quyen han))* (?:cua|cho)\b"
)
_ASKS_RESPONSIBILITIES = re.compile(r"\b(?:trach nhiem|nhiem vu|quyen han|responsibilit\w*|duties)\b")


def _last_title(passage: tuple) -> str:
    """The title right over a passage (its section's last title line)."""
    kind, record = passage
    titles = list(record.titles) if kind == "clause" else record.context.splitlines()[1:]
    return titles[-1] if titles else ""


def _line_of(passage: tuple) -> tuple:
    kind, record = passage
    return (record.doc, record.lines[0])


SHORT_PART = 4  # duties under an agency's own title, at most, for all of them to answer its topic …
TITLES_SAY = 0.3  # … when the titles over them hold this share of the topic


def _part_of(view: IndexView, chunk) -> tuple:
    heading = view.heading(chunk)
    return (chunk.doc, heading[0] if heading else chunk.section)


def _with_titles(passage: tuple) -> str:
    """A passage's text with the titles of the sections it stands in: a topic its section title names
    ("a) Hoàn thiện chính sách quản lý chất thải") is what each of its items is about."""
    kind, record = passage
    titles = " ".join(record.titles) if kind == "clause" else record.context
    return f"{titles} {record.text}"


def passage_lines(view: IndexView, passages: list[tuple], cites) -> list[str]:
    """One cited line per passage: place, label, the passage whole (up to the quote limit)."""
    lines = []
    # (one passage alone is quoted at more length: "5. Bộ trưởng Bộ Tài chính chủ trì: (1) … (2) … (3) …")
    limit = compose.MAX_QUOTE if len(passages) > 1 else ONE_PASSAGE_CHARS
    for kind, record in passages:
        n = cites.chunk(record) if kind == "chunk" else cites.clause(record)
        place = compose.place_of(view.docs.get(record.doc))
        label = record.section if kind == "chunk" else record.label
        lines.append(f"- {place}, {label}: “{compose.short_quote(record.text, limit)}” [{n}]")
    return lines


ONE_PASSAGE_CHARS = 1500
SHARED_TITLE_CHARS = 120  # a heading over the passages that is a title, not a passage of its own


def _shared_title(view: IndexView, passages: list[tuple]):
    """The short heading right above all the passages (two or more items of one numbered part, "5. Trách nhiệm
    của Ủy ban nhân dân cấp tỉnh:" over its points a)–đ)), when it is no passage itself; else None."""
    if len(passages) < 2 or any(
        kind != "chunk" or "." not in (record.path or "") for kind, record in passages
    ):
        return None
    parents = {(record.doc, record.path.rsplit(".", 1)[0]) for _, record in passages}
    if len(parents) != 1 or len({record.path for _, record in passages}) != len(passages):
        return None
    ((doc, path),) = parents
    heading = next(
        (c for c in view.clause_chunks_by_doc.get(doc, ()) if c.path == path and c.kind == "clause"), None
    )
    if heading is None or len(heading.text) > SHARED_TITLE_CHARS or not heading.text.rstrip().endswith(":"):
        return None
    return heading


def said_names(query: Query) -> str:
    """The agencies a question names, as it prints them ("Công an thành phố", not the canonical "Công an
    tỉnh") when it names each in Vietnamese with its marks; else their canonical names."""
    printed = printed_agencies(query.question, of=query.agencies)
    if len(printed) == len(query.agencies) and all(
        has_vietnamese_marks(p)
        and fold(p).split()[0] == fold(a).split()[0]  # (not "Tài chính" of "Các Sở: …")
        for p, a in zip(printed, query.agencies, strict=True)
    ):
        return ", ".join(printed)
    return ", ".join(query.agencies)


def answer_duties(view: IndexView, query: Query, scope: set[str] | None) -> Duties | None:
    """The agency's own passages that speak of the question's topic; None when there are none."""
    passages = duties_of(view, query, scope)
    if not passages:
        return None
    lang = lang_of(query.lang)
    cites = citations(view, query)
    lines = [say(lang, "duties_head", names=said_names(query), n=len(passages))]
    if (opening := _shared_title(view, passages)) is not None:
        # ("5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh:" over points a)–đ)): the title that says whose the points
        # are, in the document's own words, before them
        place = compose.place_of(view.docs.get(opening.doc))
        title = " ".join(opening.text.split())
        lines.append(
            say(lang, "duties_title", place=place, label=opening.section, title=title, n=cites.chunk(opening))
        )
    lines += passage_lines(view, passages, cites)
    text = "\n".join(lines)
    return Duties(compose.finish_english(text) if lang == "en" else text, cites.items, len(passages))


ROLE_MARKERS = {"lead_agency": "chu tri", "coordinating_agencies": "phoi hop"}
ROLE_COVERAGE = 0.6  # the share of the topic a body's own passage must hold to answer a role question
ROLE_PASSAGES = 3  # passages quoted for a role, at most
ALSO_SAYS = 0.9  # … and of that, another body's passage that says it works with the body, quoted with it


def answer_role_in_own_passage(view: IndexView, query: Query, scope: set[str] | None) -> Duties | None:
    """A role question about one body that no task row answered ("which offices does the Central Party Office
    coordinate with to connect and share data among the four central offices?"): the body's own passage (under
    its own title, or opening with it) that holds most of the topic and prints the role asked ("d) Chủ trì,
    phối hợp với Văn phòng Chủ tịch nước, …"); None when none does."""
    marker = ROLE_MARKERS.get(query.intent)
    bodies = addressed(query)
    if marker is None or len(bodies) != 1:
        return None
    passages = own_passages(view, bodies, scope)
    topic = terms(_residual_topic(replace(query, agencies=tuple(bodies))))
    docs = {p[1].doc for p in passages}
    if len(docs) == 1 and (d := view.docs.get(next(iter(docs)))) is not None:
        # (its document's kind, "Nghị định", says which document; its title's words may be the topic asked)
        kind = terms(d.kind or "")
        topic = Terms(topic.unigrams - kind.unigrams, topic.bigrams - kind.bigrams)
    if not passages or len(topic.unigrams) < 2:
        return None
    weights = view.stats.weights(topic)
    scored = [
        (view.stats.coverage(topic, terms(p[1].text), weights), p)
        for p in passages
        if re.search(rf"\b{marker}\b", fold(p[1].text))
    ]
    best = max((c for c, _ in scored), default=0.0)
    if best < ROLE_COVERAGE:
        return None
    # (a task row that names the body and says the topic as well is the answer: the rows are read first)
    rows = [
        t
        for t in view.tasks
        if (scope is None or t.doc in scope) and any(agency_matches(t, b, "either") for b in bodies)
    ]
    if any(view.stats.coverage(topic, terms(task_text(t)), weights) >= best for t in rows):
        return None
    chosen = [p for c, p in scored if c == best][:1]
    if marker == "phoi hop":
        # ("Bộ Xây dựng phối hợp với bộ nào để kiểm tra …?" where the other ministry's part says "b) Phối hợp với Bộ
        # Xây dựng kiểm tra …": both say who works with whom; quoted together, the body's own first)
        helped = re.compile(rf"\bphoi hop voi (?:\w+ ){{0,3}}?{re.escape(fold(bodies[0]))}\b")
        name = re.compile(rf"(?<!\w){re.escape(normalize_tones(bodies[0]).lower())}(?!\w)")
        for clause in view.clauses():
            if (
                (scope is None or clause.doc in scope)
                and clause.kind == "clause"
                and helped.search(fold(clause.text))
            ):
                # (the body's own name in it is not the topic said: "văn phòng", "trung ương" of its name)
                rest = name.sub(" ", normalize_tones(clause.text).lower())
                if view.stats.coverage(topic, terms(rest), weights) >= ALSO_SAYS * best:
                    chosen.append(("clause", clause))
    chosen = chosen[:ROLE_PASSAGES]
    lang = lang_of(query.lang)
    cites = citations(view, query)
    names = said_names(replace(query, agencies=tuple(bodies)))
    role = say(lang, "passage_role_lead" if marker == "chu tri" else "passage_role_coordinating")
    lines = [say(lang, "role_passages_head", names=names, role=role, n=len(chosen))]
    lines += passage_lines(view, chosen, cites)
    text = "\n".join(lines)
    return Duties(compose.finish_english(text) if lang == "en" else text, cites.items, len(chosen))
