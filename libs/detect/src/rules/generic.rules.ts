import type { Rule } from '../rule.types';

// Generic `name = value` assignments, in any of the formats secrets are written in: one pattern
// per key class serves YAML, JSON, XML attributes and elements, INI, .properties, env, TOML, HCL,
// PHP arrays and define(), Python/JS/Go/Ruby/Java/C# assignments, `getenv("KEY", "default")`
// arguments, Groovy/fetchmail `password "x"`, and command-line flags (`--password x`).
//
// Every rule captures the key name in the named group `key` (group 1) and the value in group 3 (the engine
// uses the key to keep a hash- or UUID-shaped value when the key says it is a secret). They are
// gated by entropy and length, yield to a specific rule on the same span (generic: true), and skip
// values that are references, types, URLs, paths or hashes rather than credentials.

// Key suffixes that keep the meaning of the key (SECRET_KEY_BASE, client_secret_prod, token2).
const TAIL = String.raw`(?:[_.-]?(?:value|str|string|b64|base64|plain|prod\w{0,6}|live|dev\w{0,6}|stag\w{0,4}|\d))?`;

// What joins a key to its value. The key's own closing quote (possibly escaped, in JSON inside a
// string) and a `]` may come first.
const OP =
  '(?:' +
  [
    // Assignment: `=`, `:`, `:=` (and make's `::=`, `:::=`, `?=`, `+=`), `=>`, PHP's `.=`, and
    // the defaults `||`, `??`, `??=` (`opts.token || "…"`).
    String.raw`(?:\\?["'\x60])?\]?\s{0,5}(?::{1,3}=|=>|\|\||\?\?=?|[?.+]=|=(?!=)|:(?!:))\s{0,5}`,
    // A typed declaration: Go `key string = "…"`, TypeScript and Kotlin `key: string = "…"`, Rust
    // `KEY: &str = "…"` and `key: String = String::from("…")`.
    String.raw`\s{0,3}:?\s{0,3}&?(?:'static\s+)?(?:string|str)\s{0,3}=\s{0,3}(?:String::from\(\s{0,3})?`,
    // A dash between blanks, in notes and lists: `slack token - xoxb-…`.
    String.raw`\s{1,3}[-\u2013\u2014]\s{1,3}`,
    // Prose and comparisons, with a quoted value: `the password is 'Secret123'`,
    // `if password == "team10"`, Java's `password.equals("team10")` (a credential in the check).
    String.raw`\s{1,3}is:?\s{1,3}(?=["'])|\s{0,3}[!=]==?\s{0,3}(?=["'])|\.equals(?:IgnoreCase)?\(\s{0,3}(?=["'])`,
    // Key and value as the first two string arguments of a call: getenv("KEY", "default"),
    // define('KEY', '…'), and Android's buildConfigField "String", "KEY", "\"…\"" (a list of
    // words, "pwd", "quickcheck", is not a key and its value).
    String.raw`(?<=(?:\(|buildConfigField\W{1,4}String["']\s{0,3},)\s{0,3}["'][\w.-]{0,60})["']\s{0,3},\s{0,3}(?=["'])`,
    // An XML key/value attribute pair: <add key="ApiKey" value="…"/>.
    String.raw`["']\s{1,5}value\s{0,3}=\s{0,3}`,
    // An XML element named by the key: <password>…</password>, <Pass encoding="base64">…</Pass>.
    String.raw`(?<=<[\w.:-]{1,60})(?:\s[^<>\n]{0,100})?>`,
    // A Java XML properties entry: <entry key="mail.password">…</entry>.
    String.raw`(?<=\skey\s{0,3}=\s{0,3}["'][\w.:-]{0,60})["']\s{0,3}>`,
    // A command-line flag: --password x, --api-key x.
    String.raw`(?<=(?:^|\s)--?[\w.-]{1,60})\s{1,3}(?=[^\s-])`,
    // A space then a quoted value: Gradle `password 'x'`, fetchmail `password "x"`.
    String.raw`\s{1,5}(?=["'])`,
  ].join('|') +
  ')';

// A property chain (options.auth.token, process.env.X) is a reference; it is rejected inside the
// pattern so that a later key on the line (`process.env.APP_SECRET || "…"`) is still tried.
const PROPERTY_CHAIN = String.raw`!{0,2}[A-Za-z_$][\w$]{0,100}(?:\.#?[A-Za-z_$][\w$]{0,100}){1,20}`;

// The value: a quoted string without whitespace (its quote captured as `q` and required again at
// the end; a `"` inside single quotes or an escaped `\"` around the value is not part of it, and a
// string followed by `+` is only the start of a concatenation), or
// one unquoted token that ends the statement, or the string it sits in when it is a URL's query
// parameter (`"https://…?token=…"`). Group 3 is the secret (1 the key, 2 the quote).
// The longest value: OAuth refresh tokens (Microsoft Entra's run past a thousand characters).
const MAX_VALUE = 2048;
// A quote ends an unquoted value only where it is a URL's query parameter (`?key=…"`, `&token=…'`):
// elsewhere an unquoted value before a quote is code or markup (`password1" :error-messages="`).
const QUERY_VALUE_END = String.raw`(?<=[?&][\w.-]{1,60}=[^\s"'\x60]{1,${MAX_VALUE}})["'\x60]`;
const value = (min: number): string =>
  String.raw`(?<q>["'\x60]?)(?:\\"|(?<=')")?(` +
  String.raw`(?<=["'\x60])(?:(?!\k<q>)[^\s\\]){${min},${MAX_VALUE}}?` +
  String.raw`|(?<![^\s=:>,"])(?!${PROPERTY_CHAIN}(?:[\s;,<&\\]|$))[A-Za-z0-9!#%*+/=@^_~.:-][A-Za-z0-9!#$%*+/=@^_~.:-]{${min - 1},${MAX_VALUE - 1}}(?=[\s;,<&\\]|$|${QUERY_VALUE_END})(?!\s{0,3}[({])` +
  String.raw`)(?:\\?")?\k<q>(?!\s{0,3}\+)`;

// One rule of the family: the key-name vocabulary of its class, then an operator and a value.
const assignment = (key: string, min: number): RegExp =>
  new RegExp(String.raw`(?<key>${key}${TAIL})${OP}${value(min)}`, 'i');

// Values that are not credentials whatever key they are assigned to (shared with the provider-key
// fallback rule).
export const NOT_A_CREDENTIAL: RegExp[] = [
  /^[a-z][a-z0-9+.-]*:\/\//i, // a URL
  /^\{[^{}]*\}$|^<[^<>]*>$|^\[[^[\]]*\]$|^%[A-Za-z_]+%?$/, // {name}, <name>, [name], %NAME%
  /^\$(?:2[aby]?|argon2(?:id|i|d)|[1567]|apr1|sha1|y|gy)\$/, // a password hash, not the password
  /^!{0,2}[A-Za-z_$][\w$]*(?:\.#?[A-Za-z_$][\w$]*)+$/, // a property chain: options.auth.token, this.#key
  // a type name: PasswordValidator, KDFInput, GetUserIdByName (a word and digits, `Zorro7`, is left
  // to isNonSecretValue). Its words have two lower-case letters or are common short ones: random
  // letters (`CTnjZJskHlTOjrtXkUSN`) have humps of one or none.
  /^(?=.*[a-z]{3})(?![A-Z][a-z]{2,}\d{1,4}$)(?:[A-Z]{1,4}[a-z]{2,}|Id|Io|Ip|Os|Ui|Db|By|To|Of|On|In|At|Is|Or|As|No|Up|Do|If|It|Me|My|We|Go)+[A-Z]{0,4}\d{0,2}$/,
  // a kebab-case name: a word, then words maybe numbered (orders-db-credentials, Github-Repository,
  // api-v2); a random value's dashed groups mix letters and digits (faiiahli-goke-db0r-s20dgab9a0iv)
  /^[a-z]+(?:-(?:[a-z]+\d*|\d+))+$/i,
  /^\d{1,3}(?:\.\d{1,3}){3}(?:[/:,]|$)/, // an IP address, a network, a list of hosts
  /^@[\w-]+(?:\.[\w-]+)+(?:[:/]|$)/, // the host after a URL's credentials: `<password>@db.host/app`
  /\.\.\.|\u2026/, // elided: `ops_eyJzaWdu...`, `99ab...etc...2ac`
  /^\.[a-z]/i, // a CSS class or a file extension: `.visible-element`
  /^\/\//, // a comment or a protocol-relative URL: `//@codeCoverageIgnoreStart`
  /[A-Za-z_]::[A-Za-z_$]/, // code: `PDO::MYSQL_ATTR_SSL_KEY`, `HashCaster::class`
  /^[\d.:/-]+$/, // no letter: a number, a version, a date, a time, an address (`1:4.5.2.5`)
  /^pk_(?:live|test)_/, // a Stripe publishable key: public by design, in every checkout page
  /\d+\.\d+\.\d+$/, // ends in a version: `io.jsonwebtoken:jjwt-jackson-0.11.2`
  /^(?:(?:ctrl|shift|alt|cmd|meta|super|option|win)\+)+\S+$/i, // a keyboard shortcut: ctrl+shift+down
  /\.(?:json|ya?ml|txt|pem|key|crt|env|properties|conf|cfg|ini|xml|toml)$/i, // a file name
  /^\^.*\$$|\(\?[=!:<]/, // a regular expression
  /^\p{Lu}\p{Ll}{2,}$/u, // one capitalised word in any language: a UI label ("Contraseña")
  /(?:^|\|)(?:required|nullable|sometimes|confirmed)(?:\||$)/, // validation rules: required|min:8
  /^(?:function|async|await|lambda|require|return|typeof|instanceof|undefined|nullptr|boolean|integer|string|number|object|unknown)$/i, // code
  /^[),;\]}]|[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\(/, // minified code between two strings: `),x.a.createElement(`
];

// Words that, ending in `key`, name something other than a secret: a public key, a database or
// cache key, a UI or event key, an ordinary word (`monkey`, `hotkey`).
const NOT_SECRET_KEY = [
  'public|pub|publishable|anon|site|recaptcha|captcha|ssh|gpg|pgp|rsa|dsa|ecdsa|ed25519|host|known',
  'primary|foreign|unique|composite|partition|sort|range|hash|row|index|idx|lookup|table|column|col',
  'cache|idempotency|dedupe?|i18n|translation|locale|lang|message|msg|label|route|query|mutation',
  'data|item|list|child|node|entry|field|attr|prop|state|store|injection|meta|map|dict|group|object',
  'shift|ctrl|control|alt|option|cmd|command|escape|hot|turn|mon|don|tur|hoc|whis|jockey|project',
].join('|');
// Keys the other rules of the family name (generic-api-key, -encryption-key, -secret).
const OTHER_RULES_KEY =
  'api|access|subscription|consumer|client|app|encryption|encrypt|signing|master|private|hmac|jwt|aes|cipher|secret';

export const genericRules: Rule[] = [
  {
    id: 'generic-password',
    description: 'Password assigned in code or configuration',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: [
      'password',
      'passwd',
      'passphrase',
      'pwd',
      'pass=',
      'pass =',
      'pass:',
      'pass"',
      "pass'",
      'pass>',
    ],
    generic: true,
    pattern: assignment(
      String.raw`(?:passw(?:or)?d|passphrase|pwd|(?<![a-z])pass(?![a-z]))(?:[_.-]?(?:admin|root|db|enc|\d))?`,
      6,
    ),
    secretGroup: 3,
    // Passwords chosen by people are not random: a weaker gate than for keys and tokens. A short
    // or weak one (`Zorro7`, `123QWEasd`) is still a password, reported with `low` confidence.
    entropy: 1.5,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'db_password = "cCVIysEcOsfdroLfTu5Q"',
        'DB_PASSWORD=Zorro7',
        "password = '123QWEasd'",
        'DB_PASSWORD=tK4%UL*Fzwb5WU6D',
        '  password: LBwq7SinbWHycp',
        '<password>g1yK2LSbVOTLkAFi</password>',
        '<datasource user="app" password="lddA7Q84wBjk5Aesw1" />',
        'conn = psycopg2.connect(host="db.internal", password="84Sm1bvYpwcoVKiX")',
        "    'password' => 'kR2q63GHc30su688',",
        '  "adminPassword": "BSLzhUPZq%Kaw#f7BbDtez9O",',
        "SMTP_PASS = '^4rWq(zkL1'",
        'password="pr1me$Tide"',
        '$password = "goldfinch";',
        'my_password := "Hq4.k2ln!"',
        ':password   =>   "w7v,Qx@2lp"',
        '  <add key="SmtpPassword" value="Ui7#xw2LmQ9" />',
        '<entry key="mail.password">t0pS3cr3tM4il</entry>',
        '      password "Ot4kd@ql91"',
        'echo password "Kq7Rw!zz1a" | vault login -',
        'mysqladmin --user root --password 8fJdk2Lq0w',
        'pwd = os.environ.get("SMTP_PWD", "r2D!q8sLkz")',
        '"{\\"user\\":\\"svc\\",\\"password\\":\\"hK2lq8vZx0\\"}"',
        '[db]\npassword = ye7%Gq1q9',
        'if password == "Xh7blJcIIEQ2BSiP":',
        'if (user.equals("admin") && password.equals("Xh7blJcIIEQ2BSiP")) {',
        'echo "The password is \'Secret123x\'"',
      ],
      negative: [
        'password = "${DB_PASSWORD}"',
        'password: "changeme"',
        'password = os.environ["DB_PASSWORD"]',
        'def login(user: str, password: str = "") -> bool:',
        'password_hint = "Name of your first pet"',
        'password = "password"',
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
        'password = getpass.getpass()',
        'password = getpass()',
        "password = prompt('Password: ')",
        'sensitive = ("password", "password_confirmation")',
        'parser.add_argument("--password", help="the account password")',
        'docker login --password-stdin registry.acme.io',
        'raise ValueError("password must be set")',
        'if (!opts.password) {',
        'bypass = "cache_control_off"',
        'passing_grade = "seventy-five"',
        'user = pass',
        'String usernamePassword = "application:" + appKey + ":" + appSecret;',
        "url = httpbin('digest-auth', 'auth', 'user', 'pass', authtype, 'never')",
        "keywords = ['prop', 'pwd', 'quickcheck', 'refute']",
        '  pass: function () {',
        'createElement("label",null,"Password:"),d?x.a.createElement("code",null," ****** ")',
        '["authorizePassword","username","password","passwordType","clientId"]',
        '  "password": "Contraseña",',
        "    'password' => 'required|string|min:8|confirmed',",
        '<v-text-field v-model="password1" :error-messages="errors.first(\'password\')">',
        '"component_id": "ubuntu:bionic:passwd:1:4.5.2.5"',
        'export SESSION_SECRET=99ab...etc...2ac',
        '`spring.data.mongodb.uri=mongodb+srv://<username>:<password>@cluster.mongodb.net/app`,',
      ],
    },
  },
  {
    id: 'generic-secret',
    description: 'Secret (client secret, secret key) assigned in code or configuration',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['secret'],
    generic: true,
    pattern: assignment(String.raw`secret(?:[_.-]?(?:key(?:[_.-]?base)?|access[_.-]?key|token|hex))?`, 10),
    secretGroup: 3,
    entropy: 3.2,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'client_secret: "tpFB3mOsjRRTJ9ydBjHtGrEy9czAxK5C"',
        'JWT_SECRET=4KgaNIXbPzbfUN17Vwczi12RUfGpEDDNbqxwTdfZ',
        "SECRET_KEY = '69rBrr97qaSHAvDyYtqscaWeoxhkiCWYFkcyUhC8fP6FUs7AMe'",
        '<app id="billing" secret="wSedFCllEsf6xWMKAm5S9LoX" />',
        'config.secret_key_base = "yVHRJqMvCrVqHCPkvFbiixnBVx0p682RSjJLdvCdOlg1TLOrIet7nhJ056PftOPF"',
        "SECRET_KEY = os.environ.get('SECRET_KEY', 'k#2l(9x!qv0z@m-h7_w^t3r&e=p4u8s*y6c1b5n(j)')",
        'app.secret = process.env.APP_SECRET || "Zq81mKe0vR4tXw9ay2Lp"',
        '--client-secret Wm2Ye7Fq0Pz8Lr1Ko5Tn',
        '  "payments_secret": "jk-qatdz1xcgoz3yssqexstefbtq"',
        'let client_secret: String = String::from("Wq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5");',
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
        'SECRET_KEY = os.environ.get("SECRET_KEY", "")',
      ],
    },
  },
  {
    id: 'generic-api-key',
    description: 'API key assigned in code or configuration',
    severity: 'high',
    confidence: 'medium',
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
    pattern: assignment(
      String.raw`(?:api|access|subscription|consumer|client|app)[_.-]?key(?:[_.-]?secret)?`,
      12,
    ),
    secretGroup: 3,
    entropy: 3.5,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'api_key = "txRoaLOnfcmiEzLKsKYfv6pcON6jj8nX"',
        '  "apiKey": "FGsW58Kae2qJ7vUuPMzpMNMgxRgmAaobUA84noYd",',
        'X-API-KEY: lNiF81oWoQCo0SKu7JWwBHcrhGNmZdoJ',
        // random letters only: no type name, though it starts with a capital
        'api_key = "CTnjZJskHlTOjrtXkUSN"',
        'WEATHER_API_KEY=QyPpa6TzvfncUW14s5a7kh45',
        'SUBSCRIPTION_KEY=base64:La1jMpNwylQzwrBcUPSG4FIztORM3bO9YTvA+sRL4Ky=',
        '<add key="MapsApiKey" value="Rt0qPz81mXw2Ky7sLd5N" />',
        "buildConfigField 'String', 'WEATHER_API_KEY', '\"Hc72LwqP0xZm4Ne9Ys1T\"'",
        'buildConfigField("String", "MAPS_API_KEY", "\\"Vb8sQ2kLm0Pz7Xw1Ny4R\\"")',
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
        "headers = {'X-Api-Key': api_key}",
      ],
    },
  },
  {
    id: 'generic-token',
    description: 'Access, auth or bearer token assigned in code or configuration',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['token'],
    generic: true,
    pattern: assignment(
      String.raw`(?<!(?:next|page|csrf|xsrf|continuation|cancellation|pagination|sync|max|num|cursor)[_.-]?)token(?:[_.-]?(?:secret|key))?`,
      12,
    ),
    secretGroup: 3,
    entropy: 3.5,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        'auth_token = "xYiHIdsyC7Q2tZflrZoAUexFbHJcEoScefQFbzjh"',
        '  "access_token": "zDZFUQovMI7oihKZyrlyvgXXmiaDq8K0zzZI9xW8AAUP8KBF",',
        'TOKEN=Xpt1DhhXYeb6pGcnwSGyjpvrC4WODaKU',
        'BOT_TOKEN: "19KHhlhUvUrVSUb1Pg17:Q0oIph5XbW2hknk6NQMxuhFB891aqa"',
        '"refresh_token": "0.AXEAFN5Pl6TDG0ibA8_OGCw6B-kFbFJoXnhBqmJD9wukrpZxAMc.' +
          'AgABAAAAAAD--DLA3VO7QrddgJg7WevrAgDs_wQA9P9g0VCdz8smoWqJBpit'.repeat(6) +
          '"',
        'tool deploy --token Rw8mXz2Qp0Lk5Yt7Nc1V',
        'deploy token - Rw8mXz2Qp0Lk5Yt7Nc1V',
        'DEPLOY_TOKEN ::= "Rw8mXz2Qp0Lk5Yt7Nc1V"',
        '$deployToken .= "Rw8mXz2Qp0Lk5Yt7Nc1V";',
        'private readonly apiToken: string = "Xpt1DhhXYeb6pGcnwSGyjpvrC4WODaKU";',
        'fetch("https://api.acme.io/v2/posts?auth_token=l7psk7wkedkpiyp4jrx5fjdnno8c89243of6yde8")',
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
        'tool deploy --token $DEPLOY_TOKEN',
        'end = token - prefixLength',
        'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
        'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...',
        'fetch(`https://api.acme.io/v2/posts?auth_token=${token}`)',
      ],
    },
  },
  {
    id: 'generic-encryption-key',
    description: 'Encryption, signing or master key assigned in code or configuration',
    severity: 'high',
    confidence: 'medium',
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
    pattern: assignment(
      String.raw`(?:encryption|encrypt|signing|master|private|hmac|jwt|aes|cipher)[_.-]?key(?:[_.-]?(?:base|hex))?`,
      16,
    ),
    secretGroup: 3,
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
  {
    // Keys no other rule of the family names: `api_key`, `master_key`, `secret_key` are theirs.
    id: 'generic-key',
    description: 'Key (license, service or account key) assigned in code, configuration or a URL',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    // The key name's end and the operator: a bare `key` is in most lines of code.
    keywords: [
      ...['key=', 'key =', 'key:', 'key :', 'key"', "key'", 'key>', 'key`', 'key string', 'key -'],
      // numbered keys (`KEY2=`, `sumoKey1 = `)
      ...Array.from({ length: 10 }, (_, d) => `key${d}`),
    ],
    generic: true,
    // `key` names a cache entry, a list item, a translation, an object property far more often than
    // a secret: besides the family's filters, the value must look generated (see allow), and a key
    // that a `value`, `label` or the like follows (`{ key: 'name', value: … }`, a transpiled class's
    // methods, a list's items) names something.
    pattern: new RegExp(
      assignment(
        // `?key=` and `&key=` keep their `?` or `&`: a URL's `key` parameter names an API key.
        String.raw`(?:[?&]|(?<![\w.-]))[\w.-]{0,40}?(?<!(?:${NOT_SECRET_KEY}|${OTHER_RULES_KEY})[_.-]?)key`,
        16,
      ).source +
        String.raw`(?!\\?["'\x60]?(?:\s|\\[nrt]){0,12},(?:\s|\\[nrt]){0,12}\\?["']?(?:value|label|title|name|text|id|type|icon|path|href|component)\b)`,
      'i',
    ),
    secretGroup: 3,
    entropy: 3.5,
    allow: [
      ...NOT_A_CREDENTIAL,
      // an OpenPGP key id or fingerprint (`key: 0x9DC858229FC7DD38`), public by design
      /^(?:0x)?(?:[0-9A-Fa-f]{16}|[0-9A-F]{40})$/,
      // a list, or a name an IDE or a form keeps under `key` (`#com.intellij…`,
      // `search.everywhere.popup/…`): not a key's value
      /,|^#|^[a-z]+(?:\.[a-z]+){2}/i,
      // A generated key has letters and digits and is one token: words joined by `.`, `:` or `|`
      // (`illuminate:cache:lock`, `GPL-2.0-or-later`), code (`$`, braces, blanks), encoded text
      // (`value%20with%20spaces`) and names without a digit (`getColorRGBA`) are names.
      /^[^0-9]*$|^[^A-Za-z]*$|[.:|$%\s{}]/,
      // Names built of three or more short parts, words and a hash or a date: cache keys
      // (`deps-v3-linux-x64-7c9e6679`), migrations (`20240115093000_add_users_table`). A token has
      // a long random part (`apify_api_dXB1…`), and a UUID or a product key (`AB12C-…`) is kept.
      /^(?![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-)(?![A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,}$)[A-Za-z0-9]{1,16}(?:[-_][A-Za-z0-9]{1,16}){2,}$/,
      // a CI cache key: words, then a hash of the lock file (`v1-deps-<sha1>`, `gems-<sha256>`)
      /^(?:[A-Za-z0-9]{1,16}-)+[0-9a-f]{16,}$/,
    ],
    samples: {
      positive: [
        'LICENSE_KEY=yoo3d5pu3t4zxd6x1vhk7ykmjqarbsv1',
        '  azureKey: wRRPyhjv8m6JGRujUUrPKa8d3rJ0mrGAxhmqf3A68OgZmlWUJyma',
        'apiMaticKey := "rc6iLoUEFGGAWNLsuBJnmsh4tZB-oCxcDUmc45HIPcuiQvfUEuqo8wb9YrUd2LyB"',
        '[DEBUG] Using Key=smcud4y6elxx7u6q58ewwv8rq01hpi3f',
        'url := "https://api.acme.io/v1/users?key=3kx19qpx748ldb75lsjicbs6ipit6ssm"',
        'base_url: "https://api.acme.io/v1/user?key=9e4635bc-28dc-25d3-8546-2b30115d9a7b"',
        "$config['storage_key'] = 'Hc72LwqP0xZm4Ne9Ys1TVb8sQ2kLm0Pz';",
        '<key>Rt0qPz81mXw2Ky7sLd5NWm2Ye7Fq0Pz8</key>',
        'const fastlyKey string = "TVAWji0p7uDI6OP9DyWvmV-vgoUoXIuf"',
        "sumoKey1 = 'CzrMhR8zzy1eH1F0XlY1tu5ywqa2yaSFoWGg2cqE43XkfnUVCytnPQfv1enUYrzv'",
      ],
      negative: [
        'key: "settings.account.title"',
        'public_key = "Hc72LwqP0xZm4Ne9Ys1TVb8sQ2kLm0Pz"',
        'publishableKey: "Hc72LwqP0xZm4Ne9Ys1TVb8sQ2kLm0Pz"',
        'cacheKey = "user-profile-settings-v2"',
        'monkey = "Hc72LwqP0xZm4Ne9Ys1TVb8sQ2kLm0Pz"',
        'primary_key: "2f1d5c0e-7a4b-4c1e-9f3d-6b8a2e4c7d90"',
        'key: 9DC858229FC7DD38854AE2D88D81803C0EBFCD88',
        '<commons.releaseManagerKey>86fdc7e2a11262cb</commons.releaseManagerKey>',
        'key = "${LICENSE_KEY}"',
        '<Route key={route.path} path={route.path} />',
        '<state x="1103" y="229" key="search.everywhere.popup/0.0.1920.1040@0.0.1920.1040" />',
        '("a_new_key", "192.168.0.0/24,127.0.0.1,localhost.localdomain"),',
        'sonar.projectKey=Github-Repository',
        '{key:"getColorRGBA",value:function(t){return this.color}},{key:"_serializeV2V4",value:function(){}}',
        'eval("}, {\\n      key: \\"intStringDateOrFunc2func\\",\\n      value: function (t) {")',
        "$lockKey = 'illuminate:cache:lock:' . $name;",
        '"key": "GPL-2.0-or-later",',
        'const ContextKey = "_gin-gonic/gin/contextkey"',
        "'sslkey' => PDO::MYSQL_ATTR_SSL_KEY,",
        '        key: deps-v3-linux-x64-7c9e6679',
        '          key: v1-deps-40128b9fb1d4c9de2ef3bd02ad8a8a1e66c7b7d2',
        '  - key: 20240115093000_add_users_table',
        "const items = [{ key: 'V1StGXR8Z5jdHi6BmyT', label: 'One' }];",
        'export const FEATURE_FLAG_KEY = "newCheckoutFlow2024";',
        "const stripePublishableKey = 'pk_test_TYooMQauvdEDq54NiTphI7jx';",
        '  { "key": "ctrl+shift+alt+down", "command": "editor.action.copyLinesDownAction" },',
        "  { key: '9df21e95-3848-409d-8f94-c675cdfee839', value: 'Americas' },",
        'key: item.id,',
        'https://api.acme.io/v1/users?key=YOUR_API_KEY',
      ],
    },
  },
  {
    // Pretty-printed XML puts an element's text on a line of its own: `<apiToken>\n  …\n</apiToken>`.
    id: 'generic-xml-element-secret',
    description: 'Secret on a line of its own inside an XML element named for it',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['token>', 'key>', 'secret>', 'password>', 'passwd>', 'pwd>', 'credential>', 'credentials>'],
    generic: true,
    multiline: true,
    // the element opens at the end of its line
    lineFilter: /(?:token|key|secret|passwo?r?d|pwd|credentials?)(?:\s[^<>]*)?>\s*$/i,
    // `^`: a multi-line rule searches from the keyword's line on; anchoring stops it there.
    pattern: new RegExp(
      String.raw`^[^\n]*?<(?<key>[\w.:-]{0,60}?(?:token|(?<!(?:${NOT_SECRET_KEY})[_.-]?)key|secret|passwo?r?d|pwd|credentials?))(?:\s[^<>\n]{0,200})?>[ \t]*\r?\n[ \t]*([^\s<>]{8,256})[ \t]*(?:\r?\n[ \t]*)?<\/\k<key>>`,
      'i',
    ),
    secretGroup: 2,
    entropy: 3.2,
    allow: NOT_A_CREDENTIAL,
    samples: {
      positive: [
        '<acmeToken>\n    Wq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5Fs1Gc0Yq\n</acmeToken>',
        '  <password>\n    t0pS3cr3tM4il9\n  </password>',
        '<clientSecret>\nWm2Ye7Fq0Pz8Lr1Ko5TnRt0q</clientSecret>',
      ],
      negative: [
        '<publicKey>\n    Wq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5Fs1Gc0Yq\n</publicKey>',
        '<token>\n    ${DEPLOY_TOKEN}\n</token>',
        '<secretName>\n    orders-db-credentials\n</secretName>',
      ],
    },
  },
];
