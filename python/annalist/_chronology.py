"""A chronology in Python: events, citations and diagnostics as the CLI's JSON has
them, the CLI's writers, merging, pickling (for Dask) and a pandas table."""

from __future__ import annotations

import json
import os
from typing import Optional

_FORMATS_BY_EXTENSION = {".csv": "csv", ".json": "json", ".ics": "ics", ".ical": "ics", ".html": "html",
                         ".htm": "html"}


class Chronology:
    """What `annalist build` makes of some documents. Immutable: merge() makes a
    new one. Two chronologies are equal when their JSON is."""

    __slots__ = ("_native", "_config", "_json")

    def __init__(self, native, config: Optional[str] = None):
        self._native = native
        self._config = config
        self._json = None

    # What it holds, read off the CLI's JSON (model_version 1, docs/schema).
    def _whole(self) -> dict:
        if self._json is None:
            self._json = json.loads(self.to_json())
        return self._json

    @property
    def events(self) -> list[dict]:
        """The events in chronological order, as `build -t json` lists them."""
        return self._whole()["events"]

    @property
    def citations(self) -> list[dict]:
        """Dates of cited sources ("(TASS, October 31)"), in document order."""
        return self._whole()["citations"]

    @property
    def diagnostics(self) -> list[dict]:
        """Warnings and errors about the documents (an inferred date...)."""
        return self._whole()["diagnostics"]

    @property
    def documents(self) -> list[dict]:
        """The documents' metadata (their texts are not kept)."""
        return self._whole()["documents"]

    def __len__(self) -> int:
        return len(self.events)

    def __eq__(self, other) -> bool:
        return isinstance(other, Chronology) and self.to_json() == other.to_json()

    def __hash__(self):
        return hash(self.to_json())

    def __repr__(self) -> str:
        return f"<annalist.Chronology of {len(self.events)} events from {self._native.document_count} documents>"

    # Writers: the CLI's, byte for byte.
    def to_json(self) -> str:
        return self._native.render("json")

    def to_csv(self, profile: str = "default") -> str:
        """RFC 4180 CSV (CRLF line ends); profile "default", "timelinejs" or "gcal"."""
        return self._native.render("csv", profile)

    def to_ics(self) -> str:
        return self._native.render("ics")

    def to_html(self) -> str:
        return self._native.render("html")

    def write(self, path, format: Optional[str] = None, csv_profile: str = "default") -> None:
        """Writes to `path`, complete or not at all, as the CLI does; the format
        from the extension (.csv, .json, .ics, .html) unless given."""
        path = os.fspath(path)
        if format is None:
            extension = os.path.splitext(path)[1].lower()
            if extension not in _FORMATS_BY_EXTENSION:
                from . import Error
                raise Error(f"{path}: no format for '{extension}' (csv, json, ics, html): give format=")
            format = _FORMATS_BY_EXTENSION[extension]
        self._native.write(path, format, csv_profile)

    def merge(self, *others: "Chronology") -> "Chronology":
        """The chronology of this one's documents followed by each other's.
        Associative: shares of one build, merged in order in any grouping, give
        that build. `a.merge(b, c)` is `a.merge(b).merge(c)`, each copied once."""
        return Chronology(self._native.merged([other._native for other in others]), self._config)

    def to_pandas(self):
        """One row per event with the default CSV's columns (pandas needed)."""
        import pandas

        header, *rows = self._native.table()
        return pandas.DataFrame(rows, columns=header)

    # Pickling, for Dask: the partial chronology as bytes and the configuration
    # it was built with, loaded again where it is unpickled.
    def __getstate__(self):
        return {"config": self._config, "partial": self._native.to_bytes()}

    def __setstate__(self, state):
        from . import _engine

        self._config = state["config"]
        self._native = _engine(self._config).chronology_from_bytes(state["partial"])
        self._json = None
