import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../engine/analyze';
import { AnalysisStats, DocumentAnalyzer } from '../engine/incremental';
import { analysisTarget } from './documentFilter';
import { DocumentSettings } from './settings';

/** Documents longer than this are not analysed (see docs/robustness.md). */
export const MAX_ANALYSED_LENGTH = 2_000_000;

interface State {
  analyzer: DocumentAnalyzer;
  version?: number;
  settings?: DocumentSettings;
  analysis?: Analysis;
}

// TextDocuments updates one object per open document in place, so the state follows the document across edits
// and goes when the document is closed and forgotten.
const states = new WeakMap<TextDocument, State>();

/**
 * The analysis of a document's current version under its settings: computed once per version, whichever feature
 * asks first (diagnostics, completion, hover, code actions, symbols), and incrementally from the previous version
 * where an edit stayed inside one resource of a template. Undefined for a document Policy Lens does not read, or
 * one longer than `maxLength`.
 */
export function analysisOf(
  document: TextDocument,
  settings: DocumentSettings,
  maxLength: number = MAX_ANALYSED_LENGTH,
): Analysis | undefined {
  // The limit is the caller's (the server's option, or the default): an analysis made under one holds under any
  // other the text is within, so it is not part of what the analysis is kept by.
  if (document.getText().length > maxLength) return undefined;
  let state = states.get(document);
  if (!state) states.set(document, (state = { analyzer: new DocumentAnalyzer() }));
  if (state.version === document.version && state.settings === settings) return state.analysis;
  const target = analysisTarget(document.uri, document.languageId);
  state.analysis =
    !settings.enable || !target
      ? undefined
      : state.analyzer.analyze({ text: document.getText(), ...target, settings: settings.analysis });
  state.version = document.version;
  state.settings = settings;
  return state.analysis;
}

/** How the last analysis of a document was made (for the benchmark and tests). */
export function analysisStats(document: TextDocument): AnalysisStats | undefined {
  return states.get(document)?.analyzer.stats;
}
