"""Deadlines that print two months or two quarters of one year ("Tháng 11 - 12/2025", "Quý III-IV/2025")
cover both, from the first day of the first to the last day of the second: they are not a day
("11 - 12/2025" is not 11 December) and not a whole year."""

from datetime import date

from indexer.period import MONTH, QUARTER, dates_in, parse_period


def test_two_months_of_one_year_are_a_span_not_a_day():
    for printed in ("Tháng 11 - 12/2025", "Tháng 11-12/2025", "tháng 11 và tháng 12 năm 2025"):
        p = parse_period(printed)
        assert (p.kind, p.start, p.end) == (MONTH, date(2025, 11, 1), date(2025, 12, 31)), printed
        assert dates_in(printed) == [], printed
    p = parse_period("Tháng 10, 11/2025")
    assert (p.start, p.end) == (date(2025, 10, 1), date(2025, 11, 30))


def test_two_quarters_of_one_year_are_their_months():
    for printed in ("Quý III-IV/2025", "Quý III, IV năm 2025", "quý 3 - 4/2025"):
        p = parse_period(printed)
        assert (p.kind, p.start, p.end) == (QUARTER, date(2025, 7, 1), date(2025, 12, 31)), printed
    p = parse_period("Quý I và II/2026")
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 6, 30))


def test_a_span_across_the_new_year_starts_the_year_before():
    p = parse_period("Tháng 12 - 02/2026")
    assert (p.start, p.end) == (date(2025, 12, 1), date(2026, 2, 28))


def test_one_month_one_quarter_and_days_read_as_before():
    assert parse_period("Tháng 6/2025").end == date(2025, 6, 30)
    assert parse_period("Quý IV/2025").start == date(2025, 10, 1)
    assert dates_in("Trước ngày 15/12/2025") == [date(2025, 12, 15)]
    assert parse_period("Từ tháng 9/2025 đến tháng 12/2025").end == date(2025, 12, 31)
