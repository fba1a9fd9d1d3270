/** German messages of `<sla-scorecard>` (loaded on first use). Keys and placeholders as in en.ts. */
import type { ScorecardCatalogue } from './en.js';

export const de: ScorecardCatalogue = {
  'level.corporate': 'Rahmenvereinbarung',
  'level.customer': 'Kundenvereinbarung',
  'level.service': 'Servicevereinbarung',
  'kind.SLA': 'SLA',
  'kind.OLA': 'OLA',
  'kind.UC': 'UC',
  'criticality.critical': 'geschäftskritisch',
  'criticality.high': 'hohe Kritikalität',
  'criticality.medium': 'mittlere Kritikalität',
  'criticality.low': 'niedrige Kritikalität',
  'criticality.unknown': 'Kritikalität unbekannt',
  'scorecard.version': 'Version {version}',
  'scorecard.validity': 'Gültig {range}',
  'scorecard.validFrom': 'Gültig ab {date}',
  'scorecard.reviewOverdue': 'Überprüfung seit {date} überfällig',
  'scorecard.reviewBy': 'Überprüfung bis {date}',
  'scorecard.score': '{score} von {max}',
  'scorecard.periodOpen': '{period} (laufend)',
  'scorecard.budgetLeft': '{value} übrig',
  'scorecard.budgetOverspent': 'Um {value} überzogen',
  'scorecard.budgetAgainstTarget': 'gegenüber dem Zielwert',
  'scorecard.budgetTargetMissed': 'Ziel verfehlt, Minimum erreicht',
  'scorecard.budgetExplained':
    'Das Fehlerbudget bemisst sich am Zielwert: überzogen heißt, der Zielwert wurde verfehlt. Erst ein Ergebnis schlechter als das Minimum ist eine Verletzung.',
  'scorecard.notApplicable': 'Entfällt',
  'scorecard.creditAmount': 'Gutschrift {amount}',
  'scorecard.bonusAmount': 'Bonus {amount}',
  'scorecard.creditPercent': 'Gutschrift {percent}',
  'scorecard.bonusPercent': 'Bonus {percent}',
  'scorecard.capped': 'Gutschriften begrenzt auf {percent} der Gebühr.',
  'scorecard.waived': 'Gutschrift entfällt: unter dem Mindestbetrag von {amount}.',
  'scorecard.recordedDiffers':
    'Ausgestellte Gutschriften ({recorded}) weichen vom berechneten Betrag {computed} ab.',
  'scorecard.exitReached': {
    one: 'Ausstiegsklausel erreicht: {count} verfehlter Zeitraum innerhalb der letzten {within}. Sie dürfen die Vereinbarung kündigen.',
    other:
      'Ausstiegsklausel erreicht: {count} verfehlte Zeiträume innerhalb der letzten {within}. Sie dürfen die Vereinbarung kündigen.',
  },
  'scorecard.summary': '{agreement}, {period}: Gesamtzustand {score} von {max}, {status}. {counts}',
  'scorecard.summaryNoData': '{agreement}, {period}: noch keine Daten.',
  'scorecard.statusCount': '{status}: {count}',
  'scorecard.trend':
    'Verlauf von {name} über {count} Zeiträume, von {first} bis {last}. {breaches}',
  'scorecard.trendBreaches': {
    one: '{count} Zeitraum verletzt.',
    other: '{count} Zeiträume verletzt.',
  },
  'scorecard.trendNoBreach': 'Kein Zeitraum verletzt.',
  'scorecard.trendNoData': {
    one: 'Keine Daten im letzten Zeitraum.',
    other: 'Keine Daten in den letzten {count} Zeiträumen.',
  },
  'scorecard.trendCaption': '{agreement}: Ergebnisse der letzten Zeiträume je Ziel',
  'scorecard.thisPeriod': 'Im Zeitraum {period}: {value}, {status}.',
  'scorecard.thisPeriodNoData': 'Im Zeitraum {period}: keine Daten.',
  'scorecard.inOwnWords': 'Im Wortlaut der Vereinbarung: {text}',
  'scorecard.noPeriods': 'Die Vereinbarung „{id}“ hat noch keine gemessenen Zeiträume.',
  'scorecard.noPeriod': 'Die Vereinbarung „{id}“ hat keinen Zeitraum „{period}“.',
  'scorecard.noAgreements': 'Der Kunde „{id}“ hat keine Vereinbarungen im Feed.',
  'scorecard.pickAgreement':
    'Setzen Sie das Attribut agreement oder customer, um eine Auswahl zu treffen.',
  'scorecard.netHint': 'Boni abzüglich Gutschriften',
};
