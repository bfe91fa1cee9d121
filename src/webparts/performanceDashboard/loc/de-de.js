define([], function() {
  return {
    "PropertyPaneDescription": "Überwachen Sie Verkaufschancen gegen den Blueprint und lernen Sie, was Geschäfte gewinnt."
  }
});
