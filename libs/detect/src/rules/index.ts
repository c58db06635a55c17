import type { Rule } from '../rule.types';
import { aiRules } from './ai.rules';
import { ciRules } from './ci.rules';
import { cloudRules } from './cloud.rules';
import { connectionRules } from './connection.rules';
import { contentMediaRulesA } from './content-media-a.rules';
import { crmMarketingRulesA } from './crm-marketing-a.rules';
import { dataApiRulesA } from './data-api-a.rules';
import { devToolsRulesA } from './dev-tools-a.rules';
import { financeDataRulesA } from './finance-data-a.rules';
import { geoDataRulesA } from './geo-data-a.rules';
import { prefixedTokenRulesA } from './prefixed-tokens-a.rules';
import { credentialFileRules } from './credential-files.rules';
import { devopsRules } from './devops.rules';
import { frameworkRules } from './frameworks.rules';
import { crmMarketingBRules } from './crm-marketing-b.rules';
import { dataApisBRules } from './data-b.rules';
import { devtoolsBRules } from './devtools-b.rules';
import { financeBRules } from './finance-b.rules';
import { frontendEnvBRules } from './frontend-env-b.rules';
import { genericRules } from './generic.rules';
import { geoDataBRules } from './geo-data-b.rules';
import { observabilityBRules } from './observability-b.rules';
import { productivityBRules } from './productivity-b.rules';
import { providerTokenBRules } from './provider-tokens-b.rules';
import { scrapingBRules } from './scraping-b.rules';
import { hostingRules } from './hosting.rules';
import { identityRules } from './identity.rules';
import { keyRules } from './keys.rules';
import { messagingRules } from './messaging.rules';
import { observabilityRules } from './observability.rules';
import { passwordHashRules } from './password-hashes.rules';
import { paymentRules } from './payment.rules';
import { platformRules } from './platform.rules';
import { saasRules } from './saas.rules';
import { vcsRules } from './vcs.rules';

// The built-in rule catalog. Specific rules come first; generic ones last.
export const defaultRules: readonly Rule[] = [
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
  ...contentMediaRulesA,
  ...crmMarketingRulesA,
  ...dataApiRulesA,
  ...devToolsRulesA,
  ...financeDataRulesA,
  ...geoDataRulesA,
  ...prefixedTokenRulesA,
  ...frameworkRules,
  ...passwordHashRules,
  ...providerTokenBRules,
  ...crmMarketingBRules,
  ...dataApisBRules,
  ...devtoolsBRules,
  ...financeBRules,
  ...geoDataBRules,
  ...observabilityBRules,
  ...productivityBRules,
  ...scrapingBRules,
  ...frontendEnvBRules,
  ...genericRules,
];
