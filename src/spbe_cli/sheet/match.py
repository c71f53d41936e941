"""Matching a filled workbook to its unit file: the file its metadata names, of the same unit,
year and catalogue, unchanged since the workbook was made (SHA-256, unless forced), opened
for editing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spbe_cli.engine.assessments import UnitFile, YearSet
from spbe_cli.engine.opening import open_files
from spbe_cli.problems.messages import Lang
from spbe_cli.problems.problem import Problem, display_path, located
from spbe_cli.problems.rule import Severity
from spbe_cli.repository.layout import ASSESSMENTS, Repo, is_year, unit_files, year_folder
from spbe_cli.sheet.model import file_digest, unit_sheet
from spbe_cli.sheet.read import Filled
from spbe_cli.sheet.work import Plan, Work
from spbe_cli.source.yamledit import EditError, Editor
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, read_regular

Years = dict[int, tuple[YearSet, list[Problem]]]  # the years loaded so far


def prepare(
    filled: Filled,
    repo: Repo,
    years: Years,
    seen: dict[Path, str],
    force: bool,
    lang: Lang,
    plan: Plan,
) -> Work | None:
    """The workbook matched to its unit file and the file opened; None, with the reason in
    ``plan``, when the workbook names no file, a file another workbook took (``seen``), a file
    of another unit, year or catalogue, or a file changed since (unless ``force``)."""
    shown = display_path(filled.path)
    meta = filled.meta
    found = _unit_path(meta, repo, seen, shown, plan)
    if found is None:
        return None
    path, folder = found
    year_set, unit_file = _unit_file(repo, years, int(meta["year"]), folder, path, plan)
    if unit_file is None or not _same_unit(meta, year_set, unit_file, path, shown, plan):
        return None
    opened = _open(path, meta, force, shown, plan)
    if opened is None:
        return None
    raw, text, editor = opened
    sheet = unit_sheet(year_set, unit_file, raw)
    data = _plain(unit_file.src.data)
    return Work(filled, shown, unit_file, sheet, raw, text, editor, data, lang=lang)


def _fail(plan: Plan, shown: str, code: str, **args: object) -> None:
    """A refusal of the whole workbook."""
    plan.problems.append(located(shown, 0, 0, code, args))


def _unit_path(
    meta: dict[str, str], repo: Repo, seen: dict[Path, str], shown: str, plan: Plan
) -> tuple[Path, Path] | None:
    """The unit file the metadata names, and its year folder; each file once per import."""
    unit, year_text = meta.get("unit", ""), meta.get("year", "")
    folder = year_folder(repo, int(year_text)) if is_year(year_text) else None
    candidates = [p for p in unit_files(folder) if p.stem == unit] if folder else []
    if not candidates:
        _fail(plan, shown, "W019", file=f"{ASSESSMENTS}/{year_text}/{unit}.yaml")
        return None
    path = candidates[0]
    if path.resolve() in seen:
        _fail(plan, shown, "W018", file=display_path(path), other=seen[path.resolve()])
        return None
    assert folder is not None
    seen[path.resolve()] = shown
    return path, folder


def _unit_file(
    repo: Repo, years: Years, year: int, folder: Path, path: Path, plan: Plan
) -> tuple[YearSet, UnitFile | None]:
    """The year (loaded once per import) and the file as it loaded; when it did not load, or
    the year has no catalogue, the problems that say why."""
    if year not in years:
        opened = open_files(repo, unit_files(folder), stages=False)
        assert opened.year_set is not None
        years[year] = opened.year_set, opened.problems
    year_set, year_problems = years[year]
    unit_file = next((u for u in year_set.units if u.src.path == path), None)
    if unit_file is None or year_set.catalogue is None:
        plan.problems += [p for p in year_problems if p.path == display_path(path)] or [
            p for p in year_problems if p.severity is Severity.ERROR
        ]
    return year_set, unit_file


def _same_unit(
    meta: dict[str, str],
    year_set: YearSet,
    unit_file: UnitFile,
    path: Path,
    shown: str,
    plan: Plan,
) -> bool:
    """Whether the file is of the unit, year and catalogue the workbook was made for."""
    assert year_set.catalogue is not None
    unit, year_text = meta.get("unit", ""), meta.get("year", "")
    expected = f"{unit} {year_text} ({meta.get('catalogue', '?')})"
    a = unit_file.assessment
    found = f"{a.unit} {a.year} ({year_set.catalogue.id})"
    if (a.unit, str(a.year), year_set.catalogue.id) != (unit, year_text, meta.get("catalogue")):
        _fail(plan, shown, "W004", expected=expected, file=display_path(path), found=found)
        return False
    return True


def _open(
    path: Path, meta: dict[str, str], force: bool, shown: str, plan: Plan
) -> tuple[bytes, str, Editor] | None:
    """The file's bytes, its text and an editor over it, when it is the file the workbook was
    made from (or ``force``)."""
    try:
        raw = read_regular(path, DEFAULT_MAX_BYTES)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(plan, shown, "W001", detail=str(exc))
        return None
    if file_digest(raw) != meta.get("sha256"):
        if not force:
            _fail(plan, shown, "W005", file=display_path(path))
            return None
        plan.forced.append(display_path(path))
    editor = _editor(text, shown, plan)
    return None if editor is None else (raw, text, editor)


def _editor(text: str, shown: str, plan: Plan) -> Editor | None:
    """An editor over the file's text, a byte order mark kept."""
    try:
        editor = Editor(text.removeprefix("\ufeff"))
    except (EditError, Exception) as exc:
        _fail(plan, shown, "W020", detail=type(exc).__name__)
        return None
    if text.startswith("\ufeff"):
        editor.text = text  # keep the byte order mark; offsets shift by one
        editor.root = _shifted(editor.root, 1)
    return editor


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
