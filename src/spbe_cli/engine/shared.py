"""The problems several loaders and checks report alike, each made in one place."""

from __future__ import annotations

import difflib
from fractions import Fraction

from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.problems.messages import Msg, value_of
from spbe_cli.problems.problem import Problem, natural_key, problem
from spbe_cli.source.yamlsrc import KeyPath, Source


def out_of_scale(
    src: Source, where: KeyPath, level: object, ident: str, indicator: Indicator
) -> Problem:
    """S005 at ``where``: a level (or value) outside the indicator's scale."""
    line, col = src.pos(where)
    scale = indicator.scale
    shown = value_of(indicator, level) if isinstance(level, Fraction) else level
    return problem(
        src.path, line, col, "S005", level=shown, indicator=ident, low=scale.low, high=scale.high
    )


def unknown_indicator(
    src: Source, where: KeyPath, ident: str, catalogue: Catalogue, *, key: bool = False
) -> Problem:
    """X001 at ``where``: an indicator id the catalogue does not have, with the nearest ids."""
    line, col = src.pos(where, key=key)
    hint = nearest(ident, catalogue)
    return problem(src.path, line, col, "X001", indicator=ident, catalogue=catalogue.id, hint=hint)


def nearest(ident: str, catalogue: Catalogue) -> Msg:
    ids = sorted(catalogue.indicators, key=natural_key)
    close = difflib.get_close_matches(ident.strip().upper(), ids, n=3, cutoff=0.5)
    if not close:
        return Msg.of("empty")
    return Msg.of("did_you_mean", options=" / ".join(f"`{c}`" for c in close))


def both_level_and_value(src: Source, where: KeyPath) -> Problem:
    """S007 at ``where`` (the `value` key): `level` and `value` name the same thing."""
    line, col = src.pos(where, key=True)
    return problem(src.path, line, col, "S007")
