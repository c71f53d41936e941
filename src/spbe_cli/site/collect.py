"""What the site is made from: every year of the repository opened and scored (with the same
``prepare`` and view model as the handout), the problems of ``spbe validate``, and the latest
change in git. Nothing here formats text; ``site.pages`` does."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from spbe_cli.app.workspace import Year, open_spec, open_year
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.diffing import Diff, compare
from spbe_cli.engine.scoring import Score
from spbe_cli.engine.targets import resolve_target
from spbe_cli.engine.validate import validate
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.problems.messages import Lang
from spbe_cli.problems.problem import Problem, sort_problems
from spbe_cli.report.build import Opened, Prepared, prepare, view
from spbe_cli.report.viewmodel import ReportView
from spbe_cli.repository.gitsrc import GitError, commit_of, forge_base, last_change, toplevel
from spbe_cli.repository.layout import Repo, find_repo


@dataclass
class YearData:
    year: int
    folder: Path
    opened: Year
    prepared: Prepared | None = None
    report: ReportView | None = None
    target: Fraction | None = None

    @property
    def usable(self) -> bool:
        return self.prepared is not None

    @property
    def catalogue(self) -> Catalogue | None:
        return self.prepared.score.catalogue if self.prepared else None

    @property
    def accepted(self) -> Score | None:
        """The score at the latest stage present, where a plan and the chart start."""
        return self.prepared.year_view.now if self.prepared is not None else None


@dataclass
class Change:
    commit: str
    date: str
    subject: str
    diff: Diff | None
    added: bool = False  # the year did not exist before that commit


@dataclass
class Collected:
    root: Path
    repo: Repo
    years: list[YearData]
    problems: list[Problem]
    files_checked: int
    change: Change | None
    commit: str
    forge: str | None  # where a file is shown on the forge, ending in "/"
    top: Path  # paths on the forge start here (the git top, else the repository root)
    stages_of: dict[int, dict[Stage, Score]] = field(default_factory=dict)

    @property
    def usable(self) -> list[YearData]:
        return [y for y in self.years if y.usable]

    @property
    def latest(self) -> YearData | None:
        found = self.usable
        return found[-1] if found else None


def collect(root: Path, *, lang: Lang, target: str | None, base_url: str | None) -> Collected:
    from spbe_cli.engine.evaluate import several_years

    repo, _ = find_repo(root)
    years: list[YearData] = []
    once = Opened()  # each year opened and scored once, whatever year's handout needs it
    for folder in several_years(root):
        opened = open_year([folder])
        data = YearData(int(folder.name), folder, opened)
        if opened.usable:
            data.prepared = prepare(opened, opened=once)
            once.add(folder, data.prepared.year_view)
            c = data.prepared.score.catalogue
            data.target = resolve_target(target, repo.config.target, c.low, c.high, lang)
            data.report = view(
                data.prepared, lang=lang, target=data.target, unit=None, link_base=folder
            )
        years.append(data)
    report = validate([root])
    latest = next((y for y in reversed(years) if y.usable), None)
    top = toplevel(repo.root) or repo.root
    return Collected(
        root=repo.root,
        repo=repo,
        years=years,
        problems=sort_problems(report.problems),
        files_checked=len(report.files),
        change=_change(latest) if latest is not None else None,
        commit=commit_of(repo.root, only=_data_paths(repo.root, years)),
        forge=base_url if base_url is not None else forge_base(repo.root),
        top=top,
    )


def _data_paths(root: Path, years: list[YearData]) -> list[Path]:
    """What the site is read from (never the site itself, wherever it is written)."""
    fixed = ["spbe.yaml", "spbe-evidence.lock", "evidence", "indicators", "templates"]
    return [root / name for name in fixed] + [y.folder for y in years]


def _change(latest: YearData) -> Change | None:
    """What the last commit that touched the assessments changed in the latest year."""
    found = last_change(latest.folder.parent)
    if found is None or latest.prepared is None:
        return None
    commit, date, subject = found
    try:
        before = open_spec(f"{commit}^:{latest.folder.name}", latest.folder.parent)
    except GitError:
        return Change(commit, date, subject, None, added=True)
    if not before.usable:
        return Change(commit, date, subject, None)
    old = before.score()
    new = latest.prepared.score
    if old.catalogue.id != new.catalogue.id:
        return Change(commit, date, subject, None)
    return Change(commit, date, subject, compare(old, new, f"{commit}^", "HEAD"))
