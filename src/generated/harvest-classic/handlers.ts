/**
 * Generated from specs/harvest-classic.yaml by `npm run gen` (scripts/gen-types.ts). Do not edit.
 */

import type { ApiEnv, OperationHandler } from '../../core/handler.js';
import type { operations } from './openapi.js';

/** Every operation of the spec and its handler's signature. The API's handler table `satisfies` this. */
export interface OperationHandlers<E extends ApiEnv> {
  /** `GET /account/who_am_i`: The authenticated user and their company */
  whoAmI: OperationHandler<operations['whoAmI'], E>;
  /** `GET /account/rate_limit_status`: The account's throttle status */
  getRateLimitStatus: OperationHandler<operations['getRateLimitStatus'], E>;
  /** `GET /daily`: Today's entries and the projects and tasks the user may add */
  getDaily: OperationHandler<operations['getDaily'], E>;
  /** `GET /daily/{day_of_year}/{year}`: The entries of one day (day of the year 1-366) and the assignable projects */
  getDailyForDay: OperationHandler<operations['getDailyForDay'], E>;
  /** `GET /daily/show/{day_entry_id}`: One entry of the user's timesheet */
  getDayEntry: OperationHandler<operations['getDayEntry'], E>;
  /** `GET /daily/timer/{day_entry_id}`: Start the entry's timer if stopped, stop it if running (a GET that changes state) */
  toggleTimer: OperationHandler<operations['toggleTimer'], E>;
  /** `POST /daily/add`: Add an entry; blank hours start a timer on it */
  addDayEntry: OperationHandler<operations['addDayEntry'], E>;
  /** `POST /daily/update/{day_entry_id}`: Overwrite the given fields of an entry */
  updateDayEntry: OperationHandler<operations['updateDayEntry'], E>;
  /** `DELETE /daily/delete/{day_entry_id}`: Delete an entry */
  deleteDayEntry: OperationHandler<operations['deleteDayEntry'], E>;
  /** `GET /clients`: All clients */
  listClients: OperationHandler<operations['listClients'], E>;
  /** `POST /clients`: Create a client (only `name` is required) */
  createClient: OperationHandler<operations['createClient'], E>;
  /** `GET /clients/{client_id}`: One client */
  getClient: OperationHandler<operations['getClient'], E>;
  /** `PUT /clients/{client_id}`: Change the given fields of a client */
  updateClient: OperationHandler<operations['updateClient'], E>;
  /** `DELETE /clients/{client_id}`: Delete a client without projects or invoices */
  deleteClient: OperationHandler<operations['deleteClient'], E>;
  /** `POST /clients/{client_id}/toggle`: Deactivate an active client, activate an inactive one */
  toggleClient: OperationHandler<operations['toggleClient'], E>;
  /** `GET /clients/{client_id}/contacts`: The contacts of one client */
  listClientContacts: OperationHandler<operations['listClientContacts'], E>;
  /** `GET /contacts`: Every contact of the account */
  listContacts: OperationHandler<operations['listContacts'], E>;
  /** `POST /contacts`: Create a contact (`client_id`, `first_name`, `last_name` required) */
  createContact: OperationHandler<operations['createContact'], E>;
  /** `GET /contacts/{contact_id}`: One contact */
  getContact: OperationHandler<operations['getContact'], E>;
  /** `PUT /contacts/{contact_id}`: Change the given fields of a contact */
  updateContact: OperationHandler<operations['updateContact'], E>;
  /** `DELETE /contacts/{contact_id}`: Delete a contact */
  deleteContact: OperationHandler<operations['deleteContact'], E>;
  /** `GET /projects`: All projects (project managers - the ones they manage) */
  listProjects: OperationHandler<operations['listProjects'], E>;
  /** `POST /projects`: Create a project for an existing client */
  createProject: OperationHandler<operations['createProject'], E>;
  /** `GET /projects/{project_id}`: One project */
  getProject: OperationHandler<operations['getProject'], E>;
  /** `PUT /projects/{project_id}`: Change a project (cannot (de)activate it; use the toggle) */
  updateProject: OperationHandler<operations['updateProject'], E>;
  /** `DELETE /projects/{project_id}`: Delete a project without hours */
  deleteProject: OperationHandler<operations['deleteProject'], E>;
  /** `POST /projects/{project_id}/toggle`: The same toggle with POST, as harvested sends it */
  toggleProjectByPost: OperationHandler<operations['toggleProjectByPost'], E>;
  /** `PUT /projects/{project_id}/toggle`: Deactivate an active project, activate an inactive one */
  toggleProject: OperationHandler<operations['toggleProject'], E>;
  /** `GET /projects/{project_id}/user_assignments`: The people assigned to a project */
  listUserAssignments: OperationHandler<operations['listUserAssignments'], E>;
  /** `POST /projects/{project_id}/user_assignments`: Assign a person to the project (body `{"user": {"id": N}}`) */
  createUserAssignment: OperationHandler<operations['createUserAssignment'], E>;
  /** `GET /projects/{project_id}/user_assignments/{user_assignment_id}`: One user assignment */
  getUserAssignment: OperationHandler<operations['getUserAssignment'], E>;
  /** `PUT /projects/{project_id}/user_assignments/{user_assignment_id}`: Change a user assignment (rate, manager flag, deactivated) */
  updateUserAssignment: OperationHandler<operations['updateUserAssignment'], E>;
  /** `DELETE /projects/{project_id}/user_assignments/{user_assignment_id}`: Remove a person from the project (archived instead, with a Hint, when they have hours on it) */
  deleteUserAssignment: OperationHandler<operations['deleteUserAssignment'], E>;
  /** `GET /projects/{project_id}/task_assignments`: The tasks assigned to a project */
  listTaskAssignments: OperationHandler<operations['listTaskAssignments'], E>;
  /** `POST /projects/{project_id}/task_assignments`: Assign an existing task to the project (body `{"task": {"id": N}}`) */
  createTaskAssignment: OperationHandler<operations['createTaskAssignment'], E>;
  /** `POST /projects/{project_id}/task_assignments/add_with_create_new_task`: Create a task and assign it to the project (body `{"task": {"name": "..."}}`) */
  createTaskAssignmentWithNewTask: OperationHandler<operations['createTaskAssignmentWithNewTask'], E>;
  /** `GET /projects/{project_id}/task_assignments/{task_assignment_id}`: One task assignment */
  getTaskAssignment: OperationHandler<operations['getTaskAssignment'], E>;
  /** `PUT /projects/{project_id}/task_assignments/{task_assignment_id}`: Change a task assignment (billable, budget, rate, deactivated) */
  updateTaskAssignment: OperationHandler<operations['updateTaskAssignment'], E>;
  /** `DELETE /projects/{project_id}/task_assignments/{task_assignment_id}`: Remove a task from the project */
  deleteTaskAssignment: OperationHandler<operations['deleteTaskAssignment'], E>;
  /** `GET /tasks`: All task types of the account (archived ones have `deactivated`) */
  listTasks: OperationHandler<operations['listTasks'], E>;
  /** `POST /tasks`: Create a task type */
  createTask: OperationHandler<operations['createTask'], E>;
  /** `GET /tasks/{task_id}`: One task type */
  getTask: OperationHandler<operations['getTask'], E>;
  /** `PUT /tasks/{task_id}`: Change a task type */
  updateTask: OperationHandler<operations['updateTask'], E>;
  /** `DELETE /tasks/{task_id}`: Delete a task type, or archive it when hours are recorded on it */
  deleteTask: OperationHandler<operations['deleteTask'], E>;
  /** `GET /tasks/{task_id}/activate`: The same with GET, as the npm client harvest@0.1.5 sends it (changes state) */
  activateTaskByGet: OperationHandler<operations['activateTaskByGet'], E>;
  /** `POST /tasks/{task_id}/activate`: Un-archive a task type */
  activateTask: OperationHandler<operations['activateTask'], E>;
  /** `GET /people`: All users of the account */
  listPeople: OperationHandler<operations['listPeople'], E>;
  /** `POST /people`: Create a user (an invitation is "sent") */
  createPerson: OperationHandler<operations['createPerson'], E>;
  /** `GET /people/{user_id}`: One user, by id or by email address */
  getPerson: OperationHandler<operations['getPerson'], E>;
  /** `PUT /people/{user_id}`: Change the given fields of a user (password changes are ignored) */
  updatePerson: OperationHandler<operations['updatePerson'], E>;
  /** `DELETE /people/{user_id}`: Delete a user without hours (400 otherwise; archive them instead) */
  deletePerson: OperationHandler<operations['deletePerson'], E>;
  /** `POST /people/{user_id}/toggle`: Archive an active user, activate an archived one */
  togglePerson: OperationHandler<operations['togglePerson'], E>;
  /** `POST /people/{user_id}/reset_password`: Send the user a password reset email (the mock sends nothing) */
  resetPersonPassword: OperationHandler<operations['resetPersonPassword'], E>;
}

/** The method and path template of every operation, by operationId. */
export const operationRoutes = {
  whoAmI: { method: 'GET', path: '/account/who_am_i' },
  getRateLimitStatus: { method: 'GET', path: '/account/rate_limit_status' },
  getDaily: { method: 'GET', path: '/daily' },
  getDailyForDay: { method: 'GET', path: '/daily/{day_of_year}/{year}' },
  getDayEntry: { method: 'GET', path: '/daily/show/{day_entry_id}' },
  toggleTimer: { method: 'GET', path: '/daily/timer/{day_entry_id}' },
  addDayEntry: { method: 'POST', path: '/daily/add' },
  updateDayEntry: { method: 'POST', path: '/daily/update/{day_entry_id}' },
  deleteDayEntry: { method: 'DELETE', path: '/daily/delete/{day_entry_id}' },
  listClients: { method: 'GET', path: '/clients' },
  createClient: { method: 'POST', path: '/clients' },
  getClient: { method: 'GET', path: '/clients/{client_id}' },
  updateClient: { method: 'PUT', path: '/clients/{client_id}' },
  deleteClient: { method: 'DELETE', path: '/clients/{client_id}' },
  toggleClient: { method: 'POST', path: '/clients/{client_id}/toggle' },
  listClientContacts: { method: 'GET', path: '/clients/{client_id}/contacts' },
  listContacts: { method: 'GET', path: '/contacts' },
  createContact: { method: 'POST', path: '/contacts' },
  getContact: { method: 'GET', path: '/contacts/{contact_id}' },
  updateContact: { method: 'PUT', path: '/contacts/{contact_id}' },
  deleteContact: { method: 'DELETE', path: '/contacts/{contact_id}' },
  listProjects: { method: 'GET', path: '/projects' },
  createProject: { method: 'POST', path: '/projects' },
  getProject: { method: 'GET', path: '/projects/{project_id}' },
  updateProject: { method: 'PUT', path: '/projects/{project_id}' },
  deleteProject: { method: 'DELETE', path: '/projects/{project_id}' },
  toggleProjectByPost: { method: 'POST', path: '/projects/{project_id}/toggle' },
  toggleProject: { method: 'PUT', path: '/projects/{project_id}/toggle' },
  listUserAssignments: { method: 'GET', path: '/projects/{project_id}/user_assignments' },
  createUserAssignment: { method: 'POST', path: '/projects/{project_id}/user_assignments' },
  getUserAssignment: { method: 'GET', path: '/projects/{project_id}/user_assignments/{user_assignment_id}' },
  updateUserAssignment: { method: 'PUT', path: '/projects/{project_id}/user_assignments/{user_assignment_id}' },
  deleteUserAssignment: { method: 'DELETE', path: '/projects/{project_id}/user_assignments/{user_assignment_id}' },
  listTaskAssignments: { method: 'GET', path: '/projects/{project_id}/task_assignments' },
  createTaskAssignment: { method: 'POST', path: '/projects/{project_id}/task_assignments' },
  createTaskAssignmentWithNewTask: { method: 'POST', path: '/projects/{project_id}/task_assignments/add_with_create_new_task' },
  getTaskAssignment: { method: 'GET', path: '/projects/{project_id}/task_assignments/{task_assignment_id}' },
  updateTaskAssignment: { method: 'PUT', path: '/projects/{project_id}/task_assignments/{task_assignment_id}' },
  deleteTaskAssignment: { method: 'DELETE', path: '/projects/{project_id}/task_assignments/{task_assignment_id}' },
  listTasks: { method: 'GET', path: '/tasks' },
  createTask: { method: 'POST', path: '/tasks' },
  getTask: { method: 'GET', path: '/tasks/{task_id}' },
  updateTask: { method: 'PUT', path: '/tasks/{task_id}' },
  deleteTask: { method: 'DELETE', path: '/tasks/{task_id}' },
  activateTaskByGet: { method: 'GET', path: '/tasks/{task_id}/activate' },
  activateTask: { method: 'POST', path: '/tasks/{task_id}/activate' },
  listPeople: { method: 'GET', path: '/people' },
  createPerson: { method: 'POST', path: '/people' },
  getPerson: { method: 'GET', path: '/people/{user_id}' },
  updatePerson: { method: 'PUT', path: '/people/{user_id}' },
  deletePerson: { method: 'DELETE', path: '/people/{user_id}' },
  togglePerson: { method: 'POST', path: '/people/{user_id}/toggle' },
  resetPersonPassword: { method: 'POST', path: '/people/{user_id}/reset_password' },
} as const;

export type OperationId = keyof typeof operationRoutes;
