"""Whole commands timed as users run them: a fresh process each run, the commands of a section
alternating within each round (the starting one rotating), median with min-max reported."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    seconds: float
    rss_mb: float  # the process's peak resident set size (wait4's ru_maxrss)
    code: int


@dataclass
class Row:
    """One command of a section, and what each of its runs measured."""

    label: str
    command: list[str]
    cwd: Path | None = None
    before: Callable[[], None] | None = None  # untimed set-up before each run
    samples: list[Sample] = field(default_factory=list)

    def seconds(self) -> list[float]:
        return [s.seconds for s in self.samples]

    def rss(self) -> list[float]:
        return [s.rss_mb for s in self.samples]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds())

    @property
    def median_rss(self) -> float:
        return statistics.median(self.rss())

    def codes(self) -> str:
        """The exit codes when any run did not exit 0 (a measurement of a failing command
        would not be one of the command's normal work)."""
        bad = sorted({s.code for s in self.samples if s.code != 0})
        return f"exit {','.join(map(str, bad))}" if bad else ""


def run(command: Sequence[str], cwd: Path | None = None) -> Sample:
    """One run of a command: wall time from spawn to exit, and its own peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(command), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Sample(seconds, usage.ru_maxrss / 1024, proc.returncode)


def measure(rows: list[Row], rounds: int) -> None:
    """Every row once per round, alternating; round r starts with row r (mod rows)."""
    for r in range(rounds):
        shift = r % len(rows)
        for row in rows[shift:] + rows[:shift]:
            if row.before is not None:
                row.before()
            row.samples.append(run(row.command, row.cwd))


def spread(values: list[float], scale: float = 1.0, digits: int = 2) -> str:
    """``median [min-max]`` of ``values`` times ``scale``."""
    mid, low, high = statistics.median(values), min(values), max(values)
    return f"{mid * scale:.{digits}f} [{low * scale:.{digits}f}-{high * scale:.{digits}f}]"


def table(
    title: str,
    rows: list[Row],
    base: Row | None = None,
    base_name: str = "",
    memory: bool = False,
) -> None:
    """A section's table: median [min-max] seconds, optionally peak memory, and each row's
    median time as a multiple of ``base``'s."""
    print(f"\n{title}")
    head = f"  {'command':<60}{'s: median [min-max]':>24}"
    head += f"{'peak RSS MB':>20}" if memory else ""
    print(head + (f"  {'÷ ' + base_name}" if base else ""))
    for row in rows:
        digits = 3 if row.median < 0.1 else 2
        line = f"  {row.label:<60}{spread(row.seconds(), digits=digits):>24}"
        if memory:
            line += f"{spread(row.rss(), digits=0):>20}"
        if base is not None:
            line += f"  {row.median / base.median:.2f}x"
        print(line + (f"  ({row.codes()})" if row.codes() else ""))


def tool(name: str, near: Path) -> str | None:
    """A console script beside ``near`` (the same environment), else on PATH."""
    beside = near.parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def interpreter_of(script: str) -> str:
    """The Python a console script runs under (its shebang), so floors use the same one."""
    first = Path(script).read_bytes().split(b"\n", 1)[0].decode()
    if first.startswith("#!") and "python" in first:
        return first[2:].strip().split()[0]
    return sys.executable
