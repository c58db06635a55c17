import type { Rule } from '../rule.types';

// Data and enrichment APIs:
// keys without a distinctive prefix, recognised by the provider's name in the key name
// right before the value (`<provider>[...](secret|private|access|key|token)[...] = <value>`) and
// by the value's documented shape (alphabet and length). Hence confidence 'medium'.
export const dataApiRulesA: Rule[] = [
  {
    id: 'apilayer-api-key',
    description: 'apilayer API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['apilayer'],
    pattern:
      /(?<![A-Za-z0-9])(?:apilayer)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'APILAYER_API_KEY=EcQMVliayNJt5H6xBRrFgLQgw7g6njqa',
        'apilayer_secret: "R87voSU4vgWW3b4SLGXttb2aP3Hfv4rB"',
      ],
      negative: [
        'APILAYER_API_KEY=EcQMVliayNJt5H6x',
        'APILAYER_API_URL=https://api.apilayer.com/v1/',
        'APILAYER_ACCOUNT_ID=EcQMVliayNJt5H6xBRrFgLQgw7g6njqa',
        'apilayer_api_key: "<your-apilayer-api-key>"',
      ],
    },
  },
  {
    id: 'besttime-api-key',
    description: 'BestTime API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['besttime'],
    pattern:
      /(?<![A-Za-z0-9])(?:besttime)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_]{36})(?![A-Za-z0-9_])/i,
    entropy: 3,
    samples: {
      positive: [
        'BESTTIME_API_KEY=V1mwlK_9hQAXCoEaeWsWMVTs7ZZ6kHz0OpFH',
        'besttime_secret: "ToHw3hkpS7n0dvuDgxEMmeF0KiAkh8WxwIC7"',
      ],
      negative: [
        'BESTTIME_API_KEY=V1mwlK_9hQAXCoEaeW',
        'BESTTIME_API_URL=https://api.besttime.com/v1/',
        'BESTTIME_ACCOUNT_ID=V1mwlK_9hQAXCoEaeWsWMVTs7ZZ6kHz0OpFH',
        'besttime_api_key: "<your-besttime-api-key>"',
      ],
    },
  },
  {
    id: 'brandfetch-api-key',
    description: 'Brandfetch API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['brandfetch'],
    pattern:
      /(?<![A-Za-z0-9])(?:brandfetch)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BRANDFETCH_API_KEY=0DHVO7A7kblvhVEWhzTaK279d4iaa6uc0e15wCg2',
        'brandfetch_secret: "BbMoLrvEpp4HDbJ3qPy6SmD0rqb4dOLCDH1rvgFe"',
      ],
      negative: [
        'BRANDFETCH_API_KEY=0DHVO7A7kblvhVEWhzTa',
        'BRANDFETCH_API_URL=https://api.brandfetch.com/v1/',
        'BRANDFETCH_ACCOUNT_ID=0DHVO7A7kblvhVEWhzTaK279d4iaa6uc0e15wCg2',
        'brandfetch_api_key: "<your-brandfetch-api-key>"',
      ],
    },
  },
  {
    id: 'calendarific-api-key',
    description: 'Calendarific API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['calendarific'],
    pattern:
      /(?<![A-Za-z0-9])(?:calendarific)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CALENDARIFIC_API_KEY=r9ybkIaKaSKQtgex43pxHlxC2gPY3JMH',
        'calendarific_secret: "A0nYxdUUvZRHqC6NjatVGdiIFvLAuSnq"',
      ],
      negative: [
        'CALENDARIFIC_API_KEY=r9ybkIaKaSKQtgex',
        'CALENDARIFIC_API_URL=https://api.calendarific.com/v1/',
        'CALENDARIFIC_ACCOUNT_ID=r9ybkIaKaSKQtgex43pxHlxC2gPY3JMH',
        'calendarific_api_key: "<your-calendarific-api-key>"',
      ],
    },
  },
  {
    id: 'carboninterface-api-key',
    description: 'Carbon Interface API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['carboninterface'],
    pattern:
      /(?<![A-Za-z0-9])(?:carboninterface)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{21})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CARBONINTERFACE_API_KEY=pZ3yEFJns18BNRARaYHG4',
        'carboninterface_secret: "k4JWvQ3oKdGMQBLKvpU1N"',
      ],
      negative: [
        'CARBONINTERFACE_API_KEY=pZ3yEFJns1',
        'CARBONINTERFACE_API_URL=https://api.carboninterface.com/v1/',
        'CARBONINTERFACE_ACCOUNT_ID=pZ3yEFJns18BNRARaYHG4',
        'carboninterface_api_key: "<your-carboninterface-api-key>"',
      ],
    },
  },
  {
    id: 'cicero-api-key',
    description: 'Cicero API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cicero'],
    pattern:
      /(?<![A-Za-z0-9])(?:cicero)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CICERO_API_KEY=yh1letaxrc4q23h0tiuw73ip0m24v2q97mgjocby',
        'cicero_secret: "3xe1ymnbejunw7emz4wpzqpth7qu2ka0q5iq0gtw"',
      ],
      negative: [
        'CICERO_API_KEY=yh1letaxrc4q23h0tiuw',
        'CICERO_API_URL=https://api.cicero.com/v1/',
        'CICERO_ACCOUNT_ID=yh1letaxrc4q23h0tiuw73ip0m24v2q97mgjocby',
        'cicero_api_key: "<your-cicero-api-key>"',
      ],
    },
  },
  {
    id: 'cloverly-api-key',
    description: 'Cloverly API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cloverly'],
    pattern:
      /(?<![A-Za-z0-9])(?:cloverly)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9:_]{28})(?![A-Za-z0-9_])/i,
    entropy: 3,
    samples: {
      positive: [
        'CLOVERLY_API_KEY=f5965nrc9lpfr4:p21wv2ufwoljp',
        'cloverly_secret: "e4n_570gdwrcphhh308zndyh8sn7"',
      ],
      negative: [
        'CLOVERLY_API_KEY=f5965nrc9lpfr4',
        'CLOVERLY_API_URL=https://api.cloverly.com/v1/',
        'CLOVERLY_ACCOUNT_ID=f5965nrc9lpfr4:p21wv2ufwoljp',
        'cloverly_api_key: "<your-cloverly-api-key>"',
      ],
    },
  },
  {
    id: 'countrylayer-api-key',
    description: 'countrylayer API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['countrylayer'],
    pattern:
      /(?<![A-Za-z0-9])(?:countrylayer)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'COUNTRYLAYER_API_KEY=6ap78h3hbgipt2cr1zo2fqriqm4kq8r6',
        'countrylayer_secret: "vk5uju74a5kv8wl85cnxy0mwh1l72146"',
      ],
      negative: [
        'COUNTRYLAYER_API_KEY=6ap78h3hbgipt2cr',
        'COUNTRYLAYER_API_URL=https://api.countrylayer.com/v1/',
        'COUNTRYLAYER_ACCOUNT_ID=6ap78h3hbgipt2cr1zo2fqriqm4kq8r6',
        'countrylayer_api_key: "<your-countrylayer-api-key>"',
      ],
    },
  },
  {
    id: 'dandelion-api-token',
    description: 'Dandelion API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['dandelion'],
    pattern:
      /(?<![A-Za-z0-9])(?:dandelion)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DANDELION_API_KEY=j7wvx1s8200k1vjq869vf495w664abpz',
        'dandelion_secret: "9len549py9ggkwniqcf8mjovif319xec"',
      ],
      negative: [
        'DANDELION_API_KEY=j7wvx1s8200k1vjq',
        'DANDELION_API_URL=https://api.dandelion.com/v1/',
        'DANDELION_ACCOUNT_ID=j7wvx1s8200k1vjq869vf495w664abpz',
        'dandelion_api_key: "<your-dandelion-api-key>"',
      ],
    },
  },
  {
    id: 'databox-api-token',
    description: 'Databox API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['databox'],
    pattern:
      /(?<![A-Za-z0-9])(?:databox)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9=+]{21})(?![A-Za-z0-9+/=])/i,
    entropy: 3,
    samples: {
      positive: ['DATABOX_API_KEY=p2iEyU7PmfwGicY2Z+c4M', 'databox_secret: "Ew70t=KWm2sc4pAIa3MvC"'],
      negative: [
        'DATABOX_API_KEY=p2iEyU7Pmf',
        'DATABOX_API_URL=https://api.databox.com/v1/',
        'DATABOX_ACCOUNT_ID=p2iEyU7PmfwGicY2Z+c4M',
        'databox_api_key: "<your-databox-api-key>"',
      ],
    },
  },
  {
    id: 'detectlanguage-api-key',
    description: 'Detect Language API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['detectlanguage'],
    pattern:
      /(?<![A-Za-z0-9])(?:detectlanguage)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DETECTLANGUAGE_API_KEY=yo0e5sw8c5dwboo20ec1h8fjrr6unz7g',
        'detectlanguage_secret: "sdm89lyr5fbxb86nn2cetlv0db75uiiw"',
      ],
      negative: [
        'DETECTLANGUAGE_API_KEY=yo0e5sw8c5dwboo2',
        'DETECTLANGUAGE_API_URL=https://api.detectlanguage.com/v1/',
        'DETECTLANGUAGE_ACCOUNT_ID=yo0e5sw8c5dwboo20ec1h8fjrr6unz7g',
        'detectlanguage_api_key: "<your-detectlanguage-api-key>"',
      ],
    },
  },
  {
    id: 'diffbot-api-token',
    description: 'Diffbot API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['diffbot'],
    pattern:
      /(?<![A-Za-z0-9])(?:diffbot)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DIFFBOT_API_KEY=4gwl0s4stb64dz7g7ts3wx0ty89zk84f',
        'diffbot_secret: "z1f08v81tcfxuekownrk5bjl3azdp8wv"',
      ],
      negative: [
        'DIFFBOT_API_KEY=4gwl0s4stb64dz7g',
        'DIFFBOT_API_URL=https://api.diffbot.com/v1/',
        'DIFFBOT_ACCOUNT_ID=4gwl0s4stb64dz7g7ts3wx0ty89zk84f',
        'diffbot_api_key: "<your-diffbot-api-key>"',
      ],
    },
  },
  {
    id: 'diggernaut-api-key',
    description: 'Diggernaut API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['diggernaut'],
    pattern:
      /(?<![A-Za-z0-9])(?:diggernaut)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DIGGERNAUT_API_KEY=tkeu9jdnnmlkb1px01rzq5fo5xzfdt26l00fntv2',
        'diggernaut_secret: "v7iiy1elzuz2gvrpz1qi5vz1rx8ki3cijrpf10nx"',
      ],
      negative: [
        'DIGGERNAUT_API_KEY=tkeu9jdnnmlkb1px01rz',
        'DIGGERNAUT_API_URL=https://api.diggernaut.com/v1/',
        'DIGGERNAUT_ACCOUNT_ID=tkeu9jdnnmlkb1px01rzq5fo5xzfdt26l00fntv2',
        'diggernaut_api_key: "<your-diggernaut-api-key>"',
      ],
    },
  },
  {
    id: 'enigma-api-key',
    description: 'Enigma API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['enigma'],
    pattern:
      /(?<![A-Za-z0-9])(?:enigma)[\w.\- \t'"]{0,8}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'ENIGMA_API_KEY=HgqU7Lu5RojSY2hTdELRbc4QbSEAJbzU72NEJDnb',
        'enigma_secret: "7iFzaaPqx81vuKTA4KdGMhcSB99EyrjxptVFd2CL"',
      ],
      negative: [
        'ENIGMA_API_KEY=HgqU7Lu5RojSY2hTdELR',
        'ENIGMA_API_URL=https://api.enigma.com/v1/',
        'enigma_api_key: "<your-enigma-api-key>"',
      ],
    },
  },
  {
    id: 'extractorapi-api-key',
    description: 'ExtractorAPI key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['extractorapi'],
    pattern:
      /(?<![A-Za-z0-9])(?:extractorapi)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'EXTRACTORAPI_API_KEY=RuQQzV0ItnHpgtuTjczxzIpnb9C4Gj3vF31ns3FG',
        'extractorapi_secret: "8Tc7gx9TZepRWzYEtR2aF4gQbemCN5vVWHU5qvZ6"',
      ],
      negative: [
        'EXTRACTORAPI_API_KEY=RuQQzV0ItnHpgtuTjczx',
        'EXTRACTORAPI_API_URL=https://api.extractorapi.com/v1/',
        'EXTRACTORAPI_ACCOUNT_ID=RuQQzV0ItnHpgtuTjczxzIpnb9C4Gj3vF31ns3FG',
        'extractorapi_api_key: "<your-extractorapi-api-key>"',
      ],
    },
  },
  {
    id: 'geckoboard-api-key',
    description: 'Geckoboard API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['geckoboard'],
    pattern:
      /(?<![A-Za-z0-9])(?:geckoboard)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{44})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'GECKOBOARD_API_KEY=0uCNuXlpjiwCzyX0x9uLpbhrKXI27UoMGIkRHTkvPDIs',
        'geckoboard_secret: "3jOlPZtsNVoWKMgwwAvTvORAbZupgJV3NQgMSfBHnaUy"',
      ],
      negative: [
        'GECKOBOARD_API_KEY=0uCNuXlpjiwCzyX0x9uLpb',
        'GECKOBOARD_API_URL=https://api.geckoboard.com/v1/',
        'GECKOBOARD_ACCOUNT_ID=0uCNuXlpjiwCzyX0x9uLpbhrKXI27UoMGIkRHTkvPDIs',
        'geckoboard_api_key: "<your-geckoboard-api-key>"',
      ],
    },
  },
  {
    id: 'guardian-api-key',
    description: 'The Guardian API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['guardian'],
    pattern:
      /(?<![A-Za-z0-9])(?:guardian)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'GUARDIAN_API_KEY=wtsg39et-we7m-mc2n-pw79-qesg6p5fke2h',
        'guardian_secret: "9ig05vbo-kzwr-z9xg-5d6k-uddgt01b16xo"',
      ],
      negative: [
        'GUARDIAN_API_KEY=wtsg39et-we7m-mc2n',
        'GUARDIAN_API_URL=https://api.guardian.com/v1/',
        'GUARDIAN_ACCOUNT_ID=wtsg39et-we7m-mc2n-pw79-qesg6p5fke2h',
        'guardian_api_key: "<your-guardian-api-key>"',
      ],
    },
  },
  {
    id: 'holidayapi-api-key',
    description: 'Holiday API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['holidayapi'],
    pattern:
      /(?<![A-Za-z0-9])(?:holidayapi)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9-]{36})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'HOLIDAYAPI_API_KEY=-cue-7cp4jw7pkvqmqfny3pm4adsi-0-021r',
        'holidayapi_secret: "xzpnfmdeb36dvhla04bxzkh40nz51-ngq6ly"',
      ],
      negative: [
        'HOLIDAYAPI_API_KEY=-cue-7cp4jw7pkvqmq',
        'HOLIDAYAPI_API_URL=https://api.holidayapi.com/v1/',
        'HOLIDAYAPI_ACCOUNT_ID=-cue-7cp4jw7pkvqmqfny3pm4adsi-0-021r',
        'holidayapi_api_key: "<your-holidayapi-api-key>"',
      ],
    },
  },
  {
    id: 'klipfolio-api-key',
    description: 'Klipfolio API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['klipfolio'],
    pattern:
      /(?<![A-Za-z0-9])(?:klipfolio)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'KLIPFOLIO_API_KEY=7e0efc20bd2f2ff59c7115892ee97da67c0bee57',
        'klipfolio_secret: "b5a554ef0f3d7cff1886fb6d5030a225484ebdb5"',
      ],
      negative: [
        'KLIPFOLIO_API_KEY=7e0efc20bd2f2ff59c71',
        'KLIPFOLIO_API_URL=https://api.klipfolio.com/v1/',
        'KLIPFOLIO_ACCOUNT_ID=7e0efc20bd2f2ff59c7115892ee97da67c0bee57',
        'klipfolio_api_key: "<your-klipfolio-api-key>"',
      ],
    },
  },
  {
    id: 'languagelayer-api-key',
    description: 'languagelayer API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['languagelayer'],
    pattern:
      /(?<![A-Za-z0-9])(?:languagelayer)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'LANGUAGELAYER_API_KEY=g83ltayv16yum0el0hkc6t04ddb6yizl',
        'languagelayer_secret: "ez6x2nw8cg9fibagmzse6og5nvuy0kxs"',
      ],
      negative: [
        'LANGUAGELAYER_API_KEY=g83ltayv16yum0el',
        'LANGUAGELAYER_API_URL=https://api.languagelayer.com/v1/',
        'LANGUAGELAYER_ACCOUNT_ID=g83ltayv16yum0el0hkc6t04ddb6yizl',
        'languagelayer_api_key: "<your-languagelayer-api-key>"',
      ],
    },
  },
];
