"""Parse Wikipedia articles about Olympic short-track speed skating events.

>>> import shorttrack_parse
>>> event = shorttrack_parse.parse_file("fixtures/text/2002-men-1000m.txt")
>>> event.info.medalist(shorttrack_parse.Medal.GOLD).name
'Steven Bradbury'
"""

from ._api import detect_form, parse, parse_file
from .batch import Parsed, parse_many, rows_many
from .compare import same_content, without_sources
from .dask_bag import dask_rows, dask_to_parquet
from .dumps import DEFAULT_PATTERN, read_dump
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
from .render import to_text, to_wikitext
from .serialize import from_dict, to_dict
from .summary import summarize
from .tables import RECORD_COLUMNS, RESULT_COLUMNS, to_dataframe, to_rows
from .times import RaceTime
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
