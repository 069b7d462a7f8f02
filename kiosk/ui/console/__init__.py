# SPDX-License-Identifier: Apache-2.0
"""The staff console: the front desk's own screens, on the kiosk and on a front-desk PC.

How staff reach it: on the kiosk, a 3 s press in the window's top-left corner or Ctrl+Alt+S
(kiosk.ui.console.opening), which first ends any visitor's visit; on a front-desk PC,
`kiosk --staff` opens it as a normal window (kiosk.app.StaffDesk). Either way it begins at the staff
sign-in (kiosk.ui.console.signin) and locks itself back to it after ``staff_lock_minutes`` without
a touch (kiosk.ui.console.shell.ConsoleShell).

Adding a page
-------------
A page is a :class:`kiosk.ui.console.page.ConsolePage` subclass, the console's form of the
visitor's screen contract (kiosk.ui.screens.base.Screen)::

    class QueuePage(ConsolePage):
        page_id = "queue"                                   # object names: queuePage, queuePageButton
        roles = frozenset({StaffRole.ASSISTANT, StaffRole.SUPERVISOR})   # who sees it in the console

        def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
            super().__init__(ctx, member, parent)
            ...build widgets (kiosk.ui.screens.base.label/button), then self.retranslate()

        def title(self) -> str: return self.tr("Queue")     # the page's button and heading
        def retranslate(self) -> None: ...                  # every text through self.tr() and set_text()
        def enter(self) -> None: ...                        # shown: load (self.in_background(...))

then add the class to ``PAGES`` in kiosk/ui/console/catalogue.py, in the order the console lists
them. The shell builds a signed-in person's pages when they sign in (only those whose ``roles``
hold theirs) and deletes them all at sign-out and at the lock, so nothing one person saw stays
for the next. A page calls core services only, found on its :class:`ConsoleContext` (add a field
there and hand the service in from kiosk.app), always off the GUI thread through
``self.in_background``, which shows the plain "cannot reach the town's records" message on a
failure; ``self.actor`` is who acts, for the service's role check and its audit entry. The role
set only hides a page: the service refuses what the role may not do. Pages follow the visitor's
rules: accessible names on every control (set_text), touch-sized buttons, Spanish through
lupdate, and the layout audit (tests/ui/test_staff_console.py audits each page at the tour's sizes).
"""
