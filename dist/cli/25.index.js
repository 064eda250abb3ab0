export const id = 25;
export const ids = [25];
export const modules = {

/***/ 2025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateLintSection: () => (/* binding */ validateLintSection)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./docs/schema/lint-config.schema.json
const lint_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/shipshape/shipshape/docs/schema/lint-config.schema.json","title":"shipshape lint configuration (the `lint:` key of .shipshape.yml)","type":"object","additionalProperties":false,"properties":{"rules":{"description":"Per rule, keyed by rule id, hadolint code (DL3008) or ShellCheck code (SC2086): off, on, a severity, or an object.","type":"object","propertyNames":{"pattern":"^([a-z][a-z0-9]*(-[a-z0-9]+)*|DL[0-9]{4}|SC[0-9]{4})$"},"additionalProperties":{"oneOf":[{"type":"boolean"},{"enum":["off","on","error","warning","info","style"]},{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"severity":{"enum":["off","error","warning","info","style"]},"options":{"type":"object"}}}]}},"ignored":{"description":"Rule ids, hadolint codes or ShellCheck codes never reported.","type":"array","items":{"type":"string","minLength":1}},"trustedRegistries":{"description":"Registries FROM may pull from (DL3026); empty or absent = any.","type":"array","items":{"type":"string","minLength":1}},"labelSchema":{"description":"Labels every image must carry and the kind of value (DL3048-DL3058).","type":"object","additionalProperties":{"enum":["text","url","spdx","hash","rfc3339","semver","email"]}},"strictLabels":{"description":"Only the labels in labelSchema are allowed.","type":"boolean"},"failureThreshold":{"description":"The lowest severity that makes `shipshape lint` exit 1; the CLI flag wins.","enum":["error","warning","info","style","none"]},"disableIgnorePragma":{"description":"Inline `# shipshape …` / `# hadolint …` ignore pragmas have no effect, so only this config decides what is ignored.","type":"boolean"}}}');
// EXTERNAL MODULE: ./src/lint/config-error.ts
var config_error = __webpack_require__(9504);
;// CONCATENATED MODULE: ./src/lint/config-schema.ts
// Validates the `lint:` section of `.shipshape.yml` against docs/schema/lint-config.schema.json
// (the same file users read), so messages and docs cannot drift apart.



let validator = null;
/** Throws LintConfigError listing each bad key by its path (`lint.rules.DL3008: …`). */
function validateLintSection(lint, where) {
    if (lint === undefined || lint === null)
        return;
    validator ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(lint_config_schema_namespaceObject);
    if (validator(lint))
        return;
    const errors = validator.errors ?? [];
    const seen = new Set();
    const messages = [];
    for (const err of errors) {
        // A oneOf failure repeats each branch's complaint; the oneOf line itself says it best.
        if (err.schemaPath.includes('/oneOf/'))
            continue;
        const key = keyPath(err);
        if (seen.has(key))
            continue;
        seen.add(key);
        messages.push(`${where}: ${key}: ${describe(err)}`);
    }
    throw new config_error/* LintConfigError */.a(messages.join('\n') || `${where}: lint: invalid`);
}
function keyPath(err) {
    const parts = ['lint', ...err.instancePath.split('/').filter(Boolean).map(config_schema_unescape)];
    if (err.keyword === 'additionalProperties')
        parts.push(err.params.additionalProperty);
    if (err.keyword === 'propertyNames')
        parts.push(err.params.propertyName);
    return parts.join('.');
}
function config_schema_unescape(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
function describe(err) {
    switch (err.keyword) {
        case 'additionalProperties':
            return 'unknown key';
        case 'propertyNames':
            return 'not a rule id (kebab-case), a hadolint code (DL####) or a ShellCheck code (SC####)';
        case 'oneOf':
            return 'expected off, on, a severity (error, warning, info, style) or { enabled, severity, options }';
        case 'enum':
            return `must be one of ${(err.params.allowedValues ?? []).join(', ')}`;
        default:
            return err.message ?? err.keyword;
    }
}


/***/ })

};
