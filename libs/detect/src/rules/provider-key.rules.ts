import type { Rule } from '../rule.types';
import { NOT_A_CREDENTIAL } from './generic.rules';
import { escapeRegex, SECRET_WORDS, SEPARATOR } from './named-key-rule';

// Providers whose own rules recognise their tokens by a prefix or a structure (so they have no
// named-key rule to lend their name): a key named after them still says "credential".
export const PROVIDER_NAMES = [
  'airtable',
  'algolia',
  'anthropic',
  'asana',
  'atlassian',
  'auth0',
  'bitbucket',
  'braintree',
  'circleci',
  'cloudflare',
  'codecov',
  'datadog',
  'deepgram',
  'digitalocean',
  'discord',
  'dockerhub',
  'doppler',
  'dropbox',
  'facebook',
  'figma',
  'firebase',
  'github',
  'gitlab',
  'grafana',
  'heroku',
  'hubspot',
  'linear',
  'mailchimp',
  'mailgun',
  'mapbox',
  'netlify',
  'newrelic',
  'notion',
  'npm',
  'nuget',
  'okta',
  'openai',
  'pagerduty',
  'paypal',
  'postman',
  'pulumi',
  'pypi',
  'sendgrid',
  'sentry',
  'shopify',
  'slack',
  'snyk',
  'square',
  'stripe',
  'supabase',
  'telegram',
  'terraform',
  'twilio',
  'twitter',
  'vercel',
];

/**
 * The fallback for a provider's key whose value does not have the documented shape (a length or
 * an alphabet the provider's own rule does not accept: an older format, a new one, a typo): a
 * value of 16 to 256 token characters assigned to a key that starts with one of `names` and
 * ends in a secret word (`PUSHBULLET SECRET value`, `capsulecrm-private-value`,
 * `nuget key = value`). Generic: it yields to a specific match of the same value and goes through
 * the generic filters (identifiers, paths, code), so its `medium` confidence drops to `low` for
 * weak or typed-out values.
 */
export function providerKeyRule(names: readonly string[]): Rule {
  const unique = [...new Set(names)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return {
    id: 'provider-key-any-format',
    description: "Value assigned to a provider's secret key name, in no documented format",
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: unique,
    generic: true,
    pattern: new RegExp(
      String.raw`(?<![a-z0-9])(?<key>(?<owner>${unique.map(escapeRegex).join('|')})[\w.\- \t]{0,30}?(?:${SECRET_WORDS}))` +
        String.raw`${SEPARATOR}(?<secret>[\w+/=~-][\w+/=.~-]{14,254}[\w+/=~-])(?![\w+/=~-])`,
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
