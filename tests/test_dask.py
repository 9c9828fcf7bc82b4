"""The Dask engine on a local two-worker cluster builds the graph the local engine builds."""
from __future__ import annotations

import pytest

import graphkit
from graphkit.config import Config

from .conftest import SEEDS

pytest.importorskip("distributed", reason="the dask extra (pip install 'graphkit[dask]') is not installed")


def test_dask_local_cluster_builds_the_same_graph_as_the_local_engine(tmp_path, seeds_kg):
    from graphkit.engine import DaskEngine

    done: list[int] = []
    engine = DaskEngine(n_workers=2, batch_size=1, progress=done.append)
    kg = graphkit.build([SEEDS], Config(), engine=engine)
    assert sum(done) == len(seeds_kg.documents) == 2
    local = seeds_kg.write_graphml(tmp_path / "local.graphml").read_bytes()
    assert kg.write_graphml(tmp_path / "dask.graphml").read_bytes() == local


def test_dask_engine_yields_records_in_input_order_with_two_workers(extractor):
    from distributed import Client, LocalCluster

    from graphkit.engine import DaskEngine

    docs = [
        graphkit.Document(id=f"d{i}", text=f"Tokyo, 3 March 2025: Mr. Kenji Sato met officials of Osaka. Ref {i}.")
        for i in range(5)
    ]
    # real documents too: records must not depend on the worker process (e.g. its string-hash seed)
    docs[2:2] = list(graphkit.iter_documents([SEEDS]))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            records = list(DaskEngine(cluster.scheduler_address, batch_size=2).map(docs, Config()))
    assert [r.doc_id for r in records] == [d.id for d in docs]
    assert [r.to_dict() for r in records] == [extractor(d).to_dict() for d in docs]
