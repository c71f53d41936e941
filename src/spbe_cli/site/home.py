"""The home page's parts: the index year by year (table and chart), the latest change in git,
and the one-line summary of the problems (shared with the validation page)."""

from __future__ import annotations

from typing import Any

from spbe_cli.engine.diffing import Diff, IndicatorChange
from spbe_cli.problems.messages import counted, message
from spbe_cli.problems.problem import Problem, Severity
from spbe_cli.report.view import index_trend
from spbe_cli.site.collect import Change, Collected, YearData
from spbe_cli.site.formatting import Formatter
from spbe_cli.site.names import indicator_page, year_page


def site_title(fmt: Formatter) -> str:
    latest = fmt.data.latest
    return message(
        "s_site_title",
        fmt.lang,
        framework=latest.catalogue.framework if latest and latest.catalogue else "SPBE",
        instansi=fmt.data.repo.config.instansi or "",
    )


def problems_summary(fmt: Formatter, problems: list[Problem]) -> str:
    """``n errors, m warnings``, or the line that says the data is clean."""
    if not problems:
        return message("s_problems_clean", fmt.lang)
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    return message(
        "s_problems",
        fmt.lang,
        errors=counted("summary_errors", errors),
        warnings=counted("summary_warnings", len(problems) - errors),
    )


def trend_rows(fmt: Formatter, years: list[YearData]) -> list[dict[str, Any]]:
    """The index of every usable year; ``changed`` marks a year whose catalogue differs from
    the year before."""
    rows = []
    previous = None
    for y in years:
        score = y.prepared.score  # type: ignore[union-attr]
        rows.append(
            {
                "year": str(y.year),
                "href": year_page(y.year),
                "catalogue": score.catalogue.id,
                "changed": previous is not None and previous != score.catalogue.id,
                "index": fmt.num(score.index),
                "predikat": score.predikat,
            }
        )
        previous = score.catalogue.id
    return rows


def trend_chart(fmt: Formatter, data: Collected) -> str:
    """The index over the years, as the handout draws it (one series per catalogue, each with
    its own predikat bands); no chart for a single year."""
    scores = [y.prepared.score for y in data.usable if y.prepared is not None]
    if len(scores) < 2:
        return ""
    return index_trend(scores, fmt.lang, title=fmt.t["trend"], desc=fmt.t["trend"])


def change_block(fmt: Formatter, change: Change | None) -> dict[str, Any] | None:
    """The last commit that touched the assessments, and what it moved in the latest year."""
    if change is None:
        return None
    diff = change.diff
    return {
        "added": message("s_changed_added", fmt.lang) if diff is None and change.added else "",
        "line": message(
            "s_changed_commit",
            fmt.lang,
            commit=change.commit,
            date=change.date,
            subject=change.subject,
        ),
        "index": (
            f"{fmt.num(diff.index.old)} → {fmt.num(diff.index.new)}"
            if diff is not None and diff.index.old is not None and diff.index.new
            else ""
        ),
        "moved": moved_rows(fmt, diff) if diff is not None else [],
    }


def moved_rows(fmt: Formatter, diff: Diff) -> list[dict[str, str]]:
    return [_moved(fmt, diff, ch) for ch in diff.indicators if ch.old != ch.new]


def _moved(fmt: Formatter, diff: Diff, ch: IndicatorChange) -> dict[str, str]:
    """An indicator the last commit moved, its values in its own notation."""
    return {
        "id": ch.id,
        "name": ch.name,
        "href": indicator_page(diff.new.catalogue.id, ch.id),
        "old": "-" if ch.old is None else ch.indicator.text(ch.old, fmt.lang),
        "new": "-" if ch.new is None else ch.indicator.text(ch.new, fmt.lang),
        "unit": ch.unit,
    }
