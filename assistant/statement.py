"""Writing the answer for chosen evidence: the task rows or sentences stated, quoted and cited, with the
sentences of assistant.messages. A pure function of (query, view, evidence); the citations it numbers are
added to the CitationList it is given."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import compose, special
from assistant.evidence import has_answer_type, split_sentences, terms
from assistant.footnotes import notes_for
from assistant.index_view import IndexView, list_intro, titles_above
from assistant.matches import TASK_INTENTS, Found, SentenceMatch, TaskMatch
from assistant.matching import related_sentence, time_heading
from assistant.messages import lang_of, say
from assistant.question_rules import ASKS_DUTIES, LEAD, any_match, without_duty_frame
from assistant.row_columns import asked_columns
from assistant.understand import DOC_NUMBER, Query
from indexer.clean import normalize_tones
from indexer.text import fold, word_runs

SIMILAR_TASK = 0.9  # other tasks within this ratio of the best are answered too (grouped by province)
SIMILAR_TASK_PLURAL = 0.8  # the same, when the question asks for several
MAX_TASKS = 4
# a numbered passage that opens by naming who carries out its items ("5. Bộ trưởng Bộ Tài chính chủ trì:")
_OPENING = re.compile(r"\s*((?:\d{1,2}|[a-zđ])[.)]\s+[^:.;]{3,120}?:)")
_ITEM_MARK = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ][.)]|[-+•])\s")


def _lead_opening(query: Query, match: SentenceMatch) -> str | None:
    """The opening of the matched passage that names its body, when the question asks who and the quote, a
    later part of the passage, leaves it out; None otherwise."""
    if not any_match(LEAD, fold(query.question)):
        return None
    m = _OPENING.match(match.chunk.text)
    # (the quote is one of the items the opening lists, "(2) Khẩn trương …": not a closing paragraph the passage
    # runs on into, "Quá trình triển khai thực hiện Kế hoạch, …")
    if m is None or fold(m.group(1)) in fold(match.quote) or not _ITEM_MARK.match(match.quote.lstrip('“" ')):
        return None
    from indexer.agencies import find_agencies

    return m.group(1).strip() if find_agencies(m.group(1)) else None


ITEM_MAX = 200  # a list item this short is quoted with the sentence that opens its list
INTRO_MAX = 120  # … and any item with an opening sentence this short
SIMILAR_SENTENCE = 0.85
MAX_SENTENCES = 3


def citations(view: IndexView, query: Query) -> compose.CitationList:
    return compose.CitationList(
        view.docs, terms(query.topic or query.search_text), clauses=view.clauses_by_id
    )


def stated(
    found: Found, chosen: TaskMatch | SentenceMatch, plural: bool = False, question: str = ""
) -> list[TaskMatch | SentenceMatch]:
    """The passages `state` quotes for the chosen evidence: it and its close companions of the same kind
    (`plural`: the question asks for several, "trước những mốc nào": rows a little further off too; a row
    the `question` names word for word beside the chosen one, "Dữ liệu hồ sơ lưu trữ và tài liệu lưu trữ",
    is one of the things asked)."""
    if isinstance(chosen, TaskMatch):
        ratio = SIMILAR_TASK_PLURAL if plural else SIMILAR_TASK
        picked = [t for t in found.tasks if t.score >= chosen.score * ratio][:MAX_TASKS]
        if question and _named_whole(chosen.task.name, question):
            picked += [
                t
                for t in found.tasks[:MAX_TASKS]
                if t not in picked
                and t.score >= chosen.score * NAMED_ALSO
                and _named_whole(t.task.name, question)
            ]
    else:
        picked = [s for s in found.sentences if s.score >= chosen.score * SIMILAR_SENTENCE][:MAX_SENTENCES]
        if question and _JOINED.search(fold(question)):
            picked += _rest_of_list(found, chosen, picked)
    return picked if chosen in picked else [chosen]


JOINED_LIST = 6  # a list this short, two of whose items a question joining things asks, is asked whole


def _rest_of_list(found: Found, chosen: SentenceMatch, picked: list) -> list[SentenceMatch]:
    """The other items of the list two picked passages are items of ("a) Người lao động đóng …" beside "b)
    Người sử dụng lao động …", "c) Nhà nước …", for "… của người lao động, người sử dụng lao động và Nhà
    nước"), when the list is short and they are found close enough; none otherwise."""
    path = chosen.chunk.path
    context = chosen.chunk.context
    # (a list a sentence opens, "… được quy định như sau:", not the numbered parts under a section's title)
    if "." not in path or "\n" not in context or not context.splitlines()[-1].rstrip().endswith(":"):
        return []
    parent = path.rsplit(".", 1)[0]

    def sibling(m: SentenceMatch) -> bool:
        p = m.chunk.path
        return m.chunk.doc == chosen.chunk.doc and "." in p and p.rsplit(".", 1)[0] == parent

    items = [m for m in found.sentences if sibling(m)]
    if sum(1 for m in picked if sibling(m)) < 2 or len({m.chunk.path for m in items}) > JOINED_LIST:
        return []
    return [m for m in items if m not in picked and m.score >= chosen.score * NAMED_ALSO]


_FIELD_VALUES = {
    "lead_agency": lambda t: t.lead_text,
    "coordinating_agencies": lambda t: t.coordinating_text,
    "deadline": lambda t: t.deadline or "",
    "output": lambda t: t.output or "",
}
FIELD_LINE_CHARS = 400  # the printed line of a field read from prose is quoted when this short


def printed_line(view: IndexView, task, intent: str):
    """For a task read from prose ("a) Hoạt động 1 … - Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp …"), the
    passage of its span that prints the field `intent` names, label and all ("- Thời gian hoàn thành: Trước ngày
    31/5/2026."); None for a table row (its cell is quoted already) or when no passage prints the value."""
    if task.source != "prose" or intent not in _FIELD_VALUES:
        return None
    value = " ".join(fold(_FIELD_VALUES[intent](task)).split())[:40]
    if len(value) < 3:
        return None
    for chunk in _field_lines(view, task):
        if value in " ".join(fold(chunk.text).split()) and fold(task.name)[:40] not in fold(chunk.text):
            return chunk
    return None


def _field_lines(view: IndexView, task) -> list:
    """The short passages inside a prose task's span (its labelled field lines), in document order."""
    first, last = task.lines
    return sorted(
        (
            c
            for c in view.clause_chunks_by_doc.get(task.doc, ())
            if first <= c.lines[0] and c.lines[1] <= last and len(c.text) <= FIELD_LINE_CHARS
        ),
        key=lambda c: c.lines[0],
    )


def _printed_bodies(view: IndexView, task) -> list:
    """For a task read from prose whose lead names several bodies, each on a line of its own with what it does
    ("- Cơ quan thực hiện: + Sở Văn hóa và Thể thao chủ trì, phối hợp …; + Sở Xây dựng đăng tải thông điệp …"):
    those passages of its span, in order; [] when the bodies are not printed so."""
    if task.source != "prose" or len(task.lead) < 2:
        return []
    inside = _field_lines(view, task)
    found = []
    for name in task.lead:
        key = " ".join(fold(name).split())
        chunk = next(
            (c for c in inside if " ".join(fold(c.text).split()).lstrip("+-–• ").startswith(key)), None
        )
        if chunk is None:
            return []
        if chunk not in found:
            found.append(chunk)
    return found if len(found) >= 2 else []


def _printed_field(view: IndexView, task, intent: str, cites: compose.CitationList, lang: str) -> str:
    """The line that prints the field asked of a task read from prose, quoted as printed and cited ("" when
    there is none, see printed_line); the lead of several bodies, each on its line with what it does: each."""
    if intent == "lead_agency" and (bodies := _printed_bodies(view, task)):
        return "".join(
            say(lang, "printed_field", quote=c.text.strip(), n=cites.chunk(c, c.text)) for c in bodies
        )
    chunk = printed_line(view, task, intent)
    if chunk is None:
        return ""
    return say(lang, "printed_field", quote=chunk.text.strip(), n=cites.chunk(chunk, chunk.text))


NAMED_ALSO = 0.6  # a row the question names whole, this close to the chosen one, is asked too
_JOINED = re.compile(r"(?<!\w)(?:va|and|hoac|or)(?!\w)|,")


def _named_whole(name: str, question: str) -> bool:
    """Whether the question prints every word of a short row name ("Dữ liệu tài liệu lưu trữ" in "… hồ sơ lưu
    trữ và tài liệu lưu trữ", its head word said once for both) and joins two things ("và", "and", a comma)."""
    f = fold(question)
    words = fold(name).split()
    return (
        2 <= len(words) <= NAMED_WORDS
        and bool(_JOINED.search(f))
        and set(words) <= set(re.findall(r"\w+", f))
    )


NAMED_WORDS = 8


def state(
    view: IndexView,
    query: Query,
    found: Found,
    chosen: TaskMatch | SentenceMatch,
    cites: compose.CitationList,
    with_place: bool,
) -> str:
    """The answer text for the chosen evidence (and its close companions), citations added to `cites`."""
    docs = view.docs
    lang = lang_of(query.lang)
    if isinstance(chosen, TaskMatch):
        lines = []
        for match in stated(found, chosen, query.plural, query.question):
            task = match.task
            n = cites.task(task, view.task_chunk(task))
            line = compose.task_sentence(task, n, docs.get(task.doc), query.intent, lang, with_place)
            # (the topic too: an English ask glossed word by word keeps its articles, "chuẩn bị the ý kiến"; and
            # the question as typed: "who is in charge" glossed is "who is phụ trách")
            columns = asked_columns(task, f"{query.search_text} | {query.topic} | {query.question}")
            if not columns and query.intent in ("general", "fact"):
                columns = list(task.extra)  # a question of no field: the row's other columns too, as printed
            asked = " ".join(
                say(lang, "cell_other", header=header, value=value, n=n) for header, value in columns
            )
            if asked and query.intent in ("lead_agency", "coordinating_agencies"):
                line = f"{asked} {line}"  # "ai chủ trì thẩm tra": the asked column, then the row
            elif asked:
                line += " " + asked
            line += compose.shared_cell(task, query.intent, cites, lang)
            line += _printed_field(view, task, query.intent, cites, lang)
            shown = [
                task.name,
                task.lead_text,
                task.coordinating_text,
                task.output or "",
                task.deadline or "",
            ]
            shown += [value for _, value in columns]
            said = "\n".join([*lines, line])
            line += _footnotes(view, task.doc, shown, task.lines[0], said, cites, lang)
            lines.append(line + related_sentence(view, task, cites, lang))
        if len(lines) > 1:
            text = say(lang, "several_tasks", n=len(lines)) + "\n" + "\n".join(f"- {line}" for line in lines)
        else:
            text = lines[0]
    elif (listed := _listed(view, query, found, chosen)) is not None:
        intro, items = listed
        text = special.state_items(view, intro.chunk, items, cites, lang, with_place)
    else:
        lines = []
        matches = _with_parallel(view, query, stated(found, chosen, query.plural, query.question))
        for match in matches + _dated_references(view, query, matches):
            n = cites.chunk(match.chunk, match.quote)
            heading = view.heading(match.chunk)
            if query.asks_time and (dated := time_heading(match, titles_above(match.chunk))):
                # "Vĩnh Long đặt mốc thời gian nào để hoàn thành …?" of "- Hoàn thành việc sửa đổi …" under
                # "1. Đến năm 2030": the heading says the time the item does not (also "by what year …")
                heading = (dated, view.title_clause(match.chunk, dated))
            if heading is None and (intro := list_intro(view, match.chunk)):
                # "b) Cục trưởng …" under "… quản lý hồ sơ của:"; a longer item under a short opening too ("b)
                # Viên chức là Lãnh đạo …, trừ trường hợp …" under "1. Cục trưởng quyết định kỷ luật đối với:")
                if len(match.chunk.text) <= ITEM_MAX or len(intro[0]) <= INTRO_MAX:
                    heading = intro
            under = None
            if heading and heading[1] is not None and fold(heading[0]) not in fold(match.quote):
                under = (heading[0], cites.clause(heading[1], heading[0]))
            elif heading is None and (opening := _lead_opening(query, match)) is not None:
                # "Ai chủ trì hoàn thiện dự thảo Nghị quyết …, trình trước ngày nào?" of "(2) Khẩn trương …" in
                # "5. Bộ trưởng Bộ Tài chính chủ trì: (1) … (2) …": the passage's own opening names who
                under = (opening, cites.chunk(match.chunk, opening))
            line = compose.sentence_line(
                match.quote, n, match.chunk, docs.get(match.chunk.doc), lang, with_place, under
            )
            if lang == "en" and query.intent in TASK_INTENTS:
                from indexer.agencies import find_agencies

                note = compose.english_names_note(find_agencies(match.quote), n)
                line = f"{line} {note}" if note else line
            said = "\n".join([*lines, line])
            line += _footnotes(view, match.chunk.doc, [match.quote], match.chunk.lines[0], said, cites, lang)
            lines.append(line)
        text = "\n".join(lines)
    return compose.finish_english(text) if lang == "en" else text


# "số mấy, ngày nào", "số hiệu", "what number", "what date": a document's number, or its date, is asked
_ASKS_NUMBER_OR_DATE = re.compile(
    r"\bso (?:may|hieu|bao nhieu)\b|\bngay (?:nao|bao nhieu|ban hanh)\b|\bso va ngay\b|\bnumbers?\b|\bdated?\b"
    r"|\bwhen\b.*\b(?:issued|dated|signed)\b"
)
# "Kế hoạch số 168-KH/TU" and the words after it: a reference to a document by its number
_REFERENCE = re.compile(rf"\bsố\s+({DOC_NUMBER.pattern})(?=(?P<after>.{{0,14}}))", re.IGNORECASE)
_DATED = re.compile(r"^\s*,?\s*(?:ngày|ban hành ngày)\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng)", re.IGNORECASE)


def _dated_references(view: IndexView, query: Query, matches: list) -> list[SentenceMatch]:
    """For a question that asks a document's number or date: where a quote refers to another document by its
    number alone ("… và Kế hoạch số 168-KH/TU, hiện thực hóa …"), the first sentence of the same document that
    prints that number with its date ("… Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy Phú Thọ …"),
    quoted after (at most one per number; none already quoted)."""
    if not _ASKS_NUMBER_OR_DATE.search(fold(query.question)):
        return []
    quoted = {(id(m.chunk), m.quote) for m in matches if isinstance(m, SentenceMatch)}
    # (an English question, in the index's words)
    asked = f" {word_runs(query.question)} {word_runs(query.search_text) if query.lang == 'en' else ''} "
    added: list[SentenceMatch] = []
    seen: set[str] = set(query.doc_numbers)  # (a number the question says is what it asks about, not for)
    for match in matches:
        if not isinstance(match, SentenceMatch):
            continue
        for ref in _REFERENCE.finditer(match.quote):
            number = ref.group(1)
            if number in seen or _DATED.match(ref.group("after")):
                continue
            seen.add(number)
            if any(_dated_in(m.quote, number) for m in matches if isinstance(m, SentenceMatch)):
                continue  # (another quote prints it with its date)
            dated = _first_dated(view, match.chunk.doc, number)
            if dated is None or not _issuer_asked(dated[1], number, asked):
                continue
            if (id(dated[0]), dated[1]) not in quoted:
                added.append(SentenceMatch(match.score * 0.99, dated[0], dated[1], match.coverage))
                quoted.add((id(dated[0]), dated[1]))
    return added


def _dated_in(text: str, number: str) -> bool:
    return any(
        _DATED.match(text[m.end() :]) for m in re.finditer(rf"(?<![\w/]){re.escape(number)}(?![\w/])", text)
    )


def _issuer_asked(sentence: str, number: str, asked: str) -> bool:
    """Whether the issuer the sentence names after the number and its date ("… ngày 06/6/2025 của Tỉnh ủy
    Phú Thọ") is one the question names ("Kế hoạch số mấy của Tỉnh ủy"): its first two words."""
    at = sentence.find(number)
    m = _ISSUER.search(sentence[at + len(number) :]) if at >= 0 else None
    return m is not None and f" {word_runs(m.group(1))} " in asked


# "ngày 06/6/2025 của Tỉnh ủy …", "ngày 17 tháng 5 năm 2025 của Chính phủ": the first two words of the issuer
_ISSUER = re.compile(
    r"^\s*,?\s*(?:ban hành )?ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s+của\s+(\w+\s+\w+)",
    re.IGNORECASE,
)


def _first_dated(view: IndexView, doc: str, number: str):
    """(chunk, sentence) of the first passage of `doc`, in the order it prints them, whose sentence prints
    `number` followed by its date; None when none does."""
    for chunk in sorted(view.clause_chunks_by_doc.get(doc, ()), key=lambda c: c.lines[0]):
        if number not in chunk.text:
            continue
        for sentence in split_sentences(chunk.text):
            if _dated_in(sentence, number):
                return chunk, sentence
    return None


def _footnotes(
    view: IndexView, doc: str, printed: list[str], line_no: int, shown: str, cites, lang: str
) -> str:
    """The footnotes the printed text points to, quoted and cited ("" when it points to none)."""
    out = ""
    for mark, chunk, text in notes_for(view, doc, printed, line_no, shown):
        out += say(lang, "footnote", mark=mark, quote=text, n=cites.chunk(chunk, text))
    return out


PARALLEL_OPENING = 3  # sentences of one passage that open with these many words alike say one thing each
PARALLEL_OPENING_UNTYPED = 5  # … when the question asks for no kind of value
ENUMERATION_PARTS = 8  # parts after a quote that ends in ";" read as items of its enumeration, at most


def _enumeration(match: SentenceMatch, query: Query) -> SentenceMatch:
    """A quote that stops at a ";" inside an enumeration ("… để triển khai thực hiện Nghị quyết số 57-NQ/TW …;"
    + "Nghị quyết số 59-NQ/TW …;" + "Nghị quyết số 68-NQ/TW … và Nghị quyết số 66-NQ/TW."): with the parts
    after it that open with two words the quote prints (not as it opens: those are parallel sentences) and
    hold what is asked, up to the part that closes the sentence."""
    if not match.quote.rstrip().endswith(";"):
        return match
    sentences = split_sentences(match.chunk.text)
    # (the sentence the quote ends with: a quote of two sentences, "Trong đó … 2 cấp. Rà soát, ban hành … Nghị quyết
    # số 57-NQ/TW …; Nghị quyết số 59-NQ/TW …;", goes on as one of its last sentence does)
    at = next(
        (i for i, s in enumerate(sentences) if match.quote == s or match.quote.endswith(f" {s}")),
        None,
    )
    if at is None:
        return match
    said = " " + " ".join(re.findall(r"\w+", fold(match.quote))) + " "
    parts = [match.quote]
    for part in sentences[at + 1 : at + 1 + ENUMERATION_PARTS]:
        head = re.findall(r"\w+", fold(part))[:2]
        if len(head) < 2 or f" {' '.join(head)} " not in said:
            break
        if fold(part).split()[:PARALLEL_OPENING] == fold(match.quote).split()[:PARALLEL_OPENING]:
            break  # ("Thực hiện Kế hoạch số …; Thực hiện Kế hoạch số …;": parallel sentences, each quoted)
        if not has_answer_type(part, query.answer_type, query.count_noun, query.question):
            break
        parts.append(part)
        if not part.rstrip().endswith(";"):
            break
    return match if len(parts) == 1 else replace(match, quote=" ".join(parts))


def _says_topic(words: list[str], query: Query) -> bool:
    """Whether some of a sentence's words (after its opening) are words of the question's topic."""
    topic = {w for w in fold(query.topic).split() if len(w) > 2}
    return bool(topic & set(words))


def _with_parallel(view: IndexView, query: Query, picked: list) -> list:
    """For a question that asks for several things ("bãi bỏ danh mục tại những quyết định nào?"): each
    quoted sentence with the sentences of its clause (its passage and the passages of the same section)
    that open as it does and hold what is asked ("Quyết định này bãi bỏ … Quyết định số 530/QĐ-UBND …",
    "Quyết định này bãi bỏ … số 480/QĐ-UBND …"), in the order the text prints them."""
    if not query.plural:
        return picked
    # (no kind of value asked: the sentences must open alike for longer — "Quyết định này bãi bỏ …", not
    # "Quyết định này có hiệu lực …")
    width = PARALLEL_OPENING if query.answer_type else PARALLEL_OPENING_UNTYPED
    out: list = []
    for match in map(lambda m: _enumeration(m, query), picked):
        opening = fold(match.quote).split()[:width]
        if len(opening) < width or match.quote not in split_sentences(match.chunk.text):
            out.append(match)  # (a quote that is no single sentence of its passage: a window, a row)
            continue
        clause = sorted(
            (
                c
                for c in view.clause_chunks_by_doc.get(match.chunk.doc, ())
                if c.section == match.chunk.section
            ),
            key=lambda c: c.lines[0],
        )
        for chunk in clause or [match.chunk]:
            for sentence in split_sentences(chunk.text):
                if chunk is match.chunk and sentence == match.quote:
                    out.append(match)
                elif (
                    fold(sentence).split()[:width] == opening
                    and has_answer_type(sentence, query.answer_type, query.count_noun, query.question)
                    # (no kind of value asked: the sentence says some of what is asked after its opening — not
                    # "UBND tỉnh khen thưởng …" beside "UBND tỉnh giao Sở Tài chính bố trí kinh phí …")
                    and (query.answer_type or _says_topic(fold(sentence).split()[width:], query))
                ):
                    out.append(SentenceMatch(match.score, chunk, sentence, match.coverage))
    unique: dict[tuple[int, str], SentenceMatch] = {}
    for m in out:  # (a sentence quoted for two picks is quoted once, where it first stands)
        unique.setdefault((id(m.chunk), m.quote), m)
    return list(unique.values())


def _listed(view, query: Query, found, chosen: SentenceMatch):
    """(passage, items) when the answer is a list: the question asks for several things, or the chosen
    passage is a bare section title whose items say what it is."""
    if query.plural:
        return _list_intro(view, query, found, chosen)
    # a section title alone, or a passage that opens a list ("Nội dung kiểm tra bao gồm:"): its items
    opens = _bare_heading(chosen) or chosen.chunk.text.rstrip().endswith(":")
    if opens and len(items := special.list_items(view, chosen.chunk)) >= 2:
        return chosen, items
    # one item of a list whose opening says what the question asks ("Thứ tự ưu tiên cho thuê nhà ở … được
    # quy định như thế nào?" of "d) Đối tượng đã trả nhà công vụ" under "4. Thứ tự ưu tiên cho thuê nhà ở …
    # như sau:"): the opening and all its items
    heading = list_intro(view, chosen.chunk)
    if heading is not None and len(items := special.list_items(view, chosen.chunk)) >= 2:
        asked = terms(query.topic)
        by_heading = view.stats.coverage(asked, terms(heading[0]))
        by_item = view.stats.coverage(asked, terms(chosen.quote))
        # (not a question about one item: "Người khuyết tật có được vay vốn …?", "Trưởng ban … là ai?")
        if (
            by_heading >= INTRO_HOLDS
            and by_item < ITEM_SAYS
            and query.answer_type is None
            and not _ONE_ASKED.search(fold(query.question))
        ):
            return chosen, items
    return _points_of_named_title(view, query, chosen)


TITLE_NAMED = (
    0.75  # a section title that holds this share of a duties or list question's topic is the one named …
)
TITLE_UNSAID = 1  # … when no more than this many of the topic's words are not the title's


def _points_of_named_title(view, query: Query, chosen: SentenceMatch, found=None):
    """(passage, points) when the question names a bare section title and asks for what is under it: a
    duties question of the chosen passage's title ("Các sở, ban, ngành thành phố và chính quyền địa phương
    có trách nhiệm gì?" of "a) …" under "1. Các sở, ban, ngành thành phố và chính quyền địa phương"), or,
    with `found` (a question that asks for several things), the title of one of the best passages, or one
    of them that is such a title ("Quỹ bảo hiểm thất nghiệp được sử dụng vào những mục đích nào?" of
    "Điều 45. Sử dụng Quỹ bảo hiểm thất nghiệp" over its five clauses): all the points under the title;
    None otherwise."""
    duties = any_match(ASKS_DUTIES, fold(query.question))
    if not duties and found is None:
        return None
    topic = without_duty_frame(normalize_tones(query.topic or query.search_text).lower())
    if query.lang == "en":
        topic = without_duty_frame(topic, english=True)
    # (a number left of a document's name, "Luật Việc làm 2025", is none of the title's words)
    asked = terms(" ".join(w for w in topic.split() if not w.isdigit()))
    # ("vào những mục đích nào", "gồm những nội dung gì": the kind of thing asked for, not what it is about)
    kind = {w for m in _ASKED_KIND.finditer(fold(query.question)) for w in m.group(1).split()}
    matches = [chosen] if found is None or duties else [chosen, *found.sentences[:TITLE_SEARCHED]]
    for match in matches:
        title = special.section_title(view, match.chunk)
        if title is None and _bare_heading(match) and "." not in match.chunk.path:
            title = match.chunk
        if title is None:
            continue
        items = special.sub_items(view, title)
        titled = terms(title.text)
        unsaid = asked.unigrams - titled.unigrams - kind
        # (what else the question says, beyond the title, would name one point: "… trong việc báo cáo kết
        # quả"; a word the title does not say and the passage does makes the passage the answer: "… yêu cầu
        # thực hiện nghiêm những văn bản nào" of "a) Thực hiện nghiêm Nghị định số 26/2024/NĐ-CP …")
        if (
            len(items) >= 2
            and view.stats.coverage(asked, titled) >= TITLE_NAMED
            and len(unsaid) <= TITLE_UNSAID
            and not (match.chunk is not title and unsaid & terms(match.chunk.text).unigrams)
        ):
            return match, items
    return None


TITLE_SEARCHED = 10  # of the best passages, those whose section title may be the one a question names
# the kind of thing a list question asks for: "những mục đích nào", "các nội dung gì", "những trường hợp nào"
_ASKED_KIND = re.compile(r"\b(?:nhung|cac)\s+((?:\w+\s+){0,1}\w+)\s+(?:nao|gi)\b")


INTRO_HOLDS = 0.6  # a list's opening that holds this share of the question's topic answers with its items …
ITEM_SAYS = 0.3  # … when the item itself holds less than this share (the question is not about it)
# a yes/no ask, or who holds one place ("Trưởng ban … là ai?"): one item answers
_ONE_ASKED = re.compile(
    r"\b(?:co|duoc|phai) [^?]{0,80}\bkhong\W*$|^(?:is|are|does|do|can|may|must|was|were)\b|\bla ai\b|\bai la\b|\bwho\b"
)


def _bare_heading(chosen) -> bool:
    """A section title alone ("2. Yêu cầu", "Điều 29. Nguyên tắc …"): what answers is the text under it."""
    text = chosen.chunk.text.strip()
    return len(text) <= 80 and not text.endswith((".", ";"))


LIST_INTRO_NEAR = (
    0.85  # a passage that opens a list ("… bao gồm:") answers "gồm những gì" near the best score
)


TITLE_SAID = 0.5  # the share of a title's words the question says, for it to name the title
TITLED_NEAR = 4  # of the best passages, two points under one title make its points the answer


def _list_intro(view, query: Query, found, chosen: SentenceMatch):
    """(passage, its items) for a question that asks for several things: the chosen passage's list, or a
    passage scored close to it that opens a list of its own ("1. Các chế độ … bao gồm:" + a), b), c))."""
    # a section title that holds what the question asks for, over points of its own: it answers when
    # nothing else does, and before the chosen passage's own list when that stands under another title
    # ("Quỹ … được sử dụng vào những mục đích nào?": "Điều 45. Sử dụng Quỹ …", not the definitions of
    # "Điều 2" whose fourth names the fund)
    named = _points_of_named_title(view, query, chosen, found)
    items = special.list_items(view, chosen.chunk)
    if len(items) < 2 and chosen.quote.rstrip().endswith(":"):
        items = special.opening_parts(
            view, chosen.chunk
        )  # (the opening's last sentence, quoted as the answer)
    if len(items) >= 2:
        if named is not None:
            title = named[1][0].path.rsplit(".", 1)[0]
            if chosen.chunk.doc != named[1][0].doc or not f"{chosen.chunk.path}.".startswith(f"{title}."):
                return named
        return chosen, items
    # several of the best passages are points under one title ("1. Mục tiêu cụ thể": a) … b) … c) …): all of
    # its points, in order
    # (of the chosen passage, or of another of the best: "- Hoàn thiện khung pháp lý …" and "- Hoàn thiện cơ sở
    # dữ liệu …" under "a) Đến năm 2026", for "What targets … set for 2026?")
    near = found.sentences[:TITLED_NEAR]
    asked = terms(query.topic or query.search_text)
    for match in [chosen, *(m for m in near if m is not chosen)]:
        items = special.titled_items(view, match.chunk)
        if sum(m.chunk in items for m in near) >= 2:
            title = special.section_title(view, match.chunk)
            # (another passage's title, when the question names it: not "1. Sở Khoa học và Công nghệ" over the
            # duties of a body the question does not ask about)
            if match is chosen or (
                title is not None and view.stats.coverage(terms(title.text), asked) >= TITLE_SAID
            ):
                return match, items
    for match in found.sentences[:10]:
        opens = match.chunk.text.rstrip().endswith(":") or _bare_heading(
            match
        )  # "1. Đến năm 2030" + its items
        if match.score < chosen.score * LIST_INTRO_NEAR or not opens:
            continue
        items = special.list_items(view, match.chunk)
        if not items and match.quote.rstrip().endswith(":"):
            items = special.opening_parts(view, match.chunk)
        if len(items) >= 2:
            # (or the numbered parts a letter's opening announces: "… tập trung thực hiện một số nhiệm vụ trọng
            # tâm sau:" over "1. Các cấp ủy …", "2. Đảng đoàn …", for "… giao nhiệm vụ cho những chủ thể nào?")
            return match, items
    return named
