/** A plan document that cannot be reviewed; the message is one line naming the file and what is wrong. */
export class PlanError extends Error {
  constructor(
    /** The file the plan was read from, as the operator named it. */
    readonly file: string,
    /** What is wrong, without the file name. */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'PlanError';
  }
}
