import type { Rule } from '../rule.types';
import { alnum, namedKeyRule, UUID } from './named-key-b.rules';

// Developer, CI, hosting and infrastructure services.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-b.rules.ts). Value formats follow each provider's API documentation.
export const devtoolsBRules: Rule[] = [
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
