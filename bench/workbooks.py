"""The Excel round trip on one instansi of 15 units, as whole commands: ``spbe sheet --all``
(15 workbooks), then ``spbe import`` of the 15 workbooks filled in (a level, an explanation and
an evidence row each), as a dry run and with ``--apply``, beside the floor of merely opening
the same workbooks in a fresh process: openpyxl read-only (every cell), and pandas where it is
installed (optional: not part of the ``bench`` extra)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from runner import Row, measure, table

OPENPYXL_FLOOR = (
    "import sys\n"
    "from openpyxl import load_workbook\n"
    "for name in sys.argv[1:]:\n"
    "    book = load_workbook(name, read_only=True)\n"
    "    for sheet in book.worksheets:\n"
    "        for _ in sheet.iter_rows(values_only=True):\n"
    "            pass\n"
    "    book.close()\n"
)
PANDAS_FLOOR = (
    "import sys\nimport pandas\nfor name in sys.argv[1:]:\n"
    "    pandas.read_excel(name, sheet_name=None)\n"
)


def fill_workbook(path: Path) -> None:
    """What a coordinator does: one level raised, one explanation rewritten, one document added."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    ind, ev = book["Indikator"], book["Data dukung"]
    level = str(ind["E4"].value or "1 - x")
    ind["E4"] = f"{min(5, int(level.split()[0]) + 1)} - naik"
    ind["F4"] = "Penjelasan baru dari unit.\nBaris kedua dengan: titik dua dan # pagar."
    row = next(r for r in range(4, ev.max_row + 1) if "|new|" in str(ev.cell(r, 9).value))
    ev.cell(row, 1).value = ind["A4"].value
    ev.cell(row, 2).value = "Dokumen tambahan dari unit"
    ev.cell(row, 4).value = "https://contoh.go.id/dokumen-tambahan"
    book.save(path)


def has_pandas(python: str) -> bool:
    found = subprocess.run([python, "-c", "import pandas"], capture_output=True, check=False)
    return found.returncode == 0


def prepare(spbe: str, repo: Path, year: int, work: Path) -> list[str]:
    """15 workbooks made by ``spbe sheet --all``, copied and filled in as units send them."""
    made, filled = work / "made", work / "filled"
    shutil.rmtree(made, ignore_errors=True)
    shutil.rmtree(filled, ignore_errors=True)
    command = [spbe, "sheet", "--all", "--repo", str(repo), "--year", str(year), "-o", str(made)]
    subprocess.run(command, check=True, capture_output=True)
    filled.mkdir(parents=True)
    for book in sorted(made.glob("*.xlsx")):
        shutil.copy(book, filled / book.name)
        fill_workbook(filled / book.name)
    return [str(p) for p in sorted(filled.glob("*.xlsx"))]


def section(spbe: str, python: str, repo: Path, year: int, work: Path, rounds: int) -> None:
    """Times the round trip on ``repo`` (a copy: ``--apply`` writes into it)."""
    targets = prepare(spbe, repo, year, work)
    folder = repo / "assessments" / str(year)
    original = {p: p.read_bytes() for p in folder.glob("*.yaml")}

    def restore() -> None:
        for path, data in original.items():
            path.write_bytes(data)

    n = len(targets)
    out = str(work / "again")
    rows = [
        Row(
            f"spbe sheet --all ({n} workbooks)",
            [spbe, "sheet", "--all", "--repo", str(repo), "--year", str(year), "-o", out],
            before=lambda: shutil.rmtree(out, ignore_errors=True),
        ),
        Row(
            f"spbe import {n} workbooks (dry run, json)",
            [spbe, "import", *targets, "--repo", str(repo), "-f", "json"],
            before=restore,
        ),
        Row(
            f"spbe import {n} workbooks --apply",
            [spbe, "import", *targets, "--repo", str(repo), "--apply"],
            before=restore,
        ),
        Row(
            f"floor: openpyxl read-only, every cell of {n} workbooks",
            [python, "-c", OPENPYXL_FLOOR, *targets],
        ),
    ]
    if has_pandas(python):
        rows.append(
            Row(
                f"floor: pandas.read_excel of {n} workbooks", [python, "-c", PANDAS_FLOOR, *targets]
            )
        )
    measure(rows, rounds)
    restore()
    size = sum(Path(t).stat().st_size for t in targets) / n / 1024
    title = f"[workbooks] Excel round trip, one instansi ({n} units, {size:.0f} KB a workbook)"
    table(title, rows, base=rows[3], base_name="openpyxl floor")
    if len(rows) == 4:
        print("  (pandas is not installed: its floor is left out)")
