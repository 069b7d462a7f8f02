# SPDX-License-Identifier: Apache-2.0
"""Plain words for what the policy service refuses (kiosk.core.policy_service.PolicyRefusal and
kiosk.core.policy_markdown.MarkdownProblem): each code a sentence that says what to change."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kiosk.core.policy_markdown import MAX_CHARACTERS, MarkdownProblem
from kiosk.core.policy_service import MAX_DAYS_AHEAD, SUMMARY_MAX, TITLE_MAX, PolicyRefusal, PolicyRefused

_LINE = re.compile(r"line (\d+)")


def refusal_words(refused: PolicyRefused, day: Callable[[dt.date], str], today: dt.date, latest: str,
                  latest_day: dt.date | None, suggested: str) -> str:
    """The sentence for ``refused``. ``day`` writes a date; ``latest``/``latest_day``: the newest
    version and its date; ``suggested``: the next free number."""
    reason = refused.reason
    if reason is PolicyRefusal.MARKDOWN and refused.problem is not None:
        return markdown_words(refused.problem, refused.detail)
    translate = QCoreApplication.translate
    texts = {
        PolicyRefusal.UNKNOWN_DOCUMENT: translate("PolicyWords", "This is not one of the town's policies."),
        PolicyRefusal.UNKNOWN_VERSION: translate(
            "PolicyWords", "That version is not on record. Please choose it again from the list."),
        PolicyRefusal.IN_THE_PAST: translate(
            "PolicyWords", "The date it takes effect is in the past: today is {today} in the town. "
                           "Please choose today or a later day.").format(today=day(today)),
        PolicyRefusal.TOO_FAR_AHEAD: translate(
            "PolicyWords", "The date it takes effect is more than {days} days ahead. "
                           "Please choose an earlier day.").format(days=MAX_DAYS_AHEAD),
        PolicyRefusal.NOT_AFTER_LATEST: translate(
            "PolicyWords", "Version {version} already takes effect on {date}: a new version must take effect "
                           "after it. Please choose a later day.").format(
                               version=latest, date=day(latest_day) if latest_day else ""),
        PolicyRefusal.VERSION_INVALID: translate(
            "PolicyWords", "The version number must be numbers with dots between them, like {suggested}.").format(
                suggested=suggested),
        PolicyRefusal.VERSION_TAKEN: translate(
            "PolicyWords", "There is a version with that number already. Please use another: "
                           "{suggested} is the next one.").format(suggested=suggested),
        PolicyRefusal.VERSION_NOT_HIGHER: translate(
            "PolicyWords", "The version number must be higher than every earlier version's: "
                           "{suggested} is the next one.").format(suggested=suggested),
        PolicyRefusal.SUMMARY_MISSING: translate(
            "PolicyWords", "Please write a summary of what changed: residents read it on the home screen and "
                           "when they are asked to accept."),
        PolicyRefusal.SUMMARY_TOO_LONG: translate(
            "PolicyWords", "The summary must be plain text of at most {count} characters.").format(count=SUMMARY_MAX),
        PolicyRefusal.TITLE_INVALID: translate(
            "PolicyWords", "The title must be 1 to {count} characters of plain text.").format(count=TITLE_MAX),
        PolicyRefusal.MARKDOWN: translate("PolicyWords", "The text cannot be published as it is."),
        PolicyRefusal.UNPRINTABLE: translate(
            "PolicyWords", "The printed copy of this text could not be made. Please simplify it (very wide tables "
                           "or very long words), then check again."),
    }
    return texts[reason]


def markdown_words(problem: MarkdownProblem, detail: str) -> str:
    translate = QCoreApplication.translate
    found = _LINE.search(detail)
    where = translate("PolicyWords", "on line {line}").format(line=found.group(1)) if found else ""
    texts = {
        MarkdownProblem.EMPTY: translate(
            "PolicyWords", "The text is empty. Please write the policy, or start from the version in force."),
        MarkdownProblem.TOO_LONG: translate(
            "PolicyWords", "The text is too long: at most {count} characters.").format(count=MAX_CHARACTERS),
        MarkdownProblem.CONTROL_CHARACTERS: translate(
            "PolicyWords", "The text has characters that are not letters, digits or punctuation {where} (they "
                           "often come with text copied from another program). Please delete and retype that line."),
        MarkdownProblem.FRONT_MATTER: translate(
            "PolicyWords", "The text begins with a town pack's +++ block. Please remove it: the version number, "
                           "the date and the summary go in the fields below."),
        MarkdownProblem.RAW_HTML: translate(
            "PolicyWords", "The text has HTML in it {where}. Please use Markdown only: the screen and the printed "
                           "copy would show HTML differently."),
        MarkdownProblem.IMAGE: translate(
            "PolicyWords", "The text has a picture in it {where}. Pictures cannot be shown or printed by the kiosk: "
                           "please remove it."),
    }
    return " ".join(texts[problem].format(where=where).split())
