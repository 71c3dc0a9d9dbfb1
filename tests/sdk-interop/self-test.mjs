// `node sdk-verifier.mjs --self-test`: proves the verifier is neither broken nor lenient, using only the
// official SDKs as clients:
//   1. the SDK signing functions reproduce Alibaba's published V3 and V1 worked examples;
//   2. every SDK scheme (openapi-client V3 query/form/GET, openapi-client V1, pop-core GET/POST), with an
//      AccessKey and with an STS key + token, is accepted;
//   3. a wrong secret, an unknown key, a wrong STS token, an added parameter, a changed signed header and a
//      replayed request are all rejected.
// Prints one line per check and a summary; returns the process exit status.

import http from 'node:http';
import { createRequire } from 'node:module';

import { ALL_SCHEMES, runScheme } from './sdk-client.mjs';
import { DEMO_IMAGE_ID, startVerifier } from './sdk-verifier.mjs';

const require = createRequire(import.meta.url);
const OpenApiUtil = require('@alicloud/openapi-util').default;

const AK = { id: 'LTAI5tSelfTest000001', secret: 'self-test-secret' };
const STS = { id: 'STS.SelfTest000001', secret: 'self-test-sts-secret', token: 'self-test-sts-token' };

// A man in the middle that changes the request after the SDK signed it.
function startTamperer(targetPort, mode) {
    const server = http.createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', async () => {
            const body = Buffer.concat(chunks);
            let path = req.url;
            const headers = { ...req.headers };
            if (mode === 'add-param') path += (path.includes('?') ? '&' : '?') + 'Injected=1';
            if (mode === 'change-header' && headers['x-acs-signature-nonce']) headers['x-acs-signature-nonce'] += '0';
            const send = () => new Promise((resolve, reject) => {
                const out = http.request({ host: '127.0.0.1', port: targetPort, method: req.method, path, headers },
                    (answer) => {
                        const parts = [];
                        answer.on('data', (c) => parts.push(c));
                        answer.on('end', () => resolve({ status: answer.statusCode, headers: answer.headers,
                            body: Buffer.concat(parts) }));
                    });
                out.on('error', reject);
                out.end(body);
            });
            let answer = await send();
            if (mode === 'replay') answer = await send();
            res.writeHead(answer.status, { 'content-type': answer.headers['content-type'] });
            res.end(answer.body);
        });
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })));
}

export async function selfTest() {
    let failures = 0;
    const pass = (what) => console.log(`PASS ${what}`);
    const fail = (what) => { failures++; console.log(`FAIL ${what}`); };
    const expect = (condition, what) => (condition ? pass(what) : fail(what));

    // 1. published vectors (docs: Signature V3 / V1 worked examples)
    const v3 = OpenApiUtil.getAuthorization({
        method: 'POST', pathname: '/',
        query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
        headers: {
            host: 'ecs.cn-shanghai.aliyuncs.com', 'x-acs-action': 'RunInstances', 'x-acs-version': '2014-05-26',
            'x-acs-date': '2023-10-26T10:22:32Z', 'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
            'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        },
    }, 'ACS3-HMAC-SHA256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'YourAccessKeyId',
    'YourAccessKeySecret');
    expect(v3.endsWith('Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0'),
        'openapi-util getAuthorization reproduces the published V3 example');
    const v1Params = { AccessKeyId: 'testid', Action: 'DescribeRegions', Format: 'XML', SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', SignatureVersion: '1.0',
        Timestamp: '2016-02-23T12:46:24Z', Version: '2014-05-26' };
    expect(OpenApiUtil.getRPCSignature(v1Params, 'GET', 'testsecret') === 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=',
        'openapi-util getRPCSignature reproduces the published V1 GET example');
    expect(OpenApiUtil.getRPCSignature(v1Params, 'POST', 'testsecret') === 'MxbnVAM4w6sft9xjVpe/GCKueuk=',
        'openapi-util getRPCSignature reproduces the published V1 POST example');

    const log = [];
    const { server, port } = await startVerifier([AK, STS], { log: (line) => log.push(line) });
    const endpoint = `http://127.0.0.1:${port}`;
    const quiet = [];
    const run = async (scheme, creds, target = endpoint) => {
        const lines = [];
        const before = log.length;
        const failed = await runScheme(scheme, { endpoint: target, keyId: creds.id, secret: creds.secret,
            token: creds.token || '', region: 'cn-hangzhou', image: DEMO_IMAGE_ID }, (l) => lines.push(l));
        quiet.push(...lines);
        return { failed, calls: lines.length, lines, verifierLines: log.slice(before) };
    };

    // 2. accepted
    for (const scheme of ALL_SCHEMES) {
        for (const creds of [AK, STS]) {
            const r = await run(scheme, creds);
            const label = `${scheme}${creds.token ? '+sts' : ''}`;
            const accepted = r.verifierLines.filter((l) => l.startsWith('accepted ')).length;
            expect(r.failed === 0 && accepted === r.calls, `${label}: ${accepted} SDK calls accepted`
                + (r.failed ? ` (${r.lines.filter((l) => l.startsWith('FAIL')).join(' | ')})` : ''));
        }
    }

    // 3. rejected
    const rejectedAll = (r, code) => r.failed === r.calls && r.calls > 0
        && r.verifierLines.length > 0
        && r.verifierLines.every((l) => l.startsWith('rejected ') && (!code || l.includes(` ${code}:`)));
    for (const scheme of ALL_SCHEMES) {
        const wrong = await run(scheme, { ...AK, secret: 'not-the-secret' });
        expect(rejectedAll(wrong, 'SignatureDoesNotMatch'), `${scheme}: wrong secret rejected (SignatureDoesNotMatch)`);
    }
    const unknown = await run('v3', { id: 'LTAI5tNobody', secret: AK.secret });
    expect(rejectedAll(unknown, 'InvalidAccessKeyId.NotFound'), 'v3: unknown AccessKeyId rejected');
    for (const scheme of ['v3', 'v1-pop']) {
        const badToken = await run(scheme, { ...STS, token: 'stolen-token' });
        expect(rejectedAll(badToken, 'InvalidSecurityToken.MismatchWithAccessKey'), `${scheme}+sts: wrong token rejected`);
        const noToken = await run(scheme, { id: STS.id, secret: STS.secret });
        expect(rejectedAll(noToken, 'InvalidSecurityToken.Missing'), `${scheme}: STS key without token rejected`);
    }

    const tamperCases = [
        ['add-param', ALL_SCHEMES, 'SignatureDoesNotMatch'],
        ['change-header', ['v3', 'v3-form', 'v3-get'], 'SignatureDoesNotMatch'],
        ['replay', ALL_SCHEMES, 'SignatureNonceUsed'],
    ];
    for (const [mode, schemes, code] of tamperCases) {
        const tamperer = await startTamperer(port, mode);
        for (const scheme of schemes) {
            const before = log.length;
            const r = await run(scheme, AK, `http://127.0.0.1:${tamperer.port}`);
            const lines = log.slice(before);
            // replay: the first copy is accepted, the second must be rejected
            const relevant = mode === 'replay' ? lines.filter((_, i) => i % 2 === 1) : lines;
            const ok = r.failed === r.calls && relevant.length === r.calls
                && relevant.every((l) => l.startsWith('rejected ') && l.includes(` ${code}:`));
            expect(ok, `${scheme}: ${mode} rejected (${code})`);
        }
        tamperer.server.close();
    }

    server.close();
    if (process.env.ISB_SELF_TEST_VERBOSE) {
        for (const l of [...quiet, ...log]) console.log(`  | ${l}`);
    }
    console.log(failures === 0 ? 'self-test: all checks passed' : `self-test: ${failures} check(s) FAILED`);
    return failures === 0 ? 0 : 1;
}
