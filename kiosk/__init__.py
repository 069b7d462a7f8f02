# SPDX-License-Identifier: Apache-2.0
"""Town Hall Kiosk: a touchscreen kiosk for a town hall lobby."""

__version__ = "0.1.0"
