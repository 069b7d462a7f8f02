# SPDX-License-Identifier: Apache-2.0
"""Checks for what a resident types when registering, with well-kept libraries doing the hard parts.

Pure and Qt-free. Every function takes any ``str`` (empty, 10,000 characters, emoji, right-to-left
text, NUL, HTML or SQL) and answers with field errors; none raises, so one wrong field never costs
the resident the others. Error keys are the field names screens use: ``username``, ``password``,
``password_again``, ``security_question``, ``security_answer``, the names in CONTACT_FIELDS, and
``licences`` / ``licences.<i>.kind|number|state``.

The checkers' tables take a moment to load on first use: call :func:`warm_up` in the background.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from kiosk.core.accounts import Contact, FieldError, Licence

USERNAME_MIN, USERNAME_MAX = 3, 30
PASSWORD_MIN, PASSWORD_MAX = 8, 20        # Westport: "Password requires 8-20 characters"
PASSWORD_MIN_SCORE = 2                    # zxcvbn 0..4; below this is refused as weak
COMMON_RANK = 10_000                      # a whole password among the 10,000 most used ones is refused
ANSWER_MAX = 100
LICENCE_NUMBER_MAX = 30
MAX_LICENCES = 20
FIELD_MAX = {"first_name": 60, "last_name": 60, "street": 100, "city": 60, "email": 254, "phone": 40}

# USPS codes: the 50 states, DC, the territories and freely associated states, and the armed forces.
US_STATES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "DC", "AS", "GU", "MP", "PR", "VI", "FM", "MH", "PW", "AA", "AE", "AP",
)

_ZIP = re.compile(r"([0-9]{5})(?:-?([0-9]{4}))?")
_LICENCE_NUMBER = re.compile(r"[A-Za-z0-9 -]+")
_USERNAME_PUNCT = frozenset("._-")
# Scripts that are written together; any other mix in a user name is a look-alike risk.
_SCRIPT_FAMILIES = (frozenset({"HAN", "HIRAGANA", "KATAKANA"}), frozenset({"HAN", "HANGUL"}),
                    frozenset({"HAN", "BOPOMOFO"}))
# Skeleton, case fold, again: two rounds settle every character there is; the bound is for a table that never would.
_SKELETON_ROUNDS = 4
# Bidirectional overrides/isolates and line separators: they reorder or break what others see.
_INVISIBLE_TROUBLE = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


# --- small helpers -----------------------------------------------------------------------------------

def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


def _bad_characters(value: str) -> bool:
    """Control characters (NUL, newline, tab...), lone surrogates, bidi overrides, line separators."""
    return any(unicodedata.category(ch) in ("Cc", "Cs") or ch in _INVISIBLE_TROUBLE for ch in value)


def _tidy(value: str) -> str:
    """NFKC, trimmed, runs of spaces made one."""
    return " ".join(_nfkc(value).split())


def _text_field(value: str, limit: int, required: bool) -> tuple[str, FieldError | None]:
    if _bad_characters(value) or _bad_characters(_nfkc(value)):
        return value.strip(), FieldError.BAD_CHARACTERS
    cleaned = _tidy(value)
    if not cleaned:
        return "", FieldError.REQUIRED if required else None
    if len(cleaned) > limit:
        return cleaned, FieldError.TOO_LONG
    return cleaned, None


# --- user name ---------------------------------------------------------------------------------------

def clean_username(name: str) -> str:
    """The user name as stored and shown: NFKC, trimmed."""
    return _nfkc(name).strip()


def username_key(name: str) -> str:
    """What makes two user names the same: NFKC, case-folded (so "JOHN", "john" and "ｊｏｈｎ" are one)."""
    return _nfkc(_nfkc(name).casefold()).strip()


def username_skeleton(name: str) -> str:
    """What makes two user names look the same: the TR39 skeleton (kiosk.core.confusables) of the
    name's key, so "соре1855" in Cyrillic is "cope1855" and "rn" is "m". Names are one whatever
    their case (username_key), so the skeleton is case-folded again and taken again until nothing
    changes: "0" has the prototype "O", which is "o" once folded, so "b0b" looks like "BOB" and
    "bob". Compared, never shown."""
    from kiosk.core.confusables import skeleton  # the table loads on first use (warm_up)

    value = username_key(name)
    for _ in range(_SKELETON_ROUNDS):
        folded = unicodedata.normalize("NFD", skeleton(value).casefold())
        if folded == value:
            break
        value = folded
    return value


def _mixed_scripts(name: str) -> bool:
    from confusable_homoglyphs import categories  # 50 ms of tables: not at start-up

    scripts = {categories.alias(ch) for ch in name} - {"COMMON", "INHERITED"}
    return len(scripts) > 1 and not any(scripts <= family for family in _SCRIPT_FAMILIES)


def validate_username(name: str) -> FieldError | None:
    """3-30 letters, digits, '.', '_' or '-' after NFKC and trimming; one alphabet (no look-alike mixes)."""
    if _bad_characters(name):
        return FieldError.BAD_CHARACTERS
    cleaned = clean_username(name)
    if not cleaned:
        return FieldError.REQUIRED
    if len(cleaned) < USERNAME_MIN:
        return FieldError.TOO_SHORT
    if len(cleaned) > USERNAME_MAX:
        return FieldError.TOO_LONG
    previous = ""
    for ch in cleaned:
        kind = unicodedata.category(ch)
        letter_or_digit = kind[0] == "L" or kind == "Nd"
        mark_on_letter = kind in ("Mn", "Mc") and previous != "" and unicodedata.category(previous)[0] in "LM"
        if not (letter_or_digit or mark_on_letter or ch in _USERNAME_PUNCT):
            return FieldError.BAD_CHARACTERS
        previous = ch
    if _mixed_scripts(cleaned):
        return FieldError.USERNAME_MIXED_SCRIPTS
    return None


# --- password ----------------------------------------------------------------------------------------

def clean_password(password: str) -> str:
    """What is hashed and compared: NFKC (NIST SP 800-63B), so the same letters typed on another
    keyboard layout still match. Spaces count; nothing is trimmed."""
    return _nfkc(password)


def _zxcvbn(password: str, username: str) -> Mapping[str, Any]:
    from zxcvbn import zxcvbn  # 40 ms of word lists: only when a password is typed

    inputs = [k for k in (username_key(username),) if len(k) >= USERNAME_MIN and not _bad_characters(k)]
    return zxcvbn(password, user_inputs=inputs)


def _is_common(result: Mapping[str, Any], password: str) -> bool:
    warning = str(result.get("feedback", {}).get("warning", "")).lower()
    if "common password" in warning:                       # top-10, top-100, "very common"
        return True
    if "commonly used password" in warning and result.get("score", 0) < PASSWORD_MIN_SCORE:
        return True
    return any(m.get("pattern") == "dictionary" and m.get("dictionary_name") == "passwords"
               and m.get("rank", COMMON_RANK + 1) <= COMMON_RANK and len(m.get("token", "")) == len(password)
               for m in result.get("sequence", ()))


def validate_password(password: str, again: str, username: str = "") -> dict[str, FieldError]:
    """8-20 characters, typed the same twice, not the user name, not a common password, not weak."""
    errors: dict[str, FieldError] = {}
    pw = clean_password(password)
    if not pw:
        errors["password"] = FieldError.REQUIRED
    elif _bad_characters(password) or _bad_characters(pw):
        errors["password"] = FieldError.BAD_CHARACTERS
    elif len(pw) < PASSWORD_MIN:
        errors["password"] = FieldError.TOO_SHORT
    elif len(pw) > PASSWORD_MAX:
        errors["password"] = FieldError.TOO_LONG
    else:
        key = username_key(username) if not _bad_characters(username) else ""
        if len(key) >= USERNAME_MIN and key in username_key(pw):
            errors["password"] = FieldError.PASSWORD_HAS_USERNAME
        else:
            result = _zxcvbn(pw, username)
            if _is_common(result, pw):
                errors["password"] = FieldError.PASSWORD_COMMON
            elif result.get("score", 0) < PASSWORD_MIN_SCORE:
                errors["password"] = FieldError.PASSWORD_WEAK
    if not again:
        errors["password_again"] = FieldError.REQUIRED
    elif clean_password(again) != pw:
        errors["password_again"] = FieldError.PASSWORD_MISMATCH
    return errors


def password_strength(password: str, username: str = "") -> int:
    """0 (very weak) .. 4 (strong), for the meter under the password field; a few ms per call."""
    pw = "".join(ch for ch in clean_password(password[:64]) if unicodedata.category(ch) != "Cs")[:PASSWORD_MAX * 2]
    if not pw:
        return 0
    try:
        score = int(_zxcvbn(pw, username).get("score", 0))
    except Exception:  # noqa: BLE001 - a meter must never take a screen down; the real check is validate_password
        return 0
    return max(0, min(4, score))


# --- security question -------------------------------------------------------------------------------

def normalise_answer(answer: str) -> str:
    """What is hashed: NFKC, case-folded, spaces collapsed and trimmed, so "  Fluffy " matches "fluffy"."""
    return " ".join(_nfkc(_nfkc(answer).casefold()).split())


def validate_security(question: str, answer: str, questions: Iterable[str]) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    if not question.strip():
        errors["security_question"] = FieldError.REQUIRED
    elif question not in tuple(questions):
        errors["security_question"] = FieldError.QUESTION_UNKNOWN
    if _bad_characters(answer) or _bad_characters(_nfkc(answer)):
        errors["security_answer"] = FieldError.BAD_CHARACTERS
    else:
        normal = normalise_answer(answer)
        if not normal:
            errors["security_answer"] = FieldError.REQUIRED
        elif len(normal) > ANSWER_MAX:
            errors["security_answer"] = FieldError.TOO_LONG
    return errors


# --- contact -----------------------------------------------------------------------------------------

def _state(value: str, required: bool) -> tuple[str, FieldError | None]:
    cleaned, error = _text_field(value, 2, required)
    if error is FieldError.TOO_LONG:
        return cleaned, FieldError.STATE_UNKNOWN
    if error or not cleaned:
        return cleaned, error
    code = cleaned.upper()
    return (code, None) if code in US_STATES else (cleaned, FieldError.STATE_UNKNOWN)


_zip_lock = threading.Lock()


def warm_up() -> None:
    """Load the ZIP table (~0.3 s) and the other checkers' tables (~0.15 s) now, e.g. on a
    background thread after the first paint, so the first resident does not wait for them."""
    _zip_states("06880")
    validate_username("warm-up")
    username_skeleton("warm-up")
    password_strength("warm-up pass", "warm-up")
    _phone("(203) 555-0123", False)
    _email("warm@example.com", False)


def _zip_states(zip5: str) -> frozenset[str]:
    """The state(s) of a ZIP code, from pyzipcode's SQLite table: a look-up costs a few
    milliseconds and no memory to speak of (the `zipcodes` package holds ~140 MB in memory)."""
    from pyzipcode import ZipCodeDatabase

    with _zip_lock:
        try:
            return frozenset({str(ZipCodeDatabase()[zip5].state)})
        except (KeyError, IndexError, ValueError, sqlite3.Error):
            return frozenset()


def _zip(value: str, state: str, required: bool) -> tuple[str, FieldError | None]:
    cleaned, error = _text_field(value, 10, required)
    if error is FieldError.TOO_LONG:
        return cleaned, FieldError.ZIP_INVALID
    if error or not cleaned:
        return cleaned, error
    match = _ZIP.fullmatch(cleaned.replace(" ", ""))
    if not match:
        return cleaned, FieldError.ZIP_INVALID
    zip5, plus4 = match.groups()
    normal = f"{zip5}-{plus4}" if plus4 else zip5
    states = _zip_states(zip5)
    if not states:
        return normal, FieldError.ZIP_INVALID
    if state and state not in states:
        return normal, FieldError.ZIP_NOT_IN_STATE
    return normal, None


def _phone(value: str, required: bool) -> tuple[str, FieldError | None]:
    cleaned, error = _text_field(value, FIELD_MAX["phone"], required)
    if error is FieldError.TOO_LONG:
        return cleaned, FieldError.PHONE_INVALID
    if error or not cleaned:
        return cleaned, error
    import phonenumbers

    try:
        number = phonenumbers.parse(cleaned, "US")
    except phonenumbers.NumberParseException:
        return cleaned, FieldError.PHONE_INVALID
    if not phonenumbers.is_valid_number(number):
        return cleaned, FieldError.PHONE_INVALID
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def _email(value: str, required: bool) -> tuple[str, FieldError | None]:
    cleaned, error = _text_field(value, FIELD_MAX["email"], required)
    if error is FieldError.TOO_LONG:
        return cleaned, FieldError.EMAIL_INVALID
    if error or not cleaned:
        return cleaned, error
    from email_validator import EmailNotValidError, validate_email

    try:      # syntax only: the kiosk never looks the domain up
        return validate_email(cleaned, check_deliverability=False).normalized, None
    except (EmailNotValidError, UnicodeError, ValueError):
        return cleaned, FieldError.EMAIL_INVALID


def check_phone(value: str, required: bool = False) -> tuple[str, FieldError | None]:
    """A phone number (US unless it starts with +) in E.164, or the trimmed text and why it was refused."""
    return _phone(value, required)


def check_email(value: str, required: bool = False) -> tuple[str, FieldError | None]:
    """An e-mail address, normalised (syntax only, no look-up), or the trimmed text and why it was refused."""
    return _email(value, required)


def check_zip(value: str, state: str = "", required: bool = False) -> tuple[str, FieldError | None]:
    """A ZIP code as 12345 or 12345-6789, known and (when ``state`` is given) in that state."""
    return _zip(value, state, required)


def check_contact(contact: Contact, required: Iterable[str]) -> tuple[Contact, dict[str, FieldError]]:
    """The contact with every value normalised (fields in error keep the trimmed text) and the errors."""
    need = frozenset(required)
    errors: dict[str, FieldError | None] = {}
    values: dict[str, str] = {}
    for name in ("first_name", "last_name", "street", "city"):
        values[name], errors[name] = _text_field(getattr(contact, name), FIELD_MAX[name], name in need)
    values["state"], errors["state"] = _state(contact.state, "state" in need)
    good_state = values["state"] if errors["state"] is None else ""
    values["zip_code"], errors["zip_code"] = _zip(contact.zip_code, good_state, "zip_code" in need)
    values["phone"], errors["phone"] = _phone(contact.phone, "phone" in need)
    values["email"], errors["email"] = _email(contact.email, "email" in need)
    return Contact(**values), {k: v for k, v in errors.items() if v is not None}


def validate_contact(contact: Contact, required: Iterable[str]) -> dict[str, FieldError]:
    return check_contact(contact, required)[1]


def clean_contact(contact: Contact, required: Iterable[str] = ()) -> Contact:
    return check_contact(contact, required)[0]


# --- licences ----------------------------------------------------------------------------------------

def check_licences(licences: Iterable[Licence], licence_types: Iterable[str]
                   ) -> tuple[tuple[Licence, ...], dict[str, FieldError]]:
    """Kind from the town's list, number of 1-30 letters, digits, '-' or spaces, a valid issuing
    state, and no licence twice. Numbers are stored upper-case with single spaces."""
    kinds = tuple(licence_types)
    errors: dict[str, FieldError] = {}
    cleaned: list[Licence] = []
    seen: set[tuple[str, str, str]] = set()
    items = tuple(licences)
    if len(items) > MAX_LICENCES:
        errors["licences"] = FieldError.TOO_LONG
    for i, lic in enumerate(items[:MAX_LICENCES]):
        where = f"licences.{i}"
        kind = lic.kind.strip() if not _bad_characters(lic.kind) else ""
        if not lic.kind.strip():
            errors[f"{where}.kind"] = FieldError.REQUIRED
        elif kind not in kinds:
            errors[f"{where}.kind"] = FieldError.LICENCE_TYPE_UNKNOWN
        number, error = _text_field(lic.number, LICENCE_NUMBER_MAX, True)
        if error is None and not _LICENCE_NUMBER.fullmatch(number):
            error = FieldError.BAD_CHARACTERS
        number = number.upper() if error is None else number
        if error is not None:
            errors[f"{where}.number"] = error
        state, state_error = _state(lic.state, True)
        if state_error is not None:
            errors[f"{where}.state"] = state_error
        same = (kind, number, state)
        if f"{where}.kind" not in errors and error is None and state_error is None:
            if same in seen:
                errors[f"{where}.number"] = FieldError.DUPLICATE_LICENCE
            seen.add(same)
        cleaned.append(Licence(kind=kind or lic.kind.strip(), number=number, state=state))
    return tuple(cleaned), errors


def validate_licences(licences: Iterable[Licence], licence_types: Iterable[str]) -> dict[str, FieldError]:
    return check_licences(licences, licence_types)[1]
