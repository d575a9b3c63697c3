"""Chronologies of archives that outgrow one machine, on Dask.

    >>> import annalist.dask
    >>> from dask.distributed import Client
    >>> client = Client("tcp://scheduler:8786")
    >>> chronology = annalist.dask.build(paths, published="2024-11-04")

Each partition reads and maps its documents to a partial chronology on a worker;
the partials merge in a tree (as many levels as it takes, `split_every` at a
time), and the result equals `annalist build` on the same files. Needs Debian's
python3-dask (python3-distributed for a cluster).
"""

from __future__ import annotations

import os
from typing import Optional

import dask
import dask.bag

from . import Chronology, _build_from, _day, list_inputs

def _map_partition(items, published, mode, include_citations, reader, config) -> Chronology:
    return _build_from(list(items), 0, published, mode, include_citations, reader, config)


def _merge(chronologies) -> Chronology:
    return chronologies[0].merge(*chronologies[1:])


def build(paths_or_bag, published=None, mode: Optional[str] = None, include_citations: bool = False,
          reader: Optional[str] = None, config: Optional[str] = None, npartitions: Optional[int] = None,
          split_every: int = 8, compute: bool = True):
    """annalist.build on Dask. `paths_or_bag`: paths (folders are walked here, in
    sorted order, as the CLI does) or a dask.bag of paths or Documents, in the
    order the chronology should keep. Returns the Chronology, or with compute=False
    the dask.delayed that makes it. An input that cannot be read raises Error, as
    annalist.build does."""
    if isinstance(paths_or_bag, dask.bag.Bag):
        bag = paths_or_bag
    else:
        if isinstance(paths_or_bag, (str, os.PathLike)):
            paths_or_bag = [paths_or_bag]
        files = list_inputs(list(paths_or_bag))
        if not files:
            raise ValueError("annalist.dask.build: no input files")
        bag = dask.bag.from_sequence(files, npartitions=npartitions or min(len(files), 64))
    published = _day(published)
    mapped = [
        dask.delayed(_map_partition)(part, published, mode, include_citations, reader, config)
        for part in bag.to_delayed()
    ]
    # A tree: each level merges neighbours split_every at a time, in order (a merge
    # puts the second's documents after the first's), so the inputs keep their
    # order and no node merges more than split_every partials.
    while len(mapped) > 1:
        mapped = [dask.delayed(_merge)(mapped[k:k + split_every]) for k in range(0, len(mapped), split_every)]
    return mapped[0].compute() if compute else mapped[0]
