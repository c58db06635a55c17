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
        'FLIGHTAPI_API_KEY=3c7jmrqiska2rhjnjwgnp4am',
        'flightapi_secret: "yfafv6u7h9fht0jhboye1mvh"',
      ],
      negative: [
        'FLIGHTAPI_API_KEY=3c7jmrqiska2',
        'FLIGHTAPI_API_URL=https://api.flightapi.com/v1/',
        'FLIGHTAPI_ACCOUNT_ID=3c7jmrqiska2rhjnjwgnp4am',
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
        'FLIGHTLABS_API_KEY=eyJtysUUuokRxPk3gfOAKO_x.eyJJcotMDmn8eG_LnZiliYkGWsAcLVW2NrrQ8LgS8fPQzqKDSYQzTY6QPxgySDv_12-2g7adW-9senz_WreuuW3LxpRHNjQZ8ZY7fdzXT_tg_2cO8pui',
        'flightlabs_secret: "eyJbkhRrnIi6PiqGavKhFcaws5y0kBz93Ascx5qaNwDkFcvPo-3YtMryrB7hP9JLFgQbDM.eyJOQh-6E3TqPjACtVNRzD55W1CmesvAnfr7EeEVTEUIukvruYFl21zWSZVe281nMOE3i2c2v4dkZzzfQpZjQITHPoQZwKrZul7R5cDrc98FufQpa_guFFCkglTFqzEH18MllPkoV3C"',
      ],
      negative: [
        'FLIGHTLABS_API_KEY=eyJtysUUuokRxPk3gfOAKO_x.eyJJcotMDmn8eG_LnZiliYkGWsAcLVW2NrrQ8LgS8fPQz',
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
        'FOURSQUARE_API_KEY=KWT6R51OQMIF58QE2G9X6DR4NT4U9MPDQ14T9XQZ6KYZ3VK0',
        'foursquare_secret: "XXU95LGF0EJBBA3KCFWNLSAFCK0WBYDGC6CGSR58AKI1P6I3"',
      ],
      negative: [
        'FOURSQUARE_API_KEY=KWT6R51OQMIF58QE2G9X6DR4',
        'FOURSQUARE_API_URL=https://api.foursquare.com/v1/',
        'FOURSQUARE_ACCOUNT_ID=KWT6R51OQMIF58QE2G9X6DR4NT4U9MPDQ14T9XQZ6KYZ3VK0',
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
        'FULCRUM_API_KEY=wfp9onxxl2cbcdyjthzx9kofafeq6q21ygu93i344wx5wf0vgh055cqs808jrmcn2lj0a1b92xahrf52',
        'fulcrum_secret: "0qn72jii73buep3rpghq3sdwzrsakbv7yqyetyk8dcsxfjbbrob3d7qf92ztxzfcy68rkghfz7x68erv"',
      ],
      negative: [
        'FULCRUM_API_KEY=wfp9onxxl2cbcdyjthzx9kofafeq6q21ygu93i34',
        'FULCRUM_API_URL=https://api.fulcrum.com/v1/',
        'FULCRUM_ACCOUNT_ID=wfp9onxxl2cbcdyjthzx9kofafeq6q21ygu93i344wx5wf0vgh055cqs808jrmcn2lj0a1b92xahrf52',
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
        'GEOCODE_API_KEY=b6m1sme1uo2hrgdorcwzqdj1p9a3',
        'geocode_secret: "pfc47zr2woahiayhf6qykkobcsvi"',
      ],
      negative: [
        'GEOCODE_API_KEY=b6m1sme1uo2hrg',
        'GEOCODE_API_URL=https://api.geocode.com/v1/',
        'GEOCODE_ACCOUNT_ID=b6m1sme1uo2hrgdorcwzqdj1p9a3',
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
        'GEOCODIFY_API_KEY=2rjxdgnmvvkkvjxalk9ev5rhmnzbaexxj0qo600t',
        'geocodify_secret: "whgatnx1chmwa92r0hb21o7h09td766peyagaou3"',
      ],
      negative: [
        'GEOCODIFY_API_KEY=2rjxdgnmvvkkvjxalk9e',
        'GEOCODIFY_API_URL=https://api.geocodify.com/v1/',
        'GEOCODIFY_ACCOUNT_ID=2rjxdgnmvvkkvjxalk9ev5rhmnzbaexxj0qo600t',
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
        'GEOIPIFI_API_KEY=_7cWVBqtZikfUMbWMImwmFmZ5MziJxOC',
        'geoipifi_secret: "YczXnv3ESvrDqf7C1hIECyij0z9xeJXX"',
      ],
      negative: [
        'GEOIPIFI_API_KEY=_7cWVBqtZikfUMbW',
        'GEOIPIFI_API_URL=https://api.geoipifi.com/v1/',
        'GEOIPIFI_ACCOUNT_ID=_7cWVBqtZikfUMbWMImwmFmZ5MziJxOC',
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
        'GRAPHHOPPER_API_KEY=lm-nhzrwnrcerr3cghv48qdhziqzyzej1n7q',
        'graphhopper_secret: "0rcj7s9knm7ysj7mdn-f7pj79hzhvsfr60um"',
      ],
      negative: [
        'GRAPHHOPPER_API_KEY=lm-nhzrwnrcerr3cgh',
        'GRAPHHOPPER_API_URL=https://api.graphhopper.com/v1/',
        'GRAPHHOPPER_ACCOUNT_ID=lm-nhzrwnrcerr3cghv48qdhziqzyzej1n7q',
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
        'IP2LOCATION_API_KEY=JZIVUKKM6GE2NYITD862UIOSTCII2J9L',
        'ip2location_secret: "OQRL5TSUMTLQP90VI666HF5Z3PJA7XX8"',
      ],
      negative: [
        'IP2LOCATION_API_KEY=JZIVUKKM6GE2NYIT',
        'IP2LOCATION_API_URL=https://api.ip2location.com/v1/',
        'IP2LOCATION_ACCOUNT_ID=JZIVUKKM6GE2NYITD862UIOSTCII2J9L',
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
        'IPAPI_API_KEY=dlatia21p15b6aunghs75pattd0klu6a',
        'ipapi_secret: "2vbxt3pzyoympltlazclw2w9l3u0oe6q"',
      ],
      negative: [
        'IPAPI_API_KEY=dlatia21p15b6aun',
        'IPAPI_API_URL=https://api.ipapi.com/v1/',
        'IPAPI_ACCOUNT_ID=dlatia21p15b6aunghs75pattd0klu6a',
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
        'IPGEOLOCATION_API_KEY=zfszc5v58jhcwa9djzcdhr0hf5qo8cdn',
        'ipgeolocation_secret: "1x05k3rw2pmvpywnckc4ecitf31qgd30"',
      ],
      negative: [
        'IPGEOLOCATION_API_KEY=zfszc5v58jhcwa9d',
        'IPGEOLOCATION_API_URL=https://api.ipgeolocation.com/v1/',
        'IPGEOLOCATION_ACCOUNT_ID=zfszc5v58jhcwa9djzcdhr0hf5qo8cdn',
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
      positive: ['IPINFO_API_KEY=0df814f3665ec2', 'ipinfo_secret: "92ab16fbf8d34c"'],
      negative: [
        'IPINFO_API_KEY=0df814f',
        'IPINFO_API_URL=https://api.ipinfo.com/v1/',
        'IPINFO_ACCOUNT_ID=0df814f3665ec2',
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
        'IPINFODB_API_KEY=7whgfmav680lcefyk0j45ci21wj4xwpp5s7jjbt91k1drqmik1fq3sgst9qibfp1',
        'ipinfodb_secret: "vvls59n3dp0ff9pzun4cd207rf1z5fd8dpeotmufpz7nk11xlkyc19wejm69a36x"',
      ],
      negative: [
        'IPINFODB_API_KEY=7whgfmav680lcefyk0j45ci21wj4xwpp',
        'IPINFODB_API_URL=https://api.ipinfodb.com/v1/',
        'IPINFODB_ACCOUNT_ID=7whgfmav680lcefyk0j45ci21wj4xwpp5s7jjbt91k1drqmik1fq3sgst9qibfp1',
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
        'IPQUALITY_API_KEY=taz97p57tf943to5qxvvob9v29cesv2y',
        'ipquality_secret: "tkl2cju0ezzw57wcp0fsuqd775zfopxq"',
      ],
      negative: [
        'IPQUALITY_API_KEY=taz97p57tf943to5',
        'IPQUALITY_API_URL=https://api.ipquality.com/v1/',
        'IPQUALITY_ACCOUNT_ID=taz97p57tf943to5qxvvob9v29cesv2y',
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
        'IPSTACK_API_KEY=c4402a9353251565c5be5ef1b99556cf',
        'ipstack_secret: "f61f76ac7e0caae0819cffb123ce6027"',
      ],
      negative: [
        'IPSTACK_API_KEY=c4402a9353251565',
        'IPSTACK_API_URL=https://api.ipstack.com/v1/',
        'IPSTACK_ACCOUNT_ID=c4402a9353251565c5be5ef1b99556cf',
        'ipstack_api_key: "<your-ipstack-api-key>"',
      ],
    },
  },
];
