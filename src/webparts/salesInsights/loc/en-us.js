// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
define([], function() {
  return {
    "PropertyPaneDescription": "Learn from this site's own wins and losses: a tested score model and the success patterns.",
    "TrainingGroup": "Training",
    "MinPerClassLabel": "Won and lost deals the learnt model needs (each)",
    "TrainerGroupLabel": "Group that may train besides the site owners (e.g. sales managers)"
  }
});
