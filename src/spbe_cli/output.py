"""Writing results: all files of one result land together or not at all, never half-written."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class OutputError(Exception):
    """The result could not be written; nothing was."""


def write_files(files: Mapping[Path, bytes]) -> None:
    """Write each file to a temporary name beside it, then rename them all into place."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files.items():
            handle, name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
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
        raise OutputError(str(exc)) from exc
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()


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
    """Print ``html`` to PDF with headless Chromium: no network, no profile left behind."""
    with tempfile.TemporaryDirectory(prefix="spbe-pdf-") as work:
        page = Path(work) / "handout.html"
        pdf = Path(work) / "handout.pdf"
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
            "--no-default-browser-check",
            f"--user-data-dir={Path(work) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to run as root otherwise
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise OutputError(str(exc)) from exc
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            detail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
            raise OutputError(detail[:200])
        return pdf.read_bytes()
