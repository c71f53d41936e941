"""Where a repository's files are read from: the working tree, or a git revision
(``repository.gitsrc.GitYear``). Loaders take a :class:`Files` and never care which."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, Source, read_yaml


class Files(Protocol):
    def exists(self, path: Path) -> bool: ...

    def read(self, path: Path) -> Source: ...


@dataclass(frozen=True)
class WorkingTree:
    """Files on disk, read only inside ``root`` and only up to ``max_bytes``."""

    root: Path
    max_bytes: int = DEFAULT_MAX_BYTES

    def exists(self, path: Path) -> bool:
        return os.path.lexists(path)  # a FIFO or a link out is read, and reported, as such

    def read(self, path: Path) -> Source:
        return read_yaml(path, max_bytes=self.max_bytes, root=self.root)
