# SPDX-License-Identifier: Apache-2.0
""""Queue": residents' messages, worked as FixMyStreet Pro's staff work reports. A list (filtered,
sorted and paged by the database; kiosk.ui.console.queue_list) and one message in full with what
staff do to it (kiosk.ui.console.queue_detail), one shown at a time on the page.

Assistants and supervisors both work the queue; what one of them may not do (an assistant
reopening a closed message) the queue service refuses, and the page says so in words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget

from kiosk.core.queue_service import QueueService
from kiosk.core.queue_settings import QueueSettings, QueueState
from kiosk.core.staff import StaffMember, StaffRole
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.console.queue_detail import QueueDetailView
from kiosk.ui.console.queue_list import QueueList
from kiosk.ui.screens.base import label, set_text


class QueuePage(ConsolePage):
    page_id = "queue"
    roles = frozenset({StaffRole.ASSISTANT, StaffRole.SUPERVISOR})

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        assert ctx.queue is not None, "the Queue page needs the queue service (kiosk.app.queue_service)"
        self.queue: QueueService = ctx.queue
        self.heading = label("title", "queueHeading")
        self.list = QueueList(self)
        self.detail = QueueDetailView(self)
        self.list.opened.connect(self._open)
        self.detail.closed.connect(self._back)
        self.detail.changed.connect(self.list.refresh)
        layout = self.column()
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.detail)
        layout.addStretch()
        self.detail.hide()
        self._staff: list[tuple[str, int]] | None = None     # who can take messages: read once, at the first entry
        self.retranslate()

    def title(self) -> str:
        return self.tr("Queue")

    def settings(self) -> QueueSettings:
        return self.queue.settings

    def states(self) -> tuple[QueueState, ...]:
        return self.queue.settings.states

    def enter(self) -> None:
        if self._staff is None:
            staff = self.ctx.staff
            self.in_background(lambda: [(m.display_name, m.staff_id) for m in staff.list() if m.active],
                               self._with_staff, self.list.list_status)
        else:
            self.list.refresh()

    def _with_staff(self, staff: list[tuple[str, int]]) -> None:
        self._staff = staff
        self.list.fill_choices(staff)
        self.detail.fill_choices(staff)
        self.list.refresh(page_no=0)

    def _open(self, submission_id: int) -> None:
        self.list.hide()
        self.detail.show()
        self.detail.open(submission_id)
        self._to_top()

    def _back(self) -> None:
        self.detail.hide()
        self.list.show()
        self.list.refresh()
        self._to_top()

    def _to_top(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        self.list.retranslate()
        self.detail.retranslate()
        if self._staff is not None:                  # the pickers' own words ("Any department", "Me")
            self.list.fill_choices(self._staff)
            self.detail.fill_choices(self._staff)
