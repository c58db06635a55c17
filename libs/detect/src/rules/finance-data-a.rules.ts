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
        'ALCHEMY_API_KEY=2jt3W0m9nGbJEtq1hJFKKLpNyUHPRBOy',
        'alchemy_secret: "wqFg7F8_0esRf_dHNsrk4Li-CwQqY-d7"',
      ],
      negative: [
        'ALCHEMY_API_KEY=2jt3W0m9nGbJEtq1',
        'ALCHEMY_API_URL=https://api.alchemy.com/v1/',
        'ALCHEMY_ACCOUNT_ID=2jt3W0m9nGbJEtq1hJFKKLpNyUHPRBOy',
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
        'BITCOINAVERAGE_API_KEY=TcbidgITJvU777bH6vXr0ydPujiZLF8cTm9mIanFANs',
        'bitcoinaverage_secret: "CTm7zjtWn3Dc6E75NR6EcOKIyqXETF5fXikyzq1vtZU"',
      ],
      negative: [
        'BITCOINAVERAGE_API_KEY=TcbidgITJvU777bH6vXr0',
        'BITCOINAVERAGE_API_URL=https://api.bitcoinaverage.com/v1/',
        'BITCOINAVERAGE_ACCOUNT_ID=TcbidgITJvU777bH6vXr0ydPujiZLF8cTm9mIanFANs',
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
        'BLOCKNATIVE_API_KEY=ae3205ca-5b13-970e-0174-a26a24f5f8cd',
        'blocknative_secret: "55b4bf44-a714-a9b6-c341-fb53b8e11fb5"',
      ],
      negative: [
        'BLOCKNATIVE_API_KEY=ae3205ca-5b13-970e',
        'BLOCKNATIVE_API_URL=https://api.blocknative.com/v1/',
        'BLOCKNATIVE_ACCOUNT_ID=ae3205ca-5b13-970e-0174-a26a24f5f8cd',
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
        'BSCSCAN_API_KEY=IPHG305I9V6NANKOR1VA3CYFR5FN7K64T4',
        'bscscan_secret: "YV1WMYHLRMFX7GYB3DRKK32SNP1QW2P597"',
      ],
      negative: [
        'BSCSCAN_API_KEY=IPHG305I9V6NANKOR',
        'BSCSCAN_API_URL=https://api.bscscan.com/v1/',
        'BSCSCAN_ACCOUNT_ID=IPHG305I9V6NANKOR1VA3CYFR5FN7K64T4',
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
        'CHARTMOGUL_API_KEY=g9gd0gfhzujtz3tz1rf73tnshg1f1n9a',
        'chartmogul_secret: "pjnk1zfblgz02q5p79vc6k9o28gvvhet"',
      ],
      negative: [
        'CHARTMOGUL_API_KEY=g9gd0gfhzujtz3tz',
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
        'CHECIO_API_KEY=pk_mfw8ge4bt0w4ejc7o618ue669kuczcnstrwxloest5pg2',
        'checio_secret: "pk_k0iypfu7c3xhumwr7mnixx3n6msda7c97f4e4cayqqtm4"',
      ],
      negative: [
        'CHECIO_API_KEY=pk_mfw8ge4bt0w4ejc7o618u',
        'CHECIO_API_URL=https://api.checio.com/v1/',
        'CHECIO_ACCOUNT_ID=pk_mfw8ge4bt0w4ejc7o618ue669kuczcnstrwxloest5pg2',
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
        'COINAPI_API_KEY=8LCPSKWV-QG9H-P5PA-6CPO-T3AQGDVE3SR6',
        'coinapi_secret: "3LT6SRO3-G6CJ-HL8V-DYLK-UYLRVOO1RVC3"',
      ],
      negative: [
        'COINAPI_API_KEY=8LCPSKWV-QG9H-P5PA',
        'COINAPI_API_URL=https://api.coinapi.com/v1/',
        'COINAPI_ACCOUNT_ID=8LCPSKWV-QG9H-P5PA-6CPO-T3AQGDVE3SR6',
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
        'COINLAYER_API_KEY=yv34d2tm5jt6rot2cs1gxr4f6t451o89',
        'coinlayer_secret: "i9oyepjl9bdiq2e5si6nyy10slzvpxov"',
      ],
      negative: [
        'COINLAYER_API_KEY=yv34d2tm5jt6rot2',
        'COINLAYER_API_URL=https://api.coinlayer.com/v1/',
        'COINLAYER_ACCOUNT_ID=yv34d2tm5jt6rot2cs1gxr4f6t451o89',
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
      positive: ['COINLIB_API_KEY=f1g3p7xg1w6xkhns', 'coinlib_secret: "lwnsrtgei4dlq0ws"'],
      negative: [
        'COINLIB_API_KEY=f1g3p7xg',
        'COINLIB_API_URL=https://api.coinlib.com/v1/',
        'COINLIB_ACCOUNT_ID=f1g3p7xg1w6xkhns',
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
        'COLUMN_API_KEY=live_PRr0UxI5rTwik2h4x6uQ8QHiXo6nqDXUuCjqv',
        'column_secret: "live_Qd2NqBC7l158izG10eadYfwQXbgBbVpyA2phk4"',
      ],
      negative: [
        'COLUMN_API_KEY=live_PRr0UxI5rTwik2h4',
        'COLUMN_API_URL=https://api.column.com/v1/',
        'COLUMN_ACCOUNT_ID=live_PRr0UxI5rTwik2h4x6uQ8QHiXo6nqDXUuCjqv',
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
        'CRYPTOCOMPARE_API_KEY=4xnz221yth7ie8kfvevhxim1w32czkl1thvg0icsha6ty3j1b0x8f9qpxha9iy6i',
        'cryptocompare_secret: "sowjxxo8c6gfdzr1rc2a7dmlynz91j9le1hf6pdmwiowyphu44189pxwqrc03t5y"',
      ],
      negative: [
        'CRYPTOCOMPARE_API_KEY=4xnz221yth7ie8kfvevhxim1w32czkl1',
        'CRYPTOCOMPARE_API_URL=https://api.cryptocompare.com/v1/',
        'CRYPTOCOMPARE_ACCOUNT_ID=4xnz221yth7ie8kfvevhxim1w32czkl1thvg0icsha6ty3j1b0x8f9qpxha9iy6i',
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
        'CURRENCYFREAKS_API_KEY=8r4e2ytuzk0b1u2bptlsrxup72vfgjjj',
        'currencyfreaks_secret: "qp6iq6w0npxhtkpfwug8ltbli5z0qbql"',
      ],
      negative: [
        'CURRENCYFREAKS_API_KEY=8r4e2ytuzk0b1u2b',
        'CURRENCYFREAKS_API_URL=https://api.currencyfreaks.com/v1/',
        'CURRENCYFREAKS_ACCOUNT_ID=8r4e2ytuzk0b1u2bptlsrxup72vfgjjj',
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
        'CURRENCYLAYER_API_KEY=bz18slaujwbux17wxlfgzo8ovcqgwwmm',
        'currencylayer_secret: "yk6z8bxg0pgm8i9i94llviskzc9q029r"',
      ],
      negative: [
        'CURRENCYLAYER_API_KEY=bz18slaujwbux17w',
        'CURRENCYLAYER_API_URL=https://api.currencylayer.com/v1/',
        'CURRENCYLAYER_ACCOUNT_ID=bz18slaujwbux17wxlfgzo8ovcqgwwmm',
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
        'CURRENCYSCOOP_API_KEY=xao58gzeequlp5e00o5u4hc9suv40x7k',
        'currencyscoop_secret: "57arbqvh9rv30e19k05o429rklo03f1m"',
      ],
      negative: [
        'CURRENCYSCOOP_API_KEY=xao58gzeequlp5e0',
        'CURRENCYSCOOP_API_URL=https://api.currencyscoop.com/v1/',
        'CURRENCYSCOOP_ACCOUNT_ID=xao58gzeequlp5e00o5u4hc9suv40x7k',
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
      positive: ['ETHPLORER_API_KEY=Fq4-VH4MZDnMQrarOZBJ3c', 'ethplorer_secret: "k9PNEdlyFeL1nMUm2qqsII"'],
      negative: [
        'ETHPLORER_API_KEY=Fq4-VH4MZDn',
        'ETHPLORER_API_URL=https://api.ethplorer.com/v1/',
        'ETHPLORER_ACCOUNT_ID=Fq4-VH4MZDnMQrarOZBJ3c',
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
      /(?<![A-Za-z0-9])(?:fastforex)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9-]{28})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'FASTFOREX_API_KEY=0jx8bfp0e3xotipwwp1uayan3zd0',
        'fastforex_secret: "cm9-fj0rba64xb50o01kx05qh1ii"',
      ],
      negative: [
        'FASTFOREX_API_KEY=0jx8bfp0e3xoti',
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
        'FINAGE_API_KEY=BC1X12G3QK5KOE9WM05CAVA9CU8NKKL2',
        'finage_secret: "76A9R4SQ0VRNSSGHE6QD1QDOM570ZGN0"',
      ],
      negative: [
        'FINAGE_API_KEY=BC1X12G3QK5KOE9W',
        'FINAGE_API_URL=https://api.finage.com/v1/',
        'FINAGE_ACCOUNT_ID=BC1X12G3QK5KOE9WM05CAVA9CU8NKKL2',
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
        'FINANCIALMODELINGPREP_API_KEY=CJZPDCZkZxKXfsylkpDljZ8HDtCUNWVl',
        'financialmodelingprep_secret: "pVAFglcv2g5RTrzVtbTSW4xfhwreQgD8"',
      ],
      negative: [
        'FINANCIALMODELINGPREP_API_KEY=CJZPDCZkZxKXfsyl',
        'FINANCIALMODELINGPREP_API_URL=https://api.financialmodelingprep.com/v1/',
        'FINANCIALMODELINGPREP_ACCOUNT_ID=CJZPDCZkZxKXfsylkpDljZ8HDtCUNWVl',
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
        'FINDL_API_KEY=i5ngt83g-iry9-ka17-zjsl-n0qebi0f89ka',
        'findl_secret: "aecqkk8x-iecu-fs16-ln70-5y9x9w3jnfd2"',
      ],
      negative: [
        'FINDL_API_KEY=i5ngt83g-iry9-ka17',
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
        'FINICITY_API_KEY=500d9b68debc01f5c19bba1ba7e2af1a',
        'finicity_secret: "9864c1727f21202124018e2423675c02"',
      ],
      negative: [
        'FINICITY_API_KEY=500d9b68debc01f5',
        'FINICITY_API_URL=https://api.finicity.com/v1/',
        'FINICITY_ACCOUNT_ID=500d9b68debc01f5c19bba1ba7e2af1a',
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
      positive: ['FINNHUB_API_KEY=50x9p7vk94p6w2i4i593', 'finnhub_secret: "zk9u5ns5o5z5t3hqual4"'],
      negative: [
        'FINNHUB_API_KEY=50x9p7vk94',
        'FINNHUB_API_URL=https://api.finnhub.com/v1/',
        'FINNHUB_ACCOUNT_ID=50x9p7vk94p6w2i4i593',
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
        'FIXER_API_KEY=lgPmt7lQUITkHZ58yvHX6LbQQDVMjWLm',
        'fixer_secret: "Ks9EUAUe5sOuXu8I7jUe6s9Kj9KAXtTy"',
      ],
      negative: [
        'FIXER_API_KEY=lgPmt7lQUITkHZ58',
        'FIXER_API_URL=https://api.fixer.com/v1/',
        'FIXER_ACCOUNT_ID=lgPmt7lQUITkHZ58yvHX6LbQQDVMjWLm',
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
        'GLASSNODE_API_KEY=xGwd1pHfgoEJeFnji1h9I1PnLCz',
        'glassnode_secret: "m6GyQwS3BLfka8eBOKvoMs0rcnU"',
      ],
      negative: [
        'GLASSNODE_API_KEY=xGwd1pHfgoEJe',
        'GLASSNODE_API_URL=https://api.glassnode.com/v1/',
        'GLASSNODE_ACCOUNT_ID=xGwd1pHfgoEJeFnji1h9I1PnLCz',
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
        'GUMROAD_API_KEY=J9AndGj0wBhUIAY6bI9vXsAty8YXu8AMdudOI6WdcLV',
        'gumroad_secret: "lefHC771q67NuBBwyUg2u2ROoSnDk5fcuLXpvcc70dX"',
      ],
      negative: [
        'GUMROAD_API_KEY=J9AndGj0wBhUIAY6bI9vX',
        'GUMROAD_API_URL=https://api.gumroad.com/v1/',
        'GUMROAD_ACCOUNT_ID=J9AndGj0wBhUIAY6bI9vXsAty8YXu8AMdudOI6WdcLV',
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
      positive: ['HIVEAGE_API_KEY=ooL3T_U09l3XsAGDZ7PG', 'hiveage_secret: "uXq-jBGudnNSY42nVNZS"'],
      negative: [
        'HIVEAGE_API_KEY=ooL3T_U09l',
        'HIVEAGE_API_URL=https://api.hiveage.com/v1/',
        'HIVEAGE_ACCOUNT_ID=ooL3T_U09l3XsAGDZ7PG',
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
        'IEXCLOUD_API_KEY=sk_c07bcf371d6a512ff70333510020b6a5',
        'iexcloud_secret: "sk_82af21cf5f9543292ce8ed202ac8f6a0"',
      ],
      negative: [
        'IEXCLOUD_API_KEY=sk_c07bcf371d6a51',
        'IEXCLOUD_API_URL=https://api.iexcloud.com/v1/',
        'IEXCLOUD_ACCOUNT_ID=sk_c07bcf371d6a512ff70333510020b6a5',
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
        'INFURA_API_KEY=01bjyy8a335ja06gry2cur66kyrll0tj',
        'infura_secret: "pwdn23vhvub0xn3h43jao69os165ngpk"',
      ],
      negative: [
        'INFURA_API_KEY=01bjyy8a335ja06g',
        'INFURA_API_URL=https://api.infura.com/v1/',
        'INFURA_ACCOUNT_ID=01bjyy8a335ja06gry2cur66kyrll0tj',
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
        'LEMONSQUEEZY_API_KEY=eyJYeu29mbS8LTNND_zEjqV6Fu7CJ2jx9YYBxgzxnerdrPBqaqy7h.XbGfG2dXdBoi7j8imsvVouIvqaBm1PfO9d7zJRCAmBvAzdrAl8xZBhZsxHiTepGTDluRF66In6uyZrfiZ_yMyFZILbaQjcH-yz8z-nLVlJV6GCgWzTtvTSdhFnNNoMd9vbov2m0UMu1JR15rcNskNCcuI322etwS.yFnVvS0CGKMoDMabLMej_UHprLSO6pXmZN_5AJonRyA4tEbOCsXCZ7cJLwVjFTpoKyp4RcXn0mcFs5GYXlDz5OUk1TJJPMzuU4swjroTR4ZgPYyQhBf',
        'lemonsqueezy_secret: "eyJ1oTTZJcdwnzR-2O06JifHCUJtFKqjrzAY.Sn3_QqnJwXNfCxApkOju5MlUdYLZW0JxS_49SopjseND5GEhwUeX86Pu2nI7h3U4xblRK_yuOR81TpNasJrSjl3jHAHVaqWWdJoA4I6_rnScTfs7oF4xSFQf.fUluh7t8xr1O6KVXwft-sNZQO5iuuy3qP43MxvMFkhfmjMoZgHzReypqjBI3r4y9_7xifG808MCxCMuwS7DSYB40PmYg17wtgtepGK5owAzTj7JBb2ykbZiG"',
      ],
      negative: [
        'LEMONSQUEEZY_API_KEY=eyJYeu29mbS8LTNND_zEjqV6Fu7CJ2jx9YYBxgzxnerdrPBqaqy7h.XbGfG2dXdBoi7j8imsvVouIvqaBm1PfO9d7zJRCAmBvAzdrAl8xZBhZsxHiTepGTDluRF66In6uyZrfiZ_yMyFZILbaQjcH-yz8z-nLVlJV6GCg',
        'LEMONSQUEEZY_API_URL=https://api.lemonsqueezy.com/v1/',
        'LEMONSQUEEZY_ACCOUNT_ID=eyJYeu29mbS8LTNND_zEjqV6Fu7CJ2jx9YYBxgzxnerdrPBqaqy7h.XbGfG2dXdBoi7j8imsvVouIvqaBm1PfO9d7zJRCAmBvAzdrAl8xZBhZsxHiTepGTDluRF66In6uyZrfiZ_yMyFZILbaQjcH-yz8z-nLVlJV6GCgWzTtvTSdhFnNNoMd9vbov2m0UMu1JR15rcNskNCcuI322etwS.yFnVvS0CGKMoDMabLMej_UHprLSO6pXmZN_5AJonRyA4tEbOCsXCZ7cJLwVjFTpoKyp4RcXn0mcFs5GYXlDz5OUk1TJJPMzuU4swjroTR4ZgPYyQhBf',
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
        'LENDFLOW_API_KEY=97ebRHyhM50p3ZDGLjfTOWtFxCmF5BoEBVQu.CN-yKM4MmY7ly5wqExp6ha-5vkBil0yZVCQm-J3N_OhnonmFAK8ktSU9rllhgSxl1V.GkHeB5JS5biBR-obtlF9DUDZFNcPYw5rfr3sGrZ._3XV8JdK_WCeRV9woo4x8c1ZbthRRAui5sZHrAwH6q-NJWRu7NI07tU7dgHRIxVhITWczMqsO6g3hjXbsbUOR8PceTaC.',
        'lendflow_secret: "dirjzoJhN7rS1JnKlUXbOPiqDgf52VIQpY5U.3rSOryRYAWNgL2f7KzpYqZCS03PZrdxDILDuehPVoqoGerySWGaNnWrsZz8HDugHVHXpbA.GKOrwr9E.7vf32.RcYAUy_UvhwRfnL7Oe5NStdtYy-P53MNXcjaDg2wDhSfAxqgKwq_AVhGqpK2nTK.EaqF3ZU_qxfrUs0-QCt8-2_yx-RWG3t-vX8H3FmBWn4THUWE9pAuCcGCdDRpbif3w5jjbeG1_u1EONn9--CLS-Uo59"',
      ],
      negative: [
        'LENDFLOW_API_KEY=97ebRHyhM50p3ZDGLjfTOWtFxCmF5BoEBVQu.CN-yKM4MmY7ly5wqExp6ha-5vkBil0yZVCQm-J3N_OhnonmFAK8ktSU9rllhgSxl1V.GkHeB5JS5biBR-',
        'LENDFLOW_API_URL=https://api.lendflow.com/v1/',
        'LENDFLOW_ACCOUNT_ID=97ebRHyhM50p3ZDGLjfTOWtFxCmF5BoEBVQu.CN-yKM4MmY7ly5wqExp6ha-5vkBil0yZVCQm-J3N_OhnonmFAK8ktSU9rllhgSxl1V.GkHeB5JS5biBR-obtlF9DUDZFNcPYw5rfr3sGrZ._3XV8JdK_WCeRV9woo4x8c1ZbthRRAui5sZHrAwH6q-NJWRu7NI07tU7dgHRIxVhITWczMqsO6g3hjXbsbUOR8PceTaC.',
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
        'LOYVERSE_API_KEY=vzvymfhzohtia6rqa04xqba9b95noacs',
        'loyverse_secret: "1fe2uppt4ts3o3ts4zsyt2a9bsfk5cuh"',
      ],
      negative: [
        'LOYVERSE_API_KEY=vzvymfhzohtia6rq',
        'LOYVERSE_API_URL=https://api.loyverse.com/v1/',
        'LOYVERSE_ACCOUNT_ID=vzvymfhzohtia6rqa04xqba9b95noacs',
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
        'LUNCHMONEY_API_KEY=c446a06d26c00768ff6f856c060c7cb2b608e4ca4f69e3eda0',
        'lunchmoney_secret: "57f8bba3c818ea9a3629d5f4cd9cfada322d56d9fbb9eaea54"',
      ],
      negative: [
        'LUNCHMONEY_API_KEY=c446a06d26c00768ff6f856c0',
        'LUNCHMONEY_API_URL=https://api.lunchmoney.com/v1/',
        'LUNCHMONEY_ACCOUNT_ID=c446a06d26c00768ff6f856c060c7cb2b608e4ca4f69e3eda0',
        'lunchmoney_api_key: "<your-lunchmoney-api-key>"',
      ],
    },
  },
];
