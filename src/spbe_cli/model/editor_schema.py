"""A JSON Schema (draft-07) for assessment files, for editors: hovering an indicator id or a
level shows the indicator's name and the catalogue's criteria; levels are limited to the scale.

The YAML language server reads it through the first line of a file:
``# yaml-language-server: $schema=../spbe-assessment.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from spbe_cli.base.lang import Lang
from spbe_cli.domain.numbers import fmt
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.model.models import ITEM_STAGES
from spbe_cli.problems.messages import message

SCHEMA_NAME = "spbe-assessment.schema.json"
DRAFT = "http://json-schema.org/draft-07/schema#"


def _text(description: str) -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "description": description,
        "markdownDescription": description,
    }


def _criteria(indicator: Indicator, lang: Lang) -> str:
    lines = [f"**{indicator.id} · {indicator.name}** (bobot {fmt(indicator.weight)} %)"]
    if indicator.question:
        lines.append(f"_{indicator.question}_")
    for level in indicator.scale.levels:
        text = indicator.criteria.get(level.value)
        lines.append(f"- **{level.value} {level.name}**" + (f": {text}" if text else ""))
    if indicator.external_source:
        lines.append(message("schema_external", lang, source=indicator.external_source))
    return "\n".join(lines)


# A fraction written as text, "7/6" (also "2.5" quoted): the models accept it where values may
# be decimal.
FRACTION_TEXT = r"^\s*\d+(\.\d+)?\s*(/\s*\d+(\.\d+)?\s*)?$"


def _level(indicator: Indicator, decimal: bool, described: str) -> dict[str, Any]:
    """Whole levels of the scale; with decimal values, any number in the scale's range or an
    exact fraction written as text."""
    if not decimal:
        levels: list[int | None] = [lv.value for lv in indicator.scale.levels]
        return {
            "type": ["integer", "null"],
            "enum": [*levels, None],
            "description": described,
            "markdownDescription": described,
        }
    low, high = indicator.scale.low, indicator.scale.high
    return {
        "anyOf": [
            {"type": "number", "minimum": low, "maximum": high},
            {"type": "string", "pattern": FRACTION_TEXT},
            {"type": "null"},
        ],
        "description": described,
        "markdownDescription": described,
    }


def _answer(indicator: Indicator, lang: Lang, decimal: bool) -> dict[str, Any]:
    described = _criteria(indicator, lang)
    level = _level(indicator, decimal, described)
    properties: dict[str, Any] = {
        "level": level,
        "value": level,
        "explanation": _text(message("schema_explanation", lang)),
        "evidence": {
            "type": "array",
            "maxItems": 200,
            "items": {"$ref": "#/definitions/evidence"},
            "description": message("schema_evidence", lang),
        },
        "review": {"$ref": "#/definitions/review"},
    }
    if indicator.external_source:
        properties["external"] = {"$ref": "#/definitions/external"}
    return {
        "type": "object",
        "additionalProperties": False,
        # `value:` is another name for `level:` (one of them, never both)
        "oneOf": [{"required": ["level"]}, {"required": ["value"]}],
        "description": described,
        "markdownDescription": described,
        "properties": properties,
    }


def editor_schema(catalogue: Catalogue, lang: Lang = "id") -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": f"https://spbe.invalid/schema/{catalogue.id}/assessment.json",
        "title": message("schema_heading", lang, title=catalogue.title),
        "description": message("schema_made", lang, regulation=catalogue.regulation),
        "type": "object",
        "additionalProperties": False,
        "required": ["unit", "year", "indicators"],
        "properties": _file_properties(catalogue, lang),
        "definitions": {
            "evidence": _evidence(lang),
            "item_status": _item_status(lang),
            "contribution": _contribution(lang),
            "review": _review(catalogue, lang),
            "external": _external(lang),
        },
    }


def _file_properties(catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    """The top-level keys of an assessment file."""
    indicators = {i.id: _answer(i, lang, catalogue.decimal) for i in catalogue.indicators.values()}
    supports = {i.id: {"$ref": "#/definitions/contribution"} for i in catalogue.indicators.values()}
    return {
        "unit": {
            "type": "string",
            "pattern": r"^\S+$",
            "description": message("schema_unit", lang),
        },
        "name": _text(message("schema_name", lang)),
        "year": {
            "type": "integer",
            "minimum": 2000,
            "maximum": 2100,
            "description": message("schema_year", lang),
        },
        "catalogue": {"type": "string", "description": message("schema_catalogue", lang)},
        "indicators": {
            "type": "object",
            "additionalProperties": False,
            "properties": indicators,
            "description": message("schema_indicators", lang),
        },
        "supports": {
            "type": "object",
            "additionalProperties": False,
            "properties": supports,
            "description": message("schema_supports", lang),
        },
    }


def _evidence(lang: Lang) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["title"],
        "properties": {
            "title": _text(message("schema_title", lang)),
            "path": _text(message("schema_path", lang)),
            "url": {
                "type": "string",
                "pattern": "^https?://",
                "description": message("schema_url", lang),
            },
            "date": {
                "type": "string",
                "format": "date",
                "description": message("schema_date", lang),
            },
            "level": {"type": "integer", "description": message("schema_level", lang)},
            "id": {"type": "string", "description": message("schema_item_id", lang)},
            "unit": {"type": "string", "pattern": r"^\S+$"},
            "status": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    stage: {"$ref": "#/definitions/item_status"} for stage in ITEM_STAGES
                },
            },
        },
    }


def _item_status(lang: Lang) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["status"],
        "properties": {
            "status": {"enum": ["diterima", "revisi"]},
            "reason": {"enum": ["tidak_tepat", "belum_diunggah", "ditolak_otomatis"]},
            "note": _text(message("schema_note", lang)),
        },
    }


def _contribution(lang: Lang) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "explanation": _text(message("schema_explanation", lang)),
            "evidence": {
                "type": "array",
                "maxItems": 200,
                "items": {"$ref": "#/definitions/evidence"},
            },
        },
    }


def _review(catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["status"],
        "properties": {
            "status": {"enum": ["diterima", "revisi"]},
            "level": {"type": ["number", "string"]} if catalogue.decimal else {"type": "integer"},
            "note": _text(message("schema_note", lang)),
            "by": _text(message("schema_by", lang)),
            "date": {"type": "string", "format": "date"},
        },
    }


def _external(lang: Lang) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["source"],
        "properties": {
            "value": {"type": ["number", "string"]},
            "raw": {"type": ["number", "string"]},
            "source": _text(message("schema_source", lang)),
            "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
            "document": _text(message("schema_document", lang)),
            "url": {"type": "string", "pattern": "^https?://"},
            "date": {"type": "string", "format": "date"},
        },
    }


def render_schema(catalogue: Catalogue, lang: Lang = "id") -> str:
    return json.dumps(editor_schema(catalogue, lang), ensure_ascii=False, indent=2) + "\n"
