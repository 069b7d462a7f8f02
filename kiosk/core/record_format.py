# SPDX-License-Identifier: Apache-2.0
"""Public record values as a resident reads them, on screen and on paper: one place for each."""

from __future__ import annotations

MISSING = "\u2014"                      # an em dash: "not recorded"


def money(value: int | None) -> str:
    return MISSING if value is None else f"${value:,}"


def acres(value: float | None) -> str:
    return MISSING if value is None else f"{value:,.2f}"


def plain(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text or MISSING
