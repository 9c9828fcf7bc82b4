"""The industry-sector taxonomy: a data file of sectors with synonyms.

The packaged file ``graphkit/data/sectors.json`` holds more than forty sectors,
each with a canonical name, an ISIC Rev. 4 code where one fits, and synonyms.
Users replace it with ``--sectors FILE`` (same format; see :func:`load_taxonomy`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Sector:
    """One sector: canonical ``name``, ``isic`` code and ``synonyms``."""

    name: str
    isic: str = ""
    synonyms: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Taxonomy:
    """A set of sectors plus the digest of the data they came from."""

    sectors: tuple[Sector, ...]
    digest: str

    def phrases(self) -> list[tuple[str, Sector]]:
        """Every surface form to match with the sector it names, variants included."""
        out: list[tuple[str, Sector]] = []
        seen: set[str] = set()
        for sector in self.sectors:
            for phrase in (sector.name, *sector.synonyms):
                for variant in variants(phrase):
                    key = variant if is_acronym(variant) else variant.lower()
                    if key not in seen:
                        seen.add(key)
                        out.append((variant, sector))
        return out


def is_acronym(phrase: str) -> bool:
    """True for forms matched case-sensitively: ``EV``, ``GCCs``, ``5G``, ``R&D``."""
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= max(1, len(letters) - 1) and len(phrase) <= 6


def variants(phrase: str) -> list[str]:
    """Plural/singular and hyphen/space variants of a sector phrase.

    Examples
    --------
    >>> variants("solar module")
    ['solar module', 'solar modules', 'solar-module', 'solar-modules']
    """
    forms = [phrase]
    if not is_acronym(phrase):
        last = phrase.rsplit(" ", 1)[-1]
        if last.endswith("ies") and len(last) > 4:
            forms.append(phrase[: -3] + "y")
        elif last.endswith("s") and not last.endswith(("ss", "us", "ics", "sis")) and len(last) > 3:
            forms.append(phrase[:-1])
        elif last[-1:].isalpha() and not last.endswith(("ing", "ss", "ics", "ture", "ment", "ion", "ence", "ance", "ity", "ism", "ery", "try", "ture", "ware", "care", "gy", "sis")):
            forms.append(phrase + ("es" if last.endswith(("sh", "ch", "x")) else "s"))
    for form in list(forms):
        if "-" in form:
            forms.append(form.replace("-", " "))
        elif form.count(" ") == 1 and form.replace(" ", "").isalpha() and not is_acronym(form):
            forms.append(form.replace(" ", "-"))  # "electric-vehicle powertrain"
    return list(dict.fromkeys(forms))


def _parse(data: dict, origin: str) -> list[Sector]:
    items = data.get("sectors") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise ValueError(f"{origin}: expected a JSON object with a non-empty 'sectors' list")
    sectors = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not str(item.get("name", "")).strip():
            raise ValueError(f"{origin}: sector {i} has no 'name'")
        synonyms = item.get("synonyms", [])
        if not isinstance(synonyms, list):
            raise ValueError(f"{origin}: sector {item['name']!r}: 'synonyms' must be a list")
        sectors.append(Sector(str(item["name"]).strip(), str(item.get("isic", "")), tuple(map(str, synonyms))))
    return sectors


@lru_cache(maxsize=8)
def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load the packaged taxonomy, or a user's JSON file.

    The file is ``{"sectors": [{"name": ..., "isic": ..., "synonyms": [...]}, ...]}``.

    Raises
    ------
    ValueError
        If the file is not valid JSON of that shape.
    """
    if path is None:
        raw = resources.files("graphkit").joinpath("data/sectors.json").read_bytes()
        origin = "graphkit/data/sectors.json"
    else:
        raw = Path(path).read_bytes()
        origin = str(path)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{origin}: not a valid JSON taxonomy ({exc})") from None
    return Taxonomy(tuple(_parse(data, origin)), hashlib.sha256(raw).hexdigest()[:16])
