"""Scoring a graph against hand-made annotations (``graphkit evaluate``).

Users with their own annotated documents measure extraction the same way the
project does: every document is built on its own, its nodes and meeting edges
are compared with a gold file, and precision, recall and F1 are micro-averaged
per entity type, overall and for meeting pairs.

Gold files are JSON, one per document::

    {"doc": "item-01", "entities": [
        {"name": "Tokyo", "type": "place", "aliases": [], "also": [], "optional": false}],
     "meetings": [{"participants": ["A", "B"], "optional_participants": [], "planned": false}]}

Matching rules
--------------
* A node counts when its ``type`` is one of the four entity types and its label
  or one of its aliases equals a gold name or alias after :func:`norm`
  (case folded, punctuation to spaces, ``'s`` and a leading "the" dropped).
* Right name with a wrong type is wrong; a second node for an entity already
  found is wrong; a node with no gold counterpart is wrong; a gold entity with
  no node is missed.  Optional gold entities are neither missed nor wrong.
* A meeting edge (``meetings`` above 0) between two participants of one gold
  meeting is right; any other meeting edge is wrong; each gold pair without an
  edge is missed.  Pairs with an optional participant and pairs of a planned
  meeting may be found or not.
"""
from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

TYPES: tuple[str, ...] = ("person", "organisation", "place", "sector")
_TYPE_SYNONYMS = {
    "per": "person", "people": "person", "persons": "person",
    "org": "organisation", "organization": "organisation", "organisations": "organisation",
    "organizations": "organisation",
    "gpe": "place", "loc": "place", "location": "place", "places": "place", "fac": "place",
    "sectors": "sector", "industry": "sector",
}


class GoldError(ValueError):
    """A gold file that cannot be read or has the wrong shape."""


def norm(text: object) -> str:
    """The matching form of a name.

    >>> norm("The Ministry of Economy, Trade & Industry's")
    'ministry of economy trade and industry'
    """
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = text.replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def norm_type(value: object) -> str:
    """``"ORG"`` -> ``"organisation"``; unknown types are returned case-folded."""
    t = str(value or "").strip().casefold()
    return _TYPE_SYNONYMS.get(t, t)


def split_multi(value: object) -> list[str]:
    """Aliases as a list, from a list, a JSON list or a ``;``-joined string."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    text = str(value).strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            return [str(v) for v in json.loads(text)]
        except json.JSONDecodeError:
            pass
    return [part.strip() for part in re.split(r"[;|\n]", text) if part.strip()]


class Gold:
    """One document's annotation, indexed by normalised name."""

    def __init__(self, data: dict[str, Any], origin: str = "<gold>") -> None:
        try:
            self.doc = str(data["doc"])
            self.entities: list[dict[str, Any]] = list(data["entities"])
            self.meetings: list[dict[str, Any]] = list(data.get("meetings", []))
            self.index: dict[str, list[int]] = defaultdict(list)
            for i, ent in enumerate(self.entities):
                if norm_type(ent["type"]) not in TYPES:
                    raise GoldError(f"{origin}: entity {ent['name']!r} has unknown type {ent['type']!r}")
                for name in [ent["name"], *ent.get("aliases", [])]:
                    if i not in self.index[norm(name)]:
                        self.index[norm(name)].append(i)
            self.by_name = {ent["name"]: i for i, ent in enumerate(self.entities)}
            for meeting in self.meetings:
                for p in [*meeting["participants"], *meeting.get("optional_participants", [])]:
                    if p not in self.by_name:
                        raise GoldError(f"{origin}: meeting participant {p!r} is not an entity of the file")
        except (KeyError, TypeError) as exc:
            raise GoldError(f"{origin}: not a gold annotation (missing or malformed {exc})") from None

    @classmethod
    def load(cls, path: str | Path) -> "Gold":
        """Read a gold JSON file.

        Raises
        ------
        GoldError
            If the file is not valid JSON of the gold shape.
        """
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: cannot read gold file ({exc})") from None
        if not isinstance(data, dict):
            raise GoldError(f"{path}: expected a JSON object")
        return cls(data, str(path))

    def types(self, i: int) -> set[str]:
        """Types that count as right for entity ``i``."""
        ent = self.entities[i]
        return {norm_type(ent["type"]), *(norm_type(t) for t in ent.get("also", []))}

    def optional(self, i: int) -> bool:
        """Whether entity ``i`` may be found or not."""
        return bool(self.entities[i].get("optional"))

    def pairs(self) -> tuple[set[frozenset[int]], set[frozenset[int]]]:
        """Required meeting pairs, and pairs that may be found or not."""
        required: set[frozenset[int]] = set()
        allowed: set[frozenset[int]] = set()
        for meeting in self.meetings:
            core = [self.by_name[p] for p in meeting["participants"]]
            extra = [self.by_name[p] for p in meeting.get("optional_participants", [])]
            for a, b in itertools.combinations(core, 2):
                if a == b:
                    continue
                pair = frozenset((a, b))
                if meeting.get("planned") or self.optional(a) or self.optional(b):
                    allowed.add(pair)
                else:
                    required.add(pair)
            for a, b in itertools.product(core + extra, extra):
                if a != b:
                    allowed.add(frozenset((a, b)))
        return required, allowed - required


@dataclass
class DocScore:
    """Counts and error lines of one document."""

    doc: str
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    m_tp: int = 0
    m_fp: int = 0
    m_fn: int = 0
    errors: list[str] = field(default_factory=list)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def is_meeting(attrs: dict[str, Any]) -> bool:
    """Whether an edge's attributes describe at least one meeting."""
    for key in ("meetings", "meeting_count", "n_meetings"):
        if key in attrs:
            try:
                return float(attrs[key]) > 0
            except (TypeError, ValueError):
                return bool(attrs[key])
    return any("meet" in str(attrs.get(key, "")).casefold() for key in ("kind", "kinds", "relation", "type", "label"))


def score_graph(gold: Gold, graph: nx.Graph) -> DocScore:
    """Compare one document's graph with its gold annotation."""
    result = DocScore(gold.doc)
    node_match: dict[Any, int | None] = {}
    matched: set[int] = set()
    ignored: set[Any] = set()
    # exact label matches first, so that the node named like a gold entity wins over an alias match
    nodes = sorted(graph.nodes(data=True), key=lambda n: norm(n[1].get("label", n[0])) not in gold.index)
    for node, attrs in nodes:
        ntype = norm_type(attrs.get("type"))
        if ntype not in TYPES:
            ignored.add(node)
            continue
        label = attrs.get("label", node)
        candidates: list[int] = []
        for name in [label, *split_multi(attrs.get("aliases"))]:
            for i in gold.index.get(norm(name), []):
                if i not in candidates:
                    candidates.append(i)
        typed = [i for i in candidates if ntype in gold.types(i)]
        if typed:
            fresh = [i for i in typed if i not in matched]
            i = fresh[0] if fresh else typed[0]
            node_match[node] = i
            if gold.optional(i):
                continue
            if i in matched:
                result.fp[ntype] += 1
                result.errors.append(f"FP duplicate {ntype}: {label!r} (again {gold.entities[i]['name']!r})")
            else:
                matched.add(i)
                result.tp[ntype] += 1
        elif candidates:
            node_match[node] = None
            i = candidates[0]
            if gold.optional(i):
                ignored.add(node)
                continue
            result.fp[ntype] += 1
            result.errors.append(f"FP wrong type: {label!r} as {ntype}, gold {gold.entities[i]['type']}")
        else:
            node_match[node] = None
            result.fp[ntype] += 1
            result.errors.append(f"FP {ntype}: {label!r}")
    for i, ent in enumerate(gold.entities):
        if not gold.optional(i) and i not in matched:
            result.fn[norm_type(ent["type"])] += 1
            result.errors.append(f"FN {norm_type(ent['type'])}: {ent['name']!r}")

    required, allowed = gold.pairs()
    predicted: set[frozenset[int]] = set()
    for u, v, attrs in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        if not is_meeting(attrs) or u in ignored or v in ignored:
            continue
        a, b = node_match.get(u), node_match.get(v)
        if a is None or b is None:
            if (a is not None and gold.optional(a)) or (b is not None and gold.optional(b)):
                continue
            result.m_fp += 1
            result.errors.append(
                f"FP meeting: {graph.nodes[u].get('label', u)!r} ~ {graph.nodes[v].get('label', v)!r}"
            )
            continue
        if a == b:
            continue
        pair = frozenset((a, b))
        if pair in allowed:
            continue
        if pair in required:
            predicted.add(pair)
        elif gold.optional(a) or gold.optional(b):
            continue
        elif pair not in predicted:
            result.m_fp += 1
            predicted.add(pair)
            result.errors.append(f"FP meeting: {gold.entities[a]['name']!r} ~ {gold.entities[b]['name']!r}")
    result.m_tp = len(predicted & required)
    result.m_fn = len(required - predicted)
    for pair in sorted(required - predicted, key=sorted):
        a, b = sorted(pair)
        result.errors.append(f"FN meeting: {gold.entities[a]['name']!r} ~ {gold.entities[b]['name']!r}")
    return result


@dataclass
class Report:
    """Scores of a set of documents, micro-averaged."""

    documents: list[DocScore]

    def totals(self) -> dict[str, tuple[int, int, int]]:
        """``type`` (plus ``entities`` and ``meetings``) -> (tp, fp, fn)."""
        tp: Counter = Counter()
        fp: Counter = Counter()
        fn: Counter = Counter()
        m = [0, 0, 0]
        for d in self.documents:
            tp.update(d.tp)
            fp.update(d.fp)
            fn.update(d.fn)
            m = [m[0] + d.m_tp, m[1] + d.m_fp, m[2] + d.m_fn]
        rows = {t: (tp[t], fp[t], fn[t]) for t in TYPES}
        rows["entities"] = (sum(tp.values()), sum(fp.values()), sum(fn.values()))
        rows["meetings"] = (m[0], m[1], m[2])
        return rows

    def scores(self) -> dict[str, tuple[float, float, float]]:
        """Row name -> (precision, recall, F1)."""
        return {k: prf(*v) for k, v in self.totals().items()}

    def format(self, errors: bool = False) -> str:
        """The per-document lines and the table, as the shared scorer prints them."""
        lines = []
        for d in self.documents:
            ent = prf(sum(d.tp.values()), sum(d.fp.values()), sum(d.fn.values()))
            met = prf(d.m_tp, d.m_fp, d.m_fn)
            lines.append(f"{d.doc}: entities F1 {ent[2]:.2f}  meetings F1 {met[2]:.2f}")
            if errors:
                lines.extend("    " + e for e in d.errors)
        lines.append("")
        lines.append(f"{'type':13} {'P':>5} {'R':>5} {'F1':>5}   tp   fp   fn")
        for row, (tp, fp, fn) in self.totals().items():
            p, r, f = prf(tp, fp, fn)
            lines.append(f"{row:13} {p:5.2f} {r:5.2f} {f:5.2f} {tp:4} {fp:4} {fn:4}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Scores as a JSON-serialisable dict."""
        return {
            row: {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
            for row, (p, r, f) in self.scores().items()
        }


def find_document(doc_id: str, sources: Sequence[str | Path]) -> Path | None:
    """The file of ``doc_id``: ``SOURCE/doc_id.txt`` or ``.md`` in a folder, or a file of that stem."""
    for source in sources:
        source = Path(source)
        if source.is_dir():
            for suffix in (".txt", ".md"):
                if (source / f"{doc_id}{suffix}").is_file():
                    return source / f"{doc_id}{suffix}"
        elif source.is_file() and source.stem == doc_id:
            return source
    return None


def evaluate(
    gold_dir: str | Path,
    sources: Sequence[str | Path],
    config: Any = None,
    *,
    build: Callable[[Path], nx.Graph] | None = None,
) -> Report:
    """Build every annotated document on its own and score it.

    Parameters
    ----------
    gold_dir : path
        Folder of gold ``*.json`` files (or one file).
    sources : sequence of path
        Folders or files holding the documents (``<doc>.txt`` or ``<doc>.md``).
    config : Config, optional
        Build settings (model, taxonomy).
    build : callable, optional
        ``path -> networkx.Graph``; by default :func:`graphkit.build` on the file alone.

    Raises
    ------
    GoldError
        If a gold file is malformed or its document cannot be found.
    """
    gold_dir = Path(gold_dir)
    paths = [gold_dir] if gold_dir.is_file() else sorted(gold_dir.glob("*.json"))
    if not paths:
        raise GoldError(f"{gold_dir}: no gold *.json files")
    if build is None:
        from .pipeline import build as build_kg

        def build(path: Path) -> nx.Graph:
            return build_kg([path], config).graph

    scores = []
    for path in paths:
        gold = Gold.load(path)
        doc = find_document(gold.doc, sources)
        if doc is None:
            raise GoldError(f"{path}: no document {gold.doc}.txt or .md in {', '.join(map(str, sources))}")
        scores.append(score_graph(gold, build(doc)))
    return Report(scores)


def evaluate_graphs(pairs: Iterable[tuple[Gold, nx.Graph]]) -> Report:
    """Score already built graphs, one per gold annotation."""
    return Report([score_graph(g, graph) for g, graph in pairs])
