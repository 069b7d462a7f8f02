# SPDX-License-Identifier: Apache-2.0
"""Importing a town's parcels and records files: the CSV and .xlsx readers, the mapping file, and the
pipeline that checks, converts and hands rows to a sink (one process, or two for a large file).

Qt-free. At the storage level: it builds on kiosk.core (the mapping rules) and may use kiosk.storage,
never the UI, printing or the admin commands. kiosk-admin records wires it to kiosk.storage.records.store.
"""
