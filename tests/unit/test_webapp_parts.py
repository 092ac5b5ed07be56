"""The web app's pieces without a browser: escaping, answer formatting, exports, source excerpts, logins,
and uploads/removals through a real (small, hash-embedded) index."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import re

import pytest

from assistant.cli_serve import AuthError, parse_users, read_users
from assistant.sources import SourceReader
from assistant.types import Answer, Citation
from assistant.webapp.chat import format_answer, plain_text
from assistant.webapp.documents_tab import parse_date, safe_file_name
from assistant.webapp.escape import html_text, md_text
from assistant.webapp.exports import HEADERS, write_csv, write_xlsx
from assistant.webapp.tasks_tab import deadline_bucket
from indexer.records import Clause, Document


def cite(n: int, quote: str = "Sở Tư pháp chủ trì", lines=(10, 12)) -> Citation:
    return Citation(
        n=n,
        doc="a.txt",
        lines=lines,
        section="Phụ lục, nhóm VI, nhiệm vụ 2",
        title="Kế hoạch A",
        quote=quote,
        number="12/KH-UBND",
        province="Hà Tĩnh",
        kind="task",
    )


# --- escaping -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "[bấm](javascript:alert(1)) ![ảnh](http://x/y.png)",
        "xem https://evil.example/a và www.evil.example, thư a@b.vn",
        "# tiêu đề\n> trích\n1. mục **đậm** _nghiêng_ `mã`",
    ],
)
def test_md_text_leaves_no_markup(text):
    out = md_text(text)
    assert "<" not in out and ">" not in out.replace("&gt;", "")
    assert not re.search(r"(?<!\\)[\[\]()*_`!]", out)  # every markdown character is backslash-escaped
    assert "://" not in out and "@" not in out  # nothing for an autolinker
    assert not re.search(r"(?m)^\s*#", out)


def test_html_text_escapes_quotes_and_tags():
    assert html_text('<img src=x onerror="a()">') == "&lt;img src=x onerror=&quot;a()&quot;&gt;"


# --- answers --------------------------------------------------------------------------------------
def test_answer_citations_become_links_and_stray_numbers_do_not():
    answer = Answer(
        question="q",
        text="Sở Tư pháp chủ trì [1]; xem thêm [2] và [9].",
        abstained=False,
        intent="lead_agency",
        citations=(cite(1), cite(2, lines=(20, 20))),
    )
    content, refs = format_answer(answer, turn=3)
    assert "[\\[1\\]](#kh-cite-3-0)" in content and "[\\[2\\]](#kh-cite-3-1)" in content
    assert "#kh-cite-3-2" not in content and "\\[9\\]" in content
    assert [r.lines for r in refs] == [(10, 12), (20, 20)]
    assert "Chế độ: Trích xuất" in content


def test_a_footnote_mark_the_cell_prints_is_no_citation_link():
    # the document's mark "[3]" after "Ủy ban Đối ngoại" is quoted with its cell; the answer has a third
    # citation, which only the answer's own marks link to
    row = "Cơ quan chủ trì: Ủy ban Đối ngoại [3] (Văn phòng Quốc hội phối hợp chuẩn bị) Thời gian: Năm 2025"
    answer = Answer(
        question="q",
        text="Ủy ban Đối ngoại [3] (Văn phòng Quốc hội phối hợp chuẩn bị) chủ trì [1]. Xem [2], [3].",
        abstained=False,
        intent="lead_agency",
        citations=(cite(1, quote=row), cite(2, lines=(20, 20)), cite(3, lines=(30, 30))),
    )
    content, _ = format_answer(answer, turn=0)
    assert content.startswith("Ủy ban Đối ngoại \\[3\\] \\(Văn phòng")  # printed, not a link
    assert "[\\[1\\]](#kh-cite-0-0)" in content and "[\\[3\\]](#kh-cite-0-2)" in content
    # without the passage that prints it, the same mark is the answer's citation
    bare = dataclasses.replace(answer, citations=(cite(1), cite(2, lines=(20, 20)), cite(3, lines=(30, 30))))
    content, _ = format_answer(bare, turn=0)
    assert content.startswith("Ủy ban Đối ngoại [\\[3\\]](#kh-cite-0-2)")


def test_english_answers_get_english_labels():
    answer = Answer(
        question="Which agency leads?",
        text="The Department of Justice leads [1].",
        abstained=False,
        intent="lead_agency",
        citations=(cite(1),),
        lang="en",
        latency_ms=1500,
    )
    content, _ = format_answer(answer, turn=0)
    assert "**Sources:**" in content and r"Mode: extractive \(offline\) · 1.5 s" in content
    assert "Nguồn" not in content and "Chế độ" not in content and "lines 10–12" in content
    vietnamese, _ = format_answer(dataclasses.replace(answer, lang="vi"), turn=0)
    assert "**Nguồn:**" in vietnamese and r"Chế độ: Trích xuất \(ngoại tuyến\) · 1,5 s" in vietnamese


def test_documents_are_named_by_province_kind_and_number_not_by_file():
    from assistant.webapp.chat import labelled_docs
    from assistant.webapp.source_panel import readable_name

    a = Document(
        name="001_9f40a2.txt",
        title="T",
        kind="Quyết định",
        number="1218/QĐ-UBND",
        province="Vĩnh Long",
        date="2025-06-25",
    )
    b = Document(name="000_37ff2b.txt", title="T", kind="Kế hoạch", province="Hà Tĩnh")
    c = Document(name="002_aaf640.txt", title="U", kind="Kế hoạch", province="Hà Tĩnh")
    assert readable_name(a) == "Vĩnh Long · Quyết định 1218/QĐ-UBND · 25/06/2025"
    labels = dict((name, label) for label, name in labelled_docs([a, b, c]))
    assert labels[a.name] == readable_name(a)  # no file name where the name alone is unique
    assert labels[b.name] == "Hà Tĩnh · Kế hoạch (000_37ff2b.txt)" and c.name in labels[c.name]


def test_abstention_offers_the_closest_passages():
    answer = Answer(
        question="q",
        text="Không tìm thấy thông tin này.",
        abstained=True,
        intent="general",
        closest=(cite(1, quote="<b>gần</b>"),),
    )
    content, refs = format_answer(answer, turn=0)
    assert content.startswith("**Không tìm thấy") and "gần nhất" in content and "#kh-cite-0-0" in content
    assert refs and refs[0].label.startswith("gần nhất")


def test_an_abstention_that_cites_the_row_leaving_the_value_blank_shows_its_source():
    answer = Answer(
        question="Thời hạn?",
        text="Nhiệm vụ “Rà soát” không ghi thời hạn [1].",
        abstained=True,
        intent="deadline",
        citations=(cite(1),),
    )
    content, refs = format_answer(answer, turn=0)
    assert content.startswith("**Nhiệm vụ") and "Nguồn" in content and "#kh-cite-0-0" in content
    assert refs and not refs[0].label.startswith("gần nhất")
    assert "Nguồn:" in plain_text(answer) and "dòng 10–12" in plain_text(answer)


def test_plain_text_has_citations_with_files_and_lines():
    answer = Answer(
        question="Ai chủ trì?",
        text="Sở Tư pháp [1].",
        abstained=False,
        intent="lead_agency",
        citations=(cite(1),),
    )
    text = plain_text(answer)
    assert "Trả lời: Sở Tư pháp [1]." in text
    assert "[1] Kế hoạch A, số 12/KH-UBND; Phụ lục, nhóm VI, nhiệm vụ 2; tệp a.txt, dòng 10–12" in text


# --- exports --------------------------------------------------------------------------------------
ROWS = [
    {
        "province": "Hà Tĩnh",
        "document": "Kế hoạch",
        "group": "VI",
        "number": "2",
        "name": "Xây dựng Cổng pháp luật tỉnh",
        "lead": "Sở Tư pháp",
        "coordinating": "Các sở, ban, ngành",
        "output": '=HYPERLINK("http://x")',
        "deadline": "Thường xuyên",
        "doc": "a.txt",
        "lines": "10–12",
    }
]


def test_csv_export_is_excel_friendly(tmp_path):
    path = write_csv(ROWS, tmp_path / "t.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(HEADERS) and rows[1][4] == "Xây dựng Cổng pháp luật tỉnh"
    assert rows[1][7].startswith("'=")  # a formula from a document is not run by a spreadsheet


def test_xlsx_export_header_widths_and_text(tmp_path):
    from openpyxl import load_workbook

    sheet = load_workbook(write_xlsx(ROWS, tmp_path / "t.xlsx")).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert sheet.column_dimensions["E"].width == 60
    assert sheet["E2"].value == "Xây dựng Cổng pháp luật tỉnh"
    assert sheet["H2"].data_type == "s" and sheet["H2"].value.startswith("=HYPERLINK")


FORMULAS = ["=1+1", "+84 912", "-2+3", "@SUM(A1)", "\tTab", "\r=cmd"]


def test_cells_that_start_like_a_formula_are_neutralised(tmp_path):
    from openpyxl import load_workbook

    rows = [{**ROWS[0], "name": text, "output": "- gạch đầu dòng"} for text in FORMULAS]
    with open(write_csv(rows, tmp_path / "f.csv"), encoding="utf-8-sig", newline="") as handle:
        cells = list(csv.reader(handle))[1:]
    assert [r[4] for r in cells] == ["'" + text for text in FORMULAS]
    assert all(r[7] == "'- gạch đầu dòng" for r in cells)
    sheet = load_workbook(write_xlsx(rows, tmp_path / "f.xlsx")).active
    for i, text in enumerate(FORMULAS, start=2):
        cell = sheet[f"E{i}"]
        # text kept exactly as printed, typed as text with Excel's quote prefix: never evaluated
        assert cell.value == text and cell.data_type == "s" and cell.quotePrefix
    assert sheet["E2"].value == "=1+1" and sheet["A2"].quotePrefix is False


def test_exports_are_written_once_per_content(tmp_path):
    from assistant.webapp import exports

    exports.set_root(tmp_path / "exports")
    first = exports.export_files(ROWS)
    stamp = first[1].stat().st_mtime_ns
    again = exports.export_files([dict(r) for r in ROWS])
    assert again == first and first[1].stat().st_mtime_ns == stamp  # the same files, not rewritten
    other = exports.export_files([{**ROWS[0], "name": "Nhiệm vụ khác"}])
    assert other[0].parent != first[0].parent and other[0].name == "nhiem-vu.csv"
    assert not list((tmp_path / "exports").glob(".tmp-*"))


def test_deadline_buckets():
    assert deadline_bucket("Quý III năm 2026") == "2026"
    assert deadline_bucket("2025-2026") == "2026"
    assert deadline_bucket("Thường xuyên") == "Thường xuyên"
    assert deadline_bucket("") == "Không ghi năm"


# --- source excerpts ------------------------------------------------------------------------------
def _doc(path, **kw) -> Document:
    return Document(
        name=path.name,
        title="Kế hoạch A",
        kind="Kế hoạch",
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        **kw,
    )


def test_excerpt_shows_original_lines_and_marks_the_cited_ones(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n".join(f"dòng {i} <b>" for i in range(1, 41)) + "\n", encoding="utf-8")
    clause = Clause(doc="a.txt", path="II.1", label="Mục II, khoản 1", titles=(), lines=(18, 24), text="x")
    excerpt = SourceReader([tmp_path]).excerpt(_doc(path), (20, 21), clauses=[clause])
    assert excerpt.exact
    assert [n for n, _, _ in excerpt.lines] == list(range(15, 28))  # the clause ± 3 lines
    assert [n for n, _, hit in excerpt.lines if hit] == [20, 21]
    assert excerpt.lines[5][1] == "dòng 20 <b>"  # as in the file; escaping is the panel's job


def test_changed_file_falls_back_to_the_index_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("một\nhai\nba\n", encoding="utf-8")
    document = _doc(path)
    path.write_text("một\nHAI ĐÃ SỬA\nba\n", encoding="utf-8")
    clause = Clause(doc="a.txt", path="1", label="Mục 1", titles=(), lines=(2, 2), text="hai")
    excerpt = SourceReader([tmp_path]).excerpt(document, (2, 2), clauses=[clause], passages=[clause])
    assert not excerpt.exact and excerpt.note and excerpt.lines == ((2, "hai", True),)


def test_a_file_indexed_from_another_folder_is_found_where_the_index_read_it(tmp_path):
    """An index built from other folders (`kehoach index corpus ../shared/external-dev`) records where
    each file was read: the panel shows its original lines from there, still checked by sha256."""
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    path = elsewhere / "b.txt"
    path.write_text("một\nhai\nba\n", encoding="utf-8")
    document = _doc(path)
    reader = SourceReader([tmp_path / "corpus"])
    assert not reader.excerpt(document, (2, 2)).exact
    excerpt = reader.excerpt(document, (2, 2), indexed_from=str(path))
    assert excerpt.exact and [n for n, _, hit in excerpt.lines if hit] == [2]
    path.write_text("một\nHAI ĐÃ SỬA\nba\n", encoding="utf-8")  # changed since: not its lines any more
    assert not SourceReader([tmp_path / "corpus"]).excerpt(document, (2, 2), indexed_from=str(path)).exact


# --- logins, names, dates -------------------------------------------------------------------------
def test_users_from_file_and_environment(tmp_path):
    auth = tmp_path / "users"
    auth.write_text("# comment\nan:mật:khẩu\n\nbinh:pw2:viewer\ncuong:a:b:editor\n", encoding="utf-8")
    assert read_users(str(auth), {"KEHOACH_AUTH": "chi:x, dung:y:viewer"}) == [
        ("an", "mật:khẩu", "editor"),
        ("binh", "pw2", "viewer"),
        ("cuong", "a:b", "editor"),
        ("chi", "x", "editor"),
        ("dung", "y", "viewer"),
    ]


def test_bad_login_line_is_named_without_its_password():
    with pytest.raises(AuthError) as err:
        parse_users("an:ok\nbí-mật-không-có-tên\n", "users.txt")
    assert "users.txt, line 2" in str(err.value) and "bí-mật" not in str(err.value)


def test_safe_file_names_and_dates():
    assert safe_file_name("../../etc/Kế hoạch.DOCX") == "Kế hoạch.docx"
    assert safe_file_name(".hidden.txt") == "hidden.txt"
    assert parse_date("5/6/2025") == "2025-06-05" and parse_date("2025-06-25") == "2025-06-25"
    assert parse_date("") is None
    with pytest.raises(ValueError, match="không tồn tại"):
        parse_date("31/02/2025")


def test_serve_is_a_cli_command():
    from assistant.cli import build_parser

    args = build_parser().parse_args(["serve", "--port", "8123", "--root-path", "/kehoach"])
    assert args.port == 8123 and args.host == "127.0.0.1" and args.root_path == "/kehoach"


# --- uploads and removals through a real index ----------------------------------------------------
PLAN = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
Số: 7/KH-UBND
KẾ HOẠCH
Thử nghiệm tra cứu văn bản
I. MỤC ĐÍCH
1. Sở Tư pháp chủ trì số hóa toàn bộ văn bản quy phạm pháp luật của tỉnh trong năm 2026.
2. Sở Nội vụ phối hợp tập huấn cho công chức cấp xã.
"""


def test_upload_is_searchable_at_once_and_old_readers_keep_their_index(tmp_path):
    from assistant.webapp.documents_tab import check_upload, index_upload, remove_document
    from assistant.webapp.runtime import Runtime
    from indexer.settings import Settings

    settings = Settings.load(
        index_dir=tmp_path / "data" / "index", embedder="hash:64", corpus_dir=tmp_path / "corpus"
    )
    runtime = Runtime(settings)
    assert runtime.live() is None and "kehoach index" in runtime.error
    source = tmp_path / "incoming" / "ke-hoach-thu.txt"
    source.parent.mkdir()
    source.write_text(PLAN, encoding="utf-8")
    pending, message, form = check_upload(runtime, str(source))
    assert pending and "Đã đọc" in message and form["number"] == "7/KH-UBND"
    ok, message = index_upload(
        runtime, pending, {**form, "title": "Kế hoạch thử nghiệm", "date": "03/02/2026"}
    )
    assert ok, message
    assert (tmp_path / "data" / "uploads" / "ke-hoach-thu.txt").is_file()
    first = runtime.live()
    assert first.searcher.document("ke-hoach-thu.txt").date == "2026-02-03"
    assert first.searcher.search("số hóa văn bản quy phạm pháp luật", 1)[0].chunk.doc == "ke-hoach-thu.txt"

    second = tmp_path / "incoming" / "ke-hoach-hai.txt"
    second.write_text(
        PLAN.replace("Sở Tư pháp chủ trì số hóa", "Sở Y tế chủ trì khám sàng lọc"), encoding="utf-8"
    )
    pending, _, form = check_upload(runtime, str(second))
    assert index_upload(runtime, pending, form)[0]
    assert runtime.live() is not first and runtime.live().searcher.document("ke-hoach-hai.txt")
    assert first.searcher.document("ke-hoach-hai.txt") is None  # a reader holding the old index is unaffected
    assert first.searcher.search("Sở Tư pháp", 1)  # and can still search it

    refused, message, _ = check_upload(runtime, str(tmp_path / "incoming" / "notes.odt"))
    assert refused is None and "chỉ nhận" in message
    bad = tmp_path / "incoming" / "fake.pdf"
    bad.write_text("không phải PDF", encoding="utf-8")
    refused, message, _ = check_upload(runtime, str(bad))
    assert refused is None and message.startswith("❌") and "PDF" in message

    ok, message = remove_document(runtime, "ke-hoach-thu.txt")
    assert ok, message
    assert runtime.live().searcher.document("ke-hoach-thu.txt") is None
    assert not (tmp_path / "data" / "uploads" / "ke-hoach-thu.txt").exists()


def test_charts_draw_document_text_literally(tmp_path):
    from assistant.webapp.tasks_tab import chart_deadlines, chart_lead_agencies

    rows = [
        dict(ROWS[0], lead="Sở $x^$ Tài chính; Sở Tư pháp", province="Tỉnh $\\frac$"),
        dict(ROWS[0], deadline="Quý II năm 2026"),
    ]
    lead = chart_lead_agencies(rows)
    labels = [t.get_text() for t in lead.axes[0].get_yticklabels()]
    assert any("Tài chính" in label for label in labels)
    lead.savefig(tmp_path / "lead.png")  # "$…$" would fail here if it were read as mathematics
    years = chart_deadlines(rows)
    ticks = [t.get_text() for t in years.axes[0].get_xticklabels()]
    assert ticks == ["2026", "Thường\nxuyên"]  # two-word labels on two lines, so neighbours never touch
    years.savefig(tmp_path / "years.png")
    empty = chart_lead_agencies([])
    assert "Không có nhiệm vụ" in empty.axes[0].texts[0].get_text()


# --- login throttling ------------------------------------------------------------------------------
def test_login_throttle_backs_off_per_user_and_per_client():
    from assistant.webapp.security import LOCK_SECONDS, LoginThrottle, throttle_message

    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    keys = ("client:10.0.0.1", "user:an")
    for _ in range(4):
        throttle.failed(*keys)
    assert throttle.wait_seconds(*keys) == 0
    throttle.failed(*keys)
    assert throttle.wait_seconds(*keys) == LOCK_SECONDS
    assert throttle.wait_seconds("client:10.0.0.1", "user:binh") == 0  # the client may try other names
    now[0] += LOCK_SECONDS
    assert throttle.wait_seconds(*keys) == 0
    throttle.failed(*keys)
    assert throttle.wait_seconds(*keys) == 2 * LOCK_SECONDS  # each further failure doubles the wait
    for i in range(10):
        throttle.failed("client:10.0.0.2", f"user:khach{i}")
    assert throttle.wait_seconds("client:10.0.0.2", "user:chi") > 0  # one address, many names
    throttle.succeeded(*keys)
    assert throttle.wait_seconds(*keys) == 0
    assert "30 giây" in throttle_message(29.2) and "phút" in throttle_message(600)


def test_idle_browser_sessions_are_dropped():
    import datetime as dt
    import time
    from types import SimpleNamespace

    from gradio.state_holder import StateHolder

    from assistant.cli_serve import expire_idle_sessions

    holder = StateHolder()
    now = dt.datetime.now()
    for session, age in (("old", 7200), ("recent", 10)):
        holder.session_data[session] = object()
        holder.time_last_used[session] = now - dt.timedelta(seconds=age)
    expire_idle_sessions(SimpleNamespace(state_holder=holder), idle_seconds=3600, every=0.01)
    deadline = time.time() + 5
    while "old" in holder.session_data and time.time() < deadline:
        time.sleep(0.01)
    assert list(holder.session_data) == ["recent"] and list(holder.time_last_used) == ["recent"]
