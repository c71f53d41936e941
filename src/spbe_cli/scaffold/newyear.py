"""``spbe new``: a unit's file for a new year, carried over from last year's answers (each marked
for review) or, for a unit new this year, its indicator list from spbe.yaml."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.engine.evaluate import several_years
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.model.editor_schema import SCHEMA_NAME
from spbe_cli.model.models import Assessment
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem
from spbe_cli.repository.layout import Repo
from spbe_cli.scaffold.files import carried_file, unit_file
from spbe_cli.source.yamlsrc import read_yaml


class UnitExists(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class UnknownUnit(Exception):
    """Neither last year's file nor spbe.yaml's ``units:`` knows the unit."""


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
    previous = folder / str(year - 1) / f"{unit}.yaml"
    if os.path.lexists(previous):
        src = read_yaml(previous, root=repo.root)
        model, found = load_model(Assessment, src)
        if model is None:
            return NewUnit(target, None, True, found)
        ids = list(info.indicators) if info and info.indicators else list(model.indicators)
        text = carried_file(model, year - 1, year, catalogue, ids, schema)
        return NewUnit(target, text, True, found)
    if info is None:
        raise UnknownUnit(unit)
    ids = list(info.indicators) or list(catalogue.indicators)
    return NewUnit(target, unit_file(unit, info.name, year, catalogue, ids, schema), False)
