import type { Rule } from '../rule.types';

// AWS, Google Cloud and Azure credentials.
export const cloudRules: Rule[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID (long-term AKIA or temporary ASIA, and other IAM unique-id prefixes)',
    severity: 'critical',
    cwe: 798,
    keywords: ['akia', 'asia', 'agpa', 'aida', 'aroa', 'anpa', 'anva', 'aipa', 'abia', 'acca'],
    pattern:
      /(?:^|[^A-Za-z0-9])((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
    allow: [/EXAMPLE$/],
    samples: {
      positive: [
        'aws_access_key_id = AKIARGMBXL5U7N557GKT',
        'export AWS_ACCESS_KEY_ID="ASIACA66P3T4VR4D7ABI"',
        '      "AccessKeyId": "AKIAMZJD42C4LIQFZCR7",',
      ],
      negative: [
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        'aws_access_key_id = AKIA4KGT6LIHVYAXDDG',
        'key = "XAKIAXC6YRSBMYQSU2NYK"',
        'aws_access_key_id = akiadzoozd33kqoxysz2',
        'region = "ap-southeast-1" # ASIA pacific',
      ],
    },
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key assigned to an AWS secret key setting',
    severity: 'critical',
    cwe: 798,
    keywords: [
      'secret_access_key',
      'secretaccesskey',
      'secret-access-key',
      'aws_secret_key',
      'aws_secret',
      'awssecret',
    ],
    pattern:
      /(?:secret[_.-]?access[_.-]?key|aws[_.-]?secret(?:[_.-]?key)?)\\?["']?\]?\s{0,5}(?::=|=>|=|:)\s{0,5}\\?["']?([A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/i,
    entropy: 3.5,
    allow: [/EXAMPLE/, /^[0-9a-f]{40}$/],
    samples: {
      positive: [
        '"{\\"awsSecretKey\\":\\"Rq8vN2kLp5Tz0WbXc7YhJ3mFd9Gs1AeU4iOyK6nV\\"}"',
        'aws_secret_access_key = up4ru6nD1f3o5WBr4i7YsmRtFre8Kyi432RnYrec',
        'AWS_SECRET_ACCESS_KEY: "bfnGvj33rFV0bmpXhfANcZSIvkVlb1f0ARU3ZrNb"',
        '  "SecretAccessKey": "90SD9pVg8qIurAM+GyJW/aZFrFLDC3uW4HbrCbGB",',
      ],
      negative: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'aws_secret_access_key = mg4YASabM9r1pnzxXHVBAZLlyKtGDCmPJwnbXut',
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        'aws_secret_access_key = 4308be002dd60539c326afe6e8fb172d1407668b',
      ],
    },
  },
  {
    id: 'aws-session-token',
    description: 'AWS temporary session token (STS)',
    severity: 'high',
    cwe: 798,
    keywords: ['session_token', 'sessiontoken', 'session-token', 'security_token', 'security-token'],
    pattern:
      /(?:aws[_.-]?(?:session|security)[_.-]?token|x-amz-security-token|sessiontoken)["']?\s{0,5}(?::=|=|:)\s{0,5}["']?([A-Za-z0-9+/]{100,2048}={0,2})(?![A-Za-z0-9+/=])/i,
    entropy: 4,
    samples: {
      positive: [
        'aws_session_token = FwoGZXIvYXdzEB6NDS3ZlYkah4kTc/LEQnr6+g6MkGk2zgEY4Ng9b0es86VfMzaXPDsDnVe+QBKyf949Pvem2ugteNdYV4E5aFdnYMfBv94xwJSM0NqDp5C3MlkTjM44S/ckl9a64Aap1JO9MOEmcRwwkCMQJbGGaxkyjKVt0lU9MJLLwE4d+rDaieNGzBXVe',
        '    "SessionToken": "IQoJb3JpZ2luX2VjEAIJV3q4FAz6J2XeMR7NTCzdRfTan+w+LNYEE32TiJxoPlkdMzkUbX4UzfM0yJf+C6ZG34ozFLrLUPJ/gvJLszm198gUFIyklGfOwvc51+OqnZLJkp3kULOjIaWKHvSmgebzAXAIUNKnivkhlln3D7Eth/z+M7m9l0Ou5kFi5bUECqxuMb99Kl4i3epHUjsmQ3sTR8jKOo2P69Q6FX9mM1yrT+uX4jD8Ek5YATlZM2Lk3gR9g",',
      ],
      negative: [
        'aws_session_token = ${AWS_SESSION_TOKEN}',
        'aws_session_token = 9ue10pYGHXVsSdK3zi8fq1rqaIiufSFBRulq5LW3noMW+G2GHRO3wvlfaoIS',
        'sessionToken: null',
      ],
    },
  },
  {
    id: 'aws-mws-auth-token',
    description: 'Amazon Marketplace Web Service (MWS) auth token',
    severity: 'high',
    cwe: 798,
    keywords: ['amzn.mws.'],
    pattern: /(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])/,
    samples: {
      positive: ['mws_auth_token: amzn.mws.2b60a547-bb17-b080-3e36-29f900fc64c8'],
      negative: [
        'mws_auth_token: amzn.mws.5fc017e7-ace7',
        'see https://docs.developer.amazonservices.com/amzn.mws.auth',
      ],
    },
  },
  {
    id: 'aws-appsync-api-key',
    description: 'AWS AppSync GraphQL API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['da2-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(da2-[a-z0-9]{26})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        '"aws_appsync_apiKey": "da2-k0ruesv4rz08gavqerfbn73bjh",',
        "headers: { 'x-api-key': 'da2-j2le6fm44k5qwlu0yrd10414gz' }",
      ],
      negative: ['"aws_appsync_apiKey": "da2-fhxkewzyw78dqan1q8w5",', 'const prefix = "da2-";'],
    },
  },
  {
    id: 'gcp-api-key',
    description: 'Google API key (Cloud, Maps, Firebase, Gemini)',
    severity: 'high',
    cwe: 798,
    keywords: ['aiza'],
    pattern: /(?:^|[^A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: [
        '  "apiKey": "AIzazpfbeHeYBy53LtCkeyde0trkDb0SsTDFRDN",',
        'GEMINI_API_KEY=AIzaYz7y-82K2a-vu2ZDe6aDDhmlM342awQWvGk',
      ],
      negative: [
        '  "apiKey": "AIzaL2KpKFeDaE0F_ckdWWBefOmWMaSRNb",',
        '  "apiKey": "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",',
        'const marker = "AIza";',
      ],
    },
  },
  {
    id: 'gcp-service-account-key',
    description: 'Google Cloud service account key file (private_key_id of a JSON key)',
    severity: 'critical',
    cwe: 321,
    keywords: ['private_key_id'],
    pattern: /"private_key_id"\s{0,5}:\s{0,5}"([0-9a-f]{40})"/,
    samples: {
      positive: ['  "private_key_id": "9464befccb2a4a98db1b2766406f55258680a6d2",'],
      negative: [
        '  "private_key_id": "7b8a7ce0ef74cb69dfdb",',
        '  "private_key_id": "<private-key-id>",',
        'private_key_id = key.id',
      ],
    },
  },
  {
    id: 'gcp-oauth-client-secret',
    description: 'Google OAuth client secret',
    severity: 'high',
    cwe: 798,
    keywords: ['gocspx-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        '"client_secret":"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"',
        'GOOGLE_CLIENT_SECRET=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',
      ],
      negative: [
        'GOOGLE_CLIENT_SECRET=GOCSPX-zFV1YPG-DQp2ncsuGFBE',
        'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
  {
    id: 'gcp-oauth-access-token',
    description: 'Google OAuth 2.0 access token',
    severity: 'high',
    cwe: 798,
    keywords: ['ya29.'],
    pattern: /(?:^|[^A-Za-z0-9_.-])(ya29\.(?:[a-z]\.)?[A-Za-z0-9_-]{30,2048})(?![A-Za-z0-9_-])/,
    entropy: 4,
    samples: {
      positive: [
        'Authorization: Bearer ya29.ocmuf37jkpuLTsblUilLA1IsR4t-Wl-49zlTLMvLgKT19qEoh41w8wmmC7nEGRcaFNVn_vKKTbu5ElpTUPNXfX_M_yvNvtb0zCJ_Gm3TVMBqP5KMiL1QxFk_SehW9b4JULh-IQFvBw_s9prxkKjqe5',
        'token = "ya29.c.E691ZxDndjflR-ZM08n0TRsgcC1a3SZ7cH3OpNNX8ncmjEWBieKzBoysiuqdY1EcvNVLy3RIe8pn5v20whAfMaXFWffTIiSuo2m9qxKXivK0v4_ny3g8LWOop19WFyGpixy4oLA3kzW68Xad_Ag-lgN0dgm4_VOPMkR2STzuSc4-ebgmQEHa"',
      ],
      negative: ['token = "ya29.xZaa0gu5ykYN"', 'token = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
    },
  },
  {
    id: 'gcp-oauth-refresh-token',
    description: 'Google OAuth 2.0 refresh token',
    severity: 'high',
    cwe: 798,
    keywords: ['1//0'],
    pattern: /(?:^|[^A-Za-z0-9_/])(1\/\/0[A-Za-z0-9_-]{40,512})(?![A-Za-z0-9_-])/,
    entropy: 4,
    samples: {
      positive: [
        '"refresh_token": "1//0Urarhd6XXKcTZgeYZeP-necGWfgDbx4p10Fcg7udb8LbKOkh9Iv5AGfqBF0cLNDA6x6-E4FQp0SdONGisQv8M4q8eMWETTZ5YwsG",',
      ],
      negative: ['"refresh_token": "1//00Bhw3Q0jQoN4Fl-sUV13",', 'ratio = 1//0'],
    },
  },
  {
    id: 'azure-storage-key',
    description: 'Azure Storage or Cosmos DB account key',
    severity: 'critical',
    cwe: 798,
    keywords: ['accountkey'],
    // Azure's own keys are 64 bytes (86 base64 characters + `==`); connection strings to an emulator
    // or a local endpoint carry keys of other lengths and are credentials all the same.
    pattern: /AccountKey["']?\s{0,5}[:=]\s{0,5}["']?([A-Za-z0-9+/]{40,86}={0,2})(?![A-Za-z0-9+/=])/i,
    entropy: 4,
    // The public, documented key of the Azurite / storage emulator.
    allow: [/^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq\/K1SZFPTOtr\/KBHBeksoGMGw==$/],
    samples: {
      positive: [
        'DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey=Z8BsUtuNru3GJx3h1DOecYuKILnGY2TNYoku9eqF/fpdmV4TP4SyW4JiEn0yfHcAwfG8Rj2Ut6BU+2BwqgnuJP==;EndpointSuffix=core.windows.net',
        'AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=y8CECUi7izitT1obSHJ+fRlR3l1ItZvZuwcnVjaqVhWJH/u7ZDJJvWmzeWsu9sJL6x/53TmLokz2/1ls4pCNbt==;',
        '  "accountKey": "2mgrWE5gNlhSbPIb89UK4p5zDjYmIQ9EL2vkleFV3BwGM5pPZsDkDlb/aAUOlrlsEfNeQ8fuCZe+Jy/mrPPM50==",',
        'DefaultEndpointsProtocol=http;AccountName=local1;AccountKey=hNg4RVoIpaySZH1z4MGEvkS3yWsBAnsidZIVbRJb4WasBOCohT1J+g5BSwm1a8goPA0yLOSSans=;BlobEndpoint=http://127.0.0.1:10000/local1;',
      ],
      negative: [
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
        'DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey=rBTpJP7vhBaH+6bRAvjR4Gmi==;',
        'DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey=${STORAGE_KEY};',
      ],
    },
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature (SAS) token with its signature',
    severity: 'high',
    cwe: 798,
    keywords: ['sig='],
    pattern:
      /(?:^|[?&;=:"'\s])sv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,400}?&sig=((?:[A-Za-z0-9+/]|%2[BFbf]){30,100}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])/,
    entropy: 3.5,
    samples: {
      positive: [
        'BACKUP_URL=https://prodstore.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=8tlbVBCXQKsFGrVh7DSVivGraFSU06%2FlO9eSBe73xZD%3D',
        '"sasToken": "?sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupx&se=2025-12-31T23:59:59Z&sig=aWVJc7PluaJzN523NkZfnzJc5hySxu9lbgOPtMXixbq="',
      ],
      negative: [
        'url = "https://prodstore.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=<signature>"',
        'url = "https://prodstore.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=abc"',
        'url = "https://api.vendor.io/hook?sig=1MaZpfSHyxeqDNKBp0YPphWHYeJ91ewY12CJV0hRVTA="',
      ],
    },
  },
  {
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    severity: 'critical',
    cwe: 798,
    keywords: ['q~'],
    pattern: /(?:^|[^A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    entropy: 3.5,
    samples: {
      positive: [
        'AZURE_CLIENT_SECRET=U207Q~iHzI7iFaIk.jE6LsE3mhA~wew9oR6B9gy',
        '"clientSecret": "cC18Q~Hedvo46FWMFbMS0iccsRkh3CTLDLM8pmC"',
      ],
      negative: [
        'AZURE_CLIENT_SECRET=j4r7Q~BHHIxCfSYn0x',
        'AZURE_CLIENT_SECRET=abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
  {
    id: 'azure-devops-pat',
    description: 'Azure DevOps personal access token',
    severity: 'high',
    cwe: 798,
    keywords: ['devops', 'vsts', 'ado_pat', 'ado_token', 'azdo'],
    // The legacy 52-character base32 form needs a DevOps key name; the current 84-character form
    // carries its own signature (`AZDO` at offset 76) and is recognised anywhere.
    pattern:
      /(?:(?<=(?:devops|vsts|(?<![A-Za-z])ado)[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?)[a-z2-7]{52}|(?<![A-Za-z0-9])[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'AZURE_DEVOPS_PAT=lxzy23ptjm5uljnbw3ubhxiio54npjjq2dyo7l76vblmq23i3yvi',
        'ado_token: "z2bXRPSyiDoVngc8XI3a2ZenmDHhVOPUNa1wurOX83tstnSfemRXKIehaRjygmxFjL23Nc2A6WpuAZDOaUVH"',
        'export VSTS_TOKEN=6saadadydhrxonw44nbth7l36arf5km7x26t4kyklqb7qnchfmaf',
        'azure devops pat = GLYx4TYXSIgesxrS5RU6s4PcQXVRdzhLeab9pKrsenW8sipO8wsiJQQJ99tW8FMV9ZidDlDxpsCJAZDOnCVw',
      ],
      negative: [
        'AZURE_DEVOPS_PAT=$(System.AccessToken)',
        'devops_url = "https://dev.azure.com/contoso"',
        'AZURE_DEVOPS_PAT=srqbjbjpwcmpqfue5qd3hbrotdpjpfcrhegkwgd6',
      ],
    },
  },
  {
    id: 'azure-shared-access-key',
    description: 'Azure Service Bus, Event Hubs or IoT Hub shared access key',
    severity: 'critical',
    cwe: 798,
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    entropy: 4,
    samples: {
      positive: [
        'Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=EtVVC/SRIx60drq5A/G5aPPsuq1UOIaQhaZYEQqRzxf=',
        'HostName=plant-hub.azure-devices.net;DeviceId=press-07;SharedAccessKey=jMvw0gowCP7qN7uKjYpiZQsQVP2Xr65B6ArjJPNE3ge=',
      ],
      negative: [
        'Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
        'Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey',
      ],
    },
  },
  {
    id: 'azure-app-configuration-secret',
    description: 'Azure App Configuration connection string secret',
    severity: 'high',
    cwe: 798,
    keywords: ['azconfig.io'],
    pattern: /\.azconfig\.io;Id=[^;\s"']{1,64};Secret=([A-Za-z0-9+/]{40,60}={0,2})(?![A-Za-z0-9+/=])/,
    entropy: 4,
    samples: {
      positive: [
        'APP_CONFIG=Endpoint=https://prod-cfg.azconfig.io;Id=BrfF-l0-s0:20G7UMUM1XBGoxHVITma;Secret=hm5BBUGp0GTNNnIJRcXnSoCH1xzeQPR72MVLsWWMmJK=',
      ],
      negative: [
        'APP_CONFIG=Endpoint=https://prod-cfg.azconfig.io;Id=CAJc-l0-s0:BfWrYS92Y4o0L4V3O4IR;Secret=${APPCONFIG_SECRET}',
      ],
    },
  },
  {
    id: 'azure-function-key',
    description: 'Azure Functions key in a function URL',
    severity: 'medium',
    cwe: 798,
    keywords: ['azurewebsites.net'],
    pattern:
      /\.azurewebsites\.net\/api\/[^\s?"']{1,100}\?(?:[^\s"'#]{0,200}&)?code=([A-Za-z0-9_/+-]{40,100}={0,2})(?![A-Za-z0-9_/+=-])/,
    entropy: 4,
    samples: {
      positive: [
        'curl "https://billing-fn.azurewebsites.net/api/invoice?code=PWEM11ty6_MbRAOJOLH6TlVZysfwrXv4bxgnzErWMn9A2pt4h1CqOF=="',
      ],
      negative: [
        'curl "https://billing-fn.azurewebsites.net/api/invoice?code=<function-key>"',
        'https://billing-fn.azurewebsites.net/api/invoice',
      ],
    },
  },
  {
    // Atlas Admin API service accounts: the client ID is `mdb_sa_id_` and 24 hex (public half),
    // the client secret `mdb_sa_sk_` and a random token (the credential).
    id: 'mongodb-atlas-service-account-secret',
    description: 'MongoDB Atlas service account client secret',
    severity: 'high',
    cwe: 798,
    keywords: ['mdb_sa_sk_'],
    pattern: /(?:^|[^A-Za-z0-9_-])(mdb_sa_sk_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'ATLAS_CLIENT_SECRET=mdb_sa_sk_Qm3v_T8rLw2XkP9nYd4Hc7Bz1GfJs6Va0NuEyRoK5tWi',
        '"clientSecret": "mdb_sa_sk_h7Dk2PqX9mWz4R-vT1bNc8YfL3sJg6Ue0AoKi5Hr"',
      ],
      negative: ['ATLAS_CLIENT_ID=mdb_sa_id_65f1c0a9e4b2d37f81a6c0de', 'secret: mdb_sa_sk_<secret>'],
    },
  },
];
