# SPDX-License-Identifier: Apache-2.0
"""Public property records, the rules with no I/O: search queries and hits, street-address keys,
date filters, how values read, the town pack's [records] settings, and import mappings (what a
mapping file may say, and how a row of a town's export becomes typed values).

Reading the files is kiosk.importing's; storing and searching them, kiosk.storage.records.
"""
