# SPDX-License-Identifier: Apache-2.0
"""What a finger meets on the glass (issue 10): taps that land with the on-screen keyboard up,
screens that open at their top, no confirming button where the step before had its button,
choices as large lists, single choices as radio buttons, a question that blocks the screen below,
scroll bars only where a screen does not fit."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget

from kiosk.core.forms import FieldKind
from tests.support import ManualClock, answer_discard, choose, find, point_of, scroll_into_view, tap, tap_at
from tests.ui.test_contact_forms import fill, open_form

PASSWORD = "Maple-Harbor-72"


def begin(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    return kiosk.navigator.current


def focus_field(qtbot, kiosk, field) -> None:
    """Tap a text field: the on-screen keyboard comes up under the screen."""
    tap(qtbot, field)
    qtbot.waitUntil(kiosk.keyboard.isVisible)


def window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def role(widget: QWidget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def test_every_wizard_step_moves_on_and_back_with_the_keyboard_up(qtbot, kiosk):
    screen = begin(qtbot, kiosk)
    tap(qtbot, find(screen, "home_register"))
    screen = kiosk.navigator.current
    typed = {"username": "glass.tapper", "password": PASSWORD, "password_again": PASSWORD, "security_answer": "heron",
             "first_name": "Ada", "last_name": "Rivers", "phone": "2035550123", "email": "ada@example.com"}
    for step in range(5):                         # user name, password, question, contact, licences
        fields = [find(screen, name) for name in typed if screen.pages.currentWidget().isAncestorOf(find(screen, name))]
        for field in fields:
            focus_field(qtbot, kiosk, field)
            qtbot.keyClicks(field, typed[field.objectName()])
        if step == 2:
            choose(qtbot, screen, "security_question", 1)
        if fields:
            focus_field(qtbot, kiosk, fields[-1])
            assert kiosk.keyboard.isVisible()
        if step in (1, 3):                        # Previous step, then Next again, with the keyboard up
            tap(qtbot, find(screen, "registerBack"))
            qtbot.waitUntil(lambda s=step: screen.step == s - 1)
            tap(qtbot, find(screen, "registerNext"))
            qtbot.waitUntil(lambda s=step: screen.step == s)
            if fields:
                focus_field(qtbot, kiosk, fields[-1])
                for field in fields:
                    if "password" in field.objectName():      # typed again, never shown back
                        field.setText("")
                        qtbot.keyClicks(field, typed[field.objectName()])
        tap(qtbot, find(screen, "registerNext"))
        shown_errors = [e.text() for e in screen.findChildren(QLabel) if e.objectName().endswith("Error") and e.isVisible()]
        assert not shown_errors, (step, shown_errors)
        qtbot.waitUntil(lambda s=step: screen.step == s + 1, timeout=10_000)
    assert screen.step == 5 and "glass.tapper" in find(screen, "review_username").text()


def test_report_a_problem_reviews_with_the_keyboard_up_and_opens_each_page_at_its_top(qtbot, kiosk):
    begin(qtbot, kiosk)
    screen = open_form(qtbot, kiosk, "problem")
    fill(qtbot, screen)                           # each field tapped (the keyboard comes up) and typed
    focus_field(qtbot, kiosk, next(w.input for w in screen.inputs if w.spec.kind is FieldKind.TEXT))
    area = kiosk.navigator.scroll_area("contact_form")
    assert kiosk.keyboard.isVisible() and area.verticalScrollBar().value() > 0     # scrolled down the long form
    review = find(screen, "formReviewButton")
    review_place = window_rect(review)
    tap(qtbot, review)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1)
    assert area.verticalScrollBar().value() == 0                                   # the review opens at its top
    send = find(screen, "formSend")
    assert not window_rect(send).intersects(review_place)                          # a second tap cannot send it
    tap_at(qtbot, kiosk.window, review_place.center())                             # ... as a lost tap's repeat shows
    assert screen.pages.currentIndex() == 1 and screen.stored is None
    tap(qtbot, send)
    qtbot.waitUntil(lambda: screen.stored is not None, timeout=10_000)
    reference = find(screen, "formReference")
    assert area.verticalScrollBar().value() == 0
    shown = reference.visibleRegion().boundingRect()
    assert shown.height() == reference.height() and reference.text() == screen.stored.reference
    assert window_rect(reference).top() < window_rect(find(screen, "formSentBody")).top()   # the result first


def test_accept_never_sits_where_next_was(qtbot, kiosk):
    screen = begin(qtbot, kiosk)
    tap(qtbot, find(screen, "home_register"))
    screen = kiosk.navigator.current
    screen.go_to("review")
    next_place = window_rect(find(screen, "registerNext"))
    tap(qtbot, find(screen, "registerNext"))
    qtbot.waitUntil(lambda: screen.step == 6)
    assert not window_rect(find(screen, "registerAccept")).intersects(next_place)
    assert not window_rect(find(screen, "registerDecline")).intersects(next_place)


def test_start_over_asks_only_when_something_was_typed(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    tap(qtbot, kiosk.nav.start_over)                                     # nothing typed: no question
    assert kiosk.window.showing_attract()
    home = begin(qtbot, kiosk)
    tap(qtbot, find(home, "home_signin"))
    field = find(kiosk.navigator.current, "signin_username")
    focus_field(qtbot, kiosk, field)
    qtbot.keyClicks(field, "someone")
    tap(qtbot, kiosk.nav.start_over)
    answer_discard(qtbot, kiosk.window, discard=False)
    assert not kiosk.window.showing_attract() and field.text() == "someone"
    tap(qtbot, kiosk.nav.start_over)
    answer_discard(qtbot, kiosk.window, discard=True)
    assert kiosk.window.showing_attract()


def test_a_choice_is_a_full_window_list_of_large_radio_rows(qtbot, kiosk):
    screen = begin(qtbot, kiosk)
    tap(qtbot, find(screen, "home_register"))
    screen = kiosk.navigator.current
    screen.go_to("security")
    picker = find(screen, "security_question")
    assert picker.text().startswith("Choose one…")
    assert picker.accessibleName().startswith("Security question")      # its label, not only its value
    tap(qtbot, picker)
    chooser = picker.choices_list
    qtbot.waitUntil(lambda: chooser is not None and chooser.isVisible())
    assert role(chooser) == QAccessible.Role.Dialog and chooser.geometry() == kiosk.window.visitor.rect()
    assert not kiosk.navigator.current.isEnabled()                      # the screen below is out of reach
    for row in chooser.rows:
        assert isinstance(row, QRadioButton) and row.height() >= 60
    tap(qtbot, chooser.rows[2])
    qtbot.waitUntil(lambda: picker.choices_list is None)
    assert picker.currentText() == kiosk.prepared.pack.security_questions[2]
    assert kiosk.prepared.pack.security_questions[2] in picker.accessibleName()


def test_single_choices_are_radio_buttons(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    tap(qtbot, find(home, "home_contact"))
    tap(qtbot, find(kiosk.navigator.current, "contact_feedback"))
    screen = kiosk.navigator.current
    choices = [b for w in screen.inputs for b in w.buttons.values()]
    assert choices and all(role(b) == QAccessible.Role.RadioButton for b in choices)
    kiosk.navigator.go("policies")
    policies = kiosk.navigator.current
    assert role(find(policies, "policy_privacy")) == QAccessible.Role.RadioButton


def test_the_idle_question_is_a_dialog_that_blocks_the_screen_below(qtbot, make_kiosk):
    clock = ManualClock()
    kiosk = make_kiosk(idle_clock=clock)
    home = begin(qtbot, kiosk)
    tile = find(home, "home_policies")
    warning = find(kiosk.window, "idleWarning")
    clock.advance(kiosk.idle.timings.idle_ms)
    assert warning.isVisible()
    assert role(warning) == QAccessible.Role.Dialog and warning.accessibleName() == "Are you still there?"
    tap_at(qtbot, kiosk.window, point_of(tile))                          # a tap on the tile below it
    assert kiosk.navigator.current is home and warning.isVisible()
    tap(qtbot, find(warning, "idleMoreTime"))
    assert not warning.isVisible() and tile.isEnabled()


def test_result_pagers_say_which_list_they_page(qtbot, kiosk):
    begin(qtbot, kiosk)
    screen = kiosk.navigator.go("search")
    assert find(screen, "searchParcelsNext").accessibleName() == "Next properties"
    assert find(screen, "searchRecordsNext").accessibleName() == "Next records"


def test_a_scroll_bar_only_where_the_screen_does_not_fit_and_fields_keep_their_width(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    tap(qtbot, find(home, "home_signin"))
    area = kiosk.navigator.scroll_area("signin")
    assert not area.bar.isVisible()                                       # it fits
    field = find(kiosk.navigator.current, "signin_username")
    width = field.width()
    focus_field(qtbot, kiosk, field)
    qtbot.waitUntil(lambda: area.viewport().height() < 400)
    assert field.width() == width                                         # the bar does not narrow the fields


def test_back_is_not_offered_on_home(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    assert not kiosk.nav.back.isVisible()
    tap(qtbot, find(home, "home_policies"))
    assert kiosk.nav.back.isVisible()


def test_find_next_keeps_the_find_box_on_screen(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    tap(qtbot, find(home, "home_policies"))
    screen = kiosk.navigator.current
    field = find(screen, "policyFind")
    focus_field(qtbot, kiosk, field)
    qtbot.keyClicks(field, "records")
    for _ in range(3):
        tap(qtbot, find(screen, "policyFindNext"))
        assert field.visibleRegion().boundingRect().height() == field.height()


def test_home_tiles_use_the_screen(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    area = kiosk.navigator.scroll_area("home")
    tiles = [find(home, f"home_{t}") for t in ("search", "register", "signin", "contact", "policies")]
    bottom = max(window_rect(t).bottom() for t in tiles)
    top = min(window_rect(t).top() for t in tiles)
    assert bottom - top > area.viewport().height() * 0.6
    assert all(t.icon_name() and "\n" in t.text() for t in tiles)      # an icon and a line of what it holds
    scroll_into_view(tiles[-1])


def test_the_keyboards_enter_does_the_screens_action_and_says_so(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    tap(qtbot, find(home, "home_register"))
    wizard = kiosk.navigator.current
    field = find(wizard, "username")
    focus_field(qtbot, kiosk, field)
    qtbot.keyClicks(field, "enter.tapper")
    qtbot.waitUntil(lambda: kiosk.keyboard.label("key_enter") == "Next")
    tap(qtbot, kiosk.keyboard.key("key_enter"))
    qtbot.waitUntil(lambda: wizard.step == 1)
    tap(qtbot, kiosk.nav.start_over)
    answer_discard(qtbot, kiosk.window, discard=True)
    home = begin(qtbot, kiosk)
    tap(qtbot, find(home, "home_signin"))
    signin = kiosk.navigator.current
    user, password = find(signin, "signin_username"), find(signin, "signin_password")
    focus_field(qtbot, kiosk, user)
    qtbot.keyClicks(user, "nobody.here")
    qtbot.waitUntil(lambda: kiosk.keyboard.label("key_enter") == "Sign in")
    tap(qtbot, kiosk.keyboard.key("key_enter"))               # on to the password first
    qtbot.waitUntil(password.hasFocus)
    qtbot.keyClicks(password, "Whatever-123")
    tap(qtbot, kiosk.keyboard.key("key_enter"))
    qtbot.waitUntil(lambda: "not right" in find(signin, "signinMessage").text(), timeout=10_000)


def test_a_wrapped_line_is_never_wider_than_its_button(qtbot):
    """Words are measured one by one for speed; near the edge the whole line is measured, as
    rounding and kerning can make a line a pixel wider than its words' sum (CI cut a result row
    so). Unhinted fonts have fractional advances, where the sums drift the most."""
    from PySide6.QtGui import QFont

    from kiosk.ui.widgets.touch_button import TouchButton

    button = TouchButton()
    qtbot.addWidget(button)
    button.set_title_style()
    button.setText("25 ALLEN RAYMOND LN\nParcela 20 · Mapa-manzana-lote B34/1 · Propietario CASTILLO, RONALD F")
    for px in (22, 31, 48):
        font = QFont(button.font())
        font.setPixelSize(px)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        button.setFont(font)
        for width in range(button.minimumSizeHint().width(), 1100):
            button.resize(width, button.heightForWidth(width))
            assert not button.clipped_text(), (px, width)
