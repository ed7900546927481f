// `.isnad.json` that cannot be used (huge, not JSON, of the wrong shape), the document size limit in the
// settings, and what package.json declares for untrusted workspaces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DEFAULT_MAX_DOCUMENT_SIZE,
  DEFAULT_SETTINGS,
  MAX_CONFIG_FILE_SIZE,
  MIN_MAX_DOCUMENT_SIZE,
  mergeSettings,
  normalise,
  parseConfigFile,
} from '../../server/src/config';

const WHERE = 'file:///ws/.isnad.json';

describe('.isnad.json that cannot be used', () => {
  test('too long: not parsed, the defaults, one warning that says so', () => {
    const huge = JSON.stringify({ reportingVerbs: ['صرّح'], pad: 'x'.repeat(MAX_CONFIG_FILE_SIZE) });
    const result = parseConfigFile(huge, WHERE);
    assert.deepEqual(result.settings, {});
    assert.match(result.warning ?? '', /^file:\/\/\/ws\/\.isnad\.json: too long \(over 1000000 characters\); ignored, the defaults are used$/u);
  });

  test('not JSON, or not an object: the defaults and a warning', () => {
    for (const content of ['{ "severity": ', 'module.exports = { }', '[]', '"text"', '42', 'null']) {
      const result = parseConfigFile(content, WHERE);
      assert.deepEqual(result.settings, {}, content);
      assert.match(result.warning ?? '', /ignored, the defaults are used$/u, content);
    }
  });

  test('keys of the wrong shape are named and left out; the good keys are used', () => {
    const result = parseConfigFile(
      JSON.stringify({
        severity: { 'name-variant': 'loud' },
        reportingVerbs: ['صرّح', 7],
        people: 'سامي الحداد',
        minArabicRatio: 2,
        excludedLanguages: ['json'],
        maxDocumentSize: 'big',
        colour: 'red',
        $schema: 'https://example.invalid/schema.json',
      }),
      WHERE,
    );
    assert.deepEqual(result.settings.excludedLanguages, ['json']);
    assert.deepEqual(result.settings.reportingVerbs, ['صرّح'], 'the strings of a mixed array are kept');
    assert.equal(result.settings.people, undefined);
    assert.equal(result.settings.maxDocumentSize, undefined);
    const warning = result.warning ?? '';
    for (const part of ['"severity" should be', '"reportingVerbs" should be an array of strings', '"people" should be', '"minArabicRatio" should be a number from 0 to 1', '"maxDocumentSize" should be', 'unknown key "colour"']) {
      assert.ok(warning.includes(part), `${part} in: ${warning}`);
    }
    assert.ok(!warning.includes('excludedLanguages') && !warning.includes('$schema'), warning);
    assert.ok(warning.startsWith(`${WHERE}: `) && warning.endsWith('. What is wrong there is ignored (the defaults stand), the rest is used'), warning);
  });

  test('a well-formed file gives no warning', () => {
    const result = parseConfigFile(JSON.stringify({ severity: { 'name-variant': 'off' }, people: [{ name: 'سامي الحداد', aliases: ['الحداد'] }], maxDocumentSize: 2_000_000 }), WHERE);
    assert.equal(result.warning, undefined);
    assert.equal(result.settings.maxDocumentSize, 2_000_000);
  });
});

describe('isnad.maxDocumentSize', () => {
  test('defaults to 5 MB; too small values are raised to the minimum; nonsense is ignored', () => {
    assert.equal(DEFAULT_SETTINGS.maxDocumentSize, DEFAULT_MAX_DOCUMENT_SIZE);
    assert.equal(mergeSettings({}, {}).maxDocumentSize, 5_000_000);
    assert.equal(normalise({ maxDocumentSize: 10 }).maxDocumentSize, MIN_MAX_DOCUMENT_SIZE);
    assert.equal(normalise({ maxDocumentSize: 12_345.6 }).maxDocumentSize, 12_345);
    assert.equal(normalise({ maxDocumentSize: '1000' }).maxDocumentSize, undefined);
    assert.equal(normalise({ maxDocumentSize: Number.NaN }).maxDocumentSize, undefined);
  });

  test('the workspace file can lower the limit, not raise it', () => {
    assert.equal(mergeSettings({ maxDocumentSize: 2_000 }, { maxDocumentSize: 5_000_000 }).maxDocumentSize, 2_000);
    assert.equal(mergeSettings({ maxDocumentSize: 9_000_000 }, { maxDocumentSize: 5_000_000 }).maxDocumentSize, 5_000_000);
    assert.equal(mergeSettings({}, { maxDocumentSize: 9_000_000 }).maxDocumentSize, 9_000_000);
  });
});

describe('package.json', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
    contributes: { configuration: { properties: Record<string, { default?: unknown; minimum?: number }> } };
  };
  const properties = manifest.contributes.configuration.properties;

  test('declares limited support of untrusted workspaces, restricting settings it contributes', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.match(untrusted.description ?? '', /\.isnad\.json/u);
    assert.deepEqual(untrusted.restrictedConfigurations, ['isnad.people', 'isnad.reportingVerbs', 'isnad.maxDocumentSize']);
    for (const key of untrusted.restrictedConfigurations ?? []) assert.ok(properties[key], key);
  });

  test('isnad.maxDocumentSize has the server default and minimum', () => {
    assert.equal(properties['isnad.maxDocumentSize']?.default, DEFAULT_MAX_DOCUMENT_SIZE);
    assert.equal(properties['isnad.maxDocumentSize']?.minimum, MIN_MAX_DOCUMENT_SIZE);
  });
});
