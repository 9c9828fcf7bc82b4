"""The walkthrough notebook runs top to bottom and every step shows what it promises."""
from __future__ import annotations

import ast
import json
import re

import lxml.html
import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"


def _text(cell) -> str:
    parts = []
    for out in cell.outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(out.data.get("text/plain", ""))
    return "".join(parts)


def test_notebook_is_committed_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    assert nb.metadata.kernelspec.name == "python3"


@pytest.fixture(scope="module")
def executed():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on any error
    return [c for c in nb.cells if c.cell_type == "code"]


def test_walkthrough_runs_and_shows_each_step(executed):
    """Each cell's output agrees with the build cell's summary (one kernel, one build)."""
    build, entities, meetings, centrality, communities, show = executed
    for cell in executed:
        assert not any(o.output_type == "error" for o in cell.outputs)
        assert cell.outputs, cell.source

    text = _text(build)
    m = re.match(r"<KnowledgeGraph: 2 documents, (\d+) entities, (\d+) edges, (\d+) meetings>", text)
    assert m, text
    n_nodes, n_meetings = int(m.group(1)), int(m.group(3))
    summary = ast.literal_eval(text.split("\n", 1)[1])
    assert summary["documents"] == 2 and sum(summary["entities"].values()) == n_nodes and n_nodes > 10

    text = _text(entities)
    for etype, count in summary["entities"].items():
        assert f"{etype} ({count})" in text
    listed = re.findall(r"^ +(\d+)  ", text, re.M)
    assert len(listed) >= 8 and all(int(x) >= 1 for x in listed)

    text = _text(meetings)
    assert text.startswith(f"{n_meetings} meeting edges") and n_meetings > 0
    assert text.count(" -- ") == min(10, n_meetings)

    lines = _text(centrality).splitlines()
    assert lines[0].split() == ["entity", "type", "degree", "betweenness"] and len(lines) == 11
    degrees = [float(line.split()[-2]) for line in lines[1:]]
    assert degrees == sorted(degrees, reverse=True) and all(0 < d <= 1 for d in degrees)

    text = _text(communities)
    m = re.match(r"(\d+) communities; modularity (-?[\d.]+)", text)
    assert m and int(m.group(1)) >= 2 and float(m.group(2)) > 0

    html = [o for o in show.outputs if o.output_type == "execute_result" and "text/html" in o.data]
    assert len(html) == 1
    frame = lxml.html.fragment_fromstring(html[0].data["text/html"], create_parent="div").find(".//iframe")
    page = lxml.html.document_fromstring(frame.get("srcdoc"))
    assert len(page.findall(".//script")) == 3
    data = json.loads(page.get_element_by_id("graph-data").text)
    assert data["total_nodes"] == n_nodes and data["shown_nodes"] == min(n_nodes, 500)
