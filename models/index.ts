export * from './framework';
export * from './conversation';
export * from './assessment';
export * from './weights';
export * from './messages';
export * from './practice';
export * from './settings';
export * from './session-log';
