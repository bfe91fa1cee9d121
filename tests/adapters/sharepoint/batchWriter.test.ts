import { DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { runInBatches, summariseOutcomes } from '../../../src/adapters/sharepoint/batchWriter';
import { ThrottlingRetry } from '../../../src/adapters/sharepoint/behaviors/throttlingRetry';

const SITE = 'https://contoso.sharepoint.com/sites/sales';

interface Part {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** A `$batch` answer in SharePoint's format (LF line ends, one part per request). */
function batchResponse(parts: readonly Part[]): Response {
  const lines: string[] = [];
  for (const part of parts) {
    lines.push('--batchresponse_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `HTTP/1.1 ${part.status} X`);
    lines.push('CONTENT-TYPE: application/json;odata=minimalmetadata');
    for (const [name, value] of Object.entries(part.headers ?? {})) lines.push(`${name}: ${value}`);
    lines.push('', part.body === undefined ? '' : JSON.stringify(part.body));
  }
  lines.push('--batchresponse_1--', '');
  return new Response(lines.join('\n'), { status: 200, headers: { 'Content-Type': 'multipart/mixed; boundary=batchresponse_1' } });
}

const duplicate = { 'odata.error': { code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message: { lang: 'en-US', value: 'duplicate values were found' } } };

function clientAnswering(answers: ((body: string) => Response)[], bodies: string[]): SPFI {
  let i = 0;
  return spfi(SITE).using(
    DefaultHeaders(),
    DefaultInit(),
    DefaultParse(),
    ThrottlingRetry({
      fetch: async (_url, init) => {
        const body = String(init.body);
        bodies.push(body);
        return answers[i++](body);
      }
    })
  );
}

const addOf = (key: string) => ({ key, run: (b: SPFI) => b.web.lists.getByTitle('Interactions').items.add({ VNSourceKey: key }) });
const postsIn = (body: string): number => body.split('\n').filter((line) => /^POST /.test(line)).length;

describe('runInBatches', () => {
  it('retries only the throttled parts of a batch, after their Retry-After', async () => {
    const bodies: string[] = [];
    const sp = clientAnswering(
      [
        () => batchResponse([{ status: 201, body: { Id: 1 } }, { status: 429, headers: { 'Retry-After': '4' } }, { status: 500, body: duplicate }]),
        () => batchResponse([{ status: 201, body: { Id: 2 } }])
      ],
      bodies
    );
    const sleeps: number[] = [];
    const outcomes = await runInBatches(sp, [addOf('a'), addOf('b'), addOf('c')], { sleep: async (ms) => void sleeps.push(ms), random: () => 0 });
    expect(outcomes.map((o) => o.kind)).toEqual(['ok', 'ok', 'duplicate']);
    expect(sleeps).toEqual([4000]);
    expect(bodies.map(postsIn)).toEqual([3, 1]);
    expect(bodies[1]).toContain('"VNSourceKey":"b"');
    expect(summariseOutcomes(outcomes)).toEqual({ accepted: 2, alreadyStored: 1, failed: 0, failures: [] });
  });

  it('splits into batches of batchSize and reports parts that never succeed as failed', async () => {
    const bodies: string[] = [];
    const sp = clientAnswering(
      [() => batchResponse([{ status: 201, body: { Id: 1 } }, { status: 201, body: { Id: 2 } }]), () => batchResponse([{ status: 400, body: { 'odata.error': { code: '-1', message: { value: 'bad' } } } }])],
      bodies
    );
    const outcomes = await runInBatches(sp, [addOf('a'), addOf('b'), addOf('c')], { batchSize: 2, sleep: async () => undefined });
    expect(bodies.map(postsIn)).toEqual([2, 1]);
    const summary = summariseOutcomes(outcomes);
    expect([summary.accepted, summary.alreadyStored, summary.failed]).toEqual([2, 0, 1]);
    expect(summary.failures[0].key).toBe('c');
  });
});
