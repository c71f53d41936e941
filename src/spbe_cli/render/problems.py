"""Problem lists in the formats CI systems read: text, GitHub, GitLab, JUnit, SARIF, JSON."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit
from xml.etree import ElementTree as ET

from spbe_cli import __version__
from spbe_cli.base.formats import ProblemFormat
from spbe_cli.base.safetext import path_safe, utf8_safe, xml_safe
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
    list follows in the log), with paths from the top of the checkout, which GitHub links."""
    problems = _from_top(problems, _checkout_top())
    out = []
    for p in problems:
        props = [f"file={_gh_property(p.path)}"]
        if p.line > 0:
            props += [f"line={p.line}", f"col={max(p.column, 1)}"]
        props.append(f"title={_gh_property(p.code)}")
        out.append(f"::{p.severity.value} {','.join(props)}::{_gh_data(p.message(lang))}")
    return "\n".join(out) + ("\n" if out else "") + text(problems, files, lang)


# GitHub drops a step summary over 1 MiB whole: the table stops below it, with a note.
SUMMARY_BYTES = 1024 * 1024 - 16 * 1024


def github_summary(problems: Sequence[Problem], files: Sequence[str], lang: Lang) -> str:
    """The Markdown table appended to ``$GITHUB_STEP_SUMMARY``, never over GitHub's size."""
    from spbe_cli.render.markdown import md_cell

    head = f"### spbe validate\n\n{summary(problems, files, lang)}\n"
    if not problems:
        return head
    lines = [
        head,
        "| file | line | col | severity | code | message |",
        "|---|---:|---:|---|---|---|",
    ]
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)
    shown = 0
    for p in problems:
        row = (
            f"| {md_cell(p.path)} | {p.line} | {p.column} | {p.severity.value} | {p.code} | "
            f"{md_cell(p.message(lang))} |"
        )
        size += len(row.encode("utf-8")) + 1
        if size > SUMMARY_BYTES:
            break
        lines.append(row)
        shown += 1
    if shown < len(problems):
        left = message("summary_left_out", lang, left=len(problems) - shown, total=len(problems))
        lines += ["", left]
    return "\n".join(lines) + "\n"


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
    """GitLab's code quality report: paths from the top of the checkout, which GitLab links."""
    severity = {Severity.ERROR: "major", Severity.WARNING: "minor"}
    top = _checkout_top()
    items = [
        {
            "description": f"{p.code} {p.message(lang)}",
            "check_name": p.code,
            "fingerprint": fingerprint,
            "severity": severity[p.severity],
            "location": {"path": _shown_from(p.path, top), "lines": {"begin": max(p.line, 1)}},
        }
        for p, fingerprint in zip(problems, _fingerprints(problems), strict=True)
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def junit(
    problems: Sequence[Problem], files: Sequence[str], lang: Lang, *, strict: bool = False
) -> str:
    """One test case per file checked, named by its path from the top of the checkout; a file
    fails on an error (or a warning with --strict)."""
    top = _checkout_top()
    problems = _from_top(problems, top)
    files = [_shown_from(name, top) for name in files]
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


SARIF_ROOT = "SRCROOT"  # the uriBaseId of every location inside the git checkout
# GitHub rejects a run with more results than this (and shows only the first 5,000).
SARIF_MAX_RESULTS = 25_000
# A rule's `name` is its English title in PascalCase; these rules share a title with another.
SARIF_NAMES = {"W014": "WorkbookTooLarge"}


def sarif(problems: Sequence[Problem], lang: Lang) -> str:
    """SARIF 2.1.0 as GitHub code scanning reads it: at most 25,000 results (errors kept before
    warnings), and a notification saying how many were left out; locations inside the checkout
    relative to its top (``uriBaseId``) and percent-encoded, outside it absolute ``file`` URIs;
    every rule with a name and ``help``; results with ``partialFingerprints`` so that an upload
    does not duplicate alerts."""
    top = _checkout_top()
    prints = _fingerprints(problems)
    kept = _most_severe(problems, SARIF_MAX_RESULTS)
    used = sorted({problems[n].code for n in kept})
    index = {code: n for n, code in enumerate(used)}
    run = {
        "tool": {"driver": _sarif_driver([_sarif_rule(code, lang) for code in used])},
        "invocations": [_sarif_invocation(len(problems), len(kept), lang)],
        "originalUriBaseIds": {SARIF_ROOT: {"uri": top.as_uri() + "/"}},
        "results": [_sarif_result(problems[n], prints[n], index, top, lang) for n in kept],
    }
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _most_severe(problems: Sequence[Problem], limit: int) -> list[int]:
    """The positions of at most ``limit`` problems, errors before warnings, in list order."""
    if len(problems) <= limit:
        return list(range(len(problems)))
    rank = sorted(range(len(problems)), key=lambda n: problems[n].severity is not Severity.ERROR)
    return sorted(rank[:limit])


def _sarif_result(
    p: Problem, fingerprint: str, index: dict[str, int], top: Path, lang: Lang
) -> dict[str, Any]:
    relative = _within(p.path, top)
    artifact = (
        {"uri": quote(relative, safe="/"), "uriBaseId": SARIF_ROOT}
        if relative is not None
        else {"uri": _absolute(p.path).as_uri()}  # a uriBaseId only goes with a relative URI
    )
    # A problem with the whole file (line 0) is placed at its first line: consumers want a line.
    region = (
        {"startLine": p.line, "startColumn": max(p.column, 1)} if p.line > 0 else {"startLine": 1}
    )
    return {
        "ruleId": p.code,
        "ruleIndex": index[p.code],
        "level": _SARIF_LEVEL[p.severity],
        "message": {"text": p.message(lang)},
        "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
        "partialFingerprints": {"spbeProblem/v1": fingerprint},
    }


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def _sarif_driver(rules: list[dict[str, Any]]) -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "spbe", "version": __version__}
    home = _tool_home()
    if home:
        driver["informationUri"] = home
    driver["rules"] = rules
    return driver


def _sarif_invocation(total: int, kept: int, lang: Lang) -> dict[str, Any]:
    """The run itself: it succeeded (problems found are results, not failures), where it ran
    (GitHub's "checkout path" for absolute URIs), and a warning when results were left out."""
    invocation: dict[str, Any] = {
        "executionSuccessful": True,
        "workingDirectory": {"uri": Path.cwd().resolve().as_uri() + "/"},
    }
    if kept < total:
        text = message(
            "sarif_left_out", lang, left=total - kept, total=total, limit=SARIF_MAX_RESULTS
        )
        invocation["toolExecutionNotifications"] = [{"level": "warning", "message": {"text": text}}]
    return invocation


def _sarif_rule(code: str, lang: Lang) -> dict[str, Any]:
    rule = RULES[code]
    return {
        "id": code,
        "name": sarif_name(code),
        "shortDescription": {"text": rule.title[lang]},
        "fullDescription": {"text": rule.text[lang]},
        "help": {
            "text": f"{rule.title[lang]}. {rule.text[lang]} (spbe explain {code})",
            "markdown": f"**{rule.title[lang]}**\n\n{rule.text[lang]}\n\n`spbe explain {code}`",
        },
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
    }


def sarif_name(code: str) -> str:
    """A rule's SARIF ``name``: a PascalCase identifier of its own (never its id), the English
    title's words but articles (``Path is a folder`` -> ``PathIsFolder``), in every language."""
    if code in SARIF_NAMES:
        return SARIF_NAMES[code]
    words = re.findall(r"[A-Za-z0-9]+", RULES[code].title["en"])
    return "".join(word.capitalize() for word in words if word.lower() not in _ARTICLES)


# Left out of names: a one-letter word ("A") is not PascalCase to the SARIF multitool (SARIF2012).
_ARTICLES = {"a", "an", "the"}


def _tool_home() -> str | None:
    """Where to learn about this copy of spbe: the project URL in its metadata, else the URL it
    was installed from (PEP 610: a repository, an archive or a folder), without credentials."""
    from importlib import metadata

    try:
        dist = metadata.distribution("spbe")
    except metadata.PackageNotFoundError:
        return None
    urls: list[str] = [
        str(entry).partition(",")[2].strip() for entry in dist.metadata.get_all("Project-URL") or []
    ]
    try:
        installed = json.loads(dist.read_text("direct_url.json") or "{}")
    except ValueError:
        installed = {}
    if isinstance(installed, dict):
        urls.append(str(installed.get("url") or ""))
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("https", "http", "file"):
            return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))
    return None


def _checkout_top() -> Path:
    """The top of the git checkout around the working folder (the folder GitHub resolves
    SARIF paths from), else the working folder."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def _absolute(shown: str) -> Path:
    return Path(os.path.abspath(shown))  # noqa: PTH100 - no link resolution: as the user named it


def _within(shown: str, top: Path) -> str | None:
    """A problem's path relative to ``top`` (POSIX, ``.`` for the top itself), or None when it
    lies outside."""
    try:
        return _absolute(shown).relative_to(top).as_posix() or "."
    except ValueError:
        return None


def _shown_from(shown: str, top: Path) -> str:
    """A path as CI links it: from the top of the checkout, or absolute when outside it."""
    relative = _within(shown, top)
    return path_safe(relative if relative is not None else str(_absolute(shown)))


def _from_top(problems: Sequence[Problem], top: Path) -> list[Problem]:
    return [replace(p, path=_shown_from(p.path, top)) for p in problems]


def as_json(problems: Sequence[Problem], files: Sequence[str], lang: Lang) -> str:
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    doc = {
        "format": JSON_FORMAT,
        "summary": {"errors": errors, "warnings": len(problems) - errors, "files": len(files)},
        "files": [utf8_safe(f) for f in files],
        "problems": [
            {
                "path": utf8_safe(p.path),
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
