// Shared false-positive control, one home for every rule: values that have the shape of a secret
// but are placeholders, template or secret-manager references, identifiers, code, hashes or
// lock-file entries, and values typed out by hand (repeated or sequential characters), which are
// reported with `low` confidence. Rules never patch these one by one.
import { shannonEntropy } from './entropy.util';

// Words and markers that say "put the real value here". A value that starts with `test` is a
// placeholder unless the rest is a random token (upper, lower case and digits, 20+ characters):
// `test_TK7p…` is a provider's test-mode key, and test keys are credentials too. Runs of x's are a
// mask (`sk_live_xxxxxxxx`, `Bearer xxxx`, `ghp_1234xxxx5678xxxx…`) when one is six long, or four
// standing alone, or there are two of four: one run of four, letters or digits on both sides, turns
// up by chance in long random values (one PGP key in a few hundred, one JWT in a few thousand).
const PLACEHOLDER_MARKERS =
  /example|(?<![A-Za-z0-9])x{4,}(?![A-Za-z0-9])|x{6,}|x{4}.*x{4}|placeholder|changeme|change_me|change-me|your[_-]|<[a-z_ -]*>|\*\*\*|dummy|sample|redacted|insert[_-]?|replace[_-]?me|notreal|not[_-]real|fake[_-]?(?:key|token|secret|pass)|test[_-]?(?:key|token|secret|pass)|^test(?![_-]?(?=[\w-]*\d)(?=[\w-]*[A-Z])(?=[\w-]*[a-z])[A-Za-z0-9_-]{20,}$)|^fake|^none$|^null$|^nil$|^undefined$|^true$|^false$|^password$|^secret$|^token$/i;

// In a long value (a key's body, a certificate, a long token) the same words count only standing
// alone (`-----BEGIN …-----\nDUMMY\n…`, `<your-key>`, `xxxx`): random base64 spells `dummy` by
// chance in about one 4096-bit key body in ten thousand, and a run of four x's in one in thousands.
const LONG_VALUE = 200;
const STANDALONE_MARKERS =
  /(?<![A-Za-z0-9])(?:example|placeholder|change[_-]?me|dummy|sample|redacted|not[_-]?real|insert|replace[_-]?me|your|fake|test|x{4,})(?![A-Za-z0-9])|x{8,}|<[a-z_ -]*>|\*\*\*/i;

// Template syntaxes of common tools: the value is filled in elsewhere. Anywhere in the value:
// ${VAR} and ${{ secrets.X }} (shells, GitHub Actions, Terraform), {{ }} and {% %} (Jinja, Ansible,
// Helm, Go templates, Mustache), <%= %> (ERB, EJS), #{} (Ruby, Spring), $(…) (shells, Make,
// Azure Pipelines), %(name)s (Python %-format), {NAME} (str.format, .NET; not at the start of a
// longer value, where `{SHA}`-style scheme prefixes of password hashes are), %VAR% (Windows; the
// whole value or a path's start, since random tokens hold `%` characters too).
const TEMPLATE =
  /\$\{|\{\{|\{%|<%|#\{|\$\(|%\([\w.-]+\)[sdrif]|^\{[A-Za-z_][\w.-]*\}$|.\{[A-Za-z_][\w.-]*\}|^%[A-Za-z_]\w*%(?:$|[\\/])/;
// Whole-value references: $VAR, @VAR@ (Maven/autoconf filtering), __VAR__ (token replacement),
// an Ansible Vault blob (encrypted, not a plain secret).
const WHOLE_REFERENCE =
  /^(?:\$[A-Za-z_][A-Za-z0-9_]*|@[A-Za-z_][\w.-]*@|__[A-Za-z0-9_]+__|\$ANSIBLE_VAULT;.*)$/;
// Secret-manager references: the value names where the secret lives. Vercel/now `@secret-name`,
// HashiCorp Vault `vault:`/`vault://`, TeamCity `credentialsJSON:<id>`, 1Password `op://`, AWS
// Secrets Manager / SSM ARNs, Azure Key Vault app-setting references, GCP Secret Manager resource
// names, vals/helm-secrets `ref+…://`, Kubernetes `secretKeyRef`/`secretRef`.
const SECRET_MANAGER_REFERENCE =
  /^@[a-z0-9][a-z0-9_.-]*$|^vault:|^credentialsJSON:|^(?:op|vault|sm|gcpsm|awssm|awsssm|akv|azkv|bws|doppler|infisical|secret|secrets|k8s)s?:\/\/|^ref\+[a-z0-9]+:\/\/|^arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|@Microsoft\.KeyVault\(|^projects\/[^/]+\/secrets\/|secret(?:Key)?Ref/i;

// Words that a placeholder credential is made of (`user:pass`, `login user password pass`,
// `otheruser:otherpassword`), after undoing the usual letter/digit swaps (p@ssw0rd, s3cr3t).
const CREDENTIAL_WORD =
  /^(?:my|other|your|some|the|a|test|fake|dummy|sample|foo|new|old|default|admin|root|demo|good|bad|wrong|invalid|correct|valid|real|super)?(?:pass(?:word|wd|phrase)?|pwd|pw|secret|token|key|apikey|user(?:name)?|login|foo|bar|baz|qux|quux|admin|root|guest|letmein|hunter|changeit|open(?:sesame)?|qwerty|abc|xyz)?s?\d{0,4}$/;
const MAX_CREDENTIAL_WORDS_LENGTH = 32;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's' };

// Values that specifications and vendors publish as their example credentials (RFC 6749 OAuth 2.0,
// RFC 5849 OAuth 1.0, the test keys of Stripe's API reference): copied into code as documentation.
// Stripe's are real test-mode keys of Stripe's own documentation account, shown to every reader.
const PUBLISHED_EXAMPLES = new Set([
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  'mF_9.B5f-4.1JqM',
  's6BhdRkqt3',
  '7Fjfp0ZBr1KtDRbnfVdmIw',
  '8xLOxBtZp8',
  'dpf43f3p2l4k3l03',
  'kd94hf93k423kf44',
  'hh5s93j4hdidpola',
  'hdhd0244k9j7ao03',
  'nnch734d00sl2jdk',
  'pfkkdhi9sl3r4s00',
  '0685bd9184jfhq22',
  'ad180jjd733klru7',
  '9djdj82h48djs9d2',
  'kkk9d7dh3k39sjv7',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
]);

// Whole-value shapes that are never secrets for a generic rule.
const ENV_REFERENCE = /^(?:process\.env\.|os\.environ|env\(|ENV\[|getenv)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
// Checksums of package managers: npm/yarn/pnpm integrity, go.sum `h1:`, a gradle.lockfile or
// Maven coordinate (`group:artifact:version=compileClasspath,…`).
const CHECKSUM =
  /^sha(?:1|256|384|512)-[A-Za-z0-9+/]+={0,2}$|^h1:[A-Za-z0-9+/]{40,}={0,2}$|^[\w.-]+:[\w.-]+(?::[\w.+-]+)?=\w*Classpath\b|Classpath(?:,|$)/;
// SCREAMING_CASE, camelCase words (each hump a lower-case word), TypeNames made of words and
// acronyms (PKCS7PrivateKeyTypes, _PasswordType) and dotted.names or snake_names of words, maybe
// numbered (s3_bucket, utf8_general); random tokens rarely have that shape (web_akqaeqq5bczdbl).
const IDENTIFIER =
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^_*[a-z]+(?:[A-Z][a-z]+)+\d{0,4}$|^_*(?=.*[A-Z][a-z]{2})(?:[A-Z][a-z]{2,}|[A-Z]{2,6}\d{0,2}(?=[A-Z]|$))+\d{0,2}$|^[a-z]{1,20}\d{0,4}(?:[._][a-z]{1,20}\d{0,4})+$/;
const FILE_PATH = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)[\w./\\-]+$/;
// Code rather than a value: comparisons and boolean operators (minified JavaScript); not the
// `==` padding at the end of base64.
const CODE = /^(?:[=<>&|]|!=)|.==[^=]|&&|\|\||=>/;
// One natural-language word with a letter outside ASCII (a translation: "Contraseña").
const FOREIGN_WORD = /^(?=.*[^\p{ASCII}])\p{Lu}?\p{Ll}+$/u;

// A key name that says its value is a secret: then a value shaped like a hash or a UUID is still
// reported (an OAuth token is 40 hex characters, a Heroku API key is a UUID). Names that also say
// digest or identifier (cache_key, key_id, commit_sha) keep the hash/UUID filter.
const SECRET_KEY_NAME = /secret|token|passw|pwd|api[_.-]?key|auth(?!or)|credential|private|access[_.-]?key/i;
// `key` as the last word of a longer name: `license_key`, `LICENSE KEY`, `sumoKey1` (case matters:
// `monkey` is not one), or a URL's `key` parameter (`?key=`). A key name alone does not say
// secret: `{ key: '<uuid>' }` names a list item, a cache entry, a record.
const NAMED_KEY = /[A-Za-z0-9][_.\s-][Kk](?:ey|EY)(?![a-z])|[a-z0-9]Key(?![a-z])|^[?&]key$/;
const DIGEST_KEY_NAME =
  /hash|sha\d*|md5|checksum|digest|etag|integrity|cache|commit|revision|(?:^|[_.-])(?:id|uuid|guid)$/i;

// One character repeated (aaaa, 0000, bbbb), its case ignored: a placeholder.
const ONE_CHARACTER = /^([A-Za-z0-9])\1+$/i;

// Words in a key name that qualify the key rather than say whose secret it is (API_KEY,
// client_secret, DB_PASSWORD, my_token).
const QUALIFIER =
  /^(?:api|apis|app|apps|application|client|access|auth|oauth|oauth2|bearer|refresh|session|secret|secrets|private|public|shared|master|encryption|signing|my|your|our|the|default|test|testing|dev|prod|production|staging|local|user|username|admin|root|db|database|sql|service|server|web|site|account|login|new|old|temp|tmp|dummy|fake|example|sample|http|https|header|request|config|settings|env|var|key|token|password|pass|pwd|export|set|setenv|let|const|val|def|declare|readonly|static|final|string|str|protected|if|and|or|not|with|for|this|self|return)$/i;

/**
 * Whose secret the key ending at `at` in `text` names: the first word of its name before the
 * matched part that is not a qualifier (`DRONECI` in `DRONECI_API_TOKEN`, `stripe` in
 * `stripeApiKey`), or undefined (`API_KEY`, `Api-Key`, `password`).
 */
export function ownerBefore(text: string, at: number): string | undefined {
  // The key's name: its identifier, or the word before it in a `name key = value` line.
  const name = /[A-Za-z][A-Za-z0-9_.-]*[ \t]?$/.exec(text.slice(Math.max(0, at - 48), at));
  if (!name) return undefined;
  return name[0]
    .trimEnd()
    .split(/[_.-]+|(?<=[a-z0-9])(?=[A-Z])/)
    .find((w) => w.length >= 3 && /^[A-Za-z]/.test(w) && !QUALIFIER.test(w));
}

// A key that holds a password, chosen by a person rather than generated.
const PASSWORD_KEY = /pass|pwd/i;
// A capitalised word and a few digits: a password under a password key (`Zorro7`, `Welcome1`),
// else a type name (`Base64`, `Sha256`, `Int32`, which are never passwords).
const WORD_AND_DIGITS =
  /^(?!(?:Base|Sha|Int|Uint|Float|Utf|Md|Argon|Pbkdf|Crc|Aes|Rsa|Hmac|Latin|Ucs|Vec|Mat|Http|Oauth)\d)[A-Z][a-z]{2,}\d{1,4}$/;

/** Context of a candidate value, when the rule or the caller knows it. */
export interface ValueContext {
  // The key the value is assigned to (a generic rule's `(?<key>…)` group), e.g. `HEROKU_API_KEY`.
  key?: string;
  // Whose secret the key says it is, when a rule knows (a provider name: `(?<owner>…)`).
  owner?: string;
  // The file's repository-relative path, when the caller knows it.
  file?: string;
}

// Keys made to be published in a web page's code: Algolia's search-only keys, which a DocSearch or
// InstantSearch set-up passes to the browser (Algolia's documentation: a search-only API key "is
// safe to use in your front-end code"). The admin key is never given to these widgets.
// (`apiKey`, `search_only_api_key`, Vue's kebab-case attribute `api-key`)
const PUBLIC_KEY_NAME = /^(?:api[_-]?key|search[_-]?(?:only[_-]?)?(?:api[_-]?)?key)$/i;
// Front-end widgets only: `algoliasearch(appId, key)` is also how a server passes its admin key.
// A call given its options object (`docsearch({`, `instantsearch({`: a mention in prose, a
// comment or a string is not one) or a React element (`<DocSearch`, @docsearch/react).
const PUBLIC_CLIENT_OPENING = /\b(?:docsearch|instantsearch)\s*\(\s*\{|<DocSearch\b/gi;

/**
 * Whether a generic match assigned to `key`, starting at index `at` of `line`, is a key published
 * by design: an `apiKey` inside a `docsearch({…})` or `instantsearch(…)` call, or a `<DocSearch …>`
 * element, still open where the key is. The call may open on the line or in the text `before` it
 * (up to 4 KB of the preceding lines, read only when the key name fits and the line
 * does not open one).
 */
export function isPublicClientKey(
  key: string | undefined,
  line: string,
  at: number,
  before: () => string,
): boolean {
  if (key === undefined || !PUBLIC_KEY_NAME.test(key)) return false;
  const head = line.slice(0, at);
  return insideClientWidget(head) ?? insideClientWidget(`${before()}\n${head}`) ?? false;
}

// Whether `text` ends inside the last widget call or element it opens (null: it opens none). A
// call ends where its parenthesis closes, an element at the first `>` outside its attribute values
// and `{…}` expressions. Brackets in string literals do not count; a '…' or "…" string ends at the
// end of its line at the latest.
function insideClientWidget(text: string): boolean | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(PUBLIC_CLIENT_OPENING)) last = m;
  if (last === null) return null;
  const element = last[0].startsWith('<');
  const rest = text.slice(last.index + last[0].length);
  let depth = 1; // the call's parentheses, or the element's braces plus one
  let quote = '';
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote || (c === '\n' && quote !== '`')) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === (element ? '{' : '(')) depth++;
    else if (c === (element ? '}' : ')')) depth--;
    else if (element && c === '>' && depth === 1) return false;
    if (!element && depth === 0) return false;
  }
  return true;
}

// A file whose name is the key of its one value: config/master.key, deploy.secret, api.token.
const KEY_FILE = /(?:^|\/)[^/]*\.(?:key|secret|token|pass(?:word)?)$/i;

/**
 * Whether a value is a placeholder or a reference rather than a credential: placeholder words,
 * template syntax, secret-manager references, placeholder credentials (`user:pass`), published
 * example values, one character repeated, or no letter or digit at all. Applies to every rule
 * (unless the rule skips it). Percent-encoded values are decoded first; a value that runs on past
 * a string literal's escape (`pass\ndefault\n")`) is judged on its part before it.
 */
export function isPlaceholder(secret: string): boolean {
  const decoded = percentDecoded(secret);
  for (const v of decoded === secret ? [secret] : [secret, decoded]) {
    if ((v.length > LONG_VALUE ? STANDALONE_MARKERS : PLACEHOLDER_MARKERS).test(v) || TEMPLATE.test(v))
      return true;
    if (WHOLE_REFERENCE.test(v) || SECRET_MANAGER_REFERENCE.test(v)) return true;
  }
  const value = literalPart(decoded);
  if (!/[\p{L}\p{N}]/u.test(value)) return true;
  return PUBLISHED_EXAMPLES.has(value) || isPlaceholderCredential(value) || ONE_CHARACTER.test(value);
}

/** `pass`, `otheruser`, `p@ssw0rd`, `pass pass`: a value made only of credential words. */
export function isPlaceholderCredential(value: string): boolean {
  if (value.length > MAX_CREDENTIAL_WORDS_LENGTH) return false; // tokens are long, these words short
  const words = value
    .toLowerCase()
    .split(/[^a-z0-9@$]+/)
    .filter((w) => w.length > 0);
  const unleet = (w: string): string => w.replace(/[01345@$](?=.*[a-z])/g, (c) => LEET[c]);
  const isWord = (w: string): boolean => /[a-z]/.test(w) && CREDENTIAL_WORD.test(w);
  return words.length > 0 && words.every((w) => isWord(w) || isWord(unleet(w)));
}

const ALNUM_ONLY = /^[A-Za-z0-9]*$/;
// Rows of the keyboard (QWERTY and QWERTZ), typed left to right.
const KEYBOARD_ROWS = ['qwertyuiop', 'qwertzuiop', 'asdfghjkl', 'zxcvbnm', 'yxcvbnm'];
// Per row, each character's place in it (-1 when absent): a stretch of a row is a run of
// characters each one place after the last.
const ROW_PLACES = KEYBOARD_ROWS.map((row) => {
  const places = new Int8Array(128).fill(-1);
  for (let i = 0; i < row.length; i++) places[row.charCodeAt(i)] = i;
  return places;
});

/**
 * Whether a value is typed out from end to end: nothing but runs of three or more letters or
 * digits up, down or repeated (123, abc, zyx, 000; case folded), stretches of a keyboard row, or
 * one short group repeated (ABCDE12-ABCDE12-…), with at most a tenth of it (two characters for
 * short values) left over. Under a generic key name (`api_key`, `password`) that is a placeholder;
 * a provider's own format or key name keeps it, with `low` confidence (see isTypedOut).
 */
export function isTypedOutWhole(value: string): boolean {
  const core = (ALNUM_ONLY.test(value) ? value : value.replace(/[^A-Za-z0-9]/g, '')).toLowerCase();
  const n = core.length;
  if (n < 4) return false;
  if (hasPeriod(core, 8)) return true;
  const marked = new Uint8Array(n);
  for (let i = 0; i < n - 1;) {
    const step = core.charCodeAt(i + 1) - core.charCodeAt(i);
    let j = i + 1;
    if (step >= -1 && step <= 1)
      while (j + 1 < n && core.charCodeAt(j + 1) - core.charCodeAt(j) === step) j++;
    if (step >= -1 && step <= 1 && j - i >= 2) {
      marked.fill(1, i, j + 1);
      i = j;
    } else i++;
  }
  // Stretches of four or more keys of a row (a stretch ends where the next key is not the next
  // place of the row, so the next one starts there).
  for (const places of ROW_PLACES)
    for (let i = 0; i + 4 <= n;) {
      const first = places[core.charCodeAt(i) & 127];
      let j = i + 1;
      if (first !== -1) while (j < n && places[core.charCodeAt(j) & 127] === first + (j - i)) j++;
      if (j - i >= 4) marked.fill(1, i, j);
      i = j;
    }
  let left = 0;
  for (const m of marked) left += 1 - m;
  return left <= Math.max(2, Math.floor(n / 10));
}

// Whether `core` is one group of at most `max` characters repeated (at least three times).
function hasPeriod(core: string, max: number): boolean {
  for (let period = 1; period <= max && period * 3 <= core.length; period++) {
    let periodic = true;
    for (let i = period; i < core.length && periodic; i++)
      if (core.charCodeAt(i) !== core.charCodeAt(i - period)) periodic = false;
    if (periodic) return true;
  }
  return false;
}

/** Whether a value holds an ascending run of `min` digits or letters (123456, abcdef, ABCDEF). */
export function hasSequentialRun(value: string, min = 6): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const isAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    run = isAlnum && c === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= min) return true;
  }
  return false;
}

/**
 * Values a generic rule (password = ..., token: ...) must not report even if they look random:
 * environment lookups, identifiers, type names, paths, code, checksums, a foreign word, a value
 * typed out whole (`api_key: 1234567890ABCDEF` in documentation) unless `context.owner` says whose
 * secret it is or the key is a password (people type their passwords: `123QWEasd` is a weak
 * one), a value under 8 characters without both letters and digits, and hashes or UUIDs unless
 * `context.key` names a secret.
 */
export function isNonSecretValue(secret: string, context: ValueContext = {}): boolean {
  if (
    ENV_REFERENCE.test(secret) ||
    CHECKSUM.test(secret) ||
    (IDENTIFIER.test(secret) && !(PASSWORD_KEY.test(context.key ?? '') && WORD_AND_DIGITS.test(secret))) ||
    FILE_PATH.test(secret) ||
    CODE.test(secret) ||
    FOREIGN_WORD.test(secret) ||
    (context.owner === undefined && !PASSWORD_KEY.test(context.key ?? '') && isTypedOutWhole(secret))
  )
    return true;
  // A short value (under 8 characters) counts only with both letters and digits (`Zorro7`):
  // short words in prose and code (`pass: convert`, `password= before`) are not passwords.
  if (secret.length < 8 && !(/[A-Za-z]/.test(secret) && /\d/.test(secret))) return true;
  if (UUID.test(secret) || HEX_HASH.test(secret))
    return !(keyNamesSecret(context.key) || (context.key === undefined && namesKeyFile(context.file ?? '')));
  return false;
}

/** Whether a file's name says its one value is a secret (see KEY_FILE). */
export function namesKeyFile(path: string): boolean {
  return KEY_FILE.test(path);
}

// A weak value: as likely to be ordinary text as a generated secret. The scan reports a generic
// match of one with `low` confidence (under MIN_STRONG_LENGTH characters); `clean --all` leaves
// one alone unless `--allow-short` (under MIN_REPLACEABLE_LENGTH: replacing a shorter value
// everywhere would damage what it is not, and a longer one is replaced only as a whole token).
export const MIN_STRONG_LENGTH = 10;
export const MIN_REPLACEABLE_LENGTH = 8;
export const MIN_STRONG_ENTROPY = 3; // bits per character
const PLAIN_WORD = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)[0-9]{0,4}[!.?#*]?$/;

// Five keys of a keyboard row typed in order (qwert, asdfg, zxcvb, the German yxcvb).
const KEYBOARD_RUN = /qwert|asdfg|zxcvb|yxcvb|!@#\$%/i; // letter rows, and the shifted digits

/**
 * Whether a value was typed out by hand, in part (a run of six like 123456 or abcdef, five keys
 * of a keyboard row) or whole (isTypedOutWhole): a dummy or a weak real secret, and nothing in
 * the value tells which, so it is reported with `low` confidence.
 */
export function isTypedOut(secret: string): boolean {
  return hasSequentialRun(secret) || KEYBOARD_RUN.test(secret) || isTypedOutWhole(secret);
}

/**
 * Whether a match is reported with `low` confidence whatever its rule: a value typed out by hand
 * (any rule), or a weak value (`generic` rules: their key name is the only evidence).
 */
export function isDoubtfulValue(secret: string, generic: boolean): boolean {
  return isTypedOut(secret) || (generic && isWeakValue(secret));
}

/**
 * Why `secret` is weak (shorter than `minLength` characters, low entropy, a plain word), or null
 * when it is not. Never quotes it.
 */
export function weakValueReason(secret: string, minLength = MIN_STRONG_LENGTH): string | null {
  if (secret.length < minLength) return `shorter than ${minLength} characters`;
  if (shannonEntropy(secret) < MIN_STRONG_ENTROPY)
    return `low entropy (under ${MIN_STRONG_ENTROPY} bits per character)`;
  if (PLAIN_WORD.test(secret)) return 'a plain word';
  return null;
}

/** Whether `secret` is weak (see weakValueReason). */
export function isWeakValue(secret: string): boolean {
  return weakValueReason(secret) !== null;
}

/** Whether a key name says its value is a secret (and not a digest or an identifier). */
export function keyNamesSecret(key: string | undefined): boolean {
  if (!key) return false;
  return (SECRET_KEY_NAME.test(key) || NAMED_KEY.test(key)) && !DIGEST_KEY_NAME.test(key);
}

/**
 * Whether a value's Shannon entropy (bits per character) is below `minimum`. A value typed out by
 * hand under a key that names its owner (`ACME_TOKEN=abcdefabcdef…`) is not held to it: it is
 * reported anyway, with `low` confidence (isDoubtfulValue), as it would be with more entropy.
 * Hex digits are held to HEX_ENTROPY_SLACK bits less: their alphabet tops at 4 bits, and random
 * 32-digit hex values average 3.7, one in five under 3.5.
 */
export function isLowEntropy(secret: string, minimum: number, context: ValueContext = {}): boolean {
  const floor = HEX_DIGITS.test(secret) ? minimum - HEX_ENTROPY_SLACK : minimum;
  return shannonEntropy(secret) < floor && !(context.owner !== undefined && isTypedOut(secret));
}

const HEX_DIGITS = /^[0-9a-f]+$|^[0-9A-F]+$/;
const HEX_ENTROPY_SLACK = 0.5;

// Lock and checksum files: every long value in them is a hash or a version pin. Generic rules
// do not run there (a provider-specific token is still reported).
const LOCK_FILE =
  /(?:^|\/)(?:[\w.-]*\.lockfile|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lock|go\.sum|Cargo\.lock|composer\.lock|Gemfile\.lock|Podfile\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|packages\.lock\.json|flake\.lock|mix\.lock|pubspec\.lock|gradle\.lockfile|[\w.-]*\.(?:sha1|sha256|sha512|md5)|SHA\d*SUMS(?:\.\w+)?|MD5SUMS|checksums?\.txt)$/i;

/** Whether a path (repository-relative, `/`-separated) names a lock or checksum file. */
export function isLockFile(path: string): boolean {
  return LOCK_FILE.test(path);
}

// Prose a person reads: READMEs, Markdown/reStructuredText/AsciiDoc pages, and the README copy a
// Python package ships as METADATA/PKG-INFO.
const DOCUMENTATION_FILE =
  /(?:^|\/)(?:README(?:\.(?:txt|md|markdown|rst|adoc))?|[^/]+\.(?:md|markdown|mdx|rst|adoc|asciidoc)|METADATA|PKG-INFO)$/i;

/** Whether a path (repository-relative, `/`-separated) names a documentation file. */
export function isDocumentationFile(path: string): boolean {
  return DOCUMENTATION_FILE.test(path);
}

function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// The part of a value before a string literal's escape (`\n`) or its closing quote and brackets,
// when the match ran on past the end of the literal.
function literalPart(value: string): string {
  const end = value.search(/\\[nrt]|["'][)\]};,\s]*$/);
  return end > 0 ? value.slice(0, end) : value;
}
