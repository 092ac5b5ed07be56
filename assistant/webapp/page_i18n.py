"""The page in Vietnamese: `lang="vi"`, Gradio's built-in English strings translated, and the small page
behaviours that Gradio has no option for (the closed source panel out of the Tab order, filter dropdowns
that take letters without tone marks). `HEAD_SCRIPT` goes into the page's <head>; `gradio_i18n()` is
Gradio's own i18n mechanism, given to launch()."""

from __future__ import annotations

import gradio as gr

# Gradio's built-in strings that its i18n does not cover in Vietnamese (there is no "vi" locale, and many
# labels are not translatable at all): translated where they appear, exactly as whole strings.
GRADIO_WORDS = {
    "Toggle Sidebar": "Mở/đóng bảng nguồn",
    "More tabs": "Thêm thẻ",
    "chatbot conversation": "Cuộc hỏi đáp",
    "Table actions": "Thao tác với bảng",
    "Open cell menu": "Mở menu cột",
    "Copy table data": "Sao chép dữ liệu bảng",
    "Fullscreen": "Toàn màn hình",
    "Exit fullscreen": "Thoát toàn màn hình",
    "Sort ascending": "Sắp xếp tăng dần",
    "Sort descending": "Sắp xếp giảm dần",
    "Clear sort": "Bỏ sắp xếp",
    "Filter": "Lọc",
    "Clear filters": "Bỏ lọc",
    "Search": "Tìm",
    "Error": "Lỗi",
    "Warning": "Cảnh báo",
    "Info": "Thông báo",
    "Close": "Đóng",
    "Loading": "Đang tải",
    "Loading...": "Đang tải…",
    "Copy": "Sao chép",
    "Copied": "Đã sao chép",
    "Copy message": "Sao chép tin nhắn",
    "Copied message": "Đã sao chép tin nhắn",
    "Clear": "Xoá",
    "Download": "Tải xuống",
    "Submit": "Gửi",
    "Examples": "Ví dụ",
    "Uploading...": "Đang tải lên…",
    "Drop File Here": "Thả tệp vào đây",
    "Click to Upload": "Bấm để tải lên",
    "Click to upload or drop files": "Bấm để tải lên hoặc thả tệp vào đây",
    "An error occurred.": "Đã xảy ra lỗi.",
    "Connection errored out.": "Mất kết nối tới máy chủ.",
    "Lost connection due to leaving page. Rejoining queue...": "Mất kết nối khi rời trang. Đang vào lại hàng đợi…",
    "Waiting for file(s) to finish uploading, please retry.": "Đang chờ tải tệp lên xong, hãy thử lại.",
    "Dropdown": "Danh sách chọn",
    "Plot": "Biểu đồ",
}
# (pattern, replacement) for strings with a variable part
GRADIO_PATTERNS = (
    (r"^Select example (\d+): ", "Chọn câu hỏi mẫu $1: "),
    (r"^processing \|?", "đang xử lý |"),
    (r"^processing$", "đang xử lý"),
    (r"^In queue: (\d+) of (\d+)", "Trong hàng đợi: $1/$2"),
    (r"^Invalid file types?: (.*)\. Only (.*) allowed\.$", "Không nhận tệp $1: chỉ nhận $2."),
)


def _i18n_script() -> str:
    import json

    return (
        "const KH_WORDS = " + json.dumps(GRADIO_WORDS, ensure_ascii=False) + ";\n"
        "const KH_PATTERNS = ["
        + ", ".join(
            f"[new RegExp({json.dumps(p)}), {json.dumps(r, ensure_ascii=False)}]" for p, r in GRADIO_PATTERNS
        )
        + "];\n"
    )


# In <head>: Gradio's page says lang="en"; the page is Vietnamese. Then: Gradio's English strings in
# Vietnamese (never inside document text, answers or tables); the closed source panel out of the Tab
# order (inert); a filter dropdown that shows "Tất cả" is emptied when focused so typing replaces it, and
# letters typed without tone marks are given the marks of the first matching choice, so that Gradio's
# own filter (a plain substring match) finds "Sở Tài chính" from "so tai chinh".
HEAD_SCRIPT = """
document.documentElement.lang = 'vi';
(() => {
  const SKIP = '.kh-src-lines, [data-testid="bot"], [data-testid="user"], #kh-tasks tbody, #kh-docs tbody, '
    + '#kh-report tbody, .kh-status, #kh-header h1';
  const tr = (s) => {
    if (!s) return s;
    const t = s.trim();
    if (Object.prototype.hasOwnProperty.call(KH_WORDS, t)) return s.replace(t, KH_WORDS[t]);
    for (const [re, to] of KH_PATTERNS) if (re.test(t)) return s.replace(t, t.replace(re, to));
    return s;
  };
  const fixEl = (el) => {
    if (!el || el.nodeType !== 1) return;
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) { const w = tr(v); if (w !== v) el.setAttribute(a, w); }
    }
  };
  const fixText = (node) => {
    if (node.parentElement && node.parentElement.closest(SKIP)) return;
    const w = tr(node.nodeValue);
    if (w !== node.nodeValue) node.nodeValue = w;
  };
  const walk = (root) => {
    if (root.nodeType === 3) { fixText(root); return; }
    if (root.nodeType !== 1) return;
    fixEl(root);
    for (const el of root.querySelectorAll('[aria-label],[title],[placeholder]')) fixEl(el);
    const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = it.nextNode(); n; n = it.nextNode()) fixText(n);
  };
  const sidebar = () => {
    const side = document.querySelector('#kh-sidebar');
    const content = side && side.querySelector('.sidebar-content');
    if (content) {
      const open = side.classList.contains('open');
      if (open) content.removeAttribute('inert'); else content.setAttribute('inert', '');
    }
  };
  const start = () => {
    walk(document.body);
    sidebar();
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') {
          if (r.attributeName === 'class' && r.target.id === 'kh-sidebar') sidebar();
          else fixEl(r.target);
        } else if (r.type === 'characterData') fixText(r.target);
        else for (const n of r.addedNodes) walk(n);
      }
      if (document.documentElement.lang !== 'vi') document.documentElement.lang = 'vi';
      if (document.querySelector('#kh-sidebar .sidebar-content:not([inert])')) sidebar();
    }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ['aria-label', 'title', 'placeholder', 'class']});
  };
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);

  const fold = (s) => s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/đ/g, 'd')
    .replace(/Đ/g, 'D').toLowerCase();
  const ALL_LABELS = ['Tất cả', 'Tất cả văn bản'];
  document.addEventListener('focusin', (ev) => {
    const input = ev.target;
    if (!input || !input.closest || !input.closest('.kh-filter') || input.tagName !== 'INPUT') return;
    if (ALL_LABELS.includes(input.value)) {
      input.value = '';
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
  });
  document.addEventListener('input', (ev) => {
    const input = ev.target;
    if (!input || !input.closest || !input.closest('.kh-filter') || input.tagName !== 'INPUT') return;
    const typed = input.value;
    if (!typed) return;
    const holder = document.querySelector('#kh-names');  // written by header_html()
    const lists = holder ? JSON.parse(holder.getAttribute('data-names') || '{}') : {};
    const box = input.closest('.kh-filter');
    if ((box.id || '').endsWith('-doc')) return;  // document labels: Gradio's own filter
    const names = (box.id || '').includes('province') ? (lists.provinces || []) : (lists.agencies || []);
    const key = fold(typed);
    let best = null;
    names.forEach((name, order) => {
      const folded = fold(name);
      const at = folded.indexOf(key);
      if (at < 0) return;
      // a match at the start of the name first, then at the start of a word, then anywhere
      const rank = [at === 0 ? 0 : folded[at - 1] === ' ' ? 1 : 2, order];
      if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1])) {
        best = {rank, marked: name.slice(at, at + typed.length)};
      }
    });
    if (best && best.marked !== typed) {
      input.value = best.marked;
      input.setSelectionRange(best.marked.length, best.marked.length);
    }
  }, true);
})();
"""


def head_script() -> str:
    """The <script> body for the page's <head>."""
    return _i18n_script() + HEAD_SCRIPT


# Gradio's i18n keys for its built-in strings (gradio/templates/frontend/lang), in Vietnamese. Gradio has no
# "vi" locale of its own, so a Vietnamese browser falls back to English: the same words are given for "en"
# as flat keys, and the page script (GRADIO_WORDS) translates whatever Gradio still prints in English.
I18N_KEYS = {
    "common.clear": "Xoá",
    "common.download": "Tải xuống",
    "common.error": "Lỗi",
    "common.loading": "Đang tải",
    "common.submit": "Gửi",
    "common.remove": "Gỡ",
    "common.edit": "Sửa",
    "common.empty": "Trống",
    "common.or": "hoặc",
    "common.settings": "Cài đặt",
    "common.language": "Ngôn ngữ",
    "common.progress": "Tiến độ",
    "dataframe.sort_ascending": "Sắp xếp tăng dần",
    "dataframe.sort_descending": "Sắp xếp giảm dần",
    "dataframe.clear_sort": "Bỏ sắp xếp",
    "dataframe.filter": "Lọc",
    "dataframe.clear_filter": "Bỏ lọc",
    "dataframe.sort_column": "Sắp xếp cột",
    "upload_text.click_to_upload": "Bấm để tải lên",
    "upload_text.drop_file": "Thả tệp vào đây",
    "file.uploading": "Đang tải lên…",
    "status.queue_position": "Trong hàng đợi: {position}/{size}",
    "blocks.lost_connection": "Mất kết nối khi rời trang. Đang vào lại hàng đợi…",
    "blocks.waiting_for_inputs": "Đang chờ tải tệp lên xong, hãy thử lại.",
    "chatbot.copy_message": "Sao chép tin nhắn",
    "chatbot.copied_message": "Đã sao chép tin nhắn",
    "chatbot.clear": "Xoá",
    "chat_interface.chatbot": "Hỏi đáp",
    "chat_interface.conversation": "Cuộc hỏi đáp",
    "plot.plot": "Biểu đồ",
    "dropdown.dropdown": "Danh sách chọn",
}


def gradio_i18n() -> gr.I18n:
    return gr.I18n(vi=dict(I18N_KEYS), en=dict(I18N_KEYS))
