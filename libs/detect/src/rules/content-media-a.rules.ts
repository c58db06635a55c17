import type { Rule } from '../rule.types';

// Content, media, documents and developer content APIs:
// keys without a distinctive prefix, recognised by the provider's name in the key name
// right before the value (`<provider>[...](secret|private|access|key|token)[...] = <value>`) and
// by the value's documented shape (alphabet and length). Hence confidence 'medium'.
export const contentMediaRulesA: Rule[] = [
  {
    id: 'adobe-api-key',
    description: 'Adobe API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['adobe'],
    pattern:
      /(?<![A-Za-z0-9])(?:adobe)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'ADOBE_API_KEY=1c0df1f110e16cacc739982e008f226c',
        'adobe_secret: "19c28c7f8c46e19d40af68d9640762ee"',
      ],
      negative: [
        'ADOBE_API_KEY=1c0df1f110e16cac',
        'ADOBE_API_URL=https://api.adobe.com/v1/',
        'ADOBE_ACCOUNT_ID=1c0df1f110e16cacc739982e008f226c',
        'adobe_api_key: "<your-adobe-api-key>"',
      ],
    },
  },
  {
    id: 'apitemplate-api-key',
    description: 'APITemplate.io API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['apitemplate'],
    pattern:
      /(?<![A-Za-z0-9])(?:apitemplate)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{39})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'APITEMPLATE_API_KEY=1h6NfgUMzoZb6tmmoOVFUyzjlTghNwUujOxHuTS',
        'apitemplate_secret: "mVuC6DEG2DYsyOaLTVNkdMDejcPGj6m8ozCNJOP"',
      ],
      negative: [
        'APITEMPLATE_API_KEY=1h6NfgUMzoZb6tmmoOV',
        'APITEMPLATE_API_URL=https://api.apitemplate.com/v1/',
        'APITEMPLATE_ACCOUNT_ID=1h6NfgUMzoZb6tmmoOVFUyzjlTghNwUujOxHuTS',
        'apitemplate_api_key: "<your-apitemplate-api-key>"',
      ],
    },
  },
  {
    id: 'audd-api-token',
    description: 'AudD API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['audd'],
    pattern:
      /(?<![A-Za-z0-9])(?:audd)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'AUDD_API_KEY=6iivx4my69yy1ytwyumt8tz8d6z8lcna',
        'audd_secret: "1179t521e5sjybr3kyh6vckgjvfs64x1"',
      ],
      negative: [
        'AUDD_API_KEY=6iivx4my69yy1ytw',
        'AUDD_API_URL=https://api.audd.com/v1/',
        'AUDD_ACCOUNT_ID=6iivx4my69yy1ytwyumt8tz8d6z8lcna',
        'audd_api_key: "<your-audd-api-key>"',
      ],
    },
  },
  {
    id: 'bannerbear-api-key',
    description: 'Bannerbear API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['bannerbear'],
    pattern:
      /(?<![A-Za-z0-9])(?:bannerbear)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{22}tt)(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BANNERBEAR_API_KEY=ZyN9g410G7iz7tKYkfSachtt',
        'bannerbear_secret: "cUyexQajyRmK1Io0paZaJ9tt"',
      ],
      negative: [
        'BANNERBEAR_API_KEY=ZyN9g410G7iz',
        'BANNERBEAR_API_URL=https://api.bannerbear.com/v1/',
        'BANNERBEAR_ACCOUNT_ID=ZyN9g410G7iz7tKYkfSachtt',
        'bannerbear_api_key: "<your-bannerbear-api-key>"',
      ],
    },
  },
  {
    id: 'blitapp-api-key',
    description: 'Blitapp API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['blitapp'],
    pattern:
      /(?<![A-Za-z0-9])(?:blitapp)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{39})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: [
        'BLITAPP_API_KEY=xbV-zDiXfndTXQYbgUqT1_IUqaRMqWQh3jlpeIp',
        'blitapp_secret: "axs_VQ0fkiS8UNf1hHClc4p3UTy-BaC1SM1h4qU"',
      ],
      negative: [
        'BLITAPP_API_KEY=xbV-zDiXfndTXQYbgUq',
        'BLITAPP_API_URL=https://api.blitapp.com/v1/',
        'BLITAPP_ACCOUNT_ID=xbV-zDiXfndTXQYbgUqT1_IUqaRMqWQh3jlpeIp',
        'blitapp_api_key: "<your-blitapp-api-key>"',
      ],
    },
  },
  {
    id: 'blogger-api-key',
    description: 'Blogger API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['blogger'],
    pattern:
      /(?<![A-Za-z0-9])(?:blogger)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{39})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'BLOGGER_API_KEY=J1OSAxSEWb9xnHZvrEHI91fmOtVyyj942tjXfbb',
        'blogger_secret: "d4rx33BKbO4pJOo5mjKTCJf5HX2kJEyGAAnTptD"',
      ],
      negative: [
        'BLOGGER_API_KEY=J1OSAxSEWb9xnHZvrEH',
        'BLOGGER_API_URL=https://api.blogger.com/v1/',
        'BLOGGER_ACCOUNT_ID=J1OSAxSEWb9xnHZvrEHI91fmOtVyyj942tjXfbb',
        'blogger_api_key: "<your-blogger-api-key>"',
      ],
    },
  },
  {
    id: 'browshot-api-key',
    description: 'Browshot API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['browshot'],
    pattern:
      /(?<![A-Za-z0-9])(?:browshot)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{28})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BROWSHOT_API_KEY=zthHaAf2l9ZzNop7jdzS559lQfge',
        'browshot_secret: "bhd2qjy0uzicS6qdlXYuWpKZ5ruS"',
      ],
      negative: [
        'BROWSHOT_API_KEY=zthHaAf2l9ZzNo',
        'BROWSHOT_API_URL=https://api.browshot.com/v1/',
        'BROWSHOT_ACCOUNT_ID=zthHaAf2l9ZzNop7jdzS559lQfge',
        'browshot_api_key: "<your-browshot-api-key>"',
      ],
    },
  },
  {
    id: 'buttercms-api-key',
    description: 'ButterCMS API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['buttercms'],
    pattern:
      /(?<![A-Za-z0-9])(?:buttercms)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'BUTTERCMS_API_KEY=a8r8z33w8ipwupwhix63llnvzgn3v7mpqnj2i7c1',
        'buttercms_secret: "ioecbeovfk2713khs5dsmxh7xz5fk69fqlya0949"',
      ],
      negative: [
        'BUTTERCMS_API_KEY=a8r8z33w8ipwupwhix63',
        'BUTTERCMS_API_URL=https://api.buttercms.com/v1/',
        'BUTTERCMS_ACCOUNT_ID=a8r8z33w8ipwupwhix63llnvzgn3v7mpqnj2i7c1',
        'buttercms_api_key: "<your-buttercms-api-key>"',
      ],
    },
  },
  {
    id: 'clarifai-api-key',
    description: 'Clarifai API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['clarifai'],
    pattern:
      /(?<![A-Za-z0-9])(?:clarifai)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CLARIFAI_API_KEY=mAmBvpxIsmktKMjgPIPST8M8hYwx46TO',
        'clarifai_secret: "WlzUedCwW4fX7DNXqoZ3yVKBdVqRBOwJ"',
      ],
      negative: [
        'CLARIFAI_API_KEY=mAmBvpxIsmktKMjg',
        'CLARIFAI_API_URL=https://api.clarifai.com/v1/',
        'CLARIFAI_ACCOUNT_ID=mAmBvpxIsmktKMjgPIPST8M8hYwx46TO',
        'clarifai_api_key: "<your-clarifai-api-key>"',
      ],
    },
  },
  {
    id: 'cloudconvert-api-key',
    description: 'CloudConvert API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cloudconvert'],
    pattern:
      /(?<![A-Za-z0-9])(?:cloudconvert)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_~+/=-]{20,40}\.[A-Za-z0-9_~+/=-]{100,600}\.[A-Za-z0-9_~+/=-]{100,800})(?![A-Za-z0-9_+/=-])/i,
    entropy: 3,
    samples: {
      positive: [
        'CLOUDCONVERT_API_KEY=hoC~~=tW==/0ji~a4Iu2MJ34y.47q6qdouTKt3vfnUAJZ2oLUayFE9lXf5rrhsIGJbDtyejfK39OwkFvfJ7Shrb/vl=yRvm/eWMKnWj3B3+Q4EQTE+iJq6-it~IkTIhx/lOG+EfUe1hw14LMTf-0YofWsR=~0NqyanQB4y_0~pvZxt7om+ypA2OtI4+lvqHW~AQIcYgiwRt8QMHoq9cxj~WIlgMSquVH~RSHfti9m5TDTL/ytMB+DQTq+_-=zHSMhU4ya_BG5U-E6CBgbJIjyF9j8f8_H2tT=t+Z0xCWU0WjktWLfP~~shuo79qVhHm7rPsQ0_7R3VgLv2xzCYd5aAAcSR_WaQ1RBxsX9q_4y6ZhRbc-3Y9fZpHWs1xOWQyuQ-W3dL1dQuzuK1_rtPgmeoaaJCMEQIVek9ASoH9gth_IYbvkBrsxKdaYvGULlmGoSoDRC1rJEL+V.yq5=Tm9mbq_3e4cnF=BGhTaieSL-wlvAe7p/TO/ggQb+~XJblI_-CmnzOd8DZhJK7XXo=G5QxFkdB9EBTm66NMUfXFeaeIEsk2NI57q9HMDQpazAK4ta=tCpXwhPslVG75Z-eXBO_+k1g9prkM1FFR1bz1OWL02uj76Q-jH3eCi13Vqv7e5OYbr-mbQpl11JO2fbrBJBPgzSI5QjBTjylQ8MLPmsCZvpNoQup~emAn8oA9KNcFzzTEJw0wPMQUqKA7FCnEdk7w',
        'cloudconvert_secret: "6w7Q10cTC_P26NRYJtR96f.UqvPvABfpWKBXU5dW9pa87xLcHwoPTJ~e2-/UH+=HiYEtjZbxT0jnYEn44mBnlESkWfeLtW4v0~kU018a~axi6A8rS7wVxHdka8syk+QaPR-LyMQPRbdloNVK4lYh/ujbK-4e16YPAt3bvB=wEHjZ5cOpxfDtSAOk+0Rmkggp73sg_FT~UiIZ-6h4yE78VJxuZFfAuftAI3Zb=su-j8TRBus1Yru5M5uJ/dQAwbf9HkGp_i/ap6=E/8amrtBQJ7WCTnvrpbJK1F9l80oX=NPoesVM-7gqXOR06AClh/qds3Cy_E1HeMZV3pG2g5N~T9F6C7STsz+0m_=_cMkobsL8L8L7=qJSrv6YYCCZwyeg9tZElZbA8qnFdm_jn6CB~8lCMK_LPzOFT5e6=On~SoPI38pE-IP=nSd-XBd4JqvcRrX/uKZ2Efs3k2F/jrn5yBOZQlZruq8Gtxc_cD~ThpCYISWS-ti3XDqRL/Zz~eLJsfxMj52jBUpTeIAhbkl3ltV9Ia8.vsVsipB2N664uKGl1z2HNQICR98x2txqnh/4wkkc1tRd-P5cuLY~PBEPXKE8AlQnIP1Ekc3oEaOJ~iBtKD_jazJKvjmENo-73zqtzwqDfOwDaMx8aV8n~imPs9qQG/Hj1SW=I~R_X4FMqSZ~yv24VDqPhdEIw-1Dfqpdz8MPYKTa4LTMasmW0OOsLZ~wv2gnzPrVvXIQzpaGPXqkngkzWoL/9XT7xcOwKFrbond45tztZ_833Y8zpjvv+EQutEc5GnILP-Bfpp8jr~/ZxPpkxP6qyrnj4DqgbedX6k_UMfGb8so=81NokWOi1MHLKTMd27a5~~OaYyYJ/wmZ3bNxnbqnaWAT3/=fx2eRe4WkzWo4+cNbe2FFfFbMRVKNb=IpVrMj_m31q~evdHHFdHY=5r+C~PgFAuk=nbTSz5S7WT81XOlnaeJKF-q1MftYsuNl3Uqhi78p9tZIZ=kT5_-I~vbs_8_fPrJvxDNeRzFh+p76F-JBC94q2cAl60~wvDEfSSQfVG8KZGf7hFSI-~qn8_kca-gO8-onFStKStytN7R/oQBU=8KfWOxt4Id+jMICKUR6-MFLl-Et/LjA1=OR/KDuyF7UMY5qWwbf5G7RX9/w30cJoGzAP0kkRrbsEq6sYfbvG065KHqAg/4zWGQR_TgsYPuRwoiM_wCwjCjPrkIznuWrQqvw=AZD1cuO5-~V9NEeBOdbCOH-9Lz2aE6YeOCErzOPr=lYB2eW7+qZ8DDAurAuvbOds8YyVrw~NG+mkU1RM0Lx7k7l0"',
      ],
      negative: [
        'CLOUDCONVERT_API_KEY=hoC~~=tW==/0ji~a4Iu2MJ34y.47q6qdouTKt3vfnUAJZ2oLUayFE9lXf5rrhsIGJbDtyejfK39OwkFvfJ7Shrb/vl=yRvm/eWMKnWj3B3+Q4EQTE+iJq6-it~IkTIhx/lOG+EfUe1hw14LMTf-0YofWsR=~0NqyanQB4y_0~pvZxt7om+ypA2OtI4+lvqHW~AQIcYgiwRt8QMHoq9cxj~WIlgMSquVH~RSHfti9m5TDTL/ytMB+DQTq+_-=zHSMhU4ya_BG5U-E6CBgbJIjyF9j8f8_H2tT=t+Z0xCWU0WjktWLfP~~shuo79qVhHm7rPsQ0_7R3VgLv2xzCYd5aAAcSR_WaQ1RBxsX9q_4y6Z',
        'CLOUDCONVERT_API_URL=https://api.cloudconvert.com/v1/',
        'CLOUDCONVERT_ACCOUNT_ID=hoC~~=tW==/0ji~a4Iu2MJ34y.47q6qdouTKt3vfnUAJZ2oLUayFE9lXf5rrhsIGJbDtyejfK39OwkFvfJ7Shrb/vl=yRvm/eWMKnWj3B3+Q4EQTE+iJq6-it~IkTIhx/lOG+EfUe1hw14LMTf-0YofWsR=~0NqyanQB4y_0~pvZxt7om+ypA2OtI4+lvqHW~AQIcYgiwRt8QMHoq9cxj~WIlgMSquVH~RSHfti9m5TDTL/ytMB+DQTq+_-=zHSMhU4ya_BG5U-E6CBgbJIjyF9j8f8_H2tT=t+Z0xCWU0WjktWLfP~~shuo79qVhHm7rPsQ0_7R3VgLv2xzCYd5aAAcSR_WaQ1RBxsX9q_4y6ZhRbc-3Y9fZpHWs1xOWQyuQ-W3dL1dQuzuK1_rtPgmeoaaJCMEQIVek9ASoH9gth_IYbvkBrsxKdaYvGULlmGoSoDRC1rJEL+V.yq5=Tm9mbq_3e4cnF=BGhTaieSL-wlvAe7p/TO/ggQb+~XJblI_-CmnzOd8DZhJK7XXo=G5QxFkdB9EBTm66NMUfXFeaeIEsk2NI57q9HMDQpazAK4ta=tCpXwhPslVG75Z-eXBO_+k1g9prkM1FFR1bz1OWL02uj76Q-jH3eCi13Vqv7e5OYbr-mbQpl11JO2fbrBJBPgzSI5QjBTjylQ8MLPmsCZvpNoQup~emAn8oA9KNcFzzTEJw0wPMQUqKA7FCnEdk7w',
        'cloudconvert_api_key: "<your-cloudconvert-api-key>"',
      ],
    },
  },
  {
    id: 'cloudmersive-api-key',
    description: 'Cloudmersive API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cloudmersive'],
    pattern:
      /(?<![A-Za-z0-9])(?:cloudmersive)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'CLOUDMERSIVE_API_KEY=ukr3hcf2-g1fn-knqm-rw5b-xt438kzb91z3',
        'cloudmersive_secret: "9nkwzwcv-ndpm-c0za-qwm4-kcqkc0gulr5h"',
      ],
      negative: [
        'CLOUDMERSIVE_API_KEY=ukr3hcf2-g1fn-knqm',
        'CLOUDMERSIVE_API_URL=https://api.cloudmersive.com/v1/',
        'CLOUDMERSIVE_ACCOUNT_ID=ukr3hcf2-g1fn-knqm-rw5b-xt438kzb91z3',
        'cloudmersive_api_key: "<your-cloudmersive-api-key>"',
      ],
    },
  },
  {
    id: 'cloudplan-api-key',
    description: 'Cloudplan API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cloudplan'],
    pattern:
      /(?<![A-Za-z0-9])(?:cloudplan)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9-]{32})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'CLOUDPLAN_API_KEY=RYZ-3R8I9KWF1OK7O5U3H4CEP5RO0ON2',
        'cloudplan_secret: "U01J187YQRA51KQ3-SA60IMJ9LZT8H6J"',
      ],
      negative: [
        'CLOUDPLAN_API_KEY=RYZ-3R8I9KWF1OK7',
        'CLOUDPLAN_API_URL=https://api.cloudplan.com/v1/',
        'CLOUDPLAN_ACCOUNT_ID=RYZ-3R8I9KWF1OK7O5U3H4CEP5RO0ON2',
        'cloudplan_api_key: "<your-cloudplan-api-key>"',
      ],
    },
  },
  {
    id: 'cloudsight-api-key',
    description: 'CloudSight API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['cloudsight'],
    pattern:
      /(?<![A-Za-z0-9])(?:cloudsight)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{20,24})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CLOUDSIGHT_API_KEY=3caiglk5xmpc5i5b1n3nse6',
        'cloudsight_secret: "y86pmd9x2pyjq309zpb21n6k"',
      ],
      negative: [
        'CLOUDSIGHT_API_KEY=3caiglk5xmp',
        'CLOUDSIGHT_API_URL=https://api.cloudsight.com/v1/',
        'CLOUDSIGHT_ACCOUNT_ID=3caiglk5xmpc5i5b1n3nse6',
        'cloudsight_api_key: "<your-cloudsight-api-key>"',
      ],
    },
  },
  {
    id: 'coda-api-token',
    description: 'Coda API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['coda'],
    pattern:
      /(?<![A-Za-z0-9])(?:coda)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'CODA_API_KEY=lme69a25-tzfq-g3sz-gzao-s8bu3satdlv9',
        'coda_secret: "9rleay4j-6c13-vbou-3ttw-i2bhqy51yffo"',
      ],
      negative: [
        'CODA_API_KEY=lme69a25-tzfq-g3sz',
        'CODA_API_URL=https://api.coda.com/v1/',
        'CODA_ACCOUNT_ID=lme69a25-tzfq-g3sz-gzao-s8bu3satdlv9',
        'coda_api_key: "<your-coda-api-key>"',
      ],
    },
  },
  {
    id: 'convertapi-secret',
    description: 'ConvertAPI secret (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['convertapi'],
    pattern:
      /(?<![A-Za-z0-9])(?:convertapi)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{16})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: ['CONVERTAPI_API_KEY=Qo12W5RDlFIzgJ80', 'convertapi_secret: "52POgjajUd1sAgSz"'],
      negative: [
        'CONVERTAPI_API_KEY=Qo12W5RD',
        'CONVERTAPI_API_URL=https://api.convertapi.com/v1/',
        'CONVERTAPI_ACCOUNT_ID=Qo12W5RDlFIzgJ80',
        'convertapi_api_key: "<your-convertapi-api-key>"',
      ],
    },
  },
  {
    id: 'craftmypdf-api-key',
    description: 'CraftMyPDF API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['craftmypdf'],
    pattern:
      /(?<![A-Za-z0-9])(?:craftmypdf)[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{35})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'CRAFTMYPDF_API_KEY=9go8zC3V7D14qPGLILz2CtUSFexiU135W7I',
        'craftmypdf_secret: "O3OCsSPSlwofMZEKqisYidp59dvkx9pgW3Z"',
      ],
      negative: [
        'CRAFTMYPDF_API_KEY=9go8zC3V7D14qPGLI',
        'CRAFTMYPDF_API_URL=https://api.craftmypdf.com/v1/',
        'craftmypdf_api_key: "<your-craftmypdf-api-key>"',
      ],
    },
  },
  {
    id: 'daily-api-key',
    description: 'Daily.co API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['daily'],
    pattern:
      /(?<![A-Za-z0-9])(?:daily(?:[_ .-]?co)?)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DAILY_API_KEY=50e526aba277eb34f7ef6c1fc463a4bb360e69293669cd4a7560eedefe20a6ea',
        'daily_secret: "21155816abef023d441a233cf77f037aa64fc954554cf834700c87aa9c2160c3"',
      ],
      negative: [
        'DAILY_API_KEY=50e526aba277eb34f7ef6c1fc463a4bb',
        'DAILY_API_URL=https://api.daily.com/v1/',
        'DAILY_ACCOUNT_ID=50e526aba277eb34f7ef6c1fc463a4bb360e69293669cd4a7560eedefe20a6ea',
        'daily_api_key: "<your-daily-api-key>"',
      ],
    },
  },
  {
    id: 'ditto-api-key',
    description: 'Ditto API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['ditto'],
    pattern:
      /(?<![A-Za-z0-9])(?:ditto)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}\.[a-z0-9]{40})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'DITTO_API_KEY=0ftg2uv5-0koz-fg5k-5da9-m2jkwi2gcixk.5rsvvzcxn7jj4v3zweqqfk9o8b3zjw9btsx8horb',
        'ditto_secret: "bi1sk7mh-8xzo-cf0o-z4pi-cjrpjugaqt5i.vkxlnapexpzkjaajz5t7crahwjcwgmfihsjckg9x"',
      ],
      negative: [
        'DITTO_API_KEY=0ftg2uv5-0koz-fg5k-5da9-m2jkwi2gcixk.5',
        'DITTO_API_URL=https://api.ditto.com/v1/',
        'DITTO_ACCOUNT_ID=0ftg2uv5-0koz-fg5k-5da9-m2jkwi2gcixk.5rsvvzcxn7jj4v3zweqqfk9o8b3zjw9btsx8horb',
        'ditto_api_key: "<your-ditto-api-key>"',
      ],
    },
  },
  {
    id: 'docparser-api-key',
    description: 'Docparser API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['docparser'],
    pattern:
      /(?<![A-Za-z0-9])(?:docparser)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'DOCPARSER_API_KEY=34889f77c10f8a8076e5dec39f7eafed69db2fb8',
        'docparser_secret: "3a1ab8cefb283a785c94e31fbd73f03b00c6256a"',
      ],
      negative: [
        'DOCPARSER_API_KEY=34889f77c10f8a8076e5',
        'DOCPARSER_API_URL=https://api.docparser.com/v1/',
        'DOCPARSER_ACCOUNT_ID=34889f77c10f8a8076e5dec39f7eafed69db2fb8',
        'docparser_api_key: "<your-docparser-api-key>"',
      ],
    },
  },
  {
    id: 'dynalist-api-token',
    description: 'Dynalist API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['dynalist'],
    pattern:
      /(?<![A-Za-z0-9])(?:dynalist)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{128})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: [
        'DYNALIST_API_KEY=OLXNqPc_K91qfUpO8XgdkO-AgrrDPK-ZZC1gP9TsUAXM22zKIGD71Oly-VwksUttZ2E47thG-xNabEDoROKbGlVx_WmZkqW2cgfFOptEKC9wLCwY4p1RC4ZBLo473h7X',
        'dynalist_secret: "A-8g25VGUgMRZHj_qnAgEGrU_1Nrg518C-6oGSPk8xIK2cJHfqlp_VF_XaBVUzMxZjtrNDOb5SNdut16dkIQo4TrOCkAR7oLi12i4NJ-Sob5T02cqXSa2b7bipxjU6Ap"',
      ],
      negative: [
        'DYNALIST_API_KEY=OLXNqPc_K91qfUpO8XgdkO-AgrrDPK-ZZC1gP9TsUAXM22zKIGD71Oly-VwksUtt',
        'DYNALIST_API_URL=https://api.dynalist.com/v1/',
        'DYNALIST_ACCOUNT_ID=OLXNqPc_K91qfUpO8XgdkO-AgrrDPK-ZZC1gP9TsUAXM22zKIGD71Oly-VwksUttZ2E47thG-xNabEDoROKbGlVx_WmZkqW2cgfFOptEKC9wLCwY4p1RC4ZBLo473h7X',
        'dynalist_api_key: "<your-dynalist-api-key>"',
      ],
    },
  },
  {
    id: 'edenai-api-key',
    description: 'Eden AI API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['edenai'],
    pattern:
      /(?<![A-Za-z0-9])(?:edenai)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{30,})(?![A-Za-z0-9_-])/i,
    entropy: 3,
    samples: {
      positive: [
        'EDENAI_API_KEY=9HyKAPQzguFZkJssFyNTuAGtXvB7ZcfwB9DxwUIdG--XvlQtNl2J1C.St5cLECSrFY_1z4yVXV5ZhnZduJvMCqEL6K_cVypcjK6Pa7DCBrQr7a0OoJfRITsxh.jmxg4a-bHq27jaiAdu_E1uuxuUUDu8E6PT2Fr',
        'edenai_secret: "OsU7y67n1SRZsUs-yRLi23j8UCCex4dOMIMTXvFuXeXjF6kGzTbiHtpRi98RrApmtioNKL.YebslTYl8SDkybtTjDMjVmUXUGv-Bv0T07E136OwvsjCDsh42WbYshkVwyuCWq.omni4ApeMZOy1Fz0d6zbjCwgFjwpvTXK3I_qwiHtp_gEnrrd8fSoM1s-Q1tOQ2VP0ANw9mwghTav2qnv2CJf6"',
      ],
      negative: [
        'EDENAI_API_KEY=9HyKAPQzguFZkJssFyNTuAGtXvB7ZcfwB9DxwUIdG--XvlQtNl2J1C.St5cLECSrFY_1z4yVXV5ZhnZ',
        'EDENAI_API_URL=https://api.edenai.com/v1/',
        'EDENAI_ACCOUNT_ID=9HyKAPQzguFZkJssFyNTuAGtXvB7ZcfwB9DxwUIdG--XvlQtNl2J1C.St5cLECSrFY_1z4yVXV5ZhnZduJvMCqEL6K_cVypcjK6Pa7DCBrQr7a0OoJfRITsxh.jmxg4a-bHq27jaiAdu_E1uuxuUUDu8E6PT2Fr',
        'edenai_api_key: "<your-edenai-api-key>"',
      ],
    },
  },
  {
    id: 'fileio-api-key',
    description: 'file.io API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['fileio', 'file'],
    pattern:
      /(?<![A-Za-z0-9])(?:fileio|file\.io)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Z0-9.-]{39,40})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'FILEIO_API_KEY=UPKJJ5ZD1SHF61U980NMDPY8OJQEYUI4J9KJX78Z',
        'fileio_secret: "UK0CQ012WS7Z84UDI3-T7Q75907EWB1AR1O3SD2"',
      ],
      negative: [
        'FILEIO_API_KEY=UPKJJ5ZD1SHF61U980NM',
        'FILEIO_API_URL=https://api.fileio.com/v1/',
        'FILEIO_ACCOUNT_ID=UPKJJ5ZD1SHF61U980NMDPY8OJQEYUI4J9KJX78Z',
        'fileio_api_key: "<your-fileio-api-key>"',
      ],
    },
  },
  {
    id: 'flat-api-token',
    description: 'Flat.io API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['flat'],
    pattern:
      /(?<![A-Za-z0-9])(?:flat(?:[_ .-]?io)?)[ \t_.-]{0,3}(?:api[ \t_.-]{0,3})?(?:secret|private|access|key|token)[\w.\- \t'"]{0,12}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{128})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FLAT_API_KEY=fg5j2qqhyyugdfn7yfoaos4zi24az15huontcgpwcyynjofl0gb57p2s7smq8ei5dguf68sprfzrvrybdsls66m4y9ckcul7fop94hxulgpovpxhp1ibwqj3plovrlqz',
        'flat_secret: "qwoeyavvstac76cw3gybw494d1sjd7ukqjq8bv02us1u2sc212k7c72q82q8u2gbmoo6rw0ecpnfidf0qkplyq2g5vllk0p07dw1xrhzil3b2nsk6qae99jx1d60qiqm"',
      ],
      negative: [
        'FLAT_API_KEY=fg5j2qqhyyugdfn7yfoaos4zi24az15huontcgpwcyynjofl0gb57p2s7smq8ei5',
        'FLAT_API_URL=https://api.flat.com/v1/',
        'FLAT_ACCOUNT_ID=fg5j2qqhyyugdfn7yfoaos4zi24az15huontcgpwcyynjofl0gb57p2s7smq8ei5dguf68sprfzrvrybdsls66m4y9ckcul7fop94hxulgpovpxhp1ibwqj3plovrlqz',
        'flat_api_key: "<your-flat-api-key>"',
      ],
    },
  },
  {
    id: 'flickr-api-key',
    description: 'Flickr API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['flickr'],
    pattern:
      /(?<![A-Za-z0-9])(?:flickr)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'FLICKR_API_KEY=rkiwgkrj8rcgyzsmjmcgdg2e0lfr5xal',
        'flickr_secret: "wgrm6i85ms4spluzcx3mlk9rvszxcoi7"',
      ],
      negative: [
        'FLICKR_API_KEY=rkiwgkrj8rcgyzsm',
        'FLICKR_API_URL=https://api.flickr.com/v1/',
        'FLICKR_ACCOUNT_ID=rkiwgkrj8rcgyzsmjmcgdg2e0lfr5xal',
        'flickr_api_key: "<your-flickr-api-key>"',
      ],
    },
  },
  {
    id: 'gyazo-api-token',
    description: 'Gyazo API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['gyazo'],
    pattern:
      /(?<![A-Za-z0-9])(?:gyazo)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9-]{43})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'GYAZO_API_KEY=-pl-UE8E0ajSidt0QxujlZWzmhVfvb0Y2FJ2GK6sZm9',
        'gyazo_secret: "8KIPMW8kuUwroXX-LxXyfXPwpfnr2eKEKG43ToqGfOO"',
      ],
      negative: [
        'GYAZO_API_KEY=-pl-UE8E0ajSidt0Qxujl',
        'GYAZO_API_URL=https://api.gyazo.com/v1/',
        'GYAZO_ACCOUNT_ID=-pl-UE8E0ajSidt0QxujlZWzmhVfvb0Y2FJ2GK6sZm9',
        'gyazo_api_key: "<your-gyazo-api-key>"',
      ],
    },
  },
  {
    id: 'happyscribe-api-key',
    description: 'Happy Scribe API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['happyscribe'],
    pattern:
      /(?<![A-Za-z0-9])(?:happyscribe)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{24})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'HAPPYSCRIBE_API_KEY=8K94b756uiMWA4PkNQyaIbeR',
        'happyscribe_secret: "penTw0vb5fxFrDh44pNCISpf"',
      ],
      negative: [
        'HAPPYSCRIBE_API_KEY=8K94b756uiMW',
        'HAPPYSCRIBE_API_URL=https://api.happyscribe.com/v1/',
        'HAPPYSCRIBE_ACCOUNT_ID=8K94b756uiMWA4PkNQyaIbeR',
        'happyscribe_api_key: "<your-happyscribe-api-key>"',
      ],
    },
  },
  {
    id: 'hellosign-api-key',
    description: 'HelloSign (Dropbox Sign) API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['hellosign'],
    pattern:
      /(?<![A-Za-z0-9])(?:hellosign)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9/+-]{64})(?![A-Za-z0-9/+-])/i,
    entropy: 3,
    samples: {
      positive: [
        'HELLOSIGN_API_KEY=hM9aRuUyV1AnBYR4j/wVfRPX4FNR3WI1f+5CQQhF7472LyNQmVrrFu2lGL-wZPc6',
        'hellosign_secret: "HGkk1wiZX0mFyqdKvMymzpovZC9UspzKBl3qUpdtOuoOIajxYjbpHV/hZxvF2suf"',
      ],
      negative: [
        'HELLOSIGN_API_KEY=hM9aRuUyV1AnBYR4j/wVfRPX4FNR3WI1',
        'HELLOSIGN_API_URL=https://api.hellosign.com/v1/',
        'HELLOSIGN_ACCOUNT_ID=hM9aRuUyV1AnBYR4j/wVfRPX4FNR3WI1f+5CQQhF7472LyNQmVrrFu2lGL-wZPc6',
        'hellosign_api_key: "<your-hellosign-api-key>"',
      ],
    },
  },
  {
    id: 'html2pdf-api-key',
    description: 'html2pdf API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['html2pdf'],
    pattern:
      /(?<![A-Za-z0-9])(?:html2pdf)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'HTML2PDF_API_KEY=DpW58bWMba7B2rIO5QIXKcV2DXnCbjyPS6d0WVhLQ9myiaBAtTr5EYVO4iGxjwJL',
        'html2pdf_secret: "F7egvOecxCH6hspb84RA51zUiDYSNzoICoKOjyMmlXzfYf7GitIrIyKdYa8oOhZP"',
      ],
      negative: [
        'HTML2PDF_API_KEY=DpW58bWMba7B2rIO5QIXKcV2DXnCbjyP',
        'HTML2PDF_API_URL=https://api.html2pdf.com/v1/',
        'HTML2PDF_ACCOUNT_ID=DpW58bWMba7B2rIO5QIXKcV2DXnCbjyPS6d0WVhLQ9myiaBAtTr5EYVO4iGxjwJL',
        'html2pdf_api_key: "<your-html2pdf-api-key>"',
      ],
    },
  },
  {
    id: 'iconfinder-api-key',
    description: 'Iconfinder API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['iconfinder'],
    pattern:
      /(?<![A-Za-z0-9])(?:iconfinder)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'ICONFINDER_API_KEY=k9oh4B1t5q19o6ESb3fSCz9UfEqQKxbSFGPjVp51ZtHDFSyDyXmPHJfu0AomJojc',
        'iconfinder_secret: "YK8bpKW176BzzgTX6YujCIRy1syq52J6bpw798c1z16l90kv7YQIUCMsfQyPxdsg"',
      ],
      negative: [
        'ICONFINDER_API_KEY=k9oh4B1t5q19o6ESb3fSCz9UfEqQKxbS',
        'ICONFINDER_API_URL=https://api.iconfinder.com/v1/',
        'ICONFINDER_ACCOUNT_ID=k9oh4B1t5q19o6ESb3fSCz9UfEqQKxbSFGPjVp51ZtHDFSyDyXmPHJfu0AomJojc',
        'iconfinder_api_key: "<your-iconfinder-api-key>"',
      ],
    },
  },
  {
    id: 'imagekit-private-key',
    description: 'ImageKit private key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['imagekit'],
    pattern:
      /(?<![A-Za-z0-9])(?:imagekit)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9_=]{36})(?![A-Za-z0-9_+/=])/i,
    entropy: 3,
    samples: {
      positive: [
        'IMAGEKIT_API_KEY=l70hxPOEAMkUqdfiJpo4vUW1a_B7J9nYW6hb',
        'imagekit_secret: "7whqMabh8Ig_eGyU61jx8UD=Jl0OBi1NSy2x"',
      ],
      negative: [
        'IMAGEKIT_API_KEY=l70hxPOEAMkUqdfiJp',
        'IMAGEKIT_API_URL=https://api.imagekit.com/v1/',
        'IMAGEKIT_ACCOUNT_ID=l70hxPOEAMkUqdfiJpo4vUW1a_B7J9nYW6hb',
        'imagekit_api_key: "<your-imagekit-api-key>"',
      ],
    },
  },
  {
    id: 'kontent-api-key',
    description: 'Kontent.ai API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['kontent'],
    pattern:
      /(?<![A-Za-z0-9])(?:kontent)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![A-Za-z0-9-])/i,
    entropy: 3,
    samples: {
      positive: [
        'KONTENT_API_KEY=kuat4hxg-n5vi-plxm-hlow-eg2m8ae6xjfq',
        'kontent_secret: "jhda8hu7-0cst-dyno-i3cz-yl7z6nbbdnb1"',
      ],
      negative: [
        'KONTENT_API_KEY=kuat4hxg-n5vi-plxm',
        'KONTENT_API_URL=https://api.kontent.com/v1/',
        'KONTENT_ACCOUNT_ID=kuat4hxg-n5vi-plxm-hlow-eg2m8ae6xjfq',
        'kontent_api_key: "<your-kontent-api-key>"',
      ],
    },
  },
  {
    id: 'linkpreview-api-key',
    description: 'LinkPreview API key (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['linkpreview'],
    pattern:
      /(?<![A-Za-z0-9])(?:linkpreview)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'LINKPREVIEW_API_KEY=K3bHrdj3uYXf6ncQZFAWkkf8HDKBOB20',
        'linkpreview_secret: "i3GhB4sR9T3FLxBQLBlsLOjLo17PJKuD"',
      ],
      negative: [
        'LINKPREVIEW_API_KEY=K3bHrdj3uYXf6ncQ',
        'LINKPREVIEW_API_URL=https://api.linkpreview.com/v1/',
        'LINKPREVIEW_ACCOUNT_ID=K3bHrdj3uYXf6ncQZFAWkkf8HDKBOB20',
        'linkpreview_api_key: "<your-linkpreview-api-key>"',
      ],
    },
  },
  {
    id: 'lokalise-api-token',
    description: 'Lokalise API token (by context)',
    severity: 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: ['lokalise'],
    pattern:
      /(?<![A-Za-z0-9])(?:lokalise)[\w.\- \t'"]{0,24}?(?:secret|private|access|key|token)[\w.\- \t'"]{0,16}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-z0-9]{40})(?![A-Za-z0-9])/i,
    entropy: 3,
    samples: {
      positive: [
        'LOKALISE_API_KEY=lbctza80cebujw2dzmki1kddjdqpre3j82y25d6w',
        'lokalise_secret: "n08dpt9ed3ncrvrv50gpw4zuu60u4sh1wwkxjp1h"',
      ],
      negative: [
        'LOKALISE_API_KEY=lbctza80cebujw2dzmki',
        'LOKALISE_API_URL=https://api.lokalise.com/v1/',
        'LOKALISE_ACCOUNT_ID=lbctza80cebujw2dzmki1kddjdqpre3j82y25d6w',
        'lokalise_api_key: "<your-lokalise-api-key>"',
      ],
    },
  },
];
