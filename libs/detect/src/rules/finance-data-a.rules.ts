import type { Rule } from '../rule.types';

// Finance, payments, currency and crypto APIs:
// keys without a distinctive prefix, recognised by the provider's name in the key name
// right before the value (`<provider>[...](secret|private|access|key|token)[...] = <value>`) and
// by the value's documented shape (alphabet and length). Hence confidence 'medium'.
export const financeDataRulesA: Rule[] = [
  {
    id: 'alchemy-api-key',
    description: 'Alchemy API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['alchemy'],
    pattern:
      /(?<![A-Za-z0-9])(?:alchemy)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: [
        'ALCHEMY_API_KEY=ux0rsJEIwvhH8qg97Z151kSziRTX0SEn',
        'alchemy_secret: "HZWq7--CM_eAqsCRlXSSk_Z5DTwWKAoG"',
      ],
      negative: [
        'ALCHEMY_API_KEY=ux0rsJEIwvhH8qg9',
        'ALCHEMY_API_URL=https://api.alchemy.com/v1/',
        'ALCHEMY_ACCOUNT_ID=ux0rsJEIwvhH8qg97Z151kSziRTX0SEn',
        'alchemy_api_key: "<your-alchemy-api-key>"',
      ],
    },
  },
  {
    id: 'bitcoinaverage-api-key',
    description: 'BitcoinAverage API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['bitcoinaverage'],
    pattern:
      /(?<![A-Za-z0-9])(?:bitcoinaverage)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{43})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BITCOINAVERAGE_API_KEY=6cncgClPvtc6UIZh68RsLolymC7eXEWAIvQ0LcNGgTK',
        'bitcoinaverage_secret: "oxho8a03jE7incFYoAmE8BOHbWJfiuKqpMQLQADKBLV"',
      ],
      negative: [
        'BITCOINAVERAGE_API_KEY=6cncgClPvtc6UIZh68RsL',
        'BITCOINAVERAGE_API_URL=https://api.bitcoinaverage.com/v1/',
        'BITCOINAVERAGE_ACCOUNT_ID=6cncgClPvtc6UIZh68RsLolymC7eXEWAIvQ0LcNGgTK',
        'bitcoinaverage_api_key: "<your-bitcoinaverage-api-key>"',
      ],
    },
  },
  {
    id: 'blocknative-api-key',
    description: 'Blocknative API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['blocknative'],
    pattern:
      /(?<![A-Za-z0-9])(?:blocknative)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'BLOCKNATIVE_API_KEY=53772abb-60a6-9408-9a20-a97f2760837a',
        'blocknative_secret: "49fc415a-7201-1042-45ae-6bbe1babd71c"',
      ],
      negative: [
        'BLOCKNATIVE_API_KEY=53772abb-60a6-9408',
        'BLOCKNATIVE_API_URL=https://api.blocknative.com/v1/',
        'BLOCKNATIVE_ACCOUNT_ID=53772abb-60a6-9408-9a20-a97f2760837a',
        'blocknative_api_key: "<your-blocknative-api-key>"',
      ],
    },
  },
  {
    id: 'bscscan-api-key',
    description: 'BscScan API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['bscscan'],
    pattern:
      /(?<![A-Za-z0-9])(?:bscscan)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9]{34})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BSCSCAN_API_KEY=1I43QZBV1APKWPJS2R04EPR5VIQ3LQRWUX',
        'bscscan_secret: "8SEBYKSO9JA37EKQ71LZ5W2M0DB9A12QHH"',
      ],
      negative: [
        'BSCSCAN_API_KEY=1I43QZBV1APKWPJS2',
        'BSCSCAN_API_URL=https://api.bscscan.com/v1/',
        'BSCSCAN_ACCOUNT_ID=1I43QZBV1APKWPJS2R04EPR5VIQ3LQRWUX',
        'bscscan_api_key: "<your-bscscan-api-key>"',
      ],
    },
  },
  {
    id: 'chartmogul-api-key',
    description: 'ChartMogul API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['chartmogul'],
    pattern:
      /(?<![A-Za-z0-9])(?:chartmogul)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CHARTMOGUL_API_KEY=zzlukbrreodncylh79gm9ntdcv770m5l',
        'chartmogul_secret: "re5o09vgrjccbyw27gur0nqpmedfih8v"',
      ],
      negative: [
        'CHARTMOGUL_API_KEY=zzlukbrreodncylh',
        'CHARTMOGUL_API_URL=https://api.chartmogul.com/v1/',
        'chartmogul_api_key: "<your-chartmogul-api-key>"',
      ],
    },
  },
  {
    id: 'checkout-com-public-key',
    description: 'Checkout.com (checio) key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['checio'],
    pattern:
      /(?<![A-Za-z0-9])(?:checio)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(pk_[a-z0-9]{45})(?![A-Za-z0-9_])/i,
    entropy: 3,
    samples: {
      positive: [
        'CHECIO_API_KEY=pk_q6kuymcf0zm8uw0g4drb9e3oqdp4g6kpkws5g7dw08roo',
        'checio_secret: "pk_jm37bzd3hya7lf9xxrwsf48nyyyjyhd5emrty1zwfn51j"',
      ],
      negative: [
        'CHECIO_API_KEY=pk_q6kuymcf0zm8uw0g4drb9',
        'CHECIO_API_URL=https://api.checio.com/v1/',
        'CHECIO_ACCOUNT_ID=pk_q6kuymcf0zm8uw0g4drb9e3oqdp4g6kpkws5g7dw08roo',
        'checio_api_key: "<your-checio-api-key>"',
      ],
    },
  },
  {
    id: 'coinapi-api-key',
    description: 'CoinAPI key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['coinapi'],
    pattern:
      /(?<![A-Za-z0-9])(?:coinapi)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9]{8}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'COINAPI_API_KEY=UHX5CAYM-TX6R-UI3I-3284-86Y3T4GP5J2Y',
        'coinapi_secret: "PHHBG97Q-UKUR-ECFL-YCF0-K31XMPI37YS7"',
      ],
      negative: [
        'COINAPI_API_KEY=UHX5CAYM-TX6R-UI3I',
        'COINAPI_API_URL=https://api.coinapi.com/v1/',
        'COINAPI_ACCOUNT_ID=UHX5CAYM-TX6R-UI3I-3284-86Y3T4GP5J2Y',
        'coinapi_api_key: "<your-coinapi-api-key>"',
      ],
    },
  },
  {
    id: 'coinlayer-api-key',
    description: 'coinlayer API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['coinlayer'],
    pattern:
      /(?<![A-Za-z0-9])(?:coinlayer)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'COINLAYER_API_KEY=h48h39hzoc116k9o3jp60yekuc1vh2rv',
        'coinlayer_secret: "x0pnmymy7l578g7hpyd9bgsnwj7z58nx"',
      ],
      negative: [
        'COINLAYER_API_KEY=h48h39hzoc116k9o',
        'COINLAYER_API_URL=https://api.coinlayer.com/v1/',
        'COINLAYER_ACCOUNT_ID=h48h39hzoc116k9o3jp60yekuc1vh2rv',
        'coinlayer_api_key: "<your-coinlayer-api-key>"',
      ],
    },
  },
  {
    id: 'coinlib-api-key',
    description: 'Coinlib API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['coinlib'],
    pattern:
      /(?<![A-Za-z0-9])(?:coinlib)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{16})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['COINLIB_API_KEY=2v3waznfcpajt9wg', 'coinlib_secret: "msuuu6x3ebgwpyfu"'],
      negative: [
        'COINLIB_API_KEY=2v3waznf',
        'COINLIB_API_URL=https://api.coinlib.com/v1/',
        'COINLIB_ACCOUNT_ID=2v3waznfcpajt9wg',
        'coinlib_api_key: "<your-coinlib-api-key>"',
      ],
    },
  },
  {
    id: 'column-api-key',
    description: 'Column banking API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['column'],
    pattern:
      /(?<![A-Za-z0-9])(?:column)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])((?:test|live)_[A-Za-z0-9]{27,40})(?![A-Za-z0-9_])/i,
    entropy: 3,
    samples: {
      positive: [
        'COLUMN_API_KEY=live_3aGi6I8BU8ZWiqSA1LVq0Occ5C6I9zfMUthCoepP',
        'column_secret: "live_YmwCfSAUrmi9WIjHUAgUCmX2IhFzduGXWRaVq"',
      ],
      negative: [
        'COLUMN_API_KEY=live_3aGi6I8BU8ZWiqSA1',
        'COLUMN_API_URL=https://api.column.com/v1/',
        'COLUMN_ACCOUNT_ID=live_3aGi6I8BU8ZWiqSA1LVq0Occ5C6I9zfMUthCoepP',
        'column_api_key: "<your-column-api-key>"',
      ],
    },
  },
  {
    id: 'cryptocompare-api-key',
    description: 'CryptoCompare API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cryptocompare'],
    pattern:
      /(?<![A-Za-z0-9])(?:cryptocompare)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CRYPTOCOMPARE_API_KEY=sm6b0ut7pwheduuidqibe8sesu8mlejm99k7zqppx5pv0rxepzx3zrreb9f019va',
        'cryptocompare_secret: "d6om5345nulmyzks0sp0qf5pxmef65u26n6c6q81526kt0xv4ytnqv25lrc4e3xh"',
      ],
      negative: [
        'CRYPTOCOMPARE_API_KEY=sm6b0ut7pwheduuidqibe8sesu8mlejm',
        'CRYPTOCOMPARE_API_URL=https://api.cryptocompare.com/v1/',
        'CRYPTOCOMPARE_ACCOUNT_ID=sm6b0ut7pwheduuidqibe8sesu8mlejm99k7zqppx5pv0rxepzx3zrreb9f019va',
        'cryptocompare_api_key: "<your-cryptocompare-api-key>"',
      ],
    },
  },
  {
    id: 'currencyfreaks-api-key',
    description: 'CurrencyFreaks API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['currencyfreaks'],
    pattern:
      /(?<![A-Za-z0-9])(?:currencyfreaks)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CURRENCYFREAKS_API_KEY=4imjw7f6qbvc0u7qaslgufevm7xyswzm',
        'currencyfreaks_secret: "bue61xpaupzxacy0x9iuxosh7d5nwjmi"',
      ],
      negative: [
        'CURRENCYFREAKS_API_KEY=4imjw7f6qbvc0u7q',
        'CURRENCYFREAKS_API_URL=https://api.currencyfreaks.com/v1/',
        'CURRENCYFREAKS_ACCOUNT_ID=4imjw7f6qbvc0u7qaslgufevm7xyswzm',
        'currencyfreaks_api_key: "<your-currencyfreaks-api-key>"',
      ],
    },
  },
  {
    id: 'currencylayer-api-key',
    description: 'currencylayer API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['currencylayer'],
    pattern:
      /(?<![A-Za-z0-9])(?:currencylayer)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CURRENCYLAYER_API_KEY=sxhj92vj1ybhj4qz3aesqt0j03rb0829',
        'currencylayer_secret: "xn92lptosyev9qc3lv60db9okryuoj70"',
      ],
      negative: [
        'CURRENCYLAYER_API_KEY=sxhj92vj1ybhj4qz',
        'CURRENCYLAYER_API_URL=https://api.currencylayer.com/v1/',
        'CURRENCYLAYER_ACCOUNT_ID=sxhj92vj1ybhj4qz3aesqt0j03rb0829',
        'currencylayer_api_key: "<your-currencylayer-api-key>"',
      ],
    },
  },
  {
    id: 'currencyscoop-api-key',
    description: 'CurrencyScoop API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['currencyscoop'],
    pattern:
      /(?<![A-Za-z0-9])(?:currencyscoop)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CURRENCYSCOOP_API_KEY=gabefsnotzr2t69kqlo6hfxlmgmupkzi',
        'currencyscoop_secret: "1i62z6qg126rn1lvkueoqu75jrgpgg5g"',
      ],
      negative: [
        'CURRENCYSCOOP_API_KEY=gabefsnotzr2t69k',
        'CURRENCYSCOOP_API_URL=https://api.currencyscoop.com/v1/',
        'CURRENCYSCOOP_ACCOUNT_ID=gabefsnotzr2t69kqlo6hfxlmgmupkzi',
        'currencyscoop_api_key: "<your-currencyscoop-api-key>"',
      ],
    },
  },
  {
    id: 'ethplorer-api-key',
    description: 'Ethplorer API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ethplorer'],
    pattern:
      /(?<![A-Za-z0-9])(?:ethplorer)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{22})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: ['ETHPLORER_API_KEY=oGfFl1cR54uO-hMc7D4CGt', 'ethplorer_secret: "pUelqCLdhLwPL6DrCW-2G-"'],
      negative: [
        'ETHPLORER_API_KEY=oGfFl1cR54u',
        'ETHPLORER_API_URL=https://api.ethplorer.com/v1/',
        'ETHPLORER_ACCOUNT_ID=oGfFl1cR54uO-hMc7D4CGt',
        'ethplorer_api_key: "<your-ethplorer-api-key>"',
      ],
    },
  },
  {
    id: 'fastforex-api-key',
    description: 'fastFOREX API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['fastforex'],
    pattern:
      /(?<![A-Za-z0-9])(?:fastforex)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{28})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FASTFOREX_API_KEY=wrr5vr9sw9ck45jhu6t4ochezihu',
        'fastforex_secret: "2dkjlau6s0uq0821j05x86clayp8"',
      ],
      negative: [
        'FASTFOREX_API_KEY=wrr5vr9sw9ck45',
        'FASTFOREX_API_URL=https://api.fastforex.com/v1/',
        'fastforex_api_key: "<your-fastforex-api-key>"',
      ],
    },
  },
  {
    id: 'finage-api-key',
    description: 'Finage API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['finage'],
    pattern:
      /(?<![A-Za-z0-9])(?:finage)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FINAGE_API_KEY=2TJYML35SN4T7FKQIAYH8JXTFMQO3P46',
        'finage_secret: "9KATE9RVNABZQVMYRM3UFP4C1JEEELG9"',
      ],
      negative: [
        'FINAGE_API_KEY=2TJYML35SN4T7FKQ',
        'FINAGE_API_URL=https://api.finage.com/v1/',
        'FINAGE_ACCOUNT_ID=2TJYML35SN4T7FKQIAYH8JXTFMQO3P46',
        'finage_api_key: "<your-finage-api-key>"',
      ],
    },
  },
  {
    id: 'financialmodelingprep-api-key',
    description: 'Financial Modeling Prep API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['financialmodelingprep'],
    pattern:
      /(?<![A-Za-z0-9])(?:financialmodelingprep)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FINANCIALMODELINGPREP_API_KEY=APCz7w0jDUd8WDVIqtcskSvbZ5W1nxeB',
        'financialmodelingprep_secret: "HB9BLZLpcRnZWvIqo3oJreY1DgRdSwCv"',
      ],
      negative: [
        'FINANCIALMODELINGPREP_API_KEY=APCz7w0jDUd8WDVI',
        'FINANCIALMODELINGPREP_API_URL=https://api.financialmodelingprep.com/v1/',
        'FINANCIALMODELINGPREP_ACCOUNT_ID=APCz7w0jDUd8WDVIqtcskSvbZ5W1nxeB',
        'financialmodelingprep_api_key: "<your-financialmodelingprep-api-key>"',
      ],
    },
  },
  {
    id: 'findl-api-key',
    description: 'Findl API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['findl'],
    pattern:
      /(?<![A-Za-z0-9])(?:findl)[\w.\- \t'"]{0,8}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'FINDL_API_KEY=u6ts8cx9-3b6t-1ey5-72rz-9ditjlokrlxx',
        'findl_secret: "cun71z99-uc1o-h7bg-d5ko-07fvou5pup58"',
      ],
      negative: [
        'FINDL_API_KEY=u6ts8cx9-3b6t-1ey5',
        'FINDL_API_URL=https://api.findl.com/v1/',
        'findl_api_key: "<your-findl-api-key>"',
      ],
    },
  },
  {
    id: 'finicity-app-key',
    description: 'Finicity app key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['finicity'],
    pattern:
      /(?<![A-Za-z0-9])(?:finicity)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FINICITY_API_KEY=89888c9c49029d4ad6cda62cac19fb54',
        'finicity_secret: "42870b3bcd5899824ef906fc63ab21b4"',
      ],
      negative: [
        'FINICITY_API_KEY=89888c9c49029d4a',
        'FINICITY_API_URL=https://api.finicity.com/v1/',
        'FINICITY_ACCOUNT_ID=89888c9c49029d4ad6cda62cac19fb54',
        'finicity_api_key: "<your-finicity-api-key>"',
      ],
    },
  },
  {
    id: 'finnhub-api-key',
    description: 'Finnhub API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['finnhub'],
    pattern:
      /(?<![A-Za-z0-9])(?:finnhub)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{20})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['FINNHUB_API_KEY=0hm2vydwgmsdiy8hadva', 'finnhub_secret: "1al134po231yci3zj603"'],
      negative: [
        'FINNHUB_API_KEY=0hm2vydwgm',
        'FINNHUB_API_URL=https://api.finnhub.com/v1/',
        'FINNHUB_ACCOUNT_ID=0hm2vydwgmsdiy8hadva',
        'finnhub_api_key: "<your-finnhub-api-key>"',
      ],
    },
  },
  {
    id: 'fixer-api-key',
    description: 'Fixer.io API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['fixer'],
    pattern:
      /(?<![A-Za-z0-9])(?:fixer(?:[_ .-]?io)?)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FIXER_API_KEY=fiyDtkB7oVXICIPM75YqKMcj4bF2k2Ew',
        'fixer_secret: "qz08HNAT8A0ZvNWUBuHa5YuSV5lrFgPx"',
      ],
      negative: [
        'FIXER_API_KEY=fiyDtkB7oVXICIPM',
        'FIXER_API_URL=https://api.fixer.com/v1/',
        'FIXER_ACCOUNT_ID=fiyDtkB7oVXICIPM75YqKMcj4bF2k2Ew',
        'fixer_api_key: "<your-fixer-api-key>"',
      ],
    },
  },
  {
    id: 'glassnode-api-key',
    description: 'Glassnode API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['glassnode'],
    pattern:
      /(?<![A-Za-z0-9])(?:glassnode)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{27})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'GLASSNODE_API_KEY=KtclMf1hg7BnmS4ElgXK7PtfTem',
        'glassnode_secret: "n2eggjux8G6r3f6YAlHQv912etG"',
      ],
      negative: [
        'GLASSNODE_API_KEY=KtclMf1hg7Bnm',
        'GLASSNODE_API_URL=https://api.glassnode.com/v1/',
        'GLASSNODE_ACCOUNT_ID=KtclMf1hg7BnmS4ElgXK7PtfTem',
        'glassnode_api_key: "<your-glassnode-api-key>"',
      ],
    },
  },
  {
    id: 'gumroad-api-token',
    description: 'Gumroad API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['gumroad'],
    pattern:
      /(?<![A-Za-z0-9])(?:gumroad)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{43})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'GUMROAD_API_KEY=1U7aF1QD2RKIYBwG52KlBhMFcgxlV9hvahZKfyLZ70H',
        'gumroad_secret: "z7wH3o9lqWigUPtytIbeo7QecJPNjIULCRnEgEStwUL"',
      ],
      negative: [
        'GUMROAD_API_KEY=1U7aF1QD2RKIYBwG52KlB',
        'GUMROAD_API_URL=https://api.gumroad.com/v1/',
        'GUMROAD_ACCOUNT_ID=1U7aF1QD2RKIYBwG52KlBhMFcgxlV9hvahZKfyLZ70H',
        'gumroad_api_key: "<your-gumroad-api-key>"',
      ],
    },
  },
  {
    id: 'hiveage-api-key',
    description: 'Hiveage API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['hiveage'],
    pattern:
      /(?<![A-Za-z0-9])(?:hiveage)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: ['HIVEAGE_API_KEY=vEkPhdPSz8Tyv7lyLlS0', 'hiveage_secret: "leK7dzzGUbEGhxZkaUoK"'],
      negative: [
        'HIVEAGE_API_KEY=vEkPhdPSz8',
        'HIVEAGE_API_URL=https://api.hiveage.com/v1/',
        'HIVEAGE_ACCOUNT_ID=vEkPhdPSz8Tyv7lyLlS0',
        'hiveage_api_key: "<your-hiveage-api-key>"',
      ],
    },
  },
  {
    id: 'iexcloud-secret-token',
    description: 'IEX Cloud secret token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['iex'],
    pattern:
      /(?<![A-Za-z0-9])(?:iexapis|iexcloud|iex)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(sk_[a-f0-9]{32})(?![A-Za-z0-9_])/i,
    entropy: 3,
    samples: {
      positive: [
        'IEXCLOUD_API_KEY=sk_d5adb92c7ef07b824d3227f6644eb5cc',
        'iexcloud_secret: "sk_bff8b2085624078f5e1a9fb211a0fa3c"',
      ],
      negative: [
        'IEXCLOUD_API_KEY=sk_d5adb92c7ef07b',
        'IEXCLOUD_API_URL=https://api.iexcloud.com/v1/',
        'IEXCLOUD_ACCOUNT_ID=sk_d5adb92c7ef07b824d3227f6644eb5cc',
        'iexcloud_api_key: "<your-iexcloud-api-key>"',
      ],
    },
  },
  {
    id: 'infura-api-key',
    description: 'Infura API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['infura'],
    pattern:
      /(?<![A-Za-z0-9])(?:infura)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'INFURA_API_KEY=3unl73dod1ob5rx72385p7dkni99v2bq',
        'infura_secret: "snl531l9enk3z63rxvfcyn5ghtshm7aj"',
      ],
      negative: [
        'INFURA_API_KEY=3unl73dod1ob5rx7',
        'INFURA_API_URL=https://api.infura.com/v1/',
        'INFURA_ACCOUNT_ID=3unl73dod1ob5rx72385p7dkni99v2bq',
        'infura_api_key: "<your-infura-api-key>"',
      ],
    },
  },
  {
    id: 'lemonsqueezy-api-key',
    description: 'Lemon Squeezy API key (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['lemonsqueezy', 'lemon'],
    pattern:
      /(?<![A-Za-z0-9])(?:lemonsqueezy|lemon[_ .-]squeezy)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{100,}\.[A-Za-z0-9_-]{100,})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: [
        'LEMONSQUEEZY_API_KEY=eyJ1wTFTvZ5B9hYhb11WHkhjW2BRKV0hpCZABlJOFnkehMLT4dA2s4EDfMbXyfAI3u1HXz9BM.3Se_heNi4iZw3BbgupsJt7EmE_W-z9HuvOyM7tSd8zDx_c_zgB4BPKQd7scZS0Lyw7zxq_dSkKJK9CritdWC2jT4Ya-0F1lXv69SqKXWE0K5AFza67whoeKjJH1bzntnLuAAKFWsJ7tNCD.2OOtMx2gKS8DMilH0nBFdILwRRXGVpEXc5O8RtEj5DxkuHvwDP-sx4G_VeSQJbAPXZmBM7ZMcS3kR89INlZP4oFBLLCRYhkiBq4A0vRIQcyQoquRMiKc_vD67TV-CFdq-',
        'lemonsqueezy_secret: "eyJmBxCy8BczKLTEyXyhcUE99WSDBW1P9JFbmidth.xpFkJTv_TbeyHp2OdEHEIJby7oLsRWmpAbG8BsFIrWQkDJ-8paSXBng-_o6C28iCDzJlI-7oBe57hMQUkbDk66ZxEe1bEdWInMU01tXmtnr8O5cP02sGafOf-MobqmQRn2FYpqGojZgAOunpkgiTquO.YC5cpCmgzC-2TlSEzWy1EX20WcesBT2qhoR7Ms6lIuWICcNwRbbRH1EOJcBwiJ33jeQS5W-D7Asb_9Pk6vGZO2mC3Ck8NFVp-e7kZC5CI-yUCANUILWEF56tAfi"',
      ],
      negative: [
        'LEMONSQUEEZY_API_KEY=eyJ1wTFTvZ5B9hYhb11WHkhjW2BRKV0hpCZABlJOFnkehMLT4dA2s4EDfMbXyfAI3u1HXz9BM.3Se_heNi4iZw3BbgupsJt7EmE_W-z9HuvOyM7tSd8zDx_c_zgB4BPKQd7scZS0Lyw7zxq_dSkKJK9CritdWC2jT4Ya-0F1lXv69',
        'LEMONSQUEEZY_API_URL=https://api.lemonsqueezy.com/v1/',
        'LEMONSQUEEZY_ACCOUNT_ID=eyJ1wTFTvZ5B9hYhb11WHkhjW2BRKV0hpCZABlJOFnkehMLT4dA2s4EDfMbXyfAI3u1HXz9BM.3Se_heNi4iZw3BbgupsJt7EmE_W-z9HuvOyM7tSd8zDx_c_zgB4BPKQd7scZS0Lyw7zxq_dSkKJK9CritdWC2jT4Ya-0F1lXv69SqKXWE0K5AFza67whoeKjJH1bzntnLuAAKFWsJ7tNCD.2OOtMx2gKS8DMilH0nBFdILwRRXGVpEXc5O8RtEj5DxkuHvwDP-sx4G_VeSQJbAPXZmBM7ZMcS3kR89INlZP4oFBLLCRYhkiBq4A0vRIQcyQoquRMiKc_vD67TV-CFdq-',
        'lemonsqueezy_api_key: "<your-lemonsqueezy-api-key>"',
      ],
    },
  },
  {
    id: 'lendflow-api-token',
    description: 'Lendflow API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['lendflow'],
    pattern:
      /(?<![A-Za-z0-9])(?:lendflow)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{36}\.[A-Za-z0-9._-]{200,})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: [
        'LENDFLOW_API_KEY=3laXWJIW2bWwhfM25AnbeYSqu2hXXSCbBUI2.PVtd43XokaFq_qmqWN4fD-F_HqX7PSvTc_AXtwLwQ-i_Q1PaO0Mf2-4TmQCNzr0fiLlWKI8v.Cu2IkdSwRbWqZM4PWkAdgXi2P-ykMdp4LqGsmRXXy141arGhQYJDboi.bVzZV7IzPGr7pY6j1rA5HIyPd.wI3LGarceKqnJ2rJtldIHvBqBA3JFi-eBr-F4_rzBB7IpXB0.FtejMw4PCufDiO7ljWcRJ5GufSYThNU5_q7uu7ONZ',
        'lendflow_secret: "e9NBLtOFojVPwnqF8CJdiZRg03MzG3FeAnPJ.2IbXutWwJD3UCwhImuSwQTsMiriqyQZIaRCmVwY1HH1M_9Fq_1WjG_j3C8hewsE8h_Pwe8Ryjl-h_A7sz_Q_HWvNSjP.HoXW0Expk57KQyRrH84dQ2ipEjwOilt_swk1qgCg55LLq-1YIKSs3DunAIFjD-E6A.SK7mgDvDFV0uK_1b99j8jxdBxi3ysoGQ.7BuqOn2yB0yx9QUB9arbfU1nnitrH.ws-BuAym"',
      ],
      negative: [
        'LENDFLOW_API_KEY=3laXWJIW2bWwhfM25AnbeYSqu2hXXSCbBUI2.PVtd43XokaFq_qmqWN4fD-F_HqX7PSvTc_AXtwLwQ-i_Q1PaO0Mf2-4TmQCNzr0fiLlWKI8v.Cu2IkdSwRbWqZM4PWkAdgXi2P-ykMdp',
        'LENDFLOW_API_URL=https://api.lendflow.com/v1/',
        'LENDFLOW_ACCOUNT_ID=3laXWJIW2bWwhfM25AnbeYSqu2hXXSCbBUI2.PVtd43XokaFq_qmqWN4fD-F_HqX7PSvTc_AXtwLwQ-i_Q1PaO0Mf2-4TmQCNzr0fiLlWKI8v.Cu2IkdSwRbWqZM4PWkAdgXi2P-ykMdp4LqGsmRXXy141arGhQYJDboi.bVzZV7IzPGr7pY6j1rA5HIyPd.wI3LGarceKqnJ2rJtldIHvBqBA3JFi-eBr-F4_rzBB7IpXB0.FtejMw4PCufDiO7ljWcRJ5GufSYThNU5_q7uu7ONZ',
        'lendflow_api_key: "<your-lendflow-api-key>"',
      ],
    },
  },
  {
    id: 'loyverse-api-token',
    description: 'Loyverse API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['loyverse'],
    pattern:
      /(?<![A-Za-z0-9])(?:loyverse)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'LOYVERSE_API_KEY=y7ub0rkr8c3mmxtogty0dz1z3wjdeunz',
        'loyverse_secret: "ri9gjcb7hbnntkssf72vuhc31iwxv466"',
      ],
      negative: [
        'LOYVERSE_API_KEY=y7ub0rkr8c3mmxto',
        'LOYVERSE_API_URL=https://api.loyverse.com/v1/',
        'LOYVERSE_ACCOUNT_ID=y7ub0rkr8c3mmxtogty0dz1z3wjdeunz',
        'loyverse_api_key: "<your-loyverse-api-key>"',
      ],
    },
  },
  {
    id: 'lunchmoney-api-token',
    description: 'Lunch Money API token (by context)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['lunchmoney'],
    pattern:
      /(?<![A-Za-z0-9])(?:lunchmoney)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{50})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'LUNCHMONEY_API_KEY=522cd37779a8d63de6126b663b9f89249524691cd688e10d6d',
        'lunchmoney_secret: "7cbec566a08a8039826a8127f84b4a048cb6023a45909f45c9"',
      ],
      negative: [
        'LUNCHMONEY_API_KEY=522cd37779a8d63de6126b663',
        'LUNCHMONEY_API_URL=https://api.lunchmoney.com/v1/',
        'LUNCHMONEY_ACCOUNT_ID=522cd37779a8d63de6126b663b9f89249524691cd688e10d6d',
        'lunchmoney_api_key: "<your-lunchmoney-api-key>"',
      ],
    },
  },
];
