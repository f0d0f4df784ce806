"""``json``: each article as its ``to_dict`` document, or one JSON line per article."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..serialize import to_dict
from ._inputs import Commands, Inputs, Parsed, subcommand
from ._streams import Streams


def add_parser(commands: Commands) -> None:
    """Register ``json``."""
    parser = subcommand(
        commands,
        "json",
        "write each article as JSON (the schema of docs/json.md)",
        "Write one article as its JSON document, several as a JSON array of "
        "documents each with its 'source', or (--jsonl) one line per article. An input "
        "that fails gives {'source', 'error'} instead. "
        "Exit status: 0 all written, 1 strict mode failed, 2 unreadable input.",
        strict=True,
        dumps=True,
    )
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
    inputs = Inputs(options, streams.stdin, streams.err)
    documents: list[dict[str, Any]] = []
    for parsed in inputs:
        if options.jsonl:
            streams.out.write(json.dumps(sourced(parsed), ensure_ascii=False) + "\n")
        else:
            documents.append(sourced(parsed))
    if options.jsonl or (len(documents) == 1 and "error" in documents[0]):
        return inputs.status
    document: Any = documents
    if len(documents) == 1:  # one article: its document as is
        document = {k: v for k, v in documents[0].items() if k != "source"}
    json.dump(document, streams.out, ensure_ascii=False, indent=2)
    streams.out.write("\n")
    return inputs.status
