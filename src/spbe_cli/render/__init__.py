"""Renderers: each turns a result into text for one output format. Only the CLI writes."""

from __future__ import annotations

from collections.abc import Callable

from spbe_cli.base.formats import ScoreFormat
from spbe_cli.engine.scoring import Score
from spbe_cli.problems.messages import Lang

__all__ = ["ScoreFormat", "render_score", "render_scores"]


def render_score(
    score: Score, fmt: ScoreFormat, lang: Lang, *, width: int | None = None, color: bool = False
) -> str:
    """Render ``score`` in ``fmt``; every member of ScoreFormat has exactly one renderer."""
    renderers: dict[ScoreFormat, Callable[[], str]] = {
        ScoreFormat.table: lambda: _table(score, lang, width, color),
        ScoreFormat.json: lambda: _json(score),
        ScoreFormat.csv: lambda: _csv(score),
        ScoreFormat.md: lambda: _md(score, lang),
    }
    return renderers[fmt]()


def _table(score: Score, lang: Lang, width: int | None, color: bool) -> str:
    from spbe_cli.render.terminal import render_terminal
    from spbe_cli.render.view import score_view

    return render_terminal(score_view(score, lang), width=width, color=color)


def _md(score: Score, lang: Lang) -> str:
    from spbe_cli.render.markdown import render_markdown
    from spbe_cli.render.view import score_view

    return render_markdown("score.md.j2", view=score_view(score, lang))


def _json(score: Score) -> str:
    from spbe_cli.render.jsonfmt import render_json

    return render_json(score)


def _csv(score: Score) -> str:
    from spbe_cli.render.csvfmt import render_csv

    return render_csv(score)


def render_scores(
    scores: list[Score],
    fmt: ScoreFormat,
    lang: Lang,
    *,
    width: int | None = None,
    color: bool = False,
) -> str:
    """Several years (of one or many instansi) in one output: JSON as an array of score
    documents, CSV as one table with ``instansi`` and ``year`` first, the others one after
    another."""
    if fmt is ScoreFormat.json:
        import json

        from spbe_cli.render.jsonfmt import score_document

        docs = [score_document(s) for s in scores]
        return json.dumps(docs, ensure_ascii=False, indent=2) + "\n"
    if fmt is ScoreFormat.csv:
        from spbe_cli.render.csvfmt import render_csv_many

        return render_csv_many(scores)
    return "\n".join(render_score(s, fmt, lang, width=width, color=color) for s in scores)
