"""Writing results: all files of one result land together or not at all, never half-written."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from spbe_cli.base.errors import UsageProblem
from spbe_cli.problems.messages import current_lang, message

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class OutputError(Exception):
    """The result could not be written; nothing was."""


class OutputIsInput(UsageProblem):
    """The output would replace an input of the repository (exit 2; nothing is written)."""


def write_files(
    files: Mapping[Path, bytes],
    *,
    inputs: Iterable[Path] = (),
    roots: Iterable[Path] = (),
    creating_inputs: bool = False,
) -> None:
    """Write each file to a temporary name beside it, then rename them all into place, in the
    order given (a handout after its charts, so that it never points at charts not yet there).

    Before anything is written, every target is checked against the repository's inputs
    (``refuse_inputs``) unless the command exists to write inputs (``creating_inputs``: init,
    new, the evidence lock); a missing folder is created. Temporary files that a killed run
    left for the same targets are removed first.
    """
    if not creating_inputs:
        refuse_inputs(files, inputs=inputs, roots=roots)
    staged: list[tuple[Path, Path]] = []
    try:
        for target in files:
            if target.is_dir():
                raise OutputError(message("output_is_folder", current_lang(), path=target))
            target.parent.mkdir(parents=True, exist_ok=True)
            _sweep(target)
        for target, data in files.items():
            handle, name = tempfile.mkstemp(
                prefix=f".{target.name}.spbe-{os.getpid()}-", suffix=".tmp", dir=target.parent
            )
            staged.append((Path(name), target))
            os.fchmod(handle, _mode(target))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        for temporary, target in staged:
            temporary.replace(target)
    except OSError as exc:
        where = exc.filename or next(iter(files), "")
        detail = exc.strerror or type(exc).__name__
        raise OutputError(
            message("output_failed", current_lang(), path=where, detail=detail)
        ) from exc
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()


_TEMP = re.compile(r"^\.(?P<name>.+)\.spbe-(?P<pid>\d+)-[^.]*\.tmp$")


def _sweep(target: Path) -> None:
    """Remove the temporary files of ``target`` that a killed ``spbe`` left behind (their
    process is gone); a running one's are left alone."""
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            found = _TEMP.match(entry.name)
            if found and found["name"] == target.name and not _alive(int(found["pid"])):
                entry.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":
        return True  # on Windows os.kill(pid, 0) would end that process: never sweep there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


# What a repository's outputs may never replace: relative to the root (or to its
# ``assessments/``), these names and everything inside these folders.
_INPUT_FILES = frozenset({"spbe.yaml", "spbe-evidence.lock"})
_INPUT_FOLDERS = frozenset({"evidence", "indicators", "templates"})
_YEAR = re.compile(r"^\d{4}$")


def refuse_inputs(
    targets: Iterable[Path], *, inputs: Iterable[Path] = (), roots: Iterable[Path] = ()
) -> None:
    """Raise ``OutputIsInput`` when a target is an input: one of ``inputs`` (the files the
    command read), or, in the repository around the target or in ``roots``, the
    configuration, the lock, a catalogue, a template, evidence, or anything in a year folder."""
    protected = {Path(os.path.realpath(p)) for p in inputs}
    known = [Path(os.path.realpath(r)) for r in roots]
    for target in targets:
        real = Path(os.path.realpath(target))
        if real in protected or any(_in_repository_inputs(real, r) for r in _roots(real, known)):
            raise OutputIsInput(message("output_is_input", current_lang(), path=target))


def _roots(real: Path, known: list[Path]) -> list[Path]:
    """``known`` and every folder above ``real`` that holds a ``spbe.yaml``."""
    return [*known, *(f for f in real.parents if os.path.lexists(f / "spbe.yaml"))]


def _in_repository_inputs(real: Path, root: Path) -> bool:
    if not real.is_relative_to(root) or real == root:
        return False
    parts = real.relative_to(root).parts
    if parts[0] == "assessments" and len(parts) > 1:
        parts = parts[1:]
    if len(parts) == 1:
        return parts[0] in _INPUT_FILES
    return parts[0] in _INPUT_FOLDERS or bool(_YEAR.match(parts[0]))


def _mode(target: Path) -> int:
    """An existing file keeps its mode; a new one gets what the umask allows (mkstemp would
    leave 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def find_chromium() -> str | None:
    """``SPBE_CHROMIUM``, else the first Chromium or Chrome on PATH."""
    chosen = os.environ.get("SPBE_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: str, browser: str, *, timeout: float = 120) -> bytes:
    """Print ``html`` to PDF with headless Chromium: no network, no profile left behind.

    Chromium runs in a process group of its own that is killed as a whole when printing ends
    or times out, and on Linux it dies with ``spbe`` even when ``spbe`` is killed outright. Its
    scratch folder is named after this process, so a later run removes what a killed one left.
    """
    scratch = Path(tempfile.gettempdir())
    _sweep_scratch(scratch)
    work = Path(tempfile.mkdtemp(prefix=f"spbe-pdf-{os.getpid()}-", dir=scratch))
    try:
        page = work / "handout.html"
        pdf = work / "handout.pdf"
        page.write_text(html, encoding="utf-8")
        command = [
            browser,
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--disable-sync",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-breakpad",
            "--disable-crash-reporter",
            "--no-default-browser-check",
            f"--user-data-dir={work / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to run as root otherwise
        # Chromium's own scratch files go into ours too, so a kill leaves one folder to sweep.
        env = {**os.environ, "TMPDIR": str(work)}
        stderr = _run_group(command, timeout, env)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            detail = (stderr.strip().splitlines() or ["no PDF"])[-1]
            raise OutputError(detail[:200])
        return pdf.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_group(command: list[str], timeout: float, env: dict[str, str]) -> str:
    """Run ``command`` in its own process group; whatever it started is killed at the end."""
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
    except OSError as exc:
        raise OutputError(str(exc)) from exc
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise OutputError(f"timeout {timeout:g} s") from exc
    finally:
        with contextlib.suppress(OSError):
            if hasattr(os, "killpg"):  # POSIX: the whole group, helpers included
                os.killpg(process.pid, signal.SIGKILL)
            else:  # pragma: no cover - Windows
                process.kill()
        process.wait()
    return err.decode("utf-8", "replace")


def _die_with_parent() -> None:  # pragma: no cover - runs in the child, between fork and exec
    """Linux: the kernel sends SIGKILL to the browser the moment ``spbe`` dies."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _sweep_scratch(scratch: Path) -> None:
    """Remove the ``spbe-pdf-<pid>-*`` folders of runs that were killed (their pid is gone)."""
    with contextlib.suppress(OSError):
        for entry in scratch.iterdir():
            found = re.match(r"^spbe-pdf-(\d+)-", entry.name)
            if found and entry.is_dir() and not _alive(int(found.group(1))):
                shutil.rmtree(entry, ignore_errors=True)
