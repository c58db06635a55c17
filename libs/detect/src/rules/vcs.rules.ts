import type { Rule } from '../rule.types';

// GitHub, GitLab and Bitbucket tokens.
export const vcsRules: Rule[] = [
  {
    id: 'github-pat',
    description: 'GitHub personal access token (classic)',
    severity: 'critical',
    cwe: 798,
    keywords: ['ghp_'],
    pattern: /(?:^|[^A-Za-z0-9_])(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'GITHUB_TOKEN="ghp_834IU3NSmYLjyd1zSBhEhRlUY7omiheO71hb"',
        'git clone https://ci-bot:ghp_ixBheTN9xB4VAf3hKzE0CTlwNEDnEtMqlcrc@github.com/acme/api.git',
      ],
      negative: [
        'GITHUB_TOKEN="ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
        'GITHUB_TOKEN="ghp_8TpBsTpPJrCqI4Hnam7SguG2oHj5Sw"',
        'GITHUB_TOKEN="ghp_IBcOTlJ0DjtTyvrNT3VtArrc126sdBpdo2SZl0cP"',
        'if (token.startsWith("ghp_")) return "classic";',
      ],
    },
  },
  {
    id: 'github-oauth',
    description: 'GitHub OAuth access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['gho_'],
    pattern: /(?:^|[^A-Za-z0-9_])(gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['  oauth_token: gho_Rxdr4yoBWmZtrl61kgkrocYC4f7GRXWOHei4'],
      negative: [
        '  oauth_token: gho_Rbm0Cmet0mTOOkj66NqE',
        '  oauth_token: gho_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      ],
    },
  },
  {
    id: 'github-app-token',
    description: 'GitHub App user-to-server or installation (server-to-server) token',
    severity: 'critical',
    cwe: 798,
    keywords: ['ghu_', 'ghs_'],
    // Opaque: prefix + 36 alphanumerics. Installation tokens also come in a stateless form: `ghs_`
    // followed by a JWT (two dots, ~520 characters; GitHub's advice is `ghs_[A-Za-z0-9._]{36,}`).
    pattern:
      /(?:^|[^A-Za-z0-9_])((?:ghu|ghs)_[A-Za-z0-9]{36}(?![A-Za-z0-9_.])|ghs_[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{10,1000}(?![A-Za-z0-9_.-]))/,
    samples: {
      positive: [
        'INSTALLATION_TOKEN=ghs_mIHxOOeqTyEP8lwrmEFXybz7gmGp4zEGiqe9',
        'GH_TOKEN=ghs_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNmN2VmM2RlNDEyNjVmZWMifQ.eyJpc3MiOiJJdjIzbGlReDdIYzJLbzlGekx3TiIsInN1YiI6Imluc3RhbGxhdGlvbjo2NzAwMDYzOCIsImV4cCI6MTc5MDAwMDAwMCwiaWF0IjoxNzg5OTk2NDAwLCJwZXJtaXNzaW9ucyI6eyJjb250ZW50cyI6InJlYWQiLCJtZXRhZGF0YSI6InJlYWQiLCJwdWxsX3JlcXVlc3RzIjoid3JpdGUifSwicmVwb3MiOlsiMDA2OTA3MjRjZTM0Il19.n_gA54MmQqPGV1CoVPNxUPYZ21gISC_YjfXAx-vO_28T6yK7N0_4-iqUrawLI6io0Ks36xYRbWDS7FKAAYmOH6fW9evIKC2dqGNvyM7vNc-cYsqtrkvW681ou_ES_8nA_AQtlPSgZdzbm_sbSn8JwOjBnP5kmielom08viYskPMgJ1hGKKtwIm01Gnlvc46nnAZJiBXbuCVHGyGjnjFxMubNvyREqHn-Y3GdDKDnjWFr6CWUKYOA1oPz5ctZXXTN6W4oYTefTZ6_shwJmbSYgliea8rz9anTDvKwE3H5Dp5DkvuJLSFabNL62zvjH5ydF-Ud8nQVyevAJ0TJuIBTsw',
        '"token": "ghu_hOzRtmZtxIaqRjyVBZLXAW2BTT1get1yOcKr"',
      ],
      negative: [
        'INSTALLATION_TOKEN=ghs_Yr5jttOLimfR',
        'const prefixes = ["ghu_", "ghs_"];',
        'see ghs_config.yaml.example for the fields',
      ],
    },
  },
  {
    id: 'github-refresh-token',
    description: 'GitHub refresh token',
    severity: 'high',
    cwe: 798,
    keywords: ['ghr_'],
    pattern: /(?:^|[^A-Za-z0-9_])(ghr_[A-Za-z0-9]{36,76})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        '"refresh_token": "ghr_OGOfp4putgXKuram6LXksdou63aciaLU9NO1828n828UZ88iCUuQ9tc4XE3QK3xEeKTAT9YYr8jX"',
        'refresh=ghr_ndLKYpXGHtN6Umb606sshcPpd06ZyB9l6qIk',
      ],
      negative: ['refresh=ghr_g0q9lkI2In3dDierQfGu'],
    },
  },
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['github_pat_'],
    pattern: /(?:^|[^A-Za-z0-9_])(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'token: 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',
        'export GH_TOKEN=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',
      ],
      negative: [
        'token: github_pat_vaCZomOm6R0KiJ91oMzfCj_H18dnzop2RZhk61I0x89CDTG9sXOHU',
        'token: github_pat_<token>',
      ],
    },
  },
  {
    id: 'github-oauth-client-secret',
    description: 'GitHub OAuth app client secret',
    severity: 'high',
    cwe: 798,
    keywords: [
      'github_client_secret',
      'github-client-secret',
      'githubclientsecret',
      'gh_client_secret',
      'github_secret',
      'github_app_secret',
      'github_oauth_secret',
    ],
    pattern:
      /(?:github|gh)[_.-]?(?:client[_.-]?|app[_.-]?|oauth[_.-]?)?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{40})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'GITHUB_CLIENT_SECRET=48cb32211c12bdde686c82d260aeb8fa1d81eadc',
        'githubClientSecret: "c85fa8b6eb6bcca851e13f1bfb794124c73ee22f"',
        'GITHUB_SECRET=e723ea0b04b6cb02db9ca18d7c9cdb91210b2d77',
      ],
      negative: ['GITHUB_CLIENT_SECRET=f0caff53f6c48ab01f65', 'GITHUB_CLIENT_SECRET=${GITHUB_CLIENT_SECRET}'],
    },
  },
  {
    id: 'gitlab-pat',
    description: 'GitLab personal, project or group access token',
    severity: 'critical',
    cwe: 798,
    keywords: ['glpat-'],
    pattern:
      /(?:^|[^A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20}(?:[A-Za-z0-9_-]{7,280}\.[0-9a-z]{2}\.[0-9a-z]{9})?)(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'GITLAB_TOKEN=glpat-Bb8lC5hmxc59UqqrjKso',
        'private_token = "glpat-XZ9v660KfiSi97tte3Bq6f1eLxLgGm1j4JND2-OS.01.lvgpfw4tb"',
      ],
      negative: [
        'GITLAB_TOKEN=glpat-Q05zdIMI_lov',
        'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx',
        'GITLAB_TOKEN=glpat-<token>',
      ],
    },
  },
  {
    id: 'gitlab-deploy-token',
    description: 'GitLab deploy token',
    severity: 'high',
    cwe: 798,
    keywords: ['gldt-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(gldt-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['CI_DEPLOY_PASSWORD=gldt-IDWHcMDXYvsmEXVco3YW'],
      negative: ['CI_DEPLOY_PASSWORD=gldt-9vTXcq168d'],
    },
  },
  {
    id: 'gitlab-runner-token',
    description: 'GitLab runner authentication token',
    severity: 'high',
    cwe: 798,
    keywords: ['glrt-'],
    pattern:
      /(?:^|[^A-Za-z0-9_-])(glrt-(?:t\d_)?[A-Za-z0-9_-]{20}(?:[A-Za-z0-9_-]{7,280}\.[0-9a-z]{2}\.[0-9a-z]{9})?)(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        '  token = "glrt-U3zpPEW9l1iLOwW2oR0M"',
        'gitlab-runner register --token glrt-t1_XY-SsCN1akemx_K5_MlO',
      ],
      negative: ['  token = "glrt-LRb1JR36"'],
    },
  },
  {
    id: 'gitlab-runner-registration-token',
    description: 'GitLab runner registration token (legacy)',
    severity: 'high',
    cwe: 798,
    keywords: ['gr1348941'],
    pattern: /(?:^|[^A-Za-z0-9_-])(GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['--registration-token GR1348941S9CyweLTAq-4BkTorWfo'],
      negative: ['--registration-token GR1348941oBG0RL3YwI'],
    },
  },
  {
    id: 'gitlab-pipeline-trigger-token',
    description: 'GitLab pipeline trigger token',
    severity: 'high',
    cwe: 798,
    keywords: ['glptt-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'curl -X POST -F token=glptt-4c02d6da27af984f8cf73340572c9f9517ae2d78 -F ref=main https://gitlab.acme.io/api/v4/projects/12/trigger/pipeline',
      ],
      negative: ['curl -X POST -F token=glptt-bcaddf4a57c3a16feade -F ref=main'],
    },
  },
  {
    id: 'gitlab-cicd-job-token',
    description: 'GitLab CI/CD job token',
    severity: 'medium',
    cwe: 798,
    keywords: ['glcbt-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['JOB_TOKEN=glcbt-64_WlprMjeF6gzZS5ogG1rX'],
      negative: ['JOB_TOKEN=glcbt-64_GDptABGh'],
    },
  },
  {
    id: 'gitlab-incoming-mail-token',
    description: 'GitLab incoming mail token',
    severity: 'medium',
    cwe: 798,
    keywords: ['glimt-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(glimt-[A-Za-z0-9_-]{25})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['incoming_email_token: glimt-aH46slvG8AisYEdeRYEAc-3s8'],
      negative: ['incoming_email_token: glimt-vGqdujwJ8Z65GZ5'],
    },
  },
  {
    id: 'gitlab-feed-token',
    description: 'GitLab feed token',
    severity: 'medium',
    cwe: 798,
    keywords: ['glft-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(glft-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['https://gitlab.acme.io/dashboard/issues.atom?feed_token=glft-S2qoH74-6OCaVb61LrCy'],
      negative: ['feed_token=glft-ITMe5GMNE0'],
    },
  },
  {
    id: 'gitlab-oauth-app-secret',
    description: 'GitLab OAuth application secret',
    severity: 'high',
    cwe: 798,
    keywords: ['gloas-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['GITLAB_APP_SECRET=gloas-KBrSRqQAjKOlyjDPfzzbcEJepbwQlLPFfmVM1e5GRAMadiKzTMrTOAD3W-ua80XL'],
      negative: ['GITLAB_APP_SECRET=gloas-l5oa_gzVgSr428eWmkZZSWeiVuZARAi5'],
    },
  },
  {
    id: 'gitlab-agent-token',
    description: 'GitLab agent for Kubernetes token',
    severity: 'high',
    cwe: 798,
    keywords: ['glagent-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(glagent-[A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'helm upgrade --install gitlab-agent --set config.token=glagent-stTu4TX0AAlf6j6z2LrQGkTKapUW8DCzgzaVLeHb83oBWymbUb',
      ],
      negative: ['--set config.token=glagent-oZXRwENMy8RcTsBID4Ew'],
    },
  },
  {
    id: 'gitlab-scim-token',
    description: 'GitLab SCIM OAuth token',
    severity: 'high',
    cwe: 798,
    keywords: ['glsoat-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(glsoat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['scim_token: glsoat-HC6dqALDm_QIZEQK2osf'],
      negative: ['scim_token: glsoat-8HLxmWM-h'],
    },
  },
  {
    id: 'gitlab-feature-flag-client-token',
    description: 'GitLab feature flags client token',
    severity: 'medium',
    cwe: 798,
    keywords: ['glffct-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(glffct-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['UNLEASH_INSTANCE_ID=glffct-XXTIuUZA9Rf3dE804TAx'],
      negative: ['UNLEASH_INSTANCE_ID=glffct-v5WzWJ'],
    },
  },
  {
    id: 'bitbucket-app-password',
    description: 'Bitbucket app password or Atlassian API token for Bitbucket',
    severity: 'high',
    cwe: 798,
    keywords: ['atbb'],
    pattern: /(?:^|[^A-Za-z0-9_-])(ATBB[A-Za-z0-9_=.-]{28,40})(?![A-Za-z0-9_=.-])/,
    entropy: 3.5,
    samples: {
      positive: [
        'BITBUCKET_APP_PASSWORD=ATBBj2dTkEizuxHeVOnvXqZA54qsKKCK12AL',
        'git remote add origin https://deployer:ATBBYQBLHPiM73XaBc6xn5x3sNSqbabGzkwo@bitbucket.org/acme/api.git',
      ],
      negative: ['BITBUCKET_APP_PASSWORD=ATBBboT83dGNS1Md'],
    },
  },
  {
    id: 'bitbucket-client-secret',
    description: 'Bitbucket OAuth consumer secret',
    severity: 'high',
    cwe: 798,
    keywords: ['bitbucket'],
    pattern:
      /bitbucket[\w.-]{0,30}?secret["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_=-]{32,64})(?![A-Za-z0-9_=-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'BITBUCKET_CLIENT_SECRET=r9eQcvMXNePR4mXrxBy9X8uvRCP5d0I2',
        'bitbucket_oauth_secret: "h8pwKe0rXqsgHJlyAA-qb5Y6SIFS79ATfm0w7XU1Jeb8BMsiNP7PGNZqhVCE-TXd"',
      ],
      negative: ['BITBUCKET_CLIENT_SECRET=jZlkye2IYNNRDnji', 'BITBUCKET_CLIENT_SECRET=${BB_SECRET}'],
    },
  },
];
