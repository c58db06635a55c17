import type { Rule } from '../rule.types';
import { alnum, hex, namedKeyRule, UUID } from './named-key-rule';

// Data and enrichment APIs: news, finance data, security intelligence, media, reference data.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const dataApiRules: Rule[] = [
  namedKeyRule({
    id: 'apilayer-api-key',
    description: 'apilayer API key',
    names: ['apilayer'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'besttime-api-key',
    description: 'BestTime API key',
    names: ['besttime'],
    value: String.raw`[A-Za-z0-9_]{36}`,
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
  }),
  namedKeyRule({
    id: 'brandfetch-api-key',
    description: 'Brandfetch API key',
    names: ['brandfetch'],
    value: alnum(40),
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
  }),
  namedKeyRule({
    id: 'calendarific-api-key',
    description: 'Calendarific API key',
    names: ['calendarific'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'carboninterface-api-key',
    description: 'Carbon Interface API key',
    names: ['carboninterface'],
    value: alnum(21),
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
  }),
  namedKeyRule({
    id: 'cicero-api-key',
    description: 'Cicero API key',
    names: ['cicero'],
    value: alnum(40),
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
  }),
  namedKeyRule({
    id: 'cloverly-api-key',
    description: 'Cloverly API key',
    names: ['cloverly'],
    value: String.raw`[a-z0-9:_]{28}`,
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
  }),
  namedKeyRule({
    id: 'countrylayer-api-key',
    description: 'countrylayer API key',
    names: ['countrylayer'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'dandelion-api-token',
    description: 'Dandelion API token',
    names: ['dandelion'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'databox-api-token',
    description: 'Databox API token',
    names: ['databox'],
    value: String.raw`[A-Za-z0-9=+]{21}`,
    samples: {
      positive: ['DATABOX_API_KEY=DYhZ4WdY+Y22fjZA7=hFg', 'databox_secret: "YsEkuqjBAI+yKRt+NGwur"'],
      negative: [
        'DATABOX_API_KEY=DYhZ4WdY+Y',
        'DATABOX_API_URL=https://api.databox.com/v1/',
        'DATABOX_ACCOUNT_ID=DYhZ4WdY+Y22fjZA7=hFg',
        'databox_api_key: "<your-databox-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'detectlanguage-api-key',
    description: 'Detect Language API key',
    names: ['detectlanguage'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'diffbot-api-token',
    description: 'Diffbot API token',
    names: ['diffbot'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'diggernaut-api-key',
    description: 'Diggernaut API key',
    names: ['diggernaut'],
    value: alnum(40),
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
  }),
  namedKeyRule({
    id: 'enigma-api-key',
    description: 'Enigma API key',
    names: ['enigma'],
    value: alnum(40),
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
  }),
  namedKeyRule({
    id: 'extractorapi-api-key',
    description: 'ExtractorAPI key',
    names: ['extractorapi'],
    value: alnum(40),
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
  }),
  namedKeyRule({
    id: 'geckoboard-api-key',
    description: 'Geckoboard API key',
    names: ['geckoboard'],
    value: alnum(44),
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
  }),
  namedKeyRule({
    id: 'guardian-api-key',
    description: 'The Guardian API key',
    names: ['guardian'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
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
  }),
  namedKeyRule({
    id: 'holidayapi-api-key',
    description: 'Holiday API key',
    names: ['holidayapi'],
    value: String.raw`[a-z0-9-]{36}`,
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
  }),
  namedKeyRule({
    id: 'klipfolio-api-key',
    description: 'Klipfolio API key',
    names: ['klipfolio'],
    value: hex(40),
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
  }),
  namedKeyRule({
    id: 'languagelayer-api-key',
    description: 'languagelayer API key',
    names: ['languagelayer'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'mailboxlayer-api-key',
    description: 'mailboxlayer (apilayer) access key',
    names: ['mailboxlayer'],
    value: alnum(32),
    samples: {
      positive: [
        'MAILBOXLAYER_API_KEY=4652257a572669693add5bcd33096839',
        '"mailboxlayerToken": "b2f97957db851d0414cd6ab5d335f2c8",',
      ],
      negative: [
        'MAILBOXLAYER_API_KEY=4652257a57266969',
        'MAILBOXLAYER_ACCOUNT_ID=e2b3a28f286a2dd54b2d083507fce54e',
        'MAILBOXLAYER_API_URL=https://api.mailboxlayer.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'marketstack-api-key',
    description: 'marketstack (apilayer) access key',
    names: ['marketstack'],
    value: alnum(32),
    samples: {
      positive: [
        'MARKETSTACK_API_KEY=158b12e2ffa346f478a5dfa01398286c',
        '"marketstackToken": "0e2299db9acf79e579eacea507447ce4",',
      ],
      negative: [
        'MARKETSTACK_API_KEY=158b12e2ffa346f4',
        'MARKETSTACK_ACCOUNT_ID=69e8f32c165640ce5725294001f0f67f',
        'MARKETSTACK_API_URL=https://api.marketstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mediastack-api-key',
    description: 'mediastack (apilayer) access key',
    names: ['mediastack'],
    value: alnum(32),
    samples: {
      positive: [
        'MEDIASTACK_API_KEY=52f1abe71e1fd2b6e5f121dbeff3c9fc',
        '"mediastackToken": "899b1800a475de2c839ba3b6551475e5",',
      ],
      negative: [
        'MEDIASTACK_API_KEY=52f1abe71e1fd2b6',
        'MEDIASTACK_ACCOUNT_ID=5364885f419e3cd0bbba6c84482f8aa5',
        'MEDIASTACK_API_URL=https://api.mediastack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'monkeylearn-api-key',
    description: 'MonkeyLearn API key',
    names: ['monkeylearn'],
    value: alnum(40),
    samples: {
      positive: [
        'MONKEYLEARN_API_KEY=342fe5a1a5f0ebaceae0726961a2f72ae0fe85d8',
        '"monkeylearnToken": "493d15c34aabf9b03681a348dee1f407fe60d290",',
      ],
      negative: [
        'MONKEYLEARN_API_KEY=342fe5a1a5f0ebaceae0',
        'MONKEYLEARN_ACCOUNT_ID=685ae1906bebbb8b7589a5964e007d7cc5fa4261',
        'MONKEYLEARN_API_URL=https://api.monkeylearn.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'nasdaq-data-link-api-key',
    description: 'Nasdaq Data Link (Quandl) API key',
    names: ['nasdaq', 'quandl'],
    value: '[a-z0-9_-]{20}',
    samples: {
      positive: ['NASDAQ_API_KEY=secRadctJbyQ47nCPq8v', '"nasdaqToken": "tUz7HmcDRnr7xNSWe9yI",'],
      negative: [
        'NASDAQ_API_KEY=secRadctJb',
        'NASDAQ_ACCOUNT_ID=YG4kM1tLG8QpcQitcDxR',
        'NASDAQ_API_URL=https://api.nasdaq.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'newsapi-api-key',
    description: 'NewsAPI key',
    names: ['newsapi'],
    value: alnum(32),
    samples: {
      positive: [
        'NEWSAPI_API_KEY=06df56eadd0935cb936cc729f5f608ee',
        '"newsapiToken": "3010f7d9ff41949c05489bac909ea3f2",',
      ],
      negative: [
        'NEWSAPI_API_KEY=06df56eadd0935cb',
        'NEWSAPI_ACCOUNT_ID=c13e9bcf8085116a9015f9f69a80e683',
        'NEWSAPI_API_URL=https://api.newsapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'newscatcher-api-key',
    description: 'NewsCatcher API key',
    names: ['newscatcher'],
    value: '[a-z0-9_-]{43}|[a-f0-9]{32}',
    samples: {
      positive: [
        'NEWSCATCHER_API_KEY=JjdFSTUcRucT3mfNpWfo3SGctc0wXSoouGkJ4FFYugx',
        '"newscatcherToken": "mOtIPUTpD8epykd0xU7hx1N1gH5Bti2ckJZSjsmPxGm",',
      ],
      negative: [
        'NEWSCATCHER_API_KEY=JjdFSTUcRucT3mfNpWfo3',
        'NEWSCATCHER_ACCOUNT_ID=35QJYEWJTqtXE8K3nYcwrpJqbpakNiTUCwsAtofYsio',
        'NEWSCATCHER_API_URL=https://api.newscatcher.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'numverify-api-key',
    description: 'numverify (apilayer) access key',
    names: ['numverify'],
    value: alnum(32),
    samples: {
      positive: [
        'NUMVERIFY_API_KEY=c0bc3f16884c3e0680a9176570d88d7c',
        '"numverifyToken": "564e0e285ca4754d4fcc038f377c82c6",',
      ],
      negative: [
        'NUMVERIFY_API_KEY=c0bc3f16884c3e06',
        'NUMVERIFY_ACCOUNT_ID=51e9625f48b6a8acfdbbe9f061cde7f5',
        'NUMVERIFY_API_URL=https://api.numverify.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'owlbot-api-token',
    description: 'Owlbot dictionary API token',
    names: ['owlbot'],
    value: alnum(40),
    samples: {
      positive: [
        'OWLBOT_API_KEY=16601623e36dab056f31f3f54948d3587510eda2',
        '"owlbotToken": "f9d11c005386a3a95582d88707671afda8f53654",',
      ],
      negative: [
        'OWLBOT_API_KEY=16601623e36dab056f31',
        'OWLBOT_ACCOUNT_ID=cf6704697ab117f04595fcdfff8bc3a62998617a',
        'OWLBOT_API_URL=https://api.owlbot.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pandascore-api-token',
    description: 'PandaScore API token',
    names: ['pandascore'],
    value: '[a-z0-9_-]{40,60}',
    samples: {
      positive: [
        'PANDASCORE_API_KEY=Pra9hNEL0xa2Butqp23uhdwyeZ72qfERDOUOZTRWNOmW1SIjXk0',
        '"pandascoreToken": "mXrfbTRxgnh0RSIoIn7d8xrg0UgA7jgGrTTF5HKAmsV5RPx3MZk",',
      ],
      negative: [
        'PANDASCORE_API_KEY=Pra9hNEL0xa2Butqp23uhdwye',
        'PANDASCORE_ACCOUNT_ID=0BI7b6RgJQQGv21KdscfaSNjKbbuXtbuAlIVqRcsdFJja46Yuty',
        'PANDASCORE_API_URL=https://api.pandascore.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'paralleldots-api-key',
    description: 'ParallelDots API key',
    names: ['paralleldots'],
    value: alnum(43),
    samples: {
      positive: [
        'PARALLELDOTS_API_KEY=7EVuh9YnYdvbcnkCZfFq0ghN6qqi9k7UNiGgfRM6Eth',
        '"paralleldotsToken": "6kVF9BU3pnyGAkWqf1Sug2NpvhFxThqh1iK89ipff59",',
      ],
      negative: [
        'PARALLELDOTS_API_KEY=7EVuh9YnYdvbcnkCZfFq0',
        'PARALLELDOTS_ACCOUNT_ID=cdgJSpRXfsCi2HW6Tf2s6Lsga1cUw64yemHdalzFPie',
        'PARALLELDOTS_API_URL=https://api.paralleldots.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pdflayer-api-key',
    description: 'pdflayer (apilayer) access key',
    names: ['pdflayer'],
    value: alnum(32),
    samples: {
      positive: [
        'PDFLAYER_API_KEY=98327ff60241349e82915d6e4249d9dd',
        '"pdflayerToken": "a0f115d54b23e35d7cc35edebc62dfd0",',
      ],
      negative: [
        'PDFLAYER_API_KEY=98327ff60241349e',
        'PDFLAYER_ACCOUNT_ID=51abecede2ae3931486b064a813c338c',
        'PDFLAYER_API_URL=https://api.pdflayer.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'peopledatalabs-api-key',
    description: 'People Data Labs API key',
    names: ['peopledatalabs', 'people_data_labs'],
    value: alnum(64),
    samples: {
      positive: [
        'PEOPLEDATALABS_API_KEY=491926694db39af1c6a16dc58d174fda9ec7df5d21f5a907464394abc90f7afb',
        '"peopledatalabsToken": "2ab9b40d322b46c1776f283181dffe7db610e8946b4ce95a68113192b5ff7286",',
      ],
      negative: [
        'PEOPLEDATALABS_API_KEY=491926694db39af1c6a16dc58d174fda',
        'PEOPLEDATALABS_ACCOUNT_ID=87ef249f0806ea44fa3e3284a49525dcd3c7334fb024e94531aebb46cd93cd58',
        'PEOPLEDATALABS_API_URL=https://api.peopledatalabs.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pixabay-api-key',
    description: 'Pixabay API key',
    names: ['pixabay'],
    value: '[0-9]{6,9}-[a-f0-9]{25}',
    samples: {
      positive: [
        'PIXABAY_API_KEY=86883627-eb11ac9d76435ff09f561bd2f',
        '"pixabayToken": "00253200-cf1801a59e9e252a0809df997",',
      ],
      negative: [
        'PIXABAY_API_KEY=86883627-eb11ac9d',
        'PIXABAY_ACCOUNT_ID=55824655-9acad329861539349934a1574',
        'PIXABAY_API_URL=https://api.pixabay.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pollsapi-api-key',
    description: 'PollsAPI key',
    names: ['pollsapi'],
    value: alnum(28),
    samples: {
      positive: [
        'POLLSAPI_API_KEY=SB889CUSS8ALSIH6VYUGUVNJPTYL',
        '"pollsapiToken": "2JNMSQGISE8W2HSD747EQKDTGCJ9",',
      ],
      negative: [
        'POLLSAPI_API_KEY=SB889CUSS8ALSI',
        'POLLSAPI_ACCOUNT_ID=XTP1PSC203WI5CX4NJ0D6L5U15DZ',
        'POLLSAPI_API_URL=https://api.pollsapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'rawg-api-key',
    description: 'RAWG API key',
    names: ['rawg'],
    value: alnum(32),
    samples: {
      positive: [
        'RAWG_API_KEY=ca55acd0cd873647b3c5289924df1c6c',
        '"rawgToken": "8e6d1c61aafe8643935512879c49079f",',
      ],
      negative: [
        'RAWG_API_KEY=ca55acd0cd873647',
        'RAWG_ACCOUNT_ID=757804290fbff201c5ab5fe9939c5d2b',
        'RAWG_API_URL=https://api.rawg.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'securitytrails-api-key',
    description: 'SecurityTrails API key',
    names: ['securitytrails'],
    value: alnum(32),
    samples: {
      positive: [
        'SECURITYTRAILS_API_KEY=w6Tlr5QUj2dVXXh90B43DbgJRH5XRgWb',
        '"securitytrailsToken": "HtpVLhYdasRdYZ3Ft5fBEvo518y7Mfms",',
      ],
      negative: [
        'SECURITYTRAILS_API_KEY=w6Tlr5QUj2dVXXh9',
        'SECURITYTRAILS_ACCOUNT_ID=q2oBCX3S79wvIPUIbJJj1pHmvqWjFhZZ',
        'SECURITYTRAILS_API_URL=https://api.securitytrails.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'serphouse-api-key',
    description: 'SERPHouse API key',
    names: ['serphouse'],
    value: alnum(62),
    samples: {
      positive: [
        'SERPHOUSE_API_KEY=yWRWJtyezffiMk5mKCi4xN1Lss33AqsltHX6aKLSFzqEr6euXzjdZ548eGPLIY',
        '"serphouseToken": "72Al8yTUs3iTEgtCVJxm8UVx98ExRnaqePyuGxNDN9hdGF34OZaau2t8gdumoQ",',
      ],
      negative: [
        'SERPHOUSE_API_KEY=yWRWJtyezffiMk5mKCi4xN1Lss33Aqs',
        'SERPHOUSE_ACCOUNT_ID=U0MdRpt7rG0oSwJzFCTkojwCT4a46u8Vg23bBJL5vLhdksssqJAXz9aZdv1FUZ',
        'SERPHOUSE_API_URL=https://api.serphouse.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'serpstack-api-key',
    description: 'serpstack (apilayer) access key',
    names: ['serpstack'],
    value: alnum(32),
    samples: {
      positive: [
        'SERPSTACK_API_KEY=271789475c9edefab8c7dadf4bced6d5',
        '"serpstackToken": "17cc78c0e0c1a91e2bf674a9f8989ae7",',
      ],
      negative: [
        'SERPSTACK_API_KEY=271789475c9edefa',
        'SERPSTACK_ACCOUNT_ID=8abd73582ee0a63cb7ccfeae214d325b',
        'SERPSTACK_API_URL=https://api.serpstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'shodan-api-key',
    description: 'Shodan API key',
    names: ['shodan'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'SHODAN_API_KEY=eURPOFPkck6bO27iNzazWbXo6rZqNZuN',
        '"shodanToken": "nerogJgidNx6P7aM8rxQXlwneCY3EdRQ",',
      ],
      negative: [
        'SHODAN_API_KEY=eURPOFPkck6bO27i',
        'SHODAN_ACCOUNT_ID=7Il3jQlSXyjvvWOzXH4fTBiNdDZvnnvk',
        'SHODAN_API_URL=https://api.shodan.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'shutterstock-access-token',
    description: 'Shutterstock access token',
    names: ['shutterstock'],
    value: 'v2/[a-z0-9+/=_-]{200,1000}',
    samples: {
      positive: [
        'SHUTTERSTOCK_API_KEY=v2/ELA5adtuamfh91IECRlxAvx3tB4Fz6qAD8JVfbPGIFk2z1JFuuCr2ZEZF68MWX2xywSEjd1PPh17elDXFrs7WrkbEGmUU83450ontyE7XBGrmQdaYNkpa366ep5Dmp88nrqrt6pBRTL2NwMnDntZBz6xuSiCHJ2FNdjWKH05XjBzl8g7XcruLLjC8H6BUjVkGUxgXXK7At44toiq2IIvveXJBuGClw5fiHp2DqxhasqwRzv8',
        '"shutterstockToken": "v2/kXd2Sr9qzazNvlZYXi3Ullllk9TIKdCpA7Xbot7gcVVEvUDYauoXjgZdzCH04v8ErXZ5xAd3CiRHgoMeaL2Sl8sr86yjpNeiUdw4g0NV5HHOnBNC2STSAcIp6YO5O0GTNGgMWUCvoiMDCs6rwqFmjcDXFGFXU3EhkRsYgjRqFE1J0CBdJBcz3cy7rhie7oV9omWVE4EOk4KfL68JrWMSeXPltGr5p536B9TiENvMfzIK6elA",',
      ],
      negative: [
        'SHUTTERSTOCK_API_KEY=v2/ELA5adtuamfh91IECRlxAvx3tB4Fz6qAD8JVfbPGIFk2z1JFuuCr2ZEZF68MWX2xywSEjd1PPh17elDXFrs7WrkbEGmUU83450ontyE7XBGrmQdaYNkpa3',
        'SHUTTERSTOCK_ACCOUNT_ID=v2/pMMork9uXTPhw0Exc816JZXCDIBG4PvUtl0lvKmtnRUjcodEudbonOVjcNR64ITeTPnaYVClr55KknTCxAY0q6c7NnLfYb4Kfoyp3aYVCFP7MOa3imqzdMth7V37uRQitAKtJZPtc3UMj1M4x4fQdTK9E7kLd7YTkGSwXYCPWpAiVIYq0enQVczIbRqGBmvz41rFQ2a8zVPfJEZ7YZ4A293pA8Cu4uYktxuV3yf7omLlfW2W',
        'SHUTTERSTOCK_API_URL=https://api.shutterstock.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'speechtext-api-key',
    description: 'Speechtext.AI API key',
    names: ['speechtextai', 'speechtext'],
    value: alnum(32),
    samples: {
      positive: [
        'SPEECHTEXTAI_API_KEY=b713b47ed19751c6655515f8a30cdba5',
        '"speechtextaiToken": "58eaa8d4db3701759a65ea3eb68e4e75",',
      ],
      negative: [
        'SPEECHTEXTAI_API_KEY=b713b47ed19751c6',
        'SPEECHTEXTAI_ACCOUNT_ID=6e893109ae9aaee6ed9cf2e0c0941ec1',
        'SPEECHTEXTAI_API_URL=https://api.speechtextai.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'spoonacular-api-key',
    description: 'Spoonacular API key',
    names: ['spoonacular'],
    value: alnum(32),
    samples: {
      positive: [
        'SPOONACULAR_API_KEY=e881992870c2ec7229127fa08bb7044a',
        '"spoonacularToken": "1255f67d56406fa875d5a1cdeee5a469",',
      ],
      negative: [
        'SPOONACULAR_API_KEY=e881992870c2ec72',
        'SPOONACULAR_ACCOUNT_ID=c567834dac460ff6010354d760e48d7d',
        'SPOONACULAR_API_URL=https://api.spoonacular.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'sportmonks-api-token',
    description: 'Sportmonks API token',
    names: ['sportsmonk', 'sportmonks'],
    value: alnum(60),
    samples: {
      positive: [
        'SPORTSMONK_API_KEY=qSdL872vBy2jm96eTr2F4OH28FOcbTW8B1tR30UdrE8igicKnPLxDpZfGjCH',
        '"sportsmonkToken": "tcTtzm6rrgl720FIdI2i3brGxQQWHF67vkC7l3FBQMKvwecidVlNbjMsu65e",',
      ],
      negative: [
        'SPORTSMONK_API_KEY=qSdL872vBy2jm96eTr2F4OH28FOcbT',
        'SPORTSMONK_ACCOUNT_ID=6t6Fq9zFaYL2o9eQqQxNfQEI1udnbP548vmFnnle8NTJeK69Gc79DRGCBStE',
        'SPORTSMONK_API_URL=https://api.sportsmonk.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'spotify-client-secret',
    description: 'Spotify client secret',
    names: ['spotify'],
    value: alnum(32),
    samples: {
      positive: [
        'SPOTIFY_API_KEY=1368b7a9e870dda6d7d177864a5d0aa7',
        '"spotifyToken": "6c41b306d85d5c0a9bc04190a4ffc8a1",',
      ],
      negative: [
        'SPOTIFY_API_KEY=1368b7a9e870dda6',
        'SPOTIFY_ACCOUNT_ID=768b843b59747591dbf054250f742cbb',
        'SPOTIFY_API_URL=https://api.spotify.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'the-odds-api-key',
    description: 'The Odds API key',
    names: ['theoddsapi', 'the-odds-api', 'oddsapi'],
    value: alnum(32),
    samples: {
      positive: [
        'THEODDSAPI_API_KEY=a62cd77c701ac16fbd7558ead261ca7f',
        '"theoddsapiToken": "ae7143573cf55e8fc6a1117ab947bec3",',
      ],
      negative: [
        'THEODDSAPI_API_KEY=a62cd77c701ac16f',
        'THEODDSAPI_ACCOUNT_ID=60527a7c033a1debaa0e52b252e0d67f',
        'THEODDSAPI_API_URL=https://api.theoddsapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'ticketmaster-api-key',
    description: 'Ticketmaster API key',
    names: ['ticketmaster'],
    value: alnum(32),
    samples: {
      positive: [
        'TICKETMASTER_API_KEY=1DRhFggIzAVIPX030Goc6AKGWkmyAjtu',
        '"ticketmasterToken": "V0JIj3wZHIG9njzltcN8YIDmI0nzVpHX",',
      ],
      negative: [
        'TICKETMASTER_API_KEY=1DRhFggIzAVIPX03',
        'TICKETMASTER_ACCOUNT_ID=mK4EJQm9ucILnzfyeyVVJ5qqwCUeTNXy',
        'TICKETMASTER_API_URL=https://api.ticketmaster.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'timezoneapi-api-key',
    description: 'TimezoneAPI key',
    names: ['timezoneapi'],
    value: alnum(20),
    samples: {
      positive: ['TIMEZONEAPI_API_KEY=K4lSsCMa3wWgbA0XmrXX', '"timezoneapiToken": "Lgu87lla4HtR74arnuP5",'],
      negative: [
        'TIMEZONEAPI_API_KEY=K4lSsCMa3w',
        'TIMEZONEAPI_ACCOUNT_ID=spnajmXbgGusXJv2esTy',
        'TIMEZONEAPI_API_URL=https://api.timezoneapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'travelpayouts-api-token',
    description: 'Travelpayouts API token',
    names: ['travelpayouts'],
    value: alnum(32),
    samples: {
      positive: [
        'TRAVELPAYOUTS_API_KEY=982c56408c864945b679b4f1ef8ae939',
        '"travelpayoutsToken": "9ad231dcbe31ce000f5fcbbf2f0ba3c6",',
      ],
      negative: [
        'TRAVELPAYOUTS_API_KEY=982c56408c864945',
        'TRAVELPAYOUTS_ACCOUNT_ID=d783816ec2bfeb48cba3950955723f5c',
        'TRAVELPAYOUTS_API_URL=https://api.travelpayouts.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'uclassify-api-key',
    description: 'uClassify API key',
    names: ['uclassify'],
    value: alnum(12),
    entropy: 2.8,
    samples: {
      positive: ['UCLASSIFY_API_KEY=0TMz3cnXNKyT', '"uclassifyToken": "QceLixFyseFz",'],
      negative: [
        'UCLASSIFY_API_KEY=0TMz3c',
        'UCLASSIFY_ACCOUNT_ID=w1xdcu81zTFB',
        'UCLASSIFY_API_URL=https://api.uclassify.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'unsplash-access-key',
    description: 'Unsplash access key',
    names: ['unsplash'],
    value: '[a-z0-9_-]{43}',
    samples: {
      positive: [
        'UNSPLASH_API_KEY=ulfaUZiI93wdbLiTTYnmeibkGyxEsJMQJJYkAlhktP8',
        '"unsplashToken": "QBqFniRZd1rbLY2h7YVns64xY3nnBFXppMqojGP9XGz",',
      ],
      negative: [
        'UNSPLASH_API_KEY=ulfaUZiI93wdbLiTTYnme',
        'UNSPLASH_ACCOUNT_ID=RCuQpmiU5oigTEaUfxcKbpZOhvUMXO0W64m29wDXB1B',
        'UNSPLASH_API_URL=https://api.unsplash.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'upcdatabase-api-key',
    description: 'UPCDatabase API key',
    names: ['upcdatabase'],
    value: alnum(32),
    samples: {
      positive: [
        'UPCDATABASE_API_KEY=JNPSJ29X8ULDTKND5YO1487FZQJNXYXV',
        '"upcdatabaseToken": "CBAPJ5EEIMXVFMCD779OPOBDI1QZEDNC",',
      ],
      negative: [
        'UPCDATABASE_API_KEY=JNPSJ29X8ULDTKND',
        'UPCDATABASE_ACCOUNT_ID=5ZSGRUQVVB9S21ZWP4ZT7R6QVMURY7RY',
        'UPCDATABASE_API_URL=https://api.upcdatabase.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'urlscan-api-key',
    description: 'urlscan.io API key',
    names: ['urlscan'],
    value: UUID,
    samples: {
      positive: [
        'URLSCAN_API_KEY=24516403-ce22-a99b-cb20-50abdade5194',
        '"urlscanToken": "e45e46b7-09d1-a884-1bcb-9c040f801a37",',
      ],
      negative: [
        'URLSCAN_API_KEY=24516403-ce22-a99b',
        'URLSCAN_ACCOUNT_ID=0d4e649a-0f79-be3e-52e6-d4228c6bd717',
        'URLSCAN_API_URL=https://api.urlscan.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'userstack-api-key',
    description: 'userstack (apilayer) access key',
    names: ['userstack'],
    value: alnum(32),
    samples: {
      positive: [
        'USERSTACK_API_KEY=84190b7241eb4a954bf0e1f042b13348',
        '"userstackToken": "a49e3b3ba7423c3c5a7c1220a645bd69",',
      ],
      negative: [
        'USERSTACK_API_KEY=84190b7241eb4a95',
        'USERSTACK_ACCOUNT_ID=3f86975ad4ba1235e15ace8d895313bc',
        'USERSTACK_API_URL=https://api.userstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'vatlayer-api-key',
    description: 'vatlayer (apilayer) access key',
    names: ['vatlayer'],
    value: alnum(32),
    samples: {
      positive: [
        'VATLAYER_API_KEY=e8a6d7e3186850f439221fc957ab4548',
        '"vatlayerToken": "fb739f591702834ece7511c0cb9a2756",',
      ],
      negative: [
        'VATLAYER_API_KEY=e8a6d7e3186850f4',
        'VATLAYER_ACCOUNT_ID=96aad4d7aba8c35983c2c329cde14253',
        'VATLAYER_API_URL=https://api.vatlayer.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'veriphone-api-key',
    description: 'Veriphone API key',
    names: ['veriphone'],
    value: alnum(32),
    samples: {
      positive: [
        'VERIPHONE_API_KEY=CH9DC3V3ICAPF6ML2X1U6WTG3WG3L59B',
        '"veriphoneToken": "HQ5I3YUA8LUITTL28FD03F8HOXXLBCIO",',
      ],
      negative: [
        'VERIPHONE_API_KEY=CH9DC3V3ICAPF6ML',
        'VERIPHONE_ACCOUNT_ID=38FONWSQEZX98ELL9905PNMMFYR2UI07',
        'VERIPHONE_API_URL=https://api.veriphone.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'virustotal-api-key',
    description: 'VirusTotal API key',
    names: ['virustotal'],
    value: alnum(64),
    samples: {
      positive: [
        'VIRUSTOTAL_API_KEY=c5c67f81be016efb725775bfb3cb2886f65b01739498f2c6c29e4ec057be0f3e',
        '"virustotalToken": "01d18e75a0f049805d985bf6c45f452b5cbdbab4fdd05700aedbce5224528cc1",',
      ],
      negative: [
        'VIRUSTOTAL_API_KEY=c5c67f81be016efb725775bfb3cb2886',
        'VIRUSTOTAL_ACCOUNT_ID=7c39f73a8ab4ffa0e7abffb56bce1c79dcf02bce50ef3774f28a2d765bdd37f6',
        'VIRUSTOTAL_API_URL=https://api.virustotal.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'vpnapi-api-key',
    description: 'vpnapi.io API key',
    names: ['vpnapi'],
    value: alnum(32),
    samples: {
      positive: [
        'VPNAPI_API_KEY=j05p9dbe763tgs3s7w3rgo0zz0t95jee',
        '"vpnapiToken": "rk0t766k27uh6lu90swlyy557l8bb3am",',
      ],
      negative: [
        'VPNAPI_API_KEY=j05p9dbe763tgs3s',
        'VPNAPI_ACCOUNT_ID=c1htdeulap1wl8nh9ws2zhtf8jmg9t04',
        'VPNAPI_API_URL=https://api.vpnapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'whoxy-api-key',
    description: 'Whoxy API key',
    names: ['whoxy'],
    value: alnum(33),
    samples: {
      positive: [
        'WHOXY_API_KEY=x4mhb8m6ow4dqsc0vca2kdwzw40r0joju',
        '"whoxyToken": "3y0025n4xbj8ab0i3q603jw30ruobf35f",',
      ],
      negative: [
        'WHOXY_API_KEY=x4mhb8m6ow4dqsc0',
        'WHOXY_ACCOUNT_ID=kay8ess8v71miko7zn05jk2lx0277dn6l',
        'WHOXY_API_URL=https://api.whoxy.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'yelp-api-key',
    description: 'Yelp Fusion API key',
    names: ['yelp'],
    value: '[a-z0-9_-]{128}',
    samples: {
      positive: [
        'YELP_API_KEY=OQdFgHm2CKB14YQ2CBpKR88bww3WglQ0ERwNw20NkkyMudcWM1zlAmlgCyx5BZbBEGC4xDkS7xU3F2l7k52MDBEHZyLjzGSckMW1arMApG4enzgBqyRajAQkkUDJsMm8',
        '"yelpToken": "SrJM1AGb3UEeMu6NgPRqpWOUMwNeUlSdoEtrqyM3lOYFHO0dtuklB0ZwFCtTHWWoFksMDm0usqOixT5CFy0sG6LAxhjI7oi1zCQnmil0JL78ELjf2Nmy8QcZaQk61TM8",',
      ],
      negative: [
        'YELP_API_KEY=OQdFgHm2CKB14YQ2CBpKR88bww3WglQ0ERwNw20NkkyMudcWM1zlAmlgCyx5BZbB',
        'YELP_ACCOUNT_ID=cOhXbdzkc0g9M50p3QZe4BzWKQSsLsomkkL5vmDBGF8rBa2v16XDj2ngx7vNzH42EO5vtV3vRFxMl0YVv0fgPiar8DwyYsf24YSpN5uzYuFKZUhWtBMAs3khSdCxe2Vg',
        'YELP_API_URL=https://api.yelp.com/v1/',
      ],
    },
  }),
];
