#!/usr/bin/python3
"""annalist's HTML page in headless Chromium, as a reader's browser shows it: no
console error, no request but the page itself, the DOM the scripts leave, the filter
and the citations toggle at work, print and dark styles, and screenshots.

Usage: browser_test.py golden SOURCE_DIR ARTIFACTS | shared ANNALIST SHARED_DIR ARTIFACTS
golden: tests/golden/writers.html; shared: the shared news article. Skips (exit 77)
with a message where Chromium (/usr/bin/chromium) or the shared article is absent.
Screenshots are written to ARTIFACTS.
"""
import json
import os
import sys
import tempfile

import chromium_page
from writer_checks import Checks, build, shared_article, skip

checks = Checks()

# What the page shows, read from the DOM after its script ran.
SUMMARY = """JSON.stringify({
  events: Array.from(document.querySelectorAll('li.event')).map(li => ({
    begin: li.dataset.begin, date: li.querySelector('time').textContent,
    headline: (li.querySelector('h4') || {}).textContent || '',
    mark: (li.querySelector('mark') || {}).textContent || null,
    text: li.textContent, visible: !!li.offsetParent})),
  citations: Array.from(document.querySelectorAll('li.citation')).map(li => !!li.offsetParent),
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')),
  scripts: document.scripts.length,
  pwned: typeof window.pwned,
  status: document.getElementById('status').textContent,
  controls: !!document.getElementById('controls').offsetParent,
  headings: Array.from(document.querySelectorAll('h2, h3')).filter(h => h.offsetParent).map(h => h.textContent),
  overflow: document.documentElement.scrollWidth > window.innerWidth,
  background: getComputedStyle(document.body).backgroundColor})"""


def summary(page):
    return json.loads(page.evaluate(SUMMARY))


def loaded_cleanly(page, path, name):
    checks.equal(page.console_errors(), [], f"{name}: console errors")
    checks.equal(page.requests(), ["file://" + os.path.abspath(path)], f"{name}: requests")


def in_order(events):
    begins = [e["begin"] for e in events]
    return begins == sorted(begins)


def golden(source, artifacts):
    path = os.path.join(source, "tests", "golden", "writers.html")
    with chromium_page.Page(width=1000, height=900) as page:
        page.open(path)
        loaded_cleanly(page, path, "writers.html")
        s = summary(page)
        checks.equal(len(s["events"]), 4, "events")
        checks.check(in_order(s["events"]), "events in order")
        checks.equal([e["date"] for e in s["events"]],
                     ["19 June 2024", "mid-October 2024", "week of 28 October 2024", "5 November 2024, 15:30 UTC"],
                     "dates as people write them")
        # The article's <script> is text on the page, never run.
        checks.equal(s["scripts"], 1, "only the page's own script")
        checks.equal(s["pwned"], "undefined", "the article's script did not run")
        checks.equal(s["events"][0]["headline"], "The envoys met <script>window.pwned = 1</script>", "escaped headline")
        checks.equal([e["mark"] for e in s["events"]],
                     ["19 June 2024", "mid-October", "the week of 28 October 2024", "3:30 p.m. UTC on 5 November 2024"],
                     "marked mentions")
        checks.check(all(link.startswith("https://") for link in s["links"]) and len(s["links"]) == 5,
                     f"only https links: {s['links']}")
        checks.equal(s["citations"], [False], "the citation starts hidden")
        checks.equal(s["status"], "4 of 4 events shown", "status")
        checks.check(s["controls"], "the script showed the controls")
        checks.equal(s["headings"], ["2024", "June 2024", "October 2024", "November 2024"], "year and months")
        page.screenshot(os.path.join(artifacts, "writers-desktop-light.png"))

        page.evaluate("document.getElementById('show-citations').click()")
        s = summary(page)
        checks.equal(s["citations"], [True], "the toggle shows the citation")

        page.evaluate("const f = document.getElementById('filter'); f.value = 'POLLS closed';"
                      "f.dispatchEvent(new Event('input'))")
        s = summary(page)
        checks.equal([e["visible"] for e in s["events"]], [False, False, False, True], "the filter")
        checks.equal(s["status"], "1 of 4 events shown", "status after filtering")
        checks.equal(s["headings"], ["2024", "November 2024"], "empty months hidden")
        page.evaluate("const g = document.getElementById('filter'); g.value = ''; g.dispatchEvent(new Event('input'))")

        page.send("Emulation.setEmulatedMedia", {"media": "print"})
        checks.check(not summary(page)["controls"], "print hides the controls")
        page.send("Emulation.setEmulatedMedia", {"media": "screen",
                                                 "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        checks.equal(summary(page)["background"], "rgb(20, 21, 24)", "dark background")
        checks.equal(page.console_errors(), [], "no console error after using the page")
    with chromium_page.Page(width=390, height=844) as phone:
        phone.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        phone.open(path)
        checks.check(not summary(phone)["overflow"], "no sideways scrolling on a phone")
        phone.screenshot(os.path.join(artifacts, "writers-phone-dark.png"))


def shared(annalist, shared_dir, artifacts):
    article = shared_article(shared_dir)
    with tempfile.TemporaryDirectory(prefix="annalist-html-") as folder:
        path = os.path.join(folder, "chronology.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(build(annalist, article, "-t", "html"))
        with chromium_page.Page(width=1000, height=900) as page:
            page.open(path)
            loaded_cleanly(page, path, "article")
            s = summary(page)
            # Read off the article by hand: eight dated events and four "now" statements;
            # 32 dates after an outlet's name in its parentheses.
            checks.equal(len(s["events"]), 12, "every event of the chronology")
            checks.check(in_order(s["events"]), "events in order")
            checks.check(all(e["visible"] for e in s["events"]), "every event visible")
            checks.equal(len(s["citations"]), 32, "every citation")
            checks.check(not any(s["citations"]), "citations hidden")
            checks.check(any(e["begin"] == "2024-11-05" and "presidential election" in e["text"]
                             for e in s["events"]), "the election on 5 November 2024")
            checks.check(any(e["begin"] == "2024-10-31" and "Hwasong-19" in e["text"] and e["mark"] == "last Thursday"
                             for e in s["events"]), "the launch on 31 October 2024, 'last Thursday' marked")
            checks.check(any(e["date"] == "mid-October 2024" for e in s["events"]), "mid-October")
            page.screenshot(os.path.join(artifacts, "article-desktop-light.png"))
            page.evaluate("document.getElementById('show-citations').click()")
            checks.check(all(summary(page)["citations"]), "the toggle shows every citation")
            checks.equal(page.console_errors(), [], "no console error after using the page")


if not chromium_page.available():
    skip(f"{chromium_page.CHROMIUM} is absent (apt-get install chromium)")
artifacts = sys.argv[-1]
os.makedirs(artifacts, exist_ok=True)
if sys.argv[1] == "golden":
    golden(sys.argv[2], artifacts)
else:
    shared(sys.argv[2], sys.argv[3], artifacts)
checks.finish()
