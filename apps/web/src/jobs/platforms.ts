// The platforms the API accepts (source_platform, target_platform).
export const PLATFORMS = ['github', 'gitlab', 'bitbucket', 'azure', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];
