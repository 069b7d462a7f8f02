# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin staff` and `kiosk-admin audit`: the front-desk staff accounts, and the check of
the audit log's chain.

Exit codes: 0 done; 1 the audit log does not verify; 2 refused input (a user name that is not
one, a weak password, an unknown account), with a message saying what to change. Passwords are
read hidden at a terminal, or as one line from standard input for scripts, and never printed;
the one password printed is the temporary one `reset-password` makes, for the person to be given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from kiosk.core.accounts import FieldError, FieldErrors, LockoutPolicy
from kiosk.core.audit import Break, verify_chain
from kiosk.core.staff import Actor, StaffNotFound, StaffRefusal, StaffRefused, StaffRole
from kiosk.core.staff_service import StaffService
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.staff_repo import SqlStaffRepository

REFUSALS = {
    StaffRefusal.NOT_ALLOWED: "only a supervisor may do this",
    StaffRefusal.USERNAME_TAKEN: "that user name is taken; choose another",
    StaffRefusal.USERNAME_INVALID: "a user name is 3-40 of a-z, 0-9, '.', '_' and '-', starting with a letter",
    StaffRefusal.NAME_INVALID: "give the person's name (--name), at most 120 characters",
    StaffRefusal.ALREADY_DISABLED: "that account is disabled already",
    StaffRefusal.NOT_YOURSELF: "an account cannot disable itself",
    StaffRefusal.SAME_PASSWORD: "the new password must differ from the old one",
    StaffRefusal.TOTP_NOT_STARTED: "no authenticator app is being set up",
    StaffRefusal.TOTP_WRONG: "the code does not match",
}
PASSWORD_ERRORS = {
    FieldError.REQUIRED: "no password given",
    FieldError.TOO_SHORT: "the password is too short (at least 8 characters)",
    FieldError.TOO_LONG: "the password is too long (at most 20 characters)",
    FieldError.BAD_CHARACTERS: "the password holds characters that cannot be typed at the kiosk",
    FieldError.PASSWORD_MISMATCH: "the two passwords typed differ",
    FieldError.PASSWORD_COMMON: "the password is one of the most common ones; choose another",
    FieldError.PASSWORD_WEAK: "the password is too easy to guess; make it longer or less predictable",
    FieldError.PASSWORD_HAS_USERNAME: "the password must not contain the user name",
}
BREAKS = {
    Break.ALTERED: "its contents are not what its hash was taken of: it was edited",
    Break.LINK: "it does not follow the row before it: that row was edited and re-hashed, or rows were removed",
    Break.GAP: "rows before it are missing",
    Break.TAIL: "the log ends before the last row it recorded: the last rows were removed",
    Break.HEAD: "the record of the last row was removed",
}


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `staff` and `audit` sub-commands (kiosk.admin.main calls this once)."""
    staff = sub.add_parser("staff", help="front-desk staff accounts").add_subparsers(dest="action", required=True)
    add = staff.add_parser("add", help="add a staff account (asks for its first password, to be changed "
                                       "at the first sign-in)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[role.value for role in StaffRole])
    add.add_argument("--name", required=True, help="the person's name, as the console and the audit log show it")
    staff.add_parser("disable", help="stop an account signing in (it stays in the audit log)").add_argument("username")
    staff.add_parser("reset-password", help="make a one-time temporary password, to be changed at the next "
                                            "sign-in").add_argument("username")
    totp = staff.add_parser("require-totp", help="ask for an authenticator app's code at this person's sign-in")
    totp.add_argument("username")
    totp.add_argument("--off", action="store_true", help="stop asking for it")
    staff.add_parser("list", help="every staff account, with its role and state")
    audit = sub.add_parser("audit", help="the audit log of staff actions").add_subparsers(dest="action", required=True)
    audit.add_parser("verify", help="check the log's hash chain (exit 1 at the first row that does not match)")


def run(prepared: Prepared, args: argparse.Namespace) -> int:
    if args.area == "audit":
        return audit_verify(prepared)
    commands: dict[str, Callable[[StaffService, Actor], int]] = {
        "add": lambda service, by: _add(service, by, args.username, args.role, args.name),
        "disable": lambda service, by: _disable(service, by, args.username),
        "reset-password": lambda service, by: _reset(service, by, args.username),
        "require-totp": lambda service, by: _require_totp(service, by, args.username, not args.off),
        "list": lambda service, _by: _list(service, ZoneInfo(prepared.pack.timezone)),
    }
    with _service(prepared) as service:
        try:
            return commands[args.action](service, Actor.command_line(_os_user()))
        except StaffRefused as exc:
            return _refused(REFUSALS[exc.reason])
        except StaffNotFound:
            return _refused(f"there is no staff account {args.username!r} (see: kiosk-admin staff list)")
        except FieldErrors as exc:
            return _refused("; ".join(PASSWORD_ERRORS.get(e, e.value) for e in exc.errors.values()))


@contextmanager
def _service(prepared: Prepared) -> Iterator[StaffService]:
    settings = prepared.settings
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        lockout = LockoutPolicy(settings.lockout_attempts, dt.timedelta(minutes=settings.lockout_window_minutes),
                                dt.timedelta(minutes=settings.lockout_minutes))
        yield StaffService(SqlStaffRepository(session_factory(engine)), lockout, settings.kiosk_id,
                           lambda: dt.datetime.now(dt.UTC), totp_issuer=prepared.pack.name)
    finally:
        engine.dispose()


def _add(service: StaffService, by: Actor, username: str, role: str, name: str) -> int:
    password, again = _read_password()
    member = service.add(by, username, name, StaffRole(role), password, again)
    print(f"Added {member.username} ({member.display_name}), {member.role.value}. "
          "The password must be changed at the first sign-in.")
    return 0


def _disable(service: StaffService, by: Actor, username: str) -> int:
    member = service.disable(by, username)
    print(f"{member.username} ({member.display_name}) can no longer sign in.")
    return 0


def _reset(service: StaffService, by: Actor, username: str) -> int:
    temporary = service.reset_password(by, username)
    member = service.get(username)
    print(f"Temporary password for {member.username}: {temporary}")
    print("It works once: a new password must be chosen at the next sign-in. Hand it over in person.")
    return 0


def _require_totp(service: StaffService, by: Actor, username: str, required: bool) -> int:
    member = service.require_totp(by, username, required)
    if not required:
        print(f"{member.username} is no longer asked to set up an authenticator app"
              + (" (the one set up is still asked for)." if member.totp_enrolled else "."))
    elif member.totp_enrolled:
        print(f"{member.username} already signs in with an authenticator app's code.")
    else:
        print(f"{member.username} will be asked to set up an authenticator app at the next sign-in.")
    return 0


def _list(service: StaffService, zone: ZoneInfo) -> int:
    members = service.list()
    if not members:
        print("No staff accounts. Add one with: kiosk-admin staff add USERNAME --role supervisor --name NAME")
        return 0
    for m in members:
        state = "active" if m.active else "disabled"
        flags = [f for f, on in (("temporary password", m.must_change_password), ("TOTP", m.totp_enrolled),
                                 ("TOTP required, not set up", m.totp_required and not m.totp_enrolled)) if on]
        last = f"{m.last_sign_in_at.astimezone(zone):%Y-%m-%d %H:%M}" if m.last_sign_in_at else "never"
        print(f"{m.username:<20} {m.role.value:<10} {state:<8} last sign-in {last:<16} {m.display_name}"
              + (f"  ({', '.join(flags)})" if flags else ""))
    print(f"{len(members)} staff account(s).")
    return 0


def audit_verify(prepared: Prepared) -> int:
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        log = SqlAuditLog(session_factory(engine))
        check = verify_chain(log.entries(), log.head())
    finally:
        engine.dispose()
    if check.intact:
        print(f"The audit log is intact: all {check.entries} row(s) match their hashes and follow one another.")
        return 0
    assert check.reason is not None
    print(f"The audit log does not verify: row {check.first_bad_seq} is the first that does not match; "
          f"{BREAKS[check.reason]}.", file=sys.stderr)
    return 1


def _read_password() -> tuple[str, str]:
    """Twice, hidden, at a terminal; one line from a pipe (a script sends it once)."""
    if sys.stdin.isatty():
        return getpass.getpass("Password: "), getpass.getpass("The same again: ")
    line = sys.stdin.readline().rstrip("\r\n")
    return line, line


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):       # no login name and no USER variable (some service managers)
        return "unknown"


def _refused(message: str) -> int:
    print(f"Refused: {message}.", file=sys.stderr)
    return EXIT_CONFIG
