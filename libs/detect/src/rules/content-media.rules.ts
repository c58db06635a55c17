import type { Rule } from '../rule.types';
import { alnum, hex, namedKeyRule } from './named-key-rule';

// Content, media, documents and developer content APIs.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const contentMediaRules: Rule[] = [
  namedKeyRule({
    id: 'adobe-api-key',
    description: 'Adobe API key',
    names: ['adobe'],
    value: hex(32),
    samples: {
      positive: [
        'ADOBE_API_KEY=30fd7d1aec899638aa730cf9dded16dd',
        'adobe_secret: "fae5f887365448cdf736cb84e35de240"',
      ],
      negative: [
        'ADOBE_API_KEY=30fd7d1aec899638',
        'ADOBE_API_URL=https://api.adobe.com/v1/',
        'ADOBE_ACCOUNT_ID=30fd7d1aec899638aa730cf9dded16dd',
        'adobe_api_key: "<your-adobe-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'apitemplate-api-key',
    description: 'APITemplate.io API key',
    names: ['apitemplate'],
    value: alnum(39),
    samples: {
      positive: [
        'APITEMPLATE_API_KEY=boqAMsDXmS5GUXagXGEn3P2yYrwAGOiaGumGqOT',
        'apitemplate_secret: "mf6J1wOpbNzsuBHLwJVycWuoO6ZvKw3OI5oM9wz"',
      ],
      negative: [
        'APITEMPLATE_API_KEY=boqAMsDXmS5GUXagXGE',
        'APITEMPLATE_API_URL=https://api.apitemplate.com/v1/',
        'APITEMPLATE_ACCOUNT_ID=boqAMsDXmS5GUXagXGEn3P2yYrwAGOiaGumGqOT',
        'apitemplate_api_key: "<your-apitemplate-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'audd-api-token',
    description: 'AudD API token',
    names: ['audd'],
    value: alnum(32),
    samples: {
      positive: [
        'AUDD_API_KEY=ivvrg9xd31vmeztuzr4rpapahnamyxj9',
        'audd_secret: "dspoukgxza3koijf6fy0iwzw2w88mp40"',
      ],
      negative: [
        'AUDD_API_KEY=ivvrg9xd31vmeztu',
        'AUDD_API_URL=https://api.audd.com/v1/',
        'AUDD_ACCOUNT_ID=ivvrg9xd31vmeztuzr4rpapahnamyxj9',
        'audd_api_key: "<your-audd-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'bannerbear-api-key',
    description: 'Bannerbear API key',
    names: ['bannerbear'],
    value: String.raw`[A-Za-z0-9]{22}tt`,
    samples: {
      positive: [
        'BANNERBEAR_API_KEY=CoRFLlVpCyNg6RU9Lw6WRPtt',
        'bannerbear_secret: "guwnYmqb6VbhNKeF5Sw2eCtt"',
      ],
      negative: [
        'BANNERBEAR_API_KEY=CoRFLlVpCyNg',
        'BANNERBEAR_API_URL=https://api.bannerbear.com/v1/',
        'BANNERBEAR_ACCOUNT_ID=CoRFLlVpCyNg6RU9Lw6WRPtt',
        'bannerbear_api_key: "<your-bannerbear-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'blitapp-api-key',
    description: 'Blitapp API key',
    names: ['blitapp'],
    value: String.raw`[A-Za-z0-9_-]{39}`,
    samples: {
      positive: [
        'BLITAPP_API_KEY=WNDljl8OtViVcqX_D25qmgLNF6YUgQ3rdj7sJJE',
        'blitapp_secret: "VKGMwsJWnTDlOhEeXyznxQGtXQgS9CFO-xO4w_V"',
      ],
      negative: [
        'BLITAPP_API_KEY=WNDljl8OtViVcqX_D25',
        'BLITAPP_API_URL=https://api.blitapp.com/v1/',
        'BLITAPP_ACCOUNT_ID=WNDljl8OtViVcqX_D25qmgLNF6YUgQ3rdj7sJJE',
        'blitapp_api_key: "<your-blitapp-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'blogger-api-key',
    description: 'Blogger API key',
    names: ['blogger'],
    value: String.raw`[A-Za-z0-9-]{39}`,
    samples: {
      positive: [
        'BLOGGER_API_KEY=8hKcfyvYGLmmP8hBDb8QJwuUnhzcwgQh64DwewB',
        'blogger_secret: "LW02iHhvcJfxZz14HOCvpWa6pRuQ35nCu0EIyul"',
      ],
      negative: [
        'BLOGGER_API_KEY=8hKcfyvYGLmmP8hBDb8',
        'BLOGGER_API_URL=https://api.blogger.com/v1/',
        'BLOGGER_ACCOUNT_ID=8hKcfyvYGLmmP8hBDb8QJwuUnhzcwgQh64DwewB',
        'blogger_api_key: "<your-blogger-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'browshot-api-key',
    description: 'Browshot API key',
    names: ['browshot'],
    value: alnum(28),
    samples: {
      positive: [
        'BROWSHOT_API_KEY=FYsMUyVlaS6lL0F6ktxGdL9UhQkg',
        'browshot_secret: "24c19D09LMnomhjj3hVnv9kFnR0o"',
      ],
      negative: [
        'BROWSHOT_API_KEY=FYsMUyVlaS6lL0',
        'BROWSHOT_API_URL=https://api.browshot.com/v1/',
        'BROWSHOT_ACCOUNT_ID=FYsMUyVlaS6lL0F6ktxGdL9UhQkg',
        'browshot_api_key: "<your-browshot-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'buttercms-api-key',
    description: 'ButterCMS API key',
    names: ['buttercms'],
    value: alnum(40),
    samples: {
      positive: [
        'BUTTERCMS_API_KEY=ansjao30hk9rfhq6eku7i248tq6urxhy9ugvry9b',
        'buttercms_secret: "veotlp0tv0bsvwymsxo1m6hj6umgx1akuoqg4wyc"',
      ],
      negative: [
        'BUTTERCMS_API_KEY=ansjao30hk9rfhq6eku7',
        'BUTTERCMS_API_URL=https://api.buttercms.com/v1/',
        'BUTTERCMS_ACCOUNT_ID=ansjao30hk9rfhq6eku7i248tq6urxhy9ugvry9b',
        'buttercms_api_key: "<your-buttercms-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'clarifai-api-key',
    description: 'Clarifai API key',
    names: ['clarifai'],
    value: alnum(32),
    samples: {
      positive: [
        'CLARIFAI_API_KEY=8lV7a8SGw0oBqq1kOZ2pwn7dV9PvLOqQ',
        'clarifai_secret: "3RLvFFe41fUS24QCREFj4UYoZeOJpLoi"',
      ],
      negative: [
        'CLARIFAI_API_KEY=8lV7a8SGw0oBqq1k',
        'CLARIFAI_API_URL=https://api.clarifai.com/v1/',
        'CLARIFAI_ACCOUNT_ID=8lV7a8SGw0oBqq1kOZ2pwn7dV9PvLOqQ',
        'clarifai_api_key: "<your-clarifai-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'cloudconvert-api-key',
    description: 'CloudConvert API key',
    names: ['cloudconvert'],
    value: String.raw`[A-Za-z0-9_~+/=-]{20,40}\.[A-Za-z0-9_~+/=-]{100,600}\.[A-Za-z0-9_~+/=-]{100,800}`,
    samples: {
      positive: [
        'CLOUDCONVERT_API_KEY=mPqL5KxlwdE3_f/yLTkrr3P_F_FFchQNcx-LYEo.BDeR7c77I82dUPidm/lt6-oKMeCX1s66WN_ia_C5j/5uHApi0fVQhDdJrB3zT_NEXuuPg/0nSD_rhPqKNCbGyy81ST7yqpMgF1tnWbHiyttn=G5BIzbh-Mm9zD8UIbsn.u4Svw_jzR4I3gQ0owZ~=BhiTiao__G0qD6qTq+8kUOqNs5dynOQ6~MxttA8iHq=eDIDfaV45D4r0zvUk4gCsoCmqmwVz1C87o3Sco4J_-X/yOLAq~Y+mt32PnFTTviBOFDkdgp_MOXj6xVRy5lnr4webMC8Lxo-qZ+lsKzyh_u5awL6yejQ4mtsQmeDPc+R5HrJY=m7zYN3Rxwcf8gPwKpeot+WR/-U=4HOCuS80/uTY0u/PbbwRLg6vWEuTk2WDW1jVR7P1SvWT-ZfXPDOj2i~Gu3BZy/qk96H4rEhLiKZ9-anFYCOvfhptqy-SxWHoGs_B4CAx20Kq78D2NWa4DbvQF8pEJ3oBCrvEzTAItJTR3s2_-cg=+Snwl3EJPIgHzIZVFCFhp',
        'cloudconvert_secret: "gy45QMRln1hd1mKuep-SE.Ac/Ocg5IwceNxYzpsd5+IKl33rbPp2m/7gFWHaufKhgqr8FgiVwN7rA_xi4ghxTvDJhPmgK1+N4=Y~ggClneHKN/KWr-u4CzCEorgWNYS6_ySKYIxKDVVSufpiFoimu0X9RihIxCbHltgNJgO=chHt5EgbaFDhsSJf=-ks8U4NSIJVHNOmrafz7QInJoa~KjsOmLz8Ke/kEk~ts9-nG1RkQ2/uGXXj~n8Tsk15TL7+B_cM/ilLFTFZG7/GYJRzatCNpYhrKjHiQud9hJKNA3bu1KW2aYANP+ivdCU+Km8Xkt/-yOXhniPXj9ppEGTwryRj-Tn7xKD1UeA_IINfrIML9T7H8DvDkUB0St/25T81F-nGyMYDuBiM37AN8/AtF2H-J+DGRFBkEmybSmoogmf-rWHWa9LtLFEhsQZiG4PflbF=zfS7csG-ZlzsV6YJ2~b0-i~HV/_6t/Uw1h/AI6O+Hh=AbRW.v7~kFpr-i7IO5JF3ees7_cP=Qs657eVf92lTFMARHPEl2dvWgzu=qeT1XhPXvQah~3K191cgVTPQBr8MXucy3UW-LhJ8vx3Nk4~DfPQzZW3yknx9yiKKfidFR2Rk3-TdXyDiBhYgz"',
      ],
      negative: [
        'CLOUDCONVERT_API_KEY=mPqL5',
        'CLOUDCONVERT_API_URL=https://api.cloudconvert.com/v1/',
        'CLOUDCONVERT_ACCOUNT_ID=mPqL5KxlwdE3_f/yLTkrr3P_F_FFchQNcx-LYEo.BDeR7c77I82dUPidm/lt6-oKMeCX1s66WN_ia_C5j/5uHApi0fVQhDdJrB3zT_NEXuuPg/0nSD_rhPqKNCbGyy81ST7yqpMgF1tnWbHiyttn=G5BIzbh-Mm9zD8UIbsn.u4Svw_jzR4I3gQ0owZ~=BhiTiao__G0qD6qTq+8kUOqNs5dynOQ6~MxttA8iHq=eDIDfaV45D4r0zvUk4gCsoCmqmwVz1C87o3Sco4J_-X/yOLAq~Y+mt32PnFTTviBOFDkdgp_MOXj6xVRy5lnr4webMC8Lxo-qZ+lsKzyh_u5awL6yejQ4mtsQmeDPc+R5HrJY=m7zYN3Rxwcf8gPwKpeot+WR/-U=4HOCuS80/uTY0u/PbbwRLg6vWEuTk2WDW1jVR7P1SvWT-ZfXPDOj2i~Gu3BZy/qk96H4rEhLiKZ9-anFYCOvfhptqy-SxWHoGs_B4CAx20Kq78D2NWa4DbvQF8pEJ3oBCrvEzTAItJTR3s2_-cg=+Snwl3EJPIgHzIZVFCFhp',
        'cloudconvert_api_key: "<your-cloudconvert-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'cloudmersive-api-key',
    description: 'Cloudmersive API key',
    names: ['cloudmersive'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    samples: {
      positive: [
        'CLOUDMERSIVE_API_KEY=vtgxoqt0-c8ke-60hm-rzjj-7hhhch5o2ied',
        'cloudmersive_secret: "1x37jpon-00yw-vv1m-okwq-rp10kli4eri9"',
      ],
      negative: [
        'CLOUDMERSIVE_API_KEY=vtgxoqt0-c8ke-60hm',
        'CLOUDMERSIVE_API_URL=https://api.cloudmersive.com/v1/',
        'CLOUDMERSIVE_ACCOUNT_ID=vtgxoqt0-c8ke-60hm-rzjj-7hhhch5o2ied',
        'cloudmersive_api_key: "<your-cloudmersive-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'cloudplan-api-key',
    description: 'Cloudplan API key',
    names: ['cloudplan'],
    value: String.raw`[A-Z0-9-]{32}`,
    samples: {
      positive: [
        'CLOUDPLAN_API_KEY=5O1O3RAHZSTRIO403A-T85M5D7IT4S55',
        'cloudplan_secret: "V89FHJZFT8M4V4C9V7YP8L7I4DAN3H9W"',
      ],
      negative: [
        'CLOUDPLAN_API_KEY=5O1O3RAHZSTRIO40',
        'CLOUDPLAN_API_URL=https://api.cloudplan.com/v1/',
        'CLOUDPLAN_ACCOUNT_ID=5O1O3RAHZSTRIO403A-T85M5D7IT4S55',
        'cloudplan_api_key: "<your-cloudplan-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'cloudsight-api-key',
    description: 'CloudSight API key',
    names: ['cloudsight'],
    value: alnum('20,24'),
    samples: {
      positive: ['CLOUDSIGHT_API_KEY=rwv119an2r0xyk2925wt0li9', 'cloudsight_secret: "ppyt7rakb92fmgp552d3n"'],
      negative: [
        'CLOUDSIGHT_API_KEY=rwv119an2r0x',
        'CLOUDSIGHT_API_URL=https://api.cloudsight.com/v1/',
        'CLOUDSIGHT_ACCOUNT_ID=rwv119an2r0xyk2925wt0li9',
        'cloudsight_api_key: "<your-cloudsight-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'coda-api-token',
    description: 'Coda API token',
    names: ['coda'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    samples: {
      positive: [
        'CODA_API_KEY=qf0jgrzd-fy0d-axqk-65cp-kdehlxx2w26y',
        'coda_secret: "v2r2ecdy-h73t-h04i-wvv4-ty8yl1fidtvz"',
      ],
      negative: [
        'CODA_API_KEY=qf0jgrzd-fy0d-axqk',
        'CODA_API_URL=https://api.coda.com/v1/',
        'CODA_ACCOUNT_ID=qf0jgrzd-fy0d-axqk-65cp-kdehlxx2w26y',
        'coda_api_key: "<your-coda-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'convertapi-secret',
    description: 'ConvertAPI secret',
    names: ['convertapi'],
    value: alnum(16),
    samples: {
      positive: ['CONVERTAPI_API_KEY=hSdyT9a1rVfdzcAa', 'convertapi_secret: "DRiBiIyHTvX8dgPa"'],
      negative: [
        'CONVERTAPI_API_KEY=hSdyT9a1',
        'CONVERTAPI_API_URL=https://api.convertapi.com/v1/',
        'CONVERTAPI_ACCOUNT_ID=hSdyT9a1rVfdzcAa',
        'convertapi_api_key: "<your-convertapi-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'craftmypdf-api-key',
    description: 'CraftMyPDF API key',
    names: ['craftmypdf'],
    value: alnum(35),
    samples: {
      positive: [
        'CRAFTMYPDF_API_KEY=lM2GrJwzGhpHrRxsIfC9hRVXXBPEJmfkSkS',
        'craftmypdf_secret: "Yf6ij53NxUK9McqgKole9iTQrBIJoCNf2E3"',
      ],
      negative: [
        'CRAFTMYPDF_API_KEY=lM2GrJwzGhpHrRxsI',
        'CRAFTMYPDF_API_URL=https://api.craftmypdf.com/v1/',
        'craftmypdf_api_key: "<your-craftmypdf-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'daily-api-key',
    description: 'Daily.co API key',
    names: ['daily', 'dailyco', 'daily_co', 'daily-co'],
    value: hex(64),
    samples: {
      positive: [
        'DAILY_API_KEY=9da12c8ad48175cd5f425b79f7d8c301c235646fc0951ff559fa035e964f6a6d',
        'daily_secret: "36b7d7e89b52ef1d0214ace4addef1023ce9578a465a91e6a991c02c895794c2"',
      ],
      negative: [
        'DAILY_API_KEY=9da12c8ad48175cd5f425b79f7d8c301',
        'DAILY_API_URL=https://api.daily.com/v1/',
        'DAILY_ACCOUNT_ID=9da12c8ad48175cd5f425b79f7d8c301c235646fc0951ff559fa035e964f6a6d',
        'daily_api_key: "<your-daily-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'ditto-api-key',
    description: 'Ditto API key',
    names: ['ditto'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}\.[a-z0-9]{40}`,
    samples: {
      positive: [
        'DITTO_API_KEY=p3awhdpb-9cif-r7x6-3570-rl3qpbbr20r5.7los5fmqvifviqkgxo2xdw1bhhwvlzcyvlabr4i1',
        'ditto_secret: "cj2dyfhx-h2pl-rlsr-f83f-8rzhn4mao1fl.qt8swfhmq7fc0j2tc4w8dqidblrofjrcj3juuxae"',
      ],
      negative: [
        'DITTO_API_KEY=p3awhdpb-9cif-r7x6-3570-rl3qpbbr20r5.7',
        'DITTO_API_URL=https://api.ditto.com/v1/',
        'DITTO_ACCOUNT_ID=p3awhdpb-9cif-r7x6-3570-rl3qpbbr20r5.7los5fmqvifviqkgxo2xdw1bhhwvlzcyvlabr4i1',
        'ditto_api_key: "<your-ditto-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'docparser-api-key',
    description: 'Docparser API key',
    names: ['docparser'],
    value: hex(40),
    samples: {
      positive: [
        'DOCPARSER_API_KEY=f4a2e11bacdd2190098ad799c43fc724c9aa885b',
        'docparser_secret: "c1f9f9308d307d34c2af2923717d849615eff1f2"',
      ],
      negative: [
        'DOCPARSER_API_KEY=f4a2e11bacdd2190098a',
        'DOCPARSER_API_URL=https://api.docparser.com/v1/',
        'DOCPARSER_ACCOUNT_ID=f4a2e11bacdd2190098ad799c43fc724c9aa885b',
        'docparser_api_key: "<your-docparser-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'dynalist-api-token',
    description: 'Dynalist API token',
    names: ['dynalist'],
    value: String.raw`[A-Za-z0-9_-]{128}`,
    samples: {
      positive: [
        'DYNALIST_API_KEY=VHlAoZjsW1Uwu-QJfNBF30qw_mdh0nX7rPdYeHXAEF3437jF2GF-xYVn3JiswdrGLHiuaBEOUXKcsgjz5mOLoY4_km1W17a0mvRwR9npEUuGD2jzOCxclvb5lcAsQWKN',
        'dynalist_secret: "kqNYhLR3YdoWEOfhP64ApZ_vSRPul8FPbC2A0DhbkUSFO38Nik_CItYXP9MFZ3QBOLKa7y97dxcQUGw9m_pUEtaecVr6FuX7fxjw2DKjh3v-733qJe_ykQxbL5SkFAtx"',
      ],
      negative: [
        'DYNALIST_API_KEY=VHlAoZjsW1Uwu-QJfNBF30qw_mdh0nX7rPdYeHXAEF3437jF2GF-xYVn3JiswdrG',
        'DYNALIST_API_URL=https://api.dynalist.com/v1/',
        'DYNALIST_ACCOUNT_ID=VHlAoZjsW1Uwu-QJfNBF30qw_mdh0nX7rPdYeHXAEF3437jF2GF-xYVn3JiswdrGLHiuaBEOUXKcsgjz5mOLoY4_km1W17a0mvRwR9npEUuGD2jzOCxclvb5lcAsQWKN',
        'dynalist_api_key: "<your-dynalist-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'edenai-api-key',
    description: 'Eden AI API key',
    names: ['edenai'],
    value: String.raw`[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{30,}`,
    samples: {
      positive: [
        'EDENAI_API_KEY=kmyVMOWOqe2zckoOtsffh_J.0FO0lu7H-5IbILQecq9V-OCbDDwSfalb8ePOs9LM0yAcYlESxpqf9qShSV0n3yjRrsf06VstPpx__HkJCuPt4F9QX.yEf9g9x5P0Z7wQnemcs_1YI_E_jbxzOiv_sMz-PmLD--CR95SKy',
        'edenai_secret: "ojnx4NmnwdAtI_hYnjCRygt3MGS.MZ_gx5XdyOO3HJkHV01STlLqbli1jdUtGzWqKlubps83dCBj7znZmrB2NtJI9JetpC4Tv2Yzc2kG1aVAkw4Mg.Dd0MJb8yTI7FcCWWZfY7GX7n_NDPPB9w5tUfEpFEaoQRgKqY2a30UzdPxzWF"',
      ],
      negative: [
        'EDENAI_API_KEY=kmyVMOWOqe2zckoOtsffh_J.0FO0lu7H-5IbILQecq9V-OCbDDwSfalb8ePOs9LM0yAcYlESxpqf9qShSV',
        'EDENAI_API_URL=https://api.edenai.com/v1/',
        'EDENAI_ACCOUNT_ID=kmyVMOWOqe2zckoOtsffh_J.0FO0lu7H-5IbILQecq9V-OCbDDwSfalb8ePOs9LM0yAcYlESxpqf9qShSV0n3yjRrsf06VstPpx__HkJCuPt4F9QX.yEf9g9x5P0Z7wQnemcs_1YI_E_jbxzOiv_sMz-PmLD--CR95SKy',
        'edenai_api_key: "<your-edenai-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'fileio-api-key',
    description: 'file.io API key',
    names: ['fileio', 'file.io'],
    value: String.raw`[A-Z0-9.-]{39,40}`,
    samples: {
      positive: [
        'FILEIO_API_KEY=46X89B9HTMUR0A-Y9WSI8LUI8-5SH6CB-THE-VI',
        'fileio_secret: "GIYAPRWYZ1ZU8ZY3BZIU99Z9TNBMCPGHXTXLQPL"',
      ],
      negative: [
        'FILEIO_API_KEY=46X89B9HTMUR0A-Y9WS',
        'FILEIO_API_URL=https://api.fileio.com/v1/',
        'FILEIO_ACCOUNT_ID=46X89B9HTMUR0A-Y9WSI8LUI8-5SH6CB-THE-VI',
        'fileio_api_key: "<your-fileio-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'flat-api-token',
    description: 'Flat.io API token',
    names: ['flat', 'flatio', 'flat_io', 'flat-io'],
    value: alnum(128),
    samples: {
      positive: [
        'FLAT_API_KEY=zpq1k673mft0qieskia3g6tu31z4q15tgp7igp8g7mx15llnp52ssu5mx4ek9qkpozykllzk0vnzujd03hcpj9lwolgb76fib0znydkubc08m7ihx7jshbx8u7axdaqr',
        'flat_secret: "59r5o2gn2ep4r4qer4q5mke64ed5itx90m492lls02hj2showf4zfgfcggd54qipcrn9n9qx8uv9iuzb34n0uo5nnzg3mldq9084cj1qhpdo4m6th3gj6es1ryio90s5"',
      ],
      negative: [
        'FLAT_API_KEY=zpq1k673mft0qieskia3g6tu31z4q15tgp7igp8g7mx15llnp52ssu5mx4ek9qkp',
        'FLAT_API_URL=https://api.flat.com/v1/',
        'FLAT_ACCOUNT_ID=zpq1k673mft0qieskia3g6tu31z4q15tgp7igp8g7mx15llnp52ssu5mx4ek9qkpozykllzk0vnzujd03hcpj9lwolgb76fib0znydkubc08m7ihx7jshbx8u7axdaqr',
        'flat_api_key: "<your-flat-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'flickr-api-key',
    description: 'Flickr API key',
    names: ['flickr'],
    value: alnum(32),
    samples: {
      positive: [
        'FLICKR_API_KEY=40o2p99gcpebv0qcluln6o1q2thiyc51',
        'flickr_secret: "trvmf9ilse18knnffptsjl9tsbpblz8w"',
      ],
      negative: [
        'FLICKR_API_KEY=40o2p99gcpebv0qc',
        'FLICKR_API_URL=https://api.flickr.com/v1/',
        'FLICKR_ACCOUNT_ID=40o2p99gcpebv0qcluln6o1q2thiyc51',
        'flickr_api_key: "<your-flickr-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'gyazo-api-token',
    description: 'Gyazo API token',
    names: ['gyazo'],
    value: String.raw`[A-Za-z0-9-]{43}`,
    samples: {
      positive: [
        'GYAZO_API_KEY=y4nBG3RmieScEaBUe7yYFE2Qhcperqu5frXI46M6STv',
        'gyazo_secret: "lEOUGFxxOFf7C7c6PdEtp79v8ztpthnykhErtescO8Z"',
      ],
      negative: [
        'GYAZO_API_KEY=y4nBG3RmieScEaBUe7yYF',
        'GYAZO_API_URL=https://api.gyazo.com/v1/',
        'GYAZO_ACCOUNT_ID=y4nBG3RmieScEaBUe7yYFE2Qhcperqu5frXI46M6STv',
        'gyazo_api_key: "<your-gyazo-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'happyscribe-api-key',
    description: 'Happy Scribe API key',
    names: ['happyscribe'],
    value: alnum(24),
    samples: {
      positive: [
        'HAPPYSCRIBE_API_KEY=JSty0wLG9lI0HDaoH6wMzg80',
        'happyscribe_secret: "FsUDPSwFzqKl8xA1uZj1agUQ"',
      ],
      negative: [
        'HAPPYSCRIBE_API_KEY=JSty0wLG9lI0',
        'HAPPYSCRIBE_API_URL=https://api.happyscribe.com/v1/',
        'HAPPYSCRIBE_ACCOUNT_ID=JSty0wLG9lI0HDaoH6wMzg80',
        'happyscribe_api_key: "<your-happyscribe-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'hellosign-api-key',
    description: 'HelloSign (Dropbox Sign) API key',
    names: ['hellosign'],
    value: String.raw`[A-Za-z0-9/+-]{64}`,
    samples: {
      positive: [
        'HELLOSIGN_API_KEY=N8DevY9ZVQPSoKT2rnoBCdua3cJ35FRQZCirc3qrolBYGUdjtKnRtokCvrwkKOMh',
        'hellosign_secret: "D-3dq3HV-t+8JzDH6/+pNNqcsHYjcqJV3YDiuFK+P23SypFfkelrWUbjie31zKvA"',
      ],
      negative: [
        'HELLOSIGN_API_KEY=N8DevY9ZVQPSoKT2rnoBCdua3cJ35FRQ',
        'HELLOSIGN_API_URL=https://api.hellosign.com/v1/',
        'HELLOSIGN_ACCOUNT_ID=N8DevY9ZVQPSoKT2rnoBCdua3cJ35FRQZCirc3qrolBYGUdjtKnRtokCvrwkKOMh',
        'hellosign_api_key: "<your-hellosign-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'html2pdf-api-key',
    description: 'html2pdf API key',
    names: ['html2pdf'],
    value: alnum(64),
    samples: {
      positive: [
        'HTML2PDF_API_KEY=ibqPGaCnjDZIyZd7f1OP9IQhJIfbqhZCbDr2kdgEOIZ79tyaszy7rf6e57SKWakM',
        'html2pdf_secret: "VuBX8HlxxkcoMFAoVXPLwJXaNUZFG7JHRsDF7ik5OD42ytUQgB9e20kqhrqnIjeu"',
      ],
      negative: [
        'HTML2PDF_API_KEY=ibqPGaCnjDZIyZd7f1OP9IQhJIfbqhZC',
        'HTML2PDF_API_URL=https://api.html2pdf.com/v1/',
        'HTML2PDF_ACCOUNT_ID=ibqPGaCnjDZIyZd7f1OP9IQhJIfbqhZCbDr2kdgEOIZ79tyaszy7rf6e57SKWakM',
        'html2pdf_api_key: "<your-html2pdf-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'iconfinder-api-key',
    description: 'Iconfinder API key',
    names: ['iconfinder'],
    value: alnum(64),
    samples: {
      positive: [
        'ICONFINDER_API_KEY=26qjMNAWPEk7PD0DWpt6dLDrKAq1bKaDXkX9ubWGEIqJiGgI022ZWSDF3IxIvOnL',
        'iconfinder_secret: "tFdrUWcIAKjkovira29lNhqcqi0xcKvKo6jKLMPjPsUkxw0S4VDa31AXZym6tCfW"',
      ],
      negative: [
        'ICONFINDER_API_KEY=26qjMNAWPEk7PD0DWpt6dLDrKAq1bKaD',
        'ICONFINDER_API_URL=https://api.iconfinder.com/v1/',
        'ICONFINDER_ACCOUNT_ID=26qjMNAWPEk7PD0DWpt6dLDrKAq1bKaDXkX9ubWGEIqJiGgI022ZWSDF3IxIvOnL',
        'iconfinder_api_key: "<your-iconfinder-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'imagekit-private-key',
    description: 'ImageKit private key',
    names: ['imagekit'],
    value: String.raw`[A-Za-z0-9_=]{36}`,
    samples: {
      positive: [
        'IMAGEKIT_API_KEY=IBWI_9ggXymqHwyMUwbsY45SIUakNMqPk7ON',
        'imagekit_secret: "ci4L=t909QQ1CF10CjHXQny5K_LBL4roUfDO"',
      ],
      negative: [
        'IMAGEKIT_API_KEY=IBWI_9ggXymqHwyMUw',
        'IMAGEKIT_API_URL=https://api.imagekit.com/v1/',
        'IMAGEKIT_ACCOUNT_ID=IBWI_9ggXymqHwyMUwbsY45SIUakNMqPk7ON',
        'imagekit_api_key: "<your-imagekit-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'kontent-api-key',
    description: 'Kontent.ai API key',
    names: ['kontent'],
    value: String.raw`[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}`,
    samples: {
      positive: [
        'KONTENT_API_KEY=d48v7o9x-doz7-eiwv-hje3-wkm5ooa80heo',
        'kontent_secret: "8qhqa42e-15z3-u6pj-4vap-qyj6yodvmz20"',
      ],
      negative: [
        'KONTENT_API_KEY=d48v7o9x-doz7-eiwv',
        'KONTENT_API_URL=https://api.kontent.com/v1/',
        'KONTENT_ACCOUNT_ID=d48v7o9x-doz7-eiwv-hje3-wkm5ooa80heo',
        'kontent_api_key: "<your-kontent-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'linkpreview-api-key',
    description: 'LinkPreview API key',
    names: ['linkpreview'],
    value: alnum(32),
    samples: {
      positive: [
        'LINKPREVIEW_API_KEY=BDcshE2GfUZj1QRaoQFjMeaRculOTViw',
        'linkpreview_secret: "Sd7CL9dda38VIOZNbTXSkrWrXj5eO0JI"',
      ],
      negative: [
        'LINKPREVIEW_API_KEY=BDcshE2GfUZj1QRa',
        'LINKPREVIEW_API_URL=https://api.linkpreview.com/v1/',
        'LINKPREVIEW_ACCOUNT_ID=BDcshE2GfUZj1QRaoQFjMeaRculOTViw',
        'linkpreview_api_key: "<your-linkpreview-api-key>"',
      ],
    },
  }),
  namedKeyRule({
    id: 'lokalise-api-token',
    description: 'Lokalise API token',
    names: ['lokalise'],
    value: alnum(40),
    samples: {
      positive: [
        'LOKALISE_API_KEY=7l5qwmkfljdats1nnh8hxskxqxlhslcob3i8iwep',
        'lokalise_secret: "jb57kvqm80x93oiv1nxk8n6xt6e7c8is6oymyzbq"',
      ],
      negative: [
        'LOKALISE_API_KEY=7l5qwmkfljdats1nnh8h',
        'LOKALISE_API_URL=https://api.lokalise.com/v1/',
        'LOKALISE_ACCOUNT_ID=7l5qwmkfljdats1nnh8hxskxqxlhslcob3i8iwep',
        'lokalise_api_key: "<your-lokalise-api-key>"',
      ],
    },
  }),
];
