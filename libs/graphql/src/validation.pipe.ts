import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { badUserInput } from './errors';

/**
 * The global validation pipe: whitelist, reject unknown properties, transform. Errors become BAD_USER_INPUT naming
 * every input path at fault (e.g. `input.person.citizenship.0`), never the submitted values.
 */
@Injectable()
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors: ValidationError[]) => new ValidationFailure(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationFailure) {
        const prefix = typeof metadata.data === 'string' && metadata.data ? `${metadata.data}.` : '';
        const fields = error.errors.flatMap((item) => flatten(item, prefix));
        throw badUserInput(fields);
      }
      throw error;
    }
  }
}

class ValidationFailure extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

function flatten(error: ValidationError, prefix: string): string[] {
  const path = `${prefix}${error.property}`;
  const own = error.constraints && Object.keys(error.constraints).length ? [path] : [];
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, `${path}.`))];
}
