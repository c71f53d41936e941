"""Check parsed YAML against a model and turn every Pydantic error into a located problem."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from decimal import Decimal
from typing import Any, TypeVar, Union

from pydantic import BaseModel, ValidationError

from spbe_cli.problems.messages import Msg
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.source.yamlsrc import KeyPath, Source

M = TypeVar("M", bound=BaseModel)
_ZERO = re.compile(r"\s*\d+(?:\.\d+)?\s*/\s*0+(?:\.0+)?\s*")

_EXPECTED = {
    "int_type": "type_int",
    "int_from_float": "type_int",
    "string_type": "type_str",
    "list_type": "type_list",
    "dict_type": "type_mapping",
    "model_type": "type_mapping",
    "model_attributes_type": "type_mapping",
    "bool_type": "type_bool",
    "spbe_number": "type_weight",
    "spbe_value": "type_value",
    "date_type": "type_date",
    "date_from_datetime_inexact": "type_date",
}


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
        errors = exc.errors(include_url=False, include_input=False)
        located = [
            _locate(model, src, err["type"], tuple(err["loc"]), _detail(err)) for err in errors
        ]
        # A value the reader already refused (Y016, Y018) needs no second message.
        said = {(p.line, p.column) for p in src.problems if p.code in ("Y016", "Y018")}
        return None, [p for p in located if (p.line, p.column) not in said]


def _locate(
    model: type[BaseModel], src: Source, kind: str, loc: KeyPath, msg: Msg | str
) -> Problem:
    if loc and loc[-1] == "[key]":
        path = (*loc[:-2], loc[-2])
        line, col = src.pos(path, key=True)
        key = loc[-2]
        advice = (
            Msg.of("s006_indicator", example=f"I{key}")
            if loc[:-2] == ("indicators",) and isinstance(key, int)
            else Msg.of("s006_quote")
        )
        return problem(src.path, line, col, "S006", key=key, found=_describe(key), advice=advice)
    name = _key_name(loc)
    if kind == "missing":
        line, col = src.pos(loc[:-1], key=True)
        return problem(src.path, line, col, "S001", key=name)
    if kind == "extra_forbidden":
        line, col = src.pos(loc, key=True)
        known = _fields_at(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=2, cutoff=0.6)
        if "level" in close:  # `value` is only another name for it
            close = [c for c in close if c != "value"]
        hint = (
            Msg.of("did_you_mean", options=" / ".join(f"`{c}`" for c in close))
            if close
            else Msg.of("empty")
        )
        return problem(src.path, line, col, "S002", key=name, hint=hint)
    line, col = src.pos(loc)
    if kind in _EXPECTED or kind.endswith("_type"):
        value = _value_at(src.data, loc)
        expected = _EXPECTED.get(kind, "type_str")
        return problem(
            src.path,
            line,
            col,
            "S003",
            key=name,
            expected=Msg.of(expected),
            found=_describe(value),
            hint=_hint(expected, value),
        )
    return problem(src.path, line, col, "S004", key=name, detail=msg)


# Pydantic error type -> (our message, the context value it shows)
_DETAILS = {
    "string_too_short": ("detail_empty", None),
    "too_short": ("detail_too_short", "min_length"),
    "string_too_long": ("detail_too_long", "max_length"),
    "too_long": ("detail_too_long", "max_length"),
    "literal_error": ("detail_literal", "expected"),
}


def _detail(err: Any) -> Msg | str:
    """Pydantic's English message, or ours for the errors a coordinator can meet."""
    if err["type"] not in _DETAILS:
        return str(err["msg"])
    key, field = _DETAILS[err["type"]]
    ctx = err.get("ctx") or {}
    return Msg.of(key, value=ctx.get(field, "")) if field else Msg.of(key)


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


def _hint(expected: str, value: Any) -> Msg:
    if expected == "type_str" and isinstance(value, bool):
        return Msg.of("hint_quote")
    if expected == "type_str" and not isinstance(value, list | dict) and value is not None:
        shown = value.isoformat() if isinstance(value, dt.date) else value
        return Msg.of("hint_quote_text", value=shown)
    if expected == "type_date" and isinstance(value, str):
        return Msg.of("hint_date")
    if expected == "type_value" and isinstance(value, str) and _ZERO.fullmatch(value):
        return Msg.of("hint_fraction_zero")
    if (
        expected in ("type_int", "type_weight")
        and isinstance(value, str)
        and value.strip().replace(".", "", 1).isdigit()
    ):
        return Msg.of("hint_unquote_number")
    return Msg.of("empty")


def _fields_at(model: type[BaseModel], loc: KeyPath) -> list[str]:
    """The field names the model accepts at ``loc`` (for "did you mean")."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            annotation = field.annotation if field else None
        else:
            origin = typing.get_origin(annotation)
            args = typing.get_args(annotation)
            annotation = args[-1] if origin in (list, dict) and args else None
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = options[0] if len(options) == 1 else annotation
            if len(options) != 1:
                return annotation
        else:
            return annotation


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
