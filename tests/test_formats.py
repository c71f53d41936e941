"""Every format of every command, through the CLI, checked by a reader of that format.

The cases are built from the renderer registries: a format added to an enum without a renderer,
or without a case here, fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
import yaml
from markdown_it import MarkdownIt

import spbe_cli
from conftest import run_cli
from spbe_cli.render.registries import REGISTRIES
from spbe_cli.render.registry import Registry
from spbe_cli.report.handout import HANDOUT
from spbe_cli.sheet.show import CHANGES

# the registries of the layers above render, which render.registries may not import
ABOVE_RENDER: tuple[Registry[Any, Any, Any], ...] = (CHANGES, HANDOUT)

# How each result kind is asked for on the example (cwd: its root). `{fmt}` is the format.
COMMANDS: dict[str, list[str]] = {
    "score": ["score", "2023", "-f", "{fmt}"],
    "scores": ["score", "2022", "2023", "-f", "{fmt}"],
    "trend": ["score", ".", "-f", "{fmt}"],
    "stages": ["score", "2022", "--stages", "-f", "{fmt}"],
    "diff": ["diff", "2022", "2023", "-f", "{fmt}"],
    "plan": ["plan", "2023", "--target", "2.9", "-f", "{fmt}"],
    "convert": ["convert", "2019", "--to", "spbe-2020", "-f", "{fmt}"],
    "problems": ["validate", "2023", "-f", "{fmt}"],
    "export": ["export", "2023", "-f", "{fmt}", "-o", "{out}"],
    "report": ["report", "2023", "-f", "{fmt}", "-o", "{out}"],
    "items": ["evidence", "status", "2026", "-f", "{fmt}"],
    "changes": ["import", "edited.xlsx", "-f", "{fmt}"],
}


def _edited_workbook(root: Path) -> None:
    """A unit's workbook with one level changed, for ``spbe import`` to show."""
    from openpyxl import load_workbook

    assert run_cli("sheet", "bpkad", "--year", "2023", "-o", "edited.xlsx").exit_code == 0
    book: Any = load_workbook(root / "edited.xlsx")
    sheet = book["Indikator"]
    row = next(r for r in range(4, sheet.max_row + 1) if sheet.cell(r, 1).value == "I24")
    sheet.cell(row, 5).value = "3 - Terdefinisi"
    book.save(root / "edited.xlsx")


# What a command needs before it has something to show (cwd: the example's copy).
SETUP: dict[str, Callable[[Path], None]] = {"changes": _edited_workbook}


def _markdown_with_table(text: str) -> None:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    kinds = {t.type for t in tokens}
    assert "heading_open" in kinds and "table_open" in kinds, text[:300]


def _markdown_table(text: str) -> None:
    # `spbe import -f md`: the table alone, its summary goes to stderr
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert "table_open" in {t.type for t in tokens}, text[:300]


def _json(text: str) -> None:
    assert isinstance(json.loads(text), dict | list)


def _csv(text: str) -> None:
    # the excel-id dialect starts with a byte order mark and separates with `;`
    excel = text.startswith("\ufeff")
    rows = list(
        csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";" if excel else ",")
    )
    assert len(rows) >= 2 and len({len(r) for r in rows}) == 1, rows[:3]


def _table(text: str) -> None:
    # a terminal table: text, neither JSON nor a Markdown table
    assert text.strip() and "|---" not in text
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)


def _yaml(text: str) -> None:
    assert isinstance(yaml.safe_load(text), dict)


def _text_problems(text: str) -> None:
    assert ": warning C014 " in text and not text.startswith(("{", "<", "::"))


def _github(text: str) -> None:
    assert any(line.startswith("::warning file=") for line in text.splitlines())


def _gitlab(text: str) -> None:
    items = json.loads(text)
    assert items and all({"check_name", "fingerprint", "location"} <= set(i) for i in items)


def _junit(text: str) -> None:
    assert ET.fromstring(text).tag == "testsuites"


def _sarif(text: str) -> None:
    assert json.loads(text)["version"] == "2.1.0"


def _portal(text: str) -> None:
    assert text.startswith("I1 · ") and not text.lstrip().startswith(("{", "|"))


def _xlsx(data: bytes) -> None:
    from openpyxl import load_workbook

    assert zipfile.is_zipfile(io.BytesIO(data))
    assert len(load_workbook(io.BytesIO(data)).sheetnames) >= 2


def _html(text: str) -> None:
    assert text.lstrip().lower().startswith("<!doctype html>") and "</html>" in text


def _pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-")


TEXT_CHECKS: dict[str, Callable[[str], None]] = {
    "table": _table,
    "json": _json,
    "csv": _csv,
    "md": _markdown_with_table,
    "yaml": _yaml,
    "text": _text_problems,
    "github": _github,
    "gitlab": _gitlab,
    "junit": _junit,
    "sarif": _sarif,
    "portal": _portal,
    "html": _html,
}
BINARY_CHECKS: dict[str, Callable[[bytes], None]] = {"xlsx": _xlsx, "pdf": _pdf}
# a result kind whose format reads differently from the rest
KIND_CHECKS: dict[tuple[str, str], Callable[[str], None]] = {("changes", "md"): _markdown_table}


def _cases() -> list[tuple[str, Enum]]:
    cases: list[tuple[str, Enum]] = []
    for registry in (*REGISTRIES, *ABOVE_RENDER):
        assert registry.missing() == [], f"{registry.kind}: no renderer for {registry.missing()}"
        cases += [(registry.kind, f) for f in registry.formats if f not in registry.unrendered]
    return cases


CASES = _cases()


def test_every_result_kind_has_a_command_and_every_format_a_reader() -> None:
    assert {kind for kind, _ in CASES} == set(COMMANDS)
    assert {f.value for _, f in CASES} == set(TEXT_CHECKS) | set(BINARY_CHECKS)


def test_every_registry_is_listed() -> None:
    """A registry made anywhere in the package is in REGISTRIES or ABOVE_RENDER."""
    made = re.compile(r"\bRegistry\(\s*\"([a-z_]+)\"")
    root = Path(spbe_cli.__file__).parent
    kinds = {k for p in root.rglob("*.py") for k in made.findall(p.read_text("utf-8"))}
    assert kinds == {r.kind for r in (*REGISTRIES, *ABOVE_RENDER)}


@pytest.mark.parametrize(("kind", "fmt"), CASES, ids=[f"{k}-{f.value}" for k, f in CASES])
def test_the_output_is_the_format_asked_for(example_copy: Path, kind: str, fmt: Enum) -> None:
    out = example_copy.parent / f"out.{fmt.value}"
    if kind in SETUP:
        SETUP[kind](example_copy)
    args = [a.format(fmt=fmt.value, out=out) for a in COMMANDS[kind]]
    result = run_cli(*args)
    assert result.exit_code in (0, 1) if kind == "problems" else result.exit_code == 0, (
        result.stderr
    )
    if "-o" in args:
        data = out.read_bytes()
        if fmt.value in BINARY_CHECKS:
            BINARY_CHECKS[fmt.value](data)
        else:
            TEXT_CHECKS[fmt.value](data.decode("utf-8"))
    else:
        KIND_CHECKS.get((kind, fmt.value), TEXT_CHECKS[fmt.value])(result.stdout)
