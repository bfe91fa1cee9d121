/** Port: the site's leads (the Leads list) and the lead models stored beside the opportunity models. */
import type { LeadScoringModel, LeadColumn } from '../../core/insights';
import type { UpsertReport, WriteReport } from './writeReport';

/** A lead's outcome as the product stores it; the mapping step maps a file's own values to these. */
export type LeadOutcome = 'converted' | 'not-converted' | 'open';
export const LEAD_OUTCOME_VALUES: readonly LeadOutcome[] = ['converted', 'not-converted', 'open'];

/** A lead as imported: its id in the file it came from, its name, its outcome and its features. */
export interface Lead {
  readonly id: string;
  readonly name: string;
  readonly outcome: LeadOutcome;
  /** The file's columns the mapping keeps as features: header -> text, as written in the file. */
  readonly features: Readonly<Record<string, string>>;
}

/** The latest score of a lead: 0-100, its grade, its top reasons, the model and the time. */
export interface StoredLeadScore {
  readonly score: number;
  readonly grade: 'A' | 'B' | 'C' | 'D';
  readonly reasons: readonly string[];
  readonly modelId: string;
  /** Epoch ms. */
  readonly scoredAt: number;
}

export interface LeadRecord extends Lead {
  readonly itemId: number;
  readonly scored?: StoredLeadScore;
}

export interface LeadStore {
  /**
   * Adds new leads and updates stored ones by lead id (the features, name and outcome are the file's;
   * the score stays until the next scoring). When an id occurs twice, the last one wins.
   */
  upsertMany(leads: readonly Lead[], importedAt: number): Promise<UpsertReport>;
  /** The leads of these ids (missing ids left out), read through the unique indexed lead id. */
  getMany(ids: readonly string[]): Promise<LeadRecord[]>;
  /**
   * The leads of one outcome (every lead without), one page (at most `pageSize`, cap 5,000) at a time,
   * oldest item first, read through the indexed outcome column so it keeps working past 5,000 items.
   */
  pages(outcome?: LeadOutcome, pageSize?: number): AsyncIterable<LeadRecord[]>;
  /** Writes scores back by item id, in batches. */
  saveScores(scores: readonly { readonly itemId: number; readonly scored: StoredLeadScore }[]): Promise<WriteReport>;
}

/** A trained lead model as stored (its own item in the ScoringModels list, id `lead-...`). */
export interface LeadModelRecord {
  readonly modelId: string;
  /** e.g. `lead model (40 converted / 60 not converted)`. */
  readonly label: string;
  readonly trainedAt: number;
  readonly trainedBy?: string;
  readonly model: LeadScoringModel;
  readonly columns: readonly LeadColumn[];
  /** On the held-out latest leads; absent when a class was missing there. */
  readonly evaluation?: { readonly auc: number | undefined; readonly brier: number | undefined; readonly tested: { readonly converted: number; readonly notConverted: number } };
}

export interface LeadModelRegistry {
  /** Stores a complete lead model in one write. It never touches the opportunity model in use. */
  save(record: LeadModelRecord): Promise<LeadModelRecord>;
  /** The newest lead model (the one leads are scored with); `undefined` when none was trained. */
  latest(): Promise<LeadModelRecord | undefined>;
}
