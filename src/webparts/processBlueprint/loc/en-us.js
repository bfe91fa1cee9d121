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
    "SeverityHigh": "High"
  }
});
