"""More rules of the fifty-second session, on hand-made records: rows of one listing that print the same name are
told apart by their group's title ("a) Nghị định …" under "3.1. Tham gia góp ý kiến …" and again under "3.2. Tổ
chức triển khai …"); "số" typed without marks after the words it completes ("xã hội số nào") asks no department;
a percentage the question states ("những chỉ tiêu nào đạt mức 80%?") picks the rows that print it and is no value
asked for; a plan named by its issuer after its kind ("kế hoạch UBND tỉnh … có những nhiệm vụ nào làm hằng năm")
lists its rows of that period, not those the issuer leads; "có cơ quan chủ trì không phải Bộ X" sets the body
aside; the rows that fill a column ("những nhiệm vụ nào có ghi rõ kết quả?"); a two-ask question whose asks find
one passage asks each half in its own words ("… được gửi đến ai và ai chịu trách nhiệm thi hành?"); sentences
of one clause that open alike are each quoted for a plural ask of no value type ("bãi bỏ những danh mục … nào");
the issuer's name spelled out ("Ủy ban nhân dân thành phố") names the document, not the topic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.index_view import IndexView, RecordSearcher
from indexer.records import Clause, Document
from tests.records import ask_view, ha_tinh_plan, make_task

LC = "kh_tieu_chuan.txt"
GIVE = "Tham gia góp ý kiến vào dự thảo các văn bản quy định chi tiết"
CARRY = "Tổ chức triển khai các văn bản hướng dẫn thi hành Luật"
DECREE = "Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn"


@pytest.fixture(scope="module")
def plan() -> IndexView:
    docs = [
        Document(LC, "Kế hoạch triển khai thi hành Luật Tiêu chuẩn", "Kế hoạch", number="7360/KH-UBND",
                 province="Lai Châu", issuer="UBND tỉnh Lai Châu"),
    ]  # fmt: skip
    science = ["Sở Khoa học và Công nghệ"]
    tasks = [
        make_task(LC, "a", DECREE, science, line=114, group="3.1", group_title=GIVE),
        make_task(LC, "b", "Nghị định quy định về điều kiện kinh doanh dịch vụ", science, line=127, group="3.1",
                  group_title=GIVE),
        make_task(LC, "a", DECREE, science, line=142, group="3.2", group_title=CARRY),
        make_task(LC, "1", "Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], line=84, group="II",
                  group_title="NỘI DUNG KẾ HOẠCH"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def test_rows_of_one_name_told_apart_by_their_group(plan):
    _, _, out = ask_view(
        plan, "Sở Khoa học và Công nghệ Lai Châu chủ trì những nhiệm vụ nào trong Kế hoạch 7360?"
    )
    assert not out.abstained and out.meta["count"] == 3
    lines = [line for line in out.text.splitlines() if DECREE in line]
    assert len(lines) == 2 and GIVE in lines[0] and CARRY in lines[1]
    other = next(line for line in out.text.splitlines() if "điều kiện kinh doanh" in line)
    assert GIVE not in other  # a name no other row shares: its place only


BN = "kh_kinh_te_so.txt"


@pytest.fixture(scope="module")
def targets() -> IndexView:
    docs = [Document(BN, "Kế hoạch phát triển kinh tế số và xã hội số", "Kế hoạch", number="144/KH-UBND",
                     province="Bắc Ninh", issuer="UBND tỉnh Bắc Ninh")]  # fmt: skip
    rows = [
        ("Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản đạt 80%.", "Công an tỉnh"),
        ("Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%.", "Công an tỉnh"),
        ("Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt 80%", "Tỉnh đoàn"),
        ("Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số.", "Sở Khoa học và Công nghệ"),
        ("Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80,5%.", "Văn phòng UBND tỉnh"),
    ]
    tasks = [
        make_task(BN, str(i), name, [lead], line=1400 + 10 * i, group="II", group_title="Xã hội số")
        for i, (name, lead) in enumerate(rows, start=1)
    ]
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch 144 Bắc Ninh có những chỉ tiêu xã hội số nào đạt mức 80%?",
        "ke hoach 144 bac ninh co nhung chi tieu xa hoi so nao dat muc 80% vay?",
    ],
)
def test_rows_that_print_a_stated_percentage(targets, question):
    query, _, out = ask_view(targets, question)
    assert query.intent != "lead_agency"
    assert not out.abstained and out.meta["count"] == 3
    assert "chữ ký điện tử cá nhân" in out.text and "80,5%" not in out.text and "5G" not in out.text


def test_a_percentage_asked_is_still_asked():
    from assistant.understand import understand

    assert understand("Tỷ lệ người dân có tài khoản VNeID đạt bao nhiêu %?").answer_type == "percent"
    assert understand("What percentage of residents should have a VNeID account?").answer_type == "percent"


def test_digital_so_asks_no_department():
    from assistant.understand import understand

    assert understand("chuyen doi so nao dang duoc trien khai?").intent != "lead_agency"
    assert understand("so nao chu tri nhiem vu nay?").intent == "lead_agency"


HT = "kh_thi_hanh_phap_luat.txt"


@pytest.fixture(scope="module")
def yearly() -> IndexView:
    docs = [ha_tinh_plan(HT, "54/KH-UBND")]  # fmt: skip
    tasks = [
        make_task(HT, "2", "Tổ chức các cuộc thi, hội thi tìm hiểu pháp luật", ["Sở Tư pháp"], deadline="Hàng năm",
                  line=946, group="III"),
        make_task(HT, "8", "Tổ chức đoàn kiểm tra công tác thi hành văn bản QPPL", ["Sở Tư pháp"],
                  deadline="Hàng năm", line=1024, group="III"),
        make_task(HT, "9", "Báo cáo kết quả thực hiện Kế hoạch", ["UBND tỉnh"], deadline="Năm 2026", line=1040,
                  group="III"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "ke hoach UBND tinh ha tinh thuc hien NQ 66 co nhung nhiem vu nao lam hang nam",
        "Kế hoạch của UBND tỉnh Hà Tĩnh có những nhiệm vụ nào thực hiện hằng năm?",
    ],
)
def test_plan_named_by_its_issuer_lists_its_rows(yearly, question):
    _, _, out = ask_view(yearly, question)
    assert not out.abstained and out.meta["count"] == 2
    assert "cuộc thi" in out.text and "đoàn kiểm tra" in out.text


QD = "qd_chuyen_doi_so_ha_tang.txt"


@pytest.fixture(scope="module")
def national() -> IndexView:
    docs = [Document(QD, "Quyết định phê duyệt Đề án chuyển đổi số kết cấu hạ tầng", "Quyết định",
                     number="2597/QĐ-TTg", issuer="Thủ tướng Chính phủ")]  # fmt: skip
    tasks = [
        make_task(QD, "1", "Rà soát toàn diện các luật có liên quan", ["Bộ Xây dựng"], line=545,
                  output="Văn bản quy phạm pháp luật"),
        make_task(QD, "5", "Thiết lập cơ chế kiểm tra, giám sát và đánh giá hiệu quả", ["Bộ Khoa học và Công nghệ"],
                  line=617),
        make_task(QD, "3", "Hợp tác đầu tư và tài chính, thu hút vốn đầu tư nước ngoài", ["Bộ Tài chính"],
                  line=1050, group="VII", output="Dự án được thu hút"),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "Trong phụ lục Quyết định 2597/QĐ-TTg, những nhiệm vụ nào có cơ quan chủ trì không phải Bộ Xây dựng?",
        "Which tasks in the appendix of Decision 2597/QĐ-TTg have a lead agency that is not the Ministry of "
        "Construction?",
    ],
)
def test_lead_that_is_not_a_body(national, question):
    query, _, out = ask_view(national, question)
    assert query.agencies_set_aside
    assert not out.abstained and out.meta["count"] == 2 and "Rà soát toàn diện" not in out.text


@pytest.mark.parametrize(
    "question",
    [
        "Trong phụ lục Quyết định 2597/QĐ-TTg, những nhiệm vụ nào có ghi rõ kết quả (sản phẩm) cần đạt?",
        "Which tasks in the appendix of Decision 2597/QĐ-TTg specify an output?",
    ],
)
def test_rows_that_fill_a_column(national, question):
    _, _, out = ask_view(national, question)
    assert not out.abstained and out.meta["count"] == 2
    assert (
        "Rà soát toàn diện" in out.text
        and "Hợp tác đầu tư" in out.text
        and "Thiết lập cơ chế" not in out.text
    )


def test_a_column_value_is_no_column_filled():
    from assistant.listing import blank_column, filled_column

    assert filled_column("Những nhiệm vụ nào không ghi kết quả?") == ""
    assert blank_column("Những nhiệm vụ nào không ghi kết quả?") == "output"
    assert filled_column("Nhiệm vụ nào có ghi thời gian thực hiện?") == "deadline"


VL = "qd_ke_hoach_vinh_long.txt"
OFFICE = ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Thủ trưởng các sở, ban, ngành tỉnh "
          "chịu trách nhiệm thi hành Quyết định này.")  # fmt: skip


@pytest.fixture(scope="module")
def decision() -> IndexView:
    docs = [Document(VL, "Quyết định ban hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Quyết định",
                     number="1218/QĐ-UBND", province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long")]  # fmt: skip
    clauses = [
        Clause(VL, "3", "Điều 3", (), (70, 76), OFFICE),
        Clause(VL, "recipients", "Nơi nhận", (), (80, 95),
               "Nơi nhận: - Như Điều 3; - Chính phủ; - TT. Tỉnh ủy, TT. HĐND tỉnh; - Lưu: VT.", kind="recipients"),
        Clause(VL, "4", "Điều 4", (), (60, 63),
               "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Quyết định này bãi bỏ danh mục 01 thủ tục "
               "hành chính có số thứ tự 10 tại tiểu mục I, mục A, phần I, Phụ lục 1 ban hành kèm theo Quyết định số "
               "530/QĐ-UBND ngày 16 tháng 5 năm 2023 về việc công bố Danh mục thủ tục hành chính chuẩn hóa và phê "
               "duyệt Quy trình nội bộ giải quyết thủ tục hành chính thuộc phạm vi chức năng quản lý nhà nước."),
        Clause(VL, "4.p2", "Điều 4", (), (64, 66),
               "Quyết định này bãi bỏ danh mục 01 thủ tục hành chính có số thứ tự 09 tại tiểu mục I, mục A, Phụ lục "
               "ban hành kèm theo Quyết định số 480/QĐ-UBND ngày 22 tháng 4 năm 2024 về việc công bố Danh mục thủ tục "
               "hành chính được sửa đổi, bổ sung trong lĩnh vực Di sản văn hóa thuộc chức năng quản lý nhà nước."),
        Clause(VL, "4.p3", "Điều 4", (), (67, 70),
               "Quyết định này bãi bỏ danh mục 05 thủ tục hành chính có số thứ tự 2, 3, 4, 6, 7 tại phần I, Phụ lục "
               "ban hành kèm theo Quyết định số 361/QĐ-UBND ngày 27 tháng 3 năm 2025 của Chủ tịch Ủy ban nhân dân "
               "tỉnh về việc công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực báo chí, xuất bản."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def test_two_asks_keep_each_half_to_be_asked_apart(decision):
    from assistant.strategies import _naming_its_document, two_asks
    from assistant.understand import understand

    query = understand(
        "Quyết định 1218/QĐ-UBND của UBND tỉnh Vĩnh Long được gửi đến ai và ai chịu trách nhiệm thi hành?",
        documents=decision.docs.values(),
    )
    parts = two_asks(query)
    assert parts is not None and len(parts) == 2
    assert parts[1].own_half.strip().startswith("ai chịu trách nhiệm thi hành")
    asked = _naming_its_document(decision, {VL}, parts[1].own_half)
    assert asked == "ai chịu trách nhiệm thi hành Quyết định 1218/QĐ-UBND?"
    assert _naming_its_document(decision, {VL}, parts[0].own_half) == parts[0].own_half  # names it already


def test_parallel_sentences_of_a_plural_ask(decision):
    from assistant.matches import SentenceMatch
    from assistant.statement import _with_parallel, split_sentences
    from assistant.understand import understand

    query = understand("Quyết định 1218 bãi bỏ những danh mục thủ tục hành chính nào?")
    assert query.plural and query.answer_type is None
    chunks = [c for c in decision.clause_chunks_by_doc[VL] if c.section == "Điều 4"]
    first = next(c for c in chunks if "530/QĐ-UBND" in c.text)
    sentence = next(s for s in split_sentences(first.text) if "530/QĐ-UBND" in s)
    found = _with_parallel(decision, query, [SentenceMatch(0.9, first, sentence)])
    quoted = " ".join(m.quote for m in found)
    for number in ("530/QĐ-UBND", "480/QĐ-UBND", "361/QĐ-UBND"):
        assert number in quoted
    assert "hiệu lực" not in quoted  # opens with "Quyết định này" too, says another thing


QN = "kh_kiem_ke_tai_san.txt"


@pytest.fixture(scope="module")
def inventory() -> IndexView:
    docs = [Document(QN, "Kế hoạch tổng kiểm kê tài sản công năm 2026", "Kế hoạch", number="1627/QĐ-UBND",
                     province="Quảng Ngãi", issuer="UBND tỉnh Quảng Ngãi")]  # fmt: skip
    tasks = [
        make_task(QN, "1", "Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên "
                  "Ban Chỉ đạo", ["Sở Tài chính"], deadline="Tháng 11 - 12/2025", line=210),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


@pytest.mark.parametrize(
    "question",
    [
        "How many members sit on Quang Ngai's steering committee (Ban Chỉ đạo) for the public asset inventory, and "
        "who are they?",
        "Ban Chỉ đạo kiểm kê tài sản công của Quảng Ngãi có bao nhiêu thành viên và họ là ai?",
    ],
)
def test_a_second_ask_of_what_the_first_asks_for(inventory, question):
    _, _, out = ask_view(inventory, question)
    assert out.abstained


HCM = "kh_binh_dang_gioi.txt"


@pytest.fixture(scope="module")
def activities() -> IndexView:
    docs = [Document(HCM, "Kế hoạch triển khai Tháng hành động vì bình đẳng giới", "Kế hoạch", number="174/KH-UBND",
                     province="Hồ Chí Minh", issuer="UBND thành phố Hồ Chí Minh")]  # fmt: skip
    name = "Hoạt động 3: Tuyên truyền, giáo dục về phòng ngừa, ứng phó bạo lực trên cơ sở giới"
    task = make_task(
        HCM, "c", name, ["Sở Văn hóa và Thể thao", "Sở Xây dựng"], ["các sở, ban, ngành"], line=313
    )
    task = replace(task, source="prose", lines=(313, 328))
    clauses = [
        Clause(HCM, "III.1.c", "Mục III, khoản 1, điểm c", (), (313, 313), "c) " + name),
        Clause(HCM, "III.1.c.1", "Mục III, khoản 1, điểm c, ý 1", (), (319, 319), "- Cơ quan thực hiện:"),
        Clause(HCM, "III.1.c.2", "Mục III, khoản 1, điểm c, ý 2", (), (321, 323),
               "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố."),
        Clause(HCM, "III.1.c.3", "Mục III, khoản 1, điểm c, ý 3", (), (325, 328),
               "+ Sở Xây dựng đăng tải thông điệp truyền thông Tháng hành động trên bảng quang báo thông tin giao "
               "thông, tại các nhà chờ xe buýt."),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, [task]))


def test_each_body_of_a_prose_task_with_what_it_does(activities):
    from assistant.statement import _printed_field, citations
    from assistant.understand import understand

    task = activities.tasks[0]
    cites = citations(activities, understand("Hoạt động 3 do những cơ quan nào thực hiện?"))
    text = _printed_field(activities, task, "lead_agency", cites, "vi")
    assert "Sở Xây dựng đăng tải thông điệp" in text and "Sở Văn hóa và Thể thao chủ trì" in text
    assert [c.lines for c in cites.items][-2:] == [(321, 323), (325, 328)]


def test_an_order_asked_asks_for_several_things():
    from assistant.understand import understand

    assert understand("Nhà ở do Quỹ tạo lập được ưu tiên cho thuê theo thứ tự nào?").plural
    assert understand("In what order are tenants prioritised for the Fund's housing?").plural


def test_an_output_named_with_its_issuer():
    from assistant.listing import asked_outputs, column_value

    question = "Những nhiệm vụ nào trong Phụ lục Hà Tĩnh có sản phẩm đầu ra là Kế hoạch của UBND tỉnh?"
    assert column_value(question) == "ke hoach cua ubnd tinh"
    assert asked_outputs(question) == ("ke hoach cua ubnd tinh",)
    # (a document after "của" says where to look, not what the output is)
    assert column_value("Những nhiệm vụ nào có kết quả là báo cáo của kế hoạch Hà Tĩnh?") == "bao cao"


VLP = "kh_vinh_long_tchuc.txt"
ORGANISE_VL = "V. TỔ CHỨC THỰC HIỆN"


@pytest.fixture(scope="module")
def organise() -> IndexView:
    docs = [Document(VLP, "Kế hoạch thực hiện Nghị quyết số 66-NQ/TW", "Kế hoạch", number="1218/QĐ-UBND",
                     province="Vĩnh Long", issuer="UBND tỉnh Vĩnh Long")]  # fmt: skip
    filler = (
        "theo chức năng, nhiệm vụ được giao, xây dựng kế hoạch và tổ chức thực hiện Nghị quyết số 66-NQ/TW phù hợp "
        "với các nội dung, chỉ đạo tại các văn bản nêu trên, bảo đảm đồng bộ, thống nhất với Chương trình hành "
        "động của Chính phủ, Kế hoạch số 390-KH/TU của Tỉnh ủy và Kế hoạch số 09-KH/ĐUUB của Đảng ủy Ủy ban nhân "
        "dân tỉnh, phù hợp với điều kiện thực tiễn của từng ngành, từng địa phương"
    )
    ends = ["trong tháng 6 năm 2025", "hoàn thành trong năm 2025", "trước ngày 05/6", "trước ngày 25/11",
            "theo quy định"]  # fmt: skip
    clauses = [Clause(VLP, "V", "Mục V", (), (566, 566), ORGANISE_VL)] + [
        Clause(VLP, f"V.{i}", f"Mục V, khoản {i}", (ORGANISE_VL,), (568 + 12 * i, 578 + 12 * i),
               f"{i}. Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp xã {filler} {end}.")
        for i, end in enumerate(ends, start=1)
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, clauses, []))


def test_a_section_of_five_items_is_quoted_whole(organise):
    _, _, out = ask_view(
        organise, "Phần Tổ chức thực hiện trong kế hoạch của UBND tỉnh Vĩnh Long yêu cầu những việc gì?"
    )
    assert not out.abstained
    for end in ("trong tháng 6 năm 2025", "hoàn thành trong năm 2025", "trước ngày 25/11"):
        assert end in out.text


NQ = "nq_moi_truong.txt"


@pytest.fixture(scope="module")
def projects() -> IndexView:
    docs = [Document(NQ, "Nghị quyết về phong trào toàn dân bảo vệ môi trường", "Nghị quyết", number="394/NQ-CP",
                     issuer="Chính phủ")]  # fmt: skip
    first = "Đề án triển khai phong trào toàn dân tham gia bảo vệ môi trường"
    provinces = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    tasks = [
        make_task(NQ, "1", first, ["Trung ương Mặt trận Tổ quốc Việt Nam"], line=582, group=""),
        make_task(NQ, "1", first, [provinces], line=597, group=""),
        make_task(NQ, "2", "Đề án xử lý, cải tạo, phục hồi môi trường các bãi chôn lấp", [provinces], line=603,
                  group=""),
    ]  # fmt: skip
    return IndexView(RecordSearcher(docs, [], tasks))


def test_a_row_led_jointly_names_its_other_lead(projects):
    _, _, out = ask_view(
        projects, "Ủy ban nhân dân các tỉnh chủ trì những đề án nào trong phụ lục Nghị quyết 394?"
    )
    assert not out.abstained
    line = next(x for x in out.text.splitlines() if "phong trào toàn dân" in x)
    assert "Trung ương Mặt trận Tổ quốc Việt Nam" in line
    other = next(x for x in out.text.splitlines() if "bãi chôn lấp" in x)
    assert "Mặt trận" not in other


def test_who_receives_a_document_named_by_number():
    from assistant.matching import _ASKS_RECIPIENTS

    assert _ASKS_RECIPIENTS.search("who receives decision 1218 of vinh long?")
    assert _ASKS_RECIPIENTS.search("which bodies receive the ha tinh provincial party committee's dispatch?")
    assert not _ASKS_RECIPIENTS.search("who receives the unemployment allowance?")


def test_review_findings_of_the_fifty_second_session(national, targets):
    """The review of this session's rules: each reading held to what it is for."""
    from assistant.listing import asked_outputs, blank_column, filled_column
    from assistant.matching import _ASKS_RECIPIENTS
    from assistant.reference_leads import asks_reference_leads
    from assistant.understand import understand

    # a column asked to be empty, said with "có" or in English negation, is no column asked filled
    for question, field in [
        ("Những nhiệm vụ nào không có ghi kết quả?", "output"),
        ("Nhiệm vụ nào còn chưa có ghi sản phẩm?", "output"),
        ("Which tasks do not specify a deadline?", "deadline"),
        ("Which tasks don't name a coordinating agency?", "coordinating"),
    ]:
        assert filled_column(question) == "" and blank_column(question) == field
    # "nếu kết quả …", "xác định sản phẩm …", "ghi kết quả khảo sát vào …": no column asked at all
    for question in [
        "Nhiệm vụ nào phải làm lại nếu kết quả đánh giá không đạt yêu cầu?",
        "Những nhiệm vụ nào nhằm xác định sản phẩm OCOP chủ lực của tỉnh?",
        "Nhiệm vụ nào ghi kết quả khảo sát vào CSDL?",
    ]:
        assert filled_column(question) == "" and blank_column(question) == ""
    # who leads one row of the appendix is the row's question, not the bodies told to carry out what they lead
    assert not asks_reference_leads(understand("Cơ quan nào chủ trì phủ sóng 5G trong phụ lục kế hoạch 144?"))
    assert not asks_reference_leads(understand("Who leads 5G coverage in the appendix of plan 144?"))
    # "who receives …" without a document's kind and number asks for people who benefit, not the recipients
    assert not _ASKS_RECIPIENTS.search("who receives support under the plan?")
    assert not _ASKS_RECIPIENTS.search("which households receive support under this decision?")
    # an output named with the issuer and its province: the plan, not the output
    assert asked_outputs("Các nhiệm vụ có sản phẩm là kế hoạch của UBND tỉnh Hà Tĩnh") == ("ke hoach",)
    # "số thứ tự nào" asks one row's number; "chủ trì không phải báo cáo" sets no body aside
    assert not understand("Nhiệm vụ có số thứ tự nào do Sở Tư pháp chủ trì?").plural
    assert not understand(
        "Những nhiệm vụ nào do Sở Tư pháp chủ trì không phải báo cáo UBND tỉnh?"
    ).agencies_set_aside
    # a stated percentage with words no row of that value says: none listed
    _, _, out = ask_view(
        targets, "Kế hoạch 144 Bắc Ninh có những chỉ tiêu nào về bệnh viện, trạm y tế đạt mức 80%?"
    )
    assert out.strategy != "topic_listing" or out.meta.get("count", 0) == 0
