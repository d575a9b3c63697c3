#!/usr/bin/python3
"""Python's csv module reads annalist's CSV as a spreadsheet would.

Usage: csv_readers_test.py golden SOURCE_DIR | shared ANNALIST SHARED_DIR
golden: the writers' golden files (tests/golden/writers*.csv);
shared: the shared news article in each profile (skips, exit 77, where it is absent).
"""
import csv
import io
import os
import sys

from writer_checks import Checks, build, shared_article

STANDARD = ["start", "end", "grain", "value", "mod", "display_date", "headline", "sentence", "source", "url",
            "published"]
TIMELINEJS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
              "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
              "Background"]
GCAL = ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event", "Description", "Location",
        "Private"]
checks = Checks()


def read(text, columns, name):
    """The rows as dicts; checks the header, that every row is complete, and that
    Python writes the same rows back byte for byte (CRLF, minimal RFC 4180 quoting)."""
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator="\r\n").writerows(rows)
    checks.check(again.getvalue() == text, f"{name}: written back the same (CRLF, quoting)")
    checks.equal(rows[0], columns, f"{name}: header")
    for row in rows[1:]:
        checks.equal(len(row), len(columns), f"{name}: cells in {row[:3]}")
    return [dict(zip(columns, row)) for row in rows[1:]]


def golden(source):
    def text_of(name):
        with open(os.path.join(source, "tests", "golden", name), encoding="utf-8", newline="") as f:
            return f.read()

    rows = read(text_of("writers.csv"), STANDARD, "writers.csv")
    checks.equal([r["start"] for r in rows], ["2024-06-19", "2024-10-11", "2024-10-28", "2024-11-05T15:30"], "starts")
    checks.equal([r["end"] for r in rows], ["2024-06-19", "2024-10-20", "2024-11-03", "2024-11-05T15:30"], "ends")
    checks.equal([r["display_date"] for r in rows],
                 ["19 June 2024", "mid-October 2024", "week of 28 October 2024", "5 November 2024, 15:30 UTC"],
                 "display dates")
    checks.equal(rows[1]["headline"], 'Troops moved, "officials said",\nand left', "comma, quotes and newline")
    checks.equal(rows[2]["headline"], "'=cmd|' /C calc'!A0 drills", "the formula is text")
    checks.equal(rows[2]["source"], "articles/wire.txt; articles/summit.txt", "both sources")

    rows = read(text_of("writers-timelinejs.csv"), TIMELINEJS, "writers-timelinejs.csv")
    checks.equal([(r["Year"], r["Month"], r["Day"], r["End Month"], r["End Day"]) for r in rows],
                 [("2024", "6", "19", "", ""), ("2024", "10", "11", "10", "20"), ("2024", "10", "28", "11", "3"),
                  ("2024", "11", "5", "", "")], "TimelineJS dates")
    checks.equal(rows[3]["Time"], "15:30", "TimelineJS time")

    rows = read(text_of("writers-gcal.csv"), GCAL, "writers-gcal.csv")
    checks.equal([(r["Start Date"], r["End Date"], r["All Day Event"]) for r in rows],
                 [("06/19/2024", "06/19/2024", "True"), ("10/11/2024", "10/20/2024", "True"),
                  ("10/28/2024", "11/03/2024", "True"), ("11/05/2024", "11/05/2024", "False")], "Google dates")
    checks.equal((rows[3]["Start Time"], rows[3]["End Time"]), ("03:30 PM", "03:31 PM"), "Google times")


def shared(annalist, shared_dir):
    path = shared_article(shared_dir)
    rows = read(build(annalist, path), STANDARD, "article")
    # Read off by hand: eight dated events and four "now" statements.
    checks.equal(len(rows), 12, "article: every event")
    by_value = {}
    for r in rows:
        by_value.setdefault(r["value"], []).append(r)
    # Read off the article by hand: "on November 5" is election day; "last Thursday"
    # (before Monday 4 November) is the Hwasong-19 launch on 31 October.
    checks.check(any("presidential election" in r["sentence"] for r in by_value.get("2024-11-05", [])),
                 "the election on 2024-11-05")
    checks.check(any("Hwasong-19" in r["sentence"] for r in by_value.get("2024-10-31", [])),
                 "the Hwasong-19 launch on 2024-10-31")
    checks.check(any(r["display_date"] == "mid-October 2024" and r["start"] == "2024-10-11" and r["end"] == "2024-10-20"
                     for r in rows), "mid-October as October 11 to 20")
    checks.check(all(r["published"] == "2024-11-04" for r in rows), "publication dates")

    timeline = read(build(annalist, path, "--csv-profile", "timelinejs"), TIMELINEJS, "article, timelinejs")
    checks.equal(len(timeline), len(rows), "timelinejs rows")
    checks.check(any(r["Year"] == "2024" and r["Month"] == "11" and r["Day"] == "5" for r in timeline),
                 "timelinejs: 5 November")
    gcal = read(build(annalist, path, "--csv-profile", "gcal"), GCAL, "article, gcal")
    checks.equal(len(gcal), len(rows), "gcal rows")
    checks.check(any(r["Start Date"] == "10/31/2024" and "Hwasong-19" in r["Description"] for r in gcal),
                 "gcal: the launch on 10/31/2024")


if sys.argv[1] == "golden":
    golden(sys.argv[2])
else:
    shared(sys.argv[2], sys.argv[3])
checks.finish()
