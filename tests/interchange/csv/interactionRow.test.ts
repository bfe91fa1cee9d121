import { parseInteractionsCsv } from '../../../src/interchange/csv/interactionsCsv';

describe('interaction row source keys', () => {
  it('keeps the keys of the first implementation, counting identical rows wherever they are', () => {
    // Rows 1, 2 and 4 have the same content once cleaned (10:00+01:00 is 09:00Z, E-mail is mail).
    const text = [
      'Deal,When,Step,Who,Channel',
      'D-1,2024-03-01T09:00:00Z,Demo,ann,mail',
      'D-1,2024-03-01T09:00:00Z,Demo,ann,mail',
      'D-2,2024-03-01,ROI model,,',
      'D-1,2024-03-01 10:00+01:00,Demo,ann,E-mail',
      ''
    ].join('\n');
    const result = parseInteractionsCsv(text, {
      mapping: { opportunityId: 'Deal', activity: 'Step', timestamp: 'When', fromParticipant: 'Who', channel: 'Channel' },
      dateOrder: 'iso'
    });
    const demo = { opportunityId: 'D-1', timestamp: 1709283600000, activity: 'Demo', source: 'csv', fromParticipant: 'ann', channel: 'mail' };
    expect(result.records).toEqual([
      { ...demo, sourceKey: '196f0a493913e800325efd38062f' },
      { ...demo, sourceKey: '0e9f14d643b5d106aaf5d67d1ba8' },
      { opportunityId: 'D-2', timestamp: 1709251200000, activity: 'ROI model', source: 'csv', sourceKey: '05eace0a3bbca510966007f22360' },
      { ...demo, sourceKey: '0ff3bd943fb6dc1cbabecb391357' }
    ]);
  });
});
