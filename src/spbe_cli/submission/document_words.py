"""Numbers and dates in words, as an official record opens: "Pada hari ini, Senin, tanggal
tujuh bulan Desember tahun dua ribu dua puluh enam" (and the English form)."""

from __future__ import annotations

import datetime as dt

from spbe_cli.base.lang import Lang
from spbe_cli.problems.messages import message
from spbe_cli.report.build import MONTHS

_ID_ONES = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
_EN_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_ORDINAL = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def indonesian(number: int) -> str:
    """``number`` (0 to 999,999,999) in Indonesian words: 11 sebelas, 19 sembilan belas, 100
    seratus, 1000 seribu, 2026 dua ribu dua puluh enam."""
    if not 0 <= number < 1_000_000_000:
        raise ValueError(number)
    if number < 12:
        return _ID_ONES[number]
    for size, word, one in ((1_000_000, "juta", "satu juta"), (1000, "ribu", "seribu")):
        if number >= size:
            head, rest = divmod(number, size)
            text = one if head == 1 else f"{indonesian(head)} {word}"
            return f"{text} {indonesian(rest)}" if rest else text
    if number >= 100:
        head, rest = divmod(number, 100)
        text = "seratus" if head == 1 else f"{_ID_ONES[head]} ratus"
        return f"{text} {indonesian(rest)}" if rest else text
    if number < 20:
        return f"{_ID_ONES[number - 10]} belas"
    tens, ones = divmod(number, 10)
    return f"{_ID_ONES[tens]} puluh {_ID_ONES[ones]}" if ones else f"{_ID_ONES[tens]} puluh"


def english(number: int) -> str:
    """``number`` (0 to 999,999,999) in English words: 2026 two thousand twenty-six."""
    if not 0 <= number < 1_000_000_000:
        raise ValueError(number)
    if number < 20:
        return _EN_ONES[number]
    for size, word in ((1_000_000, "million"), (1000, "thousand"), (100, "hundred")):
        if number >= size:
            head, rest = divmod(number, size)
            text = f"{english(head)} {word}"
            return f"{text} {english(rest)}" if rest else text
    tens, ones = divmod(number, 10)
    return f"{_EN_TENS[tens]}-{_EN_ONES[ones]}" if ones else _EN_TENS[tens]


def english_ordinal(number: int) -> str:
    """``number`` as an English ordinal in words: 1 first, 7 seventh, 22 twenty-second."""
    words = english(number)
    head, _, last = words.rpartition("-") if "-" in words else ("", "", words)
    if last in _EN_ORDINAL:
        last = _EN_ORDINAL[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def date_words(day: dt.date, lang: Lang) -> str:
    """ "Pada hari ini, Senin, tanggal tujuh bulan Desember tahun dua ribu dua puluh enam"."""
    weekday = message(f"doc_day_{day.weekday()}", lang)
    month = MONTHS[lang][day.month - 1]
    if lang == "id":
        return message(
            "doc_date_words",
            lang,
            weekday=weekday,
            day=indonesian(day.day),
            month=month,
            year=indonesian(day.year),
        )
    return message(
        "doc_date_words",
        lang,
        weekday=weekday,
        day=english_ordinal(day.day),
        month=month,
        year=english(day.year),
    )


def date_text(day: dt.date, lang: Lang) -> str:
    """ "7 Desember 2026", as the report dates its handouts."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
