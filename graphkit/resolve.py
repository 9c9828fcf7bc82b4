"""Corpus-level resolution: one canonical entity across all documents.

Per-document entities are merged when they are the same real entity:

* places by gazetteer code (``IN-UP``), else by name;
* organisations by name with legal suffixes folded ("Mitsuda Electric Co. Ltd."
  == "Mitsuda Electric"), through acronyms a document defines, and by spelling
  variants that rapidfuzz finds close ("Harbour"/"Harbor", "Hai Phong"/"Haiphong");
* people by full name; a surname-only or partial name joins a longer name only
  when exactly one person in the corpus carries all its name parts, so two
  different people who share a surname are never merged;
* sectors by taxonomy name.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .names import match_key, name_tokens, org_key
from .records import DocumentRecord, Entity

TYPE_ORDER = {"person": 0, "organisation": 1, "place": 2, "sector": 3}


@dataclass
class CanonicalEntity:
    """One node of the graph: an entity resolved across the corpus."""

    id: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    code: str = ""
    mentions: int = 0
    documents: list[str] = field(default_factory=list)


def slugify(text: str) -> str:
    """Readable id part: ``"Ravi Shankar Prasad Rao"`` -> ``"ravi-shankar-prasad-rao"``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^\w]+", "-", text).strip("-_")[:80] or "x"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _merge_key(ent: Entity) -> str:
    if ent.type == "place" and ent.code:
        return f"place:{ent.code.lower()}"
    if ent.type == "organisation":
        return f"organisation:{org_key(ent.name)}"
    if ent.type == "sector":
        return f"sector:{match_key(ent.name)}"
    return f"{ent.type}:{match_key(ent.name)}"


#: Similarity (rapidfuzz ``ratio``, 0-100) above which two organisation or place names
#: of at least :data:`FUZZY_MIN_LENGTH` letters are spelling variants of one name.
FUZZY_MIN_RATIO = 92.0
FUZZY_MIN_LENGTH = 10
#: A block of names sharing their first letters larger than this is not compared pairwise.
FUZZY_MAX_BLOCK = 400


def spelling_variants(a: str, b: str) -> bool:
    """Whether two matching keys are spellings of one name, not two names.

    Safe by construction: the same letters without spaces ("hai phong" ==
    "haiphong"), or a rapidfuzz ratio of at least :data:`FUZZY_MIN_RATIO` on names
    of ten letters or more with the same first word, the same numbers and the
    same number of words, so "summit 2024" never merges with "summit 2025" and
    "ministry of energy" never with "ministry of economy".

    >>> spelling_variants("sodam harbour logistics", "sodam harbor logistics")
    True
    >>> spelling_variants("ministry of energy", "ministry of economy")
    False
    """
    if a == b:
        return True
    squash_a, squash_b = a.replace(" ", ""), b.replace(" ", "")
    if squash_a == squash_b:
        return True
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or words_a[0] != words_b[0]:
        return False
    if min(len(squash_a), len(squash_b)) < FUZZY_MIN_LENGTH:
        return False
    return fuzz.ratio(a, b) >= FUZZY_MIN_RATIO


def _merge_spelling_variants(keys: list[str], uf: "_UnionFind") -> None:
    """Union keys of one type whose names are :func:`spelling_variants`, blocked by first letters."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        name = key.split(":", 1)[1]
        if len(name) >= 6:
            blocks[name.replace(" ", "")[:4]].append(key)
    for block in blocks.values():
        if len(block) < 2 or len(block) > FUZZY_MAX_BLOCK:
            continue
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if uf.find(a) != uf.find(b) and spelling_variants(a.split(":", 1)[1], b.split(":", 1)[1]):
                    uf.union(a, b)


def resolve(records: Iterable[DocumentRecord]) -> tuple[dict[str, CanonicalEntity], dict[tuple[str, str], str]]:
    """Merge the entities of many documents into canonical entities.

    Returns
    -------
    entities : dict
        Node id -> :class:`CanonicalEntity`, in a deterministic order.
    index : dict
        ``(doc_id, document-local key)`` -> node id.
    """
    records = list(records)
    uf = _UnionFind()
    members: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    for rec in records:
        for ent in rec.entities:
            key = _merge_key(ent)
            uf.find(key)
            members[key].append((rec.doc_id, ent))
    # organisations: an alias (a defined acronym, a short form) equal to another organisation's name
    org_names = {k: k for k in members if k.startswith("organisation:")}
    for key, items in list(members.items()):
        if not key.startswith("organisation:"):
            continue
        for _, ent in items:
            for alias in ent.aliases:
                other = f"organisation:{org_key(alias)}"
                if other in org_names and other != key:
                    uf.union(key, other)
    # spelling variants of organisations and of places the gazetteer does not know
    _merge_spelling_variants([k for k in members if k.startswith("organisation:")], uf)
    _merge_spelling_variants([k for k in members if k.startswith("place:") and not _has_code(members[k])], uf)
    # people: surname-only and partial names ("Otieno", "Al Rashid") join the one longer name that
    # holds all their name parts; with two such names ("Jo Nair", "Ann Nair") they stay apart
    people = sorted(k for k in members if k.startswith("person:"))
    tokens = {k: frozenset(k.split(":", 1)[1].split()) for k in people}
    # token -> people holding it, so that finding holders is not a scan of every person (quadratic)
    by_token: dict[str, set[str]] = defaultdict(set)
    for k in people:
        for tok in tokens[k]:
            by_token[tok].add(k)
    for key in sorted(people, key=lambda k: (len(tokens[k]), k)):
        if not tokens[key]:
            continue
        pools = sorted((by_token[t] for t in tokens[key]), key=len)
        found = set(pools[0]).intersection(*pools[1:])
        holders = sorted(f for f in found if len(tokens[f]) > len(tokens[key]))
        # the longest names only: "Otieno" < "Grace Otieno" < "Grace Akinyi Otieno" is one person
        longest = [h for h in holders if not any(tokens[h] < tokens[o] for o in holders)]
        if longest and len({uf.find(h) for h in longest}) == 1:
            uf.union(key, longest[0])
    groups: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    for key, items in members.items():
        groups[uf.find(key)].extend(items)

    entities: dict[str, CanonicalEntity] = {}
    index: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    ordered = sorted(groups.values(), key=lambda items: (TYPE_ORDER.get(items[0][1].type, 9), _label(items).casefold()))
    for items in ordered:
        etype = items[0][1].type
        label = _label(items)
        base = f"{etype}:{slugify(label)}"
        node_id, n = base, 2
        while node_id in used:
            node_id, n = f"{base}-{n}", n + 1
        used.add(node_id)
        aliases: set[str] = set()
        titles: list[str] = []
        docs: dict[str, None] = {}
        mentions = 0
        code = ""
        for doc_id, ent in items:
            aliases.add(ent.name)
            aliases.update(ent.aliases)
            titles.extend(t for t in ent.titles if t not in titles)
            docs[doc_id] = None
            mentions += len(ent.mentions)
            code = code or ent.code
            index[(doc_id, ent.key)] = node_id
        aliases.discard(label)
        entities[node_id] = CanonicalEntity(
            id=node_id,
            type=etype,
            label=label,
            aliases=sorted(aliases, key=lambda a: (a.casefold(), a)),
            titles=titles,
            code=code,
            mentions=mentions,
            documents=sorted(docs),
        )
    return entities, index


def _has_code(items: list[tuple[str, Entity]]) -> bool:
    return any(ent.code for _, ent in items)


def _label(items: list[tuple[str, Entity]]) -> str:
    """Most common canonical name in the group; ties go to the longer, then alphabetical."""
    counts = Counter(ent.name for _, ent in items)
    if items[0][1].type == "person":
        return max(counts, key=lambda n: (len(name_tokens(n)), counts[n], len(n), n))
    if items[0][1].type == "organisation":
        return max(counts, key=lambda n: (not (n.isupper() and " " not in n), counts[n], len(n), n))
    return max(counts, key=lambda n: (counts[n], len(n), n))
