import type { Rule } from '../rule.types';

// Identity providers, social networks and file-sharing services.
export const identityRules: Rule[] = [
  {
    id: 'jwt',
    description: 'JSON Web Token (signed header.payload.signature)',
    severity: 'high',
    cwe: 798,
    keywords: ['eyj'],
    pattern:
      /(?:^|[^A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_.-])/,
    entropy: 4,
    // The public demo token of jwt.io.
    allow: [/SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$/],
    samples: {
      positive: [
        'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJKP1ytQS_m7NoQXlt4I1qf0l_I9i0yyzlX4RcykZR7wIhM2DAVkkplWXIoz6q.CujQZOrdvwrRJPfnrtyFniASd2h0wgQM_mJ8R6sV8-W',
        'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6IpZtWlzxOCFL9qdPoU4bstbmKVY_8kVbkDHIV_fARyBMDG8kPuXTdm5q5sGJ3SE2AvAR2Az7W8WCyPmlg.gnP64LHP4Bkvk5bGmVZErzaKhDOuXnn0rzn65s1s1Cp',
        '    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IUCy7oXz49d_KXj-f7kxLYalhsY9ThuciG9XOl8Ck.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50IibDYk5tJcFeE8QY-qAzIUV12S8XSzWTqRW7CpDyLbec23JLqf7liTfiYkiovtHGAsdmnYb6MeGkU6aa4GfN9IDoAfctMBCjkWYr1_mRYNtUgeglrrX0P2aZpKp_IqeX7kapz430vkEDqKvRu4_vPA2hTUt5PLvtwDXq8Jx6rG976DmUFQz17bwzNmqzzFXCDDEb3Y_WXn.A_eFSsTzHSB1zxkUV9qSQS32eJFVhEHy2AVuesHUj2Uyc2YIXEYtAixAwNAELYJ1E5p7nnIUUI4Q7NRD8v2ztLv8KeXyh3Zham4ubobRUh-vQ_dd2Bl-MVoXghXJovNfiIt9rAHTP6rjpdkbeAkjFNaJ3XVuxaD1vgnmkHvt-oFWYl4SnL1cZyUIQBK3hugMLrJPSrqEjF7nA_MKKbqqYL_WSN3C2RT-q5NSryPZDgN-6sW2qm0pmbm7qXlh7RQDj30QsR8gXNrXHKSam9awh7lFt0e-7k6NXVlqliGRShzeWLp6dywNSmbaEGAOmM7fYC_uFJIQqqhu81eg67avfB',
      ],
      negative: [
        'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        'token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJx8JFvPUdz8UzHDknaXu-xyyfrB1d2qS3foVCckqwYn-HLiB6LQPP458o9bCo"',
        'header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"',
      ],
    },
  },
  {
    id: 'okta-api-token',
    description: 'Okta API token (SSWS)',
    severity: 'critical',
    cwe: 798,
    keywords: ['okta', 'ssws'],
    pattern:
      /^[^\n]*?(?:okta[\w.-]{0,30}?["']?[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}["']?|okta[\w.-]{0,30}?["']?[ \t]{0,5}\{[ \t]*\r?\n(?:[ \t]*(?:type|description|sensitive|nullable)\b[^\n]*\r?\n){0,4}[ \t]*default[ \t]{0,5}=[ \t]{0,5}["']|SSWS\s{1,3})(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
    // A Terraform variable's default spans lines: `variable "okta_api_token" {\n default = "…"`.
    // Multi-line rules search from the keyword's line on: `^` stops the search at that line.
    multiline: true,
    entropy: 3.5,
    samples: {
      positive: [
        'OKTA_API_TOKEN=009h2L4rLZKl_twHUvYhHiHKsFIEE_2DnBh1uULWqg',
        'Authorization: SSWS 00dol52dMsENmBTWPEPt2Cm9lms1MgrunQVjYIVhTz',
        'variable "okta_api_token" {\n  type    = string\n  default = "00Fq3x_Kb8vRt2LwNp6YcHs9JdE1aUm4ZgQo7TiXk5"\n}',
      ],
      negative: [
        'OKTA_API_TOKEN=0057gUbj8vv1QKXlvC-HsJ',
        'OKTA_ORG_URL=https://acme.okta.com',
        'variable "okta_api_token" {\n  type = string\n}\nlocals {\n  id = "00Fq3x_Kb8vRt2LwNp6YcHs9JdE1aUm4ZgQo7TiXk5"\n}',
      ],
    },
  },
  {
    id: 'auth0-client-secret',
    description: 'Auth0 application client secret',
    severity: 'high',
    cwe: 798,
    keywords: ['auth0'],
    pattern:
      /auth0[\w.-]{0,30}?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/i,
    entropy: 4,
    samples: {
      positive: [
        'AUTH0_CLIENT_SECRET=VaMXYib82cNfsVyPDcZkJRrJlN8DfVOnWpk9mU_YCdiOY05gONptUcKL5tzItz7v',
        'auth0_secret: "TvnXRvoijM-4rl31DXB5OgmG1YPu2YD_00fdeVS40HVROAtn9PmpXCqUlSAvAWxY"',
      ],
      negative: ['AUTH0_CLIENT_SECRET=vuVfZAlio1TaTZ8iLCSD9TWMoG1OwA6l', 'AUTH0_DOMAIN=acme.eu.auth0.com'],
    },
  },
  {
    id: 'twitch-api-token',
    description: 'Twitch API client secret or OAuth token',
    severity: 'high',
    cwe: 798,
    keywords: ['twitch'],
    pattern:
      /twitch[\w.-]{0,30}?(?:secret|token)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(?:oauth:)?([a-z0-9]{30})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'TWITCH_CLIENT_SECRET=qro4uoujajlu455xg1h8rbi9q03wk0',
        'twitch_token: "oauth:0w0nlr4r9j4mhd4l98ltp9rswb7ubv"',
      ],
      negative: ['TWITCH_CLIENT_SECRET=1jdv8j3ul74pwfov', 'TWITCH_CHANNEL=acme_live'],
    },
  },
  {
    // OBS and other streaming software keep it in their settings: whoever has it streams as the
    // channel.
    id: 'twitch-stream-key',
    description: 'Twitch stream key',
    severity: 'high',
    cwe: 798,
    keywords: ['live_'],
    pattern: /(?<![A-Za-z0-9_])(live_\d{6,12}_[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: ['"key": "live_126031192_tiX3sbwIzL9VmkecdxioBMA1LJ9S4m"'],
      negative: ['live_126031192_tiX3sbwIzL9Vmk', 'is_live_1234567_streams_enabled_for_everyone_now'],
    },
  },
  {
    id: 'twitter-bearer-token',
    description: 'Twitter / X API bearer token',
    severity: 'high',
    cwe: 798,
    keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
    pattern: /(?:^|[^A-Za-z0-9%])(A{22}[A-Za-z0-9%]{80,120})(?![A-Za-z0-9%])/,
    samples: {
      positive: [
        'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAAygXZcvMiokYLiyJ5NxHkQtnZkD71t9TICZuDpnYc8ruY8IsCMnIBBa0LEtqPeC6VfCOXMfj9NxslX1RUJsdEvkaF2u',
        'X_BEARER_TOKEN="AAAAAAAAAAAAAAAAAAAAAAMoirwLSTbPvxPzdITA2H2b66q4Ny5xgefyzMBN6AP%3Dv4qbPgAqHF1u28uqfZJL8vBxgTV6Ear4khUtsYyZloc9gL3ZId"',
      ],
      negative: [
        'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAhV0a9qh1hAPMLjZSzDSc',
        'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ],
    },
  },
  {
    id: 'twitter-api-secret',
    description: 'Twitter / X API key secret or access token secret',
    severity: 'high',
    cwe: 798,
    keywords: ['twitter'],
    pattern:
      /twitter[\w.-]{0,30}?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{45,50})(?![A-Za-z0-9])/i,
    entropy: 4,
    samples: {
      positive: [
        'TWITTER_API_SECRET=5ccoisUigODngii0h2L63RSoSqaWM7GIcjs4g6xbcxJx9OmA7q',
        'twitter_access_token_secret: "72zQAsjjzBY2YlwulPb7vRDEebvmBuAbKNGfJSut2BFCi"',
      ],
      negative: ['TWITTER_API_SECRET=rJ4T9WI6sTXcWbHmVgZjRBtVu', 'TWITTER_HANDLE=acme'],
    },
  },
  {
    id: 'facebook-access-token',
    description: 'Facebook / Meta Graph API access token',
    severity: 'high',
    cwe: 798,
    keywords: ['eaa'],
    pattern: /(?:^|[^A-Za-z0-9_-])(EAA[B-Z][A-Za-z0-9]{100,255})(?![A-Za-z0-9_-])/,
    entropy: 4,
    samples: {
      positive: [
        'FB_ACCESS_TOKEN=EAABrb3keiXdcxzlBGCDxPCPHmJSKGhgyLh6jiLpP5l31xCHzAyvLKvQsGaaZzQYNOuK0uMlXEyH1UKYlwj5G89MOT1FjhygB4Woee8Zu7hGTOihbqavX1JyhVO91MWgr01FhRQDbJONnl4mGJ2r9v4qTnr2kUGW25eZ',
        'graph.facebook.com/v19.0/me?access_token=EAAGFxVk1MAjxfHTNCKy5ZFLiNYNXSVwlaYggnm1h1yC6EHJIQhYkxwtH47KNcP9HHwX2Mg80DrIn1Hs6HRFEAZf1DkU2AAUTKHt4nFUIhdZBI4VGxC2ajd1D3I3',
      ],
      negative: [
        'FB_ACCESS_TOKEN=EAABBm9RpLPnfxQoJkjsvWpAvSYk4bTDEBHtndNx23dD',
        'FB_ACCESS_TOKEN=EAAAh2uB7pRx2HLwfyFg9wj6mEcoHRSzXzweW1Mr84jLfTo9d31ZNBxFMhyqIrnHiPB9TtpqAqsBlcQ1qF2FnqorSLdCZoOY2GscpXQBx59htquLUKkmfvDAtknG0pwdxyXYBhAae5yFVHXFGhoxvPD8tWuvHvCxLlGN',
      ],
    },
  },
  {
    id: 'facebook-app-secret',
    description: 'Facebook / Meta app secret',
    severity: 'high',
    cwe: 798,
    keywords: [
      'facebook',
      'fb_app_secret',
      'fb_secret',
      'fb_client_secret',
      'fbapi',
      'fb_api',
      'fbsecret',
      'fbappsecret',
    ],
    // The app secret, or the legacy REST API key, both 32 hex, under a facebook / fb key name.
    pattern:
      /(?<![A-Za-z0-9])(?:facebook|fb)[\w. -]{0,20}?(?:secret|api[_.-]?key|\.key)["']?\s{0,20}(?::=|=>|=|:)\s{0,20}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'FACEBOOK_APP_SECRET=e5a9a81a64f480c1d5500da3a640fd5c',
        'fb_app_secret: "be4b81e76a535dbc0d152bd5ca46b576"',
        "var fbApiKey = 'a13cd1a3f4ab36e5d9e5f7b7c6de1840';",
        'config.facebook.key = "6c8bd7e4fa1f0b2e9d43c75a18e06f29"',
        '     fbApiKey:            "e02b7c91d4a6f3580c1be97a2d46f5c3",',
      ],
      negative: [
        'FACEBOOK_APP_ID=505312928393061',
        'FACEBOOK_APP_SECRET=de5fbd6730a3733f647c',
        'config.facebook.page = "6c8bd7e4fa1f0b2e9d43c75a18e06f29"',
      ],
    },
  },
  {
    id: 'facebook-app-access-token',
    description: 'Facebook / Meta app access token (app id|app secret)',
    severity: 'high',
    cwe: 798,
    keywords: ['facebook', 'access_token', 'app_token', 'fb_', 'fbtoken'],
    // The Graph API accepts `APP_ID|APP_SECRET` as an app access token: 15-17 digits, a pipe, 32 hex.
    pattern: /(?<![A-Za-z0-9_])(\d{15,17}\|[a-f0-9]{32})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'curl "https://graph.facebook.com/debug_token?input_token=$T&access_token=294861427412774|a061dce218d685e1ea88eaa22a1e7c84"',
        "FB_APP_TOKEN='911300901118692|d63fcf5ec148353e61d02c86cf52df8d'",
      ],
      negative: [
        'access_token=294861427412774|a061dce2',
        'facebook_app_id: 294861427412774 | docs: https://developers.facebook.com/apps',
      ],
    },
  },
  {
    id: 'linkedin-client-secret',
    description: 'LinkedIn OAuth client secret',
    severity: 'high',
    cwe: 798,
    keywords: ['linkedin'],
    pattern:
      /linkedin[\w.-]{0,30}?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?((?:WPL_AP1\.)?[A-Za-z0-9.=]{16,40})(?![A-Za-z0-9.=])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'LINKEDIN_CLIENT_SECRET=PtsXiB95jTdIeVmJ',
        'linkedin_client_secret: "WPL_AP1.Sv2Jd89Jh2ZCzaap.1x7uHBBJ=="',
      ],
      negative: ['LINKEDIN_CLIENT_SECRET=EsDrgeqG', 'LINKEDIN_CLIENT_ID=cy2az0ya8rjh7f'],
    },
  },
  {
    id: 'dropbox-access-token',
    description: 'Dropbox short-lived access token',
    severity: 'high',
    cwe: 798,
    keywords: ['sl.'],
    pattern: /(?:^|[^A-Za-z0-9_.-])(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/,
    entropy: 4,
    samples: {
      positive: [
        'DROPBOX_ACCESS_TOKEN=sl.B2orlWvO2YUZ-Ch4EuSMhW6TcRwCcSWtgD-yfXzH9XmiDNeHS2h8HXqogt9qAu_qmQqDxiV-D_Vfu5qOrAnRIzbOHmJ40h0NkJidszQh_Oaw_JmRGeG4tVGMYtwPpL5kVl_fr-Be8ph0',
        '"access_token": "sl.u.0CQUgn1QC8BYRmpb8jMVF0Gm-OC4Zg7dEaR47VjqlK_pL9ZHP6KL9s_H81QKc4vAZoLdlzqF0tyZRLgCDepMG1DcIesj7RvS0LbyFlPZuYfQRFUShO5hXxq75veZm9CoVqcCxOARWvhc24q1F3KmMQOvcF9YcyHwiU-HsXMSkvak6qZuu4aV5r_rQLQcBceQT-7n2Y2VKv1_5F2RYEQc3L6dK_kMXhAWZcU0SMjy-npu4-ZGovoNXBItgon8vQD2eS8-Nr1QgjyNjsl2KdEHuYbiHHUkv0zOziOuxHEqNs94"',
      ],
      negative: ['DROPBOX_ACCESS_TOKEN=sl.XZNufEAWmiCVfm9UCJF7uUldPR8eXvsaR6MS3jQo', 'ssl.wrap_socket(sock)'],
    },
  },
  {
    id: 'dropbox-long-lived-token',
    description: 'Dropbox long-lived access token',
    severity: 'high',
    cwe: 798,
    keywords: ['aaaaaaaaaa'],
    pattern: /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
    samples: {
      positive: ['DROPBOX_TOKEN=gX0AefZNv3BAAAAAAAAAAGO4XN9cgozsNhJ-OympSNQy5xZ_uGbdAYqNtgNvHuMK'],
      negative: ['DROPBOX_TOKEN=Y6iEaiarBOtAAAAAAAAAAvVu1wBR3re'],
    },
  },
  {
    id: 'box-api-token',
    description: 'Box developer token or client secret',
    severity: 'high',
    cwe: 798,
    keywords: [
      'box_client_secret',
      'box_developer_token',
      'box_access_token',
      'box_api',
      'box-api',
      'box_token',
      'box_key',
      'box_secret',
      'box-key',
      'box-secret',
      'box-token',
      'boxkey',
      'boxsecret',
      'boxtoken',
      'box key',
      'box secret',
      'box token',
    ],
    // `box` right before the secret's kind (the word alone is too common: checkbox, sandbox).
    pattern:
      /(?<![A-Za-z0-9])box(?:[_ .-]?com)?[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:client[_.-]?secret|developer[_.-]?token|secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'BOX_DEVELOPER_TOKEN=x7XepPV7o6gmC9tjSlbm8ukVZ7VuO1pY',
        'box_client_secret: "eXnizSoKtiVOLApzNjIOoEKZ4Q7uZHEH"',
        'box-key = rrFztLsXxxW8kABQzVbBY8ZvfFb9OiLk',
      ],
      negative: [
        'BOX_DEVELOPER_TOKEN=FcRgaVYos0A5H1m3',
        'BOX_ENTERPRISE_ID=531436791',
        'sandbox_key = rrFztLsXxxW8kABQzVbBY8ZvfFb9OiLk',
      ],
    },
  },
  {
    id: 'google-oauth-client-secret-json',
    description: 'Google OAuth client secret in a client_secret.json (legacy form)',
    severity: 'high',
    cwe: 798,
    keywords: ['"client_secret"'],
    pattern:
      /"client_secret"\s{0,5}:\s{0,5}"([A-Za-z0-9_-]{24})"[^\n]{0,400}?(?:googleusercontent\.com|accounts\.google\.com)/,
    entropy: 3.5,
    samples: {
      positive: [
        '{"installed":{"client_secret":"BCz7kL6zsMeQZWGytyBgHy7K","redirect_uris":["http://localhost"],"auth_uri":"https://accounts.google.com/o/oauth2/auth"}}',
      ],
      negative: [
        '{"installed":{"client_secret":"srt0nNoFlf01Jhw4xCnBp9f7","auth_uri":"https://login.acme.io/auth"}}',
      ],
    },
  },
];
