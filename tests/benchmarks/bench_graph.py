"""Does merging records into a graph stay linear in the corpus size?  (issue 5, target 5)

Not collected by pytest.  Synthetic :class:`~graphkit.records.DocumentRecord`
objects (no spaCy) with a vocabulary that grows with the corpus, as real news
does: a few hub entities in most documents, a long tail of people and
organisations, surname-only mentions.  Times corpus-level resolution and
``build_graph`` per size and prints the time per document, which stays flat
when the work is linear::

    python tests/benchmarks/bench_graph.py --sizes 2000,5000,20000
"""
from __future__ import annotations

import argparse
import random
import time

from graphkit.config import Config
from graphkit.graph import build_graph
from graphkit.records import Affiliation, DocumentRecord, Entity, Meeting, Mention
from graphkit.resolve import resolve

GIVEN = ["Kenji", "Anita", "Tran", "Petra", "Ravi", "Yuki", "Maria", "Ahmed", "Lena", "Arjun", "Hiro", "Sofia"]
PLACES = ["Tokyo", "Osaka", "Delhi", "Mumbai", "Hanoi", "Berlin", "Chennai", "Lucknow", "Nagoya", "Pune"]
SECTORS = ["Semiconductors", "Textiles", "Automotive", "Logistics", "Renewable energy", "Pharmaceuticals"]


def synthetic_records(n: int, seed: int = 1) -> list[DocumentRecord]:
    rng = random.Random(seed)
    vocab = max(50, n * 3)  # distinct surnames / organisations grow with the corpus
    records = []
    for d in range(n):
        ents: list[Entity] = []
        sentences = [f"Sentence {s} of release {d}." for s in range(15)]

        def add(name: str, etype: str, code: str = "") -> Entity:
            key = f"{etype}:{len(ents)}"
            sent = rng.randrange(15)
            ent = Entity(key=key, name=name, type=etype, code=code,
                         mentions=[Mention(name, 0, len(name), sent), Mention(name, 10, 10 + len(name), rng.randrange(15))])
            ents.append(ent)
            return ent

        people = []
        for _ in range(8):
            surname = f"Surname{int(rng.paretovariate(1.2) * 7) % vocab}"
            people.append(add(f"{rng.choice(GIVEN)} {surname}", "person"))
        add(f"Surname{rng.randrange(vocab)}", "person")  # a surname-only mention
        orgs = [add(f"Company{int(rng.paretovariate(1.1) * 5) % vocab} Corporation", "organisation") for _ in range(8)]
        for p in rng.sample(PLACES, 4):
            add(p, "place", code=p[:3].upper())
        for s in rng.sample(SECTORS, 2):
            add(s, "sector")
        meetings = [Meeting([people[0].key, people[1].key, orgs[0].key], sentence=3, date="2025-03-01", place="Tokyo")]
        affs = [Affiliation(people[2].key, orgs[1].key, "CEO", 4)]
        records.append(DocumentRecord(doc_id=f"doc{d:06d}", title=f"Release {d}", date="2025-03-01",
                                      sentences=sentences, entities=ents, meetings=meetings, affiliations=affs))
    return records


def measure(n: int) -> str:
    """One size, in this process: a table row."""
    import resource

    records = synthetic_records(n)
    t = time.perf_counter()
    resolve(records)
    r = time.perf_counter() - t
    t = time.perf_counter()
    kg = build_graph(records, Config())
    b = time.perf_counter() - t
    g = kg.graph
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (f"| {n} | {r:.2f} | {b:.2f} | {1000 * b / n:.2f} | {g.number_of_nodes()} | {g.number_of_edges()} "
            f"| {rss:.0f} MB |")


def main() -> None:
    import subprocess
    import sys

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000,5000,20000")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(measure(args.one))
        return
    print("| documents | resolve s | build_graph s (incl. resolve) | ms per document | nodes | edges "
          "| peak RSS (records + graph, fresh process) |")
    print("|---|---|---|---|---|---|---|")
    for n in [int(s) for s in args.sizes.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        print(out.stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
