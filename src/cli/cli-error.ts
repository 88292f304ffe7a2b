/** An error the command line prints as one clear line, exiting with code 1. */
export class CliError extends Error {}
