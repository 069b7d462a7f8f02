# SPDX-License-Identifier: Apache-2.0
"""How a town's export is laid out, as its mapping says (the [import] keys): the readers in
kiosk.importing.tabular follow it, the mapping rules name columns by it. Here, not beside the
readers, so that the rules need nothing that reads files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TableShape:
    """How a town's export is laid out, where sniffing is not enough (the mapping's [import] keys)."""

    sheet: str | None = None        # .xlsx: the sheet's name (default: the first sheet)
    header_row: int = 1             # the header's line (CSV) or row (.xlsx); 0: no header, columns by position
    encoding: str | None = None     # CSV: None to sniff it
    delimiter: str | None = None    # CSV: None to sniff it

    def __post_init__(self) -> None:
        if self.header_row < 0:
            raise ValueError("header_row is 0 (no header) or a line number")


def position_name(position: int) -> str:
    """The name a column goes by in a file without a header (1 is the first): in reject reasons and
    as the reject file's header."""
    return f"column {position}"
