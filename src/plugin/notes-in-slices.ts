// Reads notes one after another for a vault-wide check: a few reads ahead, and a turn for the UI once per time slice.
import type { App, TFile } from "obsidian";
import { TimeSlice } from "./actions/time-slice";
import { editorOf } from "./note-actions";

/** Reads in flight ahead of the note being checked, so the check does not wait on the disk note after note. */
const READ_AHEAD = 4;

export interface SlicedReadOptions {
  /** False when the note cannot hold anything the check looks for (its text is then null, and it is not read). */
  needsRead?: (file: TFile) => boolean;
  /** Called before each turn given to the UI, with how many notes were handed out so far. */
  onSlice?: (done: number) => void;
}

/**
 * Each note with its text (an open editor's, else the cached file's), in order. The caller's work on a note counts
 * toward the slice: after 10 ms of it the generator gives the page a turn (input, rendering) before the next note.
 * A note that cannot be read (deleted meanwhile) comes with null. Stopping the loop stops the reads.
 */
export async function* notesInSlices(app: App, files: readonly TFile[], options: SlicedReadOptions = {}): AsyncGenerator<[TFile, string | null]> {
  const { needsRead = () => true, onSlice } = options;
  // Work between two turns of the UI: well under a frame budget of 50 ms, long enough that the turns cost little.
  const slice = new TimeSlice(10);
  const reads = new Map<number, Promise<string | null> | null>();
  const start = (i: number) => {
    if (i >= files.length || reads.has(i)) return;
    reads.set(i, needsRead(files[i]) ? app.vault.cachedRead(files[i]).catch(() => null) : null);
  };
  for (let i = 0; i < files.length; i++) {
    for (let j = i; j < i + READ_AHEAD; j++) start(j);
    const file = files[i];
    const read = reads.get(i) ?? null;
    reads.delete(i);
    // An open editor's text may be newer than the file, and newer than the metadata cache that needsRead reads.
    const editor = editorOf(app, file);
    yield [file, editor ? editor.getValue() : read && (await read)];
    if (slice.expired()) {
      onSlice?.(i + 1);
      await slice.yield();
    }
  }
}
