// The verify stage: run the image and prove from the host which uids its processes have.
export { verifyImage, type VerifyOptions } from './run.js';
export { cleanupAll, CONTAINER_LABEL } from './container.js';
export type { RuntimeReport, StepTiming, ContainerState } from './types.js';
