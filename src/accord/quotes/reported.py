"""Reported speech found through the dependency parse, with or without quotation marks: every token that may
be a cue is tried — a cue verb by its classes (frames.py: a clause, an infinitive, an object, a
prepositional object; closing.py: a colon, a closing "…, X said"; medial.py: ", X said," inside the
content; sourceless.py: a passive or "appears"), a noun cue (nominal.py), a naming verb or a source phrase
(phrases.py). A content ends before a second act of saying of its own speaker coordinated inside it
(coordinated.py: "said A and added B").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Token

from accord.doc_index import token_table
from accord.quotes.addressee import ACTOR_ENTITIES, addressee
from accord.quotes.adjectives import EXPLETIVES, attitude_content, felt_participle, predicate_holder
from accord.quotes.candidates import (
    ASSERTION,
    BELIEF,
    EVENTUALITY,
    STANCE,
    Candidate,
    Context,
    end_char,
    trim_content,
)
from accord.quotes.closing import closing_quote, colon_after, colon_led, trailing_attribution
from accord.quotes.coordinated import cut_at_continuations
from accord.quotes.frames import (
    clause_content,
    experiencer_content,
    gap_filler,
    gapped_completion,
    has_to,
    idiom_content,
    infinitive_content,
    object_content,
    preposition_content,
    relative_word,
    undergoer_content,
)
from accord.quotes.layout import Unit
from accord.quotes.lexicon import CueLexicon, stance_objects
from accord.quotes.marks import MarkedSpan
from accord.quotes.medial import as_clause, medial_attribution
from accord.quotes.nominal import (
    carries_clause,
    noun_attribution,
    perspective_phrase,
    poll_adjunct,
    poll_phrase,
    received_stance,
    view_phrase,
)
from accord.quotes.phrases import naming, source_phrase
from accord.quotes.sourceless import agent_passive_content, hearsay_clause, sourceless_content
from accord.quotes.syntax import (
    FINITE_TAGS,
    VERB_TAGS,
    Cue,
    cue_lemma,
    is_cue_verb,
    is_naming_verb,
    quoting_cue_start,
    source_phrase_at,
    speaker_of,
    voice,
)
from accord.syntax import RELATIVE_TAGS, has_nominal_subject, nominal_subject

_MAX_LISTENER = 6  # "made it clear to the whole council that": words between the adjective and "that"
_WHEN_OR_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})
_FEELING_TAGS = frozenset({"ADJ", "VERB"})  # "angry" is an adjective; "shocked", "disappointed" often a participle


def reported_speech(
    ctx: Context, marked: list[MarkedSpan], quoting: frozenset[int] = frozenset(),
    trailing: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Every reported-speech candidate whose cue lies outside quotation marks. ``quoting``: the cue verbs of
    marked quotes, whose content lies in the marks; ``trailing``: those that follow their quote."""
    has_marks = any(not span.dialogue for span in marked)
    starts = [s.outer_start for s in marked]  # marked spans do not overlap and come in text order
    found: list[Candidate] = []
    lexicon = ctx.lexicon
    doc = ctx.doc
    table = token_table(doc)
    may_be_cue, strings = lexicon.may_be_cue, doc.vocab.strings  # looked up once: the test below meets every word
    for i, (lemma, lower) in enumerate(zip(table.lemma, table.lower, strict=True)):
        # cheap word tests first: most tokens are neither cue verbs nor the start of a source phrase
        if not may_be_cue(strings, lemma, lower):
            continue
        token = doc[i]
        inside = bisect_right(starts, token.idx) - 1
        if inside >= 0 and token.idx < marked[inside].outer_end:
            continue  # a cue inside a quotation belongs to what is quoted
        candidate: Candidate | list[Candidate] | None = None
        if token.lower_ in lexicon.perspective_prepositions:  # "To many, …": a preposition is no other cue
            candidate = _perspective(ctx, token)
            if candidate is not None and candidate.end > candidate.start:
                found.append(candidate)
            continue
        if is_cue_verb(token, ctx.lexicon):
            candidate = _verb_cue(ctx, token, has_marks, token.i in quoting, token.i in trailing)
        if isinstance(candidate, list):
            found.extend(c for c in candidate if c.end > c.start)
            continue
        if candidate is None and token.tag_ in VERB_TAGS and cue_lemma(token, lexicon) in lexicon.stance_idioms:
            candidate = _idiom(ctx, token)
        if candidate is None and token.tag_ in VERB_TAGS and cue_lemma(token, lexicon) in lexicon.wording_verbs:
            worded = _as_worded(ctx, token)
            found.extend(c for c in worded if c.end > c.start)
            if worded:
                continue
        if candidate is None and is_naming_verb(token, ctx.lexicon):
            candidate = naming(ctx, token)
        if candidate is None and token.tag_ in VERB_TAGS and cue_lemma(token, lexicon) in lexicon.depicting_verbs:
            candidate = _depicted(ctx, token)
        if candidate is None and token.pos_ == "ADJ" and token.lower_ in lexicon.belief_adjectives:
            candidate = _adjective(ctx, token)
        if candidate is None and token.pos_ in _FEELING_TAGS and token.lower_ in lexicon.feeling_adjectives:
            candidate = _adjective(ctx, token)
        if candidate is None and token.pos_ == "ADJ" and token.lower_ in lexicon.declaring_adjectives:
            candidate = _made_clear(ctx, token)
        if candidate is None and (token.lower_ in lexicon.attitude_adjectives or felt_participle(token, lexicon)):
            candidate = _attitude(ctx, token)
        if candidate is None and token.pos_ == "ADV" and token.lower_ in lexicon.hearsay_adverbs:
            candidate = _hearsay(ctx, token)
        if candidate is None and token.pos_ == "NOUN" and cue_lemma(token, lexicon) in lexicon.noun_cues:
            candidate = _noun(ctx, token)
        if candidate is None and token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.received_stance_nouns:
            candidate = _received(ctx, token)
        if candidate is None and token.pos_ == "VERB" and cue_lemma(token, lexicon) in lexicon.experiencer_verbs:
            candidate = _experiencer(ctx, token)
        if candidate is None:
            phrase = source_phrase_at(ctx.doc, token.i, ctx.lexicon)
            view = view_phrase(ctx, token) if phrase is None else None
            phrase = phrase or (poll_phrase(ctx, token) if view is None else None)
            if phrase is not None or view is not None:
                candidate = source_phrase(ctx, phrase or view, ASSERTION if view is None else BELIEF)
        if candidate is None and token.lower_ == "in":
            candidate = _poll_adjunct(ctx, token)
        if candidate is None and token.lower_ in lexicon.side_prepositions:
            candidate = _side_taken(ctx, token)
        if candidate is not None and candidate.end > candidate.start:
            found.append(candidate)
    return cut_at_continuations(ctx, found, marked)  # "said A and added B": A ends before "and added"


def _as_worded(ctx: Context, verb: Token) -> list[Candidate]:
    """"As the coach put it, the team ran out of luck", "…, as one aide phrased it": a verb of wording whose
    object "it" stands for the clause the as-clause modifies says that clause in the subject's words. Only so:
    elsewhere the verbs name deeds ("put the bill on hold", "phrased the question")."""
    speaker = speaker_of(verb, ctx.lexicon)
    around = as_clause(ctx, verb, ctx.layout.unit_of(verb), worded=True) if speaker is not None else None
    if speaker is None or around is None:
        return []
    cue = Cue(verb.i, verb.i, speaker.i)
    return [Candidate(start, end, False, cue, kind=ASSERTION) for start, end in around]


def _perspective(ctx: Context, token: Token) -> Candidate | None:
    """"To many, the mayor is a reformer": the rest of the sentence, a belief of the holder."""
    found = perspective_phrase(ctx, token)
    if found is None:
        return None
    cue, first = found
    unit = ctx.layout.unit_of(token)
    start, end = trim_content(ctx, ctx.doc[first].idx, end_char(ctx, unit.end))
    return Candidate(start, end, False, cue, kind=BELIEF)


# --- speech verbs -----------------------------------------------------------------------------------


def _verb_cue(
    ctx: Context, verb: Token, has_marks: bool, quoting: bool, trailing: bool
) -> Candidate | list[Candidate] | None:
    """The content a cue verb attributes, by the verb's classes: a colon-led quotation, a clause, an
    infinitive, an object, a prepositional object, or the sentence it closes ("…, X said")."""
    lexicon = ctx.lexicon
    lemma = cue_lemma(verb, lexicon)
    speaker = speaker_of(verb, lexicon)
    unit = ctx.layout.unit_of(verb)
    judged = _judged_on_grounds(ctx, verb, lemma, unit)
    if judged is not None:
        return judged
    if speaker is None or lemma in lexicon.evidential_verbs:
        found = _sourceless(ctx, verb, unit, BELIEF if lemma in lexicon.evidential_verbs else None)
        if found is None and speaker is None and lemma in lexicon.clause_verbs:
            return _unsourced_clause(ctx, verb, unit)
        return found
    cue = Cue(quoting_cue_start(verb, lexicon), verb.i, speaker.i)
    agent_passive = _agent_passive(ctx, verb, speaker, unit)
    if agent_passive is not None:
        return agent_passive
    if lemma in lexicon.speech_verbs and not quoting:
        colon = colon_after(ctx, verb, unit)
        if colon is not None:
            return colon_led(ctx, cue, colon, unit)
    # evidence speaks as people do: "…, new filings show", "What is unclear, the survey shows, is whether …"
    if lemma in lexicon.clause_verbs and not trailing:
        around = medial_attribution(ctx, verb, unit) or as_clause(ctx, verb, unit)
        if around is not None:
            return [Candidate(start, end, False, cue) for start, end in around]
    if lemma in lexicon.clause_verbs:
        clauses = ([c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i] or _finite_xcomp(verb)
                   or _clause_after_adjunct(verb))
        if clauses:
            leading = _leading(ctx, cue, verb, clauses, unit)
            if quoting and leading is not None and ctx.text[leading.start - 1 : leading.start] in lexicon.all_marks:
                return None  # the clause is the quotation itself ("said, “We will see,” when asked …")
            relative = relative_word(verb, clauses)
            if leading is not None and relative is not None:
                piece = _span_candidate(ctx, cue, relative, relative + 1)
                return [piece, leading] if piece is not None else leading
            return _with_gap_filler(ctx, verb, leading)
    if lemma in lexicon.naming_verbs:
        named = naming(ctx, verb)
        if named is not None:
            return named
    if lemma in lexicon.listener_verbs and lemma in lexicon.speech_verbs and not quoting and _only_listener(verb):
        closing = trailing_attribution(ctx, unit, first=unit.start, verb=verb)
        if closing is not None:  # "…, the landlord warned the tenants": who heard it, not what was said
            return closing_quote(ctx, closing[0], unit, closing[1], has_marks)
    span = _complement(ctx, verb, lemma)
    if span is not None:
        first, last, cue_last, kind = span
        content = _span_candidate(ctx, Cue(cue.first, max(cue_last, verb.i), speaker.i), first, min(last, unit.end),
                                  kind)
        completion = gapped_completion(verb, lexicon.when_how_why) if last <= verb.i and verb.dep_ == "relcl" else None
        if content is not None and completion is not None:  # the gap is before the cue, its completion after
            completed = _span_candidate(ctx, content.cue or cue, completion[0], min(completion[1], unit.end), kind)
            return [content, completed] if completed is not None else content
        return _with_gap_filler(ctx, verb, content)
    pro_form = _pro_form(ctx, verb) if lemma in lexicon.clause_verbs else None
    if pro_form is not None:
        return _span_candidate(ctx, cue, pro_form[0], min(pro_form[1], unit.end))
    if lemma in lexicon.clause_verbs and not quoting:
        closing = trailing_attribution(ctx, unit, first=unit.start, verb=verb)
        if closing is not None:
            return closing_quote(ctx, closing[0], unit, closing[1], has_marks)
    return None


_PRO_FORM_DEPS = frozenset({"dobj", "advmod", "intj", "ccomp", "attr", "oprd", "npadvmod"})
_DEMONSTRATIVES = frozenset({"that", "this"})


def _with_gap_filler(ctx: Context, verb: Token, content: Candidate | None) -> Candidate | list[Candidate] | None:
    """A content and, when its cue is in a relative clause, the word or noun phrase that fills its gap, as a
    piece of the same attribution (:func:`accord.quotes.frames.gap_filler`): PARC's content is both."""
    gap = gap_filler(verb, ctx.lexicon.when_how_why) if content is not None else None
    if content is None or gap is None:
        return content
    start, end = trim_content(ctx, ctx.doc[gap[0]].idx, end_char(ctx, gap[1]))
    if end <= start or start >= content.start:
        return content  # the content takes the gap's words in already
    return [replace(content, start=start, end=end, kind=content.kind), content]


def _pro_form(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """A word that stands for the whole content as the complement of a verb of speech or thought ("half said
    so", "most said yes", "others say the same of him", "she thinks otherwise", "when he said that"): token
    range of the word with its phrase ("the same of him"). A demonstrative only as the object ("that" may
    also open a clause)."""
    for child in verb.rights:
        if child.lower_ not in ctx.lexicon.pro_form_contents or child.dep_ not in _PRO_FORM_DEPS:
            continue
        if child.lower_ in _DEMONSTRATIVES and (child.dep_ != "dobj" or any(True for _ in child.children)):
            continue
        last = child.right_edge.i + 1
        after = ctx.doc[last] if last < len(ctx.doc) else None
        if child.lower_ == "same" and after is not None and after.dep_ == "prep" and after.head.i == verb.i:
            last = after.right_edge.i + 1  # "say the same of Trump"
        return child.left_edge.i, last
    return None


def _only_listener(verb: Token) -> bool:
    """A verb of telling whose complement is a bare object, with nothing told about ("warned the tenants last
    week", "told reporters in Iowa"; not "warned the tenants of a rise", "reminded voters of X", "advised
    the firm on its sale" nor "warned them to leave")."""
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    if any(c.dep_ in ("prep", "acl", "relcl") for o in objects for c in o.children):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "oprd", "prep") and not _when_or_where(c) for c in verb.rights)


def _when_or_where(prep: Token) -> bool:
    """An adjunct saying when or where it was told: its object is a date, a time or a place."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in _WHEN_OR_WHERE for o in prep.children)


def _judged_on_grounds(ctx: Context, verb: Token, lemma: str, unit: Unit) -> Candidate | None:
    """"the mayor was criticized by two councillors for skipping the briefing", "the clerk is accused of taking
    bribes": a passive verb of judging with the grounds it judges on attributes the whole charge — the one
    judged and the grounds, one piece from the subject to the grounds' end, around the cue (the lexicon's
    ``passive_grounds`` name each verb's preposition). The source is the agent, when there is one, and only
    the agent: a subject borrowed from a coordinated clause is not who judged ("The team won, and the coach
    was blamed …"). A verb that judges only people or bodies (``actors_judged``) needs one as its subject:
    "the phone was charged with a solar panel" judges no one."""
    prepositions = ctx.lexicon.passive_grounds.get(lemma)
    if not prepositions or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children):
        # "could be charged with …", "was not accused of …": a judgement not (yet) made by anyone
        return None
    subject = nominal_subject(verb, before=True)
    grounds = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in prepositions
                    and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
    if subject is None or grounds is None or subject.tag_ in RELATIVE_TAGS or subject.lower_ in EXPLETIVES:
        return None  # an expletive names no one; a relative word's clause is read with its antecedent's sentence
    if lemma in ctx.lexicon.actors_judged and not (_actor_mention(ctx, subject) or _act_grounds(grounds)):
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("auxpass", "aux", "neg") and c.i < verb.i])
    source = _passive_agent(verb)
    cue = Cue(first, verb.i, source.i if source is not None else None)
    return _span_candidate(ctx, cue, max(subject.left_edge.i, unit.start), min(grounds.right_edge.i + 1, unit.end))


def _actor_mention(ctx: Context, noun: Token) -> bool:
    """Does the noun name a person or a body: a personal pronoun, a noun the actor stage codes (when the caller
    gives its reading), or a person, group, organisation or place the model names?"""
    if noun.pos_ == "PRON":
        return True
    if ctx.lookup is not None and ctx.lookup(ctx.doc, noun):
        return True
    return noun.ent_type_ in ACTOR_ENTITIES


def _act_grounds(grounds: Token) -> bool:
    """Grounds that are an act, a gerund ("charged with taking bribes"): its understood subject is the one
    judged (subject control), who thus acts — a person or a body."""
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in grounds.children)


def _passive_agent(verb: Token) -> Token | None:
    """The object of a passive verb's by-phrase ("was criticized by the skippers"): who did what it says."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _sourceless(ctx: Context, verb: Token, unit: Unit, kind: str | None) -> list[Candidate] | None:
    return _passive_candidates(ctx, verb, unit, sourceless_content(ctx, verb), None, kind)


def _agent_passive(ctx: Context, verb: Token, speaker: Token, unit: Unit) -> list[Candidate] | None:
    """"The move was seen by many as a blow": a passive cue with its source in the agent has the content it
    would have without one (sourceless.py), the subject and the complement around the cue."""
    return _passive_candidates(ctx, verb, unit, agent_passive_content(ctx, verb), speaker.i)


def _passive_candidates(ctx: Context, verb: Token, unit: Unit, pieces: list[tuple[int, int]] | None,
                        speaker: int | None, kind: str | None = None) -> list[Candidate] | None:
    """The content pieces (token ranges) of a passive cue, within the unit; the cue runs from its first
    auxiliary or negation ("was not seen") to the verb."""
    if pieces is None:
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("auxpass", "aux", "neg") and c.i < verb.i])
    cue = Cue(first, verb.i, speaker)
    found = [_span_candidate(ctx, cue, max(start, unit.start), min(end, unit.end), kind) for start, end in pieces]
    return [c for c in found if c is not None] or None


def _unsourced_clause(ctx: Context, verb: Token, unit: Unit) -> Candidate | None:
    """A verb of speech or thought in a clause of its own whose subject the parse lost or that has none ("in
    an interview - held on Monday - Diaz continued to assert that …" with the name parsed into the
    interview's phrase; "it is worth pointing out that …"): the that-clause is still reported speech, which
    PARC attributes without a source. Only a stated clause (a finite verb, or an infinitive or gerund hanging
    on one), never an imperative ("Note that …") nor a participle describing a noun."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not clauses or not _stated(verb):
        return None
    return _leading(ctx, Cue(verb.i, verb.i, None), verb, clauses, unit)


def _stated(verb: Token) -> bool:
    if verb.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in verb.children if c.dep_ == "aux"):
        return True
    head = verb.head
    return (verb.dep_ in ("xcomp", "acomp") and head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ")
            and _stated(head))


def _complement(ctx: Context, verb: Token, lemma: str) -> tuple[int, int, int, str] | None:
    """Token range [first, last) of an infinitive, object or prepositional content, the cue's last token,
    and what the content is: an eventuality (an infinitive: what is wanted, planned or asked for) or a
    stance toward what the object names."""
    lexicon = ctx.lexicon
    if lemma in lexicon.infinitive_verbs:
        found = infinitive_content(verb) or _adjacent_infinitive(verb)
        if found is not None:
            return found[0], found[1], verb.i, EVENTUALITY
    if lemma in lexicon.object_verbs or lemma in lexicon.naming_verbs:
        found = object_content(verb, lemma in lexicon.object_verbs and lemma not in lexicon.clause_verbs, lexicon)
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if found is not None and obj is not None and not _judged(lexicon, lemma) and carries_clause(ctx, obj):
            found = None  # "repeated his claim that …": the noun is the cue
        if found is not None and lemma in lexicon.discovery_verbs and _only_discovered(ctx, verb, obj):
            found = None  # "found ways to press his agenda": what was come upon, not a judgement
        if found is not None and _addressee_only(ctx, verb, found):
            found = None  # "asked the minister", "warned voters": who was spoken to, not what was said
        if found is not None and (lemma in lexicon.object_verbs or _characterised(ctx, verb, found)):
            kind = ASSERTION if lemma in lexicon.naming_verbs else _stance_or_request(verb)
            return found[0], found[1], verb.i, kind
    said = _said_object(ctx, verb, lemma)
    if said is not None:
        return said[0], said[1], verb.i, ASSERTION
    prepositional = preposition_content(ctx, verb)
    if prepositional is not None:
        preposition, first, last = prepositional
        return first, last, preposition, _stance_or_request(verb)
    if lemma in lexicon.object_verbs and not _perceived(lexicon, lemma):
        undergoer = undergoer_content(verb)
        if undergoer is not None:
            return undergoer[0], undergoer[1], verb.i, STANCE
    return None


def _addressee_only(ctx: Context, verb: Token, found: tuple[int, int]) -> bool:
    """The content read from the object of a verb of telling or asking is only its addressee, with nothing
    after it that says what was told or asked: "“…?” the reporter asked the minister" attributes no content
    "the minister"; "warned farmers of a drought" keeps what the warning was of."""
    obj = addressee(ctx, verb)
    return obj is not None and found[0] <= obj.i < found[1] and found[1] <= obj.i + 1


def _adjacent_infinitive(verb: Token) -> tuple[int, int] | None:
    """A to-infinitive right after a verb that takes one ("Farmers vow to block the highway"), which the
    parser labelled a clause of purpose: nothing between the verb and "to" (an adverb aside), so it is the
    verb's complement, not an adjunct ("met on Monday to plan" keeps its adjunct)."""
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ != "advcl" or not has_to(child):
            continue
        start = child.left_edge.i
        between = doc[verb.i + 1 : start]
        if doc[start].lower_ == "to" and all(t.pos_ == "ADV" for t in between):
            return start, child.right_edge.i + 1
        return None
    return None


def _said_object(ctx: Context, verb: Token, lemma: str) -> tuple[int, int] | None:
    """A verb of saying whose object is a noun naming what was said ("says racist things", "said the same
    thing", "was saying the opposite"): the object is the content. Not a person or body (a parse of "…, said the
    minister"), nor a bare pronoun ("said it")."""
    lexicon = ctx.lexicon
    if lemma not in lexicon.saying_objects:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in ACTOR_ENTITIES:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.rights):
        return None  # "said Tuesday the talks failed": the clause is what was said
    return object_content(verb, lexicon=lexicon)


def _judged(lexicon: CueLexicon, lemma: str) -> bool:
    """A verb of stance, not of saying: what it judges is its whole object, another's attribution included
    ("decried his calls to ban the books", "challenged the claim that …" — only the outermost attribution is
    kept, PARC), where a verb of saying or a light verb carries the noun's own ("repeated his claim that …")."""
    return (lemma in lexicon.object_verbs and lemma not in lexicon.clause_verbs and lemma not in lexicon.light_verbs
            and lemma not in lexicon.infinitive_verbs and lemma not in lexicon.naming_verbs)


def _perceived(lexicon: CueLexicon, lemma: str) -> bool:
    """A verb whose object is what was seen, found, known or shown rather than judged ("the memo seen by
    Reuters", "the signs she found"): its undergoer is no content."""
    return (lemma in lexicon.thought_verbs or lemma in lexicon.evidence_verbs or lemma in lexicon.quoting_verbs
            or lemma in lexicon.discovery_verbs)


def _only_discovered(ctx: Context, verb: Token, obj: Token | None) -> bool:
    """A verb of discovery with a bare object and no evidence as subject: "found the posts", "found ways to
    win". A judgement says something of the object ("found him a liar", "found it to be useless", "found her
    leading", "found them as honest as ever") or comes from evidence ("the poll found support")."""
    if obj is None:
        return False
    subject = nominal_subject(verb)
    if subject is not None and subject.lemma_.lower() in ctx.lexicon.evidence_nouns:
        return False
    if any(c.i > obj.i and ((c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBN")) or c.lower_ == "as")
           for c in obj.children):
        return False  # "found Trump receiving 20 percent": a small clause
    return not any(c.i > verb.i and (c.dep_ in ("xcomp", "ccomp", "oprd", "acomp", "advmod")
                                     or (c.dep_ == "prep" and c.lower_ in ("as", "with")))
                   for c in verb.children)


def _stance_or_request(verb: Token) -> str:
    """"urged Congress to act", "called on them to resign": a request, an eventuality; else a stance."""
    return EVENTUALITY if any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i and c.tag_ != "VBG"
                              for c in verb.children) else STANCE


def _characterised(ctx: Context, verb: Token, span: tuple[int, int]) -> bool:
    """A naming verb's object says something of what it names ("called that wishful thinking", "called
    the quarrel unusual"); a bare name or pronoun does not ("called Putin" is a telephone call)."""
    words = [t for t in ctx.doc[span[0] : span[1]] if not t.is_punct]
    return len(words) > 1 and not all(t.pos_ in ("PROPN", "PRON") for t in words)


def _depicted(ctx: Context, verb: Token) -> Candidate | None:
    """"Cruz has cast him as weak", "painting the mogul as part of the elite": a verb of depicting is a naming
    verb only with an "as" phrase on it or on its object (not "cast a vote", "presented a plan")."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    holders = [verb] if obj is None else [verb, obj]
    if not any(c.dep_ == "prep" and c.lower_ == "as" for h in holders for c in h.rights):
        return None
    return naming(ctx, verb)


def _experiencer(ctx: Context, verb: Token) -> Candidate | None:
    """"The ruling angered Democrats": the one who feels (the object) is the source, what the feeling is about
    (the subject) the content (frames.experiencer_content)."""
    found = experiencer_content(verb, ctx.lexicon.no_feelers)
    if found is None:
        return None
    cue_first, first, last, feeler = found
    if not _may_feel(ctx, feeler):
        return None  # "the storm disturbed the schedule": what was disturbed feels nothing
    unit = ctx.layout.unit_of(verb)
    return _span_candidate(ctx, Cue(cue_first, verb.i, feeler.i), max(first, unit.start), min(last, unit.end),
                           BELIEF)


def _may_feel(ctx: Context, feeler: Token) -> bool:
    """Someone who can feel: a person's pronoun but the reader's "you", a word of people ("anyone", "many"), a
    named person, people or body, or a mention the actor stage read as an actor ("some Democrats")."""
    if feeler.pos_ == "PRON":  # not the reader a headline teases ("it might surprise you")
        return feeler.lower_ not in ctx.lexicon.no_feelers and feeler.lower_ not in ctx.lexicon.reader_pronouns
    return (feeler.ent_type_ in ACTOR_ENTITIES or feeler.lower_ in ctx.lexicon.perspective_holders
            or (ctx.lookup is not None and bool(ctx.lookup(ctx.doc, feeler))))


def _span_candidate(ctx: Context, cue: Cue, first: int, last: int, kind: str | None = None) -> Candidate | None:
    if first >= last:
        return None
    start, end = trim_content(ctx, ctx.doc[first].idx, end_char(ctx, last))
    return Candidate(start, end, False, cue, kind=kind)


def _leading(ctx: Context, cue: Cue, verb: Token, clauses: list[Token], unit: Unit) -> Candidate | None:
    found = clause_content(ctx, verb, clauses, unit.end)
    if found is None:
        return None
    first, last = found
    first = max(first, unit.start)
    while first < last and ctx.doc[first].is_punct:
        first += 1
    if first >= last:
        return None
    content = list(ctx.doc[first:last])
    comma_led = ctx.doc[verb.i + 1].text == "," if verb.i + 1 < len(ctx.doc) else False
    direct = comma_led and voice(content, ctx.lexicon) == "first"
    start, end = trim_content(ctx, ctx.doc[first].idx, end_char(ctx, last))
    return Candidate(start, end, direct, cue)


def _finite_xcomp(verb: Token) -> list[Token]:
    """"a drug which doctors say saves lives", "who aides say was tired": when a relative clause takes the
    subject out of the clause after the cue, the parser can call that clause an open complement, which in
    English is never finite; a finite verb there (or one with a modal) is the cue's clause. Only in a relative
    clause or after a wh-word, where the subject is gapped: elsewhere a finite "complement" is a clause the
    parser joined wrongly ("shouted “Cruz,” Beck joked")."""
    if verb.dep_ != "relcl" and not any(c.tag_ in RELATIVE_TAGS for c in verb.lefts):
        return []
    return [c for c in verb.rights if c.dep_ == "xcomp" and (c.tag_ in FINITE_TAGS or any(
        a.dep_ == "aux" and a.tag_ in FINITE_TAGS for a in c.children))
        and not any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]


def _clause_after_adjunct(verb: Token) -> list[Token]:
    """"said in a statement that …": the parser hangs the that-clause on the adjunct's noun — also on a noun
    further inside it ("told reporters at a news conference on Capitol Hill that …"), and as a relative
    clause of that noun ("said for the first time that some emails have been located")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        found = _that_clause_in_adjunct(prep, depth=3)
        if found is not None:
            return [found]
    return []


_GAP_FILLING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
_OWN_OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})


def _that_clause_in_adjunct(prep: Token, depth: int) -> Token | None:
    for noun in prep.children:
        if noun.dep_ != "pobj":
            continue
        for clause in noun.children:
            if clause.i > noun.i and _complement_that(clause):
                return clause
        if depth > 1:
            for inner in noun.children:
                if inner.dep_ == "prep" and inner.i > noun.i:
                    found = _that_clause_in_adjunct(inner, depth - 1)
                    if found is not None:
                        return found
    return None


def _complement_that(clause: Token) -> bool:
    """A clause opened by "that" that is a complement, not a relative clause of the noun it hangs on: "that"
    marks it, or the parser read "that" as a relative word the clause has no gap for (it has a subject of its
    own and "that" is no object it lacks, "the time that some emails have been located", or the tagger took
    it for a complementiser)."""
    if clause.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that":
        return False
    if that.dep_ == "mark" and that.head.i == clause.i:
        return True
    if clause.dep_ != "relcl" or that.head.i != clause.i or that.dep_ in ("nsubj", "nsubjpass"):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != that.i]
    if not subjects:
        return False
    if that.dep_ not in _GAP_FILLING_DEPS or that.tag_ == "IN":  # the tagger read it as a complementiser
        return True
    return any(c.dep_ in _OWN_OBJECT_DEPS and c.i != that.i for c in clause.children) or any(
        c.dep_ == "nsubjpass" for c in clause.children)


def _adjective(ctx: Context, adjective: Token) -> Candidate | None:
    """"Democrats are confident that the bill will pass", "farmers are angry that …": the clause is what the
    subject believes or feels about. Only a predicate adjective with a that-clause of its own and a subject
    that is no expletive ("it is certain that …" is the writer's), and no degree word asking for a result
    ("so angry that she left": the clause is what followed, not what the feeling is about)."""
    holder = _adjective_holder(adjective)
    if holder is None or any(c.dep_ == "advmod" and c.lower_ in _RESULT_DEGREES for c in adjective.children):
        return None
    clauses = [c for c in adjective.children if c.dep_ == "ccomp" and c.i > adjective.i] or _clause_of_copula(
        adjective, holder)
    subject = next((c for c in holder.children if c.dep_ == "nsubjpass" and c.i < holder.i), None)
    speaker = speaker_of(holder, ctx.lexicon) if subject is None else subject
    if not clauses or speaker is None or speaker.lower_ in ("it", "there", "this"):
        return None
    if adjective.lower_ not in ctx.lexicon.belief_adjectives and not any(
            m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children):
        return None  # a feeling's bare clause ("were upset he …") is as often what a speaker around it said
    found = _leading(ctx, Cue(adjective.i, adjective.i, speaker.i), adjective, clauses,
                     ctx.layout.unit_of(adjective))
    return replace(found, kind=BELIEF, direct=False) if found is not None else None


_RESULT_DEGREES = frozenset({"so", "too", "such"})


def _adjective_holder(adjective: Token) -> Token | None:
    """The word that carries a predicate adjective's subject: the copula ("are confident"), the copula of the
    first of coordinated predicates ("were pleased with the speech and confident that …"), or a participle
    the parser read as a passive ("was disappointed that …": the participle itself, with its own subject)."""
    if adjective.dep_ == "acomp":
        return adjective.head
    if adjective.dep_ == "conj" and adjective.head.dep_ == "acomp" and adjective.head.i < adjective.i:
        return adjective.head.head
    if adjective.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in adjective.children) \
            and any(c.dep_ == "nsubjpass" for c in adjective.children):
        return adjective
    return None


def _clause_of_copula(adjective: Token, holder: Token) -> list[Token]:
    """"She was adamant that the board keep control": the parser may hang the adjective's that-clause on the
    copula; a that-clause right after the adjective is still the adjective's, and so is one after the
    copula's adjuncts of time or manner ("were hopeful Monday that …", "is confident now that …")."""
    after = adjective.i + 1
    while after < len(adjective.doc) and _copula_adjunct(adjective.doc[after], holder):
        after = adjective.doc[after].right_edge.i + 1
    return [c for c in holder.children if c.dep_ == "ccomp" and c.left_edge.i == after
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _copula_adjunct(token: Token, holder: Token) -> bool:
    """A time or manner adjunct of the copula between its adjective and the clause: "Monday", "on Tuesday",
    "again", "privately" — not a listener or an object, after which a clause is no longer the adjective's."""
    if token.head.i != holder.i:
        return False
    if token.dep_ in ("npadvmod", "advmod"):
        return True
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in _WHEN_OR_WHERE for c in token.children)


def _made_clear(ctx: Context, adjective: Token) -> Candidate | None:
    """"The mayor made it clear (to the council) that …": the predicate of "make" declares the that-clause;
    the subject of "make" is the source. The parser hangs the clause on the adjective, on "make" or on the
    listener, so the clause is found by its "that", a few words on; it ends where the clause "that" marks
    does (", touting …" is the writer's), or with the sentence."""
    make = adjective.head
    if make.lemma_.lower() != "make" or adjective.i < make.i or adjective.i - make.i > 2:
        return None
    speaker = speaker_of(make, ctx.lexicon)
    unit = ctx.layout.unit_of(adjective)
    if speaker is None:
        return None
    doc = ctx.doc
    limit = min(unit.end, adjective.i + 1 + _MAX_LISTENER)
    that = next((i for i in range(adjective.i + 1, limit) if doc[i].lower_ == "that"), _bare_clause(adjective))
    if that is None or any(doc[i].is_punct for i in range(adjective.i + 1, that)):
        return None
    cue = Cue(make.i, adjective.i, speaker.i)
    clause = doc[that].head if doc[that].dep_ == "mark" else None
    end = unit.end if clause is None else min(unit.end, clause.right_edge.i + 1)
    return _span_candidate(ctx, cue, that, end, ASSERTION)


def _bare_clause(adjective: Token) -> int | None:
    """"The mayor made clear he would not resign": a that-clause without its "that", right after the adjective
    (the parser hangs it on the adjective or on "make"), a clause with a subject of its own; not "made clear
    progress" (no clause) nor "made it clear, as he left, …" (not right after)."""
    start = adjective.i + 1
    for holder in (adjective, adjective.head):
        for child in holder.rights:
            if child.dep_ in _BARE_CLAUSE_DEPS and child.left_edge.i == start and has_nominal_subject(child):
                return start
    return None


_BARE_CLAUSE_DEPS = frozenset({"ccomp", "advcl"})


# --- naming verbs and source phrases ----------------------------------------------------------------


def _hearsay(ctx: Context, adverb: Token) -> Candidate | None:
    """"The firm has reportedly drawn fire": the clause, with no source; not when it modifies a cue verb ("X
    reportedly said Y": the verb's own attribution says who)."""
    if cue_lemma(adverb.head, ctx.lexicon) in ctx.lexicon.clause_verbs:
        return None
    found = hearsay_clause(ctx, adverb)
    if found is None:
        return None
    unit = ctx.layout.unit_of(adverb)
    return _span_candidate(ctx, Cue(adverb.i, adverb.i, None), max(found[0], unit.start), min(found[1], unit.end),
                           ASSERTION)


def _attitude(ctx: Context, adjective: Token) -> Candidate | None:
    found = attitude_content(ctx, adjective)
    if found is None:
        return None
    cue, first, last, kind, source = found
    # "the schedule was disturbed by the storm", "the plan, critical of the rules": a participle of feeling and an
    # adjective beside a clause or a noun hold an attitude only of one who can feel
    set_beside = predicate_holder(adjective) is None
    if (adjective.lower_ not in ctx.lexicon.attitude_adjectives or set_beside) and not _may_feel(ctx, source):
        return None
    return _span_candidate(ctx, cue, first, min(last, ctx.layout.unit_of(adjective).end), kind)


def _side_taken(ctx: Context, preposition: Token) -> Candidate | None:
    """"Clinton was for the pact before she was against it": "be" and a preposition taking a side (the lexicon's
    side_prepositions), with someone who can hold a view as subject (:func:`_may_feel`) and only a negation or a
    degree adverb between ("is not for it", "was strongly against it") — not a place or time word ("was there for
    the vote", "was home for the holidays") — is a stance of the subject toward the preposition's object. Not when
    "be" has a predicate of its own ("was ready for the vote", "is a fighter for the poor") or the object is a
    time or an amount ("was for two hours", "is for $5")."""
    be = preposition.head
    if preposition.dep_ != "prep" or be.lemma_ != "be" or be.i > preposition.i:
        return None
    if any(c.dep_ in _PREDICATE_DEPS for c in be.children):
        return None
    between = ctx.doc[be.i + 1 : preposition.i]
    if any(t.dep_ not in ("neg", "advmod") or t.lower_ in ctx.lexicon.place_adverbs for t in between):
        return None
    subject = nominal_subject(be)
    target = next((c for c in preposition.children if c.dep_ in ("pobj", "pcomp")), None)
    if (subject is None or subject.lower_ in EXPLETIVES or not _may_feel(ctx, subject) or target is None
            or target.ent_type_ in _NO_SIDE_ENTITIES or not _stance_object(target)):
        return None
    cue = Cue(be.i, preposition.i, subject.i)
    return _span_candidate(ctx, cue, target.left_edge.i, min(target.right_edge.i + 1,
                                                              ctx.layout.unit_of(preposition).end), STANCE)


def _stance_object(target: Token) -> bool:
    """What a side can be taken on: a named party or law, a pronoun standing for one ("was against *it*"), an act
    ("is for *raising* taxes"), or a noun of a plan, policy, cause or party (:func:`stance_objects`); never a thing
    touched or a stretch of time ("against the wall", "for a while")."""
    if target.ent_type_ in _SIDE_ENTITIES or target.pos_ in ("PRON", "PROPN", "VERB") or target.dep_ == "pcomp":
        return True
    return target.lemma_.lower() in stance_objects() or target.lower_ in stance_objects()


_SIDE_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE", "LAW", "EVENT"})
# "be" with a predicate of its own ("ready for", "a fighter for"); times and amounts no one takes a side on
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "ccomp", "xcomp"})
_NO_SIDE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})


def _poll_adjunct(ctx: Context, token: Token) -> Candidate | None:
    found = poll_adjunct(ctx, token)
    if found is None:
        return None
    cue, first, last = found
    unit = ctx.layout.unit_of(token)
    return _span_candidate(ctx, cue, max(first, unit.start), min(last, unit.end), ASSERTION)


def _idiom(ctx: Context, verb: Token) -> Candidate | None:
    """"The mayor took aim at the unions": a stance of the verb's subject toward the preposition's object."""
    found = idiom_content(ctx, verb)
    speaker = speaker_of(verb, ctx.lexicon) if found is not None else None
    if found is None or speaker is None:
        return None
    preposition, first, last = found
    cue = Cue(quoting_cue_start(verb, ctx.lexicon), preposition, speaker.i)
    return _span_candidate(ctx, cue, first, min(last, ctx.layout.unit_of(verb).end), STANCE)


def _received(ctx: Context, noun: Token) -> Candidate | None:
    """"won the endorsement of the unions": the subject, a stance the holder takes toward it."""
    found = received_stance(ctx, noun)
    if found is None:
        return None
    cue, first, last = found
    return _span_candidate(ctx, cue, first, last, STANCE)


def _noun(ctx: Context, noun: Token) -> Candidate | None:
    found = noun_attribution(ctx, noun)
    if found is None:
        return None
    cue, first, last, kind = found
    unit = ctx.layout.unit_of(noun)
    return _span_candidate(ctx, cue, first, min(last, unit.end), kind)


