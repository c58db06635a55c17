import type { Rule } from '../rule.types';

// Package registries, infrastructure-as-code and secret managers.
export const devopsRules: Rule[] = [
  {
    id: 'npm-access-token',
    description: 'npm access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['npm_'],
    pattern: /(?:^|[^A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        '//registry.npmjs.org/:_authToken=npm_O7hb0Gs2cukwl0f2NUvR7B5zM3ol4FvNA60V',
        'NPM_TOKEN=npm_7pAzqCpIe2Gg4vRVAMiL6VV2e561cRpwnj8L',
      ],
      negative: [
        '//registry.npmjs.org/:_authToken=npm_su4JTIJoDtUz7EiL5IUx',
        'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'run npm_config_cache=/tmp/npm',
      ],
    },
  },
  {
    id: 'pypi-upload-token',
    description: 'PyPI API token',
    severity: 'critical',
    cwe: 798,
    keywords: ['pypi-ageichlwas5vcmc'],
    pattern: /(?:^|[^A-Za-z0-9_-])(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    entropy: 4,
    samples: {
      positive: [
        'password = pypi-AgEIcHlwaS5vcmcn2nPFwAFjliVbt17OQQU0adA_CnJmJCW2To812cVYz2ZHSJQBc0ZaM-WvCTnBHXJnlSw0yStUL8xQcq3jB3A_kOUoL7zPMgyPDV1_VQclcegZldF8IyQJXDMZK8U4OtlvHlCsRlSrNLG6fELgNfhca',
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcgbqLqo5yzIxB763EA0JE0HS3Xmp5lJ68ow_E-TjZPjXMyQG6ULtQr_Jj9N7Igem-3xNxhDeJoBMKTz1ambacPySraNR8JgPmnhK8EQ7P27dlZtupT5mlhdTr',
      ],
      negative: [
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc36RfrQwLmlSyf7fXWt5w',
        'TWINE_PASSWORD=pypi-EF3fg1T5IVyPPdn4znZj_x4SzFbr-zknPIitYH-nbNwIg0o9VpsvQ12Ym4mS-MNInnpoaO1QLow_Esa0',
      ],
    },
  },
  {
    id: 'docker-hub-pat',
    description: 'Docker Hub personal or organization access token',
    severity: 'high',
    cwe: 798,
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: /(?:^|[^A-Za-z0-9_])(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'DOCKERHUB_TOKEN=dckr_pat_sYBczuohn_ydgwyhM3gulnPABWH',
        'echo dckr_oat_WctMvSljZAVtvbSDePsEr8POursScGUX | docker login -u acme --password-stdin',
      ],
      negative: ['DOCKERHUB_TOKEN=dckr_pat_BFRSNFH6-m', 'DOCKERHUB_TOKEN=dckr_pat_<token>'],
    },
  },
  {
    id: 'vault-service-token',
    description: 'HashiCorp Vault service token',
    severity: 'critical',
    cwe: 798,
    keywords: ['hvs.', 'hvr.'],
    // `hvs.` (service) or `hvr.` (recovery) and at least 24 characters: about 90 where the token
    // carries its namespace and other metadata, 24 and more otherwise.
    pattern: /(?:^|[^A-Za-z0-9_.-])(hv[sr]\.[A-Za-z0-9_-]{24,120})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: [
        'VAULT_TOKEN=hvs.CAESlec7cU9WPL1pWISTKzcJh4m9ShhsjnUqtOIZkOiXd2TsF9ScGxHPmwGKMckTeL8PYIbKuhAjM1-9tBl45Wu_jeAuAsD3VN',
        'apikey: hvs.JGbZZaCkOSgsZ56uhGlTK2zyC1j2mwhy0VLp4',
        'export VAULT_TOKEN=hvr.Wq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5',
      ],
      negative: ['VAULT_TOKEN=hvs.aaL4o5cleIR770XGIP', 'VAULT_TOKEN=hvs.<token>', 'x = obj.hvs.length'],
    },
  },
  {
    id: 'vault-batch-token',
    description: 'HashiCorp Vault batch token',
    severity: 'high',
    cwe: 798,
    keywords: ['hvb.'],
    pattern: /(?:^|[^A-Za-z0-9_.-])(hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'VAULT_TOKEN=hvb.AAAAAQILhImY5dq5fWFPEaqIH2P41fYZ8s4dJ5YKU_Ukfcgf75VuwCmPsacwlJ_BV5-nng-2_pUt_tGVeeMnDGdchAUN9dCcgjPHTb1be2-6t1u1_fCOfkCPFliJjAKwQ5yycRSePJ-0zyErXNUNm8Pi54cjMGh9qopfY6',
      ],
      negative: ['VAULT_TOKEN=hvb.M6m5RH8oDlA8HKZBvN9xDJ7zDiQcEmDAGBIq3puW'],
    },
  },
  {
    // The output of `vault operator init` (`Unseal Key 1: …`) or an unseal command: any threshold
    // of these shares opens the vault.
    id: 'vault-unseal-key',
    description: 'HashiCorp Vault unseal key share',
    severity: 'critical',
    cwe: 798,
    keywords: ['unseal'],
    pattern:
      /(?:unseal[ _-]?key(?:[ _-]?\d{1,2})?["']?\s{0,3}[:=]|vault\s+operator\s+unseal(?:\s+-[\w=-]+)*)\s{0,5}["']?([A-Za-z0-9+/]{43,44}={0,2})(?![A-Za-z0-9+/=])/i,
    entropy: 4,
    samples: {
      positive: [
        'Unseal Key 2: 0tZn+7QQCxphpHwTm7/dC3LpP5JGIbYl3PK8Sy81R+P2',
        'oc -n vault exec -ti vault-0 -- vault operator unseal 98m+o2ylRhVbOi+3o5ub6PbP343ocFUVORgSYeypMDjh',
      ],
      negative: ['vault operator unseal $UNSEAL_KEY_1', 'Unseal Key 1: <redacted>'],
    },
  },
  {
    id: 'vault-legacy-token',
    description: 'HashiCorp Vault legacy service token (s. prefix, by context)',
    severity: 'high',
    cwe: 798,
    keywords: ['vault'],
    pattern:
      /vault[\w.-]{0,20}?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(s\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])/i,
    entropy: 3.5,
    samples: {
      positive: ['VAULT_TOKEN=s.SECmcUs7I4oqRlE5RsX9zQmg', 'vault_token: "s.wQr2HOWJYQBjM5yOqNJAZV6i"'],
      negative: ['VAULT_TOKEN=s.5W8dVC8NFF', 'VAULT_ADDR=https://vault.acme.io:8200'],
    },
  },
  {
    id: 'terraform-cloud-api-token',
    description: 'Terraform Cloud / Enterprise API token',
    severity: 'critical',
    cwe: 798,
    keywords: ['.atlasv1.'],
    pattern: /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    samples: {
      positive: [
        '  token = "iIRH1peH75Da6h.atlasv1.Dag4HWIHFvRzll_8-z-tdDIB8bcl8MZpZLgVMZQ0TBBDObc93uQDXRsDc_1hksD5SND"',
        'TF_TOKEN_app_terraform_io=QYoP1rrEQRWyLy.atlasv1.C3vRYgAJ7dUBXKkC3J6Y_7ReMGe4fRZkXp5ua4it3G6KieHOBtzLgqkh5KpDVjIGlns',
      ],
      negative: ['  token = "hZB6vO2338G5fT.atlasv1.v_GQUkcVcNBYi-gnEdT4"'],
    },
  },
  {
    id: 'pulumi-access-token',
    description: 'Pulumi access token',
    severity: 'high',
    cwe: 798,
    keywords: ['pul-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['PULUMI_ACCESS_TOKEN=pul-af22a05170ab6fd35cffbf2ef0b4a5c994003aac'],
      negative: ['PULUMI_ACCESS_TOKEN=pul-3b0b70742f5b17ebc9e4', 'git checkout pull-request'],
    },
  },
  {
    id: 'doppler-api-token',
    description: 'Doppler personal, service, CLI, service-account, SCIM or audit token',
    severity: 'high',
    cwe: 798,
    keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    pattern:
      /(?:^|[^A-Za-z0-9_.-])(dp\.(?:pt|st|ct|sa|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'DOPPLER_TOKEN=dp.pt.k9iteNdGvEtatj0CegJZ4ZhSfSiEGiEnXX9dbfXTE5U',
        'DOPPLER_TOKEN=dp.st.prd.fXNufFqLRHxtDoKvicqFFk56mkXkrZYyiJrFu96H',
        'DOPPLER_SCIM_TOKEN=dp.scim.4He40Bfa38oodPrg3IOA0p1WqgU07LSxpk3aj760DWC',
        'DOPPLER_AUDIT_TOKEN=dp.audit.q3fdY3TBI9JrR8vQKxD1TcUyvnvTnSH9MXWiRGi8zzD',
      ],
      negative: ['DOPPLER_TOKEN=dp.pt.sRt0rwzC2y72cOGHQrdw'],
    },
  },
  {
    id: 'jfrog-api-key',
    description: 'JFrog Artifactory API key',
    severity: 'high',
    cwe: 798,
    keywords: ['akcp'],
    pattern: /(?:^|[^A-Za-z0-9_])(AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'ARTIFACTORY_API_KEY=AKCpsdmojPn0mfcaNIYPcFEZH7AUtkp0FyZyCQ4HLqANk22FhjiCQbtcb75HoXbbkdjaScebc',
      ],
      negative: ['ARTIFACTORY_API_KEY=AKCpS4mOpcQdTZ7bxVx4sJXrlKa3or3luY'],
    },
  },
  {
    id: 'jfrog-reference-token',
    description: 'JFrog reference (identity) token',
    severity: 'high',
    cwe: 798,
    keywords: ['cmvmdgtu'],
    pattern: /(?:^|[^A-Za-z0-9_])(cmVmdGtuOjAx[A-Za-z0-9]{52})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['JFROG_ACCESS_TOKEN=cmVmdGtuOjAxkECOkQakUbT3VsK83E9R83wxZO8wgnjW3pHgdkbAQTivW5r6BkDm'],
      negative: ['JFROG_ACCESS_TOKEN=cmVmdGtuOjAxxpoagbnJaAtF7lMNEIt8'],
    },
  },
  {
    id: 'artifactory-credentials',
    description: 'Artifactory / JFrog token or API key assigned by context',
    severity: 'high',
    cwe: 798,
    keywords: ['artifactory', 'jfrog'],
    pattern:
      /(?:artifactory|jfrog)[\w.-]{0,20}?(?:token|api[_.-]?key|apikey)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{64,73})(?![A-Za-z0-9])/i,
    entropy: 4,
    allow: [/^AKCp/, /^cmVmdGtu/],
    samples: {
      positive: ['ARTIFACTORY_TOKEN=MDAbqZCB1MhZPZV9QL8qhKhWxTBiLJg2aQGDYOIrqmHtMgY3xsT6A4GrF0905J1Z'],
      negative: [
        'ARTIFACTORY_API_KEY=AKCpjq2K5iRA9gcwAAqwf0pXlYODFmimICanxlGBhN4XAoXrRY3H2cSYGWELOWhT2AMgZJFlo',
        'ARTIFACTORY_URL=https://acme.jfrog.io/artifactory',
      ],
    },
  },
  {
    id: 'nuget-api-key',
    description: 'NuGet.org API key',
    severity: 'high',
    cwe: 798,
    keywords: ['oy2'],
    pattern: /(?:^|[^A-Za-z0-9_])(oy2[a-z0-9]{43})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'dotnet nuget push pkg.nupkg --api-key oy22q339whonre6yg8nhqf5dac6s3rxmrng0xeh00wxd8k --source https://api.nuget.org/v3/index.json',
      ],
      negative: ['--api-key oy27rmhje9g6n6sai9xry9a'],
    },
  },
  {
    id: 'rubygems-api-token',
    description: 'RubyGems API token',
    severity: 'high',
    cwe: 798,
    keywords: ['rubygems_'],
    pattern: /(?:^|[^A-Za-z0-9_])(rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/,
    samples: {
      positive: [':rubygems_api_key: rubygems_b6c92705c8799ba7191f56f17dee336da03a246fce67c402'],
      negative: [':rubygems_api_key: rubygems_7871ebb5f919ce86b4d3'],
    },
  },
  {
    id: 'clojars-api-token',
    description: 'Clojars deploy token',
    severity: 'high',
    cwe: 798,
    keywords: ['clojars_'],
    pattern: /(?:^|[^A-Za-z0-9_])(CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['CLOJARS_PASSWORD=CLOJARS_nno6uhi6rr7levl3s3timoqg1moyeuac45jn68zw0u90sc0cr5zpmsz2qnqt'],
      negative: ['CLOJARS_PASSWORD=CLOJARS_85z2tof2h545c6f8ab2z', 'CLOJARS_USERNAME=acme'],
    },
  },
  {
    id: 'kubernetes-client-key-data',
    description: 'Kubernetes kubeconfig client key (base64 PEM private key)',
    severity: 'critical',
    cwe: 321,
    keywords: ['client-key-data'],
    pattern:
      /client-key-data["']?\s{0,5}:\s{0,5}["']?(LS0tLS1CRUdJT[A-Za-z0-9+/]{100,8192}={0,2})(?![A-Za-z0-9+/=])/,
    samples: {
      positive: [
        '    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlF5iAMiB4dC2qzyQqMyamTpEDkFZ+Vx8+qTwA7Sn4+qlbtwTYFCPdS+Uqd9qK1jv2Q5dFchUSaTYDvr6apVPQtVqRB7RplNcSFNrhk1KIlaUyGw+5gTdezMd5YBJfZ7PP9pKwyg8fZkOFur3F9FPNFOw737LkZZYVb5jHcWEN0Vbj2nansR6CNaiEjH5Pz16CJp6dAbUfu==',
      ],
      negative: ['    client-key-data: LS0tLS1CRUdJTiBSU0E=', '    client-key-data: REDACTED'],
    },
  },
  {
    id: 'kubernetes-bootstrap-token',
    description: 'Kubernetes (kubeadm) bootstrap token',
    severity: 'high',
    cwe: 798,
    keywords: ['kubeadm', 'bootstrap-token', 'bootstraptoken', 'bootstrap_token'],
    pattern:
      /(?:kubeadm\s[^\n]{0,200}?--token[ =]|bootstrap[_-]?token[\w.-]{0,20}["']?\s{0,5}[:=]\s{0,5}["']?)([a-z0-9]{6}\.[a-z0-9]{16})(?![a-z0-9])/i,
    samples: {
      positive: [
        'kubeadm join 10.0.0.10:6443 --token us4hoj.mui7p8kfwqpbm1jy --discovery-token-ca-cert-hash sha256:2f8479d47da3861c4a4bb13311b889480f34503ff1054e8c7bf8ce268daa8836',
      ],
      negative: [
        'kubeadm join 10.0.0.10:6443 --token <token> --discovery-token-ca-cert-hash sha256:<hash>',
        'kubeadm token create',
      ],
    },
  },
  {
    id: 'openshift-user-token',
    description: 'OpenShift user OAuth token',
    severity: 'high',
    cwe: 798,
    keywords: ['sha256~'],
    pattern: /(?:^|[^A-Za-z0-9_-])(sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'oc login --token=sha256~hwttOJqdW-VjywBYDL6Pt21Xj80mTc7nI4mLVABzfPz --server=https://api.ocp.acme.io:6443',
      ],
      negative: ['oc login --token=sha256~<token>'],
    },
  },
  {
    id: 'prefect-api-token',
    description: 'Prefect Cloud API key',
    severity: 'high',
    cwe: 798,
    keywords: ['pnu_'],
    pattern: /(?:^|[^A-Za-z0-9_])(pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['PREFECT_API_KEY=pnu_VbzOhV8iGKjSpRSzjg5aEeUVDoamVPkAejms'],
      negative: ['PREFECT_API_KEY=pnu_B5zP2blkqZmuoyZLsUCM'],
    },
  },
  {
    id: 'infracost-api-token',
    description: 'Infracost API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['ico-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['INFRACOST_API_KEY=ico-PzKwWB4ZyjQIKneh9f9ApRLRi2g4zCtD'],
      negative: ['INFRACOST_API_KEY=ico-IpNDEY4jBKRP', '<link rel="icon" href="fav-ico-32.png">'],
    },
  },
  {
    id: 'readme-api-token',
    description: 'ReadMe API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['rdme_'],
    pattern: /(?:^|[^A-Za-z0-9_])(rdme_[a-z0-9]{70})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'README_API_KEY=rdme_309lr1bxgbko3zrujdbdawa5bax5cnejwaw86sjy0m4pwhooe9cwfx2ftz4hl84qp5lf5b',
      ],
      negative: ['README_API_KEY=rdme_1mganzhqrrurn04kywzflwoajzw4fb'],
    },
  },
];
