"""Assessment stages and their order.

The self-assessment (mandiri), the internal review, the external stages (dokumen, interviu,
visitasi, final) and the evidence-supported level (bukti). Each stage's value of an indicator falls
back to the stage before it (R59 Bab II.D: every stage verifies the one before); ``bukti`` falls
back to the self-assessment.
"""

from __future__ import annotations

from enum import Enum


class Stage(str, Enum):
    MANDIRI = "mandiri"
    REVIEW = "review"
    DOKUMEN = "dokumen"
    INTERVIU = "interviu"
    VISITASI = "visitasi"
    FINAL = "final"
    BUKTI = "bukti"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @property
    def external(self) -> bool:
        """Set by KemenPANRB's assessors and kept in ``_<stage>.yaml`` beside the unit files."""
        return self in EXTERNAL

    @property
    def chain(self) -> tuple[Stage, ...]:
        """The stages this one's values come from, in the order they apply (the first is the
        self-assessment; a later one replaces an earlier value)."""
        if self is Stage.BUKTI:
            return (Stage.MANDIRI, Stage.BUKTI)
        return ORDER[: ORDER.index(self) + 1]


EXTERNAL: tuple[Stage, ...] = (Stage.DOKUMEN, Stage.INTERVIU, Stage.VISITASI, Stage.FINAL)
ORDER: tuple[Stage, ...] = (Stage.MANDIRI, Stage.REVIEW, *EXTERNAL)  # the fall-back chain
