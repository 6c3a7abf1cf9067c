import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { Authenticator, TOKEN_VERIFIER } from './authenticator';
import { TokenVerifier, type TokenVerifierOptions } from './token-verifier';

@Global()
@Module({})
export class AuthModule {
  static forRoot(options: TokenVerifierOptions): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: TOKEN_VERIFIER, useValue: new TokenVerifier(options) },
        Authenticator,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [Authenticator, TOKEN_VERIFIER],
    };
  }
}
