import type { Rule } from '../rule.types';
import { alnum, hex, namedKeyRule, UUID } from './named-key-rule';

// Finance: payments, banking, budgeting, currency, crypto and market data.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const financeDataRules: Rule[] = [
  namedKeyRule({
    id: 'alchemy-api-key',
    description: 'Alchemy API key',
    names: ['alchemy'],
    value: String.raw`[A-Za-z0-9_-]{32}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'bitcoinaverage-api-key',
    description: 'BitcoinAverage API key',
    names: ['bitcoinaverage'],
    value: alnum(43),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'blocknative-api-key',
    description: 'Blocknative API key',
    names: ['blocknative'],
    value: UUID,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'bscscan-api-key',
    description: 'BscScan API key',
    names: ['bscscan'],
    value: alnum(34),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'chartmogul-api-key',
    description: 'ChartMogul API key',
    names: ['chartmogul'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'checkout-com-public-key',
    description: 'Checkout.com (checio) key',
    names: ['checio'],
    value: String.raw`pk_[a-z0-9]{45}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'coinapi-api-key',
    description: 'CoinAPI key',
    names: ['coinapi'],
    value: String.raw`[A-Z0-9]{8}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{12}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'coinlayer-api-key',
    description: 'coinlayer API key',
    names: ['coinlayer'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'coinlib-api-key',
    description: 'Coinlib API key',
    names: ['coinlib'],
    value: alnum(16),
    severity: 'high',
    samples: {
      positive: ['COINLIB_API_KEY=2v3waznfcpajt9wg', 'coinlib_secret: "msuuu6x3ebgwpyfu"'],
      negative: [
        'COINLIB_API_KEY=2v3waznf',
        'COINLIB_API_URL=https://api.coinlib.com/v1/',
        'COINLIB_ACCOUNT_ID=2v3waznfcpajt9wg',
        'coinlib_api_key: "<your-coinlib-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'column-api-key',
    description: 'Column banking API key',
    names: ['column'],
    value: String.raw`(?:test|live)_[A-Za-z0-9]{27,40}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'cryptocompare-api-key',
    description: 'CryptoCompare API key',
    names: ['cryptocompare'],
    value: alnum(64),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'currencyfreaks-api-key',
    description: 'CurrencyFreaks API key',
    names: ['currencyfreaks'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'currencylayer-api-key',
    description: 'currencylayer API key',
    names: ['currencylayer'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'currencyscoop-api-key',
    description: 'CurrencyScoop API key',
    names: ['currencyscoop'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'ethplorer-api-key',
    description: 'Ethplorer API key',
    names: ['ethplorer'],
    value: String.raw`[A-Za-z0-9-]{22}`,
    severity: 'high',
    samples: {
      positive: ['ETHPLORER_API_KEY=oGfFl1cR54uO-hMc7D4CGt', 'ethplorer_secret: "pUelqCLdhLwPL6DrCW-2G-"'],
      negative: [
        'ETHPLORER_API_KEY=oGfFl1cR54u',
        'ETHPLORER_API_URL=https://api.ethplorer.com/v1/',
        'ETHPLORER_ACCOUNT_ID=oGfFl1cR54uO-hMc7D4CGt',
        'ethplorer_api_key: "<your-ethplorer-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'fastforex-api-key',
    description: 'fastFOREX API key',
    names: ['fastforex'],
    value: alnum(28),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'finage-api-key',
    description: 'Finage API key',
    names: ['finage'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'financialmodelingprep-api-key',
    description: 'Financial Modeling Prep API key',
    names: ['financialmodelingprep'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'findl-api-key',
    description: 'Findl API key',
    names: ['findl'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'finicity-app-key',
    description: 'Finicity app key',
    names: ['finicity'],
    value: hex(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'finnhub-api-key',
    description: 'Finnhub API key',
    names: ['finnhub'],
    value: alnum(20),
    severity: 'high',
    samples: {
      positive: ['FINNHUB_API_KEY=0hm2vydwgmsdiy8hadva', 'finnhub_secret: "1al134po231yci3zj603"'],
      negative: [
        'FINNHUB_API_KEY=0hm2vydwgm',
        'FINNHUB_API_URL=https://api.finnhub.com/v1/',
        'FINNHUB_ACCOUNT_ID=0hm2vydwgmsdiy8hadva',
        'finnhub_api_key: "<your-finnhub-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'fixer-api-key',
    description: 'Fixer.io API key',
    names: ['fixer', 'fixerio', 'fixer_io', 'fixer-io'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'glassnode-api-key',
    description: 'Glassnode API key',
    names: ['glassnode'],
    value: alnum(27),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'gumroad-api-token',
    description: 'Gumroad API token',
    names: ['gumroad'],
    value: String.raw`[A-Za-z0-9-]{43}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'hiveage-api-key',
    description: 'Hiveage API key',
    names: ['hiveage'],
    value: String.raw`[A-Za-z0-9_-]{20}`,
    severity: 'high',
    samples: {
      positive: ['HIVEAGE_API_KEY=vEkPhdPSz8Tyv7lyLlS0', 'hiveage_secret: "leK7dzzGUbEGhxZkaUoK"'],
      negative: [
        'HIVEAGE_API_KEY=vEkPhdPSz8',
        'HIVEAGE_API_URL=https://api.hiveage.com/v1/',
        'HIVEAGE_ACCOUNT_ID=vEkPhdPSz8Tyv7lyLlS0',
        'hiveage_api_key: "<your-hiveage-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'iexcloud-secret-token',
    description: 'IEX Cloud secret token',
    names: ['iexapis', 'iexcloud', 'iex'],
    value: String.raw`sk_[a-f0-9]{32}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'infura-api-key',
    description: 'Infura API key',
    names: ['infura'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'lemonsqueezy-api-key',
    description: 'Lemon Squeezy API key',
    names: ['lemonsqueezy', 'lemon_squeezy', 'lemon-squeezy', 'lemon squeezy'],
    value: String.raw`eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{100,}\.[A-Za-z0-9_-]{100,}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'lendflow-api-token',
    description: 'Lendflow API token',
    names: ['lendflow'],
    value: String.raw`[A-Za-z0-9]{36}\.[A-Za-z0-9._-]{200,}`,
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'loyverse-api-token',
    description: 'Loyverse API token',
    names: ['loyverse'],
    value: alnum(32),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'lunchmoney-api-token',
    description: 'Lunch Money API token',
    names: ['lunchmoney'],
    value: hex(50),
    severity: 'high',
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
  }),
  namedKeyRule({
    id: 'moonclerk-api-key',
    description: 'MoonClerk API key',
    names: ['moonclerk'],
    value: alnum(32),
    samples: {
      positive: [
        'MOONCLERK_API_KEY=de718ea27437c6d6deb187bbf4db1277',
        '"moonclerkToken": "c4916d2a95418f8cb78c57ddad69b6f5",',
      ],
      negative: [
        'MOONCLERK_API_KEY=de718ea27437c6d6',
        'MOONCLERK_ACCOUNT_ID=4dfb5075ddd50d7a4bc04147d7708dc1',
        'MOONCLERK_API_URL=https://api.moonclerk.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'oanda-api-token',
    description: 'OANDA API access token',
    names: ['oanda'],
    value: '[a-f0-9]{32}-[a-f0-9]{32}|[a-z0-9]{24}',
    severity: 'high',
    samples: {
      positive: [
        'OANDA_API_KEY=5b85b009913156ea2c697d30c7df31a4-27d14e4997abaf24adba3b28ea78915d',
        '"oandaToken": "d35935a3a5e024f0d921e4da77a82aa9-acac0fd46e631be3996aad6f0444d0ff",',
      ],
      negative: [
        'OANDA_API_KEY=5b85b009913156ea2c697d30c7df31a4',
        'OANDA_ACCOUNT_ID=c64d47728ce6b5b2ff4d1e16d445803a-c1c7a38aa31baf41c08da7547d06a75e',
        'OANDA_API_URL=https://api.oanda.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'paymongo-api-key',
    description: 'PayMongo secret key',
    names: ['paymongo'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'PAYMONGO_API_KEY=VusdsMCIE4wxJh1trOewwc8ynb4pMY49',
        '"paymongoToken": "jO5xjLRFhGDVbFZ583zTQGCHhN8RYiWa",',
      ],
      negative: [
        'PAYMONGO_API_KEY=VusdsMCIE4wxJh1t',
        'PAYMONGO_ACCOUNT_ID=H9iYioF7wRQ3GLsJGNzZcd7KNsheLahQ',
        'PAYMONGO_API_URL=https://api.paymongo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'polygon-api-key',
    description: 'Polygon.io API key',
    names: ['polygon'],
    value: '[a-z0-9_]{32}',
    samples: {
      positive: [
        'POLYGON_API_KEY=OJq9JUnod8EzwNUnOZOt429Y6zpPC2ky',
        '"polygonToken": "DW7KYMi0u7Lfc8T97DXUKu0tfW1RE9c6",',
      ],
      negative: [
        'POLYGON_API_KEY=OJq9JUnod8EzwNUn',
        'POLYGON_ACCOUNT_ID=kxttM0ONcpXbTK8I8C0lBbkLILuChp3Q',
        'POLYGON_API_URL=https://api.polygon.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'privacy-api-key',
    description: 'Privacy.com API key',
    names: ['privacy'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'PRIVACY_API_KEY=e09171b1-9046-d530-6242-3ae17c757a06',
        '"privacyToken": "7c3480db-e86c-d1a9-44b4-db00c9cf915c",',
      ],
      negative: [
        'PRIVACY_API_KEY=e09171b1-9046-d530',
        'PRIVACY_ACCOUNT_ID=f461aef3-9469-634d-2278-c53ab8264dd0',
        'PRIVACY_API_URL=https://api.privacy.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'request-finance-api-key',
    description: 'Request Finance API key',
    names: ['requestfinance', 'request_finance'],
    value: '[a-z0-9]{7}(?:-[a-z0-9]{7}){3}',
    samples: {
      positive: [
        'REQUESTFINANCE_API_KEY=01JRM67-VJ2C2PJ-KOC8QS1-Q4JJUD6',
        '"requestfinanceToken": "TS1SE3H-I77S6EK-455I1MW-GGULP7Y",',
      ],
      negative: [
        'REQUESTFINANCE_API_KEY=01JRM67-VJ2C2PJ',
        'REQUESTFINANCE_ACCOUNT_ID=0717EET-C1J8ENM-QATBLPF-Y50GM66',
        'REQUESTFINANCE_API_URL=https://api.requestfinance.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'simfin-api-key',
    description: 'SimFin API key',
    names: ['simfin'],
    value: alnum(32),
    samples: {
      positive: [
        'SIMFIN_API_KEY=EXAmpIav2Cj7KVhijmDOrImKhOiC8YWw',
        '"simfinToken": "jhyfhDefGrHJLsfSIlcEXYLCAdhbty5Y",',
      ],
      negative: [
        'SIMFIN_API_KEY=EXAmpIav2Cj7KVhi',
        'SIMFIN_ACCOUNT_ID=XGZdA8UQSgHqXg5uHUIhcGcftL8cXF2f',
        'SIMFIN_API_URL=https://api.simfin.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'stockdata-api-key',
    description: 'StockData.org API key',
    names: ['stockdata'],
    value: alnum(40),
    samples: {
      positive: [
        'STOCKDATA_API_KEY=17oMfbnZ9WBBFA1oKTMFWfPxXSFDnP2uj2gVXSBh',
        '"stockdataToken": "qnynGO2EiXMNnLDbTX9mbSBMy5iqpgkDSlJwtU6P",',
      ],
      negative: [
        'STOCKDATA_API_KEY=17oMfbnZ9WBBFA1oKTMF',
        'STOCKDATA_ACCOUNT_ID=q6q66DRATm6ZcfPOqA19krlqCeROjDdbEpQMAzX6',
        'STOCKDATA_API_URL=https://api.stockdata.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tatum-api-key',
    description: 'Tatum API key',
    names: ['tatum', 'tatumio'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'TATUM_API_KEY=57c43528-7dd0-b570-a831-fbc60056492e',
        '"tatumToken": "2681103f-4e84-cd63-cb4e-73e86a536cc7",',
      ],
      negative: [
        'TATUM_API_KEY=57c43528-7dd0-b570',
        'TATUM_ACCOUNT_ID=e14b163f-b5d0-ea63-f070-be1dc934fbce',
        'TATUM_API_URL=https://api.tatum.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'taxjar-api-token',
    description: 'TaxJar API token',
    names: ['taxjar'],
    value: alnum(32),
    severity: 'high',
    samples: {
      positive: [
        'TAXJAR_API_KEY=b278528b2d302969b93b4d9c3eb30320',
        '"taxjarToken": "4d1124c165a6def21a4c07aea3325113",',
      ],
      negative: [
        'TAXJAR_API_KEY=b278528b2d302969',
        'TAXJAR_ACCOUNT_ID=a55078705a71d48ca0fb43232ce6d36f',
        'TAXJAR_API_URL=https://api.taxjar.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'technical-analysis-api-key',
    description: 'Technical Analysis API key',
    names: ['technicalanalysisapi'],
    value: alnum(48),
    samples: {
      positive: [
        'TECHNICALANALYSISAPI_API_KEY=R6YYGMEOB17IDQM7FAH70MBZT6KOLSY5G6SJDZ37M62RHW8V',
        '"technicalanalysisapiToken": "SMHHHQOPRMR7N73GARCMIQQFHEOKQ688DTS4B9599SPBOGMK",',
      ],
      negative: [
        'TECHNICALANALYSISAPI_API_KEY=R6YYGMEOB17IDQM7FAH70MBZ',
        'TECHNICALANALYSISAPI_ACCOUNT_ID=2TC1XR0BPJ4BUX13UMJ51K8G9DQUP2H9DX7MQ0D78J9BU4LH',
        'TECHNICALANALYSISAPI_API_URL=https://api.technicalanalysisapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tiingo-api-token',
    description: 'Tiingo API token',
    names: ['tiingo'],
    value: alnum(40),
    samples: {
      positive: [
        'TIINGO_API_KEY=eb4a5ae87b4c3a77c05d8c5e0e9c5c40cf4f8b62',
        '"tiingoToken": "74287a996e4fc5e59e4313af4881a1624afb5fb0",',
      ],
      negative: [
        'TIINGO_API_KEY=eb4a5ae87b4c3a77c05d',
        'TIINGO_ACCOUNT_ID=380f6641f4fe2433bc98da12649c737c2b0c2e01',
        'TIINGO_API_URL=https://api.tiingo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tradier-access-token',
    description: 'Tradier access token',
    names: ['tradier'],
    value: alnum(28),
    severity: 'high',
    samples: {
      positive: [
        'TRADIER_API_KEY=XDITTyaiCsrV4ye8MT06QjLPpEzu',
        '"tradierToken": "Gp1fKhJJ3ABC3aCPr1vQPkPxMIcY",',
      ],
      negative: [
        'TRADIER_API_KEY=XDITTyaiCsrV4y',
        'TRADIER_ACCOUNT_ID=h63bcvK7KpT1Mxmdu4w8385Rf8S0',
        'TRADIER_API_URL=https://api.tradier.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'twelve-data-api-key',
    description: 'Twelve Data API key',
    names: ['twelvedata', 'twelve_data'],
    value: alnum(32),
    samples: {
      positive: [
        'TWELVEDATA_API_KEY=ce77bce4775e3f6cb8dd35b4afee5b23',
        '"twelvedataToken": "b628ec772c021f5d5449bd24e7c9bfc1",',
      ],
      negative: [
        'TWELVEDATA_API_KEY=ce77bce4775e3f6c',
        'TWELVEDATA_ACCOUNT_ID=fc1979f829a85360f84b4533d9f98f34',
        'TWELVEDATA_API_URL=https://api.twelvedata.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'wise-api-token',
    description: 'Wise (TransferWise) API token',
    names: ['transferwise'],
    value: UUID,
    severity: 'high',
    samples: {
      positive: [
        'TRANSFERWISE_API_KEY=db6e62fd-521c-7ab3-4886-e087c5ee5077',
        '"transferwiseToken": "9075b711-2e63-c154-d6a5-2503caf6320c",',
      ],
      negative: [
        'TRANSFERWISE_API_KEY=db6e62fd-521c-7ab3',
        'TRANSFERWISE_ACCOUNT_ID=72c6341e-4178-7785-7118-895c778ed9cc',
        'TRANSFERWISE_API_URL=https://api.transferwise.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'worldcoinindex-api-key',
    description: 'WorldCoinIndex API key',
    names: ['worldcoinindex'],
    value: alnum(35),
    samples: {
      positive: [
        'WORLDCOININDEX_API_KEY=zT4SZBVJBChe2CNruBy3YFMQuNgiSx5UMo4',
        '"worldcoinindexToken": "0LtzzN60hCGwUhHGSviRfEnP2mFP0Da145m",',
      ],
      negative: [
        'WORLDCOININDEX_API_KEY=zT4SZBVJBChe2CNru',
        'WORLDCOININDEX_ACCOUNT_ID=yKzuwEI7D5XkI9j3G7PgC7iXmvodS7VcUbk',
        'WORLDCOININDEX_API_URL=https://api.worldcoinindex.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'ynab-access-token',
    description: 'YNAB (You Need A Budget) access token',
    names: ['youneedabudget', 'ynab'],
    value: alnum(64),
    severity: 'high',
    samples: {
      positive: [
        'YOUNEEDABUDGET_API_KEY=bad53cb1b0cb03e619af9574bb956594645b9a2739db4cbf290bf47fde5bbd1f',
        '"youneedabudgetToken": "376d22851de7325ad51be47146e97585b422fc079f16ab2d1a3a01fbab48178b",',
      ],
      negative: [
        'YOUNEEDABUDGET_API_KEY=bad53cb1b0cb03e619af9574bb956594',
        'YOUNEEDABUDGET_ACCOUNT_ID=c8560e801bbfdf949dba13e4ca51c2a271d2ff3c6af12bf4f6a16a77ad12eeb7',
        'YOUNEEDABUDGET_API_URL=https://api.youneedabudget.com/v1/',
      ],
    },
  }),
];
