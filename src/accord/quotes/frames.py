"""What a cue verb's complement attributes, by the verb's class (cues.yaml):

* clause:      "Aides say the more delegates he takes, the more leverage he has" — the that- or wh-clause,
               running on to the end of the sentence unless the cue has a clause of its own there;
* infinitive:  "Sanders plans to stay in the race" — the to-infinitive, with "to";
* object:      "Palmieri accused Sanders of taking cues from Republicans", "urged Democrats to vote" — the
               object and what completes it (of-, for-, about-, as-phrases, an infinitive);
* preposition: "Democrats called for an investigation" — the object of the preposition, which joins the cue.

PARC marks the content without its recipient ("told reporters that …" attributes the clause), without the
cue's adjuncts ("criticized the plan on Thursday"), and keeps "that" and "to" that introduce it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.quotes.candidates import Context
from accord.quotes.lexicon import CueLexicon
from accord.quotes.syntax import cue_lemma, finite_auxiliary, glued_hyphen, is_cue_verb
from accord.syntax import RELATIVE_TAGS as _RELATIVE_TAGS
from accord.syntax import RELATIVE_WORD_TAGS, SUBJECT_OR_EXPLETIVE_DEPS, bare_relative, nominal_subject

_CLAUSE_BREAKS = frozenset({"advcl", "conj", "cc"})
_INFINITIVE_DEPS = frozenset({"xcomp", "ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})
# what completes an object: "accused X of Y", "praised X for Y", "asked X about Y", "described X as Y",
# "urged X to Y", "called X Y"
_COMPLETING_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp"})
_ADJUNCT_CONTENT_DEPS = frozenset({"prep", "advmod", "npadvmod", "dative", "appos"})
_SOURCE_PREPOSITIONS = frozenset({"according"})  # "according to X" opens a source phrase, not content
_ASIDES = frozenset({"relcl", "acl", "appos"})
_ASIDE_MARKS = frozenset({",", "—", "–", "-"})
_CONDITIONS = frozenset({"if", "unless"})
# prepositions that complete an object verb's content ("accused X of", "blamed X for", "warned X against"),
# not adjuncts that say where or how it was said
_COMPLETING_PREPOSITIONS = frozenset({"of", "for", "against", "over", "into", "as"})
# prepositions that open an adjunct of the cue's setting, never its content
# ("at" and "in" are left out: the parser hangs on the cue many a phrase that describes the object, "the
# officials at the agency", "interest in expanding")
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "following", "by", "via"})
_EVENT_PREPOSITIONS = frozenset({"during", "amid", "despite", "throughout"})  # circumstances with any object
_MAX_GAP = 8  # tokens between the cue and its content: "said in a statement on Tuesday that"
_MAX_GAP_BEFORE_THAT = 20  # "told an audience at a festival in Houston last week that …": "that" marks it


def clause_content(ctx: Context, verb: Token, clauses: list[Token], end_limit: int) -> tuple[int, int] | None:
    """Token range [first, last) of a clause complement, run on to the sentence's end unless the cue has a
    clause of its own there (", adding that …") or the sentence goes on with a clause not spoken."""
    first = max(verb.i + 1, min(c.left_edge.i for c in clauses))
    if _subject_hung_on_cue(verb, clauses[0], first):
        first = verb.i + 1
    gap = _MAX_GAP_BEFORE_THAT if ctx.doc[first].lower_ == "that" else _MAX_GAP
    if first - verb.i > gap:
        return None  # the parser hung a far clause on the cue
    last = min(end_limit, max(c.right_edge.i for c in clauses) + 1)
    own = _next_attribution(ctx, verb, first, last)
    if own < last:
        return first, own
    if verb.dep_ != "ROOT":
        return first, last  # a cue inside a clause speaks for that clause only ("who believe …, are …")
    for i in range(last, end_limit):
        token = ctx.doc[i]
        if token.head.i == verb.i and not token.is_punct and not _continues_content(ctx, token):
            return first, _phrase_start(ctx, token, last, i)
    return first, end_limit


def _phrase_start(ctx: Context, token: Token, last: int, at: int) -> int:
    """Where the cue's dependent that ends the content begins: its own first word ("said they back Jones and
    most *have not* announced a choice": the auxiliary before the coordinated verb is not said either), and
    before a conjunction that joins it."""
    start = min(at, max(last, token.left_edge.i))
    while start > last and ctx.doc[start - 1].dep_ == "cc" and ctx.doc[start - 1].head.i == token.head.i:
        start -= 1
    return start


def relative_word(verb: Token, clauses: list[Token]) -> int | None:
    """"a plan which critics say was rushed": in a relative clause the relative word fills the gap in the
    cue's content, and PARC's content is that word and the clause after the cue ("which … was rushed"), a
    piece of its own; the noun it stands for stays out, as taking it in would be resolving coreference."""
    if verb.dep_ != "relcl":
        return None
    first = min(c.left_edge.i for c in clauses)
    if first >= verb.i or verb.doc[first].tag_ not in ("WDT", "WP", "WP$"):
        return _gap_word_on_cue(verb)
    return first


def sluiced_question(verb: Token) -> tuple[int, int] | None:
    """Token range [first, last) of a question word standing alone after a verb of saying or thinking, its
    clause left out as the sentence before tells it (a sluice): "but would not say why", "did not say when",
    "declined to say how much", "said little about how". The word stands for the question the content would
    answer, and PARC annotates it as the content, as it does "so" in "said so". Only a bare word that ends its
    clause and shares no clause with a question after it: "would not say how many troops were sent", "would not
    say when, or if, the vote will come" have their clause, read as such."""
    for child in verb.rights:
        word = child
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPOSITIONS:
            word = next((o for o in child.children if o.dep_ in ("pobj", "pcomp")), child)
        found = _bare_question(word)
        if found is not None:
            return found
    return None


_QUESTION_TAGS = frozenset({"WRB", "WP"})
_SLUICE_DEPS = frozenset({"advmod", "dobj", "pobj", "pcomp"})
_AMOUNT_WORDS = frozenset({"much", "many"})  # "how much", "how many": the question word with its degree


def _bare_question(word: Token) -> tuple[int, int] | None:
    """The token range of ``word`` when it is a question word (or "how much", "how many") with nothing of its
    own under it, ending its clause."""
    first = word
    if word.lower_ in _AMOUNT_WORDS and word.dep_ in _SLUICE_DEPS:
        first = next((c for c in word.lefts if c.tag_ == "WRB"), word)
    elif word.tag_ not in _QUESTION_TAGS or word.dep_ not in _SLUICE_DEPS:
        return None
    if first.tag_ not in _QUESTION_TAGS or any(True for c in word.children if c.i != first.i):
        return None
    after = word.i + 1
    doc = word.doc
    if after < len(doc) and not (doc[after].is_punct or doc[after].dep_ == "cc"):
        return None
    if _another_question_follows(doc, after):
        return None  # "would not say when, or if, the board will vote": the questions share the clause after
    return first.i, after


def _another_question_follows(doc: Doc, at: int) -> bool:
    """A question word or "if"/"whether" right after the punctuation and conjunctions at ``at``."""
    while at < len(doc) and (doc[at].is_punct or doc[at].dep_ == "cc"):
        at += 1
    return at < len(doc) and (doc[at].tag_ in _QUESTION_TAGS or doc[at].lower_ in _QUESTION_MARKS)


_QUESTION_MARKS = frozenset({"if", "whether"})


def gap_filler(verb: Token, when_how_why: frozenset[str]) -> tuple[int, int] | None:
    """Token range [first, last) of what fills the gap in a cue's content when the cue, with a subject of its own,
    is in a relative clause or a free relative: the relative word before the subject ("a tariff which the mayor
    vowed to repeal": "which … to repeal"; "what the senator wanted to hear"), or, in a relative clause with
    none ("the dam the governor wants to build", "a project engineers say will flood the valley"), the noun
    phrase the clause follows, up to its head noun — the only words that say what is wanted, built or said to
    flood. Not when a relative word is in the cue's subject (who speaks is the source: "all of whom opposed
    it"), nor after a word of place, time, manner or reason ("the hall where she said …", "the day the union
    plans to strike", "the reason voters say they left": ``when_how_why``; the content has no gap)."""
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(t.tag_ in RELATIVE_WORD_TAGS for s in subjects for t in s.subtree):
        return None
    before = list(verb.doc[verb.left_edge.i : subjects[0].left_edge.i])
    if before:
        first = before[0]
        return (first.i, first.i + 1) if first.tag_ in _RELATIVE_TAGS and len(before) == 1 else None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 != verb.left_edge.i:
        return None
    if not bare_relative(verb, lambda antecedent: antecedent.lemma_.lower() in when_how_why):
        return None
    return noun.left_edge.i, noun.i + 1


def _gap_word_on_cue(verb: Token) -> int | None:
    """"a drug which doctors say saves lives": the parser may hang the relative word on the cue as a second
    subject beside the speaker; it still fills the gap in the content, not the cue's subject slot."""
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2 or subjects[0].tag_ not in _RELATIVE_TAGS or subjects[-1].tag_ in _RELATIVE_TAGS:
        return None
    return subjects[0].i


def _subject_hung_on_cue(verb: Token, clause: Token, first: int) -> bool:
    """"The office said about half of the rise reflected lower revenue": the parser hangs the clause's subject
    on the cue (as its object or adjunct) and leaves the clause without one; the words between the cue and the
    clause then open the content. Not when the clause has a subject or "that" of its own, nor across
    punctuation ("said on Tuesday, …")."""
    if first <= verb.i + 1 or clause.dep_ != "ccomp":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
        return False
    between = verb.doc[verb.i + 1 : first]
    return not any(t.is_punct or t.lower_ == "that" for t in between)


def _next_attribution(ctx: Context, verb: Token, first: int, last: int) -> int:
    """Where a clause coordinated inside the content begins an attribution of its own — a cue verb with its
    own subject after "and"/"but" ("said the mayor is honest, and two-thirds said the same of her rival",
    "said X, and he railed against Y"): the content ends before the conjunction. A second that-clause ("…,
    but that she would not …") is still what the first cue says."""
    doc = ctx.doc
    for i in range(first + 1, last):
        token = doc[i]
        if token.dep_ not in ("conj", "ccomp") or not is_cue_verb(token, ctx.lexicon):
            continue
        if token.dep_ == "ccomp" and token.head.i != verb.i:
            continue
        subject = nominal_subject(token, before=True)
        if any(c.dep_ == "mark" for c in token.children):
            continue
        if subject is None:
            if _speaker_goes_on(ctx, verb, token) and doc[i - 1].dep_ == "cc" and i - 1 > first:
                return i - 1
            continue
        start = subject.left_edge.i
        if start > first and doc[start - 1].dep_ == "cc":
            return start - 1
    return last


def _speaker_goes_on(ctx: Context, verb: Token, token: Token) -> bool:
    """"says the response was to break them up and says he introduced a bill", "said she has released her
    returns and called on Sanders to do the same": a speech verb conjoined inside the content, in the cue's
    own tense, tells what the speaker did next (the parser hangs it on the content's verb)."""
    lemma = cue_lemma(token, ctx.lexicon)
    speaking = lemma in ctx.lexicon.speech_verbs or lemma in ctx.lexicon.naming_verbs
    return speaking and token.dep_ == "conj" and token.tag_ == verb.tag_ and token.head.tag_ != verb.tag_


def _continues_content(ctx: Context, token: Token) -> bool:
    """A clause coordinated with the cue that has a subject of its own and no cue of its own goes on with
    what was said ("said her country was watching …, and there was a strong current …"); a coordinated verb
    without a subject tells what the speaker did ("… but did not suggest …"); an adjunct of the cue
    ("…, despite …", "…, compared with …") is the writer's."""
    if token.dep_ == "cc":
        following = next((c for c in token.head.rights if c.dep_ == "conj" and c.i > token.i), None)
        return following is not None and _continues_content(ctx, following)
    if _condition(token):
        return True  # "would resign if they lost": the condition is part of what is said
    if token.dep_ != "conj" or is_cue_verb(token, ctx.lexicon):
        return False
    return any(c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for c in token.children)


def infinitive_content(verb: Token) -> tuple[int, int] | None:
    """'plans to run for the Senate' -> "to run for the Senate"; with an object before the infinitive, the
    object too: 'asked lawmakers to delay the vote' -> "lawmakers to delay the vote" (what is wanted is that
    they delay it, PARC)."""
    for child in verb.rights:
        if child.dep_ in _INFINITIVE_DEPS and has_to(child):
            obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < child.i), None)
            first = obj.left_edge.i if obj is not None and not _is_empty_object(obj) else child.left_edge.i
            if first < verb.i:  # "which the mayor vowed to repeal": the fronted relative word is a piece apart
                first = min(t.i for t in child.subtree if t.i > verb.i)
            listed_after = infinitive_conjuncts(verb, child)
            return first, max([child.right_edge.i] + [c.right_edge.i for c in listed_after]) + 1
    return None


def listed_infinitive(token: Token) -> bool:
    """Whether the token is one of the :func:`infinitive_conjuncts` of its head's to-infinitive, or the
    conjunction before one: a later item of what the cue attributes, no place for the content to end."""
    if token.dep_ == "cc":
        following = next((c for c in token.head.rights if c.dep_ == "conj" and c.i > token.i), None)
        return following is not None and listed_infinitive(following)
    if token.dep_ != "conj":
        return False
    verb = token.head
    infinitive = next((c for c in verb.rights if c.dep_ in _INFINITIVE_DEPS and has_to(c) and c.i < token.i), None)
    if infinitive is not None and token in infinitive_conjuncts(verb, infinitive):
        return True
    # "…, fix the roads and *hire* teachers": a later item is hung on the item before it
    return token.tag_ == "VB" and listed_infinitive(verb)


def infinitive_conjuncts(verb: Token, infinitive: Token) -> list[Token]:
    """"pledged to cut taxes, fix the roads and hire teachers": the parser hangs the later verbs of a list of
    infinitives on the cue. A bare verb without a subject of its own cannot be coordinated with a finite cue
    ("pledged … *fix*"): it is coordinated with the infinitive, and what is pledged runs over the whole list. A
    verb in the cue's own form ("pledged to cut taxes and *praised* the mayor") tells what the speaker did
    next; a cue that is itself a bare verb ("will pledge to cut … and fix") leaves the reading open."""
    if verb.tag_ == "VB" or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.rights if c.dep_ == "conj" and c.i > infinitive.right_edge.i and c.tag_ == "VB"
            # a modal or "do" before the bare verb ("could not find", "didn't respond"): a finite clause of its own
            and not any(d.dep_ in SUBJECT_OR_EXPLETIVE_DEPS or finite_auxiliary(d) for d in c.children)]


def has_to(verb: Token) -> bool:
    """An infinitive: "to" before the verb, or before its auxiliary ("to be limited")."""
    return any(t.dep_ == "aux" and t.lower_ == "to" for t in verb.lefts) or any(
        t.dep_ == "aux" and t.lower_ == "to" for c in verb.lefts if c.dep_ in ("aux", "auxpass") for t in c.lefts)


def object_content(verb: Token, referring_it: bool = False,
                   lexicon: CueLexicon | None = None) -> tuple[int, int] | None:
    """The object and what follows it in the cue's clause: what completes it ("accused Trump of lying",
    "urged Congress to act") and the phrases that go on describing it ("reported a 2.8 percent rate in June,
    one of the lowest"), up to a new clause. ``referring_it``: a bare "it" is the content, as after a verb of
    stance it stands for what the stance is toward ("Democrats opposed it")."""
    found = _object_reach(verb, referring_it, lexicon)
    if found is None:
        return None
    start, last, runs_on = found
    return start, (continued(verb, last, lexicon) if runs_on else last) + 1


def _object_reach(verb: Token, referring_it: bool,
                  lexicon: CueLexicon | None) -> tuple[int, int, bool] | None:
    """The first and last token of the object :func:`object_content` reads, and whether :func:`continued`
    carries the content on after it (not after an aside that closes it)."""
    obj = next((c for c in verb.rights if c.dep_ in _OBJECT_DEPS), None) or _gerund_object(verb)
    if obj is not None and obj.dep_ == "dative":
        # "asked him a question", "promised voters a tax cut": the first of two objects is the listener, what
        # is asked or promised is the second; the bare name of the act ("a question") says nothing of it
        thing = next((c for c in verb.rights if c.dep_ == "dobj" and c.i > obj.i), None)
        if thing is not None:
            if lexicon is not None and _names_the_act(thing, lexicon):
                return None
            obj = thing
    if obj is None or obj.i - verb.i > _MAX_GAP or (_is_empty_object(obj) and not (
            referring_it and obj.lower_ == "it")):
        return None
    start = obj.left_edge.i
    obj = _hyphenated(obj)
    last = restrictive_end(obj)
    if last < obj.right_edge.i:
        if not _completed_after(verb, obj):
            return start, last, False
        last = obj.right_edge.i  # "accused the agency, which runs the shelters, of hiding losses": an aside inside
    return start, last, True


def continued(verb: Token, last: int, lexicon: CueLexicon | None) -> int:
    """The last token of a stance's content that runs to token ``last``, carried over the cue's dependents after
    it that complete or go on describing it ("blamed X for the delay", "took aim at X for its fees"), up to a
    new clause, a when, a circumstance or the setting of the saying."""
    return _continuation(verb, last, lexicon)[0]


def _continuation(verb: Token, last: int, lexicon: CueLexicon | None) -> tuple[int, frozenset[int]]:
    """:func:`continued`'s last token, and the cue's dependents it took in as named with the object (a noun
    conjunct, its conjunction, a to-infinitive right after the object noun)."""
    named: set[int] = set()
    completed = False
    for child in verb.rights:
        if child.i <= last:
            continue
        if child.dep_ in _ADJUNCT_CONTENT_DEPS and child.lower_ in _SOURCE_PREPOSITIONS:
            break  # "…, according to a joint statement": another attribution's cue
        if _when(child):
            continue  # "criticized him on Monday": when the cue was said, not what
        if not completed and _circumstance(child):
            break  # "announced the merger after cutting ties": the writer's setting of the act, not its content
        if lexicon is not None and _setting(child, lexicon):
            break  # "praised the budget in an interview": where it was said, not what
        if child.dep_ in _COMPLETING_DEPS or child.dep_ in _ADJUNCT_CONTENT_DEPS or _condition(child):
            # once completed ("accused X of stalling in order to …"), what follows may belong to the completion
            completed = completed or child.dep_ in _COMPLETING_DEPS or (
                child.dep_ == "prep" and child.lower_ in _COMPLETING_PREPOSITIONS)
            last = child.right_edge.i
        elif (child.dep_ == "cc" and _second_object(child)) or (
                child.dep_ == "conj" and _nominal_conjunct(child)):
            named.add(child.i)
            last = child.right_edge.i  # "questioned his values and his readiness": what is named goes on
        elif not completed and _noun_infinitive(child, last):
            named.add(child.i)
            last = child.right_edge.i  # "decried calls to ban it": the infinitive tells what the noun is
        elif not child.is_punct:
            break
    item = _list_item_after(verb, last, lexicon) if lexicon is not None else None
    if item is not None:
        named.add(item.i)
        last = item.right_edge.i
    return last, frozenset(named)


def displaced_apposition(token: Token, lexicon: CueLexicon) -> bool:
    """A noun phrase the parser made an apposition (or conjunct) of a clause's subject though it stands after
    that clause's verb ("the pastor spoke of the hunger in the towns, *the lack of water*, …"). An apposition
    sits beside the noun it renames, so one on the far side of the verb is a misreading: it is the next item
    of a list the verb's complement opened."""
    head = token.head
    if token.dep_ not in ("appos", "conj") or token.pos_ not in _NOMINAL_POS or head.dep_ not in \
            SUBJECT_OR_EXPLETIVE_DEPS or not head.i < head.head.i < token.left_edge.i:
        return False
    return (_noun_before_comma(token) and token.lemma_.lower() not in lexicon.event_comment_nouns
            and _list_goes_on(token))


def _list_goes_on(token: Token) -> bool:
    """Evidence of a list: the phrase has an item after it, a conjunct or 'and'/'or' of its own ('the lack of
    water, the despair of the young'), or a comma and a noun phrase after it. A lone phrase closing the sentence
    ('…, a move welcomed by the rebels') is the writer's comment on the clause the parser hung it on."""
    if any(c.dep_ in ("conj", "cc") for c in token.children):
        return True
    doc = token.doc
    after = token.right_edge.i + 1
    return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in _LIST_ITEM_OPENERS


def _noun_before_comma(token: Token) -> bool:
    """The phrase follows a comma after a noun: the last word of the list item before it ("in the towns, the
    lack …"), not a predicate the phrase renames ("were just “confidential,” a lower level")."""
    doc = token.doc
    k = token.left_edge.i - 1
    if k < 1 or doc[k].text != ",":
        return False
    k -= 1
    while k > 0 and doc[k].is_punct:
        k -= 1
    return doc[k].pos_ in ("NOUN", "PROPN", "NUM")


def _list_item_after(verb: Token, last: int, lexicon: CueLexicon) -> Token | None:
    """The :func:`displaced_apposition` of the cue's subject that opens right after a comma closing the
    content: the next item of the list the content began."""
    doc = verb.doc
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    clause = verb if any(c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children) else verb.head
    return next((t for t in doc[last + 2 : clause.right_edge.i + 1] if t.left_edge.i == last + 2
                 and t.head.head.i == clause.i and displaced_apposition(t, lexicon)), None)


_NOMINAL_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
_LIST_ITEM_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ"})  # a noun phrase's first word


def named_with_object(token: Token, lexicon: CueLexicon) -> bool:
    """A dependent of the cue that :func:`continued` takes into the content the rules read from the cue's
    object (:func:`object_content`, :func:`preposition_content`, :func:`idiom_content`) as named with the
    object — a noun conjunct, its conjunction, a to-infinitive right after the object noun —: no place for the
    content to end (accord.quotes.ending). The same word where :func:`continued` stops before it (after a
    setting, a circumstance, an "according to", a completion) is outside what the rules read, and the learned
    end decides there ("criticized the plan in a speech to rally support")."""
    verb = token.head
    found = _object_reach(verb, True, lexicon)
    reached = [found[1:]] if found is not None else []  # (the object's last token, whether continued() goes on)
    reached += [r[2:] for r in (_preposition_reach(verb, lexicon), _idiom_reach(verb, lexicon)) if r is not None]
    return any(runs_on and token.i in _continuation(verb, last, lexicon)[1] for last, runs_on in reached)


def _nominal_conjunct(conjunct: Token) -> bool:
    """A noun phrase coordinated with the cue verb ("lambasted the bank and the insurer"): a verb cannot be
    coordinated with a noun, so the parser has hung the second conjunct of the verb's object (or of its
    preposition's object) on the verb; it is named by the same act, and PARC's content runs over the whole
    coordination."""
    return conjunct.pos_ in _NOMINAL_POS and conjunct.tag_ not in _RELATIVE_TAGS and not any(
        c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for c in conjunct.children)


def _second_object(conjunction: Token) -> bool:
    """The conjunction before a :func:`_nominal_conjunct` of the same verb (nothing but punctuation and
    adverbs between them: "and, above all, the insurer")."""
    doc = conjunction.doc
    conjunct = next((c for c in conjunction.head.rights if c.dep_ == "conj" and c.i > conjunction.i), None)
    if conjunct is None or not _nominal_conjunct(conjunct):
        return False
    return all(doc[k].head.i != conjunction.head.i or doc[k].is_punct for k in range(conjunction.i + 1,
                                                                                     conjunct.left_edge.i))


def _noun_infinitive(clause: Token, last: int) -> bool:
    """A to-infinitive right after the object noun, with no comma between ("proposed $1 billion in funds to
    help states", "decried calls to ban the group"): the parser hangs on the cue what completes the noun
    before it — what the funds, the calls are for — and that is named with it. A proper name or pronoun
    before it takes no such complement ("criticized Jones to score points": the purpose is the speaker's)."""
    doc = clause.doc
    return clause.dep_ == "advcl" and has_to(clause) and clause.left_edge.i == last + 1 \
        and doc[last].pos_ in ("NOUN", "NUM") and doc[clause.left_edge.i].lower_ == "to"


def _hyphenated(obj: Token) -> Token:
    """The last part of an object noun the parser split at its hyphens into sibling objects ("endorsed the
    re-election of the sheriff" read as objects "re", "-", "election"): the noun is the whole word."""
    doc = obj.doc
    k = obj.i
    while k + 2 < len(doc) and glued_hyphen(doc, k + 1) and doc[k + 2].head.i == obj.head.i \
            and doc[k + 2].dep_ == obj.dep_:
        k += 2
    if k == obj.i:
        return obj
    return doc[k]


def _completed_after(verb: Token, obj: Token) -> bool:
    """The verb's next dependent after its object's aside completes it ("accused the agency, which funds
    the program, of hiding losses"; "urged the council, which meets today, to act"): the aside then lies
    inside the content rather than closing it."""
    following = next((c for c in verb.rights if c.i > obj.right_edge.i and not c.is_punct), None)
    if following is None:
        return False
    if following.dep_ in _COMPLETING_DEPS:
        return True
    return following.dep_ == "prep" and following.lower_ in _COMPLETING_PREPOSITIONS


_OWN_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr"})


def undergoer_content(verb: Token) -> tuple[int, int] | None:
    """What an object verb's stance is toward when it is not the object after it: the passive's subject with
    the agent as source ("the bill was opposed by Democrats" is "Democrats opposed the bill"), the noun a
    passive participle with an agent describes ("the law, backed by the governor"), or the gap of a relative
    clause — the relative word ("the pact, which the senator opposed") or, without one, the noun the clause
    describes ("a deal she once supported"). Token range [first, last)."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if subject is not None and subject.tag_ in _RELATIVE_TAGS:
            return None  # "the judge, who was backed by liberals": the relative word stands for a person
        if subject is not None:
            return subject.left_edge.i, restrictive_end(subject) + 1
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
            return _described(verb)
        return None
    if verb.dep_ != "relcl" or verb.head.i > verb.i or any(c.dep_ in _OWN_COMPLEMENTS and c.i > verb.i
                                                              for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in _RELATIVE_TAGS:
        return None  # "the senator who opposed …": the relative word is the source
    relative = next((c for c in children if c.dep_ == "dobj" and c.i < verb.i), None)
    if relative is not None:
        return (relative.i, relative.i + 1) if relative.tag_ in _RELATIVE_TAGS else None
    if any(c.dep_ in ("advmod", "npadvmod") and c.tag_ == "WRB" for c in children):
        return None  # "the day when she announced": no object gap
    return _described(verb)


def gapped_completion(verb: Token, when_how_why: frozenset[str]) -> tuple[int, int] | None:
    """What completes an object verb whose object is the gap of its relative clause ("the report, which the
    minister blamed for the panic", "the judge who he named on Monday as his deputy"): the grounds or the role
    after the verb, as after an object in place ("blamed the report for the panic"), is part of what is
    attributed with the relative word. Token range [first, last) of the first dependent after the verb (past
    adverbs of time and manner) when it is such a completion; a phrase that says when or for how long ("over
    the weekend", "for years", "for the second time": a DATE or TIME entity or a word of ``when_how_why``) is
    an adjunct of time, which completes nothing."""
    following = next((c for c in verb.rights if c.dep_ not in ("advmod", "npadvmod", "neg") and not c.is_punct),
                     None)
    if following is None:
        return None
    completing = following.dep_ in ("oprd", "acomp") or (
        following.dep_ == "prep" and following.lower_ in _COMPLETING_PREPOSITIONS
        and not any(_says_when(o, when_how_why) for o in following.children if o.dep_ == "pobj"))
    return (following.left_edge.i, following.right_edge.i + 1) if completing else None


def _says_when(noun: Token, when_how_why: frozenset[str]) -> bool:
    """A noun of time: a DATE or TIME entity ("a decade", "Monday") or a word of time or manner ("the weekend",
    "the second time")."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in when_how_why


def _described(clause: Token) -> tuple[int, int]:
    """The noun a participle or relative clause describes, with its own words before the clause."""
    noun = clause.head
    return noun.left_edge.i, clause.left_edge.i


def _gerund_object(verb: Token) -> Token | None:
    """"Most farmers support cutting the fuel tax": the parser makes the gerund that is the object an open
    clause; it is what the stance is toward."""
    first = next((c for c in verb.rights if not c.is_punct and c.dep_ not in ("advmod", "neg")), None)
    if first is not None and first.dep_ == "xcomp" and first.tag_ == "VBG" and first.left_edge.i == first.i:
        return first
    return None


def restrictive_end(noun: Token) -> int:
    """Last token of a phrase without what a comma or dash sets off after it — a relative clause, a
    participle, an apposition ("backed the proposal, which he said would open the way to a truce"; "called
    him “the next Washington” – the founder he idolizes"): PARC leaves out what may be the writer's addition."""
    doc = noun.doc
    for child in noun.rights:
        before = child.left_edge.i - 1
        if child.dep_ in _ASIDES and before > noun.i and doc[before].text in _ASIDE_MARKS and not listed(child) \
                and not _conjunct_after(noun, child):
            return before - 1
    return noun.right_edge.i


def _conjunct_after(noun: Token, aside: Token) -> bool:
    """"supported Sen. Ann Lee, D-Ohio, and Gov. Tom Baker": the noun has a conjunct after the phrase set off,
    so the phrase is an aside inside a list of what the content names, not where it ends."""
    return any(c.dep_ == "conj" and c.i > aside.right_edge.i for c in noun.rights)


def listed(phrase: Token) -> bool:
    """"her book, Rivers of Salt, and the election": an apposition that carries a coordinated conjunct is the
    parser's reading of a list ("A, B, and C"), every item of it what was said, not an aside."""
    return phrase.dep_ == "appos" and any(c.dep_ == "conj" for c in phrase.children) and any(
        c.dep_ == "cc" for c in phrase.children)


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _when(adjunct: Token) -> bool:
    """An adjunct of the cue that says when: "on Monday", "last week", "Tuesday"."""
    if adjunct.dep_ == "npadvmod":
        return adjunct.ent_type_ in _TIME_ENTITIES
    return adjunct.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.ent_type_ in _TIME_ENTITIES for o in adjunct.children)


def _circumstance(adjunct: Token) -> bool:
    """A prepositional adjunct of the cue that sets the act in time, means or purpose ("during the debate",
    "after cutting ties", "by releasing his returns", "in order to …")."""
    if adjunct.dep_ != "prep":
        return False
    following = adjunct.nbor(1) if adjunct.i + 1 < len(adjunct.doc) else None
    if adjunct.lower_ == "in":
        return following is not None and following.lower_ == "order"
    if adjunct.lower_ in _EVENT_PREPOSITIONS:
        return True
    # with a noun, "after", "before", "by" … often belong to a noun the parser hung on the cue ("her job after
    # college", "a statement by the actor"); with a gerund or clause they set the act ("after cutting ties")
    return adjunct.lower_ in _CIRCUMSTANCE_PREPOSITIONS and any(c.dep_ == "pcomp" for c in adjunct.children)


def _setting(adjunct: Token, lexicon: CueLexicon) -> bool:
    """A prepositional adjunct of the cue that names the occasion or channel of the saying ("in an interview",
    "at a rally", "to his Facebook page", "at the start of his speech")."""
    if adjunct.dep_ != "prep" or adjunct.lower_ not in lexicon.setting_prepositions:
        return False
    noun = next((c for c in adjunct.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    part = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in part.children if c.dep_ == "pobj"), None) if part is not None else None
    nouns = lexicon.setting_nouns_after(adjunct.lower_)
    return any(n is not None and (n.lemma_.lower() in nouns or _whole_word(n) in nouns) for n in (noun, whole))


def _whole_word(token: Token) -> str:
    """The hyphenated word a token ends ("op-ed" for "ed"), lower case."""
    doc, k = token.doc, token.i
    while k >= 2 and glued_hyphen(doc, k - 1):
        k -= 2
    return doc[k : token.i + 1].text.lower()


_TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "of", "regarding", "concerning"})


def _names_the_act(obj: Token, lexicon: CueLexicon) -> bool:
    """An object that only names the speech act ("a question", "a question after the rally"): a noun cue with
    no clause and no topic of its own ("a question about the budget" tells what was asked)."""
    lemma = obj.lemma_.lower()
    if lemma not in lexicon.noun_cues and lemma not in lexicon.noun_prepositions:
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp") or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS)
                   for c in obj.rights)


def _is_empty_object(obj: Token) -> bool:
    """A reflexive or dummy object carries no content of its own ("said it himself")."""
    return obj.lower_ in ("itself", "himself", "herself", "themselves") or (obj.lower_ == "it" and not any(
        c.dep_ in _COMPLETING_DEPS for c in obj.head.rights))


def _condition(clause: Token) -> bool:
    """"warned of tariffs if no deal is reached": a condition belongs to the warning."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children)


def _clause_marker(clause: Token, allowed: frozenset[str]) -> Token | None:
    if clause.dep_ not in ("advcl", "ccomp"):
        return None
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in allowed and c.i < clause.i), None)


def preposition_content(ctx: Context, verb: Token) -> tuple[int, int, int] | None:
    """'called for an independent inquiry' -> (index of "for", first, last) of "an independent inquiry"."""
    found = _preposition_reach(verb, ctx.lexicon)
    if found is None:
        return None
    preposition, first, last, runs_on = found
    return preposition, first, (continued(verb, last, ctx.lexicon) if runs_on else last) + 1


def _preposition_reach(verb: Token, lexicon: CueLexicon) -> tuple[int, int, int, bool] | None:
    """The preposition of :func:`preposition_content`, the first and last token of its object, and whether
    :func:`continued` carries the content on after it (not after a clause the parser opened with "for")."""
    allowed = lexicon.preposition_cues.get(cue_lemma(verb, lexicon))
    if not allowed:
        return None
    for child in verb.rights:
        marker = _clause_marker(child, allowed)
        if marker is not None:  # "called for all ministers to resign": the parser makes "for" a clause's mark
            return marker.i, marker.i + 1, child.right_edge.i, False
        if child.dep_ not in ("prep", "prt", "dative") or child.lower_ not in allowed:
            continue
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if not objects or objects[0].ent_type_ in ("DATE", "TIME"):
            continue  # "spoke to journalists on Friday": when, not what about
        return child.i, objects[0].left_edge.i, max(o.right_edge.i for o in objects), True
    return None


def idiom_content(ctx: Context, verb: Token) -> tuple[int, int, int] | None:
    """A stance told by a verb and its object noun ("took aim at the banks", "poked fun at his rival", "threw
    its support behind the nominee"): (index of the preposition, first, last) of what the stance is toward.
    The parser hangs the preposition on the verb or on the noun; either is the idiom's."""
    found = _idiom_reach(verb, ctx.lexicon)
    if found is None:
        return None
    preposition, first, last, _ = found
    return preposition, first, continued(verb, last, ctx.lexicon) + 1


def _idiom_reach(verb: Token, lexicon: CueLexicon) -> tuple[int, int, int, bool] | None:
    """The preposition of :func:`idiom_content`, the first and last token of its object, and that
    :func:`continued` carries the content on after it."""
    nouns = lexicon.stance_idioms.get(cue_lemma(verb, lexicon))
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None) if nouns else None
    allowed = nouns.get(obj.lemma_.lower()) if nouns and obj is not None else None
    if obj is None or not allowed:
        return None
    for holder in (obj, verb):
        for child in holder.rights:
            if child.dep_ != "prep" or child.lower_ not in allowed:
                continue
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return child.i, objects[0].left_edge.i, max(o.right_edge.i for o in objects), True
    return None


_FEELER_TAGS = frozenset({"NOUN", "PROPN", "PRON"})


def experiencer_content(verb: Token, no_feelers: frozenset[str]) -> tuple[int, int, int, Token] | None:
    """"The ruling angered Democrats", "that worries analysts", "the gluts now worrying officials": a verb of
    feeling whose object feels about what its subject names (experiencer_verbs). (first token of the cue — its
    auxiliaries and negation — , first and last + 1 of the content, the one who feels.) The content is the
    subject, or the clause after the object when the subject is "it" ("it angers me that …"), or the noun a
    participle describes; None for a passive ("was angered by", which the feeling adjectives read) or a verb
    with no object that can feel (one of ``no_feelers``, the lexicon's words that name no one who could feel)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in _FEELER_TAGS or obj.lower_ in no_feelers:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > obj.i), None)
    if subject is not None and subject.lower_ == "it" and clause is not None:
        first, last = clause.left_edge.i, clause.right_edge.i + 1
    elif subject is not None:
        first, last = subject.left_edge.i, subject.right_edge.i + 1
    elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        first, last = verb.head.left_edge.i, verb.left_edge.i  # the noun and what precedes it
    else:
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return None  # a bare participle: a passive reading ("voters angered by the ruling")
    cue_first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i])
    return cue_first, first, last, obj
