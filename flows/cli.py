"""``policykg`` command line.

Exit status of ``policykg run``: 0 every file was processed; 3 the run finished
but some files were skipped (listed in failures.csv); 4 another run holds the
output folder (with --no-wait); 2 bad command line; 1 the run itself failed.
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
    run.add_argument("paths", nargs="*", help="files or folders (default: the bundled samples)")
    run.add_argument("--out", default="outputs/latest", help="output folder (default: outputs/latest)")
    run.add_argument("--ner", default="spacy", choices=["spacy", "lac", "hanlp"], help="NER backend")
    run.add_argument("--cache", default=None, help="extraction cache folder (default: OUT/../.cache)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.add_argument("--no-wait", action="store_true",
                     help="stop instead of waiting when another run is writing the same --out")
    run.add_argument("--verbose", action="store_true", help="show Prefect's logs")
    add_tool_commands(commands)  # query, eval, explore, report
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return run_command(args)
    if hasattr(args, "handler"):
        return args.handler(args)
    return 2


def run_command(args: argparse.Namespace) -> int:
    if not args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        logging.getLogger("prefect").setLevel(logging.WARNING)
    from corpus.discover import SAMPLES_DIR
    from flows.build import build
    from flows.lock import OutputBusyError

    # the samples as a folder, so their paths read as file names, not install paths
    paths = [str(p) for p in (args.paths or [SAMPLES_DIR])]
    try:
        summary = build(paths, str(Path(args.out)), backend=args.ner, cache_dir=args.cache,
                        progress=not args.quiet, wait=not args.no_wait)
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
        f"entities   {entities}",
        f"targets    {summary.targets}",
        f"failures   {len(summary.failures)}" + (" (see failures.csv)" if summary.failures else ""),
        f"seconds    {summary.seconds}",
        f"outputs    {summary.out_dir}/graph.graphml, nodes.csv, edges.csv, documents.csv, targets.csv",
    ]
    for failure in summary.failures:
        print(f"skipped {failure['path']}: {failure['reason']}", file=sys.stderr)
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
