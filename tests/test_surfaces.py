"""Every surface shows what the engine computed: repositories are generated (Pemerintah Digital
with decimals, fractions, pending and supplied external values, supporting units and a dokumen
stage; SPBE with whole levels), every output is rendered through the CLI, each indicator's shown
value is read back and compared with ``spbe score --format json`` at two places, and no text
output shows a fraction."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import run_cli, write

PEMDI = [f"I{n}" for n in range(1, 21)]
EXTERNAL = {"I5", "I6", "I7", "I18"}
SPBE = [f"I{n}" for n in range(1, 48)]
UNITS = ["diskominfo", "bappeda", "bkpsdm"]
# the values people and assessors write: whole levels, decimals, exact fractions
VALUES = ["1", "2", "3", "4", "5", "2.5", "2.75", "1.26", "3.33", "4.9", '"7/3"', '"11/4"', '"7/6"']
# a fraction in text output; regulation numbers (8/2026, 59/2020) are not values
FRACTION = re.compile(r"(?<![\w/.,])\d+/\d+(?![\w/])")
REGULATION = re.compile(r"\d+/(?:19|20)\d\d")


def _value(text: str) -> Fraction:
    return Fraction(text.strip('"'))


def _two_places(value: Fraction, lang: str = "id") -> str:
    text = str(Decimal(value.numerator) / Decimal(value.denominator))
    shown = str(Decimal(text).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    return shown.replace(".", ",") if lang == "id" else shown


@st.composite
def pemdi_repos(draw: st.DrawFn) -> dict[str, str]:
    """A Pemdi 2026 year: each indicator led by one unit, some supported by another; external
    indicators pending or supplied; sometimes a dokumen stage with decimal values."""
    files: dict[str, list[str]] = {u: [] for u in UNITS}
    supports: dict[str, list[str]] = {u: [] for u in UNITS}
    for ident in PEMDI:
        lead = draw(st.sampled_from(UNITS))
        block = [f"  {ident}:"]
        if ident in EXTERNAL:
            block.append("    level: null")
            if draw(st.booleans()):
                value = draw(st.sampled_from(VALUES))
                block.append(f"    external: {{value: {value}, source: Bappenas, year: 2025}}")
        else:
            block.append(f"    level: {draw(st.sampled_from(VALUES))}")
            block.append("    explanation: Sudah dilaksanakan sesuai rencana aksi tahun ini.")
            block.append("    evidence: [{title: Laporan, url: 'https://contoh.go.id/x'}]")
        files[lead] += block
        helper = draw(st.sampled_from([None, *UNITS]))
        if helper is not None and helper != lead:
            supports[helper] += [f"  {ident}:", "    explanation: Bukti pendukung unit."]
    out = {}
    for unit in UNITS:
        lines = [f"unit: {unit}", "year: 2026", "indicators:"]
        lines += files[unit] or []
        if not files[unit]:
            lines[-1] = "indicators: {}"
        if supports[unit]:
            lines += ["supports:", *supports[unit]]
        out[f"2026/{unit}.yaml"] = "\n".join(lines) + "\n"
    if draw(st.booleans()):
        chosen = draw(st.lists(st.sampled_from(PEMDI), min_size=1, max_size=6, unique=True))
        lines = ["stage: dokumen", "year: 2026", "indicators:"]
        for ident in chosen:
            lines.append(f"  {ident}: {{level: {draw(st.sampled_from(VALUES))}}}")
        out["2026/_dokumen.yaml"] = "\n".join(lines) + "\n"
    return out


def _rich() -> dict[str, str]:
    """Decimals, fractions, a supplied and a pending external value, a supporting unit and a
    dokumen stage in one year: every case at once, whatever the search draws."""
    lead = ["unit: diskominfo", "year: 2026", "indicators:"]
    for n, ident in enumerate(PEMDI):
        if ident in EXTERNAL:
            lead += [f"  {ident}:", "    level: null"]
            if ident == "I5":
                lead.append("    external: {value: 2.81, raw: 45.2, source: Bappenas, year: 2025}")
            continue
        lead += [f"  {ident}:", f"    level: {VALUES[n % len(VALUES)]}"]
        lead += ["    explanation: Sudah.", "    evidence: [{title: L, url: 'https://a.go.id/x'}]"]
    helper = ["unit: bappeda", "year: 2026", "indicators: {}", "supports:", "  I1:"]
    helper.append("    explanation: Bukti pendukung.")
    stage = ["stage: dokumen", "year: 2026", "indicators:", "  I1: {level: 2.5}"]
    stage += ["  I2: {level: '7/3'}", "  I3: {level: 2.26}", "  I4: {level: 3}"]
    return {
        "2026/diskominfo.yaml": "\n".join(lead) + "\n",
        "2026/bappeda.yaml": "\n".join(helper) + "\n",
        "2026/_dokumen.yaml": "\n".join(stage) + "\n",
    }


RICH = _rich()


@st.composite
def spbe_repos(draw: st.DrawFn) -> dict[str, str]:
    """A 59/2020 year of whole levels, split between two units."""
    out = {}
    split = draw(st.integers(1, 46))
    for unit, ids in (("diskominfo", SPBE[:split]), ("bappeda", SPBE[split:])):
        lines = [f"unit: {unit}", "year: 2023", "indicators:"]
        for ident in ids:
            lines += [f"  {ident}:", f"    level: {draw(st.integers(1, 5))}"]
            lines += [
                "    explanation: Sudah dilaksanakan.",
                "    evidence: [{title: L, url: 'https://a.go.id/x'}]",
            ]
        out[f"2023/{unit}.yaml"] = "\n".join(lines) + "\n"
    return out


def _repo(root: Path, files: dict[str, str]) -> None:
    write(root / "spbe.yaml", "instansi: Pemerintah Kota Uji\n")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def _reference(year: str, stage: str = "mandiri") -> dict[str, Fraction]:
    doc = run_cli("score", year, "--stage", stage, "--format", "json").json()
    return {
        i["id"]: Fraction(str(i["value"]))
        for d in doc["domains"]
        for a in d["aspects"]
        for i in a["indicators"]
        if i["answered"] or i["pending"]
    }


def _first(pattern: str, text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for ident, value in re.findall(pattern, text, flags=re.M):
        found.setdefault(ident, value)
    return found


def _surfaces(year: str, site: Path) -> dict[str, dict[str, str]]:
    """Each surface's shown value per indicator, as text."""
    report_md = run_cli("report", year, "--format", "md").stdout
    report_html = run_cli("report", year, "--format", "html").stdout
    assert run_cli("site", ".", "-o", str(site)).exit_code == 0
    site_page = (site / f"year-{year}.html").read_text(encoding="utf-8")
    return {
        "report md": _first(r"^\| (I\d+) \| [^|]* \| ([0-9]+(?:,[0-9]+)?)[ |]", report_md),
        "report html": _first(
            r"<tr><td>(I\d+)</td><td>[^<]*</td><td>([0-9]+(?:,[0-9]+)?)[ <]", report_html
        ),
        "site year page": _first(
            r'<tr id="(I\d+)"><td>.*?</td><td>.*?</td><td class="num">[^<]*</td>'
            r'<td class="num">([0-9]+(?:,[0-9]+)?)',
            site_page,
        ),
    }


def _no_fraction(name: str, text: str) -> None:
    plain = REGULATION.sub("", text)
    found = FRACTION.search(plain)
    assert found is None, (
        f"{name} shows a fraction: {plain[max(0, found.start() - 60) : found.end() + 20]!r}"
    )


def _check(year: str, tmp: Path, decimal: bool) -> None:
    """Handout and site show the latest stage present (dokumen when there is one); ``score``
    and ``diff`` the stage they are asked for (mandiri by default)."""
    latest = "dokumen" if (tmp / year / "_dokumen.yaml").exists() else "mandiri"
    for surface, shown in _surfaces(year, tmp / "site").items():
        reference = _reference(year, latest)
        for ident, value in reference.items():
            expected = _two_places(value) if decimal or value.denominator != 1 else str(value)
            assert shown.get(ident) == expected, (surface, ident, shown.get(ident), value)
    reference = _reference(year)
    rows = {
        r["id"]: r for r in csv.DictReader(io.StringIO(run_cli("score", year, "-f", "csv").stdout))
    }
    for ident, value in reference.items():
        assert Fraction(rows[ident]["value"]) == Fraction(str(float(value))), (ident, value)
    diff = run_cli("diff", year, year, "--format", "json").json()
    for change in diff["indicators"]:
        if change["id"] in reference and change["new"] is not None:
            assert Fraction(str(change["new"])) == Fraction(str(float(reference[change["id"]])))
            assert change["status"] == "tetap"
    outputs = {
        "score table": run_cli("score", year).stdout,
        "score md": run_cli("score", year, "-f", "md").stdout,
        "stages": run_cli("score", year, "--stages", "-f", "md").stdout,
        "report md": run_cli("report", year, "--format", "md").stdout,
        "validate": run_cli("validate", year, "--format", "text").stdout,
        "plan": run_cli("plan", year, "--target", "4.5", "--format", "md").stdout,
        "diff": run_cli("diff", year, year, "--format", "md").stdout,
    }
    outputs.update({p.name: p.read_text(encoding="utf-8") for p in (tmp / "site").glob("*.html")})
    for name, text in outputs.items():
        _no_fraction(name, text)
    assert json.dumps(reference, default=str)  # the reference itself was read


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(files=pemdi_repos())
@example(files=RICH)
def test_every_surface_shows_the_pemdi_value(
    files: dict[str, str], tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path_factory.mktemp("pemdi")
    _repo(root, files)
    monkeypatch.chdir(root)
    _check("2026", root, decimal=True)


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(files=spbe_repos())
def test_every_surface_shows_the_spbe_level(
    files: dict[str, str], tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path_factory.mktemp("spbe")
    _repo(root, files)
    monkeypatch.chdir(root)
    _check("2023", root, decimal=False)


def test_every_handout_table_marks_an_indicator_awaiting_its_external_value(
    example_copy: Path,
) -> None:
    pending = set(run_cli("score", "2026", "-f", "json").json()["pending"])
    assert pending  # the example waits for some agencies' indices
    md = run_cli("report", "2026", "--stage", "mandiri", "-f", "md").stdout
    rows = {line.split(" | ")[0][2:]: line for line in md.splitlines() if line.startswith("| I")}
    for ident, row in rows.items():
        assert ("menunggu nilai eksternal" in row) == (ident in pending), row
    html = run_cli("report", "2026", "--stage", "mandiri", "-o", "h.html")
    assert html.exit_code == 0
    assert (example_copy / "h.html").read_text("utf-8").count("· menunggu nilai eksternal") == len(
        pending
    )
