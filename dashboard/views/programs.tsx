import { useState } from 'preact/hooks';
import { activePrograms, CATALOG, parseCustomProgram, resolveProgram } from '../../shared/programs/catalog';
import { type FieldError, fieldErrorsText } from '../../shared/schemas/errors';
import type { ProgramDefinition } from '../../shared/schemas/program';
import type { Settings } from '../../shared/schemas/settings';
import { SettingsConflict } from '../../shared/schemas/settings-patch';
import { useDashboard } from '../app/context';
import { Badge, Notice, Section } from '../components/ui';
import { storageErrorText } from '../i18n';

// Programs: switches, open parameters and custom programs. Every change is checked with the rules
// package (resolveProgram, parseCustomProgram) before it is saved, and errors point at the field.

const EXAMPLE = {
  id: 'my-invite-bonus',
  name: 'My invite bonus',
  kind: 'referral',
  model: 'signups',
  centsPerSignup: 500,
  capCents: 50_000,
  window: { start: '2025-07-01', end: '2025-07-31' },
  payout: { schedule: { type: 'after_window', days: 14 } },
  openParameters: ['window', 'capCents'],
};

type Raw = Record<string, string>;

function isCents(name: string) {
  return name.endsWith('Cents');
}

/** The text an input shows for a parameter's value. */
function rawOf(name: string, value: unknown): string | Raw {
  if (name === 'window') {
    const w = value as { start?: string; end?: string } | undefined;
    return { start: w?.start ?? '', end: w?.end ?? '' };
  }
  if (isCents(name)) return value === null || value === undefined ? '' : String((value as number) / 100);
  if (name === 'model') return String(value ?? '');
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** A parameter's value from its input, or an error naming the field. */
function paramValue(name: string, raw: string | Raw): { value: unknown } | { error: string } {
  if (name === 'window') {
    const w = raw as Raw;
    return { value: { start: w.start, end: w.end } };
  }
  const text = raw as string;
  if (isCents(name)) {
    if (text.trim() === '') return { value: null };
    const dollars = Number(text);
    if (!Number.isFinite(dollars)) return { error: 'expected an amount in dollars, such as 5000 or 19.99' };
    return { value: Math.round(dollars * 100) };
  }
  if (name === 'model') return { value: text };
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: `not valid JSON: ${(e as Error).message}` };
  }
}

export function ProgramsView() {
  const { t, settings, saveSettings, announce, model } = useDashboard();
  const { errors } = activePrograms(settings);
  const [failure, setFailure] = useState<string | null>(null);
  // A save that does not go through is said here, in words, never dropped in silence.
  const save = async (next: Settings, message: string) => {
    try {
      await saveSettings(next);
      setFailure(null);
      announce(message);
    } catch (err) {
      const text = err instanceof SettingsConflict ? t.programs.conflict : storageErrorText(t, err);
      setFailure(text);
      announce(text);
      return false;
    }
    return true;
  };
  return (
    <div class="view">
      <h2 class="view-title">{t.programs.title}</h2>
      <p class="lead">{t.programs.intro}</p>
      {failure ? (
        <Notice tone="error" role="alert">
          {failure}
        </Notice>
      ) : null}
      {model && model.unusedPrograms.length > 0 ? (
        <Notice tone="info">
          {t.programs.unknown}{' '}
          {model.unusedPrograms.map((id) => (
            <button
              key={id}
              type="button"
              class="btn btn-small"
              onClick={() =>
                void save(
                  {
                    ...settings,
                    programs: {
                      ...settings.programs,
                      [id]: { enabled: true, params: settings.programs[id]?.params ?? {} },
                    },
                  },
                  t.common.saved,
                )
              }
            >
              {t.programs.enable} {CATALOG.find((c) => c.id === id)?.name ?? id}
            </button>
          ))}
        </Notice>
      ) : null}
      <div class="program-list">
        {CATALOG.map((def) => (
          <ProgramRow
            key={def.id}
            def={def}
            errors={errors.find((e) => e.programId === def.id)?.errors ?? []}
            onSave={save}
          />
        ))}
      </div>
      <CustomPrograms onSave={save} />
    </div>
  );
}

function ProgramRow(props: {
  def: ProgramDefinition;
  errors: FieldError[];
  onSave: (s: Settings, message: string) => Promise<boolean>;
}) {
  const { t, settings } = useDashboard();
  const { def } = props;
  const own = settings.programs[def.id];
  // The switch shows the user's choice at once; the stored value takes over once the save is done.
  const [switching, setSwitching] = useState<boolean | null>(null);
  const enabled = switching ?? own?.enabled ?? false;
  const params = own?.params ?? {};
  const open = def.openParameters;
  const [raw, setRaw] = useState<Record<string, string | Raw>>(() =>
    Object.fromEntries(
      open.map((name) => [name, rawOf(name, params[name] ?? (def as Record<string, unknown>)[name])]),
    ),
  );
  const [fieldErrs, setFieldErrs] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);

  const toggle = async (on: boolean) => {
    setSwitching(on);
    // A refusal is said by the view (ProgramsView's notice); the switch then shows what is stored.
    await props.onSave(
      { ...settings, programs: { ...settings.programs, [def.id]: { enabled: on, params } } },
      t.common.saved,
    );
    setSwitching(null);
  };

  async function saveParams(e: Event) {
    e.preventDefault();
    setSaved(false);
    const next: Record<string, unknown> = {};
    const errs: FieldError[] = [];
    for (const name of open) {
      const v = paramValue(name, raw[name] ?? '');
      if ('error' in v) errs.push({ field: name, message: v.error });
      // A value equal to the catalog's is not an override: the catalog may improve later.
      else if (JSON.stringify(v.value) !== JSON.stringify((def as Record<string, unknown>)[name]))
        next[name] = v.value;
    }
    if (errs.length === 0) {
      const resolved = resolveProgram(def, next);
      if (!resolved.ok) errs.push(...resolved.errors);
    }
    setFieldErrs(errs);
    if (errs.length > 0) return;
    const done = await props.onSave(
      { ...settings, programs: { ...settings.programs, [def.id]: { enabled, params: next } } },
      t.programs.paramsSaved,
    );
    setSaved(done);
  }

  const errFor = (name: string) =>
    fieldErrs.filter(
      (e) => e.field === name || e.field.startsWith(`${name}.`) || e.field.startsWith(`${name}[`),
    );
  return (
    <article class={`card program-row ${enabled ? 'is-enabled' : ''}`} aria-labelledby={`prog-${def.id}`}>
      <div class="program-row-head">
        <label class="switch">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="sr-only">{t.common.colon(t.programs.enabled, def.name)}</span>
        </label>
        <div class="program-row-title">
          <h3 id={`prog-${def.id}`}>{def.name}</h3>
          <div class="badges">
            <Badge tone="accent">{t.kinds[def.kind]}</Badge>
            <Badge>{t.common.colon(t.programs.confidenceLabel, t.overview.confidence[def.confidence])}</Badge>
          </div>
        </div>
      </div>
      {props.errors.length > 0 ? (
        <Notice tone="error">
          {props.errors.map((e) => (
            <div key={e.field}>
              <code>{e.field}</code>: {e.message}
            </div>
          ))}
        </Notice>
      ) : null}
      <details class="program-details">
        <summary>{t.programs.parameters}</summary>
        <p class="muted small description">{def.description}</p>
        {def.sources.length > 0 ? (
          <div class="sources small">
            <strong>{t.common.colon(t.programs.sources, '')}</strong>
            <ul>
              {def.sources.map((s) =>
                s.url.startsWith('https://') ? (
                  <li key={s.url}>
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {new URL(s.url).host}
                    </a>
                    {s.note ? ` — ${s.note}` : ''}
                  </li>
                ) : null,
              )}
            </ul>
          </div>
        ) : null}
        {open.length > 0 ? (
          <form class="params" onSubmit={saveParams} noValidate>
            {open.map((name) => (
              <ParamInput
                key={name}
                programId={def.id}
                name={name}
                raw={raw[name] ?? ''}
                onChange={(v) => setRaw((old) => ({ ...old, [name]: v }))}
                errors={errFor(name)}
              />
            ))}
            {fieldErrs.some(
              (e) =>
                !open.some(
                  (n) => e.field === n || e.field.startsWith(`${n}.`) || e.field.startsWith(`${n}[`),
                ),
            ) ? (
              <Notice tone="error">
                {fieldErrs.map((e) => (
                  <div key={e.field}>
                    <code>{e.field}</code>: {e.message}
                  </div>
                ))}
              </Notice>
            ) : null}
            <div class="actions">
              <button type="submit" class="btn btn-primary btn-small">
                {t.programs.saveParams}
              </button>
              {saved ? (
                <span class="ok-text" role="status">
                  {t.programs.paramsSaved}
                </span>
              ) : null}
            </div>
          </form>
        ) : null}
      </details>
    </article>
  );
}

function ParamInput(props: {
  programId: string;
  name: string;
  raw: string | Raw;
  onChange: (v: string | Raw) => void;
  errors: FieldError[];
}) {
  const { t } = useDashboard();
  const { name, raw } = props;
  const id = `param-${props.programId}-${name}`;
  const errorId = `${id}-err`;
  const described = props.errors.length > 0 ? errorId : undefined;
  const errors =
    props.errors.length > 0 ? (
      <span class="field-error" id={errorId}>
        {fieldErrorsText(props.errors)}
      </span>
    ) : null;
  if (name === 'window') {
    const w = raw as Raw;
    return (
      <fieldset class="param">
        <legend>
          <code>window</code>
        </legend>
        <label>
          <span>{t.programs.windowStart}</span>
          <input
            type="date"
            value={w.start}
            aria-describedby={described}
            onInput={(e) => props.onChange({ ...w, start: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          <span>{t.programs.windowEnd}</span>
          <input
            type="date"
            value={w.end}
            aria-describedby={described}
            onInput={(e) => props.onChange({ ...w, end: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        {errors}
      </fieldset>
    );
  }
  if (name === 'model') {
    return (
      <label class="param">
        <span>
          <code>model</code>
        </span>
        <select
          value={raw as string}
          aria-describedby={described}
          onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="signups">{t.metrics.signups}</option>
          <option value="visits">{t.metrics.visits}</option>
        </select>
        {errors}
      </label>
    );
  }
  if (isCents(name)) {
    return (
      <label class="param">
        <span>
          <code>{name}</code> — {t.programs.dollars}
        </span>
        <input
          type="number"
          step="0.01"
          min="0"
          id={id}
          value={raw as string}
          aria-describedby={described}
          onInput={(e) => props.onChange((e.currentTarget as HTMLInputElement).value)}
        />
        {errors}
      </label>
    );
  }
  return (
    <label class="param param-json">
      <span>
        <code>{name}</code> — {t.programs.jsonHelp}
      </span>
      <textarea
        rows={5}
        spellcheck={false}
        value={raw as string}
        aria-describedby={described}
        onInput={(e) => props.onChange((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {errors}
    </label>
  );
}

function CustomPrograms(props: { onSave: (s: Settings, message: string) => Promise<boolean> }) {
  const { t, settings } = useDashboard();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  async function add(e: Event) {
    e.preventDefault();
    const parsed = parseCustomProgram(text);
    const clash = parsed.ok && settings.customPrograms.some((p) => p.id === parsed.value.id);
    if (!parsed.ok || clash) {
      setErrors(
        parsed.ok
          ? [{ field: 'id', message: `another custom program already has the id ${parsed.value.id}` }]
          : parsed.errors,
      );
      return;
    }
    setErrors([]);
    // The text stays when the save is refused, so nothing typed is lost.
    const done = await props.onSave(
      {
        ...settings,
        customPrograms: [...settings.customPrograms, parsed.value],
        programs: { ...settings.programs, [parsed.value.id]: { enabled: true, params: {} } },
      },
      t.programs.customAdded,
    );
    if (done) setText('');
  }
  const remove = (id: string) => {
    const programs = { ...settings.programs };
    delete programs[id];
    return props.onSave(
      { ...settings, customPrograms: settings.customPrograms.filter((p) => p.id !== id), programs },
      t.common.saved,
    );
  };
  return (
    <Section title={t.programs.custom}>
      <p class="muted">{t.programs.customIntro}</p>
      {settings.customPrograms.length > 0 ? (
        <ul class="plain-list custom-list">
          {settings.customPrograms.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> <code>{p.id}</code> <Badge>{t.kinds[p.kind]}</Badge>{' '}
              <button type="button" class="btn btn-ghost btn-small" onClick={() => void remove(p.id)}>
                {t.programs.customRemove}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={add} noValidate>
        <label class="param param-json">
          <span class="sr-only">JSON</span>
          <textarea
            rows={10}
            spellcheck={false}
            value={text}
            placeholder={JSON.stringify(EXAMPLE, null, 2)}
            aria-invalid={errors.length > 0}
            aria-describedby={errors.length > 0 ? 'custom-errors' : undefined}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        {errors.length > 0 ? (
          <div class="notice notice-error" id="custom-errors" role="alert">
            <p>{t.programs.customErrors}</p>
            <ul class="problems">
              {errors.map((e) => (
                <li key={`${e.field}|${e.message}`}>
                  <code>{e.field}</code>: {e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div class="actions">
          <button type="submit" class="btn btn-primary">
            {t.programs.addCustom}
          </button>
          <button
            type="button"
            class="btn btn-ghost"
            onClick={() => setText(JSON.stringify(EXAMPLE, null, 2))}
          >
            {t.programs.example}
          </button>
        </div>
      </form>
    </Section>
  );
}
