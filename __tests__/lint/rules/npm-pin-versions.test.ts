import rule from '../../../src/lint/rules/npm-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM node:22\n';

ruleTester(rule, {
  valid: [
    { code: 'FROM node:20\nRUN /usr/local/bin/npm install -g pm2@5.3.0', name: 'pinned, npm by path' },
    // hadolint's DL3016 spec
    { code: `${F}RUN npm install`, name: 'versions pinned in package.json' },
    { code: `${F}RUN npm install --progress=false` },
    { code: `${F}RUN npm install express@4.1.1` },
    { code: `${F}RUN npm install @myorg/privatepackage@">=0.1.0"` },
    { code: `${F}RUN npm install express@"4.1.1" sax@0.1.1` },
    { code: `${F}RUN npm install --global express@"4.1.1"` },
    { code: `${F}RUN npm install -g express@"4.1.1"` },
    { code: `${F}RUN npm install package-v1.2.3.tar` },
    { code: `${F}RUN npm install package-v1.2.3.tar.gz` },
    { code: `${F}RUN npm install package-v1.2.3.tgz` },
    { code: `${F}RUN npm install /folder` },
    { code: `${F}RUN npm install ./folder` },
    { code: `${F}RUN npm install ../folder` },
    { code: `${F}RUN npm install ~/folder` },
    { code: `${F}RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27` },
    { code: `${F}RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0` },
    { code: `${F}RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27` },
    { code: `${F}RUN npm install git://github.com/npm/npm.git#v1.0.27` },
    { code: `${F}RUN npm run --crazy install`, name: 'npm run … install is a script' },
    { code: `${F}RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"` },
    { code: `${F}RUN npm install --loglevel verbose sax@0.1.1` },
    { code: `${F}RUN npm install --registry https://example.com sax@0.1.1` },
    { code: `${F}RUN npm ci` },
    { code: `${F}RUN yarn add express` },
  ],
  invalid: [
    { code: 'FROM node:20\nRUN /usr/local/bin/npm install -g pm2', lines: [2], name: 'npm by path' },
    { code: `${F}RUN npm install express`, lines: [2], message: 'express' },
    { code: `${F}RUN npm install @myorg/privatepackage`, lines: [2] },
    { code: `${F}RUN npm install express sax@0.1.1`, lines: [2] },
    { code: `${F}RUN npm install --global express`, lines: [2] },
    { code: `${F}RUN npm install git+ssh://git@github.com:npm/npm.git`, lines: [2] },
    { code: `${F}RUN npm install git+http://isaacs@github.com/npm/npm`, lines: [2] },
    { code: `${F}RUN npm install git+https://isaacs@github.com/npm/npm.git`, lines: [2] },
    { code: `${F}RUN npm install git://github.com/npm/npm.git`, lines: [2] },
    { code: `${F}RUN npm install --registry https://example.com express`, lines: [2] },
    { code: `${F}RUN npm install --registry=https://example.com express`, lines: [2] },
    { code: `${F}ONBUILD RUN npm install express`, lines: [2] },
    { code: `${F}RUN npm ci && \\\n    npm install -g pm2`, lines: [2], name: 'continuation' },
    { code: `${F}RUN ["npm", "install", "express"]`, lines: [2], name: 'exec form' },
  ],
});
