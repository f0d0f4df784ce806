"""``--jobs N``: the inputs parsed on N worker processes by ``parse_many``."""

from __future__ import annotations

import argparse
from collections import deque
from collections.abc import Iterable, Iterator

from .. import batch
from ..errors import StrictParseError, UnexpectedError, ValidationError
from ._inputs import Article, Parsed, one_line


def _input(article: Article) -> batch.BatchInput | None:
    if article.text is None:
        return None  # not parsed: its own error is reported
    return (article.title, article.text) if article.title is not None else article.text


def _outcome(article: Article, parsed: batch.Parsed) -> Parsed:
    # The same outcomes, messages and exit statuses as parsing in this process.
    error = parsed.error
    if error is None:
        return Parsed(article, parsed.event)
    if isinstance(error, StrictParseError | ValidationError):
        return Parsed(article, error=one_line(error))
    if isinstance(error, UnexpectedError):
        message = f"internal error while parsing ({error.message.removeprefix('unexpected ')})"
        return Parsed(article, error=" ".join(message.split()), unreadable=True)
    return Parsed(article, error=one_line(error), unreadable=True)


def parse_in_parallel(articles: Iterable[Article], options: argparse.Namespace) -> Iterator[Parsed]:
    """Parse the articles on ``options.jobs`` processes, in input order.

    The articles are read lazily, a few chunks ahead of the results (a dump's
    pages are not all held at once).
    """
    waiting: deque[Article] = deque()

    def inputs() -> Iterator[batch.BatchInput | None]:
        for article in articles:
            waiting.append(article)
            yield _input(article)

    results = batch.parse_many(
        inputs(),  # type: ignore[arg-type]  # None stands for an unreadable article
        workers=options.jobs,
        form=options.form,
        strict=bool(getattr(options, "strict", False)),
        progress=False,
    )
    for parsed in results:
        article = waiting.popleft()
        if article.text is None:
            yield Parsed(article, error=article.error, unreadable=True)
        else:
            yield _outcome(article, parsed)
