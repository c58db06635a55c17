import type { Rule } from '../rule.types';
import { alnum, namedKeyRule, THREE_PART, UUID } from './named-key-rule';

// Project management, documents, forms and time tracking.
// Keys without a distinctive shape, found by the provider's name in the key name (see
// named-key-rule.ts). Value formats follow each provider's API documentation.
export const productivityRules: Rule[] = [
  namedKeyRule({
    id: 'mavenlink-api-token',
    description: 'Mavenlink (Kantata) API token',
    names: ['mavenlink'],
    value: alnum(64),
    samples: {
      positive: [
        'MAVENLINK_API_KEY=99cacebe93f43be01963e8ac8c026de8bd1bde23184f56224bd9c1bb36ca92ae',
        '"mavenlinkToken": "4629d92597990cd79bc678a3bb9344fee65d7c9f9e7dd4d52308d6465b59448e",',
      ],
      negative: [
        'MAVENLINK_API_KEY=99cacebe93f43be01963e8ac8c026de8',
        'MAVENLINK_ACCOUNT_ID=33a2d8fe90714ec7068c108cb1fe8a3fc3e5698b62c85f78fcea27cf1cf31dbf',
        'MAVENLINK_API_URL=https://api.mavenlink.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'meistertask-api-token',
    description: 'MeisterTask API token',
    names: ['meistertask'],
    value: alnum(43),
    samples: {
      positive: [
        'MEISTERTASK_API_KEY=O1eZlRs0wmsmScv3E1Nw2UnLT6zvGbGnPprVyW9TI2o',
        '"meistertaskToken": "JHM2IQVtgrrRM4XOWJIDLz5hfOSKCYxsT68CdjsOdKd",',
      ],
      negative: [
        'MEISTERTASK_API_KEY=O1eZlRs0wmsmScv3E1Nw2',
        'MEISTERTASK_ACCOUNT_ID=dzyaNWNxNfvkNBXSaw9jvVGpni5viwJWhdiLkmqL6GV',
        'MEISTERTASK_API_URL=https://api.meistertask.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'mindmeister-api-token',
    description: 'MindMeister API token',
    names: ['mindmeister'],
    value: alnum(43),
    samples: {
      positive: [
        'MINDMEISTER_API_KEY=ktBv48OZum1IKR9NWfbiDXsDWB5viyhxpTYgzR8TpWK',
        '"mindmeisterToken": "2FKcMjAPRXMREM9ACg4MYndu2JFqPDXFehSNXC4DokQ",',
      ],
      negative: [
        'MINDMEISTER_API_KEY=ktBv48OZum1IKR9NWfbiD',
        'MINDMEISTER_ACCOUNT_ID=cWPpDckpWXdI99EKmnmJt1U3VhizUCZpaukaW9TRFkb',
        'MINDMEISTER_API_URL=https://api.mindmeister.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'miro-access-token',
    description: 'Miro access token',
    names: ['miro'],
    value: '[a-z0-9_-]{27}',
    samples: {
      positive: ['MIRO_API_KEY=MjJS4f59X0eKitvJTY8nAlESAJ4', '"miroToken": "TEdcwhve1gptM8ZCNtx7bSs1M8F",'],
      negative: [
        'MIRO_API_KEY=MjJS4f59X0eKi',
        'MIRO_ACCOUNT_ID=3HCfuzhkKC6CinfYTqKdzaREvxI',
        'MIRO_API_URL=https://api.miro.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'myintervals-api-token',
    description: 'Intervals (myintervals) API token',
    names: ['myintervals'],
    value: alnum(11),
    entropy: 2.8,
    samples: {
      positive: ['MYINTERVALS_API_KEY=aynixa3fi58', '"myintervalsToken": "d2c4tqfa9or",'],
      negative: [
        'MYINTERVALS_API_KEY=aynix',
        'MYINTERVALS_ACCOUNT_ID=hlj09jxj858',
        'MYINTERVALS_API_URL=https://api.myintervals.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'noticeable-api-key',
    description: 'Noticeable API key',
    names: ['noticeable'],
    value: alnum(20),
    samples: {
      positive: ['NOTICEABLE_API_KEY=5IzWd7l4xtQf35eM4xeh', '"noticeableToken": "bs9RdyRxWlAx9LXkGoD5",'],
      negative: [
        'NOTICEABLE_API_KEY=5IzWd7l4xt',
        'NOTICEABLE_ACCOUNT_ID=szgRpyPDOwKADeGUIMpI',
        'NOTICEABLE_API_URL=https://api.noticeable.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'nozbe-api-token',
    description: 'Nozbe API token',
    names: ['nozbe', 'nozbeteams'],
    value: '[a-z0-9]{16}_[a-z0-9_-]{64}(?:==)?',
    samples: {
      positive: [
        'NOZBE_API_KEY=nmTVP0RrEv6aR3xt_LoHfmSlJk23OQOUOu5m3txlXCS2w8mUwxmGb4asN0wVELuKV7qolI93cepi0pPeW',
        '"nozbeToken": "IWlbsQfvJeppdIwH_ZPe1uOKUITJGCfSIgIzXaPCCy2h2aqwirta6hJ2JL0qpe47BDeyYBIMAEohmAmBO",',
      ],
      negative: [
        'NOZBE_API_KEY=nmTVP0RrEv6aR3xt_LoHfmSlJk23OQOUOu5m3txl',
        'NOZBE_ACCOUNT_ID=WXRXXrvsTWQ5Rg6J_UbKc74PrIGJXI6meWrL1WHEqFHosmWirzrEvnT8xnZveSZUusnSYIAg7ZlwL6qWt',
        'NOZBE_API_URL=https://api.nozbe.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'pandadoc-api-key',
    description: 'PandaDoc API key',
    names: ['pandadoc'],
    value: alnum(40),
    samples: {
      positive: [
        'PANDADOC_API_KEY=d0e5e72f04c056f9e5cf61a23a6e4b606d1939df',
        '"pandadocToken": "d7396091c95b8e21564886122f1cae28518d85ed",',
      ],
      negative: [
        'PANDADOC_API_KEY=d0e5e72f04c056f9e5cf',
        'PANDADOC_ACCOUNT_ID=b87f4e097f6c428f924b9f22b023b1120869ade9',
        'PANDADOC_API_URL=https://api.pandadoc.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'parseur-api-key',
    description: 'Parseur API key',
    names: ['parseur_', 'parseur-', 'parseur.io'],
    value: alnum(40),
    samples: {
      positive: [
        'PARSEUR_API_KEY=05b347eedaffea3def03a5cf4dd28a8c549954a5',
        'parseur_token: "9a2a45c984c2f6ea23dd6786d93e978211f857e2"',
      ],
      negative: [
        'PARSEUR_API_KEY=05b347eedaffea3def03',
        'PARSEUR_ACCOUNT_ID=5b50f1143b0fbe6c4e45e56e17a7770184209595',
        'PARSEUR_API_URL=https://api.parseur.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'paydirt-api-key',
    description: 'Paydirt API key',
    names: ['paydirtapp', 'paydirt'],
    value: alnum(32),
    samples: {
      positive: [
        'PAYDIRTAPP_API_KEY=3f3a413cc2fe8c812f33da04da4f87ce',
        '"paydirtappToken": "a004a2b4ec826398d1628b5b90da40ee",',
      ],
      negative: [
        'PAYDIRTAPP_API_KEY=3f3a413cc2fe8c81',
        'PAYDIRTAPP_ACCOUNT_ID=c6b2c4dd467212287703135d59162701',
        'PAYDIRTAPP_API_URL=https://api.paydirtapp.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'paymo-api-key',
    description: 'Paymo API key',
    names: ['paymoapp', 'paymo'],
    value: alnum(44),
    samples: {
      positive: [
        'PAYMOAPP_API_KEY=HYm6EVGqDRaEnsyaNSQnv29kUtN5WPqQhqw2g6UsB0Yx',
        '"paymoappToken": "soSpqHNw3C1gOZMuU0TEJkPzUemsmrlV48R2Mrp1xMLe",',
      ],
      negative: [
        'PAYMOAPP_API_KEY=HYm6EVGqDRaEnsyaNSQnv2',
        'PAYMOAPP_ACCOUNT_ID=FCRq5Y6DkGh7oDuLsdIKQjEKCPnlLRXOzVScxOn3A0xS',
        'PAYMOAPP_API_URL=https://api.paymoapp.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'planyo-api-key',
    description: 'Planyo API key',
    names: ['planyo'],
    value: alnum(62),
    samples: {
      positive: [
        'PLANYO_API_KEY=sm7hG8GSxHYvQO7Y6IXckyfgOoymvZ1AKn6amAERddrU7UY7r1kgyKw6B5McLR',
        '"planyoToken": "XB0C2DJRCf9eRzUNdwGbEak4AFoQQow6muluPLTA8372ZtZGIO550epghcJhex",',
      ],
      negative: [
        'PLANYO_API_KEY=sm7hG8GSxHYvQO7Y6IXckyfgOoymvZ1',
        'PLANYO_ACCOUNT_ID=WwTBRvMZqB6fkeA8UP87zA2aDvqyeKKVE9jvlinQkmQ9AYQAZfjK7f95TZP3Vu',
        'PLANYO_API_URL=https://api.planyo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'podio-api-token',
    description: 'Podio API token',
    names: ['podio'],
    value: alnum(32),
    samples: {
      positive: [
        'PODIO_API_KEY=jLKiP9UMYdDqYmYyvbHzmSQljedJcgAA',
        '"podioToken": "YG7GKoTg49Qhl8CDaNzrRC8oDnYPGpEp",',
      ],
      negative: [
        'PODIO_API_KEY=jLKiP9UMYdDqYmYy',
        'PODIO_ACCOUNT_ID=oHMSBOzPH1H65SsMdboiJMidWVTUcbRI',
        'PODIO_API_URL=https://api.podio.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'prodpad-api-key',
    description: 'ProdPad API key',
    names: ['prodpad'],
    value: alnum(64),
    samples: {
      positive: [
        'PRODPAD_API_KEY=51d86e96f249d03b9d2cac1b72ba1efbdf4b8dc56f2a2b0d2e7e6d0b103cc941',
        '"prodpadToken": "7ed26811258dbf934f7a6e008c398a372b946420c57b38e57b2fa27d07ca5d4f",',
      ],
      negative: [
        'PRODPAD_API_KEY=51d86e96f249d03b9d2cac1b72ba1efb',
        'PRODPAD_ACCOUNT_ID=2fb3e92d22cc7b5b0185232efba025b2aa6be471e97d93c0c3a1aca21e1dad84',
        'PRODPAD_API_URL=https://api.prodpad.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'protocols-io-api-key',
    description: 'protocols.io API key',
    names: ['protocolsio', 'protocols.io', 'protocols'],
    value: alnum(64),
    samples: {
      positive: [
        'PROTOCOLSIO_API_KEY=98160b5326cbfcbfb1156cf63d733f4d3b7689ddd6fdedc712f2aeb82121a859',
        '"protocolsioToken": "7019d9bad9cadde592147f1f9bc5726ba4b00a84eb37df8ef90dffe85a7ab3a2",',
      ],
      negative: [
        'PROTOCOLSIO_API_KEY=98160b5326cbfcbfb1156cf63d733f4d',
        'PROTOCOLSIO_ACCOUNT_ID=0c1182490d94d5eb1aaf3316d9e9a57c1c7fe4de9ab6d129bba43bc1b76cff6a',
        'PROTOCOLSIO_API_URL=https://api.protocolsio.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'sherpadesk-api-key',
    description: 'SherpaDesk API key',
    names: ['sherpadesk'],
    value: alnum(32),
    samples: {
      positive: [
        'SHERPADESK_API_KEY=BDayuqmA15dpUKTAtFByeBxKUt9hlKcv',
        '"sherpadeskToken": "Lu9DIsOVggGVGRuVyuNZKSGlxqzWHL9q",',
      ],
      negative: [
        'SHERPADESK_API_KEY=BDayuqmA15dpUKTA',
        'SHERPADESK_ACCOUNT_ID=tenOtos1jjNe6AmvuLupHbQ3yGWRYl99',
        'SHERPADESK_API_URL=https://api.sherpadesk.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'shortcut-api-token',
    description: 'Shortcut (Clubhouse) API token',
    names: ['shortcut', 'clubhouse'],
    value: UUID,
    samples: {
      positive: [
        'SHORTCUT_API_KEY=7b380180-5a4f-9b75-2e1b-3e240df5754f',
        '"shortcutToken": "b80ccd87-e118-daa8-365b-19ce2e96cd59",',
      ],
      negative: [
        'SHORTCUT_API_KEY=7b380180-5a4f-9b75',
        'SHORTCUT_ACCOUNT_ID=20e76813-9c8f-536e-2168-848b6474fb2c',
        'SHORTCUT_API_URL=https://api.shortcut.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'signaturit-api-token',
    description: 'Signaturit access token',
    names: ['signaturit'],
    value: alnum(86),
    samples: {
      positive: [
        'SIGNATURIT_API_KEY=lQulvbttiD4m1eM3YyCMDhPYqTGLDB7X7psZ1rd7R8i6t0nlLWGJEEe9RRqNUpGoI7y2KmIxmssjYqxOFemwGa',
        '"signaturitToken": "AvnEZgh5gS8z00FK2Xq72pmruuYjb6pvFywgQY8rMNdaAwHvTyf0TAWh0GAUmddnuftG1EGjTAheT26bhloJca",',
      ],
      negative: [
        'SIGNATURIT_API_KEY=lQulvbttiD4m1eM3YyCMDhPYqTGLDB7X7psZ1rd7R8i',
        'SIGNATURIT_ACCOUNT_ID=9nycHJD4PAZGcyIeczfqtX7TFFKiXvD4fGpt51czD8kuUXlTDLWeXpgsV8aSdLlBSzWEhyw4678aaK0hDzDm8b',
        'SIGNATURIT_API_URL=https://api.signaturit.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'signupgenius-api-key',
    description: 'SignUpGenius API key',
    names: ['signupgenius'],
    value: alnum(32),
    samples: {
      positive: [
        'SIGNUPGENIUS_API_KEY=4b74a4538db09a1ccd75334b3e78e142',
        '"signupgeniusToken": "fc327a8d1498eba1f53bfbe11415b58c",',
      ],
      negative: [
        'SIGNUPGENIUS_API_KEY=4b74a4538db09a1c',
        'SIGNUPGENIUS_ACCOUNT_ID=92ea7513dce17d13b9ebe270347d023d',
        'SIGNUPGENIUS_API_URL=https://api.signupgenius.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'smartsheet-access-token',
    description: 'Smartsheet API access token',
    names: ['smartsheets', 'smartsheet'],
    value: '[a-z0-9]{37}|[a-z0-9]{26}',
    severity: 'high',
    samples: {
      positive: [
        'SMARTSHEETS_API_KEY=ZWjH8oYmJ10bQC2lYiLAdqX4KLkuFJ2Si7gIH',
        '"smartsheetsToken": "vjWAHlTGS1B7Sv5mzzMB7MLqmWykjorhT2IGE",',
      ],
      negative: [
        'SMARTSHEETS_API_KEY=ZWjH8oYmJ10bQC2lYi',
        'SMARTSHEETS_ACCOUNT_ID=9eMtvyrbLYfGLOvt2lIKJzwcoVRRTwSW99qHp',
        'SMARTSHEETS_API_URL=https://api.smartsheets.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'stormboard-api-key',
    description: 'Stormboard API key',
    names: ['stormboard'],
    value: alnum(40),
    samples: {
      positive: [
        'STORMBOARD_API_KEY=f2nyxPICgajKixFNN11iJk37cj7bWUquOGP0TpVu',
        '"stormboardToken": "OFitfRxxhyc60sZMJ7WVoaZyIVUKJqX7900PIA6p",',
      ],
      negative: [
        'STORMBOARD_API_KEY=f2nyxPICgajKixFNN11i',
        'STORMBOARD_ACCOUNT_ID=yON6DYaDF9YkMmZcQU154Q4WfMYvt7r6KK7zDbaC',
        'STORMBOARD_API_URL=https://api.stormboard.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tallyfy-access-token',
    description: 'Tallyfy access token',
    names: ['tallyfy'],
    value: THREE_PART,
    samples: {
      positive: [
        'TALLYFY_API_KEY=AaIaEi4AN59dmQTMczYFmI0WQLYcmCgXD3MFO2KJ.HqvbDersIz3Xxre8HZbJSUnB87WmlXmib01fC5ZzQrIbfzrEldsyHWIvyPFUI0Xh7qQ1SFnyMsoTQOgl0Ez2Zu7f3ejq7VPvpclkVkXzT1FdGP4pDh4r5AOr.kECcPgiU2xe62YzD4zz0wVker2RqdQpZjf2cBsPtMO5ZPq8iIMGcHyTT4xg0gi5DCfZXY1m74wdoepbpEwFzR2LqVxWBFB2lsRoh7wGwssdAkjD5mB8Zs5w0ccS2s09uTSdbC9MdaSzaluFsf3GywIGwZYFLXAljv2pxIFgMBCudHQJsxMd9ZlbXXD9xfG8Wm91C6jPX',
        '"tallyfyToken": "9OEBhe9MvGwBMIXZpQANsbDCIOMOE8ln5O1cynHr.fbGk9TKb060rejBsVdvZYcDc2vpPHUftjteFmeLP0PPuKFqin3Lai8bQlxgs9nB8woHNMyFWCGguzE0oU14bk4RRJdgRR6GMfG4dwJhJfhk3kEGTuqIWLckZ.gAgiGVFnDiI0yu08G19TPlTg1K7tQqNY7TmNmWnc2MVBjUjPkw6FyIMv1BDp9Gll7RUzXSM223VPpGKHaVlxsBR60JOAxAzakzhR3321AO9zl1YG5xwmllW3CWja5jaDFhlAS4PoW9dnnSh2Cv4QcdA7m51G3e56Bo9O1WVAMFhCGnbRZ7B9KFraVUVFgrWsN5xAiLRF",',
      ],
      negative: [
        'TALLYFY_API_KEY=AaIaEi4AN59dmQTMczYFmI0WQLYcmCgXD3MFO2KJ.HqvbDersIz3Xxre8HZbJSUnB87WmlXmib01fC5ZzQrIbfzrEldsyHWIvyPFUI0Xh7qQ1SFnyMsoTQOgl0Ez2Zu7f3ejq7VPvpclkVkXzT1FdGP4pDh4r5AOr',
        'TALLYFY_ACCOUNT_ID=sSFSGgD8Bu4KNNTbF0u4BpVBivFZpz8P4TFJaD2f.qUpwj0t7jEfI1sDEmarMVkUHRkwbv0iK962rZf1GxG1q3EIrXcK21O8Y1nOfX9vdneoPyi2UeO0Y767V2B9reup5ARxKFvb2saDmOKkcTyM0o1nc2rX2sRDQ.vuWLCgsu3n5K5KnwpowjonSzQfo8ceMlFz1F51unZt4R1g5DDZeM1ls3vTaTzomXlRd9HMDA67CSt6gnTiaUEJ6MLlKcTKVdF3El0XEIIGW3KRBxcaf2pLPYXD0wVagtUP6PdZsfeaEyAdBfVi1KBOPfk7piZOHSGmgItFeGly1s2LqiN17FRrVYITe61YCgjuM7yxXo',
        'TALLYFY_API_URL=https://api.tallyfy.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tefter-api-key',
    description: 'Tefter API key',
    names: ['tefter'],
    value: alnum(20),
    samples: {
      positive: ['TEFTER_API_KEY=kqcee1t65bdsw2xmcfs2', '"tefterToken": "0tq9yqtc4oe6onz9m12l",'],
      negative: [
        'TEFTER_API_KEY=kqcee1t65b',
        'TEFTER_ACCOUNT_ID=zkejol4i4hk2sefev04a',
        'TEFTER_API_URL=https://api.tefter.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'timecamp-api-token',
    description: 'TimeCamp API token',
    names: ['timecamp'],
    value: alnum(26),
    samples: {
      positive: [
        'TIMECAMP_API_KEY=bsdj6ewdsj7413fdmvpbm264id',
        '"timecampToken": "h0scn6iip5ez3cqfpfkdngglv0",',
      ],
      negative: [
        'TIMECAMP_API_KEY=bsdj6ewdsj741',
        'TIMECAMP_ACCOUNT_ID=qwvcehs5uoixlafyxr1v2j6gsu',
        'TIMECAMP_API_URL=https://api.timecamp.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'tmetric-api-token',
    description: 'TMetric API token',
    names: ['tmetric'],
    value: alnum(64),
    samples: {
      positive: [
        'TMETRIC_API_KEY=A0F28BA6BDA7E9C39D530F96B167051000D704A63769B97BA1E5279433A8540E',
        '"tmetricToken": "0DC87F31F2F37586A437F6312B471FF17D4E30783A60C789B92D28173C65AEFC",',
      ],
      negative: [
        'TMETRIC_API_KEY=A0F28BA6BDA7E9C39D530F96B1670510',
        'TMETRIC_ACCOUNT_ID=5B5289DE70A447E01D7F92C233146FAC1B6A304B5BB4E26A96CACE8360A4EB98',
        'TMETRIC_API_URL=https://api.tmetric.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'todoist-api-token',
    description: 'Todoist API token',
    names: ['todoist'],
    value: alnum(40),
    samples: {
      positive: [
        'TODOIST_API_KEY=36490b2b6b027fc95b424613945b56921dc8b920',
        '"todoistToken": "014fa6c2e49c28243d66097d5fd3671e6a2e5511",',
      ],
      negative: [
        'TODOIST_API_KEY=36490b2b6b027fc95b42',
        'TODOIST_ACCOUNT_ID=14de969de7b35926f875568bbe3d41339a730c5c',
        'TODOIST_API_URL=https://api.todoist.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'toggl-api-token',
    description: 'Toggl Track API token',
    names: ['toggltrack', 'toggl_', 'toggl-', 'toggl.'],
    value: alnum(32),
    samples: {
      positive: [
        'TOGGLTRACK_API_KEY=e26b43e0dd03e182c988bafff592149a',
        '"toggltrackToken": "35d73a1d44c64c6702af38ff3b4ec709",',
      ],
      negative: [
        'TOGGLTRACK_API_KEY=e26b43e0dd03e182',
        'TOGGLTRACK_ACCOUNT_ID=848b72664e36d8db2eb888073eda3aae',
        'TOGGLTRACK_API_URL=https://api.toggltrack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'trello-api-key',
    description: 'Trello API key',
    names: ['trello'],
    value: alnum(32),
    samples: {
      positive: [
        'TRELLO_API_KEY=a5980d8f71ff2f95fc4e9c1b72cc7f4c',
        '"trelloToken": "fccb49d7e10360c18918b11fb097faa2",',
      ],
      negative: [
        'TRELLO_API_KEY=a5980d8f71ff2f95',
        'TRELLO_ACCOUNT_ID=9c87fad66c995b083b14e28c0dcceccd',
        'TRELLO_API_URL=https://api.trello.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'viewneo-api-token',
    description: 'viewneo API token',
    names: ['viewneo'],
    value: THREE_PART,
    samples: {
      positive: [
        'VIEWNEO_API_KEY=Ym7KMJ9Ozsh56BkQOHAqg1nfk50A9D1uG6KEm304XFPKu3wdUQmGhp22ErbI.WCpZrc2N3bpnJtJowRdyirUGdfTThbvI9HdjnODtiREoNiYeRzHKMGMgUxRMSsGKAavZUFIqNigb0IeN.KYu5AeAbld6B6yIDT4cC4XbIhGwGXvbsBcNXFywG17hcGJzklshUHBE0pWjtB860zQEEhh4cbG8g1cBiQCQvklmLgSai35nYanEcQxGRzGbjPqotwO8UeGJS',
        '"viewneoToken": "nmfBFI3VDwKzYWf3xJFXXooTeeNA8xpl6stLHuwz688tjxOQ5NKLlzhjFX2l.xcbgMC4XxzqfVYvw8LN1D4lgqG6Cq9Sj7Flus4TkInf5xyBpHJ8Uu3oDoIERp6uIx1shjqMSYAxzR6aP.W3nJmEJTwQGzeynPLVjM7Hmgs9aM6uK6uspUQUaQaAlhe810y8AlNnS4howccRM2HAQTELMloh3H7ZqBob3s3cOyn3tl1xyAr47hzcseb8CHQte854nduSKF",',
      ],
      negative: [
        'VIEWNEO_API_KEY=Ym7KMJ9Ozsh56BkQOHAqg1nfk50A9D1uG6KEm304XFPKu3wdUQmGhp22ErbI.WCpZrc2N3bpnJtJowRdyirUGdfTThbvI9HdjnODtiREoNiYeRzHKMGMgUxRMSsGKAavZUFIqNigb0IeN',
        'VIEWNEO_ACCOUNT_ID=D02mESDGwBLPmjReu2TgyzHF0M8B2eSHdT0YGIDSjAYr8lczeBknCoLTJUfV.PcVEClQhyc7NsNchbBlcLsG6xIHeR1K99OAoXMEIVBLgnon0goKcs2VyUBh5Z4IZoGf5ebprB9wbRauf.sf8JUp91zWM0Cre9Ylq4esVz2NNihHT3Il5jQHG2HDV9NSZuNkaWg0eGJl7hLqicbYl7vl40OriPpHyw42VMId32O2j4qtWSjz2J21Z6nZGDEWYl9s2NQPzd',
        'VIEWNEO_API_URL=https://api.viewneo.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'vyte-api-key',
    description: 'Vyte API key',
    names: ['vyte'],
    value: alnum(50),
    samples: {
      positive: [
        'VYTE_API_KEY=pioiwcmxwgw9hhtz613gm59nqnanjytkz2xf9d924xzk558ws6',
        '"vyteToken": "zczkkq0qhayun6frdeyck11r37jahjbi78ursj5r83hcgnyq3k",',
      ],
      negative: [
        'VYTE_API_KEY=pioiwcmxwgw9hhtz613gm59nq',
        'VYTE_ACCOUNT_ID=34u5i51lqhmv2c866yp2qbtpi8rhfqip5pm1peif3b3jm97y5r',
        'VYTE_API_URL=https://api.vyte.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'worksnaps-api-token',
    description: 'Worksnaps API token',
    names: ['worksnaps'],
    value: alnum(40),
    samples: {
      positive: [
        'WORKSNAPS_API_KEY=WPbcTfwbaSgRtv2hA9GkQ5jow7TVRTGgZcwfnD6T',
        '"worksnapsToken": "MvIXVQ6ocbe1hg9NeN2i0JFS2K3L3XBc3FeQPUBQ",',
      ],
      negative: [
        'WORKSNAPS_API_KEY=WPbcTfwbaSgRtv2hA9Gk',
        'WORKSNAPS_ACCOUNT_ID=ed4fM4NWOrmTiMzRGBTHAswLblogLV9m3RDFKIVw',
        'WORKSNAPS_API_URL=https://api.worksnaps.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'workstack-api-token',
    description: 'Workstack API token',
    names: ['workstack'],
    value: alnum(60),
    samples: {
      positive: [
        'WORKSTACK_API_KEY=QIT50V9vzAOueT7krujrBfVmUIY3YyX3cKj2zMmKh3dQpJb62RFUSrbrLhI5',
        '"workstackToken": "joBi1C6HDuLZ5A3R6m57EptHY1LdholQvBS5UHoLWbercv8gKxNVCIrfQgVV",',
      ],
      negative: [
        'WORKSTACK_API_KEY=QIT50V9vzAOueT7krujrBfVmUIY3Yy',
        'WORKSTACK_ACCOUNT_ID=GqmTzi6aYjmBHyX7ySKSLjqP10YEkXrFM6cFHBuUUz04cVYgS3sH7o5wDlFI',
        'WORKSTACK_API_URL=https://api.workstack.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'wrike-access-token',
    description: 'Wrike permanent access token',
    names: ['wrike'],
    value: THREE_PART,
    severity: 'high',
    samples: {
      positive: [
        'WRIKE_API_KEY=q7yCMiNiwzLVNLmTCiUc06v0y5NZylq4ThelNDNkQ23ah2fufbq4t80dUIfU.wPWig6j0Yj5FJhTTbujyp1be9n2HPgweyqKKIUWLT4OfYOPildMp7h2hxjhB.qY4GlZIY7QyitublCNtFy9S495unFAq4hDqq9fKd3iza8op7WSbRDZvyL16som0p7RIQKJ8dYFLGGpmlwR1i1ESOjG66tJZF11YI',
        '"wrikeToken": "byRciJb2iSErnyyD3KLx5RrD1YiNZCGsDzOJsmL6Evu5itKJAcDSSogcAt6J.bckOICf89lCimykYOODP0tXnvnZdPzIjUUtPslZtdg6GWS4xGVGdg5WPHYFX.cqhQGPlDiOxPjQw8wUjqJzl2nsAvUTkDpCgBYHqrq2MUjFUx50vjNJW2SmbiinVBAUNUqgOzKKoGKZ798LikRHwUeEX6abJLhJyO",',
      ],
      negative: [
        'WRIKE_API_KEY=q7yCMiNiwzLVNLmTCiUc06v0y5NZylq4ThelNDNkQ23ah2fufbq4t80dUIfU.wPWig6j0Yj5FJhTTbujyp1be9n2HPgweyqKKIUWLT4OfYOPildMp7h2hxjhB',
        'WRIKE_ACCOUNT_ID=9kGPhxIX63fse4AzmlJkEoLCiHPKMA31DArm1Lbd8bdYuiTuYEGecc2gBHqy.ZRURDmmVUtHpcEBPKZOWhkhS6jrOJaEsP7g9rfhgDx2UiGL1MTjbin4icygI.TRLs89Cea2fMWORQgs22yYNTEl8ZRYIN9Zk4PFPmkGzX8nFNzY5Jg5nqxZKe1V7HRwkR2maW7hPpP5PjFit76uV8SVrZAiPf08Gj',
        'WRIKE_API_URL=https://api.wrike.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'yousign-api-key',
    description: 'Yousign API key',
    names: ['yousign'],
    value: alnum(32),
    samples: {
      positive: [
        'YOUSIGN_API_KEY=b2ab01f40c6436a972bfbc2b691c27cd',
        '"yousignToken": "1756126258e51ec181339963b9775862",',
      ],
      negative: [
        'YOUSIGN_API_KEY=b2ab01f40c6436a9',
        'YOUSIGN_ACCOUNT_ID=6913690a48cd78aa93bee6da190d6db9',
        'YOUSIGN_API_URL=https://api.yousign.com/v1/',
      ],
    },
  }),
  namedKeyRule({
    id: 'zenkit-api-key',
    description: 'Zenkit API key',
    names: ['zenkit'],
    value: '[a-z0-9]{8}-[a-z0-9]{32}',
    samples: {
      positive: [
        'ZENKIT_API_KEY=802wop8f-n70USepuHYuTKXouwPncJmQ7Co3opfmS',
        '"zenkitToken": "5y2l4f1h-jGePnVOiD6D26JXveuAqRAlJmzu8iLDY",',
      ],
      negative: [
        'ZENKIT_API_KEY=802wop8f-n70USepuHYu',
        'ZENKIT_ACCOUNT_ID=aibempj9-8RUDuxY2t4hSOjdnrw7KYcQoGZ9kss5M',
        'ZENKIT_API_URL=https://api.zenkit.com/v1/',
      ],
    },
  }),
];
