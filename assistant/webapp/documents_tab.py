"""The documents tab: what is indexed (metadata and counts), adding a file of any format the indexer reads
(indexer.load.SUPPORTED_SUFFIXES), removing one.

An upload is checked by the loader (type by content, size, readable text) before anything is kept;
the metadata form starts from guess_metadata and is saved in uploads/manifest.json; the file is kept
in uploads/ beside the index directory (never in corpus/) and indexed incrementally by build_index,
which holds the index's writer lock. The app then re-opens the index: the document is searchable at
once, and readers that were already answering finish on the previous generation.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import gradio as gr

from assistant.webapp.escape import md_text, plain_one_line
from assistant.webapp.source_panel import format_date, readable_name

log = logging.getLogger("kehoach.webapp")

# the readable name (province · kind number · date) first; the file name, a hash for the bundled corpus,
# last. Widths in px so that no word or date is broken.
DOC_HEADERS = (
    "Văn bản",
    "Tiêu đề",
    "Điều khoản",
    "Nhiệm vụ",
    "Đoạn",
    "Cơ quan ban hành",
    "Dự thảo",
    "Nguồn",
    "Tệp",
)
DOC_WIDTHS = [210, 340, 84, 84, 64, 150, 76, 110, 170]
KINDS = (
    "Kế hoạch",
    "Quyết định",
    "Công văn",
    "Nghị quyết",
    "Chỉ thị",
    "Thông báo",
    "Báo cáo",
    "Luật",
    "Nghị định",
    "Thông tư",
    "Văn bản",
)


def safe_file_name(name: str) -> str:
    """A bare, harmless file name: no folders, no leading dot, no control or path characters."""
    name = unicodedata.normalize("NFC", Path(str(name).replace("\\", "/")).name)
    name = re.sub(r"[\x00-\x1f\x7f/:*?\"<>|]+", "_", name).strip().lstrip(".") or "tai-lieu"
    stem, suffix = os.path.splitext(name)
    return f"{stem[:120]}{suffix.lower()}"


def parse_date(text: str | None) -> str | None:
    """ "25/6/2025", "25-06-2025" or "2025-06-25" -> "2025-06-25"; blank -> None; else ValueError."""
    text = (text or "").strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if not m:
            raise ValueError(f"ngày “{text}” không hợp lệ: viết theo dạng ngày/tháng/năm, ví dụ 25/06/2025")
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as exc:
        raise ValueError(f"ngày “{text}” không tồn tại") from exc


def formats_text() -> str:
    """The formats the indexer reads, as a user reads them: "TXT, PDF, DOCX"."""
    from indexer.load import SUPPORTED_SUFFIXES

    return ", ".join(suffix.lstrip(".").upper() for suffix in SUPPORTED_SUFFIXES)


EMPTY_FORM = {
    "title": "",
    "kind": "Văn bản",
    "number": "",
    "issuer": "",
    "province": "",
    "date": "",
    "draft": False,
    "implements": "",
}


def document_rows(live, uploads: Path) -> list[list]:
    if live is None:
        return []
    store = live.searcher.store
    clauses, tasks, chunks = ({}, {}, {})
    for c in store.clauses():
        clauses[c.doc] = clauses.get(c.doc, 0) + 1
    for t in store.tasks():
        tasks[t.doc] = tasks.get(t.doc, 0) + 1
    for c in store.chunks():
        chunks[c.doc] = chunks.get(c.doc, 0) + 1
    rows = []
    for d in sorted(live.searcher.documents(), key=lambda d: (d.province or "", d.name)):
        origin = "Tải lên" if (uploads / d.name).is_file() else "Kho văn bản"
        rows.append(
            [
                readable_name(d),
                d.title,
                clauses.get(d.name, 0),
                tasks.get(d.name, 0),
                chunks.get(d.name, 0),
                d.issuer or "",
                "có" if d.draft else "",
                origin,
                d.name,
            ]
        )
    return rows


def check_upload(runtime, path: str | None) -> tuple[dict | None, str, dict]:
    """(pending upload or None, message, form values) for a file the user picked."""
    from indexer.clean import clean_lines
    from indexer.load import SUPPORTED_SUFFIXES, LoadError, load_file
    from indexer.metadata import guess_metadata

    if not path:
        return None, "", {}
    source = Path(path)
    name = safe_file_name(source.name)
    limit = runtime.settings.max_file_mb
    if Path(name).suffix not in SUPPORTED_SUFFIXES:
        shown = Path(name).suffix or "không có phần mở rộng"
        return None, f"❌ Không nhận tệp “{name}” ({shown}): chỉ nhận {formats_text()}.", {}
    size = source.stat().st_size
    if size > limit * 1024 * 1024:
        return None, f"❌ Không nhận tệp “{name}”: {size / 1048576:.1f} MB, vượt giới hạn {limit:g} MB.", {}
    try:
        loaded = load_file(source, max_mb=limit)
    except LoadError as exc:
        return None, f"❌ Không nhận tệp: {plain_one_line(exc.reason)} (“{name}”).", {}
    live = runtime.live()
    existing = live.searcher.document(name) if live else None
    replacing = ""
    if existing is not None:
        if not (runtime.uploads_dir / name).is_file():
            return (
                None,
                (
                    f"❌ Đã có văn bản “{name}” trong kho văn bản. Hãy đổi tên tệp rồi tải lên lại "
                    "(văn bản trong kho không bị thay thế từ trang này)."
                ),
                {},
            )
        replacing = " Tệp này sẽ thay thế bản đã tải lên trước đó."
    guess = guess_metadata(name, clean_lines([line.text for line in loaded.lines]))
    form = {
        "title": guess.get("title") or name,
        "kind": guess.get("kind") or "Văn bản",
        "number": guess.get("number") or "",
        "issuer": guess.get("issuer") or "",
        "province": guess.get("province") or "",
        "date": format_date(guess["date"]) if guess.get("date") else "",
        "draft": bool(guess.get("draft")),
        "implements": ", ".join(guess.get("implements") or ()),
    }
    pending = {"path": str(source), "name": name, "sha256": loaded.sha256}
    message = (
        f"✅ Đã đọc “{name}”: {len(loaded.lines)} dòng ({loaded.encoding}). Kiểm tra các thông tin đoán "
        f"được bên dưới, sửa nếu cần, rồi bấm “Lập chỉ mục”.{replacing}"
    )
    return pending, message, form


def index_upload(runtime, pending: dict | None, form: dict, progress=None) -> tuple[bool, str]:
    """Keep the file in uploads/, record its metadata, index it. (ok, message)."""
    from indexer.metadata import save_manifest_entry

    if not pending:
        return False, "❌ Chưa chọn tệp (hoặc tệp không hợp lệ)."
    title, kind = (form.get("title") or "").strip(), (form.get("kind") or "").strip()
    if not title or not kind:
        return False, "❌ Cần có tiêu đề và loại văn bản."
    try:
        date = parse_date(form.get("date"))
    except ValueError as exc:
        return False, f"❌ {exc}"
    implements = [r.strip() for r in re.split(r"[,;]", form.get("implements") or "") if r.strip()]
    name = pending["name"]
    entry = {
        "name": name,
        "title": title,
        "kind": kind,
        "number": (form.get("number") or "").strip() or None,
        "issuer": (form.get("issuer") or "").strip() or None,
        "province": (form.get("province") or "").strip() or None,
        "date": date,
        "draft": bool(form.get("draft")),
        "implements": implements,
    }
    uploads = runtime.uploads_dir
    uploads.mkdir(parents=True, exist_ok=True)
    target = uploads / name
    backup = target.read_bytes() if target.is_file() else None
    staging = uploads / f".upload-{os.getpid()}-{name}"
    try:
        shutil.copyfile(pending["path"], staging)
        os.replace(staging, target)
        save_manifest_entry(uploads, entry)
        report = runtime.index_files([target], progress=progress)
    except (OSError, ValueError) as exc:
        staging.unlink(missing_ok=True)
        _restore(target, backup)
        return False, f"❌ Không lập chỉ mục được “{name}”: {plain_one_line(exc)}"
    if report.errors or name not in report.indexed + report.reused:
        _restore(target, backup)
        reason = "; ".join(report.errors) or "không rõ lý do"
        return False, f"❌ Không lập chỉ mục được “{name}”: {plain_one_line(reason)}"
    live = runtime.live()
    store = live.searcher.store if live else None
    counts = (len(store.clauses(name)), len(store.tasks(name))) if store else (0, 0)
    log.info("uploaded and indexed %s", name)
    seconds = f"{report.seconds:.1f}".replace(".", ",")
    return True, (
        f"✅ Đã lập chỉ mục “{name}” ({counts[0]} điều khoản, {counts[1]} nhiệm vụ) trong {seconds} s. "
        "Có thể hỏi về văn bản này ngay ở thẻ “Hỏi đáp”."
    )


def _restore(target: Path, backup: bytes | None) -> None:
    if backup is None:
        target.unlink(missing_ok=True)
    else:
        target.write_bytes(backup)


def remove_document(runtime, name: str | None, progress=None) -> tuple[bool, str]:
    live = runtime.live()
    if not name or live is None or live.searcher.document(name) is None:
        return False, "❌ Chọn một văn bản có trong chỉ mục."
    try:
        report = runtime.remove([name], progress=progress)
    except (OSError, ValueError) as exc:
        return False, f"❌ Không gỡ được “{name}”: {plain_one_line(exc)}"
    if name not in report.removed:
        return False, f"❌ Không gỡ được “{name}”."
    uploaded = runtime.uploads_dir / name
    if uploaded.is_file():
        uploaded.unlink()  # otherwise the next start would index it again
        return True, f"✅ Đã gỡ “{name}” khỏi chỉ mục và xoá tệp đã tải lên."
    return True, (
        f"✅ Đã gỡ “{name}” khỏi chỉ mục. Tệp gốc trong kho văn bản không bị xoá: lần chạy "
        "`kehoach index corpus/` sau sẽ đưa nó trở lại."
    )


# --- UI -------------------------------------------------------------------------------------------
@dataclass
class DocumentsUI:
    table: gr.Dataframe
    remove_choice: gr.Dropdown
    changed: list  # events (dependencies) after which the other tabs refresh
    editor_only: list  # shown to editors only (app.py hides them from a "viewer" login)
    editor_triggers: list  # components whose events only editors may run (the server refuses the others)


def _progress_callback(progress):
    if progress is None:
        return None

    def report(stage: str, done: int, total: int) -> None:
        share = done / total if total else 1.0
        if stage == "parse":
            progress(0.05 + 0.25 * share, desc="Đọc và phân tích tài liệu")
        else:
            progress(0.3 + 0.65 * share, desc=f"Tạo chỉ mục ngữ nghĩa ({done}/{total} đoạn)")

    return report


def build_documents(runtime) -> DocumentsUI:
    from indexer.load import SUPPORTED_SUFFIXES

    limit = runtime.settings.max_file_mb
    formats = formats_text()
    live = runtime.live()
    table = gr.Dataframe(
        value=document_rows(live, runtime.uploads_dir),
        headers=list(DOC_HEADERS),
        datatype=["str"] * len(DOC_HEADERS),
        column_widths=DOC_WIDTHS,
        interactive=False,
        wrap=True,
        max_height=360,
        label="Văn bản đã lập chỉ mục",
        elem_id="kh-docs",
    )
    with gr.Accordion(f"Thêm văn bản ({formats})", open=True, elem_id="kh-upload-acc") as upload_box:
        gr.Markdown(
            f"Tệp tối đa {limit:g} MB; PDF phải có lớp chữ (không phải ảnh quét). Tệp được lưu trong thư mục "
            "`uploads/` cạnh chỉ mục, không sửa kho văn bản gốc."
        )
        upload = gr.UploadButton(
            f"Chọn tệp ({formats})…",
            file_types=list(SUPPORTED_SUFFIXES),
            file_count="single",
            elem_id="kh-upload",
            variant="secondary",
            size="md",
        )
        status = gr.Markdown(elem_id="kh-upload-status")
        with gr.Row():
            title = gr.Textbox(label="Tiêu đề", scale=3, min_width=240, elem_id="kh-meta-title")
            kind = gr.Dropdown(
                list(KINDS),
                value="Văn bản",
                label="Loại văn bản",
                allow_custom_value=True,
                scale=1,
                min_width=150,
            )
        with gr.Row():
            number = gr.Textbox(label="Số ký hiệu", placeholder="12/KH-UBND", min_width=140)
            issuer = gr.Textbox(label="Cơ quan ban hành", min_width=180)
            province = gr.Textbox(label="Tỉnh/thành phố", min_width=140)
            date = gr.Textbox(label="Ngày ban hành", placeholder="ngày/tháng/năm", min_width=130)
        with gr.Row():
            implements = gr.Textbox(
                label="Thực hiện văn bản", placeholder="66-NQ/TW, 140/NQ-CP", scale=3, min_width=200
            )
            draft = gr.Checkbox(label="Dự thảo", scale=1, min_width=100)
        index_btn = gr.Button("Lập chỉ mục", variant="primary", interactive=False, elem_id="kh-index-btn")
    with gr.Accordion("Gỡ văn bản khỏi chỉ mục", open=False, elem_id="kh-remove-acc") as remove_box:
        remove_choice = gr.Dropdown(_remove_choices(live), label="Văn bản", elem_id="kh-remove-choice")
        remove_btn = gr.Button("Gỡ khỏi chỉ mục", variant="stop", size="sm", elem_id="kh-remove-btn")
        remove_status = gr.Markdown()
    pending = gr.State(None)
    form_fields = [title, kind, number, issuer, province, date, draft, implements]
    keys = ["title", "kind", "number", "issuer", "province", "date", "draft", "implements"]

    def on_file(path):
        found, message, form = check_upload(runtime, path)
        values = [{**EMPTY_FORM, **form}[k] for k in keys]  # every field from this file, none left over
        return (found, md_text(message), gr.Button(interactive=found is not None), *values)

    def clear_form():
        return (None, "Đang đọc tệp…", gr.Button(interactive=False), *[EMPTY_FORM[k] for k in keys])

    form_outputs = [pending, status, index_btn, *form_fields]
    upload.upload(clear_form, None, form_outputs, queue=False).then(
        on_file, upload, form_outputs, concurrency_id="check"
    )

    def on_index(found, *values, progress=gr.Progress()):  # noqa: B008 (how Gradio injects a progress bar)
        ok, message = index_upload(
            runtime, found, dict(zip(keys, values, strict=True)), progress=_progress_callback(progress)
        )
        current = runtime.live()
        return (
            md_text(message),  # names and reasons come from the file: shown as text
            document_rows(current, runtime.uploads_dir),
            gr.Dropdown(choices=_remove_choices(current)),
            None if ok else found,
            gr.Button(interactive=not ok and found is not None),
            None if ok else gr.skip(),
            *[
                EMPTY_FORM[k] if ok else gr.skip() for k in keys
            ],  # indexed: the form is empty for the next file
        )

    indexed = index_btn.click(
        on_index,
        [pending, *form_fields],
        [status, table, remove_choice, pending, index_btn, upload, *form_fields],
        concurrency_id="write",
        concurrency_limit=1,
    )

    def on_remove(name, progress=gr.Progress()):  # noqa: B008
        ok, message = remove_document(runtime, name, progress=_progress_callback(progress))
        current = runtime.live()
        return (
            md_text(message),
            document_rows(current, runtime.uploads_dir),
            gr.Dropdown(choices=_remove_choices(current), value=None),
        )

    removed = remove_btn.click(
        on_remove,
        remove_choice,
        [remove_status, table, remove_choice],
        concurrency_id="write",
        concurrency_limit=1,
        js="(name) => (name && confirm('Gỡ văn bản này khỏi chỉ mục?')) ? name : null",
    )
    return DocumentsUI(
        table, remove_choice, [indexed, removed], [upload_box, remove_box], [upload, index_btn, remove_btn]
    )


def _remove_choices(live) -> list[tuple[str, str]]:
    from assistant.webapp.chat import labelled_docs

    docs = sorted(live.searcher.documents(), key=lambda d: (d.province or "", d.name)) if live else []
    return labelled_docs(docs)
