export * from './LifecycleBar';
export * from './LifecycleBar.types';
