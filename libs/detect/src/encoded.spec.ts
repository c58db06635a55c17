// Values wrapped in base64 (issue 8 item 6): decoded one level, reported at the encoded text.
import { generateKeyPairSync } from 'node:crypto';
import { decodeBase64Text, Detector } from './detector';
import { defaultRules } from './rules';

const detector = new Detector(defaultRules);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const DB_URL = 'postgres://app:Xk29fQpLm3Zr8vN2@db.internal:5432/orders';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJKP1ytQS_m7NoQXlt4I1qf0l_I9i0yyzlX4RcykZR7wIhM2DAVkkplWXIoz6q.CujQZOrdvwrRJPfnrtyFniASd2h0wgQM_mJ8R6sV8-W';

describe('encoded secrets', () => {
  it('finds a private key in a base64 file wrapped at 76 columns, reported at the whole block', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const lines = b64(pem).match(/.{1,76}/g)!;
    const found = detector.scanText(`${lines.join('\n')}\n`, 'deploy_key.b64');
    expect(found.map((f) => [f.ruleId, f.line, f.endLine, f.column])).toEqual([
      ['private-key', 1, lines.length, 1],
    ]);
    expect(found[0].secret).toBe(lines.join('\n'));
    // A wrapped base64 that decodes to nothing secret is no finding.
    expect(
      detector.scanText(
        `${b64(`-----BEGIN CERTIFICATE-----\n${'A'.repeat(200)}\n`)
          .match(/.{1,76}/g)!
          .join('\n')}\n`,
      ),
    ).toEqual([]);
  });

  it('finds one indented in a YAML block, or with CRLF line ends, reported as the file holds it', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const lines = b64(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()).match(/.{1,76}/g)!;
    const yaml = `deploy:\n  ssh_key: |\n${lines.map((l) => `    ${l}`).join('\n')}\n  user: ci\n`;
    const [inYaml, ...more] = detector.scanText(yaml, 'ci/deploy.yml');
    expect(more).toEqual([]);
    expect([inYaml.ruleId, inYaml.line, inYaml.endLine, inYaml.column]).toEqual([
      'private-key',
      3,
      2 + lines.length,
      5,
    ]);
    expect(inYaml.secret).toBe(lines.join('\n    '));
    expect(yaml).toContain(`    ${inYaml.secret}\n  user`);
    const crlf = `${lines.join('\r\n')}\r\n`;
    const [inCrlf] = detector.scanText(crlf, 'deploy_key.b64');
    expect(inCrlf.secret).toBe(lines.join('\r\n'));
    // Lines indented unlike the first are not part of its block.
    const uneven = `  ${lines[0]}\n${lines.slice(1).join('\n')}\n`;
    expect(detector.scanText(uneven, 'k.yml')).toEqual([]);
  });

  it('decodes the data of a Kubernetes Secret, whatever the key names, and points at the encoded value', () => {
    const manifest = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: orders',
      'type: Opaque',
      'data:',
      `  DATABASE: ${b64(DB_URL)}`,
      `  GH: ${b64(PAT)}`,
      `  PLACEHOLDER: ${b64('postgres://user:pass@localhost/db')}`,
      '',
    ].join('\n');
    const found = detector.scanText(manifest, 'k8s/secret.yaml');
    expect(found.map((f) => [f.ruleId, f.secret, f.line, f.column, f.confidence])).toEqual([
      ['database-connection-string', b64(DB_URL), 7, 13, 'high'],
      ['github-pat', b64(PAT), 8, 7, 'high'],
    ]);
  });

  it('finds a base64-wrapped JWT anywhere, and a secret in a value said to be base64', () => {
    expect(detector.scanText(`session_blob = "${b64(JWT)}"`)).toMatchObject([
      { ruleId: 'jwt', secret: b64(JWT), line: 1, column: 17 },
    ]);
    expect(detector.scanText(`value_base64: ${b64('token=' + PAT)}`)).toMatchObject([
      { ruleId: 'github-pat', secret: b64('token=' + PAT) },
    ]);
  });

  it('finds a base64-wrapped PEM private key under any key name (`LS0tLS1CRUdJTi` is `-----BEGIN`)', () => {
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEASDtEuy0UidXeLMDWHctyhYJd276UTuusU+V4rfu+BwEJWNpU',
      'Q05UmUA8QCIDAH95cfjN1r7uuASOw+gy5uvPX7711qlevltCXf5rTpEi1BAKdlQ9',
      'O01fv8DnYB7kbXIALfoSlGt8x1iykuSPCX9x',
      '-----END RSA PRIVATE KEY-----',
      '',
    ].join('\n');
    expect(detector.scanText(`  "material": "${b64(pem)}",`, 'config/app.json')).toMatchObject([
      { ruleId: 'private-key', secret: b64(pem), line: 1, column: 16 },
    ]);
    // The header alone, encoded, is not a key.
    expect(detector.scanText(`  "material": "${b64('-----BEGIN RSA PRIVATE KEY-----')}",`)).toEqual([]);
  });

  it('drops an encoded placeholder and leaves plain base64 data alone', () => {
    expect(detector.scanText(`Authorization: Basic ${b64('user:pass')}`)).toEqual([]);
    expect(detector.scanText(`Authorization: Basic ${b64('deploy-bot:Xk29fQpLm3Zr8vN2')}`)).toHaveLength(1);
    // Random bytes decode to noise: not decoded, nothing reported.
    expect(detector.scanText('checksum: base64 q83vEjRWeJq8nN4fT0x1YiGk+2Lw9Qm7')).toEqual([]);
    expect(decodeBase64Text('q83vEjRWeJq8nN4fT0x1YiGk+2Lw9Qm7')).toBeNull();
    expect(decodeBase64Text(b64('hello, plain text'))).toBe('hello, plain text');
    // A token that is base64 of JSON (Grafana's API keys) is not a placeholder for holding quotes.
    const grafana = b64('{"k":"cml3RQb0zFuXI3KztVBADicvmr6Wm6Sb","n":"adminkey","id":1}');
    expect(detector.scanText(`GrafanaClient("${grafana}", host=h)`)).toMatchObject([{ secret: grafana }]);
  });
});
