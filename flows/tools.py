"""``policykg query | eval | explore | report``: researcher tools over a run's outputs.

Each subcommand is an argparse parser built here and a handler that returns
the exit status; ``flows/cli.py`` only registers them. The work is done by
pure functions in ``graph/``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_RUN = "outputs/latest"
QUERY_KINDS = ("targets", "nodes", "person", "organization", "region", "initiative", "event",
               "document", "deadline")
EXIT_FAILED = 1


def add_tool_commands(commands: argparse._SubParsersAction) -> None:
    add_query_command(commands)
    add_eval_command(commands)
    add_explore_command(commands)
    add_report_command(commands)


def _add_run_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run", default=DEFAULT_RUN, type=Path,
                        help=f"a run's output folder, or its graph.graphml (default: {DEFAULT_RUN})")


def add_query_command(commands: argparse._SubParsersAction) -> None:
    query = commands.add_parser(
        "query", help="find targets or entities in a run's graph",
        description="Examples: `policykg query targets --region 重庆市 --due-by 2027`, "
                    "`policykg query person 习近平 --neighbours`.")
    query.add_argument("kind", choices=QUERY_KINDS, help="what to list")
    query.add_argument("name", nargs="?", help="name or alias (for entities); exact match first, then substring")
    _add_run_option(query)
    query.add_argument("--type", help="node type for `nodes` (Person, Organization, Region, …)")
    query.add_argument("--neighbours", "--neighbors", action="store_true",
                       help="list the edges of the entity instead of the entity")
    query.add_argument("--region", help="targets applying to this region or any region PART_OF it")
    query.add_argument("--due-by", help="targets due no later than this year or ISO date")
    query.add_argument("--due-from", help="targets due no earlier than this year or ISO date")
    query.add_argument("--initiative", help="targets of an initiative (name, alias or part of one)")
    query.add_argument("--document", help="targets set by a document (file name, path or doc id)")
    query.add_argument("--indicator", help="targets whose indicator contains this text")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--output", type=Path, help="write to this file instead of standard output")
    query.add_argument("--limit", type=int, default=None, help="at most this many rows")
    query.set_defaults(handler=query_command)


def query_command(args: argparse.Namespace) -> int:
    from graph import query as q

    try:
        graph = q.load_graph(args.run)
        if args.kind == "targets":
            flt = q.TargetFilter(region=args.region, due_by=args.due_by, due_from=args.due_from,
                                 initiative=args.initiative, document=args.document,
                                 indicator=args.indicator or args.name)
            rows = q.target_rows(graph, q.select_targets(graph, flt))
            table_cols, all_cols = q.TARGET_TABLE_COLUMNS, q.TARGET_COLUMNS
        else:
            rows, table_cols, all_cols = _entity_rows(graph, args)
    except q.QueryError as err:
        print(f"policykg query: {err}", file=sys.stderr)
        return EXIT_FAILED
    if args.limit is not None:
        rows = rows[: args.limit]
    text = q.format_rows(rows, args.format, table_cols, all_cols)
    if args.output:
        from graph.atomic import write_bytes_atomic

        # a BOM lets spreadsheet programs read the Chinese text of a CSV file
        encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
        write_bytes_atomic(args.output, text.encode(encoding))
        print(f"{len(rows)} rows → {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        print(f"{len(rows)} rows", file=sys.stderr)
    return 0


def _entity_rows(graph, args: argparse.Namespace) -> tuple[list[dict], tuple, tuple]:
    from graph import query as q

    node_type = q.ENTITY_KINDS.get(args.kind) or args.type
    if args.kind == "nodes" and args.type and args.type not in {d.get("type") for _, d in graph.nodes(data=True)}:
        raise q.QueryError(f"no nodes of type {args.type!r}")
    if args.name:
        nodes = q.find_nodes(graph, args.name, node_type)
        if not nodes:
            raise q.QueryError(f"no {node_type or 'node'} named {args.name!r}")
    elif args.neighbours:
        raise q.QueryError("--neighbours needs a name")
    else:
        nodes = q.nodes_of_type(graph, node_type) if node_type else sorted(graph.nodes)
    if args.neighbours:
        if len(nodes) > 1:
            others = ", ".join(nodes[1:6]) + (" …" if len(nodes) > 6 else "")
            print(f"{nodes[0]} (also matched: {others})", file=sys.stderr)
        else:
            print(nodes[0], file=sys.stderr)
        return q.neighbour_rows(graph, nodes[0]), q.NEIGHBOUR_TABLE_COLUMNS, q.NEIGHBOUR_COLUMNS
    return q.node_rows(graph, nodes), q.NODE_TABLE_COLUMNS, q.NODE_COLUMNS


def add_eval_command(commands: argparse._SubParsersAction) -> None:
    ev = commands.add_parser("eval", help="precision, recall and F1 against gold files")
    ev.add_argument("graph", type=Path, help="graph.graphml, or a run folder holding one")
    ev.add_argument("gold", type=Path, nargs="+", help="gold JSON files")
    ev.add_argument("--doc", help="file name of the document in the graph (one gold file only)")
    ev.add_argument("--strict", action="store_true", help="no containment matches for entities")
    ev.add_argument("--json", action="store_true", help="print the full result as JSON")
    ev.add_argument("--min", action="append", default=[], metavar="KEY=VALUE",
                    help="exit 1 when a micro figure is below VALUE, e.g. Target.recall=0.9")
    ev.set_defaults(handler=eval_command)


def eval_command(args: argparse.Namespace) -> int:
    import json

    from graph import evaluate as e

    if args.doc and len(args.gold) > 1:
        print("policykg eval: --doc works with one gold file only", file=sys.stderr)
        return 2
    from graph.query import QueryError, load_graph

    try:
        graph = load_graph(args.graph)
        golds = [e.read_gold(p) for p in args.gold]
    except QueryError as err:
        print(f"policykg eval: {err}", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, ValueError) as err:  # a gold file missing or not JSON
        print(f"policykg eval: cannot read gold: {err}", file=sys.stderr)
        return EXIT_FAILED
    result = e.evaluate(graph, golds, args.doc, loose=not args.strict)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(e.format_report(result))
    problems = e.failed_bounds(result["micro"], args.min)
    problems += [d["error"] for d in result["documents"] if "error" in d]
    if problems:
        print("BELOW: " + "; ".join(problems))
        return EXIT_FAILED
    return 0


def add_explore_command(commands: argparse._SubParsersAction) -> None:
    ex = commands.add_parser("explore", help="write an offline HTML page to explore the graph")
    _add_run_option(ex)
    ex.add_argument("--out", type=Path, help="HTML file (default: RUN/explore.html)")
    ex.add_argument("--top", type=int, default=None, help="nodes drawn before any search (default 300)")
    ex.set_defaults(handler=explore_command)


def explore_command(args: argparse.Namespace) -> int:
    from graph.explore import DEFAULT_TOP, write_explorer
    from graph.query import QueryError, load_graph

    try:
        graph = load_graph(args.run)
    except QueryError as err:
        print(f"policykg explore: {err}", file=sys.stderr)
        return EXIT_FAILED
    run_dir = args.run if args.run.is_dir() else args.run.parent
    out = args.out or run_dir / "explore.html"
    write_explorer(graph, out, top=args.top or DEFAULT_TOP, title=f"policykg — {run_dir.name}")
    print(out)
    return 0


def add_report_command(commands: argparse._SubParsersAction) -> None:
    rep = commands.add_parser("report", help="write RUN/report.html: counts, top entities, target charts")
    _add_run_option(rep)
    rep.set_defaults(handler=report_command)


def report_command(args: argparse.Namespace) -> int:
    from graph.query import QueryError
    from graph.report import write_report

    try:
        print(write_report(args.run if args.run.is_dir() else args.run.parent))
    except QueryError as err:
        print(f"policykg report: {err}", file=sys.stderr)
        return EXIT_FAILED
    return 0
