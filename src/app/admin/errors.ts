/** A refusal the admin page shows as it is: the code picks the UI treatment, the message is for a person. */
import type { ErrorCode } from '../../shared/resolver-contract';

export class AdminError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly issues?: readonly string[]) {
    super(message);
    this.name = 'AdminError';
  }
}
