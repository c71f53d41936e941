"""Renderers by registry: for each result kind, one renderer per member of its format enum.

A command looks its renderer up here instead of branching on the format, so a format that has
no renderer is a failing test (``tests/test_formats.py``), never a silent fall-through to another
format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

from spbe_cli.base.lang import Lang

F = TypeVar("F", bound=Enum)
R = TypeVar("R")
Out = TypeVar("Out", str, bytes)
Renderer = Callable[[R, "Context"], Out]


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

    def add(
        self, *formats: F
    ) -> Callable[[Callable[[R, Context], Out]], Callable[[R, Context], Out]]:
        def register(renderer: Renderer[R, Out]) -> Renderer[R, Out]:
            for fmt in formats:
                if fmt in self._renderers:
                    raise ValueError(f"{self.kind}: two renderers for {fmt.value}")
                self._renderers[fmt] = renderer
            return renderer

        return register

    def render(self, result: R, fmt: F, context: Context) -> Out:
        if fmt not in self._renderers:
            raise ValueError(f"{self.kind}: no renderer for format {fmt.value!r}")
        return self._renderers[fmt](result, context)

    def missing(self) -> list[F]:
        """Formats of the enum with no renderer (must be empty)."""
        return [f for f in self.formats if f not in self._renderers and f not in self.unrendered]
