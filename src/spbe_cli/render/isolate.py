"""A render of a repository's templates in a child process with a hard CPU limit.

The budget of ``render.limits`` stops Python code at its deadline, but not one long operation
inside the interpreter's own C code (comparing two lists of millions of lists, ``sum`` over
lists): a signal handler only runs between two steps of Python code. So where a repository's
templates take part in a render (POSIX only), the render runs in a forked child with
``RLIMIT_CPU`` and a wall-clock deadline after which the parent kills it; the child sends back
the text, or the located error, as JSON. The bundled templates render in-process.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import select
import signal
import sys
import time
import traceback
import warnings
from collections.abc import Callable

from jinja2.exceptions import TemplateRuntimeError

from spbe_cli.render import limits

GRACE = 2.0  # seconds past the render's own deadline before the child is killed


class ChildTemplateError(TemplateRuntimeError):
    """A template error raised in the child, with the location the child found."""

    def __init__(self, text: str, filename: str | None, lineno: int | None) -> None:
        super().__init__(text)
        self.filename, self.lineno = filename, lineno


def available() -> bool:
    return hasattr(os, "fork") and hasattr(signal, "SIGKILL")


def render_in_child(work: Callable[[], str], filename: str | None = None) -> str:
    """``work()`` in a forked child; its text, or its error raised here, located (a child
    killed at its limit, at the template ``filename``)."""
    seconds = limits.RENDER_SECONDS
    read, write = os.pipe()
    with warnings.catch_warnings():  # 3.12+ warns about fork beside threads; we run no Python
        warnings.simplefilter("ignore", DeprecationWarning)  # code in the child but ours
        pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which leaves through os._exit
        os.close(read)
        _child(work, write, seconds)
    os.close(write)
    try:
        data, killed = _collect(read, pid, seconds + GRACE)
    finally:
        os.close(read)
    return _result(data, killed, seconds, filename)


def _child(work: Callable[[], str], write: int, seconds: float) -> None:  # pragma: no cover
    try:
        import resource

        _die_with_parent()
        cpu = math.ceil(seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        try:
            payload: dict[str, object] = {"text": work()}
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass")
        except BaseException as exc:  # everything goes back to the parent as a located error
            data = json.dumps(_described(exc), ensure_ascii=True).encode("ascii")
        with os.fdopen(write, "wb") as out:
            out.write(data)
    finally:
        os._exit(0)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the child is killed the moment its parent dies (a killed ``spbe`` leaves no
    render running)."""
    if sys.platform == "linux":
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _described(exc: BaseException) -> dict[str, object]:
    """The error's text and where it stands: the last template frame, else its own place."""
    where = getattr(exc, "filename", None) or getattr(exc, "name", None)
    line = getattr(exc, "lineno", None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            where, line = frame.filename, frame.lineno
    if not isinstance(exc, Exception):
        exc = limits.TemplateProblem("t_failed", detail=type(exc).__name__)
    elif not isinstance(exc, limits.TemplateProblem | TemplateRuntimeError):
        exc = limits.failure(exc)
    return {"error": str(exc), "filename": where, "lineno": line}


def _collect(read: int, pid: int, seconds: float) -> tuple[bytes, bool]:
    """Everything the child writes, until it closes the pipe or its time is up (then it is
    killed), and whether it ended by a signal (its CPU limit, or our kill at the deadline);
    the child is always reaped."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    status = 0
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read], [], [], left)[0]:
                os.kill(pid, signal.SIGKILL)
                return b"", True
            chunk = os.read(read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    except BaseException:  # an outer deadline, Ctrl-C: the child goes too
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        raise
    finally:
        with contextlib.suppress(ChildProcessError):
            status = os.waitpid(pid, 0)[1]
    return b"".join(chunks), os.WIFSIGNALED(status)


def _result(data: bytes, killed: bool, seconds: float, filename: str | None) -> str:
    if killed:  # the CPU limit or the deadline
        raise limits.TemplateLimitError("t_time", seconds=f"{seconds:g}").at(filename)
    if not data:  # it ended without a word: out of memory, most likely
        raise limits.TemplateLimitError("t_memory", limit=limits.MEMORY_BUDGET >> 20).at(filename)
    payload = json.loads(data.decode("utf-8", "surrogatepass"))
    if "text" in payload:
        text: str = payload["text"]
        limits.spend(len(text))
        return text
    raise ChildTemplateError(payload["error"], payload["filename"], payload["lineno"])
