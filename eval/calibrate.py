"""Calibrate the assistant's abstention threshold on QA sets.

Sweeps `Assistant.abstain_threshold` over a grid, answers every item of the QA sets at each value
(searches are cached, so a sweep costs little more than one pass), and prints, per threshold: answer
accuracy on answerable items, abstention precision / recall / F1, and overall accuracy (answerable
items answered with all their facts + unanswerable items abstained). The chosen value maximises
overall accuracy; among equal values it takes the middle of the best run, to stay away from both
edges. Copy it into assistant/abstain.py's ABSTAIN_THRESHOLD.

Only the dev part of each set is used (eval/splits.py): the threshold is tuned on dev, the test part
reports it. `--split all` sweeps everything (for a look, not for choosing).

    .venv/bin/python -m eval.calibrate [--index-dir DIR] [--qa FILE ...] [--split dev|test|all] [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.metrics import answer_correct, citation_score, load_qa

GRID = [round(0.20 + 0.025 * i, 3) for i in range(25)]  # 0.20 … 0.80
DEFAULT_SETS = (Path("eval/data/qa.jsonl"), Path("../shared/eval/qa_dev.jsonl"))


def evaluate(assistant, items, threshold: float) -> dict:
    assistant.abstain_threshold = threshold
    rows = []
    for item in items:
        answer = assistant.ask(item.question, history=list(item.history or ()))
        out = answer.to_json(item.id)
        rows.append((item, out, answer_correct(item, out)))
    answerable = [r for r in rows if r[0].answerable]
    unanswerable = [r for r in rows if not r[0].answerable]
    abstained = [r for r in rows if r[1]["abstained"]]
    true_abstentions = [r for r in abstained if not r[0].answerable]
    precision = len(true_abstentions) / len(abstained) if abstained else 1.0
    recall = len(true_abstentions) / len(unanswerable) if unanswerable else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    cited = [citation_score(item, out).hit for item, out, ok in answerable if not out["abstained"]]
    return {
        "threshold": threshold,
        "answer_accuracy": sum(ok for _, _, ok in answerable) / len(answerable) if answerable else 0.0,
        "abstain_precision": precision,
        "abstain_recall": recall,
        "abstain_f1": f1,
        "citation_hit": sum(cited) / len(cited) if cited else 0.0,
        "overall": sum(ok for _, _, ok in rows) / len(rows) if rows else 0.0,
        "rows": rows,
    }


def choose(results: list[dict]) -> dict:
    best = max(r["overall"] for r in results)
    run = [r for r in results if r["overall"] == best]
    return run[len(run) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.calibrate", description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", help="index directory (default: settings)")
    parser.add_argument("--qa", action="append", help="QA JSON Lines file (repeatable)")
    parser.add_argument(
        "--show", action="store_true", help="print the items answered wrongly at the chosen value"
    )
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev", help="part to sweep (dev)")
    args = parser.parse_args(argv)

    from assistant.answer import ABSTAIN_THRESHOLD, Assistant
    from indexer.settings import Settings

    paths = [Path(p) for p in args.qa] if args.qa else [p for p in DEFAULT_SETS if p.exists()]
    from eval.splits import item_split

    items = [item for path in paths for item in load_qa(path)]
    items = [item for item in items if args.split == "all" or item_split(item) == args.split]
    if not items:
        print("no QA items found", file=sys.stderr)
        return 2
    assistant = Assistant(Settings.load(index_dir=args.index_dir))
    assistant.warm_up()
    results = [evaluate(assistant, items, t) for t in GRID]
    print(
        f"{len(items)} {args.split} items from {', '.join(str(p) for p in paths)}; "
        f"current ABSTAIN_THRESHOLD = {ABSTAIN_THRESHOLD}"
    )
    print("threshold  answer_acc  abst_prec  abst_rec  abst_f1  cite_hit  overall")
    for r in results:
        print(
            f"{r['threshold']:9.3f}  {r['answer_accuracy']:10.3f}  {r['abstain_precision']:9.3f}  "
            f"{r['abstain_recall']:8.3f}  {r['abstain_f1']:7.3f}  {r['citation_hit']:8.3f}  {r['overall']:7.3f}"
        )
    chosen = choose(results)
    print(f"chosen threshold: {chosen['threshold']} (overall {chosen['overall']:.3f})")
    if args.show:
        for item, out, ok in chosen["rows"]:
            if not ok:
                state = "abstained" if out["abstained"] else "answered"
                print(
                    f"--- {item.id} [{item.type}] {state}: {item.question}\n    facts: {item.must_include}\n"
                    f"    got: {out['answer'][:300]!r}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
