"""Reliability under load, a short smoke in the default run (the full 64 clients x 30 s is `make loadtest`):
16 concurrent clients for 5 s mixing canned queries, raw SPARQL and ego networks, with a slow query in flight."""
from __future__ import annotations

import asyncio

from tests.load.load import run_load


def test_reliability_load_smoke_no_errors_and_no_stall(server) -> None:
    result = asyncio.run(run_load(server, clients=16, seconds=5))
    print(result.to_dict())
    assert result.errors == 0, result.error_samples
    assert result.requests > 0 and {"canned", "sparql", "ego"} <= set(result.by_kind)
    # the slow query was stopped by the time limit, and other requests completed while it was running
    assert result.slow_query_status == 503
    assert result.completed_while_slow_in_flight > 0
