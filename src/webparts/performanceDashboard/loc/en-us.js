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
