import { findProgram } from '../../shared/programs/catalog';
import type { Settings } from '../../shared/schemas/settings';

// Program names for the pages. Apart from describe.ts because the catalog brings zod with it, which
// the popup has no use for.

export function programName(settings: Settings, id: string): string {
  return findProgram(id)?.name ?? settings.customPrograms.find((p) => p.id === id)?.name ?? id;
}
