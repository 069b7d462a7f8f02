# SPDX-License-Identifier: Apache-2.0
"""Publishing a new version of the terms or the privacy policy, on each engine: every kiosk of the
database shows it from its effective date (the town's), residents are asked to accept new terms,
older versions stay readable, and what cannot be shown and printed alike is refused."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from kiosk.core.audit import AuditAction, AuditEvent, verify_chain
from kiosk.core.policies import PolicyDocument
from kiosk.core.policy_library import PolicySource, PublishedPolicy
from kiosk.core.policy_markdown import MarkdownProblem
from kiosk.core.policy_service import PolicyRefusal, PolicyRefused, VersionStatus
from kiosk.core.staff import StaffRefusal, StaffRefused
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import session_factory
from kiosk.storage.policies_repo import SqlPolicyRepository
from tests.core.accounts_helpers import PASSWORD, CheapHasher, Clock, registration
from tests.core.accounts_helpers import make_service as account_service
from tests.storage.policy_support import ASSISTANT, DEC_1, NEW_TERMS, SUPERVISOR, policy_service, westport
from tests.storage.staff_support import entries


def test_a_published_version_takes_effect_on_its_date_at_every_kiosk(engine):
    clock = Clock(DEC_1)
    here, there = westport(), westport()          # two kiosks on one database
    published = policy_service(engine, here, clock).publish(
        SUPERVISOR, "terms", NEW_TERMS, dt.date(2026, 12, 10), "  Says what becomes a public record.  ")
    assert (published.document.version, published.status, published.source) == ("1.1", VersionStatus.UPCOMING,
                                                                                 PolicySource.PUBLISHED)
    assert published.published_by == "mgarcia" and published.document.changes == "Says what becomes a public record."
    assert published.document.title == "Terms & Conditions"        # the latest version's, unless given

    assert here.policy("terms", dt.date(2026, 12, 9)).version == "1.0"
    assert here.policy("terms", dt.date(2026, 12, 10)) == published.document
    assert published.document in here.policy_notices(dt.date(2026, 12, 10))        # the home screen's notice
    assert published.document not in here.policy_notices(dt.date(2026, 12, 9))

    assert there.policy("terms", dt.date(2026, 12, 10)).version == "1.0"     # until it reads the database
    policy_service(engine, there, clock, kiosk_id="lobby-2").refresh()
    assert there.policy("terms", dt.date(2026, 12, 10)) == published.document
    assert published.document in there.policy_notices(dt.date(2026, 12, 10))
    assert there.policy("privacy", dt.date(2026, 12, 10)).version == "1.1"       # the other document as it was


def test_today_is_the_towns_today(engine):
    clock = Clock(dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC))    # 1 December in UTC, 30 November in Westport
    pack = westport()
    service = policy_service(engine, pack, clock)
    with pytest.raises(PolicyRefused) as refused:
        service.publish(SUPERVISOR, "privacy", NEW_TERMS, dt.date(2026, 11, 29), "Shorter.")
    assert refused.value.reason is PolicyRefusal.IN_THE_PAST and "2026-11-30" in refused.value.detail

    ver = service.publish(SUPERVISOR, "privacy", NEW_TERMS, dt.date(2026, 11, 30), "Shorter.")
    assert ver.status is VersionStatus.IN_FORCE and ver.document.version == "1.2"
    assert pack.policy("privacy", service.today()) == ver.document


def test_version_numbers_and_dates_go_up_together(engine):
    service = policy_service(engine, westport(), Clock(DEC_1))
    assert service.next_version("terms") == "1.1"
    assert service.publish(SUPERVISOR, "terms", NEW_TERMS, dt.date(2026, 12, 10), "One.").document.version == "1.1"
    assert service.next_version("terms") == "1.2"
    assert service.publish(SUPERVISOR, "terms", NEW_TERMS + "\nMore.\n", dt.date(2026, 12, 20), "Two.",
                           version="2.0").document.version == "2.0"
    assert service.next_version("terms") == "2.1"

    def refusal(version: str | None = None, effective: dt.date = dt.date(2027, 1, 5), summary: str = "Three.",
                doc_id: str = "terms") -> PolicyRefusal:
        with pytest.raises(PolicyRefused) as refused:
            service.publish(SUPERVISOR, doc_id, NEW_TERMS, effective, summary, version)
        return refused.value.reason

    assert refusal("2.0") is PolicyRefusal.VERSION_TAKEN
    assert refusal("1.0") is PolicyRefusal.VERSION_TAKEN          # the pack's
    assert refusal("1.5") is PolicyRefusal.VERSION_NOT_HIGHER
    assert refusal("2") is PolicyRefusal.VERSION_NOT_HIGHER      # 2 is 2.0
    assert refusal("v3") is PolicyRefusal.VERSION_INVALID
    assert refusal(effective=dt.date(2026, 12, 20)) is PolicyRefusal.NOT_AFTER_LATEST
    assert refusal(effective=dt.date(2026, 12, 15)) is PolicyRefusal.NOT_AFTER_LATEST   # would come before 2.0
    assert refusal(effective=dt.date(2028, 1, 1)) is PolicyRefusal.TOO_FAR_AHEAD
    assert refusal(summary=" \n ") is PolicyRefusal.SUMMARY_MISSING
    assert refusal(doc_id="cookies") is PolicyRefusal.UNKNOWN_DOCUMENT
    assert [v.document.version for v in service.versions("terms")] == ["1.0", "1.1", "2.0"]


def test_older_versions_stay_readable(engine):
    clock = Clock(DEC_1)
    pack = westport()
    service = policy_service(engine, pack, clock)
    original = pack.policies["terms"].versions[0]
    service.publish(SUPERVISOR, "terms", NEW_TERMS, dt.date(2026, 12, 10), "Public records.")
    clock.now = dt.datetime(2027, 1, 1, 15, 0, tzinfo=dt.UTC)

    listed = service.versions("terms")
    assert [(v.document.version, v.status) for v in listed] == [("1.0", VersionStatus.SUPERSEDED),
                                                                 ("1.1", VersionStatus.IN_FORCE)]
    assert service.version("terms", "1.0").document.body_markdown == original.body_markdown
    assert service.version("terms").document.body_markdown == NEW_TERMS
    with pytest.raises(PolicyRefused) as refused:
        service.version("terms", "0.9")
    assert refused.value.reason is PolicyRefusal.UNKNOWN_VERSION


@pytest.mark.parametrize(("text", "problem"), [
    ("Read <script>alert(1)</script> this.\n", MarkdownProblem.RAW_HTML),
    ("<div>\nTerms\n</div>\n", MarkdownProblem.RAW_HTML),
    ("# Terms\n\n![the seal](seal.png)\n", MarkdownProblem.IMAGE),
    ("   \n\n", MarkdownProblem.EMPTY),
    ("---\n", MarkdownProblem.EMPTY),
    ('+++\nid = "terms"\n+++\n# Terms\n', MarkdownProblem.FRONT_MATTER),
    ("# Terms\n\nA bell \x07 here.\n", MarkdownProblem.CONTROL_CHARACTERS),
])
def test_markdown_the_kiosk_would_not_show_and_print_alike_is_refused(engine, text, problem):
    pack = westport()
    service = policy_service(engine, pack, Clock(DEC_1))
    with pytest.raises(PolicyRefused) as refused:
        service.publish(SUPERVISOR, "terms", text, dt.date(2026, 12, 10), "Changed.")
    assert (refused.value.reason, refused.value.problem) == (PolicyRefusal.MARKDOWN, problem)
    assert SqlPolicyRepository(session_factory(engine)).published() == [] and entries(engine) == []
    assert pack.policy("terms", dt.date(2027, 1, 1)).version == "1.0"


def test_an_assistant_cannot_publish_or_list_who_accepted(engine):
    service = policy_service(engine, westport(), Clock(DEC_1))
    with pytest.raises(StaffRefused) as refused:
        service.publish(ASSISTANT, "terms", NEW_TERMS, dt.date(2026, 12, 10), "Changed.")
    assert refused.value.reason is StaffRefusal.NOT_ALLOWED
    with pytest.raises(StaffRefused):
        service.accepted_by(ASSISTANT, "terms", "1.0")
    assert SqlPolicyRepository(session_factory(engine)).published() == [] and entries(engine) == []
    assert [c.accounts for c in service.acceptance_counts("terms")] == [0]       # counts are for every staff member


def test_publishing_is_audited_with_the_change(engine):
    service = policy_service(engine, westport(), Clock(DEC_1))
    ver = service.publish(SUPERVISOR, "terms", NEW_TERMS, dt.date(2026, 12, 10), "Public records.")
    [entry] = entries(engine)
    event = entry.event
    assert (event.actor, event.action, event.record_kind, event.record_id, event.kiosk_id) == (
        "mgarcia", AuditAction.POLICY_PUBLISHED, "policy", "terms 1.1", "desk-1")
    assert event.at == DEC_1 and "effective 2026-12-10" in event.detail and ver.document.sha256[:16] in event.detail
    log = SqlAuditLog(session_factory(engine))
    assert verify_chain(log.entries(), log.head()).intact


def test_two_kiosks_cannot_take_one_number_or_one_date(engine):
    repo = SqlPolicyRepository(session_factory(engine))
    service = policy_service(engine, westport(), Clock(DEC_1))
    doc = service.prepare("terms", NEW_TERMS, dt.date(2026, 12, 10), "Public records.")
    audit = AuditEvent(DEC_1, "mgarcia", AuditAction.POLICY_PUBLISHED, "policy", "terms 1.1", "desk-1")
    repo.publish(PublishedPolicy(doc, DEC_1, "mgarcia", "desk-1"), audit)
    other = PolicyDocument(doc_id="terms", title=doc.title, version="1.1", effective=dt.date(2026, 12, 11),
                          body_markdown="# Other\n\nText.\n", changes="x")
    with pytest.raises(PolicyRefused) as refused:        # prepared at the same moment, at another kiosk
        repo.publish(PublishedPolicy(other, DEC_1, "jlee", "lobby-2"), audit)
    assert refused.value.reason is PolicyRefusal.VERSION_TAKEN
    same_day = PolicyDocument(doc_id="terms", title=doc.title, version="1.2", effective=dt.date(2026, 12, 10),
                             body_markdown="# Other\n\nText.\n", changes="x")
    with pytest.raises(PolicyRefused) as refused:
        repo.publish(PublishedPolicy(same_day, DEC_1, "jlee", "lobby-2"), audit)
    assert refused.value.reason is PolicyRefusal.NOT_AFTER_LATEST
    assert [p.document.version for p in repo.published()] == ["1.1"] and len(entries(engine)) == 1


def test_residents_are_asked_to_accept_published_terms_from_their_date(engine):
    clock = Clock(DEC_1)
    pack = westport()
    accounts = account_service(engine, clock, hasher=CheapHasher())
    accounts.register(registration("jsmith"), pack.policy("terms", dt.date(2026, 12, 1)))
    accounts.register(registration("alee"), pack.policy("terms", dt.date(2026, 12, 1)))
    policies = policy_service(engine, pack, clock)
    policies.publish(SUPERVISOR, "terms", NEW_TERMS, dt.date(2026, 12, 10), "Public records.")

    clock.now = dt.datetime(2026, 12, 10, 4, 0, tzinfo=dt.UTC)     # 23:00 on 9 December in Westport
    _, signed_in = accounts.sign_in_to_visit("jsmith", PASSWORD, pack.policy("terms", policies.today()))
    assert signed_in is not None and not signed_in.needs_terms

    clock.now = dt.datetime(2026, 12, 10, 5, 0, tzinfo=dt.UTC)     # midnight in Westport: the new terms
    terms = pack.policy("terms", policies.today())
    assert terms.version == "1.1"
    _, signed_in = accounts.sign_in_to_visit("jsmith", PASSWORD, terms)
    assert signed_in is not None and signed_in.needs_terms
    status = accounts.terms_status(signed_in.account_id, terms)
    assert status.accepted is not None and status.accepted.version == "1.0"
    assert status.accepted_text == pack.policies["terms"].versions[0].body_markdown      # what changed is shown
    accounts.accept_terms(signed_in.account_id, terms)
    _, signed_in = accounts.sign_in_to_visit("jsmith", PASSWORD, terms)
    assert signed_in is not None and not signed_in.needs_terms


def test_who_accepted_which_version_and_when(engine):
    clock = Clock(DEC_1)
    pack = westport()
    accounts = account_service(engine, clock, hasher=CheapHasher())
    first = accounts.register(registration("jsmith"), pack.policy("terms", dt.date(2026, 12, 1)))
    accounts.register(registration("alee"), pack.policy("terms", dt.date(2026, 12, 1)))
    policies = policy_service(engine, pack, clock)
    policies.publish(SUPERVISOR, "terms", NEW_TERMS, dt.date(2026, 12, 10), "Public records.")
    clock.now = accepted_at = dt.datetime(2026, 12, 11, 16, 0, tzinfo=dt.UTC)
    new_terms = pack.policy("terms", policies.today())
    accounts.accept_terms(first.account_id, new_terms)
    accounts.accept_terms(first.account_id, new_terms)              # twice: still one account
    before = len(entries(engine))

    assert [(c.version, c.accounts) for c in policies.acceptance_counts("terms")] == [("1.0", 2), ("1.1", 1)]
    assert [(c.version, c.accounts) for c in policies.acceptance_counts("privacy")] == [("1.0", 0), ("1.1", 0)]
    people = policies.accepted_by(SUPERVISOR, "terms", "1.0")
    assert [p.username for p in people] == ["jsmith", "alee"] and people[0].accepted_at == DEC_1
    assert [(p.username, p.accepted_at) for p in policies.accepted_by(SUPERVISOR, "terms", "1.1", limit=1)] == [
        ("jsmith", accepted_at)]
    history = policies.account_acceptances(SUPERVISOR, "JSmith")
    assert [(a.version, a.accepted_at) for a in history] == [("1.0", DEC_1), ("1.1", accepted_at), ("1.1", accepted_at)]
    with pytest.raises(LookupError):
        policies.account_acceptances(SUPERVISOR, "nobody")

    viewed = [e.event for e in entries(engine)[before:]]
    assert [(e.action, e.record_kind, e.record_id) for e in viewed] == [
        (AuditAction.POLICY_ACCEPTANCES_VIEWED, "policy", "terms 1.0"),
        (AuditAction.POLICY_ACCEPTANCES_VIEWED, "policy", "terms 1.1"),
        (AuditAction.ACCOUNT_ACCEPTANCES_VIEWED, "account", str(first.account_id))]


def test_counting_uses_the_index(engine):
    """The count per version reads the index, not every acceptance (on PostgreSQL with a small
    table the planner may still scan: asked only of SQLite, whose plan is stable)."""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's plan is the stable one to check")
    with engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(sa.text(
            "EXPLAIN QUERY PLAN SELECT version, COUNT(DISTINCT account_id) FROM terms_acceptances "
            "WHERE doc_id = 'terms' GROUP BY version")))
    assert "ix_terms_acceptances_doc_version" in plan
