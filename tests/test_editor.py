"""The editor experience: the schemas `spbe schema` writes for unit and stage files (the
repository's framework by default, Pemdi criteria by value range, the decimal-comma hint), the
files `spbe init` writes for editors, and the worked example in a Pemdi unit file."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import EXAMPLE, run_cli, write
from spbe_cli.base.lang import Lang
from spbe_cli.base.resources import catalogue_dir
from spbe_cli.domain.numbers import shown
from spbe_cli.model.catalogue import framework_of_year, load_catalogue

jsonschema = pytest.importorskip("jsonschema")

# What the YAML language server takes for a modeline (yaml-language-server, modelineUtil.ts).
MODELINE = re.compile(r"^#\s+(?:yaml-language-server|\$schema)\s*:")
BEGIN, END = "# --- contoh: awal ---", "# --- contoh: akhir ---"


class _NoDates(yaml.SafeLoader):
    """YAML as the language server sees it: dates stay text."""


_NoDates.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDates)


def _schema(*args: str) -> dict[str, Any]:
    out = run_cli("schema", *args)
    assert out.exit_code == 0, out.stderr
    schema: dict[str, Any] = json.loads(out.stdout)
    jsonschema.Draft7Validator.check_schema(schema)
    return schema


def _errors(schema: dict[str, Any], data: Any) -> list[Any]:
    return list(jsonschema.Draft7Validator(schema).iter_errors(data))


def _catalogue_of(schema: dict[str, Any]) -> str:
    return str(schema["$id"]).split("/")[-2]


def _init(root: Path, year: int) -> Path:
    out = run_cli("init", str(root), "--instansi", "Pemerintah Kota Uji", "--year", str(year))
    assert out.exit_code == 0, out.stderr
    return root


# --- 1. the repository's framework by default ---------------------------------------------


@pytest.mark.parametrize(
    ("config", "years", "expected"),
    [
        ("instansi: Uji\n", [], "spbe-2020"),  # no year: what it always gave
        ("instansi: Uji\n", [2023], "spbe-2020"),
        ("instansi: Uji\n", [2023, 2026], "pemdi-2026"),  # the latest year's framework
        ("instansi: Uji\ncatalogue: spbe-2020\n", [2026], "spbe-2020"),  # spbe.yaml first
        ("instansi: Uji\ncatalogue: pemdi-2026\n", [2023], "pemdi-2026"),
    ],
)
def test_schema_follows_the_repositorys_framework(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str, years: list[int], expected: str
) -> None:
    root = tmp_path / "repo"
    write(root / "spbe.yaml", config)
    for year in years:
        (root / "assessments" / str(year)).mkdir(parents=True)
    for kind in ("unit", "stage"):
        assert _catalogue_of(_schema("--repo", str(root), "--kind", kind)) == expected
    monkeypatch.chdir(root / "assessments" if years else root)  # any folder of the repository
    assert _catalogue_of(_schema()) == expected
    assert _catalogue_of(_schema("--catalogue", "spbe-2018")) == "spbe-2018"  # asked: it wins


def test_schema_in_a_new_pemdi_repository_is_pemdi(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _init(tmp_path / "kab", 2026)
    monkeypatch.chdir(root / "assessments" / "2026")
    schema = _schema()
    assert _catalogue_of(schema) == "pemdi-2026"
    # what init wrote is what `spbe schema` writes there, for both kinds of file
    assert (root / "spbe-assessment.schema.json").read_text(encoding="utf-8") == json.dumps(
        schema, ensure_ascii=False, indent=2
    ) + "\n"
    assert (root / "spbe-stage.schema.json").read_text(encoding="utf-8") == run_cli(
        "schema", "--kind", "stage"
    ).stdout


def test_a_catalogue_the_repository_cannot_use_is_a_located_error(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    write(root / "spbe.yaml", "instansi: Uji\ncatalogue: pemdi-2099\n")
    out = run_cli("schema", "--repo", str(root))
    assert out.exit_code == 1 and out.stdout == ""
    assert "spbe.yaml:2:12: error X007" in out.stderr and "Skema tidak ditulis" in out.stderr
    outside = tmp_path / "katalog.yaml"
    shutil.copy(catalogue_dir() / "spbe-2020.yaml", outside)
    write(root / "spbe.yaml", f"instansi: Uji\ncatalogue: {outside}\n")
    refused = run_cli("schema", "--repo", str(root), "--lang", "en")
    assert refused.exit_code == 1 and "error Y015" in refused.stderr
    assert "No schema was written" in refused.stderr and "Traceback" not in refused.stderr
    assert run_cli("schema", "--repo", str(tmp_path / "nowhere")).exit_code == 2
    assert run_cli("schema", "--kind", "tahap").exit_code == 2


# --- 2. Pemdi criteria by value range in the hover ------------------------------------------


def test_a_pemdi_hover_shows_the_criteria_of_every_range() -> None:
    catalogue, _ = load_catalogue(catalogue_dir() / "pemdi-2026.yaml")
    assert catalogue is not None
    spans: tuple[tuple[Lang, str], ...] = (
        ("id", "nilai {low}-{high}"),
        ("en", "values {low}-{high}"),
    )
    for lang, span in spans:
        schema = _schema("--catalogue", "pemdi-2026", "--lang", lang)
        stage = _schema("--catalogue", "pemdi-2026", "--kind", "stage", "--lang", lang)
        for ident, indicator in catalogue.indicators.items():
            answer = schema["properties"]["indicators"]["properties"][ident]
            value = stage["properties"]["indicators"]["properties"][ident]
            for hover in (answer, answer["properties"]["level"], value["properties"]["level"]):
                text = hover["markdownDescription"]
                assert text.startswith(f"**{ident} · {indicator.name}**")
                assert catalogue.criteria_source and catalogue.criteria_source in text
                for found in indicator.ranges:
                    low, high = shown(found.min, lang), shown(found.max, lang)
                    assert f"- **{span.format(low=low, high=high)}**: {found.criterion}" in text
                    assert not found.evidence or found.evidence in text
    i1 = _schema("--catalogue", "pemdi-2026")["properties"]["indicators"]["properties"]["I1"]
    assert "Kriteria per rentang nilai:" in i1["description"] and "(bobot 5 %)" in i1["description"]
    english = _schema("--catalogue", "pemdi-2026", "--lang", "en")
    i1 = english["properties"]["indicators"]["properties"]["I1"]
    assert "Criteria by value range:" in i1["description"] and "(weight 5 %)" in i1["description"]
    # 59/2020 keeps its criteria per level
    spbe = _schema("--catalogue", "spbe-2020")["properties"]["indicators"]["properties"]["I1"]
    assert "- **2 Terkelola**: Kebijakan internal" in spbe["description"]
    assert "rentang" not in spbe["description"]


# --- 4. a decimal comma ------------------------------------------------------------------------


def test_a_decimal_comma_gets_the_same_hint_from_validate_and_the_editor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "spbe.yaml", "instansi: Uji\n")
    path = tmp_path / "assessments" / "2026" / "a.yaml"
    write(path, "unit: a\nyear: 2026\nindicators:\n  I1:\n    level: 2,5\n")
    monkeypatch.chdir(tmp_path)
    out = run_cli("validate", "-f", "text", "--allow-partial")
    assert "a.yaml:5:12: error S003" in out.stdout
    assert "tulis 2.5 (titik, bukan koma)" in out.stdout
    schema = _schema()
    level = schema["properties"]["indicators"]["properties"]["I1"]["properties"]["level"]
    assert "`2.5` (bukan `2,5`)" in level["description"]  # the standard place: the hover
    found = _errors(schema, _read(path))
    assert [e.validator for e in found] == ["pattern"]  # one error, on the pattern alone
    # the language servers show this keyword in place of "does not match the pattern"
    assert "2.5 (bukan 2,5)" in level["patternErrorMessage"]
    for good in (2.5, 1.26, "7/6", 3, None):
        answer = {"unit": "a", "year": 2026, "indicators": {"I1": {"level": good}}}
        assert _errors(schema, answer) == [], good


# --- 3. stage files -----------------------------------------------------------------------------


def _framework(path: Path) -> str:
    data = _read(path)
    written = data.get("catalogue") if isinstance(data, dict) else None
    return written or framework_of_year(int(path.parent.name))


def test_every_example_file_passes_the_schema_of_its_framework() -> None:
    schemas: dict[tuple[str, str], dict[str, Any]] = {}
    files = sorted(EXAMPLE.glob("[0-9][0-9][0-9][0-9]/*.yaml"))
    stage_files = [p for p in files if p.name.startswith("_")]
    assert len(stage_files) >= 3 and len(files) > 40
    for path in files:
        kind = "stage" if path.name.startswith("_") else "unit"
        key = (_framework(path), kind)
        if key not in schemas:
            schemas[key] = _schema("--catalogue", key[0], "--kind", kind)
        assert _errors(schemas[key], _read(path)) == [], path


def test_a_stage_file_under_the_unit_schema_is_what_used_to_fail() -> None:
    final = _read(EXAMPLE / "2026" / "_final.yaml")
    unit = _schema("--catalogue", "pemdi-2026")
    stage = _schema("--catalogue", "pemdi-2026", "--kind", "stage")
    messages = [e.message for e in _errors(unit, final)]
    assert "'unit' is a required property" in messages
    assert any("'assessor', 'date', 'rekomendasi', 'stage'" in m for m in messages)
    assert _errors(stage, final) == []
    assert _errors(unit, _read(EXAMPLE / "2026" / "bappeda.yaml")) == []
    assert _errors(stage, _read(EXAMPLE / "2026" / "bappeda.yaml"))  # and the other way round


STAGE = """\
stage: final
year: 2026
assessor: Tim Asesor Eksternal
date: 2026-11-27
indicators:
  I1: {level: 2.5, note: "Catatan."}
  I2: {value: 2}
  I3: {level: "7/3"}
rekomendasi:
  - indicator: I1
    text: "Tetapkan rencana aksi."
    unit: a
"""

# A change to the stage file above and whether the loader accepts it: the schema must agree.
STAGE_CASES: dict[str, tuple[dict[str, Any], bool]] = {
    "as-is": ({}, True),
    "level-null": ({"indicators": {"I1": {"level": None}}}, False),
    "bare-number": ({"indicators": {"I1": 2.5}}, False),
    "both-keys": ({"indicators": {"I1": {"level": 2, "value": 2}}}, False),
    "out-of-scale": ({"indicators": {"I1": {"level": 5.5}}}, False),
    "decimal-comma": ({"indicators": {"I1": {"level": "2,5"}}}, False),
    "zero-denominator": ({"indicators": {"I1": {"level": "7/0"}}}, False),
    "unknown-indicator": ({"indicators": {"I99": {"level": 2}}}, False),
    "typo": ({"indicators": {"I1": {"levle": 2}}}, False),
    "empty-note": ({"indicators": {"I1": {"level": 2, "note": ""}}}, False),
    "unknown-key": ({"assesor": "X"}, False),
    "no-stage": ({"stage": None}, False),
    "stage-mandiri": ({"stage": "mandiri"}, False),
    "year-text": ({"year": "2026"}, False),
    "rec-unknown-indicator": ({"rekomendasi": [{"indicator": "I99", "text": "x"}]}, False),
    "rec-no-text": ({"rekomendasi": [{"indicator": "I1"}]}, False),
    "rec-bad-status": (
        {"rekomendasi": [{"indicator": "I1", "text": "x", "status": "done"}]},
        False,
    ),
    "rec-closed": (
        {"rekomendasi": [{"indicator": "I1", "text": "x", "status": "closed", "follow_up": "y"}]},
        True,
    ),
}


def _changed(change: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(STAGE)
    for key, value in change.items():
        if value is None:
            data.pop(key)
        elif key == "indicators":
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return data


@pytest.mark.parametrize("case", list(STAGE_CASES))
def test_the_stage_schema_refuses_what_the_loader_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    change, valid = STAGE_CASES[case]
    data = _changed(change)
    write(tmp_path / "spbe.yaml", "instansi: Uji\n")
    write(tmp_path / "assessments" / "2026" / "a.yaml", "unit: a\nyear: 2026\nindicators: {}\n")
    final = tmp_path / "assessments" / "2026" / "_final.yaml"
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if case == "decimal-comma":
        text = text.replace("'2,5'", "2,5")  # as a person writes it: text to YAML all the same
    final.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    checked = run_cli("validate", "-f", "json", "--allow-partial")
    errors = [p for p in checked.json()["problems"] if p["severity"] == "error"]
    assert (errors == []) is valid, errors
    assert all(p["path"].endswith("_final.yaml") for p in errors)
    schema = _schema("--kind", "stage")
    assert (_errors(schema, _read(final)) == []) is valid


# --- 3 and 5. what init writes ----------------------------------------------------------------


def _example(text: str) -> str:
    """The worked example of a unit file, uncommented: the lines between its markers with
    their leading ``# `` taken off."""
    lines = text.splitlines()
    block = lines[lines.index(BEGIN) + 1 : lines.index(END)]
    assert all(line.startswith("# ") or line == "#" for line in block)
    return "\n".join(line[2:] for line in block) + "\n"


def test_the_worked_example_of_a_pemdi_unit_file_is_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _init(tmp_path / "kab", 2026)
    files = sorted((root / "assessments" / "2026").glob("*.yaml"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    examples = {_example(t) for t in texts}
    assert len(files) == 4 and len(examples) == 1  # the same example in every unit's file
    example = examples.pop()
    for needed in ("level: 2.5", "explanation: >-", "evidence:", "status:", "supports:"):
        assert needed in example, needed
    assert "external:" in example and "raw: 56.25" in example and "value: 3.25" in example
    # the files themselves still read as "belum diisi"
    monkeypatch.chdir(root)
    assert {p["code"] for p in run_cli("validate", "-f", "json").json()["problems"]} == {"X013"}

    # uncommented, it is a valid unit file: only the indicators it leaves out are missing
    other = tmp_path / "coba"
    write(other / "spbe.yaml", "instansi: Uji\n")
    write(other / "assessments" / "2026" / "contoh.yaml", example)
    monkeypatch.chdir(other)
    checked = run_cli("validate", "-f", "json", "--allow-partial").json()
    assert checked["summary"]["errors"] == 0
    assert {p["code"] for p in checked["problems"]} == {"X003"}
    assert len(checked["problems"]) == 18  # 20 indicators, 2 of them answered
    score = run_cli("score", "assessments/2026", "-f", "json").json()
    values = {i["id"]: i for d in score["domains"] for a in d["aspects"] for i in a["indicators"]}
    assert values["I1"]["value"] == 2.5 and values["I1"]["unit"] == "contoh"
    assert values["I5"]["value"] == 3.25 and "I5" not in score["pending"]
    data = _read(other / "assessments" / "2026" / "contoh.yaml")
    assert _errors(_schema(), data) == []  # and the editor agrees


def test_init_writes_the_stage_schema_and_says_how_stage_files_use_it(tmp_path: Path) -> None:
    for year in (2026, 2023):
        root = _init(tmp_path / str(year), year)
        stage = json.loads((root / "spbe-stage.schema.json").read_text(encoding="utf-8"))
        assert stage["properties"]["stage"]["enum"] == ["dokumen", "interviu", "visitasi", "final"]
        for path in sorted((root / "assessments" / str(year)).glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            lines = text.splitlines()
            # the file's own modeline is its only one: the stage files' is quoted
            modelines = [line for line in lines if MODELINE.match(line)]
            assert modelines == [
                "# yaml-language-server: $schema=../../spbe-assessment.schema.json"
            ]
            assert "# `# yaml-language-server: $schema=../../spbe-stage.schema.json`" in lines
            assert "`_dokumen.yaml`, `_interviu.yaml`," in text and "`_final.yaml`" in text
            assert (BEGIN in lines) is (year == 2026)  # the worked example is Pemdi's


def test_the_example_stage_files_name_a_current_schema() -> None:
    expected = run_cli("schema", "--kind", "stage", "--repo", str(EXAMPLE)).stdout
    committed = (EXAMPLE / "spbe-stage.schema.json").read_text(encoding="utf-8")
    assert committed == expected, (
        "assessments/spbe-stage.schema.json is stale; rewrite it with "
        "`cd assessments && spbe schema --kind stage -o spbe-stage.schema.json`"
    )
    for name in ("_dokumen.yaml", "_final.yaml"):
        lines = (EXAMPLE / "2026" / name).read_text(encoding="utf-8").splitlines()
        assert [line for line in lines if MODELINE.match(line)] == [
            "# yaml-language-server: $schema=../spbe-stage.schema.json"
        ]
