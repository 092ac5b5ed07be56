"""The columns of a task row beyond its five fields (name, lead, coordinating, output, time) that a
question asks for by their printed header: "Hồ sơ trình UBTVQH … gồm những tài liệu gì?" asks the "Hồ
sơ" column, "cơ quan trình" the "Cơ quan trình" column, "kinh phí" a "Kinh phí" column. The header is
read as printed; a header of several names ("Cơ quan thẩm tra/chuẩn bị ý kiến") is asked by any of them,
and a holder's header by its activity too ("ai chủ trì thẩm tra …" asks "Cơ quan thẩm tra").
A name of one word ("Ghi") is too weak to say which column is meant."""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.records import Task
from indexer.text import fold

_NAME_PARTS = re.compile(r"[/,;()]|\s+(?:và|hoặc|va|hoac)\s+")
MIN_HEADER_WORDS = 2
# a role is no activity of a column of its own ("Đơn vị thực hiện" is the lead column's header)
_ROLE_WORDS = {"thuc hien", "chu tri", "phoi hop", "trien khai", "tham gia", "chiu trach nhiem"}
# the holder a header names before its activity ("Cơ quan thẩm tra", "Đơn vị thực hiện")
_HOLDER = re.compile(r"^(?:co quan|don vi|bo phan|nguoi|chu the)\s+")


@lru_cache(maxsize=4096)
def _parts(header: str) -> tuple[tuple[str, str], ...]:
    """(name, activity) of each name a printed header holds, folded: "Cơ quan thẩm tra/chuẩn bị ý kiến" →
    ("co quan tham tra", "tham tra"), ("chuan bi y kien", "chuan bi y kien"); the activity is "" for a role of
    the lead or coordinating column."""
    out = []
    for part in _NAME_PARTS.split(fold(header)):
        part = " ".join(part.split())
        activity = _HOLDER.sub("", part)
        out.append((part, "" if activity in _ROLE_WORDS else activity))
    return tuple(out)


@lru_cache(maxsize=4096)
def _names(header: str) -> tuple[str, ...]:
    """The folded names a printed header is asked by ("Cơ quan thẩm tra" by its activity too: "ai chủ trì thẩm
    tra …")."""
    names = [n for part, activity in _parts(header) for n in (part, activity) if n]
    return tuple(dict.fromkeys(n for n in names if len(n.split()) >= MIN_HEADER_WORDS))


# after a holder's activity said right after the body: what asks for rows ("… trình những văn bản nào", "…
# trình under Resolution 1339", "… soạn thảo mà tiến độ …"), not a longer word ("trình bày")
_ACTIVITY_ENDS = (
    r"(?= (?:nhung|cac|nao|gi|bao nhieu|theo|trong|tai|ma|under|in|of|for|according|and|that|with)\b|\W*$|,)"
)


def names_activity_of(header: str, agency: str, question: str) -> bool:
    """Whether the question says the agency does what a column of holders is headed by ("Ủy ban Thường vụ
    Quốc hội trình những văn bản nào?" of "Cơ quan trình"): the activity right after the agency's name, one
    word enough."""
    fq, name = fold(question), fold(agency)
    return any(
        activity != part
        and re.search(
            rf"(?<!\w){re.escape(name)} (?:(?:se|phai|duoc giao|will|must|shall) )?{re.escape(activity)}{_ACTIVITY_ENDS}",
            fq,
        )
        for part, activity in _parts(header)
        if activity
    )


# a person answerable for a task asked ("ai chịu trách nhiệm", "người đứng đầu", "who is personally
# responsible"), and the column that names one ("Người đứng đầu chịu trách nhiệm", "Lãnh đạo phụ trách")
_PERSON_ASKED = re.compile(
    r"\b(?:ai|nguoi|lanh dao) (?:dung dau |truc tiep )?(?:chiu trach nhiem|phu trach)\b|\bnguoi dung dau\b"
    r"|\bpersonally (?:responsible|accountable)\b|\b(?:head|leader|official|person) (?:who is )?(?:responsible"
    r"|accountable|in charge)\b"
    # "Who is in charge of drafting …?": the body that leads, and the person the row holds answerable
    r"|\bwho (?:is|are|will be) (?:in charge|responsible)\b"
)
_PERSON_HEADER = re.compile(
    r"\b(?:nguoi|lanh dao|thu truong)\b.*\b(?:chiu trach nhiem|phu trach)\b|\bdung dau\b"
)


def asked_columns(task: Task, question: str) -> list[tuple[str, str]]:
    """(printed header, value) of the row's other columns whose header the question names (or, for a
    question of who answers for the task, the column of the person responsible)."""
    if not task.extra:
        return []
    fq = fold(question)
    person = bool(_PERSON_ASKED.search(fq))
    return [
        (header, value)
        for header, value in task.extra
        if value.strip()
        and (
            any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", fq) for n in _names(header))
            or (person and _PERSON_HEADER.search(fold(header)))
        )
    ]
