// The static side of the verdict: which uid/gid the engine will start the image's process with,
// resolved the way runc does (libcontainer/user.GetExecUser) against the image's own /etc/passwd
// and /etc/group. Pure: the caller reads the files from the image content.

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

export type StaticFindingCode =
  'no-user' | 'root-user' | 'root-alias' | 'unknown-user' | 'unknown-group' | 'root-group';

export interface StaticFinding {
  code: StaticFindingCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface StaticVerdict {
  /** The user string as configured ("" when none). */
  user: string;
  uid: number | null;
  gid: number | null;
  /** The passwd name the uid resolves to, when there is one. */
  userName: string | null;
  groupName: string | null;
  /** Extra groups the engine adds from /etc/group membership. */
  supplementaryGids: number[];
  /** true when the process will start with uid 0; null when the engine would refuse to start it. */
  root: boolean | null;
  /** One sentence: how the user resolved. */
  explanation: string;
  findings: StaticFinding[];
  /** false when the image has no /etc/passwd (scratch, some distroless): only numeric users work there. */
  hasPasswd: boolean;
}

const NUMERIC = /^\d+$/;

function fields(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(':'));
}

export function parsePasswd(text: string): PasswdEntry[] {
  const entries: PasswdEntry[] = [];
  for (const f of fields(text)) {
    if (f.length < 4 || !NUMERIC.test(f[2]!) || !NUMERIC.test(f[3]!)) continue;
    entries.push({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]) });
  }
  return entries;
}

export function parseGroup(text: string): GroupEntry[] {
  const entries: GroupEntry[] = [];
  for (const f of fields(text)) {
    if (f.length < 3 || !NUMERIC.test(f[2]!)) continue;
    const members = (f[3] ?? '').split(',').filter(Boolean);
    entries.push({ name: f[0]!, gid: Number(f[2]), members });
  }
  return entries;
}

/**
 * Resolves `configUser` ("user", "user:group", numeric or named, "" for none) against the image's
 * passwd and group files (null when the file does not exist in the image). Root in every
 * spelling: "", "root", "0", "0:0", "root:root", or any name whose passwd uid is 0.
 */
export function staticVerdict(
  configUser: string,
  passwd: string | null,
  group: string | null,
): StaticVerdict {
  const users = passwd === null ? [] : parsePasswd(passwd);
  const groups = group === null ? [] : parseGroup(group);
  const user = configUser.trim();
  const findings: StaticFinding[] = [];
  const verdict: StaticVerdict = {
    user: configUser,
    uid: null,
    gid: null,
    userName: null,
    groupName: null,
    supplementaryGids: [],
    root: null,
    explanation: '',
    findings,
    hasPasswd: passwd !== null,
  };

  const colon = user.indexOf(':');
  // The engine treats an empty user part ("" or ":grp") as root.
  const userPart = colon === -1 ? user : user.slice(0, colon);
  const groupPart = colon === -1 ? null : user.slice(colon + 1);

  // runc matches a passwd line by name, or by uid when the spec is numeric.
  const entry = userPart
    ? users.find((u) => u.name === userPart || (NUMERIC.test(userPart) && u.uid === Number(userPart)))
    : users.find((u) => u.uid === 0);
  let uid: number;
  if (!userPart) {
    uid = 0;
  } else if (entry) {
    uid = entry.uid;
  } else if (NUMERIC.test(userPart)) {
    uid = Number(userPart);
  } else {
    findings.push({
      code: 'unknown-user',
      severity: 'error',
      message:
        passwd === null
          ? `user "${userPart}" cannot be resolved: the image has no /etc/passwd, so only a numeric uid works; the engine refuses to start it`
          : `user "${userPart}" is not in the image's /etc/passwd; the engine refuses to start it`,
    });
    verdict.explanation = `"${user}" names a user the image does not have`;
    return verdict;
  }
  verdict.uid = uid;
  verdict.userName = entry?.name ?? null;
  verdict.root = uid === 0;

  let gid: number;
  if (groupPart) {
    const g = groups.find(
      (x) => x.name === groupPart || (NUMERIC.test(groupPart) && x.gid === Number(groupPart)),
    );
    if (g) gid = g.gid;
    else if (NUMERIC.test(groupPart)) gid = Number(groupPart);
    else {
      findings.push({
        code: 'unknown-group',
        severity: 'error',
        message: `group "${groupPart}" is not in the image's /etc/group; the engine refuses to start it`,
      });
      verdict.explanation = `"${user}" names a group the image does not have`;
      verdict.root = null;
      return verdict;
    }
  } else {
    // No group given: the passwd entry's primary group, or 0 when the uid has no entry.
    gid = entry?.gid ?? 0;
  }
  verdict.gid = gid;
  verdict.groupName = groups.find((g) => g.gid === gid)?.name ?? null;
  if (entry && !groupPart) {
    verdict.supplementaryGids = groups
      .filter((g) => g.members.includes(entry.name) && g.gid !== gid)
      .map((g) => g.gid);
  }

  const resolved = `uid ${uid}${verdict.userName ? ` (${verdict.userName})` : ''}, gid ${gid}`;
  if (!user) {
    findings.push({
      code: 'no-user',
      severity: 'error',
      message: 'no USER is set (here or in the base image), so the container runs as root',
    });
    verdict.explanation = `no user configured: the engine's default, ${resolved}`;
  } else if (uid === 0) {
    const alias = userPart !== '' && userPart !== 'root' && userPart !== '0';
    findings.push(
      alias
        ? {
            code: 'root-alias',
            severity: 'error',
            message: `user "${userPart}" has uid 0 in the image's /etc/passwd: it is root under another name`,
          }
        : { code: 'root-user', severity: 'error', message: `user "${user}" is root` },
    );
    verdict.explanation = `"${user}" resolves to ${resolved}`;
  } else {
    verdict.explanation = `"${user}" resolves to ${resolved}`;
  }
  if (uid !== 0 && (gid === 0 || verdict.supplementaryGids.includes(0))) {
    findings.push({
      code: 'root-group',
      severity: 'info',
      message: `the process runs with group 0 (root's group); files owned by group 0 and group-writable are writable to it`,
    });
  }
  return verdict;
}
