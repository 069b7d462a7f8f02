# SPDX-License-Identifier: Apache-2.0
"""Every visitor screen by id: the navigator builds them from here (new screens register here)."""

from __future__ import annotations

from functools import partial

from kiosk.ui.navigator import ScreenFactory
from kiosk.ui.screens.coming_soon import ComingSoonScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.policies import PoliciesScreen

SCREENS: dict[str, ScreenFactory] = {
    "home": HomeScreen,
    "policies": PoliciesScreen,
    "search": partial(ComingSoonScreen, screen_id="search"),
    "register": partial(ComingSoonScreen, screen_id="register"),
    "signin": partial(ComingSoonScreen, screen_id="signin"),
    "contact": partial(ComingSoonScreen, screen_id="contact"),
}
