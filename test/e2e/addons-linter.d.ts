// The part of Mozilla's addons-linter (no types of its own) that firefox-lint.spec.ts calls.
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
  }
  export interface LinterOutput {
    summary: { errors: number; warnings: number; notices: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
      run(): Promise<LinterOutput>;
    };
  };
  export default linter;
}
