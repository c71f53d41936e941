"""One answer per question, whatever the surface: which stage is current, what a catalogue's
notice says, where an external value comes from, what the assessors noted, what carries into a
new year, and which words name the framework."""

from __future__ import annotations

import shutil
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE, ROOT, run_cli


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "contoh")
    monkeypatch.chdir(tmp_path / "contoh")
    return tmp_path / "contoh"


def test_plan_and_site_start_from_the_latest_stage(example: Path, tmp_path: Path) -> None:
    """From September to November the dokumen stage is the one that matters."""
    (example / "2026" / "_final.yaml").unlink()
    plan = run_cli("plan", "2026", "--target", "2.6", "--format", "json").json()
    dokumen = run_cli("score", "2026", "--stage", "dokumen", "--format", "json").json()
    assert plan["stage"] == "dokumen"
    assert plan["start"] == dokumen["index"]
    (example / "2026" / "_dokumen.yaml").unlink()
    assert run_cli("plan", "2026", "--target", "2.6", "--format", "json").json()["stage"] in (
        "mandiri",
        "review",
    )


def test_the_handout_and_site_say_what_is_provisional(example: Path, tmp_path: Path) -> None:
    notice = "nama tingkat, kriteria dan tabel konversi indeks eksternal masih sementara"
    assert notice in run_cli("report", "2026", "--format", "md").stdout
    assert notice in run_cli("report", "2026", "--format", "html").stdout
    assert run_cli("site", ".", "-o", str(tmp_path / "site")).exit_code == 0
    assert notice in (tmp_path / "site" / "year-2026.html").read_text(encoding="utf-8")
    assert notice not in run_cli("report", "2023", "--format", "md").stdout


def test_an_external_value_keeps_its_provenance(example: Path) -> None:
    text = run_cli("report", "2026", "--stage", "mandiri", "--format", "md").stdout
    assert "Indeks Satu Data Indonesia (SDI) 58,30, sumber Bappenas" in text
    assert "dokumen: Laporan Indeks SDI 2025" in text
    assert "menunggu nilai eksternal" in text  # I6, I7, I18 have no value yet


def test_a_value_that_disagrees_with_the_conversion_is_c020(example: Path) -> None:
    unit = example / "2026" / "diskominfo.yaml"
    text = unit.read_text(encoding="utf-8")
    assert "value: 3.33" in text
    unit.write_text(text.replace("value: 3.33", "value: 4.5"), encoding="utf-8")
    out = run_cli("validate", "2026", "--format", "text").stdout
    assert "warning C020" in out and "`value` yang ditulis 4,50 berbeda" in out


def test_review_notes_reach_the_handout(example: Path) -> None:
    text = run_cli("report", "2023", "--format", "md").stdout
    assert "**Catatan Tim Asesor Internal:** revisi, nilai 3: Integrasi" in text
    unit = run_cli("report", "2023", "--unit", "bappeda", "--format", "md").stdout
    assert "Catatan Tim Asesor Internal" in unit


def test_pemdi_output_speaks_of_pemdi(example: Path) -> None:
    report = run_cli("report", "2026", "--format", "md").stdout
    assert report.startswith("# Bahan Rapat Penilaian Mandiri Pemerintah Digital")
    assert "## Aspek dan indikator" in report and "Domain, aspek" not in report
    assert "Indeks SPBE" not in report.split("## Tren indeks")[0]
    english = run_cli("report", "2026", "--format", "md", "--lang", "en").stdout
    assert english.startswith("# Pemerintah Digital Self-Assessment Meeting Handout")
    diff = run_cli("diff", "2023", "2026", "--format", "md").stdout
    assert "Indeks SPBE → Indeks Pemdi" in diff
    spbe = run_cli("report", "2023", "--format", "md").stdout
    assert spbe.startswith("# Bahan Rapat Penilaian Mandiri SPBE")


def test_a_new_year_keeps_pemdi_work(example: Path) -> None:
    source = example / "2026" / "diskominfo.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["indicators"]["I4"]["level"] = 2.26
    data["indicators"]["I8"]["level"] = "7/6"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert run_cli("new", "diskominfo", "--year", "2027").exit_code == 0
    text = (example / "2027" / "diskominfo.yaml").read_text(encoding="utf-8")
    carried = yaml.safe_load(text)
    assert carried["indicators"]["I4"]["level"] == 2.26
    assert carried["indicators"]["I8"]["level"] == "7/6"
    assert "113/50" not in text
    before = [e for e in data["indicators"]["I4"]["evidence"] if e.get("id")]
    after = carried["indicators"]["I4"]["evidence"]
    assert [e["id"] for e in before] == [e["id"] for e in after if "id" in e]
    assert not any("status" in e for e in after)  # last year's verdicts stay last year's
    assert carried["indicators"]["I5"]["external"]["value"] == 3.33
    assert "TINJAU: nilai indeks eksternal 2026" in text
    assert set(carried["supports"]) == set(data["supports"])
    checked = run_cli("validate", "2027", "--format", "json").json()
    schema_errors = [p for p in checked["problems"] if p["code"][0] in "SY"]
    assert schema_errors == []


def test_criteria_follow_the_range_a_decimal_value_lies_in(example: Path) -> None:
    """I1 = 2.75 lies in 2.51-3.50: that range's criterion is the current one, and the next
    step is the first level of the next range (4), with that range's criterion."""
    from spbe_cli.model.catalogue import load_catalogue

    catalogue, _ = load_catalogue(ROOT / "indicators" / "pemdi-2026.yaml")
    assert catalogue is not None
    ranges = catalogue.indicators["I1"].ranges
    now = next(r for r in ranges if r.min <= Fraction("2.75") <= r.max)
    after = ranges[ranges.index(now) + 1]
    unit = example / "2026" / "bappeda.yaml"
    data = yaml.safe_load(unit.read_text(encoding="utf-8"))
    data["indicators"]["I1"]["level"] = 2.75
    unit.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    text = run_cli("report", "2026", "--stage", "mandiri", "--unit", "bappeda", "-f", "md").stdout
    section = text[text.index("## I1 ") :]
    section = section[: section.index("\n## ", 5)]
    assert "Tingkat 2,75 (Membangun)" in section  # the name of its whole part
    # each criterion says the value range it is from, so the name and the text never clash
    assert f"**Kriteria tingkat saat ini (nilai 2,51-3,50):** {now.criterion}" in section
    assert f"(4,00 Melembaga; nilai 3,51-4,00):** {after.criterion}" in section


def test_the_handout_shows_the_latest_stage(example: Path) -> None:
    """From the moment the assessors' values are there, the handout's "now" is theirs."""
    final = run_cli("score", "2026", "--stage", "final", "-f", "json").json()["index_rounded"]
    own = run_cli("score", "2026", "-f", "json").json()["index_rounded"]
    assert final != own
    shown = run_cli("report", "2026", "-f", "md").stdout
    assert f"## Indeks Pemdi: {final:.2f}".replace(".", ",") in shown
    assert "**Tahap: final." in shown
    mandiri = run_cli("report", "2026", "--stage", "mandiri", "-f", "md").stdout
    assert f"## Indeks Pemdi: {own:.2f}".replace(".", ",") in mandiri
    assert "**Tahap:" not in mandiri
    (example / "2026" / "_final.yaml").unlink()
    dokumen = run_cli("score", "2026", "--stage", "dokumen", "-f", "json").json()["index_rounded"]
    shown = run_cli("report", "2026", "-f", "md").stdout
    assert f"## Indeks Pemdi: {dokumen:.2f}".replace(".", ",") in shown


def test_an_external_figure_out_of_its_range_is_c022(example: Path) -> None:
    unit = example / "2026" / "diskominfo.yaml"
    text = unit.read_text(encoding="utf-8")
    assert "raw: 58.3" in text
    unit.write_text(text.replace("raw: 58.3", "raw: 150"), encoding="utf-8")
    out = run_cli("validate", "2026", "--format", "text").stdout
    assert "warning C022" in out and "150 di luar rentang indeks itu (0-100)" in out
    assert "C020" not in out  # no conversion is proposed for a figure the table cannot take


def test_the_external_assessors_notes_reach_every_handout_and_the_site(
    example: Path, tmp_path: Path
) -> None:
    """``_final.yaml`` notes I1 "Rencana Aksi sudah disusun" beside 2.5: the handout (md, html,
    the unit's own) and the site's indicator page all show it with the value as shown."""
    note = "final, nilai 2,50: Rencana Aksi sudah disusun"
    assert note in run_cli("report", "2026", "--format", "md").stdout
    assert note in run_cli("report", "2026", "--format", "html").stdout
    assert note in run_cli("report", "2026", "--unit", "bappeda", "--format", "md").stdout
    english = run_cli("report", "2026", "--format", "md", "--lang", "en").stdout
    assert "final, value 2.50: Rencana Aksi sudah disusun" in english
    assert run_cli("site", ".", "-o", str(tmp_path / "site")).exit_code == 0
    page = (tmp_path / "site" / "indicator-pemdi-2026-i1.html").read_text(encoding="utf-8")
    assert note in page
    # a note the assessors did not write is nowhere
    assert "nilai 2,50: Rencana Aksi" not in run_cli("report", "2023", "--format", "md").stdout


def _recommend(example: Path, text: str) -> None:
    final = example / "2026" / "_final.yaml"
    data = yaml.safe_load(final.read_text(encoding="utf-8"))
    data["rekomendasi"].append({"indicator": "I4", "text": text})  # no unit: I4's lead owns it
    final.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_open_recommendations_follow_one_rule_in_handout_and_site(
    example: Path, tmp_path: Path
) -> None:
    """A recommendation naming no unit belongs to the unit leading its indicator; one of an
    earlier year counts only under the same catalogue (SPBE 2022's I29 is not Pemdi's)."""
    _recommend(example, "Susun peta kolaborasi lintas perangkat daerah.")
    lead = run_cli("score", "2026", "--format", "json").json()
    owner = next(
        i["unit"]
        for d in lead["domains"]
        for a in d["aspects"]
        for i in a["indicators"]
        if i["id"] == "I4"
    )
    spbe_2022 = "Rencanakan audit infrastruktur SPBE"
    handout = run_cli("report", "2026", "--unit", owner, "--format", "md").stdout
    assert "Susun peta kolaborasi lintas perangkat daerah." in handout
    assert spbe_2022 not in handout
    assert run_cli("site", ".", "-o", str(tmp_path / "site")).exit_code == 0
    page = (tmp_path / "site" / f"unit-{owner}.html").read_text(encoding="utf-8")
    assert "Susun peta kolaborasi lintas perangkat daerah." in page
    assert spbe_2022 not in page
    # under SPBE, 2022's open recommendations still reach the 2023 handout
    assert spbe_2022 in run_cli("report", "2023", "--format", "md").stdout
    other = run_cli("report", "2026", "--unit", "bappeda", "--format", "md").stdout
    assert owner == "bappeda" or "Susun peta kolaborasi" not in other


def test_the_site_opens_and_scores_each_year_once(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every year's handout material needs the years before it; the site opens each year
    folder for its pages and once more for ``validate``, never once per later year."""
    from collections import Counter

    from spbe_cli.engine import scoring

    scored: Counter[tuple[object, object]] = Counter()
    real = scoring.score

    def counting(catalogue, answers, units, instansi, year, **kw):  # type: ignore[no-untyped-def]
        scored[(year, kw.get("stage"))] += 1
        return real(catalogue, answers, units, instansi, year, **kw)

    monkeypatch.setattr(scoring, "score", counting)
    import spbe_cli.engine.evaluate as evaluate

    monkeypatch.setattr(evaluate, "score", counting)
    assert run_cli("site", ".", "-o", str(tmp_path / "site")).exit_code == 0
    years = {year for year, _ in scored}
    assert years == {2019, 2022, 2023, 2026}
    # a year's score at a stage is computed once, however many years come after it
    assert max(scored.values()) == 1, scored


def test_plan_steps_to_the_next_level_every_output_names(example: Path) -> None:
    """2,75 lies in 2,51-3,50: the handout, score and site name 4,00 as its next level, and so
    does the plan; each raise gains what ``score`` says the next level gains."""
    (example / "2026" / "_final.yaml").unlink()  # dokumen: I14 is 2,75
    plan = run_cli("plan", "2026", "--target", "2.5", "--format", "json").json()
    score = run_cli("score", "2026", "--stage", "dokumen", "--format", "json").json()
    results = {i["id"]: i for d in score["domains"] for a in d["aspects"] for i in a["indicators"]}
    raises = {r["id"]: r for r in plan["raises"]}
    assert plan["reachable"] is True  # 2,75 -> 3,00 alone would leave it out of reach
    assert raises["I14"]["from"] == 2.75 and raises["I14"]["to"] == 4
    for ident, r in raises.items():
        assert r["gain"] == results[ident]["next_level_gain"], ident
    handout = run_cli("report", "2026", "--format", "md").stdout
    assert "2,75 → 4,00" in handout or "4,00 Melembaga" in handout


def test_diff_never_subtracts_one_catalogues_index_from_anothers(example: Path) -> None:
    """As in the trend: SPBE 2023's 2,78 and Pemdi 2026's index are on different scales."""
    table = run_cli("diff", "2023", "2026").stdout
    index_row = next(line for line in table.splitlines() if "Indeks SPBE → Indeks Pemdi" in line)
    assert index_row.rstrip().endswith("katalog baru") and "-0,30" not in index_row
    data = run_cli("diff", "2023", "2026", "-f", "json").json()
    assert data["index"]["change_rounded"] is None
    same = run_cli("diff", "2022", "2023", "-f", "json").json()
    assert same["index"]["change_rounded"] == 0.78


def test_an_assessors_value_keeps_its_external_record(example: Path) -> None:
    """``_final.yaml`` gives I5 3,33: the handout still says where the index came from."""
    text = run_cli("report", "2026", "--format", "md").stdout  # the final stage
    section = text[text.index("#### I5 ") :]
    section = section[: section.index("\n####", 5)]
    assert "Indeks Satu Data Indonesia (SDI) 58,30, sumber Bappenas" in section
    as_json = run_cli("score", "2026", "--stage", "final", "-f", "json").json()
    i5 = next(
        i
        for d in as_json["domains"]
        for a in d["aspects"]
        for i in a["indicators"]
        if i["id"] == "I5"
    )
    assert i5["value"] == 3.33 and i5["supplied"]["raw"] == 58.3


def test_a_value_outside_the_scale_is_one_error_and_nothing_more(example: Path) -> None:
    unit = example / "2026" / "diskominfo.yaml"
    text = unit.read_text(encoding="utf-8")
    unit.write_text(text.replace("  I4:\n    level: 3\n", "  I4:\n    level: 5.5\n", 1), "utf-8")
    out = run_cli("validate", "2026", "--format", "text")
    assert out.exit_code == 1
    lines = [line for line in out.stdout.splitlines() if "I4" in line]
    assert len(lines) == 1 and "error S005 tingkat 5,50 di luar skala" in lines[0], lines


def test_notes_written_over_several_lines_read_as_written(example: Path) -> None:
    final = example / "2026" / "_final.yaml"
    text = final.read_text(encoding="utf-8")
    old = (
        'I1: {level: 2.5, note: "Rencana Aksi sudah disusun; reviu Arsitektur Pemdi belum '
        'terlihat."}'
    )
    assert old in text
    new = "I1:\n    level: 2.5\n    note: |\n      Baris pertama.\n      Baris kedua."
    final.write_text(text.replace(old, new), encoding="utf-8")
    html = run_cli("report", "2026", "--format", "html").stdout
    assert "Baris pertama.\nBaris kedua." in html and "\\n" not in html


def test_a_recommendation_for_a_unit_without_a_file_is_still_in_the_handout(
    example: Path,
) -> None:
    final = example / "2026" / "_final.yaml"
    data = yaml.safe_load(final.read_text(encoding="utf-8"))
    data["rekomendasi"].append({"indicator": "I4", "text": "REC-BPKAD", "unit": "bpkad"})
    final.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert run_cli("validate", "2026").exit_code == 0
    md = run_cli("report", "2026", "-f", "md").stdout
    other = md[md.index("### Rekomendasi terbuka untuk unit tanpa berkas tahun ini") :]
    assert "- **I4** (2026, final, bpkad): REC-BPKAD" in other
    assert "REC-BPKAD" in run_cli("report", "2026").stdout


def test_a_handout_says_which_earlier_years_it_left_out(example: Path) -> None:
    """An error in 2022 keeps 2022 out of the 2023 handout's trend and comparison: it says
    so rather than drop the year quietly."""
    unit = example / "2022" / "bappeda.yaml"
    text = unit.read_text(encoding="utf-8")
    unit.write_text(text.replace("level: ", "level: 9  # ", 1), encoding="utf-8")
    md = run_cli("report", "2023", "-f", "md").stdout
    assert "Tahun 2022 tidak ikut dalam tren, perbandingan dan rekomendasi" in md
    html = run_cli("report", "2023").stdout
    assert "Tahun 2022 tidak ikut" in html and "<code>spbe validate</code>" in html
    unit.write_text(text, encoding="utf-8")
    assert "tidak ikut" not in run_cli("report", "2023", "-f", "md").stdout
