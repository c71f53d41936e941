"""Reading a snapshot back: a file the user got from someone, checked before anything in it is
used. Its size is capped, its nesting is measured before the JSON parser (which recurses) sees
it, an integer of more than 18 digits, a float, ``NaN`` or a key written twice is never turned
into a value, and then every field is checked against the one shape ``spbe snapshot`` writes:
its type, its length, its pattern (a number is plain decimal or fraction text), no unknown key,
no subject, stage or id twice, and an ``exact`` that is the fraction its decimal says. The first
part that is wrong is named by its JSON path (``predicate.results[0].index``) or by its line and
column."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import Lang, current_lang, message
from spbe_cli.problems.problem import display_path
from spbe_cli.repository.layout import is_year
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, TooLarge, read_regular
from spbe_cli.submission.inputs import ROLES, Digest, safe_name
from spbe_cli.submission.results import decimal_text, exact_problem
from spbe_cli.submission.snapshot import PREDICATE_TYPE, STATEMENT_TYPE

# A snapshot lists each input once, some 250 bytes a file: 4 MB holds some 15,000 files, and
# parsing the worst 4 MB of JSON (a million empty lists) stays near 150 MB of memory.
MAX_SNAPSHOT_BYTES = 4 << 20
MAX_DEPTH = 12  # spbe writes 6 levels (statement, predicate, results, a stage, indicators, one)
MAX_DIGITS = 18  # no integer of a snapshot (a year, a size, the format) needs more
MAX_ITEMS = 100_000  # entries of one list
MAX_TEXT = 8192  # characters of one text (a URL, a regulation's title)

_SHA256 = r"[0-9a-f]{64}"
_COMMIT = r"[0-9a-f]{4,64}\+?"
_CREATED = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"
_CODE = r"[A-Z][A-Z0-9]{0,3}\d{3}"
_FRACTION = r"\d{1,30}/\d{1,30}"
_STAGES = frozenset(s.value for s in Stage)


class SnapshotError(Exception):
    """The file is not a snapshot spbe can check; the text says which part is wrong."""


@dataclass
class Snapshot:
    """A snapshot as read back: its bytes (what the signature covers) and what it records."""

    path: Path
    data: bytes
    statement: dict[str, Any]
    subjects: dict[str, Digest]
    year: int
    folder: str
    stage: Stage

    @property
    def predicate(self) -> dict[str, Any]:
        predicate: dict[str, Any] = self.statement["predicate"]
        return predicate


def read_snapshot(path: Path) -> Snapshot:
    """The snapshot in ``path``; raises ``SnapshotError`` naming the first part that is wrong."""
    lang = current_lang()
    try:
        data = read_regular(path, MAX_SNAPSHOT_BYTES)
    except TooLarge:
        raise _error(path, message("snap_where_size", lang, limit=MAX_SNAPSHOT_BYTES)) from None
    except OSError as exc:
        raise _error(path, exc.strerror or type(exc).__name__) from None
    statement = _parse(path, data, lang)
    try:
        _STATEMENT(statement, "")
    except _Wrong as exc:
        raise _error(path, exc.render(lang)) from None
    predicate = statement["predicate"]
    subjects = {
        s["name"]: Digest(s["digest"]["sha256"], s["annotations"]["size"])
        for s in statement["subject"]
    }
    stage = Stage(predicate["stage"])
    return Snapshot(path, data, statement, subjects, predicate["year"], predicate["folder"], stage)


def _error(path: Path, detail: str) -> SnapshotError:
    return SnapshotError(
        message("snap_not_snapshot", current_lang(), path=display_path(path), detail=detail)
    )


# --- JSON, parsed without recursion, huge integers or silent duplicates -----------------------


class _Refused:
    """A JSON number that a snapshot never holds (a float, NaN, an integer of too many digits):
    kept as text, so that the shape check names its place."""

    def __init__(self, text: str) -> None:
        self.text = text


class _Pairs(dict[str, Any]):
    """A JSON object that wrote a key twice (``twice`` names it)."""

    twice = ""


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in items:
        if key in found:
            twice = _Pairs(found)
            twice.twice = key
            return twice
        found[key] = value
    return found


def _integer(text: str) -> int | _Refused:
    return _Refused(text) if len(text.lstrip("-")) > MAX_DIGITS else int(text)


_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]++")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _parse(path: Path, data: bytes, lang: Lang) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8", "replace")
        line, column = _line_column(before, len(before))
        raise _error(path, message("snap_where_encoding", lang, line=line, column=column)) from None
    deep = _too_deep(text)
    if deep is not None:
        line, column = _line_column(text, deep)
        where = message("snap_where_deep", lang, line=line, column=column, limit=MAX_DEPTH)
        raise _error(path, where)
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_int=_integer,
            parse_float=_Refused,
            parse_constant=_Refused,
        )
    except json.JSONDecodeError as exc:
        where = message("snap_where_line", lang, line=exc.lineno, column=exc.colno)
        raise _error(path, where) from None


def _too_deep(text: str) -> int | None:
    """Where the nesting of ``text`` first goes deeper than ``MAX_DEPTH`` (outside strings);
    None when it never does. Measured at C speed first; the place is looked for only then."""
    brackets = _NOT_BRACKETS.sub("", _STRING.sub("", text))
    if max(accumulate(map(_STEP.__getitem__, brackets)), default=0) <= MAX_DEPTH:
        return None
    depth = 0
    for token in _TOKEN.finditer(text):
        depth += _STEP.get(token.group(), 0)
        if depth > MAX_DEPTH:
            return token.start()
    return None  # pragma: no cover - the measure above found it


def _line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


# --- The shape ---------------------------------------------------------------------------------


class _Wrong(Exception):
    """The part at ``where`` is not as spbe writes it (``why``: a message that says more)."""

    def __init__(self, where: str, why: str = "", other: str = "") -> None:
        super().__init__(where)
        self.where, self.why, self.other = where, why, other

    def render(self, lang: Lang) -> str:
        if not self.why:
            return self.where
        return message(self.why, lang, where=self.where, other=self.other)


Check = Callable[[Any, str], None]


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _text(pattern: str | None = None, limit: int = MAX_TEXT, null: bool = False) -> Check:
    compiled = re.compile(pattern) if pattern is not None else None

    def check(value: Any, where: str) -> None:
        if value is None and null:
            return
        if not isinstance(value, str) or not value or len(value) > limit or "\x00" in value:
            raise _Wrong(where)
        if compiled is not None and not compiled.fullmatch(value):
            raise _Wrong(where)

    return check


def _const(expected: str) -> Check:
    def check(value: Any, where: str) -> None:
        if value != expected:
            raise _Wrong(where)

    return check


def _among(allowed: Iterable[str]) -> Check:
    known = frozenset(allowed)

    def check(value: Any, where: str) -> None:
        if not isinstance(value, str) or value not in known:
            raise _Wrong(where)

    return check


def _integer_in(low: int, high: int) -> Check:
    def check(value: Any, where: str) -> None:
        if type(value) is not int or not low <= value <= high:
            raise _Wrong(where)

    return check


def _boolean(value: Any, where: str) -> None:
    if not isinstance(value, bool):
        raise _Wrong(where)


def _object(
    fields: dict[str, Check], optional: Iterable[str] = (), then: Check | None = None
) -> Check:
    maybe = frozenset(optional)

    def check(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise _Wrong(where) if where else _Wrong("", "snap_where_root")
        if isinstance(value, _Pairs):
            raise _Wrong(_at(where, value.twice))
        for key in value:
            if key not in fields:
                raise _Wrong(_at(where, key))
        for key, field in fields.items():
            if key in value:
                field(value[key], _at(where, key))
            elif key not in maybe:
                raise _Wrong(_at(where, key))
        if then is not None:
            then(value, where)

    return check


def _list(item: Check, unique: str = "", limit: int = MAX_ITEMS) -> Check:
    """A list of ``item``, no two of them alike: none the same (``unique`` empty: texts), or
    none with the same ``unique`` key."""

    def check(value: Any, where: str) -> None:
        if not isinstance(value, list) or len(value) > limit:
            raise _Wrong(where)
        seen: dict[object, str] = {}
        for n, entry in enumerate(value):
            item(entry, f"{where}[{n}]")
            key = entry[unique] if unique else entry
            place = f"{where}[{n}].{unique}" if unique else f"{where}[{n}]"
            if key in seen:
                raise _Wrong(place, "snap_where_twice", seen[key])
            seen[key] = place

    return check


def _exact(field: str) -> Check:
    """``exact``, when there, is the fraction whose decimal is ``field``."""

    def check(value: dict[str, Any], where: str) -> None:
        if "exact" in value and exact_problem(value["exact"], value[field]):
            raise _Wrong(_at(where, "exact"), "snap_where_exact", _at(where, field))

    return check


def _safe_name(value: Any, where: str) -> None:
    if not isinstance(value, str) or len(value) > MAX_TEXT or not safe_name(value):
        raise _Wrong(where)


def _folder(value: Any, where: str) -> None:
    _safe_name(value, where)
    if not is_year(value.split("/")[-1]):
        raise _Wrong(where)


def _submitted(value: dict[str, Any], where: str) -> None:
    """The stage submitted is among the stages recorded (spbe records every stage present, the
    one submitted with them)."""
    if value["stage"] not in {r["stage"] for r in value["results"]}:
        raise _Wrong(_at(where, "stage"))


_ID = _text(limit=64)
_DECIMAL = _text(decimal_text.pattern)
_NUMBER = _object(
    {"id": _ID, "index": _DECIMAL, "index_rounded": _DECIMAL, "exact": _text(_FRACTION)},
    optional=["exact"],
    then=_exact("index"),
)
_INDICATOR = _object(
    {"id": _ID, "value": _DECIMAL, "shown": _DECIMAL, "exact": _text(_FRACTION)},
    optional=["exact"],
    then=_exact("value"),
)
_RESULT = _object(
    {
        "stage": _among(_STAGES),
        "index": _DECIMAL,
        "index_rounded": _DECIMAL,
        "exact": _text(_FRACTION),
        "predikat": _text(limit=200),
        "complete": _boolean,
        "domains": _list(_NUMBER, "id"),
        "aspects": _list(_NUMBER, "id"),
        "indicators": _list(_INDICATOR, "id"),
    },
    optional=["exact", "domains"],
    then=_exact("index"),
)
_CATALOGUE = _object(
    {
        "id": _text(limit=200),
        "title": _text(),
        "regulation": _text(),
        "version": _text(limit=200, null=True),
        "status": _text(limit=200),
        "framework": _text(limit=200),
        "values": _among(("decimal", "levels")),
        "file": _text(null=True),
    }
)
_EVIDENCE = _object(
    {
        "unavailable": _list(_object({"path": _text(), "problem": _text(_CODE)}), "path"),
        "urls": _list(_text()),
    }
)
_PREDICATE = _object(
    {
        "format": _integer_in(1, 1000),
        "generator": _object({"name": _text(limit=200), "version": _text(limit=200)}),
        "instansi": _text(limit=1000),
        "year": _integer_in(1900, 9999),
        "folder": _folder,
        "stage": _among(_STAGES),
        "commit": _text(_COMMIT, null=True),
        "catalogue": _CATALOGUE,
        "results": _list(_RESULT, "stage", limit=len(Stage)),
        "evidence": _EVIDENCE,
        "created": _text(_CREATED),
    },
    optional=["created"],
    then=_submitted,
)


def _readable(value: dict[str, Any], where: str) -> None:
    """Every input but evidence is read by the YAML reader, so never larger than its limit."""
    notes = value["annotations"]
    if notes["role"] != "evidence" and notes["size"] > DEFAULT_MAX_BYTES:
        raise _Wrong(_at(where, "annotations.size"))


_SUBJECT = _object(
    {
        "name": _safe_name,
        "digest": _object({"sha256": _text(_SHA256)}),
        "annotations": _object({"role": _among(ROLES), "size": _integer_in(0, 2**53)}),
    },
    then=_readable,
)
_STATEMENT = _object(
    {
        "_type": _const(STATEMENT_TYPE),
        "subject": _list(_SUBJECT, "name"),
        "predicateType": _const(PREDICATE_TYPE),
        "predicate": _PREDICATE,
    }
)
