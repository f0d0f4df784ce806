"""``json``: each article as its ``to_dict`` document, or one JSON line per article."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..serialize import to_dict
from ._dump_inputs import add_dump_options
from ._inputs import Parsed, add_input_options, exit_status, parse_all
from ._show import add_strict_option
from ._streams import Streams


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``json``."""
    parser = commands.add_parser(
        "json",
        help="write each article as JSON (the schema of docs/json.md)",
        description="Write one article as its JSON document, several as a JSON array of "
        "documents each with its 'source', or (--jsonl) one line per article. An input "
        "that fails gives {'source', 'error'} instead. "
        "Exit status: 0 all written, 1 strict mode failed, 2 unreadable input.",
    )
    add_input_options(parser, paths_optional=True)
    add_dump_options(parser)
    add_strict_option(parser)
    parser.add_argument(
        "--jsonl", action="store_true", help="one line per article, each with its 'source'"
    )
    parser.set_defaults(run=run)


def sourced(parsed: Parsed) -> dict[str, Any]:
    """``{"source": name, **to_dict(event)}``, or ``{"source": name, "error": why}``."""
    if parsed.event is None:
        return {"source": parsed.article.name, "error": parsed.error}
    return {"source": parsed.article.name, **to_dict(parsed.event)}


def run(options: argparse.Namespace, streams: Streams) -> int:
    """Write every input as JSON; failures are reported on standard error too."""
    status = 0
    documents: list[dict[str, Any]] = []
    for parsed in parse_all(options, streams.stdin):
        status = max(status, exit_status(parsed))
        if parsed.event is None:
            streams.err.write(f"{parsed.article.name}: {parsed.error}\n")
        if options.jsonl:
            streams.out.write(json.dumps(sourced(parsed), ensure_ascii=False) + "\n")
        else:
            documents.append(sourced(parsed))
    if options.jsonl:
        return status
    if len(documents) == 1 and "error" not in documents[0]:
        document: Any = {k: v for k, v in documents[0].items() if k != "source"}
    elif len(documents) == 1:
        return status
    else:
        document = documents
    json.dump(document, streams.out, ensure_ascii=False, indent=2)
    streams.out.write("\n")
    return status
