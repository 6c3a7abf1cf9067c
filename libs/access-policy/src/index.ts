export * from './policy';
export * from './evaluate';
