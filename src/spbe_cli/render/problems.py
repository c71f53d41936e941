"""Problem lists in the formats CI systems read: text, GitHub, GitLab, JUnit, SARIF, JSON."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

from spbe_cli import __version__
from spbe_cli.base.formats import ProblemFormat
from spbe_cli.base.safetext import xml_safe
from spbe_cli.problems.messages import Lang, counted, message
from spbe_cli.problems.problem import Problem, Severity
from spbe_cli.problems.rules import RULES
from spbe_cli.render.registry import Context, Registry

# History of JSON_FORMAT: 1 - summary, files, problems.
JSON_FORMAT = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


@dataclass(frozen=True)
class Findings:
    """What ``spbe validate`` found: problems sorted and unique, every file checked, and
    whether warnings fail too (``--strict``)."""

    problems: Sequence[Problem]
    files: Sequence[str]
    strict: bool = False


# `auto` is resolved by the command (GitHub Actions or text) before rendering.
PROBLEMS: Registry[ProblemFormat, Findings, str] = Registry(
    "problems", ProblemFormat, unrendered=(ProblemFormat.auto,)
)


@PROBLEMS.add(ProblemFormat.text)
def _text(f: Findings, c: Context) -> str:
    return text(f.problems, f.files, c.lang, color=c.color)


@PROBLEMS.add(ProblemFormat.github)
def _github(f: Findings, c: Context) -> str:
    return github(f.problems, f.files, c.lang)


@PROBLEMS.add(ProblemFormat.gitlab)
def _gitlab(f: Findings, c: Context) -> str:
    return gitlab(f.problems, c.lang)


@PROBLEMS.add(ProblemFormat.junit)
def _junit(f: Findings, c: Context) -> str:
    return junit(f.problems, f.files, c.lang, strict=f.strict)


@PROBLEMS.add(ProblemFormat.sarif)
def _sarif(f: Findings, c: Context) -> str:
    return sarif(f.problems, c.lang)


@PROBLEMS.add(ProblemFormat.json)
def _json(f: Findings, c: Context) -> str:
    return as_json(f.problems, f.files, c.lang)


def summary(problems: Sequence[Problem], files: Sequence[str], lang: Lang) -> str:
    """``2 errors, 1 warning, 11 files checked``: English says one in the singular."""
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    return message(
        "summary_counts",
        lang,
        errors=counted("summary_errors", errors),
        warnings=counted("summary_warnings", len(problems) - errors),
        files=counted("summary_files", len(files)),
    )


def text(
    problems: Sequence[Problem], files: Sequence[str], lang: Lang, *, color: bool = False
) -> str:
    styles = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m"}
    lines = []
    for p in problems:
        line = p.render(lang)
        if color:
            word = p.severity.value
            line = line.replace(f" {word} ", f" {styles[p.severity]}{word}\x1b[0m ", 1)
        lines.append(line)
    lines.append(summary(problems, files, lang))
    return "\n".join(lines) + "\n"


def _gh_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


def github(problems: Sequence[Problem], files: Sequence[str], lang: Lang) -> str:
    """Workflow commands (GitHub shows only the first ten of each kind per step, so the plain
    list follows in the log)."""
    out = []
    for p in problems:
        props = [f"file={_gh_property(p.path)}"]
        if p.line > 0:
            props += [f"line={p.line}", f"col={max(p.column, 1)}"]
        props.append(f"title={_gh_property(p.code)}")
        out.append(f"::{p.severity.value} {','.join(props)}::{_gh_data(p.message(lang))}")
    return "\n".join(out) + ("\n" if out else "") + text(problems, files, lang)


def github_summary(problems: Sequence[Problem], files: Sequence[str], lang: Lang) -> str:
    """The Markdown table appended to ``$GITHUB_STEP_SUMMARY``."""
    from spbe_cli.render.markdown import md_cell

    head = f"### spbe validate\n\n{summary(problems, files, lang)}\n"
    if not problems:
        return head
    rows = [
        f"| {md_cell(p.path)} | {p.line} | {p.column} | {p.severity.value} | {p.code} | "
        f"{md_cell(p.message(lang))} |"
        for p in problems
    ]
    table = [
        "",
        "| file | line | col | severity | code | message |",
        "|---|---:|---:|---|---|---|",
        *rows,
    ]
    return head + "\n".join(table) + "\n"


def _fingerprints(problems: Sequence[Problem]) -> list[str]:
    """Stable across edits that only move lines: file, code, message arguments that are not
    positions, and the occurrence number among identical ones."""
    seen: Counter[str] = Counter()
    prints = []
    for p in problems:
        args = [(k, str(v)) for k, v in p.args if k not in ("first_line", "other_line", "other")]
        base = json.dumps([p.path, p.code, args], ensure_ascii=False)
        seen[base] += 1
        prints.append(hashlib.sha256(f"{base}#{seen[base]}".encode()).hexdigest())
    return prints


def gitlab(problems: Sequence[Problem], lang: Lang) -> str:
    severity = {Severity.ERROR: "major", Severity.WARNING: "minor"}
    items = [
        {
            "description": f"{p.code} {p.message(lang)}",
            "check_name": p.code,
            "fingerprint": fingerprint,
            "severity": severity[p.severity],
            "location": {"path": p.path, "lines": {"begin": max(p.line, 1)}},
        }
        for p, fingerprint in zip(problems, _fingerprints(problems), strict=True)
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def junit(
    problems: Sequence[Problem], files: Sequence[str], lang: Lang, *, strict: bool = False
) -> str:
    """One test case per file checked; a file fails on an error (or a warning with --strict)."""
    by_file: dict[str, list[Problem]] = defaultdict(list)
    for p in problems:
        by_file[p.path].append(p)
    names = list(dict.fromkeys([*files, *by_file]))
    suite = ET.Element("testsuite", name="spbe validate", tests=str(len(names)))
    failures = 0
    for name in names:
        case = ET.SubElement(suite, "testcase", classname="spbe.validate", name=name)
        found = by_file.get(name, [])
        failing = [p for p in found if p.severity is Severity.ERROR or strict]
        body = "\n".join(p.render(lang) for p in found)
        if failing:
            failures += 1
            failure = ET.SubElement(
                case, "failure", type=failing[0].code, message=failing[0].render(lang)
            )
            failure.text = body
        elif found:
            ET.SubElement(case, "system-out").text = body
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    root = ET.Element("testsuites", name="spbe", tests=str(len(names)), failures=str(failures))
    root.append(suite)
    ET.indent(root)
    # XML 1.0 cannot hold most control characters at all, not even escaped.
    body = xml_safe(ET.tostring(root, encoding="unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


SARIF_ROOT = "SRCROOT"  # the uriBaseId of every location: the top of the git checkout


def sarif(problems: Sequence[Problem], lang: Lang) -> str:
    """SARIF 2.1.0 as GitHub code scanning reads it: locations relative to the top of the
    checkout (``uriBaseId``) and percent-encoded, every rule with its ``help``, and results with
    ``partialFingerprints`` so that an upload does not duplicate alerts."""
    used = sorted({p.code for p in problems})
    index = {code: n for n, code in enumerate(used)}
    level = {Severity.ERROR: "error", Severity.WARNING: "warning"}
    rules = [_sarif_rule(code, lang, level[RULES[code].severity]) for code in used]
    top = _checkout_top()
    results: list[dict[str, Any]] = []
    for p, fingerprint in zip(problems, _fingerprints(problems), strict=True):
        artifact = {"uri": _sarif_uri(p.path, top), "uriBaseId": SARIF_ROOT}
        location: dict[str, Any] = {"artifactLocation": artifact}
        if p.line > 0:
            location["region"] = {"startLine": p.line, "startColumn": max(p.column, 1)}
        results.append(
            {
                "ruleId": p.code,
                "ruleIndex": index[p.code],
                "level": level[p.severity],
                "message": {"text": p.message(lang)},
                "locations": [{"physicalLocation": location}],
                "partialFingerprints": {"spbeProblem/v1": fingerprint},
            }
        )
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "spbe", "version": __version__, "rules": rules}},
                "originalUriBaseIds": {SARIF_ROOT: {"uri": top.as_uri() + "/"}},
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _sarif_rule(code: str, lang: Lang, level: str) -> dict[str, Any]:
    rule = RULES[code]
    return {
        "id": code,
        "name": code,
        "shortDescription": {"text": rule.title[lang]},
        "fullDescription": {"text": rule.text[lang]},
        "help": {
            "text": f"{rule.title[lang]}. {rule.text[lang]} (spbe explain {code})",
            "markdown": f"**{rule.title[lang]}**\n\n{rule.text[lang]}\n\n`spbe explain {code}`",
        },
        "defaultConfiguration": {"level": level},
    }


def _checkout_top() -> Path:
    """The top of the git checkout around the working folder (the folder GitHub resolves
    SARIF paths from), else the working folder."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def _sarif_uri(shown: str, top: Path) -> str:
    """A problem's path as a percent-encoded URI reference relative to ``top``."""
    full = Path(os.path.abspath(shown))  # noqa: PTH100 - no link resolution: as the user named it
    try:
        relative = full.relative_to(top).as_posix()
    except ValueError:
        return full.as_uri()
    return quote(relative or ".", safe="/")


def as_json(problems: Sequence[Problem], files: Sequence[str], lang: Lang) -> str:
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    doc = {
        "format": JSON_FORMAT,
        "summary": {"errors": errors, "warnings": len(problems) - errors, "files": len(files)},
        "files": list(files),
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "severity": p.severity.value,
                "code": p.code,
                "message": p.message(lang),
                **({"cell": p.cell} if p.cell else {}),
            }
            for p in problems
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
