#!/usr/bin/env python3
"""Writes resources/demo-data.json, the ECS simulator's demo dataset.

Deterministic: a fixed seed, so the file only changes when this script does. Run from anywhere:
    python3 scripts/make-demo-data.py
"""
import hashlib
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

rng = random.Random(20240531)

REGIONS = [
    ("cn-hangzhou", "华东1（杭州）", "China (Hangzhou)"),
    ("cn-shanghai", "华东2（上海）", "China (Shanghai)"),
    ("cn-beijing", "华北2（北京）", "China (Beijing)"),
    ("ap-southeast-1", "新加坡", "Singapore"),
    ("eu-central-1", "德国（法兰克福）", "Germany (Frankfurt)"),
]

OS = [
    ("Alibaba Cloud Linux  3.2104 LTS 64位", "Alibaba Cloud Linux  3.2104 LTS 64 bit", "linux", "Aliyun", "x86_64"),
    ("Ubuntu  22.04 64位", "Ubuntu  22.04 64 bit", "linux", "Ubuntu", "x86_64"),
    ("CentOS  7.9 64位", "CentOS  7.9 64 bit", "linux", "CentOS", "x86_64"),
    ("Debian  12.5 64位", "Debian  12.5 64 bit", "linux", "Debian", "x86_64"),
    ("Windows Server  2022 数据中心版 64位中文版", "Windows Server  2022 Data Center Edition 64bit Chinese Edition",
     "windows", "Windows Server 2022", "x86_64"),
    ("Alibaba Cloud Linux  3.2104 LTS 64位 ARM版", "Alibaba Cloud Linux  3.2104 LTS 64 bit ARM Edition", "linux",
     "Aliyun", "arm64"),
]

# (region, name, description, status, os index, sharing)
# sharing: number of accounts, or a tuple (accounts, groups)
IMAGES = [
    ("cn-hangzhou", "生产-网关-基线", "生产环境 API 网关基线镜像", "Available", 0, (3, [])),
    ("cn-hangzhou", "prod-web-2024-05", "Web tier, nginx 1.24 + app", "Available", 1, (5, [])),
    ("cn-hangzhou", "prod-db-proxy", "", "Available", 0, (0, [])),
    ("cn-hangzhou", "shared-build-agent", "CI build agent shared with every partner", "Available", 3, (57, [])),
    ("cn-hangzhou", "public-demo-toolbox", "Shared with everyone", "Available", 1, (0, ["all"])),
    ("cn-hangzhou", "win2022-office-base", "Windows desktop base", "Available", 4, (2, [])),
    ("cn-hangzhou", "测试-订单服务-v3", "订单服务测试镜像", "Available", 0, (1, [])),
    ("cn-hangzhou", "legacy-centos7-app", "To be retired", "Deprecated", 2, (4, [])),
    ("cn-hangzhou", "nightly-2024-06-01", "Nightly build still copying", "Creating", 1, (0, [])),
    ("cn-hangzhou", '=HYPERLINK("http://example.invalid","click"), "quoted", name', "CSV stress test: formula, comma, quote",
     "Available", 3, (2, [])),
    ("cn-hangzhou", "arm-edge-runtime", "ARM runtime for edge nodes", "Available", 5, (0, [])),
    ("cn-hangzhou", "partner-sdk-sandbox", "Accounts and everyone", "Available", 1, (6, ["all"])),
    ("cn-shanghai", "生产-网关-基线", "上海生产网关", "Available", 0, (2, [])),
    ("cn-shanghai", "analytics-spark-3.5", "Spark workers", "Available", 3, (12, [])),
    ("cn-shanghai", "ml-gpu-driver-535", "GPU driver preinstalled", "Available", 1, (0, [])),
    ("cn-shanghai", "cache-redis-7", "", "Available", 3, (3, [])),
    ("cn-shanghai", "failed-import-2024-04", "Import from OSS failed", "CreateFailed", 2, (0, [])),
    ("cn-shanghai", "监控-采集器", "Prometheus 采集器", "Available", 0, (1, [])),
    ("cn-beijing", "prod-web-2024-05", "Web tier (Beijing copy)", "Available", 1, (5, [])),
    ("cn-beijing", "bastion-hardened", "CIS hardened bastion", "Available", 3, (0, [])),
    ("cn-beijing", "win2022-sqlserver", "SQL Server 2022 Standard", "UnAvailable", 4, (1, [])),
    ("cn-beijing", "日志-收集-fluentbit", "日志收集节点", "Available", 0, (8, [])),
    ("cn-beijing", "k8s-node-1.28", "ACK worker node", "Available", 0, (20, [])),
    ("cn-beijing", "waiting-copy-from-hz", "Copy from cn-hangzhou", "Waiting", 0, (0, [])),
    ("ap-southeast-1", "sg-web-frontend", "Singapore frontend", "Available", 1, (3, [])),
    ("ap-southeast-1", "sg-payments-pci", "PCI scoped, never share widely", "Available", 3, (0, [])),
    ("ap-southeast-1", "sg-public-demo", "Public demo for everyone", "Available", 1, (0, ["all"])),
    ("ap-southeast-1", "sg-arm-worker", "", "Available", 5, (2, [])),
    ("eu-central-1", "eu-gdpr-app", "GDPR scoped app", "Available", 3, (1, [])),
    ("eu-central-1", "eu-web-2024-05", "Frankfurt web tier", "Available", 1, (4, [])),
    ("eu-central-1", "eu-win2022-rdp", "Remote desktop host", "Available", 4, (0, [])),
    ("eu-central-1", "eu-old-batch", "Superseded by eu-web-2024-05", "Deprecated", 2, (2, [])),
]

# 16 digits like today's accounts; distinct from the 12-digit partner pool below.
MANAGEMENT_ACCOUNT = "1500000000000001"

# Built from encrypted snapshots: cannot be shared with more accounts (OperationDeined.EncryptedSnapshot).
ENCRYPTED = {"sg-payments-pci", "eu-gdpr-app"}

BASE_TIME = datetime(2023, 3, 1, 8, 0, 0, tzinfo=timezone.utc)


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# Real image ids start with a per-region prefix (bp1 for Hangzhou, uf6 for Shanghai, ...).
REGION_PREFIX = {"cn-hangzhou": "bp1", "cn-shanghai": "uf6", "cn-beijing": "2ze", "ap-southeast-1": "t4n",
                 "eu-central-1": "gw8"}


def image_id(region, name):
    # Derived from region and name only, so tests can name an image and editing one entry moves no other id.
    digest = hashlib.sha1(f"{region}/{name}".encode()).hexdigest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "m-" + REGION_PREFIX[region] + "".join(alphabet[int(digest[i:i + 2], 16) % 36] for i in range(0, 34, 2))


# A pool of partner accounts, so that the same accounts show up on several images as in real life.
ACCOUNT_POOL = []
while len(ACCOUNT_POOL) < 80:
    candidate = str(rng.randint(10**11, 10**12 - 1))
    if candidate not in ACCOUNT_POOL:
        ACCOUNT_POOL.append(candidate)


# The organisation: the top-level account above is the management account; three members. Their images
# share with each other (internal), with the management account, and with outside partners.
# (account, display name, role: None = the member cannot be reached, else its ExternalId or "")
MEMBERS = [
    ("1500000000000002", "web (member)", ""),
    ("1500000000000003", "data (member)", "isb-demo-external"),
    ("1500000000000004", "sandbox (member)", None),
]
ROLE_NAME = "ResourceDirectoryAccountAccessRole"
# (owner, region, name, shared with)
MEMBER_IMAGES = [
    ("1500000000000002", "cn-hangzhou", "member-web-base", ["1500000000000003", "1500000000000001"]),
    ("1500000000000002", "cn-hangzhou", "member-web-partner", ["1500000000000003", "OUTSIDE0"]),
    ("1500000000000002", "cn-shanghai", "member-web-private", []),
    ("1500000000000003", "cn-shanghai", "member-data-etl", ["1500000000000002", "1500000000000001", "OUTSIDE1"]),
    ("1500000000000003", "cn-beijing", "member-data-lake", ["1500000000000001"]),
    ("1500000000000004", "cn-hangzhou", "member-sandbox-try", ["OUTSIDE2"]),
]


def member_accounts():
    accounts = []
    for account_id, display_name, external_id in MEMBERS:
        images = []
        for owner, region, name, shared in MEMBER_IMAGES:
            if owner != account_id:
                continue
            rng = random.Random(f"{region}/{name}")
            created = BASE_TIME + timedelta(days=rng.randint(0, 450), seconds=rng.randint(0, 86399))
            grants = [{"AliyunId": ACCOUNT_POOL[int(a[7:])] if a.startswith("OUTSIDE") else a,
                       "SharedTime": stamp(created + timedelta(days=1 + i))} for i, a in enumerate(shared)]
            os_name, os_name_en, os_type, platform, arch = OS[1]
            images.append({"RegionId": region, "ImageId": image_id(region, name), "ImageName": name,
                           "Description": f"{display_name} image", "Status": "Available", "OSName": os_name,
                           "OSNameEn": os_name_en, "OSType": os_type, "Platform": platform, "Architecture": arch,
                           "Usage": "instance", "CreationTime": stamp(created), "Size": 40, "Accounts": grants,
                           "ShareGroups": []})
        entry = {"AccountId": account_id, "DisplayName": display_name, "Images": images}
        if external_id is not None:
            role = {"RoleName": ROLE_NAME, "TrustedAccountIds": [MANAGEMENT_ACCOUNT], "MaxSessionDuration": 3600}
            if external_id:
                role["ExternalId"] = external_id
            entry["Roles"] = [role]
        accounts.append(entry)
    return accounts


def main():
    images = []
    for region, name, description, status, os_index, sharing in IMAGES:
        os_name, os_name_en, os_type, platform, arch = OS[os_index]
        # One generator per image, seeded by its identity, so entries are independent of each other.
        rng = random.Random(f"{region}/{name}")
        created = BASE_TIME + timedelta(days=rng.randint(0, 450), seconds=rng.randint(0, 86399))
        count, groups = sharing
        accounts = []
        for index, aliyun_id in enumerate(rng.sample(ACCOUNT_POOL, count)):
            account = {"AliyunId": aliyun_id}
            # A few accounts without SharedTime: older shares predate the field.
            if index % 9 != 4:
                account["SharedTime"] = stamp(created + timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86399)))
            accounts.append(account)
        images.append({
            "RegionId": region,
            "ImageId": image_id(region, name),
            "ImageName": name,
            "Description": description,
            "Status": status,
            "OSName": os_name,
            "OSNameEn": os_name_en,
            "OSType": os_type,
            "Platform": platform,
            "Architecture": arch,
            "Usage": "instance" if accounts or groups else "none",
            "CreationTime": stamp(created),
            "Size": rng.choice([20, 40, 40, 40, 50, 80, 100]),
            "Accounts": accounts,
            "ShareGroups": groups,
        })
        if name in ENCRYPTED:
            images[-1]["Encrypted"] = True

    data = {
        # The account the demo keys belong to (STS GetCallerIdentity answers it).
        "AccountId": MANAGEMENT_ACCOUNT,
        "AccessKeys": [
            # Read-only as its name says: ModifyImageSharePermission answers it 403 Forbidden.RAM.
            {"AccessKeyId": "LTAI5tDemoReadOnly0001", "AccessKeySecret": "demo-secret-not-a-real-key",
             "ReadOnly": True},
            # May change sharing (in the simulator's memory only): what scripts/demo uses.
            {"AccessKeyId": "LTAI5tDemoWritable0001", "AccessKeySecret": "demo-writable-secret-not-real"},
            {"AccessKeyId": "STS.DemoTemporary0001", "AccessKeySecret": "demo-sts-secret-not-real",
             "SecurityToken": "demo-sts-token"},
        ],
        "Regions": [
            {"RegionId": rid, "LocalName": {"zh-CN": zh, "en-US": en}, "RegionEndpoint": f"ecs.{rid}.aliyuncs.com",
             "Status": "available"}
            for rid, zh, en in REGIONS
        ],
        "Images": images,
        # Every partner account exists, shared with or not, so that sharing with one of them works and a
        # mistyped ID gets InvalidAccount.NotFound.
        "KnownAccountIds": ACCOUNT_POOL,
        "DisplayName": "platform (management)",
        "CloudAccounts": member_accounts(),
        "ResourceDirectory": {"ManagementAccountId": MANAGEMENT_ACCOUNT,
                              "MemberAccountIds": [m[0] for m in MEMBERS]},
    }
    out = Path(__file__).resolve().parent.parent / "resources" / "demo-data.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(images)} images)")


if __name__ == "__main__":
    main()
