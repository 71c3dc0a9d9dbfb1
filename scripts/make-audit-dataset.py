#!/usr/bin/env python3
"""Writes an ecs-simulator data file for the share-audit benchmark.

Default shape (the issue's benchmark): 20 regions x 100 custom images; 10% of the images are shared
with 60 accounts (two DescribeImageSharePermission pages at PageSize 50), the rest with 0-5 accounts;
one image in twenty is also shared with group "all". Every image status appears, because the audit must
find images in every status. The output is deterministic for a given --seed.

    scripts/make-audit-dataset.py --out /tmp/audit-data.json
"""

import argparse
import json
import random
import sys

STATUSES = ["Available", "Creating", "Waiting", "UnAvailable", "CreateFailed", "Deprecated"]


def build(regions, images_per_region, wide_percent, wide_accounts, seed):
    rng = random.Random(seed)
    data = {
        "AccessKeys": [{"AccessKeyId": "LTAIbenchaudit0001", "AccessKeySecret": "bench-audit-secret"}],
        "Regions": [],
        "Images": [],
    }
    wide_every = max(1, round(100 / wide_percent)) if wide_percent > 0 else 0
    for r in range(regions):
        region_id = "bench-region-%02d" % (r + 1)
        data["Regions"].append({
            "RegionId": region_id,
            "LocalName": "Bench region %d" % (r + 1),
            "RegionEndpoint": "ecs.%s.aliyuncs.com" % region_id,
        })
        for i in range(images_per_region):
            serial = r * images_per_region + i
            wide = wide_every and serial % wide_every == 0
            count = wide_accounts if wide else rng.randint(0, 5)
            accounts = []
            for aliyun_id in rng.sample(range(100000000000, 999999999999), count):
                account = {"AliyunId": str(aliyun_id)}
                if rng.random() < 0.9:  # SharedTime is optional in the API; leave some out
                    account["SharedTime"] = "2024-%02d-%02dT%02d:%02d:%02dZ" % (
                        rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                        rng.randint(0, 59))
                accounts.append(account)
            data["Images"].append({
                "RegionId": region_id,
                "ImageId": "m-bench%02d%05d" % (r + 1, i),
                "ImageName": "bench-image-%d" % serial,
                "Status": STATUSES[serial % len(STATUSES)],
                "OSName": "Alibaba Cloud Linux 3",
                "CreationTime": "2023-%02d-01T00:00:00Z" % (serial % 12 + 1),
                "Size": 40,
                "Accounts": accounts,
                "ShareGroups": ["all"] if serial % 20 == 7 else [],
            })
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="file to write ('-' for stdout)")
    parser.add_argument("--regions", type=int, default=20)
    parser.add_argument("--images", type=int, default=100, help="custom images per region")
    parser.add_argument("--wide-percent", type=float, default=10, help="percent of images shared widely")
    parser.add_argument("--wide-accounts", type=int, default=60, help="accounts of a widely shared image")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    data = build(args.regions, args.images, args.wide_percent, args.wide_accounts, args.seed)
    text = json.dumps(data, indent=1) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(text)
    grants = sum(len(i["Accounts"]) + len(i["ShareGroups"]) for i in data["Images"])
    pages = sum(max(1, -(-len(i["Accounts"]) // 50)) for i in data["Images"])
    print("%d regions, %d images, %d grants, %d permission pages" % (
        len(data["Regions"]), len(data["Images"]), grants, pages), file=sys.stderr)


if __name__ == "__main__":
    main()
