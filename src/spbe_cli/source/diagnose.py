"""Why libyaml refused a file, in words a person who edits YAML in a web editor understands:
the hint for its error, and the line that really caused it (an earlier tab, a missing space
after a colon, an uneven indent, a full-width colon from an Asian keyboard)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from spbe_cli.problems.messages import Msg
from spbe_cli.problems.problem import Problem, problem

_LIBYAML_HINTS = {
    "mapping values are not allowed": "yaml_colon",
    "found character that cannot start any token": "yaml_token",
    "did not find expected key": "yaml_key",
    "did not find expected '-' indicator": "yaml_dash",
    "found unexpected end of stream": "yaml_eof",
    "control characters are not allowed": "yaml_control",
    "did not find expected <document start>": "yaml_quote",
}


TAB_BEFORE_VALUE = re.compile(r"^[ ]*\t|^\s*(?:-[ ]*)?[^\s#'\"][^#:]*:[ ]*\t|^\s*-[ ]*\t")
# A plain value followed by "#" and a word: the rest of the line was dropped as a comment.
LOST_TEXT = re.compile(r"^[ \t]+#[^\s#!]")

# `key: "Sudah" dilaksanakan`: a value that opens with a quote must close with it.
_QUOTED_START = re.compile(r"""^\s*(?:-\s+)?[^\s:#'"][^:#]*:\s+(["'])""")


def source_line(raw: bytes, line: int) -> str:
    lines = raw.split(b"\n")
    return lines[line - 1].decode("utf-8", "replace") if 0 < line <= len(lines) else ""


def libyaml_hint(exc: yaml.YAMLError, line: str = "") -> tuple[Msg, Msg]:
    """A plain hint for libyaml's message; its English text only when there is no hint."""
    text = str(getattr(exc, "problem", None) or str(exc).splitlines()[0])
    match = _QUOTED_START.match(line)
    if match and not line.rstrip().endswith(match.group(1)):
        return Msg.of("yaml_quote"), Msg.of("empty")
    for needle, key in _LIBYAML_HINTS.items():
        if needle in text:
            return Msg.of(key), Msg.of("empty")
    return Msg.of("empty"), Msg.of("yaml_detail", detail=text)


# What people type that libyaml reports a line too late, or with the wrong advice. Each rule
# names the line to edit and what to write there.
_NO_SPACE = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*):(\S.*)$")
_NO_COLON = re.compile(r"^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s+(\S[^:#]*)$")
_FULLWIDTH = re.compile(r"^\s*(?:-\s+)?[^\s:#]+\s*[\uff1a\ufe55\ufe13]")
_ODD_SPACES = {"\u00a0": "NBSP (U+00A0)", "\u3000": "U+3000", "\u2007": "U+2007"}


def diagnose(exc: yaml.MarkedYAMLError, raw: bytes, path: Path) -> Problem:
    """The problem for a libyaml error, at the line the user must edit."""
    lines = raw.decode("utf-8", "replace").split("\n")
    mark = exc.problem_mark or exc.context_mark
    line, col = where(mark)
    text = str(exc.problem or "")
    context = str(exc.context or "")
    if "quoted scalar" in context and exc.context_mark is not None:
        # an unclosed quote: where it opens, not where the file ends
        line, col = where(exc.context_mark)
        return problem(
            path, line, col, "Y001", hint=Msg.of("yaml_unclosed"), detail=Msg.of("empty")
        )
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in current[: max(col, 1)] or current[col - 1 : col] == "\t":
        return problem(path, line, current.index("\t") + 1, "Y010")
    if "mapping values are not allowed" in text or "could not find expected ':'" in text:
        found = _earlier_line(lines, line)
        if found is not None:
            return _found_problem(path, found)
    if "did not find expected key" in text or "expected <block end>" in text:
        indent = _indent_against_previous(lines, line)
        if indent is not None:
            return problem(path, line, col, "Y001", hint=indent, detail=Msg.of("empty"))
    hint, detail = libyaml_hint(exc, current)
    return problem(path, line, col, "Y001", hint=hint, detail=detail)


def _indent_against_previous(lines: list[str], line: int) -> Msg | None:
    """A key indented unlike the key before it (not its child): say both widths."""
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    for number in range(line - 1, 0, -1):
        before = lines[number - 1]
        if not before.strip() or before.lstrip().startswith("#"):
            continue
        now, then = _width(current), _width(before)
        if now != then and not before.rstrip().endswith(":"):
            return Msg.of("yaml_indent", now=now, then=then)
        return None
    return None


def _width(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _earlier_line(lines: list[str], line: int) -> tuple[int, int, Msg] | None:
    """The line above ``line`` that a plain scalar swallowed: ``level 3`` (no colon),
    ``level:3`` (no space), ``level：3`` (a full-width colon)."""
    for number in range(line - 1, max(line - 4, 0), -1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if _FULLWIDTH.match(text):
            col = next(i for i, c in enumerate(text) if c in "\uff1a\ufe55\ufe13") + 1
            return number, col, Msg.of("yaml_fullwidth_colon")
        spaced = _NO_SPACE.match(text)
        if spaced and not spaced.group(2).startswith("//"):
            key = spaced.group(1)
            return (
                number,
                text.index(":") + 2,
                Msg.of("yaml_no_space", name=key, value=spaced.group(2)),
            )
        bare = _NO_COLON.match(text)
        if bare:
            key, value = bare.group(2), bare.group(3).strip()
            return (
                number,
                len(bare.group(1)) + len(key) + 1,
                Msg.of("yaml_no_colon", name=key, value=value),
            )
        return None
    return None


def _found_problem(path: Path, found: tuple[int, int, Msg]) -> Problem:
    line, col, hint = found
    return problem(path, line, col, "Y001", hint=hint, detail=Msg.of("empty"))


def odd_indent(raw: bytes) -> tuple[int, int, str] | None:
    """A line indented with a space that is not a space (NBSP from a word processor): YAML
    reads it as text, so the key silently becomes another key."""
    if b"\xc2\xa0" not in raw and b"\xe3\x80\x80" not in raw and b"\xe2\x80\x87" not in raw:
        return None
    for number, text in enumerate(raw.decode("utf-8", "replace").split("\n"), 1):
        stripped = text.lstrip(" \t" + "".join(_ODD_SPACES))
        lead = text[: len(text) - len(stripped)]
        for col, char in enumerate(lead, 1):
            if char in _ODD_SPACES:
                return number, col, _ODD_SPACES[char]
    return None


def where(mark: Any) -> tuple[int, int]:
    """libyaml's 0-based mark as 1-based (line, column): converted here and only here."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
