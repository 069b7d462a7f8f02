# SPDX-License-Identifier: Apache-2.0
"""Town content packs: the shipped ones load whole, and a broken one is refused with the file named.

Broken packs are real copies of a shipped pack with one thing broken, as a town's IT would break them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kiosk.core.pack import PackError, TownPack, load_pack, resolve_pack_folder
from kiosk.core.records.settings import RecordSettings
from kiosk.paths import towns_dir

WESTPORT_PRIVACY_CHANGED = dt.date(2026, 11, 22)    # three weeks after privacy 1.1 took effect
MUCH_LATER = dt.date(2027, 6, 1)


@pytest.fixture(scope="module")
def westport() -> TownPack:
    return load_pack(towns_dir() / "westport")


@pytest.fixture(scope="module")
def calabasas() -> TownPack:
    return load_pack(towns_dir() / "calabasas")


@pytest.mark.parametrize("town", ["westport", "calabasas"])
def test_a_shipped_pack_loads_completely(town):
    pack = load_pack(resolve_pack_folder(town, towns_dir()))

    assert pack.pack_id == town
    assert pack.name and pack.short_name and pack.front_desk and pack.website.startswith("https://")
    assert re.fullmatch(r"[A-Z]{2}", pack.state)
    assert pack.logo.is_file()
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", c) for c in (pack.colours.primary, pack.colours.on_primary,
                                                             pack.colours.accent, pack.colours.background,
                                                             pack.colours.surface, pack.colours.text))
    assert len(pack.departments) >= 1
    ids = [d.dept_id for d in pack.departments]
    assert len(set(ids)) == len(ids)
    for dept in pack.departments:
        assert dept.name and dept.phone and dept.description
        assert dept.email.endswith(".example"), "a demo pack must never mail a real office"
    assert len(pack.security_questions) >= 3
    assert len(set(pack.security_questions)) == len(pack.security_questions)
    for doc_id in ("privacy", "terms"):
        doc = pack.policy(doc_id, WESTPORT_PRIVACY_CHANGED)
        assert doc.doc_id == doc_id
        assert doc.title and doc.body_markdown.strip()


def test_westport_privacy_policy_has_two_versions_and_announces_the_new_one(westport):
    history = westport.policies["privacy"]
    assert [v.version for v in history.versions] == ["1.0", "1.1"]

    in_force = westport.policy("privacy", WESTPORT_PRIVACY_CHANGED)
    assert in_force.version == "1.1"
    assert in_force.effective == dt.date(2026, 11, 1)
    assert in_force.changes                                     # what changed, in plain words
    assert westport.policy_notices(WESTPORT_PRIVACY_CHANGED) == [in_force]

    assert westport.policy("privacy", MUCH_LATER).version == "1.1"
    assert westport.policy_notices(MUCH_LATER) == []            # old news by then

    assert westport.policy("privacy", dt.date(2026, 10, 31)).version == "1.0"
    assert westport.policy_notices(dt.date(2026, 10, 31)) == []
    assert westport.policy("terms", WESTPORT_PRIVACY_CHANGED).version == "1.0"
    assert not any(d.sample for h in westport.policies.values() for d in h.versions)


def test_calabasas_terms_are_marked_as_sample_text(calabasas):
    terms = calabasas.policy("terms", WESTPORT_PRIVACY_CHANGED)

    assert terms.sample is True
    assert "sample text" in terms.body_markdown.splitlines()[0].lower()     # says so in its first line
    assert calabasas.policy("privacy", WESTPORT_PRIVACY_CHANGED).sample is False
    assert calabasas.policy_notices(WESTPORT_PRIVACY_CHANGED) == []


def test_a_document_digest_is_the_sha256_of_its_text_and_does_not_change(westport):
    first = westport.policies["privacy"].versions[0]
    again = load_pack(towns_dir() / "westport").policies["privacy"].versions[0]

    assert first.sha256 == hashlib.sha256(first.body_markdown.encode("utf-8")).hexdigest()
    assert again.sha256 == first.sha256
    # A version that has been in force is never edited (acceptances recorded its digest).
    assert first.version == "1.0" and first.effective < dt.date(2025, 1, 1)
    assert first.sha256 == "be13e749709a3dc761d787ed9605ae08b60e189b57b6a345ba481ea956a7b556"
    assert westport.policies["privacy"].versions[1].sha256 != first.sha256


def test_a_digest_does_not_depend_on_windows_line_endings(tmp_path, westport):
    """A pack checked out on Windows (CRLF) shows the same text, so acceptances keep matching."""
    copy = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", copy)
    for md in copy.rglob("*.md"):
        md.write_bytes(md.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))

    crlf = load_pack(copy)

    for doc_id, history in westport.policies.items():
        assert [v.sha256 for v in crlf.policies[doc_id].versions] == [v.sha256 for v in history.versions]


def test_westport_publishes_owners_and_links_records_and_properties(westport):
    settings = westport.records

    assert settings.owners_public is True
    record = urlsplit(settings.link_for_record("B-2024-0012", "building"))
    parcel = urlsplit(settings.link_for_parcel("4711", "C10/021/000"))
    assert record.scheme == parcel.scheme == "https"
    assert "B-2024-0012" in record.query
    assert "4711" in parcel.query


def test_calabasas_keeps_owners_private_and_has_no_property_page(calabasas):
    settings = calabasas.records

    assert settings.owners_public is False
    assert settings.parcel_link == ""
    assert settings.link_for_parcel("2068-011-020", "2068/11/20") is None


def test_a_pack_without_records_settings_shows_no_owners_and_links_nowhere(tmp_path):
    pack = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", pack)
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(re.sub(r"\n\[records\].*?(?=\n\[colours\])", "\n", text, count=1, flags=re.DOTALL),
                        encoding="utf-8")

    settings = load_pack(pack).records

    assert settings == RecordSettings()
    assert settings.owners_public is False
    assert settings.link_for_record("B-1", "building") is None
    assert settings.link_for_parcel("1", "1/2") is None


def test_every_value_in_a_link_is_url_encoded_so_it_cannot_change_the_address():
    settings = RecordSettings(record_link="https://permits.example.gov/r/{source}?no={record_number}",
                              parcel_link="https://maps.example.gov/p?id={parcel_id}&mbl={map_block_lot}")

    link = settings.link_for_record("B 24/7?x=1#top&y=Muñoz", "../admin")

    assert link == "https://permits.example.gov/r/..%2Fadmin?no=B%2024%2F7%3Fx%3D1%23top%26y%3DMu%C3%B1oz"
    assert urlsplit(link).netloc == "permits.example.gov" and urlsplit(link).fragment == ""
    assert settings.link_for_parcel("0042", "201/86") == "https://maps.example.gov/p?id=0042&mbl=201%2F86"
    # A parcel without a map-block-lot has no page under this pattern.
    assert settings.link_for_parcel("0042", None) is None
    assert settings.link_for_record("", "building") is None


def test_a_literal_brace_in_a_link_is_written_twice():
    settings = RecordSettings(record_link="https://permits.example.gov/q?f={{x}}&no={record_number}")

    assert settings.link_for_record("A1", "s") == "https://permits.example.gov/q?f={x}&no=A1"


@pytest.mark.parametrize("pattern, words", [
    ("http://permits.example.gov/{record_number}", "https://"),
    ("permits.example.gov/{record_number}", "https://"),
    ("https://{record_number}.example.gov/", "fixed host"),
    ("https://permits.example.gov/{parcel_id}", "{parcel_id}"),
    ("https://permits.example.gov/{record_number:>40}", "{record_number:>40}"),
    ("https://permits.example.gov/{record_number!r}", "{record_number!r}"),
    ("https://permits.example.gov/{record_number.upper}", "{record_number.upper}"),
    ("https://permits.example.gov/{}", "placeholder {}"),
    ("https://permits.example.gov/{record_number", "not a valid pattern"),
    ("https://permits.example.gov/search", "has no placeholder"),
    ("https://permits.example.gov/a b/{record_number}", "spaces"),
])
def test_a_record_link_pattern_is_checked(pattern, words):
    with pytest.raises(ValueError, match="record_link") as caught:
        RecordSettings(record_link=pattern)

    assert words in str(caught.value)


# --- broken packs -----------------------------------------------------------------------------------

def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _no_departments_key(pack: Path) -> Path:
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[:text.index("[[departments]]")], encoding="utf-8")
    return manifest


def _empty_departments(pack: Path) -> Path:
    manifest = _no_departments_key(pack)
    _edit(manifest, "[registration]", "departments = []\n\n[registration]")
    return manifest


def _unlink(path: Path) -> Path:
    path.unlink()
    return path


def _front_matter_missing(pack: Path) -> Path:
    doc = pack / "policies" / "privacy" / "1.0.md"
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.split("+++", 2)[2].lstrip(), encoding="utf-8")
    return doc


def _misnamed_version(pack: Path) -> Path:
    wrong = pack / "policies" / "privacy" / "1.2.md"
    (pack / "policies" / "privacy" / "1.1.md").rename(wrong)
    return wrong


def _same_effective_date(pack: Path) -> Path:
    _edit(pack / "policies" / "privacy" / "1.1.md", "effective = 2026-11-01", "effective = 2024-07-01")
    return pack / "policies" / "privacy"


def _missing_terms(pack: Path) -> Path:
    shutil.rmtree(pack / "policies" / "terms")
    return pack / "policies" / "terms"


def _two_security_questions(pack: Path) -> Path:
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    two = 'security_questions = ["What was your first pet called?", "Where did you grow up?"]'
    manifest.write_text(re.sub(r"security_questions = \[.*?\n\]", two, text, count=1, flags=re.DOTALL), encoding="utf-8")
    return manifest


def _manifest_edit(old: str, new: str) -> Callable[[Path], Path]:
    def breaker(pack: Path) -> Path:
        _edit(pack / "pack.toml", old, new)
        return pack / "pack.toml"
    return breaker


# name -> (break the copy and return the file the message must name, words the message must hold)
BREAKAGES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing pack.toml": (lambda p: _unlink(p / "pack.toml"), "no pack.toml"),
    "invalid TOML": (_manifest_edit('short_name = "Westport"', 'short_name = "Westport'), "cannot be read"),
    "missing key": (_manifest_edit('short_name = "Westport"\n', ""), "'short_name' is missing"),
    "empty name": (_manifest_edit('short_name = "Westport"', 'short_name = "  "'), "'short_name' must be"),
    "wrong format": (_manifest_edit("format = 1", "format = 2"), "'format' must be 1"),
    "bad colour": (_manifest_edit('primary = "#1F3A5F"', 'primary = "navy"'), "colours.primary"),
    "short colour": (_manifest_edit('text = "#1B2430"', 'text = "#123"'), "colours.text"),
    "bad state": (_manifest_edit('state = "CT"', 'state = "Connecticut"'), "'state'"),
    "missing logo": (lambda p: _unlink(p / "logo.svg") and p / "pack.toml", "logo.svg"),
    "no departments key": (_no_departments_key, "'departments' is missing"),
    "no departments": (_empty_departments, "at least one department"),
    "department without a phone": (_manifest_edit('phone = "(203) 341-1110"\n', ""), "'phone' is missing"),
    "bad department id": (_manifest_edit('id = "clerk"', 'id = "Town Clerk"'), "departments[1].id"),
    "duplicate department id": (_manifest_edit('id = "clerk"', 'id = "selectmen"'), "share an id"),
    "two security questions": (_two_security_questions, "at least three questions"),
    "missing terms folder": (_missing_terms, "no terms document"),
    "policy front matter missing": (_front_matter_missing, "front matter"),
    "policy front matter unknown key": (
        lambda p: _edit(p / "policies" / "terms" / "1.0.md", 'version = "1.0"', 'version = "1.0"\nauthor = "x"')
        or p / "policies" / "terms" / "1.0.md", "author"),
    "policy date in quotes": (
        lambda p: _edit(p / "policies" / "terms" / "1.0.md", "effective = 2024-07-01", 'effective = "2024-07-01"')
        or p / "policies" / "terms" / "1.0.md", "'effective' must be a date"),
    "policy file name disagrees with its version": (_misnamed_version, "file name says privacy 1.2"),
    "two versions with one effective date": (_same_effective_date, "each version needs its own date"),
    "unknown records key": (_manifest_edit("owners_public = true", "owners_public = true\nshow_owners = true"),
                            "records: unknown key(s) show_owners"),
    "owners_public as text": (_manifest_edit("owners_public = true", 'owners_public = "yes"'), "'owners_public'"),
    "record link over http": (_manifest_edit('record_link = "https://', 'record_link = "http://'),
                              "records.record_link must start with https://"),
    "record link with an unknown placeholder": (
        _manifest_edit("QueryText={record_number}", "QueryText={permit_no}"),
        "records.record_link uses the placeholder {permit_no}; allowed: {record_number}, {source}"),
    "parcel link with a record placeholder": (
        _manifest_edit("pid={parcel_id}", "pid={record_number}"), "records.parcel_link uses the placeholder"),
    "records as a list of tables": (_manifest_edit("[records]\n", "[[records]]\n"), "'records' must be"),
    "a term translated as a number": (_manifest_edit('"Issued" = "Emitido"', '"Issued" = 3'),
                                      'records.terms.es."Issued" must be a non-empty text'),
    "an empty term": (_manifest_edit('"Issued" = "Emitido"', '"Issued" = " "'), 'records.terms.es."Issued" must be'),
    "terms of a language as a list": (_manifest_edit("[records.terms.es]\n", "[[records.terms.es]]\n"),
                                      "records.terms.es must be a table of English value = translation"),
    "terms of a language code that is not one": (_manifest_edit("[records.terms.es]", "[records.terms.Spanish]"),
                                                 "records.terms.Spanish is not a language code like es"),
    "one term translated twice": (_manifest_edit('"Issued" = "Emitido"', '"Issued" = "Emitido"\n"ISSUED" = "Expedido"'),
                                  'records.terms.es translates "Issued" and "ISSUED" differently'),
    "Open311 endpoint over http": (_manifest_edit('open311_endpoint = ""', 'open311_endpoint = "http://311.example.gov/v2"'),
                                   "'open311_endpoint' must be an address starting with https://"),
    "Open311 endpoint without a host": (_manifest_edit('open311_endpoint = ""', 'open311_endpoint = "https:///v2"'),
                                        "'open311_endpoint' must be"),
    "Open311 endpoint with a space": (_manifest_edit('open311_endpoint = ""', 'open311_endpoint = "https://311.gov/a b"'),
                                      "'open311_endpoint' must be"),
    "Open311 endpoint as a list": (_manifest_edit('open311_endpoint = ""', 'open311_endpoint = ["https://311.gov"]'),
                                   "'open311_endpoint' must be a non-empty str"),
    "form for a department the pack lacks": (
        lambda p: _edit(p / "forms" / "problem.toml", 'department = "public_works"', 'department = "highways"')
        or p / "forms" / "problem.toml", "'department' is 'highways', which is not a department of the pack"),
    "department renamed while a form names it": (
        lambda p: _edit(p / "pack.toml", 'id = "public_works"', 'id = "dpw"') or p / "forms" / "problem.toml",
        "'department' is 'public_works'"),
}


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_broken_pack_is_refused_naming_the_file(tmp_path, breakage):
    breaker, words = breakage
    pack = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", pack)
    load_pack(pack)                                             # the copy itself is fine
    culprit = breaker(pack)

    with pytest.raises(PackError) as caught:
        load_pack(pack)

    message = str(caught.value)
    assert message.startswith(str(culprit)), message
    assert words in message


def test_terms_as_text_are_refused(tmp_path):
    pack = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", pack)
    text = (pack / "pack.toml").read_text(encoding="utf-8")
    start, end = text.index("[records.terms.es]"), text.index("[colours]")
    (pack / "pack.toml").write_text(text[:start] + text[end:].replace(
        "[colours]", 'terms = "Spanish"\n\n[colours]', 1), encoding="utf-8")      # still in [records]

    with pytest.raises(PackError) as caught:
        load_pack(pack)

    assert str(caught.value).startswith(f"{pack / 'pack.toml'}: records.terms must be a table of languages")


@pytest.mark.parametrize("town", ["westport", "calabasas"])
def test_every_demo_record_type_status_and_land_use_reads_in_spanish(town):
    from kiosk.storage.demo.generator import RECORD_TYPES, STATUSES, DemoTown
    from kiosk.storage.demo.load import demo_streets

    records = load_pack(towns_dir() / town).records
    town_data = DemoTown(demo_streets(towns_dir() / town), parcels=3000, records=10)
    land_uses = {p["land_use"] for p in town_data.parcels()}
    values = [t.name for t in RECORD_TYPES] + list(STATUSES) + sorted(land_uses)

    assert len(land_uses) >= 15
    assert [v for v in values if records.term(v, "es") == v] == []
    assert records.term("Building permit", "es") == "Permiso de construcción"
    assert records.term("BUILDING  PERMIT", "es-US") == "Permiso de construcción"     # case and spaces do not count
    assert records.term("Building permit", "en") == "Building permit"
    assert records.term("Something the town made up", "es") == "Something the town made up"
    assert records.term(None, "es") == ""


@pytest.mark.skipif(not (_REAL := Path(__file__).resolve().parents[2].parent / "shared" / "realdata").is_dir(),
                    reason="the real municipal exports are not at ../shared/realdata")
def test_westport_reads_the_sample_exports_types_and_statuses_in_spanish(westport):
    from kiosk.importing.mapping_file import load_mapping
    from kiosk.importing.pipeline import run_import
    from kiosk.paths import resources_dir

    class Values:
        def __init__(self) -> None:
            self.seen: set[str] = set()

        def write(self, rows: list[dict]) -> int:
            self.seen.update(r[k] for r in rows for k in ("record_type", "status") if r.get(k))
            return 0

    values = Values()
    mapping = load_mapping(resources_dir() / "importers" / "cary_building_permits.toml")
    run_import(_REAL / "cary-nc" / "cary_permits_fy2015.csv", mapping, lambda: contextlib.nullcontext(values))

    assert len(values.seen) > 60
    assert [v for v in sorted(values.seen) if westport.records.term(v, "es") == v] == []


def test_a_pack_folder_that_does_not_exist_is_named(tmp_path):
    missing = resolve_pack_folder(str(tmp_path / "atlantis"), towns_dir())

    with pytest.raises(PackError, match="does not exist") as caught:
        load_pack(missing)

    assert str(tmp_path / "atlantis") in str(caught.value)


def test_a_town_is_given_by_name_or_by_path(tmp_path):
    assert resolve_pack_folder("calabasas", towns_dir()) == towns_dir() / "calabasas"
    assert resolve_pack_folder(str(tmp_path / "mytown"), towns_dir()) == tmp_path / "mytown"
    assert resolve_pack_folder("./mytown", towns_dir()) == Path("mytown")


def test_unknown_keys_and_time_zones_are_refused(tmp_path):
    import shutil

    from kiosk.core.pack import PackError, load_pack
    from kiosk.paths import towns_dir
    for old, new, expected in [
        ('hours = "', 'hour = "', "unknown key(s) hour"),
        ('timezone = "America/New_York"', 'timezone = "Mars/Olympus"', "'timezone'"),
        ('[colours]', '[colours]\nglow = "#FFFFFF"', "unknown key(s) glow"),
    ]:
        pack = tmp_path / new.split()[0].strip("[]")
        shutil.copytree(towns_dir() / "westport", pack)
        manifest = pack / "pack.toml"
        manifest.write_text(manifest.read_text().replace(old, new, 1))
        try:
            load_pack(pack)
        except PackError as exc:
            assert str(manifest) in str(exc) and expected in str(exc)
        else:
            raise AssertionError(f"{new!r} was accepted")


# --- contact forms and Open311 ----------------------------------------------------------------------

def test_both_shipped_packs_offer_their_forms_and_no_open311_endpoint_yet(westport, calabasas):
    for pack in (westport, calabasas):
        assert [f.form_id for f in pack.forms] == ["contact", "question", "problem", "records", "feedback"]
        assert pack.open311_endpoint == ""
    assert next(f for f in westport.forms if f.form_id == "contact").department == "selectmen"
    assert next(f for f in calabasas.forms if f.form_id == "contact").department == "city_manager"


def test_a_pack_without_a_forms_folder_has_no_forms(tmp_path):
    pack = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", pack)
    shutil.rmtree(pack / "forms")

    assert load_pack(pack).forms == ()


def test_an_open311_endpoint_is_kept(tmp_path):
    pack = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", pack)
    _edit(pack / "pack.toml", 'open311_endpoint = ""', 'open311_endpoint = " https://311.westport.example/open311/v2/ "')

    assert load_pack(pack).open311_endpoint == "https://311.westport.example/open311/v2/"
