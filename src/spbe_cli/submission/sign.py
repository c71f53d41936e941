"""Offline SSH signatures over a snapshot, the way git signs commits with SSH keys:
``ssh-keygen -Y sign`` and ``-Y verify`` against an ``allowed_signers`` file. No network, no
service, no agent.

ssh-keygen runs isolated: found on ``PATH`` and started by its absolute path, in a private
temporary folder that is also its ``HOME`` (no user configuration is read), with nothing of the
environment but ``PATH`` and a C locale, and a time limit. Every file it is given is a copy in
that folder or an absolute path, so no name can be read as an option. A key with a passphrase
asks for it on the terminal, as ssh-keygen always does.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_cli.problems.messages import Lang, current_lang, message
from spbe_cli.problems.problem import display_path
from spbe_cli.source.yamlsrc import TooLarge, read_regular
from spbe_cli.submission.snapshot import NAMESPACE

SIGN_TIMEOUT = 300  # seconds: long enough to type a passphrase
CHECK_TIMEOUT = 60
MAX_KEY_BYTES = 1 << 20  # an RSA key of 16384 bits is some 13 KB
# The first line of a private key file: OpenSSH's own, or PEM (RSA, EC, DSA, PKCS#8).
_PRIVATE_KEY = re.compile(rb"\A\s*-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")


class SignError(Exception):
    """Signing or checking could not run; the text is one line for the user."""


@dataclass(frozen=True)
class SignatureCheck:
    """``valid`` (by ``principal``), ``invalid`` (the data or the signature changed) or
    ``unknown_signer`` (a good signature by a key the allowed signers do not list)."""

    status: str
    principal: str = ""


def kind_key(path: Path) -> str | None:
    """The message key that says what ``path`` is when it is not a regular file (links
    followed): missing, a folder, a FIFO, a socket, a device; None for a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "snap_kind_missing"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "snap_kind_folder"
    if stat.S_ISFIFO(mode):
        return "snap_kind_fifo"
    if stat.S_ISSOCK(mode):
        return "snap_kind_socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "snap_kind_device"
    return "snap_kind_other"


def key_problem(key: Path, lang: Lang) -> str | None:
    """Why ``key`` cannot be the private key ``--sign`` names (None: it looks like one). Only
    the file's start is read, never more than ``MAX_KEY_BYTES``."""
    shown = display_path(key)
    kind = kind_key(key)
    if kind is not None:
        if kind == "snap_kind_missing":
            return message("snap_no_key", lang, path=shown)
        return message("snap_key_kind", lang, path=shown, kind=message(kind, lang))
    try:
        head = read_regular(key, MAX_KEY_BYTES)
    except TooLarge:
        return message("snap_not_private_key", lang, path=shown)
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        return message("snap_sign_failed", lang, key=shown, detail=detail)
    if not _PRIVATE_KEY.match(head):
        return message("snap_not_private_key", lang, path=shown)
    return None


def _keygen() -> str:
    found = shutil.which("ssh-keygen")
    if found is None:
        raise SignError(message("snap_no_keygen", current_lang()))
    return os.path.abspath(found)  # noqa: PTH100 - a plain string for subprocess


def _run(
    args: Sequence[str], work: Path, data: bytes | None = None, timeout: float = CHECK_TIMEOUT
) -> subprocess.CompletedProcess[bytes]:
    env = {"PATH": os.environ.get("PATH", os.defpath), "HOME": str(work), "LC_ALL": "C"}
    try:
        return subprocess.run(  # an absolute program, arguments we made
            [_keygen(), *args],
            cwd=work,
            env=env,
            input=data if data is not None else b"",
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SignError(f"ssh-keygen: timeout {timeout:g} s") from exc
    except OSError as exc:
        raise SignError(f"ssh-keygen: {exc.strerror or type(exc).__name__}") from exc


def _detail(done: subprocess.CompletedProcess[bytes]) -> str:
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else f"exit {done.returncode}"


def sign(data: bytes, key: Path) -> bytes:
    """The SSH signature (armored, as ``ssh-keygen -Y sign`` writes it) of ``data`` with the
    private key file ``key``, in the ``spbe-snapshot`` namespace."""
    _keygen()  # a missing ssh-keygen is said before anything else
    with tempfile.TemporaryDirectory(prefix="spbe-sign-") as folder:
        work = Path(folder)
        target = work / "snapshot.json"
        target.write_bytes(data)
        args = ["-Y", "sign", "-f", os.path.abspath(key), "-n", NAMESPACE, str(target)]  # noqa: PTH100
        done = _run(args, work, timeout=SIGN_TIMEOUT)
        signature = work / "snapshot.json.sig"
        if done.returncode != 0 or not signature.is_file():
            detail = _detail(done)
            raise SignError(message("snap_sign_failed", current_lang(), key=key, detail=detail))
        return signature.read_bytes()


def check(data: bytes, signature: bytes, allowed: bytes) -> SignatureCheck:
    """Whether ``signature`` signs ``data`` in the ``spbe-snapshot`` namespace, and by a key
    that ``allowed`` (the text of an allowed_signers file) lists."""
    _keygen()
    with tempfile.TemporaryDirectory(prefix="spbe-verify-") as folder:
        work = Path(folder)
        sig, signers = work / "snapshot.sig", work / "allowed_signers"
        sig.write_bytes(signature)
        signers.write_bytes(allowed)
        novalidate = ["-Y", "check-novalidate", "-n", NAMESPACE, "-s", str(sig)]
        if _run(novalidate, work, data).returncode != 0:
            return SignatureCheck("invalid")
        found = _run(["-Y", "find-principals", "-s", str(sig), "-f", str(signers)], work)
        names = found.stdout.decode("utf-8", "replace").split()
        if found.returncode != 0 or not names:
            return SignatureCheck("unknown_signer")
        for principal in names:
            verify = ["-Y", "verify", "-f", str(signers), "-I", principal, "-n", NAMESPACE]
            if _run([*verify, "-s", str(sig)], work, data).returncode == 0:
                return SignatureCheck("valid", principal)
        return SignatureCheck("invalid")
