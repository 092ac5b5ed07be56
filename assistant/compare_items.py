"""Two things of one place or document compared: "nhiệm vụ A và nhiệm vụ B, nhiệm vụ nào có hạn sớm
hơn?", "So sánh thời gian Bước 3 giữa quy trình A và quy trình B", "which comes later: the end of A, or
the deadline for B?". The question is cut into the words both halves share (the context: "Trong phụ lục
Công văn 6225", "mức đóng bảo hiểm thất nghiệp tối đa") and the two things; each thing is then asked on
its own (assistant.strategies).

Reads only the question's own structure: a conjunction between two parallel phrases (the second opens
with the words that open the first: "nhiệm vụ … và nhiệm vụ …", "của A và của B"), or the two things
after "giữa" / "between" / a colon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.glossary import find_provinces
from assistant.question_rules import ASKS_PLACES, any_match
from indexer.text import compiled, fold

# "với" alone is "with" ("phối hợp với"); "so với" compares
_CONJUNCTION = re.compile(
    r"\s*,?\s+(?:(?:khác|khac) (?:gì|gi|thế nào|the nao|ra sao) (?:so )?(?:với|voi)"  # "A khác gì với B"
    r"|và|va|hay|hoặc|hoac|so với|so voi|or|and|versus|vs\.?|(?:as )?compared (?:with|to)"
    # "hạn của A khác hạn B thế nào?" (the second opens as the first does; not "khác nhau", "khác gì")
    r"|(?:khác|khac)(?: (?:so )?(?:với|voi))?(?! (?:nhau|gì|gi|thế|the|ra|biệt|biet|hơn|hon|các|cac|những|nhung)\b)"
    # "A sớm hơn B bao lâu?", "is A later than B?"
    r"|(?:sớm|som|muộn|muon|chậm|cham|dài|dai|ngắn|ngan)\s+(?:hơn|hon)"
    # "A khác gì điều kiện B?" (not "A và B khác gì nhau / về …")
    r"|(?:khác|khac) (?:gì|gi)(?=\s+(?!(?:về|ve|nhau|không|khong|so|với|voi|ở|o|trong|giữa|giua|hơn|hon|cơ bản|co ban"
    r"|đáng kể|dang ke|nổi bật|noi bat|nhiều|nhieu|lớn|lon|chủ yếu|chu yeu|căn bản|can ban)\b)\w+\s+\w)"
    r"|(?:earlier|later|longer|shorter|sooner) than|differs? from|(?:is |are )?different from)\s+",
    re.IGNORECASE,
)
# where the second thing ends and the question about both begins
_TAIL = re.compile(
    r"\s*[,;:?]\s*(?:\w+\s+){0,3}?(?:nào|nao|which|what|who|when)\b"
    r"|\s*,?\s+(?:có|co|is|are|do|does|did|have|has)\s+(?:\w+\s+){0,3}?"
    r"(?:cùng|cung|khác|khac|giống|giong|the same|different|differ)\b"
    r"|\s*,?\s+(?:khác|khac|giống|giong)\s+(?:nhau|gì|gi|thế nào|the nao)\b"
    r"|\s*,?\s+(?:giống|giong)\s+(?:và|va)\s+(?:khác|khac)\b"  # "A và B giống và khác nhau thế nào?"
    r"|\s*,?\s+(?:cách|cach|chênh|chenh)\s+(?:nhau|lệch|lech)\b"
    r"|\s*,?\s+(?:có |co )?(?:liên quan|lien quan)\s+(?:với|voi|đến|den|tới|toi)\s+nhau\b"
    r"|\s+(?:relate|related|line up|fit together|connect)(?: to each other| to one another)?\W*$"
    r"|\s*,?\s+(?:nhiệm vụ|nhiem vu|việc|viec|cái|cai|bên|ben|văn bản|van ban|quy trình|quy trinh|thủ tục"
    r"|thu tuc|chỉ tiêu|chi tieu|khoản|khoan|mục|muc)\s+(?:nào|nao)\b"
    r"|\s*,?\s+(?:có|co)\s+(?:hạn|han|thời hạn|thoi han)\b|\s*,?\s+(?:thì sao|thi sao)\b"
    # "A và B thì thời hạn khác nhau ra sao?" (unaccented "thi" only after a comma: "thi hành", "dự thi")
    r"|\s*,?\s+thì\s|\s*,\s*thi\s(?!hanh|dua|dau|cong|tuyen)"
    r"|\s+(?:như thế nào|nhu the nao|thế nào|the nao|ra sao|khác gì|khac gi|khác nhau|khac nhau|differ)(?!\w)"
    r"|\s*;\s"  # "…; hạn của hai bộ có khác nhau không?": the ask about both
    r"|\s*,?\s+(?:lần lượt|lan luot|respectively)(?!\w)"  # "… của A và của B lần lượt là khi nào?"
    # "hạn A và hạn B là khi nào?": the ask about both
    r"|\s+(?:là|la|vào|vao)\s+(?:khi nào|khi nao|ngày nào|ngay nao|bao giờ|bao gio|gì|gi|ai)(?!\w)"
    r"|(?<!\d)\s+[–—-]\s+(?!\d)"  # "A và B – việc nào phải làm trước?" (not "2021 - 2025")
    r"|\s+(?:(?:mất|mat|kéo dài|keo dai)\s+)?(?:bao lâu|bao lau|bao nhiêu ngày|bao nhieu ngay|mấy ngày|may ngay|by how (?:long|much|many))(?!\w)"
    # "A và B được trình Quốc hội thông qua vào thời điểm nào": the ask about both, in the passive
    r"|\s+(?:được|duoc)\s+(?=(?:\w+\s+){1,12}?(?:nào|nao)\b)"
    # "A và B do ai chủ trì": the ask about both, by whom
    r"|\s+(?:do|bởi|boi)\s+(?:ai|cơ quan nào|co quan nao|đơn vị nào|don vi nao|sở nào|so nao)(?!\w)"
    r"|\s*\?|\s*\.\s*$"
    # "… are both due in 2027. How do their outputs differ?": a sentence of its own ends the things named
    # (not "TP. Hồ Chí Minh": the sentence ends after a lower-case word or a number)
    r"|\s+(?:are|is|were|was|đều|deu)\s+(?=(?:both|all)\b[^.?!]*(?<=(?-i:[a-zà-ỹđ\d]))[.!]\s+(?-i:[A-ZĐ]))"
    r"|(?<=(?-i:[a-zà-ỹđ\d]))[.!]\s+(?=(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)


# the two things follow these words: "giữa A và B", "between A and B", "…: A, or B"
def _a_place(text: str) -> bool:
    """Whether `text` opens with a province's name ("Phú Thọ", "tỉnh Phú Thọ"), not a thing that names its
    place last ("việc hệ thống hóa văn bản QPPL kỳ 2024-2028 của Hà Tĩnh")."""
    places = find_provinces(text)
    if not places:
        return False
    before = text[: min(start for _, start, _ in places)]
    return not re.sub(
        r"(?i)\b(?:tỉnh|tinh|thành phố|thanh pho|tp\.?|province|city|of|the)\b", " ", before
    ).strip()


_OPENS_PAIR = re.compile(
    r"(?:^|\s)(?:giữa|giua|between)\s+|:\s+"
    # "how do the timelines differ for A and for B"
    r"|\s(?:differ|differs|vary|varies)\s+for\s+"
    # "hai việc A và B thì …", "hai nhiệm vụ A và B"
    r"|(?:^|\s)(?:hai|2)\s+(?:việc|viec|nhiệm vụ|nhiem vu|văn bản|van ban|quy trình|quy trinh|thủ tục|thu tuc"
    r"|hoạt động|hoat dong|chỉ tiêu|chi tieu)\s+",
    re.IGNORECASE,
)
# "A và B, việc nào có hạn sớm hơn?", "A và B khác nhau thế nào?": the tail asks of two things, so the
# first thing is what stands before the conjunction, back to a comma ("Ở Hà Tĩnh, hội thảo … và đề án …,
# việc nào …")
_ASKS_OF_TWO = re.compile(
    r"\b(?:viec|nhiem vu|cai|hoat dong|noi dung|su kien|chi tieu|de an|ke hoach|van ban|du an|quy trinh|thu tuc"
    r"|buoc|ben) nao\b"
    r"|\bwhich (?:one|task|activity|document|law|bill|resolution|procedure|step|of (?:the|these) two)\b"
    # "… và …, khác nhau thế nào?": how two things differ
    r"|\b(?:khac nhau|giong nhau|cach nhau|chenh nhau|khac gi|differ|the same)\b"
    # "… và … liên quan với nhau thế nào?", "how do … and … relate?": how two things stand to each other
    r"|\blien quan (?:voi|den|toi) nhau\b|\b(?:relate|related|line up|fit together|connect)\b"
)
_ASKING = re.compile(r"\b(?:nao|gi|ai|which|what|who|whom|when|how)\b")  # (folded) words that ask
_ALTERNATIVES = frozenset({"or", "hay", "hoac", "versus", "vs", "vs."})
_FUNCTION_WORDS = frozenset(
    "the a an of in for to các cac những nhung một mot cái cai của cua đối doi với voi".split()
)
# the prepositions that, said again before the second thing, mark where both things start ("của A và của B",
# "targets for A and for B")
_OWNER_WORDS = frozenset({"cua", "of", "for"})
_MIN_WORDS = 2


@dataclass(frozen=True)
class Halves:
    context: str  # words that belong to both things ("Trong phụ lục Công văn 6225,")
    first: str
    second: str
    after: str = ""  # … and the words after the two that place both ("số 1 và số 3 trong Phụ lục …")


def _words(text: str) -> list[str]:
    return fold(text).split()


def _letter_words(text: str) -> int:
    return sum(1 for w in _words(text) if re.search(r"[^\W\d_]", w))


_DOCUMENT_KINDS = (
    r"(?:du thao )?(?:luat|bo luat|nghi quyet|nghi dinh|quyet dinh|ke hoach|thong tu|cong van|chi thi|de an"
    r"|chuong trinh|cong dien|quy dinh|quy che)"
)
_KIND_OPENING = re.compile(rf"^{_DOCUMENT_KINDS}\b")
_OWNS_DOCUMENT = re.compile(rf"(?<!\w)(?:cua|giua)\s+(?={_DOCUMENT_KINDS}\b)")


def _parallel_start(left: str, right: str) -> tuple[int, int] | None:
    """(offset in `left` where the phrase parallel to `right` begins, words shared): the last place `left`
    says the one or two words `right` opens with ("nhiệm vụ", "của người"); a single word only when it
    has content."""
    opening = _words(right)
    for size in (2, 1):
        if len(opening) < size:
            continue
        head = opening[:size]
        if size == 1 and head[0] in _FUNCTION_WORDS and head[0] not in _OWNER_WORDS:
            continue  # ("của A và của B": whose, on both sides)
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in head) + r"(?!\w)"
        starts = [m.start() for m in compiled(pattern).finditer(fold(left))]
        if starts:
            return starts[-1], size
    if _KIND_OPENING.match(" ".join(opening)):
        # "So sánh tiến độ của Luật sửa đổi Luật A và Nghị quyết sửa đổi Nội quy B": two documents, each named
        # by its own kind, the first after the word that makes it the owner
        owners = list(_OWNS_DOCUMENT.finditer(fold(left)))
        if owners:
            return owners[-1].end(), 1
    if len(opening) >= 2 and opening[0] in _FUNCTION_WORDS and opening[1] not in _FUNCTION_WORDS:
        # "… step in internal procedure No. 01 and in procedure No. 04": the word after the preposition
        starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(opening[1])}(?!\w)", fold(left))]
        if starts:
            return starts[-1], 1
    return None


def _inside_names(text: str) -> list[tuple[int, int]]:
    """Spans of the agency names with "và" / "and" in them that the text prints ("Sở Khoa học và Công nghệ",
    "the Ministry of Science and Technology")."""
    from assistant.glossary import english_term_spans
    from indexer.agencies import find_agencies

    folded = fold(text)
    spans = []
    for name in find_agencies(text):
        if " và " not in name:
            continue
        for m in re.finditer(re.escape(fold(name)), folded):
            spans.append((m.start(), m.end()))
    spans += [
        (start, end)
        for start, end, term in english_term_spans(text)
        if term.kind == "agency" and re.search(r"(?i)\sand\s", text[start:end])
    ]
    return spans


# "Đề án ưu tiên số 1 và số 3", "task 2 and 5": the second thing named by its number alone
_AUXILIARY = re.compile(
    r"(?i)^(?:how\s+(?:do|does|did|are|is|were|was)|do|does|did|are|is|were|was|have|has|so sánh|so sanh|compare"
    r"|theo)\s+"
)
# "tasks 2 and 5": each thing is one task
_PLURAL_HEAD = re.compile(r"(?i)^(tasks|rows|items|projects|steps)(?=\s+(?:[IVX]{1,5}\.)?\d)")
_PLACED = re.compile(r"(?i)\s*,?\s+((?:trong|tại|tai|của|cua|thuộc|thuoc|in|of|under)\s.*)$")
# (a year is no row: "năm 2026"; "VI.4", "2.15": a row of a group)
_NUMBER = r"(?<!\w)(?:(?:số|so|no\.?|number|#)\s*)?(?:(?:[IVX]{1,5}|\d{1,2})\.)?\d{1,3}[a-z]?(?![\w.]?\w)"
_NUMBER_REF = re.compile(_NUMBER, re.IGNORECASE)
_DESCRIBED_END = re.compile(r"\s*\([^()]*\)\s*$")
# "tasks I.4", "nhiệm vụ 1": a row kind and its number (where the first of two numbered things starts)
_ROW_KIND_NUMBER = re.compile(
    r"(?i)(?<!\w)(?:tasks?|rows?|items?|projects?|steps?|nhiệm vụ|nhiem vu|đề án|de an|bước|buoc|dòng|dong"
    r"|chỉ tiêu|chi tieu)\s+" + _NUMBER
)
_ENDS_WITH_NUMBER = re.compile(rf"{_NUMBER}\s*$", re.IGNORECASE)


# a conjunction that says two things are compared ("A khác thế nào so với B", "A compared with B")
_EXPLICIT_COMPARE = re.compile(
    r"(?i)(?:khác|khac) (?:gì|gi|thế nào|the nao|ra sao) (?:so )?(?:với|voi)|(?:khác|khac) (?:gì|gi)|so với|so voi"
    r"|(?:as )?compared (?:with|to)|differs? from|(?:is |are )?different from"
)
# "Theo Quy định 384-QĐ/TW, …", "Under Decree 302, …": where both things are, before the first
_LEADING_CONTEXT = re.compile(
    r"(?i)^\s*(?:theo|trong|tại|tai|in|under|according to)\b(?!\s+(?:trường hợp|truong hop|case|the event)\b)[^,]{2,80},\s*"
)


def _with_head(first: str, second: str) -> tuple[str, str]:
    """(second thing, words that place both) — the second thing with the words that name the first one's
    kind, when it is a number alone: "Đề án ưu tiên số 1" and "số 3 trong Phụ lục …" → ("Đề án ưu tiên
    số 3", "trong Phụ lục …")."""
    own = _NUMBER_REF.match(second)
    if own is None:
        return second, ""
    last = None
    for m in _NUMBER_REF.finditer(first):
        last = m
    # ("tasks I.4 (integration mechanism …)" and "I.5 (…)": the number described in brackets)
    core = _DESCRIBED_END.sub("", first)
    if last is None or last.end() != len(core.rstrip()) or _letter_words(first[: last.start()]) < 1:
        return second, ""
    rest = second[own.end() :]
    place = _PLACED.match(rest)
    tail = _TAIL.search(rest)
    trailing = rest[place.start(1) :].strip() if place else ""
    number = second[: own.end()] + (
        rest[: place.start(1)] if place else rest[: tail.start()] if tail else rest
    )
    return f"{first[: last.start()].rstrip()} {number.strip()}", trailing


# the words after a shared head that open what sets each thing apart ("điều kiện … để …")
_RELATIONS = frozenset("de để cua của doi đối cho khi trong tai tại for of to when in under".split())
_NUMBERING = frozenset("so no. no number".split())


_ANAPHOR = re.compile(r"(?i)^(?:that|those|the ones?)\s+(?=(?:for|of|in|under|to|when|by|with)\b)")
_EN_RELATION = re.compile(r"(?i)\s(?:for|of|in|under|to|when|by|with)\s")


def _with_antecedent(first: str, second: str) -> str:
    """ "compare the condition for an employee … with that for an employer": "that" stands for the first
    thing's head ("the condition")."""
    m = _ANAPHOR.match(second)
    relation = _EN_RELATION.search(first)
    if m is None or relation is None or _letter_words(first[: relation.start()]) < 1:
        return second
    return f"{first[: relation.start()].strip()} {second[m.end() :]}"


def _with_modifier(first: str, second: str) -> str:
    """The second thing with the words the first one says between its head and what sets it apart, when
    the second leaves them out: "Điều kiện về thời gian đóng bảo hiểm thất nghiệp để được hưởng trợ cấp"
    and "điều kiện để người lao động … được hỗ trợ đào tạo" → "điều kiện về thời gian đóng bảo hiểm thất
    nghiệp để người lao động … được hỗ trợ đào tạo"."""
    a, b = first.split(), second.split()
    # words as printed (lower case): "tài" is not "tại", "để" not "đề" — folded only when typed without marks
    plain = fold(f"{first} {second}") == f"{first} {second}".lower()
    fa, fb = ([re.sub(r"[^\w]", "", fold(w) if plain else w.lower()) for w in ws] for ws in (a, b))
    for size in (2, 1):
        if len(fb) <= size or fa[:size] != fb[:size] or fb[size] not in _RELATIONS:
            continue
        if size == 1 and fold(fa[0]) in _FUNCTION_WORDS:
            return second
        try:
            at = fa.index(fb[size], size + 1)  # at least one word between the head and the relation
        except ValueError:
            return second
        words = a[size:at]
        if any(re.search(r"\d", w) or fold(w) in _NUMBERING for w in words):
            return second  # "quy trình 01 của Sở A và quy trình của Sở B": the first one's number is its own
        if fa[size] == fb[size]:
            # "the Ministry of Health's task of A" and "the Ministry of Science and Technology's task of B": the
            # first goes on with the same relation after the shared head; the second leaves nothing out
            return second
        return " ".join(b[:size] + words + b[size:])
    return _with_shared_head(a, b, fa, fb) or second


_ARTICLES = frozenset("the a an".split())


def _with_shared_head(a: list[str], b: list[str], fa: list[str], fb: list[str]) -> str | None:
    """The second thing with the first one's head, when the second names less of it before the same
    relation: "điều kiện về thời gian đóng BHTN để được hưởng trợ cấp" and "để người lao động … được hỗ trợ
    đào tạo" → "điều kiện về thời gian đóng BHTN để người lao động …"; "the contribution condition for
    receiving …" and "the condition for training support …" → "the contribution condition for training
    support …"."""
    at = next((j for j, w in enumerate(fb[:4]) if w in _RELATIONS), None)
    if at is None or at + 1 >= len(fb):
        return None
    try:
        head_end = fa.index(fb[at], 1)
    except ValueError:
        return None
    own = [w for w in fb[:at] if w not in _ARTICLES]
    head = [w for w in fa[:head_end] if w not in _ARTICLES]
    if len(own) >= len(head) or any(w not in head for w in own) or not head or len(head) > 8:
        return None
    if any(w in _RELATIONS for w in head):
        return None  # "… results to the Department of Finance" and "the Department of Finance reporting …"
    if head[0] in _FUNCTION_WORDS or any(re.search(r"\d", w) or w in _NUMBERING for w in head):
        return None  # "quy trình 01 của Sở A và của Sở B": the first one's number is its own
    return " ".join(a[:head_end] + b[at:])


# "compare A with B" / "so sánh A với B": the verb opens the pair, "with" parts it
_COMPARE_WITH = re.compile(
    r"(?i)^(?P<context>.*?)\b(?:compare|so sánh|so sanh)\s+(?P<first>.+?)\s+(?<!đối )(?<!doi )(?:with|against|với|voi)\s+"
    r"(?P<second>.+?)[\s.?!]*$"
)
# "how does A compare with B?", "how do A and B compare": the verb after the first thing
_COMPARES_WITH = re.compile(
    r"(?i)^(?P<context>.*?)\bhow (?:does|do|did|would)\s+(?P<first>.+?)\s+compare\s+(?:with|to|against)\s+"
    r"(?P<second>.+?)[\s.?!]*$"
)
# "compare A to B" only when no "with" parts them ("compare the condition for an employee to receive … with
# that for an employer": "to" opens what the employee does)
_COMPARE_TO = re.compile(
    r"(?i)^(?P<context>.*?)\b(?:compare|so sánh|so sanh)\s+(?P<first>.+?)\s+(?:to)\s+(?P<second>.+?)[\s.?!]*$"
)


# a law or resolution named by its title: "Luật sửa đổi …", "Nghị quyết về …"
# a phrase in quotation marks, alone ("the ‘data on disciplinary decisions’") or last in a text
_OPEN_MARKS, _CLOSE_MARKS = "'\"“‘«", "'\"”’»"
# (an apostrophe inside a word, "People's", opens or closes nothing)
_QUOTED = rf"(?<!\w)[{_OPEN_MARKS}][^{_OPEN_MARKS}{_CLOSE_MARKS}]{{3,120}}[{_CLOSE_MARKS}](?!\w)"
QUOTED_WHOLE = re.compile(rf"(?i)(?:(?:the|a|an|các|cac|những|nhung)\s+)?{_QUOTED}")
_QUOTED_LAST = re.compile(rf"(?i)(?:(?<=\s)(?:the|a|an|các|cac|những|nhung)\s+)?{_QUOTED}\s*$")
_TITLED_ITEM = re.compile(
    r"(?i)\b(?:luật|luat|nghị quyết|nghi quyet|nghị định|nghi dinh|pháp lệnh|phap lenh|thông tư|thong tu)\s+"
    r"(?:sửa đổi|sua doi|bổ sung|bo sung|về|ve)\b"
)


def halves(question: str) -> Halves | None:
    """The two things a comparison question names in one phrase, or None."""
    text = question.strip()
    if any_match(ASKS_PLACES, fold(text)):  # places are compared by the `compare` strategy
        return None
    brackets = [b.span() for b in re.finditer(r"\([^()]*\)", text)]
    # ("How does A compare with B to draw up …?": "how does … compare" names both things first)
    m = _COMPARES_WITH.match(text) or _COMPARE_WITH.match(text) or _COMPARE_TO.match(text)
    if m and any(s < m.end("first") < e for s, e in brackets):
        # "compare task 4 (…) and task 5 (supporting businesses to trade …)": a "to" in brackets describes
        m = None
    if m and _letter_words(m.group("first")) >= _MIN_WORDS and _letter_words(m.group("second")) >= _MIN_WORDS:
        context, first = m.group("context"), m.group("first")
        second = _with_modifier(first, _with_head(first, m.group("second"))[0])
        second = _with_antecedent(first, second)
        # "the total processing time of internal procedure no. 01 … with procedure no. 04": what stands before
        # the words the second thing opens with belongs to both
        parallel = _parallel_start(first, re.sub(r"(?i)^(?:the|a|an)\s+", "", second))
        if (
            parallel is not None
            and re.sub(r"(?i)\b(?:the|a|an)\b", "", first[: parallel[0]]).strip()
            and _letter_words(first[parallel[0] :]) >= _MIN_WORDS
        ):
            context, first = f"{context} {first[: parallel[0]]}", first[parallel[0] :]
        return Halves(" ".join(context.split()).strip(" ,;:"), first.strip(" ,;:"), second.strip(" ,;:"))
    # "…, or …" / "…, hay …" parts two things before a bare "and" inside one of them ("press and publishing")
    # ("which starts earlier: the dissemination and training task or the inspection …": "or" parts the
    # two alternatives before an "and" inside one of them)
    conjunctions = sorted(
        _CONJUNCTION.finditer(text),
        key=lambda m: ("," not in m.group(0), fold(m.group(0)).strip(" ,") not in _ALTERNATIVES),
    )
    found: list[tuple[int, Halves]] = []  # (how weakly the two phrases are read as parallel, the halves)
    # (an "and" in brackets describes one thing, "task I.5 (monitoring and evaluation mechanism)", when
    # there is one outside them: not "hai nhiệm vụ (nhiệm vụ 1 và nhiệm vụ 4)")
    inside = _inside_names(text)
    if any(not any(s < c.start() < e for s, e in brackets + inside) for c in conjunctions):
        inside = inside + brackets
    for conj in conjunctions:
        if any(start < conj.start() < end for start, end in inside):
            continue  # "Sở Khoa học và Công nghệ": one name
        left, rest = text[: conj.start()], text[conj.end() :]
        tail = _TAIL.search(rest)
        right = rest[: tail.start()] if tail else rest
        opener = None
        for m in _OPENS_PAIR.finditer(left):
            opener = m
        if (
            opener is not None
            and opener.group(0).lstrip().startswith(":")
            and (_ASKING.search(fold(left[opener.end() :])) or _ASKING.search(fold(right)))
        ):
            # "chỉ tiêu A và chỉ tiêu B: chỉ tiêu nào đặt mức cao hơn, và cơ quan nào chủ trì …?": what follows
            # the colon asks of the two things before it, it names none
            opener = None
        if opener is not None:
            start, context_end = opener.end(), opener.start()  # "giữa" / "between" is no part of the context
            weak = 0
        else:
            parallel = _parallel_start(left, right)
            # ("tasks I.4 (integration …) and I.5 (…)": a number's description in brackets after it)
            # (or "task 4 (…) and task 5 (…)": a kind and its number on both sides)
            numbered = (_NUMBER_REF.match(right.strip()) or _ROW_KIND_NUMBER.match(right.strip())) and (
                _ENDS_WITH_NUMBER.search(_DESCRIBED_END.sub("", left))
            )
            if numbered or (parallel is not None and _NUMBER_REF.fullmatch(left[parallel[0] :].strip())):
                # "Đề án ưu tiên số 1 và số 3": two numbers of one kind, the kind's words before the first
                # ("…, how do tasks I.4 and I.5 differ": from the kind, when the first number has one)
                kinds = list(_ROW_KIND_NUMBER.finditer(left))
                start = kinds[-1].start() if kinds else left.rfind(",") + 1
                weak = 0
            elif parallel is not None:
                start, shared = parallel
                weak = 0 if shared == 2 else 1  # one shared word may be chance ("quy định" / "quy chuẩn")
                after_comma = left.rfind(",") + 1
                before = left[start : after_comma - 1]
                if (
                    after_comma > start
                    and re.search(r"\d", before)
                    and len(before.split()) <= 3
                    and _letter_words(left[after_comma:]) >= _MIN_WORDS
                ):
                    # "Theo kế hoạch kèm Nghị quyết 1339, Luật … và Nghị quyết …": a document's reference
                    # before the comma places both; the first thing follows it
                    start, weak = after_comma, 1
            elif (titled := list(_TITLED_ITEM.finditer(left))) and _TITLED_ITEM.match(right.strip()):
                # "Luật sửa đổi Luật Tổ chức Quốc hội và Nghị quyết sửa đổi Nội quy kỳ họp …": two laws or
                # resolutions named by their titles, of two kinds
                start, weak = (
                    titled[0].start(),
                    1,
                )  # (the outer title: "Nghị định sửa đổi … của các nghị định …")
            elif (
                tail is not None
                and _ASKS_OF_TWO.search(fold(rest[tail.start() :]))
                and not _a_place(right)  # "… ở Hà Tĩnh và Phú Thọ khác nhau thế nào": places
            ):
                start, weak = left.rfind(",") + 1, 2
            elif (quoted := _QUOTED_LAST.search(left)) and QUOTED_WHOLE.fullmatch(right.strip(" ,;:")):
                # "which bodies own the 'discipline data' and the 'data on disciplinary decisions'?": two
                # things each in quotation marks, from the first one's opening mark (with its article)
                start, weak = quoted.start(), 1
            elif _EXPLICIT_COMPARE.fullmatch(conj.group(0).strip(" ,")):
                # "thời hạn thông báo khi … nâng cấp, bảo trì khác thế nào so với trường hợp bất khả kháng?":
                # the whole of what stands before is the first thing (after a context that places it)
                lead = _LEADING_CONTEXT.match(left)
                start, weak = (lead.end() if lead else 0), 3
            else:
                continue
            context_end = start
        first = _TAIL.split(left[start:], maxsplit=1)[0].strip(" ,;:")
        first = _AUXILIARY.sub(
            "", first
        )  # "Do tasks 2 and 5 …", "So sánh nhiệm vụ …": the things, not the ask
        second, trailing = _with_head(first, right.strip(" ,;:–—-"))
        if not trailing and re.fullmatch(r"(?:khác|khac) (?:gì|gi)", conj.group(0).strip(" ,")):
            # "Quy trình A khác gì quy trình B về thời gian / trong Quyết định 2031?": what follows the second
            # thing is asked of both
            # (not words the first thing says too: "điều kiện thời gian đóng BHTN để A" and "điều kiện về thời
            # gian đóng BHTN để B" differ in what follows "về")
            # (nor a preposition the first thing has after its head: "Nhiệm vụ về chuyển đổi số khác gì nhiệm vụ
            # về cải cách hành chính trong Kế hoạch …" shares only "trong Kế hoạch …")
            told = next(
                (
                    m
                    for m in re.finditer(r"\s+(?=(về|ve|trong|tại|tai|theo)\s)", second)
                    if fold(m.group(1)) not in _words(first)
                ),
                None,
            )
            if (
                told
                and _letter_words(second[: told.start()]) >= _MIN_WORDS
                and not set(_words(second[told.end() :])[1:]) & set(_words(first))
            ):
                second, trailing = second[: told.start()], second[told.end() :]
        row = _ROW_KIND_NUMBER.match(second)
        if (
            not trailing
            and row
            and _ENDS_WITH_NUMBER.search(first)
            and (placed := _PLACED.match(second[row.end() :]))
        ):
            # "Nhiệm vụ 23 và nhiệm vụ 25 trong phụ lục Quyết định 1218 …": where the second row is places both
            second, trailing = second[: row.end()], placed.group(1)
        second = _with_antecedent(first, _with_modifier(first, second))
        first, second = (_PLURAL_HEAD.sub(lambda m: m.group(1)[:-1], x) for x in (first, second))
        numbered = bool(_ENDS_WITH_NUMBER.search(first))  # "task 2": a kind and its number name a row
        if _letter_words(first) + numbered < _MIN_WORDS or _letter_words(second) + numbered < _MIN_WORDS:
            continue
        if re.search(r"\b(?:hơn|hon|than)\b", conj.group(0), re.I) and re.search(
            r"\b(?:nao|gi|which|what|who)\b", fold(first)
        ):
            continue  # "Nhiệm vụ nào xong sớm hơn nhiệm vụ X?" asks for others, not of two things
        preposition = re.match(r"(?i)(?:in|of|for|at|under|on)\s+", second)
        if preposition and not first.lower().startswith(preposition.group(0).lower()):
            second = second[preposition.end() :]  # "… in internal procedure No. 01 and in procedure No. 04"
        context = left[:context_end]
        context = re.sub(r"(?i)\b(?:so sánh|so sanh|compare)\b", " ", context)
        found.append((weak, Halves(" ".join(context.split()).strip(" ,;:"), first, second, trailing)))
        if weak == 0:
            break
    return min(found, key=lambda x: x[0])[1] if found else None
