"""Scoring: the regulation's worked examples, hand-computed cases, rounding and invariants."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalogues import catalogue_yaml, write_catalogue
from conftest import ROOT, all_levels, run_cli, unit_file
from spbe_cli.domain.numbers import round_half_up, shown
from spbe_cli.engine.scoring import AnswerInput, score
from spbe_cli.model.catalogue import Catalogue, load_catalogue

_LOADED, _ = load_catalogue(ROOT / "indicators" / "spbe-2020.yaml")
assert _LOADED is not None
CATALOGUE = _LOADED
assert CATALOGUE is not None
IDS = list(CATALOGUE.indicators)


def answers(levels: dict[str, int]) -> dict[str, AnswerInput]:
    return {k: AnswerInput(v, "u", "u.yaml", 1) for k, v in levels.items()}


def by_id(result: object, kind: str) -> dict[str, Fraction]:
    from spbe_cli.engine.scoring import Score

    assert isinstance(result, Score)
    if kind == "domain":
        return {d.domain.id: d.index for d in result.domains}
    return {a.aspect.id: a.index for d in result.domains for a in d.aspects}


def test_tabel_10_aspect_example() -> None:
    # R59 Tabel 10: Aspek 2, NI 11..14 = 3, 4, 3, 2 -> 1/10 x 30,00 = 3,00
    result = score(CATALOGUE, answers(all_levels(1, I11=3, I12=4, I13=3, I14=2)))
    assert by_id(result, "aspect")["A2"] == 3


def test_tabel_11_domain_example() -> None:
    # R59 Tabel 11: Domain 2 from NA2 = 3,00, NA3 = 4,00, NA4 = 3,00 -> 1/25 x 85,00 = 3,40
    levels = all_levels(1, I11=3, I12=4, I13=3, I14=2, I15=4, I16=4, I17=4, I18=4, I19=3, I20=3)
    result = score(CATALOGUE, answers(levels))
    aspects = by_id(result, "aspect")
    assert (aspects["A2"], aspects["A3"], aspects["A4"]) == (Fraction(3), Fraction(4), Fraction(3))
    assert by_id(result, "domain")["D2"] == Fraction(34, 10)


def test_tabel_12_index_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # R59 Tabel 12: ND = 3,70 / 3,40 / 3,00 / 3,20 with BD 13 / 25 / 16,5 / 45,5 -> 3,282 -> 3,28.
    # Domains of ten equal indicators reach those means with whole levels.
    text = catalogue_yaml(
        [
            ("D1", "13", [("A1", "13", ["1.3"] * 10)]),
            ("D2", "25", [("A2", "25", ["2.5"] * 10)]),
            ("D3", "16.5", [("A3", "16.5", ["1.65"] * 10)]),
            ("D4", "45.5", [("A4", "45.5", ["4.55"] * 10)]),
        ]
    )
    path = write_catalogue(tmp_path / "tabel12.yaml", text)
    means = {1: [4] * 7 + [3] * 3, 2: [4] * 4 + [3] * 6, 3: [3] * 10, 4: [4] * 2 + [3] * 8}
    levels = {f"I{(d - 1) * 10 + k + 1}": v for d, vs in means.items() for k, v in enumerate(vs)}
    folder = tmp_path / "2023"
    unit_file(folder, "u", levels)
    monkeypatch.chdir(tmp_path)
    doc = run_cli("score", "2023", "--catalogue", str(path), "-f", "json").json()
    assert [d["index"] for d in doc["domains"]] == [3.7, 3.4, 3.0, 3.2]
    assert (doc["index"], doc["index_rounded"]) == (3.282, 3.28)


def test_published_rounding_aspect_8() -> None:
    # Kemenko Perekonomian 2021: Aspek 8 = 19/6 = 3,1667, published 3,17.
    result = score(CATALOGUE, answers(all_levels(1, I42=4, I43=4, I44=3, I45=3, I46=3, I47=2)))
    a8 = by_id(result, "aspect")["A8"]
    assert a8 == Fraction(19, 6)
    assert shown(a8) == "3,17"


def test_half_up_through_the_cli(year_dir: Path) -> None:
    # All at 2 (index 2,00) plus one level on I11 (2,5 %): exactly 2,025, shown 2,03.
    unit_file(year_dir, "u", all_levels(2, I11=3))
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert (doc["index"], doc["index_rounded"], doc["predikat"]) == (2.025, 2.03, "Cukup")
    assert "2,03   Cukup" in run_cli("score", "assessments/2023").stdout


def test_predikat_is_read_from_the_displayed_index(year_dir: Path) -> None:
    # sum = 200 + 6 x 3 x 3 (A8 to 5) + 2,75 (one A7 to 3) + 2 x 1,5 (two A5 to 3) = 259,75
    levels = all_levels(2, I42=5, I43=5, I44=5, I45=5, I46=5, I47=5, I32=3, I21=3, I22=3)
    unit_file(year_dir, "u", levels)
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert (doc["index"], doc["index_rounded"], doc["predikat"]) == (2.5975, 2.6, "Baik")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2.025", "2.03"),
        ("2.945", "2.95"),
        ("1.125", "1.13"),
        ("2.5975", "2.60"),
        ("3.1666666", "3.17"),
        ("2.0049999", "2.00"),
        ("-1.125", "-1.13"),
        ("5", "5.00"),
    ],
)
def test_round_half_up(value: str, expected: str) -> None:
    assert round_half_up(Fraction(value)) == Decimal(expected)


def test_shown_uses_decimal_comma_in_indonesian() -> None:
    assert shown(Fraction(2945, 1000)) == "2,95"
    assert shown(Fraction(2945, 1000), "en") == "2.95"


def test_missing_counts_at_the_lowest_level() -> None:
    result = score(CATALOGUE, answers({"I1": 5}))
    assert not result.complete
    assert [i.indicator.id for i in result.missing] == IDS[1:]
    assert result.index == Fraction(100 + 4 * Fraction(13, 10), 100)


def test_top_gains_prefer_the_heaviest_weights() -> None:
    result = score(CATALOGUE, answers(all_levels(3, I42=5)))
    gains = result.top_gains()
    assert [g.indicator.id for g in gains] == ["I43", "I44", "I45", "I46", "I47"]
    assert all(g.next_gain == Fraction(3, 100) for g in gains)


def test_every_indicator_at_the_top_has_no_gain() -> None:
    assert score(CATALOGUE, answers(all_levels(5))).top_gains() == []


levels_strategy = st.lists(st.integers(1, 5), min_size=47, max_size=47)


def _index(catalogue: Catalogue, values: list[int]) -> Fraction:
    return score(catalogue, answers(dict(zip(IDS, values, strict=True)))).index


@settings(max_examples=200, deadline=None)
@given(levels_strategy)
def test_index_equals_flat_weighted_sum_and_lies_within_bounds(values: list[int]) -> None:
    index = _index(CATALOGUE, values)
    flat = sum(
        (v * CATALOGUE.indicators[i].weight for i, v in zip(IDS, values, strict=True)), Fraction(0)
    )
    assert index == flat / 100
    assert min(values) <= index <= max(values)


@settings(max_examples=200, deadline=None)
@given(levels_strategy, st.integers(0, 46))
def test_raising_one_level_never_lowers_the_index(values: list[int], which: int) -> None:
    before = _index(CATALOGUE, values)
    if values[which] == 5:
        return
    raised = list(values)
    raised[which] += 1
    after = _index(CATALOGUE, raised)
    assert after - before == CATALOGUE.indicators[IDS[which]].weight / 100
