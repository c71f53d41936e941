"""Change a few values of a YAML file and leave every other byte as it was.

``spbe import`` writes what a workbook changed back into a unit file that people also edit by
hand: comments, key order, quoting, blank lines, review blocks and everything the workbook does
not show must survive. A round-trip library (ruamel.yaml) re-emits the whole document and
normalises indentation, line width and quoting on the way, so instead this module works on the
text itself: libyaml's event stream gives the character span of every node, and each edit
replaces one span (a scalar, a list item, or a new key inserted after its siblings). The result
is checked by reading it back (``Editor.result``): the data must equal what was intended, or
nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import yaml
from yaml import events as ev

from spbe_cli.domain.numbers import exact_decimal, is_finite_decimal

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Key = str | int
Path_ = tuple[Key, ...]


class EditError(Exception):
    """The file cannot be edited in place (an odd layout); nothing is changed."""


@dataclass
class Node:
    """One node of the document: where it starts and ends (character offsets) and, for a
    mapping value, where its key starts and ends."""

    kind: str  # "scalar", "map" or "seq"
    start: int
    end: int
    column: int
    flow: bool = False
    style: str | None = None
    key_start: int = -1
    key_end: int = -1
    children: dict[Key, Node] = field(default_factory=dict)

    def last_end(self) -> int:
        """The end of the last thing in this node (a block collection ends with its last
        child, not at the token that closes it)."""
        if self.kind == "scalar" or self.flow or not self.children:
            return self.end
        return list(self.children.values())[-1].last_end()


def parse_nodes(text: str) -> Node:
    """The node tree of ``text`` (a file that has already been read and checked)."""
    events: Any = iter(yaml.parse(text, Loader=_Loader))
    event: Any
    for event in events:
        if isinstance(event, ev.DocumentStartEvent):
            return _node(next(events), events)
    raise EditError("empty document")


def _at(mark: Any) -> int:
    return int(mark.index)


def _node(event: Any, events: Any) -> Node:
    mark = event.start_mark
    if isinstance(event, ev.ScalarEvent):
        return Node("scalar", mark.index, _at(event.end_mark), mark.column, style=event.style)
    if isinstance(event, ev.MappingStartEvent):
        node = Node("map", mark.index, mark.index, mark.column, flow=bool(event.flow_style))
        while True:
            key_event: Any = next(events)
            if isinstance(key_event, ev.MappingEndEvent):
                node.end = _at(key_event.end_mark)
                return node
            if not isinstance(key_event, ev.ScalarEvent):
                raise EditError("a key that is not text")
            child = _node(next(events), events)
            child.key_start = _at(key_event.start_mark)
            child.key_end = _at(key_event.end_mark)
            node.children[key_event.value] = child
    if isinstance(event, ev.SequenceStartEvent):
        node = Node("seq", mark.index, mark.index, mark.column, flow=bool(event.flow_style))
        while True:
            item_event: Any = next(events)
            if isinstance(item_event, ev.SequenceEndEvent):
                node.end = _at(item_event.end_mark)
                return node
            node.children[len(node.children)] = _node(item_event, events)
    raise EditError(f"unexpected {type(event).__name__}")


# --- rendering values ------------------------------------------------------------------------

_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")


def scalar_text(value: object) -> str:
    """A one-line YAML scalar for ``value`` (plain when that reads back as the same text)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Fraction):
        return _number_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if _plain_ok(text):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _number_text(value: Fraction) -> str:
    """A whole number, a decimal numeral (2.5, 2.25), or a quoted fraction (``"7/3"``)."""
    if value.denominator == 1:
        return str(value.numerator)
    if is_finite_decimal(value):
        return format(exact_decimal(value), "f")
    return f'"{value.numerator}/{value.denominator}"'


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or text[0] in _PLAIN_START:
        return False
    if any(c in text for c in "\n\r\t") or ": " in text or " #" in text or text.endswith(":"):
        return False
    if any(ord(c) < 32 or ord(c) == 0x7F or c in "\u0085\u2028\u2029\ufeff" for c in text):
        return False
    try:
        return bool(yaml.load(f"k: {text}\n", Loader=_Loader) == {"k": text})
    except yaml.YAMLError:
        return False


def _literal_ok(text: str) -> bool:
    """Text that reads back exactly as a literal block (``|-`` or ``|``)."""
    body = text[:-1] if text.endswith("\n") else text
    if "\n" not in body or body.endswith("\n") or not body.strip():
        return False
    if body[0] in " \t" or "\r" in text or "\t" in text:
        return False
    lines = body.split("\n")
    if any(line != line.rstrip() for line in lines):
        return False
    return not any(ord(c) < 32 and c != "\n" for c in body)


FOLD_WIDTH = 96  # where a folded block (``>-``) wraps, counting its indentation


def _folded(value: str, indent: int) -> str | None:
    """``value`` as a folded block (``>-``) wrapped at spaces, when it reads back exactly (one
    paragraph, single spaces, no leading or trailing space)."""
    if "\n" in value or "  " in value or value != value.strip() or not value or "\t" in value:
        return None
    if any(ord(c) < 32 or c in "\u0085\u2028\u2029\ufeff" for c in value):
        return None
    pad = " " * indent
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        if current and indent + len(current) + 1 + len(word) > FOLD_WIDTH:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return " >-\n" + "\n".join(pad + line for line in lines)


def value_text(value: object, indent: int, style: str | None = None) -> str:
    """What follows ``key:`` for ``value``: `` text`` on the same line, or a literal block whose
    lines are indented by ``indent`` spaces (multi-line text). ``style`` is the style of the
    value it replaces or stands beside (``"``, ``'``, ``>``, ``|``): a quoted value stays quoted,
    a long folded one stays folded."""
    if isinstance(value, str) and style == ">" and len(value) + indent > FOLD_WIDTH:
        folded = _folded(value, indent)
        if folded is not None:
            return folded
    if isinstance(value, str) and style in ('"', "'") and "\n" not in value:
        return " " + json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and _literal_ok(value):
        chomp = "" if value.endswith("\n") else "-"
        body = value[:-1] if value.endswith("\n") else value
        pad = " " * indent
        lines = [pad + line if line else "" for line in body.split("\n")]
        return f" |{chomp}\n" + "\n".join(lines)
    return " " + scalar_text(value)


def block_lines(
    data: dict[str, Any], indent: int, eol: str, styles: dict[str, str | None] | None = None
) -> str:
    """A mapping in block style at ``indent`` spaces, each line ended by ``eol``; ``styles``
    gives the style the file uses for a key's text (see ``value_text``)."""
    pad = " " * indent
    styles = styles or {}
    out = []
    for key, value in data.items():
        if isinstance(value, dict):
            if not value:
                out.append(f"{pad}{key}: {{}}{eol}")
                continue
            out.append(f"{pad}{key}:{eol}{block_lines(value, indent + 2, eol)}")
        elif isinstance(value, list):
            if not value:
                out.append(f"{pad}{key}: []{eol}")
                continue
            out.append(f"{pad}{key}:{eol}" + "".join(item_lines(v, indent + 2, eol) for v in value))
        else:
            text = value_text(value, indent + 2, styles.get(key))
            out.append(f"{pad}{key}:{_eol(text, eol)}{eol}")
    return "".join(out)


def item_lines(
    data: dict[str, Any], indent: int, eol: str, styles: dict[str, str | None] | None = None
) -> str:
    """One list item (a mapping) at ``indent`` spaces: ``- key: value`` and its other keys."""
    body = block_lines(data, indent + 2, eol, styles)
    return " " * indent + "- " + body[indent + 2 :]


def _eol(text: str, eol: str) -> str:
    return text.replace("\n", eol) if eol != "\n" else text


# --- editing ---------------------------------------------------------------------------------


@dataclass
class Editor:
    """Edits of one file's text, applied together; spans never overlap."""

    text: str
    root: Node = field(init=False)
    edits: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = parse_nodes(self.text)
        self.eol = "\r\n" if "\r\n" in self.text else "\n"

    def node(self, path: Path_) -> Node | None:
        here: Node | None = self.root
        for key in path:
            if here is None or here.kind == "scalar":
                return None
            here = here.children.get(key)
        return here

    def _replace(self, start: int, end: int, new: str) -> None:
        for s, e, _ in self.edits:
            if (start < e and s < end) or (start == end == s):
                raise EditError("overlapping edits")
        self.edits.append((start, end, new))

    def _line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def _after_line(self, index: int) -> int:
        """The start of the line after the one ``index`` is on (the end of the text at most)."""
        if index > 0 and self.text[index - 1] == "\n":
            return index  # a block scalar ends at the start of the next line already
        found = self.text.find("\n", index)
        return len(self.text) if found < 0 else found + 1

    def _indent_of(self, mapping: Node) -> int:
        first = next(iter(mapping.children.values()))
        return first.key_start - self._line_start(first.key_start)

    def set_value(self, path: Path_, value: object) -> None:
        """Set the scalar at ``path`` (a key that exists) to ``value``."""
        node = self.node(path)
        if node is None or node.key_start < 0:
            raise EditError(f"no value at {path}")
        end = node.end
        if node.kind == "scalar" and node.style in ("|", ">"):
            while end > node.start and self.text[end - 1] in "\r\n":
                end -= 1  # keep the line break that ends the block
        elif node.kind != "scalar" and not node.flow:
            end = node.last_end()
            while end > node.start and self.text[end - 1] in "\r\n":
                end -= 1
        indent = node.key_start - self._line_start(node.key_start) + 2
        colon = self.text.index(":", node.key_end) + 1
        style = node.style if node.kind == "scalar" else None
        self._replace(colon, end, _eol(value_text(value, indent, style), self.eol))

    def add_keys(self, path: Path_, added: dict[str, Any]) -> None:
        """Add ``key: value`` lines at the end of the block mapping at ``path``."""
        mapping = self.node(path)
        if mapping is None or mapping.kind != "map" or mapping.flow or not mapping.children:
            raise EditError(f"no block mapping at {path}")
        indent = self._indent_of(mapping)
        at = self._after_line(mapping.last_end())
        text = block_lines(added, indent, self.eol)
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            text = self.eol + text
        self._replace(at, at, text)

    def replace_collection(self, path: Path_, value: dict[str, Any] | list[Any]) -> None:
        """Write the mapping or list at ``path`` anew, in block style (a flow ``[]``/``{}`` or
        an empty value that now holds something)."""
        node = self.node(path)
        if node is None or node.key_start < 0:
            raise EditError(f"no value at {path}")
        indent = node.key_start - self._line_start(node.key_start)
        colon = self.text.index(":", node.key_end) + 1
        end = node.last_end() if not node.flow else node.end
        while end > colon and self.text[end - 1] in "\r\n":
            end -= 1
        if not value:
            new = " []" if isinstance(value, list) else " {}"
        elif isinstance(value, list):
            new = self.eol + "".join(item_lines(v, indent + 2, self.eol) for v in value)
            new = new.rstrip("\r\n")
        else:
            new = self.eol + block_lines(value, indent + 2, self.eol).rstrip("\r\n")
        self._replace(colon, end, new)

    def append_items(self, path: Path_, items: list[dict[str, Any]]) -> None:
        """Append mapping items to the block list at ``path``."""
        seq = self.node(path)
        if seq is None or seq.kind != "seq" or seq.flow or not seq.children:
            raise EditError(f"no block list at {path}")
        dash = seq.start - self._line_start(seq.start)
        at = self._after_line(seq.last_end())
        styles = self._styles(seq)
        text = "".join(item_lines(item, dash, self.eol, styles) for item in items)
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            text = self.eol + text
        self._replace(at, at, text)

    @staticmethod
    def _styles(seq: Node) -> dict[str, str | None]:
        """How the items of a list write each key's text (the first item that has it)."""
        found: dict[str, str | None] = {}
        for item in seq.children.values():
            for key, child in item.children.items():
                if isinstance(key, str) and child.kind == "scalar":
                    found.setdefault(key, child.style)
        return found

    def remove_item(self, path: Path_, index: int) -> None:
        """Remove item ``index`` of the block list at ``path`` with its lines."""
        seq = self.node(path)
        if seq is None or seq.kind != "seq" or seq.flow or index not in seq.children:
            raise EditError(f"no item {index} at {path}")
        item = seq.children[index]
        dash = (
            self.text.rfind("-", 0, item.start + 1) if self.text[item.start] != "-" else item.start
        )
        if dash < 0 or self.text[dash + 1 : item.start].strip():
            raise EditError("an item whose dash cannot be found")
        start = self._line_start(dash)
        if self.text[start:dash].strip():
            raise EditError("an item that does not start its line")
        following = seq.children.get(index + 1)
        if following is not None:
            next_dash = self.text.rfind("-", 0, following.start + 1)
            end = self._line_start(next_dash)
        else:
            end = self._after_line(item.last_end())
        self._replace(start, end, "")

    def remove_key(self, path: Path_) -> None:
        """Remove ``key: value`` at ``path`` with its lines (the key must start its line)."""
        node = self.node(path)
        if node is None or node.key_start < 0:
            raise EditError(f"no key at {path}")
        start = self._line_start(node.key_start)
        if self.text[start : node.key_start].strip():
            raise EditError("a key that does not start its line")
        end = self._after_line(node.last_end() if not node.flow else node.end)
        self._replace(start, end, "")

    def result(self) -> str:
        out = self.text
        for start, end, new in sorted(self.edits, key=lambda e: (e[0], e[1]), reverse=True):
            out = out[:start] + new + out[end:]
        return out


__all__ = [
    "EditError",
    "Editor",
    "block_lines",
    "item_lines",
    "parse_nodes",
    "scalar_text",
    "value_text",
]
