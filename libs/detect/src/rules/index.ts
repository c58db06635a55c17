import type { Rule } from '../rule.types';
import { aiRules } from './ai.rules';
import { ciRules } from './ci.rules';
import { cloudRules } from './cloud.rules';
import { connectionRules } from './connection.rules';
import { contentMediaRules } from './content-media.rules';
import { credentialFileRules } from './credential-files.rules';
import { crmMarketingRules } from './crm-marketing.rules';
import { dataApiRules } from './data-api.rules';
import { devopsRules } from './devops.rules';
import { devToolsRules } from './dev-tools.rules';
import { financeDataRules } from './finance-data.rules';
import { frameworkRules } from './frameworks.rules';
import { frontendEnvRules } from './frontend-env.rules';
import { genericRules } from './generic.rules';
import { geoDataRules } from './geo-data.rules';
import { hostingRules } from './hosting.rules';
import { identityRules } from './identity.rules';
import { keyRules } from './keys.rules';
import { messagingRules } from './messaging.rules';
import { isNamedKeyRule } from './named-key-rule';
import { observabilityRules } from './observability.rules';
import { passwordHashRules } from './password-hashes.rules';
import { paymentRules } from './payment.rules';
import { platformRules } from './platform.rules';
import { prefixedTokenRules } from './prefixed-tokens.rules';
import { PROVIDER_NAMES, providerKeyRule } from './provider-key.rules';
import { productivityRules } from './productivity.rules';
import { saasRules } from './saas.rules';
import { scrapingRules } from './scraping.rules';
import { vcsRules } from './vcs.rules';

// Specific rules: provider formats, then rules by the provider's name in the key name, then
// credential files and formats.
const specificRules: readonly Rule[] = [
  ...cloudRules,
  ...hostingRules,
  ...platformRules,
  ...vcsRules,
  ...messagingRules,
  ...paymentRules,
  ...aiRules,
  ...devopsRules,
  ...ciRules,
  ...observabilityRules,
  ...saasRules,
  ...identityRules,
  ...keyRules,
  ...connectionRules,
  ...credentialFileRules,
  ...prefixedTokenRules,
  ...contentMediaRules,
  ...crmMarketingRules,
  ...dataApiRules,
  ...devToolsRules,
  ...financeDataRules,
  ...geoDataRules,
  ...productivityRules,
  ...scrapingRules,
  ...frameworkRules,
  ...passwordHashRules,
  ...frontendEnvRules,
];

// Every provider name the catalog knows: the named-key rules' and those of prefix-only providers.
const providerNames = [...PROVIDER_NAMES, ...specificRules.filter(isNamedKeyRule).flatMap((r) => r.keywords)];

// The built-in rule catalog. Specific rules come first; generic ones last.
export const defaultRules: readonly Rule[] = [
  ...specificRules,
  providerKeyRule(providerNames),
  ...genericRules,
];
