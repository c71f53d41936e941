"""Shared helpers: run the CLI as a user would, and write small assessment repositories."""

from __future__ import annotations

import json
import os
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis.database import DirectoryBasedExampleDatabase
from typer.testing import CliRunner

from spbe_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "assessments"

# CI runs the property tests on the same examples every time (a red CI is then always
# reproducible); locally they search at random, which is where new counter-examples come from,
# and replay the failures found before from one database at the root (whatever folder a test
# or an xdist worker is in). No deadline: the workers share the cores, so a per-example time
# limit would measure the machine, not the code (the time bounds the tool promises are tested
# as such, with their own margins).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, deadline=None)
settings.register_profile(
    "dev", database=DirectoryBasedExampleDatabase(ROOT / ".hypothesis" / "examples"), deadline=None
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(*args: str, env: Mapping[str, str] | None = None) -> Run:
    """Invoke ``spbe`` in-process; print both streams so a failing test shows them."""
    result = CliRunner().invoke(app, list(args), env=dict(env or {}), catch_exceptions=False)
    run = Run(result.exit_code, result.stdout, result.stderr)
    print(
        f"$ spbe {' '.join(args)}\n[exit {run.exit_code}]\n--- stdout\n{run.stdout}"
        f"\n--- stderr\n{run.stderr}"
    )
    return run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def unit_file(folder: Path, unit: str, levels: Mapping[str, int | None], year: int = 2023) -> Path:
    lines = [f"unit: {unit}", f"year: {year}", "indicators:"]
    for ident, level in levels.items():
        lines += [f"  {ident}:", f"    level: {'null' if level is None else level}"]
    if not levels:
        lines[-1] = "indicators: {}"
    return write(folder / f"{unit}.yaml", "\n".join(lines) + "\n")


def all_levels(level: int, **overrides: int) -> dict[str, int]:
    levels = {f"I{n}": level for n in range(1, 48)}
    levels.update(overrides)
    return levels


@pytest.fixture
def year_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty ``<repo>/assessments/2023`` with a ``spbe.yaml``; the cwd is the repo."""
    write(tmp_path / "spbe.yaml", "instansi: Pemerintah Kota Uji\n")
    folder = tmp_path / "assessments" / "2023"
    folder.mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture
def example_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled example (its root holds spbe.yaml and the years); the cwd."""
    import shutil

    root = tmp_path / "contoh"
    shutil.copytree(EXAMPLE, root)
    monkeypatch.chdir(root)
    return root
