"""Task tables from hand-checked gold rows, to write as real DOCX/HTML/PDF/Markdown files in tests.

The writers and the expected grid live in `eval.table_render` (the bench uses them too); this module
only knows where the test fixtures are.
"""

from __future__ import annotations

import json
from pathlib import Path

from eval.table_render import TableSpec, spec_from_gold, spec_from_task_rows

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXTERNAL_GOLD = FIXTURES / "external_gold"

# Group titles of the bundled plan 000's appendix as printed (corpus/000_*.txt lines 461-1306).
BUNDLED_GROUP_TITLES = {
    "I": "Bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng trong công tác xây dựng pháp luật, phát huy "
    "cao độ tính Đảng trong xây dựng và thi hành pháp luật",
    "II": "Đổi mới tư duy, định hướng xây dựng pháp luật theo hướng vừa bảo đảm yêu cầu quản lý nhà "
    "nước, vừa khuyến khích sáng tạo, giải phóng toàn bộ sức sản xuất, khơi thông mọi nguồn lực phát triển",
    "III": "Tạo đột phá trong công tác thi hành pháp luật, bảo đảm pháp luật được thực hiện công bằng, "
    "nghiêm minh, nhất quán, kịp thời, hiệu lực và hiệu quả; gắn kết chặt chẽ giữa xây dựng và thi hành pháp luật",
    "IV": "Nâng cao hiệu quả công tác hợp tác quốc tế, pháp luật quốc tế",
    "V": "Xây dựng giải pháp đột phá nâng cao chất lượng nguồn nhân lực pháp luật",
    "VI": "Tăng cường chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn trong công tác xây dựng và "
    "thi hành pháp luật",
    "VII": "Thực hiện cơ chế tài chính đặc biệt cho công tác xây dựng và thi hành pháp luật",
}


def external_gold(stem: str) -> dict:
    return json.loads((EXTERNAL_GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def external_spec(stem: str, group_marker_column: bool = True) -> TableSpec:
    """The task table of external-dev document `stem` as printed: header, groups, merged cells."""
    return spec_from_gold(external_gold(stem), group_marker_column=group_marker_column)


def bundled_spec(doc_prefix: str = "000_", limit: int | None = None) -> TableSpec:
    """Rows of a bundled document's appendix (tests/fixtures/tasks_gold.json); consecutive rows with
    the same lead or deadline share one merged cell."""
    gold = json.loads((FIXTURES / "tasks_gold.json").read_text(encoding="utf-8"))
    rows = [row for row in gold["rows"] if row["doc"].startswith(doc_prefix)][:limit]
    return spec_from_task_rows(rows, group_titles=BUNDLED_GROUP_TITLES)
