"""`kehoach ask`: answer questions with numbered citations, one question or a JSON Lines batch.

    kehoach ask "Cơ quan nào chủ trì nhiệm vụ xây dựng Cổng pháp luật?" [--province P] [--doc FILE] [--llm] [--json]
    kehoach ask --batch questions.jsonl --json

A batch file holds one {"id", "question"[, "history"]} object a line; each answer is printed as one JSON
line {"id", "question", "answer", "abstained", "intent", "citations": [{"n", "doc", "lines", "section",
"title", "quote", …}], "latency_ms", …} — the contract the evaluation scripts rely on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from assistant.cli import CliError, _open_searcher, _read_batch
from indexer.settings import Settings


def register(sub, common) -> None:
    p = sub.add_parser("ask", parents=[common], help="answer a question with citations (offline by default)")
    p.add_argument("question", nargs="?", help="the question, in Vietnamese or English")
    p.add_argument("--province", help="only documents of this province/city")
    p.add_argument("--doc", help="only this document (file name)")
    p.add_argument(
        "--llm", action="store_true", help="let the configured LLM write the answer from the same sources"
    )
    p.add_argument(
        "--history", help="earlier turns as JSON: a list of questions or of {role, content} messages"
    )
    p.add_argument("--batch", help="JSON Lines file of {id, question[, history]} ('-' for standard input)")
    p.add_argument("--json", action="store_true", help="print JSON (one line per answer)")
    p.set_defaults(func=cmd_ask)


def _history(value: str | None) -> list:
    if not value:
        return []
    try:
        history = json.loads(value)
    except json.JSONDecodeError as exc:
        raise CliError(f"--history: not valid JSON ({exc.msg})") from exc
    if not isinstance(history, list):
        raise CliError("--history: expected a JSON list of earlier questions or messages")
    return history


def stale_documents(settings: Settings, searcher) -> list[str]:
    """Indexed files whose copy in the corpus folder has changed or is gone (an index built from it)."""
    corpus = Path(settings.corpus_dir)
    indexed = searcher.store.manifest.documents
    if not corpus.is_dir() or not any((corpus / name).exists() for name in indexed):
        return []
    changed = []
    for name, sha in indexed.items():
        path = corpus / name
        if not path.exists():
            continue  # uploaded elsewhere, or kept with --keep
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha:
            changed.append(name)
    return changed


def _error_json(item_id, question: str, exc: Exception, started: float) -> dict:
    return {
        "id": item_id,
        "question": question,
        "answer": f"Lỗi khi trả lời: {exc}",
        "abstained": True,
        "intent": "general",
        "citations": [],
        "latency_ms": round((time.perf_counter() - started) * 1000, 1),
        "error": f"{type(exc).__name__}: {exc}",
    }


def print_answer(answer) -> None:
    """The answer and its sources, for a reader at a terminal."""
    print(answer.text)
    for note in answer.notes:
        if note not in answer.text:
            print(f"({note})")
    sources = answer.citations or answer.closest
    if sources:
        print("\nNguồn:" if answer.citations else "\nCác đoạn gần nhất để đối chiếu:")
    for c in sources:
        where = " · ".join(x for x in (c.province, c.number) if x)
        print(f"[{c.n}] {c.title}{f' ({where})' if where else ''}")
        print(f"    {c.doc}, dòng {c.lines[0]}–{c.lines[1]} · {c.section}")
        quote = " ".join(c.quote.split())
        print(f"    “{quote[:400]}{'…' if len(quote) > 400 else ''}”")


def cmd_ask(args: argparse.Namespace) -> int:
    try:
        return _ask(args)
    except BrokenPipeError:  # `kehoach ask … | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _ask(args: argparse.Namespace) -> int:
    from assistant.answer import Assistant

    if args.batch and args.question:
        raise CliError("give either a question or --batch FILE, not both")
    if not args.batch and (args.question is None or not args.question.strip()):
        raise CliError(
            'empty question: ask something, e.g. kehoach ask "Cơ quan nào chủ trì nhiệm vụ xây dựng '
            'Cổng pháp luật?"'
        )
    settings = Settings.load(index_dir=args.index_dir)
    searcher = _open_searcher(settings)
    for name in stale_documents(settings, searcher):
        print(
            f"kehoach: {settings.corpus_dir}/{name} changed since it was indexed: run `kehoach index "
            f"{settings.corpus_dir}` to update the index",
            file=sys.stderr,
        )
    assistant = Assistant(settings, searcher)
    if args.batch:
        items = _read_batch(args.batch)
        for item in items:
            started = time.perf_counter()
            question = item["question"]
            try:
                answer = assistant.ask(
                    question,
                    history=item.get("history") or (),
                    province=args.province,
                    doc=args.doc,
                    use_llm=args.llm,
                )
                out = answer.to_json(item.get("id"))
            except Exception as exc:  # one bad item must not end the batch: it is reported in its own line
                out = _error_json(item.get("id"), question, exc, started)
            if args.json:
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            else:
                print(f"## {out['id']}: {question[:200]}\n{out['answer']}\n")
        return 0
    answer = assistant.ask(
        args.question, history=_history(args.history), province=args.province, doc=args.doc, use_llm=args.llm
    )
    if args.json:
        sys.stdout.write(json.dumps(answer.to_json(None), ensure_ascii=False) + "\n")
    else:
        print_answer(answer)
    return 0
