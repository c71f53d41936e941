"""Names of output formats and languages: cheap to import, so the CLI can offer them in --help."""

from __future__ import annotations

from enum import Enum


class ScoreFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


class LangChoice(str, Enum):
    id = "id"
    en = "en"


class ProblemFormat(str, Enum):
    auto = "auto"
    text = "text"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"
    sarif = "sarif"
    json = "json"


class ReportFormat(str, Enum):
    html = "html"
    md = "md"
    pdf = "pdf"


class OutputChoice(str, Enum):
    table = "table"
    json = "json"
    md = "md"


class ConvertFormat(str, Enum):
    table = "table"
    json = "json"
    yaml = "yaml"


class CsvDialect(str, Enum):
    excel_id = "excel-id"  # Excel in the id-ID locale: `;`, decimal comma, UTF-8 BOM, CRLF
    rfc4180 = "rfc4180"  # `,`, decimal point, no BOM, CRLF line ends as RFC 4180 writes them


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"
    portal = "portal"
