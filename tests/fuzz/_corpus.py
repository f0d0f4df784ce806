"""The corpus of reproducers: one JSON file per input that once broke a promise.

Each file is ``{"found": "what broke", "input": "the text"}``; JSON's escapes keep
inputs that no UTF-8 file could hold (lone surrogates).  A renderer's reproducer
holds the event instead, as ``to_dict`` writes it: ``{"found": …, "event": {…}}``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Final

CORPUS: Final = Path(__file__).resolve().parent / "corpus"


def entries(kind: str = "input") -> list[Path]:
    """The reproducer files holding an ``input`` text (or an ``event``), sorted by name."""
    return [
        path
        for path in sorted(CORPUS.glob("*.json"))
        if kind in json.loads(path.read_text(encoding="ascii"))
    ]


def load(path: Path) -> str:
    """The input a reproducer file holds."""
    data = json.loads(path.read_text(encoding="ascii"))
    text = data["input"]
    assert isinstance(text, str)
    return text


def load_event(path: Path) -> dict[str, object]:
    """The event (as ``to_dict`` wrote it) a renderer's reproducer file holds."""
    event = json.loads(path.read_text(encoding="ascii"))["event"]
    assert isinstance(event, dict)
    return event


def save(text: str, found: str, directory: Path = CORPUS) -> Path:
    """Store ``text`` under a name made from its content (so saving twice is harmless)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = directory / f"found-{digest}.json"
    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"found": found, "input": text}, indent=1) + "\n", encoding="ascii")
    return path
