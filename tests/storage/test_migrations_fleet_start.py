# SPDX-License-Identifier: Apache-2.0
"""After an update, a fleet's kiosks start at once against one PostgreSQL: one migrates while the
others wait on an advisory lock, then find the schema done. Real processes, a real server."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlalchemy as sa

from kiosk.storage.migrations import SCHEMA_HEAD

KIOSKS = 6


@pytest.mark.postgres
def test_kiosks_starting_together_migrate_once_and_all_start(database_url, tmp_path):
    if not database_url.startswith("postgresql"):
        pytest.skip("the fleet's database is PostgreSQL")
    starts = []
    for i in range(KIOSKS):
        config = tmp_path / f"kiosk-{i}.toml"
        config.write_text(f'kiosk_id = "lobby-{i}"\ndata_dir = "{tmp_path / f"data-{i}"}"\n'
                          f'database_url = "{database_url}"\n', encoding="utf-8")
        starts.append(subprocess.Popen(
            [sys.executable, "-c", "import sys; from kiosk.admin import main; sys.exit(main())",
             "--config", str(config), "db", "upgrade"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results = [(p.wait(timeout=300), *p.communicate()) for p in starts]

    for code, out, err in results:
        assert code == 0, err
        assert f"is at revision {SCHEMA_HEAD}." in out and "Traceback" not in err
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [SCHEMA_HEAD]
    finally:
        engine.dispose()
