"""Evidence for particular kinds of questions, beside the general sentence scoring of assistant.answer:

- the items of a list, for questions that ask for several things ("những nhiệm vụ nào …");
- the "Căn cứ …" lines of a preamble ("căn cứ vào những văn bản nào?");
- a document's own number, from its metadata ("Kế hoạch … có số hiệu là gì?"; blank → no answer);
- the signature block that names the signer ("Ai ký …?").
"""

from __future__ import annotations

import re

from assistant import compose
from assistant.evidence import split_sentences, terms
from assistant.matches import SentenceMatch
from assistant.messages import say
from assistant.understand import DOC_NUMBER, Query
from indexer.records import Chunk
from indexer.table_rows import is_row
from indexer.text import fold

RECIPIENTS_PATH = "noi-nhan"  # the outline's path of a document's "Nơi nhận" list
MAX_ITEMS = 20  # items of a list quoted for a "những … nào" question (a law's list runs to "l)", "m)")
SHORT_LIST = 10  # the points under a section title, quoted together when there are no more than this
# "Căn cứ Luật …;" up to its semicolon; not "căn cứ chức năng, nhiệm vụ …", which is no legal basis
LEGAL_BASIS = re.compile(r"(?<!\w)can cu (?!chuc nang|tinh hinh|vao tinh hinh|ket qua|noi dung)[^;.]*[;.]?")
# … and the documents a decision's recitals say it carries out ("Thực hiện Kế hoạch số 390-KH/TU ngày …;"):
# the grounds it is issued on, listed with the legal bases
_GROUNDS = re.compile(
    rf"{LEGAL_BASIS.pattern}|(?:^|(?<=[;:.\n]))\s*thuc hien (?:ke hoach|nghi quyet|chuong trinh(?: hanh dong)?|chi thi"
    r"|quyet dinh|ket luan|thong bao|cong van|cong dien) so [^;.]*[;.]?"
)
# … and the proposal it is issued on, the recitals' last line ("Theo đề nghị của Giám đốc Sở Tư pháp."), listed with
# them when the question asks what the document is issued on, not only its legal bases
_WITH_PROPOSAL = re.compile(rf"{_GROUNDS.pattern}|(?:^|(?<=[;:.\n]))\s*(?:theo|xet) de nghi cua [^;.]*[;.]?")
ISSUER_WORDS = re.compile(
    r"\b(?:ubnd|uy ban|dang uy|tinh uy|thanh uy|bo chinh tri|chinh phu|quoc hoi|hdnd)\b"
)
# A person's name closing a signature block: two to five capitalised syllables ("Nguyễn Hồng Lĩnh").
PERSON = re.compile(r"(?:^|\s)[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?:\s+[A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,4}\s*$")


def list_items(view, chunk: Chunk) -> list[Chunk]:
    """For a question asking for several things: the items of the list the best passage belongs to —
    its sub-items when it is a heading ("4. Xây dựng giải pháp …" → a, b, c), or its sibling items
    when it is one item under a heading ending in ":" ("c) Sở Tư pháp:" → - … - …)."""
    if not chunk.path:
        return []
    same_doc = [c for c in view.clause_chunks if c.doc == chunk.doc and c.path]
    depth = chunk.path.count(".")

    # (a short heading, or a sentence of any length that opens a list: "… trong đó vốn ngân sách nhà nước bao
    # gồm:"; not a part of the document, "II. NHIỆM VỤ CỤ THỂ … các nhiệm vụ sau đây:", whose items are sections)
    opens = len(chunk.text) <= 250 or (
        chunk.text.rstrip().endswith(":") and not re.match(r"\s*[IVXLC]{1,6}\.\s", chunk.text)
    )
    if opens and (kids := sub_items(view, chunk) or titled_rows(view, chunk)):
        return kids
    parent = chunk.path.rsplit(".", 1)[0] if depth else ""
    heading = next((c for c in same_doc if c.path == parent), None)
    if parent and heading is not None and heading.text.rstrip().endswith(":"):
        return sub_items(view, heading)
    return []


def titled_rows(view, chunk: Chunk) -> list[Chunk]:
    """The rows of an appendix table that a passage titles: a group row printed on its own ("III | LĨNH VỰC
    PHÁT THANH, TRUYỀN HÌNH VÀ THÔNG TIN ĐIỆN TỬ (05 TTHC)" over rows 4–8), or a list's own title with the
    header under it ("DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH (02 TTHC) TT Tên thủ tục … I …" over the
    rows of that list): the rows after it that stand under the title it opens with, one passage a row, in
    document order."""
    if is_row(chunk.path):
        return []
    text = view.folded(chunk)

    def under(c: Chunk) -> bool:
        titles = [" ".join(fold(t).split()) for t in view.row_titles(c)]
        # (the group's own row alone, or a title of a few words the passage opens with)
        return bool(titles) and (
            titles[-1] == text
            or any(len(t.split()) >= MIN_TITLE_WORDS and text.startswith(t) for t in titles[1:])
        )

    rows: dict[str, Chunk] = {}
    for c in view.row_chunks:  # (in document order)
        if c.doc == chunk.doc and c.lines[0] > chunk.lines[0] and under(c):
            rows.setdefault(c.path, c)  # (a long row is several passages of one path: its first)
    return list(rows.values())


# a list's title a passage opens with ("DANH MỤC THỦ TỤC HÀNH CHÍNH …"), not a word or two
MIN_TITLE_WORDS = 4


def opening_parts(view, chunk: Chunk) -> list[Chunk]:
    """The numbered parts of a document's body ("1. Các cấp ủy …", "2. Đảng đoàn …") that the last sentence
    of its opening announces ("… Ban Thường vụ Tỉnh ủy yêu cầu … tập trung thực hiện một số nhiệm vụ trọng
    tâm sau:"), for a question that asks for several things; none for an opening that ends otherwise, or
    over the sections of a plan ("I. MỤC ĐÍCH, YÊU CẦU", …)."""
    if "." in chunk.path or _PART.fullmatch(chunk.path) or not chunk.text.rstrip().endswith(":"):
        return []
    following = sorted(
        (
            c
            for c in view.clause_chunks_by_doc.get(chunk.doc, ())
            if "." not in c.path and c.lines[0] > chunk.lines[1]
        ),
        key=lambda c: c.lines[0],
    )
    parts: list[Chunk] = []
    for c in following:
        if not _PART.fullmatch(c.path):
            break
        if not parts or parts[-1].path != c.path:  # (a long part is several chunks of one path: its first)
            parts.append(c)
    return parts if len(parts) >= 2 else []


_PART = re.compile(r"\d{1,2}")  # the path of a numbered part of a document's body


def titled_items(view, chunk: Chunk) -> list[Chunk]:
    """The points under the section title a passage stands under ("1. Mục tiêu cụ thể" over "a) Đến hết năm
    2025: …", "b) …"), when they are a short list: no more than are quoted, each short; else none."""
    heading = section_title(view, chunk)
    if heading is None:
        return []
    items = sub_items(view, heading)
    if len(items) > SHORT_LIST or not all(_POINT.match(c.text) and len(c.text) <= POINT_CHARS for c in items):
        return []
    return items


def section_title(view, chunk: Chunk) -> Chunk | None:
    """The bare section title a passage is a point of ("1. Các sở, ban, ngành thành phố và chính quyền địa
    phương" over "a) …"): a short heading with no sentence's end; None for any other parent."""
    if "." not in chunk.path:
        return None
    parent = chunk.path.rsplit(".", 1)[0]
    heading = next((c for c in view.clause_chunks_by_doc.get(chunk.doc, ()) if c.path == parent), None)
    if (
        heading is None
        or len(heading.text.strip()) > TITLE_CHARS
        or heading.text.rstrip().endswith((".", ";", ":"))
    ):
        return None
    return heading


def _bare_title(text: str) -> bool:
    """A section title alone ("1. Mục đích", "b) Yêu cầu"): short, with no sentence's end."""
    text = text.strip()
    return len(text) <= TITLE_CHARS and not text.endswith((".", ";", ":", "”", '"'))


TITLE_CHARS = 80  # a section title alone, not a sentence
ITEM_CHARS = 400  # an item of a longer list is cut here
FEW_ITEMS = 6  # up to this many items, each is quoted as a passage is
POINT_CHARS = 800  # a point of a short list, quoted whole (cut where the list is long)
SUB_CHARS = 300  # a point under an item of a list of many lines is cut here
FEW_LINES = 12  # up to this many items and points in all, each point is quoted whole (to POINT_CHARS)
_POINT = re.compile(r"\s*(?:[a-zđ]\)|-|\+|•)\s")  # "a) …", "- …": an item of a list, not a numbered part


def state_items(
    view, chunk: Chunk, items: list[Chunk], cites: compose.CitationList, lang: str, with_place: bool
) -> str:
    docs = view.docs
    if "." not in items[0].path:
        parent = chunk  # the opening over the document's numbered parts (opening_parts)
    else:
        parent_path = (
            chunk.path if items[0].path.startswith(chunk.path + ".") else chunk.path.rsplit(".", 1)[0]
        )
        parent = next((c for c in view.clause_chunks if c.doc == chunk.doc and c.path == parent_path), chunk)
    if (closing := closing_of(view, parent)) is not None:
        # (the whole implementation section: its closing paragraph, "Trong quá trình thực hiện …", too)
        if {c.path for c in items} >= {c.path for c in sub_items(view, parent)}:
            items = [*items, closing]
    n = cites.chunk(parent, compose.short_quote(parent.text, 300))
    place = compose.place_of(docs.get(chunk.doc))
    where = f"{place}, {parent.section}" if with_place and place else parent.section
    head = say(lang, "items_head", where=where, quote=compose.short_quote(parent.text, 200), n=n)
    lines = [head]
    shown = 0
    # (a few items are quoted whole, as a passage is: "2. … tháo gỡ vướng mắc …, mở đường cho kiến tạo phát
    # triển" must not lose its end; a long list keeps each item short)
    limit = compose.MAX_QUOTE if len(items) <= FEW_ITEMS else ITEM_CHARS
    # (the items' own lists fit beside them, or only a bare title's: ten foundations of a plan, each "1. Thể chế
    # … Trọng tâm:" over its points, are all named before any of their points)
    lines_in_all = len(items) + sum(len(sub_items(view, i)) for i in items if _opens_list(i))
    fits = lines_in_all <= MAX_ITEMS
    # (the points under an item: whole when the answer has few lines — "c) Thực hiện nghiêm … gắn với triển khai
    # Quy định số 178-QĐ/TW …" must not lose its end —, short where it has many)
    sub_limit = POINT_CHARS if lines_in_all <= FEW_LINES else SUB_CHARS
    for item in items:
        if shown >= MAX_ITEMS:
            break
        quote = compose.short_quote(item.text, limit)
        lines.append(f"- “{quote}” [{cites.chunk(item, quote)}]")
        shown += 1
        if (fits and item.text.rstrip().endswith(":")) or _bare_title(item.text):
            # "1. Dữ liệu chia sẻ … bao gồm:": the list it opens is what it says; so is the list under a
            # bare title ("1. Mục đích" over its "- …" points): the title alone says nothing
            for sub in sub_items(view, item)[: max(0, MAX_ITEMS - shown)]:
                quote = compose.short_quote(sub.text, sub_limit)
                lines.append(f"  - “{quote}” [{cites.chunk(sub, quote)}]")
                shown += 1
    return "\n".join(lines)


def _opens_list(item: Chunk) -> bool:
    return item.text.rstrip().endswith(":") or _bare_title(item.text)


def sub_items(view, chunk: Chunk) -> list[Chunk]:
    """The items right under a passage, in document order."""
    if not chunk.path:
        return []
    depth = chunk.path.count(".") + 1
    kids = [
        c
        for c in view.clause_chunks_by_doc.get(chunk.doc, ())
        if c.path and c.path.startswith(chunk.path + ".") and c.path.count(".") == depth
    ]
    return sorted(kids, key=lambda c: c.lines[0])


# "III. TỔ CHỨC THỰC HIỆN", "IV. Tổ chức thực hiện": the section that tells each body what to do
_IMPLEMENTATION = re.compile(r"\bto chuc thuc hien\b")


def closing_of(view, heading: Chunk) -> Chunk | None:
    """The closing paragraph a plan prints right after its implementation section, under no number ("Trong
    quá trình thực hiện …, đề nghị các sở, ngành, địa phương kịp thời phản ánh về Sở Tư pháp …"): the
    section's last instruction, quoted with it; None for any other section, or when another passage stands
    between."""
    if "." in heading.path or not _IMPLEMENTATION.search(view.folded(heading)[:TITLE_CHARS]):
        return None
    chunks = sorted(view.clause_chunks_by_doc.get(heading.doc, ()), key=lambda c: c.lines[0])
    inside = [c.lines[1] for c in chunks if c.path.startswith(heading.path + ".")]
    if not inside:
        return None
    after = next((c for c in chunks if c.lines[0] > max(inside)), None)
    return after if after is not None and after.path == CLOSING_PATH else None


CLOSING_PATH = "ket-luan"  # the indexer's path of a plan's closing paragraph


def legal_bases(view, q, scope: set[str] | None, proposal: bool = False) -> list:
    """For "căn cứ vào những văn bản nào?": the "Căn cứ …" lines of each preamble in scope, the document
    whose title the question matches best first; `proposal`: with the proposal it is issued on."""
    grounds = _WITH_PROPOSAL if proposal else _GROUNDS
    docs = view.docs
    by_doc: dict[str, list[tuple[Chunk, list[str]]]] = {}
    for chunk in view.clause_chunks:
        if (scope is not None and chunk.doc not in scope) or "preamble" not in chunk.path:
            continue
        folded = fold(chunk.text)
        bases = [chunk.text[m.start() : m.end()].strip() for m in grounds.finditer(folded)]
        if bases:
            by_doc.setdefault(chunk.doc, []).append((chunk, bases))
    out = []
    for doc, parts in by_doc.items():
        if not any(LEGAL_BASIS.search(fold(chunk.text)) for chunk, _ in parts):
            continue  # (recitals of what a document carries out are listed with its legal bases, not alone)
        title = docs[doc].title if doc in docs else ""
        text = " ".join(chunk.text for chunk, _ in parts)
        score = 0.6 + 0.4 * view.stats.coverage(q, terms(f"{title} {text}"))
        # one citation per preamble chunk that holds "Căn cứ" lines, the first carrying the score
        for i, (chunk, bases) in enumerate(sorted(parts, key=lambda p: p[0].lines[0])):
            out.append(_match(score - 0.001 * i, chunk, " ".join(bases)))
    return sorted(out, key=lambda m: -m.score)


# "Thực hiện Nghị quyết số 66-NQ/TW …", "Triển khai …", "KẾ HOẠCH Thực hiện …": what a document implements
IMPLEMENTS = re.compile(
    r"(?<!\w)(?:thuc hien|trien khai(?: thuc hien)?|cu the hoa) (?:(?:nghi quyet|chuong trinh|ke hoach|chi thi|quyet dinh"
    r"|luat|thong bao|ket luan)"
    # (these kinds only as a document named, by its number or its issuer: not "thực hiện hướng dẫn kịp thời",
    # "thực hiện Thông tư này")
    r"|(?:thong tri|huong dan|cong van|cong dien|nghi dinh|thong tu|de an)(?=\s+(?:so\s+)?\d|\s+cua\b))"
)


def _preambles(view, scope: set[str] | None):
    """(title, preamble chunks in line order) of each document in scope."""
    for doc, chunks in view.clause_chunks_by_doc.items():
        if scope is not None and doc not in scope:
            continue
        d = view.docs.get(doc)
        preamble = sorted((c for c in chunks if "preamble" in c.path), key=lambda c: c.lines[0])
        yield (d.title if d is not None else ""), preamble


# a clause that opens with a document's kind and number ("Chương trình hành động số 95-CTr/TU ngày …")
_NAMED_FIRST = re.compile(
    r"^\W*(?:nghi quyet|chuong trinh(?: hanh dong)?|ke hoach|chi thi|quyet dinh|thong bao|ket luan) so \d"
)
# a new clause of a preamble ("Căn cứ …;", "Thực hiện …;", "Theo đề nghị …"): no continuation of a list
_CLAUSE_OPENING = re.compile(r"^\W*(?:can cu|thuc hien|trien khai|theo|xet|cu the hoa)\b")


def _without_capitals_after(title: str) -> str:
    """A title line without the issuer's name printed in capitals after it ("… trên địa bàn tỉnh Vĩnh Long
    ỦY BAN NHÂN DÂN TỈNH VĨNH LONG")."""
    words = title.split()
    end = len(words)
    while end > 0 and words[end - 1].isalpha() and words[end - 1].isupper():
        end -= 1
    return " ".join(words[:end]) if len(words) - end >= 3 else title


def implemented(view, q, scope: set[str] | None) -> list:
    """For "the plan implements which documents?": the preamble sentences of each document in scope that
    name what it implements — each of its own "Thực hiện …;" clauses (a plan of the Tỉnh ủy, one of a
    Đảng ủy), then its title line's "… thực hiện Nghị quyết …" — the best-matching document first."""
    out = []
    for title, preamble in _preambles(view, scope):
        # sentences that open with the verb; sentences that say it further on; "Căn cứ" lines that say it
        opening, inside, bases = [], [], []
        for position, chunk in enumerate(preamble):
            sentences = split_sentences(chunk.text)
            for i, sentence in enumerate(sentences):
                m = IMPLEMENTS.search(fold(sentence))
                if m is None:
                    continue
                # a basis that says what another document carries out ("Căn cứ Quyết định … về ban hành Kế hoạch
                # triển khai Thông báo kết luận …") stands only for a document that says nothing else of it
                basis = " ".join(fold(sentence).split()).lstrip("-*+• ").startswith("can cu ")
                # ("Chương trình hành động số 95-CTr/TU ngày 09/6/2025 của … về việc thực hiện …;": a clause that
                # names the document implemented first, whole)
                start = 0 if _NAMED_FIRST.match(fold(sentence)) else m.start()
                quote, j = sentence[start:], i + 1
                while (
                    quote.rstrip().endswith(";")
                    and j < len(sentences)
                    and len(quote) < 600
                    and not _CLAUSE_OPENING.match(fold(sentences[j]))
                ):
                    quote, j = f"{quote} {sentences[j]}", j + 1  # "…66-NQ/TW; Nghị quyết số 140/NQ-CP …; …"
                kind = bases if basis else opening if not re.search(r"\w", sentence[: m.start()]) else inside
                if kind is not opening:
                    # a title line run on into the issuer's name and the bases: the title's own words
                    quote = _without_capitals_after(re.split(r"\s+(?=Căn cứ\s)", quote)[0])
                score = 0.6 + 0.4 * view.stats.coverage(q, terms(f"{title} {quote}"))
                kind.append((score - 0.001 * position - 0.0001 * i, chunk, quote))
        if not opening and not inside:
            inside = bases
        # each of its own clauses, the one that names what the question names first; then the title's
        out.extend(_match(*found) for found in opening)
        if inside:
            score, chunk, quote = max(inside, key=lambda found: found[0])
            floor = min((found[0] for found in opening), default=score + 0.01)
            out.append(_match(min(score, floor - 0.01), chunk, quote))
    return sorted(out, key=lambda m: -m.score)


# "Theo đề nghị của Giám đốc Sở Tư pháp", "xét đề nghị của Sở Tư pháp tại Văn bản số 2208/TTr-STP", "Xét Tờ
# trình số 12/TTr-BXD": on whose proposal a document was issued
PROPOSAL = re.compile(r"(?<!\w)(?:theo|xet|tren co so) (?:de nghi|to trinh)\b[^;.]*")


def proposals(view, q, scope: set[str] | None) -> list:
    """For "ban hành theo đề nghị của ai?": the preamble's proposal sentence of each document in scope,
    the document the question matches best first."""
    out = []
    for title, preamble in _preambles(view, scope):
        for position, chunk in enumerate(preamble):
            folded = fold(chunk.text)
            if len(folded) != len(chunk.text):
                continue
            found = [chunk.text[m.start() : m.end()].strip(" ,") for m in PROPOSAL.finditer(folded)]
            if found:
                quote = "; ".join(found)
                score = 0.6 + 0.4 * view.stats.coverage(q, terms(f"{title} {quote}"))
                out.append(_match(score - 0.001 * position, chunk, quote))
                break
    return sorted(out, key=lambda m: -m.score)


def named_document(view, query: Query, scope: set[str] | None):
    """The indexed document a "what is its number?" question is about: one in scope whose kind the
    question names, and whose issuer it names too unless it names no issuer at all."""
    f, fq = fold(query.search_text), fold(query.question)
    candidates = []
    for d in view.docs.values():
        # ("Văn bản của Tỉnh ủy Hà Tĩnh …": any kind, named by its issuer)
        generic = fold(d.kind) not in f and bool(re.search(r"\bvan ban\b", f))
        if (scope is not None and d.name not in scope) or (fold(d.kind) not in f and not generic):
            continue
        if d.number and any(fold(n) == fold(d.number) for n in query.doc_numbers):
            candidates.append(d)  # named by its own number: whoever the question says issued it
            continue
        issuer = fold(d.issuer or "").split(" (")[0]
        issuer_forms = {issuer, issuer.replace("ubnd", "uy ban nhan dan")}
        place = fold(d.scope or "")
        if place and any(fold(p) == place for p in query.provinces):
            # the place is named on its own ("Hải Phòng City People's Committee"): the issuer without it
            issuer_forms |= {" ".join(form.replace(place, " ").split()) for form in list(issuer_forms)}
            # "Hải Phòng People's Committee": "Ủy ban nhân dân", without "thành phố" / "tỉnh"
            issuer_forms |= {re.sub(r"\s+(?:thanh pho|tinh)$", "", form) for form in list(issuer_forms)}
        # the issuer as the question prints it ("Ban Thường vụ Tỉnh ủy Hà Tĩnh": the search text drops the place)
        named = any(
            re.search(rf"(?<!dang uy )(?<![\w/-]){re.escape(form)}\b", text)  # (not "1218/QĐ-UBND")
            for form in issuer_forms
            if form
            for text in (f, fq)
        )
        if named or (not generic and not ISSUER_WORDS.search(f)):
            candidates.append(d)
    return candidates[0] if len(candidates) == 1 else None


# a header's date with its day left blank ("Hà Tĩnh, ngày       tháng 12 năm 2025"): a draft's month
BLANK_DAY = re.compile(r"\bngay[\s.…_]*thang (\d{1,2}) nam ((?:19|20)\d\d)\b")


def month_of(view, document) -> list:
    """The header passage of a document whose day is left blank ("…, ngày   tháng 12 năm 2025"): it tells
    the month and year only; none when the header prints no such date."""
    chunks = sorted(view.clause_chunks_by_doc.get(document.name, ()), key=lambda c: c.lines[0])
    for sentence in split_sentences(chunks[0].text) if chunks else ():
        f = fold(sentence)
        m = BLANK_DAY.search(f)
        if m and len(f) == len(sentence):
            # from the place after the motto ("… VIỆT NAM Hà Tĩnh, ngày …", "Hạnh phúc ---- Phú Thọ, ngày …"),
            # else the capitalised words before ", ngày" (no date the header cites before it)
            start = max(0, m.start() - 60)
            motto = max(f.rfind("viet nam", start, m.start()), f.rfind("hanh phuc", start, m.start()))
            place = re.search(r"((?:[A-ZĐ]\w*\s+){0,3}[A-ZĐ]\w*),?\s*$", sentence[: m.start()])
            if motto >= 0:
                start = motto + len(f[motto:].split()[0]) + len(f[motto:].split()[1]) + 1
            else:
                start = place.start(1) if place else m.start()
            return [_match(1.0, chunks[0], sentence[start : m.end()].lstrip(" -,"))]
    return []


# "… chịu trách nhiệm thi hành Quyết định này", "… chịu trách nhiệm tổ chức thực hiện Chỉ thị này"
_EXECUTES = re.compile(
    r"\bchiu trach nhiem (?:thi hanh|to chuc thuc hien|thuc hien)\b[^.;]{0,40}"
    r"\b(?:quyet dinh|nghi quyet|nghi dinh|chi thi|thong tu|luat|ke hoach|cong van|van ban) nay\b"
)


# "Điều 2. Giao Giám đốc Sở Tư pháp chủ trì, phối hợp với … triển khai thực hiện nội dung Kế hoạch": the body a
# decision gives the lead of carrying out what it issues
_LEADS_IT = re.compile(r"\bgiao\b[^.;]{0,80}\bchu tri\b[^.]{0,160}\b(?:trien khai|to chuc)?\s*thuc hien\b")


def executors(view, doc: str, lead: bool = False) -> list:
    """The sentence by which a document names the bodies that execute it ("Chánh Văn phòng Ủy ban nhân dân
    tỉnh, Giám đốc Sở Tư pháp, … chịu trách nhiệm thi hành Quyết định này."), the last it prints (its
    closing article); `lead`: the article that gives one body the lead of carrying it out ("Điều 2. Giao
    Giám đốc Sở Tư pháp chủ trì …"); none when it names none."""
    out = []
    for chunk in sorted(view.clause_chunks_by_doc.get(doc, ()), key=lambda c: c.lines[0]):
        folded = view.folded(chunk)
        if lead and not (chunk.path.startswith("Điều") and "chu tri" in folded):
            continue
        if not lead and "trach nhiem" not in folded:
            continue
        # (by full stops only: the bodies are listed with ";" between them)
        for sentence in _FULL_STOP.split(chunk.text):
            if (_LEADS_IT if lead else _EXECUTES).search(fold(sentence)):
                out.append(_match(1.0, chunk, sentence.strip()))
    return out[:1] if lead else out[-1:]


_FULL_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def date_of(view, document) -> list:
    """The header passage that prints the document's date ("…, ngày 25 tháng 6 năm 2025"); none when the
    date is left blank ("ngày … tháng 6 năm 2025")."""
    if not document.date:
        return []
    y, m, d = (int(x) for x in document.date.split("-"))
    printed = re.compile(rf"ngay 0?{d} thang 0?{m} nam {y}|(?<!\d)0?{d}/0?{m}/{y}")
    number = fold(document.number or "")
    chunks = sorted(view.clause_chunks_by_doc.get(document.name, ()), key=lambda c: c.lines[0])
    for i, chunk in enumerate(chunks):
        # the header (the first passage) prints the date; without a header block, the caption that
        # prints the document's number with it ("Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025")
        if i and not (number and number in fold(chunk.text)):
            continue
        for sentence in split_sentences(chunk.text):
            f = fold(sentence)
            m_ = printed.search(f)
            if m_ and len(f) != len(sentence):  # positions in the folded text would not fit the printed one
                return [_match(1.0, chunk, sentence)]
            if m_ and (not i or number in f):
                start = max(0, (f.find(number) - 30) if i else (m_.start() - 60))
                opening = sentence.rfind("(", 0, f.find(number)) if i else -1
                if opening >= start:  # "(Kèm theo Nghị quyết số …"
                    start = opening + 1
                elif not i and (at := f.rfind("so:", start, m_.start())) >= 0:
                    start = at  # the header's "Số: 302/2025/NĐ-CP Hà Nội, ngày …", not "… do - Hạnh phúc ---"
                elif start:  # from a word's start
                    start = sentence.find(" ", start) + 1
                start = min(start, m_.start())  # a caption that prints the date before the number
                return [_match(1.0, chunk, sentence[start : m_.end()].lstrip(" ,"))]
    # a law prints no date in its header: "Luật này được Quốc hội … thông qua ngày 16 tháng 6 năm 2025."
    for chunk in chunks:
        for sentence in split_sentences(chunk.text):
            f = fold(sentence)
            if (
                printed.search(f)
                and _SELF_REFERENCE.search(f)
                and re.search(r"\b(?:thong qua|ky|ban hanh)\b", f)
            ):
                return [_match(1.0, chunk, sentence)]
    return []


# "… có hiệu lực (thi hành) (kể) từ ngày 19 tháng 11 năm 2025", "… có hiệu lực kể từ ngày ký": the
# document's own entry into force (not "hết hiệu lực", which ends another's)
_IN_FORCE = re.compile(r"(?<!het )(?<!het)\bco hieu luc\b")
_FORCE_WHEN = re.compile(
    r"\bngay \d{1,2} thang \d{1,2} nam \d{4}|\b\d{1,2}/\d{1,2}/\d{4}\b|\bke tu ngay (?:ky|ban hanh)\b"
    r"|\btu ngay (?:ky|ban hanh)\b"
)
_SELF_REFERENCE = re.compile(
    r"\b(?:luat|bo luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|quy dinh|ke hoach|van ban|phap lenh"
    r"|cong van|chuong trinh|quy che) nay\b"
)
# the question's own words for "when does it take effect" (not its topic)
EFFECT_WORDS = re.compile(
    # ("… và luật nào hết hiệu lực?": what the same article says ends with it)
    r"\b(?:(?:van ban|luat|nghi dinh|nghi quyet|quyet dinh|thong tu|quy dinh) nao (?:bi )?)?het hieu luc(?: thi hanh)?\b"
    r"|\b(?:co )?hieu luc(?: thi hanh)?\b|\b(?:ke )?tu (?:ngay|khi) nao\b|\bkhi nao\b|\bngay nao\b|\bbao gio\b"
    r"|\b(?:take|takes|took|come|comes|came|enter|enters|entered) (?:into )?(?:effect|force)\b"
    r"|\beffective\b|\bin (?:force|effect)\b"
)


def doc_label(d) -> str:
    """A document's kind, number and title: the words a question names it by."""
    return f"{d.kind} {d.number or ''} {d.title}" if d is not None else ""


def _documents(view, scope: set[str] | None):
    """(document or None, its clause chunks) for each indexed document in scope."""
    for name, chunks in view.clause_chunks_by_doc.items():
        if scope is None or name in scope:
            yield view.docs.get(name), chunks


_ITEM_TAIL = re.compile(
    r"(?<=\.)\s+\d{1,2}\.$"
)  # the next item's number, cut off with the sentence: "… 2026. 2."


def in_force(view, q, scope: set[str] | None) -> list:
    """For "… có hiệu lực từ khi nào?": the sentences by which a document in scope says when it enters
    into force, scored by how much of the question the document's kind, number and title (and the
    sentence) hold; none when no document in scope says it (a plan usually does not)."""
    out = []
    for d, chunks in _documents(view, scope):
        label = doc_label(d)
        best = None
        for chunk in chunks:
            f_chunk = fold(chunk.text)
            if "hieu luc" not in f_chunk:
                continue
            sentences = split_sentences(chunk.text)
            for i, sentence in enumerate(sentences):
                f = fold(sentence)
                if not (_IN_FORCE.search(f) and _FORCE_WHEN.search(f)):
                    continue
                own = 1.0 if _SELF_REFERENCE.search(f) else 0.9
                score = own * view.stats.coverage(q, terms(f"{label} {sentence}"))
                if best is None or score > best[0]:
                    # the same provision says what it replaces ("Luật … số 38/2013/QH13 hết hiệu lực …")
                    ceasing = []
                    for s in sentences[i + 1 :]:  # the sentences right after it that end another's force
                        if "het hieu luc" not in fold(s):
                            break
                        ceasing.append(s)
                    quote = " ".join([_ITEM_TAIL.sub("", sentence), *ceasing])
                    best = (score, chunk, quote)
        if best is not None:
            out.append(_match(*best))
    return sorted(out, key=lambda m: -m.score)


def recipients(view, q, scope: set[str] | None, addressed: bool = False) -> list:
    """For "… được gửi tới những nơi nào?": the "Nơi nhận" list and the "Kính gửi:" addressees of each
    document in scope, the document whose kind, number and title (and list) best hold the question first;
    `addressed` ("kính gửi những ai?") puts the addressees before the list of recipients."""
    out = []
    for d, chunks in _documents(view, scope):
        label = f"{doc_label(d)} {d.scope or ''}" if d is not None else ""
        for chunk in chunks:
            if chunk.path == RECIPIENTS_PATH:
                quote, bonus = chunk.text, (-0.05 if addressed else 0.0)
            elif ("kinh gui" in fold(chunk.text[:1500]) or _SENDS.search(chunk.text[:1500])) and (
                quote := _addressees(chunk.text)
            ):
                bonus = 0.05 if addressed else -0.05
            else:
                continue
            score = 0.5 + 0.5 * view.stats.coverage(q, terms(f"{label} {quote}")) if q else 0.5
            out.append(_match(score + bonus, chunk, quote))
    return sorted(out, key=lambda m: -m.score)


# "THỦ TƯỚNG CHÍNH PHỦ điện:": a telegram's sender, in capitals, before those it is sent to
_SENDS = re.compile(r"(?:[A-ZĐÀ-Ỹ]{2,}\s+){1,4}điện\s*:\s*")


def _addressees(text: str) -> str:
    """ "Kính gửi: - A; - B; - C." → that block: the dash items after "Kính gửi", to the one that ends the
    sentence (or the sentence itself when it names one addressee)."""
    m = re.search(r"Kính gửi\s*:?\s*", text) or _SENDS.search(text)
    if m is None:
        return ""
    rest = re.sub(r"^[\s*|]+", "", text[m.end() :])  # (a table's bars and bold marks around the block)
    items = re.split(r"\s(?=[-–•+]\s)", rest)
    if not items or not re.match(r"[-–•+]\s", items[0] if items[0] else ""):
        first = re.match(r"[^.]{3,300}\.", rest)
        return (text[m.start() : m.end()] + first.group(0)).strip() if first else ""
    kept = []
    for item in items:
        if not re.match(r"[-–•+]\s", item):
            break
        end = re.search(r"\.(?:\s|$)", item)
        kept.append(item[: end.start() + 1] if end else item)
        if end:
            break
    return (text[m.start() : m.end()] + " ".join(kept)).strip()


def number_of(view, document) -> list:
    """The passage that prints the document's number; none when the number is left blank."""
    if not document.number:
        return []
    key = fold(document.number)
    for chunk in sorted((c for c in view.clause_chunks if c.doc == document.name), key=lambda c: c.lines[0]):
        for sentence in split_sentences(chunk.text):
            f = fold(sentence)
            at = f.find(key)
            if at < 0:
                continue
            if len(f) != len(sentence):  # positions in the folded text would not fit the printed one
                return [_match(1.0, chunk, sentence)]
            # "Số: 617/KH-UBND Đồng Tháp, ngày 01 tháng 12 năm 2025": the number, and the date printed with it
            start = (
                max(0, f.rfind("so", max(0, at - 8), at)) if f.rfind("so", max(0, at - 8), at) >= 0 else at
            )
            end = at + len(key)
            dated = re.match(
                r"[^.;]{0,40}?ngay \d{1,2} thang \d{1,2} nam \d{4}|[^.;]{0,40}?\d{1,2}/\d{1,2}/\d{4}", f[end:]
            )
            if dated:
                end += dated.end()
            return [_match(1.0, chunk, sentence[start:end])]
    return []


def signatures(view, q, scope: set[str] | None) -> list:
    """For "who signed …?": the signature blocks that carry a person's name, best-matching document first."""
    chunks = {c.ref: c for c in view.chunks if c.kind == "clause"}
    docs = view.docs
    out = []
    for clause in view.clauses():
        if clause.kind != "signature" or (scope is not None and clause.doc not in scope):
            continue
        if not PERSON.search(clause.text) or clause.id not in chunks:
            continue
        title = docs[clause.doc].title if clause.doc in docs else ""
        score = 0.6 + 0.4 * view.stats.coverage(q, terms(f"{title} {clause.text}"))
        out.append(_match(score, chunks[clause.id], clause.text))
    return sorted(out, key=lambda m: -m.score)


def _match(score: float, chunk: Chunk, quote: str) -> SentenceMatch:
    return SentenceMatch(score, chunk, quote)


# "(sau đây gọi là đơn vị sự nghiệp thuộc Bộ nhóm 2)", "(sau đây gọi tắt là Quỹ)": a term the text defines
_CALLED = re.compile(r"\(?\s*sau day (?:duoc )?goi (?:tat )?la\s+")


def definitions(view, term: str, scope: set[str] | None) -> list:
    """For "'X' là gì / là loại … nào?": the sentences by which a document in scope names X as what it
    defines ("A … (sau đây gọi là X)"), or says what X is in its article of definitions ("X là …")."""
    key = " ".join(fold(term).split())
    single = len(key.split()) < 2
    if single and not term[:1].isupper():
        return []  # one word is a defined term only as a name the text gives ("(sau đây gọi là Quỹ)")
    out = []
    named_as = re.compile(rf"{_CALLED.pattern}{re.escape(key)}(?!\w)")
    # "2. Chủ quản dữ liệu là …", '2. "Chủ quản dữ liệu": Là …', "X được hiểu là …"
    said_is = re.compile(
        rf"^(?:\d+\.|[a-zđ]\))?\s*[\"“”'‘’]?{re.escape(key)}[\"“”'‘’]?(?:\s*:\s*|\s+)(?:duoc hieu )?la\b"
    )
    # "4 Văn phòng Trung ương (Văn phòng Trung ương Đảng, Văn phòng Chủ tịch nước, …)": its members, listed
    listed = re.compile(rf"(?<!\w){re.escape(key)}\s*\([^()]+,[^()]+\)")
    for chunk in view.clause_chunks:
        if scope is not None and chunk.doc not in scope:
            continue
        if key not in view.folded(chunk):
            continue
        for sentence in split_sentences(chunk.text):
            f = " ".join(fold(sentence).split())
            if named_as.search(f) or (not single and listed.search(f)):
                out.append(_match(1.0, chunk, sentence))
            elif not single and said_is.search(f):
                out.append(_match(0.95, chunk, sentence))
    return sorted(out, key=lambda m: -m.score)


# A document another one cites, named in a question by its kind and title ("Luật Tổ chức chính quyền địa
# phương", "Nghị định 302/2025/NĐ-CP" is named by its number): the kind, then capitalised title words up to
# the words that ask about it
# the code a document's number carries for its kind ("80/2025/NĐ-CP", "74/2025/QH15"), folded
# (folded) the code a document number carries for its kind: "80/2025/NĐ-CP" is a nghị định, "2208/TTr-STP" a
# tờ trình, "45-CTr/TU" a chương trình (a công văn carries its issuer's code)
KIND_CODES = {
    "nghi dinh": "nd", "nghi quyet": "nq", "quyet dinh": "qd", "thong tu": "tt", "luat": "qh", "bo luat": "qh",
    "chi thi": "ct", "ke hoach": "kh", "cong van": r"[\w]+", "thong bao": "tb", "ket luan": "kl",
    "to trinh": "ttr", "chuong trinh": "ctr", "cong dien": "cd", "bao cao": "bc", "huong dan": "hd",
}  # fmt: skip
CITED_KINDS = (
    "bo luat", "luat", "phap lenh", "nghi dinh", "nghi quyet", "quyet dinh", "thong tu", "chi thi",
    "chuong trinh hanh dong", "ke hoach hanh dong", "chuong trinh", "ke hoach", "quy dinh", "ket luan",
    "cong van", "thong bao", "de an", "hien phap",
)  # fmt: skip
_TITLE_STOP = frozenset(
    "ban duoc co la do cua ma thi ngay vao khi nao da ky ki so nam theo tai va hay hoac".split()
)
IMPLEMENTING_BEFORE = 50  # characters before a number read for what names it as implemented
_IMPLEMENTING = re.compile(
    r"\b(?:thuc hien|trien khai|thi hanh|ve|ve viec|implementing|implements?|to implement|implementation of"
    r"|carrying out|on|pursuant to|in response to"
    # "Vĩnh Long's plan for Resolution 66": the plan that implements it
    r"|(?:plan|programme|program|scheme)s? (?:for|under))\b"
)
_A_DATE = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} thang \d{1,2} nam \d{4})"
_DATE_PARTS = re.compile(r"(\d{1,2}) thang (\d{1,2}) nam (\d{4})|(\d{1,2})/(\d{1,2})/(\d{4})")


def cited_reference(question: str, own_numbers: set[str], own_titles: set[str]) -> str | None:
    """The pattern (folded) that finds where the documents cite the document a "… ban hành ngày nào?"
    question asks about, when that is not an indexed one: the one a later "căn cứ / theo / tại …" names,
    else the first one the question names (not one named as what another implements or is about). None
    when that is an indexed document, or the question names none."""
    f = fold(question)
    if len(f) != len(question):
        return None
    refs: list[tuple[int, str | None]] = []
    # "… kế hoạch thực hiện Nghị quyết 66-NQ/TW ký ngày nào?", "the plan implementing Resolution 140/NQ-CP",
    # "Kế hoạch 390-KH/TU về Nghị quyết 66": a document named as what another implements (or is about)
    # describes that other one
    described = [m.end() for m in _IMPLEMENTING.finditer(f)]
    for m in DOC_NUMBER.finditer(question):
        number = fold(m.group(0))
        refs.append((m.start(), None if number in own_numbers else re.escape(number)))
    kinds = "|".join(CITED_KINDS)
    # "Nghị định 80/2025 …": a number and year without the issuer's code, as printed "80/2025/NĐ-CP"
    for m in re.finditer(rf"\b({kinds}) (?:so )?(\d{{1,4}}/(?:19|20)\d\d)(?![\w/])", f):
        short = m.group(2)
        own = any(n.startswith(f"{short}/") for n in own_numbers)
        # (the issuer's code says the kind: "80/2025/NĐ-CP" is a decree, no "Nghị quyết 80/2025")
        code = KIND_CODES.get(m.group(1), r"[\w-]+")
        refs.append((m.start(), None if own else re.escape(short) + rf"/(?:{code})(?:[\w-]*)(?:/[\w-]+)?"))
    for m in re.finditer(rf"\b({kinds}) (?!so\b)", f):
        if re.search(r"\bsua doi(?:,? bo sung)?(?: \w+){0,4} cua $", f[: m.start()]):
            return None  # "Luật sửa đổi, bổ sung … của Luật X": the amending one is asked, not X
        words = []
        rest = f[m.end() :].split()
        for k, (w, printed) in enumerate(zip(rest, question[m.end() :].split(), strict=False)):
            digit_next = k + 1 < len(rest) and rest[k + 1][:1].isdigit()
            if (w in _TITLE_STOP and (w != "so" or digit_next)) or not re.fullmatch(r"[\w-]+", w):
                break
            if not words and not printed[0].isupper():
                break
            words.append(w)
        title = " ".join(words)
        if len(words) < 2 or re.search(r"\d", title):
            continue  # ("Nghị quyết 66": a number, read above)
        if title.startswith("sua doi"):
            return None  # (an amending law's title runs on past what is read here)
        named = f"{m.group(1)} {title}"
        # (with its kind: "Luật Bảo vệ môi trường" is not the "Nghị quyết về … bảo vệ môi trường" indexed)
        own = any(named in t or title == t for t in own_titles)
        refs.append((m.start(), None if own else re.escape(named)))
    refs = [
        (start, ref)
        for start, ref in refs
        if not any(0 <= start - end <= 25 and f[end:start].strip(" ,").count(" ") <= 2 for end in described)
    ]
    if not refs:
        return None
    refs.sort()
    if re.search(r"\bwhen (?:was|were)\b", f):
        return refs[0][1]
    # "Quyết định 1218 căn cứ Luật X ban hành ngày nào?": the one the decision cites
    introduced = [
        ref for start, ref in refs if re.search(r"\b(?:can cu|theo|tai|dan chieu)(?: vao)?\s*$", f[:start])
    ]
    return introduced[-1] if introduced else refs[0][1]


# what a document is asked to lay down, right after it: "What targets does Resolution 57-NQ/TW set …?",
# "Nghị quyết 197/2025/QH15 quy định mức thù lao … là bao nhiêu?"
_LAYS_DOWN = re.compile(
    # (its year or date may come between, in English: "Decision 1855/QĐ-TTg of 2009 stipulate"; not in Vietnamese,
    # where "… ngày 27/6/2024 của Bộ Chính trị …" cites a document a task implements)
    r"\s*(?:\([^)]*\)\s*)?(?:(?:of|dated)\s+(?:\d{1,2}/\d{1,2}/)?\d{4},?\s+)?(?:itself\s+)?"
    r"(?:(?:set|say|provide|require|stipulate|define|establish|specify|prescribe|regulate"
    r"|allocate|grant|lay|contain|introduce|target|mandate)s?\b|(?:cua [^,?]{0,40}?\s)?(?:quy dinh|dat ra|de ra"
    r"|xac dinh|neu|yeu cau)\b)"
)
_NAMED_KINDS = (
    r"(?:nghi quyet|nghi dinh|quyet dinh|thong tu|chi thi|luat|ke hoach|resolution|decree|decision|circular"
    r"|directive|law|plan) (?:so |no\.? )?"
)
_SHORT_NAMED = re.compile(rf"\b{_NAMED_KINDS}(\d{{1,5}}(?:/(?:19|20)\d\d)?)(?![\w/])")
_KIND_BEFORE = re.compile(rf"\b{_NAMED_KINDS}$")
# between two documents named together: "và", "and", a comma, and the second one's kind ("và Chương trình hành động")
_AND_KIND = re.compile(
    r"\s*(?:,\s*|(?:,\s*)?\b(?:va|and)\s+)(?:(?:the\s+)?(?:action\s+)?(?:nghi quyet|nghi dinh|quyet dinh|thong tu|chi thi|luat"
    r"|ke hoach|chuong trinh|cong van|resolution|decree|decision|circular|directive|law|plan|programme|program)"
    r"(?: hanh dong| of action| action)?\s+)?(?:(?:so|no\.?)\s*)?"
)


def unindexed_subject(question: str, own_numbers: set[str]) -> str | None:
    """The document a question asks to have laid something down ("What targets does Resolution 57-NQ/TW
    set …?") when it is none of the indexed ones: the indexed documents only cite it, and what they say of
    it is not what it says. None when the subject is indexed, is named as what another document implements
    or is about ("Kế hoạch thực hiện Nghị quyết 66 quy định …"), or the question names no such subject."""
    f = fold(question)
    if len(f) != len(question):
        return None
    heads = {re.split(r"[/-]", n)[0] for n in own_numbers}
    named = [
        (m.start(), m.end(), m.group(0), re.match(r"\d+", m.group(0)).group(0))
        for m in DOC_NUMBER.finditer(question)
    ]
    named += [
        (m.start(), m.end(), question[m.start() : m.end()], m.group(1).split("/")[0])
        for m in _SHORT_NAMED.finditer(f)
    ]
    named.sort()
    implemented_to = -1  # where the last document named as implemented ends
    last_end, last_implemented = -1, False
    for i, (start, end, printed, head) in enumerate(named):
        if start < last_end:  # "Kế hoạch 168-KH/TU" read twice ("ke hoach 168", "168-KH/TU"): one document
            if last_implemented:
                implemented_to = max(implemented_to, end)
                continue
        last_end, last_implemented = max(last_end, end), False
        if fold(printed) in own_numbers or head in heads:
            continue
        # (the words before the number, its kind's too: "triển khai Chương trình hành động số 45-CTr/TU")
        if _IMPLEMENTING.search(f[max(0, start - IMPLEMENTING_BEFORE) : start].split(",")[-1]) or (
            implemented_to >= 0 and _joined(f, implemented_to, start, end, named[i + 1 :])
        ):
            # "the plan implementing Resolution 66 sets …": the plan is asked; so too of "… triển khai Nghị quyết
            # 66-NQ/TW và Chương trình hành động 45-CTr/TU nêu …", the second document it implements
            implemented_to, last_implemented = end, True
            continue
        implemented_to = -1
        if _LAYS_DOWN.match(f, end):
            kind = _KIND_BEFORE.search(f[:start])
            return question[kind.start() : end] if kind else printed
    return None


def _joined(f: str, after: int, start: int, end: int, rest: list[tuple]) -> bool:
    """Whether the document at `start`…`end` is named in one list with the one that ends at `after`: "… và …",
    "… and …"; by a comma only when the list goes on to another document ("A, B and C"), not after a fronted
    clause ("Thực hiện Nghị quyết 66, Nghị quyết 140/NQ-CP đề ra …": the second is what the question asks of)."""
    gap = _AND_KIND.fullmatch(f[after:start])
    if gap is None:
        return False
    if re.search(r"\b(?:va|and)\b", gap.group(0)):
        return True
    following = next((s for s, _, _, _ in rest if s >= end), None)
    return following is not None and _AND_KIND.fullmatch(f[end:following]) is not None


# the administrative procedure a question names, up to the words that ask about it ("thủ tục cấp giấy phép xuất
# bản bản tin là bao nhiêu ngày" → "cap giay phep xuat ban ban tin")
# (not "thủ tục hành chính thuộc Bộ …", "thủ tục cấp tỉnh": procedures in general, named by whose or what level)
_PROCEDURE_ASKED = re.compile(
    r"\bthu tuc (?!(?:hanh chinh )?(?:thuoc|cua|trong|tai|ve|nay|do|lien|nhu|duoc|cung|khac|tren|theo|cho|moi|nhom|thi"
    r"|cap (?:tinh|xa|huyen|bo|trung uong))\b)(?:hanh chinh )?((?:(?!(?:la|co (?:tong|bao|may|the|phai|duoc|nhung|cac"
    r"|thoi)|tai|cua|theo|o|trong|mat (?:bao|may|tong|nhieu)|bao (?:nhieu|lau|gio)|gom|duoc|do|nao|khi|va|hay|voi"
    r"|the nao|nhu|can|phai|se|da|dang)\b)\w+\b ?){3,14})"
)
# a passage that names procedures ("1.1. Thủ tục cấp giấy chứng nhận …", "nhóm TTHC: 4.1. Sửa đổi …")
_PROCEDURES_NAMED = re.compile(r"\bthu tuc\b|\btthc\b")
PROCEDURE_SHARED = 0.6  # of the named procedure's word pairs, the share one listed procedure must print


def procedure_unlisted(question: str, evidence: str) -> str | None:
    """The procedure a Vietnamese question names ("thủ tục cấp giấy phép xuất bản bản tin") when the evidence
    lists procedures ("Thủ tục cấp giấy chứng nhận lưu hành tự do …") and none of them is it: a step or a time
    limit of another procedure does not answer. None when the question names none, or the evidence names no
    procedure, or one of them is the one asked."""
    # (every procedure the question names: "… giữa thủ tục cấp CFS … và thủ tục gia hạn …" compares two)
    asked = [m.group(1).strip() for m in _PROCEDURE_ASKED.finditer(fold(question))]
    said = fold(evidence)
    if not asked or not _PROCEDURES_NAMED.search(said):
        return None
    # (the evidence's word pairs: a listed name may go without "Thủ tục" — "4.2. Gia hạn giấy chứng nhận …")
    words = re.findall(r"\w+", said)
    own = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    for name in asked:
        named = name.split()
        pairs = {" ".join(named[i : i + 2]) for i in range(len(named) - 1)}
        if "cap moi" in pairs and _REISSUE_ONLY.search(said) and not _FIRST_ISSUE.search(said):
            continue  # "thủ tục cấp mới …" of a table of "Thủ tục cấp lại …" only: another procedure
        if len(pairs & own) >= PROCEDURE_SHARED * len(pairs):
            return None
    return asked[0]


# a procedure that issues again ("Thủ tục cấp lại giấy chứng nhận …") or issues for the first time ("cấp mới",
# or "Thủ tục cấp giấy …" with no "lại", "đổi")
_REISSUE_ONLY = re.compile(r"\bcap lai\b")
_FIRST_ISSUE = re.compile(
    r"\bcap moi\b|\bcap lan dau\b|\bthu tuc cap\b(?!\s+(?:lai|doi)\b)|(?:^|\d\.\s*)cap\b(?!\s+(?:lai|doi)\b)"
)


# the issuer a citation prints after a cited document's date, up to what the document is about or does
# (read with its marks: "Sở" is no "số", "Tài chính" no "tại", "Giáo dục" no "giao")
_NOT_ISSUER = frozenset(
    "về thực triển ban phê quy nhằm để với tại theo hướng kết giao số ngày thông sửa bổ quyết".split()
)
_KINDS_PRINTED = re.compile(
    r"(?:Kế hoạch|Nghị quyết|Quyết định|Chương trình|Chỉ thị|Công văn|Thông tư|Nghị định|Luật|Kết luận|Quy định"
    r"|Công điện|Đề án)\b"
)
_ISSUER_MAX_WORDS = 12


def issuer_after(text: str, at: int) -> int:
    """The end of the issuer a citation prints at `at` (" của Tỉnh ủy Phú Thọ", " của Bộ Văn hóa, Thể thao và Du
    lịch"), up to what the cited document is about or does; `at` when none is printed there."""
    m = re.match(r" của ", text[at:])
    if m is None:
        return at
    end, pos, words = at, at + m.end(), 0
    for token in re.finditer(r"[^\W\d_]+|[^\w\s]|\d+", text[pos:]):
        word = token.group(0)
        if not word[0].isalpha() and word != ",":
            break  # a bracket, a number, the end of the sentence
        if word in (",", "và"):
            # a name goes on after a comma or "và" only with a capital that opens no kind of document ("Bộ Văn
            # hóa, Thể thao và Du lịch", not "… của Tỉnh ủy và Kế hoạch số …")
            ahead = text[pos + token.end() :].lstrip()
            if not ahead[:1].isupper() or _KINDS_PRINTED.match(ahead):
                break
            continue
        if word in _NOT_ISSUER or words >= _ISSUER_MAX_WORDS:
            break
        words += 1
        end = pos + token.end()
    return end if words else at


def cited_dates(view, pattern: str, scope: set[str] | None) -> list:
    """Where the documents in scope print the date of the document `pattern` finds ("Kế hoạch số
    390-KH/TU ngày 20 tháng 5 năm 2025 của Tỉnh ủy", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16
    tháng 6 năm 2025"): the first place, and the first that prints the same date another way ("20/5/2025")."""
    found = re.compile(
        rf"(?<![\w/]){pattern}(?![\w/])(?: so [\w/.-]+)?(?: cua [^,;.()]{{0,60}}?)?,? (?:ban hanh )?ngay ({_A_DATE})"
    )
    out: list[SentenceMatch] = []
    dates: dict[tuple[str, ...], set[str]] = {}
    named = re.compile(rf"(?<![\w/]){pattern}(?![\w/])")
    for _, chunks in sorted(_documents(view, scope), key=lambda dc: dc[1][0].doc if dc[1] else ""):
        for chunk in sorted(chunks, key=lambda c: c.lines[0]):
            if not named.search(view.folded(chunk)):
                continue  # (the cached folded text: only passages that name it are read again)
            folded = fold(chunk.text)
            if len(folded) != len(chunk.text):
                continue
            for m in found.finditer(folded):
                when = _DATE_PARTS.search(m.group(1))
                key = tuple(str(int(x)) for x in when.groups() if x is not None)
                form = "numeric" if "/" in m.group(1) else "words"
                if dates and key not in dates:
                    continue  # (another date cited with it: the first one stands)
                if form in dates.setdefault(key, set()):
                    continue
                dates[key].add(form)
                kind = re.search(
                    rf"\b(?:{'|'.join(CITED_KINDS)}) (?:so )?$", folded[max(0, m.start() - 40) : m.start()]
                )
                start = m.start() - (len(kind.group(0)) if kind else 0)
                # (and its issuer printed after the date: "… ngày 06/6/2025 của Tỉnh ủy Phú Thọ")
                end = issuer_after(chunk.text, m.end())
                out.append(_match(1.0 - 0.01 * len(out), chunk, chunk.text[start:end]))
        if out:
            break  # one document's citing of it
    return out


def cites(view, pattern: str, scope: set[str] | None) -> bool:
    """Whether a document in scope prints the reference `pattern` finds at all (dated or not)."""
    found = re.compile(rf"(?<![\w/]){pattern}(?![\w/])")
    return any(found.search(view.folded(c)) for _, chunks in _documents(view, scope) for c in chunks)
