import type { Rule } from '../rule.types';

// Generic `name = value` assignments in code, YAML, JSON, .env files and XML. They are gated by
// entropy and length, yield to a specific rule on the same span (generic: true), and skip values
// that are references, types, URLs, paths or hashes rather than credentials.

// The operator between a key and its value: `=`, `:`, `:=`, `=>`, with optional quotes and `]`.
const OP = String.raw`["'\x60]?\]?\s{0,5}(?::=|=>|=|:)\s{0,5}["'\x60]?`;

// A quoted value without whitespace or parentheses (which would be code between two strings), or
// one unquoted token that ends the statement.
const value = (min: number): string =>
  String.raw`((?<=["'\x60])[^"'\x60\s()]{${min},256}(?=["'\x60])|(?<![^\s=:>])[A-Za-z0-9!#%*+/=@^_~.:-]{${min},256}(?=[\s;,<&]|$))`;

// Key suffixes that keep the meaning of the key (SECRET_KEY_BASE, client_secret_prod, token2).
const TAIL = String.raw`(?:[_.-]?(?:value|str|string|b64|base64|plain|prod\w{0,6}|live|dev\w{0,6}|stag\w{0,4}|\d))?`;

const NOT_A_CREDENTIAL: RegExp[] = [
  /^[a-z][a-z0-9+.-]*:\/\//i, // a URL
  /^\{[^{}]*\}$|^<[^<>]*>$|^\[[^[\]]*\]$|^%[A-Za-z_]+%?$/, // {name}, <name>, [name], %NAME%
  /^\$(?:2[aby]?|argon2(?:id|i|d)|[156]|apr1|sha1)\$/, // a password hash, not the password
  /^[0-9]+$/,
  /^!{0,2}[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/, // a property chain: options.auth.token
  /^(?=.*[a-z]{3})(?:[A-Z]{1,4}[a-z]*){1,10}\d{0,2}$/, // a type name: PasswordValidator, KDFInput
  /^[a-z]+(?:-[a-z0-9]+)+$/, // a kebab-case name: orders-db-credentials
  /\.(?:json|ya?ml|txt|pem|key|crt|env|properties|conf|cfg|ini|xml|toml)$/i, // a file name
  /^\^.*\$$|\(\?[=!:<]/, // a regular expression
];

export const genericRules: Rule[] = [
  {
    id: 'generic-password',
    description: 'Password assigned in code or configuration',
    severity: 'high',
    cwe: 798,
    keywords: ['password', 'passwd', 'passphrase', 'pwd'],
    generic: true,
    pattern: new RegExp(
      String.raw`(?:(?:passw(?:or)?d|passphrase|pwd)(?:[_.-]?(?:admin|root|db|enc|\d))?${TAIL}${OP}|<[\w.-]{0,20}?(?:passw(?:or)?d|passphrase)>)` +
        value(8),
      'i',
    ),
    entropy: 3,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'db_password = "cCVIysEcOsfdroLfTu5Q"',
        'DB_PASSWORD=tK4%UL*Fzwb5WU6D',
        '  password: LBwq7SinbWHycp',
        '<password>g1yK2LSbVOTLkAFi</password>',
        '<datasource user="app" password="lddA7Q84wBjk5Aesw1" />',
        'conn = psycopg2.connect(host="db.internal", password="84Sm1bvYpwcoVKiX")',
        "    'password' => 'kR2q63GHc30su688',",
        '  "adminPassword": "BSLzhUPZq%Kaw#f7BbDtez9O",',
      ],
      negative: [
        'password = "${DB_PASSWORD}"',
        'password: "changeme"',
        'password = os.environ["DB_PASSWORD"]',
        'def login(user: str, password: str = "") -> bool:',
        'password_hint = "Name of your first pet"',
        'password = "password"',
        'if password == "Xh7blJcIIEQ2BSiP":',
        '  password: hashedPassword,',
        'PASSWORD_MIN_LENGTH = 12',
        'password_hash = "$2b$12$0C8xscMfxwSsTxsoNtVHbxiWuNXXLjcFWAXd0DrmkEauaSTjEfUDG"',
        'password: PasswordValidator',
        '@IsStrongPassword({ minLength: 12 }) password: IsStrongPasswordOptions;',
        '  password: KDFInput,',
        'exports.Token = exports.TextRange = void 0;',
        'password_file: /run/secrets/db_password',
        'password = settings.DATABASE_PASSWORD',
        '<input type="password" name="password" autocomplete="current-password">',
        'password: ${{ secrets.DB_PASSWORD }}',
        'password = "abc"',
        'password: "********"',
      ],
    },
  },
  {
    id: 'generic-secret',
    description: 'Secret (client secret, secret key) assigned in code or configuration',
    severity: 'high',
    cwe: 798,
    keywords: ['secret'],
    generic: true,
    pattern: new RegExp(
      String.raw`secret(?:[_.-]?(?:key(?:[_.-]?base)?|access[_.-]?key|token|hex))?${TAIL}${OP}` + value(10),
      'i',
    ),
    entropy: 3.2,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'client_secret: "tpFB3mOsjRRTJ9ydBjHtGrEy9czAxK5C"',
        'JWT_SECRET=4KgaNIXbPzbfUN17Vwczi12RUfGpEDDNbqxwTdfZ',
        "SECRET_KEY = '69rBrr97qaSHAvDyYtqscaWeoxhkiCWYFkcyUhC8fP6FUs7AMe'",
        '<app id="billing" secret="wSedFCllEsf6xWMKAm5S9LoX" />',
        'config.secret_key_base = "yVHRJqMvCrVqHCPkvFbiixnBVx0p682RSjJLdvCdOlg1TLOrIet7nhJ056PftOPF"',
      ],
      negative: [
        'secret_name: orders-db-credentials',
        'client_secret: "<client-secret>"',
        'secretsmanager_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"',
        'secret: {{ .Values.secret }}',
        'SECRET_KEY = os.getenv("SECRET_KEY")',
        'kind: Secret',
        'h("label", {}, "client_secret:"),show?h("code", null, value)',
        'secret: "real-secret-6-levels"',
        'client_secret = "TusE6m"',
        'secretRef: ClientSecretProvider',
      ],
    },
  },
  {
    id: 'generic-api-key',
    description: 'API key assigned in code or configuration',
    severity: 'high',
    cwe: 798,
    keywords: [
      'api_key',
      'apikey',
      'api-key',
      'api.key',
      'access_key',
      'accesskey',
      'access-key',
      'subscription_key',
      'subscriptionkey',
      'subscription-key',
      'consumer_key',
      'consumerkey',
      'client_key',
      'clientkey',
      'app_key',
      'appkey',
    ],
    generic: true,
    pattern: new RegExp(
      String.raw`(?:api|access|subscription|consumer|client|app)[_.-]?key(?:[_.-]?secret)?${TAIL}${OP}` +
        value(12),
      'i',
    ),
    entropy: 3.5,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'api_key = "txRoaLOnfcmiEzLKsKYfv6pcON6jj8nX"',
        '  "apiKey": "FGsW58Kae2qJ7vUuPMzpMNMgxRgmAaobUA84noYd",',
        'X-API-KEY: lNiF81oWoQCo0SKu7JWwBHcrhGNmZdoJ',
        'WEATHER_API_KEY=QyPpa6TzvfncUW14s5a7kh45',
        'APP_KEY=base64:La1jMpNwylQzwrBcUPSG4FIztORM3bO9YTvA+sRL4Ky=',
      ],
      negative: [
        'api_key: <YOUR_API_KEY_HERE>',
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        'api_key = config.api_key',
        'accessKey: ecsCredentials.AccessKeyID,',
        'api_key_header = "X-Api-Key"',
        'api_key = "bYJ95Oju"',
        'apiKey: string;',
        'API_KEY=your-api-key-here',
      ],
    },
  },
  {
    id: 'generic-token',
    description: 'Access, auth or bearer token assigned in code or configuration',
    severity: 'high',
    cwe: 798,
    keywords: ['token'],
    generic: true,
    pattern: new RegExp(
      String.raw`(?<!(?:next|page|csrf|xsrf|continuation|cancellation|pagination|sync|max|num|cursor)[_.-]?)token(?:[_.-]?(?:secret|key))?${TAIL}${OP}` +
        value(12),
      'i',
    ),
    entropy: 3.5,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'auth_token = "xYiHIdsyC7Q2tZflrZoAUexFbHJcEoScefQFbzjh"',
        '  "access_token": "zDZFUQovMI7oihKZyrlyvgXXmiaDq8K0zzZI9xW8AAUP8KBF",',
        'TOKEN=Xpt1DhhXYeb6pGcnwSGyjpvrC4WODaKU',
        'BOT_TOKEN: "19KHhlhUvUrVSUb1Pg17:Q0oIph5XbW2hknk6NQMxuhFB891aqa"',
      ],
      negative: [
        'GITHUB_TOKEN="ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
        'token_url = "https://oauth2.googleapis.com/token"',
        'max_tokens: 4096',
        'next_page_token = "PKDU0RgKHcJS68uZD8yjc9ugL4d4Vj"',
        'tokenizer: "bert-base-uncased"',
        'csrf_token = request.form["csrf_token"]',
        'token: ${{ secrets.GITHUB_TOKEN }}',
        'token: CancellationToken,',
      ],
    },
  },
  {
    id: 'generic-encryption-key',
    description: 'Encryption, signing or master key assigned in code or configuration',
    severity: 'high',
    cwe: 321,
    keywords: [
      'encryption_key',
      'encryptionkey',
      'encryption-key',
      'encrypt_key',
      'signing_key',
      'signingkey',
      'signing-key',
      'master_key',
      'masterkey',
      'private_key',
      'privatekey',
      'hmac_key',
      'hmackey',
      'jwt_key',
      'aes_key',
      'cipher_key',
    ],
    generic: true,
    pattern: new RegExp(
      String.raw`(?:encryption|encrypt|signing|master|private|hmac|jwt|aes|cipher)[_.-]?key(?:[_.-]?(?:base|hex))?${TAIL}${OP}` +
        value(16),
      'i',
    ),
    entropy: 3.5,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'ENCRYPTION_KEY=lxKMiYUrQgnrG4gqxCMpTFEcnnOkK6a1',
        'signing_key: "udkFL/fEc1PoGB447DZDLIHng7i1PpJEeLIvs+JyNryM"',
        'PRIVATE_KEY=0xcb1bd87416d34b3254f09daf8afafe65343be9d5de2a93eed0e02d94e84b38ad',
        "config.hmacKey = 'Hiu6fBhVIr6lOcITEbYD45pnhhiOmMkUXpQyV72XyEp'",
      ],
      negative: [
        'private_key_path = "/etc/ssl/private/server.pem"',
        'signing_key: ${SIGNING_KEY}',
        'encryption_key_id = "IBAzoYlyAXJ0moUlXNUH"',
        'privateKey: PrivateKeyInput,',
      ],
    },
  },
];
