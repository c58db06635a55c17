import type { Rule } from '../rule.types';

// Application platforms, CDNs and backend services.
export const platformRules: Rule[] = [
  {
    id: 'heroku-api-key',
    description: 'Heroku API key (UUID form, by context)',
    severity: 'high',
    cwe: 798,
    keywords: ['heroku'],
    pattern:
      /heroku[\w.-]{0,30}?(?:api[_.-]?key|token|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    samples: {
      positive: [
        'HEROKU_API_KEY=d09ba49c-19c0-fe3b-6c13-13bc4e6b3189',
        'heroku_token: "0f5a1ea9-0c9d-338b-682b-8df287e520c3"',
      ],
      negative: [
        'HEROKU_APP_NAME=orders-api',
        'HEROKU_API_KEY=${HEROKU_API_KEY}',
        'HEROKU_API_KEY=115fd418-3a38',
      ],
    },
  },
  {
    id: 'heroku-api-key-v2',
    description: 'Heroku API key (HRKU- prefixed)',
    severity: 'high',
    cwe: 798,
    keywords: ['hrku-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['HEROKU_API_KEY=HRKU-AAgqlXOTAnhX1x8p90lWCEaVypw9oevJwqhSWMX-VY8Y719RrWQ72L3yt8ls'],
      negative: [
        'HEROKU_API_KEY=HRKU-AAF5P4TySirVqAy8a5GUs7rOGErfZM35',
        'HEROKU_API_KEY=HRKU-m9H6qrqXZGjS6ra26VCW-CzxXOHqs1W_afK5vWevu2NaPvFZ6TLHBM4WuJan',
      ],
    },
  },
  {
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token',
    severity: 'high',
    cwe: 798,
    keywords: ['cloudflare', 'cf_api', 'cf_token', 'cf-api', 'cfapi'],
    pattern:
      /(?:cloudflare|cf)[\w.-]{0,20}?(?:api[_.-]?token|token)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'CLOUDFLARE_API_TOKEN=95KI8nzVEcJpmv2hVgjxQc05xviNu88q77iBHowY',
        'cf_api_token: "NX6rc9EovWZj3jMx5Gk_d2pCI83Vb1EdV23gVZ9g"',
      ],
      negative: [
        'CLOUDFLARE_API_TOKEN=Kf0P83L0s1iVmsVJCiHykCW64Zz5d7ml',
        'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}',
      ],
    },
  },
  {
    id: 'cloudflare-global-api-key',
    description: 'Cloudflare global API key',
    severity: 'critical',
    cwe: 798,
    keywords: ['cloudflare', 'cf_api_key', 'cf_auth_key', 'cf-api-key', 'cf_key'],
    pattern:
      /(?:cloudflare|cf)[\w.-]{0,20}?(?:api[_.-]?key|auth[_.-]?key|global[_.-]?key|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{37})(?![0-9a-z])/i,
    samples: {
      positive: [
        'CLOUDFLARE_API_KEY=6152274e0cb1392903b6da60064be986c1047',
        'cf_auth_key: 02e74b9982d972b78feeb0ae6f507414389a6',
      ],
      negative: [
        'CLOUDFLARE_API_KEY=4021442661a1296aea8f6042b30549ae',
        'CLOUDFLARE_ZONE_ID=0debe43c78f7f494fa59e5f48258a4e7',
      ],
    },
  },
  {
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key',
    severity: 'high',
    cwe: 798,
    keywords: ['v1.0-'],
    // Two shapes are published: 24 + 146 hex, and 64 + 128 + 64 hex.
    pattern:
      /(?:^|[^A-Za-z0-9_.-])(v1\.0-(?:[a-f0-9]{24}-[a-f0-9]{146}|[a-f0-9]{64}-[a-f0-9]{128}-[a-f0-9]{64}))(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'CF_ORIGIN_CA_KEY=v1.0-bd2bd900e8c89d51bac49f49-3cb7d7f831a49043666248b02006cbf9489a28d5b8b30010af66f9a1d7f41dd190fb1dbce892c3f83a6a5272b01f5b2ec22ab0f9ed62f4e597bc2d92fa642d71a08fdaf5b4b8a3ddc7',
        'cloudflare_service_key: "v1.0-509d2da5cea913b5eb3eb2eef907b6bdc3b14e049ba8e5859fd45c2018511ed7-8c917808f3af4a1c9cf9eac279e42552d6af141c62ae0a642e32755fed198e7c7b84ab7cc4eb567aee254382f5ea12ffbd9ab4deb5455b8da3ae718cffc21cf1-4ab93b0910b853c450563459a5214fc87a9e6adcfc18ecdcca500bc3e4fb59ad"',
      ],
      negative: [
        'CF_ORIGIN_CA_KEY=v1.0-8a1246cad3bc267ab31d5f00-bdb7e98cfcf0c84cf0f0ea5f542e74a4c3537aee',
        'version: v1.0-beta',
      ],
    },
  },
  {
    id: 'databricks-token',
    description: 'Databricks personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['dapi'],
    pattern: /(?:^|[^A-Za-z0-9_])(dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'DATABRICKS_TOKEN=dapia02900b38052e242716835fe1b6b02bb',
        'token = "dapie416708b8f9185d5744a497d7adc7a22-2"',
      ],
      negative: ['DATABRICKS_TOKEN=dapi6061b89cda8d83a9edea', 'import dapi_client'],
    },
  },
  {
    id: 'fastly-api-token',
    description: 'Fastly API token',
    severity: 'high',
    cwe: 798,
    keywords: ['fastly'],
    pattern: /fastly[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: ['FASTLY_API_TOKEN=5e9qTsjO_nCdbFMjlm-Jm4GoOkNbfotj'],
      negative: ['FASTLY_SERVICE_NAME=edge-cache-prod', 'FASTLY_API_TOKEN=c6kxebRz-RmRKCl9j9a0'],
    },
  },
  {
    id: 'netlify-access-token',
    description: 'Netlify personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['netlify'],
    pattern:
      /netlify[\w.-]{0,30}?(?:token|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?((?:nfp_)?[A-Za-z0-9_-]{40,46}|[a-f0-9]{64})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'NETLIFY_AUTH_TOKEN=BLVFV1P7TPFRdA6Cvl9LqLiCp4Jjl0X_LtXncHIjv3r',
        'netlify_token: nfp_b41pJZ2GxSbsm0MO5z55OThylYseECp5ZsU7',
        // Older tokens are 64 hex characters.
        'NETLIFY_AUTH_TOKEN=9c1e5a07d3b84f26e0a7c4d1b83f5e29a6d0c7b4e1f8a3d2c9b6e5f4a7d0c3b8',
      ],
      negative: [
        'NETLIFY_AUTH_TOKEN=bM300urudETQCAd_e1gS',
        'NETLIFY_SITE_ID=4e9d79ba-22a6-ebe0-19d6-17fdc2346838',
      ],
    },
  },
  {
    id: 'vercel-token',
    description: 'Vercel access token',
    severity: 'high',
    cwe: 798,
    keywords: ['vercel'],
    pattern:
      /vercel[\w.-]{0,30}?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{24})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: ['VERCEL_TOKEN=c1d1ZjebxTJ1oZSX6p2rGG6G', 'vercel_api_token: "VHLiY7u1plb35OSj7NTBY8oL"'],
      negative: ['VERCEL_TOKEN=t402bafwUtrLUMLY', 'VERCEL_ORG_ID=team_mVWffJrBpluE0IPo4kzhfN87'],
    },
  },
  {
    // Vercel's prefixed tokens: personal (vcp_), integration (vci_), app access (vca_), refresh
    // (vcr_) and API keys (vck_).
    id: 'vercel-prefixed-token',
    description: 'Vercel access, refresh or API key token',
    severity: 'high',
    cwe: 798,
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(?<![A-Za-z0-9_])(vc[pirak]_[A-Za-z0-9]{20,60})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: ['VERCEL_TOKEN=vca_BQuu9ChDu3n6Pfh6YQnCshpoYkWDSFKogLqmBtQ0tC8NAA5rXt340sjz'],
      negative: ['VERCEL_TOKEN=vcp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'vck_short1234'],
    },
  },
  {
    id: 'supabase-access-token',
    description: 'Supabase personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['sbp_'],
    pattern: /(?:^|[^A-Za-z0-9_])(sbp_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['SUPABASE_ACCESS_TOKEN=sbp_54e531eb8102ca23ebd86e0588f97484df4b75a0'],
      negative: [
        'SUPABASE_ACCESS_TOKEN=sbp_9f0a36b38fddbfdc558b5ee9bd85fb1a',
        'SUPABASE_ACCESS_TOKEN=sbp_<token>',
      ],
    },
  },
  {
    id: 'supabase-secret-key',
    description: 'Supabase secret API key',
    severity: 'critical',
    cwe: 798,
    keywords: ['sb_secret_'],
    pattern: /(?:^|[^A-Za-z0-9_])(sb_secret_[A-Za-z0-9_-]{24,64})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: ['SUPABASE_SECRET_KEY=sb_secret_H4JT3FU0PF9b9aadkAkIsaGP31ElsI3'],
      negative: [
        'SUPABASE_SECRET_KEY=sb_secret_2jYE9N05jb',
        'SUPABASE_PUBLISHABLE_KEY=sb_publishable_SrsWoXHKwoFdNH7Lj4nblssVngG670n',
      ],
    },
  },
  {
    id: 'firebase-cloud-messaging-server-key',
    description: 'Firebase Cloud Messaging (FCM) legacy server key',
    severity: 'high',
    cwe: 798,
    keywords: ['apa91b'],
    pattern: /(?:^|[^A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,140})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'FCM_SERVER_KEY=AAAACAVx7E3:APA91bmuZiqM_wZIm2vGZXVTXVVaq1ylEN6hksAd1javi375vCfuFrsP25eyRp7p4vuG-hZwCTMdW9f2xt9yDv6wipuOH164VN5Xv9OFBi6RLfQtRsHwjxagDD3M3xjiNxM_2ihs51Qg',
        "'Authorization': 'key=AAAAK-51eTT:APA91bZ0HLpsERJXW_M-UQ8eN0msxFeJ6uvITgjdYj2NUjNxzC8u1Kq2sWp8rG1JpAGO40gpl589kjL93ZO1zcw0vYeHjnLWL7uAzpMc2HXDlBAPNWcnsVm946M5lFvEbWFyS0VxUrNf'",
      ],
      negative: [
        'FCM_SERVER_KEY=AAAA6-Pg98g:APA91b9919VZGvMXJ11jfSG-8uQ0vAK5KknOpyoWQdFbYr',
        'registration token prefix APA91b',
      ],
    },
  },
  {
    id: 'scalingo-api-token',
    description: 'Scalingo API token',
    severity: 'high',
    cwe: 798,
    keywords: ['tk-us-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['SCALINGO_API_TOKEN=tk-us-9dEz4Un9OkcmR2YKAxaW-sGmOPn16BNdCv4QTFaIh4VpJsiy'],
      negative: ['SCALINGO_API_TOKEN=tk-us-ILYR-JaWf4wZEgLCEtYX'],
    },
  },
  {
    id: 'flyio-access-token',
    description: 'Fly.io access token',
    severity: 'high',
    cwe: 798,
    keywords: ['fo1_'],
    pattern: /(?:^|[^A-Za-z0-9_])(fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['FLY_API_TOKEN=fo1_pM-gsQjOaSPdnfuFUefp-0bw-gQ0iMDBQ67LKRBzrO1'],
      negative: ['FLY_API_TOKEN=fo1_wMoUR8FcoVgwQb3-iZaC'],
    },
  },
  {
    id: 'cloudinary-url',
    description: 'Cloudinary URL with API secret',
    severity: 'high',
    cwe: 798,
    keywords: ['cloudinary://'],
    pattern: /cloudinary:\/\/\d{12,16}:([A-Za-z0-9_-]{20,40})@[A-Za-z0-9_-]{1,64}/,
    entropy: 3.5,
    samples: {
      positive: ['CLOUDINARY_URL=cloudinary://445542914837632:J5ItmSBQjN7oYIGDiC653Rrs6tE@acme-media'],
      negative: [
        'CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>',
        'CLOUDINARY_URL=cloudinary://136266994361190@acme-media',
      ],
    },
  },
];
