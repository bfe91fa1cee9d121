export * from './ServicesProvider';
