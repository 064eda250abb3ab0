import rule from '../../../src/lint/rules/final-image-labels.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'ARG base_image="python:3.9.5-alpine"\nFROM $base_image\nLABEL \\\n      author="Piers Harding <Piers.Harding@skao.int>" \\\n      description="This image illustrates build dependencies" \\\n      license="Apache2.0"',
      name: 'seed 002',
    },
    {
      code: 'FROM python:3.12-slim AS base\nLABEL org.opencontainers.image.source=https://github.com/acme/app\nFROM base',
      name: 'inherited',
    },
    { code: 'FROM python:3.12 AS build\nFROM python:3.12-slim\nlabel org.opencontainers.image.licenses=MIT' },
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nCMD ["python"]', lines: [1] },
    {
      code: 'FROM python:3.12 AS build\nLABEL a=b\nFROM python:3.12-slim',
      lines: [3],
      name: 'a builder label is not in the image',
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD LABEL a=b',
      lines: [1],
      name: 'ONBUILD LABEL is for child images',
    },
  ],
});
