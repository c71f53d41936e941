"""``spbe import``: what filled workbooks change in their unit files, checked by the same rules
as ``spbe validate``, written (with ``--apply``) only where something changed.

For each workbook: find its unit file, refuse it when it belongs elsewhere or the file changed
since (SHA-256, unless forced; ``sheet.match``), compare every fill-in cell with the file
(``sheet.compare``, ``sheet.evidence``), and turn each difference into an edit of the file's
text (``sheet.edit`` over ``source.yamledit``: only that value's characters change). The edited
text is read back and must hold exactly the intended data; then the year is validated with the
edited files in place of the originals, and each problem found in an edited file is located at
the workbook cell its value came from (``sheet.recheck``).
"""

from __future__ import annotations

from pathlib import Path

from spbe_cli.engine.assessments import YearSet
from spbe_cli.problems.messages import Lang
from spbe_cli.problems.problem import Problem, display_path
from spbe_cli.repository.layout import find_repo
from spbe_cli.sheet.compare import compare
from spbe_cli.sheet.edit import edit
from spbe_cli.sheet.match import prepare
from spbe_cli.sheet.read import read_workbook
from spbe_cli.sheet.recheck import validate
from spbe_cli.sheet.work import Change, Plan, Work, imported

__all__ = ["Change", "Plan", "imported", "plan_import"]


def plan_import(paths: list[Path], repo_start: Path, *, force: bool, lang: Lang) -> Plan:
    """What the workbooks at ``paths`` change, checked; the bytes to write when all is well."""
    plan = Plan()
    repo, problems = find_repo(repo_start)
    plan.problems += problems
    works: list[Work] = []
    years: dict[int, tuple[YearSet, list[Problem]]] = {}
    seen: dict[Path, str] = {}
    for path in paths:
        filled, problems = read_workbook(path)
        plan.problems += problems
        if filled is None:
            continue
        work = prepare(filled, repo, years, seen, force, lang, plan)
        if work is None:
            continue
        compare(work)
        plan.problems += work.problems
        edit(work, plan)  # the cells without a problem of their own, to validate them too
        works.append(work)
    validate(works, repo, years, plan)
    if not plan.ok:
        return plan
    for work in works:
        if work.changes:
            plan.changes += work.changes
            plan.writes[work.unit.src.path] = work.editor.result().encode("utf-8")
        else:
            plan.unchanged.append((work.shown, display_path(work.unit.src.path)))
    return plan
