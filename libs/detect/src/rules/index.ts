import type { Rule } from '../rule.types';
import { aiRules } from './ai.rules';
import { ciRules } from './ci.rules';
import { cloudRules } from './cloud.rules';
import { connectionRules } from './connection.rules';
import { credentialFileRules } from './credential-files.rules';
import { devopsRules } from './devops.rules';
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
