import { useEffect, useState } from 'preact/hooks';
import type { ReferralLink } from '../../../shared/schemas/link';
import type { Settings } from '../../../shared/schemas/settings';
import { linkName } from '../../pages/describe';
import type { T } from '../../pages/i18n';
import type { Save } from '../../pages/save-status';
import { type RemovedLink, removeLink, restoreLink, setDefaultLink } from '../../pages/settings-edit';
import { LinkCard } from './link-card';
import { LinkForm } from './link-form';
import { QrDialog } from './qr-dialog';

// The creator's referral links: the list (one of them the default), "Add a link", the QR dialog, and
// deletion with an Undo that puts the link back where it was, default included.

const UNDO_MS = 15_000;

export function LinksSection({ settings, save, t }: { settings: Settings; save: Save; t: T }) {
  const [qrLink, setQrLink] = useState<ReferralLink | null>(null);
  const [removed, setRemoved] = useState<RemovedLink | null>(null);
  // The radio the user just picked, shown checked while the background saves it (a controlled radio
  // would otherwise jump back until the reply); on failure the saved default shows again.
  const [choosing, setChoosing] = useState<string | null>(null);
  const shownDefault = choosing ?? settings.defaultLinkId;

  const chooseDefault = async (link: ReferralLink) => {
    setChoosing(link.id);
    await save(
      (current) => setDefaultLink(current, link.id),
      t('status.defaultSet', { name: linkName(link, t) }),
    );
    setChoosing(null);
  };

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [removed]);

  const remove = async (link: ReferralLink) => {
    let undo: RemovedLink | null = null;
    const ok = await save(
      (current) => {
        const result = removeLink(current, link.id);
        undo = result.removed;
        return result.settings;
      },
      t('status.linkDeleted', { name: linkName(link, t) }),
    );
    if (ok) setRemoved(undo);
  };

  const undo = async () => {
    const item = removed;
    if (!item) return;
    if (
      await save(
        (current) => restoreLink(current, item),
        t('status.linkRestored', { name: linkName(item.link, t) }),
      )
    ) {
      setRemoved(null);
      document.getElementById(`link-${item.link.id}`)?.focus();
    }
  };

  return (
    <section class="card" aria-labelledby="links-title">
      <div class="card-header">
        <h2 id="links-title">{t('links.title')}</h2>
        <p class="muted">{t('links.intro')}</p>
      </div>
      {removed && (
        <div class="notice">
          <span>{t('links.deleted', { name: linkName(removed.link, t) })}</span>
          <button type="button" class="btn btn-small" onClick={undo}>
            {t('links.undo')}
          </button>
        </div>
      )}
      {settings.links.length > 0 && (
        <ul class="link-list" aria-label={t('links.listLabel')}>
          {settings.links.map((link) => (
            <LinkCard
              key={link.id}
              link={link}
              settings={settings}
              save={save}
              t={t}
              isDefault={shownDefault === link.id}
              onChooseDefault={chooseDefault}
              onShowQr={setQrLink}
              onDelete={remove}
            />
          ))}
        </ul>
      )}
      <LinkForm settings={settings} save={save} t={t} onAdded={() => setRemoved(null)} />
      {qrLink && <QrDialog link={qrLink} settings={settings} t={t} onClose={() => setQrLink(null)} />}
    </section>
  );
}
