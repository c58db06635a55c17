import type { Rule } from '../rule.types';

// Geolocation, IP intelligence, maps and travel APIs:
// keys without a distinctive prefix, recognised by the provider's name in the key name
// right before the value (`<provider>[...](secret|private|access|key|token)[...] = <value>`) and
// by the value's documented shape (alphabet and length). Hence confidence 'medium'.
export const geoDataRulesA: Rule[] = [
  {
    id: 'flightapi-api-key',
    description: 'FlightAPI key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['flightapi'],
    pattern:
      /(?<![A-Za-z0-9])(?:flightapi)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{24})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FLIGHTAPI_API_KEY=xfejnfs3kc5zobhqlljkw1ba',
        'flightapi_secret: "nacx6e85zhfj8sqqo7ngk82v"',
      ],
      negative: [
        'FLIGHTAPI_API_KEY=xfejnfs3kc5z',
        'FLIGHTAPI_API_URL=https://api.flightapi.com/v1/',
        'FLIGHTAPI_ACCOUNT_ID=xfejnfs3kc5zobhqlljkw1ba',
        'flightapi_api_key: "<your-flightapi-api-key>"',
      ],
    },
  },
  {
    id: 'flightlabs-api-key',
    description: 'FlightLabs API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['flightlabs'],
    pattern:
      /(?<![A-Za-z0-9])(?:flightlabs)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])(eyJ[A-Za-z0-9_-]{20,}\.eyJ[A-Za-z0-9_-]{100,})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: [
        'FLIGHTLABS_API_KEY=eyJ9uXkxLy56SJvFwJDYbNsZ1emi_BA8tYkNVdldA4HmE7iNHFyzWh2uy.eyJirkNXccK4cnWTvmalY2d9CbsqiWTqWx7_YQyI3YA-2S8F9XsN6NdRVdBDTrUp0vXxWXoUXM-tyRHo6yLNEIMjLRcbF5drZUmGL6fGj0L57ETPfC',
        'flightlabs_secret: "eyJRSAdgRrtkVdV88eit0lyHzcIocuVUDCWHCaOJ_1bgQpbPnYV3j36L.eyJKOnyUYzt449s9zw3JOFVDb0vSaFIPZcBPeiThBf34nwx9aUse-d8Fe6tyGVHXBope5DLn7uOUbMWt7OJGsTleZQu2_xrfWV5LSmt_aG16YoB3rRvKW9wJas8ar89LAJqM2o5kWS"',
      ],
      negative: [
        'FLIGHTLABS_API_KEY=eyJ9uXkxLy56SJvFwJDYbNsZ1emi_BA8tYkNVdldA4HmE7iNHFyzWh2uy.eyJirkNXccK4cnWTvmalY2d9Cbsq',
        'FLIGHTLABS_API_URL=https://api.flightlabs.com/v1/',
        'flightlabs_api_key: "<your-flightlabs-api-key>"',
      ],
    },
  },
  {
    id: 'foursquare-api-key',
    description: 'Foursquare API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['foursquare'],
    pattern:
      /(?<![A-Za-z0-9])(?:foursquare)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9]{48})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FOURSQUARE_API_KEY=ICGYC6SMDSLHXYTZRJ9L7RDQD3C29NAMTZIHKOW8NQ0T4Q27',
        'foursquare_secret: "QTHE91JE93SO2X4GIN8JUD1QKUA57BMGNBGOPY5RCWNS3IU0"',
      ],
      negative: [
        'FOURSQUARE_API_KEY=ICGYC6SMDSLHXYTZRJ9L7RDQ',
        'FOURSQUARE_API_URL=https://api.foursquare.com/v1/',
        'FOURSQUARE_ACCOUNT_ID=ICGYC6SMDSLHXYTZRJ9L7RDQD3C29NAMTZIHKOW8NQ0T4Q27',
        'foursquare_api_key: "<your-foursquare-api-key>"',
      ],
    },
  },
  {
    id: 'fulcrum-api-key',
    description: 'Fulcrum API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['fulcrum'],
    pattern:
      /(?<![A-Za-z0-9])(?:fulcrum)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{80})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FULCRUM_API_KEY=tszm06tvggjitqc8871r242zxvwz51gflmiq9j43nzwbrqc7r26wyuz851kykupbr41tmcavll9zsjdu',
        'fulcrum_secret: "q6dd4140xmo89q5jjh9ukwm424xv6maogir87czmdawvvb7c9cy6qd4wmze5xpxd3lfrr17qir3eyhlq"',
      ],
      negative: [
        'FULCRUM_API_KEY=tszm06tvggjitqc8871r242zxvwz51gflmiq9j43',
        'FULCRUM_API_URL=https://api.fulcrum.com/v1/',
        'FULCRUM_ACCOUNT_ID=tszm06tvggjitqc8871r242zxvwz51gflmiq9j43nzwbrqc7r26wyuz851kykupbr41tmcavll9zsjdu',
        'fulcrum_api_key: "<your-fulcrum-api-key>"',
      ],
    },
  },
  {
    id: 'geocode-api-key',
    description: 'Geocode (geocode.xyz) API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['geocode'],
    pattern:
      /(?<![A-Za-z0-9])(?:geocode)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{28})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'GEOCODE_API_KEY=73uv43w77ycklsy44utt1e8scpd3',
        'geocode_secret: "ond0f1sz93mau3dp95g88cscvlwl"',
      ],
      negative: [
        'GEOCODE_API_KEY=73uv43w77yckls',
        'GEOCODE_API_URL=https://api.geocode.com/v1/',
        'GEOCODE_ACCOUNT_ID=73uv43w77ycklsy44utt1e8scpd3',
        'geocode_api_key: "<your-geocode-api-key>"',
      ],
    },
  },
  {
    id: 'geocodify-api-key',
    description: 'Geocodify API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['geocodify'],
    pattern:
      /(?<![A-Za-z0-9])(?:geocodify)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'GEOCODIFY_API_KEY=e6ngxcxei46k9qx41d1re71mb08y5ib2czb9sg6t',
        'geocodify_secret: "xshvnf7o9n1avibempb8utg4ajaem2adfvj0l76y"',
      ],
      negative: [
        'GEOCODIFY_API_KEY=e6ngxcxei46k9qx41d1r',
        'GEOCODIFY_API_URL=https://api.geocodify.com/v1/',
        'GEOCODIFY_ACCOUNT_ID=e6ngxcxei46k9qx41d1re71mb08y5ib2czb9sg6t',
        'geocodify_api_key: "<your-geocodify-api-key>"',
      ],
    },
  },
  {
    id: 'geoipifi-api-key',
    description: 'GeoIPify API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ipifi'],
    pattern:
      /(?<![A-Za-z0-9])(?:(?:geo)?ipifi)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_]{32})(?![A-Za-z0-9_])/i,
    entropy: 3,
    samples: {
      positive: [
        'GEOIPIFI_API_KEY=QvwItHzAASjKUcnw50qheGAe3O1eL2IZ',
        'geoipifi_secret: "oev7Gs8ivSuFVB3GlDJ474znv8lUeFiv"',
      ],
      negative: [
        'GEOIPIFI_API_KEY=QvwItHzAASjKUcnw',
        'GEOIPIFI_API_URL=https://api.geoipifi.com/v1/',
        'GEOIPIFI_ACCOUNT_ID=QvwItHzAASjKUcnw50qheGAe3O1eL2IZ',
        'geoipifi_api_key: "<your-geoipifi-api-key>"',
      ],
    },
  },
  {
    id: 'graphhopper-api-key',
    description: 'GraphHopper API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['graphhopper'],
    pattern:
      /(?<![A-Za-z0-9])(?:graphhopper)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9-]{36})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'GRAPHHOPPER_API_KEY=9n7tyhz40rd1cbwejwcq0dqbw8kcyi2xdufi',
        'graphhopper_secret: "iioo16mug6zgag2eti7sp51yx6-wpyk38iq7"',
      ],
      negative: [
        'GRAPHHOPPER_API_KEY=9n7tyhz40rd1cbwejw',
        'GRAPHHOPPER_API_URL=https://api.graphhopper.com/v1/',
        'GRAPHHOPPER_ACCOUNT_ID=9n7tyhz40rd1cbwejwcq0dqbw8kcyi2xdufi',
        'graphhopper_api_key: "<your-graphhopper-api-key>"',
      ],
    },
  },
  {
    id: 'ip2location-api-key',
    description: 'IP2Location API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ip2location'],
    pattern:
      /(?<![A-Za-z0-9])(?:ip2location)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'IP2LOCATION_API_KEY=7S6B0I853C34ZV9TEDTQXRJM90VYEGXS',
        'ip2location_secret: "7S0H8XK54XOD7Y605QCXXYWK45WZICQ0"',
      ],
      negative: [
        'IP2LOCATION_API_KEY=7S6B0I853C34ZV9T',
        'IP2LOCATION_API_URL=https://api.ip2location.com/v1/',
        'IP2LOCATION_ACCOUNT_ID=7S6B0I853C34ZV9TEDTQXRJM90VYEGXS',
        'ip2location_api_key: "<your-ip2location-api-key>"',
      ],
    },
  },
  {
    id: 'ipapi-api-key',
    description: 'ipapi API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ipapi'],
    pattern:
      /(?<![A-Za-z0-9])(?:ipapi)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'IPAPI_API_KEY=tce3ko3fbi1btmlc94gq1t0623655y8e',
        'ipapi_secret: "v3b2vpedjrgnk3a4liqakk5596u5dpon"',
      ],
      negative: [
        'IPAPI_API_KEY=tce3ko3fbi1btmlc',
        'IPAPI_API_URL=https://api.ipapi.com/v1/',
        'IPAPI_ACCOUNT_ID=tce3ko3fbi1btmlc94gq1t0623655y8e',
        'ipapi_api_key: "<your-ipapi-api-key>"',
      ],
    },
  },
  {
    id: 'ipgeolocation-api-key',
    description: 'ipgeolocation API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ipgeolocation'],
    pattern:
      /(?<![A-Za-z0-9])(?:ipgeolocation)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'IPGEOLOCATION_API_KEY=39lxq3m5csdaj5ce29za50in1n61tt7t',
        'ipgeolocation_secret: "v6clensr5pqg78dkm72o7bvr1opzy3ts"',
      ],
      negative: [
        'IPGEOLOCATION_API_KEY=39lxq3m5csdaj5ce',
        'IPGEOLOCATION_API_URL=https://api.ipgeolocation.com/v1/',
        'IPGEOLOCATION_ACCOUNT_ID=39lxq3m5csdaj5ce29za50in1n61tt7t',
        'ipgeolocation_api_key: "<your-ipgeolocation-api-key>"',
      ],
    },
  },
  {
    id: 'ipinfo-api-token',
    description: 'IPinfo access token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ipinfo'],
    pattern:
      /(?<![A-Za-z0-9])(?:ipinfo)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{14})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['IPINFO_API_KEY=820a97fae8cd6c', 'ipinfo_secret: "cf053a30824c7e"'],
      negative: [
        'IPINFO_API_KEY=820a97f',
        'IPINFO_API_URL=https://api.ipinfo.com/v1/',
        'IPINFO_ACCOUNT_ID=820a97fae8cd6c',
        'ipinfo_api_key: "<your-ipinfo-api-key>"',
      ],
    },
  },
  {
    id: 'ipinfodb-api-key',
    description: 'IPInfoDB API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ipinfodb'],
    pattern:
      /(?<![A-Za-z0-9])(?:ipinfodb)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'IPINFODB_API_KEY=3yo7atudhz4cun5lrc60e207zjay8d5h2vq7tczvl8k07odre1z4n4vkqqvct0rk',
        'ipinfodb_secret: "7gheot26ohijq5n1lmjtb3azawa1hlx571ig150nfbt8dmaa6zt9a61iyrha4x49"',
      ],
      negative: [
        'IPINFODB_API_KEY=3yo7atudhz4cun5lrc60e207zjay8d5h',
        'IPINFODB_API_URL=https://api.ipinfodb.com/v1/',
        'IPINFODB_ACCOUNT_ID=3yo7atudhz4cun5lrc60e207zjay8d5h2vq7tczvl8k07odre1z4n4vkqqvct0rk',
        'ipinfodb_api_key: "<your-ipinfodb-api-key>"',
      ],
    },
  },
  {
    id: 'ipqualityscore-api-key',
    description: 'IPQualityScore API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ipquality'],
    pattern:
      /(?<![A-Za-z0-9])(?:ipquality(?:score)?)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'IPQUALITY_API_KEY=piez7hze0wu9sle4efcqbdjyneawzz9g',
        'ipquality_secret: "7hu5tkklq9141gfjf1b5fh0glngrmh7h"',
      ],
      negative: [
        'IPQUALITY_API_KEY=piez7hze0wu9sle4',
        'IPQUALITY_API_URL=https://api.ipquality.com/v1/',
        'IPQUALITY_ACCOUNT_ID=piez7hze0wu9sle4efcqbdjyneawzz9g',
        'ipquality_api_key: "<your-ipquality-api-key>"',
      ],
    },
  },
  {
    id: 'ipstack-api-key',
    description: 'ipstack API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ipstack'],
    pattern:
      /(?<![A-Za-z0-9])(?:ipstack)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'IPSTACK_API_KEY=a6d7ddc8d58647cf26ca93c5c8c5541c',
        'ipstack_secret: "1c32e66ea2b32755b14f258f1bc7f20e"',
      ],
      negative: [
        'IPSTACK_API_KEY=a6d7ddc8d58647cf',
        'IPSTACK_API_URL=https://api.ipstack.com/v1/',
        'IPSTACK_ACCOUNT_ID=a6d7ddc8d58647cf26ca93c5c8c5541c',
        'ipstack_api_key: "<your-ipstack-api-key>"',
      ],
    },
  },
];
