# SPDX-License-Identifier: Apache-2.0
"""The storage tests' database, migrated to the head revision, on each engine (see database_url), and a
local SMTP server that keeps what it receives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from kiosk.storage.database import open_engine
from kiosk.storage.migrations import upgrade
from tests.storage.outbox_support import SmtpSink


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()
