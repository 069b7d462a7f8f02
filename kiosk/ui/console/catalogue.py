# SPDX-License-Identifier: Apache-2.0
"""The console's pages, in the order its side bar lists them (see kiosk.ui.console: adding a page)."""

from __future__ import annotations

from kiosk.ui.console.assist_page import AssistPage
from kiosk.ui.console.kiosks import KiosksPage
from kiosk.ui.console.my_sign_in import MySignInPage
from kiosk.ui.console.page import ConsolePage
from kiosk.ui.console.policies import PoliciesPage
from kiosk.ui.console.queue import QueuePage
from kiosk.ui.console.retention_page import RetentionPage
from kiosk.ui.console.run_kiosk import RunKioskPage
from kiosk.ui.console.staff_page import StaffPage
from kiosk.ui.console.usage import UsagePage

PAGES: tuple[type[ConsolePage], ...] = (RunKioskPage, KiosksPage, QueuePage, AssistPage, UsagePage, PoliciesPage,
                                        RetentionPage, StaffPage, MySignInPage)
