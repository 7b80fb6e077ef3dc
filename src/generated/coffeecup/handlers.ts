/**
 * Generated from specs/coffeecup.yaml by `npm run gen` (scripts/gen-types.ts). Do not edit.
 */

import type { ApiEnv, OperationHandler } from '../../core/handler.js';
import type { operations } from './openapi.js';

/** Every operation of the spec and its handler's signature. The API's handler table `satisfies` this. */
export interface OperationHandlers<E extends ApiEnv> {
  /** `POST /oauth2/token`: Issue an access token (password grant) or renew it (refresh token) */
  createToken: OperationHandler<operations['createToken'], E, 'public'>;
  /** `GET /account/rate_limit_status`: The account's throttle status */
  getRateLimitStatus: OperationHandler<operations['getRateLimitStatus'], E>;
  /** `GET /v1/users/me`: The authenticated user */
  getCurrentUser: OperationHandler<operations['getCurrentUser'], E>;
  /** `GET /v1/users`: List users */
  listUsers: OperationHandler<operations['listUsers'], E>;
  /** `GET /v1/users/{id}`: One user */
  getUser: OperationHandler<operations['getUser'], E>;
  /** `PUT /v1/users/{id}`: Change a user */
  updateUser: OperationHandler<operations['updateUser'], E>;
  /** `GET /v1/projects`: List projects */
  listProjects: OperationHandler<operations['listProjects'], E>;
  /** `POST /v1/projects`: Create a project */
  createProject: OperationHandler<operations['createProject'], E>;
  /** `GET /v1/projects/{id}`: One project */
  getProject: OperationHandler<operations['getProject'], E>;
  /** `PUT /v1/projects/{id}`: Change a project */
  updateProject: OperationHandler<operations['updateProject'], E>;
  /** `DELETE /v1/projects/{id}`: Delete a project */
  deleteProject: OperationHandler<operations['deleteProject'], E>;
  /** `GET /v1/clients`: List clients */
  listClients: OperationHandler<operations['listClients'], E>;
  /** `POST /v1/clients`: Create a client */
  createClient: OperationHandler<operations['createClient'], E>;
  /** `GET /v1/clients/{id}`: One client */
  getClient: OperationHandler<operations['getClient'], E>;
  /** `PUT /v1/clients/{id}`: Change a client */
  updateClient: OperationHandler<operations['updateClient'], E>;
  /** `DELETE /v1/clients/{id}`: Delete a client */
  deleteClient: OperationHandler<operations['deleteClient'], E>;
  /** `GET /v1/tasks`: List tasks */
  listTasks: OperationHandler<operations['listTasks'], E>;
  /** `POST /v1/tasks`: Create a task */
  createTask: OperationHandler<operations['createTask'], E>;
  /** `GET /v1/tasks/{id}`: One task */
  getTask: OperationHandler<operations['getTask'], E>;
  /** `PUT /v1/tasks/{id}`: Change a task */
  updateTask: OperationHandler<operations['updateTask'], E>;
  /** `DELETE /v1/tasks/{id}`: Delete a task */
  deleteTask: OperationHandler<operations['deleteTask'], E>;
  /** `GET /v1/taskAssignments`: List task assignments */
  listTaskAssignments: OperationHandler<operations['listTaskAssignments'], E>;
  /** `POST /v1/taskAssignments`: Create a task assignment */
  createTaskAssignment: OperationHandler<operations['createTaskAssignment'], E>;
  /** `GET /v1/taskAssignments/{id}`: One task assignment */
  getTaskAssignment: OperationHandler<operations['getTaskAssignment'], E>;
  /** `PUT /v1/taskAssignments/{id}`: Change a task assignment */
  updateTaskAssignment: OperationHandler<operations['updateTaskAssignment'], E>;
  /** `DELETE /v1/taskAssignments/{id}`: Delete a task assignment */
  deleteTaskAssignment: OperationHandler<operations['deleteTaskAssignment'], E>;
  /** `GET /v1/userAssignments`: List user assignments */
  listUserAssignments: OperationHandler<operations['listUserAssignments'], E>;
  /** `POST /v1/userAssignments`: Create a user assignment */
  createUserAssignment: OperationHandler<operations['createUserAssignment'], E>;
  /** `GET /v1/userAssignments/{id}`: One user assignment */
  getUserAssignment: OperationHandler<operations['getUserAssignment'], E>;
  /** `PUT /v1/userAssignments/{id}`: Change a user assignment */
  updateUserAssignment: OperationHandler<operations['updateUserAssignment'], E>;
  /** `DELETE /v1/userAssignments/{id}`: Delete a user assignment */
  deleteUserAssignment: OperationHandler<operations['deleteUserAssignment'], E>;
  /** `GET /v1/timeEntries`: List time entries */
  listTimeEntries: OperationHandler<operations['listTimeEntries'], E>;
  /** `POST /v1/timeEntries`: Create a time entry (or start a running one) */
  createTimeEntry: OperationHandler<operations['createTimeEntry'], E>;
  /** `POST /v1/timeEntries/batchUpdate`: Change several time entries at once */
  batchUpdateTimeEntries: OperationHandler<operations['batchUpdateTimeEntries'], E>;
  /** `GET /v1/timeEntries/{id}`: One time entry */
  getTimeEntry: OperationHandler<operations['getTimeEntry'], E>;
  /** `PUT /v1/timeEntries/{id}`: Change a time entry (comment, stop, resume, archive) */
  updateTimeEntry: OperationHandler<operations['updateTimeEntry'], E>;
  /** `DELETE /v1/timeEntries/{id}`: Delete a time entry */
  deleteTimeEntry: OperationHandler<operations['deleteTimeEntry'], E>;
}

/** The method and path template of every operation, by operationId. */
export const operationRoutes = {
  createToken: { method: 'POST', path: '/oauth2/token' },
  getRateLimitStatus: { method: 'GET', path: '/account/rate_limit_status' },
  getCurrentUser: { method: 'GET', path: '/v1/users/me' },
  listUsers: { method: 'GET', path: '/v1/users' },
  getUser: { method: 'GET', path: '/v1/users/{id}' },
  updateUser: { method: 'PUT', path: '/v1/users/{id}' },
  listProjects: { method: 'GET', path: '/v1/projects' },
  createProject: { method: 'POST', path: '/v1/projects' },
  getProject: { method: 'GET', path: '/v1/projects/{id}' },
  updateProject: { method: 'PUT', path: '/v1/projects/{id}' },
  deleteProject: { method: 'DELETE', path: '/v1/projects/{id}' },
  listClients: { method: 'GET', path: '/v1/clients' },
  createClient: { method: 'POST', path: '/v1/clients' },
  getClient: { method: 'GET', path: '/v1/clients/{id}' },
  updateClient: { method: 'PUT', path: '/v1/clients/{id}' },
  deleteClient: { method: 'DELETE', path: '/v1/clients/{id}' },
  listTasks: { method: 'GET', path: '/v1/tasks' },
  createTask: { method: 'POST', path: '/v1/tasks' },
  getTask: { method: 'GET', path: '/v1/tasks/{id}' },
  updateTask: { method: 'PUT', path: '/v1/tasks/{id}' },
  deleteTask: { method: 'DELETE', path: '/v1/tasks/{id}' },
  listTaskAssignments: { method: 'GET', path: '/v1/taskAssignments' },
  createTaskAssignment: { method: 'POST', path: '/v1/taskAssignments' },
  getTaskAssignment: { method: 'GET', path: '/v1/taskAssignments/{id}' },
  updateTaskAssignment: { method: 'PUT', path: '/v1/taskAssignments/{id}' },
  deleteTaskAssignment: { method: 'DELETE', path: '/v1/taskAssignments/{id}' },
  listUserAssignments: { method: 'GET', path: '/v1/userAssignments' },
  createUserAssignment: { method: 'POST', path: '/v1/userAssignments' },
  getUserAssignment: { method: 'GET', path: '/v1/userAssignments/{id}' },
  updateUserAssignment: { method: 'PUT', path: '/v1/userAssignments/{id}' },
  deleteUserAssignment: { method: 'DELETE', path: '/v1/userAssignments/{id}' },
  listTimeEntries: { method: 'GET', path: '/v1/timeEntries' },
  createTimeEntry: { method: 'POST', path: '/v1/timeEntries' },
  batchUpdateTimeEntries: { method: 'POST', path: '/v1/timeEntries/batchUpdate' },
  getTimeEntry: { method: 'GET', path: '/v1/timeEntries/{id}' },
  updateTimeEntry: { method: 'PUT', path: '/v1/timeEntries/{id}' },
  deleteTimeEntry: { method: 'DELETE', path: '/v1/timeEntries/{id}' },
} as const;

export type OperationId = keyof typeof operationRoutes;
