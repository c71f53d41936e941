"""A bare year (``2026``) names the repository's year folder in every command, as
``spbe document`` and ``spbe snapshot`` take it, wherever the year folders sit."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli


@pytest.fixture
def top(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    made = run_cli("init", str(tmp_path / "kab"), "--instansi", "Kabupaten Uji", "--year", "2026")
    assert made.exit_code == 0, made.stderr
    monkeypatch.chdir(tmp_path / "kab")  # the top of the repository: the years sit in assessments/
    return tmp_path / "kab"


@pytest.mark.parametrize(
    "args",
    [
        ["score", "2026", "-f", "json"],
        ["plan", "2026", "--target", "1.50", "-f", "json"],
        ["evidence", "status", "2026", "-f", "json"],
        ["report", "2026", "-f", "md"],
        ["export", "2026", "-f", "json"],
    ],
)
def test_a_bare_year_is_the_repository_year_folder(top: Path, args: list[str]) -> None:
    out = run_cli(*args)
    assert out.exit_code == 0, out.stderr
    assert "X010" not in out.stderr
    assert (
        out.stdout
        == run_cli(args[0], *[a if a != "2026" else "assessments/2026" for a in args[1:]]).stdout
    )


def test_a_year_the_repository_lacks_is_still_not_found(top: Path) -> None:
    out = run_cli("score", "2025")
    assert out.exit_code == 1 and "X010" in out.stderr and "2025" in out.stderr


def test_a_folder_named_like_a_year_here_wins(top: Path) -> None:
    (top / "2026").mkdir()  # a folder of that name in the working folder is what was named
    out = run_cli("score", "2026")
    assert out.exit_code == 1 and "2026" in out.stderr
