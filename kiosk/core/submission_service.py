# SPDX-License-Identifier: Apache-2.0
"""Sending the town a message from a contact form, and a resident's own messages.

The rules of a message live here, not on the screen: its answers are checked on the town's date,
it goes to the staff queue and by e-mail, and also to the town's Open311 endpoint when the pack
has one and the form maps to a service code; it records which version of each policy was in force
that day, and who sent it (a signed-in resident only once the terms in force are accepted).
Qt-free and storage-free: it stores through a :class:`~kiosk.core.submissions.SubmissionRepository`
(kiosk.storage.submissions implements it), which keeps the message and its outbox entries at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.forms import (
    CHOOSE_DEPARTMENT,
    AnswersRefused,
    FormIssue,
    FormSpec,
    answers_for,
    sender_from,
    service_code_for,
    validate_answers,
)
from kiosk.core.submissions import Channel, NewSubmission, StoredSubmission, SubmissionRepository, SubmissionSummary
from kiosk.core.town_format import town_time

if TYPE_CHECKING:
    from kiosk.core.pack import Department, TownPack
    from kiosk.core.session import VisitorSession


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message the database has stored: what the sent page and the receipt show."""

    stored: StoredSubmission
    anonymous: bool          # no sender was kept (by choice, or nothing to reply to): the town cannot reply


class SubmissionService:
    def __init__(self, repository: SubmissionRepository, pack: TownPack, kiosk_id: str,
                 now: Callable[[], dt.datetime]) -> None:
        """``now``: aware, or naive UTC (the rule of kiosk.core.town_format)."""
        self._repo = repository
        self._pack = pack
        self._kiosk_id = kiosk_id
        self._clock = now

    def check(self, form: FormSpec, answers: Mapping[str, str], *, anonymous: bool = False) -> dict[str, FormIssue]:
        """The issues of these answers (field id -> issue) as send() would find them now; empty:
        they may be sent. Pure and quick: the review step calls it on the GUI thread."""
        return validate_answers(form, answers, self._pack.state, anonymous=anonymous, today=self._today())[1]

    def send(self, form: FormSpec, department: Department, answers: Mapping[str, str], session: VisitorSession, *,
             anonymous: bool = False) -> SentMessage:
        """Check the answers (as typed, by field id), and store the message with one outbox entry
        per channel. Raises AnswersRefused, and stores nothing, when an answer must be corrected
        (a date can fall out of range at midnight between the review and Send); any other
        exception means nothing was stored either."""
        if form.department not in (CHOOSE_DEPARTMENT, department.dept_id):
            raise ValueError(f"the form {form.form_id!r} goes to {form.department!r}, not {department.dept_id!r}")
        moment = town_time(self._clock(), self._pack.timezone)
        today = moment.date()
        cleaned, issues = validate_answers(form, answers, self._pack.state, anonymous=anonymous, today=today)
        if issues:
            raise AnswersRefused(issues)
        service_code = service_code_for(form, cleaned)
        sender = None if anonymous else sender_from(form, cleaned)
        # Sent without a name means without an account too: an account id would tell the staff
        # who wrote, which "Send without my name" promises they will not know. Such a message is
        # therefore not in the resident's My requests either; its receipt has the reference.
        signed_in = session.account_id if session.may_do_business else None
        new = NewSubmission(
            form_id=form.form_id, form_version=form.version, form_title=form.title,
            department_id=department.dept_id, department_name=department.name, department_email=department.email,
            answers=answers_for(form, cleaned), sender=sender,
            account_id=None if sender is None else signed_in,
            policy_versions=self.policy_versions(today), language=session.prefs.language,
            open311_service_code=service_code, channels=self.channels(service_code),
            due_at=self._pack.queue.due_at(moment, form.form_id, department.dept_id, self._pack.timezone))
        stored = self._repo.store(new, self._kiosk_id, moment.astimezone(dt.UTC))
        return SentMessage(stored, anonymous=new.sender is None)

    def channels(self, service_code: str | None) -> tuple[Channel, ...]:
        """Every message reaches the staff queue and the department's e-mail; a problem report
        with a service code also the town's Open311 endpoint, where the pack names one."""
        if self._pack.open311_endpoint and service_code:
            return (Channel.STAFF, Channel.EMAIL, Channel.OPEN311)
        return (Channel.STAFF, Channel.EMAIL)

    def policy_versions(self, today: dt.date) -> dict[str, str]:
        """Each policy's version in force on the town's ``today``: what the resident was shown."""
        return {doc_id: self._pack.policy(doc_id, today).version for doc_id in self._pack.policies}

    def for_account(self, account_id: int) -> list[SubmissionSummary]:
        """A signed-in resident's messages, newest first ("My requests")."""
        return self._repo.for_account(account_id)

    def _today(self) -> dt.date:
        return town_time(self._clock(), self._pack.timezone).date()
