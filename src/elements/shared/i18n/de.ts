/**
 * German messages. Must have every key of en.ts (TypeScript and a test check it); placeholders
 * as in en.ts. Sentences are written to read naturally, not word for word.
 */
import type { CommonCatalogue } from './en.js';

export const de: CommonCatalogue = {
  'state.loading': 'Wird geladen…',
  'state.empty.noFeed':
    'Es wurden keine SLA-Daten bereitgestellt, daher gibt es noch nichts anzuzeigen.',
  'state.empty.agreements': 'Der Feed enthält keine Vereinbarungen.',
  'state.empty.agreement': 'Keine Vereinbarung „{id}“ im Feed.',
  'state.empty.customer': 'Kein Kunde „{id}“ im Feed.',
  'state.empty.notOfCustomer':
    'Die Vereinbarung „{id}“ ist keine Vereinbarung des Kunden „{customer}“.',
  'state.empty.service': 'Kein Dienst „{id}“ im Feed.',
  'state.empty.objective': 'Kein Ziel „{id}“ in der Vereinbarung „{agreement}“.',
  'state.empty.periods': 'Keine gemessenen Zeiträume im gewählten Bereich.',
  'state.empty.breaches': 'Keine Verstöße im gewählten Bereich.',
  'state.noData': 'Keine Daten für {period}.',
  'state.error.title': 'Die SLA-Daten konnten nicht angezeigt werden',
  'state.error.issues': {
    one: '{count} Problem gefunden:',
    other: '{count} Probleme gefunden:',
  },
  'state.error.more': {
    one: '… und {count} weiteres Problem.',
    other: '… und {count} weitere Probleme.',
  },
  'state.error.wholeFeed': '(gesamter Feed)',
  'state.error.details': 'Warum diese Daten veraltet sein können',
  'state.stale': 'Daten von {age} – letzte Aktualisierung fehlgeschlagen',
  'state.staleUnknown': 'Daten sind möglicherweise veraltet – letzte Aktualisierung fehlgeschlagen',

  'error.network':
    'Der Feed war nicht erreichbar. Prüfen Sie die Verbindung oder die Adresse des Feeds.',
  'error.http': 'Der Feed-Server antwortete mit dem HTTP-Status {status}.',
  'error.parse': 'Der Feed ist kein gültiges JSON.',
  'error.invalid': 'Der Feed entspricht nicht dem erwarteten Format.',
  'error.timeout': {
    one: 'Der Feed ist nicht innerhalb von {count} Sekunde angekommen.',
    other: 'Der Feed ist nicht innerhalb von {count} Sekunden angekommen.',
  },
  'error.missing': 'Etwas, das diese Ansicht braucht, fehlt im Feed.',

  'status.exceeded': 'Übertroffen',
  'status.met': 'Erfüllt',
  'status.at-risk': 'Gefährdet',
  'status.breached': 'Verletzt',
  'status.no-data': 'Keine Daten',

  'severity.critical': 'Kritisch',
  'severity.major': 'Schwer',
  'severity.minor': 'Gering',
  'severity.unknown': 'Unbekannt',

  'ui.view': 'Ansicht',
  'ui.showChart': 'Diagramm anzeigen',
  'ui.showTable': 'Tabelle anzeigen',
  'ui.showDetails': 'Details anzeigen',
  'ui.hideDetails': 'Details ausblenden',
  'ui.scrollHint': 'Seitwärts scrollen für frühere Zeiträume',

  'label.provider': 'Anbieter',
  'label.customer': 'Kunde',
  'label.agreement': 'Vereinbarung',
  'label.objective': 'Ziel',
  'label.service': 'Dienst',
  'label.indicator': 'Kennzahl',
  'label.period': 'Zeitraum',
  'label.value': 'Wert',
  'label.minimum': 'Minimum',
  'label.target': 'Zielwert',
  'label.status': 'Status',
  'label.trend': 'Verlauf',
  'label.errorBudget': 'Fehlerbudget',
  'label.errorBudgetLeft': '{value} des Fehlerbudgets übrig',
  'label.errorBudgetOverspent': 'Fehlerbudget um {value} überschritten',
  'label.credit': 'Gutschrift',
  'label.bonus': 'Bonus',
  'label.creditsOwed': 'Geschuldete Gutschriften',
  'label.bonusesEarned': 'Verdiente Boni',
  'label.net': 'Saldo',
  'label.recordedCredit': 'Ausgestellte Gutschrift',
  'label.creditDifference': 'Weicht von der berechneten Gutschrift von {value} ab',
  'label.reviewDue': 'Überprüfung fällig',
  'label.reviewOverdue': 'Überprüfung überfällig',
  'label.version': 'Version',
  'label.validFrom': 'Gültig ab',
  'label.validUntil': 'Gültig bis',
  'label.exitClauseWarning': 'Warnung: Kündigungsklausel',
  'label.overallHealth': 'Gesamtzustand',
  'label.worstFirst': 'Schlechteste zuerst',
  'label.weight': 'Gewichtung',
  'label.severity': 'Schweregrad',
  'label.breaches': 'Verstöße',
  'label.maintenance': 'Wartung',
  'label.start': 'Beginn',
  'label.end': 'Ende',
  'label.ongoing': 'Andauernd',
  'label.excluded': 'Ausgenommen',
  'label.legalText': 'Vertragstext',
  'label.lastUpdated': 'Aktualisiert {age}',
  'label.unknown': 'Unbekannt',
  'label.none': 'Keine',

  'indicator.availability': 'Verfügbarkeit',
  'indicator.latency': 'Latenz',
  'indicator.response-time': 'Antwortzeit',
  'indicator.resolution-time': 'Lösungszeit',
  'indicator.error-rate': 'Fehlerrate',
  'indicator.compliance': 'Compliance',
  'indicator.satisfaction': 'Zufriedenheit',
  'indicator.throughput': 'Durchsatz',
  'indicator.other': 'Ergebnis',
  'indicator.unknown': 'Ergebnis',

  'window.week': 'Woche',
  'window.month': 'Monat',
  'window.quarter': 'Quartal',
  'window.rolling': {
    one: 'rollierendem Zeitraum von {count} Tag',
    other: 'rollierendem Zeitraum von {count} Tagen',
  },

  'fee.month': 'der Monatsgebühr',
  'fee.quarter': 'der Quartalsgebühr',
  'fee.year': 'der Jahresgebühr',

  'sentence.promise.higher-is-better':
    '{service} – {indicator}: mindestens {target} pro {window}; unter {minimum} liegt ein Verstoß vor.',
  'sentence.promise.lower-is-better':
    '{service} – {indicator}: höchstens {target} pro {window}; über {minimum} liegt ein Verstoß vor.',
  'sentence.remedy.higher-is-better':
    'Fällt der Wert unter {threshold}, erhalten Sie {credit} {fee} zurück.',
  'sentence.remedy.lower-is-better':
    'Steigt der Wert über {threshold}, erhalten Sie {credit} {fee} zurück.',
  'sentence.bonus.higher-is-better':
    'Erreicht der Wert {threshold} oder besser, erhält der Anbieter einen Bonus von {bonus} {fee}.',
  'sentence.bonus.lower-is-better':
    'Bleibt der Wert bei {threshold} oder besser, erhält der Anbieter einen Bonus von {bonus} {fee}.',
  'sentence.exitClause': {
    one: 'Wird {count} Zeitraum innerhalb von {within} aufeinanderfolgenden Zeiträumen verfehlt, können Sie die Vereinbarung kündigen.',
    other:
      'Werden {count} Zeiträume innerhalb von {within} aufeinanderfolgenden Zeiträumen verfehlt, können Sie die Vereinbarung kündigen.',
  },
  'sentence.exitClauseProgress': {
    one: 'Bisher {count} verfehlter Zeitraum von {allowed} zulässigen.',
    other: 'Bisher {count} verfehlte Zeiträume von {allowed} zulässigen.',
  },
  'compliance.complied': 'Eingehalten',
  'compliance.notComplied': 'Nicht eingehalten',
  'sentence.passFail': '{name}: eingehalten pro {window}; nicht eingehalten liegt ein Verstoß vor.',
};
