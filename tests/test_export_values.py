"""Every value of an indicator as ``Indicator.text`` writes it, through the CLI on the example:
two places for a catalogue whose values may be decimal (Pemdi 2026: 2,50 / 2.50, never 2,5,
2,3333333333 or 7/3), the whole level otherwise (SPBE 2023: 3). Exports (CSV in both dialects,
the workbook's number cells, JSON, the portal text), the import preview, and the Pemdi
workbook's instructions in the catalogue's own words."""

from __future__ import annotations

import csv
import io
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

from conftest import run_cli
from office import convert
from spbe_cli.domain.numbers import rounded

VALUE_COLUMNS = ("level", "level_dokumen", "level_final", "level_bukti")
SPBE_COLUMNS = ("level", "level_review", "level_bukti")
COMMA, POINT = re.compile(r"^[1-5],\d\d$"), re.compile(r"^[1-5]\.\d\d$")
PENDING = {"I6", "I7", "I18"}  # waiting for another agency's index: no value yet


def _csv(args: list[str], excel: bool) -> dict[str, dict[str, str]]:
    text = run_cli("export", *args, "-f", "csv").stdout
    assert text.startswith("\ufeff") == excel
    rows = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";" if excel else ",")
    return {r["id"]: r for r in rows}


def _exact_stages(year: str) -> dict[str, dict[str, Fraction]]:
    """Each indicator's exact value per stage, from ``spbe score --stages`` (its JSON keeps
    10 places for 7/3), and its self-assessed value."""
    doc = run_cli("score", year, "--stages", "-f", "json").json()
    return {
        i["id"]: {k: Fraction(str(v)) for k, v in i["levels"].items() if v is not None}
        for i in doc["indicators"]
    }


def test_pemdi_csv_values_are_at_two_places_in_both_dialects(example_copy: Path) -> None:
    excel = _csv(["2026", "--csv-dialect", "excel-id"], excel=True)
    plain = _csv(["2026", "--csv-dialect", "rfc4180"], excel=False)
    for ident, row in excel.items():
        for column in VALUE_COLUMNS:
            if ident in PENDING and column == "level":  # pending external value: empty
                assert row[column] == plain[ident][column] == ""
                assert "menunggu nilai eksternal" in row["external"]
                continue
            assert COMMA.match(row[column]), (ident, column, row[column])
            assert POINT.match(plain[ident][column]), (ident, column, plain[ident][column])
            assert row[column].replace(",", ".") == plain[ident][column]
    # the example's decimal values, half up: 2.5 and 7/3 (I3 final), 2.26 as written
    assert (excel["I1"]["level"], excel["I1"]["level_dokumen"]) == ("3,00", "2,50")
    assert (excel["I3"]["level_dokumen"], excel["I3"]["level_final"]) == ("2,26", "2,33")
    assert plain["I3"]["level_final"] == "2.33"
    exact = _exact_stages("2026")
    for ident, row in plain.items():
        for stage in ("dokumen", "final", "bukti"):
            value = rounded(exact[ident][stage])
            assert Fraction(row[f"level_{stage}"]) == value, (ident, stage)
    # weights are not values of an indicator: as before, the shortest form
    assert excel["I1"]["weight"] == "5"


def test_pemdi_xlsx_values_are_numbers_shown_at_two_places(example_copy: Path) -> None:
    from openpyxl import load_workbook

    assert run_cli("export", "2026", "-o", "pemdi.xlsx").exit_code == 0
    sheet: Any = load_workbook(example_copy / "pemdi.xlsx")["Indikator"]
    keys = [c.value for c in sheet[1]]
    columns = {
        "level": keys.index("Tingkat") + 1,
        **{f"level_{s}": keys.index(f"Tingkat {s}") + 1 for s in ("dokumen", "final", "bukti")},
    }
    exact = _exact_stages("2026")
    by_id = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    assert len(by_id) == 20
    for ident, row in by_id.items():
        for key, column in columns.items():
            cell = sheet.cell(row, column)
            if ident in PENDING and key == "level":
                assert cell.value is None
                continue
            assert cell.data_type == "n" and isinstance(cell.value, int | float), (ident, key)
            assert cell.number_format == "0.00", (ident, key, cell.number_format)
            if key != "level":
                want = rounded(exact[ident][key.removeprefix("level_")])
                assert Fraction(str(cell.value)) == want, (ident, key, cell.value)
    assert sheet.cell(by_id["I3"], columns["level_final"]).value == 2.33
    assert sheet.cell(by_id["I1"], columns["level_dokumen"]).value == 2.5


def test_pemdi_json_values_are_decimals_at_two_places(example_copy: Path) -> None:
    doc = run_cli("export", "2026", "-f", "json").json()
    answers = {a["id"]: a for a in doc["answers"]}
    exact = _exact_stages("2026")
    for ident, answer in answers.items():
        for stage in ("dokumen", "final", "bukti"):
            value = answer[f"level_{stage}"]
            assert isinstance(value, float), (ident, stage, value)
            assert Fraction(str(value)) == rounded(exact[ident][stage])
    assert answers["I3"]["level_final"] == 2.33 and answers["I1"]["level_dokumen"] == 2.5
    assert answers["I1"]["level"] == 3.0 and answers["I6"]["level"] is None


def test_pemdi_portal_shows_values_as_every_output_does(example_copy: Path) -> None:
    """The text pasted into the national application: the same two places, in the language of
    the output; pending external values stay words."""
    blocks = run_cli("export", "2026", "-f", "portal").stdout.strip().split("\n\n")
    assert "Tingkat: 3,00 (Berkembang)" in blocks[0]
    assert "Tingkat: 3,33 (Berkembang)" in blocks[4]  # I5, from the Satu Data index
    assert "menunggu nilai eksternal" in blocks[5]  # I6
    english = run_cli("export", "2026", "-f", "portal", "--lang", "en").stdout
    assert "Level: 3.00 (Berkembang)" in english
    assert not re.search(r"(Tingkat|Level): \d[,.]\d\b", "\n".join(blocks) + english)


def test_spbe_exports_keep_whole_levels(example_copy: Path) -> None:
    from openpyxl import load_workbook

    excel = _csv(["2023", "--csv-dialect", "excel-id"], excel=True)
    plain = _csv(["2023", "--csv-dialect", "rfc4180"], excel=False)
    for rows in (excel, plain):
        for ident, row in rows.items():
            for column in SPBE_COLUMNS:
                assert re.fullmatch(r"[0-5]", row[column]), (ident, column, row[column])
    assert excel["I1"]["weight"] == "1,3" and plain["I1"]["weight"] == "1.3"
    answers = run_cli("export", "2023", "-f", "json").json()["answers"]
    assert all(isinstance(a[c], int) for a in answers for c in SPBE_COLUMNS)
    assert run_cli("export", "2023", "-o", "spbe.xlsx").exit_code == 0
    sheet: Any = load_workbook(example_copy / "spbe.xlsx")["Indikator"]
    keys = [c.value for c in sheet[1]]
    for label in ("Tingkat", "Tingkat review", "Tingkat bukti"):
        col = keys.index(label) + 1
        for line in range(2, sheet.max_row + 1):
            cell = sheet.cell(line, col)
            assert isinstance(cell.value, int) and cell.number_format == "0", (label, line)
    assert "Tingkat: 3 (Terdefinisi)" in run_cli("export", "2023", "-f", "portal").stdout


def test_libreoffice_reads_the_excel_csv_values_as_numbers(
    example_copy: Path, tmp_path: Path
) -> None:
    """The excel-id CSV opened as a double-click would (`;`, id-ID): 2,50 is the number 2.5,
    not text, and no cell is a formula."""
    from openpyxl import load_workbook

    assert run_cli("export", "2026", "-f", "csv", "-o", "pemdi.csv").exit_code == 0
    opened = convert(
        example_copy / "pemdi.csv", tmp_path / "csv", "xlsx", infilter="CSV:59,34,76,1,,1057"
    )
    sheet: Any = load_workbook(opened).worksheets[0]
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    header = [c.value for c in sheet[1]]
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    dokumen = sheet.cell(rows["I1"], header.index("level_dokumen") + 1).value
    final = sheet.cell(rows["I3"], header.index("level_final") + 1).value
    assert isinstance(dokumen, float) and dokumen == 2.5
    assert isinstance(final, float) and final == 2.33


def _pemdi_book(root: Path, value: object) -> Path:
    """Diskominfo's 2026 workbook with I4's level (3 in the file) set to ``value``."""
    from openpyxl import load_workbook

    assert run_cli("sheet", "diskominfo", "--year", "2026", "-o", "pemdi.xlsx").exit_code == 0
    book: Any = load_workbook(root / "pemdi.xlsx")
    sheet = book["Indikator"]
    row = next(r for r in range(4, sheet.max_row + 1) if sheet.cell(r, 1).value == "I4")
    sheet.cell(row, 5).value = value
    book.save(root / "pemdi.xlsx")
    return root / "pemdi.xlsx"


def test_import_preview_shows_values_as_every_output_does(example_copy: Path) -> None:
    _pemdi_book(example_copy, 2.75)
    doc = run_cli("import", "pemdi.xlsx", "-f", "json").json()
    level = next(c for c in doc["changes"] if c["change"] == "level")
    assert (level["indicator"], level["before"], level["after"]) == ("I4", "3,00", "2,75")
    table = run_cli("import", "pemdi.xlsx").stdout
    assert "2,75" in table and "3,00" in table
    markdown = run_cli("import", "pemdi.xlsx", "-f", "md", "--lang", "en").stdout
    assert "| 3.00 | 2.75 |" in markdown
    _pemdi_book(example_copy, "7/3")  # a fraction typed in: shown at two places
    doc = run_cli("import", "pemdi.xlsx", "-f", "json").json()
    level = next(c for c in doc["changes"] if c["change"] == "level")
    assert level["after"] == "2,33"


def test_pemdi_workbook_speaks_the_catalogue(example_copy: Path) -> None:
    """The instructions name a Pemdi level from the drop-down, a decimal value as outputs show
    it, and the Pemdi team; the 59/2020 workbook keeps its own words."""
    from openpyxl import load_workbook

    assert run_cli("sheet", "diskominfo", "--year", "2026", "-o", "pemdi.xlsx").exit_code == 0
    book: Any = load_workbook(example_copy / "pemdi.xlsx")
    guide = "\n".join(str(c.value) for row in book["Petunjuk"].iter_rows() for c in row)
    choices = [c.value for c in book["_spbe"]["D"] if c.value]
    assert "3 - Berkembang" in choices and "(mis. 3 - Berkembang)" in guide
    assert "(mis. 2,50)" in guide and "Tim Koordinasi Pemerintah Digital" in guide
    assert "Terdefinisi" not in guide and "SPBE." not in guide
    prompt = book["Indikator"].data_validations.dataValidation[0].prompt
    assert prompt.endswith("seperti 2,50.")
    assert run_cli("sheet", "diskominfo", "--year", "2023", "-o", "spbe.xlsx").exit_code == 0
    book = load_workbook(example_copy / "spbe.xlsx")
    guide = "\n".join(str(c.value) for row in book["Petunjuk"].iter_rows() for c in row)
    assert "(mis. 3 - Terdefinisi)." in guide and "Tim Koordinasi SPBE." in guide
    assert "desimal" not in guide


def test_the_summary_sheet_shows_every_index_at_two_places(example_copy: Path) -> None:
    from openpyxl import load_workbook

    assert run_cli("export", "2026", "-o", "pemdi.xlsx").exit_code == 0
    sheet: Any = load_workbook(example_copy / "pemdi.xlsx")["Ringkasan"]
    shown = run_cli("score", "2026", "-f", "json").json()
    indices = [sheet.cell(r, 4) for r in range(2, sheet.max_row + 1)]
    assert len(indices) == 1 + sum(len(d["aspects"]) for d in shown["domains"])
    for cell in indices:
        assert cell.data_type == "n" and cell.number_format == "0.00", cell.coordinate
    assert Fraction(str(indices[0].value)) == Fraction(str(shown["index_rounded"]))
