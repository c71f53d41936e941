"""Comparing a filled workbook's evidence rows with its unit file. A row's hidden ref names
the entry it shows (scope, indicator, index) and the entry's fingerprint proves it is still
the same one; an emptied row removes its entry, a filled new row adds one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from spbe_cli.model.models import Evidence
from spbe_cli.problems.messages import Lang, message
from spbe_cli.sheet.model import fingerprint
from spbe_cli.sheet.read import FilledEvidence, cell_text, parse_date, parse_level
from spbe_cli.sheet.work import (
    FIELD_KEYS,
    TEXT_FIELDS,
    Target,
    Work,
    a_date,
    a_text,
    kind_of,
)


def compare_evidence(work: Work, targets: dict[tuple[str, str], Target]) -> None:
    """Every evidence row of the workbook against the entries of the file, into ``targets``."""
    a = work.unit.assessment
    entries = {("indicators", i): list(ans.evidence) for i, ans in a.indicators.items()} | {
        ("supports", i): list(part.evidence) for i, part in a.supports.items()
    }
    roles: dict[str, str] = {r.indicator.id: r.scope for r in work.sheet.rows}
    rows = _Rows(work, entries, roles, targets)
    for ev_row in work.filled.evidence:
        rows.compare(ev_row)


@dataclass
class _Rows:
    """The evidence rows of one workbook against the entries of its file."""

    work: Work
    entries: dict[tuple[str, str], list[Evidence]]
    roles: dict[str, str]  # indicator id -> its scope
    targets: dict[tuple[str, str], Target]

    def target(self, scope: str, ident: str) -> Target:
        return self.targets.setdefault((scope, ident), Target(ident, scope))

    def compare(self, row: FilledEvidence) -> None:
        """One row: a new entry, or an existing one changed or removed."""
        parts = row.ref.split("|")
        scope, ident, index_text, digest = parts[1], parts[2], parts[3], parts[4]
        values = _evidence_values(self.work, row)
        if scope == "new":
            self.new(row, values)
        else:
            self.existing(row, values, (scope, ident), index_text, digest)

    def new(self, row: FilledEvidence, values: dict[str, Any] | None) -> None:
        """A row for a new entry: added when filled in, to an indicator of the workbook."""
        work = self.work
        indicator_cell = row.cells["indicator"]
        chosen = cell_text(indicator_cell.value)
        if values is None:
            return
        filled = any(values.get(k) not in (None, "") for k in (*TEXT_FIELDS, "level", "date"))
        if not filled and chosen in (None, ""):
            return
        if not isinstance(chosen, str) or chosen.strip() not in self.roles:
            work.at(indicator_cell, "W017", detail=_no_indicator(work.lang, chosen))
            return
        ident = chosen.strip()
        if not values.get("title"):
            work.at(row.cells["title"], "W017", detail=_no_title(work.lang))
            return
        target = self.target(self.roles[ident], ident)
        fresh = {FIELD_KEYS[k]: v for k, v in values.items() if v not in (None, "")}
        target.added.append((fresh, row))
        work.change(ident, "evidence_added", None, _entry_text(fresh), row.cells["title"].cell)

    def existing(
        self,
        row: FilledEvidence,
        values: dict[str, Any] | None,
        key: tuple[str, str],
        index_text: str,
        digest: str,
    ) -> None:
        """A row of an existing entry: the ref names it, the fingerprint proves it is the same
        one (or finds it where it moved)."""
        listed = self.entries.get(key, [])
        index = _entry_index(listed, index_text, digest)
        if index is None:
            self.work.at(row.cells["title"], "W010", detail=_entry_gone(self.work.lang))
            return
        if values is None:
            return
        _compare_entry(self.work, row, self.target(*key), index, listed[index], values)


def _entry_index(listed: list[Evidence], index_text: str, digest: str) -> int | None:
    """The entry's index in its list: where the ref says, else where its fingerprint is now."""
    index = int(index_text) if index_text.isdigit() else -1
    if 0 <= index < len(listed) and _fp(listed[index]) == digest:
        return index
    moved = [n for n, e in enumerate(listed) if _fp(e) == digest]
    return moved[0] if moved else None


def _compare_entry(
    work: Work,
    row: FilledEvidence,
    target: Target,
    index: int,
    entry: Evidence,
    values: dict[str, Any],
) -> None:
    """An existing entry against its row: removed when its texts are emptied, else the fields
    that differ edited."""
    ident = target.ident
    if all(values.get(k) in (None, "") for k in TEXT_FIELDS):
        target.removed.append(index)
        work.change(
            ident, "evidence_removed", _entry_text(_fields(entry)), None, row.cells["title"].cell
        )
        return
    before = _fields(entry)
    changed = {
        FIELD_KEYS[k]: values.get(k)
        for k in FIELD_KEYS
        if (values.get(k) or None) != (before.get(FIELD_KEYS[k]) or None)
    }
    if changed:
        target.edited[index] = changed
        after = before | changed
        work.change(
            ident,
            "evidence_changed",
            _entry_text(before),
            _entry_text(after),
            row.cells["title"].cell,
        )
    target.rows[index] = row


def _evidence_values(work: Work, row: FilledEvidence) -> dict[str, Any] | None:
    """The fill-in cells of one evidence row as values; None when one is the wrong kind."""
    values: dict[str, Any] = {}
    ok = True
    for name in TEXT_FIELDS:
        cell = row.cells[name]
        text = cell_text(cell.value)
        if isinstance(text, dt.date | dt.time):
            work.at(cell, "W012", found=kind_of(text, work.lang), expected=a_text(work.lang))
            ok = False
        values[name] = text
    level_cell = row.cells["level"]
    level = parse_level(level_cell.value, {})
    if isinstance(level, str) or (level is not None and level.denominator != 1):
        work.at(level_cell, "W011", value=str(level_cell.value)[:40], example="3", hint="")
        ok = False
    else:
        values["level"] = level.numerator if level is not None else None
    date_cell = row.cells["date"]
    date = parse_date(date_cell.value)
    if isinstance(date, str):
        work.at(
            date_cell, "W012", found=kind_of(date_cell.value, work.lang), expected=a_date(work.lang)
        )
        ok = False
    else:
        values["date"] = date
    return values if ok else None


def _fp(e: Evidence) -> str:
    return fingerprint(e.title, e.path, e.url, e.id)


def _fields(e: Evidence) -> dict[str, Any]:
    return {
        "title": e.title,
        "path": e.path,
        "url": e.url,
        "id": e.id,
        "level": e.level,
        "date": e.date,
    }


def _entry_text(entry: dict[str, Any]) -> str:
    where = entry.get("path") or entry.get("url") or "-"
    code = f"[{entry['id']}] " if entry.get("id") else ""
    return f"{code}{entry.get('title') or '-'} ({where})"


def _no_indicator(lang: Lang, found: object) -> str:
    if found is None or not str(found).strip():
        return message("imp_d_indicator_missing", lang)
    return message("imp_d_no_indicator", lang, found=str(found)[:40])


def _no_title(lang: Lang) -> str:
    return message("imp_d_no_title", lang)


def _entry_gone(lang: Lang) -> str:
    return message("imp_d_entry_gone", lang)
