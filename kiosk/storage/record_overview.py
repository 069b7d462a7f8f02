# SPDX-License-Identifier: Apache-2.0
"""What public records are loaded: any at all, their types and statuses, the oldest year."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.demo_records import RECORD_SOURCE as DEMO_SOURCE
from kiosk.core.record_filters import RecordsOverview
from kiosk.storage.models import Parcel, PublicRecord


def records_overview(sessions: sessionmaker[Session]) -> RecordsOverview:
    with sessions() as s:
        has_parcels = s.execute(sa.select(sa.exists().where(Parcel.id.is_not(None)))).scalar_one()
        has_records = s.execute(sa.select(sa.exists().where(PublicRecord.id.is_not(None)))).scalar_one()
        if not has_records:
            return RecordsOverview(bool(has_parcels), False)
        types = s.execute(sa.select(PublicRecord.record_type).where(PublicRecord.record_type.is_not(None))
                          .distinct().order_by(PublicRecord.record_type)).scalars().all()
        statuses = s.execute(sa.select(PublicRecord.status).where(PublicRecord.status.is_not(None))
                             .distinct().order_by(PublicRecord.status)).scalars().all()
        demo = s.execute(sa.select(sa.exists().where(PublicRecord.source == DEMO_SOURCE))).scalar_one()
        first = s.execute(sa.select(sa.func.min(sa.func.coalesce(PublicRecord.applied_on, PublicRecord.issued_on))))\
            .scalar_one()
    if isinstance(first, str):            # SQLite hands back the stored text for a function's result
        first = int(first[:4]) if first[:4].isdigit() else None
    else:
        first = first.year if first is not None else None
    return RecordsOverview(bool(has_parcels), True, tuple(types), tuple(statuses), first, bool(demo))
