#!/usr/bin/python3
"""Hostile files through the CLI: each refused with one line naming it (exit 1) or
read as stated, and the other inputs of the run still built.

Usage: hostile_files_test.py ANNALIST"""
import gzip
import json
import os
import subprocess
import sys
import tempfile

from writer_checks import Checks

checks = Checks()
annalist = sys.argv[1]
GOOD = "The bridge reopened on March 12, 2025.\n"
BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(2, 10)) + "]>\n")


def run(*args, stdin=None):
    done = subprocess.run([annalist, *map(str, args)], input=stdin, capture_output=True)
    return done.returncode, done.stdout.decode(), done.stderr.decode()



with tempfile.TemporaryDirectory(prefix="annalist-hostile-files-") as folder:
    def write(name, data):
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path

    good = write("good.txt", GOOD)

    # Invalid UTF-8 in a text file: an error at its byte; the good file is still built.
    bad = write("bad-utf8.txt", b"The vote \xff\xfe was held on June 3, 2024.\n")
    code, out, err = run("build", bad, good, "--pub-date", "2024-11-04", "-t", "json", "-q")
    checks.equal(code, 1, "invalid UTF-8: exit 1")
    checks.equal(err.strip(), f"annalist: {bad}:1:10 (byte 9): error: invalid UTF-8 at byte offset 9",
                 "invalid UTF-8: one line naming the file and the byte")
    checks.equal([e["value"] for e in json.loads(out)["events"]], ["2025-03-12"], "the good file is built")

    # A UTF-8 byte order mark is not text: offsets count from the first letter.
    bom = write("bom.txt", b"\xef\xbb\xbfThe vote was held on June 3, 2024.\n")
    code, out, err = run("mentions", bom, "--pub-date", "2024-11-04")
    line = json.loads(out.splitlines()[0])
    checks.equal((code, line["start"], line["text"]), (0, 21, "June 3, 2024"), "BOM: offsets from the text")

    # A truncated gzip renamed .html: refused as compressed, not read as noise.
    page = gzip.compress(b"<html><body><p>The vote was held on June 3, 2024.</p></body></html>" * 50)
    gz = write("page.html", page[: len(page) // 2])
    code, out, err = run("build", gz, good, "--pub-date", "2024-11-04", "-t", "csv", "-q")
    checks.equal(code, 1, "gzip: exit 1")
    checks.equal(err.strip(), f"annalist: {gz}: error: gzip-compressed: decompress it first (gunzip)",
                 "gzip: one line")
    checks.equal(len(out.splitlines()), 2, "gzip: the good file's event is written")

    # XML entity expansion bombs: declared entities are never expanded, in RSS and TimeML.
    rss = write("bomb.rss", BOMB + '<rss version="2.0"><channel><title>x</title><item><title>&lol9;</title>'
                '<description>On June 3, 2024 &lol9;</description>'
                "<pubDate>Mon, 03 Jun 2024 09:00:00 GMT</pubDate></item></channel></rss>\n")
    tml = write("bomb.tml", BOMB + '<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-03" '
                'functionInDocument="CREATION_TIME">June 3, 2024</TIMEX3></DCT><TEXT>&lol9; On June 3.</TEXT>'
                "</TimeML>\n")
    code, out, err = run("read", rss, tml, "-t", "jsonl")
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    checks.equal((code, texts), (0, ["On June 3, 2024 &lol9;", "&lol9; On June 3."]),
                 "entity bombs: the entities are left as written")

    # --max-document-bytes: a larger file is refused unread (its size is enough), with
    # one line; standard input is read no further than the limit.
    big = os.path.join(folder, "big.txt")
    with open(big, "wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: 65 MiB that cost no disk
    code, out, err = run("build", big, good, "--pub-date", "2024-11-04", "-t", "csv", "-q")
    checks.equal(code, 1, "over 64 MiB: exit 1")
    checks.equal(err.strip(), f"annalist: {big}: error: larger than --max-document-bytes (67108864 bytes); left out",
                 "over 64 MiB by default: one line")
    checks.equal(len(out.splitlines()), 2, "over 64 MiB: the good file is built")
    code, out, err = run("build", "-", "--max-document-bytes", "1000", "--pub-date", "2024-11-04", "-q",
                         stdin=GOOD.encode() * 100)
    checks.equal((code, err.strip()),
                 (1, "annalist: -: error: larger than --max-document-bytes (1000 bytes); left out"),
                 "standard input over the limit")

checks.finish()
