# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin submissions`: staff read the queue and a message in full, and move it along; the
resident's "My requests" follows."""

from __future__ import annotations

from kiosk.admin import main
from kiosk.core.submissions import SubmissionStatus
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.storage.outbox_support import T0, new_submission
from tests.test_admin_cli import write_config


def test_staff_read_the_queue_and_change_a_status(tmp_path, capsys):
    config = write_config(tmp_path)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    engine = open_engine(f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}")
    try:
        upgrade(engine)
        repo = SqlSubmissionRepository(session_factory(engine), "WES")
        first = repo.store(new_submission(1), "lobby-1", T0)
        second = repo.store(new_submission(2, anonymous=True), "lobby-1", T0)
        capsys.readouterr()

        assert main(["--config", str(config), "submissions"]) == 0
        out = capsys.readouterr().out
        assert out.index(first.reference) < out.index(second.reference)            # oldest first
        assert "Public Works: Report a problem" in out and "2 message(s)" in out

        assert main(["--config", str(config), "submissions", "show", second.reference.lower()]) == 0
        out = capsys.readouterr().out
        assert "anonymous (no reply possible)" in out and "Deep hole number 2" in out
        assert "delivery email: queued" in out

        assert main(["--config", str(config), "submissions", "status", first.reference, "redirected",
                     "--note", "Sent on to the State DOT (Route 1 is a state road)"]) == 0
        assert "now redirected" in capsys.readouterr().out
        assert repo.get(first.reference).status == SubmissionStatus.REDIRECTED
        assert main(["--config", str(config), "submissions", "--status", "new"]) == 0
        out = capsys.readouterr().out
        assert second.reference in out and first.reference not in out

        assert main(["--config", str(config), "submissions", "show", "WES-2026-0000001-X"]) == 2
        assert "not a reference number" in capsys.readouterr().err
    finally:
        engine.dispose()


def test_a_message_can_be_given_every_status_and_no_other(tmp_path, capsys):
    config = write_config(tmp_path)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    engine = open_engine(f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}")
    try:
        repo = SqlSubmissionRepository(session_factory(engine), "WES")
        reference = repo.store(new_submission(1), "lobby-1", T0).reference
        for status in reversed(SubmissionStatus):     # from duplicate back to new: each one a change
            assert main(["--config", str(config), "submissions", "status", reference, status.value]) == 0
            assert repo.get(reference).status == status
            assert main(["--config", str(config), "submissions", "--status", status.value]) == 0
            assert reference in capsys.readouterr().out
        assert main(["--config", str(config), "submissions", "status", reference, "done"]) == 2
        err = capsys.readouterr().err
        assert "'done' is not a state" in err and all(status.value in err for status in SubmissionStatus)
        assert repo.get(reference).status == SubmissionStatus.NEW
        assert main(["--config", str(config), "submissions", "--status", "closed"]) == 2     # the old name
        assert "not a state" in capsys.readouterr().err
    finally:
        engine.dispose()
