"""Jinja2's immutable sandbox with bounded work: every operation that multiplies a size (``*``,
``**``, ``%``, padding and joining filters, string methods, ``range``) is checked before it
runs, and every render runs within the budget of ``render.limits``."""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Mapping, MutableMapping
from numbers import Rational
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.runtime import BlockReference, Context, LoopContext, Macro
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from markupsafe import Markup

from spbe_cli.render import isolate, limits
from spbe_cli.render.limits import TemplateLimitError, need, need_bits, size_of

# A conversion of %-formatting: its width and precision (a number or "*").
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")


class BoundedTemplate(jinja2.Template):
    def render(self, *args: Any, **kwargs: Any) -> str:
        """Render within the budget; where a repository's templates take part, in a child
        process with a hard CPU limit (``render.isolate``)."""
        if getattr(self.environment, "isolated", False) and isolate.available():
            work = functools.partial(self._render_here, *args, **kwargs)
            return isolate.render_in_child(work, self.filename)
        return self._render_here(*args, **kwargs)

    def _render_here(self, *args: Any, **kwargs: Any) -> str:
        """Render within the budget; a Python error raised inside the template (a recursion
        too deep, a number too long to print) becomes a template error at its line."""
        try:
            with limits.bounded():
                return limits.collect(self.generate(*args, **kwargs))
        except limits.TemplateProblem as exc:
            exc.filename = exc.filename or self.filename  # raised between two template lines
            raise
        except jinja2.TemplateError:
            raise
        except Exception as exc:
            problem = limits.failure(exc).at(self.filename)
            raise problem.with_traceback(exc.__traceback__) from None


class _Codegen(CodeGenerator):
    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        # `~` cannot be intercepted like `+`: check its result, which is at most twice a value
        # that passed the check itself.
        self.write("environment.bounded_text(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox of every template (bundled or a repository's): no ``lipsum``, a ``range``
    of at most ``MAX_ITEMS``, and no single value, number, output or call depth beyond the
    limits."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    template_class = BoundedTemplate
    code_generator_class = _Codegen
    isolated = False  # True where a repository's templates take part: render in a child

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = bounded_range
        del self.globals["lipsum"]  # lipsum(3000000) would run for minutes
        for name, check in _FILTER_CHECKS.items():
            self.filters[name] = _guarded(self.filters[name], check)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if isinstance(obj, Macro | LoopContext | BlockReference):
            with limits.nested_call():
                return super().call(context, obj, *args, **kwargs)
        args = _check_method(obj, args, kwargs)
        return super().call(context, obj, *args, **kwargs)

    def bounded_text(self, text: str) -> str:
        need(len(text))
        return text

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``"{:>999999999}".format(x)``: every field is counted as it is formatted."""
        if super().wrap_str_format(value) is None:
            return None
        text: str = value.__self__
        is_map = value.__name__ == "format_map"

        def checked_format(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs = args[0]
                args = ()
            formatter: SandboxedFormatter = (
                _CountingEscape(self, escape=text.escape)
                if isinstance(text, Markup)
                else _Counting(self)
            )
            return type(text)(formatter.vformat(text, args, kwargs))

        return functools.update_wrapper(checked_format, value)

    def get_template(
        self,
        name: str | jinja2.Template,
        parent: str | None = None,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        """Compiling is bounded too: a deeply nested expression is a located error."""
        try:
            with limits.bounded():
                return super().get_template(name, parent, globals)
        except jinja2.TemplateError:
            raise
        except Exception as exc:
            raise limits.failure(exc).at(self._path_of(name)) from None

    def _path_of(self, name: str | jinja2.Template) -> str | None:
        if not isinstance(name, str):
            return name.filename
        try:
            return self.loader.get_source(self, name)[1] if self.loader else name
        except Exception:  # only for the message: the name will do
            return name


def bounded_range(*args: int) -> range:
    """``range`` with at most ``MAX_ITEMS`` items (the sandbox's own rule, in our words)."""
    items = range(*args)
    try:
        size = len(items)
    except OverflowError:  # more items than a machine word counts
        size = limits.MAX_ITEMS + 1
    if size > limits.MAX_ITEMS:
        raise TemplateLimitError("t_range", size=size, limit=limits.MAX_ITEMS)
    return items


_SEQUENCES = (str, bytes, list, tuple)


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``"a" * 10**10``, ``9 ** 9 ** 9`` and ``"%999999999d" % 1`` before they run."""
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, _SEQUENCES) and isinstance(count, int):
                need(len(seq) * count)
        if isinstance(left, Rational) and isinstance(right, Rational):
            need_bits(_bits(left) + _bits(right))
    elif operator == "**":
        # int ** -n is a float; Fraction ** -n stays exact; 1 ** 10**9 is 1
        exponent = right if isinstance(left, int) else abs(right) if isinstance(right, int) else 0
        trivial = isinstance(left, int) and abs(left) <= 1
        if isinstance(left, Rational) and isinstance(right, int) and exponent > 0 and not trivial:
            need_bits(_bits(left) * exponent)
    elif operator == "+":
        if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
            need(len(left) + len(right))
    elif operator == "%" and isinstance(left, str):
        need(percent_size(left, right))


def _bits(value: Rational) -> int:
    return max(int(value.numerator).bit_length(), int(value.denominator).bit_length())


def percent_size(text: str, values: Any) -> int:
    """At most how long ``text % values`` is: each conversion adds its width and precision
    and at most the longest value."""
    if isinstance(values, Mapping):
        items = list(values.values())
    else:
        items = list(values) if isinstance(values, tuple) else [values]
    widest = max((size_of(item) for item in items), default=0)
    star = max((item for item in items if isinstance(item, int)), default=0)
    total = len(text)
    for match in _PERCENT.finditer(text):
        total += widest
        for part in match.groups():
            total += star if part == "*" else _number(part)
    return total


def _number(digits: str | None) -> int:
    if not digits:
        return 0
    return int(digits) if len(digits) < 10 else limits.MAX_LENGTH + 1


class _Counting(SandboxedFormatter):
    """A ``str.format`` that counts what each field adds (value, width and precision)."""

    spent = 0

    def format_field(self, value: Any, format_spec: str) -> Any:
        self.spent += size_of(value) + sum(_number(d) for d in re.findall(r"\d+", format_spec))
        need(self.spent)
        return super().format_field(value, format_spec)


class _CountingEscape(_Counting, SandboxedEscapeFormatter):
    pass


_GROWING_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs", "replace", "join"}


def _check_method(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """``"x".center(10**9)``, ``sep.join(items)``, ``(1).to_bytes(10**9)``: the string (and
    int) methods that make something much larger than their inputs. A ``join`` over an iterator
    is read into a list first, so it can be measured."""
    owner, name = getattr(obj, "__self__", None), getattr(obj, "__name__", "")
    if isinstance(owner, int) and name == "to_bytes":
        need(_int_arg(args, kwargs, "length", 1))
    if not isinstance(owner, str | bytes) or name not in _GROWING_METHODS:
        return args
    if name == "join" and args and not isinstance(args[0], list | tuple):
        args = (list(args[0]), *args[1:])
    if name in ("center", "ljust", "rjust", "zfill"):
        need(max(len(owner), _int_arg(args, kwargs, "width", 0)))
    elif name == "expandtabs":
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        need(len(owner) + tabs * _int_arg(args, kwargs, "tabsize", 8))
    elif name == "replace" and len(args) >= 2:
        need(_replaced_size(owner, args[0], args[1], args[2] if len(args) > 2 else -1))
    elif name == "join" and args:
        need(sum(size_of(item) for item in args[0]) + len(owner) * len(args[0]))
    return args


def _int_arg(args: tuple[Any, ...], kwargs: dict[str, Any], key: str, default: int) -> int:
    value = args[0] if args else kwargs.get(key, default)
    return value if isinstance(value, int) else default


def _replaced_size(text: Any, old: Any, new: Any, count: Any) -> int:
    try:
        hits = text.count(old) if len(old) else len(text) + 1
        if isinstance(count, int) and count >= 0:
            hits = min(hits, count)
        return int(len(text) + hits * max(len(new) - len(old), 0))
    except TypeError:  # not strings: the method itself says so
        return 0


# Filter checks, by parameter name (the filter's own signature, defaults applied).
def _center(a: dict[str, Any]) -> None:
    need(max(len(str(a["value"])), _as_int(a["width"])))


def _indent(a: dict[str, Any]) -> None:
    text, width = str(a["s"]), a["width"]
    lines = len(text.splitlines()) + 1
    need(len(text) + lines * (_as_int(width) if isinstance(width, int) else len(str(width))))


def _wordwrap(a: dict[str, Any]) -> None:
    text, width = str(a["s"]), max(_as_int(a["width"]), 1)
    lines = 2 * len(text) // width + text.count("\n") + 1
    need(len(text) + lines * (len(str(a["wrapstring"])) if a["wrapstring"] else 1))


def _join(a: dict[str, Any]) -> None:
    if not isinstance(a["value"], list | tuple):
        a["value"] = list(a["value"])
    items = a["value"]
    values = items if a["attribute"] is None else ()
    need(sum(size_of(item) for item in values) + len(str(a["d"])) * len(items))


def _replace(a: dict[str, Any]) -> None:
    count = -1 if a["count"] is None else a["count"]
    need(_replaced_size(str(a["s"]), str(a["old"]), str(a["new"]), count))


def _format(a: dict[str, Any]) -> None:
    need(percent_size(str(a["value"]), a["kwargs"] or a["args"]))


def _batch(a: dict[str, Any]) -> None:
    need(_as_int(a["linecount"]))


def _slice(a: dict[str, Any]) -> None:
    need(_as_int(a["slices"]))


def _tojson(a: dict[str, Any]) -> None:
    if isinstance(a["indent"], int) and a["indent"] > limits.MAX_JSON_INDENT:
        raise TemplateLimitError("t_indent", indent=a["indent"], limit=limits.MAX_JSON_INDENT)


def _as_int(value: Any) -> int:
    return value if isinstance(value, int) else 0


# `truncate` is not here: its result is never longer than its text and its `end`.
_FILTER_CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "center": _center,
    "indent": _indent,
    "wordwrap": _wordwrap,
    "join": _join,
    "replace": _replace,
    "format": _format,
    "batch": _batch,
    "slice": _slice,
    "tojson": _tojson,
}


_PASSED_NAMES = ("eval_ctx", "environment", "env", "context")


def _guarded(
    original: Callable[..., Any], check: Callable[[dict[str, Any]], None]
) -> Callable[..., Any]:
    """``original`` with ``check`` run on its bound arguments first (``functools.wraps`` keeps
    the marks that tell Jinja to pass the context or environment)."""
    signature = inspect.signature(original)
    # Jinja passes the context first; some filters declare it, some get it from a decorator.
    passed = getattr(original, "jinja_pass_arg", None) is not None
    skip = 1 if passed and next(iter(signature.parameters), "") not in _PASSED_NAMES else 0

    @functools.wraps(original)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            bound = signature.bind(*args[skip:], **kwargs)
        except TypeError:  # wrong arguments: the filter itself says which
            return original(*args, **kwargs)
        bound.apply_defaults()
        check(bound.arguments)
        return original(*args[:skip], *bound.args, **bound.kwargs)

    return guarded


__all__ = ["BoundedEnvironment", "BoundedTemplate"]
