# SPDX-License-Identifier: Apache-2.0
"""Printing: PDFs made with reportlab (documents, layout) and the backends that print them.

The PDF side never imports Qt, so it can run and be tested anywhere; only ``qt_backend`` does.
"""
