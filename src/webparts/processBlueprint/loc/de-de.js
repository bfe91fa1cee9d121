// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Legen Sie Phasen, Ausstiegskriterien, Fristen und die Erkennung in Ihren Daten fest.",
    "BlueprintGroup": "Blueprint und Schwellenwerte",
    "BlueprintLabel": "Blueprint",
    "PublishedBlueprint": "Der veröffentlichte Blueprint",
    "LateToleranceLabel": "Toleranz für Verspätung (Tage)",
    "MinSeverityLabel": "Mindestschweregrad für Hervorhebung",
    "SeverityLow": "Niedrig",
    "SeverityMedium": "Mittel",
    "PublisherGroupLabel": "Gruppe, die veröffentlichen darf (neben den Websitebesitzern)",
    "SeverityHigh": "Hoch"
  }
});
