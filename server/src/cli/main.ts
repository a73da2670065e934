// Placeholder: the CLI entry point (owned by the CLI work).
export {};
