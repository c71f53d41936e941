"""Small catalogues written on the fly, for hand-computed cases and integrity violations."""

from __future__ import annotations

from pathlib import Path

import yaml


def catalogue_yaml(
    domains: list[tuple[str, str, list[tuple[str, str, list[str]]]]],
    *,
    levels: tuple[int, int] = (1, 5),
    bands: list[tuple[str, str, str]] | None = None,
    ident: str = "uji",
) -> str:
    """domains: [(id, weight, [(aspect id, weight, [indicator weight, ...])])]; weights as text.

    Indicator ids are numbered I1.. across the catalogue. Weights stay text in the YAML so that
    they reach the loader exactly as written.
    """
    low, high = levels
    lines = [
        f"id: {ident}",
        "title: Katalog uji",
        "regulation: Peraturan uji",
        "scales:",
        "  s:",
        "    name: Skala uji",
        "    levels:",
    ]
    lines += [f"      - {{level: {v}, name: T{v}}}" for v in range(low, high + 1)]
    span = high - low
    default = [
        ("Atas", f"{low + span * 0.8:g}", f"{high}"),
        ("Tengah", f"{low + span * 0.4:g}", f"{low + span * 0.8:g}"),
        ("Bawah", f"{low}", f"{low + span * 0.4:g}"),
    ]
    lines.append("predikat:")
    lines += [f"  - {{name: {n}, min: {lo}, max: {hi}}}" for n, lo, hi in bands or default]
    lines.append("domains:")
    number = 0
    for did, dweight, aspects in domains:
        lines += [
            f"  - id: {did}",
            f"    name: Domain {did}",
            f"    weight: {dweight}",
            "    aspects:",
        ]
        for aid, aweight, indicators in aspects:
            lines += [
                f"      - id: {aid}",
                f"        name: Aspek {aid}",
                f"        weight: {aweight}",
                "        indicators:",
            ]
            for weight in indicators:
                number += 1
                lines += [f"          - id: I{number}", f"            name: Indikator {number}"]
                if weight:
                    lines.append(f"            weight: {weight}")
    return "\n".join(lines) + "\n"


def write_catalogue(path: Path, text: str) -> Path:
    yaml.safe_load(text)  # the helper itself must write valid YAML
    path.write_text(text, encoding="utf-8")
    return path
