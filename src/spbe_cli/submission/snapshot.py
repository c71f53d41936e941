"""``spbe snapshot``: what was submitted, as an in-toto Statement v1 in canonical JSON.

The subjects are the year's input files (``submission.inputs``), each with its SHA-256 and, in
its annotations, its role and size. The predicate holds the results of every stage present
(``submission.results``), the catalogue and framework, the stage submitted, the spbe version,
the git commit when there is one, and the evidence that is not a file (URLs, and paths that are
missing or refused). The same inputs always give the same bytes: keys sorted, two-space indent,
UTF-8, a final newline, and no time unless ``SOURCE_DATE_EPOCH`` gives one.

The Berita Acara prints :func:`snapshot_digest` in its footer, so a signed paper points at
exact data.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from spbe_cli import __version__
from spbe_cli.base.clock import source_date
from spbe_cli.engine.yearview import YearView
from spbe_cli.submission.inputs import BUNDLED, YearInputs, digest_name, relative_name, year_inputs
from spbe_cli.submission.results import year_results

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
# No web page describes it yet, so a URN rather than a URL that would pretend to resolve.
PREDICATE_TYPE = "urn:spbe:snapshot:v1"
# History of FORMAT (the predicate's ``format``): 1 - first version.
# Adding keys keeps the number; renaming, removing or changing the meaning of one bumps it.
FORMAT = 1
NAMESPACE = "spbe-snapshot"  # the ssh-keygen -Y namespace of its signatures


def build_statement(view: YearView, commit: str | None = None) -> dict[str, Any]:
    """The statement of ``view``'s year at ``view.stage``. ``commit``: the git commit the
    files come from; None asks git about the working tree ("" outside git; a ``+`` after it
    when an input has uncommitted changes)."""
    inputs = year_inputs(view)
    root = view.year_set.repo.root
    subjects = []
    unavailable = dict(inputs.unavailable)
    for item in inputs.files:
        found = digest_name(item.name, root)
        if found is None:  # gone between reading and hashing
            unavailable.setdefault(item.name, "C005")
            continue
        subjects.append(
            {
                "name": item.name,
                "digest": {"sha256": found.sha256},
                "annotations": {"role": item.role, "size": found.size},
            }
        )
    if commit is None:
        commit = _working_commit(root, inputs)
    return {
        "_type": STATEMENT_TYPE,
        "subject": subjects,
        "predicateType": PREDICATE_TYPE,
        "predicate": _predicate(view, inputs, unavailable, commit),
    }


def _predicate(
    view: YearView, inputs: YearInputs, unavailable: dict[str, str], commit: str
) -> dict[str, Any]:
    c = view.catalogue
    root = view.year_set.repo.root
    catalogue_file = next((f.name for f in inputs.files if f.role == "catalogue"), None)
    predicate: dict[str, Any] = {
        "format": FORMAT,
        "generator": {"name": "spbe", "version": __version__},
        "instansi": view.score.instansi,
        "year": view.year,
        "folder": relative_name(view.year_set.files[0].parent, root),
        "stage": view.stage.value,
        "commit": commit or None,
        "catalogue": {
            "id": c.id,
            "title": c.title,
            "regulation": c.regulation,
            "version": c.version,
            "status": c.status,
            "framework": c.framework,
            "values": "decimal" if c.decimal else "levels",
            "file": catalogue_file or inputs.foreign_catalogue,
        },
        "results": year_results(view),
        "evidence": {
            "unavailable": [
                {"path": p, "problem": code} for p, code in sorted(unavailable.items())
            ],
            "urls": inputs.urls,
        },
    }
    created = _created()
    if created is not None:
        predicate["created"] = created
    return predicate


def _working_commit(root: Path, inputs: YearInputs) -> str:
    from spbe_cli.repository.gitsrc import commit_of

    paths = [f.path for f in inputs.files if not f.name.startswith(BUNDLED)]
    return commit_of(root, only=paths) if paths else commit_of(root)


def _created() -> str | None:
    """The moment ``SOURCE_DATE_EPOCH`` names, in UTC; None without it (never the clock)."""
    moment = source_date()
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def canonical(statement: dict[str, Any]) -> bytes:
    """The one byte form of a statement: keys sorted, two-space indent, UTF-8, final newline."""
    text = json.dumps(
        statement, ensure_ascii=False, sort_keys=True, indent=2, separators=(",", ": ")
    )
    return (text + "\n").encode("utf-8")


def digest_of(data: bytes) -> str:
    """The SHA-256 of ``data``, lowercase hex (what ``sha256sum`` prints)."""
    return hashlib.sha256(data).hexdigest()


def snapshot_bytes(view: YearView) -> bytes:
    """The bytes ``spbe snapshot`` writes for ``view``'s year at ``view.stage``, from the
    working tree as it is now."""
    return canonical(build_statement(view))


def snapshot_digest(view: YearView) -> str:
    """The SHA-256 (64 lowercase hex digits) of the snapshot ``spbe snapshot YEAR --stage S``
    writes now for ``view`` (``view = view_year(year, S)``, ``S`` as that command would take
    it: by default mandiri, the stage submitted). It equals ``sha256sum`` of the file written as
    long as no input, no commit and no ``SOURCE_DATE_EPOCH`` changed in between. Reads every
    input once (evidence included) and asks git for the commit."""
    return digest_of(snapshot_bytes(view))


__all__ = [
    "FORMAT",
    "NAMESPACE",
    "PREDICATE_TYPE",
    "STATEMENT_TYPE",
    "build_statement",
    "canonical",
    "digest_of",
    "snapshot_bytes",
    "snapshot_digest",
]
