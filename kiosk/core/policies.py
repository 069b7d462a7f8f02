# SPDX-License-Identifier: Apache-2.0
"""Versioned policy documents (privacy policy, terms) as a town publishes them.

A document file is Markdown with TOML front matter between ``+++`` lines::

    +++
    id = "privacy"
    title = "Privacy Policy"
    version = "1.0"
    effective = 2024-01-01
    +++
    # Privacy Policy
    ...

Every version stays in the pack forever; the one in force is the latest whose
effective date has come (Westport's policy: information stays subject to the
version in force when it was collected).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path


class PolicyFormatError(ValueError):
    """A policy file that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class PolicyDocument:
    doc_id: str
    title: str
    version: str
    effective: dt.date
    body_markdown: str
    sample: bool = False  # a stand-in text, not adopted by the town
    changes: str = ""     # what changed since the previous version, in plain words

    @property
    def sha256(self) -> str:
        """Digest of the exact text shown, recorded with an acceptance."""
        import hashlib  # not at start-up: nothing is hashed before the first visit

        return hashlib.sha256(self.body_markdown.encode("utf-8")).hexdigest()


def parse_policy(text: str, source: str) -> PolicyDocument:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "+++":
        raise PolicyFormatError(f"{source}: must start with a '+++' front matter block")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "+++")
    except StopIteration:
        raise PolicyFormatError(f"{source}: the front matter block is not closed with '+++'") from None
    try:
        meta = tomllib.loads("".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        raise PolicyFormatError(f"{source}: front matter is not valid TOML ({exc})") from None
    body = "".join(lines[end + 1:]).strip() + "\n"
    missing = [k for k in ("id", "title", "version", "effective") if k not in meta]
    if missing:
        raise PolicyFormatError(f"{source}: front matter lacks {', '.join(missing)}")
    unknown = sorted(set(meta) - {"id", "title", "version", "effective", "sample", "changes"})
    if unknown:
        raise PolicyFormatError(f"{source}: unknown front matter key(s) {', '.join(unknown)}")
    effective = meta["effective"]
    if not isinstance(effective, dt.date) or isinstance(effective, dt.datetime):
        raise PolicyFormatError(f"{source}: 'effective' must be a date like 2024-01-31")
    for key in ("id", "title", "version"):
        if not isinstance(meta[key], str) or not meta[key].strip():
            raise PolicyFormatError(f"{source}: '{key}' must be a non-empty string")
    if not body.strip():
        raise PolicyFormatError(f"{source}: the document has no text")
    return PolicyDocument(
        doc_id=meta["id"], title=meta["title"], version=meta["version"], effective=effective,
        body_markdown=body, sample=bool(meta.get("sample", False)), changes=str(meta.get("changes", "")),
    )


def load_policy(path: Path) -> PolicyDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyFormatError(f"{path}: cannot be read ({exc})") from None
    return parse_policy(text, str(path))


@dataclass(frozen=True, slots=True)
class PolicyHistory:
    """All versions of one document, oldest first."""

    doc_id: str
    versions: tuple[PolicyDocument, ...]

    def in_force(self, today: dt.date) -> PolicyDocument:
        current = [v for v in self.versions if v.effective <= today]
        return current[-1] if current else self.versions[0]

    def upcoming(self, today: dt.date) -> PolicyDocument | None:
        """The next version, published with an effective date still to come: announced before it applies."""
        return next((v for v in self.versions if v.effective > today), None)

    def recently_changed(self, today: dt.date, within_days: int = 60) -> PolicyDocument | None:
        """The version in force if it replaced an earlier one within the last ``within_days`` days."""
        doc = self.in_force(today)
        if doc is self.versions[0]:
            return None
        return doc if (today - doc.effective).days <= within_days else None
