import type { Rule } from '../rule.types';

// Other cloud providers: Alibaba, Tencent, IBM, Yandex, DigitalOcean, Linode, Hetzner.
export const hostingRules: Rule[] = [
  {
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey ID',
    severity: 'high',
    cwe: 798,
    keywords: ['ltai'],
    pattern: /(?:^|[^A-Za-z0-9])(LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/,
    entropy: 3,
    samples: {
      positive: [
        'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIXVXeLu4FLahJ7aA5fZIy',
        'accessKeyId: "LTAIlCTiQX4nl29fAjPo"',
      ],
      negative: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI4fta5nYY', 'var ltaiPrefix = "LTAI";'],
    },
  },
  {
    id: 'alibaba-access-key-secret',
    description: 'Alibaba Cloud AccessKey secret',
    severity: 'critical',
    cwe: 798,
    keywords: ['aliyun', 'alibaba'],
    pattern:
      /(?:aliyun|alibaba)[\w.-]{0,30}?secret[\w.-]{0,10}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{30})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'ALIBABA_CLOUD_ACCESS_KEY_SECRET=kB2WjvS5E3BgvGQoxoT4LBenj2O2yP',
        'aliyun_secret_key: "oF6YH5gSGN9n5dUlTVu3qs7tfshI0N"',
      ],
      negative: [
        'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALI_SECRET}',
        'ALIBABA_CLOUD_ACCESS_KEY_SECRET=1Byv6mAr0amtYmrpxO2tjEdG',
      ],
    },
  },
  {
    id: 'tencent-secret-id',
    description: 'Tencent Cloud SecretId',
    severity: 'high',
    cwe: 798,
    keywords: ['akid'],
    pattern: /(?:^|[^A-Za-z0-9])(AKID[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    entropy: 3.5,
    samples: {
      positive: [
        'TENCENTCLOUD_SECRET_ID=AKIDFXcqpCWVc5G0q19iJMoy20mDhLIqlUEw',
        "secretId: 'AKIDoVtT3FeQVG5nKMCaFH5CEPdrsCRiJcLR'",
      ],
      negative: [
        'TENCENTCLOUD_SECRET_ID=AKIDCQ0t5lnAHI7yHGkBTF7c',
        'TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
  {
    id: 'tencent-secret-key',
    description: 'Tencent Cloud SecretKey',
    severity: 'critical',
    cwe: 798,
    keywords: ['tencent'],
    pattern:
      /tencent[\w.-]{0,30}?secret[_.-]?key["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: ['TENCENTCLOUD_SECRET_KEY=S0e6eOhOghAuEiPBkoKll4X2UyRGWjoZ'],
      negative: ['TENCENTCLOUD_SECRET_KEY=D0YQtkwMuKhXGTD0', 'TENCENTCLOUD_SECRET_KEY="${TC_KEY}"'],
    },
  },
  {
    id: 'ibm-cloud-api-key',
    description: 'IBM Cloud API key',
    severity: 'high',
    cwe: 798,
    keywords: ['ibm'],
    pattern:
      /(?<![A-Za-z0-9])ibm[\w.\- \t'"]{0,24}?(?:api[_.-]?key|apikey|key|secret|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'IBM_CLOUD_API_KEY=JuPp5PSIXnAbUHsg1mTGaEUzoK2CFsHadsv_qXd5tVny',
        'ibmcloud_api_key: "3RWt2Vv_auiSBOCdh9tPeupjcqxjTqDRGK30qZEhuJyH"',
        'ibm_platform_key= pQ7-eJ2_wKd9LmZr4VtXb8NcYf1HsA6uGo3iEyTn5Rq0',
      ],
      negative: ['IBM_CLOUD_API_KEY=kxYjKM8zdgrkZ7NcE43bOpZCrIpmjx', 'IBM_CLOUD_API_KEY=<api-key>'],
    },
  },
  {
    id: 'yandex-api-key',
    description: 'Yandex Cloud API key',
    severity: 'high',
    cwe: 798,
    keywords: ['aqvn'],
    pattern: /(?:^|[^A-Za-z0-9_-])(AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: ['YC_API_KEY=AQVNl_aj6Cnhwzma4gbkssT5EKwIVHTSSsuWGl-0'],
      negative: ['YC_API_KEY=AQVN2HuWHI1mXNXn8zK4A2PA'],
    },
  },
  {
    id: 'yandex-oauth-token',
    description: 'Yandex OAuth token',
    severity: 'high',
    cwe: 798,
    keywords: ['y0_', 'y1_', 'y2_', 'y3_'],
    pattern: /(?:^|[^A-Za-z0-9_-])(y[0-3]_[A-Za-z0-9_-]{55})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: ['YC_TOKEN=y0_nhiqLyOxnWQMDlmb89b3fFykBbhzV6lkJjzUbdgCMrczeebWWUzB7FP'],
      negative: ['YC_TOKEN=y0_8h2lnFfa7X_CqKO-QeRAj9488cyd7H', 'const y0_offset = 12;'],
    },
  },
  {
    id: 'digitalocean-pat',
    description: 'DigitalOcean personal access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['dop_v1_'],
    pattern: /(?:^|[^A-Za-z0-9_])(dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'DIGITALOCEAN_ACCESS_TOKEN=dop_v1_e2576c6f9c84725d1e59ec92e1abc7cece70842b2eda8299ed7a5b7c65aa9328',
        'doctl auth init -t dop_v1_eb3f9a21220380b5201c96725deef88d286bf4a56ea983de3ff21905c0e62861',
      ],
      negative: [
        'DIGITALOCEAN_ACCESS_TOKEN=dop_v1_ffacb45a32cb98482696bc0ce0a3b25aabbdee80',
        'DIGITALOCEAN_ACCESS_TOKEN=dop_v1_<token>',
      ],
    },
  },
  {
    id: 'digitalocean-oauth-token',
    description: 'DigitalOcean OAuth access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['doo_v1_'],
    pattern: /(?:^|[^A-Za-z0-9_])(doo_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['"access_token": "doo_v1_1b54c14219eb2ad2dba6894659496d2851c8332fa611f502f273799c72cb31fa"'],
      negative: ['"access_token": "doo_v1_b128aaf4a2468a38a62098e107854d548ec8665c38465e4c820bc0bb3d6a019"'],
    },
  },
  {
    id: 'digitalocean-refresh-token',
    description: 'DigitalOcean OAuth refresh token',
    severity: 'high',
    cwe: 798,
    keywords: ['dor_v1_'],
    pattern: /(?:^|[^A-Za-z0-9_])(dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        '"refresh_token": "dor_v1_68e489b9358d519e416f1b89467cb366d81c07adf559557c8474259948e73981"',
      ],
      negative: [
        '"refresh_token": "dor_v1_klhwq0gpegFN51MKqB0wHCt842XVIZK6iF6wMHpSoCriEXxEJX8gPelJehjRA9Bk"',
      ],
    },
  },
  {
    id: 'linode-api-token',
    description: 'Linode (Akamai) API token',
    severity: 'high',
    cwe: 798,
    keywords: ['linode'],
    pattern: /linode[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{64})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'LINODE_TOKEN=0e3dc77fc02ae48a317e3f87371b92ea17a57268c6f0c844507a93399cb33f99',
        'linode_api_token: "35c0fb9fb987e2106ec06ad1d3426b98c9881d220be81761c128fd05672280ac"',
      ],
      negative: ['LINODE_REGION=eu-central', 'LINODE_TOKEN=b020b24dd9763a126ed8045e401b87a5'],
    },
  },
  {
    id: 'hetzner-cloud-token',
    description: 'Hetzner Cloud API token',
    severity: 'high',
    cwe: 798,
    keywords: ['hcloud'],
    pattern: /hcloud[\w.-]{0,30}?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 4,
    samples: {
      positive: [
        'HCLOUD_TOKEN=ooaLhNFXwOXNfzEMkDuylF6PDhLJ4itXIeiEZIkp6IKkVJbsmH10aO7FEi3FlXND',
        'hcloud_token = "HbBCJ5TKvRGaQznsaZCww0eUfKj8vN1VmNUzdNLMkXkn0GiZQtZiMIUy57kJluKQ"',
      ],
      negative: ['HCLOUD_TOKEN=RFm0tu4KIgTO11e22S5h8dZC9NDGB6qcG0eOgLf4', 'HCLOUD_TOKEN=${HCLOUD_TOKEN}'],
    },
  },
];
