"""Read a year of assessments from git objects (``v2023:assessments/2023``) without touching the
working tree, for ``spbe diff`` against a tag, a commit or a branch."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path, PurePosixPath

from spbe_cli.model.models import RepoConfig
from spbe_cli.model.schema import load_model
from spbe_cli.problems.messages import Lang, current_lang, message
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.repository.layout import CONFIG_NAME, Repo, is_unit_file
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, Source, parse_yaml


class GitError(Exception):
    """git could not answer: not a repository, an unknown revision, no such folder."""


def git_problem(spec: str, exc: GitError, lang: Lang) -> str:
    """What went wrong reading ``REV:PATH``, as a sentence in the user's language."""
    detail = str(exc)
    rev, _, path = spec.partition(":")
    if "not a git repository" in detail.lower():
        return message("git_not_repository", lang, spec=spec)
    if "not a valid object name" in detail.lower() or "does not exist" in detail.lower():
        return message("git_not_found", lang, spec=spec, rev=rev, path=path or ".")
    if detail.startswith(("revisi", "revision")):
        return detail
    return message("git_failed", lang, spec=spec, detail=detail)


# What git may never take from a repository's files or from the environment: a file-system
# monitor or hook command, a pager, an external diff or text conversion, a network protocol.
_SAFE_CONFIG = (
    "-c", "core.fsmonitor=false",
    "-c", "core.hooksPath=/dev/null",
    "-c", "core.untrackedCache=false",
    "-c", "core.pager=cat",
    "-c", "core.sshCommand=false",
    "-c", "core.askPass=",
    "-c", "credential.helper=",
    "-c", "protocol.allow=never",
)  # fmt: skip


def checkout_top(start: Path) -> Path | None:
    """The folder holding the ``.git`` entry nearest above ``start``: the checkout ``spbe``
    works in. Only an entry named ``.git`` counts; a folder that merely looks like a git
    directory (``HEAD``, ``objects/``, ``refs/``) is data and never a repository here."""
    here = Path(os.path.realpath(start))
    for candidate in (here, *here.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return None


def run_git(top: Path, *args: str, timeout: float = 60) -> bytes:
    """Run ``git ARGS`` against the checkout at ``top`` and nowhere else: the git directory and
    work tree are given explicitly (no discovery from a data folder), the search for another
    repository stops above ``top``, and every command git could start from configuration is
    off. Every git command of ``spbe`` goes through here."""
    git_dir = top / ".git"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        GIT_DIR=str(git_dir),
        GIT_WORK_TREE=str(top),
        GIT_CEILING_DIRECTORIES=str(top.parent),
        GIT_PAGER="cat",
        PAGER="cat",
        GIT_TERMINAL_PROMPT="0",
        GIT_OPTIONAL_LOCKS="0",
        GIT_PROTOCOL_FROM_USER="0",
        GIT_ALLOW_PROTOCOL="",
        GIT_NO_REPLACE_OBJECTS="1",
    )
    command = ["git", "--no-pager", f"--git-dir={git_dir}", f"--work-tree={top}", *_SAFE_CONFIG]
    try:
        done = subprocess.run(
            [*command, *args],
            cwd=top,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise GitError(str(exc)) from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(lines[-1] if lines else f"git {args[0]} failed")
    return done.stdout


def _top_of(folder: Path) -> tuple[Path, str]:
    """The checkout around ``folder`` and ``folder`` relative to it (``.`` at the top)."""
    top = checkout_top(folder)
    if top is None:
        raise GitError("not a git repository")
    return top, _within(top, folder)


def looks_like_git(spec: str) -> bool:
    """``REV:PATH`` that is not an existing path (``C:\\...`` on Windows exists)."""
    return ":" in spec and not Path(spec).exists()


class GitYear:
    """One year folder at one revision."""

    def __init__(self, spec: str, cwd: Path | None = None) -> None:
        self.cwd = cwd or Path.cwd()
        self.rev, _, path = spec.partition(":")
        if self.rev.startswith("-") or not self.rev.strip():
            # git would read it as an option (``--output=...``): never pass one on.
            raise GitError(message("git_bad_revision", current_lang(), rev=self.rev))
        self.top, prefix = _top_of(self.cwd)
        prefix = "" if prefix == "." else prefix + "/"
        self.folder = PurePosixPath(os.path.normpath(prefix + path.strip("/") or "."))
        listing = run_git(  # -z: names as they are, never quoted (``bpkad-é.yaml``)
            self.top,
            "ls-tree",
            "-z",
            "--name-only",
            "--end-of-options",
            f"{self.rev}:{self.folder}",
        )
        self.label = spec
        self.names = sorted(n for n in listing.decode("utf-8", "replace").split("\0") if n)
        self.files = [
            Path(f"{self.rev}:{self.folder / name}")
            for name in self.names
            if is_unit_file(Path(name))
        ]

    def exists(self, path: Path) -> bool:
        """Whether ``REV:folder/name`` is in the year folder at that revision."""
        return str(path).startswith(f"{self.rev}:") and path.name in self.names

    def read(self, path: Path) -> Source:
        """``path`` is the object name itself: ``REV:assessments/2023/bpkad.yaml``."""
        src = Source(path)
        size = run_git(self.top, "cat-file", "-s", "--end-of-options", str(path)).strip()
        if int(size or 0) > DEFAULT_MAX_BYTES:  # read nothing that large into memory
            src.problems.append(
                problem(path, 0, 0, "Y006", size=int(size), limit=DEFAULT_MAX_BYTES)
            )
            return src
        return parse_yaml(
            run_git(self.top, "cat-file", "blob", "--end-of-options", str(path)), path
        )

    def repo(self) -> tuple[Repo, list[Problem]]:
        """spbe.yaml as it was at that revision, found by walking up from the year folder."""
        for folder in (self.folder, *self.folder.parents):
            name = (
                f"{self.rev}:{folder / CONFIG_NAME}"
                if str(folder) != "."
                else f"{self.rev}:{CONFIG_NAME}"
            )
            try:
                run_git(self.top, "cat-file", "-e", "--end-of-options", name)
            except GitError:
                continue
            src = self.read(Path(name))
            model, problems = load_model(RepoConfig, src)
            return Repo(self.top / folder, model or RepoConfig(), src), problems
        return Repo(self.top / self.folder.parent.parent), []


def last_change(folder: Path) -> tuple[str, str, str] | None:
    """The last commit that touched ``folder`` and has a parent: (short hash, date, subject);
    None outside git or without such a commit."""
    try:
        top, relative = _top_of(folder)
        out = run_git(
            top, "log", "-1", "--no-ext-diff", "--no-textconv", "--no-show-signature",
            "--format=%h%x00%cs%x00%s%x00%P", "--", relative,
        ).decode("utf-8", "replace")  # fmt: skip
    except GitError:
        return None
    parts = out.strip("\n").split("\x00")
    if len(parts) != 4 or not parts[0] or not parts[3].strip():
        return None
    return parts[0], parts[1], parts[2]


def forge_base(folder: Path) -> str | None:
    """Where files are shown on the forge (``https://github.com/o/r/blob/<branch>/``), from
    the ``origin`` remote of a GitHub or GitLab repository; None otherwise."""
    try:
        top, _ = _top_of(folder)
        remote = run_git(top, "remote", "get-url", "origin").decode().strip()
        branch = run_git(top, "rev-parse", "--abbrev-ref", "HEAD").decode().strip()
        if branch == "HEAD":
            branch = run_git(top, "rev-parse", "HEAD").decode().strip()
    except GitError:
        return None
    found = re.match(r"^(?:https://(?:[^@/]+@)?|git@)(github\.com|gitlab\.com)[:/](.+?)(?:\.git)?/?$",
                     remote)  # fmt: skip
    if found is None or not re.fullmatch(r"[A-Za-z0-9._/-]+", found[2]):
        return None
    if not re.fullmatch(r"[A-Za-z0-9._/-]+", branch):
        return None
    blob = "blob" if found[1] == "github.com" else "-/blob"
    return f"https://{found[1]}/{found[2]}/{blob}/{branch}/"


def toplevel(folder: Path) -> Path | None:
    """The checkout around ``folder`` when git knows it as one."""
    try:
        top, _ = _top_of(folder)
        run_git(top, "rev-parse", "--git-dir")
    except GitError:
        return None
    return top


def commit_of(root: Path, only: list[Path] | None = None) -> str:
    """The commit of the checkout holding ``root`` ("+" when it has uncommitted changes; with
    ``only``, changes to those paths alone count: the data a site is made from, not the site
    being written beside it); "" outside git."""
    try:
        top, relative = _top_of(root)
        head = run_git(top, "rev-parse", "--short=12", "HEAD", timeout=10).decode().strip()
        paths = (
            [relative] if only is None else [_within(top, p) for p in only if os.path.lexists(p)]
        )
        dirty = run_git(top, "status", "--porcelain", "--", *paths, timeout=10)
    except GitError:
        return ""
    return head + ("+" if dirty.strip() else "")


def _within(top: Path, path: Path) -> str:
    relative = os.path.relpath(os.path.realpath(path), top)
    if relative == ".." or relative.startswith(".." + os.sep):
        raise GitError("not a git repository")
    return relative.replace(os.sep, "/")
