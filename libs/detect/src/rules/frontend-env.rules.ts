import type { Rule } from '../rule.types';

// Front-end build variables: whatever a `REACT_APP_*` variable holds is compiled into the
// JavaScript bundle that every visitor downloads, so a password there is public.
export const frontendEnvRules: Rule[] = [
  {
    id: 'react-app-env-password',
    description: 'Password or secret in a REACT_APP_ variable (built into the public bundle)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['react_app_'],
    pattern:
      /(?<![A-Za-z0-9_])REACT_APP_[A-Z0-9_]*(?:PASS|PASSWORD|PASSWD|PWD|SECRET)[A-Z0-9_]*[ \t]*=[ \t]*["']?([^\s"'#]{6,128})/,
    // A shell or dotenv reference (`$VAR`) and a snake_case name (`smtp_password`) are not values.
    allow: [/^\$/, /^[a-z]+(?:_[a-z]+)+$/],
    samples: {
      positive: [
        'REACT_APP_ADMIN_PASSWORD=tulip-Harbor7',
        '# REACT_APP_API_PASS=quietmeadow',
        'REACT_APP_CLIENT_SECRET="Wm3q8ZrT2xYv"',
      ],
      negative: [
        'REACT_APP_PASSWORD=${ADMIN_PASSWORD}',
        'REACT_APP_MAILER_PASSWORD=smtp_password # your SMTP password',
        'REACT_APP_PASSWORD_MIN_LENGTH=8',
        'REACT_APP_API_URL=https://api.acme.io',
      ],
    },
  },
];
