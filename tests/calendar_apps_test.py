#!/usr/bin/python3
"""annalist's iCalendar as calendar software reads it: parsed by python3-icalendar,
imported into khal (a real calendar app) and listed there, day by day.

Usage: calendar_apps_test.py golden SOURCE_DIR | shared ANNALIST SHARED_DIR
golden: tests/golden/writers.ics; shared: the shared news article (skips, exit 77,
where it is absent). khal runs with a configuration and a vdir in a temp folder.
"""
import datetime
import os
import subprocess
import sys
import tempfile

import icalendar

from writer_checks import Checks, build, shared_article

checks = Checks()


def parse(text, name):
    """uid -> (summary, description, start, exclusive end, DTSTART's VALUE parameter)."""
    calendar = icalendar.Calendar.from_ical(text)
    checks.equal(str(calendar.get("VERSION")), "2.0", f"{name}: VERSION")
    checks.check(str(calendar.get("X-WR-CALNAME")) == str(calendar.get("NAME")), f"{name}: NAME")
    events = {}
    for event in calendar.walk("VEVENT"):
        checks.check(event.get("DTSTAMP") is not None, f"{name}: DTSTAMP")
        checks.equal(str(event.get("TRANSP")), "TRANSPARENT", f"{name}: TRANSP")
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        events[str(event["UID"])] = (str(event["SUMMARY"]), str(event["DESCRIPTION"]), start, end,
                                     event["DTSTART"].params.get("VALUE"))
    return events


def khal_list(text, first, last):
    """uid -> (first day, last day, start time) as khal lists the imported events."""
    with tempfile.TemporaryDirectory(prefix="annalist-khal-") as folder:
        calendar = os.path.join(folder, "calendar")
        os.mkdir(calendar)
        ics = os.path.join(folder, "chronology.ics")
        with open(ics, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        config = os.path.join(folder, "khal.conf")
        with open(config, "w") as f:
            f.write(f"""[calendars]
[[chronology]]
path = {calendar}
[sqlite]
path = {folder}/khal.db
[locale]
local_timezone = UTC
default_timezone = UTC
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = chronology
""")
        env = dict(os.environ, HOME=folder, XDG_CONFIG_HOME=folder, XDG_DATA_HOME=folder)
        imported = subprocess.run(["khal", "--config", config, "import", "--batch", ics], capture_output=True,
                                  text=True, env=env)
        checks.equal(imported.returncode, 0, f"khal import: {imported.stderr.strip()}")
        listed = subprocess.run(["khal", "--config", config, "list", "--once", "--day-format", "",
                                 "--format", "{uid}|{start-date}|{end-date}|{start-time}", first, last],
                                capture_output=True, text=True, env=env)
        checks.equal(listed.returncode, 0, f"khal list: {listed.stderr.strip()}")
        print("khal list:")
        print(listed.stdout, end="")
        days = {}
        for line in listed.stdout.splitlines():
            if line.count("|") == 3:
                uid, start, end, time = line.split("|")
                days[uid] = (start, end, time)
        return days


def golden(source):
    with open(os.path.join(source, "tests", "golden", "writers.ics"), encoding="utf-8", newline="") as f:
        text = f.read()
    events = parse(text, "writers.ics")
    checks.equal(len(events), 4, "events")
    by_summary = {summary: (start, end, value) for summary, _, start, end, value in events.values()}
    checks.equal(by_summary.get('Troops moved, "officials said",\nand left'),
                 (datetime.date(2024, 10, 11), datetime.date(2024, 10, 21), "DATE"), "mid-October, exclusive end")
    checks.equal(by_summary.get("=cmd|' /C calc'!A0 drills"),
                 (datetime.date(2024, 10, 28), datetime.date(2024, 11, 4), "DATE"), "the week")
    checks.equal(by_summary.get("Polls closed"),
                 (datetime.datetime(2024, 11, 5, 15, 30, tzinfo=datetime.timezone.utc),
                  datetime.datetime(2024, 11, 5, 15, 31, tzinfo=datetime.timezone.utc), None), "the time, in UTC")
    description = next(d for s, d, *_ in events.values() if s.startswith("Troops"))
    checks.check("date approximate: mid-October 2024" in description, "the description says approximate")

    days = khal_list(text, "2024-01-01", "2024-12-31")
    listed = {events[uid][0]: day for uid, day in days.items() if uid in events}
    checks.equal(listed.get("The envoys met <script>window.pwned = 1</script>"), ("2024-06-19", "2024-06-19", ""),
                 "khal: 19 June")
    checks.equal(listed.get('Troops moved, "officials said",\nand left'), ("2024-10-11", "2024-10-20", ""),
                 "khal: October 11 to 20")
    checks.equal(listed.get("=cmd|' /C calc'!A0 drills"), ("2024-10-28", "2024-11-03", ""), "khal: the week")
    checks.equal(listed.get("Polls closed"), ("2024-11-05", "2024-11-05", "15:30"), "khal: 15:30 on 5 November")


def shared(annalist, shared_dir):
    text = build(annalist, shared_article(shared_dir), "-t", "ics")
    events = parse(text, "article")
    # Read off by hand: eight dated events and four "now" statements.
    checks.equal(len(events), 12, "article: every event")
    days = khal_list(text, "2023-01-01", "2024-12-31")
    checks.equal(len(days), len(events), "khal lists every event once")

    def days_of(word):
        return [days.get(uid) for uid, (summary, description, *_) in events.items() if word in description]

    # Read off the article by hand: election day is Tuesday 5 November 2024; the
    # Hwasong-19 was launched "last Thursday", 31 October, before Monday 4 November.
    checks.check(("2024-11-05", "2024-11-05", "") in days_of("presidential election"), "khal: the election on 5 Nov")
    checks.check(("2024-10-31", "2024-10-31", "") in days_of("Hwasong-19"), "khal: the launch on 31 Oct")
    checks.check(("2024-10-11", "2024-10-20", "") in days_of("mid-October"), "khal: mid-October, 11 to 20")


if sys.argv[1] == "golden":
    golden(sys.argv[2])
else:
    shared(sys.argv[2], sys.argv[3])
checks.finish()
