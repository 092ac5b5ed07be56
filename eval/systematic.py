"""A systematic QA set generated from hand-checked task gold (tests/fixtures/tasks_gold.json and any
tests/fixtures/external_gold/*.json of the same form): for every row and field (lead, coordinating,
deadline, output), questions in several phrasings — Vietnamese with and without tone marks, English,
short and long task names, naming the province or not — and listing questions for every agency × role ×
province and every period present in the gold.

Gold facts (`must_include`) are the values that the row's own printed lines show (a canonical name
that the cell does not print, e.g. "Sở Tài chính" from "Các Sở: Tài chính, Tư pháp", is not required
verbatim). Every item carries its row's group key, so all phrasings of one row fall in the same split
(eval.splits): tuning on dev never sees a test row.

    python -m eval.systematic [--out eval/data/systematic.jsonl] [--gold FILE ...] [--corpus DIR ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

from eval.splits import split_of
from indexer.period import parse_period
from indexer.text import fold, strip_diacritics

GOLD = Path("tests/fixtures/tasks_gold.json")
EXTERNAL_GOLD = Path("tests/fixtures/external_gold")
CORPORA = (Path("corpus"), Path("../shared/external-dev"))
SHORT_WORDS = 10


def _key(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:10]


def unaccented(text: str) -> str:
    return strip_diacritics(text)


def _source_lines(doc: str, corpora: list[Path]) -> list[str] | None:
    for folder in corpora:
        path = folder / doc
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace").splitlines()
    return None


def _provinces(corpora: list[Path]) -> dict[str, str]:
    out = {}
    for folder in corpora:
        manifest = folder / "manifest.json"
        if manifest.is_file():
            for d in json.loads(manifest.read_text(encoding="utf-8")).get("documents", []):
                if d.get("province"):
                    out[d["name"]] = d["province"]
    return out


def _printed(value: str, row_text: str) -> bool:
    return " ".join(fold(value).split()) in row_text


def short_name(name: str, others: list[str]) -> str:
    """The first SHORT_WORDS words of a task name, or the whole name when another row starts the same."""
    words = name.split()
    if len(words) <= SHORT_WORDS + 2:
        return name.rstrip(" .;")
    short = " ".join(words[:SHORT_WORDS]).rstrip(",;:")
    if sum(1 for o in others if fold(o).startswith(fold(short))) > 1:
        return name.rstrip(" .;")
    return short


FIELDS = {
    "lead_agency": {
        "vi": [
            "Cơ quan nào chủ trì nhiệm vụ “{name}”{in_vi}?",
            "{place_vi}giao cơ quan nào chủ trì thực hiện việc {name_l}?",
        ],
        "en": ["Which agency leads the task “{name}”{in_en}?"],
    },
    "coordinating_agencies": {
        "vi": [
            "Cơ quan nào phối hợp thực hiện nhiệm vụ “{name}”{in_vi}?",
            "Những đơn vị nào phối hợp trong việc {name_l}{in_vi}?",
        ],
        "en": ["Which agencies coordinate the task “{name}”{in_en}?"],
    },
    "deadline": {
        "vi": [
            "Thời hạn thực hiện nhiệm vụ “{name}”{in_vi} là khi nào?",
            "Khi nào phải hoàn thành việc {name_l}{in_vi}?",
        ],
        "en": ["What is the deadline of the task “{name}”{in_en}?"],
    },
    "output": {
        "vi": [
            "Kết quả (sản phẩm) của nhiệm vụ “{name}”{in_vi} là gì?",
            "Việc {name_l}{in_vi} phải tạo ra sản phẩm gì?",
        ],
        "en": ["What is the expected output of the task “{name}”{in_en}?"],
    },
}
ROLE_Q = {
    "lead": {
        "vi": "{agency} {province} chủ trì những nhiệm vụ nào?",
        "vi2": "Những nhiệm vụ nào ở {province} do {agency} chủ trì?",
        "en": "Which tasks does {agency} lead in {province}?",
    },
    "coordinating": {
        "vi": "{agency} {province} được giao phối hợp trong những nhiệm vụ nào?",
        "vi2": "Ở {province}, {agency} là cơ quan phối hợp của những nhiệm vụ nào?",
        "en": "Which tasks does {agency} coordinate in {province}?",
    },
}
PERIOD_Q = {
    "year": {
        "vi": "Những nhiệm vụ nào của {province} có thời hạn trong năm {year}?",
        "vi2": "Năm {year} {province} có những nhiệm vụ nào phải thực hiện?",
        "en": "Which tasks in {province} are due in {year}?",
    },
    "regular": {
        "vi": "Những nhiệm vụ nào của {province} thực hiện thường xuyên?",
        "en": "Which tasks in {province} are carried out regularly?",
    },
    "annual": {
        "vi": "Những nhiệm vụ nào của {province} thực hiện hằng năm?",
        "en": "Which tasks in {province} are carried out every year?",
    },
}


def _value_facts(field: str, row: dict, row_text: str) -> list[str]:
    if field == "lead_agency":
        values = row.get("lead") or []
    elif field == "coordinating_agencies":
        values = row.get("coordinating") or []
    elif field == "deadline":
        values = [row["deadline"]] if row.get("deadline") else []
    else:
        values = [row["output"]] if row.get("output") else []
    return [v for v in values if v and _printed(v, row_text)]


def generate(gold_files: list[Path], corpora: list[Path]) -> list[dict]:
    provinces = _provinces(corpora)
    items: list[dict] = []
    rows: list[dict] = []
    for path in gold_files:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows += data["rows"] if isinstance(data, dict) else data
    names_by_doc: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        names_by_doc[row["doc"]].append(row["name"])
    texts: dict[str, list[str] | None] = {}
    for row in rows:
        doc = row["doc"]
        if doc not in texts:
            texts[doc] = _source_lines(doc, corpora)
        lines = texts[doc]
        if lines is None:
            continue
        first, last = row["lines"]
        row_text = " ".join(fold(" ".join(lines[first - 1 : last])).split())
        province = row.get("province") or provinces.get(doc, "")
        group = _key(doc, row.get("group"), row.get("number"), row["lines"])
        name = short_name(row["name"], names_by_doc[doc])
        cite = [{"doc": doc, "lines": list(row["lines"])}]
        for field, templates in FIELDS.items():
            facts = _value_facts(field, row, row_text)
            if not facts:
                continue
            values = {
                "name": name,
                "name_l": name[0].lower() + name[1:],
                "in_vi": f" ở {province}" if province else "",
                "in_en": f" in {province}" if province else "",
                "place_vi": f"{province} " if province else "",
            }
            variants = []
            for i, t in enumerate(templates["vi"]):
                q = t.format(**values)
                q = q[0].upper() + q[1:]
                variants.append(("vi", f"vi{i}", q))
                variants.append(("vi", f"vi{i}-unaccented", unaccented(q)))
            noplace = {**values, "in_vi": "", "in_en": "", "place_vi": ""}
            variants.append(("vi", "vi-noplace", templates["vi"][0].format(**noplace)))
            long = {**values, "name": row["name"].rstrip(" ."), "name_l": row["name"].rstrip(" .")}
            variants.append(("vi", "vi-long", templates["vi"][0].format(**long)))
            variants += [("en", f"en{i}", t.format(**values)) for i, t in enumerate(templates["en"])]
            for lang, variant, question in variants:
                items.append(
                    {
                        "id": f"sys-{group}-{field}-{variant}",
                        "question": question,
                        "lang": lang,
                        "type": field,
                        "answer": "; ".join(facts),
                        "must_include": facts[:3],
                        "citations": cite,
                        "group": group,
                        "split": split_of(group),
                        "variant": variant,
                    }
                )
    items += _listings(rows, provinces, texts)
    return items


def _listings(rows: list[dict], provinces: dict[str, str], texts) -> list[dict]:
    """Every agency × role × province, and every period × province, with the complete expected count."""
    out = []
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        province = row.get("province") or provinces.get(row["doc"], "")
        if not province:
            continue
        for role, field in (("lead", "lead"), ("coordinating", "coordinating")):
            for agency in row.get(field) or []:
                if agency.startswith(("Sở ", "Công an", "Văn phòng", "Ban ", "Thanh tra", "Đài ", "Báo ")):
                    by_key[("agency", province, role, agency)].append(row)
        period = parse_period(row.get("deadline"))
        for year in period.years():
            by_key[("year", province, str(year))].append(row)
        # "Bắt đầu từ Quý IV/2025 và thường xuyên …" is regular too: the printed word counts, as users read it
        deadline = fold(row.get("deadline") or "")
        if period.kind == "regular" or "thuong xuyen" in deadline:
            by_key[("regular", province)].append(row)
        if period.kind == "annual" or "hang nam" in deadline:
            by_key[("annual", province)].append(row)
    for key, matched in sorted(by_key.items()):
        group = _key("listing", *key)
        cites = [{"doc": r["doc"], "lines": list(r["lines"])} for r in matched]
        samples = [matched[0], matched[len(matched) // 2], matched[-1]]
        names = list(dict.fromkeys(" ".join(r["name"].split()[:6]) for r in samples))
        if key[0] == "agency":
            _, province, role, agency = key
            templates = ROLE_Q[role]
            values = {"agency": agency, "province": province}
        else:
            province = key[1]
            templates = PERIOD_Q["year" if key[0] == "year" else key[0]]
            values = {"province": province, "year": key[2] if key[0] == "year" else ""}
        for variant, template in templates.items():
            lang = "en" if variant == "en" else "vi"
            count = f"{len(matched)} tasks" if lang == "en" else f"{len(matched)} nhiệm vụ"
            question = template.format(**values)
            for v, q in ((variant, question), (f"{variant}-unaccented", unaccented(question))):
                if lang == "en" and v.endswith("unaccented"):
                    continue
                out.append(
                    {
                        "id": f"sys-{group}-list-{v}",
                        "question": q,
                        "lang": lang,
                        "type": "list",
                        "answer": f"{count}: " + "; ".join(r["name"] for r in matched),
                        "must_include": [count, *names],
                        "citations": cites,
                        "group": group,
                        "split": split_of(group),
                        "variant": v,
                    }
                )
    return out


def gold_files(extra: list[Path] | None = None) -> list[Path]:
    files = [GOLD] if GOLD.is_file() else []
    if EXTERNAL_GOLD.is_dir():
        files += sorted(EXTERNAL_GOLD.glob("*.json"))
    return files + list(extra or [])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.systematic", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="eval/data/systematic.jsonl")
    p.add_argument("--gold", nargs="*", type=Path, help="more gold files (same form as tasks_gold.json)")
    p.add_argument("--corpus", nargs="*", type=Path, help="folders holding the gold's documents")
    args = p.parse_args(argv)
    corpora = list(args.corpus or CORPORA)
    items = generate(gold_files(args.gold), corpora)
    out = Path(args.out)
    out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    counts = defaultdict(int)
    for it in items:
        counts[(it["split"], it["type"])] += 1
    print(f"{len(items)} questions → {out}")
    for (split, kind), n in sorted(counts.items()):
        print(f"  {split:5} {kind:22} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
