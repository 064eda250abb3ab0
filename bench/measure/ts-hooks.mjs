// Lets Node load the project's TypeScript sources directly: they import './x.js', which exists only
// as './x.ts' before bundling. Used with --experimental-transform-types by bench/measure/run.ts.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) {
        return next(`${specifier.slice(0, -3)}.ts`, context);
      }
      throw error;
    }
  },
});
