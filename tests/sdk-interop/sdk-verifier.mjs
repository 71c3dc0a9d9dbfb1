#!/usr/bin/env node
// An ECS-shaped HTTP endpoint that authenticates every request with the signing functions of Alibaba
// Cloud's OFFICIAL SDK (@alicloud/openapi-util, the module @alicloud/openapi-client signs with):
//
//   V3 (Authorization: ACS3-HMAC-SHA256 ...)  -> OpenApiUtil.getAuthorization(request, alg, payloadHash, id, secret)
//   V1 (Signature=... with SignatureVersion 1.0) -> OpenApiUtil.getRPCSignature(params, method, secret)
//   payload hash                              -> OpenApiUtil.hexEncode(OpenApiUtil.hash(body, alg))
//
// The only glue here is turning the HTTP request back into the SDK's own request shape (method,
// pathname, decoded query map, the signed headers), which is what the SDK had in hand when it signed.
// The signature itself is always computed by the SDK's functions, never reimplemented.
//
// Accepted requests get a small valid ECS answer (DescribeRegions, DescribeImages,
// DescribeImageSharePermission); rejected ones get the service's JSON error (400 SignatureDoesNotMatch,
// IncompleteSignature, ...). One line per request goes to stdout:
//   accepted <v3|v1> <Action>
//   rejected <v3|v1> <Action> <Code>: <reason>
// The first stdout line is `listening on http://127.0.0.1:PORT`.
//
// Usage: node sdk-verifier.mjs --key-id ID --secret S [--token T] [--key ID:SECRET[:TOKEN] ...]
//                              [--port 0] [--verbose]
//        node sdk-verifier.mjs --self-test      (proves SDK requests pass and tampered/wrong ones fail)
//        node sdk-verifier.mjs --print-image-id (the one image it knows, for DescribeImageSharePermission)
// A key with a token is an STS key: its requests must carry that token (x-acs-security-token / SecurityToken).

import crypto from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const OpenApiUtil = require('@alicloud/openapi-util').default;

const V3_ALGORITHM = 'ACS3-HMAC-SHA256';
const API_VERSION = '2014-05-26';
const WINDOW_MS = 15 * 60 * 1000;
// What the service insists on seeing signed in V3.
const REQUIRED_SIGNED_HEADERS = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce',
    'x-acs-content-sha256'];
const V1_REQUIRED = ['AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp',
    'Action', 'Version'];

export const DEMO_IMAGE_ID = 'm-bp1interop0000sdk01';

class Rejection extends Error {
    constructor(code, reason, status = 400) {
        super(reason);
        this.code = code;
        this.status = status;
    }
}

// ---- request -> the SDK's request shape ----

function decodeComponent(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
        throw new Rejection('IncompleteSignature', `malformed percent-encoding in ${JSON.stringify(text)}`);
    }
}

/// `a=b&c=d` -> {a: 'b', c: 'd'}, fully decoded; the first occurrence of a name wins.
function parseForm(encoded) {
    const out = {};
    for (const pair of encoded.split('&')) {
        if (!pair) continue;
        const eq = pair.indexOf('=');
        const name = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
        const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
        if (!(name in out)) out[name] = value;
    }
    return out;
}

function isForm(req, body) {
    return body.length > 0
        && (req.headers['content-type'] || '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

function splitUrl(rawUrl) {
    const q = rawUrl.indexOf('?');
    return { path: q < 0 ? rawUrl : rawUrl.slice(0, q), rawQuery: q < 0 ? '' : rawUrl.slice(q + 1) };
}

function safeEqual(a, b) {
    const x = Buffer.from(String(a));
    const y = Buffer.from(String(b));
    return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function checkTimestamp(text) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(text || ''))
        throw new Rejection('InvalidTimeStamp.Format', `timestamp ${JSON.stringify(text)} is not yyyy-MM-ddTHH:mm:ssZ`);
    if (Math.abs(Date.parse(text) - Date.now()) > WINDOW_MS)
        throw new Rejection('InvalidTimeStamp.Expired', `timestamp ${text} is more than 15 minutes off`);
}

export class SdkVerifier {
    /// keys: [{id, secret, token?}]
    constructor(keys, { verbose = false, log = (line) => console.log(line) } = {}) {
        this.keys = new Map(keys.map((k) => [k.id, k]));
        this.nonces = new Map(); // nonce -> time seen
        this.verbose = verbose;
        this.log = log;
    }

    findKey(id) {
        const key = this.keys.get(id);
        if (!key) throw new Rejection('InvalidAccessKeyId.NotFound', `AccessKeyId ${JSON.stringify(id)} is unknown`, 404);
        return key;
    }

    useNonce(keyId, nonce) {
        const now = Date.now();
        for (const [seen, when] of this.nonces) {
            if (now - when > WINDOW_MS) this.nonces.delete(seen);
        }
        const id = `${keyId}\n${nonce}`;
        if (this.nonces.has(id)) throw new Rejection('SignatureNonceUsed', `nonce ${nonce} was used already`);
        this.nonces.set(id, now);
    }

    checkToken(key, token) {
        if (!key.token) return;
        if (!token) throw new Rejection('InvalidSecurityToken.Missing', 'STS key without a security token');
        if (!safeEqual(token, key.token))
            throw new Rejection('InvalidSecurityToken.MismatchWithAccessKey', 'security token does not match the key');
    }

    /// Returns {scheme, action, params, keyId}; throws Rejection (with .scheme/.action attached).
    verify(req, body) {
        const scheme = req.headers.authorization !== undefined ? 'v3' : 'v1';
        const state = { scheme, action: '-' };
        try {
            return scheme === 'v3' ? this.verifyV3(req, body, state) : this.verifyV1(req, body, state);
        } catch (error) {
            if (!(error instanceof Rejection)) throw error;
            error.scheme = state.scheme;
            error.action = state.action;
            throw error;
        }
    }

    verifyV3(req, body, state) {
        state.action = req.headers['x-acs-action'] || '-';
        const authorization = req.headers.authorization;
        const match = /^(\S+) (.*)$/.exec(authorization);
        if (!match || match[1] !== V3_ALGORITHM)
            throw new Rejection('IncompleteSignature', `Authorization does not start with ${V3_ALGORITHM}`);
        const fields = {};
        for (const part of match[2].split(',')) {
            const eq = part.indexOf('=');
            if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
        }
        const { Credential: keyId, SignedHeaders: signedList, Signature: signature } = fields;
        if (!keyId || !signedList || !signature)
            throw new Rejection('IncompleteSignature', 'Authorization needs Credential, SignedHeaders and Signature');

        const signedNames = signedList.split(';');
        for (const name of REQUIRED_SIGNED_HEADERS) {
            if (!signedNames.includes(name)) throw new Rejection('IncompleteSignature', `header ${name} is not signed`);
        }
        if (req.headers['x-acs-security-token'] !== undefined && !signedNames.includes('x-acs-security-token'))
            throw new Rejection('IncompleteSignature', 'x-acs-security-token is sent but not signed');
        // The SDK's canonical headers are host, content-type and x-acs-*; give it exactly the signed ones.
        const headers = {};
        for (const name of signedNames) {
            if (name !== name.toLowerCase())
                throw new Rejection('IncompleteSignature', `signed header name ${name} is not lower-case`);
            if (!(name === 'host' || name === 'content-type' || name.startsWith('x-acs-')))
                throw new Rejection('IncompleteSignature',
                    `signed header ${name} is one the SDK algorithm never signs (only host, content-type, x-acs-*)`);
            if (req.headers[name] === undefined)
                throw new Rejection('IncompleteSignature', `signed header ${name} is missing from the request`);
            headers[name] = req.headers[name];
        }

        const key = this.findKey(keyId);
        checkTimestamp(req.headers['x-acs-date']);

        const payloadHash = OpenApiUtil.hexEncode(OpenApiUtil.hash(body, V3_ALGORITHM));
        if (!safeEqual(payloadHash, (req.headers['x-acs-content-sha256'] || '').toLowerCase()))
            throw new Rejection('SignatureDoesNotMatch',
                `x-acs-content-sha256 ${req.headers['x-acs-content-sha256']} is not the body's hash ${payloadHash}`);

        const { path, rawQuery } = splitUrl(req.url);
        const sdkRequest = { method: req.method, pathname: path, query: parseForm(rawQuery), headers };
        const expected = OpenApiUtil.getAuthorization(sdkRequest, V3_ALGORITHM, payloadHash, keyId, key.secret);
        const expectedSignature = /Signature=([0-9a-f]+)$/.exec(expected)[1];
        if (!safeEqual(expectedSignature, signature.toLowerCase())) {
            this.debug(`v3 mismatch: received ${authorization}\n  SDK computes ${expected}\n  from ${JSON.stringify(sdkRequest)}`);
            throw new Rejection('SignatureDoesNotMatch', 'signature differs from the one the SDK computes');
        }
        const expectedSigned = /SignedHeaders=([^,]*)/.exec(expected)[1];
        if (expectedSigned !== signedList)
            this.debug(`v3 note: SignedHeaders sent as ${signedList}, the SDK would write ${expectedSigned}`);

        this.useNonce(keyId, req.headers['x-acs-signature-nonce']);
        this.checkToken(key, req.headers['x-acs-security-token']);
        if (req.headers['x-acs-version'] !== API_VERSION)
            throw new Rejection('InvalidVersion', `x-acs-version ${req.headers['x-acs-version']}`);

        const params = { ...sdkRequest.query };
        if (isForm(req, body)) {
            for (const [name, value] of Object.entries(parseForm(body.toString('utf8'))))
                if (!(name in params)) params[name] = value;
        }
        return { scheme: 'v3', action: state.action, params, keyId };
    }

    verifyV1(req, body, state) {
        const { rawQuery } = splitUrl(req.url);
        const params = parseForm(rawQuery);
        if (isForm(req, body)) {
            for (const [name, value] of Object.entries(parseForm(body.toString('utf8'))))
                if (!(name in params)) params[name] = value;
        }
        state.action = params.Action || '-';
        for (const name of V1_REQUIRED) {
            if (!params[name]) throw new Rejection('MissingParameter', `parameter ${name} is missing`);
        }
        if (params.SignatureMethod !== 'HMAC-SHA1')
            throw new Rejection('IncompleteSignature', `SignatureMethod ${params.SignatureMethod}`);
        if (params.SignatureVersion !== '1.0')
            throw new Rejection('IncompleteSignature', `SignatureVersion ${params.SignatureVersion}`);

        const key = this.findKey(params.AccessKeyId);
        checkTimestamp(params.Timestamp);

        const { Signature: signature, ...signedParams } = params;
        const expected = OpenApiUtil.getRPCSignature(signedParams, req.method, key.secret);
        if (!safeEqual(expected, signature)) {
            this.debug(`v1 mismatch: received ${signature}, SDK computes ${expected} for ${req.method} ${JSON.stringify(signedParams)}`);
            throw new Rejection('SignatureDoesNotMatch', 'signature differs from the one the SDK computes');
        }

        this.useNonce(params.AccessKeyId, params.SignatureNonce);
        this.checkToken(key, params.SecurityToken);
        if (params.Version !== API_VERSION) throw new Rejection('InvalidVersion', `Version ${params.Version}`);
        return { scheme: 'v1', action: params.Action, params: signedParams, keyId: params.AccessKeyId };
    }

    debug(text) {
        if (this.verbose) process.stderr.write(`${text}\n`);
    }

    /// The node:http request handler.
    handle(req, res) {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            let status;
            let answer;
            try {
                const call = this.verify(req, body);
                [status, answer] = respond(call.action, call.params);
                this.log(status === 200 ? `accepted ${call.scheme} ${call.action}`
                    : `accepted ${call.scheme} ${call.action} (answered ${status} ${answer.Code})`);
            } catch (error) {
                if (!(error instanceof Rejection)) {
                    status = 500;
                    answer = errorBody('InternalError', String(error?.stack || error));
                    this.log(`rejected ? ? InternalError: ${String(error).replace(/\s+/g, ' ')}`);
                } else {
                    status = error.status;
                    answer = errorBody(error.code, error.message);
                    this.log(`rejected ${error.scheme} ${error.action} ${error.code}: ${error.message}`);
                }
            }
            const text = JSON.stringify(answer);
            res.writeHead(status, { 'content-type': 'application/json;charset=utf-8',
                'content-length': Buffer.byteLength(text) });
            res.end(text);
        });
    }
}

// ---- answers ----

function requestId() {
    return crypto.randomUUID().toUpperCase();
}

function errorBody(code, message) {
    return { RequestId: requestId(), HostId: 'ecs.aliyuncs.com', Code: code, Message: message,
        Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}` };
}

// 53 accounts: more than one page of 50, so `permissions --all` has to sign a second request.
const ACCOUNTS = Array.from({ length: 53 }, (_, i) => {
    const account = { AliyunId: String(1234567890000000 + i * 7919) };
    if (i % 3 !== 2) account.SharedTime = new Date(Date.UTC(2024, 0, 1 + i, 3, 4, 5)).toISOString().replace('.000Z', 'Z');
    return account;
});

function respond(action, params) {
    const missing = (name) => [400, errorBody('MissingParameter',
        `The input parameter ${name} that is mandatory for processing this request is not supplied.`)];
    switch (action) {
    case 'DescribeRegions':
        return [200, { RequestId: requestId(), Regions: { Region: [
            { RegionId: 'cn-hangzhou', LocalName: params.AcceptLanguage === 'en-US' ? 'China (Hangzhou)' : '华东1（杭州）',
                RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com', Status: 'available' },
            { RegionId: 'cn-shanghai', LocalName: params.AcceptLanguage === 'en-US' ? 'China (Shanghai)' : '华东2（上海）',
                RegionEndpoint: 'ecs.cn-shanghai.aliyuncs.com', Status: 'available' },
        ] } }];
    case 'DescribeImages': {
        if (!params.RegionId) return missing('RegionId');
        return [200, { RequestId: requestId(), RegionId: params.RegionId, TotalCount: 1,
            PageNumber: Number(params.PageNumber || 1), PageSize: Number(params.PageSize || 10),
            Images: { Image: [{
                ImageId: DEMO_IMAGE_ID, ImageName: 'interop-web-base', Description: 'SDK interop image',
                Status: 'Available', CreationTime: '2024-01-01T00:00:00Z', OSName: 'Alibaba Cloud Linux 3',
                OSNameEn: 'Alibaba Cloud Linux 3', OSType: 'linux', Platform: 'Aliyun', Architecture: 'x86_64',
                Size: 40, Usage: 'none', IsSelfShared: 'true', IsPublic: false, ImageOwnerId: 1111111111111111,
                Progress: '100%', ImageOwnerAlias: 'self',
            }] } }];
    }
    case 'DescribeImageSharePermission': {
        if (!params.RegionId) return missing('RegionId');
        if (!params.ImageId) return missing('ImageId');
        if (params.ImageId !== DEMO_IMAGE_ID)
            return [404, errorBody('InvalidImageId.NotFound', 'The specified image does not exist.')];
        const pageNumber = Math.max(1, Number(params.PageNumber || 1));
        const pageSize = Math.min(100, Math.max(1, Number(params.PageSize || 10)));
        const page = ACCOUNTS.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
        return [200, { RequestId: requestId(), RegionId: params.RegionId, ImageId: params.ImageId,
            TotalCount: ACCOUNTS.length, PageNumber: pageNumber, PageSize: pageSize,
            Accounts: { Account: page }, ShareGroups: { ShareGroup: [{ Group: 'all' }] } }];
    }
    default:
        return [400, errorBody('InvalidAction.NotFound', `Specified api ${action} is not found.`)];
    }
}

// ---- command line ----

function parseKey(text) {
    const first = text.indexOf(':');
    if (first <= 0) throw new Error(`--key ${text}: expected ID:SECRET[:TOKEN]`);
    const id = text.slice(0, first);
    const rest = text.slice(first + 1);
    const second = rest.indexOf(':');
    return second < 0 ? { id, secret: rest } : { id, secret: rest.slice(0, second), token: rest.slice(second + 1) };
}

function parseArgs(argv) {
    const options = { keys: [], port: 0, verbose: false, selfTest: false };
    let single = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
            return argv[++i];
        };
        switch (arg) {
        case '--key-id': single.id = value(); break;
        case '--secret': single.secret = value(); break;
        case '--token': single.token = value(); break;
        case '--key': options.keys.push(parseKey(value())); break;
        case '--port': options.port = Number(value()); break;
        case '--verbose': options.verbose = true; break;
        case '--self-test': options.selfTest = true; break;
        case '--print-image-id': console.log(DEMO_IMAGE_ID); process.exit(0);
        case '-h': case '--help':
            console.log('usage: sdk-verifier.mjs --key-id ID --secret S [--token T] [--key ID:SECRET[:TOKEN]]... '
                + '[--port N] [--verbose] | --self-test');
            process.exit(0);
        default: throw new Error(`unknown argument ${arg}`);
        }
    }
    if (single.id || single.secret) {
        if (!single.id || !single.secret) throw new Error('--key-id and --secret go together');
        options.keys.unshift(single);
    }
    if (!options.selfTest && options.keys.length === 0) throw new Error('give at least one key (--key-id/--secret or --key)');
    return options;
}

export function startVerifier(keys, { port = 0, verbose = false, log } = {}) {
    const verifier = new SdkVerifier(keys, { verbose, log });
    const server = http.createServer((req, res) => verifier.handle(req, res));
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve({ server, verifier, port: server.address().port }));
    });
}

async function main() {
    let options;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (error) {
        console.error(`sdk-verifier: ${error.message}`);
        process.exit(2);
    }
    if (options.selfTest) {
        const { selfTest } = await import('./self-test.mjs');
        process.exit(await selfTest());
    }
    const { server, port } = await startVerifier(options.keys, { port: options.port, verbose: options.verbose });
    console.log(`listening on http://127.0.0.1:${port}`);
    const stop = () => process.exit(0);
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
    main().catch((error) => {
        console.error(`sdk-verifier: ${error.stack || error}`);
        process.exit(1);
    });
}
