"""The ``spbe`` command line: the app and one module per command group.

Importing this package registers every command on :data:`app`.
"""

from __future__ import annotations

from spbe_cli.cli import catalogue, lifecycle, onboarding, report, score, sheet, site, validate
from spbe_cli.cli.app import app, main

__all__ = [
    "app",
    "catalogue",
    "lifecycle",
    "main",
    "onboarding",
    "report",
    "score",
    "sheet",
    "site",
    "validate",
]
