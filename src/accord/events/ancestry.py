"""Which tokens of a sentence lie below a growing set of tokens, in O(log n) per question.

``Token.is_ancestor`` climbs the head chain, so asking it for every pair of event nouns and frames costs
(nouns x frames x depth): cubic in the length of a degenerate sentence ("war war war ..." parses as one
long chain). Numbering the parse tree once in depth-first order turns "is A above B" into "does A's
interval of descendants hold B's number", and a Fenwick tree over those numbers answers "is any covered
token above B" while covered tokens are added one by one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.doc_index import token_table


class CoveredBelow:
    """A set of tokens of one sentence; ``below_any(token)`` says whether some member is a proper ancestor
    of ``token`` (exactly what ``any(m.is_ancestor(token) for m in members)`` says)."""

    _offset: int
    _enter: list[int]
    _leave: list[int]  # the last depth-first number inside the token's subtree
    _counts: list[int]

    def __init__(self, sentence: Span, numbered: CoveredBelow | None = None) -> None:
        """``numbered``: a set over the same sentence whose numbering of the parse tree is shared (numbering
        walks every token of the sentence; two sets over one sentence need it once)."""
        self._sentence = sentence
        if numbered is not None:
            self._offset, self._enter, self._leave = numbered._offset, numbered._enter, numbered._leave
        else:
            self._offset = sentence.start
            size = len(sentence)
            self._enter = [0] * size
            self._leave = [0] * size
            self._number(sentence, size)
        self._counts = [0] * (len(self._enter) + 2)

    def _number(self, sentence: Span, size: int) -> None:
        children: list[list[int]] = [[] for _ in range(size)]
        roots = []
        heads = token_table(sentence.doc).head  # the Doc's heads, read once for all its sentences
        for index in range(sentence.start, sentence.end):
            local, head = index - self._offset, heads[index] - self._offset
            if head == local or not 0 <= head < size:
                roots.append(local)
            else:
                children[head].append(local)
        counter = 0
        for root in roots:
            stack = [(root, False)]
            while stack:
                node, done = stack.pop()
                if done:
                    self._leave[node] = counter - 1
                    continue
                self._enter[node] = counter
                counter += 1
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(children[node]))

    def emptied(self) -> CoveredBelow:
        """A new empty set over the same sentence, sharing this one's numbering of the parse tree.

        Built through the constructor, not ``object.__new__``: the mypyc-compiled class refuses the latter."""
        return CoveredBelow(self._sentence, numbered=self)

    def _local(self, token: Token) -> int | None:
        local = token.i - self._offset
        return local if 0 <= local < len(self._enter) else None

    def cover(self, token: Token) -> None:
        """Add ``token``: every token below it is now covered (not the token itself)."""
        local = self._local(token)
        if local is None:
            return
        first, last = self._enter[local] + 1, self._leave[local]
        if first <= last:
            self._add(first, 1)
            self._add(last + 1, -1)

    def below_any(self, token: Token) -> bool:
        return self.count_above(token) > 0

    def count_above(self, token: Token) -> int:
        """How many members (counted as often as they were added) are proper ancestors of ``token``."""
        local = self._local(token)
        return 0 if local is None else self._prefix(self._enter[local])

    def is_above(self, upper: Token, lower: Token) -> bool:
        """``upper.is_ancestor(lower)`` in O(1)."""
        up, low = self._local(upper), self._local(lower)
        if up is None or low is None:
            return bool(upper.is_ancestor(lower))
        return self._enter[up] < self._enter[low] <= self._leave[up]

    def _add(self, position: int, delta: int) -> None:
        index = position + 1
        while index < len(self._counts):
            self._counts[index] += delta
            index += index & -index

    def _prefix(self, position: int) -> int:
        index, total = position + 1, 0
        while index > 0:
            total += self._counts[index]
            index -= index & -index
        return total
