# SPDX-License-Identifier: Apache-2.0
"""Reusable widgets for the kiosk's screens.

Touch-first building blocks shared by several screens, such as the on-screen
keyboard (``keyboard``), kept apart from the screens so each stays small.
"""
