import type { Rule } from '../rule.types';

// Payment, commerce and shipping providers.
export const paymentRules: Rule[] = [
  {
    id: 'stripe-secret-key',
    description: 'Stripe live secret key',
    severity: 'critical',
    cwe: 798,
    keywords: ['sk_live_'],
    pattern: /(?:^|[^A-Za-z0-9_])(sk_live_[A-Za-z0-9]{24,99})(?![A-Za-z0-9_])/,
    // Exactly 40 lower-case hex digits is Paystack's format (paystack-secret-key), not Stripe's.
    allow: [/^sk_live_[a-f0-9]{40}$/],
    samples: {
      positive: [
        "const stripeKey = 'sk_live_PMJU8beaY0leVH5em52JnqtE';",
        'STRIPE_SECRET_KEY=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',
      ],
      negative: [
        "const stripeKey = 'sk_live_Fuf6yo1rypjFaBnc';",
        "const stripeKey = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx';",
        "const publishable = 'pk_live_Te4AZasaRlJBhqseJkqPwVWQ';",
      ],
    },
  },
  {
    id: 'stripe-restricted-key',
    description: 'Stripe live restricted key',
    severity: 'high',
    cwe: 798,
    keywords: ['rk_live_'],
    pattern: /(?:^|[^A-Za-z0-9_])(rk_live_[A-Za-z0-9]{24,99})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['STRIPE_RESTRICTED_KEY=rk_live_Rr2ZC4vsKOn4zH4gp5NtdcMv'],
      negative: ['STRIPE_RESTRICTED_KEY=rk_live_L63KfyT6tN', 'STRIPE_RESTRICTED_KEY=rk_live_<key>'],
    },
  },
  {
    // Test mode keys read and write a Stripe account's test data (customers, test cards, webhooks):
    // a credential, of less weight than a live key.
    id: 'stripe-test-key',
    description: 'Stripe test mode secret or restricted key',
    severity: 'medium',
    cwe: 798,
    keywords: ['sk_test_', 'rk_test_'],
    pattern: /(?:^|[^A-Za-z0-9_])([sr]k_test_[A-Za-z0-9]{24,99})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    // 40 lower-case hex digits is Paystack's format (paystack-secret-key).
    allow: [/^sk_test_[a-f0-9]{40}$/],
    samples: {
      positive: [
        '//var stripe = require("stripe")("sk_test_nxOdTTuEace5Ajbh3svpG32m");',
        'STRIPE_RESTRICTED_KEY=rk_test_51OuEMLAlTWGaDypq4P5cuDHbuKeG4tAGPYHJpEXQ7zE8mKK3jkhTFPvCxnSSK5zB5',
      ],
      negative: ["stripe.api_key = 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx'", 'sk_test_4eC39HqLyjWDarjtT1'],
    },
  },
  {
    id: 'stripe-webhook-secret',
    description: 'Stripe (or Svix) webhook signing secret',
    severity: 'high',
    cwe: 798,
    keywords: ['whsec_'],
    pattern: /(?:^|[^A-Za-z0-9_])(whsec_[A-Za-z0-9+/]{32,64}={0,2})(?![A-Za-z0-9_+/=])/,
    entropy: 3.5,
    samples: {
      positive: [
        'STRIPE_WEBHOOK_SECRET=whsec_LkS6T7quqKpBwN70Kdo1gKXis2CXDmWA',
        'signingSecret: "whsec_MzKOJ6u268m0Kavd4qGlr7KNvTQibQUv1/ksWEqwSoVz"',
      ],
      negative: ['STRIPE_WEBHOOK_SECRET=whsec_jZuZ9ckrHCA8sNKC', 'STRIPE_WEBHOOK_SECRET=whsec_...'],
    },
  },
  {
    id: 'square-access-token',
    description: 'Square access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['eaaa', 'sq0atp-'],
    pattern: /(?:^|[^A-Za-z0-9_-])((?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: [
        'SQUARE_ACCESS_TOKEN=EAAAQw9jQwwOMlGu5TZCEpLpIKlKlkFIt3yzX72VDNPXgm5ivh9kSgJbKB-aH_0q',
        "accessToken: 'sq0atp-HCsoeFzcUry69hidkE0sCa'",
      ],
      negative: ['SQUARE_ACCESS_TOKEN=EAAAUes52YYJPC', "accessToken: 'sq0atp-<token>'"],
    },
  },
  {
    id: 'square-oauth-secret',
    description: 'Square OAuth application secret',
    severity: 'high',
    cwe: 798,
    keywords: ['sq0csp-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['SQUARE_APPLICATION_SECRET=sq0csp-kBcwQau0_ArLctk0jCF_viuFpY2gi00auRQkVIpzrpf'],
      negative: ['SQUARE_APPLICATION_SECRET=sq0csp-eI_JhDFQpJA71I0_PrR6'],
    },
  },
  {
    id: 'paypal-braintree-access-token',
    description: 'PayPal / Braintree production access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['access_token$production$'],
    pattern: /(access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![0-9a-f])/,
    samples: {
      positive: [
        'BRAINTREE_ACCESS_TOKEN=access_token$production$52lhr921lml9lqsb$21a05926905dff568358b53c1d058ab7',
      ],
      negative: [
        'BRAINTREE_ACCESS_TOKEN=access_token$sandbox$i12ulcboxgemip54$6b44ba08052e9cc1b23e79ec863192e4',
        'BRAINTREE_ACCESS_TOKEN=access_token$production$8od447p5hkvaao3j$0f6d83370f',
      ],
    },
  },
  {
    id: 'paypal-client-secret',
    description: 'PayPal REST API client secret',
    severity: 'high',
    cwe: 798,
    keywords: ['paypal'],
    pattern:
      /paypal[\w.-]{0,30}?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_-]{80})(?![A-Za-z0-9_-])/i,
    entropy: 4,
    samples: {
      positive: [
        'PAYPAL_CLIENT_SECRET=Eng-li7uU9-GSBr05OpViRkqGCVUff60lQtM8nB583NWPtDu7bhqdx9paku2unY3Cr1sMBDrFCy_mR5G',
      ],
      negative: [
        'PAYPAL_CLIENT_SECRET=y_tejiJj4Kxb0OxHw93ImSZPyT7k2l23xJp6Gq-e',
        'PAYPAL_CLIENT_SECRET=${PAYPAL_SECRET}',
      ],
    },
  },
  {
    id: 'braintree-private-key',
    description: 'Braintree API private key',
    severity: 'high',
    cwe: 798,
    keywords: ['braintree'],
    pattern:
      /braintree[\w.-]{0,30}?private[_.-]?key["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'BRAINTREE_PRIVATE_KEY=ff72475633bf80f228e1c6a604da2325',
        'braintree.private_key: "9d69ef09ad0d76a0811ec7fe72c73226"',
      ],
      negative: ['BRAINTREE_MERCHANT_ID=0r16lf1es4cbbrcy', 'BRAINTREE_PRIVATE_KEY=26b492ad75064428'],
    },
  },
  {
    id: 'shippo-api-token',
    description: 'Shippo live or test API token',
    severity: 'high',
    cwe: 798,
    keywords: ['shippo_live_', 'shippo_test_'],
    // Test tokens are credentials too (of the account's test mode); hex in either case.
    pattern: /(?:^|[^A-Za-z0-9_])(shippo_(?:live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'SHIPPO_API_KEY=shippo_live_af579685f251f91864950fb68779544ce9ed467a',
        'SHIPPO_API_KEY=shippo_test_38a6e9b25b29135e22e6c8c478f96db964cb87d8',
      ],
      negative: [
        'SHIPPO_API_KEY=shippo_test_38a6e9b25b29',
        'SHIPPO_API_KEY=shippo_live_a0a6ec1979e27cd4358a',
      ],
    },
  },
  {
    id: 'plaid-access-token',
    description: 'Plaid production or development access token',
    severity: 'high',
    cwe: 798,
    keywords: ['access-production-', 'access-development-'],
    pattern:
      /(?:^|[^A-Za-z0-9_-])(access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/,
    samples: {
      positive: ['"access_token": "access-production-d7576616-a56f-6dbb-b789-3a7d86c68e5e"'],
      negative: [
        '"access_token": "access-sandbox-686020c1-6a1a-5e58-d670-6b5b2cacdc99"',
        'role: access-production-readonly',
      ],
    },
  },
  {
    id: 'plaid-secret-key',
    description: 'Plaid API secret',
    severity: 'high',
    cwe: 798,
    keywords: ['plaid'],
    pattern: /plaid[\w.-]{0,30}?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{30})(?![A-Za-z0-9])/i,
    samples: {
      positive: ['PLAID_SECRET=b7b4af25291887b6ac1471f1684530'],
      negative: ['PLAID_SECRET=8b3e121b98effc5653bd', 'PLAID_ENV=production'],
    },
  },
  {
    id: 'flutterwave-secret-key',
    description: 'Flutterwave live secret key',
    severity: 'critical',
    cwe: 798,
    keywords: ['flwseck-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(FLWSECK-[a-f0-9]{32}-X)(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['FLW_SECRET_KEY=FLWSECK-80aacb7ee68ef9652d485a19bd437791-X'],
      negative: [
        'FLW_SECRET_KEY=FLWSECK_TEST-43a654a87bf3e10482ef02eaba22a648-X',
        'FLW_SECRET_KEY=FLWSECK-05d2df9678b9dc4886dd-X',
      ],
    },
  },
  {
    id: 'razorpay-key-id',
    description: 'Razorpay live key ID (marks live credentials nearby)',
    severity: 'medium',
    cwe: 798,
    keywords: ['rzp_live_'],
    pattern: /(?:^|[^A-Za-z0-9_])(rzp_live_[A-Za-z0-9]{14})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['RAZORPAY_KEY_ID=rzp_live_QCVo5jsuTYhI8k'],
      negative: ['RAZORPAY_KEY_ID=rzp_test_slJfKMYS14zs33', 'RAZORPAY_KEY_ID=rzp_live_9Cu6DErV'],
    },
  },
  {
    id: 'razorpay-key-secret',
    description: 'Razorpay API key secret',
    severity: 'critical',
    cwe: 798,
    keywords: ['razorpay'],
    pattern:
      /razorpay[\w.-]{0,30}?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{24})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: ['RAZORPAY_KEY_SECRET=62ceDnnIvfxq49QxJtjjFhAy'],
      negative: ['RAZORPAY_KEY_SECRET=u4V5SE0DeePq', 'RAZORPAY_KEY_SECRET=${RZP_SECRET}'],
    },
  },
  {
    id: 'duffel-api-token',
    description: 'Duffel live API token',
    severity: 'high',
    cwe: 798,
    keywords: ['duffel_live_'],
    pattern: /(?:^|[^A-Za-z0-9_])(duffel_live_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
    samples: {
      positive: ['DUFFEL_ACCESS_TOKEN=duffel_live_J2o8slCqvxt_lRSXlJXDskCyJ9ohflOjqduHkK3aK3J'],
      negative: [
        'DUFFEL_ACCESS_TOKEN=duffel_test_zgaLrtqMbSxNnArRR8txwUxC-QrTG7XV1UHHO9tpqBS',
        'DUFFEL_ACCESS_TOKEN=duffel_live_w_xQ5VrQpykxrU8kp4YB',
      ],
    },
  },
  {
    id: 'easypost-api-token',
    description: 'EasyPost production (EZAK) or test (EZTK) API key',
    severity: 'high',
    cwe: 798,
    keywords: ['ezak', 'eztk'],
    pattern: /(?:^|[^A-Za-z0-9_])(EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'EASYPOST_API_KEY=EZAKWycGbBPwFZ5XxgALlc54IUaDPOyUEPTTWVFDMCRXiY9pwTSGp1jHCQ',
        'EASYPOST_TEST_KEY=EZTKxUtCC1MoeJMehgY14VwO4fd42F8xMFLqoEwKofLw2HZNw1savqtzRt',
      ],
      negative: [
        'EASYPOST_API_KEY=EZXKxUtCC1MoeJMehgY14VwO4fd42F8xMFLqoEwKofLw2HZNw1savqtzRt',
        'EASYPOST_API_KEY=EZAKjncmPCR4I0dGUUGBbHg0',
      ],
    },
  },
  {
    id: 'gocardless-access-token',
    description: 'GoCardless live access token',
    severity: 'high',
    cwe: 798,
    keywords: ['gocardless'],
    pattern:
      /gocardless[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(live_[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=-])/i,
    samples: {
      positive: ['GOCARDLESS_ACCESS_TOKEN=live_xI_FQEOihs2LvB9yqlAdWXykuxUIaodrlqRakk11'],
      negative: [
        'GOCARDLESS_ACCESS_TOKEN=sandbox_0eW98Dx9coSzwxmZnP7o0O7saDT-uoo50dUmMX7F',
        'GOCARDLESS_ENVIRONMENT=live',
      ],
    },
  },
  {
    id: 'lob-api-key',
    description: 'Lob live API key',
    severity: 'high',
    cwe: 798,
    keywords: ['lob_api', 'lob-api', 'lob_key', 'lob_secret', 'lobapi'],
    pattern: /lob[\w.-]{0,20}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(live_[a-f0-9]{35})(?![A-Za-z0-9_])/i,
    samples: {
      positive: ['LOB_API_KEY=live_2fbee766ebd8854172a8c570f9c1f7d23ee'],
      negative: [
        'LOB_API_KEY=test_402d23727f8560a0044b563ce7f4003ee53',
        'LOB_API_KEY=live_65bc5a13f99307047631',
      ],
    },
  },
  {
    id: 'coinbase-commerce-api-key',
    description: 'Coinbase Commerce API key',
    severity: 'high',
    cwe: 798,
    keywords: ['coinbase'],
    pattern:
      /coinbase[\w.-]{0,30}?(?:api[_.-]?key|secret)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    samples: {
      positive: ['COINBASE_COMMERCE_API_KEY=bca029c7-7639-93af-4e22-058926c4279c'],
      negative: [
        'COINBASE_COMMERCE_API_KEY=fe8521a3-9452',
        'COINBASE_CHECKOUT_URL=https://commerce.coinbase.com/checkout/abc',
      ],
    },
  },
];
