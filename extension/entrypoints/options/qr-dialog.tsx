import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildTaggedLink } from '../../../shared/links/tagged-link';
import { PLATFORMS, type Platform } from '../../../shared/schemas/common';
import type { ReferralLink } from '../../../shared/schemas/link';
import type { Settings } from '../../../shared/schemas/settings';
import { copyText } from '../../pages/clipboard';
import { linkName, PLATFORM_NAMES } from '../../pages/describe';
import { errorMessage } from '../../pages/errors';
import type { T } from '../../pages/i18n';
import { downloadQrPng, QR_MARGIN, qrFilename, qrMatrix, qrPathData } from '../../pages/qr';

// A link as a QR code for video overlays, tagged for the site the video goes to (so scans count for
// that site) or plain. A modal <dialog>: Escape closes it and focus returns to the opener.

interface Props {
  link: ReferralLink;
  settings: Settings;
  t: T;
  onClose: () => void;
}

type Target = Platform | 'plain';

export function QrDialog({ link, settings, t, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<Target>('tiktok');
  const [message, setMessage] = useState('');
  const url = target === 'plain' ? link.url : buildTaggedLink(link, target, settings.tagPresets);
  const matrix = useMemo(() => qrMatrix(url), [url]);
  const path = useMemo(() => qrPathData(matrix), [matrix]);
  const side = matrix.size + QR_MARGIN * 2;
  const name = linkName(link, t);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const download = () => {
    try {
      downloadQrPng(matrix, qrFilename(link.label || link.url, target === 'plain' ? null : target));
      setMessage(t('qr.downloaded'));
    } catch (error) {
      setMessage(t('qr.downloadFailed', { reason: errorMessage(error) }));
    }
  };

  const copy = async () => {
    try {
      await copyText(url);
      setMessage(t('link.copied'));
    } catch {
      setMessage(t('link.copyFailed'));
    }
  };

  return (
    <dialog ref={ref} class="qr-dialog" aria-labelledby="qr-title" onClose={onClose}>
      <div class="qr-body">
        <h2 id="qr-title">{t('qr.title', { name })}</h2>
        <div class="field">
          <label class="field-label" for="qr-target">
            {t('qr.target')}
          </label>
          <select id="qr-target" value={target} onChange={(e) => setTarget(e.currentTarget.value as Target)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t('qr.taggedFor', { platform: PLATFORM_NAMES[p] })}
              </option>
            ))}
            <option value="plain">{t('qr.plain')}</option>
          </select>
        </div>
        <div class="qr-code">
          <svg
            viewBox={`0 0 ${side} ${side}`}
            width="256"
            height="256"
            role="img"
            aria-label={t('qr.imageLabel', { url })}
            shape-rendering="crispEdges"
          >
            <rect width={side} height={side} fill="#ffffff" />
            <path d={path} fill="#000000" />
          </svg>
        </div>
        <p class="mono qr-url">{url}</p>
        <p class="field-hint">{t('qr.hint')}</p>
        <div class="row">
          <button type="button" class="btn btn-primary" onClick={download}>
            {t('qr.download')}
          </button>
          <button type="button" class="btn" onClick={copy}>
            {t('qr.copy')}
          </button>
          <button type="button" class="btn btn-quiet" onClick={() => ref.current?.close()}>
            {t('qr.close')}
          </button>
          <span role="status" class="muted">
            {message}
          </span>
        </div>
      </div>
    </dialog>
  );
}
