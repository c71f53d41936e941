"""``spbe site``: the whole repository as a static website (thin: the work is in
spbe_cli.site)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.cli.core import (
    LangOption,
    TargetOption,
    TemplatesOption,
    app,
    fail,
    guarded,
    notice_provisional,
    start,
)
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import display_path

if TYPE_CHECKING:  # annotations of helpers only; commands keep runtime types
    from spbe_cli.site.collect import Collected

_BASE_URL = re.compile(r"^https://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9._~%/+-]*)?$")


@app.command()
@guarded
def site(
    path: Annotated[Path, typer.Argument(show_default=False)] = Path(),
    output: Annotated[Path, typer.Option("--output", "-o")] = Path("public"),
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", show_default=False),
    ] = None,
    with_evidence: Annotated[
        bool,
        typer.Option("--with-evidence"),
    ] = False,
    target: TargetOption = None,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """A static website of the whole repository: a home page, a page per year, per unit and per
    indicator, validation and search. No server: open index.html from disk, or publish it with
    GitHub/GitLab Pages. (Its help: ``help.site``.)"""
    from spbe_cli.site.collect import collect

    language = start(lang).lang
    base_url = _base_url(base_url, language)
    _check_output(path, output, templates, language)
    data = collect(path, lang=language, target=target, base_url=base_url)
    if not data.years:
        fail(message("s_no_years", language, path=display_path(path)))
    notice_provisional(
        [y.catalogue for y in data.usable if y.catalogue and y.catalogue.provisional]
    )
    _write_site(data, output, templates, with_evidence, language)


def _base_url(base_url: str | None, lang: Lang) -> str | None:
    """An https address, ending in ``/`` so page paths join onto it."""
    if base_url is not None and not _BASE_URL.match(base_url):
        raise UsageProblem(message("s_bad_base_url", lang))
    if base_url is not None and not base_url.endswith("/"):
        base_url += "/"
    return base_url


def _check_output(path: Path, output: Path, templates: Path | None, lang: Lang) -> None:
    """Refuse, before any work, an output folder that is not a site of spbe's own."""
    from spbe_cli.repository.layout import find_repo
    from spbe_cli.site.build import SiteError, check_output

    repo, _ = find_repo(path)
    try:
        check_output(output, repo.root, lang, templates)
    except SiteError as exc:
        fail(str(exc))


def _write_site(
    data: Collected, output: Path, templates: Path | None, with_evidence: bool, lang: Lang
) -> None:
    """Render every page, write the folder, and say how much was written."""
    from spbe_cli.site.build import SiteError, render_site, write_site
    from spbe_cli.site.pages import size_text

    overrides = [templates] if templates is not None else []
    try:
        built = render_site(data, lang=lang, with_evidence=with_evidence, overrides=overrides)
        write_site(built, output)
    except (SiteError, OSError) as exc:
        fail(str(exc))
    pages = sum(1 for name in built.files if name.endswith(".html"))
    sys.stderr.write(
        message(
            "s_site_written",
            lang,
            path=display_path(output),
            pages=pages,
            size=size_text(built.size),
        )
        + "\n"
    )
