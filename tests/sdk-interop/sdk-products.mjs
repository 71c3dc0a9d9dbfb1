#!/usr/bin/env node
// Calls ecs-simulator with Alibaba Cloud's GENERATED product SDKs (not the generic client), so that the
// simulator is shown to accept exactly what they send for the actions beyond reading ECS images:
//
//   sts-identity   @alicloud/sts20150401 getCallerIdentity (V3, POST)
//   sts-identity-v1 @alicloud/pop-core RPCClient GetCallerIdentity (HMAC-SHA1, POST form, as the
//                  credentials libraries sign STS calls)
//
// One line per call: `ok <call> <RequestId> <detail>` or `FAIL <call> <reason>`. Exit status 1 if any failed.
//
// Usage: node sdk-products.mjs --endpoint http://127.0.0.1:PORT --key-id ID --secret S [--token T]
//                              [--calls sts-identity,...] [--expect-account ID]

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OpenApiCore = require('@alicloud/openapi-core');
const { Config } = OpenApiCore.$OpenApiUtil;
const Sts = require('@alicloud/sts20150401');
const StsClient = Sts.default;
const { RuntimeOptions } = require('@darabonba/typescript');
const RPCClient = require('@alicloud/pop-core').RPCClient;

export const ALL_CALLS = ['sts-identity', 'sts-identity-v1'];

function parseArgs(argv) {
    const options = { endpoint: '', keyId: '', secret: '', token: '', calls: ALL_CALLS, expectAccount: '' };
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
        case '--calls': options.calls = value().split(',').filter(Boolean); break;
        case '--expect-account': options.expectAccount = value(); break;
        default: throw new Error(`unknown argument ${arg}`);
        }
    }
    if (!options.endpoint || !options.keyId || !options.secret) throw new Error('--endpoint, --key-id and --secret are required');
    for (const call of options.calls) {
        if (!ALL_CALLS.includes(call)) throw new Error(`unknown call ${call}`);
    }
    return options;
}

function config(options) {
    const url = new URL(options.endpoint);
    const result = new Config({
        accessKeyId: options.keyId,
        accessKeySecret: options.secret,
        endpoint: url.host,
        protocol: url.protocol.replace(':', ''),
        readTimeout: 10000,
        connectTimeout: 5000,
    });
    if (options.token) result.securityToken = options.token;
    return result;
}

// No SDK-level retry: a refused request must show up as a failure.
const runtime = () => new RuntimeOptions({ autoretry: false, readTimeout: 10000, connectTimeout: 5000 });

function pop(options, apiVersion) {
    const url = new URL(options.endpoint);
    return new RPCClient({
        accessKeyId: options.keyId,
        accessKeySecret: options.secret,
        securityToken: options.token || undefined,
        endpoint: `${url.protocol}//${url.host}`,
        apiVersion,
    });
}

function check(condition, what) {
    if (!condition) throw new Error(`unexpected response: ${what}`);
}

function checkIdentity(body, options) {
    check(typeof body?.AccountId === 'string' && body.AccountId.length > 0, 'no AccountId');
    check(typeof body?.Arn === 'string' && body.Arn.startsWith('acs:ram::'), `Arn ${body?.Arn}`);
    check(['Account', 'RAMUser', 'AssumedRoleUser'].includes(body?.IdentityType), `IdentityType ${body?.IdentityType}`);
    if (options.expectAccount) check(body.AccountId === options.expectAccount, `AccountId ${body.AccountId}`);
    return `${body.AccountId} ${body.IdentityType}`;
}

const CALLS = {
    'sts-identity': async (options) => {
        const response = await new StsClient(config(options)).getCallerIdentityWithOptions(runtime());
        // The generated models map the wire names onto camelCase fields; toMap() gives the wire names back.
        const body = response.body.toMap();
        return [body.RequestId, checkIdentity(body, options)];
    },
    'sts-identity-v1': async (options) => {
        const body = await pop(options, '2015-04-01').request('GetCallerIdentity', {}, { method: 'POST', timeout: 10000 });
        return [body.RequestId, checkIdentity(body, options)];
    },
};

function describeError(error) {
    const data = error.data || {};
    const status = error.statusCode || data.statusCode;
    return `${error.code || error.name || 'Error'}${status ? ` HTTP ${status}` : ''}: ${(error.message || '').replace(/\s+/g, ' ').slice(0, 300)}`;
}

async function main() {
    let options;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (error) {
        console.error(`sdk-products: ${error.message}`);
        process.exit(2);
    }
    let failures = 0;
    for (const name of options.calls) {
        try {
            const [requestId, detail] = await CALLS[name](options);
            check(typeof requestId === 'string' && requestId.length > 0, 'no RequestId');
            console.log(`ok ${name} ${requestId} ${detail}`);
        } catch (error) {
            failures++;
            console.log(`FAIL ${name} ${describeError(error)}`);
        }
    }
    process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
    console.error(`sdk-products: ${error.stack || error}`);
    process.exit(1);
});
