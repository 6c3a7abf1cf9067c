export * from './principal';
export * from './token-verifier';
export * from './decorators';
export * from './request';
export * from './authenticator';
export * from './auth.guard';
export * from './auth.module';
export * from './internal-rest';
