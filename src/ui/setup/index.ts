/** The site set-up flow shared by the three apps. */
export * from './SiteSetup';
export { setupReducer, INITIAL_SETUP_STATE, type SetupState, type SetupAction } from './setupReducer';
