"""``spbe verify``: a snapshot against the repository now (or at a git revision).

The whole statement is made again the way ``spbe snapshot`` made it (the same code:
``build_statement``, at the stage the snapshot records) and compared with the file field by
field (``submission.compare``: every field but the commit, the time and the spbe version). When
the year cannot be opened any more, the files the snapshot names are still compared one by one,
and the reason is said. The signature is checked apart: data that agree under a signature that
cannot be checked are said to agree, and the signature problem is said beside them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from fractions import Fraction
from pathlib import Path

from spbe_cli.app.workspace import open_year
from spbe_cli.base.paths import inside
from spbe_cli.domain.numbers import JSON_PLACES, shown
from spbe_cli.engine.lock import lock_key
from spbe_cli.engine.opening import Year
from spbe_cli.engine.yearview import view_year
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.problems.messages import Lang, Msg, counted, current_lang, message, value_of
from spbe_cli.problems.problem import Severity, display_path
from spbe_cli.source.yamlsrc import read_regular
from spbe_cli.submission.compare import (
    Difference,
    catalogue_label,
    compare,
    compare_files,
)
from spbe_cli.submission.inputs import BUNDLED, Digest, digest_name, evidence_entries
from spbe_cli.submission.results import count_numbers
from spbe_cli.submission.revision import Revision
from spbe_cli.submission.sign import SignError, check, kind_key
from spbe_cli.submission.snapshot import build_statement, digest_of
from spbe_cli.submission.statement import Snapshot

# History of FORMAT (spbe verify --format json): 1 - first version; `data_agree` added.
FORMAT = 1
MAX_SIGNATURE_BYTES = 1 << 20
DEFAULT_SIGNERS = Path(".spbe") / "allowed_signers"  # below the repository root


@dataclass(frozen=True)
class Signature:
    """``valid``, ``invalid``, ``unknown_signer``, ``missing`` (allowed signers exist, the
    signature does not), ``no_signers`` (signed, but no allowed signers to check it with) or
    ``unsigned`` (neither)."""

    status: str
    file: Path
    principal: str = ""
    signers: Path | None = None

    @property
    def difference(self) -> Difference | None:
        if self.status in ("valid", "unsigned"):
            return None
        shown = self.signers if self.status in ("unknown_signer", "no_signers") else self.file
        return Difference(f"signature_{self.status}", display_path(shown or self.file))


@dataclass
class Verdict:
    snapshot: Snapshot
    year: Year
    found: list[Difference]  # in the data
    signature: Signature

    @property
    def differences(self) -> list[Difference]:
        extra = self.signature.difference
        return [*self.found, extra] if extra is not None else list(self.found)

    @property
    def data_agree(self) -> bool:
        return not self.found

    @property
    def agree(self) -> bool:
        return not self.differences

    @property
    def catalogue(self) -> Catalogue | None:
        return self.year.catalogue if self.year.usable else None


def verify(
    snapshot: Snapshot, root: Path, revision: Revision | None, signature: Signature
) -> Verdict:
    """Make ``snapshot``'s statement again from the repository at ``root`` (a working tree, or
    the copy of ``revision``) and compare."""
    year = _open(snapshot, root, revision)
    if not year.usable:
        return Verdict(snapshot, year, _files_only(snapshot, year, root, revision), signature)
    view = view_year(year, snapshot.stage)
    if revision is not None:
        revision.fetch(lock_key(e.path) for e in evidence_entries(view) if e.path)
    new = build_statement(view, revision.commit if revision is not None else "")

    def exists(name: str) -> bool:
        if revision is not None and not name.startswith(BUNDLED):
            return revision.has(name)
        return digest_name(name, root) is not None

    return Verdict(snapshot, year, compare(snapshot.statement, new, exists), signature)


def _open(snapshot: Snapshot, root: Path, revision: Revision | None) -> Year:
    if revision is not None:
        revision.fetch_year(snapshot.folder)
        if revision.too_large:
            return Year(None, problems=revision.problems())
    return open_year([root / snapshot.folder])


def _files_only(
    snapshot: Snapshot, year: Year, root: Path, revision: Revision | None
) -> list[Difference]:
    """The recorded files one by one, the catalogue when it is known, and why the values
    cannot be made again."""

    def now(name: str, size: int) -> Digest | None:
        if revision is None or name.startswith(BUNDLED):
            return digest_name(name, root)
        found = revision.size(name)
        if found is None or found != size:
            return None if found is None else Digest("", found)
        revision.fetch([name])
        return digest_name(name, root)

    found = compare_files(snapshot.subjects, now)
    recorded = snapshot.predicate["catalogue"]
    if year.catalogue is not None:
        old = recorded["id"], recorded["version"]
        new = year.catalogue.id, year.catalogue.version
        if old != new:
            before, after = catalogue_label(old, new)
            found.append(Difference("catalogue", old=before, new=after))
    return [*found, Difference("not_recomputed", str(snapshot.year), new=_reason(year))]


def _reason(year: Year) -> str:
    """Why the year cannot be opened: its first error as ``validate`` prints it, and how many
    more there are (the reason travels in the difference, so it is said wherever the
    differences go; every problem is on stderr besides)."""
    lang = current_lang()
    errors = [p for p in year.problems if p.severity is Severity.ERROR]
    if not errors:
        return message("snap_reason_none", lang)
    first = errors[0].render(lang)
    if len(errors) == 1:
        return first
    return message("snap_reason_more", lang, first=first, more=len(errors) - 1)


def check_signature(snapshot: Snapshot, allowed: Path | None, root: Path) -> Signature:
    """The snapshot's signature (``SNAPSHOT.sig`` beside it), checked against ``allowed``, else
    the repository's ``.spbe/allowed_signers`` (read only inside the repository). Where allowed
    signers exist, a signature is required. Raises ``SignError`` when ssh-keygen cannot run or
    the allowed signers cannot be read."""
    sig = Path(f"{snapshot.path}.sig")
    signers = allowed if allowed is not None else root / DEFAULT_SIGNERS
    listed = allowed is not None or (os.path.lexists(signers) and inside(signers, root))
    if not os.path.lexists(sig):
        return Signature("missing", sig, signers=signers) if listed else Signature("unsigned", sig)
    if not listed:
        return Signature("no_signers", sig, signers=signers)
    try:
        allowed_text = read_regular(signers, MAX_SIGNATURE_BYTES)
    except OSError as exc:
        raise SignError(_unreadable(signers, exc)) from None
    try:
        signature = read_regular(sig, MAX_SIGNATURE_BYTES)
    except OSError:
        return Signature("invalid", sig, signers=signers)
    result = check(snapshot.data, signature, allowed_text)
    return Signature(result.status, sig, result.principal, signers)


def _unreadable(signers: Path, exc: OSError) -> str:
    lang = current_lang()
    kind = kind_key(signers)
    detail = message(kind, lang) if kind else exc.strerror or type(exc).__name__
    return message("snap_signers_unreadable", lang, path=display_path(signers), detail=detail)


def describe(d: Difference, lang: Lang, catalogue: Catalogue | None) -> str:
    """One line for one difference, in ``lang``."""
    if d.kind == "value":
        indicator = (
            catalogue.indicators.get(d.name) if catalogue and d.what == "indicator" else None
        )
        old, new = _shown(d.old, indicator, lang), _shown(d.new, indicator, lang)
        if old == new:  # equal once rounded for display: enough places to tell them apart
            old, new = _apart(d.old, d.new, lang)
        what = d.name if d.what == "indicator" else message(f"snap_what_{d.what}", lang, id=d.name)
        return message("snap_value", lang, what=what, stage=d.stage, old=old, new=new)
    old, new = (d.old[:12], d.new[:12]) if d.kind == "file_changed" else (d.old, d.new)
    return message(f"snap_{d.kind}", lang, name=d.name, stage=d.stage, old=old, new=new)


def _shown(text: str, indicator: object, lang: Lang) -> str:
    if not text:
        return "-"
    value = Fraction(text)
    if indicator is None:  # an index, a domain's or an aspect's: at two places, as every output
        return shown(value, lang)
    found = value_of(indicator, value)
    return found.render(lang) if isinstance(found, Msg) else found


def _apart(old: str, new: str, lang: Lang) -> tuple[str, str]:
    """Two numbers that look alike at two places, at the fewest places (up to ten) where they
    differ."""
    a, b = Fraction(old), Fraction(new)
    for places in range(3, JSON_PLACES + 1):
        if shown(a, lang, places) != shown(b, lang, places):
            break
    return shown(a, lang, places), shown(b, lang, places)


def summary(verdict: Verdict, lang: Lang) -> str:
    """The closing line: all agree (how many files and numbers); the data agree but the
    signature does not pass; or how many differences."""
    files = len(verdict.snapshot.subjects)
    values = count_numbers(verdict.snapshot.predicate["results"])
    stage = verdict.snapshot.stage.value
    if verdict.agree:
        return message("snap_agree", lang, files=files, values=values, stage=stage)
    extra = verdict.signature.difference
    if verdict.data_agree and extra is not None:
        problem = describe(extra, lang, None)
        return message(
            "snap_data_agree", lang, files=files, values=values, stage=stage, problem=problem
        )
    return message("snap_differ", lang, count=counted("snap_differences", len(verdict.differences)))


def verdict_json(verdict: Verdict, lang: Lang) -> str:
    """``spbe verify --format json``: the verdict, each difference with its line in ``lang``."""
    s = verdict.signature
    doc = {
        "format": FORMAT,
        "snapshot": display_path(verdict.snapshot.path),
        "sha256": digest_of(verdict.snapshot.data),
        "agree": verdict.agree,
        "data_agree": verdict.data_agree,
        "signature": {
            "status": s.status,
            "principal": s.principal or None,
            "allowed_signers": display_path(s.signers) if s.signers is not None else None,
        },
        "differences": [
            {**asdict(d), "message": describe(d, lang, verdict.catalogue)}
            for d in verdict.differences
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def lines(found: Iterable[Difference], lang: Lang, catalogue: Catalogue | None) -> str:
    return "".join(describe(d, lang, catalogue) + "\n" for d in found)
