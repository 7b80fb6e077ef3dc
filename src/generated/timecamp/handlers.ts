/**
 * Generated from specs/timecamp.yaml by `npm run gen` (scripts/gen-types.ts). Do not edit.
 */

import type { ApiEnv, OperationHandler } from '../../core/handler.js';
import type { operations } from './openapi.js';

/** Every operation of the spec and its handler's signature. The API's handler table `satisfies` this. */
export interface OperationHandlers<E extends ApiEnv> {
  /** `GET /third_party/api/users`: Every user of the account */
  listUsers: OperationHandler<operations['listUsers'], E>;
  /** `GET /third_party/api/me`: The caller */
  getMe: OperationHandler<operations['getMe'], E>;
  /** `GET /third_party/api/user/{user_id}`: One user's details (a comma list gives several) */
  getUser: OperationHandler<operations['getUser'], E>;
  /** `POST /third_party/api/user`: Change a user's display name (the caller when no `user_id`) */
  updateUser: OperationHandler<operations['updateUser'], E>;
  /** `GET /third_party/api/group`: Every group of the account */
  listGroups: OperationHandler<operations['listGroups'], E>;
  /** `POST /third_party/api/group`: Rename or move a group (POST updates) */
  updateGroup: OperationHandler<operations['updateGroup'], E>;
  /** `PUT /third_party/api/group`: Create a group (PUT creates) */
  createGroup: OperationHandler<operations['createGroup'], E>;
  /** `DELETE /third_party/api/group`: Delete a group (its sub-groups move to the root group) */
  deleteGroup: OperationHandler<operations['deleteGroup'], E>;
  /** `GET /third_party/api/tasks`: The task tree, keyed by task id (or one task) */
  listTasks: OperationHandler<operations['listTasks'], E>;
  /** `POST /third_party/api/tasks`: Create a project (no `parent_id`) or a sub-task */
  createTask: OperationHandler<operations['createTask'], E>;
  /** `PUT /third_party/api/tasks`: Change a task (`task_id` in the body) */
  updateTask: OperationHandler<operations['updateTask'], E>;
  /** `DELETE /third_party/api/tasks`: Delete a task and its sub-tasks (`task_id` as a parameter) */
  deleteTask: OperationHandler<operations['deleteTask'], E>;
  /** `GET /third_party/api/task_details`: Name, colour and breadcrumb of some tasks */
  getTaskDetails: OperationHandler<operations['getTaskDetails'], E>;
  /** `GET /third_party/api/entries`: Time entries started between two dates */
  listEntries: OperationHandler<operations['listEntries'], E>;
  /** `POST /third_party/api/entries`: Add a time entry */
  createEntry: OperationHandler<operations['createEntry'], E>;
  /** `PUT /third_party/api/entries`: Change a time entry (`id` in the body) */
  updateEntry: OperationHandler<operations['updateEntry'], E>;
  /** `DELETE /third_party/api/entries`: Delete a time entry (`id` in the body) */
  deleteEntry: OperationHandler<operations['deleteEntry'], E>;
  /** `GET /third_party/api/entries_changes`: The manual changes of time entries between two dates */
  listEntryChanges: OperationHandler<operations['listEntryChanges'], E>;
  /** `GET /third_party/api/timer_running`: The timers running now (the caller's, or everyone's for administrators) */
  listRunningTimers: OperationHandler<operations['listRunningTimers'], E>;
  /** `POST /third_party/api/timer`: Start, stop or read the caller's timer (`action`) */
  timerAction: OperationHandler<operations['timerAction'], E>;
  /** `DELETE /third_party/api/timer`: Discard the running timer without saving its time */
  discardTimer: OperationHandler<operations['discardTimer'], E>;
  /** `GET /third_party/api/activity`: Computer time of a day (or of `dates[]`, at most 20) */
  listActivities: OperationHandler<operations['listActivities'], E>;
  /** `POST /third_party/api/activity`: Add computer activities (`computer_activities[]`) */
  addActivities: OperationHandler<operations['addActivities'], E>;
  /** `PUT /third_party/api/activity`: Assign existing activities (found by end date and time) to a task or an entry */
  updateActivities: OperationHandler<operations['updateActivities'], E>;
  /** `GET /third_party/api/application`: Applications by id, keyed by id */
  listApplications: OperationHandler<operations['listApplications'], E>;
  /** `POST /third_party/api/window_title`: Window titles by id, keyed by id (a POST since July 2020) */
  listWindowTitles: OperationHandler<operations['listWindowTitles'], E>;
  /** `GET /third_party/api/client`: Every client, keyed by client id */
  listClients: OperationHandler<operations['listClients'], E>;
  /** `POST /third_party/api/client`: Change a client (POST updates; `clientId` in the body) */
  updateClient: OperationHandler<operations['updateClient'], E>;
  /** `PUT /third_party/api/client`: Create a client (PUT creates) */
  createClient: OperationHandler<operations['createClient'], E>;
  /** `DELETE /third_party/api/client`: Delete a client (`clientId` in the body) */
  deleteClient: OperationHandler<operations['deleteClient'], E>;
  /** `GET /third_party/api/client/task`: The tasks of some clients, `{clientId: [taskId, ...]}` */
  listClientTasks: OperationHandler<operations['listClientTasks'], E>;
  /** `DELETE /third_party/api/client/task`: Take tasks off a client (`client_id` parameter, `task_id[]` in the body) */
  removeClientTasks: OperationHandler<operations['removeClientTasks'], E>;
  /** `GET /third_party/api/invoice`: Every invoice, keyed by invoice id */
  listInvoices: OperationHandler<operations['listInvoices'], E>;
  /** `POST /third_party/api/invoice`: Change an invoice (POST updates; `invoiceId` in the body) */
  updateInvoice: OperationHandler<operations['updateInvoice'], E>;
  /** `PUT /third_party/api/invoice`: Create an invoice (PUT creates; `entries[]` its lines) */
  createInvoice: OperationHandler<operations['createInvoice'], E>;
  /** `DELETE /third_party/api/invoice`: Delete an invoice (`invoiceId` in the body) */
  deleteInvoice: OperationHandler<operations['deleteInvoice'], E>;
  /** `GET /third_party/api/attendance`: First and last computer activity and total time per user and day */
  getAttendance: OperationHandler<operations['getAttendance'], E>;
  /** `GET /third_party/api/away_time`: Time away from the computer per user and day */
  getAwayTime: OperationHandler<operations['getAwayTime'], E>;
}

/** The method and path template of every operation, by operationId. */
export const operationRoutes = {
  listUsers: { method: 'GET', path: '/third_party/api/users' },
  getMe: { method: 'GET', path: '/third_party/api/me' },
  getUser: { method: 'GET', path: '/third_party/api/user/{user_id}' },
  updateUser: { method: 'POST', path: '/third_party/api/user' },
  listGroups: { method: 'GET', path: '/third_party/api/group' },
  updateGroup: { method: 'POST', path: '/third_party/api/group' },
  createGroup: { method: 'PUT', path: '/third_party/api/group' },
  deleteGroup: { method: 'DELETE', path: '/third_party/api/group' },
  listTasks: { method: 'GET', path: '/third_party/api/tasks' },
  createTask: { method: 'POST', path: '/third_party/api/tasks' },
  updateTask: { method: 'PUT', path: '/third_party/api/tasks' },
  deleteTask: { method: 'DELETE', path: '/third_party/api/tasks' },
  getTaskDetails: { method: 'GET', path: '/third_party/api/task_details' },
  listEntries: { method: 'GET', path: '/third_party/api/entries' },
  createEntry: { method: 'POST', path: '/third_party/api/entries' },
  updateEntry: { method: 'PUT', path: '/third_party/api/entries' },
  deleteEntry: { method: 'DELETE', path: '/third_party/api/entries' },
  listEntryChanges: { method: 'GET', path: '/third_party/api/entries_changes' },
  listRunningTimers: { method: 'GET', path: '/third_party/api/timer_running' },
  timerAction: { method: 'POST', path: '/third_party/api/timer' },
  discardTimer: { method: 'DELETE', path: '/third_party/api/timer' },
  listActivities: { method: 'GET', path: '/third_party/api/activity' },
  addActivities: { method: 'POST', path: '/third_party/api/activity' },
  updateActivities: { method: 'PUT', path: '/third_party/api/activity' },
  listApplications: { method: 'GET', path: '/third_party/api/application' },
  listWindowTitles: { method: 'POST', path: '/third_party/api/window_title' },
  listClients: { method: 'GET', path: '/third_party/api/client' },
  updateClient: { method: 'POST', path: '/third_party/api/client' },
  createClient: { method: 'PUT', path: '/third_party/api/client' },
  deleteClient: { method: 'DELETE', path: '/third_party/api/client' },
  listClientTasks: { method: 'GET', path: '/third_party/api/client/task' },
  removeClientTasks: { method: 'DELETE', path: '/third_party/api/client/task' },
  listInvoices: { method: 'GET', path: '/third_party/api/invoice' },
  updateInvoice: { method: 'POST', path: '/third_party/api/invoice' },
  createInvoice: { method: 'PUT', path: '/third_party/api/invoice' },
  deleteInvoice: { method: 'DELETE', path: '/third_party/api/invoice' },
  getAttendance: { method: 'GET', path: '/third_party/api/attendance' },
  getAwayTime: { method: 'GET', path: '/third_party/api/away_time' },
} as const;

export type OperationId = keyof typeof operationRoutes;
