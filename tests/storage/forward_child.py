# SPDX-License-Identifier: Apache-2.0
"""A forwarder process for tests/storage/test_offline_outbox.py to kill with SIGKILL.

``python -m tests.storage.forward_child MODE URL DATA_DIR`` with the outbox key in $OUTBOX_KEY
(kept in an in-memory keyring, as the kiosk's would be in the OS keyring). Forwards one message
at a time through kiosk.core.offline.ResilientSubmissions.forward. MODE ``pause``: after the first
shared commit, before its local copy is removed, prints ``committed REFERENCE`` and waits for
stdin (the test kills it there). ``run``: prints ``forwarded REFERENCE`` after each, ``done`` at the end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import keyring

from kiosk.core.offline import BlockPolicy, Pending, ResilientSubmissions
from kiosk.delivery.forwarder import local_outbox_path, outbox_cipher
from kiosk.delivery.secrets import KEYRING_SERVICE, SecretName
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.local_outbox import SqliteLocalOutbox
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.storage.outbox_support import MemoryKeyring


def main(mode: str, url: str, data_dir: Path) -> None:
    ring = MemoryKeyring()
    ring.set_password(KEYRING_SERVICE, SecretName.OUTBOX.value, os.environ["OUTBOX_KEY"])
    keyring.set_keyring(ring)
    engine = open_engine(url)
    local = SqliteLocalOutbox(local_outbox_path(data_dir), outbox_cipher)
    resilient = ResilientSubmissions(SqlSubmissionRepository(session_factory(engine), "WES"), local,
                                     BlockPolicy(size=20, reserve_below=0))

    def pause(pending: Pending) -> None:
        print(f"committed {pending.reference}", flush=True)
        sys.stdin.readline()                  # killed here

    while True:
        waiting = local.waiting(1)
        if not waiting:
            break
        resilient.forward(1, between=pause if mode == "pause" else None)
        print(f"forwarded {waiting[0].reference}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
