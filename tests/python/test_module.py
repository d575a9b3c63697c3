"""The Python package against the CLI: the same engine must give the same output."""

import csv
import inspect
import io
import json
import os
import pickle
import random
import stat
import sys
import threading
import time
import warnings

import pytest

import annalist
from conftest import ARTICLE, CLI, SAMPLE, TRAINING_FOLDERS, cli

PUBLISHED = "2024-11-04"


def jsonl(text: str) -> list:
    return [json.loads(line) for line in text.splitlines()]


# mentions, resolve, read: field for field the CLI's lines.
def test_mentions_of_a_document_are_the_cli_lines():
    document = annalist.read(SAMPLE)
    assert annalist.mentions(document) == jsonl(cli("mentions", SAMPLE, "-t", "jsonl").stdout)
    assert annalist.mentions(document, explain=True) == jsonl(
        cli("mentions", SAMPLE, "-t", "jsonl", "--explain").stdout)


def test_mentions_of_text_resolve_against_published():
    found = annalist.mentions("The plan was enacted in mid-October, after talks last June.", published=PUBLISHED)
    assert [(m["text"], m["value"], m["mod"], m["interval"]) for m in found] == [
        ("mid-October", "2024-10", "MID", ["2024-10-11", "2024-10-21"]),
        ("last June", "2024-06", None, ["2024-06-01", "2024-07-01"]),
    ]
    assert found[0]["source"] == "-"
    # The CLI reading the same text from standard input gives the same lines.
    piped = subprocess_stdin("The plan was enacted in mid-October, after talks last June.")
    assert found == piped


def subprocess_stdin(text: str) -> list:
    import subprocess

    out = subprocess.run([CLI, "mentions", "-", "-t", "jsonl", "--pub-date", PUBLISHED, "--reader", "text"],
                         input=text, capture_output=True, text=True, check=True).stdout
    return jsonl(out)


def test_mode_narrative_counts_from_the_story():
    text = "The siege began on 3 September 1854. Two days later the guns fell silent."
    news = annalist.mentions(text, published=PUBLISHED, mode="news")
    narrative = annalist.mentions(text, published=PUBLISHED, mode="narrative")
    assert [m["value"] for m in narrative] == ["1854-09-03", "1854-09-05"]
    assert [m["value"] for m in news][0] == "1854-09-03"
    with pytest.raises(annalist.Error, match="mode 'poetic' is not one of news, narrative, auto"):
        annalist.mentions(text, published=PUBLISHED, mode="poetic")


def test_resolve_is_the_cli_resolve():
    for expression in ["last June", "mid-October", "last Thursday", "November 5", "in November 2023"]:
        got = annalist.resolve(expression, ref=PUBLISHED)
        assert got == jsonl(cli("resolve", expression, "--ref", PUBLISHED).stdout)[0]
    assert annalist.resolve("last Thursday", ref="2024-11-04")["value"] == "2024-10-31"
    import datetime

    assert annalist.resolve("last June", ref=datetime.date(2024, 11, 4))["value"] == "2024-06"
    with pytest.raises(annalist.Error, match="no temporal expression in 'a teapot'"):
        annalist.resolve("a teapot", ref=PUBLISHED)
    with pytest.raises(annalist.Error, match="ref wants a calendar date as YYYY-MM-DD, got '2024-13-01'"):
        annalist.resolve("last June", ref="2024-13-01")


def test_read_is_the_cli_read():
    expected = jsonl(cli("read", SAMPLE, "-t", "jsonl").stdout)
    assert len(expected) == 1
    document = annalist.read(SAMPLE)
    got = {"source": document.source, "reader": document.reader, "title": document.title, "url": document.url or None,
           "published": document.published, "published_source": document.published_source, "text": document.text}
    assert got == {key: expected[0].get(key) for key in got}
    assert document.title == "Harbor Bridge Reopens After Two-Year Rebuild"
    assert document.published == "2025-03-14"


def test_read_a_feed_needs_read_all(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Rain fell on May 4.", "published": "2024-05-06", "title": "One"}\n'
                    '{"text": "Snow fell on May 5.", "published": "2024-05-06", "title": "Two"}\n')
    with pytest.raises(annalist.Error, match="holds 2 documents, not one"):
        annalist.read(feed)
    assert [d.title for d in annalist.read_all(feed)] == ["One", "Two"]


def test_a_forced_reader_and_an_unknown_one(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Page</title></head><body><p>It rained on May 4, 2024.</p></body></html>")
    assert (annalist.read(page).reader, annalist.read(page).title) == ("html", "Page")
    forced = annalist.read(page, reader="text")
    assert forced.reader == "text"
    assert forced.text.startswith("<html>")
    with pytest.raises(annalist.Error, match="reader nope: no such reader is loaded"):
        annalist.read(page, reader="nope")


# build: the CLI's chronology in every format.
@pytest.mark.parametrize("fmt", ["json", "csv", "ics", "html"])
def test_build_writes_what_the_cli_writes(fmt):
    chronology = annalist.build([SAMPLE])
    expected = cli("build", SAMPLE, "-t", fmt).stdout
    got = {"json": chronology.to_json, "csv": chronology.to_csv, "ics": chronology.to_ics,
           "html": chronology.to_html}[fmt]()
    assert got == expected
    assert len(chronology.events) == 10


def test_csv_profiles_and_pandas():
    chronology = annalist.build(SAMPLE)
    for profile in ["timelinejs", "gcal"]:
        assert chronology.to_csv(profile) == cli("build", SAMPLE, "-t", "csv", "--csv-profile", profile).stdout
    with pytest.raises(annalist.Error, match="csv profile 'excel' is not one of"):
        chronology.to_csv("excel")
    frame = chronology.to_pandas()
    rows = list(csv.DictReader(io.StringIO(chronology.to_csv(), newline="")))
    assert list(frame.columns) == list(rows[0].keys())
    assert frame.to_dict("records") == rows
    assert frame["value"].tolist()[:2] == ["2023-02-03", "2023-02-20"]


def test_pandas_keeps_the_text_a_spreadsheet_would_guard():
    chronology = annalist.build(annalist.Document("=HYPERLINK(evil) happened on May 4, 2024.", published=PUBLISHED))
    assert chronology.to_pandas()["sentence"][0] == "=HYPERLINK(evil) happened on May 4, 2024."
    assert "'=HYPERLINK" in chronology.to_csv()


def test_documents_made_in_python(tmp_path):
    text = "The Harbor Bridge closed on 3 February 2023. It reopened last Thursday."
    document = annalist.Document(text, published="2024-11-04", title="Bridge", url="https://example.org/bridge")
    chronology = annalist.build([document])
    assert [e["value"] for e in chronology.events] == ["2023-02-03", "2024-10-31"]
    assert chronology.documents[0]["title"] == "Bridge"
    # The same text from a file, built by the CLI.
    path = tmp_path / "bridge.txt"
    path.write_text(text)
    expected = json.loads(cli("build", path, "-t", "json", "--pub-date", "2024-11-04").stdout)
    assert [e["value"] for e in expected["events"]] == [e["value"] for e in chronology.events]
    assert pickle.loads(pickle.dumps(document)).text == text
    with pytest.raises(annalist.Error, match="published wants a calendar date as YYYY-MM-DD, got '4 Nov'"):
        annalist.Document(text, published="4 Nov")


def test_a_pages_byline_stays_no_event_through_read_and_pickle(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>By Ann Lee, March 5, 2019</p>"
                    "<p>The council voted on March 4, 2019.</p></article></body></html>")
    document = annalist.read(page)
    assert document.stamps == [(0, 25)]  # "By Ann Lee, March 5, 2019", counted by hand
    for given in (document, pickle.loads(pickle.dumps(document))):
        assert given.stamps == [(0, 25)]
        assert [e["headline"] for e in annalist.build([given]).events] == ["The council voted"]


def test_an_undated_document_is_dated_and_said_so(tmp_path):
    text = "KYIV, June 3, 2024 - The mayor opened the bridge yesterday."
    chronology = annalist.build(annalist.Document(text, source="kyiv.txt"))
    assert [e["value"] for e in chronology.events] == ["2024-06-02", "2024-06-03"]
    assert chronology.documents[0]["published_inferred"] is True
    (tmp_path / "kyiv.txt").write_text(text)
    said = cli("build", tmp_path / "kyiv.txt").stderr.splitlines()[0].removeprefix("annalist: ")
    assert [d["message"] for d in chronology.diagnostics] == [said.split(": warning: ")[1]]
    with pytest.warns(annalist.AnnalistWarning, match="2024-06-03 inferred from the dateline 'June 3, 2024'"):
        annalist.mentions(text)


def test_an_unreadable_input_raises_after_the_others_are_built(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(annalist.Error) as raised:
        annalist.build([SAMPLE, missing])
    line = cli("build", SAMPLE, missing, check=False).stderr.splitlines()[0]
    assert str(raised.value) == line.removeprefix("annalist: ")
    assert "missing.txt: error: cannot read: No such file or directory" in str(raised.value)
    assert len(raised.value.chronology.events) == 10


def test_write_is_atomic_and_named_by_extension(tmp_path):
    chronology = annalist.build(SAMPLE)
    for extension, fmt in [("csv", "csv"), ("json", "json"), ("ics", "ics"), ("html", "html")]:
        path = tmp_path / f"out.{extension}"
        chronology.write(path)
        with open(path, newline="") as written:
            assert written.read() == cli("build", SAMPLE, "-t", fmt).stdout
    with pytest.raises(annalist.Error, match="no format for '.txt'"):
        chronology.write(tmp_path / "out.txt")
    # A folder that cannot be written: an OSError naming it, the old file kept whole.
    folder = tmp_path / "locked"
    folder.mkdir()
    kept = folder / "timeline.csv"
    kept.write_text("old\n")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(OSError, match="timeline.csv"):
            chronology.write(kept)
        assert kept.read_text() == "old\n"
        assert os.listdir(folder) == ["timeline.csv"]
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_bad_config_is_the_cli_error(tmp_path):
    config = tmp_path / "annalist.toml"
    config.write_text("[resolve]\nmood = \"news\"\n")
    with pytest.raises(annalist.Error) as raised:
        annalist.mentions("on May 4", published=PUBLISHED, config=str(config))
    expected = cli("resolve", "May 4", "--ref", PUBLISHED, "--config", config, check=False).stderr.strip()
    assert str(raised.value) in expected
    assert "mood" in str(raised.value)


# merge: associative, and shares of one build merge into that build.
def random_tree(parts, rng):
    """Merges neighbours chosen at random until one is left: any bracketing."""
    parts = list(parts)
    while len(parts) > 1:
        k = rng.randrange(len(parts) - 1)
        parts[k:k + 2] = [parts[k].merge(parts[k + 1])]
    return parts[0]


def test_merge_is_associative_in_any_grouping():
    texts = [
        "The leaders met at a summit in Geneva on June 12, 2024.",
        "Leaders met in Geneva for the summit on June 12, 2024, officials said.",
        "The ferry resumed on June 3, 2024. Two days after the ferry resumed, the port reopened.",
        "KYIV, June 3, 2024 - The mayor opened the new bridge yesterday.",
        "The council voted on June 12, 2024 to close the park (TASS, June 13).",
        "Prices rose in May 2024 and fell last week.",
    ]
    documents = [annalist.Document(t, published="2024-06-20", source=f"doc{k}") for k, t in enumerate(texts)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", annalist.AnnalistWarning)
        whole = annalist.build(documents)
        parts = [annalist.build(d) for d in documents]
    a, b, c = annalist.build(documents[:2]), annalist.build(documents[2:4]), annalist.build(documents[4:])
    assert a.merge(b).merge(c) == a.merge(b.merge(c)) == a.merge(b, c) == whole
    assert annalist.build([]).merge(a, annalist.build([]), b, c) == whole
    rng = random.Random(17)
    for _ in range(20):
        assert random_tree(parts, rng) == whole
    assert any(len(e["sources"]) == 2 for e in whole.events)  # the summit, told twice, is one event


@pytest.mark.shared
def test_the_shared_article_as_the_cli_reads_it():
    chronology = annalist.build(ARTICLE, published=PUBLISHED)
    assert chronology.to_json() == cli("build", ARTICLE, "--pub-date", PUBLISHED, "-t", "json").stdout
    document = annalist.read(ARTICLE, published=PUBLISHED)
    assert annalist.mentions(document) == jsonl(
        cli("mentions", ARTICLE, "--pub-date", PUBLISHED, "-t", "jsonl").stdout)
    values = {m["text"]: m["value"] for m in annalist.mentions(document)}
    assert values["last June"] == "2024-06"
    assert values["November 5"] == "2024-11-05"


@pytest.mark.shared
def test_the_training_set_as_the_cli_builds_it_and_pickled():
    chronology = annalist.build(TRAINING_FOLDERS)
    assert chronology.to_json() == cli("build", *TRAINING_FOLDERS, "-t", "json").stdout
    assert len(chronology.documents) == 256
    assert pickle.loads(pickle.dumps(chronology)) == chronology


@pytest.mark.shared
def test_two_threads_build_at_once():
    """The engine releases the GIL: while one thread is inside the engine, another
    runs Python; and two threads building at once get what one thread gets. Seen
    in the threads' frames, not timed, so a busy machine cannot fail it."""
    files = annalist.list_inputs(TRAINING_FOLDERS)
    halves = [files[0::2], files[1::2]]
    serial = [annalist.build(half).to_json() for half in halves]

    lines, first = inspect.getsourcelines(annalist._build_from)
    native_call = first + next(i for i, line in enumerate(lines) if "engine.map(" in line)
    results = [None, None]

    def work(k):
        for _ in range(4):
            results[k] = annalist.build(halves[k])

    # No forced switches: a thread that holds the GIL keeps it until it lets go, so
    # this one sees a builder on the native call's line only if that call lets go.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
        for t in threads:
            t.start()
        seen_inside = 0
        while any(t.is_alive() for t in threads):
            time.sleep(0)  # lets go of the GIL, so the builders run
            for t in threads:
                frame = sys._current_frames().get(t.ident)
                if frame is not None and frame.f_code is annalist._build_from.__code__ and \
                        frame.f_lineno == native_call:
                    seen_inside += 1
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(switch_interval)
    assert [r.to_json() for r in results] == serial
    print(f"seen inside the native call {seen_inside} times")
    # Were the GIL held in the call, this thread could not run during it: never.
    assert seen_inside > 10
