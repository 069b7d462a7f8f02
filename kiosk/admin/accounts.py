# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin accounts` and `kiosk-admin retention`: residents' accounts as the front desk helps
with them (find, unlock, a temporary password, close, the records export) and records retention.

Every command acts as kiosk-admin:<OS user> and writes an audit row. Exit codes: 0 done; 2 refused
input (an unknown account, a file that cannot be written), with a message saying what to change.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.core.account_service import AccountNotFound
from kiosk.core.accounts import LockoutPolicy, RegistrationRules
from kiosk.core.assist import AssistRefusal, AssistRefused, export_json
from kiosk.core.assist_service import AssistService
from kiosk.core.retention import RetentionPeriods, RetentionService
from kiosk.core.staff import Actor
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.assist_repo import SqlAssistRepository
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.retention_repo import SqlRetentionRepository


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `accounts` and `retention` sub-commands (kiosk.admin.main calls this once)."""
    accounts = sub.add_parser("accounts", help="residents' accounts: find, unlock, temporary password, close, "
                                               "export").add_subparsers(dest="action", required=True)
    accounts.add_parser("find", help="accounts by user name, name or e-mail address").add_argument("query")
    accounts.add_parser("unlock", help="lift the lock after too many failed sign-ins").add_argument("username")
    temp = accounts.add_parser("temporary-password", help="make a one-time password, to be changed at the next "
                                                          "sign-in")
    temp.add_argument("username")
    temp.add_argument("--slip", type=Path, help="also write the printable slip (PDF) to this file")
    accounts.add_parser("close", help="close an account (retention deletes it later)").add_argument("username")
    export = accounts.add_parser("export", help="everything held about one account, for a records request")
    export.add_argument("username")
    export.add_argument("--json", type=Path, help="write the JSON export here")
    export.add_argument("--pdf", type=Path, help="write the readable PDF here")
    retention = sub.add_parser("retention", help="delete what is past its retention period") \
        .add_subparsers(dest="action", required=True)
    retention.add_parser("run", help="delete old submissions, statistics and closed accounts") \
        .add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    retention.add_parser("show", help="the periods and the last run")


@dataclass(frozen=True, slots=True)
class _Services:
    assist: AssistService
    retention: RetentionService
    zone: ZoneInfo


def run(prepared: Prepared, args: argparse.Namespace) -> int:
    by = Actor.command_line(_os_user())
    commands: dict[tuple[str, str], Callable[[_Services], int]] = {
        ("accounts", "find"): lambda s: _find(s, by, args.query),
        ("accounts", "unlock"): lambda s: _unlock(s, by, args.username),
        ("accounts", "temporary-password"): lambda s: _temporary(s, by, args.username, args.slip, prepared),
        ("accounts", "close"): lambda s: _close(s, by, args.username),
        ("accounts", "export"): lambda s: _export(s, by, args.username, args.json, args.pdf),
        ("retention", "run"): lambda s: _retention_run(s, by, args.dry_run),
        ("retention", "show"): _retention_show,
    }
    if args.area == "accounts" and args.action == "export" and not (args.json or args.pdf):
        return _refused("say where to write the export: --json FILE, --pdf FILE, or both")
    with _services(prepared) as services:
        try:
            return commands[(args.area, args.action)](services)
        except AccountNotFound:
            return _refused(f"there is no account {args.username!r} (see: kiosk-admin accounts find)")
        except AssistRefused as exc:
            return _refused({AssistRefusal.EMPTY_QUERY: "give a user name, a name or an e-mail address",
                             AssistRefusal.ALREADY_CLOSED: "that account is closed already",
                             AssistRefusal.NOT_ALLOWED: "only a supervisor may do this"}[exc.reason])
        except OSError as exc:
            return _refused(f"{exc.filename or 'the file'} cannot be written ({exc.strerror})")


@contextmanager
def _services(prepared: Prepared) -> Iterator[_Services]:
    settings, pack = prepared.settings, prepared.pack
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        sessions = session_factory(engine)
        now = lambda: dt.datetime.now(dt.UTC)  # noqa: E731 - one clock for both services
        lockout = LockoutPolicy(settings.lockout_attempts, dt.timedelta(minutes=settings.lockout_window_minutes),
                                dt.timedelta(minutes=settings.lockout_minutes))
        rules = RegistrationRules(required=pack.required_contact, security_questions=pack.security_questions,
                                  licence_types=pack.licence_types, town_state=pack.state)
        assist = AssistService(SqlAssistRepository(sessions), rules, lockout, settings.kiosk_id, now,
                               town_name=pack.name)
        periods = RetentionPeriods(settings.retention_submissions_days, settings.retention_statistics_days,
                                   settings.retention_closed_accounts_days)
        retention = RetentionService(SqlRetentionRepository(sessions), periods, settings.kiosk_id, now)
        yield _Services(assist, retention, ZoneInfo(pack.timezone))
    finally:
        engine.dispose()


def _find(s: _Services, by: Actor, query: str) -> int:
    matches = s.assist.find(by, query)
    for m in matches:
        name = " ".join(x for x in (m.first_name, m.last_name) if x) or "(no name given)"
        print(f"{m.username:<30} {name:<30} {m.email or '-':<30} {m.city or '-'}"
              + ("  (closed)" if m.closed else ""))
    print(f"{len(matches)} account(s) found.")
    return 0


def _unlock(s: _Services, by: Actor, username: str) -> int:
    view = s.assist.view_by_username(by, username)
    s.assist.unlock(by, view.account_id)
    print(f"{view.username} is unlocked" + ("." if view.locked_until else " (it was not locked)."))
    return 0


def _temporary(s: _Services, by: Actor, username: str, slip: Path | None, prepared: Prepared) -> int:
    view = s.assist.view_by_username(by, username)
    temporary = s.assist.issue_temporary_password(by, view.account_id)
    print(f"Temporary password for {temporary.username}: {temporary.password}")
    print("It works once: the kiosk asks for a new password at the next sign-in. Hand it over in person.")
    if slip is not None:
        from kiosk.printing.temporary_password import TemporaryPasswordSlip, render_temporary_password_slip

        pack = prepared.pack
        slip.write_bytes(render_temporary_password_slip(TemporaryPasswordSlip(
            pack.name, pack.state, temporary.username, temporary.password, dt.datetime.now(dt.UTC),
            prepared.settings.kiosk_id, pack.front_desk, pack.timezone)))
        print(f"Slip written to {slip}.")
    return 0


def _close(s: _Services, by: Actor, username: str) -> int:
    view = s.assist.close(by, s.assist.view_by_username(by, username).account_id)
    print(f"{view.username} is closed: it can no longer sign in, and retention deletes it later.")
    return 0


def _export(s: _Services, by: Actor, username: str, json_path: Path | None, pdf_path: Path | None) -> int:
    export = s.assist.export(by, s.assist.view_by_username(by, username).account_id)
    if json_path is not None:
        json_path.write_text(export_json(export) + "\n", encoding="utf-8")
        print(f"JSON written to {json_path}.")
    if pdf_path is not None:
        from kiosk.printing.account_export import render_account_export

        pdf_path.write_bytes(render_account_export(export, s.zone.key))
        print(f"PDF written to {pdf_path}.")
    print("Password and security answer are held as hashes and not disclosed (the export says so).")
    return 0


def _retention_run(s: _Services, by: Actor, dry_run: bool) -> int:
    report = s.retention.run(by, dry_run=dry_run)
    c = report.counts
    print(("Would delete" if dry_run else "Deleted") + f": {c.submissions} submission(s) (with their history and "
          f"deliveries), {c.statistics_events} statistics event(s), {c.closed_accounts} closed account(s).")
    print("The audit log is kept: it is exempt from retention.")
    return 0


def _retention_show(s: _Services) -> int:
    p = s.retention.periods
    print(f"Submissions: kept {p.submissions_days} days after their last change")
    print(f"Statistics events: kept {p.statistics_days} days")
    print(f"Closed accounts: kept {p.closed_accounts_days} days after closing")
    print("Audit log: kept for good (exempt)")
    last = s.retention.last_run()
    if last is None:
        print("Last run: never")
    else:
        print(f"Last run: {last.ran_at.astimezone(s.zone):%Y-%m-%d %H:%M} by {last.by}, deleted "
              f"{last.counts.describe()}")
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _refused(message: str) -> int:
    print(f"Refused: {message}.", file=sys.stderr)
    return EXIT_CONFIG
