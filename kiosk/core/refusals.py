# SPDX-License-Identifier: Apache-2.0
"""What a service raises when a resident must correct what they typed: an answer, not a failure.

A service refuses before it stores anything. The background helper of the screens hands a
refusal to the screen, which marks the fields; any other exception is a failure, logged with its
traceback, and the resident is told plainly that the town's records cannot be reached.
"""

from __future__ import annotations


class Refusal(Exception):
    """Fields to correct; nothing was stored. Subclasses carry which fields and why, as codes."""
