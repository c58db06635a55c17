import type { Rule } from '../rule.types';
import { alnum, namedKeyRule } from './named-key-b.rules';

// Monitoring and status pages.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-b.rules.ts). Value formats follow each provider's API documentation.
export const observabilityBRules: Rule[] = [
  namedKeyRule({
    id: 'splunk-observability-token',
    description: 'Splunk Observability access token',
    names: ['splunk'],
    value: '[a-z0-9_-]{22}',
    severity: 'high',
    samples: {
      positive: ['SPLUNK_API_KEY=Ttdl3QxPc4jdFxX99eFm2m', '"splunkToken": "gjOEbaTk8dZHb2QrtR3LJN",'],
      negative: [
        'SPLUNK_API_KEY=Ttdl3QxPc4j',
        'SPLUNK_ACCOUNT_ID=sJjcpRXuuHuS9rJytwAtD1',
        'SPLUNK_API_URL=https://api.splunk.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'statuscake-api-key',
    description: 'StatusCake API key',
    names: ['statuscake'],
    value: alnum(20),
    samples: {
      positive: ['STATUSCAKE_API_KEY=URvHsyf7VcoF8ndO5PKk', '"statuscakeToken": "S9bQK3SW0gMz76F8olEu",'],
      negative: [
        'STATUSCAKE_API_KEY=URvHsyf7Vc',
        'STATUSCAKE_ACCOUNT_ID=2ebYroah8Par1nqDN7r5',
        'STATUSCAKE_API_URL=https://api.statuscake.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'statuspage-api-key',
    description: 'Statuspage API key',
    names: ['statuspage'],
    value: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[a-f0-9]{32}',
    samples: {
      positive: [
        'STATUSPAGE_API_KEY=223ada0d-1c2a-0780-86d9-92864699e47c',
        '"statuspageToken": "99e7417f-7513-b61f-255f-f0773cbef96b",',
      ],
      negative: [
        'STATUSPAGE_API_KEY=223ada0d-1c2a-0780',
        'STATUSPAGE_ACCOUNT_ID=f246fd14-8d1f-7a65-31ce-b18cf2a0e268',
        'STATUSPAGE_API_URL=https://api.statuspage.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'statuspal-api-key',
    description: 'StatusPal API key',
    names: ['statuspal'],
    value: alnum(32),
    samples: {
      positive: [
        'STATUSPAL_API_KEY=09lNDuCVu5pXnMkeLi2VOEtqJjAYc10p',
        '"statuspalToken": "pU5xPaIqwHRJ0K80GdIt6kAbF2kU1l8B",',
      ],
      negative: [
        'STATUSPAL_API_KEY=09lNDuCVu5pXnMke',
        'STATUSPAL_ACCOUNT_ID=MU0TbF2MfqHCyX8ZRkbcOzuG4sxFspYf',
        'STATUSPAL_API_URL=https://api.statuspal.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'uptimerobot-api-key',
    description: 'UptimeRobot API key (main, read-only or monitor)',
    names: ['uptimerobot'],
    value: '[umr][0-9]{6,9}-[a-f0-9]{24}',
    samples: {
      positive: [
        'UPTIMEROBOT_API_KEY=m1905788-2b288e150a8e3e0266966a8a',
        '"uptimerobotToken": "m7643181-f9f363e0f936e0cb2d276de2",',
      ],
      negative: [
        'UPTIMEROBOT_API_KEY=m1905788-2b288e1',
        'UPTIMEROBOT_ACCOUNT_ID=m5104554-d2ae367fe75e2f71b5bcdc96',
        'UPTIMEROBOT_API_URL=https://api.uptimerobot.com/v1/',
      ],
    },
  }),
];
