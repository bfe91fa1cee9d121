export * from './apps';
export * from './host';
export * from './shell';
export * from './theme';
export * from './i18n';
