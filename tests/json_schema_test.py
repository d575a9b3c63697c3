#!/usr/bin/python3
"""Checks annalist's chronology JSON against docs/chronology.schema.json.

Usage: json_schema_test.py ANNALIST SOURCE_DIR. Builds the sample and a text with a
citation, a duration and an invalid date, validates both, and checks that the
schema rejects what it must (so the test can fail).
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

annalist, source = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(source, "docs", "chronology.schema.json")))
validator = jsonschema.Draft202012Validator(schema)
failures = []


def build(path, *options):
    run = subprocess.run([annalist, "build", path, "-t", "json", *options], capture_output=True, text=True)
    return json.loads(run.stdout)


def expect_valid(name, document):
    errors = [e.message for e in validator.iter_errors(document)]
    if errors:
        failures.append(f"{name}: {errors[:3]}")


def expect_invalid(name, document):
    if validator.is_valid(document):
        failures.append(f"{name}: accepted, should be rejected")


sample = build(os.path.join(source, "samples", "harbor-bridge.txt"), "--explain")
expect_valid("sample", sample)

with tempfile.TemporaryDirectory() as folder:
    text = os.path.join(folder, "cited.txt")
    with open(text, "w") as f:
        f.write("Published: 2024-11-04\n\nTalks lasted two days and began on October 2, 2024 "
                "(TASS, October 31). Filed February 30, 2024.\n")
    cited = build(text, "--include-citations")
    expect_valid("citations and diagnostics", cited)
    if not cited["citations"] or not cited["diagnostics"]:
        failures.append("the second document should have a citation and a diagnostic")

broken = json.loads(json.dumps(sample))
del broken["model_version"]
expect_invalid("without model_version", broken)
broken = json.loads(json.dumps(sample))
broken["events"][0]["grain"] = "fortnight"
expect_invalid("an unknown grain", broken)
broken = json.loads(json.dumps(sample))
broken["events"][0]["interval"] = ["2024-06-19"]
expect_invalid("a one-ended interval", broken)

for failure in failures:
    print("FAILED:", failure)
print(f"{1 if not failures else 0} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
