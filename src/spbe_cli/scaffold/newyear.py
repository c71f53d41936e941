"""``spbe new``: a unit's file for a new year, carried over from last year's answers (each marked
for review) or, for a unit new this year, its indicator list from spbe.yaml."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.engine.evaluate import several_years
from spbe_cli.model.catalogue import DEFAULT_CATALOGUE, Catalogue, framework_of_year
from spbe_cli.model.editor_schema import SCHEMA_NAME
from spbe_cli.model.models import Assessment
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem
from spbe_cli.repository.layout import Repo
from spbe_cli.scaffold.files import carried_file, unit_file, written_numbers
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, read_regular, read_yaml


class UnitExists(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class UnknownUnit(Exception):
    """Neither last year's file nor spbe.yaml's ``units:`` knows the unit."""


class NoRoles(Exception):
    """The registry names the unit, but not for this year's catalogue (a new framework)."""

    def __init__(self, catalogue: str) -> None:
        super().__init__(catalogue)
        self.catalogue = catalogue


@dataclass
class NewUnit:
    target: Path
    text: str | None  # None when last year's file has errors (``problems`` says which)
    carried: bool
    problems: list[Problem] = field(default_factory=list)


def new_unit_file(repo: Repo, unit: str, year: int, catalogue: Catalogue) -> NewUnit:
    years = several_years(repo.root)
    folder = years[0].parent if years else repo.root / "assessments"
    target = folder / str(year) / f"{unit}.yaml"
    if os.path.lexists(target):
        raise UnitExists(target)
    schema = "../" * 2 + SCHEMA_NAME if folder == repo.root / "assessments" else "../" + SCHEMA_NAME
    info = repo.config.units.get(unit)
    default = repo.config.catalogue or DEFAULT_CATALOGUE
    roles = info.roles(catalogue.id, default) if info is not None else None
    registered = [i for i in (roles.indicators if roles else []) if i in catalogue.indicators]
    previous = folder / str(year - 1) / f"{unit}.yaml"
    if os.path.lexists(previous):
        src = read_yaml(previous, root=repo.root)
        model, found = load_model(Assessment, src)
        if model is None:
            return NewUnit(target, None, True, found)
        before = model.catalogue or repo.config.catalogue or framework_of_year(year - 1)
        if before == catalogue.id:  # the same framework: last year's answers carry over
            ids = registered or [i for i in model.indicators if i in catalogue.indicators]
            written = written_numbers(src, _lines(previous))
            text = carried_file(model, year - 1, year, catalogue, ids, schema, written)
            return NewUnit(target, text, True, found)
        # a new framework this year: nothing carries over; the registry says what is the unit's
    if info is None:
        raise UnknownUnit(unit)
    if not registered:
        if info.indicators or info.supports or info.catalogues:
            raise NoRoles(catalogue.id)  # the registry knows the unit, not under this framework
        registered = list(catalogue.indicators)
    return NewUnit(target, unit_file(unit, info.name, year, catalogue, registered, schema), False)


def _lines(path: Path) -> list[str]:
    """The text of last year's file, line by line, to carry its values as written; none when
    it cannot be read again (the values are then carried in their plainest form)."""
    try:
        return read_regular(path, DEFAULT_MAX_BYTES).decode("utf-8", "replace").split("\n")
    except OSError:
        return []
