"""The documentation stays true: the problem-code reference is what the rule table generates,
the README is short, its quick start is what CI runs, every command it shows runs, and every
relative link in the README and docs/ points at a file and heading that exist."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, run_cli
from spbe_cli.problems.reference import COMMAND, render
from spbe_cli.problems.rules import RETIRED, RULES

README = ROOT / "README.md"
DOCS = ROOT / "docs"
CODES = DOCS / "problem-codes.md"

QUICK_START = "Quick start"
WALK_THROUGH = "A day with a 2026 repository"
# The README's two commands: the first installs and runs the tool on the bundled example, the
# second is the test command `.ci/run` runs ("The README's test command").
INSTALL_AND_SCORE = (
    "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/spbe score assessments/2026"
)
INSTALL_AND_TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, str]:
    """The README by its `## ` headings (code blocks never start with `## ` here)."""
    parts = re.split(r"^## (.+)\n", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _blocks(text: str, language: str) -> list[str]:
    return [body for lang, body in _FENCE.findall(text) if lang == language]


# --- the problem-code reference ---------------------------------------------------------


def test_problem_codes_doc_is_what_the_rule_table_generates() -> None:
    assert _read(CODES) == render(), (
        f"docs/problem-codes.md is out of date with the rule table: run `.venv/bin/{COMMAND}`"
    )


def test_every_code_is_in_the_reference() -> None:
    text = _read(CODES)
    missing = [code for code in [*RULES, *RETIRED] if f"| {code} |" not in text]
    assert missing == [], f"not in docs/problem-codes.md: {missing}; run `.venv/bin/{COMMAND}`"


def test_the_reference_is_generated_by_its_module(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "spbe_cli.problems.reference"],
        capture_output=True,
        check=True,
        cwd=tmp_path,
    )
    assert out.stdout.decode("utf-8") == render()
    assert "| X023 | error | Supporting unit sets a level |" in render()


# --- the README -------------------------------------------------------------------------


def test_readme_is_short() -> None:
    lines = _read(README).splitlines()
    assert len(lines) <= 250, f"README.md has {len(lines)} lines; the reference goes in docs/"


def test_quick_start_is_what_ci_runs() -> None:
    section = _sections(_read(README))[QUICK_START]
    assert [b.strip() for b in _blocks(section, "sh")] == [INSTALL_AND_SCORE, INSTALL_AND_TEST]
    assert "(2,48, Cukup)" in section
    ci = _read(ROOT / ".ci" / "run").splitlines()
    assert ".venv/bin/pytest" in ci, ".ci/run no longer runs the README's test command"
    assert re.search(r"^test = \[", _read(ROOT / "pyproject.toml"), re.MULTILINE)
    out = run_cli("score", str(EXAMPLE / "2026"), env={"SPBE_LANG": "id"})
    assert out.exit_code == 0 and "2,48" in out.stdout and "Cukup" in out.stdout


def _command_lines(block: str) -> list[tuple[str, int]]:
    """The command lines of an `sh` block, each with the exit code it expects: 1 when its
    comment says `exit 1`, else 0."""
    found = []
    for line in block.splitlines():
        command, _, comment = line.partition("  #")
        if command.strip():
            found.append((command.strip(), 1 if "exit 1" in comment else 0))
    return found


def _commands(section: str) -> list[tuple[str, int]]:
    return [line for block in _blocks(section, "sh") for line in _command_lines(block)]


def _run_line(line: str, expected: int, cwd: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    words = shlex.split(line)
    if words[0] == "cd":
        monkeypatch.chdir(cwd / words[1])
        return cwd / words[1]
    assert words[0] == "spbe", f"the README shows `{line}`: only spbe and cd lines are run"
    out = run_cli(*words[1:], env={"SPBE_LANG": "id"})
    assert out.exit_code == expected, f"`{line}` exited {out.exit_code}"
    assert "Traceback" not in out.stderr
    return cwd


def _write_shown_file(block: str, cwd: Path) -> None:
    """A YAML block whose first line names its file (`# assessments/...yaml`) is written."""
    first = block.splitlines()[0]
    match = re.match(r"# (assessments/\S+\.yaml)", first)
    assert match, f"a YAML block of the walk-through names no file: {first}"
    (cwd / match[1]).write_text(block, encoding="utf-8")


def test_the_readme_walk_through_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a fresh folder, in order: each `sh` line runs with its exit code, each YAML block is
    written where its first line says, and the error shown is the one `validate` prints."""
    section = _sections(_read(README))[WALK_THROUGH]
    monkeypatch.chdir(tmp_path)
    cwd = tmp_path
    for lang, body in _FENCE.findall(section):
        if lang == "yaml":
            _write_shown_file(body, cwd)
        elif lang == "sh":
            for line, expected in _command_lines(body):
                cwd = _run_line(line, expected, cwd, monkeypatch)
    unit = next(b for b in _blocks(section, "yaml") if "unit: bkpsdm" in b)
    (cwd / "assessments/2026/bkpsdm.yaml").write_text(
        unit.replace("level: 2.5", "level: 2,5"), encoding="utf-8"
    )
    shown = _blocks(section, "text")[0].strip()
    out = run_cli("validate", "-f", "text", env={"SPBE_LANG": "id"})
    assert out.exit_code == 1 and shown in out.stdout.splitlines()


def test_the_readme_commands_run_on_the_example(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every other `sh` line of the README runs in a copy of this repository's example."""
    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    sections = _sections(_read(README))
    lines = [
        command
        for title, text in sections.items()
        if title not in (QUICK_START, WALK_THROUGH)
        for command in _commands(text)
    ]
    assert lines, "the README shows no command outside its quick start and walk-through"
    for line, expected in lines:
        _run_line(line, expected, tmp_path, monkeypatch)


# --- the complete examples of docs/ -----------------------------------------------------


@pytest.mark.parametrize("name", ["file-formats.md", "panduan.md"])
def test_the_complete_pemdi_examples_validate(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The complete 2026 unit file and stage file a page shows validate beside the bundled
    example's 2026, their evidence files present: nothing but "not locked yet" (C012)."""
    blocks = _blocks(_read(DOCS / name), "yaml")
    unit = [b for b in blocks if re.search(r"^unit: bappeda\b", b, re.MULTILINE)]
    stages = [m for b in blocks if (m := re.search(r"^stage: (\w+)", b, re.MULTILINE))]
    assert len(unit) == 1 and stages, f"{name}: no complete unit file and stage file"
    root = tmp_path / "assessments"
    shutil.copytree(EXAMPLE, root)
    (root / "2026" / "bappeda.yaml").write_text(unit[0], encoding="utf-8")
    for stage in stages:
        (root / "2026" / f"_{stage[1]}.yaml").write_text(stage.string, encoding="utf-8")
    for evidence in re.findall(r"^\s+path: (\S+)", unit[0], re.MULTILINE):
        (root / evidence).parent.mkdir(parents=True, exist_ok=True)
        (root / evidence).write_bytes(b"%PDF-1.4\n")
    monkeypatch.chdir(tmp_path)
    out = run_cli("validate", "assessments/2026", "-f", "json")
    assert out.exit_code == 0
    assert {p["code"] for p in out.json()["problems"]} <= {"C012"}


# --- links ------------------------------------------------------------------------------


def _prose(text: str) -> str:
    """Text without code blocks and code spans, where a link or a heading is one."""
    return _CODE_SPAN.sub("", _FENCE.sub("", text))


def _anchors(path: Path) -> set[str]:
    """GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, -1, -2 ...
    for repeats."""
    seen: dict[str, int] = {}
    found = set()
    for heading in re.findall(r"^#{1,6} (.+)$", _FENCE.sub("", _read(path)), re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def _broken_links(path: Path) -> list[str]:
    broken = []
    for target in _LINK.findall(_prose(_read(path))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):
            continue  # http(s) and other absolute links
        file, _, anchor = target.partition("#")
        resolved = (path.parent / file).resolve() if file else path
        if not resolved.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and resolved.suffix == ".md" and anchor not in _anchors(resolved):
            broken.append(f"{target} (no such heading)")
    return broken


@pytest.mark.parametrize(
    "path", [README, *sorted(DOCS.glob("*.md"))], ids=lambda p: str(p.relative_to(ROOT))
)
def test_relative_links_point_at_files_and_headings(path: Path) -> None:
    assert _broken_links(path) == []
