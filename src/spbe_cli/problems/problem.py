"""Located problems: the one value every check and loader returns instead of raising."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from spbe_cli.base.safetext import one_line, path_safe
from spbe_cli.problems.messages import Lang, Msg, message
from spbe_cli.problems.rule import Severity
from spbe_cli.problems.rules import RULES


@dataclass(frozen=True)
class Problem:
    """One finding at ``path:line:column`` (1-based; 0 means "the whole file"), or, in a
    workbook, at ``path:Sheet!D14`` (``cell``; ``line`` and ``column`` are its row and column)."""

    path: str
    line: int
    column: int
    code: str
    severity: Severity
    args: tuple[tuple[str, object], ...] = ()
    cell: str = ""

    @property
    def where(self) -> str:
        """``path:line:col``, or ``path:Sheet!D14`` in a workbook."""
        if self.cell:
            return f"{self.path}:{self.cell}"
        return f"{self.path}:{self.line}:{self.column}"

    def message(self, lang: Lang = "id") -> str:
        return message(self.code, lang, **dict(self.args))

    def render(self, lang: Lang = "id") -> str:
        """The ``path:line:col: severity code message`` line of the text format."""
        return f"{self.where}: {self.severity.value} {self.code} {self.message(lang)}"


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working folder when inside it, on one
    line, and never starting like an option or a CI command (see ``safetext.path_safe``)."""
    return path_safe(_relative(path))


def _relative(path: Path) -> str:
    try:
        here = os.getcwd()  # noqa: PTH109 - plain strings: no symlink resolution, cheap per call
    except OSError:
        return str(path)
    full = os.path.abspath(path)  # noqa: PTH100 - see above
    if full == here:
        return "."
    if full.startswith(here.rstrip(os.sep) + os.sep):
        return Path(full[len(here.rstrip(os.sep)) + 1 :]).as_posix()
    return str(path)


def problem(
    path: Path | str,
    line: int,
    column: int,
    code: str,
    *,
    severity: Severity | None = None,
    **args: object,
) -> Problem:
    """The problem ``code`` at ``path:line:column``. Its severity is the rule's; ``severity``
    overrides it only where an option changes it (``--allow-partial``)."""
    return located(path, line, column, code, args, severity=severity)


def located(
    path: Path | str,
    line: int,
    column: int,
    code: str,
    args: Mapping[str, object],
    *,
    severity: Severity | None = None,
) -> Problem:
    """A problem with message arguments given as a mapping (for helpers that forward them)."""
    shown = one_line(path) if isinstance(path, str) else display_path(path)
    return Problem(
        shown,
        line,
        column,
        code,
        severity or RULES[code].severity,
        tuple(sorted((k, v if isinstance(v, Msg) else str(v)) for k, v in args.items())),
    )


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    # Natural order of paths is what a person expects when scanning the list.
    return sorted(set(problems), key=problem_key)


def problem_key(p: Problem) -> tuple[object, ...]:
    return (_natural(p.path), p.line, p.column, p.code, p.message("en"))


_ASCII_DIGITS = re.compile("([0-9]+)")


def _natural(text: str) -> tuple[object, ...]:
    """A path's sort key: runs of ASCII digits as numbers (``x2`` before ``x10``); any other
    character, ``²`` and ``٣`` included, as text."""
    return tuple(
        (0, int(chunk), "") if chunk[0] in "0123456789" else (1, 0, chunk)
        for chunk in _ASCII_DIGITS.split(text)
        if chunk
    )


def natural_key(text: str) -> tuple[object, ...]:
    """Sort key that puts ``I2`` before ``I10``."""
    return _natural(text)


__all__ = [
    "Problem",
    "Severity",
    "display_path",
    "has_errors",
    "natural_key",
    "problem",
    "sort_problems",
]
