# SPDX-License-Identifier: Apache-2.0
"""Public records in the database: the importer's sink, search on SQLite and PostgreSQL, what is
loaded (the overview), and the order parcels are listed in."""
