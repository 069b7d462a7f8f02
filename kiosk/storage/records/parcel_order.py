# SPDX-License-Identifier: Apache-2.0
"""The order parcels are listed in: by street, then house number as a number, then unit.

Sorting the address text would put 10, 1007 and 1015 MAIN ST before 2 MAIN ST. So each parcel
carries its address's kiosk.core.records.addresses.address_order in three columns (migration 0007),
written wherever address_key is (the importer, the demo loader) and compared as bytes on both
engines: PostgreSQL's locale collations skip spaces, which would put MAINE RD between two
MAIN ST addresses, so its comparisons use the "C" collation, which SQLite's BINARY matches.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement

from kiosk.core.records.addresses import address_order
from kiosk.storage.models import Parcel

ORDER_COLUMNS = ("street_sort", "house_number", "unit_sort")
_CHARS = 200                # the columns' length


def order_values(address_key: str | None) -> tuple[str | None, int | None, str | None]:
    """The ORDER_COLUMNS of a parcel with this address_key (all None without one)."""
    order = address_order(address_key)
    if order is None:
        return None, None, None
    return order.street[:_CHARS], order.number, order.unit[:_CHARS]


def by_address(dialect: str) -> list[ColumnElement[Any]]:
    """ORDER BY terms: parcels without an address last, a street's addresses without a number first;
    address_key breaks ties (and orders rows written before the columns were filled, in tests)."""
    def text(column: Any) -> Any:
        return column.collate("C") if dialect == "postgresql" else column

    return [text(Parcel.street_sort).asc().nulls_last(), Parcel.house_number.asc().nulls_first(),
            text(Parcel.unit_sort).asc().nulls_first(), text(Parcel.address_key).asc().nulls_last()]
