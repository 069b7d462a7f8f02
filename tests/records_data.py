# SPDX-License-Identifier: Apache-2.0
"""A handful of parcels and records, written straight into a kiosk database, for the screens' tests."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from kiosk.core.records.addresses import address_key
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from kiosk.storage.records.parcel_order import ORDER_COLUMNS, order_values

T0 = dt.datetime(2026, 1, 5, 14, 0, tzinfo=dt.UTC)

PARCELS = [
    # parcel_id, map_block_lot, address, owner, land use, acres, zoning, value, built
    ("C07004000", "C07/4", "12 MAIN STREET", "SMITH, JOHN", "Single family", 0.5, "AA", 1250000, 1958),
    ("C07005000", "C07/5", "125 MAIN ST", "DOE, JANE", "Single family", 1.25, "AA", 990000, 2001),
    ("E09012000", "E09/12", "30 Pleasant Street", "MUÑOZ, ANA", "Two family", 0.3, "B", 640000, 1920),
] + [(f"F10{n:03d}000", f"F10/{n}", f"{n} OAK AVENUE", f"OWNER {n}", "Single family", 0.4, "A", 500000 + n, 1990)
     for n in range(1, 24)]           # 23 houses on Oak Avenue: more than one page of results

RECORDS = [
    # record_number, type, status, applied_on, parcel_id, address, description
    ("B-2026-0101", "Building permit", "Issued", dt.date(2026, 10, 30), "C07004000", "12 Main St",
     "Replace roof, 30 squares"),
    ("B-2024-0001", "Building permit", "Closed", dt.date(2024, 3, 1), "C07004000", "12 Main St", "Deck, 300 sq ft"),
    ("Z-2023-0007", "Zoning application", "Approved", dt.date(2023, 5, 9), "C07005000", "125 Main Street",
     "Variance for a side setback"),
    ("L-2022-0003", "Licence", "Expired", dt.date(2022, 1, 15), "E09012000", "30 PLEASANT ST", "Home occupation"),
]


def load_sample_records(engine: sa.Engine) -> dict[str, int]:
    """Writes the sample; returns the database id of each parcel and record by its town number."""
    pks: dict[str, int] = {}
    with engine.begin() as conn:
        for pid, mbl, address, owner, use, acres, zoning, value, built in PARCELS:
            pks[pid] = conn.execute(sa.insert(Parcel).values(
                parcel_id=pid, map_block_lot=mbl, address=address, address_key=address_key(address), owner=owner,
                land_use=use, lot_size_acres=acres, zoning=zoning, assessed_value=value, year_built=built,
                **dict(zip(ORDER_COLUMNS, order_values(address_key(address)), strict=True)),     # as an import writes them
            ).returning(Parcel.id)).scalar_one()
        for number, kind, status, applied, pid, address, description in RECORDS:
            pk = conn.execute(sa.insert(PublicRecord).values(
                source="town", record_number=number, record_type=kind, status=status, applied_on=applied,
                parcel_id=pks[pid], address=address, address_key=address_key(address), applicant="Pat Builder",
                description=description, valuation=25000).returning(PublicRecord.id)).scalar_one()
            pks[number] = pk
            conn.execute(sa.insert(RecordStatusHistory).values(record_id=pk, status="Applied", at=T0))
            conn.execute(sa.insert(RecordStatusHistory).values(record_id=pk, status=status,
                                                               at=T0 + dt.timedelta(days=9)))
    return pks
