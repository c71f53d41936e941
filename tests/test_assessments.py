"""Consolidating a year: missing and unfilled answers, folders, spbe.yaml and the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli, unit_file, write


def test_partial_year_is_a_marked_lower_bound(year_dir: Path) -> None:
    unit_file(year_dir, "a", {"I1": 5, "I2": None})
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert doc["complete"] is False
    assert doc["missing"] == [f"I{n}" for n in range(2, 48)]
    # 45 unanswered and one unfilled at level 1, I1 at 5: (100 + 4 x 1.3) / 100
    assert doc["index"] == 1.052
    i2 = doc["domains"][0]["aspects"][0]["indicators"][1]
    assert (i2["answered"], i2["level"], i2["unit"]) == (False, 1, "a")
    table = run_cli("score", "assessments/2023").stdout
    words = " ".join(table.replace("│", " ").split())
    assert "BELUM LENGKAP: 46 indikator belum dijawab" in words
    assert "indeks ini adalah batas bawah." in words


def test_root_with_several_years_shows_the_trend(year_dir: Path) -> None:
    unit_file(year_dir, "a", {"I1": 3})
    unit_file(year_dir.parent / "2022", "a", {"I1": 2}, year=2022)
    doc = run_cli("score", "assessments", "-f", "json").json()
    assert [(y["year"], y["index"]) for y in doc["years"]] == [(2022, 1.013), (2023, 1.026)]
    table = run_cli("score", ".").stdout  # the repository root finds assessments/ too
    assert "1,03 *" in table and "+0,02" in table


def test_empty_folder_and_missing_path(year_dir: Path) -> None:
    out = run_cli("score", "assessments/2023")
    assert out.exit_code == 1 and "X008" in out.stderr
    out = run_cli("score", "assessments/2031")
    assert (
        out.exit_code == 1
        and "X010 berkas atau folder tidak ditemukan: assessments/2031" in out.stderr
    )


def test_reserved_names_are_not_unit_files(year_dir: Path) -> None:
    unit_file(year_dir, "a", {"I1": 3})
    write(year_dir / "_catatan.yaml", "this: is not a unit file\n")
    write(year_dir / ".hidden.yaml", "neither: is this\n")
    write(year_dir / "notes.txt", "catatan rapat\n")
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert [u["unit"] for u in doc["units"]] == ["a"]


def test_unit_names_come_from_the_registry(year_dir: Path) -> None:
    write(
        year_dir.parent.parent / "spbe.yaml",
        """
        instansi: Pemerintah Kota Uji
        units:
          a:
            name: Dinas Komunikasi dan Informatika
            indicators: [I1]
        """,
    )
    unit_file(year_dir, "a", {"I1": 3})
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert doc["units"][0]["name"] == "Dinas Komunikasi dan Informatika"


def test_broken_spbe_yaml_is_located(year_dir: Path) -> None:
    write(year_dir.parent.parent / "spbe.yaml", "instansi: Kota Uji\ncatalog: spbe-2020\n")
    unit_file(year_dir, "a", {"I1": 3})
    out = run_cli("score", "assessments/2023")
    assert out.exit_code == 1
    assert (
        "spbe.yaml:2:1: error S002 kunci `catalog` tidak dikenal; mungkin maksudnya "
        "`catalogue`?" in out.stderr
    )


def test_without_spbe_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()  # the walk up stops at the repository's top
    unit_file(tmp_path / "assessments" / "2023", "a", {"I1": 3})
    monkeypatch.chdir(tmp_path)
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert doc["instansi"] is None
    assert doc["catalogue"]["id"] == "spbe-2020"
    assert "-  ·  Tahun 2023" in run_cli("score", "assessments/2023").stdout


def test_unknown_catalogue_in_a_file_is_a_data_error(year_dir: Path) -> None:
    write(year_dir / "a.yaml", "unit: a\nyear: 2023\ncatalogue: spbe-2031\nindicators: {}\n")
    out = run_cli("score", "assessments/2023")
    assert out.exit_code == 1
    assert (
        "assessments/2023/a.yaml:3:12: error X007 katalog `spbe-2031` tidak dikenal; yang "
        "tersedia: pemdi-2026, spbe-2018, spbe-2020" in out.stderr
    )
