// Every rule, one line each, sorted by file name. Adding a rule = adding its line here;
// the registry and the registry test pick it up from this file.
export { default as aptNoInstallRecommends } from './apt-no-install-recommends.js';
export { default as avoidAlpineForPython } from './avoid-alpine-for-python.js';
export { default as imageTagNotLatest } from './image-tag-not-latest.js';
export { default as lastUserNotRoot } from './last-user-not-root.js';
export { default as noUserInFinalStage } from './no-user-in-final-stage.js';
export { default as pipNoCacheDir } from './pip-no-cache-dir.js';
export { default as preferSlimBaseImage } from './prefer-slim-base-image.js';
export { default as workdirAbsolute } from './workdir-absolute.js';
