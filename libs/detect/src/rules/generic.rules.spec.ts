// The contract of the generic assignment family with the engine: each rule names the key in the
// `key` group and the value in its secret group, in every format the grammar accepts.
import { genericRules } from './generic.rules';

const byId = (id: string) => {
  const rule = genericRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

// The first match of a rule on a line: [key, value], or null.
function keyAndValue(id: string, line: string): [string, string] | null {
  const rule = byId(id);
  const m = new RegExp(rule.pattern.source, rule.pattern.flags).exec(line);
  return m ? [m.groups?.key ?? '', m[rule.secretGroup ?? 1]] : null;
}

describe('generic assignment rules', () => {
  it.each(genericRules.map((r) => [r.id]))('%s captures the key name and the value', (id) => {
    const rule = byId(id);
    expect(rule.generic).toBe(true);
    expect(rule.pattern.source).toContain('(?<key>');
    for (const sample of rule.samples.positive) expect(keyAndValue(id, sample)?.[0]).toBeTruthy();
  });

  // [rule, line, key, value]: the same grammar across formats.
  const cases: [string, string, string, string][] = [
    ['generic-password', 'db_password: "Xk2#pLq9wZ"', 'password', 'Xk2#pLq9wZ'],
    ['generic-password', '<password>Xk2#pLq9wZ</password>', 'password', 'Xk2#pLq9wZ'],
    ['generic-password', '<add key="SmtpPassword" value="Xk2#pLq9wZ" />', 'Password', 'Xk2#pLq9wZ'],
    ['generic-password', "    password 'Xk2#pLq9wZ'", 'password', 'Xk2#pLq9wZ'],
    ['generic-password', 'mytool --db-password Xk2#pLq9wZ run', 'password', 'Xk2#pLq9wZ'],
    ['generic-password', "'password' => 'Xk2#pLq9wZ',", 'password', 'Xk2#pLq9wZ'],
    ['generic-secret', 'os.getenv("CLIENT_SECRET", "Xk2#pLq9wZ41")', 'SECRET', 'Xk2#pLq9wZ41'],
    [
      'generic-token',
      'oauth_token: 8942a39da60f1219b316e8801cdd43ee34658a44',
      'token',
      '8942a39da60f1219b316e8801cdd43ee34658a44',
    ],
    [
      'generic-api-key',
      'HEROKU_API_KEY=e125d0a5-0ef3-4e5f-b57e-334b804a0036',
      'API_KEY',
      'e125d0a5-0ef3-4e5f-b57e-334b804a0036',
    ],
    ['generic-api-key', '"{\\"apiKey\\":\\"Xk2pLq9wZ41rT\\"}"', 'apiKey', 'Xk2pLq9wZ41rT'],
  ];

  it.each(cases)('%s: %s', (id, line, key, value) => {
    expect(keyAndValue(id, line)).toEqual([key, value]);
  });

  it('takes neither the start of a concatenation nor a property chain for the value', () => {
    expect(keyAndValue('generic-password', 'password = "Xk2#pLq9wZ" + suffix')).toBeNull();
    expect(keyAndValue('generic-secret', 'app.secret = process.env.APP_SECRET || "Zq81mKe0vR4t"')).toEqual([
      'SECRET',
      'Zq81mKe0vR4t',
    ]);
  });
});
