// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Define the stages, exit criteria, timing and data recognition of the sales process.",
    "BlueprintGroup": "Blueprint and thresholds",
    "BlueprintLabel": "Blueprint",
    "PublishedBlueprint": "The published blueprint",
    "LateToleranceLabel": "Late tolerance (days)",
    "MinSeverityLabel": "Minimum severity to highlight",
    "SeverityLow": "Low",
    "SeverityMedium": "Medium",
    "PublisherGroupLabel": "Group that may publish (besides site owners)",
    "SeverityHigh": "High"
  }
});
