define([], function() {
  return {
    "PropertyPaneDescription": "Define the stages, exit criteria, timing and data recognition of the sales process."
  }
});
