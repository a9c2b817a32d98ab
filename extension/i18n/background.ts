import type { Dictionary } from './locale';

// What the background says when it refuses or fails a request. These strings reach the user (the
// widget, the popup and Options show a failed reply's `error`), so each names what happened and
// what to do.

export type BackgroundKey =
  | 'storageQuota'
  | 'storageClosed'
  | 'storageBlocked'
  | 'storageUnavailable'
  | 'storageFailed'
  | 'badRequest'
  | 'wrongSender'
  | 'pageOnly'
  | 'wrongSite'
  | 'internal'
  | 'linkInvalid'
  | 'linkDuplicate'
  | 'defaultLinkMissing'
  | 'settingsConflict'
  | 'fieldLanguage'
  | 'fieldDefaultLink'
  | 'fieldTags'
  | 'fieldAllowedHosts'
  | 'fieldMember'
  | 'fieldLink'
  | 'fieldLinkOrder'
  | 'fieldProgram';

export const backgroundDictionary: Dictionary<BackgroundKey> = {
  en: {
    storageQuota:
      'The browser has no room left for Promo Ledger’s data. Free some disk space, or export and delete old promotions from the dashboard, then try again. Nothing was half-saved.',
    storageClosed:
      'Promo Ledger’s data store was closed by the browser and could not be reopened. Try again in a moment; nothing was half-saved.',
    storageBlocked:
      'Promo Ledger’s data is being upgraded while another of its pages is open. Close the other Promo Ledger pages and try again.',
    storageUnavailable:
      'This browser does not let Promo Ledger store data here (a private window may block it).',
    storageFailed:
      'Promo Ledger could not read or save its data ({detail}). Nothing was half-saved; try again.',
    badRequest: 'Promo Ledger refused a malformed request: {detail}.',
    wrongSender:
      'Promo Ledger refused a request that did not come from one of its own pages or supported sites.',
    pageOnly: 'Only Promo Ledger’s own pages can do this ({type}).',
    wrongSite: 'Promo Ledger refused a request about {platform} sent from another site.',
    internal: 'Something went wrong in Promo Ledger: {detail}',
    linkInvalid: 'Link “{label}”: {detail}',
    linkDuplicate: 'Two links have the same id ({id}); remove one of them.',
    defaultLinkMissing: 'The default link is not in the list of links; choose another default.',
    settingsConflict:
      'Not saved: {fields} changed in another Promo Ledger page while this one was open. This page now shows what is saved; make your change again if you still want it.',
    fieldLanguage: 'the language',
    fieldDefaultLink: 'the default link',
    fieldTags: 'the tags',
    fieldAllowedHosts: 'the allowed sites',
    fieldMember: 'your member name',
    fieldLink: 'the link “{name}”',
    fieldLinkOrder: 'the order of the links',
    fieldProgram: 'the program “{name}”',
  },
  fr: {
    storageQuota:
      'Le navigateur n’a plus de place pour les données de Promo Ledger. Libérez de l’espace disque, ou exportez puis supprimez d’anciennes promotions depuis le tableau de bord, et réessayez. Rien n’a été enregistré à moitié.',
    storageClosed:
      'Le navigateur a fermé la base de données de Promo Ledger et elle n’a pas pu être rouverte. Réessayez dans un instant ; rien n’a été enregistré à moitié.',
    storageBlocked:
      'Les données de Promo Ledger sont en cours de mise à jour alors qu’une autre de ses pages est ouverte. Fermez les autres pages de Promo Ledger et réessayez.',
    storageUnavailable:
      'Ce navigateur ne permet pas à Promo Ledger d’enregistrer des données ici (une fenêtre de navigation privée peut le bloquer).',
    storageFailed:
      'Promo Ledger n’a pas pu lire ou enregistrer ses données ({detail}). Rien n’a été enregistré à moitié ; réessayez.',
    badRequest: 'Promo Ledger a refusé une requête mal formée : {detail}.',
    wrongSender:
      'Promo Ledger a refusé une requête qui ne venait ni de ses propres pages ni d’un site pris en charge.',
    pageOnly: 'Seules les pages de Promo Ledger peuvent faire cela ({type}).',
    wrongSite: 'Promo Ledger a refusé une requête concernant {platform} envoyée depuis un autre site.',
    internal: 'Une erreur s’est produite dans Promo Ledger : {detail}',
    linkInvalid: 'Lien « {label} » : {detail}',
    linkDuplicate: 'Deux liens ont le même identifiant ({id}) ; supprimez l’un des deux.',
    defaultLinkMissing: 'Le lien par défaut ne fait pas partie de la liste ; choisissez-en un autre.',
    settingsConflict:
      'Non enregistré : {fields} a changé dans une autre page de Promo Ledger pendant que celle-ci était ouverte. Cette page montre maintenant ce qui est enregistré ; refaites votre modification si vous la voulez toujours.',
    fieldLanguage: 'la langue',
    fieldDefaultLink: 'le lien par défaut',
    fieldTags: 'les balises',
    fieldAllowedHosts: 'les sites autorisés',
    fieldMember: 'votre nom de membre',
    fieldLink: 'le lien « {name} »',
    fieldLinkOrder: 'l’ordre des liens',
    fieldProgram: 'le programme « {name} »',
  },
};
