"""``spbe site``: render every page, then put the whole site in place at once.

The site is built in a temporary folder beside the output and moved into place with two
renames; the previous site (recognised by its ``.spbe-site`` marker) is removed only after the
new one is in place. A folder that is not a site of ours is never replaced, and the output can
never be, hold or lie inside the repository's data.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from spbe_cli.base.resources import data_dir
from spbe_cli.problems.messages import Lang, message
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
    for page in pages:
        try:  # a repository's template override is untrusted: a located error, not a crash
            template = env.get_template(page.template)
            files[page.path] = template.render(s=context, p=page).encode("utf-8")
        except jinja2.TemplateError as exc:
            raise SiteError(template_problem(exc)) from None
    index = json.dumps(builder.search_entries(pages), ensure_ascii=False, sort_keys=True)
    # a data file, never markup: nothing in it can close a tag or end the statement
    index = index.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    files["search-index.js"] = f"window.SPBE_SEARCH = {index};\n".encode()
    for name in STATIC:
        files[name] = _static(name, overrides)
    files[MARKER] = b"spbe site\n"
    return Site(files, dict(sorted(builder.copies.items())), pages)


def _static(name: str, overrides: list[Path]) -> bytes:
    """A bundled file of ``templates/site/`` (or its replacement in an override folder)."""
    for folder in (*overrides, data_dir("templates")):
        candidate = Path(folder) / "site" / name
        real = os.path.realpath(candidate)
        if candidate.is_file() and real.startswith(os.path.realpath(folder) + os.sep):
            return candidate.read_bytes()
    raise SiteError(name)


def check_output(output: Path, root: Path, lang: Lang) -> None:
    """Refuse an output that would hold the repository, or whose pages would land on its data
    (``refuse_inputs``, the rule every output follows: exit 2), and a folder that exists but is
    not a site of ours (an empty folder is fine)."""
    from spbe_cli.app.output import OutputIsInput, refuse_inputs

    out = Path(os.path.realpath(output))
    real_root = Path(os.path.realpath(root))
    if real_root.is_relative_to(out) or out.is_relative_to(real_root / ".git"):
        raise OutputIsInput(message("s_site_inside", lang, path=str(output)))
    refuse_inputs([output / "index.html", output / MARKER], roots=[root])
    if os.path.lexists(output):
        ours = output.is_dir() and not output.is_symlink() and (output / MARKER).is_file()
        empty = output.is_dir() and not output.is_symlink() and not any(output.iterdir())
        if not (ours or empty):
            raise SiteError(message("s_site_not_ours", lang, path=str(output)))


def write_site(site: Site, output: Path) -> None:
    """Build in a temporary folder beside ``output``, then swap it in."""
    parent = output.parent if str(output.parent) else Path()
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.spbe-", dir=parent))
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
            old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=parent))
            old.rmdir()
            output.replace(old)
        staging.replace(output)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
