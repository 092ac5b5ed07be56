"""The web app's words that come from the index (title, examples, placeholder), and the chat filters that a
question contradicts; over records in memory, for a corpus that is not the bundled one."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.webapp.chat import resolve_filters
from assistant.webapp.corpus_profile import profile, reference_name
from indexer.records import Document, Task


class TaskIndex:
    """The part of assistant.retrieve.Searcher these read (documents, tasks), over records in memory."""

    def __init__(self, documents, tasks) -> None:
        self._docs = {d.name: d for d in documents}
        self._tasks = list(tasks)

    def documents(self):
        return list(self._docs.values())

    def document(self, name):
        return self._docs.get(name)

    def tasks(self):
        return list(self._tasks)


def _task(doc, number, name, lead, deadline):
    return Task(
        doc=doc,
        group="",
        group_title="",
        number=number,
        name=name,
        lead=(lead,),
        coordinating=(),
        output=None,
        deadline=deadline,
        lines=(10 + int(number), 10 + int(number)),
        lead_ids=(lead,),
    )


def _live():
    docs = [
        Document(
            "dl.txt",
            "Kế hoạch Đắk Lắk",
            "Kế hoạch",
            "5/KH-UBND",
            province="Đắk Lắk",
            implements=("12/CT-TTg",),
        ),
        Document(
            "gl.txt",
            "Kế hoạch Gia Lai",
            "Kế hoạch",
            "7/KH-UBND",
            province="Gia Lai",
            implements=("12/CT-TTg",),
        ),
    ]
    tasks = [
        _task(
            "dl.txt",
            "1",
            "Xây dựng kho dữ liệu đất đai dùng chung",
            "Sở Nông nghiệp và Môi trường",
            "Năm 2027",
        ),
        _task("dl.txt", "2", "Số hóa hồ sơ địa chính cấp xã", "Sở Nông nghiệp và Môi trường", "Quý II/2027"),
        _task("gl.txt", "1", "Tập huấn cán bộ địa chính", "Sở Nội vụ", "Năm 2026"),
    ]
    return SimpleNamespace(searcher=TaskIndex(docs, tasks))


def test_title_examples_and_placeholder_come_from_the_index():
    words = profile(_live())
    assert words.title == "Trợ lý tra cứu văn bản thực hiện Chỉ thị 12/CT-TTg"
    assert "12/CT-TTg" in words.tab_title
    assert (
        "Đắk Lắk" in words.placeholder and "Gia Lai" in words.placeholder and "2 văn bản" in words.placeholder
    )
    text = " ".join(words.examples)
    assert "Sở Nông nghiệp và Môi trường Đắk Lắk chủ trì những nhiệm vụ nào?" in words.examples
    assert "Nhiệm vụ nào của Đắk Lắk hoàn thành năm 2027?" in words.examples
    assert any(q.startswith("Cơ quan nào chủ trì nhiệm vụ ") for q in words.examples)
    for bundled in ("66-NQ/TW", "Hà Tĩnh", "Phú Thọ", "Cổng pháp luật"):
        assert bundled not in text + words.title + words.placeholder


def test_empty_index_and_reference_names():
    words = profile(None)
    assert words.examples == () and "Chưa có văn bản" in words.placeholder
    assert reference_name("66-NQ/TW") == "Nghị quyết 66-NQ/TW"
    assert reference_name("45-CTr/TU") == "Chương trình 45-CTr/TU"
    assert reference_name("ABC") == "ABC"


def test_a_filter_the_question_contradicts_is_dropped_with_a_note():
    live = _live()
    province, doc, note = resolve_filters(live, "Sở Nội vụ Gia Lai chủ trì nhiệm vụ nào?", "Đắk Lắk", None)
    assert province is None and doc is None
    assert "Gia Lai" in note and "Đắk Lắk" in note
    # tone marks optional in the question
    province, _, note = resolve_filters(live, "nhiem vu cua gia lai", "Đắk Lắk", None)
    assert province is None and note
    # a document filter of another province, or another document's number
    _, doc, note = resolve_filters(live, "Gia Lai có nhiệm vụ gì?", None, "dl.txt")
    assert doc is None and "văn bản" in note
    _, doc, note = resolve_filters(live, "Kế hoạch 7/KH-UBND giao gì?", None, "dl.txt")
    assert doc is None and note
    # no contradiction: the filters stay, no note
    assert resolve_filters(live, "Nhiệm vụ nào hoàn thành năm 2027?", "Đắk Lắk", "dl.txt") == (
        "Đắk Lắk",
        "dl.txt",
        None,
    )
    assert resolve_filters(live, "Đắk Lắk có nhiệm vụ gì?", "Đắk Lắk", "__all__") == ("Đắk Lắk", None, None)


def test_task_table_sort_and_export_names():
    from assistant.webapp.tasks_tab import export_stem, sort_rows

    rows = [
        {"deadline": "Thường xuyên", "province": "Phú Thọ", "lead": "Sở Tư pháp"},
        {"deadline": "Năm 2027", "province": "Hà Tĩnh", "lead": "Sở Nội vụ"},
        {"deadline": "Quý I/2026", "province": "Đắk Lắk", "lead": "Sở Tài chính"},
        {"deadline": "", "province": "Gia Lai", "lead": "Ban Dân tộc"},
    ]
    assert [r["deadline"] for r in sort_rows(rows, "deadline")] == [
        "Quý I/2026",
        "Năm 2027",
        "Thường xuyên",
        "",
    ]
    assert [r["province"] for r in sort_rows(rows, "province")] == [
        "Đắk Lắk",
        "Gia Lai",
        "Hà Tĩnh",
        "Phú Thọ",
    ]
    assert sort_rows(rows, "doc") == rows
    assert export_stem("Hà Tĩnh", "Sở Tư pháp") == "nhiem-vu_so-tu-phap_ha-tinh"
    assert export_stem("__all__", "__all__", "", "", "") == "nhiem-vu"
    assert export_stem(None, None, "Sở Tài chính", "2026", "cơ sở dữ liệu") == (
        "nhiem-vu_phoi-hop-so-tai-chinh_han-2026_co-so-du-lieu"
    )
