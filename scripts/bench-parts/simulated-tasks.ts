/**
 * Where Lighthouse's total blocking time comes from. With its default (simulated) throttling,
 * Lighthouse replays the trace's main-thread tasks on a simulated phone (Lantern): a task takes 4 ×
 * its traced time, one that lays out 2 ×, and the part of a task past the simulated first contentful
 * paint, beyond 50 ms, is blocking time. FCP is simulated on a graph that holds, of the main thread,
 * only the first parse, the first layout and the first paint; the full timeline also holds the
 * navigation's commit (Chromium creating the document and its script context) before them. A first
 * layout longer than that commit so ends partly past FCP, on the plain page as on the site's.
 *
 * This lists one run's simulated main-thread tasks, with what each holds and the blocking time it
 * adds, from Lighthouse's own computed artifacts (the modules its metrics use).
 */
import type { RunnerResult } from 'lighthouse';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';

export type SimulatedTask = { start: number; duration: number; traced: number; holds: string[]; blocking: number };
export type SimulatedMainThread = { fcp: number; tasks: SimulatedTask[] };

/** The trace events that say what a task was for. */
const TELLING = ['DocumentLoader::CommitNavigation', 'ParseHTML', 'EvaluateScript', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'FireIdleCallback', 'TimerFire', 'EventDispatch'];

/** The optimistic estimate's tasks of at least `minimum` simulated ms; Lighthouse reports the mean of both estimates. */
export async function simulatedMainThread(result: RunnerResult, minimum = 20): Promise<SimulatedMainThread> {
  const { artifacts, lhr } = result;
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings: lhr.configSettings,
    URL: artifacts.URL,
    SourceMaps: artifacts.SourceMaps,
  };
  const context = { computedCache: new Map() };
  const fcp = (await LanternFirstContentfulPaint.request(data, context)).pessimisticEstimate.timeInMs;
  const { nodeTimings } = (await LanternTotalBlockingTime.request(data, context)).optimisticEstimate;
  const tasks: SimulatedTask[] = [];
  for (const [node, timing] of nodeTimings) {
    if (node.type !== 'cpu' || timing.duration < minimum) continue;
    const names = new Set(node.childEvents.map((event: { name: string }) => event.name));
    const past = Math.max(0, timing.endTime - Math.max(timing.startTime, fcp));
    tasks.push({
      start: timing.startTime,
      duration: timing.duration,
      traced: node.event.dur / 1000,
      holds: TELLING.filter((name) => names.has(name)),
      blocking: past >= 50 ? past - 50 : 0,
    });
  }
  return { fcp, tasks: tasks.sort((a, b) => a.start - b.start) };
}
