"""The problem-code reference, ``docs/problem-codes.md``, rendered from the rule table.

Regenerate it after adding or changing a rule::

    python -m spbe_cli.problems.reference > docs/problem-codes.md
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping

from spbe_cli.problems.rules import RETIRED, RULES, Rule

COMMAND = "python -m spbe_cli.problems.reference > docs/problem-codes.md"

# The families of codes, by their letter, in the order of the rule tables.
FAMILIES: dict[str, str] = {
    "Y": "Y: reading a file and its YAML",
    "S": "S: the shape of a file (keys, types, values)",
    "X": "X: across files and the repository layout",
    "C": "C: content and evidence",
    "K": "K: catalogues and crosswalks",
    "W": "W: workbooks brought back with `spbe import`",
    "D": "D: documents an instansi signs (`spbe document`)",
}

_INTRO = f"""\
# Problem codes

<!-- Generated from the rule table (src/spbe_cli/problems/tables/) by
     `{COMMAND}`. Do not edit by hand. -->

Every problem is printed as `path:line:col: severity code message`, sorted by file and line,
followed by a count; in a workbook brought back to `spbe import` the place is the cell
(`path:Sheet!D14: ...`). Line and column are 1-based; `0:0` means the whole file or folder.

Codes are stable: scripts and CI jobs may depend on them. A code is never renumbered or reused;
a code no longer reported is retired (listed at the end). `spbe explain CODE` prints a rule in
Bahasa Indonesia, or in English with `--lang en`; `spbe validate --ignore CODE,...` leaves codes
out, and `--strict` makes warnings fail too. The exit codes are in
[commands.md](commands.md#exit-codes).
"""

_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_MARKUP = re.compile(r"([\\*_<>\[\]|])")


def cell(text: str) -> str:
    """Rule text as one Markdown table cell: one line, no new column, and no accidental
    emphasis or HTML outside its code spans."""
    flat = " ".join(text.split())
    parts: list[str] = []
    end = 0
    for match in _CODE_SPAN.finditer(flat):
        parts.append(_MARKUP.sub(r"\\\1", flat[end : match.start()]))
        parts.append(match.group().replace("|", "\\|"))
        end = match.end()
    parts.append(_MARKUP.sub(r"\\\1", flat[end:]))
    return "".join(parts)


def _row(rule: Rule) -> str:
    return (
        f"| {rule.code} | {rule.severity.value} | {cell(rule.title['en'])} "
        f"| {cell(rule.title['id'])} | {cell(rule.text['en'])} |"
    )


def _family(letter: str, rules: list[Rule]) -> Iterator[str]:
    yield f"## {FAMILIES.get(letter, f'{letter}: other codes')}"
    yield ""
    yield "| code | severity | title | judul | what it means |"
    yield "|---|---|---|---|---|"
    for rule in sorted(rules, key=lambda r: (len(r.code), r.code)):
        yield _row(rule)
    yield ""


def render(rules: Mapping[str, Rule] = RULES, retired: Mapping[str, str] = RETIRED) -> str:
    """The whole of ``docs/problem-codes.md``: one table per family, every code in it."""
    families: dict[str, list[Rule]] = {}
    for rule in rules.values():
        families.setdefault(rule.code[:1], []).append(rule)
    lines = [_INTRO]
    for letter, members in families.items():
        lines.extend(_family(letter, members))
    lines.append("## Retired codes")
    lines.append("")
    lines.append("| code | retired in |")
    lines.append("|---|---|")
    lines.extend(f"| {code} | {release} |" for code, release in sorted(retired.items()))
    return "\n".join(lines) + "\n"


def main() -> None:
    sys.stdout.buffer.write(render().encode("utf-8"))


if __name__ == "__main__":
    main()
