"""What CI systems read from ``spbe validate``, checked with the real consumers: SARIF within
GitHub's limits and accepted by Microsoft's SARIF multitool at warning level, paths that link
from the top of the checkout, and the pre-commit hook ``spbe init`` writes, run by pre-commit."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from conftest import ROOT, run_cli, write

# The broken year of test_cli_validate: an unknown indicator (X001) at line 7, column 3.
BROKEN = """
unit: a
year: 2023
indicators:
  I1:
    level: 2
    explanation: Sudah ada peraturan wali kota.
  I99:
    level: 3
"""
ISOLATED_GIT = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Uji",
    "GIT_AUTHOR_EMAIL": "uji@example.org",
    "GIT_COMMITTER_NAME": "Uji",
    "GIT_COMMITTER_EMAIL": "uji@example.org",
}


def git_init(folder: Path) -> None:
    env = {**os.environ, **ISOLATED_GIT}
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=folder, env=env, check=True)


def sarif_run(*args: str) -> Any:
    out = run_cli("validate", *args, "-f", "sarif")
    assert out.exit_code == 1
    return json.loads(out.stdout)["runs"][0]


# --- SARIF within GitHub's limits ----------------------------------------------------------


def test_every_rule_has_a_pascal_case_name_of_its_own() -> None:
    from spbe_cli.problems.rules import RULES
    from spbe_cli.render.problems import sarif_name

    names = {code: sarif_name(code) for code in RULES}
    # The multitool's own test of a "Pascal-case identifier" (SARIF2012) refuses one-letter words.
    assert all(re.fullmatch(r"(?:[A-Z][a-z0-9]+)+", name) for name in names.values()), names
    assert len(set(names.values())) == len(names)
    assert not any(name == code for code, name in names.items())
    assert names["Y001"] == "YamlSyntaxError" and names["C009"] == "PathIsFolder"


def _many_problems(root: Path) -> Path:
    """A repository with 26,000 warnings (typographic quotes, Y019) in two files, and errors:
    the list too long in both (S004), an unknown indicator in the file sorted last (X001)."""
    write(root / "spbe.yaml", "instansi: Pemerintah Kota Uji\n")
    year = root / "assessments" / "2023"
    for unit in ("a", "b"):
        lines = ["indicators:", "  I1:", "    level: 3", "    explanation: Ada.", "    evidence:"]
        for n in range(13_000):
            lines += [f"      - title: “Dokumen {n}”", f"        url: https://contoh.go.id/{n}"]
        write(year / f"{unit}.yaml", f"unit: {unit}\nyear: 2023\n" + "\n".join(lines) + "\n")
    write(year / "z.yaml", "unit: z\nyear: 2023\nindicators:\n  I99:\n    level: 3\n")
    return root


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = _many_problems(tmp_path_factory.mktemp("banyak"))
    git_init(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        out = run_cli("validate", "-f", "sarif")
        assert out.exit_code == 1
        (root / "spbe.sarif").write_text(out.stdout, encoding="utf-8")
        yield root


def test_sarif_keeps_the_25000_most_severe_and_says_how_many_are_left_out(many: Path) -> None:
    run = json.loads((many / "spbe.sarif").read_text(encoding="utf-8"))["runs"][0]
    results = run["results"]
    assert len(results) == 25_000
    levels = [r["level"] for r in results]
    assert levels.count("error") == 3  # every error kept, also the one listed last
    assert results[-1]["ruleId"] == "X001"
    assert results[-1]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "assessments/2023/z.yaml",
        "uriBaseId": "SRCROOT",
    }
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["S004", "X001", "Y019"]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is True
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "warning"
    assert note["message"]["text"].startswith(
        "1003 dari 26003 masalah tidak dimuat: GitHub menerima paling banyak 25000 hasil per run"
    )


def test_a_folder_outside_the_checkout_gets_absolute_uris(
    year_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("luar")
    write(outside / "spbe.yaml", "instansi: Pemerintah Kota Luar\n")
    write(outside / "assessments" / "2023" / "a.yaml", BROKEN)
    git_init(year_dir.parent.parent)
    run = sarif_run(str(outside / "assessments" / "2023"))
    places = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    x001 = next(p for r, p in zip(run["results"], places, strict=True) if r["ruleId"] == "X001")
    assert x001 == {
        "artifactLocation": {"uri": (outside / "assessments" / "2023" / "a.yaml").as_uri()},
        "region": {"startLine": 7, "startColumn": 3},
    }
    assert all("uriBaseId" not in p["artifactLocation"] for p in places)
    assert all(p["region"]["startLine"] >= 1 for p in places)  # whole-file problems: line 1
    (invocation,) = run["invocations"]
    assert invocation["workingDirectory"]["uri"] == year_dir.parent.parent.as_uri() + "/"


def test_the_multitool_accepts_every_kind_of_run_at_warning_level(
    many: Path, year_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A normal run, one over GitHub's 25,000 results, one outside the checkout: no error and no
    warning from Microsoft's SARIF multitool (CI sets SPBE_SARIF_MULTITOOL, see .ci/run). Its
    GitHub rules (GH10xx) report nothing in version 5.7.0, so the limit is checked above."""
    tool = os.environ.get("SPBE_SARIF_MULTITOOL")
    if not tool:
        if os.environ.get("CI"):
            pytest.fail("CI must set SPBE_SARIF_MULTITOOL (see .ci/run)")
        pytest.skip("the SARIF multitool is not installed here (CI installs it)")
    repo = year_dir.parent.parent
    write(year_dir / "a.yaml", BROKEN)
    (year_dir / "kosong file.yaml").write_text("", encoding="utf-8")
    git_init(repo)
    outside = tmp_path_factory.mktemp("luar")
    write(outside / "spbe.yaml", "instansi: Pemerintah Kota Luar\n")
    write(outside / "assessments" / "2023" / "a.yaml", BROKEN)
    logs = {
        "normal.sarif": run_cli("validate", "-f", "sarif").stdout,
        "luar.sarif": run_cli("validate", str(outside / "assessments"), "-f", "sarif").stdout,
    }
    for name, text in logs.items():
        (repo / name).write_text(text, encoding="utf-8")
    targets = [str(repo / name) for name in logs] + [str(many / "spbe.sarif")]
    _multitool(tool, targets, repo / "hasil.sarif")


def _multitool(tool: str, targets: list[str], log: Path) -> None:
    options = ["-o", str(log), "--log", "ForceOverwrite", "--level", "Error;Warning"]
    options += ["--rule-kind", "Sarif;Ghas"]
    options += ["--max-file-size-in-kb", "1000000"]  # it skips bigger files (10 MB) by default
    done = subprocess.run(
        [tool, "validate", *targets, *options],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    run = json.loads(log.read_text("utf-8"))["runs"][0]
    (invocation,) = run["invocations"]
    # It analysed every file: nothing skipped, no configuration or execution trouble.
    assert invocation["executionSuccessful"] is True, invocation
    assert not invocation.get("toolConfigurationNotifications"), invocation
    assert not invocation.get("toolExecutionNotifications"), invocation
    assert done.returncode == 0 and run["results"] == [], done.stdout[-4000:]


# --- paths that link from the top of the checkout ------------------------------------------


def test_ci_paths_are_from_the_checkout_top_and_text_keeps_them_as_typed(year_dir: Path) -> None:
    write(year_dir / "a.yaml", BROKEN)
    git_init(year_dir.parent.parent)
    os.chdir(year_dir)  # a subfolder of the checkout
    github = run_cli("validate", ".", "-f", "github").stdout
    assert "::error file=assessments/2023/a.yaml,line=7,col=3,title=X001::" in github
    assert "\nassessments/2023/a.yaml:7:3: error X001 " in github  # the log list agrees
    gitlab = json.loads(run_cli("validate", ".", "-f", "gitlab").stdout)
    assert {i["location"]["path"] for i in gitlab} == {
        "assessments/2023",
        "assessments/2023/a.yaml",
    }
    junit = ET.fromstring(run_cli("validate", ".", "-f", "junit").stdout)
    names = {case.get("name") for case in junit.iter("testcase")}
    assert {"assessments/2023", "assessments/2023/a.yaml", "spbe.yaml"} <= names
    sarif = json.loads(run_cli("validate", ".", "-f", "sarif").stdout)["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif}
    assert uris == {"assessments/2023", "assessments/2023/a.yaml"}
    # text and JSON: as the user typed them, from the working folder
    text = run_cli("validate", ".", "-f", "text").stdout
    assert text.startswith(".:0:0: ") and "\na.yaml:7:3: error X001 " in text
    doc = run_cli("validate", ".", "-f", "json").json()
    assert {p["path"] for p in doc["problems"]} == {".", "a.yaml"}


def test_ci_paths_outside_the_checkout_stay_absolute(
    year_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("luar")
    write(outside / "spbe.yaml", "instansi: Pemerintah Kota Luar\n")
    unit = write(outside / "assessments" / "2023" / "a.yaml", BROKEN)
    git_init(year_dir.parent.parent)
    folder = str(outside / "assessments" / "2023")
    github = run_cli("validate", folder, "-f", "github").stdout
    assert f"::error file={unit},line=7,col=3,title=X001::" in github
    gitlab = json.loads(run_cli("validate", folder, "-f", "gitlab").stdout)
    assert str(unit) in {i["location"]["path"] for i in gitlab}
    junit = ET.fromstring(run_cli("validate", folder, "-f", "junit").stdout)
    assert str(unit) in {case.get("name") for case in junit.iter("testcase")}


# --- the pre-commit hook, run by pre-commit itself -----------------------------------------


def _tools() -> Path:
    """The folder of this Python's scripts, where pre-commit and spbe are installed."""
    scripts = Path(sys.executable).parent
    if not (shutil.which("pre-commit", path=scripts) and shutil.which("spbe", path=scripts)):
        if os.environ.get("CI"):
            pytest.fail("pre-commit (the test extra) and spbe must be installed beside Python")
        pytest.skip("pre-commit is not installed here: pip install -e '.[test]'")
    return scripts


def _fill_in_with_evidence(repo: Path) -> None:
    """One answered indicator with one evidence file, locked."""
    write(repo / "evidence" / "2026" / "rencana-aksi.pdf", "%PDF-1.4 rencana aksi\n")
    unit = repo / "assessments" / "2026" / "diskominfo.yaml"
    text = unit.read_text(encoding="utf-8")
    answered = (
        "  I1:\n    level: 2\n"
        "    explanation: Rencana aksi Pemdi disusun dan dijalankan pada sebagian layanan.\n"
        "    evidence:\n      - title: Rencana aksi\n        path: evidence/2026/rencana-aksi.pdf\n"
    )
    assert "  I1:\n    level: null\n" in text
    unit.write_text(text.replace("  I1:\n    level: null\n", answered, 1), encoding="utf-8")


def test_pre_commit_blocks_a_broken_commit_and_a_deleted_locked_evidence_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = _tools()
    repo = tmp_path / "repo"
    assert run_cli("init", str(repo), "--instansi", "Kota Uji", "--year", "2026").exit_code == 0
    _fill_in_with_evidence(repo)
    monkeypatch.chdir(repo)
    assert run_cli("evidence", "lock").exit_code == 0
    env = {
        "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp_path / "home"),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"),
        "LANG": "C.UTF-8",
        **ISOLATED_GIT,
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=repo, env=env, capture_output=True, text=True, timeout=120, check=False
        )

    def commits() -> int:
        return int(run("git", "rev-list", "--count", "HEAD").stdout or 0)

    git_init(repo)
    assert run("pre-commit", "validate-config", ".pre-commit-config.yaml").returncode == 0
    assert run("pre-commit", "install").returncode == 0
    run("git", "add", "-A")
    clean = run("git", "commit", "-q", "-m", "awal")
    assert clean.returncode == 0 and commits() == 1, clean.stdout + clean.stderr
    assert re.search(r"spbe validate\.+Passed", clean.stdout + clean.stderr)

    unit = repo / "assessments" / "2026" / "diskominfo.yaml"
    unit.write_text(unit.read_text("utf-8").replace("level: 2\n", "level: 9\n", 1), "utf-8")
    run("git", "add", str(unit))
    broken = run("git", "commit", "-q", "-m", "tingkat 9")
    assert broken.returncode != 0 and commits() == 1
    assert " error S005 " in broken.stdout + broken.stderr
    assert run("git", "diff", "--cached", "--name-only").stdout.split() == [
        "assessments/2026/diskominfo.yaml"
    ]
    run("git", "reset", "-q", "--hard")

    # Only a deletion staged: pre-commit passes no deleted file to a hook, so only always_run
    # runs it, and spbe finds the locked file gone (C011).
    run("git", "rm", "-q", "evidence/2026/rencana-aksi.pdf")
    deleted = run("git", "commit", "-q", "-m", "hapus data dukung")
    assert deleted.returncode != 0 and commits() == 1
    assert " error C011 " in deleted.stdout + deleted.stderr


def test_the_repository_hook_manifest_is_valid_and_runs_on_every_commit() -> None:
    import yaml

    scripts = _tools()
    manifest = ROOT / ".pre-commit-hooks.yaml"
    done = subprocess.run(
        [str(scripts / "pre-commit"), "validate-manifest", str(manifest)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (hook,) = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    assert hook["always_run"] is True and hook["pass_filenames"] is False and "files" not in hook
