"""``spbe score <repository>`` across a change of catalogue (SPBE 5/2018 -> 59/2020 -> Pemdi
8/2026): a change is shown only against the previous scored year of the same catalogue, as the
handout's trend chart starts a new series where the catalogue changes."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import run_cli, write
from spbe_cli.app.workspace import open_repository
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.evaluate import YearScore
from spbe_cli.render.trend import changes
from spbe_cli.report.view import index_trend

NS = "{http://www.w3.org/2000/svg}"


def _row(table: str, year: int) -> str:
    return next(line for line in table.splitlines() if line.strip().startswith(str(year)))


def test_no_change_across_a_catalogue_change(example_copy: Path) -> None:
    out = run_cli("score", ".")
    assert out.exit_code == 0, out.stderr
    table = out.stdout
    assert re.search(r"Tahun\s+Katalog\s+Indeks\s+Predikat\s+Domain / aspek\s+Perubahan", table)
    assert "Indeks SPBE" not in table
    assert _row(table, 2019).rstrip().endswith("D3 1,97")  # the first year: nothing before it
    assert _row(table, 2022).rstrip().endswith("katalog baru")  # spbe-2018 -> spbe-2020
    assert _row(table, 2023).rstrip().endswith("+0,78")  # 2,78 - 2,00, both spbe-2020
    pemdi = _row(table, 2026)
    assert pemdi.rstrip().endswith("katalog baru") and "-0,30" not in table
    # no domains in Pemdi: its aspects, in lines no wider than four SPBE domains
    assert "A1 2,50  A2 3,00  A3 2,04  A4 2,47" in pemdi and " - 2,48" not in table
    assert "A5 3,00  A6 2,33  A7 2,40" in table


def test_english_and_markdown(example_copy: Path) -> None:
    english = run_cli("score", ".", "--lang", "en").stdout
    assert re.search(r"Year\s+Catalogue\s+Index\s+Predikat\s+Domains / aspects\s+Change", english)
    assert _row(english, 2022).rstrip().endswith("new catalogue")
    assert _row(english, 2023).rstrip().endswith("+0.78")
    md = run_cli("score", ".", "-f", "md").stdout
    assert "| Tahun | Katalog | Indeks | Predikat | Domain / aspek | Perubahan |" in md
    assert "| 2023 | spbe-2020 | 2,78 | Baik | D1 2,50 D2 2,70 D3 1,64 D4 3,32 | +0,78 |" in md
    assert "| 2026 | pemdi-2026 | 2,48 | Cukup | A1 2,50 A2 3,00" in md
    assert md.count("| katalog baru |") == 2


def test_json_and_csv_change(example_copy: Path) -> None:
    years = run_cli("score", ".", "-f", "json").json()["years"]
    assert [(y["year"], y["change"]) for y in years] == [
        (2019, None),
        (2022, None),
        (2023, 0.78),
        (2026, None),
    ]
    assert list(years[0])[-1] == "change"  # appended: the fields before it keep their order
    rows = list(csv.reader(io.StringIO(run_cli("score", ".", "-f", "csv").stdout)))
    assert rows[0] == [
        "year", "catalogue", "stage", "index", "index_rounded", "predikat", "complete", "change",
    ]  # fmt: skip
    assert [(r[0], r[-1]) for r in rows[1:]] == [
        ("2019", ""),
        ("2022", ""),
        ("2023", "0.78"),
        ("2026", ""),
    ]


def test_the_change_agrees_with_the_handout_chart(example_copy: Path) -> None:
    years = [
        YearScore(Path(y.source), y.score(Stage.MANDIRI), y.problems)
        for y in open_repository(example_copy)
    ]
    scores = [y.score for y in years if y.score is not None]
    svg = index_trend(scores, "id", title="t", desc="d")
    series = [
        len(p.attrib["points"].split()) for p in ElementTree.fromstring(svg).iter(f"{NS}polyline")
    ]
    found = changes(years)
    # a series starts at the first year and at every catalogue change; it goes on at each delta
    runs: list[int] = []
    for change in found:
        if change.delta is None:
            runs.append(1)
        else:
            runs[-1] += 1
    assert runs == series == [1, 2, 1]
    assert [c.new_catalogue for c in found] == [False, True, False, True]


WEIGHTS = range(1, 21)
EXTERNAL = {5, 6, 7, 18}  # set by another agency: pending, they count as the lowest


def _pemdi_year(root: Path, year: int, value: str) -> None:
    lines = ["unit: a", f"year: {year}", "indicators:"]
    for n in WEIGHTS:
        if n not in EXTERNAL:
            lines += [f"  I{n}:", f"    level: {value}"]
    write(root / "assessments" / str(year) / "a.yaml", "\n".join(lines) + "\n")


def test_two_pemdi_years_show_a_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "spbe.yaml", "instansi: Kabupaten Uji\n")
    _pemdi_year(tmp_path, 2026, "3")
    _pemdi_year(tmp_path, 2027, "3.5")
    doc = run_cli("score", "assessments", "-f", "json").json()["years"]
    assert [y["catalogue"] for y in doc] == ["pemdi-2026", "pemdi-2026"]
    delta = round(doc[1]["index_rounded"] - doc[0]["index_rounded"], 2)
    assert delta > 0 and [y["change"] for y in doc] == [None, delta]
    table = run_cli("score", "assessments").stdout
    assert re.search(r"Indeks\s+Predikat\s+Aspek\s+Perubahan", table)  # no domains at all
    shown = f"+{delta:.2f}".replace(".", ",")
    assert _row(table, 2027).rstrip().endswith(shown) and "katalog baru" not in table
