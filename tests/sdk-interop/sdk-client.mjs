#!/usr/bin/env node
// Calls an ECS endpoint (normally ecs-simulator) with Alibaba Cloud's OFFICIAL Node SDKs, so that the
// simulator is shown to accept what the real SDKs send, byte for byte:
//
//   v3          @alicloud/openapi-client, signatureAlgorithm ACS3-HMAC-SHA256, POST, parameters in the
//               query: exactly what the generated @alicloud/ecs20140526 client sends.
//   v3-form     the same signer with the parameters in an application/x-www-form-urlencoded body.
//   v3-get      the same signer, GET.
//   v1          @alicloud/openapi-client with signatureAlgorithm 'v2' (its RPC path: HMAC-SHA1,
//               SignatureVersion 1.0 in the query), POST.
//   v1-pop      @alicloud/pop-core RPCClient (classic HMAC-SHA1), GET.
//   v1-pop-post @alicloud/pop-core RPCClient, POST (parameters and signature in a form body).
//
// For every scheme it calls DescribeRegions, DescribeImages (RegionId, ImageOwnerAlias=self) and
// DescribeImageSharePermission (PageSize 50) and prints one line per call:
//   ok <scheme> <action> <RequestId>        or        FAIL <scheme> <action> <reason>
// With a security token the scheme is printed as `<scheme>+sts`. Exit status 1 if any call failed.
//
// Usage: node sdk-client.mjs --endpoint http://127.0.0.1:PORT [--key-id ID --secret S [--token T]]
//                            [--region cn-hangzhou] [--image IMAGE_ID] [--schemes v3,v1,...]
//                            [--expect-failure]
// Credentials default to ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET /
// ALIBABA_CLOUD_SECURITY_TOKEN. --image defaults to the first image DescribeImages returns.
// --expect-failure inverts the exit status (every call must fail): used to prove a wrong secret is refused.

import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const OpenApiModule = require('@alicloud/openapi-client');
const OpenApi = OpenApiModule.default;
const { Config, Params, OpenApiRequest } = OpenApiModule;
const { RuntimeOptions } = require('@alicloud/tea-util');
const OpenApiUtil = require('@alicloud/openapi-util').default;
const RPCClient = require('@alicloud/pop-core').RPCClient;

const API_VERSION = '2014-05-26';
const TRICKY_NAME = "web 测试*+~!('x') a&b=c%20";
export const ALL_SCHEMES = ['v3', 'v3-form', 'v3-get', 'v1', 'v1-pop', 'v1-pop-post'];

function parseArgs(argv) {
    const options = {
        endpoint: process.env.ISB_INTEROP_ENDPOINT || '',
        keyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID || '',
        secret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET || '',
        token: process.env.ALIBABA_CLOUD_SECURITY_TOKEN || '',
        region: 'cn-hangzhou',
        image: '',
        schemes: ALL_SCHEMES,
        expectFailure: false,
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
            return argv[++i];
        };
        switch (arg) {
        case '--endpoint': options.endpoint = value(); break;
        case '--key-id': options.keyId = value(); break;
        case '--secret': options.secret = value(); break;
        case '--token': options.token = value(); break;
        case '--region': options.region = value(); break;
        case '--image': options.image = value(); break;
        case '--schemes': options.schemes = value().split(',').filter(Boolean); break;
        case '--expect-failure': options.expectFailure = true; break;
        case '-h': case '--help':
            console.log('usage: sdk-client.mjs --endpoint http://127.0.0.1:PORT [--key-id ID --secret S [--token T]] '
                + `[--region R] [--image ID] [--schemes ${ALL_SCHEMES.join(',')}] [--expect-failure]`);
            process.exit(0);
        default: throw new Error(`unknown argument ${arg}`);
        }
    }
    if (!options.endpoint) throw new Error('--endpoint is required');
    if (!options.keyId || !options.secret) throw new Error('an AccessKey id and secret are required');
    for (const scheme of options.schemes) {
        if (!ALL_SCHEMES.includes(scheme)) throw new Error(`unknown scheme ${scheme}`);
    }
    return options;
}

// ---- @alicloud/openapi-client (Darabonba/Tea) ----

// The generated @alicloud/ecs20140526 client builds exactly these Params for every ECS action.
function ecsParams(action, method) {
    return new Params({
        action,
        version: API_VERSION,
        protocol: 'HTTPS', // overridden by Config.protocol below
        pathname: '/',
        method,
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
    });
}

function openApiClient(options, signatureAlgorithm) {
    const url = new URL(options.endpoint);
    // The Tea client builds `${protocol}://${endpoint}${pathname}` and sends `endpoint` as the Host header,
    // so host:port goes into `endpoint` and the scheme into `protocol`.
    const config = new Config({
        accessKeyId: options.keyId,
        accessKeySecret: options.secret,
        endpoint: url.host,
        protocol: url.protocol.replace(':', ''),
        signatureAlgorithm,
        readTimeout: 10000,
        connectTimeout: 5000,
    });
    if (options.token) config.securityToken = options.token;
    return new OpenApi(config);
}

async function callOpenApi(client, action, parameters, { method, inBody }) {
    const request = new OpenApiRequest(inBody
        ? { body: OpenApiUtil.query(parameters) }
        : { query: OpenApiUtil.query(parameters) });
    // No SDK-level retry: a rejected signature must show up as a failure, not be hidden by a retry.
    const runtime = new RuntimeOptions({ autoretry: false, readTimeout: 10000, connectTimeout: 5000 });
    const response = await client.callApi(ecsParams(action, method), request, runtime);
    return response.body;
}

// ---- @alicloud/pop-core (classic RPC client) ----

function popClient(options) {
    const url = new URL(options.endpoint);
    return new RPCClient({
        accessKeyId: options.keyId,
        accessKeySecret: options.secret,
        securityToken: options.token || undefined,
        endpoint: `${url.protocol}//${url.host}`, // pop-core takes the full origin, http:// included
        apiVersion: API_VERSION,
    });
}

async function callPop(client, action, parameters, { method }) {
    return client.request(action, parameters, { method, timeout: 10000, formatParams: false });
}

// ---- the calls ----

function schemeCaller(scheme, options) {
    switch (scheme) {
    case 'v3': {
        const client = openApiClient(options, 'ACS3-HMAC-SHA256');
        return (action, params) => callOpenApi(client, action, params, { method: 'POST', inBody: false });
    }
    case 'v3-form': {
        const client = openApiClient(options, 'ACS3-HMAC-SHA256');
        return (action, params) => callOpenApi(client, action, params, { method: 'POST', inBody: true });
    }
    case 'v3-get': {
        const client = openApiClient(options, 'ACS3-HMAC-SHA256');
        return (action, params) => callOpenApi(client, action, params, { method: 'GET', inBody: false });
    }
    case 'v1': {
        // signatureAlgorithm 'v2' selects the client's doRPCRequest: the SignatureVersion 1.0 HMAC-SHA1 path.
        const client = openApiClient(options, 'v2');
        return (action, params) => callOpenApi(client, action, params, { method: 'POST', inBody: false });
    }
    case 'v1-pop': {
        const client = popClient(options);
        return (action, params) => callPop(client, action, params, { method: 'GET' });
    }
    case 'v1-pop-post': {
        const client = popClient(options);
        return (action, params) => callPop(client, action, params, { method: 'POST' });
    }
    default:
        throw new Error(`unknown scheme ${scheme}`);
    }
}

function describeError(error) {
    const code = error.code || error.name || 'Error';
    const data = error.data || {};
    const status = data.statusCode ? ` HTTP ${data.statusCode}` : '';
    const message = (data.Message || error.message || '').replace(/\s+/g, ' ').slice(0, 300);
    return `${code}${status}: ${message}`;
}

function check(condition, what) {
    if (!condition) throw new Error(`unexpected response: ${what}`);
}

export async function runScheme(scheme, options, report) {
    const label = options.token ? `${scheme}+sts` : scheme;
    const call = schemeCaller(scheme, options);
    let failures = 0;
    let imageId = options.image;

    const steps = [
        ['DescribeRegions', () => ({}), (body) => {
            check(Array.isArray(body?.Regions?.Region) && body.Regions.Region.length > 0, 'no Regions.Region');
        }],
        ['DescribeImages', () => ({ RegionId: options.region, ImageOwnerAlias: 'self' }), (body) => {
            check(Array.isArray(body?.Images?.Image), 'no Images.Image');
            if (!imageId && body.Images.Image.length > 0) imageId = body.Images.Image[0].ImageId;
        }],
        // Characters that encoders disagree on (space, '*', '+', '~', '!', '(', non-ASCII) must survive both
        // schemes; the answer may well be empty.
        ['DescribeImages', () => ({ RegionId: options.region, ImageOwnerAlias: 'self', ImageName: TRICKY_NAME }), (body) => {
            check(Array.isArray(body?.Images?.Image), 'no Images.Image');
        }],
        ['DescribeImageSharePermission', () => {
            if (!imageId) throw new Error(`no image in ${options.region} to ask about (pass --image)`);
            return { RegionId: options.region, ImageId: imageId, PageSize: 50, PageNumber: 1 };
        }, (body) => {
            check(body?.ImageId === imageId, `ImageId ${body?.ImageId} instead of ${imageId}`);
            check(body?.Accounts && Array.isArray(body.Accounts.Account), 'no Accounts.Account');
        }],
    ];

    for (const [action, params, validate] of steps) {
        try {
            const body = await call(action, params());
            validate(body);
            check(typeof body.RequestId === 'string' && body.RequestId.length > 0, 'no RequestId');
            report(`ok ${label} ${action} ${body.RequestId}`);
        } catch (error) {
            failures++;
            report(`FAIL ${label} ${action} ${describeError(error)}`);
        }
    }
    return failures;
}

async function main() {
    let options;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (error) {
        console.error(`sdk-client: ${error.message}`);
        process.exit(2);
    }
    let failures = 0;
    let calls = 0;
    for (const scheme of options.schemes) {
        failures += await runScheme(scheme, options, (line) => { calls++; console.log(line); });
    }
    if (options.expectFailure) {
        // Every call must have been refused.
        process.exit(failures === calls ? 0 : 1);
    }
    process.exit(failures === 0 ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
    main().catch((error) => {
        console.error(`sdk-client: ${error.stack || error}`);
        process.exit(1);
    });
}
