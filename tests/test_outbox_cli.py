# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin secrets` and `kiosk-admin outbox`, as the town's IT uses them."""

from __future__ import annotations

import io

import pytest

from kiosk.admin import main
from kiosk.core.references import make_reference
from kiosk.core.submissions import Channel, DeliveryState
from kiosk.delivery.secrets import KEYRING_SERVICE, SecretName
from kiosk.delivery.smtp import SmtpConfig, SmtpDeliverer
from kiosk.delivery.worker import OutboxWorker, StaffQueue
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.outbox import Outbox, RetryPolicy
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.storage.outbox_support import T0, free_port, new_submission
from tests.test_admin_cli import write_config


def test_the_smtp_password_is_set_checked_and_removed(memory_keyring, monkeypatch, capsys):
    assert main(["secrets", "status", "smtp"]) == 1
    assert "No SMTP password is set" in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert main(["secrets", "set", "smtp"]) == 0
    assert memory_keyring.secrets == {(KEYRING_SERVICE, "smtp"): "s3cret pass"}

    assert main(["secrets", "status", "smtp"]) == 0
    out = capsys.readouterr().out
    assert "An SMTP password is set" in out
    assert "s3cret" not in out

    assert main(["secrets", "delete", "smtp"]) == 0
    assert memory_keyring.secrets == {}


def test_an_empty_password_is_not_stored(memory_keyring, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))

    assert main(["secrets", "set", "smtp"]) == 2
    assert memory_keyring.secrets == {}
    assert "Nothing stored" in capsys.readouterr().err


@pytest.mark.parametrize("name, what", [(SecretName.SMTP, "SMTP password"), (SecretName.OPEN311, "Open311 API key")])
def test_each_secret_the_kiosk_keeps_is_named_on_the_command_line(memory_keyring, capsys, name, what):
    assert main(["secrets", "status", name.value]) == 1
    assert f"No {what} is set. Set one with: kiosk-admin secrets set {name.value}" in capsys.readouterr().out


def test_a_secret_the_kiosk_does_not_keep_is_refused_with_the_names_it_does(memory_keyring, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["secrets", "set", "ldap"])

    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'ldap'" in err
    assert all(name.value in err for name in SecretName)
    assert memory_keyring.secrets == {}


def test_outbox_lists_what_waits_and_retry_sends_a_failed_one_again(tmp_path, capsys):
    config = write_config(tmp_path)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    engine = open_engine(f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}")
    try:
        upgrade(engine)
        sessions = session_factory(engine)
        repo = SqlSubmissionRepository(sessions, "WES")
        waiting = repo.store(new_submission(1), "lobby-1", T0)
        failing = repo.store(new_submission(2, channels=(Channel.EMAIL,)), "lobby-1", T0)
        port = free_port()
        smtp = SmtpDeliverer(SmtpConfig("127.0.0.1", port, tls="none", from_address="k@westport.example"), lambda: None)
        OutboxWorker(Outbox(sessions, RetryPolicy(max_attempts=1)), repo, [StaffQueue(), smtp],
                     kiosk_id="lobby-1", now=lambda: T0).run_once()
        capsys.readouterr()

        assert main(["--config", str(config), "outbox"]) == 0
        out = capsys.readouterr().out
        assert f"{waiting.reference}  email    failed" in out
        assert f"{failing.reference}  email    failed" in out
        assert f"127.0.0.1:{port} cannot be reached" in out
        assert "staff" not in out                                  # delivered: not listed

        assert main(["--config", str(config), "outbox", "retry", failing.reference.lower().replace("-", " ")]) == 0
        assert "1 delivery queued again" in capsys.readouterr().out
        [entry] = repo.outbox_states(failing.submission_id)
        assert (entry.state, entry.attempts) == (DeliveryState.QUEUED, 0)

        assert main(["--config", str(config), "outbox", "retry", "WES-2026-0000001-X"]) == 2
        assert "not a reference number" in capsys.readouterr().err
        assert main(["--config", str(config), "outbox", "retry", make_reference("WES", 2026, 99999)]) == 1
        assert "nothing to send again" in capsys.readouterr().err
    finally:
        engine.dispose()


def test_an_empty_outbox_says_so(tmp_path, capsys):
    config = write_config(tmp_path)

    assert main(["--config", str(config), "outbox"]) == 0
    assert "Nothing waiting" in capsys.readouterr().out
