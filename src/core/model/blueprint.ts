import type { TechnicalBlueprint } from './technicalBlueprint';

/**
 * The Strategy Blueprint: the value network of a winning sale (Verna Allee), as plain data.
 * Ids are stable strings chosen by the author; names are display text.
 */

/** Which side of the deal a role sits on. Selling actions come from internal roles, buying actions from customer roles. */
export type RoleSide = 'internal' | 'customer' | 'partner';

export interface Role {
  readonly id: string;
  readonly name: string;
  readonly side: RoleSide;
  readonly description?: string;
}

/** Tangible: contractual (documents, offers, payments). Intangible: knowledge, benefits, relationships. */
export type DeliverableKind = 'tangible' | 'intangible';

/** When a transaction falls due: a number of days after entering its stage, or after another transaction. */
export interface DueRule {
  readonly days: number;
  /** `undefined` means "after entering the transaction's stage". */
  readonly afterTransactionId?: string;
}

/** A deliverable that flows from one role to another. */
export interface Transaction {
  readonly id: string;
  /** 1-based position in the blueprint's narrative order; unique within a blueprint. */
  readonly sequence: number;
  readonly from: string;
  readonly to: string;
  readonly deliverable: string;
  readonly kind: DeliverableKind;
  readonly stage: string;
  readonly required: boolean;
  /** Transactions that must have happened before this one. */
  readonly precededBy: readonly string[];
  readonly due?: DueRule;
  /** How many times the exchange must happen at least when required (default 1). */
  readonly minCount: number;
}

/** The minimum activity that lets a deal leave a stage. */
export interface ExitCriteria {
  /** Distinct transactions sent by internal roles within the stage. */
  readonly minSellingActions: number;
  /** Distinct transactions sent by customer roles within the stage. */
  readonly minBuyingActions: number;
}

export interface Stage {
  readonly id: string;
  readonly name: string;
  /** 1-based; unique within a blueprint. */
  readonly order: number;
  readonly exitCriteria: ExitCriteria;
}

export type BlueprintStatus = 'draft' | 'published';

export interface Blueprint {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** Incremented on every published change; 1 for a new blueprint. */
  readonly version: number;
  readonly status: BlueprintStatus;
  readonly roles: readonly Role[];
  readonly stages: readonly Stage[];
  readonly transactions: readonly Transaction[];
  /** How transactions are recognised in data, who plays which role, and the alert rules; absent until defined. */
  readonly technical?: TechnicalBlueprint;
}
