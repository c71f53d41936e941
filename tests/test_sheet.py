"""`spbe sheet` and `spbe import` through the CLI: a unit's workbook out, filled in (and saved
by LibreOffice, as a coordinator's would be), and back into its YAML file, byte for byte where
nothing changed."""

from __future__ import annotations

import io
import zipfile
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from conftest import EXAMPLE, run_cli
from office import convert, resave

BOOK_2023 = "pemerintah-kabupaten-contoh-2023-bpkad.xlsx"
BOOK_2026 = "pemerintah-kabupaten-contoh-2026-inspektorat.xlsx"


def _rows(sheet: Any, first: int = 4) -> dict[str, int]:
    """Indicator id -> row on the indicator sheet."""
    return {
        str(sheet.cell(r, 1).value): r
        for r in range(first, sheet.max_row + 1)
        if sheet.cell(r, 1).value
    }


def _first_blank(sheet: Any) -> int:
    return next(
        r for r in range(4, sheet.max_row + 1) if str(sheet.cell(r, 9).value).split("|")[1] == "new"
    )


def _fill(path: Path, edit: Any) -> None:
    """Change the workbook as a person would, then save it (openpyxl keeps what it read)."""
    book: Any = load_workbook(path)
    edit(book)
    book.save(path)


def test_the_workbook_shows_what_the_unit_fills_in(example_copy: Path) -> None:
    out = run_cli("sheet", "bpkad", "--year", "2023")
    assert out.exit_code == 0, out.stderr
    assert f"{BOOK_2023} ditulis (4 indikator" in out.stderr
    book: Any = load_workbook(example_copy / BOOK_2023)
    assert book.sheetnames == ["Petunjuk", "Indikator", "Data dukung", "Kriteria", "_spbe"]
    assert book["_spbe"].sheet_state == "hidden" and book.security.lockStructure
    ind = book["Indikator"]
    assert ind.protection.sheet and ind.freeze_panes == "C4"
    assert ind.page_setup.orientation == "landscape" and int(ind.page_setup.paperSize) == 9  # A4
    headers = [c.value for c in ind[3]]
    assert headers[:6] == ["Kode", "Indikator", "Peran unit", "Nilai saat ini", "Tingkat (isi)",
                           "Penjelasan (isi)"]  # fmt: skip
    rows = _rows(ind)
    unit = yaml.safe_load((example_copy / "2023" / "bpkad.yaml").read_text("utf-8"))
    assert set(rows) == set(unit["indicators"])
    for ident, row in rows.items():
        answer = unit["indicators"][ident]
        assert ind.cell(row, 5).value.startswith(f"{answer['level']} - ")
        assert ind.cell(row, 5).protection.locked is False  # to fill in
        assert ind.cell(row, 1).protection.locked is not False  # the id is locked
        assert ind.cell(row, 6).value == answer["explanation"]
        assert ind.cell(row, 7).value.startswith(f"Tingkat {answer['level'] + 1} (")
    picks = [dv for dv in ind.data_validations.dataValidation if dv.type == "list"]
    assert picks and picks[0].formula1 == "'_spbe'!$D$1:$D$5"
    meta = {r[0]: r[1] for r in book["_spbe"].iter_rows(max_col=2, values_only=True) if r[0]}
    assert meta["unit"] == "bpkad" and meta["year"] == "2023" and meta["catalogue"] == "spbe-2020"
    import hashlib

    digest = hashlib.sha256((example_copy / "2023" / "bpkad.yaml").read_bytes()).hexdigest()
    assert meta["sha256"] == digest and meta["tool"].startswith("spbe ")
    evidence = book["Data dukung"]
    titles = [e["title"] for a in unit["indicators"].values() for e in a.get("evidence", [])]
    shown = [evidence.cell(r, 2).value for r in range(4, 4 + len(titles))]
    assert sorted(shown) == sorted(titles)
    assert evidence.column_dimensions["I"].hidden  # the row refs
    criteria = book["Kriteria"]
    assert criteria.max_row - 3 == 5 * len(rows)  # five levels per indicator


def test_a_round_trip_without_edits_changes_no_byte(example_copy: Path, tmp_path: Path) -> None:
    for args, book in (
        (("bpkad", "--year", "2023"), BOOK_2023),
        (("inspektorat", "--year", "2026"), BOOK_2026),
    ):
        assert run_cli("sheet", *args).exit_code == 0
        saved = resave(example_copy / book, tmp_path / "lo")  # as LibreOffice writes it
        before = {p: p.read_bytes() for p in example_copy.rglob("*.yaml")}
        out = run_cli("import", str(saved), "--apply")
        assert out.exit_code == 0, out.stderr
        assert "tidak ada perubahan" in out.stderr and out.stdout == ""
        assert {p: p.read_bytes() for p in example_copy.rglob("*.yaml")} == before


def test_filled_in_libreoffice_then_applied(example_copy: Path, tmp_path: Path) -> None:
    """The whole round: sheet, fill, LibreOffice saves, import shows the diff, --apply writes
    only the changed values, validate passes."""
    assert run_cli("sheet", "bpkad", "--year", "2023").exit_code == 0
    (example_copy / "evidence" / "2023" / "baru.pdf").write_bytes(b"%PDF-1.4\n")
    source = example_copy / "2023" / "bpkad.yaml"
    before = source.read_text("utf-8")

    def edit(book: Any) -> None:
        ind = book["Indikator"]
        rows = _rows(ind)
        ind.cell(rows["I24"], 5).value = "3 - Terdefinisi"
        ind.cell(rows["I33"], 6).value = 'Baris satu: "kutip" # bukan komentar\n=HYPERLINK("x")'
        ev = book["Data dukung"]
        ev.cell(5, 2).value = ev.cell(5, 2).value + " (revisi)"
        blank = _first_blank(ev)
        ev.cell(blank, 1).value = "I24"
        ev.cell(blank, 2).value = "Berita acara inventarisasi"
        ev.cell(blank, 3).value = "evidence/2023/baru.pdf"
        ev.cell(blank, 7).value = "31/03/2023"

    _fill(example_copy / BOOK_2023, edit)
    saved = resave(example_copy / BOOK_2023, tmp_path / "lo")
    dry = run_cli("import", str(saved), "-f", "json")
    assert dry.exit_code == 0, dry.stderr
    doc = dry.json()
    kinds = sorted((c["indicator"], c["change"]) for c in doc["changes"])
    assert kinds == [
        ("I24", "evidence_added"),
        ("I24", "level"),
        ("I33", "evidence_changed"),
        ("I33", "explanation"),
    ]
    level = next(c for c in doc["changes"] if c["change"] == "level")
    assert (level["before"], level["after"], level["cell"]) == ("2", "3", "Indikator!E4")
    assert source.read_text("utf-8") == before  # a dry run writes nothing
    table = run_cli("import", str(saved))
    assert "data dukung ditambah" in table.stdout and "--apply" in table.stderr
    applied = run_cli("import", str(saved), "--apply")
    assert applied.exit_code == 0, applied.stderr
    after = source.read_text("utf-8")
    data = yaml.safe_load(after)
    assert data["indicators"]["I24"]["level"] == 3
    assert data["indicators"]["I33"]["explanation"].endswith('=HYPERLINK("x")')
    added = data["indicators"]["I24"]["evidence"][-1]
    assert added["title"] == "Berita acara inventarisasi" and str(added["date"]) == "2023-03-31"
    # every line the workbook did not touch is still there, in order (a line diff)
    import difflib

    old_lines, new_lines = before.splitlines(), after.splitlines()
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    replaced = [
        line
        for tag, i1, i2, _, _ in matcher.get_opcodes()
        if tag != "equal"
        for line in old_lines[i1:i2]
    ]
    assert replaced == [
        "    level: 2",
        "    explanation: >-",  # I33's text is now two lines: a literal block
        *[line for line in old_lines if line.startswith("      Layanan penganggaran")],
        *[line for line in old_lines if line.startswith("      keuangan. Dengan")],
        "      (kolaborasi).",
        '      - title: "Tangkapan layar integrasi SIPD penganggaran dan perencanaan"',
    ]
    assert "# " in after.split("\n", 1)[0]  # the header comment stays
    assert run_cli("validate", "2023").exit_code == 0


def test_decimal_values_supporting_units_and_items(example_copy: Path, tmp_path: Path) -> None:
    assert run_cli("sheet", "inspektorat", "--year", "2026").exit_code == 0
    book: Any = load_workbook(example_copy / BOOK_2026)
    ind = book["Indikator"]
    rows = _rows(ind)
    roles = {ident: ind.cell(r, 3).value for ident, r in rows.items()}
    assert roles["I9"] == "Pengampu" and roles["I2"] == "Pendukung"
    assert ind.cell(rows["I2"], 5).protection.locked is not False  # a supporting unit sets no level
    assert book["Data dukung"].cell(4, 5).value == "PG_04_01_1"  # the item code
    assert "revisi" in str(book["Data dukung"].cell(6, 8).value)  # the assessors' status

    def edit(book: Any) -> None:
        ind = book["Indikator"]
        rows = _rows(ind)
        ind.cell(rows["I9"], 5).value = "2,75"
        ind.cell(rows["I2"], 6).value = "Inspektorat mereviu layanan digital tiap semester."

    _fill(example_copy / BOOK_2026, edit)
    saved = resave(example_copy / BOOK_2026, tmp_path / "lo")
    out = run_cli("import", str(saved), "--apply")
    assert out.exit_code == 0, out.stderr
    data = yaml.safe_load((example_copy / "2026" / "inspektorat.yaml").read_text("utf-8"))
    assert data["indicators"]["I9"]["level"] == 2.75
    assert data["supports"]["I2"]["explanation"].startswith("Inspektorat mereviu")
    assert data["indicators"]["I9"]["evidence"][2]["status"]["dokumen"]["status"] == "revisi"
    score = run_cli("score", "2026", "-f", "json").json()
    i9 = next(i for d in score["domains"] for a in d["aspects"] for i in a["indicators"]
              if i["id"] == "I9")  # fmt: skip
    assert i9["value"] == 2.75


def test_problems_are_located_at_cells_and_nothing_is_written(example_copy: Path) -> None:
    assert run_cli("sheet", "bpkad", "--year", "2023").exit_code == 0
    source = example_copy / "2023" / "bpkad.yaml"
    before = source.read_bytes()

    def edit(book: Any) -> None:
        ind = book["Indikator"]
        rows = _rows(ind)
        ind.cell(rows["I24"], 5).value = "tiga"
        ind.cell(rows["I33"], 5).value = "3,5"
        ev = book["Data dukung"]
        blank = _first_blank(ev)
        ev.cell(blank, 1).value = "I24"
        ev.cell(blank, 2).value = "Tidak ada berkasnya"
        ev.cell(blank, 3).value = "../../etc/passwd"

    _fill(example_copy / BOOK_2023, edit)
    out = run_cli("import", BOOK_2023, "--apply")
    assert out.exit_code == 1
    lines = [line for line in out.stderr.splitlines() if ": error " in line]
    assert any(line.startswith(f"{BOOK_2023}:Indikator!E4: error W011 `tiga`") for line in lines)
    # 3,5 parses as a value; a whole-level catalogue refuses it with the rule of validate
    assert any(line.startswith(f"{BOOK_2023}:Indikator!E5: error S003") for line in lines)
    assert "Traceback" not in out.stderr and source.read_bytes() == before
    lines = [line for line in run_cli("import", BOOK_2023).stderr.splitlines() if "W011" in line]
    assert lines  # the dry run finds the same


def test_refusals_changed_file_other_unit_and_force(example_copy: Path) -> None:
    assert run_cli("sheet", "bpkad", "--year", "2023").exit_code == 0
    source = example_copy / "2023" / "bpkad.yaml"
    text = source.read_text("utf-8")
    source.write_text(text.replace("level: 4", "level: 3", 1), "utf-8")  # edited since
    out = run_cli("import", BOOK_2023, "--apply")
    assert out.exit_code == 1 and "W005" in out.stderr
    assert source.read_text("utf-8") == text.replace("level: 4", "level: 3", 1)
    forced = run_cli("import", BOOK_2023, "--apply", "--force")
    assert forced.exit_code == 0 and "--force" in forced.stderr
    assert "tingkat" in forced.stdout  # the difference is shown: the workbook's 4 wins
    assert source.read_text("utf-8") == text
    # two workbooks for one file; a copy of another year's workbook
    copy = example_copy / "copy.xlsx"
    copy.write_bytes((example_copy / BOOK_2023).read_bytes())
    both = run_cli("import", BOOK_2023, "copy.xlsx")
    assert both.exit_code == 1 and "W018" in both.stderr


def test_sheet_all_and_reproducible_bytes(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    out = run_cli("sheet", "--all", "--year", "2026", "-o", "isian")
    assert out.exit_code == 0, out.stderr
    made = sorted(p.name for p in (example_copy / "isian").iterdir())
    assert len(made) == 7 and all(n.startswith("pemerintah-kabupaten-contoh-2026-") for n in made)
    first = (example_copy / "isian" / made[0]).read_bytes()
    real = time.localtime
    monkeypatch.setattr(time, "localtime", lambda *args: real(2_000_000_000))
    assert run_cli("sheet", "--all", "--year", "2026", "-o", "lagi").exit_code == 0
    assert (example_copy / "lagi" / made[0]).read_bytes() == first
    with zipfile.ZipFile(io.BytesIO(first)) as book:
        assert "2025-11-30T00:00:00Z" in book.read("docProps/core.xml").decode()
        assert all(i.date_time == (2025, 11, 30, 0, 0, 0) for i in book.infolist())
    # an output never lands on an input; a unit file names the year folder
    refused = run_cli("sheet", "bpkad", "--year", "2023", "-o", "2023/bpkad.yaml")
    assert refused.exit_code == 2 and "Traceback" not in refused.stderr
    assert run_cli("sheet", "--year", "2023").exit_code == 2  # neither UNIT nor --all


def test_no_cell_becomes_a_formula_in_libreoffice(example_copy: Path, tmp_path: Path) -> None:
    """Text that starts like a formula is written as text: LibreOffice shows it, never runs it."""
    source = example_copy / "2023" / "bpkad.yaml"
    text = source.read_text("utf-8")
    start = text.index("explanation:")
    end = text.index("evidence:", start)
    hostile = '=HYPERLINK("https://contoh.invalid","klik")'
    text = text[:start] + f"explanation: '{hostile}'\n    " + text[end:]
    source.write_text(text, "utf-8")
    assert run_cli("sheet", "bpkad", "--year", "2023").exit_code == 0
    assert run_cli("export", "2023", "-o", "export.xlsx").exit_code == 0
    assert run_cli("export", "2023", "-f", "csv", "-o", "export.csv").exit_code == 0
    for name in (BOOK_2023, "export.xlsx"):
        csv_path = convert(
            example_copy / name,
            tmp_path / name,
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        )
        shown = "".join(p.read_text("utf-8") for p in csv_path.parent.glob("*.csv"))
        assert hostile.replace('"', '""') in shown and "klik" in shown
    opened = convert(
        example_copy / "export.csv", tmp_path / "csv", "xlsx", infilter="CSV:59,34,76,1,,1057"
    )
    sheet: Any = load_workbook(opened).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    header = [c.value for c in sheet[1]]
    weight = header.index("weight") + 1
    assert isinstance(sheet.cell(2, weight).value, int | float)  # `5` read as a number


@pytest.fixture(scope="module")
def bpkad_book(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """`spbe sheet bpkad --year 2023` of the example, made once for the examples below (which
    restore the YAML after each one, so it is the workbook each of them would make)."""
    import shutil

    root = tmp_path_factory.mktemp("book") / "contoh"
    shutil.copytree(EXAMPLE, root)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        assert run_cli("sheet", "bpkad", "--year", "2023", "-o", "b.xlsx").exit_code == 0
    return (root / "b.xlsx").read_bytes()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))
        | st.sampled_from("\n:#'\"-{}[]&*!|>%@` "),
        min_size=1,
        max_size=200,
    )
)
def test_any_explanation_reads_back_as_typed(
    example_copy: Path, bpkad_book: bytes, text: str
) -> None:
    """Whatever a person types into the explanation cell is what the YAML holds afterwards."""
    import shutil

    shutil.rmtree(example_copy / "work", ignore_errors=True)
    (example_copy / "work").mkdir()
    book = example_copy / "work" / "b.xlsx"
    source = example_copy / "2023" / "bpkad.yaml"
    original = source.read_bytes()
    try:
        book.write_bytes(bpkad_book)

        def edit(wb: Any) -> None:
            ind = wb["Indikator"]
            cell = ind.cell(_rows(ind)["I33"], 6)
            cell.value = text
            cell.data_type = "s"  # typed as text ('=...): a formula is refused, see the cases

        _fill(book, edit)
        out = run_cli("import", str(book), "--apply")
        typed: str | None = text.replace("\r\n", "\n").replace("\r", "\n")
        if typed is not None and not typed.strip():
            typed = None  # an empty cell: no explanation
        assert out.exit_code == 0, out.stderr
        data = yaml.safe_load(source.read_text("utf-8"))
        assert data["indicators"]["I33"].get("explanation") == typed
        assert data["indicators"]["I24"] == yaml.safe_load(original)["indicators"]["I24"]
    finally:
        source.write_bytes(original)


def test_level_parsing_forms(example_copy: Path) -> None:
    """A level typed as a number, as the list entry, as its name, or as a fraction."""
    from spbe_cli.sheet.read import parse_level

    names = {"terdefinisi": 3}
    assert parse_level(3, names) == 3 and parse_level(2.5, names) == Fraction(5, 2)
    assert parse_level("3 - Terdefinisi", names) == 3 and parse_level("Terdefinisi", names) == 3
    assert parse_level("2,75", names) == Fraction(11, 4) and parse_level("7/3", names) == Fraction(
        7, 3
    )
    assert parse_level("tiga", names) == "tiga" and parse_level(" ", names) is None


def test_an_english_workbook_reads_back(example_copy: Path) -> None:
    """A workbook made with --lang en names its sheets and headings in English; the import reads
    them in the language the workbook was made in, whatever --lang it runs with."""
    out = run_cli("sheet", "bpkad", "--year", "2023", "--lang", "en", "-o", "en.xlsx")
    assert out.exit_code == 0 and "en.xlsx written (4 indicators" in out.stderr
    book: Any = load_workbook(example_copy / "en.xlsx")
    assert book.sheetnames == ["Guide", "Indicators", "Evidence", "Criteria", "_spbe"]
    assert [c.value for c in book["Indicators"][3]][:5] == [
        "Id", "Indicator", "Unit's role", "Current value", "Level (fill in)"
    ]  # fmt: skip
    assert book["Indicators"]["C4"].value == "Lead"

    def edit(wb: Any) -> None:
        wb["Indicators"]["E4"] = "four"

    _fill(example_copy / "en.xlsx", edit)
    refused = run_cli("import", "en.xlsx", "--lang", "en")
    assert refused.exit_code == 1
    assert "en.xlsx:Indicators!E4: error W011 `four` is not a level" in refused.stderr
    assert "There are problems; no file was changed." in refused.stderr


def test_crlf_and_a_byte_order_mark_survive(example_copy: Path) -> None:
    """A file saved on Windows (CRLF, a UTF-8 byte order mark) keeps both; one value changes."""
    source = example_copy / "2023" / "bpkad.yaml"
    original = "\ufeff" + source.read_text("utf-8").replace("\n", "\r\n")
    source.write_bytes(original.encode("utf-8"))
    assert run_cli("sheet", "bpkad", "--year", "2023", "-o", "w.xlsx").exit_code == 0

    def edit(book: Any) -> None:
        ind = book["Indikator"]
        ind.cell(_rows(ind)["I34"], 5).value = "5 - Optimum"

    _fill(example_copy / "w.xlsx", edit)
    assert run_cli("import", "w.xlsx", "--apply").exit_code == 0
    after = source.read_bytes().decode("utf-8")
    assert after.startswith("\ufeff") and after.count("\r\n") == original.count("\r\n")
    changed = [
        (a, b) for a, b in zip(original.split("\r\n"), after.split("\r\n"), strict=True) if a != b
    ]
    assert len(changed) == 1 and changed[0][1] == "    level: 5"


def test_import_unpacks_only_the_parts_it_reads(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guide and criteria sheets (and the theme, the properties) are shown, never read
    back: import never unpacks them, whatever they hold."""
    assert run_cli("sheet", "bpkad", "--year", "2023").exit_code == 0
    unpacked: set[str] = set()
    real_open = zipfile.ZipFile.open

    def recording(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        if info.compress_type != zipfile.ZIP_STORED:  # the file itself, not the parts kept
            unpacked.add(info.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", recording)
    assert run_cli("import", BOOK_2023).exit_code == 0
    with zipfile.ZipFile(example_copy / BOOK_2023) as book:
        names = set(book.namelist())
    read = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"}
    read |= {"xl/styles.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"}
    read |= {"xl/worksheets/sheet5.xml"}  # _spbe
    assert unpacked == read
    assert {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml"} <= names - unpacked
