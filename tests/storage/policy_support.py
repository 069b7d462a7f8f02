# SPDX-License-Identifier: Apache-2.0
"""Shared by the policy tests: the real PolicyService on the real repository, over a freshly loaded
town pack (each kiosk loads its own), with the printout proof the kiosk uses."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from kiosk.core.pack import TownPack, load_pack
from kiosk.core.policy_service import PolicyService
from kiosk.core.staff import Actor, StaffRole
from kiosk.paths import towns_dir
from kiosk.printing.documents import policy_proof
from kiosk.storage.database import session_factory
from kiosk.storage.policies_repo import SqlPolicyRepository
from tests.core.accounts_helpers import Clock

SUPERVISOR = Actor("mgarcia", StaffRole.SUPERVISOR)
ASSISTANT = Actor("jdoe", StaffRole.ASSISTANT)
# 10:00 in Westport on 1 December 2026; terms 1.0 (2024-07-01) and privacy 1.1 (2026-11-01) in force.
DEC_1 = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)
NEW_TERMS = ("# Terms & Conditions\n\nWhat you send through the kiosk can become a public record.\n\n"
             "| Kept | For |\n|---|---|\n| Messages | 3 years |\n")


def westport() -> TownPack:
    return load_pack(towns_dir() / "westport")


def policy_service(engine: sa.Engine, pack: TownPack, clock: Clock, kiosk_id: str = "desk-1") -> PolicyService:
    return PolicyService(SqlPolicyRepository(session_factory(engine)), pack.library, pack.timezone, kiosk_id, clock,
                         proof=policy_proof(pack.name, pack.state, pack.timezone, kiosk_id))
