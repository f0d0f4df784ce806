"""Who is who: the same competitor across the rows of an event, and how to name a row."""

from __future__ import annotations

import functools
import operator
import unicodedata

from .. import _ioc
from ..model import Event, Race, Result
from ._memo import per_event

Node = tuple[str, str]
# What tells a row's competitor: (team, name, link, noc).
_GIVEN = operator.attrgetter("team", "name", "link", "noc")


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``text`` as names are compared: accents dropped, casefolded, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text.replace("_", " "))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split()).casefold()


def display(result: Result) -> str:
    """A row's competitor as a person reads it: the name, or a team's members."""
    text = result.name or result.members_text or "(unnamed)"
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())


def team_country(name: str, noc: str | None) -> str | None:
    """A relay team's country: its NOC, or the country its name names."""
    return noc or (_ioc.noc_for(name) if name.strip() else None)


class Identities:
    """Competitor identity across an event.

    Two athletes are the same when both are linked to the same article, or else
    when their names agree (accents and case aside).  A name seen with a single
    link everywhere joins that link, so a row without a link still matches the
    linked rows of the same skater.  Teams are their country (NOC), or else their
    country's name.  Rows that name nobody have no identity (``None``).
    """

    def __init__(self, event: Event) -> None:
        races = list(event.races())
        rows = [result for race in races for result in race.results]
        given = list(map(_GIVEN, rows))
        # A skater's rows repeat the same name and link from round to round: each
        # distinct (team, name, link, noc) is worked out once, from any of its rows.
        nodes = {
            key: self._row_nodes(row) for key, row in dict(zip(given, rows, strict=True)).items()
        }
        links_of_name: dict[Node, set[Node]] = {}
        for named, keyed in nodes.values():
            if named is not None and keyed is not None:
                links_of_name.setdefault(named, set()).add(keyed)
        # A link (or NOC) and the names seen with it alone are one competitor, known by
        # the least of these nodes; every other node is a competitor of its own.
        joined = [(named, links.pop()) for named, links in links_of_name.items() if len(links) == 1]
        self._root: dict[Node, Node] = {}
        for named, keyed in joined:
            self._root[keyed] = min(self._root.get(keyed, keyed), named)
        for named, keyed in joined:
            self._root[named] = self._root[keyed]
        # (team, name, link, noc) -> identity: all a row's identity depends on.
        self._keys: dict[tuple[object, ...], str | None] = {
            key: self._identity(keyed or named) for key, (named, keyed) in nodes.items()
        }
        #: True if no row is a team's and no identity comes with two NOCs: nobody
        #: changes country (told from the distinct rows, not row by row).
        self.one_country_each = _one_country_each(self._keys)
        row_keys = list(map(self._keys.__getitem__, given))
        # id(race) -> (race, its rows' keys in table order), for the checks that walk races.
        self._race_keys: dict[int, tuple[Race, tuple[str | None, ...]]] = {}
        start = 0
        for race in races:
            end = start + len(race.results)
            self._race_keys[id(race)] = (race, tuple(row_keys[start:end]))
            start = end

    @classmethod
    def _row_nodes(cls, result: Result) -> tuple[Node | None, Node | None]:
        if result.team:
            # A team named by its members only (no country) is told by nothing sure.
            noc = team_country(result.name, result.noc)
            return cls._nodes(result.name, None, noc) if noc else (None, None)
        return cls._nodes(result.name, result.link)

    @staticmethod
    def _nodes(
        name: str, link: str | None, noc: str | None = None
    ) -> tuple[Node | None, Node | None]:
        named = ("name", fold(name)) if name.strip() else None
        if noc:
            return named, ("noc", noc)
        return named, ("link", fold(link)) if link else None

    def of(self, name: str, link: str | None = None, noc: str | None = None) -> str | None:
        """The identity of a competitor given by name and link (athletes) or NOC (teams)."""
        named, keyed = self._nodes(name, link, noc)
        return self._identity(keyed or named)

    def _identity(self, node: Node | None) -> str | None:
        if node is None:
            return None
        root = self._root.get(node, node)
        return f"{root[0]}:{root[1]}"

    def matches(self, name: str, link: str | None, result: Result) -> bool | None:
        """Whether an athlete named elsewhere (infobox, records) is a row's athlete.

        The same link, the same name or the same identity will do; ``None`` when
        one side names nobody.
        """
        if not name.strip() and not link:
            return None
        if not result.name.strip() and not result.link:
            return None
        if link and result.link and fold(link) == fold(result.link):
            return True
        if name.strip() and fold(name) == fold(result.name):
            return True
        return self.of(name, link) == self.key(result)

    def keys_in(self, race: Race) -> tuple[str | None, ...]:
        """:meth:`key` of each of ``race``'s rows, in table order."""
        known = self._race_keys.get(id(race))
        if known is not None and known[0] is race:
            return known[1]
        return tuple(self.key(result) for result in race.results)

    def key(self, result: Result) -> str | None:
        """The identity of the competitor a row is about, or ``None`` if it names nobody."""
        given = _GIVEN(result)
        if given in self._keys:
            return self._keys[given]
        named, keyed = self._row_nodes(result)
        key = self._keys[given] = self._identity(keyed or named)
        return key


def _one_country_each(keys: dict[tuple[object, ...], str | None]) -> bool:
    """True if no (team, name, link, noc) is a team's and each identity has one NOC."""
    nocs: dict[str, object] = {}
    for (team, _, _, noc), key in keys.items():
        if team:
            return False
        if key is not None and noc is not None and nocs.setdefault(key, noc) != noc:
            return False
    return True


@per_event
def identities(event: Event) -> Identities:
    """The event's :class:`Identities`, built once for all the checks of one event."""
    return Identities(event)


@per_event
def is_relay(event: Event) -> bool:
    """``event.is_relay``, worked out once (it reads every row of an individual event)."""
    return event.is_relay
