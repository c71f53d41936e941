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


def _git(*args: str, cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise GitError(str(exc)) from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(lines[-1] if lines else f"git {args[0]} failed")
    return done.stdout


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
        top = _git("rev-parse", "--show-toplevel", cwd=self.cwd).decode().strip()
        prefix = _git("rev-parse", "--show-prefix", cwd=self.cwd).decode().strip()
        self.top = Path(top)
        self.folder = PurePosixPath(os.path.normpath(prefix + path.strip("/") or "."))
        listing = _git(
            "ls-tree", "--name-only", "--end-of-options", f"{self.rev}:{self.folder}", cwd=self.cwd
        )
        self.label = spec
        self.names = sorted(n for n in listing.decode("utf-8", "replace").splitlines() if n)
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
        size = _git("cat-file", "-s", "--end-of-options", str(path), cwd=self.cwd).strip()
        if int(size or 0) > DEFAULT_MAX_BYTES:  # read nothing that large into memory
            src.problems.append(
                problem(path, 0, 0, "Y006", size=int(size), limit=DEFAULT_MAX_BYTES)
            )
            return src
        return parse_yaml(
            _git("cat-file", "blob", "--end-of-options", str(path), cwd=self.cwd), path
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
                _git("cat-file", "-e", "--end-of-options", name, cwd=self.cwd)
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
        out = _git("log", "-1", "--format=%h%x00%cs%x00%s%x00%P", "--", ".", cwd=folder).decode(
            "utf-8", "replace"
        )
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
        remote = _git("remote", "get-url", "origin", cwd=folder).decode().strip()
        branch = _git("rev-parse", "--abbrev-ref", "HEAD", cwd=folder).decode().strip()
        if branch == "HEAD":
            branch = _git("rev-parse", "HEAD", cwd=folder).decode().strip()
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
    try:
        return Path(_git("rev-parse", "--show-toplevel", cwd=folder).decode().strip())
    except GitError:
        return None
