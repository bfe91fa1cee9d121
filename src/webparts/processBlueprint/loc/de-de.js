define([], function() {
  return {
    "PropertyPaneDescription": "Legen Sie Phasen, Ausstiegskriterien, Fristen und die Erkennung in Ihren Daten fest."
  }
});
