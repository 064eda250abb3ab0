import rule from '../../../src/lint/rules/go-install-pinned.js';
import { ruleTester } from '../rule-tester.js';

const f = (run: string): string => `FROM golang:1.22\nRUN ${run}`;
const onbuild = (run: string): string => `FROM golang:1.22\nONBUILD RUN ${run}`;

ruleTester(rule, {
  valid: [
    { code: f('go install example.com/pkg@v1.2.3') },
    { code: onbuild('go install example.com/pkg@v1.2.3') },
    { code: f('go install /go/app/foobar') },
    { code: f('go install ./app/foobar') },
    { code: f('go install .') },
    { code: f('go install ./...') },
    { code: f('go install tool foobar@v1.2.3') },
    { code: f('go get example.com/pkg@v1.2.3') },
    { code: f('go get -tool foobar@v1.2.3') },
    { code: f('go get -u') },
    { code: f('go run example.com/pkg@v1.2.3') },
    { code: f('go run example.com/pkg@v1.2.3 -f') },
    { code: f('go run example.com/pkg@v1.2.3 --foobar') },
    { code: f('go run example.com/pkg@v1.2.3 foobar') },
    { code: f('go run example.com/pkg@v1.2.3 --foo bar') },
    { code: f('go run /go/app/foobar') },
    { code: f('go run ./app/foobar') },
    { code: f('go run .') },
    { code: f('go build -o /app ./cmd && go mod download') },
    { code: f('CGO_ENABLED=0 go install -ldflags="-s -w" example.com/pkg@v1.0.0') },
  ],
  invalid: [
    { code: f('go install example.com/pkg'), lines: [2], message: 'example.com/pkg' },
    { code: onbuild('go install example.com/pkg'), lines: [2] },
    { code: f('go install example.com/pkg@latest'), lines: [2] },
    { code: f('go install example.com/pkg@none'), lines: [2] },
    { code: f('go install tool foobar'), lines: [2] },
    { code: f('go install tool foobar@latest'), lines: [2] },
    { code: f('go get example.com/pkg'), lines: [2] },
    { code: f('go get example.com/pkg@latest'), lines: [2] },
    { code: f('go get -tool foobar'), lines: [2] },
    { code: f('go get -tool foobar@latest'), lines: [2] },
    { code: f('go run example.com/pkg'), lines: [2] },
    { code: f('go run example.com/pkg@latest'), lines: [2] },
    {
      code: f('apt-get update && \\\n  sudo go install example.com/pkg'),
      lines: [2],
      name: 'continuation and sudo',
    },
    { code: 'FROM golang:1.22\nRUN ["go", "install", "example.com/pkg"]', lines: [2], name: 'exec form' },
    { code: 'FROM golang:1.22\nRUN <<EOF\ngo install example.com/pkg\nEOF', lines: [2], name: 'heredoc' },
  ],
});
