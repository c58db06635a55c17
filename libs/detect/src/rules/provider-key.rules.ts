import type { Rule } from '../rule.types';
import { NOT_A_CREDENTIAL } from './generic.rules';
import { escapeRegex, SECRET_WORDS, SEPARATOR } from './named-key-rule';
import { PROVIDER_KEY_TRIE } from './provider-key.trie';

// Providers with no named-key rule to lend their name: those whose own rules recognise their tokens
// by a prefix or a structure, and those whose token format is not documented publicly. A key
// named after them still says "credential".
export const PROVIDER_NAMES = [
  'airtable',
  'algolia',
  'alibaba',
  'aliyun',
  'anthropic',
  'apify',
  'artifactory',
  'asana',
  'assemblyai',
  'atlassian',
  'auth0',
  'autoklose',
  'autopilot',
  'avaza',
  'betterstack',
  'bitbucket',
  'bitly',
  'bombbomb',
  'borgbase',
  'braintree',
  'bugsnag',
  'buildkite',
  'caflou',
  'calendarific',
  'capsulecrm',
  'circleci',
  'cloudflare',
  'clustdoc',
  'codecov',
  'cohere',
  'coinbase',
  'commercejs',
  'confluence',
  'contentful',
  'convertkit',
  'crowdin',
  'dareboost',
  'datadog',
  'deepai',
  'deepgram',
  'deepseek',
  'digitalocean',
  'discord',
  'dockerhub',
  'documo',
  'doppler',
  'dropbox',
  'dyspatch',
  'elevenlabs',
  'envoy',
  'eraser',
  'etherscan',
  'facebook',
  'fastly',
  'figma',
  'firebase',
  'fxmarket',
  'github',
  'gitlab',
  'gocardless',
  'grafana',
  'gumroad',
  'helpcrunch',
  'heroku',
  'hetzner',
  'honeycomb',
  'hubspot',
  'hunter',
  'hybiscus',
  'iexcloud',
  'imagga',
  'intercom',
  'jenkins',
  'jfrog',
  'jira',
  'jupiterone',
  'kickbox',
  'leadfeeder',
  'lexigram',
  'linear',
  'linkedin',
  'linode',
  'mailchimp',
  'mailgun',
  'mailmodo',
  'mapbox',
  'mistral',
  'netlify',
  'newrelic',
  'notion',
  'npm',
  'nuget',
  'okta',
  'openai',
  'optimizely',
  'pagerduty',
  'paperform',
  'parseur',
  'paypal',
  'plaid',
  'postman',
  'postmark',
  'powrbot',
  'pulumi',
  'pypi',
  'razorpay',
  'rentman',
  'restpack',
  'rollbar',
  'sendbird',
  'sendgrid',
  'sentry',
  'shipday',
  'shopify',
  'simplynoted',
  'slack',
  'snyk',
  'splunk',
  'sportsmonk',
  'square',
  'storecove',
  'storychief',
  'stripe',
  'supabase',
  'supernotes',
  'surveysparrow',
  'tefter',
  'telegram',
  'teletype',
  'tencent',
  'terraform',
  'toggl',
  'travis',
  'trello',
  'twilio',
  'twitch',
  'twitter',
  'unplugg',
  'userflow',
  'vercel',
  'visualcrossing',
  'wandb',
  'workstack',
  'worldcoinindex',
  'yandex',
  'zendesk',
  'zeplin',
];

/**
 * A regex source matching exactly `words`, factored by common prefixes (`a(?:ble|cme)`): the regex
 * then runs on every line holding one of several hundred names, and a factored alternation fails
 * on a character in one step where a flat one would try every name.
 */
export function trie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let empty = false;
  for (const w of words) {
    if (w === '') empty = true;
    else {
      const rest = byFirst.get(w[0]);
      if (rest) rest.push(w.slice(1));
      else byFirst.set(w[0], [w.slice(1)]);
    }
  }
  const branches = [...byFirst].map(([c, rest]) => escapeRegex(c) + trie(rest));
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !empty ? branches[0] : `(?:${branches.join('|')})`;
  return empty ? `(?:${branches.join('|')})?` : body;
}

/**
 * The names of the provider-key rule (distinct, longest first) and their trie: built from the
 * catalog by `npm run rules:table` into provider-key.trie.ts, where a start finds it ready.
 */
export function providerKeyTrie(names: readonly string[]): { names: string[]; source: string } {
  // Longest first, then by code point: any fixed order builds the same matcher, and this one needs
  // no ICU collation (localeCompare on ~600 names costs ~10 ms of every `protect` run).
  const unique = [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const built = unique.join('\n') === PROVIDER_KEY_TRIE.names;
  // The stored trie, unless the names changed since it was built (the rules-table spec says so).
  return { names: unique, source: built ? PROVIDER_KEY_TRIE.source : trie(unique) };
}

/**
 * The fallback for a provider's key whose value does not have the documented shape (a length or
 * an alphabet the provider's own rule does not accept: an older format, a new one, a typo): a
 * value of 16 to 1024 token characters assigned to a key that starts with one of `names` and
 * ends in secret words (`PUSHBULLET SECRET value`, `selectpdf-access-key-value`, `capsulecrm-private-value`,
 * `nuget key = value`). Generic: it yields to a specific match of the same value and goes through
 * the generic filters (identifiers, paths, code), so its `medium` confidence drops to `low` for
 * weak or typed-out values.
 */
export function providerKeyRule(names: readonly string[]): Rule {
  const { names: unique, source } = providerKeyTrie(names);
  return {
    id: 'provider-key-any-format',
    description: "Value assigned to a provider's secret key name, in no documented format",
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: unique,
    generic: true,
    // The names are often plain words (`float`, `linear`, `square`): the pattern, a trie of ~600
    // names, then ran on most lines of code (1.6 s of sveltejs/svelte's history scan). A match
    // holds a secret word; most of those lines do not.
    lineFilter: new RegExp(SECRET_WORDS, 'i'),
    pattern: new RegExp(
      String.raw`(?<![a-z0-9])(?<key>(?<owner>${source})[\w.\- \t]{0,30}?(?:${SECRET_WORDS})(?:[-_. ]?(?:${SECRET_WORDS})){0,2})` +
        String.raw`${SEPARATOR}(?<secret>[\w+/=~-][\w+/=.~-]{14,1022}[\w+/=~-])(?![\w+/=~-])`,
      'i',
    ),
    entropy: 3,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'PUSHBULLET SECRET Wq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5Fs1Gc0',
        'capsulecrm-private-Zr8Pq2Lx6Wn4Tk9Vm3Hb7Jd5Fs1Gc0Yq2',
        'nuget key = p3kq9wz7lx2vn8tr5bm4hj6fd1gc0ys2ra9ue7ow3ik5',
        'STRIPE_WEBHOOK_SECRET: "Hq7-Lk2_Rp9Xz4Tn6Vb8Hm3Jd5Fs1Gc0Wm2Qe8Ty4"',
      ],
      negative: [
        'PUSHBULLET_SECRET=changeme_changeme_changeme',
        'stripe key rotation is documented_in_the_handbook',
        'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}',
        'SLACK_TOKEN_URL=https://slack.example.test/api/oauth.v2.access',
        'twilio_account_sid: AC0123',
        'datadog api key: see the handbook',
      ],
    },
  };
}
