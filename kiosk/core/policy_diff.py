# SPDX-License-Identifier: Apache-2.0
"""What changed between two versions of a policy, paragraph by paragraph, for people to read."""

from __future__ import annotations

import difflib
import enum
from dataclasses import dataclass


class Change(enum.Enum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Paragraph:
    change: Change
    text: str


def paragraphs(markdown: str) -> list[str]:
    return [" ".join(p.split()) for p in markdown.replace("\r\n", "\n").split("\n\n") if p.strip()]


def diff_paragraphs(old: str, new: str) -> list[Paragraph]:
    """The new version with what was removed from the old one in its place; a changed paragraph
    shows as removed then added, which reads better than word-level marks on a touchscreen."""
    a, b = paragraphs(old), paragraphs(new)
    out: list[Paragraph] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out += [Paragraph(Change.SAME, p) for p in b[j1:j2]]
            continue
        out += [Paragraph(Change.REMOVED, p) for p in a[i1:i2]]
        out += [Paragraph(Change.ADDED, p) for p in b[j1:j2]]
    return out
