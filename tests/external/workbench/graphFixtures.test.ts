import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateChatMessage, validateSendMail } from '../../../workbench/server/graph';
import { parseBatch } from '../../../workbench/server/graph/batch';
import { GraphEmulatorError } from '../../../workbench/server/graph/errors';

const graphFixtures = join(path(), 'graph');

function path(): string {
  return resolve(__dirname, '../../../../shared/fixtures');
}

function read(name: string): unknown {
  return JSON.parse(readFileSync(join(graphFixtures, name), 'utf8')) as unknown;
}

function refusal(run: () => unknown): [number, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphEmulatorError) return [error.status, error.code];
    throw error;
  }
  throw new Error('expected a refusal');
}

(existsSync(graphFixtures) ? describe : describe.skip)('Graph emulator against the official v1.0 doc samples', () => {
  it('accepts the schema-valid sendMail samples and refuses the sloppy ones', () => {
    expect(validateSendMail(read('user-sendmail/example2-headers.request.json')).to).toEqual(['AlexW@contoso.com']);
    expect(validateSendMail(read('user-sendmail/example3-attachment.request.json')).contentType).toBe('text');
    // saveToSentItems sent as the string "false": Microsoft 365 answers 400.
    expect(refusal(() => validateSendMail(read('user-sendmail/example1.request.json')))).toEqual([400, 'RequestBodyRead']);
    // A message object without the sendMail `message` wrapper.
    expect(refusal(() => validateSendMail(read('user-sendmail/example5-flagged.request.AS-DOCUMENTED.json')))).toEqual([400, 'ErrorInvalidRequest']);
  });

  it('accepts the chatMessage samples, including card and reference attachments', () => {
    expect(validateChatMessage(read('channel-post-messages/example1.request.json')).contentType).toBe('text');
    expect(validateChatMessage(read('chat-post-messages/request.json')).content).toBe('Hello world');
    expect(validateChatMessage(read('chatmessage-post/example3-card-attachment.request.json')).attachments.map((a) => a.id)).toEqual(['74d20c7f34aa4a7fb74e2b30004247c5']);
    expect(validateChatMessage(read('chatmessage-post/example4-reference-attachment.request.json')).cards).toEqual([]);
  });

  it('parses the batch samples with their dependsOn chains', () => {
    expect(parseBatch(read('json-batching/request.json')).map((item) => [item.id, item.method])).toEqual([
      ['1', 'GET'],
      ['2', 'GET'],
      ['3', 'DELETE'],
      ['4', 'POST'],
      ['5', 'GET']
    ]);
    expect(parseBatch(read('json-batching/dependsOn.request.json')).map((item) => item.dependsOn)).toEqual([[], ['1'], ['2'], ['4']]);
  });
});
