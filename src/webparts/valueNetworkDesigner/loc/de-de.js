define([], function() {
  return {
    "PropertyPaneDescription": "Bilden Sie die Rollen und den materiellen und immateriellen Austausch eines gewonnenen Verkaufs als Strategie-Blueprint ab."
  }
});
