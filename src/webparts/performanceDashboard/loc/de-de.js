// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Überwachen Sie Verkaufschancen gegen den Blueprint und lernen Sie, was Geschäfte gewinnt.",
    "BlueprintGroup": "Blueprint und Schwellenwerte",
    "BlueprintLabel": "Blueprint",
    "PublishedBlueprint": "Der veröffentlichte Blueprint",
    "LateToleranceLabel": "Toleranz für Verspätung (Tage)",
    "MinSeverityLabel": "Mindestschweregrad für Hervorhebung",
    "SeverityLow": "Niedrig",
    "SeverityMedium": "Mittel",
    "SeverityHigh": "Hoch"
  }
});
