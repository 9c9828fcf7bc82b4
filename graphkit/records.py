"""Plain, serialisable records that flow between graphkit's stages.

Extraction turns one document into a :class:`DocumentRecord`; corpus-level
resolution and the graph module only ever read these records, so a record can
be cached, sent to another process or machine, and merged later.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_TYPES: tuple[str, ...] = ("person", "organisation", "place", "sector")


@dataclass
class Mention:
    """One occurrence of an entity in a document.

    Attributes
    ----------
    text : str
        The surface text as written (titles stripped).
    start, end : int
        Character offsets into the document text.
    sentence : int
        Index of the sentence in :attr:`DocumentRecord.sentences`.
    """

    text: str
    start: int
    end: int
    sentence: int


@dataclass
class Entity:
    """An entity as resolved within one document.

    ``key`` is a document-local id; ``name`` the canonical name; ``aliases``
    every other surface form seen; ``titles`` honorifics and job titles seen
    with a person; ``code`` a gazetteer or taxonomy code where one is known.
    """

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    code: str = ""


@dataclass
class Meeting:
    """A meeting (met, talks, visit, conference, ...) found in one sentence."""

    participants: list[str]
    sentence: int
    date: str = ""
    place: str = ""
    trigger: str = ""
    planned: bool = False


@dataclass
class Affiliation:
    """A person's role at an organisation ("CEO, Invest MP")."""

    person: str
    organisation: str
    title: str
    sentence: int


@dataclass
class DocumentRecord:
    """Everything extraction found in one document; the unit of caching."""

    doc_id: str
    title: str = ""
    date: str = ""
    source: str = ""
    dateline_places: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def entity(self, key: str) -> Entity:
        """Return the entity with document-local ``key``."""
        for ent in self.entities:
            if ent.key == key:
                return ent
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict of the record."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocumentRecord":
        """Rebuild a record from :meth:`to_dict` output."""
        data = dict(data)
        data["entities"] = [
            Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
            for e in data.get("entities", [])
        ]
        data["meetings"] = [Meeting(**m) for m in data.get("meetings", [])]
        data["affiliations"] = [Affiliation(**a) for a in data.get("affiliations", [])]
        return cls(**data)
