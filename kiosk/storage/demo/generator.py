# SPDX-License-Identifier: Apache-2.0
"""Demo parcels and records for a town: realistic, reproducible (same seed and day -> same data).

Qt-free, and it never touches the database (kiosk.storage.demo.load does). `DemoTown` yields
parcel and record dicts with the typed field values an import of a Vision property roll and a permit
export gives (kiosk.core.records.mapping PARCEL_FIELDS and RECORD_FIELDS, without address_key, which
the loader adds). Record dicts also carry ``history``: the (status, UTC datetime) steps the record
went through, oldest first; their ``parcel_id`` is the town's parcel id, as in an export. Streets come from the town pack's
``demo/streets.txt``; house numbers, condo units, map-block-lots, owners, values and permits are
drawn from a seeded ``random.Random``. Records are generated in date order over the ten years up
to ``today``, so record numbers ("B-2024-00123") count up with the date within each year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.records.addresses import address_key
from kiosk.core.records.mapping import FieldSpec, parse_mbl

GENERATOR_VERSION = 1           # change when the same seed gives other data (benchmark caches key on it)
DEFAULT_SEED = 1835             # the year Westport was incorporated
DEFAULT_PARCELS = 20_000
DEFAULT_RECORDS = 100_000
YEARS = 10

APPLIED, REVIEW, ISSUED, APPROVED = "Applied", "Under review", "Issued", "Approved"
CLOSED, EXPIRED, WITHDRAWN, DENIED = "Closed", "Expired", "Withdrawn", "Denied"
STATUSES = (APPLIED, REVIEW, ISSUED, APPROVED, CLOSED, EXPIRED, WITHDRAWN, DENIED)
FINAL_STATUSES = (CLOSED, EXPIRED, WITHDRAWN, DENIED)


@dataclass(frozen=True, slots=True)
class RecordType:
    name: str
    prefix: str
    weight: float
    flow: str                       # "permit", "certificate", "hearing" or "licence"
    valuation: tuple[int, int] | None    # typical range in dollars, None: no valuation
    commercial: bool = False        # usually on a business parcel


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("Building permit", "B", 30, "permit", (2_000, 900_000)),
    RecordType("Electrical permit", "E", 17, "permit", (400, 60_000)),
    RecordType("Plumbing permit", "P", 11, "permit", (300, 40_000)),
    RecordType("Mechanical permit", "M", 9, "permit", (1_000, 45_000)),
    RecordType("Zoning permit", "Z", 10, "permit", (500, 150_000)),
    RecordType("Certificate of occupancy", "CO", 6, "certificate", None),
    RecordType("Demolition permit", "D", 2, "permit", (3_000, 60_000)),
    RecordType("Sign permit", "S", 2, "permit", (300, 12_000), commercial=True),
    RecordType("Septic permit", "SEP", 3, "permit", (5_000, 60_000)),
    RecordType("Zoning Board of Appeals application", "ZBA", 2, "hearing", None),
    RecordType("Business license", "BL", 5, "licence", None, commercial=True),
    RecordType("Food service license", "FS", 3, "licence", None, commercial=True),
)
_TYPE_CUM = list(itertools.accumulate(t.weight for t in RECORD_TYPES))

_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "B": ("Replace roof, {n30} squares", "Kitchen renovation", "Two-story addition, {n900} sq ft",
          "New single-family dwelling, {n4000} sq ft", "Deck, {w} x {l} ft", "Finish basement, {n900} sq ft",
          "Replace {n20} windows", "Bathroom remodel", "Detached two-car garage", "In-ground pool with barrier fence",
          "Re-side house, fiber cement", "Interior alterations, first floor", "Covered front porch",
          "Elevate dwelling above flood elevation", "Tenant fit-out, {n4000} sq ft"),
    "E": ("Upgrade service to 200 A", "Standby generator, {kw} kW", "Roof-mounted solar PV, {kw} kW",
          "EV charger, Level 2", "Rewire kitchen", "Wiring for heat pump", "Pool bonding and lighting",
          "Replace panel", "Low-voltage alarm system"),
    "P": ("Replace water heater, {gal} gal", "New bathroom fixtures ({n8})", "Gas line to range and dryer",
          "Connect to sanitary sewer", "Backflow preventer", "Kitchen sink and dishwasher", "Tankless water heater"),
    "M": ("Replace furnace", "Ductless mini-split, {n8} zones", "Central air conditioning, {ton} ton",
          "Remove underground oil tank, {gal} gal", "Convert oil heat to gas", "Air-source heat pump",
          "Replace boiler", "Kitchen exhaust hood"),
    "Z": ("Fence, {fence} ft high", "Shed, {w} x {l} ft", "Patio and walkway", "Generator placement",
          "Pool and pool equipment", "Change of use, retail to office", "Driveway widening", "Addition within setbacks",
          "Accessory apartment"),
    "CO": ("Certificate of occupancy, new dwelling", "Certificate of occupancy, addition",
           "Temporary certificate of occupancy", "Certificate of zoning compliance", "Certificate of occupancy, tenant fit-out"),
    "D": ("Demolish single-family dwelling", "Demolish detached garage", "Partial demolition, rear porch",
          "Demolish accessory structure", "Interior demolition"),
    "S": ("Wall sign, {n30} sq ft", "Projecting sign", "Freestanding sign", "Awning sign", "Temporary banner, 30 days"),
    "SEP": ("Septic repair, new leaching field", "Septic system replacement, {n5} bedrooms", "Replace septic tank",
            "Septic for addition, {n5} bedrooms"),
    "ZBA": ("Variance: side setback for addition", "Variance: building coverage for pool",
            "Variance: front setback for porch", "Special permit: accessory apartment",
            "Appeal of a zoning enforcement officer's decision", "Variance: height for flood-compliant dwelling"),
    "BL": ("Home occupation: {trade}", "Retail store", "Professional office", "Personal services (salon)",
           "Fitness studio", "Art gallery", "Hawker and peddler"),
    "FS": ("Class {cls} food service, restaurant of {seats} seats", "Class {cls} food service, cafe",
           "Temporary food service event", "Food truck", "Class {cls} food service, market"),
}
_TRADES = ("bookkeeping", "graphic design", "tutoring", "photography", "catering", "consulting", "piano lessons",
           "landscape design", "dog grooming", "tailoring")

_FIRST = ("JAMES", "MARY", "JOHN", "PATRICIA", "ROBERT", "JENNIFER", "MICHAEL", "LINDA", "WILLIAM", "ELIZABETH",
          "DAVID", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "CHARLES", "KAREN",
          "CHRISTOPHER", "NANCY", "DANIEL", "LISA", "MATTHEW", "MARGARET", "ANTHONY", "BETTY", "MARK", "SANDRA",
          "DONALD", "ASHLEY", "STEVEN", "DOROTHY", "PAUL", "KIMBERLY", "ANDREW", "EMILY", "JOSHUA", "DONNA",
          "KENNETH", "MICHELLE", "KEVIN", "CAROL", "BRIAN", "AMANDA", "GEORGE", "MELISSA", "EDWARD", "DEBORAH",
          "RONALD", "STEPHANIE", "TIMOTHY", "REBECCA", "JASON", "LAURA", "JEFFREY", "HELEN", "RYAN", "SHARON",
          "GARY", "CYNTHIA", "NICHOLAS", "KATHLEEN", "ERIC", "AMY", "PETER", "ANNA", "JONATHAN", "RUTH", "SCOTT",
          "JULIE", "ALEXANDER", "CATHERINE", "BENJAMIN", "ALICE", "SAMUEL", "GRACE", "HENRY", "CLAIRE", "LUIS",
          "MARIA", "CARLOS", "ANA", "WEI", "MEI", "RAJ", "PRIYA", "HIROSHI", "YUKI", "OMAR", "LEILA", "SEAN",
          "SIOBHAN", "ERIK", "INGRID", "PIOTR", "KATARZYNA", "GIOVANNI", "FRANCESCA")
_LAST = ("SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ",
         "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN",
         "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ", "LEWIS", "ROBINSON",
         "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL", "FLORES", "GREEN",
         "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA", "CAMPBELL", "MITCHELL", "CARTER", "ROBERTS", "GOMEZ",
         "PHILLIPS", "EVANS", "TURNER", "DIAZ", "PARKER", "CRUZ", "EDWARDS", "COLLINS", "REYES", "STEWART",
         "MORRIS", "MORALES", "MURPHY", "COOK", "ROGERS", "GUTIERREZ", "ORTIZ", "MORGAN", "COOPER", "PETERSON",
         "BAILEY", "REED", "KELLY", "HOWARD", "RAMOS", "KIM", "COX", "WARD", "RICHARDSON", "WATSON", "BROOKS",
         "CHAVEZ", "WOOD", "JAMES", "BENNETT", "GRAY", "MENDOZA", "RUIZ", "HUGHES", "PRICE", "ALVAREZ",
         "CASTILLO", "SANDERS", "PATEL", "MYERS", "LONG", "ROSS", "FOSTER", "JIMENEZ", "O'BRIEN", "SULLIVAN",
         "MCCARTHY", "FITZGERALD", "KOWALSKI", "NOWAK", "ROSSI", "RUSSO", "ESPOSITO", "COHEN", "LEVINE",
         "GOLDBERG", "SCHWARTZ", "MUELLER", "SCHMIDT", "OLSEN", "LARSEN", "NAKAMURA", "TANAKA", "CHEN", "WANG",
         "ZHANG", "LIU", "SHAH", "GUPTA", "KHAN", "ALI", "BURKE", "DOYLE", "GALLAGHER", "HAYES", "PRINCE",
         "WHEELER", "BRADLEY", "SHERWOOD", "BURR", "NASH", "JESUP", "BEDFORD", "COLEY", "WAKEMAN", "TREADWELL")
_PLACES = ("Saugatuck", "Compo", "Nutmeg", "Fairfield County", "Coastal", "Harbor", "Shoreline", "Yankee", "Colonial",
           "Minuteman", "Long Island Sound", "Greens Farms", "Riverside", "Post Road", "Aspetuck", "Gold Coast",
           "Sherwood", "Cedar Point", "Village", "Hillside", "Canyon", "Summit", "Oak Hill", "Bayside")
_TRADE_NAMES = {"B": ("Builders", "Construction", "Home Improvement", "Roofing", "Remodeling", "Custom Homes"),
                "E": ("Electric", "Electrical Contractors", "Solar", "Power Systems"),
                "P": ("Plumbing", "Plumbing & Heating", "Water Systems"),
                "M": ("HVAC", "Heating & Cooling", "Mechanical", "Comfort Systems"),
                "SEP": ("Septic", "Excavation", "Site Work"),
                "D": ("Demolition", "Excavation"),
                "S": ("Signs", "Sign Co", "Graphics")}
_COMPANY_SUFFIX = ("LLC", "Inc", "Co", "LLC", "Corp")
_BUSINESS = ("Market", "Cafe", "Bistro", "Pizza", "Salon", "Boutique", "Gallery", "Hardware", "Pharmacy", "Bakery",
             "Wine & Spirits", "Cleaners", "Fitness", "Yoga", "Books", "Florist", "Kitchen", "Oyster Bar", "Deli")

_MBL = FieldSpec(name="map_block_lot", type="mbl", max_len=60)
_BUSY = ("POST RD", "MAIN ST", "PLZ", " SQ", "RAILROAD", "CALABASAS RD", "PARK GRANADA", "COMMONS WAY", "AGOURA RD",
         "RIVERSIDE AVE", "SAUGATUCK AVE", "CONN", "WESTFAIR", "CIVIC CENTER", "CHURCH LN", "ELM ST")
_CLERK = {"ST": "Street", "RD": "Road", "AVE": "Avenue", "LN": "Lane", "DR": "Drive", "HWY": "Highway", "PL": "Place",
          "CT": "Court", "CIR": "Circle", "HL": "Hill", "TRL": "Trail", "PKWY": "Parkway", "TPKE": "Turnpike",
          "CV": "Cove", "SQ": "Square", "PLZ": "Plaza", "PT": "Point", "GRV": "Grove", "CMN": "Common",
          "CMNS": "Commons", "BLVD": "Boulevard", "N": "North", "S": "South", "E": "East", "W": "West"}
_CATEGORY = ("res", "condo", "comm", "vacant", "town")


def read_streets(path: Path) -> list[str]:
    """The street names in a pack's demo/streets.txt: one a line, blank lines and # comments skipped."""
    lines = (line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines())
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def _largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (whole numbers adding up to ``total``)."""
    whole = sum(weights)
    quotas = [total * w / whole for w in weights]
    counts = [math.floor(q) for q in quotas]
    short = total - sum(counts)
    for i in sorted(range(len(weights)), key=lambda i: counts[i] - quotas[i])[:short]:
        counts[i] += 1
    return counts


@dataclass(frozen=True, slots=True)
class _Lot:
    pid: str
    raw_mbl: str
    address: str
    street: str
    category: str


class DemoTown:
    """The demo roll and permit history of one town. ``parcels()`` and ``records()`` can each be
    iterated any number of times and give the same dicts every time."""

    def __init__(self, streets: Sequence[str], *, parcels: int = DEFAULT_PARCELS, records: int = DEFAULT_RECORDS,
                 seed: int = DEFAULT_SEED, today: dt.date | None = None, town_name: str = "Westport") -> None:
        if parcels < 0 or records < 0:
            raise ValueError("sizes cannot be negative")
        if not streets and parcels:
            raise ValueError("no streets to put parcels on")
        self.streets = list(streets)
        self.n_parcels = parcels
        self.n_records = records
        self.seed = seed
        self.today = today or dt.date.today()
        self.town_name = town_name
        self._lots: list[_Lot] | None = None
        self._typed: set[str] = set()

    # --- parcels -----------------------------------------------------------------------------------

    def _plan(self) -> list[_Lot]:
        """Parcel ids, map-block-lots and addresses, street by street."""
        if self._lots is not None:
            return self._lots
        rng = random.Random(f"{self.seed}:plan")
        weights = [rng.lognormvariate(0, 0.7) * (4 if _busy(s) else 1) for s in self.streets]
        maps = [f"{letter}{n:02d}" for letter in "ABCDEFGH" for n in range(1, 41)]
        rng.shuffle(maps)
        lots_in: dict[str, int] = {}
        lots: list[_Lot] = []
        pid = rng.randint(1, 40)
        map_code, left_on_map = maps[0], 0
        counts = _largest_remainder(self.n_parcels, weights) if self.n_parcels else [0] * len(self.streets)
        for street, count in zip(self.streets, counts, strict=True):
            busy = _busy(street)
            number = rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 25))
            step = rng.choice((2, 2, 4, 4, 6, 8, 10, 12, 20))
            while count > 0:
                if left_on_map <= 0 or rng.random() < 0.01:
                    map_code, left_on_map = rng.choice(maps), rng.randint(30, 150)
                lots_in[map_code] = lot = lots_in.get(map_code, 0) + 1
                units = 0
                if count > 2 and rng.random() < (0.05 if busy else 0.01):
                    units = min(count, rng.choice((2, 3, 4, 4, 6, 8, 10, 12, 16, 24)))
                if units:
                    for unit in range(1, units + 1):
                        lots.append(_Lot(str(pid), f"{map_code}/{lot:03d}/{unit:03d}",
                                         f"{number} {street} UNIT {unit}", street, "condo"))
                        pid += 1 + (rng.random() < 0.03) * rng.randint(1, 30)
                else:
                    roll = rng.random()
                    category = ("comm" if busy and roll < 0.45 else "vacant" if roll > 0.96
                                else "town" if roll > 0.95 else "res")
                    lots.append(_Lot(str(pid), f"{map_code}/{lot:03d}", f"{number} {street}", street, category))
                    pid += 1 + (rng.random() < 0.03) * rng.randint(1, 30)
                taken = max(units, 1)
                count -= taken
                left_on_map -= taken
                number += step + (rng.random() < 0.15) * rng.randint(1, 40)
        self._lots = lots
        return lots

    def parcels(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(f"{self.seed}:parcels")
        town_owner = f"TOWN OF {self.town_name.upper()}"
        for lot in self._plan():
            yield self._parcel(rng, lot, town_owner)

    def _parcel(self, rng: random.Random, lot: _Lot, town_owner: str) -> dict[str, Any]:
        category = lot.category
        year: int | None
        if category == "condo":
            land_use, acres, zoning = "CONDO MDL-05", 0.0, rng.choice(("B", "RORD", "BCD", "A"))
            value, year = rng.lognormvariate(math.log(420_000), 0.35), _year_built(rng, self.today, modern=True)
        elif category == "comm":
            land_use = rng.choice(("COMMERCIAL MDL-94", "OFFICE BLD MDL-94", "RETAIL/STRS MDL-94", "MIXED USE MDL-94",
                                   "RESTAURANT MDL-94", "APARTMENTS MDL-94", "BANK MDL-94"))
            acres = round(rng.uniform(0.15, 2.5), 2)
            zoning = rng.choice(("GBD", "BCD", "RBD", "RORD", "GBD/S", "DDD"))
            value, year = rng.lognormvariate(math.log(1_600_000), 0.6) * (0.6 + acres), _year_built(rng, self.today)
        elif category == "town":
            land_use = rng.choice(("TOWN PROP", "TOWN PROP", "CHURCH MDL-00", "NON PROFIT MDL-00", "SCHOOL MDL-00"))
            acres, zoning = round(rng.uniform(0.3, 12.0), 2), rng.choice(("A", "AA", "B"))
            value, year = rng.lognormvariate(math.log(2_500_000), 0.5), _year_built(rng, self.today)
        else:
            acres = round(min(rng.lognormvariate(math.log(0.7), 0.7), 14.0) + 0.05, 2)
            zoning = "AAA" if acres >= 2 else "AA" if acres >= 1 else "A" if acres >= 0.5 else "B"
            if category == "vacant":
                land_use, year = rng.choice(("RES VAC LAND", "RES ACLNUD", "OPEN SPACE")), None
                value = 90_000 + 250_000 * acres ** 0.7 * rng.uniform(0.7, 1.3)
            else:
                land_use = rng.choices(("SINGLE FAM MDL-01", "TWO FAMILY MDL-01", "SFR WATER MDL-01", "MULTI HSES",
                                        "SFR/ACC UNIT"), cum_weights=(86, 91, 96, 98, 100))[0]
                value = (250_000 + 450_000 * acres ** 0.6) * rng.lognormvariate(0, 0.35)
                year = _year_built(rng, self.today)
        return {
            "parcel_id": lot.pid,
            "map_block_lot": parse_mbl(lot.raw_mbl, _MBL),
            "address": lot.address,
            "owner": _institution(rng, land_use, town_owner) if category == "town" else _owner(rng, lot),
            "land_use": land_use,
            "lot_size_acres": acres,
            "zoning": zoning,
            "assessed_value": int(round(value * 0.7, -2)),       # Connecticut assesses at 70% of market value
            "year_built": year,
        }

    # --- records -----------------------------------------------------------------------------------

    def records(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(f"{self.seed}:records")
        lots = self._plan()
        business = [i for i, lot in enumerate(lots) if lot.category in ("comm", "condo")] or list(range(len(lots)))
        busy_lots = [rng.randrange(len(lots)) for _ in range(max(len(lots) // 20, 1))] if lots else []
        contractors = {prefix: _companies(rng, names, 40) for prefix, names in _TRADE_NAMES.items()}
        # Streets whose clerk-typed form ("Compo Road South") normalises back to the roll's key.
        self._typed = {s for s in self.streets if address_key(f"1 {_as_clerk_types(s)}") == address_key(f"1 {s}")}
        start = self.today - dt.timedelta(days=round(365.25 * YEARS))
        days = [start + dt.timedelta(days=i) for i in range((self.today - start).days + 1)]
        counts = _largest_remainder(self.n_records, [_day_weight(d, start, self.today) for d in days]) \
            if self.n_records else []
        numbers: dict[tuple[str, int], int] = {}
        for day, count in zip(days, counts, strict=False):   # no counts when no records
            for _ in range(count):
                kind = RECORD_TYPES[bisect.bisect_right(_TYPE_CUM, rng.random() * _TYPE_CUM[-1])]
                seq = numbers[(kind.prefix, day.year)] = numbers.get((kind.prefix, day.year), 0) + 1
                lot = None
                if lots and rng.random() >= 0.03:
                    roll = rng.random()
                    index = (rng.choice(business) if kind.commercial and roll < 0.85
                             else rng.choice(busy_lots) if roll < 0.3 else rng.randrange(len(lots)))
                    lot = lots[index]
                yield self._record(rng, kind, f"{kind.prefix}-{day.year}-{seq:05d}", day, lot, contractors)

    def _record(self, rng: random.Random, kind: RecordType, number: str, applied: dt.date, lot: _Lot | None,
                contractors: dict[str, list[str]]) -> dict[str, Any]:
        status, issued, closed, history = _lifecycle(rng, kind, applied, self.today)
        valuation = None
        description = _description(rng, kind)
        if kind.valuation is not None:
            low, high = kind.valuation
            if description.startswith(("New ", "Two-story", "Tenant", "Elevate")):
                low = high // 4
            valuation = int(round(min(max(rng.lognormvariate(math.log(low * 4), 1.0), low), high), -1))
        if kind.prefix in contractors and rng.random() < 0.75:
            applicant = rng.choice(contractors[kind.prefix])
        elif kind.flow == "licence":
            applicant = f"{rng.choice(_PLACES)} {rng.choice(_BUSINESS)} {rng.choice(_COMPANY_SUFFIX)}"
        else:
            applicant = f"{rng.choice(_FIRST).title()} {_title(rng.choice(_LAST))}"
        address = None
        if lot is not None:
            typed = rng.random() < 0.12 and lot.street in self._typed
            address = _as_clerk_types(lot.address) if typed else lot.address
        return {
            "record_number": number,
            "record_type": kind.name,
            "status": status,
            "applied_on": applied,
            "issued_on": issued,
            "closed_on": closed,
            "description": description,
            "applicant": applicant,
            "valuation": valuation,
            "address": address,
            "parcel_id": lot.pid if lot is not None else None,
            "history": history,
        }


# --- helpers ----------------------------------------------------------------------------------------

def _busy(street: str) -> bool:
    return any(word in f" {street}" for word in _BUSY)


def _year_built(rng: random.Random, today: dt.date, modern: bool = False) -> int:
    if modern:
        return rng.randint(1970, today.year - 1)
    era = rng.choices(((1700, 1899), (1900, 1949), (1950, 1979), (1980, 1999), (2000, today.year - 1)),
                      cum_weights=(5, 20, 60, 80, 100))[0]
    return rng.randint(*era)


def _title(name: str) -> str:
    return "O'Brien" if name == "O'BRIEN" else name.title().replace("Mcc", "McC")


def _owner(rng: random.Random, lot: _Lot) -> str:
    roll = rng.random()
    last, first = rng.choice(_LAST), rng.choice(_FIRST)
    initial = rng.choice("ABCDEFGHJKLMNPRSTW")
    if (lot.category == "comm" and roll < 0.7) or roll < 0.04:
        street = lot.address.split(" UNIT ")[0]
        return rng.choice((f"{street} LLC", f"{rng.choice(_PLACES).upper()} PROPERTIES LLC",
                           f"{last} HOLDINGS LLC", f"{rng.choice(_PLACES).upper()} REALTY ASSOCIATES"))
    if roll < 0.08:
        return rng.choice((f"{last}, {first} {initial} TRUSTEE", f"{last} FAMILY TRUST",
                           f"{first} {initial} {last} REVOCABLE TRUST"))
    if roll < 0.45:
        return f"{last}, {first} {initial} & {rng.choice(_FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}"
    return f"{last}, {first} {initial}"


def _institution(rng: random.Random, land_use: str, town_owner: str) -> str:
    place = rng.choice(_PLACES).upper()
    if land_use.startswith("CHURCH"):
        return f"{place} COMMUNITY CHURCH INC"
    if land_use.startswith("NON PROFIT"):
        return f"{place} LAND TRUST INC"
    if land_use.startswith("SCHOOL"):
        return f"{place} ACADEMY INC"
    return town_owner


def _companies(rng: random.Random, trade_names: Sequence[str], count: int) -> list[str]:
    names = {f"{rng.choice(_PLACES)} {rng.choice(trade_names)} {rng.choice(_COMPANY_SUFFIX)}" for _ in range(count)}
    names |= {f"{_title(rng.choice(_LAST))} & Sons {rng.choice(trade_names)}" for _ in range(count // 4)}
    return sorted(names)


def _as_clerk_types(address: str) -> str:
    """The same address as a permit clerk may type it: "12 Compo Road South", "5 Main Street Unit 3"."""
    return " ".join(_CLERK.get(word, word.title()) if not word.isdigit() else word for word in address.split())


def _day_weight(day: dt.date, start: dt.date, today: dt.date) -> float:
    weekday = (1.0, 1.0, 1.0, 1.0, 0.9, 0.06, 0.02)[day.weekday()]
    season = 1.0 + 0.35 * math.sin(2 * math.pi * (day.timetuple().tm_yday - 60) / 365.25)
    growth = 0.8 + 0.4 * (day - start).days / max((today - start).days, 1)
    return weekday * season * growth


def _description(rng: random.Random, kind: RecordType) -> str:
    template = rng.choice(_DESCRIPTIONS[kind.prefix])
    return template.format(n30=rng.randint(12, 60), n900=rng.randint(150, 900), n4000=rng.randint(1200, 6500),
                           n20=rng.randint(3, 24), n8=rng.randint(2, 8), n5=rng.randint(2, 6),
                           w=rng.choice((8, 10, 12, 14, 16)), l=rng.choice((10, 12, 16, 20, 24)),
                           kw=rng.choice((7.2, 9.6, 12, 14, 20, 22, 26)), gal=rng.choice((40, 50, 80, 275, 550, 1000)),
                           ton=rng.choice((2, 2.5, 3, 4, 5)), fence=rng.choice((4, 5, 6, 8)),
                           trade=rng.choice(_TRADES), cls=rng.randint(1, 4), seats=rng.choice((12, 24, 40, 60, 90, 120)))


def _at(rng: random.Random, day: dt.date, after: dt.datetime | None = None) -> dt.datetime:
    """A moment in office hours (Eastern time, written in UTC) on that day, later than ``after``."""
    moment = dt.datetime(day.year, day.month, day.day, rng.randint(13, 19), rng.randrange(60), tzinfo=dt.UTC)
    if after is not None and moment <= after:
        moment = after + dt.timedelta(minutes=rng.randint(5, 90))
    return moment


def _lifecycle(rng: random.Random, kind: RecordType, applied: dt.date,
               today: dt.date) -> tuple[str, dt.date | None, dt.date | None, tuple[tuple[str, dt.datetime], ...]]:
    """(status, issued_on, closed_on, history): each step happens on or before ``today``."""
    history = [(APPLIED, _at(rng, applied))]

    def step(status: str, day: dt.date) -> bool:
        if day > today:
            return False
        history.append((status, _at(rng, day, history[-1][1])))
        return True

    review = applied + dt.timedelta(days=rng.randint(0, 10))
    decided = review + dt.timedelta(days=rng.randint(30, 75) if kind.flow == "hearing" else rng.randint(2, 40))
    if not step(REVIEW, review):
        return APPLIED, None, None, tuple(history)
    if decided > today:
        return REVIEW, None, None, tuple(history)
    roll = rng.random()
    if roll < 0.04:
        step(WITHDRAWN, decided)
        return WITHDRAWN, None, decided, tuple(history)
    if roll < (0.2 if kind.flow == "hearing" else 0.07):
        step(DENIED, decided)
        return DENIED, None, decided, tuple(history)
    if kind.flow == "hearing":
        step(APPROVED, decided)
        return APPROVED, decided, None, tuple(history)
    step(ISSUED, decided)
    if kind.flow == "certificate":
        return ISSUED, decided, None, tuple(history)
    if kind.flow == "licence":
        ends = decided + dt.timedelta(days=365 if rng.random() < 0.9 else rng.randint(30, 300))
        final = EXPIRED if ends - decided == dt.timedelta(days=365) else CLOSED
    elif rng.random() < 0.85:
        ends, final = decided + dt.timedelta(days=rng.randint(20, 400)), CLOSED
    else:
        ends, final = decided + dt.timedelta(days=365), EXPIRED
    if step(final, ends):
        return final, decided, ends, tuple(history)
    return ISSUED, decided, None, tuple(history)
