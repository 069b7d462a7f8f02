# SPDX-License-Identifier: Apache-2.0
"""The Qt screens. The only package of the kiosk itself that imports PySide6, besides the Qt print backend
and the composition root (kiosk.app); the tools that drive the real kiosk (kiosk.bench, kiosk.tour) do too."""
