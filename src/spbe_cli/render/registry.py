"""Renderers by registry: for each result kind, one renderer per member of its format enum.

A command looks its renderer up here instead of branching on the format, so a format that has
no renderer is a failing test (``tests/test_formats.py``), never a silent fall-through to another
format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from spbe_cli.base.lang import Lang

F = TypeVar("F", bound=Enum)
R = TypeVar("R")
Out = TypeVar("Out", str, bytes)
Fn = TypeVar("Fn", bound=Callable[..., Any])
# A renderer returns the whole output, or its pieces in order: a result of many parts (many
# years in one run) is then written as it is made and never held whole.
Renderer = Callable[[R, "Context"], Out | Iterator[Out]]


@dataclass(frozen=True)
class Context:
    """How output is shown, decided once per command: language, terminal width, colour."""

    lang: Lang = "id"
    width: int | None = None
    color: bool = False


class Registry(Generic[F, R, Out]):
    """The renderers of one result kind (``R``), one per format (``F``), each giving ``Out``."""

    def __init__(self, kind: str, formats: type[F], unrendered: tuple[F, ...] = ()) -> None:
        self.kind = kind
        self.formats = formats
        # members a command resolves before rendering (``validate --format auto``)
        self.unrendered = unrendered
        self._renderers: dict[F, Renderer[R, Out]] = {}

    def add(self, *formats: F) -> Callable[[Fn], Fn]:
        def register(renderer: Fn) -> Fn:
            for fmt in formats:
                if fmt in self._renderers:
                    raise ValueError(f"{self.kind}: two renderers for {fmt.value}")
                self._renderers[fmt] = renderer
            return renderer

        return register

    def render(self, result: R, fmt: F, context: Context) -> Out:
        pieces = list(self.stream(result, fmt, context))
        if pieces and isinstance(pieces[0], bytes):
            return b"".join(pieces)
        return "".join(pieces)  # type: ignore[arg-type,return-value]

    def stream(self, result: R, fmt: F, context: Context) -> Iterator[Out]:
        """The output in the pieces its renderer makes them (one piece for most)."""
        if fmt not in self._renderers:
            raise ValueError(f"{self.kind}: no renderer for format {fmt.value!r}")
        made = self._renderers[fmt](result, context)
        if isinstance(made, str | bytes):
            yield made
        else:
            yield from made

    def missing(self) -> list[F]:
        """Formats of the enum with no renderer (must be empty)."""
        return [f for f in self.formats if f not in self._renderers and f not in self.unrendered]
