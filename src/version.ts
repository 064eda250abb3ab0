// Kept equal to package.json's version by a unit test; a constant keeps the bundles from
// reading package.json at run time.
export const VERSION = '0.1.0';
