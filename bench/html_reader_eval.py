#!/usr/bin/python3
"""Scores the html reader on the development sets in ../shared/corpora/.

  bench/html_reader_eval.py [ANNALIST] [CORPORA] [--errors]

htmldate-dev: accuracy of the publication day (no answer counts as wrong).
article-bodies-dev: the benchmark's 4-token shingle precision, recall and F1.
Each also for the two fixed halves of bench/html_halves.tsv: rules are developed on
half A and kept only if half B agrees.
--errors lists each wrong or missing date (page, gold, found, source) and the pages
with the lowest body F1 (page, P, R) of half A, the half rules are developed on, to see
what to fix next; --errors=all lists both halves. Every run also counts, per half, the
pages each kind of source dated and how many of those it dated wrong.
"""
import collections
import json
import os
import re
import subprocess
import sys

from fixed_halves import read_halves

errors = "--errors" in sys.argv[1:] or "--errors=all" in sys.argv[1:]
shown_halves = ("A", "B") if "--errors=all" in sys.argv[1:] else ("A",)
positional = [arg for arg in sys.argv[1:] if not arg.startswith("--errors")]
annalist = positional[0] if len(positional) > 0 else "build/release/bin/annalist"
corpora = positional[1] if len(positional) > 1 else "../shared/corpora"


def halves():
    return read_halves("html_halves.tsv", ".html")


HALVES = halves()


def by_half(corpus, pages):
    """The pages of each half, in order: {"A": [...], "B": [...]}."""
    out = {"A": [], "B": []}
    for page in pages:
        out[HALVES[(corpus, page)]].append(page)
    return out


def read_pages(paths):
    """Documents by input path, read with the html reader, one call for all pages."""
    run = subprocess.run([annalist, "read", "--reader", "html", "-t", "jsonl", *paths],
                         capture_output=True, text=True)
    # split("\n"), not splitlines(): article text may hold U+2028, which JSON keeps raw.
    return {doc["source"]: doc for doc in map(json.loads, filter(None, run.stdout.split("\n")))}


def htmldate():
    folder = os.path.join(corpora, "htmldate-dev")
    gold = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(folder, "gold.tsv"))
                if not line.startswith("#"))
    paths = {page: os.path.join(folder, "pages", page + ".html") for page in gold}
    docs = read_pages(list(paths.values()))
    def is_right(page):
        return (docs.get(paths[page]) or {}).get("published") == gold[page]
    right = sum(1 for page in gold if is_right(page))
    answered = sum(1 for page in gold if (docs.get(paths[page]) or {}).get("published"))
    print(f"htmldate-dev: accuracy {right / len(gold):.3f} ({right}/{len(gold)}), answered {answered}")
    for half, pages in by_half("htmldate-dev", sorted(gold)).items():
        n = sum(1 for page in pages if is_right(page))
        print(f"  half {half}: accuracy {n / len(pages):.3f} ({n}/{len(pages)})")
    for half, pages in by_half("htmldate-dev", sorted(gold)).items():
        used, wrong = collections.Counter(), collections.Counter()
        for page in pages:
            doc = docs.get(paths[page]) or {}
            kind = source_kind(doc.get("published_source") or "")
            used[kind] += 1
            wrong[kind] += doc.get("published") != gold[page]
        print(f"  half {half} sources (used/wrong): " +
              ", ".join(f"{kind} {used[kind]}/{wrong[kind]}" for kind in sorted(used)))
    if errors:
        for page, day in sorted(gold.items()):
            doc = docs.get(paths[page]) or {}
            if HALVES[("htmldate-dev", page)] in shown_halves and doc.get("published") != day:
                print(f"  {HALVES[('htmldate-dev', page)]} {page}\tgold {day}\tfound {doc.get('published') or '-'}\t{doc.get('published_source') or ''}")


def source_kind(source):
    """The family of a published_source, as the issue's table counts them."""
    if not source:
        return "none"
    for kind, words in (("text", ("text",)), ("meta", ("meta ",)), ("time", ("<time",)),
                        ("json-ld", ("JSON-LD",)), ("url", ("URL",))):
        if any(source.startswith(word) or f"the article's {word}" in source or f"the page's {word}" in source
               for word in words):
            return kind
    return "other"


def shingles(text, n=4):
    words = re.findall(r"\w+", text)
    return collections.Counter(tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1)))


def bodies():
    folder = os.path.join(corpora, "article-bodies-dev")
    ids = [name[:-4] for name in sorted(os.listdir(os.path.join(folder, "gold")))]
    paths = {page: os.path.join(folder, "pages", page + ".html") for page in ids}
    docs = read_pages(list(paths.values()))
    precisions, recalls, per_page = [], [], []
    for page in ids:
        gold = shingles(open(os.path.join(folder, "gold", page + ".txt"), encoding="utf-8").read())
        got = shingles((docs.get(paths[page]) or {}).get("text") or "")
        tp = sum((gold & got).values())
        fp = sum((got - gold).values())
        fn = sum((gold - got).values())
        total = tp + fp + fn or 1
        tp, fp, fn = tp / total, fp / total, fn / total
        precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        recalls.append(tp / (tp + fn) if tp + fn else 0.0)
        per_page.append((page, precisions[-1], recalls[-1]))
    def scores(rows):
        p = sum(row[1] for row in rows) / len(rows)
        r = sum(row[2] for row in rows) / len(rows)
        return p, r, 2 * p * r / (p + r) if p + r else 0.0
    p, r, f = scores(per_page)
    print(f"article-bodies-dev: precision {p:.3f} recall {r:.3f} F1 {f:.3f} ({len(ids)} pages)")
    for half, pages in by_half("article-bodies-dev", ids).items():
        p, r, f = scores([row for row in per_page if row[0] in pages])
        print(f"  half {half}: precision {p:.3f} recall {r:.3f} F1 {f:.3f} ({len(pages)} pages)")
    if errors:
        def f1(row):
            return 2 * row[1] * row[2] / (row[1] + row[2]) if row[1] + row[2] else 0.0
        shown = [row for row in per_page if HALVES[("article-bodies-dev", row[0])] in shown_halves]
        for page, precision, recall in sorted(shown, key=f1)[:25]:
            print(f"  {HALVES[('article-bodies-dev', page)]} {page}\tP {precision:.3f}\tR {recall:.3f}")


if __name__ == "__main__":
    htmldate()
    bodies()
