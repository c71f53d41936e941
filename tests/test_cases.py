"""Data-driven cases: each folder under tests/cases is one regression test.

``invalid/<case>/`` holds a ``2023/`` folder and ``expected.txt``, the exact problem lines
(``path:line:col: severity code message``) that ``spbe score 2023`` must print. ``valid/<case>/``
must score with no problem at all. ``SPBE_UPDATE_CASES=1 pytest tests/test_cases.py`` rewrites
the expected files from the current output (review the diff before committing).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import run_cli

CASES = Path(__file__).parent / "cases"
PROBLEM_LINE = re.compile(r"^\S+:\d+:\d+: (error|warning) [A-Z]\d{3} ")


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (CASES / kind).iterdir() if p.is_dir())


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    out = run_cli("score", "2023", "--format", "json")
    lines = [line for line in out.stderr.splitlines() if PROBLEM_LINE.match(line)]
    expected_file = case / "expected.txt"
    if os.environ.get("SPBE_UPDATE_CASES"):
        expected_file.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    assert lines == expected_file.read_text(encoding="utf-8").splitlines()
    assert lines, "an invalid case must produce at least one problem"
    assert out.exit_code == 1
    assert out.stdout == ""
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    out = run_cli("score", "2023", "--format", "json")
    assert (out.exit_code, out.stderr) == (0, "")
    assert out.json()["format"] == 1
