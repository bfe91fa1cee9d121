// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Lernen Sie aus den eigenen Gewinnen und Verlusten dieser Website: ein getestetes Score-Modell und die Erfolgsmuster.",
    "TrainingGroup": "Training",
    "MinPerClassLabel": "Gewonnene und verlorene Geschäfte, die das gelernte Modell braucht (je)",
    "TrainerGroupLabel": "Gruppe, die außer den Websitebesitzern trainieren darf (z. B. Vertriebsleitung)"
  }
});
