"""A pull request may be written by someone who wants a bad answer to pass the gate, wants to
run code on the CI runner, or wants to destroy an input. Each test here is one such attempt,
made through the CLI exactly as CI runs it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import run_cli, write


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An ``spbe init`` repository for 2025, every indicator answered, the cwd its root."""
    root = tmp_path / "kab"
    assert (
        run_cli("init", str(root), "--instansi", "Kabupaten Uji", "--year", "2025").exit_code == 0
    )
    for unit_path in sorted((root / "assessments" / "2025").glob("*.yaml")):
        text = unit_path.read_text(encoding="utf-8").replace("level: null", "level: 1")
        unit_path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    assert run_cli("validate").exit_code == 0
    return root


def codes(out_stdout: str) -> set[tuple[str, str]]:
    """(file name, code) of every problem line of the text format."""
    found = set()
    for line in out_stdout.splitlines():
        head, _, rest = line.partition(": ")
        if rest.split(" ", 1)[0] in ("error", "warning"):
            found.add((Path(head.split(":")[0]).name, rest.split()[1]))
    return found


def break_unit(repo: Path) -> None:
    bpkad = repo / "assessments" / "2025" / "bpkad.yaml"
    bpkad.write_text(bpkad.read_text("utf-8").replace("level: 1", "level: 9", 1), "utf-8")


@pytest.mark.parametrize(
    "name, text",
    [
        ("effort.yaml", "default: 1\n"),
        ("palsu.yaml", "unit: palsu\nyear: 2025\nindicators:\n  I1:\n    level: 1\n"),
    ],
)
def test_a_root_yaml_file_does_not_replace_the_check(repo: Path, name: str, text: str) -> None:
    break_unit(repo)
    write(repo / name, text)
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert ("bpkad.yaml", "S005") in codes(out.stdout)
    assert run_cli("validate", ".", "--format", "text").exit_code == 1


def test_validate_from_inside_a_year_checks_the_whole_repository(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(repo / "assessments" / "2024" / "bpkad.yaml", "unit: bpkad\nyear: 2024\nindicators: 3\n")
    monkeypatch.chdir(repo / "assessments" / "2025")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert "assessments/2024/bpkad.yaml" in out.stdout.replace("../2024", "assessments/2024")


@pytest.mark.parametrize("folder", ["2025 ", "2025-final", "lama-2024"])
def test_odd_year_folders_are_reported(repo: Path, folder: str) -> None:
    odd = repo / "assessments" / folder
    odd.mkdir()
    write(odd / "bpkad.yaml", "unit: bpkad\nyear: 2025\nindicators:\n  I1:\n    level: 0\n")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert f"X019 folder `assessments/{folder}` bukan folder tahun" in out.stdout
    given = run_cli("score", f"assessments/{folder}")
    assert given.exit_code == 1
    assert "X019" in given.stderr


@pytest.mark.parametrize(
    "name", ["bpkad.yaml.txt", "Bpkad.YAML", "x.yml.bak", "_draft.yaml", ".bpkad.yaml", "spbe.yaml"]
)
def test_unread_files_in_a_year_folder_are_reported(repo: Path, name: str) -> None:
    write(repo / "assessments" / "2025" / name, "unit: x\nyear: 2025\nindicators: {}\n")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert (name, "X020") in codes(out.stdout)


def test_a_spbe_yaml_in_a_year_folder_is_not_the_configuration(repo: Path) -> None:
    """Its empty registry would switch off the unit checks for that year."""
    write(repo / "assessments" / "2025" / "spbe.yaml", "instansi: Palsu\nunits: {}\n")
    write(repo / "assessments" / "2025" / "palsu.yaml", "unit: palsu\nyear: 2025\nindicators: {}\n")
    out = run_cli("validate", "assessments/2025", "--format", "text")
    assert ("palsu.yaml", "X011") in codes(out.stdout)
    assert ("spbe.yaml", "X020") in codes(out.stdout)


@pytest.mark.parametrize("text", ["# diisi nanti\n", "~\n", "---\n", "--- # kosong\n...\n"])
def test_an_emptied_unit_file_fails_and_its_indicators_count_as_missing(
    repo: Path, text: str
) -> None:
    (repo / "assessments" / "2025" / "bpkad.yaml").write_text(text, encoding="utf-8")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    found = codes(out.stdout)
    assert ("bpkad.yaml", "Y008") in found
    assert ("2025", "X003") in found


def test_an_emptied_lock_or_config_fails(repo: Path) -> None:
    for name in ("spbe.yaml", "spbe-evidence.lock"):
        (repo / name).write_text("~\n", encoding="utf-8")
        out = run_cli("validate", "--format", "text")
        assert out.exit_code == 1
        assert (name, "Y008") in codes(out.stdout)


def test_an_empty_catalogue_is_an_error_everywhere(repo: Path) -> None:
    write(repo / "indicators" / "kosong.yaml", "# katalog menyusul\n")
    out = run_cli("catalogue", "check", "indicators/kosong.yaml")
    assert out.exit_code == 1
    assert "Y008" in out.stdout + out.stderr
    score = run_cli("score", "assessments/2025", "--catalogue", "indicators/kosong.yaml")
    assert score.exit_code == 1
    assert "Y008" in score.stderr


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-urandom", "outside"])
@pytest.mark.parametrize("name", ["bpkad.yaml", "_final.yaml", "spbe.yaml", "spbe-evidence.lock"])
def test_files_that_are_not_files_are_refused_quickly(
    repo: Path, tmp_path: Path, kind: str, name: str
) -> None:
    target = repo / name if name.startswith("spbe") else repo / "assessments" / "2025" / name
    if target.exists():
        target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "outside":
        secret = write(tmp_path / "rahasia.yaml", "kunci_rahasia_sekali: 1\n")
        target.symlink_to(secret)
    else:
        target.symlink_to("/dev/zero" if kind == "dev-zero" else "/dev/urandom")
    started = time.monotonic()
    out = run_cli("validate", "--format", "text")
    assert time.monotonic() - started < 10
    assert out.exit_code == 1
    assert (name, "Y014" if kind == "fifo" else "Y015") in codes(out.stdout)
    assert "kunci_rahasia_sekali" not in out.stdout


def test_a_catalogue_outside_the_repository_is_not_read(repo: Path, tmp_path: Path) -> None:
    write(tmp_path / "luar.yaml", "rahasia_negara: 1\n")
    for unit_path in (repo / "assessments" / "2025").glob("*.yaml"):
        text = unit_path.read_text("utf-8")
        unit_path.write_text(text.replace("spbe-2020", f"{tmp_path}/luar.yaml"), "utf-8")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert "Y015" in out.stdout
    assert "rahasia_negara" not in out.stdout
