"""The assessments repository around a path: its root, its ``spbe.yaml`` and its year folders."""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.base.paths import real_folder, within
from spbe_cli.domain.stage import EXTERNAL
from spbe_cli.model.models import RepoConfig
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem
from spbe_cli.source.yamlsrc import Source, read_yaml

CONFIG_NAME = "spbe.yaml"
ASSESSMENTS = "assessments"
# The one year-folder rule: exactly four ASCII digits (``\d`` would take ``２０２３`` and ``$``
# a trailing line break).
YEAR_FOLDER = re.compile(r"\A[0-9]{4}\Z")


def is_year(name: str) -> bool:
    return YEAR_FOLDER.match(name) is not None


def look_alike_year(name: str) -> str | None:
    """The year a folder name passes for after Unicode normalisation and trimming (``２０２３``,
    ``2023\n``, ``٢٠٢٣``, ``2023`` with a zero-width space or a combining mark) when it is not
    one itself."""
    if is_year(name):
        return None
    plain = "".join(  # drop what does not show: controls, format and space marks, accents
        c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c)[0] not in "CZM"
    )
    if len(plain) == 4 and plain.isdecimal():
        return f"{int(plain):04d}"
    return None


@dataclass
class Repo:
    root: Path
    config: RepoConfig = field(default_factory=RepoConfig)
    config_src: Source | None = None


def find_repo(start: Path) -> tuple[Repo, list[Problem]]:
    """Walk up from ``start`` to the folder holding ``spbe.yaml``.

    The walk stops at a git checkout's top; inside a checkout the outermost ``spbe.yaml`` wins,
    so every command uses the same one whichever folder it starts from (a second one further
    down is X027's business, never a configuration). Outside a checkout the nearest one is
    used. With none above, an ``assessments/spbe.yaml`` just below counts (the bundled
    example's layout). Without ``spbe.yaml`` the root is the parent of the assessments folder,
    i.e. two levels above a year folder.
    """
    here = start.resolve()
    folder = here if here.is_dir() else here.parent
    found: list[Path] = []
    in_checkout = False
    for candidate in (folder, *folder.parents):
        if is_year(candidate.name):
            continue  # a year folder is never the root: a spbe.yaml there is a stray file
        if os.path.lexists(candidate / CONFIG_NAME):  # a FIFO or a link out is reported as such
            found.append(candidate)
        if os.path.lexists(candidate / ".git"):
            in_checkout = True
            break
    if found:
        chosen = found[-1] if in_checkout else found[0]
        src = read_yaml(chosen / CONFIG_NAME, root=chosen)
        model, problems = load_model(RepoConfig, src)
        return Repo(chosen, model or RepoConfig(), src), problems
    below = folder / ASSESSMENTS / CONFIG_NAME
    if os.path.lexists(below):  # the layout of the bundled example: spbe.yaml in assessments/
        src = read_yaml(below, root=below.parent)
        model, problems = load_model(RepoConfig, src)
        return Repo(below.parent, model or RepoConfig(), src), problems
    year_folder = folder if is_year(folder.name) else None
    root = year_folder.parent.parent if year_folder else folder.parent
    return Repo(root), []


def is_unit_file(path: Path) -> bool:
    """Unit files are ``*.yaml``/``*.yml``; names starting with ``_`` or ``.`` are reserved."""
    return (
        path.suffix in (".yaml", ".yml")
        and not path.name.startswith(("_", "."))
        and path.name != CONFIG_NAME
    )


def unit_files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.iterdir() if is_unit_file(p)), key=lambda p: p.name)


def year_folders(folder: Path) -> list[Path]:
    """The year folders in ``folder``: named by the one rule, and never a link that leads out
    of the repository (Y015: ``score`` reads what ``validate`` checks)."""
    return sorted(p for p in folder.iterdir() if is_year(p.name) and p.is_dir() and kept_in(p))


def holder(year: Path) -> Path:
    """The repository folder a year folder belongs to: the folder holding ``assessments/``,
    or the one holding the year itself."""
    parent = Path(os.path.abspath(year)).parent  # noqa: PTH100 - real_folder caches by string
    return parent.parent if parent.name == ASSESSMENTS else parent


def kept_in(year: Path) -> bool:
    """Whether a year folder, links followed, stays inside its repository folder and is the
    same year there (a link to ``../arsip/2026`` is fine; one to ``/tmp/2026`` or, from
    ``2024``, to ``2023`` is not)."""
    real = os.path.realpath(year)
    own = Path(os.path.abspath(year)).name  # noqa: PTH100 - "." names its folder
    return within(real, real_folder(str(holder(year)))) and Path(real).name == own


def year_like(name: str) -> bool:
    """A folder name that holds a year but is not one (``2026 ``, ``2026-final``, ``old-2025``)."""
    return bool(_HOLDS_YEAR.search(name)) and not is_year(name)


_HOLDS_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9][0-9](?![0-9])")


def repo_years(repo: Repo) -> dict[int, Path]:
    """Every year of the repository and its folder: under ``assessments/`` first, then beside
    spbe.yaml (a year in both is X030; the first is the one every command reads)."""
    years: dict[int, Path] = {}
    for base in (repo.root / ASSESSMENTS, repo.root):
        if base.is_dir():
            for folder in year_folders(base):
                years.setdefault(int(folder.name), folder)
    return dict(sorted(years.items()))


def year_folder(repo: Repo, year: int) -> Path | None:
    """The folder of ``year`` in the repository (under ``assessments/`` or beside spbe.yaml)."""
    return repo_years(repo).get(year)


def looks_like_root(folder: Path) -> bool:
    """A repository root (or an assessments folder): spbe.yaml, ``assessments/`` or years."""
    return (
        os.path.lexists(folder / CONFIG_NAME)
        or (folder / ASSESSMENTS).is_dir()
        or bool(year_folders(folder))
    )


# The stage files a year folder may hold beside its unit files, in stage order.
STAGE_FILES = tuple(f"_{stage.value}.yaml" for stage in EXTERNAL)


def near_stage_file(name: str) -> str | None:
    """The stage file a stray file's name most likely meant (``_dokuman.yaml``, ``_finall.yaml``,
    ``_Final.yaml``, ``_dokumen.yml``), or None when none is close. A copy kept aside
    (``_final.yaml.bak``) and other names (``_notes.yaml``, ``spbe.yaml``) meant none."""
    lowered = name.casefold()
    if not lowered.endswith((".yaml", ".yml")):
        return None
    close = difflib.get_close_matches(lowered, STAGE_FILES, n=1, cutoff=0.75)
    return close[0] if close else None


def stray_files(year: Path) -> list[Path]:
    """Files in a year folder that look like data but are read by nothing: ``Bpkad.YAML``,
    ``bpkad.yaml.txt``, ``x.yml.bak``, ``_draft.yaml``, ``.bpkad.yaml``, a ``spbe.yaml``."""
    strays = []
    for entry in sorted(year.iterdir()):
        lowered = entry.name.lower()
        looks_yaml = any(f".{ext}" in lowered for ext in ("yaml", "yml"))
        if not looks_yaml or entry.name in STAGE_FILES:
            continue
        if is_unit_file(entry):
            continue  # read as a unit file (and refused there if it is not a regular file)
        strays.append(entry)
    return strays
