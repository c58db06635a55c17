import type { Rule } from '../rule.types';

// AI and machine-learning platforms.
export const aiRules: Rule[] = [
  {
    id: 'tavily-api-key',
    description: 'Tavily search API key',
    severity: 'high',
    cwe: 798,
    keywords: ['tvly-'],
    // `tvly-`, maybe `dev-` or `prod-`, and 32 letters and digits.
    pattern: /(?<![A-Za-z0-9_-])(tvly-(?:(?:dev|prod)-)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    samples: {
      positive: [
        'TAVILY_API_KEY=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',
        'client = TavilyClient("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")',
      ],
      negative: ['TAVILY_API_KEY = "tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', 'tvly-M5gj3Jev9qI3'],
    },
  },
  {
    id: 'openai-api-key',
    description: 'OpenAI API key (project, service account, admin or legacy)',
    severity: 'critical',
    cwe: 798,
    keywords: ['t3blbkfj'],
    pattern:
      /(?:^|[^A-Za-z0-9_-])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'OPENAI_API_KEY=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',
        'openai.api_key = "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"',
        'OPENAI_ADMIN_KEY=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',
      ],
      negative: [
        'OPENAI_API_KEY=sk-proj-oACkN7Mn7UWgrHolEDtTCaC3A4-iVOFmY0gY1QIMbojGAO0V0gaQsEOv22',
        'OPENAI_API_KEY=sk-kx514kaWv0T3BlbkFJ2ZLQCcjSs3',
        'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    severity: 'critical',
    cwe: 798,
    keywords: ['sk-ant-api'],
    pattern: /(?:^|[^A-Za-z0-9_-])(sk-ant-api\d{2}-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'ANTHROPIC_API_KEY=sk-ant-api03-WWuwXJjqFS4HRSA7extJpH2NTVMQ6ugFndfpjfw3SyIQWH5OPoGNFS6FSaU91nHfmFfZCdbDdR1f3cRJrCUi5SqTYULGwAA',
        'client = Anthropic(api_key="sk-ant-api03-o70rmEj62c92phHWk9AXyJ-1pmVZGUKYXdL7hARM_CYdgFwzjS9ji51_BX_6-MeeQpqnGP1L3aHnVF1rstvIBobAiaNqgAA")',
      ],
      negative: [
        'ANTHROPIC_API_KEY=sk-ant-api03-cOxC3B6o69u1pydjX3VMHpwejFJ6di0Kl7SXTjVcAA',
        'ANTHROPIC_API_KEY=sk-ant-api03-...',
      ],
    },
  },
  {
    id: 'anthropic-admin-key',
    description: 'Anthropic admin API key',
    severity: 'critical',
    cwe: 798,
    keywords: ['sk-ant-admin'],
    pattern: /(?:^|[^A-Za-z0-9_-])(sk-ant-admin\d{2}-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-3Ootkbq3Sv8z6733RmNES1BnCTH_jXO16M7Qo5Pi7zJmhVesO8rE1RD6FBFobkBUDNNN3I1ZzYFCJ30kreW_bAGFE-MKLAA',
      ],
      negative: ['ANTHROPIC_ADMIN_KEY=sk-ant-admin01-koqTrvIVv71MqMKHbwmmIc2TbIB5px'],
    },
  },
  {
    id: 'huggingface-access-token',
    description: 'Hugging Face user access token',
    severity: 'high',
    cwe: 798,
    keywords: ['hf_'],
    pattern: /(?:^|[^A-Za-z0-9_])(hf_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: [
        'HF_TOKEN=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',
        'login(token="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")',
      ],
      negative: [
        'HF_TOKEN=hf_YsVkfUKsYbJUVOYEIhKe',
        'from transformers import hf_hub_download',
        'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
  {
    id: 'huggingface-org-token',
    description: 'Hugging Face organization API token',
    severity: 'high',
    cwe: 798,
    keywords: ['api_org_'],
    pattern: /(?:^|[^A-Za-z0-9_])(api_org_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    entropy: 3.5,
    samples: {
      positive: ['HF_ORG_TOKEN=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'],
      negative: ['HF_ORG_TOKEN=api_org_UHkuxSIaPXIs'],
    },
  },
  {
    id: 'cohere-api-key',
    description: 'Cohere API key',
    severity: 'high',
    cwe: 798,
    keywords: ['cohere', 'co_api_key'],
    pattern:
      /(?:cohere|co_api)[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{40})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: [
        'COHERE_API_KEY=5MIGWcwsoPb2KBHTlAgCmSn8AAvQRPolCzdBpgFC',
        'cohere_api_key: "GT97uMOig3Jv1tBsoRUMVkfUhp2SaTezk0cQKgPX"',
      ],
      negative: ['COHERE_API_KEY=IMQjAslyZYH9YrMkTrSV', 'COHERE_MODEL=command-r-plus'],
    },
  },
  {
    id: 'replicate-api-token',
    description: 'Replicate API token',
    severity: 'high',
    cwe: 798,
    keywords: ['r8_'],
    pattern: /(?:^|[^A-Za-z0-9_])(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['REPLICATE_API_TOKEN=r8_skq09RSLxHIc8tL18CRBdDBizfTiS2tgJfAT8'],
      negative: ['REPLICATE_API_TOKEN=r8_7AtiAjeB3BUmNTcPMH1V', 'int r8_value = 8;'],
    },
  },
  {
    id: 'groq-api-key',
    description: 'Groq API key',
    severity: 'high',
    cwe: 798,
    keywords: ['gsk_'],
    pattern: /(?:^|[^A-Za-z0-9_])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['GROQ_API_KEY=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'],
      negative: ['GROQ_API_KEY=gsk_9tjPYtarwwVKFD839xaSMGoA584vGd'],
    },
  },
  {
    id: 'perplexity-api-key',
    description: 'Perplexity API key',
    severity: 'high',
    cwe: 798,
    keywords: ['pplx-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    samples: {
      positive: ['PERPLEXITY_API_KEY=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'],
      negative: ['PERPLEXITY_API_KEY=pplx-Lv6OvSvcua0URlRgpkuj'],
    },
  },
  {
    id: 'mistral-api-key',
    description: 'Mistral AI API key',
    severity: 'high',
    cwe: 798,
    keywords: ['mistral'],
    pattern: /mistral[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([A-Za-z0-9]{32})(?![A-Za-z0-9_-])/i,
    entropy: 3.5,
    samples: {
      positive: ['MISTRAL_API_KEY=Hq6hZsvas5RveBVrthaxVBiL7g51tz3D'],
      negative: ['MISTRAL_MODEL=mistral-large-latest', 'MISTRAL_API_KEY=l2m3PlKoDTEXZKTP'],
    },
  },
  {
    id: 'pinecone-api-key',
    description: 'Pinecone API key',
    severity: 'high',
    cwe: 798,
    keywords: ['pcsk_'],
    pattern: /(?:^|[^A-Za-z0-9_])(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?![A-Za-z0-9_])/,
    samples: {
      positive: [
        'PINECONE_API_KEY=pcsk_GSf1QR_eiDzlE1qeogWj5UluKy5tAg18TiZ7jPfalsCPM7xfbvnb4kt8ygz2YnA6TAM7Nk',
      ],
      negative: ['PINECONE_API_KEY=pcsk_0wnTjI_OLe0u8mrM0ANK5HbvjJo'],
    },
  },
  {
    id: 'xai-api-key',
    description: 'xAI (Grok) API key',
    severity: 'high',
    cwe: 798,
    keywords: ['xai-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'XAI_API_KEY=xai-ghbL6OoDup6mc63DvxcJhTQXUeaSHQOTJa842iaPxoWzHFXxhn6IDQtDc8fKSR1oTaDkGhvNxhINFrXu',
      ],
      negative: ['XAI_API_KEY=xai-0EcXanoHDSGFOHbgaKEE9PfHWbKpavxuIuXJ0hUF', 'model: "xai-grok"'],
    },
  },
  {
    id: 'openrouter-api-key',
    description: 'OpenRouter API key',
    severity: 'high',
    cwe: 798,
    keywords: ['sk-or-v1-'],
    pattern: /(?:^|[^A-Za-z0-9_-])(sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
    samples: {
      positive: [
        'OPENROUTER_API_KEY=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',
      ],
      negative: ['OPENROUTER_API_KEY=sk-or-v1-fb68070e33d6de9d157434af8f2c0afd'],
    },
  },
  {
    id: 'langsmith-api-key',
    description: 'LangSmith (LangChain) API key',
    severity: 'high',
    cwe: 798,
    keywords: ['lsv2_'],
    pattern: /(?:^|[^A-Za-z0-9_])(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/,
    samples: {
      positive: ['LANGSMITH_API_KEY=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'],
      negative: ['LANGSMITH_API_KEY=lsv2_pt_01724838843bd9a4748db03ef32be6b6'],
    },
  },
  {
    id: 'deepseek-api-key',
    description: 'DeepSeek API key',
    severity: 'high',
    cwe: 798,
    keywords: ['deepseek'],
    pattern: /deepseek[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?(sk-[a-f0-9]{32})(?![A-Za-z0-9_-])/i,
    samples: {
      positive: ['DEEPSEEK_API_KEY=sk-34ceacae93b30449a373f11fb6fe62f1'],
      negative: ['DEEPSEEK_API_KEY=sk-e9c23bea33b2cb84', 'DEEPSEEK_MODEL=deepseek-chat'],
    },
  },
  {
    id: 'wandb-api-key',
    description: 'Weights & Biases API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['wandb'],
    // `wandb login <key>` and `wandb <key>` (key then value separated by blanks) too.
    pattern:
      /wandb[\w.-]{0,30}?(?:["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?|[ \t]+(?:login[ \t]+)?)([a-f0-9]{40})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'WANDB_API_KEY=c4b93ed344ab7ff342f51f98cd1bd6f3f7843f48',
        'wandb_api_key: 426cf9aeb34ef0f96c225de6b6f1a69af1b53512',
        'wandb login 8d2f0b6e1c9a4735e0b8d3f6a2c1e9b7d4f0a5c3',
      ],
      negative: [
        'WANDB_PROJECT=churn-model',
        'wandb login --relogin',
        'WANDB_API_KEY=4e3e51a34965e9d972c7cb104ea5a771',
      ],
    },
  },
  {
    id: 'azure-openai-api-key',
    description: 'Azure OpenAI API key',
    severity: 'high',
    cwe: 798,
    keywords: ['azure_openai', 'azure-openai', 'azureopenai', 'aoai'],
    pattern:
      /(?:azure[_.-]?openai|aoai)[\w.-]{0,30}?(?:key|secret)["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'AZURE_OPENAI_API_KEY=d86513f86d2925b17a8ed304d0d9693c',
        'aoai_key: "7c0fa6f685f4005b74d947655c2c6d34"',
      ],
      negative: [
        'AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/',
        'AZURE_OPENAI_API_KEY=0866c25135866c33cc04',
      ],
    },
  },
  {
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key', 'sk_'],
    // Under an ElevenLabs key name; or anywhere in the current form, `sk_` + 48 hex.
    pattern:
      /(?:(?<=(?:elevenlabs|xi)[\w.-]{0,30}?key["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?)(?:sk_)?[a-f0-9]{32}(?:[a-f0-9]{16})?|(?<![A-Za-z0-9_])sk_[a-f0-9]{48})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'ELEVENLABS_API_KEY=sk_b831bbe30e35ba6364f76cb7a96ff50f8453901d4cb57083',
        '"xi-api-key": "0c01769a7bc932d928b1a878cbae87d7"',
        'client = ElevenLabs(api_key="sk_765280b427208d5a86f3e846f56ab9d0c96a33c19aac822b")',
      ],
      negative: ['ELEVENLABS_VOICE_ID=a5htMuo50qOlEgv9HqbU', 'ELEVENLABS_API_KEY=sk_d225382010e023a6587f'],
    },
  },
  {
    id: 'assemblyai-api-key',
    description: 'AssemblyAI API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['assemblyai', 'assembly_ai'],
    pattern:
      /assembly[_.-]?ai[\w.-]{0,30}?["']?\s{0,5}(?::=|=>|=|:)\s{0,5}["']?([a-f0-9]{32})(?![A-Za-z0-9])/i,
    samples: {
      positive: ['ASSEMBLYAI_API_KEY=79398b887977da546b28c91f22b9bd37'],
      negative: ['ASSEMBLYAI_API_KEY=3add88951528'],
    },
  },
  {
    id: 'deepgram-api-key',
    description: 'Deepgram API key',
    severity: 'medium',
    cwe: 798,
    keywords: ['deepgram'],
    pattern:
      /(?<![A-Za-z0-9])deepgram[\w.\- \t'"]{0,32}?\s{0,5}(?:(?::=|=>|=|:)\s{0,5})?["'`]?(?<![A-Za-z0-9])([a-f0-9]{40})(?![A-Za-z0-9])/i,
    samples: {
      positive: [
        'DEEPGRAM_API_KEY=41e0b21bac6add2c2388fcc811f934f17d0c86d1',
        'deepgram secret 8c1d0e6a52f94b7e3a0d6c81f27b95e40d3a6c19',
      ],
      negative: ['DEEPGRAM_API_KEY=ffc6f754ed4a2eb529b8aa75', 'DEEPGRAM_MODEL=nova-2'],
    },
  },
];
