# SPDX-License-Identifier: Apache-2.0
"""The database: SQLAlchemy models, repositories that return core dataclasses, the migration runner."""
