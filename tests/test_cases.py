"""Data-driven cases: each folder under tests/cases is one regression test.

``invalid/<case>/`` holds a ``2023/`` folder (and any ``spbe.yaml`` or evidence it needs) and
``expected.txt``, the exact problem lines (``path:line:col: severity code message``) that
``spbe validate`` prints there. By default the command is
``spbe validate --ignore X003,C001,C002 2023`` so that a case shows only what it is about; an
``args.txt`` (one argument per line) replaces it. ``valid/<case>/`` must validate (with
``--allow-partial``) and score with exit 0.

``SPBE_UPDATE_CASES=1 pytest tests/test_cases.py`` rewrites the expected files from the current
output: review the diff before committing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLE, run_cli
from workbook_recipes import RECIPES

CASES = Path(__file__).parent / "cases"
PROBLEM_LINE = re.compile(r"^\S+:\d+:\d+: (error|warning) [A-Z]\d{3} ")
DEFAULT_ARGS = ["validate", "--ignore", "X003,C001,C002", "2023"]


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (CASES / kind).iterdir() if p.is_dir())


@pytest.fixture
def links(request: pytest.FixtureRequest) -> Iterator[None]:
    """``links.txt`` in a case (``path -> target`` per line) names symbolic links that the case
    needs; they are made for the test and removed after it, so that the source distribution
    holds no link (pip refuses an sdist with a link that points out of it)."""
    case: Path = request.node.callspec.params["case"]
    spec = case / "links.txt"
    made = []
    if spec.exists():
        for line in spec.read_text("utf-8").splitlines():
            name, _, target = (part.strip() for part in line.partition("->"))
            link = case / name
            if name and not link.is_symlink():
                link.symlink_to(target)
                made.append(link)
    try:
        yield
    finally:
        for link in made:
            link.unlink()


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
@pytest.mark.usefixtures("links")
def test_invalid(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    args_file = case / "args.txt"
    args = args_file.read_text("utf-8").split() if args_file.exists() else DEFAULT_ARGS
    out = run_cli(*args, "--format", "text")
    lines = [line for line in out.stdout.splitlines() if PROBLEM_LINE.match(line)]
    expected_file = case / "expected.txt"
    if os.environ.get("SPBE_UPDATE_CASES"):
        expected_file.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    assert lines == expected_file.read_text(encoding="utf-8").splitlines()
    assert lines, "an invalid case must produce at least one problem"
    assert out.exit_code == 1
    assert "Traceback" not in out.stderr
    score = run_cli("score", "2023", "--format", "json")
    assert score.exit_code in (0, 1)
    assert "Traceback" not in score.stderr
    if score.exit_code == 1:
        assert score.stdout == ""


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    out = run_cli("validate", "--allow-partial", "2023", "--format", "json")
    assert out.exit_code == 0
    assert out.json()["summary"]["errors"] == 0
    score = run_cli("score", "2023", "--format", "json")
    assert (score.exit_code, score.stderr) == (0, "")


# --- workbooks brought back to `spbe import` ------------------------------------------------

WORKBOOKS = CASES / "workbooks"
WORKBOOK_LINE = re.compile(r"^book\.\w+:\S.*?: (error|warning) [A-Z]\d{3} ")
MEMORY_LIMIT = 1536 * 1024 * 1024  # what one import may use, whatever the workbook holds
# Workbooks that import takes as they are: harmless once it reads only the sheets it needs.
ACCEPTED_WORKBOOKS = {"unread-sheet-bomb"}
# Workbooks made to exhaust memory or time: each is imported by `python -m spbe_cli` as a
# process of its own under MEMORY_LIMIT, which is what shows the bound. The others are about
# what import says: they import in-process (0.07 s instead of 0.5 s), in bounded time all the
# same.
BOUNDED_WORKBOOKS = {
    "many-rows",
    "zip-bomb",
    "unread-sheet-bomb",
    "needed-sheet-too-large",
    "needed-sheet-declares-too-many-cells",
    "needed-sheet-holds-more-cells-than-declared",
}


def _limit_memory() -> None:  # pragma: no cover - runs in the child process
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.fixture(scope="session")
def fresh_book(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """What `spbe sheet bpkad --year 2023` writes for the example: made once a worker, only
    read (every case writes its own copy into its own copy of the example)."""
    root = tmp_path_factory.mktemp("sheet") / "contoh"
    shutil.copytree(EXAMPLE, root)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        assert run_cli("sheet", "bpkad", "--year", "2023", "-o", "book.xlsx").exit_code == 0
    return (root / "book.xlsx").read_bytes()


def _import(book: Path, case: str) -> tuple[str, int]:
    """`spbe import <book> --apply` in the current folder: its stderr and its exit code."""
    args = ["import", book.name, "--apply", "--lang", "id"]
    if case not in BOUNDED_WORKBOOKS:
        out = run_cli(*args, env={"NO_COLOR": "1"})
        return out.stderr, out.exit_code
    done = subprocess.run(
        [sys.executable, "-m", "spbe_cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,  # a test child: no threads to worry about
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return done.stderr, done.returncode


def test_bounded_workbooks_are_cases() -> None:
    assert BOUNDED_WORKBOOKS.issubset(p.name for p in _cases("workbooks"))


@pytest.mark.parametrize("case", _cases("workbooks"), ids=lambda p: p.name)
def test_workbook(
    case: Path, fresh_book: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile or odd workbook: located errors, exit 1, nothing written, no traceback, in
    bounded time (and, for BOUNDED_WORKBOOKS, bounded memory)."""
    root = tmp_path / "contoh"
    shutil.copytree(EXAMPLE, root)
    monkeypatch.chdir(root)
    static = sorted(case.glob("book.*"))
    for found in static:
        shutil.copy(found, root / found.name)
    if not static:
        assert case.name in RECIPES, f"{case.name}: neither a book.* file nor a recipe"
        (root / "book.xlsx").write_bytes(fresh_book)
        RECIPES[case.name](root / "book.xlsx")
    book = next(root.glob("book.*"))
    before = {p: p.read_bytes() for p in root.rglob("*.yaml")}
    started = time.monotonic()
    stderr, exit_code = _import(book, case.name)
    elapsed = time.monotonic() - started
    lines = [line for line in stderr.splitlines() if WORKBOOK_LINE.match(line)]
    expected_file = case / "expected.txt"
    if os.environ.get("SPBE_UPDATE_CASES"):
        expected_file.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    assert "Traceback" not in stderr, stderr
    assert lines == expected_file.read_text(encoding="utf-8").splitlines(), stderr
    if case.name in ACCEPTED_WORKBOOKS:
        assert (lines, exit_code) == ([], 0), stderr
    else:
        assert lines and exit_code == 1, stderr
    assert {p: p.read_bytes() for p in root.rglob("*.yaml")} == before or case.name == (
        "yaml-changed-since"
    )
    assert elapsed < 30, f"{case.name}: {elapsed:.1f} s"
