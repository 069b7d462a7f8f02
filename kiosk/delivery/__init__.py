# SPDX-License-Identifier: Apache-2.0
"""Delivering residents' submissions from the outbox: the staff queue, e-mail over SMTP, Open311.

Qt-free. kiosk.delivery.worker.make_worker builds the background worker the kiosk starts.
"""
