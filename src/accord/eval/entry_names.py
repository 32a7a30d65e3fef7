"""Whether a gold name and accord's canonical name name the same knowledge-base entry.

Annotators write the name the text uses ("Nato", "YPG", "al-Qaida"); accord reports an entry's canonical name
("North Atlantic Treaty Organization", "People's Protection Units", "al-Qaeda"). Comparing the two strings
alone counts such a mention wrong although it resolved to the right entry; the entry's own aliases are the
other spellings of that name, so a gold name matching one of them is the same entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from accord.actors.kb import KnowledgeBase
from accord.eval.metrics import name_tokens, names_match


@lru_cache(maxsize=1)
def _aliases_by_name() -> Mapping[tuple[str, ...], tuple[str, ...]]:
    """Each shipped entry's canonical name (as name tokens) -> its aliases; a name two entries share
    keeps the aliases of both only when they agree, none otherwise (the name alone cannot tell them apart)."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    shared: set[tuple[str, ...]] = set()
    for entry in KnowledgeBase.load().entries.values():
        name = tuple(name_tokens(entry.name))
        if name in found and found[name] != entry.aliases:
            shared.add(name)
        found[name] = entry.aliases
    return {name: aliases for name, aliases in found.items() if name not in shared}


def same_entry(gold: str, predicted: str | None) -> bool:
    """The names match (either way, as ``names_match``), or the gold name is one of the aliases of the
    entry whose canonical name accord gave."""
    if not predicted:
        return False
    if names_match(gold, predicted) or names_match(predicted, gold):
        return True
    gold_tokens = name_tokens(gold)
    return any(name_tokens(alias) == gold_tokens
               for alias in _aliases_by_name().get(tuple(name_tokens(predicted)), ()))
