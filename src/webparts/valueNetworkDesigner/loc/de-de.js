// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Bilden Sie die Rollen und den materiellen und immateriellen Austausch eines gewonnenen Verkaufs als Strategie-Blueprint ab.",
    "BlueprintGroup": "Blueprint",
    "BlueprintLabel": "Blueprint",
    "PublishedBlueprint": "Der zuletzt geänderte Blueprint",
    "LateToleranceLabel": "Toleranz für Verspätung (Tage)",
    "MinSeverityLabel": "Mindestschweregrad für Hervorhebung",
    "SeverityLow": "Niedrig",
    "SeverityMedium": "Mittel",
    "PublisherGroupLabel": "Gruppe, die veröffentlichen darf (neben den Websitebesitzern)",
    "SeverityHigh": "Hoch"
  }
});
