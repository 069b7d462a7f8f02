# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin doctor`: is this kiosk set up to run? Configuration, data folder, town pack, database
(reachable, migrated, clock), keyring, printer, mail server and speech engine, in one report for a
person or (--json) for a script. Exit 0: nothing to fix (warnings may be shown); 1: something needs
fixing; 2: the configuration file itself is wrong (nothing else can be checked)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path

from kiosk.admin import doctor_checks as checks
from kiosk.admin.doctor_checks import Finding, Status, from_probe
from kiosk.config import ConfigError, Settings, find_config_file, load_settings
from kiosk.startup import EXIT_CONFIG

EXIT_NEEDS_FIXING = 1


def add_arguments(sub: argparse._SubParsersAction) -> None:
    doctor = sub.add_parser("doctor", help="check configuration, database, keyring, printer, mail server, town pack "
                                           "and speech engine (exit 1 when something needs fixing)")
    doctor.add_argument("--json", action="store_true", help="the report as JSON")
    doctor.add_argument("--speech-engine", default="", metavar="NAME",
                        help="the text-to-speech engine to check (default: Qt's default engine)")


def run(config_path: str | None, as_json: bool, speech_engine: str) -> int:
    config_file = find_config_file(config_path)
    try:
        settings = load_settings(config_file)
    except ConfigError as exc:
        finding = Finding("config", Status.ERROR, f"Configuration error: {exc}")
        if as_json:
            print(json.dumps(_as_json(None, [finding])))
        print(finding.summary, file=sys.stderr)
        return EXIT_CONFIG
    findings = [config_finding(settings, config_file)]
    findings += examine(settings, speech_engine)
    print(json.dumps(_as_json(settings, findings), indent=2) if as_json else report(settings, findings))
    return EXIT_NEEDS_FIXING if any(f.status is Status.ERROR for f in findings) else 0


def config_finding(settings: Settings, config_file: Path | None) -> Finding:
    """Valid, and on a shared PostgreSQL with a name of its own: a fleet's kiosks left at the default
    kiosk_id would count their visits, heartbeats and reference blocks as one kiosk's."""
    where = config_file or "no file (built-in defaults)"
    default_id = next(f.default for f in fields(Settings) if f.name == "kiosk_id")
    if settings.kiosk_id == default_id and settings.resolved_database_url().startswith("postgresql"):
        return Finding("config", Status.WARNING, f"{where} is valid, but kiosk_id is the default {default_id!r}: "
                       "give every kiosk sharing the database its own")
    return Finding("config", Status.OK, f"{where} is valid")


def examine(settings: Settings, speech_engine: str) -> list[Finding]:
    """Every check after the configuration's; a part that cannot be reached is a finding, not a stop."""
    from kiosk.core.pack import PackError, load_pack, resolve_pack_folder
    from kiosk.paths import towns_dir
    from kiosk.startup import StartupError, check_data_dir

    findings = []
    try:
        data_dir = check_data_dir(settings.resolved_data_dir())
        findings.append(Finding("data folder", Status.OK, f"{data_dir}, writable"))
    except StartupError as exc:
        data_dir = settings.resolved_data_dir()
        findings.append(Finding("data folder", Status.ERROR, str(exc)))
    try:
        pack = load_pack(resolve_pack_folder(settings.town, towns_dir()))
        findings.append(Finding("town pack", Status.OK, f"{pack.name}, {pack.state} ({pack.folder})"))
    except PackError as exc:
        findings.append(Finding("town pack", Status.ERROR, f"Town pack error: {exc}"))
    findings += database(settings)
    findings.append(checks.keyring(settings.keyring_backend))
    spool = (Path(settings.printer_name).expanduser() if settings.printer_backend == "file" and settings.printer_name
             else data_dir / "printed")
    findings.append(checks.printer(settings, spool))
    findings.append(email(settings))
    findings.append(checks.speech(speech_engine))
    return findings


def database(settings: Settings) -> list[Finding]:
    from kiosk.storage.database import DatabaseError, DatabaseLimits, open_engine
    from kiosk.storage.kiosk_state import probe_database

    limits = DatabaseLimits(settings.database_connect_seconds, settings.database_statement_seconds,
                            settings.database_keepalive_seconds)
    from kiosk.startup import StartupError, database_url

    try:
        engine = open_engine(database_url(settings), limits)       # the password from the keyring
    except StartupError as exc:
        return [Finding("database", Status.ERROR, str(exc))]
    except DatabaseError as exc:
        return [Finding("database", Status.ERROR, f"Database error: {exc}")]
    try:
        reached = from_probe("database", probe_database(engine))
        if reached.status is not Status.OK:
            return [reached]
        return [reached, checks.schema(engine), checks.clock(engine)]
    finally:
        engine.dispose()


def email(settings: Settings) -> Finding:
    from kiosk.delivery.secrets import SecretError, SecretName, get_secret
    from kiosk.delivery.smtp import SmtpConfig, probe_smtp

    def password() -> str | None:
        try:
            return get_secret(SecretName.SMTP.value)
        except SecretError:
            return None

    config = (SmtpConfig(host=settings.smtp_host, port=settings.smtp_port, tls=settings.smtp_tls,
                         user=settings.smtp_user, timeout_s=checks.PROBE_TIMEOUT_S) if settings.smtp_host else None)
    found = from_probe("email", probe_smtp(config, password))
    if found.status is Status.OFF:
        return Finding("email", Status.OFF, "off (no smtp_host): messages wait in the staff queue", found.details)
    return found


def report(settings: Settings, findings: list[Finding]) -> str:
    width = max(len(f.check) for f in findings)
    lines = [f"Town Hall Kiosk doctor: {settings.kiosk_id}"]
    lines += [f"  {f.status.value.upper():<8} {f.check:<{width}}  {f.summary}" for f in findings]
    errors = sum(f.status is Status.ERROR for f in findings)
    warnings = sum(f.status is Status.WARNING for f in findings)
    lines.append(f"{errors} to fix, {warnings} to look at." if errors or warnings else "All good.")
    return "\n".join(lines)


def _as_json(settings: Settings | None, findings: list[Finding]) -> dict[str, object]:
    return {"kiosk_id": settings.kiosk_id if settings else None,
            "ok": not any(f.status is Status.ERROR for f in findings),
            "checks": [{"check": f.check, "status": f.status.value, "summary": f.summary, **f.details}
                       for f in findings]}
