"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
XSD_DIR = SHARED / "graphml-xsd"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def extractor():
    """The default :class:`graphkit.Extractor` (model, taxonomy, gazetteer loaded once)."""
    from graphkit.extract import get_extractor

    return get_extractor()


@pytest.fixture(scope="session")
def seeds_kg(extractor):
    """The knowledge graph of the two seed documents."""
    import graphkit

    return graphkit.build([SEEDS])


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of Debian's chromium; skipped locally when missing, a failure under CI=true."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if IN_CI:
            pytest.fail("chromium is not installed (CI must install Debian's chromium package)")
        pytest.skip("chromium not installed")
    return path


@pytest.fixture(scope="session")
def graphml_xsd() -> Path:
    """The official GraphML schema with its offline catalog."""
    xsd = XSD_DIR / "graphml.xsd"
    if not xsd.exists():
        if IN_CI:
            pytest.fail(f"GraphML schema missing at {xsd}")
        pytest.skip("GraphML schema not available")
    return xsd
