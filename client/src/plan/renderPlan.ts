// Where a plan was made, as the plan view names it (the words of a plan are core's, planText.ts; the
// plan view lays them out, planHtml.ts).

/** Where a plan was made: shown in the heading. */
export interface PlanTarget {
  host: string;
  baseUrl: string;
  /** The manifest's file name. */
  file: string;
}
