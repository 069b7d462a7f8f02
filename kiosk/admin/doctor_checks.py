# SPDX-License-Identifier: Apache-2.0
"""The checks of `kiosk-admin doctor`, one function each, every one answering with a Finding (never
raising). The database, printer and e-mail checks are the staff console's own probes (kiosk.core.kiosk_control's
Check), with what IT needs besides: the schema revision, the clock, CUPS's state reasons."""

from __future__ import annotations

import enum
import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.kiosk_control import CheckResult, Reason

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import Settings

CLOCK_WARNING_S, CLOCK_ERROR_S = 5.0, 60.0     # reference numbers, heartbeats and lockouts read the clock
PROBE_TIMEOUT_S = 5.0
SPEECH_TIMEOUT_S = 30.0


class Status(enum.Enum):
    OK = "ok"
    WARNING = "warning"       # works, but IT should look (paper low, clock a few seconds off)
    ERROR = "error"           # needs fixing: doctor exits 1
    OFF = "off"               # not set up (e-mail off), nothing to check


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    status: Status
    summary: str
    details: dict[str, object] = field(default_factory=dict)


WORDS = {Reason.OK: "answers", Reason.NOT_SET_UP: "not set up", Reason.NO_ANSWER: "no answer (timed out)",
         Reason.REFUSED: "connection refused", Reason.LOGIN_REFUSED: "login refused",
         Reason.NOT_FOUND: "not found", Reason.FAILED: "failed"}


def from_probe(check: str, result: CheckResult) -> Finding:
    """A console probe's answer, as a finding."""
    status = {Reason.OK: Status.OK, Reason.NOT_SET_UP: Status.OFF}.get(result.reason, Status.ERROR)
    summary = WORDS[result.reason] + (f": {result.detail}" if result.detail else "")
    return Finding(check, status, summary, {"reason": result.reason.value, "detail": result.detail})


def schema(engine: Engine) -> Finding:
    from kiosk.storage.database import DatabaseError
    from kiosk.storage.migrations import SCHEMA_HEAD, current_revision

    try:
        revision = current_revision(engine)
    except DatabaseError as exc:
        return Finding("schema", Status.ERROR, str(exc))
    details: dict[str, object] = {"revision": revision, "head": SCHEMA_HEAD}
    if revision == SCHEMA_HEAD:
        return Finding("schema", Status.OK, f"at revision {revision}, this release's", details)
    if revision is None:
        return Finding("schema", Status.ERROR, "empty: run `kiosk-admin db upgrade`", details)
    return Finding("schema", Status.ERROR, f"at revision {revision}, this release needs {SCHEMA_HEAD}: "
                   "run `kiosk-admin db upgrade` (or install the release that wrote it)", details)


def clock(engine: Engine) -> Finding:
    """This machine's clock against the database server's (PostgreSQL; SQLite is this machine)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    if engine.dialect.name != "postgresql":
        return Finding("clock", Status.OK, f"{engine.dialect.name} keeps no clock of its own")
    try:
        with engine.connect() as conn:
            before = time.time()
            server = conn.execute(text("SELECT extract(epoch FROM clock_timestamp())")).scalar_one()
            after = time.time()
    except SQLAlchemyError as exc:
        return Finding("clock", Status.ERROR, f"the server's clock cannot be read ({type(exc).__name__})")
    skew = float(server) - (before + after) / 2
    status = Status.OK if abs(skew) <= CLOCK_WARNING_S else Status.WARNING if abs(skew) <= CLOCK_ERROR_S else Status.ERROR
    side = "ahead of" if skew > 0 else "behind"
    return Finding("clock", status, f"the database server is {abs(skew):.1f} s {side} this machine"
                   + ("" if status is Status.OK else ": set both to NTP time"), {"skew_s": round(skew, 3)})


def keyring(configured: str = "") -> Finding:
    """Which keyring backend the kiosk gets here (``configured``: the config's keyring_backend), and
    whether it can be read."""
    from kiosk.delivery.secrets import SecretError, SecretName, get_secret, keyring_backend_name, use_backend

    try:
        use_backend(configured)
    except SecretError as exc:
        return Finding("keyring", Status.ERROR, str(exc), {"backend": configured})
    backend = keyring_backend_name()
    details: dict[str, object] = {"backend": backend}
    if backend.startswith("keyring.backends.fail."):
        return Finding("keyring", Status.ERROR, "no usable OS keyring (install one, e.g. gnome-keyring or "
                       "keyrings.alt, and name it in the configuration's keyring_backend)", details)
    try:
        details["smtp_password_set"] = get_secret(SecretName.SMTP.value) is not None
        details["database_password_set"] = get_secret(SecretName.DATABASE.value) is not None
    except SecretError as exc:
        return Finding("keyring", Status.ERROR, f"{backend}: {exc}", details)
    if backend.startswith("keyring.backends.null."):
        return Finding("keyring", Status.WARNING, f"{backend} keeps nothing: secrets cannot be stored", details)
    return Finding("keyring", Status.OK, f"{backend}, readable", details)


def printer(settings: Settings, spool: Path) -> Finding:
    """The console's printer probe; for CUPS also the queue's state and state reasons (media-empty...)."""
    from kiosk.printing.backends import probe_printer

    found = from_probe("printer", probe_printer(settings.printer_backend, settings.printer_name, spool,
                                                PROBE_TIMEOUT_S))
    if settings.printer_backend == "file" or found.status is not Status.OK or sys.platform == "win32":
        return found
    state, reasons = cups_state(settings.printer_name)
    details = {**found.details, "state": state, "state_reasons": reasons}
    errors = [r for r in reasons if r.endswith("-error")]
    warnings = [r for r in reasons if r.endswith("-warning")]
    if state == "disabled" or errors:
        return Finding("printer", Status.ERROR, f"{state}: {', '.join(errors) or 'stopped'}", details)
    if warnings:
        return Finding("printer", Status.WARNING, f"{state}: {', '.join(warnings)}", details)
    return Finding("printer", Status.OK, f"{found.summary} ({state})", details)


def cups_state(name: str) -> tuple[str, list[str]]:
    """("idle" | "printing" | "disabled" | "unknown", printer-state-reasons), from `lpstat -l -p`."""
    from kiosk.printing import cups_tools

    try:
        if not name:
            said = cups_tools.run("lpstat", ["-d"], timeout=PROBE_TIMEOUT_S).stdout.decode("utf-8", "replace")
            name = said.rsplit(":", 1)[-1].strip()
        done = cups_tools.run("lpstat", ["-l", "-p", name], timeout=PROBE_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown", []
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    first = lines[0] if lines else ""
    state = next((word for word in ("disabled", "printing", "idle") if f" is {word}" in first
                  or f" {word} " in first or first.endswith(word + ".")), "unknown")
    alerts = next((line.split(":", 1)[1] for line in lines if line.strip().startswith("Alerts:")), "")
    reasons = [r.strip() for r in alerts.replace(",", " ").split() if r.strip() and r.strip() != "none"]
    return state, reasons


def speech(engine: str) -> Finding:
    """The speech engine constructed and asked its state, in a process of its own (kiosk.ui.speech_probe)."""
    try:
        done = subprocess.run([sys.executable, "-m", "kiosk.ui.speech_probe", engine], capture_output=True,
                              text=True, timeout=SPEECH_TIMEOUT_S)
        answer = json.loads(done.stdout.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        return Finding("speech", Status.ERROR, f"the speech engine did not answer within {SPEECH_TIMEOUT_S:.0f} s")
    except (OSError, ValueError, IndexError):
        return Finding("speech", Status.ERROR, "the speech engine could not be asked (it crashed)")
    name = answer["engine"] or "the default engine"
    if answer["state"] == "Ready":
        return Finding("speech", Status.OK, f"{name} ready", answer)
    listed = " (it is listed, but cannot start: for speechd install libspeechd2 and speech-dispatcher)" \
        if answer["engine"] in answer["engines"] or not answer["engine"] else ""
    return Finding("speech", Status.ERROR, f"{name}: {answer['state']}{listed}: {answer['error']}", answer)
