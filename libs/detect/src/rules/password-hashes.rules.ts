import type { Rule } from '../rule.types';

// Password hashes: not the password, but crackable offline, so a leaked one is a credential
// (CWE-522). The formats are the crypt(3) and hashcat notations documented by glibc/libxcrypt,
// passlib and hashcat; each is distinctive enough to be reported without a key name.

const B64 = '[./A-Za-z0-9]';
// One alternative per scheme: `$id$[params$]salt$hash` with the hash length of the scheme.
const CRYPT = [
  String.raw`\$(?:1|apr1)\$${B64}{1,8}\$${B64}{22}`, // md5-crypt, Apache apr1
  String.raw`\$5\$(?:rounds=\d{1,9}\$)?${B64}{1,16}\$${B64}{43}`, // sha256-crypt
  String.raw`\$6\$(?:rounds=\d{1,9}\$)?${B64}{1,16}\$${B64}{86}`, // sha512-crypt
  String.raw`\$2[abxy]\$\d{2}\$${B64}{53}`, // bcrypt
  String.raw`\$g?y\$${B64}{1,32}\$${B64}{1,86}\$${B64}{43}`, // yescrypt, gost-yescrypt
  String.raw`\$7\$${B64}{11,64}\$${B64}{43}`, // scrypt
  String.raw`\$[89]\$${B64}{14}\$${B64}{43}`, // Cisco type 8 (PBKDF2) and 9 (scrypt)
  String.raw`\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,10},t=\d{1,10},p=\d{1,3}\$[A-Za-z0-9+/]{8,128}\$[A-Za-z0-9+/]{16,128}`,
  String.raw`pbkdf2_sha(?:1|256|512)\$\d{3,8}\$[A-Za-z0-9./+]{4,64}\$[A-Za-z0-9+/]{27,88}={0,2}`, // Django
].join('|');

// The user-name field of a password file line.
const USER = '[^:\\s#]{1,64}';

export const passwordHashRules: Rule[] = [
  {
    id: 'unix-password-file-entry',
    description: 'Password hash in a shadow, passwd or ProFTPD/FTP user file entry (user:hash:…)',
    severity: 'high',
    confidence: 'high',
    cwe: 522,
    keywords: ['$1$', '$5$', '$6$', '$2a$', '$2b$', '$2y$', '$y$', '$gy$', '$7$'],
    // The field layout (a user name, the hash, then `:` and more fields or the end of the line) is
    // what shadow(5), passwd(5), ftpasswd's AuthUserFile and htpasswd share.
    // A bcrypt or apr1 hash ending the line is an .htpasswd entry, which has rules of its own.
    pattern: new RegExp(String.raw`^${USER}:(?!\$(?:2[aby]|apr1)\$[^:]*$)(${CRYPT})(?=:|\s*$)`),
    samples: {
      positive: [
        'ops:$6$rounds=656000$Z.dJhvBmvpKPGpY0$V5YZ6SUVAEhF1.zNOq1yWtcIxzVyUnoZ2Z7ZE4fm6eG9JK6dPrkId.Jo5miD/huTlI003jLltEQRPPtzKjF701',
        'deploy:$6$wZ7lyet/rPUGrLf7$W16HPurVhE4vD1AVz7gyFqwqxNAWTj2lfw.XuzVzMdtKyYvB17DNkTLb59azHOSBid62ic8HUrec4RcZX0XST0:19750:0:99999:7:::',
        'ftpuser:$1$Y5aHLJAp$CUT00oI5wiU0u0ZrzcRGQ0:2001:2001::/srv/ftp:/bin/false',
        'admin:$y$j9T$dtsAmh.dDOzHeUp9$xtVallS3/dgO3lbZ0dwfFq4ROr9/lJNpD9ymzx7sBCT:19900:0:99999:7:::',
      ],
      negative: [
        'root:*:19750:0:99999:7:::',
        'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
        'deploy:!$6$:19750:0:99999:7:::',
        'admin:$2y$10$qYDCHocJbwHsXLmDzWzZILGen0DeMgWScLV9m1dzuWDxKD1A3tX62',
      ],
    },
  },
  {
    id: 'password-hash',
    description: 'Password hash (crypt, bcrypt, scrypt, yescrypt, Argon2, PBKDF2)',
    severity: 'medium',
    confidence: 'medium',
    // Libraries' READMEs show a hash of "correct horse battery staple" as output.
    exampleInDocs: true,
    cwe: 522,
    keywords: [
      '$1$',
      '$apr1$',
      '$5$',
      '$6$',
      '$2a$',
      '$2b$',
      '$2x$',
      '$2y$',
      '$y$',
      '$gy$',
      '$7$',
      '$8$',
      '$9$',
      '$argon2',
      'pbkdf2_sha',
    ],
    // A `user:hash` line is left to the password-file and htpasswd rules.
    pattern: new RegExp(String.raw`(?<!^${USER}:)(?<![\w$])(${CRYPT})(?![./A-Za-z0-9+=])`),
    samples: {
      positive: [
        '$2b$12$xGr9v1NCRNbWZdU2uQ7j/bHghrBTSUyFpSI.DFu0sxwlhfCe0zH0j',
        "  password: '$2a$10$a/h3grJvrAqOnM78tvt14/sTc4SlI7slmS75b3q6q24pqt31Bd1Qu'",
        'hash=$1$.g30qzSG$sEFnqLNeXA..cmLL5IQLm.',
        '$5$rounds=10000$huMmLWL02TZ/rasX$aTuJ0.IJBFusTN.TKhqxx2H8ORDt6MO.2yx/1ybU0z9',
        'root_hash: "$6$e9Na47FAPYM7JYji$irKnkbwhs.9s4Vd465lAuX8V/3zkVxHh85Jgfh50wfbE6S0HeVCqR8aIZCwClHhgBWDJHiNoR/BF5X9RmCb1S/"',
        'enable secret 8 $8$R4qmgXAT5eu95Z$3./ZXM/c04oEdszTPghArg9ygkjRRp9xEvnQsEoyECK',
        '$argon2id$v=19$m=65536,t=3,p=4$FqE3hH+CaDh59TC/Xccksg$mWf375Dboj/I/NqofwrP7Mxozp7SCOS6vgueVLxDRno',
        "DEFAULT_ADMIN_HASH = 'pbkdf2_sha256$600000$LhQm/sEhZbzL$Hzhdpj91jeGI6zc2phG4R1UDIrMTL4iktkMLzQYlfa4='",
      ],
      negative: [
        "sed -e 's/^\\(.*\\)$/$1$2/'",
        '$2b$12$tooShort',
        'const re = /^\\$2[aby]\\$\\d{2}\\$/;',
        '"$1$Y5aHLJAp$CUT00oI5wiU0u0ZrzcRGQ0extra"',
      ],
    },
  },
  {
    id: 'kerberos-hash',
    description: 'Kerberos AS-REP or TGS ticket hash (roastable, hashcat/John notation)',
    severity: 'high',
    confidence: 'high',
    cwe: 522,
    keywords: ['$krb5asrep$', '$krb5tgs$', '$krb5pa$'],
    // `$krb5asrep$23$[user@realm:]checksum$edata`, `$krb5tgs$23$*user$realm$spn*$checksum$edata`,
    // `$krb5tgs$17$user$realm$checksum$edata`: the ticket ends with the long hex edata.
    pattern: /(\$krb5(?:asrep|tgs|pa)\$(?:17|18|23)\$[^\s'"]{1,512}?\$[0-9a-fA-F]{64,65536})/,
    samples: {
      positive: [
        '$krb5asrep$23$svc_backup@CORP.ACME.IO:974d579fda2860c95efa02f46e8048f6$ae7b2ce188ae63ec92bb7ab951e3f7b9d494f2f40601c974a2f4f58daae670ae2bd13de6b266962ecac2da4092b8c012a9f472e4ec51f3c4af860b74835b53ee63d18848883b9a9c1b17daa35fa150de8c72ad7cbfba159b65693f518140bd3063987332',
        '$krb5tgs$23$*sqlsvc$CORP.ACME.IO$MSSQLSvc/db01.corp.acme.io:1433*$e4ec51f3c4af860b74835b53ee63d188$48883b9a9c1b17daa35fa150de8c72ad7cbfba159b65693f518140bd3063987332ae7b2ce188ae63ec92bb7ab951e3f7b9d494f2f40601c974a2f4',
      ],
      negative: [
        'hashcat -m 18200 $krb5asrep$23$user@domain:checksum$edata',
        'grep "\\$krb5tgs\\$" hashes.txt',
      ],
    },
  },
];
