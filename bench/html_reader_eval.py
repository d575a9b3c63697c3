#!/usr/bin/python3
"""Scores the html reader on the development sets in ../shared/corpora/.

  bench/html_reader_eval.py [ANNALIST] [CORPORA]

htmldate-dev: accuracy of the publication day (no answer counts as wrong).
article-bodies-dev: the benchmark's 4-token shingle precision, recall and F1.
"""
import collections
import json
import os
import re
import subprocess
import sys

annalist = sys.argv[1] if len(sys.argv) > 1 else "build/release/bin/annalist"
corpora = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora"


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


def shingles(text, n=4):
    words = re.findall(r"\w+", text)
    return collections.Counter(tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1)))


def bodies():
    folder = os.path.join(corpora, "article-bodies-dev")
    ids = [name[:-4] for name in sorted(os.listdir(os.path.join(folder, "gold")))]
    paths = {page: os.path.join(folder, "pages", page + ".html") for page in ids}
    docs = read_pages(list(paths.values()))
    precisions, recalls = [], []
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
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    print(f"article-bodies-dev: precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r):.3f} ({len(ids)} pages)")


if __name__ == "__main__":
    htmldate()
    bodies()
