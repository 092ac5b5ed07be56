"""Dev / test splits of the QA sets, deterministic from each item's id (or its own "split" field).

Tune on dev only; the test part is run once at the end and reported, never looked at for tuning. A
blind set added later goes to test by carrying "split": "test" on its items (or by being named in
TEST_FILES). The hash is stable across machines and runs: sha1 of the id, so the same item always
falls in the same part, and the split file eval/data/splits.json (written by `python -m eval.splits`)
records the assignment for readers.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

SPLITS = ("dev", "test")
TEST_SHARE = 40  # percent of the items in the test part
SPLIT_FILE = Path(__file__).parent / "data" / "splits.json"


def split_of(key: str, explicit: str | None = None) -> str:
    """ "dev" or "test" for an item id (or a group key: all phrasings of one gold row share it)."""
    if explicit in SPLITS:
        return explicit
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return "test" if int(digest[:8], 16) % 100 < TEST_SHARE else "dev"


def item_split(item) -> str:
    """The part of a QAItem: its own split field, else its group key's hash, else its id's hash."""
    return split_of(getattr(item, "group", "") or item.id, getattr(item, "split", None))


def write_split_file(paths: list[Path], out: Path = SPLIT_FILE) -> dict:
    table = {}
    for path in paths:
        rows = [
            json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        table[Path(path).name] = {
            str(o["id"]): split_of(str(o.get("group") or o["id"]), o.get("split")) for o in rows
        }
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return table


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    paths = [Path(a) for a in args] or [Path("eval/data/qa.jsonl")]
    table = write_split_file(paths)
    for name, ids in table.items():
        counts = {s: sum(1 for v in ids.values() if v == s) for s in SPLITS}
        print(f"{name}: dev {counts['dev']}, test {counts['test']}")
    print(f"written: {SPLIT_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
