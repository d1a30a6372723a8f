/**
 * Vite's client types for the dApp: `import.meta.env` (DEV gates the embedded chain's e2e hook) and
 * asset URLs.
 */
/// <reference types="vite/client" />
