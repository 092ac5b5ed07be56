"""The "Báo cáo theo cơ quan" tab: the per-agency follow-up report of assistant.report (as for `kehoach
report`) as a table, a timeline of its deadlines by quarter, XLSX/DOCX downloads; a row opens its
source lines in the source panel."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

import gradio as gr

from assistant.webapp.source_panel import SourceRef

ALL = "__all__"
# (header, width in px)
REPORT_DISPLAY = (
    ("Nhiệm vụ", 300),
    ("Hạn", 130),
    ("Vai trò", 80),
    ("Tỉnh", 90),
    ("Văn bản giao", 170),
    ("Vị trí", 120),
    ("Kết quả", 150),
    ("Thời hạn", 120),
    ("Tệp", 110),
    ("Dòng", 70),
)


def display_row(r) -> list[str]:
    first, last = r.lines
    return [
        r.name,
        r.bucket_label,
        r.role_label,
        r.province or "",
        r.document,
        r.position,
        r.output or "",
        r.deadline or "",
        r.doc,
        f"{first}–{last}" if first != last else str(first),
    ]


def refs(rows) -> list[SourceRef]:
    return [
        SourceRef(
            f"{r.role_label}, {r.position}",
            r.doc,
            tuple(r.lines),
            f"Phụ lục, {r.position}",
            r.name,
        )
        for r in rows
    ]


def chart_timeline(rows, today: date | None = None):
    """Bars per quarter of the deadline's last day (lead and coordinating stacked), then the recurring
    and the undated tasks; the current quarter marked."""
    from matplotlib.figure import Figure

    from assistant.report import RECURRING, UNDATED

    today = today or date.today()
    fig = Figure(figsize=(7.6, 3.3), dpi=100, layout="constrained")
    ax = fig.add_subplot(1, 1, 1)
    if not rows:
        ax.text(0.5, 0.5, "Chưa có nhiệm vụ để vẽ", ha="center", va="center", fontsize=11, color="#555")
        ax.set_axis_off()
        return fig
    keys: Counter = Counter()
    for r in rows:
        if r.period.is_interval:
            end = r.period.end
            key = (end.year, (end.month - 1) // 3 + 1)
        else:
            key = RECURRING if r.bucket == RECURRING else UNDATED
        keys[(key, r.role)] += 1
    quarters = sorted({k for k, _ in keys if isinstance(k, tuple)})
    labels = [f"Q{q}/{y}" for y, q in quarters]
    slots: list = list(quarters)
    for extra, label in ((RECURRING, "Thường\nxuyên"), (UNDATED, "Không\nghi hạn")):
        if any(k == extra for k, _ in keys):
            slots.append(extra)
            labels.append(label)
    lead = [keys[(k, "lead")] for k in slots]
    coord = [keys[(k, "coordinating")] for k in slots]
    x = list(range(len(slots)))
    ax.bar(x, lead, color="#2f6db3", label="Chủ trì")
    bars = ax.bar(x, coord, bottom=lead, color="#9cc0e8", label="Phối hợp")
    ax.bar_label(bars, labels=[str(a + b) for a, b in zip(lead, coord, strict=True)], fontsize=9)
    current = (today.year, (today.month - 1) // 3 + 1)
    if current in slots:
        ax.axvspan(slots.index(current) - 0.5, slots.index(current) + 0.5, color="#fff1a8", zorder=0)
    ax.set_xticks(x, labels, fontsize=8)
    ax.set_ylabel("Số nhiệm vụ")
    ax.set_title("Thời hạn theo quý (ô vàng: quý hiện tại)", fontsize=11)
    ax.margins(y=0.18)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2, frameon=False)
    return fig


def agency_options(live) -> list[str]:
    from assistant.report import agencies_in_index

    return agencies_in_index(live.searcher) if live else []


@dataclass
class ReportUI:
    agency: gr.Dropdown
    province: gr.Dropdown


def build_report(runtime, panel) -> ReportUI:
    from assistant.webapp.chat import province_choices

    live = runtime.live()
    with gr.Row(equal_height=True):
        agency = gr.Dropdown(
            agency_options(live),
            value=None,
            label="Cơ quan (chọn hoặc gõ, có dấu hay không dấu đều được)",
            allow_custom_value=True,
            filterable=True,
            scale=3,
            min_width=260,
            elem_id="kh-r-agency",
            elem_classes="kh-filter",
        )
        province = gr.Dropdown(
            province_choices(live),
            value=ALL,
            label="Tỉnh/thành phố",
            scale=2,
            min_width=200,
            elem_id="kh-r-province",
            elem_classes="kh-filter",
        )
        show = gr.Button("Lập báo cáo", variant="primary", scale=0, min_width=120, elem_id="kh-r-show")
    with gr.Row(equal_height=True):
        xlsx_btn = gr.DownloadButton(
            "Tải Excel (XLSX)", size="sm", scale=0, min_width=140, elem_id="kh-r-xlsx"
        )
        docx_btn = gr.DownloadButton(
            "Tải Word (DOCX)", size="sm", scale=0, min_width=140, elem_id="kh-r-docx"
        )
    summary = gr.Markdown(
        "Chọn một cơ quan để xem mọi nhiệm vụ cơ quan đó chủ trì hoặc phối hợp trong các văn bản đã lập chỉ mục.",
        elem_id="kh-r-summary",
    )
    table = gr.Dataframe(
        headers=[h for h, _ in REPORT_DISPLAY],
        datatype=["str"] * len(REPORT_DISPLAY),
        column_widths=[w for _, w in REPORT_DISPLAY],
        interactive=False,
        wrap=True,
        max_height=460,
        pinned_columns=1,
        buttons=[],
        elem_id="kh-report",
        label="Nhiệm vụ của cơ quan",
    )
    chart = gr.Plot(show_label=False, elem_id="kh-r-chart", min_width=300)
    state = gr.State([])

    def make(agency_text, prov):
        import pandas as pd

        from assistant.report import report_rows, slug, write_docx, write_xlsx
        from assistant.webapp.exports import fresh_folder

        current = runtime.live()
        headers = [h for h, _ in REPORT_DISPLAY]
        empty = pd.DataFrame([], columns=headers)
        if current is None:
            return "Chưa có chỉ mục.", empty, None, None, chart_timeline([]), []
        if not (agency_text or "").strip():
            return "Chọn hoặc gõ tên một cơ quan.", empty, None, None, chart_timeline([]), []
        province_ = None if prov in (None, "", ALL) else prov
        rows = report_rows(current.searcher, agency_text, province_)
        name = rows[0].agency if rows else " ".join(agency_text.split())
        frame = pd.DataFrame([display_row(r) for r in rows], columns=headers)
        stem = "_".join(x for x in ("bao-cao", slug(name), slug(province_)) if x)
        folder = fresh_folder()
        xlsx = write_xlsx(rows, folder / f"{stem}.xlsx", name, province_)
        docx = write_docx(rows, folder / f"{stem}.docx", name, province_)
        lead = sum(r.role == "lead" for r in rows)
        where = f" ở {province_}" if province_ else " trong mọi văn bản"
        if rows:
            text = (
                f"**{len(rows)}** nhiệm vụ của **{name}**{where}: {lead} chủ trì, {len(rows) - lead} phối hợp; "
                "xếp theo thời hạn (quá hạn trước). Bấm vào một dòng để xem dòng văn bản gốc."
            )
        else:
            text = f"Không có nhiệm vụ nào ghi “{name}” ở cột chủ trì hay phối hợp{where}."
        return text, frame, str(xlsx), str(docx), chart_timeline(rows), [r.to_dict() for r in rows]

    inputs = [agency, province]
    outputs = [summary, table, xlsx_btn, docx_btn, chart, state]
    agency.change(make, inputs, outputs, concurrency_id="report")
    province.change(make, inputs, outputs, concurrency_id="report")
    show.click(make, inputs, outputs, concurrency_id="report")

    def on_select(rows, evt: gr.SelectData):
        row = evt.row_value or []
        if not rows or len(row) < len(REPORT_DISPLAY):
            return panel.skip()
        doc, lines = row[8], str(row[9])
        first = int(lines.replace("–", "-").split("-")[0])
        items = [_Row(d) for d in rows]
        pos = next((i for i, r in enumerate(items) if r.doc == doc and r.lines[0] == first), 0)
        return panel.show(refs(items), pos)

    table.select(on_select, state, panel.outputs)
    return ReportUI(agency, province)


class _Row:
    """A report row back from the session state (ReportRow.to_dict)."""

    def __init__(self, d: dict) -> None:
        self.doc = d["doc"]
        self.lines = tuple(d["citation"]["lines"])
        self.name = d["name"]
        self.role_label = d["role_label"]
        number = f"nhiệm vụ {d['number']}" if d["number"] else f"dòng {self.lines[0]}"
        self.position = f"nhóm {d['group']}, {number}" if d["group"] else number
