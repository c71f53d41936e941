"""Writing results: all files of one result land together or not at all, never half-written."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from spbe_cli.app.printpage import Escape, first_escape, with_policy
from spbe_cli.base.errors import UsageProblem
from spbe_cli.problems.messages import current_lang, message
from spbe_cli.repository.layout import is_year, look_alike_year

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class OutputError(Exception):
    """The result could not be written; nothing was."""


class OutputIsInput(UsageProblem):
    """The output would replace an input of the repository (exit 2; nothing is written)."""


class OutputIsFolder(UsageProblem):
    """The output named is a folder (exit 2; nothing is written)."""


class OutputIsSpecial(UsageProblem):
    """The output path is a device, a pipe or a socket (exit 2)."""


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
    for target in files:  # a usage mistake, found before anything is written
        _refuse_special(target)
    staged: list[tuple[Path, Path]] = []
    try:
        for target in files:
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


def _refuse_special(target: Path) -> None:
    """A folder, or a device, pipe or socket (``-o /dev/null`` as root), is never replaced by
    the output: renaming over it would destroy it."""
    if target.is_dir():
        raise OutputIsFolder(message("output_is_folder", current_lang(), path=target))
    try:
        mode = target.lstat().st_mode
    except OSError:
        return  # not there yet (or unreadable: writing says why)
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OutputIsSpecial(message("output_not_a_file", current_lang(), path=target))


_TEMP = re.compile(r"^\.(?P<name>.+)\.spbe-(?P<pid>\d+)-[^.]*\.tmp$")


def _sweep(target: Path) -> None:
    """Remove the temporary files of ``target`` that a killed ``spbe`` left behind (their
    process is gone), and its temporary folders (``spbe site``); a running one's are left
    alone."""
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            found = _TEMP.match(entry.name)
            if found and found["name"] == target.name and not process_alive(int(found["pid"])):
                _remove(entry)


def _remove(entry: Path) -> None:
    with contextlib.suppress(OSError):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def process_alive(pid: int) -> bool:
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


def refuse_inputs(
    targets: Iterable[Path], *, inputs: Iterable[Path] = (), roots: Iterable[Path] = ()
) -> None:
    """Raise ``OutputIsInput`` when a target is an input: one of ``inputs`` (the files the
    command read; a folder among them, such as ``--templates DIR``, guards all it holds),
    anything in a ``.git`` directory, or, in the repository around the target or in
    ``roots``, the configuration, the lock, a catalogue, a template, anything in a year
    folder, or a file that any year names as evidence."""
    protected = {Path(os.path.realpath(p)) for p in inputs}
    folders = [p for p in protected if p.is_dir()]
    known = [Path(os.path.realpath(r)) for r in roots]
    evidence: dict[Path, frozenset[str]] = {}  # per root, read once for all targets
    for target in targets:
        real = Path(os.path.realpath(target))
        if (
            real in protected
            or any(real.is_relative_to(f) for f in folders)
            or any(_git_part(p) for p in real.parts)
            or any(_in_repository_inputs(real, r, evidence) for r in _roots(real, known))
        ):
            raise OutputIsInput(message("output_is_input", current_lang(), path=target))


def refuse_folder_over_inputs(folder: Path, root: Path) -> None:
    """Raise ``OutputIsInput`` when ``folder`` (to be replaced whole, as a site is) holds an
    input of the repository at ``root``: a year folder, the configuration, the lock, a
    catalogue, a template, or a file some year names as evidence."""
    from spbe_cli.repository.layout import Repo, repo_years

    out = Path(os.path.realpath(folder))
    real_root = Path(os.path.realpath(root))
    named = [real_root / n for n in (*_INPUT_FILES, *_INPUT_FOLDERS)]
    named += [Path(os.path.realpath(y)) for y in repo_years(Repo(real_root)).values()]
    held = any(p.is_relative_to(out) and os.path.lexists(p) for p in named)
    prefix = str(out).casefold().rstrip(os.sep) + os.sep
    if held or any(e.startswith(prefix) for e in _evidence_files(real_root)):
        raise OutputIsInput(message("output_is_input", current_lang(), path=folder))


def _roots(real: Path, known: list[Path]) -> list[Path]:
    """``known`` and every folder above ``real`` that holds a ``spbe.yaml``."""
    return [*known, *(f for f in real.parents if os.path.lexists(f / "spbe.yaml"))]


def _in_repository_inputs(real: Path, root: Path, evidence: dict[Path, frozenset[str]]) -> bool:
    if not real.is_relative_to(root) or real == root:
        return False
    # compared case-folded: on a case-insensitive disk (macOS, Windows) SPBE.YAML is spbe.yaml
    parts = tuple(p.casefold() for p in real.relative_to(root).parts)
    if parts[0] == "assessments" and len(parts) > 1:
        parts = parts[1:]
    if len(parts) == 1 and parts[0] in _INPUT_FILES:
        return True
    if len(parts) > 1 and (
        parts[0] in _INPUT_FOLDERS or is_year(parts[0]) or look_alike_year(parts[0]) is not None
    ):
        return True
    if root not in evidence:
        evidence[root] = _evidence_files(root)
    return str(real).casefold() in evidence[root]


def _git_part(part: str) -> bool:
    return part.casefold().rstrip(". ") == ".git"


def _evidence_files(root: Path) -> frozenset[str]:
    """Every file that a unit or stage file of any year of the repository at ``root`` names
    as evidence (``path:``), and every catalogue file that it or ``spbe.yaml`` names
    (``catalogue:``), links resolved and case-folded: an output may not replace last year's
    proof or a custom catalogue kept outside ``indicators/``."""
    from spbe_cli.repository.layout import CONFIG_NAME, Repo, repo_years
    from spbe_cli.source.yamlsrc import read_yaml

    files = [root / CONFIG_NAME] if (root / CONFIG_NAME).is_file() else []
    for folder in repo_years(Repo(root)).values():
        files += [e for e in sorted(folder.iterdir()) if e.suffix in (".yaml", ".yml")]
    found: set[str] = set()
    for entry in files:
        if entry.is_file():
            data = read_yaml(entry, root=root).data
            named = [*_paths_in(data)]
            if isinstance(data, dict) and isinstance(data.get("catalogue"), str):
                named.append(data["catalogue"])
            for path in named:
                found.add(os.path.realpath(os.path.join(root, path)).casefold())  # noqa: PTH118
    return frozenset(found)


def _paths_in(data: object) -> Iterator[str]:
    """The ``path`` of every ``evidence`` entry anywhere in a file's data (one walk)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            evidence = node.get("evidence")
            if isinstance(evidence, list):
                for entry in evidence:
                    if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                        yield entry["path"]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


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


class UnsafePage(OutputError):
    """The page holds an element that could load, run or navigate; nothing was printed."""

    def __init__(self, escape: Escape) -> None:
        super().__init__(f"<{escape.tag}> {escape.line}:{escape.column}")
        self.escape = escape


def refuse_escapes(html: str) -> None:
    """Raise ``UnsafePage`` when ``html`` holds an element that could leave the page."""
    found = first_escape(html)
    if found is not None:
        raise UnsafePage(found)


def html_to_pdf(html: str, browser: str, *, timeout: float = 120) -> bytes:
    """Print ``html`` to PDF with headless Chromium: nothing beyond the page, no profile left.

    The page is refused if it could load, run or navigate (``refuse_escapes``), and prints
    under ``POLICY``. Chromium has no network: every request, loopback included, goes to a
    proxy port that refuses connections and no host name resolves. It starts in its scratch
    folder with its home and configuration there, so nothing of the repository is read.

    Chromium runs in a process group of its own that is killed as a whole when printing ends
    or times out, and on Linux it dies with ``spbe`` even when ``spbe`` is killed outright. Its
    scratch folder is named after this process, so a later run removes what a killed one left.
    """
    refuse_escapes(html)
    scratch = Path(tempfile.gettempdir())
    _sweep_scratch(scratch)
    work = Path(tempfile.mkdtemp(prefix=f"spbe-pdf-{os.getpid()}-", dir=scratch))
    try:
        page = work / "handout.html"
        pdf = work / "handout.pdf"
        page.write_text(with_policy(html), encoding="utf-8")
        env = {**os.environ, "TMPDIR": str(work)}  # Chromium's scratch files go there too
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            env[name] = str(work / "home")
        with refusing_port() as port:
            stderr = run_group(_command(browser, work, page.as_uri(), port), timeout, env, work)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            detail = (stderr.strip().splitlines() or ["no PDF"])[-1]
            raise OutputError(detail[:200])
        return pdf.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _command(browser: str, work: Path, page: str, port: int) -> list[str]:
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
        f"--proxy-server=http://127.0.0.1:{port}",
        "--proxy-bypass-list=<-loopback>",  # loopback goes through the proxy too
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={work / 'profile'}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={work / 'handout.pdf'}",
        page,
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.insert(1, "--no-sandbox")  # Chromium refuses to run as root otherwise
    return command


@contextlib.contextmanager
def refusing_port() -> Iterator[int]:
    """A loopback port that refuses every connection while it is held: bound, never listening,
    so no other program can take it meanwhile."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        yield int(held.getsockname()[1])


def run_group(command: list[str], timeout: float, env: dict[str, str], cwd: Path) -> str:
    """Run ``command`` in its own process group; whatever it started is killed at the end."""
    try:
        process = subprocess.Popen(
            command,
            cwd=cwd,
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
            if found and entry.is_dir() and not process_alive(int(found.group(1))):
                shutil.rmtree(entry, ignore_errors=True)
