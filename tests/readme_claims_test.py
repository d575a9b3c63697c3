#!/usr/bin/python3
"""What the README says the CLI does, each claim run as a user would run it:
folders walked recursively in sorted order with hidden entries skipped; a month in
iCalendar spanning the whole month; -o /dev/stdout and pipes; --reader forcing a
reader; the plugin search order; a languages/ folder beside the config taking
precedence over the installed one.

Usage: readme_claims_test.py ANNALIST SOURCE_DIR PLUGIN_DIR"""
import os
import shutil
import subprocess
import sys
import tempfile

from writer_checks import Checks

checks = Checks()
annalist, source, plugin_dir = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])


def run(*args, env=None, cwd=None):
    done = subprocess.run([annalist, *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd)
    return done.returncode, done.stdout, done.stderr


with tempfile.TemporaryDirectory(prefix="annalist-readme-") as folder:
    def write(relative, text):
        path = os.path.join(folder, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    # Folders are walked recursively, in sorted order; hidden files and folders are skipped.
    write("archive/b/2.txt", "Published: 2024-11-04\n\nThe port reopened on May 2, 2024.\n")
    write("archive/a/deeper/1.txt", "Published: 2024-11-04\n\nThe port closed on May 1, 2024.\n")
    write("archive/.hidden/3.txt", "Published: 2024-11-04\n\nA secret on May 3, 2024.\n")
    write("archive/.4.txt", "Published: 2024-11-04\n\nAnother secret on May 4, 2024.\n")
    code, out, err = run("read", os.path.join(folder, "archive"), "-t", "jsonl")
    sources = [line.split('"source":"')[1].split('"')[0] for line in out.splitlines()]
    checks.equal([os.path.relpath(s, folder) for s in sources], ["archive/a/deeper/1.txt", "archive/b/2.txt"],
                 "folders: recursive, sorted, hidden skipped")

    # A month in iCalendar is an all-day event over the whole month.
    month = write("month.txt", "Published: 2024-11-04\n\nThe survey ran in June 2024.\n")
    code, out, err = run("build", month, "-t", "ics")
    lines = out.splitlines()
    checks.check("DTSTART;VALUE=DATE:20240601" in lines and "DTEND;VALUE=DATE:20240701" in lines,
                 "iCalendar: June 2024 runs from June 1 to July 1 (exclusive)")

    # -o /dev/stdout writes into the pipe; so does no -o.
    piped = subprocess.run(f"'{annalist}' build '{month}' -t csv -o /dev/stdout | cat", shell=True,
                           capture_output=True, text=True)
    code, plain, err = run("build", month, "-t", "csv")
    checks.equal((piped.returncode, piped.stdout), (0, plain), "-o /dev/stdout through a pipe writes what stdout gets")
    checks.check(plain.startswith("start,end,grain") and "2024-06-01,2024-06-30,month" in plain, "the CSV row")

    # --reader forces a reader over the probe: an HTML page read as plain text.
    page = write("page.html", "<html><head><title>Port</title></head><body><p>It reopened on May 2, 2024.</p>"
                              "</body></html>")
    probed = run("read", page, "-t", "jsonl")[1]
    forced = run("read", page, "-t", "jsonl", "--reader", "text")[1]
    checks.check('"reader":"html"' in probed and '"title":"Port"' in probed, "the probe picks html")
    checks.check('"reader":"text"' in forced and "<html>" in forced, "--reader text reads the markup as text")

    # Plugin search order: --plugin-dir, then ANNALIST_PLUGIN_PATH, then the config's
    # search_path, then the folder beside the binary; the first of an id wins.
    first, second, third = (os.path.join(folder, name) for name in ("first", "second", "third"))
    for where in (first, second, third):
        os.makedirs(where)
        shutil.copy(os.path.join(plugin_dir, "annalist_text.so"), os.path.join(where, "text.so"))
    config = write("order/annalist.toml", f'[plugins]\nsearch_path = ["{third}"]\n')
    env = {**os.environ, "ANNALIST_PLUGIN_PATH": second}
    code, out, err = run("plugins", "--plugin-dir", first, "--config", config, env=env)
    text_line = next(line for line in out.splitlines() if line.startswith("text "))
    checks.check(text_line.endswith(os.path.join(first, "text.so")), f"--plugin-dir first: {text_line}")
    ignored = [line for line in err.splitlines() if "already loaded from" in line]
    checks.equal([line.split(":")[1].strip() for line in ignored],
                 [os.path.join(second, "text.so"), os.path.join(third, "text.so"),
                  os.path.join(plugin_dir, "annalist_text.so")],
                 "then ANNALIST_PLUGIN_PATH, the config's search_path, the installed folder")
    code, out, err = run("plugins", "--config", config, env=env)
    text_line = next(line for line in out.splitlines() if line.startswith("text "))
    checks.check(text_line.endswith(os.path.join(second, "text.so")), f"without --plugin-dir: {text_line}")

    # A languages/ folder beside the config wins over the installed one: here an
    # English without the relative rules, so "last Thursday" is read as a bare weekday.
    shutil.copytree(os.path.join(source, "configs", "languages", "en"), os.path.join(folder, "lang", "languages", "en"))
    os.remove(os.path.join(folder, "lang", "languages", "en", "rules", "20-relative.toml"))
    shutil.copy(os.path.join(source, "configs", "annalist.toml"), os.path.join(folder, "lang", "annalist.toml"))
    own = run("resolve", "last Thursday", "--ref", "2024-11-04", "--config",
              os.path.join(folder, "lang", "annalist.toml"))
    installed = run("resolve", "last Thursday", "--ref", "2024-11-04")
    checks.check('"text":"last Thursday"' in installed[1], "the installed English reads last Thursday")
    checks.check('"text":"Thursday"' in own[1] and "last" not in own[1].split('"text":')[1].split(",")[0],
                 f"the English beside the config, without relative rules, reads only Thursday: {own[1][:80]}")
checks.finish()
