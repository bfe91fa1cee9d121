/** The public face of src/interchange: file formats in and out. Import from here, not from the folders. */

// Safe XML reading (shared by BPEL, BPMN and XES).
export { parseXmlSafely, DEFAULT_MAX_XML_BYTES, DEFAULT_MAX_XML_DEPTH, MAX_XML_DEPTH_CEILING } from './xml/safeXml';
export type { XmlElement, SafeXmlOptions } from './xml/safeXml';
export { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml/resolveXmlTree';
export { escapeXmlText, escapeXmlAttribute } from './xml/xmlText';

// WS-BPEL 2.0 export and import.
export { exportBpel } from './bpel/exportBpel';
export type { BpelExport, BpelExportOptions } from './bpel/exportBpel';
export type { BpelProfile } from './bpel/bpelActivities';
export { importBpel } from './bpel/importBpel';
export { BPEL_ABSTRACT_NS, BPEL_EXECUTABLE_NS, BPEL4WS_11_NS, VN_BPEL_EXTENSION_NS } from './bpel/bpelNames';
export { writeXml } from './xml/writeXml';
export type { XmlNodeToWrite } from './xml/writeXml';

// BPMN 2.0 export (diagram for people; one way).
export { exportBpmn } from './bpmn/exportBpmn';
