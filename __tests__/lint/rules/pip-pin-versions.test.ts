import rule from '../../../src/lint/rules/pip-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM python:3.12\n';

ruleTester(rule, {
  valid: [
    // Class: variables. An option in a variable is not a package; a list in an ARG is read.
    {
      code: 'FROM python:3.12-slim\nARG PIP_INDEX_OPTION\nRUN pip install ${PIP_INDEX_OPTION} flask==3.0.0',
      name: 'a variable without a value is not a package name',
    },
    {
      code: 'FROM python:3.12-slim\nARG PIP_INDEX_OPTION="--index-url https://pypi.example/simple"\nRUN pip install ${PIP_INDEX_OPTION} flask==3.0.0',
      name: 'a variable that holds an option and its value',
    },
    {
      code: 'FROM python:3.12-slim\nARG PKGS="flask==3.0.0 gunicorn==22.0.0"\nRUN pip install $PKGS',
      name: 'a pinned list in an ARG',
    },
    { code: 'FROM python:3.12-slim\nRUN /venv/bin/pip install flask==3.0.0', name: 'pinned, pip by path' },
    {
      code: 'FROM python:3.12-slim\nRUN /opt/venv/bin/pipx install black==24.1.0',
      name: 'pinned, pipx by path',
    },
    {
      code: 'FROM python:3.12-slim\nRUN pipx install --python "$(which python)" "poetry==1.8.5"',
      name: "pipx's --python takes a value",
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir --root-user-action ignore poetry==1.8.5',
      name: '--root-user-action takes a value',
    },
    // hadolint's DL3013 spec
    { code: `${F}RUN pip3 install MySQL_python==1.2.2` },
    { code: `${F}RUN pip3 install mypkg.whl`, name: 'local wheel' },
    { code: `${F}RUN pip3 install mypkg.tar.gz`, name: 'local sdist' },
    { code: `${F}RUN pip install -r requirements.txt` },
    { code: `${F}RUN pip install --requirement requirements.txt` },
    { code: `${F}RUN pip install .`, name: 'the local project' },
    { code: `${F}RUN pip install MySQL_python==1.2.2` },
    { code: `${F}RUN pip install MySQL_python~=1.2.2` },
    { code: `${F}RUN pip install MySQL_python===1.2.2` },
    { code: `${F}RUN pip install --ignore-installed MySQL_python==1.2.2` },
    { code: `${F}RUN pip3 install --build /opt/yamllint yamllint==1.20.0` },
    { code: `${F}RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0` },
    { code: `${F}RUN pip3 install --root /opt/yamllint yamllint==1.20.0` },
    { code: `${F}RUN pip3 install --target /opt/yamllint yamllint==1.20.0` },
    { code: `${F}RUN pip3 install --trusted-host host example==1.2.2` },
    { code: `${F}RUN python -m pip install example==1.2.2` },
    {
      code: `${F}RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext`,
      name: 'VCS ref',
    },
    { code: `${F}RUN pip install 'alabaster>=0.7'` },
    { code: `${F}RUN pip install 'alabaster<0.7'` },
    { code: `${F}RUN pip install 'alabaster!=0.7'` },
    { code: `${F}RUN pip install MySQL_python==1.2.2 --user` },
    { code: `${F}RUN pip install MySQL_python==1.2.2 --disable-pip-version-check` },
    { code: `${F}RUN pip install --index-url https://eg.com/foo foobar==1.0.0` },
    { code: `${F}RUN pip install -i https://eg.com/foo foobar==1.0.0` },
    {
      code: `${F}RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0`,
    },
    { code: `${F}RUN pip install MySQL_python==1.2.2 --no-cache-dir` },
    { code: `${F}RUN pip install pykafka --constraint http://foo.bar.baz`, name: 'constraints file' },
    { code: `${F}RUN pip install pykafka -c http://foo.bar.baz` },
    { code: `${F}RUN pipenv install black`, name: 'pipenv is not pip' },
    { code: `${F}RUN pip install https://example.com/pkgs/foo-1.0.zip`, name: 'URL (a path source)' },
    { code: `${F}RUN pip install ./vendor/foo`, name: 'local path' },
    { code: `${F}RUN pip install vendor/foo`, name: 'relative path without ./' },
    {
      code: `${F}RUN pip install git+ssh://example.com/team/lib.git@v2.1#egg=lib`,
      name: 'VCS over ssh with a ref',
    },
    { code: `${F}RUN pip install hg+https://hg.example.com/repo@v1#egg=repo`, name: 'Mercurial ref' },
    { code: `${F}RUN pip install -e .`, name: 'editable local project' },
    { code: `${F}RUN pip install -U pip==24.0 && pip install -r requirements.txt` },
    { code: `${F}RUN pip download flask` },
    { code: `${F}RUN apt-get install -y python3-pip` },
    { code: 'FROM python:3.12\nSHELL ["pwsh", "-c"]\nRUN pip install flask', name: 'PowerShell is not read' },
  ],
  invalid: [
    {
      code: `${F}RUN pipx install black`,
      lines: [2],
      name: 'pipx installs an unpinned tool (hadolint 2.14+)',
    },
    { code: `${F}RUN python3 -m pipx install black`, lines: [2], name: 'pipx as a module' },
    {
      code: 'FROM python:3.12-slim\nARG PKGS="flask==3.0.0 gunicorn"\nRUN pip install $PKGS',
      lines: [3],
      message: 'gunicorn',
      name: 'an ARG list with an unpinned package',
    },
    {
      code: 'FROM python:3.12-slim\nRUN /venv/bin/pip install flask',
      lines: [2],
      name: 'pip by path or version: /venv/bin/pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN /opt/venv/bin/pip3 install flask',
      lines: [2],
      name: 'pip by path or version: /opt/venv/bin/pip3',
    },
    {
      code: 'FROM python:3.12-slim\nRUN /usr/local/bin/pip install flask',
      lines: [2],
      name: 'pip by path or version: /usr/local/bin/pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN /venv/bin/python -m pip install flask',
      lines: [2],
      name: 'pip by path or version: /venv/bin/python -m pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN python3.12 -m pip install flask',
      lines: [2],
      name: 'pip by path or version: python3.12 -m pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip3.12 install flask',
      lines: [2],
      name: 'pip by path or version: pip3.12',
    },
    { code: `${F}RUN pip2 install MySQL_python`, lines: [2], message: 'MySQL_python' },
    { code: `${F}RUN pip3 install MySQL_python`, lines: [2] },
    { code: `${F}RUN pip install MySQL_python`, lines: [2] },
    { code: `${F}RUN python -m pip install example`, lines: [2] },
    { code: `${F}RUN python -m pip install --index-url url example`, lines: [2] },
    {
      code: `${F}RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext`,
      lines: [2],
      name: 'VCS without ref',
    },
    {
      code: `${F}RUN pip install git+ssh://example.com/team/lib.git#egg=lib`,
      lines: [2],
      name: 'VCS over ssh without ref',
    },
    { code: `${F}RUN pip install flask==3.0 requests`, lines: [2], message: 'requests' },
    { code: `${F}RUN pip install --upgrade pip`, lines: [2] },
    {
      code: `${F}RUN pip install --index-url=https://eg.com/simple flask`,
      lines: [2],
      name: '--opt=value takes no next word',
    },
    { code: `${F}ONBUILD RUN pip install MySQL_python`, lines: [2] },
    { code: `${F}run pip install flask`, lines: [2], name: 'lower-case keyword' },
    { code: `${F}RUN apt-get update && \\\n    pip install flask`, lines: [2], name: 'continuation' },
    { code: `${F}RUN ["pip", "install", "flask"]`, lines: [2], name: 'exec form' },
    { code: `${F}RUN <<EOF\npip install flask\nEOF`, lines: [2], name: 'heredoc' },
    { code: `${F}RUN sudo pip install flask`, lines: [2] },
    { code: `${F}RUN sh -c 'pip install flask'`, lines: [2] },
    {
      code: 'FROM python:3.12 AS build\nRUN pip install flask\nFROM python:3.12-slim\nRUN pip install gunicorn',
      lines: [2, 4],
      name: 'every stage',
    },
  ],
});
