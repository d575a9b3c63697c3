"""annalist: articles in, chronologies out.

The engine of the annalist command line, in Python: the same rules, readers and
writers, so a chronology built here is the one `annalist build` writes.

    >>> import annalist
    >>> annalist.resolve("last June", ref="2024-11-04")["value"]
    '2024-06'
    >>> chronology = annalist.build(["articles/"], published="2024-11-04")
    >>> chronology.to_pandas().head()

Errors raise `annalist.Error` (a ValueError) with the CLI's message; what the CLI
prints as a warning is a Python warning of category `annalist.AnnalistWarning`.
The engine releases the GIL while it works, so threads build in parallel.
"""

from __future__ import annotations

import functools
import json
import os
import warnings
from typing import Iterable, Optional, Sequence, Union

from . import _annalist, _paths
from ._annalist import Document, Error
from ._chronology import Chronology

__all__ = ["Chronology", "Document", "Error", "AnnalistWarning", "build", "mentions", "list_inputs", "read", "read_all",
           "resolve"]

PathOrDocument = Union[str, "os.PathLike[str]", Document]


class AnnalistWarning(UserWarning):
    """What the CLI reports as a warning: an inferred date, a reader's complaint."""


@functools.lru_cache(maxsize=None)
def _engine(config: Optional[str] = None, plugin_dirs: tuple = ()) -> _annalist.Engine:
    """The loaded configuration, language and plugins, once per configuration."""
    engine = _annalist.Engine(os.fspath(config) if config else "", [os.fspath(d) for d in plugin_dirs],
                              _paths.PLUGIN_DIR, _paths.CONFIG_DIR)
    _report(engine.load_notes)
    return engine


def _report(notes, stacklevel: int = 3) -> None:
    """Warnings become Python warnings; errors, all of them in one, an Error."""
    errors = [text for is_error, text in notes if is_error]
    for is_error, text in notes:
        if not is_error:
            warnings.warn(text, AnnalistWarning, stacklevel=stacklevel)
    if errors:
        raise Error("\n".join(errors))


def list_inputs(paths: Sequence) -> list[str]:
    """The files named, and those under the folders named (sorted, hidden ones
    skipped), in the order the CLI reads them."""
    return _annalist.list_inputs([os.fspath(p) for p in paths])


def _day(value) -> Optional[str]:
    """A date given as text or as a datetime.date, as YYYY-MM-DD."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def mentions(text: Union[str, Document], published=None, mode: Optional[str] = None, explain: bool = False,
             source: str = "-", config: Optional[str] = None) -> list[dict]:
    """Every temporal expression in `text` (or a Document), resolved, as dicts with
    exactly the fields of `annalist mentions -t jsonl` (`rule` with explain).

    `published` (YYYY-MM-DD or a date) is the reference for relative dates; with
    none, it is inferred from the text as the CLI does, with a warning. `mode` is
    "news" or "narrative"; None takes the configuration's."""
    if isinstance(text, Document):
        document = text
        if published is not None:
            document = Document(text.text, _day(published), text.title, text.url, text.source)
    else:
        document = Document(text, _day(published), source=source)
    lines, notes = _engine(config).mentions_jsonl(document, mode, explain)
    _report(notes)
    return [json.loads(line) for line in lines.splitlines()]


def resolve(expression: str, ref, explain: bool = False, config: Optional[str] = None) -> dict:
    """The first temporal expression in `expression`, resolved against `ref`, as
    `annalist resolve` gives it. Raises Error when there is none."""
    lines, notes = _engine(config).resolve_jsonl(expression, _day(ref), explain)
    _report(notes)
    if not lines:
        raise Error(f"no temporal expression in {expression!r}")
    return json.loads(lines.splitlines()[0])


def read_all(paths: Union[str, "os.PathLike[str]", Sequence], reader: Optional[str] = None, published=None,
             config: Optional[str] = None) -> list[Document]:
    """The documents in each path (folders walked in sorted order, as the CLI does),
    through the same reader plugins; `reader` forces one by its id."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    documents, notes = _engine(config).read(list(paths), reader or "", _day(published))
    _report(notes)
    return documents


def read(path: Union[str, "os.PathLike[str]"], reader: Optional[str] = None, published=None,
         config: Optional[str] = None) -> Document:
    """The one document in `path`. A feed or a JSON lines file holding several
    raises Error: read_all gives them all."""
    documents = read_all([path], reader, published, config)
    if len(documents) != 1:
        raise Error(f"{os.fspath(path)}: holds {len(documents)} documents, not one (use annalist.read_all)")
    return documents[0]


def build(documents_or_paths: Union[PathOrDocument, Iterable[PathOrDocument]], published=None,
          mode: Optional[str] = None, include_citations: bool = False, reader: Optional[str] = None,
          config: Optional[str] = None) -> Chronology:
    """The chronology of the documents and files (folders walked), as `annalist
    build` makes it: `published` for documents that give no date (--pub-date),
    `mode`, `include_citations` and `reader` as the CLI's options.

    What the CLI warns of about a document (an inferred publication date) is in
    the chronology's `diagnostics`; a reader's warnings are Python warnings. An
    input that cannot be read raises Error naming it, after every other input was
    built: the error's `chronology` holds what they gave."""
    if isinstance(documents_or_paths, (str, os.PathLike, Document)):
        documents_or_paths = [documents_or_paths]
    return _build_from(list(documents_or_paths), 0, _day(published), mode, include_citations, reader, config)


def _build_from(items: list, first_position: int, published, mode, include_citations, reader, config,
                stacklevel: int = 4) -> Chronology:
    """build() for items whose first takes place `first_position` among the inputs."""
    engine = _engine(config)
    native, notes = engine.map(items, first_position, published, mode, reader or "", include_citations)
    result = Chronology(native, config)
    try:
        _report(notes, stacklevel)
    except Error as error:
        error.chronology = result
        raise
    return result
