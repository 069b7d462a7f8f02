# SPDX-License-Identifier: Apache-2.0
"""The kiosk's own deadline on every PostgreSQL round trip.

A server that is frozen (its processes stopped) or behind a path that lost its packets still has
a kernel that accepts and acknowledges what is sent, so neither the server's statement_timeout nor
TCP keepalives end the wait: psycopg would wait for the answer for as long as the freeze lasts,
with the resident's screen waiting behind it. psycopg's own wait takes a timeout; this connection
class gives every wait one. When it passes, the connection is closed (its state is unknown), which
SQLAlchemy takes for a disconnect: it throws the pool's connections away and opens new ones on
the next use, so the kiosk recovers by itself once the server answers again.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors
from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError

PING_S = 1.0      # a pooled connection's check before use: a healthy server answers in milliseconds


class DeadlineConnection(psycopg.Connection[Any]):
    deadline_s: float = 4.0

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        deadline = self.deadline_s if timeout is None else timeout
        try:
            return super().wait(gen, interval=interval, timeout=deadline)
        except errors._WaitTimeout:   # psycopg's internal timeout, converted as its docstring asks
            self.pgconn.finish()
            raise psycopg.OperationalError(
                f"the database server did not answer within {deadline:g} s; the connection is closed") from None

    def ping(self) -> None:
        """A short round trip, under a short deadline (SQLAlchemy's pre-ping would wait the full
        statement deadline, then connecting again adds its own timeout)."""
        kept, self.deadline_s = self.deadline_s, min(PING_S, self.deadline_s)
        try:
            self.execute("SELECT 1")         # as SQLAlchemy's pre-ping: one round trip, no rollback
        finally:
            self.deadline_s = kept


def with_deadlines(engine: Engine, deadline_s: float) -> None:
    """Every connection of ``engine`` a DeadlineConnection, checked with a ping before each use."""
    kind: type[DeadlineConnection] = type("DeadlineConnection", (DeadlineConnection,), {"deadline_s": deadline_s})

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _record: Any, cargs: tuple[Any, ...], cparams: dict[str, Any]) -> DeadlineConnection:
        return kind.connect(*cargs, **cparams)

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: DeadlineConnection, _record: Any, _proxy: Any) -> None:
        try:
            dbapi_connection.ping()
        except psycopg.Error as exc:    # the pool opens a new connection (under connect_timeout) instead
            raise DisconnectionError(str(exc)) from None
