"""Read a YAML file into plain data plus a map of where every key and item stands.

The reader walks libyaml's event stream itself instead of using ``yaml.load``: that is as fast as
the C loader, keeps 1-based line and column for every key, value and list item, and refuses what
these files never need and PyYAML would accept silently (duplicate keys, anchors and aliases,
explicit tags, several documents). Floats are read as exact ``Decimal`` from their source text.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from yaml import events as ev
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from spbe_cli.base.paths import inside
from spbe_cli.base.safetext import has_control, text_safe
from spbe_cli.problems.messages import Msg
from spbe_cli.problems.problem import Problem, display_path, located, problem
from spbe_cli.source.diagnose import (
    LOST_TEXT,
    TAB_BEFORE_VALUE,
    diagnose,
    libyaml_hint,
    odd_indent,
    source_line,
    where,
)

try:  # libyaml is about 9x faster than the pure-Python reader.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32  # the formats need about 6; anything deeper is a mistake or an attack

KeyPath = tuple[str | int, ...]
Pos = tuple[int, int]

_KEEPS_DATA = frozenset({"Y002", "Y010", "Y013", "Y016", "Y017", "Y018", "Y019"})
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_RESOLVERS = Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = SafeConstructor()
_UTF8_BOM = b"\xef\xbb\xbf"
_TYPOGRAPHIC = frozenset("“”‘’„‚«»「」")
_MARK = re.compile(rb"^\s*# TINJAU:")  # left by `spbe new` on every carried answer


@dataclass
class Source:
    """A parsed file: the data, where each part stands, and what went wrong while reading."""

    path: Path
    data: Any = None
    values: dict[KeyPath, Pos] = field(default_factory=dict)
    keys: dict[KeyPath, Pos] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    review_marks: list[int] = field(default_factory=list)  # lines of `# TINJAU` (spbe new)

    @cached_property
    def shown(self) -> str:
        return display_path(self.path)

    @property
    def usable(self) -> bool:
        """The data can be checked further: read, and nothing in it was dropped or replaced
        (a duplicate key keeps its first value; a tab or a cut comment changes nothing)."""
        return self.data is not None and all(p.code in _KEEPS_DATA for p in self.problems)

    def pos(self, path: KeyPath, *, key: bool = False) -> Pos:
        """Where ``path`` stands; for a missing part, its nearest existing parent."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))

    def line(self, path: KeyPath) -> int:
        return self.pos(path)[0]


class _Stop(Exception):
    """Reading cannot go on; the reason is already recorded as a problem."""


def read_yaml(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, root: Path | None = None
) -> Source:
    """Read ``path`` safely. Never raises for anything the file holds.

    Only a regular file is read (a FIFO, a device or ``/dev/zero`` behind a link is refused
    before a byte is read), never more than ``max_bytes``, and with ``root`` only when the file,
    links followed, lies inside that folder.
    """
    src = Source(path)
    if root is not None and not inside(path, root):
        src.problems.append(problem(path, 0, 0, "Y015", root=display_path(root)))
        return src
    try:
        raw = read_regular(path, max_bytes)
    except TooLarge as exc:
        src.problems.append(problem(path, 0, 0, "Y006", size=exc.size, limit=max_bytes))
        return src
    except NotRegular:
        src.problems.append(problem(path, 0, 0, "Y014"))
        return src
    except OSError as exc:
        src.problems.append(problem(path, 0, 0, "Y011", detail=exc.strerror or type(exc).__name__))
        return src
    return parse_yaml(raw, path, src)


class TooLarge(OSError):
    def __init__(self, size: str) -> None:
        super().__init__(size)
        self.size = size


class NotRegular(OSError):
    pass


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them (the cap holds while reading,
    whatever the file system says its size is). Opening does not block on a FIFO."""
    handle = os.open(path, _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise NotRegular(str(path))
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes and (chunk := os.read(handle, min(1 << 20, max_bytes + 1))):
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            size = os.fstat(handle).st_size
            raise TooLarge(str(size) if size > max_bytes else f"> {max_bytes}")
        return b"".join(chunks)
    finally:
        os.close(handle)


def parse_yaml(raw: bytes, path: Path, src: Source | None = None) -> Source:
    src = src or Source(path)
    if len(raw) > 0 and not _check_utf8(raw, src):
        return src
    if not raw.strip(_UTF8_BOM + b" \t\r\n"):
        src.problems.append(problem(src.path, 1, 1, "Y008"))
        return src
    odd = odd_indent(raw)
    if odd is not None:
        line, col, name = odd
        src.problems.append(problem(src.path, line, col, "Y020", char=name))
        return src
    if b"# TINJAU:" in raw:
        src.review_marks = [n for n, line in enumerate(raw.split(b"\n"), 1) if _MARK.match(line)]
    loader = _Loader(raw)
    builder = _Builder(src, raw)
    try:
        src.data = builder.build(loader.get_event)
        builder.check_tabs()
        if src.data is None and not src.problems:
            # Only comments, `~` or `---`: every kind of file has a required shape, so a file
            # that holds nothing is an error, never "no data, nothing to check".
            src.problems.append(problem(src.path, 1, 1, "Y008"))
    except _Stop:
        src.data = None
    except yaml.MarkedYAMLError as exc:
        src.problems.append(diagnose(exc, raw, src.path))
        src.data = None
    except yaml.YAMLError as exc:  # ReaderError: a control character, for example
        line, col = _offset_pos(raw, getattr(exc, "position", 0))
        hint, detail = libyaml_hint(exc, source_line(raw, line))
        src.problems.append(problem(src.path, line, col, "Y001", hint=hint, detail=detail))
        src.data = None
    finally:
        loader.dispose()
    return src


def _check_utf8(raw: bytes, src: Source) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _offset_pos(raw, exc.start)
        src.problems.append(
            problem(src.path, line, col, "Y005", byte=f"{raw[exc.start]:02X}", offset=exc.start)
        )
        return False
    return True


def _offset_pos(raw: bytes, offset: int) -> Pos:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    return line, len(before[start:].decode("utf-8", "replace")) + 1


# libyaml speaks English and to programmers; these add what a coordinator needs to fix the line.
class _Builder:
    """Turns the event stream into dicts, lists and scalars, recording positions."""

    def __init__(self, src: Source, raw: bytes = b"") -> None:
        self.src = src
        self.raw = raw
        # Only files holding " #" or a tab pay for the line-level checks below.
        self.lines: list[bytes] | None = raw.split(b"\n") if b" #" in raw or b"\t" in raw else None
        self.text_spans: list[tuple[int, int]] = []  # lines inside quoted or block scalars

    def check_tabs(self) -> None:
        """A tab in indentation or right after ``key:`` or ``-`` (libyaml accepts some of these,
        other YAML readers refuse them): the same file must read the same everywhere."""
        if self.lines is None or b"\t" not in self.raw:
            return
        inside = {n for start, end in self.text_spans for n in range(start + 1, end)}
        for number, line in enumerate(self.lines):
            if b"\t" not in line or number in inside:
                continue
            match = TAB_BEFORE_VALUE.match(line.decode("utf-8", "replace"))
            if match:
                self.src.problems.append(problem(self.src.path, number + 1, match.end(), "Y010"))

    def _truncated_by_comment(self, event: ev.ScalarEvent) -> None:
        """``judul: Surat Edaran #12 ...`` silently becomes "Surat Edaran": say so."""
        assert self.lines is not None
        end = event.end_mark
        if end is None or end.line >= len(self.lines):
            return
        rest = self.lines[end.line].decode("utf-8", "replace")[end.column :]
        if LOST_TEXT.match(rest):
            line, col = end.line + 1, end.column + 1 + len(rest) - len(rest.lstrip())
            self.src.problems.append(problem(self.src.path, line, col, "Y013", value=event.value))

    def _report(self, mark: Any, code: str, **args: object) -> None:
        line, column = where(mark)
        self.src.problems.append(located(self.src.path, line, column, code, args))

    def build(self, get: Callable[[], ev.Event | None]) -> Any:
        """Read the document from libyaml's events; ``get`` returns None after the last."""
        self.get = get
        documents = 0
        result: Any = None
        while (event := get()) is not None:
            if type(event) is ev.DocumentStartEvent:
                documents += 1
                if documents == 2:
                    self._report(event.start_mark, "Y012")
                    raise _Stop
                result = self._node(self._next(), (), 0)
        return result

    def _next(self) -> ev.Event:
        event = self.get()
        if event is None:  # pragma: no cover - libyaml closes every open node first
            raise _Stop
        return event

    def _node(self, event: ev.Event, path: KeyPath, depth: int) -> Any:
        mark: Any = event.start_mark  # libyaml marks every event
        self.src.values[path] = (mark.line + 1, mark.column + 1)
        kind = type(event)
        if kind is ev.AliasEvent:
            self._report(mark, "Y003")
            return None
        if event.anchor is not None:  # type: ignore[attr-defined]
            self._report(mark, "Y003")
        tag = event.tag  # type: ignore[attr-defined]
        if tag is not None and tag != "!":
            self._report(mark, "Y004", tag=tag)
        if kind is ev.ScalarEvent:
            return self._scalar(event, tag)  # type: ignore[arg-type]
        if depth >= MAX_DEPTH:
            self._report(mark, "Y007", limit=MAX_DEPTH)
            raise _Stop
        if kind is ev.MappingStartEvent:
            return self._mapping(path, depth)
        items: list[Any] = []
        get = self.get  # libyaml always closes what it opens, or raises: get() is never None
        while type(child := get()) is not ev.SequenceEndEvent:
            items.append(self._node(child, (*path, len(items)), depth + 1))  # type: ignore[arg-type]
        return items

    def _mapping(self, path: KeyPath, depth: int) -> dict[Any, Any]:
        mapping: dict[Any, Any] = {}
        keys = self.src.keys
        values = self.src.values
        get = self.get  # see _node
        scalar_event, end_event = ev.ScalarEvent, ev.MappingEndEvent
        while (kind := type(key_event := get())) is not end_event:
            mark: Any = key_event.start_mark  # type: ignore[union-attr]
            here = (mark.line + 1, mark.column + 1)
            if kind is scalar_event:
                key = self._scalar(key_event, key_event.tag)  # type: ignore[arg-type, union-attr]
            else:  # an alias, list or mapping used as a key: read it to stay in step, drop it
                key = None
                self._node(key_event, (*path, "?"), depth + 1)  # type: ignore[arg-type]
                if kind is not ev.AliasEvent:
                    self._report(
                        mark,
                        "S006",
                        key="?",
                        found=_kind(key_event),  # type: ignore[arg-type]
                        advice=Msg.of("s006_quote"),
                    )
            child_path = (*path, key if type(key) is str or isinstance(key, int) else str(key))
            if key is not None and key in mapping:
                self._report(mark, "Y002", key=key, first_line=keys.get(child_path, here)[0])
                self._node(self._next(), (*path, "?dup"), depth + 1)
                continue
            keys[child_path] = here
            child: Any = get()
            if type(child) is scalar_event and child.anchor is None and child.tag is None:
                # the usual value, read without the general dispatch of _node
                start: Any = child.start_mark
                values[child_path] = (start.line + 1, start.column + 1)
                value = self._scalar(child, None)
            else:
                value = self._node(child, child_path, depth + 1)
            if key is not None:
                mapping[key] = value
        return mapping

    def _scalar(self, event: ev.ScalarEvent, tag: str | None) -> Any:
        value: str = event.value
        if self.lines is not None:
            if event.style:  # quoted or block text: its lines are content, not structure
                start, end = event.start_mark, event.end_mark
                if start is not None and end is not None and end.line > start.line:
                    # a block scalar ends at the start of the next line; a quoted one on its own
                    last = end.line if event.style in "|>" else end.line + 1
                    self.text_spans.append((start.line, last))
            elif value:
                self._truncated_by_comment(event)
        if not event.style and value[:1] in _TYPOGRAPHIC:
            # “bpkad” from a word processor: YAML knows only " and ', so these stay in the value.
            self._report(event.start_mark, "Y019", value=value[:40])
        if event.style == '"' and has_control(value):
            # Only a double-quoted scalar can carry escapes such as "\e" or "\x07".
            self._report(event.start_mark, "Y017")
            value = text_safe(value)
        if tag is not None or not event.implicit[0]:
            return value  # quoted, or explicitly tagged (already reported): the text itself
        try:
            return _resolved(value)
        except (ValueError, OverflowError, ArithmeticError):
            return self._construct(event, value)

    def _construct(self, event: ev.ScalarEvent, value: str) -> Any:
        """The typed value; a date that does not exist (2023-02-30) or a number too long to be
        one is a located problem, and the text is kept so that checking goes on."""
        try:
            return _resolved(value)
        except _NotDecimal as exc:
            self._report(event.start_mark, "Y018", value=value[:40], meaning=exc.meaning)
            return value
        except (ValueError, OverflowError, ArithmeticError):
            self._report(event.start_mark, "Y016", value=value[:40])
            return value


@functools.lru_cache(maxsize=8192)
def _resolved(value: str) -> Any:
    """A plain scalar's value by the YAML 1.1 implicit types (memoised: keys and levels repeat
    in every file); raises for a value of a type that is not valid (see ``_construct``)."""
    for kind, regexp in _RESOLVERS.get(value[:1] if value else "", []):
        if regexp.match(value):
            return _construct(kind, value)
    return value


MAX_DIGITS = 30  # no level, weight or size in these files needs more; 10**4000 is an attack
MAX_EXPONENT = 30


class _NotDecimal(ValueError):
    """An integer that YAML 1.1 reads in another base or notation (``0x3``, ``017``, ``1:30``)."""

    def __init__(self, meaning: int) -> None:
        super().__init__(meaning)
        self.meaning = meaning


_PLAIN_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")


def _construct(kind: str, value: str) -> Any:
    if kind == _INT and len(value.lstrip("+-0")) > MAX_DIGITS:
        raise OverflowError(value)
    if kind == _INT and value.isdigit() and (value[0] != "0" or len(value) == 1):
        return int(value)  # the usual case
    if kind == _INT and not _PLAIN_INT.match(value):
        # A level is a decimal integer as written: 0x3, 017 (octal 15), 0b11, 1_000, 1:30 are
        # YAML 1.1 notations nobody filling in a form means.
        raise _NotDecimal(_CONSTRUCTOR.construct_yaml_int(ScalarNode(kind, value)))
    name = kind.rsplit(":", 1)[-1]
    if name == "float":
        return _decimal(value)
    if name in ("int", "bool", "null", "timestamp"):
        return getattr(_CONSTRUCTOR, f"construct_yaml_{name}")(ScalarNode(kind, value))
    return value  # merge (`<<`) and value (`=`) keys are plain text here


_SPECIAL = {".inf": "Infinity", "+.inf": "Infinity", "-.inf": "-Infinity", ".nan": "NaN"}


def _decimal(text: str) -> Decimal | float:
    clean = text.replace("_", "").lower()
    if clean in _SPECIAL:
        return Decimal(_SPECIAL[clean])
    if ":" in clean:  # YAML 1.1 base-60 float, e.g. 1:30.5
        value: float = _CONSTRUCTOR.construct_yaml_float(ScalarNode(_STR, text))
        return value
    try:
        number = Decimal(clean)
    except InvalidOperation:  # pragma: no cover - the resolver only matches valid floats
        return float(clean)
    if number.is_finite() and (
        abs(number.adjusted()) > MAX_EXPONENT or len(number.as_tuple().digits) > 2 * MAX_DIGITS
    ):
        raise OverflowError(text)  # 1e999999999 would cost minutes and gigabytes as a fraction
    return number


def _kind(event: ev.Event) -> Msg:
    return Msg.of("found_list" if isinstance(event, ev.SequenceStartEvent) else "type_mapping")
