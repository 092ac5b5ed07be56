"""Comparisons: the same question answered per province (or per document when the scope holds several
documents of one place), each side searched on its own; with an agency ("tỉnh nào giao Sở Tư pháp chủ
trì …?"), the structured listing of the provinces that give it that role."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant import special
from assistant.evidence import terms
from assistant.index_view import IndexView
from assistant.listing import agency_matches, answer_listing
from assistant.matches import Found, TaskMatch
from assistant.matching import find, search
from assistant.messages import lang_of, say
from assistant.statement import citations, state
from assistant.types import Citation
from assistant.understand import Query
from indexer.records import Hit
from indexer.text import fold

K_PER_SIDE = 25


@dataclass(frozen=True)
class Comparison:
    text: str
    citations: list[Citation]
    abstained: bool
    hits: list[Hit]


def sides(view: IndexView, query: Query, scope: set[str] | None) -> list[tuple[str, set[str]]]:
    """(label, documents) of each side: the provinces named (or all in scope); one place with several
    documents in scope is compared document by document."""
    in_scope = [d for d in view.docs.values() if (scope is None or d.name in scope)]
    named = [view.docs[n] for n in query.docs if n in view.docs]
    if len(named) >= 2:  # "Nghị định 302/2025/NĐ-CP và Thông tư 23/2025/TT-BTP, văn bản nào …": per document
        return [(_doc_label(d), {d.name}) for d in named]
    places = list(query.provinces) or list(dict.fromkeys(d.scope for d in in_scope if d.scope))
    out = []
    for place in places:
        docs = {d.name for d in in_scope if d.scope and fold(d.scope) == fold(place)}
        if docs:
            out.append((place, docs))
    if len(out) == 1 and len(out[0][1]) >= 2:
        place, docs = out[0]
        by_name = view.docs

        def short(d) -> str:
            return f"{d.kind} ({d.issuer})" if d.issuer else d.kind

        labels = [short(by_name[name]) for name in sorted(docs)]
        if len(set(labels)) < len(
            labels
        ):  # two documents of one kind and issuer: their titles tell them apart
            labels = [by_name[name].title for name in sorted(docs)]
        out = [(f"{place} – {label}", {name}) for label, name in zip(labels, sorted(docs), strict=True)]
    return out


def _side_topic(view: IndexView, topic: str, docs: set[str], all_docs: set[str]) -> str:
    """The topic as one side reads it: the words that name another side's document ("Kế hoạch kinh tế
    số của Bắc Ninh" on the Đồng Tháp side) are not about this side."""

    def titles(names) -> list[str]:
        return [" ".join(fold(view.docs[n].title or "").split()) for n in names if n in view.docs]

    own, others = titles(docs), titles(all_docs - docs)
    words = topic.split()
    folded = [fold(w) for w in words]
    drop = [False] * len(words)
    # a run of three or more words printed in another side's title and not in this side's names it
    for i in range(len(words)):
        for j in range(len(words), i + 2, -1):
            run = " ".join(folded[i:j])
            if any(f" {run} " in f" {t} " for t in others) and not any(f" {run} " in f" {t} " for t in own):
                drop[i:j] = [True] * (j - i)
                break
    kept = [w for w, d in zip(words, drop, strict=True) if not d]
    return " ".join(kept) if kept else topic


def _doc_label(doc) -> str:
    number = f" {doc.number}" if doc.number else ""
    return f"{doc.kind}{number}" if doc.kind else doc.title


def answer_compare(view: IndexView, query: Query, scope: set[str] | None, threshold: float) -> Comparison:
    lang = lang_of(query.lang)
    aspect = query.aspect or "general"
    f = fold(query.question)
    # "tỉnh nào giao Sở Tư pháp chủ trì …": an agency in a role; "công văn của Tỉnh ủy" only names an issuer
    in_role = re.search(r"\b(?:chu tri|phoi hop|giao|phu trach|lead|coordinat|in charge)", f)
    if query.agencies and in_role and aspect in ("lead_agency", "coordinating_agencies", "general"):
        coordinating = aspect == "coordinating_agencies" or ("phoi hop" in f and "chu tri" not in f)
        role = "coordinating" if coordinating else "lead"
        listed = answer_listing(view, replace(query, role=role), scope)
        if listed.abstained and query.topic:  # the agency's tasks, whatever their wording
            listed = answer_listing(view, replace(query, role=role, topic=""), scope)
        if not listed.abstained:
            return Comparison(listed.text, listed.citations, False, [])
    compared = sides(view, query, scope)
    cites = citations(view, query)
    lines, hits, answered, agency_yes, agency_no = [], [], 0, [], []
    all_docs = set().union(*(docs for _, docs in compared)) if compared else set()
    retrieved = search(view, query, all_docs, K_PER_SIDE * max(1, len(compared))) if all_docs else []
    by_document = len([n for n in query.docs if n in view.docs]) >= 2
    # each side one document (named by its number, or by its place: "kế hoạch của Bắc Ninh và kế hoạch của
    # Đồng Tháp, văn bản nào ban hành trước?"): their own dates answer which came first
    # (not when the question names other documents, by number or by an issuer: "Kế hoạch 168-KH/TU của
    # Tỉnh ủy Phú Thọ và Chương trình 95-CTr/TU …" are documents these cite)
    one_each = (
        len(compared) >= 2
        and all(len(docs) == 1 for _, docs in compared)
        and not query.doc_numbers
        and not query.agencies
    )
    dated = (by_document or one_each) and (_ISSUE_ORDER.search(f) or _FORCE_ORDER.search(f))
    when: dict[str, tuple[int, int, int] | None] = {}
    for label, docs in compared:
        place = label
        sub = replace(
            query, intent=aspect, provinces=(), topic=_side_topic(view, query.topic, docs, all_docs)
        )
        if dated:  # "văn bản nào ban hành trước / có hiệu lực sớm hơn?": each document's own date
            found = _dates(view, view.docs[next(iter(docs))], bool(_FORCE_ORDER.search(f)))
        else:
            found = find(view, sub, docs, retrieved)
        if dated:
            pass
        elif not found.sentences and not found.tasks or not _answers(found, aspect, query, threshold):
            # the shared search missed this side: search it on its own
            found = find(view, sub, docs)
        hits.extend(found.hits[:3])
        chosen = found.choose(aspect, query.answer_type, query.count_noun, query.question)
        if chosen is None or chosen.support < threshold:
            lines.append(f"- {place}: " + say(lang, "compare_nothing"))
            continue
        answered += 1
        if dated:
            when[label] = _date_said(chosen.quote, view.docs[next(iter(docs))])
        if query.agencies and isinstance(chosen, TaskMatch):
            role = "coordinating" if aspect == "coordinating_agencies" else "lead"
            matched = any(agency_matches(chosen.task, a, role) for a in query.agencies)
            (agency_yes if matched else agency_no).append(place)
        one = replace(
            found,
            tasks=[chosen] if isinstance(chosen, TaskMatch) else [],
            sentences=[] if isinstance(chosen, TaskMatch) else [chosen],
        )
        lines.append(f"- {place}: {state(view, sub, one, chosen, cites, with_place=False)}")
    if not answered:
        return Comparison(say(lang, "abstain"), [], True, hits)
    head = say(lang, "compare_head_docs" if by_document else "compare_head")
    if query.agencies and (agency_yes or agency_no):
        names = ", ".join(query.agencies)
        first = (
            say(lang, "compare_agency_yes", names=names, places=", ".join(agency_yes))
            if agency_yes
            else say(lang, "compare_agency_no", names=names)
        )
        head = first + "\n" + head
    if dated and len(when) == 2 and all(when.values()):
        (a, da), (b, db) = sorted(when.items(), key=lambda kv: kv[1])
        key = (
            "compare_same_day"
            if da == db
            else ("compare_in_force_first" if _FORCE_ORDER.search(f) else "compare_issued_first")
        )
        head = say(lang, key, first=a, second=b, first_date=_dmy(da), second_date=_dmy(db)) + "\n" + head
    text = head + "\n" + "\n".join(lines)
    from assistant.compose import finish_english

    return Comparison(finish_english(text) if lang == "en" else text, cites.items, False, hits)


_ISSUE_ORDER = re.compile(
    r"\b(?:ban hanh|ky|ra) (?:truoc|sau|som hon|muon hon)\b|\b(?:issued|signed) (?:first|earlier|later)\b"
    r"|\b(?:ban hanh|ky) (?:vao )?cung (?:mot )?ngay\b|\b(?:issued|signed|adopted)\b.*\bsame (?:day|date)\b"
    r"|\b(?:adopted|enacted) (?:first|earlier|later)\b"
)
_FORCE_ORDER = re.compile(
    r"\bhieu luc (?:truoc|sau|som hon|muon hon)\b|\b(?:takes?|took|came|comes) (?:into )?(?:effect|force) "
    r"(?:first|earlier|later)\b|\beffective (?:first|earlier|later)\b"
    r"|\bhieu luc (?:vao )?cung (?:mot )?ngay\b|\b(?:effective|take effect|took effect)\b.*\bsame (?:day|date)\b"
)


def _dates(view: IndexView, doc, in_force: bool) -> Found:
    """A document's date of issue (its header), or the sentence by which it enters into force."""
    if in_force:
        return Found(sentences=special.in_force(view, terms(special.doc_label(doc)), {doc.name}))
    return Found(sentences=special.date_of(view, doc))


_SAID_DATE = re.compile(r"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})|(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})")


def _date_said(quote: str, doc) -> tuple[int, int, int] | None:
    """(year, month, day) the quote states; "kể từ ngày ký" is the document's own date."""
    f = fold(quote)
    m = _SAID_DATE.search(f)
    if m:
        d, mo, y = (int(x) for x in (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)))
        return (y, mo, d)
    if re.search(r"\b(?:ke )?tu ngay (?:ky|ban hanh)\b", f) and doc.date:
        y, mo, d = (int(x) for x in doc.date.split("-"))
        return (y, mo, d)
    return None


def _dmy(date: tuple[int, int, int]) -> str:
    y, m, d = date
    return f"{d:02d}/{m:02d}/{y}"


def _answers(found, aspect: str, query: Query, threshold: float) -> bool:
    chosen = found.choose(aspect, query.answer_type, query.count_noun, query.question)
    return chosen is not None and chosen.support >= threshold
