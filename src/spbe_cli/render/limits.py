"""What one template render may cost: time, output, memory, call depth and the size of any value.

A repository's templates come from pull requests and run on the CI runner, so a template that
asks for a billion-character string, a ten-million-digit number or an endless loop must end as
a located template error (exit 1), never as a stuck job, a crash or an exhausted machine. The
sandbox (``render.sandbox``) checks each operation that multiplies sizes before it runs; the
budget here bounds everything else: a wall-clock deadline, the characters written and, on
Linux, the memory the process may take while a template runs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from jinja2.exceptions import SecurityError, TemplateRuntimeError

from spbe_cli.problems.messages import current_lang, message

RENDER_SECONDS = 20.0  # wall clock for one render; a handout takes well under a second
MAX_OUTPUT = 20_000_000  # characters one render writes; a handout is about 100 kB
SITE_SECONDS = 120.0  # every page of one site together
SITE_OUTPUT = 200_000_000
MAX_LENGTH = 5_000_000  # characters (or items) of any one string or list a template makes
MAX_ITEMS = 100_000  # items of a range, as Jinja's own sandbox allows
MAX_INT_BITS = 1 << 16  # about 19,700 digits: any product or power beyond is refused
MAX_DEPTH = 64  # nested macro, caller() and recursive-loop calls
# One template file. Compiling one runs in the interpreter's C code, which no deadline stops,
# and can take time quadratic in its size (80,000 names in 1 MB: 4.5 minutes); the bundled
# templates are under 8 kB, and at this size the worst compiles in a few seconds.
MAX_TEMPLATE_BYTES = 128_000
MEMORY_BUDGET = 1 << 30  # bytes of address space a render may add to the process (Linux)
MAX_JSON_INDENT = 16


class TemplateProblem(TemplateRuntimeError):
    """A template failed in a way Jinja does not report itself (a Python error inside it, a
    file that is not UTF-8), in the user's language; ``filename`` and ``lineno`` locate it when
    no template frame does."""

    filename: str | None = None
    lineno: int | None = None

    def __init__(self, key: str, /, **args: object) -> None:
        super().__init__(message(key, current_lang(), **args))

    def at(self, filename: str | None, lineno: int | None = None) -> TemplateProblem:
        self.filename, self.lineno = filename, lineno
        return self


class TemplateLimitError(TemplateProblem, SecurityError):
    """A template asked for more than a render may cost."""


def need(size: int) -> None:
    """Refuse a string or list of ``size`` characters or items, before it is made."""
    if size > MAX_LENGTH:
        raise TemplateLimitError("t_too_long", size=size, limit=MAX_LENGTH)


def need_bits(bits: int) -> None:
    if bits > MAX_INT_BITS:
        raise TemplateLimitError("t_big_number", limit=MAX_INT_BITS)


def failure(exc: Exception) -> TemplateProblem:
    """The located template error for a Python error raised while a template ran."""
    if isinstance(exc, RecursionError):
        return TemplateLimitError("t_recursion")
    if isinstance(exc, MemoryError):
        return TemplateLimitError("t_memory", limit=MEMORY_BUDGET >> 20)
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return TemplateLimitError("t_print_number")
    return TemplateProblem("t_failed", detail=f"{type(exc).__name__}: {exc}")


@dataclass
class _Budget:
    seconds: float
    deadline: float  # time.monotonic(); never later than the enclosing budget's
    output: int  # characters still allowed
    limit: int  # ... of these in all
    depth: int = 0


_STACK: list[_Budget] = []
_ALARM: list[bool] = []  # [True] while our SIGALRM handler is installed


@contextlib.contextmanager
def bounded(seconds: float | None = None, output: int | None = None) -> Iterator[None]:
    """Run a render (or several: the pages of a site) within a time and output budget. A
    nested budget ends no later than the one around it and spends its output too."""
    seconds = RENDER_SECONDS if seconds is None else seconds
    output = MAX_OUTPUT if output is None else output
    budget = _Budget(seconds, time.monotonic() + seconds, output, output)
    outer = _STACK[-1] if _STACK else None
    if outer is not None:
        budget.deadline = min(budget.deadline, outer.deadline)
        budget.depth = outer.depth
        if outer.deadline <= budget.deadline:
            budget.seconds = outer.seconds
    with contextlib.ExitStack() as stack:
        if outer is None:
            stack.enter_context(_memory_cap())
            stack.enter_context(_alarm())
        _STACK.append(budget)
        try:
            _arm(budget.deadline)
            yield
        finally:
            _STACK.pop()
            if outer is not None:
                _arm(outer.deadline)


def spend(chars: int) -> None:
    """Count ``chars`` written against every budget in force."""
    for budget in _STACK:
        budget.output -= chars
        if budget.output < 0:
            raise TemplateLimitError("t_output", limit=budget.limit)


@contextlib.contextmanager
def nested_call() -> Iterator[None]:
    """One more level of macro (or recursive loop) calls."""
    budget = _STACK[-1] if _STACK else None
    if budget is None:
        yield
        return
    if budget.depth >= MAX_DEPTH:
        raise TemplateLimitError("t_depth", limit=MAX_DEPTH)
    budget.depth += 1
    try:
        yield
    finally:
        budget.depth -= 1


def collect(chunks: Iterator[str]) -> str:
    """The text of a render, counted as it comes. Past the budget the error is thrown into
    the template where it stands, so the message names the line that wrote too much."""
    parts: list[str] = []
    for chunk in chunks:
        try:
            spend(len(chunk))
        except TemplateLimitError as exc:
            if isinstance(chunks, Generator):
                chunks.throw(exc)
            raise
        parts.append(chunk)
    return "".join(parts)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    # The timer repeats: a deadline that some code swallowed is raised again a moment later.
    if _STACK and time.monotonic() >= _STACK[-1].deadline - 0.005:
        raise TemplateLimitError("t_time", seconds=f"{_STACK[-1].seconds:g}")


def _arm(deadline: float) -> None:
    if _ALARM:
        signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 0.001), 1.0)


@contextlib.contextmanager
def _alarm() -> Iterator[None]:
    """SIGALRM at the deadline (POSIX, main thread); afterwards whatever timer and handler
    were there before (pytest-timeout's, say) are put back, the timer less the time spent."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    before = signal.getsignal(signal.SIGALRM)
    timer = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    signal.signal(signal.SIGALRM, _on_alarm)
    _ALARM.append(True)
    try:
        yield
    finally:
        _ALARM.clear()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before if before is not None else signal.SIG_DFL)
        if timer[0] > 0:
            left = max(timer[0] - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, timer[1])


@contextlib.contextmanager
def _memory_cap() -> Iterator[None]:
    """Let the process grow by at most ``MEMORY_BUDGET`` while templates run: a value too big
    for the checks to foresee (a string doubled in a loop) is then a MemoryError, located like
    any other template error, instead of the whole runner's memory."""
    try:
        import resource
    except ImportError:  # not POSIX
        yield
        return
    used = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = None if used is None else used + MEMORY_BUDGET
    if cap is not None and hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if cap is None or (soft != resource.RLIM_INFINITY and soft <= cap):
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    """The process's virtual size in bytes (Linux), else None: then there is no cap."""
    try:
        with Path(f"/proc/{os.getpid()}/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def size_of(value: Any) -> int:
    """About how many characters ``value`` prints as (an upper bound for numbers)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return value.bit_length() // 3 + 2
    if isinstance(value, float):
        return 330  # "%f" % 1e308 has 309 digits
    if isinstance(value, Mapping):
        return size_of(list(value.items()))
    if isinstance(value, list | tuple | set | frozenset):
        total = 2
        for item in value:
            total += size_of(item) + 2
            if total > MAX_LENGTH:
                break
        return total
    return 64  # anything else prints as its own short form or is refused elsewhere
