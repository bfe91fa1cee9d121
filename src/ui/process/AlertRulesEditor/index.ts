export * from './AlertRulesEditor';
export * from './AlertRulesEditor.types';
