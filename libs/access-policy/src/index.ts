export * from './policy';
export * from './evaluate';
export * from './enforce';
