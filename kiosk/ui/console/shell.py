# SPDX-License-Identifier: Apache-2.0
"""The console's frame: the staff sign-in, then a bar (who is signed in, Sign out, Back to the
kiosk), a side bar of the pages this person's role may see, and the page on show; on the kiosk,
the on-screen keyboard below. Large text and high contrast are toggles under the pages' buttons,
back off when the person signs out or the console locks. On a screen taller than wide the pages' buttons are a row above
the page instead (wrapping onto more lines): beside it, they would leave a portrait page with
large text too narrow for a queue row.

After ``lock_ms`` without a touch the console locks: the signed-in person's pages are deleted
and the sign-in asks again (on the kiosk, a sign-in left unanswered as long goes back to the
residents' attract screen). The time is kept by an IdleWatcher on an injected IdleClock, as a
visit's is (kiosk.ui.idle), so tests move it by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.staff import Actor, StaffMember, StaffRole
from kiosk.ui.console.catalogue import PAGES
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.console.signin import StaffSignIn
from kiosk.ui.idle import IdleClock, IdleTimings, IdleWatcher
from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.theme import SCROLLBAR_PX
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.screen_scroll import ScreenScroll
from kiosk.ui.widgets.touch_button import TouchButton

SIDE_SCROLL_GAP = SCROLLBAR_PX + 8    # right of the side bar's buttons: its scroll bar, when it shows
SIDE_PX = 228      # the side bar of pages (with its scroll gap): a name on one line, 816 px left for a page at 1080 wide


class ConsoleShell(QWidget):
    left = Signal()            # on the kiosk: Back to the kiosk, Sign out, or a sign-in left unanswered
    locked = Signal()

    def __init__(self, ctx: ConsoleContext, lock_ms: int, clock: IdleClock, keyboard: QWidget | None = None,
                 parent: QWidget | None = None, pages: tuple[type[ConsolePage], ...] = PAGES) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keyboard = keyboard
        self.setObjectName("staffConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._page_types = pages
        self.member: StaffMember | None = None
        self.pages: dict[str, ConsolePage] = {}
        self._areas: dict[str, ScreenScroll] = {}       # one per page id for the shell's life (gesture grabs)
        self._page_buttons: dict[str, TouchButton] = {}
        self.idle = IdleWatcher(IdleTimings(lock_ms, 0), clock, self)
        self.idle.warning_started.connect(self._on_idle)     # no warning: the lock is the answer

        self.sign_in = StaffSignIn(ctx)
        self.sign_in.signed_in.connect(self._on_signed_in)
        self.sign_in.cancelled.connect(self.leave)
        sign_in_area = ScreenScroll("staffSignInScroll")
        sign_in_area.setWidget(self.sign_in)

        self.bar = QWidget()
        self.bar.setObjectName("consoleBar")
        self.bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.who = label("subtitle", "consoleWho")
        self.sign_out = button("consoleSignOut")
        self.back = button("consoleBack")
        self.sign_out.clicked.connect(lambda: self._end_sign_in("signed out", leave=ctx.on_kiosk))
        self.back.clicked.connect(lambda: self._end_sign_in("back to the kiosk", leave=True))
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(16, 8, 16, 8)
        bar.addWidget(self.who, 1)
        for choose in (self.sign_out, self.back):      # at their natural width: never a word a line
            choose.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            bar.addWidget(choose)
        self.back.setVisible(ctx.on_kiosk)     # once in the bar: a parentless widget shown is a window of its own
        self.side = QWidget()
        self.side.setObjectName("consoleSide")
        self.side.setMinimumWidth(SIDE_PX + SIDE_SCROLL_GAP)
        self._side_column = QVBoxLayout(self.side)
        self._side_column.setContentsMargins(16, 16, SIDE_SCROLL_GAP, 16)
        self._side_column.addStretch()
        # The console's look, below the pages (after the stretch): off again at sign-out and lock.
        self.large_text = button("consoleLargeText")
        self.high_contrast = button("consoleHighContrast")
        self._look_buttons = (self.large_text, self.high_contrast)
        for toggle in self._look_buttons:
            toggle.setCheckable(True)
            toggle.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            toggle.clicked.connect(self._look_chosen)
            self._side_column.addWidget(toggle)
            toggle.setVisible(ctx.set_look is not None)    # once in the bar: a parentless widget shown is a window
        # The side bar scrolls when its pages do not fit (a supervisor's eight at large text, a small
        # window on a front-desk PC): squeezed, its buttons would overlap and a tap land on the wrong one.
        # Its scroll bar floats in a gap of its own, right of the buttons.
        self._side_area = ScreenScroll("consoleSideScroll")
        self._side_area.setWidget(self.side)
        self._side_area.setFixedWidth(SIDE_PX + SIDE_SCROLL_GAP)
        # In portrait, the same buttons in a row above the page (see _place_page_buttons).
        self.page_row = QWidget()
        self.page_row.setObjectName("consolePageRow")
        self._page_flow = FlowLayout(self.page_row, spacing=8, right=False)
        self._page_flow.setContentsMargins(16, 8, 16, 8)
        self.page_row.hide()
        self._portrait = False
        self.page_stack = QStackedWidget()
        self.page_stack.setObjectName("consolePages")
        signed_in = QWidget()
        column = QVBoxLayout(signed_in)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bar)
        column.addWidget(self.page_row)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._side_area)
        row.addWidget(self.page_stack, 1)
        column.addLayout(row, 1)

        self.steps = QStackedWidget()
        self.steps.setObjectName("consoleSteps")
        self.steps.addWidget(sign_in_area)
        self.steps.addWidget(signed_in)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.steps, 1)
        if keyboard is not None:
            outer.addWidget(keyboard)
        self.retranslate()

    # -- opening, signing in, locking ------------------------------------------------------------

    def open(self) -> None:
        """Shown (the corner hold, Ctrl+Alt+S, `kiosk --staff`): the sign-in, empty."""
        self._drop_pages()
        self.sign_in.reset()
        self.steps.setCurrentIndex(0)
        self.idle.start()
        self.sign_in.focus_first()

    def close_console(self) -> None:
        """Hidden (the kiosk went back to residents): nobody stays signed in, no timer runs."""
        self._drop_pages()
        self.sign_in.reset()
        self.steps.setCurrentIndex(0)
        self.idle.stop()

    def leave(self) -> None:
        self.close_console()
        self.left.emit()

    def lock(self) -> None:
        self._end_sign_in("locked after inactivity", leave=False)
        self.locked.emit()

    def showing_sign_in(self) -> bool:
        return self.steps.currentIndex() == 0

    def current_page(self) -> ConsolePage | None:
        widget = self.page_stack.currentWidget()
        page = widget.widget() if isinstance(widget, ScreenScroll) else None
        return page if isinstance(page, ConsolePage) else None

    def _on_idle(self) -> None:
        self.idle.stop()
        if self.member is not None:
            self.lock()
            self.idle.start()
        elif self.ctx.on_kiosk:
            self.leave()             # a sign-in nobody answered: the residents' screen again
        else:
            self.idle.start()

    def _on_signed_in(self, member: StaffMember) -> None:
        self.member = member
        set_text(self.who, self.tr("{name} ({role})").format(name=member.display_name, role=self._role(member.role)))
        for page_type in self._page_types:
            if member.role in page_type.roles:
                self._add_page(page_type(self.ctx, member))
        self.steps.setCurrentIndex(1)
        first = next(iter(self.pages), None)
        if first is not None:
            self.show_page(first)

    def _end_sign_in(self, why: str, leave: bool) -> None:
        member = self.member
        if member is not None:
            control, actor, staff_id = self.ctx.control, Actor.staff(member), member.staff_id
            self.ctx.tasks.run(self, lambda: control.signed_out(actor, staff_id, why))
        if leave:
            self.leave()
        else:
            self._drop_pages()
            self.sign_in.reset()
            self.steps.setCurrentIndex(0)
            self.sign_in.focus_first()

    # -- pages -----------------------------------------------------------------------------------

    def show_page(self, page_id: str) -> None:
        current = self.current_page()
        if current is not None and current.page_id != page_id:
            current.leave()
        page = self.pages[page_id]
        self.page_stack.setCurrentWidget(self._areas[page_id])
        self._areas[page_id].to_top()
        for pid, shown in self._page_buttons.items():
            shown.setChecked(pid == page_id)
        page.enter()

    def _add_page(self, page: ConsolePage) -> None:
        area = self._areas.get(page.page_id)
        if area is None:
            area = self._areas[page.page_id] = ScreenScroll(f"{page.page_id}Scroll")
            self.page_stack.addWidget(area)
        area.setWidget(page)
        self.pages[page.page_id] = page
        choose = button(f"{page.page_id}PageButton")
        choose.setCheckable(True)
        choose.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        set_text(choose, page.title())
        choose.clicked.connect(lambda _=False, pid=page.page_id: self.show_page(pid))
        if self._portrait:
            self._page_flow.insertWidget(len(self._page_buttons), choose)
        else:
            self._side_column.insertWidget(self._side_column.count() - 1 - len(self._look_buttons), choose)
        self._page_buttons[page.page_id] = choose
        self._fit_side()

    def _place_page_buttons(self) -> None:
        """The pages' buttons and the look's toggles in the side bar (landscape), or in the row
        above the page (portrait)."""
        buttons = (*self._page_buttons.values(), *self._look_buttons)
        for choose in buttons:
            (self._side_column if self._portrait else self._page_flow).removeWidget(choose)
        for choose in buttons:
            if self._portrait:
                self._page_flow.addWidget(choose)
            elif choose in self._look_buttons:
                self._side_column.addWidget(choose)             # below the stretch
            else:
                self._side_column.insertWidget(self._side_column.count() - 1 - len(self._look_buttons), choose)
        self._side_area.setVisible(not self._portrait)
        self.page_row.setVisible(self._portrait)

    def set_look(self, large_text: bool, high_contrast: bool) -> None:
        """The console's look, as the toggles would set it."""
        self.large_text.setChecked(large_text)
        self.high_contrast.setChecked(high_contrast)
        self._look_chosen()

    def _look_chosen(self) -> None:
        if self.ctx.set_look is not None:
            self.ctx.set_look(self.large_text.isChecked(), self.high_contrast.isChecked())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        portrait = event.size().height() > event.size().width()
        if portrait != self._portrait:
            self._portrait = portrait
            self._place_page_buttons()
        super().resizeEvent(event)

    def _fit_side(self) -> None:
        """The side bar as wide as its longest word needs (large text, Spanish), SIDE_PX at least:
        narrower, a page's name would be cut off."""
        margins = self._side_column.contentsMargins()
        for choose in self._page_buttons.values():
            choose.ensurePolished()        # a new button has the look's font only once polished
        words = max((b.minimumSizeHint().width() for b in self._page_buttons.values()), default=0)
        width = max(SIDE_PX, words + margins.left() + margins.right() - SIDE_SCROLL_GAP) + SIDE_SCROLL_GAP
        self.side.setMinimumWidth(width)
        self._side_area.setFixedWidth(width)

    def _drop_pages(self) -> None:
        """Everything the signed-in person saw goes (pages, their fields and lists)."""
        current = self.current_page()
        if current is not None:
            current.leave()
        for page in self.pages.values():
            area = self._areas[page.page_id]
            area.takeWidget()
            page.deleteLater()
        for choose in self._page_buttons.values():
            choose.deleteLater()
        self.pages.clear()
        self._page_buttons.clear()
        if any(toggle.isChecked() for toggle in self._look_buttons):
            self.set_look(False, False)         # the next person starts from the kiosk's own look
        self.member = None
        set_text(self.who, "")

    def retranslate(self) -> None:
        set_text(self.sign_out, self.tr("Sign out"))
        set_text(self.back, self.tr("Back to the kiosk"))
        set_text(self.large_text, self.tr("Large text"))
        set_text(self.high_contrast, self.tr("High contrast"))
        for page_id, choose in self._page_buttons.items():
            set_text(choose, self.pages[page_id].title())
        self._fit_side()
        if self.member is not None:
            set_text(self.who, self.tr("{name} ({role})").format(name=self.member.display_name,
                                                                 role=self._role(self.member.role)))

    def _role(self, role: StaffRole) -> str:
        return self.tr("supervisor") if role is StaffRole.SUPERVISOR else self.tr("assistant")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit_side)     # once the buttons have their new font
        super().changeEvent(event)
