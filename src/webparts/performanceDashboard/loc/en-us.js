define([], function() {
  return {
    "PropertyPaneDescription": "Monitor opportunities against the blueprint and learn what wins deals."
  }
});
