// Credential files and configuration formats through the real CLI: a directory of files shaped
// like the tools write them is scanned with `deployguard scan --no-history`, and each file must
// give exactly the expected findings (rule, line, redacted value), and placeholders none.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { redactSecret } from '../libs/detect/src/preview.util';
import { expectExit, runCli } from './support/cli-runner';
import { makeTempDir, removeDir } from './support/git-fixtures';

interface Expected {
  rule: string;
  line: number;
  secret: string;
}

interface Finding {
  rule_id: string;
  file: string;
  line: number;
  secret_preview: string;
}

// [file path, content, expected findings]
type Case = [string, string, Expected[]];

const PPK = [
  'PuTTY-User-Key-File-3: ssh-ed25519',
  'Encryption: none',
  'Comment: deploy@build-07',
  'Public-Lines: 2',
  'AAAAC3NzaC1lZDI1NTE5AAAAIGq7Vx2mLw9Pz4KcR1sYd8Nf3Tb6Hj0Qe5Ua7Wi2Xo',
  'Lk3Mn8Bv',
  'Private-Lines: 1',
  'AAAAIJc4Rv9Wm2Lx7Qz0Ps5Nk8Ty3Fb6Hd1Ge4Ua9Si7Yo',
  'Private-MAC: 5b0d3f8e2a71c94d6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5',
].join('\n');

const FILE_CASES: Case[] = [
  [
    '.config/filezilla/sitemanager.xml',
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<FileZilla3 version="3.66.4" platform="windows">',
      '  <Servers>',
      '    <Server>',
      '      <Host>ftp.acme.io</Host>',
      '      <Port>21</Port>',
      '      <Protocol>0</Protocol>',
      '      <Type>0</Type>',
      '      <User>deploy</User>',
      '      <Pass encoding="base64">aUd6elRQcGUyZHJX</Pass>',
      '      <Logontype>1</Logontype>',
      '      <Name>prod</Name>',
      '    </Server>',
      '  </Servers>',
      '</FileZilla3>',
    ].join('\n'),
    [{ rule: 'filezilla-password', line: 10, secret: 'aUd6elRQcGUyZHJX' }],
  ],
  [
    '.vscode/sftp.json',
    JSON.stringify(
      {
        name: 'prod',
        host: 'files.acme.io',
        protocol: 'sftp',
        port: 22,
        username: 'deploy',
        password: 'ycuJ5B6Zgs7s9S!jyJ',
        remotePath: '/srv/www',
        uploadOnSave: true,
      },
      null,
      4,
    ),
    [{ rule: 'generic-password', line: 7, secret: 'ycuJ5B6Zgs7s9S!jyJ' }],
  ],
  [
    '.ftpconfig',
    '{\n    "protocol": "ftp",\n    "host": "ftp.acme.io",\n    "port": 21,\n    "user": "deploy",\n    "pass": "QKILWREbNTxX6F!Dnu",\n    "promptForPass": false\n}\n',
    [{ rule: 'generic-password', line: 6, secret: 'QKILWREbNTxX6F!Dnu' }],
  ],
  [
    '.dbeaver/data-sources.json',
    [
      '{',
      '\t"connections": {',
      '\t\t"postgres-jdbc-18c4": {',
      '\t\t\t"provider": "postgresql",',
      '\t\t\t"configuration": {',
      '\t\t\t\t"host": "db.acme.io",',
      '\t\t\t\t"port": "5432",',
      '\t\t\t\t"database": "orders",',
      '\t\t\t\t"user": "reporting",',
      '\t\t\t\t"password": "ghKox3mN4yslcM!dCf",',
      '\t\t\t\t"auth-model": "native"',
      '\t\t\t}',
      '\t\t}',
      '\t}',
      '}',
    ].join('\n'),
    [{ rule: 'generic-password', line: 10, secret: 'ghKox3mN4yslcM!dCf' }],
  ],
  [
    'Favorites.plist',
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<plist version="1.0">',
      '<dict>',
      '\t<key>host</key>',
      '\t<string>db.acme.io</string>',
      '\t<key>user</key>',
      '\t<string>app</string>',
      '\t<key>password</key>',
      '\t<string>6canPMPH48FUKW!ylb</string>',
      '</dict>',
      '</plist>',
    ].join('\n'),
    [{ rule: 'plist-password', line: 9, secret: '6canPMPH48FUKW!ylb' }],
  ],
  [
    '.pgpass',
    'db.acme.io:5432:orders:reporting:ZvKML0D6aDGSLX!Dd1\n',
    [{ rule: 'pgpass-credentials', line: 1, secret: 'ZvKML0D6aDGSLX!Dd1' }],
  ],
  [
    '.my.cnf',
    '[client]\nuser=backup\npassword="ofSfFsz4zYK2pU!A5f"\nhost=db.acme.io\n',
    [{ rule: 'generic-password', line: 3, secret: 'ofSfFsz4zYK2pU!A5f' }],
  ],
  [
    '.config/hub',
    'github.com:\n- user: octo-ops\n  oauth_token: 8942a39da60f1219b316e8801cdd43ee34658a44\n  protocol: https\n',
    [{ rule: 'hub-oauth-token', line: 3, secret: '8942a39da60f1219b316e8801cdd43ee34658a44' }],
  ],
  [
    '.config/gh/hosts.yml',
    'github.com:\n    git_protocol: https\n    users:\n        octo-ops:\n    oauth_token: gho_peEekC6vn2sS5p7Kv17T4U1y2j8Tx6waGPfx\n    user: octo-ops\n',
    [{ rule: 'github-oauth', line: 5, secret: 'gho_peEekC6vn2sS5p7Kv17T4U1y2j8Tx6waGPfx' }],
  ],
  [
    '.netrc',
    'machine api.heroku.com\n  login ops@acme.io\n  password e125d0a5-0ef3-4e5f-b57e-334b804a0036\n',
    [{ rule: 'netrc-credentials', line: 3, secret: 'e125d0a5-0ef3-4e5f-b57e-334b804a0036' }],
  ],
  [
    '.muttrc',
    'set imap_user = "ops@acme.io"\nset imap_pass = "EKYNNPuVMMEE6I!hBq"\nset folder = "imaps://imap.acme.io/"\n',
    [{ rule: 'mutt-password', line: 2, secret: 'EKYNNPuVMMEE6I!hBq' }],
  ],
  [
    '.fetchmailrc',
    'poll imap.acme.io protocol IMAP\n  user "ops@acme.io" there with password "E3sY9FytYuPN6j!typ" is ops here\n  ssl\n',
    [{ rule: 'fetchmail-password', line: 2, secret: 'E3sY9FytYuPN6j!typ' }],
  ],
  [
    'etc/shadow',
    [
      'root:*:19750:0:99999:7:::',
      'daemon:*:19750:0:99999:7:::',
      'deploy:$6$wZ7lyet/rPUGrLf7$W16HPurVhE4vD1AVz7gyFqwqxNAWTj2lfw.XuzVzMdtKyYvB17DNkTLb59azHOSBid62ic8HUrec4RcZX0XST0:19750:0:99999:7:::',
    ].join('\n'),
    [
      {
        rule: 'unix-password-file-entry',
        line: 3,
        secret:
          '$6$wZ7lyet/rPUGrLf7$W16HPurVhE4vD1AVz7gyFqwqxNAWTj2lfw.XuzVzMdtKyYvB17DNkTLb59azHOSBid62ic8HUrec4RcZX0XST0',
      },
    ],
  ],
  [
    'etc/proftpd/ftpd.passwd',
    'ftpuser:$1$Y5aHLJAp$CUT00oI5wiU0u0ZrzcRGQ0:2001:2001::/srv/ftp:/bin/false\n',
    [{ rule: 'unix-password-file-entry', line: 1, secret: '$1$Y5aHLJAp$CUT00oI5wiU0u0ZrzcRGQ0' }],
  ],
  [
    '.htpasswd',
    'admin:$2y$10$qYDCHocJbwHsXLmDzWzZILGen0DeMgWScLV9m1dzuWDxKD1A3tX62\n',
    [
      {
        rule: 'htpasswd-bcrypt',
        line: 1,
        secret: '$2y$10$qYDCHocJbwHsXLmDzWzZILGen0DeMgWScLV9m1dzuWDxKD1A3tX62',
      },
    ],
  ],
  [
    'mysite/settings.py',
    "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\nSECRET_KEY = 'django-insecure-am3lps@327=s%o7t&86mlv4tas2tur#+xxv5=ydh8+)-w6fzkl'\n\nDEBUG = True\n",
    [
      {
        rule: 'django-secret-key',
        line: 5,
        secret: 'django-insecure-am3lps@327=s%o7t&86mlv4tas2tur#+xxv5=ydh8+)-w6fzkl',
      },
    ],
  ],
  [
    'config/secrets.yml',
    'development:\n  secret_key_base: 38571f3f4354238bad0d83f6669abbae22a1c2ab0c2cb64b968c3e658b083defb0151f3e493a2301ebfed15d6ceb49dff3e7213a7aec4d572b436cf10d7d17c5\n\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n',
    [
      {
        rule: 'rails-secret-key-base',
        line: 2,
        secret:
          '38571f3f4354238bad0d83f6669abbae22a1c2ab0c2cb64b968c3e658b083defb0151f3e493a2301ebfed15d6ceb49dff3e7213a7aec4d572b436cf10d7d17c5',
      },
    ],
  ],
  [
    'laravel/.env',
    'APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=base64:zmoEHh2hf0u0Ykt+FHm9NQhs8y8ViYCoDNldsTEGQv4=\nAPP_DEBUG=true\n',
    [{ rule: 'laravel-app-key', line: 3, secret: 'base64:zmoEHh2hf0u0Ykt+FHm9NQhs8y8ViYCoDNldsTEGQv4=' }],
  ],
  [
    'symfony/.env',
    '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=bded979f5a07452786604741130a7675\n###< symfony/framework-bundle ###\n',
    [{ rule: 'symfony-app-secret', line: 3, secret: 'bded979f5a07452786604741130a7675' }],
  ],
  ['keys/deploy.ppk', PPK + '\n', [{ rule: 'putty-private-key', line: 1, secret: PPK }]],
  [
    '.git-credentials',
    'https://ops%40acme.io:VySHvHsRGIdWHS!C9W@dev.azure.com\nhttps://ops@acme.io:QPAFH06JOjmUwW!M3j@git.acme.io\n',
    [
      { rule: 'git-credentials', line: 1, secret: 'VySHvHsRGIdWHS!C9W' },
      { rule: 'git-credentials', line: 2, secret: 'QPAFH06JOjmUwW!M3j' },
    ],
  ],
  [
    'NuGet.Config',
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<configuration>',
      '  <packageSourceCredentials>',
      '    <AcmeFeed>',
      '      <add key="Username" value="ci-bot" />',
      '      <add key="ClearTextPassword" value="NBgRzZiTzZOzFw!aVX" />',
      '    </AcmeFeed>',
      '  </packageSourceCredentials>',
      '</configuration>',
    ].join('\n'),
    [{ rule: 'nuget-config-password', line: 6, secret: 'NBgRzZiTzZOzFw!aVX' }],
  ],
  [
    'gradle.properties',
    'org.gradle.jvmargs=-Xmx2g\nartifactoryUser=ci-bot\nartifactoryPassword=0vo4nPGwAqbMWd!ha0\n',
    [{ rule: 'generic-password', line: 3, secret: '0vo4nPGwAqbMWd!ha0' }],
  ],
  [
    'build.gradle',
    "publishing {\n  repositories {\n    maven {\n      url 'https://repo.acme.io/releases'\n      credentials {\n        username 'ci-bot'\n        password '7WdloLMjAbjCD6!UcN'\n      }\n    }\n  }\n}\n",
    [{ rule: 'generic-password', line: 7, secret: '7WdloLMjAbjCD6!UcN' }],
  ],
  [
    '.m2/settings.xml',
    '<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>ci-bot</username>\n      <password>v0QvOxDtd4dl8M!oIf</password>\n    </server>\n  </servers>\n</settings>\n',
    [{ rule: 'generic-password', line: 6, secret: 'v0QvOxDtd4dl8M!oIf' }],
  ],
  [
    'src/Db.cs',
    'var conn = new OdbcConnection("Driver={ODBC Driver 18 for SQL Server};Server=tcp:db01,1433;Uid=etl;Pwd=Lq8w!2ZrKx0;");\n',
    [{ rule: 'dotnet-connection-string-password', line: 1, secret: 'Lq8w!2ZrKx0' }],
  ],
  [
    'scripts/restart.bat',
    '@echo off\npsexec \\\\10.0.4.7 -u CORP\\svc_deploy -p Wt9#kq2Lm7 cmd /c "net stop app && net start app"\n',
    [{ rule: 'psexec-password', line: 2, secret: 'Wt9#kq2Lm7' }],
  ],
  [
    'scripts/deploy.ps1',
    '$pw = ConvertTo-SecureString "Zq4!xW9pLm2" -AsPlainText -Force\n$cred = New-Object PSCredential("svc", $pw)\n',
    [{ rule: 'powershell-plaintext-securestring', line: 1, secret: 'Zq4!xW9pLm2' }],
  ],
  [
    'wg0.conf',
    '[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = gYwgsSswjBaPtQLzk60R+MYeEdLa/wzeBY5Gg10Jfq4=\n\n[Peer]\nPublicKey = AOyMlKCSG4hFS/q7N8G6zjWWeUKtmrXCfjyOyJ4K9K4=\nEndpoint = vpn.acme.io:51820\n',
    [{ rule: 'wireguard-private-key', line: 3, secret: 'gYwgsSswjBaPtQLzk60R+MYeEdLa/wzeBY5Gg10Jfq4=' }],
  ],
  [
    'seed/users.yml',
    "- email: admin@acme.io\n  password_digest: '$2a$10$a/h3grJvrAqOnM78tvt14/sTc4SlI7slmS75b3q6q24pqt31Bd1Qu'\n",
    [
      {
        rule: 'password-hash',
        line: 2,
        secret: '$2a$10$a/h3grJvrAqOnM78tvt14/sTc4SlI7slmS75b3q6q24pqt31Bd1Qu',
      },
    ],
  ],
  [
    'loot/asrep.txt',
    '$krb5asrep$23$svc_backup@CORP.ACME.IO:974d579fda2860c95efa02f46e8048f6$ae7b2ce188ae63ec92bb7ab951e3f7b9d494f2f40601c974a2f4f58daae670ae2bd13de6b266962ecac2da4092b8c012a9f472e4ec51f3c4af860b74835b53ee63d18848883b9a9c1b17daa35fa150de8c72ad7cbfba159b65693f518140bd3063987332\n',
    [
      {
        rule: 'kerberos-hash',
        line: 1,
        secret:
          '$krb5asrep$23$svc_backup@CORP.ACME.IO:974d579fda2860c95efa02f46e8048f6$ae7b2ce188ae63ec92bb7ab951e3f7b9d494f2f40601c974a2f4f58daae670ae2bd13de6b266962ecac2da4092b8c012a9f472e4ec51f3c4af860b74835b53ee63d18848883b9a9c1b17daa35fa150de8c72ad7cbfba159b65693f518140bd3063987332',
      },
    ],
  ],
  [
    'services.env',
    'MONGO_URL=mongodb+srv://orders:Kw3@Lp9zQ1x@cluster0.ab1cd.mongodb.net/orders\nAMQP_URL=amqps://billing:Hr8vTq2LmZ0p@mq.acme.io:5671/prod\nPOSTGIS_URL=postgis://gis:Mx72qLw0Pz@gis.acme.io/maps\n',
    [
      { rule: 'database-connection-string', line: 1, secret: 'Kw3@Lp9zQ1x' },
      { rule: 'database-connection-string', line: 2, secret: 'Hr8vTq2LmZ0p' },
      { rule: 'database-connection-string', line: 3, secret: 'Mx72qLw0Pz' },
    ],
  ],
  [
    'k8s/db-secret.yaml',
    [
      'apiVersion: v1',
      'data:',
      '  password: VnE4I0x3MnBaeDBL',
      '  username: b3Bz',
      'kind: Secret',
      'metadata:',
      '  annotations:',
      '    kubectl.kubernetes.io/last-applied-configuration: |',
      '      {"apiVersion":"v1","data":{"password":"VnE4I0x3MnBaeDBL","username":"b3Bz"},"kind":"Secret","metadata":{"annotations":{},"name":"db","namespace":"prod"},"type":"Opaque"}',
      '  name: db',
      'type: Opaque',
    ].join('\n'),
    [
      { rule: 'generic-password', line: 3, secret: 'VnE4I0x3MnBaeDBL' },
      { rule: 'kubernetes-secret-json-data', line: 9, secret: 'VnE4I0x3MnBaeDBL' },
    ],
  ],
  // Placeholders and references in the same formats: no finding.
  [
    'placeholders/.env',
    [
      'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
      'AMQP_URL=amqp://guest:guest@localhost:5672/',
      'DB_PASSWORD=${DB_PASSWORD}',
      'SECRET_KEY=changeme',
      'APP_SECRET=%env(APP_SECRET)%',
    ].join('\n'),
    [],
  ],
  [
    'placeholders/settings.py',
    'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nPASSWORD = getpass.getpass()\nDB_PASSWORD = os.environ.get("DB_PASSWORD")\n',
    [],
  ],
  [
    'placeholders/restart.bat',
    'psexec \\\\build01 -u svc -p %ADMIN_PASS% cmd\npsexec \\\\build01 -u svc -p $Password cmd\n',
    [],
  ],
];

describe('deployguard scan: credential files and configuration formats (CLI process)', () => {
  let dir: string;
  let findings: Finding[];

  beforeAll(async () => {
    dir = makeTempDir('dg-formats-');
    for (const [path, content] of FILE_CASES) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const run = await runCli(['scan', '--no-history', '--repo-path', dir, '--format', 'json']);
    expectExit(run, 1);
    findings = JSON.parse(run.stdout).findings;
    // No value is printed in full.
    for (const [, , expected] of FILE_CASES)
      for (const e of expected) expect(run.stdout + run.stderr).not.toContain(e.secret);
  });
  afterAll(() => removeDir(dir));

  it.each(FILE_CASES.map(([path, , expected]) => [path, expected] as [string, Expected[]]))(
    '%s',
    (path, expected) => {
      const got = findings
        .filter((f) => f.file === path)
        .map((f) => ({ rule: f.rule_id, line: f.line, preview: f.secret_preview }))
        .sort((a, b) => a.line - b.line);
      expect(got).toEqual(
        expected.map((e) => ({ rule: e.rule, line: e.line, preview: redactSecret(e.secret) })),
      );
    },
  );
});

// One value per format, each under a secret-named key; then references and placeholders in the
// same formats, which are not findings.
const ASSIGNMENT_CASES: Case[] = [
  [
    'deploy/values.yaml',
    'database:\n  host: db.acme.io\n  user: app\n  password: pfcp9E#PbLwRNddE\n',
    [{ rule: 'generic-password', line: 4, secret: 'pfcp9E#PbLwRNddE' }],
  ],
  [
    'appsettings.json',
    '{\n  "Weather": {\n    "Endpoint": "https://api.weather.acme.io",\n    "ApiKey": "rpMI4Y#OkZFL1UbO"\n  }\n}\n',
    [{ rule: 'generic-api-key', line: 4, secret: 'rpMI4Y#OkZFL1UbO' }],
  ],
  [
    'Web.config',
    '<configuration>\n  <appSettings>\n    <add key="SmtpUser" value="mailer" />\n    <add key="SmtpPassword" value="n8szo8#q79lbzzBR" />\n  </appSettings>\n</configuration>\n',
    [{ rule: 'generic-password', line: 4, secret: 'n8szo8#q79lbzzBR' }],
  ],
  [
    'conf/context.xml',
    '<Context>\n  <Resource name="jdbc/app" auth="Container" username="app" password="ZmxXrC#Ef3nVGqQB" />\n</Context>\n',
    [{ rule: 'generic-password', line: 2, secret: 'ZmxXrC#Ef3nVGqQB' }],
  ],
  [
    'app.ini',
    '[smtp]\nhost = smtp.acme.io\npassword = KlfGJV#nZbVVNRzl\n',
    [{ rule: 'generic-password', line: 3, secret: 'KlfGJV#nZbVVNRzl' }],
  ],
  [
    'src/main/resources/application.properties',
    'spring.datasource.url=jdbc:postgresql://db.acme.io/app\nspring.datasource.password=2p1PA9#y4R2CWdTC\n',
    [{ rule: 'generic-password', line: 2, secret: '2p1PA9#y4R2CWdTC' }],
  ],
  [
    'api/.env',
    'NODE_ENV=production\nWEBHOOK_SECRET=FlzDyN#ISo6uiDwY\n',
    [{ rule: 'generic-secret', line: 2, secret: 'FlzDyN#ISo6uiDwY' }],
  ],
  [
    'config.toml',
    '[auth]\nissuer = "https://id.acme.io"\ntoken = "0NgPh1#4T7tbMX2v"\n',
    [{ rule: 'generic-token', line: 3, secret: '0NgPh1#4T7tbMX2v' }],
  ],
  [
    'infra/main.tf',
    'resource "aws_db_instance" "app" {\n  engine   = "postgres"\n  username = "app"\n  password = "rukxk0#N2ZB7jw1x"\n}\n',
    [{ rule: 'generic-password', line: 4, secret: 'rukxk0#N2ZB7jw1x' }],
  ],
  [
    'wp-config.php',
    "<?php\ndefine( 'DB_PASSWORD', 'tWMxJC#amIiFBUzU' );\n$config = array(\n    'secret' => '9AdyEC#JIno22exg',\n);\n",
    [
      { rule: 'php-define-secret', line: 2, secret: 'tWMxJC#amIiFBUzU' },
      { rule: 'generic-secret', line: 4, secret: '9AdyEC#JIno22exg' },
    ],
  ],
  [
    'site/settings.py',
    'EMAIL_HOST = "smtp.acme.io"\nEMAIL_HOST_PASSWORD = "Y8SIPx#p6x8aah61"\n',
    [{ rule: 'generic-password', line: 2, secret: 'Y8SIPx#p6x8aah61' }],
  ],
  [
    'src/config.js',
    "const apiKey = 'zz4AQ6#AKiZ884Rd';\nconst transport = { auth: { user: 'ops', pass: process.env.SMTP_PASS || 'crKo4r#UXHAdCiF2' } };\n",
    [
      { rule: 'generic-api-key', line: 1, secret: 'zz4AQ6#AKiZ884Rd' },
      { rule: 'generic-password', line: 2, secret: 'crKo4r#UXHAdCiF2' },
    ],
  ],
  [
    'cmd/main.go',
    'const dbPassword = "2zVvtd#tAZ7ZDom3"\n\nfunc client() Config {\n\treturn Config{Token: "BakqYk#NV0u0HSeA"}\n}\n',
    [
      { rule: 'generic-password', line: 1, secret: '2zVvtd#tAZ7ZDom3' },
      { rule: 'generic-token', line: 4, secret: 'BakqYk#NV0u0HSeA' },
    ],
  ],
  [
    'config/initializers/mailer.rb',
    'config.password = \'R6KHBm#mFeAXxLwR\'\nOAUTH = { :client_secret => "OcNr53#bmyr709Om" }\n',
    [
      { rule: 'generic-password', line: 1, secret: 'R6KHBm#mFeAXxLwR' },
      { rule: 'generic-secret', line: 2, secret: 'OcNr53#bmyr709Om' },
    ],
  ],
  [
    'src/main/java/App.java',
    'public class App {\n    private static final String CLIENT_SECRET = "qC7deB#4tuERR9a2";\n}\n',
    [{ rule: 'generic-secret', line: 2, secret: 'qC7deB#4tuERR9a2' }],
  ],
  [
    'Program.cs',
    'var options = new SmtpOptions\n{\n    User = "mailer",\n    Password = "iD0eK8#ktfFGgHcO",\n};\n',
    [{ rule: 'generic-password', line: 4, secret: 'iD0eK8#ktfFGgHcO' }],
  ],
  [
    'scripts/deploy.sh',
    '#!/bin/sh\nvault login -method=userpass username=ops password=4sHSHq#YBx75J0h8\nmytool --api-key AEovkD#amWSaFn0q sync\n',
    [
      { rule: 'generic-password', line: 2, secret: '4sHSHq#YBx75J0h8' },
      { rule: 'generic-api-key', line: 3, secret: 'AEovkD#amWSaFn0q' },
    ],
  ],
  [
    'references/everything.txt',
    [
      'password: ${DB_PASSWORD}',
      '"password": "{{ vault_db_password }}"',
      'password = getpass()',
      'password = os.environ["DB_PASSWORD"]',
      'token: process.env.API_TOKEN',
      '<password>${env.DB_PASS}</password>',
      'api_key = ENV.fetch("API_KEY")',
      'client_secret = config.get("client_secret")',
      'def connect(host, port=5432, password=None):',
      'password: string;',
      'mytool --password $PASSWORD sync',
      'password = "password"',
      'fields = ["password", "password_confirmation", "api_key"]',
      "url = httpbin('digest-auth', 'auth', 'user', 'pass', authtype)",
    ].join('\n'),
    [],
  ],
];

describe('deployguard scan: a value under a secret-named key, in every format (CLI process)', () => {
  let dir: string;
  let findings: Finding[];

  beforeAll(async () => {
    dir = makeTempDir('dg-assign-');
    for (const [path, content] of ASSIGNMENT_CASES) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const run = await runCli(['scan', '--no-history', '--repo-path', dir, '--format', 'json']);
    expectExit(run, 1);
    findings = JSON.parse(run.stdout).findings;
  });
  afterAll(() => removeDir(dir));

  it.each(ASSIGNMENT_CASES.map(([path, , expected]) => [path, expected] as [string, Expected[]]))(
    '%s',
    (path, expected) => {
      const got = findings
        .filter((f) => f.file === path)
        .map((f) => ({ rule: f.rule_id, line: f.line, preview: f.secret_preview }))
        .sort((a, b) => a.line - b.line);
      expect(got).toEqual(
        expected.map((e) => ({ rule: e.rule, line: e.line, preview: redactSecret(e.secret) })),
      );
    },
  );
});
