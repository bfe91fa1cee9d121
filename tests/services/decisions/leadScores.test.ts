import { readLeadsCsv } from '../../../src/interchange/csv/leadsCsv';
import { filterLeads, leadGrade, prioritisedLeadsCsv, prioritiseLeads, TooFewLeadsError, trainLeadModel } from '../../../src/services/decisions/leadScores';

const SOURCES = ['Referral', 'Webinar', 'Cold call', 'Select'];

/**
 * 120 leads in file order: 100 with a known outcome, 20 open. Referrals convert 4 in 5, webinars 1 in
 * 2, cold calls 1 in 5; an untouched source drop-down ("Select") is missing, never a category.
 */
function leadsFile(): string {
  const lines = ['Name,Source,Employees,Converted'];
  for (let i = 0; i < 120; i++) {
    const source = SOURCES[i % 4];
    const share = source === 'Referral' ? 0.8 : source === 'Webinar' ? 0.5 : source === 'Cold call' ? 0.2 : 0.4;
    const converted = (i * 7) % 10 < share * 10;
    const name = i === 101 ? '=HYPERLINK("http://x.example","Click")' : `Lead ${String(i).padStart(3, '0')}`;
    lines.push(`"${name.replace(/"/g, '""')}",${source},${50 + (i % 9) * 25},${i >= 100 ? '' : converted ? 'yes' : 'no'}`);
  }
  return lines.join('\n');
}

describe('lead scores', () => {
  const table = readLeadsCsv(leadsFile());
  const options = { outcomeColumn: 'Converted', identityColumns: ['Name'] };

  it('grades scores at 75, 50 and 25', () => {
    expect([100, 75, 74, 50, 49, 25, 24, 0].map(leadGrade)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('trains on the leads with a known outcome and evaluates on the latest quarter of them', () => {
    const trained = trainLeadModel(table, options);
    expect(trained.columns).toEqual([{ name: 'Source', kind: 'categorical' }, { name: 'Employees', kind: 'numeric' }]);
    expect(trained.model.trainedOn).toEqual({ converted: 45, notConverted: 55 });
    expect(trained.evaluation?.tested).toEqual({ converted: 11, notConverted: 14 });
    expect([trained.evaluation?.auc?.toFixed(3), trained.evaluation?.brier?.toFixed(3)]).toEqual(['0.753', '0.202']);
  });

  it('prioritises the open leads with grade and top reasons, filters them and exports formula-safe CSV', async () => {
    const leads = prioritiseLeads(trainLeadModel(table, options), table, { nameColumn: 'Name' });
    expect(leads.length).toBe(20);
    expect(leads.slice(0, 3).map((l) => [l.name, l.score, l.grade, l.reasons])).toEqual([
      ['Lead 108', 79, 'A', ['Source is Referral (+24.0)', 'Source is not Cold call (+6.2)', 'Employees 50 (+4.5)']],
      ['Lead 100', 78, 'A', ['Source is Referral (+24.0)', 'Source is not Cold call (+6.2)', 'Employees 75 (+3.4)']],
      ['Lead 112', 76, 'A', ['Source is Referral (+24.0)', 'Source is not Cold call (+6.2)', 'Source is not Webinar (+1.1)']]
    ]);
    expect(filterLeads(leads, { grades: ['A'] }).length).toBe(4);
    expect(filterLeads(leads, { column: 'Source', value: 'webinar' }).map((l) => l.name)).toEqual(['Lead 117', 'Lead 109', '=HYPERLINK("http://x.example","Click")', 'Lead 113', 'Lead 105']);
    const csv = (await prioritisedLeadsCsv(leads, table)).split('\r\n');
    expect(csv[0]).toBe('Rank,Lead,Score,Grade,Top reasons,Name,Source,Employees,Converted');
    // The name a spreadsheet would run as a formula is exported as text.
    expect(csv.find((line) => line.includes('HYPERLINK'))).toBe(
      `8,"'=HYPERLINK(""http://x.example"",""Click"")",43,C,Source is not Referral (-8.0); Source is not Cold call (+6.2); Source is Webinar (-3.2),"'=HYPERLINK(""http://x.example"",""Click"")",Webinar,100,`
    );
  });

  it('says how many leads each class needs', () => {
    const few = { columns: table.columns, rows: table.rows.slice(0, 30) };
    expect(() => trainLeadModel(few, options)).toThrow(new TooFewLeadsError(13, 17, 20));
    expect(() => trainLeadModel(few, options)).toThrow('Too few leads with a known outcome: 13 converted and 17 not converted; each needs at least 20.');
  });
});
