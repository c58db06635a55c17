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
        'APILAYER_API_KEY=QUvi2xM2GzACtsEyFCa423wDeEDE856d',
        'apilayer_secret: "PYze6e8bpS7iBAK5Jty3hvz2IKbqfYKH"',
      ],
      negative: [
        'APILAYER_API_KEY=QUvi2xM2GzACtsEy',
        'APILAYER_API_URL=https://api.apilayer.com/v1/',
        'APILAYER_ACCOUNT_ID=QUvi2xM2GzACtsEyFCa423wDeEDE856d',
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
        'BESTTIME_API_KEY=UcfLl4CWLfFfyZ00cRuxdXzGsnw5YqltW4Yy',
        'besttime_secret: "GmR339lVhAjAOJAOB6O0nnhG1O6Jq3YyXRh8"',
      ],
      negative: [
        'BESTTIME_API_KEY=UcfLl4CWLfFfyZ00cR',
        'BESTTIME_API_URL=https://api.besttime.com/v1/',
        'BESTTIME_ACCOUNT_ID=UcfLl4CWLfFfyZ00cRuxdXzGsnw5YqltW4Yy',
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
        'BRANDFETCH_API_KEY=YDzr8jbWHAooxSUbH7M7VChzvwIGdo3hDKyZ9gd7',
        'brandfetch_secret: "34MX6oWTPUtEWvduANVC3Z4pVKNvAhXYQM8isO7e"',
      ],
      negative: [
        'BRANDFETCH_API_KEY=YDzr8jbWHAooxSUbH7M7',
        'BRANDFETCH_API_URL=https://api.brandfetch.com/v1/',
        'BRANDFETCH_ACCOUNT_ID=YDzr8jbWHAooxSUbH7M7VChzvwIGdo3hDKyZ9gd7',
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
        'CALENDARIFIC_API_KEY=WrY4252W2ZXFG2mzIYu5SXqBSKMqaSK8',
        'calendarific_secret: "4f8gFatuMXyshzBM0ebjDNbawd6Ha0BX"',
      ],
      negative: [
        'CALENDARIFIC_API_KEY=WrY4252W2ZXFG2mz',
        'CALENDARIFIC_API_URL=https://api.calendarific.com/v1/',
        'CALENDARIFIC_ACCOUNT_ID=WrY4252W2ZXFG2mzIYu5SXqBSKMqaSK8',
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
        'CARBONINTERFACE_API_KEY=1NHary1UbqQi7AgkOqVIN',
        'carboninterface_secret: "ilohHKcmhfuIyDf18TKZK"',
      ],
      negative: [
        'CARBONINTERFACE_API_KEY=1NHary1Ubq',
        'CARBONINTERFACE_API_URL=https://api.carboninterface.com/v1/',
        'CARBONINTERFACE_ACCOUNT_ID=1NHary1UbqQi7AgkOqVIN',
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
        'CICERO_API_KEY=wlv0y3nwsis50qpri1126icg7fzjjpqtro6p189u',
        'cicero_secret: "kd04m5qkl0ti7mmvpipq1msy4yl0a88at7pl5mxp"',
      ],
      negative: [
        'CICERO_API_KEY=wlv0y3nwsis50qpri112',
        'CICERO_API_URL=https://api.cicero.com/v1/',
        'CICERO_ACCOUNT_ID=wlv0y3nwsis50qpri1126icg7fzjjpqtro6p189u',
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
        'CLOVERLY_API_KEY=o1:f4qf6g46qy_osqr4:0xivvt9:',
        'cloverly_secret: "zq886qsibxnjsei:91wu07bu6c7_"',
      ],
      negative: [
        'CLOVERLY_API_KEY=o1:f4qf6g46qy_',
        'CLOVERLY_API_URL=https://api.cloverly.com/v1/',
        'CLOVERLY_ACCOUNT_ID=o1:f4qf6g46qy_osqr4:0xivvt9:',
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
        'COUNTRYLAYER_API_KEY=qq1std1oyada9nw6pi6bb496xqm4yb0b',
        'countrylayer_secret: "a9f759v8ysrd4cg6qv16ij5oa61wiicp"',
      ],
      negative: [
        'COUNTRYLAYER_API_KEY=qq1std1oyada9nw6',
        'COUNTRYLAYER_API_URL=https://api.countrylayer.com/v1/',
        'COUNTRYLAYER_ACCOUNT_ID=qq1std1oyada9nw6pi6bb496xqm4yb0b',
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
        'DANDELION_API_KEY=s0j5plger66gyjw2lyvub1r32uwk2r7m',
        'dandelion_secret: "c6izlz2vpmteb74j5iv50txz1npxi7ei"',
      ],
      negative: [
        'DANDELION_API_KEY=s0j5plger66gyjw2',
        'DANDELION_API_URL=https://api.dandelion.com/v1/',
        'DANDELION_ACCOUNT_ID=s0j5plger66gyjw2lyvub1r32uwk2r7m',
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
      positive: ['DATABOX_API_KEY=DYhZ4WdY+Y22fjZA7=hFg', 'databox_secret: "YsEkuqjBAI+yKRt+NGwur"'],
      negative: [
        'DATABOX_API_KEY=DYhZ4WdY+Y',
        'DATABOX_API_URL=https://api.databox.com/v1/',
        'DATABOX_ACCOUNT_ID=DYhZ4WdY+Y22fjZA7=hFg',
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
        'DETECTLANGUAGE_API_KEY=mmjzsz5uypssfqmu518aiezs654enxea',
        'detectlanguage_secret: "n8mvbmrp0ueyoqawyvurbcs0gdvog4b6"',
      ],
      negative: [
        'DETECTLANGUAGE_API_KEY=mmjzsz5uypssfqmu',
        'DETECTLANGUAGE_API_URL=https://api.detectlanguage.com/v1/',
        'DETECTLANGUAGE_ACCOUNT_ID=mmjzsz5uypssfqmu518aiezs654enxea',
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
        'DIFFBOT_API_KEY=1i241gedgbca7bugw7nd1bz6hibwurhm',
        'diffbot_secret: "5yt689svxxt7bqw837s41cehj9p1bp6o"',
      ],
      negative: [
        'DIFFBOT_API_KEY=1i241gedgbca7bug',
        'DIFFBOT_API_URL=https://api.diffbot.com/v1/',
        'DIFFBOT_ACCOUNT_ID=1i241gedgbca7bugw7nd1bz6hibwurhm',
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
        'DIGGERNAUT_API_KEY=jzh7c2pkktdh8950erbmga0sykbah11i6bfy0azg',
        'diggernaut_secret: "j2kpx854lcu4z8rkkldn1vecffz1l99een9od0xm"',
      ],
      negative: [
        'DIGGERNAUT_API_KEY=jzh7c2pkktdh8950erbm',
        'DIGGERNAUT_API_URL=https://api.diggernaut.com/v1/',
        'DIGGERNAUT_ACCOUNT_ID=jzh7c2pkktdh8950erbmga0sykbah11i6bfy0azg',
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
        'ENIGMA_API_KEY=qQ86I9npjc34wMYHCPj9Gkiwndcqk9FXdRzjEzW3',
        'enigma_secret: "velPb2AN0ggGaXZqB51LwftSuCAMnmBMAipqXFVP"',
      ],
      negative: [
        'ENIGMA_API_KEY=qQ86I9npjc34wMYHCPj9',
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
        'EXTRACTORAPI_API_KEY=t3Sl36nAwl7tSVmx8nsDiGAhQm5drMIxvFeuEItH',
        'extractorapi_secret: "VRpf7QvDTuAUDgazQWjWm82twokoxqxu69xNr4dQ"',
      ],
      negative: [
        'EXTRACTORAPI_API_KEY=t3Sl36nAwl7tSVmx8nsD',
        'EXTRACTORAPI_API_URL=https://api.extractorapi.com/v1/',
        'EXTRACTORAPI_ACCOUNT_ID=t3Sl36nAwl7tSVmx8nsDiGAhQm5drMIxvFeuEItH',
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
        'GECKOBOARD_API_KEY=tU6jasuptOuDZYcGrY5A9e66xKaT5KsrVRKQVD19gCD3',
        'geckoboard_secret: "gyg6m0jBDkLUP5YpTm20xWm0l6TVWi3U1jXt53pK36qI"',
      ],
      negative: [
        'GECKOBOARD_API_KEY=tU6jasuptOuDZYcGrY5A9e',
        'GECKOBOARD_API_URL=https://api.geckoboard.com/v1/',
        'GECKOBOARD_ACCOUNT_ID=tU6jasuptOuDZYcGrY5A9e66xKaT5KsrVRKQVD19gCD3',
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
        'GUARDIAN_API_KEY=0q9ip7p3-td64-dhy2-ct2m-hyvl862u7e1w',
        'guardian_secret: "phg3krmr-aln1-dzyp-bsuy-ixyqszhz9k79"',
      ],
      negative: [
        'GUARDIAN_API_KEY=0q9ip7p3-td64-dhy2',
        'GUARDIAN_API_URL=https://api.guardian.com/v1/',
        'GUARDIAN_ACCOUNT_ID=0q9ip7p3-td64-dhy2-ct2m-hyvl862u7e1w',
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
        'HOLIDAYAPI_API_KEY=327tc3bgdoiqoatyyhhlhxkqv0iujol4r52t',
        'holidayapi_secret: "4mmbg6v5ssf3yhf6fgowx3ny0jp80l3jn2pw"',
      ],
      negative: [
        'HOLIDAYAPI_API_KEY=327tc3bgdoiqoatyyh',
        'HOLIDAYAPI_API_URL=https://api.holidayapi.com/v1/',
        'HOLIDAYAPI_ACCOUNT_ID=327tc3bgdoiqoatyyhhlhxkqv0iujol4r52t',
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
        'KLIPFOLIO_API_KEY=129fed80f2038bbdd755e153be620b6a25f53cc7',
        'klipfolio_secret: "98d187f57d0a736e1d5add6a522a372611078b07"',
      ],
      negative: [
        'KLIPFOLIO_API_KEY=129fed80f2038bbdd755',
        'KLIPFOLIO_API_URL=https://api.klipfolio.com/v1/',
        'KLIPFOLIO_ACCOUNT_ID=129fed80f2038bbdd755e153be620b6a25f53cc7',
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
        'LANGUAGELAYER_API_KEY=j4ogr1rod6er7gvrb72ru5gzw82wrv9p',
        'languagelayer_secret: "9ypnpqa17ayvbzh9ehvdj9pgwtin6og4"',
      ],
      negative: [
        'LANGUAGELAYER_API_KEY=j4ogr1rod6er7gvr',
        'LANGUAGELAYER_API_URL=https://api.languagelayer.com/v1/',
        'LANGUAGELAYER_ACCOUNT_ID=j4ogr1rod6er7gvrb72ru5gzw82wrv9p',
        'languagelayer_api_key: "<your-languagelayer-api-key>"',
      ],
    },
  },
];
