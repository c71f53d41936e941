"""What a problem code means: one :class:`Rule` per code, in the tables of ``problems.tables``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from spbe_cli.base.lang import Lang


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


E, W = Severity.ERROR, Severity.WARNING


@dataclass(frozen=True)
class Rule:
    """Everything about one problem code: its severity, the message a located problem prints
    (with ``{placeholders}``), and the title and explanation ``spbe explain`` and SARIF show."""

    code: str
    severity: Severity
    message: dict[Lang, str]
    title: dict[Lang, str]
    text: dict[Lang, str]
