"""A plain document (title, paragraphs, notes, tables) that a result's view builds once; the
Markdown of every result kind that has no handout template is this document through
``templates/document.md.j2``, so Markdown is always made by a template and always escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spbe_cli.render.markdown import render_markdown


@dataclass(frozen=True)
class Cell:
    text: str
    strong: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    align: str  # one letter per column: l(eft) or r(ight)
    rows: tuple[tuple[Cell, ...], ...]
    heading: str = ""

    @property
    def rule(self) -> str:
        return "|" + "|".join("---:" if a == "r" else "---" for a in self.align) + "|"


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph", "note" or "table"
    text: str = ""
    table: Table | None = None


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str) -> Document:
        self.blocks.append(Block("heading", text))
        return self

    def paragraph(self, text: str) -> Document:
        self.blocks.append(Block("paragraph", text))
        return self

    def note(self, text: str) -> Document:
        self.blocks.append(Block("note", text))
        return self

    def table(
        self, columns: Sequence[str], align: str, rows: Sequence[Sequence[str | Cell]]
    ) -> Document:
        cells = tuple(tuple(c if isinstance(c, Cell) else Cell(c) for c in row) for row in rows)
        self.blocks.append(Block("table", table=Table(tuple(columns), align, cells)))
        return self


def strong(text: str) -> Cell:
    return Cell(text, strong=True)


def markdown(document: Document) -> str:
    return render_markdown("document.md.j2", doc=document)
