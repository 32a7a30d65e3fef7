"""Who a verb of telling or asking speaks to: its direct object when that names a person or body.

The direct object of "tell", "warn" or "ask" is the addressee (Levin's "tell" class; verbs of asking alike:
"asked the minister"), not what was said or asked — so it is no content of the attribution.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.blackboard import ACTORS
from accord.quotes.candidates import Context

# personal pronouns that stand for people spoken to ("asked him", "warned them"), not for a thing said ("it")
_PERSONAL_OBJECTS = frozenset({"me", "you", "him", "her", "us", "them"})
# the entity labels of a person or body: who can be spoken to, or speak
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def addressee(ctx: Context, verb: Token) -> Token | None:
    """The bare object of a verb of telling or asking that names a person or body (a name, a personal pronoun,
    a word of people, a noun the actor stage reads as an actor), with no words of its own after it."""
    if verb.lemma_.lower() not in ctx.lexicon.listener_verbs:
        return None
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.right_edge.i != obj.i:
        return None  # "warned the farmers of a drought": the phrase goes on to what was said
    if obj.lower_ in _PERSONAL_OBJECTS or obj.ent_type_ in ACTOR_ENTITIES:
        return obj
    if obj.lemma_.lower() in ctx.lexicon.perspective_holders or in_actor_mention(ctx, obj):
        return obj
    return None


def in_actor_mention(ctx: Context, token: Token) -> bool:
    """The actor stage found a mention covering the token (the minister, the governor, the Clinton campaign)."""
    return any(a.covers(token.idx) for a in ACTORS.get(ctx.doc) or ())
