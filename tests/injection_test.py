#!/usr/bin/python3
"""Hostile article text through every writer, checked in the programs that open the
output: Python's csv module (a spreadsheet formula never starts a cell),
python3-icalendar and khal (a headline cannot add a property or a parameter: one
event per dated sentence, its text intact), headless Chromium (no script from an
article runs, no element or link it wrote exists, nothing breaks out of the page's
own script, style or comments).

Usage: injection_test.py ANNALIST
The articles are written here, as JSON lines (title and URL are document fields)
in a file whose own name is hostile too. Skips the browser part (but not the
others) with a message where Chromium is absent.
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import chromium_page
from writer_checks import Checks

checks = Checks()
annalist = sys.argv[1]

# Dated sentences, each one event (checked by hand: each has one full date, and
# nothing else the rules read as a date). The expected headline is the clause
# without its date and preposition.
ARTICLES = [
    {"title": "=HYPERLINK(\"http://evil.example\",\"click\")",
     "url": "javascript:window.pwned='url'",
     "text": "=1+1 was typed into the sheet on May 4, 2024."},
    {"title": "Line one\r\nATTACH:http://evil.example/x\r\nRRULE:FREQ=DAILY",
     "url": "data:text/html,<script>window.pwned='data'</script>",
     "text": "+SUM(A1:A9) appeared on May 5, 2024; the clerk left."},
    {"title": "</style><script>window.pwned='title'</script><!--",
     "url": "https://example.org/?q=\"><img src=x onerror=\"window.pwned='onerror'\">",
     "text": "-2+3 was the score on May 6, 2024."},
    {"title": "@SUM(1,2)", "url": "  @SUM(1,2)",
     "text": "  =cmd|' /C calc'!A0 ran on May 7, 2024."},
    {"title": "Tabs", "url": "https://example.org/t",
     "text": "\"=2*3\" was quoted on May 8, 2024."},
    {"title": "Scripts", "url": "https://example.org/s",
     "text": "The page <script>window.pwned='text'</script> said </script> and <!-- on May 9, 2024."},
    {"title": "Semicolons", "url": "https://example.org/p",
     "text": "SUMMARY;LANGUAGE=en:Fake; DTSTART:19700101 was sent on May 10, 2024."},
]
EXPECTED_DAYS = [f"2024-05-{d:02}" for d in range(4, 11)]
FORMULA_STARTS = "=+-@\t\r"


def build(path, fmt):
    run = subprocess.run([annalist, "build", path, "-t", fmt], capture_output=True)
    checks.equal(run.returncode, 0, f"build -t {fmt}: {run.stderr.decode()[:300]}")
    return run.stdout.decode("utf-8")


def csv_checks(path):
    rows = list(csv.DictReader(io.StringIO(build(path, "csv"), newline="")))
    checks.equal([r["start"] for r in rows], EXPECTED_DAYS, "CSV: one row per dated sentence")
    for row in rows:
        for column in ("headline", "sentence", "source", "url"):
            cell = row[column]
            bare = cell.lstrip(" \"'")
            if bare and bare[0] in FORMULA_STARTS:
                checks.check(cell.startswith("'"), f"CSV {column} {cell!r} is guarded by a leading quote")
    checks.equal(rows[3]["url"], "'  @SUM(1,2)", "CSV: spaces before @ guarded")
    checks.check(rows[4]["sentence"].startswith("'\"=2*3\""), f"CSV: a quote before = guarded: {rows[4]['sentence']!r}")


def ics_checks(path):
    import icalendar

    text = build(path, "ics")
    calendar = icalendar.Calendar.from_ical(text)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    checks.equal(len(events), len(ARTICLES), "iCalendar: one VEVENT per dated sentence")
    for event in events:
        extra = {"ATTACH", "RRULE", "LANGUAGE"} & set(event.keys())
        checks.equal(extra, set(), f"iCalendar: no injected property in {event.get('SUMMARY')!r}")
        checks.check(event.decoded("DTSTART").isoformat() in EXPECTED_DAYS, "iCalendar: the day")
    # The headline is the dated clause (the text splits at ';'); the sentence is whole.
    summaries = [str(e.get("SUMMARY")) for e in events]
    checks.check("DTSTART:19700101 was sent" in summaries, f"iCalendar: ':' kept as text: {summaries}")
    descriptions = " ".join(str(e.get("DESCRIPTION")) for e in events)
    checks.check("SUMMARY;LANGUAGE=en:Fake; DTSTART:19700101 was sent on May 10, 2024." in descriptions,
                 "iCalendar: ';' and ':' in the sentence kept as text")
    checks.check("ATTACH:http://evil.example/x" in descriptions, "iCalendar: the title's lines kept as text")
    with tempfile.TemporaryDirectory(prefix="annalist-khal-") as folder:
        ics = os.path.join(folder, "hostile.ics")
        with open(ics, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        calendars = os.path.join(folder, "calendars", "annalist")
        os.makedirs(calendars)
        config = os.path.join(folder, "khal.conf")
        with open(config, "w") as f:
            f.write(f"[calendars]\n[[annalist]]\npath = {calendars}\n[locale]\ntimeformat = %H:%M\n"
                    f"dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
                    f"longdatetimeformat = %Y-%m-%d %H:%M\n[sqlite]\npath = {folder}/khal.db\n")
        run = subprocess.run(["khal", "--config", config, "import", "--batch", ics], capture_output=True, text=True)
        checks.equal(run.returncode, 0, f"khal import: {run.stderr.strip()}")
        listed = subprocess.run(["khal", "--config", config, "list", "--once", "--day-format", "", "--format",
                                 "{start-date}|{title}", "2024-05-01", "2024-05-31"], capture_output=True, text=True)
        lines = [line for line in listed.stdout.splitlines() if line.strip()]
        checks.equal(len(lines), len(ARTICLES), f"khal: one event per dated sentence: {lines}")


PAGE_STATE = """JSON.stringify({
  pwned: typeof window.pwned === 'undefined' ? null : window.pwned,
  scripts: document.scripts.length,
  styles: document.querySelectorAll('style').length,
  images: document.images.length,
  handlers: Array.from(document.querySelectorAll('*')).filter(e =>
      Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')),
  comments: document.createTreeWalker(document, NodeFilter.SHOW_COMMENT).nextNode() !== null,
  text: document.body.innerText})"""


def html_checks(path, folder):
    if not chromium_page.available():
        print("SKIPPED: the browser checks: /usr/bin/chromium is absent")
        return
    page_path = os.path.join(folder, "hostile.html")
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(build(path, "html"))
    with chromium_page.Page() as page:
        page.open(page_path)
        state = json.loads(page.evaluate(PAGE_STATE))
        checks.equal(state["pwned"], None, "HTML: no script from an article ran")
        checks.equal((state["scripts"], state["styles"], state["images"], state["handlers"]), (1, 1, 0, 0),
                     "HTML: only the page's own script and style, no image, no handler")
        checks.equal(state["comments"], False, "HTML: no comment opened by article text")
        bad = [link for link in state["links"] if link.lower().startswith(("javascript:", "data:"))]
        checks.equal(bad, [], "HTML: no javascript: or data: link")
        for words in ["</style><script>window.pwned='title'</script><!--", "=1+1 was typed into the sheet",
                      "said </script> and <!--"]:
            checks.check(words in state["text"], f"HTML: {words!r} shown as text")
        checks.equal(page.requests(), ["file://" + os.path.abspath(page_path)], "HTML: no request but the page")


with tempfile.TemporaryDirectory(prefix="annalist-hostile-") as folder:
    path = os.path.join(folder, "\"><script>window.pwned='source'<\\script>=1.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for article in ARTICLES:
            f.write(json.dumps({**article, "published": "2024-06-01"}) + "\n")
    csv_checks(path)
    ics_checks(path)
    html_checks(path, folder)
checks.finish()
