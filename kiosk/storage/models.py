# SPDX-License-Identifier: Apache-2.0
"""Typed ORM models. Every table is created by an Alembic migration in db/versions, never by create_all."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, MetaData, String, Boolean, Float
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UsageSession(Base):
    """One visit, anonymous: a random token, never an account or anything the visitor typed."""

    __tablename__ = "usage_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    kiosk_id: Mapped[str] = mapped_column(String(40), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    duration_s: Mapped[float] = mapped_column(Float)
    screens: Mapped[str] = mapped_column(String(400))       # screen ids in the order first used, comma-separated
    language: Mapped[str] = mapped_column(String(8))
    large_text: Mapped[bool] = mapped_column(Boolean)
    high_contrast: Mapped[bool] = mapped_column(Boolean)
    end_reason: Mapped[str] = mapped_column(String(16))
