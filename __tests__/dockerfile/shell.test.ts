import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { parseShellScript } from '../../src/dockerfile/shell.js';

const parse = (text: string) => parseShellScript(text, () => 1);
const argvs = (text: string) => parse(text).commands.map((c) => c.argv);

describe('parseShellScript', () => {
  it.each([
    ['a && b || c; d', [['a'], ['b'], ['c'], ['d']]],
    ['a | b |& c', [['a'], ['b'], ['c']]],
    ['(cd /x && make) & wait', [['cd', '/x'], ['make'], ['wait']]],
    ['{ a; b; }', [['a'], ['b']]],
    ['if [ -f x ]; then a; elif b; then c; else d; fi', [['[', '-f', 'x', ']'], ['a'], ['b'], ['c'], ['d']]],
    [
      'while read l; do echo "$l"; done < f',
      [
        ['read', 'l'],
        ['echo', '$l'],
      ],
    ],
    ['for p in a b c; do pip install "$p"; done', [['pip', 'install', '$p']]],
    ['case "$x" in a|b) one;; *) two;; esac', [['one'], ['two']]],
    ['f() { g; }; f', [['g'], ['f']]],
    ['! grep -q x y', [['grep', '-q', 'x', 'y']]],
  ])('splits %j into commands', (text, expected) => {
    expect(argvs(text)).toEqual(expected);
  });

  it('removes quotes and keeps variables and substitutions as written', () => {
    expect(argvs(`echo 'a b' "c \\"d\\" $HOME" e\\ f \${X:-y} $(date) \`id\` $((1+2))`)).toEqual([
      ['date'],
      ['id'],
      ['echo', 'a b', 'c "d" $HOME', 'e f', '${X:-y}', '$(date)', '`id`', '$((1+2))'],
    ]);
  });

  it('drops redirections, their targets and heredoc bodies', () => {
    expect(argvs('cat > /etc/x <<EOF\nnot a command\nEOF\necho done 2>&1 >>log')).toEqual([
      ['cat'],
      ['echo', 'done'],
    ]);
    expect(argvs('cat <<-"END"\n\tbody\n\tEND\nnext')).toEqual([['cat'], ['next']]);
  });

  it('ignores comments', () => {
    expect(argvs('a # b c\n# d\ne')).toEqual([['a'], ['e']]);
  });

  it('unwraps assignments, env, sudo and sh -c', () => {
    const cmds = parse(
      'X=1 Y=2 pip install a && env -i Z=3 apt-get install b && sudo -u root -E make && sh -c \'cd /x && ls\' && bash -ec "go build"',
    ).commands;
    expect(cmds.map((c) => c.argv)).toEqual([
      ['pip', 'install', 'a'],
      ['apt-get', 'install', 'b'],
      ['make'],
      ['cd', '/x'],
      ['ls'],
      ['go', 'build'],
    ]);
    expect(cmds[0]!.env).toEqual({ X: '1', Y: '2' });
    expect(cmds[1]!.env).toEqual({ Z: '3' });
    expect(cmds.map((c) => c.wrappers)).toEqual([[], ['env'], ['sudo'], ['sh -c'], ['sh -c'], ['bash -c']]);
  });

  it('looks through exec, busybox, command and builtin as ShellCheck names commands', () => {
    const cmds = parse(
      'exec -a app gunicorn app:app; busybox wget x; command apt-get update; builtin cd /x',
    ).commands;
    expect(cmds.map((c) => c.argv)).toEqual([
      ['gunicorn', 'app:app'],
      ['wget', 'x'],
      ['apt-get', 'update'],
      ['cd', '/x'],
    ]);
    expect(cmds.map((c) => c.wrappers)).toEqual([['exec'], ['busybox'], ['command'], ['builtin']]);
    // `command -v x` asks about x and runs nothing; a bare `exec` stays itself.
    expect(argvs('command -v curl; exec')).toEqual([['command', '-v', 'curl'], ['exec']]);
  });

  it('keeps a shell running a file as the command', () => {
    expect(argvs('sh ./install.sh --quiet')).toEqual([['sh', './install.sh', '--quiet']]);
  });

  it('reads flags as hadolint does', () => {
    const [cmd] = parse(
      'apt-get -qy --no-install-recommends --target-release=x install -- -weird pkg=1.*',
    ).commands;
    expect(cmd!.flags.map((f) => f.name)).toEqual([
      'q',
      'y',
      'no-install-recommends',
      'target-release',
      'w',
      'e',
      'i',
      'r',
      'd',
    ]);
    expect(cmd!.hasFlag('y', 'yes')).toBe(true);
    expect(cmd!.hasFlag('assume-yes')).toBe(false);
    expect(cmd!.is('apt-get', 'install')).toBe(true);
    expect(cmd!.is('apt-get', 'update')).toBe(false);
    // hadolint keeps `--` among the non-flag words.
    expect(cmd!.argsNoFlags()).toEqual(['install', '--', 'pkg=1.*']);
    const [pip] = parse('pip install -r req.txt --index-url https://x flask').commands;
    expect(pip!.argsNoFlags(['r', 'index-url'])).toEqual(['install', 'flask']);
  });

  it('sees pipes, also inside substitutions, but not ||', () => {
    expect(parse('a || b').hasPipes).toBe(false);
    expect(parse('a | b').hasPipes).toBe(true);
    expect(parse('x=$(a | b)').hasPipes).toBe(true);
    expect(parse('a | b').commands.every((c) => c.inPipeline)).toBe(true);
    expect(parse("sh -c 'a | b'").hasPipes).toBe(false);
  });

  it('never throws on broken input', () => {
    for (const text of ['"unterminated', "'x", 'a $(b', 'a ${b', '`x', 'a |', '&& b', 'case x in', ')))']) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe('RUN scripts in the file model', () => {
  it('maps each command to its Dockerfile line across continuations', () => {
    const model = parseDockerfile(
      'FROM debian\nRUN apt-get update \\\n  && apt-get install -y \\\n     curl \\\n  # a comment\n  && rm -rf /var/lib/apt/lists/*\n',
    );
    const script = model.instructions[1]!.script()!;
    expect(script.commands.map((c) => [c.name, c.line])).toEqual([
      ['apt-get', 2],
      ['apt-get', 3],
      ['rm', 6],
    ]);
    expect(script.commands[1]!.args).toEqual(['install', '-y', 'curl']);
  });

  it('parses heredoc bodies of RUN <<EOF with their lines', () => {
    const model = parseDockerfile(
      'FROM debian\nRUN <<EOF\nset -e\napt-get update\nEOF\nRUN python3 <<EOF\nprint(1)\nEOF\n',
    );
    expect(model.instructions[1]!.script()!.commands.map((c) => [c.name, c.line])).toEqual([
      ['set', 3],
      ['apt-get', 4],
    ]);
    expect(model.instructions[2]!.script()!.commands.map((c) => c.name)).toEqual(['python3']);
  });

  it('skips non-POSIX shells and CMD/ENTRYPOINT exec form', () => {
    const model = parseDockerfile(
      'FROM x\nCMD ["a"]\nCMD a b\nSHELL ["powershell", "-Command"]\nRUN Get-Item x\nSHELL ["/bin/bash", "-c"]\nRUN ls',
    );
    const scripts = model.instructions.map((i) => i.script());
    expect(scripts[1]).toBeNull();
    expect(scripts[2]!.commands[0]!.argv).toEqual(['a', 'b']);
    expect(scripts[4]).toBeNull();
    expect(model.instructions[4]!.shellKind).toBe('other');
    expect(scripts[6]!.commands[0]!.name).toBe('ls');
  });
});
