// The rules, in the order their problems are listed for one position.
import { duplicateNameRule } from './duplicateName';
import { emptyNameRule } from './emptyName';
import { invalidTypeRule } from './invalidType';
import { invisibleCharRule } from './invisibleChar';
import { mixedScriptRule } from './mixedScript';
import { nameTooLongRule } from './nameTooLong';
import { nonStringNameRule } from './nonStringName';
import type { ManifestRule } from './rule';
import { unknownKeyRule } from './unknownKey';
import { unsupportedVersionRule } from './unsupportedVersion';
import { whitespaceRule } from './whitespace';
import { yamlSyntaxRule } from './yamlSyntax';

/** Every validation rule of the manifest format. */
export const manifestRules: readonly ManifestRule[] = [
  yamlSyntaxRule,
  unknownKeyRule,
  invalidTypeRule,
  unsupportedVersionRule,
  emptyNameRule,
  nameTooLongRule,
  invisibleCharRule,
  duplicateNameRule,
  mixedScriptRule,
  whitespaceRule,
  nonStringNameRule,
];

export type { ManifestRule, RuleSettings, DocumentFacts } from './rule';
export { removeEntryEdit, findDuplicates } from './duplicateName';
