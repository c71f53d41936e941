"""Validating an import's result: each year is checked with the edited files in place of the
originals, by the rules of ``spbe validate``; a problem the edits brought into an edited file
is located at the workbook cell its value came from."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.opening import open_files
from spbe_cli.problems.problem import Problem, display_path
from spbe_cli.problems.rule import Severity
from spbe_cli.repository.files import WorkingTree
from spbe_cli.repository.layout import Repo
from spbe_cli.sheet.work import Plan, Work
from spbe_cli.source.yamlsrc import KeyPath, Source, parse_yaml


@dataclass(frozen=True)
class _Overlay:
    """The working tree, with the edited files read from memory."""

    tree: WorkingTree
    edited: dict[Path, bytes]

    def exists(self, path: Path) -> bool:
        return path in self.edited or self.tree.exists(path)

    def read(self, path: Path) -> Source:
        if path in self.edited:
            return parse_yaml(self.edited[path], path)
        return self.tree.read(path)


def _key(p: Problem) -> tuple[object, ...]:
    return (p.path, p.code, p.args)


def validate(
    works: list[Work],
    repo: Repo,
    years: dict[int, tuple[YearSet, list[Problem]]],
    plan: Plan,
) -> None:
    """Check every year the import changes with its edited files in place. Reported: in an
    edited file, each problem that is new or an error; in any other file, each new error."""
    from spbe_cli.engine.checks import check_year
    from spbe_cli.engine.lock import load_lock

    lock, _ = load_lock(repo.root)
    by_year: dict[int, list[Work]] = {}
    for work in works:
        if work.changes:
            by_year.setdefault(work.sheet.year, []).append(work)
    for year, group in by_year.items():
        base_set, base_problems = years[year]
        files = list(base_set.files)
        before = base_problems + check_year(
            base_set, whole_year=True, allow_partial=True, lock=lock
        )
        edited = {w.unit.src.path: w.editor.result().encode("utf-8") for w in group}
        overlay = _Overlay(WorkingTree(repo.root), edited)
        after = open_files(repo, files, stages=False, reader=overlay)
        assert after.year_set is not None
        after_set, found = after.year_set, list(after.problems)
        found += check_year(after_set, whole_year=True, allow_partial=True, lock=lock)
        sources = {path: parse_yaml(raw, path) for path, raw in edited.items()}
        _report(found, {_key(p) for p in before}, group, sources, plan)


def _report(
    found: list[Problem],
    old: set[tuple[object, ...]],
    group: list[Work],
    sources: dict[Path, Source],
    plan: Plan,
) -> None:
    """The problems of the year after the edits that the import reports."""
    for p in found:
        owner = next((w for w in group if display_path(w.unit.src.path) == p.path), None)
        new = _key(p) not in old
        if owner is None:
            if new and p.severity is Severity.ERROR:
                plan.problems.append(p)
            continue
        if not new and p.severity is not Severity.ERROR:
            continue
        plan.problems.append(_located(p, owner, sources.get(owner.unit.src.path)))


def _located(p: Problem, work: Work, src: Source | None) -> Problem:
    """A problem of an edited file, at the workbook cell its value came from when there is one."""
    if src is None or p.line <= 0:
        return p
    exact: list[KeyPath] = [
        k
        for table in (src.values, src.keys)
        for k, pos in table.items()
        if pos == (p.line, p.column)
    ]
    on_line = [
        k for table in (src.values, src.keys) for k, pos in table.items() if pos[0] == p.line
    ]
    for candidates in (exact, on_line):
        for kp in sorted(candidates, key=len, reverse=True):
            probe = tuple(kp)
            while probe:
                cell = work.cells.get(probe)
                if cell is not None:
                    return dataclasses.replace(
                        p, path=work.shown, line=cell.row, column=cell.column, cell=cell.cell
                    )
                probe = probe[:-1]
    return p
