"""``spbe snapshot`` and ``spbe verify`` (thin: the work is in spbe_cli.submission)."""

from __future__ import annotations

import os
import stat
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.cli.core import (
    EXIT_DATA,
    LangOption,
    OutputOption,
    Show,
    StageOption,
    app,
    fail,
    guarded,
    report_problems,
    require,
    start,
)
from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import display_path

if TYPE_CHECKING:  # annotations of helpers only; commands keep runtime types
    from spbe_cli.engine.yearview import YearView
    from spbe_cli.submission.revision import Revision
    from spbe_cli.submission.verify import Verdict


class VerifyFormat(str, Enum):
    text = "text"
    json = "json"


# The options of `spbe snapshot` and `spbe verify`, declared once here.
SnapshotYear = Annotated[
    str | None,
    typer.Argument(show_default=False),
]
SnapshotSign = Annotated[
    Path | None,
    typer.Option("--sign", show_default=False),
]
SnapshotForce = Annotated[bool, typer.Option("--force")]
VerifySnapshot = Annotated[Path, typer.Argument(show_default=False)]
VerifySigners = Annotated[
    Path | None,
    typer.Option("--allowed-signers", show_default=False),
]
VerifyRepo = Annotated[
    str | None,
    typer.Option("--repo", show_default=False),
]
VerifyFormatOption = Annotated[VerifyFormat, typer.Option("--format", "-f")]


@app.command()
@guarded
def snapshot(
    year: SnapshotYear = None,
    stage: StageOption = None,
    output: OutputOption = None,
    sign: SnapshotSign = None,
    force: SnapshotForce = False,
    lang: LangOption = None,
) -> None:
    """Record what was submitted as an in-toto Statement v1 (JSON): every input file with its
    SHA-256 and size, and the values of every stage. (Its help: ``help.snapshot``.)"""
    from spbe_cli.app.workspace import open_year, year_argument
    from spbe_cli.engine.yearview import view_year
    from spbe_cli.submission.sign import key_problem
    from spbe_cli.submission.snapshot import build_statement, canonical, digest_of

    context = start(lang)
    if sign is not None:
        problem = key_problem(sign, context.lang)
        if problem is not None:
            raise UsageProblem(problem)
    opened = open_year([year_argument(Path(year) if year is not None else None, context.lang)])
    require(opened, context, Show.ERRORS)
    view = view_year(opened, stage or Stage.MANDIRI)  # what the instansi submits, as score shows
    data = canonical(build_statement(view))
    if output is None and sign is None:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        digest = digest_of(data)
        sys.stderr.write(message("snap_written_stdout", context.lang, digest=digest) + "\n")
        return
    target = output if output is not None else Path(f"snapshot-{view.year}.json")
    _write(view, target, data, sign, force, context.lang)


def _write(
    view: YearView, target: Path, data: bytes, key: Path | None, force: bool, lang: Lang
) -> None:
    """The snapshot (and its signature) written together: never over an input (the key, its
    ``.pub``, the allowed signers included), never over an earlier snapshot without --force."""
    from spbe_cli.app.output import OutputError, refuse_inputs, write_files
    from spbe_cli.submission.sign import SignError, sign
    from spbe_cli.submission.snapshot import digest_of
    from spbe_cli.submission.verify import DEFAULT_SIGNERS

    root = view.year_set.repo.root
    signature = Path(f"{target}.sig")
    targets = [target, signature] if key is not None else [target]
    inputs = [*view.year_set.inputs(), root / DEFAULT_SIGNERS]
    if key is not None:
        inputs += [key, Path(f"{key}.pub")]
    refuse_inputs(targets, inputs=inputs, roots=[root])
    taken = [t for t in targets if _existing_file(t)]
    if taken and not force:
        raise UsageProblem(message("snap_exists", lang, path=display_path(taken[0])))
    files = {target: data}
    if key is not None:
        try:
            files[signature] = sign(data, key)
        except SignError as exc:
            fail(str(exc))
    try:
        write_files(files, inputs=inputs, roots=[root])
    except OutputError as exc:
        fail(str(exc))
    shown = display_path(target)
    sys.stderr.write(message("snap_written", lang, path=shown, digest=digest_of(data)) + "\n")
    if key is not None:
        sys.stderr.write(message("snap_signed", lang, path=display_path(signature)) + "\n")
    elif os.path.lexists(signature):
        sys.stderr.write(message("snap_stale_sig", lang, path=display_path(signature)) + "\n")


def _existing_file(path: Path) -> bool:
    """A file (or a link) that writing would replace; a folder, a pipe or a device is left to
    ``write_files``, which refuses each with its own message."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) or stat.S_ISLNK(mode)


@app.command()
@guarded
def verify(
    snapshot: VerifySnapshot,
    allowed_signers: VerifySigners = None,
    repo: VerifyRepo = None,
    fmt: VerifyFormatOption = VerifyFormat.text,
    lang: LangOption = None,
) -> None:
    """Check a snapshot: recompute every digest and every value from the working folder or a git
    revision, and check its signature. (Its help: ``help.verify``.)"""
    from spbe_cli.submission.revision import scratch
    from spbe_cli.submission.sign import SignError
    from spbe_cli.submission.statement import SnapshotError, read_snapshot
    from spbe_cli.submission.verify import check_signature
    from spbe_cli.submission.verify import verify as compare

    language = start(lang).lang
    _require_file(snapshot, "snap_snapshot_kind", language)
    if allowed_signers is not None:
        _require_file(allowed_signers, "snap_signers_kind", language)
    try:
        read = read_snapshot(snapshot)
    except SnapshotError as exc:
        fail(str(exc))
    with scratch() as work:
        home, root, revision = _source(repo, work, read.folder, language)
        try:
            signature = check_signature(read, allowed_signers, home)
        except SignError as exc:
            fail(str(exc))
        verdict = compare(read, root, revision, signature)
    _show(verdict, fmt, language)


def _require_file(path: Path, key: str, lang: Lang) -> None:
    """A usage error unless ``path`` is a regular file: it says what ``path`` is instead."""
    from spbe_cli.submission.sign import kind_key

    kind = kind_key(path)
    if kind == "snap_kind_missing":
        if key == "snap_snapshot_kind":
            raise UsageProblem(message("X010", lang, where=display_path(path)))
        raise UsageProblem(message("snap_no_signers_file", lang, path=display_path(path)))
    if kind is not None:
        shown = message(kind, lang)
        raise UsageProblem(message(key, lang, path=display_path(path), kind=shown))


def _source(
    repo: str | None, work: Path, folder: str, lang: Lang
) -> tuple[Path, Path, Revision | None]:
    """The working tree's repository root, the root to recompute from (the same, or a copy of
    a git revision below ``work``) and that revision."""
    from spbe_cli.repository.gitsrc import GitError
    from spbe_cli.submission.revision import RevisionError, open_revision

    if repo is not None and Path(repo).is_dir():
        home = _repository(Path(repo), folder, lang)
        return home, home, None
    home = _repository(Path.cwd(), folder, lang)
    if repo is None:
        return home, home, None
    try:
        revision = open_revision(repo, home, work)
    except RevisionError as exc:
        raise UsageProblem(str(exc)) from None
    except GitError as exc:
        raise UsageProblem(message("snap_git_failed", lang, rev=repo, detail=str(exc))) from None
    return home, revision.root, revision


def _repository(start: Path, folder: str, lang: Lang) -> Path:
    """The root of the repository around ``start``; a usage error when there is none (no
    ``spbe.yaml``, and not the snapshot's year ``folder`` either): every recorded file would
    otherwise count as missing."""
    from spbe_cli.repository.layout import find_repo

    found = find_repo(start)[0]
    if found.config_src is None and not (found.root / folder).is_dir():
        raise UsageProblem(message("snap_no_repository", lang, where=display_path(start)))
    return found.root


def _show(verdict: Verdict, fmt: VerifyFormat, lang: Lang) -> None:
    """The differences on stdout (lines, or JSON); the year's errors, the signature and the
    summary on stderr; exit 1 unless all agree."""
    from spbe_cli.submission.verify import DEFAULT_SIGNERS, lines, summary, verdict_json

    if not verdict.year.usable:
        report_problems(verdict.year.problems, lang)
    if fmt is VerifyFormat.json:
        sys.stdout.write(verdict_json(verdict, lang))
    else:
        sys.stdout.write(lines(verdict.differences, lang, verdict.catalogue))
    s = verdict.signature
    if s.status == "valid":
        sys.stderr.write(message("snap_sig_valid", lang, principal=s.principal) + "\n")
    elif s.status == "unsigned":
        sys.stderr.write(message("snap_unsigned", lang, path=display_path(s.file)) + "\n")
    sys.stderr.write(summary(verdict, lang) + "\n")
    if s.status == "no_signers":
        shown = display_path(s.signers or DEFAULT_SIGNERS)
        sys.stderr.write(message("snap_signers_hint", lang, path=shown) + "\n")
    if not verdict.agree:
        raise typer.Exit(EXIT_DATA)
