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


# Words with which annotators name a state's government by its country ('Syrian government', 'the Assad regime'
# aside): the country's entry is that government, as accord names a state's government by the country ('Syria').
GOVERNMENT_WORDS = frozenset({"government", "regime", "administration", "authorities"})


@lru_cache(maxsize=1)
def _country_by_word() -> Mapping[tuple[str, ...], tuple[str, ...]]:
    """A country's name, aliases and demonyms (as name tokens) -> its canonical name (as name tokens)."""
    kb = KnowledgeBase.load()
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name_key, targets in kb.names.items():
        for target in targets:
            entry = kb.entries[target.entry]
            if entry.kind == "country" and target.form in ("name", "alias", "demonym"):
                found.setdefault(tuple(name_tokens(" ".join(name_key))), tuple(name_tokens(entry.name)))
    return found


def _government_of(gold_tokens: list[str], predicted_tokens: list[str]) -> bool:
    """'Syrian government', 'Turkish authorities' name the state whose canonical name accord gave ('Syria')."""
    if len(gold_tokens) < 2 or gold_tokens[-1] not in GOVERNMENT_WORDS:
        return False
    return _country_by_word().get(tuple(gold_tokens[:-1])) == tuple(predicted_tokens)


def same_entry(gold: str, predicted: str | None) -> bool:
    """The names match (either way, as ``names_match``), the gold name is one of the aliases of the entry
    whose canonical name accord gave, or it names by its country the government of the state accord gave."""
    if not predicted:
        return False
    if names_match(gold, predicted) or names_match(predicted, gold):
        return True
    gold_tokens = name_tokens(gold)
    if _government_of(gold_tokens, name_tokens(predicted)):
        return True
    return any(name_tokens(alias) == gold_tokens
               for alias in _aliases_by_name().get(tuple(name_tokens(predicted)), ()))
