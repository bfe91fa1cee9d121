/** The German (de-DE) property-pane strings of the web parts. */
import type { WebPartStrings } from './strings';

export const deDe: WebPartStrings = {
  performanceDashboard: {
    PropertyPaneDescription: 'Überwachen Sie Verkaufschancen gegen den Blueprint und lernen Sie, was Geschäfte gewinnt.',
    BlueprintGroup: 'Blueprint und Schwellenwerte',
    BlueprintLabel: 'Blueprint',
    PublishedBlueprint: 'Der veröffentlichte Blueprint',
    LateToleranceLabel: 'Toleranz für Verspätung (Tage)',
    MinSeverityLabel: 'Mindestschweregrad für Hervorhebung',
    SeverityLow: 'Niedrig',
    SeverityMedium: 'Mittel',
    SeverityHigh: 'Hoch'
  },
  processBlueprint: {
    PropertyPaneDescription: 'Legen Sie Phasen, Ausstiegskriterien, Fristen und die Erkennung in Ihren Daten fest.',
    BlueprintGroup: 'Blueprint und Schwellenwerte',
    BlueprintLabel: 'Blueprint',
    PublishedBlueprint: 'Der veröffentlichte Blueprint',
    LateToleranceLabel: 'Toleranz für Verspätung (Tage)',
    MinSeverityLabel: 'Mindestschweregrad für Hervorhebung',
    SeverityLow: 'Niedrig',
    SeverityMedium: 'Mittel',
    PublisherGroupLabel: 'Gruppe, die veröffentlichen darf (neben den Websitebesitzern)',
    SeverityHigh: 'Hoch'
  },
  salesInsights: {
    PropertyPaneDescription: 'Lernen Sie aus den eigenen Gewinnen und Verlusten dieser Website: ein getestetes Score-Modell und die Erfolgsmuster.',
    TrainingGroup: 'Training',
    MinPerClassLabel: 'Gewonnene und verlorene Geschäfte, die das gelernte Modell braucht (je)',
    TrainerGroupLabel: 'Gruppe, die außer den Websitebesitzern trainieren darf (z. B. Vertriebsleitung)'
  },
  valueNetworkDesigner: {
    PropertyPaneDescription: 'Bilden Sie die Rollen und den materiellen und immateriellen Austausch eines gewonnenen Verkaufs als Strategie-Blueprint ab.',
    BlueprintGroup: 'Blueprint',
    BlueprintLabel: 'Blueprint',
    PublishedBlueprint: 'Der zuletzt geänderte Blueprint',
    LateToleranceLabel: 'Toleranz für Verspätung (Tage)',
    MinSeverityLabel: 'Mindestschweregrad für Hervorhebung',
    SeverityLow: 'Niedrig',
    SeverityMedium: 'Mittel',
    PublisherGroupLabel: 'Gruppe, die veröffentlichen darf (neben den Websitebesitzern)',
    SeverityHigh: 'Hoch'
  }
};
