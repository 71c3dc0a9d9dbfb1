#!/usr/bin/env bash
# Interoperability with Alibaba Cloud's official SDKs, in both directions, without reaching Alibaba Cloud:
#
#   (a) official SDK -> ecs-simulator: sdk-client.mjs calls the simulator (demo data) with
#       @alicloud/openapi-client (V3 ACS3-HMAC-SHA256 query/form/GET, V1 RPC) and @alicloud/pop-core
#       (V1 GET/POST), with the AccessKey and with the STS key + token; every call must succeed. The same
#       calls with a wrong secret must all be refused (so the simulator is not lenient).
#   (b) image-share-cli -> sdk-verifier.mjs, which checks signatures with the SDK's own signing functions
#       (@alicloud/openapi-util getAuthorization / getRPCSignature): regions, images and permissions --all
#       with --signature v3 and v1, with the AccessKey and with STS; each must exit 0 and be `accepted`.
#       A wrong secret must make the CLI fail and the verifier log `rejected`.
#   (c) sdk-verifier.mjs --self-test: the verifier reproduces the published vectors, accepts every SDK
#       scheme and rejects wrong secrets, tampered and replayed requests.
#
# Usage: tests/sdk-interop/run-interop.sh BIN_DIR     (BIN_DIR holds ecs-simulator and image-share-cli)
# Needs node >= 18 and npm; runs `npm ci` here when node_modules is missing. Exit status 0 only if all pass.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$root/resources/demo-data.json"

if [ $# -ne 1 ]; then
    echo "usage: $0 BIN_DIR" >&2
    exit 2
fi
bin="$(cd "$1" 2>/dev/null && pwd)" || { echo "run-interop: no directory $1" >&2; exit 2; }
simulator="$bin/ecs-simulator"
cli="$bin/image-share-cli"

failures=0
passes=0
results=()
pass() { passes=$((passes + 1)); results+=("PASS  $1"); echo "PASS  $1"; }
fail() { failures=$((failures + 1)); results+=("FAIL  $1"); echo "FAIL  $1"; }

die() {
    echo "run-interop: $*" >&2
    echo "SDK interop: FAILED (setup)" >&2
    exit 1
}

for exe in "$simulator" "$cli"; do
    [ -x "$exe" ] || die "$exe is missing: build ecs-simulator and image-share-cli first"
done
[ -f "$data" ] || die "no demo data at $data"
command -v node >/dev/null || die "node is not installed (Debian: apt-get install nodejs npm)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "node $(node --version) is too old; 18 or newer is needed"

missing_package=0
for package in openapi-client pop-core sts20150401 ecs20140526 resourcemanager20200331; do
    [ -d "$here/node_modules/@alicloud/$package" ] || missing_package=1
done
if [ "$missing_package" = 1 ]; then
    command -v npm >/dev/null || die "npm is not installed (Debian: apt-get install npm)"
    echo "run-interop: installing the pinned SDK packages (npm ci)"
    (cd "$here" && npm ci --no-audit --no-fund) || die "npm ci failed in $here"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/isb-sdk-interop.XXXXXX")"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts "$@" with stdout to $1.out and stderr to $1.err, waits for `listening on URL`, sets $url.
start_server() {
    local name="$1"
    shift
    "$@" >"$work/$name.out" 2>"$work/$name.err" &
    pids+=($!)
    local pid=$! _
    url=""
    for _ in $(seq 1 100); do
        url="$(sed -n '1s/^listening on //p' "$work/$name.out" 2>/dev/null)"
        [ -n "$url" ] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "--- $name stdout"; cat "$work/$name.out"; echo "--- $name stderr"; cat "$work/$name.err"
    die "$name did not start"
}

# The demo data's own keys: the first plain AccessKey and the first STS key.
read_key() { # $1 = "ak" or "sts"; prints "id secret token"
    node -e '
        const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const sts = process.argv[2] === "sts";
        const k = d.AccessKeys.find((k) => Boolean(k.SecurityToken) === sts);
        if (!k) process.exit(1);
        console.log([k.AccessKeyId, k.AccessKeySecret, k.SecurityToken || "-"].join(" "));
    ' "$data" "$1"
}
read -r ak_id ak_secret _ <<<"$(read_key ak)" || die "no AccessKey in $data"
read -r sts_id sts_secret sts_token <<<"$(read_key sts)" || die "no STS key in $data"
if [ -z "${ak_id:-}" ] || [ -z "${sts_id:-}" ]; then die "could not read the keys from $data"; fi
demo_image="$(node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const i = d.Images.find((i) => i.RegionId === "cn-hangzhou");
    if (i) console.log(i.ImageId);
' "$data")"
[ -n "$demo_image" ] || die "no cn-hangzhou image in $data"

run_client() { # label, expected-to-fail (0/1), client args...
    local label="$1" expect_failure="$2"
    shift 2
    local log="$work/client-$label.log"
    timeout 120 node "$here/sdk-client.mjs" --endpoint "$sim_url" "$@" >"$log" 2>&1
    local rc=$? ok fails
    ok=$(grep -c '^ok ' "$log")
    fails=$(grep -c '^FAIL ' "$log")
    if [ "$expect_failure" = 0 ] && [ $rc -eq 0 ] && [ "$ok" -gt 0 ] && [ "$fails" -eq 0 ]; then
        pass "SDK -> simulator, $label: $ok calls ok"
    elif [ "$expect_failure" = 1 ] && [ $rc -eq 0 ] && [ "$ok" -eq 0 ] && [ "$fails" -gt 0 ]; then
        pass "SDK -> simulator, $label: all $fails calls refused"
    else
        fail "SDK -> simulator, $label (exit $rc, $ok ok, $fails failed)"
        sed 's/^/      /' "$log"
    fi
}

# The generated product SDKs (sdk-products.mjs): label, expected-to-fail (0/1), args...
run_products() {
    local label="$1" expect_failure="$2"
    shift 2
    local log="$work/products-$label.log"
    timeout 120 node "$here/sdk-products.mjs" --endpoint "$sim_url" "$@" >"$log" 2>&1
    local rc=$? ok fails
    ok=$(grep -c '^ok ' "$log")
    fails=$(grep -c '^FAIL ' "$log")
    if [ "$expect_failure" = 0 ] && [ $rc -eq 0 ] && [ "$ok" -gt 0 ] && [ "$fails" -eq 0 ]; then
        pass "product SDKs -> simulator, $label: $ok calls ok"
    elif [ "$expect_failure" = 1 ] && [ $rc -ne 0 ] && [ "$ok" -eq 0 ] && [ "$fails" -gt 0 ]; then
        pass "product SDKs -> simulator, $label: all $fails calls refused"
    else
        fail "product SDKs -> simulator, $label (exit $rc, $ok ok, $fails failed)"
        sed 's/^/      /' "$log"
    fi
}
# The writable demo key (the first AccessKey without ReadOnly), an unshared cn-hangzhou image that is not
# encrypted, and an account that exists: for ModifyImageSharePermission.
read -r rw_id rw_secret modify_image modify_account <<<"$(node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const k = d.AccessKeys.find((k) => !k.SecurityToken && !k.ReadOnly);
    const i = d.Images.find((i) => i.RegionId === "cn-hangzhou" && !i.Encrypted && !(i.Accounts || []).length);
    if (!k || !i || !(d.KnownAccountIds || []).length) process.exit(1);
    console.log([k.AccessKeyId, k.AccessKeySecret, i.ImageId, d.KnownAccountIds[0]].join(" "));
' "$data")" || die "no writable key, unshared image or KnownAccountIds in $data"
demo_account="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).AccountId || "")' "$data")"

echo "== (a) official SDKs -> ecs-simulator ($simulator)"
start_server simulator "$simulator" --data "$data" --listen 127.0.0.1:0 --verbose
sim_url="$url"
echo "   simulator at $sim_url"
run_client "AccessKey" 0 --key-id "$ak_id" --secret "$ak_secret"
run_client "STS" 0 --key-id "$sts_id" --secret "$sts_secret" --token "$sts_token"
run_client "wrong secret" 1 --key-id "$ak_id" --secret "not-$ak_secret" --image "$demo_image" --expect-failure
run_client "STS, wrong token" 1 --key-id "$sts_id" --secret "$sts_secret" --token "not-$sts_token" \
    --image "$demo_image" --expect-failure
run_products "STS GetCallerIdentity, AccessKey" 0 --key-id "$ak_id" --secret "$ak_secret" \
    --calls sts-identity,sts-identity-v1 --expect-account "$demo_account"
run_products "STS GetCallerIdentity, STS key" 0 --key-id "$sts_id" --secret "$sts_secret" --token "$sts_token" \
    --calls sts-identity,sts-identity-v1 --expect-account "$demo_account"
run_products "ModifyImageSharePermission V3 and V1, writable key" 0 --key-id "$rw_id" --secret "$rw_secret" \
    --calls ecs-modify,ecs-modify-v1 --image "$modify_image" --account "$modify_account"
run_products "ModifyImageSharePermission, read-only key (Forbidden.RAM)" 1 --key-id "$ak_id" --secret "$ak_secret" \
    --calls ecs-modify,ecs-modify-v1 --image "$modify_image" --account "$modify_account"
# The organisation: a member's role (with and without an ExternalId), ListAccounts for the management account.
run_products "STS AssumeRole and the temporary key" 0 --key-id "$ak_id" --secret "$ak_secret" \
    --calls sts-assume,sts-assume-v1 --role-arn "acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole"
run_products "STS AssumeRole with ExternalId" 0 --key-id "$ak_id" --secret "$ak_secret" \
    --calls sts-assume,sts-assume-v1 --role-arn "acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole" \
    --external-id isb-demo-external
run_products "STS AssumeRole without the ExternalId (NoPermission)" 1 --key-id "$ak_id" --secret "$ak_secret" \
    --calls sts-assume,sts-assume-v1 --role-arn "acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole"
run_products "ResourceManager ListAccounts" 0 --key-id "$ak_id" --secret "$ak_secret" --calls rm-accounts \
    --expect-total 4
run_products "STS GetCallerIdentity, wrong secret" 1 --key-id "$ak_id" --secret "not-$ak_secret" \
    --calls sts-identity,sts-identity-v1

echo "== (b) image-share-cli -> SDK verifier"
start_server verifier node "$here/sdk-verifier.mjs" --verbose \
    --key "$ak_id:$ak_secret" --key "$sts_id:$sts_secret:$sts_token"
verifier_url="$url"
verifier_log="$work/verifier.out"
verifier_image="$(node "$here/sdk-verifier.mjs" --print-image-id)"
echo "   verifier at $verifier_url"

# label, signature, want (accept|reject), env assignments..., --, cli args...; checks exit status and the
# verifier's lines for this run.
run_cli() {
    local label="$1" sig="$2" want="$3"
    shift 3
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    local before out rc new accepted rejected
    before=$(wc -l <"$verifier_log")
    out="$work/cli.out"
    env -u ALIBABA_CLOUD_ACCESS_KEY_ID -u ALIBABA_CLOUD_ACCESS_KEY_SECRET -u ALIBABA_CLOUD_SECURITY_TOKEN \
        -u ALIBABA_CLOUD_PROFILE -u ALIBABA_CLOUD_CREDENTIALS_FILE HOME="$work/home" "${envs[@]}" \
        timeout 60 "$cli" --endpoint "$verifier_url" --signature "$sig" --format csv "$@" >"$out" 2>&1
    rc=$?
    new="$(tail -n +"$((before + 1))" "$verifier_log")"
    accepted=$(grep -c "^accepted $sig " <<<"$new")
    rejected=$(grep -c '^rejected ' <<<"$new")
    if [ "$want" = accept ] && [ $rc -eq 0 ] && [ "$accepted" -gt 0 ] && [ "$rejected" -eq 0 ]; then
        pass "CLI -> verifier, $label: exit 0, $accepted request(s) accepted"
    elif [ "$want" = reject ] && [ $rc -ne 0 ] && [ "$rejected" -gt 0 ] && [ "$accepted" -eq 0 ]; then
        pass "CLI -> verifier, $label: refused (exit $rc), $(grep '^rejected ' <<<"$new" | head -1)"
    else
        fail "CLI -> verifier, $label (exit $rc, $accepted accepted, $rejected rejected)"
        sed 's/^/      cli: /' "$out" | head -20
        sed 's/^/      verifier: /' <<<"$new"
        sed 's/^/      verifier stderr: /' "$work/verifier.err" | tail -10
    fi
}

mkdir -p "$work/home"
ak_env=("ALIBABA_CLOUD_ACCESS_KEY_ID=$ak_id" "ALIBABA_CLOUD_ACCESS_KEY_SECRET=$ak_secret")
sts_env=("ALIBABA_CLOUD_ACCESS_KEY_ID=$sts_id" "ALIBABA_CLOUD_ACCESS_KEY_SECRET=$sts_secret"
    "ALIBABA_CLOUD_SECURITY_TOKEN=$sts_token")
for sig in v3 v1; do
    for who in AccessKey STS; do
        if [ "$who" = STS ]; then envs=("${sts_env[@]}"); else envs=("${ak_env[@]}"); fi
        run_cli "$sig $who regions" "$sig" accept "${envs[@]}" -- regions
        run_cli "$sig $who images" "$sig" accept "${envs[@]}" -- images --region cn-hangzhou
        run_cli "$sig $who images --name (special characters)" "$sig" accept "${envs[@]}" -- \
            images --region cn-hangzhou --name "web 测试*+~!('x') a&b=c%20"
        run_cli "$sig $who permissions --all" "$sig" accept "${envs[@]}" -- \
            permissions --region cn-hangzhou --image "$verifier_image" --all
    done
    run_cli "$sig wrong secret" "$sig" reject \
        "ALIBABA_CLOUD_ACCESS_KEY_ID=$ak_id" "ALIBABA_CLOUD_ACCESS_KEY_SECRET=not-$ak_secret" -- regions
    run_cli "$sig STS wrong token" "$sig" reject \
        "ALIBABA_CLOUD_ACCESS_KEY_ID=$sts_id" "ALIBABA_CLOUD_ACCESS_KEY_SECRET=$sts_secret" \
        "ALIBABA_CLOUD_SECURITY_TOKEN=not-$sts_token" -- regions
done

echo "== (c) SDK verifier self-test"
if timeout 120 node "$here/sdk-verifier.mjs" --self-test >"$work/self-test.log" 2>&1; then
    pass "verifier self-test: $(grep -c '^PASS' "$work/self-test.log") checks (vectors, all SDK schemes, wrong/tampered/replayed rejected)"
else
    fail "verifier self-test"
    grep -v '^PASS' "$work/self-test.log" | sed 's/^/      /'
fi

echo
echo "== SDK interop summary: $passes passed, $failures failed"
for line in "${results[@]}"; do echo "   $line"; done
if [ "$failures" -ne 0 ]; then
    echo "SDK interop: FAILED"
    exit 1
fi
echo "SDK interop: OK"
