# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin records demo`: load the town's demo parcels and records into an empty database.

The streets come from the town pack's demo/streets.txt. Demo data never goes into a database
that already holds parcels or records: without --if-empty that is an error (exit code 2), with
it a quiet no-op, which is what an installer or a first start wants.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from typing import TextIO

from sqlalchemy import Engine

from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.database import describe, open_engine
from kiosk.storage.demo.generator import DEFAULT_SEED
from kiosk.storage.demo.load import (
    NotEmptyError,
    demo_streets,
    load_demo,
    records_empty,
)
from kiosk.storage.migrations import upgrade


def load(prepared: Prepared, *, parcels: int, records: int, seed: int = DEFAULT_SEED, if_empty: bool = False,
         today: dt.date | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command; 0 when loaded (or skipped with if_empty), 2 when refused. DatabaseError for the database."""
    out, err = out or sys.stdout, err or sys.stderr
    if parcels < 0 or records < 0:
        print("records demo: --parcels and --records cannot be negative", file=err)
        return EXIT_CONFIG
    pack = prepared.pack
    try:
        streets = demo_streets(pack.folder)
    except OSError:
        print(f"records demo: the town pack {pack.pack_id} has no demo/streets.txt, so it has no demo data", file=err)
        return EXIT_CONFIG
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        if not records_empty(engine):
            return _not_empty(engine, if_empty, out, err)
        started = time.monotonic()
        try:
            n_parcels, n_records = load_demo(engine, parcels=parcels, records=records, seed=seed, today=today,
                                             streets=streets, town_name=pack.short_name)
        except NotEmptyError:            # filled by someone else (another kiosk) meanwhile
            return _not_empty(engine, if_empty, out, err)
        elapsed = time.monotonic() - started
        print(f"Loaded demo data for {pack.name} (seed {seed}) into {describe(engine)}:", file=out)
        print(f"  Parcels:  {n_parcels:>9,}", file=out)
        print(f"  Records:  {n_records:>9,}", file=out)
        print(f"  Time:     {elapsed:>9.1f} s", file=out)
        return 0
    finally:
        engine.dispose()


def _not_empty(engine: Engine, if_empty: bool, out: TextIO, err: TextIO) -> int:
    if if_empty:
        print("The database already holds parcels or records: no demo data loaded.", file=out)
        return 0
    print(f"records demo: {describe(engine)} already holds parcels or records; demo data is only loaded into an "
          "empty database (use --if-empty to skip quietly).", file=err)
    return EXIT_CONFIG
