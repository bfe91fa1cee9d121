import type { Blueprint } from '../../model';

/**
 * A phrase for a feature at a value, as a sales leader reads it, e.g. `no "Business case"
 * (Account executive → Economic buyer)` or `last exchange 12 days ago`. Unknown names come back as is.
 */
export function featureLabel(name: string, value: number, blueprint: Blueprint): string {
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const deliverable = (id: string): string => blueprint.transactions.find((t) => t.id === id)?.deliverable ?? id;
  const exchange = (id: string): string => {
    const t = blueprint.transactions.find((x) => x.id === id);
    return t ? `"${t.deliverable}" (${roleName(t.from)} → ${roleName(t.to)})` : `"${id}"`;
  };
  const colon = name.indexOf(':');
  const kind = colon < 0 ? name : name.slice(0, colon);
  const subject = colon < 0 ? '' : name.slice(colon + 1);
  switch (kind) {
    case 'exchange':
      return value > 0 ? `${exchange(subject)} done` : `no ${exchange(subject)}`;
    case 'role':
      return value > 0 ? `${roleName(subject)} involved` : `no contact with ${roleName(subject)}`;
    case 'order': {
      const [a, b] = subject.split('>');
      return `${value > 0 ? '' : 'not '}"${deliverable(a)}" before "${deliverable(b)}"`;
    }
    case 'conformance':
      return `conformance in "${blueprint.stages.find((s) => s.id === subject)?.name ?? subject}" ${Math.round(100 * value)}%`;
    case 'stage.progress':
      return `reached ${Math.round(100 * value)}% of the stages`;
    case 'required.share':
      return `${Math.round(100 * value)}% of required exchanges done`;
    case 'velocity.log_ratio':
      return value > 0 ? `${(Math.exp(value)).toFixed(1)}x slower than usual in this stage` : `moving at or faster than usual in this stage`;
    case 'recency.log_days':
      return `last exchange ${Math.round(Math.exp(value) - 1)} days ago`;
    case 'activity.log_count':
      return `${Math.round(Math.exp(value) - 1)} recognised exchanges`;
    case 'late.share':
      return `${Math.round(100 * value)}% of timed exchanges late`;
    case 'threading.customer_roles':
      return `${value} customer role${value === 1 ? '' : 's'} engaged`;
    case 'amount.log':
      return `deal size ${Math.round(Math.exp(value) - 1)}`;
    default:
      return name;
  }
}
