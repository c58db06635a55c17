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
        'AIVEN_API_KEY=C4HAQO9AtHxWisD0T+i43o2KCsYmBhvGPIPJ33Uqbcgz3trhkF9BDA96NfnXCx6iGs3=ockkTkne=d+fqLGjA0cFrC845oNYfxDRBABdT7BB/CPu+us2TuImBJk=vC=hVZi4F4iePB3tDXI1sZl=JAX=1loPOFVCXWqhrxgJHzHMoh67M5JnV4GPVJIRnYEKMpwbI5JHFwsGYDqowSMo7ILktUmKOyDRPwOCCovzt5PrqemCt07rRUqw8v0zcYC0ypPhGlpof0hKuCW=Bc=slOEz7gb5EG/6bckcOoBkwuQVvxgpvbUeBkx/LN+oL7LTB3YsGNqBAzjB0tRrPizFAvGgoFhzHUhOIjX86/Xiu1bpQaINJzJc',
        'aiven_secret: "FdcFI30roFV0Ng0edDCdmN0FaZy+r4ePpav0t0ErOfnS+Gc=BCCZlMm9a/o7Panka8fyAilc68pezNAfFYONdV5lW4mbULwNWshUt=Qf+UTPbTSXFQ1WRMUw6TwjnbQ8gGEchEDinQPTT8qerEUZYN/jn9LGSo=FBUJe4UH=BY2nXU21C=PujSeA1n1IMWWVezqn8RR7c8XH3DjdgQdso0J/SPLjeZlvBWVQFfDJxmWY3/2emVQTvGYn9INQbGXR44/06wJbVSYDvfPZ=q1YrZb9qDBtQucX1Y3OZhQC1/wn02WVzlBJQYLJMSCfFp4cdWwZC9n2EPlUz+DUQBxYlJqZVXaz4EvyTOtsSmr0so2hBf3yzQ4y"',
      ],
      negative: [
        'AIVEN_API_KEY=C4HAQO9AtHxWisD0T+i43o2KCsYmBhvGPIPJ33Uqbcgz3trhkF9BDA96NfnXCx6iGs3=ockkTkne=d+fqLGjA0cFrC845oNYfxDRBABdT7BB/CPu+us2TuImBJk=vC=hVZi4F4iePB3tDXI1sZl=JAX=1loPOFVCXWqhrxgJHzHMoh67M5JnV4GPVJ',
        'AIVEN_API_URL=https://api.aiven.com/v1/',
        'AIVEN_ACCOUNT_ID=C4HAQO9AtHxWisD0T+i43o2KCsYmBhvGPIPJ33Uqbcgz3trhkF9BDA96NfnXCx6iGs3=ockkTkne=d+fqLGjA0cFrC845oNYfxDRBABdT7BB/CPu+us2TuImBJk=vC=hVZi4F4iePB3tDXI1sZl=JAX=1loPOFVCXWqhrxgJHzHMoh67M5JnV4GPVJIRnYEKMpwbI5JHFwsGYDqowSMo7ILktUmKOyDRPwOCCovzt5PrqemCt07rRUqw8v0zcYC0ypPhGlpof0hKuCW=Bc=slOEz7gb5EG/6bckcOoBkwuQVvxgpvbUeBkx/LN+oL7LTB3YsGNqBAzjB0tRrPizFAvGgoFhzHUhOIjX86/Xiu1bpQaINJzJc',
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
        'ANYPOINT_API_KEY=6b885cc9-3829-21d2-77d8-80e579f57769',
        'anypoint_secret: "a1ee0bcd-b143-794e-eac9-7b989aef0720"',
      ],
      negative: [
        'ANYPOINT_API_KEY=6b885cc9-3829-21d2',
        'ANYPOINT_API_URL=https://api.anypoint.com/v1/',
        'ANYPOINT_ACCOUNT_ID=6b885cc9-3829-21d2-77d8-80e579f57769',
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
        'APIMETRICS_API_KEY=wf83zpNYvmDjAWCTnwBQbgIBgR6ateh1',
        'apimetrics_secret: "r0RJuW2CfFrtIrYfpbi437SPhEEWEG94"',
      ],
      negative: [
        'APIMETRICS_API_KEY=wf83zpNYvmDjAWCT',
        'APIMETRICS_API_URL=https://api.apimetrics.com/v1/',
        'APIMETRICS_ACCOUNT_ID=wf83zpNYvmDjAWCTnwBQbgIBgR6ateh1',
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
        'APPSYNERGY_API_KEY=2f6cv64cqafi3rkc12r7u8o7fz8vxws22d6e9gsbcogib7cmpk5h7vc534dw266e',
        'appsynergy_secret: "cwh0jr134wn62jblnp6gvdpv6gl0otwtshft0mi4ijrb3uugz1a3sm5drueu31g4"',
      ],
      negative: [
        'APPSYNERGY_API_KEY=2f6cv64cqafi3rkc12r7u8o7fz8vxws2',
        'APPSYNERGY_API_URL=https://api.appsynergy.com/v1/',
        'APPSYNERGY_ACCOUNT_ID=2f6cv64cqafi3rkc12r7u8o7fz8vxws22d6e9gsbcogib7cmpk5h7vc534dw266e',
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
        'ATERA_API_KEY=4s877ka48f2tfcy437ft61vz5j7vnzpw',
        'atera_secret: "49g002bih75etd27wyd3shh363watid3"',
      ],
      negative: [
        'ATERA_API_KEY=4s877ka48f2tfcy4',
        'ATERA_API_URL=https://api.atera.com/v1/',
        'ATERA_ACCOUNT_ID=4s877ka48f2tfcy437ft61vz5j7vnzpw',
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
        'AZURE_SEARCH_API_KEY=QLCgw4LuaqoX2xJtKKbKzxJ65QVgEfRVqc5OvquonnPPa9zYHQ3l',
        'azure_search_secret: "h9qGMfABrMkzpFY7Iqkr5wEowLE9ez5ZaPzkHgfqnYkpL35i1Gcf"',
      ],
      negative: [
        'AZURE_SEARCH_API_KEY=QLCgw4LuaqoX2xJtKKbKzxJ65Q',
        'AZURE_SEARCH_API_URL=https://api.azure_search.com/v1/',
        'AZURE_SEARCH_ACCOUNT_ID=QLCgw4LuaqoX2xJtKKbKzxJ65QVgEfRVqc5OvquonnPPa9zYHQ3l',
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
        'BETTERSTACK_API_KEY=b95gfLaBFWFJNuNu5iNWe2F0',
        'betterstack_secret: "mD5cddV5LBha82CWP1Tmq41s"',
      ],
      negative: [
        'BETTERSTACK_API_KEY=b95gfLaBFWFJ',
        'BETTERSTACK_API_URL=https://api.betterstack.com/v1/',
        'BETTERSTACK_ACCOUNT_ID=b95gfLaBFWFJNuNu5iNWe2F0',
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
        'BITBAR_API_KEY=59lt1f98gbgr1oaavq2sk301n26n54o7',
        'bitbar_secret: "56vlxzp7vkzpuapmouwavioz37nrwzuw"',
      ],
      negative: [
        'BITBAR_API_KEY=59lt1f98gbgr1oaa',
        'BITBAR_API_URL=https://api.bitbar.com/v1/',
        'BITBAR_ACCOUNT_ID=59lt1f98gbgr1oaavq2sk301n26n54o7',
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
      /(?<![A-Za-z0-9])(?:blazemeter|runscope)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'BLAZEMETER_API_KEY=e27a7a2f-b55d-75e8-7b76-a3ac717351e2',
        'blazemeter_secret: "65430c4d-76b9-9124-7ff6-99c0a4bf3ba5"',
      ],
      negative: [
        'BLAZEMETER_API_KEY=e27a7a2f-b55d-75e8',
        'BLAZEMETER_API_URL=https://api.blazemeter.com/v1/',
        'BLAZEMETER_ACCOUNT_ID=e27a7a2f-b55d-75e8-7b76-a3ac717351e2',
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
        'BOOSTNOTE_API_KEY=e0760d3fc706fce954ef11714029f7ac4e8875633baaffd6abf52ce7c4d60589',
        'boostnote_secret: "dd4ccab6e25857cd2af9f44967598972978de49139c721d06ecfcd35c064b6ad"',
      ],
      negative: [
        'BOOSTNOTE_API_KEY=e0760d3fc706fce954ef11714029f7ac',
        'BOOSTNOTE_API_URL=https://api.boostnote.com/v1/',
        'BOOSTNOTE_ACCOUNT_ID=e0760d3fc706fce954ef11714029f7ac4e8875633baaffd6abf52ce7c4d60589',
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
        'BUDDYNS_API_KEY=ttgj8yk9inemh2dhsumaczjgeqj5x6uvnzxycb63',
        'buddyns_secret: "djpduc4m7jco16dbjnn8pqmtfc65zku5czg59j79"',
      ],
      negative: [
        'BUDDYNS_API_KEY=ttgj8yk9inemh2dhsuma',
        'BUDDYNS_API_URL=https://api.buddyns.com/v1/',
        'BUDDYNS_ACCOUNT_ID=ttgj8yk9inemh2dhsumaczjgeqj5x6uvnzxycb63',
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
        'BUDIBASE_API_KEY=11d5bb7148179a7f2a5a4de36d3fd60a-4d2a96149fa40d9bd14ec6a43a913321bb9263fdd80907adb0944fe93110b5fc429085dc742033c',
        'budibase_secret: "38c37a90e8759a3fc66c422fcf1105db-5b2acabf49832a343bb13dabd571194c5f6768112f189a6ed3e0c507d555b6c0d9e38cc2b135902b"',
      ],
      negative: [
        'BUDIBASE_API_KEY=11d5bb7148179a7f2a5a4de36d3fd60a-4d2a96149fa40d9bd14ec6a',
        'BUDIBASE_API_URL=https://api.budibase.com/v1/',
        'BUDIBASE_ACCOUNT_ID=11d5bb7148179a7f2a5a4de36d3fd60a-4d2a96149fa40d9bd14ec6a43a913321bb9263fdd80907adb0944fe93110b5fc429085dc742033c',
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
      positive: ['BUGHERD_API_KEY=9mkwjv379mvwo54bbcozsw', 'bugherd_secret: "wudfb2ugmx4tfij62jhthh"'],
      negative: [
        'BUGHERD_API_KEY=9mkwjv379mv',
        'BUGHERD_API_URL=https://api.bugherd.com/v1/',
        'BUGHERD_ACCOUNT_ID=9mkwjv379mvwo54bbcozsw',
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
        'BUGSNAG_API_KEY=8f445b15-ac5b-d02d-1d61-ff79fe84c941',
        'bugsnag_secret: "b924398d-a930-5173-e779-fa72d76c546c"',
      ],
      negative: [
        'BUGSNAG_API_KEY=8f445b15-ac5b-d02d',
        'BUGSNAG_API_URL=https://api.bugsnag.com/v1/',
        'BUGSNAG_ACCOUNT_ID=8f445b15-ac5b-d02d-1d61-ff79fe84c941',
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
        'CHECKLYHQ_API_KEY=20m80ytrwe5637yw9f8zptz9yccdne0i',
        'checklyhq_secret: "g8tfdygmielnr8yg6nuqv09bl4n6znoo"',
      ],
      negative: [
        'CHECKLYHQ_API_KEY=20m80ytrwe5637yw',
        'CHECKLYHQ_API_URL=https://api.checklyhq.com/v1/',
        'CHECKLYHQ_ACCOUNT_ID=20m80ytrwe5637yw9f8zptz9yccdne0i',
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
        'CLOUDSMITH_API_KEY=0d92fd32617c96152197c45c686baa90fe8f5c23',
        'cloudsmith_secret: "5cd2d9ee6dfbcc8da667eba5fca96cde80a7f008"',
      ],
      negative: [
        'CLOUDSMITH_API_KEY=0d92fd32617c96152197',
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
      positive: ['CODACY_API_KEY=ucrzWBPtJWpAzaFoH8sAyM5', 'codacy_secret: "2qRS1IMOoQIBophMB3vh"'],
      negative: [
        'CODACY_API_KEY=ucrzWBPtJWp',
        'CODACY_API_URL=https://api.codacy.com/v1/',
        'CODACY_ACCOUNT_ID=ucrzWBPtJWpAzaFoH8sAyM5',
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
        'CODECLIMATE_API_KEY=2883ee6ae695f78e7b11a3ab61401012677af78d4d42d1b79cba4ef106da7760',
        'codeclimate_secret: "74f7ad0f1b5454156dfed88e5eda83a689a98959dd633df402d894b3389340b8"',
      ],
      negative: [
        'CODECLIMATE_API_KEY=2883ee6ae695f78e7b11a3ab61401012',
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
        'CODEMAGIC_API_KEY=zZxuLxPHGnJdlM4OwzqJ9e8ti6Y0kE8T15CFXb7CkUI',
        'codemagic_secret: "7dMwzNXlmG1Pv0M7fyWektqPTcHlZGyc6xJrzepweox"',
      ],
      negative: [
        'CODEMAGIC_API_KEY=zZxuLxPHGnJdlM4OwzqJ9',
        'CODEMAGIC_API_URL=https://api.codemagic.com/v1/',
        'CODEMAGIC_ACCOUNT_ID=zZxuLxPHGnJdlM4OwzqJ9e8ti6Y0kE8T15CFXb7CkUI',
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
        'CODEQUIRY_API_KEY=V59jvzzFihYA180vdzWoq0iZEwZFrzqqTtIv1pdGnanQt08QvHKlvu2gVIXh51bO',
        'codequiry_secret: "WlNkYro4QZRywOVMdJ3MSW00wq3fABL9WCtG5Knwcktb9GrVXLKiH92lc2i4N53p"',
      ],
      negative: [
        'CODEQUIRY_API_KEY=V59jvzzFihYA180vdzWoq0iZEwZFrzqq',
        'CODEQUIRY_API_URL=https://api.codequiry.com/v1/',
        'CODEQUIRY_ACCOUNT_ID=V59jvzzFihYA180vdzWoq0iZEwZFrzqqTtIv1pdGnanQt08QvHKlvu2gVIXh51bO',
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
        'COVERALLS_API_KEY=cN6uzy6sY6GawxUJNSin99PxUW9TCw1fdUxHE',
        'coveralls_secret: "SPvj8KxVzaIkD-84Z0Y-4c8i5vZNdNtQbJ9FS"',
      ],
      negative: [
        'COVERALLS_API_KEY=cN6uzy6sY6GawxUJNS',
        'COVERALLS_API_URL=https://api.coveralls.com/v1/',
        'COVERALLS_ACCOUNT_ID=cN6uzy6sY6GawxUJNSin99PxUW9TCw1fdUxHE',
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
        'DAREBOOST_API_KEY=aiDQt4JvwXAY02fxz5zpgNJ7fN30ySmRSUun5B7qtom84fZIg0ZkhPnVOgpu',
        'dareboost_secret: "BP0phGpgTmrnnntCv8ilxLk0xikLM9bPMqdPztmCr0GVBZgLWt76wq3qL65Q"',
      ],
      negative: [
        'DAREBOOST_API_KEY=aiDQt4JvwXAY02fxz5zpgNJ7fN30yS',
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
        'DETECTIFY_API_KEY=d08ygcggi2sbfq7q2rtsnxo89aui37tf',
        'detectify_secret: "4g0dziiu7m26xpej2uqrcjedweb8n1hc"',
      ],
      negative: [
        'DETECTIFY_API_KEY=d08ygcggi2sbfq7q',
        'DETECTIFY_API_URL=https://api.detectify.com/v1/',
        'DETECTIFY_ACCOUNT_ID=d08ygcggi2sbfq7q2rtsnxo89aui37tf',
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
        'DRONAHQ_API_KEY=vuhgb3xolggxrg4qqxrbv3qzvcgh1e3eyo994pl7111dqza8fm',
        'dronahq_secret: "piapl3gade2h26wtbvqg251jqoxir8bc0dxghme8as1wd9ufo9"',
      ],
      negative: [
        'DRONAHQ_API_KEY=vuhgb3xolggxrg4qqxrbv3qzv',
        'DRONAHQ_API_URL=https://api.dronahq.com/v1/',
        'DRONAHQ_ACCOUNT_ID=vuhgb3xolggxrg4qqxrbv3qzvcgh1e3eyo994pl7111dqza8fm',
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
      positive: ['EAGLEEYENETWORKS_API_KEY=JIlZIWwuP1AlUiO', 'eagleeyenetworks_secret: "aaNiXvjYbByjcJy"'],
      negative: [
        'EAGLEEYENETWORKS_API_KEY=JIlZIWw',
        'EAGLEEYENETWORKS_API_URL=https://api.eagleeyenetworks.com/v1/',
        'EAGLEEYENETWORKS_ACCOUNT_ID=JIlZIWwuP1AlUiO',
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
        'ECOSTRUXUREIT_API_KEY=AK1011v9kEAvByHcPfRthXzRoAh7gJJnqeCx9KNcTLJ048wknvkFWsRHCX',
        'ecostruxureit_secret: "AK1tTZ9eDJrkDDQMAAxU77QtgcRfyf1SqJ5HEPtyZJooeg9V7n0luO2"',
      ],
      negative: [
        'ECOSTRUXUREIT_API_KEY=AK1011v9kEAvByHcPfRthXzRoAh7g',
        'ECOSTRUXUREIT_API_URL=https://api.ecostruxureit.com/v1/',
        'ECOSTRUXUREIT_ACCOUNT_ID=AK1011v9kEAvByHcPfRthXzRoAh7gJJnqeCx9KNcTLJ048wknvkFWsRHCX',
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
        'GITTER_API_KEY=b-yrsmru7wk2u4tx8caq01sp4ggqqb9frv2mz7lo',
        'gitter_secret: "2l8od0a9evtwqg5h84tjt7o87hmted0bcblddtg4"',
      ],
      negative: [
        'GITTER_API_KEY=b-yrsmru7wk2u4tx8caq',
        'GITTER_API_URL=https://api.gitter.com/v1/',
        'GITTER_ACCOUNT_ID=b-yrsmru7wk2u4tx8caq01sp4ggqqb9frv2mz7lo',
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
        'GTMETRIX_API_KEY=f4b46a64c1ab0687fa559ebbbdd4373f',
        'gtmetrix_secret: "0ef975686c1e041c35cbba5f60a7a400"',
      ],
      negative: [
        'GTMETRIX_API_KEY=f4b46a64c1ab0687',
        'GTMETRIX_API_URL=https://api.gtmetrix.com/v1/',
        'GTMETRIX_ACCOUNT_ID=f4b46a64c1ab0687fa559ebbbdd4373f',
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
        'HOLISTIC_API_KEY=b8d882c44ed38833a50780a9fb1fadb5a2b0f578114401b42c00ed5493bdba52',
        'holistic_secret: "c5c8dbf6b3220c8de349d1f580e9f65745186ffde7f12e31e37991aeedc5b801"',
      ],
      negative: [
        'HOLISTIC_API_KEY=b8d882c44ed38833a50780a9fb1fadb5',
        'HOLISTIC_API_URL=https://api.holistic.com/v1/',
        'HOLISTIC_ACCOUNT_ID=b8d882c44ed38833a50780a9fb1fadb5a2b0f578114401b42c00ed5493bdba52',
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
        'JUPITERONE_API_KEY=fH4yPWOHbAITk7D16VFZB6KcB4p2Z57ctXJBNG7Ocb8vAgIDj9TYDaMyPVcLlGfcOEkHd95igbRw',
        'jupiterone_secret: "PGsXOKN3OM5P8sQGTFI1cjwuZj04ClHjSJlFQUpSTgS1NDSL0GoFJIh8c1V9ib3ldg2SUkDymCsw"',
      ],
      negative: [
        'JUPITERONE_API_KEY=fH4yPWOHbAITk7D16VFZB6KcB4p2Z57ctXJBNG',
        'JUPITERONE_API_URL=https://api.jupiterone.com/v1/',
        'JUPITERONE_ACCOUNT_ID=fH4yPWOHbAITk7D16VFZB6KcB4p2Z57ctXJBNG7Ocb8vAgIDj9TYDaMyPVcLlGfcOEkHd95igbRw',
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
        'KNAPSACKPRO_API_KEY=cm9vem2en2yaomdioh9cpslattmwsrej',
        'knapsackpro_secret: "9y553hz0h0t37gh1u7z4l8b0xgf1l14g"',
      ],
      negative: [
        'KNAPSACKPRO_API_KEY=cm9vem2en2yaomdi',
        'KNAPSACKPRO_API_URL=https://api.knapsackpro.com/v1/',
        'KNAPSACKPRO_ACCOUNT_ID=cm9vem2en2yaomdioh9cpslattmwsrej',
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
        'LAUNCHDARKLY_API_KEY=x2why6wi-2t3t-4z6d-tb56-97ebozq79jp0',
        'launchdarkly_secret: "l7um2u3e-nw40-42q6-xg47-2bpe6389eyzi"',
      ],
      negative: [
        'LAUNCHDARKLY_API_KEY=x2why6wi-2t3t-4z6d',
        'LAUNCHDARKLY_API_URL=https://api.launchdarkly.com/v1/',
        'LAUNCHDARKLY_ACCOUNT_ID=x2why6wi-2t3t-4z6d-tb56-97ebozq79jp0',
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
        'LOADMILL_API_KEY=6grycyDVkU88qYHuo7wXo00JrAaQ26Vl2VwfpWSX',
        'loadmill_secret: "sl2oMu3eRgZonOo2oq4wnKdwu0vx8YY62UiqS7KN"',
      ],
      negative: [
        'LOADMILL_API_KEY=6grycyDVkU88qYHuo7wX',
        'LOADMILL_API_URL=https://api.loadmill.com/v1/',
        'LOADMILL_ACCOUNT_ID=6grycyDVkU88qYHuo7wXo00JrAaQ26Vl2VwfpWSX',
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
        'LOGZ_API_KEY=c00z3sxf-6a5l-w918-qo1d-fi5qx4sm71jl',
        'logz_secret: "aobjd77e-2sbz-q36n-8192-x0oykw5f2313"',
      ],
      negative: [
        'LOGZ_API_KEY=c00z3sxf-6a5l-w918',
        'LOGZ_API_URL=https://api.logz.com/v1/',
        'LOGZ_ACCOUNT_ID=c00z3sxf-6a5l-w918-qo1d-fi5qx4sm71jl',
        'logz_api_key: "<your-logz-api-key>"',
      ],
    },
  },
];
