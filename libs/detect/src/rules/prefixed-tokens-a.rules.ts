import type { Rule } from '../rule.types';

// Tokens recognised by a provider prefix of their own (no key name needed).
export const prefixedTokenRulesA: Rule[] = [
  {
    id: 'cratesio-api-token',
    description: 'crates.io API token',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cio'],
    // `cio` + 32 alphanumerics; the prefix is short, hence the entropy floor and medium confidence.
    pattern: /(?<![A-Za-z0-9_])(cio[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: [
        'CARGO_REGISTRY_TOKEN=cio8ZsQJIRJtJhNmYyDwHFxaCvn0BW6zma0',
        'Bearer: cio8F30s9oB1Pk7fAxfJAvwFaNWPb2pF7vR',
      ],
      negative: ['CARGO_REGISTRY_TOKEN=cio8ZsQJIRJtJhNm', 'let ciocomponentregistrynamespacing = 1;'],
    },
  },
  {
    id: 'dfuse-api-key',
    description: 'dfuse API key',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['web_'],
    pattern: /(?<![A-Za-z0-9_])(web_[a-f0-9]{32})(?![A-Za-z0-9_])/,
    entropy: 3.2,
    samples: {
      positive: [
        'DFUSE_API_KEY=web_ceaf600dcd12f5655324696e7bf32487',
        "apiKey: 'web_bf16c8e13726ea6b4dd4971ca222af80'",
      ],
      negative: [
        'DFUSE_API_KEY=web_ceaf600dcd12',
        'static_web_ceaf600dcd12f5655324696e7bf32487',
        'web_server_name = frontend',
      ],
    },
  },
  {
    id: 'dependency-track-api-key',
    description: 'OWASP Dependency-Track API key',
    severity: 'high',
    cwe: 798,
    keywords: ['odt_'],
    pattern: /(?<![A-Za-z0-9_])(odt_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: [
        'X-Api-Key: odt_Hb0keLcao01yeRaQ3vjWcLI7P7P3Mjsx',
        'DTRACK_API_KEY="odt_ehIuSz2mDHsrcWD20unLK8qdOdAMNiDZ"',
      ],
      negative: ['DTRACK_API_KEY=odt_Hb0keLcao01yeRa', 'method_odt_Hb0keLcao01yeRaQ3vjWcLI7P7P3Mjsx'],
    },
  },
  {
    id: 'fleetbase-api-key',
    description: 'Fleetbase live API key',
    severity: 'high',
    cwe: 798,
    keywords: ['flb_live_'],
    pattern: /(?<![A-Za-z0-9_])(flb_live_[A-Za-z0-9]{20})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: [
        'FLEETBASE_KEY=flb_live_veWGPuLd6G2WrZZSKf32',
        '"Authorization": "Bearer flb_live_DCjCBwpdr9j4PCxTRIGl"',
      ],
      negative: ['FLEETBASE_KEY=flb_live_veWGPuLd6G', 'FLEETBASE_KEY=flb_live_<your-key>'],
    },
  },
  {
    id: 'flexport-api-key',
    description: 'Flexport API key',
    severity: 'high',
    cwe: 798,
    keywords: ['shltm_'],
    pattern: /(?<![A-Za-z0-9_])(shltm_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: [
        'FLEXPORT_API_KEY=shltm_gvW3CzV1GGbhtE4muQOauWW38BE42qqqvGU3aQTS',
        'token: "shltm_bAguHPl307bjUvIuNEtxlZQCyX1wOqynt9yhHrr4"',
      ],
      negative: ['FLEXPORT_API_KEY=shltm_gvW3CzV1GGbhtE4muQ', 'FLEXPORT_API_KEY=shltm_<key>'],
    },
  },
  {
    id: 'fullstory-api-key',
    description: 'FullStory API key (data-centre prefix na1. / eu1.)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['na1.', 'eu1.'],
    // The first three characters name the data centre; the rest is base64 of varying length.
    pattern: /(?<![A-Za-z0-9_.])((?:na1|eu1)\.[A-Za-z0-9+/]{80,200}={0,2})(?![A-Za-z0-9+/=])/,
    entropy: 4,
    samples: {
      positive: [
        'FULLSTORY_API_KEY=na1.dmlRAMj0NQowI8hL6PfkI9tmdyq81gDCG8V5Ux4nx1d3wH6JPTj3ZTgqYLuh59hPBhglOeaG7dmHVQ/vIDhNOARmd/G7s2940CGQ',
        'fs_key: "eu1.FkNQTtR0NpPAXv4z1FOx/KVYYCU/bsH8aaYgMxjNJkNw5u3jRRdUGSNWjjsGp9xU2MZn0TEFEfzNuzFiZmILc9aObgxjJMeOLtat"',
      ],
      negative: [
        'FULLSTORY_API_KEY=na1.dmlRAMj0NQowI8hL6PfkI9tmdyq81gDCG8V5Ux4nx1d3wH6J',
        'host = na1.salesforce.com',
      ],
    },
  },
  {
    id: 'ionic-api-token',
    description: 'Ionic (Appflow) personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['ion_'],
    pattern: /(?<![A-Za-z0-9_])(ion_[A-Za-z0-9]{42})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: [
        'IONIC_TOKEN=ion_5spC2NCwY9OzVkwKYmhb4del5GfyIaw3h05Y1nzDat',
        'token: ion_vPCGiTrC6ApugX07RsewvW5AkXI3P2rvXAYUH5Ge7p',
      ],
      negative: ['IONIC_TOKEN=ion_5spC2NCwY9OzVkwKYmhb4d', 'const fusion_ratio = 3;'],
    },
  },
  {
    id: 'blynk-oauth-client-secret',
    description: 'Blynk.Cloud OAuth client secret (after its oa2-client-id)',
    severity: 'high',
    cwe: 798,
    keywords: ['oa2-client-id_'],
    pattern:
      /(?<![A-Za-z0-9_])oa2-client-id_[A-Za-z0-9_-]{32}(?::|&client_secret=)([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: [
        'BLYNK_OAUTH=oa2-client-id_q4C1y_MgDqSi-kqYfN9DvQbVP30DORwu:XD-OB82CNntfm_9p6FfaQH8kivkTaWvT11_sMORc',
        'https://blynk.cloud/oauth2/token?grant_type=client_credentials&client_id=oa2-client-id_aqkiCdPRvs0V07_dSrURzvF0lJcrxgpa&client_secret=BtxTdPYE10SWUoQ7WSMOOvDmxtqdRHtYe6VuVAho',
      ],
      negative: [
        'client_id=oa2-client-id_aqkiCdPRvs0V07_dSrURzvF0lJcrxgpa',
        'oa2-client-id_q4C1y_MgDqSi-kqYfN9DvQbVP30DORwu:short',
      ],
    },
  },
  {
    id: 'figma-pat-legacy',
    description: 'Figma personal access token, legacy form (digits then a UUID), by context',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['figma'],
    pattern:
      /figma[\w.\- \t'"]{0,24}?(?:token|key|secret|pat)["']?\s{0,5}(?::=|=>|=|:)?\s{0,5}["']?(\d{4,6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    samples: {
      positive: [
        "--header='X-Figma-Token: 5491-322aecdf-2e9f-885d-2f48-a935355b87d3'",
        'FIGMA_TOKEN=5761-53c945cb-b99f-d60d-68ed-f52706ec7148',
      ],
      negative: ['FIGMA_FILE_KEY=5761-53c945cb', 'figma_node_id: 5761-53c945cb-b99f-d60d-68ed'],
    },
  },
];
