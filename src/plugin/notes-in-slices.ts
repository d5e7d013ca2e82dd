// Reads notes one after another for a vault-wide check: a few reads ahead, and a turn for the UI once per time slice.
import type { App, TFile } from "obsidian";
import { editorOf } from "./note-actions";

/** Reads in flight ahead of the note being checked, so the check does not wait on the disk note after note. */
const READ_AHEAD = 4;
/** Work between two turns of the UI: well under a frame budget of 50 ms, long enough that the turns cost little. */
const SLICE_MS = 10;

/**
 * A turn of the event loop (input, rendering, timers) through a message, not a timer: nested timers wait at least
 * 4 ms each (7 s of idle over 8,673 notes when the check yielded every 5 notes), and a window in the background holds
 * timers back for a second.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SlicedReadOptions {
  /** False when the note cannot hold anything the check looks for (its text is then null, and it is not read). */
  needsRead?: (file: TFile) => boolean;
  /** Called before each turn given to the UI, with how many notes were handed out so far. */
  onSlice?: (done: number) => void;
}

/**
 * Each note with its text (an open editor's, else the cached file's), in order. The caller's work on a note counts
 * toward the slice: after SLICE_MS of it the generator gives the page a turn (input, rendering) before the next note.
 * A note that cannot be read (deleted meanwhile) comes with null. Stopping the loop stops the reads.
 */
export async function* notesInSlices(app: App, files: readonly TFile[], options: SlicedReadOptions = {}): AsyncGenerator<[TFile, string | null]> {
  const { needsRead = () => true, onSlice } = options;
  let sliceStart = performance.now();
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
    if (performance.now() - sliceStart > SLICE_MS) {
      onSlice?.(i + 1);
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
