# SPDX-License-Identifier: Apache-2.0
"""Contact forms from the town pack: what each form asks, and checking what a resident typed.

A pack's ``forms/*.toml`` holds one form per file (format: resources/towns/README.md, "Forms").
load_forms() checks every file whole and raises FormError naming the file and the key.

Sender fields: a form asks for the resident's name, e-mail and phone as ordinary fields with a
``prefill`` (an account contact field, or "name" for first and last name together); a signed-in
resident finds them filled in and may change them for this message. A prefilled field, and any
other field marked ``identifies = true``, is dropped when the resident stays anonymous: the screen
does not show it (FormSpec.fields_for), validate_answers(anonymous=True) neither checks nor keeps
it, and sender_from() gives None, so the town cannot reply. A survey whose ``anonymous`` is "only"
has no identifying field at all.

validate_answers() never raises, whatever the text, and is all or nothing: the caller stores
the cleaned answers only when there are no issues.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.fields import CONTACT_FIELDS
from kiosk.core.refusals import Refusal

if TYPE_CHECKING:
    from kiosk.core.submissions import Answer, Sender

CHOOSE_DEPARTMENT = "choose"          # FormSpec.department: the resident picks the department
RAW_MAX = 100_000                     # longer input is refused before any other work
DATE_RANGE_YEARS = 100                # a date further than this from today is refused
MAX_FIELDS = 40


class FieldKind(enum.StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    YES_NO = "yes_no"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    DATE = "date"
    RATING = "rating"


class FormCategory(enum.StrEnum):
    CONTACT = "contact"
    DEPARTMENT = "department"
    PROBLEM = "problem"
    RECORDS = "records"
    FEEDBACK = "feedback"


class Anonymous(enum.StrEnum):
    ALLOWED = "allowed"               # the resident chooses
    NOT_ALLOWED = "not_allowed"
    ONLY = "only"                     # nobody is identified (a survey)


class FormIssue(enum.Enum):
    """Why an answer was refused; values are kiosk.core.accounts.FieldError's where they mean the same."""

    REQUIRED = "required"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BAD_CHARACTERS = "bad_characters"
    EMAIL_INVALID = "email_invalid"
    PHONE_INVALID = "phone_invalid"
    DATE_INVALID = "date_invalid"            # not a date, or no such day (February 30)
    DATE_OUT_OF_RANGE = "date_out_of_range"  # more than DATE_RANGE_YEARS from today
    CHOICE_UNKNOWN = "choice_unknown"        # not one of the field's choices (or not yes/no)
    RATING_INVALID = "rating_invalid"        # not a whole number 1 to 5
    ADDRESS_NOT_IN_STATE = "address_not_in_state"  # ends in a state and ZIP code outside the town's state
    ZIP_INVALID = "zip_invalid"              # ends in a state and a ZIP code that does not exist
    REPLY_NEEDED = "reply_needed"            # neither e-mail nor phone given: set on each, unless anonymous


# Defaults and the largest limits a pack may set, for the kinds whose limits a pack may set.
DEFAULT_MAX = {FieldKind.TEXT: 200, FieldKind.LONG_TEXT: 4000, FieldKind.ADDRESS: 200}
LIMIT_MAX = {FieldKind.TEXT: 500, FieldKind.LONG_TEXT: 10_000, FieldKind.ADDRESS: 300}
# Fixed input limits of the other kinds.
FIXED_MAX = {FieldKind.CHOICE: 200, FieldKind.YES_NO: 3, FieldKind.EMAIL: 254, FieldKind.PHONE: 40,
             FieldKind.DATE: 10, FieldKind.RATING: 1}
PREFILLS = ("name", *CONTACT_FIELDS)
SENDER_PREFILLS = frozenset({"name", "first_name", "last_name", "email", "phone"})
_PREFILL_KINDS = {"email": {FieldKind.EMAIL}, "phone": {FieldKind.PHONE},
                  "street": {FieldKind.ADDRESS, FieldKind.TEXT}}


@dataclass(frozen=True, slots=True)
class FormFieldSpec:
    """One question of a form. ``max_length`` 0 means the kind's default."""

    field_id: str
    kind: FieldKind
    label: str
    required: bool = False
    min_length: int = 0
    max_length: int = 0
    help: str = ""
    choices: tuple[str, ...] = ()
    prefill: str | None = None        # one of PREFILLS: filled from the signed-in resident's account
    identifies: bool = False          # dropped when the resident stays anonymous
    label_es: str = ""
    help_es: str = ""
    choices_es: tuple[str, ...] = ()  # shown instead of choices in Spanish; the English one is stored
    service_codes: tuple[str, ...] = ()  # Open311 service code per choice (optional)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", FieldKind(self.kind))
        if not self.max_length:
            default = DEFAULT_MAX.get(self.kind) or FIXED_MAX[self.kind]
            object.__setattr__(self, "max_length", default)

    def label_for(self, language: str) -> str:
        return self.label_es if language == "es" and self.label_es else self.label

    def help_for(self, language: str) -> str:
        return self.help_es if language == "es" and self.help_es else self.help

    def choices_for(self, language: str) -> tuple[str, ...]:
        return self.choices_es if language == "es" and self.choices_es else self.choices


@dataclass(frozen=True, slots=True)
class FormSpec:
    """One form of the pack's menu; ``version`` is kept with every submission made with it."""

    form_id: str
    version: str
    title: str
    category: FormCategory
    department: str                   # a department id of the pack, or CHOOSE_DEPARTMENT
    fields: tuple[FormFieldSpec, ...]
    anonymous: Anonymous = Anonymous.ALLOWED
    intro: str = ""
    title_es: str = ""
    intro_es: str = ""
    open311_service_code: str | None = None
    order: int = 0                    # place in the menu, smallest first

    def title_for(self, language: str) -> str:
        return self.title_es if language == "es" and self.title_es else self.title

    def intro_for(self, language: str) -> str:
        return self.intro_es if language == "es" and self.intro_es else self.intro

    @property
    def sender_fields(self) -> tuple[FormFieldSpec, ...]:
        """The fields that say who sent it, for a reply: name, e-mail, phone (see sender_from)."""
        return tuple(f for f in self.fields if f.prefill in SENDER_PREFILLS)

    def fields_for(self, anonymous: bool) -> tuple[FormFieldSpec, ...]:
        """The fields the screen shows: without the identifying ones when the resident stays anonymous."""
        if anonymous or self.anonymous is Anonymous.ONLY:
            return tuple(f for f in self.fields if not f.identifies)
        return self.fields


class FormError(ValueError):
    """A form file that cannot be used; the message names the file and the key."""


class AnswersRefused(Refusal):
    """Answers a resident must correct (field id -> issue); nothing was sent or kept. The message
    names fields and codes only, never what was typed."""

    def __init__(self, issues: dict[str, FormIssue]) -> None:
        super().__init__(", ".join(f"{k}: {v.value}" for k, v in issues.items()))
        self.issues = issues


# --- checking answers -----------------------------------------------------------------------------

# Bidirectional overrides/isolates and line separators: they reorder or break what others see.
_INVISIBLE_TROUBLE = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_US_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_STATE_ZIP = re.compile(r"(?:^|[\s,])([A-Za-z]{2})\.?\s+([0-9]{5}(?:-?[0-9]{4})?)$")
_BLANK_LINES = re.compile(r"\n{3,}")


def _bad(value: str, multiline: bool) -> bool:
    allowed = "\n\r\t" if multiline else ""
    return any((unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed) or ch in _INVISIBLE_TROUBLE
               for ch in value)


def _clean_text(value: str, multiline: bool) -> tuple[str, FormIssue | None]:
    """NFKC, trimmed, runs of spaces made one; long text keeps its lines (at most one blank line)."""
    if len(value) > RAW_MAX:
        return "", FormIssue.TOO_LONG
    if _bad(value, multiline):
        return "", FormIssue.BAD_CHARACTERS
    value = unicodedata.normalize("NFKC", value)
    if _bad(value, multiline):
        return "", FormIssue.BAD_CHARACTERS
    if not multiline:
        return " ".join(value.split()), None
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _BLANK_LINES.sub("\n\n", "\n".join(" ".join(line.split()) for line in lines)).strip(), None


def _date(text: str, today: dt.date) -> tuple[str, FormIssue | None]:
    iso, us = _ISO_DATE.fullmatch(text), _US_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif us:
        month, day, year = (int(g) for g in us.groups())
    else:
        return text, FormIssue.DATE_INVALID
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return text, FormIssue.DATE_INVALID
    if abs(when.year - today.year) > DATE_RANGE_YEARS:
        return text, FormIssue.DATE_OUT_OF_RANGE
    return when.isoformat(), None


def _address(text: str, state: str) -> FormIssue | None:
    """A line ending in "<state> <ZIP>" must name the town's state and a ZIP code in it."""
    match = _STATE_ZIP.search(text)
    if not match or not state:
        return None
    from kiosk.core.validation import US_STATES, check_zip

    code, zip_code = match.group(1).upper(), match.group(2)
    if code not in US_STATES:
        return None                   # "Oak Ln 91302": no state named, nothing to compare
    if code != state:
        return FormIssue.ADDRESS_NOT_IN_STATE
    _normal, error = check_zip(zip_code, state, True)
    if error is None:
        return None
    return FormIssue.ZIP_INVALID if error.value == "zip_invalid" else FormIssue.ADDRESS_NOT_IN_STATE


def _check(spec: FormFieldSpec, raw: str, state: str, today: dt.date) -> tuple[str, FormIssue | None]:
    multiline = spec.kind is FieldKind.LONG_TEXT
    text, issue = _clean_text(raw, multiline)
    if issue is not None:
        return text, issue
    if not text:
        return "", FormIssue.REQUIRED if spec.required else None
    if spec.kind in (FieldKind.EMAIL, FieldKind.PHONE):
        from kiosk.core.validation import check_email, check_phone

        check = check_email if spec.kind is FieldKind.EMAIL else check_phone
        value, error = check(text, spec.required)
        if error is not None:
            return value, FormIssue(error.value)
        if len(value) > spec.max_length:
            return value, FormIssue.EMAIL_INVALID if spec.kind is FieldKind.EMAIL else FormIssue.PHONE_INVALID
        return value, None
    if spec.kind is FieldKind.DATE:
        return _date(text, today)
    if spec.kind is FieldKind.RATING:
        return (text, None) if text in ("1", "2", "3", "4", "5") else (text, FormIssue.RATING_INVALID)
    if spec.kind is FieldKind.YES_NO:
        answer = text.casefold()
        return (answer, None) if answer in ("yes", "no") else (text, FormIssue.CHOICE_UNKNOWN)
    if spec.kind is FieldKind.CHOICE:
        for i, choice in enumerate(spec.choices):
            if text == choice or (i < len(spec.choices_es) and text == spec.choices_es[i]):
                return choice, None
        return text, FormIssue.CHOICE_UNKNOWN
    if len(text) > spec.max_length:
        return text, FormIssue.TOO_LONG
    if len(text) < spec.min_length:
        return text, FormIssue.TOO_SHORT
    if spec.kind is FieldKind.ADDRESS:
        return text, _address(text, state)
    return text, None


def validate_answers(form: FormSpec, raw: Mapping[str, str], state: str, *, anonymous: bool = False,
                     today: dt.date | None = None) -> tuple[dict[str, str], dict[str, FormIssue]]:
    """Every shown field's answer cleaned (e-mail normalised, phone in E.164, date as YYYY-MM-DD,
    yes_no as "yes"/"no", a choice as its English text) and the issues by field id.

    ``state`` is the town's two-letter state (an address ending in a state and ZIP is checked
    against it). Fields the form does not show (identifying ones when anonymous) and keys the
    form does not have are ignored. Store the values only when the issues are empty.
    """
    if anonymous and form.anonymous is Anonymous.NOT_ALLOWED:
        raise ValueError(f"the form {form.form_id!r} cannot be sent anonymously")
    anonymous = anonymous or form.anonymous is Anonymous.ONLY
    today = today or dt.date.today()
    cleaned: dict[str, str] = {}
    issues: dict[str, FormIssue] = {}
    for spec in form.fields_for(anonymous):
        value = raw.get(spec.field_id) or ""
        if not isinstance(value, str):
            cleaned[spec.field_id], issues[spec.field_id] = "", FormIssue.BAD_CHARACTERS
            continue
        cleaned[spec.field_id], issue = _check(spec, value, state, today)
        if issue is not None:
            issues[spec.field_id] = issue
    reply = [f.field_id for f in form.fields if f.prefill in ("email", "phone") and f.field_id in cleaned]
    if reply and not anonymous and not any(cleaned[i] or i in issues for i in reply):
        issues.update((i, FormIssue.REPLY_NEEDED) for i in reply)
    return cleaned, issues


def answers_for(form: FormSpec, cleaned: Mapping[str, str]) -> tuple[Answer, ...]:
    """The answers to send, in the form's order, with the English labels; the sender fields
    (name, e-mail, phone) are left out, as they travel in the Sender (see sender_from)."""
    from kiosk.core.submissions import Answer  # not at import: the pack loads forms before the first paint

    return tuple(Answer(f.field_id, f.label, cleaned[f.field_id]) for f in form.fields
                 if f.field_id in cleaned and f.prefill not in SENDER_PREFILLS)


def sender_from(form: FormSpec, cleaned: Mapping[str, str]) -> Sender | None:
    """Who to reply to, from the sender fields; None when they were dropped (anonymous) or left empty."""
    from kiosk.core.submissions import Sender
    by_prefill = {f.prefill: cleaned.get(f.field_id, "") for f in form.sender_fields}
    name = by_prefill.get("name") or " ".join(
        n for n in (by_prefill.get("first_name", ""), by_prefill.get("last_name", "")) if n)
    sender = Sender(name=name, email=by_prefill.get("email", ""), phone=by_prefill.get("phone", ""))
    return sender if sender != Sender() else None


def service_code_for(form: FormSpec, cleaned: Mapping[str, str]) -> str | None:
    """The Open311 service code: the chosen choice's own code if the form has one, else the form's."""
    for spec in form.fields:
        if spec.service_codes and cleaned.get(spec.field_id) in spec.choices:
            return spec.service_codes[spec.choices.index(cleaned[spec.field_id])]
    return form.open311_service_code


# --- loading --------------------------------------------------------------------------------------

FORM_KEYS = ("id", "version", "category", "order", "department", "anonymous", "title", "title_es",
             "intro", "intro_es", "open311_service_code", "fields")
FIELD_KEYS = ("id", "kind", "label", "label_es", "help", "help_es", "required", "min_length", "max_length",
              "choices", "choices_es", "service_codes", "prefill", "identifies")
_FORM_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
_FIELD_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,19}")
_SERVICE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_TEXT_MAX = {"title": 80, "label": 120, "help": 500, "intro": 1500, "choice": 200}


class _Table:
    """Typed keys of one TOML table; every message names the file and the key."""

    def __init__(self, raw: dict[str, Any], path: Path, prefix: str) -> None:
        self.raw, self.path, self.prefix = raw, path, prefix

    def fail(self, key: str, problem: str) -> FormError:
        return FormError(f"{self.path}: '{self.prefix}{key}' {problem}")

    def only(self, allowed: tuple[str, ...]) -> None:
        unknown = sorted(set(self.raw) - set(allowed))
        if unknown:
            where = f" in {self.prefix.rstrip('.')}" if self.prefix else ""
            raise FormError(f"{self.path}: unknown key(s) {', '.join(unknown)}{where}; allowed: {', '.join(allowed)}")

    def text(self, key: str, limit: int, required: bool = False, multiline: bool = False) -> str:
        value = self.raw.get(key, "")
        if not isinstance(value, str):
            raise self.fail(key, "must be text in quotes")
        value = value.strip()
        if required and not value:
            raise self.fail(key, "is missing" if key not in self.raw else "must not be empty")
        if _bad(value, multiline):
            raise self.fail(key, "contains control characters")
        if len(value) > limit:
            raise self.fail(key, f"is longer than {limit} characters")
        return value

    def pattern(self, key: str, pattern: re.Pattern[str], what: str, required: bool = True) -> str:
        value = self.raw.get(key)
        if value is None and not required:
            return ""
        if value is None:
            raise self.fail(key, "is missing")
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise self.fail(key, f"must be {what}")
        return value

    def one_of(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.raw.get(key, default)
        if value is None:
            raise self.fail(key, f"is missing; one of: {', '.join(allowed)}")
        if value not in allowed:
            raise self.fail(key, f"is {value!r}; must be one of: {', '.join(allowed)}")
        return str(value)                   # one of ``allowed``, so a str already

    def whole(self, key: str, low: int, high: int, default: int) -> int:
        value = self.raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"must be a whole number from {low} to {high}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def texts(self, key: str, limit: int) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a list of texts in quotes")
        items = tuple(v.strip() for v in value)
        if any(_bad(v, False) or len(v) > limit for v in items):
            raise self.fail(key, f"must hold texts of at most {limit} characters without control characters")
        if len(set(items)) != len(items):
            raise self.fail(key, "lists the same text twice")
        return items


def load_forms(folder: Path, departments: set[str]) -> tuple[FormSpec, ...]:
    """The forms in ``folder/*.toml`` (none if there is no folder), in menu order."""
    if not folder.is_dir():
        return ()
    forms: list[FormSpec] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")):
        form = load_form(path, departments)
        if form.form_id in seen:
            raise FormError(f"{path}: 'id' {form.form_id!r} is already the id of {seen[form.form_id].name}")
        seen[form.form_id] = path
        forms.append(form)
    return tuple(sorted(forms, key=lambda f: (f.order, f.form_id)))


def load_form(path: Path, departments: set[str]) -> FormSpec:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FormError(f"{path}: cannot be read: {exc}") from None
    t = _Table(raw, path, "")
    t.only(FORM_KEYS)
    department = t.pattern("department", re.compile(r".+"), "a department id")
    if department != CHOOSE_DEPARTMENT and department not in departments:
        raise t.fail("department", f"is {department!r}, which is not a department of the pack; use one of: "
                     f"{', '.join(sorted(departments))}, or {CHOOSE_DEPARTMENT!r} to let the resident pick")
    code = t.raw.get("open311_service_code", "")
    form = FormSpec(
        form_id=t.pattern("id", _FORM_ID, "a form id of a-z, 0-9, '_' or '-' (at most 40)"),
        version=t.pattern("version", _VERSION, 'a version in quotes, like "1" or "2026-11"'),
        title=t.text("title", _TEXT_MAX["title"], required=True),
        title_es=t.text("title_es", _TEXT_MAX["title"]),
        category=FormCategory(t.one_of("category", tuple(FormCategory))),
        department=department,
        anonymous=Anonymous(t.one_of("anonymous", tuple(Anonymous))),
        intro=t.text("intro", _TEXT_MAX["intro"], multiline=True),
        intro_es=t.text("intro_es", _TEXT_MAX["intro"], multiline=True),
        open311_service_code=t.pattern("open311_service_code", _SERVICE_CODE, "a service code of letters, digits, "
                                       "'_', '.', ':' or '-'", required=False) if code != "" else None,
        order=t.whole("order", 0, 1000, 0),
        fields=_fields(t),
    )
    if form.anonymous is Anonymous.ONLY:
        named = [f"fields[{i}] ({f.field_id!r})" for i, f in enumerate(form.fields) if f.identifies]
        if named:
            raise t.fail("anonymous", f"is \"only\", so no field may identify the resident: {', '.join(named)}")
    return form


def _fields(form: _Table) -> tuple[FormFieldSpec, ...]:
    raw = form.raw.get("fields")
    if raw is None:
        raise form.fail("fields", "is missing; add [[fields]] tables")
    if not isinstance(raw, list) or not all(isinstance(f, dict) for f in raw):
        raise form.fail("fields", "must be [[fields]] tables")
    if not 1 <= len(raw) <= MAX_FIELDS:
        raise form.fail("fields", f"must hold 1 to {MAX_FIELDS} fields")
    fields = tuple(_field(_Table(f, form.path, f"fields[{i}].")) for i, f in enumerate(raw))
    for key in ("id", "prefill"):
        values = [getattr(f, "field_id" if key == "id" else key) for f in fields]
        for i, value in enumerate(values):
            if value is not None and value in values[:i]:
                raise form.fail(f"fields[{i}].{key}", f"{value!r} is already used by fields[{values.index(value)}]")
    prefills = {f.prefill for f in fields}
    if "name" in prefills and prefills & {"first_name", "last_name"}:
        raise form.fail("fields", 'prefill "name" is first and last name together: do not ask for them again')
    return fields


def _field(t: _Table) -> FormFieldSpec:
    t.only(FIELD_KEYS)
    field_id = t.pattern("id", _FIELD_ID, "a field id of a-z, 0-9 or '_', starting with a letter (at most 40)")
    kind = FieldKind(t.one_of("kind", tuple(FieldKind)))
    if kind in LIMIT_MAX:
        max_length = t.whole("max_length", 1, LIMIT_MAX[kind], DEFAULT_MAX[kind])
        min_length = t.whole("min_length", 0, max_length, 0)
    else:
        for key in ("min_length", "max_length"):
            if key in t.raw:
                raise t.fail(key, "applies only to text, long_text and address fields")
        max_length, min_length = FIXED_MAX[kind], 0
    choices, choices_es, codes = (t.texts(k, _TEXT_MAX["choice"]) for k in ("choices", "choices_es", "service_codes"))
    if kind is FieldKind.CHOICE and len(choices) < 2:
        raise t.fail("choices", "must list at least two choices for a choice field")
    if kind is not FieldKind.CHOICE:
        for key in ("choices", "choices_es", "service_codes"):
            if key in t.raw:
                raise t.fail(key, "applies only to choice fields")
    for key, values in (("choices_es", choices_es), ("service_codes", codes)):
        if values and len(values) != len(choices):
            raise t.fail(key, f"must have one entry per choice ({len(choices)})")
    if codes and not all(_SERVICE_CODE.fullmatch(c) for c in codes):
        raise t.fail("service_codes", "must be service codes of letters, digits, '_', '.', ':' or '-'")
    prefill = t.one_of("prefill", PREFILLS, "") if "prefill" in t.raw else None
    if prefill is not None and kind not in _PREFILL_KINDS.get(prefill, {FieldKind.TEXT}):
        allowed = ", ".join(sorted(_PREFILL_KINDS.get(prefill, {FieldKind.TEXT})))
        raise t.fail("prefill", f"{prefill!r} fills a field of kind {allowed}, not {kind}")
    identifies = t.flag("identifies", prefill is not None)
    if prefill is not None and not identifies:
        raise t.fail("identifies", "must be true: a field filled from the account identifies the resident")
    return FormFieldSpec(
        field_id=field_id, kind=kind, label=t.text("label", _TEXT_MAX["label"], required=True),
        required=t.flag("required", False), min_length=min_length, max_length=max_length,
        help=t.text("help", _TEXT_MAX["help"]), choices=choices, prefill=prefill, identifies=identifies,
        label_es=t.text("label_es", _TEXT_MAX["label"]), help_es=t.text("help_es", _TEXT_MAX["help"]),
        choices_es=choices_es, service_codes=codes,
    )
