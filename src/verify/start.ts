// Starting the image as a user would: read its run configuration, create the container with its
// own ENTRYPOINT/CMD and user, read its passwd/group before anything runs (the static verdict),
// then start it. A container the engine refuses is a start failure in the engine's words.
import type { Check } from './check.js';
import { errorText } from './check.js';
import { createArgs } from './container.js';
import { Cancelled, DeadlineExceeded, type CheckDeadline } from './deadline.js';
import { readImageText } from './files.js';
import {
  engineReason,
  parseImageConfig,
  parseSecurityOptions,
  type EngineIdentity,
  type ImageRunConfig,
} from './inspect.js';
import { publishArgs, smokePort } from './smoke.js';
import type { UserOrigin } from './types.js';
import { staticVerdict } from './users.js';

/** What the later jobs need to know about how the container was made. */
export interface RunPlan {
  config: ImageRunConfig;
  /** `--publish` arguments (see publishArgs). */
  publish: string[];
  /** The container port the HTTP smoke probe targets; null when there is none. */
  probePort: string | null;
}

/** Where the user the container runs as came from (see UserOrigin). */
export function userOrigin(
  inputUser: string | null | undefined,
  configUser: string,
  declared?: string | null,
): UserOrigin {
  if (inputUser) return 'input';
  if (!configUser) return 'default';
  if (declared === null) return 'base-image';
  return 'image';
}

let engineIdentityCache: Promise<EngineIdentity> | null = null;

/** Asked once per process: the engine does not change its uid mapping while we run. */
function engineIdentity(deadline: CheckDeadline): Promise<EngineIdentity> {
  const lookup = (engineIdentityCache ??= deadline
    .docker(['info', '--format', '{{json .SecurityOptions}}'])
    .then((r) => parseSecurityOptions(r.stdout)));
  // A failed or cancelled lookup is asked again next time rather than cached.
  lookup.catch(() => {
    if (engineIdentityCache === lookup) engineIdentityCache = null;
  });
  return lookup;
}

/**
 * Creates and starts the container under test; null when it could not be created or started
 * (recorded as the start failure, the check goes no further).
 */
export async function startContainer(check: Check): Promise<RunPlan | null> {
  const { image, options, deadline, container } = check;
  const [config, engine] = await check.timed('inspect image', () =>
    Promise.all([
      deadline
        .docker(['image', 'inspect', '--format', '{{json .Config}}', image])
        .then((r) => parseImageConfig(r.stdout)),
      engineIdentity(deadline),
    ]),
  );
  check.recordEngine(engine);
  check.recordUser(options.user ?? config.user, userOrigin(options.user, config.user, options.declaredUser));
  const probePort = options.smoke?.path != null ? smokePort(config.exposedPorts, options.smoke.port) : null;
  const publish = publishArgs(config.exposedPorts, probePort);

  check.track(container);
  const create = await check.timed('create', () =>
    deadline.docker(
      createArgs(image, {
        name: container.name,
        user: options.user,
        runCommand: options.runCommand,
        publish,
      }),
      { allowFailure: true },
    ),
  );
  if (create.code !== 0) {
    check.recordStartFailure(
      `the container could not be created: ${engineReason(create.stderr) || `exit ${create.code}`}`,
    );
    return null;
  }

  await check.timed('read users', async () => {
    try {
      const [passwd, group] = await Promise.all([
        readImageText(deadline, container.name, '/etc/passwd'),
        readImageText(deadline, container.name, '/etc/group'),
      ]);
      check.recordStatic(staticVerdict(check.seen.user, passwd, group));
      if (passwd === null)
        check.note('the image has no /etc/passwd: user names cannot resolve, numeric uids can');
    } catch (e) {
      if (e instanceof Cancelled || e instanceof DeadlineExceeded) throw e;
      check.note(`could not read /etc/passwd and /etc/group from the image: ${errorText(e)}`);
    }
  });

  const start = await check.timed('start', () =>
    deadline.docker(['start', container.name], { allowFailure: true }),
  );
  if (start.code !== 0) {
    check.recordStartFailure(
      `the container never started: ${engineReason(start.stderr) || `docker start exited with ${start.code}`}`,
    );
    check.recordState(await container.state().catch(() => null));
    check.recordLogTail(await container.logTail().catch(() => null));
    return null;
  }
  check.recordStarted();
  check.log.debug(`verify: started ${container.name} from ${image}`);
  return { config, publish, probePort };
}
