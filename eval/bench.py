"""Speed and size: `kehoach bench` or `python -m eval.bench [--quick] [--scale N] [--index-dir DIR]`.

Prints, next to the targets:
- full-corpus index build seconds (a fresh temporary index), embedding throughput (chunks/s);
- hybrid search and `ask` latency p50/p95 over up to 100 questions of the QA sets; peak RAM;
- task extraction accuracy against the hand-checked fixture, when it and the scorer exist;
- a synthetic scale run (100,000 chunks by default): texts recombine real chunks' sentences, vectors are
  the source chunk's real vector plus small gaussian noise, re-normalised (embedding 100k passages on two
  cores takes an hour; throughput is reported separately). Written with `write_generation`, so FAISS
  switches to HNSW above settings.hnsw_threshold. Build and queries run in two subprocesses so that each
  peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
QA_SETS = (ROOT / "eval/data/qa.jsonl", ROOT.parent / "shared/eval/qa_dev.jsonl")
NOISE_SIGMA = 0.01  # per dimension; on 384-d unit vectors the noisy copy keeps a cosine of ~0.98
CHUNKS_PER_DOC = 1000
EMBED_SAMPLE = 128
TARGETS = {
    "build_seconds": 60.0,
    "search_p50_ms": 30.0,
    "ask_p50_ms": 50.0,
    "ask_p95_ms": 150.0,
    "scale_search_p50_ms": 150.0,
    "scale_rss_mb": 2048.0,
}
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n+")


def peak_rss_mb() -> float:
    """Peak resident memory of this process, MB. VmHWM first: Linux carries ru_maxrss over fork+exec, so
    a small child started by a big parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def pct(values: list[float], q: float) -> float | None:
    return float(np.percentile(values, q)) if values else None


def bench_questions(n: int) -> list[str]:
    """Up to n distinct questions from the QA sets (cycled when fewer exist)."""
    questions: list[str] = []
    for path in QA_SETS:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    q = json.loads(line).get("question") if line.strip() else None
                except ValueError:
                    continue
                if isinstance(q, str) and q not in questions:
                    questions.append(q)
    if not questions:
        questions = ["Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?"]
    return [questions[i % len(questions)] for i in range(n)]


def parse_list(text: str, kind):
    return [kind(x.strip().replace("_", "")) for x in text.split(",") if x.strip()]


def _timed(fn, questions: list[str]) -> list[float]:
    fn(questions[0])  # warm-up: models, FAISS and BM25 files load on first use
    times = []
    for q in questions:
        started = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _subprocess(args: list[str], timeout: float) -> dict:
    env = {**os.environ, "TOKENIZERS_PARALLELISM": "false", "HF_HUB_OFFLINE": "1"}
    from indexer.embed import set_query_threads

    set_query_threads(env)  # one query at a time, as `kehoach ask`/`search` run
    result = subprocess.run(
        [sys.executable, "-m", "eval.bench", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"scale worker {args[0]} failed: {result.stderr.strip().splitlines()[-1:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- synthetic scale run (each part in its own process) ----------------------------------------------
def scale_build(scale: int, source_index: Path, target: Path, store_name: str = "local") -> dict:
    """Write a `scale`-chunk index recombining the source index's sentences into the store `store_name`
    (local files or Milvus Lite in target/milvus.db); report time and peak RSS."""
    from indexer.records import Chunk, Document
    from indexer.settings import Settings
    from indexer.store import DocumentBundle, LocalStore, write_generation, writer_lock
    from indexer.tokenize import tokenize

    settings = Settings.load()
    store = LocalStore(source_index)
    chunks = store.chunks()
    vectors = np.asarray(store.vectors(), dtype=np.float32)
    provinces = sorted({d.province for d in store.documents() if d.province}) or ["Hà Tĩnh"]
    started = time.perf_counter()
    sentences, owner = [], []
    for row, chunk in enumerate(chunks):
        for s in _SENTENCE_END.split(chunk.text):
            if len(s.split()) >= 3:
                sentences.append(s.strip())
                owner.append(row)
    sentence_tokens = [tokenize(s) for s in sentences]  # each real sentence once; chunks reuse them
    tokenize_seconds = time.perf_counter() - started
    rng = np.random.default_rng(0)
    picks = rng.integers(0, len(sentences), size=(scale, 3))
    noise = rng.normal(0.0, NOISE_SIGMA, size=(scale, vectors.shape[1])).astype(np.float32)
    synthetic = vectors[np.asarray(owner)[picks[:, 0]]] + noise
    synthetic /= np.linalg.norm(synthetic, axis=1, keepdims=True)
    bundles = []
    for d, start in enumerate(range(0, scale, CHUNKS_PER_DOC)):
        province = provinces[d % len(provinces)]
        doc = Document(
            name=f"synthetic_{d:05d}.txt",
            title=f"Kế hoạch tổng hợp số {d}",
            kind="Kế hoạch",
            province=province,
            sha256=f"synthetic-{d}",
        )
        context = f"{doc.title} · {province}"
        context_tokens = tokenize(context)
        rows = range(start, min(start + CHUNKS_PER_DOC, scale))
        doc_chunks = [
            Chunk(
                doc=doc.name,
                kind="clause",
                lines=(j - start + 1, j - start + 1),
                section=f"Mục {j - start + 1}",
                text=" ".join(sentences[i] for i in picks[j]),
                context=context,
            )
            for j in rows
        ]
        tokens = [context_tokens + [t for i in picks[j] for t in sentence_tokens[i]] for j in rows]
        bundles.append(
            DocumentBundle(doc, [], [], doc_chunks, tokens, synthetic[start : start + len(doc_chunks)])
        )
    assemble_seconds = time.perf_counter() - started - tokenize_seconds
    write_started = time.perf_counter()
    with writer_lock(target):
        if store_name == "local":
            write_generation(
                target, bundles, store.manifest.embedder, store.manifest.dim, settings.hnsw_threshold
            )
        else:
            from indexer.store import store_writer

            writer = store_writer(Settings.load(index_dir=target, store=store_name))
            writer.commit(None, set(), bundles, [], store.manifest.embedder, store.manifest.dim, "bench")
    write_seconds = time.perf_counter() - write_started
    return {
        "chunks": scale,
        "documents": len(bundles),
        "unique_sentences": len(sentences),
        "store": store_name,
        "faiss": "HNSW" if scale > settings.hnsw_threshold else "flat",
        "tokenize_seconds": tokenize_seconds,
        "assemble_seconds": assemble_seconds,
        "write_seconds": write_seconds,
        "build_seconds": time.perf_counter() - started,
        "peak_rss_mb": peak_rss_mb(),
    }


def scale_query(target: Path, questions: list[str], store_name: str = "local") -> dict:
    """Open the scale index as the assistant does and time hybrid searches, plain and province-filtered."""
    from assistant.retrieve import Searcher, SearchFilter
    from indexer.settings import Settings

    started = time.perf_counter()
    searcher = Searcher(Settings.load(index_dir=target, store=store_name))
    load_seconds = time.perf_counter() - started
    plain = _timed(lambda q: searcher.search(q, 10), questions)
    province = next((d.province for d in searcher.documents() if d.province), None)
    flt = SearchFilter(provinces=[province]) if province else None
    filtered = _timed(lambda q: searcher.search(q, 10, flt), questions[:30])
    # the store alone (hybrid_search with the query's tokens and vector computed beforehand): what a
    # store costs, apart from embedding the question on a busy CPU
    from indexer.tokenize import tokenize

    prepared = {q: (tokenize(q), searcher.embedder.embed_query(q)) for q in questions}
    docs = searcher.allowed_docs(flt)
    store = searcher.store
    store_plain = _timed(lambda q: store.hybrid_search(*prepared[q], 10, rrf_k=60), questions)
    store_filtered = _timed(lambda q: store.hybrid_search(*prepared[q], 10, docs, rrf_k=60), questions)
    return {
        "load_seconds": load_seconds,
        "filter_documents": len(searcher.allowed_docs(flt) or ()),
        "search_p50_ms": pct(plain, 50),
        "search_p95_ms": pct(plain, 95),
        "store_p50_ms": pct(store_plain, 50),
        "store_p95_ms": pct(store_plain, 95),
        "store_filtered_p50_ms": pct(store_filtered, 50),
        "store_filtered_p95_ms": pct(store_filtered, 95),
        "loadavg": os.getloadavg()[0],
        "lexical": "in reader" if getattr(store, "lexical_in_milvus", True) is False else "in store",
        "filtered_p50_ms": pct(filtered, 50),
        "filtered_p95_ms": pct(filtered, 95),
        "peak_rss_mb": peak_rss_mb(),
    }


def _heartbeat(every: float = 30.0) -> None:
    """Elapsed seconds and RSS on stderr while a scale step runs: what a timed-out step had reached."""
    import threading

    started = time.perf_counter()

    def beat() -> None:
        while True:
            time.sleep(every)
            rss = 0.0
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
            print(
                f"heartbeat {time.perf_counter() - started:.0f} s, RSS {rss:,.0f} MB",
                file=sys.stderr,
                flush=True,
            )

    threading.Thread(target=beat, daemon=True).start()


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def scale_run(
    scale: int, source_index: Path, questions: list[str], store_name: str = "local", timeout: float = 3000
) -> dict:
    work = Path(tempfile.mkdtemp(prefix="kehoach-scale-"))
    try:
        qfile = work / "questions.json"
        qfile.write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")
        built = _subprocess(
            [
                "--scale-build",
                str(scale),
                "--source-index",
                str(source_index),
                "--target",
                str(work / "index"),
                "--store-name",
                store_name,
            ],
            timeout=timeout,
        )
        built["disk_mb"] = disk_mb(work / "index")
        queried = _subprocess(
            [
                "--scale-query",
                str(work / "index"),
                "--questions-file",
                str(qfile),
                "--store-name",
                store_name,
            ],
            timeout=timeout,
        )
        return {"build": built, "query": queried}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def store_bench(
    stores: list[str], sizes: list[int], source_index: Path, questions: list[str], timeout: float
) -> list[dict]:
    """Each store at each size (smallest first); a size that fails or runs out of time stops that store."""
    rows = []
    for store_name in stores:
        for size in sorted(sizes):
            started = time.perf_counter()
            try:
                figures = scale_run(size, source_index, questions, store_name, timeout)
            except (RuntimeError, subprocess.TimeoutExpired, MemoryError) as exc:
                reason = str(exc)
                if isinstance(exc, subprocess.TimeoutExpired):
                    err = exc.stderr or ""
                    err = err.decode(errors="replace") if isinstance(err, bytes) else err
                    beats = [line for line in err.splitlines() if line.startswith("heartbeat")]
                    reason = "timed out" + (f" (last {beats[-1]})" if beats else "")
                rows.append(
                    {"store": store_name, "chunks": size, "stopped": reason,
                     "seconds": time.perf_counter() - started}
                )  # fmt: skip
                break
            rows.append({"store": store_name, "chunks": size, **figures})
    return rows


def print_store_bench(rows: list[dict]) -> None:
    head = (
        f"{'store':<7} {'chunks':>9} {'build s':>8} {'build MB':>9} {'load s':>7} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'flt p50':>8} {'flt p95':>8} {'serve MB':>9} {'disk MB':>8} {'load1':>6}"
    )
    print(
        "Store benchmark: build s excludes embedding; p50/p95 = the store's hybrid_search (top 10, query "
        "tokens and vector computed beforehand), flt = restricted to one province's documents; MB = peak RSS"
    )
    print(head)
    if any(r.get("query", {}).get("lexical") == "in reader" for r in rows):
        print(
            "(milvus*: KEHOACH_MILVUS_LEXICAL=client, BM25 scored in the reader, vectors and filters in Milvus)"
        )
    for r in rows:
        if "stopped" in r:
            print(f"{r['store']:<7} {r['chunks']:>9,} stopped after {r['seconds']:.0f} s: {r['stopped']}")
            continue
        b, q = r["build"], r["query"]
        label = r["store"] + ("*" if q.get("lexical") == "in reader" else "")
        print(
            f"{label:<7} {r['chunks']:>9,} {b['build_seconds']:>8.1f} {b['peak_rss_mb']:>9,.0f} "
            f"{q['load_seconds']:>7.1f} {q['store_p50_ms']:>7.1f} {q['store_p95_ms']:>7.1f} "
            f"{q['store_filtered_p50_ms']:>8.1f} {q['store_filtered_p95_ms']:>8.1f} {q['peak_rss_mb']:>9,.0f} "
            f"{b['disk_mb']:>8,.0f} {q['loadavg']:>6.1f}"
        )


def ray_throughput(index_dir: Path, worker_counts: list[int], embedder_name: str) -> list[dict]:
    """Embedding throughput (chunks/s) of the index's chunk texts on N Ray workers (one embedder and one
    CPU each, models loaded before the clock starts), as `kehoach index --workers N` embeds."""
    import ray

    from indexer.store import LocalStore

    texts = [c.retrieval_text for c in LocalStore(index_dir).chunks()]
    ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:

        @ray.remote(num_cpus=1)
        class Embed:
            def __init__(self, name: str) -> None:
                from indexer.embed import get_embedder

                self.embedder = get_embedder(name)
                self.embedder.embed_passages(["khởi động"])

            def run(self, batch: list[str]) -> int:
                return len(self.embedder.embed_passages(batch))

        rows = []
        for n in worker_counts:
            actors = [Embed.remote(embedder_name) for _ in range(n)]
            ray.get([a.run.remote(["khởi động"]) for a in actors])
            batches = [texts[i : i + 64] for i in range(0, len(texts), 64)]
            started = time.perf_counter()
            done = sum(ray.get([actors[i % n].run.remote(b) for i, b in enumerate(batches)]))
            seconds = time.perf_counter() - started
            rows.append(
                {"workers": n, "chunks": done, "seconds": seconds, "chunks_per_s": done / seconds,
                 "loadavg": os.getloadavg()[0]}
            )  # fmt: skip
            for a in actors:
                ray.kill(a)
        return rows
    finally:
        ray.shutdown()


def run_store_bench(
    stores: list[str],
    sizes: list[int],
    index_dir: Path | None,
    corpus_dir: Path | None,
    questions: int = 100,
    json_out: Path | None = None,
    timeout: float = 1500,
) -> int:
    """`kehoach bench --store local,milvus --chunks 10000,100000`: the store table only (no corpus figures)."""
    from indexer.build import build_index
    from indexer.load import iter_source_files
    from indexer.settings import Settings

    qs = bench_questions(questions)
    tmp = None
    try:
        if index_dir is None or Settings.load(index_dir=index_dir).store != "local":
            tmp = Path(tempfile.mkdtemp(prefix="kehoach-bench-"))
            index_dir = tmp / "index"
            corpus = corpus_dir or Path(Settings.load().corpus_dir)
            report = build_index(
                iter_source_files([corpus]), Settings.load(index_dir=index_dir, store="local")
            )
            if not report.ok:
                raise RuntimeError("corpus build failed: " + "; ".join(report.errors))
        rows = store_bench(stores, sizes, index_dir, qs, timeout)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    print_store_bench(rows)
    if json_out:
        json_out.write_text(json.dumps({"stores": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


# --- the corpus --------------------------------------------------------------------------------------
def task_accuracy(searcher) -> dict | None:
    from eval.cli_eval import _tasks_gold_path, task_extraction

    return task_extraction(searcher, _tasks_gold_path(None))


def corpus_figures(
    index_dir: Path | None, corpus_dir: Path, questions: list[str]
) -> tuple[dict, Path, Path | None]:
    """Build (or reuse) the corpus index and time embedding, search and ask. Returns (figures, index, tmp)."""
    from assistant.retrieve import Searcher
    from indexer.build import build_index
    from indexer.load import iter_source_files
    from indexer.settings import Settings

    figures: dict = {}
    tmp = None
    if index_dir is None:
        tmp = Path(tempfile.mkdtemp(prefix="kehoach-bench-"))
        index_dir = tmp / "index"
        report = build_index(iter_source_files([corpus_dir]), Settings.load(index_dir=index_dir))
        if not report.ok:
            raise RuntimeError("corpus build failed: " + "; ".join(report.errors))
        figures.update(
            build_seconds=report.seconds, documents=report.documents, chunks=report.chunks, tasks=report.tasks
        )
    settings = Settings.load(index_dir=index_dir)
    searcher = Searcher(settings)
    figures.setdefault("chunks", len(searcher.store.chunks()))
    texts = [c.retrieval_text for c in searcher.store.chunks()[:EMBED_SAMPLE]]
    embedder = searcher.embedder
    embedder.embed_passages(texts[:2])  # warm-up
    started = time.perf_counter()
    for i in range(0, len(texts), 64):
        embedder.embed_passages(texts[i : i + 64])
    figures["embed_chunks_per_s"] = len(texts) / (time.perf_counter() - started)
    times = _timed(lambda q: searcher.search(q, 10), questions)
    figures.update(search_p50_ms=pct(times, 50), search_p95_ms=pct(times, 95), questions=len(questions))
    try:
        from assistant.answer import Assistant
    except ImportError:
        figures["ask"] = "assistant/answer.py not available"
    else:
        assistant = Assistant(settings)
        assistant.warm_up()
        times = _timed(lambda q: assistant.ask(q), questions)
        figures.update(ask_p50_ms=pct(times, 50), ask_p95_ms=pct(times, 95))
    figures["tasks_accuracy"] = task_accuracy(searcher)
    figures["peak_rss_mb"] = peak_rss_mb()
    return figures, index_dir, tmp


def ask_figures(index_dir: Path, questions: list[str]) -> dict:
    """Warm ask latency on another index (e.g. one built from ../shared/external-dev)."""
    from assistant.answer import Assistant
    from assistant.retrieve import Searcher
    from indexer.settings import Settings

    settings = Settings.load(index_dir=index_dir)
    assistant = Assistant(settings, Searcher(settings))
    assistant.warm_up()
    times = _timed(lambda q: assistant.ask(q), questions)
    return {
        "index_dir": str(index_dir),
        "chunks": len(assistant.view.chunks),
        "questions": len(questions),
        "ask_p50_ms": pct(times, 50),
        "ask_p95_ms": pct(times, 95),
    }


def _row(label: str, value: float | None, unit: str, target: float | None = None) -> str:
    shown = "n/a" if value is None else f"{value:,.1f} {unit}"
    if target is None or value is None:
        return f"  {label:<44} {shown:>16}"
    verdict = "ok" if value < target else "MISSED"
    return f"  {label:<44} {shown:>16}   target < {target:g} {unit}  {verdict}"


def print_figures(corpus: dict, scale: dict | None, scale_n: int) -> None:
    print("Corpus")
    print(
        _row(
            "index build (fresh, incl. model load)",
            corpus.get("build_seconds"),
            "s",
            TARGETS["build_seconds"],
        )
    )
    print(_row("embedding throughput", corpus.get("embed_chunks_per_s"), "chunks/s"))
    print(
        _row(
            f"hybrid search p50 ({corpus['questions']} questions)",
            corpus.get("search_p50_ms"),
            "ms",
            TARGETS["search_p50_ms"],
        )
    )
    print(_row("hybrid search p95", corpus.get("search_p95_ms"), "ms"))
    if "ask_p50_ms" in corpus:
        print(_row("ask p50 (extractive, warm)", corpus["ask_p50_ms"], "ms", TARGETS["ask_p50_ms"]))
        print(_row("ask p95 (extractive, warm)", corpus["ask_p95_ms"], "ms", TARGETS["ask_p95_ms"]))
    elif corpus.get("ask"):
        print(f"  ask: {corpus['ask']}")  # why there is no ask figure
    for other in corpus.get("other_indexes", []):
        print(f"  index {other['index_dir']} ({other['chunks']} chunks, {other['questions']} questions):")
        print(_row("  ask p50 (extractive, warm)", other["ask_p50_ms"], "ms", TARGETS["ask_p50_ms"]))
        print(_row("  ask p95 (extractive, warm)", other["ask_p95_ms"], "ms", TARGETS["ask_p95_ms"]))
    print(_row("peak RAM (this process)", corpus.get("peak_rss_mb"), "MB"))
    tasks = corpus.get("tasks_accuracy")
    if tasks and "error" not in tasks:
        from eval.extraction import format_scores

        print("  task extraction against " + tasks["fixture"] + ":")
        print("    " + format_scores(tasks).replace("\n", "\n    "))
    if scale is None:
        return
    b, q = scale["build"], scale["query"]
    print(f"Synthetic scale run: {scale_n:,} chunks in {b['documents']} documents, FAISS {b['faiss']}")
    print(_row("index build excl. embedding", b["build_seconds"], "s"))
    print(_row("  of which tokenising real sentences", b["tokenize_seconds"], "s"))
    print(_row("  of which writing SQLite, BM25, FAISS", b["write_seconds"], "s"))
    print(_row("peak RAM while building", b["peak_rss_mb"], "MB"))
    print(_row("index load", q["load_seconds"], "s"))
    print(_row("hybrid search p50", q["search_p50_ms"], "ms", TARGETS["scale_search_p50_ms"]))
    print(_row("hybrid search p95", q["search_p95_ms"], "ms"))
    print(_row("hybrid search + province filter p50", q["filtered_p50_ms"], "ms"))
    print(_row("peak RAM while serving", q["peak_rss_mb"], "MB", TARGETS["scale_rss_mb"]))


def run_bench(
    scale: int = 100_000,
    index_dir: Path | None = None,
    corpus_dir: Path | None = None,
    questions: int = 100,
    json_out: Path | None = None,
    other_indexes: list[Path] | None = None,
    ingest: bool = True,
) -> int:
    """`ingest`: also measure ingestion on ../shared/external-dev (eval.bench_ingest; a few minutes)."""
    from indexer.settings import Settings

    corpus_dir = corpus_dir or Path(Settings.load().corpus_dir)
    qs = bench_questions(questions)
    tmp = None
    try:
        corpus, source_index, tmp = corpus_figures(index_dir, corpus_dir, qs)
        corpus["other_indexes"] = [ask_figures(Path(d), qs) for d in other_indexes or []]
        scale_figures = scale_run(scale, source_index, qs) if scale > 0 else None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    print_figures(corpus, scale_figures, scale)
    from eval.bench_ingest import ingestion_figures, print_ingestion

    ingest = ingestion_figures() if ingest else None
    if ingest is not None:
        print_ingestion(ingest)
    if json_out:
        json_out.write_text(
            json.dumps(
                {
                    "corpus": corpus,
                    "scale": scale_figures,
                    "scale_chunks": scale,
                    "ingestion": ingest,
                    "targets": TARGETS,
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__.splitlines()[0])
    p.add_argument("--scale", type=int)
    p.add_argument("--quick", action="store_true", help="20k synthetic chunks")
    p.add_argument("--index-dir", help="reuse this corpus index (no build timing)")
    p.add_argument("--corpus")
    p.add_argument("--questions", type=int, default=100)
    p.add_argument("--json", dest="json_out")
    # internal: the two halves of the scale run, each in its own process
    p.add_argument("--scale-build", type=int, help=argparse.SUPPRESS)
    p.add_argument("--source-index", help=argparse.SUPPRESS)
    p.add_argument("--target", help=argparse.SUPPRESS)
    p.add_argument("--scale-query", help=argparse.SUPPRESS)
    p.add_argument("--questions-file", help=argparse.SUPPRESS)
    p.add_argument("--store-name", default="local", help=argparse.SUPPRESS)
    p.add_argument("--store", help="store benchmark: local, milvus or local,milvus (with --chunks)")
    p.add_argument("--chunks", help="store benchmark sizes, e.g. 10000,100000,1000000")
    p.add_argument("--timeout", type=float, default=1500, help="seconds per build or query step")
    p.add_argument("--ray-workers", help="embedding throughput on Ray with these worker counts, e.g. 1,2")
    args = p.parse_args(argv)
    if args.ray_workers:
        from indexer.settings import Settings

        if not args.index_dir:
            p.error("--ray-workers needs --index-dir (a local index whose chunks are embedded)")
        rows = ray_throughput(
            Path(args.index_dir), parse_list(args.ray_workers, int), Settings.load().embedder
        )
        for r in rows:
            print(
                f"Ray workers {r['workers']}: {r['chunks']} chunks in {r['seconds']:.1f} s = "
                f"{r['chunks_per_s']:.1f} chunks/s (load average {r['loadavg']:.1f})"
            )
        return 0
    if args.scale_build:
        _heartbeat()
        built = scale_build(args.scale_build, Path(args.source_index), Path(args.target), args.store_name)
        print(json.dumps(built))
        return 0
    if args.scale_query:
        qs = json.loads(Path(args.questions_file).read_text(encoding="utf-8"))
        print(json.dumps(scale_query(Path(args.scale_query), qs, args.store_name)))
        return 0
    if args.store or args.chunks:
        return run_store_bench(
            parse_list(args.store or "local,milvus", str),
            parse_list(args.chunks or "10000,100000", int),
            Path(args.index_dir) if args.index_dir else None,
            Path(args.corpus) if args.corpus else None,
            args.questions,
            Path(args.json_out) if args.json_out else None,
            args.timeout,
        )
    return run_bench(
        scale=args.scale if args.scale is not None else (20_000 if args.quick else 100_000),
        index_dir=Path(args.index_dir) if args.index_dir else None,
        corpus_dir=Path(args.corpus) if args.corpus else None,
        questions=args.questions,
        json_out=Path(args.json_out) if args.json_out else None,
    )


if __name__ == "__main__":
    sys.exit(main())
