"""Parse Wikipedia articles about Olympic short-track speed skating events.

>>> import shorttrack_parse
>>> event = shorttrack_parse.parse_file("fixtures/text/2002-men-1000m.txt")
>>> event.info.medalist(shorttrack_parse.Medal.GOLD).name
'Steven Bradbury'
"""

from ._collector import collector_paused

# The import builds thousands of objects that all live on (modules, classes,
# functions, patterns), which the cyclic collector would walk a dozen times
# meanwhile: paused.
with collector_paused():
    import importlib
    from typing import TYPE_CHECKING

    from ._api import detect_form, parse, parse_file
    from .errors import (
        InputError,
        MissingExtraError,
        ShorttrackParseError,
        StrictParseError,
        UnexpectedError,
        UnsupportedFormError,
        ValidationError,
    )
    from .model import (
        Athlete,
        Diagnostic,
        Event,
        EventInfo,
        Medal,
        Medalist,
        NewRecord,
        Race,
        RaceStage,
        RecordKind,
        Records,
        Result,
        Round,
        RoundKind,
        StandingRecord,
    )
    from .notes import Note, NoteLike, Status
    from .times import RaceTime

if TYPE_CHECKING:
    from .batch import Parsed, parse_many, rows_many
    from .compare import same_content, without_sources
    from .dask_bag import dask_rows, dask_to_parquet
    from .dumps import DEFAULT_PATTERN, read_dump
    from .render import to_text, to_wikitext
    from .serialize import from_dict, to_dict
    from .summary import summarize
    from .tables import RECORD_COLUMNS, RESULT_COLUMNS, to_dataframe, to_rows
    from .validation import (
        DEFAULT_CHECKS,
        Check,
        Finding,
        Location,
        Report,
        Severity,
        check,
        validate,
    )

# Names whose modules are imported on first use, so ``import shorttrack_parse`` stays
# cheap for a process that only parses (batch pulls in multiprocessing, dumps urllib
# and xml, serialize cattrs): name -> the module that defines it.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("Parsed", "parse_many", "rows_many"), "batch"),
    **dict.fromkeys(("same_content", "without_sources"), "compare"),
    **dict.fromkeys(("dask_rows", "dask_to_parquet"), "dask_bag"),
    **dict.fromkeys(("DEFAULT_PATTERN", "read_dump"), "dumps"),
    **dict.fromkeys(("to_text", "to_wikitext"), "render"),
    **dict.fromkeys(("from_dict", "to_dict"), "serialize"),
    "summarize": "summary",
    **dict.fromkeys(("RECORD_COLUMNS", "RESULT_COLUMNS", "to_dataframe", "to_rows"), "tables"),
    **dict.fromkeys(
        (
            "DEFAULT_CHECKS",
            "Check",
            "Finding",
            "Location",
            "Report",
            "Severity",
            "check",
            "validate",
        ),
        "validation",
    ),
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next look-up is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DEFAULT_CHECKS",
    "DEFAULT_PATTERN",
    "RECORD_COLUMNS",
    "RESULT_COLUMNS",
    "Athlete",
    "Check",
    "Diagnostic",
    "Event",
    "EventInfo",
    "Finding",
    "InputError",
    "Location",
    "Medal",
    "Medalist",
    "MissingExtraError",
    "NewRecord",
    "Note",
    "NoteLike",
    "Parsed",
    "Race",
    "RaceStage",
    "RaceTime",
    "RecordKind",
    "Records",
    "Report",
    "Result",
    "Round",
    "RoundKind",
    "Severity",
    "ShorttrackParseError",
    "StandingRecord",
    "Status",
    "StrictParseError",
    "UnexpectedError",
    "UnsupportedFormError",
    "ValidationError",
    "check",
    "dask_rows",
    "dask_to_parquet",
    "detect_form",
    "from_dict",
    "parse",
    "parse_file",
    "parse_many",
    "read_dump",
    "rows_many",
    "same_content",
    "summarize",
    "to_dataframe",
    "to_dict",
    "to_rows",
    "to_text",
    "to_wikitext",
    "validate",
    "without_sources",
]

__version__ = "0.1.0"
