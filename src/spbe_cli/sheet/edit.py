"""Writing an import's targets into the unit file's text with ``source.yamledit`` (only the
changed values' characters change), keeping ``work.data`` as the file must read afterwards;
the edited text is read back and must hold exactly that data."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from spbe_cli.domain.numbers import exact_decimal, is_finite_decimal
from spbe_cli.problems.problem import display_path, problem
from spbe_cli.sheet.work import FIELD_KEYS, Plan, Target, Work
from spbe_cli.source.yamledit import EditError, Editor
from spbe_cli.source.yamlsrc import KeyPath, parse_yaml


def edit(work: Work, plan: Plan) -> None:
    """Apply ``work.targets`` to the editor; an edit the editor cannot make, or a result that
    reads back differently, is a W020 problem of the file."""
    try:
        new_in = _edit_answers(work)
        _add_answers(work.editor, work.data, new_in)
        result = work.editor.result()
    except EditError as exc:
        _refuse(work, plan, str(exc))
        return
    back = parse_yaml(result.encode("utf-8"), work.unit.src.path)
    if back.data != work.data:
        _refuse(work, plan, "read back differs")


def _refuse(work: Work, plan: Plan, detail: str) -> None:
    work.problems.append(problem(display_path(work.unit.src.path), 0, 0, "W020", detail=detail))
    plan.problems += work.problems[-1:]


def _edit_answers(work: Work) -> dict[str, dict[str, Any]]:
    """Edit the answers the file has; return the new ones to add, by scope."""
    new_in: dict[str, dict[str, Any]] = {}  # scope -> new answers to add under it
    for (scope, ident), t in work.targets.items():
        if t.touched:
            section = work.data.get(scope)
            if isinstance(section, dict) and isinstance(section.get(ident), dict):
                _edit_answer(work.editor, section[ident], (scope, ident), t)
            else:
                new_in.setdefault(scope, {})[ident] = _new_answer(scope, t)
        _remember_cells(work, scope, ident, t)
    return new_in


def _new_answer(scope: str, t: Target) -> dict[str, Any]:
    """An answer (or contribution) the file does not have yet."""
    fresh: dict[str, Any] = {}
    if scope == "indicators":
        fresh["level"] = _raw_value(t.level) if t.level_set else None
    if t.explanation is not None:
        fresh["explanation"] = t.explanation
    if t.added:
        fresh["evidence"] = [e for e, _ in t.added]
    return fresh


def _add_answers(ed: Editor, data: dict[str, Any], new_in: dict[str, dict[str, Any]]) -> None:
    """Add the new answers under their scope: as keys of a block mapping, else by rewriting
    the (flow or empty) mapping, else as a new top-level key."""
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


def _raw_value(value: Any) -> Any:
    """How the loader will read back what the editor writes for ``value``."""
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return value.numerator
        if is_finite_decimal(value):
            return exact_decimal(value)
        return f"{value.numerator}/{value.denominator}"
    return value


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


def _edit_answer(ed: Editor, answer: dict[str, Any], path: tuple[str, str], t: Target) -> None:
    """Edit one existing answer: its level, explanation and evidence list; the keys it lacks
    are added together at the end."""
    added_keys: dict[str, Any] = {}
    if t.level_set:
        _set_level(ed, answer, path, t.level, added_keys)
    if t.explanation_set:
        _set_explanation(ed, answer, path, t.explanation, added_keys)
    if t.removed or t.edited or t.added:
        _edit_evidence(ed, answer, path, t, added_keys)
    if added_keys:
        ed.add_keys(path, added_keys)


def _set_level(
    ed: Editor, answer: dict[str, Any], path: KeyPath, level: Any, added_keys: dict[str, Any]
) -> None:
    """The level, under the key the answer uses (``level`` or ``value``)."""
    key = "level" if "level" in answer else "value"
    if key in answer:
        ed.set_value((*path, key), level)
    else:
        added_keys["level"] = level
    answer[key if key in answer else "level"] = _raw_value(level)


def _set_explanation(
    ed: Editor,
    answer: dict[str, Any],
    path: KeyPath,
    explanation: str | None,
    added_keys: dict[str, Any],
) -> None:
    """The explanation: replaced, removed (None) or added."""
    if "explanation" in answer:
        if explanation is None:
            _drop(ed, answer, (*path, "explanation"))
        else:
            ed.set_value((*path, "explanation"), explanation)
            answer["explanation"] = explanation
    elif explanation is not None:
        added_keys["explanation"] = explanation
        answer["explanation"] = explanation


def _edit_evidence(
    ed: Editor, answer: dict[str, Any], path: KeyPath, t: Target, added_keys: dict[str, Any]
) -> None:
    """The evidence list: entries edited in place, removed ones dropped, new ones appended
    (a block list item by item, any other list rewritten whole)."""
    where: KeyPath = (*path, "evidence")
    listed = answer.get("evidence")
    node = ed.node(where)
    items = listed if isinstance(listed, list) else []
    for index, changed in sorted(t.edited.items()):
        _edit_entry(ed, items[index], (*where, index), changed)
    removed = sorted(set(t.removed))
    kept = [e for n, e in enumerate(items) if n not in removed]
    new_items = [e for e, _ in t.added]
    block = node is not None and node.kind == "seq" and not node.flow and bool(node.children)
    if node is None:
        if new_items:
            added_keys["evidence"] = new_items
    elif block and not kept and not new_items:
        ed.replace_collection(where, [])
    elif block:
        for index in removed:
            ed.remove_item(where, index)
        if new_items:
            ed.append_items(where, new_items)
    else:
        ed.replace_collection(where, [*kept, *new_items])
    if node is not None or new_items:
        answer["evidence"] = [*kept, *(_raw(e) for e in new_items)]


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


def _remember_cells(work: Work, scope: str, ident: str, t: Target) -> None:
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
