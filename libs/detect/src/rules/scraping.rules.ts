import type { Rule } from '../rule.types';
import { alnum, namedKeyRule, UUID } from './named-key-rule';

// Web scraping, screenshot and proxy APIs.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const scrapingRules: Rule[] = [
  namedKeyRule({
    id: 'proxycrawl-api-token',
    description: 'ProxyCrawl (Crawlbase) API token',
    names: ['proxycrawl', 'crawlbase'],
    value: '[a-z0-9_-]{22}',
    samples: {
      positive: ['PROXYCRAWL_API_KEY=SEskF9PzWRhNe2qcnxVcy5', '"proxycrawlToken": "jpHS5G4jskKKbM9rExafhh",'],
      negative: [
        'PROXYCRAWL_API_KEY=SEskF9PzWRh',
        'PROXYCRAWL_ACCOUNT_ID=eV67fkNtnHmYTtAjkx4mh6',
        'PROXYCRAWL_API_URL=https://api.proxycrawl.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scrapeowl-api-key',
    description: 'ScrapeOwl API key',
    names: ['scrapeowl'],
    value: alnum(30),
    samples: {
      positive: [
        'SCRAPEOWL_API_KEY=kawgzzd4dbzshoa95og9cyud56dhkn',
        '"scrapeowlToken": "1kvxtquo7isjehw9czqiqm7r3mpwj5",',
      ],
      negative: [
        'SCRAPEOWL_API_KEY=kawgzzd4dbzshoa',
        'SCRAPEOWL_ACCOUNT_ID=0m9uoljdaabg78m5rgkgr0wxj01df4',
        'SCRAPEOWL_API_URL=https://api.scrapeowl.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scraperapi-api-key',
    description: 'ScraperAPI key',
    names: ['scraperapi'],
    value: alnum(32),
    samples: {
      positive: [
        'SCRAPERAPI_API_KEY=3e5f14719b9ebccdfbcb71ef58d6e923',
        '"scraperapiToken": "ddb8939bfcf0a0d74e9f0b3fb7c25658",',
      ],
      negative: [
        'SCRAPERAPI_API_KEY=3e5f14719b9ebccd',
        'SCRAPERAPI_ACCOUNT_ID=dea45d3cf69da855aa139d312e3e5c65',
        'SCRAPERAPI_API_URL=https://api.scraperapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scraperbox-api-key',
    description: 'ScraperBox API key',
    names: ['scraperbox'],
    value: alnum(32),
    samples: {
      positive: [
        'SCRAPERBOX_SECRET=EU5123SRDICXVBTYT4GYY6WA3TCG6PY8',
        '"scraperboxToken": "AB7MUM17W8MC7M57YASRIXJLEXFG5ZFZ",',
      ],
      negative: [
        'SCRAPERBOX_API_KEY=EU5123SRDICXVBTY',
        'SCRAPERBOX_ACCOUNT_ID=0C75MVHUNRDLOHMOC6PZQAAAD6S83KP9',
        'SCRAPERBOX_API_URL=https://api.scraperbox.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scrapestack-api-key',
    description: 'scrapestack (apilayer) access key',
    names: ['scrapestack'],
    value: alnum(32),
    samples: {
      positive: [
        'SCRAPESTACK_API_KEY=888f5f89eca548833257adb69fb50c93',
        '"scrapestackToken": "a29758cadfc09804b2e12e90001671bd",',
      ],
      negative: [
        'SCRAPESTACK_API_KEY=888f5f89eca54883',
        'SCRAPESTACK_ACCOUNT_ID=83fef08a5b69bb568be9ab659a8431dd',
        'SCRAPESTACK_API_URL=https://api.scrapestack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scrapfly-api-key',
    description: 'Scrapfly API key',
    names: ['scrapfly'],
    value: 'scp-(?:live|test)-[a-f0-9]{32}|[a-f0-9]{32}',
    samples: {
      positive: [
        'SCRAPFLY_API_KEY=scp-live-e223cbb249ef7b0fa9e977e8a357b5c0',
        '"scrapflyToken": "scp-live-c873303067ddecf7052d2761b2417dc6",',
      ],
      negative: [
        'SCRAPFLY_API_KEY=scp-live-e223cbb249e',
        'SCRAPFLY_ACCOUNT_ID=scp-live-6dcc6c76f8cb39eedc394984193a9123',
        'SCRAPFLY_API_URL=https://api.scrapfly.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scrapingant-api-key',
    description: 'ScrapingAnt API key',
    names: ['scrapingant'],
    value: alnum(32),
    samples: {
      positive: [
        'SCRAPINGANT_API_KEY=25e0d0122bdd2d2892b866107e743328',
        '"scrapingantToken": "73d5c88fbd22e78091e2bcf106864fb0",',
      ],
      negative: [
        'SCRAPINGANT_API_KEY=25e0d0122bdd2d28',
        'SCRAPINGANT_ACCOUNT_ID=ca894ae6f914cbd4850b1c79bb75974f',
        'SCRAPINGANT_API_URL=https://api.scrapingant.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'scrapingbee-api-key',
    description: 'ScrapingBee API key',
    names: ['scrapingbee'],
    value: alnum(80),
    samples: {
      positive: [
        'SCRAPINGBEE_API_KEY=XKOJYAT7KVKNGSGSU4IK8JP8SV4FF9YUQNR573J1WDOWV2AZU4AHP8LAQQHS95RLWOMHM6TPQXBUTKX0',
        '"scrapingbeeToken": "H5IGICVYKQUPL1HXQMHLL3QDWF5LW15EWB7AD8WP4WGR0OQNGKL1FY5LFCQPOHQKYXGYOCLU4JVBJNBG",',
      ],
      negative: [
        'SCRAPINGBEE_API_KEY=XKOJYAT7KVKNGSGSU4IK8JP8SV4FF9YUQNR573J1',
        'SCRAPINGBEE_ACCOUNT_ID=GYFZVK5EXUU8K7FNNCWVICMM2FV4TCJHMX8PFQPPI6310J71RURLFYZJA2EXN29TTRM7ZYE1LEA20ODC',
        'SCRAPINGBEE_API_URL=https://api.scrapingbee.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'screenshotapi-api-key',
    description: 'ScreenshotAPI key',
    names: ['screenshotapi'],
    value: '[a-z0-9]{7}(?:-[a-z0-9]{7}){3}',
    samples: {
      positive: [
        'SCREENSHOTAPI_API_KEY=TPOY2SN-J5RFLUB-NDU7GYL-D9HQ2TU',
        '"screenshotapiToken": "7ZC2LQ1-BPNDYHQ-WVNOZKN-V787RDQ",',
      ],
      negative: [
        'SCREENSHOTAPI_API_KEY=TPOY2SN-J5RFLUB',
        'SCREENSHOTAPI_ACCOUNT_ID=ARNN2H1-PC362S0-EWJ1DPC-GX2SXBF',
        'SCREENSHOTAPI_API_URL=https://api.screenshotapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'screenshotlayer-api-key',
    description: 'screenshotlayer (apilayer) access key',
    names: ['screenshotlayer'],
    value: alnum(32),
    samples: {
      positive: [
        'SCREENSHOTLAYER_API_KEY=72344c077cca4c48005e13d4e8d0126b',
        '"screenshotlayerToken": "e477ba5dc6a9691317a488e8d749ad16",',
      ],
      negative: [
        'SCREENSHOTLAYER_API_KEY=72344c077cca4c48',
        'SCREENSHOTLAYER_ACCOUNT_ID=89c9171427d77b150b8f69424025f445',
        'SCREENSHOTLAYER_API_URL=https://api.screenshotlayer.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'webscraper-io-api-token',
    description: 'Web Scraper (webscraper.io) API token',
    names: ['webscraper'],
    value: alnum(60),
    samples: {
      positive: [
        'WEBSCRAPER_API_KEY=pOioxKJepc8P0bXygsO6T4Vax0ZI31KukAc1hR394Ay0ELZq7sVAc7zGePpy',
        '"webscraperToken": "a3WoWHN3G7zEtYDxuCtOKiH2bddJqw9SI4uQ9bDyh2lRvtXjbizl9wM1FqT2",',
      ],
      negative: [
        'WEBSCRAPER_API_KEY=pOioxKJepc8P0bXygsO6T4Vax0ZI31',
        'WEBSCRAPER_ACCOUNT_ID=eXDdDG8RXFfAgs6Wm39SjsPlfHUkCtroHx2HdW3pXR7U2ZRAeX3JGAY8PaoE',
        'WEBSCRAPER_API_URL=https://api.webscraper.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'webscraping-ai-api-key',
    description: 'WebScraping.AI API key',
    names: ['webscraping'],
    value: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[a-f0-9]{32}',
    samples: {
      positive: [
        'WEBSCRAPING_API_KEY=b77d5650f8085ee00d401be98f943307',
        '"webscrapingToken": "5872435dd63175fd2b9e1d9889f06a72",',
      ],
      negative: [
        'WEBSCRAPING_API_KEY=b77d5650f8085ee0',
        'WEBSCRAPING_ACCOUNT_ID=1a62776b830804b9c671c30a42e88a9b',
        'WEBSCRAPING_API_URL=https://api.webscraping.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zenrows-api-key',
    description: 'ZenRows API key',
    names: ['zenrows'],
    value: alnum(40),
    samples: {
      positive: [
        'ZENROWS_API_KEY=5384f5b0d6a172cb92a3c1e971a522574e78b4d6',
        '"zenrowsToken": "751812617b46d0922970084375473c85592bef99",',
      ],
      negative: [
        'ZENROWS_API_KEY=5384f5b0d6a172cb92a3',
        'ZENROWS_ACCOUNT_ID=bf124961e0e45e4304d916f3405332224c04c423',
        'ZENROWS_API_URL=https://api.zenrows.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zenscrape-api-key',
    description: 'Zenscrape API key',
    names: ['zenscrape'],
    value: UUID,
    samples: {
      positive: [
        'ZENSCRAPE_API_KEY=216d1c1d-4fd1-2be5-06e0-737666ad7d93',
        '"zenscrapeToken": "99ab0074-9968-ed15-de75-b67e9e088096",',
      ],
      negative: [
        'ZENSCRAPE_API_KEY=216d1c1d-4fd1-2be5',
        'ZENSCRAPE_ACCOUNT_ID=b8665ee6-b638-4ac3-5fd6-cd667f1cf2ae',
        'ZENSCRAPE_API_URL=https://api.zenscrape.com/v1/',
      ],
    },
  }),
];
