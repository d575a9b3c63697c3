"""What the writer tests in Python share: running annalist, checks that count, the
closing line ctest and CI read, and the visible skip."""
import os
import subprocess
import sys

SKIP = 77  # ctest's SKIP_RETURN_CODE for these tests


class Checks:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
            print("FAILED:", what)

    def equal(self, actual, expected, what):
        self.check(actual == expected, f"{what}: got {actual!r}, expected {expected!r}")

    def finish(self):
        print(f"{self.passed} passed, {len(self.failures)} failed")
        sys.exit(1 if self.failures else 0)


def skip(message):
    print("SKIPPED:", message)
    sys.exit(SKIP)


def shared_article(shared_dir):
    """The shared news article (published 2024-11-04), or a visible skip where ../shared is absent."""
    path = os.path.join(shared_dir, "articles", "putin-kim-us-elections.txt")
    if not os.path.exists(path):
        skip(f"{path} is absent")
    return path


def build(annalist, path, *options):
    """annalist build PATH --pub-date 2024-11-04 OPTIONS, its standard output as text."""
    run = subprocess.run([annalist, "build", path, "--pub-date", "2024-11-04", *options], capture_output=True)
    if run.returncode != 0:
        raise RuntimeError(f"annalist build {path} {options} exited {run.returncode}: {run.stderr.decode()}")
    return run.stdout.decode("utf-8")
