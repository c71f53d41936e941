"""The one reading of ``SOURCE_DATE_EPOCH``: the moment reproducible outputs carry."""

from __future__ import annotations

import datetime as dt
import os
import re

_EPOCH = re.compile(r"[0-9]{1,12}")  # ASCII digits, within what a datetime holds


def source_date() -> dt.datetime | None:
    """The moment ``SOURCE_DATE_EPOCH`` names, in UTC; None when it is unset, not a number of
    seconds written in ASCII digits, or beyond what a date holds (never an error)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not _EPOCH.fullmatch(epoch):
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


__all__ = ["source_date"]
