"""Every renderer registry of the render layer, for the format test and for a reader looking for
where a format lives.

The layers above keep their own, as this module may not import them: ``spbe import``'s
``CHANGES`` (``spbe_cli.sheet.show``); the handout's formats are ``ReportFormat``'s. The format
test adds both."""

from __future__ import annotations

from typing import Any

from spbe_cli.render.convert import CONVERT
from spbe_cli.render.diff import DIFF
from spbe_cli.render.export import EXPORT
from spbe_cli.render.items import ITEMS
from spbe_cli.render.plan import PLAN
from spbe_cli.render.problems import PROBLEMS
from spbe_cli.render.registry import Registry
from spbe_cli.render.score import SCORE, SCORES
from spbe_cli.render.stages import STAGES
from spbe_cli.render.trend import TREND

REGISTRIES: tuple[Registry[Any, Any, Any], ...] = (
    SCORE,
    SCORES,
    TREND,
    STAGES,
    DIFF,
    PLAN,
    CONVERT,
    PROBLEMS,
    EXPORT,
    ITEMS,
)
