"""Parse Wikipedia articles about Olympic short-track speed skating events.

>>> import shorttrack_parse
>>> event = shorttrack_parse.parse_file("fixtures/text/2002-men-1000m.txt")
>>> event.info.medalist(shorttrack_parse.Medal.GOLD).name
'Steven Bradbury'
"""

from ._api import detect_form, parse, parse_file
from .errors import InputError, ShorttrackParseError, StrictParseError, UnsupportedFormError
from .model import (
    Athlete,
    Diagnostic,
    Event,
    EventInfo,
    Medal,
    Medalist,
    NewRecord,
    Race,
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
from .times import RaceTime

__all__ = [
    "Athlete",
    "Diagnostic",
    "Event",
    "EventInfo",
    "InputError",
    "Medal",
    "Medalist",
    "NewRecord",
    "Note",
    "NoteLike",
    "Race",
    "RaceTime",
    "RecordKind",
    "Records",
    "Result",
    "Round",
    "RoundKind",
    "ShorttrackParseError",
    "StandingRecord",
    "Status",
    "StrictParseError",
    "UnsupportedFormError",
    "detect_form",
    "from_dict",
    "parse",
    "parse_file",
    "to_dict",
    "to_text",
    "to_wikitext",
]

__version__ = "0.1.0"
