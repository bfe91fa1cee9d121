// Stands in for SharePoint-internal packages (@ms/*, @msinternal/*) that only exist inside SharePoint.
module.exports = new Proxy({}, { get: () => () => undefined });
