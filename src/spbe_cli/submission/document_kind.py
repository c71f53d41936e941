"""The documents ``spbe document`` makes (light: the command line imports it at start)."""

from __future__ import annotations

from enum import Enum


class DocumentKind(str, Enum):
    """What an instansi signs around the self-assessment (59/2020 Bab II.D.1 names the first two;
    the worksheet and the notes are what coordination teams hand to their units)."""

    BERITA_ACARA = "berita-acara"  # Berita Acara Penilaian Mandiri: Ketua and Koordinator
    PERSETUJUAN_PUBLIKASI = "persetujuan-publikasi"  # consent to publish: the Koordinator
    LEMBAR_KERJA = "lembar-kerja"  # one unit's worksheet, for its head to sign
    CATATAN = "catatan"  # per unit, the evidence items sent back and what to fix

    def __str__(self) -> str:
        return self.value

    @property
    def per_unit(self) -> bool:
        """Made for one unit only (``--unit`` is required)."""
        return self is DocumentKind.LEMBAR_KERJA
