"""parse_outline on small hand-written plans, laws and decisions (cleaned with the real clean_lines)."""

from __future__ import annotations

import pytest

from indexer.clean import clean_lines
from indexer.outline import Outline, find_appendix_start, join_wrapped, parse_outline


def _outline(text: str, doc: str = "test.txt") -> Outline:
    raw = text.split("\n")
    return parse_outline(doc, list(enumerate(clean_lines(raw), 1)))


def _by_path(outline: Outline) -> dict:
    return {c.path: c for c in outline.clauses}


PLAN = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 12/KH-UBND
KẾ HOẠCH
Thực hiện Nghị quyết số 66-NQ/TW

Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; Ủy ban nhân
dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai đầy đủ các nhiệm vụ.
2. Xác định rõ trách nhiệm.
II. NHIỆM VỤ CỤ THỂ
Các sở, ngành thực hiện các nhiệm vụ sau:
1. Bảo đảm sự lãnh đạo toàn diện của Đảng trong công tác xây
dựng pháp luật
a) Tổ chức quán triệt Nghị quyết số 140/NQ-
CP của Chính phủ, Nghị quyết số 66-NQ/TW ngày
30/4/2025 của Bộ Chính trị; theo đề nghị tại Văn bản số
2208/TTr-STP ngày 04/8/2025 của Sở Tư pháp.
b) Rà soát văn bản; trường hợp cần thiết thì áp dụng điểm
a) và điểm b) của khoản này.
2. Đổi mới tư duy xây dựng pháp luật
a) Nội dung thứ nhất.
b) Nội dung thứ hai.
c) Nội dung thứ ba.
d) Nội dung thứ tư.
đ) Nội dung thứ năm, phát triển kinh tế
- xã hội của tỉnh.
e) Nội dung thứ sáu:
- Ý thứ nhất;
+ Ý nhỏ một;
+ Ý nhỏ hai;
- Ý thứ hai.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp
- Chủ trì theo dõi, đôn đốc.
12
- Tổng hợp báo cáo UBND tỉnh./.
Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn An
PHỤ LỤC
DANH MỤC NHIỆM VỤ
TT Tên nhiệm vụ Cơ quan chủ trì
1
Xây dựng kế hoạch
"""


def test_plan_sections_items_points_and_dash_items() -> None:
    outline = _outline(PLAN)
    clauses = _by_path(outline)
    assert [c.path for c in outline.clauses][:6] == ["preamble", "I", "I.1", "I.2", "II", "II.1"]
    assert clauses["II"].label == "Mục II"
    assert clauses["II"].text == "II. NHIỆM VỤ CỤ THỂ Các sở, ngành thực hiện các nhiệm vụ sau:"
    assert clauses["II.1"].label == "Mục II, khoản 1"
    assert clauses["II.1"].lines == (13, 14)
    assert clauses["II.1.a"].label == "Mục II, khoản 1, điểm a"
    assert clauses["II.1.a"].titles == (
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Bảo đảm sự lãnh đạo toàn diện của Đảng trong công tác xây dựng pháp luật",
    )
    assert clauses["II.2.đ"].label == "Mục II, khoản 2, điểm đ"
    assert clauses["II.2.e"].lines == (28, 28)
    assert clauses["II.2.e.-1"].label == "Mục II, khoản 2, điểm e, ý 1"
    assert clauses["II.2.e.-1.+2"].text == "+ Ý nhỏ hai;"
    assert clauses["II.2.e.-2"].text == "- Ý thứ hai."
    assert clauses["III.1.-2"].label == "Mục III, khoản 1, ý 2"
    assert clauses["preamble"].kind == "preamble" and clauses["preamble"].lines == (1, 7)
    assert clauses["preamble"].label == "Phần mở đầu"


def test_wrapped_lines_starting_with_a_date_a_number_or_a_point_stay_text() -> None:
    clauses = _by_path(_outline(PLAN))
    point = clauses["II.1.a"]
    assert point.lines == (15, 18)
    # "140/NQ-" + "CP" joins without a space; the date and the "2208/TTr-STP" lines are continuations
    assert point.text.startswith("a) Tổ chức quán triệt Nghị quyết số 140/NQ-CP của Chính phủ")
    assert "ngày 30/4/2025 của Bộ Chính trị" in point.text and "2208/TTr-STP ngày 04/8/2025" in point.text
    # "a) và điểm b)" at the start of a wrapped line is a reference, not a new point a)
    assert clauses["II.1.b"].lines == (19, 20)
    assert clauses["II.1.b"].text.endswith("áp dụng điểm a) và điểm b) của khoản này.")
    # "- xã hội" continues "phát triển kinh tế" and is no dash item
    assert clauses["II.2.đ"].text == "đ) Nội dung thứ năm, phát triển kinh tế - xã hội của tỉnh."
    assert clauses["II.2.đ"].lines == (26, 27)


def test_recipients_signature_appendix_and_noise_lines() -> None:
    outline = _outline(PLAN)
    clauses = _by_path(outline)
    assert outline.appendix_start == 45
    assert all(c.lines[1] < 45 for c in outline.clauses)
    # the lone page number "12" is skipped, the dash item around it keeps its own lines
    assert clauses["III.1.-1"].lines == (35, 35)
    assert clauses["III.1.-2"].lines == (37, 37)
    assert clauses["noi-nhan"].kind == "recipients" and clauses["noi-nhan"].lines == (38, 40)
    assert clauses["noi-nhan"].label == "Nơi nhận"
    signature = clauses["chu-ky"]
    assert signature.kind == "signature" and signature.label == "Chữ ký" and signature.lines == (41, 44)
    assert "PHÓ CHỦ TỊCH" in signature.text and signature.text.endswith("Trần Văn An")


LAW = """QUỐC HỘI
LUẬT
THÍ ĐIỂM VỀ TỔ CHỨC
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về tổ chức thí điểm.
Điều 2. Giải thích từ ngữ
Trong Luật này, các từ ngữ dưới đây được hiểu như sau:
1. Cơ quan chủ trì là cơ quan được giao trong
2. năm thực hiện thí điểm.
2. Đối tượng áp dụng gồm:
a) Cơ quan nhà nước;
b) Tổ chức chính trị - xã hội;
c) Doanh nghiệp;
d) Hợp tác xã;
đ) Hộ kinh doanh;
e) Cá nhân khác.
Chương II
TỔ CHỨC THỰC HIỆN
Mục 1
CƠ QUAN CHỦ TRÌ
Điều 3. Trách nhiệm của cơ quan chủ trì
1. Lập kế hoạch.
2. Báo cáo định kỳ.
Mục 2. CƠ QUAN PHỐI HỢP
Điều 4. Trách nhiệm phối hợp
Cơ quan phối hợp tham gia theo quy định tại Mục 1 Chương này.
Chương III
ĐIỀU KHOẢN THI HÀNH
Điều 5. Hiệu lực thi hành
Luật này có hiệu lực từ ngày 01/01/2026./.
CHỦ TỊCH QUỐC HỘI
Trần Thanh Mẫn
"""


def test_law_chapters_sections_articles_clauses_points() -> None:
    outline = _outline(LAW, "luat.txt")
    clauses = _by_path(outline)
    assert outline.appendix_start is None
    assert clauses["Chương I"].label == "Chương I"
    assert clauses["Chương I"].lines == (4, 5)
    assert clauses["Điều 1"].titles == ("Chương I NHỮNG QUY ĐỊNH CHUNG",)
    assert clauses["Điều 1"].text == "Điều 1. Phạm vi điều chỉnh Luật này quy định về tổ chức thí điểm."
    assert clauses["Điều 2.1"].label == "Điều 2, khoản 1"
    # "2. năm thực hiện" (lower case after an unfinished line) is the wrapped end of khoản 1
    assert clauses["Điều 2.1"].lines == (10, 11)
    assert clauses["Điều 2.2"].lines == (12, 12)
    assert "Điều 2.3" not in clauses
    assert clauses["Điều 2.2.đ"].label == "Điều 2, khoản 2, điểm đ"
    assert clauses["Điều 2.2.e"].text == "e) Cá nhân khác."
    assert clauses["Điều 2.2.a"].titles == (
        "Chương I NHỮNG QUY ĐỊNH CHUNG",
        "Điều 2. Giải thích từ ngữ Trong Luật này, các từ ngữ dưới đây được hiểu như sau:",
        "2. Đối tượng áp dụng gồm:",
    )
    assert clauses["Chương II.Mục 1"].label == "Chương II, Mục 1"
    assert clauses["Điều 3"].titles == ("Chương II TỔ CHỨC THỰC HIỆN", "Mục 1 CƠ QUAN CHỦ TRÌ")
    assert clauses["Điều 3.2"].label == "Điều 3, khoản 2"
    assert clauses["Chương II.Mục 2"].text == "Mục 2. CƠ QUAN PHỐI HỢP"
    assert clauses["Điều 4"].titles[-1] == "Mục 2. CƠ QUAN PHỐI HỢP"
    assert clauses["Điều 5"].titles == ("Chương III ĐIỀU KHOẢN THI HÀNH",)
    assert clauses["chu-ky"].text == "CHỦ TỊCH QUỐC HỘI Trần Thanh Mẫn"
    assert clauses["preamble"].lines == (1, 3)


DECISION = """ỦY BAN NHÂN DÂN TỈNH BÌNH AN
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW
Căn cứ Luật Tổ chức chính quyền địa phương;
Theo đề nghị của Giám đốc Sở Tư pháp.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.
Điều 2. Giao Giám đốc Sở Tư pháp chủ trì triển khai.
Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.
Quyết định có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
KẾ HOẠCH
Thực hiện Nghị quyết số 66-NQ/TW
(Kèm theo Quyết định số 5/QĐ-UBND)
I. MỤC ĐÍCH
1. Mục đích
Nâng cao nhận thức.
II. NHIỆM VỤ
1. Rà soát văn bản
- Rà soát định kỳ.
Phụ lục
STT Nội dung
"""


def test_decision_followed_by_the_plan_it_issues_gets_distinct_paths() -> None:
    outline = _outline(DECISION, "qd.txt")
    paths = [c.path for c in outline.clauses]
    assert paths == [
        "preamble",
        "Điều 1",
        "Điều 2",
        "Điều 3",
        "noi-nhan",
        "chu-ky",
        "KH:preamble",
        "KH:I",
        "KH:I.1",
        "KH:II",
        "KH:II.1",
        "KH:II.1.-1",
    ]
    clauses = _by_path(outline)
    assert "Giám đốc Sở Tư pháp" in clauses["Điều 2"].text
    assert clauses["Điều 3"].lines == (9, 10)
    assert clauses["chu-ky"].lines == (14, 15)
    assert (
        clauses["KH:preamble"].lines == (16, 18) and clauses["KH:preamble"].label == "Kế hoạch, Phần mở đầu"
    )
    assert clauses["KH:II.1"].label == "Kế hoạch, Mục II, khoản 1"
    assert clauses["KH:II.1.-1"].titles == ("II. NHIỆM VỤ", "1. Rà soát văn bản")
    assert outline.appendix_start == 25


def test_sub_numbered_items_and_numbering_that_runs_on_across_sections() -> None:
    text = """I. NỘI DUNG
1. Mục tiêu chung
1.1. Hoàn thiện thể chế.
1.2. Nâng cao chất lượng.
2. Mục tiêu cụ thể
II. GIẢI PHÁP
3. Giải pháp thứ ba tiếp tục đánh số.
4. Giải pháp thứ tư.
"""
    clauses = _by_path(_outline(text))
    assert clauses["I.1.2"].label == "Mục I, khoản 1, tiểu mục 1.2"
    assert clauses["I.1.2"].titles == ("I. NỘI DUNG", "1. Mục tiêu chung")
    assert clauses["I.2"].lines == (5, 5)
    assert clauses["II.4"].lines == (8, 8)


def test_numbered_directives_without_sections_and_a_text_without_any_outline() -> None:
    text = """Kính gửi:
- Các ban đảng;
- Các đảng ủy trực thuộc.
Thực hiện Nghị quyết số 66-NQ/TW, Ban Thường vụ yêu cầu:
1. Các cấp ủy quán triệt Nghị quyết.
- Hằng năm xây dựng kế hoạch.
2. Đảng đoàn HĐND tỉnh lãnh đạo rà soát.
"""
    clauses = _by_path(_outline(text))
    assert list(clauses) == ["preamble", "1", "1.-1", "2"]
    assert clauses["preamble"].lines == (1, 4)  # the "Kính gửi" dashes are no items
    assert clauses["1"].label == "Mục 1" and clauses["1.-1"].label == "Mục 1, ý 1"

    plain = _outline("Thông báo về việc nghỉ lễ.\nCác cơ quan thực hiện./.\n")
    assert [(c.path, c.kind, c.lines) for c in plain.clauses] == [("preamble", "preamble", (1, 2))]
    assert _outline("").clauses == ()


def test_appendix_heading_is_a_heading_not_a_mention() -> None:
    def start(*texts: str) -> int | None:
        return find_appendix_start(list(enumerate(texts, 1)))

    assert start("Nhiệm vụ tại", "Phụ lục kèm theo Kế hoạch này.") is None
    assert start("Nội dung", "Phụ lục 1 kèm theo") is None
    assert start("Nội dung", "PHỤ LỤC") == 2
    assert start("Nội dung", "Phụ lục II: Danh mục nhiệm vụ") == 2
    assert start("Nội dung", "PHỤ LỤC DANH MỤC CÁC NHIỆM VỤ") == 2


def test_signature_before_recipients_and_an_all_caps_signer_name() -> None:
    text = """I. NHIỆM VỤ
1. Triển khai thực hiện./.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
NGUYỄN VĂN BÌNH
Nơi nhận:
- Như trên;
"""
    clauses = _by_path(_outline(text))
    assert clauses["chu-ky"].lines == (3, 5) and "NGUYỄN VĂN BÌNH" in clauses["chu-ky"].text
    assert clauses["noi-nhan"].lines == (6, 7)
    assert clauses["I.1"].lines == (2, 2)


def test_a_minister_signing_after_the_recipients_signs_this_document() -> None:
    """ "BỘ TRƯỞNG" (a ministry's head signing in its own name) reads like the header of a ministry's next
    document; after the "Nơi nhận" list it is this one's signature."""
    text = """1. Thủ trưởng các đơn vị triển khai thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn Hùng
Danh mục các văn bản đã ban hành
I. QUYẾT ĐỊNH
"""
    clauses = _by_path(_outline(text))
    assert clauses["chu-ky"].lines == (5, 6) and clauses["chu-ky"].text.endswith("Nguyễn Văn Hùng")


def test_join_wrapped() -> None:
    assert (
        join_wrapped(["Nghị quyết số 140/NQ-", "CP ngày 17/5/2025"])
        == "Nghị quyết số 140/NQ-CP ngày 17/5/2025"
    )
    assert join_wrapped(["phát triển kinh tế -", "xã hội"]) == "phát triển kinh tế - xã hội"
    assert join_wrapped(["a", "", " b "]) == "a b"


def test_bad_input_raises_a_clear_error() -> None:
    with pytest.raises(ValueError, match="bad.txt: line numbers"):
        parse_outline("bad.txt", [(2, "Một"), (2, "Hai")])
    with pytest.raises(ValueError, match="doc"):
        parse_outline("", [(1, "Một")])


def test_decision_issuing_a_regulation_with_its_own_articles() -> None:
    text = """QUYẾT ĐỊNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
QUY CHẾ
Làm việc của Ủy ban
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi
1. Quy chế này áp dụng cho các cơ quan nêu tại khoản
2. Điều 5 Luật Tổ chức chính quyền địa phương.
Điều 2. Nguyên tắc
1. Tập trung dân chủ.
"""
    clauses = _by_path(_outline(text))
    assert list(clauses) == [
        "preamble",
        "Điều 1",
        "Điều 2",
        "QC:preamble",
        "QC:Chương I",
        "QC:Điều 1",
        "QC:Điều 1.1",
        "QC:Điều 2",
        "QC:Điều 2.1",
    ]
    assert clauses["QC:Điều 2.1"].label == "Quy chế, Điều 2, khoản 1"
    # "2. Điều 5 ..." continues "... tại khoản": a reference, not a khoản 2 of Điều 1
    assert clauses["QC:Điều 1.1"].lines == (10, 11)
