import { Severity } from '../rules/rule';

/** A rule's configured severity, or `off` to disable it. */
export type RuleLevel = Severity | 'off';

/** The settings that change analysis, read per document (never held globally). */
export interface AnalysisSettings {
  /** Rule id → severity or off. */
  rules: Record<string, RuleLevel>;
  /** Glob → policy kind. */
  policyKinds: Record<string, string>;
}

export const DEFAULT_SETTINGS: AnalysisSettings = { rules: {}, policyKinds: {} };

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads settings from untrusted configuration, dropping what is malformed rather than failing. */
export function normaliseSettings(raw: unknown): AnalysisSettings {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleLevel> = {};
  if (source.rules && typeof source.rules === 'object') {
    for (const [id, level] of Object.entries(source.rules as Record<string, unknown>)) {
      if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
    }
  }
  const policyKinds: Record<string, string> = {};
  if (source.policyKinds && typeof source.policyKinds === 'object') {
    for (const [glob, kind] of Object.entries(source.policyKinds as Record<string, unknown>)) {
      if (typeof kind === 'string') policyKinds[glob] = kind;
    }
  }
  return { rules, policyKinds };
}
