import { parseDateInFormat, parseExcelSerial } from '../../../src/interchange/dates/dateFormat';
import { detectDateFormat } from '../../../src/interchange/dates/detectDateFormat';

describe('parseExcelSerial', () => {
  it.each([
    ['45292', Date.UTC(2024, 0, 1)],
    ['45292.5', Date.UTC(2024, 0, 1, 12)],
    // Excel writes 14:30 as a binary fraction a hair below; whole seconds come back.
    ['45292.604166666664', Date.UTC(2024, 0, 1, 14, 30)],
    ['1', Date.UTC(1899, 11, 31)]
  ])('%s is %d', (raw, value) => {
    expect(parseExcelSerial(raw)).toEqual({ ok: true, value });
  });

  it.each(['0', '-3', '2958466', '45292,5', 'abc', ''])('refuses %j', (raw) => {
    expect(parseExcelSerial(raw)).toEqual({ ok: false, reason: `"${raw}" is not an Excel serial date; expected a day number such as 45292 (2024-01-01) or 45292.5 (12:00)` });
  });

  it('parseDateInFormat reads the written orders through parseDateTime', () => {
    expect(parseDateInFormat('3/13/2017', 'month-first')).toEqual({ ok: true, value: Date.UTC(2017, 2, 13) });
    expect(parseDateInFormat('13.03.2017', 'day-first')).toEqual({ ok: true, value: Date.UTC(2017, 2, 13) });
  });
});

describe('detectDateFormat', () => {
  it.each([
    [['2024-01-02', '2024-12-31T10:00:00Z'], false, { format: 'iso', candidates: ['iso'], read: 2 }],
    [['10/20/2016', '3/1/2017'], false, { format: 'month-first', candidates: ['month-first'], read: 2 }],
    [['20.10.2016', '01.03.2017 14:30'], false, { format: 'day-first', candidates: ['day-first'], read: 2 }],
    [['03/04/2024', '05/06/2024'], false, { format: undefined, candidates: ['day-first', 'month-first'], example: '03/04/2024', read: 2 }],
    // A bad cell does not hide the format; the import reports its row.
    [['n/a', '03/04/2024', '13/06/2024'], false, { format: 'day-first', candidates: ['day-first'], read: 2 }],
    [['45292', '45300.25'], true, { format: 'excel-serial', candidates: ['excel-serial'], read: 2 }],
    [['45292'], false, { format: undefined, candidates: [], read: 0 }],
    [['13/13/2024'], false, { format: undefined, candidates: [], read: 0 }],
    [[], false, { format: undefined, candidates: [], read: 0 }]
  ] as const)('%j (serials: %s)', (values, serial, guess) => {
    expect(detectDateFormat(values, serial)).toEqual(guess);
  });
});
