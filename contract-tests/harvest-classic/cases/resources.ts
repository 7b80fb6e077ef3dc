/** Clients, contacts, projects, tasks and people (administrators). */
import { GHOST_ID } from '../../lib/context.js';
import { createClient, createContact, createPerson, createProject, createTask } from '../factory.js';
import { createCase, deleteCase, getByIdCase, listCase, toggleCase, updateCase, type HarvestCase } from './shared.js';

export const resourceCases: HarvestCase[] = [
  listCase('listClients'),
  createCase('createClient', (c) => ({ client: { name: c.name('client'), currency: 'Euro - EUR', currency_symbol: '€' } }), { client: { details: 'no name' } }, 'deleteClient', 'client_id'),
  getByIdCase('getClient', 'client_id', 'client'),
  updateCase('updateClient', 'client_id', 'client', { client: { details: 'updated by the contract suites' } }, { client: { active: 'maybe' } }),
  deleteCase('deleteClient', 'client_id', (c) => createClient(c)),
  // A client with active projects cannot be deactivated (400): toggle one of its own.
  toggleCase('toggleClient', 'client_id', 'client', (c) => createClient(c)),
  listCase('listClientContacts', (fx) => ({ client_id: fx.need('client') })),

  listCase('listContacts'),
  createCase('createContact', (c, fx) => ({ contact: { client_id: fx.need('client'), first_name: 'Contract', last_name: c.name('contact') } }), { contact: { first_name: 'No client' } }, 'deleteContact', 'contact_id'),
  getByIdCase('getContact', 'contact_id', 'contact'),
  updateCase('updateContact', 'contact_id', 'contact', { contact: { title: 'Checker' } }, { contact: { first_name: 42 } }),
  deleteCase('deleteContact', 'contact_id', (c, fx) => createContact(c, fx.need('client'))),

  listCase('listProjects'),
  createCase('createProject', (c, fx) => ({ project: { name: c.name('project'), client_id: fx.need('client'), bill_by: 'Tasks' } }), { project: { name: 'no client' } }, 'deleteProject', 'project_id'),
  getByIdCase('getProject', 'project_id', 'project'),
  updateCase('updateProject', 'project_id', 'project', { project: { notes: 'updated by the contract suites' } }, { project: { bill_by: 'Hours' } }),
  deleteCase('deleteProject', 'project_id', async (c, fx) => createProject(c, fx.need('client'))),
  toggleCase('toggleProject', 'project_id', 'project'),
  toggleCase('toggleProjectByPost', 'project_id', 'project'),

  listCase('listTasks'),
  createCase('createTask', (c) => ({ task: { name: c.name('task'), billable_by_default: false } }), { task: { is_default: true } }, 'deleteTask', 'task_id'),
  getByIdCase('getTask', 'task_id', 'task'),
  updateCase('updateTask', 'task_id', 'task', { task: { default_hourly_rate: 90 } }, { task: { billable_by_default: 'sometimes' } }),
  deleteCase('deleteTask', 'task_id', (c) => createTask(c)),
  {
    operationId: 'activateTask',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { params: { task_id: fx.need('task') } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { task_id: GHOST_ID } }),
    badStatus: [404],
  },
  {
    operationId: 'activateTaskByGet',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { params: { task_id: fx.need('task') } };
    },
    expectStatus: 200,
    bad: async ({ c }) => {
      c.requireWrites();
      return { params: { task_id: GHOST_ID } };
    },
    badStatus: [404],
  },

  listCase('listPeople'),
  createCase('createPerson', (c) => {
    const tag = c.name('person').replace(/\W+/g, '-');
    return { user: { email: `${tag}@example.com`, first_name: 'Contract', last_name: tag } };
  }, { user: { first_name: 'No', last_name: 'Email' } }, 'deletePerson', 'user_id'),
  {
    operationId: 'getPerson',
    valid: async ({ fx }) => ({ params: { user_id: fx.need('person') } }),
    bad: async () => ({ params: { user_id: 'nobody-contract@example.invalid' } }),
    badStatus: [404],
  },
  updateCase('updatePerson', 'user_id', 'person', { user: { telephone: '555-0100' } }, { user: { is_admin: 'yes' } }),
  deleteCase('deletePerson', 'user_id', (c) => createPerson(c)),
  toggleCase('togglePerson', 'user_id', 'person'),
  {
    operationId: 'resetPersonPassword',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { params: { user_id: fx.need('person') } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { user_id: GHOST_ID } }),
    badStatus: [404],
  },
];
