import type { Rule } from '../rule.types';
import { alnum, namedKeyRule, THREE_PART, UUID } from './named-key-b.rules';

// CRM, marketing, e-mail, SMS and customer feedback services.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-b.rules.ts). Value formats follow each provider's API documentation.
export const crmMarketingBRules: Rule[] = [
  namedKeyRule({
    id: 'madkudu-api-key',
    description: 'MadKudu API key',
    names: ['madkudu'],
    value: alnum(32),
    samples: {
      positive: [
        'MADKUDU_API_KEY=28bfb4542fd3299e4851aab644b345c4',
        '"madkuduToken": "8a788b63a9b479bcf44a53d0029d90ec",',
      ],
      negative: [
        'MADKUDU_API_KEY=28bfb4542fd3299e',
        'MADKUDU_ACCOUNT_ID=69eb97ed6dc49ef425125926528b0a06',
        'MADKUDU_API_URL=https://api.madkudu.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'magnetic-api-token',
    description: 'Magnetic API token',
    names: ['magnetic'],
    value: UUID,
    samples: {
      positive: [
        'MAGNETIC_API_KEY=ccc358a5-cd9c-3ee2-54be-96c574b42394',
        '"magneticToken": "4b54eabf-237d-dd64-c2c5-efdd1ed706fe",',
      ],
      negative: [
        'MAGNETIC_API_KEY=ccc358a5-cd9c-3ee2',
        'MAGNETIC_ACCOUNT_ID=a3f2fed9-caeb-881c-d55e-f9dd713a7b9a',
        'MAGNETIC_API_URL=https://api.magnetic.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mailerlite-api-key',
    description: 'MailerLite API key (classic)',
    names: ['mailerlite'],
    value: alnum(32),
    samples: {
      positive: [
        'MAILERLITE_API_KEY=9f91b18a8e28423c20d3d273e81531eb',
        '"mailerliteToken": "cdaf85f3efe4fbcca7b1da4b608a2862",',
      ],
      negative: [
        'MAILERLITE_API_KEY=9f91b18a8e28423c',
        'MAILERLITE_ACCOUNT_ID=fdadbcdc060073d0800d292007dec129',
        'MAILERLITE_API_URL=https://api.mailerlite.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mailjet-api-key',
    description: 'Mailjet API key, secret or SMS token',
    names: ['mailjet'],
    value: alnum(32),
    samples: {
      positive: [
        'MAILJET_API_KEY=c0NTjZr1OVvHIfmYKowBNiQ9db1qgdAZ',
        '"mailjetToken": "JVM9S466RBiT4P3QHj87ExWayduoNUzK",',
      ],
      negative: [
        'MAILJET_API_KEY=c0NTjZr1OVvHIfmY',
        'MAILJET_ACCOUNT_ID=4NNfKykja0D5ivkSTwT8nMjBF9a4yPQT',
        'MAILJET_API_URL=https://api.mailjet.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mailmodo-api-key',
    description: 'Mailmodo API key',
    names: ['mailmodo'],
    value: '[a-z0-9]{7}(?:-[a-z0-9]{7}){3}',
    samples: {
      positive: [
        'MAILMODO_API_KEY=CMSRPJV-AM7PNRW-Q7EIGPA-9QY2OTU',
        '"mailmodoToken": "SZPX668-ICFKZ7M-AECIMSK-TAET58M",',
      ],
      negative: [
        'MAILMODO_API_KEY=CMSRPJV-AM7PNRW',
        'MAILMODO_ACCOUNT_ID=A816RZK-B4HNN24-P35PISZ-3KKR3BC',
        'MAILMODO_API_URL=https://api.mailmodo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mailsac-api-key',
    description: 'Mailsac API key',
    names: ['mailsac'],
    value: 'k_[a-z0-9]{20,64}',
    samples: {
      positive: [
        'MAILSAC_API_KEY=k_e8w6788jqabs24adrj8jhwt58m8j5ed0muexljqw',
        '"mailsacToken": "k_mtn2ce5cqjmhn7pcy07iympk57ai827ygea8xq0e",',
      ],
      negative: [
        'MAILSAC_API_KEY=k_e8w6788jqabs24adrj8',
        'MAILSAC_ACCOUNT_ID=k_b7s6gvf14qm1r0eguc9z9u8dzs3c574acae857vk',
        'MAILSAC_API_URL=https://api.mailsac.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mandrill-api-key',
    description: 'Mandrill (Mailchimp Transactional) API key',
    names: ['mandrill'],
    value: '(?:md-)?[a-z0-9_-]{22}',
    samples: {
      positive: [
        'MANDRILL_API_KEY=md-hE3xCTkVz8yxO2qxjHokGs',
        '"mandrillToken": "md-QPZ3DShfmvxFZwRZBhapv7",',
      ],
      negative: [
        'MANDRILL_API_KEY=md-hE3xCTkVz',
        'MANDRILL_ACCOUNT_ID=md-ifqEE5GWSb2iXKFkzB4dEu',
        'MANDRILL_API_URL=https://api.mandrill.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mesibo-api-token',
    description: 'Mesibo application token',
    names: ['mesibo'],
    value: alnum(64),
    samples: {
      positive: [
        'MESIBO_API_KEY=aILGqNCX2kIPfAV3PLahWhEEXP4OD2KiGLvFl9jmynfy8GfwPVDciMmQ0nMqKmLr',
        '"mesiboToken": "EPjA6GHiI1Vr9qFEKrdEd7j1mus1SygMpGA41h8oYcTVDLEdhKVu6Q1Q5vxHhlde",',
      ],
      negative: [
        'MESIBO_API_KEY=aILGqNCX2kIPfAV3PLahWhEEXP4OD2Ki',
        'MESIBO_ACCOUNT_ID=PRIheWB8Mevz5iV3JxD5h1EO00u0yC7lxPbLsQiZ1qA2xD0Kr0AxpWao1Hc4dru1',
        'MESIBO_API_URL=https://api.mesibo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'messagebird-api-key',
    description: 'MessageBird API key',
    names: ['messagebird'],
    value: alnum(25),
    samples: {
      positive: [
        'MESSAGEBIRD_API_KEY=gzhhxiwo59q1fLwak6FMWdmg8',
        '"messagebirdToken": "GQo2akDP5WO6TNkGXRz6pFoHq",',
      ],
      negative: [
        'MESSAGEBIRD_API_KEY=gzhhxiwo59q1',
        'MESSAGEBIRD_ACCOUNT_ID=o484fBrT6II4fUte5HVnjiPbL',
        'MESSAGEBIRD_API_URL=https://api.messagebird.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'metrilo-api-key',
    description: 'Metrilo API token',
    names: ['metrilo'],
    value: alnum(16),
    samples: {
      positive: ['METRILO_API_KEY=3tnlzzx4tiiyecj5', '"metriloToken": "q7xv2w059orwu30o",'],
      negative: [
        'METRILO_API_KEY=3tnlzzx4',
        'METRILO_ACCOUNT_ID=6phs860jot8e3j91',
        'METRILO_API_URL=https://api.metrilo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mixmax-api-token',
    description: 'Mixmax API token',
    names: ['mixmax'],
    value: '[a-z0-9_-]{36}',
    samples: {
      positive: [
        'MIXMAX_API_KEY=hCGOqK7YCOL6PJVXabM8XNd8SbZ86VzmTSH4',
        '"mixmaxToken": "mnF8a10tbNniYvIm7mE8PVq1xFtZ2pvmlXc3",',
      ],
      negative: [
        'MIXMAX_API_KEY=hCGOqK7YCOL6PJVXab',
        'MIXMAX_ACCOUNT_ID=2eg11V5JemWr8LhAHosrn2UB8LeEdNa8RBlt',
        'MIXMAX_API_URL=https://api.mixmax.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'moosend-api-key',
    description: 'Moosend API key',
    names: ['moosend'],
    value: UUID,
    samples: {
      positive: [
        'MOOSEND_API_KEY=3a9998fc-f1ec-0723-7fef-883d2d914593',
        '"moosendToken": "80923c9a-4f2e-76b9-e0cf-ee52128348a7",',
      ],
      negative: [
        'MOOSEND_API_KEY=3a9998fc-f1ec-0723',
        'MOOSEND_ACCOUNT_ID=f50c9101-c99a-ad91-ecef-a2a9737f5701',
        'MOOSEND_API_URL=https://api.moosend.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'nicereply-api-key',
    description: 'Nicereply API key',
    names: ['nicereply'],
    value: alnum(40),
    samples: {
      positive: [
        'NICEREPLY_API_KEY=655d5c32a0b15c04b4918783f6c6b13c251e6bc8',
        '"nicereplyToken": "9d65c1d1f2c81db0894a45bae57008f4cc2b4277",',
      ],
      negative: [
        'NICEREPLY_API_KEY=655d5c32a0b15c04b491',
        'NICEREPLY_ACCOUNT_ID=be9cf85929ae036afc7b25af49bbe285b3893384',
        'NICEREPLY_API_URL=https://api.nicereply.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'nimble-api-token',
    description: 'Nimble CRM API token',
    names: ['nimble'],
    value: alnum(30),
    samples: {
      positive: [
        'NIMBLE_API_KEY=aRafykgMqj9TbZj6FI7ba6JuyW6w39',
        '"nimbleToken": "QwbLWTAyj3dJdyVXO9Qdqz5uub0tgX",',
      ],
      negative: [
        'NIMBLE_API_KEY=aRafykgMqj9TbZj',
        'NIMBLE_ACCOUNT_ID=8hbTzYYfPvfxSv0VQ63deCQ6JKSaOX',
        'NIMBLE_API_URL=https://api.nimble.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'line-notify-token',
    description: 'LINE Notify access token',
    names: ['linenotify', 'line_notify', 'line-notify'],
    value: alnum(43),
    samples: {
      positive: [
        'LINENOTIFY_API_KEY=60yNLU3DdHMph7gxezsNa1M8nLU3j7bEMvJC3fFYs16',
        '"linenotifyToken": "17E0YxbMy5cCxlzjRTuqS29T7H6w9Ys8j2L5akWnx3I",',
      ],
      negative: [
        'LINENOTIFY_API_KEY=60yNLU3DdHMph7gxezsNa',
        'LINENOTIFY_ACCOUNT_ID=LqxmCH8kPWdnGEcDlnfE042FsFp3FVpF2lrO5M4v7l4',
        'LINENOTIFY_API_URL=https://api.linenotify.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'onesignal-api-key',
    description: 'OneSignal REST API key',
    names: ['onesignal'],
    value:
      'os_v2_(?:app|org)_[a-z0-9]{50,120}|[a-z0-9]{48}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
    samples: {
      positive: [
        'ONESIGNAL_API_KEY=SMmneVqx7RnTAal8Td27cKGCh2X1ctSS0hkWMCvdMxDHUbfQ',
        '"onesignalToken": "EfZML23FSxVre7BaidBEK6AbLF4GshFoMwNz5RVYQGqqsMs5",',
      ],
      negative: [
        'ONESIGNAL_API_KEY=SMmneVqx7RnTAal8Td27cKGC',
        'ONESIGNAL_ACCOUNT_ID=3mZLjIAXjkdGDBuPV92BhUDqfYuKgOr29QGjJfosxcajeEAB',
        'ONESIGNAL_API_URL=https://api.onesignal.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'overloop-api-key',
    description: 'Overloop API key',
    names: ['overloop'],
    value: '[a-z0-9_-]{40,64}',
    samples: {
      positive: [
        'OVERLOOP_API_KEY=YYukwn6ukBQrvZWZiGOKo6Gtqs9PgMMuc9jJgzEcrzAEtasq',
        '"overloopToken": "BqspB5vKmt2ewsaEISEwW1LgM7d74qMPpe8h4akar0VD1WKp",',
      ],
      negative: [
        'OVERLOOP_API_KEY=YYukwn6ukBQrvZWZiGOKo6Gt',
        'OVERLOOP_ACCOUNT_ID=tranOsxYtWnXeqCkpv149bEMahEVrlj4cdPMHhFoLmHzQYz6',
        'OVERLOOP_API_URL=https://api.overloop.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'partnerstack-api-key',
    description: 'PartnerStack API key',
    names: ['partnerstack'],
    value: alnum(64),
    samples: {
      positive: [
        'PARTNERSTACK_API_KEY=2HNDQoz8EKIPHWejL3HG9PkuGhEPPDy9yuvtjH2LAGTbH0HuQe5l983tw1DZdVXa',
        '"partnerstackToken": "8G7sprWhbOpxYjRknFdGwxBx08eUQLrTDcUmSz4blwPyNII31V3AeqyA9L84HOEw",',
      ],
      negative: [
        'PARTNERSTACK_API_KEY=2HNDQoz8EKIPHWejL3HG9PkuGhEPPDy9',
        'PARTNERSTACK_ACCOUNT_ID=Aq68sy4LIDGcasbD82QK5p9xeLJeG3jzDg6hLhCd60i2zp0uAnVY0Gyr6Hg2n39j',
        'PARTNERSTACK_API_URL=https://api.partnerstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pepipost-api-key',
    description: 'Pepipost (Netcore Email) API key',
    names: ['pepipost', 'netcore'],
    value: alnum(32),
    samples: {
      positive: [
        'PEPIPOST_API_KEY=WX8mOf8b0lrVJ5FdGHnhVhTF7lESHLwV',
        '"pepipostToken": "LPSRDKcVt6OM7E7DCV9D8ubh2lT4A5S0",',
      ],
      negative: [
        'PEPIPOST_API_KEY=WX8mOf8b0lrVJ5Fd',
        'PEPIPOST_ACCOUNT_ID=8NQ2N6LBiPfwDci8lKLASy79Oo9eYYlY',
        'PEPIPOST_API_URL=https://api.pepipost.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pipedrive-api-token',
    description: 'Pipedrive API token',
    names: ['pipedrive'],
    value: alnum(40),
    samples: {
      positive: [
        'PIPEDRIVE_API_KEY=e4cc5e6bcae188dfa79d16a224fa580d49d1a399',
        '"pipedriveToken": "d94135b1bba33f2cf67c37d3428a1b49a4556a63",',
      ],
      negative: [
        'PIPEDRIVE_API_KEY=e4cc5e6bcae188dfa79d',
        'PIPEDRIVE_ACCOUNT_ID=fada23e95248b7f42166f97b71948b25c37363f8',
        'PIPEDRIVE_API_URL=https://api.pipedrive.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'postageapp-api-key',
    description: 'PostageApp API key',
    names: ['postageapp'],
    value: alnum(32),
    samples: {
      positive: [
        'POSTAGEAPP_API_KEY=wU1qwvjlESwXNcn92BtWUr08QO7vfpoY',
        '"postageappToken": "H6EuTV19SsX7Gw3soK4S6w5PRu1rqWXo",',
      ],
      negative: [
        'POSTAGEAPP_API_KEY=wU1qwvjlESwXNcn9',
        'POSTAGEAPP_ACCOUNT_ID=ftXHHvxkmvXPFl201kbPeJ5168XMFYl5',
        'POSTAGEAPP_API_URL=https://api.postageapp.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'prospect-crm-api-key',
    description: 'Prospect CRM API key',
    names: ['prospectcrm', 'prospect'],
    value: alnum(32),
    samples: {
      positive: [
        'PROSPECTCRM_API_KEY=ba0664e68066039c511ab5d9ee487ef1',
        '"prospectcrmToken": "f66913e21fbe6e0714f8e3c0096a06cf",',
      ],
      negative: [
        'PROSPECTCRM_API_KEY=ba0664e68066039c',
        'PROSPECTCRM_ACCOUNT_ID=95d33b033c06ca3b427c730424b29eb0',
        'PROSPECTCRM_API_URL=https://api.prospectcrm.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pushbullet-access-token',
    description: 'Pushbullet access token',
    names: ['pushbullet'],
    value: 'o\\.[a-z0-9]{32}',
    samples: {
      positive: [
        'PUSHBULLET_API_KEY=o.kFIlZNHt2R43VL7jkhbzoW8xWl3ElfpT',
        '"pushbulletToken": "o.RhH61DsnV6etOA1KPVwDtdIPGRrQl8aF",',
      ],
      negative: [
        'PUSHBULLET_API_KEY=o.kFIlZNHt2R43VL7',
        'PUSHBULLET_ACCOUNT_ID=o.ctRXy6JMh3nydVRiiqietYusowY0TyD8',
        'PUSHBULLET_API_URL=https://api.pushbullet.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'qualaroo-api-key',
    description: 'Qualaroo API key',
    names: ['qualaroo'],
    value: alnum(64),
    samples: {
      positive: [
        'QUALAROO_API_KEY=CBFaCu3XnDibsuamM4ZkYbWvlUy7KS6DWhYteoKZ4pMqojair1cregc85NJyKxBR',
        '"qualarooToken": "Hdtn1xutBjMsLMKW2lHjfOym9NRqycUioYY4Ses3XQfpfNnNkUDZTyXaAJTJO9fk",',
      ],
      negative: [
        'QUALAROO_API_KEY=CBFaCu3XnDibsuamM4ZkYbWvlUy7KS6D',
        'QUALAROO_ACCOUNT_ID=FWwK7HeoGu8HwKPOnfqc7IkxJpsNhIZvSHcmcloIpefhl1xpaAApn0TOrQAJCmyH',
        'QUALAROO_API_URL=https://api.qualaroo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'rebrandly-api-key',
    description: 'Rebrandly API key',
    names: ['rebrandly'],
    value: alnum(32),
    samples: {
      positive: [
        'REBRANDLY_API_KEY=9251923b6515cb35e999b27d3fca87d5',
        '"rebrandlyToken": "fd3cc813c7fb77ca41676691646ed6cc",',
      ],
      negative: [
        'REBRANDLY_API_KEY=9251923b6515cb35',
        'REBRANDLY_ACCOUNT_ID=241fbc570eafb6135808f3ac8a06713e',
        'REBRANDLY_API_URL=https://api.rebrandly.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'refiner-api-key',
    description: 'Refiner API key',
    names: ['refiner'],
    value: UUID,
    samples: {
      positive: [
        'REFINER_API_KEY=43d8f362-91f6-b003-db96-faebd95789ad',
        '"refinerToken": "cab88dcf-f546-f4c2-5a85-7924411ef8b3",',
      ],
      negative: [
        'REFINER_API_KEY=43d8f362-91f6-b003',
        'REFINER_ACCOUNT_ID=24d157be-1c9a-63ea-ff69-5d7497cc9b2d',
        'REFINER_API_URL=https://api.refiner.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'replyio-api-key',
    description: 'Reply.io API key',
    names: ['replyio', 'reply.io'],
    value: alnum(24),
    samples: {
      positive: ['REPLYIO_API_KEY=2TwdB4MLG4gWndYPTFnLjMzg', '"replyioToken": "1xSlZmpQyEfzoP0BV73q7F3A",'],
      negative: [
        'REPLYIO_API_KEY=2TwdB4MLG4gW',
        'REPLYIO_ACCOUNT_ID=Q33y9vWofAsDtcNlXNpUjbl1',
        'REPLYIO_API_URL=https://api.replyio.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'ritekit-api-key',
    description: 'RiteKit API key',
    names: ['ritekit'],
    value: alnum(44),
    samples: {
      positive: [
        'RITEKIT_API_KEY=234af43a86fbf93d6570fad24873723f6f58eb4c48e9',
        '"ritekitToken": "a5d5f8c997e449b98c540a3a2fbd1fb53a0035472291",',
      ],
      negative: [
        'RITEKIT_API_KEY=234af43a86fbf93d6570fa',
        'RITEKIT_ACCOUNT_ID=9f2919cfe0a406f8cc1cb3aa4112f11b32493e45df0a',
        'RITEKIT_API_URL=https://api.ritekit.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'salesblink-api-key',
    description: 'SalesBlink API key',
    names: ['salesblink'],
    value: 'key-[a-f0-9]{64}',
    samples: {
      positive: [
        'SALESBLINK_API_KEY=key-5635aaf952d0c6cd46a755a422868c0ed2fe7050a8e2702579e23a299aa25546',
        '"salesblinkToken": "key-1316a21eef7ae2526ed497f5bb70f582152a51e31eee4610d663f6689768cc56",',
      ],
      negative: [
        'SALESBLINK_API_KEY=key-5635aaf952d0c6cd46a755a422868c',
        'SALESBLINK_ACCOUNT_ID=key-518d88ead9ef9c51fa3a4b3be9845451f860b37c615842455e9b5e547e20dac6',
        'SALESBLINK_API_URL=https://api.salesblink.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'salescookie-api-key',
    description: 'Salescookie API key',
    names: ['salescookie'],
    value: alnum(32),
    samples: {
      positive: [
        'SALESCOOKIE_API_KEY=3zdfEsVc1wOAvqedmbjEpMK0PzVReZkn',
        '"salescookieToken": "U1HmXvj4buObQYlyDIG3EIbhexFAEDVh",',
      ],
      negative: [
        'SALESCOOKIE_API_KEY=3zdfEsVc1wOAvqed',
        'SALESCOOKIE_ACCOUNT_ID=1ZHhhGGbv7toP9qntXFe185sMTILWqdO',
        'SALESCOOKIE_API_URL=https://api.salescookie.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'salesflare-api-key',
    description: 'Salesflare API key',
    names: ['salesflare'],
    value: alnum(45),
    samples: {
      positive: [
        'SALESFLARE_API_KEY=2dWQfuBDvi6jBYob4HJqzOwNzpG78RLjallCzmasOTpaf',
        '"salesflareToken": "DXgWLeGNzqDQmlzL2HQBp7yytSxifafEkNoQbWGTnaCdm",',
      ],
      negative: [
        'SALESFLARE_API_KEY=2dWQfuBDvi6jBYob4HJqzO',
        'SALESFLARE_ACCOUNT_ID=f5F1oxGVnZy5fn8qP9rDf72R7l3fcrYuRdLXz1JKaUqYr',
        'SALESFLARE_API_URL=https://api.salesflare.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'simplesat-api-key',
    description: 'Simplesat API key',
    names: ['simplesat'],
    value: alnum(40),
    samples: {
      positive: [
        'SIMPLESAT_API_KEY=1tZJo49aaNfQdg1Ian1tRBJgHpPdOxSWRBCNBT8A',
        '"simplesatToken": "X9X3v0Vu0CYJYAjpgB2jNdRHGFYkYXOWr0Om7zER",',
      ],
      negative: [
        'SIMPLESAT_API_KEY=1tZJo49aaNfQdg1Ian1t',
        'SIMPLESAT_ACCOUNT_ID=m2IH46ZQ0w1m1aAy8pERZcZ3A3bjly3B7L2MNuzS',
        'SIMPLESAT_API_URL=https://api.simplesat.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'simvoly-api-key',
    description: 'Simvoly API key',
    names: ['simvoly'],
    value: alnum(33),
    samples: {
      positive: [
        'SIMVOLY_API_KEY=b4iw5gl0hadu8x05z279gqc4wcdko0t3z',
        '"simvolyToken": "x6aan7qvna4gy7o3s65bjqrcn7f9dix4n",',
      ],
      negative: [
        'SIMVOLY_API_KEY=b4iw5gl0hadu8x05',
        'SIMVOLY_ACCOUNT_ID=0wvw4qqgxkbuu7fz7hyhkh2t1seljn1er',
        'SIMVOLY_API_URL=https://api.simvoly.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'skrapp-api-key',
    description: 'Skrapp.io API key',
    names: ['skrapp'],
    value: alnum(42),
    samples: {
      positive: [
        'SKRAPP_API_KEY=pXNoHfC2ZaOaaFTHiVRUuTpVdy6QfBfAwKxv7JLLEk',
        '"skrappToken": "T1BHlmBuzw50eIwE2NHvw6ik1BIw4OzAmSYXkQ8fmP",',
      ],
      negative: [
        'SKRAPP_API_KEY=pXNoHfC2ZaOaaFTHiVRUu',
        'SKRAPP_ACCOUNT_ID=CjejhyWm8HuqqGOhNOV2jl6uXAYusuYQAly9Cjc7Hd',
        'SKRAPP_API_URL=https://api.skrapp.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'sparkpost-api-key',
    description: 'SparkPost API key',
    names: ['sparkpost'],
    value: alnum(40),
    samples: {
      positive: [
        'SPARKPOST_API_KEY=968215f3dfbe1caef25ec91d4faf715163da252d',
        '"sparkpostToken": "6504a30f002d4779ee8a633b03fff373f99b7a19",',
      ],
      negative: [
        'SPARKPOST_API_KEY=968215f3dfbe1caef25e',
        'SPARKPOST_ACCOUNT_ID=6b5854ac7c2f5851358605a9c179c6d6583669df',
        'SPARKPOST_API_URL=https://api.sparkpost.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'streak-api-key',
    description: 'Streak API key',
    names: ['streak'],
    value: alnum(32),
    samples: {
      positive: [
        'STREAK_API_KEY=8189f409eae6a6a9cb8328d92044dbb6',
        '"streakToken": "8688f0b2368305e3e5fcf64131c64a00",',
      ],
      negative: [
        'STREAK_API_KEY=8189f409eae6a6a9',
        'STREAK_ACCOUNT_ID=6ca18260f6a7ea1171e722ecd3192837',
        'STREAK_API_URL=https://api.streak.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'surveybot-api-key',
    description: 'SurveyBot API key',
    names: ['surveybot'],
    value: alnum(80),
    samples: {
      positive: [
        'SURVEYBOT_API_KEY=ZCSm4bqgvIahtVRjDdQRg7ZrR4TediBGptZvZAOf0rhcVJRpdbtSfeJnvO3OLYhZ5a5MiBMjGTJOHu2D',
        '"surveybotToken": "flBowblv5Xvdz8kBCTLrdtW5wc2fVadst99RAZ523zdEGHXJAeHkfjGjy3SMV8yuFjPdOzc4JCm9rEJ1",',
      ],
      negative: [
        'SURVEYBOT_API_KEY=ZCSm4bqgvIahtVRjDdQRg7ZrR4TediBGptZvZAOf',
        'SURVEYBOT_ACCOUNT_ID=YsAKhw9CaHdiDZ4cgJs6QZw1AuJ8NlIQSlnBhYBu2ymsijqgTpEBzuKG8JT2HgOjRaxXUjXFrNVPQvp2',
        'SURVEYBOT_API_URL=https://api.surveybot.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'survicate-api-key',
    description: 'Survicate API key',
    names: ['survicate'],
    value: alnum(32),
    samples: {
      positive: [
        'SURVICATE_API_KEY=3a7960f21843cfddf3e5ea4554a51078',
        '"survicateToken": "9adc0f09b851bf05c8a819cfb6cd5ce8",',
      ],
      negative: [
        'SURVICATE_API_KEY=3a7960f21843cfdd',
        'SURVICATE_ACCOUNT_ID=b2888c05d4c3fc092e5346b35b7093a1',
        'SURVICATE_API_URL=https://api.survicate.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tyntec-api-key',
    description: 'tyntec API key',
    names: ['tyntec'],
    value: alnum(32),
    samples: {
      positive: [
        'TYNTEC_API_KEY=a38f887b5d66e9658578ed7891d1b63b',
        '"tyntecToken": "9fd8121bcaff9abed768f41368ed3313",',
      ],
      negative: [
        'TYNTEC_API_KEY=a38f887b5d66e965',
        'TYNTEC_ACCOUNT_ID=6595799b346bfd6bcb3c5b3162d9bce3',
        'TYNTEC_API_URL=https://api.tyntec.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'uplead-api-key',
    description: 'UpLead API key',
    names: ['uplead'],
    value: alnum(32),
    samples: {
      positive: [
        'UPLEAD_API_KEY=pgy9s2hlu8hy2u12azsuasn3lvs8wbsj',
        '"upleadToken": "dqej8ldppi58d1ebmld5jwued8rao516",',
      ],
      negative: [
        'UPLEAD_API_KEY=pgy9s2hlu8hy2u12',
        'UPLEAD_ACCOUNT_ID=yct6ctfru1hoq2rancapuaadvpli09na',
        'UPLEAD_API_URL=https://api.uplead.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'upwave-api-token',
    description: 'Upwave API token',
    names: ['upwave'],
    value: alnum(32),
    samples: {
      positive: [
        'UPWAVE_API_KEY=f0accfec5db167bd7292a7cff17ab3b2',
        '"upwaveToken": "37c93e5334eb80e44bb6b685f1aa647a",',
      ],
      negative: [
        'UPWAVE_API_KEY=f0accfec5db167bd',
        'UPWAVE_ACCOUNT_ID=81fe1946c0790b12c1c86f7cfd87846e',
        'UPWAVE_API_URL=https://api.upwave.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'vbout-api-key',
    description: 'VBOUT API key',
    names: ['vbout'],
    value: alnum(25),
    samples: {
      positive: ['VBOUT_API_KEY=MJEwQ7dmRnSXnlop9NHTGupQJ', '"vboutToken": "gYf1WcZCNBHAcZ3FqimOhr7ho",'],
      negative: [
        'VBOUT_API_KEY=MJEwQ7dmRnSX',
        'VBOUT_ACCOUNT_ID=L0pBStJ7zgmOOxORHkEOkpAC7',
        'VBOUT_API_URL=https://api.vbout.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'verimail-api-key',
    description: 'Verimail API key',
    names: ['verimail'],
    value: alnum(32),
    samples: {
      positive: [
        'VERIMAIL_API_KEY=16X2KU1YPQXI7Y346TRD3WSKTMOQBSHW',
        '"verimailToken": "F3LIZSG23QIC71HYO7T1BILIS2943GMK",',
      ],
      negative: [
        'VERIMAIL_API_KEY=16X2KU1YPQXI7Y34',
        'VERIMAIL_ACCOUNT_ID=MRR2G0DKBPHW4JLT9QYA2NUHB5DH4G1B',
        'VERIMAIL_API_URL=https://api.verimail.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'voodoosms-api-key',
    description: 'VoodooSMS API key',
    names: ['voodoosms'],
    value: alnum(46),
    samples: {
      positive: [
        'VOODOOSMS_API_KEY=suDRRb2bERCnHOBRk1B70Scny0zjjbk3FenNKaBe28RcSg',
        '"voodoosmsToken": "3V5qqWyUPlwazNAmtKC46NSI5VteNplifKeWYiuGCZW8Sp",',
      ],
      negative: [
        'VOODOOSMS_API_KEY=suDRRb2bERCnHOBRk1B70Sc',
        'VOODOOSMS_ACCOUNT_ID=f6tuyF4EJkY2Gg0Lna8iB4WxNOYBCaeKZI8wC5HF2QHnvK',
        'VOODOOSMS_API_URL=https://api.voodoosms.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zerobounce-api-key',
    description: 'ZeroBounce API key',
    names: ['zerobounce'],
    value: alnum(32),
    samples: {
      positive: [
        'ZEROBOUNCE_API_KEY=0e77d816ea7c9d5a28658c69cbc5a27a',
        '"zerobounceToken": "d74e4f7a393a73c268cd3aeed0028ac8",',
      ],
      negative: [
        'ZEROBOUNCE_API_KEY=0e77d816ea7c9d5a',
        'ZEROBOUNCE_ACCOUNT_ID=a25a84eafb6f70b72a722493bb88ce33',
        'ZEROBOUNCE_API_URL=https://api.zerobounce.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zonka-feedback-api-key',
    description: 'Zonka Feedback API key',
    names: ['zonkafeedback', 'zonka'],
    value: alnum(36),
    samples: {
      positive: [
        'ZONKAFEEDBACK_API_KEY=3XELS04PPQ3DG8169KJQFZ9WD3XLPG4U28SQ',
        '"zonkafeedbackToken": "F1P8JCQ50TS4DYSRCNX4P1ZQYJ9DSADA8GNZ",',
      ],
      negative: [
        'ZONKAFEEDBACK_API_KEY=3XELS04PPQ3DG8169K',
        'ZONKAFEEDBACK_ACCOUNT_ID=00RH9N3EAD0AMRS4FEDDCMR38K8QYD82XZS0',
        'ZONKAFEEDBACK_API_URL=https://api.zonkafeedback.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'telnyx-api-key',
    description: 'Telnyx API v2 key',
    names: ['telnyx'],
    value: 'KEY[a-z0-9_-]{55}',
    severity: 'high',
    samples: {
      positive: [
        'TELNYX_API_KEY=KEYA93CC2E69B95F64EC1A2AC09A9912508_UGrJZGUv5jq8n8llRGdQ0U',
        '"telnyxToken": "KEY9FF00E6F6CB24B305EC3E79F6BE7D557_isvxZ9L0z1X50K1yPUR7jf",',
      ],
      negative: [
        'TELNYX_API_KEY=KEYA93CC2E69B95F64EC1A2AC09A9',
        'TELNYX_ACCOUNT_ID=KEYF0526881655D1AB5CD29B77705D22D80_6GzU4k0IRLu7F1dvJCY7Hx',
        'TELNYX_API_URL=https://api.telnyx.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'onfleet-api-key',
    description: 'Onfleet API key',
    names: ['onfleet'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'ONFLEET_API_KEY=70943902c0ce44c501a27c52893e2eb4',
        '"onfleetToken": "4d9da074c0784939604358df9172dc9d",',
      ],
      negative: [
        'ONFLEET_API_KEY=70943902c0ce44c5',
        'ONFLEET_ACCOUNT_ID=4eb5e0dcff9699da42648bb17f4a4dfe',
        'ONFLEET_API_URL=https://api.onfleet.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'stripo-api-token',
    description: 'Stripo API token',
    names: ['stripo'],
    value: THREE_PART,
    samples: {
      positive: [
        'STRIPO_API_KEY=MSHUrYG1bfCi9WO3mXub.y2W8MzLIGyaGqzHdkJ7zdRHb7E6KgApnSayzfWeLN2tTYynaV1lmEGDnfKpjGbk34dupRlfWARbx4ktPfHgP2n6RRBuHZSfIAtthkDNpYtUEpVnBSUu801BX.l7awuMydIYK8HfYysTUzwSs1cjOIYPIUZulgDtHf6Xi',
        '"stripoToken": "xSJXdTcvgahRwKMnq4XT.xOMuuPcLFK0Bb0SEWG3IHWrapJvW26oOrzZx9WIseYGkX6faIZmPCH1biK8GHhLuY3QoGYF0jzwQUqroqsald7podvLcKcp396B5rXpWUZVnsoAZRnUS0f8i.qS0AJtaURskwFqdtqdetLSKxQPFpsJELM5lNoEwN2vI",',
      ],
      negative: [
        'STRIPO_API_KEY=MSHUrYG1bfCi9WO3mXub.y2W8MzLIGyaGqzHdkJ7zdRHb7E6KgApnSayzfWeLN2tTYynaV1lmEGDnfKpjGbk34dupRlfWARbx4ktPfHgP2n6RRBuHZSfIAtthkDNpYtUEpVnBSUu801BX',
        'STRIPO_ACCOUNT_ID=FI321CW8PbeUwAUHT0gk.sSJZTCs29vKyZuoXF7ejsqFIaz2XWCoIbJ5uda6xFCPkJmeriMBB4u4JeJid795C8tVQR8TP34tDKuO6GCn8I8Xi01eUqcks3OqE9huO1IE0NNnEECc7zKTF.BTbVKZxbQ3FrWcf3Qx0c3nZw5xU7hDIeAWlG0MOz3h0',
        'STRIPO_API_URL=https://api.stripo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'telegram-bot-token-by-name',
    description: 'Telegram bot token next to a Telegram key name (forms not starting with AA)',
    names: ['telegram'],
    value: '[0-9]{8,10}:(?!aa)[a-z0-9_-]{35}',
    severity: 'high',
    samples: {
      positive: [
        'TELEGRAM_API_KEY=8987707506:BB0XYMvBEcutMZK3DZqiJTnGHfQ4YBItNtD',
        '"telegramToken": "8349412210:BBJP6S88CqVcA9VKN6H3oJqxQ22B8jOjbjJ",',
      ],
      negative: [
        'TELEGRAM_API_KEY=8987707506:BB0XYMvBEcut',
        'TELEGRAM_ACCOUNT_ID=8164113670:BBohpCwDHl7if1EqI8ZSLx74WsvmxaPr231',
        'TELEGRAM_API_URL=https://api.telegram.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'nylas-access-token',
    description: 'Nylas access token',
    names: ['nylas'],
    value: alnum(30),
    severity: 'high',
    samples: {
      positive: [
        'NYLAS_API_KEY=GQSCSJozkWqG7iDoF34fZEm0SPq0mw',
        '"nylasToken": "tfwgb5LrAtnruyuPQ5sgdVJ5ZCqipM",',
      ],
      negative: [
        'NYLAS_API_KEY=GQSCSJozkWqG7iD',
        'NYLAS_ACCOUNT_ID=v9PvsLPf9taEtIZIqCIbj6wWqMH0P6',
        'NYLAS_API_URL=https://api.nylas.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'oopspam-api-key',
    description: 'OOPSpam API key',
    names: ['oopspam'],
    value: alnum(40),
    samples: {
      positive: [
        'OOPSPAM_API_KEY=CniXW7YiRmNRcAhtCCSfgaeeSAikO9puiLUEFYBZ',
        '"oopspamToken": "VnPPEyAvsayYpcIKR6vfFiPXPROIXUH8n1qghcAK",',
      ],
      negative: [
        'OOPSPAM_API_KEY=CniXW7YiRmNRcAhtCCSf',
        'OOPSPAM_ACCOUNT_ID=nYtfzx3EKr2ht8Xk536xyEFkGJq0jORFAKVLlmpp',
        'OOPSPAM_API_URL=https://api.oopspam.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tly-api-token',
    description: 'T.LY API token',
    names: ['tly_', 'tly-', 't.ly'],
    value: alnum(60),
    samples: {
      positive: [
        'TLY_API_KEY=X6Ak8qYPKBmJTBiK4J86R2R8lWiuD73WfFpnv21mdQ1VlB7yvvNmOZJ2Elcv',
        'tly_token: "7GTA3digpKsmuEQsiplnjEuXFkTaJIs108C2xxzWXC57XXxrqYBaCcWcQaVC"',
      ],
      negative: [
        'TLY_API_KEY=X6Ak8qYPKBmJTBiK4J86R2R8lWiuD7',
        'TLY_ACCOUNT_ID=XLjOMNxPv8qoTxqe6zWSnclNhgodUiTEDcpnMB1jrws4JZui2oQlmur6IdHZ',
        'TLY_API_URL=https://api.tly.com/v1/',
      ],
    },
  }),
];
