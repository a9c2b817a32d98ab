import { classifyStorageError } from '../extension/db/storage-errors';
import type { EngineLabel, PayoutNote, PayoutStatus } from '../shared/engine/types';
import { ENGINE_WORDS, labelText, noteText } from '../shared/report/engine-text';
import type { ResultPlatform } from '../shared/schemas/common';
import type { PromotionAction, Surface } from '../shared/schemas/event';
import type { ProgramKind } from '../shared/schemas/program';
import { type Formatter, formatter, type Lang } from './format';

// The dashboard's words, in English and French. `Messages` is the English dictionary's type, so the
// French one must have every key, with the same parameters (a missing or extra key fails `tsc`).
// Program names, descriptions and tier labels are sourced data (docs/programs.md), not UI: they stay
// as their authors wrote them. What the engine says (payout notes, progress and pace labels) comes as
// structured data and is worded here, from `engine` (shared/report/engine-text.ts, which the terminal
// report uses too).

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const pluralFr = (n: number, one: string, many: string) => (n <= 1 ? one : many);
/** Counts inside a sentence, grouped as the language writes them (the formatter's own count). */
const countEn = (n: number) => formatter('en').count(n);
const countFr = (n: number) => formatter('fr').count(n);

export const VIEWS = [
  'overview',
  'activity',
  'results',
  'challenges',
  'payouts',
  'whatif',
  'programs',
  'team',
  'transfer',
] as const;
export type ViewId = (typeof VIEWS)[number];

const en = {
  appName: 'Promo Ledger',
  appTitle: 'Earnings dashboard',
  skipToContent: 'Skip to content',
  host: {
    standalone: 'Standalone — data stays in this browser',
    extension: 'Extension — your promotion log',
  },
  nav: {
    label: 'Dashboard sections',
    overview: 'Overview',
    activity: 'Promotion activity',
    results: 'Results',
    challenges: 'Challenges',
    payouts: 'Payout calendar',
    whatif: 'What-if',
    programs: 'Programs',
    team: 'Team',
    transfer: 'Export / Import',
  } satisfies Record<ViewId | 'label', string>,
  controls: {
    asOf: 'As of',
    asOfHelp:
      'Earnings are counted through this day; the projection starts the day after. Days are Pacific time, as Meta counts them.',
    today: 'Today',
    member: 'Member',
    everyone: 'Everyone',
    noMember: '(no member)',
    method: 'Projection',
    methods: { 'run-rate': 'Average pace', trend: 'Last 7 days' },
    language: 'Language',
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark' },
  },
  demo: {
    banner:
      'Demo data — a made-up six-week Instagram Referrals campaign by “maya”. None of these numbers are real.',
    remove: 'Remove demo data',
    removed: 'Demo data removed.',
    badge: 'DEMO',
  },
  welcome: {
    title: 'See what your promotion is worth',
    body: 'Promo Ledger projects what creator programs will pay — Instagram Referrals, Stars, challenges, bonuses — from the promotions you log and the results you enter. Everything stays in this browser: there is no account and nothing is sent anywhere.',
    demo: 'Explore with demo data',
    demoHelp: 'A made-up campaign, clearly marked as demo. Remove it in one click.',
    import: 'Import files',
    importHelp: 'A Promo Ledger export (JSON), a log CSV or a results CSV — one file or a whole team’s.',
    empty: 'Start empty',
    emptyHelp: 'Enter results by hand and enable programs as you go.',
  },
  common: {
    loading: 'Loading…',
    computing: 'Updating…',
    save: 'Save',
    saved: 'Saved.',
    cancel: 'Cancel',
    delete: 'Delete',
    close: 'Close',
    apply: 'Apply',
    reset: 'Reset',
    showTable: 'Show as a table',
    none: '—',
    all: 'All',
    optional: 'optional',
    day: 'Day',
    date: 'Date',
    program: 'Program',
    metric: 'Metric',
    count: 'Count',
    platform: 'Platform',
    surface: 'Surface',
    member: 'Member',
    total: 'Total',
    amount: 'Amount',
    status: 'Status',
    from: 'From',
    to: 'To',
    error: 'Something went wrong',
    storageError: (message: string) => `The data could not be saved or read: ${message}`,
    storageQuota:
      'The browser has no room left for Promo Ledger’s data: nothing was written. Free some disk space, or export and delete old data, then try again.',
    storageClosed:
      'The browser closed or removed Promo Ledger’s data store: nothing was written. Reload the page and try again.',
    storageBlocked:
      'Another Promo Ledger page is upgrading the data: close the other Promo Ledger pages and try again.',
    storageUnavailable:
      'This browser does not let Promo Ledger store data here (a private window may block it).',
    unreadableEvents: (n: number) =>
      `${n === 1 ? '1 stored promotion is' : `${n.toLocaleString('en-US')} stored promotions are`} not readable any more (damaged in the browser's storage) and left out of every figure.`,
    daysLeft: (n: number) => `${n} ${plural(n, 'day', 'days')} left`,
    days: (n: number) => `${n} ${plural(n, 'day', 'days')}`,
    perDay: (rate: string) => `${rate}/day`,
    /** "Label: value", with French's space before the colon. */
    colon: (label: string, value: string) => `${label}: ${value}`,
  },
  platforms: {
    tiktok: 'TikTok',
    youtube: 'YouTube',
    discord: 'Discord',
    substack: 'Substack',
    instagram: 'Instagram',
    facebook: 'Facebook',
    other: 'Other',
  } satisfies Record<ResultPlatform, string>,
  surfaces: {
    caption: 'Caption',
    comment: 'Comment',
    reply: 'Reply',
    message: 'Message',
    post: 'Post',
    note: 'Note',
    description: 'Description',
    other: 'Other field',
  } satisfies Record<Surface, string>,
  actions: {
    posted: 'Posted',
    link_inserted: 'Link inserted',
    link_copied: 'Link copied',
  } satisfies Record<PromotionAction, string>,
  kinds: {
    referral: 'Referral',
    per_unit: 'Fan payments',
    challenge: 'Challenge',
    cadence: 'Posting cadence bonus',
    contract: 'Contract',
    commission: 'Commission',
  } satisfies Record<ProgramKind, string>,
  metrics: {
    signups: 'sign-ups',
    visits: 'visits',
    stars: 'Stars',
    reels: 'reels',
  } as Record<string, string>,
  overview: {
    title: 'Overview',
    noPrograms: 'No program is enabled.',
    noProgramsHelp: 'Enable the programs you take part in under Programs.',
    monthTotal: (month: string) => `Across programs in ${month}`,
    earnedMonth: 'Earned this month',
    projectedMonth: 'Projected for the month',
    earnedTotal: 'Earned in all',
    projectedTotal: 'Projected in all',
    earned: 'Earned',
    of: (cap: string) => `of ${cap} cap`,
    noCap: 'No cap',
    projection: 'Projection',
    by: (day: string) => `by ${day}`,
    band: (low: string, high: string) => `90% band ${low} – ${high}`,
    capReached: 'Cap reached',
    capReachedOn: (day: string) => `Reached on ${day}`,
    capProjected: (day: string) => `${day} at this pace`,
    capNot: 'Not at this pace',
    capNotReached: 'Not reached',
    pace: 'Pace needed',
    paceLine: (perDay: string, remaining: string, what: string, by: string) =>
      `${perDay}/day — ${remaining} ${what} by ${by}`,
    paceItem: (remaining: string, item: string, by: string, perDay: string) =>
      `${remaining} more for “${item}” by ${by} (${perDay}/day)`,
    teamNote:
      'Caps, thresholds and tiers apply to each creator: these figures add up each creator’s own, as the report command does. Open “Per creator” on a program for each one’s cap date and pace.',
    capPerCreator: 'Per creator — see below',
    perCreator: (n: number) => `Per creator (${n})`,
    membersNotShown: (shown: number, more: number) =>
      `The ${shown} highest projections; ${more} more ${plural(more, 'creator', 'creators')} not shown.`,
    currentPace: 'Current pace',
    daysLeft: 'Days left',
    windowEnded: 'Window ended',
    windowPast: (end: string) =>
      `This program’s window ended on ${end} with nothing earned in it. Taking part in a later round? Set its dates under Programs.`,
    setDates: 'Set the dates',
    noWindow: 'No end date',
    leftOnTable: (amount: string) => `${amount} of the cap not reached at this pace`,
    nextPayout: 'Next payout',
    noPayout: 'None scheduled',
    basis: {
      results: 'Projected from the results you entered.',
      none: 'No results yet: enter some under Results to project this program.',
      promotionsTeam: (perDay: string, conv: string) =>
        `No results for this selection: projected from ${perDay} promotions a day × ${conv} per promotion, the team’s observed conversion.`,
      promotionsAssumed: (perDay: string, conv: string) =>
        `No results yet: projected from ${perDay} promotions a day × ${conv} per promotion (your assumption, set in What-if).`,
      reportDiffers: 'The report command has no results to project from and shows no projection.',
    },
    chartTitle: 'Earnings to date and projected',
    chartLabel: (name: string) =>
      `Cumulative earnings of ${name}: earned so far, then projected to the window’s end with its 90% band.`,
    chartSummary: (earned: string, projected: string, day: string, low: string, high: string) =>
      `Earned ${earned} so far; projected ${projected} by ${day} (90% band ${low} – ${high}).`,
    series: {
      earned: 'Earned',
      projected: 'Projected',
      low: 'Band (low)',
      high: '90% band',
      cap: 'Cap',
      scenario: 'Scenario',
    },
    programChart: 'Chart for',
    problems: 'Program settings with problems',
    confidence: {
      official: 'official source',
      press: 'press reports',
      'third-party': 'third-party source',
      user: 'your own',
    },
  },
  activity: {
    title: 'Promotion activity',
    empty: 'No promotion logged yet.',
    emptyHelp: 'Promotions appear here as the extension logs them, or when you import a log.',
    totals: (posted: number, inserted: number, copied: number) =>
      `${countEn(posted)} posted, ${countEn(inserted)} ${plural(inserted, 'link', 'links')} inserted, ${countEn(copied)} copied.`,
    perDay: 'Posted promotions per day',
    perDayLabel: 'Posted promotions per day, stacked by platform.',
    unitDay: 'posts a day',
    unitDays: (n: number) => `posts per ${n} days`,
    byPlatform: 'By platform and surface',
    drove: 'Which platform drove results',
    droveHelp: 'Results that name the platform they came from, against the promotions posted there.',
    droveNone:
      'No result names a platform yet: add the platform when you enter or import results to see which one drives them.',
    results: 'Results',
    conversion: 'Per promotion',
    conversionTitle: 'Conversion',
    posted: 'Posted',
    inserted: 'Inserted',
    copied: 'Copied',
    conversionLine: (name: string, promotions: string, results: string, metric: string, per: string) =>
      `${name}: ${promotions} promotions → ${results} ${metric} (${per} per promotion)`,
    conversionNone: (name: string) => `${name}: no posted promotion in its window yet.`,
    busiest: (platform: string, n: string) => `Most promotions on ${platform} (${n}).`,
  },
  results: {
    title: 'Results',
    intro:
      'Enter what each program’s own dashboard reports, one day at a time, or import a CSV (date,program,metric,count[,platform][,member]). A later entry for the same day, metric, platform and member replaces the earlier one.',
    basisNote:
      'Projections use your results where there are some, and promotions × conversion where there are none — each program says which.',
    add: 'Add a result',
    added: 'Result saved.',
    program: 'Program',
    metric: 'Metric',
    metricHelp: (list: string) => `This program counts: ${list}`,
    count: 'Count',
    platform: 'Platform (optional)',
    member: 'Member (optional)',
    noPlatform: 'Not known',
    importCsv: 'Import a results CSV',
    recent: 'Entered and imported results',
    empty: 'No results yet.',
    showing: (shown: number, total: number) => `Showing the latest ${shown} of ${total}.`,
    more: 'Show more',
    source: { manual: 'entered', import: 'imported' },
    deleted: 'Result deleted.',
    deleteLabel: (what: string) => `Delete ${what}`,
  },
  challenges: {
    membersNotShown: (n: number) => `${n} more ${plural(n, 'creator', 'creators')} not shown.`,
    title: 'Challenges',
    empty: 'No challenge, cadence bonus or contract is enabled.',
    emptyHelp:
      'Enable one under Programs — for example the Breakthrough Bonus or the Facebook Reels challenges.',
    period: (from: string, to: string) => `Period ${from} – ${to}`,
    periodOpen: (from: string) => `Period from ${from}`,
    daysLeftInPeriod: (n: number) => `${n} ${plural(n, 'day', 'days')} left in the period`,
    periodEnded: 'The period has ended',
    reached: 'Reached',
    reachable: 'Still reachable',
    unreachable: 'Out of reach this period',
    needs: (n: string, perDay: string) => `${n} more — ${perDay} a day`,
    summary: (reached: number, total: number) => `${reached} of ${total} reached`,
    perCreator: (earned: string, n: number) =>
      `${earned} earned by ${n} creators in all; each one’s periods and tiers count on their own:`,
    reward: 'Reward',
  },
  payouts: {
    title: 'Payout calendar',
    empty: 'No payment expected yet.',
    emptyHelp: 'Payments appear once a program has earned something (or is projected to).',
    chartLabel: 'Expected payments per month, stacked by program.',
    chartTitle: 'Expected payments by month',
    summary: (paid: string, due: string) => `${paid} paid so far, ${due} still due.`,
    status: { paid: 'Paid', due: 'Due', rolled_over: 'Rolled over', forfeited: 'Forfeited' } satisfies Record<
      PayoutStatus,
      string
    >,
    earned: 'Earned',
    note: 'Note',
    rules: 'Payment rules',
    threshold: (amount: string) => `Paid once the balance reaches ${amount}`,
    noThreshold: 'No minimum balance',
    rollover: 'A balance under the threshold carries over',
    noRollover: 'A balance under the threshold is lost',
    payer: (name: string) => `Paid by ${name}`,
    forfeit: (months: number) => `Forfeited without a payout account within ${months} months`,
  },
  whatif: {
    title: 'What-if',
    intro: 'Change the pace and see where the projection lands. Nothing here is saved to your data.',
    program: 'Program',
    extra: 'Extra promotions a day',
    conversion: 'Results per promotion',
    conversionObserved: (v: string) => `Observed so far: ${v}`,
    conversionNone: 'Nothing posted yet, so no conversion is observed: set your own.',
    useObserved: 'Use observed',
    assume: 'Use this conversion for the projection when the program has no results',
    assumed: 'Saved as your assumption for this program.',
    observedPace: (v: string) => `You post ${v} promotions a day on average.`,
    base: 'At the current pace',
    scenario: 'With the change',
    delta: 'Difference',
    capDate: 'Cap reached',
    none: 'Enable a program to try scenarios.',
    chartLabel: 'Cumulative earnings at the current pace and with the change.',
    summary: (base: string, scenario: string, delta: string) =>
      `Projection ${base} → ${scenario} (${delta}).`,
    scenarioTitle: 'Scenario',
    capSooner: (n: number) => `Cap reached ${n} ${plural(n, 'day', 'days')} sooner`,
    capLater: (n: number) => `Cap reached ${n} ${plural(n, 'day', 'days')} later`,
    capNow: 'Cap now reached by the end',
    perCreator: (n: number) =>
      `${n} creators: each is projected under their own cap, the extra promotions shared equally between them at the team’s conversion.`,
  },
  programs: {
    title: 'Programs',
    intro:
      'Enable the programs you take part in and give them your own dates, model and amounts. Every rule names its sources.',
    enabled: 'Enabled',
    sources: 'Sources',
    parameters: 'Your parameters',
    defaultValue: 'Default',
    saveParams: 'Save parameters',
    paramsSaved: 'Parameters saved.',
    conflict:
      'Not saved: these programs were changed in another tab or page meanwhile. This page now shows what is saved; make your change again if you still want it.',
    paramErrors: 'These parameters cannot be used:',
    windowStart: 'Window start',
    windowEnd: 'Window end',
    dollars: 'Amount in dollars',
    jsonHelp: 'JSON value; leave empty to keep the default.',
    custom: 'Custom programs',
    customIntro:
      'Describe a program of your own as JSON (a referral, per-unit, challenge, cadence, contract or commission program). Errors name the field.',
    addCustom: 'Add custom program',
    customAdded: 'Custom program added.',
    customRemove: 'Remove',
    customErrors: 'This program cannot be added:',
    example: 'Insert an example',
    unknown: 'Programs named in your results but not enabled:',
    enable: 'Enable',
    confidenceLabel: 'Confidence',
    errors: 'Problems',
  },
  team: {
    title: 'Team',
    intro:
      'Merge the exports of several creators: events are deduplicated by their id, results by day, program, metric, platform and member. Choose a member in the header to see everything for them alone.',
    members: 'Members',
    none: 'No member is named in the data yet. Each creator sets their name in the extension’s settings; it travels with their export.',
    posted: 'Posted',
    events: 'Events',
    results: 'Results',
    earned: 'Earned',
    total: 'Team, each under their own caps',
    show: 'Show only',
    merge: 'Merge creators’ exports',
    mergeHelp: 'Pick several files at once; each is checked and counted before anything is written.',
  },
  transfer: {
    title: 'Export / Import',
    exportTitle: 'Export',
    exportIntro:
      'Filtered by the dates, platform, program and member below. CSV is RFC 4180 UTF-8 with formula-safe cells; JSON is the versioned Promo Ledger export, which the report command (npm run report -- --log file.json) reads too.',
    exportEvents: 'Log (CSV)',
    exportResults: 'Results (CSV)',
    exportJson: 'Everything (JSON)',
    exported: (name: string, n: string) => `${name}: ${n} rows.`,
    anyPlatform: 'Any platform',
    anyProgram: 'Any program',
    anyMember: 'Any member',
    importTitle: 'Import',
    importIntro:
      'A Promo Ledger export (JSON), a log CSV (id,time,platform,surface,action,linkId,pageUrl[,member]) or a results CSV (date,program,metric,count[,platform][,member]). Each row is checked; nothing is written until you confirm, and then everything is written at once.',
    choose: 'Choose files',
    drop: 'or drop them here',
    reading: (file: number, files: number) => `Reading file ${file} of ${files}…`,
    cancelled: 'Import cancelled. Nothing was written.',
    preview: 'What this import would do',
    file: 'File',
    kind: { 'results-csv': 'Results CSV', 'events-csv': 'Log CSV', 'export-json': 'Promo Ledger export' },
    unknownKind: 'Unreadable',
    read: 'Rows read',
    added: 'New',
    duplicate: 'Already there',
    replaced: 'Replacing',
    rejected: 'Rejected',
    problems: 'Why rows were rejected —',
    row: (n: number) => `Row ${n}`,
    unusable: 'This file cannot be imported —',
    applySettings: (file: string) => `Also use the programs and parameters saved in ${file}`,
    replaceDemo: 'Remove the demo data first',
    confirm: (n: string) => `Import ${n} rows`,
    nothing: 'Nothing new to import.',
    done: (events: string, results: string) => `Imported ${events} events and ${results} results.`,
    discard: 'Discard',
    more: (n: number) => `${n} more not shown.`,
  },
  errors: {
    worker: 'The calculation failed',
  },
  engine: ENGINE_WORDS.en,
};

export type Messages = typeof en;

const fr: Messages = {
  appName: 'Promo Ledger',
  appTitle: 'Tableau de bord des gains',
  skipToContent: 'Aller au contenu',
  host: {
    standalone: 'Autonome — les données restent dans ce navigateur',
    extension: 'Extension — votre journal de promotion',
  },
  nav: {
    label: 'Sections du tableau de bord',
    overview: 'Vue d’ensemble',
    activity: 'Promotions',
    results: 'Résultats',
    challenges: 'Défis',
    payouts: 'Calendrier des paiements',
    whatif: 'Et si…',
    programs: 'Programmes',
    team: 'Équipe',
    transfer: 'Export / Import',
  },
  controls: {
    asOf: 'Au',
    asOfHelp:
      'Les gains sont comptés jusqu’à ce jour inclus ; la projection commence le lendemain. Les jours sont ceux de l’heure du Pacifique, comme les compte Meta.',
    today: 'Aujourd’hui',
    member: 'Membre',
    everyone: 'Tout le monde',
    noMember: '(sans membre)',
    method: 'Projection',
    methods: { 'run-rate': 'Rythme moyen', trend: '7 derniers jours' },
    language: 'Langue',
    theme: 'Thème',
    themes: { system: 'Système', light: 'Clair', dark: 'Sombre' },
  },
  demo: {
    banner:
      'Données de démo — une campagne Instagram Referrals fictive de six semaines, par « maya ». Aucun de ces chiffres n’est réel.',
    remove: 'Supprimer la démo',
    removed: 'Données de démo supprimées.',
    badge: 'DÉMO',
  },
  welcome: {
    title: 'Voyez ce que vaut votre promotion',
    body: 'Promo Ledger projette ce que vous verseront les programmes pour créateurs — Instagram Referrals, Stars, défis, bonus — à partir des promotions enregistrées et des résultats saisis. Tout reste dans ce navigateur : pas de compte, rien n’est envoyé.',
    demo: 'Découvrir avec la démo',
    demoHelp: 'Une campagne fictive, clairement signalée comme démo. Supprimable en un clic.',
    import: 'Importer des fichiers',
    importHelp:
      'Un export Promo Ledger (JSON), un CSV de journal ou de résultats — un fichier ou ceux de toute une équipe.',
    empty: 'Commencer à vide',
    emptyHelp: 'Saisissez vos résultats et activez les programmes au fur et à mesure.',
  },
  common: {
    loading: 'Chargement…',
    computing: 'Mise à jour…',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    cancel: 'Annuler',
    delete: 'Supprimer',
    close: 'Fermer',
    apply: 'Appliquer',
    reset: 'Réinitialiser',
    showTable: 'Afficher en tableau',
    none: '—',
    all: 'Tous',
    optional: 'facultatif',
    day: 'Jour',
    date: 'Date',
    program: 'Programme',
    metric: 'Mesure',
    count: 'Nombre',
    platform: 'Plateforme',
    surface: 'Emplacement',
    member: 'Membre',
    total: 'Total',
    amount: 'Montant',
    status: 'Statut',
    from: 'Du',
    to: 'Au',
    error: 'Un problème est survenu',
    storageError: (message) => `Les données n’ont pas pu être lues ou enregistrées : ${message}`,
    storageQuota:
      'Le navigateur n’a plus de place pour les données de Promo Ledger : rien n’a été écrit. Libérez de l’espace disque, ou exportez puis supprimez d’anciennes données, et réessayez.',
    storageClosed:
      'Le navigateur a fermé ou supprimé la base de données de Promo Ledger : rien n’a été écrit. Rechargez la page et réessayez.',
    storageBlocked:
      'Une autre page de Promo Ledger met les données à jour : fermez les autres pages de Promo Ledger et réessayez.',
    storageUnavailable:
      'Ce navigateur ne permet pas à Promo Ledger d’enregistrer des données ici (une fenêtre privée peut le bloquer).',
    unreadableEvents: (n) =>
      `${n === 1 ? '1 promotion enregistrée n’est' : `${n.toLocaleString('fr-FR')} promotions enregistrées ne sont`} plus lisible${n === 1 ? '' : 's'} (abîmée${n === 1 ? '' : 's'} dans le stockage du navigateur) et ${n === 1 ? 'est laissée' : 'sont laissées'} hors de tous les chiffres.`,
    daysLeft: (n) => `${n} ${pluralFr(n, 'jour restant', 'jours restants')}`,
    days: (n) => `${n} ${pluralFr(n, 'jour', 'jours')}`,
    perDay: (rate) => `${rate}/jour`,
    colon: (label, value) => `${label} : ${value}`,
  },
  platforms: {
    tiktok: 'TikTok',
    youtube: 'YouTube',
    discord: 'Discord',
    substack: 'Substack',
    instagram: 'Instagram',
    facebook: 'Facebook',
    other: 'Autre',
  },
  surfaces: {
    caption: 'Légende',
    comment: 'Commentaire',
    reply: 'Réponse',
    message: 'Message',
    post: 'Publication',
    note: 'Note',
    description: 'Description',
    other: 'Autre champ',
  },
  actions: {
    posted: 'Publié',
    link_inserted: 'Lien inséré',
    link_copied: 'Lien copié',
  },
  kinds: {
    referral: 'Parrainage',
    per_unit: 'Paiements des fans',
    challenge: 'Défi',
    cadence: 'Bonus de régularité',
    contract: 'Contrat',
    commission: 'Commission',
  },
  metrics: {
    signups: 'inscriptions',
    visits: 'visites',
    stars: 'Stars',
    reels: 'reels',
  },
  overview: {
    title: 'Vue d’ensemble',
    noPrograms: 'Aucun programme n’est activé.',
    noProgramsHelp: 'Activez vos programmes dans Programmes.',
    monthTotal: (month) => `Tous programmes, ${month}`,
    earnedMonth: 'Gagné ce mois-ci',
    projectedMonth: 'Projeté sur le mois',
    earnedTotal: 'Gagné au total',
    projectedTotal: 'Projeté au total',
    earned: 'Gagné',
    of: (cap) => `sur un plafond de ${cap}`,
    noCap: 'Sans plafond',
    projection: 'Projection',
    by: (day) => `au ${day}`,
    band: (low, high) => `fourchette à 90 % ${low} – ${high}`,
    capReached: 'Plafond atteint',
    capReachedOn: (day) => `Atteint le ${day}`,
    capProjected: (day) => `${day} à ce rythme`,
    capNot: 'Pas à ce rythme',
    capNotReached: 'Non atteint',
    pace: 'Rythme nécessaire',
    paceLine: (perDay, remaining, what, by) => `${perDay}/jour — ${remaining} ${what} d’ici le ${by}`,
    paceItem: (remaining, item, by, perDay) =>
      `encore ${remaining} pour « ${item} » d’ici le ${by} (${perDay}/jour)`,
    teamNote:
      'Plafonds, seuils et paliers s’appliquent à chaque créateur : ces chiffres additionnent ceux de chacun, comme la commande de rapport. Ouvrez « Par créateur » sur un programme pour la date de plafond et le rythme de chacun.',
    capPerCreator: 'Par créateur — voir ci-dessous',
    perCreator: (n) => `Par créateur (${n})`,
    membersNotShown: (shown, more) =>
      `Les ${shown} projections les plus élevées ; ${more} ${pluralFr(more, 'autre créateur non affiché', 'autres créateurs non affichés')}.`,
    currentPace: 'Rythme actuel',
    daysLeft: 'Jours restants',
    windowEnded: 'Période terminée',
    windowPast: (end) =>
      `La période de ce programme s’est terminée le ${end} sans aucun gain. Vous participez à une nouvelle édition ? Indiquez ses dates dans Programmes.`,
    setDates: 'Indiquer les dates',
    noWindow: 'Sans date de fin',
    leftOnTable: (amount) => `${amount} du plafond non atteints à ce rythme`,
    nextPayout: 'Prochain paiement',
    noPayout: 'Aucun prévu',
    basis: {
      results: 'Projeté à partir des résultats saisis.',
      none: 'Pas encore de résultats : saisissez-en dans Résultats pour projeter ce programme.',
      promotionsTeam: (perDay, conv) =>
        `Pas de résultats pour cette sélection : projeté à partir de ${perDay} promotions par jour × ${conv} par promotion, la conversion observée de l’équipe.`,
      promotionsAssumed: (perDay, conv) =>
        `Pas encore de résultats : projeté à partir de ${perDay} promotions par jour × ${conv} par promotion (votre hypothèse, réglée dans Et si…).`,
      reportDiffers: 'La commande de rapport n’a pas de résultats à projeter et n’affiche pas de projection.',
    },
    chartTitle: 'Gains à date et projetés',
    chartLabel: (name) =>
      `Gains cumulés de ${name} : gagnés à ce jour, puis projetés jusqu’à la fin de la période avec leur fourchette à 90 %.`,
    chartSummary: (earned, projected, day, low, high) =>
      `${earned} gagnés à ce jour ; ${projected} projetés au ${day} (fourchette à 90 % ${low} – ${high}).`,
    series: {
      earned: 'Gagné',
      projected: 'Projeté',
      low: 'Fourchette (basse)',
      high: 'Fourchette à 90 %',
      cap: 'Plafond',
      scenario: 'Scénario',
    },
    programChart: 'Graphique pour',
    problems: 'Réglages de programme en erreur',
    confidence: {
      official: 'source officielle',
      press: 'articles de presse',
      'third-party': 'source tierce',
      user: 'le vôtre',
    },
  },
  activity: {
    title: 'Promotions',
    empty: 'Aucune promotion enregistrée pour l’instant.',
    emptyHelp:
      'Les promotions apparaissent ici quand l’extension les enregistre, ou quand vous importez un journal.',
    totals: (posted, inserted, copied) =>
      `${countFr(posted)} ${pluralFr(posted, 'publiée', 'publiées')}, ${countFr(inserted)} ${pluralFr(inserted, 'lien inséré', 'liens insérés')}, ${countFr(copied)} ${pluralFr(copied, 'copié', 'copiés')}.`,
    perDay: 'Promotions publiées par jour',
    perDayLabel: 'Promotions publiées par jour, empilées par plateforme.',
    unitDay: 'publications par jour',
    unitDays: (n) => `publications par ${n} jours`,
    byPlatform: 'Par plateforme et emplacement',
    drove: 'Quelle plateforme a apporté des résultats',
    droveHelp:
      'Les résultats qui indiquent leur plateforme d’origine, face aux promotions publiées sur celle-ci.',
    droveNone:
      'Aucun résultat n’indique encore sa plateforme : précisez-la en saisissant ou en important des résultats pour voir laquelle les apporte.',
    results: 'Résultats',
    conversion: 'Par promotion',
    conversionTitle: 'Conversion',
    posted: 'Publiées',
    inserted: 'Insérés',
    copied: 'Copiés',
    conversionLine: (name, promotions, results, metric, per) =>
      `${name} : ${promotions} promotions → ${results} ${metric} (${per} par promotion)`,
    conversionNone: (name) => `${name} : aucune promotion publiée dans sa période pour l’instant.`,
    busiest: (platform, n) => `Le plus de promotions sur ${platform} (${n}).`,
  },
  results: {
    title: 'Résultats',
    intro:
      'Saisissez ce qu’indique le tableau de bord de chaque programme, jour par jour, ou importez un CSV (date,program,metric,count[,platform][,member]). Une saisie ultérieure pour le même jour, la même mesure, plateforme et membre remplace la précédente.',
    basisNote:
      'Les projections utilisent vos résultats quand il y en a, et promotions × conversion sinon — chaque programme indique lequel.',
    add: 'Ajouter un résultat',
    added: 'Résultat enregistré.',
    program: 'Programme',
    metric: 'Mesure',
    metricHelp: (list) => `Ce programme compte : ${list}`,
    count: 'Nombre',
    platform: 'Plateforme (facultatif)',
    member: 'Membre (facultatif)',
    noPlatform: 'Inconnue',
    importCsv: 'Importer un CSV de résultats',
    recent: 'Résultats saisis et importés',
    empty: 'Pas encore de résultats.',
    showing: (shown, total) => `Les ${shown} plus récents sur ${total}.`,
    more: 'Afficher plus',
    source: { manual: 'saisi', import: 'importé' },
    deleted: 'Résultat supprimé.',
    deleteLabel: (what) => `Supprimer ${what}`,
  },
  challenges: {
    membersNotShown: (n) =>
      `${n} ${pluralFr(n, 'autre créateur non affiché', 'autres créateurs non affichés')}.`,
    title: 'Défis',
    empty: 'Aucun défi, bonus de régularité ou contrat n’est activé.',
    emptyHelp:
      'Activez-en un dans Programmes — par exemple le Breakthrough Bonus ou les défis Reels de Facebook.',
    period: (from, to) => `Période du ${from} au ${to}`,
    periodOpen: (from) => `Période à partir du ${from}`,
    daysLeftInPeriod: (n) => `${n} ${pluralFr(n, 'jour restant', 'jours restants')} dans la période`,
    periodEnded: 'La période est terminée',
    reached: 'Atteint',
    reachable: 'Encore atteignable',
    unreachable: 'Hors de portée pour cette période',
    needs: (n, perDay) => `encore ${n} — ${perDay} par jour`,
    summary: (reached, total) => `${reached} sur ${total} atteints`,
    perCreator: (earned, n) =>
      `${earned} gagnés par ${n} créateurs au total ; les périodes et paliers de chacun comptent à part :`,
    reward: 'Récompense',
  },
  payouts: {
    title: 'Calendrier des paiements',
    empty: 'Aucun paiement attendu pour l’instant.',
    emptyHelp: 'Les paiements apparaissent dès qu’un programme a rapporté (ou doit rapporter) quelque chose.',
    chartLabel: 'Paiements attendus par mois, empilés par programme.',
    chartTitle: 'Paiements attendus par mois',
    summary: (paid, due) => `${paid} déjà versés, ${due} encore à venir.`,
    status: { paid: 'Versé', due: 'À venir', rolled_over: 'Reporté', forfeited: 'Perdu' },
    earned: 'Gagné',
    note: 'Remarque',
    rules: 'Règles de paiement',
    threshold: (amount) => `Versé dès que le solde atteint ${amount}`,
    noThreshold: 'Pas de solde minimum',
    rollover: 'Un solde sous le seuil est reporté',
    noRollover: 'Un solde sous le seuil est perdu',
    payer: (name) => `Versé par ${name}`,
    forfeit: (months) => `Perdu sans compte de paiement sous ${months} mois`,
  },
  whatif: {
    title: 'Et si…',
    intro: 'Changez le rythme et voyez où arrive la projection. Rien n’est enregistré dans vos données.',
    program: 'Programme',
    extra: 'Promotions en plus par jour',
    conversion: 'Résultats par promotion',
    conversionObserved: (v) => `Observé jusqu’ici : ${v}`,
    conversionNone: 'Rien de publié pour l’instant, donc pas de conversion observée : indiquez la vôtre.',
    useObserved: 'Utiliser l’observé',
    assume: 'Utiliser cette conversion pour la projection quand le programme n’a pas de résultats',
    assumed: 'Enregistré comme hypothèse pour ce programme.',
    observedPace: (v) => `Vous publiez en moyenne ${v} promotions par jour.`,
    base: 'Au rythme actuel',
    scenario: 'Avec le changement',
    delta: 'Écart',
    capDate: 'Plafond atteint',
    none: 'Activez un programme pour essayer des scénarios.',
    chartLabel: 'Gains cumulés au rythme actuel et avec le changement.',
    summary: (base, scenario, delta) => `Projection ${base} → ${scenario} (${delta}).`,
    scenarioTitle: 'Scénario',
    capSooner: (n) => `Plafond atteint ${n} ${pluralFr(n, 'jour', 'jours')} plus tôt`,
    capLater: (n) => `Plafond atteint ${n} ${pluralFr(n, 'jour', 'jours')} plus tard`,
    capNow: 'Plafond désormais atteint avant la fin',
    perCreator: (n) =>
      `${n} créateurs : chacun est projeté sous son propre plafond, les promotions en plus réparties également entre eux à la conversion de l’équipe.`,
  },
  programs: {
    title: 'Programmes',
    intro:
      'Activez les programmes auxquels vous participez et donnez-leur vos dates, votre modèle et vos montants. Chaque règle cite ses sources.',
    enabled: 'Activé',
    sources: 'Sources',
    parameters: 'Vos paramètres',
    defaultValue: 'Par défaut',
    saveParams: 'Enregistrer les paramètres',
    paramsSaved: 'Paramètres enregistrés.',
    conflict:
      'Non enregistré : ces programmes ont changé dans un autre onglet ou une autre page entre-temps. Cette page montre maintenant ce qui est enregistré ; refaites votre modification si vous la voulez toujours.',
    paramErrors: 'Ces paramètres ne sont pas utilisables :',
    windowStart: 'Début de période',
    windowEnd: 'Fin de période',
    dollars: 'Montant en dollars',
    jsonHelp: 'Valeur JSON ; laissez vide pour garder la valeur par défaut.',
    custom: 'Programmes personnalisés',
    customIntro:
      'Décrivez votre propre programme en JSON (parrainage, paiement à l’unité, défi, régularité, contrat ou commission). Les erreurs indiquent le champ.',
    addCustom: 'Ajouter le programme',
    customAdded: 'Programme personnalisé ajouté.',
    customRemove: 'Retirer',
    customErrors: 'Ce programme ne peut pas être ajouté :',
    example: 'Insérer un exemple',
    unknown: 'Programmes présents dans vos résultats mais non activés :',
    enable: 'Activer',
    confidenceLabel: 'Fiabilité',
    errors: 'Problèmes',
  },
  team: {
    title: 'Équipe',
    intro:
      'Fusionnez les exports de plusieurs créateurs : les événements sont dédoublonnés par identifiant, les résultats par jour, programme, mesure, plateforme et membre. Choisissez un membre dans l’en-tête pour tout voir pour lui seul.',
    members: 'Membres',
    none: 'Aucun membre n’est encore nommé dans les données. Chaque créateur indique son nom dans les réglages de l’extension ; il accompagne son export.',
    posted: 'Publiées',
    events: 'Événements',
    results: 'Résultats',
    earned: 'Gagné',
    total: 'Équipe, chacun sous ses plafonds',
    show: 'Afficher seul',
    merge: 'Fusionner les exports des créateurs',
    mergeHelp: 'Choisissez plusieurs fichiers d’un coup ; chacun est vérifié et compté avant toute écriture.',
  },
  transfer: {
    title: 'Export / Import',
    exportTitle: 'Exporter',
    exportIntro:
      'Filtré par les dates, la plateforme, le programme et le membre ci-dessous. Le CSV suit la RFC 4180 en UTF-8 avec des cellules protégées contre les formules ; le JSON est l’export versionné de Promo Ledger, que lit aussi la commande de rapport (npm run report -- --log fichier.json).',
    exportEvents: 'Journal (CSV)',
    exportResults: 'Résultats (CSV)',
    exportJson: 'Tout (JSON)',
    exported: (name, n) => `${name} : ${n} lignes.`,
    anyPlatform: 'Toute plateforme',
    anyProgram: 'Tout programme',
    anyMember: 'Tout membre',
    importTitle: 'Importer',
    importIntro:
      'Un export Promo Ledger (JSON), un CSV de journal (id,time,platform,surface,action,linkId,pageUrl[,member]) ou un CSV de résultats (date,program,metric,count[,platform][,member]). Chaque ligne est vérifiée ; rien n’est écrit avant votre confirmation, puis tout est écrit d’un coup.',
    choose: 'Choisir des fichiers',
    drop: 'ou déposez-les ici',
    reading: (file, files) => `Lecture du fichier ${file} sur ${files}…`,
    cancelled: 'Import annulé. Rien n’a été écrit.',
    preview: 'Ce que ferait cet import',
    file: 'Fichier',
    kind: {
      'results-csv': 'CSV de résultats',
      'events-csv': 'CSV de journal',
      'export-json': 'Export Promo Ledger',
    },
    unknownKind: 'Illisible',
    read: 'Lignes lues',
    added: 'Nouvelles',
    duplicate: 'Déjà présentes',
    replaced: 'Remplacent',
    rejected: 'Rejetées',
    problems: 'Pourquoi des lignes sont rejetées —',
    row: (n) => `Ligne ${n}`,
    unusable: 'Ce fichier ne peut pas être importé —',
    applySettings: (file) => `Utiliser aussi les programmes et paramètres enregistrés dans ${file}`,
    replaceDemo: 'Supprimer d’abord les données de démo',
    confirm: (n) => `Importer ${n} lignes`,
    nothing: 'Rien de nouveau à importer.',
    done: (events, results) => `${events} événements et ${results} résultats importés.`,
    discard: 'Abandonner',
    more: (n) => `${n} de plus non affichés.`,
  },
  errors: {
    worker: 'Le calcul a échoué',
  },
  engine: ENGINE_WORDS.fr,
};

export const MESSAGES: Record<Lang, Messages> = { en, fr };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** A metric id in words: known ones translated, others with `_` as spaces (`reels_100_plays`). */
export function metricName(t: Messages, metric: string): string {
  return t.metrics[metric] ?? metric.replace(/_/g, ' ');
}

function engineFormat(t: Messages, f: Formatter) {
  return {
    money: f.money,
    count: f.count,
    day: f.day,
    metric: (metric: string) => metricName(t, metric),
    platform: (platform: string) => t.platforms[platform as ResultPlatform] ?? platform,
  };
}

/** A progress item's or pace's label from the engine, in the reader's language. */
export function engineLabel(t: Messages, f: Formatter, label: EngineLabel): string {
  return labelText(t.engine, engineFormat(t, f), label);
}

/** A payout's note from the engine, in the reader's language (`creators`: a team's entry). */
export function payoutNote(t: Messages, f: Formatter, note: PayoutNote, creators?: number): string {
  return noteText(t.engine, engineFormat(t, f), note, creators);
}

/**
 * A failed read or write of the ledger, in words the user can act on: no room left, the store
 * closed or removed by the browser, blocked by an upgrade, not available here; else the detail.
 */
export function storageErrorText(t: Messages, err: unknown): string {
  switch (classifyStorageError(err)) {
    case 'quota':
      return t.common.storageQuota;
    case 'closed':
      return t.common.storageClosed;
    case 'blocked':
      return t.common.storageBlocked;
    case 'unavailable':
      return t.common.storageUnavailable;
    default:
      return t.common.storageError(err instanceof Error ? err.message : String(err));
  }
}
