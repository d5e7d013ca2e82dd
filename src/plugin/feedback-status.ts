// How other views learn a note's feedback blocks and their lint status without importing the linter (the feedback feature registers it).

export interface FeedbackBlockStatus {
  title: string;
  /** 1-based line of the block's heading or callout. */
  line: number;
  /** Findings in the block, by severity name. */
  findings: number;
}

type Reader = (text: string, noteDate: string) => FeedbackBlockStatus[];
let reader: Reader | null = null;

/** Set by the feedback feature while it is loaded; null after. */
export function setFeedbackStatusReader(r: Reader | null): void {
  reader = r;
}

/** The note's feedback blocks with their findings; null when the feedback feature is not there. */
export function feedbackStatus(text: string, noteDate: string): FeedbackBlockStatus[] | null {
  return reader ? reader(text, noteDate) : null;
}
