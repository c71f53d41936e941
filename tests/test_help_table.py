"""Help is written once: every command and parameter takes its text, in either language, from
the help table by key (``problems/tables/help.py``); the command line declares none."""

from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Any

import pytest
import typer

from conftest import ROOT, run_cli
from spbe_cli.cli import app
from spbe_cli.cli.localized import help_keys, help_text
from spbe_cli.problems.tables.help import MESSAGES


def _tree() -> list[tuple[Any, str | None]]:
    """Every (command, parameter name) of the command line; None for the command itself."""
    found: list[tuple[Any, str | None]] = []

    def walk(command: Any) -> None:
        found.append((command, None))
        found.extend((command, p.name) for p in command.params if hasattr(p, "help"))
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(typer.main.get_command(app))
    return found


def test_every_command_and_parameter_has_help_in_both_languages() -> None:
    missing = [
        f"{command.name} {name or ''}: {help_keys(command, name)}"
        for command, name in _tree()
        if not (help_text(command, name, "id") and help_text(command, name, "en"))
    ]
    assert missing == []


def test_every_help_text_in_the_table_is_shown_by_some_command() -> None:
    used: set[str] = set()
    for command, name in _tree():
        used.update(k for k in help_keys(command, name)[:1] if k in MESSAGES)
        if name is not None and help_keys(command, name)[0] not in MESSAGES:
            used.add(help_keys(command, name)[1])
    assert sorted(set(MESSAGES) - used) == []


def test_the_command_line_declares_no_help_text_of_its_own() -> None:
    """A help text written in the code beside the table's would drift from its translation."""
    found = []
    for path in sorted((ROOT / "src" / "spbe_cli" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "help":
                found.append(f"{path.name}:{node.value.lineno}")
    assert found == []


def test_an_edited_table_text_is_what_help_shows_in_both_languages(
    monkeypatch: Any, tmp_path: Path
) -> None:
    entry = dict(MESSAGES["help.score.stages"])
    monkeypatch.setitem(
        MESSAGES, "help.score.stages", {"id": "Teks uji ubahan.", "en": "Edited test text."}
    )
    assert "Teks uji ubahan." in run_cli("score", "--help").stdout
    assert "Edited test text." in run_cli("score", "--help", "--lang", "en").stdout
    assert entry["id"] not in run_cli("score", "--help").stdout.replace("\n", " ")


def test_each_command_is_registered_by_the_module_the_entry_point_imports_for_it() -> None:
    import spbe_cli.cli as cli

    registered: dict[str, str] = {}
    for info in cli.load().registered_commands:
        callback = info.callback
        assert callback is not None
        name = info.name or callback.__name__.rstrip("_").replace("_", "-")
        registered[name] = callback.__module__.rsplit(".", 1)[1]
    for group in cli.load().registered_groups:
        assert group.name is not None
        registered[group.name] = _module_adding(group.name)
    assert registered == cli.MODULES


def _module_adding(group: str) -> str:
    for path in (ROOT / "src" / "spbe_cli" / "cli").glob("*.py"):
        if f'name="{group}"' in path.read_text("utf-8"):
            return path.stem
    raise AssertionError(group)


def test_a_command_starts_with_only_its_own_module(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; import spbe_cli.cli as c; sys.argv = ['spbe', 'explain', 'C001'];\n"
        "try:\n    c.main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('spbe_cli.cli.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    loaded = done.stdout.strip().splitlines()[-1]
    assert loaded == "['spbe_cli.cli.core', 'spbe_cli.cli.localized', 'spbe_cli.cli.validate']"


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["--lang", "en", "explain", "C001"], "C001 (warning): No explanation"),
        (["--debug", "--lang=en", "explain", "C001"], "C001 (warning): No explanation"),
        (["--help", "--lang", "en"], "Show the version and exit."),
        (["evidence", "--help", "--lang", "en"], "lock the files that were assessed"),
        (["catalogue", "--lang", "en", "--help"], "Indicator catalogues"),
    ],
)
def test_lang_before_the_command_or_beside_a_group_help_is_taken(
    args: list[str], shown: str, tmp_path: Path
) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "spbe_cli", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "SPBE_LANG": "id"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert shown in done.stdout
