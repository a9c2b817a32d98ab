import { useEffect, useState } from 'preact/hooks';
import type { ReferralLink } from '../../../shared/schemas/link';
import type { Settings } from '../../../shared/schemas/settings';
import { copyText } from '../../pages/clipboard';
import { describeTarget, linkName } from '../../pages/describe';
import type { T } from '../../pages/i18n';
import { programName } from '../../pages/programs';
import type { Save } from '../../pages/save-status';
import { LinkTags } from './link-tags';

// One saved link: the default switch, what it points at, and its actions (copy, QR code, tags,
// delete). Every control's accessible name carries the link's name, since a page holds several.

interface Props {
  link: ReferralLink;
  settings: Settings;
  save: Save;
  t: T;
  /** Checked in the list (the saved default, or the one being saved). */
  isDefault: boolean;
  onChooseDefault: (link: ReferralLink) => void;
  onShowQr: (link: ReferralLink) => void;
  onDelete: (link: ReferralLink) => void;
}

export function LinkCard({ link, settings, save, t, isDefault, onChooseDefault, onShowQr, onDelete }: Props) {
  const [tagsOpen, setTagsOpen] = useState(false);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const name = linkName(link, t);
  const tagsId = `tags-${link.id}`;
  const overrides = Object.keys(link.tags).length;

  // "Copied" is a confirmation, not a state: it fades after a moment so the next copy says it again.
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await copyText(link.url);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <li id={`link-${link.id}`} tabIndex={-1} class={`link-card${isDefault ? ' is-default' : ''}`}>
      <div class="link-main">
        <div class="link-text">
          <p class="link-name">{name}</p>
          <p class="mono link-url">{link.url}</p>
          <p class="muted link-meta">
            {link.label.trim() ? `${describeTarget(link.url, t)} · ` : ''}
            {programName(settings, link.programId)}
            {overrides > 0 && ` · ${t('link.customTags', { count: overrides })}`}
          </p>
        </div>
        <label class="default-switch">
          <input
            type="radio"
            name="default-link"
            checked={isDefault}
            aria-label={t('link.defaultNamed', { name })}
            onChange={() => onChooseDefault(link)}
          />
          <span aria-hidden="true">{t('link.default')}</span>
        </label>
      </div>
      <div class="row link-actions">
        <button type="button" class="btn btn-small" onClick={copy} aria-label={t('link.copyNamed', { name })}>
          {t('link.copy')}
        </button>
        <button
          type="button"
          class="btn btn-small"
          onClick={() => onShowQr(link)}
          aria-label={t('link.qrNamed', { name })}
        >
          {t('link.qr')}
        </button>
        <button
          type="button"
          class="btn btn-small"
          aria-expanded={tagsOpen}
          aria-controls={tagsId}
          aria-label={t('link.tagsNamed', { name })}
          onClick={() => setTagsOpen((open) => !open)}
        >
          {t('link.tags')}
        </button>
        <button
          type="button"
          class="btn btn-small btn-quiet btn-danger"
          onClick={() => onDelete(link)}
          aria-label={t('link.deleteNamed', { name })}
        >
          {t('link.delete')}
        </button>
        <span class="copy-state" role="status">
          {copied === 'ok' ? t('link.copied') : copied === 'failed' ? t('link.copyFailed') : ''}
        </span>
      </div>
      {tagsOpen && (
        <LinkTags
          id={tagsId}
          link={link}
          settings={settings}
          save={save}
          t={t}
          onClose={() => setTagsOpen(false)}
        />
      )}
    </li>
  );
}
