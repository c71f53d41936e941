"""Markdown output rendered from Jinja2 templates (``templates/*.md.j2``)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from spbe_cli.resources import data_dir


def environment(extra: Path | None = None) -> jinja2.Environment:
    """Templates from ``extra`` (when given) override the bundled ones by file name."""
    folders = [str(p) for p in (extra, data_dir("templates")) if p is not None]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html", "html.j2", "htm"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["mdcell"] = md_cell
    env.filters["mdtext"] = md_text
    return env


def md_text(value: object) -> str:
    """Text safe in running Markdown: user text never becomes raw HTML."""
    text = str(value)
    for raw, safe in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(raw, safe)
    return " ".join(text.split())


def md_cell(value: object) -> str:
    """Text safe inside a Markdown table cell: no new column, no new row, no raw HTML."""
    text = str(value)
    for raw, safe in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\\", "\\\\"), ("|", "\\|")):
        text = text.replace(raw, safe)
    return "<br>".join(line.strip() for line in text.splitlines()) or " "


def render_markdown(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)
