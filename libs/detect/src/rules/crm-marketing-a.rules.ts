import type { Rule } from '../rule.types';

// CRM, marketing, messaging, forms and customer support:
// keys without a distinctive prefix, recognised by the provider's name in the key name
// right before the value (`<provider>[...](secret|private|access|key|token)[...] = <value>`) and
// by the value's documented shape (alphabet and length). Hence confidence 'medium'.
export const crmMarketingRulesA: Rule[] = [
  {
    id: 'apifonica-api-key',
    description: 'Apifonica API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['apifonica'],
    pattern:
      /(?<![A-Za-z0-9])(?:apifonica)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'apollo-io-api-key',
    description: 'Apollo.io API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['apollo'],
    pattern:
      /(?<![A-Za-z0-9])(?:apollo)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{22})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['APOLLO_API_KEY=QySMH50cVSSiVJQ4xxpms8', 'apollo_secret: "HbJsCnKy92SNAXHvgaz4VY"'],
      negative: [
        'APOLLO_API_KEY=QySMH50cVSS',
        'APOLLO_API_URL=https://api.apollo.com/v1/',
        'APOLLO_ACCOUNT_ID=QySMH50cVSSiVJQ4xxpms8',
        'apollo_api_key: "<your-apollo-api-key>"',
      ],
    },
  },
  {
    id: 'appfollow-api-token',
    description: 'AppFollow API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['appfollow'],
    pattern:
      /(?<![A-Za-z0-9])(?:appfollow)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{30,})(?![A-Za-z0-9_-])/i,
    entropy: 3,
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
  },
  {
    id: 'appointedd-api-key',
    description: 'Appointedd API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['appointedd'],
    pattern:
      /(?<![A-Za-z0-9])(?:appointedd)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9+/]{86,87}={1,2})(?![A-Za-z0-9+/=])/i,
    entropy: 3,
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
  },
  {
    id: 'asana-legacy-api-key',
    description: 'Asana legacy API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['asana'],
    pattern:
      /(?<![A-Za-z0-9])(?:asana)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32,40})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'axonaut-api-key',
    description: 'Axonaut API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['axonaut'],
    pattern:
      /(?<![A-Za-z0-9])(?:axonaut)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'ayrshare-api-key',
    description: 'Ayrshare API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ayrshare'],
    pattern:
      /(?<![A-Za-z0-9])(?:ayrshare)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'beebole-api-token',
    description: 'Beebole API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['beebole'],
    pattern:
      /(?<![A-Za-z0-9])(?:beebole)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'besnappy-api-key',
    description: 'BeSnappy API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['besnappy'],
    pattern:
      /(?<![A-Za-z0-9])(?:besnappy)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'bulbul-api-key',
    description: 'Bulbul API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['bulbul'],
    pattern:
      /(?<![A-Za-z0-9])(?:bulbul)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'campayn-api-key',
    description: 'Campayn API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['campayn'],
    pattern:
      /(?<![A-Za-z0-9])(?:campayn)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'canny-api-key',
    description: 'Canny API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['canny'],
    pattern:
      /(?<![A-Za-z0-9])(?:canny(?:[_ .-]?io)?)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'capsulecrm-api-token',
    description: 'Capsule CRM API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['capsulecrm'],
    pattern:
      /(?<![A-Za-z0-9])(?:capsulecrm)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9._+=-]{64})(?![A-Za-z0-9_+/=-])/i,
    entropy: 3,
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
  },
  {
    id: 'centralstationcrm-api-key',
    description: 'CentralStationCRM API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['centralstationcrm'],
    pattern:
      /(?<![A-Za-z0-9])(?:centralstationcrm)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{30})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'chatfuel-api-token',
    description: 'Chatfuel API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['chatfuel'],
    pattern:
      /(?<![A-Za-z0-9])(?:chatfuel)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{128})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'cliengo-api-key',
    description: 'Cliengo API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cliengo'],
    pattern:
      /(?<![A-Za-z0-9])(?:cliengo)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'clockify-api-key',
    description: 'Clockify API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['clockify'],
    pattern:
      /(?<![A-Za-z0-9])(?:clockify)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{48})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'clustdoc-api-token',
    description: 'Clustdoc API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['clustdoc'],
    pattern:
      /(?<![A-Za-z0-9])(?:clustdoc)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{60})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'collect2-api-key',
    description: 'Collect2 API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['collect2'],
    pattern:
      /(?<![A-Za-z0-9])(?:collect2)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'courier-api-key',
    description: 'Courier API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['courier'],
    pattern:
      /(?<![A-Za-z0-9])(?:courier)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(pk_[A-Za-z0-9]+_[A-Za-z0-9]{28})(?![A-Za-z0-9_+/=])/i,
    entropy: 3,
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
  },
  {
    id: 'd7network-api-token',
    description: 'D7 Networks API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['d7network'],
    pattern:
      /(?<![A-Za-z0-9])(?:d7network)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9+/=]{23}=)(?![A-Za-z0-9+/=])/i,
    entropy: 3,
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
  },
  {
    id: 'debounce-api-key',
    description: 'DeBounce API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['debounce'],
    pattern:
      /(?<![A-Za-z0-9])(?:debounce)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{13})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['DEBOUNCE_API_KEY=nT0xeDxXaaJtd', 'debounce_secret: "fvbHfJD4BXy8j"'],
      negative: [
        'DEBOUNCE_API_KEY=nT0xeD',
        'DEBOUNCE_API_URL=https://api.debounce.com/v1/',
        'DEBOUNCE_ACCOUNT_ID=nT0xeDxXaaJtd',
        'debounce_api_key: "<your-debounce-api-key>"',
      ],
    },
  },
  {
    id: 'delighted-api-key',
    description: 'Delighted API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['delighted'],
    pattern:
      /(?<![A-Za-z0-9])(?:delighted)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'elasticemail-api-key',
    description: 'Elastic Email API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['elastic'],
    pattern:
      /(?<![A-Za-z0-9])(?:elastic(?:[_ .-]?email)?)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{96})(?![A-Za-z0-9_-])/i,
    entropy: 3,
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
  },
  {
    id: 'eventbrite-api-token',
    description: 'Eventbrite private token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['eventbrite'],
    pattern:
      /(?<![A-Za-z0-9])(?:eventbrite)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9]{20})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['EVENTBRITE_API_KEY=X5CPN3ZBWK5O3TWJ5T9I', 'eventbrite_secret: "5YKDBGAU8JIM61FRRQAM"'],
      negative: [
        'EVENTBRITE_API_KEY=X5CPN3ZBWK',
        'EVENTBRITE_API_URL=https://api.eventbrite.com/v1/',
        'EVENTBRITE_ACCOUNT_ID=X5CPN3ZBWK5O3TWJ5T9I',
        'eventbrite_api_key: "<your-eventbrite-api-key>"',
      ],
    },
  },
  {
    id: 'everhour-api-key',
    description: 'Everhour API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['everhour'],
    pattern:
      /(?<![A-Za-z0-9])(?:everhour)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{8})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'feedier-api-key',
    description: 'Feedier API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['feedier'],
    pattern:
      /(?<![A-Za-z0-9])(?:feedier)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'float-api-key',
    description: 'Float API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['float'],
    pattern:
      /(?<![A-Za-z0-9])(?:float)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{16}[A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/i,
    entropy: 3,
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
  },
  {
    id: 'formbucket-api-key',
    description: 'FormBucket API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['formbucket'],
    pattern:
      /(?<![A-Za-z0-9])(?:formbucket)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,})(?![A-Za-z0-9_-])/i,
    entropy: 3,
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
  },
  {
    id: 'formcraft-api-key',
    description: 'FormCraft API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['formcraft'],
    pattern:
      /(?<![A-Za-z0-9])(?:formcraft)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{16})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['FORMCRAFT_API_KEY=e6ubbq1veivbmo2w', 'formcraft_secret: "0b58xjozsonb9hi0"'],
      negative: [
        'FORMCRAFT_API_KEY=e6ubbq1v',
        'FORMCRAFT_API_URL=https://api.formcraft.com/v1/',
        'FORMCRAFT_ACCOUNT_ID=e6ubbq1veivbmo2w',
        'formcraft_api_key: "<your-formcraft-api-key>"',
      ],
    },
  },
  {
    id: 'formio-api-key',
    description: 'Form.io API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['formio'],
    pattern:
      /(?<![A-Za-z0-9])(?:formio)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{100,}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/i,
    entropy: 3,
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
  },
  {
    id: 'front-api-token',
    description: 'Front API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['front'],
    pattern:
      /(?<![A-Za-z0-9])(?:front)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{36}\.[A-Za-z0-9._-]{188,244})(?![A-Za-z0-9_-])/i,
    entropy: 3,
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
  },
  {
    id: 'getemail-api-key',
    description: 'GetEmail.io API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['getemail'],
    pattern:
      /(?<![A-Za-z0-9])(?:getemail)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{20})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: ['GETEMAIL_API_KEY=23MvbdTFoKtNnqAVH5Vl', 'getemail_secret: "DCJkbMe7EXvtjCEr15we"'],
      negative: [
        'GETEMAIL_API_KEY=23MvbdTFoK',
        'GETEMAIL_API_URL=https://api.getemail.com/v1/',
        'GETEMAIL_ACCOUNT_ID=23MvbdTFoKtNnqAVH5Vl',
        'getemail_api_key: "<your-getemail-api-key>"',
      ],
    },
  },
  {
    id: 'getresponse-api-key',
    description: 'GetResponse API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['getresponse'],
    pattern:
      /(?<![A-Za-z0-9])(?:getresponse)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'goodday-api-token',
    description: 'GoodDay API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['goodday'],
    pattern:
      /(?<![A-Za-z0-9])(?:goodday)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'groovehq-api-token',
    description: 'Groove API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['groovehq'],
    pattern:
      /(?<![A-Za-z0-9])(?:groovehq)[\w.\-/?&]{0,40}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'helpcrunch-api-key',
    description: 'HelpCrunch API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['helpcrunch'],
    pattern:
      /(?<![A-Za-z0-9])(?:helpcrunch)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9+/=]{328})(?![A-Za-z0-9+/=])/i,
    entropy: 3,
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
  },
  {
    id: 'helpscout-api-key',
    description: 'Help Scout API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['helpscout'],
    pattern:
      /(?<![A-Za-z0-9])(?:helpscout)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'impala-api-key',
    description: 'Impala API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['impala'],
    pattern:
      /(?<![A-Za-z0-9])(?:impala)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_]{46})(?![A-Za-z0-9_])/i,
    entropy: 3,
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
  },
  {
    id: 'insightly-api-key',
    description: 'Insightly API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['insightly'],
    pattern:
      /(?<![A-Za-z0-9])(?:insightly)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'instabot-api-key',
    description: 'Instabot API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['instabot'],
    pattern:
      /(?<![A-Za-z0-9])(?:instabot)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9+/=]{44})(?![A-Za-z0-9+/=])/i,
    entropy: 3,
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
  },
  {
    id: 'interseller-api-key',
    description: 'Interseller API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['interseller'],
    pattern:
      /(?<![A-Za-z0-9])(?:interseller)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'juro-api-key',
    description: 'Juro API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['juro'],
    pattern:
      /(?<![A-Za-z0-9])(?:juro)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'karmacrm-api-key',
    description: 'karmaCRM API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['karma'],
    pattern:
      /(?<![A-Za-z0-9])(?:karma(?:[_ .-]?crm)?)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{20})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['KARMA_API_KEY=6XwpeC1MlF2T4uTdovO5', 'karma_secret: "OyEnABG8wJ8YFyiSqmPF"'],
      negative: [
        'KARMA_API_KEY=6XwpeC1MlF',
        'KARMA_API_URL=https://api.karma.com/v1/',
        'KARMA_ACCOUNT_ID=6XwpeC1MlF2T4uTdovO5',
        'karma_api_key: "<your-karma-api-key>"',
      ],
    },
  },
  {
    id: 'kickbox-api-key',
    description: 'Kickbox API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['kickbox'],
    pattern:
      /(?<![A-Za-z0-9])(?:kickbox)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])((?:live|test)_[A-Za-z0-9]{64})(?![A-Za-z0-9_])/i,
    entropy: 3,
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
  },
  {
    id: 'klaviyo-private-key',
    description: 'Klaviyo private API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['klaviyo'],
    pattern:
      /(?<![A-Za-z0-9])(?:klaviyo)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(pk_[A-Za-z0-9]{34})(?![A-Za-z0-9_])/i,
    entropy: 3,
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
  },
  {
    id: 'kylas-api-key',
    description: 'Kylas API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['kylas'],
    pattern:
      /(?<![A-Za-z0-9])(?:kylas)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'leadfeeder-api-key',
    description: 'Leadfeeder API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['leadfeeder'],
    pattern:
      /(?<![A-Za-z0-9])(?:leadfeeder)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{43})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'lemlist-api-key',
    description: 'lemlist API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['lemlist'],
    pattern:
      /(?<![A-Za-z0-9])(?:lemlist)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
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
  },
  {
    id: 'lessannoyingcrm-api-key',
    description: 'Less Annoying CRM API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['lessannoyingcrm', 'less_', 'less-'],
    pattern:
      /(?<![A-Za-z0-9])(?:lessannoyingcrm|less(?=[_-](?:api|secret|key|token)))[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{57})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
  {
    id: 'loginradius-api-key',
    description: 'LoginRadius API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['loginradius'],
    pattern:
      /(?<![A-Za-z0-9])(?:loginradius)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
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
  },
];
