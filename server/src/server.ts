// Placeholder: the language server entry point (owned by the LSP work).
export {};
