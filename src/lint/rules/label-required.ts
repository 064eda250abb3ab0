import type { Instruction, Stage } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

interface StageState {
  stage: Stage;
  /** The stage's alias; only an aliased stage can be built on (`FROM <alias>`) or copied from. */
  alias: string | null;
  /** How a LABEL in this stage names it: its alias, else its image name (hadolint's reading). */
  name: string;
}

/**
 * hadolint's bookkeeping for one required label: a stage is fine when it sets the label or builds
 * on an aliased stage that did; a stage only used as a `COPY --from` source is excused, and so is
 * a stage whose alias a labelled stage names as its image (its labels are inherited downstream).
 */
class LabelTracker {
  private readonly good = new Set<StageState>();
  private readonly bad = new Set<StageState>();
  private current: StageState | null = null;

  constructor(readonly label: string) {}

  enterStage(s: StageState): void {
    this.current = s;
    const inherits = [...this.good].some((g) => g.alias !== null && g.alias === s.stage.from.name);
    (inherits ? this.good : this.bad).add(s);
  }

  copiedFrom(source: string): void {
    if (!this.current) return;
    this.excuse(source);
  }

  labelled(): void {
    if (!this.current) return;
    this.excuse(this.current.name);
    this.good.add(this.current);
    this.bad.delete(this.current);
  }

  missing(): StageState[] {
    return [...this.bad];
  }

  private excuse(alias: string): void {
    for (const s of [...this.bad]) if (s.alias !== null && s.alias === alias) this.bad.delete(s);
  }
}

export default defineRule({
  meta: {
    id: 'label-required',
    aliases: ['DL3049'],
    severity: 'info',
    description: 'Every stage should carry the labels the label schema requires',
    // hadolint does not count `ONBUILD LABEL` or `ONBUILD COPY`.
    onbuild: false,
  },
  create(ctx) {
    const trackers = Object.keys(ctx.settings.labelSchema).map((label) => new LabelTracker(label));
    return {
      FROM(ins) {
        const stage = ins.stage;
        if (!stage) return;
        const state: StageState = { stage, alias: stage.alias, name: stage.alias ?? stage.from.name };
        for (const t of trackers) t.enterStage(state);
      },
      COPY(ins: Instruction) {
        const source = ins.flag('from');
        if (source) for (const t of trackers) t.copiedFrom(source);
      },
      LABEL(ins) {
        const keys = new Set(ins.pairs.map((p) => p.key));
        for (const t of trackers) if (keys.has(t.label)) t.labelled();
      },
      end() {
        for (const t of trackers)
          for (const s of t.missing())
            ctx.report(s.stage.fromInstruction, `Label \`${t.label}\` is missing.`);
      },
    };
  },
});
