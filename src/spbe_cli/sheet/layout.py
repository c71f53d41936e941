"""Where everything stands in a fill-in workbook: sheets, columns, the metadata keys. Both the
writer (``sheet.build``) and the reader (``sheet.read``) use this one description."""

from __future__ import annotations

from spbe_cli.problems.messages import Lang, message

META = "_spbe"  # the hidden sheet: key/value rows, and the drop-down lists
HEADER_ROW = 3
FIRST_ROW = 4

# The indicator sheet: column -> message key of its heading.
INDICATOR_COLUMNS = (
    ("id", "sh_col_id"),
    ("name", "sh_col_name"),
    ("role", "sh_col_role"),
    ("current", "sh_col_current"),
    ("level", "sh_col_level"),
    ("explanation", "sh_col_explanation"),
    ("next", "sh_col_next"),
    ("evidence", "sh_col_evidence"),
    ("criteria", "sh_col_criteria"),
)
EVIDENCE_COLUMNS = (
    ("indicator", "sh_ev_indicator"),
    ("title", "sh_ev_title"),
    ("path", "sh_ev_path"),
    ("url", "sh_ev_url"),
    ("item", "sh_ev_item"),
    ("level", "sh_ev_level"),
    ("date", "sh_ev_date"),
    ("status", "sh_ev_status"),
    ("ref", ""),  # hidden: which YAML entry the row is (row|scope|indicator|index|fingerprint)
)
CRITERIA_COLUMNS = (
    ("id", "sh_col_id"),
    ("level", "sh_cr_level"),
    ("name", "sh_cr_name"),
    ("criterion", "sh_cr_criterion"),
    ("evidence", "sh_cr_evidence"),
)

# The fields a person fills in, per sheet.
EVIDENCE_FIELDS = ("title", "path", "url", "item", "level", "date")

MAX_ROWS = 5000  # far above any unit's rows; a larger sheet is refused unread
MAX_FILE = 20 * 1024 * 1024
MAX_EXPANDED = 100 * 1024 * 1024  # all parts of the zip together, uncompressed
MAX_PARTS = 2000
# What `spbe import` unpacks, measured before it does: a sheet it reads (or the shared strings),
# the other parts openpyxl parses with them, and the cells a sheet it reads may declare or hold
# (a unit's workbook has at most 5,000 rows of 10-odd columns; openpyxl reads ~70,000 cells a
# second, so this keeps a hostile sheet to about a second and a half).
MAX_SHEET_XML = 8 * 1024 * 1024
MAX_PART_XML = 1024 * 1024
MAX_CELLS = 100_000
MAX_CELL_TEXT = 32767  # the spreadsheet limit of one cell


def col(columns: tuple[tuple[str, str], ...], name: str) -> int:
    """The 1-based column number of ``name``."""
    return next(n for n, (key, _) in enumerate(columns, 1) if key == name)


def letter(n: int) -> str:
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def headings(columns: tuple[tuple[str, str], ...], lang: Lang) -> list[str]:
    return [message(key, lang) if key else name for name, key in columns]


def sheet_names(lang: Lang) -> dict[str, str]:
    """The sheets in their order, by role: guide, indicators, evidence, criteria, meta."""
    return {
        "guide": message("sheet_guide", lang),
        "indicators": message("sheet_indicators", lang),
        "evidence": message("sheet_evidence", lang),
        "criteria": message("sheet_criteria", lang),
        "meta": META,
    }


def ref_text(row: int, scope: str, indicator: str, index: int | str, digest: str) -> str:
    return f"{row}|{scope}|{indicator}|{index}|{digest}"
