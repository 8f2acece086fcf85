"""`policykg serve` against a real local Prefect server: deployment, cron schedule, a triggered run.

The server and the serve process run in subprocesses with their own
PREFECT_HOME (so their SQLite database) under tmp_path and analytics off; both
are stopped, by process group, whatever the test's outcome.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment
from prefect.exceptions import ObjectNotFound
from prefect.settings import PREFECT_API_URL, temporary_settings

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
SEED = "seed_2023_04_study_notice_chongqing.txt"
CRON = "0 2 * * *"
DEPLOYMENT = "policykg-build/test-nightly"
START_TIMEOUT = 180
RUN_TIMEOUT = 420


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    handle = open(log, "wb")
    return subprocess.Popen(command, env=env, stdout=handle, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGINT)  # serve pauses its schedule and exits on Ctrl-C
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def wait_until(ready, timeout: float, what: str, processes: list[tuple[subprocess.Popen, Path]]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process, log in processes:
            if process.poll() is not None:
                pytest.fail(f"{what}: a process exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        if ready():
            return
        time.sleep(1)
    logs = "\n".join(log.read_text()[-2000:] for _, log in processes)
    pytest.fail(f"{what}: not ready after {timeout} s\n{logs}")


def server_healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def deployment_exists() -> bool:
    with get_client(sync_client=True) as client:
        try:
            client.read_deployment_by_name(DEPLOYMENT)
        except ObjectNotFound:  # until serve has registered it
            return False
    return True


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    base = tmp_path_factory.mktemp("serve")
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLES / SEED, corpus / SEED)
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(base / "prefect-home"), "PREFECT_API_URL": url,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_UI_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    server = start([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                    "--port", str(port)], env, base / "server.log")
    processes = [(server, base / "server.log")]
    try:
        wait_until(lambda: server_healthy(url), START_TIMEOUT, "prefect server", processes)
        serve = start([sys.executable, "-m", "flows.cli", "serve", str(corpus), "--out", str(base / "out"),
                       "--cron", CRON, "--name", "test-nightly"], env, base / "serve.log")
        processes.append((serve, base / "serve.log"))
        with temporary_settings(updates={PREFECT_API_URL: url}):
            wait_until(deployment_exists, START_TIMEOUT, "policykg serve", processes)
            yield url, base
    finally:
        for process, _ in reversed(processes):
            stop(process)


def test_serve_registers_deployment_with_cron_schedule(served):
    url, base = served
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(DEPLOYMENT)
    assert [s.schedule.cron for s in deployment.schedules] == [CRON]
    assert all(s.active for s in deployment.schedules)
    assert deployment.parameters["out_dir"] == str((base / "out").resolve())
    assert deployment.parameters["paths"] == [str((base / "corpus").resolve())]


def test_serve_triggered_run_completes_and_writes_outputs(served):
    _, base = served
    flow_run = run_deployment(DEPLOYMENT, timeout=RUN_TIMEOUT)
    assert flow_run.state is not None and flow_run.state.is_completed(), (
        flow_run.state, (base / "serve.log").read_text()[-3000:])
    summary = json.loads((base / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["documents"] == 1 and summary["new"] == 1 and summary["targets"] > 0
    assert (base / "out" / "graph.graphml").stat().st_size > 0
