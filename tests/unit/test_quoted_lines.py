"""A quote is cited by the lines that print it, not by the whole clause or chunk it comes from.

The indexer records where each source line of a clause begins in its text (`Clause.breaks`); a citation
of a quote from that clause spans the lines the quote begins and ends on.
"""

from __future__ import annotations

import pytest

from assistant.compose import CitationList, quoted_lines
from assistant.evidence import Terms
from indexer.chunk import clause_chunks, line_breaks, with_breaks
from indexer.records import Chunk, Clause, Document

DOC = "plan.txt"
# a clause as the outline reads it: a heading, wrapped lines, a blank line, markup
LINES = {
    10: "3. Tổ chức thực hiện",
    11: "a) Sở Tư pháp chủ trì, phối hợp với các sở, ngành",
    12: "tham mưu xây dựng Cổng pháp luật của tỉnh.",
    13: "",
    14: "**b) Văn phòng UBND tỉnh** theo dõi, đôn đốc việc",
    15: "thực hiện; báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    16: "",
}
TEXT = (
    "3. Tổ chức thực hiện a) Sở Tư pháp chủ trì, phối hợp với các sở, ngành tham mưu xây dựng Cổng pháp "
    "luật của tỉnh. b) Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; báo cáo UBND tỉnh trước "
    "ngày 15/12 hằng năm."
)


def clause() -> Clause:
    plain = Clause(doc=DOC, path="3", label="Mục 3", titles=(), lines=(10, 16), text=TEXT)
    return with_breaks([plain], LINES)[0]


def test_breaks_place_every_printed_line_in_order():
    breaks = line_breaks(TEXT, (10, 16), LINES)
    assert [n for _, n in breaks] == [10, 11, 12, 13, 14, 15, 16]
    assert [o for o, _ in breaks] == sorted(o for o, _ in breaks)
    by_line = dict((n, o) for o, n in breaks)
    assert TEXT[by_line[14] :].startswith("b) Văn phòng UBND tỉnh")  # the markup is not in the text
    assert by_line[13] == by_line[14]  # a blank line begins where the next line's text does
    assert by_line[16] == len(TEXT)


@pytest.mark.parametrize(
    "quote, lines",
    [
        (
            "a) Sở Tư pháp chủ trì, phối hợp với các sở, ngành tham mưu xây dựng Cổng pháp luật của tỉnh.",
            (11, 12),
        ),
        ("báo cáo UBND tỉnh trước ngày 15/12 hằng năm.", (15, 15)),
        ("b) Văn phòng UBND tỉnh theo dõi, đôn đốc việc", (14, 14)),
        ("Cổng pháp luật của tỉnh. b) Văn phòng UBND tỉnh", (12, 14)),
    ],
)
def test_a_quote_is_cited_by_the_lines_that_print_it(quote, lines):
    assert quoted_lines(clause(), quote, (10, 16)) == lines


def test_a_quote_found_nowhere_or_cut_short_keeps_the_passage_end():
    c = clause()
    assert quoted_lines(c, "Sở Tài chính bố trí kinh phí", (10, 16)) == (10, 16)
    assert quoted_lines(c, "a) Sở Tư pháp chủ trì, phối hợp …", (10, 16)) == (11, 16)
    # a wrapped quote whose words run across lines with other spacing is still found
    assert quoted_lines(c, "xây dựng   Cổng\npháp luật", (10, 16)) == (12, 12)


def test_a_quote_stays_inside_the_chunk_it_was_taken_from():
    assert quoted_lines(clause(), "báo cáo UBND tỉnh trước ngày 15/12 hằng năm.", (10, 13)) == (10, 13)


def test_a_clause_without_breaks_is_cited_whole():
    plain = Clause(doc=DOC, path="3", label="Mục 3", titles=(), lines=(10, 16), text=TEXT)
    assert quoted_lines(plain, "báo cáo UBND tỉnh trước ngày 15/12 hằng năm.", (10, 16)) == (10, 16)


def test_a_line_the_indexer_cannot_place_belongs_to_the_line_before():
    lines = {**LINES, 12: "(dòng in sai không có trong văn bản)"}
    c = Clause(doc=DOC, path="3", label="Mục 3", titles=(), lines=(10, 16), text=TEXT)
    c = with_breaks([c], lines)[0]
    assert 12 not in [n for _, n in c.breaks]
    # the quote runs on into the line that was not placed: the citation takes it up to the next placed line
    assert quoted_lines(c, "Cổng pháp luật của tỉnh.", (10, 16)) == (11, 12)


def test_citation_list_narrows_chunk_and_clause_quotes():
    c = clause()
    doc = Document(name=DOC, title="Kế hoạch", kind="Kế hoạch", sha256="0" * 64, line_count=16)
    chunk = clause_chunks(doc, c)[0]
    cites = CitationList({DOC: doc}, Terms(frozenset(), frozenset()), clauses={c.id: c})
    n = cites.chunk(chunk, "báo cáo UBND tỉnh trước ngày 15/12 hằng năm.")
    m = cites.clause(c, "a) Sở Tư pháp chủ trì, phối hợp với các sở, ngành")
    whole = cites.chunk(chunk)
    assert [x.lines for x in cites.items] == [(15, 15), (11, 11), (10, 16)]
    assert (n, m, whole) == (1, 2, 3)


def test_a_task_row_is_cited_whole():
    doc = Document(name=DOC, title="Kế hoạch", kind="Kế hoạch", sha256="0" * 64, line_count=16)
    chunk = Chunk(
        doc=DOC,
        kind="task",
        lines=(20, 24),
        section="Phụ lục",
        text="Nhiệm vụ: X\nCơ quan chủ trì: Y",
        context="",
        ref="t1",
    )
    cites = CitationList({DOC: doc}, Terms(frozenset(), frozenset()), clauses={})
    cites.chunk(chunk, "Nhiệm vụ: X")
    assert cites.items[0].lines == (20, 24)


def test_long_clauses_split_into_chunks_with_their_own_lines():
    sentences = [f"Câu số {i} nói về việc thực hiện nhiệm vụ thứ {i} của kế hoạch này." for i in range(1, 41)]
    lines = {100 + i: s for i, s in enumerate(sentences)}
    long = Clause(doc=DOC, path="4", label="Mục 4", titles=(), lines=(100, 139), text=" ".join(sentences))
    long = with_breaks([long], lines)[0]
    doc = Document(name=DOC, title="Kế hoạch", kind="Kế hoạch", sha256="0" * 64, line_count=200)
    parts = clause_chunks(doc, long)
    assert len(parts) > 1
    assert parts[0].lines[0] == 100 and parts[-1].lines[1] == 139
    assert all(a.lines[1] < b.lines[0] for a, b in zip(parts, parts[1:], strict=False))


def test_a_quote_printed_twice_is_cited_where_both_stand():
    lines = {1: "KẾ HOẠCH", 2: "Thực hiện Kế hoạch số 168-KH/TU ngày 06/6/2025", 3: "", 4: "Căn cứ Luật Tổ chức",
             5: "Thực hiện Kế hoạch số 168-KH/TU ngày 06/6/2025 của Tỉnh ủy;"}  # fmt: skip
    text = " ".join(v for v in lines.values() if v)
    c = with_breaks(
        [Clause(doc=DOC, path="preamble", label="Phần mở đầu", titles=(), lines=(1, 5), text=text)], lines
    )[0]
    assert quoted_lines(c, "Kế hoạch số 168-KH/TU ngày 06/6/2025", (1, 5)) == (2, 5)
    assert quoted_lines(c, "Căn cứ Luật Tổ chức", (1, 5)) == (4, 4)
