import type { Rule } from '../rule.types';

// Application secrets that web frameworks generate with a documented shape: the key name and the
// value's exact alphabet and length together are proof enough (confidence high).
export const frameworkRules: Rule[] = [
  {
    id: 'django-secret-key',
    description: 'Django SECRET_KEY (50 characters from get_random_secret_key, maybe django-insecure-)',
    severity: 'critical',
    confidence: 'high',
    cwe: 798,
    keywords: ['secret_key'],
    // startproject writes 50 characters from [a-z0-9!@#$%^&*(-_=+)]; the value may also be the
    // default of an environment lookup: os.environ.get('DJANGO_SECRET_KEY', '…').
    pattern:
      /(?<![A-Za-z0-9])SECRET_KEY['"]?\s{0,3}(?:=|:|,)\s{0,3}(?:[\w.]{0,40}\(\s{0,3}['"][A-Z_]{1,40}['"]\s{0,3},\s{0,3})?['"]((?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{50})['"]/,
    entropy: 4,
    samples: {
      positive: [
        "SECRET_KEY = 'django-insecure-am3lps@327=s%o7t&86mlv4tas2tur#+xxv5=ydh8+)-w6fzkl'",
        "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'pb0&a^a&jzmzj!7n5kd$^v1(@ee2tg9n+sj6a$e)4cvjp8jdch')",
      ],
      negative: [
        "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
        "SECRET_KEY = 'django-insecure-" + 'x'.repeat(50) + "'",
        "SECRET_KEY = 'change-me-in-production-please-this-is-not-secure'",
      ],
    },
  },
  {
    id: 'rails-secret-key-base',
    description: 'Rails secret_key_base / secret_token (128 hex characters)',
    severity: 'critical',
    confidence: 'high',
    cwe: 798,
    keywords: ['secret_key_base', 'secret_token'],
    pattern: /secret_(?:key_base|token)['"]?\s{0,3}(?:=>|=|:|,)\s{0,3}['"]?([0-9a-f]{128})(?![0-9A-Za-z])/,
    samples: {
      positive: [
        'production:\n  secret_key_base: 38571f3f4354238bad0d83f6669abbae22a1c2ab0c2cb64b968c3e658b083defb0151f3e493a2301ebfed15d6ceb49dff3e7213a7aec4d572b436cf10d7d17c5',
        "Acme::Application.config.secret_token = '7d13e50848df4fcbfb2109a7f8a02a65d745f8d1171ad991f3d20945fc03f8c4f93b210fcfd4421de8b9a657ae37711f606e0b081d71978c1a1371b6920791f6'",
      ],
      negative: ['secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', 'secret_key_base: ' + '0'.repeat(128)],
    },
  },
  {
    id: 'rails-master-key',
    description: 'Rails master key (config/master.key, config/credentials/*.key): decrypts the credentials',
    severity: 'critical',
    confidence: 'high',
    cwe: 798,
    // Rails writes SecureRandom.hex(16) into the file and nothing else; the name says what it is.
    keywords: [],
    path: /(?:^|\/)config\/(?:master|credentials\/[\w-]{1,64})\.key$/,
    pattern: /^\s{0,4}([0-9a-fA-F]{32})\s{0,4}$/,
    samples: {
      path: 'config/master.key',
      positive: ['4f1c8a9e2b7d60351e9a4c7f08d2b6e1\n', 'E83B05D9A6C14F72B9D0C6A1F5E7384B'],
      negative: ['', '<%= ENV["RAILS_MASTER_KEY"] %>\n', '00000000000000000000000000000000\n'],
    },
  },
  {
    id: 'laravel-app-key',
    description: 'Laravel APP_KEY (base64: and a 32-byte key)',
    severity: 'critical',
    confidence: 'high',
    cwe: 321,
    keywords: ['base64:'],
    // .env `APP_KEY=base64:…`, or config/app.php `'key' => env('APP_KEY', 'base64:…')`.
    entropy: 3.5,
    pattern:
      /(?:APP_KEY|['"]key)['"]?\s{0,3}(?:=>|=|,)[^\n]{0,40}?["']?(base64:[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    samples: {
      positive: [
        'APP_KEY=base64:EIihzDtEewUg5QpyX6EW65O/toAOzIpIO3PAj2zuZ2U=',
        "    'key' => env('APP_KEY', 'base64:CHVwihHkbenLFw/KL8flSNRR4nlYO7f6BIHOQkXW/kE='),",
      ],
      negative: ['APP_KEY=', 'APP_KEY=base64:' + 'A'.repeat(43) + '='],
    },
  },
  {
    id: 'symfony-app-secret',
    description: 'Symfony APP_SECRET (32 hex characters)',
    severity: 'high',
    confidence: 'high',
    cwe: 798,
    keywords: ['app_secret'],
    pattern: /(?<![A-Za-z0-9_])APP_SECRET['"]?\s{0,3}(?:=|:)\s{0,3}["']?([0-9a-f]{32})(?![0-9A-Za-z])/,
    samples: {
      positive: [
        'APP_SECRET=bded979f5a07452786604741130a7675',
        '  APP_SECRET: "447ea20dccd074fc53351a111586d089"',
      ],
      negative: ['APP_SECRET=%env(APP_SECRET)%', 'FACEBOOK_APP_SECRET_NAME=bded979f5a07452786604741130a7675'],
    },
  },
];
