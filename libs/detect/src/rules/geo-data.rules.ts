import type { Rule } from '../rule.types';
import { alnum, hex, namedKeyRule, UUID } from './named-key-rule';

// Geolocation, IP intelligence, maps, weather and travel APIs.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const geoDataRules: Rule[] = [
  namedKeyRule({
    id: 'flightapi-api-key',
    description: 'FlightAPI key',
    names: ['flightapi'],
    value: alnum(24),
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
  }),
  namedKeyRule({
    id: 'flightlabs-api-key',
    description: 'FlightLabs API key',
    names: ['flightlabs'],
    value: String.raw`eyJ[A-Za-z0-9_-]{20,}\.eyJ[A-Za-z0-9_-]{100,}`,
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
  }),
  namedKeyRule({
    id: 'foursquare-api-key',
    description: 'Foursquare API key',
    names: ['foursquare'],
    value: alnum(48),
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
  }),
  namedKeyRule({
    id: 'fulcrum-api-key',
    description: 'Fulcrum API key',
    names: ['fulcrum'],
    value: alnum(80),
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
  }),
  namedKeyRule({
    id: 'geocode-api-key',
    description: 'Geocode (geocode.xyz) API key',
    names: ['geocode'],
    value: alnum(28),
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
  }),
  namedKeyRule({
    id: 'geocodify-api-key',
    description: 'Geocodify API key',
    names: ['geocodify'],
    value: alnum(40),
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
  }),
  namedKeyRule({
    id: 'geoipifi-api-key',
    description: 'GeoIPify API key',
    names: ['ipifi', 'geoipifi'],
    value: String.raw`[A-Za-z0-9_]{32}`,
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
  }),
  namedKeyRule({
    id: 'graphhopper-api-key',
    description: 'GraphHopper API key',
    names: ['graphhopper'],
    value: String.raw`[a-z0-9-]{36}`,
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
  }),
  namedKeyRule({
    id: 'ip2location-api-key',
    description: 'IP2Location API key',
    names: ['ip2location'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'ipapi-api-key',
    description: 'ipapi API key',
    names: ['ipapi'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'ipgeolocation-api-key',
    description: 'ipgeolocation API key',
    names: ['ipgeolocation'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'ipinfo-api-token',
    description: 'IPinfo access token',
    names: ['ipinfo'],
    value: hex(14),
    samples: {
      positive: ['IPINFO_API_KEY=0df814f3665ec2', 'ipinfo_secret: "92ab16fbf8d34c"'],
      negative: [
        'IPINFO_API_KEY=0df814f',
        'IPINFO_API_URL=https://api.ipinfo.com/v1/',
        'IPINFO_ACCOUNT_ID=0df814f3665ec2',
        'ipinfo_api_key: "<your-ipinfo-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'ipinfodb-api-key',
    description: 'IPInfoDB API key',
    names: ['ipinfodb'],
    value: alnum(64),
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
  }),
  namedKeyRule({
    id: 'ipqualityscore-api-key',
    description: 'IPQualityScore API key',
    names: ['ipquality', 'ipqualityscore'],
    value: alnum(32),
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
  }),
  namedKeyRule({
    id: 'ipstack-api-key',
    description: 'ipstack API key',
    names: ['ipstack'],
    value: hex(32),
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
  }),
  namedKeyRule({
    id: 'mapquest-api-key',
    description: 'MapQuest API key',
    names: ['mapquest'],
    value: alnum(32),
    samples: {
      positive: [
        'MAPQUEST_API_KEY=jSxvGYt4tkjwmUMpoSYUUSheVBD1oPzr',
        '"mapquestToken": "zyvrn9sSQ11mvH1vHXHHWwgsyL6FPyRi",',
      ],
      negative: [
        'MAPQUEST_API_KEY=jSxvGYt4tkjwmUMp',
        'MAPQUEST_ACCOUNT_ID=X8VujlSbnrYiPZ2tHv1EkPu0EeThOgiQ',
        'MAPQUEST_API_URL=https://api.mapquest.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'opencage-api-key',
    description: 'OpenCage geocoder API key',
    names: ['opencagedata', 'opencage'],
    value: alnum(32),
    samples: {
      positive: [
        'OPENCAGEDATA_API_KEY=b7c10dd546a3a80db7a964b6eb2a3842',
        '"opencagedataToken": "80f73ddc3c4414c3da47d9afdf347233",',
      ],
      negative: [
        'OPENCAGEDATA_API_KEY=b7c10dd546a3a80d',
        'OPENCAGEDATA_ACCOUNT_ID=395864d40a1253e2fb77211330eeb54b',
        'OPENCAGEDATA_API_URL=https://api.opencagedata.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'openuv-api-key',
    description: 'OpenUV API key',
    names: ['openuv'],
    value: alnum(32),
    samples: {
      positive: [
        'OPENUV_API_KEY=9Ezkgs1uB4VmSJ37uJHftpn6kD2aLq9l',
        '"openuvToken": "xeIGSnroTtaDKiAONInFrt15rIKNaUF9",',
      ],
      negative: [
        'OPENUV_API_KEY=9Ezkgs1uB4VmSJ37',
        'OPENUV_ACCOUNT_ID=LJoMtBLRMC8aEezOXVgIDJ56Rerq75fL',
        'OPENUV_API_URL=https://api.openuv.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'openweather-api-key',
    description: 'OpenWeather API key',
    names: ['openweather', 'owm', 'pyowm'],
    value: alnum(32),
    samples: {
      positive: [
        'OPENWEATHER_API_KEY=cca19b72413223562438175d3be15a4f',
        '"openweatherToken": "821ce0ebf7379b4a0b105b2b98d12c02",',
      ],
      negative: [
        'OPENWEATHER_API_KEY=cca19b7241322356',
        'OPENWEATHER_ACCOUNT_ID=05e9c95ecd2ee2716668f763f590f105',
        'OPENWEATHER_API_URL=https://api.openweather.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'positionstack-api-key',
    description: 'positionstack (apilayer) access key',
    names: ['positionstack'],
    value: alnum(32),
    samples: {
      positive: [
        'POSITIONSTACK_API_KEY=a9152fdad9000718ec56e071ec3cc751',
        '"positionstackToken": "bada9345203b7c82e49cbd909021fc54",',
      ],
      negative: [
        'POSITIONSTACK_API_KEY=a9152fdad9000718',
        'POSITIONSTACK_ACCOUNT_ID=56293a37e1f20c5a0c127f964392a383',
        'POSITIONSTACK_API_URL=https://api.positionstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'route4me-api-key',
    description: 'Route4Me API key',
    names: ['route4me'],
    value: alnum(32),
    samples: {
      positive: [
        'ROUTE4ME_API_KEY=9AE2699EAFEA82E21D50392ABC5D1315',
        '"route4meToken": "25DCCB0AB6808175B8769F10EC0F2052",',
      ],
      negative: [
        'ROUTE4ME_API_KEY=9AE2699EAFEA82E2',
        'ROUTE4ME_ACCOUNT_ID=5DE0E8308EDC3D93E87DCB5BFA181C65',
        'ROUTE4ME_API_URL=https://api.route4me.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'stormglass-api-key',
    description: 'Stormglass API key',
    names: ['stormglass'],
    value:
      '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
    samples: {
      positive: [
        'STORMGLASS_API_KEY=8b76d512-a6f7-f769-02a0-75f0e5f6fbad-2901a28a-a7ce-7c78-afa5-de345b1b47fe',
        '"stormglassToken": "0149459d-1423-689f-3a67-833ffe8731da-789afdf1-00cc-0975-416f-c2e16c1cc3ea",',
      ],
      negative: [
        'STORMGLASS_API_KEY=8b76d512-a6f7-f769-02a0-75f0e5f6fbad',
        'STORMGLASS_ACCOUNT_ID=89239f79-bc8e-2466-33b3-125b9b94dbcf-5037a275-3abb-bd19-a842-39c8df0baac3',
        'STORMGLASS_API_URL=https://api.stormglass.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tomtom-api-key',
    description: 'TomTom API key',
    names: ['tomtom'],
    value: alnum(32),
    samples: {
      positive: [
        'TOMTOM_API_KEY=QkZ7EAIyMr1nBz3cRuikWqjX8ox08k3s',
        '"tomtomToken": "n6AjAoFMtP3yC8z9kM2Kpg7H6JZAWgr8",',
      ],
      negative: [
        'TOMTOM_API_KEY=QkZ7EAIyMr1nBz3c',
        'TOMTOM_ACCOUNT_ID=JNUM30v5yMQoB6VeRggTpXgMr3uVgoQv',
        'TOMTOM_API_URL=https://api.tomtom.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'visualcrossing-api-key',
    description: 'Visual Crossing weather API key',
    names: ['visualcrossing'],
    value: alnum(25),
    samples: {
      positive: [
        'VISUALCROSSING_API_KEY=W9RCCTK9CYF7Q2EQ6IHQFH6UD',
        '"visualcrossingToken": "LMGEJDPTRK1D2YR2U7OAEWZI5",',
      ],
      negative: [
        'VISUALCROSSING_API_KEY=W9RCCTK9CYF7',
        'VISUALCROSSING_ACCOUNT_ID=27VOO32758GAWRP1Z2XRKFAF2',
        'VISUALCROSSING_API_URL=https://api.visualcrossing.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'walkscore-api-key',
    description: 'Walk Score API key',
    names: ['walkscore'],
    value: alnum(32),
    samples: {
      positive: [
        'WALKSCORE_API_KEY=db66a0a2db33026afcd1418f1ecf6ce3',
        '"walkscoreToken": "16491c7c795730474498c24114268cec",',
      ],
      negative: [
        'WALKSCORE_API_KEY=db66a0a2db33026a',
        'WALKSCORE_ACCOUNT_ID=cbb903417499efdfc60fd68a387af09d',
        'WALKSCORE_API_URL=https://api.walkscore.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'weatherbit-api-key',
    description: 'Weatherbit API key',
    names: ['weatherbit'],
    value: alnum(32),
    samples: {
      positive: [
        'WEATHERBIT_API_KEY=1fcc35001737c96c6b202e84b2f09440',
        '"weatherbitToken": "c4d86d2c94399ef7998d352d2b012c62",',
      ],
      negative: [
        'WEATHERBIT_API_KEY=1fcc35001737c96c',
        'WEATHERBIT_ACCOUNT_ID=cb5d449c1f90fa2edd1361cc1a026590',
        'WEATHERBIT_API_URL=https://api.weatherbit.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'weatherstack-api-key',
    description: 'weatherstack (apilayer) access key',
    names: ['weatherstack'],
    value: alnum(32),
    samples: {
      positive: [
        'WEATHERSTACK_API_KEY=dfab75bf7f25ef2c2fa60b37c243da56',
        '"weatherstackToken": "959db15cff8c4ac9e911c68ead1dbe2f",',
      ],
      negative: [
        'WEATHERSTACK_API_KEY=dfab75bf7f25ef2c',
        'WEATHERSTACK_ACCOUNT_ID=906c7a4a6590d46174bbcb6135dafe0a',
        'WEATHERSTACK_API_URL=https://api.weatherstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'world-weather-online-api-key',
    description: 'World Weather Online API key',
    names: ['worldweather'],
    value: alnum(31),
    samples: {
      positive: [
        'WORLDWEATHER_API_KEY=291e1a5abc82cf0535c980c00085784',
        '"worldweatherToken": "b23bd5625fb984b4220ae70f170d7de",',
      ],
      negative: [
        'WORLDWEATHER_API_KEY=291e1a5abc82cf0',
        'WORLDWEATHER_ACCOUNT_ID=09545144dae0e3d0a815d5f9b2a47d8',
        'WORLDWEATHER_API_URL=https://api.worldweather.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zipcodeapi-api-key',
    description: 'ZipCodeAPI key',
    names: ['zipcodeapi'],
    value: alnum(64),
    samples: {
      positive: [
        'ZIPCODEAPI_API_KEY=L9587byvQ4uRVltqyN6azCPeTi4TEKVIlAjLf3tIT3IYHSPP5soSx5MZdAa4I3lF',
        '"zipcodeapiToken": "tr9galOJCvhXMLf4N11A1B3owCafq7NPmq7Rl6eho7BRX9FxF349D6tlzN0Mphxt",',
      ],
      negative: [
        'ZIPCODEAPI_API_KEY=L9587byvQ4uRVltqyN6azCPeTi4TEKVI',
        'ZIPCODEAPI_ACCOUNT_ID=eFAb9HLzUAwyPxSNdalml5MQsSlm7JJtsK9uvmjBW0LadmljJ1srXQRGzn872g7C',
        'ZIPCODEAPI_API_URL=https://api.zipcodeapi.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zipcodebase-api-key',
    description: 'Zipcodebase API key',
    names: ['zipcodebase'],
    value: UUID,
    samples: {
      positive: [
        'ZIPCODEBASE_API_KEY=f1b78eee-8a02-7ca8-66c6-c324e057d80d',
        '"zipcodebaseToken": "34ac0d59-bd77-3b6f-cfa3-e1d429264cd9",',
      ],
      negative: [
        'ZIPCODEBASE_API_KEY=f1b78eee-8a02-7ca8',
        'ZIPCODEBASE_ACCOUNT_ID=55c624f0-520e-8a4d-0cd7-dd9fb4b46c62',
        'ZIPCODEBASE_API_URL=https://api.zipcodebase.com/v1/',
      ],
    },
  }),
];
