"""The Jinja2 environment for every template, and the Markdown escape filters."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import jinja2
from jinja2.loaders import split_template_path
from markupsafe import Markup

from spbe_cli.base.resources import data_dir
from spbe_cli.render import limits
from spbe_cli.render.sandbox import BoundedEnvironment

# Characters that Markdown would read as formatting or HTML inside running text.
_INLINE = re.compile(r"([\\`*_\[\]~])")
# ... and what would open a heading, quote or list when it starts a line ("- x", "1. x").
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)](?=\s|$))")


def environment(overrides: Sequence[Path] = ()) -> jinja2.Environment:
    """Templates in ``overrides`` (first wins) replace the bundled ones by file name.

    A repository's templates come from pull requests, so every template runs in Jinja2's
    immutable sandbox: no ``_`` attributes (``__globals__``, ``__init__``), no unsafe callables,
    no changing the data; and bounded work (``render.sandbox``, ``render.limits``): no huge
    value, number, output or recursion, no render past its deadline. HTML templates
    (``*.html.j2``) are autoescaped; Markdown ones escape through the filters. One environment
    per set of folders, so templates compile once.
    """
    return _environment(tuple(str(p) for p in (*overrides, data_dir("templates"))))


_TICKS = re.compile(r"`([^`\n]+)`")


def html_ticks(text: object) -> Markup:
    """A message for an HTML page: escaped, then each `code` span (a command, a key) set as
    ``<code>``, as the Markdown handout shows it; nothing in the text becomes markup."""
    escaped = str(Markup.escape(str(text)))
    return Markup(_TICKS.sub(r"<code>\1</code>", escaped))


@functools.lru_cache(maxsize=8)
def _environment(folders: tuple[str, ...]) -> jinja2.Environment:
    env = BoundedEnvironment(
        loader=jinja2.ChoiceLoader([_ContainedLoader(folder) for folder in folders]),
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
    env.filters["mdcode"] = md_code
    env.filters["ticks"] = html_ticks
    env.isolated = len(folders) > 1  # a repository's templates (or --templates) take part
    return env


class _ContainedLoader(jinja2.FileSystemLoader):
    """One template folder whose files, links followed, must lie inside it: a repository
    template that is a link to ``/etc/passwd`` counts as absent (the next folder's is used).
    A file too big to be a template, or not UTF-8, is a located error."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        folder = os.path.realpath(self.searchpath[0])
        path = Path(self.searchpath[0], *split_template_path(template))
        if not os.path.realpath(path).startswith(folder + os.sep):
            raise jinja2.TemplateNotFound(template)
        if path.is_file() and path.stat().st_size > limits.MAX_TEMPLATE_BYTES:
            too_big = limits.TemplateLimitError("t_file_size", limit=limits.MAX_TEMPLATE_BYTES)
            raise too_big.at(str(path))
        try:
            source, filename, uptodate = super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            line = exc.object[: exc.start].count(b"\n") + 1
            byte = f"0x{exc.object[exc.start]:02x}"
            raise limits.TemplateProblem("t_encoding", byte=byte).at(str(path), line) from None
        if not os.path.realpath(filename).startswith(folder + os.sep):
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline(text: str) -> str:
    return _INLINE.sub(r"\\\1", _html(one_line_text(text)))


def md_text(value: object) -> str:
    """User text safe in running Markdown: one line, no raw HTML, no accidental formatting
    (emphasis, strike-through, headings, lists, rules)."""
    return Markup(_BLOCK_START.sub(r"\1\\\2", _inline(one_line_text(value))))


def md_cell(value: object) -> str:
    """Text safe inside a table cell: also no new column and no new row."""
    lines = [_inline(line) for line in str(value).splitlines() if line.strip()]
    return Markup("<br>".join(line.replace("|", "\\|") for line in lines) or " ")


# Percent-encode everything but the characters a URL needs: whitespace, line breaks, quotes,
# brackets and parentheses can then never end the link early or open HTML.
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def md_url(value: object) -> str:
    """A link target that cannot end the link early, carry HTML or run a script: only http(s)
    URLs and relative paths are links; anything else becomes ``#``."""
    text = str(value).strip()
    if _SCHEME.match(text) and not text.lower().startswith(("http://", "https://")):
        return Markup("#")
    return Markup(_URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), text))


def md_code(value: object) -> str:
    """Text as an inline code span that no backtick inside it can close early."""
    text = one_line_text(value)
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Markup(f"{fence}{pad}{text}{pad}{fence}")


def one_line_text(value: object) -> str:
    return " ".join(str(value).split())


def render_markdown(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)
