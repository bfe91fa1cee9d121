import { CsvFileError } from '../../../src/interchange';
import { createRowCursor, detectDelimiter, looksBinary } from '../../../src/interchange/csv/csvRows';
import { parseChannel } from '../../../src/interchange/csv/channel';

describe('detectDelimiter', () => {
  it('counts delimiters on the header line outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('\ufeffa;b;c\r\n1,2')).toBe(';');
    expect(detectDelimiter('a\tb,c\tx')).toBe('\t');
    expect(detectDelimiter('"x,y,z";b\n')).toBe(';');
    expect(detectDelimiter('\r\n\r\na;b')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('looksBinary', () => {
  it('flags NUL and a high share of control or replacement characters', () => {
    expect(looksBinary('a,b\n1,2\n')).toBe(false);
    expect(looksBinary('a,b\u0000')).toBe(true);
    expect(looksBinary(`${'\ufffd'.repeat(9)}abc`)).toBe(true);
    expect(looksBinary('\ufffd\ufffdabc')).toBe(false);
    expect(looksBinary(`${'x'.repeat(200)}\ufffd`)).toBe(false);
  });
});

describe('createRowCursor', () => {
  it('numbers data rows and physical lines, skips blank lines and drops trailing empty headers', () => {
    const cursor = createRowCursor();
    expect(cursor.next(['\ufeffa', ' b ', ''])).toBeUndefined();
    expect(cursor.header()).toEqual(['a', 'b']);
    expect(cursor.next(['1', 'two\r\nlines'])).toEqual({ row: 1, line: 2, fields: ['1', 'two\r\nlines'] });
    expect(cursor.next([''])).toBeUndefined();
    expect(cursor.next(['', '', ''])).toBeUndefined();
    expect(cursor.next(['3', '4', ''])).toEqual({ row: 2, line: 6, fields: ['3', '4', ''] });
    expect(cursor.next(['5', '6', 'extra'])).toEqual({
      row: 3,
      line: 7,
      fields: ['5', '6', 'extra'],
      problem: 'the row has 3 fields but the header has 2: quote values that contain the delimiter'
    });
    expect(cursor.rows()).toBe(3);
    expect(() => cursor.finish()).not.toThrow();
  });

  it('refuses duplicate headers, empty files and header-only files', () => {
    expect(() => createRowCursor().next(['a', 'b', 'a'])).toThrow(
      new CsvFileError('duplicate-header', 'The header names "a" more than once: rename the duplicate columns.')
    );
    expect(() => createRowCursor().finish()).toThrow(new CsvFileError('empty', 'The file is empty: export the data again with a header row.'));
    const headerOnly = createRowCursor();
    headerOnly.next(['a']);
    expect(() => headerOnly.finish()).toThrow(new CsvFileError('header-only', 'The file has a header but no data rows.'));
  });
});

describe('parseChannel', () => {
  it('maps channels and common synonyms, refusing others with the allowed list', () => {
    expect(parseChannel(' Meeting ')).toEqual({ ok: true, value: 'meeting' });
    expect(parseChannel('E-Mail')).toEqual({ ok: true, value: 'mail' });
    expect(parseChannel('phone')).toEqual({ ok: true, value: 'call' });
    expect(parseChannel('toString')).toEqual({ ok: false, reason: '"toString" is not a channel; use one of meeting, mail, call, task, document, workflow, other' });
  });
});
