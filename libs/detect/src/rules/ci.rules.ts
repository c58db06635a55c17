import type { Rule } from '../rule.types';

// CI/CD services and code-quality tools.
export const ciRules: Rule[] = [
  {
    id: 'buildkite-user-token',
    description: 'Buildkite user API access token',
    severity: 'high',
    cwe: 798,
    keywords: ['bkua_'],
    pattern: /(?:^|[^A-Za-z0-9_])(bkua_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['BUILDKITE_API_TOKEN=bkua_bedc717f5d7ddec854ff44c72d439a5f170eebdd'],
      negative: ['BUILDKITE_API_TOKEN=bkua_fe8c7bb72f36eb78636e'],
    },
  },
  {
    id: 'buildkite-agent-token',
    description: 'Buildkite agent registration token',
    severity: 'high',
    cwe: 798,
    keywords: ['buildkite'],
    pattern:
      /buildkite[\w.-]{0,20}?agent[_.-]?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-z0-9]{50})(?![A-Za-z0-9])/i,
    entropy: 3.5,
    samples: {
      positive: ['BUILDKITE_AGENT_TOKEN=1am4eafrws5uimh46htgyjt5q9oxe3138medxv0ni09xj9778g'],
      negative: ['BUILDKITE_AGENT_TOKEN=in7a6llkck6q7bpyn9j6', 'BUILDKITE_AGENT_NAME=builder-7'],
    },
  },
  {
    id: 'snyk-api-token',
    description: 'Snyk API token',
    severity: 'high',
    cwe: 798,
    keywords: ['snyk'],
    pattern:
      /snyk[\w.-]{0,30}?(?:token|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    samples: {
      positive: ['SNYK_TOKEN=f0d54269-822d-4892-4c2e-6cc248cdd437'],
      negative: ['SNYK_ORG=acme-security', 'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}'],
    },
  },
  {
    id: 'sonarqube-token',
    description: 'SonarQube user, project or global analysis token',
    severity: 'high',
    cwe: 798,
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: /(?:^|[^A-Za-z0-9_])(sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'SONAR_TOKEN=squ_a7adc0553f44699b81795b3305e85296363c1a6a',
        'sonar.token=sqp_f80047403b147c6d821371cac702edcbd4e37cbe',
      ],
      negative: ['SONAR_TOKEN=squ_7c7f6f7263b952f8cd60'],
    },
  },
  {
    id: 'circleci-personal-token',
    description: 'CircleCI personal API token (CCIPAT)',
    severity: 'high',
    cwe: 798,
    keywords: ['ccipat_'],
    // 22 or 24 characters, then 40 (hex in older tokens, lower-case alphanumeric in newer ones).
    pattern: /(?:^|[^A-Za-z0-9_])(CCIPAT_[A-Za-z0-9]{22,24}_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'CIRCLECI_TOKEN=CCIPAT_s7scCmpsqZQz3uVQVXQcqD_2e96b3186f9ae2f73126a50883625c44e06b2f06',
        'CIRCLECI_PAT=CCIPAT_9WCdYvHIyT8ZvxFHpPJWNhvy_pawj9sculapxqcavjd6a870uxq6ozm4f33wnyuq7',
      ],
      negative: ['CIRCLECI_TOKEN=CCIPAT_3LvO6rMPAVYLlzfiJGkrzf_749092ef14'],
    },
  },
  {
    id: 'circleci-api-token',
    description: 'CircleCI API token (legacy, by context)',
    severity: 'high',
    cwe: 798,
    keywords: ['circleci', 'circle_token', 'circle-token'],
    pattern:
      /circle(?:ci)?[\w.-]{0,20}?(?:token|secret|key)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{40})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'CIRCLECI_TOKEN=ec18451f020cbbf84f77bbd4496b1a9552840867',
        'circle-token: 6225b85faf2a6a5d84fa1bfd030ccfa2facfcd6a',
        "circleci_project_secret = 'dd2f6a7a1a96f1d7d32a0d2e48f1fd1d000e0f26'",
      ],
      negative: ['CIRCLECI_TOKEN=c5cdea4fa4de7bcd94f4', 'CIRCLECI_BRANCH=main'],
    },
  },
  {
    id: 'travis-ci-token',
    description: 'Travis CI API token',
    severity: 'medium',
    cwe: 798,
    keywords: ['travis'],
    pattern:
      /travis[\w.-]{0,20}?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: ['TRAVIS_API_TOKEN=4B_HQapDWHvWzmFH_Rn9TY'],
      negative: ['TRAVIS_API_TOKEN=j6i_flxQKZ', 'TRAVIS_BRANCH=main'],
    },
  },
  {
    id: 'jenkins-api-token',
    description: 'Jenkins user API token',
    severity: 'high',
    cwe: 798,
    keywords: ['jenkins'],
    pattern:
      /jenkins[\w.-]{0,30}?(?:token|password|pass)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(11[a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'JENKINS_API_TOKEN=1159fd7f2dfb941cb0f6e215ea7f9cf205',
        'jenkins_token: "1194f876071084542d9f6ed8ff9c307427"',
      ],
      negative: ['JENKINS_API_TOKEN=224d78e54c0fcb092260dc7706fc2fd8c9', 'JENKINS_URL=https://ci.acme.io'],
    },
  },
  {
    id: 'codecov-access-token',
    description: 'Codecov upload or API token',
    severity: 'medium',
    cwe: 798,
    keywords: ['codecov'],
    pattern:
      /codecov[\w.-]{0,20}?token["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    samples: {
      positive: ['CODECOV_TOKEN=d4e5aec6-5287-8c18-1441-a1683713632c'],
      negative: ['CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}'],
    },
  },
];
