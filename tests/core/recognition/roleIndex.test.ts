import { contactAccounts, indexRoleAssignments, rolesOnAccount } from '../../../src/core/recognition/roleIndex';
import type { RoleAssignment } from '../../../src/core/model/technicalBlueprint';

const assignments: RoleAssignment[] = [
  { account: '*', email: 'Ann@Seller.example', roleId: 'ae' },
  { account: 'acme', email: 'carl@acme.example', roleId: 'champion' },
  { account: 'acme', email: 'CARL@acme.example', roleId: 'champion' },
  { account: 'globex', email: 'carl@acme.example', roleId: 'buyer' },
  { account: 'acme', email: 'ann@seller.example', roleId: 'ae' },
  { account: 'acme', email: 'ann@seller.example', roleId: 'legal' }
];

describe('indexRoleAssignments', () => {
  it('keys by lower-cased email, then account, with the `*` roles under their own key and duplicates collapsed', () => {
    const index = indexRoleAssignments(assignments);
    expect([...index.keys()]).toEqual(['ann@seller.example', 'carl@acme.example']);
    expect([...(index.get('ann@seller.example')?.entries() ?? [])]).toEqual([['*', ['ae']], ['acme', ['ae', 'legal']]]);
    expect([...(index.get('carl@acme.example')?.entries() ?? [])]).toEqual([['acme', ['champion']], ['globex', ['buyer']]]);
    expect(indexRoleAssignments([]).size).toBe(0);
  });
});

describe('rolesOnAccount', () => {
  const index = indexRoleAssignments(assignments);
  it('gives the account roles then the every-account ones, once each, for any case of the email', () => {
    expect(rolesOnAccount(index, 'ANN@seller.example', 'acme')).toEqual(['ae', 'legal']);
    expect(rolesOnAccount(index, 'ann@seller.example', 'globex')).toEqual(['ae']);
    expect(rolesOnAccount(index, 'carl@acme.example', 'globex')).toEqual(['buyer']);
    expect(rolesOnAccount(index, 'carl@acme.example', 'initech')).toEqual([]);
    expect(rolesOnAccount(index, 'nobody@x.example', 'acme')).toEqual([]);
  });
});

describe('contactAccounts', () => {
  const index = indexRoleAssignments(assignments);
  it('lists the named accounts of the people, sorted, never `*`', () => {
    expect(contactAccounts(index, ['Carl@Acme.example', 'zed@x.example'])).toEqual(['acme', 'globex']);
    expect(contactAccounts(index, ['ann@seller.example'])).toEqual(['acme']);
    expect(contactAccounts(indexRoleAssignments([{ account: '*', email: 'a@x', roleId: 'ae' }]), ['a@x'])).toEqual([]);
    expect(contactAccounts(index, [])).toEqual([]);
  });
});
