# SPDX-License-Identifier: Apache-2.0
"""Policies for staff: publish a new version of the terms or the privacy policy, read every
version, and see who accepted which.

Qt-free and storage-free. A supervisor (or the town's IT at the command line) publishes; the
repository stores the version, its text and the audit entry in one transaction, and every kiosk
of the database shows it from its effective date (kiosk.core.policy_library says how). Dates
are the town's: "today" at a Westport kiosk is today in Westport.

Rules a publication keeps, so that versions read in order and nothing changes behind a
resident's back: the date is today or later (never in the past: a resident may have accepted
what was in force) and within a year (a mistyped year would otherwise block every later
version); it is later than every version's date, so each version supersedes the one before; the
number is new and higher than every number before (1.2 after 1.1, unless given); the summary of
changes is required (residents read it on the home notice's page and the new-terms screen).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kiosk.core import validation as v
from kiosk.core.accounts import Acceptance
from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.policies import PolicyDocument
from kiosk.core.policy_library import PolicyLibrary, PolicySource, PublishedPolicy
from kiosk.core.policy_markdown import MarkdownProblem, markdown_problem, normalised
from kiosk.core.staff import Actor, StaffRefusal, StaffRefused, StaffRole
from kiosk.core.town_format import town_time

MAX_DAYS_AHEAD = 366
SUMMARY_MAX = 1000
TITLE_MAX = 200                    # policy_texts.title
VERSION_PATTERN = re.compile(r"\d{1,4}(\.\d{1,4}){0,3}")     # 1, 1.2, 2.0.1: what a person reads as a number
RECORD = "policy"


class PolicyRefusal(enum.Enum):
    UNKNOWN_DOCUMENT = "unknown_document"      # not a document of the pack (privacy, terms)
    UNKNOWN_VERSION = "unknown_version"
    IN_THE_PAST = "in_the_past"                # effective before the town's today
    TOO_FAR_AHEAD = "too_far_ahead"            # more than MAX_DAYS_AHEAD days from today
    NOT_AFTER_LATEST = "not_after_latest"      # on or before the date of the latest version
    VERSION_INVALID = "version_invalid"        # not like 1.2
    VERSION_TAKEN = "version_taken"            # this number exists already (or once did)
    VERSION_NOT_HIGHER = "version_not_higher"  # lower than the latest number
    SUMMARY_MISSING = "summary_missing"
    SUMMARY_TOO_LONG = "summary_too_long"
    TITLE_INVALID = "title_invalid"
    MARKDOWN = "markdown"                      # see ``problem``
    UNPRINTABLE = "unprintable"                # the printout could not be made of it


class PolicyRefused(Exception):
    def __init__(self, reason: PolicyRefusal, detail: str = "", problem: MarkdownProblem | None = None) -> None:
        super().__init__(reason.value + (f": {detail}" if detail else ""))
        self.reason = reason
        self.detail = detail
        self.problem = problem


class VersionStatus(enum.Enum):
    SUPERSEDED = "superseded"
    IN_FORCE = "in_force"
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class PolicyVersion:
    """One version as the console and kiosk-admin list it."""

    document: PolicyDocument
    status: VersionStatus
    source: PolicySource
    published_at: dt.datetime | None = None    # published versions only
    published_by: str = ""
    kiosk_id: str = ""


@dataclass(frozen=True, slots=True)
class VersionAcceptances:
    version: str
    accounts: int                  # accounts that accepted this version (each counted once)


@dataclass(frozen=True, slots=True)
class AcceptedBy:
    """One resident's acceptance of one version: staff-internal, for a supervisor."""

    username: str
    accepted_at: dt.datetime       # aware UTC
    kiosk_id: str


class PolicyRepository(Protocol):
    def published(self) -> list[PublishedPolicy]:
        """Every version staff published, of every document."""

    def known_versions(self, doc_id: str) -> set[str]:
        """Every version number this database ever held a text of (shown, accepted or published)."""

    def publish(self, published: PublishedPolicy, audit: AuditEvent) -> None:
        """Store the version, its text and ``audit`` in one transaction; PolicyRefused VERSION_TAKEN
        or NOT_AFTER_LATEST if another kiosk took the number or the date first."""

    def acceptance_counts(self, doc_id: str) -> dict[str, int]:
        """Version -> how many accounts accepted it (counted in the database)."""

    def accepted_by(self, doc_id: str, version: str, audit: AuditEvent, limit: int | None) -> list[AcceptedBy]:
        """Who accepted the version and when, oldest first; ``audit`` is appended as it is read."""

    def account_acceptances(self, username_key: str, audit: Callable[[int], AuditEvent]) -> list[Acceptance] | None:
        """Every acceptance of the account, oldest first (None: no such account); ``audit(account id)``
        is appended as it is read."""


class PolicyService:
    def __init__(self, repository: PolicyRepository, library: PolicyLibrary, timezone: str, kiosk_id: str,
                 now: Callable[[], dt.datetime], proof: Callable[[PolicyDocument], object] | None = None) -> None:
        """``proof``: makes the printout of a version about to be published (kiosk.printing), so a
        text that cannot be printed is refused; None: the Markdown check alone."""
        self._repo = repository
        self._library = library
        self._zone = timezone
        self._kiosk_id = kiosk_id
        self._clock = now
        self._proof = proof

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the published versions into the library (one query; call it off the GUI thread)."""
        self._library.update(self._repo.published())

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return self._library.doc_ids

    def today(self) -> dt.date:
        return town_time(self._clock(), self._zone).date()

    def versions(self, doc_id: str) -> list[PolicyVersion]:
        """Every version, oldest first, from the database as it is now."""
        self._known(doc_id)
        self.refresh()
        today = self.today()
        in_force = self._library.policy(doc_id, today)
        return [self._version(doc, in_force, today) for doc in self._library.history(doc_id).versions]

    def version(self, doc_id: str, version: str | None = None) -> PolicyVersion:
        """One version (None: the one in force today); older versions stay readable."""
        versions = self.versions(doc_id)
        if version is None:
            return next(ver for ver in versions if ver.status is VersionStatus.IN_FORCE)
        for ver in reversed(versions):      # a number in the pack and published: the published one
            if ver.document.version == version:
                return ver
        raise PolicyRefused(PolicyRefusal.UNKNOWN_VERSION, version)

    def next_version(self, doc_id: str) -> str:
        """The number a new version gets unless one is given: the last part of the highest one plus one."""
        numbered = [n for n in self._numbers(doc_id) if _number(n) is not None]
        if not numbered:
            return "1.0"
        parts = [int(p) for p in max(numbered, key=lambda n: _number(n) or ()).split(".")]
        return _text((*parts[:-1], parts[-1] + 1))

    # -- publishing --------------------------------------------------------------------------------

    def prepare(self, doc_id: str, markdown: str, effective: dt.date, summary: str, version: str | None = None,
                title: str | None = None) -> PolicyDocument:
        """The version as it would be published, checked; PolicyRefused says what to change. Nothing
        is stored (the console's editor checks with it before asking to publish)."""
        self._known(doc_id)
        self.refresh()
        today = self.today()
        if effective < today:
            raise PolicyRefused(PolicyRefusal.IN_THE_PAST, f"today is {today.isoformat()} in the town")
        if (effective - today).days > MAX_DAYS_AHEAD:
            raise PolicyRefused(PolicyRefusal.TOO_FAR_AHEAD, f"at most {MAX_DAYS_AHEAD} days from today")
        latest = self._library.history(doc_id).versions[-1]
        if effective <= latest.effective:
            raise PolicyRefused(PolicyRefusal.NOT_AFTER_LATEST,
                                f"version {latest.version} takes effect on {latest.effective.isoformat()}")
        number = self._checked_number(doc_id, version)
        changes = " ".join(summary.split())
        if not changes:
            raise PolicyRefused(PolicyRefusal.SUMMARY_MISSING)
        if len(changes) > SUMMARY_MAX or not changes.isprintable():
            raise PolicyRefused(PolicyRefusal.SUMMARY_TOO_LONG, f"at most {SUMMARY_MAX} characters")
        name = latest.title if title is None else " ".join(title.split())
        if not name or len(name) > TITLE_MAX or not name.isprintable():
            raise PolicyRefused(PolicyRefusal.TITLE_INVALID, f"1 to {TITLE_MAX} characters")
        problem = markdown_problem(markdown)
        if problem is not None:
            raise PolicyRefused(PolicyRefusal.MARKDOWN, problem[1], problem[0])
        doc = PolicyDocument(doc_id=doc_id, title=name, version=number, effective=effective,
                             body_markdown=normalised(markdown), changes=changes)
        if self._proof is not None:
            try:
                self._proof(doc)
            except Exception as exc:  # noqa: BLE001 - whatever the printer's layout raised, it is the text's fault
                raise PolicyRefused(PolicyRefusal.UNPRINTABLE, f"{exc.__class__.__name__}: {exc}"[:200]) from None
        return doc

    def publish(self, by: Actor, doc_id: str, markdown: str, effective: dt.date, summary: str,
                version: str | None = None, title: str | None = None) -> PolicyVersion:
        """Publish a new version (a supervisor, or the command line); from its effective date every
        kiosk shows it, announces it on the home screen and asks for the new terms to be accepted."""
        _supervisor(by)
        doc = self.prepare(doc_id, markdown, effective, summary, version, title)
        now = self._now()
        published = PublishedPolicy(doc, now, by.name, self._kiosk_id)
        self._repo.publish(published, self._event(by, AuditAction.POLICY_PUBLISHED, f"{doc_id} {doc.version}", now,
                                                  f"effective {effective.isoformat()}; sha256 {doc.sha256[:16]}"))
        self.refresh()
        return self.version(doc_id, doc.version)

    # -- acceptances -------------------------------------------------------------------------------

    def acceptance_counts(self, doc_id: str) -> list[VersionAcceptances]:
        """For every version (oldest first, none left out), how many accounts accepted it. Counts of
        accounts for staff, not a public statistic: the console shows them to every staff member."""
        counts = self._repo.acceptance_counts(doc_id)
        numbers = [ver.document.version for ver in self.versions(doc_id)]
        numbers += sorted(set(counts) - set(numbers))          # versions of an older pack, accepted then
        return [VersionAcceptances(n, counts.get(n, 0)) for n in dict.fromkeys(numbers)]

    def accepted_by(self, by: Actor, doc_id: str, version: str, limit: int | None = None) -> list[AcceptedBy]:
        """Who accepted ``version`` and when, oldest first: residents' user names, so a supervisor's
        (audited: it is a list of people)."""
        _supervisor(by)
        self._known(doc_id)
        if version not in self._numbers(doc_id):
            raise PolicyRefused(PolicyRefusal.UNKNOWN_VERSION, version)
        now = self._now()
        return self._repo.accepted_by(doc_id, version, self._event(
            by, AuditAction.POLICY_ACCEPTANCES_VIEWED, f"{doc_id} {version}", now), limit)

    def account_acceptances(self, by: Actor, username: str) -> list[Acceptance]:
        """Which versions one account accepted and when, oldest first (any staff member helping the
        resident; audited). LookupError if there is no such account."""
        now = self._now()
        found = self._repo.account_acceptances(v.username_key(username), lambda account_id: AuditEvent(
            at=now, actor=by.name, action=AuditAction.ACCOUNT_ACCEPTANCES_VIEWED, record_kind="account",
            record_id=str(account_id), kiosk_id=self._kiosk_id))
        if found is None:
            raise LookupError(f"no account {username!r}")
        return found

    # -- helpers -----------------------------------------------------------------------------------

    def _known(self, doc_id: str) -> None:
        if doc_id not in self._library.doc_ids:
            raise PolicyRefused(PolicyRefusal.UNKNOWN_DOCUMENT, doc_id)

    def _numbers(self, doc_id: str) -> set[str]:
        """Every number the document has or had: the pack's, the published ones, and any this database
        holds a text of (an older pack's)."""
        return {d.version for d in self._library.history(doc_id).versions} | self._repo.known_versions(doc_id)

    def _checked_number(self, doc_id: str, version: str | None) -> str:
        if version is None:
            return self.next_version(doc_id)
        number = version.strip()
        parsed = _number(number)
        if parsed is None:
            raise PolicyRefused(PolicyRefusal.VERSION_INVALID, number)
        taken = self._numbers(doc_id)
        if number in taken:
            raise PolicyRefused(PolicyRefusal.VERSION_TAKEN, number)
        highest = max((n for n in map(_number, taken) if n is not None), default=None)
        if highest is not None and parsed <= highest:
            raise PolicyRefused(PolicyRefusal.VERSION_NOT_HIGHER, f"the highest so far is {_text(highest)}")
        return number

    def _version(self, doc: PolicyDocument, in_force: PolicyDocument, today: dt.date) -> PolicyVersion:
        status = (VersionStatus.IN_FORCE if doc == in_force
                  else VersionStatus.UPCOMING if doc.effective > today else VersionStatus.SUPERSEDED)
        published = self._library.publication(doc)
        if published is None:
            return PolicyVersion(doc, status, PolicySource.PACK)
        return PolicyVersion(doc, status, PolicySource.PUBLISHED, published.published_at, published.published_by,
                             published.kiosk_id)

    def _now(self) -> dt.datetime:
        moment = self._clock()
        return (moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)

    def _event(self, by: Actor, action: AuditAction, record_id: str, at: dt.datetime, detail: str = "") -> AuditEvent:
        return AuditEvent(at=at, actor=by.name, action=action, record_kind=RECORD, record_id=record_id,
                          kiosk_id=self._kiosk_id, detail=detail)


def _supervisor(by: Actor) -> None:
    if by.role is not None and by.role is not StaffRole.SUPERVISOR:
        raise StaffRefused(StaffRefusal.NOT_ALLOWED, "a supervisor's")


def _number(version: str) -> tuple[int, ...] | None:
    """1.2 as (1, 2), with trailing zeros dropped so 1.0 and 1 compare equal; None: not a number."""
    if not VERSION_PATTERN.fullmatch(version):
        return None
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _text(number: tuple[int, ...]) -> str:
    return ".".join(map(str, number))
