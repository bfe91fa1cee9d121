// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Map the roles and tangible and intangible exchanges of a winning sale as a Strategy Blueprint.",
    "BlueprintGroup": "Blueprint",
    "BlueprintLabel": "Blueprint",
    "PublishedBlueprint": "The most recently changed blueprint",
    "LateToleranceLabel": "Late tolerance (days)",
    "MinSeverityLabel": "Minimum severity to highlight",
    "SeverityLow": "Low",
    "SeverityMedium": "Medium",
    "PublisherGroupLabel": "Group that may publish (besides site owners)",
    "SeverityHigh": "High"
  }
});
