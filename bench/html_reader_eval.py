#!/usr/bin/python3
"""Scores the html reader on the development sets in ../shared/corpora/.

  bench/html_reader_eval.py [ANNALIST] [CORPORA] [--errors]

htmldate-dev: accuracy of the publication day (no answer counts as wrong).
article-bodies-dev: the benchmark's 4-token shingle precision, recall and F1.
--errors lists each wrong or missing date (page, gold, found, source) and the pages
with the lowest body F1 (page, P, R), to see what to fix next.
"""
import collections
import json
import os
import re
import subprocess
import sys

errors = "--errors" in sys.argv[1:]
positional = [arg for arg in sys.argv[1:] if arg != "--errors"]
annalist = positional[0] if len(positional) > 0 else "build/release/bin/annalist"
corpora = positional[1] if len(positional) > 1 else "../shared/corpora"


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
    right = sum(1 for page, day in gold.items() if (docs.get(paths[page]) or {}).get("published") == day)
    answered = sum(1 for page in gold if (docs.get(paths[page]) or {}).get("published"))
    print(f"htmldate-dev: accuracy {right / len(gold):.3f} ({right}/{len(gold)}), answered {answered}")
    if errors:
        for page, day in sorted(gold.items()):
            doc = docs.get(paths[page]) or {}
            if doc.get("published") != day:
                print(f"  {page}\tgold {day}\tfound {doc.get('published') or '-'}\t{doc.get('published_source') or ''}")


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
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    print(f"article-bodies-dev: precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r):.3f} ({len(ids)} pages)")
    if errors:
        def f1(row):
            return 2 * row[1] * row[2] / (row[1] + row[2]) if row[1] + row[2] else 0.0
        for page, precision, recall in sorted(per_page, key=f1)[:25]:
            print(f"  {page}\tP {precision:.3f}\tR {recall:.3f}")


if __name__ == "__main__":
    htmldate()
    bodies()
