#!/usr/bin/env node
// Calls ecs-simulator with Alibaba Cloud's GENERATED product SDKs (not the generic client), so that the
// simulator is shown to accept exactly what they send for the actions beyond reading ECS images:
//
//   sts-identity   @alicloud/sts20150401 getCallerIdentity (V3, POST)
//   sts-identity-v1 @alicloud/pop-core RPCClient GetCallerIdentity (HMAC-SHA1, POST form, as the
//                  credentials libraries sign STS calls)
//   ecs-modify     @alicloud/ecs20140526 modifyImageSharePermission (V3): adds --account to --image, then
//                  removes it again, with IsPublic=false
//   ecs-modify-v1  @alicloud/pop-core ModifyImageSharePermission (V1, AddAccount.1 / RemoveAccount.1)
//   sts-assume     @alicloud/sts20150401 assumeRole --role-arn [--external-id], then getCallerIdentity with
//                  the temporary key (it must name the role's account)
//   sts-assume-v1  @alicloud/pop-core AssumeRole (HMAC-SHA1), then GetCallerIdentity with the key
//   rm-accounts    @alicloud/resourcemanager20200331 listAccounts, every page (PageSize 2)
//
// One line per call: `ok <call> <RequestId> <detail>` or `FAIL <call> <reason>`. Exit status 1 if any failed.
//
// Usage: node sdk-products.mjs --endpoint http://127.0.0.1:PORT --key-id ID --secret S [--token T]
//                              [--calls sts-identity,...] [--expect-account ID]
//                              [--region R --image ID --account ID]   (for ecs-modify*)

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OpenApiCore = require('@alicloud/openapi-core');
const { Config } = OpenApiCore.$OpenApiUtil;
const Sts = require('@alicloud/sts20150401');
const StsClient = Sts.default;
const { RuntimeOptions } = require('@darabonba/typescript');
const RPCClient = require('@alicloud/pop-core').RPCClient;
const Ecs = require('@alicloud/ecs20140526');
const EcsClient = Ecs.default;

const ResourceManager = require('@alicloud/resourcemanager20200331');
const ResourceManagerClient = ResourceManager.default;

export const ALL_CALLS = ['sts-identity', 'sts-identity-v1', 'ecs-modify', 'ecs-modify-v1', 'sts-assume',
    'sts-assume-v1', 'rm-accounts'];

function parseArgs(argv) {
    const options = { endpoint: '', keyId: '', secret: '', token: '', calls: ALL_CALLS, expectAccount: '',
        region: 'cn-hangzhou', image: '', account: '', roleArn: '', externalId: '', expectTotal: 0 };
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
        case '--region': options.region = value(); break;
        case '--image': options.image = value(); break;
        case '--account': options.account = value(); break;
        case '--role-arn': options.roleArn = value(); break;
        case '--external-id': options.externalId = value(); break;
        case '--expect-total': options.expectTotal = Number(value()); break;
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

// Reads the grants back with pop-core, so that a change the simulator silently ignored is caught.
async function grantedTo(options) {
    const body = await pop(options, '2014-05-26').request('DescribeImageSharePermission',
        { RegionId: options.region, ImageId: options.image, PageSize: 50 }, { method: 'POST', timeout: 10000 });
    return (body?.Accounts?.Account || []).map((account) => account.AliyunId);
}

function needImage(options) {
    if (!options.image || !options.account) throw new Error('--image and --account are required for ecs-modify');
}

function roleAccount(options) {
    const match = /^acs:ram::(\d+):role\//.exec(options.roleArn);
    if (!match) throw new Error('--role-arn acs:ram::<account>:role/<name> is required');
    return match[1];
}

const CALLS = {
    'sts-assume': async (options) => {
        const account = roleAccount(options);
        const request = new Sts.AssumeRoleRequest({ roleArn: options.roleArn, roleSessionName: 'isb-interop',
            durationSeconds: 900, ...(options.externalId ? { externalId: options.externalId } : {}) });
        const response = await new StsClient(config(options)).assumeRoleWithOptions(request, runtime());
        const credentials = response.body.credentials;
        check(credentials?.accessKeyId?.startsWith('STS.'), 'no STS AccessKeyId');
        const temporary = { ...options, keyId: credentials.accessKeyId, secret: credentials.accessKeySecret,
            token: credentials.securityToken, expectAccount: account };
        const identity = (await new StsClient(config(temporary)).getCallerIdentityWithOptions(runtime())).body.toMap();
        return [response.body.requestId, checkIdentity(identity, temporary)];
    },
    'sts-assume-v1': async (options) => {
        const account = roleAccount(options);
        const body = await pop(options, '2015-04-01').request('AssumeRole', {
            RoleArn: options.roleArn, RoleSessionName: 'isb-interop-v1', DurationSeconds: 900,
            ...(options.externalId ? { ExternalId: options.externalId } : {}),
        }, { method: 'POST', timeout: 10000 });
        const credentials = body.Credentials;
        const temporary = { ...options, keyId: credentials.AccessKeyId, secret: credentials.AccessKeySecret,
            token: credentials.SecurityToken, expectAccount: account };
        const identity = await pop(temporary, '2015-04-01').request('GetCallerIdentity', {}, { method: 'POST', timeout: 10000 });
        return [body.RequestId, checkIdentity(identity, temporary)];
    },
    'rm-accounts': async (options) => {
        const client = new ResourceManagerClient(config(options));
        const ids = [];
        let total = 0;
        let requestId = '';
        for (let page = 1; page === 1 || ids.length < total; page++) {
            const response = await client.listAccountsWithOptions(
                new ResourceManager.ListAccountsRequest({ pageNumber: page, pageSize: 2 }), runtime());
            total = response.body.totalCount;
            requestId = response.body.requestId;
            const accounts = response.body.accounts?.account || [];
            check(accounts.length > 0 || total === 0, `page ${page} is empty`);
            for (const account of accounts) {
                check(account.accountId && account.displayName && account.type && account.status, 'account fields');
                ids.push(account.accountId);
            }
            if (page > 100) throw new Error('too many pages');
        }
        if (options.expectTotal) check(ids.length === options.expectTotal, `${ids.length} accounts`);
        return [requestId, `${ids.length} accounts`];
    },
    'ecs-modify': async (options) => {
        needImage(options);
        const client = new EcsClient(config(options));
        const add = await client.modifyImageSharePermissionWithOptions(new Ecs.ModifyImageSharePermissionRequest({
            regionId: options.region, imageId: options.image, addAccount: [options.account],
        }), runtime());
        check((await grantedTo(options)).includes(options.account), 'the added account is not granted');
        const remove = await client.modifyImageSharePermissionWithOptions(new Ecs.ModifyImageSharePermissionRequest({
            regionId: options.region, imageId: options.image, removeAccount: [options.account], isPublic: false,
        }), runtime());
        check(!(await grantedTo(options)).includes(options.account), 'the removed account is still granted');
        const ids = [add.body.requestId, remove.body.requestId];
        check(ids.every((id) => typeof id === 'string' && id.length > 0), 'no RequestId');
        return [ids[1], `added and removed ${options.account}`];
    },
    'ecs-modify-v1': async (options) => {
        needImage(options);
        const client = pop(options, '2014-05-26');
        const request = (parameters) => client.request('ModifyImageSharePermission',
            { RegionId: options.region, ImageId: options.image, ...parameters }, { method: 'POST', timeout: 10000 });
        const add = await request({ 'AddAccount.1': options.account });
        check((await grantedTo(options)).includes(options.account), 'the added account is not granted');
        const remove = await request({ 'RemoveAccount.1': options.account });
        check(!(await grantedTo(options)).includes(options.account), 'the removed account is still granted');
        check(typeof add.RequestId === 'string' && add.RequestId.length > 0, 'no RequestId');
        return [remove.RequestId, `added and removed ${options.account}`];
    },
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
