# SPDX-License-Identifier: Apache-2.0
"""The start-up fast path trusts SCHEMA_HEAD: it must name Alembic's head of db/versions."""

from alembic.script import ScriptDirectory

from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config
from kiosk.storage.database import open_engine


def test_schema_head_is_alembics_head(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == SCHEMA_HEAD
