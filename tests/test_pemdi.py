"""Pemerintah Digital 2026 (PermenPANRB 8/2026): decimal values, external indices, evidence items,
supporting units and the framework of each year, all through the CLI."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli, write

WEIGHTS = {
    1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 3, 7: 3, 8: 4, 9: 4, 10: 4,
    11: 3, 12: 4, 13: 5, 14: 5, 15: 4, 16: 4, 17: 4, 18: 3, 19: 10, 20: 15,
}  # fmt: skip
EXTERNAL = {5, 6, 7, 18}


def _repo(root: Path, values: dict[int, str], year: int = 2026, extra: str = "") -> Path:
    """A repository with one unit file and no `catalogue:` anywhere: the year picks it."""
    write(root / "spbe.yaml", "instansi: Kabupaten Uji\n")
    lines = ["unit: a", f"year: {year}", "indicators:"]
    for n, value in values.items():
        lines += [f"  I{n}:", f"    level: {value}"]
    folder = root / "assessments" / str(year)
    write(folder / "a.yaml", "\n".join(lines) + "\n" + extra)
    return folder


def _shown(value: Fraction) -> str:
    """An independent half-up display: Decimal arithmetic on the exact fraction."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)).replace(".", ",")


def test_years_pick_their_framework(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, dict.fromkeys(range(1, 48), "3"), year=2025)
    _repo(tmp_path, {n: "3" for n in WEIGHTS if n not in EXTERNAL})
    doc = run_cli("score", "assessments", "-f", "json").json()["years"]
    assert [(y["year"], y["catalogue"]) for y in doc] == [(2025, "spbe-2020"), (2026, "pemdi-2026")]


def test_decimal_values_pending_externals_and_the_index(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    values = {n: "3" for n in WEIGHTS if n not in EXTERNAL}
    values[1], values[2], values[3] = "2.5", '"7/6"', "1.26"
    _repo(tmp_path, values)
    out = run_cli("score", "assessments/2026", "-f", "json")
    assert out.exit_code == 0, out.stderr
    doc = out.json()
    exact = {n: Fraction(3) for n in WEIGHTS}
    exact.update({1: Fraction(5, 2), 2: Fraction(7, 6), 3: Fraction(126, 100)})
    exact.update(dict.fromkeys(EXTERNAL, Fraction(1)))  # pending: 1.00
    index = Fraction(sum(exact[n] * w for n, w in WEIGHTS.items()), 100)
    assert abs(doc["index"] - float(index)) < 1e-9 and doc["pending"] == ["I5", "I6", "I7", "I18"]
    assert doc["index_rounded"] == float(_shown(index).replace(",", "."))
    assert doc["catalogue"]["has_domains"] is False
    a1 = doc["domains"][0]["aspects"][0]
    assert a1["index_rounded"] == 1.83  # (2.5 x 5 + 7/6 x 5) / 10 = 1.8333...
    i2 = a1["indicators"][1]
    assert (i2["level"], i2["level_name"]) == (1, "Merintis")  # the name of the whole part
    table = run_cli("score", "assessments/2026")
    assert "Indeks Pemdi" in table.stdout and "menunggu nilai eksternal" in table.stdout
    assert " D1 " not in table.stdout and "Indeks per aspek" in table.stdout


def test_invalid_values_are_located_problems(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    values = {n: "3" for n in WEIGHTS if n not in EXTERNAL}
    values.update({1: '"7/0"', 2: '"abc"'})
    _repo(tmp_path, values)
    out = run_cli("validate", "assessments/2026", "-f", "text")
    assert out.exit_code == 1
    text = out.stdout
    assert "a.yaml:5:12: error S003" in text and "penyebut pecahan tidak boleh nol" in text
    assert "a.yaml:7:12: error S003" in text
    values = {n: "3" for n in WEIGHTS if n not in EXTERNAL}
    values.update({3: "5.01", 4: "3\n    value: 3"})
    _repo(tmp_path, values)
    text = run_cli("validate", "assessments/2026", "-f", "text").stdout
    assert "error S005 tingkat 5,01 di luar skala indikator I3" in text
    assert "error S007 `level` dan `value` keduanya diisi" in text


def test_whole_level_catalogues_still_refuse_decimals(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, {1: "3.5", 2: '"3"', 3: '"7/6"'}, year=2023)
    out = run_cli("validate", "assessments/2023", "-f", "text", "--ignore", "X003")
    lines = [x for x in out.stdout.splitlines() if " S003 " in x]
    assert len(lines) == 3 and "harus berupa bilangan bulat" in lines[0]
    assert "bilangan desimal" in lines[0] and "tanpa tanda kutip" in lines[1]


def test_an_unknown_item_status_is_a_located_problem(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    values = {n: "1" for n in WEIGHTS if n not in EXTERNAL}
    values[1] = (
        "2\n    evidence:\n      - id: PG_01_01\n        level: 2\n        title: T\n"
        "        url: https://x.go.id/a\n        status:\n          dokumen: {status: ditolak}"
    )
    _repo(tmp_path, values)
    out = run_cli("validate", "assessments/2026", "-f", "text")
    assert out.exit_code == 1 and "error S004" in out.stdout and "diterima" in out.stdout


def test_external_value_supplied_and_plan_supply_lines(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    values = {n: "2" for n in WEIGHTS if n not in EXTERNAL}
    values[19] = "2.5"
    values[5] = (
        "null\n    external:\n      raw: 58.3\n      value: 3.33\n"
        "      source: Bappenas (Indeks SDI)\n      year: 2025"
    )
    _repo(tmp_path, values)
    doc = run_cli("score", "assessments/2026", "-f", "json").json()
    i5 = doc["domains"][0]["aspects"][2]["indicators"][0]
    assert (i5["value"], i5["pending"], i5["supplied"]["raw"]) == (3.33, False, 58.3)
    plan = run_cli("plan", "assessments/2026", "--target", "2.20", "-f", "json").json()
    assert [s["id"] for s in plan["supply"]] == ["I6", "I7", "I18"]
    assert all(r["id"] not in {"I5", "I6", "I7", "I18"} for r in plan["raises"])
    i19 = doc["domains"][0]["aspects"][6]["indicators"][0]
    assert (i19["value"], i19["next_level_gain"]) == (2.5, 0.05)  # to 3: 0.5 x 10 / 100


def test_the_example_year_2026(example_copy: Path) -> None:
    stages = run_cli("score", "2026", "--stages")
    assert stages.exit_code == 0 and "2,03" in stages.stdout  # the final stage's index
    status = run_cli("evidence", "status", "2026", "-f", "json").json()["items"]
    assert status[0]["status"] == "revisi" and status[0]["reason"]
    assert any(i["role"] == "support" for i in status)
    assert run_cli("validate", "2026").exit_code == 0
    report = run_cli("report", "2026", "--stage", "mandiri", "-f", "md").stdout
    assert "| A1 |" in report and "| **-** |" not in report
    # supporting units' parts, the index by its name, criteria from the value ranges
    assert "**Indikator yang didukung:**" in report
    assert "**I2 · Tingkat Kematangan Manajemen Layanan Digital Pemerintah** (pengampu: " in report
    html = run_cli("report", "2026").stdout
    assert "Indeks Pemdi 2026" in html and "Indeks SPBE 2026" not in html
    assert "Indeks per domain" not in html
    handout = run_cli("report", "2026", "--stage", "mandiri", "--unit", "inspektorat", "-f", "md")
    unit = handout.stdout
    assert "**Kriteria tingkat saat ini (nilai 2,51-3,50):** Audit Internal dilaksanakan" in unit


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.fractions(min_value=1, max_value=5, max_denominator=600),
        min_size=16,
        max_size=16,
    )
)
def test_decimal_scoring_matches_an_independent_computation(values: list[Fraction]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ids = [n for n in WEIGHTS if n not in EXTERNAL]
        written = {n: f'"{v.numerator}/{v.denominator}"' for n, v in zip(ids, values, strict=True)}
        _repo(root, written)
        out = run_cli("score", str(root / "assessments" / "2026"), "-f", "json")
        exact = dict(zip(ids, values, strict=True)) | dict.fromkeys(EXTERNAL, Fraction(1))
        index = Fraction(sum(exact[n] * w for n, w in WEIGHTS.items()), 100)
        doc = out.json()
        assert _shown(index) == str(doc["index_rounded"]).replace(".", ",") or (
            Decimal(_shown(index).replace(",", ".")) == Decimal(str(doc["index_rounded"]))
        )
        bands = [("Kurang", Fraction(1)), ("Cukup", Fraction(3, 2)), ("Baik", Fraction(5, 2))]
        bands += [("Sangat Baik", Fraction(7, 2)), ("Memuaskan", Fraction(4))]
        shown = Fraction(Decimal(_shown(index).replace(",", ".")))
        assert doc["predikat"] == [name for name, low in bands if shown >= low][-1]


def test_repository_text_is_not_terminal_markup(example_copy: Path) -> None:
    path = example_copy / "2026" / "bkpsdm.yaml"
    text = path.read_text(encoding="utf-8").replace(
        'note: "Dokumen belum diunggah ke aplikasi."', 'note: "[red]x[/red] [link=javascript:a]y"'
    )
    path.write_text(text, encoding="utf-8")
    out = run_cli("evidence", "status", "2026", "--lang", "en").stdout
    assert "[red]x[/red]" in out and "[link=javascr" in out


def test_exports_of_a_decimal_year(example_copy: Path) -> None:
    """CSV, JSON and portal exports of 2026: no domain column, exact decimal values, the pending
    external indicators empty, items by their application code with the supporting units'."""
    import csv
    import io

    text = run_cli("export", "2026", "-f", "csv", "--csv-dialect", "rfc4180").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert "domain" not in rows[0] and {"external", "supports", "level_final"} <= set(rows[0])
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == 20 and by_id["I6"]["level"] == "" and by_id["I6"]["external"]
    stages = run_cli("score", "2026", "--stages", "-f", "json").json()["indicators"]
    final_values = {i["id"]: i["levels"]["final"] for i in stages}
    assert any("." in r["level_final"] for r in rows)
    for ident, row in by_id.items():  # the value as shown: two places, half up
        shown = Decimal(str(final_values[ident])).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert Decimal(row["level_final"]) == shown, ident
    assert "diskominfo" in by_id["I1"]["supports"]
    portal = run_cli("export", "2026", "-f", "portal").stdout.strip().split("\n\n")
    assert len(portal) == 20 and "Tingkat: 3,00 (Berkembang)" in portal[0]
    codes = [line.split("]")[0][3:] for line in portal[0].splitlines() if line.startswith("- [")]
    assert codes == sorted(codes) and "PG_01_01_SDIS" in codes  # the supporting unit's item
    assert "  (diskominfo) " in portal[0]


def test_init_and_new_follow_the_framework_of_the_year(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A repository started for 2026 is a Pemerintah Digital one; for 2024, a 59/2020 one."""
    import yaml

    for year, catalogue, count in ((2026, "pemdi-2026", 20), (2024, "spbe-2020", 47)):
        root = tmp_path / f"kab-{year}"
        assert run_cli("init", str(root), "--instansi", "K", "--year", str(year)).exit_code == 0
        config = yaml.safe_load((root / "spbe.yaml").read_text("utf-8"))
        assert config["catalogue"] == catalogue
        ids = set()
        for unit in (root / "assessments" / str(year)).glob("*.yaml"):
            ids |= set(yaml.safe_load(unit.read_text("utf-8"))["indicators"])
        assert len(ids) == count
        monkeypatch.chdir(root)
        assert run_cli("validate").exit_code == 0
        assert run_cli("new", "diskominfo", "--year", str(year + 1)).exit_code == 0
    text = (tmp_path / "kab-2026" / "assessments" / "2026" / "bkpsdm.yaml").read_text("utf-8")
    assert "# Tingkat 2 Membangun: Peningkatan kompetensi digital" in text  # range criteria


def test_numbers_in_problems_follow_the_language(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repo(tmp_path, {1: "5.01"})
    assert (
        "tingkat 5,01 di luar skala"
        in run_cli("validate", "2026").stdout.replace("assessments/", "")
        or "tingkat 5,01 di luar skala" in run_cli("validate").stdout
    )
    english = run_cli("validate", "--lang", "en").stdout
    assert "5.01" in english and "5,01" not in english
