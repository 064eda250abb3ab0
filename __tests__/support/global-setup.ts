// Integration tests need the real engine, buildx, the local registry and the local base images
// that scripts/setup.sh provides. They never skip: a missing engine is a failure with a hint.
import { execFileSync } from 'node:child_process';
import { BASE_DEBIAN, BASE_PYTHON, REGISTRY } from './docker.js';

function ok(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

export default async function setup(): Promise<void> {
  const missing: string[] = [];
  if (!ok('docker', ['version', '--format', '{{.Server.Version}}'])) missing.push('a running Docker engine');
  if (!ok('docker', ['buildx', 'version'])) missing.push('the buildx plugin');
  for (const image of [BASE_DEBIAN, BASE_PYTHON]) {
    if (!ok('docker', ['image', 'inspect', image])) missing.push(`the local base image ${image}`);
  }
  try {
    const res = await fetch(`http://${REGISTRY}/v2/`);
    if (!res.ok) missing.push(`the registry on ${REGISTRY}`);
  } catch {
    missing.push(`the registry on ${REGISTRY}`);
  }
  if (missing.length) {
    throw new Error(`integration tests need ${missing.join(', ')}: run \`bash scripts/setup.sh\` first`);
  }
}
