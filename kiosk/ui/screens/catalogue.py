# SPDX-License-Identifier: Apache-2.0
"""Every visitor screen by id: the navigator builds them from here (new screens register here)."""

from __future__ import annotations

from functools import partial

from kiosk.ui.navigator import ScreenFactory
from kiosk.ui.screens.account import AccountScreen
from kiosk.ui.screens.contact import ContactScreen
from kiosk.ui.screens.contact_form import ContactFormScreen
from kiosk.ui.screens.forgot import ForgotScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.message import CancelledScreen
from kiosk.ui.screens.policies import PoliciesScreen
from kiosk.ui.screens.record_detail import ParcelScreen, RecordScreen
from kiosk.ui.screens.register import RegisterScreen
from kiosk.ui.screens.requests import RequestsScreen
from kiosk.ui.screens.search import SearchScreen
from kiosk.ui.screens.signin import SignInScreen
from kiosk.ui.screens.terms_update import TermsUpdateScreen

SCREENS: dict[str, ScreenFactory] = {
    "home": HomeScreen,
    "policies": PoliciesScreen,
    "search": SearchScreen,
    "parcel": ParcelScreen,
    "record": RecordScreen,
    "register": RegisterScreen,
    "register_cancelled": partial(CancelledScreen, screen_id="register_cancelled"),
    "signin": SignInScreen,
    "forgot": ForgotScreen,
    "terms_update": TermsUpdateScreen,
    "account": AccountScreen,
    "requests": RequestsScreen,
    "contact": ContactScreen,
    "contact_form": ContactFormScreen,
    "contact_cancelled": partial(CancelledScreen, screen_id="contact_cancelled"),
}
