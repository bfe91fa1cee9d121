define([], function() {
  return {
    "PropertyPaneDescription": "Lernen Sie aus den eigenen Gewinnen und Verlusten dieser Website: ein getestetes Score-Modell und die Erfolgsmuster.",
    "TrainingGroup": "Training",
    "MinPerClassLabel": "Gewonnene und verlorene Geschäfte, die das gelernte Modell braucht (je)"
  }
});
