"""Answers that go over all the records rather than the top hits: task listings (an agency's tasks, tasks
due in a period), comparisons across provinces, and the overview of a province's documents."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import compose
from assistant.evidence import terms
from assistant.glossary import fold
from assistant.types import ABSTAIN_EN, ABSTAIN_VI, Citation
from indexer.records import Hit, Task

TOPIC_MIN = 0.5  # a listing with a topic keeps the tasks whose name holds this share of it
# Words of a listing question that say which records to list, not what they are about ("trong Phụ lục",
# "nêu tên … trong cột chủ trì", "thực hiện định kỳ hằng năm"): not a topic filter.
_LISTING_NOISE = re.compile(
    r"\b(?:thuc hien|dinh ky|hang nam|thuong xuyen|nam|tiep theo|hoan thanh|phai|quy|thang|lead|led|due|in"
    r"|annually|regularly|every|year|by|completed?|duoc|deu|moi|phu luc|ke hoach|cot|neu ten|co quan|chu tri"
    r"|phoi hop|giao|trong|nhiem vu|tham gia|mot|do|la|gi|appendix|plan|column|named|on their own|own|their"
    r"|dia phuong|nhung|cac|tinh|thanh pho|so|rieng)\b"
)


def agency_matches(task: Task, agency: str, role: str) -> bool:
    """Whether `agency` is among the task's lead (or coordinating) agencies, as canonical names or as printed."""
    names = task.lead_ids if role == "lead" else task.coordinating_ids
    printed = task.lead_text if role == "lead" else task.coordinating_text
    key = fold(agency)
    if any(fold(n) == key for n in names):
        return True
    cell = fold(printed or "; ".join(names))
    if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", cell):
        return True
    # "Các Sở: Tài chính, Tư pháp" names Sở Tài chính without repeating "Sở"
    if key.startswith("so ") and re.search(r"\bcac so\s*:", cell):
        return bool(re.search(rf"(?<!\w){re.escape(key[3:])}(?!\w)", cell))
    return False


def period_matches(task: Task, query) -> bool:
    deadline = fold(task.deadline or "")
    if not deadline:
        return False
    ok = True
    if query.years:
        ok &= any(re.search(rf"(?<!\d){y}(?!\d)", deadline) for y in query.years)
    if query.quarters:
        ok &= any(re.search(rf"\bquy {q.lower()}\b", deadline) for q in query.quarters)
    if query.months:
        ok &= any(re.search(rf"\bthang 0?{m}\b|(?<!\d)\d{{1,2}}/0?{m}/", deadline) for m in query.months)
    for period in query.periods:
        if period == "hằng năm":
            ok &= bool(re.search(r"\bh[aă]ng nam\b|\bhang nam\b|\bmoi nam\b", deadline))
        elif period == "thường xuyên":
            ok &= "thuong xuyen" in deadline
    return ok


def _describe(query, lang: str) -> str:
    bits = []
    if query.agencies:
        verb = (
            ("chủ trì" if query.role == "lead" else "phối hợp")
            if lang == "vi"
            else ("led by" if query.role == "lead" else "coordinated by")
        )
        bits.append(
            f"do {', '.join(query.agencies)} {verb}"
            if lang == "vi"
            else f"{verb} {', '.join(query.agencies)}"
        )
    if query.provinces:
        bits.append(f"ở {', '.join(query.provinces)}" if lang == "vi" else f"in {', '.join(query.provinces)}")
    when = (
        [str(y) for y in query.years]
        + [f"quý {q}" for q in query.quarters]
        + [f"tháng {m}" for m in query.months]
    )
    when += list(query.periods)
    if when:
        bits.append(("có thời gian " if lang == "vi" else "with deadline ") + ", ".join(when))
    return " ".join(bits)


def _rows(assistant, query, scope, role: str, topic_terms) -> list[Task]:
    rows = []
    for task in assistant.searcher.tasks():
        if scope is not None and task.doc not in scope:
            continue
        if query.agencies and not any(agency_matches(task, a, role) for a in query.agencies):
            continue
        if query.has_period and not period_matches(task, query):
            continue
        if topic_terms and assistant.stats.coverage(topic_terms, terms(task.name)) < TOPIC_MIN:
            continue
        rows.append(task)
    return rows


def body_assignments(assistant, query, scope: set[str] | None, limit: int = 6) -> list[tuple]:
    """(clause, sentence) of the body text where an agency of the question is given the lead
    ("Sở Tài chính chủ trì, phối hợp với …", "giao Sở Tư pháp chủ trì …")."""
    from assistant.evidence import split_sentences

    patterns = []
    for agency in query.agencies:
        key = re.escape(fold(agency))
        patterns.append(
            re.compile(
                rf"(?<!\w){key}\s*(?:[:,(-]\s*)?(?:la (?:co quan )?)?(?:chu tri|chiu trach nhiem chu tri)\b"
                rf"|\bgiao {key}\s*(?:la (?:co quan )?)?chu tri\b"
            )
        )
    out = []
    for clause in assistant.searcher.store.clauses():
        if (scope is not None and clause.doc not in scope) or clause.kind != "clause":
            continue
        for sentence in split_sentences(clause.text):
            f = fold(sentence)
            if any(p.search(f) for p in patterns) and (not query.has_period or _mentions_period(f, query)):
                out.append((clause, sentence))
                break
        if len(out) >= limit:
            break
    return out


def _mentions_period(folded: str, query) -> bool:
    words = [str(y) for y in query.years] + [f"quy {q.lower()}" for q in query.quarters]
    words += ["hang nam" if p == "hằng năm" else "thuong xuyen" for p in query.periods]
    return any(w in folded for w in words)


def answer_listing(assistant, query, scope: set[str] | None) -> tuple[str, list[Citation], bool]:
    """All task records that fit the agency / period / topic of the question, counted and cited, plus the
    body clauses that give the agency the lead."""
    lang = "en" if query.lang == "en" else "vi"
    topic = query.topic
    for name in query.agencies:
        topic = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", " ", topic)
    topic = " ".join(_LISTING_NOISE.sub(" ", fold(topic)).split())
    topic_terms = terms(topic)
    rows = _rows(assistant, query, scope, query.role, topic_terms)
    body = body_assignments(assistant, query, scope) if query.agencies and query.role == "lead" else []
    what = _describe(query, lang)
    cites = assistant.citations(query)
    docs = assistant.docs
    lines: list[str] = []
    if rows:
        lines.append(
            f"Có {len(rows)} nhiệm vụ {what}:" if lang == "vi" else f"There are {len(rows)} tasks {what}:"
        )
        lines += _task_lines(assistant, rows, cites, lang, query)
    elif query.agencies and query.role == "lead":
        others = _rows(assistant, query, scope, "coordinating", topic_terms)
        names = ", ".join(query.agencies)
        lines.append(
            f"Trong phụ lục không có nhiệm vụ nào {what}." if lang == "vi" else f"No appendix task is {what}."
        )
        if others:
            lines.append(
                f"{names} là cơ quan phối hợp ở {len(others)} nhiệm vụ:"
                if lang == "vi"
                else f"{names} coordinates {len(others)} tasks:"
            )
            lines += _task_lines(assistant, others, cites, lang, query)
    if body:
        names = ", ".join(query.agencies)
        lines.append(
            f"Phần nội dung văn bản giao {names} chủ trì:"
            if lang == "vi"
            else f"The body of the documents gives {names} the lead:"
        )
        for clause, sentence in body:
            n = cites.clause(clause, sentence)
            place = compose.place_of(docs.get(clause.doc))
            lines.append(f"- {place}, {clause.label}: “{compose.short_quote(sentence)}” [{n}]")
    if not cites.items:
        text = (
            f"Không tìm thấy nhiệm vụ nào {what} trong các tài liệu đã lập chỉ mục."
            if lang == "vi"
            else f"No task {what} was found in the indexed documents."
        )
        return text, [], True
    text = "\n".join(lines)
    return (compose.finish_english(text) if lang == "en" else text), cites.items, False


def _task_lines(assistant, rows: list[Task], cites, lang: str, query) -> list[str]:
    docs = assistant.docs
    by_place: dict[str, list[Task]] = {}
    for task in rows:
        by_place.setdefault(compose.place_of(docs.get(task.doc)), []).append(task)
    several = len(by_place) > 1
    lines, i = [], 0
    for place, tasks in by_place.items():
        if several:
            lines.append(f"{place} ({len(tasks)}):")
        for task in tasks:
            i += 1
            n = cites.task(task, assistant.task_chunk(task))
            line = compose.task_line(
                task, n, docs.get(task.doc), lang, with_place=not several and not query.provinces
            )
            lines.append(f"{i}. {line}")
    return lines


def answer_overview(assistant, query, scope: set[str] | None) -> tuple[str, list[Citation]]:
    """A question that is only a place name: what the index holds about it, and how to ask."""
    lang = "en" if query.lang == "en" else "vi"
    cites = assistant.citations(query)
    docs = [d for d in assistant.searcher.documents() if scope is None or d.name in scope]
    chunks = assistant.searcher.store.chunks()
    lines = []
    for d in docs:
        first = min((c for c in chunks if c.doc == d.name), key=lambda c: c.lines[0], default=None)
        n = cites.chunk(first) if first else None
        tasks = sum(1 for t in assistant.searcher.tasks() if t.doc == d.name)
        number = d.number or ("chưa ghi số" if lang == "vi" else "number left blank")
        extra = (
            (f", {tasks} nhiệm vụ trong phụ lục" if lang == "vi" else f", {tasks} appendix tasks")
            if tasks
            else ""
        )
        lines.append(f"- {d.title} ({number}{extra})" + (f" [{n}]" if n else ""))
    place = ", ".join(query.provinces)
    if lang == "vi":
        text = (
            f"Các tài liệu về {place} trong chỉ mục:\n"
            + "\n".join(lines)
            + f"\nHãy hỏi cụ thể hơn, ví dụ: “Cơ quan nào chủ trì nhiệm vụ … ở {place}?”"
        )
    else:
        text = (
            f"Indexed documents about {place}:\n"
            + "\n".join(lines)
            + f"\nPlease ask a more specific question, e.g. “Which agency leads the … task in {place}?”"
        )
    return text, cites.items


def answer_compare(assistant, query, scope: set[str] | None) -> tuple[str, list[Citation], bool, list[Hit]]:
    """Per province, the answer to the same question; with an agency ("tỉnh nào giao Sở Tư pháp chủ trì …"),
    which provinces give it the task."""
    from assistant.answer import TaskMatch

    lang = "en" if query.lang == "en" else "vi"
    aspect = query.aspect if getattr(query, "aspect", "") else "general"
    if query.agencies and aspect in ("lead_agency", "coordinating_agencies", "general"):
        # "tỉnh nào giao Sở Tư pháp chủ trì …?": the task records that give the agency that role, by province
        f = fold(query.question)
        coordinating = aspect == "coordinating_agencies" or ("phoi hop" in f and "chu tri" not in f)
        role = "coordinating" if coordinating else "lead"
        text, cites, abstained = answer_listing(assistant, replace(query, role=role), scope)
        if abstained and query.topic:  # the agency's tasks, whatever their wording
            text, cites, abstained = answer_listing(assistant, replace(query, role=role, topic=""), scope)
        if not abstained:
            return text, cites, False, []
    docs = assistant.docs
    in_scope = [d for d in docs.values() if (scope is None or d.name in scope) and d.province]
    provinces = list(query.provinces) or list(dict.fromkeys(d.province for d in in_scope))
    cites = assistant.citations(query)
    lines, hits, answered, agency_yes, agency_no = [], [], 0, [], []
    retrieved = (
        assistant.search(query, {d.name for d in in_scope}, 25 * max(1, len(provinces))) if in_scope else []
    )
    for place in provinces:
        place_docs = {d.name for d in in_scope if fold(d.province) == fold(place)}
        sub = replace(query, intent=aspect, provinces=(place,))
        found = assistant.find(sub, place_docs, retrieved)
        hits.extend(found.hits[:3])
        chosen = found.choose(aspect, query.answer_type, query.count_noun, query.question)
        if chosen is None or chosen.score < assistant.abstain_threshold:
            lines.append(f"- {place}: " + ("không tìm thấy thông tin." if lang == "vi" else "nothing found."))
            continue
        answered += 1
        if query.agencies and isinstance(chosen, TaskMatch):
            from assistant.listing import agency_matches

            role = "coordinating" if aspect == "coordinating_agencies" else "lead"
            (
                agency_yes if any(agency_matches(chosen.task, a, role) for a in query.agencies) else agency_no
            ).append(place)
        one = replace(
            found,
            tasks=[chosen] if isinstance(chosen, TaskMatch) else [],
            sentences=[] if isinstance(chosen, TaskMatch) else [chosen],
        )
        lines.append(f"- {place}: {assistant.state(sub, one, chosen, cites, with_place=False)}")
    if not answered:
        return (ABSTAIN_VI if lang == "vi" else ABSTAIN_EN), [], True, hits
    head = "So sánh theo từng địa phương:" if lang == "vi" else "By province:"
    if query.agencies and (agency_yes or agency_no):
        names = ", ".join(query.agencies)
        if lang == "vi":
            head = (
                (
                    f"Địa phương giao {names}: {', '.join(agency_yes)}."
                    if agency_yes
                    else f"Không địa phương nào trong các nhiệm vụ tìm thấy giao {names}."
                )
                + "\n"
                + head
            )
        else:
            head = (
                (
                    f"Provinces that assign it to {names}: {', '.join(agency_yes)}."
                    if agency_yes
                    else f"No province among the matching tasks assigns it to {names}."
                )
                + "\n"
                + head
            )
    text = head + "\n" + "\n".join(lines)
    return (compose.finish_english(text) if lang == "en" else text), cites.items, False, hits
