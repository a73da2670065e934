// Placeholder: the VS Code client entry point (owned by the LSP work).
export {};
