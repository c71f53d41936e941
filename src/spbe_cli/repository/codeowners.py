"""CODEOWNERS from the unit registry: who must review a change to which file."""

from __future__ import annotations

from pathlib import Path

from spbe_cli.model.models import RepoConfig
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.source.yamlsrc import read_regular

CODEOWNERS_MARK = "# Dibuat dari `units:` dan `assessors:` di spbe.yaml"


def codeowners(units: dict[str, list[str]], assessors: list[str], folder: str) -> str:
    """CODEOWNERS from the registry: each unit's file needs its owners and the assessors; the
    configuration, the stage results, the evidence and its lock need the assessors."""
    prefix = f"/{folder}/*" if folder else "/*"
    team = " ".join(assessors)
    lines = [
        f"{CODEOWNERS_MARK} (`spbe codeowners` membuatnya ulang).",
        "# Perubahan berkas sebuah unit meminta tinjauan pemiliknya dan Tim Asesor Internal;",
        "# pengaturan, hasil tahap, data dukung dan kuncinya meminta tinjauan Tim Asesor.",
    ]
    shared = [
        "/spbe.yaml",
        "/CODEOWNERS",
        "/spbe-evidence.lock",
        f"{prefix}/_*.yaml",
        "/evidence/",
    ]
    if folder:
        shared.append(f"/{folder}/evidence/")
    for pattern in shared:
        lines.append(f"{pattern} {team}" if team else f"# {pattern} @tim-asesor")
    for unit, owners in units.items():
        everyone = " ".join([*owners, *assessors])
        line = f"{prefix}/{unit}.yaml {everyone}"
        lines.append(line if everyone else f"# {line}@pemilik-unit")
    return "\n".join(lines) + "\n"


def codeowners_of(root: Path, config: RepoConfig) -> str:
    """The CODEOWNERS that the repository at ``root`` should have, from its spbe.yaml."""
    folder = "assessments" if (root / "assessments").is_dir() else ""
    units = {unit: list(info.owners) for unit, info in config.units.items()}
    return codeowners(units, list(config.assessors), folder)


CODEOWNERS_PLACES = ("CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS", "docs/CODEOWNERS")


def check_codeowners(root: Path, config: RepoConfig) -> list[Problem]:
    """X022 when a CODEOWNERS that spbe made no longer matches spbe.yaml (a hand-written one is
    left alone)."""
    for place in CODEOWNERS_PLACES:
        path = root / place
        if not path.is_file() or path.is_symlink():
            continue
        try:
            text = read_regular(path, 1 << 20).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return []
        if text.startswith(CODEOWNERS_MARK) and text != codeowners_of(root, config):
            return [problem(path, 0, 0, "X022")]
        return []
    return []
