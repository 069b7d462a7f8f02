# SPDX-License-Identifier: Apache-2.0
"""How a town works its queue of residents' messages: its states, its service levels and the
response it sends for each state. From the pack's optional ``queue.toml`` (resources/towns/README.md,
"The staff queue"); without one, the defaults below.

States follow FixMyStreet's model (perllib/FixMyStreet/DB/ResultSet/State.pm): each state has a
code, a label (and its translation) and a kind, open, fixed or closed, so that counting what is
open and what was resolved works for any set of states a town invents. The kiosk itself acts on
two codes only: a message arrives ``new`` and a redirect makes it ``redirected``; every pack has both.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.core.submissions import SubmissionStatus

DEFAULT_SERVICE_DAYS = 10          # working days, when the pack names none
MAX_SERVICE_DAYS = 365
_ID = re.compile(r"[a-z][a-z0-9_]{0,19}")        # fits the 20-character status columns
PLACEHOLDERS = frozenset({"reference", "form", "department", "town", "name", "state"})
QUEUE_KEYS = ("format", "states", "service_levels", "templates")
STATE_KEYS = ("id", "label", "label_es", "kind")
LEVEL_KEYS = ("default_days", "departments", "forms")
TEMPLATE_KEYS = ("text", "text_es")


class QueueSettingsError(ValueError):
    """A queue.toml that cannot be used; the message names the key."""


class StateKind(enum.StrEnum):
    OPEN = "open"                  # the town still owes the resident something
    FIXED = "fixed"                # done: the request was met ("resolved")
    CLOSED = "closed"              # done otherwise: no action, a duplicate, not the town's to do

    @property
    def is_open(self) -> bool:
        return self is StateKind.OPEN


@dataclass(frozen=True, slots=True)
class QueueState:
    state_id: str
    label: str
    label_es: str
    kind: StateKind

    @property
    def is_open(self) -> bool:
        return self.kind.is_open

    def label_for(self, language: str) -> str:
        return self.label_es if language == "es" and self.label_es else self.label


@dataclass(frozen=True, slots=True)
class ResponseTemplate:
    text: str
    text_es: str = ""

    def text_for(self, language: str) -> str:
        return self.text_es if language == "es" and self.text_es else self.text


S = SubmissionStatus
DEFAULT_STATES: tuple[QueueState, ...] = (
    QueueState(S.NEW.value, "New", "Recibido", StateKind.OPEN),
    QueueState(S.ACKNOWLEDGED.value, "Acknowledged", "Confirmado", StateKind.OPEN),
    QueueState(S.IN_PROGRESS.value, "In progress", "En curso", StateKind.OPEN),
    QueueState(S.WAITING.value, "Waiting for the resident", "Esperando su respuesta", StateKind.OPEN),
    QueueState(S.REDIRECTED.value, "Redirected", "Enviado a otro departamento", StateKind.OPEN),
    QueueState(S.RESOLVED.value, "Resolved", "Resuelto", StateKind.FIXED),
    QueueState(S.CLOSED_NO_ACTION.value, "Closed without action", "Cerrado sin acción", StateKind.CLOSED),
    QueueState(S.DUPLICATE.value, "Duplicate", "Duplicado", StateKind.CLOSED),
)

_SIGN = "\n\n{town}"
DEFAULT_TEMPLATES: dict[str, ResponseTemplate] = {
    S.ACKNOWLEDGED.value: ResponseTemplate(
        "Dear {name},\n\nThank you for your message ({reference}, {form}). The {department} has received it and "
        "will look into it." + _SIGN,
        "Estimado/a {name}:\n\nGracias por su mensaje ({reference}, {form}). El {department} lo ha recibido y lo "
        "estudiará." + _SIGN),
    S.IN_PROGRESS.value: ResponseTemplate(
        "Dear {name},\n\nThe {department} is working on your request {reference}." + _SIGN,
        "Estimado/a {name}:\n\nEl {department} está trabajando en su solicitud {reference}." + _SIGN),
    S.WAITING.value: ResponseTemplate(
        "Dear {name},\n\nTo go on with your request {reference}, the {department} needs more information from "
        "you: " + _SIGN,
        "Estimado/a {name}:\n\nPara continuar con su solicitud {reference}, el {department} necesita más "
        "información: " + _SIGN),
    S.REDIRECTED.value: ResponseTemplate(
        "Dear {name},\n\nYour request {reference} has been passed to the {department}, which is better placed to "
        "answer it." + _SIGN,
        "Estimado/a {name}:\n\nSu solicitud {reference} se ha enviado al {department}, que puede responderla "
        "mejor." + _SIGN),
    S.RESOLVED.value: ResponseTemplate(
        "Dear {name},\n\nYour request {reference} has been resolved. Thank you for letting us know." + _SIGN,
        "Estimado/a {name}:\n\nSu solicitud {reference} se ha resuelto. Gracias por avisarnos." + _SIGN),
    S.CLOSED_NO_ACTION.value: ResponseTemplate(
        "Dear {name},\n\nWe have closed your request {reference} without action, because " + _SIGN,
        "Estimado/a {name}:\n\nHemos cerrado su solicitud {reference} sin acción, porque " + _SIGN),
    S.DUPLICATE.value: ResponseTemplate(
        "Dear {name},\n\nYour request {reference} is about something already reported to the {department}; we "
        "are dealing with it there." + _SIGN,
        "Estimado/a {name}:\n\nSu solicitud {reference} trata de algo ya comunicado al {department}; lo estamos "
        "atendiendo allí." + _SIGN),
}


@dataclass(frozen=True, slots=True)
class QueueSettings:
    states: tuple[QueueState, ...] = DEFAULT_STATES
    default_days: int = DEFAULT_SERVICE_DAYS
    department_days: Mapping[str, int] = field(default_factory=dict)
    form_days: Mapping[str, int] = field(default_factory=dict)
    templates: Mapping[str, ResponseTemplate] = field(default_factory=lambda: dict(DEFAULT_TEMPLATES))

    def state(self, state_id: str) -> QueueState:
        """The state of this code; a code the pack no longer lists reads as an open state of that name
        (a row is never unreadable because a pack changed)."""
        for s in self.states:
            if s.state_id == state_id:
                return s
        return QueueState(state_id, state_id.replace("_", " ").capitalize(), "", StateKind.OPEN)

    def knows(self, state_id: str) -> bool:
        return any(s.state_id == state_id for s in self.states)

    @property
    def open_ids(self) -> tuple[str, ...]:
        return tuple(s.state_id for s in self.states if s.is_open)

    def service_days(self, form_id: str, department_id: str) -> int:
        """A form's level first (it knows the request best), then the department's, then the default."""
        return self.form_days.get(form_id, self.department_days.get(department_id, self.default_days))

    def due_at(self, start: dt.datetime, form_id: str, department_id: str, timezone: str) -> dt.datetime:
        """``start`` plus the service level in working days (Monday to Friday, in the town's
        calendar; holidays are not known to the kiosk), at the same time of day. Aware UTC."""
        return add_working_days(start, self.service_days(form_id, department_id), timezone)


def add_working_days(start: dt.datetime, days: int, timezone: str) -> dt.datetime:
    local = start.astimezone(ZoneInfo(timezone))
    day = local.date()
    while day.weekday() >= 5:          # sent at the weekend: the clock starts on Monday
        day += dt.timedelta(days=1)
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    moment = dt.datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=ZoneInfo(timezone))
    return moment.astimezone(dt.UTC)


def fill_template(text: str, values: Mapping[str, str]) -> str:
    """The template with its ``{placeholders}`` filled; ``{{`` and ``}}`` are literal braces."""
    return text.format_map({k: values.get(k, "") for k in PLACEHOLDERS})


def parse_queue_settings(raw: Mapping[str, Any], where: str, departments: set[str],
                         forms: set[str]) -> QueueSettings:
    """Check a queue.toml's table whole; QueueSettingsError names the first wrong key."""
    _only(raw, QUEUE_KEYS, where)
    if raw.get("format", 1) != 1:
        raise QueueSettingsError(f"{where}: 'format' must be 1")
    states = DEFAULT_STATES
    if "states" in raw:
        states = tuple(_state(s, f"{where}: states[{i}]") for i, s in enumerate(_list(raw["states"], where,
                                                                                         "states")))
        ids = [s.state_id for s in states]
        if len(set(ids)) != len(ids):
            raise QueueSettingsError(f"{where}: two states share an id")
        for needed in (S.NEW, S.REDIRECTED):
            if needed not in ids or next(s for s in states if s.state_id == needed).kind is not StateKind.OPEN:
                raise QueueSettingsError(f"{where}: the states must include an open state '{needed}' "
                                         "(the kiosk gives it)")
    levels = raw.get("service_levels", {})
    if not isinstance(levels, dict):
        raise QueueSettingsError(f"{where}: 'service_levels' must be a table")
    _only(levels, LEVEL_KEYS, f"{where}: service_levels")
    default_days = _days(levels.get("default_days", DEFAULT_SERVICE_DAYS), f"{where}: service_levels.default_days")
    dept_days = _day_table(levels.get("departments", {}), f"{where}: service_levels.departments", departments,
                           "department")
    form_days = _day_table(levels.get("forms", {}), f"{where}: service_levels.forms", forms, "form")
    templates = {k: v for k, v in DEFAULT_TEMPLATES.items() if any(s.state_id == k for s in states)}
    raw_templates = raw.get("templates", {})
    if not isinstance(raw_templates, dict):
        raise QueueSettingsError(f"{where}: 'templates' must be a table of states")
    known = {s.state_id for s in states}
    for state_id, value in raw_templates.items():
        at = f"{where}: templates.{state_id}"
        if state_id not in known:
            raise QueueSettingsError(f"{at}: no such state; states: {', '.join(sorted(known))}")
        if not isinstance(value, dict):
            raise QueueSettingsError(f"{at} must be a table with 'text' (and 'text_es')")
        _only(value, TEMPLATE_KEYS, at)
        text, text_es = value.get("text"), value.get("text_es", "")
        if not isinstance(text, str) or not text.strip() or not isinstance(text_es, str):
            raise QueueSettingsError(f"{at}.text must be non-empty text")
        for key, t in (("text", text), ("text_es", text_es)):
            _check_placeholders(t, f"{at}.{key}")
        templates[state_id] = ResponseTemplate(text, text_es)
    return QueueSettings(states=states, default_days=default_days, department_days=dept_days, form_days=form_days,
                         templates=templates)


def _check_placeholders(text: str, at: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        raise QueueSettingsError(f"{at}: a brace does not close; write a literal brace as {{{{ or }}}}") from None
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise QueueSettingsError(f"{at}: unknown placeholder(s) {', '.join(unknown)}; allowed: "
                                 f"{', '.join(sorted(PLACEHOLDERS))}")


def _state(raw: Any, at: str) -> QueueState:
    if not isinstance(raw, dict):
        raise QueueSettingsError(f"{at} must be a table")
    _only(raw, STATE_KEYS, at)
    state_id, label, label_es, kind = raw.get("id"), raw.get("label"), raw.get("label_es", ""), raw.get("kind")
    if not isinstance(state_id, str) or not _ID.fullmatch(state_id):
        raise QueueSettingsError(f"{at}.id must be 1-20 of a-z, 0-9 and '_', starting with a letter")
    if not isinstance(label, str) or not label.strip() or not isinstance(label_es, str):
        raise QueueSettingsError(f"{at}.label must be non-empty text")
    if kind not in {k.value for k in StateKind}:
        raise QueueSettingsError(f"{at}.kind must be one of {', '.join(k.value for k in StateKind)}")
    return QueueState(state_id, label.strip(), label_es.strip(), StateKind(kind))


def _days(value: Any, at: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SERVICE_DAYS:
        raise QueueSettingsError(f"{at} must be a whole number of working days from 1 to {MAX_SERVICE_DAYS}")
    return value


def _day_table(raw: Any, at: str, known: set[str], what: str) -> dict[str, int]:
    if not isinstance(raw, dict):
        raise QueueSettingsError(f"{at} must be a table of {what} id = days")
    for key in raw:
        if key not in known:
            raise QueueSettingsError(f"{at}: no {what} '{key}' in this pack")
    return {key: _days(value, f"{at}.{key}") for key, value in raw.items()}


def _list(value: Any, where: str, key: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise QueueSettingsError(f"{where}: '{key}' must be a non-empty list of tables ([[{key}]])")
    return value


def _only(raw: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> None:
    unknown = sorted(set(raw) - set(allowed))
    if unknown:
        raise QueueSettingsError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(allowed)}")
