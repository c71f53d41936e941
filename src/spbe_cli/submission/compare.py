"""A snapshot against the statement made now, field by field.

Every field of the statement is compared except three that change without any data changing
(``EXCLUDED``): the git ``commit`` (committing, or checking out another clone, changes it, and
``+`` marks uncommitted inputs), the ``created`` time, and the ``generator`` version (a newer
spbe computing the same values must agree with an older one's snapshot). Each other difference
is one value: a file changed, missing, no longer used or new; the catalogue; a stage gone or
new; a number; or, for any other field, its path and both texts. Both statements have the one
shape ``statement`` checks, so every key read here is there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from spbe_cli.submission.inputs import Digest
from spbe_cli.submission.results import exact_of, text_of

MISSING = "C005"  # the sandbox's code of an evidence file that is not there
EXCLUDED = ("predicate.commit", "predicate.created", "predicate.generator.version")


@dataclass(frozen=True)
class Difference:
    """One thing that is not as the snapshot says. ``kind``: file_changed, file_resized,
    file_missing, file_unused, file_new, catalogue, stage_missing, stage_new, value, field,
    not_recomputed, signature_invalid, signature_unknown_signer, signature_missing,
    signature_no_signers."""

    kind: str
    name: str = ""  # a file's name, a number's id (I3, A1; "" for the index), a field's path
    stage: str = ""
    what: str = ""  # of a value: index, domain, aspect or indicator
    old: str = ""  # exact texts as the snapshot writes them (digests, numbers, JSON values)
    new: str = ""


def compare(
    old: Mapping[str, Any], new: Mapping[str, Any], exists: Callable[[str], bool]
) -> list[Difference]:
    """Every difference between the statement ``old`` (read back) and ``new`` (made now);
    ``exists`` tells whether an input no longer used is still there."""
    found = _subjects(old["subject"], new["subject"], exists)
    a, b = old["predicate"], new["predicate"]
    for key in ("format", "instansi", "year", "folder", "stage"):
        found += _field(f"predicate.{key}", a[key], b[key])
    found += _field("predicate.generator.name", a["generator"]["name"], b["generator"]["name"])
    found += _catalogue(a["catalogue"], b["catalogue"])
    found += _results(a["results"], b["results"])
    said = {d.name for d in found if d.kind in ("file_missing", "file_new")}
    return found + _evidence(a["evidence"], b["evidence"], said)


def compare_files(
    subjects: Mapping[str, Digest], now: Callable[[str, int], Digest | None]
) -> list[Difference]:
    """The recorded files alone (the year cannot be made again): ``now(name, size)`` is the
    file's digest now (None: not there; an empty sha256: another size, not read)."""
    found = []
    for name, old in subjects.items():
        digest = now(name, old.size)
        if digest is None:
            found.append(Difference("file_missing", name))
        elif not digest.sha256:
            found.append(Difference("file_resized", name, old=str(old.size), new=str(digest.size)))
        elif digest.sha256 != old.sha256:
            found.append(Difference("file_changed", name, old=old.sha256, new=digest.sha256))
    return found


def catalogue_label(old: tuple[str, str | None], new: tuple[str, str | None]) -> tuple[str, str]:
    """Two catalogues as the line names them: by id when the ids differ, else with versions."""
    if old[0] != new[0]:
        return old[0], new[0]
    return " ".join(p for p in old if p), " ".join(p for p in new if p)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _field(name: str, old: object, new: object) -> list[Difference]:
    """One line when ``old`` and ``new`` differ (``...``: not there, shown as ``-``)."""
    if old == new and type(old) is type(new):
        return []
    shown = [("-" if v is ... else _json(v)) for v in (old, new)]
    return [Difference("field", name, old=shown[0], new=shown[1])]


def _subjects(
    old: list[dict[str, Any]], new: list[dict[str, Any]], exists: Callable[[str], bool]
) -> list[Difference]:
    after = {s["name"]: s for s in new}
    found = []
    for entry in old:
        name = entry["name"]
        now = after.get(name)
        if now is None:
            found.append(Difference("file_unused" if exists(name) else "file_missing", name))
        elif now["digest"] != entry["digest"]:
            old_sha, new_sha = entry["digest"]["sha256"], now["digest"]["sha256"]
            found.append(Difference("file_changed", name, old=old_sha, new=new_sha))
        else:
            for key in ("role", "size"):
                where = f"subject[{name}].annotations.{key}"
                found += _field(where, entry["annotations"][key], now["annotations"][key])
    before = {s["name"] for s in old}
    return found + [Difference("file_new", s["name"]) for s in new if s["name"] not in before]


def _catalogue(old: dict[str, Any], new: dict[str, Any]) -> list[Difference]:
    found = []
    pair = (old["id"], old["version"]), (new["id"], new["version"])
    if pair[0] != pair[1]:
        before, after = catalogue_label(*pair)
        found.append(Difference("catalogue", old=before, new=after))
    for key in ("title", "regulation", "status", "framework", "values", "file"):
        found += _field(f"predicate.catalogue.{key}", old[key], new[key])
    return found


# (what, list key, value field, rounded field) of the numbers of one stage
_NUMBERS = (
    ("domain", "domains", "index", "index_rounded"),
    ("aspect", "aspects", "index", "index_rounded"),
    ("indicator", "indicators", "value", "shown"),
)


def _results(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Difference]:
    before = {r["stage"]: r for r in old}
    after = {r["stage"]: r for r in new}
    found = [Difference("stage_missing", stage=s) for s in before if s not in after]
    found += [Difference("stage_new", stage=s) for s in after if s not in before]
    for stage, a in before.items():
        b = after.get(stage)
        if b is None:
            continue
        where = f"predicate.results[{stage}]"
        found += _number(a, b, where, ("index", stage, ""), "index", "index_rounded")
        found += _field(f"{where}.predikat", a["predikat"], b["predikat"])
        found += _field(f"{where}.complete", a["complete"], b["complete"])
        for what, key, value, rounded in _NUMBERS:
            if (key in a) != (key in b):
                found += _field(f"{where}.{key}", a.get(key, ...), b.get(key, ...))
            found += _entries(
                a.get(key, []), b.get(key, []), f"{where}.{key}", (what, stage), value, rounded
            )
    return found


def _entries(
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    where: str,
    kind: tuple[str, str],
    value: str,
    rounded: str,
) -> list[Difference]:
    """The numbers of one list (domains, aspects or indicators of one stage), by id."""
    what, stage = kind
    after = {e["id"]: e for e in new}
    found = []
    for entry in old:
        ident = entry["id"]
        now = after.get(ident)
        if now is None:
            found.append(Difference("value", ident, stage, what, text_of(entry, value), ""))
        else:
            found += _number(entry, now, f"{where}[{ident}]", (what, stage, ident), value, rounded)
    before = {e["id"] for e in old}
    found += [
        Difference("value", e["id"], stage, what, "", text_of(e, value))
        for e in new
        if e["id"] not in before
    ]
    return found


def _number(
    a: dict[str, Any], b: dict[str, Any], where: str, kind: tuple[str, str, str], *fields: str
) -> list[Difference]:
    """One number: a value line when it differs; else a line for each text that differs (its
    decimal, its rounded text, its fraction), though they say the same number."""
    what, stage, ident = kind
    value = fields[0]
    if exact_of(a, value) != exact_of(b, value):
        return [Difference("value", ident, stage, what, text_of(a, value), text_of(b, value))]
    found = []
    for key in (*fields, "exact"):
        found += _field(f"{where}.{key}", a.get(key, ...), b.get(key, ...))
    return found


def _evidence(old: dict[str, Any], new: dict[str, Any], said: set[str]) -> list[Difference]:
    """The URLs, and the evidence that is not a file to read. An evidence file gone (C005) or
    back is said once, by its file line (``said``)."""
    where = "predicate.evidence"
    found = _set(f"{where}.urls", old["urls"], new["urls"])
    before = {u["path"]: u["problem"] for u in old["unavailable"]}
    after = {u["path"]: u["problem"] for u in new["unavailable"]}
    for path in [*before, *(p for p in after if p not in before)]:
        if path in said and MISSING in (before.get(path), after.get(path)):
            continue
        name = f"{where}.unavailable[{path}].problem"
        found += _field(name, before.get(path, ...), after.get(path, ...))
    return found


def _set(where: str, old: list[str], new: list[str]) -> list[Difference]:
    """The texts of a list kept as a set (URLs): each gone, each new."""
    a, b = set(old), set(new)
    found = [Difference("field", where, old=_json(x), new="-") for x in old if x not in b]
    return found + [Difference("field", where, old="-", new=_json(x)) for x in new if x not in a]
