// Where the built image goes. shipshape measures and runs the image from the engine, so the image
// must end up there, and the flags that achieve it depend on the builder's driver.
import type { BuildRequest } from '../types.js';

export interface Outputs {
  push: boolean;
  load: boolean;
  notes: string[];
}

export function planOutputs(request: BuildRequest, driver: string): Outputs {
  if (driver === 'docker') {
    // The docker driver writes the image into the engine in any case (pushing too), and the
    // BuildKit of Docker < 23 refuses a second output ("multiple outputs currently unsupported"),
    // so --load next to --push only breaks the build.
    return { push: request.push, load: request.load && !request.push, notes: [] };
  }
  if (request.platforms.length <= 1 && !request.load) {
    // Other drivers keep the result inside the builder unless told to load it.
    return {
      push: request.push,
      load: true,
      notes: [
        `the ${driver} builder keeps images to itself, so the image is also loaded into the engine to be measured`,
      ],
    };
  }
  return { push: request.push, load: request.load, notes: [] };
}
