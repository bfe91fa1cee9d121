// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Monitor opportunities against the blueprint and learn what wins deals.",
    "BlueprintGroup": "Blueprint and thresholds",
    "BlueprintLabel": "Blueprint",
    "PublishedBlueprint": "The published blueprint",
    "LateToleranceLabel": "Late tolerance (days)",
    "MinSeverityLabel": "Minimum severity to highlight",
    "SeverityLow": "Low",
    "SeverityMedium": "Medium",
    "SeverityHigh": "High"
  }
});
