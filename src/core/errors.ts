/**
 * An error the user should see as it is: clear, private, and saying what to do. Anything else a
 * command throws is logged with its context and the user sees one short apology.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again in a moment.';
