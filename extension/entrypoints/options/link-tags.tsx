import { useState } from 'preact/hooks';
import { buildTaggedLink } from '../../../shared/links/tagged-link';
import { PLATFORMS, type Platform } from '../../../shared/schemas/common';
import type { ReferralLink, TagPreset } from '../../../shared/schemas/link';
import type { Settings } from '../../../shared/schemas/settings';
import { copyText } from '../../pages/clipboard';
import { PLATFORM_NAMES } from '../../pages/describe';
import type { T } from '../../pages/i18n';
import type { Save } from '../../pages/save-status';
import { inheritedTags, sameTags, setLinkTags } from '../../pages/settings-edit';

// A link's UTM tags per site, edited as a draft: each site shows the address it will really insert
// (buildTaggedLink), and nothing is saved until "Apply tags" — a failed save keeps the draft.

const FIELDS = ['utm_source', 'utm_medium', 'utm_campaign'] as const;
const MAX_TAG = 100;

interface Props {
  id: string;
  link: ReferralLink;
  settings: Settings;
  save: Save;
  t: T;
  onClose: () => void;
}

type Draft = Record<Platform, TagPreset>;

function initialDraft(link: ReferralLink, settings: Settings): Draft {
  const draft = {} as Draft;
  for (const p of PLATFORMS) draft[p] = { ...(link.tags[p] ?? inheritedTags(settings, p)) };
  return draft;
}

export function LinkTags({ id, link, settings, save, t, onClose }: Props) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(link, settings));
  const [busy, setBusy] = useState(false);
  const [copiedFor, setCopiedFor] = useState<Platform | null>(null);
  const changed = PLATFORMS.some((p) => !sameTags(draft[p], link.tags[p] ?? inheritedTags(settings, p)));
  const preview: ReferralLink = { ...link, tags: draft };

  const setField = (platform: Platform, field: (typeof FIELDS)[number], value: string) =>
    setDraft((d) => ({ ...d, [platform]: { ...d[platform], [field]: value } }));

  const apply = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const ok = await save(
      (current) => setLinkTags(current, link.id, draft),
      t('status.tagsSaved', { name: link.label || link.url }),
    );
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <form id={id} class="tags-panel" onSubmit={apply} aria-label={t('tags.title')}>
      <p class="field-hint">{t('tags.hint')}</p>
      {PLATFORMS.map((platform) => {
        const tagged = buildTaggedLink(preview, platform, settings.tagPresets);
        const inherited = inheritedTags(settings, platform);
        const isInherited = sameTags(draft[platform], inherited);
        return (
          <fieldset key={platform} class="tags-platform">
            <legend>{PLATFORM_NAMES[platform]}</legend>
            <div class="tags-fields">
              {FIELDS.map((field) => {
                const inputId = `${id}-${platform}-${field}`;
                return (
                  <div class="field" key={field}>
                    <label class="field-label tag-label" for={inputId}>
                      {t(`tags.${field}`)} <span class="muted mono">{field}</span>
                    </label>
                    <input
                      id={inputId}
                      type="text"
                      maxLength={MAX_TAG}
                      spellcheck={false}
                      value={draft[platform][field]}
                      onInput={(e) => setField(platform, field, e.currentTarget.value)}
                    />
                  </div>
                );
              })}
            </div>
            <div class="tags-result">
              <span class="muted">{t('tags.result', { platform: PLATFORM_NAMES[platform] })}</span>
              <span class="mono">{tagged}</span>
            </div>
            <div class="row">
              <button
                type="button"
                class="btn btn-small"
                aria-label={t('tags.copyFor', { platform: PLATFORM_NAMES[platform] })}
                onClick={async () => {
                  try {
                    await copyText(tagged);
                    setCopiedFor(platform);
                  } catch {
                    setCopiedFor(null);
                  }
                }}
              >
                {copiedFor === platform ? t('link.copied') : t('link.copy')}
              </button>
              <button
                type="button"
                class="btn btn-small btn-quiet"
                disabled={isInherited}
                aria-label={t('tags.resetFor', { platform: PLATFORM_NAMES[platform] })}
                onClick={() => setDraft((d) => ({ ...d, [platform]: { ...inherited } }))}
              >
                {t('tags.reset')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy || !changed}>
          {t('tags.apply')}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          {t('tags.cancel')}
        </button>
      </div>
    </form>
  );
}
