"""Reads one number phrase from a token position: "$ 30 billion", "more than 600,000", "twenty-five",
"tens of thousands", "5 lakh rupees", "4.5%", "100M"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from accord.quantities.lexicon import Lexicon

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_WITH_SUFFIX = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([A-Za-z]{1,3})$")


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """Token range [start, end) of a number with its value, currency and whether it is a percentage."""

    start: int
    end: int
    value: float
    currency: str | None = None
    percent: bool = False
    vague: str | None = None  # the qualifier a vague amount implies ("tens of thousands")


def read_number(doc: Doc, i: int, lex: Lexicon) -> NumberPhrase | None:
    """The number phrase starting at token ``i`` (a currency symbol may come first), or None."""
    token = doc[i]
    if not token.text[0].isdigit() and token.lower_ not in lex.starters:
        return None
    currency, j = _currency_prefix(doc, i, lex)
    vague = _vague(doc, j, lex)
    if vague is not None:
        end, value, qualifier = vague
        return _with_suffixes(doc, NumberPhrase(i, end, value, currency, vague=qualifier), lex)
    parsed = _numeral(doc, j, lex, currency is not None)
    if parsed is None:
        return None
    end, value = parsed
    return _with_suffixes(doc, NumberPhrase(i, end, value, currency), lex)


def _currency_prefix(doc: Doc, i: int, lex: Lexicon) -> tuple[str | None, int]:
    for width in (2, 1):
        if i + width < len(doc):
            text = "".join(t.text for t in doc[i : i + width])
            if text in lex.currency_symbols and _starts_number(doc, i + width, lex):
                return lex.currency_symbols[text], i + width
    return None, i


def _starts_number(doc: Doc, i: int, lex: Lexicon) -> bool:
    token = doc[i]
    return bool(_DIGITS.match(token.text) or _DIGITS_WITH_SUFFIX.match(token.text)) or token.lower_ in lex.units


def _vague(doc: Doc, i: int, lex: Lexicon) -> tuple[int, float, str | None] | None:
    if i >= len(doc):
        return None
    for words, (value, qualifier) in lex.vague_by_first_word.get(doc[i].lower_, ()):
        end = i + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == words:
            # "thousands" alone is vague only when it counts something ("thousands of troops").
            if len(words) == 1 and not (end < len(doc) and doc[end].lower_ == "of"):
                continue
            return end, value, qualifier
    return None


def _numeral(doc: Doc, i: int, lex: Lexicon, money: bool) -> tuple[int, float] | None:
    """Digits or number words, then any scale words: "30 billion", "2.5 million", "five lakh"."""
    if i >= len(doc):
        return None
    token = doc[i]
    glued = _DIGITS_WITH_SUFFIX.match(token.text)
    if _DIGITS.match(token.text):
        value, end = float(token.text.replace(",", "")), i + 1
    elif glued and glued.group(2).lower() in lex.scale_suffixes:
        return i + 1, float(glued.group(1).replace(",", "")) * lex.scale_suffixes[glued.group(2).lower()]
    elif token.lower_ in lex.units and token.lower_ != "dozen":
        words = _number_words(doc, i, lex)
        if words is None:
            return None
        end, value = words
    else:
        return None
    return _scaled(doc, end, value, lex, money)


def _number_words(doc: Doc, i: int, lex: Lexicon) -> tuple[int, float] | None:
    """ "twenty-five", "two hundred", "three hundred thousand" (scales after them are read by _scaled)."""
    value, end = 0.0, i
    while end < len(doc):
        word = doc[end].lower_
        if word in lex.units and word != "dozen":
            value += lex.units[word]
        elif word == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in lex.units and end > i:
            pass
        elif word == "hundred" and end > i:
            value *= 100
        else:
            break
        end += 1
    return (end, value) if end > i else None


def _scaled(doc: Doc, end: int, value: float, lex: Lexicon, money: bool) -> tuple[int, float]:
    while end < len(doc):
        word = doc[end].lower_
        if word in lex.scales:
            value *= lex.scales[word]
        elif word in lex.scale_suffixes and (money or not doc[end - 1].whitespace_):
            value *= lex.scale_suffixes[word]
        else:
            break
        end += 1
    return end, value


def _with_suffixes(doc: Doc, phrase: NumberPhrase, lex: Lexicon) -> NumberPhrase:
    """A currency word or a percent sign after the number ("500 crore rupees", "4.5 %", "3 per cent")."""
    end = phrase.end
    if end < len(doc):
        currency, after = _currency_word(doc, end, lex)
        if currency is not None and phrase.currency is None:
            return NumberPhrase(phrase.start, after, phrase.value, currency, vague=phrase.vague)
        for width in (2, 1):
            words = " ".join(t.lower_ for t in doc[end : end + width])
            if end + width <= len(doc) and words in lex.percent_words:
                return NumberPhrase(phrase.start, end + width, phrase.value, percent=True, vague=phrase.vague)
    return phrase


def _currency_word(doc: Doc, i: int, lex: Lexicon) -> tuple[str | None, int]:
    """ "dollars", "US dollars", "Canadian dollars", "Hong Kong dollars", "rupees"."""
    for width in (3, 2):
        if i + width <= len(doc) and doc[i + width - 1].lower_ in ("dollar", "dollars"):
            country = " ".join(t.lower_ for t in doc[i : i + width - 1])
            if country in lex.dollar_countries:
                return lex.dollar_countries[country], i + width
    word = doc[i].lower_
    if word in lex.currency_words:
        return lex.currency_words[word], i + 1
    return None, i
