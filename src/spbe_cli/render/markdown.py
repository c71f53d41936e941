"""The Jinja2 environment for every template, and the Markdown escape filters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import jinja2

from spbe_cli.resources import data_dir

# Characters that Markdown would read as formatting or HTML inside running text.
_INLINE = re.compile(r"([\\`*_\[\]])")
# ... and what would open a heading, quote or list when it starts a line ("- x", "1. x").
_BLOCK_START = re.compile(r"^(\s*)([#>+\-]|\d+[.)])(?=\s|$)")


def environment(overrides: Sequence[Path] = ()) -> jinja2.Environment:
    """Templates in ``overrides`` (first wins) replace the bundled ones by file name.

    HTML templates (``*.html.j2``) are autoescaped; Markdown ones escape through the filters.
    """
    folders = [str(p) for p in (*overrides, data_dir("templates"))]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html", "htm", "xml", "html.j2", "svg"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["mdcell"] = md_cell
    env.filters["mdtext"] = md_text
    env.filters["mdlink"] = md_text
    env.filters["mdurl"] = md_url
    return env


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline(text: str) -> str:
    return _INLINE.sub(r"\\\1", _html(" ".join(text.split())))


def md_text(value: object) -> str:
    """User text safe in running Markdown: one line, no raw HTML, no accidental formatting."""
    return _BLOCK_START.sub(r"\1\\\2", _inline(str(value)))


def md_cell(value: object) -> str:
    """Text safe inside a table cell: also no new column and no new row."""
    lines = [_inline(line) for line in str(value).splitlines() if line.strip()]
    return "<br>".join(line.replace("|", "\\|") for line in lines) or " "


def md_url(value: object) -> str:
    """A link target that cannot end the link early or carry HTML."""
    text = str(value).strip()
    for raw, safe in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E")):
        text = text.replace(raw, safe)
    return text


def render_markdown(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)
