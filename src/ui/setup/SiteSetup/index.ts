export * from './SiteSetup';
export * from './SiteSetup.types';
