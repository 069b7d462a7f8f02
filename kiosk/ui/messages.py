# SPDX-License-Identifier: Apache-2.0
"""The plain words for what the core reports as codes (field errors, form answers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.accounts import FieldError
from kiosk.core.forms import FormIssue


def unreachable() -> str:
    """What a resident reads when the database cannot be reached (the screen stays usable)."""
    return QCoreApplication.translate("Messages", "The kiosk cannot reach the town's records just now. Please try again, "
                                                  "or ask at the front desk.")


def field_error(error: FieldError) -> str:
    texts = {
        FieldError.REQUIRED: QCoreApplication.translate("Messages", "Please fill this in."),
        FieldError.TOO_SHORT: QCoreApplication.translate("Messages", "This is too short."),
        FieldError.TOO_LONG: QCoreApplication.translate("Messages", "This is too long."),
        FieldError.BAD_CHARACTERS: QCoreApplication.translate("Messages", "This contains characters that cannot be used here."),
        FieldError.USERNAME_TAKEN: QCoreApplication.translate(
            "Messages", "That user name is already taken. Please choose another."),
        FieldError.USERNAME_MIXED_SCRIPTS: QCoreApplication.translate("Messages", "Please use letters from one alphabet only."),
        FieldError.PASSWORD_MISMATCH: QCoreApplication.translate("Messages", "The two passwords are not the same."),
        FieldError.PASSWORD_COMMON: QCoreApplication.translate(
            "Messages", "This password is too common and easy to guess. Please choose another."),
        FieldError.PASSWORD_WEAK: QCoreApplication.translate(
            "Messages", "This password is easy to guess. Add another word or some numbers."),
        FieldError.PASSWORD_HAS_USERNAME: QCoreApplication.translate("Messages", "The password must not contain your user name."),
        FieldError.PASSWORD_WRONG: QCoreApplication.translate("Messages", "That is not your current password."),
        FieldError.PASSWORD_REUSED: QCoreApplication.translate(
            "Messages", "Please choose a new password, not the temporary one you were given."),
        FieldError.ACCOUNT_LOCKED: QCoreApplication.translate(
            "Messages", "Too many wrong tries. Please wait a while, or ask at the front desk."),
        FieldError.QUESTION_UNKNOWN: QCoreApplication.translate("Messages", "Please choose one of the questions."),
        FieldError.PHONE_INVALID: QCoreApplication.translate(
            "Messages", "This is not a phone number we can use, for example (203) 555-0123."),
        FieldError.EMAIL_INVALID: QCoreApplication.translate(
            "Messages", "This is not an e-mail address, for example name@example.com."),
        FieldError.STATE_UNKNOWN: QCoreApplication.translate("Messages", "Please use the two-letter state code, for example CT."),
        FieldError.ZIP_INVALID: QCoreApplication.translate("Messages", "A ZIP code has 5 digits, for example 06880."),
        FieldError.ZIP_NOT_IN_STATE: QCoreApplication.translate("Messages", "This ZIP code is not in that state."),
        FieldError.LICENCE_TYPE_UNKNOWN: QCoreApplication.translate("Messages", "Please choose a license type."),
        FieldError.DUPLICATE_LICENCE: QCoreApplication.translate("Messages", "This license is already listed."),
    }
    return texts.get(error) or QCoreApplication.translate("Messages", "Please check this.")


def form_issue(issue: FormIssue) -> str:
    """What is wrong with a contact form's answer, in plain words."""
    texts = {
        FormIssue.DATE_INVALID: QCoreApplication.translate(
            "Messages", "Please write a date as month/day/year, for example 03/15/2026."),
        FormIssue.DATE_OUT_OF_RANGE: QCoreApplication.translate("Messages", "Please check the year of this date."),
        FormIssue.CHOICE_UNKNOWN: QCoreApplication.translate("Messages", "Please choose one of the answers."),
        FormIssue.RATING_INVALID: QCoreApplication.translate("Messages", "Please choose a number from 1 to 5."),
        FormIssue.ADDRESS_NOT_IN_STATE: QCoreApplication.translate(
            "Messages", "This address is not in our state. Please check the state and ZIP code."),
        FormIssue.REPLY_NEEDED: QCoreApplication.translate(
            "Messages", "Give an e-mail address or a phone number so the town can reply, or choose to send without your name."),
    }
    if issue in texts:
        return texts[issue]
    try:
        return field_error(FieldError(issue.value))
    except ValueError:
        return QCoreApplication.translate("Messages", "Please check this.")
