# SPDX-License-Identifier: Apache-2.0
"""The plain words for what the core reports as codes (field errors, sign-in outcomes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.accounts import FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_error(error: FieldError) -> str:
    texts = {
        FieldError.REQUIRED: _t("Please fill this in."),
        FieldError.TOO_SHORT: _t("This is too short."),
        FieldError.TOO_LONG: _t("This is too long."),
        FieldError.BAD_CHARACTERS: _t("This contains characters that cannot be used here."),
        FieldError.USERNAME_TAKEN: _t("That user name is already taken. Please choose another."),
        FieldError.USERNAME_MIXED_SCRIPTS: _t("Please use letters from one alphabet only."),
        FieldError.PASSWORD_MISMATCH: _t("The two passwords are not the same."),
        FieldError.PASSWORD_COMMON: _t("This password is too common and easy to guess. Please choose another."),
        FieldError.PASSWORD_WEAK: _t("This password is easy to guess. Add another word or some numbers."),
        FieldError.PASSWORD_HAS_USERNAME: _t("The password must not contain your user name."),
        FieldError.PASSWORD_WRONG: _t("That is not your current password."),
        FieldError.ACCOUNT_LOCKED: _t("Too many wrong tries. Please wait a while, or ask at the front desk."),
        FieldError.QUESTION_UNKNOWN: _t("Please choose one of the questions."),
        FieldError.PHONE_INVALID: _t("This is not a phone number we can use, for example (203) 555-0123."),
        FieldError.EMAIL_INVALID: _t("This is not an e-mail address, for example name@example.com."),
        FieldError.STATE_UNKNOWN: _t("Please use the two-letter state code, for example CT."),
        FieldError.ZIP_INVALID: _t("A ZIP code has 5 digits, for example 06880."),
        FieldError.ZIP_NOT_IN_STATE: _t("This ZIP code is not in that state."),
        FieldError.LICENCE_TYPE_UNKNOWN: _t("Please choose a licence type."),
        FieldError.DUPLICATE_LICENCE: _t("This licence is already listed."),
    }
    return texts.get(error, _t("Please check this."))
