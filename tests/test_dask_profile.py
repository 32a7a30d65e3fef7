"""The shape of a Dask run's coding phase: busy and idle seconds per worker, and the tail."""

from __future__ import annotations

from accord.distributed.profile import PartitionTiming, timeline


def _part(index: int, worker: str, start: float, end: float) -> PartitionTiming:
    return PartitionTiming(index, worker, 10, 1000, start, end - 0.5, end, end - start, end - start - 0.5)


def test_a_worker_left_alone_at_the_end_is_the_tail() -> None:
    line = timeline([_part(0, "a", 0.0, 10.0), _part(1, "b", 0.0, 12.0), _part(2, "a", 10.0, 15.0),
                     _part(3, "b", 12.0, 20.0)])
    assert line is not None
    assert line.span == 20.0 and line.tail == 5.0
    shares = {share.worker: share for share in line.workers}
    assert shares["a"].busy == 15.0 and shares["a"].idle == 5.0 and shares["a"].partitions == 2
    assert shares["b"].busy == 20.0 and shares["b"].idle == 0.0 and shares["b"].coding == 19.0
    assert line.partition_busy == (10.0, 12.0, 5.0, 8.0)
    assert "tail (one worker alone at the end) 5.0 s" in line.lines()[0]


def test_one_worker_has_no_tail_and_no_partitions_no_timeline() -> None:
    line = timeline([_part(0, "a", 0.0, 3.0), _part(1, "a", 3.5, 6.0)])
    assert line is not None and line.tail == 0.0 and line.workers[0].idle == 0.5
    assert timeline([]) is None
