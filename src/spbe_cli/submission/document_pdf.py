"""A document's PDF: its DOCX printed by LibreOffice headless, isolated, with reproducible bytes.

LibreOffice runs as Chromium does for the handouts (``app.output``): in a process group of its
own that is killed when printing ends or times out (and dies with ``spbe`` on Linux), in a
scratch folder named after this process that holds its profile, home and temporary files, with
a minimal environment and its address space capped at ``MAX_ADDRESS`` (a picture that unpacks
to gigabytes ends the run, not the machine; ``document_guard`` bounds the pixels first). It gets
no network: where the system allows it (Linux user namespaces) it runs in a network namespace
of its own; in any case its fresh profile sends every request to a loopback port that refuses
connections, blocks links from untrusted documents and runs no macro. The DOCX it reads was
checked first (``document_guard``): nothing in it reaches out.
The PDF's creation date, ``/ID`` and checksum are then set from the moment given and its own
content, so the same inputs give the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from spbe_cli.app.output import OutputError, refusing_port, run_group

SOFFICE_NAMES = ("soffice", "libreoffice")
TIMEOUT = 180.0  # seconds; a document takes a few
# Bytes of address space LibreOffice may map. It maps about 0.45 GB to print a document and
# 0.7 GB with a 64-megapixel picture (LibreOffice 7.4, Linux): six times the need.
MAX_ADDRESS = 3 * 1024**3
# Sets the cap, then runs the command: where ``prlimit`` is missing.
_CAP = (
    "import os, resource, sys; n = int(sys.argv[1]); "
    "resource.setrlimit(resource.RLIMIT_AS, (n, n)); os.execvp(sys.argv[2], sys.argv[2:])"
)

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
{items}
</oor:items>
"""
_ITEM = (
    '<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
    "<value>{value}</value></prop></item>"
)
_INET = "/org.openoffice.Inet/Settings"
_SCRIPTING = "/org.openoffice.Office.Common/Security/Scripting"


def find_soffice() -> str | None:
    """``SPBE_SOFFICE``, else LibreOffice on PATH."""
    chosen = os.environ.get("SPBE_SOFFICE")
    if chosen:
        return chosen if Path(chosen).is_file() else None
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def docx_to_pdf(docx: bytes, soffice: str, moment: dt.datetime) -> bytes:
    """The PDF LibreOffice prints of ``docx``; raises ``OutputError`` when it makes none."""
    scratch = Path(tempfile.gettempdir())
    _sweep(scratch)
    work = Path(tempfile.mkdtemp(prefix=f"spbe-doc-{os.getpid()}-", dir=scratch))
    try:
        source = work / "document.docx"
        source.write_bytes(docx)
        with refusing_port() as port:
            (work / "profile" / "user").mkdir(parents=True)
            profile = work / "profile" / "user" / "registrymodifications.xcu"
            profile.write_text(_profile(port), encoding="utf-8")
            command = [*_offline(), *_capped(), *_command(soffice, work, source)]
            stderr = run_group(command, TIMEOUT, _environment(work), work)
        pdf = work / "out" / "document.pdf"
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise OutputError(_failure(stderr))
        return reproducible_pdf(pdf.read_bytes(), moment)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _command(soffice: str, work: Path, source: Path) -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--invisible",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(work / "out"),
        str(source),
    ]


def _capped() -> tuple[str, ...]:
    """``prlimit --as=MAX_ADDRESS --`` (or Python doing the same) before LibreOffice, whose
    helpers inherit the cap; () where the system has no such limit (not POSIX, a frozen
    ``spbe`` without ``prlimit``)."""
    if os.name != "posix":
        return ()
    prlimit = shutil.which("prlimit")
    if prlimit is not None:
        return (prlimit, f"--as={MAX_ADDRESS}", "--")
    if getattr(sys, "frozen", False) or not sys.executable:
        return ()
    return (sys.executable, "-c", _CAP, str(MAX_ADDRESS))


def _failure(stderr: str) -> str:
    """Why LibreOffice made no PDF: its last line that is not a stack frame or a warning, and
    the memory cap it ran under (a picture too large for it ends there)."""
    from spbe_cli.problems.messages import current_lang, message

    lines = [line.strip() for line in stderr.splitlines()]
    said = [t for t in lines if t and not t.startswith(("/", "Stack:", "Warning:"))]
    gb, mb = divmod(MAX_ADDRESS >> 20, 1024)
    shown = f"{gb} GB" if gb and not mb else f"{MAX_ADDRESS >> 20} MB"
    limit = message("doc_pdf_limit", current_lang(), limit=shown)
    return f"{(said or ['no PDF'])[-1][:200]} ({limit})"


def _profile(port: int) -> str:
    """A profile with every request sent to the refusing ``port``, links from untrusted
    documents blocked and macros off."""
    settings = [
        (_INET, "ooInetProxyType", "1"),  # manual proxies ...
        *((_INET, f"ooInet{kind}ProxyName", "127.0.0.1") for kind in ("HTTP", "HTTPS", "FTP")),
        *((_INET, f"ooInet{kind}ProxyPort", str(port)) for kind in ("HTTP", "HTTPS", "FTP")),
        (_INET, "ooInetNoProxy", ""),  # ... for every host
        (_SCRIPTING, "BlockUntrustedRefererLinks", "true"),
        (_SCRIPTING, "MacroSecurityLevel", "3"),
        (_SCRIPTING, "DisableMacrosExecution", "true"),
    ]
    items = "\n".join(_ITEM.format(path=p, name=n, value=v) for p, n, v in settings)
    return _PROFILE.format(items=items)


def _environment(work: Path) -> dict[str, str]:
    """What LibreOffice needs and nothing of the user's: no display, no proxies, no session."""
    home = work / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(work),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home),
        "XDG_CACHE_HOME": str(home),
        "XDG_DATA_HOME": str(home),
        "SAL_USE_VCLPLUGIN": "svp",
    }


@functools.lru_cache(maxsize=1)
def _offline() -> tuple[str, ...]:
    """``unshare -n`` (as root) or ``unshare -rn`` where it works: a network namespace of its
    own, with no interface up; () where the system allows none (then the profile's proxy
    holds)."""
    unshare, true = shutil.which("unshare"), shutil.which("true")
    if unshare is None or true is None:
        return ()
    prefix = (unshare, "-n") if hasattr(os, "geteuid") and os.geteuid() == 0 else (unshare, "-rn")
    try:
        done = subprocess.run([*prefix, true], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    return prefix if done.returncode == 0 else ()


_CREATED = re.compile(rb"/(CreationDate|ModDate)\s*\((D:[^)]*)\)")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def reproducible_pdf(pdf: bytes, moment: dt.datetime) -> bytes:
    """``pdf`` with its dates set to ``moment`` and its ``/ID`` and checksum derived from its
    content, each replaced by text of the same length so every offset holds."""

    stamp = moment.astimezone(dt.timezone.utc).strftime("D:%Y%m%d%H%M%S").encode()
    forms = {len(f): f for f in (stamp + b"Z'", stamp + b"+00'00'", stamp + b"Z", stamp)}

    def date(match: re.Match[bytes]) -> bytes:
        old = match.group(2)
        return match.group(0).replace(old, forms.get(len(old), old))

    dated = _CREATED.sub(date, pdf)
    blank = _ID.sub(lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), dated)
    blank = _CHECKSUM.sub(lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), blank)
    digest = hashlib.sha256(blank).hexdigest().upper().encode()

    def ident(match: re.Match[bytes]) -> bytes:
        size = len(match.group(1))
        return (
            match.group(0)
            .replace(match.group(1), digest[:size])
            .replace(match.group(2), digest[:size])
        )

    named = _ID.sub(ident, blank)
    return _CHECKSUM.sub(
        lambda m: m.group(0).replace(m.group(1), digest[-len(m.group(1)) :]), named
    )


def _sweep(scratch: Path) -> None:
    """Remove the ``spbe-doc-<pid>-*`` folders of runs that were killed (their pid is gone)."""
    from spbe_cli.app.output import process_alive

    with contextlib.suppress(OSError):
        for entry in scratch.iterdir():
            found = re.match(r"^spbe-doc-(\d+)-", entry.name)
            if found and entry.is_dir() and not process_alive(int(found.group(1))):
                shutil.rmtree(entry, ignore_errors=True)
