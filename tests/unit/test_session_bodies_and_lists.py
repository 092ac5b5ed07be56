"""Rules of the fifty-first session, on hand-made records: the communes' People's Committees, a body a text
gives its own numbered part ("10. Ủy ban nhân dân xã, phường" and its points), are answered from that part
like any department ("Chỉ thị giao UBND xã, phường những nhiệm vụ gì?"); "central" or "Party" right before
"document" says the level of the document asked for, not a name the evidence must print ("Which central document
does Lai Chau's Plan 7360 implement?")."""

from __future__ import annotations

import pytest

from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view

CT = "ct_nuoc_duoi_dat.txt"
LC = "kh_tieu_chuan_laichau.txt"
COMMUNES = "10. Ủy ban nhân dân xã, phường"


@pytest.fixture(scope="module")
def view() -> IndexView:
    docs = [
        Document(CT, "Chỉ thị về tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất", "Chỉ thị",
                 number="09/CT-UBND", province="Cần Thơ"),
        Document(LC, "Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy "
                 "chuẩn kỹ thuật", "Kế hoạch", number="7360/KH-UBND", province="Lai Châu"),
    ]  # fmt: skip
    clauses = [
        Clause(CT, "9", "Mục 9", (), (255, 262),
               "9. Sở Nông nghiệp và Môi trường: tăng cường kiểm tra việc khai thác nước dưới đất."),
        Clause(CT, "10", "Mục 10", (), (265, 266), COMMUNES),
        Clause(CT, "10.a", "Mục 10, điểm a", (COMMUNES,), (268, 270),
               "a) Đẩy mạnh công tác phổ biến, tuyên truyền về tài nguyên nước."),
        Clause(CT, "10.b", "Mục 10, điểm b", (COMMUNES,), (272, 278),
               "b) Thực hiện rà soát, thống kê tất cả các công trình khai thác nước dưới đất trên địa bàn."),
        Clause(CT, "11", "Mục 11", (), (338, 342),
               "11. Yêu cầu Giám đốc sở, Chủ tịch Ủy ban nhân dân xã, phường và các tổ chức, cá nhân có liên "
               "quan tổ chức triển khai thực hiện nghiêm túc Chỉ thị này."),
        Clause(LC, "preamble", "Phần mở đầu", (), (26, 29),
               "Thực hiện Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ ban hành Kế "
               "hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ "
               "thuật.", kind="preamble"),
        Clause(LC, "I.1", "Mục I, khoản 1", ("I. MỤC ĐÍCH, YÊU CẦU",), (31, 33),
               "1. Xác định cụ thể nội dung công việc, thời hạn hoàn thành và trách nhiệm của các cơ quan."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ thị 09 Cần Thơ giao UBND xã, phường những nhiệm vụ gì?",
        "Chi thi 09 Can Tho giao UBND xa, phuong nhung nhiem vu gi?",
    ],
)
def test_communes_own_part_answers_their_duties(view, question):
    _, _, out = ask_view(view, question)
    assert not out.abstained
    assert "Đẩy mạnh công tác phổ biến" in out.text and "rà soát, thống kê" in out.text
    assert [c.lines for c in out.citations][:2] == [(268, 270), (272, 278)]


@pytest.mark.parametrize(
    "question",
    [
        "Which central document does Lai Chau's Plan 7360 implement?",
        "What central document is Lai Chau's Plan 7360 implementing?",
    ],
)
def test_level_before_document_is_no_name(view, question):
    _, _, out = ask_view(view, question)
    assert not out.abstained, out.text
    assert "2138/QĐ-TTg" in out.text
