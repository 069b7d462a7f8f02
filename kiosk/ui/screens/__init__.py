# SPDX-License-Identifier: Apache-2.0
"""One module a screen. Each follows the contract of :class:`kiosk.ui.screens.base.Screen`."""
