import type { Rule } from '../rule.types';

// Between the lines of a PEM block: spaces, newlines, `\n` / `\r\n` escapes, or the end of one
// string literal and the start of the next (a key pasted as `"…" +` lines in Java, JS or C#).
const PEM_NEWLINE = String.raw`(?:\r?\n|(?:\\r)?\\n|["']\s{0,3}\+?\s{0,3}\r?\n\s{0,40}\+?\s{0,3}["'])`;
const PEM_SEP = String.raw`(?:[ \t]|${PEM_NEWLINE})+`;
const PEM_HEADER = String.raw`[A-Za-z][A-Za-z0-9-]{0,39}: [A-Za-z0-9,.-]{1,100}`;

// Private keys. A PEM header must be followed by whitespace or an escaped newline, so code that
// only mentions the header is not a key. Multiline patterns are anchored at the start of the keyword's line (the engine
// searches from there), so a line that only mentions a header costs one line, not the 64 KB window.
export const keyRules: Rule[] = [
  {
    id: 'private-key',
    description: 'Private key in PEM form (RSA, EC, DSA, OpenSSH, encrypted or PKCS#8)',
    severity: 'critical',
    cwe: 321,
    keywords: ['-----begin'],
    multiline: true,
    // The body must look like PEM: lines of base64 and `Header: value` lines (Proc-Type, DEK-Info)
    // separated by newlines, `\n` escapes (keys inside JSON or env strings) or spaces; a chunk
    // shorter than 16 characters must be a whole line (hand-wrapped keys). A block
    // with ordinary text inside is no longer a key, and must not become a new finding with every
    // edit of that text.
    pattern: new RegExp(
      String.raw`^[^\n]{0,20000}?(-----BEGIN ((?!PGP )[A-Z0-9 ]{0,40})PRIVATE KEY( BLOCK)?-----(?=[\s\S]{0,400}?[A-Za-z0-9+/]{20})` +
        String.raw`(?:${PEM_SEP}(?:${PEM_HEADER}|[A-Za-z0-9+/=]{16,200})|(?:[ \t]*${PEM_NEWLINE})+[A-Za-z0-9+/=]{1,15}(?=[ \t]*${PEM_NEWLINE})){1,1200}?` +
        String.raw`(?:${PEM_SEP}[A-Za-z0-9+/=]{1,200})?${PEM_SEP}-----END \2PRIVATE KEY\3-----)`,
    ),
    secretGroup: 1,
    // A placeholder key's body: an ellipsis, or one character over and over (the shared filter
    // reads a long value's placeholder words only where they stand alone).
    allow: [/\.\.\./, /([A-Za-z0-9+/])\1{15}/],
    samples: {
      positive: [
        [
          '-----BEGIN RSA PRIVATE KEY-----',
          'MIIEowIBAAKCAQEASDtEuy0UidXeLMDWHctyhYJd276UTuusU+V4rfu+BwEJWNpU',
          'Q05UmUA8QCIDAH95cfjN1r7uuASOw+gy5uvPX7711qlevltCXf5rTpEi1BAKdlQ9',
          'wH7F+iwJSky2K8QcaiR8l1DdN+PFIJYR3EVbF/SoLqq/XhFNewxQJH8ti/Dkw/BH',
          'O01fv8DnYB7kbXIALfoSlGt8x1iykuSPCX9x',
          '-----END RSA PRIVATE KEY-----',
        ].join('\n'),
        // `XXXX` and `Test` by chance inside a random body
        [
          '-----BEGIN RSA PRIVATE KEY-----',
          'MIICXgIBAAKBgQDAxSafeuOUvLz/8SOUzaOgSTlP8ZFk05h0vnKxu6h9XEMGgdRo',
          'lwzsEUOMisJSomRTqc1FB32LFJTMG39s2yCOUgc4XXXXFDFEA9V3iDyNhKe+Rp+G',
          'umTestA8QCIDAH95cfjN1r7uuASOw+gy5uvPX7711qlevltCXf5rTpEi1BAKdlQ9',
          '-----END RSA PRIVATE KEY-----',
        ].join('\n'),
        [
          '-----BEGIN EC PRIVATE KEY-----',
          'MHcCAQEEIqQTgxsDcDLN4vpGRbQeS8Mtyum5i9hAKZaeLCSshrf4EOeIGFhH7amj',
          'yKcFG5htnFjDb59/TUQExhWhhPXeCzDbE6cZw8TVORtT2N8EhnCr1h3uKqFKvg2C',
          'kthchx0vmF2xHoesIzcP==',
          '-----END EC PRIVATE KEY-----',
        ].join('\n'),
        [
          '-----BEGIN DSA PRIVATE KEY-----',
          'MIIBuwIBAAKBgQkuBMn2ygZrTvNIFReba6QtOh1j6SakqYvBaMI1MxdI/eqyq3rQ',
          'fFFG0NSeXCApdM/+dJsjGD8enFfMSu1kNOr80hbTpz9cd0rh54llTd3hvTLiGmbh',
          'ZBi4KBdn2rlsICam3m5UCUoenYtmDzmwOBdDdFPZfQ5V',
          '-----END DSA PRIVATE KEY-----',
        ].join('\n'),
        [
          '-----BEGIN OPENSSH PRIVATE KEY-----',
          'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
          'EfXMWi6Ceq5OxT6FH75wkOi980gZNj/Rzn+cs1oGj/f2mRqxjXjEC1UjrKJ9RLAt4obamw',
          'ni95DGYejesgWuvulACP8woSrpTsSd9YhyiuERDivGCtwjJOqiM/nBTK/rMgiu9QUwo2as',
          'pjWsC62sCDnh9EHC2B2G1Y1Hi8N/00',
          '-----END OPENSSH PRIVATE KEY-----',
        ].join('\n'),
        [
          '-----BEGIN ENCRYPTED PRIVATE KEY-----',
          'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIIlF0bYlOPr4obMJ7',
          'iTOMNW19j53WPQ+Y+mMppdY3aAj/MeD0/2RRnoncaNggi9PsoRFsQbksGzGXS1b0',
          'FI9v1AqAJjOZ6v/1/HpuxDKxeOAnlIxj0zyP7SRLOrXqquLQOkr5pJ28UorCnMtL',
          '-----END ENCRYPTED PRIVATE KEY-----',
        ].join('\n'),
        [
          'key.pem:',
          '-----BEGIN PRIVATE KEY-----',
          'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQD1v/v+imBXTq97',
          'YlCYh4y3C9gMQlTAEmP5c26FbgUsRiK/+QCSgSOIjtM6oC4bZawNgmWV2SFtV8tq',
          'f7QOSfi6RJ/mJS0yyOUlYFfDz13drRhXQN/mRdrHSu/uIKGh2Dh7qhFROd2DAJ7R',
          '-----END PRIVATE KEY-----',
        ].join('\n'),
        'SSH_KEY="-----BEGIN EC PRIVATE KEY----- MHcCAQEEIg2SzYV+5i2BvIZSTeHDqygahNoOUo4ovViFtXgpTuoT+5ghmWkNuwJS XhqQS1DCBta1IA/RCwDHII67F1ctCB2njUqC1dgxIFQVVe3BIzn/8oO594YsjJbE P+QY5WoTdi7AJelG4WLD== -----END EC PRIVATE KEY-----"',
        '  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC3BRMtrE+N2GlOHLoOYhUZJgYleq+ThaT\\nbaTAThFie+iwbF5+CGubnbCvwX4w1i6GotzsQmcmEUH99T6HvKLvuALIduCiRBki\\ndlt0QSTTpZA+pXPOy36zWSnyFUaDDPbbsgddYYKIFUfxbSwZhiveIDInPIrxQ3pe\\n-----END PRIVATE KEY-----\\n",',
        [
          'static final String KEY = "-----BEGIN RSA PRIVATE KEY-----\\n" +',
          '    "MIIEpAIBAAKCAQEAw8Zq2Lp9Xk0Wn4Rt6Yu8Io1Pa3Sd5Fg7Hj9Kl2Zx4Cv6Bn8Mq0\\n" +',
          '    "Ww1Ee3Rr5Tt7Yy9Uu0Ii2Oo4Pp6Aa8Ss0Dd2Ff4Gg6Hh8Jj0Kk2Ll4Zz6Xx8Cc0Vv\\n" +',
          '    "-----END RSA PRIVATE KEY-----";',
        ].join('\n'),
        [
          '-----BEGIN RSA PRIVATE KEY-----',
          'Proc-Type: 4,ENCRYPTED',
          'DEK-Info: AES-256-CBC,8F1C3B7A2D9E4F60A1B2C3D4E5F60718',
          '',
          'q8Lz',
          'Pk9Rt4Yu6Io1Pa3Sd5Fg7Hj9Kl2Zx4Cv6Bn8Mq0Ww1Ee3Rr5Tt7Yy9Uu0',
          'Ii2Oo4Pp6Aa8Ss0Dd2Ff4Gg6Hh8Jj0',
          'Kk2L',
          '-----END RSA PRIVATE KEY-----',
        ].join('\n'),
      ],
      negative: [
        // Ordinary text inside the block: no longer a key (the earlier, intact version is the finding).
        [
          '-----BEGIN RSA PRIVATE KEY-----',
          'MIIEowIBAAKCAQEASDtEuy0UidXeLMDWHctyhYJd276UTuusU+V4rfu+BwEJWNpU',
          '  request response handler config value',
          'O01fv8DnYB7kbXIALfoSlGt8x1iykuSPCX9x',
          '-----END RSA PRIVATE KEY-----',
        ].join('\n'),
        [
          '-----BEGIN PUBLIC KEY-----',
          'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAD9Q0PM59NeGrT88eMtch',
          'rxGLDIpaed2oM1hc/+dcpSnd3Zz8VKgKmjsPHT+RyGyGpkmy/1nW7v91kDxKktyp',
          '-----END PUBLIC KEY-----',
        ].join('\n'),
        [
          '-----BEGIN CERTIFICATE-----',
          'MIIDdzCCAl+gAwIBAgIEaVYKgAYgYCkyjtVb9oU8X781hHJkchajiP+TVqyg7Tjl',
          'U/pvi1CACayUYFYBgi+zqpJFqHBxfXSq5rBUQAAHLgNTC6SQ4w0dFvecSUulwsMt',
          '-----END CERTIFICATE-----',
        ].join('\n'),
        "if (pem.startsWith('-----BEGIN RSA PRIVATE KEY-----')) return 'pkcs1';",
        [
          '-----BEGIN RSA PRIVATE KEY-----',
          'MIIEowIBAAKCAQEAoUkIlzpJoR2JjVq49UBXBEanyfaq2dR3FnDlEMNUv3WRPDUC',
          'X4PktJYuhPplEdLqenkZrxo3vrWEAigThEuGOYNiJJ/k3Qr1UHVoANUNRqsVwiwX',
          '-----END EC PRIVATE KEY-----',
        ].join('\n'),
        [
          '-----BEGIN PRIVATE KEY-----',
          'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...',
          '...your key goes here, copied from the console download...',
          '-----END PRIVATE KEY-----',
        ].join('\n'),
        [
          '-----BEGIN RSA PRIVATE KEY-----',
          'X'.repeat(64),
          'X'.repeat(40),
          '-----END RSA PRIVATE KEY-----',
        ].join('\n'),
      ],
    },
  },
  {
    id: 'pgp-private-key-block',
    description: 'PGP / GPG private key block',
    severity: 'critical',
    cwe: 321,
    keywords: ['-----begin pgp private key block-----'],
    multiline: true,
    pattern:
      /^[^\n]{0,20000}?(-----BEGIN PGP PRIVATE KEY BLOCK-----[\s\S]{64,65536}?-----END PGP PRIVATE KEY BLOCK-----)/,
    allow: [/\.\.\./],
    samples: {
      positive: [
        [
          '-----BEGIN PGP PRIVATE KEY BLOCK-----',
          '',
          'lQVYBGVMcsvzxNN9uYcDSwbQxs9v/rLGE6mx50m0ohp1XQ0M0LS78uOvo/LvmLbU',
          'LqMFxPzlAq8fqO2DX0ZsGuuwizhkeH+zOUq8XiW2zAmlILmtwtsZHqw1oJN5I6Zg',
          'mxQ1BW+KyDcmut0/zf8oGnOkOMBt+iWj6QL+rDEtPMBhkM2WJ6KP5i18l4vaJEYa',
          '=2ILR',
          '-----END PGP PRIVATE KEY BLOCK-----',
        ].join('\n'),
      ],
      negative: [
        [
          '-----BEGIN PGP PUBLIC KEY BLOCK-----',
          '',
          'mQINBGVVZ5eKpPMBSA8YqxcVvUPrtIWEejRn+CoXJpzSnzZ0hihZG5fP5z90C9kY',
          'XK/8lxIinY2sqdpWsAzEhTWTIVNRYvZA93rCyEUP1U8Gq+PqeoPNUtsgHlkTgJug',
          '-----END PGP PUBLIC KEY BLOCK-----',
        ].join('\n'),
        'grep -q "-----BEGIN PGP PRIVATE KEY BLOCK-----" "$file"',
      ],
    },
  },
  {
    id: 'putty-private-key',
    description: 'PuTTY private key file (.ppk)',
    severity: 'critical',
    cwe: 321,
    keywords: ['putty-user-key-file-'],
    multiline: true,
    // The lookahead and back-reference act as an atomic group: only the first Private-Lines is
    // tried, so a file of headers without a MAC cannot make the two lazy runs multiply.
    pattern:
      /^[^\n]{0,200}?(PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}\r?\n(?=([\s\S]{0,8192}?Private-Lines: ))\2\d{1,3}\r?\n[\s\S]{16,16384}?Private-MAC: [0-9a-f]{40,64})/,
    secretGroup: 1,
    samples: {
      positive: [
        [
          'PuTTY-User-Key-File-3: ssh-ed25519',
          'Encryption: none',
          'Comment: deploy@build-07',
          'Public-Lines: 2',
          'AAAAC3NzaC1lZDI1NTE5AAAAILnWpxeYblm5XUYhFuPywYx1dJu6cbMuZ1w0us18',
          'z8a8BPc1sx7aroUG5sXM',
          'Private-Lines: 1',
          'AAAAIdoZ1q8pr1tKwO6subDl0evRS1BiOGxFE4NC3Tfy',
          'Private-MAC: a07a0b844f12a8b0b76f5aae4f3cdf407291547eea4d74fd13208f5fb3d5d119',
        ].join('\n'),
        [
          'PuTTY-User-Key-File-2: ssh-rsa',
          'Encryption: none',
          'Comment: imported-openssh-key',
          'Public-Lines: 1',
          'AAAAB3NzaC1yc2EAAAADAQABAAABAQ5QXsoFXy+RzIH7mc5Z9LkQNCIRDz9Urxe7',
          'Private-Lines: 2',
          'AAABAQxtQRT5GIYKx9hSZ5lAaJlnkRLuhnZl5CM9ucUAuGgwYc1lQeP2nxrR53Dg',
          'j3huKTGnu/DY/SzskSBtgbiC78dGrQ1GAuXdLPwfz+DDz6IGp1kbKfZT4AJwb7Nh',
          'Private-MAC: 7bf98b0478d95ce791948f4877a3b34bd2607648',
        ].join('\n'),
      ],
      negative: [
        'PuTTY-User-Key-File-3: ssh-ed25519',
        'if (line.startsWith("PuTTY-User-Key-File-")) parsePpk(text);',
      ],
    },
  },
  {
    id: 'ssh2-private-key',
    description: 'SSH2 (SECSH / Tectia) encrypted private key',
    severity: 'critical',
    cwe: 321,
    keywords: ['---- begin ssh2 encrypted private key ----'],
    multiline: true,
    pattern:
      /^[^\n]{0,200}?(---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----[\s\S]{64,65536}?---- END SSH2 ENCRYPTED PRIVATE KEY ----)/,
    samples: {
      positive: [
        [
          '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
          'Comment: "rsa-key-20240101"',
          'P2/56wAAAKzQfnJSZAY/OPnBAlwfc7LxDc6w+FdRhCyV5jFGMvf2lIkckmsYHFyc',
          '79CAdSsRBD8tglM0isC1vp8XMD/505muxL4s+yg+CDYmGr5eGjzhQjr0vDPbpkir',
          '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
        ].join('\n'),
      ],
      negative: [
        '---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2E3/06PgHKdOMqnm9d5iX/L95SWRaxG4I1i66tc117td/p7IgVo2ii10+VSNKb\n---- END SSH2 PUBLIC KEY ----',
      ],
    },
  },
  {
    id: 'wireguard-private-key',
    description: 'WireGuard interface private key or peer preshared key',
    severity: 'critical',
    confidence: 'high',
    cwe: 321,
    keywords: ['privatekey', 'presharedkey'],
    // wg(8) configuration: `PrivateKey = <base64 of 32 bytes>` under [Interface], `PresharedKey`
    // under [Peer] (wg-quick and NetworkManager keyfiles write the same keys).
    pattern:
      /^\s{0,8}(?:PrivateKey|PresharedKey|private-key|preshared-key)\s{0,3}=\s{0,3}([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    entropy: 4,
    samples: {
      positive: [
        '[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = gYwgsSswjBaPtQLzk60R+MYeEdLa/wzeBY5Gg10Jfq4=\nDNS = 10.8.0.1',
        '[Peer]\nPublicKey = AOyMlKCSG4hFS/q7N8G6zjWWeUKtmrXCfjyOyJ4K9K4=\nPresharedKey = CHVwihHkbenLFw/KL8flSNRR4nlYO7f6BIHOQkXW/kE=',
      ],
      negative: [
        'PublicKey = AOyMlKCSG4hFS/q7N8G6zjWWeUKtmrXCfjyOyJ4K9K4=',
        'PrivateKey = <client private key>',
        'PrivateKey = ' + 'A'.repeat(43) + '=',
      ],
    },
  },
  {
    id: 'age-secret-key',
    description: 'age encryption secret key',
    severity: 'critical',
    cwe: 321,
    keywords: ['age-secret-key-1'],
    pattern: /(?:^|[^A-Za-z0-9_-])(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        '# created: 2024-05-01T10:00:00Z\nAGE-SECRET-KEY-17ATHY75N42Q39K8D9TF8HLJGDLP9LUVQ8J59T32YMQ6MJ5LQAY9WLHFQ6V',
        'SOPS_AGE_KEY=AGE-SECRET-KEY-16ZFEHV4MZDXP75DQKG50AYS3NJ4CV5ER9MRA680DPHY5NC6QKXRH3JFALL',
      ],
      negative: [
        'SOPS_AGE_KEY=AGE-SECRET-KEY-17D2GPJK6X5593P8XE9XCCW2NGCPKUV',
        'SOPS_AGE_RECIPIENTS=age1SHS7ZFDCRAZCYXTJW5VD5FZV38M88KDY300AKQQKC7GDU32TFJE4MSZ5NQ',
      ],
    },
  },
  {
    id: 'jwk-private-key',
    description: 'JSON Web Key with its private part ("d")',
    severity: 'critical',
    cwe: 321,
    keywords: ['"kty"'],
    pattern: /"d"\s{0,5}:\s{0,5}"([A-Za-z0-9_-]{43,1400})"/,
    entropy: 4,
    samples: {
      positive: [
        '{"kty":"EC","crv":"P-256","x":"gaMz5W3sS1t5MopqFPX8fKmyQAc5qHd7QsQDZ9Dyo-2","y":"upr9ce_UXMku91WV41VLXYvaxTQt2j5Y7Kunc9cH62s","d":"A_0uCHolKHMH9JQmA_AqCxHAaEbp_OXu_vZEF6sIluY"}',
        '{"crv":"Ed25519","d":"TYCAd379Yf5g_5P_FFB0FZ2D1r48swCxq4n5a6_YUMF","x":"2zto2tll_X-4FI0F65B7eQ1mbXJVlXuN4XOE0SdHZu2","kty":"OKP"}',
      ],
      negative: [
        '{"kty":"EC","crv":"P-256","x":"oT0WmASY11AV8vl95xPjuxNEA4yvZraDVxp3l_tO-2m","y":"WMy7q8J-m0Mq3jdv1gNLF5YftN1E7LJfDHbDdXjiQsw"}',
        '{"kty":"oct","k":"SrG04jno6JnKWBA6Aby11b4V4DlzKMNB0Pb5UadtfxQ","d":"short"}',
      ],
    },
  },
];
