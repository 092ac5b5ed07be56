"""What a table column holds, read from its printed header, and what a cell looks like.

Column roles are decided by the header's meaning, in any order and with any extra columns:
number ("TT", "STT", "Thứ tự công việc"), name ("Tên nhiệm vụ", "Nội dung", "Chỉ tiêu", "Dữ liệu", …),
lead ("Cơ quan chủ trì", "Đơn vị thực hiện", "Cơ quan soạn thảo", "Cơ quan chủ quản …"),
coordinating ("… phối hợp"), output ("Kết quả", "Sản phẩm"), deadline ("Thời gian", "Thời hạn",
"Tiến độ"); every other column is kept by its printed header ("extra").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.clean import strip_diacritics

NUMBER, NAME, LEAD, COORD, OUTPUT, DEADLINE, EXTRA = (
    "number",
    "name",
    "lead",
    "coordinating",
    "output",
    "deadline",
    "extra",
)


def _fold(text: str) -> str:
    text = re.sub(r"[*_|]+", " ", text or "")
    return " ".join(strip_diacritics(text).lower().replace("đ", "d").split())


# (role, folded phrases, strength): the strongest match wins a column; ties go to the first column
_SIGNALS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    (COORD, ("phoi hop",), 5),
    (LEAD, ("chu tri",), 5),
    (LEAD, ("don vi thuc hien", "co quan thuc hien", "don vi thuc hien", "to chuc thuc hien"), 4),
    (LEAD, ("co quan soan thao", "chu quan", "don vi chu tri", "co quan chiu trach nhiem"), 4),
    (LEAD, ("co quan trinh", "don vi trinh"), 2),
    (NUMBER, ("stt", "tt", "so tt", "thu tu", "so thu tu"), 6),
    (OUTPUT, ("ket qua", "san pham", "hinh thuc van ban", "hinh thuc san pham", "hinh thuc"), 4),
    (
        DEADLINE,
        (
            "thoi gian",
            "thoi han",
            "tien do",
            "lo trinh",
            "hoan thanh",
            "thoi diem",
            "moc thoi gian",
            "nam thuc hien",
        ),
        3,
    ),
    (
        NAME,
        (
            "ten nhiem vu",
            "nhiem vu",
            "noi dung",
            "cong viec",
            "chi tieu",
            "ten van ban",
            "du lieu",
            "de an",
            "du an",
            "hoat dong",
            "giai phap",
            "muc tieu",
            "ten",
        ),
        2,
    ),
)
_NOT_LEAD = ("nguoi dung dau", "lanh dao", "ghi chu", "tham tra", "kinh phi", "nguon")
_NOT_NAME = ("nhom",)


def header_role(header: str) -> tuple[str, int]:
    """(role, strength) of one printed column header; (EXTRA, 0) when nothing fits."""
    folded = _fold(header)
    if not folded:
        return EXTRA, 0
    best = (EXTRA, 0)
    for role, phrases, strength in _SIGNALS:
        for phrase in phrases:
            if role == NUMBER:
                hit = folded == phrase or folded.startswith(phrase + " ") and len(folded.split()) <= 4
            else:
                hit = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded) is not None
            if not hit:
                continue
            if role == LEAD and any(w in folded for w in _NOT_LEAD):
                continue
            if role == NAME and any(folded.startswith(w) for w in _NOT_NAME):
                continue
            if role == DEADLINE and any(w in folded for w in ("giai quyet",)) and strength < 4:
                strength = 1  # "Thời hạn giải quyết" of a procedure list: a weak deadline
            elif role == DEADLINE and ("hoan thanh" in folded or "ket thuc" in folded):
                strength = 4  # of "Bắt đầu | Hoàn thành", the deadline is when it must be done
            elif role == DEADLINE and "bat dau" in folded:
                strength = 2
            if strength > best[1]:
                best = (role, strength)
    return best


def column_roles(headers: Sequence[str]) -> list[str]:
    """One role per column; each of number/name/lead/coordinating/output/deadline goes to one column
    at most (the strongest, then the leftmost), the rest are EXTRA."""
    scored = [header_role(h) for h in headers]
    roles = [EXTRA] * len(headers)
    for role in (NUMBER, LEAD, COORD, DEADLINE, OUTPUT, NAME):
        candidates = [(-s, i) for i, (r, s) in enumerate(scored) if r == role and roles[i] == EXTRA]
        if candidates:
            roles[min(candidates)[1]] = role
    if NAME not in roles:
        # the name column is the one headed by a content word left of the agency columns
        for i, (r, _) in enumerate(scored):
            if roles[i] == EXTRA and r != NUMBER and headers[i].strip():
                roles[i] = NAME
                break
    return roles


# --- what a cell looks like ------------------------------------------------------------------------

_NUMBERISH = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[a-zđ]\)|[A-Z]\.|Bước\s*\d+)$")
_DEADLINEISH = re.compile(
    r"(?i)^(?:năm|quý|quí|tháng|trước|trong|từ|đến|hằng|hàng|thường|định kỳ|giai đoạn|sau khi|theo|"
    r"\d{1,2}/\d{1,2}/\d{4}|\d{4}|\d+(?:,\d+)?\s*ngày)"
)
_AGENCY_HEADS = re.compile(
    r"^(?:Các\s+|các\s+)?(?:Sở|Bộ|Ban|Văn phòng|Ủy ban|Uỷ ban|UBND|HĐND|Công an|Cục|Chi cục|Trung tâm|Viện|"
    r"Tổng|Hội|Hiệp hội|Đoàn|Liên đoàn|Mặt trận|Trung ương|Chính phủ|Thủ tướng|Tòa án|Toà án|Kho bạc|"
    r"Ngân hàng|Kiểm toán|Thanh tra|Đài|Báo|Thông tấn|Phòng|Công chức|Chủ tịch|Giám đốc|Tỉnh ủy|Tỉnh uỷ|"
    r"Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|Bảo hiểm|Cơ quan|Đơn vị|Hội đồng|Quốc hội|Kiểm sát|Bộ Chỉ huy|"
    r"Lãnh đạo|Người đứng đầu|Thủ trưởng|Trường|Doanh nghiệp|Hợp tác xã|Ủy ban nhân dân|Uỷ ban nhân dân|"
    r"sở|bộ|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức)\b"
)
# words that open the name of a body and, followed so, a piece of work: "Tổng hợp báo cáo", "Báo cáo kết
# quả", "Hội nghị sơ kết", "Phòng, chống tham nhũng", "Trường hợp …"
_WORK_HEADS = re.compile(
    r"^(?:Tổng (?:hợp|kết)|Báo cáo|Hội (?:nghị|thảo|thi|diễn)|Phòng,? (?:chống|ngừa)|Trường hợp)\b"
)


def looks_number(text: str) -> bool:
    return bool(_NUMBERISH.match(text.strip()))


def looks_agency(text: str) -> bool:
    text = text.strip()
    return bool(_AGENCY_HEADS.match(text)) and not _WORK_HEADS.match(text)


def looks_deadline(text: str) -> bool:
    text = text.strip()
    return bool(_DEADLINEISH.match(text)) and len(text) < 160


def expected_shape(role: str) -> tuple[float, float, float]:
    """(number, agency, deadline) a cell of this column is expected to look like."""
    return {
        NUMBER: (1.0, 0.0, 0.0),
        LEAD: (0.0, 1.0, 0.0),
        COORD: (0.0, 1.0, 0.0),
        DEADLINE: (0.0, 0.0, 1.0),
    }.get(role, (0.0, 0.0, 0.0))


def cell_shape(text: str) -> tuple[float, float, float]:
    return (float(looks_number(text)), float(looks_agency(text)), float(looks_deadline(text)))


def mismatch(text: str, role: str) -> float:
    """How badly a non-empty cell fits a column of this role (0 = fits)."""
    if not text.strip():
        return 0.0
    got, want = cell_shape(text), expected_shape(role)
    cost = sum(abs(g - w) for g, w in zip(got, want, strict=True))
    if role in (NAME, OUTPUT) and len(text) > 40:
        cost -= 0.2  # long prose belongs in the name/output columns
    if role == EXTRA:
        cost += 0.1  # a cell of unknown kind goes to a column we know before one we do not
    if role == NUMBER and not got[0] and len(text) > 12:
        cost += 1.0  # prose in the number column: the row is cut wrongly
    return cost


def align(texts: Sequence[str], roles: Sequence[str]) -> tuple[list[int], float]:
    """Columns for the cells of a row that prints fewer cells than the table has: an increasing
    assignment minimising the mismatch (dynamic programming). Returns (columns, cost)."""
    m, n = len(texts), len(roles)
    if m > n:
        return list(range(m)), float("inf")
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back: list[list[int]] = [[-1] * (n + 1) for _ in range(m + 1)]
    for j in range(n + 1):
        best[0][j] = 0.0
    for i in range(1, m + 1):
        for j in range(i, n + 1):
            # cell i-1 in column j-1, previous cells in columns < j-1
            prev = min(range(i - 1, j), key=lambda k: best[i - 1][k])
            cost = best[i - 1][prev] + mismatch(texts[i - 1], roles[j - 1])
            if cost < best[i][j]:
                best[i][j], back[i][j] = cost, prev
    end = min(range(m, n + 1), key=lambda j: best[m][j])
    cols, j = [], end
    for i in range(m, 0, -1):
        cols.append(j - 1)
        j = back[i][j]
    return cols[::-1], best[m][end]
