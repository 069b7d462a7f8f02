# SPDX-License-Identifier: Apache-2.0
"""The Qt screens. The only package that imports PySide6 (besides the Qt print backend)."""
