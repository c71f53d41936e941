"""``spbe score``: one year's score, or several years' scores, in every score format."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Iterator

from spbe_cli.base.formats import ScoreFormat
from spbe_cli.engine.scoring import Score
from spbe_cli.render.registry import Context, Registry

SCORE: Registry[ScoreFormat, Score, str] = Registry("score", ScoreFormat)
SCORES: Registry[ScoreFormat, Iterable[Score], str] = Registry("scores", ScoreFormat)


@SCORE.add(ScoreFormat.table)
def score_table(score: Score, context: Context) -> str:
    from spbe_cli.render.terminal import render_terminal
    from spbe_cli.render.view import score_view

    view = score_view(score, context.lang)
    return render_terminal(view, width=context.width, color=context.color)


@SCORE.add(ScoreFormat.md)
def score_markdown(score: Score, context: Context) -> str:
    from spbe_cli.render.markdown import render_markdown
    from spbe_cli.render.view import score_view

    return render_markdown("score.md.j2", view=score_view(score, context.lang))


@SCORE.add(ScoreFormat.json)
def score_json(score: Score, context: Context) -> str:
    from spbe_cli.render.jsonfmt import render_json

    return render_json(score)


@SCORE.add(ScoreFormat.csv)
def score_csv(score: Score, context: Context) -> str:
    from spbe_cli.render.csvfmt import render_csv

    return render_csv(score)


@SCORES.add(ScoreFormat.json)
def scores_json(scores: Iterable[Score], context: Context) -> Iterator[str]:
    """Several years (of one or many instansi): an array of score documents, each written as
    it is made (the text of ``json.dumps(docs, indent=2)``)."""
    from spbe_cli.render.jsonfmt import score_document

    opened = False
    for s in scores:
        doc = json.dumps(score_document(s), ensure_ascii=False, indent=2)
        yield ("[\n" if not opened else ",\n") + textwrap.indent(doc, "  ")
        opened = True
    yield "\n]\n" if opened else "[]\n"


@SCORES.add(ScoreFormat.csv)
def scores_csv(scores: Iterable[Score], context: Context) -> str:
    """One table with ``instansi`` and ``year`` first (its columns depend on every year)."""
    from spbe_cli.render.csvfmt import render_csv_many

    return render_csv_many(list(scores))


@SCORES.add(ScoreFormat.table)
def scores_table(scores: Iterable[Score], context: Context) -> Iterator[str]:
    """Each score in full, one after another, each written as it is made."""
    for n, s in enumerate(scores):
        yield ("\n" if n else "") + score_table(s, context)


@SCORES.add(ScoreFormat.md)
def scores_markdown(scores: Iterable[Score], context: Context) -> Iterator[str]:
    for n, s in enumerate(scores):
        yield ("\n" if n else "") + score_markdown(s, context)
