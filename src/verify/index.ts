// The verify stage: run the image and prove from the host which uids its processes have.
export { verifyImage } from './run.js';
export type { VerifyOptions } from './check.js';
export { cleanupAll, CONTAINER_LABEL } from './container.js';
export type { RuntimeReport, StepTiming, ContainerState } from './types.js';
