# SPDX-License-Identifier: Apache-2.0
"""Shared by the submission and outbox tests: a submission to store, a real SMTP server on
127.0.0.1 (aiosmtpd) that keeps what it receives, and an in-memory OS keyring."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
import threading
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend

from kiosk.core.submissions import Answer, Channel, NewSubmission, Sender

T0 = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)
POLICIES = {"privacy": "1.1", "terms": "2.0"}


def new_submission(n: int = 1, *, anonymous: bool = False, account_id: int | None = None,
                   channels: tuple[Channel, ...] = (Channel.STAFF, Channel.EMAIL), **changes: object) -> NewSubmission:
    values: dict[str, object] = {
        "form_id": "report_problem", "form_version": "1", "form_title": "Report a problem",
        "department_id": "public_works", "department_name": "Public Works",
        "department_email": "publicworks@westport.example",
        "answers": (Answer("problem", "What is the problem", "Pothole"),
                    Answer("location", "Where", f"{n} Myrtle Avenue"),
                    Answer("description", "Describe it", f"Deep hole number {n}\nnear the curb")),
        "sender": None if anonymous else Sender(f"Ada Lovelace {n}", f"ada{n}@example.org", "+12035550100"),
        "account_id": account_id, "policy_versions": POLICIES, "language": "en", "open311_service_code": "pothole",
        "channels": channels}
    values.update(changes)
    return NewSubmission(**values)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpSink:
    """A real SMTP server on 127.0.0.1 that keeps every message it accepts.

    ``refuse``: an SMTP reply (e.g. "550 5.1.1 mailbox unavailable") given to every message
    instead of accepting it. ``login``: (user, password) the server demands."""

    def __init__(self, port: int | None = None, login: tuple[str, str] | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refuse: str | None = None
        self._arrived = threading.Condition()
        kwargs: dict[str, object] = {}
        if login is not None:
            def check(_server, _session, _envelope, mechanism, auth_data):
                from aiosmtpd.smtp import AuthResult
                ok = (auth_data.login.decode(), auth_data.password.decode()) == login
                return AuthResult(success=ok, handled=False)
            kwargs = {"authenticator": check, "auth_require_tls": False}
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, **kwargs)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        if self.refuse:
            return self.refuse
        msg = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        with self._arrived:
            self.messages.append(msg)  # type: ignore[arg-type]
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, timeout: float = 20.0) -> bool:
        with self._arrived:
            return self._arrived.wait_for(lambda: len(self.messages) >= count, timeout)

    def start(self) -> SmtpSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def message_ids(self) -> list[str]:
        return [str(m["Message-ID"]) for m in self.messages]


class MemoryKeyring(KeyringBackend):
    """The OS keyring stand-in: keeps secrets in a dict (tests must not touch the real keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not set")
