import type { Rule } from '../rule.types';
import { alnum, hex, namedKeyRule, THREE_PART, UUID } from './named-key-rule';

// CRM, marketing, e-mail, SMS, forms, customer support and feedback services.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const crmMarketingRules: Rule[] = [
  namedKeyRule({
    id: 'apifonica-api-key',
    description: 'Apifonica API token',
    names: ['apifonica'],
    value: String.raw`[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    severity: 'high',
    samples: {
      positive: [
        'APIFONICA_API_KEY=mw7lmvirrtb-rdch-6zby-bv3v-z25v965swowb',
        'apifonica_secret: "3m13kca1wx0-311a-84fc-lsyl-3t1dbxgnijsa"',
      ],
      negative: [
        'APIFONICA_API_KEY=mw7lmvirrtb-rdch-6z',
        'APIFONICA_API_URL=https://api.apifonica.com/v1/',
        'APIFONICA_ACCOUNT_ID=mw7lmvirrtb-rdch-6zby-bv3v-z25v965swowb',
        'apifonica_api_key: "<your-apifonica-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'apollo-io-api-key',
    description: 'Apollo.io API key',
    names: ['apollo'],
    value: alnum(22),
    severity: 'high',
    samples: {
      positive: ['APOLLO_API_KEY=QySMH50cVSSiVJQ4xxpms8', 'apollo_secret: "HbJsCnKy92SNAXHvgaz4VY"'],
      negative: [
        'APOLLO_API_KEY=QySMH50cVSS',
        'APOLLO_API_URL=https://api.apollo.com/v1/',
        'APOLLO_ACCOUNT_ID=QySMH50cVSSiVJQ4xxpms8',
        'apollo_api_key: "<your-apollo-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'appfollow-api-token',
    description: 'AppFollow API token',
    names: ['appfollow'],
    value: String.raw`eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{30,}`,
    severity: 'high',
    samples: {
      positive: [
        'APPFOLLOW_API_KEY=eyJNcIjNLjaAIDGViFJr1vOJ4axU5QiTAexdNxgyxWMls.BL4MSR4jIO05JeN4LZnJO_5Wa6f_RK5qZ_6JyTw-6qarrVo8DyD82JtlvCEFNn7rvAvLOeMj9rr54bkdYV2mCzKtZeLqwa5Wo9.4lBDqZMrfn6uXL2QTIDG0XI5fna0bqRs80cVAlsj-NdQu',
        'appfollow_secret: "eyJOkFJfhxwy9TEp_.FBuLiS0UT0K9DwHnbnqZM2YocKmHhXpV1ex2Oy40E65nurs8OMGySIdPn622Xo4r3QCl7.xvOnMMvrpvoHV7RqpHSEBSxFTYkQnOol8lpOdgMSY5c28aNr-ghM2tfUPmwYiPe7Njvu_rWkJW0"',
      ],
      negative: [
        'APPFOLLOW_API_KEY=eyJNcIjNLjaAIDGViFJr1vOJ4axU5QiTAexdNxgyxWMls.BL4MSR4jIO05JeN4LZnJO_5Wa6f_RK5qZ_6JyTw-6qarrVo8D',
        'APPFOLLOW_API_URL=https://api.appfollow.com/v1/',
        'APPFOLLOW_ACCOUNT_ID=eyJNcIjNLjaAIDGViFJr1vOJ4axU5QiTAexdNxgyxWMls.BL4MSR4jIO05JeN4LZnJO_5Wa6f_RK5qZ_6JyTw-6qarrVo8DyD82JtlvCEFNn7rvAvLOeMj9rr54bkdYV2mCzKtZeLqwa5Wo9.4lBDqZMrfn6uXL2QTIDG0XI5fna0bqRs80cVAlsj-NdQu',
        'appfollow_api_key: "<your-appfollow-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'appointedd-api-key',
    description: 'Appointedd API key',
    names: ['appointedd'],
    value: String.raw`[A-Za-z0-9+/]{86,87}={1,2}`,
    severity: 'high',
    samples: {
      positive: [
        'APPOINTEDD_API_KEY=+b5LJe1K79rV5V9c4poIE44dUB1RI9Bgw7DuVPTgdqCc4cLFdc+NIgWEHWULtjnPhRNUvWiCsJEFk3A8Mz3FRco==',
        'appointedd_secret: "nwLdQTTNfYHzRbHgMdhMM7JYhjdwODrvhRMkpqdfhErvhIfirUZcVkyv+WLwqJFDokiinDRNH7CO7sOmykvIFv="',
      ],
      negative: [
        'APPOINTEDD_API_KEY=+b5LJe1K79rV5V9c4poIE44dUB1RI9Bgw7DuVPTgdqCc',
        'APPOINTEDD_API_URL=https://api.appointedd.com/v1/',
        'APPOINTEDD_ACCOUNT_ID=+b5LJe1K79rV5V9c4poIE44dUB1RI9Bgw7DuVPTgdqCc4cLFdc+NIgWEHWULtjnPhRNUvWiCsJEFk3A8Mz3FRco==',
        'appointedd_api_key: "<your-appointedd-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'asana-legacy-api-key',
    description: 'Asana legacy API key',
    names: ['asana'],
    value: alnum('32,40'),
    severity: 'high',
    samples: {
      positive: [
        'ASANA_API_KEY=jjgqoq1v43nh8hey9mn5kvbmplk11kuda0',
        'asana_secret: "dggmqzgtd4e7fyp0c03nq3v750hm19758azzmr"',
      ],
      negative: [
        'ASANA_API_KEY=jjgqoq1v43nh8hey9',
        'ASANA_API_URL=https://api.asana.com/v1/',
        'asana_api_key: "<your-asana-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'axonaut-api-key',
    description: 'Axonaut API key',
    names: ['axonaut'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'AXONAUT_API_KEY=utvwp4ysr3zywhnhwmka4x5ymk8ud2bg',
        'axonaut_secret: "a78gr3f6hrva5ms45mcvolac21lh4e15"',
      ],
      negative: [
        'AXONAUT_API_KEY=utvwp4ysr3zywhnh',
        'AXONAUT_API_URL=https://api.axonaut.com/v1/',
        'AXONAUT_ACCOUNT_ID=utvwp4ysr3zywhnhwmka4x5ymk8ud2bg',
        'axonaut_api_key: "<your-axonaut-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'ayrshare-api-key',
    description: 'Ayrshare API key',
    names: ['ayrshare'],
    value: String.raw`[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}`,
    severity: 'high',
    samples: {
      positive: [
        'AYRSHARE_API_KEY=PH3RD0QM-U3EHRW9V-KOJI3ECR-SSR1JOV5',
        'ayrshare_secret: "50CK9COT-8IZE5HEC-MJVLTPE3-CRVJIX5B"',
      ],
      negative: [
        'AYRSHARE_API_KEY=PH3RD0QM-U3EHRW9V',
        'AYRSHARE_API_URL=https://api.ayrshare.com/v1/',
        'AYRSHARE_ACCOUNT_ID=PH3RD0QM-U3EHRW9V-KOJI3ECR-SSR1JOV5',
        'ayrshare_api_key: "<your-ayrshare-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'beebole-api-token',
    description: 'Beebole API token',
    names: ['beebole'],
    value: alnum(40),
    severity: 'high',
    samples: {
      positive: [
        'BEEBOLE_API_KEY=hg3ftvvk4huyc8ubw4cvejmdn3lzydcsr1lxie66',
        'beebole_secret: "wr2dyrp62dcobiirmza1kkfitt7rz3yvexvdhms8"',
      ],
      negative: [
        'BEEBOLE_API_KEY=hg3ftvvk4huyc8ubw4cv',
        'BEEBOLE_API_URL=https://api.beebole.com/v1/',
        'BEEBOLE_ACCOUNT_ID=hg3ftvvk4huyc8ubw4cvejmdn3lzydcsr1lxie66',
        'beebole_api_key: "<your-beebole-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'besnappy-api-key',
    description: 'BeSnappy API key',
    names: ['besnappy'],
    value: hex(64),
    severity: 'high',
    samples: {
      positive: [
        'BESNAPPY_API_KEY=5e7a57f347f315058d45aab36cfcada68771e2726f0b3d00ebd5e122d729bb27',
        'besnappy_secret: "8ea94a3fdfb98e9366deb34175c806d1360d4a51e0e287309a77927f9b51ac27"',
      ],
      negative: [
        'BESNAPPY_API_KEY=5e7a57f347f315058d45aab36cfcada6',
        'BESNAPPY_API_URL=https://api.besnappy.com/v1/',
        'BESNAPPY_ACCOUNT_ID=5e7a57f347f315058d45aab36cfcada68771e2726f0b3d00ebd5e122d729bb27',
        'besnappy_api_key: "<your-besnappy-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'bulbul-api-key',
    description: 'Bulbul API key',
    names: ['bulbul'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'BULBUL_API_KEY=weh2xc656k0hu0ns7tsjunrrh0ptvfvs',
        'bulbul_secret: "7wsuxka2w1tt8fziq9t6biwxeo1nbv45"',
      ],
      negative: [
        'BULBUL_API_KEY=weh2xc656k0hu0ns',
        'BULBUL_API_URL=https://api.bulbul.com/v1/',
        'BULBUL_ACCOUNT_ID=weh2xc656k0hu0ns7tsjunrrh0ptvfvs',
        'bulbul_api_key: "<your-bulbul-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'campayn-api-key',
    description: 'Campayn API key',
    names: ['campayn'],
    value: alnum(64),
    severity: 'high',
    samples: {
      positive: [
        'CAMPAYN_API_KEY=zy3rqnmrwyx8pxh0e4yvoe0vandvhdtksiatxbrncmjkybm3ydgxowpw9mx8rd5y',
        'campayn_secret: "19njf5cc3xi8b1s1fj8wtsylu7kz844t4ss8x633dr60mx7sn9f9o31r462ytek5"',
      ],
      negative: [
        'CAMPAYN_API_KEY=zy3rqnmrwyx8pxh0e4yvoe0vandvhdtk',
        'CAMPAYN_API_URL=https://api.campayn.com/v1/',
        'CAMPAYN_ACCOUNT_ID=zy3rqnmrwyx8pxh0e4yvoe0vandvhdtksiatxbrncmjkybm3ydgxowpw9mx8rd5y',
        'campayn_api_key: "<your-campayn-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'canny-api-key',
    description: 'Canny API key',
    names: ['canny', 'cannyio', 'canny_io', 'canny-io'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'CANNY_API_KEY=7efe028e-4293-69ab-0087-f4eafcd0a54c',
        'canny_secret: "e53f53cd-6f5f-cf0b-0ea7-c6cfebcc5451"',
      ],
      negative: [
        'CANNY_API_KEY=7efe028e-4293-69ab',
        'CANNY_API_URL=https://api.canny.com/v1/',
        'CANNY_ACCOUNT_ID=7efe028e-4293-69ab-0087-f4eafcd0a54c',
        'canny_api_key: "<your-canny-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'capsulecrm-api-token',
    description: 'Capsule CRM API token',
    names: ['capsulecrm'],
    value: String.raw`[A-Za-z0-9._+=-]{64}`,
    severity: 'high',
    samples: {
      positive: [
        'CAPSULECRM_API_KEY=JW-wjXx3JnRg_SpvTJ9RKSRV1bryFBF4f4nQyWw_Gv-3P137E4ayxJF7aW3eIwBn',
        'capsulecrm_secret: "V7VwNx.fYXJ88J01pN6zbH4fJ70Z8EWQBTymyl8rp89bP9r+L2+.14zl+TwDmt.y"',
      ],
      negative: [
        'CAPSULECRM_API_KEY=JW-wjXx3JnRg_SpvTJ9RKSRV1bryFBF4',
        'CAPSULECRM_API_URL=https://api.capsulecrm.com/v1/',
        'CAPSULECRM_ACCOUNT_ID=JW-wjXx3JnRg_SpvTJ9RKSRV1bryFBF4f4nQyWw_Gv-3P137E4ayxJF7aW3eIwBn',
        'capsulecrm_api_key: "<your-capsulecrm-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'centralstationcrm-api-key',
    description: 'CentralStationCRM API key',
    names: ['centralstationcrm'],
    value: alnum(30),
    severity: 'high',
    samples: {
      positive: [
        'CENTRALSTATIONCRM_API_KEY=biguinge2idkfkfkr4molxode2y8jy',
        'centralstationcrm_secret: "qo0sq7xqdgeh9vjle1b39slmtf2xf6"',
      ],
      negative: [
        'CENTRALSTATIONCRM_API_KEY=biguinge2idkfkf',
        'CENTRALSTATIONCRM_API_URL=https://api.centralstationcrm.com/v1/',
        'CENTRALSTATIONCRM_ACCOUNT_ID=biguinge2idkfkfkr4molxode2y8jy',
        'centralstationcrm_api_key: "<your-centralstationcrm-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'chatfuel-api-token',
    description: 'Chatfuel API token',
    names: ['chatfuel'],
    value: alnum(128),
    severity: 'high',
    samples: {
      positive: [
        'CHATFUEL_API_KEY=bg0s5unkYe4rfhQh6IxxvHQsVnMnnTHMBA30I6JqYYodU6K7ZXCMuOu5a4vJH1Rm57Bjfs8jKFqhwaDc6ZUOXnJoU62Pol2FX8xgmOtzwOQiS009gXVmzKItYlGHtdYU',
        'chatfuel_secret: "teJYZOCj84XldnxOAs5EQrIHvNtdHo7Hlf9e4adOaMNHmcEgBYs6iqXr6ONOJ9gxBjbxxJ3UJp8dtPcuFXPbterQkS28ozVn1XmwCOvwXPmUlm2NRuUfU0YncyFp8GkL"',
      ],
      negative: [
        'CHATFUEL_API_KEY=bg0s5unkYe4rfhQh6IxxvHQsVnMnnTHMBA30I6JqYYodU6K7ZXCMuOu5a4vJH1Rm',
        'CHATFUEL_API_URL=https://api.chatfuel.com/v1/',
        'CHATFUEL_ACCOUNT_ID=bg0s5unkYe4rfhQh6IxxvHQsVnMnnTHMBA30I6JqYYodU6K7ZXCMuOu5a4vJH1Rm57Bjfs8jKFqhwaDc6ZUOXnJoU62Pol2FX8xgmOtzwOQiS009gXVmzKItYlGHtdYU',
        'chatfuel_api_key: "<your-chatfuel-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'cliengo-api-key',
    description: 'Cliengo API key',
    names: ['cliengo'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'CLIENGO_API_KEY=593c6a8c-7627-3bbb-56c5-47c292fcf885',
        'cliengo_secret: "9b2ac656-295e-5a58-b302-a77da65be9d9"',
      ],
      negative: [
        'CLIENGO_API_KEY=593c6a8c-7627-3bbb',
        'CLIENGO_API_URL=https://api.cliengo.com/v1/',
        'CLIENGO_ACCOUNT_ID=593c6a8c-7627-3bbb-56c5-47c292fcf885',
        'cliengo_api_key: "<your-cliengo-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'clockify-api-key',
    description: 'Clockify API key',
    names: ['clockify'],
    value: alnum(48),
    severity: 'high',
    samples: {
      positive: [
        'CLOCKIFY_API_KEY=XmVjBjtI3Q37CiTlKrL1S7hgZHsxRq6MzHB0bX6jiEN7ZxJx',
        'clockify_secret: "J04kkxuJZbMylQgwdj7hX450SU0wjhZA2pCknxCANhPi15vh"',
      ],
      negative: [
        'CLOCKIFY_API_KEY=XmVjBjtI3Q37CiTlKrL1S7hg',
        'CLOCKIFY_API_URL=https://api.clockify.com/v1/',
        'CLOCKIFY_ACCOUNT_ID=XmVjBjtI3Q37CiTlKrL1S7hgZHsxRq6MzHB0bX6jiEN7ZxJx',
        'clockify_api_key: "<your-clockify-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'clustdoc-api-token',
    description: 'Clustdoc API token',
    names: ['clustdoc'],
    value: alnum(60),
    severity: 'high',
    samples: {
      positive: [
        'CLUSTDOC_API_KEY=rR3T9cF9UAOLPzi73fkyl2ZHu6NJaVQN8y2C2V3G3H9jBJ5uF1ocCJwtM6B0',
        'clustdoc_secret: "FEOHLmcqK8woFXHQhBNqJWZuVvc8XgGuAZw0hpB5ueM39H50Qjt0FKn8qHme"',
      ],
      negative: [
        'CLUSTDOC_API_KEY=rR3T9cF9UAOLPzi73fkyl2ZHu6NJaV',
        'CLUSTDOC_API_URL=https://api.clustdoc.com/v1/',
        'CLUSTDOC_ACCOUNT_ID=rR3T9cF9UAOLPzi73fkyl2ZHu6NJaVQN8y2C2V3G3H9jBJ5uF1ocCJwtM6B0',
        'clustdoc_api_key: "<your-clustdoc-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'collect2-api-key',
    description: 'Collect2 API key',
    names: ['collect2'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'COLLECT2_API_KEY=6c9d435f-2be2-f56f-932d-e517c0a4416c',
        'collect2_secret: "48db4f69-39a5-6ce5-674b-3c522e454c04"',
      ],
      negative: [
        'COLLECT2_API_KEY=6c9d435f-2be2-f56f',
        'COLLECT2_API_URL=https://api.collect2.com/v1/',
        'COLLECT2_ACCOUNT_ID=6c9d435f-2be2-f56f-932d-e517c0a4416c',
        'collect2_api_key: "<your-collect2-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'courier-api-key',
    description: 'Courier API key',
    names: ['courier'],
    value: String.raw`pk_[A-Za-z0-9]+_[A-Za-z0-9]{28}`,
    severity: 'high',
    samples: {
      positive: [
        'COURIER_API_KEY=pk_CS5c6DviwnBvKuCR4UgBoNBWQw2ZUJeaajMsxUrnQRVpd4l4o6gnR08pT_hmxEd2WD2b53eG84z1quBH4BFF2M',
        'courier_secret: "pk_3oY_812alPRxwOTFBNLDI9nCihF8OMAR"',
      ],
      negative: [
        'COURIER_API_KEY=pk_CS5c6DviwnBvKuCR4UgBoNBWQw2ZUJeaajMsxUrnQ',
        'COURIER_API_URL=https://api.courier.com/v1/',
        'COURIER_ACCOUNT_ID=pk_CS5c6DviwnBvKuCR4UgBoNBWQw2ZUJeaajMsxUrnQRVpd4l4o6gnR08pT_hmxEd2WD2b53eG84z1quBH4BFF2M',
        'courier_api_key: "<your-courier-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'd7network-api-token',
    description: 'D7 Networks API token',
    names: ['d7network'],
    value: String.raw`[A-Za-z0-9+/=]{23}=`,
    severity: 'high',
    samples: {
      positive: [
        'D7NETWORK_API_KEY=Nja4IumB3AVIu6hb3VuYsMH=',
        'd7network_secret: "EOyZ+QfGLq9El2UNnCtl=Uc="',
      ],
      negative: [
        'D7NETWORK_API_KEY=Nja4IumB3AVI',
        'D7NETWORK_API_URL=https://api.d7network.com/v1/',
        'D7NETWORK_ACCOUNT_ID=Nja4IumB3AVIu6hb3VuYsMH=',
        'd7network_api_key: "<your-d7network-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'debounce-api-key',
    description: 'DeBounce API key',
    names: ['debounce'],
    value: alnum(13),
    severity: 'high',
    samples: {
      positive: ['DEBOUNCE_API_KEY=nT0xeDxXaaJtd', 'debounce_secret: "fvbHfJD4BXy8j"'],
      negative: [
        'DEBOUNCE_API_KEY=nT0xeD',
        'DEBOUNCE_API_URL=https://api.debounce.com/v1/',
        'DEBOUNCE_ACCOUNT_ID=nT0xeDxXaaJtd',
        'debounce_api_key: "<your-debounce-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'delighted-api-key',
    description: 'Delighted API key',
    names: ['delighted'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'DELIGHTED_API_KEY=ZrkbdP5wyXBb2WDBxBCT2LHbiaEwzNlm',
        'delighted_secret: "uHkSHAhRokfdEleYlUdvoWTexSPHB1oW"',
      ],
      negative: [
        'DELIGHTED_API_KEY=ZrkbdP5wyXBb2WDB',
        'DELIGHTED_API_URL=https://api.delighted.com/v1/',
        'DELIGHTED_ACCOUNT_ID=ZrkbdP5wyXBb2WDBxBCT2LHbiaEwzNlm',
        'delighted_api_key: "<your-delighted-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'elasticemail-api-key',
    description: 'Elastic Email API key',
    names: ['elastic', 'elasticemail', 'elastic_email', 'elastic-email'],
    value: String.raw`[A-Za-z0-9_-]{96}`,
    severity: 'high',
    samples: {
      positive: [
        'ELASTIC_API_KEY=1cozdxy9ngg7whdK0qIXAM6YRhLWriC6152pgWjTjRCS0SrytlpkFyXJC9BsMNN5CjuSPnvbT4WOjIcZdntsX4kVhSm53FXQ',
        'elastic_secret: "dYuwvP7bAjqF8fuPr8RSc8ycB2SdfA5uJCu-qMJKIBpbjIoHPhSsKdvYUxC4ojBUDLg4AIUok6ZaQMWSK50Pz92Q-xWy2A3P"',
      ],
      negative: [
        'ELASTIC_API_KEY=1cozdxy9ngg7whdK0qIXAM6YRhLWriC6152pgWjTjRCS0Sry',
        'ELASTIC_API_URL=https://api.elastic.com/v1/',
        'ELASTIC_ACCOUNT_ID=1cozdxy9ngg7whdK0qIXAM6YRhLWriC6152pgWjTjRCS0SrytlpkFyXJC9BsMNN5CjuSPnvbT4WOjIcZdntsX4kVhSm53FXQ',
        'elastic_api_key: "<your-elastic-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'eventbrite-api-token',
    description: 'Eventbrite private token',
    names: ['eventbrite'],
    value: alnum(20),
    severity: 'high',
    samples: {
      positive: ['EVENTBRITE_API_KEY=X5CPN3ZBWK5O3TWJ5T9I', 'eventbrite_secret: "5YKDBGAU8JIM61FRRQAM"'],
      negative: [
        'EVENTBRITE_API_KEY=X5CPN3ZBWK',
        'EVENTBRITE_API_URL=https://api.eventbrite.com/v1/',
        'EVENTBRITE_ACCOUNT_ID=X5CPN3ZBWK5O3TWJ5T9I',
        'eventbrite_api_key: "<your-eventbrite-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'everhour-api-key',
    description: 'Everhour API key',
    names: ['everhour'],
    value: String.raw`[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{8}`,
    severity: 'high',
    samples: {
      positive: [
        'EVERHOUR_API_KEY=ee10-047c-c1a952-a1e694-8345e579',
        'everhour_secret: "1ac8-200b-c69ffe-8d059b-9926e4fa"',
      ],
      negative: [
        'EVERHOUR_API_KEY=ee10-047c-c1a952',
        'EVERHOUR_API_URL=https://api.everhour.com/v1/',
        'everhour_api_key: "<your-everhour-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'feedier-api-key',
    description: 'Feedier API key',
    names: ['feedier'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'FEEDIER_API_KEY=jm2grKEgyYYOPsTZRdCRsHBahY06COKs',
        'feedier_secret: "bXSqiBSXTneMjEbO1zvWMWFd65P4YBWG"',
      ],
      negative: [
        'FEEDIER_API_KEY=jm2grKEgyYYOPsTZ',
        'FEEDIER_API_URL=https://api.feedier.com/v1/',
        'FEEDIER_ACCOUNT_ID=jm2grKEgyYYOPsTZRdCRsHBahY06COKs',
        'feedier_api_key: "<your-feedier-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'float-api-key',
    description: 'Float API key',
    names: ['float'],
    value: String.raw`[a-f0-9]{16}[A-Za-z0-9+/]{42,43}=`,
    severity: 'high',
    samples: {
      positive: [
        'FLOAT_API_KEY=eb876321eb38cef0YFWcnbiHidd0O7OuzuTju0bhGyvO4SeybIDHe5AdtiG=',
        'float_secret: "72e62d92aa18d93cFa2pLumQ8Wqx+uEaJzuFeyH+phBxrPWg/B44AGiRUW="',
      ],
      negative: [
        'FLOAT_API_KEY=eb876321eb38cef0YFWcnbiHidd0O7',
        'FLOAT_API_URL=https://api.float.com/v1/',
        'FLOAT_ACCOUNT_ID=eb876321eb38cef0YFWcnbiHidd0O7OuzuTju0bhGyvO4SeybIDHe5AdtiG=',
        'float_api_key: "<your-float-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'formbucket-api-key',
    description: 'FormBucket API key',
    names: ['formbucket'],
    value: String.raw`[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}`,
    severity: 'high',
    samples: {
      positive: [
        'FORMBUCKET_API_KEY=JzeB8ngJZxJ1tD2CY-4C10uCTvgxbK067iwgqE9itqcX.62MxxiIEy-N.aYMpUagfo5mIH-RvRuIKWzcasGfEfYn4AsOxUYHzM0f_Cmt5d4bgdVz',
        'formbucket_secret: "5v8XltR0Yx3iSKgghM1xBrR5cheDwbS_wZseNresF2WiY.acVx5lbed.a6vRkSwqYrkvFNIz6LEQF6dc0CNLYTf9zx51elKyTHnGxs1BSJFriRw6EfElh5"',
      ],
      negative: [
        'FORMBUCKET_API_KEY=JzeB8ngJZxJ1tD2CY-4C10uCTvgxbK067iwgqE9itqcX.62MxxiIEy-N',
        'FORMBUCKET_API_URL=https://api.formbucket.com/v1/',
        'FORMBUCKET_ACCOUNT_ID=JzeB8ngJZxJ1tD2CY-4C10uCTvgxbK067iwgqE9itqcX.62MxxiIEy-N.aYMpUagfo5mIH-RvRuIKWzcasGfEfYn4AsOxUYHzM0f_Cmt5d4bgdVz',
        'formbucket_api_key: "<your-formbucket-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'formcraft-api-key',
    description: 'FormCraft API key',
    names: ['formcraft'],
    value: alnum(16),
    severity: 'high',
    samples: {
      positive: ['FORMCRAFT_API_KEY=e6ubbq1veivbmo2w', 'formcraft_secret: "0b58xjozsonb9hi0"'],
      negative: [
        'FORMCRAFT_API_KEY=e6ubbq1v',
        'FORMCRAFT_API_URL=https://api.formcraft.com/v1/',
        'FORMCRAFT_ACCOUNT_ID=e6ubbq1veivbmo2w',
        'formcraft_api_key: "<your-formcraft-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'formio-api-key',
    description: 'Form.io API key',
    names: ['formio'],
    value: String.raw`eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{100,}\.[A-Za-z0-9_-]{43}`,
    severity: 'high',
    samples: {
      positive: [
        'FORMIO_API_KEY=eyJj6O2B8g0JBaVb.5cpLpJ_bq6tA1LoSu8Oo3MBpEyg2ZI0Wg9ME5ljjyY-vtXg9QGpk_0K7QKwR43QkYwkQ0n2P4CMzA1rhJzKs5i7VurtlAyNPkS7L4pAF0joS1dL78nLvpfngY0S8NW5Tw7KNcHY-XP5UqnfIlRNlGl5bhOvN.gxSkTAdOhnrteNr2uLAoEWlunuB2vFzPqw5QBIOyPLM',
        'formio_secret: "eyJPgY7rUzclPAgT4A.eKCSLaUWmA6zh94nZekAh61uy8Kge1QeF4CaE2Imq2rSWM2sNkUwNr5YdUOGVoVOEVmyCsLOqYRSQYdcmyb2R0P7rubLSs9jUCG4rYLKi6p6DKSWakshRcnlgDSFRrXJe9EidjFZgVb6hf6-DA9J9gLXS.sjCpZ2apSPwZODrBWrXTQP6Y6xdj10xlfXxp08sS3TY"',
      ],
      negative: [
        'FORMIO_API_KEY=eyJj6O2B8g0JBaVb.5cpLpJ_bq6tA1LoSu8Oo3MBpEyg2ZI0Wg9ME5ljjyY-vtXg9QGpk_0K7QKwR43QkYwkQ0n2P4CMzA1rhJzKs5i7Vurt',
        'FORMIO_API_URL=https://api.formio.com/v1/',
        'FORMIO_ACCOUNT_ID=eyJj6O2B8g0JBaVb.5cpLpJ_bq6tA1LoSu8Oo3MBpEyg2ZI0Wg9ME5ljjyY-vtXg9QGpk_0K7QKwR43QkYwkQ0n2P4CMzA1rhJzKs5i7VurtlAyNPkS7L4pAF0joS1dL78nLvpfngY0S8NW5Tw7KNcHY-XP5UqnfIlRNlGl5bhOvN.gxSkTAdOhnrteNr2uLAoEWlunuB2vFzPqw5QBIOyPLM',
        'formio_api_key: "<your-formio-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'front-api-token',
    description: 'Front API token',
    names: ['front'],
    value: String.raw`[A-Za-z0-9]{36}\.[A-Za-z0-9._-]{188,244}`,
    severity: 'high',
    samples: {
      positive: [
        'FRONT_API_KEY=K5xg5GvsGUkOWpZpwRxhArdxKlDlNEhD0gFt.J3i7a3ewjmbsbDbFXr_lLgTIpGZRmhM-uiQcCNRs32PpNVtAUOwUayNp5qU2bHke48jSO1iSphKIUB7T.41p-m24JukpV5u6HVFA_xgvk9yIXxHR8JCEwG2scCEcvYp8XmeON.hyN.KIvX5EhyNWrl7b2QP5RN7tBtOXHKFEeQ-Z0.mDOsJv-EExjyGkG8FBblDKNnflYdH4.j3Hwj9CWdAu26gcu5Zsj8nCUI4o-J9hw',
        'front_secret: "KGJZSZWxkKLVhxTi7sl50Fbo4ka6V4YjZfHj.uhvtlvma8buK969gqgFqB8sxB6PdGxUtlMqF.bXTS6hRDWbGVIjT-I-QkbypC29C_VnXEVwes8h-LFg1crhM-LjWaPSuS1Tx.tDGjl4iHIdsZ-Fy8e8x.8j2.vkBXqYyuYdeXkMKYgOA7ztNz8BsZRrIZDUcpMP50BKjd5HY2dFU1KP0GBcZfNibYfd3c6ybof4xHs1Zi3-XLtInoZZ8u1Pnh"',
      ],
      negative: [
        'FRONT_API_KEY=K5xg5GvsGUkOWpZpwRxhArdxKlDlNEhD0gFt.J3i7a3ewjmbsbDbFXr_lLgTIpGZRmhM-uiQcCNRs32PpNVtAUOwUayNp5qU2bHke48jSO1iSphKIUB7T.41p-m24JukpV5u6HVFA',
        'FRONT_API_URL=https://api.front.com/v1/',
        'FRONT_ACCOUNT_ID=K5xg5GvsGUkOWpZpwRxhArdxKlDlNEhD0gFt.J3i7a3ewjmbsbDbFXr_lLgTIpGZRmhM-uiQcCNRs32PpNVtAUOwUayNp5qU2bHke48jSO1iSphKIUB7T.41p-m24JukpV5u6HVFA_xgvk9yIXxHR8JCEwG2scCEcvYp8XmeON.hyN.KIvX5EhyNWrl7b2QP5RN7tBtOXHKFEeQ-Z0.mDOsJv-EExjyGkG8FBblDKNnflYdH4.j3Hwj9CWdAu26gcu5Zsj8nCUI4o-J9hw',
        'front_api_key: "<your-front-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'getemail-api-key',
    description: 'GetEmail.io API key',
    names: ['getemail'],
    value: String.raw`[A-Za-z0-9-]{20}`,
    severity: 'high',
    samples: {
      positive: ['GETEMAIL_API_KEY=23MvbdTFoKtNnqAVH5Vl', 'getemail_secret: "DCJkbMe7EXvtjCEr15we"'],
      negative: [
        'GETEMAIL_API_KEY=23MvbdTFoK',
        'GETEMAIL_API_URL=https://api.getemail.com/v1/',
        'GETEMAIL_ACCOUNT_ID=23MvbdTFoKtNnqAVH5Vl',
        'getemail_api_key: "<your-getemail-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'getresponse-api-key',
    description: 'GetResponse API key',
    names: ['getresponse'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'GETRESPONSE_API_KEY=x2cvr32out6v1ul5i71c2b5zasbj68v4',
        'getresponse_secret: "is9ifwyjv9rri2ilcc9xqig8ftzjamjs"',
      ],
      negative: [
        'GETRESPONSE_API_KEY=x2cvr32out6v1ul5',
        'GETRESPONSE_API_URL=https://api.getresponse.com/v1/',
        'GETRESPONSE_ACCOUNT_ID=x2cvr32out6v1ul5i71c2b5zasbj68v4',
        'getresponse_api_key: "<your-getresponse-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'goodday-api-token',
    description: 'GoodDay API token',
    names: ['goodday'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'GOODDAY_API_KEY=nepy19mksqqihxdcliw9n8vqopg4tw8p',
        'goodday_secret: "fc2c01k5n38pbm6mfyaoetzje50e7oxn"',
      ],
      negative: [
        'GOODDAY_API_KEY=nepy19mksqqihxdc',
        'GOODDAY_API_URL=https://api.goodday.com/v1/',
        'GOODDAY_ACCOUNT_ID=nepy19mksqqihxdcliw9n8vqopg4tw8p',
        'goodday_api_key: "<your-goodday-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'groovehq-api-token',
    description: 'Groove API token',
    names: ['groovehq'],
    value: alnum(64),
    severity: 'high',
    samples: {
      positive: [
        'GROOVEHQ_API_KEY=5IFzRv6PbtUqDFXNKqxzEfPYyVcEMYIQ7CZl4WxehFQWbCsN4uQvlKr35IdQ6sFZ',
        'groovehq_secret: "486nnTUDjRuxcKDkkw4j6IBCV6lUNCvPuKxUEkQt4FyHfmDV9T6oB3tfov74XFTy"',
      ],
      negative: [
        'GROOVEHQ_API_KEY=5IFzRv6PbtUqDFXNKqxzEfPYyVcEMYIQ',
        'GROOVEHQ_API_URL=https://api.groovehq.com/v1/',
        'groovehq_api_key: "<your-groovehq-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'helpcrunch-api-key',
    description: 'HelpCrunch API key',
    names: ['helpcrunch'],
    value: String.raw`[A-Za-z0-9+/=]{328}`,
    severity: 'high',
    samples: {
      positive: [
        'HELPCRUNCH_API_KEY=54e2UHb8IjlkzAwH2DyrCw=/YfZuZYsqqUkD8TG3aor6UytsWqkPyrwTAbjd3TkX1zIweaDLFvuu0Z/RMpXCOz8UvDoeo9QGMP3DakNOk1c+zElI1bkWEKmkbZhk1B+P8zc8MRAHE4sQ8DT132B9ZlZVmFOe+7dmCQhHmTq9mpSWeTNlZYvPz8gRB91iGiJe9rDHHXpf57yLDd2WLG4TTZQzTDU3VhDGC/VBQBHGN7sJtprTZWd8lWBhp8WrqHeebThVbsePRqkqvAUEKmEguMDa0EsjcpmdDT1GlXo2NYbkKoz5tmMPz0T5ON+gOomTVjGXKYza',
        'helpcrunch_secret: "fsqK+SYnZfbUoQhOy5+Ff5wJXWU=FmDJqAnjv9cooljEsbyBcEg7YEyDAy6XMZOBY=Uo4bzH047AbHvFa+p3QoVnlw5OfLI/uYYlFCEe2d5s8bjAUwJsKTkonmY+JLmW8cddrLvfxZUECJrTwPQJZpCw=Lbw+5=Vi1IgUCdCndeA6hXkkHkIQaiT4dU/s=cRPGYFc5o/p42clgL7NIeUMEHvBhuE+bBNEWX6XxFtenY9m3IjkRb1etD5fyXmTtlnYz9u4yML7WeepORxqTatMbwCWH/J9Rdd9PuiUvpAb2C0TqQSF/eEciQoC=31BtVoCUezIGtk"',
      ],
      negative: [
        'HELPCRUNCH_API_KEY=54e2UHb8IjlkzAwH2DyrCw=/YfZuZYsqqUkD8TG3aor6UytsWqkPyrwTAbjd3TkX1zIweaDLFvuu0Z/RMpXCOz8UvDoeo9QGMP3DakNOk1c+zElI1bkWEKmkbZhk1B+P8zc8MRAHE4sQ8DT132B9ZlZVmFOe+7dmCQhH',
        'HELPCRUNCH_API_URL=https://api.helpcrunch.com/v1/',
        'HELPCRUNCH_ACCOUNT_ID=54e2UHb8IjlkzAwH2DyrCw=/YfZuZYsqqUkD8TG3aor6UytsWqkPyrwTAbjd3TkX1zIweaDLFvuu0Z/RMpXCOz8UvDoeo9QGMP3DakNOk1c+zElI1bkWEKmkbZhk1B+P8zc8MRAHE4sQ8DT132B9ZlZVmFOe+7dmCQhHmTq9mpSWeTNlZYvPz8gRB91iGiJe9rDHHXpf57yLDd2WLG4TTZQzTDU3VhDGC/VBQBHGN7sJtprTZWd8lWBhp8WrqHeebThVbsePRqkqvAUEKmEguMDa0EsjcpmdDT1GlXo2NYbkKoz5tmMPz0T5ON+gOomTVjGXKYza',
        'helpcrunch_api_key: "<your-helpcrunch-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'helpscout-api-key',
    description: 'Help Scout API key',
    names: ['helpscout'],
    value: alnum(40),
    severity: 'high',
    samples: {
      positive: [
        'HELPSCOUT_API_KEY=llqrwb88yf7b7rb3quja1c6duual6ueq1hhkopn4',
        'helpscout_secret: "nwq6c6s0u0jeex7holnlw893gnt331bygqlruu4b"',
      ],
      negative: [
        'HELPSCOUT_API_KEY=llqrwb88yf7b7rb3quja',
        'HELPSCOUT_API_URL=https://api.helpscout.com/v1/',
        'HELPSCOUT_ACCOUNT_ID=llqrwb88yf7b7rb3quja1c6duual6ueq1hhkopn4',
        'helpscout_api_key: "<your-helpscout-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'impala-api-key',
    description: 'Impala API key',
    names: ['impala'],
    value: String.raw`[A-Za-z0-9_]{46}`,
    severity: 'high',
    samples: {
      positive: [
        'IMPALA_API_KEY=Tw7NxOd3Yr2VOYj01eqXqKc14Ox7QQGEWFDrTIaXkCpM2h',
        'impala_secret: "W1GJGB6wf3lsmAA8n01ceBhCHBzzAluQo71ogHViSHNU3Z"',
      ],
      negative: [
        'IMPALA_API_KEY=Tw7NxOd3Yr2VOYj01eqXqKc',
        'IMPALA_API_URL=https://api.impala.com/v1/',
        'IMPALA_ACCOUNT_ID=Tw7NxOd3Yr2VOYj01eqXqKc14Ox7QQGEWFDrTIaXkCpM2h',
        'impala_api_key: "<your-impala-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'insightly-api-key',
    description: 'Insightly API key',
    names: ['insightly'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    severity: 'high',
    samples: {
      positive: [
        'INSIGHTLY_API_KEY=kd0935ve-f67j-vmjx-v1ss-t0m0xe9lpwda',
        'insightly_secret: "zxjom3yu-2225-1mf3-7nfa-0zb6icnglqj8"',
      ],
      negative: [
        'INSIGHTLY_API_KEY=kd0935ve-f67j-vmjx',
        'INSIGHTLY_API_URL=https://api.insightly.com/v1/',
        'INSIGHTLY_ACCOUNT_ID=kd0935ve-f67j-vmjx-v1ss-t0m0xe9lpwda',
        'insightly_api_key: "<your-insightly-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'instabot-api-key',
    description: 'Instabot API key',
    names: ['instabot'],
    value: String.raw`[A-Za-z0-9+/=]{44}`,
    severity: 'high',
    samples: {
      positive: [
        'INSTABOT_API_KEY=yneO9F+K6JhAzpS3FrIbNZZhtCAcbJsdj73mGw1syuLC',
        'instabot_secret: "kXAS3RUVlbQR6vFgQPCA9W=iakvQx96AG9SNJqaYWNCU"',
      ],
      negative: [
        'INSTABOT_API_KEY=yneO9F+K6JhAzpS3FrIbNZ',
        'INSTABOT_API_URL=https://api.instabot.com/v1/',
        'INSTABOT_ACCOUNT_ID=yneO9F+K6JhAzpS3FrIbNZZhtCAcbJsdj73mGw1syuLC',
        'instabot_api_key: "<your-instabot-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'interseller-api-key',
    description: 'Interseller API key',
    names: ['interseller'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'INTERSELLER_API_KEY=90b5603f-7e7b-2a82-6d10-407357617122',
        'interseller_secret: "7d6a83dc-8623-6c4a-a59e-f169374b6b05"',
      ],
      negative: [
        'INTERSELLER_API_KEY=90b5603f-7e7b-2a82',
        'INTERSELLER_API_URL=https://api.interseller.com/v1/',
        'INTERSELLER_ACCOUNT_ID=90b5603f-7e7b-2a82-6d10-407357617122',
        'interseller_api_key: "<your-interseller-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'juro-api-key',
    description: 'Juro API key',
    names: ['juro'],
    value: alnum(40),
    severity: 'high',
    samples: {
      positive: [
        'JURO_API_KEY=UOpc1Zu7STOKlGsK41Ds8tbCuOEsr8Nffl1j8Yga',
        'juro_secret: "cWESL0pVZrTPryo1qMGpediIyp4MGbj4PF021ahh"',
      ],
      negative: [
        'JURO_API_KEY=UOpc1Zu7STOKlGsK41Ds',
        'JURO_API_URL=https://api.juro.com/v1/',
        'JURO_ACCOUNT_ID=UOpc1Zu7STOKlGsK41Ds8tbCuOEsr8Nffl1j8Yga',
        'juro_api_key: "<your-juro-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'karmacrm-api-key',
    description: 'karmaCRM API key',
    names: ['karma', 'karmacrm', 'karma_crm', 'karma-crm'],
    value: alnum(20),
    severity: 'high',
    samples: {
      positive: ['KARMA_API_KEY=6XwpeC1MlF2T4uTdovO5', 'karma_secret: "OyEnABG8wJ8YFyiSqmPF"'],
      negative: [
        'KARMA_API_KEY=6XwpeC1MlF',
        'KARMA_API_URL=https://api.karma.com/v1/',
        'KARMA_ACCOUNT_ID=6XwpeC1MlF2T4uTdovO5',
        'karma_api_key: "<your-karma-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'kickbox-api-key',
    description: 'Kickbox API key',
    names: ['kickbox'],
    value: String.raw`(?:live|test)_[A-Za-z0-9]{64}`,
    severity: 'high',
    samples: {
      positive: [
        'KICKBOX_API_KEY=live_fel4nWqjn2S2viHhwxNvZEyIh5s9ioqydnvqOdPANtQDei71kKgls4kyEX1PsRjy',
        'kickbox_secret: "live_mPS1mnqjEDWnyS0uRtBl6nQv7U30YuF9yJIYcfjezugOr8Ru4nM6cENbQlLANyPo"',
      ],
      negative: [
        'KICKBOX_API_KEY=live_fel4nWqjn2S2viHhwxNvZEyIh5s9i',
        'KICKBOX_API_URL=https://api.kickbox.com/v1/',
        'KICKBOX_ACCOUNT_ID=live_fel4nWqjn2S2viHhwxNvZEyIh5s9ioqydnvqOdPANtQDei71kKgls4kyEX1PsRjy',
        'kickbox_api_key: "<your-kickbox-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'klaviyo-private-key',
    description: 'Klaviyo private API key',
    names: ['klaviyo'],
    value: String.raw`pk_[A-Za-z0-9]{34}`,
    severity: 'high',
    samples: {
      positive: [
        'KLAVIYO_API_KEY=pk_IZCOL9MVtLvEuEahnR0aV4KkP3WYJlitRs',
        'klaviyo_secret: "pk_9HuPoNyfqYQySLzXWWC3Y2ygGcESTKdAeq"',
      ],
      negative: [
        'KLAVIYO_API_KEY=pk_IZCOL9MVtLvEuEa',
        'KLAVIYO_API_URL=https://api.klaviyo.com/v1/',
        'KLAVIYO_ACCOUNT_ID=pk_IZCOL9MVtLvEuEahnR0aV4KkP3WYJlitRs',
        'klaviyo_api_key: "<your-klaviyo-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'kylas-api-key',
    description: 'Kylas API key',
    names: ['kylas'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    severity: 'high',
    samples: {
      positive: [
        'KYLAS_API_KEY=ou45joad-atq5-pvww-cchs-kbuok0fb6syl',
        'kylas_secret: "bi304dhp-lg3o-e2r9-5liv-o2b6xdph2hhn"',
      ],
      negative: [
        'KYLAS_API_KEY=ou45joad-atq5-pvww',
        'KYLAS_API_URL=https://api.kylas.com/v1/',
        'KYLAS_ACCOUNT_ID=ou45joad-atq5-pvww-cchs-kbuok0fb6syl',
        'kylas_api_key: "<your-kylas-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'leadfeeder-api-key',
    description: 'Leadfeeder API key',
    names: ['leadfeeder'],
    value: String.raw`[A-Za-z0-9-]{43}`,
    severity: 'high',
    samples: {
      positive: [
        'LEADFEEDER_API_KEY=5B3JosOYiJ3qasI2hYjYpqOR37UEvXhz67ubTFwVLbm',
        'leadfeeder_secret: "T1ndbzPgXLtsuMMFESoeArJnG6lkVXxDjjo0yDfPvSL"',
      ],
      negative: [
        'LEADFEEDER_API_KEY=5B3JosOYiJ3qasI2hYjYp',
        'LEADFEEDER_API_URL=https://api.leadfeeder.com/v1/',
        'LEADFEEDER_ACCOUNT_ID=5B3JosOYiJ3qasI2hYjYpqOR37UEvXhz67ubTFwVLbm',
        'leadfeeder_api_key: "<your-leadfeeder-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'lemlist-api-key',
    description: 'lemlist API key',
    names: ['lemlist'],
    value: hex(32),
    severity: 'high',
    samples: {
      positive: [
        'LEMLIST_API_KEY=d0330be494dc63ba1b2710998d3f086b',
        'lemlist_secret: "0d47f98b735d6e05786917f96b60c392"',
      ],
      negative: [
        'LEMLIST_API_KEY=d0330be494dc63ba',
        'LEMLIST_API_URL=https://api.lemlist.com/v1/',
        'LEMLIST_ACCOUNT_ID=d0330be494dc63ba1b2710998d3f086b',
        'lemlist_api_key: "<your-lemlist-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'lessannoyingcrm-api-key',
    description: 'Less Annoying CRM API key',
    names: ['lessannoyingcrm', 'less_api', 'less-api'],
    value: String.raw`[A-Za-z0-9-]{57}`,
    severity: 'high',
    samples: {
      positive: [
        'LESSANNOYINGCRM_API_KEY=YiuaWN24F2oEFM4cbwddwwneW0gHtJ-fSeN4QqC-lH0kOCejZbRGm--4y',
        'lessannoyingcrm_secret: "h4AIQs5f8AqH3iYLOftjlnCmL1Pqyy4Rf6ox89RZR6YD-PajzKpykRLFh"',
      ],
      negative: [
        'LESSANNOYINGCRM_API_KEY=YiuaWN24F2oEFM4cbwddwwneW0gH',
        'LESSANNOYINGCRM_API_URL=https://api.lessannoyingcrm.com/v1/',
        'LESSANNOYINGCRM_ACCOUNT_ID=YiuaWN24F2oEFM4cbwddwwneW0gHtJ-fSeN4QqC-lH0kOCejZbRGm--4y',
        'lessannoyingcrm_api_key: "<your-lessannoyingcrm-api-key>"',
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
    id: 'loginradius-api-key',
    description: 'LoginRadius API key',
    names: ['loginradius'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'LOGINRADIUS_API_KEY=4a85bb28-6669-8723-1d79-fb1fb6b6e47d',
        'loginradius_secret: "57286aa5-b739-7538-8db3-afa0e0fdba9a"',
      ],
      negative: [
        'LOGINRADIUS_API_KEY=4a85bb28-6669-8723',
        'LOGINRADIUS_API_URL=https://api.loginradius.com/v1/',
        'LOGINRADIUS_ACCOUNT_ID=4a85bb28-6669-8723-1d79-fb1fb6b6e47d',
        'loginradius_api_key: "<your-loginradius-api-key>"',
      ],
    },
  }),
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
];
