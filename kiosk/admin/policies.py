# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin policies`: the town's terms and privacy policy, every version of them, publishing
a new one, and who accepted which.

Exit codes: 0 done; 2 refused input (an unknown document or version, a date that is not one or
is in the past, a file that cannot be read, Markdown the kiosk cannot show and print alike, no
summary of changes), with a message saying what to change. Dates are the town's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.admin.staff import _os_user, _refused
from kiosk.core.policy_library import PolicySource
from kiosk.core.policy_markdown import MAX_CHARACTERS, MarkdownProblem
from kiosk.core.policy_service import (
    MAX_DAYS_AHEAD,
    SUMMARY_MAX,
    PolicyRefusal,
    PolicyRefused,
    PolicyService,
    PolicyVersion,
    VersionStatus,
)
from kiosk.core.staff import Actor
from kiosk.startup import Prepared
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.policies_repo import SqlPolicyRepository

REFUSALS = {
    PolicyRefusal.UNKNOWN_DOCUMENT: "there is no such document; the town's are: {docs}",
    PolicyRefusal.UNKNOWN_VERSION: "there is no version {detail} (see: kiosk-admin policies list)",
    PolicyRefusal.IN_THE_PAST: "the effective date is in the past ({detail}); a new version takes effect today "
                               "or later",
    PolicyRefusal.TOO_FAR_AHEAD: f"the effective date is more than {MAX_DAYS_AHEAD} days away; check the year",
    PolicyRefusal.NOT_AFTER_LATEST: "the effective date must be after the latest version's: {detail}",
    PolicyRefusal.VERSION_INVALID: "--version {detail} is not a version number like 1.2",
    PolicyRefusal.VERSION_TAKEN: "version {detail} exists already; give another --version, or none for the next number",
    PolicyRefusal.VERSION_NOT_HIGHER: "--version must be higher than every earlier version ({detail})",
    PolicyRefusal.SUMMARY_MISSING: "give a summary of the changes (--summary): residents read it",
    PolicyRefusal.SUMMARY_TOO_LONG: f"the summary is too long (at most {SUMMARY_MAX} characters) or holds "
                                    "characters that are not text",
    PolicyRefusal.TITLE_INVALID: "the title must be 1 to 200 characters of text",
    PolicyRefusal.UNPRINTABLE: "the kiosk could not print this text ({detail})",
}
MARKDOWN = {
    MarkdownProblem.EMPTY: "the file holds no text",
    MarkdownProblem.TOO_LONG: f"the text is too long (at most {MAX_CHARACTERS:,} characters)",
    MarkdownProblem.CONTROL_CHARACTERS: "the text holds control characters ({detail}); save it as plain UTF-8 text",
    MarkdownProblem.FRONT_MATTER: "the file starts with a +++ block: give the text alone, the version, date and "
                                  "summary as options",
    MarkdownProblem.RAW_HTML: "the text holds HTML ({detail}); the screen would show it as a web page does and the "
                              "printout as text: write it in Markdown",
    MarkdownProblem.IMAGE: "the text holds a picture ({detail}); the kiosk shows and prints no pictures",
}
STATUS = {VersionStatus.SUPERSEDED: "superseded", VersionStatus.IN_FORCE: "IN FORCE", VersionStatus.UPCOMING: "upcoming"}


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `policies` sub-commands (kiosk.admin.main calls this once)."""
    policies = sub.add_parser("policies", help="the terms and privacy policy: versions, publishing, acceptances") \
        .add_subparsers(dest="action", required=True)
    policies.add_parser("list", help="every version of each document, with its date, state and acceptances")
    show = policies.add_parser("show", help="one version's text (default: the one in force)")
    show.add_argument("doc", help="terms or privacy")
    show.add_argument("--version", help="e.g. 1.0 (older versions stay readable)")
    publish = policies.add_parser("publish", help="publish a new version from a Markdown file")
    publish.add_argument("doc", help="terms or privacy")
    publish.add_argument("file", type=Path, help="the text, in Markdown (UTF-8)")
    publish.add_argument("--effective", required=True, help="the day it takes effect (YYYY-MM-DD), today or later")
    publish.add_argument("--summary", required=True, help="what changed, in plain words, for residents")
    publish.add_argument("--version", help="its number (default: the next, e.g. 1.2 after 1.1)")
    publish.add_argument("--title", help="its title (default: the latest version's)")
    accepted = policies.add_parser("acceptances", help="how many accounts accepted each version; with --version, "
                                                       "who and when")
    accepted.add_argument("doc", help="terms or privacy")
    accepted.add_argument("--version", help="list the accounts that accepted this version")


def run(prepared: Prepared, args: argparse.Namespace) -> int:
    zone = ZoneInfo(prepared.pack.timezone)
    commands: dict[str, Callable[[PolicyService, Actor], int]] = {
        "list": lambda service, _by: _list(service),
        "show": lambda service, _by: _show(service, args.doc, args.version),
        "publish": lambda service, by: _publish(service, by, args),
        "acceptances": lambda service, by: _acceptances(service, by, args.doc, args.version, zone),
    }
    with _service(prepared) as service:
        try:
            return commands[args.action](service, Actor.command_line(_os_user()))
        except PolicyRefused as exc:
            return _refused(_message(exc, service))


def _message(exc: PolicyRefused, service: PolicyService) -> str:
    if exc.reason is PolicyRefusal.MARKDOWN and exc.problem is not None:
        return MARKDOWN[exc.problem].format(detail=exc.detail or "?")
    return REFUSALS[exc.reason].format(detail=exc.detail, docs=", ".join(service.doc_ids))


@contextmanager
def _service(prepared: Prepared) -> Iterator[PolicyService]:
    from kiosk.printing.documents import policy_proof  # reportlab: only for this command

    pack, settings = prepared.pack, prepared.settings
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        yield PolicyService(SqlPolicyRepository(session_factory(engine)), pack.library, pack.timezone,
                            settings.kiosk_id, lambda: dt.datetime.now(dt.UTC),
                            proof=policy_proof(pack.name, pack.state, pack.timezone, settings.kiosk_id))
    finally:
        engine.dispose()


def _list(service: PolicyService) -> int:
    for doc_id in service.doc_ids:
        counts = {c.version: c.accounts for c in service.acceptance_counts(doc_id)}
        versions = service.versions(doc_id)
        print(f"{doc_id}: {versions[-1].document.title}")
        for ver in versions:
            print(f"  {_line(ver)}; accepted by {counts.get(ver.document.version, 0)} account(s)")
    return 0


def _line(ver: PolicyVersion) -> str:
    doc = ver.document
    origin = ("from the town pack" if ver.source is PolicySource.PACK else
              f"published by {ver.published_by} on {ver.published_at:%Y-%m-%d} at {ver.kiosk_id}")
    return f"{doc.version:<8} effective {doc.effective.isoformat()}  {STATUS[ver.status]:<10} {origin}"


def _show(service: PolicyService, doc_id: str, version: str | None) -> int:
    ver = service.version(doc_id, version)
    doc = ver.document
    print(f"{doc.title}, version {doc.version}")
    print(_line(ver))
    if doc.changes:
        print(f"What changed: {doc.changes}")
    print(f"SHA-256: {doc.sha256}")
    print()
    sys.stdout.write(doc.body_markdown)
    return 0


def _publish(service: PolicyService, by: Actor, args: argparse.Namespace) -> int:
    try:
        effective = dt.date.fromisoformat(args.effective)
    except ValueError:
        return _refused(f"--effective {args.effective!r} is not a date like 2026-01-31")
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _refused(f"{args.file} cannot be read as UTF-8 text ({exc.__class__.__name__}: "
                        f"{getattr(exc, 'strerror', None) or exc})")
    ver = service.publish(by, args.doc, text, effective, args.summary, args.version, args.title)
    doc = ver.document
    when = "today" if ver.status is VersionStatus.IN_FORCE else doc.effective.isoformat()
    print(f"Published {doc.title} version {doc.version}: every kiosk shows it from {when}"
          + (", and asks residents to accept it when they sign in." if doc.doc_id == "terms" else "."))
    return 0


def _acceptances(service: PolicyService, by: Actor, doc_id: str, version: str | None, zone: ZoneInfo) -> int:
    counts = service.acceptance_counts(doc_id)
    if version is None:
        for count in counts:
            print(f"{doc_id} {count.version:<8} accepted by {count.accounts} account(s)")
        return 0
    people = service.accepted_by(by, doc_id, version)
    for person in people:
        print(f"{person.accepted_at.astimezone(zone):%Y-%m-%d %H:%M}  {person.username:<24} at {person.kiosk_id}")
    print(f"{len(people)} acceptance(s) of {doc_id} {version}.")
    return 0
