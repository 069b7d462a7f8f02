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


# Words in a town's status names that say how a record stands, for the coloured chip beside the
# status (the chip always carries the status's own words too: colour is never the only sign).
_GOOD = ("issued", "approved", "final", "complete", "active", "passed", "granted", "certificate", "valid", "paid")
_BAD = ("denied", "expired", "revoked", "rejected", "void", "withdrawn", "cancel", "failed", "suspended", "lapsed")
_WAIT = ("pending", "applied", "review", "submitted", "received", "open", "hold", "incomplete", "waiting",
         "progress", "filed", "scheduled")


def status_kind(status: str | None) -> str:
    """"good", "bad", "wait" or "other", from the words of a town's status ("Issued", "Expired")."""
    words = (status or "").lower()
    for kind, keys in (("bad", _BAD), ("wait", _WAIT), ("good", _GOOD)):
        if any(key in words for key in keys):
            return kind
    return "other"
