/** The public face of src/interchange: file formats in and out. Import from here, not from the folders. */

// Safe XML reading (shared by BPEL, BPMN and XES).
export { parseXmlSafely, DEFAULT_MAX_XML_BYTES, DEFAULT_MAX_XML_DEPTH, MAX_XML_DEPTH_CEILING } from './xml/safeXml';
export type { XmlElement, SafeXmlOptions } from './xml/safeXml';
export { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml/resolveXmlTree';
export { escapeXmlText, escapeXmlAttribute } from './xml/xmlText';
