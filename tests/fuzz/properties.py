"""What must hold for ANY input text: the library's reliability promises, checked.

``check_text`` runs one input through every public entry point that takes
article text and raises ``AssertionError`` (with what broke) on the first broken
promise.  The Hypothesis tests and the long campaign (``fuzz/campaign.py``)
share it, so both look for the same failures.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

import shorttrack_parse as sp

FORMS = ("text", "wikitext")


def _all_lines(event: sp.Event) -> Iterator[int]:
    """Every source line the event names."""
    info = event.info
    named = [info.line, *(line for _, line in info.key_lines)]
    named += [standing.line for standing in event.records.standing]
    named += [record.line for record in event.records.new]
    for round_ in event.rounds:
        named.append(round_.line)
        for race in round_.races:
            named.append(race.line)
            named.extend(result.line for result in race.results)
    named.extend(diagnostic.line for diagnostic in event.diagnostics)
    return (line for line in named if line is not None)


def line_count(text: str) -> int:
    """How many lines ``text`` has, as the readers number them (``\\r\\n``, ``\\r``, ``\\n``)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


def check_event(event: sp.Event, lines: int | None = None) -> None:
    """The promises about an event: lines in range, validation and serialisation safe."""
    if lines is not None:
        outside = sorted({line for line in _all_lines(event) if not 1 <= line <= lines})
        assert not outside, f"source lines {outside[:5]} lie outside the input's {lines} lines"
    with contextlib.suppress(sp.ShorttrackParseError):
        sp.validate(event)
    data = sp.to_dict(event)
    assert sp.from_dict(data) == event, "from_dict(to_dict(event)) != event"
    encoded = json.dumps(data, ensure_ascii=False).encode("utf-8")
    assert sp.from_dict(json.loads(encoded)) == event, "the JSON round trip changed the event"
    for render in (sp.to_text, sp.to_wikitext):
        assert isinstance(render(event), str)


def check_text(text: str | bytes) -> None:
    """Parse ``text`` in both forms and as detected, leniently and strictly; check every promise."""
    source = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    lines = line_count(source)
    for form in FORMS:
        event = sp.parse(text, form=form)  # lenient: must not raise on content
        check_event(event, lines)
    # "auto" reads as the detected form, and strict mode raises only our errors.
    assert sp.detect_form(source) in FORMS
    with contextlib.suppress(sp.ShorttrackParseError):
        sp.parse(text, strict=True)
