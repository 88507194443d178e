/**
 * The worker thread of the command line and of `parseFiles`: each task names
 * a file (or carries a short text); the worker reads, parses and formats it.
 */
import { runTask, type Task, type TaskResult } from './task.js';

export default function work(task: Task): TaskResult {
  return runTask(task);
}
