"""The task records as a flat, filterable table: the `kehoach tasks` JSON contract, also used by the
web app's task tab and its exports."""

from __future__ import annotations

from assistant.retrieve import same_place
from indexer.clean import normalize_for_match, strip_diacritics

TASK_FIELDS = (
    "doc",
    "province",
    "group",
    "group_title",
    "number",
    "name",
    "lead",
    "coordinating",
    "lead_ids",
    "coordinating_ids",
    "output",
    "deadline",
    "extra",
    "inherited",
    "source",
    "lines",
)


def task_rows(
    searcher, province: str | None = None, lead: str | None = None, deadline: str | None = None
) -> list[dict]:
    """Task records as flat dicts (the JSON contract), filtered like the CLI and the web app filter them."""

    def contains(haystack: str, needle: str) -> bool:
        h, n = normalize_for_match(haystack), normalize_for_match(needle)
        return n in h or strip_diacritics(n) in strip_diacritics(h)

    rows = []
    for task in searcher.tasks():
        doc = searcher.document(task.doc)
        prov = doc.scope if doc else None
        if province and not same_place(prov, province):
            continue
        if lead and not contains("; ".join((*task.lead, *task.lead_ids)) + " " + task.lead_text, lead):
            continue
        if deadline and not contains(task.deadline or "", deadline):
            continue
        record = task.to_dict()
        rows.append({"province": prov, **{k: record[k] for k in TASK_FIELDS if k != "province"}})
    return rows
