# SPDX-License-Identifier: Apache-2.0
"""E-mail to the department: the message built from a stored submission, and sending it with smtplib.

The Message-ID is made from the reference (``<WES-2026-0000042-B.email@westport.example>``),
so the one repeat that cannot be avoided (the kiosk stopped after the server took the message
but before the outbox recorded it) arrives as the same message, and mail clients show it once.
"""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from kiosk.config import SmtpTls, values_of
from kiosk.core.kiosk_control import Check, CheckResult, Reason
from kiosk.core.queue import ResidentReply
from kiosk.core.submissions import Channel, SubmissionRecord

TLS_MODES = values_of(SmtpTls)
NOT_LEGAL_NOTICE = ("This message was sent from the Town Hall kiosk on behalf of a resident. "
                    "A message sent this way is not legal notice to the town.")


class DeliveryError(Exception):
    """A delivery attempt failed; the message is the reason staff and IT see.

    ``unreachable``: the server could not be reached at all, so other messages to it need not be
    tried now. ``permanent``: trying again cannot help (the entry fails at once)."""

    def __init__(self, reason: str, *, unreachable: bool = False, permanent: bool = False) -> None:
        super().__init__(reason)
        self.unreachable = unreachable
        self.permanent = permanent


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int = 587
    tls: str = SmtpTls.STARTTLS.value   # a SmtpTls's value, as the setting smtp_tls holds it
    user: str = ""                  # "" : no login
    from_address: str = ""          # "" : kiosk@ the department address's domain
    timeout_s: float = 20.0
    timezone: str = "UTC"           # the town's (TownPack.timezone): the "Sent" line is in town time


def message_id(reference: str, channel: Channel, domain: str) -> str:
    return f"<{reference}.{channel.value}@{domain}>"


def sender_address(config: SmtpConfig, department_email: str) -> str:
    if config.from_address:
        return config.from_address
    domain = department_email.rpartition("@")[2] or "localhost"
    return f"town-hall-kiosk@{domain}"


def build_message(record: SubmissionRecord, from_address: str, timezone: str = "UTC") -> EmailMessage:
    """The e-mail for one submission: To the department, the answers as ``label: value`` lines."""
    sub = record.submission
    msg = EmailMessage()
    msg["From"] = from_address
    msg["To"] = sub.department_email
    msg["Subject"] = f"{sub.form_title} [{record.reference}]"
    msg["Date"] = format_datetime(record.created_at)
    msg["Message-ID"] = message_id(record.reference, Channel.EMAIL, from_address.rpartition("@")[2] or "localhost")
    if sub.sender is not None and sub.sender.email:
        try:
            msg["Reply-To"] = Address(display_name=sub.sender.name, addr_spec=sub.sender.email)
        except (ValueError, IndexError, TypeError):
            msg["Reply-To"] = sub.sender.email
    msg.set_content(body_text(record, timezone), cte="quoted-printable")
    return msg


def body_text(record: SubmissionRecord, timezone: str = "UTC") -> str:
    """The message staff read, in English, times in the town's ``timezone``, phones as the town writes them."""
    from kiosk.core.town_format import town_format

    fmt = town_format(timezone, "en")
    sub = record.submission
    lines = [f"{sub.form_title} - reference {record.reference}",
             f"For: {sub.department_name}",
             f"Sent: {fmt.moment(record.created_at)} at kiosk {record.kiosk_id}", ""]
    for answer in sub.answers:
        value = answer.value.replace("\r\n", "\n").strip() or "(left empty)"
        first, *rest = value.split("\n")
        lines.append(f"{answer.label}: {first}")
        lines.extend(f"    {line}" for line in rest)
    lines.append("")
    if sub.sender is None:
        lines.append("The resident chose to stay anonymous: the town cannot reply.")
    else:
        lines.append("Reply to:")
        for label, value in (("Name", sub.sender.name), ("E-mail", sub.sender.email),
                             ("Phone", fmt.phone(sub.sender.phone))):
            if value:
                lines.append(f"  {label}: {value}")
        if not (sub.sender.email or sub.sender.phone):
            lines.append("  (no e-mail or phone given)")
    lines.append("")
    policies = ", ".join(f"{doc} {version}" for doc, version in sorted(sub.policy_versions.items())) or "none"
    lines.append(f"Policies in force when sent: {policies}")
    lines.append(f"Form: {sub.form_id} version {sub.form_version}; resident's language: {sub.language}")
    lines.append(f"Please quote the reference {record.reference} in any reply.")
    lines.append("")
    lines.append(NOT_LEGAL_NOTICE)
    return "\n".join(lines) + "\n"


def build_reply(record: SubmissionRecord, reply: ResidentReply, from_address: str) -> EmailMessage:
    """Staff's response to the resident: From the kiosk's address, Reply-To the department (which
    now has the message, after any redirect), In-Reply-To the department's copy, so the department's
    mail client threads the two."""
    sub = record.submission
    domain = from_address.rpartition("@")[2] or "localhost"
    msg = EmailMessage()
    msg["From"] = from_address
    try:
        msg["To"] = Address(display_name=reply.to_name, addr_spec=reply.to_email)
    except (ValueError, IndexError, TypeError):
        msg["To"] = reply.to_email
    msg["Reply-To"] = sub.department_email
    subject = "Re: su mensaje" if reply.language == "es" else "Re: your message"
    msg["Subject"] = f"{subject} [{record.reference}]"
    msg["Date"] = format_datetime(reply.at)
    msg["Message-ID"] = f"<{record.reference}.reply-{reply.response_id}@{domain}>"
    original = message_id(record.reference, Channel.EMAIL, domain)
    msg["In-Reply-To"] = original
    msg["References"] = original
    msg.set_content(reply.text.replace("\r\n", "\n").rstrip() + "\n", cte="quoted-printable")
    return msg


class SmtpReplies:
    """Responses to residents (Channel.REPLY) on the same server and connection as the department e-mails."""

    channel = Channel.REPLY

    def __init__(self, smtp: SmtpDeliverer) -> None:
        self.smtp = smtp

    def deliver_reply(self, record: SubmissionRecord, reply: ResidentReply) -> str:
        return self.smtp.send(build_reply(record, reply, sender_address(self.smtp.config,
                                                                        record.submission.department_email)))

    def finish(self) -> None:
        self.smtp.finish()


class SmtpDeliverer:
    """Sends the e-mail of each submission; keeps one connection open for a batch (finish() closes it)."""

    channel = Channel.EMAIL

    def __init__(self, config: SmtpConfig, password: Callable[[], str | None]) -> None:
        if config.tls not in TLS_MODES:
            raise ValueError(f"smtp tls must be one of {', '.join(TLS_MODES)}")
        self.config = config
        self._password = password
        self._conn: smtplib.SMTP | None = None

    def deliver(self, record: SubmissionRecord) -> str:
        return self.send(build_message(record, sender_address(self.config, record.submission.department_email),
                                       self.config.timezone))

    def send(self, msg: EmailMessage) -> str:
        """Send one message on the batch's connection; its Message-ID, or DeliveryError."""
        conn = self._connection()
        try:
            refused = conn.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise DeliveryError(f"the mail server refused the address {msg['To']} ({code} {_text(text)})") from None
        except smtplib.SMTPResponseException as exc:
            self._drop()
            raise DeliveryError(f"the mail server refused the message ({exc.smtp_code} {_text(exc.smtp_error)})") \
                from None
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            raise DeliveryError(f"the connection to the mail server broke ({_describe(exc)})") from None
        if refused:
            code, text = next(iter(refused.values()))
            raise DeliveryError(f"the mail server refused the address {msg['To']} ({code} {_text(text)})")
        return str(msg["Message-ID"])

    def finish(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._conn.quit()
            self._drop()

    def _connection(self) -> smtplib.SMTP:
        if self._conn is not None:
            return self._conn
        cfg = self.config
        where = f"{cfg.host}:{cfg.port}"
        try:
            if cfg.tls == SmtpTls.SSL.value:
                conn: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_s,
                                                      context=ssl.create_default_context())
            else:
                conn = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_s)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"the mail server {where} cannot be reached ({_describe(exc)})",
                                unreachable=True) from None
        try:
            if cfg.tls == SmtpTls.STARTTLS.value:
                conn.starttls(context=ssl.create_default_context())
            if cfg.user:
                password = self._password()
                if not password:
                    raise DeliveryError("no SMTP password is set (kiosk-admin secrets set smtp)", unreachable=True)
                conn.login(cfg.user, password)
        except smtplib.SMTPAuthenticationError as exc:
            _close(conn)
            raise DeliveryError(f"the mail server {where} refused the user name or password "
                                f"({exc.smtp_code} {_text(exc.smtp_error)})", unreachable=True) from None
        except smtplib.SMTPNotSupportedError:
            _close(conn)
            raise DeliveryError(f"the mail server {where} does not offer STARTTLS (smtp_tls)", unreachable=True) \
                from None
        except DeliveryError:
            _close(conn)
            raise
        except (OSError, smtplib.SMTPException) as exc:
            _close(conn)
            raise DeliveryError(f"the mail server {where} cannot be used ({_describe(exc)})", unreachable=True) \
                from None
        self._conn = conn
        return conn

    def _drop(self) -> None:
        if self._conn is not None:
            _close(self._conn)
            self._conn = None


def _close(conn: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        conn.close()


def _text(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:200]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout):
        return "no answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return f"{exc.__class__.__name__}: {_text(str(exc))}" if str(exc) else exc.__class__.__name__


def probe_smtp(config: SmtpConfig | None, password: Callable[[], str | None]) -> CheckResult:
    """Whether the mail server would take the kiosk's e-mail now: connect, encrypt and log in as a
    delivery does (``config.timeout_s``, short for the console), then say goodbye. None: e-mail is off."""
    if config is None:
        return CheckResult(Check.EMAIL, Reason.NOT_SET_UP)
    where = f"{config.host}:{config.port}"
    conn: smtplib.SMTP | None = None
    try:
        if config.tls == SmtpTls.SSL.value:
            conn = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout_s,
                                    context=ssl.create_default_context())
        else:
            conn = smtplib.SMTP(config.host, config.port, timeout=config.timeout_s)
        if config.tls == SmtpTls.STARTTLS.value:
            conn.starttls(context=ssl.create_default_context())
        if config.user:
            secret = password()
            if not secret:
                return CheckResult(Check.EMAIL, Reason.LOGIN_REFUSED, f"{where}: no password set")
            conn.login(config.user, secret)
        conn.ehlo_or_helo_if_needed()            # a server that takes the connection but not the kiosk's EHLO
        conn.noop()
        with contextlib.suppress(smtplib.SMTPException, OSError):
            conn.quit()
    except smtplib.SMTPAuthenticationError:
        return CheckResult(Check.EMAIL, Reason.LOGIN_REFUSED, where)
    except TimeoutError:
        return CheckResult(Check.EMAIL, Reason.NO_ANSWER, where)
    except ConnectionRefusedError:
        return CheckResult(Check.EMAIL, Reason.REFUSED, where)
    except (OSError, smtplib.SMTPException) as exc:
        return CheckResult(Check.EMAIL, Reason.FAILED, f"{where}: {_describe(exc)}"[:200])
    finally:
        if conn is not None:
            _close(conn)
    return CheckResult(Check.EMAIL, Reason.OK, where)
