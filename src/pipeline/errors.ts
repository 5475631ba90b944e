// Errors the pipeline raises for what it was asked to do, not for what it read: the command
// line maps them to its usage message and exit code (the pipeline knows no command line).

/** An option value the pipeline cannot work with (`--shard 5/4`). */
export class OptionError extends Error {}
