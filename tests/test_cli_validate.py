"""``spbe validate`` through the CLI: the example, exit codes, every output format, safety."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE, ROOT, run_cli, unit_file, write

GITHUB_LINE = re.compile(
    r"^::(error|warning) file=[^,:]+(,line=\d+,col=\d+)?,title=[A-Z]\d{3}::[^\r\n]+$"
)


def tree_state(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def broken(year_dir: Path) -> Path:
    """A year with one error (unknown indicator), one warning (no evidence) and 46 unanswered
    indicators."""
    write(
        year_dir / "a.yaml",
        """
        unit: a
        year: 2023
        indicators:
          I1:
            level: 2
            explanation: Sudah ada peraturan wali kota.
          I99:
            level: 3
        """,
    )
    return year_dir


def test_bundled_example_validates_and_is_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree_state(EXAMPLE)
    monkeypatch.chdir(ROOT)
    out = run_cli("validate")
    assert out.exit_code == 0
    # The example shows the lifecycle warnings on purpose: untagged lower levels (C014). Its
    # 2021 policies are older than 24 months but claimed below the level whose criterion asks
    # for periodic review, so they need not be recent (no C013).
    codes = [line.split()[2] for line in out.stdout.splitlines()[:-1]]
    assert sorted(codes) == ["C014", "C014", "C014"]
    assert out.stdout.endswith("0 error, 3 peringatan, 48 berkas diperiksa\n")
    assert run_cli("validate", "--strict").exit_code == 1
    monkeypatch.chdir(EXAMPLE)
    assert run_cli("validate").stdout == out.stdout.replace("assessments/", "")
    doc = run_cli("validate", "2023", "--format", "json").json()
    assert doc["summary"] == {"errors": 0, "warnings": 3, "files": 14}
    assert tree_state(EXAMPLE) == before


def test_exit_codes(broken: Path) -> None:
    out = run_cli("validate", "assessments/2023", "--allow-partial", "--format", "text")
    assert out.exit_code == 1
    assert (
        "assessments/2023/a.yaml:7:3: error X001 indikator `I99` tidak ada di katalog "
        "spbe-2020; mungkin maksudnya `I9`" in out.stdout
    )
    write(broken / "a.yaml", "unit: a\nyear: 2023\nindicators:\n  I1:\n    level: 2\n")
    assert run_cli("validate", "assessments/2023", "--allow-partial").exit_code == 0
    assert run_cli("validate", "assessments/2023", "--allow-partial", "--strict").exit_code == 1
    assert run_cli("validate", "assessments/2023").exit_code == 1  # 46 indicators missing
    assert (
        run_cli(
            "validate", "assessments/2023", "--ignore", "X003,C001", "--ignore", "c002"
        ).exit_code
        == 0
    )
    assert run_cli("validate", "--format", "xml").exit_code == 2
    assert run_cli("validate", "--ignore", "Z999").exit_code == 2


def test_internal_error_is_exit_3(broken: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError("bug")

    monkeypatch.setattr("spbe_cli.engine.validate.validate", boom)
    out = run_cli("validate", "assessments/2023")
    assert out.exit_code == 3 and "ValueError: bug" in out.stderr
    assert "Traceback" not in out.stderr


def test_english(broken: Path) -> None:
    out = run_cli("validate", "assessments/2023", "--lang", "en", "--format", "text")
    assert "indicator `I99` is not in catalogue spbe-2020" in out.stdout
    assert out.stdout.endswith("1 warning, 2 files checked\n")


def test_github_format_and_step_summary(broken: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    out = run_cli(
        "validate",
        "assessments/2023",
        env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
    )
    commands = [line for line in out.stdout.splitlines() if line.startswith("::")]
    assert commands and all(GITHUB_LINE.match(line) for line in commands)
    assert "::error file=assessments/2023/a.yaml,line=7,col=3,title=X001::" in out.stdout
    assert "::error file=assessments/2023,title=X003::" in out.stdout  # folder-level: no line
    # every problem also in the plain log (GitHub shows only ten annotations of each kind)
    assert out.stdout.count("error X003") == 46
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("earlier step\n### spbe validate")
    assert "| assessments/2023/a.yaml | 7 | 3 | error | X001 |" in table


def test_the_step_summary_stays_under_githubs_size_with_a_note(
    broken: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_cli.render import problems

    monkeypatch.setattr(problems, "SUMMARY_BYTES", 2000)  # GitHub's 1 MiB, scaled down
    summary = tmp_path / "summary.md"
    out = run_cli(
        "validate",
        "assessments/2023",
        env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
    )
    table = summary.read_text(encoding="utf-8")
    assert len(table.encode("utf-8")) <= 2000 + 400  # the table, then one note
    rows = [line for line in table.splitlines() if line.startswith("| assessments/")]
    total = out.stdout.count(" error ") + out.stdout.count(" warning ")
    assert 0 < len(rows) < total
    assert f"{total - len(rows)} dari {total} masalah tidak dimuat di ringkasan" in table


def test_gitlab_fingerprints_survive_moved_lines(broken: Path) -> None:
    first = json.loads(run_cli("validate", "assessments/2023", "-f", "gitlab").stdout)
    assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(first[0])
    assert {i["severity"] for i in first} <= {"major", "minor"}
    text = (broken / "a.yaml").read_text(encoding="utf-8")
    (broken / "a.yaml").write_text("# komentar baru\n\n" + text, encoding="utf-8")
    second = json.loads(run_cli("validate", "assessments/2023", "-f", "gitlab").stdout)
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in second]
    assert (
        first[0]["location"]["lines"]["begin"] + 2 == second[0]["location"]["lines"]["begin"]
        or first[0]["location"]["path"] == "assessments/2023"
    )
    assert len({i["fingerprint"] for i in first}) == len(first)


def test_junit(broken: Path) -> None:
    unit_file(broken, "b", {"I3": 1})
    out = run_cli("validate", "assessments/2023", "-f", "junit", "--allow-partial")
    root = ET.fromstring(out.stdout)
    suite = root.find("testsuite")
    assert suite is not None
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {  # the bundled catalogue is not a file of the repository
        "assessments/2023/a.yaml",
        "assessments/2023/b.yaml",
        "spbe.yaml",
        "assessments/2023",
    }
    assert cases["assessments/2023"].findtext("system-out", "").count("X003") == 45
    assert cases["assessments/2023/a.yaml"].find("failure") is not None
    assert cases["assessments/2023/b.yaml"].find("failure") is None
    assert suite.get("failures") == "1" and suite.get("tests") == str(len(cases))


SARIF_REQUIRED: dict[str, object] = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {"driver": {"type": "object", "required": ["name", "rules"]}},
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "level", "message", "locations"],
                            "properties": {
                                "level": {"enum": ["error", "warning", "note", "none"]},
                                "message": {"type": "object", "required": ["text"]},
                                "locations": {
                                    "type": "array",
                                    "items": {"type": "object", "required": ["physicalLocation"]},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif(broken: Path) -> None:
    doc = json.loads(run_cli("validate", "assessments/2023", "-f", "sarif").stdout)
    _check_schema(doc, SARIF_REQUIRED)
    run = doc["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result in run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]  # consumers want a line
        assert region["startLine"] >= 1 and region.get("startColumn", 1) >= 1
    x001 = next(r for r in run["results"] if r["ruleId"] == "X001")
    assert x001["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "assessments/2023/a.yaml", "uriBaseId": "SRCROOT"},
        "region": {"startLine": 7, "startColumn": 3},
    }
    x003 = next(r for r in run["results"] if r["ruleId"] == "X003")
    assert x003["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "assessments/2023", "uriBaseId": "SRCROOT"},
        "region": {"startLine": 1},  # the whole file or folder: from its first line
    }
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == broken.parent.parent.as_uri() + "/"
    assert all(r["help"]["text"] and r["help"]["markdown"] for r in run["tool"]["driver"]["rules"])
    prints = [r["partialFingerprints"]["spbeProblem/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints)


def test_sarif_paths_are_uris_from_the_checkout_top(broken: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q"], cwd=broken.parent.parent, check=True)
    (broken / "kosong file.yaml").write_text("", encoding="utf-8")
    os.chdir(broken)  # anywhere inside the checkout
    doc = json.loads(run_cli("validate", ".", "-f", "sarif").stdout)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in doc["runs"][0]["results"]
    }
    assert "assessments/2023/kosong%20file.yaml" in uris


def test_sarif_passes_the_official_schema_and_the_multitool(broken: Path) -> None:
    """CI installs the SARIF multitool (npm @microsoft/sarif-multitool), which also ships the
    OASIS 2.1.0 schema, and sets SPBE_SARIF_MULTITOOL; GitHub's rules (Gh) are checked too."""
    import subprocess

    import jsonschema

    tool = os.environ.get("SPBE_SARIF_MULTITOOL")
    if not tool:
        if os.environ.get("CI"):
            pytest.fail("CI must set SPBE_SARIF_MULTITOOL (see .ci/run)")
        pytest.skip("the SARIF multitool is not installed here (CI installs it)")
    (broken / "kosong file.yaml").write_text("", encoding="utf-8")
    out = broken.parent.parent / "spbe.sarif"
    out.write_text(run_cli("validate", "assessments/2023", "-f", "sarif").stdout, "utf-8")
    schema = json.loads((Path(tool).parent / "sarif-2.1.0.json").read_text("utf-8"))
    jsonschema.validate(json.loads(out.read_text("utf-8")), schema)
    log = broken.parent.parent / "validation.sarif"
    done = subprocess.run(
        [tool, "validate", str(out), "-o", str(log), "--rule-kind", "Gh;Sarif", "--level", "Error"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    findings = json.loads(log.read_text("utf-8"))["runs"][0]["results"]
    assert done.returncode == 0 and findings == [], done.stdout


def test_json(broken: Path) -> None:
    doc = run_cli("validate", "assessments/2023", "-f", "json", "--allow-partial").json()
    assert doc["format"] == 1
    assert doc["summary"]["errors"] == 1
    assert doc["problems"][0] == {
        "path": "assessments/2023",
        "line": 0,
        "column": 0,
        "severity": "warning",
        "code": "X003",
        "message": doc["problems"][0]["message"],
    }
    assert "spbe.yaml" in doc["files"]


def _check_schema(doc: object, schema: dict[str, object]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(doc, schema)


# --- hostile input ----------------------------------------------------------------------------


def _hostile(year_dir: Path) -> None:
    bomb = ["unit: bom", "year: 2023", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    bomb.append("indicators: {I1: {level: 3, evidence: *a8}}")
    write(year_dir / "bom.yaml", "\n".join(bomb) + "\n")
    with (year_dir / "besar.yaml").open("wb") as big:  # 50 MB, sparse: cheap to make
        big.write(b"unit: besar\n")
        big.truncate(50 * 1024 * 1024)
    (year_dir / "dalam.yaml").write_bytes(b"unit: " + b"[" * 100_000 + b"]" * 100_000 + b"\n")
    (year_dir / "acak.yaml").write_bytes(bytes(range(256)) * 4)
    (year_dir / "folder.yaml").mkdir()
    (year_dir / "putar1.yaml").symlink_to(year_dir / "putar2.yaml")
    (year_dir / "putar2.yaml").symlink_to(year_dir / "putar1.yaml")
    write(year_dir / "python.yaml", "unit: !!python/object/apply:os.system ['touch /tmp/x']\n")


def test_hostile_corpus(year_dir: Path) -> None:
    _hostile(year_dir)
    out = run_cli("validate", "assessments/2023", "-f", "json")
    assert out.exit_code == 1
    assert "Traceback" not in out.stderr
    codes = {(Path(p["path"]).name, p["code"]) for p in out.json()["problems"]}
    assert {
        ("bom.yaml", "Y003"),
        ("besar.yaml", "Y006"),
        ("acak.yaml", "Y005"),
        ("folder.yaml", "Y014"),
        ("putar1.yaml", "Y011"),
        ("putar2.yaml", "Y011"),
        ("python.yaml", "Y004"),
    } <= codes
    assert {code for name, code in codes if name == "dalam.yaml"} & {"Y001", "Y007"}


def test_unreadable_file(year_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unit_file(year_dir, "rahasia", {"I1": 3})
    from spbe_cli.source import yamlsrc

    real = yamlsrc.read_regular

    def read_regular(path: Path, max_bytes: int) -> bytes:
        if path.name == "rahasia.yaml":
            raise PermissionError(13, "Permission denied")
        return real(path, max_bytes)

    monkeypatch.setattr(yamlsrc, "read_regular", read_regular)
    out = run_cli("validate", "assessments/2023", "--allow-partial")
    assert out.exit_code == 1
    assert (
        "assessments/2023/rahasia.yaml:0:0: error Y011 berkas tidak dapat dibaca: "
        "Permission denied" in out.stdout
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_random_input_gives_problems_only(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    folder = tmp_path_factory.mktemp("v") / "2023"
    folder.mkdir()
    (folder / "r.yaml").write_bytes(raw)
    out = run_cli("validate", str(folder), "-f", "json", "--allow-partial")
    assert out.exit_code in (0, 1)
    assert "Traceback" not in out.stderr
    json.loads(out.stdout)


@pytest.mark.parametrize("name", ["github-actions.yml", "gitlab-ci.yml"])
def test_documented_ci_files_parse(name: str) -> None:
    import yaml

    doc = yaml.safe_load((ROOT / "docs" / "ci" / name).read_text(encoding="utf-8"))
    text = json.dumps(doc)
    assert "spbe validate" in text
    # the documented jobs install a git+https SPBE_PACKAGE (an image with git) and name no
    # fixed or listed year folder
    assert "-slim" not in text and "ls -d" not in text and "assessments/20" not in text


def test_pre_commit_hook_definition() -> None:
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "spbe-validate"
    assert hooks[0]["entry"].startswith("spbe validate")
    assert hooks[0]["language"] == "python"
