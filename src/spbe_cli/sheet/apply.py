"""``spbe import``: what filled workbooks change in their unit files, checked by the same rules
as ``spbe validate``, written (with ``--apply``) only where something changed.

For each workbook: find its unit file, refuse it when it belongs elsewhere or the file changed
since (SHA-256, unless forced), compare every fill-in cell with the file, and turn each
difference into an edit of the file's text (``source.yamledit``: only that value's characters
change). The edited text is read back and must hold exactly the intended data; then the year is
validated with the edited files in place of the originals, and each problem found in an edited
file is located at the workbook cell its value came from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from spbe_cli.domain.numbers import exact_decimal, fmt, is_finite_decimal
from spbe_cli.engine.assessments import UnitFile, YearSet, load_files
from spbe_cli.model.models import Assessment, Evidence
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import Problem, display_path, has_errors, located, problem
from spbe_cli.problems.rule import Severity
from spbe_cli.repository.files import WorkingTree
from spbe_cli.repository.layout import (
    ASSESSMENTS,
    Repo,
    find_repo,
    is_year,
    unit_files,
    year_folder,
)
from spbe_cli.sheet.build import level_choice
from spbe_cli.sheet.layout import MAX_CELL_TEXT
from spbe_cli.sheet.model import UnitSheet, file_digest, fingerprint, unit_sheet
from spbe_cli.sheet.read import (
    CellValue,
    Filled,
    FilledEvidence,
    cell_text,
    parse_date,
    parse_level,
    read_workbook,
)
from spbe_cli.source.yamledit import EditError, Editor
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, KeyPath, Source, parse_yaml, read_regular

TEXT_FIELDS = ("title", "path", "url", "item")
FIELD_KEYS = {"title": "title", "path": "path", "url": "url", "item": "id", "level": "level",
              "date": "date"}  # fmt: skip


@dataclass(frozen=True)
class Change:
    workbook: str
    file: str
    unit: str
    indicator: str
    kind: str  # level, explanation, evidence_added, evidence_removed, evidence_changed
    before: str
    after: str
    cell: str


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    writes: dict[Path, bytes] = field(default_factory=dict)
    forced: list[str] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)  # (workbook, file)

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


@dataclass
class _Work:
    """One workbook on its way into one unit file."""

    filled: Filled
    shown: str
    unit: UnitFile
    sheet: UnitSheet
    raw: bytes
    text: str
    editor: Editor
    data: dict[str, Any]  # the file's data as it must read after the edits
    cells: dict[KeyPath, CellValue] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lang: Lang = "id"
    targets: dict[tuple[str, str], _Target] = field(default_factory=dict)

    def at(self, cell: CellValue, code: str, **args: object) -> None:
        found = located(self.shown, cell.row, cell.column, code, args)
        self.problems.append(dataclasses.replace(found, cell=cell.cell))

    def change(self, ident: str, kind: str, before: object, after: object, cell: str) -> None:
        self.changes.append(
            Change(
                self.shown,
                display_path(self.unit.src.path),
                self.sheet.unit,
                ident,
                kind,
                _shown(before, self.lang),
                _shown(after, self.lang),
                cell,
            )
        )


def _shown(value: object, lang: Lang) -> str:
    if value is None or value == "":
        return message("imp_empty", lang)
    if isinstance(value, Fraction):
        return fmt(value, lang)
    text = str(value)
    return text if len(text) <= 160 else text[:157] + "..."


def plan_import(paths: list[Path], repo_start: Path, *, force: bool, lang: Lang) -> Plan:
    plan = Plan()
    repo, problems = find_repo(repo_start)
    plan.problems += problems
    works: list[_Work] = []
    years: dict[int, tuple[YearSet, list[Problem]]] = {}
    seen: dict[Path, str] = {}
    for path in paths:
        filled, problems = read_workbook(path)
        plan.problems += problems
        if filled is None:
            continue
        work = _prepare(filled, repo, years, seen, force, lang, plan)
        if work is None:
            continue
        _compare(work)
        plan.problems += work.problems
        _edit(work, plan)  # the cells without a problem of their own, to validate them too
        works.append(work)
    _validate(works, repo, years, plan)
    if not plan.ok:
        return plan
    for work in works:
        if work.changes:
            plan.changes += work.changes
            plan.writes[work.unit.src.path] = work.editor.result().encode("utf-8")
        else:
            plan.unchanged.append((work.shown, display_path(work.unit.src.path)))
    return plan


def _prepare(
    filled: Filled,
    repo: Repo,
    years: dict[int, tuple[YearSet, list[Problem]]],
    seen: dict[Path, str],
    force: bool,
    lang: Lang,
    plan: Plan,
) -> _Work | None:
    shown = display_path(filled.path)
    meta = filled.meta
    unit, year_text = meta.get("unit", ""), meta.get("year", "")
    expected = f"{unit} {year_text} ({meta.get('catalogue', '?')})"

    def fail(code: str, **args: object) -> None:
        plan.problems.append(located(shown, 0, 0, code, args))

    folder = year_folder(repo, int(year_text)) if is_year(year_text) else None
    candidates = [p for p in unit_files(folder) if p.stem == unit] if folder else []
    if not candidates:
        where = f"{ASSESSMENTS}/{year_text}/{unit}.yaml"
        fail("W019", file=where)
        return None
    path = candidates[0]
    if path.resolve() in seen:
        fail("W018", file=display_path(path), other=seen[path.resolve()])
        return None
    seen[path.resolve()] = shown
    year = int(year_text)
    if year not in years:
        assert folder is not None
        years[year] = load_files(repo, unit_files(folder))
    year_set, year_problems = years[year]
    unit_file = next((u for u in year_set.units if u.src.path == path), None)
    if unit_file is None or year_set.catalogue is None:
        plan.problems += [p for p in year_problems if p.path == display_path(path)] or [
            p for p in year_problems if p.severity is Severity.ERROR
        ]
        if unit_file is None:
            return None
    assert year_set.catalogue is not None
    a = unit_file.assessment
    found = f"{a.unit} {a.year} ({year_set.catalogue.id})"
    if (a.unit, str(a.year), year_set.catalogue.id) != (unit, year_text, meta.get("catalogue")):
        fail("W004", expected=expected, file=display_path(path), found=found)
        return None
    try:
        raw = read_regular(path, DEFAULT_MAX_BYTES)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail("W001", detail=str(exc))
        return None
    if file_digest(raw) != meta.get("sha256"):
        if not force:
            fail("W005", file=display_path(path))
            return None
        plan.forced.append(display_path(path))
    try:
        editor = Editor(text.removeprefix("\ufeff"))
    except (EditError, Exception) as exc:
        fail("W020", detail=type(exc).__name__)
        return None
    if text.startswith("\ufeff"):
        editor.text = text  # keep the byte order mark; offsets shift by one
        editor.root = _shifted(editor.root, 1)
    sheet = unit_sheet(year_set, unit_file, raw)
    data = _plain(unit_file.src.data)
    return _Work(filled, shown, unit_file, sheet, raw, text, editor, data, lang=lang)


def _shifted(node: Any, by: int) -> Any:
    node.start += by
    node.end += by
    if node.key_start >= 0:
        node.key_start += by
        node.key_end += by
    for child in node.children.values():
        _shifted(child, by)
    return node


def _plain(data: Any) -> Any:
    """A deep copy of the loader's data that the edits can change."""
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


# --- comparing the workbook with the file ------------------------------------------------------


def _level_names(sheet: UnitSheet) -> dict[str, int]:
    names: dict[str, int] = {}
    for row in sheet.rows:
        for level in row.indicator.scale.levels:
            names.setdefault(level.name.casefold(), level.value)
            for alias in level.aliases:
                names.setdefault(alias.casefold(), level.value)
    return names


@dataclass
class _Target:
    """The intended state of one indicator (answer or contribution) after the import."""

    ident: str
    scope: str
    level: Any = dataclasses.field(default=None)
    level_set: bool = False
    explanation: str | None = None
    explanation_set: bool = False
    removed: list[int] = field(default_factory=list)
    edited: dict[int, dict[str, Any]] = field(default_factory=dict)
    added: list[tuple[dict[str, Any], FilledEvidence]] = field(default_factory=list)
    cells: dict[str, CellValue] = field(default_factory=dict)  # "level", "explanation"
    rows: dict[int, FilledEvidence] = field(default_factory=dict)  # YAML index -> its row


def _compare(work: _Work) -> None:
    sheet = work.sheet
    names = _level_names(sheet)
    lang = work.lang
    targets: dict[tuple[str, str], _Target] = {}
    a: Assessment = work.unit.assessment
    for filled in work.filled.rows:
        row = sheet.row_of(filled.ident)
        if row is None:
            work.at(filled.level, "W010", detail=_not_listed(lang, filled.ident))
            continue
        key = (row.scope, row.indicator.id)
        target = targets.setdefault(key, _Target(row.indicator.id, row.scope))
        target.cells["level"] = filled.level
        target.cells["explanation"] = filled.explanation
        if row.role == "lead" and not row.external:
            value = parse_level(filled.level.value, names)
            if isinstance(value, str):
                scale = row.indicator.scale
                middle = min(scale.low + 2, scale.high)
                example = level_choice(middle, scale.name_of(middle))
                hint = _decimal_hint(sheet.catalogue.decimal, lang)
                work.at(filled.level, "W011", value=value[:40], example=example, hint=hint)
            elif value is not None and value not in row.indicator.scale:
                scale = row.indicator.scale
                shown = fmt(value) if value.denominator != 1 else value.numerator
                work.at(filled.level, "S005", level=shown, indicator=row.indicator.id,
                        low=scale.low, high=scale.high)  # fmt: skip
            elif value != row.level:
                target.level, target.level_set = value, True
                work.change(row.indicator.id, "level", row.level, value, filled.level.cell)
        text = cell_text(filled.explanation.value)
        if isinstance(text, dt.date | dt.time):
            work.at(filled.explanation, "W012", found=_kind(text, lang), expected=_text(lang))
        elif (
            text is not None
            and text == message("sh_too_long", lang)
            and (row.explanation is not None and len(row.explanation) > MAX_CELL_TEXT)
        ):
            pass  # the marker written in place of a text too long for a cell
        elif (text or None) != (row.explanation or None):
            target.explanation, target.explanation_set = text, True
            work.change(
                row.indicator.id, "explanation", row.explanation, text, filled.explanation.cell
            )
    entries = {("indicators", i): list(ans.evidence) for i, ans in a.indicators.items()} | {
        ("supports", i): list(part.evidence) for i, part in a.supports.items()
    }
    roles: dict[str, str] = {r.indicator.id: r.scope for r in sheet.rows}
    for ev_row in work.filled.evidence:
        _evidence_row(work, ev_row, entries, roles, targets)
    work.targets = targets


def _not_listed(lang: Lang, ident: str) -> str:
    return message("imp_d_not_listed", lang, ident=ident)


def _decimal_hint(decimal: bool, lang: Lang) -> str:
    return "" if decimal else message("imp_d_whole", lang)


def _kind(value: object, lang: Lang) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return message("imp_k_date", lang)
    if isinstance(value, int | float):
        return message("imp_k_number", lang)
    return message("imp_k_text", lang)


def _text(lang: Lang) -> str:
    return message("imp_k_text", lang)


def _date(lang: Lang) -> str:
    return message("imp_k_date", lang)


def _evidence_values(work: _Work, row: FilledEvidence) -> dict[str, Any] | None:
    """The fill-in cells of one evidence row as values; None when one is the wrong kind."""
    values: dict[str, Any] = {}
    ok = True
    for name in TEXT_FIELDS:
        cell = row.cells[name]
        text = cell_text(cell.value)
        if isinstance(text, dt.date | dt.time):
            work.at(cell, "W012", found=_kind(text, work.lang), expected=_text(work.lang))
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
            date_cell, "W012", found=_kind(date_cell.value, work.lang), expected=_date(work.lang)
        )
        ok = False
    else:
        values["date"] = date
    return values if ok else None


def _evidence_row(
    work: _Work,
    row: FilledEvidence,
    entries: dict[tuple[str, str], list[Evidence]],
    roles: dict[str, str],
    targets: dict[tuple[str, str], _Target],
) -> None:
    parts = row.ref.split("|")
    scope, ident, index_text, digest = parts[1], parts[2], parts[3], parts[4]
    values = _evidence_values(work, row)
    indicator_cell = row.cells["indicator"]
    if scope == "new":
        chosen = cell_text(indicator_cell.value)
        filled = values is None or any(
            values.get(k) not in (None, "") for k in (*TEXT_FIELDS, "level", "date")
        )
        if not filled and chosen in (None, ""):
            return
        if values is None:
            return
        if not isinstance(chosen, str) or chosen.strip() not in roles:
            work.at(indicator_cell, "W017", detail=_no_indicator(work.lang, chosen))
            return
        ident = chosen.strip()
        if not values.get("title"):
            work.at(row.cells["title"], "W017", detail=_no_title(work.lang))
            return
        scope = roles[ident]
        target = targets.setdefault((scope, ident), _Target(ident, scope))
        fresh = {FIELD_KEYS[k]: v for k, v in values.items() if v not in (None, "")}
        target.added.append((fresh, row))
        work.change(ident, "evidence_added", None, _entry_text(fresh), row.cells["title"].cell)
        return
    # an existing entry: the ref names it, the fingerprint proves it is the same one
    listed = entries.get((scope, ident), [])
    index = int(index_text) if index_text.isdigit() else -1
    if not (0 <= index < len(listed)) or _fp(listed[index]) != digest:
        moved = [n for n, e in enumerate(listed) if _fp(e) == digest]
        if not moved:
            work.at(row.cells["title"], "W010", detail=_entry_gone(work.lang))
            return
        index = moved[0]
    if values is None:
        return
    entry = listed[index]
    target = targets.setdefault((scope, ident), _Target(ident, scope))
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


# --- editing the file ------------------------------------------------------------------------


def _raw_value(value: Any) -> Any:
    """How the loader will read back what the editor writes for ``value``."""
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return value.numerator
        if is_finite_decimal(value):
            return exact_decimal(value)
        return f"{value.numerator}/{value.denominator}"
    return value


def _edit(work: _Work, plan: Plan) -> None:
    targets = work.targets
    ed = work.editor
    data = work.data
    new_in: dict[str, dict[str, Any]] = {}  # scope -> new answers to add under it
    try:
        for (scope, ident), t in targets.items():
            if not (t.level_set or t.explanation_set or t.removed or t.edited or t.added):
                _remember_cells(work, scope, ident, t)
                continue
            section = data.get(scope)
            exists = isinstance(section, dict) and isinstance(section.get(ident), dict)
            if not exists:
                fresh: dict[str, Any] = {}
                if scope == "indicators":
                    fresh["level"] = _raw_value(t.level) if t.level_set else None
                if t.explanation is not None:
                    fresh["explanation"] = t.explanation
                if t.added:
                    fresh["evidence"] = [e for e, _ in t.added]
                new_in.setdefault(scope, {})[ident] = fresh
                _remember_cells(work, scope, ident, t)
                continue
            _edit_answer(ed, data[scope][ident], (scope, ident), t)
            _remember_cells(work, scope, ident, t)
        for scope, answers in new_in.items():
            section = data.get(scope)
            node = ed.node((scope,))
            if isinstance(section, dict) and section and node is not None and not node.flow:
                ed.add_keys((scope,), _for_yaml(answers))
                section.update(_raw(answers))
            elif isinstance(section, dict):
                ed.replace_collection((scope,), _for_yaml({**section, **answers}))
                section.update(_raw(answers))
            else:
                ed.add_keys((), {scope: _for_yaml(answers)})
                data[scope] = _raw(answers)
        result = ed.result()
    except EditError as exc:
        work.problems.append(
            problem(display_path(work.unit.src.path), 0, 0, "W020", detail=str(exc))
        )
        plan.problems += work.problems[-1:]
        return
    back = parse_yaml(result.encode("utf-8"), work.unit.src.path)
    if back.data != data:
        detail = "read back differs"
        work.problems.append(problem(display_path(work.unit.src.path), 0, 0, "W020", detail=detail))
        plan.problems += work.problems[-1:]


def _for_yaml(value: Any) -> Any:
    """Values as the editor writes them (Fractions stay Fractions; it renders them)."""
    if isinstance(value, dict):
        return {k: _for_yaml(v) for k, v in value.items() if v is not None or k == "level"}
    if isinstance(value, list):
        return [_for_yaml(v) for v in value]
    return value


def _raw(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _raw(v) for k, v in value.items() if v is not None or k == "level"}
    if isinstance(value, list):
        return [_raw(v) for v in value]
    return _raw_value(value)


def _edit_answer(ed: Editor, answer: dict[str, Any], path: tuple[str, str], t: _Target) -> None:
    added_keys: dict[str, Any] = {}
    if t.level_set:
        key = "level" if "level" in answer else "value"
        if key in answer:
            ed.set_value((*path, key), t.level)
        else:
            added_keys["level"] = t.level
        answer[key if key in answer else "level"] = _raw_value(t.level)
    if t.explanation_set:
        if "explanation" in answer:
            if t.explanation is None:
                _drop(ed, answer, (*path, "explanation"))
            else:
                ed.set_value((*path, "explanation"), t.explanation)
                answer["explanation"] = t.explanation
        elif t.explanation is not None:
            added_keys["explanation"] = t.explanation
            answer["explanation"] = t.explanation
    if t.removed or t.edited or t.added:
        listed = answer.get("evidence")
        node = ed.node((*path, "evidence"))
        items = listed if isinstance(listed, list) else []
        for index, changed in sorted(t.edited.items()):
            _edit_entry(ed, items[index], (*path, "evidence", index), changed)
        removed = sorted(set(t.removed))
        kept = [e for n, e in enumerate(items) if n not in removed]
        new_items = [e for e, _ in t.added]
        block = node is not None and node.kind == "seq" and not node.flow and bool(node.children)
        if node is None:
            if new_items:
                added_keys["evidence"] = new_items
        elif block and not kept and not new_items:
            ed.replace_collection((*path, "evidence"), [])
        elif block:
            for index in removed:
                ed.remove_item((*path, "evidence"), index)
            if new_items:
                ed.append_items((*path, "evidence"), new_items)
        else:
            ed.replace_collection((*path, "evidence"), [*kept, *new_items])
        if node is not None or new_items:
            answer["evidence"] = [*kept, *(_raw(e) for e in new_items)]
    if added_keys:
        ed.add_keys(path, added_keys)


def _edit_entry(ed: Editor, item: dict[str, Any], path: KeyPath, changed: dict[str, Any]) -> None:
    fresh = {}
    for key, value in changed.items():
        if value in (None, ""):
            if key in item:
                _drop(ed, item, (*path, key))
        elif key in item:
            ed.set_value((*path, key), value)
            item[key] = _raw_value(value)
        else:
            fresh[key] = value
            item[key] = _raw_value(value)
    if fresh:
        ed.add_keys(path, fresh)


def _drop(ed: Editor, mapping: dict[str, Any], path: KeyPath) -> None:
    """Remove a key with its line; where it cannot go (the first key of a list item), null."""
    key = str(path[-1])
    try:
        ed.remove_key(path)
        del mapping[key]
    except EditError:
        ed.set_value(path, None)
        mapping[key] = None


def _remember_cells(work: _Work, scope: str, ident: str, t: _Target) -> None:
    """Where each value of the edited file came from in the workbook (for problems found when
    the result is validated)."""
    base: KeyPath = (scope, ident)
    if "level" in t.cells:
        work.cells[base] = t.cells["level"]
        work.cells[_kp(base, "level")] = t.cells["level"]
        work.cells[_kp(base, "value")] = t.cells["level"]
    if "explanation" in t.cells:
        work.cells[_kp(base, "explanation")] = t.cells["explanation"]
    removed = sorted(set(t.removed))
    a = work.unit.assessment
    holder = a.indicators.get(ident) if scope == "indicators" else a.supports.get(ident)
    first_new = (len(holder.evidence) if holder is not None else 0) - len(removed)
    # an entry's index in the edited file: after the removals, new entries at the end
    placed = [(i - sum(1 for r in removed if r < i), row) for i, row in t.rows.items()]
    placed += [(first_new + n, row) for n, (_, row) in enumerate(t.added)]
    for index, row in placed:
        work.cells[_kp(base, "evidence", index)] = row.cells["title"]
        for name, key in FIELD_KEYS.items():
            work.cells[_kp(base, "evidence", index, key)] = row.cells[name]


def _kp(base: KeyPath, *more: str | int) -> KeyPath:
    return base + more


# --- validating the result ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Overlay:
    """The working tree, with the edited files read from memory."""

    tree: WorkingTree
    edited: dict[Path, bytes]

    def exists(self, path: Path) -> bool:
        return path in self.edited or self.tree.exists(path)

    def read(self, path: Path) -> Source:
        if path in self.edited:
            return parse_yaml(self.edited[path], path)
        return self.tree.read(path)


def _key(p: Problem) -> tuple[object, ...]:
    return (p.path, p.code, p.args)


def _validate(
    works: list[_Work],
    repo: Repo,
    years: dict[int, tuple[YearSet, list[Problem]]],
    plan: Plan,
) -> None:
    from spbe_cli.engine.checks import check_year
    from spbe_cli.engine.lock import load_lock

    lock, _ = load_lock(repo.root)
    by_year: dict[int, list[_Work]] = {}
    for work in works:
        if work.changes:
            by_year.setdefault(work.sheet.year, []).append(work)
    for year, group in by_year.items():
        base_set, base_problems = years[year]
        files = list(base_set.files)
        before = base_problems + check_year(
            base_set, whole_year=True, allow_partial=True, lock=lock
        )
        edited = {w.unit.src.path: w.editor.result().encode("utf-8") for w in group}
        overlay = _Overlay(WorkingTree(repo.root), edited)
        after_set, found = load_files(repo, files, reader=overlay)
        found += check_year(after_set, whole_year=True, allow_partial=True, lock=lock)
        old = {_key(p) for p in before}
        sources = {path: parse_yaml(raw, path) for path, raw in edited.items()}
        for p in found:
            owner = next((w for w in group if display_path(w.unit.src.path) == p.path), None)
            new = _key(p) not in old
            if owner is None:
                if new and p.severity is Severity.ERROR:
                    plan.problems.append(p)
                continue
            if not new and p.severity is not Severity.ERROR:
                continue
            plan.problems.append(_located(p, owner, sources.get(owner.unit.src.path)))


def _located(p: Problem, work: _Work, src: Source | None) -> Problem:
    """A problem of an edited file, at the workbook cell its value came from when there is one."""
    if src is None or p.line <= 0:
        return p
    exact: list[KeyPath] = [
        k
        for table in (src.values, src.keys)
        for k, pos in table.items()
        if pos == (p.line, p.column)
    ]
    on_line = [
        k for table in (src.values, src.keys) for k, pos in table.items() if pos[0] == p.line
    ]
    for candidates in (exact, on_line):
        for kp in sorted(candidates, key=len, reverse=True):
            probe = tuple(kp)
            while probe:
                cell = work.cells.get(probe)
                if cell is not None:
                    return dataclasses.replace(
                        p, path=work.shown, line=cell.row, column=cell.column, cell=cell.cell
                    )
                probe = probe[:-1]
    return p


def imported(changes: Iterable[Change]) -> dict[str, int]:
    """Changes per unit file."""
    counts: dict[str, int] = {}
    for c in changes:
        counts[c.file] = counts.get(c.file, 0) + 1
    return counts
