import type { Rule } from '../rule.types';
import { alnum, namedKeyRule } from './named-key-rule';

// Monitoring, logging, error tracking, incident and feature-flag services.
export const observabilityRules: Rule[] = [
  {
    id: 'sentry-user-token',
    description: 'Sentry user auth token',
    severity: 'high',
    cwe: 798,
    keywords: ['sntryu_'],
    pattern: /(?:^|[^A-Za-z0-9_])(sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['SENTRY_AUTH_TOKEN=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'],
      negative: ['SENTRY_AUTH_TOKEN=sntryu_c4826fc72ba7e35ef1ce146bac05a4'],
    },
  },
  {
    id: 'sentry-org-token',
    description: 'Sentry organization auth token',
    severity: 'high',
    cwe: 798,
    keywords: ['sntrys_'],
    pattern: /(?:^|[^A-Za-z0-9_])(sntrys_eyJ[A-Za-z0-9+/=]{40,400}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9_+/=])/,
    samples: {
      positive: [
        'SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3c2KAZI2rrxOzM/7X85Ld1rU5h+0VDpfhGk5dnu0qxhxn4F6KhKXbskTyOsVqcTCKtD2+4Sh48yESBrHv3JQRnZPmYvYSTZ4QgXgbR3qc0LlJELQS1wm+jVlV_pEYCkE12dCgtv2oBaMi41KiiBqPW79jreO5/Jo07M+x',
      ],
      negative: [
        'SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE30zJr1b32nSbxHoo0wn/2iN+oNEObeHR/MCHSdHff2h4FHCfkpivFunwWHy8KRXTcI7VR5ZgxvYiGSFKO7YxW+S/xVcHabkGfnprFs91tNn66fRFnXc8X8vtP',
        'SENTRY_AUTH_TOKEN=sntrys_<token>',
      ],
    },
  },
  {
    id: 'sentry-dsn',
    description: 'Sentry DSN with its client key',
    severity: 'low',
    cwe: 798,
    keywords: ['sentry'],
    pattern:
      /https?:\/\/([0-9a-f]{32})@[A-Za-z0-9.-]{0,100}sentry[A-Za-z0-9.-]{0,100}(?::\d{1,5})?\/\d{1,12}/,
    samples: {
      positive: [
        'SENTRY_DSN=https://206ed939c6c9a6ed11c225ffb0fc0a02@o794246.ingest.sentry.io/2766007',
        'dsn: "https://0d8b3e405ddc5fb04adb246142217e0e@sentry.acme.io/12"',
      ],
      negative: [
        'SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0',
        'SENTRY_DSN=https://sentry.io/organizations/acme/',
      ],
    },
  },
  {
    id: 'datadog-api-key',
    description: 'Datadog API key',
    severity: 'high',
    cwe: 798,
    keywords: ['datadog', 'dd_api', 'dd-api', 'dd_secret', 'dd-secret', 'dd_token', 'dd-token'],
    // The provider name (or its `dd` abbreviation) then api key / secret / token, in a key name
    // written with `_`, `-` or `.` separators, before a 32-hex value.
    pattern:
      /(?<![A-Za-z0-9])(?:datadog|dd)[\w.-]{0,20}?(?:api[_.-]?key|apikey|secret|token)[\w.-]{0,12}?["']?\s{0,5}(?::=|=>|=|:|-)\s{0,5}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'DD_API_KEY=8251233bbf2b551299ab588f8176eba6',
        'datadog_api_key: "244a2ee11e6a7009a9b69ae2c84c239e"',
        '"DD-API-KEY": "c052b7d1524c68f50b5c590ede5512ac"',
        'datadog-secret-token-8f3a91c07be24d6e95a1c4f0d27b6e53',
      ],
      negative: [
        'DD_API_KEY=7597a5f228bbcd7fc5af',
        'DD_API_KEY=<DATADOG_API_KEY>',
        'DD_SITE=datadoghq.eu',
        'add_token = 8f3a91c07be24d6e95a1c4f0d27b6e53',
      ],
    },
  },
  {
    id: 'datadog-app-key',
    description: 'Datadog application key',
    severity: 'high',
    cwe: 798,
    keywords: [
      'dd_app_key',
      'dd_application_key',
      'dd-application-key',
      'datadog_app_key',
      'datadog_application_key',
    ],
    pattern:
      /(?:datadog|dd)[\w.-]{0,20}?app(?:lication)?[_.-]?key["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{40})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'DD_APP_KEY=e7a76ddc1603192e83856ab5dce46208b7447e01',
        '"DD-APPLICATION-KEY": "9ff7c1e579861a1f6a0b8acaf0bfac103ede673e"',
      ],
      negative: ['DD_APP_KEY=802bf9bf79f6eb8f2f70a0741e475233'],
    },
  },
  {
    id: 'newrelic-user-api-key',
    description: 'New Relic user API key',
    severity: 'high',
    cwe: 798,
    keywords: ['nrak-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['NEW_RELIC_API_KEY=NRAK-9QR3BMTUVIFDACD1FLBRTBL3JTB'],
      negative: ['NEW_RELIC_API_KEY=NRAK-893NPIV76A6F'],
    },
  },
  {
    id: 'newrelic-admin-api-key',
    description: 'New Relic admin API key',
    severity: 'high',
    cwe: 798,
    keywords: ['nraa-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(NRAA-[a-f0-9]{27})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['admin_access:NRAA-4780f48c47df5882dbec3fd82c7'],
      negative: ['NRAA-4780f48c47df'],
    },
  },
  {
    id: 'newrelic-insights-query-key',
    description: 'New Relic Insights query key',
    severity: 'medium',
    cwe: 798,
    keywords: ['nriq-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(NRIQ-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['  "querykey": "NRIQ-pD-yUGl9Z3ACIJ89V-zGkhMxFJE5O121",'],
      negative: ['"querykey": "NRIQ-pD-yUGl9Z3ACI"'],
    },
  },
  {
    id: 'newrelic-browser-api-token',
    description: 'New Relic browser API token',
    severity: 'medium',
    cwe: 798,
    keywords: ['nrjs-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(NRJS-[a-f0-9]{19})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['licenseKey: "NRJS-20d7497a881187df8b5"'],
      negative: ['licenseKey: "NRJS-881623c07c"'],
    },
  },
  {
    id: 'newrelic-insert-key',
    description: 'New Relic insights insert key',
    severity: 'high',
    cwe: 798,
    keywords: ['nrii-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['NEW_RELIC_INSERT_KEY=NRII-25_B7JcW4NbDsn6l_IAOsZpD1TewSalL'],
      negative: ['NEW_RELIC_INSERT_KEY=NRII-L9iCcArlVdbHZYA8'],
    },
  },
  {
    id: 'newrelic-license-key',
    description: 'New Relic ingest license key',
    severity: 'high',
    cwe: 798,
    keywords: ['nral'],
    // 36 hex, or the EU region's `eu01xx` and 30 hex, then `NRAL`.
    pattern: /(?:^|[^A-Za-z0-9_])((?:eu01xx[a-fA-F0-9]{30}|[a-fA-F0-9]{36})NRAL)(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'NEW_RELIC_LICENSE_KEY=0e782c95fe98baa5607c590af9a01f78f6c3NRAL',
        "license_key: 'f1dd2a406d527bc26e6cb82ce0e72a21fb0cNRAL'",
        "license_key: 'eu01xxb7e8b0dddc28ac051a64ffd583c2e1NRAL'",
      ],
      negative: ['NEW_RELIC_LICENSE_KEY=e89ef702fbb015012fabNRAL'],
    },
  },
  {
    id: 'pagerduty-api-key',
    description: 'PagerDuty REST API key',
    severity: 'high',
    cwe: 798,
    keywords: ['pagerduty', 'pd_', 'pd-'],
    pattern:
      /(?<![A-Za-z0-9])(?:pagerduty|pd)[\w.-]{0,20}?(?:token|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_+-]{20})(?![A-Za-z0-9_+-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'PAGERDUTY_API_TOKEN=u+46rd5x5ZoPfyql3LEP',
        'pd_api_key: "3EB8RuZ2ChuC1fzs8bcj"',
        'pd_key = Wq7+hN2xR-k9Ty4mLb3Z',
      ],
      negative: [
        'PAGERDUTY_API_TOKEN=cuYK04DYtL41',
        'PAGERDUTY_SERVICE=payments-oncall',
        'upd_key = Wq7+hN2xR-k9Ty4mLb3Z',
      ],
    },
  },
  {
    id: 'rollbar-access-token',
    description: 'Rollbar access token',
    severity: 'medium',
    cwe: 798,
    keywords: ['rollbar'],
    pattern:
      /rollbar[\w.-]{0,30}?(?:token|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'ROLLBAR_ACCESS_TOKEN=ce663ad0738dfba88d0a6785295eece8',
        "rollbarConfig.accessToken = '65f9b2e2dbb8a361523f140c4dab3a48'",
      ],
      negative: ['ROLLBAR_ACCESS_TOKEN=f1b4ed4b0d664db09ba7', 'ROLLBAR_ENV=production'],
    },
  },
  {
    id: 'sumologic-access-key',
    description: 'Sumo Logic access key',
    severity: 'high',
    cwe: 798,
    keywords: ['sumo'],
    pattern:
      /sumo[\w.-]{0,30}?(?:access[_.-]?key|secret)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 4,
    samples: {
      positive: [
        'SUMO_ACCESS_KEY=GV3jocfPEtcy9JsUcSyQZVHxszbdVkdVN2sCj7sYJ3rgDH5mp8XB0Y50MuVpI0Cm',
        'sumologic_access_key: "BAxyfmACsxVIrJhpRyGxfndHFNbQsL47zPTNxbNGFJJY8u4f8ZAovv2OtClE5UrS"',
      ],
      negative: ['SUMO_ACCESS_ID=suaNx5IaSycpmc', 'SUMO_ACCESS_KEY=THjStxwFBb5WtBOCFm8dOxadCq4bFtri'],
    },
  },
  {
    id: 'grafana-cloud-api-token',
    description: 'Grafana Cloud access policy token',
    severity: 'high',
    cwe: 798,
    keywords: ['glc_'],
    pattern: /(?:^|[^A-Za-z0-9_])(glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9_+/=])/,
    entropy: 4,
    samples: {
      positive: [
        'GRAFANA_CLOUD_TOKEN=glc_eyJvIjoiG54MrsxhHeyBbWeQwrEiLeyan2rRiYG2/L68OIeisxqJnLxLPNARXw8yoKqWAsesRNlmiw50Eue8p7LcXAboFF+noIObM9iJih7LIdea6gAH3piVO5xdFhpR==',
      ],
      negative: ['GRAFANA_CLOUD_TOKEN=glc_WhT1Epg7aBwej8Ygzonl', 'GRAFANA_CLOUD_TOKEN=glc_<token>'],
    },
  },
  {
    id: 'grafana-service-account-token',
    description: 'Grafana service account token',
    severity: 'high',
    cwe: 798,
    keywords: ['glsa_'],
    pattern: /(?:^|[^A-Za-z0-9_])(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['GRAFANA_TOKEN=glsa_nbV7rxvcNMv1QZ0ofiYAeIgIyltaQCnz_d35a73c9'],
      negative: ['GRAFANA_TOKEN=glsa_5wKe2lq5iUMESGVhwDVUmnTqqugn331m'],
    },
  },
  {
    id: 'grafana-api-key',
    description: 'Grafana API key (legacy, base64 JSON)',
    severity: 'high',
    cwe: 798,
    keywords: ['eyjrijoi'],
    pattern: /(?:^|[^A-Za-z0-9_+/])(eyJrIjoi[A-Za-z0-9]{70,400}={0,2})(?![A-Za-z0-9_+/=])/,
    entropy: 4,
    samples: {
      positive: [
        'GRAFANA_API_KEY=eyJrIjoi4K9R5Dpd2eHY9MfJar6UJJTCdCiNBG1tfxkoVJujFpLhpqbj16BSMiFuVZXAa47Hc1eElU1Trv4X4unCMPqGd3Ngyp==',
      ],
      negative: ['GRAFANA_API_KEY=eyJrIjoizo5l0HyTmWW0J2O5jOKF'],
    },
  },
  {
    id: 'launchdarkly-access-token',
    description: 'LaunchDarkly API access token or server-side SDK key',
    severity: 'high',
    cwe: 798,
    keywords: ['api-', 'sdk-'],
    pattern:
      /(?:^|[^A-Za-z0-9_-])((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'LAUNCHDARKLY_SDK_KEY=sdk-646c5c01-e6f0-aba2-2877-5629d28d50fd',
        'LD_API_TOKEN=api-3bda3883-58f3-411a-7353-443f3c1b2f26',
      ],
      negative: ['LAUNCHDARKLY_SDK_KEY=sdk-df0fcfc5-0e6d', 'url = "https://api-gateway.acme.io/v1"'],
    },
  },
  {
    id: 'honeycomb-api-key',
    description: 'Honeycomb API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['honeycomb'],
    pattern:
      /honeycomb[\w.-]{0,30}?(?:key|token)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{22}|[A-Za-z0-9]{32})(?![A-Za-z0-9_])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'HONEYCOMB_API_KEY=Z3vE6Yoh08R2qAVnyjlzTX',
        'honeycomb_write_key: "bop0FbjFCZMXtEPvKw4OnGM2jiBDMgEr"',
      ],
      negative: ['HONEYCOMB_DATASET=checkout-traces', 'HONEYCOMB_API_KEY=JbhLBl9EoC'],
    },
  },
  {
    id: 'dynatrace-api-token',
    description: 'Dynatrace API token',
    severity: 'high',
    cwe: 798,
    keywords: ['dt0c01.'],
    pattern: /(?:^|[^A-Za-z0-9_.-])(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])/,
    samples: {
      positive: [
        'DT_API_TOKEN=dt0c01.72ECM03RE3RQ793IT33O24Z7.PFY3VDFRCD6FNQCMEMIAQRZTHEB3YINLQR71MJPTH4V81MAA9Y66F9LX47I3NDJB',
      ],
      negative: ['DT_API_TOKEN=dt0c01.YD0OXSBICWMG1BUX5QH17J50.UJXYVE3VF0DG7DWBJR1Z'],
    },
  },
  {
    id: 'splunk-hec-token',
    description: 'Splunk HTTP Event Collector token',
    severity: 'high',
    cwe: 798,
    keywords: ['splunk'],
    pattern:
      /splunk[\w.-]{0,30}?(?:token|hec)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(?:Splunk\s{1,3})?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    samples: {
      positive: ['SPLUNK_HEC_TOKEN=7e6e5afb-eb70-c031-7de1-ca89918e7ca5'],
      negative: ['SPLUNK_HEC_URL=https://splunk.acme.io:8088/services/collector', 'SPLUNK_HEC_TOKEN=<token>'],
    },
  },
  {
    id: 'bugsnag-api-key',
    description: 'Bugsnag API key',
    severity: 'low',
    cwe: 798,
    keywords: ['bugsnag'],
    pattern: /bugsnag[\w.-]{0,30}?key["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: ['BUGSNAG_API_KEY=5544e537d339db8af4247d2fdeaee424'],
      negative: ['BUGSNAG_RELEASE_STAGE=production'],
    },
  },
  // Keys without a distinctive shape, found by the provider's name in the key name.
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
