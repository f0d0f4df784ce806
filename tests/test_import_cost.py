"""What ``import shorttrack_parse`` loads: the parser, not the optional machinery."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import shorttrack_parse as sp
from shorttrack_parse._text import LazyPattern

# Modules that only some entry points need: importing the package must not load them.
_DEFERRED = (
    "cattrs",
    "mwparserfromhell",
    "multiprocessing",
    "urllib.request",
    "importlib.resources",
)


# A script's line listing the package's patterns compiled on first use, as ``lazy``.
_LAZY_PATTERNS = (
    "lazy = [v for name, m in list(sys.modules.items()) if name.startswith('shorttrack_parse')"
    " for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
)


def _output_of(script: str) -> str:
    """What ``script`` prints, run in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout


def _loaded_after(code: str) -> set[str]:
    return set(_output_of(f"import sys\n{code}\nprint('\\n'.join(sys.modules))").split())


def test_import_defers_optional_machinery() -> None:
    loaded = _loaded_after("import shorttrack_parse")
    assert "shorttrack_parse._api" in loaded
    assert not loaded & set(_DEFERRED)


@pytest.mark.parametrize("enabled", [True, False])
def test_import_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    # The import pauses the cyclic collector while it builds its objects.
    script = (
        "import gc\n"
        f"{'gc.enable()' if enabled else 'gc.disable()'}\n"
        "import shorttrack_parse\n"
        "print(gc.isenabled())"
    )
    assert _output_of(script).strip() == str(enabled)


def test_rare_patterns_are_compiled_on_first_use_only() -> None:
    script = (
        "import sys, shorttrack_parse\n"
        "from shorttrack_parse._text import LazyPattern\n"
        f"{_LAZY_PATTERNS}"
        "print(len(lazy), sum(p._compiled is not None for p in lazy))"
    )
    lazy, compiled = map(int, _output_of(script).split())
    assert lazy > 0
    assert compiled == 0


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("match", ("xab", 1)),
        ("fullmatch", ("ab",)),
        ("search", ("xxabab", 0, 4)),
        ("sub", ("-", "abxab")),
    ],
)
def test_lazy_pattern_answers_as_the_compiled_one(method: str, args: tuple[object, ...]) -> None:
    lazy, compiled = LazyPattern("a(b)", re.I), re.compile("a(b)", re.I)
    got, expected = getattr(lazy, method)(*args), getattr(compiled, method)(*args)
    if isinstance(expected, re.Match):
        assert isinstance(got, re.Match)
        assert (got.span(), got.groups()) == (expected.span(), expected.groups())
    else:
        assert got == expected
    assert [m.span() for m in lazy.finditer("abAB", 1)] == [(2, 4)]


def test_parsing_plain_article_needs_no_generic_parser() -> None:
    loaded = _loaded_after(
        "import shorttrack_parse as sp\n"
        "sp.parse(open('fixtures/wikitext/2002-men-1000m.wiki', encoding='utf-8').read())"
    )
    assert "mwparserfromhell" not in loaded


@pytest.mark.parametrize(
    "path",
    [
        "fixtures/wikitext/2002-men-1000m.wiki",  # names and dashes beyond ASCII
        "fixtures/editor/2010-women-3000m-relay.wiki",  # countries written as names
        "fixtures/text/2018-women-500m.txt",
    ],
)
def test_a_first_parse_imports_and_compiles_nothing(path: str) -> None:
    # An import on a process's first parse (a codec's module, say) costs a fifth of a
    # parse, and compiling a pattern (a reference's closing tag) a thirtieth.
    script = (
        "import re, sys, shorttrack_parse\n"
        "from shorttrack_parse import _hidden\n"
        "from shorttrack_parse._text import LazyPattern\n"
        "before = set(sys.modules)\n"
        f"shorttrack_parse.parse(open({path!r}, encoding='utf-8').read())\n"
        f"{_LAZY_PATTERNS}"
        "print(sorted(set(sys.modules) - before))\n"
        "print([p.pattern for p in lazy if p._compiled is not None], list(_hidden._CLOSERS))"
    )
    assert _output_of(script).splitlines() == ["[]", "[] []"]


def test_markup_beyond_the_simple_shapes_loads_the_generic_parser() -> None:
    loaded = _loaded_after(
        "import shorttrack_parse as sp\n"
        "sp.parse('==Results==\\n{|\\n! Rank !! Athlete\\n|-\\n| 1 || <b>A</b> [[x\\n|}\\n')"
    )
    assert "mwparserfromhell" in loaded


@pytest.mark.parametrize("name", sp.__all__)
def test_every_public_name_resolves(name: str) -> None:
    value = getattr(sp, name)
    assert value is not None
    assert name in dir(sp)


def test_lazy_name_is_the_defining_modules_object() -> None:
    from shorttrack_parse.serialize import to_dict
    from shorttrack_parse.validation import validate

    assert sp.to_dict is to_dict
    assert sp.validate is validate


def test_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        sp.not_a_name  # noqa: B018
