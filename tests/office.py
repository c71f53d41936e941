"""LibreOffice as the real consumer of the workbooks and CSV the tool writes: it re-saves a
workbook as a coordinator's would be, and opens a CSV the way a double-click in Excel would."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice (apt-get install libreoffice-calc-nogui)")
        pytest.skip("LibreOffice is not installed here (CI installs it)")
    return found


def convert(source: Path, out_dir: Path, target: str, infilter: str | None = None) -> Path:
    """``soffice --headless --convert-to`` with a profile of its own (runs never share one)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        args = [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
        ]
        if infilter:
            args.append(f"--infilter={infilter}")
        done = subprocess.run(
            [*args, str(source)], capture_output=True, text=True, timeout=180, check=False
        )
    extension = target.split(":")[0]
    made = sorted(out_dir.glob(f"{source.stem}*.{extension}"))
    assert done.returncode == 0 and made, done.stdout + done.stderr
    return made[0]  # with every sheet as CSV (sheet option -1): one file per sheet, beside it


def resave(workbook: Path, out_dir: Path) -> Path:
    """The workbook as LibreOffice Calc saves it (Calc MS Excel 2007 XML)."""
    return convert(workbook, out_dir, "xlsx:Calc MS Excel 2007 XML")
