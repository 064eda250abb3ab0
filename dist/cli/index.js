#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5940:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Argument = void 0;
class Argument {
    constructor(value, range) {
        this.value = value;
        this.range = range;
    }
    toString() {
        return this.value;
    }
    getRange() {
        return this.range;
    }
    getValue() {
        return this.value;
    }
    isAfter(position) {
        if (this.range.end.line < position.line) {
            return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
    }
    isBefore(position) {
        if (this.range.start.line < position.line) {
            return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
    }
}
exports.Argument = Argument;


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Comment = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const line_1 = __nccwpck_require__(7005);
const util_1 = __nccwpck_require__(7459);
class Comment extends line_1.Line {
    constructor(document, range) {
        super(document, range);
    }
    toString() {
        const content = this.getContent();
        if (content) {
            return "# " + content;
        }
        return "#";
    }
    /**
     * Returns the content of this comment. This excludes leading and
     * trailing whitespace as well as the # symbol. If the comment only
     * consists of whitespace, the empty string will be returned.
     */
    getContent() {
        let range = this.getContentRange();
        if (range === null) {
            return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    /**
     * Returns a range that includes the content of the comment
     * excluding any leading and trailing whitespace as well as the #
     * symbol. May return null if the comment only consists of whitespace
     * characters.
     */
    getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        // skip the first # symbol
        for (let i = 1; i < raw.length; i++) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start === -1) {
            return null;
        }
        // go backwards up to the first # symbol
        for (let i = raw.length - 1; i >= 1; i--) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                end = i + 1;
                break;
            }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
    }
}
exports.Comment = Comment;


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Dockerfile = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const ast = __nccwpck_require__(8390);
const imageTemplate_1 = __nccwpck_require__(3520);
const from_1 = __nccwpck_require__(5377);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Dockerfile extends imageTemplate_1.ImageTemplate {
    constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        /**
         * Whether a FROM instruction has been added to this Dockerfile or not.
         */
        this.foundFrom = false;
        this.document = document;
    }
    getEscapeCharacter() {
        for (const directive of this.directives) {
            if (directive.getDirective() === ast.Directive.escape) {
                const value = directive.getValue();
                if (value === '\\' || value === '`') {
                    return value;
                }
            }
        }
        return '\\';
    }
    getInitialARGs() {
        return this.initialInstructions.getARGs();
    }
    getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
            // not inside the document, invalid position
            return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
                return this.initialInstructions;
            }
        }
        for (const buildStage of this.buildStages) {
            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
                return buildStage;
            }
        }
        return this;
    }
    addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
            this.buildStages.push(this.currentBuildStage);
            this.foundFrom = true;
        }
        else if (!this.foundFrom) {
            this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
            this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
    }
    setDirectives(directives) {
        this.directives = directives;
    }
    getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
    }
    getDirectives() {
        return this.directives;
    }
    resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
            let range = from.getRange();
            if (range.start.line <= line && line <= range.end.line) {
                // resolve the FROM variable against the initial ARGs
                let initialARGs = new imageTemplate_1.ImageTemplate();
                for (let instruction of this.initialInstructions.getARGs()) {
                    initialARGs.addInstruction(instruction);
                }
                return initialARGs.resolveVariable(variable, line);
            }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return undefined;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
            // refers to an uninitialized ARG variable,
            // try resolving it against the initial ARGs then
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
                initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
    }
    getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
            let variables = [];
            for (let arg of this.getInitialARGs()) {
                let property = arg.getProperty();
                if (property) {
                    variables.push(property.getName());
                }
            }
            return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
    }
    getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
            return null;
        }
        for (const from of this.getFROMs()) {
            if (from.getBuildStage() === imageName) {
                const range = from.getRange();
                // on the same line then it's an image that shares the name as the build stage
                if (range.start.line === templateFrom.getRange().start.line) {
                    return null;
                }
                return this.getContainingImage(range.start);
            }
        }
        return null;
    }
    getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
            stages.splice(0, 0, stage);
            stage = this.getParentStage(stage);
        }
        return stages;
    }
    getAvailableWorkingDirectories(line) {
        const availableDirectories = new Set();
        for (const image of this.getStageHierarchy(line)) {
            for (const workdir of image.getWORKDIRs()) {
                if (workdir.getRange().end.line < line) {
                    let directory = workdir.getAbsolutePath();
                    if (directory !== undefined && directory !== null) {
                        if (!directory.endsWith("/")) {
                            directory += "/";
                        }
                        availableDirectories.add(directory);
                    }
                }
            }
        }
        return Array.from(availableDirectories);
    }
    /**
     * Internally reorganize the comments in the Dockerfile and allocate
     * them to the relevant build stages that they belong to.
     */
    organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }
    }
    getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
            if (instructions.length > 0) {
                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
            }
        }
        else if (instructions.length === 0) {
            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        }
        else {
            const commentStart = comments[0].getRange().start;
            const commentEnd = comments[comments.length - 1].getRange().end;
            const instructionStart = instructions[0].getRange().start;
            const instructionEnd = instructions[instructions.length - 1].getRange().end;
            if (commentStart.line < instructionStart.line) {
                if (commentEnd.line < instructionEnd.line) {
                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
                }
                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
            }
            else if (commentEnd.line < instructionEnd.line) {
                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
            }
            else {
                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
            }
        }
        if (range === null) {
            if (this.directives.length === 0) {
                return null;
            }
            return this.directives[0].getRange();
        }
        else if (this.directives.length === 0) {
            return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
    }
}
exports.Dockerfile = Dockerfile;


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Flag = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flagOption_1 = __nccwpck_require__(3700);
class Flag {
    constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
            let offset = document.offsetAt(valueRange.start);
            let nameStart = -1;
            let valueStart = -1;
            let hasOptions = false;
            for (let i = 0; i < value.length; i++) {
                switch (value.charAt(i)) {
                    case '=':
                        hasOptions = true;
                        if (valueStart === -1) {
                            valueStart = i + 1;
                            break;
                        }
                        break;
                    case ',':
                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                        nameStart = -1;
                        valueStart = -1;
                        break;
                    default:
                        if (nameStart === -1) {
                            nameStart = i;
                        }
                        break;
                }
            }
            if (hasOptions && nameStart !== -1) {
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
            }
        }
    }
    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
    }
    toString() {
        if (this.valueRange) {
            return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
    }
    /**
     * Returns the range that encompasses this entire flag. This includes the
     * -- prefix in the beginning to the last character of the flag's value (if
     * it has been defined).
     *
     * @return the entire range of this flag
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the name of this flag. The name does not include the -- prefix.
     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
     * not --interval.
     *
     * @return this flag's name
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range that encompasses the flag's name
     *
     * @return the range containing the flag's name
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the value that has been set to this flag. May be null if the
     * flag is invalid and has no value set like a --start-period. If the flag
     * is instead a --start-period= with an equals sign then the flag's value
     * is the empty string.
     *
     * @return this flag's value if it has been defined, null otherwise
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the range that encompasses this flag's value. If no value has
     * been set then null will be returned.
     *
     * @return the range containing this flag's value, or null if the flag
     *         has no value defined
     */
    getValueRange() {
        return this.valueRange;
    }
    getOption(name) {
        for (const option of this.options) {
            if (option.getName() === name) {
                return option;
            }
        }
        return null;
    }
    getOptions() {
        return this.options;
    }
    hasOptions() {
        return this.options.length > 0;
    }
}
exports.Flag = Flag;


/***/ }),

/***/ 3700:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FlagOption = void 0;
class FlagOption {
    constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
    }
    toString() {
        if (this.valueRange !== null) {
            return this.name + "=" + this.value;
        }
        return this.name;
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
}
exports.FlagOption = FlagOption;


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heredoc = void 0;
/**
 * Heredoc represents a here-document that has been embedded in a
 * Dockerfile.
 *
 * This API is experimental and subject to change.
 */
class Heredoc {
    constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
    }
    /**
     * Returns the name of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range of the start operator and the name. If the
     * here-document is initialized with <<EOT then the start range would
     * encompass all five characters.
     *
     * This API is experimental and subject to change.
     */
    getStartRange() {
        return this.startRange;
    }
    /**
     * Returns the range of this here-document's name that is declared at
     * the beginning of the here-document with the operator. If the
     * here-document is initialized with <<EOT then the name range would
     * encompass the latter three "EOT" characters.
     *
     * This API is experimental and subject to change.
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the content of this here-document. This may
     * be null if the here-document has no content because:
     * - the start range is the only thing that was declared
     * - the end range was declared immediately and there is no content
     *
     * This API is experimental and subject to change.
     */
    getContentRange() {
        return this.contentRange;
    }
    /**
     * Returns the range of the here-document's name on a line that
     * represents the end of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getDelimiterRange() {
        return this.endRange;
    }
}
exports.Heredoc = Heredoc;


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageTemplate = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const onbuild_1 = __nccwpck_require__(5554);
const util_1 = __nccwpck_require__(7459);
const workdir_1 = __nccwpck_require__(7529);
class ImageTemplate {
    constructor() {
        this.comments = [];
        this.instructions = [];
    }
    addComment(comment) {
        this.comments.push(comment);
    }
    getComments() {
        return this.comments;
    }
    addInstruction(instruction) {
        this.instructions.push(instruction);
    }
    getInstructions() {
        return this.instructions;
    }
    getInstructionAt(line) {
        for (let instruction of this.instructions) {
            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the ARG instructions that are defined in this image.
     */
    getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof arg_1.Arg) {
                args.push(instruction);
            }
        }
        return args;
    }
    /**
     * Gets all the CMD instructions that are defined in this image.
     */
    getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof cmd_1.Cmd) {
                cmds.push(instruction);
            }
        }
        return cmds;
    }
    /**
     * Gets all the COPY instructions that are defined in this image.
     */
    getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof copy_1.Copy) {
                copies.push(instruction);
            }
        }
        return copies;
    }
    /**
     * Gets all the ENTRYPOINT instructions that are defined in this image.
     */
    getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof entrypoint_1.Entrypoint) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the ENV instructions that are defined in this image.
     */
    getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof env_1.Env) {
                args.push(instruction);
            }
        }
        return args;
    }
    getFROM() {
        for (const instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the FROM instructions that are defined in this image.
     */
    getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the HEALTHCHECK instructions that are defined in this image.
     */
    getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof healthcheck_1.Healthcheck) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
            if (instruction instanceof workdir_1.Workdir) {
                workdirs.push(instruction);
            }
        }
        return workdirs;
    }
    getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof onbuild_1.Onbuild) {
                let trigger = instruction.getTriggerInstruction();
                if (trigger) {
                    triggers.push(trigger);
                }
            }
        }
        return triggers;
    }
    getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
            if (arg.isBefore(currentLine)) {
                const property = arg.getProperty();
                if (property) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        for (const env of this.getENVs()) {
            if (env.isBefore(currentLine)) {
                for (const property of env.getProperties()) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        return variables;
    }
    /**
     * Resolves a variable with the given name at the specified line
     * to its value. If null is returned, then the variable has been
     * defined but no value was given. If undefined is returned, then
     * a variable with the given name has not been defined yet as of
     * the given line.
     *
     * @param variable the name of the variable to resolve
     * @param line the line number that the variable is on, zero-based
     * @return the value of the variable as defined by an ARG or ENV
     *         instruction, or null if no value has been specified, or
     *         undefined if a variable with the given name has not
     *         been defined
     */
    resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return property.getValue();
                    }
                }
            }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return property.getValue();
                }
            }
        }
        return undefined;
    }
    getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
            // all templates should have instructions, this only happens for
            // the initial set of instruction
            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
    }
    contains(position) {
        const range = this.getRange();
        if (range === null) {
            return false;
        }
        return util_1.Util.isInsideRange(position, range);
    }
}
exports.ImageTemplate = ImageTemplate;


/***/ }),

/***/ 5279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Instruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
const line_1 = __nccwpck_require__(7005);
const argument_1 = __nccwpck_require__(5940);
const heredoc_1 = __nccwpck_require__(7599);
const variable_1 = __nccwpck_require__(3743);
const main_1 = __nccwpck_require__(8390);
class Instruction extends line_1.Line {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
    }
    toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
            value += ' ';
            value += arg.getValue();
        }
        return value;
    }
    getRangeContent(range) {
        if (range === null) {
            return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    getInstructionRange() {
        return this.instructionRange;
    }
    getInstruction() {
        return this.instruction;
    }
    getKeyword() {
        return this.getInstruction().toUpperCase();
    }
    getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
    }
    getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        switch (fullArgs.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                if (startPosition !== null) {
                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                                }
                                startPosition = null;
                                start = true;
                                comment = false;
                                i = j;
                                break whitespaceCheck;
                            default:
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                        startPosition = null;
                    }
                    start = true;
                    comment = false;
                    i += 2;
                }
                else if (next === '\n') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i++;
                }
                else {
                    i++;
                }
            }
            else if (util_1.Util.isNewline(char)) {
                if (comment) {
                    startPosition = null;
                    start = true;
                    comment = false;
                }
            }
            else {
                if (!comment) {
                    if (startPosition === null) {
                        if (char === '#') {
                            comment = true;
                            continue;
                        }
                        let position = this.document.positionAt(offset + i);
                        if (position.character !== 0) {
                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                        }
                    }
                    end = i;
                }
            }
        }
        if (startPosition === null) {
            // should only happen if the last argument is on its own line with
            // no leading whitespace
            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        }
        else {
            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
    }
    getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
    }
    getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
    }
    getArguments() {
        return this.getRawArguments();
    }
    getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        // determines whether the parser has found a space or tab
        // whitespace character that's a part of an escaped newline sequence
        let escapedWhitespaceDetected = false;
        // determines if the parser is currently in an escaped newline sequence
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (util_1.Util.isWhitespace(char)) {
                if (escaping) {
                    escapedWhitespaceDetected = true;
                    if (util_1.Util.isNewline(char)) {
                        // reached a newline, any previously
                        // detected whitespace should be ignored
                        escapedWhitespaceDetected = false;
                        if (comment) {
                            // reached a newline, no longer in a comment
                            comment = false;
                            start = true;
                        }
                    }
                    continue;
                }
                else if (found !== -1) {
                    if (escapeMarker === -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
                    }
                    else {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                    }
                    escapeMarker = -1;
                    escapedArg = "";
                    found = -1;
                }
            }
            else if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        let newlineCheck = fullArgs.charAt(j);
                        switch (newlineCheck) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                comment = false;
                                escaping = true;
                                start = true;
                                if (found !== -1) {
                                    escapeMarker = i;
                                }
                                i = j;
                                break whitespaceCheck;
                            default:
                                escapeMarker = i;
                                if (found === -1) {
                                    i = j - 1;
                                }
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i += 2;
                }
                else if (next === '\n') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i++;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapeMarker = -1;
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    if (next === '$') {
                        escapedArg = escapedArg + char + next;
                    }
                    else if (next === '') {
                        // reached EOF, stop processing
                        break;
                    }
                    else {
                        escapedArg = escapedArg + next;
                    }
                    if (found === -1) {
                        found = i;
                    }
                    i++;
                }
            }
            else if (!comment) {
                if (start && char === '#') {
                    comment = true;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    escapeMarker = -1;
                    escapedArg = escapedArg + char;
                    if (found === -1) {
                        found = i;
                    }
                }
                // non-whitespace character detected, reset
                start = false;
            }
        }
        if (found !== -1) {
            if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
            }
            else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
            }
        }
        return args;
    }
    getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
            const argRange = args[i].getRange();
            let offset = this.document.offsetAt(argRange.start);
            const variables = this.parseVariables(offset, args[i].getValue());
            const swaps = [];
            let requiresExpansion = false;
            for (let variable of variables) {
                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
                swaps.push(value);
                requiresExpansion = requiresExpansion || value !== undefined;
            }
            if (requiresExpansion) {
                let expanded = "";
                for (let j = 0; j < swaps.length; j++) {
                    const variableRange = variables[j].getRange();
                    const start = this.document.offsetAt(variableRange.start);
                    const end = this.document.offsetAt(variableRange.end);
                    if (swaps[j]) {
                        // replace variable with its resolved value
                        expanded += this.document.getText().substring(offset, start);
                        expanded += swaps[j];
                        offset = end;
                    }
                    else {
                        expanded += this.document.getText().substring(offset, end);
                        offset = end;
                    }
                }
                const argEnd = this.document.offsetAt(argRange.end);
                if (argEnd !== offset) {
                    // if the variable's range doesn't match the argument,
                    // append the remaining text
                    expanded += this.document.getText().substring(offset, argEnd);
                }
                args[i] = new argument_1.Argument(expanded, argRange);
            }
        }
        return args;
    }
    getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
            let range = arg.getRange();
            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
            for (const parsedVariable of parsedVariables) {
                variables.push(parsedVariable);
            }
        }
        return variables;
    }
    parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
            switch (arg.charAt(i)) {
                case this.escapeChar:
                    if (arg.charAt(i + 1) === '$') {
                        i++;
                    }
                    break;
                case '$':
                    if (arg.charAt(i + 1) === '{') {
                        let escapedString = "${";
                        let escapedName = "";
                        let nameEnd = -1;
                        let escapedSubstitutionParameter = "";
                        let substitutionStart = -1;
                        let substitutionEnd = -1;
                        let modifierRead = -1;
                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    break;
                                case '}':
                                    escapedString += '}';
                                    let modifier = null;
                                    let modifierRange = null;
                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                                    let substitutionRange = null;
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (nameEnd + 1 === j) {
                                        modifier = "";
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                                    }
                                    else {
                                        if (substitutionStart === -1) {
                                            // no substitution parameter found,
                                            // but a modifier character existed,
                                            // just offset the range by 1 from
                                            // the modifier character
                                            substitutionStart = modifierRead + 1;
                                            substitutionEnd = modifierRead + 1;
                                        }
                                        else {
                                            // offset one more from the last
                                            // character found
                                            substitutionEnd = substitutionEnd + 1;
                                        }
                                        modifier = arg.substring(modifierRead, modifierRead + 1);
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                                    }
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
                                    i = j;
                                    continue variableLoop;
                                case ':':
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += ':';
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += ':';
                                    break;
                                case '\n':
                                case '\r':
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    if (nameEnd === -1) {
                                        escapedName += char;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += char;
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += char;
                                    break;
                            }
                        }
                        // no } found, not a valid variable, stop processing
                        break variableLoop;
                    }
                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                        // $ followed by whitespace or EOF, ignore this variable
                        continue;
                    }
                    else {
                        let escapedName = "";
                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case '\r':
                                case '\n':
                                case ' ':
                                case '\t':
                                    continue;
                                case '$':
                                case '\'':
                                case '"':
                                    let varStart = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                    i = j - 1;
                                    continue variableLoop;
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    // reached EOF after an escape character
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                                    break variableLoop;
                            }
                            if (char.match(/^[a-z0-9_]+$/i) === null) {
                                let varStart = this.document.positionAt(offset + i);
                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                i = j - 1;
                                continue variableLoop;
                            }
                            escapedName += char;
                        }
                        let start = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                    }
                    break variableLoop;
            }
        }
        return variables;
    }
    isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
            for (const initialArg of this.dockerfile.getInitialARGs()) {
                const arg = initialArg;
                const property = arg.getProperty();
                if (property && variable === property.getName()) {
                    return true;
                }
            }
            return undefined;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return false;
                    }
                }
            }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return true;
                }
            }
        }
        return undefined;
    }
    createSingleLineHeredocs(args) {
        const heredocs = [];
        // instruction only on one line, if heredocs exist they would be incomplete
        for (const arg of args) {
            const value = arg.getValue();
            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
            }
        }
        return heredocs;
    }
    getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                i = j + 1;
                                continue nameLoop;
                            case '\n':
                                i = j;
                                continue nameLoop;
                            default:
                                name += content.charAt(j);
                                i = j;
                                continue nameLoop;
                        }
                    }
                    break;
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue nameLoop;
                            }
                        }
                    }
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    if (escaping) {
                        break;
                    }
                default:
                    name += ch;
                    break;
            }
        }
        return name;
    }
    getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case '"':
                case '\'':
                    if (quote === ch) {
                        break contentLoop;
                    }
                    quote = ch;
                    continue;
                case this.escapeChar:
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case '\n':
                                escaping = true;
                                j = i;
                                continue contentLoop;
                        }
                    }
                    break;
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '<':
                    if (endFound) {
                        searchHyphen = true;
                    }
                    else {
                        endFound = true;
                    }
                    break;
                case '-':
                    if (searchHyphen) {
                        searchHyphen = false;
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (start === -1) {
                        start = i;
                    }
                    if (quote !== null) {
                        end = i + 1;
                        break;
                    }
                    break contentLoop;
            }
        }
        if (start === -1) {
            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
    }
    getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                j++;
                            case '\n':
                                i = j;
                                continue contentLoop;
                            default:
                                i = j;
                                continue contentLoop;
                        }
                    }
                    break;
                case '\r':
                    break;
                case '\n':
                    if (escaping) {
                        break;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        contentEnd = i;
                        const arg = heredocDefinitions[currentHeredoc];
                        const startRange = arg.getRange();
                        const nameRange = this.getNameRange(startRange);
                        const name = this.getName(nameRange);
                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                        if (delimiterRange !== null) {
                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                            contentStart = -1;
                            currentHeredoc++;
                        }
                        lineStart = -1;
                    }
                    else {
                        // found a newline that hasn't been escaped,
                        // must be in a heredoc
                        const offsetLimit = startOffset + i;
                        for (const arg of args) {
                            // check if this argument is on the initial line of the instruction,
                            // note that it may not all be on the same line due to escaped newlines,
                            // because of that we need to use offset checks instead of line checks
                            // as an argument being on a different line in the document does not
                            // imply it is on a different line from the Dockerfile's point of view
                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                                if (arg.getValue().startsWith("<<")) {
                                    heredocDefinitions.push(arg);
                                }
                            }
                            else {
                                break;
                            }
                        }
                        heredocsProcessed = true;
                        lineStart = -1;
                        continue contentLoop;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaping) {
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (escaping) {
                        escaping = false;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        if (lineStart === -1) {
                            lineStart = i;
                        }
                    }
                    break;
            }
        }
        if (heredocsProcessed) {
            const arg = heredocDefinitions[currentHeredoc];
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            let contentRange = null;
            // check if the last line of this instruction matches the name of the last heredoc
            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
            if (delimiterRange === null) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
            }
            else if (contentEnd !== -1) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
            }
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
            currentHeredoc++;
            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
                currentHeredoc++;
            }
        }
        else {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        return heredocs;
    }
    getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
            // remove tabs in the front
            let index = 0;
            while (text.charAt(index) === '\t') {
                index++;
            }
            if (text.substring(index) === name) {
                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
            }
            return null;
        }
        return text === name ? candidateRange : null;
    }
}
exports.Instruction = Instruction;


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Add = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Add extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
}
exports.Add = Add;


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Arg = void 0;
const property_1 = __nccwpck_require__(9602);
const propertyInstruction_1 = __nccwpck_require__(4984);
class Arg extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        }
        else {
            this.property = null;
        }
    }
    /**
     * Returns the variable defined by this ARG. This may be null if
     * this ARG instruction is malformed and has no variable
     * declaration.
     */
    getProperty() {
        return this.property;
    }
}
exports.Arg = Arg;


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Cmd = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Cmd extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Cmd = Cmd;


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Copy = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Copy extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Copy = Copy;


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Entrypoint = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Entrypoint extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Entrypoint = Entrypoint;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Env = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
class Env extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Env = Env;


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.From = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class From extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
    }
    /**
     * Returns the name of the image that will be used as the base image.
     *
     * @return the base image's name, or null if unspecified
     */
    getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
            return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
            const ch = imageName.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaped = true;
                    break;
                case '\r':
                    continue;
                case '\n':
                    commented = false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '#':
                    if (escaped) {
                        commented = true;
                    }
                    else {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
                default:
                    if (!commented) {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
            }
        }
        return name;
    }
    /**
     * Returns the range that covers the name of the image used by
     * this instruction.
     *
     * @return the range of the name of this instruction's argument,
     *         or null if no image has been specified
     */
    getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
            let registryRange = this.getRegistryRange();
            if (registryRange) {
                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
            }
            let tagRange = this.getImageTagRange();
            let digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            return range;
        }
        return null;
    }
    /**
     * Returns the range that covers the image argument of this
     * instruction. This includes the tag or digest of the image if
     * it has been specified by the instruction.
     *
     * @return the range of the image argument, or null if no image
     *         has been specified
     */
    getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
    }
    getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
    }
    /**
     * Returns the range in the document that the tag of the base
     * image encompasses.
     *
     * @return the base image's tag's range in the document, or null
     *         if no tag has been specified
     */
    getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
            const rangeStartOffset = this.document.offsetAt(range.start);
            const content = this.getRangeContent(range);
            const atIndex = this.indexOf(rangeStartOffset, content, '@');
            const slashIndex = content.indexOf('/');
            if (atIndex === -1) {
                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
                if (colonIndex > slashIndex) {
                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
                }
            }
            const subcontent = content.substring(0, atIndex);
            const subcolonIndex = subcontent.indexOf(':');
            if (subcolonIndex === -1) {
                return null;
            }
            if (slashIndex === -1) {
                // slash not found suggests no registry and no namespace defined
                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
            }
            // both colon and slash found, check if it is a port
            if (subcolonIndex < slashIndex) {
                return null;
            }
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
    }
    getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
    }
    /**
     * Returns the range in the document that the digest of the base
     * image encompasses.
     *
     * @return the base image's digest's range in the document, or null
     *         if no digest has been specified
     */
    getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
            let content = this.getRangeContent(range);
            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
            if (index !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
            }
        }
        return null;
    }
    indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
                const substring = content.substring(offset);
                const subIndex = substring.indexOf(searchString);
                if (subIndex === -1) {
                    return -1;
                }
                index = subIndex + offset;
                i = -1;
                continue;
            }
        }
        return index;
    }
    lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                index = content.substring(0, index).lastIndexOf(searchString);
                if (index === -1) {
                    return -1;
                }
                i = -1;
                continue;
            }
        }
        return index;
    }
    getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
    }
    getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
            const tagRange = this.getImageTagRange();
            const digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            const content = this.getRangeContent(range);
            const rangeStart = this.document.offsetAt(range.start);
            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
            if (startingSlashIndex === -1) {
                return null;
            }
            const portIndex = this.indexOf(rangeStart, content, ':');
            const dotIndex = this.indexOf(rangeStart, content, '.');
            // hostname detected
            if (portIndex !== -1 || dotIndex !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
            const registry = content.substring(0, startingSlashIndex);
            // localhost registry detected
            if (registry === 'localhost') {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
        }
        return null;
    }
    getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
    }
    getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
            return args[2].getRange();
        }
        return null;
    }
    getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
    }
}
exports.From = From;


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Healthcheck = void 0;
const modifiableInstruction_1 = __nccwpck_require__(2393);
class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
    }
    getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
    }
}
exports.Healthcheck = Healthcheck;


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Label = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
const util_1 = __nccwpck_require__(7459);
class Label extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        // iterate over all of this LABEL's properties
        for (const property of properties) {
            const value = property.getUnescapedValue();
            // check if the value is contained in single quotes,
            // single quotes would indicate a literal value
            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
                const range = property.getValueRange();
                for (let i = 0; i < variables.length; i++) {
                    // if a variable is in a single quote, remove it from the list
                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                        variables.splice(i, 1);
                        i--;
                    }
                }
            }
        }
        return variables;
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Label = Label;


/***/ }),

/***/ 5554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Onbuild = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const parser_1 = __nccwpck_require__(7988);
const instruction_1 = __nccwpck_require__(5279);
class Onbuild extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
    }
    getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
    }
    getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
    }
    getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
            return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
    }
}
exports.Onbuild = Onbuild;


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Run = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Run extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Run = Run;


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Shell = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Shell extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Shell = Shell;


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Stopsignal = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Stopsignal extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Stopsignal = Stopsignal;


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.User = void 0;
const instruction_1 = __nccwpck_require__(5279);
class User extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.User = User;


/***/ }),

/***/ 1347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Volume = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Volume extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Volume = Volume;


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Workdir = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Workdir extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    /**
     * Returns the path that has been defined. Note that this path may
     * be absolute or relative depending on what was written in the
     * instruction.
     *
     * @return the working directory's path, or null if this
     *         instruction has no arguments
     */
    getPath() {
        return this.getArgumentsContent();
    }
    /**
     * Returns the absolute path that this instruction resolves to. The
     * function will inspect prior WORKDIR instructions in the current
     * image or another build stage in the Dockerfile to try to
     * determine this.
     *
     * @return the absolute path of the working directory, or null if
     *         this instruction has no arguments, or undefined if it
     *         cannot be determined because only relative paths could be
     *         found
     */
    getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
            return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
            const workdirs = hierarchy[i].getWORKDIRs();
            for (let j = workdirs.length - 1; j >= 0; j--) {
                if (workdirs[j].getRange().start.line < startLine) {
                    const parent = workdirs[j].getAbsolutePath();
                    if (parent === undefined || parent === null) {
                        return undefined;
                    }
                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
                }
            }
        }
        return undefined;
    }
}
exports.Workdir = Workdir;


/***/ }),

/***/ 3702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONArgument = void 0;
const argument_1 = __nccwpck_require__(5940);
class JSONArgument extends argument_1.Argument {
    constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
    }
    getJSONRange() {
        return this.jsonRange;
    }
    getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
    }
}
exports.JSONArgument = JSONArgument;


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const argument_1 = __nccwpck_require__(5940);
const jsonArgument_1 = __nccwpck_require__(3702);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
            return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
            let argRange = args[0].getRange();
            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
            return;
        }
        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
            this.openingBracket = args[0];
            this.closingBracket = args[1];
            return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
            let char = argsContent.charAt(i);
            switch (char) {
                case '[':
                    if (last === "") {
                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        last = '[';
                    }
                    else if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case '"':
                    if (last === '[' || last === ',') {
                        start = i;
                        quoted = true;
                        last = '"';
                        escapedArg = escapedArg + char;
                        continue;
                    }
                    else if (last === '"') {
                        if (quoted) {
                            escapedArg = escapedArg + char;
                            // quoted string done
                            quoted = false;
                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                            escapedArg = "";
                        }
                        else {
                            // should be a , or a ]
                            break argsCheck;
                        }
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case ',':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        if (last === '"') {
                            last = ',';
                        }
                        else {
                            break argsCheck;
                        }
                    }
                    break;
                case ']':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else if (last !== "") {
                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        break argsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                case '\\':
                    if (quoted) {
                        switch (argsContent.charAt(i + 1)) {
                            case '"':
                            case '\\':
                                escapedArg = escapedArg + argsContent.charAt(i + 1);
                                i++;
                                continue;
                            case ' ':
                            case '\t':
                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                                    switch (argsContent.charAt(j)) {
                                        case '\r':
                                            // offset one more for \r\n
                                            j++;
                                        case '\n':
                                            i = j;
                                            continue argsCheck;
                                        case ' ':
                                        case '\t':
                                            break;
                                        default:
                                            break escapeCheck;
                                    }
                                }
                                break;
                            case '\r':
                                // offset one more for \r\n
                                i++;
                            default:
                                i++;
                                continue;
                        }
                    }
                    else {
                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                            switch (argsContent.charAt(j)) {
                                case '\r':
                                    // offset one more for \r\n
                                    j++;
                                case '\n':
                                    i = j;
                                    continue argsCheck;
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    break escapeCheck;
                            }
                        }
                    }
                    break argsCheck;
                default:
                    if (!quoted) {
                        break argsCheck;
                    }
                    escapedArg = escapedArg + char;
                    break;
            }
        }
    }
    stopSearchingForFlags(_value) {
        return true;
    }
    getOpeningBracket() {
        return this.openingBracket;
    }
    getJSONStrings() {
        return this.jsonStrings;
    }
    getClosingBracket() {
        return this.closingBracket;
    }
}
exports.JSONInstruction = JSONInstruction;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Line = void 0;
class Line {
    constructor(document, range) {
        this.document = document;
        this.range = range;
    }
    getRange() {
        return this.range;
    }
    getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
    }
    isAfter(line) {
        return this.range.start.line > line.range.start.line;
    }
    isBefore(line) {
        return this.range.start.line < line;
    }
}
exports.Line = Line;


/***/ }),

/***/ 8390:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
var argument_1 = __nccwpck_require__(5940);
Object.defineProperty(exports, "Argument", ({ enumerable: true, get: function () { return argument_1.Argument; } }));
var jsonArgument_1 = __nccwpck_require__(3702);
Object.defineProperty(exports, "JSONArgument", ({ enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } }));
const comment_1 = __nccwpck_require__(4022);
Object.defineProperty(exports, "Comment", ({ enumerable: true, get: function () { return comment_1.Comment; } }));
const parser_1 = __nccwpck_require__(7988);
var flag_1 = __nccwpck_require__(1077);
Object.defineProperty(exports, "Flag", ({ enumerable: true, get: function () { return flag_1.Flag; } }));
const instruction_1 = __nccwpck_require__(5279);
Object.defineProperty(exports, "Instruction", ({ enumerable: true, get: function () { return instruction_1.Instruction; } }));
var line_1 = __nccwpck_require__(7005);
Object.defineProperty(exports, "Line", ({ enumerable: true, get: function () { return line_1.Line; } }));
const parserDirective_1 = __nccwpck_require__(7499);
Object.defineProperty(exports, "ParserDirective", ({ enumerable: true, get: function () { return parserDirective_1.ParserDirective; } }));
var property_1 = __nccwpck_require__(9602);
Object.defineProperty(exports, "Property", ({ enumerable: true, get: function () { return property_1.Property; } }));
var variable_1 = __nccwpck_require__(3743);
Object.defineProperty(exports, "Variable", ({ enumerable: true, get: function () { return variable_1.Variable; } }));
var add_1 = __nccwpck_require__(9618);
Object.defineProperty(exports, "Add", ({ enumerable: true, get: function () { return add_1.Add; } }));
const arg_1 = __nccwpck_require__(4381);
Object.defineProperty(exports, "Arg", ({ enumerable: true, get: function () { return arg_1.Arg; } }));
const cmd_1 = __nccwpck_require__(5517);
Object.defineProperty(exports, "Cmd", ({ enumerable: true, get: function () { return cmd_1.Cmd; } }));
const copy_1 = __nccwpck_require__(444);
Object.defineProperty(exports, "Copy", ({ enumerable: true, get: function () { return copy_1.Copy; } }));
const entrypoint_1 = __nccwpck_require__(1835);
Object.defineProperty(exports, "Entrypoint", ({ enumerable: true, get: function () { return entrypoint_1.Entrypoint; } }));
const env_1 = __nccwpck_require__(1822);
Object.defineProperty(exports, "Env", ({ enumerable: true, get: function () { return env_1.Env; } }));
const from_1 = __nccwpck_require__(5377);
Object.defineProperty(exports, "From", ({ enumerable: true, get: function () { return from_1.From; } }));
const healthcheck_1 = __nccwpck_require__(1167);
Object.defineProperty(exports, "Healthcheck", ({ enumerable: true, get: function () { return healthcheck_1.Healthcheck; } }));
var heredoc_1 = __nccwpck_require__(7599);
Object.defineProperty(exports, "Heredoc", ({ enumerable: true, get: function () { return heredoc_1.Heredoc; } }));
var jsonInstruction_1 = __nccwpck_require__(5305);
Object.defineProperty(exports, "JSONInstruction", ({ enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } }));
var label_1 = __nccwpck_require__(3871);
Object.defineProperty(exports, "Label", ({ enumerable: true, get: function () { return label_1.Label; } }));
var modifiableInstruction_1 = __nccwpck_require__(2393);
Object.defineProperty(exports, "ModifiableInstruction", ({ enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } }));
var onbuild_1 = __nccwpck_require__(5554);
Object.defineProperty(exports, "Onbuild", ({ enumerable: true, get: function () { return onbuild_1.Onbuild; } }));
var propertyInstruction_1 = __nccwpck_require__(4984);
Object.defineProperty(exports, "PropertyInstruction", ({ enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } }));
var run_1 = __nccwpck_require__(7224);
Object.defineProperty(exports, "Run", ({ enumerable: true, get: function () { return run_1.Run; } }));
var shell_1 = __nccwpck_require__(7523);
Object.defineProperty(exports, "Shell", ({ enumerable: true, get: function () { return shell_1.Shell; } }));
var stopsignal_1 = __nccwpck_require__(4301);
Object.defineProperty(exports, "Stopsignal", ({ enumerable: true, get: function () { return stopsignal_1.Stopsignal; } }));
var user_1 = __nccwpck_require__(3998);
Object.defineProperty(exports, "User", ({ enumerable: true, get: function () { return user_1.User; } }));
var volume_1 = __nccwpck_require__(1347);
Object.defineProperty(exports, "Volume", ({ enumerable: true, get: function () { return volume_1.Volume; } }));
const workdir_1 = __nccwpck_require__(7529);
Object.defineProperty(exports, "Workdir", ({ enumerable: true, get: function () { return workdir_1.Workdir; } }));
var Keyword;
(function (Keyword) {
    Keyword["ADD"] = "ADD";
    Keyword["ARG"] = "ARG";
    Keyword["CMD"] = "CMD";
    Keyword["COPY"] = "COPY";
    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
    Keyword["ENV"] = "ENV";
    Keyword["EXPOSE"] = "EXPOSE";
    Keyword["FROM"] = "FROM";
    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
    Keyword["LABEL"] = "LABEL";
    Keyword["MAINTAINER"] = "MAINTAINER";
    Keyword["ONBUILD"] = "ONBUILD";
    Keyword["RUN"] = "RUN";
    Keyword["SHELL"] = "SHELL";
    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
    Keyword["USER"] = "USER";
    Keyword["VOLUME"] = "VOLUME";
    Keyword["WORKDIR"] = "WORKDIR";
})(Keyword || (exports.Keyword = Keyword = {}));
var Directive;
(function (Directive) {
    Directive["escape"] = "escape";
    Directive["syntax"] = "syntax";
})(Directive || (exports.Directive = Directive = {}));
exports.DefaultVariables = [
    "ALL_PROXY", "all_proxy",
    "FTP_PROXY", "ftp_proxy",
    "HTTP_PROXY", "http_proxy",
    "HTTPS_PROXY", "https_proxy",
    "NO_PROXY", "no_proxy"
];
var DockerfileParser;
(function (DockerfileParser) {
    function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
    }
    DockerfileParser.parse = parse;
})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ModifiableInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flag_1 = __nccwpck_require__(1077);
const instruction_1 = __nccwpck_require__(5279);
class ModifiableInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getFlags() {
        if (!this.flags) {
            this.flags = [];
            for (let arg of this.getArguments()) {
                let value = arg.getValue();
                if (this.stopSearchingForFlags(value)) {
                    return this.flags;
                }
                else if (value.indexOf("--") === 0) {
                    let range = arg.getRange();
                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
                    let nameIndex = value.indexOf('=');
                    let index = rawValue.indexOf('=');
                    let firstMatch = false;
                    let secondMatch = false;
                    let startIndex = -1;
                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                        switch (rawValue.charAt(i)) {
                            case '\\':
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                                break;
                            case '-':
                                if (secondMatch) {
                                    startIndex = i;
                                    break nameSearchLoop;
                                }
                                else if (firstMatch) {
                                    secondMatch = true;
                                }
                                else {
                                    firstMatch = true;
                                }
                                break;
                            default:
                                startIndex = i;
                                break nameSearchLoop;
                        }
                    }
                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
                    if (index === -1) {
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
                    }
                    else if (index === value.length - 1) {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
                    }
                    else {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
                    }
                }
            }
        }
        return this.flags;
    }
    getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
            return args;
        }
        for (let i = 0; i < flags.length; i++) {
            args.shift();
        }
        return args;
    }
}
exports.ModifiableInstruction = ModifiableInstruction;


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const vscode_languageserver_textdocument_1 = __nccwpck_require__(3383);
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const comment_1 = __nccwpck_require__(4022);
const parserDirective_1 = __nccwpck_require__(7499);
const instruction_1 = __nccwpck_require__(5279);
const add_1 = __nccwpck_require__(9618);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const label_1 = __nccwpck_require__(3871);
const onbuild_1 = __nccwpck_require__(5554);
const run_1 = __nccwpck_require__(7224);
const shell_1 = __nccwpck_require__(7523);
const stopsignal_1 = __nccwpck_require__(4301);
const workdir_1 = __nccwpck_require__(7529);
const user_1 = __nccwpck_require__(3998);
const volume_1 = __nccwpck_require__(1347);
const dockerfile_1 = __nccwpck_require__(9933);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Parser {
    constructor() {
        this.escapeChar = null;
    }
    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
            case "ADD":
                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ARG":
                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "CMD":
                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "COPY":
                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENTRYPOINT":
                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENV":
                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "FROM":
                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "HEALTHCHECK":
                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "LABEL":
                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ONBUILD":
                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "RUN":
                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "SHELL":
                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "STOPSIGNAL":
                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "WORKDIR":
                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "USER":
                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "VOLUME":
                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    }
    getParserDirectives(document, buffer) {
        // reset the escape directive in between runs
        const directives = [];
        this.escapeChar = '';
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
            switch (buffer.charAt(i)) {
                case ' ':
                case '\t':
                    break;
                case '\r':
                case '\n':
                    // blank lines stop the parsing of directives immediately
                    break directiveCheck;
                case '#':
                    let directiveStart = -1;
                    let directiveEnd = -1;
                    for (let j = i + 1; j < buffer.length; j++) {
                        let char = buffer.charAt(j);
                        switch (char) {
                            case ' ':
                            case '\t':
                                if (directiveStart !== -1 && directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                break;
                            case '\r':
                            case '\n':
                                break directiveCheck;
                            case '=':
                                let valueStart = -1;
                                let valueEnd = -1;
                                if (directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                // assume the line ends with the file
                                let lineEnd = buffer.length;
                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                                    char = buffer.charAt(k);
                                    switch (char) {
                                        case '\r':
                                        case '\n':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            // line break found, reset
                                            lineEnd = k;
                                            break directiveValue;
                                        case '\t':
                                        case ' ':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            continue;
                                        default:
                                            if (valueStart === -1) {
                                                valueStart = k;
                                            }
                                            break;
                                    }
                                }
                                if (directiveStart === -1) {
                                    // no directive, it's a regular comment
                                    break directiveCheck;
                                }
                                if (valueStart === -1) {
                                    // no non-whitespace characters found, highlight all the characters then
                                    valueStart = j + 1;
                                    valueEnd = lineEnd;
                                }
                                else if (valueEnd === -1) {
                                    // reached EOF
                                    valueEnd = buffer.length;
                                }
                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                                directiveStart = -1;
                                if (buffer.charAt(valueEnd) === '\r') {
                                    // skip over the \r
                                    i = valueEnd + 1;
                                }
                                else {
                                    i = valueEnd;
                                }
                                continue directiveCheck;
                            default:
                                if (directiveStart === -1) {
                                    directiveStart = j;
                                }
                                break;
                        }
                    }
                    break;
                default:
                    break directiveCheck;
            }
        }
        return directives;
    }
    parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = '\\';
        if (directives.length > 0) {
            dockerfile.setDirectives(directives);
            this.escapeChar = dockerfile.getEscapeCharacter();
            // start parsing after the directives
            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        }
        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
            offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
            const char = this.buffer.charAt(i);
            switch (char) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '#':
                    i = this.processComment(dockerfile, i);
                    break;
                default:
                    i = this.processInstruction(dockerfile, char, i);
                    break;
            }
        }
        dockerfile.organizeComments();
        return dockerfile;
    }
    processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
            char = this.buffer.charAt(i);
            switch (char) {
                case this.escapeChar:
                    escapedInstruction = true;
                    char = this.buffer.charAt(i + 1);
                    if (char === '\r' || char === '\n') {
                        if (instructionEnd === -1) {
                            instructionEnd = i;
                        }
                        i++;
                    }
                    else if (char === ' ' || char === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    // found an argument, mark end of instruction
                                    instructionEnd = i + 1;
                                    instruction = instruction + this.escapeChar;
                                    i = j - 2;
                                    continue instructionCheck;
                            }
                        }
                        // reached EOF
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        break instructionCheck;
                    }
                    else {
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        // reset and consider it as one contiguous word
                        escapedInstruction = false;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escapedInstruction) {
                        // on an escaped newline, need to search for non-whitespace
                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    break escapeCheck;
                            }
                        }
                        escapedInstruction = false;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
                    return i;
                case '\r':
                case '\n':
                    if (escapedInstruction) {
                        continue;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
                    return i;
                case '#':
                    if (escapedInstruction) {
                        continue;
                    }
                default:
                    instructionEnd = i + 1;
                    instruction = instruction + char;
                    escapedInstruction = false;
                    break;
            }
        }
        // reached EOF
        if (instructionEnd === -1) {
            instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
    }
    processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
            instruction = instruction.getTriggerInstruction();
            if (instruction === null) {
                return offset;
            }
            keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
            return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
            const value = arg.getValue();
            if (value.startsWith("<<") && value.length > 2) {
                if (value.startsWith("<<-")) {
                    tabbed = true;
                }
                const name = util_1.Util.parseHeredocName(value);
                if (name !== null) {
                    heredocs.push(name);
                }
            }
        }
        if (heredocs.length > 0) {
            for (const heredoc of heredocs) {
                offset = this.parseHeredoc(heredoc, offset, tabbed);
            }
        }
        return offset;
    }
    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    if (escaped) {
                        continue;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
                case this.escapeChar:
                    const next = this.buffer.charAt(i + 1);
                    if (next === '\n' || next === '\r') {
                        escaped = true;
                        i++;
                    }
                    else if (next === ' ' || next === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    escaped = true;
                                default:
                                    i = j;
                                    continue argumentsCheck;
                            }
                        }
                        // reached EOF
                        return this.buffer.length;
                    }
                    continue;
                case '#':
                    if (escaped) {
                        i = this.processComment(dockerfile, i);
                        continue argumentsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    if (escaped) {
                        escaped = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    end = i;
                    break commentLoop;
            }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
    }
    parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case ' ':
                    lineStart = false;
                    break;
                case '\t':
                    if (!tabbed) {
                        lineStart = false;
                    }
                    break;
                case '\r':
                case '\n':
                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                        return i;
                    }
                    startWord = -1;
                    lineStart = true;
                    break;
                default:
                    if (lineStart) {
                        startWord = i;
                        lineStart = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
    }
}
exports.Parser = Parser;


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParserDirective = void 0;
const main_1 = __nccwpck_require__(8390);
const line_1 = __nccwpck_require__(7005);
class ParserDirective extends line_1.Line {
    constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
    }
    toString() {
        return "# " + this.getName() + '=' + this.getValue();
    }
    getNameRange() {
        return this.nameRange;
    }
    getValueRange() {
        return this.valueRange;
    }
    getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
    }
    getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
    }
    getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === undefined ? null : directive;
    }
}
exports.ParserDirective = ParserDirective;


/***/ }),

/***/ 9602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Property = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
class Property {
    constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = Property.getValue(value, escapeChar);
        if (arg2) {
            this.valueRange = arg2.getRange();
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = Property.getValue(value, escapeChar);
            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        }
        else {
            let argRange = arg.getRange();
            if (this.nameRange.start.line === argRange.start.line
                && this.nameRange.start.character === argRange.start.character
                && this.nameRange.end.line === argRange.end.line
                && this.nameRange.end.character === argRange.end.character) {
            }
            else {
                this.valueRange = Property.getValueRange(document, arg);
                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
                this.value = Property.getValue(value, escapeChar);
                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
                this.assignmentOperator = "=";
            }
            this.range = argRange;
        }
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
    /**
     * Retrieves the operator used for delimiting between the name and
     * value of this property. This will either be the "=" character
     * or null if a character was not used or if this property has no
     * value defined.
     */
    getAssignmentOperator() {
        return this.assignmentOperator;
    }
    getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
    }
    /**
     * Returns the value of this property including any enclosing
     * single or double quotes and relevant escape characters.
     * Escaped newlines and its associated contiguous whitespace
     * characters however will not be returned as they are deemed to
     * be uninteresting to clients trying to return a Dockerfile.
     *
     * @return the unescaped value of this property or null if this
     *         property has no associated value
     */
    getUnescapedValue() {
        if (this.valueRange === null) {
            return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case this.escapeChar:
                    for (let j = i + 1; j < value.length; j++) {
                        switch (value.charAt(j)) {
                            case '\r':
                                j++;
                            case '\n':
                                escaped = true;
                                i = j;
                                continue rawLoop;
                            case ' ':
                            case '\t':
                                break;
                            default:
                                rawValue = rawValue + char;
                                continue rawLoop;
                        }
                    }
                    // this happens if there's only whitespace after the escape character
                    rawValue = rawValue + char;
                    break;
                case '\r':
                case '\n':
                    break;
                case ' ':
                case '\t':
                    if (!escaped) {
                        rawValue = rawValue + char;
                    }
                    break;
                case '#':
                    if (escaped) {
                        for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    continue rawLoop;
                            }
                        }
                    }
                    else {
                        rawValue = rawValue + char;
                    }
                    break;
                default:
                    rawValue = rawValue + char;
                    escaped = false;
                    break;
            }
        }
        return rawValue;
    }
    static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf('=');
        if (index !== -1) {
            let initial = value.charAt(0);
            let before = value.charAt(index - 1);
            // check if content before the equals sign are in quotes
            // "var"=value
            // 'var'=value
            // otherwise, just assume it's a standard definition
            // var=value
            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
            }
        }
        // no '=' found, just defined the property's name
        return arg.getRange();
    }
    static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
    }
    /**
     * Returns the actual value of this key-value pair. The value will
     * have its escape characters removed if applicable. If the value
     * spans multiple lines and there are comments nested within the
     * lines, they too will be removed.
     *
     * @return the value that this key-value pair will actually be, may
     *         be null if no value is defined, may be the empty string
     *         if the value only consists of whitespace
     */
    static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === '#') {
            // need to skip over comments
            escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === '\'' || first === '"';
        let inSingle = (first === '\'' && last === '\'');
        let inDouble = false;
        if (first === '"') {
            for (let i = 1; i < value.length; i++) {
                if (value.charAt(i) === escapeChar) {
                    i++;
                }
                else if (value.charAt(i) === '"' && i === value.length - 1) {
                    inDouble = true;
                }
            }
        }
        if (inSingle || inDouble) {
            value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case escapeChar:
                    if (i + 1 === value.length) {
                        escapedValue = escapedValue + escapeChar;
                        break parseValue;
                    }
                    char = value.charAt(i + 1);
                    if (char === ' ' || char === '\t') {
                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                            let char2 = value.charAt(j);
                            switch (char2) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                    j++;
                                case '\n':
                                    escaped = true;
                                    i = j;
                                    continue parseValue;
                                default:
                                    if (!inDouble && !inSingle && !literal) {
                                        if (char2 === escapeChar) {
                                            // add the escaped character
                                            escapedValue = escapedValue + char;
                                            // now start parsing from the next escape character
                                            i = i + 1;
                                        }
                                        else {
                                            // the expectation is that this j = i + 2 here
                                            escapedValue = escapedValue + char + char2;
                                            i = j;
                                        }
                                        continue parseValue;
                                    }
                                    break whitespaceCheck;
                            }
                        }
                    }
                    if (inDouble) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else if (char !== '"') {
                            if (char === escapeChar) {
                                i++;
                            }
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (inSingle || literal) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else {
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (char === escapeChar) {
                        // double escape, append one and move on
                        escapedValue = escapedValue + escapeChar;
                        i++;
                    }
                    else if (char === '\r') {
                        escaped = true;
                        // offset one more for \r\n
                        i = i + 2;
                    }
                    else if (char === '\n') {
                        escaped = true;
                        i++;
                        start = i;
                    }
                    else {
                        // any other escapes are simply ignored
                        escapedValue = escapedValue + char;
                        i++;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaped && commentCheck === -1) {
                        commentCheck = i;
                    }
                    escapedValue = escapedValue + char;
                    break;
                case '\r':
                    i++;
                case '\n':
                    if (escaped && commentCheck !== -1) {
                        // rollback and remove the whitespace that was previously appended
                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                        commentCheck = -1;
                    }
                    break;
                case '#':
                    // a newline was escaped and now there's a comment
                    if (escaped) {
                        if (commentCheck !== -1) {
                            // rollback and remove the whitespace that was previously appended
                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                            commentCheck = -1;
                        }
                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    break newlineCheck;
                            }
                        }
                        continue parseValue;
                    }
                default:
                    if (escaped) {
                        escaped = false;
                        commentCheck = -1;
                    }
                    escapedValue = escapedValue + char;
                    break;
            }
        }
        return escapedValue;
    }
}
exports.Property = Property;


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const instruction_1 = __nccwpck_require__(5279);
const property_1 = __nccwpck_require__(9602);
const argument_1 = __nccwpck_require__(5940);
const util_1 = __nccwpck_require__(7459);
class PropertyInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = undefined;
    }
    getProperties() {
        if (this.properties === undefined) {
            let args = this.getPropertyArguments();
            if (args.length === 0) {
                this.properties = [];
            }
            else if (args.length === 1) {
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
            }
            else if (args.length === 2) {
                if (args[0].getValue().indexOf('=') === -1) {
                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
                }
                else {
                    this.properties = [
                        new property_1.Property(this.document, this.escapeChar, args[0]),
                        new property_1.Property(this.document, this.escapeChar, args[1])
                    ];
                }
            }
            else if (args[0].getValue().indexOf('=') === -1) {
                let text = this.document.getText();
                let start = args[1].getRange().start;
                let end = args[args.length - 1].getRange().end;
                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
            }
            else {
                this.properties = [];
                for (let i = 0; i < args.length; i++) {
                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
                }
            }
        }
        return this.properties;
    }
    /**
     * Goes from the back of the string and returns the first
     * non-whitespace character that is found. If an escape character
     * is found with newline characters, the escape character will
     * not be considered a non-whitespace character and its index in
     * the string will not be returned.
     *
     * @param content the string to search through
     * @return the index in the string for the first non-whitespace
     *         character when searching from the end of the string
     */
    findTrailingNonWhitespace(content) {
        // loop back to find the first non-whitespace character
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case '\n':
                    if (content.charAt(i - 1) === '\r') {
                        i = i - 1;
                    }
                case '\r':
                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                            case this.escapeChar:
                                continue;
                            default:
                                index = j;
                                break newlineCheck;
                        }
                    }
                    break whitespaceCheck;
                default:
                    index = i;
                    break whitespaceCheck;
            }
        }
        return index;
    }
    getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
            // only whitespace found, no arguments
            return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        // records whether the parser has just processed an escaped newline or not,
        // if our starting position is not on the same line as the instruction then
        // the start of the content is already on an escaped line
        let escaped = range.start.line !== startPosition.line;
        // flag to track if the last character was an escape character
        let endingEscape = false;
        // position before the first escape character was hit
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
            let char = content.charAt(i);
            switch (char) {
                case this.escapeChar:
                    if (i + 1 === content.length) {
                        endingEscape = true;
                        break argumentLoop;
                    }
                    if (!escaped) {
                        mark = i;
                    }
                    switch (content.charAt(i + 1)) {
                        case ' ':
                        case '\t':
                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                                // space was escaped, continue as normal
                                i = i + 1;
                                continue argumentLoop;
                            }
                            // whitespace encountered, need to figure out if it extends to EOL
                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                                switch (content.charAt(j)) {
                                    case '\r':
                                        // offset one more for \r\n
                                        j++;
                                    case '\n':
                                        // whitespace only, safe to skip
                                        escaped = true;
                                        i = j;
                                        continue argumentLoop;
                                    case ' ':
                                    case '\t':
                                        // ignore whitespace
                                        break;
                                    default:
                                        // whitespace doesn't extend to EOL, create an argument
                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                                        argStart = j;
                                        break whitespaceCheck;
                                }
                            }
                            // go back and start processing the encountered non-whitespace character
                            i = argStart - 1;
                            continue argumentLoop;
                        case '\r':
                            // offset one more for \r\n
                            i++;
                        case '\n':
                            // immediately followed by a newline, skip the newline
                            escaped = true;
                            i = i + 1;
                            continue argumentLoop;
                        case this.escapeChar:
                            // double escape found, skip it and move on
                            if (argStart === -1) {
                                argStart = i;
                            }
                            i = i + 1;
                            continue argumentLoop;
                        default:
                            if (argStart === -1) {
                                argStart = i;
                            }
                            // non-whitespace encountered, skip the escape and process the
                            // character normally
                            continue argumentLoop;
                    }
                case '\'':
                case '"':
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    if (argStart === -1) {
                        argStart = i;
                    }
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case char:
                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                                    // there is more content after this quote,
                                    // continue so that it is all processed as
                                    // one single argument
                                    i = j;
                                    continue argumentLoop;
                                }
                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                                i = j;
                                argStart = -1;
                                continue argumentLoop;
                            case this.escapeChar:
                                j++;
                                break;
                        }
                    }
                    break argumentLoop;
                case ' ':
                case '\t':
                    if (escaped) {
                        // consider there to be a space only if an argument
                        // is not spanning multiple lines
                        if (argStart !== -1) {
                            spaced = true;
                        }
                    }
                    else if (argStart !== -1) {
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                        argStart = -1;
                    }
                    break;
                case '\r':
                    // offset one more for \r\n
                    i++;
                case '\n':
                    spaced = false;
                    break;
                case '#':
                    if (escaped) {
                        // a newline was escaped and now there's a comment
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    spaced = false;
                                    continue argumentLoop;
                            }
                        }
                        // went to the end without finding a newline,
                        // the comment was the last line in the instruction,
                        // just stop parsing, create an argument if needed
                        if (argStart !== -1) {
                            let value = content.substring(argStart, mark);
                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                            argStart = -1;
                        }
                        break argumentLoop;
                    }
                    else if (argStart === -1) {
                        argStart = i;
                    }
                    break;
                default:
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    escaped = false;
                    if (argStart === -1) {
                        argStart = i;
                    }
                    // variable detected
                    if (char === '$' && content.charAt(i + 1) === '{') {
                        let singleQuotes = false;
                        let doubleQuotes = false;
                        let escaped = false;
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case this.escapeChar:
                                    escaped = true;
                                    break;
                                case '\r':
                                case '\n':
                                    break;
                                case '\'':
                                    singleQuotes = !singleQuotes;
                                    escaped = false;
                                    break;
                                case '"':
                                    doubleQuotes = !doubleQuotes;
                                    escaped = false;
                                    break;
                                case ' ':
                                case '\t':
                                    if (escaped || singleQuotes || doubleQuotes) {
                                        break;
                                    }
                                    i = j - 1;
                                    continue argumentLoop;
                                case '}':
                                    i = j;
                                    continue argumentLoop;
                                default:
                                    escaped = false;
                                    break;
                            }
                        }
                        break argumentLoop;
                    }
                    break;
            }
        }
        if (argStart !== -1 && argStart !== content.length) {
            let end = endingEscape ? content.length - 1 : content.length;
            let value = content.substring(argStart, end);
            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
        }
        return args;
    }
    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
    }
}
exports.PropertyInstruction = PropertyInstruction;


/***/ }),

/***/ 7459:
/***/ ((__unused_webpack_module, exports) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Util = void 0;
class Util {
    static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
    }
    static isWhitespace(char) {
        return char === ' ' || char === '\t' || Util.isNewline(char);
    }
    static isNewline(char) {
        return char === '\r' || char === '\n';
    }
    static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case escapeChar:
                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                // offset one more for \r\n
                                i = j + 1;
                                continue whitespaceCheck;
                            case '\n':
                                i = j;
                                continue whitespaceCheck;
                            default:
                                break escapeCheck;
                        }
                    }
                    // found an escape character and then reached EOF
                    return -1;
                default:
                    return i;
            }
        }
        // only possible if the content is the empty string
        return -1;
    }
    /**
     * Determines if the given position is contained within the given range.
     *
     * @param position the position to check
     * @param range the range to see if the position is inside of
     */
    static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
            return range.start.line === position.line
                && range.start.character <= position.character
                && position.character <= range.end.character;
        }
        else if (range.start.line === position.line) {
            return range.start.character <= position.character;
        }
        else if (range.end.line === position.line) {
            return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
    }
    static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === '-') {
            value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
            if (value.charAt(value.length - 1) !== '"') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === '\'') {
            if (value.charAt(value.length - 1) !== '\'') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
            return null;
        }
        return value;
    }
}
exports.Util = Util;


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Variable = void 0;
class Variable {
    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
    }
    toString() {
        return this.stringValue;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the entire variable. This includes the symbols for
     * the declaration of the variable such as the $, {, and } symbols.
     *
     * @return the range in the document that this variable encompasses in its
     *         entirety
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the modifier character that has been set for
     * specifying how this variable should be expanded and resolved.
     * If this variable is ${variable:+value} then the modifier
     * character is '+'. Will be the empty string if the variable is
     * declared as ${variable:}. Otherwise, will be null if this
     * variable will not use variable substitution at all (such as
     * ${variable} or $variable).
     *
     * @return this variable's modifier character, or the empty
     *         string if it does not have one, or null if this
     *         variable will not use variable substitution
     */
    getModifier() {
        return this.modifier;
    }
    getModifierRange() {
        return this.modifierRange;
    }
    /**
     * Returns the parameter that will be used for substitution if
     * this variable uses modifiers to define how its value should be
     * resolved. If this variable is ${variable:+value} then the
     * substitution value will be 'value'. Will be the empty string
     * if the variable is declared as ${variable:+} or some other
     * variant where the only thing that follows the modifier
     * character (excluding considerations of escape characters and
     * so on) is the variable's closing bracket. May be null if this
     * variable does not have a modifier character defined (such as
     * ${variable} or $variable).
     *
     * @return this variable's substitution parameter, or the empty
     *         string if it does not have one, or null if there is
     *         not one defined
     */
    getSubstitutionParameter() {
        return this.substitutionParameter;
    }
    getSubstitutionRange() {
        return this.substitutionRange;
    }
    /**
     * Returns whether this variable has been defined or not.
     *
     * @return true if this variable has been defined, false otherwise
     */
    isDefined() {
        return this.defined;
    }
    isBuildVariable() {
        return this.buildVariable === true;
    }
    isEnvironmentVariable() {
        return this.buildVariable === false;
    }
}
exports.Variable = Variable;


/***/ }),

/***/ 3383:
/***/ (function(module, exports) {

var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function (require, exports) {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TextDocument = void 0;
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
                var change = changes_1[_i];
                if (FullTextDocument.isIncremental(change)) {
                    // makes sure start is before end
                    var range = getWellformedRange(change.range);
                    // update content
                    var startOffset = this.offsetAt(range.start);
                    var endOffset = this.offsetAt(range.end);
                    this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                    var insertedEndOffset = startOffset + change.text.length;
                    var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                    var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                    if (crlfAtStart || crlfAtEnd) {
                        // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                        this._lineOffsets = undefined;
                        continue;
                    }
                    // update the offsets
                    var startLine = Math.max(range.start.line, 0);
                    var endLine = Math.max(range.end.line, 0);
                    var lineOffsets = this._lineOffsets;
                    var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                    if (endLine - startLine === addedLineOffsets.length) {
                        for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                        }
                    }
                    else {
                        if (addedLineOffsets.length < 10000) {
                            lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                        }
                        else { // avoid too many arguments for splice
                            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                        }
                    }
                    var diff = change.text.length - (endOffset - startOffset);
                    if (diff !== 0) {
                        for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                            lineOffsets[i] = lineOffsets[i] + diff;
                        }
                    }
                }
                else if (FullTextDocument.isFull(change)) {
                    this._content = change.text;
                    this._lineOffsets = undefined;
                }
                else {
                    throw new Error('Unknown change event received');
                }
            }
            this._version = version;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return { line: 0, character: offset };
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line: line, character: offset - lineOffsets[line] };
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
                return lineOffset;
            }
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
        };
        FullTextDocument.prototype.getLineRange = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                var lastLine = lineOffsets.length - 1;
                return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            }
            else if (line < 0) {
                return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line: line, character: 0 }, end: { line: line, character: endOffset - startOffset } };
        };
        FullTextDocument.prototype.getEOLCharacters = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                return '';
            }
            else if (line < 0) {
                return '';
            }
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
        };
        FullTextDocument.prototype.ensureBeforeEOL = function (offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
                offset--;
            }
            return offset;
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.isIncremental = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range !== undefined &&
                (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
        };
        FullTextDocument.isFull = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
        };
        return FullTextDocument;
    }());
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new text document.
         *
         * @param uri The document's uri.
         * @param languageId  The document's language Id.
         * @param version The document's initial version number.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Updates a TextDocument by modifying its content.
         *
         * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
         * @param changes the changes to apply to the document.
         * @param version the changes version for the document.
         * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
         *
         */
        function update(document, changes, version) {
            if (document instanceof FullTextDocument) {
                document.update(changes, version);
                return document;
            }
            else {
                throw new Error('TextDocument.update: document must be created by TextDocument.create');
            }
        }
        TextDocument.update = update;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits.map(getWellformedEdit), function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = 0;
            var spans = [];
            for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
                var e = sortedEdits_1[_i];
                var startOffset = document.offsetAt(e.range.start);
                if (startOffset < lastModifiedOffset) {
                    throw new Error('Overlapping edit');
                }
                else if (startOffset > lastModifiedOffset) {
                    spans.push(text.substring(lastModifiedOffset, startOffset));
                }
                if (e.newText.length) {
                    spans.push(e.newText);
                }
                lastModifiedOffset = document.offsetAt(e.range.end);
            }
            spans.push(text.substr(lastModifiedOffset));
            return spans.join('');
        }
        TextDocument.applyEdits = applyEdits;
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        var p = (data.length / 2) | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
    function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) { textOffset = 0; }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
            var ch = text.charCodeAt(i);
            if (isEOL(ch)) {
                if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                    i++;
                }
                result.push(textOffset + i + 1);
            }
        }
        return result;
    }
    function isEOL(char) {
        return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
    }
    function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            return { start: end, end: start };
        }
        return range;
    }
    function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
            return { newText: textEdit.newText, range: range };
        }
        return textEdit;
    }
});


/***/ }),

/***/ 4612:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.TextDocument = exports.EOL = exports.WorkspaceFolder = exports.InlineCompletionContext = exports.SelectedCompletionInfo = exports.InlineCompletionTriggerKind = exports.InlineCompletionList = exports.InlineCompletionItem = exports.StringValue = exports.InlayHint = exports.InlayHintLabelPart = exports.InlayHintKind = exports.InlineValueContext = exports.InlineValueEvaluatableExpression = exports.InlineValueVariableLookup = exports.InlineValueText = exports.SemanticTokens = exports.SemanticTokenModifiers = exports.SemanticTokenTypes = exports.SelectionRange = exports.DocumentLink = exports.FormattingOptions = exports.CodeLens = exports.CodeAction = exports.CodeActionTag = exports.CodeActionContext = exports.CodeActionTriggerKind = exports.CodeActionKind = exports.DocumentSymbol = exports.WorkspaceSymbol = exports.SymbolInformation = exports.SymbolTag = exports.SymbolKind = exports.DocumentHighlight = exports.DocumentHighlightKind = exports.SignatureInformation = exports.ParameterInformation = exports.Hover = exports.MarkedString = exports.CompletionList = exports.CompletionItem = exports.CompletionItemLabelDetails = exports.ApplyKind = exports.InsertTextMode = exports.InsertReplaceEdit = exports.CompletionItemTag = exports.InsertTextFormat = exports.CompletionItemKind = exports.MarkupContent = exports.MarkupKind = exports.TextDocumentItem = exports.LanguageKind = exports.OptionalVersionedTextDocumentIdentifier = exports.VersionedTextDocumentIdentifier = exports.TextDocumentIdentifier = exports.WorkspaceChange = exports.SnippetTextEdit = exports.WorkspaceEdit = exports.DeleteFile = exports.RenameFile = exports.CreateFile = exports.TextDocumentEdit = exports.AnnotatedTextEdit = exports.ChangeAnnotationIdentifier = exports.ChangeAnnotation = exports.TextEdit = exports.Command = exports.Diagnostic = exports.CodeDescription = exports.DiagnosticTag = exports.DiagnosticSeverity = exports.DiagnosticRelatedInformation = exports.FoldingRange = exports.FoldingRangeKind = exports.ColorPresentation = exports.ColorInformation = exports.Color = exports.LocationLink = exports.Location = exports.Range = exports.Position = exports.uinteger = exports.integer = exports.URI = exports.DocumentUri = void 0;
    var DocumentUri;
    (function (DocumentUri) {
        function is(value) {
            return typeof value === 'string';
        }
        DocumentUri.is = is;
    })(DocumentUri || (exports.DocumentUri = DocumentUri = {}));
    var URI;
    (function (URI) {
        function is(value) {
            return typeof value === 'string';
        }
        URI.is = is;
    })(URI || (exports.URI = URI = {}));
    var integer;
    (function (integer) {
        integer.MIN_VALUE = -2147483648;
        integer.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
        }
        integer.is = is;
    })(integer || (exports.integer = integer = {}));
    var uinteger;
    (function (uinteger) {
        uinteger.MIN_VALUE = 0;
        uinteger.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
        }
        uinteger.is = is;
    })(uinteger || (exports.uinteger = uinteger = {}));
    /**
     * The Position namespace provides helper functions to work with
     * {@link Position} literals.
     */
    var Position;
    (function (Position) {
        /**
         * Creates a new Position literal from the given line and character.
         * @param line The position's line.
         * @param character The position's character.
         */
        function create(line, character) {
            if (line === Number.MAX_VALUE) {
                line = uinteger.MAX_VALUE;
            }
            if (character === Number.MAX_VALUE) {
                character = uinteger.MAX_VALUE;
            }
            return { line: line, character: character };
        }
        Position.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Position} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position.is = is;
    })(Position || (exports.Position = Position = {}));
    /**
     * The Range namespace provides helper functions to work with
     * {@link Range} literals.
     */
    var Range;
    (function (Range) {
        function create(one, two, three, four) {
            if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
                return { start: Position.create(one, two), end: Position.create(three, four) };
            }
            else if (Position.is(one) && Position.is(two)) {
                return { start: one, end: two };
            }
            else {
                throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
            }
        }
        Range.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Range} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range.is = is;
    })(Range || (exports.Range = Range = {}));
    /**
     * The Location namespace provides helper functions to work with
     * {@link Location} literals.
     */
    var Location;
    (function (Location) {
        /**
         * Creates a Location literal.
         * @param uri The location's uri.
         * @param range The location's range.
         */
        function create(uri, range) {
            return { uri: uri, range: range };
        }
        Location.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Location} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location.is = is;
    })(Location || (exports.Location = Location = {}));
    /**
     * The LocationLink namespace provides helper functions to work with
     * {@link LocationLink} literals.
     */
    var LocationLink;
    (function (LocationLink) {
        /**
         * Creates a LocationLink literal.
         * @param targetUri The definition's uri.
         * @param targetRange The full range of the definition.
         * @param targetSelectionRange The span of the symbol definition at the target.
         * @param originSelectionRange The span of the symbol being defined in the originating source file.
         */
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
            return { targetUri: targetUri, targetRange: targetRange, targetSelectionRange: targetSelectionRange, originSelectionRange: originSelectionRange };
        }
        LocationLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link LocationLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
                && Range.is(candidate.targetSelectionRange)
                && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink.is = is;
    })(LocationLink || (exports.LocationLink = LocationLink = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link Color} literals.
     */
    var Color;
    (function (Color) {
        /**
         * Creates a new Color literal.
         */
        function create(red, green, blue, alpha) {
            return {
                red: red,
                green: green,
                blue: blue,
                alpha: alpha,
            };
        }
        Color.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Color} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
                && Is.numberRange(candidate.green, 0, 1)
                && Is.numberRange(candidate.blue, 0, 1)
                && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color.is = is;
    })(Color || (exports.Color = Color = {}));
    /**
     * The ColorInformation namespace provides helper functions to work with
     * {@link ColorInformation} literals.
     */
    var ColorInformation;
    (function (ColorInformation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(range, color) {
            return {
                range: range,
                color: color,
            };
        }
        ColorInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation.is = is;
    })(ColorInformation || (exports.ColorInformation = ColorInformation = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link ColorPresentation} literals.
     */
    var ColorPresentation;
    (function (ColorPresentation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(label, textEdit, additionalTextEdits) {
            return {
                label: label,
                textEdit: textEdit,
                additionalTextEdits: additionalTextEdits,
            };
        }
        ColorPresentation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label)
                && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
                && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation.is = is;
    })(ColorPresentation || (exports.ColorPresentation = ColorPresentation = {}));
    /**
     * A set of predefined range kinds.
     */
    var FoldingRangeKind;
    (function (FoldingRangeKind) {
        /**
         * Folding range for a comment
         */
        FoldingRangeKind.Comment = 'comment';
        /**
         * Folding range for an import or include
         */
        FoldingRangeKind.Imports = 'imports';
        /**
         * Folding range for a region (e.g. `#region`)
         */
        FoldingRangeKind.Region = 'region';
    })(FoldingRangeKind || (exports.FoldingRangeKind = FoldingRangeKind = {}));
    /**
     * The folding range namespace provides helper functions to work with
     * {@link FoldingRange} literals.
     */
    var FoldingRange;
    (function (FoldingRange) {
        /**
         * Creates a new FoldingRange literal.
         */
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
            var result = {
                startLine: startLine,
                endLine: endLine
            };
            if (Is.defined(startCharacter)) {
                result.startCharacter = startCharacter;
            }
            if (Is.defined(endCharacter)) {
                result.endCharacter = endCharacter;
            }
            if (Is.defined(kind)) {
                result.kind = kind;
            }
            if (Is.defined(collapsedText)) {
                result.collapsedText = collapsedText;
            }
            return result;
        }
        FoldingRange.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FoldingRange} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
                && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
                && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
                && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange.is = is;
    })(FoldingRange || (exports.FoldingRange = FoldingRange = {}));
    /**
     * The DiagnosticRelatedInformation namespace provides helper functions to work with
     * {@link DiagnosticRelatedInformation} literals.
     */
    var DiagnosticRelatedInformation;
    (function (DiagnosticRelatedInformation) {
        /**
         * Creates a new DiagnosticRelatedInformation literal.
         */
        function create(location, message) {
            return {
                location: location,
                message: message
            };
        }
        DiagnosticRelatedInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation.is = is;
    })(DiagnosticRelatedInformation || (exports.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
    /**
     * The diagnostic's severity.
     */
    var DiagnosticSeverity;
    (function (DiagnosticSeverity) {
        /**
         * Reports an error.
         */
        DiagnosticSeverity.Error = 1;
        /**
         * Reports a warning.
         */
        DiagnosticSeverity.Warning = 2;
        /**
         * Reports an information.
         */
        DiagnosticSeverity.Information = 3;
        /**
         * Reports a hint.
         */
        DiagnosticSeverity.Hint = 4;
    })(DiagnosticSeverity || (exports.DiagnosticSeverity = DiagnosticSeverity = {}));
    /**
     * The diagnostic tags.
     *
     * @since 3.15.0
     */
    var DiagnosticTag;
    (function (DiagnosticTag) {
        /**
         * Unused or unnecessary code.
         *
         * Clients are allowed to render diagnostics with this tag faded out instead of having
         * an error squiggle.
         */
        DiagnosticTag.Unnecessary = 1;
        /**
         * Deprecated or obsolete code.
         *
         * Clients are allowed to rendered diagnostics with this tag strike through.
         */
        DiagnosticTag.Deprecated = 2;
    })(DiagnosticTag || (exports.DiagnosticTag = DiagnosticTag = {}));
    /**
     * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
     *
     * @since 3.16.0
     */
    var CodeDescription;
    (function (CodeDescription) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription.is = is;
    })(CodeDescription || (exports.CodeDescription = CodeDescription = {}));
    /**
     * The Diagnostic namespace provides helper functions to work with
     * {@link Diagnostic} literals.
     */
    var Diagnostic;
    (function (Diagnostic) {
        /**
         * Creates a new Diagnostic literal.
         */
        function create(range, message, severity, code, source, relatedInformation) {
            var result = { range: range, message: message };
            if (Is.defined(severity)) {
                result.severity = severity;
            }
            if (Is.defined(code)) {
                result.code = code;
            }
            if (Is.defined(source)) {
                result.source = source;
            }
            if (Is.defined(relatedInformation)) {
                result.relatedInformation = relatedInformation;
            }
            return result;
        }
        Diagnostic.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Diagnostic} interface.
         */
        function is(value) {
            var _a;
            var candidate = value;
            return Is.defined(candidate)
                && Range.is(candidate.range)
                && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
                && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
                && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
                && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
                && (Is.string(candidate.source) || Is.undefined(candidate.source))
                && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic.is = is;
        /**
         * Checks whether the given diagnostic's message conforms to the 3.17.0
         * version of the protocol where the message is a string.
         *
         * @param value the diagnostic
         * @returns true if the diagnostic's message is a string, false otherwise.
         */
        function is3_17(value) {
            return Is.string(value.message);
        }
        Diagnostic.is3_17 = is3_17;
        /**
         * Gets the message string of a diagnostic. If the message is already a
         * string, it is returned as is. If the message is a MarkupContent,
         * the value of the MarkupContent is returned. Otherwise an error is thrown.
         *
         * @param diagnostic the diagnostic to get the message string from.
         * @returns the message string of the given diagnostic.
         */
        function getMessageString(diagnostic) {
            if (Is.string(diagnostic.message)) {
                return diagnostic.message;
            }
            else if (MarkupContent.is(diagnostic.message)) {
                return diagnostic.message.value;
            }
            else {
                throw new Error("Unknown message type ".concat(typeof diagnostic.message));
            }
        }
        Diagnostic.getMessageString = getMessageString;
    })(Diagnostic || (exports.Diagnostic = Diagnostic = {}));
    /**
     * The Command namespace provides helper functions to work with
     * {@link Command} literals.
     */
    var Command;
    (function (Command) {
        /**
         * Creates a new Command literal.
         */
        function create(title, command) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                args[_i - 2] = arguments[_i];
            }
            var result = { title: title, command: command };
            if (Is.defined(args) && args.length > 0) {
                result.arguments = args;
            }
            return result;
        }
        Command.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Command} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command.is = is;
    })(Command || (exports.Command = Command = {}));
    /**
     * The TextEdit namespace provides helper function to create replace,
     * insert and delete edits more easily.
     */
    var TextEdit;
    (function (TextEdit) {
        /**
         * Creates a replace text edit.
         * @param range The range of text to be replaced.
         * @param newText The new text.
         */
        function replace(range, newText) {
            return { range: range, newText: newText };
        }
        TextEdit.replace = replace;
        /**
         * Creates an insert text edit.
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         */
        function insert(position, newText) {
            return { range: { start: position, end: position }, newText: newText };
        }
        TextEdit.insert = insert;
        /**
         * Creates a delete text edit.
         * @param range The range of text to be deleted.
         */
        function del(range) {
            return { range: range, newText: '' };
        }
        TextEdit.del = del;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Is.string(candidate.newText)
                && Range.is(candidate.range);
        }
        TextEdit.is = is;
    })(TextEdit || (exports.TextEdit = TextEdit = {}));
    var ChangeAnnotation;
    (function (ChangeAnnotation) {
        function create(label, needsConfirmation, description) {
            var result = { label: label };
            if (needsConfirmation !== undefined) {
                result.needsConfirmation = needsConfirmation;
            }
            if (description !== undefined) {
                result.description = description;
            }
            return result;
        }
        ChangeAnnotation.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
                (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        ChangeAnnotation.is = is;
    })(ChangeAnnotation || (exports.ChangeAnnotation = ChangeAnnotation = {}));
    var ChangeAnnotationIdentifier;
    (function (ChangeAnnotationIdentifier) {
        function is(value) {
            var candidate = value;
            return Is.string(candidate);
        }
        ChangeAnnotationIdentifier.is = is;
    })(ChangeAnnotationIdentifier || (exports.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
    var AnnotatedTextEdit;
    (function (AnnotatedTextEdit) {
        /**
         * Creates an annotated replace text edit.
         *
         * @param range The range of text to be replaced.
         * @param newText The new text.
         * @param annotation The annotation.
         */
        function replace(range, newText, annotation) {
            return { range: range, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.replace = replace;
        /**
         * Creates an annotated insert text edit.
         *
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         * @param annotation The annotation.
         */
        function insert(position, newText, annotation) {
            return { range: { start: position, end: position }, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.insert = insert;
        /**
         * Creates an annotated delete text edit.
         *
         * @param range The range of text to be deleted.
         * @param annotation The annotation.
         */
        function del(range, annotation) {
            return { range: range, newText: '', annotationId: annotation };
        }
        AnnotatedTextEdit.del = del;
        function is(value) {
            var candidate = value;
            return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit.is = is;
    })(AnnotatedTextEdit || (exports.AnnotatedTextEdit = AnnotatedTextEdit = {}));
    /**
     * The TextDocumentEdit namespace provides helper function to create
     * an edit that manipulates a text document.
     */
    var TextDocumentEdit;
    (function (TextDocumentEdit) {
        /**
         * Creates a new `TextDocumentEdit`
         */
        function create(textDocument, edits) {
            return { textDocument: textDocument, edits: edits };
        }
        TextDocumentEdit.create = create;
        function is(value) {
            var candidate = value;
            return Is.defined(candidate)
                && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
                && Array.isArray(candidate.edits);
        }
        TextDocumentEdit.is = is;
    })(TextDocumentEdit || (exports.TextDocumentEdit = TextDocumentEdit = {}));
    var CreateFile;
    (function (CreateFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'create',
                uri: uri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        CreateFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile.is = is;
    })(CreateFile || (exports.CreateFile = CreateFile = {}));
    var RenameFile;
    (function (RenameFile) {
        function create(oldUri, newUri, options, annotation) {
            var result = {
                kind: 'rename',
                oldUri: oldUri,
                newUri: newUri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        RenameFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile.is = is;
    })(RenameFile || (exports.RenameFile = RenameFile = {}));
    var DeleteFile;
    (function (DeleteFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'delete',
                uri: uri
            };
            if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        DeleteFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile.is = is;
    })(DeleteFile || (exports.DeleteFile = DeleteFile = {}));
    var WorkspaceEdit;
    (function (WorkspaceEdit) {
        function is(value) {
            var candidate = value;
            return candidate &&
                (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
                (candidate.documentChanges === undefined || candidate.documentChanges.every(function (change) {
                    if (Is.string(change.kind)) {
                        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                    }
                    else {
                        return TextDocumentEdit.is(change);
                    }
                }));
        }
        WorkspaceEdit.is = is;
    })(WorkspaceEdit || (exports.WorkspaceEdit = WorkspaceEdit = {}));
    var TextEditChangeImpl = /** @class */ (function () {
        function TextEditChangeImpl(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
        }
        TextEditChangeImpl.prototype.insert = function (position, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.insert(position, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.insert(position, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.replace = function (range, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.replace(range, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.replace(range, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.delete = function (range, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.del(range);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.del(range, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.add = function (edit) {
            this.edits.push(edit);
        };
        TextEditChangeImpl.prototype.all = function () {
            return this.edits;
        };
        TextEditChangeImpl.prototype.clear = function () {
            this.edits.splice(0, this.edits.length);
        };
        TextEditChangeImpl.prototype.assertChangeAnnotations = function (value) {
            if (value === undefined) {
                throw new Error("Text edit change is not configured to manage change annotations.");
            }
        };
        return TextEditChangeImpl;
    }());
    var SnippetTextEdit;
    (function (SnippetTextEdit) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Range.is(candidate.range)
                && StringValue.isSnippet(candidate.snippet)
                && (candidate.annotationId === undefined ||
                    (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit.is = is;
    })(SnippetTextEdit || (exports.SnippetTextEdit = SnippetTextEdit = {}));
    /**
     * A helper class
     */
    var ChangeAnnotations = /** @class */ (function () {
        function ChangeAnnotations(annotations) {
            this._annotations = annotations === undefined ? Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
        }
        ChangeAnnotations.prototype.all = function () {
            return this._annotations;
        };
        Object.defineProperty(ChangeAnnotations.prototype, "size", {
            get: function () {
                return this._size;
            },
            enumerable: false,
            configurable: true
        });
        ChangeAnnotations.prototype.manage = function (idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
                id = idOrAnnotation;
            }
            else {
                id = this.nextId();
                annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== undefined) {
                throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === undefined) {
                throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
        };
        ChangeAnnotations.prototype.nextId = function () {
            this._counter++;
            return this._counter.toString();
        };
        return ChangeAnnotations;
    }());
    /**
     * A workspace change helps constructing changes to a workspace.
     */
    var WorkspaceChange = /** @class */ (function () {
        function WorkspaceChange(workspaceEdit) {
            var _this = this;
            this._textEditChanges = Object.create(null);
            if (workspaceEdit !== undefined) {
                this._workspaceEdit = workspaceEdit;
                if (workspaceEdit.documentChanges) {
                    this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                    workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    workspaceEdit.documentChanges.forEach(function (change) {
                        if (TextDocumentEdit.is(change)) {
                            var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                            _this._textEditChanges[change.textDocument.uri] = textEditChange;
                        }
                    });
                }
                else if (workspaceEdit.changes) {
                    Object.keys(workspaceEdit.changes).forEach(function (key) {
                        var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                        _this._textEditChanges[key] = textEditChange;
                    });
                }
            }
            else {
                this._workspaceEdit = {};
            }
        }
        Object.defineProperty(WorkspaceChange.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function () {
                this.initDocumentChanges();
                if (this._changeAnnotations !== undefined) {
                    if (this._changeAnnotations.size === 0) {
                        this._workspaceEdit.changeAnnotations = undefined;
                    }
                    else {
                        this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    }
                }
                return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
        });
        WorkspaceChange.prototype.getTextEditChange = function (key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
                this.initDocumentChanges();
                if (this._workspaceEdit.documentChanges === undefined) {
                    throw new Error('Workspace edit is not configured for document changes.');
                }
                var textDocument = { uri: key.uri, version: key.version };
                var result = this._textEditChanges[textDocument.uri];
                if (!result) {
                    var edits = [];
                    var textDocumentEdit = {
                        textDocument: textDocument,
                        edits: edits
                    };
                    this._workspaceEdit.documentChanges.push(textDocumentEdit);
                    result = new TextEditChangeImpl(edits, this._changeAnnotations);
                    this._textEditChanges[textDocument.uri] = result;
                }
                return result;
            }
            else {
                this.initChanges();
                if (this._workspaceEdit.changes === undefined) {
                    throw new Error('Workspace edit is not configured for normal text edit changes.');
                }
                var result = this._textEditChanges[key];
                if (!result) {
                    var edits = [];
                    this._workspaceEdit.changes[key] = edits;
                    result = new TextEditChangeImpl(edits);
                    this._textEditChanges[key] = result;
                }
                return result;
            }
        };
        WorkspaceChange.prototype.initDocumentChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._changeAnnotations = new ChangeAnnotations();
                this._workspaceEdit.documentChanges = [];
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        };
        WorkspaceChange.prototype.initChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._workspaceEdit.changes = Object.create(null);
            }
        };
        WorkspaceChange.prototype.createFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = CreateFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.renameFile = function (oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = RenameFile.create(oldUri, newUri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.deleteFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = DeleteFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        return WorkspaceChange;
    }());
    exports.WorkspaceChange = WorkspaceChange;
    /**
     * The TextDocumentIdentifier namespace provides helper functions to work with
     * {@link TextDocumentIdentifier} literals.
     */
    var TextDocumentIdentifier;
    (function (TextDocumentIdentifier) {
        /**
         * Creates a new TextDocumentIdentifier literal.
         * @param uri The document's uri.
         */
        function create(uri) {
            return { uri: uri };
        }
        TextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier.is = is;
    })(TextDocumentIdentifier || (exports.TextDocumentIdentifier = TextDocumentIdentifier = {}));
    /**
     * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link VersionedTextDocumentIdentifier} literals.
     */
    var VersionedTextDocumentIdentifier;
    (function (VersionedTextDocumentIdentifier) {
        /**
         * Creates a new VersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        VersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier.is = is;
    })(VersionedTextDocumentIdentifier || (exports.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
    /**
     * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link OptionalVersionedTextDocumentIdentifier} literals.
     */
    var OptionalVersionedTextDocumentIdentifier;
    (function (OptionalVersionedTextDocumentIdentifier) {
        /**
         * Creates a new OptionalVersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        OptionalVersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (exports.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
    /**
     * Predefined Language kinds
     * @since 3.18.0
     */
    var LanguageKind;
    (function (LanguageKind) {
        LanguageKind.ABAP = 'abap';
        LanguageKind.WindowsBat = 'bat';
        LanguageKind.BibTeX = 'bibtex';
        LanguageKind.Clojure = 'clojure';
        LanguageKind.Coffeescript = 'coffeescript';
        LanguageKind.C = 'c';
        LanguageKind.CPP = 'cpp';
        LanguageKind.CSharp = 'csharp';
        LanguageKind.CSS = 'css';
        /**
         * @since 3.18.0
         */
        LanguageKind.D = 'd';
        /**
         * @since 3.18.0
         */
        LanguageKind.Delphi = 'pascal';
        LanguageKind.Diff = 'diff';
        LanguageKind.Dart = 'dart';
        LanguageKind.Dockerfile = 'dockerfile';
        LanguageKind.Elixir = 'elixir';
        LanguageKind.Erlang = 'erlang';
        LanguageKind.FSharp = 'fsharp';
        LanguageKind.GitCommit = 'git-commit';
        LanguageKind.GitRebase = 'git-rebase';
        LanguageKind.Go = 'go';
        LanguageKind.Groovy = 'groovy';
        LanguageKind.Handlebars = 'handlebars';
        LanguageKind.Haskell = 'haskell';
        LanguageKind.HTML = 'html';
        LanguageKind.Ini = 'ini';
        LanguageKind.Java = 'java';
        LanguageKind.JavaScript = 'javascript';
        LanguageKind.JavaScriptReact = 'javascriptreact';
        LanguageKind.JSON = 'json';
        LanguageKind.LaTeX = 'latex';
        LanguageKind.Less = 'less';
        LanguageKind.Lua = 'lua';
        LanguageKind.Makefile = 'makefile';
        LanguageKind.Markdown = 'markdown';
        LanguageKind.ObjectiveC = 'objective-c';
        LanguageKind.ObjectiveCPP = 'objective-cpp';
        /**
         * @since 3.18.0
         */
        LanguageKind.Pascal = 'pascal';
        LanguageKind.Perl = 'perl';
        LanguageKind.Perl6 = 'perl6';
        LanguageKind.PHP = 'php';
        LanguageKind.Plaintext = 'plaintext';
        LanguageKind.Powershell = 'powershell';
        LanguageKind.Pug = 'jade';
        LanguageKind.Python = 'python';
        LanguageKind.R = 'r';
        LanguageKind.Razor = 'razor';
        LanguageKind.Ruby = 'ruby';
        LanguageKind.Rust = 'rust';
        LanguageKind.SCSS = 'scss';
        LanguageKind.SASS = 'sass';
        LanguageKind.Scala = 'scala';
        LanguageKind.ShaderLab = 'shaderlab';
        LanguageKind.ShellScript = 'shellscript';
        LanguageKind.SQL = 'sql';
        LanguageKind.Swift = 'swift';
        LanguageKind.TypeScript = 'typescript';
        LanguageKind.TypeScriptReact = 'typescriptreact';
        LanguageKind.TeX = 'tex';
        LanguageKind.VisualBasic = 'vb';
        LanguageKind.XML = 'xml';
        LanguageKind.XSL = 'xsl';
        LanguageKind.YAML = 'yaml';
    })(LanguageKind || (exports.LanguageKind = LanguageKind = {}));
    /**
     * The TextDocumentItem namespace provides helper functions to work with
     * {@link TextDocumentItem} literals.
     */
    var TextDocumentItem;
    (function (TextDocumentItem) {
        /**
         * Creates a new TextDocumentItem literal.
         * @param uri The document's uri.
         * @param languageId The document's language identifier.
         * @param version The document's version number.
         * @param text The document's text.
         */
        function create(uri, languageId, version, text) {
            return { uri: uri, languageId: languageId, version: version, text: text };
        }
        TextDocumentItem.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem.is = is;
    })(TextDocumentItem || (exports.TextDocumentItem = TextDocumentItem = {}));
    /**
     * Describes the content type that a client supports in various
     * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
     *
     * Please note that `MarkupKinds` must not start with a `$`. This kinds
     * are reserved for internal usage.
     */
    var MarkupKind;
    (function (MarkupKind) {
        /**
         * Plain text is supported as a content format
         */
        MarkupKind.PlainText = 'plaintext';
        /**
         * Markdown is supported as a content format
         */
        MarkupKind.Markdown = 'markdown';
        /**
         * Checks whether the given value is a value of the {@link MarkupKind} type.
         */
        function is(value) {
            var candidate = value;
            return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
        }
        MarkupKind.is = is;
    })(MarkupKind || (exports.MarkupKind = MarkupKind = {}));
    var MarkupContent;
    (function (MarkupContent) {
        /**
         * Checks whether the given value conforms to the {@link MarkupContent} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent.is = is;
    })(MarkupContent || (exports.MarkupContent = MarkupContent = {}));
    /**
     * The kind of a completion entry.
     */
    var CompletionItemKind;
    (function (CompletionItemKind) {
        CompletionItemKind.Text = 1;
        CompletionItemKind.Method = 2;
        CompletionItemKind.Function = 3;
        CompletionItemKind.Constructor = 4;
        CompletionItemKind.Field = 5;
        CompletionItemKind.Variable = 6;
        CompletionItemKind.Class = 7;
        CompletionItemKind.Interface = 8;
        CompletionItemKind.Module = 9;
        CompletionItemKind.Property = 10;
        CompletionItemKind.Unit = 11;
        CompletionItemKind.Value = 12;
        CompletionItemKind.Enum = 13;
        CompletionItemKind.Keyword = 14;
        CompletionItemKind.Snippet = 15;
        CompletionItemKind.Color = 16;
        CompletionItemKind.File = 17;
        CompletionItemKind.Reference = 18;
        CompletionItemKind.Folder = 19;
        CompletionItemKind.EnumMember = 20;
        CompletionItemKind.Constant = 21;
        CompletionItemKind.Struct = 22;
        CompletionItemKind.Event = 23;
        CompletionItemKind.Operator = 24;
        CompletionItemKind.TypeParameter = 25;
    })(CompletionItemKind || (exports.CompletionItemKind = CompletionItemKind = {}));
    /**
     * Defines whether the insert text in a completion item should be interpreted as
     * plain text or a snippet.
     */
    var InsertTextFormat;
    (function (InsertTextFormat) {
        /**
         * The primary text to be inserted is treated as a plain string.
         */
        InsertTextFormat.PlainText = 1;
        /**
         * The primary text to be inserted is treated as a snippet.
         *
         * A snippet can define tab stops and placeholders with `$1`, `$2`
         * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
         * the end of the snippet. Placeholders with equal identifiers are linked,
         * that is typing in one will update others too.
         *
         * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
         */
        InsertTextFormat.Snippet = 2;
    })(InsertTextFormat || (exports.InsertTextFormat = InsertTextFormat = {}));
    /**
     * Completion item tags are extra annotations that tweak the rendering of a completion
     * item.
     *
     * @since 3.15.0
     */
    var CompletionItemTag;
    (function (CompletionItemTag) {
        /**
         * Render a completion as obsolete, usually using a strike-out.
         */
        CompletionItemTag.Deprecated = 1;
    })(CompletionItemTag || (exports.CompletionItemTag = CompletionItemTag = {}));
    /**
     * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
     *
     * @since 3.16.0
     */
    var InsertReplaceEdit;
    (function (InsertReplaceEdit) {
        /**
         * Creates a new insert / replace edit
         */
        function create(newText, insert, replace) {
            return { newText: newText, insert: insert, replace: replace };
        }
        InsertReplaceEdit.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit.is = is;
    })(InsertReplaceEdit || (exports.InsertReplaceEdit = InsertReplaceEdit = {}));
    /**
     * How whitespace and indentation is handled during completion
     * item insertion.
     *
     * @since 3.16.0
     */
    var InsertTextMode;
    (function (InsertTextMode) {
        /**
         * The insertion or replace strings is taken as it is. If the
         * value is multi line the lines below the cursor will be
         * inserted using the indentation defined in the string value.
         * The client will not apply any kind of adjustments to the
         * string.
         */
        InsertTextMode.asIs = 1;
        /**
         * The editor adjusts leading whitespace of new lines so that
         * they match the indentation up to the cursor of the line for
         * which the item is accepted.
         *
         * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
         * multi line completion item is indented using 2 tabs and all
         * following lines inserted will be indented using 2 tabs as well.
         */
        InsertTextMode.adjustIndentation = 2;
    })(InsertTextMode || (exports.InsertTextMode = InsertTextMode = {}));
    /**
     * Defines how values from a set of defaults and an individual item will be
     * merged.
     *
     * @since 3.18.0
     */
    var ApplyKind;
    (function (ApplyKind) {
        /**
         * The value from the individual item (if provided and not `null`) will be
         * used instead of the default.
         */
        ApplyKind.Replace = 1;
        /**
         * The value from the item will be merged with the default.
         *
         * The specific rules for mergeing values are defined against each field
         * that supports merging.
         */
        ApplyKind.Merge = 2;
    })(ApplyKind || (exports.ApplyKind = ApplyKind = {}));
    var CompletionItemLabelDetails;
    (function (CompletionItemLabelDetails) {
        function is(value) {
            var candidate = value;
            return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        CompletionItemLabelDetails.is = is;
    })(CompletionItemLabelDetails || (exports.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
    /**
     * The CompletionItem namespace provides functions to deal with
     * completion items.
     */
    var CompletionItem;
    (function (CompletionItem) {
        /**
         * Create a completion item and seed it with a label.
         * @param label The completion item's label
         */
        function create(label) {
            return { label: label };
        }
        CompletionItem.create = create;
    })(CompletionItem || (exports.CompletionItem = CompletionItem = {}));
    /**
     * The CompletionList namespace provides functions to deal with
     * completion lists.
     */
    var CompletionList;
    (function (CompletionList) {
        /**
         * Creates a new completion list.
         *
         * @param items The completion items.
         * @param isIncomplete The list is not complete.
         */
        function create(items, isIncomplete) {
            return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList.create = create;
    })(CompletionList || (exports.CompletionList = CompletionList = {}));
    var MarkedString;
    (function (MarkedString) {
        /**
         * Creates a marked string from plain text.
         *
         * @param plainText The plain text.
         */
        function fromPlainText(plainText) {
            return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
        }
        MarkedString.fromPlainText = fromPlainText;
        /**
         * Checks whether the given value conforms to the {@link MarkedString} type.
         */
        function is(value) {
            var candidate = value;
            return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
        }
        MarkedString.is = is;
    })(MarkedString || (exports.MarkedString = MarkedString = {}));
    var Hover;
    (function (Hover) {
        /**
         * Checks whether the given value conforms to the {@link Hover} interface.
         */
        function is(value) {
            var candidate = value;
            return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
                MarkedString.is(candidate.contents) ||
                Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
        }
        Hover.is = is;
    })(Hover || (exports.Hover = Hover = {}));
    /**
     * The ParameterInformation namespace provides helper functions to work with
     * {@link ParameterInformation} literals.
     */
    var ParameterInformation;
    (function (ParameterInformation) {
        /**
         * Creates a new parameter information literal.
         *
         * @param label A label string.
         * @param documentation A doc string.
         */
        function create(label, documentation) {
            return documentation ? { label: label, documentation: documentation } : { label: label };
        }
        ParameterInformation.create = create;
    })(ParameterInformation || (exports.ParameterInformation = ParameterInformation = {}));
    /**
     * The SignatureInformation namespace provides helper functions to work with
     * {@link SignatureInformation} literals.
     */
    var SignatureInformation;
    (function (SignatureInformation) {
        function create(label, documentation) {
            var parameters = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                parameters[_i - 2] = arguments[_i];
            }
            var result = { label: label };
            if (Is.defined(documentation)) {
                result.documentation = documentation;
            }
            if (Is.defined(parameters)) {
                result.parameters = parameters;
            }
            else {
                result.parameters = [];
            }
            return result;
        }
        SignatureInformation.create = create;
    })(SignatureInformation || (exports.SignatureInformation = SignatureInformation = {}));
    /**
     * A document highlight kind.
     */
    var DocumentHighlightKind;
    (function (DocumentHighlightKind) {
        /**
         * A textual occurrence.
         */
        DocumentHighlightKind.Text = 1;
        /**
         * Read-access of a symbol, like reading a variable.
         */
        DocumentHighlightKind.Read = 2;
        /**
         * Write-access of a symbol, like writing to a variable.
         */
        DocumentHighlightKind.Write = 3;
    })(DocumentHighlightKind || (exports.DocumentHighlightKind = DocumentHighlightKind = {}));
    /**
     * DocumentHighlight namespace to provide helper functions to work with
     * {@link DocumentHighlight} literals.
     */
    var DocumentHighlight;
    (function (DocumentHighlight) {
        /**
         * Create a DocumentHighlight object.
         * @param range The range the highlight applies to.
         * @param kind The highlight kind
         */
        function create(range, kind) {
            var result = { range: range };
            if (Is.number(kind)) {
                result.kind = kind;
            }
            return result;
        }
        DocumentHighlight.create = create;
    })(DocumentHighlight || (exports.DocumentHighlight = DocumentHighlight = {}));
    /**
     * A symbol kind.
     */
    var SymbolKind;
    (function (SymbolKind) {
        SymbolKind.File = 1;
        SymbolKind.Module = 2;
        SymbolKind.Namespace = 3;
        SymbolKind.Package = 4;
        SymbolKind.Class = 5;
        SymbolKind.Method = 6;
        SymbolKind.Property = 7;
        SymbolKind.Field = 8;
        SymbolKind.Constructor = 9;
        SymbolKind.Enum = 10;
        SymbolKind.Interface = 11;
        SymbolKind.Function = 12;
        SymbolKind.Variable = 13;
        SymbolKind.Constant = 14;
        SymbolKind.String = 15;
        SymbolKind.Number = 16;
        SymbolKind.Boolean = 17;
        SymbolKind.Array = 18;
        SymbolKind.Object = 19;
        SymbolKind.Key = 20;
        SymbolKind.Null = 21;
        SymbolKind.EnumMember = 22;
        SymbolKind.Struct = 23;
        SymbolKind.Event = 24;
        SymbolKind.Operator = 25;
        SymbolKind.TypeParameter = 26;
    })(SymbolKind || (exports.SymbolKind = SymbolKind = {}));
    /**
     * Symbol tags are extra annotations that tweak the rendering of a symbol.
     *
     * @since 3.16
     */
    var SymbolTag;
    (function (SymbolTag) {
        /**
         * Render a symbol as obsolete, usually using a strike-out.
         */
        SymbolTag.Deprecated = 1;
    })(SymbolTag || (exports.SymbolTag = SymbolTag = {}));
    var SymbolInformation;
    (function (SymbolInformation) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the location of the symbol.
         * @param uri The resource of the location of symbol.
         * @param containerName The name of the symbol containing the symbol.
         */
        function create(name, kind, range, uri, containerName) {
            var result = {
                name: name,
                kind: kind,
                location: { uri: uri, range: range }
            };
            if (containerName) {
                result.containerName = containerName;
            }
            return result;
        }
        SymbolInformation.create = create;
    })(SymbolInformation || (exports.SymbolInformation = SymbolInformation = {}));
    var WorkspaceSymbol;
    (function (WorkspaceSymbol) {
        /**
         * Create a new workspace symbol.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param uri The resource of the location of the symbol.
         * @param range An options range of the location.
         * @returns A WorkspaceSymbol.
         */
        function create(name, kind, uri, range) {
            return range !== undefined
                ? { name: name, kind: kind, location: { uri: uri, range: range } }
                : { name: name, kind: kind, location: { uri: uri } };
        }
        WorkspaceSymbol.create = create;
    })(WorkspaceSymbol || (exports.WorkspaceSymbol = WorkspaceSymbol = {}));
    var DocumentSymbol;
    (function (DocumentSymbol) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param detail The detail of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the symbol.
         * @param selectionRange The selectionRange of the symbol.
         * @param children Children of the symbol.
         */
        function create(name, detail, kind, range, selectionRange, children) {
            var result = {
                name: name,
                detail: detail,
                kind: kind,
                range: range,
                selectionRange: selectionRange
            };
            if (children !== undefined) {
                result.children = children;
            }
            return result;
        }
        DocumentSymbol.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate &&
                Is.string(candidate.name) && Is.number(candidate.kind) &&
                Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
                (candidate.detail === undefined || Is.string(candidate.detail)) &&
                (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
                (candidate.children === undefined || Array.isArray(candidate.children)) &&
                (candidate.tags === undefined || Array.isArray(candidate.tags));
        }
        DocumentSymbol.is = is;
    })(DocumentSymbol || (exports.DocumentSymbol = DocumentSymbol = {}));
    /**
     * A set of predefined code action kinds
     */
    var CodeActionKind;
    (function (CodeActionKind) {
        /**
         * Empty kind.
         */
        CodeActionKind.Empty = '';
        /**
         * Base kind for quickfix actions: 'quickfix'
         */
        CodeActionKind.QuickFix = 'quickfix';
        /**
         * Base kind for refactoring actions: 'refactor'
         */
        CodeActionKind.Refactor = 'refactor';
        /**
         * Base kind for refactoring extraction actions: 'refactor.extract'
         *
         * Example extract actions:
         *
         * - Extract method
         * - Extract function
         * - Extract variable
         * - Extract interface from class
         * - ...
         */
        CodeActionKind.RefactorExtract = 'refactor.extract';
        /**
         * Base kind for refactoring inline actions: 'refactor.inline'
         *
         * Example inline actions:
         *
         * - Inline function
         * - Inline variable
         * - Inline constant
         * - ...
         */
        CodeActionKind.RefactorInline = 'refactor.inline';
        /**
         * Base kind for refactoring move actions: `refactor.move`
         *
         * Example move actions:
         *
         * - Move a function to a new file
         * - Move a property between classes
         * - Move method to base class
         * - ...
         *
         * @since 3.18.0
         */
        CodeActionKind.RefactorMove = 'refactor.move';
        /**
         * Base kind for refactoring rewrite actions: 'refactor.rewrite'
         *
         * Example rewrite actions:
         *
         * - Convert JavaScript function to class
         * - Add or remove parameter
         * - Encapsulate field
         * - Make method static
         * - Move method to base class
         * - ...
         */
        CodeActionKind.RefactorRewrite = 'refactor.rewrite';
        /**
         * Base kind for source actions: `source`
         *
         * Source code actions apply to the entire file.
         */
        CodeActionKind.Source = 'source';
        /**
         * Base kind for an organize imports source action: `source.organizeImports`
         */
        CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
        /**
         * Base kind for auto-fix source actions: `source.fixAll`.
         *
         * Fix all actions automatically fix errors that have a clear fix that do not require user input.
         * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
         *
         * @since 3.15.0
         */
        CodeActionKind.SourceFixAll = 'source.fixAll';
        /**
         * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
         * this should always begin with `notebook.`
         *
         * @since 3.18.0
         */
        CodeActionKind.Notebook = 'notebook';
    })(CodeActionKind || (exports.CodeActionKind = CodeActionKind = {}));
    /**
     * The reason why code actions were requested.
     *
     * @since 3.17.0
     */
    var CodeActionTriggerKind;
    (function (CodeActionTriggerKind) {
        /**
         * Code actions were explicitly requested by the user or by an extension.
         */
        CodeActionTriggerKind.Invoked = 1;
        /**
         * Code actions were requested automatically.
         *
         * This typically happens when current selection in a file changes, but can
         * also be triggered when file content changes.
         */
        CodeActionTriggerKind.Automatic = 2;
    })(CodeActionTriggerKind || (exports.CodeActionTriggerKind = CodeActionTriggerKind = {}));
    /**
     * The CodeActionContext namespace provides helper functions to work with
     * {@link CodeActionContext} literals.
     */
    var CodeActionContext;
    (function (CodeActionContext) {
        /**
         * Creates a new CodeActionContext literal.
         */
        function create(diagnostics, only, triggerKind) {
            var result = { diagnostics: diagnostics };
            if (only !== undefined && only !== null) {
                result.only = only;
            }
            if (triggerKind !== undefined && triggerKind !== null) {
                result.triggerKind = triggerKind;
            }
            return result;
        }
        CodeActionContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
                && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
                && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext.is = is;
    })(CodeActionContext || (exports.CodeActionContext = CodeActionContext = {}));
    /**
     * Code action tags are extra annotations that tweak the behavior of a code action.
     *
     * @since 3.18.0
     */
    var CodeActionTag;
    (function (CodeActionTag) {
        /**
         * Marks the code action as LLM-generated.
         */
        CodeActionTag.LLMGenerated = 1;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
         */
        function is(value) {
            return Is.defined(value) && value === CodeActionTag.LLMGenerated;
        }
        CodeActionTag.is = is;
    })(CodeActionTag || (exports.CodeActionTag = CodeActionTag = {}));
    var CodeAction;
    (function (CodeAction) {
        function create(title, kindOrCommandOrEdit, kind) {
            var result = { title: title };
            var checkKind = true;
            if (typeof kindOrCommandOrEdit === 'string') {
                checkKind = false;
                result.kind = kindOrCommandOrEdit;
            }
            else if (Command.is(kindOrCommandOrEdit)) {
                result.command = kindOrCommandOrEdit;
            }
            else {
                result.edit = kindOrCommandOrEdit;
            }
            if (checkKind && kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        CodeAction.create = create;
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.title) &&
                (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
                (candidate.kind === undefined || Is.string(candidate.kind)) &&
                (candidate.edit !== undefined || candidate.command !== undefined) &&
                (candidate.command === undefined || Command.is(candidate.command)) &&
                (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
                (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
                (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction.is = is;
    })(CodeAction || (exports.CodeAction = CodeAction = {}));
    /**
     * The CodeLens namespace provides helper functions to work with
     * {@link CodeLens} literals.
     */
    var CodeLens;
    (function (CodeLens) {
        /**
         * Creates a new CodeLens literal.
         */
        function create(range, data) {
            var result = { range: range };
            if (Is.defined(data)) {
                result.data = data;
            }
            return result;
        }
        CodeLens.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeLens} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens.is = is;
    })(CodeLens || (exports.CodeLens = CodeLens = {}));
    /**
     * The FormattingOptions namespace provides helper functions to work with
     * {@link FormattingOptions} literals.
     */
    var FormattingOptions;
    (function (FormattingOptions) {
        /**
         * Creates a new FormattingOptions literal.
         */
        function create(tabSize, insertSpaces) {
            return { tabSize: tabSize, insertSpaces: insertSpaces };
        }
        FormattingOptions.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions.is = is;
    })(FormattingOptions || (exports.FormattingOptions = FormattingOptions = {}));
    /**
     * The DocumentLink namespace provides helper functions to work with
     * {@link DocumentLink} literals.
     */
    var DocumentLink;
    (function (DocumentLink) {
        /**
         * Creates a new DocumentLink literal.
         */
        function create(range, target, data) {
            return { range: range, target: target, data: data };
        }
        DocumentLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink.is = is;
    })(DocumentLink || (exports.DocumentLink = DocumentLink = {}));
    /**
     * The SelectionRange namespace provides helper function to work with
     * SelectionRange literals.
     */
    var SelectionRange;
    (function (SelectionRange) {
        /**
         * Creates a new SelectionRange
         * @param range the range.
         * @param parent an optional parent.
         */
        function create(range, parent) {
            return { range: range, parent: parent };
        }
        SelectionRange.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
        }
        SelectionRange.is = is;
    })(SelectionRange || (exports.SelectionRange = SelectionRange = {}));
    /**
     * A set of predefined token types. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenTypes;
    (function (SemanticTokenTypes) {
        SemanticTokenTypes["namespace"] = "namespace";
        /**
         * Represents a generic type. Acts as a fallback for types which can't be mapped to
         * a specific type like class or enum.
         */
        SemanticTokenTypes["type"] = "type";
        SemanticTokenTypes["class"] = "class";
        SemanticTokenTypes["enum"] = "enum";
        SemanticTokenTypes["interface"] = "interface";
        SemanticTokenTypes["struct"] = "struct";
        SemanticTokenTypes["typeParameter"] = "typeParameter";
        SemanticTokenTypes["parameter"] = "parameter";
        SemanticTokenTypes["variable"] = "variable";
        SemanticTokenTypes["property"] = "property";
        SemanticTokenTypes["enumMember"] = "enumMember";
        SemanticTokenTypes["event"] = "event";
        SemanticTokenTypes["function"] = "function";
        SemanticTokenTypes["method"] = "method";
        SemanticTokenTypes["macro"] = "macro";
        SemanticTokenTypes["keyword"] = "keyword";
        SemanticTokenTypes["modifier"] = "modifier";
        SemanticTokenTypes["comment"] = "comment";
        SemanticTokenTypes["string"] = "string";
        SemanticTokenTypes["number"] = "number";
        SemanticTokenTypes["regexp"] = "regexp";
        SemanticTokenTypes["operator"] = "operator";
        /**
         * @since 3.17.0
         */
        SemanticTokenTypes["decorator"] = "decorator";
        /**
         * @since 3.18.0
         */
        SemanticTokenTypes["label"] = "label";
    })(SemanticTokenTypes || (exports.SemanticTokenTypes = SemanticTokenTypes = {}));
    /**
     * A set of predefined token modifiers. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenModifiers;
    (function (SemanticTokenModifiers) {
        SemanticTokenModifiers["declaration"] = "declaration";
        SemanticTokenModifiers["definition"] = "definition";
        SemanticTokenModifiers["readonly"] = "readonly";
        SemanticTokenModifiers["static"] = "static";
        SemanticTokenModifiers["deprecated"] = "deprecated";
        SemanticTokenModifiers["abstract"] = "abstract";
        SemanticTokenModifiers["async"] = "async";
        SemanticTokenModifiers["modification"] = "modification";
        SemanticTokenModifiers["documentation"] = "documentation";
        SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (exports.SemanticTokenModifiers = SemanticTokenModifiers = {}));
    /**
     * @since 3.16.0
     */
    var SemanticTokens;
    (function (SemanticTokens) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
                Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
        }
        SemanticTokens.is = is;
    })(SemanticTokens || (exports.SemanticTokens = SemanticTokens = {}));
    /**
     * The InlineValueText namespace provides functions to deal with InlineValueTexts.
     *
     * @since 3.17.0
     */
    var InlineValueText;
    (function (InlineValueText) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, text) {
            return { range: range, text: text };
        }
        InlineValueText.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText.is = is;
    })(InlineValueText || (exports.InlineValueText = InlineValueText = {}));
    /**
     * The InlineValueVariableLookup namespace provides functions to
     * deal with InlineValueVariableLookups.
     *
     * @since 3.17.0
     */
    var InlineValueVariableLookup;
    (function (InlineValueVariableLookup) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, variableName, caseSensitiveLookup) {
            return { range: range, variableName: variableName, caseSensitiveLookup: caseSensitiveLookup };
        }
        InlineValueVariableLookup.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
                && (Is.string(candidate.variableName) || candidate.variableName === undefined);
        }
        InlineValueVariableLookup.is = is;
    })(InlineValueVariableLookup || (exports.InlineValueVariableLookup = InlineValueVariableLookup = {}));
    /**
     * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
     *
     * @since 3.17.0
     */
    var InlineValueEvaluatableExpression;
    (function (InlineValueEvaluatableExpression) {
        /**
         * Creates a new InlineValueEvaluatableExpression literal.
         */
        function create(range, expression) {
            return { range: range, expression: expression };
        }
        InlineValueEvaluatableExpression.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range)
                && (Is.string(candidate.expression) || candidate.expression === undefined);
        }
        InlineValueEvaluatableExpression.is = is;
    })(InlineValueEvaluatableExpression || (exports.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
    /**
     * The InlineValueContext namespace provides helper functions to work with
     * {@link InlineValueContext} literals.
     *
     * @since 3.17.0
     */
    var InlineValueContext;
    (function (InlineValueContext) {
        /**
         * Creates a new InlineValueContext literal.
         */
        function create(frameId, stoppedLocation) {
            return { frameId: frameId, stoppedLocation: stoppedLocation };
        }
        InlineValueContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext.is = is;
    })(InlineValueContext || (exports.InlineValueContext = InlineValueContext = {}));
    /**
     * Inlay hint kinds.
     *
     * @since 3.17.0
     */
    var InlayHintKind;
    (function (InlayHintKind) {
        /**
         * An inlay hint that for a type annotation.
         */
        InlayHintKind.Type = 1;
        /**
         * An inlay hint that is for a parameter.
         */
        InlayHintKind.Parameter = 2;
        function is(value) {
            return value === 1 || value === 2;
        }
        InlayHintKind.is = is;
    })(InlayHintKind || (exports.InlayHintKind = InlayHintKind = {}));
    var InlayHintLabelPart;
    (function (InlayHintLabelPart) {
        function create(value) {
            return { value: value };
        }
        InlayHintLabelPart.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.location === undefined || Location.is(candidate.location))
                && (candidate.command === undefined || Command.is(candidate.command));
        }
        InlayHintLabelPart.is = is;
    })(InlayHintLabelPart || (exports.InlayHintLabelPart = InlayHintLabelPart = {}));
    var InlayHint;
    (function (InlayHint) {
        function create(position, label, kind) {
            var result = { position: position, label: label };
            if (kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        InlayHint.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.position)
                && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
                && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
                && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
                && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
        }
        InlayHint.is = is;
    })(InlayHint || (exports.InlayHint = InlayHint = {}));
    var StringValue;
    (function (StringValue) {
        function createSnippet(value) {
            return { kind: 'snippet', value: value };
        }
        StringValue.createSnippet = createSnippet;
        function isSnippet(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && candidate.kind === 'snippet'
                && Is.string(candidate.value);
        }
        StringValue.isSnippet = isSnippet;
    })(StringValue || (exports.StringValue = StringValue = {}));
    var InlineCompletionItem;
    (function (InlineCompletionItem) {
        function create(insertText, filterText, range, command) {
            return { insertText: insertText, filterText: filterText, range: range, command: command };
        }
        InlineCompletionItem.create = create;
    })(InlineCompletionItem || (exports.InlineCompletionItem = InlineCompletionItem = {}));
    var InlineCompletionList;
    (function (InlineCompletionList) {
        function create(items) {
            return { items: items };
        }
        InlineCompletionList.create = create;
    })(InlineCompletionList || (exports.InlineCompletionList = InlineCompletionList = {}));
    /**
     * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
     *
     * @since 3.18.0
     */
    var InlineCompletionTriggerKind;
    (function (InlineCompletionTriggerKind) {
        /**
         * Completion was triggered explicitly by a user gesture.
         */
        InlineCompletionTriggerKind.Invoked = 1;
        /**
         * Completion was triggered automatically while editing.
         */
        InlineCompletionTriggerKind.Automatic = 2;
    })(InlineCompletionTriggerKind || (exports.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
    var SelectedCompletionInfo;
    (function (SelectedCompletionInfo) {
        function create(range, text) {
            return { range: range, text: text };
        }
        SelectedCompletionInfo.create = create;
    })(SelectedCompletionInfo || (exports.SelectedCompletionInfo = SelectedCompletionInfo = {}));
    var InlineCompletionContext;
    (function (InlineCompletionContext) {
        function create(triggerKind, selectedCompletionInfo) {
            return { triggerKind: triggerKind, selectedCompletionInfo: selectedCompletionInfo };
        }
        InlineCompletionContext.create = create;
    })(InlineCompletionContext || (exports.InlineCompletionContext = InlineCompletionContext = {}));
    var WorkspaceFolder;
    (function (WorkspaceFolder) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder.is = is;
    })(WorkspaceFolder || (exports.WorkspaceFolder = WorkspaceFolder = {}));
    exports.EOL = ['\n', '\r\n', '\r'];
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new ITextDocument literal from the given uri and content.
         * @param uri The document's uri.
         * @param languageId The document's language Id.
         * @param version The document's version.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ITextDocument} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
                && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument.is = is;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits, function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = text.length;
            for (var i = sortedEdits.length - 1; i >= 0; i--) {
                var e = sortedEdits[i];
                var startOffset = document.offsetAt(e.range.start);
                var endOffset = document.offsetAt(e.range.end);
                if (endOffset <= lastModifiedOffset) {
                    text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
                }
                else {
                    throw new Error('Overlapping edit');
                }
                lastModifiedOffset = startOffset;
            }
            return text;
        }
        TextDocument.applyEdits = applyEdits;
        function mergeSort(data, compare) {
            if (data.length <= 1) {
                // sorted
                return data;
            }
            var p = (data.length / 2) | 0;
            var left = data.slice(0, p);
            var right = data.slice(p);
            mergeSort(left, compare);
            mergeSort(right, compare);
            var leftIdx = 0;
            var rightIdx = 0;
            var i = 0;
            while (leftIdx < left.length && rightIdx < right.length) {
                var ret = compare(left[leftIdx], right[rightIdx]);
                if (ret <= 0) {
                    // smaller_equal -> take left to preserve order
                    data[i++] = left[leftIdx++];
                }
                else {
                    // greater -> take right
                    data[i++] = right[rightIdx++];
                }
            }
            while (leftIdx < left.length) {
                data[i++] = left[leftIdx++];
            }
            while (rightIdx < right.length) {
                data[i++] = right[rightIdx++];
            }
            return data;
        }
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = undefined;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                var lineOffsets = [];
                var text = this._content;
                var isLineStart = true;
                for (var i = 0; i < text.length; i++) {
                    if (isLineStart) {
                        lineOffsets.push(i);
                        isLineStart = false;
                    }
                    var ch = text.charAt(i);
                    isLineStart = (ch === '\r' || ch === '\n');
                    if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                }
                if (isLineStart && text.length > 0) {
                    lineOffsets.push(text.length);
                }
                this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return Position.create(0, offset);
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        return FullTextDocument;
    }());
    var Is;
    (function (Is) {
        var toString = Object.prototype.toString;
        function defined(value) {
            return typeof value !== 'undefined';
        }
        Is.defined = defined;
        function undefined(value) {
            return typeof value === 'undefined';
        }
        Is.undefined = undefined;
        function boolean(value) {
            return value === true || value === false;
        }
        Is.boolean = boolean;
        function string(value) {
            return toString.call(value) === '[object String]';
        }
        Is.string = string;
        function number(value) {
            return toString.call(value) === '[object Number]';
        }
        Is.number = number;
        function numberRange(value, min, max) {
            return toString.call(value) === '[object Number]' && min <= value && value <= max;
        }
        Is.numberRange = numberRange;
        function integer(value) {
            return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
        }
        Is.integer = integer;
        function uinteger(value) {
            return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
        }
        Is.uinteger = uinteger;
        function func(value) {
            return toString.call(value) === '[object Function]';
        }
        Is.func = func;
        function objectLiteral(value) {
            // Strictly speaking class instances pass this check as well. Since the LSP
            // doesn't use classes we ignore this for now. If we do we need to add something
            // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
            return value !== null && typeof value === 'object';
        }
        Is.objectLiteral = objectLiteral;
        function typedArray(value, check) {
            return Array.isArray(value) && value.every(check);
        }
        Is.typedArray = typedArray;
    })(Is || (Is = {}));
});


/***/ }),

/***/ 6769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hE: () => (/* reexport */ comparison/* BASELINE_MODES */.h),
  W3: () => (/* binding */ NOTHING_COMPARED),
  gN: () => (/* binding */ NO_BASELINE),
  IL: () => (/* binding */ baselineStep)
});

// UNUSED EXPORTS: compare, loadBaseline

// EXTERNAL MODULE: ./src/comparison.ts
var comparison = __nccwpck_require__(2314);
// EXTERNAL MODULE: ./src/dockerfile/stages.ts
var stages = __nccwpck_require__(9931);
// EXTERNAL MODULE: ./src/dockerfile/history-key.ts
var history_key = __nccwpck_require__(220);
;// CONCATENATED MODULE: ./src/baseline/compare.ts
// Base vs head, as pure functions: the figures a reviewer needs to see whether a pull request
// made the image bigger, slower to pull or less safe, and which instruction did it.



function figureDelta(base, head) {
    if (base == null || head == null)
        return null;
    const change = head - base;
    return { base, head, change, percent: base === 0 ? null : Math.round((change / base) * 1000) / 10 };
}
/** "linux/amd64" and "linux/amd64/v1" name the same platform; anything else must match exactly. */
function normalisePlatform(platform) {
    const p = platform.trim().toLowerCase();
    return p.replace(/^(linux\/amd64)\/v1$/, '$1').replace(/^(linux\/arm64)\/v8$/, '$1');
}
function platformMismatch(base, head) {
    if (!base || !head)
        return null;
    if (normalisePlatform(base) === normalisePlatform(head))
        return null;
    return `the baseline is ${base} but this image is ${head}: sizes and layers of different platforms are not comparable`;
}
/**
 * Findings match by rule and the instruction they are on, not by line number, so moving a line
 * does not make its findings "new". The instruction is read from the parsed Dockerfile (escape
 * directive, heredocs and all) and named by its stage; without the Dockerfile the message stands
 * in for the instruction.
 */
function findingKeys(findings, dockerfile) {
    const instructions = dockerfile?.instructions ?? [];
    return findings.map((f) => {
        const at = instructions.find((i) => f.line >= i.line && f.line <= i.endLine);
        const where = at
            ? `${at.stage ? (0,stages/* stageLabel */.Hn)(at.stage).toLowerCase() : ''}\u0000${(0,history_key/* normaliseInstructionText */.kx)((0,stages/* instructionText */.sr)(dockerfile, at))}`
            : f.message;
        return `${f.rule}\u0000${where}`;
    });
}
function compareLint(base, baseDockerfile, head, headDockerfile) {
    const baseKeys = findingKeys(base, baseDockerfile);
    const headKeys = findingKeys(head, headDockerfile);
    const remaining = new Map();
    baseKeys.forEach((k, i) => remaining.set(k, [...(remaining.get(k) ?? []), i]));
    const fresh = [];
    let unchanged = 0;
    headKeys.forEach((k, i) => {
        const pool = remaining.get(k);
        if (pool?.length) {
            pool.shift();
            unchanged++;
        }
        else
            fresh.push(head[i]);
    });
    const fixed = [...remaining.values()]
        .flat()
        .sort((a, b) => a - b)
        .map((i) => base[i]);
    return { new: fresh, fixed, unchanged };
}
function rows(layers, isBase) {
    const out = [];
    let baseRow = null;
    for (const l of layers) {
        if (isBase(l)) {
            baseRow ??= {
                key: comparison/* BASE_IMAGE_ROW */.D,
                instruction: comparison/* BASE_IMAGE_ROW */.D,
                stage: null,
                line: null,
                layer: null,
                bytes: 0,
            };
            baseRow.bytes += l.sizeBytes ?? 0;
            continue;
        }
        out.push({
            key: l.instructionKey ?? (0,history_key/* layerKey */.n3)(l.createdBy, null),
            instruction: (0,history_key/* layerName */.Hn)(l),
            stage: l.stage,
            line: l.line,
            layer: l.position,
            bytes: l.sizeBytes ?? 0,
        });
    }
    return baseRow ? [baseRow, ...out] : out;
}
/**
 * Pairs each head row with the base row made by the same instruction: first in the same stage,
 * then, where a side knows no stages (a registry image read without its Dockerfile), by the
 * instruction alone. Equal instructions pair in order. A row nothing names is never paired.
 */
function pairRows(baseRows, headRows) {
    const pairs = new Map();
    const taken = new Set();
    const passes = [
        (h, b) => h.stage === b.stage,
        (h, b) => h.stage === null || b.stage === null,
    ];
    for (const fits of passes) {
        for (const h of headRows) {
            if (h.key === null || pairs.has(h))
                continue;
            const b = baseRows.find((r) => !taken.has(r) && r.key === h.key && fits(h, r));
            if (!b)
                continue;
            pairs.set(h, b);
            taken.add(b);
        }
    }
    return pairs;
}
function compareInstructions(base, head) {
    // A side whose layer sizes were not measured (a registry baseline not pulled) has no
    // per-instruction figures: none are shown rather than its layers counted as 0 bytes.
    if ([...base, ...head].some((l) => l.sizeBytes === null))
        return [];
    // A base side that cannot tell its base image's layers (a registry image read without its
    // Dockerfile) learns them from the head by diff ID: identical content is identical.
    const headBaseIds = new Set(head.filter((l) => l.fromBase && l.diffId).map((l) => l.diffId));
    const baseRows = rows(base, (l) => l.fromBase || (l.diffId !== null && headBaseIds.has(l.diffId)));
    const headRows = rows(head, (l) => l.fromBase);
    const pairs = pairRows(baseRows, headRows);
    const paired = new Set(pairs.values());
    const out = [];
    for (const h of headRows) {
        const b = pairs.get(h);
        const change = h.bytes - (b?.bytes ?? 0);
        out.push({
            instruction: h.instruction,
            stage: h.stage ?? b?.stage ?? null,
            line: h.line,
            baseLine: b?.line ?? null,
            layer: h.layer,
            baseLayer: b?.layer ?? null,
            baseBytes: b ? b.bytes : null,
            headBytes: h.bytes,
            change,
            kind: !b ? 'added' : change > 0 ? 'grown' : change < 0 ? 'shrunk' : 'unchanged',
        });
    }
    for (const b of baseRows.filter((r) => !paired.has(r))) {
        out.push({
            instruction: b.instruction,
            stage: b.stage,
            line: null,
            baseLine: b.line,
            layer: null,
            baseLayer: b.layer,
            baseBytes: b.bytes,
            headBytes: null,
            change: -b.bytes,
            kind: 'removed',
        });
    }
    // Largest change first; among equal changes (often none) the biggest instruction first.
    return out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) ||
        (b.headBytes ?? b.baseBytes ?? 0) - (a.headBytes ?? a.baseBytes ?? 0));
}
/**
 * What a host holding the base must still download for the head. A pull fetches blobs by
 * digest, so when both sides know their blob digests those are counted (each once); when a side
 * does not (its compressed sizes were computed here), content is matched by diff ID instead.
 */
function newPullBytes(base, head) {
    if (!head.length || !base.length)
        return null;
    const byDigest = [...base, ...head].every((l) => l.digest !== null);
    const idOf = (l) => (byDigest ? l.digest : l.diffId);
    if ([...base, ...head].some((l) => idOf(l) === null))
        return null;
    const have = new Set(base.map(idOf));
    const fresh = [...new Map(head.filter((l) => !have.has(idOf(l))).map((l) => [idOf(l), l])).values()];
    const compressed = fresh.every((l) => l.compressedSizeBytes != null);
    if (!compressed && fresh.some((l) => l.sizeBytes == null))
        return null;
    const bytes = fresh.reduce((sum, l) => sum + ((compressed ? l.compressedSizeBytes : l.sizeBytes) ?? 0), 0);
    return {
        bytes,
        layers: fresh.length,
        basis: compressed ? 'compressed' : 'uncompressed',
        by: byDigest ? 'digest' : 'diff-id',
    };
}
const EXACT_SOURCES = ['stored', 'registry'];
function sourceText(source) {
    switch (source) {
        case 'stored':
            return 'the gzip blobs the engine stores';
        case 'registry':
            return "the registry's blob sizes";
        case 'computed':
            return 'gzip computed here';
        default:
            return 'a figure whose origin the baseline does not record';
    }
}
/**
 * The compressed size's change, like for like: exact blobs on both sides, or both gzipped here
 * the same way. One of each is still given (it is the best there is) but marked approximate,
 * with why, and is never presented as exact.
 */
function compressedDelta(base, head) {
    const figure = figureDelta(base.compressedSizeBytes, head.compressedSizeBytes);
    if (!figure)
        return null;
    const exact = (s) => EXACT_SOURCES.includes(s);
    if (exact(base.compressedSource) && exact(head.compressedSource))
        return { ...figure, basis: 'exact', approximate: null };
    if (base.compressedSource === 'computed' && head.compressedSource === 'computed')
        return { ...figure, basis: 'computed', approximate: null };
    return {
        ...figure,
        basis: 'mixed',
        approximate: `the baseline's compressed size is ${sourceText(base.compressedSource)}, this image's ${sourceText(head.compressedSource)}`,
    };
}
function compareRuntime(base, head) {
    if (!base || !head)
        return null;
    let change;
    if (base.nonRoot === null || head.nonRoot === null)
        change = 'unproven';
    else if (base.nonRoot && !head.nonRoot)
        change = 'became-root';
    else if (!base.nonRoot && head.nonRoot)
        change = 'became-non-root';
    else if (base.user !== head.user || base.uid !== head.uid)
        change = 'user-changed';
    else
        change = 'unchanged';
    return { base, head, change };
}
function rate(cached, total) {
    return cached == null || !total ? null : cached / total;
}
function compareImages(base, head) {
    return {
        size: figureDelta(base.sizeBytes, head.sizeBytes),
        compressedSize: compressedDelta(base, head),
        layers: figureDelta(base.layerCount, head.layerCount),
        reclaimable: figureDelta(base.reclaimableBytes, head.reclaimableBytes),
        newPull: newPullBytes(base.layers, head.layers),
        instructions: base.layers.length && head.layers.length ? compareInstructions(base.layers, head.layers) : [],
    };
}
/** All deltas of head against base; a figure missing on either side gives a null delta, never a guess. */
function compare(base, head) {
    const refused = platformMismatch(base.image?.platform ?? null, head.image?.platform ?? null);
    const images = base.image && head.image && !refused
        ? compareImages(base.image, head.image)
        : {
            size: null,
            compressedSize: null,
            layers: null,
            reclaimable: null,
            newPull: null,
            instructions: [],
        };
    return {
        ...images,
        lint: base.lint && head.lint
            ? compareLint(base.lint.findings, base.lint.dockerfile, head.lint.findings, head.lint.dockerfile)
            : null,
        runtime: refused ? null : compareRuntime(base.runtime, head.runtime),
        cache: head.cache
            ? {
                baseRate: rate(base.cache?.cachedSteps ?? null, base.cache?.totalSteps ?? null),
                headRate: rate(head.cache.cachedSteps, head.cache.totalSteps),
                headCachedSteps: head.cache.cachedSteps,
                headTotalSteps: head.cache.totalSteps,
            }
            : null,
        refused,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/dockerfile/model.ts
var model = __nccwpck_require__(4011);
// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __nccwpck_require__(4981);
// EXTERNAL MODULE: ./src/tempdir.ts
var tempdir = __nccwpck_require__(9270);
// EXTERNAL MODULE: ./src/registry/client.ts
var client = __nccwpck_require__(2440);
;// CONCATENATED MODULE: ./src/baseline/sources.ts
// Where a baseline comes from: a report of the base branch's own run, an image in a registry,
// a rebuild of the merge-base, or at least the base version of the Dockerfile (for lint deltas).
// `auto` takes the best of these that is available and says which. Having none is normal (the
// first adoption), never an error: each source that cannot be used leaves a note instead.






const GIT_TIMEOUT = 60_000;
function git(cwd, args, timeoutMs = GIT_TIMEOUT) {
    return (0,exec/* exec */.m0)('git', ['-C', cwd, ...args], { timeoutMs, allowFailure: true });
}
// --- report -------------------------------------------------------------------------------------
/**
 * The base branch's report for this key; a single report with another key is used all the same,
 * with that key as `otherKey` (and a note), so the comment can say the baseline may be another image.
 */
async function loadReportBaseline(path, key, notes, readReports) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        notes.push(`no baseline report at ${path} yet (the base branch has not produced one; normal on first adoption)`);
        return null;
    }
    const reports = await readReports(path);
    const match = reports.find((r) => r.key === key);
    if (match)
        return { report: match, otherKey: null };
    if (reports.length === 1) {
        const otherKey = reports[0].key;
        notes.push(`the baseline report's key "${otherKey}" is not "${key}"; compared anyway as it is the only one`);
        return { report: reports[0], otherKey };
    }
    notes.push(reports.length
        ? `none of the ${reports.length} reports at ${path} has the key "${key}"`
        : `${path} holds no shipshape report`);
    return null;
}
// --- git ----------------------------------------------------------------------------------------
/** Resolves the base to a commit, fetching just that commit when the checkout is shallow. */
async function resolveBaseCommit(cwd, ref, notes, log) {
    const verify = async () => {
        const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        return r.code === 0 ? r.stdout.trim() : null;
    };
    let sha = (await verify()) ?? null;
    if (!sha) {
        const remoteRef = /^[0-9a-f]{40}$/.test(ref) ? ref : ref.replace(/^origin\//, '');
        log.info(`Fetching the base commit ${remoteRef} (depth 1)`);
        const fetched = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', remoteRef]);
        if (fetched.code === 0)
            sha =
                (await verify()) ??
                    (await git(cwd, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'])).stdout.trim() ??
                    null;
        if (!sha) {
            notes.push(`the base commit ${ref} is not in the checkout and could not be fetched${fetched.stderr ? `: ${fetched.stderr.trim().split('\n').pop()}` : ''}`);
            return null;
        }
    }
    // On a PR's merge checkout the merge-base is the base itself; in a deep branch checkout it is
    // where the branch left the base. A shallow history may not know it: the base is then used.
    const mb = await git(cwd, ['merge-base', 'HEAD', sha]);
    return mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim() : sha;
}
async function repoPath(cwd, file) {
    const top = await git(cwd, ['rev-parse', '--show-toplevel']);
    if (top.code !== 0)
        return null;
    const root = top.stdout.trim();
    return {
        top: root,
        rel: (0,external_node_path_.relative)(root, (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file))
            .split('\\')
            .join('/'),
    };
}
/** The Dockerfile as it is in the base commit (`git show`), or null when it did not exist there. */
async function baseDockerfile(cwd, commit, file) {
    const where = await repoPath(cwd, file);
    if (!where)
        return null;
    const r = await git(cwd, ['show', `${commit}:${where.rel}`]);
    return r.code === 0 ? r.stdout : null;
}
async function baseLint(request, base) {
    if (!base)
        return null;
    return { findings: await request.stages.lint(base.text, base.model), dockerfile: base.model };
}
async function localImage(ref) {
    const r = await (0,exec/* docker */.T3)(['image', 'inspect', ref], { timeoutMs: 30_000, allowFailure: true });
    if (r.code !== 0)
        return null;
    return JSON.parse(r.stdout)[0] ?? null;
}
/**
 * Registry layers (blob digests and sizes) and the engine's (uncompressed sizes, lines, keys)
 * joined by diff ID. `computed`: the engine's compressed sizes were gzipped here, to be compared
 * like for like with a head whose sizes were too; they then stand in for the registry's.
 */
function mergeLayers(registry, engine, computed) {
    if (!engine.length)
        return registry;
    const byDiff = new Map(registry.map((l) => [l.diffId, l]));
    return engine.map((l) => {
        const r = byDiff.get(l.diffId);
        return {
            ...l,
            digest: computed ? null : (r?.digest ?? l.digest),
            compressedSizeBytes: computed
                ? l.compressedSizeBytes
                : (r?.compressedSizeBytes ?? l.compressedSizeBytes),
            createdBy: l.createdBy ?? r?.createdBy ?? null,
            instructionKey: l.instructionKey ?? r?.instructionKey ?? null,
        };
    });
}
async function imageBaseline(request, ref, dockerfile, notes, log) {
    const registry = await (0,client/* readRegistryImage */.Jz)(ref, request.platform, { credentials: request.credentials });
    log.info(`Baseline image ${ref}: ${registry.layers.length} layers, ${registry.compressedSizeBytes} bytes compressed (from the registry manifest)`);
    const facts = {
        sizeBytes: null,
        compressedSizeBytes: registry.compressedSizeBytes,
        compressedSource: 'registry',
        layerCount: registry.layers.length,
        reclaimableBytes: null,
        layers: registry.layers,
        user: registry.user,
        platform: registry.platform,
    };
    const pinned = `${registry.reference.registry === 'docker.io' ? '' : `${registry.reference.registry}/`}${registry.reference.repository}@${registry.digest}`;
    let local = registry.digest ? await localImage(pinned) : null;
    let pulled = false;
    if (!local) {
        // A registry has compressed sizes only: the uncompressed ones, and the layers' sizes per
        // instruction, need the image itself.
        log.info(`Pulling ${ref} for its uncompressed sizes and layers`);
        const pull = await (0,exec/* docker */.T3)(['pull', '--platform', registry.platform, pinned], {
            timeoutMs: 600_000,
            allowFailure: true,
            signal: request.signal,
        });
        if (pull.code === 0) {
            local = await localImage(pinned);
            pulled = true;
        }
        else
            notes.push(`could not pull ${ref} for its uncompressed sizes: ${pull.stderr.trim().split('\n').pop()}`);
    }
    if (local) {
        // A head whose compressed size was computed here is compared with a base computed the same
        // way, not with the registry's blobs (another compressor, another figure).
        const computed = request.headCompressedSource === 'computed';
        try {
            const measured = await request.stages.measure(local.Id, dockerfile, computed);
            facts.sizeBytes = measured.sizeBytes;
            facts.reclaimableBytes = measured.reclaimableBytes;
            facts.layers = mergeLayers(registry.layers, measured.layers, computed);
            if (computed && measured.compressedSizeBytes !== null) {
                facts.compressedSizeBytes = measured.compressedSizeBytes;
                facts.compressedSource = 'computed';
            }
        }
        finally {
            if (pulled && local.Id !== request.headImageId)
                await (0,exec/* docker */.T3)(['image', 'rm', pinned], { timeoutMs: 60_000, allowFailure: true });
        }
    }
    return facts;
}
// --- rebuild ------------------------------------------------------------------------------------
async function rebuildBaseline(request, commit, dockerfile, notes) {
    if (!request.build)
        return null;
    const where = await repoPath(request.cwd, request.dockerfile);
    if (!where)
        return null;
    const dir = await (0,tempdir/* makeTempDir */.mk)('shipshape-base-');
    const tree = (0,external_node_path_.join)(dir, 'tree');
    const added = await git(request.cwd, ['worktree', 'add', '--detach', tree, commit], 120_000);
    if (added.code !== 0) {
        notes.push(`could not check out ${commit.slice(0, 7)} in a worktree: ${added.stderr.trim().split('\n').pop()}`);
        await (0,tempdir/* removeTempDir */.CT)(dir);
        return null;
    }
    let imageId = null;
    try {
        const inTree = (p) => (0,external_node_path_.join)(tree, (0,external_node_path_.relative)(where.top, (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(request.cwd, p)));
        const file = inTree(request.dockerfile);
        // Same builder, same cache: layers the PR did not change are cache hits and cost nothing.
        const build = {
            ...request.build,
            file,
            context: inTree(request.build.context),
            tags: [],
            push: false,
            load: true,
            cacheTo: [],
        };
        imageId = await request.stages.build(build, dockerfile);
        return await request.stages.measure(imageId, dockerfile, true);
    }
    catch (e) {
        notes.push(`the base commit ${commit.slice(0, 7)} could not be rebuilt: ${e.message.split('\n')[0]}`);
        return null;
    }
    finally {
        await git(request.cwd, ['worktree', 'remove', '--force', tree], 120_000);
        await (0,tempdir/* removeTempDir */.CT)(dir);
        if (imageId && imageId !== request.headImageId)
            await (0,exec/* docker */.T3)(['image', 'rm', imageId], { timeoutMs: 60_000, allowFailure: true });
    }
}
// --- choosing -----------------------------------------------------------------------------------
function sources_short(ref) {
    return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
/**
 * Loads the baseline the request asks for (or, for `auto`, the best available: a report, then a
 * registry image, then a rebuild of the merge-base), with lint findings of the base taken from
 * the base version of the Dockerfile whenever the report does not carry them.
 */
async function loadBaseline(request, log) {
    if (request.mode === 'none')
        return null;
    const notes = [];
    const auto = request.mode === 'auto';
    const wants = (m) => auto || request.mode === m;
    const at = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(request.cwd, p));
    let commit = null;
    const commitOnce = async () => {
        if (commit === null && request.baseRef)
            commit = (await resolveBaseCommit(request.cwd, request.baseRef, notes, log)) ?? '';
        return commit || null;
    };
    // The base commit's Dockerfile, read and parsed once: the image and rebuild baselines align
    // their layers to it, and its findings are the base's lint.
    let base;
    const baseDockerfileOnce = async () => {
        if (base !== undefined)
            return base;
        const c = await commitOnce();
        const text = c ? await baseDockerfile(request.cwd, c, request.dockerfile) : null;
        if (c && text === null)
            notes.push(`${request.dockerfile} does not exist in the base commit ${c.slice(0, 7)}`);
        base = text === null ? null : { text, model: (0,model/* parseDockerfile */.Ai)(text) };
        return base;
    };
    if (wants('report')) {
        if (request.reportPath) {
            const found = await loadReportBaseline(at(request.reportPath), request.key, notes, request.stages.readReports);
            if (found) {
                const { report, otherKey } = found;
                const base = report.context?.sha ?? null;
                // An older report may not carry its Dockerfile: the base commit's version stands in.
                const text = report.lint.dockerfileText ||
                    (base ? await baseDockerfile(request.cwd, base, request.dockerfile).catch(() => null) : null);
                return {
                    source: 'report',
                    requested: request.mode,
                    ref: request.reportPath,
                    description: `the report of ${base ? `commit ${base.slice(0, 7)}` : 'the base branch'} (${request.reportPath})`,
                    snapshot: request.stages.snapshotOfReport(report, text === null ? null : (0,model/* parseDockerfile */.Ai)(text)),
                    otherKey,
                    notes,
                };
            }
        }
        else if (!auto)
            notes.push('baseline: report needs baseline-report (the path of the base branch report)');
    }
    if (wants('image')) {
        if (request.image) {
            try {
                const dockerfile = await baseDockerfileOnce();
                const image = await imageBaseline(request, request.image, dockerfile?.model ?? null, notes, log);
                const lint = await baseLint(request, dockerfile);
                return {
                    source: 'image',
                    requested: request.mode,
                    ref: request.image,
                    description: `the image ${request.image}`,
                    snapshot: { image, lint, runtime: null, cache: null },
                    notes,
                };
            }
            catch (e) {
                if (e instanceof client/* PlatformMismatchError */.y) {
                    return {
                        source: 'image',
                        requested: request.mode,
                        ref: request.image,
                        description: `the image ${request.image}`,
                        snapshot: {
                            image: null,
                            lint: await baseLint(request, await baseDockerfileOnce()),
                            runtime: null,
                            cache: null,
                        },
                        refused: e.message,
                        notes,
                    };
                }
                notes.push(`the baseline image ${request.image} could not be read: ${e.message}`);
            }
        }
        else if (!auto)
            notes.push('baseline: image needs baseline-image (a registry reference)');
    }
    const c = await commitOnce();
    if (!c && !request.baseRef)
        notes.push('no base commit is known (not a pull request, and no baseline-ref)');
    if (c && wants('rebuild')) {
        log.info(`Rebuilding the base commit ${c.slice(0, 7)} as the baseline`);
        const dockerfile = await baseDockerfileOnce();
        const image = dockerfile ? await rebuildBaseline(request, c, dockerfile.model, notes) : null;
        if (image) {
            return {
                source: 'rebuild',
                requested: request.mode,
                ref: c,
                description: `a rebuild of the base commit ${sources_short(c)}`,
                snapshot: { image, lint: await baseLint(request, dockerfile), runtime: null, cache: null },
                notes,
            };
        }
    }
    if (c) {
        const lint = await baseLint(request, await baseDockerfileOnce());
        if (lint) {
            return {
                source: 'lint-only',
                requested: request.mode,
                ref: c,
                description: `the Dockerfile of the base commit ${sources_short(c)} (lint only)`,
                snapshot: { image: null, lint, runtime: null, cache: null },
                notes,
            };
        }
    }
    for (const n of notes)
        log.info(`baseline: ${n}`);
    return null;
}
/** The notes a missing baseline leaves, for the log (loadBaseline logs them itself when it returns null). */
function describeBaseline(b) {
    return `${b.description}${b.requested === 'auto' ? ` (baseline: auto chose ${b.source})` : ''}`;
}

;// CONCATENATED MODULE: ./src/baseline/index.ts





const NO_BASELINE = { mode: 'none', reportPath: null, image: null, baseRef: null };
const NOTHING_COMPARED = { baseline: null, deltas: null, imageCompared: false };
async function baselineStep(input, log) {
    if (input.options.mode === 'none')
        return NOTHING_COMPARED;
    let loaded;
    try {
        loaded = await loadBaseline({
            ...input.options,
            cwd: input.cwd,
            dockerfile: input.dockerfile,
            key: input.key,
            platform: input.head.image?.platform ?? null,
            build: input.build,
            headImageId: input.headImageId,
            headCompressedSource: input.head.image?.compressedSource ?? null,
            signal: input.signal,
            stages: input.stages,
        }, log);
    }
    catch (e) {
        log.warning(`No baseline: ${e.message}`);
        return NOTHING_COMPARED;
    }
    if (!loaded) {
        log.info('No baseline to compare with (normal until the base branch has a report).');
        return NOTHING_COMPARED;
    }
    log.info(`Baseline: ${describeBaseline(loaded)}`);
    for (const n of loaded.notes)
        log.info(`baseline: ${n}`);
    const deltas = compare(loaded.snapshot, input.head);
    const refused = loaded.refused ?? deltas.refused;
    deltas.refused = refused;
    if (refused)
        log.warning(`Sizes and layers not compared with the baseline: ${refused}`);
    return {
        baseline: {
            source: loaded.source,
            requested: loaded.requested,
            ref: loaded.ref,
            description: loaded.description,
            platform: loaded.snapshot.image?.platform ?? null,
            refused,
            otherKey: loaded.otherKey ?? null,
            notes: loaded.notes,
        },
        deltas,
        imageCompared: loaded.snapshot.image !== null || refused !== null,
    };
}


/***/ }),

/***/ 7318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5981);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .xw)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  UF: () => (/* binding */ parseListInput),
  o7: () => (/* binding */ parseSecret)
});

// UNUSED EXPORTS: LIST_INPUTS, parseList

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


// white space characters
// https://en.wikipedia.org/wiki/Whitespace_character
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_Expressions/Character_Classes#Types
// \f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff
const np = 12;
const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal
const space = 32;
const tab = 9;

const init_state = function (options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding),
    ],
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`,
      ],
      options,
    );
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (delimiter === undefined || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js





const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const api_cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const api_nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === api_cr || chr === api_nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              obj[columns[i].name] !== undefined
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function (buf, pos) {
      const isTrim = (buf, pos) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf[pos + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js


const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  // 250606: `parser.parse` was implemented as 2 calls:
  // const err1 = parser.parse(data, false, push, close);
  // if (err1 !== undefined) throw err1;
  // const err2 = parser.parse(undefined, true, push, close);
  // if (err2 !== undefined) throw err2;
  return records;
};

// export default parse



;// CONCATENATED MODULE: ./src/build/lists.ts
// List inputs read the way docker/build-push-action (via @docker/actions-toolkit's Util.getList)
// reads them, so a workflow can move its `with:` block over unchanged, and docker/metadata-action's
// newline-separated `tags`/`labels` outputs plug straight in. Each line is a CSV record (csv-parse,
// the same parser, so quoting rules match): a quoted field may hold commas and even newlines.

function parseList(input, options = {}) {
    if (input === '')
        return [];
    const records = parse(input, {
        columns: false,
        relaxQuotes: true,
        relaxColumnCount: true,
        skipEmptyLines: true,
        comment: options.comment,
    });
    const items = [];
    for (const record of records) {
        // Same branches as Util.getList: a lone field is split on commas again, so a quoted single
        // item does not protect its commas, but a quoted field next to others does.
        if (options.ignoreComma)
            items.push(record.join(','));
        else if (record.length === 1)
            items.push(...record[0].split(','));
        else
            items.push(...record);
    }
    // Util.getList trims after dropping empty items, so a whitespace-only item survives as "";
    // an empty tag or build arg is never meant, so we drop it after trimming.
    return items.map((item) => item.trim()).filter((item) => item !== '');
}
/** How build-push-action splits each list input it shares with shipshape. */
const LIST_INPUTS = {
    'build-args': { ignoreComma: true },
    labels: { ignoreComma: true },
    tags: {},
    platforms: {},
    'cache-from': { ignoreComma: true },
    'cache-to': { ignoreComma: true },
    secrets: { ignoreComma: true },
};
/** Throws `input <name>: …` when the text is not a valid list (an unclosed quote, say). */
function parseListInput(name, input, what = `input ${name}`) {
    try {
        return parseList(input, LIST_INPUTS[name]);
    }
    catch (e) {
        // csv-parse's message quotes no input, but the error object carries the parsed text (maybe a
        // secret), so it is deliberately not attached as the cause.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(`${what}: ${e.message}`);
    }
}
const BUILDX_SECRET_KEYS = new Set(['id', 'type', 'src', 'source', 'env', 'required']);
/**
 * `id=npmrc,src=/path` and `id=token,env=GH_TOKEN` go to buildx unchanged. Anything else of the form
 * `NAME=value` is a secret value (it may contain "=" and ","), which the build writes to a private
 * temp file, as build-push-action does. A value that happens to parse as buildx fields with an
 * `env`/`src` key is read as buildx's form.
 */
function parseSecret(spec) {
    const fields = spec.split(',').map((f) => {
        const at = f.indexOf('=');
        return at < 0 ? null : [f.slice(0, at).trim().toLowerCase(), f.slice(at + 1).trim()];
    });
    const allKnown = fields.every((f) => f !== null && BUILDX_SECRET_KEYS.has(f[0]));
    if (allKnown) {
        const get = (...keys) => fields.find((f) => f && keys.includes(f[0]))?.[1] ?? null;
        const id = get('id');
        const env = get('env');
        const src = get('src', 'source');
        if (id && (env || src))
            return { kind: 'buildx', id, arg: spec, env, src };
    }
    const at = spec.indexOf('=');
    const id = at > 0 ? spec.slice(0, at).trim() : '';
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) {
        // Never echo the spec: it may be the secret itself.
        throw new Error('a secret must be `id=NAME,env=VAR`, `id=NAME,src=path` or `NAME=value`');
    }
    return { kind: 'value', id, value: spec.slice(at + 1) };
}


/***/ }),

/***/ 5981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xw: () => (/* binding */ cli)
});

// UNUSED EXPORTS: readCheckFlags, useColor

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(5625);
// EXTERNAL MODULE: ./src/baseline/index.ts + 2 modules
var baseline = __nccwpck_require__(6769);
// EXTERNAL MODULE: ./src/build/lists.ts + 9 modules
var lists = __nccwpck_require__(6456);
;// CONCATENATED MODULE: ./src/github/publish.ts

const COMMENT_MODES = ['on-change', 'always', 'never', 'failure'];
/** `comment`: one of the modes; `true`/`false` still work as `always`/`never`. */
function parseCommentMode(text, what = 'input comment') {
    const t = (text ?? '').trim().toLowerCase();
    if (t === '' || t === 'true')
        return t === '' ? 'on-change' : 'always';
    if (t === 'false')
        return 'never';
    if (COMMENT_MODES.includes(t))
        return t;
    throw new Error(`${what}: "${text}" is not one of ${COMMENT_MODES.join(', ')} (or true/false)`);
}
/** Anything a reviewer would want to hear about compared with the baseline. */
function hasChanges(deltas) {
    if (!deltas)
        return true;
    const moved = [deltas.size, deltas.compressedSize, deltas.layers, deltas.reclaimable].some((d) => d && d.change !== 0);
    const lint = !!deltas.lint && (deltas.lint.new.length > 0 || deltas.lint.fixed.length > 0);
    const runtime = !!deltas.runtime && deltas.runtime.change !== 'unchanged' && deltas.runtime.change !== 'unproven';
    return moved || lint || runtime || deltas.refused !== null;
}
/**
 * - `always`: create or update.
 * - `on-change`: create when there is news (no baseline yet, a warning or failure, or any delta);
 *   an existing comment is always kept current so it never shows a stale state.
 * - `failure`: create only when the check fails; an existing one is kept current.
 * - `never`: no comment at all.
 */
function commentDecision(mode, report) {
    switch (mode) {
        case 'never':
            return 'skip';
        case 'always':
            return 'upsert';
        case 'failure':
            return report.status === 'fail' ? 'upsert' : 'update-only';
        case 'on-change':
            return !report.baseline || report.status !== 'pass' || hasChanges(report.deltas)
                ? 'upsert'
                : 'update-only';
    }
}
/** Upserts as decided; a token that may not write (fork PRs) gives `forbidden`, not an error. */
async function publishComment(octokit, target, key, body, decision) {
    try {
        return await upsertStickyComment(octokit, target, key, body, { create: decision === 'upsert' });
    }
    catch (e) {
        const status = e.status;
        if (status === 403 || status === 404)
            return { action: 'forbidden', status, id: null, url: null };
        throw e;
    }
}

// EXTERNAL MODULE: ./src/report/budgets.ts
var budgets = __nccwpck_require__(6664);
// EXTERNAL MODULE: ./src/report/evaluate.ts
var evaluate = __nccwpck_require__(8323);
;// CONCATENATED MODULE: ./src/options.ts
// The one options reader: every option keyed by its action.yml input name, parsed and checked
// here for both front doors. The action hands it the runner's inputs, the CLI its flags; each says
// how its errors name an option (`input max-layers`, `--max-layers`). Pure.






/** The defaults action.yml declares (a test holds the two equal); the CLI starts from these too. */
const OPTION_DEFAULTS = {
    file: 'Dockerfile',
    context: '.',
    push: 'false',
    load: 'true',
    pull: 'false',
    'no-cache': 'false',
    'no-regression': 'false',
    baseline: 'auto',
    'require-non-root': 'true',
    'fail-on-crash': 'false',
    'size-problems': 'warn',
    'smoke-timeout': '10s',
    hardening: 'false',
    'compute-compressed-size': 'true',
    'lint-fail-on': 'error',
    shellcheck: 'true',
    comment: 'on-change',
    mode: 'check',
    'allow-outside-workspace': 'false',
};
/** `true`/`false` as the runner's YAML 1.2 core schema spells them (as @actions/core reads them). */
function parseBoolean(text, what) {
    if (['true', 'True', 'TRUE'].includes(text.trim()))
        return true;
    if (['false', 'False', 'FALSE'].includes(text.trim()))
        return false;
    throw new Error(`${what}: "${text}" is not true or false`);
}
/** The options, or a UsageError naming the first bad one and what a valid value looks like. */
function readOptions(source) {
    try {
        return readEach(source);
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.e)
            throw e;
        throw new errors/* UsageError */.e(e.message, { cause: e });
    }
}
function readEach(source) {
    const raw = (name) => source.text(name).trim() || OPTION_DEFAULTS[name] || '';
    const optional = (name) => raw(name) || null;
    const flag = (name) => parseBoolean(raw(name), source.label(name));
    const list = (name) => source.items?.(name) ?? (0,lists/* parseListInput */.UF)(name, source.text(name), source.label(name));
    const tiered = (name, unit) => (0,budgets/* parseTiered */.tW)(raw(name), unit, source.label(name));
    const mode = raw('mode');
    if (mode !== 'check' && mode !== 'post')
        throw new Error(`${source.label('mode')}: "${mode}" is not one of check, post`);
    const baselineMode = raw('baseline');
    if (!baseline/* BASELINE_MODES */.hE.includes(baselineMode))
        throw new Error(`${source.label('baseline')}: "${baselineMode}" is not one of ${baseline/* BASELINE_MODES */.hE.join(', ')}`);
    const prNumber = raw('pr-number');
    if (prNumber && !/^[1-9]\d*$/.test(prNumber))
        throw new Error(`${source.label('pr-number')}: "${prNumber}" is not a pull request number such as 42`);
    return {
        build: {
            file: raw('file'),
            context: raw('context'),
            target: optional('target'),
            buildArgs: list('build-args'),
            secrets: list('secrets'),
            tags: list('tags'),
            labels: list('labels'),
            platforms: list('platforms'),
            push: flag('push'),
            load: flag('load'),
            pull: flag('pull'),
            noCache: flag('no-cache'),
            builder: optional('builder'),
            cacheFrom: list('cache-from'),
            cacheTo: list('cache-to'),
            network: optional('network'),
        },
        budgets: {
            maxSize: tiered('max-size', 'bytes'),
            maxCompressedSize: tiered('max-compressed-size', 'bytes'),
            maxLayers: tiered('max-layers', 'count'),
            maxWaste: tiered('max-waste', 'bytes-or-percent'),
        },
        policy: (0,evaluate/* checkPolicy */.hM)((0,evaluate/* parseThreshold */.B7)(raw('lint-fail-on'), source.label('lint-fail-on')), flag('require-non-root'), flag('fail-on-crash'), (0,evaluate/* parseSizeProblemLevel */.Yw)(raw('size-problems'), source.label('size-problems'))),
        runtime: {
            user: optional('user'),
            runCommand: parseArgv(raw('run-command'), source.label('run-command')),
            smoke: {
                path: parseHttpPath(raw('smoke-path'), source.label('smoke-path')),
                port: parsePort(raw('smoke-port'), source.label('smoke-port')),
                timeoutMs: parseDuration(raw('smoke-timeout'), source.label('smoke-timeout')),
                exec: parseArgv(raw('smoke-command'), source.label('smoke-command')),
            },
            hardening: flag('hardening'),
        },
        configFile: optional('config'),
        shellcheck: flag('shellcheck'),
        computeCompressedSize: flag('compute-compressed-size'),
        commentMode: parseCommentMode(raw('comment'), source.label('comment')),
        commentKey: optional('comment-key'),
        mode,
        prNumber: prNumber ? Number(prNumber) : null,
        baseline: {
            mode: baselineMode,
            reportPath: optional('baseline-report'),
            image: optional('baseline-image'),
            baseRef: optional('baseline-ref'),
        },
        changeBudgets: {
            maxSizeIncrease: tiered('max-size-increase', 'bytes-or-percent'),
            maxLayersIncrease: tiered('max-layers-increase', 'count-or-percent'),
            noRegression: (0,budgets/* parseNoRegression */.iH)(raw('no-regression'), source.label('no-regression')),
        },
        reportFile: optional('report-file'),
        sarifFile: optional('sarif-file'),
        allowOutsideWorkspace: flag('allow-outside-workspace'),
    };
}
// Parsers for single option values.
const ARGV_EXAMPLE = '(e.g. ["serve", "--port", "8080"]), or words such as serve --port 8080';
/**
 * An argv from user text: a JSON array (`["serve", "--port", "8080"]`) when it starts with `[`,
 * otherwise words split on whitespace. Never handed to a shell.
 */
function parseArgv(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    if (t.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(t);
        }
        catch {
            throw new Error(`${what}: starts with "[" but is not a JSON array of strings ${ARGV_EXAMPLE}`);
        }
        if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string') || parsed.length === 0) {
            throw new Error(`${what}: must be a non-empty JSON array of strings ${ARGV_EXAMPLE}`);
        }
        return parsed;
    }
    return t.split(/\s+/);
}
/** A duration in seconds: "10", "10s", "1.5s", "500ms". Returns milliseconds. */
function parseDuration(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(t);
    if (!m)
        throw new Error(`${what}: "${t}" is not a duration such as 10s or 500ms`);
    return Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000));
}
/** A TCP port number. */
function parsePort(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    const n = Number(t);
    if (!/^\d+$/.test(t) || n < 1 || n > 65535)
        throw new Error(`${what}: "${t}" is not a port number (1-65535)`);
    return n;
}
/** An HTTP path for the smoke probe. */
function parseHttpPath(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    if (!t.startsWith('/'))
        throw new Error(`${what}: "${t}" must start with "/", e.g. /healthz`);
    return t;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
// The CLI front door: `shipshape check` runs the same pipeline as the action on a local
// Dockerfile and context; `shipshape lint` lints only. Modules are imported lazily so `lint`
// does not pay for the build/measure/verify code at start-up.






const USAGE = `shipshape ${version/* VERSION */.x}: keep container images in good order

Usage:
  shipshape check [options]            lint, build, measure and run the image; print the report
  shipshape lint <files|globs…> [opts] lint Dockerfiles only (see \`shipshape lint --help\`)

check options:
  -f, --file PATH            Dockerfile (default: Dockerfile), inside the working directory
  -c, --context DIR          build context (default: .), inside the working directory
      --allow-outside-workspace
                             let --file and --context lead outside the working directory
      --target STAGE         build stage to stop at
      --build-arg K=V        build argument (repeatable)
  -t, --tag REF              image tag (repeatable)
      --platform P           target platform (repeatable)
      --cache-from SPEC      cache source (repeatable)
      --cache-to SPEC        cache export (repeatable; default type=inline)
      --push                 push the image after building
      --pull                 always pull a newer base image
      --no-cache             build without cache
      --max-size V           budget, e.g. 200MB or warn=150MB,fail=200MB
      --max-compressed-size V
      --max-layers V
      --max-waste V          bytes or % of own bytes
      --max-size-increase V  growth over the baseline: bytes or %, e.g. warn=5%,fail=10%
      --max-layers-increase V
      --no-regression MODE   fail|warn|false: any key figure growing over the baseline
      --baseline MODE        auto|report|image|rebuild|none (default: auto)
      --baseline-report PATH the base branch's report (file or directory)
      --baseline-image REF   the base branch's image in a registry
      --baseline-ref REF     base commit or branch (for rebuild and the base's lint findings)
      --user USER            run the image as this user
      --run-command ARGS     arguments replacing CMD for the runtime check (JSON array or words)
      --smoke-path PATH      HTTP path to probe while the container runs, e.g. /healthz
      --smoke-port PORT      container port to probe (default: first EXPOSEd)
      --smoke-timeout DUR    how long the app may take to answer (default: 10s)
      --smoke-command ARGS   command run inside with docker exec; must exit 0
      --hardening            also try --read-only, --cap-drop ALL, no-new-privileges
      --allow-root           do not fail when the image runs as root
      --fail-on-crash        fail when the app exits non-zero or never starts (default: warn)
      --size-problems LEVEL  warn|fail|none: what junk and reclaimable waste weigh (default: warn)
      --config FILE          project configuration (default: .shipshape.yml when present)
      --lint-fail-on SEV     error|warning|info|style|none (default: error)
      --no-shellcheck        do not run ShellCheck on RUN scripts
      --no-compressed-size   do not compute the compressed size of an image that was not pushed
      --report-file PATH     write the JSON report here
      --sarif-file PATH      write lint, runtime and size findings as SARIF 2.1.0 here
      --format FMT           text (default; coloured on a terminal unless NO_COLOR is set),
                             markdown (the comment's) or json (the report)
  -h, --help                 this help
  -v, --version              the version

Exit status: 0 pass or warn, 1 fail, 2 a usage error (a bad flag, a path outside the working
directory, a file that is not a Dockerfile).
`;
/** Check flags whose name differs from the action.yml input they set. */
const FLAG_FOR = {
    'build-args': 'build-arg',
    tags: 'tag',
    platforms: 'platform',
    'require-non-root': 'allow-root',
    shellcheck: 'no-shellcheck',
    'compute-compressed-size': 'no-compressed-size',
};
/** The check command's flags as an option source keyed by action.yml's names. */
function flagSource(values) {
    const flag = (name) => FLAG_FOR[name] ?? name;
    return {
        text(name) {
            const value = values[flag(name)];
            // The negative flags (--allow-root, --no-shellcheck, --no-compressed-size) turn a default off.
            if (FLAG_FOR[name]?.startsWith('allow-') || FLAG_FOR[name]?.startsWith('no-'))
                return value ? 'false' : '';
            if (typeof value === 'boolean')
                return value ? 'true' : '';
            return typeof value === 'string' ? value : '';
        },
        items(name) {
            const value = values[flag(name)];
            return Array.isArray(value) ? value : undefined;
        },
        label: (name) => `--${flag(name)}`,
    };
}
const FORMATS = ['text', 'markdown', 'json'];
async function render(report, format, out) {
    if (format === 'json')
        return JSON.stringify(report, null, 2) + '\n';
    if (format === 'markdown')
        return (await __nccwpck_require__.e(/* import() */ 838).then(__nccwpck_require__.bind(__nccwpck_require__, 5838))).renderMarkdown(report);
    return (await __nccwpck_require__.e(/* import() */ 655).then(__nccwpck_require__.bind(__nccwpck_require__, 5655))).renderText(report, { color: useColor(out) });
}
/** Colours only on a terminal, and never when NO_COLOR is set (no-color.org). */
function useColor(out, env = process.env) {
    return Boolean(out.isTTY) && !env.NO_COLOR;
}
/** `check`'s flags read through the one options reader; throws a UsageError on a bad one. */
function readCheckFlags(argv) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: false,
        options: {
            file: { type: 'string', short: 'f' },
            context: { type: 'string', short: 'c' },
            target: { type: 'string' },
            'build-arg': { type: 'string', multiple: true, default: [] },
            tag: { type: 'string', short: 't', multiple: true, default: [] },
            platform: { type: 'string', multiple: true, default: [] },
            'cache-from': { type: 'string', multiple: true, default: [] },
            'cache-to': { type: 'string', multiple: true, default: [] },
            push: { type: 'boolean', default: false },
            pull: { type: 'boolean', default: false },
            'no-cache': { type: 'boolean', default: false },
            'max-size': { type: 'string' },
            'max-compressed-size': { type: 'string' },
            'max-layers': { type: 'string' },
            'max-waste': { type: 'string' },
            'max-size-increase': { type: 'string' },
            'max-layers-increase': { type: 'string' },
            'no-regression': { type: 'string' },
            baseline: { type: 'string' },
            'baseline-report': { type: 'string' },
            'baseline-image': { type: 'string' },
            'baseline-ref': { type: 'string' },
            user: { type: 'string' },
            'run-command': { type: 'string' },
            'smoke-path': { type: 'string' },
            'smoke-port': { type: 'string' },
            'smoke-timeout': { type: 'string' },
            'smoke-command': { type: 'string' },
            hardening: { type: 'boolean', default: false },
            'allow-root': { type: 'boolean', default: false },
            'fail-on-crash': { type: 'boolean', default: false },
            'size-problems': { type: 'string' },
            'allow-outside-workspace': { type: 'boolean', default: false },
            config: { type: 'string' },
            'lint-fail-on': { type: 'string' },
            'no-shellcheck': { type: 'boolean', default: false },
            'no-compressed-size': { type: 'boolean', default: false },
            'report-file': { type: 'string' },
            'sarif-file': { type: 'string' },
            format: { type: 'string', default: 'text' },
        },
    });
    if (!FORMATS.includes(values.format))
        throw new errors/* UsageError */.e(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
    const options = readOptions(flagSource(values));
    // The CLI always loads the image into the local engine: it is measured and run there.
    return {
        options: { ...options, build: { ...options.build, load: true } },
        format: values.format,
    };
}
async function check(argv, io) {
    const { options, format } = readCheckFlags(argv);
    const build = options.build;
    const [{ runPipeline }, { installCancellation, RunCancelled }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(118), __nccwpck_require__.e(552), __nccwpck_require__.e(833), __nccwpck_require__.e(41), __nccwpck_require__.e(251)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8251)),
        Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(833)]).then(__nccwpck_require__.bind(__nccwpck_require__, 833)),
    ]);
    const cancellation = installCancellation(130);
    try {
        const { report, dockerfile } = await runPipeline({
            cwd: io.cwd,
            paths: {
                allowOutside: options.allowOutsideWorkspace,
                label: (name) => `--${name}`,
                rootName: 'working directory',
            },
            build,
            budgets: options.budgets,
            policy: options.policy,
            runtime: options.runtime,
            configFile: options.configFile,
            shellcheck: options.shellcheck,
            computeCompressedSize: options.computeCompressedSize,
            signal: cancellation.signal,
            baseline: options.baseline,
            changeBudgets: options.changeBudgets,
        }, (0,log/* consoleLogger */.kS)(io.stderr));
        const files = await Promise.all(/* import() */[__nccwpck_require__.e(552), __nccwpck_require__.e(411), __nccwpck_require__.e(53)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1196));
        if (options.reportFile)
            await files.writeReportFile(report, (0,external_node_path_.resolve)(io.cwd, options.reportFile));
        if (options.sarifFile)
            await files.writeSarifFile(report, (0,external_node_path_.resolve)(io.cwd, options.sarifFile), io.cwd, dockerfile);
        io.stdout.write(await render(report, format, io.stdout));
        return report.status === 'fail' ? 1 : 0;
    }
    catch (e) {
        if (!(e instanceof RunCancelled) && !cancellation.received())
            throw e;
        await cancellation.cleanedUp();
        const stage = e instanceof RunCancelled ? e.stage : 'report';
        io.stderr.write(`shipshape: cancelled (${cancellation.received() ?? 'signal'}) during the ${stage} stage\n`);
        return 130;
    }
    finally {
        cancellation.dispose();
    }
}
async function cli(argv, io) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'check':
                if (rest.includes('-h') || rest.includes('--help'))
                    break;
                return await check(rest, io);
            case 'lint': {
                const { lintCommand } = await __nccwpck_require__.e(/* import() */ 365).then(__nccwpck_require__.bind(__nccwpck_require__, 1365));
                return await lintCommand(rest, io);
            }
            case '-v':
            case '--version':
                io.stdout.write(`${version/* VERSION */.x}\n`);
                return 0;
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                break;
            default:
                io.stderr.write(`shipshape: unknown command "${command}"\n\n${USAGE}`);
                return 2;
        }
        io.stdout.write(USAGE);
        return 0;
    }
    catch (e) {
        const err = e;
        // A bad flag or path is a usage error (exit 2, as hadolint and most CLIs); so is a file
        // that is not a Dockerfile, which the pipeline finds when it reads it.
        if (e instanceof errors/* UsageError */.e || err.name === 'UsageError' || err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr.write(`shipshape: ${err.message}\n`);
            return 2;
        }
        io.stderr.write(`shipshape: ${err.message}\n`);
        if (process.env.SHIPSHAPE_DEBUG)
            io.stderr.write(`${err.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 2314:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ BASE_IMAGE_ROW),
/* harmony export */   h: () => (/* binding */ BASELINE_MODES)
/* harmony export */ });
const BASELINE_MODES = ['auto', 'report', 'image', 'rebuild', 'none'];
/** The instruction of the base image's layers, counted as one row. */
const BASE_IMAGE_ROW = '(base image)';


/***/ }),

/***/ 220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ layerName),
/* harmony export */   Ox: () => (/* binding */ instructionKey),
/* harmony export */   _D: () => (/* binding */ readableCreatedBy),
/* harmony export */   kx: () => (/* binding */ normaliseInstructionText),
/* harmony export */   n3: () => (/* binding */ layerKey)
/* harmony export */ });
/* unused harmony export createdByKey */
const BUILDKIT_SUFFIX = /\s+# buildkit$/;
const CLASSIC_NOP = /^\/bin\/sh -c #\(nop\)\s+/;
/** The shell prefix `RUN` has without a SHELL instruction. */
const DEFAULT_SHELL_PREFIX = '/bin/sh -c ';
/** Whitespace is not meaning; the keyword's case is not either. */
function normaliseInstructionText(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    const m = /^(\S+)(.*)$/.exec(one);
    return m ? `${m[1].toUpperCase()}${m[2]}` : one;
}
/** Drops BuildKit's "|N K=V …" prefix of N build-arg pairs from the text after `RUN `. */
function withoutBuildArgs(rest) {
    const m = /^\|(\d+)\s+/.exec(rest);
    if (!m)
        return rest;
    let tail = rest.slice(m[0].length);
    for (let i = 0; i < Number(m[1]); i++) {
        const pair = /^\S+=\S*\s*/.exec(tail);
        if (!pair)
            break;
        tail = tail.slice(pair[0].length);
    }
    return tail;
}
/** The history's `created_by` as a key: the instruction in BuildKit's spelling, whitespace collapsed. */
function createdByKey(createdBy) {
    let text = createdBy.trim().replace(BUILDKIT_SUFFIX, '');
    if (CLASSIC_NOP.test(text))
        text = text.replace(CLASSIC_NOP, '');
    // The classic builder writes RUN as the shell command alone (a path, or the "|N" args first).
    else if (/^[/|]/.test(text))
        text = `RUN ${text}`;
    const run = /^RUN\s+(.*)$/is.exec(text);
    if (run)
        text = `RUN ${withoutBuildArgs(run[1])}`;
    return normaliseInstructionText(text);
}
/** The classic builder's created_by starts with the shell ("/bin/sh -c …") or "|N" build args. */
function isClassicBuilder(createdBy) {
    return /^[/|]/.test(createdBy.trim());
}
/**
 * The key of a layer: BuildKit's history says what made it, whatever Dockerfile it was aligned
 * to (an image built from another version of the file still matches by what it really ran); the
 * classic builder's does not name COPY/ADD sources, so the aligned instruction's key stands in.
 */
function layerKey(createdBy, alignedKey) {
    if (createdBy && !isClassicBuilder(createdBy))
        return createdByKey(createdBy);
    return alignedKey ?? (createdBy ? createdByKey(createdBy) : null);
}
/** What a reader recognises of a `created_by`: the key without the default shell's wrapping. */
function readableCreatedBy(createdBy) {
    const key = createdByKey(createdBy);
    return key.startsWith(`RUN ${DEFAULT_SHELL_PREFIX}`)
        ? `RUN ${key.slice(4 + DEFAULT_SHELL_PREFIX.length)}`
        : key;
}
const WHOLE_HEREDOC = /^<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1$/;
function runScript(ins) {
    const args = ins.args.trim();
    if (ins.heredocs.length === 1 && WHOLE_HEREDOC.test(args))
        return ins.heredocs[0].body;
    return [args, ...ins.heredocs.map((h) => `${h.body}\n${h.name}`)].join('\n');
}
/**
 * The key of the history entry BuildKit writes for this instruction. `expand` substitutes the
 * variables BuildKit expands (COPY, ADD and WORKDIR arguments) with the values this build used.
 */
function instructionKey(ins, expand = (text) => ins.expand(text)) {
    switch (ins.keyword) {
        case 'RUN': {
            const command = ins.form === 'json' ? (ins.json ?? []).join(' ') : `${ins.shell.join(' ')} ${runScript(ins)}`;
            return normaliseInstructionText(`RUN ${command}`);
        }
        case 'COPY':
        case 'ADD': {
            const flags = ['chown', 'chmod']
                .map((name) => [name, ins.flag(name)])
                .filter(([, value]) => value != null)
                .map(([name, value]) => `--${name}=${expand(value)}`);
            const paths = ins.form === 'json' ? (ins.json ?? []).join(' ') : ins.args;
            return normaliseInstructionText([ins.keyword, ...flags, expand(paths)].join(' '));
        }
        case 'WORKDIR':
            return normaliseInstructionText(`WORKDIR ${expand(ins.args)}`);
        default:
            return normaliseInstructionText(`${ins.keyword} ${ins.args}`);
    }
}
/** A layer as a reader should see it named: the Dockerfile's words, the history's, else its position. */
function layerName(layer) {
    if (layer.instruction)
        return normaliseInstructionText(layer.instruction);
    const readable = layer.createdBy ? readableCreatedBy(layer.createdBy) : '';
    return layer.line === null || !readable
        ? `layer ${layer.position}${readable ? `: ${readable}` : ''}`
        : readable;
}


/***/ }),

/***/ 4011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   L0: () => (/* binding */ joinContinuations),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   eR: () => (/* binding */ isInstructionKeyword),
/* harmony export */   i7: () => (/* binding */ expandVariables)
/* harmony export */ });
/* unused harmony export shellKindOf */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8390);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2208);
// The parsed file model every rule sees. dockerfile-ast finds the instructions, their ranges,
// flags, properties and heredocs; this module turns that into plain, immutable-looking objects
// with the details rules keep needing (continuations joined the way BuildKit joins them, JSON vs
// shell form, stages with parsed base images, variables in scope) so no rule re-parses text.


const KNOWN_KEYWORDS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
const PARSER_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** A Dockerfile instruction keyword (upper-cased), as BuildKit knows them. */
function isInstructionKeyword(keyword) {
    return KNOWN_KEYWORDS.has(keyword);
}
const SHELL_FORM_SCRIPT_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];
const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);
const exeOf = (word) => ((word ?? '').split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();
function shellKindOf(shell) {
    let exe = exeOf(shell[0]);
    // `SHELL ["/usr/bin/env", "bash", "-c"]` runs bash.
    if (exe === 'env') {
        let i = 1;
        while (i < shell.length && (shell[i].startsWith('-') || shell[i].includes('=')))
            i++;
        exe = exeOf(shell[i]);
    }
    return POSIX_SHELLS.has(exe) ? 'posix' : 'other';
}
/** `# hadolint shell=<shell>` lines (1-based), the shell split into words. */
function shellPragmas(lines) {
    const out = [];
    lines.forEach((text, i) => {
        const m = /^\s*#\s*hadolint\s+shell\s*=\s*(\S.*)$/.exec(text);
        // `# hadolint shell=bash  # why` ends at the comment, as in hadolint.
        const shell = m?.[1].replace(/\s+#.*$/, '').trim();
        if (shell)
            out.push({ line: i + 1, shell: shell.split(/\s+/) });
    });
    return out;
}
/**
 * Parses a Dockerfile. Never throws on odd input: what BuildKit would reject (a FROM without an
 * image among it) is listed in `problems`, with its line, and the rest is modelled as written.
 */
function parseDockerfile(text) {
    const ast = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const lines = text.split(/\r?\n/);
    const escape = ast.getEscapeCharacter();
    const directives = {};
    for (const d of ast.getDirectives()) {
        const name = d.getName()?.toLowerCase();
        // dockerfile-ast also takes `# hadolint ignore=…` on line 1 for a directive; BuildKit knows only these.
        if (name && PARSER_DIRECTIVES.has(name))
            directives[name] = d.getValue() ?? '';
    }
    const builder = new ModelBuilder(text, lines, escape, ast);
    const model = builder.build();
    model.directives = directives;
    model.comments = commentLines(lines, model.instructions);
    return model;
}
class ModelBuilder {
    text;
    lines;
    escape;
    ast;
    instructions = [];
    stages = [];
    globalArgs = [];
    globalVars = new Map();
    problems = [];
    /** Expanded ENV values per stage, for stages built on it. */
    stageEnv = new Map();
    constructor(text, lines, escape, ast) {
        this.text = text;
        this.lines = lines;
        this.escape = escape;
        this.ast = ast;
    }
    build() {
        const astInstructions = this.ast.getInstructions();
        let stage = null;
        // `# hadolint shell=…` before the first FROM sets every stage's shell; later, the rest of its stage.
        let defaultShell = DEFAULT_SHELL;
        let shell = DEFAULT_SHELL;
        const pragmas = shellPragmas(this.lines);
        let nextPragma = 0;
        const stageShell = new Map();
        let vars = this.globalVars;
        const fromCount = astInstructions.filter((i) => i.getKeyword() === 'FROM').length;
        let sawNonInstruction = false;
        astInstructions.forEach((node, index) => {
            const keyword = node.getKeyword();
            for (; nextPragma < pragmas.length && pragmas[nextPragma].line < lineOf(node); nextPragma++) {
                if (stage === null)
                    defaultShell = pragmas[nextPragma].shell;
                shell = pragmas[nextPragma].shell;
            }
            if (keyword === 'FROM') {
                shell = defaultShell;
                vars = new Map();
            }
            else if (stage === null && keyword !== 'ARG' && KNOWN_KEYWORDS.has(keyword)) {
                this.problems.push({
                    message: `${keyword} before the first FROM (only ARG may come first)`,
                    line: lineOf(node),
                });
            }
            if (!KNOWN_KEYWORDS.has(keyword)) {
                // One clear error for a line that is no instruction at all (a stray word, a pasted
                // fragment), not three: no "before the first FROM" and no "no FROM" on top of it.
                const line = lineOf(node);
                const text = (this.lines[line - 1] ?? '').trim();
                const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
                this.problems.push({ message: `line ${line} is not a Dockerfile instruction: "${shown}"`, line });
                sawNonInstruction = true;
            }
            const ins = this.makeInstruction(node, index, stage, shell, vars);
            const missing = missingArguments(ins);
            if (missing)
                this.problems.push({ message: missing, line: ins.line });
            if (keyword === 'FROM') {
                stage = this.makeStage(ins, node, fromCount);
                ins.stage = stage;
                const parent = stage.from.parentStage;
                // SHELL is image config: a stage built on an earlier one runs that stage's last SHELL.
                if (parent)
                    shell = stageShell.get(parent) ?? shell;
                if (parent) {
                    // An image built on an earlier stage carries that stage's ENV; ARGs do not carry over.
                    const inherited = new Map(this.stageEnv.get(parent) ?? []);
                    this.stageEnv.set(stage, inherited);
                    for (const [k, v] of inherited)
                        vars.set(k, v);
                    this.snapshots.delete(vars);
                }
            }
            this.instructions.push(ins);
            if (stage)
                stage.instructions.push(ins);
            else
                this.globalArgs.push(ins);
            this.applyScope(ins, stage === null ? this.globalVars : vars);
            if (keyword === 'SHELL' && ins.json && ins.json.length > 0)
                shell = ins.json;
            if (stage)
                stageShell.set(stage, shell);
        });
        if (this.stages.length === 0 && !sawNonInstruction) {
            const line = this.instructions[0]?.line ?? 1;
            this.problems.push({ message: 'no FROM instruction: this is not a Dockerfile', line });
        }
        return {
            text: this.text,
            lines: this.lines,
            escape: this.escape,
            directives: {},
            instructions: this.instructions,
            globalArgs: this.globalArgs,
            stages: this.stages,
            comments: [],
            problems: this.problems,
        };
    }
    snapshots = new WeakMap();
    snapshotOf(scope) {
        let snap = this.snapshots.get(scope);
        if (!snap)
            this.snapshots.set(scope, (snap = new Map(scope)));
        return snap;
    }
    applyScope(ins, scope) {
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
            this.snapshots.delete(scope);
        if (ins.keyword === 'ARG') {
            for (const p of ins.pairs) {
                if (p.value !== null)
                    scope.set(p.key, ins.expand(p.value));
                else if (scope !== this.globalVars && this.globalVars.has(p.key))
                    scope.set(p.key, this.globalVars.get(p.key) ?? null);
                else if (!scope.has(p.key))
                    scope.set(p.key, null);
            }
        }
        else if (ins.keyword === 'ENV') {
            for (const p of ins.pairs) {
                const value = p.value === null ? null : ins.expand(p.value);
                scope.set(p.key, value);
                if (ins.stage) {
                    if (!this.stageEnv.has(ins.stage))
                        this.stageEnv.set(ins.stage, new Map());
                    this.stageEnv.get(ins.stage).set(p.key, value);
                }
            }
        }
    }
    makeStage(fromIns, node, fromCount) {
        const parts = splitWords(fromIns.args);
        const imageText = parts[0] ?? '';
        const asIndex = parts.findIndex((p) => p.toLowerCase() === 'as');
        const alias = asIndex >= 0 ? (parts[asIndex + 1] ?? null) : null;
        const lower = imageText.toLowerCase();
        const parentStage = this.stages.find((s) => s.alias !== null && s.alias.toLowerCase() === lower) ?? null;
        const hasVariables = imageText.includes('$');
        const expanded = hasVariables ? expandVariables(imageText, this.globalVars) : null;
        const image = parseImageRef(imageText);
        const from = {
            ...image,
            platform: fromIns.flag('platform') ?? null,
            resolved: expanded !== null ? parseImageRef(expanded) : null,
            hasVariables,
            isScratch: lower === 'scratch',
            parentStage,
        };
        void node;
        const stage = {
            index: this.stages.length,
            alias,
            from,
            fromInstruction: fromIns,
            instructions: [],
            isFinal: this.stages.length === fromCount - 1,
        };
        this.stages.push(stage);
        return stage;
    }
    makeInstruction(node, index, stage, shell, scope) {
        const keyword = node.getKeyword();
        const range = node.getRange();
        // Each dockerfile-ast accessor re-parses the arguments; skip the ones the source rules out.
        const source = this.lines.slice(range.start.line, range.end.line + 1).join('\n');
        const heredocs = source.includes('<<') ? this.heredocsOf(node) : [];
        // dockerfile-ast re-parses the arguments on every range call: read them once.
        const located = this.locatedArgs(node, heredocs.length > 0 ? heredocs[0].line - 1 : null);
        const args = located.text.trim();
        const json = JSON_CAPABLE.has(keyword) ? parseJsonForm(args) : null;
        const flags = source.includes('--') ? flagsOf(node) : [];
        const pairs = pairsOf(node);
        // Snapshot: later ARG/ENV must not change what an earlier instruction saw. Shared between
        // instructions until an ARG/ENV changes the scope (most instructions change nothing).
        const vars = this.snapshotOf(scope);
        const shellKind = shellKindOf(shell);
        let scriptCache;
        const ins = {
            keyword,
            args,
            line: range.start.line + 1,
            endLine: range.end.line + 1,
            column: range.start.character + 1,
            form: json ? 'json' : 'shell',
            json,
            flags,
            pairs,
            heredocs,
            onbuild: null,
            trigger: null,
            stage,
            index,
            shell,
            shellKind,
            vars,
            flag: (name) => {
                const f = flags.find((x) => x.name === name);
                return f ? f.value : undefined;
            },
            expand: (text) => expandVariables(text, vars),
            script: () => {
                if (scriptCache === undefined)
                    scriptCache = this.scriptOf(ins, located);
                return scriptCache;
            },
        };
        if (keyword === 'ONBUILD') {
            const triggerNode = node.getTriggerInstruction();
            if (triggerNode) {
                const trigger = this.makeInstruction(triggerNode, index, stage, shell, scope);
                trigger.onbuild = ins;
                ins.trigger = trigger;
            }
        }
        return ins;
    }
    scriptOf(ins, located) {
        if (!SHELL_FORM_SCRIPT_KEYWORDS.has(ins.keyword) || ins.shellKind !== 'posix')
            return null;
        if (ins.json) {
            if (ins.keyword !== 'RUN')
                return null;
            return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShellScript */ .N)(ins.json.join(' '), () => ins.line);
        }
        if (ins.keyword === 'RUN' && ins.heredocs.length > 0 && /^<<-?\s*["']?\w/.test(ins.args.trim())) {
            const first = ins.heredocs[0];
            return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShellScript */ .N)(first.body, (offset) => first.line + countNewlines(first.body, offset));
        }
        return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShellScript */ .N)(located.text, (offset) => located.lineAt(offset));
    }
    heredocsOf(node) {
        const getter = node.getHeredocs;
        if (typeof getter !== 'function')
            return [];
        const out = [];
        for (const h of getter.call(node)) {
            const content = h.getContentRange();
            if (!content) {
                out.push({ name: h.getName(), body: '', line: h.getStartRange().start.line + 2 });
                continue;
            }
            const bodyLines = this.lines.slice(content.start.line, content.end.line + 1);
            if (bodyLines.length > 0) {
                bodyLines[bodyLines.length - 1] = bodyLines[bodyLines.length - 1].slice(0, content.end.character);
                bodyLines[0] = bodyLines[0].slice(content.start.character);
            }
            out.push({ name: h.getName(), body: bodyLines.join('\n'), line: content.start.line + 1 });
        }
        return out;
    }
    /** The argument text with its source line per character (for shell command lines). */
    locatedArgs(node, stopBeforeLine = null) {
        const argsRange = node.getArgumentsRange();
        const range = node.getRange();
        if (!argsRange)
            return { text: '', lineAt: () => range.start.line + 1 };
        const lastLine = stopBeforeLine !== null ? Math.min(range.end.line, stopBeforeLine - 1) : range.end.line;
        return joinContinuations(this.lines, this.escape, argsRange.start.line, argsRange.start.character, lastLine);
    }
}
/**
 * Joins an instruction's lines the way BuildKit does: an escape character at the end of a line
 * (trailing whitespace allowed) removes itself and the newline; inside a continuation, lines that
 * are empty or start with `#` are dropped.
 */
function joinContinuations(lines, escape, startLine, startCharacter, lastLine) {
    let text = '';
    const lineStarts = [];
    let continuing = false;
    for (let l = startLine; l <= lastLine && l < lines.length; l++) {
        let content = lines[l];
        if (l === startLine)
            content = content.slice(startCharacter);
        else if (continuing && (content.trim() === '' || content.trimStart().startsWith('#')))
            continue;
        const trimmedEnd = content.replace(/\s+$/, '');
        continuing = trimmedEnd.endsWith(escape) && !trimmedEnd.endsWith(escape + escape);
        lineStarts.push({ offset: text.length, line: l + 1 });
        if (continuing) {
            text += trimmedEnd.slice(0, -escape.length);
        }
        else {
            text += content;
            break;
        }
    }
    return {
        text,
        lineAt(offset) {
            let line = lineStarts[0]?.line ?? startLine + 1;
            for (const s of lineStarts) {
                if (s.offset <= offset)
                    line = s.line;
                else
                    break;
            }
            return line;
        },
    };
}
/** Every `#` line outside heredoc bodies (directives included: pragmas may sit on line 1). */
function commentLines(lines, instructions) {
    const inBody = new Set();
    for (const ins of instructions) {
        for (const h of [...ins.heredocs, ...(ins.trigger?.heredocs ?? [])]) {
            for (let l = h.line; l <= ins.endLine; l++)
                inBody.add(l);
        }
    }
    const out = [];
    lines.forEach((raw, i) => {
        const t = raw.trimStart();
        if (t.startsWith('#') && !inBody.has(i + 1))
            out.push({ line: i + 1, text: t.slice(1).trim() });
    });
    return out;
}
/**
 * Instructions BuildKit refuses to parse without an argument (CMD, ENTRYPOINT and RUN may be
 * empty).
 */
const NEEDS_ARGUMENT = new Set([
    'WORKDIR',
    'USER',
    'ENV',
    'ARG',
    'LABEL',
    'EXPOSE',
    'VOLUME',
    'STOPSIGNAL',
    'SHELL',
    'ONBUILD',
    'MAINTAINER',
    'HEALTHCHECK',
]);
/** Why the build would refuse this instruction's arguments, or null. */
function missingArguments(ins) {
    if (ins.heredocs.length > 0)
        return null;
    if (ins.keyword === 'FROM')
        return ins.args === '' ? 'FROM without an image' : null;
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
        return words.length < 2 ? `${ins.keyword} needs at least a source and a destination` : null;
    }
    return NEEDS_ARGUMENT.has(ins.keyword) && ins.args === '' ? `${ins.keyword} needs an argument` : null;
}
function lineOf(node) {
    return node.getRange().start.line + 1;
}
function countNewlines(text, upTo) {
    let n = 0;
    for (let i = 0; i < upTo && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}
function flagsOf(node) {
    const getter = node
        .getFlags;
    if (typeof getter !== 'function')
        return [];
    return getter.call(node).map((f) => ({ name: f.getName(), value: f.getValue() }));
}
function pairsOf(node) {
    const getter = node.getProperties;
    if (typeof getter !== 'function')
        return [];
    return getter.call(node).map((p) => ({ key: p.getName(), value: p.getValue() }));
}
function parseJsonForm(args) {
    const t = args.trim();
    if (!t.startsWith('[') || !t.endsWith(']'))
        return null;
    try {
        const parsed = JSON.parse(t);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            return parsed;
    }
    catch {
        // Docker runs unparsable "JSON" in shell form, so do we.
    }
    return null;
}
function splitWords(text) {
    return text.split(/\s+/).filter((w) => w !== '');
}
/** Splits `registry/name:tag@digest` the way Docker reads a reference. */
function parseImageRef(text) {
    let rest = text;
    let digest = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let registry = null;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            rest = rest.slice(slash + 1);
        }
    }
    let tag = null;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && !rest.slice(colon).includes('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { text, registry, name: rest, tag, digest };
}
/** Shell-style parameter expansion against known values; unknown variables stay as written. */
function expandVariables(text, vars) {
    return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, braced, op, word, bare) => {
        const name = braced ?? bare ?? '';
        const known = vars.has(name);
        const value = vars.get(name);
        const set = known && value !== null && value !== undefined;
        const nonEmpty = set && value !== '';
        if (op === ':-')
            return nonEmpty ? value : (word ?? '');
        if (op === '-')
            return set ? value : (word ?? '');
        if (op === ':+')
            return nonEmpty ? (word ?? '') : '';
        if (op === '+')
            return set ? (word ?? '') : '';
        return set ? value : whole;
    });
}


/***/ }),

/***/ 2208:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseShellScript),
/* harmony export */   c: () => (/* binding */ makeCommand)
/* harmony export */ });
// Finds the simple commands of a POSIX shell script (a RUN line) with their argv and Dockerfile
// line. Hand-written rather than sh-syntax/mvdan-sh (WASM) or tree-sitter-bash: rules only need
// command names, words with quotes removed, pipes and the operators between commands, and a cold
// `shipshape lint` of one file must stay under 150 ms; a WASM parser costs tens of milliseconds
// to instantiate before the first RUN is read. What it understands: quotes, backslashes,
// `$(…)`/backticks (commands inside are found too), `${…}`, `$((…))`, `&&`, `||`, `;`, `|`, `&`,
// subshells and groups, `if/while/until/for/case` keywords, redirections (their targets are not
// arguments), heredocs inside the script, comments, assignments before a command, and the
// wrappers `sudo …`, `env X=1 …`, `sh -c '…'`, `exec …`, `busybox …`, `command …`, `builtin …`
// (the inner command is reported, the wrapper kept in `wrappers`).
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);
const BLANK = new Set([' ', '\t', '\r']);
const RESERVED_START = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const RESERVED_END = new Set(['fi', 'done', '}', 'esac']);
/** Parses a script; `lineOf` maps an offset in `text` to its Dockerfile line. Never throws. */
function parseShellScript(text, lineOf) {
    const lexer = new Lexer(text);
    const raw = lexer.commands();
    const commands = [];
    for (const rc of raw)
        collect(rc, lineOf, [], commands, 0);
    return { text, commands, hasPipes: lexer.sawPipe };
}
function collect(rc, lineOf, wrappers, out, depth) {
    const line = rc.words.length > 0 ? lineOf(rc.words[0].start) : lineOf(0);
    // Commands inside substitutions run before the command that uses them.
    for (const w of rc.words)
        for (const n of w.nested)
            collect(n, () => lineOf(w.start), wrappers, out, depth);
    const env = {};
    let words = rc.words;
    let i = 0;
    while (i < words.length && isAssignment(words[i])) {
        const [k, ...v] = words[i].value.split('=');
        env[k] = v.join('=');
        i++;
    }
    words = words.slice(i);
    if (words.length === 0)
        return;
    const wrapped = [...wrappers];
    const unwrappedFrom = words;
    for (;;) {
        const name = words[0]?.value;
        if (name === 'sudo') {
            wrapped.push('sudo');
            words = skipOptions(words.slice(1), new Set(['u', 'g', 'h', 'C', 'D', 'p', 'r', 't', 'U', 'T', 'R']));
        }
        else if (name === 'env') {
            wrapped.push('env');
            words = skipOptions(words.slice(1), new Set(['u', 'C', 'S', 'unset', 'chdir']));
            while (words.length > 0 && isAssignment(words[0])) {
                const [k, ...v] = words[0].value.split('=');
                env[k] = v.join('=');
                words = words.slice(1);
            }
        }
        else if ((name === 'busybox' || name === 'builtin' || name === 'command') &&
            words[1] !== undefined &&
            !words[1].value.startsWith('-')) {
            // As ShellCheck (and so hadolint) names the command: `busybox wget …` runs wget.
            wrapped.push(name);
            words = words.slice(1);
        }
        else if (name === 'exec') {
            // `exec app` replaces the shell with app; ShellCheck skips exec's -c, -l and -a NAME.
            wrapped.push('exec');
            words = skipOptions(words.slice(1), new Set(['a']));
        }
        else if (name !== undefined && depth < 4 && isShellName(name)) {
            const cIndex = words.findIndex((w, k) => k > 0 && /^-[a-z]*c[a-z]*$/.test(w.value));
            const script = cIndex > 0 ? words[cIndex + 1] : undefined;
            if (!script)
                break;
            const inner = parseShellScript(script.value, () => lineOf(script.start));
            for (const c of inner.commands) {
                const merged = makeCommand(c.argv, { ...env, ...c.env }, [...wrapped, `${name} -c`, ...c.wrappers], c.line, c.inPipeline || rc.inPipeline);
                out.push(merged);
            }
            return;
        }
        else
            break;
        if (words.length === 0) {
            // `sudo -v`, a bare `env`: the wrapper is the command.
            out.push(makeCommand(unwrappedFrom.map((w) => w.value), env, wrappers, line, rc.inPipeline));
            return;
        }
    }
    out.push(makeCommand(words.map((w) => w.value), env, wrapped, line, rc.inPipeline));
}
function isShellName(name) {
    const base = name.split('/').pop() ?? name;
    return ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh'].includes(base);
}
function isAssignment(w) {
    return /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value) && !w.value.startsWith('=');
}
function skipOptions(words, withValue) {
    let i = 0;
    while (i < words.length) {
        const v = words[i].value;
        if (v === '--')
            return words.slice(i + 1);
        if (!v.startsWith('-') || v === '-')
            break;
        const name = v.replace(/^--?/, '').split('=')[0];
        const takesValue = v.startsWith('--')
            ? withValue.has(name) && !v.includes('=')
            : withValue.has(v.slice(-1));
        i += takesValue ? 2 : 1;
    }
    return words.slice(i);
}
function makeCommand(argv, env, wrappers, line, inPipeline) {
    const name = argv[0] ?? '';
    const args = argv.slice(1);
    const flags = [];
    args.forEach((a, argIndex) => {
        if (a === '-' || a === '--' || !a.startsWith('-'))
            return;
        if (a.startsWith('--'))
            flags.push({ name: a.slice(2).split('=')[0], argIndex });
        else
            for (const ch of a.slice(1))
                flags.push({ name: ch, argIndex });
    });
    return {
        name,
        args,
        argv: [name, ...args],
        flags,
        env,
        wrappers,
        line,
        inPipeline,
        hasFlag: (...names) => flags.some((f) => names.includes(f.name)),
        hasArg: (...values) => args.some((a) => values.includes(a)),
        // A tool run by path (`/usr/bin/apt-get`, `/venv/bin/pip`) is that tool.
        is: (expected, ...subcommands) => (name === expected || name.endsWith(`/${expected}`)) &&
            (subcommands.length === 0 || args.some((a) => subcommands.includes(a))),
        argsNoFlags: (withValue = []) => {
            const out = [];
            for (let k = 0; k < args.length; k++) {
                const a = args[k];
                if (a.startsWith('-') && a !== '-' && a !== '--') {
                    const flagName = a.startsWith('--') ? a.slice(2) : a.slice(-1);
                    if (!a.includes('=') && withValue.includes(flagName))
                        k++;
                    continue;
                }
                out.push(a);
            }
            return out;
        },
    };
}
class Lexer {
    src;
    i = 0;
    sawPipe = false;
    pendingHeredocs = [];
    constructor(src) {
        this.src = src;
    }
    commands() {
        const tokens = this.tokens();
        return buildCommands(tokens, (pipe) => {
            if (pipe)
                this.sawPipe = true;
        });
    }
    tokens() {
        const out = [];
        const s = this.src;
        while (this.i < s.length) {
            const c = s[this.i];
            if (BLANK.has(c)) {
                this.i++;
            }
            else if (c === '\\' && s[this.i + 1] === '\n') {
                this.i += 2;
            }
            else if (c === '\n') {
                out.push({ kind: 'op', op: '\n', start: this.i });
                this.i++;
                this.readHeredocBodies();
            }
            else if (c === '#') {
                while (this.i < s.length && s[this.i] !== '\n')
                    this.i++;
            }
            else if (OPERATOR_CHARS.has(c)) {
                out.push(this.operator());
            }
            else {
                const start = this.i;
                const word = this.word();
                // `2>&1`, `1>/dev/null`: a number glued to a redirection is its fd, not an argument.
                if (/^\d+$/.test(word.value) && !word.quoted && (s[this.i] === '>' || s[this.i] === '<')) {
                    out.push(this.operator());
                    continue;
                }
                out.push({ kind: 'word', word: { ...word, start } });
            }
        }
        return out;
    }
    operator() {
        const s = this.src;
        const start = this.i;
        for (const op of ['<<-', '&>>', '&&', '||', ';;', '>>', '<<', '<&', '>&', '<>', '>|', '&>', '|&']) {
            if (s.startsWith(op, this.i)) {
                this.i += op.length;
                if (op === '<<' || op === '<<-') {
                    this.skipBlanks();
                    const delim = this.word();
                    this.pendingHeredocs.push({ delimiter: delim.value, stripTabs: op === '<<-' });
                    return { kind: 'redir', op: 'heredoc', start };
                }
                if (['>>', '<&', '>&', '<>', '>|', '&>', '&>>'].includes(op))
                    return { kind: 'redir', op, start };
                return { kind: 'op', op: op === '|&' ? '|' : op, start };
            }
        }
        const c = s[this.i];
        this.i++;
        if (c === '<' || c === '>')
            return { kind: 'redir', op: c, start };
        return { kind: 'op', op: c, start };
    }
    skipBlanks() {
        while (this.i < this.src.length && BLANK.has(this.src[this.i]))
            this.i++;
    }
    readHeredocBodies() {
        const s = this.src;
        for (const h of this.pendingHeredocs) {
            while (this.i < s.length) {
                let end = s.indexOf('\n', this.i);
                if (end < 0)
                    end = s.length;
                const line = s.slice(this.i, end);
                this.i = Math.min(end + 1, s.length);
                if ((h.stripTabs ? line.replace(/^\t+/, '') : line) === h.delimiter)
                    break;
            }
        }
        this.pendingHeredocs = [];
    }
    /** Reads one word; quotes removed, `$…` kept as written, commands in substitutions collected. */
    word() {
        const s = this.src;
        let value = '';
        let quoted = false;
        const nested = [];
        while (this.i < s.length) {
            const c = s[this.i];
            if (BLANK.has(c) || c === '\n' || OPERATOR_CHARS.has(c))
                break;
            if (c === "'") {
                quoted = true;
                const end = s.indexOf("'", this.i + 1);
                const stop = end < 0 ? s.length : end;
                value += s.slice(this.i + 1, stop);
                this.i = stop + 1;
            }
            else if (c === '"') {
                quoted = true;
                this.i++;
                while (this.i < s.length && s[this.i] !== '"') {
                    const d = s[this.i];
                    if (d === '\\' && this.i + 1 < s.length) {
                        const next = s[this.i + 1];
                        if (next === '\n') {
                            this.i += 2;
                        }
                        else {
                            value += '$`"\\'.includes(next) ? next : d + next;
                            this.i += 2;
                        }
                    }
                    else if (d === '$' || d === '`') {
                        value += this.dollarOrBacktick(nested);
                    }
                    else {
                        value += d;
                        this.i++;
                    }
                }
                this.i++;
            }
            else if (c === '\\') {
                if (s[this.i + 1] === '\n')
                    this.i += 2;
                else {
                    value += s[this.i + 1] ?? '';
                    this.i += 2;
                }
            }
            else if (c === '$' || c === '`') {
                value += this.dollarOrBacktick(nested);
            }
            else {
                value += c;
                this.i++;
            }
        }
        return { value, nested, quoted };
    }
    /** Commands of a substitution; a pipe inside one is a pipe of the script (as ShellCheck sees it). */
    inner(text) {
        const lexer = new Lexer(text);
        const commands = lexer.commands();
        if (lexer.sawPipe)
            this.sawPipe = true;
        return commands;
    }
    /** At `$` or a backtick: returns the text as written and collects nested commands. */
    dollarOrBacktick(nested) {
        const s = this.src;
        const start = this.i;
        if (s[this.i] === '`') {
            let j = this.i + 1;
            while (j < s.length && s[j] !== '`')
                j += s[j] === '\\' ? 2 : 1;
            nested.push(...this.inner(s.slice(this.i + 1, j)));
            this.i = Math.min(j + 1, s.length);
            return s.slice(start, this.i);
        }
        if (s.startsWith('$((', this.i)) {
            this.i = matchClose(s, this.i + 1) + 1;
            return s.slice(start, this.i);
        }
        if (s.startsWith('$(', this.i)) {
            const close = matchClose(s, this.i + 1);
            nested.push(...this.inner(s.slice(this.i + 2, close)));
            this.i = close + 1;
            return s.slice(start, this.i);
        }
        if (s.startsWith('${', this.i)) {
            let depth = 0;
            let j = this.i + 1;
            for (; j < s.length; j++) {
                if (s[j] === '{')
                    depth++;
                else if (s[j] === '}' && --depth === 0)
                    break;
            }
            this.i = Math.min(j + 1, s.length);
            return s.slice(start, this.i);
        }
        this.i++;
        return '$';
    }
}
/** Index of the `)` that closes the `(` at `open`, skipping quotes; the end of text when unclosed. */
function matchClose(s, open) {
    let depth = 0;
    for (let j = open; j < s.length; j++) {
        const c = s[j];
        if (c === '\\')
            j++;
        else if (c === "'") {
            const e = s.indexOf("'", j + 1);
            j = e < 0 ? s.length : e;
        }
        else if (c === '"') {
            j++;
            while (j < s.length && s[j] !== '"')
                j += s[j] === '\\' ? 2 : 1;
        }
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return j;
    }
    return s.length;
}
function buildCommands(tokens, onPipe) {
    const out = [];
    let current = [];
    let pipeNext = false;
    let skipUntilSeparator = false; // after `for x in …` until `;`/newline/`do`
    let inCaseHeader = false; // `case WORD in`
    let expectPattern = false; // inside `case … in`, before a pattern's `)`
    const finish = (pipeAfter) => {
        if (current.length > 0) {
            out.push({ words: current, inPipeline: pipeNext || pipeAfter });
        }
        current = [];
        pipeNext = pipeAfter;
    };
    for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.kind === 'op') {
            if (expectPattern) {
                if (t.op === ')')
                    expectPattern = false;
                continue;
            }
            if (t.op === '(' &&
                current.length === 1 &&
                tokens[k + 1]?.kind === 'op' &&
                tokens[k + 1].op === ')') {
                current = []; // `name() {` defines a function
                k++;
                continue;
            }
            if (t.op === ';;') {
                finish(false);
                expectPattern = true;
                continue;
            }
            skipUntilSeparator = false;
            if (t.op === '|') {
                onPipe(true);
                finish(true);
            }
            else
                finish(false);
            continue;
        }
        if (t.kind === 'redir') {
            // The redirection target is the next word (heredoc delimiters were consumed already).
            if (t.op !== 'heredoc' && tokens[k + 1]?.kind === 'word')
                k++;
            continue;
        }
        const w = t.word;
        if (expectPattern) {
            if (!w.quoted && w.value === 'esac')
                expectPattern = false;
            continue;
        }
        if (inCaseHeader) {
            if (!w.quoted && w.value === 'in') {
                inCaseHeader = false;
                expectPattern = true;
            }
            continue;
        }
        if (skipUntilSeparator) {
            if (!w.quoted && w.value === 'do')
                skipUntilSeparator = false;
            continue;
        }
        if (current.length === 0 && !w.quoted) {
            if (RESERVED_START.has(w.value) || RESERVED_END.has(w.value))
                continue;
            if (w.value === 'for' || w.value === 'select') {
                skipUntilSeparator = true;
                continue;
            }
            if (w.value === 'case') {
                inCaseHeader = true;
                continue;
            }
        }
        current.push(w);
    }
    finish(false);
    return out;
}


/***/ }),

/***/ 9931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ stageLabel),
/* harmony export */   ap: () => (/* binding */ stageChain),
/* harmony export */   cT: () => (/* binding */ declaredUser),
/* harmony export */   fR: () => (/* binding */ buildArgMap),
/* harmony export */   sr: () => (/* binding */ instructionText),
/* harmony export */   tM: () => (/* binding */ builtDockerfile)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4011);
/* harmony import */ var _history_key_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(220);
// Questions the build, measure and baseline stages ask of the parsed model: which stages make a
// target, what an instruction says as written, which USER the image ends with. All of them read
// the one model, so the escape directive, heredocs and ARG expansion mean the same everywhere.


const MAX_STEP_TEXT = 160;
/**
 * The instruction as written on one line: keyword and flags as typed, continuations joined with
 * the file's escape character (comment lines inside dropped, as BuildKit does), heredoc bodies
 * appended, runs of whitespace collapsed.
 */
function instructionText(model, ins) {
    const head = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .joinContinuations */ .L0)(model.lines, model.escape, ins.line - 1, ins.column - 1, ins.endLine - 1).text;
    const bodies = ins.heredocs.map((h) => `${h.body} ${h.name}`);
    return [head, ...bodies].join(' ').replace(/\s+/g, ' ').trim();
}
/** The stage's name as the build and the report show it: its alias, or its index when unnamed. */
function stageLabel(stage) {
    return stage.alias ?? String(stage.index);
}
/**
 * `--build-arg K=V` pairs as a map; a bare `K` takes its value from the environment, as docker does.
 */
function buildArgMap(buildArgs, env = process.env) {
    const map = new Map();
    for (const pair of buildArgs) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            map.set(pair.slice(0, eq), pair.slice(eq + 1));
        else if (env[pair] !== undefined)
            map.set(pair, env[pair]);
    }
    return map;
}
/**
 * The global ARGs (before the first FROM) with their values for this build: only a declared ARG
 * takes a `--build-arg`, as in docker's own FROM expansion.
 */
function globalArgValues(model, buildArgs) {
    const values = new Map();
    for (const arg of model.globalArgs) {
        for (const { key, value } of arg.pairs) {
            values.set(key, buildArgs.get(key) ?? (value === null ? null : (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .expandVariables */ .i7)(value, values)));
        }
    }
    return values;
}
/** The image a stage is built FROM, with the global ARGs of this build substituted. */
function fromText(stage, globals) {
    return stage.from.hasVariables ? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .expandVariables */ .i7)(stage.from.text, globals) : stage.from.text;
}
function parentOf(stages, stage, from) {
    const lower = from.toLowerCase();
    return stages
        .slice(0, stage.index)
        .find((s) => s.alias?.toLowerCase() === lower || String(s.index) === from);
}
/**
 * Expands variables as this build saw them: a `--build-arg` replaces the default of an ARG the
 * stage declared before the instruction (an ENV of the same name set later is not told apart).
 */
function expanderWithBuildArgs(ins, buildArgs) {
    if (!buildArgs.size || !ins.stage)
        return (text) => ins.expand(text);
    const vars = new Map(ins.vars);
    for (const arg of ins.stage.instructions) {
        if (arg.keyword !== 'ARG' || arg.line >= ins.line)
            continue;
        for (const { key } of arg.pairs)
            if (buildArgs.has(key))
                vars.set(key, buildArgs.get(key));
    }
    return (text) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .expandVariables */ .i7)(text, vars);
}
/** The stages that make `target` (default: the last stage), base first, FROM expanded with build args. */
function targetChain(model, target, buildArgs) {
    const globals = globalArgValues(model, buildArgs);
    let stage = target
        ? model.stages.find((s) => s.alias?.toLowerCase() === target.toLowerCase())
        : model.stages[model.stages.length - 1];
    const chain = [];
    while (stage) {
        const from = fromText(stage, globals);
        chain.unshift({ stage, from });
        stage = parentOf(model.stages, stage, from);
    }
    return chain;
}
/** The chain of stages that makes `target` (default: the last stage), FROM expanded with build args. */
function stageChain(model, target = null, buildArgs = new Map()) {
    return chainOf(model, targetChain(model, target, buildArgs), buildArgs);
}
function chainOf(model, chain, buildArgs) {
    if (chain.length === 0)
        return { steps: [], baseImage: null };
    const steps = chain.flatMap(({ stage: s }) => s.instructions
        .filter((ins) => ins !== s.fromInstruction)
        .map((ins) => {
        const text = instructionText(model, ins);
        return {
            keyword: ins.keyword,
            line: ins.line,
            text: text.length > MAX_STEP_TEXT ? `${text.slice(0, MAX_STEP_TEXT - 1)}…` : text,
            stage: stageLabel(s),
            key: (0,_history_key_js__WEBPACK_IMPORTED_MODULE_1__/* .instructionKey */ .Ox)(ins, expanderWithBuildArgs(ins, buildArgs)),
        };
    }));
    // A variable left in the name (declared without a value, no --build-arg) names no image we know.
    const base = chain[0].from;
    return { steps, baseImage: base && !base.includes('$') ? base : null };
}
function builtDockerfile(model, target, buildArgs) {
    const chain = targetChain(model, target, buildArgs);
    return { model, stages: chain.map((c) => c.stage), chain: chainOf(model, chain, buildArgs) };
}
/** The user the chain's last USER instruction names, as written; null when the chain has none. */
function declaredUser(chain) {
    const user = chain.steps.filter((s) => s.keyword === 'USER').pop();
    return user ? user.text.replace(/^\S+\s*/, '') || null : null;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
// The one error class for a problem with what the user asked for (a bad input or flag, a path
// outside the workspace, a file that is not a Dockerfile): reported as is, without a stack.
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 4981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cI: () => (/* binding */ ExecError),
  T3: () => (/* binding */ docker),
  m0: () => (/* binding */ exec),
  U1: () => (/* binding */ execStream),
  Nr: () => (/* binding */ killAllChildren),
  E$: () => (/* binding */ redact),
  cl: () => (/* binding */ registerSecret)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/exec.ts
// The one way shipshape starts a process. Always argv (never a shell string), always a hard
// timeout, output captured with a cap, and every registered secret redacted before any text
// leaves this module. Built on node:child_process rather than @actions/exec because we need
// streaming stdout (docker save), kill-on-timeout and cancellation, which @actions/exec lacks.

class ExecError extends Error {
    result;
    argv;
    constructor(message, result, argv) {
        super(message);
        this.result = result;
        this.argv = argv;
        this.name = 'ExecError';
    }
}
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;
const KILL_GRACE_MS = 2_000;
const secrets = new Set();
/** Values that must never appear in logs, reports or error messages. */
function registerSecret(value) {
    if (value && value.length >= 4)
        secrets.add(value);
}
function redact(text) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
}
/** Children still running, so a cancelled run (SIGINT/SIGTERM) can stop them. */
const running = new Set();
function killAllChildren() {
    for (const child of running)
        child.kill('SIGKILL');
}
class TailBuffer {
    max;
    chunks = [];
    size = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1)
            this.size -= this.chunks.shift().length;
    }
    toString() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.max)).toString('utf8');
    }
}
function describe(argv) {
    return redact(argv.map((a) => (/[\s"'$`\\]/.test(a) ? JSON.stringify(a) : a)).join(' '));
}
function start(file, args, options, captureStdout) {
    const argv = [file, ...args];
    const started = Date.now();
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
    });
    running.add(child);
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const out = new TailBuffer(max);
    const err = new TailBuffer(max);
    if (captureStdout) {
        child.stdout.on('data', (c) => {
            out.push(c);
            options.onStdout?.(redact(c.toString('utf8')));
        });
    }
    child.stderr.on('data', (c) => {
        err.push(c);
        options.onStderr?.(redact(c.toString('utf8')));
    });
    child.stdin.on('error', () => undefined);
    if (options.input !== undefined)
        child.stdin.end(options.input);
    else
        child.stdin.end();
    let timedOut = false;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let killer;
    const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    }, timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = new Promise((resolve, reject) => {
        child.on('error', (e) => {
            clearTimeout(timer);
            running.delete(child);
            reject(new ExecError(`cannot run ${file}: ${e.message}`, emptyResult(started), argv));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            running.delete(child);
            options.signal?.removeEventListener('abort', onAbort);
            const result = {
                code: code ?? (signal ? 128 : 1),
                signal,
                stdout: redact(out.toString()),
                stderr: redact(err.toString()),
                durationMs: Date.now() - started,
                timedOut,
            };
            if (timedOut) {
                reject(new ExecError(`${describe(argv)} timed out after ${timeoutMs} ms`, result, argv));
            }
            else if (result.code !== 0 && !options.allowFailure) {
                const tail = result.stderr.trim().split('\n').slice(-5).join('\n');
                reject(new ExecError(`${describe(argv)} exited with ${result.code}${tail ? `: ${tail}` : ''}`, result, argv));
            }
            else {
                resolve(result);
            }
        });
    });
    return { child, done };
}
function emptyResult(started) {
    return {
        code: -1,
        signal: null,
        stdout: '',
        stderr: '',
        durationMs: Date.now() - started,
        timedOut: false,
    };
}
/** Run a program to completion and capture its output. */
function exec(file, args, options = {}) {
    return start(file, args, options, true).done;
}
/**
 * Run a program whose stdout is consumed as a stream (e.g. `docker save`). The returned
 * `done` settles when the process exits; stdout is not buffered.
 */
function execStream(file, args, options = {}) {
    const { child, done } = start(file, args, options, false);
    return { stdout: child.stdout, stdin: child.stdin, done };
}
/** Shorthand for the docker CLI, which every engine-facing stage uses. */
function docker(args, options = {}) {
    return exec(process.env.SHIPSHAPE_DOCKER ?? 'docker', args, options);
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ nullLogger),
/* harmony export */   SP: () => (/* binding */ deferredLogger),
/* harmony export */   kS: () => (/* binding */ consoleLogger),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
const nullLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    group: (_name, fn) => fn(),
};
/** A logger for terminals: warnings to stderr, debug only when SHIPSHAPE_DEBUG is set. */
function consoleLogger(stream = process.stderr) {
    return {
        debug: (m) => {
            if (process.env.SHIPSHAPE_DEBUG)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => stream.write(`${m}\n`),
        warning: (m) => stream.write(`warning: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`▸ ${name}\n`);
            return fn();
        },
    };
}
/** An error as one line of text, for a reason or a warning; the full error goes to the debug log. */
function errorText(e) {
    const message = e instanceof Error ? e.message : String(e);
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return oneLine.length > 500 ? `${oneLine.slice(0, 499)}…` : oneLine;
}
/**
 * A logger that keeps its lines until `replay`, so a stage can run beside another one (the runtime
 * check while the image is measured) without their lines interleaving in the log's groups.
 */
function deferredLogger() {
    const lines = [];
    const self = {
        debug: (message) => void lines.push({ level: 'debug', message }),
        info: (message) => void lines.push({ level: 'info', message }),
        warning: (message) => void lines.push({ level: 'warning', message }),
        group: async (name, fn) => {
            lines.push({ level: 'info', message: `${name}:` });
            return fn();
        },
        replay(into) {
            for (const line of lines.splice(0))
                into[line.level](line.message);
        },
    };
    return self;
}


/***/ }),

/***/ 2440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ readRegistryImage),
/* harmony export */   y: () => (/* binding */ PlatformMismatchError)
/* harmony export */ });
/* unused harmony exports parseReference, registryBaseUrl, parseChallenge, dockerCredentials, MANIFEST_TYPES, RegistryClient, hostPlatform, pickPlatform, layersFromManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4981);
/* harmony import */ var _dockerfile_history_key_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(220);
// Reads an image's manifest and config straight from its registry (Distribution HTTP API v2),
// so a baseline costs two small requests instead of a pull. Auth works as docker's does: the
// credentials in ~/.docker/config.json (auths, credHelpers, credsStore), Basic or the Bearer
// token dance announced by WWW-Authenticate. Written on fetch rather than a registry library
// because we need only these three requests and no maintained library does the docker auth
// file, the token dance and plain HTTP for local registries together.






const DOCKER_HUB = 'docker.io';
/** Splits a reference as docker does: no registry part means Docker Hub (and `library/` for one-part names). */
function parseReference(ref) {
    const text = ref.trim();
    if (!text || /\s/.test(text))
        throw new Error(`"${ref}" is not an image reference`);
    let rest = text;
    let registry = DOCKER_HUB;
    const slash = rest.indexOf('/');
    if (slash > 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            rest = rest.slice(slash + 1);
        }
    }
    let reference = 'latest';
    const at = rest.indexOf('@');
    if (at >= 0) {
        reference = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    else {
        const colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            reference = rest.slice(colon + 1);
            rest = rest.slice(0, colon);
        }
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !rest.includes('/'))
        rest = `library/${rest}`;
    if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(rest))
        throw new Error(`"${ref}": "${rest}" is not a repository name`);
    return { registry, repository: rest, reference };
}
/** Registries on the loopback interface speak plain HTTP, as docker allows without configuration. */
function registryBaseUrl(registry) {
    if (registry === DOCKER_HUB)
        return 'https://registry-1.docker.io';
    const host = registry.replace(/:\d+$/, '');
    const local = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
    return `${local ? 'http' : 'https'}://${registry}`;
}
/** Parses `Bearer realm="https://…",service="…",scope="…"` (quoted values may hold commas). */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!m)
        return null;
    const params = {};
    for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g))
        params[p[1].toLowerCase()] = p[2] ?? p[3] ?? '';
    return { scheme: m[1].toLowerCase(), params };
}
function authKeys(registry) {
    return registry === DOCKER_HUB
        ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
        : [registry, `https://${registry}`, `http://${registry}`];
}
/** Credentials from docker's own config, read-only; null when there are none for this registry. */
async function dockerCredentials(registry, configDir = process.env.DOCKER_CONFIG ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker')) {
    let config;
    try {
        config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(configDir, 'config.json'), 'utf8'));
    }
    catch {
        return null;
    }
    const keys = authKeys(registry);
    const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean) ?? config.credsStore;
    if (helper) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .exec */ .m0)(`docker-credential-${helper}`, ['get'], {
            input: keys[0],
            timeoutMs: 20_000,
            allowFailure: true,
        }).catch(() => null);
        if (r?.code === 0) {
            const c = JSON.parse(r.stdout);
            if (c.Secret)
                return c.Username === '<token>'
                    ? { username: '', password: '', identityToken: c.Secret }
                    : { username: c.Username ?? '', password: c.Secret, identityToken: null };
        }
    }
    for (const k of keys) {
        const a = config.auths?.[k];
        if (!a)
            continue;
        if (a.identitytoken)
            return { username: a.username ?? '', password: '', identityToken: a.identitytoken };
        if (a.auth) {
            const decoded = Buffer.from(a.auth, 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i > 0)
                return { username: decoded.slice(0, i), password: decoded.slice(i + 1), identityToken: null };
        }
        if (a.username && a.password)
            return { username: a.username, password: a.password, identityToken: null };
    }
    return null;
}
const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
class RegistryClient {
    ref;
    credentials;
    timeoutMs;
    token = null;
    basic = null;
    constructor(ref, credentials, timeoutMs = 30_000) {
        this.ref = ref;
        this.credentials = credentials;
        this.timeoutMs = timeoutMs;
    }
    url(path) {
        return `${registryBaseUrl(this.ref.registry)}/v2/${this.ref.repository}/${path}`;
    }
    async authenticate(challenge) {
        const c = this.credentials;
        if (challenge.scheme === 'basic') {
            if (!c?.password)
                throw new Error(`${this.ref.registry} asks for credentials and none are in the docker config`);
            this.basic = Buffer.from(`${c.username}:${c.password}`).toString('base64');
            return;
        }
        const realm = challenge.params.realm;
        if (challenge.scheme !== 'bearer' || !realm)
            throw new Error(`${this.ref.registry} asks for unsupported authentication "${challenge.scheme}"`);
        const scope = challenge.params.scope ?? `repository:${this.ref.repository}:pull`;
        let res;
        if (c?.identityToken) {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: c.identityToken,
                service: challenge.params.service ?? '',
                scope,
                client_id: 'shipshape',
            });
            res = await fetch(realm, { method: 'POST', body: form, signal: AbortSignal.timeout(this.timeoutMs) });
        }
        else {
            const u = new URL(realm);
            if (challenge.params.service)
                u.searchParams.set('service', challenge.params.service);
            u.searchParams.set('scope', scope);
            const headers = c?.password
                ? { authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}` }
                : {};
            res = await fetch(u, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
        }
        if (!res.ok)
            throw new Error(`${this.ref.registry}: the token service answered HTTP ${res.status}`);
        const body = (await res.json());
        this.token = body.token ?? body.access_token ?? null;
        if (!this.token)
            throw new Error(`${this.ref.registry}: the token service returned no token`);
    }
    async get(path, accept) {
        for (let attempt = 0; attempt < 2; attempt++) {
            const headers = { accept: accept.join(', ') };
            if (this.token)
                headers.authorization = `Bearer ${this.token}`;
            else if (this.basic)
                headers.authorization = `Basic ${this.basic}`;
            const res = await fetch(this.url(path), { headers, signal: AbortSignal.timeout(this.timeoutMs) });
            if (res.status === 401 && attempt === 0) {
                const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
                if (!challenge)
                    break;
                await this.authenticate(challenge);
                continue;
            }
            if (!res.ok)
                throw new Error(`${this.ref.registry}/${this.ref.repository}: GET ${path} answered HTTP ${res.status}`);
            return res;
        }
        throw new Error(`${this.ref.registry}/${this.ref.repository}: not authorised to pull`);
    }
    /** The manifest and its digest (the sha256 of the bytes as served, which is what names it). */
    async manifest(reference) {
        const raw = Buffer.from(await (await this.get(`manifests/${reference}`, MANIFEST_TYPES)).arrayBuffer());
        return {
            manifest: JSON.parse(raw.toString('utf8')),
            digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(raw).digest('hex')}`,
        };
    }
    async blob(digest) {
        return (await (await this.get(`blobs/${digest}`, ['application/json', '*/*'])).json());
    }
}
/** The platform of this machine, as an image index names it. */
function hostPlatform() {
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' }[process.arch] ?? process.arch;
    return `linux/${arch}`;
}
/** The index entry for a platform; attestation manifests ("unknown/unknown") are never chosen. */
function pickPlatform(manifests, wanted) {
    const [os, arch, variant] = wanted.split('/');
    const candidates = manifests.filter((m) => m.platform?.os === os && m.platform?.architecture === arch);
    return (candidates.find((m) => !variant ||
        m.platform?.variant === variant ||
        (!m.platform?.variant && (variant === 'v1' || variant === 'v8'))) ?? null);
}
/** Layer facts from a manifest and its config: diff IDs pair with blobs in order, history with non-empty entries. */
function layersFromManifest(manifest, config) {
    const blobs = manifest.layers ?? [];
    const diffIds = config.rootfs?.diff_ids ?? [];
    const history = (config.history ?? []).filter((h) => !h.empty_layer);
    return blobs.map((b, i) => {
        const createdBy = history.length === blobs.length ? (history[i].created_by ?? null) : null;
        return {
            position: i + 1,
            diffId: diffIds[i] ?? null,
            digest: b.digest,
            sizeBytes: null,
            compressedSizeBytes: b.size,
            createdBy,
            instruction: null,
            instructionKey: (0,_dockerfile_history_key_js__WEBPACK_IMPORTED_MODULE_5__/* .layerKey */ .n3)(createdBy, null),
            line: null,
            stage: null,
            fromBase: false,
        };
    });
}
/** Manifest and config of `ref` for `platform` (default: this machine's), without pulling any layer. */
async function readRegistryImage(ref, platform, options = {}) {
    const reference = parseReference(ref);
    const credentials = options.credentials !== undefined ? options.credentials : await dockerCredentials(reference.registry);
    const client = new RegistryClient(reference, credentials, options.timeoutMs);
    let { manifest, digest } = await client.manifest(reference.reference);
    if (manifest.manifests) {
        const wanted = platform ?? hostPlatform();
        const entry = pickPlatform(manifest.manifests, wanted);
        if (!entry) {
            const offered = manifest.manifests
                .map((m) => [m.platform?.os, m.platform?.architecture, m.platform?.variant].filter(Boolean).join('/'))
                .filter((p) => p !== 'unknown/unknown');
            throw new PlatformMismatchError(`${ref} has no ${wanted} image (it has ${offered.join(', ') || 'none'})`);
        }
        ({ manifest, digest } = await client.manifest(entry.digest));
    }
    if (!manifest.config || !manifest.layers)
        throw new Error(`${ref}: the manifest has no config or layers`);
    const config = await client.blob(manifest.config.digest);
    return {
        reference,
        digest,
        platform: [config.os, config.architecture, config.variant].filter(Boolean).join('/'),
        user: config.config?.User ?? '',
        compressedSizeBytes: manifest.layers.reduce((sum, l) => sum + l.size, 0),
        layers: layersFromManifest(manifest, config),
    };
}
class PlatformMismatchError extends Error {
    name = 'PlatformMismatchError';
}


/***/ }),

/***/ 6664:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ checkBudgets),
/* harmony export */   QI: () => (/* binding */ NO_CHANGE_BUDGETS),
/* harmony export */   iH: () => (/* binding */ parseNoRegression),
/* harmony export */   tW: () => (/* binding */ parseTiered),
/* harmony export */   tz: () => (/* binding */ NO_BUDGETS),
/* harmony export */   vW: () => (/* binding */ checkChangeBudgets)
/* harmony export */ });
/* unused harmony export formatQuantity */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1996);
// Budget settings: parsing the user's text (pure) and holding figures against them (pure).
// Syntax of one budget value: `200MB` (a fail level) or `warn=150MB,fail=200MB` (either part
// optional). Waste budgets may also be a percentage of the image's own bytes: `fail=10%`.

const NO_CHANGE_BUDGETS = {
    maxSizeIncrease: null,
    maxLayersIncrease: null,
    noRegression: 'off',
};
const NO_BUDGETS = {
    maxSize: null,
    maxCompressedSize: null,
    maxLayers: null,
    maxWaste: null,
};
/** What a valid value looks like, for every error about one. */
const EXAMPLES = {
    bytes: 'a size such as 200MB or warn=150MB,fail=200MB',
    count: 'a whole number (0 or more) such as 12 or warn=10,fail=15',
    'bytes-or-percent': 'a size or a percentage such as 50MB, 10% or warn=5%,fail=10%',
    'count-or-percent': 'a whole number (0 or more) or a percentage such as 2, 10% or warn=1,fail=3',
};
function parseQuantity(text, unit, what) {
    const t = text.trim();
    if ((unit === 'bytes-or-percent' || unit === 'count-or-percent') && t.endsWith('%')) {
        const n = Number(t.slice(0, -1));
        if (!Number.isFinite(n) || n < 0 || t.length === 1)
            throw new Error(`${what}: "${text}" is not a percentage; give ${EXAMPLES[unit]}`);
        return { kind: 'percent', value: n };
    }
    if (unit === 'count' || unit === 'count-or-percent') {
        if (!/^\d+$/.test(t))
            throw new Error(`${what}: "${text}" is not a whole number; give ${EXAMPLES[unit]}`);
        return { kind: 'count', value: Number(t) };
    }
    try {
        return { kind: 'bytes', value: (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBytes */ .z_)(t) };
    }
    catch (e) {
        throw new Error(`${what}: ${e.message}; give ${EXAMPLES[unit]}`, { cause: e });
    }
}
/** Parses one budget value; empty text means "no budget". Throws with `what` in the message. */
function parseTiered(text, unit, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    if (!t.includes('='))
        return { warn: null, fail: parseQuantity(t, unit, what) };
    const tiered = { warn: null, fail: null };
    for (const part of t.split(',')) {
        const m = /^\s*(warn|fail)\s*=\s*(.+?)\s*$/.exec(part);
        if (!m)
            throw new Error(`${what}: "${part.trim()}" is not "warn=<value>" or "fail=<value>"; give ${EXAMPLES[unit]}`);
        tiered[m[1]] = parseQuantity(m[2], unit, what);
    }
    return tiered;
}
function formatQuantity(q) {
    if (q.kind === 'bytes')
        return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(q.value);
    if (q.kind === 'percent')
        return `${q.value}%`;
    return String(q.value);
}
function limitValue(q, percentOf) {
    if (q.kind !== 'percent')
        return q.value;
    return percentOf == null ? null : (q.value / 100) * percentOf;
}
function measured(c, limit) {
    return c.formatBeside ? c.formatBeside(c.actual, Math.round(limit)) : c.format(c.actual);
}
/** Holds the measured figures against the budgets; one check per configured tier. */
function checkBudgets(budgets, figures) {
    const checks = [
        {
            name: 'max-size',
            label: 'image size',
            tiered: budgets.maxSize,
            actual: figures.sizeBytes,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
            formatBeside: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytesBeside */ .VD,
            explain: figures.biggestContributor,
        },
        {
            name: 'max-compressed-size',
            label: 'compressed size',
            tiered: budgets.maxCompressedSize,
            actual: figures.compressedSizeBytes,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
            formatBeside: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytesBeside */ .VD,
            explain: figures.biggestContributor,
        },
        {
            name: 'max-layers',
            label: 'layer count',
            tiered: budgets.maxLayers,
            actual: figures.layerCount,
            format: String,
        },
        {
            name: 'max-waste',
            label: 'reclaimable waste',
            tiered: budgets.maxWaste,
            actual: figures.reclaimableBytes,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
            formatBeside: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytesBeside */ .VD,
            percentOf: figures.ownBytes,
        },
    ];
    const results = [];
    for (const c of checks) {
        if (!c.tiered)
            continue;
        for (const level of ['fail', 'warn']) {
            const q = c.tiered[level];
            if (!q)
                continue;
            const limit = limitValue(q, c.percentOf);
            const limitText = q.kind === 'percent'
                ? `${q.value}% of own bytes${limit != null ? ` (${c.format(Math.round(limit))})` : ''}`
                : formatQuantity(q);
            let outcome = 'within';
            let message;
            if (c.actual == null) {
                message = `${c.name} (${level}): ${c.label} was not measured, so the budget of ${limitText} could not be checked`;
                outcome = 'unchecked';
            }
            else if (limit == null) {
                message = `${c.name} (${level}): the image's own bytes are unknown, so ${limitText} could not be checked`;
                outcome = 'unchecked';
            }
            else if (c.actual > limit) {
                outcome = 'over';
                message = `${c.name}: ${c.label} ${measured(c, limit)} is over the ${level} budget of ${limitText}`;
                if (c.explain)
                    message += `; biggest contributor: ${c.explain}`;
            }
            else {
                message = `${c.name}: ${c.label} ${measured(c, limit)} is within the ${level} budget of ${limitText}`;
            }
            results.push({
                name: c.name,
                limit: limitText,
                limitValue: limit ?? q.value,
                actual: c.actual,
                level,
                outcome,
                message,
            });
        }
    }
    return results;
}
/** `no-regression`: `true`/`fail`, `warn`, or `false`/`off`/empty. */
function parseNoRegression(text, what) {
    const t = (text ?? '').trim().toLowerCase();
    if (t === '' || t === 'false' || t === 'off')
        return 'off';
    if (t === 'true' || t === 'fail')
        return 'fail';
    if (t === 'warn')
        return 'warn';
    throw new Error(`${what}: "${text}" is not one of true, false, warn, fail`);
}
function signed(n, format) {
    return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : `±${format(0)}`;
}
function percentText(p) {
    return p == null ? '' : ` (${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p)}%)`;
}
/**
 * Budgets on change: how much the image may grow over its baseline, and the ratchet. Only
 * called with deltas (no baseline yet is not a reason to warn); a delta that could not be
 * computed leaves its budget unchecked, with a warning that says why.
 */
function checkChangeBudgets(budgets, deltas) {
    const results = [];
    const why = deltas.refused ? `: ${deltas.refused}` : '';
    const growth = [
        {
            name: 'max-size-increase',
            label: 'image size',
            tiered: budgets.maxSizeIncrease,
            delta: deltas.size,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
        },
        {
            name: 'max-layers-increase',
            label: 'layer count',
            tiered: budgets.maxLayersIncrease,
            delta: deltas.layers,
            format: String,
        },
    ];
    for (const g of growth) {
        if (!g.tiered)
            continue;
        for (const level of ['fail', 'warn']) {
            const q = g.tiered[level];
            if (!q)
                continue;
            const limitText = q.kind === 'percent' ? `+${q.value}% of the baseline` : `+${formatQuantity(q)}`;
            const limit = q.kind === 'percent' ? (g.delta ? (q.value / 100) * g.delta.base : null) : q.value;
            let outcome = 'within';
            let message;
            if (!g.delta || limit == null) {
                outcome = 'unchecked';
                message = `${g.name} (${level}): the ${g.label} change over the baseline is unknown, so the budget of ${limitText} could not be checked${why}`;
            }
            else {
                const change = `${signed(g.delta.change, g.format)}${percentText(g.delta.percent)}`;
                if (g.delta.change > limit) {
                    outcome = 'over';
                    message = `${g.name}: ${g.label} grew ${change} over the baseline (${g.format(g.delta.base)} → ${g.format(g.delta.head)}), over the ${level} budget of ${limitText}`;
                }
                else {
                    message = `${g.name}: ${g.label} changed ${change} over the baseline, within the ${level} budget of ${limitText}`;
                }
            }
            results.push({
                name: g.name,
                limit: limitText,
                limitValue: limit ?? q.value,
                actual: g.delta?.change ?? null,
                level,
                outcome,
                message,
            });
        }
    }
    const mode = budgets.noRegression;
    if (mode !== 'off') {
        const grew = [];
        const figures = [
            ['image size', deltas.size, _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3],
            // A change between a computed gzip and a registry's blobs is partly the compressors': it
            // is shown, marked approximate, but never held against the ratchet.
            [
                'compressed size',
                deltas.compressedSize?.basis === 'mixed' ? null : deltas.compressedSize,
                _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
            ],
            ['layer count', deltas.layers, String],
            ['reclaimable waste', deltas.reclaimable, _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3],
        ];
        for (const [label, d, format] of figures)
            if (d && d.change > 0)
                grew.push(`${label} ${signed(d.change, format)}`);
        if (deltas.lint?.new.length)
            grew.push(`${deltas.lint.new.length} new lint finding${deltas.lint.new.length === 1 ? '' : 's'}`);
        if (deltas.runtime?.change === 'became-root')
            grew.push('now runs as root');
        const compared = figures.filter(([, d]) => d).length + (deltas.lint ? 1 : 0) + (deltas.runtime ? 1 : 0);
        const outcome = grew.length ? 'over' : compared === 0 ? 'unchecked' : 'within';
        const message = grew.length
            ? `no-regression: worse than the baseline: ${grew.join(', ')}`
            : compared === 0
                ? `no-regression: nothing could be compared with the baseline${why}`
                : 'no-regression: no key figure grew over the baseline';
        results.push({
            name: 'no-regression',
            limit: 'no growth',
            limitValue: 0,
            actual: grew.length,
            level: mode,
            outcome,
            message,
        });
    }
    return results;
}


/***/ }),

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   Hx: () => (/* binding */ WASTE_ROW_MIN_BYTES),
/* harmony export */   Ud: () => (/* binding */ lintOnlyPolicy),
/* harmony export */   Yw: () => (/* binding */ parseSizeProblemLevel),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   hM: () => (/* binding */ checkPolicy),
/* harmony export */   s5: () => (/* binding */ sizeProblems),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony exports THRESHOLDS, SIZE_PROBLEM_LEVELS, SIZE_PROBLEM_THRESHOLDS, JUNK_FIXES, reaches, stageFailureReason, withStageFailure */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1996);
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6664);


/** Lint thresholds, most severe first; `none` never fails. The one list every front door uses. */
const THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'];
/** A threshold from user text; throws naming `what` (the input or flag) when it is not one. */
function parseThreshold(text, what) {
    const t = text.trim();
    if (!THRESHOLDS.includes(t))
        throw new Error(`${what}: "${text}" is not one of ${THRESHOLDS.join(', ')}`);
    return t;
}
const SIZE_PROBLEM_LEVELS = ['warn', 'fail', 'none'];
/** A size-problem level from user text; throws naming `what` (the input or flag) when it is not one. */
function parseSizeProblemLevel(text, what) {
    const level = text.trim();
    if (!SIZE_PROBLEM_LEVELS.includes(level))
        throw new Error(`${what}: "${text}" is not one of ${SIZE_PROBLEM_LEVELS.join(', ')}`);
    return level;
}
/**
 * When leftovers become a reason rather than a row in a collapsed table. One kind of junk left by
 * this Dockerfile of at least `junkBytes`, or reclaimable bytes of at least `wasteBytes`: below
 * these a fix saves less than a pull's round trip. Read only through sizeProblems().
 */
const SIZE_PROBLEM_THRESHOLDS = { junkBytes: 1_000_000, wasteBytes: 10_000_000 };
/** Reclaimable paths smaller than this are not worth a row in the waste table. */
const WASTE_ROW_MIN_BYTES = 10_000;
/**
 * What each kind of junk is and the fix, for the reason. A compiler toolchain is left out: the
 * lint rule build-toolchain-in-final-stage already says it, with the line, and it is said once.
 */
const JUNK_FIXES = {
    'apt-lists': { what: 'apt lists', fix: 'add `rm -rf /var/lib/apt/lists/*` in the same RUN' },
    'apt-cache': { what: 'apt cache', fix: 'add `apt-get clean` in the same RUN' },
    'pip-cache': { what: 'pip cache', fix: 'use `pip install --no-cache-dir`' },
    'npm-cache': { what: 'npm cache', fix: 'add `npm cache clean --force` in the same RUN' },
    pycache: { what: 'Python bytecode from the build context', fix: 'add `__pycache__` to .dockerignore' },
    git: { what: 'a .git directory', fix: 'add `.git` to .dockerignore' },
    venv: { what: 'a virtualenv from the build context', fix: 'add `.venv` to .dockerignore' },
    tests: { what: 'tests from the build context', fix: 'add `tests` to .dockerignore' },
    dockerfile: { what: 'the Dockerfile copied into the image', fix: 'add it to .dockerignore' },
};
/** The check's policy: findings at `lintFailOn` fail, those one severity below warn. */
function checkPolicy(lintFailOn, requireNonRoot, failOnCrash = false, sizeProblems = 'warn') {
    const lintWarnOn = lintFailOn === 'none' ? 'none' : (THRESHOLDS[THRESHOLDS.indexOf(lintFailOn) + 1] ?? 'none');
    return {
        requireNonRoot,
        lintFailOn,
        lintWarnOn,
        unlintable: 'warn',
        sizeProblems,
        ...(failOnCrash ? { crash: 'fail' } : {}),
    };
}
/**
 * `shipshape lint`'s policy, as hadolint's exit code: findings at the threshold fail, and so does
 * a file that cannot be linted, unless the threshold is `none`.
 */
function lintOnlyPolicy(failureThreshold) {
    return {
        requireNonRoot: false,
        lintFailOn: failureThreshold,
        lintWarnOn: 'none',
        unlintable: failureThreshold === 'none' ? 'warn' : 'fail',
        sizeProblems: 'none',
    };
}
const DEFAULT_POLICY = checkPolicy('error', true);
const RANK = { error: 3, warning: 2, info: 1, style: 0 };
function reaches(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
/** The last few lines of output, on one line, for a reason. */
function lastOutput(logTail) {
    const lines = (logTail ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(-3);
    const text = lines.join(' ⏎ ');
    return text ? `; last output: ${text.length > 300 ? `…${text.slice(-300)}` : text}` : '; no output';
}
function appExitMessage(exit) {
    const after = exit.afterMs === null ? '' : ` after ${(exit.afterMs / 1000).toFixed(2)} s`;
    const when = exit.afterSignal
        ? "after shipshape's stop signal, which did not cause it"
        : 'before it was asked to stop';
    return (`the app exited with code ${exit.code ?? '?'}${after} during the runtime check, ${when}` +
        (exit.oomKilled ? ', killed for running out of memory' : '') +
        (exit.error ? `: ${exit.error}` : '') +
        lastOutput(exit.logTail));
}
function runtimeReasons(rt, policy) {
    if (!rt)
        return [];
    const reasons = [];
    const who = rt.user ? `user "${rt.user}"` : 'no USER set (root by default)';
    const rootStatus = policy.requireNonRoot ? 'fail' : 'warn';
    const unknownUser = rt.static?.findings.find((f) => f.code === 'unknown-user' || f.code === 'unknown-group');
    if (unknownUser) {
        reasons.push({
            status: 'fail',
            code: 'unknown-user',
            message: `the engine cannot start the image as configured: ${unknownUser.message}`,
        });
    }
    else if (rt.nonRoot === false) {
        if (rt.privileges === 'dropped') {
            reasons.push({
                status: rootStatus,
                code: 'runs-as-root',
                message: `the container starts as root and only then drops to uid ${rt.uid ?? '?'} (${who}): a process had effective uid 0, seen from the host`,
            });
        }
        else {
            // nonRoot is false only when processes were seen from the host.
            const uid = rt.static?.uid ?? rt.uid ?? 0;
            reasons.push({
                status: rootStatus,
                code: 'runs-as-root',
                message: `the container runs as root: ${who} resolves to uid ${uid} (seen from the host)`,
            });
        }
    }
    else if (rt.nonRoot === null && rt.static?.root === true) {
        // Nothing was observed, but the configuration alone says root: the engine starts PID 1 as uid 0.
        reasons.push({
            status: rootStatus,
            code: 'runs-as-root',
            message: `the image is configured to run as root: ${who} resolves to uid ${rt.static.uid ?? 0} (static: from the image configuration; no process was observed)`,
        });
    }
    else if (rt.nonRoot === null && policy.requireNonRoot) {
        reasons.push({
            status: 'warn',
            code: 'root-unproven',
            message: `could not prove the container does not run as root (${who})`,
        });
    }
    const crashStatus = policy.crash ?? 'warn';
    if (rt.started === false && rt.startFailure && !unknownUser) {
        reasons.push({ status: crashStatus, code: 'did-not-start', message: rt.startFailure });
    }
    if (rt.exit && rt.exit.code !== 0) {
        reasons.push({ status: crashStatus, code: 'app-exited', message: appExitMessage(rt.exit) });
    }
    if (rt.smoke && !rt.smoke.ok) {
        const what = rt.smoke.http && rt.smoke.http.error !== null
            ? `${rt.smoke.http.url}: ${rt.smoke.http.error}`
            : rt.smoke.http
                ? `${rt.smoke.http.url} answered ${rt.smoke.http.status}`
                : rt.smoke.exec
                    ? `\`${rt.smoke.exec.command.join(' ')}\` exited ${rt.smoke.exec.exitCode}`
                    : 'no probe answered';
        reasons.push({ status: 'fail', code: 'smoke-failed', message: `the smoke test failed: ${what}` });
    }
    if (rt.stop?.killed && rt.stop.signalled !== false) {
        reasons.push({
            status: 'warn',
            code: 'ignores-sigterm',
            // The advice already tells the whole story (what happened, why, the fix); no preamble twice.
            message: rt.stop.advice ??
                `PID 1 did not exit on ${rt.stop.signal ?? 'the stop signal'} within ${Math.round(rt.stop.timeoutMs / 1000)} s and had to be killed`,
        });
    }
    const writable = rt.writable?.files ?? [];
    if (writable.length) {
        const first = writable
            .slice(0, 3)
            .map((f) => f.path)
            .join(', ');
        reasons.push({
            status: 'warn',
            code: 'writable-app-files',
            message: `the runtime user can write ${writable.length} application file${writable.length === 1 ? '' : 's'} (${first}${writable.length > 3 ? ', …' : ''})`,
        });
    }
    return reasons;
}
function lines(numbers) {
    const known = [...new Set(numbers.filter((n) => n !== null))].sort((a, b) => a - b);
    if (!known.length)
        return 'this Dockerfile';
    if (known.length === 1)
        return `line ${known[0]}`;
    return `lines ${known.slice(0, -1).join(', ')} and ${known.at(-1)}`;
}
/**
 * Which leftovers are problems, the one answer the reasons, the comment and SARIF all give: junk
 * counted per kind (one cache spread over three RUNs costs as much as one big one), waste as the
 * image's reclaimable total. The base image's junk is not this Dockerfile's to fix in a RUN, and a
 * compiler toolchain is the lint rule build-toolchain-in-final-stage's to say; the tables still
 * show both.
 */
function sizeProblems(leftovers) {
    const byKind = new Map();
    for (const j of leftovers.junk) {
        if (j.fromBase || j.kind === 'build-toolchain')
            continue;
        byKind.set(j.kind, [...(byKind.get(j.kind) ?? []), j]);
    }
    const junk = [];
    for (const [kind, found] of byKind) {
        const bytes = found.reduce((n, j) => n + j.bytes, 0);
        if (bytes >= SIZE_PROBLEM_THRESHOLDS.junkBytes)
            junk.push({ kind, found: [...found].sort((a, b) => b.bytes - a.bytes), bytes });
    }
    const reclaimable = leftovers.reclaimableBytes ?? 0;
    const waste = reclaimable >= SIZE_PROBLEM_THRESHOLDS.wasteBytes
        ? { bytes: reclaimable, biggest: [...leftovers.waste].sort((a, b) => b.bytes - a.bytes)[0] ?? null }
        : null;
    return { junk: junk.sort((a, b) => b.bytes - a.bytes), waste };
}
/** The size problems as reasons, each with its line and fix, the biggest first. */
function sizeProblemReasons(leftovers, policy) {
    if (!leftovers || policy.sizeProblems === 'none')
        return [];
    const status = policy.sizeProblems;
    const problems = sizeProblems(leftovers);
    const reasons = problems.junk.map(({ kind, found, bytes }) => {
        const { what, fix } = JUNK_FIXES[kind];
        return {
            status,
            code: `junk:${kind}`,
            message: `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)} of ${what} left by ${lines(found.map((j) => j.line))}: ${fix}`,
            bytes,
        };
    });
    if (problems.waste) {
        const top = problems.waste.biggest;
        const biggest = top
            ? `, most of it \`${top.path}\` (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(top.bytes)}, written by ${top.writtenLine === null ? 'the base image' : `line ${top.writtenLine}`}${top.removedLine === null ? '' : `, ${top.how} by line ${top.removedLine}`})`
            : '';
        reasons.push({
            status,
            code: 'waste',
            message: `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(problems.waste.bytes)} written and then deleted or overwritten in a later layer${biggest}: delete files in the same RUN that writes them, or build in another stage and COPY only the result`,
            bytes: problems.waste.bytes,
        });
    }
    // The biggest first: it is the one worth fixing first.
    return reasons
        .sort((a, b) => b.bytes - a.bytes)
        .map(({ status, code, message }) => ({ status, code, message }));
}
/**
 * How much a stage that could not finish weighs. Without measurements or a runtime check the image
 * cannot be called good. A baseline that cannot be had, or a comment GitHub would not take past the
 * retries, is never more than a warning: the check is decided by the image alone, and the comment
 * body is still in the comment-body-file output.
 */
const FAILURE_STATUS = {
    measure: 'fail',
    verify: 'fail',
    baseline: 'warn',
    comment: 'warn',
};
const FAILURE_CONSEQUENCE = {
    measure: 'its figures are not measured',
    verify: 'the runtime user is not proven',
    baseline: 'nothing is compared with the baseline',
    comment: 'the report is in the job summary, the report file and comment-body-file',
};
function stageFailureReason(failure) {
    return {
        status: FAILURE_STATUS[failure.stage],
        code: `${failure.stage}-failed`,
        message: `the ${failure.stage} stage failed (${FAILURE_CONSEQUENCE[failure.stage]}): ${failure.message}`,
    };
}
/** A figure over its limit weighs as the tier it broke; one that could not be checked warns. */
function decideBudget({ outcome, ...check }) {
    const status = outcome === 'over' ? check.level : outcome === 'unchecked' ? 'warn' : 'pass';
    return { ...check, status };
}
function budgetResults(input) {
    const checks = input.budgets ? (0,_budgets_js__WEBPACK_IMPORTED_MODULE_1__/* .checkBudgets */ .N3)(input.budgets.settings, input.budgets.figures) : [];
    const change = input.change;
    if (change) {
        const settings = change.imageCompared
            ? change.settings
            : { ...change.settings, maxSizeIncrease: null, maxLayersIncrease: null };
        checks.push(...(0,_budgets_js__WEBPACK_IMPORTED_MODULE_1__/* .checkChangeBudgets */ .vW)(settings, change.deltas));
    }
    return checks.map(decideBudget);
}
function failuresFirst(reasons) {
    return reasons.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
}
/** A report decided before a later stage (the comment) failed, with that failure decided in. */
function withStageFailure(report, failure) {
    const reasons = failuresFirst([...report.reasons, stageFailureReason(failure)]);
    return { ...report, reasons, status: worst(reasons) };
}
function worst(reasons) {
    if (reasons.some((r) => r.status === 'fail'))
        return 'fail';
    return reasons.length ? 'warn' : 'pass';
}
function countBySeverity(findings) {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    return [...counts].map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ');
}
function evaluate(input, policy = DEFAULT_POLICY) {
    const reasons = [];
    const budgets = budgetResults(input);
    if (input.build && !input.build.ok) {
        const e = input.build.error;
        const where = e?.line ? ` at line ${e.line}${e.instruction ? ` (${e.instruction})` : ''}` : '';
        reasons.push({
            status: 'fail',
            code: 'build-failed',
            message: `the build failed${where}: ${e?.message ?? 'unknown error'}`,
        });
    }
    // A stage that could not finish explains the figures missing below, so it comes before them.
    reasons.push(...(input.failures ?? []).map(stageFailureReason));
    for (const b of budgets) {
        if (b.status !== 'pass')
            reasons.push({ status: b.status, code: `budget:${b.name}`, message: b.message });
    }
    reasons.push(...runtimeReasons(input.runtime, policy));
    reasons.push(...sizeProblemReasons(input.leftovers, policy));
    for (const e of input.lint.errors) {
        reasons.push({
            status: policy.unlintable,
            code: 'lint-error',
            message: `the Dockerfile could not be fully linted: line ${e.line}: ${e.message}`,
        });
    }
    const failing = input.lint.findings.filter((f) => reaches(f.severity, policy.lintFailOn));
    const warning = input.lint.findings.filter((f) => !reaches(f.severity, policy.lintFailOn) && reaches(f.severity, policy.lintWarnOn));
    if (failing.length) {
        reasons.push({
            status: 'fail',
            code: 'lint',
            message: `${failing.length} lint finding${failing.length === 1 ? '' : 's'} at or above "${policy.lintFailOn}" (${countBySeverity(failing)})`,
        });
    }
    if (warning.length) {
        reasons.push({
            status: 'warn',
            code: 'lint',
            message: `${warning.length} lint finding${warning.length === 1 ? '' : 's'} at or above "${policy.lintWarnOn}" (${countBySeverity(warning)})`,
        });
    }
    // Failures first, so the headline names what broke the check.
    failuresFirst(reasons);
    return { status: worst(reasons), reasons, budgets };
}


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ removeTempDir),
/* harmony export */   OV: () => (/* binding */ removeAllTempDirsNow),
/* harmony export */   mk: () => (/* binding */ makeTempDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// Every temporary folder shipshape makes, so a cancelled run can remove them all before it exits
// (a build's secret files first) even when the code that made them never reaches its `finally`.




/** Folders made and not yet removed; true for those holding secrets. */
const live = new Map();
/** Makes `<tmp>/<prefix>XXXXXX` and remembers it until removeTempDir. */
async function makeTempDir(prefix, options = {}) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), prefix));
    live.set(dir, options.secret === true);
    return dir;
}
async function removeTempDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    live.delete(dir);
}
/**
 * Removes every folder still tracked, secrets first, synchronously: a signal handler runs it
 * before the process can be killed, and no other code gets to run in between.
 */
function removeAllTempDirsNow() {
    const ordered = [...live].sort(([, a], [, b]) => Number(b) - Number(a));
    for (const [dir] of ordered) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
            live.delete(dir);
        }
        catch {
            // Left tracked; the caller's own finally may still remove it.
        }
    }
}


/***/ }),

/***/ 1996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VD: () => (/* binding */ formatBytesBeside),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
// Byte units, parsed strictly and printed the way Docker prints them (SI: 1 MB = 10^6 B).
const UNITS = {
    B: 1,
    kB: 1e3,
    MB: 1e6,
    GB: 1e9,
    KiB: 1024,
    MiB: 1024 ** 2,
    GiB: 1024 ** 3,
};
/**
 * Parses "200MB", "1.5 GiB", "512B". Units are case-sensitive as Docker and the SI write them
 * ("mb" or "Mb" could mean megabits); a bare number is refused because its unit would be a guess.
 * "KB" is refused too: people write it for both 1000 and 1024 bytes, so the error asks which.
 */
function parseBytes(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(text);
    if (!m)
        throw new Error(`"${text}" is not a size: write a number and a unit (${Object.keys(UNITS).join(', ')}), e.g. 200MB`);
    const factor = UNITS[m[2]];
    if (m[2] === 'KB')
        throw new Error(`"${text}": unit "KB" is ambiguous; write kB (1000 bytes) or KiB (1024 bytes)`);
    if (factor === undefined)
        throw new Error(`"${text}": unknown unit "${m[2]}"; use one of ${Object.keys(UNITS).join(', ')}`);
    return Math.round(Number(m[1]) * factor);
}
/** Like `docker image ls`: SI units, three significant digits, e.g. "184 MB", "1.03 GB", "812 kB". */
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let n = Math.abs(bytes);
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let i = 0;
    while (n >= 1000 && i < units.length - 1) {
        n /= 1000;
        i++;
    }
    const digits = i === 0 ? 0 : n < 10 ? 2 : n < 100 ? 1 : 0;
    let text = n.toFixed(digits);
    // 999.6 kB rounds to "1000 kB": carry into the next unit as Docker does.
    if (Number(text) >= 1000 && i < units.length - 1) {
        n /= 1000;
        i++;
        text = n.toFixed(2);
    }
    return `${sign}${text.replace(/\.0+$|(\.\d*?)0+$/, '$1')} ${units[i]}`;
}
/**
 * formatBytes, with the exact byte count added when the rounded text would read the same as
 * `other`'s: "400 MB is over the budget of 400 MB" tells a reader nothing.
 */
function formatBytesBeside(bytes, other) {
    const text = formatBytes(bytes);
    if (bytes === other || text !== formatBytes(other))
        return text;
    return `${text} (${bytes.toLocaleString('en-US')} B)`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept equal to package.json's version by a unit test; a constant keeps the bundles from
// reading package.json at run time.
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
