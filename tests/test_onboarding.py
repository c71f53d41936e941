"""Onboarding: init, new, the editor schema, exports, and the terminal conventions."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE, run_cli, unit_file, write

CASES = Path(__file__).parent / "cases" / "invalid"


def test_init_scaffold_validates_with_only_belum_diisi(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = run_cli(
        "init", str(tmp_path / "repo"), "--instansi", "Pemerintah Kota Uji", "--year", "2026"
    )
    assert out.exit_code == 0 and "Repositori dibuat" in out.stderr
    repo = tmp_path / "repo"
    monkeypatch.chdir(repo)
    check = run_cli("validate", "-f", "json")
    assert check.exit_code == 0
    codes = {p["code"] for p in check.json()["problems"]}
    # 2026 is under Pemerintah Digital: 20 indicators, of which the 4 valued from other
    # agencies' indices are not filled in by a unit
    assert codes == {"X013"} and len(check.json()["problems"]) == 16
    config = yaml.safe_load((repo / "spbe.yaml").read_text(encoding="utf-8"))
    assert config["catalogue"] == "pemdi-2026"
    assigned = [i for u in config["units"].values() for i in u["indicators"]]
    assert sorted(assigned) == sorted(f"I{n}" for n in range(1, 21))
    first = (repo / "assessments" / "2026" / "diskominfo.yaml").read_text(encoding="utf-8")
    assert first.startswith("# yaml-language-server: $schema=../../spbe-assessment.schema.json")
    assert "# Tingkat 3 Berkembang: " in first
    for workflow in (".github/workflows/spbe.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml"):
        assert "spbe validate" in json.dumps(yaml.safe_load((repo / workflow).read_text()))
    assert "/assessments/*/bkpsdm.yaml" in (repo / "CODEOWNERS").read_text(encoding="utf-8")
    assert "## Mengisi berkas unit" in (repo / "README.md").read_text(encoding="utf-8")


def test_init_never_overwrites(tmp_path: Path) -> None:
    write(tmp_path / "spbe.yaml", "instansi: Milik Saya\n")
    write(tmp_path / "README.md", "# catatan saya\n")
    out = run_cli("init", str(tmp_path), "--instansi", "Kota Uji", "--year", "2026")
    assert out.exit_code == 1
    assert "spbe.yaml" in out.stderr and "README.md" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "spbe.yaml"]
    forced = run_cli("init", str(tmp_path), "--instansi", "Kota Uji", "--year", "2026", "--force")
    assert forced.exit_code == 0
    assert (tmp_path / "spbe.yaml").read_text(encoding="utf-8") == "instansi: Milik Saya\n"
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# catatan saya\n"
    forced_dir = tmp_path / "spbe-baru"
    assert (forced_dir / "spbe.yaml").is_file() and (forced_dir / "README.md").is_file()
    assert run_cli("init", str(tmp_path / "x")).exit_code == 2  # --instansi is required


def test_new_from_last_year_and_from_the_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path / "assessments")
    out = run_cli("new", "bpkad", "--year", "2024")
    assert out.exit_code == 0 and "jawaban 2023 dibawa" in out.stderr
    text = (tmp_path / "assessments" / "2024" / "bpkad.yaml").read_text(encoding="utf-8")
    assert text.count("# TINJAU: dibawa dari 2023") == 4
    data = yaml.safe_load(text)
    assert data["year"] == 2024 and data["indicators"]["I33"]["level"] == 4
    assert data["indicators"]["I34"]["evidence"][1]["level"] == 4
    assert run_cli("new", "bpkad", "--year", "2024").exit_code == 1  # never overwritten
    fresh = run_cli("new", "dinkes", "--year", "2025")
    assert fresh.exit_code == 0 and "belum diisi" in fresh.stderr
    assert yaml.safe_load(
        (tmp_path / "assessments" / "2025" / "dinkes.yaml").read_text(encoding="utf-8")
    )["indicators"] == {"I46": {"level": None}}
    # 2031 is under Pemerintah Digital: the registry gives dinkes no indicator there
    other = run_cli("new", "dinkes", "--year", "2031")
    assert other.exit_code == 2 and "catalogues: pemdi-2026" in other.stderr
    assert "Traceback" not in other.stderr
    assert run_cli("new", "dinas-x", "--year", "2031").exit_code == 2
    checked = run_cli("validate", "2024", "--ignore", "X003", "-f", "json")
    assert checked.json()["summary"]["errors"] == 0


class _NoDates(yaml.SafeLoader):
    """YAML as the language server sees it: dates stay text."""


_NoDates.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_schema_with_a_generic_validator(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    out = run_cli("schema", "--catalogue", "spbe-2020")
    schema = json.loads(out.stdout)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    i1 = schema["properties"]["indicators"]["properties"]["I1"]
    assert "Arsitektur SPBE" in i1["description"]
    assert i1["properties"]["level"]["enum"] == [1, 2, 3, 4, 5, None]
    for path in sorted((EXAMPLE / "2023").glob("[!_]*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDates)
        assert list(validator.iter_errors(data)) == [], path.name
    schema_level = [
        "unknown-keys",
        "evidence-typo",
        "level-out-of-scale",
        "wrong-types",
        "unknown-indicator",
        "top-level-list",
        "empty-and-too-long",
    ]
    for case in schema_level:
        data = yaml.load(
            (CASES / case / "2023" / "a.yaml").read_text(encoding="utf-8"), Loader=_NoDates
        )
        assert list(validator.iter_errors(data)), case
    run_cli("schema", "--catalogue", "pemdi-2026", "-o", str(tmp_path / "p.json"))
    pemdi = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert "external" in pemdi["properties"]["indicators"]["properties"]["I5"]["properties"]
    pemdi_validator = jsonschema.Draft7Validator(pemdi)
    for path in sorted((EXAMPLE / "2026").glob("[!_]*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDates)
        assert list(pemdi_validator.iter_errors(data)) == [], path.name
    answers = {"I1": {"level": 5.5}, "I2": {"value": 2}, "I3": {"level": 2, "value": 2}}
    wrong = {"unit": "a", "year": 2026, "indicators": answers}
    assert len(list(pemdi_validator.iter_errors(wrong))) == 2  # 5.5 out of scale; both keys


def test_xlsx_export_matches_the_score(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    out = run_cli("export", "assessments/2023")
    assert out.exit_code == 0
    book_path = tmp_path / "pemerintah-kabupaten-contoh-2023.xlsx"
    first = book_path.read_bytes()
    book = load_workbook(book_path)
    assert book.sheetnames == ["Ringkasan", "Indikator"]
    summary, sheet = book["Ringkasan"], book["Indikator"]
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    assert [c.value for c in summary[2]] == ["Indeks SPBE", "Baik", 100, 2.78]
    domains = {r[0].value: r[3].value for r in summary.iter_rows(min_row=3)}
    for d in doc["domains"]:
        assert domains[d["id"]] == d["index_rounded"]
        for a in d["aspects"]:
            assert domains[a["id"]] == a["index_rounded"]
    header = [c.value for c in sheet[1]]
    assert header[:10] == [
        "Kode",
        "Indikator",
        "Aspek",
        "Domain",
        "Bobot (%)",
        "Tingkat",
        "Nama tingkat",
        "Unit",
        "Penjelasan",
        "Data dukung",
    ]
    assert "Tingkat review" in header and sheet.freeze_panes == "C2" and sheet.auto_filter.ref
    levels = {r[0].value: (r[5].value, r[7].value) for r in sheet.iter_rows(min_row=2)}
    for d in doc["domains"]:
        for a in d["aspects"]:
            for i in a["indicators"]:
                assert levels[i["id"]] == (i["level"], i["unit"])
    run_cli("export", "assessments/2023")
    assert book_path.read_bytes() == first  # deterministic


def test_other_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    portal = run_cli("export", "assessments/2023", "-f", "portal").stdout
    blocks = portal.strip().split("\n\n")
    assert len(blocks) == 47 and blocks[0].startswith("I1 · Tingkat Kematangan")
    assert "Tingkat: 3 (Terdefinisi)" in blocks[0] and "Data dukung:" in blocks[0]
    csv_text = run_cli("export", "assessments/2023", "-f", "csv", "--csv-dialect", "rfc4180").stdout
    assert csv_text.splitlines()[0].startswith("id,name,aspect,domain,weight,level")
    run_cli("export", "assessments/2023", "-f", "csv", "--csv-dialect", "rfc4180", "-o", "r.csv")
    written = (tmp_path / "r.csv").read_bytes()
    assert written.count(b"\r\n") == 48 and written.endswith(b"\r\n")  # RFC 4180 records
    excel = run_cli("export", "assessments/2023", "-f", "csv").stdout  # --lang id: excel-id
    assert excel.startswith("\ufeffid;name;aspect;domain;weight;level;")
    doc = run_cli("export", "assessments/2023", "-f", "json").json()
    assert len(doc["answers"]) == 47 and doc["index_rounded"] == 2.78


def test_version_completion_and_fast_help() -> None:
    assert run_cli("--version").stdout.startswith("spbe ")
    help_text = run_cli("--help").stdout
    assert "--install-completion" in help_text
    for command in (
        "score",
        "validate",
        "report",
        "init",
        "new",
        "schema",
        "export",
        "plan",
        "diff",
        "convert",
        "catalogue",
        "evidence",
        "explain",
    ):
        assert command in help_text
    code = (
        "import sys; from spbe_cli.cli import app; "
        "print(sorted(m for m in ('pydantic', 'jinja2', 'rich', 'openpyxl', 'yaml') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_color_option(year_dir: Path) -> None:
    unit_file(year_dir, "a", {"I1": 3})
    out = run_cli("--no-color", "score", "assessments/2023")
    assert "\x1b[" not in out.stdout and out.exit_code == 0


def test_xlsx_headings_follow_the_output_language(example_copy: Path) -> None:
    from openpyxl import load_workbook

    assert run_cli("export", "2023", "-o", "en.xlsx", "--lang", "en").exit_code == 0
    sheet = load_workbook(example_copy / "en.xlsx")["Indicators"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Id", "Indicator", "Aspect"] and "Level at review" in header


def test_the_readme_lock_command_works_in_a_new_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README locks one year as `spbe evidence lock assessments/2026`: from the top of a
    repository `init` made, that is the year folder's path."""
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\nspbe evidence lock assessments/2026 " in readme
    assert run_cli("init", str(tmp_path / "k"), "--instansi", "K", "--year", "2026").exit_code == 0
    monkeypatch.chdir(tmp_path / "k")
    assert run_cli("evidence", "lock", "assessments/2026").exit_code == 0
    assert (tmp_path / "k" / "spbe-evidence.lock").is_file()
