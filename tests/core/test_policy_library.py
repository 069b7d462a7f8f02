# SPDX-License-Identifier: Apache-2.0
"""The pack's policies with published versions layered over them, and the Markdown check that
decides what may be published (every text the towns ship passes it)."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.core.pack import load_pack
from kiosk.core.policies import PolicyDocument
from kiosk.core.policy_library import PublishedPolicy
from kiosk.core.policy_markdown import markdown_problem
from kiosk.paths import towns_dir

AT = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)


def published(version: str, effective: dt.date, doc_id: str = "terms") -> PublishedPolicy:
    return PublishedPolicy(PolicyDocument(doc_id, "Terms & Conditions", version, effective, f"# Terms {version}\n",
                                          changes="Changed."), AT, "mgarcia", "desk-1")


@pytest.mark.parametrize("town", ["westport", "calabasas"])
def test_every_shipped_policy_passes_the_markdown_check(town):
    pack = load_pack(towns_dir() / town)
    for history in pack.policies.values():
        for doc in history.versions:
            assert markdown_problem(doc.body_markdown) is None, (town, doc.doc_id, doc.version)


def test_published_versions_layer_over_the_pack():
    pack = load_pack(towns_dir() / "westport")
    pack_terms = pack.policy("terms", dt.date(2026, 12, 1))
    pack.library.update([published("1.1", dt.date(2026, 12, 10)), published("2.0", dt.date(2027, 2, 1)),
                         published("1.0", dt.date(2026, 1, 1), doc_id="cookies")])   # not the pack's: left out
    assert [d.version for d in pack.library.history("terms").versions] == ["1.0", "1.1", "2.0"]
    assert pack.policy("terms", dt.date(2026, 12, 9)) is pack_terms
    assert pack.policy("terms", dt.date(2027, 1, 31)).version == "1.1"
    assert pack.policy("terms", dt.date(2027, 2, 1)).version == "2.0"
    assert pack.library.doc_ids == ("privacy", "terms")
    assert pack.library.publication(pack_terms) is None
    later = pack.policy("terms", dt.date(2027, 2, 1))
    publication = pack.library.publication(later)
    assert publication is not None and publication.published_by == "mgarcia"

    pack.library.update([])                            # nothing published (any more): the pack alone
    assert pack.policy("terms", dt.date(2027, 2, 1)) is pack_terms


def test_on_the_same_date_the_published_version_wins():
    pack = load_pack(towns_dir() / "westport")
    pack.library.update([published("1.0-city", dt.date(2024, 7, 1))])
    assert pack.policy("terms", dt.date(2026, 12, 1)).version == "1.0-city"
