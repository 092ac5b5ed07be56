"""Write REAL PDF, DOCX and HTML files for tests (reportlab, python-docx), plus a small fictional plan.

The fictional plan (`make_plan_paragraphs`) contains one fact no corpus document has, so tests
that upload or index it can check that an answer really came from the new file:
task `UNIQUE_TASK`, led by `UNIQUE_LEAD`, deadline `UNIQUE_DEADLINE`.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

DEJAVU_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT_NAME = "DejaVuSans"

UNIQUE_TASK = "Xây dựng hệ thống tra cứu thủ tục hành chính bằng giọng nói"
UNIQUE_LEAD = "Sở Văn hóa, Thể thao và Du lịch"
UNIQUE_COORDINATING = "Sở Khoa học và Công nghệ, Sở Tư pháp"
UNIQUE_OUTPUT = "Hệ thống tra cứu bằng giọng nói được đưa vào vận hành"
UNIQUE_DEADLINE = "Quý III năm 2026"

TABLE_HEADER = [
    "TT",
    "Tên nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Kết quả",
    "Thời gian thực hiện",
]


def _register_font() -> str:
    """Register DejaVuSans once; Vietnamese diacritics need a TTF font with those glyphs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return _FONT_NAME
    if not DEJAVU_SANS.is_file():
        raise RuntimeError(
            f"font {DEJAVU_SANS} is missing: install it with `apt-get install fonts-dejavu-core` "
            "(needed to write Vietnamese text into test PDFs)"
        )
    pdfmetrics.registerFont(TTFont(_FONT_NAME, str(DEJAVU_SANS)))
    return _FONT_NAME


def make_pdf(
    path: Path,
    paragraphs: list[str],
    table: list[list[str]] | None = None,
    password: str | None = None,
) -> Path:
    """A text PDF: the paragraphs, then a ruled table right after them (on the same page if it fits).

    `table[0]` is the header row. With `password`, the PDF is encrypted with that user password.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = _register_font()
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=15, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11)
    story: list = [Paragraph(escape(text), body) for text in paragraphs]
    if table:
        widths = _column_widths(len(table[0]), 17 * cm)
        rows = [[Paragraph(escape(str(value)), cell) for value in row] for row in table]
        grid = Table(rows, colWidths=widths, repeatRows=1)
        grid.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(grid)
    path = Path(path)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        encrypt=password,
    )
    doc.build(story)
    return path


def _column_widths(n: int, total: float) -> list[float]:
    """A narrow first column (TT) and a wide second one (the task name), like printed plans."""
    if n == 1:
        return [total]
    if n == 2:
        return [total * 0.15, total * 0.85]
    first, second = total * 0.06, total * 0.30
    rest = (total - first - second) / (n - 2)
    return [first, second] + [rest] * (n - 2)


def make_image_only_pdf(path: Path) -> Path:
    """A PDF with drawings but no text layer, standing in for a scanned document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for i in range(12):
        pdf.rect(60, 700 - i * 45, 470 - i * 17, 28, fill=1, stroke=0)
    pdf.showPage()
    pdf.save()
    return Path(path)


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A DOCX with one paragraph per string, then a ruled table whose first row is the header."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = str(value)
    path = Path(path)
    document.save(str(path))
    return path


def make_html(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """An HTML page with one <p> per string, then a bordered table whose first row is the header."""
    import html

    body = [f"<p>{html.escape(text)}</p>" for text in paragraphs]
    if table:
        rows = [
            "<tr>" + "".join(f"<{tag}>{html.escape(str(v))}</{tag}>" for v in row) + "</tr>"
            for tag, row in zip(["th"] + ["td"] * (len(table) - 1), table, strict=True)
        ]
        body.append('<table border="1">' + "\n".join(rows) + "</table>")
    page = '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"></head><body>\n'
    path = Path(path)
    path.write_text(page + "\n".join(body) + "\n</body></html>\n", encoding="utf-8")
    return path


def make_plan_paragraphs(
    province: str = "Tây Nguyên Mới",
    number: str = "12/KH-UBND",
    day: int = 3,
    month: int = 2,
    year: int = 2026,
) -> tuple[list[str], list[list[str]]]:
    """A small, realistic, fictional provincial plan: (paragraphs, appendix task table)."""
    paragraphs = [
        f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}",
        f"Số: {number}",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        f"{province}, ngày {day} tháng {month} năm {year}",
        "KẾ HOẠCH",
        f"Ứng dụng công nghệ số trong giải quyết thủ tục hành chính năm {year}",
        "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác "
        "xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới; "
        f"Ủy ban nhân dân tỉnh {province} ban hành Kế hoạch với các nội dung sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Nâng cao chất lượng phục vụ người dân, doanh nghiệp khi thực hiện thủ tục hành chính.",
        "b) Giảm thời gian tra cứu, chuẩn bị hồ sơ và đi lại của người dân.",
        "2. Yêu cầu",
        "a) Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Hoàn thiện dữ liệu thủ tục hành chính",
        "a) Rà soát, chuẩn hóa toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.",
        "b) Cập nhật kịp thời các thủ tục mới được công bố lên Cổng dịch vụ công của tỉnh.",
        "2. Phát triển kênh tra cứu mới",
        "a) Thử nghiệm tra cứu thủ tục hành chính bằng tiếng nói tại bộ phận một cửa cấp xã.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp xã căn cứ nhiệm vụ được giao tại Phụ lục "
        "kèm theo Kế hoạch này để tổ chức thực hiện.",
        "2. Sở Tư pháp theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước "
        f"ngày 15 tháng 12 năm {year}./.",
        "Nơi nhận:",
        "- Như mục III;",
        "- Thường trực Tỉnh ủy;",
        "- Lưu: VT, NC.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Minh",
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH",
        f"(Kèm theo Kế hoạch số {number} ngày {day}/{month}/{year} của UBND tỉnh {province})",
    ]
    table = [
        list(TABLE_HEADER),
        ["1", UNIQUE_TASK, UNIQUE_LEAD, UNIQUE_COORDINATING, UNIQUE_OUTPUT, UNIQUE_DEADLINE],
        [
            "2",
            "Rà soát, công bố danh mục thủ tục hành chính được số hóa",
            "Sở Tư pháp",
            "Các sở, ban, ngành tỉnh",
            "Quyết định công bố danh mục",
            f"Tháng 6 năm {year}",
        ],
        [
            "3",
            "Tập huấn kỹ năng số cho công chức bộ phận một cửa cấp xã",
            "Sở Nội vụ",
            "Ủy ban nhân dân cấp xã",
            "Các lớp tập huấn được tổ chức",
            f"Năm {year}",
        ],
    ]
    return paragraphs, table
