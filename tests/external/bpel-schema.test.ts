import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { exportBpel } from '../../src/interchange/bpel/exportBpel';
import { richBlueprint } from '../fixtures/interchange/bpel/richBlueprint';

const fixtures = path.resolve(__dirname, '../../../shared/fixtures');
const xsd = path.join(fixtures, 'bpel/xsd');
const describeIfFixtures = existsSync(xsd) ? describe : describe.skip;

/**
 * The OASIS schemas import http://www.w3.org/2001/xml.xsd. Tests run offline (--nonet), so an XML
 * catalog maps that address to a local copy declaring the four xml:* attributes.
 */
const XML_XSD = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang" type="xs:language"/>
  <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName"><xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType></xs:attribute>
  <xs:attribute name="base" type="xs:anyURI"/>
  <xs:attribute name="id" type="xs:ID"/>
</xs:schema>
`;

describeIfFixtures('exported BPEL is valid against the OASIS WS-BPEL 2.0 schemas (xmllint)', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    if (spawnSync('xmllint', ['--version']).error !== undefined) {
      throw new Error('xmllint is missing: install the Debian package libxml2-utils (apt-get install -y libxml2-utils).');
    }
    work = mkdtempSync(path.join(tmpdir(), 'vn-bpel-schema-'));
    writeFileSync(path.join(work, 'xml.xsd'), XML_XSD);
    writeFileSync(
      path.join(work, 'catalog.xml'),
      `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n` +
        `  <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://${path.join(work, 'xml.xsd')}"/>\n` +
        `  <uri name="http://www.w3.org/2001/xml.xsd" uri="file://${path.join(work, 'xml.xsd')}"/>\n</catalog>\n`
    );
    env = { ...process.env, XML_CATALOG_FILES: path.join(work, 'catalog.xml') };
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  /** Runs xmllint; returns its combined output, which ends in "validates" or "fails to validate". */
  function validate(schema: string, file: string): string {
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(xsd, schema), file], { env, encoding: 'utf8' });
    return `${result.stdout}${result.stderr}`.trim();
  }

  it('accepts the OASIS loan approval example (the harness itself works)', () => {
    const file = path.join(fixtures, 'bpel/oasis-2.0/loanApprovalProcess.bpel');
    expect(validate('ws-bpel_executable.xsd', file)).toBe(`${file} validates`);
  });

  it.each([
    ['abstract', 'ws-bpel_abstract_common_base.xsd'],
    ['executable', 'ws-bpel_executable.xsd']
  ] as const)('validates the %s export of the rich blueprint', (profile, schema) => {
    const file = path.join(work, `rich-${profile}.bpel`);
    writeFileSync(file, exportBpel(richBlueprint, { profile }).bpel);
    expect(validate(schema, file)).toBe(`${file} validates`);
  });

  it('rejects an export whose activity order was broken (the check is not vacuous)', () => {
    const file = path.join(work, 'broken.bpel');
    const broken = exportBpel(richBlueprint, { profile: 'executable' }).bpel.replace('<sequence name="stages">', '<sequence name="stages"><bogus/>');
    writeFileSync(file, broken);
    expect(validate('ws-bpel_executable.xsd', file)).toMatch(/fails to validate$/);
  });

  it('validates the partner link types of the companion WSDL against the plnktype schema', () => {
    const { wsdl } = exportBpel(richBlueprint);
    // The WSDL 1.1 schema is not among the fixtures: validate each plnk:partnerLinkType element on its own.
    const linkTypes = wsdl.match(/<plnk:partnerLinkType[\s\S]*?<\/plnk:partnerLinkType>/g) ?? [];
    expect(linkTypes).toHaveLength(5);
    linkTypes.forEach((element, index) => {
      const file = path.join(work, `plnk-${index}.xml`);
      writeFileSync(file, element.replace('<plnk:partnerLinkType', '<plnk:partnerLinkType xmlns:plnk="http://docs.oasis-open.org/wsbpel/2.0/plnktype" xmlns:tns="urn:t"'));
      expect(validate('ws-bpel_plnktype.xsd', file)).toBe(`${file} validates`);
    });
  });
});

