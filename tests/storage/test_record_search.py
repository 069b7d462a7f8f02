# SPDX-License-Identifier: Apache-2.0
"""Public record search on every engine (SQLite FTS5, PostgreSQL pg_trgm): each kind of key,
owners only where public, filters, paging, details, the index kept in step with imports, and
any text at all as a query.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.core.records.addresses import address_key
from kiosk.core.records.search import (
    COUNT_CAP,
    QueryKind,
    SearchQuery,
    SearchResults,
    classify,
    clean_text,
    mbl_candidates,
    tokens,
)
from kiosk.storage.database import session_factory
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from kiosk.storage.records.search import SqlRecordSearch
from tests.storage.test_record_import import (
    CARY_PERMITS,
    LYME_PERMITS,
    LYME_ROLL,
    do_import,
    needs_realdata,
)

T0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

PARCELS = [
    # parcel_id, map_block_lot, address, owner
    ("100", "201/86", "12 MAIN STREET", "SMITH, JOHN"),
    ("101", "201/87", "125 MAIN ST", "DOE, JANE"),
    ("200", "7/3", "30 Pleasant Street", "O'BRIEN, MARY"),
    ("300", "12/1", "5 OAK AVENUE", "GARCIA, LUIS"),
    ("R-17", "R01/17/A", "1 NORTH ROAD", "100% PURE LLC"),
]
RECORDS = [
    # record_number, type, status, applied_on, parcel_id, address
    ("B-2024-0001", "Building permit", "Issued", dt.date(2024, 3, 1), "100", "12 Main St"),
    ("B-2024-0002", "Building permit", "Applied", dt.date(2024, 6, 1), "100", "12 Main St"),
    ("Z-2023-0007", "Zoning application", "Approved", dt.date(2023, 5, 9), "101", "125 Main Street"),
    ("L-2022-0003", "Licence", "Expired", dt.date(2022, 1, 15), "200", "30 PLEASANT ST"),
    ("B-2021-0100", "Building permit", "Closed", None, "300", "5 Oak Ave"),
]


@pytest.fixture
def loaded(engine: sa.Engine) -> sa.Engine:
    with engine.begin() as conn:
        pks = {}
        for pid, mbl, address, owner in PARCELS:
            pks[pid] = conn.execute(sa.insert(Parcel).values(
                parcel_id=pid, map_block_lot=mbl, address=address, address_key=address_key(address), owner=owner,
                land_use="SINGLE FAM", assessed_value=250000).returning(Parcel.id)).scalar_one()
        for number, kind, status, applied, pid, address in RECORDS:
            pk = conn.execute(sa.insert(PublicRecord).values(
                source="town", record_number=number, record_type=kind, status=status, applied_on=applied,
                parcel_id=pks[pid], address=address, address_key=address_key(address), applicant="Pat Builder",
                description=f"{kind} {number}").returning(PublicRecord.id)).scalar_one()
            conn.execute(sa.insert(RecordStatusHistory).values(record_id=pk, status="Applied", at=T0))
            if status != "Applied":
                conn.execute(sa.insert(RecordStatusHistory).values(record_id=pk, status=status,
                                                                   at=T0 + dt.timedelta(days=9)))
    return engine


def searcher(engine: sa.Engine, owners_public: bool = False) -> SqlRecordSearch:
    return SqlRecordSearch(session_factory(engine), owners_public=owners_public)


def find(engine: sa.Engine, text: str, owners_public: bool = False, **kw) -> SearchResults:
    return searcher(engine, owners_public).search(SearchQuery(text, **kw))


def parcel_ids(results: SearchResults) -> list[str]:
    return [p.parcel_id for p in results.parcels]


def record_numbers(results: SearchResults) -> list[str]:
    return [r.record_number for r in results.records]


# --- each kind of key ---------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["12 main st", "12 MAIN STREET", "12 Main Street", "  12   main  st. "])
def test_an_address_finds_its_parcel_and_records_however_it_is_written(loaded, typed):
    results = find(loaded, typed)

    assert parcel_ids(results) == ["100"] and results.total_parcels == 1     # "12" typed whole: not 125
    assert set(record_numbers(results)) == {"B-2024-0001", "B-2024-0002"}
    assert results.parcels[0].address == "12 MAIN STREET"


def test_the_word_being_typed_is_a_prefix_the_others_whole(loaded):
    assert set(parcel_ids(find(loaded, "12"))) == {"100", "101", "300"}   # 12 MAIN, 125 MAIN, map-block-lot 12/1
    assert parcel_ids(find(loaded, "12 ma")) == ["100"]
    assert parcel_ids(find(loaded, "125 ma")) == ["101"]
    assert set(record_numbers(find(loaded, "b-2024"))) == {"B-2024-0001", "B-2024-0002"}
    assert record_numbers(find(loaded, "b-2024 12")) == []        # a record number is one word


def test_as_you_type_prefixes_match(loaded):
    assert parcel_ids(find(loaded, "30 plea")) == ["200"]
    assert set(parcel_ids(find(loaded, "main"))) == {"100", "101"}
    assert parcel_ids(find(loaded, "5 oak avenue")) == ["300"]
    assert parcel_ids(find(loaded, "1 north rd")) == ["R-17"]


@pytest.mark.parametrize("typed", ["100", "201/86", "000201/000086", "0201 / 086", "201-86"])
def test_a_parcel_id_or_map_block_lot_finds_the_parcel(loaded, typed):
    results = find(loaded, typed)

    assert parcel_ids(results)[0] == "100"
    assert classify(typed.strip()) in (QueryKind.PARCEL, QueryKind.RECORD)


def test_a_map_block_lot_with_letters(loaded):
    assert parcel_ids(find(loaded, "R01/17/A")) == ["R-17"]
    assert parcel_ids(find(loaded, "r01/017/a")) == ["R-17"]
    assert parcel_ids(find(loaded, "R-17")) == ["R-17"]
    assert mbl_candidates("000201/000086/") == ["201/86"]


@pytest.mark.parametrize("typed", ["B-2024-0001", "b-2024-0001", " B-2024-0001 "])
def test_a_record_number_finds_the_record(loaded, typed):
    results = find(loaded, typed)

    assert record_numbers(results) == ["B-2024-0001"]
    assert results.records[0].parcel_pk == find(loaded, "100").parcels[0].pk


def test_a_record_number_prefix_finds_every_record_it_starts(loaded):
    assert record_numbers(find(loaded, "B-2024-000")) == ["B-2024-0002", "B-2024-0001"]    # newest first
    assert record_numbers(find(loaded, "b-20")) == ["B-2024-0002", "B-2024-0001", "B-2021-0100"]


def test_owners_are_searched_and_shown_only_where_the_pack_publishes_them(loaded):
    hidden = find(loaded, "smith")
    assert hidden.total_parcels == 0 and parcel_ids(hidden) == []
    assert all(p.owner is None for p in find(loaded, "main").parcels)

    shown = find(loaded, "smith", owners_public=True)
    assert parcel_ids(shown) == ["100"] and shown.parcels[0].owner == "SMITH, JOHN"
    assert parcel_ids(find(loaded, "o'brien", owners_public=True)) == ["200"]
    assert parcel_ids(find(loaded, "john smith", owners_public=True)) == ["100"]
    assert parcel_ids(find(loaded, "100% pure", owners_public=True)) == ["R-17"]
    assert parcel_ids(find(loaded, "100%", owners_public=False)) == ["100"]   # the parcel id, not the owner


def test_nothing_found_is_empty_results(loaded):
    for text in ("zzzz", "99 nowhere ln", "", "   ", "\"*():^-", "%", "_"):
        results = find(loaded, text)
        assert (results.total_parcels, results.total_records, list(results.parcels), list(results.records)) \
            == (0, 0, [], []), text
        assert results.empty


def test_an_empty_database_finds_nothing(engine):
    assert find(engine, "12 main st").empty


def test_wildcards_are_literal(loaded):
    assert find(loaded, "1_2 main").total_parcels == 0
    assert find(loaded, "1%5 main").total_parcels == 0
    assert find(loaded, "%main%").total_parcels == 2      # punctuation at the ends of a word is dropped
    assert find(loaded, "B-%-0001").total_records == 0
    assert find(loaded, "B-20%").total_records == 3        # as "B-20": a prefix


# --- filters, paging, details ---------------------------------------------------------------------------

def test_record_filters(loaded):
    assert record_numbers(find(loaded, "main", record_type="Building permit")) == ["B-2024-0002", "B-2024-0001"]
    assert record_numbers(find(loaded, "main", status="Approved")) == ["Z-2023-0007"]
    assert record_numbers(find(loaded, "main", date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 31))) \
        == ["B-2024-0001"]
    assert record_numbers(find(loaded, "main", record_type="Licence")) == []
    # Filters alone browse every record; parcels are not filtered by record fields, so none come back.
    browse = find(loaded, "", record_type="Building permit")
    assert record_numbers(browse) == ["B-2024-0002", "B-2024-0001", "B-2021-0100"]   # newest first, undated last
    assert browse.total_parcels == 0
    assert record_numbers(find(loaded, "", date_to=dt.date(2022, 12, 31))) == ["L-2022-0003"]


def test_paging(engine):
    with engine.begin() as conn:
        conn.execute(sa.insert(Parcel), [
            {"parcel_id": f"E{n}", "address": f"{n} ELM STREET", "address_key": address_key(f"{n} ELM STREET")}
            for n in range(1, 46)])
    pages = [find(engine, "elm st", page=n, page_size=20) for n in range(4)]

    assert [len(p.parcels) for p in pages] == [20, 20, 5, 0]
    assert {p.total_parcels for p in pages} == {45}
    seen = [hit.parcel_id for page in pages for hit in page.parcels]
    assert len(seen) == len(set(seen)) == 45
    assert len(find(engine, "elm", page=-3, page_size=10**6).parcels) == 45     # forced into range



def test_totals_are_counted_up_to_a_cap(engine):
    with engine.begin() as conn:
        conn.execute(sa.insert(Parcel), [
            {"parcel_id": f"E{n}", "address": f"{n} ELM STREET", "address_key": address_key(f"{n} ELM STREET")}
            for n in range(1, COUNT_CAP + 3)])

    many = find(engine, "elm")
    assert (many.total_parcels, many.more_parcels, len(many.parcels)) == (COUNT_CAP, True, 20)
    assert (many.total_records, many.more_records) == (0, False)
    last_page = find(engine, "elm", page=COUNT_CAP // 20, page_size=20)       # paging goes on past the cap
    assert [p.address for p in last_page.parcels] == ["998 ELM STREET", "999 ELM STREET"]   # text order
    few = find(engine, "12")
    assert (few.total_parcels, few.more_parcels) == (len([n for n in range(1, COUNT_CAP + 3)
                                                           if str(n).startswith("12")]), False)
    assert find(engine, "12 elm").total_parcels == 1                  # "12" typed whole: the house number


def test_parcel_and_record_details(loaded):
    search = searcher(loaded)
    hit = find(loaded, "100").parcels[0]

    parcel = search.parcel(hit.pk)
    assert (parcel.parcel_id, parcel.map_block_lot, parcel.address, parcel.owner, parcel.land_use,
            parcel.assessed_value) == ("100", "201/86", "12 MAIN STREET", None, "SINGLE FAM", 250000)
    assert [r.record_number for r in parcel.records] == ["B-2024-0002", "B-2024-0001"]

    record = search.record(parcel.records[1].pk)
    assert (record.record_number, record.record_type, record.status, record.applied_on, record.applicant) == \
        ("B-2024-0001", "Building permit", "Issued", dt.date(2024, 3, 1), None)
    assert [(h.status, h.at) for h in record.history] == [("Applied", T0), ("Issued", T0 + dt.timedelta(days=9))]
    assert record.parcel.parcel_id == "100"

    public = searcher(loaded, owners_public=True)
    assert public.parcel(hit.pk).owner == "SMITH, JOHN"
    assert public.record(record.pk).applicant == "Pat Builder"
    assert search.parcel(10**6) is None and search.record(10**6) is None
    assert search.facets() == (["Building permit", "Licence", "Zoning application"],
                               ["Applied", "Approved", "Closed", "Expired", "Issued"])


def test_the_index_follows_updates_and_deletes(loaded):
    with loaded.begin() as conn:
        conn.execute(sa.update(Parcel).where(Parcel.parcel_id == "300")
                     .values(address="7 BIRCH LANE", address_key=address_key("7 BIRCH LANE")))
        conn.execute(sa.delete(PublicRecord).where(PublicRecord.record_number == "L-2022-0003"))
        conn.execute(sa.delete(Parcel).where(Parcel.parcel_id == "200"))

    assert find(loaded, "5 oak ave").total_parcels == 0
    assert parcel_ids(find(loaded, "7 birch ln")) == ["300"]
    assert find(loaded, "L-2022-0003").total_records == 0
    assert find(loaded, "30 pleasant").empty
    if loaded.dialect.name == "sqlite":
        with loaded.begin() as conn:       # raises if the FTS index and its tables disagree
            conn.exec_driver_sql("INSERT INTO parcels_fts(parcels_fts) VALUES ('integrity-check')")
            conn.exec_driver_sql("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")


def test_accounts_are_never_searched(loaded):
    with loaded.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (username, username_key, password_hash, security_question, security_answer_hash,"
            " first_name, last_name, street, city, state, zip_code, phone, email, created_at, updated_at) VALUES"
            " ('zed', 'zed', 'x', 'q', 'a', 'Zed', 'Quimby', '77 Hidden Way', 'Westport', 'CT', '06880', '',"
            " '', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00')")
    assert find(loaded, "77 hidden way", owners_public=True).empty
    assert find(loaded, "quimby", owners_public=True).empty


# --- the real Lyme roll -----------------------------------------------------------------------------------

@needs_realdata
def test_the_real_lyme_roll_and_permits(engine, tmp_path):
    do_import(engine, LYME_ROLL, "lyme_vgsi_parcels.toml", tmp_path / "roll.rej.csv")
    do_import(engine, LYME_PERMITS, "lyme_zoning_permits_xlsx.toml", tmp_path / "permits.rej.csv")
    do_import(engine, LYME_ROLL, "lyme_vgsi_parcels.toml", tmp_path / "roll2.rej.csv")   # re-import: upserts

    assert parcel_ids(find(engine, "30 pleasant street"))[0] == "123"
    assert parcel_ids(find(engine, "123"))[0] == "123"
    assert parcel_ids(find(engine, "201/86"))[0] == "123"
    assert parcel_ids(find(engine, "000201/000086"))[0] == "123"
    assert parcel_ids(find(engine, "hayes", owners_public=True))[0] == "123"
    assert find(engine, "hayes").total_parcels == 0
    permit = find(engine, "2016-04")
    assert record_numbers(permit)[0] == "2016-04"
    assert permit.records[0].address is not None
    assert find(engine, "49 high st").total_parcels >= 1
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO parcels_fts(parcels_fts) VALUES ('integrity-check')")
            conn.exec_driver_sql("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")


@needs_realdata
def test_the_real_cary_permits_by_number_and_address(engine, tmp_path):
    do_import(engine, CARY_PERMITS, "cary_building_permits.toml", tmp_path / "cary.rej.csv")

    assert record_numbers(find(engine, "15 - 5616"))[0] == "15 - 5616"
    assert "15 - 5616" in record_numbers(find(engine, "101 greymist lane", page_size=100))


# --- any text at all ---------------------------------------------------------------------------------------

FRAGMENTS = ['"', "'", "*", "(", ")", ":", "^", "-", "%", "_", "\\", "NEAR", "AND", "OR", "NOT", "{owner}",
             "'; DROP TABLE parcels; --", "\" OR 1=1 --", "parcels_fts", "MATCH", "~*", "[a-", "(?", "\x00",
             "\U0001F3E0", "\u00e9", "\u0301", "12", "MAIN", "ST", "/", "201/86", "B-2024-0001", " "]
queries = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=6).map(" ".join),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=queries, owners=st.booleans(), page=st.integers(-2, 3))
@example(text="x" * 10_000, owners=True, page=0)
@example(text="12 main st " * 1000, owners=True, page=0)
@example(text="\x00", owners=True, page=0)
@example(text="a", owners=True, page=0)
@example(text='"*():^-', owners=True, page=0)
@example(text="\U0001F3E0\U0001F600 \u200d", owners=True, page=0)
@example(text="\ud800", owners=True, page=0)
def test_any_text_gives_results_or_none_never_an_error(loaded, text, owners, page):
    results = searcher(loaded, owners).search(SearchQuery(text, page=page, page_size=5))

    assert isinstance(results, SearchResults)
    assert 0 <= len(results.parcels) <= min(5, results.total_parcels) or not results.parcels
    assert 0 <= len(results.records) <= 5
    assert results.total_parcels <= len(PARCELS) and results.total_records <= len(RECORDS)
    if not owners:
        assert all(p.owner is None for p in results.parcels)


# --- the same answers on every engine -----------------------------------------------------------------------

def _runs(text: str | None) -> list[str]:
    return re.findall(r"[^\W_]+", (text or "").upper())


def _phrase_in(word: str, column: str | None, prefix: bool = True) -> bool:
    """The word's letter-and-digit runs follow one another in the column, the last as a prefix
    (the word still being typed) or whole."""
    parts, words = _runs(word), _runs(column)
    return any(words[i:i + len(parts) - 1] == parts[:-1]
               and (words[i + len(parts) - 1].startswith(parts[-1]) if prefix else words[i + len(parts) - 1] == parts[-1])
               for i in range(len(words) - len(parts) + 1))


def _all_in(words: list[str], *columns: str | None) -> bool:
    """Every word in one of the columns: whole, the last as a prefix."""
    return all(any(_phrase_in(w, c, prefix=i == len(words) - 1) for c in columns) for i, w in enumerate(words))


def _expected(text: str) -> tuple[set[str], set[str]]:
    """Which parcels (owners public) and records the module docstring says `text` finds."""
    cleaned = clean_text(text)
    raw = tokens(cleaned)
    address = tokens(address_key(cleaned)) if raw else []
    if not raw:
        return set(), set()
    parcels = {pid for pid, mbl, where, owner in PARCELS
               if pid in (cleaned, cleaned.upper()) or mbl in mbl_candidates(cleaned)
               or _all_in(raw, pid, mbl)
               or (address and _all_in(address, address_key(where)))
               or _all_in(raw, owner)}
    records = {number for number, _kind, _status, _day, _pid, where in RECORDS
               if _all_in(raw, number)
               or (address and _all_in(address, address_key(where)))}
    return parcels, records


_PIECES = ["12", "1", "2", "MAIN", "ma", "st", "street", "125", "b", "b-20", "B-2024-000", "2024", "0001", "201/86",
           "201", "86", "r01/17", "smith", "john", "o'brien", "o", "100%", "pure", "oak", "ave", "north", "rd", "z",
           "L-2022", "7/3", "30", "plea"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4), joiner=st.sampled_from([" ", "-", "/"]))
@example(words=["100", "201"], joiner=" ")           # a word in either of parcel id and map-block-lot
@example(words=["B", "2024"], joiner="-")           # a phrase: its runs in order
def test_each_engine_finds_what_the_word_prefix_rule_says(loaded, words, joiner):
    text = joiner.join(words)
    results = searcher(loaded, owners_public=True).search(SearchQuery(text, page_size=100))

    assert (set(parcel_ids(results)), set(record_numbers(results))) == _expected(text)
    assert (results.total_parcels, results.total_records) == (len(results.parcels), len(results.records))


def test_the_overview_is_asked_once_in_a_while_and_nothing_loaded_every_time(engine):
    from kiosk.storage.records.overview import CachedOverview

    now = [0.0]
    overview = CachedOverview(session_factory(engine), ttl_s=600, clock=lambda: now[0])
    assert overview().empty
    with engine.begin() as conn:                   # records arrive (the demo set, an import)
        conn.execute(sa.insert(PublicRecord).values(source="town", record_number="B-1", record_type="Building permit"))
    assert overview().types == ("Building permit",)                      # seen at once
    with engine.begin() as conn:
        conn.execute(sa.insert(PublicRecord).values(source="town", record_number="L-1", record_type="Licence"))
    assert overview().types == ("Building permit",)                      # kept for ten minutes ...
    now[0] = 601
    assert overview().types == ("Building permit", "Licence")            # ... then asked again
