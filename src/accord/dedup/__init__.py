"""Counting the world, not the reprints: near-duplicate articles and cross-article event clusters."""

from accord.dedup.minhash import NearDuplicateIndex, NearDuplicateMatch, NearDuplicateOptions

__all__ = ["NearDuplicateIndex", "NearDuplicateMatch", "NearDuplicateOptions"]
