# SPDX-License-Identifier: Apache-2.0
"""Working the queue of residents' messages: filter, assign, change state, redirect, note, respond, retry.

The rules live here, not on the console's screens: the states, service levels and response
templates come from the town pack (kiosk.core.queue_settings); who may do what is decided by the
Actor's role; and every action reaches the repository together with its audit events, which it
writes in the same transaction as the change. Any staff member may work the queue; reopening a
message that was closed takes a supervisor (or the command line), since the resident was told it
was finished.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.queue import (
    NOTE_MAX,
    PAGE_SIZE_MAX,
    RESPONSE_MAX,
    AuditFor,
    QueueDetail,
    QueueFilter,
    QueuePage,
    QueueRefusal,
    QueueRefused,
    QueueRepository,
    ResponseDraft,
    StaffRef,
)
from kiosk.core.queue_settings import QueueSettings, fill_template
from kiosk.core.staff import Actor, StaffRole
from kiosk.core.submissions import SubmissionStatus

if TYPE_CHECKING:
    from kiosk.core.pack import Department

RECORD = "submission"
_DEAR = {"en": "resident", "es": "vecino/a"}      # a template's {name} when the resident gave none


class QueueService:
    def __init__(self, repository: QueueRepository, settings: QueueSettings, departments: Sequence[Department],
                 town_name: str, timezone: str, kiosk_id: str, now: Callable[[], dt.datetime]) -> None:
        """``now``: aware, or naive local time (the rule of kiosk.core.staff_service)."""
        self._repo = repository
        self.settings = settings
        self._departments = {d.dept_id: d for d in departments}
        self._town = town_name
        self._zone = timezone
        self._kiosk_id = kiosk_id
        self._clock = now

    # -- reading ---------------------------------------------------------------------------------

    def find(self, by: Actor, query: QueueFilter) -> QueuePage:
        self._allowed(by)
        unknown = [s for s in query.statuses if not self.settings.knows(s)]
        if unknown:
            raise QueueRefused(QueueRefusal.UNKNOWN_STATE, ", ".join(unknown))
        query = replace(query, page=max(query.page, 0), page_size=min(max(query.page_size, 1), PAGE_SIZE_MAX))
        return self._repo.find(query, self.settings.open_ids, self._now())

    def detail(self, by: Actor, submission_id: int) -> QueueDetail:
        self._allowed(by)
        return self._repo.detail(submission_id, self.settings.open_ids, self._now())

    def id_for(self, by: Actor, reference: str) -> int:
        """The id of a message given by its reference, as typed (SubmissionNotFound if none)."""
        self._allowed(by)
        from kiosk.core.references import normalise

        return self._repo.id_for(normalise(reference) or reference)

    # -- changing --------------------------------------------------------------------------------

    def set_state(self, by: Actor, submission_ids: Sequence[int], state: str, public_note: str = "") -> int:
        """Move one or many messages to ``state``; ``public_note`` is shown to the resident with it.
        Returns how many changed (those already in the state are left alone)."""
        self._allowed(by)
        ids = _ids(submission_ids)
        if not self.settings.knows(state):
            raise QueueRefused(QueueRefusal.UNKNOWN_STATE, state)
        note = _text(public_note, NOTE_MAX, required=False)
        target = self.settings.state(state)
        if target.is_open and not self._supervises(by):
            closed = [i for i, s in self._repo.current_states(ids).items() if not self.settings.state(s).is_open]
            if closed:
                raise QueueRefused(QueueRefusal.NOT_ALLOWED, "reopening a closed message takes a supervisor")
        now = self._now()
        return self._repo.set_state(ids, state, note, by.name, now,
                                    self._audit(by, AuditAction.SUBMISSION_STATE, now, f"to {state}"))

    def assign(self, by: Actor, submission_ids: Sequence[int], staff_id: int | None) -> int:
        """Give one or many messages to a staff member (None: to nobody). Returns how many changed hands."""
        self._allowed(by)
        ids = _ids(submission_ids)
        staff: StaffRef | None = None
        if staff_id is not None:
            staff = self._repo.staff(staff_id)
            if staff is None or not staff.active:
                raise QueueRefused(QueueRefusal.UNKNOWN_STAFF, str(staff_id))
        now = self._now()
        detail = f"to {staff.username}" if staff is not None else "to nobody"
        return self._repo.assign(ids, staff, by.name, now, self._audit(by, AuditAction.SUBMISSION_ASSIGNED, now,
                                                                       detail))

    def redirect(self, by: Actor, submission_id: int, department_id: str, note: str = "") -> None:
        """Pass a message to another department of the town, with an internal note for it. The
        resident's My requests shows the new department and the state ``redirected``; the due
        date starts again from the new department's service level."""
        self._allowed(by)
        department = self._departments.get(department_id)
        if department is None:
            raise QueueRefused(QueueRefusal.UNKNOWN_DEPARTMENT, department_id)
        text = _text(note, NOTE_MAX, required=False)
        detail = self._repo.detail(submission_id, self.settings.open_ids, self._now())
        sub = detail.record.submission
        if sub.department_id == department_id:
            raise QueueRefused(QueueRefusal.SAME_DEPARTMENT, department_id)
        now = self._now()
        due = self.settings.due_at(now, sub.form_id, department_id, self._zone)
        self._repo.redirect(submission_id, department.dept_id, department.name, department.email,
                            SubmissionStatus.REDIRECTED, due, text, by.name, now,
                            self._audit(by, AuditAction.SUBMISSION_REDIRECTED, now,
                                        f"from {sub.department_id} to {department_id}"))

    def add_note(self, by: Actor, submission_id: int, text: str) -> None:
        """An internal note: staff see it in the history and on the staff copy; the resident never does."""
        self._allowed(by)
        body = _text(text, NOTE_MAX, required=True)
        now = self._now()
        self._repo.add_note(submission_id, body, by.name, now,
                            self._audit(by, AuditAction.SUBMISSION_NOTE, now, f"{len(body)} characters"))

    # -- responding ------------------------------------------------------------------------------

    def draft_response(self, by: Actor, submission_id: int, state: str) -> ResponseDraft:
        """The pack's template for ``state``, filled in, in the resident's language, for staff to
        edit (an empty text when the pack has no template for it)."""
        self._allowed(by)
        if not self.settings.knows(state):
            raise QueueRefused(QueueRefusal.UNKNOWN_STATE, state)
        record = self._repo.detail(submission_id, self.settings.open_ids, self._now()).record
        sub = record.submission
        language = sub.language if sub.language in _DEAR else "en"
        template = self.settings.templates.get(state)
        name = (sub.sender.name if sub.sender is not None else "") or _DEAR[language]
        text = "" if template is None else fill_template(template.text_for(language), {
            "reference": record.reference, "form": sub.form_title, "department": sub.department_name,
            "town": self._town, "name": name, "state": self.settings.state(state).label_for(language)})
        email = sub.sender.email if sub.sender is not None and sub.sender.email else None
        return ResponseDraft(state, language, text, email)

    def respond(self, by: Actor, submission_id: int, state: str, text: str) -> int:
        """Send the (edited) response and move the message to ``state``, at once: the response is
        kept in the history and, where the resident left an e-mail address, queued in the outbox as
        a reply to them. Returns the response's id."""
        self._allowed(by)
        body = _text(text, RESPONSE_MAX, required=True)
        draft = self.draft_response(by, submission_id, state)
        current = self._repo.current_states([submission_id])
        if current.get(submission_id) != state:
            self.set_state(by, [submission_id], state)
        now = self._now()
        sub = self._repo.detail(submission_id, self.settings.open_ids, now).record.submission
        how = "by e-mail" if draft.to_email else "not e-mailed (no address)"
        return self._repo.record_response(submission_id, state, draft.language, body, draft.to_email,
                                          sub.sender.name if sub.sender is not None else "", by.name, now,
                                          self._audit(by, AuditAction.SUBMISSION_RESPONSE, now, how))

    def retry_delivery(self, by: Actor, submission_id: int, delivery_id: int) -> None:
        """Queue a failed delivery (an e-mail, a reply) again now, with a fresh count of attempts."""
        self._allowed(by)
        now = self._now()
        if not self._repo.retry_delivery(submission_id, delivery_id, by.name, now,
                                         self._audit(by, AuditAction.SUBMISSION_RETRY, now, f"delivery {delivery_id}")):
            raise QueueRefused(QueueRefusal.NOT_RETRYABLE, str(delivery_id))

    def printed(self, by: Actor, submission_id: int, staff_copy: bool) -> QueueDetail:
        """What a printout shows (kiosk.printing.submission_sheet), the printing audited: a staff
        copy carries internal notes and the resident's details off the screen."""
        self._allowed(by)
        now = self._now()
        detail = self._repo.detail(submission_id, self.settings.open_ids, now)
        self._repo.record_audit(self._audit(by, AuditAction.SUBMISSION_PRINTED, now,
                                            "staff copy" if staff_copy else "resident copy")(
            submission_id, detail.record.reference))
        return detail

    # -- helpers ---------------------------------------------------------------------------------

    def _allowed(self, by: Actor) -> None:
        if by.role is not None and by.role not in (StaffRole.ASSISTANT, StaffRole.SUPERVISOR):
            raise QueueRefused(QueueRefusal.NOT_ALLOWED)

    @staticmethod
    def _supervises(by: Actor) -> bool:
        return by.role is None or by.role is StaffRole.SUPERVISOR

    def _audit(self, by: Actor, action: AuditAction, at: dt.datetime, detail: str) -> AuditFor:
        def event(_submission_id: int, reference: str) -> AuditEvent:
            return AuditEvent(at, by.name, action, RECORD, reference, self._kiosk_id, detail)
        return event

    def _now(self) -> dt.datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(dt.UTC)


def _ids(submission_ids: Sequence[int]) -> list[int]:
    ids = list(dict.fromkeys(submission_ids))
    if not ids:
        raise QueueRefused(QueueRefusal.NO_SUBMISSIONS)
    return ids


def _text(text: str, limit: int, *, required: bool) -> str:
    body = text.replace("\r\n", "\n").strip()
    if required and not body:
        raise QueueRefused(QueueRefusal.EMPTY)
    if len(body) > limit:
        raise QueueRefused(QueueRefusal.TOO_LONG, f"at most {limit} characters")
    return body
