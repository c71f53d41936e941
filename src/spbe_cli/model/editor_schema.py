"""A JSON Schema (draft-07) for assessment files, for editors: hovering an indicator id or a
level shows the indicator's name and the catalogue's criteria; levels are limited to the scale.

The YAML language server reads it through the first line of a file:
``# yaml-language-server: $schema=../spbe-assessment.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from spbe_cli.domain.numbers import fmt
from spbe_cli.model.catalogue import Catalogue, Indicator

SCHEMA_NAME = "spbe-assessment.schema.json"
DRAFT = "http://json-schema.org/draft-07/schema#"


def _text(description: str) -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "description": description,
        "markdownDescription": description,
    }


def _criteria(indicator: Indicator) -> str:
    lines = [f"**{indicator.id} · {indicator.name}** (bobot {fmt(indicator.weight)} %)"]
    if indicator.question:
        lines.append(f"_{indicator.question}_")
    for level in indicator.scale.levels:
        text = indicator.criteria.get(level.value)
        lines.append(f"- **{level.value} {level.name}**" + (f": {text}" if text else ""))
    if indicator.external_source:
        lines.append(f"Nilai dapat diambil dari indeks {indicator.external_source} (`external:`).")
    return "\n".join(lines)


def _answer(indicator: Indicator) -> dict[str, Any]:
    described = _criteria(indicator)
    levels: list[int | None] = [lv.value for lv in indicator.scale.levels]
    properties: dict[str, Any] = {
        "level": {
            "type": ["integer", "null"],
            "enum": [*levels, None],
            "description": described,
            "markdownDescription": described,
        },
        "explanation": _text("Penjelasan: kondisi nyata dan analisis terhadap kriteria."),
        "evidence": {
            "type": "array",
            "maxItems": 200,
            "items": {"$ref": "#/definitions/evidence"},
            "description": "Data dukung: berkas (path) atau tautan (url).",
        },
        "review": {"$ref": "#/definitions/review"},
    }
    if indicator.external_source:
        properties["external"] = {"$ref": "#/definitions/external"}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["level"],
        "description": described,
        "markdownDescription": described,
        "properties": properties,
    }


def editor_schema(catalogue: Catalogue) -> dict[str, Any]:
    indicators = {i.id: _answer(i) for i in catalogue.indicators.values()}
    return {
        "$schema": DRAFT,
        "$id": f"https://spbe.invalid/schema/{catalogue.id}/assessment.json",
        "title": f"Penilaian mandiri satu unit: {catalogue.title}",
        "description": f"{catalogue.regulation}. Dibuat oleh `spbe schema`.",
        "type": "object",
        "additionalProperties": False,
        "required": ["unit", "year", "indicators"],
        "properties": {
            "unit": {
                "type": "string",
                "pattern": r"^\S+$",
                "description": "Kode unit, sama dengan nama berkas.",
            },
            "name": _text("Nama unit (SKPD/OPD)."),
            "year": {
                "type": "integer",
                "minimum": 2000,
                "maximum": 2100,
                "description": "Tahun penilaian, sama dengan nama folder.",
            },
            "catalogue": {"type": "string", "description": "Id atau path katalog."},
            "indicators": {
                "type": "object",
                "additionalProperties": False,
                "properties": indicators,
                "description": "Jawaban per indikator.",
            },
        },
        "definitions": {
            "evidence": {
                "type": "object",
                "additionalProperties": False,
                "required": ["title"],
                "properties": {
                    "title": _text("Judul dokumen atau tautan."),
                    "path": _text("Path berkas, relatif terhadap folder spbe.yaml."),
                    "url": {
                        "type": "string",
                        "pattern": "^https?://",
                        "description": "Tautan http(s).",
                    },
                    "date": {
                        "type": "string",
                        "format": "date",
                        "description": "Tanggal dokumen (TTTT-BB-HH).",
                    },
                    "level": {"type": "integer", "description": "Tingkat yang didukung bukti ini."},
                },
            },
            "review": {
                "type": "object",
                "additionalProperties": False,
                "required": ["status"],
                "properties": {
                    "status": {"enum": ["diterima", "revisi"]},
                    "level": {"type": "integer"},
                    "note": _text("Catatan Tim Asesor Internal."),
                    "by": _text("Penilai."),
                    "date": {"type": "string", "format": "date"},
                },
            },
            "external": {
                "type": "object",
                "additionalProperties": False,
                "required": ["value", "source"],
                "properties": {
                    "value": {"type": ["number", "string"]},
                    "source": _text("Sumber nilai."),
                    "date": {"type": "string", "format": "date"},
                },
            },
        },
    }


def render_schema(catalogue: Catalogue) -> str:
    return json.dumps(editor_schema(catalogue), ensure_ascii=False, indent=2) + "\n"
