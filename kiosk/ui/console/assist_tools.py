# SPDX-License-Identifier: Apache-2.0
"""What the console's "Assist a resident" and "Records retention" pages are handed (kiosk.app
builds it for the kiosk and for `kiosk --staff` alike): the two core services, the registration
rules the contact editor checks against, and the printer the temporary-password slip (and, on the
kiosk, a records export) prints on. No Qt here: kiosk.ui.console.page names it on the context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.accounts import RegistrationRules
from kiosk.core.assist_service import AssistService
from kiosk.core.printing import Printer, ReceiptPaper
from kiosk.core.retention import RetentionService

if TYPE_CHECKING:
    from kiosk.printing.layout import PageFormat


@dataclass(frozen=True, slots=True)
class AssistTools:
    assist: AssistService
    retention: RetentionService
    rules: RegistrationRules
    printer: Printer
    receipt_paper: str = ReceiptPaper.LETTER.value     # the setting: a ReceiptPaper's value

    def slip_page(self) -> PageFormat:
        """The slip prints on the receipt paper (reportlab is loaded here, when first printing)."""
        from kiosk.printing.layout import LETTER_PAGE, ROLL_80MM

        return ROLL_80MM if ReceiptPaper(self.receipt_paper) is ReceiptPaper.ROLL80 else LETTER_PAGE
