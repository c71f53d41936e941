"""``spbe site``: render every page, then put the whole site in place at once.

The site is built in a temporary folder beside the output and moved into place with two
renames; the previous site (recognised by its ``.spbe-site`` marker) is removed only after the
new one is in place. A folder that is not a site of ours is never replaced, and the output can
never be, hold or lie inside the repository's data. Both temporary folders are named after the
process (``.public.spbe-<pid>-*.tmp``), so a later run removes what a killed one left.
Two files whose names differ only in case would overwrite each other on many disks (and on
Pages): the build stops before writing anything if that could happen.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spbe_cli.base.resources import data_dir
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render import limits
from spbe_cli.render.markdown import environment
from spbe_cli.site.collect import Collected
from spbe_cli.site.pages import Builder, Page

MARKER = ".spbe-site"
STATIC = ("site.css", "search.js")


class SiteError(Exception):
    """The site cannot be written there; nothing was changed."""


@dataclass
class Site:
    files: dict[str, bytes]  # site path -> content
    copies: dict[str, Path]  # site path -> evidence file copied in
    pages: list[Page]

    @property
    def size(self) -> int:
        return sum(len(b) for b in self.files.values()) + sum(
            p.stat().st_size for p in self.copies.values()
        )


def render_site(data: Collected, *, lang: Lang, with_evidence: bool, overrides: list[Path]) -> Site:
    builder = Builder(data, lang, with_evidence)
    pages = builder.pages()
    context = builder.context()  # after the pages: it counts the evidence they copy
    import jinja2

    from spbe_cli.report.handout import template_problem

    env = environment(overrides)
    files: dict[str, bytes] = {}
    try:  # a repository's template override is untrusted: a located error, not a crash
        with limits.bounded(limits.SITE_SECONDS, limits.SITE_OUTPUT):  # all pages, and each
            for page in pages:
                template = env.get_template(page.template)
                # a file name that is not UTF-8 (git allows it) shows as U+FFFD, never a crash
                files[page.path] = template.render(s=context, p=page).encode("utf-8", "replace")
    except jinja2.TemplateError as exc:
        raise SiteError(template_problem(exc)) from None
    index = json.dumps(builder.search_entries(pages), ensure_ascii=False, sort_keys=True)
    # a data file, never markup: nothing in it can close a tag or end the statement
    index = index.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    files["search-index.js"] = f"window.SPBE_SEARCH = {index};\n".encode("utf-8", "replace")
    for name in STATIC:
        files[name] = _static(name, overrides)
    files[MARKER] = b"spbe site\n"
    names = [*(p.path for p in pages), "search-index.js", *STATIC, MARKER, *builder.copies]
    check_names(names, lang)
    return Site(files, dict(sorted(builder.copies.items())), pages)


def _fold(name: str) -> str:
    """``name`` as a case-insensitive disk compares it (Unicode caseless matching)."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", name).casefold())


def check_names(names: Iterable[str], lang: Lang) -> None:
    """Raise ``SiteError`` when two of the site's files would share a name, ignoring case and
    Unicode normalisation, or when a file would share its name with a folder of another: the
    page names are one-to-one by construction, and this proves it on every build."""
    files: dict[str, str] = {}
    folders: dict[str, str] = {}
    for name in names:
        key = _fold(name)
        if key in files or key in folders:
            other = files.get(key) or folders[key]
            raise SiteError(message("s_name_clash", lang, first=other, second=name))
        files[key] = name
        parts = key.split("/")
        for end in range(1, len(parts)):
            folders.setdefault("/".join(parts[:end]), name)
    for key, name in folders.items():
        if key in files:
            raise SiteError(message("s_name_clash", lang, first=files[key], second=name))


def _static(name: str, overrides: list[Path]) -> bytes:
    """A bundled file of ``templates/site/`` (or its replacement in an override folder)."""
    for folder in (*overrides, data_dir("templates")):
        candidate = Path(folder) / "site" / name
        real = os.path.realpath(candidate)
        if candidate.is_file() and real.startswith(os.path.realpath(folder) + os.sep):
            return candidate.read_bytes()
    raise SiteError(name)


def check_output(output: Path, root: Path, lang: Lang, templates: Path | None = None) -> None:
    """Refuse an output that would hold the repository, or whose pages would land on its data
    (``refuse_inputs``, the rule every output follows: exit 2), and a folder that exists but is
    not a site of ours (an empty folder is fine)."""
    from spbe_cli.app.output import OutputIsInput, refuse_folder_over_inputs, refuse_inputs

    out = Path(os.path.realpath(output))
    real_root = Path(os.path.realpath(root))
    guarded = [real_root] + ([Path(os.path.realpath(templates))] if templates else [])
    if any(g.is_relative_to(out) for g in guarded) or out.is_relative_to(real_root / ".git"):
        raise OutputIsInput(message("s_site_inside", lang, path=str(output)))
    inputs = [templates] if templates else []
    refuse_inputs([output / "index.html", output / MARKER], inputs=inputs, roots=[root])
    refuse_folder_over_inputs(output, root)  # a marker planted beside data: never replaced
    if os.path.lexists(output):
        ours = output.is_dir() and not output.is_symlink() and (output / MARKER).is_file()
        empty = output.is_dir() and not output.is_symlink() and not any(output.iterdir())
        if not (ours or empty):
            raise SiteError(message("s_site_not_ours", lang, path=str(output)))


def write_site(site: Site, output: Path) -> None:
    """Build in a temporary folder beside ``output``, then swap it in; first remove the
    temporary folders that killed runs left there (their process is gone)."""
    from spbe_cli.app.output import _sweep

    parent = output.parent if str(output.parent) else Path()
    parent.mkdir(parents=True, exist_ok=True)
    _sweep(output)
    temporary = f".{output.name}.spbe-{os.getpid()}-"  # what output._sweep recognises
    staging = Path(tempfile.mkdtemp(prefix=temporary, suffix=".tmp", dir=parent))
    try:
        for name, body in sorted(site.files.items()):
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        for name, source in site.copies.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target, follow_symlinks=False)
        staging.chmod(0o755)  # mkdtemp makes it 0700; a web server must read it
        old = None
        if os.path.lexists(output):
            old = Path(tempfile.mkdtemp(prefix=f"{temporary}old-", suffix=".tmp", dir=parent))
            old.rmdir()
            output.replace(old)
        staging.replace(output)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
