"""Comparisons: the same question answered per province (or per document when the scope holds several
documents of one place), each side searched on its own; with an agency ("tỉnh nào giao Sở Tư pháp chủ
trì …?"), the structured listing of the provinces that give it that role."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from assistant import special
from assistant.compose import finish_english
from assistant.duties import addressed, duties_of, passage_lines
from assistant.evidence import terms
from assistant.glossary import translate_question
from assistant.index_view import IndexView
from assistant.listing import answer_listing
from assistant.matches import Found, SentenceMatch, TaskMatch, agency_matches
from assistant.matching import (
    DATED_RATIO,
    asks_in_force,
    find,
    hinted_docs,
    names_a_day,
    says_when,
    search,
    without_names_of,
)
from assistant.messages import lang_of, say
from assistant.question_rules import BEFORE_OR_AFTER
from assistant.row_number import group_number
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
        label = place
        if len(docs) > 1 and len(places) > 1:
            # "Quyết định 1218 của Vĩnh Long và công văn của Tỉnh ủy Hà Tĩnh": the place's document the
            # question names, by its number or by its kind and issuer (then named in its label)
            # (a hint names the place's document only with its kind: in "Chương trình hành động của Ban
            # Thường vụ Tỉnh ủy", "tỉnh ủy" is the issuer of a programme the plans cite, not of a letter)
            hinted = hinted_docs(query, docs, view.docs)
            # (an English question names the kind in English: "the draft official letter")
            if not all(
                fold(view.docs[n].kind or "") in fold(query.question)
                or fold(view.docs[n].kind or "") in {fold(h) for h in query.doc_hints}
                for n in hinted
            ):
                hinted = set()
            docs = (
                (docs & set(query.docs))
                or hinted
                or _kind_said_with(view, query.question, place, docs)
                or docs
            )
            if len(docs) == 1:
                doc = view.docs[next(iter(docs))]
                label = f"{place} – {doc.kind}"
        if docs:
            out.append((label, docs))
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


# "kế hoạch (của UBND tỉnh) Hà Tĩnh", "the Hà Tĩnh plan", "Hà Tĩnh's letter": the kind said with the place
_KIND_BEFORE_PLACE = (
    r"\b(ke hoach|cong van|quyet dinh|chi thi|nghi quyet|chuong trinh)(?: hanh dong)?(?: so [\w/-]+)?"
    r"(?: (?:cua|do))?(?: (?:ubnd|uy ban nhan dan|tinh uy|thanh uy|ban thuong vu))?(?: (?:tinh|thanh pho|tp))? {place}\b"
)
_KIND_AFTER_PLACE = (
    r"\b{place}(?:'s)? (?:[\w-]+ ){{0,3}}?(plan|letter|dispatch|decision|directive|resolution)s?\b"
)
ENGLISH_KINDS = {  # an English kind of document, as the kind the index records (folded)
    "plan": "ke hoach",
    "letter": "cong van",
    "dispatch": "cong van",
    "decision": "quyet dinh",
    "directive": "chi thi",
    "resolution": "nghi quyet",
}


def _kind_said_with(view: IndexView, question: str, place: str, docs: set[str]) -> set[str]:
    """Those of a place's documents whose kind the question says with the place's name ("kế hoạch Hà Tĩnh và
    kế hoạch Phú Thọ": not the Tỉnh ủy's letter of Hà Tĩnh); none when it says none, or that names them all."""
    f, p = " ".join(fold(question).split()), re.escape(" ".join(fold(place).split()))
    kinds = {m.group(1) for m in re.finditer(_KIND_BEFORE_PLACE.format(place=p), f)}
    kinds |= {ENGLISH_KINDS[m.group(1)] for m in re.finditer(_KIND_AFTER_PLACE.format(place=p), f)}
    if not kinds:
        return set()
    kept = {n for n in docs if any(" ".join(fold(view.docs[n].kind or "").split()) == k for k in kinds)}
    return kept if kept != docs else set()


# (folded) a row named by its group's Roman number and its own: "(item I.1)", "(IV.1)", "nhiệm vụ II.3"
_SIDE_ROW = re.compile(r"(?<![\w.])([ivx]{1,5})\.(\d{1,2})(?![\w.]|,\d)")


def _rows_named(question: str, compared: list[tuple[str, set[str]]]) -> dict[str, tuple[str, str]]:
    """The table row each side names by its dotted number: one number said for all sides ("Both appendices
    contain a task … (IV.1)"), or one per side, in the order the sides are named ("the Hà Tĩnh appendix (item
    I.1) and the Hải Phòng appendix (item I.2)"); {} otherwise."""
    f = fold(question)
    refs = [(m.start(), m.group(1).upper(), m.group(2)) for m in _SIDE_ROW.finditer(f)]
    if not refs or len(compared) < 2:
        return {}
    if len({(g, n) for _, g, n in refs}) == 1:
        return {label: refs[0][1:] for label, _ in compared}
    if len(refs) != len(compared):
        return {}
    places = [(f.find(fold(label.split(" – ")[0])), label) for label, _ in compared]
    if any(at < 0 for at, _ in places):
        return {}
    ordered = [label for _, label in sorted(places)]
    if len({at for at, _ in places}) != len(places):
        return {}
    named = dict(zip(ordered, [r[1:] for r in refs], strict=True))
    # (each number said after its own side's place)
    starts = dict((label, at) for at, label in places)
    if not all(starts[label] < at for label, (at, _, _) in zip(ordered, refs, strict=True)):
        return {}
    return named


def _side_row(view: IndexView, docs: set[str], named: tuple[str, str] | None):
    """The one table row of a side's documents with that group and number, or None."""
    if named is None:
        return None
    group, number = named
    rows = [
        t
        for t in view.tasks
        if t.doc in docs
        and t.source == "table"
        and (t.number or "").strip().rstrip(".") == number
        and group_number(t.group or "") == group_number(group)
    ]
    return rows[0] if len(rows) == 1 else None


def _side_topic(
    view: IndexView, topic: str, docs: set[str], all_docs: set[str], query: Query | None = None
) -> str:
    """The topic as one side reads it: the words that name another side's document ("Kế hoạch kinh tế
    số của Bắc Ninh" on the Đồng Tháp side) are not about this side."""

    def titles(names) -> list[str]:
        return [" ".join(fold(view.docs[n].title or "").split()) for n in names if n in view.docs]

    own, others = titles(docs), titles(all_docs - docs)
    words = topic.split()
    folded = [fold(w) for w in words]
    drop = [False] * len(words)
    # a run of three or more words printed in another side's title and not in this side's names it (not the
    # kind of a document that title cites by number, "… và Chương trình hành động số 45-CTr/TU của …")
    for i in range(len(words)):
        for j in range(len(words), i + 2, -1):
            run = " ".join(folded[i:j])
            if any(f" {run} " in f" {t} " for t in others) and not any(f" {run} " in f" {t} " for t in own):
                if all(
                    re.search(rf"(?<!\w){re.escape(run)} so \d", t) for t in others if f" {run} " in f" {t} "
                ):
                    break
                drop[i:j] = [True] * (j - i)
                break
    # "Kế hoạch của UBND tỉnh … và công văn của Tỉnh ủy …": the kinds and issuers that tell the sides apart
    # name the documents; they are no words of what is compared
    if query is not None:
        _drop_runs(folded, drop, _side_names(view, all_docs, query), every=False)
        # "the reporting deadlines in Bac Ninh's digital economy plan and Dong Thap's enterprise digital
        # transformation plan": the words between a side's place and the kind name that document
        # (every time they are said: "kế hoạch" names each side's document)
        _drop_runs(folded, drop, _place_named(view, all_docs, query), every=True)
    kept = [w for w, d in zip(words, drop, strict=True) if not d]
    # ("Kế hoạch Phú Thọ khác gì kế hoạch Hải Phòng?": nothing of what is compared is left but the ask)
    if sum(fold(w) not in _ASK_WORDS for w in kept) < 2:
        return topic
    return " ".join(kept)


def _drop_runs(folded: list[str], drop: list[bool], runs: list[list[str]], every: bool) -> None:
    """Mark in `drop` where the (folded) words say each run: every time, or once where nothing is marked yet."""
    for run in runs:
        size = len(run)
        for i in range(len(folded) - size + 1):
            if folded[i : i + size] != run:
                continue
            if every:
                drop[i : i + size] = [True] * size
            elif not any(drop[i : i + size]):
                drop[i : i + size] = [True] * size
                break


_KIND_WORDS = r"(?:ke hoach|quyet dinh|chi thi|cong van|chuong trinh|nghi quyet|nghi dinh|thong tu|cong dien)"


def _place_named(view: IndexView, all_docs: set[str], query: Query) -> list[list[str]]:
    """The (folded) words by which the question names a compared document with its place: "<place>'s <words>
    plan" (English, as translated) or "kế hoạch <words> của <place>"."""
    places = "|".join(
        re.escape(fold(view.docs[n].scope)) for n in sorted(all_docs) if n in view.docs and view.docs[n].scope
    )
    if not places:
        return []
    f = " ".join(re.findall(r"[\w']+", fold(query.search_text if query.lang == "en" else query.question)))
    # (the words are no kind, number, or link to what follows: "Nghị quyết 66 theo Kế hoạch của Vĩnh Long")
    word = rf"(?!{_KIND_WORDS}\b|cua\b|tinh\b|thanh\b|theo\b|va\b|voi\b|and\b|of\b|in\b)[^\W\d]+ "
    if query.lang == "en":
        # ("Dong Thap's SME digital transformation plan": "doanh nghiệp nhỏ và vừa chuyển đổi số", eight words, a
        # glossed term's "và" among them)
        glossed = word.replace(r"|va\b", "")
        found = re.findall(rf"\b(?:{places})(?:'s| s)? ((?:{glossed}){{2,9}}?)({_KIND_WORDS})\b", f)
    else:
        found = [
            (words, kind)
            for kind, words in re.findall(
                rf"\b({_KIND_WORDS}) ((?:{word}){{2,6}}?)(?:cua )?(?:tinh |thanh pho )?(?:{places})\b", f
            )
        ]
    # (only words of the compared documents' own titles name them: not "kế hoạch sử dụng đất của Bắc Ninh", a
    # plan the documents speak of; the kind too, when such words name them)
    title_words = {
        n: set(re.findall(r"\w+", fold(view.docs[n].title or ""))) for n in all_docs if n in view.docs
    }
    titles = list(title_words.values())
    named = [(words, kind) for words, kind in found if any(set(words.split()) <= t for t in titles)]
    if query.lang != "en":
        # "Kế hoạch 617 Đồng Tháp về chuyển đổi số doanh nghiệp nhỏ và vừa": the words after "về" that the title of
        # that place's document prints, as long as they run (less the form words a topic drops: "và")
        topic = set(fold(query.topic).split())
        for m in re.finditer(
            rf"\b{_KIND_WORDS}(?: so)?(?: \d\S*)? (?:cua )?(?:tinh |thanh pho )?({places}) ve ", f
        ):
            place = m.group(1)
            own = [words for n, words in title_words.items() if fold(view.docs[n].scope or "") == place]
            after = f[m.end() :].split()
            for t in own:
                run = [w for w in itertools.takewhile(lambda w, t=t: w in t, after) if w in topic]
                if len(run) >= 2:
                    named.append((" ".join(run), ""))
    return [run.split() for run in dict.fromkeys(r.strip() for pair in named for r in pair if r.strip())]


_ASK_WORDS = frozenset("khac giong nhau co ban dang ke noi bat gi the nao ra sao diem".split())


def _side_names(view: IndexView, all_docs: set[str], query: Query) -> list[list[str]]:
    """The (folded) words by which the question tells the compared documents apart: each one's kind, when
    the kinds differ and the question (or, in English, its translated topic) names every one of them, and
    each issuer the question names after "của" / "of" / "by" (or the English topic names), when the
    issuers differ."""
    named = [view.docs[n] for n in sorted(all_docs) if n in view.docs]
    if len(named) < 2:
        return []
    f = " ".join(re.findall(r"\w+", fold(query.question)))
    said = " ".join(re.findall(r"\w+", fold(query.topic)))
    english = query.lang == "en"
    out: list[list[str]] = []
    kinds = {fold(d.kind or "") for d in named} - {""}
    where = said if english else f
    if len(kinds) >= 2 and all(re.search(rf"\b{re.escape(k)}\b", where) for k in kinds):
        out += [k.split() for k in kinds]
    else:
        # "giữa Kế hoạch của Hải Phòng và Kế hoạch của Vĩnh Long": a kind said with a side's place names it
        places = "|".join(re.escape(fold(d.scope)) for d in named if d.scope)
        for k in kinds:
            said_with = (
                rf"\b{re.escape(k)} (?:cua |of )?(?:tinh |thanh pho )?(?:{places})\b" if places else ""
            )
            out += [k.split() for _ in re.finditer(said_with, f)] if said_with else []
    issuers = {fold((d.issuer or "").split(" (", 1)[0]) for d in named} - {""}
    if len(issuers) >= 2:
        for issuer in issuers:
            # the issuer as the question names it: its words less the place ("tinh uy" of "tinh uy ha tinh")
            core = issuer
            for d in named:
                if d.scope:
                    core = re.sub(rf"\b(?:tinh |thanh pho )?{re.escape(fold(d.scope))}\b", " ", core)
            for form in {" ".join(core.split()), " ".join(core.replace("ubnd", "uy ban nhan dan").split())}:
                if not form:
                    continue
                if re.search(rf"\b(?:cua|do|of|by)\s+(?:the\s+)?{form}\b", f) or (
                    english and re.search(rf"\b{form}\b", said)
                ):
                    out.append(form.split())
    return out


def _issued_by(doc, agency: str) -> bool:
    """Whether the body is the document's issuer ("Ban Thường vụ Tỉnh ủy" of "Tỉnh ủy Hà Tĩnh (Ban Thường
    vụ)"): its words among the issuer's."""
    return bool(doc.issuer) and set(re.findall(r"\w+", fold(agency))) <= set(
        re.findall(r"\w+", fold(doc.issuer))
    )


def _doc_label(doc) -> str:
    number = f" {doc.number}" if doc.number else ""
    return f"{doc.kind}{number}" if doc.kind else doc.title


def answer_compare(view: IndexView, query: Query, scope: set[str] | None, threshold: float) -> Comparison:
    lang = lang_of(query.lang)
    aspect = query.aspect or "general"
    f = fold(query.question)
    if aspect == "lead_agency" and not query.agencies and _REPORTING_ASKED.search(f) and _WHEN_TOO.search(f):
        # "Compare the reporting arrangements …: who consolidates reports and how often?": to whom and when
        # reports go, which each side's reporting passage says, not a task row's lead
        aspect = "general"
    # "tỉnh nào giao Sở Tư pháp chủ trì …": an agency in a role; "công văn của Tỉnh ủy" only names an issuer
    in_role = re.search(r"\b(?:chu tri|phoi hop|giao|phu trach|lead|coordinat|in charge)", f)
    # ("Phần Tổ chức thực hiện của A và B giao Sở Tài chính nhiệm vụ gì?": the text's part, not the table)
    if (
        query.agencies
        and in_role
        and aspect in ("lead_agency", "coordinating_agencies", "general")
        and not _TEXT_PART_NAMED.search(f)
    ):
        coordinating = aspect == "coordinating_agencies" or ("phoi hop" in f and "chu tri" not in f)
        role = "coordinating" if coordinating else "lead"
        listed = answer_listing(view, replace(query, role=role), scope)
        if listed.abstained and query.topic:  # the agency's tasks, whatever their wording
            listed = answer_listing(view, replace(query, role=role, topic=""), scope)
        if not listed.abstained:
            return Comparison(listed.text, listed.citations, False, [])
    compared = sides(view, query, scope)
    cites = citations(view, query)
    own = addressed(query)
    # (with the text's part named, a body "giao cho" is no lead asked of the table: "So sánh nhiệm vụ giao cho
    # Sở Tài chính trong phần tổ chức thực hiện của …")
    part_named = aspect == "lead_agency" and _TEXT_PART_NAMED.search(f)
    if len(own) == 1 and len(compared) >= 2 and (aspect == "general" or part_named) and _ROLE_ASKED.search(f):
        # "Vai trò của Ủy ban MTTQ tỉnh trong Kế hoạch … và trong công văn … có gì khác nhau?": each side's
        # own part of the text for that body
        lines = []
        for label, docs in compared:
            passages = duties_of(view, replace(query, agencies=tuple(own)), docs, strict=False, side=True)
            if passages:
                lines.append(f"- {label}:")
                lines += ["  " + line for line in passage_lines(view, passages, cites)]
            else:
                lines.append(f"- {label}: " + say(lang, "compare_nothing"))
        if cites.items:
            text = say(lang, "compare_head_docs" if _by_document(query, view) else "compare_head")
            text += "\n" + "\n".join(lines)
            return Comparison(finish_english(text) if lang == "en" else text, cites.items, False, [])
    lines, hits, answered, cleared, agency_yes, agency_no = [], [], 0, 0, [], []
    all_docs = set().union(*(docs for _, docs in compared)) if compared else set()
    retrieved = search(view, query, all_docs, K_PER_SIDE * max(1, len(compared))) if all_docs else []
    by_document = _by_document(query, view)
    # each side one document (named by its number, or by its place: "kế hoạch của Bắc Ninh và kế hoạch của
    # Đồng Tháp, văn bản nào ban hành trước?"): their own dates answer which came first
    # (not when the question names other documents, by number or by an issuer: "Kế hoạch 168-KH/TU của
    # Tỉnh ủy Phú Thọ và Chương trình 95-CTr/TU …" are documents these cite)
    one_each = (
        len(compared) >= 2
        and all(len(docs) == 1 for _, docs in compared)
        # (the numbers of the sides' own documents name them: "Vĩnh Long's Decision 1218/QĐ-UBND or …")
        and not _unindexed(view, query.doc_numbers)
        # (a body named as a side's issuer, "công văn của Tỉnh ủy Hà Tĩnh", names that side's document)
        and all(
            any(_issued_by(view.docs[n], a) for _, docs in compared for n in docs) for a in query.agencies
        )
    )
    # "Nghị định 302 và Luật 74 có hiệu lực từ khi nào?": each document's entry into force, and which is first
    in_force = bool(_FORCE_ORDER.search(f)) or (one_each and asks_in_force(query))
    dated = (by_document or one_each) and (
        _ISSUE_ORDER.search(f)
        or in_force
        # (not the date of a document they cite: "… cite the same issue date for Resolution 71/NQ-CP?")
        or (_ISSUE_DATES.search(f) and not _unindexed(view, query.doc_numbers))
    )
    # "Chương trình hành động của Ban Thường vụ Tỉnh ủy Hà Tĩnh và của Thành ủy Hải Phòng, văn bản nào ban
    # hành trước?": documents of the Party committees that each side's plan cites, with their dates
    cited = None
    # "Kế hoạch 390-KH/TU (Vĩnh Long) và Chương trình 95-CTr/TU (Hải Phòng), văn bản nào ban hành trước?":
    # documents named by numbers the index does not hold, each dated where a side's text cites it
    numbers = _unindexed(view, query.doc_numbers) if len(compared) >= 2 and _ISSUE_ORDER.search(f) else []
    # (each number cited by one side only: "Nghị quyết 66-NQ/TW", which both sides implement, dates neither)
    numbers = _one_sided(view, numbers, [docs for _, docs in compared])
    # (an English question names the Party committee and its documents in English: read in the index's words)
    fp = _party_words_vi(f) if query.lang == "en" else f
    if not dated and len(numbers) >= 2:
        cited, dated = "", True
    elif not dated and len(compared) >= 2 and _ISSUE_ORDER.search(f) and not query.doc_numbers:
        cited = _cited_kind(fp, all_docs, view)
        dated = cited is not None
    elif not dated and len(compared) >= 2 and not query.doc_numbers:
        # "Chương trình hành động của cấp ủy mà kế hoạch Hà Tĩnh và kế hoạch Hải Phòng thực hiện khác nhau thế nào
        # (số, ngày, cơ quan ban hành)?": the Party committee's documents the sides implement, each as cited
        cited = _cited_kind(fp, all_docs, view, asked_of=True)
    elif dated and len(numbers) < 2 and not in_force and not _unindexed(view, query.doc_numbers):
        # "Kế hoạch Phú Thọ và Quyết định 1218 của Vĩnh Long đều dựa trên kế hoạch của Tỉnh ủy; kế hoạch Tỉnh ủy
        # nào ban hành sớm hơn?", "Kế hoạch của Tỉnh ủy mà Vĩnh Long và Phú Thọ thực hiện … ban hành ngày nào?":
        # the Party committee's documents each side cites, not the sides' own
        party = _cited_kind(fp, all_docs, view, asked_of=True)
        if party is not None:
            cited = party
    when: dict[str, tuple[int, int, int] | None] = {}
    printed: dict[str, str] = {}  # each side's date as its text prints it
    rows_named = _rows_named(query.question, compared)
    grouped = _group_asked(query.question, query.lang)
    for label, docs in compared:
        place = label
        if grouped is not None:
            # "kế hoạch nào có nhóm nhiệm vụ riêng về hợp tác quốc tế?": each side's task group of that title
            group = _group_titled(view, docs, grouped)
            if group is None:
                lines.append(f"- {place}: " + say(lang, "compare_no_group"))
                continue
            answered += 1
            cleared += 1
            (number, title), first = group
            n = cites.task(first, None)
            lines.append(
                f"- {place}: "
                + say(lang, "compare_group", number=f"{number}. " if number else "", title=title, n=n)
            )
            continue
        topic = _side_topic(view, query.topic, docs, all_docs, query)
        for name in all_docs & set(query.docs):
            # "Quy định 384 của Ban Bí thư và Nghị quyết 394": which documents, on either side
            topic = without_names_of(view.docs[name], topic)
        sub = replace(query, intent=aspect, provinces=(), topic=" ".join(topic.split()) or query.topic)
        if len(docs) == 1 and asks_in_force(query):
            # "Thông tư 23 và Quy định 384 có hiệu lực từ khi nào, giống hay khác nhau?": each side's document
            # says when it enters into force; the question's words of the other document are not this side's
            own = view.docs[next(iter(docs))]
            named = " ".join(filter(None, (own.kind, own.number, own.title)))
            sub = replace(sub, topic=named, search_text=named)
        if numbers and cited == "":
            found = _numbers_dated(view, docs, numbers)
        elif cited is not None:
            found = _cited_dates(view, docs, cited, fp)
        elif dated:  # "văn bản nào ban hành trước / có hiệu lực sớm hơn?": each document's own date
            found = _dates(view, view.docs[next(iter(docs))], in_force)
        else:
            found = find(view, sub, docs, retrieved)
        if dated:
            pass
        elif not found.sentences and not found.tasks or not _answers(found, aspect, query, threshold):
            # the shared search missed this side: search it on its own
            found = find(view, sub, docs)
        row = _side_row(view, docs, rows_named.get(label)) if not dated else None
        if row is not None:
            # "… in the Hà Tĩnh appendix (item I.1) and the Hải Phòng appendix (item I.2)": the row named
            found = replace(found, tasks=[TaskMatch(1.0, row)], sentences=[])
        if aspect in ("general", "fact") and not dated and _REPORTING_ASKED.search(f):
            # "chế độ báo cáo … khác nhau thế nào?", "the reporting arrangements": each side's passage that
            # says how results are reported (when, to whom), over one that only names a report
            # (not "khó khăn, vướng mắc … phản ánh về Sở Tư pháp": where problems go, not results)
            reporting = [
                m
                for m in found.sentences
                if _REPORTS.search(fold(m.quote)) and not _PROBLEMS.search(fold(m.quote))
            ]
            timed = [
                m for m in reporting if _PRINTS_TIME.search(fold(m.quote)) or _SENT_TO.search(fold(m.quote))
            ]
            best = max((m.support for m in found.sentences), default=0.0)
            if timed and max(m.support for m in timed) >= REPORTING_NEAR * best:
                # (one that says how often, "định kỳ và đột xuất", "6 tháng", over one that only says to whom)
                often = [
                    m for m in timed if _PRINTS_TIME.search(fold(m.quote)) or _HOW_OFTEN.search(fold(m.quote))
                ]
                timed = often if often and max(m.support for m in often) >= REPORTING_NEAR * best else timed
                found = replace(found, sentences=_day_first(timed), tasks=[])
        if aspect == "deadline" and not dated:
            # "thời hạn … có giống nhau không?": each side's passage that says a time (not one that only says
            # what is to be done), when one does
            timed = [m for m in found.sentences if says_when(m)]
            if _REPORTING_ASKED.search(f):
                # "… differ on when departments must report results": a passage that reports results, not
                # one about where problems go ("khó khăn, vướng mắc … báo cáo, phản ánh về …")
                reporting = [
                    m
                    for m in timed
                    if _REPORTS.search(fold(m.quote)) and not _PROBLEMS_SENT.search(fold(m.quote))
                ]
                timed = reporting or timed
            # (of those, one that prints a date or a period, "trước ngày 15/11 hằng năm", over one that only
            # says "định kỳ", when it matches nearly as well)
            # (not when each side's entry into force is asked: "kể từ ngày ký" prints no date, the header does)
            dated_ones = (
                [m for m in timed if _PRINTS_TIME.search(fold(m.quote))] if not asks_in_force(query) else []
            )
            if dated_ones and max(m.support for m in dated_ones) >= NEAR_TIE * max(m.support for m in timed):
                timed = dated_ones
            if timed and not asks_in_force(query):
                timed = _day_first(timed)
            if timed:
                # (when results reported are asked, a passage that reports them, not a task row's time)
                reports = _REPORTING_ASKED.search(f) and any(_REPORTS.search(fold(m.quote)) for m in timed)
                found = replace(found, sentences=timed, tasks=[] if reports else found.tasks)
        hits.extend(found.hits[:3])
        chosen = found.choose(aspect, query.answer_type, query.count_noun, query.question)
        # (a side may answer a little under the bar when another side clears it: the question's words are
        # one document's, "khi gặp khó khăn, vướng mắc … phản ánh về đâu" and the letter's "nếu có vướng mắc
        # … gửi Văn phòng Tỉnh ủy")
        if chosen is None or chosen.support < SIDE_SHARE * threshold:
            lines.append(f"- {place}: " + say(lang, "compare_nothing"))
            continue
        answered += 1
        cleared += chosen.support >= threshold
        signed = None
        if dated:
            doc = view.docs[next(iter(docs))]
            when[label] = _date_said(chosen.quote, doc)
            printed[label] = _date_printed(chosen.quote) or ""
            if when[label] and not printed[label]:
                # "… có hiệu lực kể từ ngày ký": the date it was signed, as its header prints it, cited too
                header = special.date_of(view, doc)
                signed = header[0] if header else None
                printed[label] = (_date_printed(signed.quote) if signed else None) or _dmy(when[label])
        if query.agencies and isinstance(chosen, TaskMatch):
            role = "coordinating" if aspect == "coordinating_agencies" else "lead"
            matched = any(agency_matches(chosen.task, a, role) for a in query.agencies)
            (agency_yes if matched else agency_no).append(place)
        said = _stated(view, sub, found, chosen, cites)
        if signed is None and numbers and cited == "" and len(found.sentences) > 1:
            signed = found.sentences[1]  # the same date, printed the other way elsewhere
        if signed is not None:
            said += " " + _stated(view, sub, found, signed, cites)
        if (dated or one_each) and not cited and not numbers and _ASKS_SIGNER.search(f):
            # "… do ai ký và văn bản nào ban hành trước?", "who proposed both … and who signed each?": each
            # document's signature block too
            block = special.signatures(view, terms(sub.topic), docs)
            quoted = {(m.chunk.id, m.quote) for m in [chosen, signed] if isinstance(m, SentenceMatch)}
            if block and (block[0].chunk.id, block[0].quote) not in quoted:  # (not the passage already said)
                said += " " + _stated(view, sub, found, block[0], cites)
        if len(compared) == 1 and isinstance(chosen, SentenceMatch) and not dated:
            # "Compare the contribution rates of employees, employers and the State under Law 74": one document,
            # its items compared; the item found and its siblings under the same lead-in ("a) Người lao động …",
            # "b) Người sử dụng lao động …", "c) Nhà nước …")
            for sibling in _siblings(view, chosen):
                said += " " + _stated(view, sub, found, sibling, cites)
        # ("fact" too: "How do Hà Tĩnh and Hải Phòng differ in their target for cutting business investment
        # conditions?", a row "cắt giảm ít nhất 30 điều kiện" beside a passage of the text)
        other = (
            _other_kind(found, chosen, aspect, query) if aspect in ("general", "fact") and not dated else None
        )
        if other is not None and other.support >= max(threshold, ALSO_SHARE * chosen.support):
            # "How do Hải Phòng and Hà Tĩnh differ in …?": a task row and a passage of the text may each say
            # part of it
            said += " " + _stated(view, sub, found, other, cites)
        lines.append(f"- {place}: {said}")
    if not answered or not cleared:
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
    if dated and len(when) == 2 and all(when.values()) and _same_month_unsaid(*when.values()):
        # "ngày 25 tháng 6 năm 2025" and a draft's "ngày   tháng 6 năm 2025": the order is not known
        (a, da), (b, db) = sorted(when.items(), key=lambda kv: -kv[1][2])
        head = say(
            lang, "compare_day_blank", first=a, second=b, first_date=printed[a], second_date=printed[b]
        )
        head += "\n" + say(lang, "compare_head_docs" if by_document else "compare_head")
    elif dated and len(when) == 2 and all(when.values()):
        (a, da), (b, db) = sorted(when.items(), key=lambda kv: kv[1])
        key = (
            "compare_same_day"
            if da == db
            else "compare_in_force_first"
            if in_force
            # a draft whose day is left blank is dated, not issued
            else "compare_dated_first"
            if 0 in (da[2], db[2])
            else "compare_issued_first"
        )
        head = say(lang, key, first=a, second=b, first_date=printed[a], second_date=printed[b]) + "\n" + head
    text = head + "\n" + "\n".join(lines)
    return Comparison(finish_english(text) if lang == "en" else text, cites.items, False, hits)


MAX_SIBLINGS = 6  # a lead-in's items compared with each other, when it has at most this many


def _siblings(view: IndexView, chosen: SentenceMatch) -> list[SentenceMatch]:
    """The other items under the lead-in of the chosen passage (same parent in the outline), in order;
    none when it is no list item, or its list is long."""
    path = chosen.chunk.path
    depth = path.count(".")
    if chosen.chunk.kind != "clause" or depth < 1:
        return []
    parent = path.rsplit(".", 1)[0]
    items = [
        c
        for c in view.clause_chunks_by_doc.get(chosen.chunk.doc, ())
        if c.path.count(".") == depth and c.path.rsplit(".", 1)[0] == parent
    ]
    items.sort(key=lambda c: c.lines[0])
    if not 2 <= len(items) <= MAX_SIBLINGS or any(c.text.rstrip().endswith(":") for c in items):
        return []
    return [SentenceMatch(chosen.score, c, c.text) for c in items if c.id != chosen.chunk.id]


def _day_first(timed: list) -> list:
    """Of passages that say a time, those that name the day ("Trước ngày 15 tháng 12 hàng năm, báo cáo …")
    over those that name only a year ("tổng kết … vào năm 2030, báo cáo …"), when they match nearly as well."""
    days = [m for m in timed if names_a_day(m.quote)]
    best = max(m.support for m in timed)
    return days if days and max(m.support for m in days) >= DATED_RATIO * best else timed


# a time printed as such: a date, a month, a quarter, a year
_PRINTS_TIME = re.compile(
    r"\b\d{1,2}/\d{1,2}\b|\bngay \d{1,2}\b|\bthang \d{1,2}\b|\bquy [ivx1-4]+\b|\bnam (?:19|20)\d\d\b"
)
# how often reports go: "định kỳ", "đột xuất", "hằng năm", "hàng quý", "6 tháng"
_HOW_OFTEN = re.compile(r"\b(?:dinh ky|dot xuat|hang (?:nam|quy|thang|tuan)|\d+ thang (?:mot lan|\d+ lan))\b")
NEAR_TIE = 0.9
SIDE_SHARE = 0.8
# (folded) "kế hoạch nào có nhóm nhiệm vụ (riêng) về X", "which plan has a (separate) task group on X": the
# words of X
_GROUP_ASKED = re.compile(
    r"\bnhom (?:nhiem vu|noi dung|giai phap)(?: rieng| rieng biet)? (?:ve|cho|danh cho|lien quan den) (.+)"
    r"|\b(?:task )?groups? (?:of tasks )?(?:(?:dedicated|devoted) to|on|for|about|covering) (.+)"
)
_OTHER_SIDE_NAMED = re.compile(
    r"(?i)\s(?:like|as (?:in|does|do)|similar to|compared (?:to|with)|giống như|giong nhu|tương tự|tuong tu)\s"
)
GROUP_TITLE_HOLDS = 0.6  # a task group whose title holds this share of the words asked is that group


def _group_asked(question: str, lang: str):
    """The terms of the subject a comparison asks a task group about, or None."""
    m = _GROUP_ASKED.search(fold(question))
    if m is None:
        return None
    # (an English subject read through the glossary, from the question as typed)
    said = question[m.start(2) :] if m.group(2) and lang == "en" else (m.group(1) or m.group(2))
    # (the subject ends where the other side is named: "… on international cooperation like the Hà Tĩnh plan")
    said = _OTHER_SIDE_NAMED.split(said)[0]
    words = translate_question(said) if m.group(2) and lang == "en" else said
    words = re.sub(
        r"\b(?:khong|the nao|nao|gi|hay|va|hoac|or|and|the|a|an|in|of|on|for|to|with|by|at|its|their|both)\b|[?.,;:]",
        " ",
        fold(words),
    )
    asked = terms(words)
    return asked if asked.unigrams else None


def _group_titled(view: IndexView, docs: set[str], asked):
    """((group number, title), first row) of the task group of `docs` whose title holds the words asked."""
    best, best_cov = None, 0.0
    for task in view.tasks:
        if task.doc not in docs or not task.group_title:
            continue
        cov = view.stats.coverage(asked, terms(task.group_title))
        if cov > best_cov:
            best, best_cov = ((task.group or "", task.group_title), task), cov
    return best if best_cov >= GROUP_TITLE_HOLDS else None


# (folded) a comparison of how results are reported: "chế độ báo cáo", "báo cáo kết quả … khác nhau", "reporting"
_REPORTING_ASKED = re.compile(
    r"\bche do bao cao\b|\bbao cao ket qua\b|\bbao cao dinh ky\b|\bdinh ky bao cao\b|\breporting\b"
    r"|\breports? (?:on )?(?:the )?(?:results|implementation)\b|\bresults? (?:must|should|are to) be reported\b"
)
_REPORTS = re.compile(r"\bbao cao\b")
# a time asked beside the body: "how often", "when", "định kỳ", "khi nào"
_WHEN_TOO = re.compile(r"\b(?:how often|when|frequency|dinh ky|tan suat|khi nao|bao lau (?:mot|1) lan)\b")
_PROBLEMS = re.compile(r"\bvuong mac\b|\bkho khan\b")
# (where problems are sent: "có khó khăn, vướng mắc, … báo cáo, phản ánh về …"; not "báo cáo kết quả …; đề xuất
# giải pháp tháo gỡ khó khăn, vướng mắc", a report of results)
_PROBLEMS_SENT = re.compile(r"\b(?:vuong mac|kho khan)\b.*\bphan anh\b")
# a body the report goes to: "báo cáo … về Sở Tư pháp", "gửi Bộ Tư pháp", "báo cáo UBND tỉnh"
_SENT_TO = re.compile(r"\b(?:ve|gui|len|trinh|bao cao) (?:ve )?(?:so|bo|ubnd|uy ban|van phong|thuong truc)\b")
REPORTING_NEAR = 0.5  # a reporting passage that says when or to whom, this close to the best, answers


_ISSUE_ORDER = re.compile(
    r"\b(?:ban hanh|ky|ra) (?:truoc|sau|som hon|muon hon)\b|\b(?:issued|signed) (?:first|earlier|later)\b"
    # "Was Regulation 384 issued before or after Decree 302?"
    rf"|{BEFORE_OR_AFTER}"
    r"|\b(?:ban hanh|ky) (?:vao )?cung (?:mot )?ngay\b|\b(?:issued|signed|adopted)\b.*\bsame (?:day|date)\b"
    r"|\b(?:adopted|enacted|dated) (?:first|earlier|later)\b|\b(?:de|mang) ngay (?:truoc|sau|som hon|muon hon)\b"
    # "Which is more recent: Decision 1218 or the draft letter?", "văn bản nào mới hơn?"
    r"|^(?!.*\b(?:han|deadlines?|due|tasks?|nhiem vu|hoan thanh|complet\w*|finish\w*)\b).*\b(?:which|nao)\b.*"
    r"\b(?:more recent|most recent|newer|newest|older|oldest|moi hon|gan day hon|cu hon)\b"
    # "Which came first: Hải Phòng's programme 95-CTr/TU or …?" (not "whose deadline comes later")
    r"|^(?!.*\b(?:han|deadlines?|due|tasks?|nhiem vu|hoan thanh|complet\w*|finish\w*)\b).*\bwhich"
    r"(?: (?:one|document|plan|decision|programme|program|resolution|letter))? came (?:first|earlier)\b"
    # "Which Provincial Party Committee plan on Resolution 66 came out earlier: …?"
    r"|^(?!.*\b(?:han|deadlines?|due|tasks?|nhiem vu|hoan thanh|complet\w*|finish\w*)\b).*\bwhich\b.*"
    r"\b(?:came|come|comes) out (?:first|earlier|later|sooner)\b"
    r"|\b(?:van ban|cai|ke hoach|chuong trinh) nao (?:co|ra doi) (?:truoc|sau|som hon)\b"
    # "… and how do their dates compare?"
    r"|\b(?:how do|compare) (?:their|the|its|both) (?:issue |issuing )?dates\b(?! of (?:the )?(?:tasks?|deadlines?))"
)
# each side's own date asked, without an order: "Quyết định 1218 của Vĩnh Long và dự thảo công văn của Tỉnh ủy
# Hà Tĩnh mang thời điểm ban hành nào?", "When were the two plans issued?" (sides that are documents only)
_ISSUE_DATES = re.compile(
    r"\b(?:ban hanh|ky|de) (?:vao )?(?:ngay|thoi diem|thoi gian|luc) (?:nao|bao gio)\b|\b(?:ban hanh|ky) (?:vao )?"
    r"(?:khi nao|bao gio)\b|\b(?:mang|ghi|co) "
    r"(?:ngay|thoi diem|thoi gian) ban hanh (?:nao|gi|la gi|khi nao|the nao|nhu the nao|ra sao)\b|\bngay ban hanh (?:cua )?(?:moi|hai|tung)\b"
    r"|\b(?:when|on what (?:date|day)|what (?:date|day))\b (?:\S+ ){0,12}?(?:issued|signed|dated)\b"
    r"|\b(?:issue|issuing|signing) dates?\b|\bdates? of (?:issue|issuance|signing)\b"
)
# who signed each document is asked beside their order ("do ai ký", "who signed", "signed both")
_ASKS_SIGNER = re.compile(
    r"\b(?:ai|nguoi nao|lanh dao nao|dong chi nao) (?:da )?ky\b|\bnguoi ky\b|\bky boi ai\b|\bwho signed\b"
    r"|\bsigned by whom\b|\bsigner|\bsignator|\b(?:signed|ky) (?:ca hai|both)\b"
    # "which vice-chair signed each", "phó chủ tịch nào ký"
    r"|\b(?:which|what) (?:[\w-]+ ){1,2}signed\b|\b(?:pho )?(?:chu tich|bo truong|thu truong|lanh dao) nao (?:da )?ky\b"
    # "… were both signed by the same person. Who, …?", "do cùng một người ký"
    r"|\bsigned by the same (?:person|official|leader|signatory)\b|\bcung (?:mot )?(?:nguoi|lanh dao) ky\b"
)
_FORCE_ORDER = re.compile(
    r"\bhieu luc (?:thi hanh )?(?:truoc|sau|som hon|muon hon)\b|\b(?:takes?|took|came|comes) (?:into )?(?:effect|force) "
    r"(?:first|earlier|later)\b|\beffective (?:first|earlier|later)\b"
    r"|\bhieu luc (?:vao )?cung (?:mot )?ngay\b|\b(?:effective|take effect|took effect)\b.*\bsame (?:day|date)\b"
)


# kinds of documents a question may name, folded, longest first
_KINDS = (
    "chuong trinh hanh dong", "ke hoach hanh dong", "chuong trinh", "ke hoach", "nghi quyet", "chi thi",
    "ket luan", "thong bao", "quyet dinh", "cong van", "huong dan",
)  # fmt: skip
_PARTY = re.compile(
    r"\b(?:tinh uy|thanh uy|ban thuong vu|ban chap hanh|dang uy|cap uy(?: tinh| thanh pho)?)\b"
)


_PARTY_EN = (
    (r"\b(?:the )?(?:provincial|province's) party (?:standing )?committee(?:'s)?\b", "tinh uy"),
    (r"\b(?:the )?(?:city|municipal) party (?:standing )?committee(?:'s)?\b", "thanh uy"),
    # "which provincial Party document": the province's Party committee's
    (r"\b(?:the )?(?:provincial|province's) party\b", "tinh uy"),
    (r"\b(?:the )?(?:city|municipal) party\b", "thanh uy"),
    # "Which Party action programmes do the two plans implement?": a Party committee's, of whatever level
    (
        r"\b(?:the )?party (?=(?:action )?(?:programmes?|programs?|plans?|resolutions?|documents?)\b)",
        "cap uy ",
    ),
    (
        r"\b(?:action )?(?:programme|program)s? of action\b|\baction (?:programme|program)s?\b",
        "chuong trinh hanh dong",
    ),
    (r"\b(?:programme|program)s?\b", "chuong trinh"),
    (r"\bplans?\b", "ke hoach"),
    (r"\bresolutions?\b", "nghi quyet"),
    (r"\bdocuments?\b", "van ban"),
    (r"\b(?:which|what)\b", "nao"),
)


def _party_words_vi(f: str) -> str:
    """An English question's Party committee, kinds of its documents and "which", in the index's (folded)
    Vietnamese words: "which provincial Party Committee plan" → "nao tinh uy ke hoach", and the kind before
    the committee as Vietnamese puts it ("ke hoach cua tinh uy nao")."""
    out = f
    for pattern, vi in _PARTY_EN:
        out = re.sub(pattern, vi, out)
    # "nao tinh uy ke hoach" → "ke hoach cua tinh uy nao"
    kinds = "|".join(_KINDS)
    return re.sub(rf"\bnao (tinh uy|thanh uy|cap uy) ({kinds}|van ban)\b", r"\2 cua \1 nao", out)


def _cited_kind(f: str, docs: set[str], view: IndexView, asked_of: bool = False) -> str | None:
    """The kind of Party document the question compares ("chuong trinh hanh dong"), when the question
    names a Party committee as its issuer and the sides' own documents are not that committee's.
    `asked_of`: only when the question asks the order of that kind of the committee's documents ("kế hoạch
    Tỉnh ủy nào ban hành sớm hơn"), none of the sides' own documents being a Party committee's."""
    if not _PARTY.search(f):
        return None
    own = [view.docs[d] for d in docs if d in view.docs]
    if asked_of:
        if any(_PARTY.search(fold(d.issuer or "")) for d in own):
            return None
        # ("văn bản của cấp ủy mà kế hoạch Phú Thọ và kế hoạch Hải Phòng triển khai …, văn bản nào ban hành
        # trước?": the documents the sides implement, named as what the question is about)
        asked = re.search(
            r"\b(?:van ban|"
            + "|".join(_KINDS)
            + r")\b(?: cua)? (?:ban thuong vu |btv )?(?:tinh uy|thanh uy|dang uy|cap uy)"
            r"\b(?:(?: \w+){0,2} nao\b| ma (?:\w+ ){1,10}(?:trien khai|thuc hien)\b)",
            f,
        )
        return _cited_kind(f, docs, view) if asked else None
    # (not "nghị quyết 66": a document the question names by its number is what the cited ones implement)
    named = [k for k in _KINDS if re.search(rf"\b{k}\b(?! (?:so )?\d)", f)]
    # a kind the sides' own documents are ("kế hoạch của Phú Thọ và Hải Phòng … văn bản của Tỉnh ủy")
    # names them, not the cited one
    cited = [k for k in named if not any(fold(d.kind) == k for d in own)]
    if any(_PARTY.search(fold(d.issuer or "")) and fold(d.kind) in cited for d in own):
        return None  # the Party committee's own document is in the index: its own date answers
    if cited:
        return "|".join(cited)
    # no kind of its own ("văn bản của tỉnh ủy, thành ủy"): any kind, when the question names the Party
    # committee as the compared documents' issuer
    owned = re.search(
        r"\b(?:van ban|" + "|".join(_KINDS) + r")\b(?: \w+){0,3} cua (?:ban thuong vu |btv )?"
        r"(?:tinh uy|thanh uy|dang uy|cap uy)",
        f,
    )
    return "" if owned else None


def _cited_suffix(f: str) -> str:
    """The issuer code of the cited Party documents' numbers: a province's or city's committee ("/TU") or
    the Party's central bodies ("/TW")."""
    # ("cấp ủy", a Party committee of any level, is a place's own when the Party's central bodies go unnamed)
    central = (
        r"\b(?:trung uong|bo chinh tri|ban bi thu|ban chap hanh trung uong|central|politburo|secretariat)\b"
    )
    local = r"\b(?:tinh uy|thanh uy|dang uy|cap uy)\b"
    return "tu|du" if re.search(local, f) and not re.search(central, f) else "tw"


def _cited_dates(view: IndexView, docs: set[str], kind: str, f: str) -> Found:
    """The first passage of the side's documents that cites a Party document of the kind with its number
    and date ("Chương trình hành động số 45-CTr/TU ngày 03/7/2025 của Ban Thường vụ Tỉnh ủy")."""
    pattern = re.compile(
        rf"\b({'|'.join(_KINDS)}) (?:so )?(\d+)[\w/.-]*/(?:{_cited_suffix(f)})\b(?: cua [^,;.]{{0,60}}?)?,? ngay "
        r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2} thang \d{1,2} nam \d{4})"
        # (and its issuer printed after the date: "… ngày 03/7/2025 của Ban Thường vụ Tỉnh ủy")
        r"(?: cua (?:ban thuong vu |ban chap hanh )?(?:tinh uy|thanh uy|dang uy)(?: (?!ve\b|thuc\b|trien\b)[^\W\d_]+){0,2})?"
    )
    found = []
    for chunk in sorted(
        (c for d in docs for c in view.clause_chunks_by_doc.get(d, ())), key=lambda c: (c.doc, c.lines[0])
    ):
        folded = fold(chunk.text)
        if len(folded) == len(chunk.text):
            found += [(chunk, m) for m in pattern.finditer(folded)]
    # the one the question names by its number ("CTr 45"), else the first of a kind it names, else the first
    # it does not name (not "về Nghị quyết 66", which both sides implement)
    named = [(c, m) for c, m in found if re.search(rf"\b{m.group(2)}\b", f)]
    rest = [(c, m) for c, m in found if (c, m) not in named]
    of_kind = [(c, m) for c, m in rest if kind and re.fullmatch(kind, m.group(1))]
    for chunk, m in named[:1] or of_kind[:1] or rest[:1]:
        return Found(sentences=[special._match(1.0, chunk, chunk.text[m.start() : m.end()])])
    return Found()


def _one_sided(view: IndexView, numbers: list[str], sides: list[set[str]]) -> list[str]:
    """The numbers that exactly one side's documents cite (with a date, by `_numbers_dated`), when every
    side cites one; else none."""
    cited_by = {
        n: [i for i, docs in enumerate(sides) if _numbers_dated(view, docs, [n]).sentences] for n in numbers
    }
    kept = [n for n in numbers if len(cited_by[n]) == 1]
    if {cited_by[n][0] for n in kept} != set(range(len(sides))):
        return []
    return kept


def _unindexed(view: IndexView, numbers) -> list[str]:
    """The document numbers a question names that are not documents of the index."""
    held = {fold(d.number) for d in view.docs.values() if d.number}
    return [n for n in numbers if fold(n) not in held]


def _numbers_dated(view: IndexView, docs: set[str], numbers: list[str]) -> Found:
    """The first passage of the side's documents that cites one of the numbers with its date
    ("Kế hoạch số 390-KH/TU ngày 20/5/2025 của Tỉnh ủy"), and the first that prints that date another way."""
    if not numbers:
        return Found()
    pattern = f"(?:{'|'.join(re.escape(fold(n)) for n in numbers)})"
    return Found(sentences=special.cited_dates(view, pattern, docs))


def _dates(view: IndexView, doc, in_force: bool) -> Found:
    """A document's date of issue (its header), or the sentence by which it enters into force."""
    if in_force:
        return Found(sentences=special.in_force(view, terms(special.doc_label(doc)), {doc.name}))
    return Found(sentences=special.date_of(view, doc) or ([] if doc.date else special.month_of(view, doc)))


_SAID_DATE = re.compile(r"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})|(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})")


def _date_said(quote: str, doc) -> tuple[int, int, int] | None:
    """(year, month, day) the quote states; "kể từ ngày ký" is the document's own date."""
    f = fold(quote)
    m = special.BLANK_DAY.search(f)
    if m:  # a draft's header, its day left blank: the month only (day 0)
        return (int(m.group(2)), int(m.group(1)), 0)
    m = _SAID_DATE.search(f)
    if m:
        d, mo, y = (int(x) for x in (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)))
        return (y, mo, d)
    if re.search(r"\b(?:ke )?tu ngay (?:ky|ban hanh)\b", f) and doc.date:
        y, mo, d = (int(x) for x in doc.date.split("-"))
        return (y, mo, d)
    return None


def _same_month_unsaid(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Two dates of one month, one of them without its day (a draft's blank date): no order is known."""
    return a[:2] == b[:2] and 0 in (a[2], b[2])


def _date_printed(quote: str) -> str | None:
    """The date the quote prints, as printed ("20 tháng 5 năm 2025", "06/6/2025")."""
    f = fold(quote)
    m = _SAID_DATE.search(f)
    if m is None and len(f) == len(quote) and (blank := special.BLANK_DAY.search(f)):
        return quote[f.find("thang", blank.start()) : blank.end()]  # "tháng 12 năm 2025"
    if m is None or len(f) != len(quote):
        return None
    start = m.start() + (len("ngay ") if m.group(1) else 0)
    return quote[start : m.end()]


def _dmy(date: tuple[int, int, int]) -> str:
    y, m, d = date
    return f"{d:02d}/{m:02d}/{y}"


ALSO_SHARE = 0.85  # the best evidence of the other kind is stated too when it is this close to the chosen


def _stated(view: IndexView, query: Query, found: Found, match, cites) -> str:
    """One side's passage or task row, said without its place (the side's label names it)."""
    one = replace(
        found,
        tasks=[match] if isinstance(match, TaskMatch) else [],
        sentences=[] if isinstance(match, TaskMatch) else [match],
    )
    return state(view, query, one, match, cites, with_place=False)


def _other_kind(found, chosen, aspect: str, query: Query):
    """The best evidence of the other kind than `chosen` (a sentence for a task row, a row for a sentence)."""
    if isinstance(chosen, TaskMatch):
        rest = replace(found, tasks=[])
    else:
        rest = replace(found, sentences=[])
    other = rest.choose(aspect, query.answer_type, query.count_noun, query.question)
    return other if other is not None and type(other) is not type(chosen) else None


# what a body is asked to do, its role: "vai trò", "trách nhiệm", "giao cho X những việc gì", "role of"
_TEXT_PART_NAMED = re.compile(r"\b(?:phan|muc) to chuc thuc hien\b|\bimplementation (?:section|part)\b")
_ROLE_ASKED = re.compile(
    r"\b(?:vai tro|trach nhiem|role|responsibilit\w*|duties|tasked|asked to do)\b"
    r"|\bgiao (?:cho )?(?:\w+ ){0,8}(?:nhung |cac )?(?:viec|nhiem vu) (?:gi|nao|ve)\b"
    # "… được giao làm gì trong kế hoạch … so với công văn …"
    r"|\bduoc giao (?:lam|thuc hien) (?:nhung )?(?:gi|viec gi|nhung gi)\b"
    # "So sánh nhiệm vụ giao cho Sở Tài chính trong phần tổ chức thực hiện …", "the tasks assigned to …"
    r"|\b(?:nhiem vu|viec|cong viec) (?:duoc )?giao (?:cho )?\b|\b(?:tasks|duties|work) (?:assigned|given) to\b"
)


def _by_document(query: Query, view: IndexView) -> bool:
    return len([n for n in query.docs if n in view.docs]) >= 2


def _answers(found, aspect: str, query: Query, threshold: float) -> bool:
    chosen = found.choose(aspect, query.answer_type, query.count_noun, query.question)
    return chosen is not None and chosen.support >= threshold
