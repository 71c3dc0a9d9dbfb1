#!/usr/bin/env python3
"""Keeps translations/*.ts in step with the sources.

  check-ts.py update     run lupdate on the sources into the checked-in .ts files
  check-ts.py current    fail if lupdate would add or drop an entry (it runs on temporary copies)
  check-ts.py complete   fail if a .ts file has an unfinished, obsolete or vanished entry

Both `update` and `current` run lupdate the same way (the sources, options and files below), so a file
that `update` wrote always passes `current`. Entries are compared as (context, source, comment, plural)
sets: locations are not stored (-locations none), so moving a line churns nothing.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TRANSLATIONS_DIR = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(TRANSLATIONS_DIR)
# Everything the user sees comes from these folders; tests/ and benchmarks/ are not translated.
SOURCE_DIRS = ["app", "ui"]
CATALOG = "image-share-browser"
# English holds only the plural forms ("%n image(s)" -> "1 image" / "2 images"); everything else is the
# source text itself.
TS_FILES = {
    f"{CATALOG}_zh_CN.ts": [],
    f"{CATALOG}_en.ts": ["-pluralonly"],
}
COMMON_OPTIONS = ["-locations", "none", "-no-obsolete", "-source-language", "en", "-silent"]


def find_lupdate(explicit):
    if explicit:
        return explicit
    for candidate in ("lupdate6", "lupdate"):
        path = shutil.which(candidate)
        if path:
            return path
    debian = "/usr/lib/qt6/bin/lupdate"  # Debian's qt6-l10n-tools does not put it on PATH
    if os.path.exists(debian):
        return debian
    sys.exit("check-ts.py: lupdate not found; pass --lupdate PATH (package qt6-l10n-tools)")


def run_lupdate(lupdate, ts_path, extra_options):
    sources = [os.path.join(SOURCE_ROOT, d) for d in SOURCE_DIRS]
    command = [lupdate, *COMMON_OPTIONS, *extra_options, *sources, "-ts", ts_path]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"check-ts.py: lupdate failed on {os.path.basename(ts_path)}")
    # lupdate reports parse problems (e.g. tr() in a class without Q_OBJECT) on stderr without failing.
    problems = [line for line in result.stderr.splitlines() if line.strip()]
    return problems


def entries(ts_path):
    """(context, source, comment, numerus) -> message type ('' when finished)."""
    root = ET.parse(ts_path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""),
                   message.get("numerus") == "yes")
            translation = message.find("translation")
            found[key] = "" if translation is None else translation.get("type", "")
    return found


def describe(key):
    context, source, comment, numerus = key
    text = f"{context}: \"{source}\""
    if comment:
        text += f" ({comment})"
    if numerus:
        text += " [plural]"
    return text


def command_update(args):
    for name, options in TS_FILES.items():
        path = os.path.join(TRANSLATIONS_DIR, name)
        for problem in run_lupdate(args.lupdate, path, options):
            print(f"{name}: {problem}", file=sys.stderr)
        print(f"{name}: {len(entries(path))} entries, "
              f"{sum(1 for t in entries(path).values() if t == 'unfinished')} unfinished")
    return 0


def command_current(args):
    failed = False
    with tempfile.TemporaryDirectory() as temp:
        for name, options in TS_FILES.items():
            checked_in = os.path.join(TRANSLATIONS_DIR, name)
            if not os.path.exists(checked_in):
                print(f"{name}: missing; run scripts/update-translations")
                failed = True
                continue
            fresh = os.path.join(temp, name)
            shutil.copyfile(checked_in, fresh)
            # Warnings (e.g. tr() outside a Q_OBJECT class) are shown but do not fail the check: lupdate
            # still extracts the string, and only the runtime context decides whether it is found.
            for problem in run_lupdate(args.lupdate, fresh, options):
                print(f"{name}: lupdate warning: {problem}")
            old, new = set(entries(checked_in)), set(entries(fresh))
            for key in sorted(new - old):
                print(f"{name}: not in the file yet: {describe(key)}")
            for key in sorted(old - new):
                print(f"{name}: no longer in the sources: {describe(key)}")
            if old != new:
                failed = True
    if failed:
        print("The .ts files are out of date with the sources: run scripts/update-translations, translate "
              "the new entries in Qt Linguist, and commit the .ts files.")
        return 1
    print("The .ts files are up to date with the sources.")
    return 0


def command_complete(args):
    failed = False
    for name in args.files or TS_FILES:
        path = os.path.join(TRANSLATIONS_DIR, name)
        for key, kind in sorted(entries(path).items()):
            if kind:
                print(f"{name}: {kind}: {describe(key)}")
                failed = True
    if failed:
        print("Translate the entries above in Qt Linguist (mark them finished); obsolete and vanished "
              "entries go away with scripts/update-translations.")
        return 1
    print("Every entry is translated.")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", help="the lupdate executable (default: found on PATH or in /usr/lib/qt6/bin)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("current")
    complete = sub.add_parser("complete")
    complete.add_argument("files", nargs="*", help=f"file names in translations/ (default: {', '.join(TS_FILES)})")
    args = parser.parse_args()
    if args.command != "complete":
        args.lupdate = find_lupdate(args.lupdate)
    return {"update": command_update, "current": command_current, "complete": command_complete}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
