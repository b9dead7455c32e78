// The shared protocol module against the real bundled server: the method objects name what the server
// handles, and the client's error count agrees with the severities the server really sends.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  errorCount,
  ManifestRequest,
  RemoteStateNotification,
  type ManifestResult,
  type RemoteStateParams,
} from '../../protocol/src';
import { startLspClient, testUri, type LspClient } from './lspClient';

describe('the twin/* protocol module', () => {
  let client: LspClient;
  before(async () => {
    client = await startLspClient({ locale: 'en' });
  });
  after(async () => {
    await client.stop();
  });

  test('counts one error among warnings in a real twin/manifest answer', async () => {
    const uri = testUri('one-error.twin.yaml');
    // A name with a double space (a warning) and a duplicate (an error).
    await client.open(uri, 'attributes:\n  - Город  Москва\n  - ФИО\n  - фио\n');
    const result = await client.request<ManifestResult | null>(ManifestRequest.method, { uri });
    assert.ok(result);
    const severities = result.diagnostics.map((d) => `${d.code}:${d.severity}`).sort();
    assert.deepEqual(severities, ['duplicate-name:error', 'whitespace:warning']);
    assert.equal(errorCount(result), 1, 'the "1 error" message, not "0 errors"');
  });

  test('a warning alone counts no error, so the manifest can be planned', async () => {
    const uri = testUri('warning-only.twin.yaml');
    await client.open(uri, 'attributes:\n  - Город  Москва\n');
    const result = await client.request<ManifestResult | null>(ManifestRequest.method, { uri });
    assert.ok(result?.manifest);
    assert.equal(errorCount(result), 0);
  });

  test('the remote-state notification object names the method the server listens to', async () => {
    const uri = testUri('remote-only.twin.yaml');
    await client.open(uri, 'attributes:\n  - ФИО\n');
    const params: RemoteStateParams = {
      api: 'https://chat-api.twin24.ai/api/v1',
      sections: { attributes: ['ФИО', 'Город'], clientTags: [], sessionTags: [] },
    };
    await client.notify(RemoteStateNotification.method, params);
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['remote-only'],
    );
  });
});
