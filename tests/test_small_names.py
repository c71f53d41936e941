"""Small names people get wrong: a misspelt stage file or unit gets the name it likely meant,
``spbe catalogue check`` takes a bundled catalogue's id as ``show`` does, and the ``.gitignore``
of ``spbe init`` keeps the workbooks and handouts spbe makes out of git, never the evidence."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli


def _problems(*args: str) -> list[dict[str, Any]]:
    out = run_cli("validate", *args, "--format", "json")
    assert out.exit_code == 1
    problems: list[dict[str, Any]] = out.json()["problems"]
    return problems


def _only(problems: list[dict[str, Any]], code: str, path: str) -> dict[str, Any]:
    found = [p for p in problems if p["code"] == code and p["path"] == path]
    assert len(found) == 1, problems
    return found[0]


# --- a misspelt stage file ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("_dokuman.yaml", "_dokumen.yaml"),
        ("_finall.yaml", "_final.yaml"),
        ("_Final.yaml", "_final.yaml"),
        ("_interview.yaml", "_interviu.yaml"),
        ("_visitasi.yml", "_visitasi.yaml"),
    ],
)
def test_a_misspelt_stage_file_names_the_stage_file_it_meant(
    example_copy: Path, name: str, meant: str
) -> None:
    shutil.copy(example_copy / "2026" / "_dokumen.yaml", example_copy / "2026" / name)
    found = _only(_problems("2026"), "X020", f"2026/{name}")
    assert (found["line"], found["column"]) == (0, 0)  # the file itself
    assert found["message"].endswith(f"; mungkin maksudnya `{meant}`?")
    english = run_cli("validate", "2026", "--format", "text", "--lang", "en")
    line = next(x for x in english.stdout.splitlines() if x.startswith(f"2026/{name}:0:0:"))
    assert " error X020 " in line and line.endswith(f"; did you mean `{meant}`?")


@pytest.mark.parametrize("name", ["_notes.yaml", "_final.yaml.bak", "Bpkad.YAML", "spbe.yaml"])
def test_a_stray_file_unlike_any_stage_file_gets_no_guess(example_copy: Path, name: str) -> None:
    (example_copy / "2026" / name).write_text("stage: final\n", encoding="utf-8")
    found = _only(_problems("2026"), "X020", f"2026/{name}")
    assert found["message"].endswith("pindahkan ke luar folder tahun")


# --- a misspelt unit ----------------------------------------------------------------------------


def test_a_recommendation_for_a_misspelt_unit_names_the_unit_it_meant(example_copy: Path) -> None:
    final = example_copy / "2026" / "_final.yaml"
    text = final.read_text("utf-8")
    assert text.count("    unit: diskominfo\n") == 1 and "    unit: organisasi\n" in text
    text = text.replace("    unit: diskominfo\n", "    unit: diskominfoo\n")
    final.write_text(text.replace("    unit: organisasi\n", "    unit: zzz\n"), "utf-8")
    problems = [p for p in _problems("2026") if p["code"] == "X011"]
    near = [p for p in problems if "`diskominfoo`" in p["message"]]
    assert [(p["path"], p["line"], p["column"]) for p in near] == [("2026/_final.yaml", 29, 11)]
    assert near[0]["message"].endswith("organisasi, pbj; mungkin maksudnya `diskominfo`?)")
    far = [p for p in problems if "`zzz`" in p["message"]]
    assert far and all(p["message"].endswith("organisasi, pbj)") for p in far)  # no guess
    english = run_cli("validate", "2026", "--format", "text", "--lang", "en")
    assert "pbj; did you mean `diskominfo`?)" in english.stdout


def test_a_misspelt_unit_file_names_the_unit_it_meant(example_copy: Path) -> None:
    old = example_copy / "2026" / "hukum.yaml"
    text = old.read_text("utf-8").replace("unit: hukum\n", "unit: hukumm\n")
    (example_copy / "2026" / "hukumm.yaml").write_text(text, "utf-8")
    old.unlink()
    found = _only(_problems("2026"), "X011", "2026/hukumm.yaml")
    assert found["message"].endswith("; mungkin maksudnya `hukum`?)")


# --- spbe catalogue check -------------------------------------------------------------------------


def test_catalogue_check_takes_a_bundled_id_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no indicators/ here: the id names the bundled catalogue
    out = run_cli("catalogue", "check", "pemdi-2026", "spbe-2020")
    assert out.exit_code == 0
    assert out.stdout.splitlines() == [
        "pemdi-2026: katalog pemdi-2026 utuh (7 aspek, 20 indikator, tingkat 1-5)",
        "spbe-2020: katalog spbe-2020 utuh (4 domain, 8 aspek, 47 indikator, tingkat 1-5)",
    ]
    english = run_cli("catalogue", "check", "pemdi-2026", "--lang", "en")
    assert english.stdout == (
        "pemdi-2026: catalogue pemdi-2026 is sound (7 aspects, 20 indicators, levels 1-5)\n"
    )


def test_catalogue_check_still_reads_files_and_names_unknown_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_cli.base.resources import catalogue_dir

    monkeypatch.chdir(tmp_path)
    shutil.copy(catalogue_dir() / "pemdi-2026.yaml", tmp_path / "mine.yaml")
    out = run_cli("catalogue", "check", "mine.yaml")
    assert out.exit_code == 0
    assert out.stdout == "mine.yaml: katalog pemdi-2026 utuh (7 aspek, 20 indikator, tingkat 1-5)\n"
    unknown = run_cli("catalogue", "check", "pemdi2026")
    assert unknown.exit_code == 1
    assert unknown.stderr.startswith(
        "pemdi2026:0:0: error X007 katalog `pemdi2026` tidak dikenal; yang tersedia: pemdi-2026, "
    )
    missing = run_cli("catalogue", "check", "nope.yaml")  # a file's name stays a file's
    assert missing.exit_code == 1 and missing.stderr.startswith("nope.yaml:0:0: error Y011 ")


# --- .gitignore of spbe init --------------------------------------------------------------------


def _ignored(root: Path, paths: list[str]) -> set[str]:
    """The paths of ``paths`` that git ignores in ``root`` (no user or system git setting)."""
    env = {
        **os.environ,
        "HOME": str(root.parent),
        "XDG_CONFIG_HOME": str(root.parent),
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    out = subprocess.run(
        ["git", "check-ignore", "--stdin"],
        cwd=root,
        input="\n".join(paths) + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr
    return set(out.stdout.splitlines())


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_init_ignores_the_default_outputs_and_never_the_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_cli.app.output import find_chromium

    root = tmp_path / "kab"
    assert (
        run_cli("init", str(root), "--instansi", "Kabupaten Uji", "--year", "2025").exit_code == 0
    )
    for unit_path in (root / "assessments" / "2025").glob("*.yaml"):
        unit_path.write_text(unit_path.read_text("utf-8").replace("level: null", "level: 1"))
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    monkeypatch.chdir(root)
    assert run_cli("sheet", "bpkad").exit_code == 0
    assert run_cli("sheet", "--all").exit_code == 0
    assert run_cli("export", "assessments/2025").exit_code == 0
    handouts = ["kabupaten-uji-2025.pdf", "kabupaten-uji-2025-bpkad.pdf"]
    if find_chromium() is not None:
        assert run_cli("report", "assessments/2025", "-f", "pdf").exit_code == 0
        assert run_cli("report", "assessments/2025", "-f", "pdf", "--unit", "bpkad").exit_code == 0
    else:  # the names the report writes without a browser to write them (see test_report)
        for name in handouts:
            (root / name).write_bytes(b"%PDF")
    made = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.suffix in (".xlsx", ".pdf") and ".git" not in p.parts
    )
    expected = [
        *handouts,
        "isian-2025/kabupaten-uji-2025-bpkad.xlsx",
        "kabupaten-uji-2025-bpkad.xlsx",
        "kabupaten-uji-2025.xlsx",
    ]
    assert set(expected) <= set(made)
    kept = [
        "evidence/2025/anggaran-2025.xlsx",
        "evidence/2025/rekap-2025-final.xlsx",
        "evidence/2025/kabupaten-uji-2025.xlsx",
        "evidence/2025/perbup-2025.pdf",
        "assessments/2025/rekap-2025.xlsx",
        "assessments/2025/catatan-2025.pdf",
    ]
    for name in kept:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"data")
    assert _ignored(root, made) == set(made)
    assert _ignored(root, kept) == set()
