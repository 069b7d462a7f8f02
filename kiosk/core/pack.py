# SPDX-License-Identifier: Apache-2.0
"""Town content packs: who the town is, how it looks, its departments, its published policies,
what its public record lookup shows and the contact forms it offers.

A pack is a folder with ``pack.toml``, ``policies/<doc_id>/<version>.md`` and optionally
``forms/*.toml`` (see resources/towns/README.md). It is checked whole when loaded, so a broken pack stops start-up
with a message naming the file and the problem instead of failing in front of a resident.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.fields import CONTACT_FIELDS
from kiosk.core.forms import FormError, FormSpec, load_forms
from kiosk.core.policies import (
    PolicyDocument,
    PolicyFormatError,
    PolicyHistory,
    load_policy,
)
from kiosk.core.policy_library import PolicyLibrary
from kiosk.core.queue_settings import QueueSettings, QueueSettingsError, parse_queue_settings
from kiosk.core.records.settings import RecordSettings

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_ID = re.compile(r"[a-z0-9_-]+")
_STATE = re.compile(r"[A-Z]{2}")
REQUIRED_POLICIES = ("privacy", "terms")
COLOUR_KEYS = ("primary", "on_primary", "accent", "background", "surface", "text")
PACK_KEYS = ("format", "name", "short_name", "state", "timezone", "website", "logo", "front_desk", "colours",
             "departments", "security_questions", "licence_types", "registration", "records", "open311_endpoint")
RECORDS_KEYS = ("owners_public", "record_link", "parcel_link", "terms")
DEPARTMENT_KEYS = ("id", "name", "email", "phone", "location", "hours", "description")


class PackError(Exception):
    """A town pack that cannot be used; the message says which file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Colours:
    primary: str
    on_primary: str
    accent: str
    background: str
    surface: str
    text: str


@dataclass(frozen=True, slots=True)
class Department:
    dept_id: str
    name: str
    email: str
    phone: str
    location: str = ""
    hours: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class TownPack:
    pack_id: str
    folder: Path
    name: str
    short_name: str
    state: str
    timezone: str
    website: str
    logo: Path
    front_desk: str
    colours: Colours
    departments: tuple[Department, ...]
    security_questions: tuple[str, ...]
    policies: dict[str, PolicyHistory]   # the pack's own versions: the baseline of ``library``
    licence_types: tuple[str, ...] = ()
    required_contact: frozenset[str] = frozenset({"first_name", "last_name", "email"})
    records: RecordSettings = field(default_factory=RecordSettings)
    forms: tuple[FormSpec, ...] = ()     # in menu order
    open311_endpoint: str = ""           # an Open311 GeoReport v2 base URL, or "" for none
    queue: QueueSettings = field(default_factory=QueueSettings)   # queue.toml: states, service levels, templates
    # The pack's versions with those staff published layered over them (kiosk.core.policy_library);
    # PolicyService.refresh keeps it up to date with the database.
    library: PolicyLibrary = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "library", PolicyLibrary(self.policies))

    def policy(self, doc_id: str, today: dt.date) -> PolicyDocument:
        """The version in force on the town's date ``today``, published ones included."""
        return self.library.policy(doc_id, today)

    def policy_notices(self, today: dt.date) -> list[PolicyDocument]:
        """Versions that took effect recently and replaced an earlier one: announced on the home screen."""
        return self.library.notices(today)

    def upcoming_policies(self, today: dt.date) -> list[PolicyDocument]:
        """Versions published to take effect after ``today``: announced on the home screen ahead."""
        return self.library.upcoming(today)


def resolve_pack_folder(town: str, towns_dir: Path) -> Path:
    """A town given by name (a folder under towns_dir) or by path."""
    if "/" in town or "\\" in town or town.startswith("."):
        return Path(town).expanduser()
    return towns_dir / town


def load_pack(folder: Path) -> TownPack:
    manifest = folder / "pack.toml"
    if not folder.is_dir():
        raise PackError(f"{folder}: the town pack folder does not exist")
    try:
        raw = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PackError(f"{manifest}: the town pack has no pack.toml") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError(f"{manifest}: cannot be read: {exc}") from None
    r = _Reader(raw, str(manifest))
    r.only(PACK_KEYS)
    if r.get("format", int) != 1:
        raise PackError(f"{manifest}: 'format' must be 1")
    colours_raw = r.get("colours", dict)
    _Reader(colours_raw, f"{manifest}: colours").only(COLOUR_KEYS)
    colours = {}
    for key in COLOUR_KEYS:
        value = colours_raw.get(key)
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            raise PackError(f"{manifest}: colours.{key} must be a colour like \"#1F4E79\"")
        colours[key] = value
    logo = folder / r.get("logo", str)
    if not logo.is_file():
        raise PackError(f"{manifest}: the logo file {logo.name} is missing")
    state = r.get("state", str)
    if not _STATE.fullmatch(state):
        raise PackError(f"{manifest}: 'state' must be a two-letter code like CT")
    zone = r.get("timezone", str)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise PackError(f"{manifest}: 'timezone' {zone!r} is not a time zone like America/New_York") from None
    departments = tuple(_department(d, str(manifest), i) for i, d in enumerate(r.get("departments", list)))
    if not departments:
        raise PackError(f"{manifest}: at least one department is needed")
    if len({d.dept_id for d in departments}) != len(departments):
        raise PackError(f"{manifest}: two departments share an id")
    questions = tuple(r.get("security_questions", list))
    if len(questions) < 3 or not all(isinstance(q, str) and q.strip() for q in questions):
        raise PackError(f"{manifest}: 'security_questions' must list at least three questions")
    licence_types = tuple(r.get("licence_types", list, []))
    if not all(isinstance(t, str) and t.strip() for t in licence_types):
        raise PackError(f"{manifest}: 'licence_types' must be a list of names")
    registration = _Reader(r.get("registration", dict, {}), f"{manifest}: registration")
    registration.only(("required",))
    required = registration.get("required", list, ["first_name", "last_name", "email"])
    unknown = [f for f in required if f not in CONTACT_FIELDS]
    if unknown:
        raise PackError(f"{manifest}: registration.required names unknown field(s) {', '.join(map(str, unknown))}; "
                        f"allowed: {', '.join(CONTACT_FIELDS)}")
    endpoint = r.get("open311_endpoint", str, "").strip()
    if endpoint and not _https_url(endpoint):
        raise PackError(f"{manifest}: 'open311_endpoint' must be an address starting with https:// and a host name, "
                        "without spaces, or \"\" for none")
    try:
        forms = load_forms(folder / "forms", {d.dept_id for d in departments})
    except FormError as exc:
        raise PackError(str(exc)) from None
    queue = _queue(folder / "queue.toml", {d.dept_id for d in departments}, {f.form_id for f in forms})
    return TownPack(
        pack_id=folder.name, folder=folder, name=r.get("name", str), short_name=r.get("short_name", str),
        state=state, timezone=zone, website=r.get("website", str), logo=logo,
        front_desk=r.get("front_desk", str), colours=Colours(**colours), departments=departments,
        security_questions=questions, policies=_policies(folder / "policies"),
        licence_types=licence_types, required_contact=frozenset(required),
        records=_records(r.get("records", dict, {}), str(manifest)),
        forms=forms, open311_endpoint=endpoint, queue=queue,
    )


def _queue(path: Path, departments: set[str], forms: set[str]) -> QueueSettings:
    """The pack's queue.toml, or the kiosk's defaults when it has none."""
    if not path.is_file():
        return QueueSettings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return parse_queue_settings(raw, str(path), departments, forms)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError(f"{path}: cannot be read: {exc}") from None
    except QueueSettingsError as exc:
        raise PackError(str(exc)) from None


def _https_url(value: str) -> bool:
    if any(ch.isspace() or not ch.isprintable() for ch in value):
        return False
    try:
        url = urlsplit(value)
    except ValueError:
        return False
    return url.scheme == "https" and bool(url.hostname) and not url.fragment


def _records(raw: dict[str, Any], where: str) -> RecordSettings:
    r = _Reader(raw, f"{where}: records")
    r.only(RECORDS_KEYS)
    values = {"owners_public": r.get("owners_public", bool, False),
              "record_link": r.get("record_link", str, "").strip(),
              "parcel_link": r.get("parcel_link", str, "").strip(),
              "terms": raw.get("terms", {})}               # checked by RecordSettings (check_terms)
    try:
        return RecordSettings(**values)
    except ValueError as exc:
        raise PackError(f"{where}: records.{exc}") from None


def _department(raw: Any, where: str, index: int) -> Department:
    if not isinstance(raw, dict):
        raise PackError(f"{where}: departments[{index}] must be a table")
    r = _Reader(raw, f"{where}: departments[{index}]")
    r.only(DEPARTMENT_KEYS)
    dept_id = r.get("id", str)
    if not _ID.fullmatch(dept_id):
        raise PackError(f"{where}: departments[{index}].id must use a-z, 0-9, '_' or '-'")
    return Department(
        dept_id=dept_id, name=r.get("name", str), email=r.get("email", str), phone=r.get("phone", str),
        location=r.get("location", str, ""), hours=r.get("hours", str, ""), description=r.get("description", str, ""),
    )


def _policies(folder: Path) -> dict[str, PolicyHistory]:
    histories: dict[str, PolicyHistory] = {}
    for doc_id in REQUIRED_POLICIES:
        doc_dir = folder / doc_id
        files = sorted(doc_dir.glob("*.md")) if doc_dir.is_dir() else []
        if not files:
            raise PackError(f"{doc_dir}: the pack has no {doc_id} document")
        try:
            versions = [load_policy(p) for p in files]
        except PolicyFormatError as exc:
            raise PackError(str(exc)) from None
        for path, doc in zip(files, versions, strict=True):
            if doc.doc_id != doc_id or path.stem != doc.version:
                raise PackError(f"{path}: front matter says {doc.doc_id} {doc.version}, the file name says {doc_id} {path.stem}")
        by_date: dict[dt.date, Path] = {}
        for path, doc in zip(files, versions, strict=True):
            if doc.effective in by_date:
                raise PackError(f"{path}: takes effect on {doc.effective}, as {by_date[doc.effective].name} does; "
                                "each version needs its own date")
            by_date[doc.effective] = path
        versions.sort(key=lambda d: d.effective)
        histories[doc_id] = PolicyHistory(doc_id, tuple(versions))
    return histories


class _Reader:
    """Reads typed keys out of a TOML table and says exactly what is wrong."""

    _MISSING = object()

    def __init__(self, raw: dict[str, Any], where: str) -> None:
        self.raw, self.where = raw, where

    def only(self, allowed: tuple[str, ...]) -> None:
        unknown = sorted(set(self.raw) - set(allowed))
        if unknown:
            raise PackError(f"{self.where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(allowed)}")

    def get(self, key: str, kind: type[Any], default: Any = _MISSING) -> Any:
        value = self.raw.get(key, default)
        if value is self._MISSING:
            raise PackError(f"{self.where}: '{key}' is missing")
        if not isinstance(value, kind) or (kind is str and not value.strip() and default is self._MISSING):
            raise PackError(f"{self.where}: '{key}' must be a non-empty {kind.__name__}")
        return value
