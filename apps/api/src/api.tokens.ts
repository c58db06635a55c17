// Injection tokens of the API process.
export const API_LOGGER = 'DEPLOYGUARD_API_LOGGER';
