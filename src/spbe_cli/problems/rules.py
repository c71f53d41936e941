"""The rule table: every problem code, gathered from the tables of each family."""

from __future__ import annotations

from spbe_cli.problems.rule import Rule, Severity
from spbe_cli.problems.tables import (
    across,
    catalogue,
    content,
    documents,
    reading,
    shape,
    workbook,
)

RULES: dict[str, Rule] = {
    rule.code: rule
    for family in (reading, shape, across, content, catalogue, workbook, documents)
    for rule in family.RULES
}

# Codes no longer reported, with the release that retired them. A retired code is never reused.
RETIRED: dict[str, str] = {
    "C019": "0.1.0",  # a claimed level without an item at that level: reported by C014
}


__all__ = ["RETIRED", "RULES", "Rule", "Severity"]
