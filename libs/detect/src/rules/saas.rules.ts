import type { Rule } from '../rule.types';

// Commerce, productivity, content and developer SaaS.
export const saasRules: Rule[] = [
  {
    id: 'shopify-access-token',
    description: 'Shopify Admin API access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['shpat_'],
    pattern: /(?:^|[^A-Za-z0-9_])(shpat_[a-zA-Z0-9]{32,64})(?![A-Za-z0-9_])/,
    entropy: 3,
    samples: {
      // 32 hex digits at first; longer, and letters and digits, since 2023 (Shopify's changelog)
      positive: [
        'SHOPIFY_ACCESS_TOKEN=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',
        'SHOPIFY_ACCESS_TOKEN=shpat_r8TRc9ZXAvcVvcrmtr7qoVw69WeeY1ex',
      ],
      negative: ['SHOPIFY_ACCESS_TOKEN=shpat_5100efd35e86f84ff7a3', 'SHOPIFY_ACCESS_TOKEN=shpat_<token>'],
    },
  },
  {
    id: 'shopify-shared-secret',
    description: 'Shopify app shared secret',
    severity: 'high',
    cwe: 798,
    keywords: ['shpss_'],
    pattern: /(?:^|[^A-Za-z0-9_])(shpss_[a-zA-Z0-9]{32,64})(?![A-Za-z0-9_])/,
    entropy: 3,
    samples: {
      positive: ['SHOPIFY_API_SECRET=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'],
      negative: ['SHOPIFY_API_SECRET=shpss_9bad8e88e7cc5e17'],
    },
  },
  {
    id: 'shopify-custom-app-token',
    description: 'Shopify custom app access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['shpca_'],
    pattern: /(?:^|[^A-Za-z0-9_])(shpca_[a-zA-Z0-9]{32,64})(?![A-Za-z0-9_])/,
    entropy: 3,
    samples: {
      positive: ['"X-Shopify-Access-Token": "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"'],
      negative: ['"X-Shopify-Access-Token": "shpca_04fe511687aa40c56a5abab58f8cc55"'],
    },
  },
  {
    id: 'shopify-private-app-token',
    description: 'Shopify private app access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['shppa_'],
    pattern: /(?:^|[^A-Za-z0-9_])(shppa_[a-zA-Z0-9]{32,64})(?![A-Za-z0-9_])/,
    entropy: 3,
    samples: {
      positive: ['SHOPIFY_PASSWORD=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'],
      negative: ['SHOPIFY_PASSWORD=shppa_851fcaf2d3cf60dd8632'],
    },
  },
  {
    id: 'atlassian-api-token',
    description: 'Atlassian (Jira, Confluence) API token',
    severity: 'high',
    cwe: 798,
    keywords: ['atatt3'],
    pattern: /(?:^|[^A-Za-z0-9_-])(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])/,
    samples: {
      positive: [
        'JIRA_API_TOKEN=ATATT3xFfGF0ypXhgiyWpnqi0RfSrYQHJw7RQEkeWUKdc575CLSf4WZaIs-Jx1GrTlLlfdnJ7ZTHAXuTTds7N8_wfTGAXvNgrn9tyG-Sr6i8YZX8Q7LXOwga9-H3rSn6c5SGdLNSLE0J5YxopPrqUfHZkjjyo9GgJTJu23YFM4xoda0jeiVrzrm=C2A24F04',
      ],
      negative: ['JIRA_API_TOKEN=ATATT3E6a26-M3JBDeLM4jCjuYcHPxofRUeF_acNR8NF8dt1FMX1oGecWBZgPXknp2'],
    },
  },
  {
    id: 'atlassian-api-token-legacy',
    description: 'Atlassian API token (legacy 24-character form, by context)',
    severity: 'high',
    cwe: 798,
    keywords: ['atlassian', 'jira', 'confluence'],
    pattern:
      /(?:atlassian|jira|confluence)[\w.-]{0,20}?(?:token|key|secret)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{24})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'JIRA_API_TOKEN=ZjeiJqSRRLeeHmsLCbcO9Ope',
        'confluence_token: "yK7iBrd7brEYteR3rZGYz2uA"',
        'ATLASSIAN_API_KEY="Wq7nRbe2TzKcd9HfyLp3Vx0M"',
      ],
      negative: [
        'JIRA_API_TOKEN=Ah6Xxb16fEpB',
        'JIRA_BASE_URL=https://acme.atlassian.net',
        'JIRA_ISSUE_KEY=PROJ-1234',
      ],
    },
  },
  {
    id: 'asana-pat',
    description: 'Asana personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['asana'],
    pattern:
      /asana[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9]\/[0-9]{12,20}(?::[A-Za-z0-9]{32}|\/[0-9]{12,20}:[A-Za-z0-9]{32}))(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'ASANA_ACCESS_TOKEN=1/7607277613813402:219fcbf37399ee15244aebb1fea3a721',
        'asana_pat: "2/3721345816873588/8431984113495531:6c69bdf53ec70153d26b5f9a585117bf"',
      ],
      negative: ['ASANA_WORKSPACE=2399663488379519', 'ASANA_ACCESS_TOKEN=1/8284939385900357'],
    },
  },
  {
    id: 'linear-api-key',
    description: 'Linear API key',
    severity: 'high',
    cwe: 798,
    keywords: ['lin_api_'],
    pattern: /(?:^|[^A-Za-z0-9_])(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['LINEAR_API_KEY=lin_api_MpD0UmDGaWyTapEgKMn8NgIQ2BICMk1gJBBRbs2v'],
      negative: ['LINEAR_API_KEY=lin_api_miFngNLrzn8sQPDiov3E'],
    },
  },
  {
    id: 'notion-integration-token',
    description: 'Notion integration token',
    severity: 'high',
    cwe: 798,
    keywords: ['ntn_', 'secret_'],
    pattern: /(?:^|[^A-Za-z0-9_])(secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: [
        'NOTION_TOKEN=secret_2OW8D6QNsw7FQmeFpaSCQuG8Hwxm0yjcplTK0K4gwm5',
        'NOTION_TOKEN=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',
      ],
      negative: ['NOTION_TOKEN=secret_RjoPJqZr0RiDiy7w7ChE', 'CLIENT_SECRET_NAME=secret_manager_key'],
    },
  },
  {
    id: 'airtable-pat',
    description: 'Airtable personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['airtable'],
    pattern: /(?:^|[^A-Za-z0-9_])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'AIRTABLE_TOKEN=patzelVqsurfGh9XN.fb48b9b9223b0d139bc9902143b60bda35c34ca5e3eebd1cd5ca8089693c8e82',
      ],
      negative: [
        'AIRTABLE_TOKEN=patykby9uxVszYijM.6a9a1800510a4b3fb0dc',
        'AIRTABLE_BASE_ID=appsemrN4swE0Yman',
      ],
    },
  },
  {
    id: 'airtable-api-key',
    description: 'Airtable legacy API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['airtable'],
    pattern:
      /airtable[\w.-]{0,30}?key["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(key[A-Za-z0-9]{14})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['AIRTABLE_API_KEY=key99LJYWGYaITxl8'],
      negative: ['AIRTABLE_API_KEY=keyrsOVtO'],
    },
  },
  {
    id: 'postman-api-key',
    description: 'Postman API key',
    severity: 'high',
    cwe: 798,
    keywords: ['pmak-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['POSTMAN_API_KEY=PMAK-c3ae9da96e03d5034a2c7ab8-f719d42325343f149b12f35378e0d0ce90'],
      negative: ['POSTMAN_API_KEY=PMAK-d88bbf5b8043280c085dc8bc'],
    },
  },
  {
    id: 'hubspot-private-app-token',
    description: 'HubSpot private app access token',
    severity: 'high',
    cwe: 798,
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    pattern:
      /(?:^|[^A-Za-z0-9_-])(pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['HUBSPOT_ACCESS_TOKEN=pat-na1-c66100f3-0c5b-a6ed-61eb-8a1ffd0b6dbe'],
      negative: ['HUBSPOT_ACCESS_TOKEN=pat-na1-addb0ac7'],
    },
  },
  {
    id: 'figma-pat',
    description: 'Figma personal access token',
    severity: 'medium',
    cwe: 798,
    keywords: ['figd_'],
    pattern: /(?:^|[^A-Za-z0-9_])(figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['FIGMA_TOKEN=figd_xR-so73-7qf1o3jiYiSU0rl-eGRkgGmDW3aFvewT'],
      negative: ['FIGMA_TOKEN=figd_1OshmczmHHe463SRV932'],
    },
  },
  {
    id: 'zendesk-api-token',
    description: 'Zendesk API token',
    severity: 'high',
    cwe: 798,
    keywords: ['zendesk'],
    pattern:
      /zendesk[\w.-]{0,30}?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: ['ZENDESK_API_TOKEN=f9faRQ2ukRFjgLohLhKniOF46OcEqxMOs1wo8BBi'],
      negative: ['ZENDESK_API_TOKEN=e0LAWjkXQDbMaQdV', 'ZENDESK_SUBDOMAIN=acme'],
    },
  },
  {
    id: 'intercom-access-token',
    description: 'Intercom access token',
    severity: 'high',
    cwe: 798,
    keywords: ['intercom'],
    pattern:
      /intercom[\w.-]{0,30}?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_=-]{60})(?![A-Za-z0-9_=-])/i,
    entropy: 3.5,
    samples: {
      positive: ['INTERCOM_ACCESS_TOKEN=dG9rtRzlTzwLydx4i33nVASSqknsk0GzhJhoew7pqZyunc0fPMNZePtEJm=='],
      negative: ['INTERCOM_ACCESS_TOKEN=jPdLCIhqHmtIVGn_YED8', 'INTERCOM_APP_ID=onskjrlp'],
    },
  },
  {
    id: 'clickup-api-token',
    description: 'ClickUp personal API token',
    severity: 'medium',
    cwe: 798,
    keywords: ['pk_'],
    pattern: /(?:^|[^A-Za-z0-9_])(pk_\d{6,10}_[A-Z0-9]{32})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['CLICKUP_TOKEN=pk_48771922_8XLQYKXTL7R4HU286J3570JZE13IUV6J'],
      negative: [
        'CLICKUP_TOKEN=pk_52169655_DKHJL4YTRV6V8MN8',
        'STRIPE_PUBLISHABLE_KEY=pk_live_KSQNPiD5IqAyzjGVRRoLdM07',
      ],
    },
  },
  {
    id: 'trello-api-token',
    description: 'Trello API token or API secret',
    severity: 'medium',
    cwe: 798,
    keywords: ['trello'],
    pattern:
      /trello[\w.-]{0,30}?(?:token|secret)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?((?:ATTA)?[a-f0-9]{64}(?:[A-F0-9]{8})?)(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'TRELLO_TOKEN=86a738524af4a70d513a845c41f70511e314adfc0078d38b00dd98074404352e',
        'trello_token: ATTA32261eb0954c46b41ae71a64008a5a77a72a256c717a5734f2ed244942132d1dD64DE9C2',
        'TRELLO_API_SECRET="6f2c1b9e8d4a7350c2e9f1b8a6d4c3e07b5a9f2d1c8e6b4a3f0d9c7e5b2a1f84"',
      ],
      negative: ['TRELLO_TOKEN=4a377c84d862e6418af8e33b36db423a', 'TRELLO_BOARD=roadmap'],
    },
  },
  {
    id: 'contentful-pat',
    description: 'Contentful content management personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['cfpat-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-HiNK4wJ312dObEWY9YHGP-aRnknzSyiVfGukXO8ugJB'],
      negative: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-Sr5uUhLlzlnQfZ_PjImh'],
    },
  },
  {
    id: 'contentful-delivery-token',
    description: 'Contentful delivery or preview API token',
    severity: 'medium',
    cwe: 798,
    keywords: ['contentful'],
    pattern:
      /contentful[\w.-]{0,30}?(?:token|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    allow: [/^CFPAT-/],
    samples: {
      positive: ['CONTENTFUL_DELIVERY_TOKEN=1PYI82DVC2dt4g6s4C1WBH_k_lUhxPiXxIHTkjbrOcC'],
      negative: ['CONTENTFUL_SPACE_ID=u8kp1hp43ila', 'CONTENTFUL_DELIVERY_TOKEN=rwDEbaShvfD-e87NR33V'],
    },
  },
  {
    id: 'algolia-api-key',
    description: 'Algolia admin or write API key',
    severity: 'high',
    cwe: 798,
    keywords: ['algolia'],
    pattern: /algolia[\w.-]{0,30}?key["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'ALGOLIA_ADMIN_KEY=a12989a1f707a289a8859bee81be98af',
        'algoliaApiKey: "12fe5899aec9273fe6e77cd5e10c8edf"',
      ],
      negative: ['ALGOLIA_APP_ID=6VBQ2MUY1H', 'ALGOLIA_ADMIN_KEY=237c82756178700a'],
    },
  },
  {
    id: 'mapbox-secret-token',
    description: 'Mapbox secret or temporary access token',
    severity: 'high',
    cwe: 798,
    keywords: ['sk.eyj', 'tk.eyj'],
    // `pk.` public tokens are meant to ship in web pages and are not reported.
    pattern: /(?:^|[^A-Za-z0-9_.-])([st]k\.eyJ[A-Za-z0-9_-]{30,300}\.[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiKcetUO0bOv_E4tIoy6fhtkpBRT3Cuytn89cv3TbQuM7dPetHobN8hBQMxMgs.AAeKL4c3D-OGEpqUolSyPv',
        'MAPBOX_TEMP_TOKEN=tk.eyJ1IjoiwpJrQ8eu0gk4u3wtzZ1k_LKIeo-0nZXQe0J6gVKZ5ark5rk02cbLQXHlfynek5HCyU7pcc.XO2VJLy-ME6pviPonhS02e',
      ],
      negative: [
        'MAPBOX_TOKEN=pk.eyJ1IjoigkwIzNF5I24lASfmO6CnjtdQEqwZtVgV77NByg6-b3rQmkNEpQJaDlfVUi9u.vhBuaoJx3lOCznhnl0xo5o',
        'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1Ijoiuba1cyBStG',
      ],
    },
  },
  {
    id: 'frameio-api-token',
    description: 'Frame.io developer token',
    severity: 'medium',
    cwe: 798,
    keywords: ['fio-u-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
    samples: {
      positive: ['FRAMEIO_TOKEN=fio-u-56pDYcW1fimn_T-bB0_3fUk4gj1c3xKKfVEivGqKE6JDGl4XcJj-lYOIMy5FglS5'],
      negative: ['FRAMEIO_TOKEN=fio-u-IySD-mMH4h-C1yCgxNBncete8eMCFC'],
    },
  },
  {
    id: 'adafruit-io-key',
    description: 'Adafruit IO key',
    severity: 'medium',
    cwe: 798,
    keywords: ['aio_'],
    pattern: /(?:^|[^A-Za-z0-9_])(aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['ADAFRUIT_IO_KEY=aio_XQtSCVaAodT6HsbH8jYF3SdV0OOD'],
      negative: ['ADAFRUIT_IO_KEY=aio_IeQ5wbuGvW8V', 'import aio_pika'],
    },
  },
  {
    id: 'beamer-api-token',
    description: 'Beamer API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['beamer'],
    pattern:
      /beamer[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(b_[A-Za-z0-9_=-]{44})(?![A-Za-z0-9_=-])/i,
    samples: {
      positive: ['BEAMER_API_KEY=b_ZbOOeYO3iwZ0TMG256b6cG7Psmu80YfbW6POScmTyfEk'],
      negative: ['BEAMER_API_KEY=b_EjnGzzj-QkiJ4Sqdse8G', 'BEAMER_PRODUCT_ID=F1YX5lU2'],
    },
  },
  {
    id: 'typeform-pat',
    description: 'Typeform personal access token',
    severity: 'medium',
    cwe: 798,
    keywords: ['tfp_'],
    pattern: /(?:^|[^A-Za-z0-9_])(tfp_[A-Za-z0-9_.=-]{59})(?![A-Za-z0-9_.=-])/,
    samples: {
      positive: ['TYPEFORM_TOKEN=tfp_nhnpie5wSaT3nlqLCWtwCKQrEJLz2_H-mOVY1MDOskv3WFRsZYeMz5_6vbk'],
      negative: ['TYPEFORM_TOKEN=tfp_0OmQr88NNEBt-CrpM87b'],
    },
  },
];
