import type { Rule } from '../rule.types';

// Developer tools, CI, monitoring and infrastructure:
// keys without a distinctive prefix, recognised by the provider's name in the key name
// right before the value (`<provider>[...](secret|private|access|key|token)[...] = <value>`) and
// by the value's documented shape (alphabet and length). Hence confidence 'medium'.
export const devToolsRulesA: Rule[] = [
  {
    id: 'aiven-api-token',
    description: 'Aiven API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['aiven'],
    pattern:
      /(?<![A-Za-z0-9])(?:aiven)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9/+=]{372})(?![A-Za-z0-9+/=])/i,
    entropy: 3,
    samples: {
      positive: [
        'AIVEN_API_KEY=r9OaOPj1WiIPYQDi4VUoDHqTYBNXob6fCEFBK5L07JUUTjofsYs7UUqjIjyAfIfHdK48DjqzSaDKpIQrSXWfVwhSFO2ljrxDDVIrS=nlFrr9uwd9N+trdhhIJIfSFOuy9N+d7rzWtMkzUlP7h=lNpHOIfXNKQHH81EFt7OZMsd6KS0u+5USGnLd4POG3YXJ9AUz3oV5z3NDXEFQoWhG9cIouZKP5e=HB6zuzDd/qWDBYs5c/c0oi2RpGUMx9+2s/n5QEwFHdc7lVOZH6dZA8PgQ2FH5oGS3VKgnPWw4zF3zmTkuLEVnjNmp+/6a6ilpQsuhcMKVWRtByXFL1HNvTa30M5Qt5Gk9aD3l5=1bofOr/6q1xOSJK',
        'aiven_secret: "2t7B5KkR7rIQAfuDPCVeNyRQ7R=8DEinnrHrQhObQ3+7r1VwKskwYmBjBP17tiXtwv83XU7n0zXDmYe18Ud9X9xw7phz9072b1QjrI3h/sXjUuF/MbErBMokV/humtqvMy4dbmtL2qaYjpN2J9CwtsRpYSwf/doJ36j6pDwl5fBwZNsulDthJewi7WzQRq084ei+e2keQ2L6ZRWSNvag=9SX2MMuUdJhWO0FroQKz=UyPcu+yZZM4ddf40m+DCo6lMoViFj7IiJaBHzJOd7NH8nqMcwlalhVhPJ0h1y3sw7334vxIxV+aHo1MHTiEXy2xRDX65uZekNf0UOjc+00jYtITJ31ZMUuREQCAUX1tarPduCIGqh/"',
      ],
      negative: [
        'AIVEN_API_KEY=r9OaOPj1WiIPYQDi4VUoDHqTYBNXob6fCEFBK5L07JUUTjofsYs7UUqjIjyAfIfHdK48DjqzSaDKpIQrSXWfVwhSFO2ljrxDDVIrS=nlFrr9uwd9N+trdhhIJIfSFOuy9N+d7rzWtMkzUlP7h=lNpHOIfXNKQHH81EFt7OZMsd6KS0u+5USGnLd4PO',
        'AIVEN_API_URL=https://api.aiven.com/v1/',
        'AIVEN_ACCOUNT_ID=r9OaOPj1WiIPYQDi4VUoDHqTYBNXob6fCEFBK5L07JUUTjofsYs7UUqjIjyAfIfHdK48DjqzSaDKpIQrSXWfVwhSFO2ljrxDDVIrS=nlFrr9uwd9N+trdhhIJIfSFOuy9N+d7rzWtMkzUlP7h=lNpHOIfXNKQHH81EFt7OZMsd6KS0u+5USGnLd4POG3YXJ9AUz3oV5z3NDXEFQoWhG9cIouZKP5e=HB6zuzDd/qWDBYs5c/c0oi2RpGUMx9+2s/n5QEwFHdc7lVOZH6dZA8PgQ2FH5oGS3VKgnPWw4zF3zmTkuLEVnjNmp+/6a6ilpQsuhcMKVWRtByXFL1HNvTa30M5Qt5Gk9aD3l5=1bofOr/6q1xOSJK',
        'aiven_api_key: "<your-aiven-api-key>"',
      ],
    },
  },
  {
    id: 'anypoint-api-key',
    description: 'MuleSoft Anypoint platform key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['anypoint'],
    pattern:
      /(?<![A-Za-z0-9])(?:anypoint)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'ANYPOINT_API_KEY=bf838a1d-77d3-32b9-0972-e422f5e318a9',
        'anypoint_secret: "da2e3261-2e63-03f4-b24c-9a786bcdbaca"',
      ],
      negative: [
        'ANYPOINT_API_KEY=bf838a1d-77d3-32b9',
        'ANYPOINT_API_URL=https://api.anypoint.com/v1/',
        'ANYPOINT_ACCOUNT_ID=bf838a1d-77d3-32b9-0972-e422f5e318a9',
        'anypoint_api_key: "<your-anypoint-api-key>"',
      ],
    },
  },
  {
    id: 'apimetrics-api-key',
    description: 'APImetrics API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['apimetrics'],
    pattern:
      /(?<![A-Za-z0-9])(?:apimetrics)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'APIMETRICS_API_KEY=3frUQTgG98Yr5nwcp73dXoEQusDWopb4',
        'apimetrics_secret: "VwVxQBaBXJn6hMoQiKBLGTlv7FL1R6Wt"',
      ],
      negative: [
        'APIMETRICS_API_KEY=3frUQTgG98Yr5nwc',
        'APIMETRICS_API_URL=https://api.apimetrics.com/v1/',
        'APIMETRICS_ACCOUNT_ID=3frUQTgG98Yr5nwcp73dXoEQusDWopb4',
        'apimetrics_api_key: "<your-apimetrics-api-key>"',
      ],
    },
  },
  {
    id: 'appsynergy-api-key',
    description: 'AppSynergy API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['appsynergy'],
    pattern:
      /(?<![A-Za-z0-9])(?:appsynergy)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'APPSYNERGY_API_KEY=kzw53zmdl2snpkdn604u1c5gu21a26qe9d8b030lrxu1kbttz7r3rwa4j04zjzeg',
        'appsynergy_secret: "4xbvs8y29wok7wf4xjvq26bbj4hxwh7yyk0ne628cyh4n77epvpzktbso9woxgtd"',
      ],
      negative: [
        'APPSYNERGY_API_KEY=kzw53zmdl2snpkdn604u1c5gu21a26qe',
        'APPSYNERGY_API_URL=https://api.appsynergy.com/v1/',
        'APPSYNERGY_ACCOUNT_ID=kzw53zmdl2snpkdn604u1c5gu21a26qe9d8b030lrxu1kbttz7r3rwa4j04zjzeg',
        'appsynergy_api_key: "<your-appsynergy-api-key>"',
      ],
    },
  },
  {
    id: 'atera-api-key',
    description: 'Atera API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['atera'],
    pattern:
      /(?<![A-Za-z0-9])(?:atera)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'ATERA_API_KEY=ljjs7htfhzxvvsuls33a6u996qewdpqs',
        'atera_secret: "yhmk4ctz8o2qqz3thh2jii14fpwwxovo"',
      ],
      negative: [
        'ATERA_API_KEY=ljjs7htfhzxvvsul',
        'ATERA_API_URL=https://api.atera.com/v1/',
        'ATERA_ACCOUNT_ID=ljjs7htfhzxvvsuls33a6u996qewdpqs',
        'atera_api_key: "<your-atera-api-key>"',
      ],
    },
  },
  {
    id: 'azure-search-admin-key',
    description: 'Azure AI Search admin key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['azure'],
    pattern:
      /(?<![A-Za-z0-9])(?:azure[\w.-]{0,10}?search)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{52})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'AZURE_SEARCH_API_KEY=4FdQ5lrPEEZ5ss34dmaIuZ0p21KelqG1kQwJEk1IFGGiDeB8n2Lf',
        'azure_search_secret: "uyofPKNoTBUMVZTHJzPViUh1rhll6mI6hNQTtOIAZ4r2qQ5Xzi3Y"',
      ],
      negative: [
        'AZURE_SEARCH_API_KEY=4FdQ5lrPEEZ5ss34dmaIuZ0p21',
        'AZURE_SEARCH_API_URL=https://api.azure_search.com/v1/',
        'AZURE_SEARCH_ACCOUNT_ID=4FdQ5lrPEEZ5ss34dmaIuZ0p21KelqG1kQwJEk1IFGGiDeB8n2Lf',
        'azure_search_api_key: "<your-azure_search-api-key>"',
      ],
    },
  },
  {
    id: 'betterstack-api-token',
    description: 'Better Stack API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['betterstack'],
    pattern:
      /(?<![A-Za-z0-9])(?:betterstack)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{24})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BETTERSTACK_API_KEY=qzkUx3ektHSo5JIZ1TgmYOpV',
        'betterstack_secret: "bLxjQxh4MrjahtMiNR68a40b"',
      ],
      negative: [
        'BETTERSTACK_API_KEY=qzkUx3ektHSo',
        'BETTERSTACK_API_URL=https://api.betterstack.com/v1/',
        'BETTERSTACK_ACCOUNT_ID=qzkUx3ektHSo5JIZ1TgmYOpV',
        'betterstack_api_key: "<your-betterstack-api-key>"',
      ],
    },
  },
  {
    id: 'bitbar-api-key',
    description: 'BitBar API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['bitbar'],
    pattern:
      /(?<![A-Za-z0-9])(?:bitbar)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BITBAR_API_KEY=ulkyleuzxmdgmwbs15itkee3e52mo2bx',
        'bitbar_secret: "rdqh3qdecex91k7wer5weg6kcp71niwa"',
      ],
      negative: [
        'BITBAR_API_KEY=ulkyleuzxmdgmwbs',
        'BITBAR_API_URL=https://api.bitbar.com/v1/',
        'BITBAR_ACCOUNT_ID=ulkyleuzxmdgmwbs15itkee3e52mo2bx',
        'bitbar_api_key: "<your-bitbar-api-key>"',
      ],
    },
  },
  {
    id: 'blazemeter-api-key',
    description: 'BlazeMeter / Runscope API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['blazemeter', 'runscope'],
    pattern:
      /(?<![A-Za-z0-9])(?:blazemeter|runscope)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'BLAZEMETER_API_KEY=c825bfef-4ebd-fef1-7cd7-53b591fb4c7e',
        'blazemeter_secret: "9f7010ee-0edf-bf00-3675-115edfee92db"',
      ],
      negative: [
        'BLAZEMETER_API_KEY=c825bfef-4ebd-fef1',
        'BLAZEMETER_API_URL=https://api.blazemeter.com/v1/',
        'blazemeter_api_key: "<your-blazemeter-api-key>"',
      ],
    },
  },
  {
    id: 'boostnote-api-token',
    description: 'Boost Note API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['boostnote'],
    pattern:
      /(?<![A-Za-z0-9])(?:boostnote)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BOOSTNOTE_API_KEY=f3e1c768c544df9e4122e5a9247d6d64409df49af4df21d5d7253d4bcaf04478',
        'boostnote_secret: "9551a0c73f8693e5f5a82ec3c5c678ea4a1c2ad4cebaf431157f2dcc55bad24c"',
      ],
      negative: [
        'BOOSTNOTE_API_KEY=f3e1c768c544df9e4122e5a9247d6d64',
        'BOOSTNOTE_API_URL=https://api.boostnote.com/v1/',
        'BOOSTNOTE_ACCOUNT_ID=f3e1c768c544df9e4122e5a9247d6d64409df49af4df21d5d7253d4bcaf04478',
        'boostnote_api_key: "<your-boostnote-api-key>"',
      ],
    },
  },
  {
    id: 'buddyns-api-key',
    description: 'BuddyNS API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['buddyns'],
    pattern:
      /(?<![A-Za-z0-9])(?:buddyns)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BUDDYNS_API_KEY=t676gn57mk9sbfbz7p7qm5u8cuboyjildjs085tc',
        'buddyns_secret: "nnrovxgy408nrf15bdhe9o9h3sg2jd91mmgp4nzx"',
      ],
      negative: [
        'BUDDYNS_API_KEY=t676gn57mk9sbfbz7p7q',
        'BUDDYNS_API_URL=https://api.buddyns.com/v1/',
        'BUDDYNS_ACCOUNT_ID=t676gn57mk9sbfbz7p7qm5u8cuboyjildjs085tc',
        'buddyns_api_key: "<your-buddyns-api-key>"',
      ],
    },
  },
  {
    id: 'budibase-api-key',
    description: 'Budibase API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['budibase'],
    pattern:
      /(?<![A-Za-z0-9])(?:budibase)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{32}-[a-f0-9]{78,80})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'BUDIBASE_API_KEY=22e432976819783660ac5db1a50e6b8a-11af158f7dc78a3b778a801cb245bd67403c6a139e6e72300b6c5a7d5d3d27cf3f316ce9c27a1de',
        'budibase_secret: "0858349508187f0493041da0ed694c57-7dc3a61fef55fc331dabe2a0fb1e58928d11091b25cf2e08956dd790e04c41c6559ead888de9b4"',
      ],
      negative: [
        'BUDIBASE_API_KEY=22e432976819783660ac5db1a50e6b8a-11af158f7dc78a3b778a801',
        'BUDIBASE_API_URL=https://api.budibase.com/v1/',
        'BUDIBASE_ACCOUNT_ID=22e432976819783660ac5db1a50e6b8a-11af158f7dc78a3b778a801cb245bd67403c6a139e6e72300b6c5a7d5d3d27cf3f316ce9c27a1de',
        'budibase_api_key: "<your-budibase-api-key>"',
      ],
    },
  },
  {
    id: 'bugherd-api-key',
    description: 'BugHerd API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['bugherd'],
    pattern:
      /(?<![A-Za-z0-9])(?:bugherd)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{22})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['BUGHERD_API_KEY=j9zh8akxo7rwkcofwrhggm', 'bugherd_secret: "0driem3665264bydgo9y15"'],
      negative: [
        'BUGHERD_API_KEY=j9zh8akxo7r',
        'BUGHERD_API_URL=https://api.bugherd.com/v1/',
        'BUGHERD_ACCOUNT_ID=j9zh8akxo7rwkcofwrhggm',
        'bugherd_api_key: "<your-bugherd-api-key>"',
      ],
    },
  },
  {
    id: 'bugsnag-auth-token',
    description: 'Bugsnag personal auth token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['bugsnag'],
    pattern:
      /(?<![A-Za-z0-9])(?:bugsnag)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'BUGSNAG_API_KEY=53a90e40-a05f-d71e-5d29-fc68fabb2021',
        'bugsnag_secret: "77488572-bf4c-850f-2792-eb831e30ab61"',
      ],
      negative: [
        'BUGSNAG_API_KEY=53a90e40-a05f-d71e',
        'BUGSNAG_API_URL=https://api.bugsnag.com/v1/',
        'BUGSNAG_ACCOUNT_ID=53a90e40-a05f-d71e-5d29-fc68fabb2021',
        'bugsnag_api_key: "<your-bugsnag-api-key>"',
      ],
    },
  },
  {
    id: 'checkly-api-key',
    description: 'Checkly API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['checkly'],
    pattern:
      /(?<![A-Za-z0-9])(?:checklyhq|checkly)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CHECKLYHQ_API_KEY=gtx7nmgih8vgkmwuuc69wxdxet6vefho',
        'checklyhq_secret: "cdtee7q88c7oue0q8jfe5rwpb7o01wi0"',
      ],
      negative: [
        'CHECKLYHQ_API_KEY=gtx7nmgih8vgkmwu',
        'CHECKLYHQ_API_URL=https://api.checklyhq.com/v1/',
        'CHECKLYHQ_ACCOUNT_ID=gtx7nmgih8vgkmwuuc69wxdxet6vefho',
        'checklyhq_api_key: "<your-checklyhq-api-key>"',
      ],
    },
  },
  {
    id: 'cloudsmith-api-key',
    description: 'Cloudsmith API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cloudsmith'],
    pattern:
      /(?<![A-Za-z0-9])(?:cloudsmith)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CLOUDSMITH_API_KEY=401257b087564539142503a2f4b9e19ff4810669',
        'cloudsmith_secret: "20fa9bfad1e94aa82f490ba99cb176eb475989c4"',
      ],
      negative: [
        'CLOUDSMITH_API_KEY=401257b0875645391425',
        'CLOUDSMITH_API_URL=https://api.cloudsmith.com/v1/',
        'cloudsmith_api_key: "<your-cloudsmith-api-key>"',
      ],
    },
  },
  {
    id: 'codacy-api-token',
    description: 'Codacy API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['codacy'],
    pattern:
      /(?<![A-Za-z0-9])(?:codacy)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{20,24})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['CODACY_API_KEY=iMuAapgoRgzuwz0GTS0X', 'codacy_secret: "On2Zoj3plmmAS21JWhZh1p"'],
      negative: [
        'CODACY_API_KEY=iMuAapgoRg',
        'CODACY_API_URL=https://api.codacy.com/v1/',
        'CODACY_ACCOUNT_ID=iMuAapgoRgzuwz0GTS0X',
        'codacy_api_key: "<your-codacy-api-key>"',
      ],
    },
  },
  {
    id: 'codeclimate-reporter-id',
    description: 'Code Climate test reporter ID / API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['codeclimate', 'cc_test_reporter_id'],
    pattern:
      /(?<![A-Za-z0-9])(?:codeclimate|cc_test_reporter_id)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CODECLIMATE_API_KEY=2315740722174b48962b678e0818d59b896899f67f583d88e73e8c64cb728ea9',
        'codeclimate_secret: "3ab9221f93df28ec8a33b459812caa3a1493bb289ce7501cc20271a283688204"',
      ],
      negative: [
        'CODECLIMATE_API_KEY=2315740722174b48962b678e0818d59b',
        'CODECLIMATE_API_URL=https://api.codeclimate.com/v1/',
        'codeclimate_api_key: "<your-codeclimate-api-key>"',
      ],
    },
  },
  {
    id: 'codemagic-api-token',
    description: 'Codemagic API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['codemagic'],
    pattern:
      /(?<![A-Za-z0-9])(?:codemagic)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_]{43})(?![A-Za-z0-9_])/i,
    entropy: 3,
    samples: {
      positive: [
        'CODEMAGIC_API_KEY=Wi0ZGiZzCW5Lm1Pg1GlPhou_8T_ngXBgreGvbeD4OQu',
        'codemagic_secret: "3GpUg1AcdJGVX_dvhLTS3O3tKv7l12t7jbP270bgITc"',
      ],
      negative: [
        'CODEMAGIC_API_KEY=Wi0ZGiZzCW5Lm1Pg1GlPh',
        'CODEMAGIC_API_URL=https://api.codemagic.com/v1/',
        'CODEMAGIC_ACCOUNT_ID=Wi0ZGiZzCW5Lm1Pg1GlPhou_8T_ngXBgreGvbeD4OQu',
        'codemagic_api_key: "<your-codemagic-api-key>"',
      ],
    },
  },
  {
    id: 'codequiry-api-key',
    description: 'Codequiry API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['codequiry'],
    pattern:
      /(?<![A-Za-z0-9])(?:codequiry)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CODEQUIRY_API_KEY=3HghBwF2b8xemVMCzEQpVMITD1rhi7fCjqKMCLe5OgaLGeNA3CVhM9wXt9bTp3QP',
        'codequiry_secret: "TbyGVNBhHJmFizyhiEsragTSC7fwHxN1mogxHw3CcLTah3CYcgnZIdwCpjz1YVt1"',
      ],
      negative: [
        'CODEQUIRY_API_KEY=3HghBwF2b8xemVMCzEQpVMITD1rhi7fC',
        'CODEQUIRY_API_URL=https://api.codequiry.com/v1/',
        'CODEQUIRY_ACCOUNT_ID=3HghBwF2b8xemVMCzEQpVMITD1rhi7fCjqKMCLe5OgaLGeNA3CVhM9wXt9bTp3QP',
        'codequiry_api_key: "<your-codequiry-api-key>"',
      ],
    },
  },
  {
    id: 'coveralls-repo-token',
    description: 'Coveralls repository token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['coveralls'],
    pattern:
      /(?<![A-Za-z0-9])(?:coveralls)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{37})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'COVERALLS_API_KEY=ypHBOZHDbxDAv0eFtWyyKKiDfacGJuFHGqdZk',
        'coveralls_secret: "F0JwYXbMnweAzn-431sHwzmOSRWuApjQg2ib6"',
      ],
      negative: [
        'COVERALLS_API_KEY=ypHBOZHDbxDAv0eFtW',
        'COVERALLS_API_URL=https://api.coveralls.com/v1/',
        'COVERALLS_ACCOUNT_ID=ypHBOZHDbxDAv0eFtWyyKKiDfacGJuFHGqdZk',
        'coveralls_api_key: "<your-coveralls-api-key>"',
      ],
    },
  },
  {
    id: 'dareboost-api-token',
    description: 'Dareboost API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['dareboost'],
    pattern:
      /(?<![A-Za-z0-9])(?:dareboost)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{60})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DAREBOOST_API_KEY=4bMzNczKanZ7beDW2RCjCSyKuWx3gHIUJxXj0jUrGTru5aZ4ONmZFWaOwpqy',
        'dareboost_secret: "yNCQTY59ukLimJq3QJKG5LCYUFQdt87k3LzqiuOv0ptB8RqtuHtZ2eyrXQwn"',
      ],
      negative: [
        'DAREBOOST_API_KEY=4bMzNczKanZ7beDW2RCjCSyKuWx3gH',
        'DAREBOOST_API_URL=https://api.dareboost.com/v1/',
        'dareboost_api_key: "<your-dareboost-api-key>"',
      ],
    },
  },
  {
    id: 'detectify-api-key',
    description: 'Detectify API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['detectify'],
    pattern:
      /(?<![A-Za-z0-9])(?:detectify)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DETECTIFY_API_KEY=8s0w44fa4xd293mx7uvglekj1btidn8b',
        'detectify_secret: "chfnmzpyez0cgv12igx8s70meg9xvpqj"',
      ],
      negative: [
        'DETECTIFY_API_KEY=8s0w44fa4xd293mx',
        'DETECTIFY_API_URL=https://api.detectify.com/v1/',
        'DETECTIFY_ACCOUNT_ID=8s0w44fa4xd293mx7uvglekj1btidn8b',
        'detectify_api_key: "<your-detectify-api-key>"',
      ],
    },
  },
  {
    id: 'dronahq-api-token',
    description: 'DronaHQ API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['dronahq'],
    pattern:
      /(?<![A-Za-z0-9])(?:dronahq)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{50})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DRONAHQ_API_KEY=jlsvp3mf4o2gft7ddqq25fbvpbng15v4aj3ttxzmscxlx0i71s',
        'dronahq_secret: "9kbkohwja2n1dj2de9iey59mjm58hwfek2rwtfxnr8t4cjgv3p"',
      ],
      negative: [
        'DRONAHQ_API_KEY=jlsvp3mf4o2gft7ddqq25fbvp',
        'DRONAHQ_API_URL=https://api.dronahq.com/v1/',
        'DRONAHQ_ACCOUNT_ID=jlsvp3mf4o2gft7ddqq25fbvpbng15v4aj3ttxzmscxlx0i71s',
        'dronahq_api_key: "<your-dronahq-api-key>"',
      ],
    },
  },
  {
    id: 'eagleeyenetworks-api-key',
    description: 'Eagle Eye Networks API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['eagleeyenetworks'],
    pattern:
      /(?<![A-Za-z0-9])(?:eagleeyenetworks)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{15})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['EAGLEEYENETWORKS_API_KEY=l8lB9TuEbtzCxeC', 'eagleeyenetworks_secret: "PeK01t9uPbME86M"'],
      negative: [
        'EAGLEEYENETWORKS_API_KEY=l8lB9Tu',
        'EAGLEEYENETWORKS_API_URL=https://api.eagleeyenetworks.com/v1/',
        'EAGLEEYENETWORKS_ACCOUNT_ID=l8lB9TuEbtzCxeC',
        'eagleeyenetworks_api_key: "<your-eagleeyenetworks-api-key>"',
      ],
    },
  },
  {
    id: 'ecostruxureit-api-key',
    description: 'EcoStruxure IT API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ecostruxureit'],
    pattern:
      /(?<![A-Za-z0-9])(?:ecostruxureit)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(AK1[A-Za-z0-9/]{50,55})(?![A-Za-z0-9+/=])/i,
    entropy: 3,
    samples: {
      positive: [
        'ECOSTRUXUREIT_API_KEY=AK16wuTqaDji9RLtnsPCLlxG6H3RBZT79ADwa3r4irm0M68Es1VkE',
        'ecostruxureit_secret: "AK1hCTb9tqWBLnGP51aboetHOc0/aTkGt7MItr7AbPv89Td11KsmMnDO"',
      ],
      negative: [
        'ECOSTRUXUREIT_API_KEY=AK16wuTqaDji9RLtnsPCLlxG6H',
        'ECOSTRUXUREIT_API_URL=https://api.ecostruxureit.com/v1/',
        'ECOSTRUXUREIT_ACCOUNT_ID=AK16wuTqaDji9RLtnsPCLlxG6H3RBZT79ADwa3r4irm0M68Es1VkE',
        'ecostruxureit_api_key: "<your-ecostruxureit-api-key>"',
      ],
    },
  },
  {
    id: 'gitter-api-token',
    description: 'Gitter API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['gitter'],
    pattern:
      /(?<![A-Za-z0-9])(?:gitter)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9-]{40})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'GITTER_API_KEY=pdveowcq6z44jwqrbxrs96sfmne624x9t5vw84gs',
        'gitter_secret: "gbyki9q5cphfdvchp6gdnggnhtnt7t2e3sk2l5lz"',
      ],
      negative: [
        'GITTER_API_KEY=pdveowcq6z44jwqrbxrs',
        'GITTER_API_URL=https://api.gitter.com/v1/',
        'GITTER_ACCOUNT_ID=pdveowcq6z44jwqrbxrs96sfmne624x9t5vw84gs',
        'gitter_api_key: "<your-gitter-api-key>"',
      ],
    },
  },
  {
    id: 'gtmetrix-api-key',
    description: 'GTmetrix API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['gtmetrix'],
    pattern:
      /(?<![A-Za-z0-9])(?:gtmetrix)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'GTMETRIX_API_KEY=ba1bb1965c58c6f3a9a158e94326dae0',
        'gtmetrix_secret: "c3fedc314e4eb6a9c101caa58a7ce830"',
      ],
      negative: [
        'GTMETRIX_API_KEY=ba1bb1965c58c6f3',
        'GTMETRIX_API_URL=https://api.gtmetrix.com/v1/',
        'GTMETRIX_ACCOUNT_ID=ba1bb1965c58c6f3a9a158e94326dae0',
        'gtmetrix_api_key: "<your-gtmetrix-api-key>"',
      ],
    },
  },
  {
    id: 'holistic-api-key',
    description: 'Holistic API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['holistic'],
    pattern:
      /(?<![A-Za-z0-9])(?:holistic)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'HOLISTIC_API_KEY=c90015833106fe020ea4059279e6bd4e1625a4c0a474df53d758d7f830666170',
        'holistic_secret: "5a8feb36a3c47e645b6897ee78dd5076a4128c00684e1132fb04a2398b51a8f1"',
      ],
      negative: [
        'HOLISTIC_API_KEY=c90015833106fe020ea4059279e6bd4e',
        'HOLISTIC_API_URL=https://api.holistic.com/v1/',
        'HOLISTIC_ACCOUNT_ID=c90015833106fe020ea4059279e6bd4e1625a4c0a474df53d758d7f830666170',
        'holistic_api_key: "<your-holistic-api-key>"',
      ],
    },
  },
  {
    id: 'jupiterone-api-key',
    description: 'JupiterOne API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['jupiterone'],
    pattern:
      /(?<![A-Za-z0-9])(?:jupiterone)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{76})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'JUPITERONE_API_KEY=UHHsTXqTyFVRWph0e5tzaGUMON7Ktl4Uug2N6y6lLMxdzlqiM5Bv0IpBtbCduO7442FqyupC8Mki',
        'jupiterone_secret: "MPvJMnh4oH9wCPqEYHDn7U8ltizPdxJI4RvMMoAyphjEKVNT70Tx7dHEWDyzW17iB3Wj5MFWdbrt"',
      ],
      negative: [
        'JUPITERONE_API_KEY=UHHsTXqTyFVRWph0e5tzaGUMON7Ktl4Uug2N6y',
        'JUPITERONE_API_URL=https://api.jupiterone.com/v1/',
        'JUPITERONE_ACCOUNT_ID=UHHsTXqTyFVRWph0e5tzaGUMON7Ktl4Uug2N6y6lLMxdzlqiM5Bv0IpBtbCduO7442FqyupC8Mki',
        'jupiterone_api_key: "<your-jupiterone-api-key>"',
      ],
    },
  },
  {
    id: 'knapsackpro-api-token',
    description: 'Knapsack Pro API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['knapsack'],
    pattern:
      /(?<![A-Za-z0-9])(?:knapsack(?:[_ .-]?pro)?)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'KNAPSACKPRO_API_KEY=dsd11uj9t82abdetszhtfikfxnrhis5q',
        'knapsackpro_secret: "f47lcksoudddqfsduz8a32r0ei19c42x"',
      ],
      negative: [
        'KNAPSACKPRO_API_KEY=dsd11uj9t82abdet',
        'KNAPSACKPRO_API_URL=https://api.knapsackpro.com/v1/',
        'KNAPSACKPRO_ACCOUNT_ID=dsd11uj9t82abdetszhtfikfxnrhis5q',
        'knapsackpro_api_key: "<your-knapsackpro-api-key>"',
      ],
    },
  },
  {
    id: 'launchdarkly-api-key',
    description: 'LaunchDarkly SDK / API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['launchdarkly'],
    pattern:
      /(?<![A-Za-z0-9])(?:launchdarkly)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])((?:(?:sdk|api|mob)-)?[a-z0-9]{8}-[a-z0-9]{4}-4[a-z0-9]{3}-[a-z0-9]{4}-[a-z0-9]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'LAUNCHDARKLY_API_KEY=api-4fwppsr6-6te5-484l-yj6q-18m94n43tnb4',
        'launchdarkly_secret: "mob-36nx2tc9-e9er-4bgh-si09-44mgbkjso4nw"',
      ],
      negative: [
        'LAUNCHDARKLY_API_KEY=api-4fwppsr6-6te5-48',
        'LAUNCHDARKLY_API_URL=https://api.launchdarkly.com/v1/',
        'LAUNCHDARKLY_ACCOUNT_ID=api-4fwppsr6-6te5-484l-yj6q-18m94n43tnb4',
        'launchdarkly_api_key: "<your-launchdarkly-api-key>"',
      ],
    },
  },
  {
    id: 'loadmill-api-token',
    description: 'Loadmill API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['loadmill'],
    pattern:
      /(?<![A-Za-z0-9])(?:loadmill)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'LOADMILL_API_KEY=X1gqJe5idrq7HnSSO92vP9ft97T0e341rAlr8y2i',
        'loadmill_secret: "oHkNnetUj6mNlXOtUv5dUD980xTK8DdHsC0PmetG"',
      ],
      negative: [
        'LOADMILL_API_KEY=X1gqJe5idrq7HnSSO92v',
        'LOADMILL_API_URL=https://api.loadmill.com/v1/',
        'LOADMILL_ACCOUNT_ID=X1gqJe5idrq7HnSSO92vP9ft97T0e341rAlr8y2i',
        'loadmill_api_key: "<your-loadmill-api-key>"',
      ],
    },
  },
  {
    id: 'logzio-api-token',
    description: 'Logz.io API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['logz'],
    pattern:
      /(?<![A-Za-z0-9])(?:logz(?:[_ .-]?io)?)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'LOGZ_API_KEY=yc0mivto-w0x3-7lrm-iasb-kbd6tql5olyr',
        'logz_secret: "6gwy4457-w7lu-8csu-x3kd-2c7dmuii1z01"',
      ],
      negative: [
        'LOGZ_API_KEY=yc0mivto-w0x3-7lrm',
        'LOGZ_API_URL=https://api.logz.com/v1/',
        'LOGZ_ACCOUNT_ID=yc0mivto-w0x3-7lrm-iasb-kbd6tql5olyr',
        'logz_api_key: "<your-logz-api-key>"',
      ],
    },
  },
];
