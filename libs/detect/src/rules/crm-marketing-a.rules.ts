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
        'APIFONICA_API_KEY=34t3q5zmo0z-wcb4-pkp5-72st-hjweghwbcvu1',
        'apifonica_secret: "b6wey7uayqo-pbn6-l8pw-pbha-5si20ypdhb5x"',
      ],
      negative: [
        'APIFONICA_API_KEY=34t3q5zmo0z-wcb4-pk',
        'APIFONICA_API_URL=https://api.apifonica.com/v1/',
        'APIFONICA_ACCOUNT_ID=34t3q5zmo0z-wcb4-pkp5-72st-hjweghwbcvu1',
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
      positive: ['APOLLO_API_KEY=eZEyPWweqkm0eTXcoqEpyD', 'apollo_secret: "56vNFx2a0ECioXjs3O21Dm"'],
      negative: [
        'APOLLO_API_KEY=eZEyPWweqkm',
        'APOLLO_API_URL=https://api.apollo.com/v1/',
        'APOLLO_ACCOUNT_ID=eZEyPWweqkm0eTXcoqEpyD',
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
        'APPFOLLOW_API_KEY=eyJa4QnsVISGJF4JlstDfB.m499n3yBO2gYtkWHSg7iGKyqcFZBmDaE5KEOeUKfrqDvQLDquLmpd1MlzM_412E3o6A4aPpiaUmQSKYCmTdeZtTsUp4vjqD2RC9.zwrTbTOy4IFKPG7igzzHgyNO-VzH5ioO',
        'appfollow_secret: "eyJ9PJ9qEBeAc3NlDJLj3vmAFnY0QS8n5fI67MG7Gd7kv7vwibO.2h6-pUPBHC-ck9IrjgJhJ5TAMkHljLkxbKOa8rldiBYVbzWT9tHbfTX.7H6Sl4R0u5i-BhFln9tTde8HCPvXWKfeocQ6AsNljU0IDyqfpfvYu7IeemslIaR510Y7qG8u1VYAYasUG8Xu3kfDIw"',
      ],
      negative: [
        'APPFOLLOW_API_KEY=eyJa4QnsVISGJF4JlstDfB.m499n3yBO2gYtkWHSg7iGKyqcFZBmDaE5KEOeUKfrqDvQLDquLmpd1',
        'APPFOLLOW_API_URL=https://api.appfollow.com/v1/',
        'APPFOLLOW_ACCOUNT_ID=eyJa4QnsVISGJF4JlstDfB.m499n3yBO2gYtkWHSg7iGKyqcFZBmDaE5KEOeUKfrqDvQLDquLmpd1MlzM_412E3o6A4aPpiaUmQSKYCmTdeZtTsUp4vjqD2RC9.zwrTbTOy4IFKPG7igzzHgyNO-VzH5ioO',
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
        'APPOINTEDD_API_KEY=5Bd93HKZRR5ADA1gXtL/6y3V5fwr7dCBHXDqNlRGWjFsn8KZ3+EqQnyQjG0GYyxmW6mPRk/CWa/T6VOdJzZASa==',
        'appointedd_secret: "KxRuTFsa5mHPAFDP9enZXmpDKbvICD8uW7svof/xn8E6lHrwh58laadZLaqtDyAFRqQ0g5Gv1AsVsjDD8Bw22s="',
      ],
      negative: [
        'APPOINTEDD_API_KEY=5Bd93HKZRR5ADA1gXtL/6y3V5fwr7dCBHXDqNlRGWjFs',
        'APPOINTEDD_API_URL=https://api.appointedd.com/v1/',
        'APPOINTEDD_ACCOUNT_ID=5Bd93HKZRR5ADA1gXtL/6y3V5fwr7dCBHXDqNlRGWjFsn8KZ3+EqQnyQjG0GYyxmW6mPRk/CWa/T6VOdJzZASa==',
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
        'ASANA_API_KEY=4m7gyaf3oassobfjvjf0kk98zltvgfvhr0wznm6x',
        'asana_secret: "ez8iold9z8mr0ytz19j7cfcpfp14xkdopkpr"',
      ],
      negative: [
        'ASANA_API_KEY=4m7gyaf3oassobfjvjf0',
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
        'AXONAUT_API_KEY=ks2q8afiq190nmeqv5fshvjo7w1b26rn',
        'axonaut_secret: "s5sv63ihwt9rtoxhyt8jc0h5khkv3tgw"',
      ],
      negative: [
        'AXONAUT_API_KEY=ks2q8afiq190nmeq',
        'AXONAUT_API_URL=https://api.axonaut.com/v1/',
        'AXONAUT_ACCOUNT_ID=ks2q8afiq190nmeqv5fshvjo7w1b26rn',
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
        'AYRSHARE_API_KEY=562ASQT2-SG7CN8ZT-75LUR140-A5V1EV40',
        'ayrshare_secret: "1TPGGO3Y-GOWJU664-PHT8D3RM-BQSS0TAE"',
      ],
      negative: [
        'AYRSHARE_API_KEY=562ASQT2-SG7CN8ZT',
        'AYRSHARE_API_URL=https://api.ayrshare.com/v1/',
        'AYRSHARE_ACCOUNT_ID=562ASQT2-SG7CN8ZT-75LUR140-A5V1EV40',
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
        'BEEBOLE_API_KEY=e14dg32obao28ex7t6pvnqhuh3fuosnwys5c5rks',
        'beebole_secret: "2r8ok4q5isaqrazq0nlers06znb7d9afc21t9dhg"',
      ],
      negative: [
        'BEEBOLE_API_KEY=e14dg32obao28ex7t6pv',
        'BEEBOLE_API_URL=https://api.beebole.com/v1/',
        'BEEBOLE_ACCOUNT_ID=e14dg32obao28ex7t6pvnqhuh3fuosnwys5c5rks',
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
        'BESNAPPY_API_KEY=8ec1b8e22175c03e2c6f829730004c8bf87437fa3aa4fe15d43fd9e128dd8bf1',
        'besnappy_secret: "8802bc132d35c5074f6775331efec34fe0db0019914e9e2aac93060b21f2f319"',
      ],
      negative: [
        'BESNAPPY_API_KEY=8ec1b8e22175c03e2c6f829730004c8b',
        'BESNAPPY_API_URL=https://api.besnappy.com/v1/',
        'BESNAPPY_ACCOUNT_ID=8ec1b8e22175c03e2c6f829730004c8bf87437fa3aa4fe15d43fd9e128dd8bf1',
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
        'BULBUL_API_KEY=3tvro9a7bvzc5i7270cq5ey4dxiicqgi',
        'bulbul_secret: "2b2dmelpdq9jro0k0eruvgytqrvrswn3"',
      ],
      negative: [
        'BULBUL_API_KEY=3tvro9a7bvzc5i72',
        'BULBUL_API_URL=https://api.bulbul.com/v1/',
        'BULBUL_ACCOUNT_ID=3tvro9a7bvzc5i7270cq5ey4dxiicqgi',
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
        'CAMPAYN_API_KEY=0bz7ckjf4vi21n1yejq2cbeupev1aowaplwnq0d1luwxqtbxeb44w9gfy7m9gl2x',
        'campayn_secret: "287ect405ye5vpgptf0mjg1u9ut85pmp5fz6wjgg2qnoxdy5f4nrub16qhjd6rq7"',
      ],
      negative: [
        'CAMPAYN_API_KEY=0bz7ckjf4vi21n1yejq2cbeupev1aowa',
        'CAMPAYN_API_URL=https://api.campayn.com/v1/',
        'CAMPAYN_ACCOUNT_ID=0bz7ckjf4vi21n1yejq2cbeupev1aowaplwnq0d1luwxqtbxeb44w9gfy7m9gl2x',
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
        'CANNY_API_KEY=68c4d0e3-c41e-1280-3688-aa636c30356a',
        'canny_secret: "27c0f76d-a641-b007-e47f-314cd5406948"',
      ],
      negative: [
        'CANNY_API_KEY=68c4d0e3-c41e-1280',
        'CANNY_API_URL=https://api.canny.com/v1/',
        'CANNY_ACCOUNT_ID=68c4d0e3-c41e-1280-3688-aa636c30356a',
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
        'CAPSULECRM_API_KEY=30SPzjodTupXarqUKar76OdNNOPIBzqI.D2sLiYmCJRVbrVS4_S+fEiQFdhhzZ1p',
        'capsulecrm_secret: "9yiA97Fu_KRjWYxrM5caHJUMou-5fLPfHs_Nqtc+QRDX9.U9JljQ.TNWJsf1rOqS"',
      ],
      negative: [
        'CAPSULECRM_API_KEY=30SPzjodTupXarqUKar76OdNNOPIBzqI',
        'CAPSULECRM_API_URL=https://api.capsulecrm.com/v1/',
        'CAPSULECRM_ACCOUNT_ID=30SPzjodTupXarqUKar76OdNNOPIBzqI.D2sLiYmCJRVbrVS4_S+fEiQFdhhzZ1p',
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
        'CENTRALSTATIONCRM_API_KEY=x9l401qfx619mfudh44ib6hlbohzyb',
        'centralstationcrm_secret: "0bn9uxz8w1lm4i8agtvd3hnw8j11ek"',
      ],
      negative: [
        'CENTRALSTATIONCRM_API_KEY=x9l401qfx619mfu',
        'CENTRALSTATIONCRM_API_URL=https://api.centralstationcrm.com/v1/',
        'CENTRALSTATIONCRM_ACCOUNT_ID=x9l401qfx619mfudh44ib6hlbohzyb',
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
        'CHATFUEL_API_KEY=KuQkKTjMTwHuUcbk9hvHv8KWUUjIEfqG6AwqMy1l8lg02N39AuagC15Qd7J9NcKWwlN2qgD273mXEVhTHX0FxsmwU63EqvF3B1mSrhBQuci8xLvUm088q5hdSggCPe82',
        'chatfuel_secret: "YPpAHvQiawV5S6XTCy8Q2pX6LGkceLhjlqwQqll7MqMUJGdW2R1F4Kd15yj7bcnrITHaPdmdvZzr9VS5RbQPKlKoPFmcsfIlVumFN69KIdeCg6lPMjoRNZ4AqURK78K5"',
      ],
      negative: [
        'CHATFUEL_API_KEY=KuQkKTjMTwHuUcbk9hvHv8KWUUjIEfqG6AwqMy1l8lg02N39AuagC15Qd7J9NcKW',
        'CHATFUEL_API_URL=https://api.chatfuel.com/v1/',
        'CHATFUEL_ACCOUNT_ID=KuQkKTjMTwHuUcbk9hvHv8KWUUjIEfqG6AwqMy1l8lg02N39AuagC15Qd7J9NcKWwlN2qgD273mXEVhTHX0FxsmwU63EqvF3B1mSrhBQuci8xLvUm088q5hdSggCPe82',
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
        'CLIENGO_API_KEY=13b70434-0378-9217-39a1-66d9bcd6af3e',
        'cliengo_secret: "73493692-7a45-42ae-20c3-9e5f914932e3"',
      ],
      negative: [
        'CLIENGO_API_KEY=13b70434-0378-9217',
        'CLIENGO_API_URL=https://api.cliengo.com/v1/',
        'CLIENGO_ACCOUNT_ID=13b70434-0378-9217-39a1-66d9bcd6af3e',
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
        'CLOCKIFY_API_KEY=UtrsIV6fdS1rvsUGgCsolD4vjhk5MRVRO2gSuUey4cnDnaHR',
        'clockify_secret: "RyTdrMyB7Ud7wHlAtzKmbnJg6nqus9TbJJ58oN2ed9ccoc74"',
      ],
      negative: [
        'CLOCKIFY_API_KEY=UtrsIV6fdS1rvsUGgCsolD4v',
        'CLOCKIFY_API_URL=https://api.clockify.com/v1/',
        'CLOCKIFY_ACCOUNT_ID=UtrsIV6fdS1rvsUGgCsolD4vjhk5MRVRO2gSuUey4cnDnaHR',
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
        'CLUSTDOC_API_KEY=lr7UzNdLvDKqmEyrasATDnsvVVmGxOoybvJCwrAm2bMVdUdBNLTGQCp0Yyun',
        'clustdoc_secret: "NR0lP3RJ5OPBqL12y380FwpdCKRX70SvuAu3b3x0R6rsTLTHU15X9n8IHoq9"',
      ],
      negative: [
        'CLUSTDOC_API_KEY=lr7UzNdLvDKqmEyrasATDnsvVVmGxO',
        'CLUSTDOC_API_URL=https://api.clustdoc.com/v1/',
        'CLUSTDOC_ACCOUNT_ID=lr7UzNdLvDKqmEyrasATDnsvVVmGxOoybvJCwrAm2bMVdUdBNLTGQCp0Yyun',
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
        'COLLECT2_API_KEY=b2f11f4a-0606-1a1a-d7a8-b92c8216d32f',
        'collect2_secret: "ecaf9f63-3c62-1e31-bfa0-dc110b881ada"',
      ],
      negative: [
        'COLLECT2_API_KEY=b2f11f4a-0606-1a1a',
        'COLLECT2_API_URL=https://api.collect2.com/v1/',
        'COLLECT2_ACCOUNT_ID=b2f11f4a-0606-1a1a-d7a8-b92c8216d32f',
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
        'COURIER_API_KEY=pk_spO2hdciQUT7Q_Sj0WyVpQeLhUnov68l8n6LE8wJKO',
        'courier_secret: "pk_xdXaqR3WYDl1cytJewJsJDMMZNOETH_74UQaDFylEHzOKjF2FNhVIIRVFkU"',
      ],
      negative: [
        'COURIER_API_KEY=pk_spO2hdciQUT7Q_Sj0Wy',
        'COURIER_API_URL=https://api.courier.com/v1/',
        'COURIER_ACCOUNT_ID=pk_spO2hdciQUT7Q_Sj0WyVpQeLhUnov68l8n6LE8wJKO',
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
        'D7NETWORK_API_KEY=WNin3DcOEA/xUd15CV=qz9s=',
        'd7network_secret: "O02ydQ8Qtu+yNydLDuHZUZQ="',
      ],
      negative: [
        'D7NETWORK_API_KEY=WNin3DcOEA/x',
        'D7NETWORK_API_URL=https://api.d7network.com/v1/',
        'D7NETWORK_ACCOUNT_ID=WNin3DcOEA/xUd15CV=qz9s=',
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
      positive: ['DEBOUNCE_API_KEY=u7Oc4fHHvj596', 'debounce_secret: "OmNhtqDVB934E"'],
      negative: [
        'DEBOUNCE_API_KEY=u7Oc4f',
        'DEBOUNCE_API_URL=https://api.debounce.com/v1/',
        'DEBOUNCE_ACCOUNT_ID=u7Oc4fHHvj596',
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
        'DELIGHTED_API_KEY=ArXaLngOtzn7DDqm3iRbM2GlMTq0A08V',
        'delighted_secret: "j1mNNT2jAt3As49YMmdcHhgkZ2Ce6zNk"',
      ],
      negative: [
        'DELIGHTED_API_KEY=ArXaLngOtzn7DDqm',
        'DELIGHTED_API_URL=https://api.delighted.com/v1/',
        'DELIGHTED_ACCOUNT_ID=ArXaLngOtzn7DDqm3iRbM2GlMTq0A08V',
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
        'ELASTIC_API_KEY=9NOsog7AGxfNggt21bT7b9NSHQMi_p48GijDFE6HUidI-vIxuIbRKfwKOLwK9wijCtfPcK_gyjfMT_Kqlrd6GJQgk2kW35AM',
        'elastic_secret: "iphjOlgq4DnBowLCwQE39GVe1LnH-kNelKf2ZINjzrVODkFt7iw03l3YoIJuoo-gSz3qRghvVUdTowM3uD2E_5IEdItyhDlp"',
      ],
      negative: [
        'ELASTIC_API_KEY=9NOsog7AGxfNggt21bT7b9NSHQMi_p48GijDFE6HUidI-vIx',
        'ELASTIC_API_URL=https://api.elastic.com/v1/',
        'ELASTIC_ACCOUNT_ID=9NOsog7AGxfNggt21bT7b9NSHQMi_p48GijDFE6HUidI-vIxuIbRKfwKOLwK9wijCtfPcK_gyjfMT_Kqlrd6GJQgk2kW35AM',
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
      positive: ['EVENTBRITE_API_KEY=GBZRW8ZKLLVBRY9WRGBU', 'eventbrite_secret: "K4GY02GAAY5WJPHYBRE0"'],
      negative: [
        'EVENTBRITE_API_KEY=GBZRW8ZKLL',
        'EVENTBRITE_API_URL=https://api.eventbrite.com/v1/',
        'EVENTBRITE_ACCOUNT_ID=GBZRW8ZKLLVBRY9WRGBU',
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
        'EVERHOUR_API_KEY=65e1-e698-d9b60e-e88a34-1a8e0331',
        'everhour_secret: "a646-eec9-3af5f9-8a2229-82ebd0c0"',
      ],
      negative: [
        'EVERHOUR_API_KEY=65e1-e698-d9b60e',
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
        'FEEDIER_API_KEY=f9FTazsrfEnbJQa6Nxzawy3adTe4idqi',
        'feedier_secret: "woMDw8ay8t0PUUMDOEoeROItRXx312ou"',
      ],
      negative: [
        'FEEDIER_API_KEY=f9FTazsrfEnbJQa6',
        'FEEDIER_API_URL=https://api.feedier.com/v1/',
        'FEEDIER_ACCOUNT_ID=f9FTazsrfEnbJQa6Nxzawy3adTe4idqi',
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
        'FLOAT_API_KEY=aa1f0971f7583259jbL7G7Gy9iPh6ZEpAir8LgNLMA1i3YlJg5MYUyfqqg3=',
        'float_secret: "c03df7b8bcab3ee1ML1vgcBkx/aOVdjRQsloQDSEgETUxYDNjo5qsnVMmT="',
      ],
      negative: [
        'FLOAT_API_KEY=aa1f0971f7583259jbL7G7Gy9iPh6Z',
        'FLOAT_API_URL=https://api.float.com/v1/',
        'FLOAT_ACCOUNT_ID=aa1f0971f7583259jbL7G7Gy9iPh6ZEpAir8LgNLMA1i3YlJg5MYUyfqqg3=',
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
        'FORMBUCKET_API_KEY=1XLTM0Xuw1yFLl1rgh5NKIYOqfrvYp5ITcKhw2.9SCGRKw4IcZGNdWA184-4TD0Yap1swiiMdg2NaMBT27Djt--3v54Zag62LLq.xM4e64CYXOZt76BFmc9yxA0r0n32EN8daWGCOifDDvIVeTc',
        'formbucket_secret: "slE7O_-V_eVonO6i8LLb5OKJ.KLGUumYVw6UpiqJJOk5O712YqIMi.ul_v-nvXTi2iA0CqW3HNil"',
      ],
      negative: [
        'FORMBUCKET_API_KEY=1XLTM0Xuw1yFLl1rgh5NKIYOqfrvYp5ITcKhw2.9SCGRKw4IcZGNdWA184-4TD0Yap1swiiMd',
        'FORMBUCKET_API_URL=https://api.formbucket.com/v1/',
        'FORMBUCKET_ACCOUNT_ID=1XLTM0Xuw1yFLl1rgh5NKIYOqfrvYp5ITcKhw2.9SCGRKw4IcZGNdWA184-4TD0Yap1swiiMdg2NaMBT27Djt--3v54Zag62LLq.xM4e64CYXOZt76BFmc9yxA0r0n32EN8daWGCOifDDvIVeTc',
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
      positive: ['FORMCRAFT_API_KEY=pj6zw1as00fdizgi', 'formcraft_secret: "57xpfuhagr3mcfua"'],
      negative: [
        'FORMCRAFT_API_KEY=pj6zw1as',
        'FORMCRAFT_API_URL=https://api.formcraft.com/v1/',
        'FORMCRAFT_ACCOUNT_ID=pj6zw1as00fdizgi',
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
        'FORMIO_API_KEY=eyJCakFX-ULFdHQNGTDppi25DGyy1gu1N_xupiR253_7v.kZmU64RKa6nDReFM42SLpiSU89Svv9fvy3Q_9DE7UFkClRCtWdF8EaRc1v6ElG4zajjk_0Ghm1O2jhexJWFcGj1YgfpAdOZdrD-Nrvt--QZhSlgGJuH2ZAXSI.DZcTRrBKGDIQuXREwohWmEGsrJHqHMozYEAm53gG-HB',
        'formio_secret: "eyJQx1055QzRIuMhLRgsZZBCdq0GYeTfg1DzAJOSE7yfOrqMypJA_ucewDeRUvHuOCcNq.hqhGBkuKplQFg1mROCZaFMFs60jiSwJUkEor-Y0BpQ670eIMB2Oi38StlWxdqLLgj9DyGXTqOS50jh5NBQplaqEe_Es5ysRQiVZHHKiRf68Oxl.09un-gtmGh4s4ClIwflNvQ29E_3LSZXtSvMzeOi0YI-"',
      ],
      negative: [
        'FORMIO_API_KEY=eyJCakFX-ULFdHQNGTDppi25DGyy1gu1N_xupiR253_7v.kZmU64RKa6nDReFM42SLpiSU89Svv9fvy3Q_9DE7UFkClRCtWdF8EaRc1v6',
        'FORMIO_API_URL=https://api.formio.com/v1/',
        'FORMIO_ACCOUNT_ID=eyJCakFX-ULFdHQNGTDppi25DGyy1gu1N_xupiR253_7v.kZmU64RKa6nDReFM42SLpiSU89Svv9fvy3Q_9DE7UFkClRCtWdF8EaRc1v6ElG4zajjk_0Ghm1O2jhexJWFcGj1YgfpAdOZdrD-Nrvt--QZhSlgGJuH2ZAXSI.DZcTRrBKGDIQuXREwohWmEGsrJHqHMozYEAm53gG-HB',
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
        'FRONT_API_KEY=0JKQd98LRfumoLijCnmwdvtWAV9nTisPbXZv.laeGNT9LgFVO4sx6BQtZenBxbVwvQiio7Y.ilA0ZOL6qgzWYRXXDhCaaV4fME23Zz0DTaBD2TAX0G0OaKH1ngmzWC_FVpKIc8Y5O_88o-0b0YX.3k.yyICc7Fz7di4.QXmNw_QKokdw0Zt7vRzD855oaQ_cWgBrbn9bThvnNkJ2XOzgARGDsmAGqFm.fLamOFRXnHQquo3',
        'front_secret: "PoE1lY4UooK1hMujpaaxBLNEAO4vFsosmYpX.7q06fgeO2B-1AkwaxuLOOjskUkDy9Osu6cIn6LtDDQcfQpZe8ogRwlMax_A1yqOx-izoDzm5VnN0RaGcGXKOjW7_Nv5SA_biGySW-6VaX1x2iE5ey55nntApqBxuMVn-QVxe4w4.9VfIGDde.BgxpIdOg4lC0yzYmzbnV84nE_EZRodfuufldJNAkirlurDivjtKT07Oz2c6k4ekiDidz"',
      ],
      negative: [
        'FRONT_API_KEY=0JKQd98LRfumoLijCnmwdvtWAV9nTisPbXZv.laeGNT9LgFVO4sx6BQtZenBxbVwvQiio7Y.ilA0ZOL6qgzWYRXXDhCaaV4fME23Zz0DTaBD2TAX0G0OaKH',
        'FRONT_API_URL=https://api.front.com/v1/',
        'FRONT_ACCOUNT_ID=0JKQd98LRfumoLijCnmwdvtWAV9nTisPbXZv.laeGNT9LgFVO4sx6BQtZenBxbVwvQiio7Y.ilA0ZOL6qgzWYRXXDhCaaV4fME23Zz0DTaBD2TAX0G0OaKH1ngmzWC_FVpKIc8Y5O_88o-0b0YX.3k.yyICc7Fz7di4.QXmNw_QKokdw0Zt7vRzD855oaQ_cWgBrbn9bThvnNkJ2XOzgARGDsmAGqFm.fLamOFRXnHQquo3',
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
      positive: ['GETEMAIL_API_KEY=vlADZjMNkNfaDlAJxsQs', 'getemail_secret: "oy-eIxNESccvXQZRUPI0"'],
      negative: [
        'GETEMAIL_API_KEY=vlADZjMNkN',
        'GETEMAIL_API_URL=https://api.getemail.com/v1/',
        'GETEMAIL_ACCOUNT_ID=vlADZjMNkNfaDlAJxsQs',
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
        'GETRESPONSE_API_KEY=zephil1bfu94uio57dwvw24z8tcjeiu2',
        'getresponse_secret: "mlae16aw0fd9lezead1937rg6sm8png8"',
      ],
      negative: [
        'GETRESPONSE_API_KEY=zephil1bfu94uio5',
        'GETRESPONSE_API_URL=https://api.getresponse.com/v1/',
        'GETRESPONSE_ACCOUNT_ID=zephil1bfu94uio57dwvw24z8tcjeiu2',
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
        'GOODDAY_API_KEY=iremkezhlvazpxwi66rfni1a9v9q31h6',
        'goodday_secret: "d2177mgyu1zmc9x7kahuddtj6mfeudb1"',
      ],
      negative: [
        'GOODDAY_API_KEY=iremkezhlvazpxwi',
        'GOODDAY_API_URL=https://api.goodday.com/v1/',
        'GOODDAY_ACCOUNT_ID=iremkezhlvazpxwi66rfni1a9v9q31h6',
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
        'GROOVEHQ_API_KEY=xo4yWAqN6gyj8pmRwcVNavNhDrHm3qpKpfUgTmSK8bE0WxJgp1s1yuz89GJH4KtN',
        'groovehq_secret: "TILC5zlPXXms4unYZarNtXQlro3Os2BN0Bzms2DplrT7q8d0YmswYiaFSW5I5q7B"',
      ],
      negative: [
        'GROOVEHQ_API_KEY=xo4yWAqN6gyj8pmRwcVNavNhDrHm3qpK',
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
        'HELPCRUNCH_API_KEY=mZpUWf66ipxMm8iEbdujir8D8/ANNMdK8QCKbXrPQd5rHvOiPOpZyEH2Yn/cE5CnYB/6ReEnEMpSH3X6wdB/OMn3iL/5tyfj+AmDSVI7k=rPZyqWP9627RPSYGOqZ30uJn8STCKwbRTHn/fBJfb8z8wYx320NF67Tkhp3PA6qDA=7p+8ZRts4DxgHget0ft+HxsmlGNGfbMCRW=L/LTXwJnADnsGuLXHZh9UVJyYKaZpY+oKPRotOtvG1pp2c+yL/UbEnOGh1Pt9xPDzvVeFg9scS8ZL2eUvgl/dWSSUQHoFadSL+znq+oa6lGq/6g+cFH64pwtT',
        'helpcrunch_secret: "=YESUf6RGG6OwHszsuXmlpRqPC0nb9q23TG0kd+m3N1WM9J2uulkP+wFPf5DiujvW8nb9vYfciWX4f566kTxrdob8l7Q7HsC=dC/0rV8aQFahgRTa+4+5jokH9FrQLbVVmyOLr2ubQIxt2Bz4X6aQoj6ReHMV64LaaJA07EgZjk3xdCcBkVW0RiXL4YyePN/E6/jGxOUtj7bf0xaJT5S6WEpx=iyiLlzzInAQ7sj79NOp74uSJXUN/DLwyGRKsHKzvkG2Sl9d3dXC04bEs4kymxxCH7zn7mNsUbXEo4BMSt0ICU3f9uVBq4tzAWZDiRU09Efz4Tr"',
      ],
      negative: [
        'HELPCRUNCH_API_KEY=mZpUWf66ipxMm8iEbdujir8D8/ANNMdK8QCKbXrPQd5rHvOiPOpZyEH2Yn/cE5CnYB/6ReEnEMpSH3X6wdB/OMn3iL/5tyfj+AmDSVI7k=rPZyqWP9627RPSYGOqZ30uJn8STCKwbRTHn/fBJfb8z8wYx320NF67Tkhp',
        'HELPCRUNCH_API_URL=https://api.helpcrunch.com/v1/',
        'HELPCRUNCH_ACCOUNT_ID=mZpUWf66ipxMm8iEbdujir8D8/ANNMdK8QCKbXrPQd5rHvOiPOpZyEH2Yn/cE5CnYB/6ReEnEMpSH3X6wdB/OMn3iL/5tyfj+AmDSVI7k=rPZyqWP9627RPSYGOqZ30uJn8STCKwbRTHn/fBJfb8z8wYx320NF67Tkhp3PA6qDA=7p+8ZRts4DxgHget0ft+HxsmlGNGfbMCRW=L/LTXwJnADnsGuLXHZh9UVJyYKaZpY+oKPRotOtvG1pp2c+yL/UbEnOGh1Pt9xPDzvVeFg9scS8ZL2eUvgl/dWSSUQHoFadSL+znq+oa6lGq/6g+cFH64pwtT',
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
        'HELPSCOUT_API_KEY=ey0zwz9iujjwzbxtb75zvm1s9mlf328284c2iybq',
        'helpscout_secret: "lq5akg1n7eb9zvrqa8p5jqgg9xw8x9ukal39xeu3"',
      ],
      negative: [
        'HELPSCOUT_API_KEY=ey0zwz9iujjwzbxtb75z',
        'HELPSCOUT_API_URL=https://api.helpscout.com/v1/',
        'HELPSCOUT_ACCOUNT_ID=ey0zwz9iujjwzbxtb75zvm1s9mlf328284c2iybq',
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
        'IMPALA_API_KEY=IZYlLzX_AYju6zcN7yznhQ1GCp8Ag4UeEbK0qQdpOEdsIL',
        'impala_secret: "8cJGnG_BHLJCwVGZCvIX4_s58Do4eRDZ2PEr3FVF8C1cb2"',
      ],
      negative: [
        'IMPALA_API_KEY=IZYlLzX_AYju6zcN7yznhQ1',
        'IMPALA_API_URL=https://api.impala.com/v1/',
        'IMPALA_ACCOUNT_ID=IZYlLzX_AYju6zcN7yznhQ1GCp8Ag4UeEbK0qQdpOEdsIL',
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
        'INSIGHTLY_API_KEY=db90pra4-frfq-xmop-s09d-fc8sdherbnqi',
        'insightly_secret: "quqlhiyc-9k9a-crkn-9179-8ht2gk7sobx4"',
      ],
      negative: [
        'INSIGHTLY_API_KEY=db90pra4-frfq-xmop',
        'INSIGHTLY_API_URL=https://api.insightly.com/v1/',
        'INSIGHTLY_ACCOUNT_ID=db90pra4-frfq-xmop-s09d-fc8sdherbnqi',
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
        'INSTABOT_API_KEY=BbuYFd/jBdeeKj65TfoK2sBlCmE9WlTWZ70wIvzQcrlC',
        'instabot_secret: "3qf7CleWmYlruy5b5egQnkkn9zYT7WRDMQ4EbEMqunjn"',
      ],
      negative: [
        'INSTABOT_API_KEY=BbuYFd/jBdeeKj65TfoK2s',
        'INSTABOT_API_URL=https://api.instabot.com/v1/',
        'INSTABOT_ACCOUNT_ID=BbuYFd/jBdeeKj65TfoK2sBlCmE9WlTWZ70wIvzQcrlC',
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
        'INTERSELLER_API_KEY=d7e571fe-ffbe-8fbd-2958-e40f3141debf',
        'interseller_secret: "3e08d475-3a63-1195-10b7-8819a8f1fff5"',
      ],
      negative: [
        'INTERSELLER_API_KEY=d7e571fe-ffbe-8fbd',
        'INTERSELLER_API_URL=https://api.interseller.com/v1/',
        'INTERSELLER_ACCOUNT_ID=d7e571fe-ffbe-8fbd-2958-e40f3141debf',
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
        'JURO_API_KEY=vDfNeZTB2NBuOTowtwepOtJyeyple0hF9z02FUUs',
        'juro_secret: "vcM7KIBFKUWxBUYHjmJ8OX6U4sjFFMxS2mBDt0rK"',
      ],
      negative: [
        'JURO_API_KEY=vDfNeZTB2NBuOTowtwep',
        'JURO_API_URL=https://api.juro.com/v1/',
        'JURO_ACCOUNT_ID=vDfNeZTB2NBuOTowtwepOtJyeyple0hF9z02FUUs',
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
      positive: ['KARMA_API_KEY=e0doLy4WHqkYuHjuHCDv', 'karma_secret: "TfUxEiD4oKsHEN6Kw8SU"'],
      negative: [
        'KARMA_API_KEY=e0doLy4WHq',
        'KARMA_API_URL=https://api.karma.com/v1/',
        'KARMA_ACCOUNT_ID=e0doLy4WHqkYuHjuHCDv',
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
        'KICKBOX_API_KEY=live_4A5lv5k9zTSLX39wbiCAoSguMA7KGuT1XuUBseokLwNaePaK1ZO3mTxFNhpVH6BS',
        'kickbox_secret: "live_aJFIqwYLl3kyxLzPiNA1M23jcD5lmSojb40YsjGXctdUPYNwGzECCqkUYebrdANK"',
      ],
      negative: [
        'KICKBOX_API_KEY=live_4A5lv5k9zTSLX39wbiCAoSguMA7KG',
        'KICKBOX_API_URL=https://api.kickbox.com/v1/',
        'KICKBOX_ACCOUNT_ID=live_4A5lv5k9zTSLX39wbiCAoSguMA7KGuT1XuUBseokLwNaePaK1ZO3mTxFNhpVH6BS',
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
        'KLAVIYO_API_KEY=pk_hftdRbagh7v8xXoMoMEIylvJIKmFWc33yF',
        'klaviyo_secret: "pk_5pv9aBe1PPLbJEztxz8ZspiC6YEM2mHUIR"',
      ],
      negative: [
        'KLAVIYO_API_KEY=pk_hftdRbagh7v8xXo',
        'KLAVIYO_API_URL=https://api.klaviyo.com/v1/',
        'KLAVIYO_ACCOUNT_ID=pk_hftdRbagh7v8xXoMoMEIylvJIKmFWc33yF',
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
        'KYLAS_API_KEY=svwx4o09-gs2p-3ff5-msl7-89kzke685isr',
        'kylas_secret: "gg5y0uxi-jkmp-wgg6-6f3z-ro516sqedtto"',
      ],
      negative: [
        'KYLAS_API_KEY=svwx4o09-gs2p-3ff5',
        'KYLAS_API_URL=https://api.kylas.com/v1/',
        'KYLAS_ACCOUNT_ID=svwx4o09-gs2p-3ff5-msl7-89kzke685isr',
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
        'LEADFEEDER_API_KEY=Lr64Hl8bXlqGCBXmZsHb9LqDmTrcJflzFEzOnWLXWQl',
        'leadfeeder_secret: "JC-sHD3cnbHSKpvWdWJphuqk4mao96rGG16duUYxidf"',
      ],
      negative: [
        'LEADFEEDER_API_KEY=Lr64Hl8bXlqGCBXmZsHb9',
        'LEADFEEDER_API_URL=https://api.leadfeeder.com/v1/',
        'LEADFEEDER_ACCOUNT_ID=Lr64Hl8bXlqGCBXmZsHb9LqDmTrcJflzFEzOnWLXWQl',
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
        'LEMLIST_API_KEY=41611b2f69f0ab64fef2d7da232d118c',
        'lemlist_secret: "98b4897ca98c533edd3ad70ef2dbcef0"',
      ],
      negative: [
        'LEMLIST_API_KEY=41611b2f69f0ab64',
        'LEMLIST_API_URL=https://api.lemlist.com/v1/',
        'LEMLIST_ACCOUNT_ID=41611b2f69f0ab64fef2d7da232d118c',
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
        'LESSANNOYINGCRM_API_KEY=7fORAi4w8FAOJmFimrkc9AZ86N7BznLhXPSEGjflbzF8kHWd8Dynlvws5',
        'lessannoyingcrm_secret: "qY5fIqjNRprH9OM7PhWXobwOeD2St2yE5oUCMT1pn230CQLrrQWcJB4sQ"',
      ],
      negative: [
        'LESSANNOYINGCRM_API_KEY=7fORAi4w8FAOJmFimrkc9AZ86N7B',
        'LESSANNOYINGCRM_API_URL=https://api.lessannoyingcrm.com/v1/',
        'LESSANNOYINGCRM_ACCOUNT_ID=7fORAi4w8FAOJmFimrkc9AZ86N7BznLhXPSEGjflbzF8kHWd8Dynlvws5',
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
        'LOGINRADIUS_API_KEY=53d88782-992a-baa8-31cb-1fe309f0f008',
        'loginradius_secret: "f5a89539-560c-e7b5-be55-36c1a926e391"',
      ],
      negative: [
        'LOGINRADIUS_API_KEY=53d88782-992a-baa8',
        'LOGINRADIUS_API_URL=https://api.loginradius.com/v1/',
        'LOGINRADIUS_ACCOUNT_ID=53d88782-992a-baa8-31cb-1fe309f0f008',
        'loginradius_api_key: "<your-loginradius-api-key>"',
      ],
    },
  },
];
