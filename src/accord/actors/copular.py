"""A person the text describes in a copular sentence ("Jo Marsh is a research associate at the Hoover
Institution", "Lee is the pseudonym of a Syrian journalist", "Ode is the 17th judge confirmed this year") is what
the description says, as an apposition would say it ("Jo Marsh, a research associate at ...").

The description is the attribute of a present-tense "is"/"are" whose subject is the person's mention; it is read
by the resolver as a description beside a name is (:meth:`ActorResolver.describe`). A past tense ("was a
soldier") may tell a former role, a negation ("is not a judge") the opposite: neither is read. Only people the
text alone placed (no sector, or the civilian default) take it, at every mention of their name, and only where
the text describes the name so once (two descriptions of one name that disagree leave it as it was).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.actors.resolver import ActorResolver
from accord.actors.text import Tok
from accord.records import Actor

PRESENT_COPULA_TAGS = frozenset({"VBZ", "VBP"})  # 'is', 'are': what the person is now
RULE = "copular-description"
OPEN_SECTORS = frozenset({None, "CVL"})  # what the text alone gives a person it says nothing more of
DESCRIPTION_ENDS = frozenset({"relcl", "acl", "punct", "cc", "conj"})  # what follows the description's own words
RELATIVE_WHO = "who"


def _attribute(subject: Token) -> Token | None:
    """The attribute noun of the present-tense copula whose subject is ``subject``, if not negated."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ not in PRESENT_COPULA_TAGS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)


def _relative_attribute(head: Token) -> Token | None:
    """The attribute noun of a present-tense 'who is' clause on the name ('Jo Marsh, who is a research associate
    at the Hoover Institution'), if not negated."""
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.lemma_ != "be" or clause.tag_ not in PRESENT_COPULA_TAGS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == RELATIVE_WHO for c in clause.children):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        return next((c for c in clause.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _headed_body(head: Token, heading_verbs: frozenset[str]) -> Token | None:
    """The object of a present-tense verb of heading whose subject is the name ('Jo Marsh heads the interior
    ministry') or the 'who' of a clause on it ('Jo Marsh, who leads the rebel group'), if not negated."""
    verbs = [head.head] if head.dep_ == "nsubj" else []
    verbs += [c for c in head.children if c.dep_ == "relcl"
              and any(s.dep_ == "nsubj" and s.lower_ == RELATIVE_WHO for s in c.children)]
    for verb in verbs:
        if verb.lemma_.lower() not in heading_verbs or verb.tag_ not in PRESENT_COPULA_TAGS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _description_end(attribute: Token) -> int:
    """The last token of the attribute's phrase before a clause or a coordinated second description."""
    end = attribute.i
    for child in attribute.rights:
        if child.dep_ in DESCRIPTION_ENDS:
            break
        end = max(end, child.right_edge.i)
    return end


def copular_descriptions(doc: Doc, actors: list[Actor], resolver: ActorResolver, toks: Sequence[Tok],
                         starts: Sequence[int], date: str | None,
                         heading_verbs: frozenset[str] = frozenset()) -> list[Actor]:
    """Each person the text alone placed who 'is' a description in a present-tense copular sentence or 'who is'
    clause takes the description's sector (and its country, where the person has none), at every mention of
    their name; so does one who heads a body ('heads', 'leads', 'chairs' in ``heading_verbs``), the body's."""
    found: dict[str, set[tuple[str | None, str | None, str | None]]] = {}
    for actor in actors:
        if actor.kind != "person" or not actor.name or actor.sector not in OPEN_SECTORS or actor.start is None:
            continue
        span = doc.char_span(actor.start, actor.end or actor.start, alignment_mode="expand")
        if span is None or not len(span):
            continue
        attribute = _attribute(span.root) or _relative_attribute(span.root)
        body = _headed_body(span.root, heading_verbs) if attribute is None and heading_verbs else None
        if body is not None:
            attribute = body
        if attribute is None:
            continue
        first, last = attribute.left_edge.i, _description_end(attribute)
        lo, hi = doc[first].idx, doc[last].idx + len(doc[last])
        words = list(toks[bisect_left(starts, lo) : bisect_right(starts, hi - 1)])
        described = resolver.describe(words, date) if words else None
        if described is None or described.actor.sector in OPEN_SECTORS or described.actor.kind == "person":
            continue
        info = described.actor
        # the head of a body has the body's sector and country, not its name nor a role it does not say
        found.setdefault(actor.name, set()).add((info.sector, info.country, None if body is not None else info.role))
    settled = {name: next(iter(seen)) for name, seen in found.items() if len(seen) == 1}
    if not settled:
        return actors
    out = []
    for actor in actors:
        description = settled.get(actor.name or "") if actor.kind == "person" else None
        if description is None or actor.sector not in OPEN_SECTORS:
            out.append(actor)
            continue
        sector, country, role = description
        out.append(replace(actor, sector=sector, country=actor.country or country, role=actor.role or role,
                           rule=f"{actor.rule}+{RULE}"))
    return out
