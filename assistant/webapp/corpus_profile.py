"""What the indexed documents are about, in words for the page: the title, the browser tab's title, the
chat placeholder and example questions, all from the index (the resolutions the documents implement,
their provinces, the agencies and deadlines of their tasks), never from one bundled corpus."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from indexer.period import parse_period

GENERIC_TITLE = "Trợ lý tra cứu văn bản, kế hoạch"
# the type code of a document number -> what it is called ("66-NQ/TW" -> "Nghị quyết 66-NQ/TW")
_KIND_BY_CODE = {
    "nq": "Nghị quyết",
    "ct": "Chỉ thị",
    "ctr": "Chương trình",
    "kh": "Kế hoạch",
    "qđ": "Quyết định",
    "kl": "Kết luận",
    "nđ": "Nghị định",
    "tt": "Thông tư",
    "l": "Luật",
}


@dataclass(frozen=True)
class Profile:
    title: str  # the page's heading
    tab_title: str  # the browser tab
    placeholder: str  # markdown shown in the empty chat
    examples: tuple[str, ...]


def reference_name(ref: str) -> str:
    """ "66-NQ/TW" -> "Nghị quyết 66-NQ/TW"; unknown codes stay as printed."""
    m = re.search(r"[-/]([^\W\d_]+)[-/]", ref)
    kind = _KIND_BY_CODE.get(m.group(1).lower()) if m else None
    return f"{kind} {ref}" if kind else ref


def _lower_first(text: str) -> str:
    words = text.split()
    if words and not (len(words[0]) > 1 and words[0][1:2].isupper()):  # "QPPL", "UBND" stay
        words[0] = words[0][:1].lower() + words[0][1:]
    return " ".join(words)


def profile(live) -> Profile:
    """The page's words for the current index (a neutral profile when there is none)."""
    documents = live.searcher.documents() if live else []
    tasks = live.searcher.tasks() if live else []
    if not documents:
        return Profile(
            GENERIC_TITLE,
            "Tra cứu văn bản",
            "**Chưa có văn bản nào được lập chỉ mục.** Thêm văn bản ở thẻ “Tài liệu” để bắt đầu hỏi đáp.",
            (),
        )
    refs = Counter(r for d in documents for r in set(d.implements))
    shared = [r for r, n in refs.most_common() if n * 2 >= len(documents)]
    provinces = sorted({d.scope for d in documents if d.scope})
    if shared:
        title = f"Trợ lý tra cứu văn bản thực hiện {reference_name(shared[0])}"
        tab = f"Tra cứu văn bản · {shared[0]}"
    else:
        title, tab = GENERIC_TITLE, "Tra cứu văn bản"
    where = ", ".join(provinces[:6]) + (f" và {len(provinces) - 6} nơi khác" if len(provinces) > 6 else "")
    about = f" thực hiện {', '.join(reference_name(r) for r in shared[:2])}" if shared else ""
    placeholder = (
        f"**Hỏi về {len(documents)} văn bản{about}**"
        + (f" ({where})" if where else "")
        + " — ví dụ cơ quan chủ trì, phối hợp, thời hạn, kết quả của một nhiệm vụ. Mỗi ý trong câu trả "
        "lời có trích dẫn [n] đến dòng văn bản gốc."
    )
    return Profile(title, tab, placeholder, tuple(_examples(live, tasks)))


def _examples(live, tasks) -> list[str]:
    """Up to four questions the index can answer: who leads a task, what an agency of a province
    leads, which tasks of a province end in a year, and one in English."""
    from indexer.agencies import agency_kind

    out: list[str] = []
    english = ""
    province_of = {d.name: d.scope for d in live.searcher.documents()}
    # a short task led by one named department (not a collective)
    single = [
        t
        for t in tasks
        if len(t.lead_ids) == 1 and agency_kind(t.lead_ids[0]) == "department" and 15 <= len(t.name) <= 70
    ]
    if single:
        task = min(single, key=lambda t: (len(t.name), t.doc, t.lines))
        out.append(f"Cơ quan nào chủ trì nhiệm vụ {_lower_first(task.name.rstrip('.;'))}?")
    leads = Counter(
        (a, province_of.get(t.doc))
        for t in tasks
        for a in t.lead_ids
        if agency_kind(a) == "department" and province_of.get(t.doc)
    )
    if leads:
        (agency, province), _ = max(leads.items(), key=lambda kv: (kv[1], kv[0]))
        out.append(f"{agency} {province} chủ trì những nhiệm vụ nào?")
        english = f"Which tasks does {agency} {province} lead?"
    years = Counter(
        (province_of.get(t.doc), y)
        for t in tasks
        if province_of.get(t.doc)
        for y in parse_period(t.deadline).years()[-1:]
    )
    if years:
        (province, year), _ = max(years.items(), key=lambda kv: (kv[1], kv[0]))
        out.append(f"Nhiệm vụ nào của {province} hoàn thành năm {year}?")
    if leads:
        out.append(english)  # an English question gets an English answer
    return out[:4]
