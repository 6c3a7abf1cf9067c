import { randomUUID } from 'node:crypto';
import { ReferralDecision } from '@nrm/domain';
import { ApiError, ApiValidationPipe } from '@nrm/graphql';
import { RespondToReferralInput } from './respond-to-referral.input';

const pipe = new ApiValidationPipe();
const validate = (value: Record<string, unknown>) => pipe.transform(value, { type: 'body', metatype: RespondToReferralInput, data: 'input' });

async function failingFields(value: Record<string, unknown>): Promise<string[] | undefined> {
  try {
    await validate(value);
    return undefined;
  } catch (error) {
    if (error instanceof ApiError) return error.extensions['fields'] as string[];
    throw error;
  }
}

describe('RespondToReferralInput', () => {
  const referralId = randomUUID();

  it('accepts without a reason', async () => {
    await expect(validate({ referralId, decision: ReferralDecision.ACCEPT })).resolves.toBeInstanceOf(RespondToReferralInput);
  });

  it('refuses a decline without a reason, naming input.reason', async () => {
    expect(await failingFields({ referralId, decision: ReferralDecision.DECLINE })).toEqual(['input.reason']);
    expect(await failingFields({ referralId, decision: ReferralDecision.DECLINE, reason: null })).toEqual(['input.reason']);
    expect(await failingFields({ referralId, decision: ReferralDecision.DECLINE, reason: '  ' })).toEqual(['input.reason']);
  });

  it('accepts a decline with a reason', async () => {
    await expect(validate({ referralId, decision: ReferralDecision.DECLINE, reason: 'no place for a mother with children' })).resolves.toMatchObject({
      reason: 'no place for a mother with children',
    });
  });

  it('names a malformed referral id', async () => {
    expect(await failingFields({ referralId: '42', decision: ReferralDecision.ACCEPT })).toEqual(['input.referralId']);
  });
});
