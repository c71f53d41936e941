"""Catalogue versions: 5/2018 (levels 0-5, 20/6 weights), Pemdi 2026 (provisional, external
values), custom catalogues, crosswalks, convert, and history across catalogues."""

from __future__ import annotations

import shutil
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from catalogues import catalogue_yaml, write_catalogue
from conftest import EXAMPLE, ROOT, run_cli, unit_file, write
from spbe_cli.engine.crosswalk import load_crosswalk
from spbe_cli.model.catalogue import load_catalogue

INDICATORS = ROOT / "indicators"


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_shipped_catalogue_and_crosswalk_is_sound() -> None:
    files = sorted(INDICATORS.glob("*.yaml"))
    assert [f.stem for f in files] == ["pemdi-2026", "spbe-2018", "spbe-2020"]
    out = run_cli("catalogue", "check", *map(str, files))
    assert out.exit_code == 0 and out.stdout.count(" utuh ") == 3
    loaded = {f.stem: load_catalogue(f)[0] for f in files}
    for walk_file in sorted((INDICATORS / "crosswalks").glob("*.yaml")):
        source, target = walk_file.stem.split("--")
        walk, problems = load_crosswalk(walk_file, loaded[source], loaded[target])
        assert problems == [] and walk is not None
    spbe2018 = loaded["spbe-2018"]
    assert spbe2018 is not None
    assert (len(spbe2018.domains), len(list(spbe2018.aspects)), spbe2018.low) == (3, 7, 0)
    assert [i.weight for i in list(spbe2018.aspects)[-1].indicators] == [Fraction(10, 3)] * 6
    pemdi = loaded["pemdi-2026"]
    assert pemdi is not None and pemdi.status == "partial" and not pemdi.has_domains
    assert pemdi.verified == ("structure", "weights", "formula", "predikat")
    assert [a.weight for a in pemdi.aspects] == [10, 10, 15, 15, 10, 15, 25]
    weights = [i.weight for i in pemdi.indicators.values()]
    assert weights == [5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15]
    external = [i.id for i in pemdi.indicators.values() if i.external_source]
    assert external == ["I5", "I6", "I7", "I18"]
    assert all(len(i.ranges) == 5 for i in pemdi.indicators.values())


def test_2018_level_zero_and_thirds_are_exact(year_dir: Path) -> None:
    write(year_dir.parent.parent / "spbe.yaml", "instansi: Kota Uji\ncatalogue: spbe-2018\n")
    # Denpasar 2018: A7 = 15/6 = 2,50 reproduces only with six equally weighted items.
    a7 = {"I32": 3, "I33": 3, "I34": 2, "I35": 3, "I35-2": 2, "I35-3": 2}
    levels = {**{f"I{n}": 0 for n in range(1, 32)}, **a7, "I25": 5}
    unit_file(year_dir, "a", levels, year=2023)
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    a7_doc = doc["domains"][2]["aspects"][1]
    assert (a7_doc["index"], a7_doc["index_rounded"]) == (2.5, 2.5)
    assert a7_doc["indicators"][0]["weight"] == 3.3333333333
    # (15 x 20/6 + 5 x 5) / 100 = (50 + 25) / 100
    assert (doc["index"], doc["predikat"]) == (0.75, "Kurang")
    unit_file(year_dir, "a", {**dict.fromkeys(levels, 0), "I35": 1})
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert (doc["index"], doc["index_rounded"]) == (0.0333333333, 0.03)  # 1/30, exactly


def test_custom_catalogue_of_another_shape(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = catalogue_yaml(
        [
            ("D1", "40", [("A1", "25", ["10", "15"]), ("A2", "15", ["15"])]),
            ("D2", "60", [("A3", "60", ["", ""])]),
        ],
        levels=(0, 4),
        bands=[("Tinggi", "3", "4"), ("Sedang", "1.5", "3"), ("Rendah", "0", "1.5")],
        ident="kab-uji",
    )
    (tmp_path / "katalog").mkdir()
    write_catalogue(tmp_path / "katalog" / "kab-uji.yaml", text)
    write(tmp_path / "spbe.yaml", "instansi: Kota Uji\ncatalogue: katalog/kab-uji.yaml\n")
    unit_file(tmp_path / "2024", "a", {"I1": 4, "I2": 0, "I3": 2, "I4": 3, "I5": 1}, year=2024)
    monkeypatch.chdir(tmp_path)
    doc = run_cli("score", "2024", "-f", "json").json()
    # (4x10 + 0x15 + 2x15 + 3x30 + 1x30) / 100 = 190 / 100
    assert (doc["index"], doc["predikat"], doc["catalogue"]["id"]) == (1.9, "Sedang", "kab-uji")
    assert [d["index"] for d in doc["domains"]] == [1.75, 2.0]
    assert run_cli("validate", "2024", "--strict", "--ignore", "C001,C002").exit_code == 0


def _pemdi_year(year_dir: Path, extra: str = "") -> None:
    write(year_dir.parent.parent / "spbe.yaml", "instansi: Kota Uji\ncatalogue: pemdi-2026\n")
    lines = ["unit: a", "year: 2026", "indicators:"]
    for n in range(1, 21):
        if n == 5:
            lines += [
                "  I5:",
                "    level: null",
                "    external:",
                "      value: 3.42",
                "      source: Indeks SDI 2025 (Bappenas)",
                "      date: 2026-02-01",
            ]
        else:
            lines += [f"  I{n}:", "    level: 3"]
    write(year_dir.parent / "2026" / "a.yaml", "\n".join(lines) + "\n" + extra)


def test_provisional_catalogue_and_external_values(year_dir: Path) -> None:
    _pemdi_year(year_dir)
    out = run_cli("score", "assessments/2026", "-f", "json")
    doc = out.json()
    # I6, I7 and I18 take other agencies' indices: a self-assessed 3 is not counted (X024),
    # they are pending at 1.00. (3 x 86 + 3.42 x 5 + 1 x 9) / 100
    assert doc["index"] == 2.841 and doc["catalogue"]["status"] == "partial"
    assert doc["catalogue"]["has_domains"] is False and doc["pending"] == ["I6", "I7", "I18"]
    i5 = doc["domains"][0]["aspects"][2]["indicators"][0]
    assert (i5["value"], i5["external"], i5["next_level_gain"]) == (3.42, True, None)
    notice = "CATATAN: katalog pemdi-2026: struktur, bobot, rumus dan predikat terverifikasi"
    assert out.stderr.count(notice) == 1 and "bersifat sementara" not in out.stderr
    assert out.stderr.count("X024") == 3
    report = run_cli("report", "assessments/2026")
    assert report.stderr.count(notice) == 1
    validate = run_cli("validate", "assessments/2026", "-f", "json")
    assert validate.stderr.count(notice) == 1


def test_external_values_only_where_allowed(year_dir: Path) -> None:
    _pemdi_year(year_dir)
    path = year_dir.parent / "2026" / "a.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "  I1:\n    level: 3", "  I1:\n    level: 3\n    external: {value: 2, source: X}"
    )
    text = text.replace("    level: null\n    external:", "    level: 2\n    external:")
    path.write_text(text, encoding="utf-8")
    out = run_cli("validate", "assessments/2026", "-f", "text")
    assert (
        "a.yaml:6:15: error X017 indikator I1 tidak mengambil nilai dari indeks instansi lain"
        in out.stdout
    )
    assert "error X018 indikator I5 memakai nilai `external`" in out.stdout


def test_convert_the_2019_example(example: Path) -> None:
    out = run_cli("convert", "assessments/2019", "--to", "spbe-2020", "-f", "json")
    assert "PERKIRAAN" in out.stderr
    doc = out.json()
    assert doc["estimate"] is True and (doc["from"], doc["to"]) == ("spbe-2018", "spbe-2020")
    by_id = {i["id"]: i for i in doc["indicators"]}
    assert by_id["I1"] == {
        "id": "I1",
        "level": 2,
        "from": [{"id": "I3", "value": 2.0}],
        "basis": "reference",
    }
    # 5/2018 I6 = 0 and I7 = 1: mean 0,5 rounds half up to 1
    assert by_id["I4"]["level"] == 1 and [f["id"] for f in by_id["I4"]["from"]] == ["I6", "I7"]
    assert "I3" in doc["unmapped"] and "I18" in doc["unmapped"]  # new in 59/2020
    estimate = yaml.safe_load(
        run_cli("convert", "assessments/2019", "--to", "spbe-2020", "-f", "yaml").stdout
    )
    assert estimate["catalogue"] == "spbe-2020" and estimate["unit"] == "perkiraan"
    assert estimate["indicators"]["I4"]["explanation"] == "Perkiraan dari spbe-2018: I6 (0), I7 (1)"
    table = run_cli("convert", "assessments/2023", "--to", "pemdi-2026")
    assert table.stderr.count("CATATAN: katalog pemdi-2026") == 1
    assert run_cli("convert", "assessments/2023", "--to", "spbe-2018").exit_code == 1
    assert run_cli("convert", "assessments/2023", "--to", "spbe-2031").exit_code == 2


def test_history_across_catalogues(example: Path) -> None:
    trend = run_cli("score", "assessments", "-f", "json").json()["years"]
    assert [(y["year"], y["catalogue"], y["index_rounded"]) for y in trend] == [
        (2019, "spbe-2018", 1.79),
        (2022, "spbe-2020", 2.0),
        (2023, "spbe-2020", 2.78),
        (2026, "pemdi-2026", 2.48),  # no `catalogue:` anywhere: the framework in force in 2026
    ]
    diff = run_cli("diff", "assessments/2019", "assessments/2022", "-f", "json").json()
    assert diff["estimated"] is True
    # two catalogues' indices are not subtracted (as in the trend: "katalog baru")
    assert diff["index"]["old"] == 1.7933333333 and diff["index"]["change_rounded"] is None
    statuses = {i["id"]: i["status"] for i in diff["indicators"]}
    assert statuses["I3"] == "baru" and statuses["I13"] == "naik"  # 5/2018 I21 = 1, 2022 I13 = 2
    html = run_cli("report", "assessments/2023").stdout
    assert '<td>2019</td><td>spbe-2018</td><td class="num">1,79</td>' in html


def test_catalogue_list_and_show() -> None:
    listing = run_cli("catalogue", "list").stdout
    assert "pemdi-2026" in listing and "[partial]" in listing and "spbe-2018" in listing
    shown = run_cli("catalogue", "show", "spbe-2020", "--indicator", "i44").stdout
    assert shown.startswith("I44 Tingkat Kematangan Jaringan Dokumentasi dan Informasi Hukum")
    assert "  5 Optimum: Kriteria tingkat 4 telah terpenuhi" in shown
    tree = run_cli("catalogue", "show", "spbe-2018").stdout
    assert "  A7 Layanan Publik Berbasis Elektronik (20 %)" in tree
    assert "    I35-3 Layanan Publik Instansi Pemerintah (layanan ketiga) (10/3 %)" in tree
    assert run_cli("catalogue", "show", "spbe-1999").exit_code == 2


def test_catalogue_check_reports_located_problems(tmp_path: Path) -> None:
    bad = write_catalogue(
        tmp_path / "bad.yaml",
        catalogue_yaml(
            [("D1", "60", [("A1", "60", ["30", "20"])]), ("D2", "40", [("A2", "40", ["40"])])]
        ),
    )
    out = run_cli("catalogue", "check", str(bad))
    assert out.exit_code == 1
    assert ":24:17: error K003" in out.stderr
