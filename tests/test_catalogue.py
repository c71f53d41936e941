"""The bundled catalogue's content and the integrity check of any catalogue file."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from catalogues import catalogue_yaml, write_catalogue
from conftest import ROOT, run_cli, unit_file
from spbe_cli.model.catalogue import load_catalogue
from spbe_cli.problems.problem import sort_problems

BUNDLED = ROOT / "indicators" / "spbe-2020.yaml"


def test_spbe_2020_shape_and_weights() -> None:
    catalogue, problems = load_catalogue(BUNDLED)
    assert problems == [] and catalogue is not None
    shape = (catalogue.id, len(catalogue.domains), len(list(catalogue.aspects)))
    assert shape == ("spbe-2020", 4, 8)
    assert list(catalogue.indicators) == [f"I{n}" for n in range(1, 48)]
    assert [d.weight for d in catalogue.domains] == [13, 25, Fraction(33, 2), Fraction(91, 2)]
    assert [a.weight for a in catalogue.aspects] == [
        13,
        10,
        10,
        5,
        12,
        Fraction(9, 2),
        Fraction(55, 2),
        18,
    ]
    weights = {i.id: i.weight for i in catalogue.indicators.values()}
    assert weights["I1"] == Fraction(13, 10) and weights["I20"] == Fraction(5, 2)
    assert weights["I31"] == Fraction(3, 2) and weights["I41"] == Fraction(11, 4)
    assert weights["I47"] == 3
    assert sum(weights.values()) == 100
    for indicator in catalogue.indicators.values():
        assert sorted(indicator.criteria) == [1, 2, 3, 4, 5]
        assert indicator.question and indicator.question.startswith("Apakah")
    assert [b.name for b in catalogue.bands] == [
        "Memuaskan",
        "Sangat Baik",
        "Baik",
        "Cukup",
        "Kurang",
    ]


def test_level_names_follow_the_two_scales() -> None:
    catalogue, _ = load_catalogue(BUNDLED)
    assert catalogue is not None
    i31, i32 = catalogue.indicators["I31"], catalogue.indicators["I32"]
    assert [lv.name for lv in i31.scale.levels] == [
        "Rintisan",
        "Terkelola",
        "Terdefinisi",
        "Terpadu dan Terukur",
        "Optimum",
    ]
    assert [lv.name for lv in i32.scale.levels] == [
        "Informasi",
        "Interaksi",
        "Transaksi",
        "Kolaborasi",
        "Optimum",
    ]


def test_indicator_3_misprint_is_kept_and_flagged() -> None:
    catalogue, _ = load_catalogue(BUNDLED)
    assert catalogue is not None
    i3 = catalogue.indicators["I3"]
    assert i3.criteria[3].startswith("Kondisi: Kebijakan internal Manajemen Data")
    assert i3.criteria[4].startswith("Kriteria tingkat 2 telah terpenuhi")
    assert i3.note is not None and "bergeser" in i3.note


@pytest.mark.parametrize(
    ("value", "band"),
    [
        ("4.2", "Memuaskan"),
        ("5", "Memuaskan"),
        ("4.19", "Sangat Baik"),
        ("3.5", "Sangat Baik"),
        ("3.49", "Baik"),
        ("2.6", "Baik"),
        ("2.59", "Cukup"),
        ("1.8", "Cukup"),
        ("1.79", "Kurang"),
        ("1", "Kurang"),
    ],
)
def test_predikat_bands(value: str, band: str) -> None:
    catalogue, _ = load_catalogue(BUNDLED)
    assert catalogue is not None
    assert catalogue.predikat(Fraction(value)) == band


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = write_catalogue(tmp_path / "c.yaml", text)
    catalogue, problems = load_catalogue(path)
    assert catalogue is None
    return [f"{p.line}:{p.column} {p.code}" for p in sort_problems(problems)]


GOOD = [("D1", "60", [("A1", "60", ["30", "30"])]), ("D2", "40", [("A2", "40", ["40"])])]


def test_small_catalogue_is_clean(tmp_path: Path) -> None:
    catalogue, problems = load_catalogue(write_catalogue(tmp_path / "c.yaml", catalogue_yaml(GOOD)))
    assert problems == [] and catalogue is not None


@pytest.mark.parametrize(
    ("domains", "expected"),
    [
        # aspect weight differs from the sum of its indicators (line of the aspect's weight)
        (
            [("D1", "60", [("A1", "60", ["30", "20"])]), ("D2", "40", [("A2", "40", ["40"])])],
            ["24:17 K003"],
        ),
        # domain weight differs from the sum of its aspects; total is not 100
        (
            [("D1", "70", [("A1", "60", ["30", "30"])]), ("D2", "40", [("A2", "40", ["40"])])],
            ["18:3 K005", "20:13 K004"],
        ),
        # a zero weight
        (
            [("D1", "60", [("A1", "60", ["60", "0"])]), ("D2", "40", [("A2", "40", ["40"])])],
            ["31:21 K002"],
        ),
        # duplicate id
        (
            [("D1", "60", [("A1", "60", ["30", "30"])]), ("D2", "40", [("A1", "40", ["40"])])],
            ["36:13 K001"],
        ),
    ],
)
def test_integrity_violations_are_located(
    tmp_path: Path,
    domains: list[tuple[str, str, list[tuple[str, str, list[str]]]]],
    expected: list[str],
) -> None:
    assert _problems(tmp_path, catalogue_yaml(domains)) == expected


def test_predikat_gap_and_short_cover(tmp_path: Path) -> None:
    text = catalogue_yaml(GOOD, bands=[("A", "3", "4"), ("B", "1", "2.5")])
    assert _problems(tmp_path, text) == ["14:3 K007"]
    path = tmp_path / "c.yaml"
    _, problems = load_catalogue(path)
    text = problems[0].message()
    assert "A: max 4 ≠ 5" in text and "B max 2.5 / A min 3" in text


def test_levels_must_be_consecutive(tmp_path: Path) -> None:
    text = catalogue_yaml(GOOD).replace("- {level: 3, name: T3}\n", "- {level: 7, name: T3}\n")
    assert "8:7 K006" in _problems(tmp_path, text)


def test_unknown_scale_and_criteria_levels(tmp_path: Path) -> None:
    text = catalogue_yaml(GOOD).replace(
        "            name: Indikator 3\n",
        "            name: Indikator 3\n            scale: z\n            criteria: {1: a, 9: b}\n",
    )
    assert _problems(tmp_path, text) == ["42:20 K008", "43:23 K009"]


def test_weights_as_fractions_and_shared_equally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 5/2018 style: six items sharing an aspect's 20 % (20/6 each), and an aspect whose weight
    # is shared by indicators that give none.
    text = catalogue_yaml(
        [
            ("D1", "80", [("A1", "80", ["40/3", "40/3", "40/3", "40/3", "40/3", "40/3"])]),
            ("D2", "20", [("A2", "20", ["", "", ""])]),
        ],
        levels=(0, 5),
    )
    path = write_catalogue(tmp_path / "c.yaml", text)
    catalogue, problems = load_catalogue(path)
    assert problems == [] and catalogue is not None
    assert catalogue.indicators["I1"].weight == Fraction(40, 3)
    assert catalogue.indicators["I9"].weight == Fraction(20, 3)
    unit_file(tmp_path / "2019", "u", {"I1": 0, "I2": 5, "I7": 1}, year=2019)
    monkeypatch.chdir(tmp_path)
    doc = run_cli("score", "2019", "--catalogue", "c.yaml", "-f", "json").json()
    # (5 x 40/3 + 1 x 20/3) / 100 = 220/300 = 0.7333...
    assert (doc["index"], doc["index_rounded"], doc["predikat"]) == (0.7333333333, 0.73, "Bawah")
    assert doc["domains"][0]["aspects"][0]["indicators"][0]["weight"] == 13.3333333333


def test_broken_catalogue_is_reported_through_score(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = [("D1", "60", [("A1", "60", ["30", "20"])]), ("D2", "40", [("A2", "40", ["40"])])]
    write_catalogue(tmp_path / "c.yaml", catalogue_yaml(bad))
    (tmp_path / "spbe.yaml").write_text("catalogue: c.yaml\n", encoding="utf-8")
    unit_file(tmp_path / "2023", "u", {"I1": 3})
    monkeypatch.chdir(tmp_path)
    out = run_cli("score", "2023")
    assert out.exit_code == 1
    assert out.stderr.startswith(
        "c.yaml:24:17: error K003 bobot aspek `A1` (60) tidak sama "
        "dengan jumlah bobot indikatornya (50)"
    )
