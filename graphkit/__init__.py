"""graphkit: knowledge graphs of who met whom, from news.

>>> import graphkit
>>> kg = graphkit.build(["seeds/"])                 # doctest: +SKIP
>>> kg.write_graphml("out/graph.graphml")           # doctest: +SKIP
>>> rec = graphkit.extract("Text of one news item")  # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"

from .config import Config
from .documents import Document, DocumentError, iter_documents
from .extract import Extractor, extract
from .graph import DocumentInfo, KnowledgeGraph, build_graph
from .nlp import ModelNotFoundError, load_model
from .pipeline import build, extract_documents
from .records import Affiliation, DocumentRecord, Entity, Meeting, Mention
from .taxonomy import Sector, Taxonomy, load_taxonomy

__all__ = [
    "Affiliation", "Config", "Document", "DocumentError", "DocumentInfo", "DocumentRecord", "Entity",
    "Extractor", "KnowledgeGraph", "Meeting", "Mention", "ModelNotFoundError", "Sector", "Taxonomy",
    "__version__", "build", "build_graph", "extract", "extract_documents", "iter_documents",
    "load_model", "load_taxonomy",
]
