from indexer.clean import (
    clean_lines,
    clean_text,
    is_noise_line,
    needs_repair,
    normalize_for_match,
    normalize_tones,
    strip_diacritics,
)


def test_tone_marks_one_convention_spacing_kept():
    assert (
        normalize_tones("Hiện thực hoá (QPPL), Uỷ ban; thuỷ lợi") == "Hiện thực hóa (QPPL), Ủy ban; thủy lợi"
    )


def test_nfc_applied():
    decomposed = "Ho\u0300a Bi\u0300nh"  # combining grave accents
    assert clean_text(decomposed) == "Hòa Bình"


def test_repair_of_a_damaged_document_is_general():
    damaged = [
        "Các sở c  thể hóa các m c tiêu, nhiệm v  và giải pháp",
        "Sở Nội v  chủ trì; ph c v  người dân; sử d ng ngân sách",
        "lợi ích c c bộ; thủ t c hành chính; Ban Thường v  Tỉnh ủy",
    ]
    out = clean_lines(damaged)
    assert out[0] == "Các sở cụ thể hóa các mục tiêu, nhiệm vụ và giải pháp"
    assert out[1] == "Sở Nội vụ chủ trì; phục vụ người dân; sử dụng ngân sách"
    assert out[2] == "lợi ích cục bộ; thủ tục hành chính; Ban Thường vụ Tỉnh ủy"


def test_healthy_document_untouched_and_numerals_safe():
    healthy = ["Đường rộng 5 m và dài 10 km", "V. TỔ CHỨC THỰC HIỆN", "Mục I, khoản 2"]
    assert needs_repair(healthy) == ()
    assert clean_lines(healthy) == healthy


def test_noise_lines():
    assert is_noise_line(" 12 ")
    assert is_noise_line("https://example.gov.vn/van-ban/123")
    assert is_noise_line("25/06/2025 10:31:07")
    assert is_noise_line("2025-06-25T18:37:57+0700")
    assert not is_noise_line("Sở Tư pháp")


def test_match_form_and_ascii_folding():
    assert normalize_for_match("Sở Nội v ") == normalize_for_match("sở nội vụ")
    assert strip_diacritics("Hà Tĩnh, Đồng Nai") == "Ha Tinh, Dong Nai"


def test_letters_a_pdf_font_misread_are_put_back():
    assert clean_text("Công bố định kǶ báo cáo; đội ngǜ kỹ sư") == "Công bố định kỳ báo cáo; đội ngũ kỹ sư"
    assert clean_text("ǜ và Ƕx") == "ǜ và Ƕx"  # no dictionary syllable results: left as printed
    assert clean_text("ĐỊNH KǶ") == "ĐỊNH KỲ"  # the case of the word
    assert clean_text("tǶ lệ") == "tỷ lệ"  # the candidate that makes a word with its neighbour
