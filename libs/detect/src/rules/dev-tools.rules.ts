import type { Rule } from '../rule.types';
import { alnum, hex, namedKeyRule, UUID } from './named-key-rule';

// Developer tools, CI, monitoring, hosting and infrastructure services.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const devToolsRules: Rule[] = [
  namedKeyRule({
    id: 'aiven-api-token',
    description: 'Aiven API token',
    names: ['aiven'],
    value: String.raw`[A-Za-z0-9/+=]{372}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'anypoint-api-key',
    description: 'MuleSoft Anypoint platform key',
    names: ['anypoint'],
    value: UUID,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'apimetrics-api-key',
    description: 'APImetrics API key',
    names: ['apimetrics'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'appsynergy-api-key',
    description: 'AppSynergy API key',
    names: ['appsynergy'],
    value: alnum(64),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'atera-api-key',
    description: 'Atera API key',
    names: ['atera'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'azure-search-admin-key',
    description: 'Azure AI Search admin key',
    names: ['azuresearch', 'azure_search', 'azure-search', 'azure.search', 'azure_cognitive_search'],
    value: alnum(52),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'betterstack-api-token',
    description: 'Better Stack API token',
    names: ['betterstack'],
    value: alnum(24),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'bitbar-api-key',
    description: 'BitBar API key',
    names: ['bitbar'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'blazemeter-api-key',
    description: 'BlazeMeter / Runscope API key',
    names: ['blazemeter', 'runscope'],
    value: UUID,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'boostnote-api-token',
    description: 'Boost Note API token',
    names: ['boostnote'],
    value: hex(64),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'buddyns-api-key',
    description: 'BuddyNS API key',
    names: ['buddyns'],
    value: alnum(40),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'budibase-api-key',
    description: 'Budibase API key',
    names: ['budibase'],
    value: String.raw`[a-f0-9]{32}-[a-f0-9]{78,80}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'bugherd-api-key',
    description: 'BugHerd API key',
    names: ['bugherd'],
    value: alnum(22),
    severity: 'high',
    samples: {
      positive: ['BUGHERD_API_KEY=9mkwjv379mvwo54bbcozsw', 'bugherd_secret: "wudfb2ugmx4tfij62jhthh"'],
      negative: [
        'BUGHERD_API_KEY=9mkwjv379mv',
        'BUGHERD_API_URL=https://api.bugherd.com/v1/',
        'BUGHERD_ACCOUNT_ID=9mkwjv379mvwo54bbcozsw',
        'bugherd_api_key: "<your-bugherd-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'bugsnag-auth-token',
    description: 'Bugsnag personal auth token',
    names: ['bugsnag'],
    value: UUID,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'checkly-api-key',
    description: 'Checkly API key',
    names: ['checklyhq', 'checkly'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'cloudsmith-api-key',
    description: 'Cloudsmith API key',
    names: ['cloudsmith'],
    value: hex(40),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'codacy-api-token',
    description: 'Codacy API token',
    names: ['codacy'],
    value: alnum('20,24'),
    severity: 'high',
    samples: {
      positive: ['CODACY_API_KEY=ucrzWBPtJWpAzaFoH8sAyM5', 'codacy_secret: "2qRS1IMOoQIBophMB3vh"'],
      negative: [
        'CODACY_API_KEY=ucrzWBPtJWp',
        'CODACY_API_URL=https://api.codacy.com/v1/',
        'CODACY_ACCOUNT_ID=ucrzWBPtJWpAzaFoH8sAyM5',
        'codacy_api_key: "<your-codacy-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'codeclimate-reporter-id',
    description: 'Code Climate test reporter ID / API token',
    names: ['codeclimate', 'cc_test_reporter_id'],
    value: hex(64),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'codemagic-api-token',
    description: 'Codemagic API token',
    names: ['codemagic'],
    value: String.raw`[A-Za-z0-9_]{43}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'codequiry-api-key',
    description: 'Codequiry API key',
    names: ['codequiry'],
    value: alnum(64),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'coveralls-repo-token',
    description: 'Coveralls repository token',
    names: ['coveralls'],
    value: String.raw`[A-Za-z0-9-]{37}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'dareboost-api-token',
    description: 'Dareboost API token',
    names: ['dareboost'],
    value: alnum(60),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'detectify-api-key',
    description: 'Detectify API key',
    names: ['detectify'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'dronahq-api-token',
    description: 'DronaHQ API token',
    names: ['dronahq'],
    value: alnum(50),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'eagleeyenetworks-api-key',
    description: 'Eagle Eye Networks API key',
    names: ['eagleeyenetworks'],
    value: alnum(15),
    severity: 'high',
    samples: {
      positive: ['EAGLEEYENETWORKS_API_KEY=JIlZIWwuP1AlUiO', 'eagleeyenetworks_secret: "aaNiXvjYbByjcJy"'],
      negative: [
        'EAGLEEYENETWORKS_API_KEY=JIlZIWw',
        'EAGLEEYENETWORKS_API_URL=https://api.eagleeyenetworks.com/v1/',
        'EAGLEEYENETWORKS_ACCOUNT_ID=JIlZIWwuP1AlUiO',
        'eagleeyenetworks_api_key: "<your-eagleeyenetworks-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'ecostruxureit-api-key',
    description: 'EcoStruxure IT API key',
    names: ['ecostruxureit'],
    value: String.raw`AK1[A-Za-z0-9/]{50,55}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'figma-pat-legacy',
    description: 'Figma personal access token, legacy form (digits then a UUID)',
    names: ['figma', 'x-figma'],
    value: String.raw`\d{4,6}-${UUID}`,
    samples: {
      positive: [
        "--header='X-Figma-Token: 5491-322aecdf-2e9f-885d-2f48-a935355b87d3'",
        'FIGMA_TOKEN=5761-53c945cb-b99f-d60d-68ed-f52706ec7148',
      ],
      negative: ['FIGMA_FILE_KEY=5761-53c945cb', 'figma_node_id: 5761-53c945cb-b99f-d60d-68ed'],
    },
  }),
  namedKeyRule({
    id: 'gitter-api-token',
    description: 'Gitter API token',
    names: ['gitter'],
    value: String.raw`[a-z0-9-]{40}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'gtmetrix-api-key',
    description: 'GTmetrix API key',
    names: ['gtmetrix'],
    value: hex(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'holistic-api-key',
    description: 'Holistic API key',
    names: ['holistic'],
    value: hex(64),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'jupiterone-api-key',
    description: 'JupiterOne API key',
    names: ['jupiterone'],
    value: alnum(76),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'knapsackpro-api-token',
    description: 'Knapsack Pro API token',
    names: ['knapsack', 'knapsackpro', 'knapsack_pro', 'knapsack-pro'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'launchdarkly-api-key',
    description: 'LaunchDarkly SDK / API key',
    names: ['launchdarkly'],
    value: String.raw`(?:(?:sdk|api|mob)-)?[a-z0-9]{8}-[a-z0-9]{4}-4[a-z0-9]{3}-[a-z0-9]{4}-[a-z0-9]{12}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'loadmill-api-token',
    description: 'Loadmill API token',
    names: ['loadmill'],
    value: alnum(40),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'logzio-api-token',
    description: 'Logz.io API token',
    names: ['logz', 'logzio', 'logz_io', 'logz-io'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'mockaroo-api-key',
    description: 'Mockaroo API key',
    names: ['mockaroo'],
    value: alnum(8),
    entropy: 2,
    samples: {
      positive: ['MOCKAROO_API_KEY=b229f30a', '"mockarooToken": "19077a7b",'],
      negative: [
        'MOCKAROO_API_KEY=b229',
        'MOCKAROO_ACCOUNT_ID=4c539340',
        'MOCKAROO_API_URL=https://api.mockaroo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'moralis-api-key',
    description: 'Moralis Web3 API key',
    names: ['moralis'],
    value: alnum(64),
    severity: 'high',
    samples: {
      positive: [
        'MORALIS_API_KEY=d8xFjCEGpmQAlPJfHBwNxqG8JnOBrez4ybGZsFi8yMeWmu3MmhIBcEsuo9zhB6l1',
        '"moralisToken": "s9MturnBsIgMBJhmGm9xGeNFungylMby6lCFAEPTp5B1D2VHJqpmJS1guctbytYa",',
      ],
      negative: [
        'MORALIS_API_KEY=d8xFjCEGpmQAlPJfHBwNxqG8JnOBrez4',
        'MORALIS_ACCOUNT_ID=v2FCBW6xHJIhpkXZjQdF7Ik2C5NiSCvz43bjuPDqpk7N7jdV8KGq5BFBTSFKQHP1',
        'MORALIS_API_URL=https://api.moralis.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'nftport-api-key',
    description: 'NFTPort API key',
    names: ['nftport'],
    value: UUID,
    samples: {
      positive: [
        'NFTPORT_API_KEY=877ab9dc-6672-cb1d-b738-400cb1fd7bba',
        '"nftportToken": "e966de0a-e045-7f70-c5a4-bb587f9bdf93",',
      ],
      negative: [
        'NFTPORT_API_KEY=877ab9dc-6672-cb1d',
        'NFTPORT_ACCOUNT_ID=fca71f5a-be95-108a-e96c-6b1adc8630a3',
        'NFTPORT_API_URL=https://api.nftport.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'ngrok-authtoken',
    description: 'ngrok authtoken or API key',
    names: ['ngrok'],
    value: '[a-z0-9]{27}_[a-z0-9]{21}',
    severity: 'high',
    samples: {
      positive: [
        'NGROK_API_KEY=O4UCqtcz3LDjYHNiNGyBfWO9Wdy_BqSinRy3gGgHnle6rUTyb',
        '"ngrokToken": "kWG025LSeGuIECrEkTQKxXn4FEa_7k4okOaNOpTsszeR7Rog9",',
      ],
      negative: [
        'NGROK_API_KEY=O4UCqtcz3LDjYHNiNGyBfWO9',
        'NGROK_ACCOUNT_ID=xEQ1GBQ88Z6VWtJQOL7pby3ZvDn_kZVxiDJaPeOAazyxMKewt',
        'NGROK_API_URL=https://api.ngrok.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'opsgenie-api-key',
    description: 'Opsgenie API key',
    names: ['opsgenie'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'OPSGENIE_API_KEY=89a1fd10-ba48-cb9f-de30-f0ec8bf1e614',
        '"opsgenieToken": "ae37f851-5828-fdae-da5a-107565d7ef4a",',
      ],
      negative: [
        'OPSGENIE_API_KEY=89a1fd10-ba48-cb9f',
        'OPSGENIE_ACCOUNT_ID=e271d8ab-0acb-901b-42de-9d8502ebb258',
        'OPSGENIE_API_URL=https://api.opsgenie.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'packagecloud-api-token',
    description: 'packagecloud API token',
    names: ['packagecloud'],
    value: alnum(48),
    severity: 'high',
    samples: {
      positive: [
        'PACKAGECLOUD_API_KEY=c87cd61668974b3b9a86d6f97ef2519b1fe3122d7a865be7',
        '"packagecloudToken": "3c0c4b4428648452a7d8bd80bd1196244e16ebf7931c3410",',
      ],
      negative: [
        'PACKAGECLOUD_API_KEY=c87cd61668974b3b9a86d6f9',
        'PACKAGECLOUD_ACCOUNT_ID=4259e0592598a43eda7e99ee7ef7c477510f093bd73849b0',
        'PACKAGECLOUD_API_URL=https://api.packagecloud.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pastebin-api-key',
    description: 'Pastebin developer API key',
    names: ['pastebin'],
    value: '[a-z0-9_-]{32}',
    samples: {
      positive: [
        'PASTEBIN_API_KEY=KjhSiIgw6THgi7gMwl9cQHo3BZr7rMyJ',
        '"pastebinToken": "q2ICzmxiebTga0l3FV7x6ZmScR0pUxBN",',
      ],
      negative: [
        'PASTEBIN_API_KEY=KjhSiIgw6THgi7gM',
        'PASTEBIN_ACCOUNT_ID=kXA47tYAmYUfKJMIaT0NyjyLtN02SwtU',
        'PASTEBIN_API_URL=https://api.pastebin.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pdfshift-api-key',
    description: 'PDFShift API key',
    names: ['pdfshift'],
    value: alnum(32),
    samples: {
      positive: [
        'PDFSHIFT_API_KEY=bf86f7f5b3260e0c079d003c580294f3',
        '"pdfshiftToken": "3df5f428ff108b1df3e3f2260153469a",',
      ],
      negative: [
        'PDFSHIFT_API_KEY=bf86f7f5b3260e0c',
        'PDFSHIFT_ACCOUNT_ID=02e90639a7d28b164bc5669a8ac898cb',
        'PDFSHIFT_API_URL=https://api.pdfshift.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pipedream-api-key',
    description: 'Pipedream API key',
    names: ['pipedream'],
    value: alnum(32),
    samples: {
      positive: [
        'PIPEDREAM_API_KEY=e318c8124f6eb242241e09198b106ab1',
        '"pipedreamToken": "73534ce3955f32930f79bd12896696f1",',
      ],
      negative: [
        'PIPEDREAM_API_KEY=e318c8124f6eb242',
        'PIPEDREAM_ACCOUNT_ID=5a4db87b59bfed0c9763049876711a1e',
        'PIPEDREAM_API_URL=https://api.pipedream.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'qase-api-token',
    description: 'Qase API token',
    names: ['qase'],
    value: alnum(40),
    samples: {
      positive: [
        'QASE_API_KEY=f5ce3f1802580222410058156cb373599025e4e8',
        '"qaseToken": "c72c9a740ca0a583d8527a6b6b732e951aeb5f36",',
      ],
      negative: [
        'QASE_API_KEY=f5ce3f18025802224100',
        'QASE_ACCOUNT_ID=d33defe2014a8cfdcb53516003a244db0306d526',
        'QASE_API_URL=https://api.qase.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'qubole-api-token',
    description: 'Qubole API token',
    names: ['qubole'],
    value: alnum(64),
    severity: 'high',
    samples: {
      positive: [
        'QUBOLE_API_KEY=91bf802d821f968667fcb8b00e31517b4d6c3c8a45b2a40c221233d4f15a2431',
        '"quboleToken": "d0aaafb4674c1c22e8992f6089fb9d616fac6f10e1005f6bbaedd72798f7ba9b",',
      ],
      negative: [
        'QUBOLE_API_KEY=91bf802d821f968667fcb8b00e31517b',
        'QUBOLE_ACCOUNT_ID=eeedd8a7d0847eebc7ab8923f3fedc7ea5c633c5f1ea35ef8f4801e795fe99c0',
        'QUBOLE_API_URL=https://api.qubole.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'rapidapi-key',
    description: 'RapidAPI key',
    names: ['rapidapi'],
    value: alnum(50),
    severity: 'high',
    samples: {
      positive: [
        'RAPIDAPI_API_KEY=XVW41wwvvNQNrO4kwXyqbPIVMzQz5lgs4mjqE5Sd6VxdAfWmid',
        '"rapidapiToken": "0HEOeLwqsDcwNnmfxcc8Sujo94dcoIBuxU62t8DyQZMkzE1G8u",',
      ],
      negative: [
        'RAPIDAPI_API_KEY=XVW41wwvvNQNrO4kwXyqbPIVM',
        'RAPIDAPI_ACCOUNT_ID=Tuq3oKyPNJlIVe1jYrYBUJkoLAZnJUzttf9vluwmUonITZFgxR',
        'RAPIDAPI_API_URL=https://api.rapidapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'restpack-api-token',
    description: 'Restpack API token',
    names: ['restpack'],
    value: alnum(48),
    samples: {
      positive: [
        'RESTPACK_API_KEY=mhEdY2iGrDLDTFWXcSD6iHogGvZZltOAehLqdw0Iwm3VBMsS',
        '"restpackToken": "P2Gw0MqfIDNwXmPsD4zr4P9XqK8BCgSylPzV5PFScA3AumHu",',
      ],
      negative: [
        'RESTPACK_API_KEY=mhEdY2iGrDLDTFWXcSD6iHog',
        'RESTPACK_ACCOUNT_ID=cZ2EjBJGAqNMLxvzn9Hg56weYjIj2eWvPejLRBSlRqtiIsB2',
        'RESTPACK_API_URL=https://api.restpack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'rockset-api-key',
    description: 'Rockset API key',
    names: ['rockset'],
    value: alnum(64),
    severity: 'high',
    samples: {
      positive: [
        'ROCKSET_API_KEY=GgTImgqlhWoRSzalWJNaCibfmbgTUcc5vQmI6n2dr6WOBnzQcD1O6HEfdpwI5Rx7',
        '"rocksetToken": "tfhRu1IseEFqwZbyWj7pQ00FfScaldH9hkbX9DHnF3l7U30ZI70D08Y3Tzo6JrDE",',
      ],
      negative: [
        'ROCKSET_API_KEY=GgTImgqlhWoRSzalWJNaCibfmbgTUcc5',
        'ROCKSET_ACCOUNT_ID=JRLjDybksmg2FjjliuvyoymL9ZDpIfTFpDP70XajsF6sRHhRJ9O928UukV15O65W',
        'ROCKSET_API_URL=https://api.rockset.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scaleway-secret-key',
    description: 'Scaleway secret key',
    names: ['scaleway', 'scw'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'SCALEWAY_API_KEY=3c2c2236-7e5c-5c33-2bcb-38f0422bf488',
        '"scalewayToken": "9561be51-6746-518f-30aa-6f16bb03421e",',
      ],
      negative: [
        'SCALEWAY_API_KEY=3c2c2236-7e5c-5c33',
        'SCALEWAY_ACCOUNT_ID=73dfd02c-3676-e8d8-a6dd-aea64a8ec671',
        'SCALEWAY_API_URL=https://api.scaleway.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scrutinizer-api-token',
    description: 'Scrutinizer CI API token',
    names: ['scrutinizer'],
    value: alnum(64),
    samples: {
      positive: [
        'SCRUTINIZER_API_KEY=e78bc89a568e9d9283bc1e80e056a4fe733c5090ef20e9820bdc1766ded68c7c',
        '"scrutinizerToken": "ac66b249b98bbac617ed76caf9c6556d08a26da32442a826c8f0edc8ad961818",',
      ],
      negative: [
        'SCRUTINIZER_API_KEY=e78bc89a568e9d9283bc1e80e056a4fe',
        'SCRUTINIZER_ACCOUNT_ID=b54b771ab13858b6c77e8486484a05ce2eeec6fc307dde77a593374b85cc7844',
        'SCRUTINIZER_API_URL=https://api.scrutinizer.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'selectpdf-api-key',
    description: 'SelectPdf API key',
    names: ['selectpdf'],
    value: UUID,
    samples: {
      positive: [
        'SELECTPDF_API_KEY=a24e2adf-e2c7-2fdc-0e53-88b9c52d3be7',
        '"selectpdfToken": "7a54cb8d-87ee-19c3-94dd-dca68918a744",',
      ],
      negative: [
        'SELECTPDF_API_KEY=a24e2adf-e2c7-2fdc',
        'SELECTPDF_ACCOUNT_ID=464c11aa-ca8a-86aa-92ee-917e246bb2d5',
        'SELECTPDF_API_URL=https://api.selectpdf.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'semaphore-api-token',
    description: 'Semaphore CI API token',
    names: ['semaphore'],
    value: alnum(32),
    samples: {
      positive: [
        'SEMAPHORE_API_KEY=xmWu7p7dK1UVHJCnqQ63Bnk4o8FWg7Wr',
        '"semaphoreToken": "R0FmllQYklFP2fI7Nyoj9N5xQ2I6BFFl",',
      ],
      negative: [
        'SEMAPHORE_API_KEY=xmWu7p7dK1UVHJCn',
        'SEMAPHORE_ACCOUNT_ID=yqsyUCz8fBZMrP74ptFL93pF1gKnpfOD',
        'SEMAPHORE_API_URL=https://api.semaphore.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'sentry-auth-token-legacy',
    description: 'Sentry auth token (legacy 64-hex form, by context)',
    names: ['sentry'],
    value: alnum(64),
    severity: 'high',
    samples: {
      positive: [
        'SENTRY_API_KEY=7ddbf78256d535b28d1306156fc2b8ddef2a614b20814d719f7c18fff9ccc03d',
        '"sentryToken": "d02f8ca4063c2005825b0a299e9fb9531efc1f8b969cf19b26c57639019d816f",',
      ],
      negative: [
        'SENTRY_API_KEY=7ddbf78256d535b28d1306156fc2b8dd',
        'SENTRY_ACCOUNT_ID=f5f8b046ce01534ae45efc7733772e91b93fe243c9a958456d4d8f21409d832b',
        'SENTRY_API_URL=https://api.sentry.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'shotstack-api-key',
    description: 'Shotstack API key',
    names: ['shotstack'],
    value: alnum(40),
    samples: {
      positive: [
        'SHOTSTACK_API_KEY=yLvj1CmXlKlSeh7TkN8DwZdWTyogjheuvwckuVrw',
        '"shotstackToken": "azPTtafudYprXBVGMkWFDzWQSXPD4EVlZUwlhPpq",',
      ],
      negative: [
        'SHOTSTACK_API_KEY=yLvj1CmXlKlSeh7TkN8D',
        'SHOTSTACK_ACCOUNT_ID=renm18zkgPCLu235WklLWr4vWUV47JsZBT6aTeaK',
        'SHOTSTACK_API_URL=https://api.shotstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'sigopt-api-token',
    description: 'SigOpt API token',
    names: ['sigopt'],
    value: alnum(48),
    samples: {
      positive: [
        'SIGOPT_API_KEY=YPYYFY7ZQ5Y1AQTX1SSM9QJN61E6UKQ2VVGALAO6Z8AG4ZUW',
        '"sigoptToken": "DKFL86WJB9Y64IVODZ4PM8Y8JZ131A6BT7ZDNNN1MMEWX27T",',
      ],
      negative: [
        'SIGOPT_API_KEY=YPYYFY7ZQ5Y1AQTX1SSM9QJN',
        'SIGOPT_ACCOUNT_ID=Z2B6X0TTFDUXTVWXYGQM139HM9NO4AQPCP0P7GJRU83BC65Q',
        'SIGOPT_API_URL=https://api.sigopt.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'sonarqube-token-legacy',
    description: 'SonarQube / SonarCloud token (legacy 40-hex form, by context)',
    names: [
      'sonar.login',
      'dsonar.login',
      'sonarlogin',
      'sonar_login',
      'sonar_token',
      'sonar_api_token',
      'sonar.token',
    ],
    value: alnum(40),
    severity: 'high',
    samples: {
      positive: [
        'SONAR_LOGIN_API_KEY=ea0affe2df29101825b961cd548d937a07c90d58',
        '"sonarloginToken": "d3416da79ce8b834491991f8d930bd53c02720a1",',
      ],
      negative: [
        'SONAR_LOGIN_API_KEY=ea0affe2df29101825b9',
        'SONAR_LOGIN_ACCOUNT_ID=9e20b09f21226867012546ea8b0b35e1f764716b',
        'SONAR_LOGIN_API_URL=https://api.sonar.login.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'squarespace-api-key',
    description: 'Squarespace API key',
    names: ['squarespace'],
    value: UUID,
    samples: {
      positive: [
        'SQUARESPACE_API_KEY=a394dfc2-993a-54e5-ce76-617cfbb6963c',
        '"squarespaceToken": "31a79d21-d020-d1f0-e641-56eb676a0921",',
      ],
      negative: [
        'SQUARESPACE_API_KEY=a394dfc2-993a-54e5',
        'SQUARESPACE_ACCOUNT_ID=10a899d7-4fe0-74ca-377e-16c3c9ad8ad6',
        'SQUARESPACE_API_URL=https://api.squarespace.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'sslmate-api-key',
    description: 'SSLMate API key',
    names: ['sslmate'],
    value: alnum(36),
    severity: 'high',
    samples: {
      positive: [
        'SSLMATE_API_KEY=B5vrydBAuibylGfAxmf6gIyPvpDf85aHxWgt',
        '"sslmateToken": "SEww2udNdMX7k87sobolyGKSPJxyDWNhruzu",',
      ],
      negative: [
        'SSLMATE_API_KEY=B5vrydBAuibylGfAxm',
        'SSLMATE_ACCOUNT_ID=h8RXn8azl5czatadsveEh1x84uzJBBMHZgGX',
        'SSLMATE_API_URL=https://api.sslmate.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'stitch-data-api-token',
    description: 'Stitch (Stitch Data) API token',
    names: ['stitchdata', 'stitch_data'],
    value: alnum(35),
    samples: {
      positive: [
        'STITCHDATA_API_KEY=AVpWXKNbDo2OCTqvgQl310EVwVSMPhLvBzt',
        '"stitchdataToken": "OmY9TABduZfWbZ90C5PxLSVI4cNJBTUDY7g",',
      ],
      negative: [
        'STITCHDATA_API_KEY=AVpWXKNbDo2OCTqvg',
        'STITCHDATA_ACCOUNT_ID=PKWvBFhE325eLxJIofFCCUar4RqMDJ0Q8gZ',
        'STITCHDATA_API_URL=https://api.stitchdata.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'storyblok-access-token',
    description: 'Storyblok access token',
    names: ['storyblok'],
    value: '[a-z0-9]{22}tt',
    samples: {
      positive: [
        'STORYBLOK_API_KEY=IQ8zVcVsOmPEk39yQCCaJ4tt',
        '"storyblokToken": "36gbySVMdRlXCOXkoHlGQytt",',
      ],
      negative: [
        'STORYBLOK_API_KEY=IQ8zVcVsOmPE',
        'STORYBLOK_ACCOUNT_ID=hblUeA3sOT1Nwsdyc5aahGtt',
        'STORYBLOK_API_URL=https://api.storyblok.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'swiftype-api-key',
    description: 'Swiftype API key',
    names: ['swiftype'],
    value: '[a-z0-9_-]{20}',
    samples: {
      positive: ['SWIFTYPE_API_KEY=KOew9F47qN98wcOmLR1M', '"swiftypeToken": "ZVljgY81hBNBekJSshUA",'],
      negative: [
        'SWIFTYPE_API_KEY=KOew9F47qN',
        'SWIFTYPE_ACCOUNT_ID=nBosteX2tsA8IrCqn4tH',
        'SWIFTYPE_API_URL=https://api.swiftype.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'unplugg-api-key',
    description: 'Unplugg API key',
    names: ['unplugg'],
    value: alnum(64),
    samples: {
      positive: [
        'UNPLUGG_API_KEY=2c96e948aee49db3efcf20c744eb704e97664b21f9e3ccfa9566b7787fd92e15',
        '"unpluggToken": "9ed3d608c73cae5d43240b75d05105c873b88d6d819c0881c2ea74838fc75614",',
      ],
      negative: [
        'UNPLUGG_API_KEY=2c96e948aee49db3efcf20c744eb704e',
        'UNPLUGG_ACCOUNT_ID=740a43618d2fe6451ae1c2806dfcc9765047d2053b6150f2c81f7bac97483110',
        'UNPLUGG_API_URL=https://api.unplugg.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'versioneye-api-key',
    description: 'VersionEye API key',
    names: ['versioneye'],
    value: alnum(40),
    samples: {
      positive: [
        'VERSIONEYE_API_KEY=9f11a79ac8912a7ed28be0979dc8fe69a8aab476',
        '"versioneyeToken": "f8397e7411b5938f5548b63feb671b1050116b15",',
      ],
      negative: [
        'VERSIONEYE_API_KEY=9f11a79ac8912a7ed28b',
        'VERSIONEYE_ACCOUNT_ID=1db766602fae94a35011ea7d5b3515ad161d92dc',
        'VERSIONEYE_API_URL=https://api.versioneye.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'vultr-api-key',
    description: 'Vultr API key',
    names: ['vultr'],
    value: alnum(36),
    severity: 'high',
    samples: {
      positive: [
        'VULTR_API_KEY=X9S0RBWF7QKALRCEJJV760E5Y2G54H2FNF0S',
        '"vultrToken": "E26Y9EQABYQZLK0NK7OBEXRFBAERTG0D4SGQ",',
      ],
      negative: [
        'VULTR_API_KEY=X9S0RBWF7QKALRCEJJ',
        'VULTR_ACCOUNT_ID=O3XHZS6A4H9E4UVXPHFTOIVXMBVJGPPS6FJ0',
        'VULTR_API_URL=https://api.vultr.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'webflow-api-token',
    description: 'Webflow API token',
    names: ['webflow'],
    value: alnum(64),
    samples: {
      positive: [
        'WEBFLOW_API_KEY=560113e7da183c4316c0376956f3dd03557be9c72a7b55a182784ab917230ba0',
        '"webflowToken": "c2f72e3fe7eb1e81c8d1aa583e4a2a691447a06e939b09ec80fd2d24d487a143",',
      ],
      negative: [
        'WEBFLOW_API_KEY=560113e7da183c4316c0376956f3dd03',
        'WEBFLOW_ACCOUNT_ID=4c3407db78a84916cb0b2d9ea1817a3ebaef1a56338831ab8fc3bc83019cf9e4',
        'WEBFLOW_API_URL=https://api.webflow.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'wistia-api-token',
    description: 'Wistia API token',
    names: ['wistia'],
    value: alnum(64),
    samples: {
      positive: [
        'WISTIA_API_KEY=2dd05551ec2a2b3c9001b7c063f36b4372d39780450ca0f115022a5b9562f36f',
        '"wistiaToken": "db40f36af9bd8768bf945ea7a6253da423183c177026d3e709aef5c6dac56361",',
      ],
      negative: [
        'WISTIA_API_KEY=2dd05551ec2a2b3c9001b7c063f36b43',
        'WISTIA_ACCOUNT_ID=b5e974685b00a8b7284aaaf26873e3f53064ed18db586d7c3a4f69b24462f025',
        'WISTIA_API_URL=https://api.wistia.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zerotier-api-token',
    description: 'ZeroTier Central API token',
    names: ['zerotier'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'ZEROTIER_API_KEY=fp7eCkY1yqLFO05kFQQkYP6riuQ4KjV3',
        '"zerotierToken": "hR0ZQRYF6lyUnDdZSG7vS40PrKBAMjMt",',
      ],
      negative: [
        'ZEROTIER_API_KEY=fp7eCkY1yqLFO05k',
        'ZEROTIER_ACCOUNT_ID=q8CPwsRCA96AXKUOeeALoZYycrJBitd1',
        'ZEROTIER_API_URL=https://api.zerotier.com/v1/',
      ],
    },
  }),
];
