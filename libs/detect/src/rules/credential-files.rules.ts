import type { Rule } from '../rule.types';

// A JSON quote, escaped when the JSON is itself inside a JSON string.
const Q = String.raw`\\?"`;

// base64 of user:pass placeholders (username:password, user:pass, user:password, admin:admin,
// admin:password, foo:bar, test:test).
const PLACEHOLDER_BASIC =
  /^(?:dXNlcm5hbWU6cGFzc3dvcmQ|dXNlcjpwYXNz|dXNlcjpwYXNzd29yZA|YWRtaW46YWRtaW4|YWRtaW46cGFzc3dvcmQ|Zm9vOmJhcg|dGVzdDp0ZXN0)/;

// Credentials in well-known files (.netrc, .pgpass, .git-credentials, .npmrc, docker config.json,
// .htpasswd, FTP client and database GUI configs, mail client rc files, NuGet.Config, hub) and in
// command lines and HTTP headers.
export const credentialFileRules: Rule[] = [
  {
    id: 'netrc-credentials',
    description: '.netrc machine entry with a password',
    severity: 'high',
    cwe: 798,
    keywords: ['machine'],
    multiline: true,
    // Anchored at the keyword's line; the entry may span several lines.
    pattern:
      /^[^\n]{0,200}?machine\s{1,20}\S{1,253}\s{1,20}login\s{1,20}\S{1,128}\s{1,20}password\s{1,20}(\S{3,256})/,
    samples: {
      positive: [
        'machine api.heroku.com\n  login ops@acme.io\n  password teVjkWQVAW9jhivT9ZZoB3Hr',
        'machine git.acme.io login deploy password xfk%wFB7eUttpSf3qt',
      ],
      negative: [
        'machine git.acme.io login deploy password ${NETRC_PASSWORD}',
        'The state machine moves to login when the password is set.',
      ],
    },
  },
  {
    id: 'pgpass-credentials',
    description: '.pgpass entry (host:port:database:user:password)',
    severity: 'high',
    cwe: 798,
    keywords: [':5432:', ':*:', '*:*:'],
    // A colon inside the password is escaped (`\:`): an unescaped one means another format, such
    // as a shadow(5) line `root:*:19750:0:99999:7:::`.
    pattern: /^([^:\s#]{1,253}):(\d{1,5}|\*):([^:\s]{1,63}):([^:\s]{1,63}):((?:[^:\s\\]|\\.){3,128})$/,
    secretGroup: 5,
    samples: {
      positive: [
        'db.internal:5432:orders:svc_orders:5PuFDi1W6fbchpsIShut',
        '*:*:*:replicator:QX6D9gDskMBTZil9JOncoNqs',
        'db.internal:5432:*:etl:Wq8\\:zL2rKx',
      ],
      negative: [
        'db.internal:5432:orders:svc_orders:*',
        'db.internal:5432:orders:svc_orders:changeme',
        'listen: 0.0.0.0:5432:tcp',
        'root:*:19750:0:99999:7:::',
      ],
    },
  },
  {
    id: 'git-credentials',
    description: '.git-credentials entry (https://user:token@host)',
    severity: 'high',
    cwe: 798,
    keywords: ['https://', 'http://'],
    literals: ['://', '@'],
    // The user name may itself hold an `@` (an e-mail address, percent-encoded or not): the host
    // follows the last `@`.
    pattern: /^\s{0,8}https?:\/\/[^\s:/]{1,128}:([^\s/]{3,256})@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/?\s{0,8}$/,
    // Tokens with a rule of their own are reported by that rule.
    allow: [/^(?:ghp_|gho_|ghu_|ghs_|github_pat_|glpat-|ATBB)/],
    samples: {
      positive: [
        'https://deploy:X3mGmZJyY3zLAjrEt5x1Yc0jFdPsvFIs@git.acme.io',
        'https://jenkins:7mAmoLLCLwIOwByOMZGU@bitbucket.acme.io:8443/',
        'https://ops%40acme.io:Vq7Lz0Xw2Pk9Rt4Y@dev.azure.com',
        'https://ops@acme.io:Hb3Nm8Qs1Wd6Ky0J@git.acme.io',
      ],
      negative: [
        'https://deploy:ghp_PdkVkf1WTmMT7Mf6RpIGhJqdb5kf95PeLjCq@github.com',
        'https://git.acme.io/acme/api.git',
        'https://deploy:<token>@git.acme.io',
      ],
    },
  },
  {
    id: 'npmrc-auth-token',
    description: '.npmrc registry auth token',
    severity: 'high',
    cwe: 798,
    keywords: ['_authtoken'],
    pattern: /(?:^|\s)(?:\/\/[^\s=]{1,253}\/)?:?_authToken\s{0,3}=\s{0,3}["']?([^\s'"]{8,256})/,
    entropy: 3,
    allow: [/^(?:npm_|ghp_|gho_|ghu_|ghs_|github_pat_|glpat-|AKCp|cmVmdGtu)/],
    samples: {
      positive: [
        '//npm.pkg.acme.io/:_authToken=c08d4727-e10a-af54-2a5a-5a074e340a5a',
        '//acme.jfrog.io/artifactory/api/npm/npm/:_authToken=QFZWOnm2WsNnK2GAvAvhwQn8q4tvLzz4yYdOizgDJcNDlozhh58s4bdQ9nY6JN2p',
      ],
      negative: [
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        '//registry.npmjs.org/:_authToken=npm_W2MgaXt7O65ubVykSNkn225XbE1VMGtzZvoa',
      ],
    },
  },
  {
    id: 'npmrc-auth',
    description: '.npmrc _auth (base64 user:password)',
    severity: 'high',
    cwe: 798,
    keywords: ['_auth'],
    pattern:
      /(?:^|\s)(?:\/\/[^\s=]{1,253}\/)?:?_auth\s{0,3}=\s{0,3}["']?([A-Za-z0-9+/]{8,256}={0,2})(?![A-Za-z0-9+/=])/,
    entropy: 3,
    allow: [PLACEHOLDER_BASIC],
    samples: {
      positive: [
        '_auth=2B4A48f8bHzJAyTNEATC5vqVKYhQ==',
        '//nexus.acme.io/repository/npm/:_auth=PvEw3qF3qRyj+TjqLpAGhIJuo5pBNbCl',
      ],
      negative: ['_auth=${NPM_AUTH}', 'always-auth=true'],
    },
  },
  {
    id: 'npmrc-password',
    description: '.npmrc _password (base64 password)',
    severity: 'high',
    cwe: 798,
    keywords: ['_password'],
    pattern:
      /(?:^|\s)(?:\/\/[^\s=]{1,253}\/)?:?_password\s{0,3}=\s{0,3}["']?([A-Za-z0-9+/]{8,256}={0,2})(?![A-Za-z0-9+/=])/,
    entropy: 3,
    samples: {
      positive: ['//nexus.acme.io/repository/npm/:_password=UtnQuSvaABeebpRz67JxCfGG'],
      negative: ['//nexus.acme.io/repository/npm/:_password=${NEXUS_PASSWORD_B64}'],
    },
  },
  {
    id: 'docker-config-auth',
    description: 'Docker config.json registry auth (base64 user:password)',
    severity: 'high',
    cwe: 798,
    keywords: ['"auth"'],
    pattern: /"auth"\s{0,5}:\s{0,5}"([A-Za-z0-9+/]{12,512}={0,2})"/,
    entropy: 3.2,
    allow: [PLACEHOLDER_BASIC],
    samples: {
      positive: [
        '      "auth": "BCi3yLO0GDUk9PK0EeiCswtgFlSew58YQDJhU0="',
        '{"auths":{"registry.acme.io":{"auth":"X+/JBctwsrj7CrE5wsaZT4/jR6mQ4HqnozawF4DJ"}}}',
      ],
      negative: ['      "auth": ""', '      "auth": "bearer"'],
    },
  },
  {
    id: 'htpasswd-bcrypt',
    description: '.htpasswd entry with a bcrypt password hash',
    severity: 'medium',
    cwe: 522,
    keywords: ['$2y$', '$2a$', '$2b$'],
    pattern: /^[^:\s#]{1,64}:(\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53})$/,
    samples: {
      positive: ['admin:$2y$10$qYDCHocJbwHsXLmDzWzZILGen0DeMgWScLV9m1dzuWDxKD1A3tX62'],
      negative: [
        'admin:$2y$10$cjT15Jn7DvqMko1rAJk9',
        'hash = "$2b$12$AG7eW5AotYH9J8K7pB8E2mP0zlgGSBA0JF39LjqqRuWtP9prHpU1A" # in a sentence',
      ],
    },
  },
  {
    id: 'htpasswd-apr1',
    description: '.htpasswd entry with an Apache MD5 (apr1) password hash',
    severity: 'medium',
    cwe: 522,
    keywords: ['$apr1$'],
    pattern: /^[^:\s#]{1,64}:(\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22})$/,
    samples: {
      positive: ['ops:$apr1$3x5QywAi$LyZ47sATLen0PF9xcJEhro'],
      negative: ['ops:$apr1$rNNgwoDw$7hwo1RRUb8'],
    },
  },
  {
    id: 'htpasswd-sha1',
    description: '.htpasswd entry with an unsalted SHA-1 password hash',
    severity: 'medium',
    cwe: 522,
    keywords: ['{sha}'],
    pattern: /^[^:\s#]{1,64}:(\{SHA\}[A-Za-z0-9+/]{27}=)$/,
    samples: {
      positive: ['monitor:{SHA}X//cTQy1FaPuUL8fkOhTLnaoyaw='],
      negative: ['monitor:{SHA}wdpiPM6zRY='],
    },
  },
  {
    id: 'basic-auth-header',
    description: 'HTTP Basic authorization header with credentials',
    severity: 'high',
    cwe: 798,
    keywords: ['basic '],
    pattern:
      /(?:authorization|auth)["']?\]?\s{0,5}[:=,]\s{0,5}["']?Basic\s{1,3}([A-Za-z0-9+/]{12,512}={0,2})(?![A-Za-z0-9+/=])/i,
    entropy: 3.2,
    allow: [PLACEHOLDER_BASIC],
    samples: {
      positive: [
        'curl -H "Authorization: Basic wVSro5UgHwN5KrZEBcmPlgg68DmxOZ==" https://api.acme.io/v1/export',
        "headers: { 'Authorization': 'Basic IF5xhIiwNsbcXGHf1KlKY6lCD2xsxrBVZsYj7iiF' },",
      ],
      negative: [
        'Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=',
        'Authorization: Basic <base64(user:password)>',
        'Authorization: Basic ${CREDENTIALS}',
        'The API uses Basic authentication',
      ],
    },
  },
  {
    id: 'bearer-token-header',
    description: 'HTTP Bearer authorization header with a token',
    severity: 'high',
    cwe: 798,
    keywords: [
      'bearer ',
      'bearer"',
      "bearer'",
      'oauth2-bearer',
      'authorization: token',
      'authorization": "token',
    ],
    generic: true,
    // After an Authorization header's name, or opening a string: the header's value held in a
    // variable or a setting (`token := "Bearer …"`, `auth_token: "Bearer …"`); the scheme and the
    // token as two arguments (.NET `new AuthenticationHeaderValue("Bearer", "…")`); curl's
    // `--oauth2-bearer`.
    pattern:
      /(?:(?:(?:authorization|auth)["']?\]?(?:\s{0,5}[:=,]\s{0,5}|\s{1,5})["']?|["'\x60])Bearer(?:\s{1,3}|["']\s{0,3},\s{0,3}["'])|authorization["']?\s{0,5}:\s{0,5}["']?token\s{1,3}|--oauth2-bearer[ =]["']?)([A-Za-z0-9._~+/-]{20,2048}={0,2})(?![A-Za-z0-9._~+/=-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'curl -H "Authorization: Bearer WRzefNc581iR7c3FnLlSHluxu8dI0x9DTTdt_u26" https://api.acme.io/v1/me',
        "headers['Authorization'] = 'Bearer ym0Tg91L2gw5ssFbWfFn2O5pRmB07xez'",
        // The colon lost (copied from a rendered page, a log line).
        '-H "Authorization Bearer Kq8sTz2vWm4XpL7nR1cY9bJd3Fh6Gk0A"',
        'bannerBearToken := "Bearer yvxpthLIcYpZweFpPOVeCOtt"',
        '  calendly_auth_token: "Bearer Wm2Ye7Fq0Pz8Lr1Ko5TnRt0qPz81mXw2Ky7sLd5N"',
        'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "Wm2Ye7Fq0Pz8Lr1Ko5TnRt0qPz81mXw2K");',
        'curl --oauth2-bearer Kq8sTz2vWm4XpL7nR1cY9bJd3Fh6Gk0A https://api.acme.io/v1/me',
        // GitHub's `token` scheme
        'curl -H "Authorization: token Wq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5" https://api.github.acme.io/user',
      ],
      negative: [
        'Authorization: Bearer <token>',
        'Authorization: Bearer ${ACCESS_TOKEN}',
        'Authorization: Bearer $TOKEN',
        'headers.set("Authorization", "Bearer " + token)',
        'const prefix = "Bearer authentication is described in RFC 6750"',
      ],
    },
  },
  {
    // Python's HTTP clients (requests, httpx, aiohttp's BasicAuth) take HTTP Basic credentials as
    // a (user, password) pair.
    id: 'http-auth-tuple',
    description: 'User and password given as a pair to an HTTP client (requests, httpx)',
    severity: 'high',
    cwe: 798,
    keywords: ['auth=', 'auth =', 'basicauth(', 'httpbasicauth('],
    pattern:
      /(?:\bauth\s{0,3}=\s{0,3}\(|\b(?:HTTP)?BasicAuth\()\s{0,3}["'][^"'\n]{1,100}["']\s{0,3},\s{0,3}["']([^"'\n]{6,128})["']\s{0,3}\)/i,
    generic: true,
    entropy: 2.5,
    samples: {
      positive: [
        'r = requests.get(url, auth=("svc-user", "Kq8sTz2vWm4XpL7n"))',
        "client = httpx.Client(auth=httpx.BasicAuth('deploy', 'Wq7Lk2Rp9Xz4Tn6V'))",
      ],
      negative: ['requests.get(url, auth=(user, password))', "auth=('user', os.environ['PASS'])"],
    },
  },
  {
    id: 'curl-basic-auth',
    description: 'curl command with user:password credentials',
    severity: 'high',
    cwe: 798,
    keywords: ['curl'],
    // The user may be empty (`-u ":password"`), and the command may go on over lines ending in `\`.
    // `^`: a multi-line rule searches from the keyword's line on; anchoring stops it there.
    pattern:
      /^[^\n]*?curl\s(?:(?:[^\n]|\\\r?\n){0,400}?\s)?(?:-u|--user)[ =]?["']?[^\s:'"]{0,64}:([^\s'"]{3,128})/,
    multiline: true,
    allow: [/^\$/],
    samples: {
      positive: [
        'curl -u admin:EyMI65c%Topm*odo https://jenkins.acme.io/api/json',
        'curl -s --user "svc:ap01nu60n49ImGWxtk2u" https://api.acme.io/export',
        'curl -u ":d2LkV78zLx!t" https://localhost:9200',
        "curl -k -X POST https://cache.acme.io:11222/rest \\\n  -H 'Content-type: text/plain' \\\n  -u developer:yqDVtkqPECriaLRi",
      ],
      negative: [
        'curl -u admin:$ADMIN_PASSWORD https://jenkins.acme.io/api/json',
        'curl -u "$USER:$PASS" https://api.acme.io',
        'curl -u admin https://jenkins.acme.io',
        'curl https://api.acme.io\n  -u admin:EyMI65c%Topm*odo',
        'curl -A "agent" --user-agent "Mozilla/5.0 (X11; Linux x86_64)" https://acme.io',
      ],
    },
  },
  {
    id: 'sshpass-password',
    description: 'sshpass command with an inline password',
    severity: 'high',
    cwe: 798,
    keywords: ['sshpass'],
    pattern: /sshpass\s{1,5}-p\s{0,3}["']?([^\s'"]{3,128})/,
    allow: [/^\$/],
    samples: {
      positive: [
        "sshpass -p 'GzYVEpbK8gBn5HFM' ssh deploy@10.0.4.7",
        'sshpass -pWrx6EYYt4d3u scp dump.sql backup@10.0.4.8:/srv',
      ],
      negative: [
        'sshpass -p "$SSH_PASSWORD" ssh deploy@10.0.4.7',
        'sshpass -f ~/.ssh/pass ssh deploy@10.0.4.7',
      ],
    },
  },
  {
    id: 'docker-login-password',
    description: 'docker login command with an inline password',
    severity: 'high',
    cwe: 798,
    keywords: ['docker login'],
    pattern: /docker\s{1,3}login\s[^\n]{0,200}?(?:-p|--password)[ =]["']?([^\s'"]{3,128})/,
    allow: [/^\$/],
    samples: {
      positive: [
        'docker login -u ci -p F#1O0xnzGa6zI2%bNXUu registry.acme.io',
        'docker login registry.acme.io --username ci --password="PzBv5ikXih53Mm8qcOU1NTTg"',
      ],
      negative: [
        'echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.acme.io',
        'docker login -u ci -p $REGISTRY_PASSWORD registry.acme.io',
      ],
    },
  },
  {
    id: 'mysql-cli-password',
    description: 'mysql / mysqldump command with an inline password',
    severity: 'high',
    cwe: 798,
    keywords: ['mysql'],
    pattern: /mysql(?:dump|admin)?\s(?:[^\n]{0,200}?\s)?(?:-p|--password=)["']?([^\s'"$-][^\s'"]{2,127})/,
    samples: {
      positive: [
        'mysqldump -u backup -pW4GtLkNKrFX5OD4h warehouse > dump.sql',
        'mysql -h db.internal -u root --password="dm%Esc5OUVsbka%7vk" orders',
      ],
      negative: ['mysql -h db.internal -u root -p orders', 'mysql -u root -p$MYSQL_ROOT_PASSWORD orders'],
    },
  },
  {
    id: 'psexec-password',
    description: 'PsExec command with an inline password (-p)',
    severity: 'high',
    confidence: 'high',
    cwe: 798,
    keywords: ['psexec'],
    pattern:
      /psexec(?:64)?(?:\.exe)?\s[^\n]{0,300}?\s[-/]p\s{1,5}(["']?)([^\s"'$%][^\s"']{1,127})\1(?=\s|$)/i,
    secretGroup: 2,
    samples: {
      positive: [
        'psexec \\\\10.0.4.7 -u CORP\\svc_deploy -p Wt9#kq2Lm cmd /c ipconfig',
        'PsExec64.exe \\\\build01 -accepteula -u Administrator -p "r8Vx!2qLz" -i powershell.exe',
      ],
      negative: [
        'psexec \\\\build01 -u svc -p $Password -i -d calc.exe',
        'PsExec.exe \\\\build01 -u svc -p %ADMIN_PASS% cmd',
        'psexec \\\\build01 -u svc -p PASSWORD cmd',
        'psexec \\\\build01 -s cmd',
      ],
    },
  },
  {
    id: 'powershell-plaintext-securestring',
    description: 'PowerShell ConvertTo-SecureString with a plain-text password',
    severity: 'high',
    confidence: 'high',
    cwe: 798,
    keywords: ['convertto-securestring'],
    pattern:
      /ConvertTo-SecureString\s{1,5}(?:-String\s{1,5})?(["'])([^"'\n$]{4,256})\1\s{1,5}(?:-AsPlainText|-Force)/i,
    secretGroup: 2,
    samples: {
      positive: [
        '$pw = ConvertTo-SecureString "Zq4!xW9pLm2" -AsPlainText -Force',
        "$cred = New-Object PSCredential('svc', (ConvertTo-SecureString -String 'N7m@Lq0r8Vw' -AsPlainText -Force))",
      ],
      negative: [
        '$pw = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force',
        '$pw = ConvertTo-SecureString "$Password" -AsPlainText -Force',
        '$pw = Read-Host -AsSecureString | ConvertFrom-SecureString',
      ],
    },
  },
  {
    id: 'filezilla-password',
    description: 'FileZilla site manager / recent servers password (<Pass>, often base64)',
    severity: 'high',
    confidence: 'high',
    cwe: 798,
    keywords: ['<pass'],
    pattern: /<Pass(?:\s{1,3}encoding="base64")?\s{0,3}>([^<\s]{3,512})<\/Pass>/,
    samples: {
      positive: [
        '      <Pass encoding="base64">Rm8zcSFMd3o4UG0y</Pass>',
        '<Server><Host>ftp.acme.io</Host><Port>21</Port><User>deploy</User><Pass>W7v!q2Lpz9</Pass></Server>',
      ],
      negative: ['<Pass encoding="base64" />', '<Pass encoding="base64"></Pass>', '<Password>'],
    },
  },
  {
    id: 'nuget-config-password',
    description: 'NuGet.Config package source credential (ClearTextPassword or encrypted Password)',
    severity: 'high',
    confidence: 'high',
    cwe: 798,
    keywords: ['cleartextpassword', '"password"'],
    allow: [/^%[A-Za-z_]\w*%$/],
    pattern:
      /<add\s{1,5}key\s{0,3}=\s{0,3}"(?:ClearTextPassword|Password)"\s{1,5}value\s{0,3}=\s{0,3}"([^"]{3,1024})"/i,
    samples: {
      positive: [
        '      <add key="ClearTextPassword" value="Kd8!Lq2wZx7p" />',
        '<add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAxkQ1lh2b0UmH8fPKXJZ0jQAAAAACAAAAAAAQZgAAAAEAACAAAAC" />',
      ],
      negative: [
        '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />',
        '<add key="Username" value="ci-bot" />',
      ],
    },
  },
  {
    id: 'hub-oauth-token',
    description: 'hub / GitHub CLI configuration oauth_token (40 hex characters)',
    severity: 'critical',
    confidence: 'high',
    cwe: 798,
    keywords: ['oauth_token:'],
    // ~/.config/hub and older ~/.config/gh/hosts.yml write `oauth_token: <token>` under the host;
    // current tokens (gho_…) have a rule of their own.
    pattern: /(?:^|\s)oauth_token:\s{1,5}["']?([0-9a-f]{40})["']?\s*$/,
    samples: {
      positive: [
        'github.com:\n- user: octo-ops\n  oauth_token: f0029c97c5b4b771f63f3f7675dbdb3652c7c8cc\n  protocol: https',
      ],
      negative: ['  oauth_token: <token>', '  oauth_token: ' + '0'.repeat(40)],
    },
  },
  {
    id: 'mutt-password',
    description: 'mutt / neomutt rc file IMAP, SMTP or POP password',
    severity: 'high',
    confidence: 'high',
    cwe: 798,
    keywords: ['_pass'],
    allow: [/^\$/],
    pattern: /^\s{0,8}set\s{1,5}(?:imap|smtp|pop)_pass\s{0,3}=\s{0,3}(["']?)([^"'\s]{3,256})\1/,
    secretGroup: 2,
    samples: {
      positive: ['set imap_pass = "Lw0q!8Rz3Xv"', "set smtp_pass='Pq2#nV7kLz'"],
      negative: ['set imap_pass = "`pass show mail/imap`"', 'set imap_pass = $my_pass'],
    },
  },
  {
    id: 'fetchmail-password',
    description: '.fetchmailrc user entry with a password',
    severity: 'high',
    confidence: 'high',
    cwe: 798,
    keywords: ['password', ' pass '],
    // user "joe" [there] [with] password "…" (`pass` is a synonym). The quoted password tells the
    // rc file from prose ("username and password information").
    pattern:
      /\buser(?:name)?\s{1,5}(["']?)[^\s"']{1,128}\1\s{1,5}(?:there\s{1,5}|here\s{1,5})?(?:with\s{1,5})?(?:password|pass)\s{1,5}"([^\s"]{3,256})"/,
    secretGroup: 2,
    samples: {
      positive: [
        'poll imap.acme.io protocol IMAP user "ops@acme.io" there with password "Hq8!vL2zWx" is ops here',
        '  user deploy pass "R2d7Kq0Lmz" ssl',
      ],
      negative: [
        '.. warning:: Storing sensitive username and password information in an',
        'poll imap.acme.io protocol IMAP user "ops" there with password "changeme" is ops here',
      ],
    },
  },
  {
    id: 'plist-password',
    description: 'Password or token in a property list (Sequel Pro, TablePlus and other macOS tools)',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['</key>'],
    multiline: true,
    // <key>…password</key> then <string>…</string> on the next line.
    pattern:
      /^[^\n]{0,200}?<key>(?<key>[^<\n]{0,40}(?:password|passwd|secret|token|api[ _-]?key))<\/key>\s{0,200}<string>([^<\s]{4,512})<\/string>/i,
    secretGroup: 2,
    entropy: 2.5,
    samples: {
      positive: [
        '\t\t<key>password</key>\n\t\t<string>Wq8!zL2rKx</string>',
        '<key>DatabasePassword</key><string>Nm4#Vp9sLq</string>',
      ],
      negative: [
        '<key>PasswordRequired</key>\n<string>true</string>',
        '<key>TokenType</key>\n<string>Bearer</string>',
      ],
    },
  },
  {
    id: 'kubernetes-secret-json-data',
    description: 'Kubernetes Secret value in a JSON manifest or last-applied-configuration annotation',
    severity: 'high',
    confidence: 'medium',
    cwe: 798,
    keywords: ['"kind":"secret"', '"kind": "secret"', '\\"kind\\":\\"secret\\"'],
    // Every entry (of 8 characters or more) of the Secret's "data" (base64) or "stringData" object on a one-line JSON
    // manifest, such as the kubectl.kubernetes.io/last-applied-configuration annotation kubectl
    // keeps beside a YAML Secret (quotes may be escaped there). The keywords put the rule only on
    // lines that say "kind":"Secret"; the entry is matched first so the look-behind runs only on
    // candidates.
    pattern: new RegExp(
      String.raw`(?<=[{,]\s{0,3})${Q}([\w.-]{1,253})${Q}\s{0,3}:\s{0,3}${Q}([^"\\\s]{8,8192})${Q}` +
        String.raw`(?<=${Q}(?:data|stringData)${Q}\s{0,3}:\s{0,3}\{[^{}]{0,20000})`,
    ),
    secretGroup: 2,
    samples: {
      positive: [
        '{"apiVersion":"v1","data":{"password":"THE6SHpxOSF3Wk0y","username":"ZXRs"},"kind":"Secret","metadata":{"name":"db"}}',
        '      {"apiVersion":"v1","kind":"Secret","metadata":{"name":"api","namespace":"prod"},"stringData":{"token":"Rw8mXz2Qp0Lk5Yt7"}}',
        '"kubectl.kubernetes.io/last-applied-configuration": "{\\"apiVersion\\":\\"v1\\",\\"data\\":{\\"api-key\\":\\"cTdMeDlQbTJLdzBa\\"},\\"kind\\":\\"Secret\\"}"',
      ],
      negative: [
        '{"apiVersion":"v1","data":{"app.properties":"bG9nLmxldmVsPWluZm8="},"kind":"ConfigMap"}',
        '{"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","labels":{"app":"orders"}},"type":"Opaque"}',
        '{"apiVersion":"v1","data":{"password":"${DB_PASSWORD_B64}"},"kind":"Secret"}',
      ],
    },
  },
  {
    id: 'php-define-secret',
    description: 'PHP define() of a password or key constant (wp-config.php and similar)',
    severity: 'high',
    cwe: 798,
    keywords: ['define('],
    generic: true,
    pattern:
      /define\(\s{0,3}["'](?:DB_PASSWORD|[A-Z_]{0,30}(?:PASSWORD|SECRET|_KEY|_SALT|TOKEN))["']\s{0,3},\s{0,3}["']([^"'\n]{8,128})["']/,
    entropy: 3,
    allow: [/unique phrase/i],
    samples: {
      positive: [
        "define( 'DB_PASSWORD', 'JVl6kb!5i6Pif5hpiN4U' );",
        "define('AUTH_KEY', 'GfhbWAuoGW6327*SNPVFvJQwtb8iaCIuq5PTAXp6');",
      ],
      negative: [
        "define( 'DB_PASSWORD', getenv('DB_PASSWORD') );",
        "define('AUTH_KEY', 'put your unique phrase here');",
      ],
    },
  },
];
