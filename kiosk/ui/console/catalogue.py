# SPDX-License-Identifier: Apache-2.0
"""The console's pages, in the order its side bar lists them (see kiosk.ui.console: adding a page)."""

from __future__ import annotations

from kiosk.ui.console.assist_page import AssistPage
from kiosk.ui.console.page import ConsolePage
from kiosk.ui.console.retention_page import RetentionPage
from kiosk.ui.console.run_kiosk import RunKioskPage

PAGES: tuple[type[ConsolePage], ...] = (RunKioskPage, AssistPage, RetentionPage)
