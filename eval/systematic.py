"""A systematic QA set generated from hand-checked task gold: for every row and field (lead,
coordinating, deadline, output), questions in several phrasings — Vietnamese with and without tone
marks, English, short and long task names, naming the place or not — and listing questions for every
agency × role × place and every period present in the gold.

Two gold forms are read:
- form A, tests/fixtures/tasks_gold.json: {"rows": [{"doc", "group", "number", "name", "lead",
  "coordinating", "output", "deadline", "lines"}]} over the bundled corpus;
- form B, tests/fixtures/external_gold/*.json and …/prose/*.json: {"doc", "header", "lead_column", …,
  "tasks": [{"group", "group_title", "number", "name", "lead_cell", "lead", "coordinating_cell",
  "coordinating", "output", "deadline", "extra", "inherited", "lines"}]} over ../shared/external-dev;
  tests/fixtures/external_gold/meta.json holds each document's kind, number, issuer and scope.

The place a question names is the province (corpus manifest.json, else the document's scope in
meta.json); a national document has no province and is named by kind and number instead ("theo
Quyết định 2597/QĐ-TTg", "under the Prime Minister's Decision 2597/QĐ-TTg").

Gold facts (`must_include`) are the values that the row's own printed lines show (a canonical name
that the cell does not print, e.g. "Sở Tài chính" from "Các Sở: Tài chính, Tư pháp", is not required
verbatim; where form B gives the printed cell, the piece of the cell that prints the name is, here
"Tài chính"). A field with no printed value gets no question. Where another row of the gold bears the
same task name with other facts, the question names the row's section ("thuộc mục …"), and the
variant without the place is left out; a row its section cannot tell apart gets no question for that
field. Every item carries its row's group key, so all phrasings of one row fall in the same split
(eval.splits): tuning on dev never sees a test row.

    python -m eval.systematic [--out eval/data/systematic.jsonl] [--gold FILE ...] [--corpus DIR ...]
        [--meta FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from eval.splits import split_of
from indexer.agencies import agencies, canonical_agency
from indexer.period import parse_period
from indexer.text import fold, strip_diacritics

GOLD = Path("tests/fixtures/tasks_gold.json")
EXTERNAL_GOLD = Path("tests/fixtures/external_gold")
META = EXTERNAL_GOLD / "meta.json"
CORPORA = (Path("corpus"), Path("../shared/external-dev"))
SHORT_WORDS = 10
NATIONAL_SCOPES = ("Trung ương",)
# agencies that get listing questions: one named body, not a collective ("Các sở, ban, ngành", "UBND cấp xã")
NAMED_AGENCY = (
    "Sở ",
    "Công an",
    "Văn phòng",
    "Ban ",
    "Thanh tra",
    "Đài ",
    "Báo ",
    "Bộ ",
    "Cục ",
    "Vụ ",
    "Tổng cục ",
    "Ủy ban ",
    "Trung tâm ",
    "Ngân hàng ",
    "Nhà xuất bản ",
    "Học viện ",
    "Tỉnh đoàn",
)
COLLECTIVE = ("Ủy ban nhân dân",)
# English names of document kinds and of national issuers, for "the Prime Minister's Decision 2597/QĐ-TTg"
KIND_EN = {
    "Kế hoạch": "Plan",
    "Quyết định": "Decision",
    "Nghị quyết": "Resolution",
    "Nghị định": "Decree",
    "Thông tư": "Circular",
    "Chỉ thị": "Directive",
    "Công văn": "Official Letter",
    "Công điện": "Official Dispatch",
    "Quy định": "Regulation",
    "Luật": "Law",
}
ISSUER_EN = {
    "Thủ tướng Chính phủ": "the Prime Minister's",
    "Chính phủ": "the Government's",
    "Quốc hội": "the National Assembly's",
    "Ủy ban Thường vụ Quốc hội": "the National Assembly Standing Committee's",
    "Ban Chấp hành Trung ương": "the Party Central Committee's",
    "Bộ Chính trị": "the Politburo's",
    "Ban Bí thư": "the Party Secretariat's",
    "Bộ Tư pháp": "the Ministry of Justice's",
    "Bộ Văn hóa, Thể thao và Du lịch": "the Ministry of Culture, Sports and Tourism's",
}


def _key(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:10]


def unaccented(text: str) -> str:
    return strip_diacritics(text)


@dataclass(frozen=True)
class Place:
    """Where a row's facts hold: a province, or (national documents) the document itself."""

    kind: str  # "province" | "document"
    key: str  # the province, or the document's label
    vi: str  # "Hà Tĩnh" / "Quyết định 2597/QĐ-TTg"
    en: str  # "Hà Tĩnh" / "the Prime Minister's Decision 2597/QĐ-TTg"

    @property
    def in_vi(self) -> str:
        return f" ở {self.vi}" if self.kind == "province" else f" theo {self.vi}"

    @property
    def in_en(self) -> str:
        return f" in {self.en}" if self.kind == "province" else f" under {self.en}"


def document_place(meta: dict) -> Place | None:
    """A national document named by kind and number (issuer when it has no number)."""
    kind, number, issuer = meta.get("kind") or "", meta.get("number") or "", meta.get("issuer") or ""
    if not kind or not (number or issuer):
        return None
    vi = f"{kind} {number}" if number else f"{kind} của {issuer}"
    kind_en = KIND_EN.get(kind, kind)
    whose = ISSUER_EN.get(issuer)
    if number:
        en = f"{whose} {kind_en} {number}" if whose else f"{kind_en} {number}"
    else:
        en = f"{whose} {kind_en}" if whose else f"the {kind_en} of {issuer}"
    return Place("document", vi, vi, en)


def _place(row: dict, provinces: dict[str, str], meta: dict[str, dict]) -> Place | None:
    province = row.get("province") or provinces.get(row["doc"], "")
    doc_meta = meta.get(row["doc"]) or {}
    scope = doc_meta.get("scope") or ""
    if not province and scope and scope not in NATIONAL_SCOPES:
        province = scope
    if province:
        return Place("province", province, province, province)
    return document_place(doc_meta) if doc_meta else None


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


def read_gold(path: Path) -> list[dict]:
    """The rows of one gold file, form A or form B (form B rows get their doc and column headers)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the gold ({exc})") from exc
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        return data["rows"]
    if isinstance(data, dict) and isinstance(data.get("tasks"), list) and data.get("doc"):
        columns = {f: data.get(f"{f}_column") for f in ("lead", "coordinating", "deadline", "output")}
        return [{**task, "doc": data["doc"], "columns": columns, "form": "B"} for task in data["tasks"]]
    raise ValueError(
        f'{path}: not a task gold (expected {{"rows": [...]}} or {{"doc": ..., "tasks": [...]}})'
    )


def read_meta(path: Path) -> dict[str, dict]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the document metadata ({exc})") from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ValueError(f"{path}: expected {{file name: {{kind, number, issuer, scope, ...}}}}")
    return data


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def _printed(value: str, row_text: str) -> bool:
    return _folded(value) in row_text


def _printed_piece(value: str, cell: str, row_text: str) -> str | None:
    """The longest tail (two words or more) of a name the cell does not print whole, as the cell prints
    it: "Cục Di sản văn hóa" in "Các Cục: Di sản văn hóa, Bản quyền tác giả" → "Di sản văn hóa"."""
    words = value.split()
    cell_words = cell.split()
    for start in range(1, len(words) - 1):
        tail = _folded(" ".join(words[start:]))
        n = len(words) - start
        for i in range(len(cell_words) - n + 1):
            piece = " ".join(cell_words[i : i + n]).strip(",;:.()")
            if _folded(piece) == tail and _printed(piece, row_text):
                return piece
    return None


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
            "{place_vi}giao cơ quan nào chủ trì thực hiện việc {name_l}{section_vi}?",
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
# form B prints its column headers: one more wording in the document's own terms
# ("Cơ quan chủ quản dữ liệu của “Dữ liệu thẻ đảng viên” theo Quy định 384-QĐ/TW là gì?")
HEADER_Q = "{header} của “{name}”{in_vi} là gì?"
FIELD_COLUMN = {
    "lead_agency": "lead",
    "coordinating_agencies": "coordinating",
    "deadline": "deadline",
    "output": "output",
}
ROLE_Q = {
    "lead": {
        "vi": "{agency}{of_province} chủ trì những nhiệm vụ nào?",
        "vi2": "Những nhiệm vụ nào ở {province} do {agency} chủ trì?",
        "en": "Which tasks does {agency} lead in {province}?",
    },
    "coordinating": {
        "vi": "{agency}{of_province} được giao phối hợp trong những nhiệm vụ nào?",
        "vi2": "Ở {province}, {agency} là cơ quan phối hợp của những nhiệm vụ nào?",
        "en": "Which tasks does {agency} coordinate in {province}?",
    },
}
ROLE_Q_DOC = {
    "lead": {
        "vi": "Theo {doc_vi}, {agency} chủ trì những nhiệm vụ nào?",
        "vi2": "{doc_vi} giao {agency} chủ trì những nhiệm vụ nào?",
        "en": "Which tasks does {agency} lead under {doc_en}?",
    },
    "coordinating": {
        "vi": "Theo {doc_vi}, {agency} phối hợp trong những nhiệm vụ nào?",
        "vi2": "{doc_vi} giao {agency} phối hợp thực hiện những nhiệm vụ nào?",
        "en": "Which tasks does {agency} coordinate under {doc_en}?",
    },
}
# a document whose column prints the role in its own terms ("Cơ quan chủ quản dữ liệu", "Cơ quan soạn thảo")
ROLE_Q_HEADER = "Theo {doc_vi}, {agency} là {header} của những nhiệm vụ nào?"
ROLE_Q_HEADER_PROVINCE = "Ở {province}, {agency} là {header} của những nhiệm vụ nào?"
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
PERIOD_Q_DOC = {
    "year": {
        "vi": "Theo {doc_vi}, những nhiệm vụ nào có thời hạn trong năm {year}?",
        "vi2": "Năm {year}, {doc_vi} giao những nhiệm vụ nào phải thực hiện?",
        "en": "Which tasks under {doc_en} are due in {year}?",
    },
    "regular": {
        "vi": "Theo {doc_vi}, những nhiệm vụ nào thực hiện thường xuyên?",
        "en": "Which tasks under {doc_en} are carried out regularly?",
    },
    "annual": {
        "vi": "Theo {doc_vi}, những nhiệm vụ nào thực hiện hằng năm?",
        "en": "Which tasks under {doc_en} are carried out every year?",
    },
}


def _value_facts(field: str, row: dict, row_text: str) -> list[str]:
    cell = None
    if field == "lead_agency":
        values, cell = row.get("lead") or [], row.get("lead_cell")
    elif field == "coordinating_agencies":
        values, cell = row.get("coordinating") or [], row.get("coordinating_cell")
    elif field == "deadline":
        values = [row["deadline"]] if row.get("deadline") else []
    else:
        values = [row["output"]] if row.get("output") else []
    facts: list[str] = []
    for v in values:
        if not v:
            continue
        own_cell = cell if cell and _printed(cell, row_text) else None  # not a merged cell printed above
        fact = v if _printed(v, row_text) else (_printed_piece(v, own_cell, row_text) if own_cell else None)
        if fact and fact not in facts:
            facts.append(fact)
    return facts


def _question_name(name: str) -> str:
    """A task name as a question quotes it: without a leading list mark ("+ Tổng kết …") and without
    quotation marks of its own (the question puts the name in quotes)."""
    return " ".join(name.lstrip("+-–•* ").replace("“", "").replace("”", "").split()) or name


def _new_words(header: str, wording: str) -> bool:
    """Whether a printed column header says something the standard wording does not ("Cơ quan chủ
    quản dữ liệu" against "Cơ quan nào chủ trì …"; not "Chủ trì" or "Cơ quan phối hợp")."""
    return bool(set(_folded(header).split()) - set(_folded(wording).split()))


def generate(gold_files: list[Path], corpora: list[Path], meta: dict[str, dict] | None = None) -> list[dict]:
    provinces = _provinces(corpora)
    meta = meta or {}
    rows: list[dict] = []
    for path in gold_files:
        rows += read_gold(path)
    names_by_doc: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        names_by_doc[row["doc"]].append(row["name"])
    texts: dict[str, list[str] | None] = {}
    facts_of: dict[int, dict[str, list[str]]] = {}
    row_texts: dict[int, str] = {}
    for i, row in enumerate(rows):
        doc = row["doc"]
        if doc not in texts:
            texts[doc] = _source_lines(doc, corpora)
        lines = texts[doc]
        if lines is None:
            continue
        first, last = row["lines"]
        row_texts[i] = " ".join(fold(" ".join(lines[first - 1 : last])).split())
        facts_of[i] = {field: _value_facts(field, row, row_texts[i]) for field in FIELDS}
    namesakes = _namesakes(rows, facts_of)
    items: list[dict] = []
    asked: set[str] = set()
    for i, row in enumerate(rows):
        if i not in facts_of:
            continue
        doc = row["doc"]
        place = _place(row, provinces, meta)
        group = _key(doc, row.get("group"), row.get("number"), row["lines"])
        name = short_name(row["name"], names_by_doc[doc])
        if row.get("form") == "B":  # form A questions stay as first published
            name = _question_name(name)
        cite = [{"doc": doc, "lines": list(row["lines"])}]
        for field, templates in FIELDS.items():
            facts = facts_of[i][field]
            if not facts:
                continue
            same_doc, other_doc = namesakes(i, name, field)
            section_vi = section_en = ""
            if same_doc:
                title = (row.get("group_title") or "").strip()
                if not title or any((rows[j].get("group_title") or "").strip() == title for j in same_doc):
                    continue  # its section does not tell this row apart: no question has one answer
                section_vi, section_en = f" thuộc mục “{title}”", f" under “{title}”"
            values = {
                "name": name,
                "name_l": name[0].lower() + name[1:],
                "in_vi": section_vi + (place.in_vi if place else ""),
                "in_en": section_en + (place.in_en if place else ""),
                "place_vi": f"{place.vi} " if place else "",
                "section_vi": section_vi,
            }
            variants = []
            for k, t in enumerate(templates["vi"]):
                q = t.format(**values)
                q = q[0].upper() + q[1:]
                variants.append(("vi", f"vi{k}", q))
                variants.append(("vi", f"vi{k}-unaccented", unaccented(q)))
            # the place is needed when another row bears the name; form A rows keep the variant they had
            # when their dev/test assignment was first used (7 of them are such namesakes)
            if not (same_doc or other_doc) or row.get("form") != "B":
                noplace = {**values, "in_vi": "", "in_en": "", "place_vi": ""}
                variants.append(("vi", "vi-noplace", templates["vi"][0].format(**noplace)))
            long_name = row["name"].rstrip(" .")
            long_name = _question_name(long_name) if row.get("form") == "B" else long_name
            long = {**values, "name": long_name, "name_l": long_name}
            variants.append(("vi", "vi-long", templates["vi"][0].format(**long)))
            variants += [("en", f"en{k}", t.format(**values)) for k, t in enumerate(templates["en"])]
            header = " ".join(((row.get("columns") or {}).get(FIELD_COLUMN[field]) or "").split())
            if header and _new_words(header, templates["vi"][0]):
                q = HEADER_Q.format(**values, header=header)
                variants.append(("vi", "vi-header", q))
                variants.append(("vi", "vi-header-unaccented", unaccented(q)))
            if row.get("form") == "B" and any(q in asked for _, _, q in variants):
                continue  # another row of the same name and the same facts asks it already
            asked.update(q for _, _, q in variants)
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
    items += _listings(rows, provinces, meta, texts)
    return items


def _namesakes(rows: list[dict], facts_of: dict[int, dict[str, list[str]]]):
    """For row i, the name its questions quote and a field: the other rows of its document, and of other
    documents, that the quoted name could mean (their name starts with it, or it with theirs) but
    whose facts for the field differ."""
    folded = {i: _folded(_question_name(rows[i]["name"]).rstrip(" .;")) for i in facts_of}
    by_start: dict[str, list[int]] = defaultdict(list)
    for i, f in folded.items():
        by_start[" ".join(f.split()[:3])].append(i)

    def find(i: int, quoted: str, field: str) -> tuple[list[int], list[int]]:
        mine = _folded(_question_name(quoted).rstrip(" .;"))
        same, other = [], []
        for j in by_start[" ".join(mine.split()[:3])]:
            if j == i or not (folded[j].startswith(mine) or mine.startswith(folded[j])):
                continue
            if facts_of[j][field] == facts_of[i][field]:
                continue
            (same if rows[j]["doc"] == rows[i]["doc"] else other).append(j)
        return same, other

    return find


def _named_agency(name: str) -> bool:
    return name.startswith(NAMED_AGENCY) and not name.startswith(COLLECTIVE)


def _agency_key(name: str) -> str:
    """The gazetteer's canonical name when it knows the printed one ("Sở KH&CN" → "Sở Khoa học và Công
    nghệ"), so one agency's rows are listed together; else the name as given."""
    canonical = canonical_agency(name)
    return canonical if canonical in {a.name for a in agencies()} else name


def _name_sources(rows: list[dict]) -> dict[int, list[int]]:
    """For a form B row whose name is a merged cell printed in an earlier row ("inherited": ["name"]),
    that earlier row's lines: a listing cites them too, as the name is printed there."""
    out: dict[int, list[int]] = {}
    last: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        key = (row["doc"], row["name"])
        if "name" in (row.get("inherited") or []):
            if key in last:
                out[id(row)] = last[key]
        else:
            last[key] = list(row["lines"])
    return out


def _row_cites(row: dict, name_from: dict[int, list[int]]) -> list[dict]:
    cites = [{"doc": row["doc"], "lines": list(row["lines"])}]
    if id(row) in name_from:
        cites.insert(0, {"doc": row["doc"], "lines": name_from[id(row)]})
    return cites


def _listings(rows: list[dict], provinces: dict[str, str], meta: dict[str, dict], texts) -> list[dict]:
    """Every agency × role × place, and every period × place, with the complete expected count."""
    out = []
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    places: dict[str, Place] = {}
    name_from = _name_sources(rows)
    for row in rows:
        place = _place(row, provinces, meta)
        if place is None:
            continue
        places[place.key] = place
        for role, field in (("lead", "lead"), ("coordinating", "coordinating")):
            agencies_of_row = list(dict.fromkeys(_agency_key(a) for a in row.get(field) or []))
            for agency in agencies_of_row:
                if _named_agency(agency):
                    by_key[("agency", place.key, role, agency)].append(row)
        period = parse_period(row.get("deadline"))
        for year in period.years():
            by_key[("year", place.key, str(year))].append(row)
        # "Bắt đầu từ Quý IV/2025 và thường xuyên …" is regular too: the printed word counts, as users read it
        deadline = fold(row.get("deadline") or "")
        if period.kind == "regular" or "thuong xuyen" in deadline:
            by_key[("regular", place.key)].append(row)
        if period.kind == "annual" or "hang nam" in deadline:
            by_key[("annual", place.key)].append(row)
    for key, matched in sorted(by_key.items()):
        if any(texts.get(r["doc"]) is None for r in matched):
            continue  # a listing is complete or not asked
        group = _key("listing", *key)
        cites = [c for r in matched for c in _row_cites(r, name_from)]
        samples = [matched[0], matched[len(matched) // 2], matched[-1]]
        names = list(dict.fromkeys(" ".join(r["name"].split()[:6]) for r in samples))
        place = places[key[1]]
        by_doc = place.kind == "document"
        values = {"province": place.vi, "doc_vi": place.vi, "doc_en": place.en}
        if key[0] == "agency":
            _, _, role, agency = key
            templates = dict((ROLE_Q_DOC if by_doc else ROLE_Q)[role])
            of_province = "" if _folded(agency).endswith(_folded(place.vi)) else f" {place.vi}"
            values.update(agency=agency, of_province=of_province)
            headers = {" ".join(((r.get("columns") or {}).get(role) or "").split()) for r in matched}
            header = headers.pop() if len(headers) == 1 else ""
            if header and _new_words(header, templates["vi"]):
                values["header"] = header[0].lower() + header[1:]
                templates["vi-header"] = ROLE_Q_HEADER if by_doc else ROLE_Q_HEADER_PROVINCE
        else:
            templates = (PERIOD_Q_DOC if by_doc else PERIOD_Q)[key[0]]
            values["year"] = key[2] if key[0] == "year" else ""
        for variant, template in templates.items():
            lang = "en" if variant == "en" else "vi"
            # "1 task" (the answer says "There is 1 task …"), "3 tasks"
            plural = "task" if len(matched) == 1 else "tasks"
            count = f"{len(matched)} {plural}" if lang == "en" else f"{len(matched)} nhiệm vụ"
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
    """tasks_gold.json (form A), then the external-dev gold (form B: tables, then prose), then extra."""
    files = [GOLD] if GOLD.is_file() else []
    if EXTERNAL_GOLD.is_dir():
        files += sorted(p for p in EXTERNAL_GOLD.glob("*.json") if p.name != META.name)
        files += sorted((EXTERNAL_GOLD / "prose").glob("*.json"))
    return files + list(extra or [])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.systematic", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="eval/data/systematic.jsonl")
    p.add_argument("--gold", nargs="*", type=Path, help="more gold files (form A or form B)")
    p.add_argument("--corpus", nargs="*", type=Path, help="folders holding the gold's documents")
    p.add_argument("--meta", type=Path, default=META, help="document metadata (kind, number, issuer, scope)")
    args = p.parse_args(argv)
    corpora = list(args.corpus or CORPORA)
    try:
        files = gold_files(args.gold)
        items = generate(files, corpora, read_meta(args.meta))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missing = sorted(
        {r["doc"] for f in files for r in read_gold(f)} - {c["doc"] for it in items for c in it["citations"]}
    )
    for doc in missing:
        print(
            f"warning: {doc}: no question (its text is not in {', '.join(map(str, corpora))}, or no printed fact)",
            file=sys.stderr,
        )
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
