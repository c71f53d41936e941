"""spbe: the Indonesian SPBE self-assessment (penilaian mandiri Indeks SPBE) as code."""

__version__ = "0.1.0"
