"""Which Prefect task runner executes the extraction tasks.

``threads`` is Prefect's ThreadPoolTaskRunner in the flow's process.
``dask`` is prefect-dask's DaskTaskRunner: a LocalCluster of worker processes
(one thread each: the extractors are CPU-bound Python, so threads in one
process would share the GIL), or an existing cluster given by its scheduler
address. The runner is a flow parameter rather than the flow's own
``task_runner`` so that a served deployment (which re-imports the flow) keeps it.
"""
from __future__ import annotations

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

RUNNERS = ("threads", "dask")
DEFAULT_RUNNER = "threads"
DEFAULT_WORKERS = 2


def task_runner(name: str = DEFAULT_RUNNER, address: str | None = None,
                workers: int = DEFAULT_WORKERS) -> TaskRunner:
    if name == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    if name == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as missing:
            raise ValueError("--runner dask needs prefect-dask: pip install 'policykg[dask]'") from missing
        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs={
            "n_workers": workers, "threads_per_worker": 1, "processes": True,
            "dashboard_address": None,  # no web UI port to collide with
        })
    raise ValueError(f"unknown runner {name!r}; choose one of {', '.join(RUNNERS)}")


def worker_slots(runner: TaskRunner, default: int) -> int:
    """How many tasks can run at once (once the runner is entered): bounds the batches in flight."""
    client = getattr(runner, "_client", None)  # DaskTaskRunner's distributed.Client, once started
    if client is not None:
        return max(1, sum(client.nthreads().values()))
    return default
