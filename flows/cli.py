"""``policykg`` command line.

Exit status of ``policykg run``: 0 every file was processed; 3 the run finished
but some files were skipped (listed in failures.csv); 4 another run holds the
output folder (with --no-wait); 2 bad command line; 1 the run itself failed.

``policykg serve`` serves the same flow as a Prefect deployment with a cron
schedule; it needs a Prefect server (``PREFECT_API_URL``), see docs/scale.md.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from flows.tools import add_tool_commands

EXIT_PARTIAL = 3
EXIT_BUSY = 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policykg", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="build the graph of a corpus")
    add_build_options(run)
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.add_argument("--no-wait", action="store_true",
                     help="stop instead of waiting when another run is writing the same --out")
    serve = commands.add_parser("serve", help="serve the build as a Prefect deployment on a cron schedule",
                                description="Needs a Prefect server: `prefect server start --host 127.0.0.1` "
                                            "and PREFECT_API_URL=http://127.0.0.1:4200/api (see docs/scale.md).")
    add_build_options(serve)
    serve.add_argument("--cron", required=True, help='schedule, e.g. "0 2 * * *" (every night at 02:00)')
    serve.add_argument("--name", default="nightly", help="deployment name (default: nightly)")
    serve.add_argument("--timezone", default=None, help="time zone of the cron schedule (default: UTC)")
    add_tool_commands(commands)  # query, eval, explore, report
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return run_command(args)
    if args.command == "serve":
        return serve_command(args)
    if hasattr(args, "handler"):
        return args.handler(args)
    return 2


def add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", help="files or folders (default: the bundled samples)")
    parser.add_argument("--out", default="outputs/latest", help="output folder (default: outputs/latest)")
    parser.add_argument("--ner", default="spacy", choices=["spacy", "lac", "hanlp"], help="NER backend")
    parser.add_argument("--cache", default=None, help="extraction cache folder (default: OUT/../.cache)")
    parser.add_argument("--runner", default="threads", choices=["threads", "dask"],
                        help="task runner: threads in this process, or Dask (pip install 'policykg[dask]')")
    parser.add_argument("--dask-address", default=None,
                        help="scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786 "
                             "(default: a local cluster of --workers processes)")
    parser.add_argument("--workers", type=int, default=2,
                        help="threads, or local Dask worker processes (default: 2)")
    parser.add_argument("--verbose", action="store_true", help="show Prefect's logs")


def quiet_prefect(args: argparse.Namespace) -> None:
    # a busy machine can take longer than Prefect's 20 s to start the ephemeral API
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    if not args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        logging.getLogger("prefect").setLevel(logging.WARNING)


def corpus_paths(args: argparse.Namespace) -> list[str]:
    from corpus.discover import SAMPLES_DIR

    # the samples as a folder, so their paths read as file names, not install paths
    return [str(p) for p in (args.paths or [SAMPLES_DIR])]


def run_command(args: argparse.Namespace) -> int:
    quiet_prefect(args)
    from extractors.ner.hanlp_backend import HanLPModelUnavailable
    from extractors.pipeline import check_backend
    from flows.build import build
    from flows.lock import OutputBusyError

    try:
        check_backend(args.ner)  # a missing model is one clear message, before any work
    except HanLPModelUnavailable as missing:
        print(f"policykg: {missing}", file=sys.stderr)
        return 1
    paths = corpus_paths(args)
    try:
        summary = build(paths, str(Path(args.out)), backend=args.ner, cache_dir=args.cache,
                        progress=not args.quiet, wait=not args.no_wait, runner=args.runner,
                        dask_address=args.dask_address, workers=args.workers)
    except OutputBusyError as busy:
        print(f"policykg: {busy}", file=sys.stderr)
        return EXIT_BUSY
    print_summary(summary)
    return 0 if summary.complete else EXIT_PARTIAL


def print_summary(summary) -> None:
    entities = ", ".join(f"{n} {t}" for t, n in summary.entities.items()) or "none"
    lines = [
        f"documents  {summary.documents} ({summary.parts} parts: "
        f"{summary.parts_extracted} extracted, {summary.parts_cached} from cache)",
        f"changes    {summary.new} new, {summary.changed} changed, {summary.unchanged} unchanged, "
        f"{summary.deleted} deleted, {summary.failed} failed"
        + (" (nothing new: outputs kept)" if summary.noop else ""),
        f"entities   {entities}",
        f"targets    {summary.targets}",
        f"failures   {len(summary.failures)}" + (" (see failures.csv)" if summary.failures else ""),
        f"seconds    {summary.seconds}",
        f"outputs    {summary.out_dir}/graph.graphml, nodes.csv, edges.csv, documents.csv, targets.csv",
    ]
    for failure in summary.failures:
        print(f"skipped {failure['path']}: {failure['reason']}", file=sys.stderr)
    print("\n".join(lines))


def serve_command(args: argparse.Namespace) -> int:
    quiet_prefect(args)
    from flows.serve import ServeError, serve_build

    try:
        serve_build(corpus_paths(args), args.out, cron=args.cron, name=args.name, backend=args.ner,
                    cache_dir=args.cache, runner=args.runner, dask_address=args.dask_address,
                    workers=args.workers, timezone=args.timezone)
    except ServeError as error:
        print(f"policykg serve: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
