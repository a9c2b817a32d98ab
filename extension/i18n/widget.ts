import type { Dictionary } from './locale';

// The in-page widget's strings. `insert` is part of the interface: tests and screen readers find
// the button by this name.

const en = {
  region: 'Promo Ledger',
  insert: 'Insert referral link',
  inserting: 'Inserting…',
  collapse: 'Collapse Promo Ledger',
  expand: 'Expand Promo Ledger',
  openDashboard: 'Open dashboard',
  openOptions: 'Open options',
  copy: 'Copy link',
  earned: '{amount} earned',
  ofCap: 'of {cap}',
  noCap: 'no cap',
  progress: '{percent}% of the cap',
  pace: '{rate}/day',
  paceNeeded: 'needs {rate}/day',
  daysLeft: '{days} days left',
  dayLeft: '1 day left',
  windowClosed: 'Window closed',
  noProgram: 'No program enabled',
  programInvalid: '{program}: its settings do not hold ({message}).',
  logPending: '{n} promotions not saved yet: Promo Ledger keeps trying. Keep this tab open.',
  logSaved: 'Promotions saved.',
  fixProgram: 'Fix in the dashboard',
  loading: 'Loading…',
  inserted: 'Link inserted',
  copied: 'Link copied',
  alreadyThere: 'The link is already in this composer.',
  disclosure: 'Inserts your own Instagram referral link, only when you click.',
  notAccepted: "This editor didn't take the link. Copy it and paste it instead.",
  unverified: 'Check the composer: the link may not have gone in. Nothing was inserted twice.',
  copiedPaste: "This editor didn't take the link. Copied — paste it ({keys}).",
  copiedCheck: "Check the composer: the text changed but the link isn't there. Copied — paste it ({keys}).",
  insertedTwice: 'The link went in twice: delete one before posting.',
  detached: 'The composer closed before the link could go in.',
  noLink: 'Add your Instagram link in the options first.',
  dataLost:
    "Promo Ledger's data was removed by the browser: set your Instagram link up again in the options.",
  unavailable: 'Promo Ledger is not answering. Try again in a moment.',
  copyFailed: "Couldn't copy: the browser refused the clipboard.",
  openFromToolbar: "Couldn't open it from here: use Promo Ledger's toolbar button.",
} as const;

type Key = keyof typeof en;

export const widgetDictionary: Dictionary<Key> = {
  en,
  fr: {
    region: 'Promo Ledger',
    insert: 'Insérer le lien de parrainage',
    inserting: 'Insertion…',
    collapse: 'Réduire Promo Ledger',
    expand: 'Développer Promo Ledger',
    openDashboard: 'Ouvrir le tableau de bord',
    openOptions: 'Ouvrir les options',
    copy: 'Copier le lien',
    earned: '{amount} gagnés',
    ofCap: 'sur {cap}',
    noCap: 'sans plafond',
    progress: '{percent} % du plafond',
    pace: '{rate}/jour',
    paceNeeded: 'il faut {rate}/jour',
    daysLeft: '{days} jours restants',
    dayLeft: '1 jour restant',
    windowClosed: 'Période terminée',
    noProgram: 'Aucun programme activé',
    programInvalid: '{program} : ses réglages ne tiennent pas ({message}).',
    logPending: '{n} promotions pas encore enregistrées : Promo Ledger réessaie. Gardez cet onglet ouvert.',
    logSaved: 'Promotions enregistrées.',
    fixProgram: 'Corriger dans le tableau de bord',
    loading: 'Chargement…',
    inserted: 'Lien inséré',
    copied: 'Lien copié',
    alreadyThere: 'Le lien est déjà dans ce champ.',
    disclosure: 'Insère votre propre lien de parrainage Instagram, seulement quand vous cliquez.',
    notAccepted: "Cet éditeur n'a pas accepté le lien. Copiez-le et collez-le.",
    copiedPaste: "Cet éditeur n'a pas accepté le lien. Copié : collez-le ({keys}).",
    copiedCheck:
      "Vérifiez le champ : le texte a changé mais le lien n'y est pas. Copié : collez-le ({keys}).",
    insertedTwice: 'Le lien a été inséré deux fois : supprimez-en un avant de publier.',
    unverified: "Vérifiez le champ : le lien n'a peut-être pas été inséré. Rien n'a été inséré deux fois.",
    detached: "Le champ s'est fermé avant l'insertion du lien.",
    noLink: "Ajoutez d'abord votre lien Instagram dans les options.",
    dataLost:
      'Les données de Promo Ledger ont été supprimées par le navigateur : configurez de nouveau votre lien Instagram dans les options.',
    unavailable: 'Promo Ledger ne répond pas. Réessayez dans un instant.',
    copyFailed: "Copie impossible : le navigateur a refusé l'accès au presse-papiers.",
    openFromToolbar:
      "Ouverture impossible d'ici : utilisez le bouton de Promo Ledger dans la barre d'outils.",
  },
};

export type WidgetKey = Key;
