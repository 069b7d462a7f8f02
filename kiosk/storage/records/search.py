# SPDX-License-Identifier: Apache-2.0
"""Public record search on SQLite (FTS5) and PostgreSQL (kiosk.storage.records.pg_search), behind
kiosk.core.records.search.RecordSearch.

Only parcels and records are searched, never accounts or submissions. A query is cleaned (no
control characters, capped), split into words, and matched word by word: each a whole word of
the indexed columns, except the last, which is still being typed and is matched as the prefix of
one ("12 ma" finds 12 MAIN ST, not 125 MAIN ST). The words are the address words after
address_key() (so "12 main street" looks for "12 MAIN ST"), and as typed for parcel ids,
map-block-lots, record numbers and (only where the pack publishes them) owners. Every word
reaches the database as a bound value: on SQLite as a quoted FTS5 phrase ("word", the last
"word"*; inner quotes doubled; FTS5 splits it into its runs of letters and digits, which must
follow one another, and folds accents), on PostgreSQL as the same phrase, split and folded by
the database (kiosk.storage.records.pg_search), against the stored words of migration 0019.
A typed map-block-lot is also looked up in its stored form ("000201/000086" -> "201/86"), and a
typed record or parcel number by its letters and digits alone (kiosk.core.records.search.number_key, an
indexed column of its own): "14-1" finds Cary's "14 - 1" and lists it first, before the thousand
other numbers its words 14 and 1* match.
Totals are counted up to COUNT_CAP, so a one-letter query does not count half the town; a query
whose words match more than CANDIDATES rows (records: without record filters) is ordered among
the newest CANDIDATES of them, on both engines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.records.addresses import query_key
from kiosk.core.records.search import (
    COUNT_CAP,
    NO_RESULTS,
    ParcelDetail,
    ParcelHit,
    QueryKind,
    RecordDetail,
    RecordHit,
    SearchQuery,
    SearchResults,
    StatusChange,
    bounded_page,
    classify,
    clean_text,
    mbl_candidates,
    number_key,
    tokens,
)
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from kiosk.storage.records.parcel_order import by_address
from kiosk.storage.records.pg_search import PgQuery, search_postgresql

# A query whose words match more rows than this is ordered (by address, by date) among
# the newest this many of them: "b-20" matches every permit since 2000, and sorting them all would
# take a tenth of a second; the count (COUNT_CAP) is reached either way, and a longer query narrows.
CANDIDATES = 2000
_MATCHES = sa.func.count().over().label("matches")     # every match, counted as the page is cut from them


Typed = list[tuple[str, bool]]        # the words, each with whether it is matched as a prefix


def _as_typed(words: list[str]) -> Typed:
    """Only the last word is still being typed: it is matched as a prefix, the others whole."""
    return [(w, i == len(words) - 1) for i, w in enumerate(words)]


def _fts_all(words: list[str]) -> str:
    return " AND ".join('"' + w.replace('"', '""') + ('"*' if prefix else '"') for w, prefix in _as_typed(words))


class SqlRecordSearch:
    """RecordSearch over the kiosk's database. ``owners_public`` comes from the town's pack: when
    False, owners (and applicants) are neither searched nor returned."""

    def __init__(self, sessions: sessionmaker[Session], owners_public: bool = False) -> None:
        self._sessions = sessions
        self._owners_public = owners_public
        self._dialect: str | None = None

    # --- search ------------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        words = pg_query(query)
        text, raw, address, number, limit, offset = (words.text, words.raw, words.address, words.number,
                                                     words.limit, words.offset)
        kind = classify(text)
        with self._sessions() as s:
            dialect = self._dialect_of(s)
            if dialect == "postgresql":
                pg_found = search_postgresql(s, words, query, self._owners_public)
                if pg_found is None:
                    return NO_RESULTS
                parcel_hits, total_parcels, more_parcels, record_hits, total_records, more_records = pg_found
                return SearchResults(parcel_hits, record_hits, total_parcels, total_records,
                                     kind if raw else QueryKind.EMPTY, more_parcels, more_records)
            parcel_where = self._parcel_condition(text, raw, address, number) if raw else None
            record_filter = self._record_filters(query)
            # Filtered records are looked for among all that match the words, so that none is missed.
            record_where = (self._record_condition(raw, address, number, capped=record_filter is None)
                            if raw else None)
            if record_where is None and record_filter is None:
                return NO_RESULTS
            if record_filter is not None:
                record_where = record_filter if record_where is None else sa.and_(record_where, record_filter)
            assert record_where is not None

            parcels: list[ParcelHit] = []
            total_parcels, more_parcels = 0, False
            if parcel_where is not None:
                exact = sa.or_(Parcel.parcel_id.in_(self._exact(text)),
                               Parcel.map_block_lot.in_(mbl_candidates(text) or [""]),
                               Parcel.address_key == " ".join(address))
                rows = s.execute(sa.select(Parcel, _MATCHES).where(parcel_where)
                                 .order_by(_exact_first(exact, Parcel.number_key, number),
                                           *by_address(dialect), Parcel.parcel_id, Parcel.id)
                                 .limit(limit).offset(offset)).all()
                parcels = [self._parcel_hit(p) for p, _n in rows]
                total_parcels, more_parcels = _total(s, Parcel, parcel_where, rows, offset)

            # The number as typed first, then the number whatever its spaces and punctuation.
            exact = PublicRecord.record_number.in_(self._exact(text))
            found = s.execute(sa.select(PublicRecord, _MATCHES).where(record_where)
                              .order_by(_exact_first(exact, PublicRecord.number_key, number),
                                        sa.func.coalesce(PublicRecord.applied_on, PublicRecord.issued_on)
                                        .desc().nulls_last(),
                                        PublicRecord.id.desc())
                              .limit(limit).offset(offset)).all()
            records: list[RecordHit] = [_record_hit(r) for r, _n in found]
            total_records, more_records = _total(s, PublicRecord, record_where, found, offset)
        return SearchResults(parcels, records, total_parcels, total_records,
                             kind if raw else QueryKind.EMPTY, more_parcels, more_records)

    @staticmethod
    def _exact(text: str) -> list[str]:
        return _exact(text)

    def _parcel_condition(self, text: str, raw: list[str], address: list[str],
                          number: str | None) -> Any:
        exact: list[sa.ColumnElement[bool]] = [Parcel.parcel_id.in_(self._exact(text))]
        if mbls := mbl_candidates(text):
            exact.append(Parcel.map_block_lot.in_(mbls))
        if number is not None:
            exact.append(Parcel.number_key == number)
        parts = [f"{{parcel_id map_block_lot}} : ({_fts_all(raw)})"]
        if address:
            parts.append(f"{{address_key}} : ({_fts_all(address)})")
        if self._owners_public:
            parts.append(f"{{owner}} : ({_fts_all(raw)})")
        # One IN over a union, not an OR of conditions: an OR with a sub-select scans every parcel.
        exact_ids = sa.select(Parcel.id).where(sa.or_(*exact))
        found = _fts_rowids("parcels_fts", " OR ".join(parts), CANDIDATES).subquery()
        return Parcel.id.in_(sa.union(exact_ids, sa.select(found.c.rowid)))

    def _record_condition(self, raw: list[str], address: list[str], number: str | None,
                          capped: bool = False) -> Any:
        """The records the words match, and (by number_key, indexed) the number typed however it
        was spaced, which the words alone may leave among thousands: "14 - 1" is the words 14 and
        1*, and so are "14 - 10" and "14 - 1999"."""
        exact = PublicRecord.number_key == number if number is not None else None
        parts = [f"{{record_number}} : ({_fts_all(raw)})"]
        if address:
            parts.append(f"{{address_key}} : ({_fts_all(address)})")
        found = _fts_rowids("records_fts", " OR ".join(parts), CANDIDATES if capped else None)
        if exact is None:
            return PublicRecord.id.in_(found)
        # As for parcels: one IN over a union, and the exact ones whatever the candidates cap leaves out.
        return PublicRecord.id.in_(sa.union(sa.select(PublicRecord.id).where(exact),
                                            sa.select(found.subquery().c.rowid)))

    @staticmethod
    def _record_filters(query: SearchQuery) -> Any:
        conditions = []
        if query.record_type is not None:
            conditions.append(PublicRecord.record_type == query.record_type)
        if query.status is not None:
            conditions.append(PublicRecord.status == query.status)
        day = sa.func.coalesce(PublicRecord.applied_on, PublicRecord.issued_on)
        if query.date_from is not None:
            conditions.append(day >= query.date_from)
        if query.date_to is not None:
            conditions.append(day <= query.date_to)
        return sa.and_(*conditions) if conditions else None

    # --- details -----------------------------------------------------------------------------------

    def parcel(self, parcel_pk: int) -> ParcelDetail | None:
        with self._sessions() as s:
            p = s.get(Parcel, parcel_pk)
            if p is None:
                return None
            rows = s.execute(sa.select(PublicRecord).where(PublicRecord.parcel_id == p.id)
                             .order_by(sa.func.coalesce(PublicRecord.applied_on, PublicRecord.issued_on)
                                       .desc().nulls_last(), PublicRecord.id.desc())).scalars()
            return ParcelDetail(pk=p.id, parcel_id=p.parcel_id, map_block_lot=p.map_block_lot, address=p.address,
                                owner=p.owner if self._owners_public else None, land_use=p.land_use,
                                lot_size_acres=p.lot_size_acres, zoning=p.zoning, assessed_value=p.assessed_value,
                                year_built=p.year_built, records=tuple(_record_hit(r) for r in rows))

    def record(self, record_pk: int) -> RecordDetail | None:
        with self._sessions() as s:
            r = s.get(PublicRecord, record_pk)
            if r is None:
                return None
            parcel = s.get(Parcel, r.parcel_id) if r.parcel_id is not None else None
            history = s.execute(sa.select(RecordStatusHistory.status, RecordStatusHistory.at)
                                .where(RecordStatusHistory.record_id == r.id)
                                .order_by(RecordStatusHistory.at, RecordStatusHistory.id)).all()
            return RecordDetail(pk=r.id, source=r.source, record_number=r.record_number, record_type=r.record_type,
                                status=r.status, applied_on=r.applied_on, issued_on=r.issued_on,
                                closed_on=r.closed_on, description=r.description,
                                applicant=r.applicant if self._owners_public else None, valuation=r.valuation,
                                address=r.address, parcel=self._parcel_hit(parcel) if parcel else None,
                                history=tuple(StatusChange(status, at) for status, at in history))

    def facets(self) -> tuple[list[str], list[str]]:
        with self._sessions() as s:
            types = s.execute(sa.select(PublicRecord.record_type).where(PublicRecord.record_type.is_not(None))
                              .distinct().order_by(PublicRecord.record_type)).scalars().all()
            statuses = s.execute(sa.select(PublicRecord.status).where(PublicRecord.status.is_not(None))
                                 .distinct().order_by(PublicRecord.status)).scalars().all()
        return list(cast("Sequence[str]", types)), list(cast("Sequence[str]", statuses))    # NULLs left out above

    # --- helpers -----------------------------------------------------------------------------------

    def _dialect_of(self, s: Session) -> str:
        if self._dialect is None:
            self._dialect = s.get_bind().dialect.name
        return self._dialect

    def _parcel_hit(self, p: Parcel) -> ParcelHit:
        return ParcelHit(pk=p.id, parcel_id=p.parcel_id, map_block_lot=p.map_block_lot, address=p.address,
                         owner=p.owner if self._owners_public else None)


def _exact(text: str) -> list[str]:
    return list(dict.fromkeys((text, text.upper())))


def pg_query(query: SearchQuery) -> PgQuery:
    """What the query looks for on either engine: its words, address words, number and page."""
    text = clean_text(query.text)
    raw = tokens(text)
    limit, offset = bounded_page(query)
    address = tokens(query_key(text)) if raw else []      # uncached: no query outlives the visit
    return PgQuery(text, raw, address, number_key(text) or None, _exact(text), mbl_candidates(text), limit, offset)


def _exact_first(exact: Any, number_column: Any, number: str | None) -> Any:
    """0 for what matches as typed, 1 for the number typed with other spaces and punctuation, 2 the rest."""
    ranks = [(exact, 0)] + ([(number_column == number, 1)] if number is not None else [])
    return sa.case(*ranks, else_=2)


def _fts_rowids(fts: str, match: str, candidates: int | None = None) -> Any:
    """The rowids FTS5 matches; with ``candidates``, only that many, newest rows first (FTS5 reads
    its index in rowid order, so this stops early however many rows a short word matches)."""
    table = sa.table(fts, sa.column("rowid"))
    found = sa.select(table.c.rowid).where(sa.literal_column(fts).op("MATCH")(sa.literal(match, sa.String)))
    return found if candidates is None else found.order_by(table.c.rowid.desc()).limit(candidates)


def _total(s: Session, model: Any, where: Any, rows: Sequence[Any], offset: int) -> tuple[int, bool]:
    """(how many match, up to COUNT_CAP; whether there are more), from the count each row of the
    page carries (_MATCHES: the matches were all looked at to order them anyway); only a page past
    the end has to count again."""
    if rows:
        n = rows[0][1]
    elif offset == 0:
        n = 0
    else:
        found = sa.select(model.id).where(where).limit(COUNT_CAP + 1).subquery()
        n = s.execute(sa.select(sa.func.count()).select_from(found)).scalar_one()
    return min(n, COUNT_CAP), n > COUNT_CAP


def _record_hit(r: PublicRecord) -> RecordHit:
    return RecordHit(pk=r.id, source=r.source, record_number=r.record_number, record_type=r.record_type,
                     status=r.status, applied_on=r.applied_on, issued_on=r.issued_on, address=r.address,
                     parcel_pk=r.parcel_id)
