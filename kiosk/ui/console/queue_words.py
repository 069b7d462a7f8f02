# SPDX-License-Identifier: Apache-2.0
"""The Queue page's plain words for what the queue service answers in codes: its refusals, the
states of a delivery, the kinds of a staff event. The core returns codes; the words are the UI's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from kiosk.core.printing import PrinterError
from kiosk.core.queue import EventKind, QueueEvent, QueueRefusal, QueueRefused
from kiosk.core.submissions import Channel, DeliveryState, DeliveryStatus, SubmissionNotFound
from kiosk.ui.console.page import console_language

translate = QCoreApplication.translate        # lupdate reads translate("QueueWords", "...") calls by this name


def language() -> str:
    """The language the console is shown in now, for the town's own words (state labels, dates)."""
    return console_language()


def refusal(exc: Exception) -> str:
    """What staff read when the service refused (kiosk.ui.console.page.ANSWERS)."""
    if isinstance(exc, QueueRefused):
        return _refusals()[exc.reason]
    if isinstance(exc, SubmissionNotFound):
        return translate("QueueWords", "That message is no longer in the queue (it may have been deleted under "
                                       "the retention rules).")
    if isinstance(exc, PrinterError):
        return translate("QueueWords", "The staff copy did not print: the printer is not working. Use Check on "
                                       "the Run the kiosk page to see why.")
    return translate("QueueWords", "That could not be done. Please try again.")


def _refusals() -> dict[QueueRefusal, str]:
    R = QueueRefusal  # noqa: N806 - short, for the table's sake
    return {
        R.NOT_ALLOWED: translate("QueueWords", "Only a supervisor can do this: reopening a message that was "
                                               "closed (the resident was told it was finished)."),
        R.UNKNOWN_STATE: translate("QueueWords", "That state is not one of the town's states. Please choose "
                                                 "another."),
        R.UNKNOWN_DEPARTMENT: translate("QueueWords", "That department is not one of the town's. Please choose "
                                                      "another."),
        R.UNKNOWN_STAFF: translate("QueueWords", "That staff member cannot take messages: their account is "
                                                 "disabled."),
        R.EMPTY: translate("QueueWords", "Please type the text first."),
        R.TOO_LONG: translate("QueueWords", "That text is too long. Please shorten it."),
        R.NO_SUBMISSIONS: translate("QueueWords", "Please select at least one message first."),
        R.SAME_DEPARTMENT: translate("QueueWords", "It is already with that department. Choose another one to "
                                                   "redirect it to."),
        R.NOT_RETRYABLE: translate("QueueWords", "There is nothing to retry: that delivery has not failed, or it "
                                                 "is being sent right now."),
    }


def channel(which: Channel) -> str:
    return {
        Channel.STAFF: translate("QueueWords", "Staff queue"),
        Channel.EMAIL: translate("QueueWords", "E-mail to the department"),
        Channel.OPEN311: translate("QueueWords", "Open311 service request"),
        Channel.REPLY: translate("QueueWords", "Response e-mailed to the resident"),
    }[which]


def delivery(status: DeliveryStatus, moment: str) -> str:
    """One delivery in words; ``moment`` is when it was delivered or is tried next, as the town's clock shows it."""
    what = channel(status.channel)
    if status.state is DeliveryState.DELIVERED:
        return translate("QueueWords", "{what}: delivered {when}").format(what=what, when=moment)
    if status.state is DeliveryState.FAILED:
        text = translate("QueueWords", "{what}: FAILED after {n} attempt(s)").format(what=what, n=status.attempts)
    elif status.last_error:
        text = translate("QueueWords", "{what}: waiting to be tried again ({when})").format(what=what, when=moment)
    else:
        text = translate("QueueWords", "{what}: waiting to be sent").format(what=what)
    return text + (f" — {status.last_error}" if status.last_error else "")


def retryable(status: DeliveryStatus) -> bool:
    """A failed e-mail (to the department, or a response to the resident) may be tried again from here."""
    waiting_after_error = status.state is DeliveryState.QUEUED and bool(status.last_error)
    return status.channel in (Channel.EMAIL, Channel.REPLY) and (status.state is DeliveryState.FAILED
                                                                or waiting_after_error)


def event(e: QueueEvent, state_label: dict[str, str], department: dict[str, str]) -> str:
    """A staff event's headline (its text, a note's or a response's, goes under it)."""
    def pair(mapping: dict[str, str]) -> dict[str, str]:
        old, _, new = e.detail.partition(" -> ")
        return {"old": mapping.get(old, old), "new": mapping.get(new, new)}

    if e.kind is EventKind.STATE:
        return translate("QueueWords", "State changed from {old} to {new}").format(**pair(state_label))
    if e.kind is EventKind.ASSIGNED:
        if not e.detail:
            return translate("QueueWords", "Taken off everyone (unassigned)")
        return translate("QueueWords", "Assigned to {who}").format(who=e.detail)
    if e.kind is EventKind.REDIRECTED:
        if e.text:
            return translate("QueueWords", "Redirected from {old} to {new}, with an internal note").format(
                **pair(department))
        return translate("QueueWords", "Redirected from {old} to {new}").format(**pair(department))
    if e.kind is EventKind.NOTE:
        return translate("QueueWords", "Internal note")
    if e.kind is EventKind.RESPONSE:
        if e.detail == "e-mail queued":
            return translate("QueueWords", "Response to the resident (e-mail queued)")
        return translate("QueueWords", "Response to the resident (not e-mailed: no address)")
    return translate("QueueWords", "A failed delivery was queued again ({channel})").format(channel=e.detail)


def internal(e: QueueEvent) -> bool:
    """Staff's own words the resident never sees (their responses they do see, as e-mail)."""
    return e.kind in (EventKind.NOTE, EventKind.REDIRECTED) and bool(e.text)


def utc(moment: dt.datetime) -> dt.datetime:
    """The console's clock (aware, or naive UTC) as an aware UTC instant."""
    return moment.astimezone(dt.UTC) if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
