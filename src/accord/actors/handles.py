"""'@ellie_r wrote', 'replied @gjb1977': a social-media handle the article quotes is an account holder.

A handle names an account, not an office: unless the knowledge base knows the word after the '@' as an entry
of its own (an outlet's, a party's account), its holder is a private person (CVL, docs/annotation.md: private
persons take CVL). An account says nothing of where its holder lives, so the handle takes no country, neither
from the knowledge base's guess nor from the story's home country (it is added after that is lent). The words a
handle runs together are looked up too ('@HillaryClinton', '@mike_pence'). An '@' inside a word (an e-mail
address) makes no handle, and a handle in brackets after a name ('Ann Lee (@annlee)', an embedded post's
signature) is that name's account, which the name already makes an actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from accord.records import Actor

HANDLE_RULE = "social-media-handle"
HANDLE_SECTOR = "CVL"  # a private person's sector
# '@' after no word character or dot (not 'name@example.com'), then the characters platforms allow in handles;
# the handle ends where no such character follows
HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9_]{2,30})(?![\w@])")
# the words a handle runs together: 'HillaryClinton', 'mike_pence', 'FoxBusiness'
HANDLE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# 'Donald J. Trump (@realDonaldTrump) February 16, 2016': an embedded post signed by its author's name and handle
SIGNED = re.compile(r"[A-Z][\w.’'-]*\s*\(\s*$")

Lookup = Callable[[str], Actor | None]  # the knowledge base's entry for a word, if it has one


def _overlaps(start: int, end: int, actors: Sequence[Actor]) -> bool:
    return any(a.start is not None and a.end is not None and a.start < end and start < a.end for a in actors)


def social_media_handles(text: str, actors: list[Actor], entry: Lookup) -> list[Actor]:
    """``actors`` and, after them, a mention for each handle in ``text`` that no mention covers."""
    found: list[Actor] = []
    for match in HANDLE.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, actors):
            continue
        if SIGNED.search(text[max(0, start - 60) : start]):
            continue  # the account of the name before it, which is the actor
        words = [w[:1].upper() + w[1:] for w in HANDLE_WORDS.findall(match.group(1))]  # as names are written
        known = entry(match.group(1)) or (entry(" ".join(words)) if len(words) > 1 else None)
        if known is not None:
            found.append(known.at(match.group(0), start, end))
            continue
        found.append(Actor(text=match.group(0), name=match.group(1), sector=HANDLE_SECTOR, kind="person",
                           start=start, end=end, rule=HANDLE_RULE))
    return [*actors, *found]  # after the others: no other mention's place in the list changes
