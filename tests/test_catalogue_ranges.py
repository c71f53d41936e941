"""A catalogue's value ranges (``ranges``) are checked as ``Indicator.range_of`` reads them.

Values are rounded to two places before their range is looked up, so ranges written as the
regulation prints them (1.00-1.50, 1.51-2.50, ...) leave no gap, while every value of the scale
must fall in exactly one range: the one the lookup gives it. Each check is proved through
``spbe catalogue check`` (code, file:line:col, exit code) and one through ``spbe validate``.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalogues import catalogue_yaml, write_catalogue
from conftest import ROOT, run_cli, unit_file, write
from spbe_cli.model.catalogue import load_catalogue
from spbe_cli.problems.problem import sort_problems

GOOD = [("D1", "60", [("A1", "60", ["30", "30"])]), ("D2", "40", [("A2", "40", ["40"])])]
ANCHOR = "            name: Indikator 1\n"
# the columns of `min` and `max` in a row written by ``_row`` with four-character bounds
MIN_COL, MAX_COL = 23, 34
PEMDI = ["1.00-1.50", "1.51-2.50", "2.51-3.50", "3.51-4.00", "4.01-5.00"]


def _row(span: str, n: int) -> str:
    low, high = span.split("-")
    return f"              - {{min: {low}, max: {high}, criterion: k{n}, evidence: b{n}}}"


def _catalogue(folder: Path, spans: list[str], criteria: bool = False) -> int:
    """``c.yaml`` in ``folder``: the small 1..5 catalogue with ``spans`` as the value ranges of
    indicator I1 (per-level criteria beside them with ``criteria``). The line of the first range:
    range n stands on that line + n."""
    extra = ["            ranges:", *(_row(span, n) for n, span in enumerate(spans))]
    if criteria:
        extra += ["            criteria: {1: a, 2: b, 3: c, 4: d, 5: e}"]
    base = catalogue_yaml(GOOD)
    text = base.replace(ANCHOR, ANCHOR + "\n".join(extra) + "\n")
    write_catalogue(folder / "c.yaml", text)
    return base[: base.index(ANCHOR)].count("\n") + 3


def _check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spans: list[str]) -> list[str]:
    """``spbe catalogue check c.yaml`` in English: its error lines, each ``c.yaml:L:C: error KNNN
    ...``, where L is given as the range's number (``@n``) for readable expectations."""
    first = _catalogue(tmp_path, spans)
    monkeypatch.chdir(tmp_path)
    out = run_cli("catalogue", "check", "c.yaml", "--lang", "en")
    assert out.exit_code == 1 and out.stdout == ""
    errors = [line for line in out.stderr.splitlines() if ": error " in line]
    renumbered = []
    for line in errors:
        name, row, col, rest = line.split(":", 3)
        assert name == "c.yaml"
        renumbered.append(f"@{int(row) - first}:{col}:{rest}")
    return renumbered


def _codes(lines: list[str]) -> list[str]:
    """``@n:col KNNN`` of each error line."""
    return [f"{line.split(':')[0]}:{line.split(':')[1]} {line.split()[2]}" for line in lines]


# --- clean ranges ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted((ROOT / "indicators").glob("*.yaml")), ids=lambda p: p.stem)
def test_bundled_catalogues_stay_clean(path: Path) -> None:
    catalogue, problems = load_catalogue(path)
    assert problems == [] and catalogue is not None
    out = run_cli("catalogue", "check", str(path))
    assert out.exit_code == 0 and out.stderr == ""


def test_the_bundled_ranges_are_checked_and_pass() -> None:
    catalogue, _ = load_catalogue(ROOT / "indicators" / "pemdi-2026.yaml")
    assert catalogue is not None
    spans = {
        tuple(f"{float(r.min):.2f}-{float(r.max):.2f}" for r in i.ranges)
        for i in catalogue.indicators.values()
    }
    assert spans == {tuple(PEMDI)}


@pytest.mark.parametrize(
    "spans",
    [
        PEMDI,  # adjacent at two places: 1.50 and 1.51 leave no gap
        ["1-5"],  # one range for the whole scale
        ["1.00-1.50", "1.51-1.51", "1.52-5.00"],  # a range of one value
        ["1.0-2.5", "2.51-3.5", "3.51-5"],  # bounds written with fewer places
    ],
)
def test_ranges_that_tile_the_scale_are_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spans: list[str]
) -> None:
    _catalogue(tmp_path, spans)
    monkeypatch.chdir(tmp_path)
    out = run_cli("catalogue", "check", "c.yaml")
    assert out.exit_code == 0 and out.stderr == ""
    assert "katalog uji utuh" in out.stdout


@pytest.mark.parametrize(
    ("value", "now", "step"),
    [
        ("1", "k0", 2),
        ("1.50", "k0", 2),
        ("1.504", "k0", 2),  # shown as 1,50
        ("1.505", "k1", 3),  # shown as 1,51: the next range
        ("1.51", "k1", 3),
        ("2.5", "k1", 3),
        ("2.75", "k2", 4),
        ("4.00", "k3", 5),
        ("4.005", "k4", None),  # shown as 4,01: the top range
        ("5", "k4", None),
    ],
)
def test_a_clean_catalogue_gives_each_value_its_range(
    tmp_path: Path, value: str, now: str, step: int | None
) -> None:
    _catalogue(tmp_path, PEMDI)
    catalogue, problems = load_catalogue(tmp_path / "c.yaml")
    assert problems == [] and catalogue is not None
    indicator = catalogue.indicators["I1"]
    assert indicator.criteria_for(Fraction(value))[0] == (now, f"b{now[1:]}")
    assert indicator.step_after(Fraction(value)) == step


# --- each check, located ----------------------------------------------------------------------


def test_out_of_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spans = ["1.00-1.50", "2.51-3.50", "1.51-2.50", "3.51-5.00"]
    errors = _check(tmp_path, monkeypatch, spans)
    assert _codes(errors) == [f"@2:{MIN_COL} K018"]
    assert "the range starting at 1.51 comes after the one starting at 2.51" in errors[0]


def test_out_of_order_is_reported_before_gaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # swapped neighbours: in the order written, 1.50 to 2.51 would look like a gap; it is not
    spans = ["2.51-3.50", "1.00-1.50", "1.51-2.50", "3.51-5.00"]
    assert _codes(_check(tmp_path, monkeypatch, spans)) == [f"@1:{MIN_COL} K018"]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # the next range starts where the previous ends
        (["1.00-1.50", "1.50-2.50", "2.51-5.00"], [f"@1:{MIN_COL} K019"]),
        # the same start
        (["1.00-1.50", "1.00-2.50", "2.51-5.00"], [f"@1:{MIN_COL} K019"]),
        # a range inside an earlier one, then one that starts right after the earlier one
        (["1.00-3.00", "1.50-2.00", "3.01-5.00"], [f"@1:{MIN_COL} K019"]),
    ],
)
def test_overlap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spans: list[str], expected: list[str]
) -> None:
    errors = _check(tmp_path, monkeypatch, spans)
    assert _codes(errors) == expected
    assert "a value may fall in one range only" in errors[0]


def test_overlap_names_the_range_it_overlaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = _check(tmp_path, monkeypatch, ["1.00-2.50", "2.00-3.00", "3.01-5.00"])
    first = _catalogue(tmp_path, [])  # the line of the first range, as any list places it
    assert errors[0].endswith(
        f"this range starts at 2.00, but the range on line {first} already holds values up to "
        "2.50; a value may fall in one range only"
    )


def test_gap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    errors = _check(tmp_path, monkeypatch, ["1.00-1.50", "1.60-2.50", "2.52-5.00"])
    assert _codes(errors) == [f"@1:{MIN_COL} K020", f"@2:{MIN_COL} K020"]
    assert "ends at 1.50 and this one starts only at 1.60, so a value such as 1.51" in errors[0]
    assert errors[1].endswith("a value such as 2.51 falls in no range; start this range at 2.51")


def test_gap_after_a_range_inside_another_is_measured_from_the_outer_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1.00-3.00 already holds 2.01 to 3.00: only the overlap, no gap after 1.50-2.00
    errors = _check(tmp_path, monkeypatch, ["1.00-3.00", "1.50-2.00", "3.01-5.00"])
    assert _codes(errors) == [f"@1:{MIN_COL} K019"]


@pytest.mark.parametrize(
    ("spans", "expected", "value"),
    [
        (["1.50-2.50", "2.51-5.00"], f"@0:{MIN_COL} K021", "1.00"),
        (["1.00-2.50", "2.51-4.50"], f"@1:{MAX_COL} K021", "5.00"),
    ],
)
def test_ranges_must_cover_the_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spans: list[str], expected: str, value: str
) -> None:
    errors = _check(tmp_path, monkeypatch, spans)
    assert _codes(errors) == [expected]
    assert errors[0].endswith(
        f"do not cover its whole scale, 1 to 5: the value {value} falls in no range"
    )


def test_reversed_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    errors = _check(tmp_path, monkeypatch, ["1.00-1.50", "2.50-1.51", "2.51-5.00"])
    # a reversed range holds no value: the others are related only once it is fixed
    assert _codes(errors) == [f"@1:{MIN_COL} K015"]
    assert "its lower bound `min` (2.5) is above its upper bound `max` (1.51)" in errors[0]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        (["0.50-1.50", "1.51-5.00"], [f"@0:{MIN_COL} K016"]),
        (["1.00-1.50", "1.51-5.50"], [f"@1:{MAX_COL} K016"]),
        # a range entirely beyond the scale: both bounds, and it runs on from 5.00
        (["1.00-5.00", "5.01-6.00"], [f"@1:{MIN_COL} K016", f"@1:{MAX_COL} K016"]),
    ],
)
def test_bounds_outside_the_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spans: list[str], expected: list[str]
) -> None:
    errors = _check(tmp_path, monkeypatch, spans)
    assert _codes(errors) == expected
    assert "lies outside its scale, 1 to 5" in errors[0]


def test_bounds_beyond_two_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # shown at two places, 1.505 would print as 1,51 beside a range that starts at 1.51
    errors = _check(tmp_path, monkeypatch, ["1.00-1.505", "1.51-5.00"])
    assert _codes(errors) == [f"@0:{MAX_COL} K017"]
    assert (
        errors[0]
        .split(": error K017 ")[1]
        .startswith(
            "bound `max` (1.505) of a value range of indicator `I1` has more than two decimals"
        )
    )


def test_problems_of_several_ranges_are_all_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spans = ["1.20-1.50", "1.40-2.50", "2.60-3.50", "3.51-4.90"]
    assert _codes(_check(tmp_path, monkeypatch, spans)) == [
        f"@0:{MIN_COL} K021",
        f"@1:{MIN_COL} K019",
        f"@2:{MIN_COL} K020",
        f"@3:{MAX_COL} K021",
    ]


def test_messages_in_bahasa_indonesia(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _catalogue(tmp_path, ["1.00-1.50", "1.60-5.00"])
    monkeypatch.chdir(tmp_path)
    out = run_cli("catalogue", "check", "c.yaml")
    assert out.exit_code == 1
    assert out.stderr.startswith(
        f"c.yaml:{first + 1}:{MIN_COL}: error K020 ada celah di antara rentang nilai indikator "
        f"`I1`: rentang di baris {first} berakhir di 1,50 dan rentang ini baru mulai dari 1,60, "
        "jadi nilai seperti 1,51 tidak masuk rentang mana pun; mulai rentang ini dari 1,51\n"
    )


# --- ranges beside per-level criteria ---------------------------------------------------------


def test_ranges_beside_per_level_criteria_are_allowed(tmp_path: Path) -> None:
    # the model allows both: the per-level criteria are used, the ranges are shown beside them
    _catalogue(tmp_path, PEMDI, criteria=True)
    catalogue, problems = load_catalogue(tmp_path / "c.yaml")
    assert problems == [] and catalogue is not None
    indicator = catalogue.indicators["I1"]
    assert indicator.criteria_for(Fraction("2.75")) == (("b", ""), ("c", ""))


def test_ranges_beside_per_level_criteria_are_checked_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _catalogue(tmp_path, ["1.00-1.50", "1.60-5.00"], criteria=True)
    monkeypatch.chdir(tmp_path)
    out = run_cli("catalogue", "check", "c.yaml")
    assert out.exit_code == 1
    assert out.stderr.startswith(f"c.yaml:{first + 1}:{MIN_COL}: error K020 ")


# --- through validate, with the catalogue named by spbe.yaml ----------------------------------


def test_a_custom_catalogue_named_by_spbe_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _catalogue(tmp_path, ["1.00-1.50", "1.51-2.50", "2.40-5.00"])
    write(tmp_path / "spbe.yaml", "instansi: Pemerintah Kota Uji\ncatalogue: c.yaml\n")
    unit_file(tmp_path / "assessments" / "2023", "u", {"I1": 3})
    monkeypatch.chdir(tmp_path)
    out = run_cli("validate", "assessments/2023", "--lang", "en")
    assert out.exit_code == 1
    # validate reports on stdout, as its report is the output
    assert f"c.yaml:{first + 2}:{MIN_COL}: error K019 " in out.stdout


# --- the rule agrees with the lookup, exactly -------------------------------------------------


@st.composite
def _spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Up to six ranges in hundredths near the 1..5 scale, often nearly tiling it, now and
    then listed in another order."""
    cuts = sorted(draw(st.lists(st.integers(101, 499), max_size=5, unique=True)))
    edges = [100, *cuts, 501]
    spans = [(a, b - 1) for a, b in pairwise(edges)]
    nudge = st.sampled_from([0, 0, 0, 0, -1, 1, -10, 10])
    spans = [(a + draw(nudge), b + draw(nudge)) for a, b in spans]
    return draw(st.permutations(spans)) if draw(st.integers(0, 3)) == 0 else spans


def _text(hundredths: int) -> str:
    whole, part = divmod(hundredths, 100)
    return f"{whole}.{part:02d}"


@given(spans=_spans())
def test_clean_exactly_when_every_value_has_one_range_and_the_lookup_finds_it(
    tmp_path_factory: pytest.TempPathFactory, spans: list[tuple[int, int]]
) -> None:
    folder = tmp_path_factory.mktemp("c")
    _catalogue(folder, [f"{_text(a)}-{_text(b)}" for a, b in spans])
    catalogue, problems = load_catalogue(folder / "c.yaml")
    values = range(100, 501)
    holders = {v: [n for n, (a, b) in enumerate(spans) if a <= v <= b] for v in values}
    tiles = (
        all(len(found) == 1 for found in holders.values())
        and all(100 <= a <= b <= 500 for a, b in spans)
        and [a for a, _ in spans] == sorted(a for a, _ in spans)
    )
    assert (problems == []) == tiles, [f"{p.line} {p.code}" for p in sort_problems(problems)]
    if catalogue is not None:
        indicator = catalogue.indicators["I1"]
        for v in values:
            found = indicator.criteria_for(Fraction(v, 100))[0][0]
            assert found == f"k{holders[v][0]}"
