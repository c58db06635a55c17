// Injection token of the AppConfig; framework-free so plain code can name it too.
export const APP_CONFIG = 'DEPLOYGUARD_APP_CONFIG';
