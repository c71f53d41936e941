"""JSON Schemas (draft-07) for editors: one for unit files, one for stage files
(``_dokumen.yaml``, ``_interviu.yaml``, ``_visitasi.yaml``, ``_final.yaml``). Hovering an
indicator id or a value shows the indicator's name and the catalogue's criteria, per level or
per value range; values are limited to the scale.

The YAML language server reads a schema through a comment line of the file (the first one,
by convention): ``# yaml-language-server: $schema=../../spbe-assessment.schema.json`` in a unit
file, ``# yaml-language-server: $schema=../../spbe-stage.schema.json`` in a stage file.
"""

from __future__ import annotations

import json
from typing import Any

from spbe_cli.base.lang import Lang
from spbe_cli.domain.numbers import fmt, shown
from spbe_cli.domain.stage import EXTERNAL
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.model.models import ITEM_STAGES
from spbe_cli.problems.messages import message

SCHEMA_NAME = "spbe-assessment.schema.json"
STAGE_SCHEMA_NAME = "spbe-stage.schema.json"
DRAFT = "http://json-schema.org/draft-07/schema#"
MAX_TEXT = 20_000  # the models' Text


def _text(description: str) -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": MAX_TEXT,
        "description": description,
        "markdownDescription": description,
    }


def _date(description: str) -> dict[str, Any]:
    return {"type": "string", "format": "date", "description": description}


def _described(schema: dict[str, Any], text: str) -> dict[str, Any]:
    return {**schema, "description": text, "markdownDescription": text}


def _criteria(indicator: Indicator, catalogue: Catalogue, lang: Lang) -> str:
    """What hovering an indicator shows, in Markdown blocks: its name, weight and question, its
    level names with their criteria, and where the catalogue gives criteria by value range,
    each range's."""
    weight = message("schema_weight", lang, weight=fmt(indicator.weight, lang))
    blocks = [f"**{indicator.id} · {indicator.name}** ({weight})"]
    if indicator.question:
        blocks.append(f"_{indicator.question}_")
    levels = []
    for level in indicator.scale.levels:
        text = indicator.criteria.get(level.value)
        levels.append(f"- **{level.value} {level.name}**" + (f": {text}" if text else ""))
    blocks += ["\n".join(levels), *_ranges(indicator, catalogue, lang)]
    if indicator.external_source:
        blocks.append(message("schema_external", lang, source=indicator.external_source))
    return "\n\n".join(blocks)


def _ranges(indicator: Indicator, catalogue: Catalogue, lang: Lang) -> list[str]:
    """The criteria by value range (Pemdi 2026), written as every output writes a range
    (``nilai 1,51-2,50``), with the evidence each asks for, and where they come from; none
    where the criteria are per level."""
    if not indicator.ranges or indicator.criteria:
        return []
    lines = [message("schema_ranges", lang)]
    for found in indicator.ranges:
        low, high = shown(found.min, lang), shown(found.max, lang)
        line = f"- **{message('r_range', lang, low=low, high=high)}**: {found.criterion}"
        if found.evidence:
            line += " _(" + message("schema_range_evidence", lang, evidence=found.evidence) + ")_"
        lines.append(line)
    blocks = ["\n".join(lines)]
    if catalogue.criteria_source:
        blocks.append(f"_{message('criteria_source', lang)}: {catalogue.criteria_source}_")
    return blocks


# A fraction written as text, "7/6" (also "2.5" quoted): the models accept it where values may
# be decimal. ASCII digits only, and never a zero denominator ("7/0", "7/0.0"), as the models
# read it; no lookahead, so that every JSON Schema validator reads it alike.
FRACTION_TEXT = (
    r"^\s*[0-9]+(\.[0-9]+)?\s*"
    r"(/\s*([0-9]*[1-9][0-9]*(\.[0-9]+)?|[0-9]+\.[0-9]*[1-9][0-9]*)\s*)?$"
)


def _value(indicator: Indicator, lang: Lang, described: str, *, empty: bool) -> dict[str, Any]:
    """A value that may be decimal: a number in the scale's range, or an exact fraction written
    as text; ``empty``: null too ("belum diisi"). ``pattern`` applies to text only and the
    bounds to numbers only, so ``2,5`` (text to YAML) fails on the pattern alone: its
    ``patternErrorMessage`` (read by the YAML and JSON language servers, ignored by other
    validators as an unknown keyword) says to write a point, as the description does."""
    types = ["number", "string", "null"] if empty else ["number", "string"]
    text = f"{described}\n\n{message('schema_decimal_point', lang)}"
    return _described(
        {
            "type": types,
            "minimum": indicator.scale.low,
            "maximum": indicator.scale.high,
            "pattern": FRACTION_TEXT,
            "patternErrorMessage": message("schema_decimal_error", lang),
        },
        text,
    )


def _level(indicator: Indicator, decimal: bool, lang: Lang, described: str) -> dict[str, Any]:
    """Whole levels of the scale; with decimal values, any number in the scale's range or an
    exact fraction written as text."""
    if not decimal:
        levels: list[int | None] = [lv.value for lv in indicator.scale.levels]
        return _described({"type": ["integer", "null"], "enum": [*levels, None]}, described)
    return _value(indicator, lang, described, empty=True)


def _answer(indicator: Indicator, catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    described = _criteria(indicator, catalogue, lang)
    level = _level(indicator, catalogue.decimal, lang, described)
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
    return _described(
        {
            "type": "object",
            "additionalProperties": False,
            # `value:` is another name for `level:` (one of them, never both)
            "oneOf": [{"required": ["level"]}, {"required": ["value"]}],
            "properties": properties,
        },
        described,
    )


def editor_schema(catalogue: Catalogue, lang: Lang = "id") -> dict[str, Any]:
    """The schema of a unit file (``assessments/<year>/<unit>.yaml``)."""
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


def _year(lang: Lang) -> dict[str, Any]:
    return {
        "type": "integer",
        "minimum": 2000,
        "maximum": 2100,
        "description": message("schema_year", lang),
    }


def _file_properties(catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    """The top-level keys of an assessment file."""
    indicators = {i.id: _answer(i, catalogue, lang) for i in catalogue.indicators.values()}
    supports = {i.id: {"$ref": "#/definitions/contribution"} for i in catalogue.indicators.values()}
    return {
        "unit": {
            "type": "string",
            "pattern": r"^\S+$",
            "description": message("schema_unit", lang),
        },
        "name": _text(message("schema_name", lang)),
        "year": _year(lang),
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
            "date": _date(message("schema_date", lang)),
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


# --- stage files: assessments/<year>/_<stage>.yaml ----------------------------------------


def stage_schema(catalogue: Catalogue, lang: Lang = "id") -> dict[str, Any]:
    """The schema of a stage file, as ``StageResult`` reads it: the stage, the year, the
    assessors' value of each indicator (decimal at every external stage, never empty, inside
    the scale; ``value:`` is another name for ``level:``) and their recommendations. What
    needs the file's name or folder (the stage and year match them) or the registry (a unit
    in ``rekomendasi``) is left to ``spbe validate``."""
    values = {i.id: _stage_value(i, catalogue, lang) for i in catalogue.indicators.values()}
    return {
        "$schema": DRAFT,
        "$id": f"https://spbe.invalid/schema/{catalogue.id}/stage.json",
        "title": message("schema_stage_heading", lang, title=catalogue.title),
        "description": message("schema_made", lang, regulation=catalogue.regulation),
        "type": "object",
        "additionalProperties": False,
        "required": ["stage", "year"],
        "properties": {
            "stage": {
                "enum": [stage.value for stage in EXTERNAL],
                "description": message("schema_stage", lang),
            },
            "year": _year(lang),
            "assessor": _text(message("schema_assessor", lang)),
            "date": _date(message("schema_stage_date", lang)),
            "indicators": {
                "type": "object",
                "additionalProperties": False,
                "maxProperties": 1000,
                "properties": values,
                "description": message("schema_stage_indicators", lang),
            },
            "rekomendasi": {
                "type": "array",
                "maxItems": 1000,
                "items": _recommendation(catalogue, lang),
                "description": message("schema_recommendations", lang),
            },
        },
    }


def _stage_value(indicator: Indicator, catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    described = _criteria(indicator, catalogue, lang)
    value = _value(indicator, lang, described, empty=False)
    return _described(
        {
            "type": "object",
            "additionalProperties": False,
            "oneOf": [{"required": ["level"]}, {"required": ["value"]}],
            "properties": {
                "level": value,
                "value": value,
                "note": _text(message("schema_stage_note", lang)),
            },
        },
        described,
    )


def _recommendation(catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["indicator", "text"],
        "properties": {
            "indicator": {
                "enum": list(catalogue.indicators),
                "description": message("schema_rec_indicator", lang),
            },
            "text": _text(message("schema_rec_text", lang)),
            "unit": {
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "description": message("schema_rec_unit", lang),
            },
            "status": {
                "enum": ["open", "closed"],
                "description": message("schema_rec_status", lang),
            },
            "follow_up": _text(message("schema_follow_up", lang)),
            "follow_up_date": _date(message("schema_follow_up_date", lang)),
        },
    }


def _dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def render_schema(catalogue: Catalogue, lang: Lang = "id") -> str:
    """The unit-file schema as the file ``spbe schema`` and ``spbe init`` write."""
    return _dump(editor_schema(catalogue, lang))


def render_stage_schema(catalogue: Catalogue, lang: Lang = "id") -> str:
    """The stage-file schema as the file ``spbe schema --kind stage`` and ``spbe init`` write."""
    return _dump(stage_schema(catalogue, lang))
