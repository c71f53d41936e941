"""Where the bundled catalogues and templates are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The bundled folder ``name`` (``indicators`` or ``templates``).

    A wheel carries the folders inside the package (``spbe_cli/_data``); an editable install or a
    plain checkout has no such folder and uses the copies at the top of the repository, so edits
    there take effect at once.
    """
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent.parent / name


def catalogue_dir() -> Path:
    return data_dir("indicators")
