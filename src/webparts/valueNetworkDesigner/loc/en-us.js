define([], function() {
  return {
    "PropertyPaneDescription": "Map the roles and tangible and intangible exchanges of a winning sale as a Strategy Blueprint."
  }
});
