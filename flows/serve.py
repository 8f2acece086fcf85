"""``policykg serve``: the build flow as a Prefect deployment on a cron schedule.

Schedules only fire against a Prefect server (ephemeral mode runs no
scheduler), so serving without ``PREFECT_API_URL`` is refused with the
commands that start one. ``flow.serve`` blocks: it registers the deployment,
then polls the server and runs each scheduled (or manually triggered) flow
run in a subprocess until it is stopped (Ctrl-C / SIGTERM).
"""
from __future__ import annotations

from pathlib import Path

from prefect.flows import EntrypointType
from prefect.schedules import Cron
from prefect.settings import get_current_settings

from flows.build import build
from flows.runners import DEFAULT_RUNNER, DEFAULT_WORKERS

START_SERVER = ("start one with `prefect server start --host 127.0.0.1` and set "
                "PREFECT_API_URL=http://127.0.0.1:4200/api (see docs/scale.md)")


class ServeError(ValueError):
    """Serving cannot start: no server, or a bad schedule."""


def deployment_parameters(paths: list[str], out_dir: str, backend: str, cache_dir: str | None,
                          runner: str, dask_address: str | None, workers: int) -> dict:
    """The flow's parameters, with absolute paths: runs start in their own subprocess."""
    return {
        "paths": [str(Path(p).resolve()) for p in paths],
        "out_dir": str(Path(out_dir).resolve()),
        "backend": backend,
        "cache_dir": str(Path(cache_dir).resolve()) if cache_dir else None,
        "progress": False,
        "wait": True,
        "runner": runner,
        "dask_address": dask_address,
        "workers": workers,
    }


def serve_build(paths: list[str], out_dir: str, cron: str, name: str = "nightly", backend: str = "spacy",
                cache_dir: str | None = None, runner: str = DEFAULT_RUNNER, dask_address: str | None = None,
                workers: int = DEFAULT_WORKERS, timezone: str | None = None) -> None:
    if not get_current_settings().api.url:
        raise ServeError(f"schedules need a Prefect server; {START_SERVER}")
    try:
        schedule = Cron(cron, timezone=timezone)
    except ValueError as error:
        raise ServeError(f"bad --cron {cron!r}: {error}") from None
    parameters = deployment_parameters(paths, out_dir, backend, cache_dir, runner, dask_address, workers)
    build.serve(
        name=name,
        schedules=[schedule],
        parameters=parameters,
        description=f"policykg build of {', '.join(parameters['paths'])} into {parameters['out_dir']}",
        limit=1,  # one build at a time; the output lock would serialise them anyway
        # by module, not file path: the installed package runs wherever the server starts runs
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
