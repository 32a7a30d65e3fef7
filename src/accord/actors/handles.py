"""'@ellie_r wrote', 'replied @gjb1977': a social-media handle the article quotes is an account holder.

A handle names an account, not an office: unless the knowledge base knows the word after the '@' as an entry
of its own (an outlet's, a party's account), its holder is a private person (CVL, docs/annotation.md: private
persons take CVL). An account says nothing of where its holder lives, so the handle takes no country, neither
from the knowledge base's guess nor from the story's home country (it is added after that is lent). The words a
handle runs together are looked up too ('@HillaryClinton', '@mike_pence'). An '@' inside a word (an e-mail
address or a web address's path) makes no handle, nor does a clock time ('met @10am'). A handle in brackets
right after a person's name ('Ann Lee (@annlee)', an embedded post's signature) is that name's account, and so
is a handle that spells part of the name of a person named before it in its sentence ('Follow Jane Doe on
Twitter @janedoe_news'): the name already makes the holder an actor, and the account adds no one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from accord.records import Actor

HANDLE_RULE = "social-media-handle"
HANDLE_SECTOR = "CVL"  # a private person's sector
# '@' after no word character, dot or slash (not 'name@example.com', 'example.com/@author'), then the characters
# platforms allow in handles; the handle ends where no such character follows
HANDLE = re.compile(r"(?<![\w.@/])@([A-Za-z0-9_]{2,30})(?![\w@])")
CLOCK_TIME = re.compile(r"\d{1,2}(?:[ap]m)?", re.IGNORECASE)  # '@10am', '@9': a time, no account
# the words a handle runs together: 'HillaryClinton', 'mike_pence', 'FoxBusiness'
HANDLE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
NAME_PART = 3  # the fewest letters of a name's word a handle must spell to be that person's ('Jo' is too short)

Lookup = Callable[[str], Actor | None]  # the knowledge base's entry for a word, if it has one


def _overlaps(start: int, end: int, actors: Sequence[Actor]) -> bool:
    return any(a.start is not None and a.end is not None and a.start < end and start < a.end for a in actors)


def _signed(text: str, start: int, actors: Sequence[Actor]) -> bool:
    """'Donald J. Trump (@realDonaldTrump) February 16, 2016': the handle in brackets right after a person's
    mention (an embedded post signed by its author's name and handle)."""
    before = text[:start].rstrip()
    if not before.endswith("("):
        return False
    name_end = len(before[:-1].rstrip())
    return any(a.kind == "person" and a.end == name_end for a in actors)


def _named_holder(handle: str, start: int, actors: Sequence[Actor], sentence_start: int) -> bool:
    """A person named before the handle in its sentence, a word of whose name the handle spells
    ('Jane Doe ... @janedoe_news'): the account is that person's."""
    spelled = handle.lower()
    return any(a.kind == "person" and a.name and a.start is not None and sentence_start <= a.start < start
               and any(len(w) >= NAME_PART and w.lower() in spelled for w in a.name.replace(".", " ").split())
               for a in actors)


def social_media_handles(text: str, actors: list[Actor], entry: Lookup,
                         sentence_starts: Sequence[int] = (0,)) -> list[Actor]:
    """``actors`` and, after them, a mention for each handle in ``text`` that no mention covers."""
    found: list[Actor] = []
    for match in HANDLE.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, actors) or CLOCK_TIME.fullmatch(match.group(1)):
            continue
        sentence_start = sentence_starts[max(0, bisect_right(sentence_starts, start) - 1)] if sentence_starts else 0
        if _signed(text, start, actors) or _named_holder(match.group(1), start, actors, sentence_start):
            continue  # the account of a person named before it, who is the actor
        words = [w[:1].upper() + w[1:] for w in HANDLE_WORDS.findall(match.group(1))]  # as names are written
        known = entry(match.group(1)) or (entry(" ".join(words)) if len(words) > 1 else None)
        if known is not None:
            found.append(known.at(match.group(0), start, end))
            continue
        found.append(Actor(text=match.group(0), name=match.group(1), sector=HANDLE_SECTOR, kind="person",
                           start=start, end=end, rule=HANDLE_RULE))
    return [*actors, *found]  # after the others: no other mention's place in the list changes
