import type { Rule } from '../rule.types';

// Chat, webhooks and e-mail delivery services.
export const messagingRules: Rule[] = [
  {
    id: 'slack-bot-token',
    description: 'Slack bot token',
    severity: 'critical',
    cwe: 798,
    keywords: ['xoxb-'],
    // Slack documents `xoxb-`, the team and bot numbers, and a secret; tokens minted by older or
    // enterprise installs (and copies in tutorials) carry letters in the first two groups too.
    pattern:
      /(?:^|[^A-Za-z0-9_-])(xoxb-(?:[0-9A-Za-z]{8,13}-[0-9A-Za-z]{10,13}-[A-Za-z0-9]{24,34}|\d{8,13}-[A-Za-z0-9]{24}))(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'slack.token = "xoxb-036089918356-9546370859837-Pyqst6cJVVWynXl59m2OFocY"',
        'SLACK_BOT_TOKEN=xoxb-17463632978-5118263265216-19RkpiIUCyVw3Ep90XDkrV50',
        'token: xoxb-4F7c2A9e-9Bd41c7E2a6f-Tq8Zm2Lx7Wn4Rk9Vb3Hd5Jf1Gc0Ys6Pa',
        // a legacy bot user token: the team number and a secret
        'the api token of the bot user xoxb-153445930147-Tjy11gGxUW6Cf99YOYwtzG0K',
      ],
      negative: [
        'slack.token = "xoxb-707022704346-7900120367281"',
        'slack.token = "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"',
        'slack.token = "xoxb-your-bot-token"',
        'slack.token = "xoxb-my-bot-token-for-the-staging-workspace"',
      ],
    },
  },
  {
    id: 'slack-user-token',
    description: 'Slack user or enterprise token',
    severity: 'critical',
    cwe: 798,
    keywords: ['xoxp-', 'xoxe-'],
    pattern: /(?:^|[^A-Za-z0-9_.-])(xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'SLACK_USER_TOKEN=xoxp-948095630532-050138439730-8115561124323-31cb35449884c9fccbaa544fe19becdd',
      ],
      negative: [
        'SLACK_USER_TOKEN=xoxp-353617414154-165422040104-a11ffa53a356982316bcb7335cae6ae6',
        'SLACK_USER_TOKEN=xoxp-<token>',
      ],
    },
  },
  {
    id: 'slack-app-token',
    description: 'Slack app-level token',
    severity: 'high',
    cwe: 798,
    keywords: ['xapp-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(xapp-\d-[A-Z0-9]{9,12}-\d{10,13}-[a-z0-9]{64})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'SLACK_APP_TOKEN=xapp-1-AC4YEZW3MXZ-7690350931292-3953955ebd5fd3c2ca88a687cd71372938ce7d6bdce92d532e789e5cf3b7291b',
      ],
      negative: ['SLACK_APP_TOKEN=xapp-1-AWDGTB724Y3-8973156209556-4a71d9db7e7dcc5cb883'],
    },
  },
  {
    id: 'slack-config-access-token',
    description: 'Slack access token from app configuration or token rotation (xoxe.xoxp / xoxe.xoxb)',
    severity: 'high',
    cwe: 798,
    keywords: ['xoxe.xox'],
    // Configuration tokens are 163-166 upper-case characters; rotation tokens are mixed case.
    pattern: /(?:^|[^A-Za-z0-9_-])(xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,250})(?![A-Za-z0-9_-])/,
    entropy: 4,
    samples: {
      positive: [
        'SLACK_TOKEN=xoxe.xoxp-1-sLI2sMMgI9Ao2BL938N3rw8MkYCFb13R7oXoZSSt0Z3EUGav8eIat2CTFOwC56MUWTKWW0K2qh1RMEO4NVOrq4LX7sONdlNiB41AterZ8Jp427lDIIQbxiJdzsfPhiaMMKZJOTb9w4MmDgD9gfrJpT',
        'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-LE7NWP013P0IUBFMUTKPZE8QKGI618EH74KD5OC3GV7254VJJ1UOIY3J1DQHKGFPCLK22J4731EQSLHHVLMMUT7B7TAHWJI4L7UTSKHZE0WQQYIDIG7MXH0LGO9YCGOC8R15UXWX7GM3G3OJ13FOEEQ1M9EECTZS3AD7',
      ],
      negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-JKULY21ZNAZJVIX7YJ0D3BKLP7JT7KCP7FWTCGP4'],
    },
  },
  {
    id: 'slack-config-refresh-token',
    description: 'Slack refresh token (app configuration or token rotation)',
    severity: 'high',
    cwe: 798,
    keywords: ['xoxe-'],
    // Configuration refresh tokens are 146 upper-case characters; rotation refresh tokens are
    // mixed case and of varying length.
    pattern: /(?:^|[^A-Za-z0-9_.-])(xoxe-\d-[A-Za-z0-9]{100,200})(?![A-Za-z0-9_-])/,
    entropy: 4,
    samples: {
      positive: [
        'SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-EC2KDDAHMXSHLKSARNODIYZQYOTMS4AIYS1OCB0TXWDOT9IJZG9F1T1NSSB5I662KZK3DCYNYDVYFM6I98LH6V84NKHU4TSM5LIREZS2IYPVUZEGD2TFOQMNVDUI9DDNYFPWYNLVZSQSFT1AE0',
        'SLACK_REFRESH_TOKEN=xoxe-1-WzVBVVrED79CV5OCdXhQEfgUuCQU4U1pr0QaDbxkHpZkPw2IGq4Fd7ImfsgA1gBY7VeUuVTmXfnj50VcE5IAXlT7Ouo7pdBwA1U2Bf5QIMMFKj4gGGRga86OHHIHB4uXmm8u1sl128TqpaC',
      ],
      negative: [
        'SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-IEU7LHY0QA2DB5O47C2TJHZVKH1TD2JSC64FMD0DSEKZJW7Q83H9W9D1LAY6',
      ],
    },
  },
  {
    id: 'slack-legacy-token',
    description: 'Slack legacy workspace, app or session token',
    severity: 'high',
    cwe: 798,
    keywords: ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(xox[arso]-(?:\d{1,13}-){1,3}[A-Za-z0-9]{24,64})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'legacy_token: xoxs-11413554101-709260870764-6273113186411-ca498dd65925549ba2932457dfeda07746b70e32afea9cfb493ea356353fedba',
        'SLACK_TOKEN=xoxa-2-131165353497-wB6FEMTpLyjsmC0gpOtd4p7q7RApbaAs',
      ],
      negative: ['legacy_token: xoxs-63510162309-23b4c5bb6f'],
    },
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook or workflow URL',
    severity: 'high',
    cwe: 798,
    keywords: ['hooks.slack.com'],
    // The team, hook and secret parts; or one opaque path, as older and copied URLs have it. The
    // scheme may be missing (a URL written out in prose or a config without it).
    pattern:
      /(?:https?:\/\/)?(?<![\w.-])hooks\.slack\.com\/(?:services|workflows|triggers)\/(?:T[A-Za-z0-9]{8,12}\/[AB][A-Za-z0-9]{8,12}\/[A-Za-z0-9]{24,40}|[A-Za-z0-9+/]{43,56})(?![A-Za-z0-9+/])/,
    samples: {
      positive: [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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',
        'webhook: "https://hooks.slack.com/workflows/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"',
        'notify: hooks.slack.com/services/mzzsbzmnupd4ky13txfx0r0ldzf0ns8e6oqzrpebpaw3zy',
      ],
      negative: [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'See https://hooks.slack.com/services for details',
      ],
    },
  },
  {
    id: 'discord-bot-token',
    description: 'Discord bot token',
    severity: 'high',
    cwe: 798,
    keywords: ['discord'],
    pattern:
      /discord[\w.-]{0,30}?(?:token|bot)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/i,
    samples: {
      positive: [
        'DISCORD_BOT_TOKEN=MTcSGrJQ1OU11PtnE0GSS8yexz.fLUXls.Bv8obC9XkyB0rr05uoJxwcn-WRZv-fub-dvyKF',
        'discord_token: "NNnnTjOAV-3i1FvwYyOkiz3y0c.ee8qh0.ieKxVbANHw_RLXauN9qUMskyFBD"',
      ],
      negative: ['DISCORD_BOT_TOKEN=MTWRMLIrkX8bYN4erXlsSzhyRp.Uh4JZG', 'DISCORD_BOT_TOKEN=<bot-token>'],
    },
  },
  {
    id: 'discord-webhook-url',
    description: 'Discord webhook URL',
    severity: 'medium',
    cwe: 798,
    keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'],
    pattern:
      /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68}(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'DISCORD_WEBHOOK=https://discord.com/api/webhooks/5912662682278374009/F-51TbI_hBea43M0rBHg4vhCopqedOeLFR8WQdkEBhMjrIQNAkeVrlxUqHEMiTLL8gEn',
      ],
      negative: [
        'DISCORD_WEBHOOK=https://discord.com/api/webhooks/7494791534634828712/<token>',
        'https://discord.com/api/webhooks/{id}/{token}',
      ],
    },
  },
  {
    id: 'telegram-bot-token',
    description: 'Telegram bot API token',
    severity: 'high',
    cwe: 798,
    keywords: [':aa'],
    pattern: /(?:^|[^A-Za-z0-9_:-]|bot)(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'TELEGRAM_BOT_TOKEN=8984046768:AAsPQ_knPBhUBww6TRmNN5RFjmywdOz4IUY',
        'curl https://api.telegram.org/bot908682421:AAFOsgjn2TgazcXEeJkrNvMfb0dIuS1RVwk/getMe',
      ],
      negative: ['TELEGRAM_BOT_TOKEN=8084845624:AA4SVunfWoul', 'mac = 00:aa:11:bb:22:cc'],
    },
  },
  {
    id: 'microsoft-teams-webhook',
    description: 'Microsoft Teams incoming webhook URL',
    severity: 'medium',
    cwe: 798,
    keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    // Current URLs are on <tenant>.webhook.office.com/webhookb2; older ones on outlook.office.com.
    pattern:
      /https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{20,80})?/,
    samples: {
      positive: [
        'TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/996771d8-4243-72d0-f2d4-61dd27a87951@79f8c279-0987-a10a-1d12-77aad4ac2cea/IncomingWebhook/da6a8329134452216fd97a2d65fbf242/9b1ac81d-f984-08ee-380e-31c58e669665',
        'url: https://outlook.office.com/webhook/60a18f20-88f9-c5ff-60ef-2230d0e5613f@d2e390ab-e640-86d6-589e-1d9317d93b9d/IncomingWebhook/53d2e934ab2292503b4f201795020eb3/9cd4d081-82c9-e872-1583-2cf0b03a6d88',
      ],
      negative: ['TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/<id>/IncomingWebhook/<token>'],
    },
  },
  {
    id: 'twilio-api-key',
    description: 'Twilio API key SID (SK…) next to Twilio configuration',
    severity: 'high',
    cwe: 798,
    keywords: ['twilio'],
    pattern: /(?:^|[^A-Za-z0-9_])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'twilio_api_key: SK5348c6e4139e2481730f14b9538b5124',
        'TWILIO_API_KEY_SID="SK8978e248cbed3ee3397beea1742aa3c2"',
      ],
      negative: [
        'twilio_api_key: SKf9c24ee054849b29eda1',
        'twilio_api_key: SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'twilio_api_key: ${TWILIO_KEY}',
      ],
    },
  },
  {
    id: 'twilio-auth-token',
    description: 'Twilio account auth token or API key secret',
    severity: 'critical',
    cwe: 798,
    keywords: ['twilio'],
    pattern:
      /twilio[\w.-]{0,20}?(?:auth[_.-]?token|secret|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'TWILIO_AUTH_TOKEN=7519a0da040150d64e447f72030151dc',
        'twilioAuthToken: "323f39610c7de4db536e833740121d0a"',
        'TWILIO_API_SECRET=0e5b7c2d9a4f81e6b3d0c7a5f2e9184b',
      ],
      negative: [
        'TWILIO_AUTH_TOKEN=fa93be865dceacb5',
        'TWILIO_ACCOUNT_SID=AC97d263139f338ff19790387f37b3bdfb',
      ],
    },
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    severity: 'high',
    cwe: 798,
    keywords: ['sg.'],
    pattern: /(?:^|[^A-Za-z0-9_.-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        "SENDGRID_API_KEY='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'",
        'sendgrid.setApiKey("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");',
      ],
      negative: [
        "SENDGRID_API_KEY='SG.BUY5oEnqCXtbkc4ck7yA9Z.DNYryAjxg84_0xPV3qEs'",
        "SENDGRID_API_KEY='SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
        'msg.send(reply);',
      ],
    },
  },
  {
    id: 'mailgun-api-key',
    description: 'Mailgun private API key (key- prefixed)',
    severity: 'high',
    cwe: 798,
    keywords: ['key-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(key-[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'MAILGUN_API_KEY=key-dc5490ca606107da0ead00a563d6106e',
        "auth: { api_key: 'key-f7e956d83f1719802ed3544a3e082b1d' }",
      ],
      negative: ['MAILGUN_API_KEY=key-47a84c244b0341289538', 'const header = "x-api-key-name";'],
    },
  },
  {
    id: 'mailgun-webhook-signing-key',
    description: 'Mailgun webhook signing key or API key by context',
    severity: 'high',
    cwe: 798,
    keywords: ['mailgun'],
    pattern:
      /mailgun[\w.-]{0,30}?(?:key|secret)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{32}(?:-[0-9a-f]{8}-[0-9a-f]{8})?)(?![A-Za-z0-9_-])/i,
    samples: {
      positive: [
        'MAILGUN_WEBHOOK_SIGNING_KEY=98b3edf603b88306d865cc45dce6cc0c',
        'MAILGUN_API_KEY=892a92d5d38ab7cb3950276918354245-8a5523eb-f105e66b',
      ],
      negative: ['MAILGUN_DOMAIN=mg.acme.io', 'MAILGUN_WEBHOOK_SIGNING_KEY=7128ba6b670eab2e'],
    },
  },
  {
    id: 'mailchimp-api-key',
    description: 'Mailchimp API key',
    severity: 'high',
    cwe: 798,
    keywords: ['-us'],
    pattern: /(?:^|[^A-Za-z0-9_-])([0-9a-f]{32}-us\d{1,2})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'MAILCHIMP_API_KEY=51794b4ae65c34575207ba983cdd2898-us12',
        "apiKey: '135d6d65e9ee23e31b99ffaf2542e123-us6'",
      ],
      negative: ['MAILCHIMP_API_KEY=80336d9d25dda6a349dc-us12', 'locale = "en-us"'],
    },
  },
  {
    id: 'postmark-server-token',
    description: 'Postmark server or account API token',
    severity: 'high',
    cwe: 798,
    keywords: ['postmark'],
    pattern:
      /postmark(?:[\w.-]{0,30}?(?:token|key))?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    samples: {
      positive: [
        'POSTMARK_SERVER_TOKEN=446fdc0d-25a8-504c-0a33-442d22513b53',
        '  postmark: "f59dffd2-83ea-47c7-ba8f-95e053a6d0ae",',
      ],
      negative: [
        'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST',
        'POSTMARK_FROM=billing@acme.io',
        'postmark_message_id: 0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
      ],
    },
  },
  {
    id: 'sendinblue-api-key',
    description: 'Brevo (Sendinblue) API or SMTP key',
    severity: 'high',
    cwe: 798,
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'BREVO_API_KEY=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',
      ],
      negative: [
        'BREVO_API_KEY=xkeysib-050e1513d0874b3d8686ecc1a07b04bc5bd179d6dd4e1e61a638352f995cbf34',
        'BREVO_API_KEY=xkeysib-<key>',
      ],
    },
  },
];
