import type { Rule } from '../rule.types';
import { alnum, namedKeyRule, UUID } from './named-key-b.rules';

// Payments, banking, budgeting and market data.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-b.rules.ts). Value formats follow each provider's API documentation.
export const financeBRules: Rule[] = [
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
];
