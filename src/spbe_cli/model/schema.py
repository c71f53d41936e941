"""Check parsed YAML against a model and turn every Pydantic error into a located problem."""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar, Union

from pydantic import BaseModel, ValidationError

from spbe_cli.problems.messages import Msg
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.source.yamlsrc import KeyPath, Source

M = TypeVar("M", bound=BaseModel)
_ZERO = re.compile(r"\s*\d+(?:\.\d+)?\s*/\s*0+(?:\.0+)?\s*")

# Pydantic error type -> the kind of value expected (S003)
_EXPECTED = {
    "int_type": "type_int",
    "int_from_float": "type_int",
    "int_parsing": "type_int",
    "int_parsing_size": "type_int",
    "string_type": "type_str",
    "list_type": "type_list",
    "tuple_type": "type_list",
    "set_type": "type_list",
    "frozen_set_type": "type_list",
    "iterable_type": "type_list",
    "dict_type": "type_mapping",
    "mapping_type": "type_mapping",
    "model_type": "type_mapping",
    "model_attributes_type": "type_mapping",
    "bool_type": "type_bool",
    "bool_parsing": "type_bool",
    "float_type": "type_number",
    "float_parsing": "type_number",
    "decimal_type": "type_number",
    "decimal_parsing": "type_number",
    "fraction_type": "type_number",
    "fraction_parsing": "type_number",
    "spbe_number": "type_weight",
    "spbe_value": "type_value",
    "date_type": "type_date",
    "date_parsing": "type_date",
    "date_from_datetime_parsing": "type_date",
    "date_from_datetime_inexact": "type_date",
    "datetime_type": "type_date",
    "none_required": "type_null",
}


@dataclass(frozen=True)
class _Error:
    """One Pydantic error, read against the data and the model: the keys that lead to it as
    they are in the data (Pydantic writes a key that is not text, ``2.5`` or ``yes``, as
    ``"2.5"`` or ``1``, and names the option of a union it tried), what the model expects
    there, and where the union it went through stands (None when it went through none)."""

    kind: str
    loc: tuple[Any, ...]
    ctx: dict[str, Any]
    annotation: Any
    union: tuple[Any, ...] | None

    @property
    def where(self) -> KeyPath:
        return _where(self.loc)


def _where(loc: tuple[Any, ...]) -> KeyPath:
    """``loc`` as the reader records positions: a key that is neither text nor a whole number
    (``2.5``, a date) as its text."""
    return tuple(p if isinstance(p, str | int) else str(p) for p in loc)


def check_model(
    model: type[M], src: Source, context: dict[str, Any] | None = None
) -> tuple[M | None, list[Problem]]:
    """Validate ``src.data``; problems point at the key or value that is wrong. ``context``
    reaches the validators (``{"decimal": False}``: levels must be whole numbers)."""
    if not isinstance(src.data, dict):
        found = Msg.of("found_list" if isinstance(src.data, list) else "found_scalar")
        line, col = src.values.get((), (1, 1))
        return None, [problem(src.path, line, col, "Y009", found=found)]
    try:
        return model.model_validate(src.data, context=context), []
    except ValidationError as exc:
        raw = exc.errors(include_url=False, include_input=False)
        errors = [_read(model, src.data, err) for err in raw]
        whole = isinstance(context, dict) and context.get("decimal") is False
        located = [_locate(model, src, err, whole=whole) for err in _one_per_union(errors)]
        # A value the reader already refused (Y016, Y018) needs no second message.
        said = {(p.line, p.column) for p in src.problems if p.code in ("Y016", "Y018")}
        return None, [p for p in located if (p.line, p.column) not in said]


def _read(model: type[BaseModel], data: Any, err: Any) -> _Error:
    annotation: Any = model
    path: list[Any] = []
    union: tuple[Any, ...] | None = None
    loc = tuple(err["loc"])
    for n, part in enumerate(loc):
        options = _options(_unwrap(annotation))
        if options:  # Pydantic names the option of the union it tried: not a key of the data
            union = tuple(path)
            annotation = _option(options, str(part))
            continue
        if part == "[key]":
            path.append(part)
            continue
        key = _actual_key(data, part)
        path.append(key)
        data = _value_at(data, (key,))
        annotation = _inside(_unwrap(annotation), key, key=loc[n + 1 : n + 2] == ("[key]",))
    return _Error(err["type"], tuple(path), dict(err.get("ctx") or {}), annotation, union)


def _actual_key(data: Any, part: str | int) -> Any:
    """The key of ``data`` that Pydantic calls ``part`` (``1`` for ``True``, the ``repr`` of
    a key that is neither text nor a whole number)."""
    if not isinstance(data, dict) or (isinstance(part, str) and part in data):
        return part
    for key in data:
        if not isinstance(key, str) and (key == part or repr(key) == part):
            return key
    return part


def _one_per_union(errors: list[_Error]) -> list[_Error]:
    """A value that fits none of a union's options gives one error per option. Errors inside
    the value (an option that fitted its shape) say more; else one error lists every option."""
    kept: list[_Error] = []
    unions: dict[tuple[Any, ...], list[_Error]] = {}
    for err in errors:
        if err.union is None:
            kept.append(err)
        else:
            unions.setdefault(err.union, []).append(err)
    for where, found in unions.items():
        inside = [e for e in found if len(e.loc) > len(where)]
        if inside:
            kept += inside
        else:
            kinds = "|".join(dict.fromkeys(e.kind for e in found))
            kept.append(_Error(kinds, where, {}, None, None))
    return kept


def _locate(model: type[BaseModel], src: Source, err: _Error, *, whole: bool) -> Problem:
    loc, kind = err.loc, err.kind
    if loc and loc[-1] == "[key]":
        return _key_problem(src, err)
    if kind == "invalid_key":  # a key that is not text where the model names its keys
        return _not_text(src, loc, whole=whole)
    name = _key_name(loc)
    if kind == "missing":
        line, col = src.pos(err.where[:-1], key=True)
        return problem(src.path, line, col, "S001", key=name)
    if kind == "extra_forbidden":
        line, col = src.pos(err.where, key=True)
        close = _close(str(loc[-1]), _fields_at(model, loc[:-1]))
        if "level" in close:  # `value` is only another name for it
            close = [c for c in close if c != "value"]
        return problem(src.path, line, col, "S002", key=name, hint=_did_you_mean(close))
    line, col = src.pos(err.where)
    value = _value_at(src.data, loc)
    expected = _expected(kind)
    if expected is not None:
        found = _describe(value)
        hint = _hint(kind, value)
        return problem(
            src.path, line, col, "S003", key=name, expected=expected, found=found, hint=hint
        )
    return problem(src.path, line, col, "S004", key=name, detail=_detail(err, value))


def _not_text(src: Source, loc: tuple[Any, ...], *, whole: bool) -> Problem:
    """S006 for a key that is not text: usually a quote missing, but ``{level: 2,5}``
    is ``level: 2`` and a key ``5`` (in braces a comma ends the pair)."""
    line, col = src.pos(_where(loc), key=True)
    key = loc[-1]
    advice = _flow_comma(src, loc, whole=whole) or Msg.of("s006_quote")
    return problem(src.path, line, col, "S006", key=key, found=_describe(key), advice=advice)


def _flow_comma(src: Source, loc: tuple[Any, ...], *, whole: bool) -> Msg | None:
    """Advice when the key is a number with no value on the line of a whole ``level``."""
    key = loc[-1]
    parent = _value_at(src.data, loc[:-1])
    if (
        type(key) is not int
        or key < 0
        or not isinstance(parent, dict)
        or parent.get(key, 0) is not None
    ):
        return None
    at = src.keys.get(_where(loc))
    for name in ("level", "value"):
        number = parent.get(name)
        before = src.values.get(_where((*loc[:-1], name)))
        if type(number) is int and at and before and before[0] == at[0] and before[1] < at[1]:
            fix = _number_hint("type_int" if whole else "type_value", f"{number},{key}")
            return Msg.of("s006_flow_comma", fix=fix)
    return None


def _key_problem(src: Source, err: _Error) -> Problem:
    """A key of a mapping the model refuses: not text (S006), not one of the known keys
    (S002), not of the kind of key expected (S003) or otherwise invalid (S004)."""
    path = err.loc[:-1]
    key = path[-1]
    line, col = src.pos(_where(path), key=True)
    if err.kind == "string_type":
        advice = (
            Msg.of("s006_indicator", example=f"I{key}")
            if path[:-1] == ("indicators",) and type(key) is int
            else Msg.of("s006_quote")
        )
        return problem(src.path, line, col, "S006", key=key, found=_describe(key), advice=advice)
    if err.kind in ("literal_error", "enum"):
        allowed = _allowed(err)
        close = _close(str(key), allowed)
        hint = (
            _did_you_mean(close)
            if close
            else Msg.of("hint_allowed", value=_choices([f"`{a}`" for a in allowed]))
        )
        return problem(src.path, line, col, "S002", key=key, hint=hint)
    expected = _expected(err.kind)
    if expected is not None:
        found = _describe(key)
        return problem(
            src.path, line, col, "S003", key=key, expected=expected, found=found, hint=_EMPTY
        )
    detail = Msg.of("detail_of_key", name=key if key != "" else '""', detail=_detail(err, key))
    return problem(src.path, line, col, "S004", key=_key_name(path[:-1]), detail=detail)


def _expected(kind: str) -> Msg | str | None:
    """What a type error expects; None when ``kind`` is no type error. A value that fits no
    option of a union (``kind``: the options' errors joined by ``|``) expects any of them."""
    kinds = kind.split("|")
    if not all(k in _EXPECTED or k.endswith("_type") for k in kinds):
        return None
    names = list(dict.fromkeys(_EXPECTED.get(k, "type_str") for k in kinds))
    return _choices([Msg.of(name) for name in names])


# Pydantic error type -> (our message, the context value it shows)
_DETAILS = {
    "string_too_short": ("detail_empty", None),
    "too_short": ("detail_too_short", "min_length"),
    "string_too_long": ("detail_too_long", "max_length"),
    "too_long": ("detail_too_long", "max_length"),
    "greater_than_equal": ("detail_ge", "ge"),
    "greater_than": ("detail_gt", "gt"),
    "less_than_equal": ("detail_le", "le"),
    "less_than": ("detail_lt", "lt"),
    "multiple_of": ("detail_multiple_of", "multiple_of"),
    "string_pattern_mismatch": ("detail_pattern", "pattern"),
}
_EMPTY = Msg.of("empty")


def _detail(err: _Error, value: Any) -> Msg:
    """What is wrong with a value, in our words: never Pydantic's English text."""
    if err.kind in ("literal_error", "enum"):
        allowed = _allowed(err)
        shown = [repr(a) if isinstance(a, str) else str(a) for a in allowed]
        if len(shown) == 1:
            return Msg.of("detail_exactly", value=shown[0])
        text = Msg.of("detail_literal", value=_choices(shown))
        close = _close(str(value), allowed) if isinstance(value, str) else []
        return Msg.of("with_hint", text=text, hint=_did_you_mean(close))
    if err.kind in _DETAILS:
        key, field = _DETAILS[err.kind]
        return Msg.of(key, value=err.ctx.get(field, "")) if field else Msg.of(key)
    if err.kind == "spbe_message":  # a validator of ours names its message (models: a NIP)
        args = {k: v for k, v in err.ctx.items() if k != "message"}
        return Msg.of(str(err.ctx["message"]), **args)
    return Msg.of("detail_other", value=err.kind)


def _allowed(err: _Error) -> list[Any]:
    """The values a ``Literal`` (or an enum) allows: from the model, else from Pydantic's
    ``'a', 'b' or 'c'``."""
    annotation = _unwrap(err.annotation)
    if typing.get_origin(annotation) is typing.Literal:
        return list(typing.get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [member.value for member in annotation]
    expected = str(err.ctx.get("expected", ""))
    return re.findall(r"'([^']*)'", expected) or [expected]


def _choices(options: Sequence[Msg | str]) -> Msg | str:
    """``a, b atau c`` (``a, b or c``): the options in the language of the output."""
    if len(options) == 1:
        return options[0]
    *some, last = options
    if all(isinstance(o, str) for o in some):
        return Msg.of("choices", some=", ".join(str(o) for o in some), last=last)
    return Msg.of("choices", some=_listed(some), last=last)


def _listed(options: Sequence[Msg | str]) -> Msg | str:
    """Several messages with commas between them, as one message."""
    head = options[0]
    for option in options[1:]:
        head = Msg.of("listed", first=head, rest=option)
    return head


def _close(word: str, known: list[Any]) -> list[str]:
    return difflib.get_close_matches(word, [str(k) for k in known], n=2, cutoff=0.6)


def _did_you_mean(close: list[str]) -> Msg:
    if not close:
        return _EMPTY
    return Msg.of("did_you_mean", options=" / ".join(f"`{c}`" for c in close))


def _key_name(loc: KeyPath) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return str(loc[-1]) if loc else ""


def _value_at(data: Any, loc: KeyPath) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _describe(value: Any) -> Msg:
    if isinstance(value, bool):
        return Msg.of("type_bool")
    if isinstance(value, int):
        return Msg.of("type_int")
    if isinstance(value, Decimal | float):
        return Msg.of("type_decimal")
    if isinstance(value, dt.date):
        return Msg.of("type_date")
    if value is None:
        return Msg.of("type_null")
    if isinstance(value, list):
        return Msg.of("type_list")
    if isinstance(value, dict):
        return Msg.of("type_mapping")
    return Msg.of("type_str")


_COMMA = re.compile(r"\s*(\d+),(\d+)\s*", re.ASCII)


def _hint(kind: str, value: Any) -> Msg:
    """Advice for a value of the wrong type; ``kind`` may join a union's errors with ``|``."""
    for one in kind.split("|"):
        hint = _type_hint(_EXPECTED.get(one, ""), value)
        if hint is not _EMPTY:
            return hint
    return _EMPTY


def _type_hint(expected: str, value: Any) -> Msg:
    if expected == "type_str" and isinstance(value, bool):
        return Msg.of("hint_quote")
    if expected == "type_str" and not isinstance(value, list | dict) and value is not None:
        shown = value.isoformat() if isinstance(value, dt.date) else value
        return Msg.of("hint_quote_text", value=shown)
    if expected == "type_date" and isinstance(value, str):
        return Msg.of("hint_date")
    if expected in ("type_int", "type_weight", "type_value") and isinstance(value, str):
        return _number_hint(expected, value)
    return _EMPTY


def _number_hint(expected: str, value: str) -> Msg:
    """A number written as text: ``"3"`` quoted, ``2,5`` with a decimal comma (YAML reads
    that as text), a fraction over zero."""
    comma = _COMMA.fullmatch(value)
    if comma and expected == "type_int":
        whole, fraction = comma.groups()
        return (
            Msg.of("hint_whole_comma", value=str(int(whole)))
            if not fraction.strip("0")
            else Msg.of("hint_whole_only")
        )
    if comma:
        return Msg.of("hint_decimal_comma", value=".".join(comma.groups()))
    if expected == "type_value" and _ZERO.fullmatch(value):
        return Msg.of("hint_fraction_zero")
    if expected != "type_value" and value.strip().replace(".", "", 1).isdigit():
        return Msg.of("hint_unquote_number")
    return _EMPTY


def _fields_at(model: type[BaseModel], loc: KeyPath) -> list[str]:
    """The keys the model accepts at ``loc`` (for "did you mean")."""
    annotation: Any = model
    for part in loc:
        annotation = _inside(_unwrap(annotation), part, key=False)
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [field.alias or name for name, field in annotation.model_fields.items()]
    return []


def _inside(annotation: Any, part: str | int, *, key: bool) -> Any:
    """The annotation of the value at ``part`` inside ``annotation`` (of the key, ``key``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, field in annotation.model_fields.items():
            if part in (name, field.alias):
                return field.annotation
        return None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is dict and len(args) == 2:
        return args[0] if key else args[1]
    if origin is list and args:
        return args[0]
    return None


def _unwrap(annotation: Any) -> Any:
    """``annotation`` without ``Annotated`` and ``| None``; a union of several types stays."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def _options(annotation: Any) -> list[Any]:
    """The options of a union of several types (``| None`` aside); none for any other type."""
    if typing.get_origin(annotation) not in (Union, types.UnionType):
        return []
    return [a for a in typing.get_args(annotation) if a is not type(None)]


def _option(options: list[Any], tag: str) -> Any:
    """The option Pydantic names ``tag`` (``dict[int,...]``, ``list[...]``, a model's name,
    ``function-plain[...]`` for a number read by our own validator)."""
    for option in options:
        inner = _unwrap(option)
        origin = typing.get_origin(inner)
        if origin in (dict, list) and tag.startswith(f"{origin.__name__}["):
            return option
        if isinstance(inner, type) and tag == inner.__name__:
            return option
    plain = [o for o in options if typing.get_origin(_unwrap(o)) not in (dict, list)]
    return plain[0] if plain else None


def load_model(
    model: type[M], src: Source, context: dict[str, Any] | None = None
) -> tuple[M | None, list[Problem]]:
    """A file as read, checked against its model: the reader's problems and the model's
    together; None when the file cannot be read or does not fit. Every file kind (unit,
    stage, spbe.yaml, lock, catalogue, crosswalk, effort) is loaded through this."""
    if not src.usable:
        return None, list(src.problems)
    found, problems = check_model(model, src, context)
    return found, [*src.problems, *problems]
