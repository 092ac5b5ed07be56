"""The tasks tab: every appendix task record in one filterable, sortable table, its CSV/XLSX exports,
and two charts (tasks per lead agency and province; deadlines by year). A row opens its source lines
in the source panel. The query is assistant.task_table.task_rows, as for `kehoach tasks`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

import gradio as gr

from assistant.webapp.exports import HEADERS, export_files
from assistant.webapp.source_panel import SourceRef

ALL = "__all__"
# short headers on screen (the exports keep exports.HEADERS); widths in px, so that no word is broken
DISPLAY = {
    "province": ("Tỉnh", 84),
    "document": ("Văn bản", 120),
    "group": ("Nhóm", 70),
    "number": ("STT", 58),
    "name": ("Nhiệm vụ", 270),
    "lead": ("Chủ trì", 140),
    "coordinating": ("Phối hợp", 150),
    "output": ("Kết quả", 130),
    "deadline": ("Thời hạn", 104),
    "doc": ("Tệp gốc", 100),
    "lines": ("Dòng", 70),
}
# on screen the task name comes first (on a phone it is what shows without scrolling, and it stays
# pinned while the other columns scroll); the exports keep exports.COLUMNS' order
_KEYS = ["name", "province", "document", "group", "number", "lead", "coordinating", "output", "deadline", "doc",
         "lines"]  # fmt: skip
DISPLAY_HEADERS = [DISPLAY[key][0] for key in _KEYS]
# the orders the table can be shown in (server-side, so that "Sau ▶" in the source panel follows the screen)
SORTS = {
    "doc": "Sắp xếp: thứ tự trong văn bản",
    "deadline": "Sắp xếp: thời hạn (sớm trước)",
    "province": "Sắp xếp: tỉnh/thành phố",
    "lead": "Sắp xếp: cơ quan chủ trì",
}
TOP_AGENCIES = 12
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
ONGOING = "Thường xuyên"
NO_YEAR = "Không ghi năm"


def _folded(text: str) -> str:
    from indexer.clean import normalize_for_match, strip_diacritics

    return strip_diacritics(normalize_for_match(text or ""))


def _contains(haystack: str, needle: str) -> bool:
    return _folded(needle) in _folded(haystack)


def _doc_short(document) -> str:
    if document is None:
        return ""
    return f"{document.kind} {document.number}" if document.number else document.kind


def table_rows(live, province=None, lead=None, coordinating=None, deadline=None, text=None) -> list[dict]:
    """The filtered task records as display rows (keys of exports.COLUMNS)."""
    from assistant.task_table import task_rows

    if live is None:
        return []
    none = lambda v: None if v in (None, "", ALL) else str(v).strip()  # noqa: E731
    rows = task_rows(live.searcher, none(province), none(lead), none(deadline))
    out = []
    for r in rows:
        lead_text, coord_text = "; ".join(r["lead"]), "; ".join(r["coordinating"])
        if none(coordinating) and not _contains(coord_text, none(coordinating)):
            continue
        if none(text) and not _contains(
            " ".join([r["name"], r["output"] or "", lead_text, coord_text, r["deadline"] or ""]), none(text)
        ):
            continue
        first, last = r["lines"]
        out.append(
            {
                "province": r["province"] or "",
                "document": _doc_short(live.searcher.document(r["doc"])),
                "group": r["group"],
                "number": r["number"],
                "name": r["name"],
                "lead": lead_text,
                "coordinating": coord_text,
                "output": r["output"] or "",
                "deadline": r["deadline"] or "",
                "doc": r["doc"],
                "lines": f"{first}–{last}" if first != last else str(first),
            }
        )
    return out


def sort_rows(rows: list[dict], key: str | None) -> list[dict]:
    """The rows in the chosen order (stable: ties keep the document order)."""
    from indexer.period import parse_period

    if key == "deadline":
        far = date.max

        def when(r):
            period = parse_period(r["deadline"])
            return (
                (0, period.end)
                if period.is_interval
                else (1 if period.kind in ("regular", "annual") else 2, far)
            )

        return sorted(rows, key=when)
    if key == "province":
        return sorted(rows, key=lambda r: _folded(r["province"]))
    if key == "lead":
        return sorted(rows, key=lambda r: _folded(r["lead"]))
    return list(rows)


def export_stem(province=None, lead=None, coordinating=None, deadline=None, text=None) -> str:
    """A file name that says what was filtered: "nhiem-vu_so-tu-phap_ha-tinh"."""
    from assistant.report import slug

    none = lambda v: None if v in (None, "", ALL) else str(v)  # noqa: E731
    parts = ["nhiem-vu"]
    for value, prefix in (
        (lead, ""),
        (coordinating, "phoi-hop-"),
        (province, ""),
        (deadline, "han-"),
        (text, ""),
    ):
        if none(value) and slug(value):
            parts.append(prefix + slug(value))
    return "_".join(parts)[:120]


def _span(text: str) -> tuple[int, int]:
    parts = [int(p) for p in re.findall(r"\d+", str(text))]
    return (parts[0], parts[-1]) if parts else (1, 1)


def row_refs(rows: list[dict]) -> list[SourceRef]:
    return [
        SourceRef(
            f"nhiệm vụ {r['group'] + '.' if r['group'] else ''}{r['number']}",
            r["doc"],
            _span(r["lines"]),
            f"Phụ lục, {'nhóm ' + r['group'] + ', ' if r['group'] else ''}nhiệm vụ {r['number']}",
            r["name"],
        )
        for r in rows
    ]


def agency_choices(live, key: str) -> list[str]:
    counts = Counter(a for t in (live.searcher.tasks() if live else []) for a in getattr(t, key))
    return [a for a, _ in counts.most_common()]


def deadline_bucket(deadline: str) -> str:
    years = _YEAR.findall(deadline or "")
    if years:
        return years[-1]  # "2025–2026": the year it must be finished
    if _contains(deadline or "", "thường xuyên") or _contains(deadline or "", "hằng năm"):
        return ONGOING
    return NO_YEAR


# --- charts ---------------------------------------------------------------------------------------
def _figure(height: float):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.2, height), dpi=100, layout="constrained")
    return fig, fig.add_subplot(1, 1, 1)


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555")
    ax.set_axis_off()


def chart_lead_agencies(rows: list[dict]):
    """Horizontal stacked bars: the most frequent lead agencies, one colour per province."""
    counts: Counter = Counter()
    by_province: dict[str, Counter] = {}
    for r in rows:
        for agency in [a for a in r["lead"].split("; ") if a]:
            counts[agency] += 1
            by_province.setdefault(r["province"] or "(không rõ)", Counter())[agency] += 1
    top = [a for a, _ in counts.most_common(TOP_AGENCIES)][::-1]
    fig, ax = _figure(0.5 + 0.34 * max(4, len(top)))
    if not top:
        _empty(ax, "Không có nhiệm vụ nào khớp bộ lọc")
        return fig
    left = [0] * len(top)
    for province in sorted(by_province):
        values = [by_province[province][a] for a in top]
        ax.barh([_short(a) for a in top], values, left=left, label=_short(province))
        left = [x + v for x, v in zip(left, values, strict=True)]
    ax.set_xlabel("Số nhiệm vụ chủ trì")
    ax.set_title(f"Nhiệm vụ theo cơ quan chủ trì (top {len(top)})", fontsize=11)
    # the legend below the bars: inside the axes it covered bars and labels on narrow screens
    ax.legend(
        fontsize=8,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.18),
        ncol=min(4, len(by_province)),
        frameon=False,
    )
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


def _short(text: str, limit: int = 38) -> str:
    """A chart label: cut to `limit`, "$" escaped (matplotlib would read "$…$" as mathematics)."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("$", r"\$")


def chart_deadlines(rows: list[dict]):
    counts = Counter(deadline_bucket(r["deadline"]) for r in rows)
    years = sorted(k for k in counts if k.isdigit())
    labels = years + [k for k in (ONGOING, NO_YEAR) if k in counts]
    fig, ax = _figure(3.2)
    if not labels:
        _empty(ax, "Không có nhiệm vụ nào khớp bộ lọc")
        return fig
    values = [counts[k] for k in labels]
    # two-word labels on two lines: side by side "Thường xuyên" and "Không ghi năm" would run together
    labels = [k if k.isdigit() else k.replace(" ", "\n", 1) for k in labels]
    bars = ax.bar(labels, values, color=["#2f6db3" if k.isdigit() else "#9aa7b5" for k in labels])
    ax.bar_label(bars, fontsize=9)
    ax.set_ylabel("Số nhiệm vụ")
    ax.set_title("Thời hạn hoàn thành theo năm", fontsize=11)
    ax.margins(y=0.14)  # room for the count above the tallest bar
    ax.yaxis.get_major_locator().set_params(integer=True)
    return fig


# --- UI -------------------------------------------------------------------------------------------
@dataclass
class TasksUI:
    province: gr.Dropdown
    lead: gr.Dropdown
    coordinating: gr.Dropdown
    outputs: list
    refresh_inputs: list
    refresh: object  # callable(*filters) -> updates for outputs


def build_tasks(runtime, panel) -> TasksUI:
    from assistant.webapp.chat import province_choices

    live = runtime.live()
    with gr.Row(equal_height=True, elem_classes="kh-filters"):
        province = gr.Dropdown(
            province_choices(live),
            value=ALL,
            label="Tỉnh/thành phố",
            min_width=210,
            elem_id="kh-f-province",
            elem_classes="kh-filter",
        )
        lead = gr.Dropdown(
            [("Tất cả", ALL), *[(a, a) for a in agency_choices(live, "lead_ids")]],
            value=ALL,
            label="Cơ quan chủ trì",
            allow_custom_value=True,
            min_width=210,
            elem_id="kh-f-lead",
            elem_classes="kh-filter",
        )
        coordinating = gr.Dropdown(
            [("Tất cả", ALL), *[(a, a) for a in agency_choices(live, "coordinating_ids")]],
            value=ALL,
            label="Cơ quan phối hợp",
            allow_custom_value=True,
            min_width=210,
            elem_id="kh-f-coord",
            elem_classes="kh-filter",
        )
        deadline = gr.Textbox(
            label="Thời hạn (chữ, năm)",
            placeholder="2026, Quý III…",
            min_width=150,
            elem_id="kh-f-deadline",
        )
        text = gr.Textbox(
            label="Tìm trong nội dung",
            placeholder="cơ sở dữ liệu, pháp điển…",
            min_width=190,
            elem_id="kh-f-text",
        )
    with gr.Row(equal_height=True, elem_classes="kh-task-actions"):
        order = gr.Dropdown(
            [(label, key) for key, label in SORTS.items()],
            value="doc",
            label="Sắp xếp theo",
            show_label=False,
            min_width=250,
            scale=0,
            elem_id="kh-sort",
            container=False,
        )
        apply = gr.Button("Lọc", variant="primary", size="sm", elem_id="kh-f-apply", min_width=80, scale=0)
        reset = gr.Button("Xoá bộ lọc", size="sm", min_width=100, scale=0)
        csv_btn = gr.DownloadButton("Tải CSV", size="sm", elem_id="kh-dl-csv", min_width=100, scale=0)
        xlsx_btn = gr.DownloadButton(
            "Tải Excel (XLSX)", size="sm", elem_id="kh-dl-xlsx", min_width=140, scale=0
        )
    count = gr.Markdown(elem_id="kh-task-count")
    table = gr.Dataframe(
        headers=DISPLAY_HEADERS,
        datatype=["str"] * len(HEADERS),
        interactive=False,
        wrap=True,
        max_height=520,
        elem_id="kh-tasks",
        show_search="none",
        label="Nhiệm vụ",
        column_widths=[DISPLAY[key][1] for key in _KEYS],
        pinned_columns=1,
        buttons=[],  # Gradio's own copy/fullscreen buttons speak English; the exports are the copy
    )
    with gr.Row():
        # no component label: it would sit over the chart's own title and labels (on a phone too)
        chart_a = gr.Plot(show_label=False, elem_id="kh-chart-lead", min_width=300)
        chart_b = gr.Plot(show_label=False, elem_id="kh-chart-year", min_width=300)
    rows_state = gr.State([])

    def refresh(p, le, co, de, te, so="doc"):
        import pandas as pd

        current = runtime.live()
        rows = sort_rows(table_rows(current, p, le, co, de, te), so)
        total = len(current.searcher.tasks()) if current else 0
        frame = pd.DataFrame([[r[key] for key in _KEYS] for r in rows], columns=DISPLAY_HEADERS)
        csv_path, xlsx_path = export_files(rows, stem=export_stem(p, le, co, de, te))
        if current is None:
            summary = "Chưa có chỉ mục: chưa có nhiệm vụ nào để hiển thị."
        else:
            summary = (
                f"**{len(rows)}** / {total} nhiệm vụ khớp bộ lọc. Bấm vào một dòng để xem dòng văn bản gốc; "
                "đổi thứ tự ở ô “Sắp xếp”."
            )
        return frame, summary, csv_path, xlsx_path, chart_lead_agencies(rows), chart_deadlines(rows), rows

    filters = [province, lead, coordinating, deadline, text, order]
    outputs = [table, count, csv_btn, xlsx_btn, chart_a, chart_b, rows_state]
    for dropdown in (province, lead, coordinating, order):
        dropdown.change(refresh, filters, outputs, concurrency_id="tasks")
    for box in (deadline, text):
        box.submit(refresh, filters, outputs, concurrency_id="tasks")
    apply.click(refresh, filters, outputs, concurrency_id="tasks")
    reset.click(lambda: (ALL, ALL, ALL, "", "", "doc"), None, filters, queue=False).then(
        refresh, filters, outputs, concurrency_id="tasks"
    )

    def on_select(rows, evt: gr.SelectData):
        row = evt.row_value or []
        if not rows or len(row) < len(_KEYS):
            return panel.skip()
        doc, span = row[_KEYS.index("doc")], _span(row[_KEYS.index("lines")])
        refs = row_refs(rows)
        pos = next((i for i, r in enumerate(refs) if r.doc == doc and r.lines == span), 0)
        return panel.show(refs, pos)

    table.select(on_select, rows_state, panel.outputs)
    return TasksUI(province, lead, coordinating, outputs, filters, refresh)
