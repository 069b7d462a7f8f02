# SPDX-License-Identifier: Apache-2.0
"""Typed ORM models. Every table is created by an Alembic migration in db/versions, never by create_all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false as sa_false
from sqlalchemy.sql.schema import Table
from sqlalchemy.types import TypeDecorator

from kiosk.core.records.search import number_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    if TYPE_CHECKING:
        __table__: ClassVar[Table]        # each model maps one table (the base class says FromClause)


class UsageSession(Base):
    """One visit, anonymous: a random token, never an account or anything the visitor typed."""

    __tablename__ = "usage_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    kiosk_id: Mapped[str] = mapped_column(String(40), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    duration_s: Mapped[float] = mapped_column(Float)
    screens: Mapped[str] = mapped_column(String(400))       # screen ids in the order first used, comma-separated
    language: Mapped[str] = mapped_column(String(8))
    large_text: Mapped[bool] = mapped_column(Boolean)
    high_contrast: Mapped[bool] = mapped_column(Boolean)
    end_reason: Mapped[str] = mapped_column(String(16))
    pages_printed: Mapped[int] = mapped_column(Integer, server_default=text("0"))   # a count, never what

    # Statistics read a date range of these and nothing else (kiosk.storage.stats): the index covers
    # every column they group or add up, so the range is read from the index alone.
    __table_args__ = (Index("ix_usage_sessions_started_at_figures", "started_at", "end_reason", "language",
                            "duration_s", "pages_printed"),)


class UsageScreen(Base):
    """A screen a visit used, one row each, so "screens used" is counted in the database. ``started_at`` is
    the visit's, repeated here so each screen's date range is counted on the index alone, without a join."""

    __tablename__ = "usage_screens"
    __table_args__ = (Index("ix_usage_screens_screen_started_at", "screen", "started_at"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("usage_sessions.id", ondelete="CASCADE"), primary_key=True)
    screen: Mapped[str] = mapped_column(String(40), primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime on every engine (SQLite hands back naive ones otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a naive datetime cannot be stored; give it a time zone")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Account(Base):
    """A resident's account. The password and the security answer only as Argon2id hashes."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60))                    # as typed, NFKC, trimmed
    username_key: Mapped[str] = mapped_column(String(120), unique=True)  # NFKC + casefold: one account per name
    # kiosk.core.validation.username_skeleton: no two accounts whose names look alike ("cope", "соре").
    # At most 7 characters per character of a 30-character name (a Hangul syllable is its jamo,
    # some jamo two strokes). None only for a look-alike registered before migration 0008 (the
    # older account keeps the skeleton; a unique index admits many NULLs on both engines).
    username_skeleton: Mapped[str | None] = mapped_column(String(240), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    security_question: Mapped[str] = mapped_column(String(300))
    security_answer_hash: Mapped[str] = mapped_column(String(200))
    first_name: Mapped[str] = mapped_column(String(60))                  # "" when not given (optional fields)
    last_name: Mapped[str] = mapped_column(String(60))
    street: Mapped[str] = mapped_column(String(100))
    city: Mapped[str] = mapped_column(String(60))
    state: Mapped[str] = mapped_column(String(2))
    zip_code: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(20))                       # E.164
    email: Mapped[str] = mapped_column(String(320))
    # What staff search by (kiosk.core.assist.name_key, email_key): casefolded, accents removed,
    # written with the contact details by kiosk.storage.accounts_repo. Nothing the row does not say.
    # NULL only between migration 0011 adding them and filling them (the same transaction).
    first_name_key: Mapped[str | None] = mapped_column(String(60), index=True)
    last_name_key: Mapped[str | None] = mapped_column(String(60), index=True)
    email_key: Mapped[str | None] = mapped_column(String(320), index=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, server_default=sa_false())   # a temporary password
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)          # retention counts from it
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Licence(Base):
    __tablename__ = "licences"
    __table_args__ = (UniqueConstraint("account_id", "kind", "number", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(100))
    number: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(2))


class TermsAcceptance(Base):
    """Who accepted which exact text (doc id, version, SHA-256), when, at which kiosk."""

    __tablename__ = "terms_acceptances"
    # Who accepted a version, and how many did (kiosk.storage.policies_repo): counted in the index.
    __table_args__ = (Index("ix_terms_acceptances_doc_version", "doc_id", "version", "account_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    accepted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    kiosk_id: Mapped[str] = mapped_column(String(40))


class PolicyText(Base):
    """Every policy text the kiosk has shown, kept forever. Keyed by its digest too, so a version
    edited in place without a new number keeps both texts."""

    __tablename__ = "policy_texts"
    __table_args__ = (UniqueConstraint("doc_id", "version", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    effective: Mapped[dt.date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)


class PolicyPublication(Base):
    """A version of a policy staff published (kiosk.core.policy_service): its text is the
    policy_texts row, kept forever as every text shown is. Each version number and each effective
    date once per document, so two kiosks publishing at once cannot both take either."""

    __tablename__ = "policy_publications"
    __table_args__ = (UniqueConstraint("doc_id", "version", name="uq_policy_publications_version"),
                      UniqueConstraint("doc_id", "effective", name="uq_policy_publications_effective"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(40))
    effective: Mapped[dt.date] = mapped_column(Date)
    changes: Mapped[str] = mapped_column(Text)                   # the summary of changes, required
    text_id: Mapped[int] = mapped_column(ForeignKey("policy_texts.id"), unique=True)
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    published_by: Mapped[str] = mapped_column(String(80))
    kiosk_id: Mapped[str] = mapped_column(String(40))


class SignInFailure(Base):
    """One failed sign-in, security answer or current password. Append-only, so kiosks sharing a
    database never fight over a counter; a row is deleted once it neither counts toward a lock nor
    holds one (kiosk.core.account_service, _throttle_key, says why no later). ``key_digest`` is a
    keyed hash of the user name key, never the name typed."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_digest: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    # On the failure that completed a streak: the name is locked until then.
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class KioskSecret(Base):
    """Random keys shared by the kiosks of one database (e.g. for the decoy security questions)."""

    __tablename__ = "kiosk_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))      # hex


def _number_key_of(column: str) -> Callable[[DefaultExecutionContext], str | None]:
    """The default of a number_key column: kiosk.core.records.search.number_key of ``column`` in the same
    INSERT, so every writer (imports, the demo loader, tests) fills it without thinking of it."""
    def default(context: DefaultExecutionContext) -> str | None:
        # SQLAlchemy leaves get_current_parameters unannotated (it returns the INSERT's parameters)
        parameters: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
        return number_key(parameters.get(column))
    return default


class Parcel(Base):
    """A property as the town's roll publishes it. ``address_key`` is the USPS Pub 28 form
    (kiosk.core.records.addresses) that records and residents' queries are matched on; ``street_sort``,
    ``house_number`` and ``unit_sort`` are its kiosk.core.records.addresses.address_order, which results
    are listed by (order_values fills them wherever address_key is written)."""

    __tablename__ = "parcels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parcel_id: Mapped[str] = mapped_column(String(40), unique=True)        # the town's PID, natural key
    number_key: Mapped[str | None] = mapped_column(String(120), index=True, default=_number_key_of("parcel_id"))
    map_block_lot: Mapped[str | None] = mapped_column(String(60), index=True)   # "201/86", padding removed
    address: Mapped[str | None] = mapped_column(String(200))                # as published
    address_key: Mapped[str | None] = mapped_column(String(200), index=True)
    street_sort: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[int | None] = mapped_column(Integer)
    unit_sort: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(300))                  # shown only where the pack says
    land_use: Mapped[str | None] = mapped_column(String(100))
    lot_size_acres: Mapped[float | None] = mapped_column(Float)
    zoning: Mapped[str | None] = mapped_column(String(60))
    assessed_value: Mapped[int | None] = mapped_column(BigInteger)          # whole dollars
    year_built: Mapped[int | None] = mapped_column(Integer)


class PublicRecord(Base):
    """A permit, licence or application. Record numbers are unique only within their source
    (one export, e.g. "cary-permits"), since two offices of one town may number alike."""

    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("source", "record_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    record_number: Mapped[str] = mapped_column(String(60))
    # kiosk.core.records.search.number_key: "14 - 1" as "141", so a number typed any way comes first.
    number_key: Mapped[str | None] = mapped_column(String(120), index=True, default=_number_key_of("record_number"))
    record_type: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str | None] = mapped_column(String(60))
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    applicant: Mapped[str | None] = mapped_column(String(200))
    valuation: Mapped[int | None] = mapped_column(BigInteger)               # whole dollars
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id", ondelete="SET NULL"), index=True)
    address: Mapped[str | None] = mapped_column(String(200))
    address_key: Mapped[str | None] = mapped_column(String(200), index=True)


class RecordStatusHistory(Base):
    """Each status a record was seen in, first seen when (an import noticed the change)."""

    __tablename__ = "record_status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(60))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class RecordsGeneration(Base):
    """One row: a number that moves on whenever the public records change (db/versions/0017;
    PostgreSQL's triggers move it), for the kiosks' local copies of them."""

    __tablename__ = "records_generation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(BigInteger)


class Submission(Base):
    """What a resident sent the town through a form. ``reference`` is made from a number of the
    shared counter (kiosk.storage.reference_blocks; before db/versions/0018, from ``id``); ids are
    never reused, not even on SQLite."""

    __tablename__ = "submissions"
    # The staff queue's filters and sorts (kiosk.storage.queue), each with the column it is sorted
    # or ranged by, so a page is found in the index: db/versions/0011.
    __table_args__ = (Index("ix_submissions_department_status", "department_id", "status", "created_at"),
                      Index("ix_submissions_department_name", "department_name", "created_at"),
                      Index("ix_submissions_form_created", "form_id", "created_at"),
                      Index("ix_submissions_status_created", "status", "created_at"),
                      Index("ix_submissions_status_due", "status", "due_at"),
                      Index("ix_submissions_assignee_status", "assignee_id", "status", "due_at"),
                      # statistics count a date range of messages by department, form and state from this index alone
                      Index("ix_submissions_created_at_figures", "created_at", "department_name", "form_title",
                            "status"),
                      Index("ux_submissions_idempotency_key", "idempotency_key", unique=True),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    form_id: Mapped[str] = mapped_column(String(60))
    form_version: Mapped[str] = mapped_column(String(40))
    form_title: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[str] = mapped_column(String(60))
    department_name: Mapped[str] = mapped_column(String(200))
    department_email: Mapped[str] = mapped_column(String(320))
    answers: Mapped[str] = mapped_column(Text)                            # JSON: [{field_id, label, value}]
    sender_name: Mapped[str | None] = mapped_column(String(200))         # all three None: anonymous
    sender_email: Mapped[str | None] = mapped_column(String(320))
    sender_phone: Mapped[str | None] = mapped_column(String(20))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"), index=True)
    policy_versions: Mapped[str] = mapped_column(Text)                    # JSON: {doc_id: version}
    language: Mapped[str] = mapped_column(String(8))
    open311_service_code: Mapped[str | None] = mapped_column(String(60))
    kiosk_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)          # a state code (kiosk.core.queue_settings)
    # The staff queue (db/versions/0011): who has it, when it is due, when staff last changed it.
    # No foreign key and a nullable updated_at: db/versions/0011 adds them in place (it says why).
    assignee_id: Mapped[int | None] = mapped_column(Integer)                                # staff.id
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True, nullable=True)  # always set
    # db/versions/0018: the kiosk's key for this message, stored once (kiosk.core.offline); None before 0018
    idempotency_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SubmissionStatusChange(Base):
    """Each status a submission has had, with when and why (e.g. where it was redirected)."""

    __tablename__ = "submission_status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(500))


class SubmissionEvent(Base):
    """Staff's record of every change to a submission (kiosk.core.queue.EventKind), internal notes
    included. No resident-facing query reads this table (kiosk.storage.submissions never names it)."""

    __tablename__ = "submission_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)                                # a note's or a response's words


class SubmissionResponse(Base):
    """A response staff sent a resident; its e-mail is an outbox entry with this response_id."""

    __tablename__ = "submission_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(80))
    state: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    to_email: Mapped[str | None] = mapped_column(String(320))            # None: not e-mailed
    to_name: Mapped[str] = mapped_column(String(200))


class OutboxEntry(Base):
    """One delivery of one submission (staff queue, e-mail, Open311), queued with it in one
    transaction. A worker claims it with a lease (claimed_by, claimed_until) before sending."""

    __tablename__ = "outbox"
    # One delivery per channel of the submission itself; a response to the resident (response_id
    # set) is a delivery of its own, as many as staff send.
    __table_args__ = (Index("uq_outbox_submission_channel", "submission_id", "channel", unique=True,
                            sqlite_where=sql_text("response_id IS NULL"),
                            postgresql_where=sql_text("response_id IS NULL")),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"))
    response_id: Mapped[int | None] = mapped_column(ForeignKey("submission_responses.id", ondelete="CASCADE"),
                                                    unique=True)
    channel: Mapped[str] = mapped_column(String(20))                      # kiosk.core.submissions.Channel
    state: Mapped[str] = mapped_column(String(20))                        # kiosk.core.submissions.DeliveryState
    attempts: Mapped[int] = mapped_column(Integer)
    queued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())        # when queued (or retried by hand)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    last_error: Mapped[str | None] = mapped_column(String(500))
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    message_id: Mapped[str | None] = mapped_column(String(200))          # Message-ID, or the Open311 request id


class StaffAccount(Base):
    """A front-desk staff member (kiosk.core.staff). The password only as an Argon2id hash. The
    TOTP secret is stored as it is: an authenticator app needs the secret itself, and a key to
    wrap it would live in this same database (whoever reads the table could read the key too)."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40))
    username_key: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))                        # kiosk.core.staff.StaffRole
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean)          # a temporary password
    disabled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    totp_secret: Mapped[str | None] = mapped_column(String(64))          # base32, asked for at sign-in
    totp_pending: Mapped[str | None] = mapped_column(String(64))         # enrolled, not yet confirmed
    totp_enrolled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    totp_required: Mapped[bool] = mapped_column(Boolean)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)       # the last time step used: no replay
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class AuditLogEntry(Base):
    """One staff action, chained to the one before by SHA-256 (kiosk.core.audit). Append-only:
    triggers refuse UPDATE and DELETE (db/versions/0010). ``seq`` is given by the writer under the
    chain head's lock, never by the database, so it has no gaps."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record_kind", "record_kind", "record_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60))                      # kiosk.core.audit.AuditAction
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    kiosk_id: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(String(300))
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditChainHead(Base):
    """The one row (id 1) naming the audit log's last entry. Writers lock it to append, so kiosks on
    one PostgreSQL never fork the chain; it also shows when the last entries were removed."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    row_hash: Mapped[str] = mapped_column(String(64))


class RetentionRun(Base):
    """One retention run that deleted (kiosk.core.retention): the console shows the last one. Dry
    runs are only in the audit log."""

    __tablename__ = "retention_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ran_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    kiosk_id: Mapped[str] = mapped_column(String(40))
    submissions: Mapped[int] = mapped_column(Integer)
    statistics_events: Mapped[int] = mapped_column(Integer)
    closed_accounts: Mapped[int] = mapped_column(Integer)
class KioskServiceState(Base):
    """Whether a kiosk is out of service (kiosk.core.kiosk_control); no row: in service."""

    __tablename__ = "kiosk_service_state"

    kiosk_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    out_of_service: Mapped[bool] = mapped_column(Boolean)
    message: Mapped[str] = mapped_column(String(300))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(80))


class KioskHeartbeat(Base):
    """Each kiosk's latest heartbeat (kiosk.core.fleet), one row per kiosk id, upserted every minute."""

    __tablename__ = "kiosk_heartbeats"

    kiosk_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    beat_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    beats: Mapped[int] = mapped_column(BigInteger)                       # written so far: picks the history slot
    version: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    database_reachable: Mapped[bool] = mapped_column(Boolean)
    outbox_depth: Mapped[int | None] = mapped_column(Integer)
    previous_outbox_depth: Mapped[int | None] = mapped_column(Integer)   # the beat before's, set by the upsert
    outbox_oldest_s: Mapped[float | None] = mapped_column(Float)
    printer_state: Mapped[str] = mapped_column(String(20))               # kiosk.core.fleet.PrinterState
    printer_reasons: Mapped[str] = mapped_column(String(300))            # CUPS state reasons, space-separated
    speech: Mapped[str] = mapped_column(String(80))
    disk_free_bytes: Mapped[int | None] = mapped_column(BigInteger)
    last_visit_ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(String(200))
    last_error_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    database_lost_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    database_back_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class KioskHeartbeatHistory(Base):
    """The last kiosk.core.fleet.HISTORY_BEATS beats of each kiosk, in a ring: beat n goes in slot
    n mod HISTORY_BEATS, replacing the one an hour before, so the table never grows."""

    __tablename__ = "kiosk_heartbeat_history"

    kiosk_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    beat_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    database_reachable: Mapped[bool] = mapped_column(Boolean)
    outbox_depth: Mapped[int | None] = mapped_column(Integer)
    printer_state: Mapped[str] = mapped_column(String(20))
    disk_free_bytes: Mapped[int | None] = mapped_column(BigInteger)


class ReferenceCounter(Base):
    """The next reference number no kiosk has been given (db/versions/0018): one row, ``name``
    "submissions". Blocks of numbers (ReferenceBlock) are cut from it under its row lock."""

    __tablename__ = "reference_counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_number: Mapped[int] = mapped_column(BigInteger)


class ReferenceBlockRow(Base):
    """A block of reference numbers a kiosk reserved (kiosk.core.offline), kept for IT's record."""

    __tablename__ = "reference_blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(40), index=True)
    first_number: Mapped[int] = mapped_column(BigInteger, unique=True)
    last_number: Mapped[int] = mapped_column(BigInteger)
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
